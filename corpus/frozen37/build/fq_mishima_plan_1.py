"""fq_mishima_plan_1: 三島市債権管理推進計画（令和６年度～令和８年度）.

Tool chain: openpyxl (.xlsx with manual row/column breaks and print titles) -> LibreOffice
(soffice --headless --convert-to pdf).
Run from corpus/frozen37:  python3 build/fq_mishima_plan_1.py
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fq_common import Gold, PDF_DIR, WORK, check, comma, pct_rate, zen  # noqa: E402

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, ColBreak, RowBreak

STEM = "fq_mishima_plan_1"
CITY = "三島市"
TITLE = "三島市債権管理推進計画（令和６年度～令和８年度）"
YEARS = list(range(2017, 2023))     # H29 .. R4 決算
EST = 2023                          # R5 見込
TGT = [2024, 2025, 2026]            # R6 .. R8 目標
YLAB = {2017: "H29\n(2017年度)", 2018: "H30", 2019: "令和元年度", 2020: "令和二年度", 2021: "R3", 2022: "R4"}
YRAW = {2017: "H29(2017年度)", 2018: "H30", 2019: "令和元年度", 2020: "令和二年度", 2021: "R3", 2022: "R4"}

DEBTS = [
    dict(name="市税", short="市税", dept="納税課", cur=16480000, cr=98.40, ar=24.0, arr0=812000, wo=31000, grow=1.006),
    dict(name="国民健康保険税", short="国保税", dept="保険年金課", cur=2890000, cr=93.10, ar=19.5, arr0=905000, wo=42000,
         grow=0.985),
    dict(name="介護保険料", short="介護料", dept="介護保険課", cur=2410000, cr=98.80, ar=13.0, arr0=68000, wo=7200,
         grow=1.02),
    dict(name="後期高齢者医療保険料", short="後期高齢", dept="保険年金課", cur=1320000, cr=99.20, ar=28.0, arr0=14800,
         wo=1500, grow=1.03),
    dict(name="保育所保育料", short="保育料", dept="子ども保育課", cur=318000, cr=97.90, ar=18.0, arr0=34000, wo=2100,
         grow=0.96),
    dict(name="市営住宅使用料", short="住宅使用料", dept="住宅政策課", cur=142000, cr=95.80, ar=11.0, arr0=52000, wo=2400,
         grow=0.99),
]


def gen(d, seed):
    rnd = random.Random(seed)
    out = {}
    arr_a, cur_a = d["arr0"], d["cur"]
    for y in YEARS + [EST]:
        cr = d["cr"] + rnd.uniform(-0.2, 0.25) + (y - 2017) * 0.08
        ar = d["ar"] + rnd.uniform(-1.5, 1.5) + (y - 2017) * 0.45
        cc, ac = round(cur_a * cr / 100), round(arr_a * ar / 100)
        wo = round(d["wo"] * rnd.uniform(0.85, 1.2))
        o = cur_a + arr_a - cc - ac - wo
        out[y] = dict(cur_a=cur_a, arr_a=arr_a, cur_c=cc, arr_c=ac, wo=wo, out=o, a=cur_a + arr_a, c=cc + ac,
                      cur_r=pct_rate(cc, cur_a), arr_r=pct_rate(ac, arr_a), tot_r=pct_rate(cc + ac, cur_a + arr_a))
        arr_a, cur_a = o, round(cur_a * d["grow"] * rnd.uniform(0.995, 1.01))
    last = out[EST]
    for k, y in enumerate(TGT, 1):
        out[y] = dict(cur_r=round(last["cur_r"] + 0.06 * k, 2), arr_r=round(last["arr_r"] + 0.7 * k, 2),
                      out=int(round(last["out"] * (1 - 0.035 * k), -2)))
    return out


DATA = {d["name"]: gen(d, 51 + i) for i, d in enumerate(DEBTS)}

# small debts, amounts in 円 (table in 円 beside a table in 千円)
SMALL = [("行政財産使用料", 486300, 412000, 380000, 350000),
         ("放課後児童クラブ負担金", 1284500, 1150000, 1020000, 900000),
         ("奨学金貸付金", 8472600, 8100000, 7700000, 7300000),
         ("児童扶養手当返還金", 3916000, 3700000, 3500000, 3300000)]

INITS = {
    "市税": [("現年度分", [("①", "納期限後２０日以内の督促状の送付と、督促後１か月以内の電話催告を徹底する。", "継続"),
                         ("②", "地方税統一ＱＲコードを活用したスマートフォン決済の利用を周知する。", "拡充"),
                         ("③", "口座振替の申込みをインターネットで受け付ける。", "新規")]),
             ("滞納繰越分", [("①", "財産調査の結果、差押え可能な財産が判明した事案は速やかに差押えを執行する。", "継続"),
                          ("②", "静岡地方税滞納整理機構へ高額・困難事案を移管する。", "継続")])],
    "国民健康保険税": [("現年度分", [("①", "資格取得時に口座振替の申込みを一体的に受け付ける。", "継続"),
                               ("②", "短期被保険者証の交付時に納付相談を行い、分割納付の計画を立てる。", "継続")]),
                   ("滞納繰越分", [("①", "市税と同一の滞納者は納税課と共同して滞納処分を行う。", "拡充"),
                                ("②", "時効の到来が近い事案を抽出し、優先して催告する。", "新規")])],
    "介護保険料": [("現年度分", [("①", "普通徴収期間中の被保険者に、納付書と併せて口座振替の案内を送付する。", "継続")]),
               ("滞納繰越分", [("①", "給付制限の予告通知により、サービス利用前の納付相談につなげる。", "継続"),
                            ("②", "預貯金調査を電子照会により行い、調査期間を短縮する。", "新規")])],
    "市営住宅使用料": [("現年度分", [("①", "入居時に口座振替を原則とし、残高不足の入居者には翌月に連絡する。", "継続")]),
                   ("滞納繰越分", [("①", "滞納３か月以上の入居者及び連帯保証人と面談し、分納誓約を取り付ける。", "継続"),
                                ("②", "退去者の滞納分について、支払督促の申立てを行う。", "拡充")])],
}

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="D9E1F2")
TOT = PatternFill("solid", fgColor="EDEDED")
G = "IPAexGothic"
M = "IPAexMincho"


def put(ws, ref, val, font=M, size=9, bold=False, h="left", v="center", wrap=False, border=True, fill=None, rot=0):
    c = ws[ref]
    c.value = val
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap, text_rotation=rot)
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def merge(ws, rng, val, **kw):
    first = rng.split(":")[0]
    put(ws, first, val, **kw)
    if kw.get("border", True):
        from openpyxl.utils import range_boundaries
        c0, r0, c1, r1 = range_boundaries(rng)
        for r in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                ws.cell(r, cc).border = BOX
                if kw.get("fill"):
                    ws.cell(r, cc).fill = kw["fill"]
    ws.merge_cells(rng)


def setup(ws, landscape=False, title_rows=None, title_cols=None, fit_width=True):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    if title_rows:
        ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = M
    ws.oddFooter.center.size = 8


def build():
    g = Gold(STEM, "plan", "plan", CITY, TITLE, "2024-03-01", "令和６年３月")
    wb = Workbook()

    # ================= sheet 1 (page 1): 概要
    P = 1
    ws = wb.active
    ws.title = "概要"
    setup(ws)
    for col, w in zip("ABCDEFGH", (3, 22, 13, 13, 13, 13, 13, 3)):
        ws.column_dimensions[col].width = w
    merge(ws, "B1:G1", TITLE, font=G, size=15, h="center", border=False)
    ws.row_dimensions[1].height = 34
    merge(ws, "B2:G2", "令和６年３月　三島市", size=10, h="right", border=False)
    row = 4
    tot = {y: {k: sum(DATA[d["name"]][y][k] for d in DEBTS) for k in ("a", "c", "wo", "out", "cur_a", "cur_c")}
           for y in YEARS + [EST]}
    t4, t3 = tot[2022], tot[2021]
    man4 = round(t4["out"] / 10 / 100) * 100           # 万円, nearest 100万円
    man3 = round(t3["out"] / 10 / 100) * 100
    dman = man4 - man3
    assert dman < 0

    def oku(man):
        o, r = divmod(man, 10000)
        return f"約{o}億{r:,}万円" if r else f"約{o}億円"
    out4_txt = oku(man4)
    d_txt = f"約{-dman:,}万円"
    cur4 = pct_rate(t4["cur_c"], t4["cur_a"])
    cur3 = pct_rate(tot[2021]["cur_c"], tot[2021]["cur_a"])
    dcur = round(cur4 - cur3, 2)
    texts = [
        ("１　計画策定の趣旨", "本市では、平成３０年４月に三島市債権管理条例を施行し、債権の適正な管理に努めてきた。"
         "第１次計画（令和３年度～令和５年度）の期間が終了することから、これまでの取組の成果と課題を踏まえ、"
         "令和６年度から令和８年度までを期間とする第２次の計画を策定する。"),
        ("２　債権の状況", f"令和４（2022）年度決算における主要６債権の収入未済額は{out4_txt}で、前年度から{d_txt}減少した。"
         f"また、現年度分の収納率は{cur4:.2f}％となり、前年度比{abs(dcur):.2f}ポイント{'上昇' if dcur >= 0 else '低下'}した。"
         "収入未済額は平成２９年度以降減少を続けているが、国民健康保険税の滞納繰越分が依然として大きな割合を占めている。"),
        ("３　計画の目標", "計画期間の最終年度である令和８年度において、主要６債権の現年度分収納率を令和５年度見込から引き上げ、"
         "収入未済額を令和５年度見込から１割程度縮減することを目標とする。債権ごとの目標は、表２及び推進シートに示す。"),
    ]
    for head, body in texts:
        merge(ws, f"B{row}:G{row}", head, font=G, size=11, border=False)
        ws.row_dimensions[row].height = 20
        row += 1
        merge(ws, f"B{row}:G{row}", "　" + body, size=10, wrap=True, v="top", border=False)
        ws.row_dimensions[row].height = 50
        row += 2
    kw0 = dict(debt=None, debt_raw="主要６債権")
    g.fact(page=P, **kw0, fy=2022, fy_raw="令和４（2022）年度", segment="total", metric="outstanding", basis="actual",
           value=man4 * 10000, unit="yen", raw=out4_txt, approx=True)
    g.fact(page=P, **kw0, fy=2022, fy_raw="前年度", segment="total", metric="difference", basis="actual",
           value=dman * 10000, unit="yen", raw=d_txt, approx=True)
    g.fact(page=P, **kw0, fy=2022, fy_raw="令和４（2022）年度", segment="current", metric="collection_rate", basis="actual",
           value=cur4, unit="percent", raw=f"{cur4:.2f}％")
    g.fact(page=P, **kw0, fy=2022, fy_raw="前年度比", segment="current", metric="difference", basis="actual",
           value=dcur, unit="points", raw=f"{abs(dcur):.2f}ポイント")
    # small table in 百万円 with one decimal (same amount as the prose's 億円)
    merge(ws, f"B{row}:G{row}", "主要６債権の決算額（令和４年度）　　　　　　　　　　　　（単位：百万円、％）", font=G, size=10,
          border=False)
    row += 1
    for col, h in zip("BCDEFG", ("債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率")):
        put(ws, f"{col}{row}", h, font=G, h="center", fill=HEAD)
    row += 1
    for d in DEBTS + [None]:
        v = DATA[d["name"]][2022] if d else dict(a=t4["a"], c=t4["c"], wo=t4["wo"], out=t4["out"],
                                                  tot_r=pct_rate(t4["c"], t4["a"]))
        lab = d["name"] if d else "計"
        put(ws, f"B{row}", lab, fill=TOT if not d else None)
        kw = dict(debt=d["name"] if d else None, debt_raw=lab)
        for col, key, met in (("C", "a", "assessed"), ("D", "c", "collected"), ("E", "wo", "written_off"),
                              ("F", "out", "outstanding")):
            m = round(v[key] / 100) / 10
            s = f"{m:,.1f}"
            put(ws, f"{col}{row}", s, h="right", fill=TOT if not d else None)
            g.fact(page=P, **kw, fy=2022, fy_raw="令和４年度", segment="total", metric=met, basis="actual",
                   value=round(m * 10) * 100000, unit="yen", raw=s)
        put(ws, f"G{row}", f"{v['tot_r']:.2f}", h="right", fill=TOT if not d else None)
        g.fact(page=P, **kw, fy=2022, fy_raw="令和４年度", segment="total", metric="collection_rate", basis="actual",
               value=v["tot_r"], unit="percent", raw=f"{v['tot_r']:.2f}")
        ws.row_dimensions[row].height = 17
        row += 1
    merge(ws, f"B{row}:G{row}", "※ 主要６債権：市税、国民健康保険税、介護保険料、後期高齢者医療保険料、保育所保育料、市営住宅使用料",
          size=8, border=False)

    # ================= sheet 2 (pages 2-3): 推移, wide table split by columns
    ws = wb.create_sheet("推移")
    setup(ws, title_rows="3:4", title_cols="A:B", fit_width=False)
    ws.page_setup.scale = 100
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 10
    for col in "CDEFGHI":
        ws.column_dimensions[col].width = 11.5
    put(ws, "A1", "表１　決算額の推移", font=G, size=11, border=False)
    put(ws, "A2", "（単位：千円、％）", size=8.5, border=False)
    ws.row_dimensions[1].height = 24
    merge(ws, "A3:A4", "債権名", font=G, h="center", fill=HEAD)
    merge(ws, "B3:B4", "区分", font=G, h="center", fill=HEAD)
    cols = "CDEFGH"
    for col, y in zip(cols, YEARS):
        put(ws, f"{col}3", YLAB[y], font=G, h="center", wrap=True, fill=HEAD, size=8.5)
        put(ws, f"{col}4", "決算", font=G, h="center", fill=HEAD, size=8.5)
    merge(ws, "I3:I4", "差引\n(R4－H29)", font=G, h="center", wrap=True, fill=HEAD, size=8.5)
    ws.row_dimensions[3].height = 28
    ws.row_dimensions[4].height = 15
    r = 5
    metrics = [("調定額", "a", "assessed"), ("収入済額", "c", "collected"), ("収入未済額", "out", "outstanding"),
               ("収納率", "tot_r", "collection_rate")]
    page2_cols = {"C", "D", "E"}
    entries = [(d["short"], d["name"], DATA[d["name"]]) for d in DEBTS]
    tot_series = {}
    for y in YEARS:
        t = tot[y]
        tot_series[y] = dict(a=t["a"], c=t["c"], out=t["out"], tot_r=pct_rate(t["c"], t["a"]))
    entries.append(("合計", None, tot_series))
    for short, cn, D in entries:
        merge(ws, f"A{r}:A{r + 3}", short, font=G if cn is None else M, h="center", fill=TOT if cn is None else None)
        for k, (lab, key, met) in enumerate(metrics):
            rr = r + k
            put(ws, f"B{rr}", lab, fill=TOT if cn is None else None)
            for col, y in zip(cols, YEARS):
                v = D[y][key]
                P = 2 if col in page2_cols else 3
                kw = dict(debt=cn, debt_raw=short)
                if met == "collection_rate":
                    s = f"{v:.2f}"
                    g.fact(page=P, **kw, fy=y, fy_raw=YRAW[y], segment="total", metric=met, basis="actual", value=v,
                           unit="percent", raw=s)
                else:
                    s = comma(v)
                    g.fact(page=P, **kw, fy=y, fy_raw=YRAW[y], segment="total", metric=met, basis="actual",
                           value=v * 1000, unit="yen", raw=s)
                put(ws, f"{col}{rr}", s, h="right", fill=TOT if cn is None else None)
            dv = D[2022][key] - D[2017][key]
            if met == "collection_rate":
                dv = round(dv, 2)
                s = f"△{-dv:.2f}" if dv < 0 else f"{dv:.2f}"
                g.fact(page=3, debt=cn, debt_raw=short, fy=2022, fy_raw="R4－H29", segment="total", metric="difference",
                       basis="actual", value=dv, unit="points", raw=s)
            else:
                s = f"△{comma(-dv)}" if dv < 0 else comma(dv)
                g.fact(page=3, debt=cn, debt_raw=short, fy=2022, fy_raw="R4－H29", segment="total", metric="difference",
                       basis="actual", value=dv * 1000, unit="yen", raw=s)
            put(ws, f"I{rr}", s, h="right", fill=TOT if cn is None else None)
            ws.row_dimensions[rr].height = 16.5
        r += 4
    notes2 = ["※ 略称　国保税：国民健康保険税", "　介護料：介護保険料", "　後期高齢：後期高齢者医療保険料",
              "　保育料：保育所保育料、住宅使用料：市営住宅使用料", "※ 調定額・収入済額は現年度分と滞納繰越分の合計"]
    for k, t in enumerate(notes2):
        put(ws, f"C{r + 1 + k}", t, size=8, border=False)
    put(ws, f"F{r + 1}", "※ 差引（R4－H29）の△は減少を示す。", size=8, border=False)
    ws.col_breaks.append(Break(id=5))     # break after column E: C-E on page 2, F-I on page 3

    # ================= sheet 3 (pages 4-5): 目標, table continued on the next page with its header repeated
    ws = wb.create_sheet("目標")
    setup(ws, title_rows="3:4")
    for col, w in zip("ABCDEFGH", (20, 12, 14, 14, 14, 14, 14, 3)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "表２　債権ごとの目標収納率（単位：％）", font=G, size=12, border=False)
    ws.row_dimensions[1].height = 24
    merge(ws, "A3:A4", "債権名", font=G, h="center", fill=HEAD)
    merge(ws, "B3:B4", "区分", font=G, h="center", fill=HEAD)
    put(ws, "C3", "実績", font=G, h="center", fill=HEAD)
    put(ws, "D3", "見込", font=G, h="center", fill=HEAD)
    merge(ws, "E3:G3", "目標", font=G, h="center", fill=HEAD)
    for col, lab in zip("CDEFG", ("令和４年度", "令和５年度", "令和６年度", "令和７年度", "令和８年度")):
        put(ws, f"{col}4", lab, font=G, h="center", fill=HEAD)
    r = 5
    ycols = list(zip("CDEFG", (2022, 2023, 2024, 2025, 2026), ("actual", "estimate", "target", "target", "target"),
                     ("令和４年度", "令和５年度", "令和６年度", "令和７年度", "令和８年度")))
    split_after = 3
    for i, d in enumerate(DEBTS):
        P = 4 if i < split_after else 5
        D = DATA[d["name"]]
        merge(ws, f"A{r}:A{r + 1}", d["name"], h="center", wrap=True)
        for k, (lab, key, seg) in enumerate((("現年度分", "cur_r", "current"), ("滞納繰越分", "arr_r", "arrears"))):
            put(ws, f"B{r + k}", lab, h="center")
            for col, y, basis, yr in ycols:
                v = D[y][key]
                s = f"{v:.2f}"
                if d["name"] == "国民健康保険税" and key == "arr_r" and y == 2023:
                    s = f"{v:.2f}※"
                put(ws, f"{col}{r + k}", s, h="right")
                g.fact(page=P, debt=d["name"], debt_raw=d["name"], fy=y, fy_raw=yr, segment=seg,
                       metric="collection_rate", basis=basis, value=v, unit="percent", raw=f"{v:.2f}")
            ws.row_dimensions[r + k].height = 30
        r += 2
        if i == split_after - 1:
            ws.row_breaks.append(Break(id=r - 1))
            brk = r - 1
    del brk
    put(ws, f"A{r}", "※ 国民健康保険税の滞納繰越分の令和５年度見込は、令和６年１月末の実績を基に推計したもの。", size=8, border=False)
    r += 2
    # 表３ in 千円 and 表４ in 円 on the same page (units in each column header)
    put(ws, f"A{r}", "表３　収入未済額の目標", font=G, size=11, border=False)
    put(ws, f"E{r}", "表４　少額債権の収入未済額の目標", font=G, size=11, border=False)
    r += 1
    for col, h in zip("ABCD", ("債権名", "令和６年度\n（千円）", "令和７年度\n（千円）", "令和８年度\n（千円）")):
        put(ws, f"{col}{r}", h, font=G, h="center", wrap=True, fill=HEAD)
    for col, h in zip("EFG", ("債権名", "令和５年度見込（円）", "令和８年度目標（円）")):
        put(ws, f"{col}{r}", h, font=G, h="center", wrap=True, fill=HEAD, size=8)
    ws.row_dimensions[r].height = 30
    r += 1
    r0 = r
    for i, d in enumerate(DEBTS):
        D = DATA[d["name"]]
        put(ws, f"A{r}", d["short"])
        for col, y in zip("BCD", TGT):
            put(ws, f"{col}{r}", comma(D[y]["out"]), h="right")
            g.fact(page=5, debt=d["name"], debt_raw=d["short"], fy=y, fy_raw=f"令和{y - 2018}年度", segment="total",
                   metric="outstanding", basis="target", value=D[y]["out"] * 1000, unit="yen", raw=comma(D[y]["out"]))
        ws.row_dimensions[r].height = 18
        r += 1
    for i, (nm, est, t6, t7, t8) in enumerate(SMALL):
        rr = r0 + i
        put(ws, f"E{rr}", nm, size=8, wrap=True)
        put(ws, f"F{rr}", comma(est), h="right")
        put(ws, f"G{rr}", comma(t8), h="right")
        g.fact(page=5, debt=nm, debt_raw=nm, fy=2023, fy_raw="令和５年度見込", segment="total", metric="outstanding",
               basis="estimate", value=est, unit="yen", raw=comma(est))
        g.fact(page=5, debt=nm, debt_raw=nm, fy=2026, fy_raw="令和８年度目標", segment="total", metric="outstanding",
               basis="target", value=t8, unit="yen", raw=comma(t8))
    r += 1
    merge(ws, f"A{r}:G{r}", "※ 略称は表１に同じ。少額債権は、令和５年度見込の収入未済額が１千万円未満の債権のうち、"
                             "滞納繰越分が生じているものを掲げた。", size=8, wrap=True, border=False)
    ws.row_dimensions[r].height = 24

    # ================= sheet 4 (pages 6-7): 推進シート
    ws = wb.create_sheet("推進シート")
    setup(ws)
    for col, w in zip("ABCDEFGH", (5, 14, 14, 14, 14, 14, 14, 2)):
        ws.column_dimensions[col].width = w
    r = 1
    for i, (name, parts) in enumerate(INITS.items()):
        P = 6 + i // 2
        d = next(x for x in DEBTS if x["name"] == name)
        D = DATA[name]
        kw = dict(debt=name, debt_raw=name)
        merge(ws, f"A{r}:G{r}", f"推進シート（{i + 1}）", font=G, size=12, border=False)
        ws.row_dimensions[r].height = 22
        r += 1
        merge(ws, f"A{r}:D{r}", f"債権名　{name}", font=G, size=10.5, fill=HEAD)
        merge(ws, f"E{r}:G{r}", f"所管課　{d['dept']}", font=G, size=10.5, fill=HEAD)
        ws.row_dimensions[r].height = 20
        r += 1
        # 現状 block: vertical label, years as columns
        merge(ws, f"A{r}:A{r + 3}", "現状", font=G, h="center", rot=255, fill=HEAD)
        put(ws, f"B{r}", "区分", font=G, h="center", fill=HEAD)
        for col, y in zip("CDE", (2020, 2021, 2022)):
            put(ws, f"{col}{r}", f"R{y - 2018}決算", font=G, h="center", fill=HEAD)
        put(ws, f"F{r}", "R5見込（R4実績）", font=G, h="center", fill=HEAD, size=8)
        put(ws, f"G{r}", "不納欠損額（千円）", font=G, h="center", fill=HEAD, size=8)
        ws.row_dimensions[r].height = 18
        for k, (lab, key, seg) in enumerate((("現年度分収納率", "cur_r", "current"), ("滞納繰越分収納率", "arr_r", "arrears"),
                                             ("収入未済額（千円）", "out", "total"))):
            rr = r + 1 + k
            put(ws, f"B{rr}", lab, size=8)
            for col, y in zip("CDE", (2020, 2021, 2022)):
                v = D[y][key]
                if key == "out":
                    s = comma(v)
                    g.fact(page=P, **kw, fy=y, fy_raw=f"R{y - 2018}決算", segment=seg, metric="outstanding",
                           basis="actual", value=v * 1000, unit="yen", raw=s)
                else:
                    s = f"{v:.2f}"
                    g.fact(page=P, **kw, fy=y, fy_raw=f"R{y - 2018}決算", segment=seg, metric="collection_rate",
                           basis="actual", value=v, unit="percent", raw=s)
                put(ws, f"{col}{rr}", s, h="right")
            ve, vp = D[2023][key], D[2022][key]
            if key == "out":
                se, sp = comma(ve), comma(vp)
                g.fact(page=P, **kw, fy=2023, fy_raw="R5見込", segment=seg, metric="outstanding", basis="estimate",
                       value=ve * 1000, unit="yen", raw=se)
                g.fact(page=P, **kw, fy=2022, fy_raw="R4実績", segment=seg, metric="outstanding", basis="actual",
                       value=vp * 1000, unit="yen", raw=sp)
            else:
                se, sp = f"{ve:.2f}", f"{vp:.2f}"
                g.fact(page=P, **kw, fy=2023, fy_raw="R5見込", segment=seg, metric="collection_rate", basis="estimate",
                       value=ve, unit="percent", raw=se)
                g.fact(page=P, **kw, fy=2022, fy_raw="R4実績", segment=seg, metric="collection_rate", basis="actual",
                       value=vp, unit="percent", raw=sp)
            put(ws, f"F{rr}", f"{se}（{sp}）", h="right")
            if k == 0:
                merge(ws, f"G{rr}:G{rr + 2}", f"R4\n{comma(D[2022]['wo'])}", h="center", wrap=True)
                g.fact(page=P, **kw, fy=2022, fy_raw="R4", segment="total", metric="written_off", basis="actual",
                       value=D[2022]["wo"] * 1000, unit="yen", raw=comma(D[2022]["wo"]))
            ws.row_dimensions[rr].height = 17
        r += 4
        # 目標 block
        merge(ws, f"A{r}:A{r + 3}", "目標", font=G, h="center", rot=255, fill=HEAD)
        put(ws, f"B{r}", "区分", font=G, h="center", fill=HEAD)
        for col, y in zip("CDE", TGT):
            put(ws, f"{col}{r}", f"令和{y - 2018}年度", font=G, h="center", fill=HEAD)
        merge(ws, f"F{r}:G{r}", "備考", font=G, h="center", fill=HEAD)
        ws.row_dimensions[r].height = 18
        for k, (lab, key, seg) in enumerate((("現年度分収納率", "cur_r", "current"), ("滞納繰越分収納率", "arr_r", "arrears"),
                                             ("収入未済額（千円）", "out", "total"))):
            rr = r + 1 + k
            put(ws, f"B{rr}", lab, size=8)
            for col, y in zip("CDE", TGT):
                v = D[y][key]
                if key == "out":
                    s = comma(v)
                    g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment=seg, metric="outstanding",
                           basis="target", value=v * 1000, unit="yen", raw=s)
                else:
                    s = f"{v:.2f}"
                    g.fact(page=P, **kw, fy=y, fy_raw=f"令和{y - 2018}年度", segment=seg, metric="collection_rate",
                           basis="target", value=v, unit="percent", raw=s)
                put(ws, f"{col}{rr}", s, h="right")
            ws.row_dimensions[rr].height = 17
        arr_out = D[2022]["arr_a"] - D[2022]["arr_c"] - D[2022]["wo"]
        merge(ws, f"F{r + 1}:G{r + 3}", f"R4決算の収入未済額のうち\n滞納繰越分 {comma(arr_out)}千円", size=8, wrap=True, v="top")
        g.fact(page=P, **kw, fy=2022, fy_raw="R4決算", segment="arrears", metric="outstanding", basis="actual",
               value=arr_out * 1000, unit="yen", raw=f"{comma(arr_out)}千円")
        r += 4
        # 対策 block: items numbered several per cell, no 取組 header
        nparts = len(parts)
        merge(ws, f"A{r}:A{r + nparts}", "対策", font=G, h="center", rot=255, fill=HEAD)
        put(ws, f"B{r}", "区分", font=G, h="center", fill=HEAD)
        merge(ws, f"C{r}:G{r}", "内容", font=G, h="center", fill=HEAD)
        ws.row_dimensions[r].height = 17
        for k, (seglab, items) in enumerate(parts):
            rr = r + 1 + k
            put(ws, f"B{rr}", seglab, h="center", size=8.5)
            lines = []
            for lab, txt, st in items:
                lines.append(f"{lab}{txt}【{st}】")
                g.init(page=P, debt=name, debt_raw=name, fy=2024, section=f"推進シート（{name}）{seglab}", label=lab,
                       text=txt, status=st)
            merge(ws, f"C{rr}:G{rr}", "\n".join(lines), size=9, wrap=True, v="center")
            ws.row_dimensions[rr].height = 8 + 15 * len(items)
        r += nparts + 1
        if i % 2 == 0:
            r += 1
        else:
            ws.row_breaks.append(Break(id=r - 1))

    xlsx = WORK / f"{STEM}.xlsx"
    wb.save(xlsx)
    outdir = WORK / "out_mishima"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(xlsx)],
                   check=True, capture_output=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(outdir / f"{STEM}.pdf", pdf)
    g.write(pdf)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
