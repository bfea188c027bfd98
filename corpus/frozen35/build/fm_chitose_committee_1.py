"""fm_chitose_committee_1: 令和６年度第２回千歳市債権管理推進会議 資料 (committee_material) — openpyxl -> LibreOffice.

Run from corpus/frozen35:  python3 build/fm_chitose_committee_1.py
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fm_common import soffice_pdf, Gold, PDF_DIR, WORK, check, com, rate  # noqa: E402

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.worksheet.properties import PageSetupProperties  # noqa: E402

STEM = "fm_chitose_committee_1"
CITY = "千歳市"
TITLE = "令和６年度第２回千歳市債権管理推進会議 資料"
G = Gold(STEM, "committee_material", "committee", CITY, TITLE, "2024-11-20", "令和６年11月20日")

YEARS = [2020, 2021, 2022, 2023]
YL = {2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}
D = {
    "市税": dict(abbr="市税", dept="総務部納税課", kind="強制徴収公債権", Ac=14_800_000_000, g=0.015,
               rc=[99.05, 99.12, 99.20, 99.28], ra=[24.1, 26.3, 28.2, 30.4], W=[61e6, 55e6, 49e6, 44e6], O0=420_000_000,
               dl=[5_210, 4_985, 4_760, 4_512], sz=[1_320, 1_402, 1_455, 1_510], dlu="persons", dlab="滞納者数",
               fc=(0.5412, 0.5355), fa=(0.1452, 0.1377), tg=(99.30, 31.00), est=(99.31, 31.20), tg5=(99.25, 29.50)),
    "国民健康保険税": dict(abbr="国保税", dept="市民環境部国保医療課", kind="強制徴収公債権", Ac=2_250_000_000, g=-0.01,
                    rc=[94.9, 95.3, 95.6, 95.9], ra=[22.0, 23.5, 24.8, 26.0], W=[24e6, 22e6, 20e6, 19e6], O0=310_000_000,
                    dl=[2_012, 1_934, 1_868, 1_790], sz=[402, 431, 455, 470], dlu="households", dlab="滞納世帯数",
                    fc=(0.3822, 0.3861), fa=(0.1198, 0.1131), tg=(96.00, 26.50), est=(95.95, 26.10), tg5=(95.80, 25.50)),
    "介護保険料": dict(abbr="介護保険料", dept="保健福祉部高齢者支援課", kind="強制徴収公債権", Ac=2_350_000_000, g=0.015,
                  rc=[99.20, 99.24, 99.27, 99.30], ra=[11.5, 12.3, 13.0, 13.8], W=[5.5e6, 5.1e6, 4.8e6, 4.6e6],
                  O0=48_000_000, dl=[655, 631, 612, 598], sz=[12, 15, 19, 22], dlu="persons", dlab="滞納者数",
                  fc=(0.5506, 0.5497), fa=(0.0655, 0.0612), tg=(99.32, 14.00), est=(99.30, 13.60), tg5=(99.28, 13.50)),
    "後期高齢者医療保険料": dict(abbr="後期高齢", dept="市民環境部国保医療課", kind="強制徴収公債権", Ac=920_000_000, g=0.03,
                       rc=[99.55, 99.58, 99.60, 99.62], ra=[38.0, 39.5, 41.0, 42.5], W=[0.6e6, 0.5e6, 0.5e6, 0.4e6],
                       O0=6_500_000, dl=[121, 118, 114, 109], sz=[3, 4, 4, 6], dlu="persons", dlab="滞納者数",
                       fc=(0.4533, 0.4558), fa=(0.2311, 0.2240), tg=(99.65, 43.00), est=(99.64, 43.40), tg5=(99.60, 42.00)),
    "市営住宅使用料": dict(abbr="住宅使用料", dept="建設部住宅課", kind="私債権", Ac=460_000_000, g=-0.005,
                    rc=[97.35, 97.48, 97.60, 97.71], ra=[14.2, 15.5, 16.3, 17.1], W=[3.2e6, 2.9e6, 3.5e6, 2.6e6],
                    O0=38_000_000, dl=[212, 205, 198, 190], sz=[0, 0, 0, 0], dlu="persons", dlab="滞納者数",
                    fc=(0.4788, 0.4802), fa=(0.0871, 0.0905), tg=(97.80, 18.00), est=(97.74, 17.20), tg5=(97.70, 17.50)),
}
random.seed(350035)
S = {}
for n, d in D.items():
    o = d["O0"] + random.randint(0, 99_999) * 7 + 3
    S[n] = {}
    for i, y in enumerate(YEARS):
        ac = int(d["Ac"] * (1 + d["g"]) ** i) + random.randint(0, 99999) * 10 + random.randint(0, 9)
        cc = int(ac * (d["rc"][i] + random.uniform(-.02, .02)) / 100)
        aa = o
        ca = int(aa * (d["ra"][i] + random.uniform(-.3, .3)) / 100)
        w = int(d["W"][i]) + random.randint(0, 9999)
        o = ac + aa - cc - ca - w
        S[n][y] = dict(Ac=ac, Cc=cc, Aa=aa, Ca=ca, W=w, O=o)
    # interim (9月末): this year (2024) and last year (2023)
    ac6 = int(S[n][2023]["Ac"] * (1 + d["g"])) + random.randint(0, 99999)
    ac5 = S[n][2023]["Ac"] - random.randint(1000, 99999) * 100  # 9月末時点の調定額（前年同月）
    S[n]["int"] = {
        2024: dict(Ac=ac6, Cc=int(ac6 * d["fc"][0]), Aa=S[n][2023]["O"], Ca=int(S[n][2023]["O"] * d["fa"][0])),
        2023: dict(Ac=ac5, Cc=int(ac5 * d["fc"][1]), Aa=S[n][2022]["O"], Ca=int(S[n][2022]["O"] * d["fa"][1])),
    }


def k(v):
    return int(round(v / 1000))


# ---------------------------------------------------------------- styles
FN = "IPAexGothic"
thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUB = PatternFill("solid", fgColor="EDEDED")
ZEB = PatternFill("solid", fgColor="F2F6FC")
NUM = '#,##0;"▲"#,##0'
PCT = '0.00;"▲"0.00'


def put(ws, ref, val, *, size=10, bold=False, h="center", v="center", fill=None, border=True, fmt=None, wrap=True,
        rot=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FN, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, text_rotation=rot or 0)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def merge(ws, rng, val, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    c = put(ws, first, val, **kw)
    if kw.get("border", True):
        from openpyxl.utils.cell import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng)
        for r in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(row=r, column=cc).border = BOX
    return c


def setup(ws, widths, landscape=False):
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False


def fnum(v):
    return f"▲{-v:,}" if v < 0 else f"{v:,}"


def fpct(v):
    return f"▲{-v:.2f}" if v < 0 else f"{v:.2f}"


wb = Workbook()
names = list(D)

# ---------------------------------------------------------------- sheet 1 (page 1): summary
P = 1
ws = wb.active
ws.title = "総括表"
setup(ws, [16, 9, 9, 8, 9, 9, 8, 13, 13])
merge(ws, "A1:I1", TITLE, size=13, bold=True, border=False)
ws.row_dimensions[1].height = 24
merge(ws, "A2:I2", "令和６年11月20日（水）　午前10時　本庁舎４階 第１会議室", size=9, h="right", border=False)
merge(ws, "A4:I4", "資料１　主要債権の収納状況（９月末現在）", size=11, bold=True, h="left", border=False)
merge(ws, "A5:I5", "前年度＝令和５年９月末現在、本年度＝令和６年９月末現在　（単位：収納率は％、収入済額は千円）", size=8.5,
      h="left", border=False)
merge(ws, "A6:A7", "債権名", fill=HEAD, bold=True)
merge(ws, "B6:D6", "現年分収納率", fill=HEAD, bold=True)
merge(ws, "E6:G6", "滞納繰越分収納率", fill=HEAD, bold=True)
merge(ws, "H6:I6", "収入済額（現年分＋滞納繰越分）", fill=HEAD, bold=True)
for col, lab in zip("BCDEFGHI", ["前年度", "本年度", "差", "前年度", "本年度", "差", "前年度", "本年度"]):
    put(ws, f"{col}7", lab, fill=HEAD, bold=True)
r = 8
AS = {2024: "2024-09-30", 2023: "2023-09-30"}
tot = {2023: 0, 2024: 0}
for n in names:
    I = S[n]["int"]
    put(ws, f"A{r}", n, h="left", fill=ZEB if r % 2 == 0 else None)
    vals = []
    for seg, a, c, cols in (("current", "Ac", "Cc", "BCD"), ("arrears", "Aa", "Ca", "EFG")):
        p_ = rate(I[2023][c], I[2023][a])
        t_ = rate(I[2024][c], I[2024][a])
        df = round(t_ - p_, 2)
        put(ws, f"{cols[0]}{r}", p_, fmt=PCT, h="right", fill=ZEB if r % 2 == 0 else None)
        put(ws, f"{cols[1]}{r}", t_, fmt=PCT, h="right", fill=ZEB if r % 2 == 0 else None)
        put(ws, f"{cols[2]}{r}", df, fmt=PCT, h="right", fill=ZEB if r % 2 == 0 else None)
        G.fact(P, n, n, 2023, "前年度", seg, "collection_rate", "interim", p_, "percent", f"{p_:.2f}", as_of=AS[2023])
        G.fact(P, n, n, 2024, "本年度", seg, "collection_rate", "interim", t_, "percent", f"{t_:.2f}", as_of=AS[2024])
        G.fact(P, n, n, 2024, "差", seg, "difference", "interim", df, "points", fpct(df), as_of=AS[2024])
    for y, col in ((2023, "H"), (2024, "I")):
        v = k(I[y]["Cc"] + I[y]["Ca"])
        tot[y] += v
        put(ws, f"{col}{r}", v, fmt=NUM, h="right", fill=ZEB if r % 2 == 0 else None)
        G.fact(P, n, n, y, "前年度" if y == 2023 else "本年度", "total", "collected", "interim", v * 1000, "yen", com(v),
               as_of=AS[y])
    r += 1
put(ws, f"A{r}", "合計", bold=True, fill=SUB)
for col in "BCDEFG":
    put(ws, f"{col}{r}", "－", fill=SUB)
for y, col in ((2023, "H"), (2024, "I")):
    put(ws, f"{col}{r}", tot[y], fmt=NUM, h="right", fill=SUB, bold=True)
    G.fact(P, None, "合計", y, "前年度" if y == 2023 else "本年度", "total", "collected", "interim", tot[y] * 1000, "yen",
           com(tot[y]), as_of=AS[y])
r += 1
merge(ws, f"A{r}:I{r}", "※ 差は本年度から前年度を差し引いたポイント数（▲は低下）。合計欄の収納率は算出していません。", size=8,
      h="left", border=False)
r += 2
# debts as columns: 令和６年度 目標収納率
merge(ws, f"A{r}:I{r}", "【参考】令和６年度 目標収納率（単位：％）", size=10, bold=True, h="left", border=False)
r += 1
put(ws, f"A{r}", "区分", fill=HEAD, bold=True)
cols = "BCDEFGHI"
spans = [("B", "C"), ("D", "E"), ("F", "F"), ("G", "G"), ("H", "I")]
for (c1, c2), n in zip(spans, names):
    if c1 == c2:
        put(ws, f"{c1}{r}", D[n]["abbr"], fill=HEAD, bold=True)
    else:
        merge(ws, f"{c1}{r}:{c2}{r}", D[n]["abbr"], fill=HEAD, bold=True)
for seg, lab, idx in (("current", "現年分", 0), ("arrears", "滞納繰越分", 1)):
    r += 1
    put(ws, f"A{r}", lab)
    for (c1, c2), n in zip(spans, names):
        v = D[n]["tg"][idx]
        if c1 == c2:
            put(ws, f"{c1}{r}", v, fmt=PCT, h="right")
        else:
            merge(ws, f"{c1}{r}:{c2}{r}", v, fmt=PCT, h="right")
        G.fact(P, n, D[n]["abbr"], 2024, "令和６年度", seg, "collection_rate", "target", v, "percent", f"{v:.2f}")
r += 1
merge(ws, f"A{r}:I{r}", "※ 国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料", size=8, h="left",
      border=False)
r += 2
merge(ws, f"A{r}:I{r}", "資料２　取組個票（債権別）　……　２～６ページ", size=10, h="left", border=False)
r += 1
merge(ws, f"A{r}:I{r}", "資料３　令和６年度 滞納整理強化月間（12月）の実施について　……　別添", size=10, h="left", border=False)
ws.print_area = f"A1:I{r}"

# ---------------------------------------------------------------- sheets 2-6 (pages 2-6): 取組個票
ITEMS = {
    "市税": [
        ("①", "納期限後20日以内の督促状の発送と、督促後の電話催告センターによる早期催告を徹底する。", "継続"),
        ("②", "滞納額100万円以上の高額事案を特別整理班に移管し、財産調査と差押えを集中的に行う。", "拡充"),
        ("③", "給与照会・預貯金照会の電子化（pipitLINQ）を進め、調査から処分までの期間を短縮する。", "新規"),
        ("④", "インターネット公売を年２回実施し、差押財産の換価を進める。", "継続"),
    ],
    "国民健康保険税": [
        ("①", "加入手続時の口座振替の原則化と、Web口座振替受付サービスによる申込みを案内する。", "継続"),
        ("②", "短期被保険者証の交付時に納付相談を実施し、分割納付の履行を管理する。", "継続"),
        ("③", "滞納繰越分の高額滞納世帯を納税課と共同で整理する。", "拡充"),
    ],
    "介護保険料": [
        ("①", "普通徴収の初期滞納者に対し、督促状発送後の電話催告を行う。", "継続"),
        ("②", "２年以上の滞納者に対し、給付制限の予告と併せて納付相談を行う。", "継続"),
        ("③", "預貯金調査を実施し、資力のある滞納者には差押えを行う。", "新規"),
    ],
    "後期高齢者医療保険料": [
        ("①", "年金からの特別徴収への切替えを広域連合と連携して進める。", "継続"),
        ("②", "資格取得時に口座振替を勧奨し、普通徴収の納期内納付を促す。", "継続"),
        ("③", "コンビニ収納の利用案内を納付書に同封する。", "拡充"),
    ],
    "市営住宅使用料": [
        ("①", "滞納３か月以上の入居者に対し、連帯保証人への通知と訪問による納付指導を行う。", "継続"),
        ("②", "滞納６か月以上で納付に応じない入居者に対し、明渡し請求訴訟を提起する。", "継続"),
        ("③", "退去滞納者分について、債権回収業務の弁護士委託を拡大する。", "拡充"),
    ],
}
JISSEKI = {
    "市税": "９月末までの差押件数は812件（前年同期 775件）。高額事案38件を特別整理班に移管し、うち11件が完納となった。",
    "国民健康保険税": "短期被保険者証の交付時に186世帯と納付相談を行い、142世帯から分割納付の誓約を得た。",
    "介護保険料": "電話催告を延べ412件実施し、うち231件が納付に結び付いた。",
    "後期高齢者医療保険料": "特別徴収への切替えは９月末までに27人。コンビニ収納の利用件数は前年同期から約15％増加した。",
    "市営住宅使用料": "訪問による納付指導を延べ64件実施した。明渡し請求訴訟は２件提起し、１件は和解した。",
}

for si, n in enumerate(names):
    P = 2 + si
    d = D[n]
    ws = wb.create_sheet(title=f"個票{si + 1}")
    setup(ws, [7, 12, 12, 8, 11, 11, 8, 10, 11, 9, 8])
    merge(ws, "A1:K1", f"資料２　取組個票（{si + 1}／{len(names)}）", size=9, h="right", border=False)
    # label/value strip
    put(ws, "A2", "債権名", fill=HEAD, bold=True)
    merge(ws, "B2:C2", n, size=10.5, bold=True)
    put(ws, "D2", "所管課", fill=HEAD, bold=True)
    merge(ws, "E2:G2", d["dept"])
    merge(ws, "H2:I2", "債権区分", fill=HEAD, bold=True)
    merge(ws, "J2:K2", d["kind"])
    ws.row_dimensions[2].height = 22
    # 1 推移 (years as rows)
    merge(ws, "A4:K4", "１　収納状況の推移（単位：千円、％、人、件）", size=10.5, bold=True, h="left", border=False)
    merge(ws, "A5:A6", "年度", fill=HEAD, bold=True)
    merge(ws, "B5:D5", "現年分", fill=HEAD, bold=True)
    merge(ws, "E5:G5", "滞納繰越分", fill=HEAD, bold=True)
    for col, lab in zip("BCDEFG", ["調定額※", "収入済額", "収納率", "調定額※", "収入済額", "収納率"]):
        put(ws, f"{col}6", lab, fill=HEAD, bold=True, size=8.5)
    merge(ws, "H5:H6", "不納欠損額", fill=HEAD, bold=True, size=8.5)
    merge(ws, "I5:I6", "収入未済額", fill=HEAD, bold=True, size=8.5)
    merge(ws, "J5:J6", d["dlab"], fill=HEAD, bold=True, size=8.5)
    merge(ws, "K5:K6", "差押件数", fill=HEAD, bold=True, size=8.5)
    for i, y in enumerate(YEARS):
        rr = 7 + i
        s = S[n][y]
        fill = ZEB if i % 2 else None
        put(ws, f"A{rr}", YL[y], fill=fill)
        cells = [("B", "current", "assessed", k(s["Ac"])), ("C", "current", "collected", k(s["Cc"])),
                 ("D", "current", "collection_rate", rate(s["Cc"], s["Ac"])),
                 ("E", "arrears", "assessed", k(s["Aa"])), ("F", "arrears", "collected", k(s["Ca"])),
                 ("G", "arrears", "collection_rate", rate(s["Ca"], s["Aa"])),
                 ("H", "total", "written_off", k(s["W"])), ("I", "total", "outstanding", k(s["O"]))]
        for col, seg, met, v in cells:
            if met == "collection_rate":
                put(ws, f"{col}{rr}", v, fmt=PCT, h="right", fill=fill)
                G.fact(P, n, n, y, YL[y], seg, met, "actual", v, "percent", f"{v:.2f}")
            else:
                put(ws, f"{col}{rr}", v, fmt=NUM, h="right", fill=fill)
                G.fact(P, n, n, y, YL[y], seg, met, "actual", v * 1000, "yen", com(v))
        put(ws, f"J{rr}", d["dl"][i], fmt=NUM, h="right", fill=fill)
        G.fact(P, n, n, y, YL[y], "total", "delinquents", "actual", d["dl"][i], d["dlu"], com(d["dl"][i]))
        put(ws, f"K{rr}", d["sz"][i] if d["sz"][i] else "－", fmt=NUM, h="right", fill=fill)
    merge(ws, "A11:K11", "※ 調定額は、還付未済額を除いた額です。" + ("滞納世帯数は世帯単位です。" if d["dlu"] == "households" else ""),
          size=8, h="left", border=False)
    # 2 目標と９月末
    merge(ws, "A13:K13", "２　令和６年度の目標と９月末の状況（単位：％）", size=10.5, bold=True, h="left", border=False)
    merge(ws, "A14:A15", "区分", fill=HEAD, bold=True, size=8.5)
    merge(ws, "B14:C15", "令和６年度\n目標収納率", fill=HEAD, bold=True, size=8.5)
    merge(ws, "D14:F15", "９月末収納率\n（　）は前年同月", fill=HEAD, bold=True, size=8.5)
    merge(ws, "G14:H15", "前年同月との差", fill=HEAD, bold=True, size=8.5)
    merge(ws, "I14:K15", "決算見込収納率", fill=HEAD, bold=True, size=8.5)
    I_ = S[n]["int"]
    for j, (seg, lab, a, c) in enumerate((("current", "現年分", "Ac", "Cc"), ("arrears", "滞納繰越分", "Aa", "Ca"))):
        r0 = 16 + j * 2
        merge(ws, f"A{r0}:A{r0 + 1}", lab, rot=255, fill=SUB, size=9)
        ws.row_dimensions[r0].height = 30
        ws.row_dimensions[r0 + 1].height = 30
        tg = d["tg"][j]
        merge(ws, f"B{r0}:C{r0 + 1}", tg, fmt=PCT, h="right")
        G.fact(P, n, n, 2024, "令和６年度", seg, "collection_rate", "target", tg, "percent", f"{tg:.2f}")
        t_ = rate(I_[2024][c], I_[2024][a])
        p_ = rate(I_[2023][c], I_[2023][a])
        merge(ws, f"D{r0}:F{r0 + 1}", f"{t_:.2f}（{p_:.2f}）", h="right")
        G.fact(P, n, n, 2024, "９月末", seg, "collection_rate", "interim", t_, "percent", f"{t_:.2f}", as_of=AS[2024])
        G.fact(P, n, n, 2023, "前年同月", seg, "collection_rate", "interim", p_, "percent", f"（{p_:.2f}）",
               as_of=AS[2023])
        df = round(t_ - p_, 2)
        merge(ws, f"G{r0}:H{r0 + 1}", df, fmt=PCT, h="right")
        G.fact(P, n, n, 2024, "前年同月との差", seg, "difference", "interim", df, "points", fpct(df), as_of=AS[2024])
        es = d["est"][j]
        merge(ws, f"I{r0}:K{r0 + 1}", es, fmt=PCT, h="right")
        G.fact(P, n, n, 2024, "決算見込", seg, "collection_rate", "estimate", es, "percent", f"{es:.2f}")
    # 3 R5 達成状況
    merge(ws, "A21:K21", "３　令和５年度 目標の達成状況（単位：％）", size=10.5, bold=True, h="left", border=False)
    for col, lab in zip(["A", "B", "D", "F"], ["区分", "目標", "実績", "達成率"]):
        pass
    put(ws, "A22", "区分", fill=HEAD, bold=True, size=8.5)
    merge(ws, "B22:C22", "目標収納率", fill=HEAD, bold=True, size=8.5)
    merge(ws, "D22:E22", "実績収納率", fill=HEAD, bold=True, size=8.5)
    merge(ws, "F22:G22", "達成率", fill=HEAD, bold=True, size=8.5)
    merge(ws, "H22:K22", "評価", fill=HEAD, bold=True, size=8.5)
    s5 = S[n][2023]
    for j, (seg, lab, a, c) in enumerate((("current", "現年分", "Ac", "Cc"), ("arrears", "滞繰分", "Aa", "Ca"))):
        rr = 23 + j
        tg = d["tg5"][j]
        act = rate(s5[c], s5[a])
        ach = round(act / tg * 100, 1)
        put(ws, f"A{rr}", lab, size=8.5)
        merge(ws, f"B{rr}:C{rr}", tg, fmt=PCT, h="right")
        merge(ws, f"D{rr}:E{rr}", act, fmt=PCT, h="right")
        merge(ws, f"F{rr}:G{rr}", ach, fmt="0.0", h="right")
        merge(ws, f"H{rr}:K{rr}", "達成" if act >= tg else "未達成")
        G.fact(P, n, n, 2023, "令和５年度", seg, "collection_rate", "target", tg, "percent", f"{tg:.2f}")
        G.fact(P, n, n, 2023, "令和５年度", seg, "collection_rate", "actual", act, "percent", f"{act:.2f}")
    # 4 取組 (several numbered items in one cell)
    merge(ws, "A26:K26", "４　取組内容と上半期の実施状況", size=10.5, bold=True, h="left", border=False)
    merge(ws, "A27:F27", "取組内容", fill=HEAD, bold=True, size=9)
    merge(ws, "G27:K27", "上半期の実施状況", fill=HEAD, bold=True, size=9)
    txt = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in ITEMS[n])
    merge(ws, "A28:F28", txt, h="left", v="top", size=10)
    merge(ws, "G28:K28", JISSEKI[n], h="left", v="top", size=10)
    ws.row_dimensions[28].height = 15 * (len(ITEMS[n]) * 2) + 12
    for rr in list(range(5, 11)) + [14, 15, 22, 23, 24, 27]:
        ws.row_dimensions[rr].height = 21
    for rr in (4, 13, 21, 26):
        ws.row_dimensions[rr].height = 26
    ws.row_dimensions[2].height = 26
    for lab, t, st in ITEMS[n]:
        G.init(P, n, 2024, "取組内容", lab, t, st)
    ws.print_area = "A1:K28"

xp = WORK / f"{STEM}.xlsx"
wb.save(xp)
lo_pdf = soffice_pdf(xp)
pdf = PDF_DIR / f"{STEM}.pdf"
PDF_DIR.mkdir(parents=True, exist_ok=True)
pdf.write_bytes(lo_pdf.read_bytes())
gp = G.write(pdf)
sys.exit(1 if check(pdf, gp) else 0)
