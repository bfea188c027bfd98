"""北川町 債権管理適正化プラン (会計・款・債権の収入未済額) -> PyMuPDF direct drawing."""
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import fitz

from p_common import PDF, Facts, comma, write_gold, z

STEM = "p_kitagawa_plan_1"
MUNI = "北川町"
TITLE = "北川町債権管理適正化プラン（令和６年度～令和７年度）"
M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM, FG = fitz.Font(fontfile=M), fitz.Font(fontfile=G)
W, H = fitz.paper_size("a4")
LM, RM, TOP, BOT = 56, W - 56, 70, H - 70

# 内訳 (yen): 会計, 款, 債権, amount
DETAIL = [
    ("一般会計", "町税", "町民税（個人）", 118_402_315), ("一般会計", "町税", "町民税（法人）", 3_120_400),
    ("一般会計", "町税", "固定資産税", 96_880_127), ("一般会計", "町税", "軽自動車税（種別割）", 4_215_800),
    ("一般会計", "分担金及び負担金", "保育所保育料", 6_318_540), ("一般会計", "分担金及び負担金", "放課後児童クラブ負担金", 512_000),
    ("一般会計", "使用料及び手数料", "町営住宅使用料", 14_902_630), ("一般会計", "使用料及び手数料", "町営住宅駐車場使用料", 388_000),
    ("一般会計", "使用料及び手数料", "行政財産使用料", 127_660), ("一般会計", "諸収入", "生活保護費返還金", 21_450_318),
    ("一般会計", "諸収入", "学校給食費", 2_904_115), ("一般会計", "諸収入", "奨学資金貸付金返還金", 8_230_000),
    ("一般会計", "諸収入", "児童扶養手当返還金", 1_650_840), ("一般会計", "諸収入", "災害援護資金貸付金", 3_900_000),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税（一般被保険者）", 121_930_455),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税（退職被保険者等）", 1_518_300),
    ("国民健康保険特別会計", "諸収入", "第三者納付金", 2_210_000), ("国民健康保険特別会計", "諸収入", "返納金", 1_046_220),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 3_812_600),
    ("介護保険特別会計", "保険料", "介護保険料", 18_611_420), ("介護保険特別会計", "諸収入", "介護給付費返還金", 455_000),
    ("水道事業会計", "営業収益", "水道料金", 27_330_918), ("水道事業会計", "営業外収益", "給水装置工事負担金", 680_000),
    ("下水道事業会計", "営業収益", "下水道使用料", 19_884_275), ("下水道事業会計", "資本的収入", "受益者負担金", 6_210_300),
]
ACCTS = ["一般会計", "国民健康保険特別会計", "後期高齢者医療特別会計", "介護保険特別会計", "水道事業会計", "下水道事業会計"]
# R2, R3 in 千円 (R4 computed from detail)
HIST = {"一般会計": (341_220, 312_905), "国民健康保険特別会計": (168_430, 146_118), "後期高齢者医療特別会計": (4_905, 4_210),
        "介護保険特別会計": (22_310, 20_844), "水道事業会計": (33_015, 30_402), "下水道事業会計": (28_760, 27_114)}


def acct_r4(a):
    return round(sum(v for ac, _, _, v in DETAIL if ac == a) / 1000)


TABLE_A = [(a, HIST[a][0], HIST[a][1], acct_r4(a)) for a in ACCTS]
TOT_A = ("合計", *[sum(r[i] for r in TABLE_A) for i in (1, 2, 3)])
DET_TOT = sum(v for *_, v in DETAIL)

# debt sections: name, (R4 実績 cur/arr/tot), R5 見込, R6 目標, R7 目標, R4 未済 yen (approx, 余), inits
SECT = [
    ("町民税（個人）", (98.62, 24.8, 92.15), (98.70, 25.5, 92.60), (98.80, 26.0, 93.00), (98.90, 27.0, 93.40),
     [("納期限後の未納者には、翌月中に督促状とあわせて電話による催告を行う。", "継続"),
      ("県と共同で給与所得者の特別徴収を徹底し、普通徴収の未納発生を抑える。", "拡充"),
      ("滞納繰越分は財産調査を早期に行い、差押えまでの期間を短くする。", "継続")]),
    ("国民健康保険税", (93.44, 18.6, 76.92), (93.60, 19.5, 77.80), (93.90, 20.5, 78.60), (94.20, 21.5, 79.40),
     [("口座振替の加入を、国民健康保険の加入手続の際に勧める。", "継続"),
      ("分納中の世帯について、納付状況を毎月確認し、不履行時には速やかに催告する。", "継続"),
      ("納付資力のない世帯については、執行停止を適切に行い、滞納繰越額の圧縮を図る。", "新規")]),
    ("水道料金", (99.21, 58.3, 98.05), (99.25, 59.0, 98.10), (99.30, 60.0, 98.20), (99.35, 61.0, 98.30),
     [("納期限を過ぎた使用者に対し、給水停止予告通知を送付する。", "継続"),
      ("長期の未納者には、支払督促の申立てを行う。", "新規")]),
]
PROSE_OUT = {"町民税（個人）": ("１億１，８４０万円余", 118_400_000), "国民健康保険税": ("約１億２，３４０万円", 123_400_000),
             "水道料金": ("２，７３３万円余", 27_330_000)}


class Pager:
    def __init__(self, doc):
        self.doc = doc
        self.new()

    def new(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="M", fontbuffer=FM.buffer)
        self.page.insert_font(fontname="G", fontbuffer=FG.buffer)
        self.y = TOP

    def text(self, s, size=10.5, font="M", x=None, align=0, gap=4, width=None):
        x = LM if x is None else x
        width = (RM - x) if width is None else width
        f = FM if font == "M" else FG
        lines = wrap(s, f, size, width)
        hgt = len(lines) * size * 1.5
        if self.y + hgt > BOT:
            self.new()
        for ln in lines:
            if align == 1:
                xx = x + (width - f.text_length(ln, size)) / 2
            elif align == 2:
                xx = x + width - f.text_length(ln, size)
            else:
                xx = x
            self.page.insert_text((xx, self.y + size), ln, fontname=font, fontsize=size)
            self.y += size * 1.5
        self.y += gap


def wrap(s, f, size, width):
    out = []
    for para in s.split("\n"):
        cur = ""
        for ch in para:
            if f.text_length(cur + ch, size) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
    return out


def table(pg, widths, header, rows, rules="full", size=8.5, aligns=None, header_repeat=True, spans=None, hsize=None):
    """rows: list of cell lists; spans: {(row, col): nrows} for merged label cells. Returns nothing."""
    aligns = aligns or [0] * len(widths)
    xs = [LM]
    for w in widths:
        xs.append(xs[-1] + w)
    pad = 3
    lh = size * 1.35

    def rh(cells, sz):
        n = 1
        for c, w in zip(cells, widths):
            n = max(n, len(wrap(str(c), FM, sz, w - 2 * pad)))
        return n * sz * 1.35 + 2 * pad

    def draw_row(cells, y, h, sz, font, hdr=False, skip=()):
        for i, (c, w) in enumerate(zip(cells, widths)):
            if i in skip:
                continue
            ls = wrap(str(c), FG if font == "G" else FM, sz, w - 2 * pad)
            yy = y + pad
            for ln in ls:
                f = FG if font == "G" else FM
                a = 1 if hdr else aligns[i]
                tl = f.text_length(ln, sz)
                x = xs[i] + pad if a == 0 else (xs[i] + (w - tl) / 2 if a == 1 else xs[i + 1] - pad - tl)
                pg.page.insert_text((x, yy + sz), ln, fontname=font, fontsize=sz)
                yy += sz * 1.35

    def draw_header():
        y0 = pg.y
        for hr in header:
            h = rh(hr, hsize or size)
            if rules != "none":
                pg.page.draw_rect(fitz.Rect(xs[0], pg.y, xs[-1], pg.y + h), color=None, fill=(0.9, 0.9, 0.9) if rules == "full" else None)
            draw_row(hr, pg.y, h, hsize or size, "G", hdr=True)
            if rules == "full":
                for x in xs:
                    pg.page.draw_line((x, pg.y), (x, pg.y + h), width=0.5)
                pg.page.draw_line((xs[0], pg.y), (xs[-1], pg.y), width=0.5)
            pg.y += h
        if rules in ("full", "h"):
            pg.page.draw_line((xs[0], y0), (xs[-1], y0), width=0.8)
            pg.page.draw_line((xs[0], pg.y), (xs[-1], pg.y), width=0.8)

    draw_header()
    spans = spans or {}
    active = {}  # col -> remaining rows of span
    for ri, cells in enumerate(rows):
        h = rh(cells, size)
        if pg.y + h > BOT:
            pg.new()
            pg.text("（前頁からの続き）", size=8.5, gap=2)
            if header_repeat:
                draw_header()
            # restart spans: print the label again on the new page
            for col in list(active):
                active[col] = (active[col][0], True)
        skip = set()
        for col in range(len(widths)):
            if (ri, col) in spans:
                active[col] = (spans[(ri, col)], False)
            elif col in active:
                n, reprint = active[col]
                if not reprint:
                    skip.add(col)
        draw_row(cells, pg.y, h, size, "M", skip=skip)
        for col in list(active):
            n, reprint = active[col]
            active[col] = (n, False)
        if rules == "full":
            for x in xs:
                pg.page.draw_line((x, pg.y), (x, pg.y + h), width=0.5)
            # bottom line except under spanning cells that continue
            for ci in range(len(widths)):
                cont = ci in active and active[ci][0] > 1
                if not cont:
                    pg.page.draw_line((xs[ci], pg.y + h), (xs[ci + 1], pg.y + h), width=0.5)
        elif rules == "h" and ri == len(rows) - 1:
            pg.page.draw_line((xs[0], pg.y + h), (xs[-1], pg.y + h), width=0.8)
        pg.y += h
        for col in list(active):
            n, rp = active[col]
            if n <= 1:
                del active[col]
            else:
                active[col] = (n - 1, rp)
    pg.y += 6


def build():
    doc = fitz.open()
    pg = Pager(doc)
    pg.y = 110
    pg.text(TITLE, size=17, font="G", align=1, gap=10)
    pg.text("令和６年４月", size=11, align=1, gap=2)
    pg.text("北　川　町", size=11, align=1, gap=24)
    pg.text("１　プラン策定の趣旨", size=12, font="G")
    pg.text("　町では、町税や国民健康保険税をはじめとする各種債権について、収入未済額の縮減と負担の公平性の確保に取り組んできた。令和４年度決算における町の収入未済額は、全会計で約" + z("4") + "億" + z("8,670") + "万円となり、前年度の約" + z("5") + "億" + z("4,160") + "万円から縮減した。一方で、国民健康保険税では滞納繰越分の徴収率が低い水準にとどまっており、引き続き重点的な対応が必要である。")
    pg.text("　このため、令和６年度から令和７年度までの２か年を期間とする本プランを定め、各債権の目標徴収率を明らかにするとともに、滞納の予防と早期の回収に全庁で取り組む。")
    pg.y += 6
    pg.text("２　町の債権の状況", size=12, font="G")
    pg.text("町の保有する全債権（会計区分ごと）に係る収入未済額", size=10, font="G", gap=0)
    pg.text("（単位：千円）", size=8.5, align=2, gap=0)
    hdr = [["会計名称", "令和２年度\n(2020年度)", "令和３年度\n(2021年度)", "令和４年度\n(2022年度)"]]
    rows = [[a, comma(x), comma(y), comma(zz)] for a, x, y, zz in TABLE_A + [TOT_A]]
    table(pg, [170, 105, 105, 105], hdr, rows, rules="none", size=9.5, aligns=[0, 2, 2, 2])
    pg.text("※各会計の収入未済額は、現年度分と滞納繰越分を合算したものである。企業会計は未収金の額である。", size=8.5)
    pg.y += 10
    pg.text("令和４年度（２０２２年度）　町の保有する全債権に係る収入未済額内訳", size=10.5, font="G", gap=0)
    pg.text("（単位：円）", size=8.5, align=2, gap=0)
    hdr = [["会計名称", "款名称等", "債権名", "収入未済額"]]
    rows, spans = [], {}
    prev_a = prev_k = None
    for i, (a, k, n, v) in enumerate(DETAIL):
        rows.append([a if a != prev_a else "", k if (a, k) != (prev_a, prev_k) else "", n, comma(v)])
        if a != prev_a:
            spans[(i, 0)] = sum(1 for x in DETAIL if x[0] == a)
        if (a, k) != (prev_a, prev_k):
            spans[(i, 1)] = sum(1 for x in DETAIL if x[0] == a and x[1] == k)
        prev_a, prev_k = a, k
    rows.append(["合計", "", "", comma(DET_TOT)])
    # repeat labels when a span continues on a new page: fill in label text on every row (skipped unless reprinted)
    for i, r in enumerate(rows[:-1]):
        r[0] = DETAIL[i][0]
        r[1] = DETAIL[i][1]
    table(pg, [130, 110, 170, 73], hdr, rows, rules="full", size=8.5, aligns=[0, 0, 0, 2], spans=spans)
    pg.new()
    pg.text("３　主な債権の目標と取組", size=12, font="G")
    for i, (n, r4, r5, r6, r7, its) in enumerate(SECT, 1):
        pg.text(f"（{i}）{n}", size=11, font="G")
        raw, _ = PROSE_OUT[n]
        pg.text(f"　令和４年度末の{n}の収入未済額は{raw}であり、下表のとおり徴収率の向上を目指す。", size=10)
        pg.text("目標徴収率（単位：％）", size=9, font="G", gap=0)
        hdr = [["区分", "令和4年度\n実績", "令和5年度\n見込", "令和6年度\n目標", "令和7年度\n目標"]]
        rows = [[lab, *[f"{v[k]:.2f}" if k != 1 else f"{v[k]:.1f}" for v in (r4, r5, r6, r7)]]
                for k, lab in enumerate(["現年分", "滞納繰越分", "合計"])]
        table(pg, [110, 90, 90, 90, 90], hdr, rows, rules="h", size=9, aligns=[0, 2, 2, 2, 2])
        pg.text("主な取組", size=9.5, font="G", gap=1)
        for tx, st in its:
            pg.text(f"・{tx}【{st}】", size=9.5, x=LM + 8, gap=1)
        pg.y += 8
    for i, p in enumerate(doc):
        p.insert_text((RM - FM.text_length("北川町債権管理適正化プラン", 8), 40), "北川町債権管理適正化プラン", fontname="M", fontsize=8)
        s = f"－{i + 1}－"
        p.insert_text((W / 2 - FM.text_length(s, 9) / 2, H - 36), s, fontname="M", fontsize=9)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)


def gold():
    f = Facts()
    f.add(None, 2022, "令和４年度", "total", "outstanding", "actual", 486_700_000, "yen", "約" + z("4") + "億" + z("8,670") + "万円", approx=True)
    f.add(None, 2021, "前年度", "total", "outstanding", "actual", 541_600_000, "yen", "約" + z("5") + "億" + z("4,160") + "万円", approx=True)
    anc = "会計区分ごと"
    for a, x, y, zz in TABLE_A + [TOT_A]:
        for fy, lab, v in ((2020, "令和２年度(2020年度)", x), (2021, "令和３年度(2021年度)", y), (2022, "令和４年度(2022年度)", zz)):
            f.add(None, fy, lab, "total", "outstanding", "actual", v * 1000, "yen", comma(v), debt_raw=a, ctx=anc)
    for a, k, n, v in DETAIL:
        f.add(n, 2022, "令和４年度（２０２２年度）", "total", "outstanding", "actual", v, "yen", comma(v), ctx=n)
    f.add(None, 2022, "令和４年度（２０２２年度）", "total", "outstanding", "actual", DET_TOT, "yen", comma(DET_TOT), debt_raw="合計")
    inits = []
    for i, (n, r4, r5, r6, r7, its) in enumerate(SECT, 1):
        anc = f"（{i}）{n}"
        raw, val = PROSE_OUT[n]
        f.add(n, 2022, "令和４年度末", "total", "outstanding", "actual", val, "yen", raw, approx=True, ctx=anc)
        for v, fy, lab, basis in ((r4, 2022, "令和4年度", "actual"), (r5, 2023, "令和5年度", "estimate"),
                                  (r6, 2024, "令和6年度", "target"), (r7, 2025, "令和7年度", "target")):
            for k, seg in enumerate(["current", "arrears", "total"]):
                rw = f"{v[k]:.2f}" if k != 1 else f"{v[k]:.1f}"
                f.add(n, fy, lab, seg, "collection_rate", basis, v[k], "percent", rw, ctx=anc)
        for tx, st in its:
            inits.append({"debt": n, "fiscal_year": 2024, "section": "主な取組", "label": "・", "text": tx,
                          "status": st, "page": None, "_ctx": anc})
    return write_gold(STEM, "plan", MUNI, TITLE, "2024-04-01", "令和６年４月", f, inits)


if __name__ == "__main__":
    build()
    print(gold())
