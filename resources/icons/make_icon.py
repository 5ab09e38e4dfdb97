"""Draw CourseBuilder's icon and write it in every format the installers need.

    python resources/icons/make_icon.py

writes coursebuilder.png (512 px), coursebundle.png (the course file's icon),
packaging/windows/coursebuilder.ico and coursebundle.ico, packaging/macos/coursebuilder.icns and
coursebundle.icns. The PNGs are committed; the .ico and .icns files are made at build time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
PACKAGING = HERE.parents[1] / "packaging"
SIZE = 512
BLUE, GREEN, WHITE, INK = (30, 94, 170), (76, 166, 76), (255, 255, 255), (20, 40, 70)


def app_icon() -> Image.Image:
    """Draw the app: a projector slide with a phone in front of it."""
    im = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle((16, 16, SIZE - 16, SIZE - 16), radius=96, fill=BLUE)
    d.rounded_rectangle((72, 96, 392, 316), radius=20, fill=WHITE)
    d.rectangle((104, 132, 300, 156), fill=BLUE)
    for y in (188, 224, 260):
        d.rectangle((104, y, 356, y + 14), fill=(170, 190, 215))
    d.rounded_rectangle((300, 220, 448, 456), radius=24, fill=INK)
    d.rounded_rectangle((314, 246, 434, 420), radius=8, fill=GREEN)
    d.ellipse((362, 428, 386, 448), fill=WHITE)
    d.polygon([(344, 300), (404, 300), (374, 350)], fill=WHITE)
    return im


def bundle_icon() -> Image.Image:
    """Draw the course file: a page with a folded corner and the app's slide on it."""
    im = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.polygon([(96, 24), (340, 24), (424, 108), (424, 488), (96, 488)], fill=WHITE, outline=(120, 130, 150))
    d.polygon([(340, 24), (340, 108), (424, 108)], fill=(210, 218, 230), outline=(120, 130, 150))
    small = app_icon().resize((256, 256), Image.Resampling.LANCZOS)
    im.alpha_composite(small, (132, 200))
    return im


def main() -> int:
    """Write the icons."""
    targets = sys.argv[1:] or ["png", "ico", "icns"]
    icons = {"coursebuilder": app_icon(), "coursebundle": bundle_icon()}
    if "png" in targets:
        icons["coursebuilder"].save(HERE / "coursebuilder.png", optimize=True)
        icons["coursebundle"].save(HERE / "coursebundle.png", optimize=True)
    for name, im in icons.items():
        if "ico" in targets:
            im.save(PACKAGING / "windows" / f"{name}.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        if "icns" in targets:
            im.save(PACKAGING / "macos" / f"{name}.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
