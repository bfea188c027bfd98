"""つくば市 債権管理対策委員会 資料（取組個票） — PyMuPDF direct drawing.

Run from corpus/dev42: python3 build/x_tsukuba_committee.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

import x_draw as D  # noqa: E402
from x_common import PDF_DIR, Gold, check, comma, pct, rate, zen  # noqa: E402

STEM = "x_tsukuba_committee_1"
HDR = "令和７年度第２回つくば市債権管理対策委員会"
AS_OF, AS_OF_PREV = "2025-09-30", "2024-09-30"
SHADE = (0.85, 0.89, 0.95)
ZEBRA = (0.94, 0.94, 0.94)
GREY = (0.3, 0.3, 0.3)

# ------------------------------------------------------------------ data (千円)
# per seg: a5 r5 w5 | a6 r6 w6 | t7 | a7 r7i | a6i r6i
DEBTS = [
    ("市税", "市税", "税務管理課", {
        "current": (48215330, 99.31, 0, 49102660, 99.38, 0, 99.40, 50011240, 57.84, 49080150, 57.12),
        "arrears": (1402110, 33.85, 88420, 1288760, 35.02, 79310, 36.00, 1175880, 21.46, 1283020, 20.88)}),
    ("国民健康保険税", "国民健康保険税", "国民健康保険課", {
        "current": (7812450, 94.12, 0, 7655380, 94.56, 0, 94.80, 7498120, 38.55, 7640010, 37.96),
        "arrears": (1955700, 24.31, 168330, 1812440, 25.87, 152660, 27.00, 1703560, 13.72, 1806900, 12.95)}),
    ("介護保険料", "介護保険料", "介護保険課", {
        "current": (5120330, 99.02, 0, 5344780, 99.10, 0, 99.15, 5402660, 52.31, 5330120, 51.88),
        "arrears": (142550, 21.08, 20110, 133210, 22.40, 18770, 23.00, 128840, 11.25, 132980, 10.67)}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "医療年金課", {
        "current": (2810440, 99.55, 0, 3012870, 99.58, 0, 99.60, 3204550, 55.12, 3004310, 54.70),
        "arrears": (24880, 40.11, 2010, 22950, 41.36, 1880, 42.00, 21760, 24.50, 22900, 23.11)}),
    ("市営住宅使用料", "市営住宅使用料", "住宅政策課", {
        "current": (412330, 97.45, 0, 405980, 97.62, 0, 97.80, 402110, 45.90, 404870, 47.02),
        "arrears": (96450, 18.52, 6220, 88130, 20.14, 5880, 21.00, 80460, 9.85, 87950, 9.12)}),
    ("保育所保育料", "保育料（利用者負担額）", "幼児保育課", {
        "current": (385660, 98.71, 0, 372150, 98.83, 0, 99.00, 366820, 49.03, 371400, 48.77),
        "arrears": (31220, 22.46, 2450, 27540, 24.18, 2110, 25.00, 24330, 12.48, 27500, 11.93)}),
]


def derive(segs):
    out = {}
    for seg, (a5, r5, w5, a6, r6, w6, t7, a7, r7i, a6i, r6i) in segs.items():
        c5, c6 = round(a5 * r5 / 100), round(a6 * r6 / 100)
        c7i, c6i = round(a7 * r7i / 100), round(a6i * r6i / 100)
        out[seg] = dict(a5=a5, c5=c5, w5=w5, a6=a6, c6=c6, w6=w6, t7=t7, a7=a7, c7i=c7i, a6i=a6i, c6i=c6i)
    tot = {k: out["current"][k] + out["arrears"][k] for k in out["current"] if k != "t7"}
    tot["t7"] = round((out["current"]["t7"] * out["current"]["a7"] + out["arrears"]["t7"] * out["arrears"]["a7"])
                      / tot["a7"], 2)
    out["total"] = tot
    for s in out.values():
        s["r5"], s["r6"] = rate(s["c5"], s["a5"]), rate(s["c6"], s["a6"])
        s["r7i"], s["r6i"] = rate(s["c7i"], s["a7"]), rate(s["c6i"], s["a6i"])
        s["o5"], s["o6"] = s["a5"] - s["c5"] - s["w5"], s["a6"] - s["c6"] - s["w6"]
        s["o7i"] = s["a7"] - s["c7i"]
    return out


DATA = {name: (printed, dept, derive(segs)) for name, printed, dept, segs in DEBTS}

KOBETSU = {
    "国民健康保険税": dict(kubun="強制徴収公債権", done=[
        ("(1)", "納期限後20日以内に督促状を発送し、督促後も未納の世帯には翌月に催告書を送付した。", "継続", ""),
        ("(2)", "財産調査を月次で実施し、預貯金・給与・生命保険等の差押えを行った。", "継続", ""),
        ("(3)", "キャッシュレス決済アプリによる納付の周知を、納税通知書への案内同封とホームページで行った。", "拡充", ""),
        ("(4)", "外国人住民の滞納世帯に対し、多言語の納付案内を送付し、窓口では通訳タブレットを用いた納付相談を行った。", "新規", "\n"),
    ], plan=[
        ("(1)", "年末の滞納整理強化月間に、差押予告を行った世帯の財産調査と差押えを集中して行う。", "継続"),
        ("(2)", "資格喪失後の未納世帯への文書催告を、喪失の翌月に前倒しして送付する。", "新規"),
    ], issue="滞繰分の収納率は上昇しているが、外国人住民の転出による徴収困難事案が増えている。"),
    "市営住宅使用料": dict(kubun="私債権", done=[
        ("①", "滞納３か月以上の入居者に対し、連帯保証人への通知と併せて面談を行い、分納誓約につなげた。", "継続", ""),
        ("②", "明渡請求訴訟の対象となる長期滞納者を抽出し、法的措置の事前通知を送付した。", "継続", ""),
        ("③", "退去者の滞納分について、債権回収の専門家による回収業務委託を開始した。", "新規", "\n"),
    ], plan=[
        ("①", "収入申告と併せた納付相談を行い、家賃減免の対象となる世帯に申請を案内する。", "拡充"),
    ], issue="退去者分の滞納繰越が全体の６割を占め、所在不明者の調査に時間を要している。"),
    "保育所保育料": dict(kubun="強制徴収公債権", done=[
        ("ア", "入所手続の際に口座振替の申込みを必須とし、口座振替率が96％に達した。", "継続", ""),
        ("イ", "児童手当からの特別徴収について、対象世帯の同意書の取得を進めた。", "拡充", ""),
        ("ウ", "卒園後も滞納が残る世帯について、国民健康保険税と併せた一体的な滞納整理を行った。", "継続", ""),
    ], plan=[
        ("ア", "卒園予定児童の世帯で未納がある場合、２月までに納付相談を行う。", "継続"),
        ("イ", "滞繰分の時効管理を台帳で一元化し、時効中断の手続漏れを防ぐ。", "新規"),
    ], issue="現年分の収納率は高水準だが、滞繰分は少額多数の事案が残っている。"),
}


def hf(page, num, right):
    D.setup(page)
    D.header_footer(page, HDR, right, num)


def build():
    g = Gold(STEM, "committee_material", "kobetsu", "つくば市", "令和７年度第２回つくば市債権管理対策委員会 資料",
             "2025-11-20", "令和７年11月20日（木）")
    doc = fitz.open()

    # ============================================================ p1 次第 (A4 portrait, memo layout)
    p = doc.new_page(width=595, height=842)
    hf(p, 1, None)
    D.text(p, 297, 90, "令和７年度　第２回つくば市債権管理対策委員会", 15, "m", "c")
    D.text(p, 297, 116, "次　　第", 15, "m", "c")
    y = 160
    for k, v in (("日　時", "令和７年11月20日（木）　午後２時から"), ("場　所", "つくば市役所　本庁舎２階　会議室201")):
        D.text(p, 330, y, f"{k}　{v}", 10.5, "m")
        y += 20
    y = 230
    items = [
        ("１", "開　会", []),
        ("２", "委員長あいさつ", []),
        ("３", "議　題", [("（１）", "令和７年度上半期（９月末）の収納状況について　………　資料１"),
                         ("（２）", "重点債権の取組個票について　………………………　資料２"),
                         ("（３）", "私債権の放棄の報告について　………………………　資料３")]),
        ("４", "その他", [("（１）", "今後の日程について"), ("", "ア　第３回委員会　令和８年２月（予定）"),
                         ("", "イ　滞納整理強化月間　令和７年12月")]),
        ("５", "閉　会", []),
    ]
    for num, t, subs in items:
        D.text(p, 70, y, f"{num}　{t}", 11, "m")
        y += 26
        for sn, st in subs:
            if sn:
                D.text(p, 88, y, f"{sn}{st}", 10.5, "m")
            else:
                D.text(p, 124, y, st, 10.5, "m")
            y += 22
        y += 8
    y += 20
    D.text(p, 70, y, "つくば市債権管理対策委員会　委員名簿（委員８名）", 11, "m")
    y += 10
    rows = [("委員長", "副市長"), ("委員", "政策イノベーション部長"), ("委員", "総務部長"), ("委員", "財務部長"),
            ("委員", "福祉部長"), ("委員", "こども部長"), ("委員", "保健部長"), ("委員", "建設部長")]
    cells = [(0, 0, "区分", {"fill": SHADE, "bold": True}), (0, 1, "職名", {"fill": SHADE, "bold": True})]
    cells += [(i + 1, j, v, {}) for i, r in enumerate(rows) for j, v in enumerate(r)]
    D.grid(p, 120, y, [90, 260], [20] * 9, cells, size=9.5)
    D.text(p, 120, y + 9 * 20 + 16, "事務局：財務部 納税課 債権管理係", 9, "m")

    # ============================================================ p2 slide: 全体概況 (16:9)
    p = doc.new_page(width=960, height=540)
    D.setup(p)
    D.rect(p, (0, 0, 960, 52), fill=(0.12, 0.29, 0.53), stroke=None)
    D.text(p, 30, 35, "令和７年度上半期（９月末）の収納状況", 20, color=(1, 1, 1))
    D.text(p, 930, 33, "資料１", 13, align="r", color=(1, 1, 1))
    D.text(p, 480, 528, "- 2 -", 9, align="c")
    # big-number panels
    tax = DATA["市税"][2]
    panels = [
        ("全会計の収入未済額（令和６年度決算）", "約12億4,700万円", "前年度から約6,800万円の減少"),
        ("市税　現年分の収納率（９月末）", f"{pct(tax['current']['r7i'])}%", f"前年同期 {pct(tax['current']['r6i'])}%"),
        ("市税　滞納繰越分の収納率（９月末）", f"{pct(tax['arrears']['r7i'])}%", f"前年同期 {pct(tax['arrears']['r6i'])}%"),
    ]
    for i, (lab, big, sub) in enumerate(panels):
        x = 30 + i * 305
        D.rect(p, (x, 72, x + 285, 192), fill=(0.93, 0.96, 1.0), stroke=(0.12, 0.29, 0.53), w=1.2)
        D.text(p, x + 14, 96, lab, 11)
        D.text(p, x + 142, 150, big, 28, align="c", color=(0.12, 0.29, 0.53))
        D.text(p, x + 142, 178, sub, 11, align="c", color=GREY)
    g.fact(2, "約12億4,700万円", 1247000000, fy=2024, fy_raw="令和６年度決算", metric="outstanding",
           debt_raw="全会計", approx=True)
    for seg, i in (("current", 1), ("arrears", 2)):
        s = tax[seg]
        kw = dict(debt="市税", debt_raw="市税", segment=seg)
        g.fact(2, f"{pct(s['r7i'])}%", s["r7i"], fy=2025, fy_raw="９月末", basis="interim", as_of=AS_OF, **kw)
        g.fact(2, f"{pct(s['r6i'])}%", s["r6i"], fy=2024, fy_raw="前年同期", basis="interim", as_of=AS_OF_PREV, **kw)
    # bar chart
    D.text(p, 40, 232, "全会計の収入未済額の推移（単位：億円）", 13)
    hist = [("R2", 2020, 158), ("R3", 2021, 149), ("R4", 2022, 139), ("R5", 2023, 131), ("R6", 2024, 125)]
    bx0, by1 = 70, 500
    D.line(p, (bx0 - 10, by1), (bx0 + 5 * 80, by1), 0.8)
    for i, (lab, fy, v) in enumerate(hist):
        h = v * 1.55
        x = bx0 + i * 80 + 12
        D.rect(p, (x, by1 - h, x + 46, by1), fill=(0.36, 0.55, 0.80), stroke=None)
        lbl = f"{v / 10:.1f}"
        D.text(p, x + 23, by1 - h - 5, lbl, 10.5, align="c")
        D.text(p, x + 23, by1 + 14, lab, 10, align="c")
        g.fact(2, lbl, v * 100000000, fy=fy, fy_raw=lab, metric="outstanding", debt_raw="全会計")
    # free-floating notes
    D.rect(p, (520, 222, 930, 500), fill=(1, 1, 1), stroke=(0.6, 0.6, 0.6), w=0.8)
    notes = ["市税は、現年分・滞納繰越分ともに前年同期を上回って推移している。",
             "国民健康保険税は、加入者の減少により調定額が前年同期比で約1億4,200万円減少した。",
             "税外債権では、市営住宅使用料の滞納繰越分の整理が進み、収入未済額が縮減した。",
             "12月の滞納整理強化月間に向け、各課で差押予告の対象事案を抽出している。"]
    y = 240
    for n in notes:
        y = D.para(p, (536, y, 915), "●" + n, 11, hang=12) + 12

    # ============================================================ p3 slide: 債権別 (transposed, zebra)
    p = doc.new_page(width=960, height=540)
    D.setup(p)
    D.rect(p, (0, 0, 960, 52), fill=(0.12, 0.29, 0.53), stroke=None)
    D.text(p, 30, 35, "主要債権の収納状況（令和７年９月末現在）", 20, color=(1, 1, 1))
    D.text(p, 930, 33, "資料１", 13, align="r", color=(1, 1, 1))
    D.text(p, 480, 528, "- 3 -", 9, align="c")
    D.text(p, 930, 80, "現年分・滞納繰越分の合計", 10, align="r", color=GREY)
    names = list(DATA)
    x0, colw, labw = 40, 130, 100
    y = 92
    D.rect(p, (x0, y, x0 + labw + colw * 6, y + 44), fill=(0.12, 0.29, 0.53), stroke=None)
    for j, n in enumerate(names):
        D.cell_text(p, (x0 + labw + j * colw, y, x0 + labw + (j + 1) * colw, y + 44),
                    DATA[n][0], 11, bold=True, color=(1, 1, 1))
    rows = [("調定額\n（千円）", "a7"), ("収入済額\n（千円）", "c7i"), ("収納率（％）", "r7i"),
            ("前年同期\n収納率（％）", "r6i"), ("年度目標\n収納率（％）", "t7"), ("目標の\n達成見込", None)]
    y += 44
    for i, (lab, key) in enumerate(rows):
        if i % 2 == 0:
            D.rect(p, (x0, y, x0 + labw + colw * 6, y + 46), fill=ZEBRA, stroke=None)
        D.cell_text(p, (x0, y, x0 + labw, y + 46), lab, 10.5, "l", bold=True)
        for j, n in enumerate(names):
            s = DATA[n][2]["total"]
            if key is None:
                proj = round(s["r7i"] - s["r6i"], 2) >= 0
                v = "○" if proj else "×"
            else:
                val = s[key]
                v = comma(val) if key in ("a7", "c7i") else pct(val)
                kw = dict(debt=n, debt_raw=DATA[n][0], segment="total")
                if key == "a7":
                    g.fact(3, v, val * 1000, fy=2025, fy_raw="令和７年９月末", metric="assessed", basis="interim",
                           as_of=AS_OF, **kw)
                elif key == "c7i":
                    g.fact(3, v, val * 1000, fy=2025, fy_raw="令和７年９月末", metric="collected", basis="interim",
                           as_of=AS_OF, **kw)
                elif key == "r7i":
                    g.fact(3, v, val, fy=2025, fy_raw="令和７年９月末", basis="interim", as_of=AS_OF, **kw)
                elif key == "r6i":
                    g.fact(3, v, val, fy=2024, fy_raw="前年同期", basis="interim", as_of=AS_OF_PREV, **kw)
                else:
                    g.fact(3, v, val, fy=2025, fy_raw="年度目標", basis="target", **kw)
            D.cell_text(p, (x0 + labw + j * colw, y, x0 + labw + (j + 1) * colw, y + 46), v, 12, "r" if key else "c")
        y += 46
    D.line(p, (x0, y), (x0 + labw + colw * 6, y), 1.2)
    D.text(p, x0, y + 20, "※「目標の達成見込」は、９月末の収納率が前年同期以上の債権を○としている。", 10, color=GREY)

    # ============================================================ p4-p6 取組個票 (A4 landscape)
    pg = 4
    for name, k in KOBETSU.items():
        printed, dept, S = DATA[name]
        p = doc.new_page(width=842, height=595)
        hf(p, pg, "資料２")
        D.text(p, 421, 52, "取　組　個　票", 14, "m", "c")
        # header cells, label and value together in one cell
        D.grid(p, 36, 62, [330, 230, 210], [24], [
            (0, 0, f"債権名　{printed}", {"align": "l", "size": 11, "bold": True}),
            (0, 1, f"所管課　{dept}", {"align": "l", "size": 10}),
            (0, 2, f"区分　{k['kubun']}", {"align": "l", "size": 10})])
        D.text(p, 36, 108, "１　収納状況", 11, bold=True)
        D.text(p, 470, 108, "（単位：千円、％）", 8.5, align="r")
        cw = [46, 70, 76, 76, 62, 100]
        hdr = [(0, 0, "区分", {"rs": 2, "cs": 2, "fill": SHADE, "bold": True}),
               (0, 2, "決算", {"cs": 2, "fill": SHADE, "bold": True}),
               (0, 4, "目標", {"fill": SHADE, "bold": True}),
               (0, 5, "途中経過", {"fill": SHADE, "bold": True}),
               (1, 2, "令和５年度", {"fill": SHADE, "size": 8.5}), (1, 3, "令和６年度", {"fill": SHADE, "size": 8.5}),
               (1, 4, "令和７年度", {"fill": SHADE, "size": 8.5}),
               (1, 5, "令和７年９月末", {"fill": SHADE, "size": 8.5})]
        body = []
        spec = [("current", "現年分", [("調定額", "a"), ("収入済額", "c"), ("収納率", "r")]),
                ("arrears", "滞繰分", [("調定額", "a"), ("収入済額", "c"), ("不納欠損額", "w"), ("収納率", "r")]),
                ("total", "合計", [("収入未済額", "o"), ("収納率", "r")])]
        row = 2
        for seg, slab, mets in spec:
            s = S[seg]
            body.append((row, 0, slab, {"rs": len(mets), "fill": (0.96, 0.96, 0.96)}))
            for mlab, m in mets:
                body.append((row, 1, mlab, {"size": 8.5}))
                kw = dict(debt=name, debt_raw=printed, segment=seg)
                metric = {"a": "assessed", "c": "collected", "w": "written_off", "o": "outstanding",
                          "r": "collection_rate"}[m]
                for col, fy, fyr in ((2, 2023, "令和５年度"), (3, 2024, "令和６年度")):
                    key = {"a": "a", "c": "c", "w": "w", "o": "o", "r": "r"}[m] + ("5" if fy == 2023 else "6")
                    val = s[key]
                    t = pct(val) if m == "r" else comma(val)
                    mark = ""
                    if name == "国民健康保険税" and seg == "arrears" and m == "a" and fy == 2024:
                        mark = "※"
                    body.append((row, col, t + mark, {"align": "r"}))
                    g.fact(pg, t, val if m == "r" else val * 1000, fy=fy, fy_raw=fyr, metric=metric, **kw)
                if m == "r":
                    body.append((row, 4, pct(s["t7"]), {"align": "r"}))
                    g.fact(pg, pct(s["t7"]), s["t7"], fy=2025, fy_raw="令和７年度", basis="target", **kw)
                    t = f"{pct(s['r7i'])}（{pct(s['r6i'])}）"
                    body.append((row, 5, t, {"align": "r"}))
                    g.fact(pg, pct(s["r7i"]), s["r7i"], fy=2025, fy_raw="令和７年９月末", basis="interim",
                           as_of=AS_OF, **kw)
                    g.fact(pg, pct(s["r6i"]), s["r6i"], fy=2024, fy_raw="前年同期", basis="interim",
                           as_of=AS_OF_PREV, **kw)
                else:
                    body.append((row, 4, "－", {}))
                    if m == "w":
                        body.append((row, 5, "－", {}))
                    else:
                        key = {"a": "a7", "c": "c7i", "o": "o7i"}[m]
                        val = s[key]
                        body.append((row, 5, comma(val), {"align": "r"}))
                        g.fact(pg, comma(val), val * 1000, fy=2025, fy_raw="令和７年９月末", metric=metric,
                               basis="interim", as_of=AS_OF, **kw)
                row += 1
        yb = D.grid(p, 36, 114, cw, [18, 18] + [19] * (row - 2), hdr + body, size=8.5)
        notes = ["※ 途中経過欄の（　）内は前年同期（令和６年９月末）の収納率。"]
        if name == "国民健康保険税":
            notes.append("※ 令和６年度の滞繰分調定額は、所得更正に伴う過年度分の減額を含む。")
        for i, n in enumerate(notes):
            D.text(p, 36, yb + 13 + 12 * i, n, 7.5)
        # issue box under the table
        yi = yb + 18 + 12 * len(notes)
        D.text(p, 36, yi + 4, "３　課題", 11, bold=True)
        D.rect(p, (36, yi + 10, 466, yi + 56))
        D.para(p, (44, yi + 15, 458), k["issue"], 9.5)
        # right column: initiatives
        xr = 490
        D.text(p, xr, 108, "２　上半期の取組と成果", 11, bold=True)
        y = 116
        D.rect(p, (xr, y, 806, y + 250))
        yy = y + 6
        for lab, t, st, brk in k["done"]:
            sep = "　" if lab in "アイウエオ" else ""
            yy = D.para(p, (xr + 8, yy, 798), f"{lab}{sep}{t}{brk}【{st}】", 9.5, hang=20) + 6
            g.init(pg, t, debt=name, debt_raw=printed, fy=2025, section="上半期の取組と成果", label=lab, status=st)
        y = y + 262
        D.text(p, xr, y + 8, "下半期の取組方針", 11, bold=True)
        yy = y + 14
        for lab, t, st in k["plan"]:
            sep = "　" if lab in "アイウエオ" else ""
            yy = D.para(p, (xr + 8, yy, 798), f"{lab}{sep}{t}【{st}】", 9.5, hang=20) + 6
            g.init(pg, t, debt=name, debt_raw=printed, fy=2025, section="下半期の取組方針", label=lab, status=st)
        pg += 1

    # ============================================================ p7 その他の税外債権 (A4 portrait, long format)
    p = doc.new_page(width=595, height=842)
    hf(p, pg, "資料２－参考")
    D.text(p, 40, 70, "その他の税外債権の状況", 13, bold=True)
    D.text(p, 555, 92, "（単位：円、％）", 8.5, align="r")
    others = [  # debt, printed, rows: (label, fy, basis, as_of, a, c, w)
        ("生活保護費返還金", "生活保護費返還金", [
            ("R5", 2023, "actual", None, 96552310, 14021870, 3512400),
            ("R6", 2024, "actual", None, 101238440, 15880220, 4021150),
            ("R7（９月末）", 2025, "interim", AS_OF, 99870550, 6112340, None)]),
        ("児童扶養手当返還金", "児童扶養手当返還金", [
            ("R5", 2023, "actual", None, 8841200, 1322600, 0),
            ("R6", 2024, "actual", None, 9012350, 1598400, 212000),
            ("R7（９月末）", 2025, "interim", AS_OF, 7845120, 688000, None)]),
        ("学校給食費", "学校給食費", [
            ("R5", 2023, "actual", None, 1602338450, 1595112300, 410250),
            ("R6", 2024, "actual", None, 1644870120, 1638650400, 388100),
            ("R7（９月末）", 2025, "interim", AS_OF, 826455300, 811250660, None)]),
        ("奨学資金貸付金", "奨学金貸付金（返還金）", [
            ("R5", 2023, "actual", None, 21450600, 17820400, 0),
            ("R6", 2024, "actual", None, 20998200, 17995800, 0),
            ("R7（９月末）", 2025, "interim", AS_OF, 19804300, 9122500, None)]),
        ("道路占用料", "道路占用料", [
            ("R5", 2023, "actual", None, 187652000, 187599500, 0),
            ("R6", 2024, "actual", None, 190004300, 190004300, 0),
            ("R7（９月末）", 2025, "interim", AS_OF, 192311000, 131506800, None)]),
    ]
    cw = [112, 62, 82, 82, 62, 82, 46]
    head = ["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    cells = [(0, j, h, {"fill": SHADE, "bold": True}) for j, h in enumerate(head)]
    r = 1
    for name, printed, rows in others:
        cells.append((r, 0, printed, {"rs": len(rows), "align": "l"}))
        prev_o = None
        for lab, fy, basis, as_of, a, c, w in rows:
            o = a - c - (w or 0)
            rt = rate(c, a)
            cells += [(r, 1, lab, {}), (r, 2, comma(a), {"align": "r"}), (r, 3, comma(c), {"align": "r"}),
                      (r, 4, "－" if not w else comma(w), {"align": "r" if w else "c"}),
                      (r, 5, comma(o) if o else "0", {"align": "r"}), (r, 6, pct(rt), {"align": "r"})]
            kw = dict(debt=name, debt_raw=printed, fy=fy, fy_raw=lab, basis=basis, as_of=as_of)
            g.fact(pg, comma(a), a, metric="assessed", **kw)
            g.fact(pg, comma(c), c, metric="collected", **kw)
            if w:
                g.fact(pg, comma(w), w, metric="written_off", **kw)
            g.fact(pg, comma(o) if o else "0", o, metric="outstanding", **kw)
            g.fact(pg, pct(rt), rt, **kw)
            r += 1
    yb = D.grid(p, 34, 98, cw, [22] + [21] * (r - 1), cells, size=8.5)
    y = yb + 14
    for n in ["※ 不納欠損額の「－」は該当なし（R7は９月末時点のため未計上）。",
              "※ 道路占用料は、令和６年度に過年度分の未納が全て納付され、収入未済額は皆減となった。"]:
        D.text(p, 36, y, n, 8)
        y += 13
    y += 12
    D.text(p, 36, y, "収入未済額の増減（R6決算－R5決算）", 10.5, bold=True)
    y += 8
    diff_cells = [(0, 0, "債権名", {"fill": SHADE, "bold": True}), (0, 1, "増減額（円）", {"fill": SHADE, "bold": True}),
                  (0, 2, "増減率", {"fill": SHADE, "bold": True})]
    for i, (name, printed, rows) in enumerate(others):
        o5 = rows[0][4] - rows[0][5] - rows[0][6]
        o6 = rows[1][4] - rows[1][5] - rows[1][6]
        d = o6 - o5
        ds = f"▲{-d:,}" if d < 0 else f"{d:,}"
        rr = "皆減" if o6 == 0 else (f"▲{abs(d) / o5 * 100:.1f}%" if d < 0 else f"{d / o5 * 100:.1f}%")
        diff_cells += [(i + 1, 0, printed, {"align": "l"}), (i + 1, 1, ds, {"align": "r"}), (i + 1, 2, rr, {"align": "r"})]
    D.grid(p, 36, y, [150, 110, 70], [20] * (len(others) + 1), diff_cells, size=8.5)

    dst = PDF_DIR / f"{STEM}.pdf"
    doc.set_metadata({"title": "令和７年度第２回つくば市債権管理対策委員会 資料", "author": "つくば市"})
    doc.subset_fonts()
    doc.save(dst, garbage=3, deflate=True)
    g.write(dst)
    return check(dst, g)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
