"""草津市「総務常任委員会会議録」 (minutes, council committee record) — python-docx -> LibreOffice.

Modelled on 草津市議会's committee records (〇日時／〇場所／〇出席委員／〇出席説明員 header block, then the
transcript), here for a 所管事務調査 on 債権管理, with a 別表 of figures at the end.
"""
from w_common import F, OUT, PDF, find_page, soffice_pdf, write_gold
from w_docx_util import header_footer, merge, new_doc, para, table

STEM = "w_kusatsu_kaigiroku_1"
MUNI = "草津市"
TITLE = "総務常任委員会会議録"
DATE = "2025-12-10"

MEMBERS = [("委員長", "山田 一郎"), ("副委員長", "中村 恵子"), ("委員", "佐藤 健太"), ("委員", "井上 美咲"),
           ("委員", "木下 大輔"), ("委員", "林 正樹")]
STAFF = [("総務部長", "岡野 和也"), ("総務部理事（債権管理担当）", "西川 典明"), ("債権管理課長", "小松 隆"),
         ("納税課長", "吉田 真一"), ("子ども・若者部長", "長尾 源太"), ("保険年金課長", "森 さやか")]
SECRETARIAT = [("議事調査課長", "上田 浩二")]
AGENDA = ["債権管理の取組状況について", "令和6年度債権放棄の状況について"]
MATERIALS = ["資料1　債権管理の取組状況（令和7年10月末現在）", "資料2　令和6年度債権放棄一覧"]

A1, A2 = AGENDA
STATEMENTS = [
    ("山田委員長", "開会", "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として2件を議題といたします。"
     "それでは、債権管理の取組状況について、当局から説明をお願いします。"),
    ("岡野総務部長", A1, "債権管理の取組状況につきまして、去る11月に開催いたしました令和7年度第2回草津市債権管理推進会議の"
     "結果も含めて御報告申し上げます。詳細は債権管理課長から説明させます。"),
    ("小松債権管理課長", A1, "資料1を御覧ください。10月末現在の市税の現年分の収納率は58.42％で、前年同月の57.96％を"
     "0.46ポイント上回っております。国民健康保険税の現年分は46.15％で、前年同月の46.88％を下回っております。"
     "また、令和6年度決算における市全体の収入未済額は約12億4,500万円で、前年度から約8,600万円減少いたしました。"
     "詳細は別表のとおりでございます。"),
    ("佐藤委員", A1, "国民健康保険税の現年分が前年同月を下回っている理由は何か。また、年度末の見込みをお伺いします。"),
    ("森保険年金課長", A1, "保険税率の改定により1世帯当たりの調定額が増えたことが主な要因と考えております。"
     "年度末には、現年分で94.20％程度の収納率を見込んでおります。"),
    ("井上委員", A1, "保育料などの税以外の債権の状況はどうか。"),
    ("長尾子ども・若者部長", A1, "保育所保育料の10月末の現年分収納率は61.30％で、前年同月とほぼ同水準でございます。"
     "滞納繰越分につきましては、令和6年度決算で収入未済額が3,418万円となっており、引き続き児童手当からの徴収を"
     "進めてまいります。"),
    ("山田委員長", A2, "次に、令和6年度債権放棄の状況について説明をお願いします。"),
    ("小松債権管理課長", A2, "資料2を御覧ください。令和6年度に債権管理条例に基づき放棄した債権は、5債権で計214件で"
     "ございます。これに伴う不納欠損額は1,873万円でございます。"),
    ("木下委員", A2, "放棄の判断基準は、全庁で統一されているのか。"),
    ("小松債権管理課長", A2, "債権管理マニュアルに基づき、所管課の判断を債権管理課で確認した上で決定しております。"),
    ("山田委員長", "閉会", "以上で所管事務調査を終わります。これをもって総務常任委員会を閉会いたします。"),
]
# 別表 (単位：％): debt -> (現年 R7/10, 現年 R6/10, 滞繰 R7/10, 滞繰 R6/10)
TABLE = [("市税", "58.42", "57.96", "14.30", "13.85"), ("国民健康保険税", "46.15", "46.88", "12.04", "11.70"),
         ("介護保険料", "55.20", "54.91", "9.88", "10.12"), ("後期高齢者医療保険料", "60.07", "59.80", "21.45", "20.96"),
         ("保育所保育料", "61.30", "61.25", "16.80", "15.92")]


def build():
    doc = new_doc(margins=22)
    header_footer(doc, "草津市議会", "{PAGE}")
    para(doc, TITLE, 15, True, "c", "IPAexGothic", 10)
    para(doc, "〇日時　　令和7年12月10日（水）　午前10時00分")
    para(doc, "〇場所　　第1委員会室")
    para(doc, "〇出席委員　" + "　".join(f"{r}　{n}" for r, n in MEMBERS[:2]))
    para(doc, "　　　　　　" + "　".join(f"{r}　{n}" for r, n in MEMBERS[2:]))
    para(doc, "〇欠席委員　な　し")
    para(doc, "〇出席説明員")
    for i in range(0, len(STAFF), 2):
        para(doc, "　　　　" + "　　".join(f"{t}　{n}" for t, n in STAFF[i:i + 2]))
    para(doc, "〇事務局職員　" + "　".join(f"{t}　{n}" for t, n in SECRETARIAT))
    para(doc, "〇会議に付した事件")
    para(doc, "　1　所管事務調査")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"　　({i}) {a}")
    para(doc, "〇配付資料")
    for m in MATERIALS:
        para(doc, "　　" + m)
    para(doc, "")
    para(doc, "午前10時00分　開会", align="c")
    for sp, sec, text in STATEMENTS:
        if sec == A2 and text.startswith("次に"):
            para(doc, "")
        para(doc, f"○{sp}　{text}", space_after=5)
    para(doc, "午前11時12分　閉会", align="c")
    doc.add_page_break()
    para(doc, "別表　主要債権の収納状況（令和7年10月末現在）", 11.5, True, "l", "IPAexGothic")
    para(doc, "（単位：％）", 9, align="r")
    rows = [["債権名", "現年分", "", "滞納繰越分", ""],
            ["", "令和7年10月末", "令和6年10月末", "令和7年10月末", "令和6年10月末"]]
    rows += [list(r) for r in TABLE]
    t = table(doc, rows, widths=(44, 30, 30, 30, 30), aligns=["l", "r", "r", "r", "r"], bold_rows=(0, 1))
    merge(t, 0, 1, 0, 2, "現年分")
    merge(t, 0, 3, 0, 4, "滞納繰越分")
    merge(t, 0, 0, 1, 0, "債権名")

    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    pdf = soffice_pdf(docx, PDF / f"{STEM}.pdf", "kusatsu")

    statements = []
    for sp, sec, text in STATEMENTS:
        statements.append({"speaker": sp, "section": sec, "text": text, "page": find_page(pdf, f"○{sp}{text[:40]}")})

    def spage(snippet):
        return find_page(pdf, snippet)

    facts = []
    p = spage("資料1を御覧ください。10月末現在の市税")
    facts += [F("市税", 2025, "10月末現在", "current", "collection_rate", "interim", 58.42, "percent", "58.42％", p,
                as_of="2025-10-31"),
              F("市税", 2024, "前年同月", "current", "collection_rate", "interim", 57.96, "percent", "57.96％", p,
                as_of="2024-10-31"),
              F("国民健康保険税", 2025, "10月末現在", "current", "collection_rate", "interim", 46.15, "percent", "46.15％",
                spage("国民健康保険税の現年分は46.15％"), as_of="2025-10-31"),
              F("国民健康保険税", 2024, "前年同月", "current", "collection_rate", "interim", 46.88, "percent", "46.88％",
                spage("前年同月の46.88％"), as_of="2024-10-31"),
              F(None, 2024, "令和6年度", "total", "outstanding", "actual", 1245000000, "yen", "約12億4,500万円",
                spage("収入未済額は約12億4,500万円"), approx=True),
              F("国民健康保険税", 2025, "年度末", "current", "collection_rate", "estimate", 94.20, "percent", "94.20％",
                spage("現年分で94.20％程度"), approx=True),
              F("保育所保育料", 2025, "10月末", "current", "collection_rate", "interim", 61.30, "percent", "61.30％",
                spage("現年分収納率は61.30％"), as_of="2025-10-31"),
              F("保育所保育料", 2024, "令和6年度", "arrears", "outstanding", "actual", 34180000, "yen", "3,418万円",
                spage("収入未済額が3,418万円")),
              F(None, 2024, "令和6年度", "total", "written_off", "actual", 18730000, "yen", "1,873万円",
                spage("不納欠損額は1,873万円"))]
    pt = spage("別表　主要債権の収納状況")
    for debt, c1, c2, a1, a2 in TABLE:
        for seg, v7, v6 in (("current", c1, c2), ("arrears", a1, a2)):
            facts.append(F(debt, 2025, "令和7年10月末", seg, "collection_rate", "interim", float(v7), "percent", v7, pt,
                           as_of="2025-10-31"))
            facts.append(F(debt, 2024, "令和6年10月末", seg, "collection_rate", "interim", float(v6), "percent", v6, pt,
                           as_of="2024-10-31"))
    attendees = ([{"role": r, "title": None, "name": n} for r, n in MEMBERS]
                 + [{"role": "説明員", "title": t, "name": n} for t, n in STAFF]
                 + [{"role": "事務局", "title": t, "name": n} for t, n in SECRETARIAT])
    minutes = {"title": TITLE, "meeting_number": None, "date": DATE, "method": None, "attendees": attendees,
               "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": MUNI, "title": TITLE, "date": DATE, "date_raw": "令和7年12月10日"}
    write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    build()
