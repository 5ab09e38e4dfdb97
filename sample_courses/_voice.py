"""The sample course Voice skills for online work (English, with Simplified Chinese and Khmer variants)."""

from __future__ import annotations

import _voice_art as art
import _voice_km
import _voice_zh
from _variants import add_language
from _kit import (
    Media, attachment, audio, exercise, fill, image, lesson, matching, md, multiple, numeric, open_text,
    ordering, quiz, rating, short, single, survey, true_false, video,
)
from coursebuilder.model import Module, Person

NAME = "voice-skills-online"

SERVICE_CALL = (
    "Good morning, thank you for calling Green Valley Farm Shop. My name is Lin. How can I help you today? "
    "I see. Let me repeat your order number: four, seven, two, nine. "
    "I will send a new box today, and you will get it by Friday."
)


#: The Khmer service call as eSpeak NG phonemes: eSpeak has no Khmer voice, so the Khmer words are written
#: out sound by sound (Phnom Penh pronunciation, level tone throughout: Khmer has no tones) for its
#: Vietnamese voice, whose vowels and final consonants are closest. A speaker's recording should replace it.
SERVICE_CALL_KM_PHONEMES = (
    "[[a1r'u1n s'u@1h_d'@:1j]]. [[s'o1m 'O1k'u1n d'E1l b'a:1n t'u1r@1s'a1p m'O1k h'a:1N "
    "k'a1s@1tt'a:1n tS@1r'u@1l'O1N b'a1jt'O1N]]. [[k@1n^'o1m tS@1m'u@1h l'i1n]]. "
    "[[t'@:1 t@1N'a1j n'i1h k@1n^'o1m 'a:1c tS'u@1j '@1v'@:1j b'a:1n k@1l'a1h]]? "
    "[[k@1n^'o1m j'u@1l h'@:1j]]. [[s'o1m 'a1w k@1n^'o1m n'i1j'i@1j l'e1k b'a1n^tS'i@1 t'i1n^ "
    "r'O1b'O1h n'i@1k m@1d'O1N t'i@1t]]: [[b'u@1n]], [[p@1r'a1m p'i1]], [[p'i1]], [[p@1r'a1m b'u@1n]]. "
    "[[t@1N'a1j n'i1h k@1n^'o1m n'y1N p@1n^'@:1 p@1r'O1'O1p t@1m'@:1j m'u@1j t'y1w n'i@1k]], "
    "[[h'@:1j n'i@1k n'y1N t'O1t'u@1l b'a:1n t@1r'y1m t@1N'a1j s'o1k]]."
)


def translate(bundle, rec) -> None:
    """Add the Chinese and Khmer variants, each with the service call recorded in its language."""
    m = Media(bundle)
    zh_call = m.add(*rec.speech("service-call-zh", _voice_zh.SERVICE_CALL, voice="cmn", speed=240, gap=2))
    km_call = m.add(*rec.speech("service-call-km", SERVICE_CALL_KM_PHONEMES, voice="vi", speed=210, gap=2))
    add_language(bundle.course, "zh-Hans", _voice_zh.TEXTS, {"vso-l2-b2/media": zh_call})
    add_language(bundle.course, "km", _voice_km.TEXTS, {"vso-l2-b2/media": km_call})


def build(bundle, rec) -> None:
    """Fill ``bundle`` with the course."""
    m = Media(bundle)
    c = bundle.course
    c.id = "course-voice-skills-online"
    c.title = "Voice skills for online work"
    c.subtitle = "Breath, clear speech and a phone studio for audiobook, customer-service and live-stream work"
    c.language = "en"
    c.authors = [Person(name="CourseBuilder sample team", role="author")]
    c.licence = "CC-BY-4.0"
    c.version = "1.0"
    c.created = "2026-03-04T09:00:00+08:00"
    c.modified = "2026-03-18T16:10:00+08:00"
    c.description = (
        "Online voice work (reading audiobooks, answering customer calls from home, hosting live-stream "
        "sales) needs no office, only a clear voice and a phone. Day one trains the voice itself: "
        "breathing, clear speech and looking after your voice. Day two builds a phone studio at home and "
        "practises the three kinds of paid voice work."
    )
    c.cover = m.add("cover-voice.jpg", art.cover())
    call_name, call_bytes = rec.speech("service-call", SERVICE_CALL, voice="en-us", speed=165)
    clip_name, clip_bytes = rec.video(
        "echo-or-not", lambda: art.recording_frames(fps=12), fps=12, recipe={"frames": "echo-or-not", "v": 1}
    )
    day1 = Module(
        id="vso-m1",
        title="Day 1: Your voice",
        description="Breathing, clear speech, and keeping your voice healthy.",
        items=[_breathing(m), _clear_speech(m, call_name, call_bytes), _care()],
    )
    day2 = Module(
        id="vso-m2",
        title="Day 2: Voice work online",
        description="A phone studio at home, then audiobook, customer-service and live-stream voice work.",
        items=[_studio(m, clip_name, clip_bytes), _audiobook(m), _service(m), _live(), _final_quiz(), _questionnaire()],
    )
    c.modules = [day1, day2]


def _breathing(m: Media):
    return lesson(
        "vso-l1",
        "Breathing for speaking",
        minutes=30,
        objectives=[
            "Breathe low, with the belly moving and the shoulders still",
            "Use the 4-4-6 count to control a long, even out-breath",
        ],
        notes="""
            Start with everyone standing. Ask them to put one hand on the chest and one on the belly and
            breathe normally: which hand moves? Most people breathe high when nervous, which makes the voice
            thin and short of air. Practise 4-4-6 for five rounds, then read one long sentence on one breath.
            Anyone who feels dizzy sits down and breathes normally.
        """,
        blocks=[
            md("""
                ## Why breathing comes first

                Your voice is air made audible. Short, high breaths give a thin voice that runs out mid-sentence.
                Low breaths give a **steady, warm voice** that lasts a whole paragraph, and they calm nerves before a call or a live show.

                ## Find your low breath

                1. Stand or sit up straight, shoulders loose.
                2. One hand on your chest, one on your belly.
                3. Breathe in through the nose: the **belly hand** should move out, the chest hand hardly at all.
                4. Let the air out on a long *sss*: the belly moves slowly back in.

                ## The 4-4-6 count

                - **In** through the nose for 4
                - **Hold** for 4, shoulders still
                - **Out** on a long *sss* for 6

                Do five rounds before every recording or call shift. When 6 is easy, stretch the out-breath to 8, then 10.
            """),
            image(
                m.add("breathing.png", art.breathing()),
                alt="Two front-view figures. Breathing in: the lungs fill, the diaphragm moves down and the belly moves out. "
                "Speaking out: the belly moves in slowly and air flows out evenly. A panel shows the 4-4-6 practice: "
                "in through the nose for 4, hold for 4, out on a long sss for 6.",
                caption="Low breathing and the 4-4-6 count",
            ),
            exercise(
                "Check yourself",
                "Answer and read the feedback.",
                single(
                    "vso-l1-q1",
                    "You breathe in for speaking. Which hand should move most?",
                    [
                        ("The hand on my belly", True, "Yes: the diaphragm moves down and pushes the belly out."),
                        ("The hand on my chest", False, "Chest breathing is shallow and raises the shoulders."),
                        ("Neither: I should not move", False, "Something has to move to let the air in."),
                    ],
                ),
            ),
        ],
    )


def _clear_speech(m: Media, call_name: str, call_bytes: bytes):
    return lesson(
        "vso-l2",
        "Clear speech: pace, articulation and pauses",
        minutes=40,
        objectives=[
            "Speak at a pace that suits the work",
            "Say every consonant, especially at the ends of words",
            "Pause before and after important information",
        ],
        notes="""
            Play the sample call twice: first just listen, then listen for pauses. Trainees then record the
            same lines on their own phones and play them back: almost everyone is surprised at how fast they
            speak. Warm up with lip trills and a tongue twister ("red lorry, yellow lorry" or a local one).
        """,
        blocks=[
            md("""
                ## Pace

                Nervous speakers often rush to 180 words a minute or more. **Most voice work is calmer**: about
                140-160 for calls and audiobooks. Slow down most for **numbers, names and prices**.

                ## Articulation

                - Open your mouth more than feels natural; a tight jaw mumbles.
                - Finish your words: las**t**, ha**nd**, orde**r**.
                - Warm up: lip trills (*brrr*), then a tongue twister three times, slowly, then faster.

                ## Pauses

                A pause is not empty: it gives the listener time to catch up. Pause **before** something important
                and **after** a number. Say numbers in small groups: *four, seven / two, nine*.

                Listen to the sample call below and count the pauses.
            """),
            audio(
                m.add(call_name, call_bytes),
                "A clear customer-service greeting",
                SERVICE_CALL,
                caption="Synthetic voice, about 20 seconds. Listen for the pause after the order number.",
            ),
            image(
                m.add("pace-chart.png", art.pace_chart()),
                alt="A chart of speaking speed in words per minute: audiobook narration 145 to 160, customer-service calls "
                "140 to 160, live-stream selling 160 to 190. A note says nervous speakers often rush past 180.",
                caption="How fast to speak for each kind of work",
            ),
            exercise(
                "Check yourself",
                "Fill in the gaps from this lesson.",
                fill(
                    "vso-l2-q1",
                    "Pace and pauses",
                    "Slow down most for numbers, names and [[prices|price]]. Pause [[before|ahead of]] something important.",
                    hint="What does a buyer most need to hear correctly?",
                    feedback_correct="Right: those are the words people ask you to repeat.",
                ),
            ),
        ],
    )


def _care():
    return lesson(
        "vso-l3",
        "Looking after your voice",
        minutes=20,
        objectives=[
            "Keep the voice healthy through long working days",
            "Know the warning signs that mean rest or a doctor",
        ],
        notes="""
            Voice workers use their voice like farmers use their backs: it needs care to last for years.
            Ask who has lost their voice after a long day of selling at a market, and what helped.
        """,
        blocks=[
            md("""
                ## Every working day

                - **Drink water** through the day; a dry throat strains. Warm water is fine; very cold or very sweet drinks before recording are not.
                - **Warm up** for five minutes: humming, lip trills, 4-4-6 breathing.
                - **Rest the voice** for 10 minutes every hour of calls or recording.
                - **Don't shout** over noise: move closer or use a microphone.
                - **Don't whisper** to rest it: whispering strains the voice too.

                ## Warning signs

                Hoarseness that lasts **more than two weeks**, pain when speaking or a voice that keeps
                disappearing needs a doctor. The US National Institute on Deafness and Other Communication
                Disorders has a plain guide: [Taking care of your voice](https://www.nidcd.nih.gov/health/taking-care-your-voice).
            """),
            exercise(
                "True or false?",
                "Decide for each statement.",
                true_false(
                    "vso-l3-q1",
                    "Whispering is a good way to rest a tired voice.",
                    False,
                    feedback_correct="Right: whispering strains the voice. Rest in silence instead.",
                    feedback_incorrect="Whispering strains the voice too; silence rests it.",
                ),
                true_false(
                    "vso-l3-q2",
                    "Hoarseness lasting more than two weeks is a reason to see a doctor.",
                    True,
                    feedback_correct="Yes: don't wait longer.",
                ),
            ),
        ],
    )


def _studio(m: Media, clip_name: str, clip_bytes: bytes):
    return lesson(
        "vso-l4",
        "A phone studio at home",
        minutes=35,
        objectives=[
            "Set up a quiet, soft corner to record in",
            "Place the phone at the right distance and angle",
            "Check a test recording before the real one",
        ],
        notes="""
            Bring a blanket and a phone stand. Record the same sentence twice: once in the bare classroom
            corner, once with the blanket hung behind the phone; play both on the speaker. The difference
            convinces everyone. Give out the checklist and ask trainees to set up a corner at home tonight.
        """,
        blocks=[
            md("""
                ## The room matters more than the phone

                A modern phone records well. What ruins a recording is **echo** from bare walls and **noise**
                from fans, fridges, traffic and animals.

                1. Pick the **softest place** at home: a wardrobe full of clothes, a corner with a blanket hung up, a bed with cushions.
                2. Shut doors and windows; switch off the fan and, for the take, the fridge.
                3. Record at quiet times: early morning or late evening.

                ## Placing the phone

                - **One hand-span** (15-20 cm) from your mouth.
                - A little **to the side**, so *p* and *b* sounds don't pop.
                - On a stand, not in your hand: hands make rustles.
                - **Flight mode on.**

                Record 10 seconds, listen back with earphones, fix what you hear, then record for real.
            """),
            image(
                m.add("phone-studio.png", art.phone_studio()),
                alt="Side view: a person speaks towards a phone on a stand one hand-span (15 to 20 centimetres) away, "
                "slightly to the side of the mouth; behind the phone hang clothes that absorb sound. A list reads: "
                "flight mode on, record a 10-second test and listen with earphones, fridge and fan off, door shut.",
                caption="Soft things behind the phone, one hand-span away",
            ),
            video(
                m.add(clip_name, clip_bytes),
                "Why a soft corner sounds better",
                """
                An 8-second silent animation. First a bare room: sound waves leave the speaker, hit the far wall and
                bounce back as an echo. Then the same room with clothes hung in the corner: the waves stop in the
                soft clothes and nothing comes back.
                """,
                caption="Echo in a bare room, none in a soft corner",
            ),
            attachment(
                m.add("before-you-record-checklist.txt", art.CHECKLIST.encode("utf-8")),
                "Before you record: checklist",
                "A plain-text checklist for voice, room, phone and file naming. Opens on any phone; print it for your wall.",
            ),
            exercise(
                "Check yourself",
                "Choose every answer that applies.",
                multiple(
                    "vso-l4-q1",
                    "Which of these reduce echo?",
                    [
                        ("Recording in front of a wardrobe full of clothes", True),
                        ("Hanging a blanket behind the phone", True),
                        ("Recording in the bathroom", False, "Tiles reflect sound: bathrooms are the most echoey room."),
                        ("Turning up the phone's volume", False, "Volume changes loudness, not echo."),
                    ],
                ),
                numeric(
                    "vso-l4-q2",
                    "About how many centimetres from your mouth should the phone be?",
                    18,
                    tolerance=3,
                    unit="cm",
                    hint="One hand-span.",
                    feedback_correct="Yes, 15-20 cm.",
                    feedback_incorrect="About one hand-span: 15-20 cm.",
                ),
            ),
        ],
    )


def _audiobook(m: Media):
    return lesson(
        "vso-l5",
        "Audiobook narration",
        minutes=40,
        objectives=[
            "Mark a script for pauses and stress",
            "Keep the same voice, distance and pace across a long recording",
            "Deliver files that a publisher accepts",
        ],
        notes="""
            Hand out one paragraph of a local story. Trainees mark it with / and // and underline stressed words,
            then read it to a partner who listens for one thing only: did the meaning come through?
            Paid audiobook platforms usually ask for a test reading: keep it short and clean.
        """,
        blocks=[
            md("""
                ## Prepare the script

                Read the whole chapter once, **out loud**, before you record. Then mark it:

                - `/` a short pause, where you may take a breath
                - `//` a long pause, at a change of thought or scene
                - underline the **word that carries the meaning** in each sentence

                ## While you record

                - Same **distance**, same **energy**, same **pace** for the whole book; listeners notice changes.
                - Made a mistake? **Pause, clap once, read the sentence again.** The clap makes a spike that is easy to find when editing.
                - Record in sessions of about an hour; the voice changes when it is tired.

                ## What publishers usually ask for

                One file per chapter, a short silence at the start and end, no background noise, no music, and a
                clear file name like `farmtales_ch03.wav`.
            """),
            image(
                m.add("script-marks.png", art.script_marks()),
                alt="A narration line marked for reading: 'The rain came / just before dawn, // and by noon / the river had "
                "crossed the road.' The word 'had' is underlined for stress. A key explains / as a short pause, "
                "// as a long pause and underline as stress.",
                caption="A marked script line",
            ),
            exercise(
                "Check yourself",
                "Match each mark to its meaning.",
                matching(
                    "vso-l5-q1",
                    "Script marks",
                    [("/", "Short pause"), ("//", "Long pause"), ("Underline", "Stress this word"), ("A clap", "Marks a mistake for the editor")],
                    hint="One slash is short, two slashes are long.",
                    feedback_correct="Right. Mark the whole chapter before you press record.",
                    feedback_incorrect="Look at the key under the marked script line again.",
                ),
            ),
        ],
    )


def _service(m: Media):
    return lesson(
        "vso-l6",
        "Customer-service calls",
        minutes=35,
        objectives=[
            "Follow the five steps of a service call",
            "Stay calm and polite with an angry caller",
        ],
        notes="""
            Role-play in threes: caller, agent, observer. The observer ticks each of the five steps. Swap roles.
            Use real situations from the room: a parcel of fruit arrived bruised, a delivery is late, the wrong
            size was sent.
        """,
        blocks=[
            md("""
                ## Five steps

                1. **Greet**: your name, the company, *"How can I help?"*
                2. **Listen**: let the caller finish; write down names and numbers.
                3. **Confirm**: repeat the problem in your own words: *"So the box arrived on Tuesday and three apples were bruised?"*
                4. **Solve**: say what you will do and **by when**.
                5. **Close**: *"Is there anything else?"*, then thank them by name.

                ## With an angry caller

                - Don't interrupt and don't take it personally: they are angry at the problem.
                - Lower your pace and pitch a little; calm is catching.
                - Say sorry for the trouble, then move to what you **can** do.
                - Never promise what you can't deliver.

                **Smile while you speak**: it changes the shape of your mouth, and the caller hears it.
            """),
            image(
                m.add("call-flow.png", art.call_flow()),
                alt="Five boxes joined by arrows: 1 Greet (name, company, how can I help), 2 Listen (let them finish, note key facts), "
                "3 Confirm (repeat the problem in your words), 4 Solve (say what you will do and by when), "
                "5 Close (anything else, thank them by name).",
                caption="Five steps of a service call",
            ),
            exercise(
                "Check yourself",
                "Put the call in order.",
                ordering(
                    "vso-l6-q1",
                    "A service call",
                    ["Greet", "Listen", "Confirm", "Solve", "Close"],
                    hint="You can only solve a problem you have heard and checked.",
                    feedback_correct="Yes: greet, listen, confirm, solve, close.",
                ),
            ),
        ],
    )


def _live():
    return lesson(
        "vso-l7",
        "The live-stream voice",
        minutes=30,
        objectives=[
            "Keep energy up for an hour without shouting",
            "Say prices and ordering steps so no one mishears",
        ],
        notes="""
            A province ran more than 300 training sessions for live-stream hosts in part of one year; many hosts are
            farmers selling their own produce. Practise in pairs: a two-minute live pitch for a product from
            home, with the partner typing questions as "comments" to answer aloud.
        """,
        blocks=[
            md("""
                ## Energy without shouting

                A live show lasts an hour or more. Energy comes from **breath and a smile**, not volume. Stand if
                you can, breathe low, and vary your pitch: a flat voice loses viewers in seconds.

                ## Prices and steps, slowly

                - Say the price **twice**, slowly: *"Forty-nine yuan. Four-nine."*
                - Say how to order in the same words every time.
                - Read comments aloud with the viewer's name before you answer.

                ## Stay honest

                Only describe what you can show. Don't promise health effects. Your voice is your reputation.
            """),
            exercise(
                "Check yourself",
                "Answer in one word.",
                short(
                    "vso-l7-q1",
                    "How many times should you say a price on a live stream?",
                    ["twice", "two", "2", "two times"],
                    hint="Once is easy to miss.",
                    feedback_correct="Yes: twice, slowly.",
                ),
            ),
        ],
    )


def _final_quiz():
    return quiz(
        "vso-quiz",
        "Final quiz",
        "Eight questions from both days. 70% to pass, two attempts.",
        single(
            "vso-quiz-q1",
            "Where should the phone be when you record?",
            [
                ("One hand-span from the mouth, a little to the side", True),
                ("Right in front of the lips", False, "P and b sounds will pop."),
                ("On the table across the room", False, "You will record the room, not your voice."),
            ],
        ),
        true_false("vso-quiz-q2", "A bathroom is a good place to record because it is quiet.", False,
                   feedback_incorrect="Tiles make strong echo."),
        ordering("vso-quiz-q3", "Put the 4-4-6 breath in order.", ["Breathe in for 4", "Hold for 4", "Breathe out for 6"]),
        fill("vso-quiz-q4", "Complete the sentence.", "Say numbers in small [[groups|chunks]] and pause [[after|afterwards]] them."),
        matching(
            "vso-quiz-q5",
            "Match each kind of work with how it should sound.",
            [
                ("Live-stream selling", "Lively, every price said twice"),
                ("Audiobook narration", "Calm, the same pace for the whole book"),
                ("Customer-service call", "Clear, a pause after numbers and names"),
            ],
        ),
        multiple(
            "vso-quiz-q6",
            "Which help your voice through a long working day?",
            [("Water", True), ("A 10-minute rest every hour", True), ("Whispering between calls", False), ("Warming up", True)],
            points=2,
        ),
        numeric("vso-quiz-q7", "You rest 10 minutes in every hour. How many minutes of rest is that in a 6-hour shift?", 60,
                unit="minutes", hint="6 × 10"),
        short("vso-quiz-q8", "What is the third step of a service call, after greet and listen?", ["confirm", "confirming"]),
        pass_mark=70,
        attempts=2,
    )


def _questionnaire():
    return survey(
        "vso-survey",
        "Trainee questionnaire",
        "Anonymous. Tell us what worked so we can improve the course.",
        single("vso-s-age", "Your age", ["18-30", "31-40", "41-50", "51+"]),
        single("vso-s-work", "Your current work", ["Entrepreneur / own business", "Employee", "Farmer", "Unemployed", "Student", "Other"]),
        single(
            "vso-s-selling",
            "Have you started selling or working online?",
            ["Yes, before the course", "Yes, since the course", "Not yet, but I plan to", "No plans"],
        ),
        rating("vso-s-day1", "How useful was day 1 (your voice)?", "Not useful", "Very useful"),
        rating("vso-s-day2", "How useful was day 2 (voice work online)?", "Not useful", "Very useful"),
        open_text("vso-s-comment", "Which kind of voice work will you try first, and what would help you start?"),
    )
