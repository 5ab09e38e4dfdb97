"""The sample course Knitting as a home business (English)."""

from __future__ import annotations

import _knitting_art as art
from _kit import (
    Media, attachment, audio, exercise, fill, image, lesson, matching, md, multiple, numeric, open_text,
    ordering, quiz, rating, short, single, survey, true_false, video,
)
from coursebuilder.model import Module, Person

NAME = "knitting-home-business"

CHANT = (
    "Let's knit together, slowly. In: the needle goes into the stitch. "
    "Around: the yarn goes around the needle. Through: pull the new loop through. "
    "Off: the old stitch slides off. In, around, through, off."
)


def build(bundle, rec) -> None:
    """Fill ``bundle`` with the course."""
    m = Media(bundle)
    c = bundle.course
    c.id = "course-knitting-home-business"
    c.title = "Knitting as a home business"
    c.subtitle = "From your first stitch to your first sale"
    c.language = "en"
    c.authors = [Person(name="CourseBuilder sample team", role="author")]
    c.licence = "CC-BY-4.0"
    c.version = "1.0"
    c.created = "2026-03-03T09:00:00+08:00"
    c.modified = "2026-03-17T17:45:00+08:00"
    c.description = (
        "A two-day course for people who want to earn from knitting at home. Day one teaches the "
        "tools, the cast-on, knit and purl, and a first product anyone can finish: a ribbed headband. "
        "Day two turns it into a business: costing and pricing, photographing your work and "
        "selling it at markets, online and to order. Inspired by a programme whose knitting lecturer "
        "built an award-winning craft business."
    )
    c.cover = m.add("cover-knitting.jpg", art.cover())
    chant_name, chant_bytes = rec.speech("knit-chant", CHANT, voice="en-gb", speed=145)
    clip_name, clip_bytes = rec.video(
        "knit-stitch", lambda: art.knit_stitch_frames(fps=12), fps=12, recipe={"frames": "knit-stitch", "v": 2}
    )
    day1 = Module(
        id="khb-m1",
        title="Day 1: Stitches and a first product",
        description="Tools and yarn, casting on, knit and purl, and a headband to finish at home.",
        items=[_tools(m), _cast_on(m, clip_name, clip_bytes), _knit_purl(m, chant_name, chant_bytes), _first_product(m)],
    )
    day2 = Module(
        id="khb-m2",
        title="Day 2: Running it as a business",
        description="Costing and pricing, photographing your work, and where and how to sell.",
        items=[_pricing(m), _photos(m), _selling(), _final_quiz(), _questionnaire()],
    )
    c.modules = [day1, day2]


def _tools(m: Media):
    return lesson(
        "khb-l1",
        "Tools and yarn",
        minutes=25,
        objectives=[
            "Choose needles and yarn for a first project",
            "Read a yarn label: weight, length, needle size, gauge, dye lot and care",
        ],
        notes="""
            Hand out one ball of aran wool and a pair of 5 mm needles per trainee before you start.
            Pass round three labels from different yarns and ask: which one would you choose for a
            baby's hat, and why? Keep it practical: nobody needs to know every weight class today.
        """,
        blocks=[
            md("""
                ## What you need to start

                - **Needles**: one pair of 5 mm straight needles, wood or bamboo (the stitches slip less than on metal).
                - **Yarn**: a smooth, light-coloured *aran* or *worsted* wool. Dark and fluffy yarns hide your stitches while you learn.
                - **A tapestry needle** (blunt, with a big eye) to sew up and weave in ends.
                - **Scissors and a tape measure.**

                ## Read the label before you buy

                The paper band around a ball tells you almost everything:

                1. **Weight class**: how thick the yarn is. Aran and worsted are easy to learn on.
                2. **Fibre**: wool is warm and forgiving; cotton is cool but shows every uneven stitch; acrylic is cheap and washable.
                3. **Weight and length**: tells you how many balls a product needs.
                4. **Needle size**: the size to start with.
                5. **Gauge**: how many stitches and rows make 10 cm.
                6. **Dye lot**: balls from different lots can differ in colour. **Buy all the yarn for one product from one lot.**
                7. **Care symbols**: copy them onto your product's care label.

                The standard weight classes are explained by the [Craft Yarn Council](https://www.craftyarncouncil.com/standards/yarn-weight-system).
            """),
            image(
                m.add("yarn-label.png", art.yarn_label()),
                alt="A yarn ball band for aran wool with arrows naming each part: weight class, fibre (100% wool), "
                "weight and length (50 g, about 85 m), needle size (5 mm), gauge (18 stitches by 24 rows = 10 cm), "
                "dye lot, and care symbols for hand wash at 30 degrees, no bleach and dry flat.",
                caption="Seven things a yarn label tells you",
            ),
            exercise(
                "Check yourself",
                "Match each part of the label with why it matters.",
                matching(
                    "khb-l1-q1",
                    "Label parts",
                    [
                        ("Dye lot", "Buy one lot per product so the colour matches"),
                        ("Gauge", "Stitches and rows in 10 cm"),
                        ("Needle size", "The needles to start with"),
                        ("Care symbols", "How your customer should wash it"),
                    ],
                    hint="Read the arrows on the picture again.",
                    feedback_correct="Well done: you can now buy yarn with confidence.",
                ),
            ),
        ],
    )


def _cast_on(m: Media, clip_name: str, clip_bytes: bytes):
    return lesson(
        "khb-l2",
        "Casting on",
        minutes=30,
        objectives=[
            "Make a slip knot",
            "Cast on 20 stitches with the long-tail cast-on",
            "Keep the stitches loose enough to knit into",
        ],
        notes="""
            Demonstrate under the document camera if there is one; otherwise sit trainees in a half circle
            and demonstrate slowly three times, then walk round. Left-handed trainees can mirror you from
            across the table. Most common fault: stitches pulled too tight. Tell them to cast on over
            both needles held together, then pull one out.
        """,
        blocks=[
            md("""
                ## The long-tail cast-on

                1. **Measure the tail**: about 3 cm of yarn per stitch, so 60 cm for 20 stitches.
                2. **Slip knot**: make a loop, pull a second loop through it, put it on the needle and tighten gently. This is stitch 1.
                3. **Hold the yarn**: tail over your thumb, ball yarn over your index finger, both ends held in your palm.
                4. **Up, over, through**: the needle goes *up* through the thumb loop, *over* the index-finger yarn and back *through* the thumb loop.
                5. **Drop and snug**: let the thumb loop go and tighten gently. Repeat until you have 20 stitches.

                **Tip:** if your stitches are too tight to knit into, cast on over *two* needles held together and then slide one out.

                Once your stitches are on, watch the short clip below: it shows the first stitch you will knit into them.
            """),
            video(
                m.add(clip_name, clip_bytes),
                "The knit stitch, step by step",
                """
                An 8-second silent animation in four steps. 1 In: the right needle goes into the front of the first
                stitch from left to right. 2 Around: the yarn wraps around the right needle. 3 Through: the new loop
                is pulled through to the front. 4 Off: the old stitch slides off the left needle.
                """,
                caption="Watch it twice, then try it on your cast-on stitches",
            ),
            exercise(
                "Check yourself",
                "Answer, then check the feedback.",
                numeric(
                    "khb-l2-q1",
                    "You allow 3 cm of tail for each stitch. How long a tail do you need to cast on 24 stitches?",
                    72,
                    tolerance=5,
                    unit="cm",
                    hint="24 × 3",
                    feedback_correct="Right: about 72 cm. A little extra does no harm.",
                    feedback_incorrect="Multiply the number of stitches by 3 cm.",
                ),
                true_false(
                    "khb-l2-q2",
                    "The slip knot counts as your first stitch.",
                    True,
                    feedback_correct="Yes: cast on 19 more to have 20.",
                ),
            ),
        ],
    )


def _knit_purl(m: Media, chant_name: str, chant_bytes: bytes):
    return lesson(
        "khb-l3",
        "Knit and purl",
        minutes=45,
        objectives=[
            "Knit a row using the four moves: in, around, through, off",
            "Purl a row",
            "Tell knit and purl stitches apart in the fabric",
        ],
        notes="""
            This is the longest lesson: leave time for practice. Play the chant and have the room say it
            together while knitting; rhythm helps hands learn. Then teach purl as knit "from the front":
            yarn in front, needle in from right to left. By the end each trainee should have 10 rows of
            garter stitch (all knit) and a few rows of stockinette.
        """,
        blocks=[
            md("""
                ## The knit stitch: four moves

                Hold the needle with the stitches in your left hand, the yarn at the **back**.

                1. **In**: right needle into the front of the first stitch, from left to right.
                2. **Around**: wrap the yarn anticlockwise around the right needle.
                3. **Through**: pull the new loop through the old stitch.
                4. **Off**: slide the old stitch off the left needle.

                ## The purl stitch

                Purl is the knit stitch seen from the other side. Bring the yarn to the **front**, put the right
                needle into the stitch **from right to left**, wrap, pull through *backwards*, slide off.

                ## Reading your fabric

                - A **knit** stitch looks like a small **V**.
                - A **purl** stitch looks like a small **bump**.
                - Knit every row and you get *garter stitch* (ridges on both sides). Knit one row and purl the next and you get *stockinette* (smooth Vs on the front).

                **Count your stitches at the end of every row.** Twenty at the start, twenty at the end.
            """),
            image(
                m.add("knit-steps.png", art.knit_steps()),
                alt="Four drawings of the knit stitch. 1 In: the right needle enters the front loop on the left needle. "
                "2 Around: the yarn wraps around the right needle. 3 Through: the new loop is on the right needle. "
                "4 Off: the old stitch drops off the left needle.",
                caption="In, around, through, off",
            ),
            audio(
                m.add(chant_name, chant_bytes),
                "Knit along: the four-move chant",
                CHANT,
                caption="About 19 seconds. Say it out loud while you knit.",
            ),
            exercise(
                "Check yourself",
                "Put the four moves in order, then answer the question.",
                ordering(
                    "khb-l3-q1",
                    "The knit stitch",
                    ["In", "Around", "Through", "Off"],
                    hint="Say the chant.",
                ),
                single(
                    "khb-l3-q2",
                    "Your row started with 20 stitches and now has 22. What most likely happened?",
                    [
                        ("The yarn went over the needle and made an extra loop", True,
                         "Yes: keep the yarn at the back for knit stitches and check the first stitch is not pulled over."),
                        ("You dropped a stitch", False, "A dropped stitch gives fewer stitches, not more."),
                        ("The yarn is too thick", False, "Yarn thickness does not change the count."),
                    ],
                    hint="More stitches, not fewer.",
                ),
            ),
        ],
    )


def _first_product(m: Media):
    return lesson(
        "khb-l4",
        "Your first product: a ribbed headband",
        minutes=40,
        objectives=[
            "Knit a 2 × 2 rib from a chart",
            "Check gauge with a swatch",
            "Finish, wash and check a product before you sell it",
        ],
        notes="""
            A headband is a good first product: small, quick (two to three hours), needs one ball, fits most
            heads and sells at markets in autumn and winter. Hand out the printed pattern. Trainees cast on
            20 stitches and work the first 4 rows of rib in class, then finish at home and bring it on
            day two for the photo lesson.
        """,
        blocks=[
            md("""
                ## Why a headband

                - **One ball** of yarn, **two to three hours** of knitting.
                - Rib stretches, so **one size fits most** adults.
                - Easy to make in several colours for a market table.

                ## Rib in one line

                **Knit 2, purl 2**, to the end of the row. On the next row, knit the stitches that look like **V**s
                and purl the ones that look like **bumps**. The chart below shows it: white squares are knit, dots are purl.

                ## Gauge first

                Knit a square of about 12 cm and measure the middle 10 cm. The pattern wants **18 stitches in 10 cm**.
                More stitches means your knitting is tight: use a bigger needle. Fewer means loose: use a smaller one.
                A headband forgives a little; a sweater does not.

                ## Quality check before you sell

                - Same stitch count all along
                - Ends woven in at least 5 cm
                - Seam flat, no holes
                - Washed and dried flat, with your label sewn in
            """),
            image(
                m.add("rib-chart.png", art.rib_chart()),
                alt="Left: a chart of 12 columns and 8 rows where pairs of white knit squares alternate with pairs of purple purl dots. "
                "Right: the knitted fabric, with raised columns of V stitches next to sunken purl columns.",
                caption="2 × 2 rib: knit 2, purl 2",
            ),
            attachment(
                m.add("headband-pattern.pdf", art.pattern_pdf()),
                "Ribbed headband pattern and costing sheet",
                "Two printable A4 pages: the full pattern with a quality checklist, and a costing sheet for lesson 5.",
            ),
            exercise(
                "Check yourself",
                "Fill in the gaps.",
                fill(
                    "khb-l4-q1",
                    "Rib and gauge",
                    "A 2 × 2 rib is knit [[2|two]], purl [[2|two]]. If your swatch has 20 stitches in 10 cm instead of 18, "
                    "change to a [[bigger|larger]] needle.",
                    hint="More stitches than the pattern means your knitting is tight.",
                    feedback_correct="Right. Gauge is what makes your headbands all the same size.",
                ),
            ),
        ],
    )


def _pricing(m: Media):
    return lesson(
        "khb-l5",
        "Costing and pricing",
        minutes=40,
        objectives=[
            "Work out the full cost of one product, including your time",
            "Set a price with a profit margin",
            "Explain your price to a customer",
        ],
        notes="""
            Many home knitters sell below cost because they count the yarn and forget their hours.
            Ask the room: how long did the headband take you? Put the numbers on the board. Agree an
            hourly rate close to local day-labour pay. Then everyone fills in the costing sheet from the
            pattern PDF for their own headband. Prices here are in US dollars, as used at markets in
            Cambodia; use your local currency.
        """,
        blocks=[
            md("""
                ## The price formula

                **Price = (materials + your time + overhead) × (1 + profit margin)**

                | Part | Headband example |
                |---|---|
                | Materials: yarn, label, bag | $3.00 + $0.50 |
                | Your time: 2 hours × $2.50 | $5.00 |
                | Overhead: 10% (needles, light, travel) | $0.85 |
                | **Cost** | **$9.35** |
                | Profit: 25% | $2.34 |
                | **Price, rounded** | **$12** |

                ## Pay yourself

                Your hours are a cost, like yarn. If the price cannot pay you a fair hourly rate, change the
                product (smaller, quicker, thicker yarn) or find customers who pay more. Don't knit for nothing.

                ## Talk about value

                When a customer says "it's expensive", tell them what they get: **hand-made**, **pure wool**,
                **two hours of work**, **washable**, **made by a neighbour**. Don't lower the price straight away.

                ## Selling to shops

                A shop adds its own mark-up, often doubling your price. Agree a wholesale price that still
                covers your cost, and a retail price so you never undercut the shop at the market.
            """),
            image(
                m.add("cost-breakdown.png", art.cost_breakdown()),
                alt="A bar split into yarn $3.00, label, tag and bag $0.50, your time $5.00, overhead $0.85 and profit $2.34, "
                "next to a price tag for a ribbed headband at $12.",
                caption="Every part of the price, including your time",
            ),
            exercise(
                "Work it out",
                "Use the formula from this lesson.",
                numeric(
                    "khb-l5-q1",
                    "A cowl uses $6.00 of yarn and $0.50 of label and bag, and takes 4 hours at $2.50 an hour. "
                    "Overhead is 10% and you add 20% profit. What is the price, before rounding?",
                    21.78,
                    tolerance=0.1,
                    unit="$",
                    hint="Materials 6.50 + time 10.00 = 16.50; add 10% overhead = 18.15; then add 20%.",
                    feedback_correct="Right: 18.15 × 1.2 = 21.78. You might price it at $22.",
                    feedback_incorrect="Add materials and time, add 10%, then add 20% of that.",
                ),
                true_false(
                    "khb-l5-q2",
                    "If a product sells slowly, the first thing to do is stop counting your time in the cost.",
                    False,
                    feedback_correct="Right: look at the product, the photos or the customers first, not your pay.",
                    feedback_incorrect="Your time is a real cost. Change the product or the market instead.",
                ),
            ),
        ],
    )


def _photos(m: Media):
    return lesson(
        "khb-l6",
        "Photographing your work",
        minutes=30,
        objectives=[
            "Set up a photo corner by a window with a phone",
            "Take the four photos every listing needs",
        ],
        notes="""
            Trainees bring their headbands from day one. Set up two or three photo corners by windows with a
            white sheet and a white card. Groups rotate; each trainee takes the four photos and shares the best
            one with the group chat. Compare a photo taken under the room lights with one by the window.
        """,
        blocks=[
            md("""
                ## Light is everything

                - Work **by a window in daylight**, but **out of direct sun** (it makes hard shadows).
                - **Switch off the room lights.** Mixed light turns colours yellow or blue, and customers return items that "looked different".
                - Put a **white card** on the side away from the window to lighten the shadows.

                ## Four photos for every product

                1. **The whole product** on a plain background, from above.
                2. **A close-up** of the stitches: it shows the quality.
                3. **Worn**: on a person (with their permission) or a simple stand, so the size is clear.
                4. **Details**: your label, the care symbols, colours available side by side.

                ## Phone settings

                - Wipe the lens.
                - Tap the screen on the product to focus, then slide the exposure down a little if the white background glares.
                - Don't use digital zoom: move closer instead.
                - No filters. The colour in the photo must be the colour in the parcel.
            """),
            image(
                m.add("window-light.png", art.window_light()),
                alt="Top view of a photo corner: a window on the left lets in light, a table with a plain white background "
                "holds the product, a white card on the right bounces light back, and the phone is placed in front of the table.",
                caption="A photo corner needs a window, a sheet and a white card",
            ),
            exercise(
                "Check yourself",
                "Choose every answer that applies.",
                multiple(
                    "khb-l6-q1",
                    "Which make your product photos better?",
                    [
                        ("Daylight from a window, out of direct sun", True),
                        ("A white card opposite the window", True, "Yes: it fills in the shadows."),
                        ("Room lights on as well as the window", False, "Mixed light makes colours false."),
                        ("A beauty filter to brighten colours", False, "The customer should get the colour they saw."),
                        ("A close-up of the stitches", True),
                    ],
                ),
            ),
        ],
    )


def _selling():
    return lesson(
        "khb-l7",
        "Selling: markets, online and to order",
        minutes=35,
        objectives=[
            "Choose where to sell first",
            "Take a custom order with a deposit",
            "Write a product description with size, fibre and care",
        ],
        notes="""
            Ask who already sells anything (eggs, vegetables, phone top-ups) and where. The same customers
            and channels work for knitwear. Role-play a custom order: one trainee is the customer, one takes
            the order and asks for a deposit. More than half the trainees in one programme opened a shop or
            channel after the course; encourage a first step this week, however small.
        """,
        blocks=[
            md("""
                ## Three ways to sell

                | Where | Good for | Watch out for |
                |---|---|---|
                | **Local market or fair** | Meeting customers, learning what sells | Seasons: hats sell in autumn, not summer |
                | **Online shop or channel** | Customers far away, repeat buyers | Photos and replies take time every day |
                | **Custom orders** | Higher prices, no unsold stock | Agree size, colour, price and date in writing |

                ## Taking a custom order

                1. Write down **size, colour, yarn, price and delivery date**, and send it to the customer.
                2. Ask for a **deposit** (one third to half) before you buy the yarn.
                3. Send a photo when it is finished; take the rest of the payment before it ships.

                ## A product description that sells

                > **Ribbed headband, pure wool, hand-knitted.** Stretches to fit heads 46-56 cm. Warm, soft, washable by hand at 30°, dry flat. Made in our village, one at a time. Colours: rose, plum, oat.

                Size, fibre, care and who made it: that is all a customer needs to decide.
            """),
            exercise(
                "Check yourself",
                "Answer in one word.",
                short(
                    "khb-l7-q1",
                    "A customer orders a custom scarf. What do you ask them to pay before you buy the yarn?",
                    ["deposit", "a deposit", "down payment", "advance"],
                    hint="Part of the price, paid up front.",
                    feedback_correct="Yes: a deposit covers your yarn if the customer changes their mind.",
                ),
            ),
        ],
    )


def _final_quiz():
    return quiz(
        "khb-quiz",
        "Final quiz",
        "Eight questions on both days. You need 70% to pass and can try twice.",
        single(
            "khb-quiz-q1",
            "Which yarn is best for learning to knit?",
            [
                ("Smooth, light-coloured aran wool", True, "Yes: you can see every stitch."),
                ("Black mohair", False, "Dark, fluffy yarn hides your stitches."),
                ("Very fine lace cotton", False, "Fine yarn on thin needles is hard for beginners."),
            ],
        ),
        true_false("khb-quiz-q2", "Balls of the same colour but different dye lots always match exactly.", False,
                   feedback_incorrect="Dye lots can differ; buy one lot per product."),
        ordering("khb-quiz-q3", "Put the long-tail cast-on in order.",
                 ["Measure the tail", "Make a slip knot", "Hold the yarn over thumb and finger", "Up, over, through", "Drop and snug"]),
        fill("khb-quiz-q4", "Reading fabric", "A knit stitch looks like a [[V|vee]]; a purl stitch looks like a [[bump|ridge]]."),
        numeric(
            "khb-quiz-q5",
            "Materials cost $4, your time is 2 hours at $3 an hour, and overhead is 10%. What is the cost before profit?",
            11,
            tolerance=0.05,
            unit="$",
            hint="(4 + 6) × 1.1",
            points=2,
        ),
        multiple(
            "khb-quiz-q6",
            "Which belong in a product description?",
            [("Size", True), ("Fibre", True), ("Care instructions", True), ("How much the yarn cost you", False)],
        ),
        matching(
            "khb-quiz-q7",
            "Match the problem with the fix.",
            [
                ("Too many stitches in 10 cm", "Use a bigger needle"),
                ("Colours look yellow in photos", "Switch off the room lights"),
                ("Customer may cancel a custom order", "Take a deposit"),
            ],
        ),
        short("khb-quiz-q8", "What do you call the number of stitches and rows in 10 cm?", ["gauge", "tension"]),
        pass_mark=70,
        attempts=2,
    )


def _questionnaire():
    return survey(
        "khb-survey",
        "Trainee questionnaire",
        "Anonymous. Your answers help us plan the next training.",
        single("khb-s-age", "Your age", ["18-30", "31-40", "41-50", "51+"]),
        single("khb-s-work", "Your current work", ["Entrepreneur / own business", "Employee", "Farmer", "Unemployed", "Student", "Other"]),
        single(
            "khb-s-selling",
            "Have you started selling your work online?",
            ["Yes, before the course", "Yes, since the course", "Not yet, but I plan to", "No plans"],
        ),
        rating("khb-s-day1", "How useful was day 1 (stitches and a first product)?", "Not useful", "Very useful"),
        rating("khb-s-day2", "How useful was day 2 (running it as a business)?", "Not useful", "Very useful"),
        open_text("khb-s-comment", "What will you make and sell first? What should we change?"),
    )
