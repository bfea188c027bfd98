"""w_sennan_plan_1: 債権徴収計画 (plan), modelled on 泉南市「令和7年度債権徴収計画」 (広報せんなん / 市サイト
「債権徴収計画について」): 令和6年度滞納債権徴収取組結果 and 令和7年度債権徴収計画, tables 「（単位：円、％）」 with
※1 不納欠損額 / ※2 収入未済額 notes. Municipality written in kana (せんなん市). openpyxl -> LibreOffice, landscape."""
from __future__ import annotations

import random
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, __import__("os").path.dirname(__file__))
from w_common import OUT, PDF, c, check, fact, init, okuman, rate, rnd, soffice_pdf, write_gold  # noqa: E402

STEM = "w_sennan_plan_1"
CITY = "せんなん市"
FONT = "IPAexGothic"

DEBTS = [("市税", "税務課"), ("国民健康保険料", "保険年金課"), ("介護保険料", "長寿社会推進課"),
         ("後期高齢者医療保険料", "保険年金課"), ("保育所保育料", "保育子ども課"), ("市営住宅使用料", "住宅公園課"),
         ("下水道使用料", "下水道整備課"), ("生活保護費返還金", "生活福祉課"), ("住宅新築資金等貸付金", "人権推進課"),
         ("児童扶養手当返還金", "家庭支援課")]


def data():
    r = random.Random(7071)
    rows = []
    scale = [420, 610, 88, 14, 31, 46, 22, 95, 120, 9]
    for (name, ka), s in zip(DEBTS, scale):
        A = s * 1_000_000 + r.randint(0, 999_999)
        rt = r.uniform(0.12, 0.32)
        ra = rt + r.uniform(-0.04, 0.03)
        T = int(A * rt) // 1000 * 1000            # 目標徴収額 (rounded to 千円)
        B = int(A * ra) + r.randint(0, 999)
        W = int(A * r.uniform(0.02, 0.09))
        cur = int(s * 1_000_000 * r.uniform(0.08, 0.3)) + r.randint(0, 999)
        rows.append(dict(name=name, ka=ka, A=A, T=T, B=B, W=W, oa=A - B - W, oc=cur))
    # plan 令和7年度
    for row, s in zip(rows, scale):
        cur_as = s * 1_000_000 * r.randint(8, 40) // 3 // 1000 * 1000
        if row["name"] in ("生活保護費返還金", "住宅新築資金等貸付金", "児童扶養手当返還金"):
            cur_as = s * 1_000_000 // r.randint(4, 9) // 1000 * 1000
        crt = r.uniform(0.55, 0.995) if row["name"] not in ("市税", "介護保険料", "後期高齢者医療保険料") else r.uniform(0.97, 0.995)
        row.update(cA=cur_as, cT=int(cur_as * crt) // 1000 * 1000, aA=row["oc"] + row["oa"],
                   aT=int((row["oc"] + row["oa"]) * (row["A"] and (row["T"] / row["A"] + 0.01))) // 1000 * 1000)
    return rows


thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRID = Border(left=thin, right=thin, top=hair, bottom=hair)
HEAD = PatternFill("solid", fgColor="D9E1F2")


def style(ws, rng, font=9, bold=False, fill=None, align="center", border=BOX, wrap=True):
    if ":" not in rng:
        rng = f"{rng}:{rng}"
    for row in ws[rng]:
        for cell in row:
            cell.font = Font(name=FONT, size=font, bold=bold)
            cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
            if border:
                cell.border = border
            if fill:
                cell.fill = fill


def setup(ws, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "せんなん市 総務部 行財政改革課"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    ws.print_options.horizontalCentered = True


def put(ws, cell, value, merge=None, **kw):
    ws[cell] = value
    if merge:
        ws.merge_cells(merge)
    style(ws, merge or cell, **kw)


def build():
    rows = data()
    facts, inits = [], []
    tot = {k: sum(r[k] for r in rows) for k in ("A", "T", "B", "W", "oa", "oc", "cA", "cT", "aA", "aT")}
    wb = Workbook()
    # ---------------- sheet 1: 令和6年度 結果 (pages 1-2) ----------------
    ws = wb.active
    ws.title = "R6結果"
    setup(ws, [4, 20, 13, 15, 14, 15, 9, 9, 7, 13, 14, 15])
    put(ws, "A1", "令和７年度　せんなん市債権徴収計画", "A1:L1", font=16, bold=True, border=None)
    ws.row_dimensions[1].height = 30
    put(ws, "A2", "令和７年６月　せんなん市", "A2:L2", font=10, align="right", border=None)
    intro = ("　本市では、市が有する債権について管理及び処理の基準を体系的に定め、市民負担の公平性と財政の健全性を確保するため、"
             "「せんなん市債権管理条例」を施行しています。同条例及び施行規則に基づき、債権を所管する各課が毎年度「債権徴収計画」を定め、"
             "債権ごとに目標とする徴収額と徴収率を掲げて、督促・催告から滞納処分、法的措置までの取組を計画的に進めています。")
    put(ws, "A3", intro, "A3:L3", font=10, align="left", border=None)
    ws.row_dimensions[3].height = 44
    tot_o = rnd(tot["oa"] + tot["oc"], 1_000_000)
    cur_o = rnd(tot["oc"], 1_000_000)
    arr_o = rnd(tot["oa"], 1_000_000)
    s_tot, s_cur, s_arr = "約" + okuman(tot_o), "約" + okuman(cur_o), "約" + okuman(arr_o)
    prose = (f"　令和６年度決算における計画対象債権の収入未済額は{s_tot}（うち現年分{s_cur}、滞納繰越分{s_arr}）となりました。"
             "目標額に届かなかった債権もあることから、令和７年度も引き続き収入未済額の縮減に全庁で取り組みます。")
    put(ws, "A4", prose, "A4:L4", font=10, align="left", border=None)
    ws.row_dimensions[4].height = 32
    for raw, v, seg in ((s_tot, tot_o, "total"), (s_cur, cur_o, "current"), (s_arr, arr_o, "arrears")):
        facts.append(fact(None, 2024, "令和６年度", seg, "outstanding", "actual", v, "yen", raw, 1, approx=True))
    put(ws, "A6", "１　令和６年度滞納債権徴収取組結果（単位：円、％）", "A6:L6", font=11, bold=True, align="left", border=None)
    # header rows 7-8
    put(ws, "A7", "No", "A7:A8", fill=HEAD)
    put(ws, "B7", "債権名", "B7:B8", fill=HEAD)
    put(ws, "C7", "所管課", "C7:C8", fill=HEAD)
    put(ws, "D7", "滞納繰越分", "D7:J7", fill=HEAD)
    put(ws, "K7", "収入未済額※2", "K7:L7", fill=HEAD)
    for col, h in zip("DEFGHIJKL", ["調定額(A)", "目標徴収額", "徴収額(B)", "目標徴収率", "徴収率(B/A)", "差",
                                    "不納欠損額※1", "現年分", "滞納繰越分"]):
        put(ws, f"{col}8", h, fill=HEAD, font=8)
    ws.print_title_rows = "7:8"
    r0 = 9
    for i, d in enumerate(rows):
        rr = r0 + i
        page = 1 if i < 6 else 2
        rt, ra = rate(d["T"], d["A"]), rate(d["B"], d["A"])
        vals = [i + 1, d["name"], d["ka"], c(d["A"]), c(d["T"]), c(d["B"]), f"{rt}", f"{ra}",
                f"{(ra - rt):+.2f}".replace("+", "").replace("-", "△"), c(d["W"]), c(d["oc"]), c(d["oa"])]
        for col, v in zip("ABCDEFGHIJKL", vals):
            ws[f"{col}{rr}"] = v
        style(ws, f"A{rr}:L{rr}", border=GRID, align="right")
        style(ws, f"B{rr}:C{rr}", border=GRID, align="left")
        style(ws, f"A{rr}", border=GRID)
        ws.row_dimensions[rr].height = 24
        n = d["name"]
        facts += [fact(n, 2024, "令和６年度", "arrears", "assessed", "actual", d["A"], "yen", c(d["A"]), page),
                  fact(n, 2024, "令和６年度", "arrears", "collected", "target", d["T"], "yen", c(d["T"]), page),
                  fact(n, 2024, "令和６年度", "arrears", "collected", "actual", d["B"], "yen", c(d["B"]), page),
                  fact(n, 2024, "令和６年度", "arrears", "collection_rate", "target", rt, "percent", f"{rt}", page),
                  fact(n, 2024, "令和６年度", "arrears", "collection_rate", "actual", ra, "percent", f"{ra}", page),
                  fact(n, 2024, "令和６年度", "arrears", "written_off", "actual", d["W"], "yen", c(d["W"]), page),
                  fact(n, 2024, "令和６年度", "current", "outstanding", "actual", d["oc"], "yen", c(d["oc"]), page),
                  fact(n, 2024, "令和６年度", "arrears", "outstanding", "actual", d["oa"], "yen", c(d["oa"]), page)]
        if i == 5:
            ws.row_breaks.append(Break(id=rr))
    rr = r0 + len(rows)
    rt, ra = rate(tot["T"], tot["A"]), rate(tot["B"], tot["A"])
    vals = ["", "合計", "", c(tot["A"]), c(tot["T"]), c(tot["B"]), f"{rt}", f"{ra}",
            f"{(ra - rt):+.2f}".replace("+", "").replace("-", "△"), c(tot["W"]), c(tot["oc"]), c(tot["oa"])]
    for col, v in zip("ABCDEFGHIJKL", vals):
        ws[f"{col}{rr}"] = v
    ws.merge_cells(f"B{rr}:C{rr}")
    style(ws, f"A{rr}:L{rr}", align="right", bold=True)
    style(ws, f"B{rr}:C{rr}", bold=True)
    ws.row_dimensions[rr].height = 24
    T = lambda seg, m, b, v, u, raw: fact(None, 2024, "令和６年度", seg, m, b, v, u, raw, 2, debt_raw="合計")
    facts += [T("arrears", "assessed", "actual", tot["A"], "yen", c(tot["A"])),
              T("arrears", "collected", "target", tot["T"], "yen", c(tot["T"])),
              T("arrears", "collected", "actual", tot["B"], "yen", c(tot["B"])),
              T("arrears", "collection_rate", "target", rt, "percent", f"{rt}"),
              T("arrears", "collection_rate", "actual", ra, "percent", f"{ra}"),
              T("arrears", "written_off", "actual", tot["W"], "yen", c(tot["W"])),
              T("current", "outstanding", "actual", tot["oc"], "yen", c(tot["oc"])),
              T("arrears", "outstanding", "actual", tot["oa"], "yen", c(tot["oa"]))]
    notes = ["※1　不納欠損額…すでに調定された歳入のうち、時効の完成や滞納処分の執行停止などにより徴収できないと認定した額",
             "※2　収入未済額…令和６年度会計において現年分、滞納繰越分それぞれで収入すべきところ、収入できなかった額。令和７年度会計では滞納繰越分として調定します。",
             "※　差＝徴収率－目標徴収率（ポイント）。徴収率は小数点以下第３位を四捨五入しています。"]
    for k, t in enumerate(notes):
        put(ws, f"A{rr + 2 + k}", t, f"A{rr + 2 + k}:L{rr + 2 + k}", font=9, align="left", border=None)
        ws.row_dimensions[rr + 2 + k].height = 18
    # ---------------- sheet 2: 令和7年度 計画 (page 3) ----------------
    ws2 = wb.create_sheet("R7計画")
    setup(ws2, [4, 20, 13, 15, 15, 10, 15, 15, 10])
    put(ws2, "A1", "２　令和７年度債権徴収計画（単位：円、％）", "A1:I1", font=11, bold=True, align="left", border=None)
    put(ws2, "A2", "No", "A2:A3", fill=HEAD)
    put(ws2, "B2", "債権名", "B2:B3", fill=HEAD)
    put(ws2, "C2", "所管課", "C2:C3", fill=HEAD)
    put(ws2, "D2", "現年分", "D2:F2", fill=HEAD)
    put(ws2, "G2", "滞納繰越分", "G2:I2", fill=HEAD)
    for col, h in zip("DEFGHI", ["調定見込額", "目標徴収額", "目標徴収率", "調定見込額", "目標徴収額", "目標徴収率"]):
        put(ws2, f"{col}3", h, fill=HEAD, font=8)
    for i, d in enumerate(rows + [None]):
        rr = 4 + i
        if d is None:
            d = dict(name="合計", ka="", **{k: tot[k] for k in ("cA", "cT", "aA", "aT")})
        crt, art = rate(d["cT"], d["cA"]), rate(d["aT"], d["aA"])
        vals = [i + 1 if d["name"] != "合計" else "", d["name"], d["ka"], c(d["cA"]), c(d["cT"]), f"{crt}",
                c(d["aA"]), c(d["aT"]), f"{art}"]
        for col, v in zip("ABCDEFGHI", vals):
            ws2[f"{col}{rr}"] = v
        bold = d["name"] == "合計"
        style(ws2, f"A{rr}:I{rr}", border=BOX if bold else GRID, align="right", bold=bold)
        style(ws2, f"B{rr}:C{rr}", border=BOX if bold else GRID, align="left" if not bold else "center", bold=bold)
        ws2.row_dimensions[rr].height = 24
        debt = None if bold else d["name"]
        dr = "合計" if bold else d["name"]
        facts += [fact(debt, 2025, "令和７年度", "current", "assessed", "estimate", d["cA"], "yen", c(d["cA"]), 3, debt_raw=dr),
                  fact(debt, 2025, "令和７年度", "current", "collected", "target", d["cT"], "yen", c(d["cT"]), 3, debt_raw=dr),
                  fact(debt, 2025, "令和７年度", "current", "collection_rate", "target", crt, "percent", f"{crt}", 3, debt_raw=dr),
                  fact(debt, 2025, "令和７年度", "arrears", "assessed", "estimate", d["aA"], "yen", c(d["aA"]), 3, debt_raw=dr),
                  fact(debt, 2025, "令和７年度", "arrears", "collected", "target", d["aT"], "yen", c(d["aT"]), 3, debt_raw=dr),
                  fact(debt, 2025, "令和７年度", "arrears", "collection_rate", "target", art, "percent", f"{art}", 3, debt_raw=dr)]
    rr = 4 + len(rows) + 2
    for k, t in enumerate(["※　滞納繰越分の調定見込額は、令和６年度末の収入未済額（現年分＋滞納繰越分）を基に算出しています。",
                           "※　目標徴収率＝目標徴収額÷調定見込額。"]):
        put(ws2, f"A{rr + k}", t, f"A{rr + k}:I{rr + k}", font=9, align="left", border=None)
    # ---------------- sheet 3: 取組 (page 4) ----------------
    ws3 = wb.create_sheet("取組")
    setup(ws3, [4, 30, 30, 30, 30])
    ws3.page_setup.orientation = "landscape"
    put(ws3, "A1", "３　目標達成に向けた主な取組", "A1:E1", font=11, bold=True, align="left", border=None)
    row = 3
    sec1 = "３－１　債権ごとの取組（国民健康保険料）"
    put(ws3, f"A{row}", sec1, f"A{row}:E{row}", font=10, bold=True, align="left", border=None)
    items1 = [("①", "納期限後２０日以内に督促状を発送し、督促後も未納の世帯には文書と電話による催告を早期に行う。", "継続"),
              ("②", "滞納繰越分のある世帯のうち一定額以上の滞納者について、預貯金・給与等の財産調査を集中的に実施し、差押えを行う。", "拡充"),
              ("③", "短期被保険者証の更新時に窓口での納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
              ("④", "口座振替の勧奨に加え、スマートフォン決済による納付の周知を強化する。", "新規")]
    cell_text = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in items1)
    put(ws3, f"A{row + 1}", "主な取組内容", f"A{row + 1}:A{row + 1}", font=9, fill=HEAD)
    ws3[f"A{row + 1}"].alignment = Alignment(vertical="center", horizontal="center", wrap_text=True, text_rotation=255)
    put(ws3, f"B{row + 1}", cell_text, f"B{row + 1}:E{row + 1}", font=9, align="left")
    ws3.row_dimensions[row + 1].height = 84
    for lab, t, st in items1:
        inits.append(init("国民健康保険料", 2025, sec1, lab, t, st, 4))
    row += 3
    sec2 = "３－２　債権ごとの取組（市営住宅使用料）"
    put(ws3, f"A{row}", sec2, f"A{row}:E{row}", font=10, bold=True, align="left", border=None)
    items2 = [("(1)", "滞納が３か月に達した入居者に対し、連帯保証人への通知と併せて面談による納付指導を行う。", "継続"),
              ("(2)", "６か月以上の滞納があり納付誓約に応じない入居者については、明渡し請求訴訟等の法的措置を講じる。", "継続"),
              ("(3)", "退去者の滞納分については、転居先調査を行ったうえで支払督促の申立てを行う。", "新規")]
    for k, (lab, t, st) in enumerate(items2):
        put(ws3, f"A{row + 1 + k}", lab, None, font=9, border=GRID)
        put(ws3, f"B{row + 1 + k}", f"{t}【{st}】", f"B{row + 1 + k}:E{row + 1 + k}", font=9, align="left", border=GRID)
        ws3.row_dimensions[row + 1 + k].height = 30
        inits.append(init("市営住宅使用料", 2025, sec2, lab, t, st, 4))
    row += 1 + len(items2) + 1
    sec3 = "全庁共通の取組"
    box = [("・", "各債権所管課は、毎月の収納状況と滞納件数を行財政改革課へ報告し、進捗を共有する。"),
           ("・", "債権管理研修を年２回開催し、所管課職員の徴収実務に関する知識の向上を図る。"),
           ("・", "徴収困難案件については、弁護士による法律相談を活用して処理方針を定める。")]
    txt = "【" + sec3 + "】\n" + "\n".join(f"{lab}{t}" for lab, t in box)
    put(ws3, f"A{row}", txt, f"A{row}:E{row}", font=9, align="left", border=BOX)
    ws3.row_dimensions[row].height = 70
    for lab, t in box:
        inits.append(init(None, 2025, sec3, lab, t, None, 4))
    OUT.mkdir(parents=True, exist_ok=True)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    soffice_pdf(x, PDF / f"{STEM}.pdf", "sennan")
    write_gold(STEM, "plan", CITY, "令和７年度　せんなん市債権徴収計画", "2025-06-01", "令和７年６月", facts, inits)
    return check(STEM)


if __name__ == "__main__":
    print(STEM, build())
