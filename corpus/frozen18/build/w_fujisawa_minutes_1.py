"""藤沢市議会 総務常任委員会記録 (所管事務調査：債権管理) — python-docx -> LibreOffice."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from w_common import *
from w_docx_util import *

STEM = "w_fujisawa_minutes_1"
CITY = "藤沢市"
g = Gold(STEM)

# ---- data: 令和５年度決算 (千円) -------------------------------------------
ROWS = [  # name, assessed, collected, written_off
    ("市税", 89412305, None, 123456, 97.86),
    ("国民健康保険税", 9876540, 8628714, 89612, None),
    ("介護保険料", 6215880, 6152004, 14220, None),
    ("後期高齢者医療保険料", 5102337, 5079812, 3015, None),
    ("保育所保育料", 1204556, 1140902, 6880, None),
    ("市営住宅使用料", 1012448, 958330, 2104, None),
    ("下水道使用料", 7655210, 7598450, 9876, None),
]
T1 = []
for name, a, c, w, r in ROWS:
    if c is None:
        c = round(a * r / 100)
    u = a - c - w
    T1.append((name, a, c, w, u, pct(c, a)))
assert T1[0][5] == 97.86
tot = [sum(x[i] for x in T1) for i in (1, 2, 3, 4)]
T1.append(("合計", *tot, pct(tot[1], tot[0])))
kokuho_u = T1[1][4]
assert 1158000 <= kokuho_u < 1158500

# ９月末徴収率 (％): name, cur R6, cur prev, arr R6, arr prev
T2 = [("市税", 53.4, 52.9, 21.7, 20.3), ("国民健康保険税", 47.8, 48.1, 14.2, 13.6),
      ("介護保険料", 55.1, 54.6, 9.8, 10.4), ("保育所保育料", 58.2, 57.5, 6.1, 5.4)]

DATE_RAW = "令和６年１２月１０日（火）"
d = new_doc()
header_footer(d, "総務常任委員会記録（令和６年１２月１０日）")

# ---------------- page 1 ----------------
para(d, "総務常任委員会記録", align="c", size=16, bold=True, font="IPAexGothic", after=10)
para(d, "１　開催日時　　" + DATE_RAW + "　午前１０時００分開会　午前１１時４２分閉会")
para(d, "２　開催場所　　第２委員会室（本庁舎７階）", after=6)
para(d, "３　出席委員（７名）")
MEM = [("委員長", "原田　明子"), ("副委員長", "杉本　和也"), ("委員", "大川　敏"), ("委員", "内海　恵美"),
       ("委員", "田代　健二"), ("委員", "北村　幸一"), ("委員", "森下　弘美")]
t = d.add_table(rows=4, cols=4)
set_borders(t, False, False, False, False, False, False)
cells = [c for r in t.rows for c in r.cells]
for i, (role, nm) in enumerate(MEM):
    cell_text(cells[2 * i], role)
    cell_text(cells[2 * i + 1], nm)
para(d, "")
para(d, "４　説明のため出席した者")
STAFF = [("財務部長", "高瀬　誠"), ("財務部参事兼債権管理課長", "吉岡　隆"), ("納税課長", "中井　正人"),
         ("保険年金課長", "水野　由紀"), ("子ども・若者部長", "松尾　直樹"), ("子育て給付課長", "安藤　玲子")]
for role, nm in STAFF:
    para(d, f"{role}　　{nm}", indent_mm=8)
para(d, "")
para(d, "５　事務局職員　　議事課主査　　青山　拓真", after=6)
para(d, "６　案件")
AGENDA = ["債権管理の状況について（令和５年度決算及び令和６年度上半期）",
          "藤沢市債権管理基本方針の改定について"]
para(d, "　所管事務調査")
for i, a in enumerate(AGENDA, 1):
    para(d, f"（{zen(i)}）{a}", indent_mm=8)
para(d, "")
para(d, "７　配付資料")
MAT = ["資料１　令和５年度　主な債権の収納状況", "資料２　令和６年度上半期（９月末）徴収状況",
       "資料３　藤沢市債権管理基本方針（改定案）"]
for m in MAT:
    para(d, m, indent_mm=8)
para(d, "")
para(d, "※　令和６年度第２回債権管理推進会議（令和７年２月開催予定）において基本方針の改定案を最終決定する予定である旨、"
        "事務局から報告があった。", size=9.5, after=4)

# ---------------- statements ----------------
S = []  # (speaker, section, text, page)
SEC1, SEC2 = AGENDA
def say(sp, sec, text, page):
    S.append((sp, sec, text, page))
    p = d.add_paragraph()
    run_font(p.add_run("○" + sp), "IPAexGothic", None, True)
    run_font(p.add_run("　" + text))
    p.paragraph_format.first_line_indent = Mm(0)
    p.paragraph_format.space_after = Pt(5)

page_break(d)
say("原田委員長", SEC1, "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として、債権管理の状況について及び"
    "藤沢市債権管理基本方針の改定についての２件を議題といたします。理事者から説明をお願いします。", 2)
say("高瀬財務部長", SEC1, "それでは、資料１に基づき概要を御説明いたします。令和５年度決算における全会計の収入未済額は約４２億７，３００万円で、"
    "前年度と比べ約２億１，０００万円縮減いたしました。詳細は債権管理課長から御説明いたします。", 2)
say("吉岡債権管理課長", SEC1, "主な債権の状況でございます。市税は、現年課税分の収納率が９９．２４％、滞納繰越分が３２．１５％、"
    "合計で９７．８６％となりました。国民健康保険税は、現年課税分９４．１２％、滞納繰越分２４．０８％で、"
    "収入未済額は約１１億５，８００万円となっております。続きまして資料２、上半期の状況でございますが、"
    "９月末時点の市税の徴収率は現年課税分で５３．４％と、前年同期の５２．９％を０．５ポイント上回っております。", 2)
say("大川委員", SEC1, "保育所保育料の滞納繰越分の収納率が低い水準にとどまっていますが、その理由と今後の対応を伺います。", 2)
say("松尾子ども・若者部長", SEC1, "保育所保育料の滞納繰越分の収納率は令和５年度で１８．７％にとどまっております。"
    "退園された世帯との接触が難しいことが主な要因でございます。今後は児童手当からの徴収の申出を積極的に勧奨するとともに、"
    "納税課と連携した財産調査を進めてまいります。", 2)
say("森下委員", SEC1, "国民健康保険税の上半期の徴収率が前年を下回っているように見えますが、要因をどのように分析していますか。", 2)
say("水野保険年金課長", SEC1, "９月末の国民健康保険税の現年課税分徴収率は４７．８％で、前年同期の４８．１％を０．３ポイント下回っております。"
    "被保険者の後期高齢者医療制度への移行が進み、相対的に納付の難しい世帯の割合が高まっていることが一因と考えております。"
    "１０月からは夜間及び休日の電話催告を拡充し、口座振替の勧奨も強化しているところでございます。", 2)
say("杉本副委員長", SEC1, "市営住宅使用料について、明渡し請求に至った件数はどの程度でしょうか。", 2)
say("中井納税課長", SEC1, "市営住宅使用料は住宅政策課の所管でございますが、私から代わってお答えします。令和５年度に明渡し請求の訴えを提起したものは４件で、"
    "いずれも和解又は判決により解決しております。", 2)
say("内海委員", SEC1, "不納欠損の額について、主な債権ごとに教えてください。", 3)
say("吉岡債権管理課長", SEC1, "令和５年度の不納欠損額は、市税で１億２，３４５万円余、国民健康保険税で８，９６１万円余でございます。"
    "いずれも執行停止後３年を経過したもの及び時効が完成したものでございます。", 3)
say("田代委員", SEC2, "基本方針の改定で、私債権の取扱いはどのように変わるのでしょうか。", 3)
say("高瀬財務部長", SEC2, "改定案では、私債権について債権管理課への移管基準を明文化し、支払督促などの法的措置を計画的に行う旨を定めております。"
    "あわせて、徴収停止と債権放棄の判断基準を全庁で統一いたします。", 3)
say("北村委員", SEC2, "滞納者の生活再建への配慮についても方針に盛り込むべきと考えますが、いかがでしょうか。", 3)
say("高瀬財務部長", SEC2, "御指摘の点につきましては、福祉部門へのつなぎの手順を新たに一項設けて明記いたします。", 3)
say("原田委員長", SEC2, "ほかに御質疑はございませんか。――なければ、以上で所管事務調査を終わります。本日の委員会はこれで閉会いたします。", 3)

# statements' facts
P = None
g.fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 4273000000, "yen", "約４２億７，３００万円", P, approx=True, debt_raw="全会計")
for seg, v, raw in (("current", 99.24, "９９．２４％"), ("arrears", 32.15, "３２．１５％"), ("total", 97.86, "９７．８６％")):
    g.fact("市税", 2023, "令和５年度", seg, "collection_rate", "actual", v, "percent", raw, P)
g.fact("国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", 94.12, "percent", "９４．１２％", P)
g.fact("国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 24.08, "percent", "２４．０８％", P)
g.fact("国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", 1158000000, "yen", "約１１億５，８００万円", P, approx=True)
g.fact("市税", 2024, "９月末時点", "current", "collection_rate", "interim", 53.4, "percent", "５３．４％", P, as_of="2024-09-30")
g.fact("市税", 2023, "前年同期", "current", "collection_rate", "interim", 52.9, "percent", "５２．９％", P, as_of="2023-09-30")
g.fact("国民健康保険税", 2024, "９月末", "current", "collection_rate", "interim", 47.8, "percent", "４７．８％", P, as_of="2024-09-30")
g.fact("国民健康保険税", 2023, "前年同期", "current", "collection_rate", "interim", 48.1, "percent", "４８．１％", P, as_of="2023-09-30")
g.fact("保育所保育料", 2023, "令和５年度", "arrears", "collection_rate", "actual", 18.7, "percent", "１８．７％", P)
g.fact("市税", 2023, "令和５年度", "total", "written_off", "actual", 123450000, "yen", "１億２，３４５万円余", None, approx=True)
g.fact("国民健康保険税", 2023, "令和５年度", "total", "written_off", "actual", 89610000, "yen", "８，９６１万円余", None, approx=True)
assert T1[0][3] * 1000 >= 123450000 and T1[1][3] * 1000 >= 89610000

# ---------------- page 4: 別表 ----------------
page_break(d)
para(d, "別表１　令和５年度　主な債権の収納状況（資料１抜粋）", font="IPAexGothic", bold=True, after=2)
para(d, "（単位：千円、％）", align="r", size=9)
hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
t = d.add_table(rows=1 + len(T1), cols=6)
set_borders(t, insideV=False, left=False, right=False)
for j, h in enumerate(hdr):
    cell_text(t.rows[0].cells[j], h, align="c", size=9.5)
PG = "別表１　令和５年度"
for i, (name, a, c, w, u, r) in enumerate(T1, 1):
    vals = [name, comma(a), comma(c), comma(w), comma(u), fmt(r, 2)]
    for j, v in enumerate(vals):
        cell_text(t.rows[i].cells[j], v, align=None if j == 0 else "r", size=9.5)
    debt = None if name == "合計" else name
    for metric, v, raw in (("assessed", a * 1000, comma(a)), ("collected", c * 1000, comma(c)),
                           ("written_off", w * 1000, comma(w)), ("outstanding", u * 1000, comma(u))):
        g.fact(debt, 2023, "令和５年度", "total", metric, "actual", v, "yen", raw, PG, debt_raw=name)
    g.fact(debt, 2023, "令和５年度", "total", "collection_rate", "actual", r, "percent", fmt(r, 2), PG, debt_raw=name)
col_widths(t, [40, 27, 27, 24, 27, 18])
para(d, "注）収入未済額＝調定額－収入済額－不納欠損額。表示単位未満を四捨五入しているため、合計が一致しない場合がある。", size=8.5, after=10)

para(d, "別表２　令和６年度上半期の徴収率（９月末）（資料２抜粋）", font="IPAexGothic", bold=True, after=2)
para(d, "単位：％", align="r", size=9)
t = d.add_table(rows=2 + len(T2), cols=7)
set_borders(t, insideV=False, left=False, right=False)
r0, r1 = t.rows[0].cells, t.rows[1].cells
cell_text(r0[0], "債権名", align="c", size=9.5)
r0[0].merge(r1[0])
m = r0[1].merge(r0[3]); cell_text(m, "現年分", align="c", size=9.5)
m = r0[4].merge(r0[6]); cell_text(m, "滞繰分", align="c", size=9.5)
for j, h in enumerate(["R6.9末", "前年同期", "増減", "R6.9末", "前年同期", "増減"], 1):
    cell_text(r1[j], h, align="c", size=9.5)
for i, (name, c6, c5, a6, a5) in enumerate(T2, 2):
    dc, da = round(c6 - c5, 1), round(a6 - a5, 1)
    vals = [name, fmt(c6, 1), fmt(c5, 1), ("△" if dc < 0 else "") + fmt(abs(dc), 1),
            fmt(a6, 1), fmt(a5, 1), ("△" if da < 0 else "") + fmt(abs(da), 1)]
    for j, v in enumerate(vals):
        cell_text(t.rows[i].cells[j], v, align=None if j == 0 else "r", size=9.5)
    for seg, v6, v5 in (("current", c6, c5), ("arrears", a6, a5)):
        g.fact(name, 2024, "R6.9末", seg, "collection_rate", "interim", v6, "percent", fmt(v6, 1), PG, as_of="2024-09-30")
        g.fact(name, 2023, "前年同期", seg, "collection_rate", "interim", v5, "percent", fmt(v5, 1), PG, as_of="2023-09-30")
col_widths(t, [40, 20, 20, 16, 20, 20, 16])
para(d, "")
para(d, "以　上", align="r")

docx = os.path.join(OUT, STEM + ".docx")
d.save(docx)
pdf = soffice(docx, OUT)
final = os.path.join(ROOT, "pdf", STEM + ".pdf")
os.replace(pdf, final)

minutes = {
    "title": "総務常任委員会記録", "meeting_number": None, "date": "2024-12-10", "method": None,
    "attendees": [{"role": r, "title": None, "name": n} for r, n in MEM]
                 + [{"role": "説明員", "title": r, "name": n} for r, n in STAFF]
                 + [{"role": "事務局", "title": "議事課主査", "name": "青山　拓真"}],
    "agenda": AGENDA, "materials": MAT,
    "statements": [{"speaker": sp, "section": sec, "text": tx, "page": None} for sp, sec, tx, pg in S],
}
ok = g.write(final, {"kind": "minutes", "municipality": CITY, "title": "総務常任委員会記録",
                     "date": "2024-12-10", "date_raw": DATE_RAW}, minutes)
print("OK" if ok else "FAIL")
