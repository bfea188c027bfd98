"""たつの市 令和５年度 債権回収・整理計画（中間報告）: openpyxl -> LibreOffice, A4 landscape, one sheet per page.

Mid-year progress sheets as of 令和6年2月末 (leap year: 2024-02-29) with the same month of the previous year.
Summary table: one debt per row, 現年度分 | 過年度分 side-by-side headings over a three-row header, rates without %
(単位：％ in the title).  One 個票 per main debt: label/value box, 【徴収率】 bracket heading with segment bullets,
決算見込/目標 table, 年度後半の対応 table with ア/イ items and tags after the 。.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break  # noqa: F401

sys.path.insert(0, str(Path(__file__).resolve().parent))
from p_common import OUT, PDF, Gold, check, comma, oku_man, to_pdf  # noqa: E402

STEM = "p_tatsuno_progress_1"
CITY = "たつの市"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
FY, FYP = 2023, 2022

# name, 所管課, cur_now, cur_prev, arr_now, arr_prev
SUMMARY = [
    ("市税", "税務課", 88.74, 88.31, 17.92, 16.85),
    ("国民健康保険税", "国保医療年金課", 79.35, 78.90, 14.21, 15.02),
    ("介護保険料", "高年福祉課", 91.06, 90.88, 11.47, 10.93),
    ("後期高齢者医療保険料", "国保医療年金課", 93.82, 93.70, 30.15, 28.44),
    ("保育料", "こども未来課", 90.12, 89.47, 8.36, 7.91),
    ("市営住宅使用料", "都市計画課", 92.44, 92.90, 12.08, 10.77),
    ("水道料金", "上下水道総務課", 88.10, 87.62, 41.50, 39.88),
    ("下水道使用料", "上下水道総務課", 87.95, 87.40, 38.20, 37.05),
]
OUT_NOW, OUT_PREV = 1874000000, 1952000000  # 未収金残高 2月末 (約)

# 個票: name -> dict
SHEETS = {
    "市税": dict(kubun="強制徴収公債権", actual=(98.62, 21.04, 512388), target=(98.70, 22.00, 488000),
                 estimate=(98.66, 22.35, 479612),
                 cur=[("ア", "納期限後20日以内に督促状を発送し、督促後も未納の方には文書と電話による催告を速やかに行う。", "継続"),
                      ("イ", "スマートフォン決済アプリによる納付を周知し、若年層の期限内納付を促す。", "拡充"),
                      ("ウ", "年度末の出納整理期間に向け、高額の現年滞納者を抽出して個別に納付折衝を行う。", "新規")],
                 arr=[("ア", "預貯金・給与・生命保険の財産調査を一斉に行い、判明した財産は速やかに差し押さえる。", "継続"),
                      ("イ", "兵庫県と共同で、高額・困難事案の滞納整理を進める。", "継続")],
                 issue="現年度分は前年同期を上回っているが、滞納繰越分は高額事案の整理が遅れている。"),
    "国民健康保険税": dict(kubun="強制徴収公債権", actual=(93.05, 18.66, 401245), target=(93.40, 19.50, 392000),
                         estimate=(93.12, 17.80, 398731),
                         cur=[("ア", "資格取得の届出時に口座振替の申込みを受け付け、納付書払いからの切替えを進める。", "継続"),
                              ("イ", "短期被保険者証の更新時に窓口での納付相談を義務付け、分割納付の約束を取り付ける。", "継続")],
                         arr=[("ア", "社会保険加入により資格を喪失した世帯を毎月抽出し、文書で未納分の納付を求める。", "拡充"),
                              ("イ", "執行停止後3年を経過する事案を精査し、不納欠損処理を計画的に行う。", "継続")],
                         issue="過年度分の徴収率が前年同期を下回っており、資格喪失世帯への働きかけが課題である。"),
    "保育料": dict(kubun="強制徴収公債権", actual=(99.02, 9.84, 21456), target=(99.10, 10.50, 20000),
                 estimate=(99.05, 10.12, 20871),
                 cur=[("ア", "入所時に口座振替を原則とし、振替不能の翌月に保育所を通じて納付を呼びかける。", "継続"),
                      ("イ", "児童手当からの申出徴収を案内し、同意のあった世帯は支給時に充当する。", "新規")],
                 arr=[("ア", "卒園児の世帯に年2回の一斉催告を行い、応答のない世帯は財産調査に移行する。", "継続")],
                 issue="卒園後の滞納世帯と連絡が取りにくく、過年度分の回収が進まない。"),
    "市営住宅使用料": dict(kubun="私債権", actual=(97.81, 13.02, 38904), target=(98.00, 14.00, 37000),
                         estimate=(97.70, 13.40, 38115),
                         cur=[("ア", "滞納2か月の時点で入居者と面談し、分割納付の誓約書を提出させる。", "継続"),
                              ("イ", "指定管理者と毎月滞納者の情報を共有し、訪問徴収の対象を決める。", "拡充")],
                         arr=[("ア", "退去者の滞納分について、連帯保証人への請求を行う。", "継続"),
                              ("イ", "納付に応じない退去者には、支払督促の申立てを行う。", "新規")],
                         issue="退去者の滞納分が未収金の大半を占めており、法的措置の件数を増やす必要がある。"),
}

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F_GOTH = "IPAexGothic"
F_MIN = "IPAexMincho"


def style(c, size=10, bold=False, h="left", v="center", wrap=True, border=True, font=F_MIN):
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = BOX


def put(ws, ref, value, **kw):
    ws[ref] = value
    style(ws[ref], **kw)
    return ws[ref]


def merge(ws, rng, value, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    if kw.get("border", True):
        from openpyxl.utils.cell import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(r, c).border = BOX


def page_setup(ws, title_right):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = title_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9


def diff(a, b):
    d = round(a - b, 2)
    return f"+{d:.2f}" if d > 0 else ("△" + f"{-d:.2f}" if d < 0 else "0.00")


def build(g: Gold):
    wb = Workbook()
    ws = wb.active
    ws.title = "総括"
    page_setup(ws, "令和５年度 債権回収・整理計画（中間報告）")
    for col, w in zip("ABCDEFGHI", (4, 24, 18, 13, 13, 10, 13, 13, 10)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "令和５年度　たつの市債権回収・整理計画（中間報告）", size=15, bold=True, h="center",
          border=False, font=F_GOTH)
    merge(ws, "A2:I2", "令和６年３月　たつの市総務部債権管理課", size=10, h="right", border=False)
    merge(ws, "A4:I4", "１　主要債権の徴収率の状況（令和６年２月末現在）　　単位：％", size=11, bold=True,
          border=False, font=F_GOTH)
    # header over three rows
    merge(ws, "A5:B7", "債　権　名", h="center", bold=True, font=F_GOTH)
    merge(ws, "C5:C7", "所 管 課", h="center", bold=True, font=F_GOTH)
    merge(ws, "D5:F5", "現　年　度　分", h="center", bold=True, font=F_GOTH)
    merge(ws, "G5:I5", "過　年　度　分", h="center", bold=True, font=F_GOTH)
    for c0 in ("D", "G"):
        c1, c2 = chr(ord(c0) + 1), chr(ord(c0) + 2)
        put(ws, f"{c0}6", "今年度", h="center", font=F_GOTH)
        put(ws, f"{c1}6", "前年同期", h="center", font=F_GOTH)
        put(ws, f"{c2}6", "増減", h="center", font=F_GOTH)
        put(ws, f"{c0}7", "R6.2月末(A)", h="center", size=9)
        put(ws, f"{c1}7", "R5.2月末(B)", h="center", size=9)
        put(ws, f"{c2}7", "(A)-(B)", h="center", size=9)
    r = 8
    for i, (name, ka, cn, cp, an, ap) in enumerate(SUMMARY, start=1):
        put(ws, f"A{r}", str(i), h="center")
        put(ws, f"B{r}", name)
        put(ws, f"C{r}", ka, size=9)
        for col, v in zip("DEGH", (cn, cp, an, ap)):
            put(ws, f"{col}{r}", f"{v:.2f}", h="right")
        put(ws, f"F{r}", diff(cn, cp), h="right")
        put(ws, f"I{r}", diff(an, ap), h="right")
        for seg, now, prev in (("current", cn, cp), ("arrears", an, ap)):
            g.fact(debt=name, fy=FY, fy_raw="R6.2月末", seg=seg, metric="collection_rate", basis="interim",
                   as_of=AS_OF, value=now, unit="percent", raw=f"{now:.2f}", page=1)
            g.fact(debt=name, fy=FYP, fy_raw="R5.2月末", seg=seg, metric="collection_rate", basis="interim",
                   as_of=AS_OF_PREV, value=prev, unit="percent", raw=f"{prev:.2f}", page=1)
        r += 1
    merge(ws, f"A{r}:I{r}", "※ 徴収率は、各年度の調定額に対する２月末日までの収納額の割合。増減はポイント。",
          size=9, border=False)
    r += 2
    merge(ws, f"A{r}:I{r}", "２　未収金残高の状況", size=11, bold=True, border=False, font=F_GOTH)
    r += 1
    txt = (f"　主要８債権の未収金残高は、令和６年２月末現在で約{oku_man(OUT_NOW)}となり、"
           f"前年同期の約{oku_man(OUT_PREV)}から縮減した。過年度分の徴収率は、国民健康保険税を除く７債権で前年同期を上回っている。"
           "一方、現年度分は市営住宅使用料が前年同期を下回っており、出納整理期間までの回収に注力する。")
    merge(ws, f"A{r}:I{r + 2}", txt, v="top", border=False)
    ws.row_dimensions[r].height = 20
    g.fact(debt=None, debt_raw=None, fy=FY, fy_raw="令和６年２月末現在", seg="total", metric="outstanding",
           basis="interim", as_of=AS_OF, value=OUT_NOW, unit="yen", approx=True, raw=f"約{oku_man(OUT_NOW)}", page=1)
    g.fact(debt=None, debt_raw=None, fy=FYP, fy_raw="前年同期", seg="total", metric="outstanding",
           basis="interim", as_of=AS_OF_PREV, value=OUT_PREV, unit="yen", approx=True,
           raw=f"約{oku_man(OUT_PREV)}", page=1)

    summ = {s[0]: s for s in SUMMARY}
    for page, (name, d) in enumerate(SHEETS.items(), start=2):
        s = summ[name]
        ws = wb.create_sheet(name)
        page_setup(ws, "令和５年度 債権回収・整理計画（中間報告）")
        for col, w in zip("ABCDEFGH", (12, 22, 12, 18, 12, 16, 16, 16)):
            ws.column_dimensions[col].width = w
        merge(ws, "A1:H1", f"個票 {page - 1}　未収債権の回収・整理の進捗（令和６年２月末）", size=13, bold=True,
              border=False, font=F_GOTH)
        put(ws, "A3", "債権名", h="center", bold=True, font=F_GOTH)
        put(ws, "B3", name, bold=True)
        put(ws, "C3", "所管課", h="center", bold=True, font=F_GOTH)
        put(ws, "D3", s[1])
        put(ws, "E3", "債権区分", h="center", bold=True, font=F_GOTH)
        merge(ws, "F3:H3", d["kubun"])
        merge(ws, "A5:H5", "１　徴収率の状況", size=11, bold=True, border=False, font=F_GOTH)
        merge(ws, "A6:H6", "【徴収率】令和６年２月末時点", bold=True, border=False)
        merge(ws, "A7:H7", f"　・現年度分　{s[2]:.2f}％（前年同期　{s[3]:.2f}％）", border=False)
        merge(ws, "A8:H8", f"　・過年度分　{s[4]:.2f}％（前年同期　{s[5]:.2f}％）", border=False)
        for seg, now, prev in (("current", s[2], s[3]), ("arrears", s[4], s[5])):
            g.fact(debt=name, fy=FY, fy_raw="令和６年２月末時点", seg=seg, metric="collection_rate", basis="interim",
                   as_of=AS_OF, value=now, unit="percent", raw=f"{now:.2f}％", page=page)
            g.fact(debt=name, fy=FYP, fy_raw="前年同期", seg=seg, metric="collection_rate", basis="interim",
                   as_of=AS_OF_PREV, value=prev, unit="percent", raw=f"{prev:.2f}％", page=page)
        merge(ws, "A10:H10", "２　決算見込及び目標", size=11, bold=True, border=False, font=F_GOTH)
        merge(ws, "A11:C12", "区　分", h="center", bold=True, font=F_GOTH)
        put(ws, "D11", "前年度（R4）", h="center", bold=True, font=F_GOTH)
        merge(ws, "E11:F11", "今年度（R5）", h="center", bold=True, font=F_GOTH)
        put(ws, "D12", "決算", h="center", font=F_GOTH)
        put(ws, "E12", "目標", h="center", font=F_GOTH)
        put(ws, "F12", "決算見込", h="center", font=F_GOTH)
        labels = [("現年度分徴収率（％）", "current", "collection_rate"), ("過年度分徴収率（％）", "arrears", "collection_rate"),
                  ("未収金残高（千円）", "total", "outstanding")]
        for i, (lab, seg, metric) in enumerate(labels):
            row = 13 + i
            merge(ws, f"A{row}:C{row}", lab)
            for col, (basis, vals, fyr, fy) in zip("DEF", (("actual", d["actual"], "R4", FYP),
                                                          ("target", d["target"], "R5", FY),
                                                          ("estimate", d["estimate"], "R5", FY))):
                v = vals[i]
                if metric == "collection_rate":
                    raw = f"{v:.2f}"
                    g.fact(debt=name, fy=fy, fy_raw=fyr, seg=seg, metric=metric, basis=basis, value=v,
                           unit="percent", raw=raw, page=page)
                else:
                    raw = comma(v)
                    g.fact(debt=name, fy=fy, fy_raw=fyr, seg=seg, metric=metric, basis=basis, value=v * 1000,
                           unit="yen", raw=raw, page=page)
                put(ws, f"{col}{row}", raw, h="right")
        merge(ws, "A17:H17", "３　年度後半の対応", size=11, bold=True, border=False, font=F_GOTH)
        put(ws, "A18", "区分", h="center", bold=True, font=F_GOTH)
        merge(ws, "B18:H18", "内　　容", h="center", bold=True, font=F_GOTH)
        for row, (seg_label, items) in zip((19, 20), (("現年度分", d["cur"]), ("過年度分", d["arr"]))):
            put(ws, f"A{row}", seg_label, h="center")
            text = "\n".join(f"{lab}　{t}【{st}】" for lab, t, st in items)
            merge(ws, f"B{row}:H{row}", text, v="top")
            ws.row_dimensions[row].height = 17 * len(items) + 6
            for lab, t, st in items:
                g.init(debt=name, fy=FY, section="年度後半の対応", label=lab, text=t, status=st, page=page)
        merge(ws, "A22:H22", "４　課題", size=11, bold=True, border=False, font=F_GOTH)
        merge(ws, "A23:H24", d["issue"], v="top")
        ws.row_dimensions[23].height = 18

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "tatsuno")


if __name__ == "__main__":
    g = Gold()
    build(g)
    g.write(STEM, kind="progress_report", municipality=CITY, title="令和５年度　たつの市債権回収・整理計画（中間報告）",
            date="2024-03-01", date_raw="令和６年３月")
    check(STEM)
