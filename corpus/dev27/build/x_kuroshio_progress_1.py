"""くろしお市 令和７年度 債権回収・整理計画（中間報告）, openpyxl -> LibreOffice (landscape sheets).

Modelled on 豊中市「債権回収・整理計画（中間報告）」(上半期実績と中間計画, 年2回公表) and the per-debt sheets of
大阪市「未収債権の目標及び具体処理策」(債権名 box, 未収金残高の推移, 徴収率の実績及び目標).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

sys.path.insert(0, str(Path(__file__).parent))
from x_common import OUT, PDF, comma, fact, initiative, to_pdf, write_gold, _n  # noqa: E402

STEM = "x_kuroshio_progress_1"
CITY = "くろしお市"
TITLE = "令和７年度 債権回収・整理計画（中間報告）"
AS_OF, AS_OF_PREV = "2025-09-30", "2024-09-30"

# detailed debts: segment data in 千円 (調定, 収入, 欠損)
DETAIL = {
    "市税": dict(div="総務部 納税課", kind="強制徴収公債権",
               r6={"現年分": (24815406, 24601233, 0), "滞繰分": (918552, 301447, 52118)},
               r5=(25410118, 24702905, 60331),
               r7={"現年分": (25102774, 13684119, 0), "滞繰分": (779160, 188402, 4215)},
               prev={"現年分": 54.2, "滞繰分": 22.9, "合計": 52.6},
               est={"現年分": 99.2, "滞繰分": 34.0, "合計": 96.9},
               tgt={"現年分": 99.3, "滞繰分": 35.0, "合計": 97.1},
               done=["コンビニ収納及びスマートフォン決済の利用を納税通知書同封チラシで周知した。【継続】",
                     "現年分の未納者に対し、納期限後２０日以内に督促状を発送し、自動音声による電話催告を実施した。【継続】",
                     "滞納繰越分の高額案件（１００万円以上）を徴収困難案件として係長級で進行管理した。【拡充】"],
               plan=["１２月を滞納整理強化月間とし、預貯金・給与の差押えを集中的に実施する。【継続】",
                     "地方税共通納税システムの対象税目拡大について、事業者向けに案内を行う。【新規】",
                     "執行停止後３年を経過する案件を精査し、適正に不納欠損処理を行う。【継続】"]),
    "国民健康保険税": dict(div="市民部 保険年金課", kind="強制徴収公債権",
               r6={"現年分": (3012448, 2840317, 0), "滞繰分": (902114, 251806, 79553)},
               r5=(4021337, 3052611, 92418),
               r7={"現年分": (2955810, 1262441, 0), "滞繰分": (742886, 118225, 10304)},
               prev={"現年分": 43.1, "滞繰分": 15.2, "合計": 36.9},
               est={"現年分": 94.5, "滞繰分": 28.5, "合計": 79.8},
               tgt={"現年分": 94.8, "滞繰分": 29.0, "合計": 80.2},
               done=["資格取得時に口座振替の申込みを窓口で勧奨し、振替率の向上を図った。【継続】",
                     "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を確認した。【継続】"],
               plan=["納税課と合同で財産調査を行い、納付資力のある滞納世帯には滞納処分を実施する。【拡充】",
                     "生活困窮が見られる世帯は、生活支援相談窓口へつなぎ、納付緩和措置を適正に適用する。【継続】"]),
    "市営住宅使用料": dict(div="都市整備部 住宅課", kind="私債権",
               r6={"現年分": (486220, 471905, 0), "滞繰分": (61870, 9512, 2340)},
               r5=(550112, 478320, 3905),
               r7={"現年分": (490116, 238744, 0), "滞繰分": (64333, 5902, 0)},
               prev={"現年分": 48.0, "滞繰分": 8.1, "合計": 43.7},
               est={"現年分": 97.0, "滞繰分": 16.0, "合計": 87.8},
               tgt={"現年分": 97.2, "滞繰分": 17.0, "合計": 88.1},
               done=["滞納３か月以上の入居者に対し、連帯保証人への通知と面談を行った。【継続】",
                     "退去者の滞納分について、転居先調査を行い文書催告を実施した。【継続】"],
               plan=["滞納６か月以上で納付意思が見られない入居者について、明渡請求訴訟の提起を準備する。【拡充】",
                     "口座振替の不能者に対し、翌月初めに電話で納付を依頼する。【新規】"]),
}
# 総括 (上半期): debt -> (R7.9末, R6.9末) 合計徴収率 (%)
OTHERS = [("介護保険料", 56.1, 55.8), ("後期高齢者医療保険料", 58.4, 58.9), ("保育所保育料", 57.3, 56.0),
          ("下水道使用料", 52.5, 52.2), ("生活保護費返還金", 11.4, 12.6), ("児童扶養手当返還金", 9.8, 7.5),
          ("奨学金貸付金返還金", 33.7, 31.9)]
# 未収金残高 (one debt per column), 千円: R6決算 for others; その他 aggregated
OTHER_OUT = {"介護保険料": (88412, 131905), "後期高齢者医療保険料": (25118, 46220)}
SONOTA = (152307, 171884)
SEGS = {"現年分": "current", "滞繰分": "arrears", "合計": "total"}

thin = Side(style="thin"); med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "IPAexGothic"


def tot(d):
    return tuple(sum(v[i] for v in d.values()) for i in range(3))


def r1(c, a):
    return round(c / a * 100 + 1e-9, 1)


def setup(ws, widths):
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "- &P -"; ws.oddHeader.right.text = "くろしお市 総務部 債権管理課"
    ws.print_options.horizontalCentered = True
    for k, w in widths.items():
        ws.column_dimensions[k].width = w


def put(ws, ref, v, bold=False, size=10, box=False, align=None, wrap=False):
    c = ws[ref]; c.value = v; c.font = Font(name=F, bold=bold, size=size)
    if box:
        c.border = BOX
    c.alignment = Alignment(horizontal=align, vertical="center" if not wrap else "top", wrap_text=wrap)
    return c


def grid(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def build():
    wb = Workbook(); ws = wb.active; ws.title = "総括"
    setup(ws, {"A": 5, "B": 22, "C": 10, "D": 10, "E": 8, "F": 3, "G": 5, "H": 22, "I": 10, "J": 10, "K": 8})
    put(ws, "A1", TITLE, bold=True, size=15)
    put(ws, "A2", "令和７年１２月　くろしお市", size=10)
    put(ws, "A4", "１　債権別の上半期徴収率（単位：％）", bold=True, size=11)
    allrows = []
    for name, d in DETAIL.items():
        t7 = tot(d["r7"]); allrows.append((name, r1(t7[1], t7[0]), d["prev"]["合計"]))
    allrows += OTHERS
    halves = [allrows[:5], allrows[5:]]
    for h, (c0, half) in enumerate(zip(("A", "G"), halves)):
        cols = [chr(ord(c0) + i) for i in range(5)]
        for col, lab in zip(cols, ["No.", "債権名", "R7.9末", "R6.9末", "差"]):
            put(ws, f"{col}5", lab, box=True, align="center", bold=True)
        for i, (name, a, b) in enumerate(half):
            r = 6 + i
            diff = round(a - b, 1)
            vals = [str(h * 5 + i + 1), name, f"{a:.1f}", f"{b:.1f}", ("△" if diff < 0 else "") + f"{abs(diff):.1f}"]
            for col, v in zip(cols, vals):
                put(ws, f"{col}{r}", v, box=True, align="left" if col == cols[1] else "right")
    put(ws, "A11", "※徴収率は現年分・滞繰分の合計。差はポイント（△は前年同期を下回るもの）。", size=9)
    put(ws, "A13", "２　主な債権の未収金残高", bold=True, size=11)
    put(ws, "K13", "（単位：千円）", size=9, align="right")
    names = list(DETAIL) + list(OTHER_OUT) + ["その他"]
    cols = ["B", "C", "D", "E", "H", "I", "J", "K"][: len(names) + 1]
    ws.column_dimensions["E"].width = 10; ws.column_dimensions["K"].width = 11
    colmap = {}
    heads = ["市税", "国保税", "住宅使用料", "介護保険料", "後期医療", "その他", "合計"]
    # one debt per column: use columns B..H contiguous
    cols = ["B", "C", "D", "E", "F", "G", "H"]
    ws.column_dimensions["F"].width = 10; ws.column_dimensions["G"].width = 10
    put(ws, "A14", "", box=True)
    for col, h in zip(cols, heads):
        put(ws, f"{col}14", h, box=True, align="center", bold=True)
    table2 = {}
    for name, d in DETAIL.items():
        a, c, w = tot(d["r6"]); a7, c7, w7 = tot(d["r7"])
        table2[name] = (a - c - w, a7 - c7 - w7)
    for name, v in OTHER_OUT.items():
        table2[name] = v
    table2["その他"] = SONOTA
    total = (sum(v[0] for v in table2.values()), sum(v[1] for v in table2.values()))
    order = list(DETAIL) + list(OTHER_OUT) + ["その他"]
    for r, lab in ((15, "R6決算"), (16, "R7.9末"), (17, "増減")):
        put(ws, f"B{r}".replace("B", "A"), lab, box=True, align="center")
    # put row labels in column A (narrow) -> widen
    ws.column_dimensions["A"].width = 9
    for col, name in zip(cols, order + ["合計"]):
        v = total if name == "合計" else table2[name]
        put(ws, f"{col}15", comma(v[0]), box=True, align="right")
        put(ws, f"{col}16", comma(v[1]), box=True, align="right")
        put(ws, f"{col}17", comma(v[1] - v[0]), box=True, align="right")
    put(ws, "A18", "※R7.9末は令和７年９月末現在の未収金残高（調定額－収入額－不納欠損額）。", size=9)
    summary = dict(allrows=allrows, table2=table2, total=total, order=order, heads=heads)

    for k, (name, d) in enumerate(DETAIL.items(), 1):
        ws = wb.create_sheet(name)
        setup(ws, {"A": 14, "B": 12, "C": 12, "D": 9, "E": 12, "F": 12, "G": 12, "H": 14})
        put(ws, "A1", TITLE, bold=True, size=13); put(ws, "H1", f"No.{k}", align="right")
        for col, v in zip("ABCDEFGH", ["債権名", name, "", "所管課", d["div"], "", "債権区分", d["kind"]]):
            if v:
                put(ws, f"{col}3", v, box=True, bold=col in "ADG", align="center")
        ws.merge_cells("B3:C3"); ws.merge_cells("E3:F3"); grid(ws, "A3:H3")
        put(ws, "A5", "１　徴収率（単位：％）", bold=True, size=11)
        put(ws, "A6", "区分", box=True, align="center", bold=True); ws.merge_cells("A6:A7")
        put(ws, "B6", "上半期実績", box=True, align="center", bold=True); ws.merge_cells("B6:D6")
        put(ws, "E6", "年度末", box=True, align="center", bold=True); ws.merge_cells("E6:G6")
        for col, h in zip("BCDEFG", ["R7.9末", "R6.9末", "差", "R7見込", "R7目標", "R6決算"]):
            put(ws, f"{col}7", h, box=True, align="center")
        rate_rows = {}
        segd7 = dict(d["r7"]); segd7["合計"] = tot(d["r7"])
        segd6 = dict(d["r6"]); segd6["合計"] = tot(d["r6"])
        for i, sg in enumerate(["現年分", "滞繰分", "合計"]):
            r = 8 + i
            a7 = r1(segd7[sg][1], segd7[sg][0]); a6 = r1(segd6[sg][1], segd6[sg][0])
            diff = round(a7 - d["prev"][sg], 1)
            vals = [f"{a7:.1f}", f"{d['prev'][sg]:.1f}", ("△" if diff < 0 else "") + f"{abs(diff):.1f}",
                    f"{d['est'][sg]:.1f}", f"{d['tgt'][sg]:.1f}", f"{a6:.1f}"]
            put(ws, f"A{r}", sg, box=True, align="center")
            for col, v in zip("BCDEFG", vals):
                put(ws, f"{col}{r}", v, box=True, align="right")
            rate_rows[sg] = (a7, d["prev"][sg], d["est"][sg], d["tgt"][sg], a6)
        grid(ws, "A6:G10")
        put(ws, "A12", "２　調定額・収入額・未収金残高の推移", bold=True, size=11)
        put(ws, "F12", "（単位：千円）", size=9, align="right")
        for col, h in zip("ABCDEF", ["年度", "調定額", "収入額", "不納欠損額", "", "未収金残高"]):
            put(ws, f"{col}13", h, box=True, align="center", bold=True)
        ws.merge_cells("D13:E13")
        amt_rows = [("R5決算", d["r5"]), ("R6決算", tot(d["r6"])), ("R7.9末", tot(d["r7"]))]
        for i, (lab, (a, c, w)) in enumerate(amt_rows):
            r = 14 + i
            put(ws, f"A{r}", lab, box=True, align="center")
            for col, v in zip("BCDF", [comma(a), comma(c), comma(w) if w else "0", comma(a - c - w)]):
                put(ws, f"{col}{r}", v, box=True, align="right")
            ws.merge_cells(f"D{r}:E{r}")
        grid(ws, "A13:F16")
        put(ws, "A17", "※R7.9末の調定額は年度当初調定に９月末までの異動を反映したもの。", size=9)
        put(ws, "A19", "３　上半期の取組実績", bold=True, box=True, align="center"); ws.merge_cells("A19:D19")
        put(ws, "E19", "４　下半期の取組方針", bold=True, box=True, align="center"); ws.merge_cells("E19:H19")
        kana = "アイウエオ"
        put(ws, "A20", "\n".join(f"{kana[i]}　{t}" for i, t in enumerate(d["done"])), box=True, wrap=True)
        put(ws, "E20", "\n".join(f"{kana[i]}　{t}" for i, t in enumerate(d["plan"])), box=True, wrap=True)
        ws.merge_cells("A20:D20"); ws.merge_cells("E20:H20"); grid(ws, "A19:H20")
        ws.row_dimensions[20].height = 150
        d["_rates"] = rate_rows; d["_amts"] = amt_rows
    wb.save(OUT / f"{STEM}.xlsx")
    return summary


def main():
    S = build()
    pdf = to_pdf(OUT / f"{STEM}.xlsx", PDF / f"{STEM}.pdf", "x_prog")
    facts, inits = [], []
    # page 1: 総括
    for name, a, b in S["allrows"]:
        facts.append(fact(name, 2025, "R7.9末", "total", "collection_rate", "interim", a, "percent", f"{a:.1f}", 1, as_of=AS_OF))
        facts.append(fact(name, 2024, "R6.9末", "total", "collection_rate", "interim", b, "percent", f"{b:.1f}", 1, as_of=AS_OF_PREV))
    for name, head in zip(S["order"] + ["合計"], S["heads"]):
        v = S["total"] if name == "合計" else S["table2"][name]
        debt = None if name in ("その他", "合計") else name
        dr = name if debt is None else head
        facts.append(fact(debt, 2024, "R6決算", "total", "outstanding", "actual", v[0] * 1000, "yen", comma(v[0]), 1, debt_raw=dr))
        facts.append(fact(debt, 2025, "R7.9末", "total", "outstanding", "interim", v[1] * 1000, "yen", comma(v[1]), 1, as_of=AS_OF, debt_raw=dr))
    for k, (name, d) in enumerate(DETAIL.items(), 2):
        for sg, (a7, p6, est, tgt, a6) in d["_rates"].items():
            s = SEGS[sg]
            facts.append(fact(name, 2025, "R7.9末", s, "collection_rate", "interim", a7, "percent", f"{a7:.1f}", k, as_of=AS_OF))
            facts.append(fact(name, 2024, "R6.9末", s, "collection_rate", "interim", p6, "percent", f"{p6:.1f}", k, as_of=AS_OF_PREV))
            facts.append(fact(name, 2025, "R7見込", s, "collection_rate", "estimate", est, "percent", f"{est:.1f}", k))
            facts.append(fact(name, 2025, "R7目標", s, "collection_rate", "target", tgt, "percent", f"{tgt:.1f}", k))
            facts.append(fact(name, 2024, "R6決算", s, "collection_rate", "actual", a6, "percent", f"{a6:.1f}", k))
        for lab, (a, c, w) in d["_amts"]:
            fy = {"R5決算": 2023, "R6決算": 2024, "R7.9末": 2025}[lab]
            basis = "interim" if lab == "R7.9末" else "actual"
            ao = AS_OF if basis == "interim" else None
            facts.append(fact(name, fy, lab, "total", "assessed", basis, a * 1000, "yen", comma(a), k, as_of=ao))
            facts.append(fact(name, fy, lab, "total", "collected", basis, c * 1000, "yen", comma(c), k, as_of=ao))
            facts.append(fact(name, fy, lab, "total", "written_off", basis, w * 1000, "yen", comma(w) if w else "0", k, as_of=ao))
            facts.append(fact(name, fy, lab, "total", "outstanding", basis, (a - c - w) * 1000, "yen", comma(a - c - w), k, as_of=ao))
        kana = "アイウエオ"
        for sec, items in (("上半期の取組実績", d["done"]), ("下半期の取組方針", d["plan"])):
            for i, t in enumerate(items):
                status = t[-3:-1]; text = t[:-4]
                inits.append(initiative(name, 2025, sec, kana[i], text, status, k))
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-12-01",
                "date_raw": "令和７年１２月"}
    write_gold(pdf, document, facts, inits)


if __name__ == "__main__":
    main()
