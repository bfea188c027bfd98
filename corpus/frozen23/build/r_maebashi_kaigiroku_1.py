"""前橋市議会 総務常任委員会記録（所管事務調査：債権管理）— python-docx → LibreOffice."""
from __future__ import annotations

from r_common import OUT, PDF, comma, fact, rate, to_pdf, write_gold, zen
from r_docx import borders, footer_page_number, new_doc, page_break, para, set_cell, widths

STEM = "r_maebashi_kaigiroku_1"
CITY = "前橋市"
FY = 2024  # 令和6年度決算

# 別表 data (千円): name, 調定額, 不納欠損額, 収入未済額 (収入済額 derived)
ROWS = [
    ("市税", 58412305, 98210, None),
    ("国民健康保険税", 9876540, 143200, 1234560),
    ("介護保険料", 7652180, 21430, 96315),
    ("後期高齢者医療保険料", 3412870, 4105, 15842),
    ("保育所保育料", 1298640, 1720, 18497),
    ("市営住宅使用料", 1042375, 6218, 41263),
]


def table_data():
    out = []
    for name, ch, kes, mis in ROWS:
        if mis is None:  # 市税: fix the rate at 97.85
            col = round(ch * 0.9785)
            mis = ch - col - kes
        else:
            col = ch - kes - mis
        out.append((name, ch, col, kes, mis, rate(col, ch)))
    tot = [sum(r[i] for r in out) for i in (1, 2, 3, 4)]
    out.append(("合計", tot[0], tot[1], tot[2], tot[3], rate(tot[1], tot[0])))
    return out


def oku_man(v_yen: int) -> str:
    """約38億2,400万円 style (rounded to 100万円)."""
    man = round(v_yen / 1_000_000) * 100
    oku, rest = divmod(man, 10000)
    return f"{oku}億{rest:,}万円", (oku * 10000 + rest) * 10000


def build():
    data = table_data()
    by = {r[0]: r for r in data}
    facts, stm = [], []
    d = new_doc(font="IPAexMincho", size=10.5)
    footer_page_number(d)

    # ---- page 1
    para(d, "前橋市議会", size=11, align="center")
    para(d, "総務常任委員会記録", size=18, bold=True, align="center", font="IPAexGothic")
    para(d, "（所管事務調査：債権管理について）", size=11, align="center")
    para(d, "※本記録の案件（２）には、令和７年度第２回前橋市債権管理推進本部会議（令和７年１０月２８日開催）"
            "における報告内容を含む。", size=9, space_before=6)
    para(d, "１　日　　時　令和７年１１月１８日（火）　午前１０時００分開会　午前１１時４２分閉会", space_before=6)
    para(d, "２　場　　所　第二委員会室")
    para(d, "３　出席委員（７名）")
    members = [("委員長", "小野寺　健一"), ("副委員長", "金井　里美"), ("委員", "荒木　昭夫"), ("委員", "須藤　由紀子"),
               ("委員", "中島　勇人"), ("委員", "高橋　真琴"), ("委員", "岩崎　浩二")]
    para(d, "　　" + "　　".join(f"{r}　{n}" for r, n in members[:2]))
    para(d, "　　" + "　　".join(f"{r}　{n}" for r, n in members[2:5]))
    para(d, "　　" + "　　".join(f"{r}　{n}" for r, n in members[5:]))
    para(d, "４　説明のため出席した者")
    staff = [("財務部長", "宮下　誠"), ("財務部次長兼収納課長", "青柳　正樹"), ("債権管理課長", "星野　雅人"),
             ("国民健康保険課長", "須田　啓介"), ("こども・若者支援課長", "井上　友美"), ("建築住宅課長", "吉田　聡")]
    for i in range(0, len(staff), 2):
        para(d, "　　" + "　　".join(f"{t}　{n}" for t, n in staff[i:i + 2]))
    para(d, "５　事務局職員　　議事課主査　森　陽子")
    agenda = ["債権管理の取組状況について", "令和７年度上半期の収納状況について"]
    para(d, "６　案　　件")
    for i, a in enumerate(agenda, 1):
        para(d, f"　（{zen(str(i))}）{a}")
    materials = ["資料１　前橋市債権管理の取組状況", "資料２　主要債権の収納状況（令和７年９月末現在）"]
    para(d, "７　資　　料")
    for m in materials:
        para(d, "　・" + m)
    para(d, "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━", align="center")
    para(d, "午前１０時００分開会", align="center")

    def say(sp_printed, speaker, section, text, page):
        p = para(d, "", first=0)
        from r_docx import run_font
        run_font(p.add_run("○" + sp_printed), font="IPAexGothic", bold=True)
        run_font(p.add_run("　" + text))
        stm.append({"speaker": speaker, "section": section, "text": text, "page": page})

    say("小野寺委員長", "小野寺委員長", agenda[0],
        "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として債権管理について調査を行います。"
        "初めに、理事者から説明を求めます。", 1)
    say("宮下財務部長", "宮下財務部長", agenda[0],
        "本市では、債権管理条例に基づき、市の債権を全庁的に管理しているところでございます。本日は、令和６年度決算を"
        "踏まえた取組状況と、今年度上半期の収納状況について、債権管理課長から御説明申し上げます。", 1)
    page_break(d)

    # ---- page 2
    tot = by["合計"]
    tot_txt, tot_val = oku_man(tot[4] * 1000)
    s = by["市税"]
    t = ("資料１を御覧ください。令和６年度決算における主要６債権の収入未済額は、合計で約" + zen(tot_txt)
         + "となりました。市税につきましては、収納率が現年課税分で" + zen("99.12") + "％、滞納繰越分で" + zen("31.40")
         + "％、全体で" + zen(f"{s[5]:.2f}") + "％でございます。次に資料２、上半期の状況でございますが、９月末現在の市税の"
         "収納率は現年課税分で" + zen("52.3") + "％となり、前年同期の" + zen("51.8") + "％と比べ" + zen("0.5")
         + "ポイント上回っております。")
    say("星野債権管理課長", "星野債権管理課長", agenda[0], t, 2)
    facts += [
        fact(None, FY, "令和６年度", "total", "outstanding", "actual", tot_val, "yen", "約" + zen(tot_txt), 2,
             approx=True, debt_raw="主要６債権"),
        fact("市税", FY, "令和６年度", "current", "collection_rate", "actual", 99.12, "percent", zen("99.12") + "％", 2),
        fact("市税", FY, "令和６年度", "arrears", "collection_rate", "actual", 31.40, "percent", zen("31.40") + "％", 2),
        fact("市税", FY, "令和６年度", "total", "collection_rate", "actual", s[5], "percent", zen(f"{s[5]:.2f}") + "％", 2),
        fact("市税", 2025, "９月末", "current", "collection_rate", "interim", 52.3, "percent", zen("52.3") + "％", 2,
             as_of="2025-09-30"),
        fact("市税", 2024, "前年同期", "current", "collection_rate", "interim", 51.8, "percent", zen("51.8") + "％", 2,
             as_of="2024-09-30"),
    ]
    say("小野寺委員長", "小野寺委員長", agenda[0], "説明が終わりました。質疑を行います。", 2)
    say("荒木委員", "荒木委員", agenda[0],
        "国民健康保険税の滞納の状況について、件数も含めて伺います。また、前年度と比べてどうなっているのか伺います。", 2)
    k = by["国民健康保険税"]
    say("須田国民健康保険課長", "須田国民健康保険課長", agenda[0],
        "国民健康保険税の収入未済額は、令和６年度末で12億3,456万円、滞納世帯数は4,812世帯でございます。"
        "前年度末の5,103世帯から291世帯減少しております。引き続き、口座振替の勧奨と財産調査による滞納処分に"
        "取り組んでまいります。", 2)
    assert k[4] * 1000 == 1234560000
    facts += [
        fact("国民健康保険税", FY, "令和６年度末", "total", "outstanding", "actual", 1234560000, "yen", "12億3,456万円", 2),
        fact("国民健康保険税", FY, "令和６年度末", "total", "delinquents", "actual", 4812, "households", "4,812世帯", 2),
        fact("国民健康保険税", 2023, "前年度末", "total", "delinquents", "actual", 5103, "households", "5,103世帯", 2),
    ]
    page_break(d)

    # ---- page 3
    say("金井副委員長", "金井副委員長", agenda[1],
        "保育所保育料について、上半期の状況と今後の対応を伺います。", 3)
    h = by["保育所保育料"]
    h_man = round(h[4] / 10) * 10  # 千円 → 万円 rounded to 10万円
    say("井上こども・若者支援課長", "井上こども・若者支援課長", agenda[1],
        f"保育所保育料の令和６年度の現年度分収納率は99.31％、収入未済額は約{h_man // 10:,}万円でございます。"
        "今年度は、９月末時点で前年同期並みの収納状況となっております。児童手当からの徴収や口座振替の利用を"
        "引き続き保護者にお願いしてまいります。", 3)
    facts += [
        fact("保育所保育料", FY, "令和６年度", "current", "collection_rate", "actual", 99.31, "percent", "99.31％", 3),
        fact("保育所保育料", FY, "令和６年度", "total", "outstanding", "actual", h_man * 1000, "yen",
             f"約{h_man // 10:,}万円", 3, approx=True),
    ]
    say("岩崎委員", "岩崎委員", agenda[1], "市営住宅使用料の滞納について、滞納者の数と対策を伺います。", 3)
    j = by["市営住宅使用料"]
    j_man = j[4] // 10
    say("吉田建築住宅課長", "吉田建築住宅課長", agenda[1],
        f"市営住宅使用料の収入未済額は、令和６年度末で{j_man:,}万円余、滞納者数は212人でございます。"
        "高額・長期の滞納者には明渡し請求を含む法的措置を行い、連帯保証人への請求も徹底してまいります。", 3)
    facts += [
        fact("市営住宅使用料", FY, "令和６年度末", "total", "outstanding", "actual", j_man * 10000, "yen",
             f"{j_man:,}万円余", 3, approx=True),
        fact("市営住宅使用料", FY, "令和６年度末", "total", "delinquents", "actual", 212, "persons", "212人", 3),
    ]
    say("小野寺委員長", "小野寺委員長", agenda[1],
        "ほかに質疑はありませんか。――なければ、以上で債権管理についての所管事務調査を終了いたします。"
        "なお、主要債権の決算数値は別表のとおりでございます。これをもって本日の委員会を閉会いたします。", 3)
    para(d, "午前１１時４２分閉会", align="center", space_before=8)
    page_break(d)

    # ---- page 4: 別表
    para(d, "別表　主要債権の収納状況（令和６年度決算）", font="IPAexGothic", bold=True, size=11)
    para(d, "（単位：千円、％）", align="right", size=9)
    hdr = ["区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    tb = d.add_table(rows=1 + len(data), cols=6)
    borders(tb, "horizontal", sz=6)
    for c, h_ in enumerate(hdr):
        set_cell(tb.cell(0, c), h_, size=9, align="center", font="IPAexGothic")
    mets = [("assessed", 1), ("collected", 2), ("written_off", 3), ("outstanding", 4)]
    for r, row in enumerate(data, 1):
        name = row[0]
        set_cell(tb.cell(r, 0), name, size=9)
        for c, idx in ((1, 1), (2, 2), (3, 3), (4, 4)):
            set_cell(tb.cell(r, c), comma(row[idx]), size=9, align="right")
        set_cell(tb.cell(r, 5), f"{row[5]:.2f}", size=9, align="right")
        debt = None if name == "合計" else name
        for m, idx in mets:
            facts.append(fact(debt, FY, "令和６年度", "total", m, "actual", row[idx] * 1000, "yen", comma(row[idx]), 4,
                              debt_raw=name))
        facts.append(fact(debt, FY, "令和６年度", "total", "collection_rate", "actual", row[5], "percent",
                          f"{row[5]:.2f}", 4, debt_raw=name))
    widths(tb, [42, 27, 27, 24, 25, 20])
    para(d, "注）収納率は収入済額÷調定額。市税は現年課税分と滞納繰越分の合計。", size=8.5)

    docx = OUT / f"{STEM}.docx"
    d.save(docx)
    to_pdf(docx, PDF / f"{STEM}.pdf", STEM)

    attendees = [{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in members]
    attendees += [{"role": t, "title": t, "name": n.replace("　", " ")} for t, n in staff]
    attendees.append({"role": "事務局", "title": "議事課主査", "name": "森 陽子"})
    minutes = {"title": "前橋市議会 総務常任委員会記録", "meeting_number": None, "date": "2025-11-18",
               "method": None, "attendees": attendees, "agenda": agenda, "materials": materials,
               "statements": stm}
    return write_gold(STEM, "minutes", CITY, "総務常任委員会記録（所管事務調査：債権管理について）", "2025-11-18",
                      "令和７年１１月１８日", facts, [], minutes)


if __name__ == "__main__":
    print(build())
