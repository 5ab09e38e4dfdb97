"""Pictures, worksheet and video frames for the selling-produce-online sample."""

from __future__ import annotations

from _art import (
    BLUE, BROWN, GREEN, GREY, INK, LEAF, LIGHT, ORANGE, PEACH, RED, SAND, SKY, WHITE, YELLOW,
    Canvas, a4_page, ruled_lines, table, worksheet_pdf,
)


def _apple(c: Canvas, x: int, y: int, r: int, colour=RED):
    c.d.ellipse([x - r, y - r, x + r, y + r], fill=colour)
    c.d.ellipse([x - r // 2, y - r // 2, x - r // 5, y - r // 5], fill=(240, 120, 110))
    c.d.line([(x, y - r), (x + r // 5, y - r - r // 2)], fill=BROWN, width=max(2, r // 6))
    c.d.ellipse([x + r // 5, y - r - r // 2, x + r, y - r - r // 6], fill=GREEN)


def _tree(c: Canvas, x: int, ground: int, h: int):
    c.d.rectangle([x - h // 14, ground - h // 2, x + h // 14, ground], fill=BROWN)
    c.d.ellipse([x - h // 2, ground - h, x + h // 2, ground - h // 3], fill=GREEN)
    for dx, dy in ((-h // 5, -h * 3 // 4), (h // 6, -h * 2 // 3), (0, -h // 2), (-h // 4, -h // 2)):
        _apple(c, x + dx, ground + dy, max(4, h // 18))


def cover() -> bytes:
    """Return the course cover: an orchard, a phone shop and the title."""
    c = Canvas(1280, 720, background=SKY)
    c.d.rectangle([0, 430, 1280, 720], fill=(139, 195, 74))
    c.d.polygon([(0, 430), (300, 300), (620, 430)], fill=(104, 159, 56))
    c.d.polygon([(420, 430), (820, 270), (1280, 430)], fill=(85, 139, 47))
    for x, h in ((110, 220), (300, 260), (520, 200)):
        _tree(c, x, 560, h)
    screen = c.phone((860, 140, 1140, 660))
    sx0, sy0, sx1, sy1 = screen
    c.d.rectangle([sx0, sy0, sx1, sy0 + 60], fill=GREEN)
    c.text(((sx0 + sx1) // 2, sy0 + 30), "山里果园小店", 24, WHITE, True, "mm")
    for i in range(3):
        y = sy0 + 80 + i * 120
        c.box([sx0 + 12, y, sx1 - 12, y + 105], fill=WHITE, outline=LIGHT, width=2, radius=10)
        _apple(c, sx0 + 60, y + 56, 26, (RED, ORANGE, (180, 30, 40))[i])
        c.text((sx0 + 105, y + 20), ("高山苹果", "黄金梨", "苹果干")[i], 22, INK, True)
        c.text((sx0 + 105, y + 58), ("¥49 · 5斤", "¥39 · 4斤", "¥25 · 500g")[i], 22, RED, True)
    c.box([40, 40, 800, 250], fill=(255, 255, 255), outline=GREEN, width=4, radius=24)
    c.text((70, 70), "用短视频和小店卖农产品", 52, GREEN, True)
    c.text((72, 150), "Selling local produce online", 38, INK, True)
    c.text((72, 205), "短视频 · 小程序小店 · 直播 · 定价 · 发货", 24, GREY)
    c.footer()
    return c.jpeg(80)


def profile_card() -> bytes:
    """Return a phone showing a channel profile, each part labelled."""
    c = Canvas(1100, 760)
    c.title_bar("一个让人记住的账号主页", "A profile people remember")
    screen = c.phone((60, 130, 400, 740), screen=WHITE)
    sx0, sy0, sx1, _ = screen
    cx = (sx0 + sx1) // 2
    c.d.ellipse([cx - 55, sy0 + 30, cx + 55, sy0 + 140], fill=PEACH, outline=ORANGE, width=4)
    c.text((cx, sy0 + 85), "王姐", 30, BROWN, True, "mm")
    c.text((cx, sy0 + 170), "秦岭王姐·高山苹果", 24, INK, True, "mm")
    c.wrapped((sx0 + 18, sy0 + 205), "陕西洛川果农｜每天更新果园日常｜9-10月现摘现发", sx1 - sx0 - 36, 20, GREY)
    c.box([sx0 + 30, sy0 + 300, sx1 - 30, sy0 + 345], fill=GREEN, outline=GREEN, radius=22)
    c.text((cx, sy0 + 322), "进店看看 Shop", 20, WHITE, True, "mm")
    for i in range(6):
        x = sx0 + 14 + (i % 3) * ((sx1 - sx0 - 28) // 3)
        y = sy0 + 365 + (i // 3) * 95
        c.d.rectangle([x + 3, y, x + (sx1 - sx0 - 28) // 3 - 3, y + 88], fill=(200, 230, 201) if i % 2 else (255, 224, 178))
    labels = [
        (sy0 + 85, "头像：真人出镜或产品特写", "Avatar: your face or your product"),
        (sy0 + 160, "名字：地名/人名 + 产品", "Name: place or person + product"),
        (sy0 + 240, "简介：卖什么、在哪里、何时发货", "Bio: what, where, when it ships"),
        (sy0 + 322, "小店入口：一键进店", "Shop link: one tap to buy"),
        (sy0 + 450, "作品：日常、过程、产品轮流发", "Posts: daily life, process, product"),
    ]
    for y, zh, en in labels:
        c.arrow((560, y), (sx1 + 12, y), fill=ORANGE, width=4)
        c.text((580, y - 22), zh, 26, INK, True)
        c.text((580, y + 14), en, 20, GREY)
    c.footer()
    return c.png(64)


def tripod_framing() -> bytes:
    """Return a side view of a phone on a tripod and the framing grid on its screen."""
    c = Canvas(1200, 760)
    c.title_bar("手机上三脚架：机位与构图", "Phone on a tripod: position and framing", fill=BLUE)
    # Side view: tripod, phone, person, window light.
    ground = 640
    c.d.line([(60, ground), (640, ground)], fill=GREY, width=3)
    c.d.line([(170, 330), (110, ground)], fill=INK, width=6)
    c.d.line([(170, 330), (230, ground)], fill=INK, width=6)
    c.d.line([(170, 330), (170, ground)], fill=INK, width=6)
    c.d.rounded_rectangle([155, 250, 185, 330], radius=6, fill=INK)
    c.d.ellipse([470, 210, 540, 280], fill=PEACH)
    c.d.rounded_rectangle([455, 285, 555, 480], radius=30, fill=GREEN)
    c.d.rectangle([470, 480, 540, ground], fill=BLUE)
    c.d.line([(185, 262), (470, 245)], fill=ORANGE, width=3)
    c.text((230, 178), "镜头与眼睛同高", 24, INK, True)
    c.text((230, 208), "lens at eye level", 18, GREY)
    c.arrow((185, 600), (455, 600), fill=INK, width=3)
    c.arrow((455, 600), (185, 600), fill=INK, width=3)
    c.text((320, 570), "1–1.5 米 (m)", 22, INK, True, "mm")
    c.d.rectangle([30, 170, 60, 420], fill=YELLOW)
    c.text((30, 112), "窗光/补光灯在镜头这一侧", 20, INK, True, "la")
    c.text((30, 140), "light faces you, from behind the phone", 16, GREY, anchor="la")
    for i in range(4):
        c.arrow((66, 190 + i * 60), (110, 205 + i * 60), fill=YELLOW, width=3, head=10)
    # Front view of the screen with a rule-of-thirds grid.
    screen = c.phone((760, 130, 1100, 712), screen=(232, 245, 233))
    sx0, sy0, sx1, sy1 = screen
    w, h = sx1 - sx0, sy1 - sy0
    c.d.rectangle([sx0, sy0 + h * 2 // 3, sx1, sy1], fill=(139, 195, 74))
    px = sx0 + w * 2 // 3
    c.d.ellipse([px - 38, sy0 + h // 3 - 45, px + 38, sy0 + h // 3 + 35], fill=PEACH)
    c.d.rounded_rectangle([px - 60, sy0 + h // 3 + 40, px + 60, sy1 - 40], radius=30, fill=GREEN)
    _apple(c, px - 70, sy0 + h * 2 // 3 - 10, 22)
    for k in (1, 2):
        c.d.line([(sx0 + w * k // 3, sy0), (sx0 + w * k // 3, sy1)], fill=WHITE, width=2)
        c.d.line([(sx0, sy0 + h * k // 3), (sx1, sy0 + h * k // 3)], fill=WHITE, width=2)
    c.d.ellipse([px - 9, sy0 + h // 3 - 9, px + 9, sy0 + h // 3 + 9], outline=RED, width=4)
    c.text((930, 110), "竖屏 9:16，眼睛放在上三分线上", 22, INK, True, "mm")
    c.text((930, 745), "vertical 9:16, eyes on the upper third line", 18, GREY, anchor="md")
    return c.png(64)


def price_card() -> bytes:
    """Return a price card and the cost build-up behind its price."""
    c = Canvas(1200, 720)
    c.title_bar("价格卡和它背后的账", "A price card and the sums behind it", fill=ORANGE)
    c.box([50, 130, 480, 660], fill=WHITE, outline=RED, width=6, radius=24)
    _apple(c, 265, 260, 80)
    c.text((265, 390), "洛川高山苹果", 40, INK, True, "mm")
    c.text((265, 435), "Mountain apples", 24, GREY, anchor="mm")
    c.text((265, 490), "5斤装 (2.5 kg) · 果径 80mm+", 24, INK, anchor="mm")
    c.text((265, 565), "¥49", 80, RED, True, "mm")
    c.text((265, 625), "包邮 · 坏果包赔 free shipping, bruised fruit refunded", 16, INK, anchor="mm")
    parts = [
        ("苹果 5斤", "apples", 15.0, LEAF),
        ("损耗 10%", "spoilage", 1.5, (255, 241, 118)),
        ("箱子+网套", "box + nets", 4.5, SAND),
        ("快递", "courier", 10.0, SKY),
        ("平台费 5%", "platform fee", 2.5, (206, 147, 216)),
        ("利润", "profit", 15.5, (239, 154, 154)),
    ]
    x0, x1, top, bottom = 600, 780, 140, 660
    scale = (bottom - top) / 49.0
    y = bottom
    label_y = bottom + 60
    for zh, en, amount, colour in parts:
        h = amount * scale
        c.d.rectangle([x0, y - h, x1, y], fill=colour, outline=INK, width=2)
        mid = y - h / 2
        # Thin slices sit close together; push their labels apart so they stay readable.
        label_y = min(mid, label_y - 58)
        c.d.line([(x1, mid), (x1 + 20, mid), (x1 + 40, label_y)], fill=INK, width=2)
        c.text((x1 + 50, label_y), f"{zh}  ¥{amount:g}", 24, INK, True, "lm")
        c.text((x1 + 52, label_y + 26), en, 16, GREY, anchor="lm")
        y -= h
    c.text((690, 680), "合计 total ¥49", 22, INK, True, "mm")
    c.footer()
    return c.png(96)


def packing_steps() -> bytes:
    """Return four panels showing how to pack fruit so it arrives whole."""
    c = Canvas(1280, 560)
    c.title_bar("四步装箱，水果不磕碰", "Four steps to pack fruit so it arrives whole", fill=GREEN)
    steps = [
        ("挑选", "Sort: no bruises, same size"),
        ("套网套", "Foam net on each fruit"),
        ("装箱加填充", "Box it, fill the gaps"),
        ("封箱贴单", "Seal, label, photo"),
    ]
    for i, (zh, en) in enumerate(steps):
        x0 = 30 + i * 310
        c.box([x0, 120, x0 + 290, 530], fill=WHITE, outline=LIGHT, width=3)
        c.badge((x0 + 36, 156), str(i + 1), GREEN)
        cx, cy = x0 + 145, 300 if i == 0 else 320
        if i == 0:
            for k in range(3):
                _apple(c, cx - 70 + k * 70, cy, 28)
            _apple(c, cx, cy + 80, 22, BROWN)
            c.d.line([(cx - 30, cy + 50), (cx + 30, cy + 110)], fill=RED, width=6)
            c.d.line([(cx + 30, cy + 50), (cx - 30, cy + 110)], fill=RED, width=6)
        elif i == 1:
            _apple(c, cx, cy, 55)
            for k in range(-3, 4):
                c.d.arc([cx - 65, cy - 65 + k * 14, cx + 65, cy + 65 + k * 14], 200, 340, fill=(255, 255, 255), width=3)
            c.d.ellipse([cx - 66, cy - 66, cx + 66, cy + 66], outline=(200, 200, 200), width=3)
        elif i == 2:
            c.d.rectangle([cx - 110, cy - 60, cx + 110, cy + 90], fill=SAND, outline=BROWN, width=4)
            for k in range(3):
                _apple(c, cx - 65 + k * 65, cy + 20, 26)
            c.d.rectangle([cx - 110, cy - 60, cx + 110, cy - 30], fill=(245, 245, 245), outline=BROWN, width=2)
        else:
            c.d.rectangle([cx - 110, cy - 60, cx + 110, cy + 90], fill=SAND, outline=BROWN, width=4)
            c.d.rectangle([cx - 110, cy + 5, cx + 110, cy + 25], fill=(200, 180, 130))
            c.d.rectangle([cx - 50, cy - 40, cx + 70, cy], fill=WHITE, outline=INK, width=2)
            for k in range(3):
                c.d.line([(cx - 40, cy - 30 + k * 10), (cx + 55, cy - 30 + k * 10)], fill=INK, width=2)
        c.text((cx, 440), zh, 30, INK, True, "mm")
        c.text((cx, 485), en, 18, GREY, anchor="mm")
    c.footer()
    return c.png(64)


def live_rundown() -> bytes:
    """Return the timeline of a 60-minute live show."""
    c = Canvas(1280, 520)
    c.title_bar("一场60分钟直播的流程", "Run of a 60-minute live show", fill=(173, 20, 87))
    parts = [
        (5, "开场问候", "Greet", ORANGE),
        (10, "带看果园", "Show the farm", LEAF),
        (15, "产品讲解", "Show, cut, taste", YELLOW),
        (10, "限时优惠", "Offer + how to buy", (239, 154, 154)),
        (15, "答疑互动", "Answer questions", SKY),
        (5, "预告下场", "Next show", (206, 147, 216)),
    ]
    x = 40
    for minutes, zh, en, colour in parts:
        w = minutes * 20
        c.box([x, 170, x + w - 6, 320], fill=colour, outline=INK, width=2, radius=10)
        c.text((x + (w - 6) // 2, 215), zh, 26 if w > 140 else 22, INK, True, "mm")
        c.text((x + (w - 6) // 2, 265), f"{minutes} min", 20, INK, anchor="mm")
        c.text((x + (w - 6) // 2, 360), en, 17, GREY, anchor="mm")
        x += w
    c.arrow((40, 430), (1240, 430), fill=INK, width=3)
    c.text((640, 470), "每10-15分钟重复一次：我是谁、卖什么、怎么下单 · Repeat every 10-15 min: who, what, how to order", 20, INK, anchor="mm")
    c.footer()
    return c.png(64)


def pricing_worksheet() -> bytes:
    """Return a one-page printable pricing worksheet as PDF."""
    p = a4_page()
    p.text((60, 50), "定价工作表  Pricing worksheet", 36, INK, True)
    p.text((60, 105), "产品 Product: ______________________   规格 Pack size: __________", 20)
    rows = [
        ["成本项 Cost item", "每件 ¥ per pack", "说明 Notes"],
        ["1 产品本身 Produce", "", "地头价 × 重量 price × weight"],
        ["2 损耗 Spoilage", "", "约 5-10% of line 1"],
        ["3 包装 Packaging", "", "箱、网套、胶带 box, nets, tape"],
        ["4 快递 Courier", "", "问快递点报价 ask your courier"],
        ["5 人工 Your time", "", "挑选+打包分钟 × 工价"],
        ["6 成本合计 Total cost", "", "1+2+3+4+5"],
        ["7 想赚 Profit wanted", "", "每件 per pack"],
        ["8 平台费率 Fee rate", "", "例如 e.g. 5% = 0.05"],
        ["9 售价 Price", "", "(6+7) ÷ (1 − 8)"],
    ]
    y = table(p, 60, 150, [230, 150, 330], rows, row_h=52, size=18)
    p.text((60, y + 30), "看看同类产品的价格 Compare similar products:", 22, INK, True)
    y = table(p, 60, y + 70, [300, 200, 210], [["店铺 Shop", "价格 Price", "规格 Size"], ["", "", ""], ["", "", ""], ["", "", ""]], row_h=46, size=18)
    p.text((60, y + 30), "我的定价和理由 My price and why:", 22, INK, True)
    ruled_lines(p, 60, y + 50, 770, 4)
    p.text((413, 1140), "CourseBuilder sample course · CC BY 4.0", 14, GREY, anchor="mm")
    return worksheet_pdf([p.im], "定价工作表 Pricing worksheet")


def three_shots_frames(width: int = 640, height: int = 360, fps: int = 12):
    """Yield frames for a 9-second clip: wide, medium and close-up shots with captions."""
    shots = [("远景：交代在哪里", "Wide: where we are"), ("中景：在做什么", "Medium: what you do"), ("特写：产品细节", "Close-up: the detail")]
    per = 3 * fps
    for s, (zh, en) in enumerate(shots):
        for f in range(per):
            t = f / per
            c = Canvas(width, height, background=SKY)
            if s == 0:
                c.d.rectangle([0, 230, width, height], fill=(139, 195, 74))
                for k, x in enumerate((80, 230, 380, 530)):
                    _tree(c, x - int(20 * t), 300, 150 + (k % 2) * 30)
            elif s == 1:
                c.d.rectangle([0, 0, width, height], fill=(200, 230, 201))
                _tree(c, 200, 420, 520)
                hx = 420 - int(60 * t)
                c.d.rounded_rectangle([hx, 150, hx + 120, 210], radius=25, fill=PEACH)
                c.d.rectangle([hx + 100, 160, width, 200], fill=BLUE)
                _apple(c, hx - 10, 180, 30)
            else:
                c.d.rectangle([0, 0, width, height], fill=(245, 235, 220))
                r = int(110 + 30 * t)
                _apple(c, width // 2, height // 2 + 20, r)
                c.d.ellipse([width // 2 + r // 3, height // 2 - r // 3, width // 2 + r // 3 + 12, height // 2 - r // 3 + 12], fill=WHITE)
            c.d.rectangle([0, height - 70, width, height], fill=(0, 0, 0))
            c.text((20, height - 52), f"{s + 1}/3  {zh}", 24, WHITE, True)
            c.text((20, height - 20), en, 16, (220, 220, 220))
            yield c.im


def listing_checklist() -> bytes:
    """Return the product listing checklist as UTF-8 text."""
    return LISTING_CHECKLIST.encode("utf-8")


LISTING_CHECKLIST = """\
商品上架检查清单 / Product listing checklist
=============================================
CourseBuilder 示例课程「用短视频和小店卖农产品」· CC BY 4.0

上架前逐项打勾 / Tick each line before you publish.

[ ] 标题：产地 + 品种 + 规格 + 卖点，例如「洛川高山红富士 5斤装 果径80mm+」
    Title: origin + variety + size + selling point.
[ ] 主图：第一张是整箱或整份产品，白天自然光，背景干净
    Main photo: the whole pack, daylight, plain background.
[ ] 细节图：切开的横截面、果园/田地、采摘过程、打包过程、你本人
    Detail photos: cut open, the field, picking, packing, you.
[ ] 价格：已按定价工作表算过，包含快递和损耗
    Price: worked out on the pricing worksheet, courier and spoilage included.
[ ] 规格：净重还是毛重写清楚；大小、个数写清楚
    Size: net or gross weight stated; fruit size and count stated.
[ ] 发货：几天内发货、哪些地区不发、用哪家快递
    Shipping: dispatch within how many days, areas not served, which courier.
[ ] 售后：坏果怎么赔（拍照 → 按个数退款或补发），写在详情页
    After-sales: how bruised fruit is refunded or replaced, written on the page.
[ ] 库存：填真实数量，卖完及时下架
    Stock: real quantity; take the listing down when sold out.
[ ] 真实：不写「最甜」「治病」等夸大或虚假说法
    Honest: no "the sweetest ever" or health claims you cannot prove.
[ ] 自己先下一单试试：看手机上的显示、付款、地址填写是否顺利
    Place one test order yourself on a phone.
"""
