"""e_minato_committee_2: 港区債権管理委員会 資料 (committee_material), openpyxl -> LibreOffice, A4 landscape.

Modelled on 港区債権管理委員会 (委員長＝総務部長, 委員＝産業・地域振興支援部長・企画経営部長・会計管理者, 庶務＝契約管財課;
港区債権管理委員会運営要綱 https://www.city.minato.tokyo.jp/reiki/reiki_honbun/g104RG00002440.html) and the
債権管理の取組状況 committee papers of other cities (徴収率 tables with 差 columns, 取組個票).
Sheet 次第 (cover with a prose total), 資料１ one debt per COLUMN (as of 令和６年９月末, 前年同期, 差; 単位：千円、％ note,
rates without %), 資料２ per-debt 取組個票: one-row label/value box 債権名|X|所管課|Y, 収入未済額の推移（単位：千円）
with era-less years, several numbered 取組 in ONE cell, a one-cell 【参考】 box with `label：value` bullets.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import F, I, OUT, PDF, c, locate, page_texts, rate, raw_norm, to_pdf, write_gold  # noqa: E402

STEM = "e_minato_committee_2"
CITY = "港区"
TITLE = "令和６年度第２回港区債権管理委員会 資料"
AS_OF, AS_OF_PREV = "2024-09-30", "2023-09-30"

# 資料１ (千円): debt -> (現年 調定, 現年 収入済, 滞繰 調定, 滞繰 収入済, 前年同期 現年率, 前年同期 滞繰率)
S1 = [
    ("特別区民税", 78_452_310, 41_236_884, 1_842_506, 402_117, 52.88, 21.05),
    ("国民健康保険料", 12_631_448, 5_012_336, 2_904_877, 512_604, 40.12, 16.93),
    ("介護保険料", 8_245_092, 4_388_517, 402_318, 61_205, 52.61, 14.02),
    ("後期高齢者医療保険料", 4_912_603, 2_640_911, 88_412, 30_877, 53.20, 33.61),
    ("区営住宅使用料", 1_204_556, 598_204, 96_873, 18_602, 49.05, 18.44),
]

S2 = [  # debt, 所管課, 収入未済額 (現年, 滞繰) for R3, R4, R5, R6目標, 不納欠損額R5, 滞納者数R5末, items
    ("国民健康保険料", "保健福祉支援部国保年金課",
     [(1_012_446, 2_688_103), (968_220, 2_803_511), (941_875, 2_904_877), (900_000, 2_750_000)],
     318_406, 6_842,
     [("①", "納期限後20日以内の電話催告を委託により全件実施し、現年分の早期納付を促す。", "継続"),
      ("②", "滞納繰越分のうち高額案件を区税と合わせて一元的に滞納処分する体制を整える。", "新規"),
      ("③", "外国人被保険者向けに多言語の納付案内を作成し、転入時に配布する。", "拡充")]),
    ("区営住宅使用料", "街づくり支援部住宅課",
     [(42_118, 101_904), (39_602, 98_311), (40_877, 96_873), (38_000, 90_000)],
     5_208, 214,
     [("①", "滞納３か月以上の世帯に対し明渡請求の予告を行い、分割納付の誓約を求める。", "継続"),
      ("②", "退去滞納者の債権について、弁護士への回収委託を実施する。", "継続")]),
    ("保育料", "子ども家庭支援部保育課",
     [(21_306, 48_775), (18_942, 45_120), (17_510, 41_893), (16_000, 38_000)],
     3_117, 188,
     [("①", "児童手当からの特別徴収の申出を入園時に勧奨する。", "拡充"),
      ("②", "卒園児世帯の滞納分について、文書催告と財産調査を年２回実施する。", "新規")]),
]
TOTAL_OUT_R5 = 4_821_000_000  # 区の債権全体（令和５年度末）約48億2,100万円

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
FONT = "IPAexゴシック"


def style_range(ws, rng, *, fill=None, bold=False, align="center", size=10, wrap=True, valign="center"):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            cell.font = Font(name=FONT, size=size, bold=bold)
            cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
            if fill:
                cell.fill = fill


def setup(ws, title_rows=None):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.7, header=0.3, footer=0.3)
    ws.oddHeader.right.text = "令和６年度第２回港区債権管理委員会"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "&P / &N"
    if title_rows:
        ws.print_title_rows = title_rows


def cover(wb):
    ws = wb.active
    ws.title = "次第"
    setup(ws)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 110
    lines = [
        ("令和６年度第２回港区債権管理委員会　次第", 16, True),
        ("", 10, False),
        ("日時　令和６年11月12日（火）午後２時から", 11, False),
        ("場所　区役所本庁舎９階　911会議室", 11, False),
        ("", 10, False),
        ("１　開会", 11, False),
        ("２　議題", 11, False),
        ("　（１）令和６年度上半期の収納状況について（資料１）", 11, False),
        ("　（２）債権別の取組状況について（資料２）", 11, False),
        ("　（３）私債権の放棄について（報告）", 11, False),
        ("３　閉会", 11, False),
        ("", 10, False),
        ("出席者　委員長：総務部長　委員：産業・地域振興支援部長、企画経営部長、会計管理者", 10, False),
        ("庶務　　総務部契約管財課", 10, False),
        ("", 10, False),
        ("※ 区の債権全体の収入未済額は、令和５年度末で約48億2,100万円となっている。", 10, False),
    ]
    for i, (t, size, bold) in enumerate(lines, 1):
        cell = ws.cell(row=i, column=2, value=t)
        cell.font = Font(name=FONT, size=size, bold=bold)
        cell.alignment = Alignment(horizontal="center" if i == 1 else "left", vertical="center")
        ws.row_dimensions[i].height = 26 if i == 1 else 20


def sheet1(wb):
    ws = wb.create_sheet("資料１")
    setup(ws)
    widths = [14, 12] + [16] * (len(S1) + 1)
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    last = chr(65 + len(widths) - 1)
    ws["A1"] = "資料１　主な債権の収納状況（令和６年９月末現在）"
    ws["A1"].font = Font(name=FONT, size=14, bold=True)
    ws[f"{last}2"] = "（単位：千円、％）"
    ws[f"{last}2"].font = Font(name=FONT, size=9)
    ws[f"{last}2"].alignment = Alignment(horizontal="right")
    r0 = 3
    ws.cell(row=r0, column=1, value="区分")
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=2)
    for j, (name, *_rest) in enumerate(S1):
        ws.cell(row=r0, column=3 + j, value=name)
    ws.cell(row=r0, column=3 + len(S1), value="合計")
    style_range(ws, f"A{r0}:{last}{r0}", fill=HEAD, bold=True)
    ws.row_dimensions[r0].height = 32
    tot = [sum(x[k] for x in S1) for k in (1, 2, 3, 4)]
    # previous-year totals are not printed as amounts; the 合計 prior rates are printed
    prev_tot = (50.21, 19.67)
    blocks = [
        ("現年分", [("調定額", lambda s: c(s[1]), c(tot[0])), ("収入済額", lambda s: c(s[2]), c(tot[1])),
                   ("収納率", lambda s: f"{rate(s[2], s[1]):.2f}", f"{rate(tot[1], tot[0]):.2f}")]),
        ("滞納繰越分", [("調定額", lambda s: c(s[3]), c(tot[2])), ("収入済額", lambda s: c(s[4]), c(tot[3])),
                     ("収納率", lambda s: f"{rate(s[4], s[3]):.2f}", f"{rate(tot[3], tot[2]):.2f}")]),
        ("計", [("調定額", lambda s: c(s[1] + s[3]), c(tot[0] + tot[2])),
               ("収入済額", lambda s: c(s[2] + s[4]), c(tot[1] + tot[3])),
               ("収納率", lambda s: f"{rate(s[2] + s[4], s[1] + s[3]):.2f}",
                f"{rate(tot[1] + tot[3], tot[0] + tot[2]):.2f}")]),
        ("前年同期\n（令和５年９月末）", [("現年分収納率", lambda s: f"{s[5]:.2f}", f"{prev_tot[0]:.2f}"),
                                ("滞納繰越分収納率", lambda s: f"{s[6]:.2f}", f"{prev_tot[1]:.2f}")]),
        ("差（ポイント）", [("現年分", lambda s: f"{rate(s[2], s[1]) - s[5]:+.2f}".replace("+", "").replace("-", "△"),
                        f"{rate(tot[1], tot[0]) - prev_tot[0]:+.2f}".replace("+", "").replace("-", "△")),
                       ("滞納繰越分", lambda s: f"{rate(s[4], s[3]) - s[6]:+.2f}".replace("+", "").replace("-", "△"),
                        f"{rate(tot[3], tot[2]) - prev_tot[1]:+.2f}".replace("+", "").replace("-", "△"))]),
    ]
    r = r0 + 1
    for bname, rows in blocks:
        ws.cell(row=r, column=1, value=bname)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(rows) - 1, end_column=1)
        for k, (lab, fn, totv) in enumerate(rows):
            ws.cell(row=r + k, column=2, value=lab)
            for j, s in enumerate(S1):
                ws.cell(row=r + k, column=3 + j, value=fn(s))
            ws.cell(row=r + k, column=3 + len(S1), value=totv)
            style_range(ws, f"C{r + k}:{last}{r + k}", align="right")
            ws.row_dimensions[r + k].height = 22
        style_range(ws, f"A{r}:B{r + len(rows) - 1}", fill=HEAD)
        r += len(rows)
    ws.cell(row=r + 1, column=1, value="※ 収納率は収入済額を調定額で除した率。差は前年同期との比較（ポイント）。")
    ws.cell(row=r + 1, column=1).font = Font(name=FONT, size=9)
    return prev_tot


def sheet2(wb):
    ws = wb.create_sheet("資料２")
    setup(ws)
    for col, w in zip("ABCDEFG", [16, 22, 16, 22, 18, 18, 18]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "資料２　債権別の取組状況（取組個票）"
    ws["A1"].font = Font(name=FONT, size=14, bold=True)
    r = 3
    for name, ka, outs, wo, dl, items in S2:
        ws.cell(row=r, column=1, value="債権名")
        ws.cell(row=r, column=2, value=name)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value="所管課")
        ws.cell(row=r, column=5, value=ka)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
        style_range(ws, f"A{r}:G{r}")
        for col in ("A", "D"):
            ws[f"{col}{r}"].fill = HEAD
        ws.row_dimensions[r].height = 22
        r += 1
        ws.cell(row=r, column=1, value="収入未済額の推移（単位：千円）")
        ws.cell(row=r, column=1).font = Font(name=FONT, size=10, bold=True)
        r += 1
        for j, h in enumerate(["区分", "令和３年度", "４年度", "５年度", "６年度目標"]):
            ws.cell(row=r, column=1 + j, value=h)
        style_range(ws, f"A{r}:E{r}", fill=HEAD, bold=True)
        r += 1
        for k, seg in enumerate(["現年分", "滞納繰越分", "計"]):
            ws.cell(row=r, column=1, value=seg)
            for j, (cu, ar) in enumerate(outs):
                v = (cu, ar, cu + ar)[k]
                ws.cell(row=r, column=2 + j, value=c(v))
            style_range(ws, f"A{r}:A{r}")
            style_range(ws, f"B{r}:E{r}", align="right")
            r += 1
        # 【参考】 box at F..G next to the table (one merged bordered cell)
        top = r - 4
        ws.cell(row=top, column=6, value="【参考】\n・不納欠損額（令和５年度）：" + c(wo) + "千円\n・滞納者数（令和５年度末）："
                + c(dl) + "人")
        ws.merge_cells(start_row=top, start_column=6, end_row=r - 1, end_column=7)
        style_range(ws, f"F{top}:G{r - 1}", align="left", valign="top", size=9)
        ws.cell(row=r, column=1, value="取組内容")
        ws.cell(row=r, column=2, value="\n".join(f"{lab}{t}【{tag}】" for lab, t, tag in items))
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        style_range(ws, f"A{r}:A{r}", fill=HEAD)
        style_range(ws, f"B{r}:G{r}", align="left", valign="top")
        ws.row_dimensions[r].height = 18 * len(items) + 8
        r += 2
        if name == "区営住宅使用料":
            ws.row_breaks.append(__import__("openpyxl").worksheet.pagebreak.Break(id=r - 1))


def build(xlsx: Path):
    wb = Workbook()
    cover(wb)
    prev_tot = sheet1(wb)
    sheet2(wb)
    wb.save(xlsx)
    return prev_tot


def gold(pdf: Path, prev_tot):
    texts = page_texts(pdf)
    facts, inits = [], []
    p = locate(pdf, "約48億2,100万円")
    facts.append(F(None, 2023, "令和５年度末", "total", "outstanding", "actual", TOTAL_OUT_R5, "yen",
                   "約48億2,100万円", p, approx=True, debt_raw=None))
    p1 = locate(pdf, "主な債権の収納状況（令和６年９月末現在）")
    cols = [(s[0], s[0]) for s in S1] + [(None, "合計")]
    tot = ("合計",) + tuple(sum(x[k] for x in S1) for k in (1, 2, 3, 4)) + prev_tot
    for s, (debt, draw) in zip(S1 + [tot], cols):
        ca, cc, aa, ac, pc, pa = s[1:7]
        fy, fyr = 2024, "令和６年９月末"
        for seg, a, col in (("current", ca, cc), ("arrears", aa, ac), ("total", ca + aa, cc + ac)):
            facts.append(F(debt, fy, fyr, seg, "assessed", "interim", a * 1000, "yen", c(a), p1, as_of=AS_OF,
                           debt_raw=draw))
            facts.append(F(debt, fy, fyr, seg, "collected", "interim", col * 1000, "yen", c(col), p1, as_of=AS_OF,
                           debt_raw=draw))
            rv = rate(col, a)
            facts.append(F(debt, fy, fyr, seg, "collection_rate", "interim", rv, "percent", f"{rv:.2f}", p1,
                           as_of=AS_OF, debt_raw=draw))
        for seg, v in (("current", pc), ("arrears", pa)):
            facts.append(F(debt, 2023, "令和５年９月末", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}",
                           p1, as_of=AS_OF_PREV, debt_raw=draw))
    for name, ka, outs, wo, dl, items in S2:
        pb = locate(pdf, ka)
        for (fy, fyr, basis), (cu, ar) in zip([(2021, "令和３年度", "actual"), (2022, "４年度", "actual"),
                                              (2023, "５年度", "actual"), (2024, "６年度目標", "target")], outs):
            for seg, v in (("current", cu), ("arrears", ar), ("total", cu + ar)):
                facts.append(F(name, fy, fyr, seg, "outstanding", basis, v * 1000, "yen", c(v), pb))
        facts.append(F(name, 2023, "令和５年度", "total", "written_off", "actual", wo * 1000, "yen", f"{c(wo)}千円", pb))
        facts.append(F(name, 2023, "令和５年度末", "total", "delinquents", "actual", dl, "persons", f"{c(dl)}人", pb))
        for lab, t, tag in items:
            inits.append(I(name, 2024, "取組内容", lab, t, tag, locate(pdf, t)))
    doc = {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2024-11-12",
           "date_raw": "令和６年11月12日（火）"}
    return write_gold(STEM, pdf, doc, facts, inits)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    prev_tot = build(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "minato")
    gold(pdf, prev_tot)


if __name__ == "__main__":
    main()
