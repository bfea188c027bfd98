"""d_inabe_progress_1: mid-year progress report (債権回収・整理計画 中間報告, 2月末), openpyxl -> LibreOffice.

Modelled on prefectural/city 債権回収・整理計画（目標達成状況）pages and 未収債権の目標及び具体処理策 sheets:
a summary rate table (one debt per row, segment x period groups, 3-row header, no % sign, cut by a page
break with its header repeated), a 収入未済額 table, then one landscape sheet per debt with a label/value box,
a 【徴収率】 bullet block, an amounts table (今年度 | 前年同期 side by side) and a boxed 取組 list.
Figures are invented.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from d_common import OUT, ROOT, fact, rate, to_pdf, write_gold  # noqa: E402

STEM = "d_inabe_progress_1"
CITY = "いなべ市"
GOTHIC = "IPAexGothic"
NOW = (2023, "令和5年度", "2024-02-29")
PREV = (2022, "令和4年度", "2023-02-28")

# name, 所管課, 区分, current label, arrears label, seed
DEBTS = [
    ("市税", "税務課", "強制徴収公債権"),
    ("国民健康保険税", "税務課", "強制徴収公債権"),
    ("介護保険料", "長寿福祉課", "強制徴収公債権"),
    ("後期高齢者医療保険料", "保険年金課", "強制徴収公債権"),
    ("保育料", "こども家庭課", "強制徴収公債権"),
    ("市営住宅使用料", "建設課", "私債権"),
    ("水道料金", "上下水道課", "私債権"),
    ("下水道使用料", "上下水道課", "強制徴収公債権"),
    ("学校給食費", "学校教育課", "私債権"),
    ("住宅新築資金等貸付金償還金", "人権福祉課", "私債権"),
]
SCALE = [2_900_000_000, 620_000_000, 410_000_000, 300_000_000, 95_000_000, 88_000_000, 720_000_000,
         510_000_000, 140_000_000, 9_000_000]
ARR_SHARE = [0.045, 0.16, 0.05, 0.03, 0.06, 0.22, 0.03, 0.04, 0.05, 6.0]
rnd = random.Random(2802)


def gen(scale, share, cur_rate, arr_rate):
    a_c = int(scale * rnd.uniform(0.97, 1.03))
    c_c = int(a_c * cur_rate)
    a_a = int(scale * share * rnd.uniform(0.95, 1.05))
    c_a = int(a_a * arr_rate)
    return {"current": (a_c, c_c), "arrears": (a_a, c_a)}


D = {}
for (name, *_), sc, sh in zip(DEBTS, SCALE, ARR_SHARE):
    cr = rnd.uniform(0.80, 0.93) if name not in ("住宅新築資金等貸付金償還金",) else rnd.uniform(0.55, 0.7)
    ar = rnd.uniform(0.12, 0.30) if name != "住宅新築資金等貸付金償還金" else rnd.uniform(0.01, 0.03)
    now = gen(sc, sh, cr, ar)
    prev = gen(sc, sh * rnd.uniform(1.0, 1.15), cr - rnd.uniform(-0.01, 0.012), ar - rnd.uniform(-0.02, 0.03))
    D[name] = {"now": now, "prev": prev}


def seg_fig(t):
    a, c = t
    return {"a": a, "c": c, "o": a - c, "r": rate(c, a)}


FIG = {}
for name in D:
    FIG[name] = {}
    for per in ("now", "prev"):
        cu, ar = seg_fig(D[name][per]["current"]), seg_fig(D[name][per]["arrears"])
        to = seg_fig((cu["a"] + ar["a"], cu["c"] + ar["c"]))
        FIG[name][per] = {"current": cu, "arrears": ar, "total": to}

# year-end estimate / target / last year's 決算 (percent) for the sheets
YEAR = {}
for name in D:
    cn = FIG[name]["now"]["current"]["r"]
    an = FIG[name]["now"]["arrears"]["r"]
    YEAR[name] = {
        "actual": (round(min(cn + rnd.uniform(8, 12), 99.6), 2), round(an + rnd.uniform(4, 8), 2)),
        "target": (round(min(cn + rnd.uniform(9, 12), 99.7), 2), round(an + rnd.uniform(6, 9), 2)),
        "estimate": (round(min(cn + rnd.uniform(8.5, 12), 99.6), 2), round(an + rnd.uniform(5, 8), 2)),
        "out_actual": int(FIG[name]["prev"]["total"]["o"] * rnd.uniform(0.55, 0.7)) // 1000,
        "out_target": int(FIG[name]["now"]["total"]["o"] * rnd.uniform(0.5, 0.6)) // 1000,
    }

SHEET_DEBTS = ["市税", "国民健康保険税", "保育料", "市営住宅使用料"]
INITS = {
    "市税": [
        ("ア", "滞納額30万円以上の事案は、2月から3月を集中処理期間として預貯金・給与の差押えを優先して執行する。", "継続"),
        ("イ", "三重地方税管理回収機構への移管を、困難事案を中心に年度内に8件行う。", "継続"),
        ("ウ", "スマートフォン決済アプリによる納付を納付書全件に拡大し、現年度分の納期内納付を促す。", "拡充"),
    ],
    "国民健康保険税": [
        ("ア", "資格確認書の更新時期に合わせて納付相談窓口を夜間開設し、分割納付の誓約を取る。", "継続"),
        ("イ", "現年度分の滞納者のうち口座振替未登録の世帯に、Web口座振替受付の案内を個別に送付する。", "新規"),
        ("ウ", "過年度分は財産調査の結果を3区分に整理し、換価可能な財産のある事案から滞納処分を行う。", "継続"),
    ],
    "保育料": [
        ("ア", "2か月以上の未納世帯に対し、園長を通じた納付指導と文書催告を毎月行う。", "継続"),
        ("イ", "卒園児の世帯には児童手当からの申出徴収の同意を求め、現年度中の完納を図る。", "拡充"),
    ],
    "市営住宅使用料": [
        ("ア", "3か月以上の滞納者に連帯保証人への通知を行い、6か月以上の滞納者には明渡請求の手続に入る。", "継続"),
        ("イ", "退去済み滞納者の所在調査を行い、支払督促の申立てを年度内に5件行う。", "新規"),
        ("ウ", "入居者の収入申告時に、家賃の減免制度と口座振替の案内を同封する。", "継続"),
    ],
}

FACTS = []
INITIATIVES = []


def F(*a, **k):
    FACTS.append(fact(*a, **k))


thin = Side(style="thin", color="000000")
hair = Side(style="hair", color="000000")
GRID = Border(left=thin, right=thin, top=thin, bottom=thin)


def put(ws, ref, value, size=9, bold=False, h="center", v="center", wrap=False, border=GRID, num=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=GOTHIC, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border is not None:
        c.border = border
    if num:
        c.number_format = num
    return c


def box(ws, rng, value, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    # border the whole merged range
    from openpyxl.utils.cell import range_boundaries
    c1, r1, c2, r2 = range_boundaries(rng)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = kw.get("border", GRID) or Border()


def setup(ws, landscape, title_rows=None):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "いなべ市 債権回収・整理計画 中間報告"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"
    ws.oddFooter.center.size = 9
    if title_rows:
        ws.print_title_rows = title_rows


def p2(v):
    return f"{v:.2f}"


def build(path: Path):
    wb = Workbook()
    # ------------------------------------------------ sheet 1: 総括 (portrait), 表1 徴収率
    ws = wb.active
    ws.title = "総括"
    setup(ws, False, "6:8")
    widths = {"A": 26, "B": 9, "C": 9, "D": 8, "E": 9, "F": 9, "G": 8}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    box(ws, "A1:G1", "令和5年度 債権回収・整理計画（中間報告）", size=14, bold=True, border=None)
    box(ws, "A2:G2", "令和6年2月29日現在　　いなべ市総務部債権管理課", size=9, h="right", border=None)
    UP = sum(1 for n in D if FIG[n]["now"]["current"]["r"] > FIG[n]["prev"]["current"]["r"])
    tot_now = sum(FIG[n]["now"]["total"]["o"] for n in D)
    tot_prev = sum(FIG[n]["prev"]["total"]["o"] for n in D)
    man_now = round(tot_now / 1_000_000) * 100
    man_prev = round(tot_prev / 1_000_000) * 100
    text = (f"　対象10債権の2月末現在の収入未済額は、合計で約{man_now // 10000}億{man_now % 10000:,}万円となり、"
            f"前年同期（約{man_prev // 10000}億{man_prev % 10000:,}万円）を{'下回って' if tot_now < tot_prev else '上回って'}いる。現年度分の徴収率は、"
            f"10債権のうち{UP}債権で前年同期を上回った。年度末までの残り1か月は、各所管課において現年度分の"
            f"納期内納付の確保と、過年度分の滞納処分・法的措置を集中的に行う。")
    box(ws, "A3:G4", text, size=9, h="left", v="top", wrap=True, border=None)
    ws.row_dimensions[3].height = 30
    ws.row_dimensions[4].height = 30
    F(None, 2023, "令和6年2月29日現在", "total", "outstanding", "interim", man_now * 10000, "yen",
      f"約{man_now // 10000}億{man_now % 10000:,}万円", as_of="2024-02-29", approx=True, debt_raw=None,
      ctx=f"合計で約{man_now // 10000}億{man_now % 10000:,}万円")
    F(None, 2022, "前年同期", "total", "outstanding", "interim", man_prev * 10000, "yen",
      f"約{man_prev // 10000}億{man_prev % 10000:,}万円", as_of="2023-02-28", approx=True, debt_raw=None,
      ctx=f"前年同期（約{man_prev // 10000}億{man_prev % 10000:,}万円")
    box(ws, "A5:G5", "表1　債権別徴収率の状況　　　　　　　　　　　　　　　　　　　　　（単位：％）",
        size=10, bold=True, h="left", border=None)
    # 3-row header
    box(ws, "A6:A8", "債　権　名", bold=True)
    box(ws, "B6:D6", "現年度分", bold=True)
    box(ws, "E6:G6", "過年度分", bold=True)
    for col, lab in zip("BCDEFG", ["前年同期", "今年度", "増減", "前年同期", "今年度", "増減"]):
        put(ws, f"{col}7", lab, bold=True)
    for col, lab in zip("BCDEFG", ["R5.2.28", "R6.2.29", "(ﾎﾟｲﾝﾄ)", "R5.2.28", "R6.2.29", "(ﾎﾟｲﾝﾄ)"]):
        put(ws, f"{col}8", lab, size=8)
    r = 9
    for i, (name, *_r) in enumerate(DEBTS):
        f = FIG[name]
        put(ws, f"A{r}", f"{i + 1}　{name}", h="left")
        vals = [f["prev"]["current"]["r"], f["now"]["current"]["r"], None,
                f["prev"]["arrears"]["r"], f["now"]["arrears"]["r"], None]
        vals[2] = round(vals[1] - vals[0], 2)
        vals[5] = round(vals[4] - vals[3], 2)
        for col, v in zip("BCDEFG", vals):
            txt = p2(v) if col not in "DG" else ("▲" if v < 0 else "") + p2(abs(v))
            put(ws, f"{col}{r}", txt, h="right")
        ws.row_dimensions[r].height = 24
        for seg, per, v in (("current", PREV, vals[0]), ("current", NOW, vals[1]),
                            ("arrears", PREV, vals[3]), ("arrears", NOW, vals[4])):
            F(name, per[0], "R5.2.28" if per is PREV else "R6.2.29", seg, "collection_rate", "interim", v,
              "percent", p2(v), as_of=per[2], ctx=f"{i + 1}{name}")
        r += 1
    ws.row_breaks.append(Break(id=14))  # cut after debt 6: header repeats on the next page
    put(ws, f"A{r}", "※ 徴収率＝収入済額÷調定額。増減の▲は前年同期を下回ったもの。", size=8, h="left", border=None)

    # ------------------------------------------------ sheet 2: 表2 収入未済額 (portrait)
    ws = wb.create_sheet("未済額")
    setup(ws, False)
    for k, w in {"A": 28, "B": 14, "C": 14, "D": 14, "E": 10}.items():
        ws.column_dimensions[k].width = w
    box(ws, "A1:E1", "表2　債権別収入未済額（現年度分＋過年度分）", size=11, bold=True, h="left", border=None)
    box(ws, "A2:E2", "（単位：千円）", size=9, h="right", border=None)
    for col, lab in zip("ABCDE", ["債権名", "令和5年2月末", "令和6年2月末", "増減額", "前年同期比"]):
        put(ws, f"{col}3", lab, bold=True)
    r = 4
    s_prev = s_now = 0
    for name, *_ in DEBTS:
        pv = round(FIG[name]["prev"]["total"]["o"] / 1000)
        nw = round(FIG[name]["now"]["total"]["o"] / 1000)
        s_prev += pv
        s_now += nw
        put(ws, f"A{r}", name, h="left")
        put(ws, f"B{r}", f"{pv:,}", h="right")
        put(ws, f"C{r}", f"{nw:,}", h="right")
        d = nw - pv
        put(ws, f"D{r}", ("△" if d < 0 else "") + f"{abs(d):,}", h="right")
        put(ws, f"E{r}", f"{nw / pv * 100:.1f}%", h="right")
        F(name, 2022, "令和5年2月末", "total", "outstanding", "interim", pv * 1000, "yen", f"{pv:,}",
          as_of="2023-02-28", ctx="表2　債権別収入未済額")
        F(name, 2023, "令和6年2月末", "total", "outstanding", "interim", nw * 1000, "yen", f"{nw:,}",
          as_of="2024-02-29", ctx="表2　債権別収入未済額")
        r += 1
    put(ws, f"A{r}", "合　計", bold=True)
    put(ws, f"B{r}", f"{s_prev:,}", h="right", bold=True)
    put(ws, f"C{r}", f"{s_now:,}", h="right", bold=True)
    d = s_now - s_prev
    put(ws, f"D{r}", ("△" if d < 0 else "") + f"{abs(d):,}", h="right", bold=True)
    put(ws, f"E{r}", f"{s_now / s_prev * 100:.1f}%", h="right", bold=True)
    F(None, 2022, "令和5年2月末", "total", "outstanding", "interim", s_prev * 1000, "yen", f"{s_prev:,}",
      as_of="2023-02-28", debt_raw="合計", ctx="表2　債権別収入未済額")
    F(None, 2023, "令和6年2月末", "total", "outstanding", "interim", s_now * 1000, "yen", f"{s_now:,}",
      as_of="2024-02-29", debt_raw="合計", ctx="表2　債権別収入未済額")

    # ------------------------------------------------ one landscape sheet per debt
    for name in SHEET_DEBTS:
        ka, kubun = next((k, q) for n, k, q in DEBTS if n == name)
        ws = wb.create_sheet(name[:10])
        setup(ws, True)
        for k, w in {"A": 16, "B": 16, "C": 16, "D": 10, "E": 16, "F": 16, "G": 16, "H": 10}.items():
            ws.column_dimensions[k].width = w
        box(ws, "A1:H1", "令和5年度 未収債権の整理状況（2月末）", size=12, bold=True, h="left", border=None)
        put(ws, "A2", "債権名", bold=True)
        box(ws, "B2:C2", name, h="left")
        put(ws, "D2", "所管課", bold=True)
        put(ws, "E2", ka, h="left")
        put(ws, "F2", "債権区分", bold=True)
        box(ws, "G2:H2", kubun, h="left")
        f = FIG[name]
        # 【徴収率】 bullets labelled by segment only
        put(ws, "A4", "【徴収率】令和6年2月29日時点", size=10, bold=True, h="left", border=None)
        put(ws, "A5", f"・現年度分　{p2(f['now']['current']['r'])}％（前年同期　{p2(f['prev']['current']['r'])}％）",
            size=10, h="left", border=None)
        put(ws, "A6", f"・過年度分　{p2(f['now']['arrears']['r'])}％（前年同期　{p2(f['prev']['arrears']['r'])}％）",
            size=10, h="left", border=None)
        for seg, lab in (("current", "現年度分"), ("arrears", "過年度分")):
            F(name, 2023, "令和6年2月29日", seg, "collection_rate", "interim", f["now"][seg]["r"], "percent",
              f"{p2(f['now'][seg]['r'])}％", as_of="2024-02-29", ctx=f"{lab}{p2(f['now'][seg]['r'])}％")
            F(name, 2022, "前年同期", seg, "collection_rate", "interim", f["prev"][seg]["r"], "percent",
              f"{p2(f['prev'][seg]['r'])}％", as_of="2023-02-28", ctx=f"前年同期{p2(f['prev'][seg]['r'])}％）")
        # amounts table: 今年度 | 前年同期 side by side, unit 円 at top right
        put(ws, "H7", "（単位：円）", size=8, h="right", border=None)
        put(ws, "A8", "", bold=True)
        box(ws, "B8:D8", "令和5年度（R6.2.29現在）", bold=True)
        box(ws, "E8:G8", "令和4年度（R5.2.28現在）", bold=True)
        put(ws, "H8", "")
        for col, lab in zip("ABCDEFGH", ["区分", "調定額", "収入済額", "徴収率", "調定額", "収入済額", "徴収率", ""]):
            put(ws, f"{col}9", lab, bold=True)
        ws.merge_cells("H8:H9")
        put(ws, "H8", "収入未済額\n（R6.2末）", bold=True, wrap=True)
        ws.row_dimensions[8].height = 16
        ws.row_dimensions[9].height = 16
        for i, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "過年度分"), ("total", "合計")), 10):
            n, p = f["now"][seg], f["prev"][seg]
            put(ws, f"A{i}", lab)
            put(ws, f"B{i}", f"{n['a']:,}", h="right")
            put(ws, f"C{i}", f"{n['c']:,}", h="right")
            put(ws, f"D{i}", f"{p2(n['r'])}%", h="right")
            put(ws, f"E{i}", f"{p['a']:,}", h="right")
            put(ws, f"F{i}", f"{p['c']:,}", h="right")
            put(ws, f"G{i}", f"{p2(p['r'])}%", h="right")
            put(ws, f"H{i}", f"{n['o']:,}", h="right")
            for per, v, fy, asof in (("now", n, 2023, "2024-02-29"), ("prev", p, 2022, "2023-02-28")):
                raw_fy = "令和5年度" if per == "now" else "令和4年度"
                F(name, fy, raw_fy, seg, "assessed", "interim", v["a"], "yen", f"{v['a']:,}", as_of=asof,
                  ctx=f"債権名{name}所管課")
                F(name, fy, raw_fy, seg, "collected", "interim", v["c"], "yen", f"{v['c']:,}", as_of=asof,
                  ctx=f"債権名{name}所管課")
                F(name, fy, raw_fy, seg, "collection_rate", "interim", v["r"], "percent", f"{p2(v['r'])}%",
                  as_of=asof, ctx=f"債権名{name}所管課")
            F(name, 2023, "R6.2末", seg, "outstanding", "interim", n["o"], "yen", f"{n['o']:,}",
              as_of="2024-02-29", ctx=f"債権名{name}所管課")
        # 決算 | 見込・目標 side-by-side headings
        y = YEAR[name]
        put(ws, "A14", "■年度末の見通し", size=10, bold=True, h="left", border=None)
        box(ws, "A15:A16", "項目", bold=True)
        put(ws, "B15", "令和4年度", bold=True)
        box(ws, "C15:D15", "令和5年度", bold=True)
        put(ws, "B16", "決算", bold=True)
        put(ws, "C16", "目標", bold=True)
        put(ws, "D16", "決算見込", bold=True)
        rows = [("現年度分徴収率（％）", 0, "collection_rate", "current"),
                ("過年度分徴収率（％）", 1, "collection_rate", "arrears")]
        for i, (lab, k, metric, seg) in enumerate(rows, 17):
            put(ws, f"A{i}", lab, h="left")
            put(ws, f"B{i}", p2(y["actual"][k]), h="right")
            put(ws, f"C{i}", p2(y["target"][k]), h="right")
            put(ws, f"D{i}", p2(y["estimate"][k]), h="right")
            F(name, 2022, "令和4年度", seg, metric, "actual", y["actual"][k], "percent", p2(y["actual"][k]),
              ctx=f"債権名{name}所管課")
            F(name, 2023, "令和5年度", seg, metric, "target", y["target"][k], "percent", p2(y["target"][k]),
              ctx=f"債権名{name}所管課")
            F(name, 2023, "令和5年度", seg, metric, "estimate", y["estimate"][k], "percent", p2(y["estimate"][k]),
              ctx=f"債権名{name}所管課")
        put(ws, "A19", "収入未済額（千円）", h="left")
        put(ws, "B19", f"{y['out_actual']:,}", h="right")
        put(ws, "C19", f"{y['out_target']:,}", h="right")
        put(ws, "D19", "－", h="right")
        F(name, 2022, "令和4年度", "total", "outstanding", "actual", y["out_actual"] * 1000, "yen",
          f"{y['out_actual']:,}", ctx=f"債権名{name}所管課")
        F(name, 2023, "令和5年度", "total", "outstanding", "target", y["out_target"] * 1000, "yen",
          f"{y['out_target']:,}", ctx=f"債権名{name}所管課")
        # boxed 取組 list, several numbered items in one cell, tag after the 。
        put(ws, "E14", "■3月末までの主な取組", size=10, bold=True, h="left", border=None)
        items = INITS[name]
        txt = "\n".join(f"{lab}　{t}【{st}】" for lab, t, st in items)
        box(ws, "E15:H21", txt, size=9, h="left", v="top", wrap=True)
        for r_ in range(15, 22):
            ws.row_dimensions[r_].height = 22
        for lab, t, st in items:
            INITIATIVES.append({"debt": name, "debt_raw": name, "fiscal_year": 2023,
                                "section": "3月末までの主な取組", "label": lab, "text": t, "status": st,
                                "page": None})
    wb.save(path)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    build(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "d_inabe")
    for it in INITIATIVES:
        it["_ctx"] = it["text"]
    document = {"kind": "progress_report", "family": "progress", "municipality": CITY,
                "title": "令和5年度 債権回収・整理計画（中間報告）", "date": "2024-02-29", "date_raw": "令和6年2月29日現在"}
    write_gold(STEM, pdf, document, FACTS, INITIATIVES)


if __name__ == "__main__":
    main()
