"""むつ市議会 総務常任委員会記録（所管事務調査：債権管理）— python-docx → LibreOffice."""
from i_common import Gold, OUT, PDF_DIR, to_pdf, write_gold, zen, comma
from i_docx_util import new_doc, header_footer, para, page_break, table, merge

STEM = "i_mutsu_minutes_1"
g = Gold()
SEC1 = "所管事務調査（市の債権管理の状況について）"
SEC2 = "令和６年度むつ市債権の放棄について（報告）"
NOW = "2025-10-31"
PREV = "2024-10-31"

# 別表 data (千円): debt -> [(seg, 調定, 収入済, 前年同月率)]
TAB = [
    ("市税", [("現年", 6482315, 3941247, 60.2), ("滞繰", 412806, 75956, 17.9)]),
    ("国民健康保険税", [("現年", 1893420, 912628, 47.5), ("滞繰", 386214, 51204, 12.8)]),
    ("介護保険料", [("現年", 1326870, 782931, 58.6), ("滞繰", 41652, 5314, 11.6)]),
    ("後期高齢者医療保険料", [("現年", 498210, 311882, 62.1), ("滞繰", 6214, 1896, 29.5)]),
    ("市営住宅使用料", [("現年", 214385, 124106, 57.4), ("滞繰", 58921, 7424, 11.9)]),
]
R = {}
for debt, rows in TAB:
    for seg, a, c, p in rows:
        R[(debt, seg)] = (a, c, round(c / a * 100 + 1e-9, 1), p)

d = new_doc()
header_footer(d, None, ("", ""))

# ---------------- page 1
para(d, "むつ市議会", size=9, align="right")
para(d, "総務常任委員会記録", bold=True, size=16, align="center")
para(d, "")
para(d, "１　日　時　　令和７年１１月１８日（火）　午前１０時００分開会　午前１１時４２分閉会")
para(d, "２　場　所　　第２委員会室")
para(d, "３　出席委員（７名）")
att_c = [("委員長", "佐々木　康弘"), ("副委員長", "工藤　美和"), ("委員", "大平　誠"), ("委員", "杉山　和也"),
         ("委員", "菊池　早苗"), ("委員", "成田　隆之"), ("委員", "中野　光一")]
table(d, [[att_c[i][0], att_c[i][1], att_c[i + 4][0] if i + 4 < 7 else "", att_c[i + 4][1] if i + 4 < 7 else ""]
          for i in range(4)], widths_mm=[25, 40, 25, 40], borders=False)
para(d, "４　欠席委員　　なし")
para(d, "５　説明のため出席した者")
att_s = [("財務部長", "大湊　賢治"), ("財務部次長兼納税課長", "川内　慎吾"), ("健康・福祉部長", "田名部　由紀"),
         ("保険・年金課長", "関根　俊夫"), ("都市整備部長", "脇野沢　浩"), ("建築・住宅課長", "横浜　敦子")]
table(d, [[t, n] for t, n in att_s], widths_mm=[55, 45], borders=False)
para(d, "６　事務局職員　　議事調査係長・書記")
para(d, "７　付議事件")
para(d, "（１）" + SEC1, indent_mm=5)
para(d, "（２）" + SEC2, indent_mm=5)
para(d, "８　配付資料　　資料１　主な債権の収納状況（令和７年１０月末現在）")
para(d, "　　　　　　　　資料２　令和６年度債権放棄の状況")
para(d, "")
para(d, "――――――――――――――――――――――――――――――――", align="center")
para(d, "９　審査の経過", bold=True)

statements = []


def say(speaker_printed, section, text, page):
    para(d, "○" + speaker_printed, bold=True)
    for ln in text.split("\n"):
        para(d, "　" + ln, first_mm=0)
    statements.append({"speaker": speaker_printed, "section": section, "text": text.replace("\n", "")})
    return page


t1 = "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として市の債権管理の状況について、当局から説明を受けます。それでは、説明をお願いします。"
say("佐々木委員長", SEC1, t1, 1)

t2 = ("財務部長の大湊でございます。去る１０月７日に開催いたしました令和７年度第２回むつ市債権管理推進会議におきまして、"
      "各債権の上半期の状況を確認いたしましたので、その内容も含めて御報告いたします。"
      "なお、令和６年度末における市全体の収入未済額は約９億１,２００万円となっております。詳細は納税課長から説明させます。")
say("大湊財務部長", SEC1, t2, 1)
g.f(None, 2024, "令和６年度末", "total", "outstanding", "actual", 912000000, "yen", "約９億１,２００万円", 1,
    approx=True, debt_raw=None)

# ---------------- page 2
page_break(d)
a, c, r, p = R[("市税", "現年")]
a2, c2, r2, p2 = R[("市税", "滞繰")]
t3 = (f"資料１を御覧ください。市税の１０月末現在の収納率は、現年課税分が{zen(r)}％で、前年同月の{zen(p)}％と比べ"
      f"{zen(round(r - p, 1))}ポイントの上昇となりました。滞納繰越分は{r2}％で、前年同月の{p2}％を上回っております。"
      "\n令和６年度決算における市税の収入未済額は約３億２,４００万円で、前年度に比べ約１,８００万円減少いたしました。"
      "引き続き、初期滞納者への電話催告とＳＭＳ催告を組み合わせ、年末までに差押予告を集中して発送してまいります。")
say("川内財務部次長兼納税課長", SEC1, t3, 2)
g.f("市税", 2025, "令和７年（10月末）", "current", "collection_rate", "interim", r, "percent", zen(r) + "％", 2, as_of=NOW)
g.f("市税", 2024, "前年同月", "current", "collection_rate", "interim", p, "percent", zen(p) + "％", 2, as_of=PREV)
g.f("市税", 2025, "令和７年（10月末）", "arrears", "collection_rate", "interim", r2, "percent", f"{r2}％", 2, as_of=NOW)
g.f("市税", 2024, "前年同月", "arrears", "collection_rate", "interim", p2, "percent", f"{p2}％", 2, as_of=PREV)
g.f("市税", 2024, "令和６年度決算", "total", "outstanding", "actual", 324000000, "yen", "約３億２,４００万円", 2, approx=True)

a, c, r, p = R[("国民健康保険税", "現年")]
t4 = (f"国民健康保険税につきましては、現年課税分の１０月末収納率が{r}％、前年同月が{p}％となっております。"
      "被保険者数の減少に伴い調定額は減少しておりますが、口座振替の勧奨を継続し、納期内納付の割合を高めてまいります。")
say("関根保険・年金課長", SEC1, t4, 2)
g.f("国民健康保険税", 2025, "１０月末", "current", "collection_rate", "interim", r, "percent", f"{r}％", 2, as_of=NOW)
g.f("国民健康保険税", 2024, "前年同月", "current", "collection_rate", "interim", p, "percent", f"{p}％", 2, as_of=PREV)

t5 = "説明が終わりました。質疑はありませんか。"
say("佐々木委員長", SEC1, t5, 2)
t6 = ("市営住宅使用料について伺います。滞納繰越分の回収が進んでいないように見えますが、現在の状況と、"
      "退去者に対する今後の対応をお聞かせください。")
say("杉山委員", SEC1, t6, 2)
a, c, r, p = R[("市営住宅使用料", "滞繰")]
t7 = (f"市営住宅使用料の滞納繰越分の収納率は、１０月末で{zen(r)}％、前年同月は{zen(p)}％でございます。"
      "１０月末時点の滞納者数は４８人で、このうち退去者が１９人となっております。"
      "退去者につきましては、連帯保証人への請求を徹底するとともに、支払督促の申立てを年度内に３件予定しております。")
say("横浜建築・住宅課長", SEC1, t7, 2)
g.f("市営住宅使用料", 2025, "１０月末", "arrears", "collection_rate", "interim", r, "percent", zen(r) + "％", 2, as_of=NOW)
g.f("市営住宅使用料", 2024, "前年同月", "arrears", "collection_rate", "interim", p, "percent", zen(p) + "％", 2, as_of=PREV)
g.f("市営住宅使用料", 2025, "１０月末時点", "total", "delinquents", "interim", 48, "persons", "４８人", 2, as_of=NOW)

# ---------------- page 3
page_break(d)
t8 = "支払督促に係る弁護士費用は、どのように見込んでいるのですか。"
say("菊池委員", SEC1, t8, 3)
t9 = ("支払督促の申立ては職員が行いますので、弁護士費用は要しません。異議申立てにより訴訟に移行した場合には、"
      "総務課の法務担当と協議の上で対応してまいります。")
say("横浜建築・住宅課長", SEC1, t9, 3)
t10 = "ほかに質疑はありませんか。――なければ、次に、令和６年度むつ市債権の放棄について、報告を求めます。"
say("佐々木委員長", SEC2, t10, 3)
t11 = ("資料２を御覧ください。むつ市債権管理条例第１３条の規定に基づき、令和６年度に放棄した私債権は、"
       "市営住宅使用料など３債権、計２１件でございます。いずれも債務者の死亡又は所在不明により回収の見込みがないと判断したものでございます。")
say("大湊財務部長", SEC2, t11, 3)
t12 = "報告が終わりました。質疑はありませんか。――なければ、以上で本日の総務常任委員会を閉会いたします。"
say("佐々木委員長", SEC2, t12, 3)

# ---------------- page 4: 別表
page_break(d)
para(d, "別表　主な債権の収納状況（令和７年１０月末現在）", bold=True)
para(d, "（単位：千円、％）", align="right", size=9)
rows = [["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月\n収納率"]]
for debt, segs in TAB:
    for seg, *_ in segs:
        a, c, r, p = R[(debt, seg)]
        rows.append([debt, "現年分" if seg == "現年" else "滞繰分", comma(a), comma(c), f"{r:.1f}", f"{p:.1f}"])
t = table(d, rows, widths_mm=[42, 18, 28, 28, 18, 20], align_right_from=2, header_rows=1)
for k, (debt, segs) in enumerate(TAB):
    merge(t, 1 + 2 * k, 0, 2 + 2 * k, 0, debt)
for debt, segs in TAB:
    for seg, *_ in segs:
        a, c, r, p = R[(debt, seg)]
        sg = "current" if seg == "現年" else "arrears"
        fr = "令和７年１０月末"
        g.f(debt, 2025, fr, sg, "assessed", "interim", a * 1000, "yen", comma(a), 4, as_of=NOW)
        g.f(debt, 2025, fr, sg, "collected", "interim", c * 1000, "yen", comma(c), 4, as_of=NOW)
        g.f(debt, 2025, fr, sg, "collection_rate", "interim", r, "percent", f"{r:.1f}", 4, as_of=NOW)
        g.f(debt, 2024, "前年同月", sg, "collection_rate", "interim", p, "percent", f"{p:.1f}", 4, as_of=PREV)
para(d, "")
para(d, "注）収納率は、収入済額を調定額で除した値を小数点第２位で四捨五入している。", size=8.5)
para(d, "注）国民健康保険税の調定額には、退職被保険者等分を含む。", size=8.5)

docx = OUT / f"{STEM}.docx"
OUT.mkdir(exist_ok=True)
d.save(docx)
to_pdf(docx, PDF_DIR / f"{STEM}.pdf", "i_mutsu")

attendees = [{"role": r, "name": n} for r, n in att_c] + [{"role": t, "title": t, "name": n} for t, n in att_s]
minutes = {"title": "総務常任委員会記録", "meeting_number": None, "date": "2025-11-18", "method": None,
           "attendees": attendees, "agenda": [SEC1, SEC2],
           "materials": ["資料１　主な債権の収納状況（令和７年１０月末現在）", "資料２　令和６年度債権放棄の状況"],
           "statements": statements}
ok = write_gold(STEM, "minutes", "むつ市", "総務常任委員会記録", "2025-11-18", "令和７年１１月１８日（火）", g, minutes)
print("OK" if ok else "FAIL")
