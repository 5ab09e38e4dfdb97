"""Pictures, checklist and video frames for the voice-skills-online sample."""

from __future__ import annotations

import math

from _art import (
    BLUE, GREY, INK, LAVENDER, LEAF, LIGHT, ORANGE, PAPER, PEACH, PURPLE, RED, SAND, SKY, WHITE, YELLOW,
    Canvas, font,
)

TEAL = (0, 121, 107)
MINT = (178, 223, 219)


def _waves(c: Canvas, x: int, y: int, n: int = 3, colour=TEAL, step: int = 26, width: int = 5):
    for k in range(1, n + 1):
        r = k * step
        c.d.arc([x - r, y - r, x + r, y + r], 135, 225, fill=colour, width=width)


def cover() -> bytes:
    """Return the course cover: a phone recording a voice, with sound waves."""
    c = Canvas(1280, 720, background=MINT)
    c.d.rectangle([0, 520, 1280, 720], fill=(128, 203, 196))
    # A speaker in profile and the phone on a small stand.
    c.d.ellipse([760, 190, 960, 400], fill=PEACH)
    c.d.polygon([(760, 300), (735, 330), (765, 338)], fill=PEACH)
    c.d.rounded_rectangle([740, 380, 1000, 620], radius=60, fill=TEAL)
    _waves(c, 735, 320, 3, WHITE, 30, 7)
    screen = c.phone((520, 230, 640, 460), screen=WHITE)
    sx0, sy0, sx1, sy1 = screen
    for k in range(9):
        h = int(18 + 40 * abs(math.sin(k * 1.3)))
        x = sx0 + 8 + k * 10
        c.d.line([(x, (sy0 + sy1) // 2 - h // 2), (x, (sy0 + sy1) // 2 + h // 2)], fill=RED, width=5)
    c.d.line([(580, 460), (580, 540)], fill=INK, width=8)
    c.d.line([(530, 560), (630, 560)], fill=INK, width=8)
    c.box([40, 30, 800, 185], fill=WHITE, outline=TEAL, width=4, radius=24)
    c.text((70, 50), "Voice skills for online work", 48, TEAL, True)
    c.text((72, 128), "Breath · clear speech · a phone studio · paid voice work", 24, INK)
    c.footer()
    return c.jpeg(80)


def breathing() -> bytes:
    """Return a diagram of diaphragm breathing and a 4-4-6 count."""
    c = Canvas(1200, 700)
    c.title_bar("Breathing low for speaking", "the diaphragm does the work", fill=TEAL)
    for i, (title, belly, dia, note) in enumerate(
        [("Breathe in", 40, 40, "diaphragm moves down, belly moves out"), ("Speak out", 0, 0, "belly moves in slowly, air flows out evenly")]
    ):
        x0 = 60 + i * 400
        cx = x0 + 160
        c.text((cx, 140), title, 30, INK, True, "mm")
        c.d.ellipse([cx - 45, 170, cx + 45, 260], fill=PEACH)
        c.d.rounded_rectangle([cx - 90, 260, cx + 90 + belly // 2, 560], radius=70, fill=SAND)
        # Lungs and diaphragm.
        c.d.ellipse([cx - 75, 290, cx - 10, 400 + dia], fill=(255, 171, 145))
        c.d.ellipse([cx + 10, 290, cx + 75, 400 + dia], fill=(255, 171, 145))
        c.d.arc([cx - 85, 380 + dia, cx + 85, 460 + dia], 180, 360, fill=RED, width=6)
        c.text((cx + 95, 420 + dia), "diaphragm", 18, RED, True)
        arrow_x = cx + 110 + belly // 2
        if belly:
            c.arrow((cx + 80, 500), (arrow_x + 20, 500), fill=INK, width=4)
            c.arrow((cx, 330), (cx, 380), fill=INK, width=3, head=12)
        else:
            c.arrow((cx + 130, 500), (cx + 92, 500), fill=INK, width=4)
            c.arrow((cx, 200), (cx - 80, 200), fill=TEAL, width=4)
        c.text((cx, 600), note, 19, GREY, anchor="mm")
    # A count to practise.
    c.box([860, 150, 1160, 560], fill=WHITE, outline=TEAL, width=3)
    c.text((1010, 190), "Practise: 4 - 4 - 6", 24, INK, True, "mm")
    rows = [("in through the nose", "count 4", LEAF), ("hold, shoulders still", "count 4", YELLOW), ("out on a long \"sss\"", "count 6", SKY)]
    for k, (what, count, colour) in enumerate(rows):
        y = 240 + k * 100
        c.box([880, y, 1140, y + 80], fill=colour, outline=colour, radius=12)
        c.text((1010, y + 25), what, 20, INK, True, "mm")
        c.text((1010, y + 55), count, 18, INK, anchor="mm")
    c.text((1010, 530), "5 rounds before you record", 18, GREY, anchor="mm")
    c.footer()
    return c.png(64)


def pace_chart() -> bytes:
    """Return a chart of speaking speed for three kinds of voice work."""
    c = Canvas(1200, 560)
    c.title_bar("How fast to speak", "words per minute, roughly", fill=PURPLE)
    rows = [
        ("Audiobook narration", 145, 160, TEAL, "calm, room for the listener to picture it"),
        ("Customer-service call", 140, 160, BLUE, "clear, pause after numbers and names"),
        ("Live-stream selling", 160, 190, ORANGE, "lively, but every price said slowly"),
    ]
    x0, x1, lo, hi = 380, 1140, 100, 220
    def xs(v: float) -> float:
        return x0 + (v - lo) * (x1 - x0) / (hi - lo)
    for v in range(lo, hi + 1, 20):
        c.d.line([(xs(v), 140), (xs(v), 440)], fill=LIGHT, width=2)
        c.text((xs(v), 455), str(v), 18, GREY, anchor="ma")
    for k, (name, a, b, colour, note) in enumerate(rows):
        y = 170 + k * 95
        c.text((40, y + 20), name, 24, INK, True, "lm")
        c.text((40, y + 52), note, 16, GREY, anchor="lm")
        c.box([xs(a), y, xs(b), y + 44], fill=colour, outline=colour, radius=10)
        c.text(((xs(a) + xs(b)) / 2, y + 22), f"{a}-{b}", 20, WHITE, True, "mm")
    c.text((760, 500), "Nervous speakers often rush past 180: slow down on purpose.", 20, INK, anchor="mm")
    c.footer()
    return c.png(64)


def phone_studio() -> bytes:
    """Return a side view of a phone recording set-up in a soft corner."""
    c = Canvas(1200, 700)
    c.title_bar("A phone studio in a wardrobe corner", "soft things stop echoes", fill=TEAL)
    # Soft corner: hanging clothes and a blanket behind the phone.
    for k in range(9):
        colour = (LAVENDER, SAND, SKY, PEACH)[k % 4]
        c.d.rounded_rectangle([700 + k * 50, 130, 742 + k * 50, 520], radius=14, fill=colour, outline=GREY)
    c.d.line([(690, 128), (1160, 128)], fill=INK, width=6)
    c.text((930, 550), "clothes or a blanket behind the phone", 20, INK, True, "mm")
    c.text((930, 578), "absorb the sound that would bounce back", 18, GREY, anchor="mm")
    # Speaker and phone.
    c.d.ellipse([160, 220, 320, 400], fill=PEACH)
    c.d.polygon([(320, 300), (345, 325), (318, 335)], fill=PEACH)
    c.d.rounded_rectangle([130, 400, 350, 640], radius=60, fill=TEAL)
    c.d.rounded_rectangle([520, 250, 545, 380], radius=6, fill=INK)
    c.d.line([(532, 380), (532, 520)], fill=INK, width=6)
    c.d.line([(490, 520), (575, 520)], fill=INK, width=6)
    c.arrow((350, 440), (515, 440), fill=ORANGE, width=3)
    c.arrow((515, 440), (350, 440), fill=ORANGE, width=3)
    c.text((432, 405), "15-20 cm", 24, INK, True, "mm")
    c.text((432, 470), "one hand-span", 18, GREY, anchor="mm")
    c.d.line([(345, 320), (520, 300)], fill=GREY, width=2)
    c.text((380, 560), "mic a little to the side", 20, INK, True)
    c.text((380, 588), "of your mouth: no 'p' pops", 18, GREY)
    notes = ["Flight mode on: no calls or buzzing", "Record a 10 s test and listen with earphones", "Fridge and fan off, door shut"]
    y = 140
    c.text((40, y - 34), "Before you press record:", 22, INK, True)
    for k, note in enumerate(notes):
        c.text((40, y + k * 25), f"{k + 1}. {note}", 17, INK)
    c.footer()
    return c.png(64)


def call_flow() -> bytes:
    """Return the five steps of a customer-service call as a flow."""
    c = Canvas(1280, 460)
    c.title_bar("Five steps of a service call", "greet · listen · confirm · solve · close", fill=BLUE)
    steps = [
        ("Greet", "name, company,\n\"how can I help?\"", LEAF),
        ("Listen", "let them finish;\nnote key facts", SKY),
        ("Confirm", "repeat the problem\nin your words", YELLOW),
        ("Solve", "say what you will do\nand by when", PEACH),
        ("Close", "anything else?\nthank them by name", LAVENDER),
    ]
    for k, (title, note, colour) in enumerate(steps):
        x = 30 + k * 250
        c.box([x, 140, x + 210, 380], fill=colour, outline=INK, width=2, radius=18)
        c.badge((x + 105, 140), str(k + 1), BLUE, 22, 24)
        c.text((x + 105, 200), title, 30, INK, True, "mm")
        c.text((x + 105, 290), note, 18, INK, anchor="mm", align="center")
        if k < len(steps) - 1:
            c.arrow((x + 214, 260), (x + 246, 260), fill=INK, width=4, head=12)
    c.text((640, 420), "Smile while you speak: the listener can hear it.", 22, INK, True, "mm")
    c.footer()
    return c.png(64)


def script_marks() -> bytes:
    """Return a narration script line with pause, stress and pitch marks."""
    c = Canvas(1200, 520)
    c.title_bar("Marking a script before you read it", "pauses, stress and breath", fill=PURPLE)
    words = [("The rain came", False), ("/", None), ("just before dawn,", False), ("//", None),
             ("and by noon", False), ("/", None), ("the river", False), ("had", True), ("crossed the road.", False)]
    x, y = 50, 200
    for text, stress in words:
        if stress is None:
            c.text((x, y), text, 40, RED, True, "ls")
            x += 30 if text == "/" else 50
            continue
        c.text((x, y), text, 40, INK, stress, "ls")
        w = int(c.d.textlength(text, font=font(40, stress)))
        if stress:
            c.d.line([(x, y + 10), (x + w, y + 10)], fill=PURPLE, width=5)
        x += w + 16
        if x > 1050:
            x, y = 50, y + 90
    c.text((50, 330), "Key", 24, INK, True)
    key = [("/", "short pause (a breath if needed)", RED), ("//", "long pause: new thought", RED), ("___", "stress this word", PURPLE)]
    for k, (mark, meaning, colour) in enumerate(key):
        c.text((60, 370 + k * 38), mark, 26, colour, True)
        c.text((140, 370 + k * 38), meaning, 22, INK)
    c.footer()
    return c.png(64)


def recording_frames(width: int = 640, height: int = 360, fps: int = 12):
    """Yield frames for an 8-second clip: echo in a bare room, then a soft corner."""
    per = 4 * fps
    for scene in range(2):
        for f in range(per):
            t = f / per
            c = Canvas(width, height, background=(240, 240, 236) if scene == 0 else PAPER)
            c.d.rectangle([20, 40, width - 20, height - 80], outline=GREY, width=4)
            if scene == 1:
                for k in range(10):
                    colour = (LAVENDER, SAND, SKY, PEACH)[k % 4]
                    c.d.rounded_rectangle([400 + k * 21, 46, 418 + k * 21, height - 86], radius=8, fill=colour)
            c.d.ellipse([90, 120, 170, 200], fill=PEACH)
            c.d.rounded_rectangle([75, 200, 185, 280], radius=30, fill=TEAL)
            # Sound travels out; in the bare room it bounces back, in the soft corner it stops.
            r = 20 + int(t * 520)
            for k in range(3):
                rr = r - k * 60
                if rr <= 0:
                    continue
                if scene == 0 or 175 + rr < 400:
                    c.d.arc([175 - rr, 160 - rr, 175 + rr, 160 + rr], -40, 40, fill=RED if scene == 0 else TEAL, width=4)
                if scene == 0 and 175 + rr > width - 20:
                    back = 2 * (width - 20) - (175 + rr)
                    if back > 180:
                        c.d.arc([back - 60, 100, back + 60, 220], 140, 220, fill=ORANGE, width=4)
            # Keep the waves inside the room: paint the margins over, then the walls again.
            bg = (240, 240, 236) if scene == 0 else PAPER
            for rect in ([0, 0, width, 40], [0, height - 80, width, height], [0, 0, 20, height], [width - 20, 0, width, height]):
                c.d.rectangle(rect, fill=bg)
            c.d.rectangle([20, 40, width - 20, height - 80], outline=GREY, width=4)
            label = ("Bare room: the voice bounces back (echo)", "Soft corner: the sound is absorbed")[scene]
            c.text((width // 2, height - 48), label, 22, INK, True, "mm")
            c.text((width // 2, height - 18), ("Record here and it sounds hollow", "Record here: close, clear, warm")[scene], 16, GREY, anchor="mm")
            yield c.im


CHECKLIST = """\
Before you record: a voice worker's checklist
=============================================
CourseBuilder sample course "Voice skills for online work" - CC BY 4.0

Your voice
[ ] Drank water in the last hour; no milk or sweet drinks just before
[ ] Warm-up done: 5 rounds of 4-4-6 breathing, lip trills, humming up and down
[ ] Script read once out loud and marked (/ pause, // long pause, underline stress)

Your room
[ ] Door and window shut; fan, fridge and TV off
[ ] Soft things around you: clothes, blanket, cushions, curtains
[ ] Phone on a stand, one hand-span (15-20 cm) from your mouth, a little to the side

Your phone
[ ] Flight mode on (calls and messages ruin takes)
[ ] At least 1 GB free and battery over 50 %
[ ] Recorder app set to the best quality (WAV or high-quality M4A)
[ ] 10-second test recorded and played back through earphones

While you record
[ ] Leave 2 seconds of silence at the start and the end
[ ] Made a mistake? Pause, clap once, and read the sentence again: the clap is easy to find when editing
[ ] Stand or sit up straight; keep the same distance from the phone

After
[ ] Name the file clearly: project_chapter_take, e.g. farmtales_ch03_take2
[ ] Back it up (a second phone, a computer or a USB stick) before you delete anything
"""
