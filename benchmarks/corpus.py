"""Generate the large benchmark course: 40+ lessons and 200 phone-sized photos.

Photos are 12 megapixels (4000×3000), 2.5-5 MB JPEGs built from layered noise so
they compress like real photos, with EXIF orientation and GPS tags like a phone's.
Everything is made at run time under ``benchmarks/data/`` and never committed.
"""

from __future__ import annotations

import argparse
import io
import random
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image

from coursebuilder.bundle import CourseBundle, save_bundle
from coursebuilder.model import (
    Choice,
    Course,
    ImageBlock,
    Lesson,
    Module,
    Person,
    Quiz,
    SingleChoiceQuestion,
    TextBlock,
    TrueFalseQuestion,
)

DATA = Path(__file__).resolve().parent / "data"
PHOTO_SIZE = (4000, 3000)
MIN_BYTES, MAX_BYTES = 2_500_000, 5_000_000


def make_photo(seed: int) -> bytes:
    """Return one photo-like 12-megapixel JPEG with phone EXIF (orientation, GPS)."""
    rng = random.Random(seed)
    w, h = PHOTO_SIZE
    coarse = Image.merge("RGB", [Image.effect_noise((40, 30), rng.uniform(60, 95)) for _ in range(3)])
    mid = Image.merge("RGB", [Image.effect_noise((400, 300), rng.uniform(40, 70)) for _ in range(3)])
    img = Image.blend(coarse.resize((w, h), Image.BICUBIC), mid.resize((w, h), Image.BILINEAR), 0.35)
    fine = Image.effect_noise((w, h), rng.uniform(30, 45)).convert("RGB")
    img = Image.blend(img, fine, rng.uniform(0.10, 0.20))
    exif = Image.Exif()
    exif[0x010F] = "BenchPhone"
    exif[0x0110] = "BP-12"
    exif[0x0112] = rng.choice([1, 1, 1, 6, 8, 3])
    exif[0x0132] = f"2026:0{1 + seed % 9}:{10 + seed % 18} 09:{seed % 60:02d}:00"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (34.0, 15.0, 30.5), 3: "E", 4: (108.0, 56.0, 12.25)})
    quality = rng.choice([88, 90, 92])
    while True:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, exif=exif)
        size = buf.tell()
        # Keep every photo inside the 2.5-5 MB a phone camera writes.
        if size < MIN_BYTES and quality < 97:
            quality += 2
        elif size > MAX_BYTES and quality > 60:
            quality -= 3
        else:
            return buf.getvalue()


def _write_photo(args: tuple[int, Path]) -> Path:
    seed, path = args
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(make_photo(seed))
        tmp.replace(path)
    return path


def make_photos(folder: Path, count: int = 200) -> list[Path]:
    """Make (or reuse) ``count`` photos in ``folder``, on all cores."""
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(i, folder / f"IMG_{20260000 + i:08d}.jpg") for i in range(count)]
    with ProcessPoolExecutor() as pool:
        return list(pool.map(_write_photo, jobs))


LOREM = (
    "Good light sells produce. Film in the morning, face the window, and hold the phone "
    "steady with both hands. Show the product first, then your hands working, then the price. "
    "拍摄时先展示产品，再展示制作过程，最后说明价格和发货方式。"
)


def build_course(photos: list[Path], lessons: int = 40) -> CourseBundle:
    """Return a bundle with ``lessons`` lessons sharing the photos between them."""
    course = Course(id="bench-large", title="Benchmark: selling produce online", language="zh-Hans",
                    authors=[Person(name="Benchmark")], created="2026-01-01T00:00:00+00:00",
                    modified="2026-01-01T00:00:00+00:00")
    bundle = CourseBundle(course=course)
    per_lesson = max(1, len(photos) // lessons)
    modules = 4
    for m in range(modules):
        module = Module(id=f"m{m}", title=f"Module {m + 1}")
        course.modules.append(module)
        for i in range(lessons // modules):
            n = m * (lessons // modules) + i
            lesson = Lesson(id=f"l{n}", title=f"Lesson {n + 1}", objectives=["Film a product", "Write a price card"],
                            minutes=20, notes=LOREM)
            lesson.blocks.append(TextBlock(id=f"t{n}", markdown=f"## Lesson {n + 1}\n\n{LOREM}\n\n- one\n- two\n"))
            for k, photo in enumerate(photos[n * per_lesson:(n + 1) * per_lesson]):
                item = bundle.media.add_file(course, photo)
                lesson.blocks.append(ImageBlock(id=f"p{n}-{k}", media=item.path, alt=f"Photo {k + 1} of lesson {n + 1}",
                                                caption="A stall at the market", credit="Benchmark"))
            module.items.append(lesson)
        module.items.append(Quiz(id=f"q{m}", title=f"Check {m + 1}", questions=[
            SingleChoiceQuestion(id=f"q{m}a", prompt="When is the light best?", choices=[
                Choice(id=f"q{m}a1", text="Morning", correct=True), Choice(id=f"q{m}a2", text="Midnight")]),
            TrueFalseQuestion(id=f"q{m}b", prompt="Show the price clearly.", answer=True),
        ]))
    return bundle


def large_course(folder: Path = DATA, photos: int = 200, lessons: int = 40) -> Path:
    """Return the path of the large benchmark bundle, making it if needed."""
    target = folder / f"large-{photos}.coursebundle"
    if not target.exists():
        bundle = build_course(make_photos(folder / "photos", photos), lessons)
        save_bundle(bundle, target)
    return target


def main() -> None:
    """Make the large course and print where it is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--lessons", type=int, default=40)
    parser.add_argument("--folder", type=Path, default=DATA)
    args = parser.parse_args()
    print(large_course(args.folder, args.photos, args.lessons))


if __name__ == "__main__":
    main()
