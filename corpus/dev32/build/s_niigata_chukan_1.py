"""新潟市-style mid-year progress sheets (大阪市 family), openpyxl -> LibreOffice, landscape, fit to width.

Modelled on 債権回収・整理計画（中間報告） pages of other cities (e.g. 豊中市
https://www.city.toyonaka.osaka.jp/joho/keikaku/saiken/sainyukakuho/saikenkanri/saikenkaishu_keikaku.html,
大阪府 https://www-pref-osaka-lg-jp.cache.yimg.jp/o050030/zei/saikenkaisyu/r2_kekka.html) and per-debt sheets
(未収債権の目標及び具体処理策: 債権名/所属 box, 徴収率の実績及び目標).  Figures are invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import (OUT, PDF_DIR, Facts, check, comma, page_texts, pct, rate, resolve_pages, to_pdf,  # noqa: E402
                      write_gold)

STEM = "s_niigata_chukan_1"
CITY = "新潟市"
TITLE = "令和５年度　債権回収・整理計画（中間報告）"
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"
FY, FYP = 2023, 2022

# interim 2月末 amounts in 千円: debt -> {seg: ((A, C) this year, (A, C) last year)}
INTERIM = {
    "市税": {"cur": ((108_452_310, 98_731_880), (106_913_540, 97_184_220)),
             "arr": ((3_412_550, 1_021_340), (3_695_120, 1_052_880))},
    "国民健康保険料": {"cur": ((17_835_420, 14_021_660), (18_302_780, 14_262_910)),
                 "arr": ((4_106_330, 682_150), (4_488_910, 701_460))},
    "介護保険料": {"cur": ((21_640_210, 20_085_330), (21_204_860, 19_713_000)),
              "arr": ((512_440, 88_120), (538_760, 90_410))},
    "後期高齢者医療保険料": {"cur": ((9_214_580, 8_802_370), (8_876_140, 8_488_020)),
                   "arr": ((118_760, 41_220), (121_300, 40_050))},
    "保育料": {"cur": ((3_108_260, 2_886_410), (3_187_650, 2_952_170)),
            "arr": ((196_540, 34_880), (214_330, 35_960))},
    "市営住宅使用料": {"cur": ((2_456_120, 2_298_460), (2_489_700, 2_321_880)),
                "arr": ((312_870, 41_630), (336_520, 42_990))},
    "下水道使用料": {"cur": ((13_652_400, 12_511_930), (13_580_270, 12_430_580)),
               "arr": ((168_930, 70_140), (181_460, 72_610))},
}
# 決算(R4) / 決算見込(R5) / 目標(R5) rates
PLAN = {
    "市税": {"cur": (99.21, 99.25, 99.30), "arr": (33.84, 34.60, 35.00), "tot": (97.62, 97.71, 97.80)},
    "国民健康保険料": {"cur": (94.12, 94.40, 94.60), "arr": (22.37, 23.10, 23.00), "tot": (80.55, 81.42, 81.30)},
    "介護保険料": {"cur": (99.02, 99.05, 99.10), "arr": (19.86, 20.40, 21.00), "tot": (97.15, 97.26, 97.40)},
    "市営住宅使用料": {"cur": (98.64, 98.51, 98.70), "arr": (17.48, 17.90, 18.50), "tot": (88.91, 88.73, 89.20)},
}
SHEETS = [  # debt, 所管課, 整理番号, wards?
    ("市税", "財務部　納税課", "01", True),
    ("国民健康保険料", "保健衛生部　保険年金課", "03", True),
    ("介護保険料", "福祉部　介護保険課", "05", False),
    ("市営住宅使用料", "建築部　住環境政策課", "12", False),
]
WARDS = ["北区", "東区", "中央区", "江南区", "秋葉区", "南区", "西区", "西蒲区"]
WARD_RATES = {
    "市税": [(90.85, 90.52), (90.41, 90.22), (91.74, 91.38), (91.02, 90.95), (91.36, 91.10), (92.05, 91.88),
             (91.12, 90.71), (91.68, 91.47)],
    "国民健康保険料": [(78.02, 77.51), (77.64, 77.30), (79.12, 78.84), (78.66, 78.02), (78.91, 78.40), (80.34, 79.95),
                 (78.15, 77.86), (79.47, 78.80)],
}
INITS = {
    "市税": [
        ("(1)", "年度末の一斉催告（３月）において、現年度分の未納者全員に催告書を送付するとともに、反応のない者には給与・預貯金の調査を速やかに行う。", "継続", []),
        ("(2)", "滞納繰越分のうち高額案件（１００万円以上）は特別整理班に引き継ぎ、不動産の公売を含めた滞納処分を進める。", "継続", []),
        ("(3)", "スマートフォン決済アプリによる納付の周知を強化する。", "拡充", ["・納税通知書に二次元コードを印字する。", "・市報及びＳＮＳで納付方法を案内する。"]),
        ("(4)", "滞納者のうち生活困窮が疑われる者については、福祉部門と連携して生活再建の支援につなげ、執行停止を適正に判断する。", "新規", []),
    ],
    "国民健康保険料": [
        ("(1)", "資格確認書の交付時に、未納のある世帯へ納付相談を案内し、分納誓約の履行状況を確認する。", "継続", []),
        ("(2)", "財産調査により差押可能な財産が判明した世帯には、差押予告書を送付したうえで速やかに滞納処分を執行する。", "継続", []),
        ("(3)", "資格喪失世帯の未納保険料について、転出先の住所を調査し、文書・電話による催告を行う。", "継続", []),
        ("(4)", "口座振替の勧奨をＷｅｂ口座振替受付サービスに一本化し、加入世帯の口座登録率を高める。", "拡充", []),
    ],
    "介護保険料": [
        ("(1)", "普通徴収の新規滞納者に対し、督促状発付後２週間以内に電話催告を行う。", "継続", []),
        ("(2)", "長期滞納者に対しては、給付制限の事前通知とあわせて納付相談を行う。", "継続", []),
        ("(3)", "年金天引きへの切替時期を被保険者に個別に通知し、切替までの未納の発生を防ぐ。", "新規", []),
    ],
    "市営住宅使用料": [
        ("(1)", "滞納３か月以上の入居者に対し、連帯保証人への通知と面談を実施する。", "継続", []),
        ("(2)", "滞納６か月以上で誠意のない入居者には、明渡し請求及び訴えの提起を行う。", "継続", []),
        ("(3)", "退去者の滞納分について、債権回収業者への委託範囲を拡大する。", "拡充", []),
    ],
}

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F9 = Font(name="IPAexGothic", size=9)
F9B = Font(name="IPAexGothic", size=9, bold=True)
F12B = Font(name="IPAexGothic", size=12, bold=True)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def seg_rate(debt, seg, prev=False):
    a, c = INTERIM[debt][seg][1 if prev else 0]
    return rate(c, a)


def setup(ws, title_right):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.6)
    ws.oddHeader.left.text = TITLE
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = title_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 8


def put(ws, row, col, val, font=F9, align=None, border=True):
    c = ws.cell(row=row, column=col, value=val)
    c.font = font
    if align:
        c.alignment = align
    if border:
        c.border = BOX
    return c


def build():
    facts = Facts()
    inits = []
    wb = Workbook()
    # ------------------------------------------------------------- 総括表
    ws = wb.active
    ws.title = "総括表"
    setup(ws, "総括表")
    for col, w in zip("ABCDEFGH", (26, 13, 13, 9, 13, 13, 9, 4)):
        ws.column_dimensions[col].width = w
    put(ws, 1, 1, "令和５年度　主要債権の徴収状況（令和６年２月２９日現在）", F12B, border=False)
    ws.merge_cells("A1:G1")
    put(ws, 2, 7, "（単位：％）", F9, RIGHT, border=False)
    put(ws, 3, 1, "債権名", F9B, CEN)
    ws.merge_cells("A3:A4")
    put(ws, 4, 1, None)
    put(ws, 3, 2, "現年分", F9B, CEN)
    ws.merge_cells("B3:D3")
    put(ws, 3, 5, "滞納繰越分", F9B, CEN)
    ws.merge_cells("E3:G3")
    for i, h in enumerate(["R6.2月末", "R5.2月末", "差", "R6.2月末", "R5.2月末", "差"]):
        put(ws, 4, 2 + i, h, F9B, CEN)
    # totals first
    rows = []
    tot = {}
    for seg in ("cur", "arr"):
        for k in (0, 1):
            a = sum(INTERIM[d][seg][k][0] for d in INTERIM)
            c = sum(INTERIM[d][seg][k][1] for d in INTERIM)
            tot[(seg, k)] = rate(c, a)
    rows.append(("合計", None, tot))
    for d in INTERIM:
        rows.append((d, d, {(s, k): seg_rate(d, s, k == 1) for s in ("cur", "arr") for k in (0, 1)}))
    r = 5
    for label, debt, rr in rows:
        put(ws, r, 1, label, F9B if debt is None else F9, LEFT)
        for j, seg in enumerate(("cur", "arr")):
            now, prev = rr[(seg, 0)], rr[(seg, 1)]
            diff = round(now - prev, 2)
            put(ws, r, 2 + 3 * j, pct(now), F9, RIGHT)
            put(ws, r, 3 + 3 * j, pct(prev), F9, RIGHT)
            put(ws, r, 4 + 3 * j, ("▲" if diff < 0 else "") + pct(abs(diff)), F9, RIGHT)
            for v, fy, asof, fyr in ((now, FY, ASOF, "R6.2月末"), (prev, FYP, ASOF_PREV, "R5.2月末")):
                facts.add(debt=debt, debt_raw=label, fy=fy, fy_raw=fyr, seg="current" if seg == "cur" else "arrears",
                          metric="collection_rate", basis="interim", as_of=asof, value=v, unit="percent", raw=pct(v),
                          page=None)
                facts.items[-1]["_after"] = "主要債権の徴収状況"
                facts.items[-1]["_ctx"] = label + pct(rr[("cur", 0)])
        r += 1
    put(ws, r, 1, "※徴収率＝収入済額÷調定額。差はポイント（▲は低下）。合計は表中７債権の合計。", F9, LEFT, border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    # ------------------------------------------------------------- per-debt sheets
    for debt, ka, no, wards in SHEETS:
        ws = wb.create_sheet(debt)
        setup(ws, f"整理番号{no}")
        for col, w in zip("ABCDEFGH", (16, 18, 16, 16, 16, 16, 14, 4)):
            ws.column_dimensions[col].width = w
        anchor = f"整理番号{no}"
        # label/value box
        for j, v in enumerate(["債権名", debt, "所管課", ka, "整理番号", no]):
            put(ws, 1, 1 + j, v, F9B if j % 2 == 0 else F9, CEN)
        r = 3
        put(ws, r, 1, "【徴収率】令和６年２月２９日現在", F9B, border=False)
        r += 1
        for seg, lab in (("cur", "現年分"), ("arr", "滞繰分")):
            now, prev = seg_rate(debt, seg), seg_rate(debt, seg, True)
            txt = f"　・{lab}　{pct(now)}％（前年同期　{pct(prev)}％）"
            put(ws, r, 1, txt, F9, border=False)
            for v, fy, asof, fyr in ((now, FY, ASOF, "令和６年２月２９日現在"), (prev, FYP, ASOF_PREV, "前年同期")):
                facts.add(debt=debt, fy=fy, fy_raw=fyr, seg="current" if seg == "cur" else "arrears",
                          metric="collection_rate", basis="interim", as_of=asof, value=v, unit="percent",
                          raw=f"{pct(v)}％", page=None)
                facts.items[-1]["_after"] = anchor
                facts.items[-1]["_ctx"] = txt.strip()
            r += 1
        r += 1
        if debt in ("市税", "国民健康保険料"):
            put(ws, r, 1, "２月末現在の状況", F9B, border=False)
            put(ws, r, 5, "（単位：千円）", F9, RIGHT, border=False)
            r += 1
            for j, h in enumerate(["区分", "調定額", "収入済額", "未収額", "徴収率"]):
                put(ws, r, 1 + j, h, F9B, CEN)
            r += 1
            segs = [("現年分", "current", INTERIM[debt]["cur"][0]), ("滞繰分", "arrears", INTERIM[debt]["arr"][0])]
            ta = sum(x[2][0] for x in segs)
            tc = sum(x[2][1] for x in segs)
            segs.append(("計", "total", (ta, tc)))
            for lab, sg, (a, c) in segs:
                put(ws, r, 1, lab, F9, CEN)
                vals = [("assessed", a), ("collected", c), ("outstanding", a - c)]
                for j, (m, v) in enumerate(vals):
                    put(ws, r, 2 + j, comma(v), F9, RIGHT)
                    facts.add(debt=debt, fy=FY, fy_raw="２月末現在", seg=sg, metric=m, basis="interim", as_of=ASOF,
                              value=v * 1000, unit="yen", raw=comma(v), page=None)
                    facts.items[-1]["_after"] = anchor
                rr = rate(c, a)
                put(ws, r, 5, f"{pct(rr)}%", F9, RIGHT)
                facts.add(debt=debt, fy=FY, fy_raw="２月末現在", seg=sg, metric="collection_rate", basis="interim",
                          as_of=ASOF, value=rr, unit="percent", raw=f"{pct(rr)}%", page=None)
                facts.items[-1]["_after"] = anchor
                r += 1
            r += 1
        # 決算見込と目標 : side-by-side headings 前年度 | 今年度
        put(ws, r, 1, "徴収率の見込みと目標", F9B, border=False)
        r += 1
        put(ws, r, 1, "区分", F9B, CEN)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        put(ws, r + 1, 1, None)
        put(ws, r, 2, "前年度", F9B, CEN)
        put(ws, r, 3, "今年度", F9B, CEN)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        put(ws, r, 4, None)
        put(ws, r, 5, "達成見込", F9B, CEN)
        ws.merge_cells(start_row=r, start_column=5, end_row=r + 1, end_column=5)
        put(ws, r + 1, 5, None)
        for j, h in enumerate(["Ｒ４決算", "Ｒ５決算見込", "Ｒ５目標"]):
            put(ws, r + 1, 2 + j, h, F9B, CEN)
        r += 2
        for lab, sg, key in (("現年分", "current", "cur"), ("滞繰分", "arrears", "arr"), ("合計", "total", "tot")):
            act, est, tgt = PLAN[debt][key]
            put(ws, r, 1, lab, F9, CEN)
            for j, (v, b, fy, fyr) in enumerate(((act, "actual", 2022, "Ｒ４決算"), (est, "estimate", 2023, "Ｒ５決算見込"),
                                                 (tgt, "target", 2023, "Ｒ５目標"))):
                put(ws, r, 2 + j, f"{pct(v)}%", F9, RIGHT)
                facts.add(debt=debt, fy=fy, fy_raw=fyr, seg=sg, metric="collection_rate", basis=b, value=v,
                          unit="percent", raw=f"{pct(v)}%", page=None)
                facts.items[-1]["_after"] = anchor
                facts.items[-1]["_ctx"] = lab + f"{pct(act)}%{pct(est)}%{pct(tgt)}%"
            put(ws, r, 5, "○" if est >= tgt else "×", F9, CEN)
            r += 1
        r += 1
        # 主な取組
        put(ws, r, 1, "●主な取組（下半期）", F9B, border=False)
        r += 1
        for lab, text, status, subs in INITS[debt]:
            line = f"{lab}　{text}【{status}】"
            c = put(ws, r, 1, line, F9, LEFT, border=False)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 14 if len(line) < 95 else 26
            full = text + ("" if not subs else "")
            inits.append({"debt": debt, "debt_raw": debt, "fiscal_year": FY, "section": "主な取組（下半期）",
                          "label": lab, "text": full, "status": status, "page": None, "_after": anchor})
            r += 1
            for s in subs:
                put(ws, r, 1, "　　" + s, F9, LEFT, border=False)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                r += 1
        r += 1
        if wards:
            put(ws, r, 1, "区別の徴収率（現年分）", F9B, border=False)
            put(ws, r, 4, "単位：％", F9, RIGHT, border=False)
            r += 1
            for j, h in enumerate(["区", "令和６年２月末", "令和５年２月末", "差"]):
                put(ws, r, 1 + j, h, F9B, CEN)
            r += 1
            for w, (now, prev) in zip(WARDS + ["全市"], WARD_RATES[debt] + [(seg_rate(debt, "cur"), seg_rate(debt, "cur", True))]):
                put(ws, r, 1, w, F9, CEN)
                put(ws, r, 2, pct(now), F9, RIGHT)
                put(ws, r, 3, pct(prev), F9, RIGHT)
                d = round(now - prev, 2)
                put(ws, r, 4, ("▲" if d < 0 else "") + pct(abs(d)), F9, RIGHT)
                for v, fy, asof, fyr in ((now, FY, ASOF, "令和６年２月末"), (prev, FYP, ASOF_PREV, "令和５年２月末")):
                    facts.add(debt=debt, fy=fy, fy_raw=fyr, seg="current", metric="collection_rate", basis="interim",
                              as_of=asof, value=v, unit="percent", raw=pct(v), page=None,
                              area=None if w == "全市" else w)
                    facts.items[-1]["_after"] = "区別の徴収率"
                    facts.items[-1]["_ctx"] = w + pct(now) + pct(prev)
                r += 1

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "niigata")
    texts = page_texts(pdf)
    # ward anchors: per debt sheet the ward table follows the sheet anchor
    for f in facts.items:
        if f.get("_after") == "区別の徴収率":
            no = next(n for d, _, n, _ in SHEETS if d == f["debt"])
            f["_after"] = f"整理番号{no}"
    errs = resolve_pages(facts.items, texts)
    sq = ["".join(t.split()) for t in texts]
    for it in inits:
        a = "".join(it.pop("_after").split())
        start = next(i for i, t in enumerate(sq) if a in t)
        key = "".join(it["text"].split())
        it["page"] = next((i + 1 for i, t in enumerate(sq) if i >= start and key in t), None)
        if it["page"] is None:
            errs.append("init not found " + it["text"][:20])
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": ASOF,
                "date_raw": "令和６年２月２９日現在"}
    write_gold(STEM, document, facts.items, inits)
    return errs


if __name__ == "__main__":
    errs = build()
    n, nf, ni, e2 = check(STEM)
    print(STEM, "pages", n, "facts", nf, "initiatives", ni)
    for e in errs + e2:
        print("ERR", e)
