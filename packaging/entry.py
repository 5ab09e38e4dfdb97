"""The frozen program's entry point: the command line, or the editor when given no command."""

import multiprocessing
import os
import sys

from coursebuilder.cli import main

if __name__ == "__main__":
    # Exports derive pictures in worker processes; a frozen program must let them start.
    multiprocessing.freeze_support()
    # A windowed program on Windows and macOS has no console: messages go nowhere instead of failing.
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # lives as long as the program
    sys.exit(main())
