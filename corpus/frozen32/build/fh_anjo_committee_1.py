"""fh_anjo_committee_1: 安城市債権管理推進本部会議 資料 with one 取組個票 per debt (PyMuPDF drawing).

    cd corpus/frozen32 && python3 build/fh_anjo_committee_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fitz  # noqa: E402

from fh_common import PDF_DIR, Gold, comma, fr, frd, rate, rnd, tri  # noqa: E402
from fh_pdfdraw import Page  # noqa: E402

STEM = "fh_anjo_committee_1"
CITY = "安城市"
TITLE = "令和７年度 第２回安城市債権管理推進本部会議"
YEARS = [2022, 2023, 2024, 2025]          # 2025 = 見込
TY = 2026                                  # 目標
AS_OF = "2025-09-30"
AS_OF_PREV = "2024-09-30"
HEAD = (0.85, 0.89, 0.95)
SUB = (0.93, 0.95, 0.98)
ZEB = (0.94, 0.96, 0.94)
LM = 42

DEBTS = [
    dict(debt="市税", raw="市税", short="市税", ka="納税課", bu="総務部", kubun="強制徴収公債権",
         cur0=31_245_817, g=[1.0, 1.016, 1.011, 1.009], cr=[99.31, 99.38, 99.42, 99.45],
         arr0=498_215, ar=[30.85, 32.14, 33.02, 33.60], wo=[0.052, 0.049, 0.046, 0.045],
         t24=(99.40, 32.50, 98.95), t25=(99.45, 33.50, 99.02), t26=(99.48, 34.00, 99.06),
         i25=(0.5317, 28.41), i24=(52.88, 27.95), style="box",
         note1="令和6年度は、大口滞納事案の分割納付の開始により合計の収納率が上昇した。"),
    dict(debt="国民健康保険料", raw="国民健康保険税", short="国民健康保険税", ka="国保年金課", bu="市民生活部",
         kubun="強制徴収公債権",
         cur0=4_386_412, g=[1.0, 0.979, 0.982, 0.985], cr=[95.62, 95.88, 96.10, 96.25],
         arr0=812_540, ar=[23.40, 24.85, 26.10, 27.00], wo=[0.085, 0.082, 0.080, 0.078],
         t24=(96.00, 25.50, 84.50), t25=(96.30, 27.00, 86.20), t26=(96.50, 28.00, 87.30),
         i25=(0.4872, 17.66), i24=(47.95, 16.84), style="cellhead",
         note1="令和6年度は、滞納繰越分の差押件数の増加により合計の収納率が上昇した。"),
    dict(debt="介護保険料", raw="介護保険料", short="介護保険料", ka="高齢福祉課", bu="健康福祉部", kubun="強制徴収公債権",
         cur0=3_712_604, g=[1.0, 1.010, 1.045, 1.008], cr=[99.05, 99.10, 99.18, 99.20],
         arr0=96_318, ar=[17.90, 19.20, 20.50, 21.00], wo=[0.160, 0.155, 0.150, 0.150],
         t24=(99.15, 20.00, 98.70), t25=(99.20, 21.00, 98.78), t26=(99.25, 22.00, 98.85),
         i25=(0.5524, 11.35), i24=(54.90, 10.82), style="box",
         note1="令和6年度は、第9期介護保険事業計画に基づく保険料率の改定により現年分の調定額が増加した。"),
    dict(debt="保育料", raw="保育料（保育所等利用者負担金）", short="保育料", ka="保育課", bu="子育て健康部",
         kubun="強制徴収公債権",
         cur0=398_506, g=[1.0, 0.970, 0.975, 0.980], cr=[99.21, 99.30, 99.36, 99.40],
         arr0=18_742, ar=[16.20, 18.90, 21.40, 22.00], wo=[0.070, 0.068, 0.065, 0.060],
         t24=(99.35, 20.00, 97.90), t25=(99.40, 22.00, 98.10), t26=(99.45, 23.00, 98.25),
         i25=(0.5035, 12.08), i24=(49.62, 11.27), style="box",
         note1="令和6年度は、卒園児世帯の滞納分について分割納付が進んだ。"),
    dict(debt="市営住宅使用料", raw="市営住宅使用料", short="市営住宅使用料", ka="建築課", bu="都市整備部", kubun="私債権",
         cur0=248_915, g=[1.0, 0.990, 0.988, 0.992], cr=[97.62, 97.85, 98.04, 98.10],
         arr0=61_208, ar=[11.50, 12.80, 14.20, 15.00], wo=[0.040, 0.042, 0.045, 0.045],
         t24=(98.00, 14.00, 80.00), t25=(98.10, 15.00, 81.20), t26=(98.20, 16.00, 82.50),
         i25=(0.4981, 6.42), i24=(49.35, 6.05), style="cellhead"),
]


def compute(d):
    """Yearly figures in 千円. arrears assessed of a year = outstanding (total) of the year before."""
    rows = {}
    cur = d["cur0"]
    arr = d["arr0"]
    for i, fy in enumerate(YEARS):
        cur = round(cur * d["g"][i]) if i else cur
        c_col = round(cur * d["cr"][i] / 100)
        a_col = round(arr * d["ar"][i] / 100)
        a_wo = round(arr * d["wo"][i])
        c_out = cur - c_col
        a_out = arr - a_col - a_wo
        t_ass, t_col = cur + arr, c_col + a_col
        rows[fy] = dict(
            cur=dict(ass=cur, col=c_col, rate=rate(c_col, cur), wo=0, out=c_out),
            arr=dict(ass=arr, col=a_col, rate=rate(a_col, arr), wo=a_wo, out=a_out),
            tot=dict(ass=t_ass, col=t_col, rate=rate(t_col, t_ass), wo=a_wo, out=c_out + a_out))
        arr = c_out + a_out
    # outstanding target for 2026: assessed assumed = 2025 current * 0.995 + 2025 outstanding
    c26 = round(rows[2025]["cur"]["ass"] * 0.995)
    a26 = rows[2025]["tot"]["out"]
    tc, ta, _ = d["t26"]
    out26 = c26 - round(c26 * tc / 100) + a26 - round(a26 * ta / 100) - round(a26 * d["wo"][3])
    rows["out26"] = round(out26, -3)
    # interim 9月末
    i_rate25_cur = rnd(d["i25"][0] * 100, 2)
    i_col25_cur = round(rows[2025]["cur"]["ass"] * d["i25"][0])
    i_col25_arr = round(rows[2025]["arr"]["ass"] * d["i25"][1] / 100)
    rows["int"] = dict(cur=(i_col25_cur, i_rate25_cur), arr=(i_col25_arr, rate(i_col25_arr, rows[2025]["arr"]["ass"])))
    tot_col = i_col25_cur + i_col25_arr
    rows["int"]["tot"] = (tot_col, rate(tot_col, rows[2025]["cur"]["ass"] + rows[2025]["arr"]["ass"]))
    # previous year same month: rates only; total rate derived from assumed previous assessed
    pc, pa = d["i24"]
    prev_c = round(rows[2024]["cur"]["ass"] * pc / 100)
    prev_a = round(rows[2024]["arr"]["ass"] * pa / 100)
    rows["prev"] = dict(cur=pc, arr=pa, tot=rate(prev_c + prev_a, rows[2024]["cur"]["ass"] + rows[2024]["arr"]["ass"]))
    return rows


def R(fy):
    return f"令和{fy - 2018}年度"


SEGS = [("cur", "current", "現年分"), ("arr", "arrears", "滞納繰越分"), ("tot", "total", "合計")]


def header(pg: Page, no, page_no):
    pg.text(LM, 40, TITLE, 8, "g", color=(0.3, 0.3, 0.3))
    pg.text(pg.w - LM - 60, 40, "資料２", 10, "g", align="r", width=60)
    pg.text(LM, 68, f"取組個票 {no}", 14, "g")
    pg.text(0, pg.h - 24, f"- {page_no} -", 8, "g", align="c", width=pg.w)


def strip(pg: Page, d, y):
    W = pg.w - 2 * LM
    if d["style"] == "box":
        colw = [52, 162, 48, 104, 56, W - 422]
        cells = [dict(r=0, c=0, t="債権名", fill=HEAD), dict(r=0, c=1, t=d["raw"], al="l", size=9.5),
                 dict(r=0, c=2, t="所管課", fill=HEAD), dict(r=0, c=3, t=f"{d['bu']}　{d['ka']}", al="l"),
                 dict(r=0, c=4, t="債権区分", fill=HEAD), dict(r=0, c=5, t=d["kubun"], al="l")]
        return pg.table(LM, y, colw, [22], cells, size=9)
    colw = [W * 0.45, W * 0.30, W * 0.25]
    cells = [dict(r=0, c=0, t=f"債権名　{d['raw']}", al="l", fill=SUB, size=10),
             dict(r=0, c=1, t=f"所管課　{d['ka']}", al="l", fill=SUB),
             dict(r=0, c=2, t=f"区分　{d['kubun']}", al="l", fill=SUB)]
    return pg.table(LM, y, colw, [22], cells, size=9)


def sheet_standard(G: Gold, pg: Page, page_no, d, rows, y):
    """１ 収納状況の推移: segment groups as rows with vertical labels, years as columns."""
    W = pg.w - 2 * LM
    pg.text(LM, y + 12, "１　収納状況の推移", 10.5, "g")
    pg.text(LM + W - 150, y + 12, "（単位：千円、％）", 8.5, "g", align="r", width=150)
    y += 18
    colw = [22, 74] + [64] * 5 + [W - 22 - 74 - 320]
    rowh = [15, 15] + [14.5] * 11
    cells = [dict(r=0, c=0, rs=2, cs=2, t="区分", fill=HEAD),
             dict(r=0, c=2, cs=3, t="決算", fill=HEAD), dict(r=0, c=5, t="見込", fill=HEAD),
             dict(r=0, c=6, t="目標", fill=HEAD), dict(r=0, c=7, rs=2, t="備考", fill=HEAD)]
    for j, fy in enumerate(YEARS + [TY]):
        cells.append(dict(r=1, c=2 + j, t=R(fy), fill=HEAD, size=8))
    r = 2
    note_rows = {}
    for key, seg, lab in SEGS:
        items = [("ass", "調定額※2", "assessed"), ("col", "収入済額", "collected"), ("rate", "収納率", "collection_rate")]
        if key == "tot":
            items += [("wo", "不納欠損額", "written_off"), ("out", "収入未済額", "outstanding")]
        cells.append(dict(r=r, c=0, rs=len(items), t=lab if key != "arr" else "滞繰分", vert=True, fill=SUB, size=8.5))
        for k, (mk, ml, metric) in enumerate(items):
            cells.append(dict(r=r + k, c=1, t=ml, al="l", fill=SUB))
            for j, fy in enumerate(YEARS):
                v = rows[fy][key][mk]
                basis = "actual" if fy <= 2024 else "estimate"
                if mk == "rate":
                    txt = fr(v)
                    shown = txt + ("※1" if (fy == 2024 and key == "tot") else "")
                    G.fact(page_no, d["debt"], d["raw"], fy, R(fy), seg, metric, basis, v, "percent", txt)
                else:
                    txt = comma(v)
                    shown = txt
                    G.fact(page_no, d["debt"], d["raw"], fy, R(fy), seg, metric, basis, v * 1000, "yen", txt)
                cells.append(dict(r=r + k, c=2 + j, t=shown, al="r"))
            # target column
            if mk == "rate":
                tv = d["t26"][["cur", "arr", "tot"].index(key)]
                cells.append(dict(r=r + k, c=6, t=fr(tv), al="r"))
                G.fact(page_no, d["debt"], d["raw"], TY, R(TY), seg, "collection_rate", "target", tv, "percent", fr(tv))
            elif mk == "out":
                cells.append(dict(r=r + k, c=6, t=comma(rows["out26"]), al="r"))
                G.fact(page_no, d["debt"], d["raw"], TY, R(TY), "total", "outstanding", "target",
                       rows["out26"] * 1000, "yen", comma(rows["out26"]))
            else:
                cells.append(dict(r=r + k, c=6, t="－", al="c"))
            note_rows[(key, mk)] = r + k
        r += len(items)
    # 備考 with figures
    a_out = rows[2024]["arr"]["out"]
    cells.append(dict(r=note_rows[("tot", "wo")], c=7, rs=2, t=f"令和6年度未済額のうち\n滞納繰越分{comma(a_out)}千円",
                      al="l", size=7.3))
    G.fact(page_no, d["debt"], d["raw"], 2024, "令和6年度", "arrears", "outstanding", "actual", a_out * 1000, "yen",
           f"{comma(a_out)}千円")
    y = pg.table(LM, y, colw, rowh, cells, size=8.3)
    y = pg.para(LM, y + 2, "※1　" + d["note1"], W, 7.5, "g", leading=1.35)
    y = pg.para(LM, y - 2, "※2　調定額は、還付未済額を控除した後の額。令和8年度の収入未済額の目標は、令和7年度決算見込を基に算定。", W,
                7.5, "g", leading=1.35)
    return y


def sheet_rows_years(G: Gold, pg: Page, page_no, d, rows, y):
    """Years as row groups (merged) with units in each column header; a 円 table beside later."""
    W = pg.w - 2 * LM
    pg.text(LM, y + 12, "１　収納状況の推移", 10.5, "g")
    y += 18
    colw = [70, 60, 80, 80, 60, 70, W - 420]
    rowh = [26] + [13.5] * 12 + [24]
    hdr = ["年度", "区分", "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "不納欠損額\n（千円）", "収入未済額\n（千円）"]
    cells = [dict(r=0, c=j, t=h, fill=HEAD, size=7.8) for j, h in enumerate(hdr)]
    r = 1
    for fy in YEARS:
        basis = "actual" if fy <= 2024 else "estimate"
        lab = R(fy) + ("\n（決算）" if fy <= 2024 else "\n（決算見込）")
        cells.append(dict(r=r, c=0, rs=3, t=lab, fill=SUB, size=7.8))
        for k, (key, seg, sl) in enumerate(SEGS):
            v = rows[fy][key]
            cells.append(dict(r=r + k, c=1, t=("滞繰分" if key == "arr" else ("計" if key == "tot" else "現年分")),
                              fill=SUB if key != "tot" else HEAD))
            vals = [("ass", "assessed"), ("col", "collected"), ("rate", "collection_rate"), ("wo", "written_off"),
                    ("out", "outstanding")]
            for j, (mk, metric) in enumerate(vals):
                x = v[mk]
                if mk == "rate":
                    t = fr(x)
                    G.fact(page_no, d["debt"], d["raw"], fy, R(fy), seg, metric, basis, x, "percent", t)
                elif mk == "wo" and key == "cur":
                    t = "－"
                else:
                    t = comma(x)
                    G.fact(page_no, d["debt"], d["raw"], fy, R(fy), seg, metric, basis, x * 1000, "yen", t)
                cells.append(dict(r=r + k, c=2 + j, t=t, al="r" if t != "－" else "c"))
        r += 3
    cells.append(dict(r=r, c=0, t=R(TY) + "\n（目標）", fill=SUB, size=7.8))
    cells.append(dict(r=r, c=1, t="現年/滞繰/計", size=6.8, fill=SUB))
    tvals = d["t26"]
    ttxt = f"{fr(tvals[0])}/{fr(tvals[1])}/{fr(tvals[2])}"
    cells.append(dict(r=r, c=2, cs=2, t="－", al="c"))
    cells.append(dict(r=r, c=4, cs=2, t=ttxt, al="c", size=7.5))
    for k, (key, seg, _) in enumerate(SEGS):
        G.fact(page_no, d["debt"], d["raw"], TY, R(TY), seg, "collection_rate", "target", tvals[k], "percent", fr(tvals[k]))
    cells.append(dict(r=r, c=6, t=comma(rows["out26"]), al="r"))
    G.fact(page_no, d["debt"], d["raw"], TY, R(TY), "total", "outstanding", "target", rows["out26"] * 1000, "yen",
           comma(rows["out26"]))
    y = pg.table(LM, y, colw, rowh, cells, size=8)
    # 備考 line with figure in text (below the table)
    a_out = rows[2024]["arr"]["out"]
    y = pg.para(LM, y + 1, f"（備考）令和6年度の収入未済額のうち滞納繰越分 {comma(a_out)}千円は、退去者分が約6割を占める。",
                W, 7.5, "g", leading=1.35)
    G.fact(page_no, d["debt"], d["raw"], 2024, "令和6年度", "arrears", "outstanding", "actual", a_out * 1000, "yen",
           f"{comma(a_out)}千円")
    return y


def targets_table(G: Gold, pg: Page, page_no, d, rows, y, yen_interim=False):
    """２ 数値目標と達成状況: targets and results side by side + 9月末 stacked cell."""
    W = pg.w - 2 * LM
    if yen_interim:
        pg.text(LM, y + 12, "２　数値目標と達成状況", 10.5, "g")
        y += 18
        colw = [64, 62, 62, 56, 62]
        cells = [dict(r=0, c=0, rs=2, t="区分", fill=HEAD),
                 dict(r=0, c=1, cs=3, t="令和6年度", fill=HEAD), dict(r=0, c=4, t="令和7年度", fill=HEAD),
                 dict(r=1, c=1, t="目標（％）", fill=HEAD, size=7.5), dict(r=1, c=2, t="実績（％）", fill=HEAD, size=7.5),
                 dict(r=1, c=3, t="達成率（％）", fill=HEAD, size=7.2), dict(r=1, c=4, t="目標（％）", fill=HEAD, size=7.5)]
        for k, (key, seg, lab) in enumerate(SEGS):
            t24 = d["t24"][k]
            a24 = rows[2024][key]["rate"]
            t25 = d["t25"][k]
            cells += [dict(r=2 + k, c=0, t=lab, fill=SUB), dict(r=2 + k, c=1, t=fr(t24), al="r"),
                      dict(r=2 + k, c=2, t=fr(a24), al="r"), dict(r=2 + k, c=3, t=fr(rnd(a24 / t24 * 100)), al="r"),
                      dict(r=2 + k, c=4, t=fr(t25), al="r")]
            G.fact(page_no, d["debt"], d["raw"], 2024, "令和6年度", seg, "collection_rate", "target", t24, "percent", fr(t24))
            G.fact(page_no, d["debt"], d["raw"], 2024, "令和6年度", seg, "collection_rate", "actual", a24, "percent", fr(a24))
            G.fact(page_no, d["debt"], d["raw"], 2025, "令和7年度", seg, "collection_rate", "target", t25, "percent", fr(t25))
        y2 = pg.table(LM, y, colw, [14, 16, 16, 16, 16], cells, size=8)
        # the 円 table on the same page as the 千円 table (units in the column headers)
        x2 = LM
        w2 = W
        y = y2 + 18
        pg.text(x2, y - 5, "令和7年9月末の収納状況", 9.5, "g")
        colw2 = [80, (w2 - 80) * 0.3, (w2 - 80) * 0.2, (w2 - 80) * 0.3, (w2 - 80) * 0.2]
        cells2 = [dict(r=0, c=0, rs=2, t="区分", fill=HEAD), dict(r=0, c=1, cs=2, t="令和7年9月末", fill=HEAD),
                  dict(r=0, c=3, cs=2, t="前年同期", fill=HEAD),
                  dict(r=1, c=1, t="収入済額（円）", fill=HEAD, size=8), dict(r=1, c=2, t="収納率（％）", fill=HEAD, size=8),
                  dict(r=1, c=3, t="収入済額（円）", fill=HEAD, size=8), dict(r=1, c=4, t="収納率（％）", fill=HEAD, size=8)]
        yen = interim_yen(rows)
        for k, (key, seg, lab) in enumerate(SEGS):
            c25, r25, c24, r24 = yen[key]
            cells2 += [dict(r=2 + k, c=0, t=lab, fill=SUB, size=8.5),
                       dict(r=2 + k, c=1, t=comma(c25), al="r", size=8.5), dict(r=2 + k, c=2, t=fr(r25), al="r", size=8.5),
                       dict(r=2 + k, c=3, t=comma(c24), al="r", size=8.5), dict(r=2 + k, c=4, t=fr(r24), al="r", size=8.5)]
            G.fact(page_no, d["debt"], d["raw"], 2025, "令和7年9月末", seg, "collected", "interim", c25, "yen", comma(c25), as_of=AS_OF)
            G.fact(page_no, d["debt"], d["raw"], 2025, "令和7年9月末", seg, "collection_rate", "interim", r25, "percent", fr(r25), as_of=AS_OF)
            G.fact(page_no, d["debt"], d["raw"], 2024, "前年同期", seg, "collected", "interim", c24, "yen", comma(c24), as_of=AS_OF_PREV)
            G.fact(page_no, d["debt"], d["raw"], 2024, "前年同期", seg, "collection_rate", "interim", r24, "percent", fr(r24), as_of=AS_OF_PREV)
        return pg.table(x2, y, colw2, [15, 16, 16, 16, 16], cells2, size=8.5)
    pg.text(LM, y + 12, "２　数値目標と達成状況", 10.5, "g")
    pg.text(LM + W - 260, y + 12, "（単位：％　令和7年9月末欄の上段は収入済額）", 8.5, "g", align="r", width=260)
    y += 18
    colw = [70, 66, 66, 62, 66, 100, W - 430]
    cells = [dict(r=0, c=0, rs=2, t="区分", fill=HEAD),
             dict(r=0, c=1, cs=3, t="令和6年度", fill=HEAD), dict(r=0, c=4, cs=3, t="令和7年度", fill=HEAD),
             dict(r=1, c=1, t="目標", fill=HEAD), dict(r=1, c=2, t="実績", fill=HEAD), dict(r=1, c=3, t="達成率", fill=HEAD),
             dict(r=1, c=4, t="目標", fill=HEAD), dict(r=1, c=5, t="9月末", fill=HEAD), dict(r=1, c=6, t="前年同期", fill=HEAD)]
    for k, (key, seg, lab) in enumerate(SEGS):
        t24 = d["t24"][k]
        a24 = rows[2024][key]["rate"]
        t25 = d["t25"][k]
        icol, irate = rows["int"][key]
        prev = rows["prev"][key]
        cells += [dict(r=2 + k, c=0, t=lab, fill=SUB), dict(r=2 + k, c=1, t=fr(t24), al="r"),
                  dict(r=2 + k, c=2, t=fr(a24), al="r"), dict(r=2 + k, c=3, t=fr(rnd(a24 / t24 * 100)), al="r"),
                  dict(r=2 + k, c=4, t=fr(t25), al="r"),
                  dict(r=2 + k, c=5, t=f"{comma(icol)}千円\n{fr(irate)}", al="r"),
                  dict(r=2 + k, c=6, t=f"\n{fr(prev)}", al="r")]
        G.fact(page_no, d["debt"], d["raw"], 2024, "令和6年度", seg, "collection_rate", "target", t24, "percent", fr(t24))
        G.fact(page_no, d["debt"], d["raw"], 2024, "令和6年度", seg, "collection_rate", "actual", a24, "percent", fr(a24))
        G.fact(page_no, d["debt"], d["raw"], 2025, "令和7年度", seg, "collection_rate", "target", t25, "percent", fr(t25))
        G.fact(page_no, d["debt"], d["raw"], 2025, "令和7年度", seg, "collected", "interim", icol * 1000, "yen",
               f"{comma(icol)}千円", as_of=AS_OF)
        G.fact(page_no, d["debt"], d["raw"], 2025, "令和7年度", seg, "collection_rate", "interim", irate, "percent", fr(irate),
               as_of=AS_OF)
        G.fact(page_no, d["debt"], d["raw"], 2024, "前年同期", seg, "collection_rate", "interim", prev, "percent", fr(prev),
               as_of=AS_OF_PREV)
    return pg.table(LM, y, colw, [14, 14, 25, 25, 25], cells, size=8.3)


def interim_yen(rows):
    out = {}
    for key in ("cur", "arr"):
        c25 = rows["int"][key][0] * 1000 + 517 if key == "cur" else rows["int"][key][0] * 1000 + 286
        r25 = rows["int"][key][1]
        r24 = rows["prev"][key]
        c24 = round(rows[2024][key]["ass"] * 1000 * r24 / 100) + 143
        out[key] = [c25, r25, c24, r24]
    c25 = out["cur"][0] + out["arr"][0]
    c24 = out["cur"][2] + out["arr"][2]
    out["tot"] = [c25, rows["int"]["tot"][1], c24, rows["prev"]["tot"]]
    return out


# ------------------------------------------------------------------ 取組 (five styles)
INIT = {
    "市税": ("paren", "３　令和7年度の主な取組", [
        ("(1)", "納期限後20日以内に督促状を発送し、電話及びSMSによる早期の催告を集中的に実施する。", "継続", False),
        ("(2)", "滞納繰越事案は年度前半に財産調査を終え、預貯金・給与等の差押えを計画的に執行する。", "継続", False),
        ("(3)", "地方税統一QRコードによるスマートフォン決済の利用を、広報あんじょう及び市公式LINEで周知する。", "拡充", False),
        ("(4)", "高額・困難事案は6月と10月に特別滞納整理担当へ移管し、捜索及びインターネット公売を実施する。", "継続", True),
        ("(5)", "県税務職員との相互併任により、個人住民税の高額滞納事案を共同で整理する。", "新規", False),
    ]),
    "国民健康保険料": ("cell", "３　令和7年度の取組", [
        ("現年分", "①", "資格取得の届出時に口座振替を勧奨し、Web口座振替受付サービスの利用を案内する。", "継続"),
        ("現年分", "②", "納付書に地方税統一QRコードを印字し、キャッシュレス納付を推進する。", "拡充"),
        ("現年分", "③", "夜間・休日の電話催告を年6回実施する。", "継続"),
        ("滞納繰越分", "①", "納付誓約の不履行者に差押予告書を送付し、反応のない者には速やかに滞納処分を行う。", "継続"),
        ("滞納繰越分", "②", "資格喪失世帯の未納額について転出先を調査し、文書催告を徹底する。", "新規"),
        ("滞納繰越分", "③", "執行停止の要件を満たす事案は、適正に滞納処分の執行停止を行う。", "継続"),
    ]),
    "介護保険料": ("box", "３　令和7年度の取組", [
        ("ア", "年金からの特別徴収への切替えを早期に行い、普通徴収の対象者を減らす。", "継続"),
        ("イ", "65歳到達者への保険料の案内に口座振替依頼書を同封する。", "継続"),
        ("ウ", "滞納期間に応じた給付制限の内容を事前に通知し、納付相談につなげる。", "拡充"),
        ("エ", "納付相談で生活困窮の状況を聴き取り、福祉部門と連携して支援につなげる。", "新規"),
    ]),
    "保育料": ("table", "３　令和7年度に実施する事項", [
        ("1", "継続", "入所決定通知に口座振替の案内を同封し、新規入所児童の口座振替率を高める。"),
        ("2", "継続", "滞納が2か月続いた世帯には、園を通じて納付案内を手渡しする。"),
        ("3", "新規", "児童手当からの申出徴収の案内を、現況届の受付時にあわせて行う。"),
        ("4", "継続", "卒園児の滞納分は財産調査を行い、納付能力がある世帯には差押えを実施する。"),
    ]),
    "市営住宅使用料": ("titles", "３　令和7年度の取組", [
        ("（１）滞納の未然防止", [("入居説明会で家賃の納付方法と滞納時の措置を説明する。", "継続"),
                          ("収入申告の提出勧奨の際に、家賃の減免制度を案内する。", "継続")]),
        ("（２）滞納者への対応", [("3か月以上の滞納者には、連帯保証人へ納付指導の協力を依頼する。", "継続"),
                          ("6か月以上の滞納者には、明渡請求訴訟を視野に法的措置を進める。", "拡充")]),
        ("（３）退去者の滞納分", [("退去滞納者の回収業務を弁護士法人へ委託する。", "新規")]),
    ]),
}


def initiatives(G: Gold, pg: Page, page_no, d, y):
    W = pg.w - 2 * LM
    style, section, items = INIT[d["debt"]]
    pg.text(LM, y + 14, section, 10.5, "g")
    y += 20
    fy = 2025
    if style == "paren":
        for lab, text, st, alone in items:
            body = f"{lab}　{text}" + ("" if alone else f"【{st}】")
            y = pg.para(LM + 6, y, body, W - 12, 9, "m", leading=1.5, hang=22)
            if alone:
                y = pg.para(LM + 6, y - 2, f"【{st}】", W - 12, 9, "m", leading=1.5, indent=22)
            G.init(page_no, d["debt"], d["raw"], fy, section.split("　", 1)[1], lab, text, st)
    elif style == "cell":
        # one cell per segment, several numbered items in it
        colw = [66, W - 66]
        groups = {}
        for seg, lab, text, st in items:
            groups.setdefault(seg, []).append(f"{lab}{text}【{st}】")
            G.init(page_no, d["debt"], d["raw"], fy, section.split("　", 1)[1], f"{seg}{lab}", text, st)
        cells, rowh = [], []
        for i, (seg, lst) in enumerate(groups.items()):
            body = "\n".join(lst)
            from fh_pdfdraw import wrap
            n = sum(len(wrap(x, colw[1] - 6, 8.8)) for x in lst)
            rowh.append(n * 8.8 * 1.3 + 8)
            cells += [dict(r=i, c=0, t=seg, fill=SUB, valign="t"), dict(r=i, c=1, t=body, al="l", valign="t", size=8.8)]
        y = pg.table(LM, y, colw, rowh, cells, size=8.8)
    elif style == "box":
        from fh_pdfdraw import wrap
        lines = sum(len(wrap(f"{l}　{t}【{s}】", W - 40, 9)) for l, t, s in items)
        h = lines * 9 * 1.5 + 22
        pg.rect((LM, y, LM + W, y + h), stroke=(0.2, 0.3, 0.5), lw=0.9, radius=0.04)
        pg.text(LM + 10, y + 13, "取組内容", 9, "g", color=(0.2, 0.3, 0.5))
        yy = y + 16
        for lab, text, st in items:
            yy = pg.para(LM + 14, yy, f"{lab}　{text}【{st}】", W - 28, 9, "m", leading=1.5, hang=14)
            G.init(page_no, d["debt"], d["raw"], fy, "取組内容", lab, text, st)
        y = y + h
    elif style == "table":
        from fh_pdfdraw import wrap
        colw = [28, 44, W - 72]
        cells = [dict(r=0, c=0, t="No.", fill=HEAD), dict(r=0, c=1, t="区分", fill=HEAD), dict(r=0, c=2, t="内容", fill=HEAD)]
        rowh = [15]
        for i, (no, st, text) in enumerate(items):
            n = len(wrap(text, colw[2] - 6, 8.8))
            rowh.append(max(18, n * 8.8 * 1.3 + 7))
            cells += [dict(r=i + 1, c=0, t=no, valign="t"), dict(r=i + 1, c=1, t=f"【{st}】", valign="t", size=8),
                      dict(r=i + 1, c=2, t=text, al="l", valign="t", size=8.8)]
            G.init(page_no, d["debt"], d["raw"], fy, section.split("　", 1)[1], no, text, st)
        y = pg.table(LM, y, colw, rowh, cells, size=8.8)
    elif style == "titles":
        for title, lst in items:
            pg.text(LM + 4, y + 11, title, 9.5, "g")
            y += 13
            for text, st in lst:
                y = pg.para(LM + 16, y - 1, f"・{text}", W - 30, 9, "m", leading=1.35, hang=9)
                y = pg.para(LM + 25, y - 4, f"【{st}】", W - 30, 9, "m", leading=1.35)
                G.init(page_no, d["debt"], d["raw"], fy, title.split("）", 1)[1], title[:3] + "・", text, st)
    return y


OUTLOOK = {
    "市税": "滞納繰越分の早期着手を徹底するとともに、納付環境の拡充により新たな滞納の発生を抑制する。",
    "国民健康保険料": "被保険者数の減少により調定額は縮小傾向にあるが、資格喪失世帯の未納が課題である。",
    "介護保険料": "普通徴収の対象となる65歳到達直後の被保険者への早期の働きかけが課題である。",
    "保育料": "無償化の対象外となる0～2歳児の世帯について、入所時からの口座振替の定着を図る。",
    "市営住宅使用料": "退去者分の回収委託と債権放棄の検討を並行して進める。",
}


def outlook(G: Gold, pg: Page, page_no, d, rows, y):
    """４ 課題と今後の方向性: differences stated in prose."""
    W = pg.w - 2 * LM
    pg.text(LM, y + 12, "４　課題と今後の方向性", 10.5, "g")
    diff = rows[2024]["tot"]["out"] - rows[2023]["tot"]["out"]
    man = round(abs(diff) / 10)
    pt = rnd(rows[2024]["cur"]["rate"] - rows[2023]["cur"]["rate"])
    s_man = f"約{comma(man)}万円"
    s_pt = f"{abs(pt):.2f}ポイント"
    txt = (f"　令和6年度決算の収入未済額は前年度から{s_man}{'減少' if diff < 0 else '増加'}し、現年分の収納率は前年度比"
           f"{s_pt}{'上昇' if pt >= 0 else '低下'}した。" + OUTLOOK[d["debt"]])
    y = pg.para(LM, y + 16, txt, W, 9, "m", leading=1.6)
    G.fact(page_no, d["debt"], d["raw"], 2024, "令和6年度", "total", "difference", "actual",
           (-1 if diff < 0 else 1) * man * 10000, "yen", s_man, approx=True)
    G.fact(page_no, d["debt"], d["raw"], 2024, "令和6年度", "current", "difference", "actual",
           pt if pt >= 0 else pt, "points", s_pt)
    return y


# ------------------------------------------------------------------ pages 1 and 2
def page1(G: Gold, doc, allrows):
    pg = Page(doc)
    W = pg.w - 2 * LM
    pg.text(0, 90, TITLE, 16, "g", align="c", width=pg.w)
    pg.text(0, 130, "次　　第", 14, "g", align="c", width=pg.w)
    y = 160
    for s in ["日時　令和７年１１月１８日（火）午後２時から", "場所　安城市役所本庁舎３階　第１０会議室"]:
        pg.text(LM + 230, y, s, 10, "m")
        y += 16
    y += 20
    lines = ["１　開会", "２　本部長あいさつ", "３　議題",
             "　（１）令和６年度決算における主要債権の状況について　　　　【資料１】",
             "　（２）主要債権の取組個票について　　　　　　　　　　　　　【資料２】",
             "　（３）令和８年度債権管理推進計画の策定スケジュールについて", "４　閉会"]
    for s in lines:
        pg.text(LM + 30, y, s, 11, "m")
        y += 26
    y += 10
    pg.text(LM, y, "安城市債権管理推進本部　本部員名簿", 10.5, "g")
    y += 8
    members = [("本部長", "副市長"), ("副本部長", "総務部長"), ("本部員", "企画部長"), ("本部員", "市民生活部長"),
               ("本部員", "健康福祉部長"), ("本部員", "子育て健康部長"), ("本部員", "都市整備部長"), ("本部員", "上下水道部長"),
               ("本部員", "教育部長"), ("事務局", "総務部納税課")]
    cells = [dict(r=0, c=0, t="区分", fill=HEAD), dict(r=0, c=1, t="職", fill=HEAD),
             dict(r=0, c=2, t="区分", fill=HEAD), dict(r=0, c=3, t="職", fill=HEAD)]
    for i, (a, b) in enumerate(members):
        r, c = 1 + i % 5, (i // 5) * 2
        cells += [dict(r=r, c=c, t=a), dict(r=r, c=c + 1, t=b, al="l")]
    y = pg.table(LM, y, [70, W / 2 - 70, 70, W / 2 - 70], [16] * 6, cells, size=9)
    # 【参考】 box
    y += 24
    tot24 = sum(r[2024]["tot"]["out"] for r in allrows.values())
    shizei = allrows["市税"][2024]["cur"]["rate"]
    approx = round(tot24 * 1000, -7)  # 10万円単位? -> rounded to 1,000万円
    oku, man = divmod(approx // 10000, 10000)
    s_amt = f"約{oku}億{comma(man)}万円" if man else f"約{oku}億円"
    box = [f"・主要５債権の収入未済額（令和６年度決算）：{s_amt}",
           f"・市税の収納率（令和６年度現年分）：{fr(shizei)}％",
           "・次回本部会議：令和８年２月（予定）"]
    pg.rect((LM, y, LM + W, y + 70), stroke=(0, 0, 0), lw=0.8)
    pg.text(LM + 8, y + 16, "【参考】", 10, "g")
    yy = y + 20
    for s in box:
        yy = pg.para(LM + 16, yy, s, W - 30, 9.5, "g", leading=1.45)
    G.fact(1, None, None, 2024, "令和６年度", "total", "outstanding", "actual", approx, "yen", s_amt, approx=True)
    G.fact(1, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", shizei, "percent", f"{fr(shizei)}％")
    pg.text(0, pg.h - 24, "- 1 -", 8, "g", align="c", width=pg.w)


def page2(G: Gold, doc, allrows):
    pg = Page(doc)
    W = pg.w - 2 * LM
    pg.text(LM, 40, TITLE, 8, "g", color=(0.3, 0.3, 0.3))
    pg.text(pg.w - LM - 60, 40, "資料１", 10, "g", align="r", width=60)
    pg.text(LM, 70, "令和６年度決算における主要債権の状況", 14, "g")
    y = 92
    pg.text(LM, y, "表１　主要債権の収入未済額の推移", 10, "g")
    pg.text(LM + W - 100, y, "（単位：千円）", 8.5, "g", align="r", width=100)
    y += 6
    names = [d["short"] for d in DEBTS]
    colw = [92] + [(W - 92 - 74) / 5] * 5 + [74]
    cells = [dict(r=0, c=0, t="年度", fill=(0.75, 0.82, 0.9))]
    for j, nm in enumerate(names):
        cells.append(dict(r=0, c=1 + j, t=nm, fill=(0.75, 0.82, 0.9), size=7.8))
    cells.append(dict(r=0, c=6, t="計", fill=(0.75, 0.82, 0.9)))
    zebra = {}
    for i, fy in enumerate([2022, 2023, 2024]):
        cells.append(dict(r=1 + i, c=0, t=R(fy) + "決算", al="l"))
        s = 0
        for j, d in enumerate(DEBTS):
            v = allrows[d["debt"]][fy]["tot"]["out"]
            s += v
            cells.append(dict(r=1 + i, c=1 + j, t=comma(v), al="r"))
            G.fact(2, d["debt"], d["short"], fy, R(fy), "total", "outstanding", "actual", v * 1000, "yen", comma(v))
        cells.append(dict(r=1 + i, c=6, t=comma(s), al="r"))
        G.fact(2, None, "計", fy, R(fy), "total", "outstanding", "actual", s * 1000, "yen", comma(s))
        if i % 2 == 1:
            zebra[1 + i] = ZEB
    cells.append(dict(r=4, c=0, t="増減（R6－R5）", al="l", size=8))
    s = 0
    for j, d in enumerate(DEBTS):
        v = allrows[d["debt"]][2024]["tot"]["out"] - allrows[d["debt"]][2023]["tot"]["out"]
        s += v
        cells.append(dict(r=4, c=1 + j, t=tri(v), al="r"))
        G.fact(2, d["debt"], d["short"], 2024, "R6", "total", "difference", "actual", v * 1000, "yen", tri(v))
    cells.append(dict(r=4, c=6, t=tri(s), al="r"))
    G.fact(2, None, "計", 2024, "R6", "total", "difference", "actual", s * 1000, "yen", tri(s))
    y = pg.table(LM, y, colw, [18] * 5, cells, size=8.5, rules=False, zebra=zebra)
    pg.line((LM, y), (LM + W, y), lw=0.8)
    pg.line((LM, y - 18), (LM + W, y - 18), lw=0.4)
    y += 30
    # table 2: debts as rows, rates without % (unit in the caption)
    pg.text(LM, y, "表２　主要債権の収納率（現年分・滞納繰越分の合計）", 10, "g")
    pg.text(LM + W - 100, y, "（単位：％）", 8.5, "g", align="r", width=100)
    y += 6
    colw = [150, 95, 95, W - 340]
    cells = [dict(r=0, c=0, t="債権名", fill=HEAD), dict(r=0, c=1, t="令和５年度", fill=HEAD),
             dict(r=0, c=2, t="令和６年度", fill=HEAD), dict(r=0, c=3, t="差（ポイント）", fill=HEAD)]
    for i, d in enumerate(DEBTS):
        r5 = allrows[d["debt"]][2023]["tot"]["rate"]
        r6 = allrows[d["debt"]][2024]["tot"]["rate"]
        df = rnd(r6 - r5)
        cells += [dict(r=1 + i, c=0, t=d["raw"], al="l", size=8.2), dict(r=1 + i, c=1, t=fr(r5), al="r"),
                  dict(r=1 + i, c=2, t=fr(r6), al="r"), dict(r=1 + i, c=3, t=frd(df), al="r")]
        G.fact(2, d["debt"], d["raw"], 2023, "令和５年度", "total", "collection_rate", "actual", r5, "percent", fr(r5))
        G.fact(2, d["debt"], d["raw"], 2024, "令和６年度", "total", "collection_rate", "actual", r6, "percent", fr(r6))
        G.fact(2, d["debt"], d["raw"], 2024, "令和６年度", "total", "difference", "actual", df, "points", frd(df))
    y = pg.table(LM, y, colw, [18] + [17] * 5, cells, size=8.8)
    y += 18
    # prose with 百万円 and differences
    t23 = sum(allrows[d["debt"]][2023]["tot"]["out"] for d in DEBTS)
    t24 = sum(allrows[d["debt"]][2024]["tot"]["out"] for d in DEBTS)
    m24 = rnd(t24 / 1000, 1)
    dm = rnd((t24 - t23) / 1000, 1)
    kok = allrows["国民健康保険料"]
    kd = rnd(kok[2024]["tot"]["rate"] - kok[2023]["tot"]["rate"])
    s_m24 = f"{m24:,.1f}百万円"
    s_dm = f"{abs(dm):,.1f}百万円"
    s_kd = f"{kd:.2f}ポイント"
    prose = (f"　主要５債権の収入未済額は、令和６年度決算で{s_m24}となり、前年度に比べ{s_dm}減少した。"
             f"国民健康保険税は、滞納繰越分の差押えの強化により合計の収納率が前年度比{s_kd}上昇したものの、"
             "依然として収入未済額の過半を占めており、引き続き重点的に取り組む必要がある。"
             "市営住宅使用料は、退去者分の回収を弁護士法人へ委託する準備を進めている。")
    pg.text(LM, y, "３　概況", 10.5, "g")
    y = pg.para(LM, y + 4, prose, W, 9.5, "m", leading=1.7)
    G.fact(2, None, None, 2024, "令和６年度", "total", "outstanding", "actual", round(m24 * 1_000_000), "yen", s_m24)
    G.fact(2, None, None, 2024, "令和６年度", "total", "difference", "actual", -round(abs(dm) * 1_000_000), "yen", s_dm)
    G.fact(2, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "total", "difference", "actual", kd, "points", s_kd)
    assert dm < 0 and kd > 0
    # 図１ bar chart with data labels (百万円, unit only in the axis caption)
    y += 22
    pg.text(LM, y, "図１　主要５債権の収入未済額（合計）の推移", 10, "g")
    pg.text(LM + 20, y + 18, "（百万円）", 8, "g")
    base = y + 190
    x0 = LM + 60
    pg.line((x0, base), (x0 + 330, base), lw=0.8)
    pg.line((x0, y + 25), (x0, base), lw=0.8)
    vmax = 1600.0
    for k in range(0, 5):
        v = k * 400
        yy = base - v / vmax * 160
        pg.line((x0, yy), (x0 + 330, yy), lw=0.2, color=(0.6, 0.6, 0.6))
        pg.text(x0 - 40, yy + 3, comma(v), 7.5, "g", align="r", width=34)
    for i, fy in enumerate([2022, 2023, 2024]):
        tot = sum(allrows[d["debt"]][fy]["tot"]["out"] for d in DEBTS)
        mv = rnd(tot / 1000, 1)
        h = mv / vmax * 160
        bx = x0 + 35 + i * 100
        pg.rect((bx, base - h, bx + 50, base), fill=(0.36, 0.52, 0.72), stroke=None)
        lab = f"{mv:,.1f}"
        pg.text(bx - 10, base - h - 4, lab, 8.5, "g", align="c", width=70)
        pg.text(bx - 10, base + 12, R(fy), 8, "g", align="c", width=70)
        G.fact(2, None, None, fy, R(fy), "total", "outstanding", "actual", round(mv * 1_000_000), "yen", lab)
    pg.text(x0 + 350, base - 120, "※決算額を百万円未満", 7.5, "g")
    pg.text(x0 + 350, base - 108, "　四捨五入で表示", 7.5, "g")
    pg.text(0, pg.h - 24, "- 2 -", 8, "g", align="c", width=pg.w)


def main():
    G = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2025-11-18", "令和７年１１月１８日（火）")
    allrows = {d["debt"]: compute(d) for d in DEBTS}
    doc = fitz.open()
    page1(G, doc, allrows)
    page2(G, doc, allrows)
    for i, d in enumerate(DEBTS):
        page_no = 3 + i
        pg = Page(doc)
        header(pg, "①②③④⑤"[i], page_no)
        y = strip(pg, d, 80) + 12
        rows = allrows[d["debt"]]
        if d["debt"] == "市営住宅使用料":
            y = sheet_rows_years(G, pg, page_no, d, rows, y)
            y = targets_table(G, pg, page_no, d, rows, y + 8, yen_interim=True)
        else:
            y = sheet_standard(G, pg, page_no, d, rows, y)
            y = targets_table(G, pg, page_no, d, rows, y + 6)
        y = initiatives(G, pg, page_no, d, y + 8)
        y = outlook(G, pg, page_no, d, rows, y + 10)
        assert y < pg.h - 40, (d["debt"], y)
    doc.subset_fonts()
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    out = PDF_DIR / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    G.write(out)


if __name__ == "__main__":
    main()
