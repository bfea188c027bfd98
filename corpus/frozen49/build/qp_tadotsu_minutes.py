"""多度津町議会 決算特別委員会 会議録 (minutes) — PyMuPDF drawing. Run from corpus/frozen49."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fitz
from qp_common import *

STEM = "qp_tadotsu_minutes_1"
TITLE = "決算特別委員会会議録"
g = Gold(STEM, "minutes", "minutes", "多度津町", "令和6年9月定例会 決算特別委員会会議録", "2024-09-17", "令和6年9月17日")
Z = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def Zn(s):
    return str(s).translate(Z)


# 町税 令和5年度決算（円）
ca, cc, aa, ac, wo = 2912340500, 2889341200, 98450210, 26425300, 12318420
ta, tc = ca + aa, cc + ac
out = ta - tc - wo
out_prev = 91230450
r_c, r_a, r_t = rate(cc, ca, 2), rate(ac, aa, 2), rate(tc, ta, 2)
r_t_prev = 96.52

members = [("委員長", "山下　正和"), ("副委員長", "藤原　美佐子"), ("委員", "岡田　浩二"), ("委員", "村井　和也"),
           ("委員", "大西　千秋"), ("委員", "川崎　誠"), ("委員", "宮本　由紀"), ("委員", "谷口　勝彦")]
absent = [("委員", "松本　隆")]
officials = [("町長", "西村　健一"), ("副町長", "石井　啓介"), ("総務課長", "森　敏之"), ("税務課長", "高木　真一"),
             ("住民課長", "小川　洋子"), ("建設課長", "浜田　剛")]
staff = [("議会事務局長", "近藤　晃"), ("議会事務局主任", "吉田　彩")]
agenda = ["認定第１号　令和５年度多度津町一般会計歳入歳出決算認定について",
          "認定第２号　令和５年度多度津町国民健康保険特別会計歳入歳出決算認定について"]

S = []  # (speaker printed, section, text, facts)
sec1, sec2 = agenda
S.append(("山下委員長", sec1, "ただいまから決算特別委員会を開会いたします。本日は、松本委員から欠席の届出がありました。"
          "認定第１号を議題とし、歳入のうち町税及び使用料について質疑を行います。", []))
S.append(("岡田委員", sec1, "町税の収納状況について伺います。令和５年度決算での収納率と収入未済額、"
          "前年度と比べてどうだったのかを教えてください。", []))
t3 = (f"お答えします。令和５年度決算で町税の収納率は、現年課税分{Zn(fr(r_c, 2))}％、滞納繰越分{Zn(fr(r_a, 2))}％、"
      f"合計で{Zn(fr(r_t, 2))}％となり、前年度の{Zn(fr(r_t_prev, 2))}％から{Zn(fr(r_t - r_t_prev, 2))}ポイント上昇いたしました。"
      f"収入未済額は約{Zn(oku_man(round(out, -5)))}で、前年度から約{Zn(oku_man(round(out_prev - out, -5)))}減少しております。"
      "香川滞納整理推進機構への引継ぎと、預金の差押えを中心に進めた結果と考えております。")
S.append(("高木税務課長", sec1, t3, [
    ("町税", 2023, "令和５年度", "current", "collection_rate", "actual", r_c, "percent", f"{Zn(fr(r_c, 2))}％", False),
    ("町税", 2023, "令和５年度", "arrears", "collection_rate", "actual", r_a, "percent", f"{Zn(fr(r_a, 2))}％", False),
    ("町税", 2023, "令和５年度", "total", "collection_rate", "actual", r_t, "percent", f"{Zn(fr(r_t, 2))}％", False),
    ("町税", 2022, "前年度", "total", "collection_rate", "actual", r_t_prev, "percent", f"{Zn(fr(r_t_prev, 2))}％", False),
    ("町税", 2023, "令和５年度", "total", "difference", "actual", r2(r_t - r_t_prev), "points",
     f"{Zn(fr(r_t - r_t_prev, 2))}ポイント", False),
    ("町税", 2023, "令和５年度", "total", "outstanding", "actual", round(out, -5), "yen", f"約{Zn(oku_man(round(out, -5)))}", True),
    ("町税", 2023, "令和５年度", "total", "difference", "actual", -round(out_prev - out, -5), "yen",
     f"約{Zn(oku_man(round(out_prev - out, -5)))}", True)]))
S.append(("岡田委員", sec1, "不納欠損の額と、その主な理由を伺います。", []))
t5 = (f"令和５年度の町税の不納欠損額は{Zn(c(wo))}円でございます。内訳は、執行停止後３年を経過したものが約６割、"
      "時効の完成によるものが約４割で、いずれも財産調査を尽くしたうえで処分したものでございます。")
S.append(("高木税務課長", sec1, t5, [
    ("町税", 2023, "令和５年度", "total", "written_off", "actual", wo, "yen", f"{Zn(c(wo))}円", False)]))
S.append(("大西委員", sec1, "町営住宅使用料の滞納について、長期の滞納者への対応はどうなっていますか。", []))
t7 = ("令和５年度末の町営住宅使用料の収入未済額は６，２３４，５６０円、滞納者は２１人でございます。"
      "このうち１年以上の長期滞納者５人については、連帯保証人を交えた納付相談を行い、うち２人は分納誓約に至っております。")
S.append(("浜田建設課長", sec1, t7, [
    ("町営住宅使用料", 2023, "令和５年度", "total", "outstanding", "actual", 6234560, "yen", "６，２３４，５６０円", False),
    ("町営住宅使用料", 2023, "令和５年度", "total", "delinquents", "actual", 21, "persons", "２１人", False)]))
S.append(("山下委員長", sec2, "次に、認定第２号を議題といたします。質疑はありませんか。", []))
S.append(("村井委員", sec2, "国民健康保険税の収納率が県内でも低いと聞いております。現状と対策を伺います。", []))
t10 = ("国民健康保険税の令和５年度の収納率は、現年課税分９５．１２％、滞納繰越分１９．４５％、合計８４．３６％で、"
       "前年度の８３．５０％を０．８６ポイント上回りました。収入未済額は約１億２，３４０万円となっております。"
       "今後は資格喪失者への早期の催告と、口座振替の原則化を進めてまいります。")
S.append(("小川住民課長", sec2, t10, [
    ("国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", 95.12, "percent", "９５．１２％", False),
    ("国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 19.45, "percent", "１９．４５％", False),
    ("国民健康保険税", 2023, "令和５年度", "total", "collection_rate", "actual", 84.36, "percent", "８４．３６％", False),
    ("国民健康保険税", 2022, "前年度", "total", "collection_rate", "actual", 83.50, "percent", "８３．５０％", False),
    ("国民健康保険税", 2023, "令和５年度", "total", "difference", "actual", 0.86, "points", "０．８６ポイント", False),
    ("国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", 123400000, "yen", "約１億２，３４０万円", True)]))
S.append(("村井委員", sec2, "口座振替の原則化はいつから実施するのですか。", []))
S.append(("西村町長", sec2, "令和７年度の新規加入者から実施する方向で準備を進めております。"
          "負担の公平の観点から、町税と同様にしっかり取り組んでまいります。", []))
S.append(("山下委員長", sec2, "ほかに質疑はありませんか。（「なし」と呼ぶ者あり）質疑を終結いたします。本日はこれで散会いたします。", []))

doc = fitz.open()
pno = [0]
cv = None


def newpage():
    global cv
    cv = Canvas(doc)
    pno[0] += 1
    cv.text(cv.W / 2, cv.H - 25, f"－{Zn(pno[0])}－", 9, "M", "c")
    return 60


y = newpage()
cv.text(cv.W / 2, y + 10, "令和６年９月定例会", 12, "M", "c")
cv.text(cv.W / 2, y + 40, "決算特別委員会会議録", 18, "M", "c")
y += 80
cv.text(50, y, "１　開催日時　　令和６年９月１７日（火）　午前１０時００分開会", 10.5, "M"); y += 20
cv.text(50, y, "２　開催場所　　多度津町役場　議会委員会室", 10.5, "M"); y += 26
cv.text(50, y, f"３　出席委員（{Zn(len(members))}名）", 10.5, "M"); y += 18
for i, (r_, n) in enumerate(members):
    x = 80 + (i % 2) * 230
    cv.text(x, y, f"{r_}　{n}" if r_ != "委員" else f"委　員　{n}", 10, "M")
    if i % 2:
        y += 17
y += 8
cv.text(50, y, f"４　欠席委員（{Zn(len(absent))}名）", 10.5, "M"); y += 18
cv.text(80, y, f"委　員　{absent[0][1]}", 10, "M"); y += 26
cv.text(50, y, f"５　説明のため出席した者（{Zn(len(officials))}名）", 10.5, "M"); y += 18
for i, (t, n) in enumerate(officials):
    x = 80 + (i % 2) * 230
    cv.text(x, y, f"{t}　{n}", 10, "M")
    if i % 2:
        y += 17
y += 8
cv.text(50, y, f"６　事務局職員（{Zn(len(staff))}名）", 10.5, "M"); y += 18
for i, (t, n) in enumerate(staff):
    cv.text(80 + i * 230, y, f"{t}　{n}", 10, "M")
y += 26
cv.text(50, y, "７　審査案件", 10.5, "M"); y += 18
for a in agenda:
    cv.text(80, y, a, 10, "M"); y += 17
y += 14
cv.line(50, y, 545, y, 0.5)
y += 24
for sp, sec, tx, facts in S:
    line = f"○{sp}　{tx}"
    lines = cv.wrap(line, 490, 10.5, "M")
    if y + len(lines) * 18 > cv.H - 60:
        y = newpage()
    for j, ln in enumerate(lines):
        cv.text(50 if j == 0 else 61, y, ln, 10.5, "M")
        y += 18
    y += 6
    for f in facts:
        debt, fy, fyr, seg, met, bas, val, unit, raw, apx = f
        g.f(pno[0], debt, debt, fy, fyr, seg, met, bas, val, unit, raw, approx=apx)
y += 10
cv.text(545, y, "午前１１時４２分散会", 10.5, "M", "r")
# 別表: 委員会提出資料
y = newpage()
P = pno[0]
cv.text(50, y, "【委員会提出資料】町税の収納状況（令和５年度決算）", 12, "G")
cv.text(545, y + 22, "（単位：円、％）", 8.5, "M", "r")
cells = [dict(r=0, c=i, t=t, bg=(0.88, 0.88, 0.88), sz=9) for i, t in enumerate(["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"])]
rows = [("現年課税分", "current", ca, cc, 0), ("滞納繰越分", "arrears", aa, ac, wo), ("合計", "total", ta, tc, wo)]
for i, (lab, seg, a_, c_, w_) in enumerate(rows):
    o_ = a_ - c_ - w_
    rv = rate(c_, a_, 2)
    for j, (v, t) in enumerate([(None, lab), (a_, c(a_)), (c_, c(c_)), (w_, c(w_)), (o_, c(o_)), (rv, fr(rv, 2))]):
        cells.append(dict(r=i + 1, c=j, t=t, al="c" if j == 0 else "r", sz=9))
    g.f(P, "町税", "町税", 2023, "令和５年度", seg, "assessed", "actual", a_, "yen", c(a_))
    g.f(P, "町税", "町税", 2023, "令和５年度", seg, "collected", "actual", c_, "yen", c(c_))
    g.f(P, "町税", "町税", 2023, "令和５年度", seg, "written_off", "actual", w_, "yen", c(w_))
    g.f(P, "町税", "町税", 2023, "令和５年度", seg, "outstanding", "actual", o_, "yen", c(o_))
    g.f(P, "町税", "町税", 2023, "令和５年度", seg, "collection_rate", "actual", rv, "percent", fr(rv, 2))
y = cv.grid(50, y + 28, [80, 90, 90, 75, 85, 65], [22, 22, 22, 22], cells, size=9)
cv.text(50, y + 14, f"※ 前年度（令和４年度）末の収入未済額　{c(out_prev)}円", 8.5, "M")
g.f(P, "町税", "町税", 2022, "令和４年度", "total", "outstanding", "actual", out_prev, "yen", f"{c(out_prev)}円")
cv.text(50, y + 28, "出典：令和５年度多度津町一般会計歳入歳出決算書　税務課作成", 8.5, "M")

finish_pymupdf(doc, STEM)
att = [{"role": r_, "title": None, "name": n} for r_, n in members] + \
      [{"role": t, "title": t, "name": n} for t, n in officials] + [{"role": t, "title": t, "name": n} for t, n in staff]
g.minutes = {"title": "令和６年９月定例会 決算特別委員会会議録", "meeting_number": None, "date": "2024-09-17", "method": None,
             "attendees": att, "agenda": agenda, "materials": ["委員会提出資料　町税の収納状況（令和５年度決算）"],
             "statements": [{"speaker": sp, "section": sec, "text": tx} for sp, sec, tx, _ in S]}
g.write()
