"""高瀬川市 第２次債権管理計画 with 推進シート per debt (plan family, 尼崎市-style) — PyMuPDF direct drawing."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from p_common import F, ROOT, comma, rate, write_gold, zen  # noqa: E402

STEM = "p_takasegawa_keikaku_1"
CITY = "高瀬川市"
TITLE = "第２次高瀬川市債権管理計画"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FG, FM = fitz.Font(fontfile=GOTH), fitz.Font(fontfile=MIN)
YEARS = [2020, 2021, 2022, 2023, 2024]
PLAN = [2026, 2027, 2028, 2029, 2030]

# 推進シート data: year -> (現年調定, 現年率, 滞繰調定, 滞繰率, 不納欠損, 滞納者数) in 千円
SHEETS = [
    {"name": "市税", "ka": "納税課", "label": "推進シート①",
     "hist": {2020: (20412880, 98.77, 1102450, 33.50, 92118, 4812), 2021: (20688140, 98.88, 1011870, 37.10, 80552, 4509),
              2022: (20901330, 99.00, 938660, 38.70, 71390, 4233), 2023: (20975480, 99.04, 879510, 39.60, 64115, 4018),
              2024: (21020150, 99.12, 830270, 40.15, 58204, 3846)},
     "tgt": {"current": [99.15, 99.18, 99.21, 99.24, 99.27], "arrears": [41.00, 41.80, 42.60, 43.40, 44.20],
             "out": [590000, 560000, 530000, 500000, 470000]},
     "acts": {"滞納の抑制": [("口座振替及びスマートフォン決済の利用を納税通知書の同封チラシで案内し、期限内納付を促す。", "継続"),
                         ("新たに滞納となった者へ、納期限後２０日以内にＳＭＳによる催告を行う。", "新規")],
              "徴収の強化": [("滞納繰越分のうち１００万円以上の高額案件を専担の係で管理し、早期に財産調査を行う。", "継続"),
                         ("預貯金照会の電子化を進め、差押えまでの期間を短縮する。", "拡充"),
                         ("納付資力のない者については、執行停止を適正に行い、滞納繰越額を圧縮する。", "継続")]}},
    {"name": "国民健康保険税", "ka": "保険年金課", "label": "推進シート②",
     "hist": {2020: (5310420, 94.80, 1702330, 23.62, 198440, 3405), 2021: (5198760, 95.24, 1588910, 25.10, 176210, 3218),
              2022: (5062300, 95.41, 1482740, 26.83, 160330, 3036), 2023: (4980410, 95.60, 1401280, 28.05, 150118, 2874),
              2024: (4902180, 95.83, 1343550, 29.34, 141006, 2711)},
     "tgt": {"current": [96.00, 96.20, 96.40, 96.60, 96.80], "arrears": [30.20, 31.00, 31.80, 32.60, 33.40],
             "out": [960000, 910000, 860000, 810000, 760000]},
     "acts": {"滞納の抑制": [("資格取得の届出時に口座振替の手続を窓口で受け付ける。", "継続"),
                         ("短期被保険者証の交付の際に納付相談を行い、分割納付の計画を立てる。", "継続")],
              "徴収の強化": [("滞納繰越分について、給与及び生命保険の解約返戻金の調査を強化する。", "拡充"),
                         ("分納誓約の不履行者に対し、再度の催告の後、速やかに差押えを行う。", "継続")]}},
    {"name": "市営住宅使用料", "ka": "住宅課", "label": "推進シート③",
     "hist": {2020: (498320, 96.10, 92450, 14.20, 8120, 212), 2021: (501880, 96.35, 89960, 15.05, 7650, 204),
              2022: (505410, 96.52, 86720, 15.90, 7015, 195), 2023: (508960, 96.70, 83810, 16.48, 6540, 188),
              2024: (512300, 96.88, 80640, 17.26, 6112, 179)},
     "tgt": {"current": [97.00, 97.10, 97.20, 97.30, 97.40], "arrears": [18.00, 18.80, 19.60, 20.40, 21.20],
             "out": [62000, 59000, 56000, 53000, 50000]},
     "acts": {"滞納の抑制": [("入居時の説明会で家賃の口座振替による納付を原則とする旨を説明する。", "継続")],
              "徴収の強化": [("滞納３か月以上の入居者に明渡し請求の予告を行い、連帯保証人にも通知する。", "継続"),
                         ("退去滞納者について、支払督促の申立て及び強制執行を行う。", "拡充")]}},
]
# overview rows not covered by sheets (FY2024, 千円): 調定, 収入済, 不納欠損
OTHERS = {"個人市民税": (9412300, 9001845, 31220), "生活保護費返還金": (188960, 42518, 9870),
          "介護保険料": (4318550, 4205893, 22410), "後期高齢者医療保険料": (1405220, 1392004, 1980)}
CHART = {2020: 2612.3, 2021: 2420.8, 2022: 2245.6, 2023: 2083.9}  # 百万円; 2024 from table
CITY_TGT = {"rate": [96.10, 96.25, 96.40, 96.55, 96.70], "out": [1820, 1740, 1660, 1580, 1500]}


def era(y):
    return f"令和{zen(y - 2018)}年度" if y >= 2019 else f"平成{zen(y - 1988)}年度"


def oku(yen_thousand):
    """千円 -> 「約１９億４，０００万円」 rounded to 百万円 (10 man-yen digits kept as 1,000万 granularity of 100万)."""
    man = round(yen_thousand / 1000) * 100  # in 万円, rounded to 100万円
    o, m = divmod(man, 10000)
    s = (f"{zen(o)}億" if o else "") + (zen(f"{m:,}") + "万円" if m else "円")
    return "約" + s, man * 10000


def sheet_rows(s):
    out = {}
    for y, (ac, rc, aa, ra, w, dl) in s["hist"].items():
        cc = round(ac * rc / 100)
        ca = round(aa * ra / 100)
        out[y] = dict(ac=ac, cc=cc, rc=rate(cc, ac), aa=aa, ca=ca, ra=rate(ca, aa), w=w,
                      o=ac - cc + aa - ca - w, dl=dl)
    return out


class Pg:
    def __init__(self, doc, landscape=False, header="", footer_no=1):
        w, h = (842, 595) if landscape else (595, 842)
        self.p = doc.new_page(width=w, height=h)
        self.p.insert_font(fontname="g", fontfile=GOTH)
        self.p.insert_font(fontname="m", fontfile=MIN)
        self.w, self.h = w, h
        self.y = 60
        if header:
            self.text(w - 40 - FG.text_length(header, 8), 30, header, 8)
        self.p.draw_line((40, 36), (w - 40, 36), width=0.5)
        no = f"- {footer_no} -"
        self.text((w - FG.text_length(no, 9)) / 2, h - 25, no, 9)

    def text(self, x, y, s, size=10, font="g"):
        self.p.insert_text((x, y), s, fontname=font, fontsize=size)

    def rtext(self, x1, y, s, size=9, font="g"):
        f = FG if font == "g" else FM
        self.text(x1 - f.text_length(s, size), y, s, size, font)

    def ctext(self, x0, x1, y, s, size=9, font="g"):
        f = FG if font == "g" else FM
        self.text((x0 + x1 - f.text_length(s, size)) / 2, y, s, size, font)

    def wrap(self, s, width, size, font="m"):
        f = FG if font == "g" else FM
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur); cur = ""; continue
            if f.text_length(cur + ch, size) > width:
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, x=50, width=None, size=10, font="m", indent=1, lh=1.6):
        width = width or (self.w - 50 - x)
        first = "　" * indent
        for ln in self.wrap(first + s, width, size, font):
            self.y += size * lh
            self.text(x, self.y, ln, size, font)

    def heading(self, s, size=11):
        self.y += size * 2
        self.text(45, self.y, s, size, "g")
        self.y += 4


def table(pg, x0, widths, rows, size=8, rh=16, header_rows=1, grid=True, aligns=None, x_shade=True):
    """rows: list of lists of str (None => merged with the cell above). Draws text and rules."""
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    y = pg.y
    top = y
    for ri, row in enumerate(rows):
        if ri < header_rows and x_shade:
            pg.p.draw_rect(fitz.Rect(xs[0], y, xs[-1], y + rh), color=None, fill=(0.88, 0.88, 0.88))
        for ci, cell in enumerate(row):
            if cell is None:
                continue
            a = (aligns[ci] if aligns else "c") if ri >= header_rows else "c"
            ty = y + rh / 2 + size * 0.35
            if a == "r":
                pg.rtext(xs[ci + 1] - 3, ty, cell, size)
            elif a == "l":
                pg.text(xs[ci] + 3 + (size if cell.startswith("　") else 0), ty, cell.lstrip("　"), size)
            else:
                pg.ctext(xs[ci], xs[ci + 1], ty, cell, size)
        y += rh
        lw = 0.8 if (ri == header_rows - 1 or ri == len(rows) - 1) else 0.4
        pg.p.draw_line((xs[0], y), (xs[-1], y), width=lw)
    pg.p.draw_line((xs[0], top), (xs[-1], top), width=0.8)
    if grid:
        for x in xs:
            pg.p.draw_line((x, top), (x, y), width=0.4)
    pg.y = y
    return xs


def build():
    facts, inits = [], []
    doc = fitz.open()
    hdr = "第２次高瀬川市債権管理計画"
    data = [sheet_rows(s) for s in SHEETS]

    # ---------------- page 1
    pg = Pg(doc, header=hdr, footer_no=1)
    pg.y = 80
    pg.ctext(0, pg.w, pg.y, "第２次高瀬川市債権管理計画", 16)
    pg.y += 22
    pg.ctext(0, pg.w, pg.y, "（令和８年度～令和１２年度）", 11)
    pg.y += 18
    pg.ctext(0, pg.w, pg.y, "令和８年３月　高瀬川市総務部債権管理課", 9, "m")
    pg.heading("１　計画の趣旨")
    # overview computations
    ov = []  # (account, label, debt, A, C, W)
    s_by = {s["name"]: d[2024] for s, d in zip(SHEETS, data)}
    ov.append(("一般会計", "市税", "市税", s_by["市税"]["ac"] + s_by["市税"]["aa"], s_by["市税"]["cc"] + s_by["市税"]["ca"],
               s_by["市税"]["w"]))
    ov.append(("", "　うち個人市民税", "個人市民税", *OTHERS["個人市民税"]))
    ov.append(("", "市営住宅使用料", "市営住宅使用料",
               s_by["市営住宅使用料"]["ac"] + s_by["市営住宅使用料"]["aa"],
               s_by["市営住宅使用料"]["cc"] + s_by["市営住宅使用料"]["ca"], s_by["市営住宅使用料"]["w"]))
    ov.append(("", "生活保護費返還金", "生活保護費返還金", *OTHERS["生活保護費返還金"]))
    sub1 = [r for r in ov if r[2] != "個人市民税"]
    ov2 = [("特別会計", "国民健康保険税", "国民健康保険税",
            s_by["国民健康保険税"]["ac"] + s_by["国民健康保険税"]["aa"],
            s_by["国民健康保険税"]["cc"] + s_by["国民健康保険税"]["ca"], s_by["国民健康保険税"]["w"]),
           ("", "介護保険料", "介護保険料", *OTHERS["介護保険料"]),
           ("", "後期高齢者医療保険料", "後期高齢者医療保険料", *OTHERS["後期高齢者医療保険料"])]

    def sums(rs):
        return sum(r[3] for r in rs), sum(r[4] for r in rs), sum(r[5] for r in rs)

    S1, S2 = sums(sub1), sums(ov2)
    TOT = tuple(a + b for a, b in zip(S1, S2))
    tot_out = TOT[0] - TOT[1] - TOT[2]
    tot_rate = rate(TOT[1], TOT[0])
    s_out, s_out_yen = oku(tot_out)
    pg.para("本市では、平成２９年度に高瀬川市債権管理条例を施行し、第１次高瀬川市債権管理計画（令和３年度～令和７年度）に基づき、"
            "全庁を挙げて収入未済額の縮減に取り組んできた。")
    p_ = (f"対象債権の収入未済額は、令和６年度決算で{s_out}となり、ピーク時の平成２６年度（約３８億１００万円）から大きく縮減した。"
          "一方で、生活保護費返還金など強制徴収のできない債権の未済額は横ばいで推移しており、引き続き全庁的な取組が必要である。")
    pg.para(p_)
    facts += [F(None, 2024, "令和６年度", "total", "outstanding", "actual", s_out_yen, "yen", s_out, 1, approx=True),
              F(None, 2014, "平成２６年度", "total", "outstanding", "actual", 3801000000, "yen", "約３８億１００万円", 1,
                approx=True)]
    pg.para("このため、第１次計画の成果と課題を踏まえ、令和８年度から令和１２年度までの５か年を計画期間とする本計画を策定する。")
    pg.heading("２　対象債権の状況（令和６年度決算）")
    pg.y += 4
    widths = [62, 104, 72, 72, 62, 66, 52]
    pg.rtext(50 + sum(widths), pg.y - 2, "（単位：千円）", 8)
    rows = [["会計", "債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(%)"]]

    def addrow(acct, label, debt, A, C, W, debt_raw=None):
        O = A - C - W
        r_ = rate(C, A)
        rows.append([acct, label, comma(A), comma(C), comma(W), comma(O), f"{r_:.2f}"])
        dr = debt_raw if debt_raw is not None else label.strip("　")
        for met, v, raw in (("assessed", A * 1000, comma(A)), ("collected", C * 1000, comma(C)),
                            ("written_off", W * 1000, comma(W)), ("outstanding", O * 1000, comma(O)),
                            ("collection_rate", r_, f"{r_:.2f}")):
            facts.append(F(debt, 2024, "令和６年度", "total", met, "actual", v,
                           "percent" if met == "collection_rate" else "yen", raw, 1, debt_raw=dr))

    for r in ov:
        addrow(*r)
    addrow("", "小計", None, *S1, debt_raw="一般会計 小計")
    for r in ov2:
        addrow(*r)
    addrow("", "小計", None, *S2, debt_raw="特別会計 小計")
    addrow("合計", "", None, *TOT, debt_raw="合計")
    table(pg, 50, widths, rows, size=8, rh=17, grid=False, aligns=["l", "l", "r", "r", "r", "r", "r"])
    pg.y += 12
    pg.text(50, pg.y, "※　「うち個人市民税」は市税の内数であり、小計には含めていない。", 8, "m")
    pg.y += 12
    pg.text(50, pg.y, "※　収納率＝収入済額÷調定額（小数点以下第３位四捨五入）", 8, "m")

    # ---------------- page 2: chart, 参考 box, targets
    pg = Pg(doc, header=hdr, footer_no=2)
    pg.heading("３　収入未済額の推移")
    chart = dict(CHART)
    chart[2024] = round(tot_out / 1000, 1)
    cx0, cy0, cw, ch = 90, pg.y + 20, 420, 200
    pg.ctext(cx0, cx0 + cw, cy0 - 4, "対象債権の収入未済額の推移（単位：百万円）", 9)
    base = cy0 + ch
    vmax = 3000
    for gv in range(0, vmax + 1, 500):
        yy = base - ch * gv / vmax
        pg.p.draw_line((cx0, yy), (cx0 + cw, yy), color=(0.75, 0.75, 0.75), width=0.3)
        pg.rtext(cx0 - 4, yy + 3, f"{gv:,}", 7)
    bw = cw / len(YEARS)
    for i, y in enumerate(YEARS):
        v = chart[y]
        x = cx0 + i * bw + bw * 0.25
        top = base - ch * v / vmax
        pg.p.draw_rect(fitz.Rect(x, top, x + bw * 0.5, base), color=(0.2, 0.3, 0.5), fill=(0.45, 0.6, 0.8), width=0.5)
        lbl = f"{v:,.1f}"
        pg.ctext(x, x + bw * 0.5, top - 4, lbl, 8)
        pg.ctext(cx0 + i * bw, cx0 + (i + 1) * bw, base + 12, f"R{y - 2018}", 8)
        facts.append(F(None, y, f"R{y - 2018}", "total", "outstanding", "actual", round(v * 1_000_000), "yen", lbl, 2))
    pg.p.draw_line((cx0, base), (cx0 + cw, base), width=0.8)
    pg.p.draw_line((cx0, cy0), (cx0, base), width=0.8)
    pg.y = base + 30
    # 参考 box
    bx0, by0 = 60, pg.y
    wo, wo_yen = oku(TOT[2])
    lines = ["【参考】令和６年度決算（対象債権の合計）",
             f"・収納率：{zen(f'{tot_rate:.2f}')}％",
             f"・不納欠損額：{wo}",
             f"・収入未済額：{s_out}"]
    for i, ln in enumerate(lines):
        pg.text(bx0 + 10, by0 + 18 + i * 16, ln, 9, "g" if i == 0 else "m")
    pg.p.draw_rect(fitz.Rect(bx0, by0, 535, by0 + 18 + len(lines) * 16), width=0.8)
    facts += [F(None, 2024, "令和６年度", "total", "collection_rate", "actual", tot_rate, "percent",
                f"{zen(f'{tot_rate:.2f}')}％", 2),
              F(None, 2024, "令和６年度", "total", "written_off", "actual", wo_yen, "yen", wo, 2, approx=True),
              F(None, 2024, "令和６年度", "total", "outstanding", "actual", s_out_yen, "yen", s_out, 2, approx=True)]
    pg.y = by0 + 18 + len(lines) * 16 + 10
    pg.heading("４　計画の目標")
    pg.para("対象債権全体の収納率と収入未済額について、次のとおり年度ごとの目標を定める。")
    pg.y += 10
    pg.text(60, pg.y, "計画期間：令和８年度～令和１２年度", 10, "g")
    pg.y += 8
    rows = [["区分"] + [f"R{y - 2018}" for y in PLAN],
            ["収納率（％）"] + [f"{v:.2f}" for v in CITY_TGT["rate"]],
            ["収入未済額（百万円）"] + [f"{v:,}" for v in CITY_TGT["out"]]]
    table(pg, 60, [130, 70, 70, 70, 70, 70], rows, size=9, rh=20, aligns=["l", "r", "r", "r", "r", "r"])
    for y, v in zip(PLAN, CITY_TGT["rate"]):
        facts.append(F(None, y, f"R{y - 2018}", "total", "collection_rate", "target", v, "percent", f"{v:.2f}", 2))
    for y, v in zip(PLAN, CITY_TGT["out"]):
        facts.append(F(None, y, f"R{y - 2018}", "total", "outstanding", "target", v * 1_000_000, "yen", f"{v:,}", 2))
    pg.y += 16
    pg.para("各債権の目標は、次ページ以降の債権管理推進シートに定める。", size=9)

    # ---------------- pages 3-5: 推進シート (landscape)
    for k, (s, d) in enumerate(zip(SHEETS, data)):
        page = 3 + k
        name = s["name"]
        head = f"債権管理推進シート　{s['label']}" + (f"　{name}（{s['ka']}）" if k == 2 else "")
        pg = Pg(doc, landscape=True, header=head, footer_no=page)
        pg.y = 62
        pg.text(45, pg.y, "債権管理推進シート", 14, "g")
        if k < 2:
            pg.y += 10
            table(pg, 45, [70, 200, 70, 160], [["債権名", name, "所管課", s["ka"]]], size=10, rh=20, header_rows=0,
                  aligns=["c", "l", "c", "l"])
        pg.heading("１　収納状況の推移", 10)
        pg.y += 4
        widths = [48, 82, 82, 50, 72, 72, 50, 66, 76, 56]
        pg.rtext(45 + sum(widths), pg.y - 2, "（単位：千円、％、人）", 8)
        rows = [["年度", "調定額(現年)", "収入済額(現年)", "収納率(現年)", "調定額(滞繰)", "収入済額(滞繰)",
                 "収納率(滞繰)", "不納欠損額", "収入未済額", "滞納者数"]]
        for y in YEARS:
            r = d[y]
            rows.append([str(y), comma(r["ac"]), comma(r["cc"]), f"{r['rc']:.2f}", comma(r["aa"]), comma(r["ca"]),
                         f"{r['ra']:.2f}", comma(r["w"]), comma(r["o"]), comma(r["dl"])])
            fy_raw = str(y)
            for seg, met, v, unit, raw in (
                    ("current", "assessed", r["ac"] * 1000, "yen", comma(r["ac"])),
                    ("current", "collected", r["cc"] * 1000, "yen", comma(r["cc"])),
                    ("current", "collection_rate", r["rc"], "percent", f"{r['rc']:.2f}"),
                    ("arrears", "assessed", r["aa"] * 1000, "yen", comma(r["aa"])),
                    ("arrears", "collected", r["ca"] * 1000, "yen", comma(r["ca"])),
                    ("arrears", "collection_rate", r["ra"], "percent", f"{r['ra']:.2f}"),
                    ("total", "written_off", r["w"] * 1000, "yen", comma(r["w"])),
                    ("total", "outstanding", r["o"] * 1000, "yen", comma(r["o"])),
                    ("total", "delinquents", r["dl"], "persons", comma(r["dl"]))):
                facts.append(F(name, y, fy_raw, seg, met, "actual", v, unit, raw, page))
        table(pg, 45, widths, rows, size=8, rh=16, aligns=["c"] + ["r"] * 9)
        # prose
        r4, r3 = d[2024], d[2023]
        so, so_yen = oku(r4["o"])
        pg.y += 6
        zrc, zra = zen(f"{r4['rc']:.2f}") + "％", zen(f"{r4['ra']:.2f}") + "％"
        pg.para(f"令和６年度の収納率は、現年分が{zrc}、滞納繰越分が{zra}となり、"
                f"収入未済額は{so}となった。", size=9, x=50)
        facts += [F(name, 2024, "令和６年度", "current", "collection_rate", "actual", r4["rc"], "percent", zrc, page),
                  F(name, 2024, "令和６年度", "arrears", "collection_rate", "actual", r4["ra"], "percent", zra, page),
                  F(name, 2024, "令和６年度", "total", "outstanding", "actual", so_yen, "yen", so, page, approx=True)]
        # targets
        pg.heading("２　目標", 10)
        pg.y += 2
        pg.text(50, pg.y + 8, "計画期間：令和８年度～令和１２年度", 9, "m")
        pg.y += 14
        rows = [["区分"] + [era(y) for y in PLAN],
                ["収納率（現年）"] + [f"{v:.2f}％" for v in s["tgt"]["current"]],
                ["収納率（滞繰）"] + [f"{v:.2f}％" for v in s["tgt"]["arrears"]],
                ["収入未済額（千円）"] + [comma(v) for v in s["tgt"]["out"]]]
        table(pg, 45, [140] + [90] * 5, rows, size=8, rh=15, aligns=["l"] + ["r"] * 5)
        for i, y in enumerate(PLAN):
            fr = era(y)
            facts += [F(name, y, fr, "current", "collection_rate", "target", s["tgt"]["current"][i], "percent",
                        f"{s['tgt']['current'][i]:.2f}％", page),
                      F(name, y, fr, "arrears", "collection_rate", "target", s["tgt"]["arrears"][i], "percent",
                        f"{s['tgt']['arrears'][i]:.2f}％", page),
                      F(name, y, fr, "total", "outstanding", "target", s["tgt"]["out"][i] * 1000, "yen",
                        comma(s["tgt"]["out"][i]), page)]
        # 取組 side by side
        pg.heading("３　目標達成に向けた取組", 10)
        pg.y += 4
        x0, colw = 45, (pg.w - 90) / 2
        top = pg.y
        pg.p.draw_rect(fitz.Rect(x0, top, x0 + 2 * colw, top + 16), color=None, fill=(0.88, 0.88, 0.88))
        secs = list(s["acts"].keys())
        for j, sec in enumerate(secs):
            pg.ctext(x0 + j * colw, x0 + (j + 1) * colw, top + 11, sec, 9)
        maxy = top + 16
        for j, sec in enumerate(secs):
            yy = top + 16
            for n, (t, st) in enumerate(s["acts"][sec], 1):
                lbl = f"({n})"
                tag = f"【{st}】"
                body = t + tag
                lines = pg.wrap(body, colw - 34, 8.5, "m")
                if (j + n) % 3 == 0:  # tag wrapped onto its own line
                    lines = pg.wrap(t, colw - 34, 8.5, "m") + [tag]
                for li, ln in enumerate(lines):
                    yy += 13
                    if li == 0:
                        pg.text(x0 + j * colw + 6, yy, lbl, 8.5, "m")
                    pg.text(x0 + j * colw + 28, yy, ln, 8.5, "m")
                yy += 3
                inits.append({"debt": name, "fiscal_year": 2026, "section": sec, "label": lbl, "text": t,
                              "status": st, "page": page})
            maxy = max(maxy, yy)
        maxy += 6
        pg.p.draw_rect(fitz.Rect(x0, top, x0 + 2 * colw, maxy), width=0.6)
        pg.p.draw_line((x0 + colw, top), (x0 + colw, maxy), width=0.4)
        pg.p.draw_line((x0, top + 16), (x0 + 2 * colw, top + 16), width=0.4)
        if maxy > pg.h - 40:
            raise RuntimeError(f"page {page} overflows: {maxy}")

    doc.subset_fonts()
    dest = ROOT / "pdf" / f"{STEM}.pdf"
    doc.set_metadata({"title": TITLE, "producer": "PyMuPDF"})
    doc.save(dest, garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": CITY, "title": "第２次高瀬川市債権管理計画（令和８年度～令和１２年度）",
                "date": "2026-03-01", "date_raw": "令和８年３月"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
