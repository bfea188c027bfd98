"""fh_miyako_committee_1: みやこ町債権管理対策委員会 資料（取組個票） (openpyxl -> LibreOffice).

    cd corpus/frozen32 && python3 build/fh_miyako_committee_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

from fh_common import PDF_DIR, WORK, Gold, comma, rate, rnd, soffice_pdf, tri  # noqa: E402

STEM = "fh_miyako_committee_1"
CITY = "みやこ町"
TITLE = "令和７年度第１回みやこ町債権管理対策委員会"
DATE, DATE_RAW = "2025-07-24", "令和７年７月２４日（木）"
YEARS = [2020, 2021, 2022, 2023, 2024]
FONT = "IPAexGothic"
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUBF = PatternFill("solid", fgColor="EDF1F9")
TOTF = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# canonical, printed, 担当課, 区分, cur0 (円), growth, current rates, arr0, arrears rates, write-off share, R7 targets
D = [
    ("町税", "町税", "税務課", "強制徴収公債権", 1_852_316_400, 1.008, [98.62, 98.71, 98.84, 98.93, 99.02], 98_412_350,
     [15.8, 16.9, 17.6, 18.4, 19.3], 0.07, (99.1, 20.0, 95.6)),
    ("国民健康保険料", "国民健康保険税", "住民課", "強制徴収公債権", 412_508_300, 0.982, [93.85, 94.12, 94.40, 94.66, 94.81],
     165_230_900, [12.1, 12.8, 13.5, 14.2, 14.9], 0.09, (95.0, 15.5, 76.0)),
    ("介護保険料", "介護保険料", "介護保険課", "強制徴収公債権", 392_117_800, 1.006, [98.95, 99.02, 99.06, 99.10, 99.14], 9_804_600,
     [10.4, 11.0, 11.8, 12.1, 12.6], 0.15, (99.2, 13.0, 97.0)),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "住民課", "強制徴収公債権", 185_224_500, 1.018, [99.38, 99.41, 99.46, 99.50, 99.53],
     1_204_300, [31.2, 33.5, 34.8, 35.4, 36.1], 0.12, (99.6, 37.0, 99.3)),
    ("町営住宅使用料", "町営住宅使用料", "建設課", "私債権", 78_152_000, 0.991, [94.62, 94.85, 95.03, 95.18, 95.31], 41_026_500,
     [6.2, 6.7, 7.1, 7.5, 8.0], 0.03, (95.5, 8.5, 65.5)),
    ("学校給食費", "学校給食費", "学校教育課", "私債権", 62_480_600, 0.975, [98.31, 98.44, 98.52, 98.66, 98.72], 5_412_800,
     [8.9, 9.6, 10.3, 10.8, 11.4], 0.05, (98.8, 12.0, 91.0)),
    ("保育料", "保育料", "福祉課", "強制徴収公債権", 38_016_200, 0.962, [98.55, 98.63, 98.71, 98.82, 98.90], 2_903_100,
     [7.4, 8.1, 8.8, 9.2, 9.9], 0.06, (99.0, 10.5, 92.5)),
]
SHEETS = ["町税", "国民健康保険料", "町営住宅使用料", "学校給食費"]


def R(fy):
    return f"R{fy - 2018}"


def RJ(fy):
    return f"令和{fy - 2018}年度"


def compute():
    data = {}
    for (canon, name, ka, kubun, cur0, g, cr, arr0, ar, wo, tgt) in D:
        rows = {}
        cur, arr = cur0, arr0
        for i, fy in enumerate(YEARS):
            if i:
                cur = round(cur * g, -2)
            c = round(cur * cr[i] / 100)
            a = round(arr * ar[i] / 100)
            w = round(arr * wo)
            rows[fy] = dict(ca=cur, cc=c, cr=rate(c, cur, 1), aa=arr, ac=a, ar=rate(a, arr, 1), wo=w,
                            ta=cur + arr, tc=c + a, tr=rate(c + a, cur + arr, 1), cout=cur - c, aout=arr - a - w,
                            out=cur - c + arr - a - w)
            arr = cur - c + arr - a - w
        data[canon] = dict(name=name, ka=ka, kubun=kubun, rows=rows, tgt=tgt)
    return data


def f(ws, rc, v, bold=False, size=10, al="center", fill=None, border=True, wrap=True, rot=None, valign="center"):
    c = ws[rc]
    c.value = v
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=al, vertical=valign, wrap_text=wrap, textRotation=rot or 0)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return c


def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    box(ws, rng, kw.get("fill"))
    ws.merge_cells(rng)
    return f(ws, first, v, **kw)


def setup(ws, widths, landscape=False, footer=""):
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.55
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False
    ws.oddFooter.center.text = footer
    ws.oddFooter.center.font = FONT
    ws.oddFooter.center.size = 9


def build():
    G = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, DATE, DATE_RAW)
    data = compute()
    wb = Workbook()

    # ------------------------------------------------------------------ p1: 次第 + summary (debts as columns)
    pg = 1
    ws = wb.active
    ws.title = "次第"
    setup(ws, [14] + [11.5] * 7, footer="- 1 -")
    ws.merge_cells("A1:H1")
    f(ws, "A1", TITLE, size=15, border=False)
    ws.row_dimensions[1].height = 30
    ws.merge_cells("A2:H2")
    f(ws, "A2", "次　　第", size=13, border=False)
    ws.row_dimensions[2].height = 26
    lines = [f"日時：{DATE_RAW}　午後１時３０分～", "場所：みやこ町役場本庁舎　２階大会議室", "",
             "１　開会", "２　委員長あいさつ", "３　議事",
             "　（１）令和６年度決算における主要債権の収納状況について（資料１）",
             "　（２）債権別取組個票について（資料２）", "　（３）令和７年度の滞納整理強化月間の実施について", "４　閉会"]
    r = 3
    for s in lines:
        ws.merge_cells(f"A{r}:H{r}")
        f(ws, f"A{r}", s, size=11, al="left", border=False)
        ws.row_dimensions[r].height = 21
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:H{r}")
    f(ws, f"A{r}", "【参考】主要債権の収納率（令和６年度決算、括弧内はR5）　　　　　　　　　　　（単位：％）", size=9.5, al="left", border=False)
    r += 1
    f(ws, f"A{r}", "区分", fill=HEAD, size=9)
    for j, d in enumerate(data.values()):
        f(ws, f"{get_column_letter(2 + j)}{r}", d["name"], fill=HEAD, size=8.5)
    ws.row_dimensions[r].height = 36
    for seg, key, lab in (("current", "cr", "現年度分"), ("arrears", "ar", "滞納繰越分"), ("total", "tr", "合計")):
        r += 1
        f(ws, f"A{r}", lab, fill=SUBF, size=9)
        for j, (canon, d) in enumerate(data.items()):
            v6, v5 = d["rows"][2024][key], d["rows"][2023][key]
            f(ws, f"{get_column_letter(2 + j)}{r}", f"{v6:.1f}\n（{v5:.1f}）", size=9, al="right")
            G.fact(pg, canon, d["name"], 2024, "令和６年度", seg, "collection_rate", "actual", v6, "percent", f"{v6:.1f}")
            G.fact(pg, canon, d["name"], 2023, "R5", seg, "collection_rate", "actual", v5, "percent", f"{v5:.1f}")
        ws.row_dimensions[r].height = 30
    r += 2
    ws.merge_cells(f"A{r}:H{r}")
    f(ws, f"A{r}", "委員会構成：委員長 副町長、委員 総務課長・税務課長・住民課長・介護保険課長・福祉課長・建設課長・学校教育課長"
      "（委員８名）、事務局 税務課収納係（３名）", size=9, al="left", border=False)
    ws.row_dimensions[r].height = 30

    # ------------------------------------------------------------------ p2-p3: 総括表, broken across two pages
    def summary_sheet(title, names, first, pg, footer):
        ws = wb.create_sheet(title)
        setup(ws, [20, 15, 15, 8, 14, 15, 15, 8, 14, 13], landscape=True, footer=footer)
        r = 1
        if first:
            ws.merge_cells("A1:J1")
            f(ws, "A1", "資料１　令和６年度決算における主要債権の収納状況", size=14, al="left", border=False)
            ws.row_dimensions[1].height = 28
            r = 2
            ws.merge_cells(f"A{r}:J{r}")
            f(ws, f"A{r}", "表１　債権別の収納状況（現年度分・滞納繰越分の合計）　　（単位：円、％）", size=10, al="left", border=False)
            r += 1
            merge(ws, f"A{r}:A{r + 1}", "債権名", fill=HEAD, size=9.5)
            merge(ws, f"B{r}:E{r}", "令和５年度", fill=HEAD, size=9.5)
            merge(ws, f"F{r}:I{r}", "令和６年度", fill=HEAD, size=9.5)
            merge(ws, f"J{r}:J{r + 1}", "収入未済額\n増減", fill=HEAD, size=9)
            for j, h in enumerate(["調定額", "収入済額", "収納率", "収入未済額"] * 2):
                f(ws, f"{get_column_letter(2 + j)}{r + 1}", h, fill=HEAD, size=9)
            ws.row_dimensions[r].height = 20
            ws.row_dimensions[r + 1].height = 20
            r += 2
        else:
            ws.merge_cells("A1:J1")
            f(ws, "A1", "（表１の続き）", size=10, al="left", border=False)
            r = 2
        sums = {2023: [0, 0, 0], 2024: [0, 0, 0]}
        for canon in names:
            d = data[canon]
            f(ws, f"A{r}", d["name"], al="left", size=9.5)
            col = 2
            for fy in (2023, 2024):
                x = d["rows"][fy]
                vals = [(x["ta"], "assessed"), (x["tc"], "collected"), (x["tr"], "collection_rate"), (x["out"], "outstanding")]
                for v, metric in vals:
                    if metric == "collection_rate":
                        t = f"{v:.1f}"
                        G.fact(pg, canon, d["name"], fy, RJ(fy), "total", metric, "actual", v, "percent", t)
                    else:
                        t = comma(v)
                        G.fact(pg, canon, d["name"], fy, RJ(fy), "total", metric, "actual", v, "yen", t)
                    f(ws, f"{get_column_letter(col)}{r}", t, al="right", size=9.5)
                    col += 1
            dv = d["rows"][2024]["out"] - d["rows"][2023]["out"]
            f(ws, f"J{r}", tri(dv, "▲"), al="right", size=9.5)
            G.fact(pg, canon, d["name"], 2024, "令和６年度", "total", "difference", "actual", dv, "yen", tri(dv, "▲"))
            ws.row_dimensions[r].height = 24
            r += 1
        return ws, r

    names = list(data.keys())
    pg = 2
    ws, r = summary_sheet("総括表1", names[:5], True, pg, "- 2 -")
    ws.merge_cells(f"A{r}:J{r}")
    f(ws, f"A{r}", "（次頁へ続く）", size=9, al="right", border=False)
    # side tables: metric in the row header (years as columns) beside a table with years as rows
    r += 2
    ws.merge_cells(f"A{r}:E{r}")
    f(ws, f"A{r}", "表２　主要債権全体の推移", size=10, al="left", border=False)
    ws.merge_cells(f"G{r}:J{r}")
    f(ws, f"G{r}", "表３　収入未済額の推移（単位：千円）", size=10, al="left", border=False)
    r += 1
    top = r
    f(ws, f"A{r}", "区分", fill=HEAD, size=9)
    for j, fy in enumerate([2022, 2023, 2024]):
        merge(ws, f"{get_column_letter(2 + j)}{r}:{get_column_letter(2 + j)}{r}", R(fy), fill=HEAD, size=9)
    tot = {fy: dict(ta=sum(data[k]["rows"][fy]["ta"] for k in names), tc=sum(data[k]["rows"][fy]["tc"] for k in names),
                    out=sum(data[k]["rows"][fy]["out"] for k in names)) for fy in YEARS}
    for lab, key, metric in (("調定額（千円）", "ta", "assessed"), ("収入済額（千円）", "tc", "collected"), ("収納率（％）", None, "collection_rate")):
        r += 1
        f(ws, f"A{r}", lab, fill=SUBF, size=9, al="left")
        for j, fy in enumerate([2022, 2023, 2024]):
            if key:
                v = round(tot[fy][key] / 1000)
                t = comma(v)
                G.fact(pg, None, None, fy, R(fy), "total", metric, "actual", v * 1000, "yen", t)
            else:
                v = rate(tot[fy]["tc"], tot[fy]["ta"], 1)
                t = f"{v:.1f}"
                G.fact(pg, None, None, fy, R(fy), "total", metric, "actual", v, "percent", t)
            f(ws, f"{get_column_letter(2 + j)}{r}", t, al="right", size=9)
    # right table: years as rows
    r = top
    f(ws, f"G{r}", "年度", fill=HEAD, size=9)
    merge(ws, f"H{r}:I{r}", "収入未済額", fill=HEAD, size=9)
    f(ws, f"J{r}", "前年度比", fill=HEAD, size=9)
    for fy in [2022, 2023, 2024]:
        r += 1
        v = round(tot[fy]["out"] / 1000)
        pv = round(tot[fy - 1]["out"] / 1000)
        f(ws, f"G{r}", RJ(fy), size=9)
        merge(ws, f"H{r}:I{r}", comma(v), al="right", size=9)
        f(ws, f"J{r}", tri(v - pv, "▲"), al="right", size=9)
        G.fact(pg, None, None, fy, RJ(fy), "total", "outstanding", "actual", v * 1000, "yen", comma(v))
        G.fact(pg, None, None, fy, RJ(fy), "total", "difference", "actual", (v - pv) * 1000, "yen", tri(v - pv, "▲"))

    pg = 3
    ws, r = summary_sheet("総括表2", names[5:], False, pg, "- 3 -")
    # 合計 row
    f(ws, f"A{r}", "合計", al="left", size=9.5, fill=TOTF)
    col = 2
    for fy in (2023, 2024):
        t = tot[fy]
        for v, metric in ((t["ta"], "assessed"), (t["tc"], "collected"), (rate(t["tc"], t["ta"], 1), "collection_rate"),
                          (t["out"], "outstanding")):
            txt = f"{v:.1f}" if metric == "collection_rate" else comma(v)
            f(ws, f"{get_column_letter(col)}{r}", txt, al="right", size=9.5, fill=TOTF)
            G.fact(pg, None, "合計", fy, RJ(fy), "total", metric, "actual", v * (1 if metric != "collection_rate" else 1),
                   "percent" if metric == "collection_rate" else "yen", txt)
            col += 1
    dv = tot[2024]["out"] - tot[2023]["out"]
    f(ws, f"J{r}", tri(dv, "▲"), al="right", size=9.5, fill=TOTF)
    G.fact(pg, None, "合計", 2024, "令和６年度", "total", "difference", "actual", dv, "yen", tri(dv, "▲"))
    ws.row_dimensions[r].height = 24
    r += 1
    ws.merge_cells(f"A{r}:J{r}")
    f(ws, f"A{r}", "※　収入未済額＝調定額－収入済額－不納欠損額。増減は令和６年度から令和５年度を差し引いたもの（▲は減少）。", size=8.5,
      al="left", border=False)
    r += 1
    wo24 = sum(data[k]["rows"][2024]["wo"] for k in names)
    ws.merge_cells(f"A{r}:J{r}")
    f(ws, f"A{r}", f"※　令和６年度の不納欠損額は合計 {comma(wo24)}円（うち町税 {comma(data['町税']['rows'][2024]['wo'])}円）。",
      size=8.5, al="left", border=False)
    G.fact(pg, None, "合計", 2024, "令和６年度", "total", "written_off", "actual", wo24, "yen", f"{comma(wo24)}円")
    G.fact(pg, "町税", "町税", 2024, "令和６年度", "total", "written_off", "actual", data["町税"]["rows"][2024]["wo"], "yen",
           f"{comma(data['町税']['rows'][2024]['wo'])}円")
    r += 2
    # 地区 text box: 2段 explanation
    ws.merge_cells(f"A{r}:J{r + 3}")
    zc = data["町税"]["rows"][2024]["cr"]
    f(ws, f"A{r}", f"【概況】町税は、現年度分の収納率が５年連続で上昇し、令和６年度は{zc:.1f}％となった。国民健康保険税は、滞納繰越分の"
      "収入未済額が依然として大きく、分納誓約の履行管理が課題である。町営住宅使用料は、退去者の滞納分が累積しており、"
      "連帯保証人への請求と法的措置を検討する。", size=10, al="left", valign="top")
    G.fact(pg, "町税", "町税", 2024, "令和６年度", "current", "collection_rate", "actual", zc, "percent", f"{zc:.1f}％")
    for k in range(4):
        ws.row_dimensions[r + k].height = 20

    # ------------------------------------------------------------------ p4..p7: 取組個票
    items = {
        "町税": [("①", "納期限後20日以内に督促状を発送し、その後の電話催告を徹底する。", "継続"),
                ("②", "滞納繰越分は預貯金・給与の差押えを計画的に実施する。", "継続"),
                ("③", "福岡県の滞納整理推進機構への引継ぎを活用する。", "拡充"),
                ("④", "スマートフォン決済の利用を町報で周知する。", "新規")],
        "国民健康保険料": [("①", "分納誓約の履行状況を毎月確認し、不履行者に催告する。", "継続"),
                     ("②", "短期被保険者証の交付時に納付相談を行う。", "継続"),
                     ("③", "口座振替の勧奨を資格取得の届出時に行う。", "拡充")],
        "町営住宅使用料": [("①", "滞納３か月以上の入居者と連帯保証人に通知する。", "継続"),
                     ("②", "退去者の滞納分について支払督促の申立てを行う。", "新規"),
                     ("③", "収入申告の際に減免制度を案内する。", "継続")],
        "学校給食費": [("①", "児童手当からの申出徴収を入学時に案内する。", "拡充"),
                  ("②", "卒業時までに滞納分の納付計画を立てる。", "継続"),
                  ("③", "就学援助制度の案内を滞納世帯に個別に行う。", "継続")],
    }
    notes = {"町税": "滞納者数　412人", "国民健康保険料": "滞納世帯数　286世帯", "町営住宅使用料": "滞納者数　38人",
             "学校給食費": "滞納世帯数　52世帯"}
    for i, canon in enumerate(SHEETS):
        pg = 4 + i
        d = data[canon]
        rows = d["rows"]
        ws = wb.create_sheet(f"個票{i + 1}")
        setup(ws, [4.5, 11, 12.5, 12.5, 12.5, 12.5, 12.5, 14], footer=f"- {pg} -")
        ws.merge_cells("A1:F1")
        f(ws, "A1", f"資料２　債権別取組個票（{i + 1}）", size=13, al="left", border=False)
        f(ws, "H1", TITLE, size=7.5, al="right", border=False)
        ws.row_dimensions[1].height = 26
        # label/value strip
        f(ws, "A3", "", fill=HEAD)
        merge(ws, "A3:B3", "債権名", fill=HEAD, size=10)
        f(ws, "C3", d["name"], size=10.5, al="left")
        ws.merge_cells("C3:D3")
        f(ws, "E3", "担当課", fill=HEAD, size=10)
        f(ws, "F3", d["ka"], size=10, al="left")
        f(ws, "G3", "区分", fill=HEAD, size=10)
        f(ws, "H3", d["kubun"], size=10, al="left")
        box(ws, "A3:H3")
        ws.row_dimensions[3].height = 22
        ws.merge_cells("A5:H5")
        f(ws, "A5", "１　収納状況の推移（決算）", size=11, al="left", border=False)
        # header
        merge(ws, "A6:B6", "区分", fill=HEAD, size=9.5)
        for j, fy in enumerate(YEARS):
            f(ws, f"{get_column_letter(3 + j)}6", f"{R(fy)}（円）", fill=HEAD, size=9.5)
        f(ws, "H6", "備考", fill=HEAD, size=9.5)
        ws.row_dimensions[6].height = 20
        r = 7
        for seg, lab, keys in (("current", "現年度分", [("ca", "調定額", "assessed"), ("cc", "収入済額\n収納率", "collected")]),
                               ("arrears", "滞納繰越分", [("aa", "調定額", "assessed"), ("ac", "収入済額\n収納率", "collected")]),
                               ("total", "計", [("ta", "調定額", "assessed"), ("tc", "収入済額\n収納率", "collected"),
                                               ("wo", "不納欠損額", "written_off"), ("out", "収入未済額", "outstanding")])):
            merge(ws, f"A{r}:A{r + len(keys) - 1}", lab, fill=SUBF, size=9.5, rot=255)
            for k, (key, rl, metric) in enumerate(keys):
                f(ws, f"B{r + k}", rl, fill=SUBF, size=9, al="left")
                for j, fy in enumerate(YEARS):
                    x = rows[fy]
                    v = x[key]
                    if metric == "collected":
                        rk = {"cc": "cr", "ac": "ar", "tc": "tr"}[key]
                        t = f"{comma(v)}\n({x[rk]:.1f})"
                        G.fact(pg, canon, d["name"], fy, R(fy), seg, "collected", "actual", v, "yen", comma(v))
                        G.fact(pg, canon, d["name"], fy, R(fy), seg, "collection_rate", "actual", x[rk], "percent", f"({x[rk]:.1f})")
                    else:
                        t = comma(v)
                        G.fact(pg, canon, d["name"], fy, R(fy), seg, metric, "actual", v, "yen", t)
                    f(ws, f"{get_column_letter(3 + j)}{r + k}", t, size=8.5, al="right")
                f(ws, f"H{r + k}", "", size=8.5)
                ws.row_dimensions[r + k].height = 34 if metric == "collected" else 22
            r += len(keys)
        # 備考 with figures in text
        a24 = rows[2024]["aout"]
        ws.merge_cells("H7:H10")
        f(ws, "H7", f"R6年度末の収入未済額のうち滞納繰越分\n{comma(a24)}円\n\n{notes[canon]}", size=8, al="left", valign="top")
        G.fact(pg, canon, d["name"], 2024, "R6年度末", "arrears", "outstanding", "actual", a24, "yen", f"{comma(a24)}円")
        nv = int(notes[canon].split("　")[1].rstrip("人世帯"))
        G.fact(pg, canon, d["name"], 2024, "R6年度末", "total", "delinquents", "actual", nv,
               "households" if "世帯" in notes[canon] else "persons", notes[canon].split("　")[1])
        box(ws, f"H7:H{r - 1}")
        f(ws, f"A{r}", "※　収入済額欄の下段（　）は収納率（％）。", size=8.5, al="left", border=False)
        ws.merge_cells(f"A{r}:H{r}")
        r += 2
        # 目標 (千円 table beside the 円 table above: units in each column header)
        ws.merge_cells(f"A{r}:H{r}")
        f(ws, f"A{r}", "２　令和７年度の目標", size=11, al="left", border=False)
        r += 1
        tc, ta, tt = d["tgt"]
        out25 = round(rows[2024]["out"] * 0.93 / 1000)
        merge(ws, f"A{r}:B{r}", "区分", fill=HEAD, size=9.5)
        hdrs = ["現年度分\n収納率（％）", "滞納繰越分\n収納率（％）", "合計\n収納率（％）", "収入未済額\n（千円）", "R6実績\n（千円）", "増減\n（千円）"]
        for j, h in enumerate(hdrs):
            f(ws, f"{get_column_letter(3 + j)}{r}", h, fill=HEAD, size=8.5)
        ws.row_dimensions[r].height = 30
        r += 1
        out24k = round(rows[2024]["out"] / 1000)
        merge(ws, f"A{r}:B{r}", "R7目標", fill=SUBF, size=9.5)
        vals = [f"{tc:.1f}", f"{ta:.1f}", f"{tt:.1f}", comma(out25), comma(out24k), tri(out25 - out24k, "▲")]
        for j, v in enumerate(vals):
            f(ws, f"{get_column_letter(3 + j)}{r}", v, size=9.5, al="right")
        ws.row_dimensions[r].height = 20
        for seg, v in (("current", tc), ("arrears", ta), ("total", tt)):
            G.fact(pg, canon, d["name"], 2025, "R7", seg, "collection_rate", "target", v, "percent", f"{v:.1f}")
        G.fact(pg, canon, d["name"], 2025, "R7", "total", "outstanding", "target", out25 * 1000, "yen", comma(out25))
        G.fact(pg, canon, d["name"], 2024, "R6", "total", "outstanding", "actual", out24k * 1000, "yen", comma(out24k))
        G.fact(pg, canon, d["name"], 2025, "R7", "total", "difference", "target", (out25 - out24k) * 1000, "yen",
               tri(out25 - out24k, "▲"))
        r += 2
        # 取組: several numbered items in one merged cell
        ws.merge_cells(f"A{r}:H{r}")
        f(ws, f"A{r}", "３　令和７年度の主な取組", size=11, al="left", border=False)
        r += 1
        body = "".join(f"{lab}{t}【{st}】" + ("\n" if k % 2 == 1 else "") for k, (lab, t, st) in enumerate(items[canon])).strip()
        merge(ws, f"A{r}:H{r + 2}", body, size=9.5, al="left", valign="top")
        for k in range(3):
            ws.row_dimensions[r + k].height = 17
        for lab, t, st in items[canon]:
            G.init(pg, canon, d["name"], 2025, "令和７年度の主な取組", lab, t, st)
        r += 4
        ws.merge_cells(f"A{r}:H{r + 1}")
        f(ws, f"A{r}", "４　課題　" + ISSUE[canon], size=9.5, al="left", valign="top", border=False)
        ws.row_dimensions[r].height = 20
        ws.row_dimensions[r + 1].height = 20

    src = WORK / f"{STEM}.xlsx"
    wb.save(src)
    pdf = soffice_pdf(src, WORK / "lo_out")
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    out = PDF_DIR / f"{STEM}.pdf"
    out.write_bytes(pdf.read_bytes())
    G.write(out)


ISSUE = {
    "町税": "高額滞納者の分納が長期化している事案について、財産調査をやり直し、滞納処分の可否を判断する。",
    "国民健康保険料": "所得の低い世帯の滞納が多く、納付相談と執行停止の判断を適正に行う必要がある。",
    "町営住宅使用料": "退去者の滞納分が未済額の過半を占めるため、回収の見込みを精査し、債権放棄も含めて整理する。",
    "学校給食費": "卒業後に滞納が残る事例があるため、在学中の早期の対応を徹底する。",
}

if __name__ == "__main__":
    build()
