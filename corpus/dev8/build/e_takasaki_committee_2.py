"""e_takasaki_committee_2: 平成22年度 高崎市市税収納対策本部 会議資料.

Modelled on 高崎市「収納対策を今年も強化／高崎市 市税収納対策本部を設置し納税指導等を実施」(2010-10-28,
takasakiweb.jp): 課長職・財務部職員の戸別訪問, 収支状況等報告書, 納税相談窓口の延長, 平成21年度 市税 90.86％・
国民健康保険税 66.9％. openpyxl → LibreOffice, A4 landscape, three sheets. Figures other than those two invented."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from e_common import OUT, PDF, F, I, comma, rate, to_pdf, write_gold

STEM = "e_takasaki_committee_2"
MUNI = "高崎市"
TITLE = "平成22年度 高崎市市税収納対策本部会議 資料"
FONT = "IPAexGothic"
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")

# debt, (現年 調定, 現年 率 or None), 滞繰 調定, 合計率 target or 滞繰率, 不納欠損額
H21 = [("市税", 52318440, "98.62", 5600150, ("total", "90.86"), 498210),
       ("国民健康保険税", 14205330, "88.15", 7002480, ("total", "66.90"), 812450),
       ("介護保険料", 9834120, "98.74", 312550, ("arrears", "14.20"), 41230),
       ("後期高齢者医療保険料", 3904210, "99.38", 28640, ("arrears", "33.50"), 3120),
       ("保育料", 2415600, "97.05", 236880, ("arrears", "17.88"), 18640)]


def collected_for(a, r):
    c = round(a * float(r) / 100)
    assert str(rate(c, a)) == r, (a, r, c)
    return c


def h21_rows():
    out = []
    for debt, ac, rc, aa, (kind, r2), w in H21:
        cc = collected_for(ac, rc)
        if kind == "total":
            # choose arrears collected so that the total rate prints r2
            ct = round((ac + aa) * float(r2) / 100)
            assert str(rate(ct, ac + aa)) == r2
            ca = ct - cc
        else:
            ca = collected_for(aa, r2)
        out.append(dict(debt=debt, ac=ac, cc=cc, rc=str(rate(cc, ac)), aa=aa, ca=ca, ra=str(rate(ca, aa)),
                        at=ac + aa, ct=cc + ca, rt=str(rate(cc + ca, ac + aa)), w=w, o=ac + aa - cc - ca - w))
    return out


# 9月末: (debt, seg, 前年同期 調定, 前年 率, 本年 調定, 本年 率)
def sept_rows(h21):
    m = {r["debt"]: r for r in h21}
    data = [("市税", "現年度課税分", 51980220, "54.06", 51422310, "54.48"),
            ("市税", "滞納繰越分", 5410330, "9.84", m["市税"]["o"], "10.27"),
            ("国民健康保険税", "現年度課税分", 14386100, "33.42", 14102950, "33.95"),
            ("国民健康保険税", "滞納繰越分", 6875200, "8.12", m["国民健康保険税"]["o"], "8.64")]
    rows = []
    for debt, seg, pa, pr, na, nr in data:
        pc, nc = collected_for(pa, pr), collected_for(na, nr)
        rows.append(dict(debt=debt, seg=seg, pa=pa, pc=pc, pr=pr, na=na, nc=nc, nr=nr))
    # 計 rows per debt
    res = []
    for debt in ("市税", "国民健康保険税"):
        rs = [r for r in rows if r["debt"] == debt]
        pa, pc = sum(r["pa"] for r in rs), sum(r["pc"] for r in rs)
        na, nc = sum(r["na"] for r in rs), sum(r["nc"] for r in rs)
        res += rs + [dict(debt=debt, seg="計", pa=pa, pc=pc, pr=str(rate(pc, pa)), na=na, nc=nc,
                          nr=str(rate(nc, na)))]
    return res


SEG = {"現年度課税分": "current", "滞納繰越分": "arrears", "計": "total", "合計": "total"}


def style_range(ws, rng, bold=False, fill=None, h="center", wrap=True, size=10):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            c.font = Font(name=FONT, bold=bold, size=size)
            c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
            if fill:
                c.fill = fill


def setup(ws, widths):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "市税収納対策本部会議 資料"
    ws.oddHeader.right.font = FONT
    ws.oddFooter.center.text = "- &P -"
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put(ws, cell, v, bold=False, size=10, h="left", wrap=False):
    ws[cell] = v
    ws[cell].font = Font(name=FONT, bold=bold, size=size)
    ws[cell].alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)


def build():
    facts, inits = [], []
    wb = Workbook()
    # ---------------- sheet 1
    ws = wb.active
    ws.title = "1決算"
    setup(ws, [20] + [13] * 11)
    put(ws, "A1", TITLE, bold=True, size=14)
    put(ws, "L1", "平成22年10月28日", h="right")
    put(ws, "L2", "財務部納税課", h="right")
    ws.merge_cells("A3:L3")
    put(ws, "A3", "１　平成21年度 市税等の収入実績（決算）", bold=True, size=12)
    put(ws, "L4", "（単位：千円、％）", h="right", size=9)
    ws.merge_cells("A5:A6")
    ws["A5"] = "区分"
    for c0, lab in ((2, "現年度課税分"), (5, "滞納繰越分"), (8, "合計")):
        c1 = c0 + 2 if lab != "合計" else 12
        ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c1)
        ws.cell(5, c0, lab)
    subs = ["調定額", "収入済額", "収納率"] * 3 + ["不納欠損額", "収入未済額"]
    for j, s in enumerate(subs, start=2):
        ws.cell(6, j, s)
    style_range(ws, "A5:L6", bold=True, fill=GREY, size=10)
    h21 = h21_rows()
    tot = dict(debt="合計")
    for k in ("ac", "cc", "aa", "ca", "at", "ct", "w", "o"):
        tot[k] = sum(r[k] for r in h21)
    tot["rc"], tot["ra"], tot["rt"] = (str(rate(tot["cc"], tot["ac"])), str(rate(tot["ca"], tot["aa"])),
                                       str(rate(tot["ct"], tot["at"])))
    r = 7
    fy, fr = 2009, "平成21年度"
    for row in h21 + [tot]:
        dn, dr = (None, "合計") if row["debt"] == "合計" else (row["debt"], row["debt"])
        vals = [row["debt"], comma(row["ac"]), comma(row["cc"]), row["rc"], comma(row["aa"]), comma(row["ca"]),
                row["ra"], comma(row["at"]), comma(row["ct"]), row["rt"], comma(row["w"]), comma(row["o"])]
        for j, v in enumerate(vals, start=1):
            ws.cell(r, j, v)
        style_range(ws, f"A{r}:L{r}", h="right", size=10)
        ws.cell(r, 1).alignment = Alignment(horizontal="left", vertical="center")
        for seg, a, c, rt in (("current", "ac", "cc", "rc"), ("arrears", "aa", "ca", "ra"), ("total", "at", "ct", "rt")):
            facts.append(F(dn, fy, fr, seg, "assessed", "actual", row[a] * 1000, "yen", comma(row[a]), debt_raw=dr))
            facts.append(F(dn, fy, fr, seg, "collected", "actual", row[c] * 1000, "yen", comma(row[c]), debt_raw=dr))
            facts.append(F(dn, fy, fr, seg, "collection_rate", "actual", float(row[rt]), "percent", row[rt],
                           debt_raw=dr))
        facts.append(F(dn, fy, fr, "total", "written_off", "actual", row["w"] * 1000, "yen", comma(row["w"]),
                       debt_raw=dr))
        facts.append(F(dn, fy, fr, "total", "outstanding", "actual", row["o"] * 1000, "yen", comma(row["o"]),
                       debt_raw=dr))
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=12)
    t1, t2 = "90.86パーセント", "66.90パーセント"
    ws.cell(r, 1, "　市税の収納率は、現年度課税分と滞納繰越分を合わせて" + t1 + "（前年度比0.09ポイント減）、"
                  "国民健康保険税は" + t2 + "（前年度比0.85ポイント減）となった。現年度課税分は前年度を上回るか"
                  "横ばいとなっているが、滞納繰越分の累積が全体の収納率を押し下げている。")
    ws.cell(r, 1).font = Font(name=FONT, size=10.5)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 20
    ws.row_dimensions[r + 1].height = 20
    facts.append(F("市税", 2009, "平成21年度", "total", "collection_rate", "actual", 90.86, "percent", t1))
    facts.append(F("国民健康保険税", 2009, "平成21年度", "total", "collection_rate", "actual", 66.90, "percent", t2))

    # ---------------- sheet 2
    ws = wb.create_sheet("2九月末")
    setup(ws, [20, 15, 14, 14, 10, 14, 14, 10, 12])
    ws.merge_cells("A1:I1")
    put(ws, "A1", "２　平成22年度 市税等の収納状況（9月末現在）", bold=True, size=12)
    put(ws, "I2", "（単位：千円、％）", h="right", size=9)
    ws.merge_cells("A3:B4")
    ws["A3"] = "区分"
    ws.merge_cells("C3:E3")
    ws["C3"] = "前年同期（平成21年9月末）"
    ws.merge_cells("F3:H3")
    ws["F3"] = "本年度（平成22年9月末）"
    ws.merge_cells("I3:I4")
    ws["I3"] = "差（ポイント）"
    for j, s in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"], start=3):
        ws.cell(4, j, s)
    style_range(ws, "A3:I4", bold=True, fill=GREY)
    r = 5
    srows = sept_rows(h21)
    for k, row in enumerate(srows):
        if row["seg"] == "現年度課税分":
            ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
            ws.cell(r, 1, row["debt"])
        diff = (float(row["nr"]) * 100 - float(row["pr"]) * 100) / 100
        ds = f"{diff:.2f}" if diff >= 0 else "△" + f"{-diff:.2f}"
        vals = [row["seg"], comma(row["pa"]), comma(row["pc"]), row["pr"], comma(row["na"]), comma(row["nc"]),
                row["nr"], ds]
        for j, v in enumerate(vals, start=2):
            ws.cell(r, j, v)
        style_range(ws, f"A{r}:I{r}", h="right")
        ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(r, 2).alignment = Alignment(horizontal="left", vertical="center")
        sg = SEG[row["seg"]]
        d = row["debt"]
        for fy, fr, asof, a, c, rt in ((2009, "平成21年9月末", "2009-09-30", "pa", "pc", "pr"),
                                       (2010, "平成22年9月末", "2010-09-30", "na", "nc", "nr")):
            facts.append(F(d, fy, fr, sg, "assessed", "interim", row[a] * 1000, "yen", comma(row[a]), as_of=asof))
            facts.append(F(d, fy, fr, sg, "collected", "interim", row[c] * 1000, "yen", comma(row[c]), as_of=asof))
            facts.append(F(d, fy, fr, sg, "collection_rate", "interim", float(row[rt]), "percent", row[rt],
                           as_of=asof))
        r += 1
    r += 1
    st = [x for x in srows if x["debt"] == "市税" and x["seg"] == "現年度課税分"][0]
    pts = (float(st["nr"]) * 100 - float(st["pr"]) * 100) / 100
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=9)
    raw1 = st["nr"] + "％"
    ws.cell(r, 1, f"　9月末現在の市税現年度課税分の収納率は{raw1}で、前年同期を{pts:.2f}ポイント上回っている。"
                  "滞納繰越分については、平成21年度末の収入未済額を調定額としている。")
    ws.cell(r, 1).font = Font(name=FONT, size=10.5)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 20
    ws.row_dimensions[r + 1].height = 20
    facts.append(F("市税", 2010, "9月末現在", "current", "collection_rate", "interim", float(st["nr"]), "percent",
                   raw1, as_of="2010-09-30"))

    # ---------------- sheet 3
    ws = wb.create_sheet("3取組")
    setup(ws, [6, 110])
    ws.merge_cells("A1:B1")
    put(ws, "A1", "３　収納対策本部の取組", bold=True, size=12)
    ws.merge_cells("A2:B2")
    put(ws, "A2", "（１）戸別訪問による納税指導", bold=True)
    ws.merge_cells("A3:B4")
    ws["A3"] = ("　訪問期間（10月25日から11月30日まで）中、課長職69人が345件、財務部職員等88人が440件の滞納案件を"
                "戸別に訪問し、納税指導を行う。訪問結果は案件ごとに記録し、納付がない案件は納税課が滞納処分に移行する。")
    ws["A3"].font = Font(name=FONT, size=10.5)
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    r = 5
    groups = [("市税", [("ア", "収支状況等報告書の提出指導を徹底し、生活実態に合わせた納税指導を行う。", "拡充", False),
                       ("イ", "納税相談窓口の受付時間を平日午後7時まで延長する。", "新規", False),
                       ("ウ", "差し押さえた動産・不動産のインターネット公売を実施する。", "継続", False)]),
              ("国民健康保険税", [("ア", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を確認する。", "継続", False),
                           ("イ", "滞納世帯に対し、夜間・休日の電話催告を実施する。", "新規", True)]),
              ("保育料", [("ア", "児童手当からの徴収について保護者の申出を勧奨する。", "継続", False)])]
    for n, (debt, items) in enumerate(groups, start=2):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(ws, f"A{r}", f"（{n}）債権ごとの取組（{debt}）", bold=True)
        r += 1
        lines = []
        for lab, text, tag, wrap in items:
            lines.append(f"{lab}　{text}" + (f"\n　　【{tag}】" if wrap else f"【{tag}】"))
            inits.append(I(debt, 2010, "収納対策本部の取組", lab, text, tag))
        nl = sum(1 + l.count("\n") for l in lines)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1, "\n".join(lines))
        ws.row_dimensions[r].height = 16 * nl + 6
        for c in (1, 2):
            ws.cell(r, c).border = BORDER
        ws.cell(r, 1).font = Font(name=FONT, size=10.5)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
        r += 2
    m = {x["debt"]: x for x in h21}
    ref = ["【参考】",
           "・市税滞納者数（9月末現在）：8,412人",
           "・国民健康保険税滞納世帯数（9月末現在）：6,035世帯",
           "・市税収入未済額（平成21年度決算）：" + comma(m["市税"]["o"]) + "千円"]
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, "\n".join(ref))
    ws.row_dimensions[r].height = 16 * len(ref) + 6
    for c in (1, 2):
        ws.cell(r, c).border = BORDER
    ws.cell(r, 1).font = Font(name=FONT, size=10.5)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    facts.append(F("市税", 2010, "9月末現在", "total", "delinquents", "interim", 8412, "persons", "8,412人",
                   as_of="2010-09-30"))
    facts.append(F("国民健康保険税", 2010, "9月末現在", "total", "delinquents", "interim", 6035, "households",
                   "6,035世帯", as_of="2010-09-30"))
    o = m["市税"]["o"]
    facts.append(F("市税", 2009, "平成21年度決算", "total", "outstanding", "actual", o * 1000, "yen",
                   comma(o) + "千円"))

    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    pdf = to_pdf(xlsx, PDF / f"{STEM}.pdf", "tak")
    document = {"kind": "committee_material", "municipality": MUNI, "title": TITLE, "date": "2010-10-28",
                "date_raw": "平成22年10月28日"}
    return write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
