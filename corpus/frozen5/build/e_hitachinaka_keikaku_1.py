"""ひたちなか市-style 債権管理計画 with one 個別計画シート per debt — openpyxl -> LibreOffice.

Family: 尼崎市-style plan with 推進シート (5-year 調定額/収入済額/収納率 tables, 目標, 取組), printed as
another city's Excel template would: years as rows, 徴収率 label, era-less years, unit notes, targets
with side-by-side 実績|目標 headings, several numbered 取組 in one cell.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e5_common import F, I, OUT, PDF, office_pdf, rnd, write_gold  # noqa: E402

STEM = "e_hitachinaka_keikaku_1"
CITY = "ひたちなか市"
TITLE = "ひたちなか市債権管理計画（令和７年度～令和11年度）"
YEARS = [2019, 2020, 2021, 2022, 2023]
YRAW = ["令和元年度", "2年度", "3年度", "4年度", "5年度"]
TYEARS = [2025, 2026, 2027, 2028, 2029]
TRAW = ["7年度", "8年度", "9年度", "10年度", "11年度"]

FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")

# debt: dept, kind, cur assessed (千円) per year, cur rate (target-ish), arrears first-year assessed,
#       arrears collect share, write-off share, delinquents, targets (cur, arr, outstanding 千円)
DEBTS = {
    "市税": dict(dept="収納課", kind="強制徴収公債権",
               cur=[21480330, 21102514, 21655870, 22013442, 22391806], cr=[98.62, 98.71, 98.93, 99.02, 99.10],
               arr0=1152300, ar=[24.8, 27.1, 29.6, 30.4, 31.9], wo=[0.071, 0.066, 0.058, 0.052, 0.049],
               dq=[6231, 5980, 5612, 5377, 5105],
               tgt_cur=[99.15, 99.20, 99.25, 99.30, 99.35], tgt_arr=[32.5, 33.0, 33.5, 34.0, 34.5],
               tgt_out=[760000, 730000, 700000, 670000, 640000]),
    "国民健康保険税": dict(dept="収納課（国保税担当）", kind="強制徴収公債権",
                    cur=[4211055, 4102987, 3988651, 3876202, 3790114], cr=[93.41, 93.86, 94.35, 94.61, 94.97],
                    arr0=1480660, ar=[17.2, 18.9, 20.3, 21.1, 22.4], wo=[0.102, 0.097, 0.090, 0.085, 0.081],
                    dq=[4410, 4203, 3987, 3802, 3655],
                    tgt_cur=[95.10, 95.25, 95.40, 95.55, 95.70], tgt_arr=[23.0, 23.5, 24.0, 24.5, 25.0],
                    tgt_out=[840000, 810000, 780000, 750000, 720000]),
    "介護保険料": dict(dept="高齢福祉課", kind="強制徴収公債権",
                  cur=[2710422, 2764093, 2820571, 2851330, 2903288], cr=[98.74, 98.80, 98.86, 98.90, 98.95],
                  arr0=96540, ar=[9.8, 10.4, 11.2, 11.9, 12.6], wo=[0.210, 0.205, 0.198, 0.190, 0.185],
                  dq=[1562, 1531, 1497, 1460, 1421],
                  tgt_cur=[99.00, 99.02, 99.04, 99.06, 99.08], tgt_arr=[13.0, 13.5, 14.0, 14.5, 15.0],
                  tgt_out=[60000, 58000, 56000, 54000, 52000]),
    "下水道使用料": dict(dept="下水道課", kind="強制徴収公債権",
                   cur=[2250118, 2271460, 2289905, 2301774, 2318432], cr=[98.95, 99.01, 99.06, 99.10, 99.14],
                   arr0=64220, ar=[38.6, 40.2, 41.5, 43.0, 44.1], wo=[0.045, 0.043, 0.040, 0.038, 0.036],
                   dq=[980, 951, 920, 902, 876],
                   tgt_cur=[99.16, 99.18, 99.20, 99.22, 99.24], tgt_arr=[45.0, 45.5, 46.0, 46.5, 47.0],
                   tgt_out=[40000, 39000, 38000, 37000, 36000]),
}

GENJO = {
    "市税": "現年課税分の徴収率は5年連続で上昇しており、滞納繰越分も財産調査の強化により改善している。一方、"
          "個人市民税の普通徴収分に初期滞納が多く、納期限後の早期対応が課題である。",
    "国民健康保険税": "被保険者の高齢化と低所得世帯の割合の高さから、県内平均を下回る水準で推移している。"
                "滞納繰越分は執行停止の適正化を進めた結果、徴収率が上昇している。",
    "介護保険料": "特別徴収の対象とならない普通徴収者の滞納が中心であり、少額・長期の滞納が累積している。",
    "下水道使用料": "水道料金と一括で請求しており、給水停止の予告と併せた催告により高い徴収率を維持している。",
}

TORIKUMI = {
    "市税": [("①", "納期限後20日以内に電話及びSMSによる催告を行い、初期滞納の解消を図る。", "継続"),
           ("②", "預貯金照会の電子化（pipitLINQ）を活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
           ("③", "高額・困難案件は茨城租税債権管理機構への移管を含めて処理方針を早期に決定する。", "継続"),
           ("④", "地方税統一QRコードを活用したスマートフォン決済の周知を強化する。", "新規")],
    "国民健康保険税": [("①", "口座振替の原則化を進め、加入手続の際に口座振替の申込みを受け付ける。", "継続"),
                ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を管理する。", "継続"),
                ("③", "資力がありながら納付しない世帯には給与・年金の差押えを実施する。", "拡充")],
    "介護保険料": [("①", "普通徴収の初期滞納者に対し、催告書と併せて給付制限の説明文を送付する。", "継続"),
              ("②", "2年の時効を迎える前に財産調査を行い、処分の可否を判断する。", "新規")],
    "下水道使用料": [("①", "水道事業者と連携し、給水停止予告と同時に下水道使用料の催告を行う。", "継続"),
               ("②", "転出者の滞納について、住民票調査により転出先への催告を行う。", "継続")],
}


def series(d):
    """5 years of (cur assessed, cur collected, arr assessed, arr collected, written off, outstanding) in 千円."""
    rows = []
    arr_ass = d["arr0"]
    for i in range(5):
        ca = d["cur"][i]
        cc = round(ca * d["cr"][i] / 100)
        ac = round(arr_ass * d["ar"][i] / 100)
        wo = round(arr_ass * d["wo"][i])
        out = ca - cc + arr_ass - ac - wo
        rows.append((ca, cc, arr_ass, ac, wo, out))
        arr_ass = out + round(out * 0.004)  # small 調定増減 at carry-over
    return rows


def cell(ws, ref, v, *, bold=False, size=9, align="left", fill=None, border=True, wrap=True, numfmt=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    if numfmt:
        c.number_format = numfmt
    return c


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    cell(ws, first, v, **kw)
    ws.merge_cells(rng)
    if kw.get("border", True):
        from openpyxl.utils import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(r, c).border = BOX


def setup(ws, landscape=False):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    ws.oddHeader.right.text = "ひたちなか市債権管理計画"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9


def build():
    facts, inits = [], []
    wb = Workbook()
    ov = wb.active
    ov.title = "概要"
    setup(ov)
    for col, w in zip("ABCDEFGH", [22, 13, 13, 13, 13, 13, 14, 2]):
        ov.column_dimensions[col].width = w
    cell(ov, "A1", "", border=False)
    merge(ov, "A2:G2", TITLE, bold=True, size=14, align="center", border=False)
    merge(ov, "A3:G3", "令和７年３月　ひたちなか市総務部収納課", size=10, align="right", border=False)
    merge(ov, "A5:G5", "１　計画の趣旨", bold=True, size=11, border=False)
    merge(ov, "A6:G8", "　本計画は、ひたちなか市債権管理条例に基づき、市が保有する債権の適正な管理と収入未済額の縮減を図るため、"
                       "令和７年度から令和11年度までの５年間の目標と取組を債権ごとに定めるものである。対象は、令和５年度決算で"
                       "収入未済額が1,000万円以上の債権とし、債権ごとの個別計画シートにより進捗を管理する。", size=10, border=False)
    merge(ov, "A10:G10", "２　主な債権の収入未済額の推移", bold=True, size=11, border=False)
    merge(ov, "A11:G11", "（各年度決算　単位：千円）", size=9, align="right", border=False)
    hdr = ["債権名", "令和元年度", "2年度", "3年度", "4年度", "5年度", "増減\n(5年度－元年度)"]
    for j, h in enumerate(hdr):
        cell(ov, f"{'ABCDEFG'[j]}12", h, align="center", fill=GREY)
    r = 13
    tot = [0] * 5
    S = {}
    for debt, d in DEBTS.items():
        s = series(d)
        S[debt] = s
        cell(ov, f"A{r}", debt)
        for i in range(5):
            o = s[i][5]
            tot[i] += o
            cell(ov, f"{'BCDEF'[i]}{r}", f"{o:,}", align="right")
            facts.append(F(debt, YEARS[i], YRAW[i], "total", "outstanding", "actual", o * 1000, "yen", f"{o:,}",
                           anchor=["主な債権の収入未済額の推移", debt]))
        dd = s[4][5] - s[0][5]
        cell(ov, f"G{r}", f"△{abs(dd):,}" if dd < 0 else f"{dd:,}", align="right")
        r += 1
    cell(ov, f"A{r}", "計", align="center")
    for i in range(5):
        cell(ov, f"{'BCDEF'[i]}{r}", f"{tot[i]:,}", align="right")
        facts.append(F(None, YEARS[i], YRAW[i], "total", "outstanding", "actual", tot[i] * 1000, "yen", f"{tot[i]:,}",
                       debt_raw="計", anchor=["主な債権の収入未済額の推移"]))
    dd = tot[4] - tot[0]
    cell(ov, f"G{r}", f"△{abs(dd):,}" if dd < 0 else f"{dd:,}", align="right")
    r += 2
    # prose figures (approx) for the total of these debts
    oku5 = round(tot[4] / 10000) / 10  # 千円 -> 億円 (1 decimal)
    oku1 = round(tot[0] / 10000) / 10
    merge(ov, f"A{r}:G{r + 2}",
          f"　対象債権の収入未済額は、令和元年度の約{oku1}億円から令和５年度には約{oku5}億円へと減少した。"
          "特に市税及び国民健康保険税は、滞納繰越分の整理が進んだことにより縮減が続いている。"
          "今後も現年分の早期徴収を徹底し、新たな滞納繰越を生じさせないことを基本とする。", size=10, border=False)
    facts.append(F(None, 2019, "令和元年度", "total", "outstanding", "actual", int(round(oku1 * 1e8)), "yen",
                   f"約{oku1}億円", approx=True, debt_raw=None, anchor=["令和元年度の約"]))
    facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", int(round(oku5 * 1e8)), "yen",
                   f"約{oku5}億円", approx=True, debt_raw=None, anchor=["令和５年度には約"]))
    r += 4
    merge(ov, f"A{r}:G{r}", "３　個別計画シートの見方", bold=True, size=11, border=False)
    merge(ov, f"A{r + 1}:G{r + 3}", "・徴収率（％）＝収入済額÷調定額×100（小数点以下第３位を四捨五入）\n"
                                   "・収入未済額＝調定額－収入済額－不納欠損額\n"
                                   "・滞納者数は、現年分と滞納繰越分の実人数の合計", size=9, border=False)
    ov.row_dimensions[6].height = 20
    for rr in range(6, 9):
        ov.row_dimensions[rr].height = 18

    # ---- individual sheets
    for k, (debt, d) in enumerate(DEBTS.items(), 1):
        ws = wb.create_sheet(f"{k}_{debt}")
        setup(ws, landscape=True)
        widths = [12, 13, 13, 9, 13, 12, 9, 11, 12, 9]
        for j, w in enumerate(widths):
            ws.column_dimensions["ABCDEFGHIJ"[j]].width = w
        merge(ws, "A1:J1", f"債権管理個別計画シート（{k}）", bold=True, size=13, align="center", border=False)
        # one-row label/value box
        cell(ws, "A3", "債権名", fill=GREY, align="center")
        merge(ws, "B3:C3", debt)
        cell(ws, "D3", "所管課", fill=GREY, align="center")
        merge(ws, "E3:F3", d["dept"])
        cell(ws, "G3", "区分", fill=GREY, align="center")
        merge(ws, "H3:J3", d["kind"])
        merge(ws, "A5:G5", "１　収納状況の推移", bold=True, size=11, border=False)
        merge(ws, "H5:J5", "（単位：千円、人）", size=9, align="right", border=False)
        merge(ws, "A6:A7", "年度", fill=GREY, align="center")
        merge(ws, "B6:D6", "現年分", fill=GREY, align="center")
        merge(ws, "E6:G6", "滞納繰越分", fill=GREY, align="center")
        for j, h in enumerate(["調定額", "収入済額", "徴収率(%)", "調定額", "収入済額", "徴収率(%)"]):
            cell(ws, f"{'BCDEFG'[j]}7", h, fill=GREY, align="center")
        merge(ws, "H6:H7", "不納欠損額", fill=GREY, align="center")
        merge(ws, "I6:I7", "収入未済額", fill=GREY, align="center")
        merge(ws, "J6:J7", "滞納者数", fill=GREY, align="center")
        anc = [f"債権管理個別計画シート（{k}）"]
        for i, (ca, cc, aa, ac, wo, out) in enumerate(S[debt]):
            rr = 8 + i
            crate, arate = rnd(cc, ca, 2), rnd(ac, aa, 2)
            vals = [YRAW[i], f"{ca:,}", f"{cc:,}", f"{crate:.2f}", f"{aa:,}", f"{ac:,}", f"{arate:.2f}",
                    f"{wo:,}", f"{out:,}", f"{d['dq'][i]:,}"]
            for j, v in enumerate(vals):
                cell(ws, f"{'ABCDEFGHIJ'[j]}{rr}", v, align="center" if j == 0 else "right")
            fy, fr = YEARS[i], YRAW[i]
            facts += [
                F(debt, fy, fr, "current", "assessed", "actual", ca * 1000, "yen", f"{ca:,}", anchor=anc),
                F(debt, fy, fr, "current", "collected", "actual", cc * 1000, "yen", f"{cc:,}", anchor=anc),
                F(debt, fy, fr, "current", "collection_rate", "actual", crate, "percent", f"{crate:.2f}", anchor=anc),
                F(debt, fy, fr, "arrears", "assessed", "actual", aa * 1000, "yen", f"{aa:,}", anchor=anc),
                F(debt, fy, fr, "arrears", "collected", "actual", ac * 1000, "yen", f"{ac:,}", anchor=anc),
                F(debt, fy, fr, "arrears", "collection_rate", "actual", arate, "percent", f"{arate:.2f}", anchor=anc),
                F(debt, fy, fr, "total", "written_off", "actual", wo * 1000, "yen", f"{wo:,}", anchor=anc),
                F(debt, fy, fr, "total", "outstanding", "actual", out * 1000, "yen", f"{out:,}", anchor=anc),
                F(debt, fy, fr, "total", "delinquents", "actual", d["dq"][i], "persons", f"{d['dq'][i]:,}", anchor=anc),
            ]
        merge(ws, "A14:J14", "２　現状と課題", bold=True, size=11, border=False)
        merge(ws, "A15:J16", GENJO[debt], size=9)
        ws.row_dimensions[15].height = 18
        ws.row_dimensions[16].height = 18
        merge(ws, "A18:J18", "３　目標", bold=True, size=11, border=False)
        # side-by-side headings 実績 | 目標
        merge(ws, "A19:B20", "区分", fill=GREY, align="center")
        cell(ws, "C19", "実績", fill=GREY, align="center")
        merge(ws, "D19:J19", "目標（計画期間）", fill=GREY, align="center")
        cell(ws, "C20", "令和5年度", fill=GREY, align="center")
        tcols = ["D", "E", "F", "G", "H"]
        for j, t in enumerate(TRAW):
            cell(ws, f"{tcols[j]}20", f"令和{t}" if j == 0 else t, fill=GREY, align="center")
        merge(ws, "I20:J20", "備考", fill=GREY, align="center")
        ca, cc, aa, ac, wo, out = S[debt][4]
        d["tgt_out"] = [int(round(out * (1 - 0.035 * (j + 1)), -3)) for j in range(5)]
        rows = [("現年分徴収率(%)", f"{rnd(cc, ca, 2):.2f}", [f"{v:.2f}" for v in d["tgt_cur"]], "current", "collection_rate"),
                ("滞納繰越分徴収率(%)", f"{rnd(ac, aa, 2):.2f}", [f"{v:.1f}" for v in d["tgt_arr"]], "arrears", "collection_rate"),
                ("収入未済額(千円)", f"{out:,}", [f"{v:,}" for v in d["tgt_out"]], "total", "outstanding")]
        for i, (lab, act, tg, seg, met) in enumerate(rows):
            rr = 21 + i
            merge(ws, f"A{rr}:B{rr}", lab)
            cell(ws, f"C{rr}", act, align="right")
            for j, v in enumerate(tg):
                cell(ws, f"{tcols[j]}{rr}", v, align="right")
            merge(ws, f"I{rr}:J{rr}", "")
            if met == "outstanding":
                facts.append(F(debt, 2023, "令和5年度", seg, met, "actual", out * 1000, "yen", act, anchor=anc))
                for j, v in enumerate(d["tgt_out"]):
                    facts.append(F(debt, TYEARS[j], ("令和" if j == 0 else "") + TRAW[j], seg, met, "target", v * 1000,
                                   "yen", f"{v:,}", anchor=anc))
            else:
                facts.append(F(debt, 2023, "令和5年度", seg, met, "actual", float(act), "percent", act, anchor=anc))
                src = d["tgt_cur"] if seg == "current" else d["tgt_arr"]
                for j, v in enumerate(src):
                    facts.append(F(debt, TYEARS[j], ("令和" if j == 0 else "") + TRAW[j], seg, met, "target", v,
                                   "percent", tg[j], anchor=anc))
        merge(ws, "A25:J25", "４　目標達成に向けた取組", bold=True, size=11, border=False)
        txt = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in TORIKUMI[debt])
        merge(ws, "A26:J29", txt, size=9)
        for rr in range(26, 30):
            ws.row_dimensions[rr].height = 22
        for lab, t, st in TORIKUMI[debt]:
            inits.append(I(debt, 2025, "目標達成に向けた取組", lab, t, st, anchor=anc))
    xlsx = OUT / f"{STEM}.xlsx"
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(xlsx)
    pdf = office_pdf(xlsx, PDF / f"{STEM}.pdf", "hitachinaka")
    doc = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
