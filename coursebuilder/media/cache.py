"""A folder of derived files keyed by source checksum and settings."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Callable


class DerivedCache:
    """Keep derived files (thumbnails, resized pictures) so they are made only once."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def key(self, sha256: str, settings: str) -> str:
        """Return the cache key for a source checksum and the settings used."""
        tag = hashlib.sha256(settings.encode("utf-8")).hexdigest()[:16]
        return f"{sha256}-{tag}"

    def path_for(self, key: str, suffix: str) -> Path:
        """Return where a derived file with this key is stored."""
        return self.root / key[:2] / f"{key}{suffix}"

    def get(self, key: str, suffix: str) -> Path | None:
        """Return the cached file, or None if it has not been made yet."""
        path = self.path_for(key, suffix)
        return path if path.is_file() else None

    def put(self, key: str, suffix: str, data: bytes) -> Path:
        """Store ``data`` under the key, atomically so readers never see half a file."""
        path = self.path_for(key, suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def get_or_make(self, key: str, suffix: str, make: Callable[[], bytes]) -> Path:
        """Return the cached file, making and storing it first if needed."""
        return self.get(key, suffix) or self.put(key, suffix, make())
