"""e_yugawara_minutes_4: 湯河原町議会 町税等徴収対策強化特別委員会（令和６年３月12日）記録.

Modelled on 湯河原町議会「町税等徴収対策強化特別委員会」本文 (2019-02-25 and 2018-11-27,
chiholog.net/kanagawalog/gijilog/14384-20190225-0356e7b and …14384-20181127-3f4e7b9): 「開 会 … 午前10時00分」,
speaker markers 「◯委員長【原田 洋君】」, 町長挨拶, 不納欠損への言及. Names of people invented; figures invented.
python-docx → LibreOffice, A4 portrait."""
from __future__ import annotations

from e_common import OUT, PDF, F, rate, to_pdf, write_gold
from e_docx import header_footer, new_doc, page_break, para, table

STEM = "e_yugawara_minutes_4"
MUNI = "湯河原町"
TITLE = "町税等徴収対策強化特別委員会"
AG1 = "町税等の収納状況について（令和６年２月末現在）"
AG2 = "上下水道料金の未収金対策について"
AG3 = "その他"
NOW, PREV = "2024-02-29", "2023-02-28"

MEMBERS = [("委員長", "中村　浩"), ("副委員長", "石井　亮子"), ("委員", "佐藤　健一"), ("委員", "高木　雅人"),
           ("委員", "小野寺　実"), ("委員", "森　由美子")]
STAFF = [("町長", "杉本　正夫"), ("副町長", "青木　隆"), ("税務課長", "岩田　誠"), ("税務課副課長", "松尾　聡"),
         ("上下水道課長", "田島　康弘"), ("子育て・健康課長", "川村　恵"), ("観光・産業課長", "野口　進")]

# 別表: debt, seg label, 調定額(千円), 収納率, 前年同期収納率
BETSU = [("町税", "現年課税分", 3482610, "91.25", "90.88"), ("町税", "滞納繰越分", 231880, "21.40", "19.96"),
         ("国民健康保険税", "現年課税分", 1124530, "84.12", "83.70"),
         ("国民健康保険税", "滞納繰越分", 298410, "15.33", "14.12"),
         ("介護保険料", "現年度分", 602330, "93.85", "93.62"),
         ("後期高齢者医療保険料", "現年度分", 198760, "95.41", "95.20")]
SEG = {"現年課税分": "current", "滞納繰越分": "arrears", "現年度分": "current", "計": "total"}


def spk(role, name):
    return f"{role}【{name.replace('　', ' ')}君】"


def build():
    facts = []
    d = new_doc(size=10.5)
    header_footer(d, "湯河原町議会　町税等徴収対策強化特別委員会", footer_fmt=("", ""))
    para(d, TITLE, bold=True, size=15, align="center", space_after=6)
    para(d, "開 会　令和６年３月12日（火）午前10時00分", align="center")
    para(d, "閉 会　令和６年３月12日（火）午前11時26分", align="center", space_after=6)
    para(d, "場　所　　議会第１委員会室")
    para(d, "出席委員（６名）", bold=True, space_before=4)
    rows = []
    for k in range(0, len(MEMBERS), 2):
        a, b = MEMBERS[k], MEMBERS[k + 1]
        rows.append([a[0], a[1], b[0], b[1]])
    table(d, rows, [25, 40, 25, 40], size=10, header_rows=0, align_num=False)
    para(d, "欠席委員　　な　し", space_before=3)
    para(d, "説明のため出席した者", bold=True, space_before=4)
    srows = []
    st = STAFF + [("", "")]
    for k in range(0, len(st), 2):
        a, b = st[k], st[k + 1]
        srows.append([a[0], a[1], b[0], b[1]])
    table(d, srows, [35, 30, 35, 30], size=10, header_rows=0, align_num=False)
    para(d, "日　程", bold=True, space_before=4)
    for i, a in enumerate((AG1, AG2, AG3), start=1):
        para(d, f"　{i}　{a}")
    para(d, "配付資料", bold=True, space_before=4)
    para(d, "　資料１　町税等の収納状況（令和６年２月末現在）")
    para(d, "　資料２　上下水道料金の未収金の状況", space_after=6)

    stm = []

    def say(role, name, text, section):
        s = spk(role, name)
        p = para(d, "", first_mm=0)
        from e_docx import run
        run(p, "◯" + s, bold=True)
        run(p, "　" + text)
        p.paragraph_format.space_after = 3
        stm.append({"speaker": s, "section": section, "text": text, "page": None})

    ch = ("委員長", "中村　浩")
    say(*ch, "皆さん、おはようございます。定刻になりましたので、ただいまから、町税等徴収対策強化特別委員会を開会いたします。"
             "本日は、全委員が出席しております。それでは、杉本町長からご挨拶をお願いいたします。", None)
    say("町長", "杉本　正夫", "おはようございます。３月定例会の会期中にもかかわらず、本特別委員会を開催していただき、誠に"
                         "ありがとうございます。本日は、令和５年度第２回の本委員会でご報告いたしました10月末の状況からの"
                         "推移も含めまして、２月末現在の収納状況をご報告させていただきます。忌憚のないご意見をいただければと"
                         "思いますので、どうぞよろしくお願いいたします。", None)
    say(*ch, "ありがとうございました。それでは、日程第１「" + AG1 + "」を議題といたします。税務課長から説明をお願い"
             "いたします。", AG1)
    t4 = ("それでは、資料１をご覧ください。令和６年２月29日現在の町税の収納率は、現年課税分が91.25％で、前年同期の"
          "90.88％を0.37ポイント上回っております。滞納繰越分は21.40％で、前年同期の19.96％から1.44ポイント上昇して"
          "おります。国民健康保険税は、現年課税分が84.12％、滞納繰越分が15.33％でございます。なお、令和４年度決算に"
          "おける町税の不納欠損額は1,834万円余、収入未済額は約２億1,560万円でございました。説明は以上でございます。")
    say("税務課長", "岩田　誠", t4, AG1)
    for debt, seg, r, asof, fy, fr in (("町税", "current", "91.25", NOW, 2023, "令和６年２月29日"),
                                       ("町税", "current", "90.88", PREV, 2022, "前年同期"),
                                       ("町税", "arrears", "21.40", NOW, 2023, "令和６年２月29日"),
                                       ("町税", "arrears", "19.96", PREV, 2022, "前年同期"),
                                       ("国民健康保険税", "current", "84.12", NOW, 2023, "令和６年２月29日"),
                                       ("国民健康保険税", "arrears", "15.33", NOW, 2023, "令和６年２月29日")):
        facts.append(F(debt, fy, fr, seg, "collection_rate", "interim", float(r), "percent", r + "％", as_of=asof))
    facts.append(F("町税", 2022, "令和４年度", "total", "written_off", "actual", 18340000, "yen", "1,834万円余",
                   approx=True))
    facts.append(F("町税", 2022, "令和４年度", "total", "outstanding", "actual", 215600000, "yen", "約２億1,560万円",
                   approx=True))
    say(*ch, "説明が終わりました。質疑はございませんか。高木委員。", AG1)
    say("委員", "高木　雅人", "滞納繰越分の収納率が上がっている要因と、滞納者数の推移について伺います。", AG1)
    say("税務課副課長", "松尾　聡", "要因といたしましては、神奈川県地方税滞納整理機構へ引き継いだ高額案件の整理が進んだことと、"
                              "預貯金の差押えを早期に行ったことが挙げられます。町税の滞納者数は、２月末現在で1,126人となり、"
                              "前年同期の1,254人から128人減少しております。", AG1)
    facts.append(F("町税", 2023, "２月末現在", "total", "delinquents", "interim", 1126, "persons", "1,126人",
                   as_of=NOW))
    facts.append(F("町税", 2022, "前年同期", "total", "delinquents", "interim", 1254, "persons", "1,254人",
                   as_of=PREV))
    say(*ch, "ほかにございませんか。森委員。", AG1)
    say("委員", "森　由美子", "入湯税の滞納の状況はどうなっていますか。", AG1)
    say("税務課長", "岩田　誠", "入湯税につきましては、特別徴収義務者である宿泊施設のうち２施設に滞納がございますが、いずれも"
                           "分納誓約に基づき毎月納付を受けております。引き続き、観光・産業課と連携して状況の把握に努めて"
                           "まいります。", AG1)
    say(*ch, "ほかになければ、日程第１を終わります。次に、日程第２「" + AG2 + "」を議題といたします。上下水道課長、"
             "お願いいたします。", AG2)
    say("上下水道課長", "田島　康弘", "資料２をご覧ください。令和４年度末の水道料金の収入未済額は約1,480万円、下水道使用料の"
                               "収入未済額は約670万円でございます。今年度は、納期限から３か月を経過した案件について給水停止"
                               "予告を徹底しており、納付相談につながる件数が増えております。", AG2)
    facts.append(F("水道料金", 2022, "令和４年度末", "total", "outstanding", "actual", 14800000, "yen", "約1,480万円",
                   approx=True))
    facts.append(F("下水道使用料", 2022, "令和４年度末", "total", "outstanding", "actual", 6700000, "yen",
                   "約670万円", approx=True))
    say(*ch, "質疑はございませんか。佐藤委員。", AG2)
    say("委員", "佐藤　健一", "給水停止の実績を教えてください。", AG2)
    say("上下水道課長", "田島　康弘", "今年度は、２月末までに23件の給水停止を執行いたしました。そのうち19件は、停止後に納付又は"
                               "分納誓約がございました。", AG2)
    say(*ch, "ほかになければ、日程第２を終わります。日程第３「その他」ですが、次回の本委員会は、令和６年度第１回として"
             "５月に開催する予定でございます。以上で、町税等徴収対策強化特別委員会を閉会いたします。お疲れさまでした。", AG3)
    para(d, "（閉会　午前11時26分）", align="right", space_before=4)

    page_break(d)
    para(d, "別表　町税等の収納状況（令和６年２月末現在）", bold=True, space_after=2)
    para(d, "（単位：千円、％）", size=9, align="right")
    rows = [["税目等", "区分", "調定額", "収入済額", "収納率", "前年同期収納率", "増減"]]
    merges = []

    def addrow(debt, seg, a, c, r, pr, first):
        diff = (float(r) * 100 - float(pr) * 100) / 100
        ds = f"{diff:.2f}" if diff >= 0 else f"△{-diff:.2f}"
        rows.append([debt if first else "", seg, f"{a:,}", f"{c:,}", r, pr, ds])
        sg = SEG[seg]
        facts.append(F(debt, 2023, "令和６年２月末", sg, "assessed", "interim", a * 1000, "yen", f"{a:,}", as_of=NOW))
        facts.append(F(debt, 2023, "令和６年２月末", sg, "collected", "interim", c * 1000, "yen", f"{c:,}", as_of=NOW))
        facts.append(F(debt, 2023, "令和６年２月末", sg, "collection_rate", "interim", float(r), "percent", r,
                       as_of=NOW))
        facts.append(F(debt, 2022, "前年同期", sg, "collection_rate", "interim", float(pr), "percent", pr,
                       as_of=PREV))

    prev_total = {"町税": "86.14", "国民健康保険税": "68.95"}
    for debt in ("町税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料"):
        rs = [b for b in BETSU if b[0] == debt]
        r0 = len(rows)
        A = C = 0
        for k, (_, seg, a, r, pr) in enumerate(rs):
            c = round(a * float(r) / 100)
            assert str(rate(c, a)) == r
            A, C = A + a, C + c
            addrow(debt, seg, a, c, r, pr, k == 0)
        if len(rs) > 1:
            addrow(debt, "計", A, C, str(rate(C, A)), prev_total[debt], False)
            merges.append((r0, 0, r0 + 2, 0))
    table(d, rows, [34, 24, 26, 26, 18, 24, 16], size=9.5, merges=merges)
    para(d, "※ 前年同期は令和５年２月28日現在の収納率です。増減はポイントです。", size=8.5, space_before=2)

    docx = OUT / f"{STEM}.docx"
    d.save(docx)
    pdf = to_pdf(docx, PDF / f"{STEM}.pdf", "yug")
    attendees = [{"role": r, "title": r, "name": n.replace("　", "")} for r, n in MEMBERS]
    attendees += [{"role": r, "title": r, "name": n.replace("　", "")} for r, n in STAFF]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2024-03-12", "method": None,
               "attendees": attendees, "agenda": [AG1, AG2, AG3],
               "materials": ["町税等の収納状況（令和６年２月末現在）", "上下水道料金の未収金の状況"],
               "statements": stm}
    document = {"kind": "minutes", "municipality": MUNI, "title": TITLE, "date": "2024-03-12",
                "date_raw": "令和６年３月12日（火）"}
    return write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
