"""七浦市（架空） 庁議資料「令和6年度 滞納整理強化月間の実施結果について（報告）」 — openpyxl -> LibreOffice.

Modelled on a 庁議資料 of 玉野市 財政部税務課 (expydoc.com/doc/7622564, 「滞納整理強化月間について（報告）」:
目的/実施期間/対象費目/具体的な取組/収納金額 table with years as columns, 単位：円 under the table) and
extended with one 取組個票 per 費目 (the 静岡市 family content: 強化期間の実施内容と実績 with 前年度 in
brackets, 12月末 rates with 前年同期, 課題と取組). City name invented (玉野市 is used elsewhere).
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_a_common import OUT, PDF_DIR, c, cs, fact, fr, rate, to_pdf, write_gold  # noqa: E402

STEM = "e_nanaura_committee_1"
CITY = "七浦市"
FONT = "IPAexゴシック"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

MONTH = {  # 強化月間収納額 (円): R6, R5, R4
    "市税": (48215600, 45902310, 51034880),
    "国民健康保険税": (21408900, 22615040, 20118300),
    "介護保険料": (3102450, 2877600, 3340120),
    "後期高齢者医療保険料": (1215800, 1190300, 1088450),
    "市営住宅使用料": (2846000, 2512700, 2730900),
    "保育所保育料": (1504300, 1688200, 1402600),
}
YRS = [(2024, "R6強化月間"), (2023, "R5強化月間"), (2022, "R4強化月間")]

SHEETS = [
    {"name": "市税", "ka": "納税課", "kubun": "強制徴収公債権",
     "split": {"current": (30115200, 28402110), "arrears": (18100400, 17500200)},
     "naiyo": {"current": "・納期限後の未納者へ催告書を一斉送付\n・夜間電話催告（12月の毎週火・木曜日）\n・休日納税相談窓口の開設（12月8日・22日）",
               "arrears": "・預貯金、給与等の財産調査を集中実施\n・判明した財産の即時差押え\n・インターネット公売（動産）の実施"},
     "jisseki": {"current": "催告書送付 3,812件（3,640件）\n電話催告 1,205件（1,118件）\n収納額 {c0}円（{c1}円）",
                 "arrears": "財産調査 2,410件（2,266件）\n差押え 186件（171件）\n収納額 {a0}円（{a1}円）"},
     "dec": {"current": (16402300, 12987400, 78.95), "arrears": (712800, 201500, 27.40), "total_prior": 76.52},
     "kadai": "現年課税分の初期滞納が翌年度に繰り越される事案が多く、滞納繰越分では高額・長期事案の整理が遅れている。",
     "items": [("①", "現年課税分の滞納者には、納期限後30日以内にSMSと文書で催告し、早期の納付を促す。", "継続", False),
               ("②", "高額滞納事案は滞納整理第二係に集約し、捜索及び公売を計画的に実施する。", "拡充", False),
               ("③", "電子預貯金照会の対象金融機関を拡大し、財産調査を効率化する。", "新規", True)]},
    {"name": "国民健康保険税", "ka": "保険年金課", "kubun": "強制徴収公債権",
     "split": {"current": (13208900, 14015040), "arrears": (8200000, 8600000)},
     "naiyo": {"current": "・短期被保険者証更新時の納付相談\n・口座振替勧奨チラシの同封",
               "arrears": "・分納不履行者への催告\n・財産調査及び差押え"},
     "jisseki": {"current": "納付相談 642件（701件）\n収納額 {c0}円（{c1}円）",
                 "arrears": "差押え 58件（64件）\n収納額 {a0}円（{a1}円）"},
     "dec": {"current": (2905100, 1987300, 67.95), "arrears": (655000, 118400, 17.22), "total_prior": 58.90},
     "kadai": "資格喪失後の未納と、転出予定の外国人被保険者の未納が増えている。",
     "items": [("①", "資格喪失届の受付時に未納額を伝え、その場で納付相談を行う。", "継続", False),
               ("②", "外国人被保険者向けに多言語の納付案内を作成し、転出前の納付を促す。", "新規", False)]},
    {"name": "市営住宅使用料", "ka": "住宅課", "kubun": "私債権",
     "split": {"current": (1646000, 1412700), "arrears": (1200000, 1100000)},
     "naiyo": {"current": "・指定管理者と合同の訪問催告\n・連帯保証人への通知",
               "arrears": "・退去者への文書催告\n・支払督促の申立て準備"},
     "jisseki": {"current": "訪問催告 88件（75件）\n収納額 {c0}円（{c1}円）",
                 "arrears": "支払督促申立て 3件（2件）\n収納額 {a0}円（{a1}円）"},
     "dec": {"current": (402600, 300100, 74.91), "arrears": (98400, 14200, 13.08), "total_prior": 62.10},
     "kadai": "退去者の未納家賃が累積し、所在不明者の割合が高い。",
     "items": [("①", "家賃3か月以上の滞納者には、指定管理者と合同で訪問催告を行う。", "継続", False),
               ("②", "退去者の未納家賃は連帯保証人への請求を徹底し、支払督促の申立てを行う。", "拡充", True)]},
]


def put(ws, ref, text, size=10, bold=False, h="left", v="center", wrap=True, border=False):
    cell = ws[ref]
    cell.value = text
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        cell.border = BOX
    return cell


def box(ws, rng):
    from openpyxl.utils.cell import range_boundaries
    c1, r1, c2, r2 = range_boundaries(rng)
    for r in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            ws.cell(r, cc).border = BOX


def setup(ws, widths):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "庁議資料（令和7年2月3日）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 9
    for col, w in widths.items():
        ws.column_dimensions[col].width = w


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "報告"
    setup(ws, {"A": 4, "B": 26, "C": 20, "D": 20, "E": 20, "F": 22, "G": 4})
    put(ws, "F1", "庁議資料　報告", 10, True, h="center", border=True)
    put(ws, "F2", "令和7年2月3日", 10, h="right")
    put(ws, "F3", "財務部収納対策課", 10, h="right")
    ws.merge_cells("A5:G5")
    put(ws, "A5", "令和6年度 滞納整理強化月間の実施結果について（報告）", 15, True, h="center")
    r = 7
    lines = [
        ("１", "目　的"),
        (None, "市税や各種公共料金の自主納付の促進と収納率の向上を図るため、12月を「滞納整理強化月間」と定め、全庁一斉に滞納整理に取り組んだもの。"),
        ("２", "実施期間"),
        (None, "令和6年12月1日（日）から令和6年12月27日（金）まで"),
        ("３", "対象とした費目及び所属"),
        (None, "納期限内に納付のない市税、国民健康保険税、介護保険料、後期高齢者医療保険料、市営住宅使用料及び保育所保育料（以下「市税等」という。）を所管する9課"),
        ("４", "強化月間中の収納額"),
    ]
    for num, text in lines:
        if num:
            put(ws, f"A{r}", num, 11, True)
            put(ws, f"B{r}", text, 11, True, wrap=False)
        else:
            ws.merge_cells(f"B{r}:F{r}")
            put(ws, f"B{r}", text, 10)
            ws.row_dimensions[r].height = 30
        r += 1
    anchor1 = "強化月間中の収納額"
    hdr = ["費　目", "R6強化月間", "R5強化月間", "R4強化月間", "増減（R6－R5）"]
    for j, h in enumerate(hdr):
        put(ws, f"{'BCDEF'[j]}{r}", h, 10, True, h="center", border=True)
    r += 1
    tot = [0, 0, 0]
    for name, vals in MONTH.items():
        put(ws, f"B{r}", name, 10, border=True)
        for j, v in enumerate(vals):
            put(ws, f"{'CDE'[j]}{r}", c(v), 10, h="right", border=True)
            tot[j] += v
            facts.append(fact(name, YRS[j][0], YRS[j][1], "total", "collected", "actual", v, "yen", c(v), anchor1))
        put(ws, f"F{r}", cs(vals[0] - vals[1]), 10, h="right", border=True)
        r += 1
    put(ws, f"B{r}", "合　計", 10, True, border=True)
    for j, v in enumerate(tot):
        put(ws, f"{'CDE'[j]}{r}", c(v), 10, True, h="right", border=True)
        facts.append(fact(None, YRS[j][0], YRS[j][1], "total", "collected", "actual", v, "yen", c(v), anchor1,
                          debt_raw="合計"))
    put(ws, f"F{r}", cs(tot[0] - tot[1]), 10, True, h="right", border=True)
    r += 1
    put(ws, f"F{r}", "（単位：円）", 9, h="right")
    r += 2
    put(ws, f"A{r}", "５", 11, True)
    put(ws, f"B{r}", "まとめ", 11, True)
    r += 1
    ws.merge_cells(f"B{r}:F{r}")
    put(ws, f"B{r}", "市税及び市営住宅使用料は前年度の強化月間を上回ったが、国民健康保険税及び保育所保育料は下回った。"
                     "費目ごとの実施内容と課題は、別添の取組個票のとおりである。", 10)
    ws.row_dimensions[r].height = 32
    r += 2
    # 【参考】 box: one merged bordered cell
    ws.merge_cells(f"B{r}:E{r}")
    ref = "【参考】令和5年度決算の状況\n・市税収納率（現年＋滞繰）：98.02％\n・市税等の収入未済額：約9億4,600万円\n・国民健康保険税収納率（現年分）：94.6％"
    put(ws, f"B{r}", ref, 10, v="top")
    box(ws, f"B{r}:E{r}")
    ws.row_dimensions[r].height = 64
    a2 = "【参考】令和5年度決算の状況"
    facts += [fact("市税", 2023, "令和5年度決算", "total", "collection_rate", "actual", 98.02, "percent", "98.02％", a2),
              fact(None, 2023, "令和5年度決算", "total", "outstanding", "actual", 946000000, "yen", "約9億4,600万円", a2,
                   approx=True, debt_raw="市税等"),
              fact("国民健康保険税", 2023, "令和5年度決算", "current", "collection_rate", "actual", 94.6, "percent", "94.6％", a2)]

    for sh in SHEETS:
        name = sh["name"]
        w = wb.create_sheet(name)
        setup(w, {"A": 14, "B": 30, "C": 14, "D": 30, "E": 14, "F": 24})
        w.merge_cells("A1:F1")
        put(w, "A1", "取組個票", 12, True, h="left")
        labels = [("A3", "債権名"), ("B3", name), ("C3", "所管課"), ("D3", sh["ka"]), ("E3", "債権区分"), ("F3", sh["kubun"])]
        for ref_, t in labels:
            put(w, ref_, t, 11, ref_[0] in "ACE", h="center", border=True)
        anc = f"債権名{name}所管課{sh['ka']}"
        w.merge_cells("A5:F5")
        sec1 = f"１　強化月間（令和6年12月）の実施内容と実績　※（　）内は前年度の強化月間"
        put(w, "A5", sec1, 11, True)
        put(w, "A6", "区分", 10, True, h="center", border=True)
        w.merge_cells("B6:C6")
        put(w, "B6", "実施内容", 10, True, h="center", border=True)
        box(w, "B6:C6")
        w.merge_cells("D6:F6")
        put(w, "D6", "実績", 10, True, h="center", border=True)
        box(w, "D6:F6")
        sp = sh["split"]
        fmt = {"c0": c(sp["current"][0]), "c1": c(sp["current"][1]), "a0": c(sp["arrears"][0]), "a1": c(sp["arrears"][1])}
        for i, seg in enumerate(("current", "arrears")):
            rr = 7 + i
            put(w, f"A{rr}", "現年度分" if seg == "current" else "滞納繰越分", 10, h="center", border=True)
            w.merge_cells(f"B{rr}:C{rr}")
            put(w, f"B{rr}", sh["naiyo"][seg], 9.5, v="top")
            box(w, f"B{rr}:C{rr}")
            w.merge_cells(f"D{rr}:F{rr}")
            put(w, f"D{rr}", sh["jisseki"][seg].format(**fmt), 9.5, v="top")
            box(w, f"D{rr}:F{rr}")
            w.row_dimensions[rr].height = 58
            for k, (fy, fyr) in enumerate(((2024, "令和6年12月"), (2023, "前年度"))):
                v = sp[seg][k]
                facts.append(fact(name, fy, fyr, seg, "collected", "actual", v, "yen", f"{c(v)}円", anc))
        # 12月末
        sec2 = "２　12月末の収納状況（単位：千円、％）"
        w.merge_cells("A10:F10")
        put(w, "A10", sec2, 11, True)
        for j, h in enumerate(["区分", "調定額", "収入済額", "収納率", "前年同期収納率", "差"]):
            put(w, f"{'ABCDEF'[j]}11", h, 10, True, h="center", border=True)
        d = sh["dec"]
        rows = []
        for seg in ("current", "arrears"):
            a, col, prior = d[seg]
            rows.append((seg, a, col, rate(col, a), prior))
        ta = rows[0][1] + rows[1][1]
        tc = rows[0][2] + rows[1][2]
        rows.append(("total", ta, tc, rate(tc, ta), d["total_prior"]))
        lab = {"current": "現年度分", "arrears": "滞納繰越分", "total": "合計"}
        for i, (seg, a, col, rt, prior) in enumerate(rows):
            rr = 12 + i
            put(w, f"A{rr}", lab[seg], 10, h="center", border=True)
            put(w, f"B{rr}", c(a), 10, h="right", border=True)
            put(w, f"C{rr}", c(col), 10, h="right", border=True)
            put(w, f"D{rr}", fr(rt), 10, h="right", border=True)
            put(w, f"E{rr}", fr(prior), 10, h="right", border=True)
            put(w, f"F{rr}", ("△" if rt < prior else "") + f"{abs(rt - prior):.2f}", 10, h="right", border=True)
            asof, asof0 = "2024-12-31", "2023-12-31"
            facts += [fact(name, 2024, "12月末", seg, "assessed", "interim", a * 1000, "yen", c(a), anc, as_of=asof),
                      fact(name, 2024, "12月末", seg, "collected", "interim", col * 1000, "yen", c(col), anc, as_of=asof),
                      fact(name, 2024, "12月末", seg, "collection_rate", "interim", rt, "percent", fr(rt), anc, as_of=asof),
                      fact(name, 2023, "前年同期", seg, "collection_rate", "interim", prior, "percent", fr(prior), anc, as_of=asof0)]
        w.merge_cells("A15:F15")
        put(w, "A15", "※収納率は収入済額÷調定額。差はポイント。", 8.5)
        sec3 = "３　課題と令和7年度の取組"
        w.merge_cells("A17:F17")
        put(w, "A17", sec3, 11, True)
        w.merge_cells("A18:F18")
        body = [f"（課題）{sh['kadai']}", "（取組）"]
        for lab_, text, tag, wrapnext in sh["items"]:
            body.append(f"{lab_}{text}" + ("\n" if wrapnext else "") + f"【{tag}】")
            inits.append({"debt": name, "debt_raw": name, "fiscal_year": 2025, "section": "課題と令和7年度の取組",
                          "label": lab_, "text": text, "status": tag, "page": anc})
        put(w, "A18", "\n".join(body), 10, v="top")
        box(w, "A18:F18")
        w.row_dimensions[18].height = 20 * len(body) + 10

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "nanaura")
    document = {"kind": "committee_material", "municipality": CITY,
                "title": "令和6年度 滞納整理強化月間の実施結果について（報告）",
                "date": "2025-02-03", "date_raw": "令和7年2月3日"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
