"""Pictures, pattern sheet and video frames for the knitting-home-business sample."""

from __future__ import annotations

from _art import (
    BLUE, BROWN, GREY, INK, LAVENDER, LIGHT, ORANGE, PAPER, PURPLE, SAND, SKY, WHITE, YELLOW,
    Canvas, a4_page, ruled_lines, table, worksheet_pdf,
)

YARN = (194, 24, 91)
YARN_LIGHT = (240, 98, 146)
WOOD = (188, 143, 93)


def _ball(c: Canvas, x: int, y: int, r: int, colour=YARN):
    c.d.ellipse([x - r, y - r, x + r, y + r], fill=colour)
    for k in range(-3, 4):
        c.d.arc([x - r, y - r + k * r // 5, x + r, y + r + k * r // 5], 200, 340, fill=WHITE, width=2)


def _needle(c: Canvas, start, end, width=10):
    c.d.line([start, end], fill=WOOD, width=width)
    c.d.ellipse([start[0] - width, start[1] - width, start[0] + width, start[1] + width], fill=BROWN)


def _stitch(c: Canvas, x: int, y: int, w: int = 34, h: int = 44, colour=YARN, width=6):
    """Draw one knit 'V' as two leaning loops."""
    c.d.line([(x - w // 2, y - h // 2), (x, y + h // 2)], fill=colour, width=width)
    c.d.line([(x + w // 2, y - h // 2), (x, y + h // 2)], fill=colour, width=width)


def cover() -> bytes:
    """Return the course cover: yarn, needles, a ribbed headband and the title."""
    c = Canvas(1280, 720, background=(252, 228, 236))
    c.d.rectangle([0, 470, 1280, 720], fill=SAND)
    _ball(c, 860, 420, 120)
    _ball(c, 1080, 470, 90, PURPLE)
    _ball(c, 700, 520, 70, ORANGE)
    _needle(c, (760, 640), (1180, 300))
    _needle(c, (800, 660), (1220, 340))
    # A ribbed headband: columns of knit Vs and purl gaps.
    c.box([90, 430, 620, 640], fill=YARN_LIGHT, outline=YARN, width=4, radius=60)
    for col in range(14):
        if col % 4 < 2:
            for row in range(4):
                _stitch(c, 130 + col * 35, 470 + row * 42, 28, 36, YARN, 5)
    c.box([40, 40, 840, 250], fill=WHITE, outline=YARN, width=4, radius=24)
    c.text((70, 70), "Knitting as a home business", 56, YARN, True)
    c.text((72, 160), "Stitches, a first product, pricing, photos and selling", 28, INK)
    c.text((72, 205), "Two days · seven lessons · practice on real yarn", 22, GREY)
    c.footer()
    return c.jpeg(80)


def yarn_label() -> bytes:
    """Return a yarn ball band with each piece of information labelled."""
    c = Canvas(1200, 700)
    c.title_bar("Reading a yarn label", "what the ball band tells you", fill=YARN)
    c.box([80, 180, 560, 600], fill=WHITE, outline=INK, width=3)
    c.text((320, 220), "MOUNTAIN WOOL", 34, YARN, True, "mm")
    c.text((320, 262), "Aran · worsted weight", 22, INK, anchor="mm")
    rows = [
        ("100% wool", 320),
        ("50 g  ≈  85 m", 365),
        ("needles 5 mm (US 8)", 410),
        ("18 sts × 24 rows = 10 cm", 455),
        ("colour 214   lot 3307", 500),
    ]
    for text, y in rows:
        c.text((110, y), text, 26, INK, y == 365)
    # Care symbols drawn by hand: wash tub at 30°, no bleach, dry flat.
    c.d.polygon([(112, 542), (178, 542), (170, 584), (120, 584)], fill=LIGHT, outline=INK)
    c.text((145, 566), "30°", 18, INK, True, "mm")
    c.d.polygon([(240, 540), (205, 586), (275, 586)], fill=LIGHT, outline=INK)
    c.d.line([(215, 545), (265, 584)], fill=INK, width=3)
    c.d.line([(265, 545), (215, 584)], fill=INK, width=3)
    c.d.rectangle([300, 540, 350, 586], fill=LIGHT, outline=INK, width=2)
    c.d.line([(308, 563), (342, 563)], fill=INK, width=3)
    labels = [
        (262, "Weight class", "how thick the yarn is"),
        (320, "Fibre", "wool, cotton, acrylic or a blend"),
        (365, "Weight and length", "how many balls a product needs"),
        (410, "Needle size", "start with the size printed here"),
        (455, "Gauge (tension)", "stitches and rows in a 10 cm square"),
        (500, "Dye lot", "buy one lot for one product"),
        (560, "Care symbols", "hand wash 30°, no bleach, dry flat"),
    ]
    for k, (y, title, note) in enumerate(labels):
        label_y = 150 + k * 68
        c.arrow((645, label_y), (565, y), fill=YARN, width=3, head=12)
        c.text((655, label_y - 18), title, 24, INK, True)
        c.text((655, label_y + 12), note, 19, GREY)
    c.footer()
    return c.png(64)


def _knit_panel(c: Canvas, x0: int, y0: int, step: int, t: float = 1.0):
    """Draw one step of the knit stitch inside a 280×300 panel."""
    # Left needle holding stitches, lying from bottom-left to the centre.
    _needle(c, (x0 + 10, y0 + 250), (x0 + 150, y0 + 180), 9)
    for k in range(3):
        cx, cy = x0 + 40 + k * 40, y0 + 235 - k * 20
        c.d.ellipse([cx - 14, cy - 26, cx + 14, cy + 26], outline=YARN, width=6)
    loop = (x0 + 150, y0 + 178)
    c.d.ellipse([loop[0] - 16, loop[1] - 28, loop[0] + 16, loop[1] + 28], outline=YARN_LIGHT if step == 4 else YARN, width=7)
    # Right needle: enters the front loop left to right (step 1), carries the new loop (3, 4).
    tip = (loop[0] + 8, loop[1] - 4) if step in (1, 2) else (loop[0] + 70, loop[1] - 40)
    tip = (tip[0] + (1 - t) * 60, tip[1] - (1 - t) * 40)
    _needle(c, (x0 + 270, y0 + 40), tip, 9)
    # Working yarn from the ball (top right).
    if step == 1:
        c.d.line([(x0 + 260, y0 + 120), (loop[0] + 20, loop[1] + 20)], fill=YARN, width=5)
    elif step == 2:
        c.d.arc([tip[0] - 22, tip[1] - 22, tip[0] + 22, tip[1] + 22], 180, 180 + int(360 * t), fill=ORANGE, width=7)
        c.d.line([(x0 + 260, y0 + 120), (tip[0] + 20, tip[1])], fill=YARN, width=5)
    else:
        c.d.ellipse([tip[0] - 18, tip[1] - 26, tip[0] + 18, tip[1] + 26], outline=ORANGE, width=7)
        c.d.line([(x0 + 260, y0 + 120), (tip[0] + 16, tip[1] + 10)], fill=YARN, width=5)
    if step == 4:
        c.arrow((loop[0], loop[1] + 40), (loop[0] - 10, loop[1] + 95), fill=INK, width=4, head=14)


KNIT_STEPS = [
    ("IN", "Right needle into the front of the first stitch, left to right"),
    ("AROUND", "Wrap the yarn around the right needle, anticlockwise"),
    ("THROUGH", "Pull the new loop through to the front"),
    ("OFF", "Slide the old stitch off the left needle"),
]


def knit_steps() -> bytes:
    """Return the four steps of the knit stitch in panels."""
    c = Canvas(1280, 560)
    c.title_bar("The knit stitch in four moves", "in · around · through · off", fill=YARN)
    for i, (word, note) in enumerate(KNIT_STEPS):
        x0 = 20 + i * 315
        c.box([x0, 115, x0 + 300, 540], fill=WHITE, outline=LIGHT, width=3)
        c.badge((x0 + 34, 150), str(i + 1), YARN)
        _knit_panel(c, x0 + 10, 150, i + 1)
        c.text((x0 + 150, 440), word, 34, INK, True, "mm")
        c.wrapped((x0 + 18, 470), note, 264, 18, GREY)
    c.footer()
    return c.png(64)


def rib_chart() -> bytes:
    """Return a 2×2 rib chart with its key, and what the fabric looks like."""
    c = Canvas(1200, 640)
    c.title_bar("2 × 2 rib: chart and fabric", "knit 2, purl 2, repeat", fill=PURPLE)
    cell = 44
    x0, y0 = 80, 160
    for row in range(8):
        for col in range(12):
            knit = col % 4 < 2
            rect = [x0 + col * cell, y0 + row * cell, x0 + (col + 1) * cell, y0 + (row + 1) * cell]
            c.d.rectangle(rect, fill=WHITE if knit else LAVENDER, outline=GREY, width=1)
            if not knit:
                c.d.ellipse([rect[0] + 16, rect[1] + 16, rect[2] - 16, rect[3] - 16], fill=PURPLE)
    for row in range(8):
        c.text((x0 + 12 * cell + 12, y0 + row * cell + cell // 2), str(8 - row), 18, GREY, anchor="lm")
    c.text((x0, y0 + 8 * cell + 30), "□ knit   ● purl   Read right side rows from right to left.", 20, INK)
    # The fabric: knit columns stand out as Vs, purl columns sink back.
    fx0, fy0 = 720, 160
    c.d.rectangle([fx0, fy0, fx0 + 400, fy0 + 352], fill=(250, 215, 230))
    for col in range(12):
        if col % 4 < 2:
            for row in range(8):
                _stitch(c, fx0 + 18 + col * 33, fy0 + 22 + row * 44, 26, 38, YARN, 6)
        else:
            for row in range(8):
                c.d.arc([fx0 + 4 + col * 33, fy0 + 8 + row * 44, fx0 + 32 + col * 33, fy0 + 36 + row * 44], 20, 160, fill=YARN_LIGHT, width=5)
    c.text((fx0 + 200, fy0 + 390), "knit columns stand out, purl columns sink: it stretches", 20, INK, anchor="mm")
    c.footer()
    return c.png(64)


def window_light() -> bytes:
    """Return a top view of a table by a window set up to photograph knitwear."""
    c = Canvas(1200, 700)
    c.title_bar("A photo corner by the window", "top view", fill=BLUE)
    c.d.rectangle([60, 140, 90, 640], fill=SKY, outline=BLUE, width=3)
    c.text((105, 150), "window (no direct sun)", 22, BLUE, True)
    for k in range(5):
        c.arrow((95, 220 + k * 80), (300, 240 + k * 70), fill=YELLOW, width=3, head=12)
    c.d.rectangle([320, 240, 760, 560], fill=WOOD)
    c.d.rectangle([360, 270, 720, 530], fill=(245, 245, 240), outline=GREY, width=2)
    c.text((540, 290), "plain background: sheet or card", 18, GREY, anchor="mm")
    c.box([440, 360, 640, 450], fill=YARN_LIGHT, outline=YARN, width=3, radius=40)
    c.text((540, 405), "your product", 20, INK, True, "mm")
    c.d.rectangle([800, 260, 830, 540], fill=WHITE, outline=INK, width=3)
    c.text((845, 350), "white card bounces light", 22, INK, True)
    c.text((845, 380), "back into the shadows", 22, INK, True)
    c.phone((500, 590, 580, 690), screen=SKY)
    c.text((600, 640), "phone: shoot from above, then at 45°", 22, INK, True, "lm")
    c.text((1140, 200), "Switch off room lights:", 20, GREY, anchor="rm")
    c.text((1140, 226), "mixed light turns colours false", 20, GREY, anchor="rm")
    c.footer()
    return c.png(64)


def cost_breakdown() -> bytes:
    """Return the cost build-up of a ribbed headband and its price tag."""
    c = Canvas(1200, 620)
    c.title_bar("What a $12 headband is made of", "materials + time + overhead + profit", fill=ORANGE)
    parts = [
        ("Yarn 50 g", 3.00, YARN_LIGHT),
        ("Label, tag, bag", 0.50, SAND),
        ("Your time: 2 h × $2.50", 5.00, SKY),
        ("Overhead 10%", 0.85, LAVENDER),
        ("Profit 25%", 2.34, (165, 214, 167)),
    ]
    x, y0, scale = 60, 200, 1060 / 12.0
    for i, (label, amount, colour) in enumerate(parts):
        w = amount * scale
        c.d.rectangle([x, y0, x + w, y0 + 120], fill=colour, outline=INK, width=2)
        ty = y0 + 150 if w < 200 else y0 + 60
        c.text((x + w / 2, ty), label, 20, INK, True, "mm")
        c.text((x + w / 2, ty + 26), f"${amount:.2f}", 20, INK, anchor="mm")
        if w < 200:
            c.d.line([(x + w / 2, y0 + 120), (x + w / 2, ty - 14)], fill=INK, width=1)
        x += w
    c.box([820, 420, 1140, 560], fill=WHITE, outline=YARN, width=5, radius=20)
    c.text((980, 460), "Ribbed headband", 24, INK, True, "mm")
    c.text((980, 515), "$12", 48, YARN, True, "mm")
    c.text((60, 440), "Cost $9.35 + 25% profit = $11.69 → round to $12", 26, INK, True)
    c.text((60, 490), "Sell wholesale to a shop? They add their own mark-up,", 20, GREY)
    c.text((60, 516), "so agree a price you can live with at half the shop price.", 20, GREY)
    return c.png(64)


def pattern_pdf() -> bytes:
    """Return a printable two-page PDF: the headband pattern and a costing sheet."""
    p = a4_page()
    p.text((60, 50), "Ribbed headband: first product pattern", 32, INK, True)
    p.text((60, 100), "Fits an adult head, 46-56 cm. Two to three hours for a new knitter.", 20, GREY)
    y = 150
    sections = [
        ("You need", ["1 ball aran/worsted wool, 50 g (about 85 m)", "5 mm needles, a tapestry needle, scissors, tape measure"]),
        ("Gauge", ["18 stitches × 24 rows = 10 cm in stockinette. Knit a small square first:", "more stitches than 18? use bigger needles; fewer? smaller needles."]),
        ("Cast on", ["Cast on 20 stitches with the long-tail cast-on (lesson 2)."]),
        ("Rib", [
            "Row 1: knit 2, purl 2 to the end.",
            "Row 2: knit the knit stitches and purl the purl stitches as they face you.",
            "Repeat row 2 until the band reaches 44 cm (stretched a little around your head: 4-6 cm less).",
        ]),
        ("Finish", ["Bind off loosely in rib. Sew the short ends together with the tail.", "Weave in ends; wash, press out water in a towel, dry flat."]),
        ("Quality check before you sell", ["Same stitch count along the whole band; no holes; ends woven 5 cm;", "seam flat; label sewn on; photographed (lesson 6)."]),
    ]
    for title, lines in sections:
        p.text((60, y), title, 24, INK, True)
        y += 38
        for line in lines:
            y = p.wrapped((80, y), "• " + line, 680, 19)
        y += 14
    p.text((413, 1140), "CourseBuilder sample course · CC BY 4.0", 14, GREY, anchor="mm")
    q = a4_page()
    q.text((60, 50), "Costing sheet", 32, INK, True)
    q.text((60, 100), "Product: ______________________   Date: __________", 20)
    rows = [
        ["Item", "Amount", "How to work it out"],
        ["1 Yarn", "", "price per ball × balls used"],
        ["2 Label, tag, bag", "", "per piece"],
        ["3 Your time", "", "hours × hourly rate"],
        ["4 Subtotal", "", "1 + 2 + 3"],
        ["5 Overhead", "", "10% of line 4: needles, light, travel"],
        ["6 Cost", "", "4 + 5"],
        ["7 Profit", "", "20-30% of line 6"],
        ["8 Price", "", "6 + 7, then round"],
    ]
    y = table(q, 60, 150, [230, 140, 340], rows, row_h=52, size=19)
    q.text((60, y + 40), "Prices of similar items at the market or online:", 22, INK, True)
    y = ruled_lines(q, 60, y + 60, 770, 4)
    q.text((60, y + 20), "My price, and what I will say when a customer asks why:", 22, INK, True)
    ruled_lines(q, 60, y + 40, 770, 4)
    q.text((413, 1140), "CourseBuilder sample course · CC BY 4.0", 14, GREY, anchor="mm")
    return worksheet_pdf([p.im, q.im], "Ribbed headband pattern and costing sheet")


def knit_stitch_frames(width: int = 640, height: int = 360, fps: int = 12):
    """Yield frames for an 8-second clip that animates the four moves of the knit stitch."""
    per = 2 * fps
    for i, (word, note) in enumerate(KNIT_STEPS):
        for f in range(per):
            t = min(1.0, (f + 1) / (per * 0.6))
            c = Canvas(width, height, background=PAPER)
            _knit_panel(c, 60, 20, i + 1, t)
            c.badge((420, 90), str(i + 1), YARN, 30, 32)
            c.text((462, 90), word, 34, INK, True, "lm")
            c.wrapped((380, 150), note, 240, 20, GREY)
            for k in range(4):
                c.d.ellipse([380 + k * 30, 300, 396 + k * 30, 316], fill=YARN if k <= i else LIGHT)
            yield c.im

