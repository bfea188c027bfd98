"""令和５年度第２回 神戸市債権管理対策推進本部会議 資料 — committee_material, openpyxl → LibreOffice (landscape).

Modelled on the 神戸市債権管理対策推進本部 記者資料 (http://www.city.kobe.lg.jp/information/press/2019/08/
20190821114601.html): 未収金額の推移 box (平成19年度末 | … with 約…億円 and ▲約… comparisons), 収入率 targets,
(1)(2) 取組 lists with ア/イ/ウ.  Figures invented and internally consistent.
"""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from b_common import OUT, PDF_DIR, Gold, fmt_rate, rate, to_pdf, zen

STEM = "b_kobe_honbu_r5_2"
thin = Side(style="thin", color="000000")
med = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
F = "IPAexゴシック"

RATE_DEBTS = ["市税", "国民健康保険料", "介護保険料", "後期高齢者医療保険料", "保育所保育料", "市営住宅使用料"]
RATE_ROWS = [
    (2021, "令和３年度実績", "actual", ["98.92", "92.31", "98.70", "99.52", "97.85", "96.40"]),
    (2022, "令和４年度実績", "actual", ["99.05", "92.88", "98.81", "99.56", "98.02", "96.77"]),
    (2023, "令和５年度目標", "target", ["99.15", "93.30", "98.90", "99.60", "98.20", "97.00"]),
]
# interim, 千円: (current assessed, collected), (arrears assessed, collected) for 2024-02-29 and 2023-02-28
INTERIM = {
    "国民健康保険料": (((8912330, 7702118), (2112450, 412330)), ((9004118, 7745210), (2241006, 420118))),
    "介護保険料": (((10112540, 9601228), (221330, 38412)), ((9998410, 9480115), (230118, 37556))),
}
TAX_INTERIM = (("96.12", "95.88"), ("28.40", "27.05"))  # 現年分 (今年, 前年同月), 滞納繰越分
INITS = [
    ("市税", "行財政局", [
        ("ア", "給与・預貯金を中心に財産調査を早期に行い、差押えを実施した。", "継続"),
        ("イ", "スマートフォン決済アプリによる納付を全税目に広げた。", "拡充"),
        ("ウ", "高額滞納案件を特別整理担当に集約し、進行管理を行った。", "継続"),
    ]),
    ("国民健康保険料", "健康局", [
        ("ア", "人材派遣を活用した電話催告を夜間・休日にも実施した。", "継続"),
        ("イ", "資格喪失者の未納分について、文書と電話による納付督励を行った。", "継続"),
        ("ウ", "差押予告書の送付対象を滞納額１０万円以上の世帯に広げた。", "拡充"),
    ]),
    ("市営住宅使用料", "建築住宅局", [
        ("ア", "長期滞納者に対し、明渡し請求訴訟と強制執行を行った。", "継続"),
        ("イ", "退去滞納者の債権回収を弁護士法人に委託した。", "新規"),
    ]),
]
JUTEN = [
    ("(1)", "現年分の滞納を翌年度に繰り越さないよう、納期限後の早期催告を全債権で徹底する。"),
    ("(2)", "回収見込みのない債権は、条例に基づく放棄を含め、計画的に整理する。"),
    ("(3)", "各局の徴収担当職員を対象に、滞納処分と法的措置の合同研修を実施する。"),
]
SANKO = [("市税", 3_820_000_000), ("国民健康保険料", 4_150_000_000), ("介護保険料", 610_000_000),
         ("その他", 7_320_000_000)]


def style_range(ws, ref, border=BOX, fill=None, font=None, align=None):
    for row in ws[ref]:
        for c in row:
            c.border = border
            if fill:
                c.fill = fill
            if font:
                c.font = font
            if align:
                c.alignment = align


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "令和５年度第２回 神戸市債権管理対策推進本部会議"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.size = 9
    ws.sheet_view.showGridLines = False


def put(ws, ref, v, size=10.5, bold=False, h=None, wrap=False, fmt=None, v_="center"):
    c = ws[ref]
    c.value = v
    c.font = Font(name=F, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if fmt:
        c.number_format = fmt
    return c


def main():
    g = Gold(STEM, "committee_material", "神戸市", "令和５年度第２回 神戸市債権管理対策推進本部会議 資料",
             "2024-03-26", "令和６年３月２６日")
    wb = Workbook()

    # ---------------- sheet 1 (p1)
    ws = wb.active
    ws.title = "資料１"
    setup(ws, "資料１")
    for col, w in zip("ABCDEFGH", [22, 17, 17, 17, 17, 17, 17, 4]):
        ws.column_dimensions[col].width = w
    put(ws, "G1", "資料１", 11, True, "center"); style_range(ws, "G1:G1")
    put(ws, "A2", "令和５年度第２回 神戸市債権管理対策推進本部会議", 13, True)
    put(ws, "A3", "未収金の状況について", 13, True)
    put(ws, "F4", "令和６年３月２６日", 10, h="right"); ws.merge_cells("F4:G4")
    put(ws, "E5", "行財政局税務部収税課（債権管理対策担当）", 9, h="right"); ws.merge_cells("E5:G5")
    put(ws, "A7", "１　未収金額の推移", 11.5, True)
    put(ws, "B8", "平成19年度末", h="center"); put(ws, "C8", "令和３年度末", h="center")
    put(ws, "D8", "令和４年度末", h="center")
    style_range(ws, "B8:D8", fill=GRAY)
    hist = [(2007, "平成19年度末", 451), (2021, "令和３年度末", 168), (2022, "令和４年度末", 159)]
    for col, (fy, lab, oku) in zip("BCD", hist):
        raw = f"約{oku}億円"
        put(ws, f"{col}9", raw, 12, True, "center")
        g.fact(None, fy, lab, "total", "outstanding", "actual", oku * 100_000_000, "yen", raw, 1, approx=True)
    style_range(ws, "B9:D9")
    ws.row_dimensions[9].height = 24
    put(ws, "E8", "対19年度比較", 9.5, h="center"); put(ws, "E9", f"▲約{451 - 159}億円", 11, h="center")
    put(ws, "F8", "対３年度比較", 9.5, h="center"); put(ws, "F9", f"▲約{168 - 159}億円", 11, h="center")
    style_range(ws, "E8:F8", fill=GRAY); style_range(ws, "E9:F9")
    put(ws, "A11", "　平成20年７月の本部設置以降、財産差押えや支払督促等の法的措置、民間人材の活用により、"
                    "未収金額は平成19年度末の約451億円から令和４年度末には約159億円まで圧縮した。", 10, wrap=True,
        v_="top")
    ws.merge_cells("A11:G12"); ws.row_dimensions[11].height = 18; ws.row_dimensions[12].height = 18
    # the sentence repeats 約451億円 / 約159億円 on page 1: one fact per printed occurrence
    g.fact(None, 2007, "平成19年度末", "total", "outstanding", "actual", 45_100_000_000, "yen", "約451億円", 1,
           approx=True)
    g.fact(None, 2022, "令和４年度末", "total", "outstanding", "actual", 15_900_000_000, "yen", "約159億円", 1,
           approx=True)

    put(ws, "A14", "２　主な債権の収入率", 11.5, True)
    put(ws, "G14", "（単位：％）", 9, h="right")
    put(ws, "A15", "区分", h="center")
    for col, n in zip("BCDEFG", RATE_DEBTS):
        put(ws, f"{col}15", n, 9.5, h="center", wrap=True)
    style_range(ws, "A15:G15", fill=GRAY)
    ws.row_dimensions[15].height = 30
    for r, (fy, lab, basis, vals) in enumerate(RATE_ROWS, start=16):
        put(ws, f"A{r}", lab, h="center")
        for col, n, v in zip("BCDEFG", RATE_DEBTS, vals):
            put(ws, f"{col}{r}", float(v), h="right", fmt="0.00")
            g.fact(n, fy, lab, "total", "collection_rate", basis, float(v), "percent", v, 1, near=lab)
        style_range(ws, f"A{r}:G{r}")
        ws.row_dimensions[r].height = 20
    put(ws, "A19", "※ 収入率は現年分と滞納繰越分を合わせたもの（収入済額÷調定額）。", 9)
    ws.print_area = "A1:G19"

    # ---------------- sheet 2 (p2): interim
    ws = wb.create_sheet("資料２")
    setup(ws, "資料２")
    for col, w in zip("ABCDEFGHI", [16, 15, 15, 10, 15, 15, 10, 11, 3]):
        ws.column_dimensions[col].width = w
    put(ws, "H1", "資料２", 11, True, "center"); style_range(ws, "H1:H1")
    put(ws, "A2", "３　令和５年度 ２月末の収入状況", 11.5, True)
    put(ws, "A4", "（１）市税", 10.5, True)
    put(ws, "A5", "【収入率】令和６年２月２９日現在", 10.5)
    (c_now, c_prev), (a_now, a_prev) = TAX_INTERIM
    put(ws, "A6", f"　現年分　　　{zen(c_now)}％（前年同月　{zen(c_prev)}％）", 10.5)
    put(ws, "A7", f"　滞納繰越分　{zen(a_now)}％（前年同月　{zen(a_prev)}％）", 10.5)
    for seg, now, prev in (("current", c_now, c_prev), ("arrears", a_now, a_prev)):
        g.fact("市税", 2023, "令和６年２月２９日", seg, "collection_rate", "interim", float(now), "percent",
               f"{zen(now)}％", 2, as_of="2024-02-29")
        g.fact("市税", 2022, "前年同月", seg, "collection_rate", "interim", float(prev), "percent",
               f"{zen(prev)}％", 2, as_of="2023-02-28")
    r = 9
    for k, (name, (now, prev)) in enumerate(INTERIM.items(), start=2):
        put(ws, f"A{r}", f"（{zen(k)}）{name}", 10.5, True)
        put(ws, f"H{r}", "（単位：千円、％）", 8.5, h="right")
        r += 1
        put(ws, f"A{r}", f"債権名　{name}", 10, True)
        ws.merge_cells(f"A{r}:H{r}"); style_range(ws, f"A{r}:H{r}")
        r += 1
        put(ws, f"A{r}", "区分", h="center"); ws.merge_cells(f"A{r}:A{r + 1}")
        put(ws, f"B{r}", "令和６年２月末", h="center"); ws.merge_cells(f"B{r}:D{r}")
        put(ws, f"E{r}", "前年同月", h="center"); ws.merge_cells(f"E{r}:G{r}")
        put(ws, f"H{r}", "収入率\nの差", 9, h="center", wrap=True); ws.merge_cells(f"H{r}:H{r + 1}")
        for col, lab in zip("BCDEFG", ["調定額", "収入済額", "収入率"] * 2):
            put(ws, f"{col}{r + 1}", lab, 9.5, h="center")
        style_range(ws, f"A{r}:H{r + 1}", fill=GRAY)
        r += 2
        (ncur, narr), (pcur, parr) = now, prev
        ntot = (ncur[0] + narr[0], ncur[1] + narr[1])
        ptot = (pcur[0] + parr[0], pcur[1] + parr[1])
        for seg, segl, n_, p_ in (("current", "現年分", ncur, pcur), ("arrears", "滞納繰越分", narr, parr),
                                  ("total", "計", ntot, ptot)):
            rn, rp = rate(n_[1], n_[0]), rate(p_[1], p_[0])
            put(ws, f"A{r}", segl, h="center")
            put(ws, f"B{r}", n_[0], h="right", fmt="#,##0"); put(ws, f"C{r}", n_[1], h="right", fmt="#,##0")
            put(ws, f"D{r}", float(rn), h="right", fmt="0.00")
            put(ws, f"E{r}", p_[0], h="right", fmt="#,##0"); put(ws, f"F{r}", p_[1], h="right", fmt="#,##0")
            put(ws, f"G{r}", float(rp), h="right", fmt="0.00")
            d = rn - rp
            put(ws, f"H{r}", ("△" + str(-d)) if d < 0 else str(d), h="right")
            style_range(ws, f"A{r}:H{r}")
            key = f"{n_[0]:,}"
            for fy, asof, raw_fy, amt, rr in ((2023, "2024-02-29", "令和６年２月末", n_, rn),
                                             (2022, "2023-02-28", "前年同月", p_, rp)):
                g.fact(name, fy, raw_fy, seg, "assessed", "interim", amt[0] * 1000, "yen", f"{amt[0]:,}", 2,
                       as_of=asof)
                g.fact(name, fy, raw_fy, seg, "collected", "interim", amt[1] * 1000, "yen", f"{amt[1]:,}", 2,
                       as_of=asof)
                g.fact(name, fy, raw_fy, seg, "collection_rate", "interim", float(rr), "percent", fmt_rate(rr), 2,
                       as_of=asof)
            r += 1
        r += 1
    put(ws, f"A{r}", "※ 前年同月は令和５年２月末。収入率の差はポイント（△は低下）。", 9)
    ws.print_area = f"A1:H{r}"

    # ---------------- sheet 3 (p3): boxed initiatives and 【参考】 box
    ws = wb.create_sheet("資料３")
    setup(ws, "資料３")
    for col, w in zip("ABCDEF", [30, 30, 30, 30, 4, 4]):
        ws.column_dimensions[col].width = w
    put(ws, "D1", "資料３", 11, True, "center"); style_range(ws, "D1:D1")
    put(ws, "A2", "４　各局の主な取組（令和５年度）", 11.5, True)
    r = 4
    for name, kyoku, items in INITS:
        lines = [f"【{name}】（{kyoku}）"] + [f"{lab}　{txt}【{st}】" for lab, txt, st in items]
        put(ws, f"A{r}", "\n".join(lines), 10.5, wrap=True, v_="top")
        ws.merge_cells(f"A{r}:D{r}")
        style_range(ws, f"A{r}:D{r}", border=Border(left=med, right=med, top=med, bottom=med))
        ws.row_dimensions[r].height = 17 * len(lines) + 6
        for lab, txt, st in items:
            g.init(name, 2023, "各局の主な取組", lab, txt, st, 3)
        r += 2
    sl = ["【参考】令和４年度末 未収金の内訳"]
    for n, v in SANKO:
        oku, man = divmod(v // 10_000, 10_000)
        s = f"約{oku}億{man:,}万円" if man else f"約{oku}億円"
        sl.append(f"・{n}：{s}")
        debt = None if n == "その他" else n
        g.fact(debt, 2022, "令和４年度末", "total", "outstanding", "actual", v, "yen", s, 3, approx=True,
               debt_raw=n)
    put(ws, f"A{r}", "\n".join(sl), 10, wrap=True, v_="top")
    ws.merge_cells(f"A{r}:B{r}")
    style_range(ws, f"A{r}:B{r}")
    ws.row_dimensions[r].height = 17 * len(sl) + 6
    r += 2
    put(ws, f"A{r}", "５　令和６年度に向けた重点事項", 11.5, True)
    r += 1
    for lab, txt in JUTEN:
        put(ws, f"A{r}", lab, 10.5, h="center")
        put(ws, f"B{r}", txt, 10.5, wrap=True)
        ws.merge_cells(f"B{r}:D{r}")
        style_range(ws, f"A{r}:D{r}")
        ws.row_dimensions[r].height = 22
        g.init(None, 2024, "令和６年度に向けた重点事項", lab, txt, None, 3)
        r += 1
    ws.print_area = f"A1:D{r}"

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", STEM)
    g.finish(pdf)


if __name__ == "__main__":
    main()
