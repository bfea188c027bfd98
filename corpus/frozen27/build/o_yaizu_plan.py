"""焼津市債権管理推進計画 (推進シート per debt) — python-docx -> LibreOffice."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from o_common import Gold, OUT, PDF, c, rate, soffice_pdf, zen
from o_docx_util import new_doc, para, header_footer, table, merge, shade
from docx.shared import Pt

STEM = "o_yaizu_plan_1"
CITY = "焼津市"
TITLE = "焼津市債権管理推進計画"
g = Gold(STEM, "plan", CITY, TITLE, "2024-03-01", "令和6年3月")

YEARS = [2018, 2019, 2020, 2021, 2022]
WAREKI = {2018: "平成30年度", 2019: "令和元年度", 2020: "令和2年度", 2021: "令和3年度", 2022: "令和4年度",
          2023: "令和5年度", 2024: "令和6年度", 2025: "令和7年度", 2026: "令和8年度", 2027: "令和9年度",
          2028: "令和10年度"}
SHORT = {2018: "H30", 2019: "R元", 2020: "R2", 2021: "R3", 2022: "R4", 2023: "R5"}


def series(cur_ass, cur_rates, arr0, arr_rates, wo_rates):
    """Return per-year dict (千円): ca, cc, aa, ac, aw, ao, ta, tc."""
    out = {}
    arr = arr0
    for k, y in enumerate(YEARS):
        ca = cur_ass[k]
        cc = round(ca * cur_rates[k] / 100)
        co = ca - cc
        aa = arr
        ac = round(aa * arr_rates[k] / 100)
        aw = round(aa * wo_rates[k] / 100)
        ao = aa - ac - aw
        out[y] = dict(ca=ca, cc=cc, co=co, aa=aa, ac=ac, aw=aw, ao=ao, ta=ca + aa, tc=cc + ac, tw=aw,
                      to=co + ao)
        arr = co + ao
    return out


# 千円
D = {
    "市税": series([18_412_305, 18_655_120, 18_302_877, 18_720_410, 19_015_862],
                   [98.62, 98.75, 98.41, 98.88, 99.02], 1_321_448, [26.8, 28.1, 27.4, 30.2, 31.5],
                   [7.9, 8.4, 6.1, 7.2, 6.8]),
    "国民健康保険税": series([3_912_440, 3_856_217, 3_801_906, 3_744_385, 3_650_128],
                           [93.41, 93.86, 94.12, 94.60, 94.95], 1_102_775, [20.4, 21.6, 22.1, 23.9, 24.8],
                           [9.8, 10.2, 8.7, 9.1, 8.4]),
    "介護保険料": series([3_104_226, 3_188_410, 3_240_517, 3_301_992, 3_352_604],
                        [99.02, 99.08, 99.11, 99.19, 99.24], 98_112, [14.6, 15.3, 16.8, 17.2, 18.4],
                        [28.5, 27.9, 26.4, 25.8, 24.6]),
    "市営住宅使用料": series([412_318, 408_905, 401_226, 398_540, 395_117],
                           [97.31, 97.52, 97.10, 97.66, 97.84], 61_448, [17.2, 18.0, 16.5, 19.3, 20.1],
                           [3.1, 2.6, 4.2, 3.8, 3.3]),
}
OTHER = {  # 収入未済額 only (千円) for the list table
    "後期高齢者医療保険料": [14_208, 13_655, 12_904, 12_310, 11_872],
    "下水道使用料": [62_417, 58_330, 55_106, 51_920, 49_283],
    "保育所保育料": [38_905, 35_124, 30_417, 27_806, 24_531],
    "生活保護費返還金": [204_118, 211_506, 218_733, 224_016, 230_487],
    "母子父子寡婦福祉資金貸付金": [41_226, 40_118, 39_025, 38_410, 37_652],
}
KUBUN = {"市税": "強制", "国民健康保険税": "強制", "介護保険料": "強制", "後期高齢者医療保険料": "強制",
         "下水道使用料": "強制", "保育所保育料": "強制", "市営住宅使用料": "私", "生活保護費返還金": "非強制",
         "母子父子寡婦福祉資金貸付金": "私"}
KA = {"市税": "納税課", "国民健康保険税": "国保年金課", "介護保険料": "介護福祉課", "後期高齢者医療保険料": "国保年金課",
      "下水道使用料": "上下水道料金課", "保育所保育料": "保育・幼稚園課", "市営住宅使用料": "建築住宅課",
      "生活保護費返還金": "生活福祉課", "母子父子寡婦福祉資金貸付金": "子育て支援課"}


def outstanding(name):
    if name in D:
        return [D[name][y]["to"] for y in YEARS]
    return OTHER[name]


def build():
    d = new_doc(font="IPAex明朝", size=10)
    header_footer(d, "焼津市債権管理推進計画（令和6年度～令和10年度）")
    # ---------------- p1
    para(d, TITLE, size=18, bold=True, align="c", before=30)
    para(d, "（令和6年度～令和10年度）", size=12, align="c", after=6)
    para(d, "令和6年3月", size=11, align="c")
    para(d, "焼 津 市 総 務 部 納 税 課", size=11, align="c", after=20)
    para(d, "１　計画策定の趣旨", bold=True, before=6, after=3)
    para(d, "　本市では、焼津市債権管理条例に基づき、市が保有する債権の適正な管理と収入の確保に全庁を挙げて取り組んで"
            "きた。前計画の期間が令和5年度で終了することから、これまでの成果と課題を整理し、新たな推進計画を定める。")
    para(d, "２　計画期間", bold=True, before=6, after=3)
    para(d, "　令和6年度から令和10年度までの5か年とする。")
    para(d, "３　対象債権", bold=True, before=6, after=3)
    para(d, "　令和4年度決算において収入未済額が生じている債権のうち、所管課が推進シートを作成する主要9債権とする。")
    para(d, "４　収入未済額の状況", bold=True, before=6, after=3)
    names = list(D) + list(OTHER)
    tot = [sum(outstanding(n)[k] for n in names) for k in range(5)]
    t22 = round(tot[4] / 1000)  # 百万円
    t18 = round(tot[0] / 1000)
    s22 = f"約{t22 // 100}億{t22 % 100 * 100:,}万円" if t22 % 100 else f"約{t22 // 100}億円"
    s18 = f"約{t18 // 100}億{t18 % 100 * 100:,}万円"
    txt = (f"　対象債権の収入未済額は、令和4年度決算で{s22}となり、平成30年度の{s18}と比べ縮減が進んだ。"
           "一方、生活保護費返還金は増加傾向が続いており、発生の抑制と回収の両面からの対策が課題である。")
    para(d, txt)
    g.f(1, None, 2022, "令和4年度", "total", "outstanding", "actual", t22 * 1_000_000, "yen", s22, approx=True,
        debt_raw=None)
    g.f(1, None, 2018, "平成30年度", "total", "outstanding", "actual", t18 * 1_000_000, "yen", s18, approx=True,
        debt_raw=None)
    para(d, "５　債権管理の基本方針", bold=True, before=6, after=3)
    for s in ["(1) 現年度分の確実な徴収による滞納繰越の抑制", "(2) 滞納繰越分の計画的な整理と適正な執行停止・債権放棄",
              "(3) 納付しやすい環境の整備と納付意識の向上", "(4) 職員の専門性の向上と所管課間の連携"]:
        para(d, s, indent=4)
    d.add_page_break()
    # ---------------- p2 list table, total row first, subtotals by 区分
    para(d, "６　対象債権の収入未済額の推移", bold=True, after=2)
    para(d, "（単位：千円）", size=8, align="r")
    hdr = ["債権名", "所管課", "区分"] + [WAREKI[y] for y in YEARS]
    rows = [hdr, ["合　計", "", ""] + [c(v) for v in tot]]
    for k, y in enumerate(YEARS):
        g.f(2, None, y, WAREKI[y], "total", "outstanding", "actual", tot[k] * 1000, "yen", c(tot[k]),
            debt_raw="合計")
    for kb, label in (("強制", "強制徴収公債権"), ("非強制", "非強制徴収公債権"), ("私", "私債権")):
        grp = [n for n in names if KUBUN[n] == kb]
        for n in grp:
            v = outstanding(n)
            rows.append([n, KA[n], kb] + [c(x) for x in v])
            for k, y in enumerate(YEARS):
                g.f(2, n, y, WAREKI[y], "total", "outstanding", "actual", v[k] * 1000, "yen", c(v[k]))
        sub = [sum(outstanding(n)[k] for n in grp) for k in range(5)]
        if len(grp) > 1:
            rows.append([f"小計（{label}）", "", ""] + [c(x) for x in sub])
            for k, y in enumerate(YEARS):
                g.f(2, None, y, WAREKI[y], "total", "outstanding", "actual", sub[k] * 1000, "yen", c(sub[k]),
                    debt_raw=f"小計（{label}）")
    t = table(d, rows, widths=[38, 24, 12, 21, 21, 21, 21, 21], size=8,
              align=["l", "l", "c", "r", "r", "r", "r", "r"], shade_header="D9D9D9")
    merge(t, 1, 0, 1, 2)
    for i, r in enumerate(rows):
        if r[0].startswith("小計"):
            merge(t, i, 0, i, 2)
    para(d, "※区分　強制：強制徴収公債権、非強制：非強制徴収公債権、私：私債権", size=8, before=2)
    para(d, "※各年度の出納閉鎖後の決算額。表示単位未満を四捨五入しているため、合計が一致しない場合がある。", size=8)
    para(d, "", after=4)
    para(d, "７　推進シートの見方", bold=True, after=2)
    para(d, "　債権ごとに、収納状況の推移、計画期間の目標及び目標達成に向けた取組を1枚にまとめた。取組の区分は、"
            "継続（前計画から引き続き実施）、拡充（内容を強化して実施）、新規（本計画から実施）とする。")
    d.add_page_break()
    sheet_shizei(d)
    d.add_page_break()
    sheet_kokuho(d)
    d.add_page_break()
    sheet_kaigo(d)
    d.add_page_break()
    sheet_jutaku(d)
    src = OUT / f"{STEM}.docx"
    OUT.mkdir(exist_ok=True)
    d.save(src)
    soffice_pdf(src, PDF / f"{STEM}.pdf", "yaizu")


def debt_box(d, name, kubun):
    t = table(d, [["債権名", name, "所管課", KA[name], "債権区分", kubun]], widths=[18, 50, 18, 30, 20, 38],
              size=9.5, header_rows=0)
    for j in (0, 2, 4):
        shade(t.cell(0, j), "DDEBF7")
    para(d, "", after=3)


SEC_T = "目標達成に向けた取組"


def sheet_shizei(d):
    n, P = "市税", 3
    para(d, "推進シート①", size=9, align="r")
    debt_box(d, n, "強制徴収公債権")
    para(d, "(1) 収納状況の推移", bold=True)
    para(d, "（単位：千円、％）", size=8, align="r")
    s = D[n]
    est = dict(ca=19_204_550, cc=19_022_107, aa=1_250_310, ac=406_350)
    hdr = ["区分", "項目"] + [WAREKI[y] for y in YEARS] + ["令和5年度\n見込"]
    rows = [hdr]
    items = [("現\n年\n分", "current", [("調定額", "assessed", "ca"), ("収入済額", "collected", "cc"),
                                       ("収納率", "collection_rate", None)]),
             ("滞\n納\n繰\n越\n分", "arrears", [("調定額", "assessed", "aa"), ("収入済額", "collected", "ac"),
                                              ("不納欠損額", "written_off", "aw"), ("収入未済額", "outstanding", "ao"),
                                              ("収納率", "collection_rate", None)])]
    starts = []
    for lab, seg, its in items:
        starts.append((len(rows), len(its)))
        for k, (iname, metric, key) in enumerate(its):
            row = [lab if k == 0 else "", iname]
            for y in YEARS:
                v = s[y]
                if key:
                    txt = c(v[key])
                    g.f(P, n, y, WAREKI[y], seg, metric, "actual", v[key] * 1000, "yen", txt)
                else:
                    a, b = (v["ca"], v["cc"]) if seg == "current" else (v["aa"], v["ac"])
                    rr = rate(b, a, 2)
                    txt = f"{rr:.2f}"
                    g.f(P, n, y, WAREKI[y], seg, metric, "actual", rr, "percent", txt)
                row.append(txt)
            # estimate column
            if seg == "current":
                m = {"ca": est["ca"], "cc": est["cc"]}
                if key in m:
                    txt = c(m[key]); g.f(P, n, 2023, "令和5年度見込", seg, metric, "estimate", m[key] * 1000, "yen", txt)
                else:
                    rr = rate(est["cc"], est["ca"], 2); txt = f"{rr:.2f}"
                    g.f(P, n, 2023, "令和5年度見込", seg, metric, "estimate", rr, "percent", txt)
            else:
                m = {"aa": est["aa"], "ac": est["ac"]}
                if key in m:
                    txt = c(m[key]); g.f(P, n, 2023, "令和5年度見込", seg, metric, "estimate", m[key] * 1000, "yen", txt)
                elif key is None:
                    rr = rate(est["ac"], est["aa"], 2); txt = f"{rr:.2f}"
                    g.f(P, n, 2023, "令和5年度見込", seg, metric, "estimate", rr, "percent", txt)
                else:
                    txt = "－"
            row.append(txt)
            rows.append(row)
    t = table(d, rows, widths=[9, 20, 23, 23, 23, 23, 23, 23], size=8,
              align=["c", "l", "r", "r", "r", "r", "r", "r", "r"], shade_header="F2F2F2")
    for r0, k in starts:
        merge(t, r0, 0, r0 + k - 1, 0)
    para(d, "※令和5年度見込は令和6年1月末の実績を基に推計した。", size=8, before=2, after=4)
    para(d, "(2) 数値目標", bold=True)
    para(d, "計画期間：令和6年度～令和10年度", size=9)
    tg = {"current": [99.05, 99.10, 99.15, 99.20, 99.25], "arrears": [32.0, 32.5, 33.0, 33.5, 34.0]}
    ty = [2024, 2025, 2026, 2027, 2028]
    rows = [["目標値"] + [WAREKI[y] for y in ty]]
    for seg, lab in (("current", "現年分収納率"), ("arrears", "滞納繰越分収納率")):
        row = [lab]
        for k, y in enumerate(ty):
            v = tg[seg][k]
            txt = f"{v:.2f}％" if seg == "current" else f"{v:.1f}％"
            row.append(txt)
            g.f(P, n, y, WAREKI[y], seg, "collection_rate", "target", v, "percent", txt)
        rows.append(row)
    table(d, rows, widths=[36, 27, 27, 27, 27, 27], size=8.5, align=["l", "r", "r", "r", "r", "r"])
    para(d, "", after=3)
    para(d, "(3) " + SEC_T, bold=True)
    its = [("1-1", "早期催告の徹底", "納期限後20日以内に督促状を発送し、その後も納付がない場合は、SMS催告及び電話催告を速やかに行う。", "通年", "継続"),
           ("1-2", "納付環境の整備", "スマートフォン決済及び地方税統一QRコードによる納付を周知し、口座振替の新規登録を勧奨する。", "通年", "拡充"),
           ("2-1", "滞納処分の強化", "財産調査を早期に行い、預貯金及び給与の差押えを中心に滞納処分を進める。", "5月～3月", "継続"),
           ("2-2", "高額滞納案件の進行管理", "滞納額100万円以上の案件を担当者ごとに一覧化し、月次の進行管理会議で処理方針を確認する。", "毎月", "新規"),
           ("3-1", "執行停止の適正運用", "生活困窮等により徴収が見込めない案件は、実態を調査した上で滞納処分の執行停止を行う。", "通年", "継続")]
    rows = [["No.", "取組項目", "内容", "実施時期", "区分"]] + [list(x) for x in its]
    table(d, rows, widths=[11, 30, 95, 18, 14], size=8, align=["c", "l", "l", "c", "c"], shade_header="F2F2F2")
    for lab, item, txt, when, st in its:
        g.i(P, n, 2024, SEC_T, lab, txt, st)


def sheet_kokuho(d):
    n, P = "国民健康保険税", 4
    para(d, "推進シート②", size=9, align="r")
    debt_box(d, n, "強制徴収公債権")
    para(d, "(1) 収納状況の推移（単位：千円）", bold=True, after=2)
    s = D[n]
    rows = [["年度"] + [str(y) for y in YEARS]]
    spec = [("調定額（現年）", "current", "assessed", "ca"), ("収入済額（現年）", "current", "collected", "cc"),
            ("収納率（現年）", "current", "collection_rate", ("cc", "ca")),
            ("調定額（滞繰）", "arrears", "assessed", "aa"), ("収入済額（滞繰）", "arrears", "collected", "ac"),
            ("不納欠損額（滞繰）", "arrears", "written_off", "aw"),
            ("収納率（滞繰）", "arrears", "collection_rate", ("ac", "aa")),
            ("収入未済額（計）", "total", "outstanding", "to")]
    for lab, seg, metric, key in spec:
        row = [lab]
        for y in YEARS:
            v = s[y]
            if isinstance(key, tuple):
                rr = rate(v[key[0]], v[key[1]], 2)
                txt = f"{rr:.2f}%"
                g.f(P, n, y, f"{y}", seg, metric, "actual", rr, "percent", txt)
            else:
                txt = c(v[key])
                g.f(P, n, y, f"{y}", seg, metric, "actual", v[key] * 1000, "yen", txt)
            row.append(txt)
        rows.append(row)
    table(d, rows, widths=[40, 27, 27, 27, 27, 27], size=8.5, align=["l", "r", "r", "r", "r", "r"],
          grid="hrules")
    para(d, "※2018年度は平成30年度、2019年度は令和元年度を指す。収納率は小数点以下第3位を四捨五入。", size=8, before=2, after=5)
    para(d, "(2) 数値目標", bold=True, after=2)
    t1 = 96.0
    t2 = 300_000_000
    para(d, f"（１）現年課税分の収納率を令和10年度までに{t1:.1f}％以上とする。", indent=3)
    g.f(P, n, 2028, "令和10年度", "current", "collection_rate", "target", t1, "percent", f"{t1:.1f}％")
    para(d, "（２）滞納繰越分の収入未済額を令和10年度末に3億円以下とする。", indent=3)
    g.f(P, n, 2028, "令和10年度末", "arrears", "outstanding", "target", t2, "yen", "3億円")
    para(d, "（３）各年度の滞納繰越分の収納率を25.0％以上に保つ。", indent=3, after=5)
    for y in [2024, 2025, 2026, 2027, 2028]:
        pass
    para(d, "(3) " + SEC_T, bold=True, after=2)
    items = [("(ｱ)", "資格取得時の口座振替原則化を進め、窓口での申込み時に口座振替依頼書の提出を案内する。", "継続",
              ["・転入及び社会保険離脱の手続時に案内文を手渡す。"]),
             ("(ｲ)", "短期被保険者証の更新時に納付相談を行い、分割納付の履行状況を確認する。", "継続", []),
             ("(ｳ)", "滞納繰越分のうち少額案件は、年2回の一斉催告と財産調査を組み合わせて早期に完結させる。", "拡充",
              ["・一斉催告は6月と11月に実施する。", "・催告後30日以内に納付がない場合は財産調査に移行する。"]),
             ("(ｴ)", "外国人被保険者向けに多言語の納付案内を作成し、転出予定者への納付指導を行う。", "新規", [])]
    for lab, txt, st, subs in items:
        para(d, f"{lab}　{txt}【{st}】", indent=3)
        for sb in subs:
            para(d, sb, indent=9, size=9)
        g.i(P, n, 2024, SEC_T, lab, txt, st)


def sheet_kaigo(d):
    n, P = "介護保険料", 5
    para(d, "推進シート③", size=9, align="r")
    debt_box(d, n, "強制徴収公債権")
    para(d, "(1) 収納状況の推移（現年分・滞納繰越分の合計）", bold=True)
    para(d, "（単位：千円）", size=8, align="r")
    s = D[n]
    rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "前年度比"]]
    prev = None
    for y in YEARS:
        v = s[y]
        rr = rate(v["tc"], v["ta"], 1)
        diff = "－" if prev is None else f"{rr - prev:+.1f}pt"
        prev = rr
        rows.append([WAREKI[y], c(v["ta"]), c(v["tc"]), c(v["tw"]), c(v["to"]), f"{rr:.1f}％", diff])
        for metric, key in (("assessed", "ta"), ("collected", "tc"), ("written_off", "tw"), ("outstanding", "to")):
            g.f(P, n, y, WAREKI[y], "total", metric, "actual", v[key] * 1000, "yen", c(v[key]))
        g.f(P, n, y, WAREKI[y], "total", "collection_rate", "actual", rr, "percent", f"{rr:.1f}％")
    table(d, rows, widths=[24, 26, 26, 22, 24, 18, 18], size=8.5, align=["l", "r", "r", "r", "r", "r", "r"],
          shade_header="E2EFDA")
    para(d, "※収納率＝収入済額÷調定額。前年度比はポイント差。", size=8, before=2, after=5)
    para(d, "(2) 数値目標", bold=True, after=2)
    rows = [["項目", "現状値（令和4年度）", "目標値（令和10年度）"]]
    cr = rate(s[2022]["cc"], s[2022]["ca"], 2)
    ar = rate(s[2022]["ac"], s[2022]["aa"], 1)
    rows.append(["現年分収納率", f"{cr:.2f}％", "99.30％以上"])
    rows.append(["滞納繰越分収納率", f"{ar:.1f}％", "20.0％以上"])
    rows.append(["収入未済額", f"{c(s[2022]['to'])}千円", "50,000千円以下"])
    g.f(P, n, 2022, "令和4年度", "current", "collection_rate", "actual", cr, "percent", f"{cr:.2f}％")
    g.f(P, n, 2022, "令和4年度", "arrears", "collection_rate", "actual", ar, "percent", f"{ar:.1f}％")
    g.f(P, n, 2022, "令和4年度", "total", "outstanding", "actual", s[2022]["to"] * 1000, "yen", f"{c(s[2022]['to'])}千円")
    g.f(P, n, 2028, "令和10年度", "current", "collection_rate", "target", 99.30, "percent", "99.30％以上")
    g.f(P, n, 2028, "令和10年度", "arrears", "collection_rate", "target", 20.0, "percent", "20.0％以上")
    g.f(P, n, 2028, "令和10年度", "total", "outstanding", "target", 50_000_000, "yen", "50,000千円以下")
    table(d, rows, widths=[45, 45, 45], size=9, align=["l", "r", "r"])
    para(d, "", after=4)
    para(d, "(3) " + SEC_T, bold=True, after=2)
    items = [("①", "年金からの特別徴収への切替えを速やかに行い、普通徴収期間中の未納を防ぐ。", "継続"),
             ("②", "納期限を過ぎた第1号被保険者に対し、督促状発送後1か月以内に電話で納付を勧奨する。", "継続"),
             ("③", "滞納が続く被保険者には給付制限の内容を事前に説明し、納付相談につなげる。", "拡充"),
             ("④", "地域包括支援センター及びケアマネジャーと連携し、支払が困難な世帯の状況を把握する。", "新規")]
    rows = [[f"{lab}　{txt}。【{st}】" if False else f"{lab}　{txt}【{st}】"] for lab, txt, st in items]
    table(d, rows, widths=[170], size=9, header_rows=0)
    for lab, txt, st in items:
        g.i(P, n, 2024, SEC_T, lab, txt, st)


def sheet_jutaku(d):
    n, P = "市営住宅使用料", 6
    para(d, "推進シート④", size=9, align="r")
    debt_box(d, n, "私債権")
    para(d, "(1) 前計画期間の目標達成状況", bold=True)
    para(d, "（単位：％）", size=8, align="r")
    s = D[n]
    tgt = {2020: (97.40, 17.0), 2021: (97.50, 18.0), 2022: (97.60, 19.0)}
    ys = [2020, 2021, 2022]
    rows = [["区分"] + sum([[WAREKI[y], "", ""] for y in ys], []) + ["達成\n状況"],
            [""] + ["目標", "実績", "達成率"] * 3 + [""]]
    for idx, (seg, lab, keys) in enumerate((("current", "現年分", ("cc", "ca")), ("arrears", "滞納繰越分", ("ac", "aa")))):
        row = [lab]
        ok = True
        for y in ys:
            tv = tgt[y][idx]
            av = rate(s[y][keys[0]], s[y][keys[1]], 2 if seg == "current" else 1)
            ach = round(av / tv * 100, 1)
            fmt = "{:.2f}" if seg == "current" else "{:.1f}"
            row += [fmt.format(tv), fmt.format(av), f"{ach:.1f}"]
            g.f(P, n, y, WAREKI[y], seg, "collection_rate", "target", tv, "percent", fmt.format(tv))
            g.f(P, n, y, WAREKI[y], seg, "collection_rate", "actual", av, "percent", fmt.format(av))
            ok = av >= tv
        row.append("○" if ok else "×")
        rows.append(row)
    t = table(d, rows, widths=[22, 15, 15, 14, 15, 15, 14, 15, 15, 14, 13], size=8,
              align=["l"] + ["r"] * 9 + ["c"], header_rows=2, shade_header="FFF2CC")
    for k in range(3):
        merge(t, 0, 1 + 3 * k, 0, 3 + 3 * k)
    merge(t, 0, 0, 1, 0)
    merge(t, 0, 10, 1, 10)
    para(d, "※達成率＝実績÷目標×100。達成状況は令和4年度の実績による。", size=8, before=2, after=5)
    para(d, "(2) 令和4年度末の状況", bold=True, after=2)
    v = s[2022]
    yv = {"ta": v["ta"] * 1000 + 417, "tc": v["tc"] * 1000 - 96, "tw": v["tw"] * 1000 + 250}
    yv["to"] = yv["ta"] - yv["tc"] - yv["tw"]
    rows = [["調定額（現年・滞繰計）", f"{c(yv['ta'])}円"], ["収入済額", f"{c(yv['tc'])}円"],
            ["不納欠損額", f"{c(yv['tw'])}円"], ["収入未済額", f"{c(yv['to'])}円"]]
    for lab, metric, key in (("調定額", "assessed", "ta"), ("収入済額", "collected", "tc"),
                             ("不納欠損額", "written_off", "tw"), ("収入未済額", "outstanding", "to")):
        g.f(P, n, 2022, "令和4年度末", "total", metric, "actual", yv[key], "yen", f"{c(yv[key])}円")
    table(d, rows, widths=[60, 50], size=9, align=["l", "r"], header_rows=0)
    para(d, "", after=4)
    para(d, "(3) 数値目標（令和10年度）", bold=True, after=2)
    para(d, "　現年分収納率 98.00％、滞納繰越分収納率 22.0％を目指す。", indent=2, after=4)
    g.f(P, n, 2028, "令和10年度", "current", "collection_rate", "target", 98.00, "percent", "98.00％")
    g.f(P, n, 2028, "令和10年度", "arrears", "collection_rate", "target", 22.0, "percent", "22.0％")
    para(d, "(4) " + SEC_T, bold=True, after=2)
    items = [("・", "入居時に連帯保証人又は緊急連絡先を確実に確保し、滞納時の連絡体制を整える。", "継続"),
             ("・", "滞納3か月以上の入居者には個別面談を行い、分割納付の誓約を取り付ける。", "継続"),
             ("・", "誓約不履行が続く案件は、明渡請求及び支払督促の申立てを計画的に行う。", "拡充"),
             ("・", "退去者の滞納分は債権回収業者への委託を検討し、令和7年度からの実施を目指す。", "新規")]
    rows = [["\n".join(f"・{txt}【{st}】" for _, txt, st in items)]]
    table(d, rows, widths=[170], size=9, header_rows=0)
    for lab, txt, st in items:
        g.i(P, n, 2024, SEC_T, lab, txt, st)


if __name__ == "__main__":
    build()
    ok = g.write()
    sys.exit(0 if ok else 1)
