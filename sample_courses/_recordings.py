"""Spoken clips and short videos for the samples, made once and then reused.

eSpeak NG and FFmpeg are needed only when a clip's recipe (its words, voice or frames)
changes: each clip's file name carries a short hash of its recipe, and a rebuild reuses
the committed file with that hash. So the samples rebuild byte for byte on any machine,
and nobody needs the tools to regenerate the pictures.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from PIL import Image

#: Flags that keep FFmpeg from writing its version or the time into the output.
BITEXACT = ["-fflags", "+bitexact", "-map_metadata", "-1", "-map_chapters", "-1"]


class Recordings:
    """Finds a clip in the committed bundles by its recipe hash, or makes it."""

    def __init__(self, search_dirs: Iterable[Path]):
        self.search_dirs = [Path(d) for d in search_dirs]

    def _reuse(self, stem: str, ext: str) -> bytes | None:
        for folder in self.search_dirs:
            hits = sorted((folder / "media").glob(f"{stem}-*{ext}"))
            if hits:
                return hits[0].read_bytes()
        return None

    def speech(self, name: str, text: str, *, voice: str = "en-us", speed: int = 150, pitch: int = 50, gap: int = 4) -> tuple[str, bytes]:
        """Return (original name, MP3 bytes) of ``text`` spoken by eSpeak NG."""
        recipe = {"kind": "speech", "text": text, "voice": voice, "speed": speed, "pitch": pitch, "gap": gap, "v": 1}
        return self._get(name, ".mp3", recipe, lambda: _speak(text, voice, speed, pitch, gap))

    def video(self, name: str, frames: Callable[[], Iterable[Image.Image]], *, fps: int, recipe: dict) -> tuple[str, bytes]:
        """Return (original name, MP4 bytes) of Pillow frames encoded as small H.264."""
        return self._get(name, ".mp4", {"kind": "video", "fps": fps, **recipe}, lambda: _encode(frames(), fps))

    def _get(self, name: str, ext: str, recipe: dict, make: Callable[[], bytes]) -> tuple[str, bytes]:
        key = hashlib.sha256(json.dumps(recipe, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:6]
        stem = f"{name}-r{key}"
        data = self._reuse(stem, ext)
        if data is None:
            print(f"  making {stem}{ext}", flush=True)
            data = make()
        return stem + ext, data


def _tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise SystemExit(f"{name} is needed to make a changed recording; install it (apt-get install -y espeak-ng ffmpeg)")
    return path


def _speak(text: str, voice: str, speed: int, pitch: int, gap: int) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        wav, mp3 = Path(tmp) / "speech.wav", Path(tmp) / "speech.mp3"
        subprocess.run(
            [_tool("espeak-ng"), "-v", voice, "-s", str(speed), "-p", str(pitch), "-g", str(gap), "-w", str(wav), text],
            check=True,
        )
        subprocess.run(
            [
                _tool("ffmpeg"), "-hide_banner", "-loglevel", "error", "-i", str(wav),
                "-af", "apad=pad_dur=0.6", "-ac", "1", "-ar", "22050",
                "-c:a", "libmp3lame", "-b:a", "40k", "-flags:a", "+bitexact",
                "-id3v2_version", "0", "-write_xing", "0", *BITEXACT, str(mp3),
            ],
            check=True,
        )
        return mp3.read_bytes()


def _encode(frames: Iterable[Image.Image], fps: int) -> bytes:
    frames = list(frames)
    width, height = frames[0].size
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "clip.mp4"
        proc = subprocess.Popen(
            [
                _tool("ffmpeg"), "-hide_banner", "-loglevel", "error",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}", "-r", str(fps), "-i", "-",
                "-c:v", "libx264", "-preset", "slow", "-crf", "30", "-pix_fmt", "yuv420p",
                "-profile:v", "baseline", "-threads", "1", "-flags:v", "+bitexact",
                "-movflags", "+faststart", "-an", *BITEXACT, str(out),
            ],
            stdin=subprocess.PIPE,
        )
        assert proc.stdin is not None
        for frame in frames:
            proc.stdin.write(frame.convert("RGB").tobytes())
        proc.stdin.close()
        if proc.wait():
            raise SystemExit("ffmpeg could not encode the video")
        return out.read_bytes()
