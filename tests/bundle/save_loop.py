"""Child process for the kill test: save the same bundle again and again until killed."""

import os
import sys
from pathlib import Path

from coursebuilder.bundle import open_bundle, save_bundle

target = Path(sys.argv[1])
folder = sys.argv[2] == "folder"
if os.environ.get("CB_NO_HARDLINKS"):
    def _no_link(*args, **kwargs):
        raise OSError(1, "hard links not supported")  # like FAT and exFAT sticks
    os.link = _no_link
bundle = open_bundle(target)
n = 0
print("ready", flush=True)
while True:
    n += 1
    bundle.course.title = f"Version {n}"
    if folder:
        # A folder save skips unchanged files: add a new one each time so there is real writing to cut.
        bundle.course.media = [m for m in bundle.course.media if not m.original_name.startswith("new")]
        bundle.media.add_bytes(bundle.course, b"\0\1" + os.urandom(3 * 1024 * 1024), f"new{n}.bin")
    elif bundle.course.media:
        bundle.course.media.append(bundle.course.media.pop(0))  # rewrite the files in another order
    save_bundle(bundle, target, folder=folder)
