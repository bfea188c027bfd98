"""行田市 債権管理対策会議 資料 (取組個票) : openpyxl -> LibreOffice."""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from qs_common import ROOT, WORK, Gold, c, check, rate, soffice, zen

STEM = "qs_gyoda_committee_1"
G = Gold(STEM, "committee_material", "kobetsu", "行田市", "令和７年度 第２回行田市債権管理対策会議 資料",
         "2025-11-20", "令和7年11月20日")

FONT = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SUB = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()


def put(ws, ref, v, bold=False, size=10, fill=None, box=True, h="center", wrap=True, v_="center"):
    cell = ws[ref]
    cell.value = v
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if fill:
        cell.fill = fill
    if box:
        cell.border = BOX
    return cell


def merge(ws, rng, v, **kw):
    first = rng.split(":")[0]
    for row in ws[rng]:
        for cc in row:
            if kw.get("box", True):
                cc.border = BOX
            if kw.get("fill"):
                cc.fill = kw["fill"]
    ws.merge_cells(rng)
    return put(ws, first, v, **kw)


def setup(ws, landscape=False, area=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if area:
        ws.print_area = area
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.font = FONT


# ---------------------------------------------------------------- data (千円)
# debt, short, section, cur assessed, cur rate target, arrears assessed, arrears rate, written off, prev total rate
DEBTS = [
    ("市税", "市税", "一般", 10482316, 0.9921, 512804, 0.3012, 38411),
    ("保育所保育料", "保育料", "一般", 214583, 0.9862, 18402, 0.2466, 1207),
    ("市営住宅使用料", "住宅使用料", "一般", 96418, 0.9747, 21305, 0.1688, 2814),
    ("国民健康保険税", "国保税", "特別", 2238410, 0.9415, 802317, 0.2274, 61820),
    ("介護保険料", "介護料", "特別", 1724906, 0.9902, 41288, 0.2035, 9322),
    ("後期高齢者医療保険料", "後期高齢", "特別", 952714, 0.9958, 8911, 0.4873, 1208),
]
PREV_RATE = {"市税": 96.9, "保育所保育料": 95.4, "市営住宅使用料": 80.6, "国民健康保険税": 71.2,
             "介護保険料": 97.2, "後期高齢者医療保険料": 99.3}
rows = {}
for name, short, sec, ac, rc, aa, ra, w in DEBTS:
    cc_ = round(ac * rc)
    ca = round(aa * ra)
    rows[name] = dict(short=short, sec=sec, ac=ac, cc=cc_, aa=aa, ca=ca, w=w)


def comp(d):
    d = dict(d)
    d["at"] = d["ac"] + d["aa"]
    d["ct"] = d["cc"] + d["ca"]
    d["o"] = d["at"] - d["ct"] - d["w"]
    d["oa"] = d["aa"] - d["ca"] - d["w"]  # arrears part of 未済 (written-off taken from arrears)
    d["oc"] = d["ac"] - d["cc"]
    d["rc"] = rate(d["cc"], d["ac"])
    d["ra"] = rate(d["ca"], d["aa"])
    d["rt"] = rate(d["ct"], d["at"])
    return d


for k in rows:
    rows[k] = comp(rows[k])


def total(names):
    d = {k: sum(rows[n][k] for n in names) for k in ("ac", "cc", "aa", "ca", "w")}
    return comp(d)


HIST = {  # total 調定, 収入済, 欠損 by year (千円) R3..R6 ; R6 equals summary
    "国民健康保険税": [(3301522, 2336410, 82112), (3188406, 2265020, 74519), (3102288, 2208740, 70031)],
    "介護保険料": [(1698120, 1672004, 11420), (1712455, 1689301, 10881), (1744810, 1722650, 10114)],
    "市営住宅使用料": [(120554, 96610, 3120), (119302, 95880, 2990), (118846, 95902, 3402)],
}

for _n, _h in HIST.items():
    PREV_RATE[_n] = rate(_h[2][1], _h[2][0])
GEN = [n for n in rows if rows[n]["sec"] == "一般"]
SPE = [n for n in rows if rows[n]["sec"] == "特別"]
sub_g, sub_s, tot = total(GEN), total(SPE), total(list(rows))
PREV_TOTAL = 92.1

# ---------------------------------------------------------------- page 1: cover + 目次 + 参考
ws = wb.active
ws.title = "表紙"
for col, wdt in zip("ABCDEF", (4, 18, 18, 18, 18, 6)):
    ws.column_dimensions[col].width = wdt
merge(ws, "B3:E3", "令和７年度　第２回", size=14, box=False)
merge(ws, "B4:E4", "行田市債権管理対策会議　資料", size=20, bold=True, box=False)
ws.row_dimensions[4].height = 36
merge(ws, "B6:E6", "令和7年11月20日（木）", size=12, box=False)
merge(ws, "B7:E7", "行田市 総務部 収税課", size=12, box=False)
merge(ws, "B10:E10", "目　　次", size=13, bold=True, box=False)
toc = [("１　市全体の債権の状況（令和6年度決算）", "2"), ("２　取組個票　No.1　国民健康保険税", "3"),
       ("３　取組個票　No.2　介護保険料", "4"), ("４　取組個票　No.3　市営住宅使用料", "5")]
for i, (t, pg) in enumerate(toc):
    r = 11 + i
    merge(ws, f"B{r}:D{r}", t, h="left", box=False, size=11)
    put(ws, f"E{r}", "………… " + pg, box=False, h="right", size=11)
p = 1
ref_lines = ["【参考】市全体の状況（R6決算）",
             "・収納率（全体）：" + G.f(p, None, None, 2024, "R6", "total", "collection_rate", "actual",
                                    tot["rt"], "percent", f"{tot['rt']:.1f}％"),
             "・収入未済額：" + G.f(p, None, None, 2024, "R6", "total", "outstanding", "actual",
                                 tot["o"] * 1000, "yen", f"{c(tot['o'])}千円"),
             "・不納欠損額：" + G.f(p, None, None, 2024, "R6", "total", "written_off", "actual",
                                 tot["w"] * 1000, "yen", f"{c(tot['w'])}千円"),
             "・前年度比：" + G.f(p, None, None, 2024, "R6", "total", "difference", "actual",
                                round(tot["rt"] - PREV_TOTAL, 1), "points",
                                f"＋{tot['rt'] - PREV_TOTAL:.1f}ポイント")]
merge(ws, "B17:E21", "\n".join(ref_lines), h="left", v_="top", size=11)
for r in range(17, 22):
    ws.row_dimensions[r].height = 22
setup(ws, area="A1:F24")

# ---------------------------------------------------------------- page 2: landscape summary
p = 2
ws = wb.create_sheet("一覧")
widths = [16] + [12, 12, 8] * 2 + [12, 12, 10, 11, 8, 9, 26]
for i, wdt in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = wdt
merge(ws, "A1:N1", "１　市全体の債権の状況（令和６年度決算）", bold=True, size=13, box=False, h="left")
put(ws, "N2", "（単位：千円、％）", box=False, h="right")
merge(ws, "A3:A4", "債権名", fill=HEAD, bold=True)
merge(ws, "B3:D3", "現年度分", fill=HEAD, bold=True)
merge(ws, "E3:G3", "滞納繰越分", fill=HEAD, bold=True)
merge(ws, "H3:L3", "計", fill=HEAD, bold=True)
merge(ws, "M3:M4", "前年度比", fill=HEAD, bold=True)
merge(ws, "N3:N4", "備考", fill=HEAD, bold=True)
for col, t in zip("BCDEFGHIJKL", ["調定額", "収入済額", "収納率"] * 2 + ["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
    put(ws, f"{col}4", t, fill=HEAD, bold=True)
r = 5
FY, FYR = 2024, "令和６年度"


def summary_row(r, label, d, debt, raw_label, prev, note=None, fill=None):
    put(ws, f"A{r}", label, h="left", fill=fill)
    vals = [("B", "current", "assessed", d["ac"]), ("C", "current", "collected", d["cc"]),
            ("D", "current", "collection_rate", d["rc"]),
            ("E", "arrears", "assessed", d["aa"]), ("F", "arrears", "collected", d["ca"]),
            ("G", "arrears", "collection_rate", d["ra"]),
            ("H", "total", "assessed", d["at"]), ("I", "total", "collected", d["ct"]),
            ("J", "total", "written_off", d["w"]), ("K", "total", "outstanding", d["o"]),
            ("L", "total", "collection_rate", d["rt"])]
    for col, seg, met, v in vals:
        if met == "collection_rate":
            txt = f"{v:.1f}"
            G.f(p, debt, raw_label, FY, FYR, seg, met, "actual", v, "percent", txt)
        else:
            txt = c(v)
            G.f(p, debt, raw_label, FY, FYR, seg, met, "actual", v * 1000, "yen", txt)
        put(ws, f"{col}{r}", txt, h="right", fill=fill)
    dif = round(d["rt"] - prev, 1)
    txt = ("△" if dif < 0 else "") + f"{abs(dif):.1f}"
    G.f(p, debt, raw_label, FY, FYR, "total", "difference", "actual", dif, "points", txt)
    put(ws, f"M{r}", txt, h="right", fill=fill)
    put(ws, f"N{r}", note or "", h="left", fill=fill, size=9)


put(ws, f"A{r}", "【一般会計】", h="left", bold=True, fill=SUB)
for col in "BCDEFGHIJKLMN":
    put(ws, f"{col}{r}", "", fill=SUB)
r += 1
notes = {}
for n in GEN:
    d = rows[n]
    note = None
    if n == "市税":
        note = "うち滞納繰越分の未済 " + G.f(p, n, d["short"], FY, FYR, "arrears", "outstanding", "actual",
                                          d["oa"] * 1000, "yen", f"{c(d['oa'])}千円")
    summary_row(r, d["short"], d, n, d["short"], PREV_RATE[n], note)
    r += 1
summary_row(r, "小計", sub_g, None, "小計", 96.2, fill=SUB)
r += 1
put(ws, f"A{r}", "【特別会計】", h="left", bold=True, fill=SUB)
for col in "BCDEFGHIJKLMN":
    put(ws, f"{col}{r}", "", fill=SUB)
r += 1
for n in SPE:
    d = rows[n]
    note = None
    if n == "国民健康保険税":
        note = "うち滞納繰越分の未済 " + G.f(p, n, d["short"], FY, FYR, "arrears", "outstanding", "actual",
                                          d["oa"] * 1000, "yen", f"{c(d['oa'])}千円")
    summary_row(r, d["short"], d, n, d["short"], PREV_RATE[n], note)
    r += 1
summary_row(r, "小計", sub_s, None, "小計", 87.9, fill=SUB)
r += 1
summary_row(r, "合計", tot, None, "合計", PREV_TOTAL, fill=HEAD)
r += 1
notes = ["※ 債権名の略称　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、",
         "　 保育料：保育所保育料、住宅使用料：市営住宅使用料",
         "※ 前年度比は計欄の収納率について令和５年度決算との差（ポイント）を示す。",
         "※ 不納欠損額はすべて滞納繰越分から生じたものである。"]
for t in notes:
    r += 1
    merge(ws, f"A{r}:N{r}", t, box=False, h="left", size=9)
for rr in range(3, r + 1):
    ws.row_dimensions[rr].height = 21
ws.row_dimensions[1].height = 26
setup(ws, landscape=True, area=f"A1:N{r}")

SHEETS = [
    ("国民健康保険税", "保険年金課", "強制徴収公債権", "国民健康保険税", 94.6, 23.0, 94.8, 24.0, 1318, "人",
     [("滞納繰越分について、財産調査を早期に実施し、資力のある滞納者には差押えを行う。", "継続", "◎"),
      ("口座振替の新規加入を窓口と郵送の両面で勧奨する。", "継続", "○"),
      ("納付書にスマートフォン決済用のコードを付し、夜間・休日の納付機会を広げる。", "新規", "△"),
      ("高額滞納者について、収税課との共同催告を年２回に増やす。", "拡充", "○")]),
    ("介護保険料", "高齢者福祉課", "強制徴収公債権", "介護保険料", 99.0, 21.0, 99.1, 22.0, 602, "人",
     [("普通徴収の未納者に対し、納期限後２０日以内に督促状を送付する。", "継続", "◎"),
      ("給付制限の対象となる可能性がある滞納者へ、制度説明を添えた個別通知を行う。", "継続", "○"),
      ("地域包括支援センターと連携し、生活困窮者を福祉部門の相談につなぐ。", "新規", "○")]),
    ("市営住宅使用料", "建築課", "私債権", "市営住宅使用料", 97.8, 18.0, 97.9, 19.0, 74, "世帯",
     [("滞納３か月以上の入居者と連帯保証人に対し、面談による納付指導を行う。", "継続", "◎"),
      ("退去済み滞納者の債権について、支払督促の申立てを検討する。", "継続", "△"),
      ("徴収不能と判断した債権は、債権管理条例に基づく放棄を進める。", "新規", "○")]),
]
for no, (debt, ka, kubun, raw_name, tgt_c, tgt_a, t7c, t7a, dn, dunit, items) in enumerate(SHEETS, 1):
    p = 2 + no
    ws = wb.create_sheet(f"個票{no}")
    for col, wdt in zip("ABCDEFG", (22, 14, 14, 14, 14, 14, 12)):
        ws.column_dimensions[col].width = wdt
    merge(ws, "A1:G1", f"取組個票　No.{zen(no)}　（令和７年度）", bold=True, size=14, box=False, h="left")
    put(ws, "A3", "債権名", fill=HEAD, bold=True)
    merge(ws, "B3:C3", raw_name, h="left")
    put(ws, "D3", "所管課", fill=HEAD, bold=True)
    put(ws, "E3", ka)
    put(ws, "F3", "債権区分", fill=HEAD, bold=True)
    put(ws, "G3", kubun, size=8)
    merge(ws, "A5:E5", "１　収納状況の推移（決算）", bold=True, box=False, h="left")
    put(ws, "G5", "単位：千円", box=False, h="right", size=9)
    hist = HIST[debt] + [(rows[debt]["at"], rows[debt]["ct"], rows[debt]["w"])]
    years = [(2021, "令和3年度"), (2022, "令和4年度"), (2023, "令和5年度"), (2024, "令和6年度")]
    put(ws, "A6", "区分", fill=HEAD, bold=True)
    for col, (fy, fyr) in zip("BCDE", years):
        put(ws, f"{col}6", fyr, fill=HEAD, bold=True)
    put(ws, "F6", "前年度比", fill=HEAD, bold=True)
    put(ws, "G6", "", fill=HEAD)
    labels = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
              ("収入未済額", "outstanding"), ("収納率（％）", "collection_rate")]
    derived = []
    for a, co, w in hist:
        derived.append({"assessed": a, "collected": co, "written_off": w, "outstanding": a - co - w,
                        "collection_rate": rate(co, a)})
    for i, (lab, met) in enumerate(labels):
        rr = 7 + i
        put(ws, f"A{rr}", lab, h="left", fill=SUB if i % 2 else None)
        for col, (fy, fyr), dv in zip("BCDE", years, derived):
            v = dv[met]
            if met == "collection_rate":
                txt = f"{v:.1f}"
                G.f(p, debt, raw_name, fy, fyr, "total", met, "actual", v, "percent", txt)
            else:
                txt = c(v)
                G.f(p, debt, raw_name, fy, fyr, "total", met, "actual", v * 1000, "yen", txt)
            put(ws, f"{col}{rr}", txt, h="right", fill=SUB if i % 2 else None)
        dv = derived[3][met] - derived[2][met]
        if met == "collection_rate":
            dv = round(derived[3][met] - derived[2][met], 1)
            txt = ("△" if dv < 0 else "＋") + f"{abs(dv):.1f}pt"
            G.f(p, debt, raw_name, 2024, "令和6年度", "total", "difference", "actual", dv, "points", txt)
        else:
            txt = c(dv) if dv < 0 else "＋" + c(dv)
            G.f(p, debt, raw_name, 2024, "令和6年度", "total", "difference", "actual", dv * 1000, "yen", txt)
        put(ws, f"F{rr}", txt, h="right", fill=SUB if i % 2 else None)
        put(ws, f"G{rr}", "", fill=SUB if i % 2 else None)
    oc = rows[debt]["oc"]
    merge(ws, "A13:G13", "※1 令和6年度収入未済額のうち現年度分 " +
          G.f(p, debt, raw_name, 2024, "令和6年度", "current", "outstanding", "actual", oc * 1000, "yen",
              f"{c(oc)}千円") + "（残りは滞納繰越分）", box=False, h="left", size=9)
    # 2 目標と実績
    merge(ws, "A15:E15", "２　目標と実績", bold=True, box=False, h="left")
    put(ws, "G15", "単位：％", box=False, h="right", size=9)
    merge(ws, "A16:A17", "区分", fill=HEAD, bold=True)
    merge(ws, "B16:D16", "令和6（2024）年度", fill=HEAD, bold=True)
    merge(ws, "E16:F16", "令和7（2025）年度", fill=HEAD, bold=True)
    put(ws, "G16", "", fill=HEAD)
    for col, t in zip("BCDEFG", ["目標", "実績", "達成率", "目標", "前年度目標比", "備考"]):
        put(ws, f"{col}17", t, fill=HEAD, bold=True, size=9)
    d = rows[debt]
    for rr, seg, lab, tg, act, t7 in ((18, "current", "現年度分収納率", tgt_c, d["rc"], t7c),
                                       (19, "arrears", "滞納繰越分収納率", tgt_a, d["ra"], t7a)):
        put(ws, f"A{rr}", lab, h="left")
        put(ws, f"B{rr}", G.f(p, debt, raw_name, 2024, "令和6（2024）年度", seg, "collection_rate", "target",
                              tg, "percent", f"{tg:.1f}"), h="right")
        put(ws, f"C{rr}", G.f(p, debt, raw_name, 2024, "令和6（2024）年度", seg, "collection_rate", "actual",
                              act, "percent", f"{act:.1f}"), h="right")
        ach = round(act / tg * 100, 1)
        put(ws, f"D{rr}", G.f(p, debt, raw_name, 2024, "令和6（2024）年度", seg, "achievement_rate", "actual",
                              ach, "percent", f"{ach:.1f}"), h="right")
        put(ws, f"E{rr}", G.f(p, debt, raw_name, 2025, "令和7（2025）年度", seg, "collection_rate", "target",
                              t7, "percent", f"{t7:.1f}"), h="right")
        dd = round(t7 - tg, 1)
        put(ws, f"F{rr}", G.f(p, debt, raw_name, 2025, "令和7（2025）年度", seg, "difference", "target",
                              dd, "points", f"＋{dd:.1f}"), h="right")
        put(ws, f"G{rr}", "")
    # 3 現状と課題
    merge(ws, "A21:G21", "３　現状と課題", bold=True, box=False, h="left")
    o6, o5 = derived[3]["outstanding"], derived[2]["outstanding"]
    dlt = o5 - o6
    word = "減少" if dlt > 0 else "増加"
    t1 = G.f(p, debt, raw_name, 2024, "令和６年度", "total", "outstanding", "actual", o6 * 1000, "yen",
             f"{zen(f'{o6:,}')}千円")
    t2 = G.f(p, debt, raw_name, 2024, "令和６年度", "total", "difference", "actual",
             -dlt * 1000, "yen", f"{zen(f'{abs(dlt):,}')}千円{word}")
    t3 = G.f(p, debt, raw_name, 2024, "令和６年度", "total", "delinquents", "actual", dn,
             "persons" if dunit == "人" else "households", f"{zen(dn)}{dunit}")
    para = (f"令和６年度末の収入未済額は{t1}で、前年度より{t2}した。滞納{'者' if dunit == '人' else '世帯'}数は"
            f"{t3}で、少額の滞納が長期化する事例が多い。現年度分の滞納を翌年度に繰り越さないよう、"
            f"初期段階での接触を強める必要がある。")
    merge(ws, "A22:G24", para, h="left", v_="top")
    for rr in (22, 23, 24):
        ws.row_dimensions[rr].height = 20
    # 4 取組
    merge(ws, "A26:G26", "４　令和７年度の取組", bold=True, box=False, h="left")
    put(ws, "A27", "No.", fill=HEAD, bold=True)
    merge(ws, "B27:F27", "取組内容", fill=HEAD, bold=True)
    put(ws, "G27", "", fill=HEAD)  # blank header over progress marks
    circ = "①②③④⑤"
    for k, (txt, st, mark) in enumerate(items):
        rr = 28 + k
        put(ws, f"A{rr}", circ[k])
        merge(ws, f"B{rr}:F{rr}", f"{txt}【{st}】", h="left")
        put(ws, f"G{rr}", mark)
        ws.row_dimensions[rr].height = 30
        G.i(p, debt, 2025, "令和７年度の取組", circ[k], txt, st)
    rr = 28 + len(items) + 1
    merge(ws, f"A{rr}:G{rr}", "（右欄）◎：実施済　○：実施中　△：検討中（令和7年10月末時点）", box=False, h="left", size=9)
    setup(ws, area=f"A1:G{rr}")

xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
pdf = soffice(xlsx)
shutil.copy(pdf, ROOT / "pdf" / f"{STEM}.pdf")
G.write()
check(STEM)
