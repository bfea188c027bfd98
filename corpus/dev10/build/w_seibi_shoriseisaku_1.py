"""西備市（架空）未収債権の目標及び具体処理策（令和６年度） -> python-docx -> LibreOffice.
Sheet layout modelled on the 「未収債権の目標及び具体処理策」 sheets (1.債権名及び債権区分 / 2.未収金残高の推移（目標） /
3.徴収率…の実績及び目標 / 具体処理策 ○現年度分 ○過年度分) seen at
https://123deta.com/document/zxv30vvy-... (未収債権の目標及び具体処理策); city and figures are invented."""
from w_common import Gold, OUT, c, rate, soffice
from w_docx import (borders, cell_text, col_widths, footer_page, header_text, new_doc, no_split_rows, page_break,
                    para, shade)

STEM = "w_seibi_shoriseisaku_1"
CITY = "西備市"
g = Gold()
d = new_doc(font="Noto Sans CJK JP", size=10, margins=(18, 18, 20, 20))
sec = d.sections[0]
header_text(sec, "西備市 未収債権の目標及び具体処理策（令和６年度）")
footer_page(sec, before="", after="")

YEARS = ["令和元年度", "2年度", "3年度", "4年度", "5年度"]
FYS = [2019, 2020, 2021, 2022, 2023]
DEBTS = [
    dict(debt="介護保険料", ka="健康福祉部 介護保険課", kubun="強制徴収公債権",
         cur_a=[2410330, 2455102, 2490877, 2512004, 2538761], cur_r=[98.62, 98.71, 98.80, 98.85, 98.93],
         arr_a=[98221, 95102, 90477, 86310, 81022], arr_r=[18.44, 19.02, 20.15, 21.33, 22.40],
         out=(68455, 63118), tgt=(59000, 55000), rt=(98.95, 23.00),
         cur=[("①", "65歳到達者に口座振替依頼書を送付し、普通徴収者の口座振替率を高める。", "継続"),
              ("②", "督促状送付後の未納者に、翌月の電話催告を行う。", "継続")],
         arr=[("①", "2年以上の滞納者に給付制限の事前通知を送付し、納付相談につなげる。", "継続"),
              ("②", "預貯金調査の結果、資力のある者には差押えを実施する。", "拡充")]),
    dict(debt="後期高齢者医療保険料", ka="健康福祉部 保険医療課", kubun="強制徴収公債権",
         cur_a=[1320554, 1351872, 1388410, 1420366, 1461209], cur_r=[99.31, 99.35, 99.28, 99.33, 99.40],
         arr_a=[21044, 19870, 20311, 18902, 17655], arr_r=[30.12, 31.55, 29.87, 32.40, 34.05],
         out=(22101, 19876), tgt=(18500, 17500), rt=(99.42, 35.00),
         cur=[("①", "年金からの特別徴収に切り替わるまでの間の納付勧奨を強化する。", "継続")],
         arr=[("①", "広域連合と連携し、高額滞納者への臨戸訪問を行う。", "新規"),
              ("②", "分納誓約者の履行状況を毎月確認し、不履行者には速やかに催告する。", "継続")]),
    dict(debt="市営住宅使用料", ka="建設部 住宅課", kubun="私債権",
         cur_a=[412887, 409341, 405112, 401876, 398022], cur_r=[97.84, 97.90, 98.02, 98.11, 98.26],
         arr_a=[61204, 60115, 58877, 57012, 55340], arr_r=[9.85, 10.42, 11.06, 11.80, 12.51],
         out=(57398, 55282), tgt=(52000, 49000), rt=(98.30, 13.50),
         cur=[("①", "滞納2か月で連帯保証人に通知し、滞納の長期化を防ぐ。", "継続"),
              ("②", "入居時の口座振替の利用を原則とする。", "新規")],
         arr=[("①", "退去者の滞納分は支払督促の申立てを行う。", "継続"),
              ("②", "回収の見込みのない債権は、条例に基づく放棄を検討する。", "継続")]),
    dict(debt="学校給食費", ka="教育委員会 学校給食課", kubun="私債権",
         cur_a=[524301, 530872, 519446, 527731, 541208], cur_r=[99.52, 99.55, 99.47, 99.58, 99.61],
         arr_a=[14520, 13988, 13602, 13370, 12814], arr_r=[15.33, 16.10, 15.72, 17.20, 18.08],
         out=(13296, 12593), tgt=(11800, 11000), rt=(99.65, 19.00),
         cur=[("①", "児童手当からの徴収の申出を入学時に案内する。", "継続")],
         arr=[("①", "卒業生世帯には文書催告に加え、休日の電話催告を行う。", "拡充"),
              ("②", "少額訴訟の活用を検討する。", "新規")]),
]
for dd in DEBTS:
    dd["cur_c"] = [round(a * r / 100) for a, r in zip(dd["cur_a"], dd["cur_r"])]
    dd["arr_c"] = [round(a * r / 100) for a, r in zip(dd["arr_a"], dd["arr_r"])]
    dd["cur_rr"] = [rate(x, a) for x, a in zip(dd["cur_c"], dd["cur_a"])]
    dd["arr_rr"] = [rate(x, a) for x, a in zip(dd["arr_c"], dd["arr_a"])]

para(d, "未収債権の目標及び具体処理策", size=16, bold=True, align="center", space_before=10)
para(d, "（令和６年度）", size=12, align="center")
para(d, "令和６年６月\u3000西備市 総務部 債権管理課", align="right", space_before=6, space_after=8)
para(d, "１\u3000対象債権と未収金残高", bold=True, size=11)
para(d, "\u3000本市の主な未収債権について、令和５年度決算に基づく未収金残高を次のとおり整理した。各債権の目標及び具体処理策は"
        "次頁以降のとおりである。", space_after=4)
para(d, "単位：千円", align="right", size=8.5)
t = d.add_table(rows=2 + len(DEBTS) + 1, cols=5)
borders(t)
for j, h in enumerate(["債権名", "所管課", "未収金残高", "", "増減"]):
    cell_text(t.cell(0, j), h, align="center", size=9)
    shade(t.cell(0, j))
t.cell(0, 2).merge(t.cell(0, 3))
cell_text(t.cell(0, 2), "未収金残高", align="center", size=9)
for j, h in enumerate(["", "", "令和4年度末", "令和5年度末", "(5年度-4年度)"]):
    if h:
        cell_text(t.cell(1, j), h, align="center", size=9)
    shade(t.cell(1, j))
t.cell(0, 0).merge(t.cell(1, 0)); cell_text(t.cell(0, 0), "債権名", align="center", size=9)
t.cell(0, 1).merge(t.cell(1, 1)); cell_text(t.cell(0, 1), "所管課", align="center", size=9)
t.cell(0, 4).merge(t.cell(1, 4)); cell_text(t.cell(0, 4), "増減\n(5年度-4年度)", align="center", size=9)
MK0 = "１\u3000対象債権と未収金残高"
for i, dd in enumerate(DEBTS, start=2):
    a, b = dd["out"]
    for j, v in enumerate([dd["debt"], dd["ka"], c(a), c(b), c(b - a)]):
        cell_text(t.cell(i, j), v, size=9, align="right" if j >= 2 else None)
    g.fact(dd["debt"], 2022, "令和4年度末", "total", "outstanding", "actual", a * 1000, "yen", c(a), sec=MK0, row=dd["debt"])
    g.fact(dd["debt"], 2023, "令和5年度末", "total", "outstanding", "actual", b * 1000, "yen", c(b), sec=MK0, row=dd["debt"])
ta, tb = sum(x["out"][0] for x in DEBTS), sum(x["out"][1] for x in DEBTS)
last = 2 + len(DEBTS)
t.cell(last, 0).merge(t.cell(last, 1))
for j, v in [(0, "合計"), (2, c(ta)), (3, c(tb)), (4, c(tb - ta))]:
    cell_text(t.cell(last, j), v, size=9, align="right" if j >= 2 else "center")
g.fact(None, 2022, "令和4年度末", "total", "outstanding", "actual", ta * 1000, "yen", c(ta), sec=MK0, debt_raw="合計")
g.fact(None, 2023, "令和5年度末", "total", "outstanding", "actual", tb * 1000, "yen", c(tb), sec=MK0, debt_raw="合計")
col_widths(t, [40, 48, 28, 28, 28])
para(d, "※ 増減欄の△は減少を示す。", size=8.5, space_before=2)

for n, dd in enumerate(DEBTS, 1):
    debt = dd["debt"]
    page_break(d)
    mk = f"２-{n}\u3000債権ごとの目標及び具体処理策（{debt}）"
    para(d, mk, bold=True, size=12, space_after=4)
    para(d, "（１）債権名及び債権区分", bold=True)
    t = d.add_table(rows=1, cols=6)
    borders(t)
    for j, v in enumerate(["債権名", debt, "所属", dd["ka"], "区分", dd["kubun"]]):
        cell_text(t.cell(0, j), v, size=9, align="center")
        if j % 2 == 0:
            shade(t.cell(0, j))
    col_widths(t, [18, 40, 14, 46, 14, 34])
    para(d, "（２）調定額・収入額・収入率の推移", bold=True, space_before=6)
    para(d, "単位：千円（収入率は％）", align="right", size=8.5)
    t = d.add_table(rows=1 + 6, cols=2 + 5)
    borders(t)
    cell_text(t.cell(0, 0), "区分", align="center", size=9); shade(t.cell(0, 0))
    t.cell(0, 0).merge(t.cell(0, 1))
    for j, y in enumerate(YEARS):
        cell_text(t.cell(0, 2 + j), y, align="center", size=9); shade(t.cell(0, 2 + j))
    r = 1
    for seglab, seg, A, C, R in (("現年度分", "current", dd["cur_a"], dd["cur_c"], dd["cur_rr"]),
                                 ("過年度分", "arrears", dd["arr_a"], dd["arr_c"], dd["arr_rr"])):
        t.cell(r, 0).merge(t.cell(r + 2, 0))
        cell_text(t.cell(r, 0), seglab, align="center", size=9)
        for k, (lab, metric, vals) in enumerate((("調定額", "assessed", A), ("収入済額", "collected", C),
                                                 ("収入率", "collection_rate", R))):
            cell_text(t.cell(r + k, 1), lab, size=9)
            for j, v in enumerate(vals):
                raw = f"{v:.2f}" if metric == "collection_rate" else c(v)
                cell_text(t.cell(r + k, 2 + j), raw, size=9, align="right")
                g.fact(debt, FYS[j], YEARS[j], seg, metric, "actual",
                       v if metric == "collection_rate" else v * 1000,
                       "percent" if metric == "collection_rate" else "yen", raw, sec=mk)
        r += 3
    col_widths(t, [18, 20, 28, 28, 28, 28, 28])
    para(d, "（３）未収金残高の推移と目標", bold=True, space_before=6)
    para(d, "単位：千円", align="right", size=8.5)
    t = d.add_table(rows=3, cols=5)
    borders(t)
    t.cell(0, 0).merge(t.cell(1, 0)); cell_text(t.cell(0, 0), "区分", align="center", size=9)
    t.cell(0, 1).merge(t.cell(0, 2)); cell_text(t.cell(0, 1), "実績", align="center", size=9)
    t.cell(0, 3).merge(t.cell(0, 4)); cell_text(t.cell(0, 3), "目標", align="center", size=9)
    for j, h in enumerate(["令和4年度末", "令和5年度末", "令和6年度末", "令和7年度末"]):
        cell_text(t.cell(1, 1 + j), h, align="center", size=9)
    for row in (0, 1):
        for j in range(5):
            shade(t.cell(row, j))
    cell_text(t.cell(2, 0), "未収金残高", size=9)
    vals = list(dd["out"]) + list(dd["tgt"])
    for j, (v, fy, basis, lab) in enumerate(zip(vals, (2022, 2023, 2024, 2025), ("actual", "actual", "target", "target"),
                                               ("令和4年度末", "令和5年度末", "令和6年度末", "令和7年度末"))):
        cell_text(t.cell(2, 1 + j), c(v), size=9, align="right")
        g.fact(debt, fy, lab, "total", "outstanding", basis, v * 1000, "yen", c(v), sec=mk)
    col_widths(t, [34, 34, 34, 34, 34])
    para(d, "（４）収入率の目標", bold=True, space_before=6)
    t = d.add_table(rows=4, cols=3)
    borders(t)
    tot_a5 = dd["cur_a"][-1] + dd["arr_a"][-1]
    tot_c5 = dd["cur_c"][-1] + dd["arr_c"][-1]
    tot_r5 = rate(tot_c5, tot_a5)
    # target total rate: weighted by the 5年度 assessments
    tot_t = round((dd["rt"][0] * dd["cur_a"][-1] + dd["rt"][1] * dd["arr_a"][-1]) / tot_a5, 2)
    for j, h in enumerate(["区分", "令和5年度実績", "令和6年度目標"]):
        cell_text(t.cell(0, j), h, align="center", size=9); shade(t.cell(0, j))
    for i, (lab, seg, a, b) in enumerate((("現年度分", "current", dd["cur_rr"][-1], dd["rt"][0]),
                                          ("過年度分", "arrears", dd["arr_rr"][-1], dd["rt"][1]),
                                          ("計", "total", tot_r5, tot_t)), start=1):
        cell_text(t.cell(i, 0), lab, size=9, align="center")
        cell_text(t.cell(i, 1), f"{a:.2f}%", size=9, align="right")
        cell_text(t.cell(i, 2), f"{b:.2f}%", size=9, align="right")
        g.fact(debt, 2023, "令和5年度", seg, "collection_rate", "actual", a, "percent", f"{a:.2f}%", sec=mk,
               row=lab)
        g.fact(debt, 2024, "令和6年度", seg, "collection_rate", "target", b, "percent", f"{b:.2f}%", sec=mk, row=lab)
    col_widths(t, [40, 45, 45])
    para(d, "（５）具体処理策", bold=True, space_before=6)
    t = d.add_table(rows=2, cols=2)
    borders(t)
    for i, (lab, items) in enumerate((("○現年度分", dd["cur"]), ("○過年度分", dd["arr"]))):
        cell_text(t.cell(i, 0), lab, size=9)
        shade(t.cell(i, 0))
        cell_text(t.cell(i, 1), "\n".join(f"{l}{x}【{s}】" for l, x, s in items), size=9)
        for l, x, s in items:
            g.init(debt, 2024, "具体処理策（" + lab[1:] + "）", l, x, s, sec=mk)
    col_widths(t, [26, 144])

src = OUT / f"{STEM}.docx"
d.save(src)
soffice(src, STEM)
g.write(STEM, {"kind": "plan", "municipality": CITY, "title": "未収債権の目標及び具体処理策（令和６年度）",
               "date": "2024-06-01", "date_raw": "令和６年６月"})
