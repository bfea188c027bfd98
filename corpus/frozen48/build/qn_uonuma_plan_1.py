"""第2次魚沼市債権管理計画 (plan) — python-docx -> LibreOffice."""
import sys
sys.path.insert(0, "build")
from qn_common import *
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.shared import Mm

STEM = "qn_uonuma_plan_1"
R = Rec()
YS = list(range(2018, 2025))  # 2024 = 見込
DEBTS = [
    ("市税", "市税", "税務課", "一般会計", "強制徴収公債権", "強", "地方税法", 4812300, 98.62, 402500, 17.5, 6.0),
    ("保育料", "保育料", "子育て支援課", "一般会計", "強制徴収公債権", "強", "児童福祉法", 84200, 98.1, 9400, 19.0, 5.0),
    ("生活保護費返還金", "生活保護費返還金", "社会福祉課", "一般会計", "非強制徴収公債権", "非", "生活保護法第63条", 6300, 62.0, 21800, 4.8, 2.5),
    ("市営住宅使用料", "市営住宅使用料", "建設課", "一般会計", "私債権", "私", "公営住宅法", 98400, 96.9, 26900, 12.3, 3.0),
    ("学校給食費", "学校給食費", "教育総務課", "一般会計", "私債権", "私", "学校給食法", 212500, 99.45, 4800, 22.0, 8.0),
    ("国民健康保険税", "国民健康保険税", "税務課", "国民健康保険特別会計", "強制徴収公債権", "強", "地方税法", 904600, 94.3, 266300, 16.8, 7.5),
    ("介護保険料", "介護保険料", "介護福祉課", "介護保険特別会計", "強制徴収公債権", "強", "介護保険法", 728900, 98.9, 19600, 14.2, 12.0),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "市民課", "後期高齢者医療特別会計", "強制徴収公債権", "強", "高齢者医療確保法", 402100, 99.5, 3900, 30.5, 8.0),
    ("下水道使用料", "下水道使用料", "下水道課", "下水道事業会計", "強制徴収公債権", "強", "地方自治法附則第6条", 612800, 98.95, 17300, 26.4, 4.0),
    ("水道料金", "水道料金", "水道課", "水道事業会計", "私債権", "私", "魚沼市給水条例", 1003400, 99.02, 24100, 31.0, 6.5),
]
S = {d[0]: sim(d[7], d[8], d[9], d[10], d[11], YS, 0.996, 0.04, 0.3, seed=11) for d in DEBTS}
INFO = {d[0]: d for d in DEBTS}
TOT = {y: {k: sum(S[d[0]][y][k] for d in DEBTS) for k in ("ta", "tc", "wo", "to", "ca", "cc", "aa", "ac")} for y in YS}
TITLE = "第2次魚沼市債権管理計画"

d = docx_base("IPAexMincho", 10.5)
page_field_footer(d.sections[0])

# ---- p1 cover + 目次
R.page = 1
for _ in range(6):
    para(d, "")
para(d, TITLE, 22, True, "c", font="IPAexGothic")
para(d, "令和7（2025）年度～令和9（2027）年度", 13, False, "c", space_before=8)
for _ in range(3):
    para(d, "")
para(d, "目　次", 12, True, "c", space_after=6)
toc = [("１　計画策定の趣旨・計画期間", "２"), ("２　債権管理の現状", "２"), ("３　債権の種類別・地域別の状況", "３"),
       ("４　会計別・債権別の収納状況", "４"), ("５　計画期間の数値目標", "５"), ("６　債権ごとの取組", "６"), ("参考資料　対象債権一覧", "８")]
t = table(d, [[a, "…… " + b] for a, b in toc], [110, 25], 11, hdr=0, style=None, right_from=1)
for _ in range(6):
    para(d, "")
para(d, "令和7年3月", 12, False, "c")
para(d, "魚　沼　市", 14, True, "c", space_before=4)
d.add_page_break()

# ---- p2
R.page = 2
para(d, "１　計画策定の趣旨・計画期間", 12, True, font="IPAexGothic", space_after=4)
para(d, "本市では、令和4年3月に策定した魚沼市債権管理計画に基づき、全庁的な債権管理の適正化に取り組んできました。第1次計画の期間満了に伴い、これまでの成果と課題を踏まえ、第2次計画を策定します。計画期間は、令和7（2025）年度から令和9（2027）年度までの3年間とします。", first=3.7)
para(d, "２　債権管理の現状", 12, True, font="IPAexGothic", space_before=8, space_after=4)
t23, t18, t22 = TOT[2023], TOT[2018], TOT[2022]
oku = round(t23["to"] * 1000, -7)
dd = round((t18["to"] - t23["to"]) * 1000, -6)
r23, r22 = rate(t23["tc"], t23["ta"]), rate(t22["tc"], t22["ta"])
pt = round(r23 - r22, 2)
txt = ("令和5（2023）年度決算における対象10債権の収入未済額は"
       + R.f(f"約{oku / 1e8:.1f}億円", oku, "outstanding", "yen", None, None, 2023, "令和5（2023）年度", approx=True)
       + "で、平成30年度と比べて"
       + R.f(f"約{dd // 10000:,}万円", -dd, "difference_from_base", "yen", None, None, 2023, "令和5（2023）年度", approx=True)
       + "減少しました。収納率は"
       + R.f(f"{ff(r23)}％", r23, "collection_rate", "percent", None, None, 2023, "令和5（2023）年度")
       + "となり、前年度比" + R.f(f"{ff(pt)}ポイント", pt, "difference", "points", None, None, 2023, "令和5（2023）年度")
       + "上昇しています。一方で、滞納繰越分は長期化・少額多数化が進んでおり、早期の滞納整理と執行停止の適切な判断が課題です。")
para(d, txt, first=3.7)
para(d, "（１）収入未済額等の推移（対象10債権の合計）", 10.5, True, space_before=6, space_after=2)
para(d, "（単位：百万円、％）", 8.5, align="r")
YL = {2018: "平成30年度", 2019: "令和元年度", 2020: "R2", 2021: "3年度", 2022: "4年度", 2023: "令和5（2023）年度"}
rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "増減額", "増減率", "収納率"]]


def m1(k):  # thousand yen -> 百万円 1 decimal
    return round(k / 100) / 10


rates = []
for y in range(2018, 2024):
    T = TOT[y]
    fy = YL[y]
    cells = [fy]
    for key, met in (("ta", "assessed"), ("tc", "collected"), ("wo", "written_off"), ("to", "outstanding")):
        v = m1(T[key])
        cells.append(R.f(f"{v:,.1f}", round(v * 1e6), met, "yen", None, None, y, fy))
    if y > 2018:
        dv = round(m1(T["to"]) - m1(TOT[y - 1]["to"]), 1)
        cells.append(R.f(("△" if dv < 0 else "") + f"{abs(dv):,.1f}", round(dv * 1e6), "difference", "yen", None, None, y, fy))
        pr = round((T["to"] - TOT[y - 1]["to"]) / TOT[y - 1]["to"] * 100, 1)
        cells.append(R.f(("△" if pr < 0 else "") + f"{abs(pr):.1f}", pr, "change_rate", "percent", None, None, y, fy))
    else:
        cells += ["－", "－"]
    rr = rate(T["tc"], T["ta"])
    if y >= 2019:
        rates.append(rr)
    cells.append(R.f(ff(rr), rr, "collection_rate", "percent", None, None, y, fy))
    rows.append(cells)
avg = round(sum(rates) / 5, 2)
rows.append(["5年平均（R1～R5）", "－", "－", "－", "－", "－", "－",
             R.f(ff(avg), avg, "average_collection_rate", "percent", None, None, None, "5年平均（R1～R5）")])
table(d, rows, [34, 22, 22, 20, 22, 17, 15, 18], 8.5)
para(d, "※ 増減額・増減率は収入未済額の対前年度比較。金額は百万円未満を四捨五入しているため、内訳と合計が一致しない場合がある。", 8, indent=2, space_before=2)
para(d, "（２）課題", 10.5, True, space_before=6, space_after=2)
para(d, "ア　現年度分の新規滞納の発生を抑えるため、納期内納付の環境整備が必要である。", indent=3)
para(d, "イ　私債権は時効管理や法的措置のノウハウが所管課ごとに偏在している。", indent=3)
d.add_page_break()

# ---- p3 area table (boxed, caption over, source under) + 債権の種類別
R.page = 3
para(d, "３　債権の種類別・地域別の状況", 12, True, font="IPAexGothic", space_after=4)
para(d, "表１　地域別 市税の収入未済額（令和5年度末）", 9.5, True, align="c", space_after=2)
AREAS = [("小出地域", 0.41), ("堀之内地域", 0.17), ("湯之谷地域", 0.13), ("広神地域", 0.14), ("守門地域", 0.09), ("入広瀬地域", 0.06)]
tot_o = S["市税"][2023]["to"]
acc = 0
rows = [["地域", "収入未済額（千円）", "構成比（％）", "滞納者数（人）"]]
persons = [412, 168, 131, 139, 88, 57]
for i, (a, sh) in enumerate(AREAS):
    v = round(tot_o * sh) if i < len(AREAS) - 1 else tot_o - acc
    acc += v
    rows.append([a, R.f(c(v), v * 1000, "outstanding", "yen", "市税", "市税", 2023, "令和5年度末", area=a),
                 f"{v / tot_o * 100:.1f}",
                 R.f(c(persons[i]), persons[i], "delinquents", "persons", "市税", "市税", 2023, "令和5年度末", area=a)])
rows.append(["計", R.f(c(tot_o), tot_o * 1000, "outstanding", "yen", "市税", "計", 2023, "令和5年度末"), "100.0",
             R.f(c(sum(persons)), sum(persons), "delinquents", "persons", "市税", "計", 2023, "令和5年度末")])
table(d, rows, [40, 40, 30, 30], 8.5)
para(d, "出典：税務課 滞納管理システム（令和6年5月末抽出）。滞納者数は実人数。", 8, align="r", space_after=6)
para(d, "表２　債権の種類別の状況（令和5年度決算、単位：千円）", 9.5, True, align="c", space_after=2)
rows = [["債権の種類", "債権名", "調定額", "収入済額", "収入未済額", "収納率（％）"]]
merges = []


def line(label, key, vals, debt_raw):
    y = 2023
    out = []
    for k2, met in (("ta", "assessed"), ("tc", "collected"), ("to", "outstanding")):
        out.append(R.f(c(vals[k2]), vals[k2] * 1000, met, "yen", key, debt_raw, y, "令和5年度"))
    rr = rate(vals["tc"], vals["ta"])
    out.append(R.f(ff(rr), rr, "collection_rate", "percent", key, debt_raw, y, "令和5年度"))
    return out


def sumv(keys):
    return {k2: sum(S[x][2023][k2] for x in keys) for k2 in ("ta", "tc", "to")}


groups = [("強制徴収公債権", [x[0] for x in DEBTS if x[5] == "強"]), ("非強制徴収公債権", [x[0] for x in DEBTS if x[5] == "非"]),
          ("私債権", [x[0] for x in DEBTS if x[5] == "私"])]
for gname, keys in groups:
    r0 = len(rows)
    for j, k in enumerate(keys):
        rows.append([gname if j == 0 else None, k] + line(k, k, S[k][2023], k))
    rows.append([None, "計"] + line(None, None, sumv(keys), "計"))
    merges.append((r0, 0, len(rows) - 1, 0))
    if gname == "非強制徴収公債権":
        rows.append(["公債権計", None] + line(None, None, sumv(groups[0][1] + groups[1][1]), "公債権計"))
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
rows[-1][1] = "私債権計"
R.facts[-4:] = [dict(f, debt_raw="私債権計") for f in R.facts[-4:]]
rows.append(["総計", None] + line(None, None, sumv([x[0] for x in DEBTS]), "総計"))
merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
# merged continuation cells: first cell text only
for (r0, c0, r1, c1) in merges:
    for rr_ in range(r0 + 1, r1 + 1):
        rows[rr_][c0] = None
table(d, rows, [30, 40, 25, 25, 25, 22], 8, merges=merges, right_from=2)

# ---- p4 landscape wide table
sec = d.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(15)
sec.top_margin, sec.bottom_margin = Mm(15), Mm(12)
R.page = 4
para(d, "４　会計別・債権別の収納状況", 12, True, font="IPAexGothic", space_after=2)
para(d, "（単位：千円、％）", 8.5, align="r")
hdr1 = ["会計", "債権名", "所管課", "令和3年度", "令和4年度", "令和5年度", None, None, None, None, "令和6年度（見込）", None]
hdr2 = [None, None, None, "収入未済額", "収入未済額", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "収納率", "収入未済額"]
rows = [hdr1, hdr2]
merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 5, 0, 9), (0, 10, 0, 11)]
kaikei = []
for x in DEBTS:
    if x[3] not in kaikei:
        kaikei.append(x[3])
for kk in kaikei:
    keys = [x[0] for x in DEBTS if x[3] == kk]
    r0 = len(rows)
    for j, k in enumerate(keys):
        s = S[k]
        row = [kk if j == 0 else None, k, INFO[k][2],
               R.f(c(s[2021]["to"]), s[2021]["to"] * 1000, "outstanding", "yen", k, k, 2021, "令和3年度"),
               R.f(c(s[2022]["to"]), s[2022]["to"] * 1000, "outstanding", "yen", k, k, 2022, "令和4年度")]
        for k2, met in (("ta", "assessed"), ("tc", "collected"), ("wo", "written_off"), ("to", "outstanding")):
            row.append(R.f(c(s[2023][k2]), s[2023][k2] * 1000, met, "yen", k, k, 2023, "令和5年度"))
        row.append(R.f(ff(s[2023]["rt"]), s[2023]["rt"], "collection_rate", "percent", k, k, 2023, "令和5年度"))
        row.append(R.f(ff(s[2024]["rt"]), s[2024]["rt"], "collection_rate", "percent", k, k, 2024, "令和6年度（見込）", basis="estimate"))
        row.append(R.f(c(s[2024]["to"]), s[2024]["to"] * 1000, "outstanding", "yen", k, k, 2024, "令和6年度（見込）", basis="estimate"))
        rows.append(row)
    if len(keys) > 1:
        lab = "一般会計計"
        v = {y: {k2: sum(S[x][y][k2] for x in keys) for k2 in ("ta", "tc", "wo", "to")} for y in (2021, 2022, 2023, 2024)}
        row = [None, lab, "",
               R.f(c(v[2021]["to"]), v[2021]["to"] * 1000, "outstanding", "yen", None, lab, 2021, "令和3年度"),
               R.f(c(v[2022]["to"]), v[2022]["to"] * 1000, "outstanding", "yen", None, lab, 2022, "令和4年度")]
        for k2, met in (("ta", "assessed"), ("tc", "collected"), ("wo", "written_off"), ("to", "outstanding")):
            row.append(R.f(c(v[2023][k2]), v[2023][k2] * 1000, met, "yen", None, lab, 2023, "令和5年度"))
        r3 = rate(v[2023]["tc"], v[2023]["ta"])
        r4 = rate(v[2024]["tc"], v[2024]["ta"])
        row.append(R.f(ff(r3), r3, "collection_rate", "percent", None, lab, 2023, "令和5年度"))
        row.append(R.f(ff(r4), r4, "collection_rate", "percent", None, lab, 2024, "令和6年度（見込）", basis="estimate"))
        row.append(R.f(c(v[2024]["to"]), v[2024]["to"] * 1000, "outstanding", "yen", None, lab, 2024, "令和6年度（見込）", basis="estimate"))
        rows.append(row)
    merges.append((r0, 0, len(rows) - 1, 0))
v = {y: TOT[y] for y in (2021, 2022, 2023, 2024)}
lab = "総計"
row = [lab, None, None, R.f(c(v[2021]["to"]), v[2021]["to"] * 1000, "outstanding", "yen", None, lab, 2021, "令和3年度"),
       R.f(c(v[2022]["to"]), v[2022]["to"] * 1000, "outstanding", "yen", None, lab, 2022, "令和4年度")]
for k2, met in (("ta", "assessed"), ("tc", "collected"), ("wo", "written_off"), ("to", "outstanding")):
    row.append(R.f(c(v[2023][k2]), v[2023][k2] * 1000, met, "yen", None, lab, 2023, "令和5年度"))
r3, r4 = rate(v[2023]["tc"], v[2023]["ta"]), rate(v[2024]["tc"], v[2024]["ta"])
row.append(R.f(ff(r3), r3, "collection_rate", "percent", None, lab, 2023, "令和5年度"))
row.append(R.f(ff(r4), r4, "collection_rate", "percent", None, lab, 2024, "令和6年度（見込）", basis="estimate"))
row.append(R.f(c(v[2024]["to"]), v[2024]["to"] * 1000, "outstanding", "yen", None, lab, 2024, "令和6年度（見込）", basis="estimate"))
rows.append(row)
merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
for (r0, c0, r1, c1) in merges:
    for a in range(r0, r1 + 1):
        for b in range(c0, c1 + 1):
            if (a, b) != (r0, c0):
                rows[a][b] = None
table(d, rows, [30, 32, 22, 20, 20, 20, 20, 17, 20, 15, 15, 20], 7.5, hdr=2, merges=merges, right_from=3)
para(d, "※ 令和6年度（見込）は令和7年1月末の実績から推計した決算見込額。", 8, space_before=2)

# ---- p5 back to portrait: long-format target table
sec = d.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.PORTRAIT
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(18), Mm(15)
R.page = 5
para(d, "５　計画期間の数値目標", 12, True, font="IPAexGothic", space_after=4)
para(d, "各債権について、令和5年度決算及び令和6年度見込を基に、計画期間の各年度の目標収納率及び収入未済額の目標額を次のとおり定めます。", first=3.7)
para(d, "（目標収納率：％、収入未済額：千円）", 8.5, align="r", space_before=4)
HDR = ["債権名", "年度", "現年度分", "滞納繰越分", "全体", "収入未済額"]
TG = {}
for x in DEBTS:
    k = x[0]
    b = S[k][2024]
    TG[k] = []
    for i, y in enumerate((2025, 2026, 2027), 1):
        TG[k].append((y, round(min(b["rc"] + 0.08 * i, 99.95), 2), round(b["ra"] + 0.6 * i, 2), round(b["rt"] + 0.25 * i, 2),
                      int(round(b["to"] * (1 - 0.035 * i), -2))))


def trows(keys):
    rows = [HDR[:]]
    for k in keys:
        for (y, rc, ra, rt, to) in TG[k]:
            fy = f"R{wareki(y)}"
            rows.append([k, fy, R.f(ff(rc), rc, "collection_rate", "percent", k, k, y, fy, "current", "target"),
                         R.f(ff(ra), ra, "collection_rate", "percent", k, k, y, fy, "arrears", "target"),
                         R.f(ff(rt), rt, "collection_rate", "percent", k, k, y, fy, "total", "target"),
                         R.f(c(to), to * 1000, "outstanding", "yen", k, k, y, fy, "total", "target")])
    return rows


table(d, trows([x[0] for x in DEBTS[:6]]), [42, 18, 24, 24, 24, 30], 8.5)
d.add_page_break()
R.page = 6
para(d, "５　計画期間の数値目標（続き）", 10.5, True, space_after=2)
table(d, trows([x[0] for x in DEBTS[6:]]), [42, 18, 24, 24, 24, 30], 8.5)

# ---- 取組
INIT = {
    "市税": ("ア", "現年度分の収納対策", [("(ｱ)", "口座振替とスマートフォン決済の利用を納税通知書の同封チラシで勧奨する。", "継続"),
                                     ("(ｲ)", "納期限後の早期に文書及びSMSで催告し、新規滞納の固定化を防ぐ。", "拡充")],
           "イ", "滞納繰越分の整理", [("(ｱ)", "新潟県地方税徴収機構と連携し、高額・困難案件の引継ぎを行う。", "継続"),
                                 ("(ｲ)", "財産調査の結果、資力のない案件は速やかに執行停止を判断する。", "継続")]),
    "国民健康保険税": ("ア", "現年度分の収納対策", [("(ｱ)", "資格取得時の窓口で口座振替の同時申込みを受け付ける。", "新規")],
                "イ", "滞納繰越分の整理", [("(ｱ)", "短期被保険者証の更新時に納付相談を行い、分納履行を管理する。", "継続"),
                                      ("(ｲ)", "市税と一体で滞納処分を行い、差押えの早期着手に努める。", "継続")]),
    "介護保険料": ("ア", "現年度分の収納対策", [("(ｱ)", "普通徴収の未納者へ納期限後30日以内に電話催告を行う。", "継続")],
              "イ", "滞納繰越分の整理", [("(ｱ)", "給付制限の事前通知を活用し、納付相談の機会を確保する。", "継続")]),
    "市営住宅使用料": ("ア", "滞納の未然防止", [("(ｱ)", "入居時説明会で口座振替の利用と家賃減免制度を説明する。", "継続")],
                "イ", "法的措置", [("(ｱ)", "6か月以上の滞納者に明渡請求訴訟を提起する基準を運用する。", "拡充"),
                              ("(ｲ)", "退去者の滞納分について支払督促の申立てを行う。", "新規")]),
    "学校給食費": ("ア", "収納方法の見直し", [("(ｱ)", "令和8年度からの公会計化に合わせ、口座振替を原則とする。", "新規")],
              "イ", "滞納への対応", [("(ｱ)", "児童手当からの申出徴収を保護者に案内する。", "継続")]),
}
order = [("市税", 6), ("国民健康保険税", 6), ("介護保険料", 7), ("市営住宅使用料", 7), ("学校給食費", 7)]
first7 = True
para(d, "６　債権ごとの取組", 12, True, font="IPAexGothic", space_before=10, space_after=4)
for n, (k, pg) in enumerate(order, 1):
    if pg == 7 and first7:
        d.add_page_break()
        first7 = False
    R.page = pg
    s23 = S[k][2023]
    head = f"（{zen(n)}）債権ごとの取組（{k}）"
    para(d, head, 10.5, True, space_before=6, space_after=2, font="IPAexGothic")
    para(d, "令和5年度決算の収納率は" + R.f(f"{ff(s23['rt'])}％", s23["rt"], "collection_rate", "percent", k, k, 2023, "令和5年度")
         + "、収入未済額は" + R.f(f"{c(s23['to'])}千円", s23["to"] * 1000, "outstanding", "yen", k, k, 2023, "令和5年度")
         + "である。", indent=3, first=3.7)
    a1, t1, it1, a2, t2, it2 = INIT[k]
    for al, tt, its in ((a1, t1, it1), (a2, t2, it2)):
        para(d, f"{al}　{tt}", indent=3)
        for lab, txt, st in its:
            R.i(txt, k, 2025, tt, f"({n}){al}{lab}", st)
            para(d, f"{lab}　{txt}【{st}】", indent=7, first=-5)

# ---- p8 参考資料
d.add_page_break()
R.page = 8
para(d, "参考資料　対象債権一覧", 12, True, font="IPAexGothic", space_after=2)
para(d, "区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", 8.5)
para(d, "（収入未済額は令和5年度末、単位：千円）", 8.5, align="r")
rows = [["債権名", "所管課", "根拠法令", "区分", "収入未済額"]]
merges = []
secs = [("【一般会計】", [x for x in DEBTS if x[3] == "一般会計"]), ("【特別会計】", [x for x in DEBTS if "特別会計" in x[3]]),
        ("【企業会計】", [x for x in DEBTS if "事業会計" in x[3]])]
grand = 0
for sname, xs in secs:
    rows.append([sname, None, None, None, None])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    sub = 0
    for x in xs:
        v = S[x[0]][2023]["to"]
        sub += v
        rows.append([x[0], x[2], x[6], x[5], R.f(c(v), v * 1000, "outstanding", "yen", x[0], x[0], 2023, "令和5年度末")])
    grand += sub
    rows.append(["小計", "", "", "", R.f(c(sub), sub * 1000, "outstanding", "yen", None, "小計", 2023, "令和5年度末")])
rows.append(["合計", "", "", "", R.f(c(grand), grand * 1000, "outstanding", "yen", None, "合計", 2023, "令和5年度末")])
table(d, rows, [42, 30, 48, 14, 30], 8.5, merges=merges, right_from=4)

src = Path("/tmp/qn_work") / f"{STEM}.docx"
d.save(src)
soffice_pdf(src, ROOT / "pdf" / f"{STEM}.pdf")
write_gold(STEM, "plan", "plan", "魚沼市", TITLE, "2025-03-01", "令和7年3月", R)
