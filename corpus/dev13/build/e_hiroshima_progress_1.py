"""広島市 令和5年度 債権管理の取組状況（2月末） — openpyxl → LibreOffice, landscape.

Mid-year progress report (大阪市-style family as another city prints it): a summary rate table with one
debt × segment per row and column groups 2月末 (A) | 前年同月 (B) | 差 | 決算見込 | 目標 (単位：％, no % signs);
an outstanding table with one debt per column; one sheet per debt with a cell "債権名　X", a bracketed heading
【収納率】令和6年2月29日現在 (leap year) over bullets labelled only by segment, side-by-side headings
決算見込 | 目標 over one table, 取組 as several numbered items in one cell or ア/イ rows with tags after the 。,
and ward tables (区別) for 市税 and 国民健康保険料.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_lib13 import OUT, ROOT, Gold, comma, to_pdf, write_gold  # noqa: E402

STEM = "e_hiroshima_progress_1"
FY, PFY = 2023, 2022
ASOF, PASOF = "2024-02-29", "2023-02-28"
FONTN = "IPAexゴシック"

SEGS = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "合計")]
# rates: debt -> seg -> (A 2月末, B 前年同月, 決算見込, 目標)
RATES = {
    "市税": {"current": (97.12, 96.98, 99.15, 99.20), "arrears": (27.84, 26.51, 31.20, 30.00),
             "total": (94.36, 94.05, 96.88, 96.90)},
    "国民健康保険料": {"current": (86.41, 86.02, 93.10, 93.50), "arrears": (21.37, 20.88, 24.50, 25.00),
                "total": (73.62, 72.90, 80.45, 81.00)},
    "介護保険料": {"current": (96.85, 96.70, 99.05, 99.10), "arrears": (12.44, 11.90, 14.20, 15.00),
              "total": (94.10, 93.88, 96.35, 96.40)},
    "保育料": {"current": (95.62, 95.40, 98.60, 98.80), "arrears": (18.05, 17.22, 20.10, 20.00),
            "total": (88.70, 87.95, 91.80, 92.00)},
    "市営住宅使用料": {"current": (93.80, 94.02, 97.90, 98.20), "arrears": (9.86, 10.12, 12.00, 13.00),
                "total": (78.44, 78.90, 82.30, 83.00)},
}
SEGLABEL = {"市税": {"current": "現年課税分", "arrears": "滞納繰越分", "total": "合計"}}
# 未収金残高 2月末 (千円): (A, B)
OUTST = {"市税": (6_284_512, 6_512_330), "国民健康保険料": (3_421_876, 3_598_214), "介護保険料": (402_118, 415_607),
         "保育料": (98_442, 104_981), "市営住宅使用料": (215_330, 221_045)}
# 年度末 未収金残高 決算見込 / 目標 (千円)
OUT_EST = {"市税": (4_852_000, 4_800_000), "国民健康保険料": (2_746_000, 2_700_000), "保育料": (81_500, 80_000)}
WARDS = ["中区", "東区", "南区", "西区", "安佐南区", "安佐北区", "安芸区", "佐伯区"]
WARD_OFF = {  # offsets in points for (A cur, A arr, B cur, B arr)
    "中区": (-0.42, -1.85, -0.51, -2.10), "東区": (0.21, 0.64, 0.10, 0.35), "南区": (-0.18, -0.92, -0.30, -0.47),
    "西区": (-0.35, -1.12, -0.22, -1.60), "安佐南区": (0.37, 1.45, 0.41, 1.02), "安佐北区": (0.52, 2.06, 0.47, 1.88),
    "安芸区": (0.29, 0.83, 0.36, 1.21), "佐伯区": (0.44, 1.73, 0.38, 1.34)}
WARD_SCALE = {"市税": 1.0, "国民健康保険料": 2.2}

INITS = {
    "市税": ("ア", [
        ("高額・困難事案について、収納対策部特別滞納整理課への移管を進め、捜索及びインターネット公売を実施する。", "継続"),
        ("滞納繰越分の未着手事案を抽出し、各区収納担当による一斉財産調査を2月から3月に集中して行う。", "拡充"),
        ("スマートフォン決済アプリによる納付の周知を、納税通知書の同封チラシとSNSにより行う。", "継続"),
        ("eLTAXを利用した電子預貯金照会を全区に広げ、照会から差押えまでの期間を短縮する。", "新規"),
    ]),
    "国民健康保険料": ("(n)", [
        ("口座振替の原則化に伴い、新規加入世帯に対し窓口で口座振替の申込みを受け付ける。", "継続"),
        ("納付誓約の不履行世帯に対し、3月末までに財産調査を行い、差押えを含む滞納処分を実施する。", "拡充"),
        ("資格喪失後の未納世帯について、文書催告に加え、民間委託による電話催告を実施する。", "継続"),
    ]),
    "保育料": ("①", [
        ("児童手当からの特別徴収について、申出書の提出を入所手続時に案内する。", "継続"),
        ("退所児童の滞納世帯に対し、債権管理課と連携して財産調査を行い、滞納処分を実施する。", "新規"),
        ("現年度分の未納が2か月続いた世帯に、電話による納付勧奨を行う。", "継続"),
    ]),
}
MARKS = {"①": "①②③④⑤"}

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def ward_rates(debt):
    base = RATES[debt]
    k = WARD_SCALE[debt]
    out = {}
    for w in WARDS:
        o = WARD_OFF[w]
        ac = round(base["current"][0] + o[0] * k, 2)
        aa = round(base["arrears"][0] + o[1] * k, 2)
        bc = round(base["current"][1] + o[2] * k, 2)
        ba = round(base["arrears"][1] + o[3] * k, 2)
        out[w] = (ac, aa, bc, ba)
    return out


def pt(v: float) -> str:
    v = round(v, 2)
    return ("△" if v < 0 else "") + f"{abs(v):.2f}"


class Sheet:
    def __init__(self, wb, title, widths, first=False):
        self.ws = wb.active if first else wb.create_sheet()
        self.ws.title = title
        for i, w in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        ps = self.ws.page_setup
        ps.orientation = "landscape"
        ps.paperSize = self.ws.PAPERSIZE_A4
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        ps.fitToWidth, ps.fitToHeight = 1, 0
        self.ws.page_margins.left = self.ws.page_margins.right = 0.5
        self.ws.page_margins.top, self.ws.page_margins.bottom = 0.7, 0.6
        self.ws.oddHeader.right.text = "令和5年度 債権管理の取組状況（2月末）"
        self.ws.oddHeader.right.size = 8
        self.ws.oddFooter.center.text = "- &P -"
        self.ws.oddFooter.center.size = 9
        self.r = 1
        self.ncol = len(widths)

    def put(self, row, col, val, bold=False, size=10, h="left", border=True, wrap=True, v="center"):
        c = self.ws.cell(row=row, column=col, value=val)
        c.font = Font(name=FONTN, size=size, bold=bold)
        c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
        if border:
            c.border = BOX
        return c

    def line(self, text, bold=False, size=10, h="left", height=None, span=None):
        self.put(self.r, 1, text, bold, size, h, border=False, wrap=False)
        if span:
            self.ws.merge_cells(start_row=self.r, start_column=1, end_row=self.r, end_column=span)
        if height:
            self.ws.row_dimensions[self.r].height = height
        self.r += 1

    def merge(self, r1, c1, r2, c2, val, **kw):
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                self.put(rr, cc, None, border=True)
        self.put(r1, c1, val, **kw)
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def build():
    g = Gold(STEM, "progress_report", "広島市", "令和5年度 債権管理の取組状況（2月末）", "2024-03-01", "令和6年3月")
    wb = Workbook()

    # ---------------- sheet 1: summary ----------------
    g.page = 1
    s = Sheet(wb, "総括", [20, 13, 14, 14, 11, 14, 14], first=True)
    s.line("令和5年度 債権管理の取組状況（2月末）", True, 15, span=7, height=24)
    s.line("令和6年3月　広島市財政局収納対策部", False, 10, span=7)
    s.line("")
    s.line("１　主要債権の収納率の状況（令和6年2月29日現在）", True, 11, span=7)
    s.put(s.r, 7, "（単位：％）", size=9, h="right", border=False)
    s.r += 1
    r0 = s.r
    s.merge(r0, 1, r0 + 1, 1, "債権名", bold=True, h="center")
    s.merge(r0, 2, r0 + 1, 2, "区分", bold=True, h="center")
    s.merge(r0, 3, r0, 5, "2月末収納率", bold=True, h="center")
    s.put(r0 + 1, 3, "令和5年度\n(A)", True, 9, "center")
    s.put(r0 + 1, 4, "前年同月\n(B)", True, 9, "center")
    s.put(r0 + 1, 5, "差\n(A)-(B)", True, 9, "center")
    s.merge(r0, 6, r0 + 1, 6, "令和5年度\n決算見込", bold=True, h="center", size=9)
    s.merge(r0, 7, r0 + 1, 7, "令和5年度\n目標", bold=True, h="center", size=9)
    s.ws.row_dimensions[r0 + 1].height = 28
    s.r = r0 + 2
    for debt, segs in RATES.items():
        s.merge(s.r, 1, s.r + 2, 1, debt, h="left")
        for k, (seg, lab) in enumerate(SEGS):
            rr = s.r + k
            a, b, e, t = segs[seg]
            s.put(rr, 2, SEGLABEL.get(debt, {}).get(seg, lab), size=9)
            s.put(rr, 3, f"{a:.2f}", h="right")
            s.put(rr, 4, f"{b:.2f}", h="right")
            s.put(rr, 5, pt(a - b), h="right")
            s.put(rr, 6, f"{e:.2f}", h="right")
            s.put(rr, 7, f"{t:.2f}", h="right")
            g.fact(debt, FY, "令和5年度", seg, "collection_rate", "interim", a, "percent", f"{a:.2f}", as_of=ASOF)
            g.fact(debt, PFY, "前年同月", seg, "collection_rate", "interim", b, "percent", f"{b:.2f}", as_of=PASOF)
            g.fact(debt, FY, "令和5年度", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}")
            g.fact(debt, FY, "令和5年度", seg, "collection_rate", "target", t, "percent", f"{t:.2f}")
        s.r += 3
    s.line("※　前年同月は令和5年2月末の数値です。差の△はマイナスを示します。", size=8.5, span=7)
    s.line("")
    # outstanding, one debt per column
    g.page = 2
    s2 = Sheet(wb, "未収金", [16, 14, 14, 14, 14, 14, 14])
    s2.line("２　未収金残高（収入未済額）の状況", True, 11, span=7)
    s2.put(s2.r, 7, "（単位：千円）", size=9, h="right", border=False)
    s2.r += 1
    debts = list(OUTST)
    s2.put(s2.r, 1, "区分", True, 9, "center")
    for j, d in enumerate(debts):
        s2.put(s2.r, 2 + j, d, True, 9, "center")
    s2.put(s2.r, 2 + len(debts), "計", True, 9, "center")
    s2.ws.row_dimensions[s2.r].height = 28
    s2.r += 1
    tots = [sum(OUTST[d][i] for d in debts) for i in (0, 1)]
    for i, lab, fy, asof, fyr in ((0, "令和6年2月末", FY, ASOF, "令和6年2月末"), (1, "令和5年2月末", PFY, PASOF, "令和5年2月末")):
        s2.put(s2.r, 1, lab, size=9)
        for j, d in enumerate(debts):
            v = OUTST[d][i]
            s2.put(s2.r, 2 + j, comma(v), h="right")
            g.fact(d, fy, fyr, "total", "outstanding", "interim", v * 1000, "yen", comma(v), as_of=asof)
        s2.put(s2.r, 2 + len(debts), comma(tots[i]), h="right", bold=True)
        g.fact(None, fy, fyr, "total", "outstanding", "interim", tots[i] * 1000, "yen", comma(tots[i]), as_of=asof,
               debt_raw="計")
        s2.r += 1
    s2.put(s2.r, 1, "増減", size=9)
    for j, d in enumerate(debts):
        s2.put(s2.r, 2 + j, comma(OUTST[d][0] - OUTST[d][1]), h="right")
    s2.put(s2.r, 2 + len(debts), comma(tots[0] - tots[1]), h="right", bold=True)
    s2.r += 1
    s2.line("※　未収金残高は、各年2月末時点の現年度分と滞納繰越分の収入未済額の合計です。", size=8.5, span=7)
    s2.line("")
    dA = tots[1] - tots[0]
    s2.line(f"　主要5債権の未収金残高は、前年同月と比べ{comma(dA)}千円縮減している。", size=10, span=7)

    # ---------------- per-debt sheets ----------------
    org = {"市税": "財政局収納対策部収納課", "国民健康保険料": "健康福祉局保険年金課", "保育料": "こども未来局保育企画課"}
    for pno, debt in enumerate(("市税", "国民健康保険料", "保育料"), start=3):
        g.page = pno
        sh = Sheet(wb, debt[:10], [16, 16, 16, 16, 16, 16, 16])
        segl = SEGLABEL.get(debt, {"current": "現年度分", "arrears": "滞納繰越分", "total": "合計"})
        sh.merge(sh.r, 1, sh.r, 4, f"債権名　{debt}", bold=True, size=12)
        sh.merge(sh.r, 5, sh.r, 7, f"【{org[debt]}】", size=9)
        sh.ws.row_dimensions[sh.r].height = 22
        sh.r += 2
        sh.line("【収納率】令和6年2月29日現在", True, 10.5, span=7)
        for seg in ("current", "arrears"):
            a, b, e, t = RATES[debt][seg]
            sh.line(f"　・{segl[seg]}　{a:.2f}％（前年同期　{b:.2f}％）", size=10, span=7)
            g.fact(debt, FY, "令和6年2月29日", seg, "collection_rate", "interim", a, "percent", f"{a:.2f}％", as_of=ASOF)
            g.fact(debt, PFY, "前年同期", seg, "collection_rate", "interim", b, "percent", f"{b:.2f}％", as_of=PASOF)
        sh.r += 1
        # side-by-side headings over one table
        r0 = sh.r
        sh.put(r0, 1, "", border=True)
        sh.merge(r0, 2, r0, 3, "令和5年度決算見込", bold=True, h="center")
        sh.merge(r0, 4, r0, 5, "令和5年度目標", bold=True, h="center")
        sh.r += 1
        for seg in ("current", "arrears"):
            a, b, e, t = RATES[debt][seg]
            sh.put(sh.r, 1, f"{segl[seg]}収納率", size=9)
            sh.merge(sh.r, 2, sh.r, 3, f"{e:.2f}%", h="right")
            sh.merge(sh.r, 4, sh.r, 5, f"{t:.2f}%", h="right")
            g.fact(debt, FY, "令和5年度", seg, "collection_rate", "estimate", e, "percent", f"{e:.2f}%")
            g.fact(debt, FY, "令和5年度", seg, "collection_rate", "target", t, "percent", f"{t:.2f}%")
            sh.r += 1
        oe, ot = OUT_EST[debt]
        sh.put(sh.r, 1, "年度末未収金残高", size=9)
        sh.merge(sh.r, 2, sh.r, 3, f"{comma(oe)}千円", h="right")
        sh.merge(sh.r, 4, sh.r, 5, f"{comma(ot)}千円", h="right")
        g.fact(debt, FY, "令和5年度", "total", "outstanding", "estimate", oe * 1000, "yen", f"{comma(oe)}千円")
        g.fact(debt, FY, "令和5年度", "total", "outstanding", "target", ot * 1000, "yen", f"{comma(ot)}千円")
        sh.r += 2
        # 取組
        style, items = INITS[debt]
        title = "年度後半（3月末まで）の取組"
        if style == "(n)":
            sh.merge(sh.r, 1, sh.r, 7, title, bold=True)
            sh.r += 1
            txt = "\n".join(f"({i + 1}) {t}【{st}】" for i, (t, st) in enumerate(items))
            sh.merge(sh.r, 1, sh.r, 7, txt, v="top", size=10)
            sh.ws.row_dimensions[sh.r].height = 18 * len(items) + 6
            for i, (t, st) in enumerate(items):
                g.init(debt, FY, title, f"({i + 1})", t, st)
            sh.r += 2
        elif style == "ア":
            sh.line(title, True, 10.5, span=7)
            for i, (t, st) in enumerate(items):
                lab = "アイウエオ"[i]
                sh.put(sh.r, 1, lab, h="center")
                sh.merge(sh.r, 2, sh.r, 7, f"{t}\n【{st}】", v="top")
                sh.ws.row_dimensions[sh.r].height = 30
                g.init(debt, FY, title, lab, t, st)
                sh.r += 1
            sh.r += 1
        else:
            sh.line("主な取組", True, 10.5, span=7)
            for i, (t, st) in enumerate(items):
                lab = MARKS[style][i]
                sh.line(f"　{lab}　{t}【{st}】", size=10, span=7)
                g.init(debt, FY, "主な取組", lab, t, st)
            sh.r += 1
        if debt in WARD_SCALE:
            wr = ward_rates(debt)
            sh.line(f"区役所別の収納率（{debt}）", True, 10.5, span=6)
            sh.put(sh.r - 1, 7, "単位：％", size=9, h="right", border=False)
            r0 = sh.r
            sh.merge(r0, 1, r0 + 1, 1, "区名", bold=True, h="center")
            sh.merge(r0, 2, r0, 3, "令和5年度2月末", bold=True, h="center", size=9)
            sh.merge(r0, 4, r0, 5, "令和4年度2月末", bold=True, h="center", size=9)
            sh.merge(r0, 6, r0, 7, "対前年同月比", bold=True, h="center", size=9)
            for j, lab in enumerate(["現年度", "滞納繰越", "現年度", "滞納繰越", "現年度", "滞納繰越"]):
                sh.put(r0 + 1, 2 + j, lab, True, 9, "center")
            sh.r = r0 + 2
            rows = [("全市", (RATES[debt]["current"][0], RATES[debt]["arrears"][0],
                             RATES[debt]["current"][1], RATES[debt]["arrears"][1]))]
            rows += [(w, wr[w]) for w in WARDS]
            for name, (ac, aa, bc, ba) in rows:
                area = None if name == "全市" else name
                sh.put(sh.r, 1, name, bold=(name == "全市"))
                for j, v in enumerate((ac, aa, bc, ba)):
                    sh.put(sh.r, 2 + j, f"{v:.2f}", h="right")
                sh.put(sh.r, 6, pt(ac - bc), h="right")
                sh.put(sh.r, 7, pt(aa - ba), h="right")
                g.fact(debt, FY, "令和5年度2月末", "current", "collection_rate", "interim", ac, "percent", f"{ac:.2f}",
                       as_of=ASOF, area=area)
                g.fact(debt, FY, "令和5年度2月末", "arrears", "collection_rate", "interim", aa, "percent", f"{aa:.2f}",
                       as_of=ASOF, area=area)
                g.fact(debt, PFY, "令和4年度2月末", "current", "collection_rate", "interim", bc, "percent",
                       f"{bc:.2f}", as_of=PASOF, area=area)
                g.fact(debt, PFY, "令和4年度2月末", "arrears", "collection_rate", "interim", ba, "percent",
                       f"{ba:.2f}", as_of=PASOF, area=area)
                sh.r += 1
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "e13_hiroshima")
    write_gold(g, pdf)


if __name__ == "__main__":
    build()
