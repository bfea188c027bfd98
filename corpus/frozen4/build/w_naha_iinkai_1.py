"""那覇市議会 総務常任委員会（総務分科会）記録 — minutes (council committee record), python-docx -> LibreOffice.

Modelled on the 那覇市議会 総務常任委員会(総務分科会)記録 layout (●開催日時 / ●場所 / ●会議に付した事件 /
●出席委員 / ●説明のため出席した者の職、氏名, then ○-speaker record). Names and figures invented.
"""
from __future__ import annotations

from w_common import Doc, OUT, PDF_DIR, finish, k
from w_docx_util import GOTHIC, header_footer, new_doc, para, table

STEM = "w_naha_iinkai_1"
TITLE = "総務常任委員会（総務分科会）記録"
doc = Doc(STEM, "minutes", "那覇市", TITLE, "2024-09-26", "令和６年(2024年)９月26日")

RULE = "─" * 38
AG1 = "認定第１号　令和５年度那覇市一般会計歳入歳出決算中関係分"
AG2 = "所管事務調査　市税等の収納状況及び債権管理の取組について"

# 別表 figures (千円), 令和５年度決算
TAX = {"A": 63568200, "O": 1234150, "W": 126210}
TAX["C"] = TAX["A"] - TAX["O"] - TAX["W"]
KOKUHO = {"A": 9852300, "W": 215600}
KOKUHO["C"] = round(KOKUHO["A"] * 0.8840)
KOKUHO["O"] = KOKUHO["A"] - KOKUHO["C"] - KOKUHO["W"]


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


assert rate(TAX["C"], TAX["A"]) == 97.86

d = new_doc(margins=(22, 22, 24, 22))
header_footer(d, None, "- {} -")
para(d, TITLE, font=GOTHIC, size=15, align="center", space_after=2)
para(d, "令和６年(2024年)９月26日(木)", align="right")
para(d, RULE, size=9, space_after=0)
para(d, "●開催日時　　令和６年(2024年)９月26日　木曜日　　開会　午前10時　　閉会　午後０時15分")
para(d, RULE, size=9, space_after=0)
para(d, "●場所　　総務委員会室")
para(d, RULE, size=9, space_after=0)
para(d, "●会議に付した事件")
para(d, "　予算分科会", indent_mm=4)
para(d, f"　１　議案審査　{AG1}", indent_mm=4)
para(d, "　常任委員会", indent_mm=4)
para(d, f"　２　{AG2}", indent_mm=4)
para(d, RULE, size=9, space_after=0)
MEMBERS = [("委員長", "大城", "健"), ("副委員長", "新垣", "美和"), ("委員", "比嘉", "誠"), ("委員", "宮里", "由紀"),
           ("委員", "玉城", "勝"), ("委員", "仲宗根", "綾"), ("委員", "照屋", "隆"), ("委員", "上間", "敏也")]
para(d, "●出席委員")
for i in range(0, len(MEMBERS), 2):
    pair = MEMBERS[i:i + 2]
    para(d, "　　".join(f"{r.ljust(5, '　')}{a}　{b}" for r, a, b in pair), indent_mm=6)
para(d, RULE, size=9, space_after=0)
para(d, "●欠席委員　　なし")
para(d, RULE, size=9, space_after=0)
STAFF = [("企画財務部長", "金城", "正和"), ("企画財務部副部長", "安里", "弘"), ("納税課長", "島袋", "紀子"),
         ("市民税課長", "喜屋武", "進"), ("債権管理課長", "平良", "剛")]
para(d, "●説明のため出席した者の職、氏名")
for t, a, b in STAFF:
    para(d, f"{a}　{b}　　{t}", indent_mm=6)
para(d, RULE, size=9, space_after=6)

attendees = [{"role": r, "title": None, "name": a + b} for r, a, b in MEMBERS] + \
            [{"role": t, "title": t, "name": a + b} for t, a, b in STAFF]
statements = []


def say(speaker, section, paras, facts=()):
    first = True
    for ptxt in paras:
        if first:
            para(d, f"○{speaker}　{ptxt}", first_mm=0, space_after=1)
        else:
            para(d, f"　{ptxt}", space_after=1)
        first = False
    statements.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": None})
    for f in facts:
        doc.fact(*f[:9], **f[9] if len(f) > 9 else {})


para(d, "午前10時　開会", align="center")
say("大城健委員長", AG1, ["ただいまから総務常任委員会及び総務分科会を開会いたします。",
                        f"まず、予算分科会として、{AG1}を議題といたします。当局の説明を求めます。"])
say("金城正和企画財務部長", AG1, [
    "それでは、歳入のうち市税について御説明いたします。",
    "令和５年度の市税の徴収率は、現年課税分で99.21％、滞納繰越分で32.45％、合計で97.86％となり、前年度と比べ0.18ポイント上昇いたしました。"
    "納税課における早期の催告と財産調査の徹底が主な要因と考えております。"],
    [("市税", 2023, "令和５年度", "current", "collection_rate", "actual", 99.21, "percent", "99.21％"),
     ("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 32.45, "percent", "32.45％"),
     ("市税", 2023, "令和５年度", "total", "collection_rate", "actual", 97.86, "percent", "97.86％")])
say("大城健委員長", AG1, ["説明が終わりましたので、質疑を許します。比嘉誠委員。"])
say("比嘉誠委員", AG1, ["徴収率が上がったことは評価いたします。一方で、市税の収入未済額と不納欠損額はどの程度残っているのか、前年度との比較で教えてください。"])
say("島袋紀子納税課長", AG1, [
    "お答えいたします。市税の収入未済額は、令和５年度末で約12億3,400万円となっており、前年度末の約13億5,100万円から約１億1,700万円減少しております。"
    "また、不納欠損額は約１億2,600万円でございます。"],
    [("市税", 2023, "令和５年度末", "total", "outstanding", "actual", 1234000000, "yen", "約12億3,400万円",
      {"approx": True}),
     ("市税", 2022, "前年度末", "total", "outstanding", "actual", 1351000000, "yen", "約13億5,100万円",
      {"approx": True}),
     ("市税", 2023, None, "total", "written_off", "actual", 126000000, "yen", "約１億2,600万円", {"approx": True})])
say("比嘉誠委員", AG1, ["滞納している方の人数はどのように推移していますか。"])
say("島袋紀子納税課長", AG1, ["滞納者数は、令和５年度末で14,820人、前年度末が15,973人でございまして、1,153人減少しております。"],
    [("市税", 2023, "令和５年度末", "total", "delinquents", "actual", 14820, "persons", "14,820人"),
     ("市税", 2022, "前年度末", "total", "delinquents", "actual", 15973, "persons", "15,973人")])
say("宮里由紀委員", AG1, ["税以外の債権についても伺います。税外債権の未収金の縮減に向けて、どのような取組を行っているのでしょうか。"])
say("平良剛債権管理課長", AG1, [
    "税外債権の収入未済額は、令和５年度末で約８億7,600万円でございます。令和６年度からは、各課で徴収が困難となった案件の引継ぎを受け、"
    "支払督促の申立てや強制執行などの法的措置を進めております。",
    "また、令和６年度第２回那覇市債権管理対策会議を11月に開催し、各課の上半期の取組状況を確認する予定でございます。"],
    [("税外債権", 2023, "令和５年度末", "total", "outstanding", "actual", 876000000, "yen", "約８億7,600万円",
      {"approx": True})])
say("大城健委員長", AG1, ["ほかに質疑はありませんか。", "（「なし」と言う者あり）",
                        "質疑を終結いたします。以上で予算分科会を終了し、引き続き常任委員会を開きます。"])
say("大城健委員長", AG2, [f"{AG2}を議題といたします。当局の説明を求めます。"])
say("島袋紀子納税課長", AG2, [
    "お手元の別表を御覧ください。令和６年８月末時点の市税の徴収率は、現年課税分が38.65％で、前年同月を0.42ポイント上回っております。"
    "滞納繰越分は17.30％で、前年同月の16.85％とほぼ同水準で推移しております。"],
    [("市税", 2024, "令和６年８月末", "current", "collection_rate", "interim", 38.65, "percent", "38.65％",
      {"as_of": "2024-08-31"}),
     ("市税", 2024, "令和６年８月末", "arrears", "collection_rate", "interim", 17.30, "percent", "17.30％",
      {"as_of": "2024-08-31"}),
     ("市税", 2023, "前年同月", "arrears", "collection_rate", "interim", 16.85, "percent", "16.85％",
      {"as_of": "2023-08-31"})])
say("玉城勝委員", AG2, ["コンビニ納付やスマートフォン決済など、納付しやすい環境づくりも引き続きお願いしたいと思います。要望です。"])
say("大城健委員長", AG2, ["以上で本日の日程は全て終了いたしました。これをもちまして、総務常任委員会を閉会いたします。"])
para(d, "午後０時15分　閉会", align="center", space_before=4)

para(d, "", space_after=10)
para(d, "別表　市税等の収納状況", font=GOTHIC, size=11)
para(d, "（１）令和５年度決算　　　　　　　　　　　　　　　　　　　　　　　　（単位：千円、％）", size=9.5)
rows = [["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "徴収率"]]
tot = {x: TAX[x] + KOKUHO[x] for x in "ACWO"}
for name, v in (("市税", TAX), ("国民健康保険税", KOKUHO), ("計", tot)):
    rt = rate(v["C"], v["A"])
    rows.append([name, k(v["A"]), k(v["C"]), k(v["W"]), k(v["O"]), f"{rt:.2f}"])
    debt = None if name == "計" else name
    kw = {"debt_raw": "計"} if name == "計" else {}
    doc.fact(debt, 2023, "令和５年度決算", "total", "assessed", "actual", v["A"] * 1000, "yen", k(v["A"]),
             anchor=name, **kw)
    doc.fact(debt, 2023, "令和５年度決算", "total", "collected", "actual", v["C"] * 1000, "yen", k(v["C"]), **kw)
    doc.fact(debt, 2023, "令和５年度決算", "total", "written_off", "actual", v["W"] * 1000, "yen", k(v["W"]), **kw)
    doc.fact(debt, 2023, "令和５年度決算", "total", "outstanding", "actual", v["O"] * 1000, "yen", k(v["O"]), **kw)
    doc.fact(debt, 2023, "令和５年度決算", "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}", **kw)
table(d, rows, widths_mm=[36, 28, 28, 26, 26, 20])
para(d, "（２）市税の徴収率（８月末時点）　　　　　　　　　　　　　　　　　　　　　（単位：％）", size=9.5,
     space_before=6)
rows = [["区分", "令和５年８月末", "令和６年８月末", "増減"]]
AUG = (("現年課税分", "current", 38.23, 38.65), ("滞納繰越分", "arrears", 16.85, 17.30))
for name, seg, a, b in AUG:
    rows.append([name, f"{a:.2f}", f"{b:.2f}", f"{b - a:.2f}"])
    doc.fact("市税", 2023, "令和５年８月末", seg, "collection_rate", "interim", a, "percent", f"{a:.2f}",
             as_of="2023-08-31", anchor=name)
    doc.fact("市税", 2024, "令和６年８月末", seg, "collection_rate", "interim", b, "percent", f"{b:.2f}",
             as_of="2024-08-31")
table(d, rows, widths_mm=[40, 32, 32, 24])
assert round(38.65 - 38.23, 2) == 0.42

doc.minutes = {"title": TITLE, "meeting_number": None, "date": "2024-09-26", "method": None,
               "attendees": attendees, "agenda": [AG1, AG2], "materials": ["別表　市税等の収納状況"],
               "statements": statements}

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.docx"
d.save(src)
from w_common import soffice_pdf  # noqa: E402
pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf")
finish(doc, pdf)
