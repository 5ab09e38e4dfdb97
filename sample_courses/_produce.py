"""The sample course 用短视频和小店卖农产品 · Selling local produce online (zh-Hans with English)."""

from __future__ import annotations

import _produce_art as art
from _kit import (
    Media, attachment, audio, exercise, fill, image, lesson, matching, md, multiple, numeric, open_text,
    ordering, quiz, rating, short, single, survey, true_false, video,
)
from coursebuilder.model import Module, Person

NAME = "selling-produce-online"

LIVE_OPENING = (
    "大家好，欢迎来到王姐的果园直播间。我在洛川种了十五年苹果。"
    "今天的苹果是早上六点刚摘的，五斤一箱，包邮四十九元。点左下角的小黄车下单。"
)


def build(bundle, rec) -> None:
    """Fill ``bundle`` with the course."""
    m = Media(bundle)
    c = bundle.course
    c.id = "course-selling-produce-online"
    c.title = "用短视频和小店卖农产品"
    c.subtitle = "Selling local produce through short video and a small online shop"
    c.language = "zh-Hans"
    c.authors = [Person(name="CourseBuilder 示例课程组 (sample team)", role="author")]
    c.licence = "CC-BY-4.0"
    c.version = "1.0"
    c.created = "2026-03-02T09:00:00+08:00"
    c.modified = "2026-03-16T18:30:00+08:00"
    c.description = (
        "两天的县城培训课：第一天学数字经营（短视频账号、拍日常、开小程序小店、直播带货），"
        "第二天学定价、包装发货和售后。\n"
        "A two-day county training: day one on running a shop online (short-video channel, filming "
        "daily life, a mini shop in a messaging app, live-stream selling); day two on pricing, "
        "packing, shipping and keeping customers."
    )
    c.cover = m.add("cover-produce.jpg", art.cover())

    audio_name, audio_bytes = rec.speech("live-opening-zh", LIVE_OPENING, voice="cmn", speed=260, gap=0)
    video_name, video_bytes = rec.video(
        "three-shots", lambda: art.three_shots_frames(fps=12), fps=12, recipe={"frames": "three-shots", "v": 1}
    )

    day1 = Module(
        id="spo-m1",
        title="第一天 数字经营 · Day 1: Running your shop online",
        description="短视频账号、拍日常、开小店、直播带货。\nChannel, filming, mini shop, live selling.",
        items=[
            _channel(m),
            _filming(m, video_name, video_bytes),
            _mini_shop(m),
            _live(m, audio_name, audio_bytes),
        ],
    )
    day2 = Module(
        id="spo-m2",
        title="第二天 定价、包装与发货 · Day 2: Pricing, packing and shipping",
        description="算清成本、包好发出、留住回头客。\nCosts, packing, shipping and repeat customers.",
        items=[_pricing(m), _packing(m), _after_sales(), _final_quiz(), _questionnaire()],
    )
    c.modules = [day1, day2]


def _channel(m: Media):
    return lesson(
        "spo-l1",
        "开一个短视频账号 · Setting up a short-video channel",
        minutes=25,
        objectives=[
            "写出一个让人记住的账号名字和简介 · Write a channel name and bio people remember",
            "说出三类可以轮流发的内容 · Name three kinds of post to rotate",
            "定一个自己做得到的更新节奏 · Set a posting rhythm you can keep",
        ],
        notes="""
            开场先问：谁已经有短视频账号？谁用它卖过东西？请一两位学员举起手机给大家看主页。
            重点不是粉丝多少，而是陌生人三秒内看懂"你是谁、卖什么、在哪里"。
            现场让每人在纸上写出名字和简介，同桌互相读，读不懂就改。
            Ask who already has a channel and who has sold through it. The point is not followers but
            whether a stranger understands in three seconds who you are, what you sell and where.
        """,
        blocks=[
            md("""
                ## 为什么要有自己的账号 · Why a channel of your own

                买家看不到你的地，也摸不到你的果子。短视频让他们**看见产地、看见人、看见过程**，信任就是这样来的。

                *Buyers cannot walk your fields or touch your fruit. Short videos let them see the place, the person and the work: that is how trust is built.*

                ## 主页四件事 · Four things on your profile

                1. **头像**：真人出镜最好，或者最好看的一张产品特写。
                   *Avatar: your own face is best, or your best product close-up.*
                2. **名字**：人名或地名 + 产品，例如「秦岭王姐·高山苹果」。不要用看不懂的英文或符号。
                   *Name: person or place + product. No cryptic letters or symbols.*
                3. **简介**：卖什么、在哪里、什么时候发货，一两行写完。
                   *Bio: what, where and when it ships, in one or two lines.*
                4. **小店入口**：开通小店后（第3课）把链接挂在主页上。
                   *Shop link: add it once your mini shop is open (lesson 3).*

                ## 发什么：三类内容轮流发 · What to post: rotate three kinds

                - **日常**：早上进果园、喂鸡、做饭，真实的生活最打动人。 *Daily life.*
                - **过程**：播种、施肥、采摘、晾晒、打包。 *The work behind the product.*
                - **产品**：切开看果肉、称重、装箱、顾客反馈。 *The product itself.*

                每周发 **3 次** 比一天发 10 条、然后停一个月更好。先定一个你农忙时也做得到的节奏。

                *Three posts a week beats ten in one day and then a month of silence. Pick a rhythm you can keep in the busy season too.*

                平台规则会变，开通前请读一读各平台的社区规范；商品宣传要遵守《广告法》，可在[国家市场监督管理总局网站](https://www.samr.gov.cn)查到。

                *Platform rules change: read each platform's community guidelines. Advertising law applies to product claims; see the [State Administration for Market Regulation](https://www.samr.gov.cn).*
            """),
            image(
                m.add("profile-card.png", art.profile_card()),
                alt="手机上的账号主页示意图：圆形头像写着王姐，名字「秦岭王姐·高山苹果」，简介写产地和发货时间，"
                "下面是绿色的进店按钮和六格作品。右侧箭头标出头像、名字、简介、小店入口、作品五个部分。"
                " A phone showing a channel profile with avatar, name, bio, shop button and a grid of posts, each part labelled.",
                caption="主页的五个部分 · The five parts of a profile",
            ),
            exercise(
                "练一练 · Practice",
                "选出你认为合适的答案，马上能看到反馈。 Choose your answers; feedback shows at once.",
                multiple(
                    "spo-l1-q1",
                    "哪些内容应该写进简介？ Which belong in the bio?",
                    [
                        ("产地 · Where you farm", True, "对，买家想知道东西从哪里来。 Buyers want to know where it comes from."),
                        ("卖什么 · What you sell", True),
                        ("发货时间 · When it ships", True, "对，尤其是季节性产品。 Especially for seasonal produce."),
                        ("你的身份证号 · Your ID number", False, "不要公开个人证件信息。 Never publish ID numbers."),
                        ("「全网最甜」 · \"The sweetest anywhere\"", False, "这是无法证明的夸大说法。 An unprovable claim."),
                    ],
                    hint="想想陌生人第一次看到你的主页时最想知道什么。 What does a stranger want to know first?",
                ),
                true_false(
                    "spo-l1-q2",
                    "刚开账号时，一天发十条比每周稳定发三条效果更好。 Ten posts on day one beat three steady posts a week.",
                    False,
                    feedback_correct="对。稳定的节奏让平台和观众都记住你。 Right: a steady rhythm is what people and platforms remember.",
                    feedback_incorrect="稳定比一时多更重要。 Steady beats a burst.",
                ),
            ),
        ],
    )


def _filming(m: Media, video_name: str, video_bytes: bytes):
    return lesson(
        "spo-l2",
        "拍摄日常生活 · Filming daily life",
        minutes=35,
        objectives=[
            "把手机固定在三脚架上，镜头与眼睛同高 · Fix the phone on a tripod at eye level",
            "用远景、中景、特写三个镜头讲一个小故事 · Tell a small story in a wide, a medium and a close-up shot",
            "在自然光下拍，收音清楚 · Film in daylight with clear sound",
        ],
        notes="""
            这一课请一位本地的乡村视频创作者来分享她怎么拍日常，效果最好。
            先放示范视频（3个镜头），然后分组到院子里，每组用一部手机按"远-中-特"拍15秒，回来投屏互评。
            提醒：不要拍路人和小孩的正脸，除非征得同意。
            Invite a local rural video maker to share how she films. Play the three-shot clip, then send groups
            outside to film 15 seconds each (wide, medium, close-up) and review them on the projector.
        """,
        blocks=[
            md("""
                ## 器材：一部手机就够 · Kit: one phone is enough

                - **三脚架或手机支架**（二三十元）：画面不抖，观众才看得下去。 *A tripod or clamp: steady shots keep viewers watching.*
                - **擦镜头**：用干净的软布，农活后镜头上常有指纹和灰。 *Wipe the lens; field work leaves dust and fingerprints.*
                - **领夹麦克风**（可选）：风大的地里特别有用。 *A clip-on microphone helps in wind.*

                ## 拍法 · How to film

                1. **竖屏拍**，短视频平台大多是 9:16 竖屏。 *Film vertically (9:16).*
                2. **镜头与眼睛同高**，离人 1–1.5 米，眼睛放在画面上三分线。 *Lens at eye level, 1–1.5 m away, eyes on the upper third line.*
                3. **光从前面来**：人对着窗户或太阳，不要背光。中午的顶光太硬，早上和傍晚最好看。 *Face the light; avoid backlight. Morning and evening light is kindest.*
                4. **一个镜头 3–5 秒**，先远景交代在哪，再中景拍在做什么，最后特写拍产品细节。 *3–5 s per shot: wide, then medium, then close-up.*
                5. **收音**：靠近说话，背对风；剪辑时可以配字幕，很多人静音刷视频。 *Speak close, back to the wind; add subtitles, many people watch muted.*

                > 「直播好像成了我们的新农活，数据成了新的农资。」——农村直播培训中常听到的一句话
                >
                > *"The live broadcast is our new farm work, and data is the new farm input." — heard at rural live-streaming trainings*

                ## 尊重和安全 · Respect and safety

                拍别人之前先问一声；不拍孩子的正脸；不要在开车或爬树时拍摄。

                *Ask before you film other people; do not show children's faces; never film while driving or climbing.*
            """),
            image(
                m.add("tripod-framing.png", art.tripod_framing()),
                alt="侧面图：手机装在三脚架上，镜头和人的眼睛同高，相距1到1.5米，光源在手机这一侧照向人。"
                "右边是手机屏幕的正面，画着九宫格线，人的眼睛在上面那条三分线上。"
                " Side view of a phone on a tripod at eye level, 1 to 1.5 metres from the person, with light coming from behind the phone;"
                " on the right the phone screen with a rule-of-thirds grid and the eyes on the upper line.",
                caption="机位与构图 · Camera position and framing",
            ),
            video(
                m.add(video_name, video_bytes),
                "三个镜头讲一个故事 · Three shots tell a story",
                """
                画面1（远景）：果园全景，交代在哪里。
                画面2（中景）：一只手伸向树上的苹果，交代在做什么。
                画面3（特写）：一个红苹果慢慢放大，看清果皮细节。
                Shot 1 (wide): the orchard, where we are. Shot 2 (medium): a hand reaching for an apple, what you do.
                Shot 3 (close-up): one red apple filling the frame, the detail.
                """,
                caption="9秒示范动画，无声 · A 9-second silent demonstration",
            ),
            exercise(
                "练一练 · Practice",
                "把每种镜头和它的作用连起来。 Match each shot to its job.",
                matching(
                    "spo-l2-q1",
                    "镜头和作用 · Shots and what they do",
                    [
                        ("远景 · Wide shot", "交代在哪里 · Shows where"),
                        ("中景 · Medium shot", "交代在做什么 · Shows what you do"),
                        ("特写 · Close-up", "展示产品细节 · Shows the detail"),
                    ],
                    feedback_correct="很好！按远-中-特的顺序拍，观众不会迷路。 Wide, medium, close-up keeps viewers oriented.",
                ),
                single(
                    "spo-l2-q2",
                    "下午在地里拍，太阳在你身后、照着镜头。怎么办？ Filming with the sun behind you, shining into the lens. What do you do?",
                    [
                        ("转过身，让脸对着太阳方向 · Turn so your face is towards the light", True, "对，顺光拍脸才清楚。 Right: face the light."),
                        ("把手机亮度调到最高 · Turn phone brightness up", False, "屏幕亮度不改变拍到的画面。 Screen brightness does not change the recording."),
                        ("照样拍，后期再调 · Film anyway and fix it later", False, "背光的脸后期很难救回来。 A backlit face is hard to rescue."),
                    ],
                    hint="想想示意图里光从哪里来。 Where does the light come from in the diagram?",
                ),
            ),
        ],
    )


def _mini_shop(m: Media):
    return lesson(
        "spo-l3",
        "开通小程序小店 · Opening a mini shop in a messaging app",
        minutes=30,
        objectives=[
            "说出开店需要准备的资料 · List what you need to open a shop",
            "按清单上架第一个商品 · List a first product using the checklist",
            "写出包含产地、品种、规格的标题 · Write a title with origin, variety and size",
        ],
        notes="""
            各平台开店流程常变，课前用自己的手机走一遍最新流程并截图。
            现场让学员打开手机，按清单上架一个"草稿"商品，不必真正发布。
            对没有营业执照的学员说明：个人也可以先开，长期经营建议办个体工商户执照。
            Walk through the current sign-up flow on your own phone before class; steps change often.
            Trainees create a draft listing on their phones with the checklist; no need to publish.
        """,
        blocks=[
            md("""
                ## 开店前准备 · Before you open

                - 实名认证的手机号和身份证 *A verified phone number and ID*
                - 收款用的银行卡 *A bank card to receive payments*
                - 长期经营建议办**个体工商户营业执照**，很多平台对食品类目有要求 *A sole-trader business licence, often required for food*
                - 5 张以上清楚的产品照片 *Five or more clear product photos*

                ## 第一个商品怎么上架 · Listing your first product

                **标题** = 产地 + 品种 + 规格 + 卖点，例如：`洛川高山红富士 5斤装 果径80mm+`

                *Title = origin + variety + size + selling point.*

                **照片**：整箱 → 切开 → 果园 → 采摘 → 打包 → 你本人。第一张决定别人点不点进来。

                *Photos: whole pack, cut open, the field, picking, packing, you. The first photo decides whether people tap.*

                **详情**：净重还是毛重、大小、几天内发货、哪些地区不发、坏果怎么赔。

                *Details: net or gross weight, size, dispatch time, areas not served, what happens to bruised fruit.*

                下载下面的**上架检查清单**，每次上新都对一遍。

                *Download the listing checklist below and run through it for every new product.*
            """),
            attachment(
                m.add("listing-checklist.txt", art.listing_checklist()),
                "商品上架检查清单 · Product listing checklist",
                "纯文本，可以在任何手机上打开或打印。十项检查，中英对照。 Plain text, opens on any phone; ten checks in Chinese and English.",
            ),
            exercise(
                "练一练 · Practice",
                "补全商品标题。 Complete the listing title.",
                fill(
                    "spo-l3-q1",
                    "标题公式 · The title formula",
                    "标题 = [[产地|地名]] + 品种 + [[规格|重量|大小]] + 卖点。在「洛川高山红富士 5斤装」里，「红富士」是[[品种]]。",
                    hint="「洛川」是一个地方，「5斤装」说的是多重。 Luochuan is a place; \"5 jin\" is the size.",
                    feedback_correct="对！ Right!",
                    feedback_incorrect="再看看上面的标题公式。 Look at the title formula above.",
                ),
            ),
        ],
    )


def _live(m: Media, audio_name: str, audio_bytes: bytes):
    return lesson(
        "spo-l4",
        "直播带货入门 · Live-stream selling basics",
        minutes=40,
        objectives=[
            "按流程准备一场60分钟的直播 · Plan a 60-minute live show",
            "用三句话开场：我是谁、卖什么、怎么买 · Open with who you are, what you sell, how to buy",
            "知道直播中不能说的话 · Know what you must not claim on air",
        ],
        notes="""
            放开场白录音，问学员：这三句话里分别说了什么？
            然后两人一组模拟直播：一人当主播，一人在评论区提问（"多少钱""甜不甜""什么时候发货"）。
            提醒：直播前检查网络，最好有人帮忙回评论和改价。省里培训了两万多名直播带货主播，很多是从一部手机开始的。
            Play the opening clip and ask what each sentence does. Then role-play in pairs: one hosts,
            one asks typical questions in the comments.
        """,
        blocks=[
            md("""
                ## 开播前检查 · Before you go live

                - [ ] 网络：用测速软件，上传速度最好在 **5 Mbps** 以上 *Upload speed 5 Mbps or better*
                - [ ] 手机充满电，接上充电宝 *Phone charged and on a power bank*
                - [ ] 产品、刀、秤、案板、纸巾摆好 *Products, knife, scales, board, tissues ready*
                - [ ] 小店里的商品已上架、库存正确 *Products listed with real stock*
                - [ ] 有一个帮手回评论 *A helper to answer comments*

                ## 开场三句话 · Three opening sentences

                1. **我是谁**：名字、在哪里、种了多少年。 *Who you are.*
                2. **卖什么**：今天的产品、规格、价格。 *What you sell today.*
                3. **怎么买**：点哪里下单、什么时候发货。 *How to order and when it ships.*

                直播间的人随时进出，所以**每 10–15 分钟重复一次**这三句话。

                *People come and go, so repeat these three sentences every 10–15 minutes.*

                ## 不能说的话 · What not to say

                不说「治病」「降血糖」这类功效；不说「全网最低价」；不拿别人的产品冒充自己的。真实是回头客的基础。

                *No health claims, no "lowest price anywhere", never pass off others' produce as yours. Honesty brings customers back.*
            """),
            image(
                m.add("live-rundown.png", art.live_rundown()),
                alt="一场60分钟直播的时间条：开场问候5分钟，带看果园10分钟，产品讲解15分钟，限时优惠10分钟，答疑互动15分钟，预告下场5分钟。"
                " A timeline of a 60-minute live show: greeting 5, farm tour 10, product 15, offer 10, questions 15, next show 5 minutes.",
                caption="直播流程 · Run of show",
            ),
            audio(
                m.add(audio_name, audio_bytes),
                "开场白示范 · A sample opening",
                LIVE_OPENING + "\n\nHello everyone, welcome to Sister Wang's orchard live room. I have grown apples in Luochuan "
                "for fifteen years. Today's apples were picked at six this morning: a 5-jin box, 49 yuan with "
                "free shipping. Tap the little yellow cart at the bottom left to order.",
                caption="合成语音，约17秒 · Synthetic voice, about 17 seconds",
            ),
            exercise(
                "练一练 · Practice",
                "把直播的环节排成正确的顺序。 Put the parts of the show in order.",
                ordering(
                    "spo-l4-q1",
                    "直播流程 · Run of show",
                    [
                        "开场问候 · Greet",
                        "带看果园 · Show the farm",
                        "产品讲解 · Show the product",
                        "限时优惠 · Offer and how to buy",
                        "答疑互动 · Answer questions",
                        "预告下场 · Announce the next show",
                    ],
                    hint="先让人知道你是谁，再讲产品，最后预告。 Who you are first, the next show last.",
                ),
            ),
        ],
    )


def _pricing(m: Media):
    return lesson(
        "spo-l5",
        "算清成本再定价 · Costing and pricing",
        minutes=35,
        objectives=[
            "列出一件商品的全部成本 · List every cost of one pack",
            "用公式算出售价 · Work out a price with the formula",
            "和同类产品比较后再定价 · Compare with similar products before you decide",
        ],
        notes="""
            很多学员只算了果子的钱，忘了损耗、包装、快递和自己的工。
            用价格卡的例子在黑板上一步步算，然后发定价工作表，每人算自己的一个产品。
            快递价格各地差别大，请学员课前问好本地快递点的报价。
            Many forget spoilage, packaging, courier and their own time. Work through the price-card
            example on the board, then hand out the worksheet for each trainee's own product.
        """,
        blocks=[
            md("""
                ## 成本有哪几项 · What goes into the cost

                | 成本项 Cost | 例子：5斤苹果 Example: 2.5 kg apples |
                |---|---|
                | 产品 Produce | 3元/斤 × 5斤 = **15元** |
                | 损耗 Spoilage (10%) | **1.5元** |
                | 包装 Box + nets | **4.5元** |
                | 快递 Courier | **10元** |
                | 平台费 Fee (5%) | 售价的5% |

                ## 定价公式 · The pricing formula

                **售价 = (成本合计 + 想赚的钱) ÷ (1 − 平台费率)**

                *Price = (total cost + profit wanted) ÷ (1 − fee rate)*

                例：成本 31 元，想每箱赚 15.5 元，平台费 5%：(31 + 15.5) ÷ 0.95 ≈ **49 元**。

                *Example: cost 31, profit 15.5, fee 5%: (31 + 15.5) ÷ 0.95 ≈ 49 yuan.*

                ## 定价前再看三件事 · Three checks before you settle

                1. 同类产品在卖多少钱？比别人贵，要说清楚**贵在哪里**（更大、现摘、有机认证）。 *What do others charge, and why is yours worth more?*
                2. 价格尾数：49 比 50 看起来便宜，但不要为此亏本。 *49 looks cheaper than 50, but never sell at a loss.*
                3. 包邮还是不包邮？包邮好卖，但偏远地区运费高，要写明不发或加价。 *Free shipping sells, but state surcharges for remote areas.*
            """),
            image(
                m.add("price-card.png", art.price_card()),
                alt="左边是一张价格卡：洛川高山苹果，5斤装，49元包邮，坏果包赔。右边是一根柱子，把49元分成苹果15元、损耗1.5元、"
                "箱子和网套4.5元、快递10元、平台费2.5元、利润15.5元。"
                " A price card for mountain apples at 49 yuan with free shipping, and a bar splitting the price into apples 15,"
                " spoilage 1.5, box 4.5, courier 10, platform fee 2.5 and profit 15.5 yuan.",
                caption="49元是怎么来的 · Where the 49 yuan goes",
            ),
            attachment(
                m.add("pricing-worksheet.pdf", art.pricing_worksheet()),
                "定价工作表 · Pricing worksheet",
                "A4 一页，可打印，按步骤填写成本、比价和最终价格。 One printable A4 page: costs, comparison and your price.",
            ),
            exercise(
                "算一算 · Work it out",
                "用公式算，答案允许有一点误差。 Use the formula; small rounding is fine.",
                numeric(
                    "spo-l5-q1",
                    "一箱鸡蛋（30枚）成本合计 42 元，想每箱赚 12 元，平台费率 10%。售价应是多少元？"
                    " A tray of 30 eggs costs 42 yuan in total; you want 12 yuan profit; the fee is 10%. What price?",
                    60,
                    tolerance=0.5,
                    unit="元 (yuan)",
                    hint="(42 + 12) ÷ (1 − 0.10)",
                    feedback_correct="对，54 ÷ 0.9 = 60 元。 Right: 54 ÷ 0.9 = 60.",
                    feedback_incorrect="先把成本和利润相加，再除以 0.9。 Add cost and profit, then divide by 0.9.",
                ),
            ),
        ],
    )


def _packing(m: Media):
    return lesson(
        "spo-l6",
        "包装与发货 · Packing and shipping",
        minutes=30,
        objectives=[
            "按四个步骤包装易碎的农产品 · Pack fragile produce in four steps",
            "选择合适的快递并按时发货 · Choose a courier and ship on time",
            "发货前拍照留证 · Photograph each parcel before sealing",
        ],
        notes="""
            带一箱没包好的水果和一箱包好的，现场从一米高处轻轻放下，打开比较。
            和本地快递点谈协议价：量大了价格能降不少。
            Bring one badly and one well packed box; drop both gently from a metre and open them together.
        """,
        blocks=[
            md("""
                ## 四步装箱 · Four packing steps

                1. **挑选**：有伤、有疤的挑出来自己吃或做果干；大小分级。 *Sort: keep bruised fruit back; grade by size.*
                2. **套网套**：每个果子一个泡沫网套。 *A foam net on each fruit.*
                3. **装箱加填充**：用隔板或纸团填满空隙，摇一摇不响才行。 *Fill gaps until nothing rattles when you shake it.*
                4. **封箱贴单**：封箱前**拍一张照片**，有纠纷时是证据。 *Photograph before sealing: your proof in a dispute.*

                ## 发货 · Shipping

                - 写清楚 **48 小时内发货**，就要做到。 *If you promise dispatch within 48 hours, keep it.*
                - 生鲜选时效快的快递，夏天避开周五发货，免得周末在仓库里闷坏。 *Fresh produce goes by fast courier; in summer avoid Friday dispatch.*
                - 发货后把单号发给买家。 *Send the tracking number to the buyer.*
            """),
            image(
                m.add("packing-steps.png", art.packing_steps()),
                alt="四格步骤图：1 挑选，把有伤的苹果挑出来；2 给苹果套泡沫网套；3 装进纸箱并填满空隙；4 封箱贴上快递单。"
                " Four panels: sort out bruised apples, put a foam net on each, box them with padding, seal and label the box.",
                caption="四步装箱 · Four steps to pack fruit",
            ),
            exercise(
                "练一练 · Practice",
                "判断对错。 True or false?",
                true_false(
                    "spo-l6-q1",
                    "封箱前给包裹拍照，是为了买家说坏果时有证据。 Photographing the parcel before sealing gives you proof if a buyer reports damage.",
                    True,
                    feedback_correct="对，照片上能看到装箱时果子是好的。 Right.",
                ),
                true_false(
                    "spo-l6-q2",
                    "夏天发生鲜水果，周五下午发货最好。 In summer, Friday afternoon is the best time to ship fresh fruit.",
                    False,
                    feedback_correct="对，周末在仓库里容易闷坏。 Right: it may sit in a hot depot all weekend.",
                    feedback_incorrect="周末快递可能积压，水果容易坏。 Parcels may sit over the weekend.",
                ),
            ),
        ],
    )


def _after_sales():
    return lesson(
        "spo-l7",
        "售后与回头客 · After-sales and repeat customers",
        minutes=20,
        objectives=[
            "用固定的三步处理坏果投诉 · Handle a damage complaint in three steps",
            "建立老客户群，季节到了提醒他们 · Keep a customer group and remind them each season",
        ],
        notes="""
            培训调查里，一半以上的学员课后开了小店或账号；真正赚钱的是那些有回头客的人。
            请学员分享一次被差评的经历，大家一起写回复。
            More than half of trainees open a shop or channel after the course; those who earn are the ones with repeat customers.
        """,
        blocks=[
            md("""
                ## 坏果投诉三步 · Three steps for a damage complaint

                1. **先道歉，请买家拍照**：「不好意思让您收到坏果，麻烦拍一张照片给我。」 *Apologise and ask for a photo.*
                2. **按个数赔**：坏几个赔几个的钱，或下次补发。 *Refund or replace per damaged fruit.*
                3. **查原因**：是包装、快递还是挑选的问题？下次改。 *Find the cause and fix it.*

                回复要在 **24 小时内**。一个处理得好的差评，常常换来一个老客户。

                *Reply within 24 hours. A complaint handled well often wins a regular customer.*

                ## 留住回头客 · Keep customers coming back

                - 包裹里放一张小卡片：感谢的话 + 你的账号。 *A thank-you card with your channel name in every box.*
                - 建一个老客户群，只发有用的：上新、采摘日期、优惠。不要刷屏。 *A customer group for new harvests and offers only; no spam.*
                - 记下谁买过什么，下一季提前告诉他们。 *Note who bought what and tell them when the next season starts.*
            """),
            exercise(
                "练一练 · Practice",
                "用一个词回答。 Answer in a word.",
                short(
                    "spo-l7-q1",
                    "买家说收到的苹果有三个坏了。你回复道歉后，第一件事是请买家做什么？ "
                    "A buyer says three apples arrived bruised. After apologising, what do you first ask them to do?",
                    ["拍照", "拍照片", "发照片", "拍张照片", "photo", "take a photo", "send a photo"],
                    hint="你需要看到坏果。 You need to see the damage.",
                    feedback_correct="对，照片让你知道赔多少，也能找出原因。 Right: the photo shows how much to refund and why it happened.",
                ),
            ),
        ],
    )


def _final_quiz():
    return quiz(
        "spo-quiz",
        "结业测验 · Final quiz",
        "8道题，答对70%通过，可以做两次。 Eight questions; 70% to pass; two attempts.",
        single(
            "spo-quiz-q1",
            "哪一个账号名字最好？ Which channel name is best?",
            [
                ("秦岭王姐·高山苹果", True, "人名 + 产品，一看就懂。 Person + product, clear at a glance."),
                ("xx_888_apple", False, "看不懂、记不住。 Hard to read or remember."),
                ("最好吃的水果", False, "夸大，也看不出你是谁。 Boastful and says nothing about you."),
            ],
        ),
        multiple(
            "spo-quiz-q2",
            "开播前要检查哪些？ What do you check before going live?",
            [
                ("网络上传速度 · Upload speed", True),
                ("手机电量 · Battery", True),
                ("小店库存 · Shop stock", True),
                ("粉丝数量 · Follower count", False, "粉丝多少不影响能不能开播。 Followers do not decide whether you can go live."),
            ],
            points=2,
        ),
        true_false(
            "spo-quiz-q3",
            "拍视频时，人应该背对窗户。 When filming, you should stand with your back to the window.",
            False,
            feedback_incorrect="背光会让脸变黑，应该面对光。 Backlight darkens the face; face the light.",
        ),
        fill(
            "spo-quiz-q4",
            "补全公式。 Complete the formula.",
            "售价 = (成本合计 + 想赚的钱) ÷ (1 − [[平台费率|费率|平台费]])",
        ),
        matching(
            "spo-quiz-q5",
            "把内容和类别连起来。 Match each post to its kind.",
            [
                ("早上喂鸡 · Feeding the hens at dawn", "日常 · Daily life"),
                ("采摘和打包 · Picking and packing", "过程 · Process"),
                ("切开看果肉 · Cutting fruit open", "产品 · Product"),
            ],
        ),
        numeric(
            "spo-quiz-q6",
            "成本 30 元，想赚 15 元，平台费率 10%，售价多少元？ Cost 30, profit 15, fee 10%: what price?",
            50,
            tolerance=0.5,
            unit="元 (yuan)",
            hint="(30 + 15) ÷ 0.9",
            points=2,
        ),
        ordering(
            "spo-quiz-q7",
            "装箱顺序 · Packing order",
            ["挑选 · Sort", "套网套 · Net", "装箱加填充 · Box and pad", "拍照封箱 · Photo and seal"],
        ),
        short(
            "spo-quiz-q8",
            "直播开场三句话的第一句说什么？ What does the first of the three opening sentences say?",
            ["我是谁", "自我介绍", "介绍自己", "who you are", "who I am"],
            hint="我是____ · I am ____",
        ),
        pass_mark=70,
        attempts=2,
    )


def _questionnaire():
    return survey(
        "spo-survey",
        "学员问卷 · Trainee questionnaire",
        "匿名填写，帮助我们改进培训。 Anonymous; it helps us improve the training.",
        single("spo-s-age", "您的年龄 · Your age", ["18-30 岁", "31-40 岁", "41-50 岁", "51+ 岁"]),
        single(
            "spo-s-work",
            "您现在的工作 · Your current work",
            [
                "创业者/个体户 · Entrepreneur",
                "受雇员工 · Employee",
                "农民 · Farmer",
                "待业 · Unemployed",
                "学生 · Student",
                "其他 · Other",
            ],
        ),
        single(
            "spo-s-selling",
            "您开始在网上卖东西了吗？ Have you started selling online?",
            [
                "培训前就在卖 · Yes, before the course",
                "培训后开始了 · Yes, since the course",
                "还没有，打算开始 · Not yet, but I plan to",
                "没有这个打算 · No plans",
            ],
        ),
        rating("spo-s-day1", "第一天（数字经营）对您有多大用处？ How useful was day 1 (running your shop online)?", "没用 · Not useful", "非常有用 · Very useful"),
        rating("spo-s-day2", "第二天（定价、包装与发货）对您有多大用处？ How useful was day 2 (pricing, packing, shipping)?", "没用 · Not useful", "非常有用 · Very useful"),
        open_text("spo-s-comment", "培训后您第一件要做的事是什么？还有什么建议？ What will you do first after the course? Any suggestions?"),
    )
