"""令和７年度 こなん市債権管理・徴収計画 — openpyxl -> LibreOffice. Writes pdf + gold."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from w_common import OUT, PDF, Gold, check, kilo, to_pdf  # noqa: E402

STEM = "w_konan_plan_1"
MIN = "IPAex明朝"
GOT = "IPAexゴシック"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# 令和6年度決算 収入未済額（円）: current, arrears
OUTSTANDING = [
    ("市税", "税務課", "強制徴収公債権", 38412350, 112904115),
    ("国民健康保険税", "保険年金課", "強制徴収公債権", 41208700, 168330512),
    ("介護保険料", "高齢福祉課", "強制徴収公債権", 6104300, 9870450),
    ("後期高齢者医療保険料", "保険年金課", "強制徴収公債権", 1204600, 2330100),
    ("保育料", "幼児施策課", "強制徴収公債権", 1880400, 7412300),
    ("下水道使用料", "上下水道課", "強制徴収公債権", 4520180, 6108940),
    ("市営住宅使用料", "住宅課", "私債権", 3112000, 21904500),
    ("学校給食費", "学校教育課", "私債権", 920300, 3410700),
    ("生活保護費返還金", "社会福祉課", "非強制徴収公債権", 5402000, 38775320),
]

# per-debt sheets: rates R4, R5, R6 actual, R7 target (current, arrears); outstanding 千円 R4, R5, (R6 from above), R7 target
SHEETS = {
    "市税": {
        "cur": ["99.02", "99.11", "99.18", "99.25"], "arr": ["21.47", "23.06", "24.31", "26.00"],
        "out": [176204, 163918, None, 140000],
        "inits": [
            ("①", "現年度分の未納者に対し、納期限後早期に督促状を送付し、電話・文書による催告を集中的に行う。", "継続", False),
            ("②", "滋賀県との併任徴収により、高額・困難案件の財産調査と差押えを進める。", "継続", False),
            ("③", "納付資力のない滞納者については、滞納処分の執行停止を適正に判断し、滞納繰越額の圧縮を図る。", "拡充", True),
        ],
    },
    "国民健康保険税": {
        "cur": ["93.85", "94.12", "94.40", "94.80"], "arr": ["18.36", "19.04", "20.22", "22.00"],
        "out": [231877, 220415, None, 195000],
        "inits": [
            ("①", "税務課と連携した一元的な滞納整理により、市税と国民健康保険税を重複して滞納している世帯への対応を強化する。", "継続", False),
            ("②", "口座振替の原則化を進め、新規加入時の口座振替申込みを徹底する。", "新規", False),
            ("③", "短期被保険者証の交付対象世帯との納付相談を定期的に行う。", "継続", True),
        ],
    },
    "保育料": {
        "cur": ["99.21", "99.35", "99.40", "99.50"], "arr": ["11.02", "12.78", "14.15", "16.00"],
        "out": [10815, 9966, None, 8500],
        "inits": [
            ("①", "児童手当からの特別徴収（申出による徴収）を案内し、未納の発生を防止する。", "継続", False),
            ("②", "卒園児の保護者に対しては、税務課への徴収引継ぎを行い、滞納処分を進める。", "拡充", False),
        ],
    },
    "市営住宅使用料": {
        "cur": ["98.52", "98.61", "98.67", "98.80"], "arr": ["7.84", "8.20", "9.12", "10.50"],
        "out": [27960, 26114, None, 23000],
        "inits": [
            ("①", "滞納初期の段階で入居者と面談し、分納誓約を取り交わす。", "継続", False),
            ("②", "６か月以上の滞納者には、連帯保証人への通知と併せて、明渡請求に向けた法的措置を検討する。", "継続", False),
            ("③", "退去者の滞納分について、支払督促の申立てを行う。", "新規", True),
        ],
    },
    "学校給食費": {
        "cur": ["99.40", "99.51", "99.58", "99.65"], "arr": ["15.62", "17.05", "17.86", "20.00"],
        "out": [5012, 4688, None, 4000],
        "inits": [
            ("①", "就学援助制度の周知を行い、対象となる世帯の申請を促す。", "継続", False),
            ("②", "児童手当からの徴収について、保護者の同意を得る取組を進める。", "新規", False),
        ],
    },
}
YEARS = [(2022, "４年度実績", "actual"), (2023, "５年度実績", "actual"), (2024, "６年度実績", "actual"),
         (2025, "７年度目標", "target")]


def put(ws, ref, v, *, font=MIN, size=10, bold=False, h="left", v_="center", border=True, wrap=False):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        c.border = BOX
    return c


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    put(ws, first, v, **kw)
    ws.merge_cells(rng)
    if kw.get("border", True):
        from openpyxl.utils import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(r, c).border = BOX


def build():
    g = Gold(STEM, "plan", "こなん市", "令和７年度 こなん市債権管理・徴収計画", "2025-05-01", "令和７年５月")
    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    for col, w in zip("ABCDEFG", [22, 14, 14, 14, 14, 14, 6]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "令和７年度 こなん市債権管理・徴収計画"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.size = 9

    r = 1
    merge(ws, f"A{r}:F{r}", "令和７年度　こなん市債権管理・徴収計画", font=GOT, size=16, bold=True, h="center", border=False)
    ws.row_dimensions[r].height = 30
    r += 1
    merge(ws, f"A{r}:F{r}", "令和７年５月　こなん市債権管理・徴収対策会議", size=10, h="right", border=False)
    r += 2
    merge(ws, f"A{r}:F{r}", "１　計画の趣旨", font=GOT, size=12, bold=True, border=False)
    r += 1
    merge(ws, f"A{r}:F{r}", "　こなん市債権管理・徴収対策会議設置要綱第４条第４項の規定に基づき、債権所管部署は、前年度の実績を"
          "踏まえて年間の債権管理・徴収計画を策定する。本計画は、各債権の令和７年度の収納率の目標、収入未済額の"
          "目標及び目標達成に向けた取組をまとめたものであり、対策会議において進捗を管理する。",
          size=10, border=False, wrap=True, v_="top")
    ws.row_dimensions[r].height = 64
    r += 2
    merge(ws, f"A{r}:F{r}", "２　令和６年度決算における収入未済額の状況", font=GOT, size=12, bold=True, border=False)
    r += 1
    put(ws, f"F{r}", "（単位：円）", size=9, h="right", border=False)
    r += 1
    for col, hd in zip("ABCDEF", ["債権名", "所管課", "債権区分", "現年度分", "過年度分", "計"]):
        put(ws, f"{col}{r}", hd, font=GOT, size=9.5, bold=True, h="center")
    r += 1
    tc = ta = 0
    for name, dept, kind, cur, arr in OUTSTANDING:
        for col, v in zip("ABCDEF", [name, dept, kind, cur, arr, cur + arr]):
            c = put(ws, f"{col}{r}", v, size=9.5, h="left" if col in "ABC" else "right")
            if col in "DEF":
                c.number_format = "#,##0"
        g.fact(1, name, 2024, "令和６年度", "current", "outstanding", "actual", cur, "yen", f"{cur:,}")
        g.fact(1, name, 2024, "令和６年度", "arrears", "outstanding", "actual", arr, "yen", f"{arr:,}")
        g.fact(1, name, 2024, "令和６年度", "total", "outstanding", "actual", cur + arr, "yen", f"{cur + arr:,}")
        tc += cur
        ta += arr
        r += 1
    merge(ws, f"A{r}:C{r}", "合計", font=GOT, size=9.5, bold=True, h="center")
    for col, v in zip("DEF", [tc, ta, tc + ta]):
        put(ws, f"{col}{r}", v, size=9.5, h="right").number_format = "#,##0"
    g.fact(1, None, 2024, "令和６年度", "current", "outstanding", "actual", tc, "yen", f"{tc:,}", debt_raw="合計")
    g.fact(1, None, 2024, "令和６年度", "arrears", "outstanding", "actual", ta, "yen", f"{ta:,}", debt_raw="合計")
    g.fact(1, None, 2024, "令和６年度", "total", "outstanding", "actual", tc + ta, "yen", f"{tc + ta:,}", debt_raw="合計")
    r += 1
    merge(ws, f"A{r}:F{r}", "※　過年度分は滞納繰越分を指す。出納整理期間（５月31日）終了後の額。", size=8.5, border=False)
    r += 1
    ws.row_breaks.append(Break(id=r))
    r += 1

    merge(ws, f"A{r}:F{r}", "３　債権ごとの徴収計画", font=GOT, size=12, bold=True, border=False)
    r += 2
    page = 2
    for k, (name, sh) in enumerate(SHEETS.items()):
        if k and k % 2 == 0:
            ws.row_breaks.append(Break(id=r - 1))
            page += 1
        dept, kind = next((d, kd) for n, d, kd, _, _ in OUTSTANDING if n == name)
        cur, arr = next((c, a) for n, _, _, c, a in OUTSTANDING if n == name)
        # label/value box
        put(ws, f"A{r}", "債権名", font=GOT, size=10, bold=True, h="center")
        put(ws, f"B{r}", name, size=10.5, bold=True)
        ws.merge_cells(f"B{r}:C{r}")
        ws[f"C{r}"].border = BOX
        put(ws, f"D{r}", "所管課", font=GOT, size=10, bold=True, h="center")
        put(ws, f"E{r}", dept, size=10)
        put(ws, f"F{r}", kind, size=8.5, h="center", wrap=True)
        ws.row_dimensions[r].height = 24
        r += 2
        merge(ws, f"A{r}:F{r}", "（１）収納率の推移と目標（単位：％）", font=GOT, size=10, border=False)
        r += 1
        put(ws, f"A{r}", "区分", font=GOT, size=9.5, bold=True, h="center")
        for col, (_, lab, _) in zip("BCDE", YEARS):
            put(ws, f"{col}{r}", lab, font=GOT, size=9.5, bold=True, h="center")
        r += 1
        for seg, key, lab in (("current", "cur", "現年度分"), ("arrears", "arr", "過年度分")):
            put(ws, f"A{r}", lab, size=9.5, h="center")
            for col, v, (fy, fyr, basis) in zip("BCDE", sh[key], YEARS):
                c = put(ws, f"{col}{r}", v, size=9.5, h="right")
                c.number_format = "@"
                g.fact(page, name, fy, fyr, seg, "collection_rate", basis, float(v), "percent", v)
            r += 1
        r += 1
        merge(ws, f"A{r}:F{r}", "（２）収入未済額の推移と目標（単位：千円）", font=GOT, size=10, border=False)
        r += 1
        put(ws, f"A{r}", "区分", font=GOT, size=9.5, bold=True, h="center")
        for col, (_, lab, _) in zip("BCDE", YEARS):
            put(ws, f"{col}{r}", lab, font=GOT, size=9.5, bold=True, h="center")
        r += 1
        outs = list(sh["out"])
        outs[2] = kilo(cur + arr)
        put(ws, f"A{r}", "収入未済額", size=9.5, h="center")
        for col, v, (fy, fyr, basis) in zip("BCDE", outs, YEARS):
            c = put(ws, f"{col}{r}", v, size=9.5, h="right")
            c.number_format = "#,##0"
            g.fact(page, name, fy, fyr, "total", "outstanding", basis, v * 1000, "yen", f"{v:,}")
        r += 2
        merge(ws, f"A{r}:F{r}", "（３）令和７年度の取組", font=GOT, size=10, border=False)
        r += 1
        lines = []
        for lab, txt, st, wrap in sh["inits"]:
            lines.append(f"{lab}{txt}" + ("\n" if wrap else "") + f"【{st}】")
            g.init(page, name, 2025, "令和７年度の取組", lab, txt, st)
        merge(ws, f"A{r}:F{r + 3}", "\n".join(lines), size=9.5, wrap=True, v_="top")
        for rr in range(r, r + 4):
            ws.row_dimensions[rr].height = 24
        r += 6

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "w_konan")
    g.write(pdf)
    return pdf


if __name__ == "__main__":
    build()
    print(check(STEM))
