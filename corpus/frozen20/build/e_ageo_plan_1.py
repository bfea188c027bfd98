"""上尾市 債権管理計画 with one 推進シート per debt — python-docx → LibreOffice."""
from e_common import Gold, OUT, PDF, zen, c, rate, to_pdf, report
from e_docxutil import new_doc, para, table, merge_text, footer_page_number, header_text, page_break, box, shade

STEM = "e_ageo_plan_1"
TITLE = "上尾市債権管理計画（令和７年度～令和１１年度）"
g = Gold(STEM, "plan", "上尾市", TITLE, "2025-03-01", "令和７年３月")
d = new_doc(font="IPAex明朝", size=10.5, margins=(18, 18, 17, 17))
footer_page_number(d, "{}")
header_text(d, "上尾市債権管理計画", size=8)

para(d, TITLE, align="c", size=15, bold=True, after=4)
para(d, "令和７年３月　上尾市", align="r", size=10, after=8)
para(d, "１　計画の目的", bold=True)
para(d, "本計画は、市が保有する債権の適正な管理と収入未済額の縮減を図るため、主要な債権ごとに目標収入率及び"
        "取組を定め、全庁的に進行管理を行うものである。計画期間は令和７年度から令和１１年度までの５年間とする。",
     indent=4, first=4)
para(d, "２　主要債権の収入未済額の推移", bold=True, before=6)
para(d, "（単位：千円）", align="r", size=9)
YRS = ["令和元年度", "２年度", "３年度", "４年度", "５年度"]
FYS = [2019, 2020, 2021, 2022, 2023]
OUTS = {
    "市税": [1_482_306, 1_390_115, 1_251_840, 1_118_262, 1_006_519],
    "国民健康保険税": None,  # from the sheet below
    "介護保険料": None,
    "後期高齢者医療保険料": [38_412, 36_905, 35_118, 33_264, 31_870],
    "市営住宅使用料": [52_318, 50_774, 49_102, 47_665, 45_209],
    "下水道使用料": [61_205, 58_440, 55_937, 52_108, 50_316],
}

# ---------- 国民健康保険税 sheet data (千円): per year current/arrears assessed & collected, written off
NHI = []
cur_a = [3_412_508, 3_356_120, 3_298_744, 3_215_906, 3_160_233]
cur_r = [93.12, 93.48, 93.90, 94.15, 94.42]
arr_a = [1_105_332, 968_417, 872_590, 790_455, 716_302]
arr_r = [20.85, 22.10, 23.36, 24.01, 24.88]
wo = [118_204, 96_530, 84_117, 73_902, 66_415]
for i in range(5):
    cc = round(cur_a[i] * cur_r[i] / 100)
    ac = round(arr_a[i] * arr_r[i] / 100)
    out = cur_a[i] - cc + arr_a[i] - ac - wo[i]
    NHI.append((cur_a[i], cc, rate(cc, cur_a[i]), arr_a[i], ac, rate(ac, arr_a[i]), wo[i], out))
OUTS["国民健康保険税"] = [r[7] for r in NHI]

# ---------- 介護保険料 sheet data (円)
KG = []
k_cur_a = [2_418_305_600, 2_455_912_300, 2_502_774_900, 2_548_106_200, 2_611_430_800]
k_cur_r = [98.61, 98.70, 98.82, 98.90, 98.96]
k_arr_a = [92_415_830, 88_307_420, 84_906_150, 80_512_360, 77_105_940]
k_arr_r = [15.12, 16.05, 16.88, 17.40, 18.25]
k_wo = [26_508_300, 24_910_700, 23_415_200, 21_606_800, 20_118_500]
for i in range(5):
    cc = round(k_cur_a[i] * k_cur_r[i] / 100)
    ac = round(k_arr_a[i] * k_arr_r[i] / 100)
    out = k_cur_a[i] - cc + k_arr_a[i] - ac - k_wo[i]
    KG.append((k_cur_a[i], cc, rate(cc, k_cur_a[i]), k_arr_a[i], ac, rate(ac, k_arr_a[i]), k_wo[i], out,
               k_cur_a[i] + k_arr_a[i], cc + ac, rate(cc + ac, k_cur_a[i] + k_arr_a[i])))
OUTS["介護保険料"] = [round(r[7] / 1000) for r in KG]  # 千円 in the overview table

OTHER = [88_402, 84_116, 80_995, 77_203, 74_880]
P1 = "@２　主要債権の収入未済額の推移"
rows = [["債権名"] + YRS + ["増減（５年度－元年度）"]]
tot = [0] * 5
for name, vals in list(OUTS.items()) + [("その他", OTHER)]:
    rows.append([name] + [c(v) for v in vals] + [c(vals[4] - vals[0])])
    for i, v in enumerate(vals):
        tot[i] += v
        g.fact(P1, None if name == "その他" else name, FYS[i], YRS[i], "total", "outstanding", "actual", v * 1000,
               "yen", c(v), debt_raw=name)
rows.append(["合計"] + [c(v) for v in tot] + [c(tot[4] - tot[0])])
for i, v in enumerate(tot):
    g.fact(P1, None, FYS[i], YRS[i], "total", "outstanding", "actual", v * 1000, "yen", c(v), debt_raw="合計")
table(d, rows, widths=[38, 22, 22, 22, 22, 22, 26], size=8.5, align=["l"] + ["r"] * 6, header_rows=1, shade_header=True)
para(d, "※各年度の決算額。介護保険料は千円未満を四捨五入している。", size=8.5, before=2)
para(d, "３　計画期間の全体目標", bold=True, before=6)
para(d, f"主要債権の収入未済額の合計を、令和１１年度末までに約{zen('15')}億円とすることを目指す。"
        f"令和５年度決算の合計は約{zen(f'{tot[4] / 100000:.1f}')}億円であった。", indent=4, first=4)
g.fact(P1, None, 2029, "令和１１年度末", "total", "outstanding", "target", 1_500_000_000, "yen", "約１５億円", approx=True, debt_raw=None)
g.fact(P1, None, 2023, "令和５年度決算", "total", "outstanding", "actual", round(tot[4] / 10000) * 10_000_000, "yen",
       f"約{zen(f'{tot[4] / 100000:.1f}')}億円", approx=True, debt_raw=None)
para(d, "４　全庁的な取組", bold=True, before=6)
for i, t in enumerate(["債権管理条例に基づく督促、催告及び延滞金の徴収を徹底する。",
                       "強制徴収公債権の高額滞納案件を収税課へ移管し、滞納処分を一元的に行う。",
                       "私債権の回収が困難な案件について、弁護士への回収委託を活用する。"], 1):
    para(d, f"（{zen(i)}）{t}", indent=4)

# ================= 推進シート：国民健康保険税
page_break(d)
H_NHI = "５　債権ごとの取組（国民健康保険税）"
para(d, H_NHI, bold=True, size=12)
box(d, ["所管課：保険年金課　　債権の種類：強制徴収公債権（時効５年）"], size=9.5)
para(d, "（１）直近５か年の徴収状況", bold=True, before=6)
para(d, "（単位：千円、％）", align="r", size=8.5)
PN = "@" + H_NHI
hdr1 = ["年度", "現年課税分", "", "", "滞納繰越分", "", "", "不納欠損額", "収入未済額"]
hdr2 = ["", "調定額", "収入済額", "収入率", "調定額", "収入済額", "収入率", "", ""]
rws = [hdr1, hdr2]
YN = ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]
for i, r in enumerate(NHI):
    rws.append([YN[i], c(r[0]), c(r[1]), f"{r[2]:.2f}", c(r[3]), c(r[4]), f"{r[5]:.2f}", c(r[6]), c(r[7])])
    fy = FYS[i]
    for seg, a, col, rt in (("current", r[0], r[1], r[2]), ("arrears", r[3], r[4], r[5])):
        g.fact(PN, "国民健康保険税", fy, YN[i], seg, "assessed", "actual", a * 1000, "yen", c(a))
        g.fact(PN, "国民健康保険税", fy, YN[i], seg, "collected", "actual", col * 1000, "yen", c(col))
        g.fact(PN, "国民健康保険税", fy, YN[i], seg, "collection_rate", "actual", rt, "percent", f"{rt:.2f}")
    g.fact(PN, "国民健康保険税", fy, YN[i], "total", "written_off", "actual", r[6] * 1000, "yen", c(r[6]))
    g.fact(PN, "国民健康保険税", fy, YN[i], "total", "outstanding", "actual", r[7] * 1000, "yen", c(r[7]))
t = table(d, rws, widths=[20, 22, 22, 14, 20, 20, 14, 18, 20], size=8, align=["l"] + ["r"] * 8, header_rows=2,
          shade_header=True)
merge_text(t, 0, 1, 0, 3, "現年課税分", size=8, bold=True)
merge_text(t, 0, 4, 0, 6, "滞納繰越分", size=8, bold=True)
merge_text(t, 0, 0, 1, 0, "年度", size=8, bold=True)
merge_text(t, 0, 7, 1, 7, "不納欠損額", size=8, bold=True)
merge_text(t, 0, 8, 1, 8, "収入未済額", size=8, bold=True)
para(d, "（２）目標", bold=True, before=6)
para(d, "（収入率の単位：％）", align="r", size=8.5)
TY = ["令和６年度\n（見込）", "令和７年度", "令和８年度", "令和９年度", "令和10年度", "令和11年度"]
TF = [2024, 2025, 2026, 2027, 2028, 2029]
tc = [94.50, 94.60, 94.75, 94.90, 95.05, 95.20]
ta = [25.20, 25.60, 26.00, 26.40, 26.80, 27.20]
to = [338_000, 321_000, 305_000, 290_000, 276_000, 263_000]
rws = [["区分"] + TY, ["現年課税分（収入率）"] + [f"{v:.2f}" for v in tc], ["滞納繰越分（収入率）"] + [f"{v:.2f}" for v in ta],
       ["収入未済額（千円）"] + [c(v) for v in to]]
for j in range(6):
    b = "estimate" if j == 0 else "target"
    yr = TY[j].split("\n")[0]
    g.fact(PN, "国民健康保険税", TF[j], yr, "current", "collection_rate", b, tc[j], "percent", f"{tc[j]:.2f}")
    g.fact(PN, "国民健康保険税", TF[j], yr, "arrears", "collection_rate", b, ta[j], "percent", f"{ta[j]:.2f}")
    g.fact(PN, "国民健康保険税", TF[j], yr, "total", "outstanding", b, to[j] * 1000, "yen", c(to[j]))
table(d, rws, widths=[38, 22, 21, 21, 21, 21, 21], size=8.5, align=["l"] + ["r"] * 6, header_rows=1, shade_header=True)
para(d, "（３）目標達成に向けた取組", bold=True, before=6)
NI = [("(1)", "納期限後３０日を経過した未納者に対し、ＳＭＳによる催告を行い、初期の滞納を解消する。", "新規"),
      ("(2)", "口座振替の原則化を進め、加入手続時に金融機関の口座情報を登録するよう案内する。", "継続"),
      ("(3)", "滞納繰越分は財産調査を徹底し、差押えと執行停止の判断を早期に行う。", "継続"),
      ("(4)", "資格喪失後の未納者について、転出先への照会を含めて所在の把握に努める。", "拡充")]
box(d, [f"{lab}　{tx}【{st}】" for lab, tx, st in NI], size=9.5)
for lab, tx, st in NI:
    g.init(PN, "国民健康保険税", 2025, "目標達成に向けた取組", lab, tx, st)

# ================= 推進シート：介護保険料 (table split over two pages, header repeated)
page_break(d)
H_KG = "５　債権ごとの取組（介護保険料）"
para(d, H_KG, bold=True, size=12)
box(d, ["所管課：介護保険課　　債権の種類：強制徴収公債権（時効２年）"], size=9.5)
para(d, "（１）直近５か年の収納状況", bold=True, before=6)
para(d, "（単位：円）", align="r", size=8.5)
PK = "@" + H_KG
KY = ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]


def ktable(parts):
    rws = [["区分", ""] + KY]
    spans = []
    for seg, lab, keys in parts:
        start = len(rws)
        for mk, mlab, idx in keys:
            row = ["", mlab]
            for i, r in enumerate(KG):
                v = r[idx]
                if mk == "collection_rate":
                    s = f"{v:.2f}%"
                    g.fact(PKx[0], "介護保険料", FYS[i], KY[i], seg, mk, "actual", v, "percent", s)
                else:
                    s = c(v)
                    g.fact(PKx[0], "介護保険料", FYS[i], KY[i], seg, mk, "actual", v, "yen", s)
                row.append(s)
            rws.append(row)
        spans.append((start, len(rws) - 1, lab))
    t = table(d, rws, widths=[16, 20, 28, 28, 28, 28, 28], size=8, align=["c", "l"] + ["r"] * 5, header_rows=1,
              shade_header=True)
    merge_text(t, 0, 0, 0, 1, "区分", size=8, bold=True)
    for a, b, lab in spans:
        merge_text(t, a, 0, b, 0, lab, size=8)
    return t


PKx = [PK]
ktable([("current", "現年分", [("assessed", "調定額", 0), ("collected", "収納額", 1), ("collection_rate", "収納率", 2)]),
        ("arrears", "滞繰分", [("assessed", "調定額", 3), ("collected", "収納額", 4), ("collection_rate", "収納率", 5)])])
para(d, "（次頁へ続く）", align="r", size=8.5, before=2)
para(d, "【介護保険料の状況】", bold=True, before=8)
para(d, "第１号被保険者の増加に伴い現年分の調定額は増加傾向にある。普通徴収の対象者は年金の受給開始前の者や"
        "年度途中の資格取得者が中心であり、納付書による納付が滞りやすい。", indent=4, first=4)
page_break(d)
para(d, "（介護保険料　続き）", size=9)
para(d, "（単位：円）", align="r", size=8.5)
PK2 = "@（介護保険料　続き）"
PKx[0] = PK2
t = ktable([("total", "合計", [("assessed", "調定額", 8), ("collected", "収納額", 9), ("collection_rate", "収納率", 10)]),
            ("total", "", [("written_off", "不納欠損額", 6), ("outstanding", "収入未済額", 7)])])
para(d, "（２）目標", bold=True, before=6)
para(d, "現年分収納率を令和１１年度に99.20％、滞繰分収納率を同年度に22.00％とする。", indent=4)
g.fact(PK2, "介護保険料", 2029, "令和１１年度", "current", "collection_rate", "target", 99.20, "percent", "99.20％")
g.fact(PK2, "介護保険料", 2029, "同年度", "arrears", "collection_rate", "target", 22.00, "percent", "22.00％")
para(d, "（３）取組", bold=True, before=6)
KI = [("ア", "年金からの特別徴収に切り替わるまでの間、普通徴収の対象者に口座振替を勧奨する。", "継続"),
      ("イ", "滞納が１年を超える者に対し、給付制限の内容を記載した通知を送付して納付を促す。", "継続"),
      ("ウ", "収税課と連携し、高額滞納者の財産調査を共同で行う。", "新規")]
for lab, tx, st in KI:
    para(d, f"{lab}　{tx}", indent=4)
    para(d, f"【{st}】", indent=8, size=9)
    g.init(PK2, "介護保険料", 2025, "取組", lab, tx, st)

src = OUT / f"{STEM}.docx"
d.save(src)
pdf = to_pdf(src, PDF / f"{STEM}.pdf", "ag")
ok = report(STEM, g.write(pdf))
