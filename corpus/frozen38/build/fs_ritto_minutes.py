"""栗東市 令和7年度第2回 債権管理推進会議 議事要旨 (書面開催) -- python-docx -> LibreOffice.
run from corpus/frozen38:  python3 build/fs_ritto_minutes.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fs_common import Gold, WORK, zen, c, cb, rate
from fs_docx import (new_doc, para, run, page_break, table, cell_border, to_pdf,
                     footer_page_numbers)

STEM = "fs_ritto_minutes_1"
CITY = "栗東市"
TITLE = "令和７年度第２回栗東市債権管理推進会議 議事要旨"
AS_OF, PREV_AS_OF = "2025-09-30", "2024-09-30"
FY, PFY = 2025, 2024


def Z(v):
    return zen(f"{v:.2f}")


g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-14", "令和７年１１月１４日")

# ---- 別表 data (千円), 9月末 ----------------------------------------------------
# full name, printed short, cur adj, cur col, prev cur rate, arr adj, arr col, prev arr rate
DEBTS = [
    ("市税", "市税", 11642310, 6090122, 52.13, 412560, 74510, 19.01),
    ("国民健康保険税", "国保税", 1723480, 755918, 43.44, 398210, 48300, 12.98),
    ("介護保険料", "介護料", 1402660, 781930, 55.98, 41220, 7105, 16.02),
    ("後期高齢者医療保険料", "後期高齢", 612340, 355102, 57.70, 9870, 2480, 27.35),
    ("保育料", "保育料", 189450, 95210, 49.88, 22840, 3150, 14.71),
    ("市営住宅使用料", "住宅使用料", 98760, 47930, 49.02, 31520, 2460, 8.94),
]
rows = []
for full, short, ca, cc, pc, aa, ac, pa in DEBTS:
    cr, ar = rate(cc, ca), rate(ac, aa)
    rows.append(dict(full=full, short=short, ca=ca, cc=cc, cr=cr, pc=pc, cd=round(cr - pc, 2),
                     aa=aa, ac=ac, ar=ar, pa=pa, ad=round(ar - pa, 2), ao=aa - ac))
tot = dict(ca=sum(r["ca"] for r in rows), cc=sum(r["cc"] for r in rows),
           aa=sum(r["aa"] for r in rows), ac=sum(r["ac"] for r in rows))
tot["cr"], tot["ar"] = rate(tot["cc"], tot["ca"]), rate(tot["ac"], tot["aa"])
tot["pc"], tot["pa"] = 51.60, 16.47
tot["cd"], tot["ad"] = round(tot["cr"] - tot["pc"], 2), round(tot["ar"] - tot["pa"], 2)
tot["ao"] = tot["aa"] - tot["ac"]
R = {r["full"]: r for r in rows}
tax = R["市税"]
tax_all_rate = rate(tax["cc"] + tax["ac"], tax["ca"] + tax["aa"])
kok = R["国民健康保険税"]

# ---- 令和6年度決算 (全債権), 円 ----------------------------------------------------
A24, C24, W24, O24 = 13218000000, 12339000000, 18000000, 861000000
assert A24 - C24 - W24 == O24
R24, R23, O23 = rate(C24, A24), 93.05, 912000000
assert R24 == 93.35

d = new_doc()
footer_page_numbers(d.sections[0], "－{}－")
# =============================== page 1 ===========================================
page = 1
para(d, TITLE, size=14, bold=True, align="c", font="IPAexゴシック", space_after=12)
para(d, "１　開催方法", bold=True, font="IPAexゴシック", space_before=6)
para(d, "　令和７年度第２回栗東市債権管理推進会議は、会議資料の確認を中心とした内容であることから"
        "書面開催とし、令和７年１１月１４日付けで各委員に会議資料を送付して、同月２８日までに意見"
        "及び質問を債権管理課あてに電子メールで提出する形式により実施した。", indent_mm=4)
para(d, "２　出席者（会長、委員８名、事務局３名）", bold=True, font="IPAexゴシック", space_before=8)
para(d, "会　長：副市長", indent_mm=4)
para(d, "委　員：総務部長・市民政策部長・健康福祉部長・子ども・若者部長・環境経済部長・", indent_mm=4)
para(d, "建設部長・上下水道部長・教育部長", indent_mm=17)
para(d, "事務局：総務部次長・債権管理課長・債権管理課管理係長", indent_mm=4)
attendees = [{"role": "会長", "title": "副市長", "name": None}]
for t in ["総務部長", "市民政策部長", "健康福祉部長", "子ども・若者部長", "環境経済部長", "建設部長",
          "上下水道部長", "教育部長"]:
    attendees.append({"role": "委員", "title": t, "name": None})
for t in ["総務部次長", "債権管理課長", "債権管理課管理係長"]:
    attendees.append({"role": "事務局", "title": t, "name": None})
agenda = ["令和７年度上半期（９月末）の債権の状況について",
          "令和６年度決算における収入未済額の状況について",
          "私債権の放棄に係る報告について"]
para(d, "３　議　題", bold=True, font="IPAexゴシック", space_before=8)
for i, a in enumerate(agenda, 1):
    para(d, f"（{zen(i)}）{a}", indent_mm=4)
materials = ["会議資料１　令和７年度上半期 債権別収納状況一覧",
             "会議資料２　令和６年度決算 収入未済額の状況",
             "会議資料３　私債権の放棄について（報告）"]
para(d, "４　資　料", bold=True, font="IPAexゴシック", space_before=8)
for m in materials:
    para(d, m, indent_mm=4)
para(d, "５　意見及び質問並びに回答", bold=True, font="IPAexゴシック", space_before=8)
para(d, "　各委員から提出のあった意見及び質問並びに事務局等の回答の要旨は、次のとおりである。"
        "なお、発言者は所管する部の長として記載している。", indent_mm=4)
para(d, "　（別表は、会議資料１の主な数値を抜粋したものである。）", indent_mm=4, space_before=4)

statements = []


def say(speaker, section, text, pg):
    """○speaker, paragraph(s) of text; text lines separated by \n"""
    para(d, "○" + speaker, font="IPAexゴシック", indent_mm=4, space_before=5)
    for ln in text.split("\n"):
        para(d, ln, indent_mm=8, first_mm=0)
    statements.append({"speaker": speaker, "section": section, "text": text.replace("\n", "\n"),
                       "page": pg})


# =============================== page 2 ===========================================
page_break(d)
page = 2
sec1 = "令和７年度上半期（９月末）の債権の状況について"
para(d, "（１）" + sec1, bold=True, font="IPAexゴシック")
d_tax = tax["cd"]
t1 = (f"「市税」は、９月末の現年分収納率が{Z(tax['cr'])}％で、前年同月比{Z(d_tax)}"
      f"ポイント上昇した。滞納繰越分は前年同月を{Z(abs(tax['ad']))}ポイント下回っているが、"
      "高額案件の分納が年度後半に集中するため、年度末には前年度並みとなる見込みである。\n"
      "【収納率】令和７年９月末時点\n"
      f"　・現年分　{Z(tax['cr'])}％\n"
      f"　・滞納繰越分　{Z(tax['ar'])}％\n"
      f"　・合計　{Z(tax_all_rate)}％")
say("総務部長", sec1, t1, page)
for seg, key, raw in (("current", "cr", f"{tax['cr']:.2f}"), ("arrears", "ar", f"{tax['ar']:.2f}")):
    pass
g.fact(page, "市税", "市税", FY, None, "current", "collection_rate", "interim", tax["cr"], "percent",
       zen(f"{tax['cr']:.2f}") + "％で", as_of=AS_OF)
g.fact(page, "市税", "市税", FY, None, "current", "difference", "interim", d_tax, "points",
       "前年同月比" + zen(f"{d_tax:.2f}") + "ポイント上昇", as_of=AS_OF)
g.fact(page, "市税", "市税", FY, None, "arrears", "difference", "interim", tax["ad"], "points",
       zen(f"{abs(tax['ad']):.2f}") + "ポイント下回", as_of=AS_OF)
for seg, v, lab in (("current", tax["cr"], "現年分"), ("arrears", tax["ar"], "滞納繰越分"),
                    ("total", tax_all_rate, "合計")):
    g.fact(page, "市税", "市税", FY, "令和７年９月末", seg, "collection_rate", "interim", v, "percent",
           f"{lab}{Z(v)}％", as_of=AS_OF)

kok_ao_man = round(kok["ao"] / 10000, 0)  # 千円 -> 億/万 text
kok_ao_yen = round(kok["ao"] * 1000, -6)   # 約 … 百万円単位
oku, man = divmod(int(kok_ao_yen // 10000), 10000)
kok_ao_txt = f"約{zen(oku)}億{zen(f'{man:,}')}万円"
kai = R["介護保険料"]
t2 = (f"「国民健康保険税」は、現年分収納率が{Z(kok['cr'])}％と前年同月比"
      f"{Z(kok['cd'])}ポイント上昇した。滞納繰越分の収入未済額は{kok_ao_txt}と依然として"
      "多額であり、特別徴収に移行しない世帯への早期の納付勧奨を続ける。\n"
      f"「介護保険料」は、普通徴収の現年分収納率が前年同月を{Z(abs(kai['cd']))}ポイント"
      "下回った。新たに６５歳に到達した被保険者の口座振替の登録が遅れていることが要因と考えられる"
      "ため、資格取得時の案内文を見直す。")
say("健康福祉部長", sec1, t2, page)
g.fact(page, "国民健康保険税", "国民健康保険税", FY, None, "current", "collection_rate", "interim",
       kok["cr"], "percent", zen(f"{kok['cr']:.2f}") + "％と", as_of=AS_OF)
g.fact(page, "国民健康保険税", "国民健康保険税", FY, None, "current", "difference", "interim",
       kok["cd"], "points", "前年同月比" + zen(f"{kok['cd']:.2f}") + "ポイント上昇", as_of=AS_OF)
g.fact(page, "国民健康保険税", "国民健康保険税", FY, None, "arrears", "outstanding", "interim",
       kok_ao_yen, "yen", kok_ao_txt, approx=True, as_of=AS_OF)
g.fact(page, "介護保険料", "介護保険料", FY, None, "current", "difference", "interim", kai["cd"],
       "points", zen(f"{abs(kai['cd']):.2f}") + "ポイント下回", as_of=AS_OF)

ho = R["保育料"]
t3 = (f"「保育料」は、現年分収納率が{Z(ho['cr'])}％で前年同月とほぼ同水準である。"
      "退園後に未納が残る世帯が増えているため、退園手続の際に未納額を確認し、その場で納付相談を"
      "行う運用を１０月から始めた。")
say("子ども・若者部長", sec1, t3, page)
g.fact(page, "保育料", "保育料", FY, None, "current", "collection_rate", "interim", ho["cr"], "percent",
       zen(f"{ho['cr']:.2f}") + "％で", as_of=AS_OF)
ju = R["市営住宅使用料"]
t4 = (f"「市営住宅使用料」は、滞納繰越分の収納率が{Z(ju['ar'])}％にとどまっている。"
      "退去済み滞納者の所在調査を進め、連帯保証人への請求も含めて対応する。")
say("建設部長", sec1, t4, page)
g.fact(page, "市営住宅使用料", "市営住宅使用料", FY, None, "arrears", "collection_rate", "interim",
       ju["ar"], "percent", zen(f"{ju['ar']:.2f}") + "％にとどまって", as_of=AS_OF)

# =============================== page 3 ===========================================
page_break(d)
page = 3
sec2 = "令和６年度決算における収入未済額の状況について"
para(d, "（２）" + sec2, bold=True, font="IPAexゴシック")
t5 = ("令和６年度決算における全債権の収入未済額は約８億６，１００万円で、前年度から約５，１００万円"
      "減少した。全債権の収納率は９３．３５％で、前年度比０．３０ポイント上昇し、令和元年度以降で"
      "最も高い水準となった。")
say("債権管理課長", sec2, t5, page)
g.fact(page, None, None, PFY, "令和６年度", "total", "outstanding", "actual", O24, "yen",
       "約８億６，１００万円", approx=True)
g.fact(page, None, None, PFY, "令和６年度", "total", "difference", "actual", O24 - O23, "yen",
       "約５，１００万円", approx=True)
g.fact(page, None, None, PFY, "令和６年度", "total", "collection_rate", "actual", R24, "percent",
       "９３．３５％")
g.fact(page, None, None, PFY, "令和６年度", "total", "difference", "actual", round(R24 - R23, 2),
       "points", "０．３０ポイント")
t6 = ("滞納繰越分の縮減に向けて、所管課から債権管理課への移管はどの程度進んでいるか。"
      "また、移管の基準を示してほしい。")
say("市民政策部長", sec2, t6, page)
t7 = ("移管の状況と基準は次のとおりである。\n"
      "ア　移管の状況\n"
      "(ｱ)　令和６年度は、非強制徴収公債権及び私債権の３債権から計２４件の移管を受けた。\n"
      "(ｲ)　令和７年度は、９月末までに１１件の移管を受けている。\n"
      "イ　移管の基準\n"
      "(ｱ)　催告を２回以上行っても納付又は納付相談がないこと。\n"
      "(ｲ)　所管課で財産調査を行い、その結果を添えて移管すること。")
say("債権管理課長", sec2, t7, page)
t8 = "全庁の収入未済額は減少しているが、滞納繰越分の収納率は債権ごとの差が大きい。所管課と債権管理課の連携をさらに進めること。"
say("副市長", sec2, t8, page)
sec3 = "私債権の放棄に係る報告について"
para(d, "（３）" + sec3, bold=True, font="IPAexゴシック", space_before=8)
t9 = ("栗東市債権管理条例第１３条の規定に基づき、令和７年度上半期に放棄した私債権は、"
      "市営住宅使用料３件、学校給食費２件である。いずれも債務者の死亡又は所在不明により、"
      "回収の見込みがないと判断したものである。")
say("債権管理課長", sec3, t9, page)
# 【参考】 box: one-cell table
para(d, "", space_before=6)
box_lines = ["【参考】令和６年度決算（全債権）",
             "・調定額：約１３２億１，８００万円",
             "・収入済額：約１２３億３，９００万円",
             "・不納欠損額：約１，８００万円",
             "・収入未済額：約８億６，１００万円"]
t = table(d, [["\n".join(box_lines)]], [150], size=9.5, header_rows=0)
for raw, metric, v in (("約１３２億１，８００万円", "assessed", A24), ("約１２３億３，９００万円", "collected", C24),
                       ("約１，８００万円", "written_off", W24), ("約８億６，１００万円", "outstanding", O24)):
    g.fact(page, None, None, PFY, "令和６年度", "total", metric, "actual", v, "yen", raw, approx=True)

# =============================== page 4: 別表 ======================================
page_break(d)
page = 4
para(d, "別表", bold=True, font="IPAexゴシック")
para(d, "１　現年分 債権別収納状況（令和７年９月末現在）", font="IPAexゴシック", space_before=4)
para(d, "（単位：千円、％）", align="r", size=9)
TABS = [(62, "r"), (92, "r"), (112, "r"), (135, "r"), (160, "r")]
p = para(d, "債　権\t調定額\t収入済額\t収納率\t前年同月\t前年同月比", size=9, tabs=TABS,
         font="IPAexゴシック", space_before=4, space_after=2)
for r in rows + [dict(tot, short="計", full=None)]:
    mark = "※1" if r["short"] == "市税" else ""
    line = (f"{r['short']}\t{c(r['ca'])}\t{c(r['cc'])}\t{r['cr']:.2f}{mark}\t{r['pc']:.2f}\t"
            f"{cb(0) if False else ('▲' if r['cd'] < 0 else '')}{abs(r['cd']):.2f}")
    para(d, line, size=9, tabs=TABS, indent_mm=2, space_after=1)
    debt, draw = r["full"], r["short"]
    g.fact(page, debt, draw, FY, "令和７年９月末", "current", "assessed", "interim", r["ca"] * 1000, "yen",
           c(r["ca"]), as_of=AS_OF)
    g.fact(page, debt, draw, FY, "令和７年９月末", "current", "collected", "interim", r["cc"] * 1000, "yen",
           c(r["cc"]), as_of=AS_OF)
    g.fact(page, debt, draw, FY, "令和７年９月末", "current", "collection_rate", "interim", r["cr"],
           "percent", f"{r['cr']:.2f}", as_of=AS_OF)
    g.fact(page, debt, draw, PFY, "前年同月", "current", "collection_rate", "interim", r["pc"],
           "percent", f"{r['pc']:.2f}", as_of=PREV_AS_OF)
    g.fact(page, debt, draw, FY, "令和７年９月末", "current", "difference", "interim", r["cd"], "points",
           ("▲" if r["cd"] < 0 else "") + f"{abs(r['cd']):.2f}", as_of=AS_OF)
para(d, "※1　市税の現年分には、法人市民税の予定申告分を含む。", size=8.5, indent_mm=2, space_before=3)

para(d, "２　滞納繰越分 債権別収納状況（令和７年９月末現在）", font="IPAexゴシック", space_before=12)
para(d, "（単位：千円、％）", align="r", size=9)
hdr = ["債　権", "調定額", "収入済額", "収入未済額", "R7収納率", "R6収納率", "増減"]
body = []
for r in rows + [dict(tot, short="計", full=None)]:
    mark = "※2" if r["short"] == "国保税" else ""
    body.append([r["short"], c(r["aa"]), c(r["ac"]), c(r["ao"]) + mark, f"{r['ar']:.2f}", f"{r['pa']:.2f}",
                 ("▲" if r["ad"] < 0 else "") + f"{abs(r['ad']):.2f}"])
    debt, draw = r["full"], r["short"]
    for metric, v in (("assessed", r["aa"]), ("collected", r["ac"]), ("outstanding", r["ao"])):
        g.fact(page, debt, draw, FY, "令和７年９月末", "arrears", metric, "interim", v * 1000, "yen", c(v),
               as_of=AS_OF)
    g.fact(page, debt, draw, FY, "R7", "arrears", "collection_rate", "interim", r["ar"], "percent",
           f"{r['ar']:.2f}", as_of=AS_OF)
    g.fact(page, debt, draw, PFY, "R6", "arrears", "collection_rate", "interim", r["pa"], "percent",
           f"{r['pa']:.2f}", as_of=PREV_AS_OF)
    g.fact(page, debt, draw, FY, "R7", "arrears", "difference", "interim", r["ad"], "points",
           ("▲" if r["ad"] < 0 else "") + f"{abs(r['ad']):.2f}", as_of=AS_OF)
t = table(d, [hdr] + body, [30, 27, 24, 27, 20, 20, 16], size=9, style=None,
          align=["l", "r", "r", "r", "r", "r", "r"], font="IPAex明朝")
for j in range(len(hdr)):
    cell_border(t.cell(0, j), top="single", bottom="single")
# footnotes
old = R["国民健康保険税"]
kok_old = 206412
para(d, f"※2　国保税の収入未済額のうち、令和２年度以前の課税分 {c(kok_old)}千円", size=8.5, indent_mm=2,
     space_before=3)
g.fact(page, "国民健康保険税", "国保税", FY, "令和７年９月末", "arrears", "outstanding", "interim",
       kok_old * 1000, "yen", c(kok_old) + "千円", as_of=AS_OF)
para(d, "※　国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、"
        "住宅使用料＝市営住宅使用料", size=8.5, indent_mm=2)
para(d, "※　収納率は、収入済額を調定額で除したもの（還付未済額は含まない）。", size=8.5, indent_mm=2)

path = os.path.join(WORK, STEM + ".docx")
d.save(path)
pdf = to_pdf(path, STEM)
g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": attendees, "agenda": agenda, "materials": materials,
             "statements": statements}
g.save(pdf)
