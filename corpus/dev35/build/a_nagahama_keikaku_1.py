"""長浜市-style 債権管理計画 with one 債権管理推進シート per debt.

PyMuPDF Story (HTML) + direct drawing (bar chart, running header/footer).  Family: 尼崎市 plan.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from a_common import OUT, PDF, Facts, Locator, write_gold, zen, comma  # noqa: E402

import fitz

STEM = "a_nagahama_keikaku_1"
CITY = "長浜市"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
YEARS = [2020, 2021, 2022, 2023, 2024]
TGT_YEARS = [2026, 2027, 2028, 2029, 2030]

random.seed(35)


def series(ac0, rc, aa0, ra, wo, dl):
    """5-year series in yen: (year, Ac, Cc, Aa, Ca, W, outstanding, delinquents)."""
    out = []
    aa = aa0
    for i, y in enumerate(YEARS):
        ac = int(ac0[i])
        cc = int(round(ac * rc[i] / 100))
        ca = int(round(aa * ra[i] / 100))
        w = int(wo[i])
        o = ac + aa - cc - ca - w
        out.append(dict(y=y, ac=ac, cc=cc, aa=aa, ca=ca, w=w, o=o, d=dl[i]))
        aa = o
    return out


# amounts in 千円 (the document prints 千円), kept as integers of 千円
DEBTS = {
    "市税": dict(ka="税務課", kubun="強制徴収公債権", acct="一般会計", data=series(
        [15_802_331, 15_955_470, 16_210_886, 16_388_125, 16_512_904], [98.71, 98.83, 98.95, 99.02, 99.11],
        812_554, [24.20, 26.35, 27.81, 29.02, 30.46], [61_220, 58_410, 49_875, 44_302, 40_118],
        [3_912, 3_705, 3_488, 3_301, 3_126]),
        tgt_cur=[99.20, 99.25, 99.30, 99.35, 99.40], tgt_arr=[31.00, 32.00, 33.00, 34.00, 35.00],
        tgt_out=[520_000, 505_000, 490_000, 475_000, 460_000],
        sentences=["（１）現年課税分の収納率を、令和１２年度までに９９．４０％以上とする。",
                   "（２）滞納繰越分の収納率を、令和１２年度までに３５．００％以上とする。",
                   "（３）収入未済額を、令和１２年度末において４億６，０００万円以下とする。"],
        items=[("1", "滞納の未然防止", [("1-1", "スマートフォン決済及び地方税統一ＱＲコードによる納付を周知し、納期内納付を促進する。", "令和８年度～", "継続"),
                                       ("1-2", "口座振替の新規申込みをＷｅｂで受け付け、申込手続の負担を軽減する。", "令和８年度～", "新規")]),
               ("2", "滞納整理の強化", [("2-1", "現年課税分の未納者に対し、納期限後３０日以内にＳＭＳと文書による催告を行う。", "毎月", "拡充"),
                                      ("2-2", "電子預貯金照会を活用して財産調査を迅速化し、差押えを早期に執行する。", "令和８年度～", "拡充"),
                                      ("2-3", "高額・困難事案は滋賀県との共同徴収により捜索及び公売を実施する。", "随時", "継続")])]),
    "国民健康保険税": dict(ka="保険年金課", kubun="強制徴収公債権", acct="国民健康保険事業特別会計", data=series(
        [3_612_880, 3_540_225, 3_455_610, 3_390_118, 3_322_450], [94.10, 94.52, 94.88, 95.10, 95.36],
        1_021_440, [18.20, 19.35, 20.48, 21.60, 22.41], [88_120, 76_540, 70_215, 64_880, 60_102],
        [2_688, 2_540, 2_411, 2_305, 2_198]),
        tgt_cur=[95.50, 95.65, 95.80, 95.95, 96.10], tgt_arr=[23.00, 23.50, 24.00, 24.50, 25.00],
        tgt_out=[620_000, 600_000, 580_000, 560_000, 540_000],
        sentences=None,
        items=[("1", "納付環境の整備", [("1-1", "新規加入世帯に口座振替を原則とする旨を案内し、加入時に申込みを受け付ける。", "通年", "継続")]),
               ("2", "滞納整理", [("2-1", "納付相談に応じない滞納世帯に対し、給与・預貯金の差押えを行う。", "通年", "継続"),
                                 ("2-2", "資格喪失後の未納世帯に対し、年２回の一斉催告を行う。", "６月・１２月", "新規")])]),
    "保育所保育料": dict(ka="幼児課", kubun="強制徴収公債権", acct="一般会計", data=series(
        [402_118, 388_460, 351_205, 340_882, 336_510], [98.02, 98.21, 98.40, 98.55, 98.63],
        41_205, [14.10, 15.33, 16.02, 16.85, 17.40], [2_105, 1_880, 1_640, 1_522, 1_410],
        [182, 171, 160, 151, 143]),
        tgt_cur=[98.70, 98.75, 98.80, 98.85, 98.90], tgt_arr=[18.00, 18.50, 19.00, 19.50, 20.00],
        tgt_out=[31_000, 30_000, 29_000, 28_000, 27_000],
        sentences=None,
        items=[("1", "現年分の徴収", [("1-1", "在園児の保護者に対し、園を通じて未納通知を手渡しする。", "毎月", "継続"),
                                     ("1-2", "児童手当からの申出徴収を勧奨する。", "２月・６月・１０月", "拡充")])]),
    "市営住宅使用料": dict(ka="住宅課", kubun="私債権", acct="一般会計", data=series(
        [288_450, 285_102, 281_660, 279_015, 276_820], [96.80, 97.02, 97.21, 97.40, 97.55],
        98_410, [8.10, 8.62, 9.05, 9.48, 9.90], [4_210, 5_530, 3_880, 4_105, 3_620],
        [214, 205, 198, 190, 183]),
        tgt_cur=[97.60, 97.70, 97.80, 97.90, 98.00], tgt_arr=[10.50, 11.00, 11.50, 12.00, 12.50],
        tgt_out=[96_000, 94_000, 92_000, 90_000, 88_000],
        sentences=None,
        items=[("1", "滞納の早期解消", [("1-1", "滞納３か月の時点で連帯保証人を含めた納付指導を行う。", "通年", "継続"),
                                       ("1-2", "退去者の滞納分の回収を弁護士法人に委託する。", "令和８年度～", "新規")])]),
}
# other debts only on the overview table (令和６年度, 千円): 調定, 収入済, 不納欠損
OTHERS = {
    "生活保護費返還金": dict(acct="一般会計", a=301_250, c=24_880, w=6_120),
    "介護保険料": dict(acct="介護保険事業特別会計", a=2_480_115, c=2_415_830, w=9_870),
    "後期高齢者医療保険料": dict(acct="後期高齢者医療事業特別会計", a=1_310_442, c=1_302_105, w=1_215),
    "下水道使用料": dict(acct="下水道事業会計", a=1_688_320, c=1_661_490, w=2_440),
}
KOJIN = dict(a=7_112_480, c=6_995_230, w=18_210)   # うち個人市民税 (part of 市税)
ACCTS = ["一般会計", "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療事業特別会計", "下水道事業会計"]


def r1(c, a):
    return round(c / a * 100 + 1e-9, 1)


def r2(c, a):
    return round(c / a * 100 + 1e-9, 2)


def y2024(name):
    if name in DEBTS:
        d = DEBTS[name]["data"][-1]
        return dict(a=d["ac"] + d["aa"], c=d["cc"] + d["ca"], w=d["w"])
    return OTHERS[name]


def acct_of(name):
    return DEBTS[name]["acct"] if name in DEBTS else OTHERS[name]["acct"]


ORDER = ["市税", "保育所保育料", "市営住宅使用料", "生活保護費返還金", "国民健康保険税", "介護保険料",
         "後期高齢者医療保険料", "下水道使用料"]


def overview_rows():
    rows = []  # (acct_label, name, debt, a, c, w, o, rate, kind)
    gt = dict(a=0, c=0, w=0)
    for acct in ACCTS:
        names = [n for n in ORDER if acct_of(n) == acct]
        sub = dict(a=0, c=0, w=0)
        for n in names:
            v = y2024(n)
            o = v["a"] - v["c"] - v["w"]
            rows.append((acct, n, n, v["a"], v["c"], v["w"], o, r1(v["c"], v["a"]), "debt"))
            for k in sub:
                sub[k] += v[k]
            if n == "市税":
                k = KOJIN
                rows.append((acct, "うち個人市民税", "個人市民税", k["a"], k["c"], k["w"], k["a"] - k["c"] - k["w"],
                             r1(k["c"], k["a"]), "part"))
        if len(names) > 1:
            o = sub["a"] - sub["c"] - sub["w"]
            rows.append((acct, "小計", None, sub["a"], sub["c"], sub["w"], o, r1(sub["c"], sub["a"]), "sub"))
        for k in gt:
            gt[k] += sub[k]
    o = gt["a"] - gt["c"] - gt["w"]
    rows.append(("", "合計", None, gt["a"], gt["c"], gt["w"], o, r1(gt["c"], gt["a"]), "total"))
    return rows


OV = overview_rows()
TOTAL_OUT_2024 = OV[-1][6]  # 千円
CHART = [(2020, "R2", 2_351_2), (2021, "R3", 2_148_6), (2022, "R4", 1_996_1), (2023, "R5", 1_874_9)]


def chart_values():
    vals = [(y, lab, v / 10) for y, lab, v in CHART]
    vals.append((2024, "R6", round(TOTAL_OUT_2024 / 1000, 1)))
    return vals


CH = chart_values()


def oku_man(yen_k):
    """約１７億５，８００万円 style (rounded to 100万円) from 千円."""
    man = int(round(yen_k / 1000)) * 100  # 万円, rounded to 百万円
    oku, rest = divmod(man, 10000)
    s = f"{oku}億" + (f"{rest:,}万円" if rest else "円")
    return zen(s), (oku * 10000 + rest) * 10000


CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 18pt; text-align: center; margin: 0;}
h2 {font-family: G; font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt;}
h3 {font-family: G; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt;}
p {margin: 0 0 3pt 0;}
.c {text-align: center;}
.r {text-align: right; font-size: 8pt;}
table {border-collapse: collapse; width: 100%;}
td, th {font-size: 8pt; padding: 1.5pt 2.5pt;}
table.grid td, table.grid th {border: 0.6pt solid black;}
table.hr td, table.hr th {border-top: 0.6pt solid black; border-bottom: 0.6pt solid black;}
th {font-family: G; font-weight: normal;}
td.h {font-family: G; text-align: center;}
td.n {text-align: right;}
td.ind {padding-left: 12pt;}
.box {border: 0.8pt solid black; padding: 4pt;}
"""


def sheet_html(name, no):
    d = DEBTS[name]
    h = [f'<h2 style="page-break-before: always">債権管理推進シート（{zen(str(no))}）</h2>']
    h.append('<table class="grid"><tr>'
             f'<td width="40%"><b>債権名　{name}</b></td>'
             f'<td width="30%">所管課　{d["ka"]}</td><td width="30%">債権区分　{d["kubun"]}</td></tr></table>')
    h.append('<h3>（１）直近５か年の収納状況</h3><p class="r">（単位：千円、人）</p>')
    h.append('<table class="hr"><tr><th>年度</th><th>調定額<br>(現年)</th><th>収入済額<br>(現年)</th>'
             '<th>収納率<br>（現年）</th><th>調定額<br>(滞繰分)</th><th>収入済額<br>(滞繰分)</th>'
             '<th>収納率<br>（滞繰分）</th><th>不納欠損額</th><th>収入未済額</th><th>滞納者数</th></tr>')
    for r in d["data"]:
        cells = [str(r["y"]), comma(r["ac"]), comma(r["cc"]), f'{r2(r["cc"], r["ac"]):.2f}%', comma(r["aa"]),
                 comma(r["ca"]), f'{r2(r["ca"], r["aa"]):.2f}%', comma(r["w"]), comma(r["o"]), comma(r["d"])]
        h.append("<tr>" + "".join(f'<td class="{"n" if i else "c"}">{c}</td>' for i, c in enumerate(cells)) + "</tr>")
    h.append("</table>")
    h.append('<p style="font-size:8pt">※収入未済額は現年分と滞繰分の合計。滞納者数は各年度末現在の実人数。</p>')
    h.append('<h3>（２）目標</h3><p>計画期間：令和8年度～令和12年度</p>')
    h.append('<table class="grid"><tr><th>区分</th>' + "".join(f"<th>R{y - 2018}</th>" for y in TGT_YEARS) + "</tr>")
    h.append('<tr><td>現年分収納率</td>' + "".join(f'<td class="n">{v:.2f}%</td>' for v in d["tgt_cur"]) + "</tr>")
    h.append('<tr><td>滞繰分収納率</td>' + "".join(f'<td class="n">{v:.2f}%</td>' for v in d["tgt_arr"]) + "</tr>")
    h.append('<tr><td>収入未済額（千円）</td>' + "".join(f'<td class="n">{comma(v)}</td>' for v in d["tgt_out"]) + "</tr>")
    h.append("</table>")
    if d["sentences"]:
        h.append('<div class="box">' + "".join(f"<p>{s}</p>" for s in d["sentences"]) + "</div>")
    h.append('<h3>（３）目標達成に向けた取組</h3>')
    h.append('<table class="grid"><tr><td class="h" width="18%">取組項目</td><td class="h" width="6%">No.</td>'
             '<td class="h" width="54%">内容</td><td class="h" width="13%">実施時期</td>'
             '<td class="h" width="9%">区　分</td></tr>')
    for gno, gname, its in d["items"]:
        for j, (lab, text, when, st) in enumerate(its):
            first = f'<td rowspan="{len(its)}">{gno}　{gname}</td>' if j == 0 else ""
            h.append(f'<tr>{first}<td class="c">{lab}</td><td>{text}</td><td class="c">{when}</td>'
                     f'<td class="c">{st}</td></tr>')
    h.append("</table>")
    return "\n".join(h)


def build_html():
    ts, ts_yen = oku_man(TOTAL_OUT_2024)
    dm = (2_612_000_000 - ts_yen) // 10000
    diff_s = f"{dm // 10000}億{dm % 10000:,}万円"
    h = ['<h1>長浜市債権管理計画</h1><p class="c">（令和８年度～令和１２年度）</p>',
         '<p class="c">令和８年３月　長浜市</p>',
         '<h2>１　計画策定の趣旨</h2>',
         '<p>　本市では、平成２９年度に長浜市債権管理条例を施行し、全庁的な債権管理の推進体制を整えて収入未済額の縮減に取り組んできた。'
         '前計画期間（令和３年度～令和７年度）においては、収納率の向上と滞納整理の強化により一定の成果を上げたが、'
         '非強制徴収債権を中心に、なお多額の収入未済額が残っている。このため、令和８年度から５か年の新たな計画を定め、'
         '公平・公正な市民負担の確保と健全な財政運営に取り組むものである。</p>',
         '<h2>２　本市の収入未済額の状況</h2>',
         f'<p>　令和６年度決算における市全体の収入未済額は約{ts}であり、ピーク時の平成２８年度（約２６億１，２００万円）と比べ、'
         f'約{zen(diff_s)}減少した。収入未済額の推移は次のとおりである。</p>',
         '<p style="font-family:G; text-align:center; margin-top:6pt">図１　収入未済額の推移（単位：百万円）</p>',
         "<p>&#160;</p>" * 12,
         '<p style="font-size:8pt">※各年度の決算額。市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、'
         '市営住宅使用料、生活保護費返還金及び下水道使用料の合計。</p>',
         '<h2>３　主要債権の状況（令和６年度決算）</h2><p class="r">（単位：千円）</p>',
         '<table class="grid"><tr><th>会計</th><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>'
         '<th>収入未済額</th><th>収納率(%)</th></tr>']
    acct_rows = {}
    for row in OV:
        acct_rows.setdefault(row[0], []).append(row)
    for acct in ACCTS + [""]:
        rows = acct_rows[acct]
        for j, (ac, name, debt, a, c, w, o, rt, kind) in enumerate(rows):
            first = ""
            if acct == "":
                first = '<td colspan="2" class="c"><b>合計</b></td>'
            elif j == 0:
                first = f'<td rowspan="{len(rows)}">{acct}</td>'
            namecell = "" if acct == "" else (
                f'<td class="ind">{name}</td>' if kind == "part" else f"<td>{name}</td>")
            nums = "".join(f'<td class="n">{v}</td>' for v in (comma(a), comma(c), comma(w), comma(o), f"{rt:.1f}"))
            h.append(f"<tr>{first}{namecell}{nums}</tr>")
    h.append("</table>")
    h.append('<p style="font-size:8pt">※市税の内訳として個人市民税を再掲している（小計・合計には含まない）。</p>')
    h.append('<h2>４　計画の目標と推進体制</h2>'
             '<p>　主要債権ごとに「債権管理推進シート」を作成し、現年分及び滞繰分の収納率並びに収入未済額について'
             '年度ごとの目標値を定める。各シートの進捗は、副市長を本部長とする債権管理推進本部において毎年度検証する。</p>')
    for no, name in enumerate(DEBTS, 1):
        h.append(sheet_html(name, no))
    return "\n".join(h), ts, ts_yen


def render(html, path):
    arch = fitz.Archive()
    arch.add(fitz.Archive(str(Path(GOTHIC).parent)))
    arch.add(fitz.Archive(str(Path(MINCHO).parent)))
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    writer = fitz.DocumentWriter(str(path))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (56, 62, -56, -58)
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()


def decorate(src, dest):
    doc = fitz.open(src)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="G", fontfile=GOTHIC)
        page.insert_text((56, 40), "長浜市債権管理計画（令和８年度～令和１２年度）", fontname="G", fontsize=7.5)
        page.draw_line((56, 45), (page.rect.width - 56, 45), width=0.4)
        page.insert_text((page.rect.width / 2 - 12, page.rect.height - 30), f"- {i + 1} -", fontname="G", fontsize=8)
    # bar chart on page 1 below the figure caption
    p = doc[0]
    hits = p.search_for("図１")
    y0 = hits[0].y1 + 8
    x0, x1 = 110, p.rect.width - 110
    h = 150
    base = y0 + h
    p.draw_line((x0, base), (x1, base), width=0.8)
    p.draw_line((x0, y0), (x0, base), width=0.5)
    vmax = 2600
    for k in range(0, 2600, 500):
        yy = base - h * k / vmax
        p.draw_line((x0 - 3, yy), (x0, yy), width=0.5)
        p.insert_text((x0 - 28, yy + 3), f"{k:,}", fontname="G", fontsize=6.5)
    slot = (x1 - x0) / len(CH)
    for j, (y, lab, v) in enumerate(CH):
        bx = x0 + slot * j + slot * 0.25
        bw = slot * 0.5
        bh = h * v / vmax
        p.draw_rect(fitz.Rect(bx, base - bh, bx + bw, base), color=(0, 0, 0), fill=(0.55, 0.62, 0.75), width=0.5)
        txt = f"{v:,.1f}"
        p.insert_text((bx + bw / 2 - len(txt) * 1.9, base - bh - 3), txt, fontname="G", fontsize=7.5)
        p.insert_text((bx + bw / 2 - 6, base + 11), lab, fontname="G", fontsize=8)
    p.insert_text((x1 - 30, base + 22), "（年度）", fontname="G", fontsize=7)
    doc.subset_fonts()
    doc.save(dest, garbage=4, deflate=True)
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    html, ts, ts_yen = build_html()
    raw_pdf = OUT / f"{STEM}_raw.pdf"
    render(html, raw_pdf)
    pdf = PDF / f"{STEM}.pdf"
    decorate(raw_pdf, pdf)
    loc = Locator(pdf)
    F = Facts()
    # prose on page 1
    pg = loc.find(f"収入未済額は約{ts}", f"約{ts}")
    F.add(pg, None, 2024, "令和６年度決算", "total", "outstanding", "actual", ts_yen, "yen", f"約{ts}", approx=True)
    pg = loc.find("平成２８年度（約２６億１，２００万円）", "約２６億１，２００万円")
    F.add(pg, None, 2016, "平成２８年度", "total", "outstanding", "actual", 2_612_000_000, "yen", "約２６億１，２００万円",
          approx=True)
    # chart labels (page 1)
    for y, lab, v in CH:
        F.add(1, None, y, lab, "total", "outstanding", "actual", int(round(v * 1_000_000)), "yen", f"{v:,.1f}")
    # overview table
    loc.find("主要債権の状況（令和６年度決算）")
    for ac, name, debt, a, c, w, o, rt, kind in OV:
        label = name if kind in ("debt", "part") else ("合計" if kind == "total" else "小計")
        snippet = (label + comma(a)) if kind != "sub" else ("小計" + comma(a))
        pg = loc.find(snippet, comma(a))
        draw = name if kind != "sub" else f"小計（{ac}）"
        for metric, val, raw in (("assessed", a, comma(a)), ("collected", c, comma(c)), ("written_off", w, comma(w)),
                                 ("outstanding", o, comma(o))):
            F.add(pg, debt, 2024, "令和６年度決算", "total", metric, "actual", val * 1000, "yen", raw, debt_raw=draw)
        F.add(pg, debt, 2024, "令和６年度決算", "total", "collection_rate", "actual", rt, "percent", f"{rt:.1f}",
              debt_raw=draw)
    # sheets
    inits = []
    for no, (name, d) in enumerate(DEBTS.items(), 1):
        loc.find(f"債権名　{name}")
        for r in d["data"]:
            y = r["y"]
            cells = [("assessed", "current", r["ac"] * 1000, comma(r["ac"]), "yen"),
                     ("collected", "current", r["cc"] * 1000, comma(r["cc"]), "yen"),
                     ("collection_rate", "current", r2(r["cc"], r["ac"]), f'{r2(r["cc"], r["ac"]):.2f}%', "percent"),
                     ("assessed", "arrears", r["aa"] * 1000, comma(r["aa"]), "yen"),
                     ("collected", "arrears", r["ca"] * 1000, comma(r["ca"]), "yen"),
                     ("collection_rate", "arrears", r2(r["ca"], r["aa"]), f'{r2(r["ca"], r["aa"]):.2f}%', "percent"),
                     ("written_off", "total", r["w"] * 1000, comma(r["w"]), "yen"),
                     ("outstanding", "total", r["o"] * 1000, comma(r["o"]), "yen"),
                     ("delinquents", "total", r["d"], comma(r["d"]), "persons")]
            pg = loc.find(f'{y}{comma(r["ac"])}', comma(r["ac"]))
            for metric, seg, val, raw, unit in cells:
                F.add(pg, name, y, str(y), seg, metric, "actual", val, unit, raw)
        pg = loc.find("計画期間：令和8年度～令和12年度")
        for y, v in zip(TGT_YEARS, d["tgt_cur"]):
            F.add(pg, name, y, f"R{y - 2018}", "current", "collection_rate", "target", v, "percent", f"{v:.2f}%")
        for y, v in zip(TGT_YEARS, d["tgt_arr"]):
            F.add(pg, name, y, f"R{y - 2018}", "arrears", "collection_rate", "target", v, "percent", f"{v:.2f}%")
        for y, v in zip(TGT_YEARS, d["tgt_out"]):
            F.add(pg, name, y, f"R{y - 2018}", "total", "outstanding", "target", v * 1000, "yen", comma(v))
        if d["sentences"]:
            s = d["sentences"]
            pg = loc.find(s[0], "９９．４０％", move=False)
            F.add(pg, name, 2030, "令和１２年度", "current", "collection_rate", "target", 99.40, "percent", "９９．４０％")
            pg = loc.find(s[1], "３５．００％", move=False)
            F.add(pg, name, 2030, "令和１２年度", "arrears", "collection_rate", "target", 35.00, "percent", "３５．００％")
            pg = loc.find(s[2], "４億６，０００万円", move=False)
            F.add(pg, name, 2030, "令和１２年度", "total", "outstanding", "target", 460_000_000, "yen", "４億６，０００万円")
        for gno, gname, its in d["items"]:
            for lab, text, when, st in its:
                pg = loc.find(text)
                inits.append({"debt": name, "fiscal_year": 2026, "section": "目標達成に向けた取組",
                              "label": lab, "text": text, "status": st, "page": pg})
    document = {"kind": "plan", "municipality": CITY, "title": "長浜市債権管理計画（令和８年度～令和１２年度）",
                "date": "2026-03-01", "date_raw": "令和８年３月"}
    return write_gold(STEM, document, F.items, inits, None)


if __name__ == "__main__":
    main()
