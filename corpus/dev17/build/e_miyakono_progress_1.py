"""みやこ野市 令和5年度 債権徴収・整理計画（中間報告） — openpyxl → LibreOffice, one sheet per debt.

Modelled on the 債権回収・整理計画（中間報告） pages of Osaka-area cities (Toyonaka/Suita style:
label/value 債権名 box, 現年度分/滞納繰越分 目標徴収率, mid-year progress); city invented."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import OUT, ROOT, fact, to_pdf, write_gold  # noqa: E402

STEM = "e_miyakono_progress_1"
CITY = "みやこ野市"
TITLE = "令和5年度　債権徴収・整理計画（中間報告）"
ASOF, ASOF_PREV = "2024-02-29", "2023-02-28"

# name, 所管課, 区分, current (assessed千円, rate, prev, est, target, R4), arrears (same), items
DEBTS = [
    ("市税", "納税課", "強制徴収公債権",
     (28456320, 91.36, 91.02, 98.95, 99.00, 98.91), (1203450, 24.18, 22.87, 31.50, 32.00, 30.84),
     [("ア", "1月から3月を滞納整理強化月間と位置付け、預貯金・給与の差押えを集中的に実施する。", "継続"),
      ("イ", "年度内に時効が到来する事案を抽出し、執行停止又は納付誓約による時効更新を確実に行う。", "継続"),
      ("ウ", "スマートフォン決済の利用案内を納付書に同封し、期限内納付を促す。", "新規")]),
    ("国民健康保険税", "保険年金課", "強制徴収公債権",
     (5124880, 80.47, 79.96, 94.20, 94.50, 93.87), (1456210, 16.05, 15.72, 21.30, 22.00, 20.96),
     [("ア", "資格喪失世帯に対し喪失後3か月以内に文書催告を行い、未納の固定化を防ぐ。", "拡充"),
      ("イ", "短期被保険者証の更新時に納付相談を必ず実施し、分納誓約の履行状況を確認する。", "継続"),
      ("ウ", "口座振替の原則化について、新規加入手続の窓口で申込書の記入を案内する。", None)]),
    ("介護保険料", "介護保険課", "強制徴収公債権",
     (3876540, 96.12, 96.20, 98.70, 98.80, 98.66), (98320, 9.86, 10.43, 13.20, 14.00, 12.95),
     [("ア", "普通徴収の未納者へ給付制限の内容を記載した催告書を送付し、早期納付を促す。", "継続"),
      ("イ", "高額滞納者について年金以外の資産調査を行い、差押えを実施する。", "新規")]),
    ("市営住宅使用料", "住宅政策課", "私債権",
     (684150, 92.08, 91.55, 97.40, 97.50, 97.21), (132870, 7.94, 8.12, 10.50, 11.00, 10.08),
     [("ア", "滞納3か月以上の入居者に連帯保証人への通知を行い、納付指導を強化する。", "継続"),
      ("イ", "退去者の未納分は、支払督促の申立てを年2回に分けて行う。", "拡充"),
      ("ウ", "家賃の減免制度を入居者へ周知し、生活困窮による滞納を未然に防ぐ。", "継続")]),
]


def seg_data(t):
    assessed, rate_in, prev, est, target, r4 = t
    collected = round(assessed * rate_in / 100)
    rate = round(collected / assessed * 100, 2)
    return dict(assessed=assessed, collected=collected, outstanding=assessed - collected,
                rate=rate, prev=prev, est=est, target=target, r4=r4)


def k(v):
    return f"{v:,}"


def p2(v):
    return f"{v:.2f}"


def diff(a, b):
    d = round(a - b, 2)
    return ("△" + f"{-d:.2f}") if d < 0 else f"{d:.2f}"


thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = Font(name="Noto Sans CJK JP", size=10)
FB = Font(name="Noto Sans CJK JP", size=10, bold=True)


def put(ws, ref, val, *, bold=False, border=True, h="center", wrap=False, size=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name="Noto Sans CJK JP", size=size or 10, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = BOX
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def setup(ws, title):
    ws.title = title
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.7, header=0.3, footer=0.3)
    ws.oddHeader.right.text = "みやこ野市 総務部 債権管理課"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    for col, w in zip("ABCDEFGH", (16, 14, 14, 12, 14, 14, 14, 4)):
        ws.column_dimensions[col].width = w


def build():
    wb = Workbook()
    facts, inits = [], []
    data = [(n, dept, kb, seg_data(c), seg_data(a), items) for n, dept, kb, c, a, items in DEBTS]

    # ---- cover sheet --------------------------------------------------------------
    ws = wb.active
    setup(ws, "総括")
    put(ws, "G1", "令和6年3月22日", border=False, h="right")
    ws.merge_cells("A3:G3")
    put(ws, "A3", TITLE, bold=True, border=False, size=16)
    ws.merge_cells("A4:G4")
    put(ws, "A4", "主要債権の進捗状況", border=False, size=12)
    total_out_k = sum(c["outstanding"] + a["outstanding"] for _, _, _, c, a, _ in data)
    oku, man = divmod(round(total_out_k / 100) * 100 // 10, 10000)  # 万円 rounded to 100万
    approx_txt = f"約{oku}億{man:,}万円"
    approx_val = (oku * 10000 + man) * 10000
    ws.merge_cells("A6:G8")
    intro = ("　本市では「みやこ野市債権管理条例」に基づき、債権ごとに年度の徴収目標と整理目標を定めています。"
             "このたび、令和6年2月末時点の徴収実績を取りまとめました。主要4債権の2月末時点の収入未済額は、"
             f"合計で{approx_txt}となっています。")
    put(ws, "A6", intro, border=False, h="left", wrap=True)
    ws.row_dimensions[6].height = 22
    cover_facts = [fact(None, 2023, "2月末時点", "total", "outstanding", "interim", approx_val, "yen",
                        approx_txt, as_of=ASOF, approx=True, debt_raw=None, anchor="主要債権の進捗状況")]
    put(ws, "A10", "主要債権の徴収率（令和6年2月29日現在）", border=False, h="left", bold=True)
    put(ws, "G10", "単位：％", border=False, h="right")
    ws.merge_cells("A11:A12"); put(ws, "A11", "債権名"); box_range(ws, "A11:A12")
    ws.merge_cells("B11:C11"); put(ws, "B11", "現年度分"); box_range(ws, "B11:C11")
    ws.merge_cells("D11:E11"); put(ws, "D11", "滞納繰越分"); box_range(ws, "D11:E11")
    ws.merge_cells("F11:G12"); put(ws, "F11", "所管課"); box_range(ws, "F11:G12")
    for ref, v in zip(("B12", "C12", "D12", "E12"), ("2月末", "前年同月", "2月末", "前年同月")):
        put(ws, ref, v)
    r = 13
    for n, dept, kb, c, a, _ in data:
        put(ws, f"A{r}", n, h="left")
        for col, v in zip("BCDE", (c["rate"], c["prev"], a["rate"], a["prev"])):
            put(ws, f"{col}{r}", p2(v), h="right")
        ws.merge_cells(f"F{r}:G{r}"); put(ws, f"F{r}", dept); box_range(ws, f"F{r}:G{r}")
        for seg, s in (("current", c), ("arrears", a)):
            cover_facts.append(fact(n, 2023, "令和6年2月29日現在", seg, "collection_rate", "interim", s["rate"],
                                    "percent", p2(s["rate"]), as_of=ASOF))
            cover_facts.append(fact(n, 2022, "前年同月", seg, "collection_rate", "interim", s["prev"],
                                    "percent", p2(s["prev"]), as_of=ASOF_PREV))
        r += 1
    # printed order in the table is row by row: cur, prev(cur), arr, prev(arr)
    ordered = [cover_facts[0]]
    for i in range(len(data)):
        blk = cover_facts[1 + 4 * i: 5 + 4 * i]
        ordered += [blk[0], blk[1], blk[2], blk[3]]
    put(ws, f"A{r+1}", "※ 前年同月は令和5年2月28日現在の徴収率。", border=False, h="left", size=9)
    put(ws, f"A{r+2}", "※ 徴収率＝収入済額÷調定額（小数点以下第3位四捨五入）", border=False, h="left", size=9)
    facts += ordered
    for f in facts:
        f["page"] = 1

    # ---- one sheet per debt ------------------------------------------------------------
    for idx, (n, dept, kb, c, a, items) in enumerate(data, 1):
        ws = wb.create_sheet()
        setup(ws, n)
        ws.merge_cells("A1:G1")
        put(ws, "A1", f"{TITLE}　個別票 {idx}", bold=True, border=False, size=13, h="left")
        for ref, v in zip(("A3", "B3", "C3", "D3", "E3", "F3"), ("債権名", n, "所管課", dept, "債権区分", kb)):
            put(ws, ref, v, bold=ref in ("A3", "C3", "E3"))
        ws.merge_cells("F3:G3"); box_range(ws, "F3:G3")
        anchor = f"個別票{idx}"
        put(ws, "A5", "１　徴収率の状況", border=False, h="left", bold=True)
        put(ws, "G5", "（単位：％）", border=False, h="right")
        ws.merge_cells("A6:A7"); put(ws, "A6", "区分"); box_range(ws, "A6:A7")
        ws.merge_cells("B6:D6"); put(ws, "B6", "令和6年2月29日現在"); box_range(ws, "B6:D6")
        ws.merge_cells("E6:F6"); put(ws, "E6", "令和5年度"); box_range(ws, "E6:F6")
        ws.merge_cells("G6:G7"); put(ws, "G6", "備考"); box_range(ws, "G6:G7")
        for ref, v in zip(("B7", "C7", "D7", "E7", "F7"), ("2月末", "前年同月", "差", "決算見込", "目標")):
            put(ws, ref, v)
        for rr, lab, seg, s in ((8, "現年度分", "current", c), (9, "滞納繰越分", "arrears", a)):
            put(ws, f"A{rr}", lab)
            for col, v in zip("BCDEF", (p2(s["rate"]), p2(s["prev"]), diff(s["rate"], s["prev"]),
                                        p2(s["est"]), p2(s["target"]))):
                put(ws, f"{col}{rr}", v, h="right")
            put(ws, f"G{rr}", "")
            facts += [
                fact(n, 2023, "令和6年2月29日現在", seg, "collection_rate", "interim", s["rate"], "percent",
                     p2(s["rate"]), as_of=ASOF, anchor=anchor if seg == "current" else None),
                fact(n, 2022, "前年同月", seg, "collection_rate", "interim", s["prev"], "percent",
                     p2(s["prev"]), as_of=ASOF_PREV),
                fact(n, 2023, "令和5年度", seg, "collection_rate", "estimate", s["est"], "percent", p2(s["est"])),
                fact(n, 2023, "令和5年度", seg, "collection_rate", "target", s["target"], "percent",
                     p2(s["target"])),
            ]
        put(ws, "A11", "２　調定額及び収入済額（2月末）", border=False, h="left", bold=True)
        put(ws, "G11", "（単位：千円）", border=False, h="right")
        for ref, v in zip(("A12", "B12", "C12", "D12"), ("区分", "調定額", "収入済額", "収入未済額")):
            put(ws, ref, v)
        tot = {m: c[m] + a[m] for m in ("assessed", "collected", "outstanding")}
        for rr, lab, seg, s in ((13, "現年度分", "current", c), (14, "滞納繰越分", "arrears", a),
                                (15, "計", "total", tot)):
            put(ws, f"A{rr}", lab)
            for col, m in zip("BCD", ("assessed", "collected", "outstanding")):
                put(ws, f"{col}{rr}", k(s[m]), h="right")
                facts.append(fact(n, 2023, "2月末", seg, m, "interim", s[m] * 1000, "yen", k(s[m]), as_of=ASOF,
                                  anchor="２調定額及び収入済額" if (seg, m) == ("current", "assessed") else None))
        put(ws, "A17", "【徴収率】令和4年度決算", border=False, h="left", bold=True)
        put(ws, "A18", f"・現年度分　{p2(c['r4'])}％", border=False, h="left")
        put(ws, "A19", f"・滞納繰越分　{p2(a['r4'])}％", border=False, h="left")
        facts.append(fact(n, 2022, "令和4年度", "current", "collection_rate", "actual", c["r4"], "percent",
                          f"{p2(c['r4'])}％", anchor="【徴収率】令和4年度決算"))
        facts.append(fact(n, 2022, "令和4年度", "arrears", "collection_rate", "actual", a["r4"], "percent",
                          f"{p2(a['r4'])}％"))
        put(ws, "A21", "３　下半期の主な取組", border=False, h="left", bold=True)
        ws.merge_cells("A22:G26")
        body = "\n".join(f"{lab}　{t}" + (f"【{st}】" if st else "") for lab, t, st in items)
        put(ws, "A22", body, h="left", wrap=True)
        box_range(ws, "A22:G26")
        for rr in range(22, 27):
            ws.row_dimensions[rr].height = 18
        for f in facts:
            if f["page"] is None:
                f["page"] = idx + 1
        for lab, t, st in items:
            inits.append({"debt": n, "fiscal_year": 2023, "section": "下半期の主な取組", "label": lab,
                          "text": t, "status": st, "page": idx + 1})

    xlsx = OUT / f"{STEM}.xlsx"
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    pdf = to_pdf(xlsx, ROOT / "pdf" / f"{STEM}.pdf", "e_miyakono")
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE.replace("　", ""),
                "date": "2024-03-22", "date_raw": "令和6年3月22日"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
