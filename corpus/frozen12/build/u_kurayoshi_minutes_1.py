"""倉吉市議会 総務経済常任委員会記録（債権管理の所管事務調査）: python-docx -> LibreOffice."""
from __future__ import annotations

from u_common import OUT, PDF_DIR, comma, fact, rate, resolve_pages, to_pdf, write_gold, zen
from u_docx_util import (GOTHIC, MINCHO, cant_split, cell_text, grid, header_text, new_doc, page_break,
                         page_number_footer, para, repeat_header, widths)

STEM = "u_kurayoshi_minutes_1"
TITLE = "倉吉市議会総務経済常任委員会記録"
BETSU = "主要債権の収納状況（令和６年度決算）"

# 令和６年度決算（千円）: 現年(調定, 収入済, 欠損) / 滞繰(調定, 収入済, 欠損)
DATA = {
    "市税": ((5812406, 5757188, 0), (201884, 62987, 9120)),
    "国民健康保険税": ((1184350, 1104902, 0), (312774, 58631, 28450)),
    "介護保険料": ((1022516, 1009215, 0), (38120, 7741, 4310)),
    "後期高齢者医療保険料": ((498720, 496522, 0), (6314, 3021, 512)),
    "市営住宅使用料": ((208415, 201988, 0), (41266, 5150, 2204)),
    "保育料": ((112480, 110902, 0), (9214, 2186, 1035)),
}


def rows_of(debt):
    (ca, cc, cw), (aa, ac, aw) = DATA[debt]
    cur = (ca, cc, cw, ca - cc - cw)
    arr = (aa, ac, aw, aa - ac - aw)
    tot = tuple(x + y for x, y in zip(cur, arr))
    return [("current", "現年分", cur), ("arrears", "滞繰分", arr), ("total", "計", tot)]


def r_(debt, seg):
    for s, _, v in rows_of(debt):
        if s == seg:
            return rate(v[1], v[0])


def build():
    facts = []
    doc = new_doc(margins=(22, 20, 22, 22))
    header_text(doc, "倉吉市議会　総務経済常任委員会")
    page_number_footer(doc)
    para(doc, TITLE, GOTHIC, 15, align="c", space_after=10)
    info = [
        ("日　時", "令和７年１２月１０日（水曜日）　午前１０時００分開会"),
        ("場　所", "第１委員会室"),
    ]
    for k, v in info:
        para(doc, f"{k}　　{v}", MINCHO, 10.5)
    para(doc, "")
    members = [("委員長", "山根和志"), ("副委員長", "森田佳子"), ("委員", "金光隆之"), ("委員", "福田真一"),
               ("委員", "佐藤博美"), ("委員", "大月敏郎")]
    para(doc, "〇出席委員（６名）", GOTHIC, 10.5)
    for i in range(0, 6, 2):
        a, b = members[i], members[i + 1]
        para(doc, f"　　{a[0]}　{a[1]}　君　　　　{b[0]}　{b[1]}　君", MINCHO, 10.5)
    para(doc, "〇欠席委員　　なし", GOTHIC, 10.5)
    para(doc, "〇説明のため出席した者", GOTHIC, 10.5)
    staff = [("総務部長", "矢吹房雄"), ("税務課長", "江打邦明"), ("収納対策室長", "植木俊輔"),
             ("健康・福祉部長", "藤井信子"), ("保険年金課長", "鳥井武志"), ("建設部長", "田中克己"),
             ("住宅課長", "小谷真理")]
    for t, n in staff:
        para(doc, f"　　{t}　{n}　君", MINCHO, 10.5)
    para(doc, "〇職務のため出席した事務局職員", GOTHIC, 10.5)
    para(doc, "　　議会事務局次長　岩本智　君　　　　議事調査係主任　徳田彩　君", MINCHO, 10.5)
    para(doc, "〇会議に付した事件", GOTHIC, 10.5)
    agenda = ["所管事務調査（債権管理の状況について）",
              "令和７年度第２回倉吉市債権管理推進会議の結果について（報告）"]
    for i, a in enumerate(agenda, 1):
        para(doc, f"　　{zen(i)}　{a}", MINCHO, 10.5)
    para(doc, "〇配付資料", GOTHIC, 10.5)
    materials = ["資料１　債権管理の状況について（令和６年度決算・令和７年１０月末現在）",
                 "資料２　令和７年度第２回倉吉市債権管理推進会議　会議概要"]
    for m in materials:
        para(doc, f"　　{m}", MINCHO, 10.5)
    para(doc, "")

    tax_c, tax_a = r_("市税", "current"), r_("市税", "arrears")
    kokuho_w = DATA["国民健康保険税"][1][2]
    house_a = r_("市営住宅使用料", "arrears")
    int7, int6 = "58.31", "57.90"
    statements = []  # (speaker, section index, text)
    S0, S1 = agenda
    statements += [
        ("委員長（山根和志君）", S0,
         "ただいまから総務経済常任委員会を開会いたします。本日は、閉会中の所管事務調査として債権管理の状況について、"
         "執行部から説明を受けます。あわせて、令和７年度第２回倉吉市債権管理推進会議の結果について報告を受けます。"
         "それでは、説明をお願いします。"),
        ("総務部長（矢吹房雄君）", S0,
         "本市の債権管理につきましては、債権管理条例に基づき、全庁的に収入未済額の縮減に取り組んでおります。"
         "令和６年度決算における一般会計及び特別会計の収入未済額は、約１１億３，６００万円となり、前年度より縮減いたしました。"
         "詳細は収納対策室長から説明いたします。"),
        ("収納対策室長（植木俊輔君）", S0,
         f"資料１を御覧ください。令和６年度の市税の収納率は、現年課税分が{zen(tax_c)}％、滞納繰越分が{zen(tax_a)}％で、"
         "いずれも前年度を上回りました。"
         f"また、本年１０月末現在の現年課税分の収納率は{zen(int7)}％で、前年同月の{zen(int6)}％を０．４１ポイント上回っております。"
         "主要債権ごとの数値は、記録末尾の別表のとおりでございます。"),
        ("委員（金光隆之君）", S0,
         "国民健康保険税の滞納繰越分は収納率が低いままだと思います。滞納世帯の数と、不納欠損の状況を伺います。"),
        ("保険年金課長（鳥井武志君）", S0,
         "国民健康保険税の滞納世帯数は、令和６年度末で１，０２４世帯でございます。"
         f"不納欠損額は{zen(f'{kokuho_w // 10:,}')}万円で、いずれも執行停止後３年を経過したものや時効が完成したものでございます。"
         "財産調査を徹底し、納付資力のある世帯には差押えを行っております。"),
        ("委員（福田真一君）", S0,
         "市営住宅使用料について、退去された方の滞納が残っていると聞きます。回収の見込みはどうでしょうか。"),
        ("住宅課長（小谷真理君）", S0,
         f"市営住宅使用料の滞納繰越分の収納率は{zen(house_a)}％にとどまっております。"
         "退去者分につきましては、連帯保証人への請求と支払督促の申立てを順次進めております。"),
        ("委員長（山根和志君）", S1,
         "次に、令和７年度第２回倉吉市債権管理推進会議の結果について、報告をお願いします。"),
        ("総務部長（矢吹房雄君）", S1,
         "１１月２０日に第２回の推進会議を開催し、上半期の取組状況を確認いたしました。"
         "各課からは、１０月末時点での進捗と、年度末に向けた滞納整理の強化期間の計画が報告されました。"
         "会議概要は資料２のとおりでございます。"),
        ("委員（佐藤博美君）", S1,
         "債権ごとに所管課の対応に差がないよう、推進会議で統一的な基準を示していただくよう要望しておきます。"),
        ("委員長（山根和志君）", S1,
         "以上で本日の日程は全て終了いたしました。これをもちまして総務経済常任委員会を閉会いたします。"),
    ]
    cur_sec = None
    for spk, sec, txt in statements:
        if sec != cur_sec:
            para(doc, f"{zen(agenda.index(sec) + 1)}　{sec}", GOTHIC, 10.5, space_before=6, space_after=3)
            cur_sec = sec
        p = para(doc, "", MINCHO, 10.5, indent_mm=0, first_mm=0, space_after=2)
        from u_docx_util import font
        font(p.add_run(f"○{spk}　"), GOTHIC, 10.5)
        font(p.add_run(txt), MINCHO, 10.5)
    para(doc, "午前１１時３２分閉会", MINCHO, 10.5, align="r", space_before=6)

    # statement facts
    facts += [
        fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 1136000000, "yen", "約１１億３，６００万円",
             approx=True, debt_raw=None),
        fact("市税", 2024, "令和６年度", "current", "collection_rate", "actual", float(tax_c), "percent",
             f"{zen(tax_c)}％", anchors=["現年課税分が"]),
        fact("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", float(tax_a), "percent",
             f"{zen(tax_a)}％", anchors=["滞納繰越分が"]),
        fact("市税", 2025, "本年１０月末", "current", "collection_rate", "interim", float(int7), "percent",
             f"{zen(int7)}％", as_of="2025-10-31"),
        fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", float(int6), "percent",
             f"{zen(int6)}％", as_of="2024-10-31"),
        fact("国民健康保険税", 2024, "令和６年度末", "total", "delinquents", "actual", 1024, "households",
             "１，０２４世帯"),
        fact("国民健康保険税", 2024, "令和６年度", "total", "written_off", "actual", kokuho_w * 1000, "yen",
             f"{zen(f'{kokuho_w // 10:,}')}万円"),
        fact("市営住宅使用料", 2024, "令和６年度", "arrears", "collection_rate", "actual", float(house_a), "percent",
             f"{zen(house_a)}％", anchors=["市営住宅使用料の滞納繰越分の収納率は"]),
    ]

    # 別表
    page_break(doc)
    para(doc, "別表", GOTHIC, 11)
    para(doc, BETSU, GOTHIC, 11, align="c", space_after=2)
    para(doc, "（単位：千円、％）", MINCHO, 9, align="r")
    heads = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = doc.add_table(rows=1, cols=7)
    grid(t)
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, GOTHIC, 9, align="c")
    repeat_header(t.rows[0])
    for debt in DATA:
        rows = rows_of(debt)
        first = None
        for seg, lab, v in rows:
            r = t.add_row()
            cant_split(r)
            if first is None:
                first = r.cells[0]
            cell_text(r.cells[1], lab, MINCHO, 9, align="c")
            rr = rate(v[1], v[0])
            cells = [comma(v[0]), comma(v[1]), comma(v[2]) if v[2] else "0", comma(v[3]), str(rr)]
            for k, val in enumerate(cells):
                cell_text(r.cells[2 + k], val, MINCHO, 9, align="r")
            anchors = [BETSU]
            for metric, raw, value in (("assessed", cells[0], v[0] * 1000), ("collected", cells[1], v[1] * 1000),
                                       ("written_off", cells[2], v[2] * 1000), ("outstanding", cells[3], v[3] * 1000)):
                facts.append(fact(debt, 2024, "令和６年度", seg, metric, "actual", value, "yen", raw,
                                  anchors=anchors))
            facts.append(fact(debt, 2024, "令和６年度", seg, "collection_rate", "actual", float(rr), "percent",
                              cells[4], anchors=anchors))
        last = t.rows[-1].cells[0]
        m = first.merge(last)
        cell_text(m, debt, MINCHO, 9)
    widths(t, [38, 14, 26, 26, 24, 26, 16])
    para(doc, "※ 収納率は、収入済額を調定額で除して算出（小数点以下第３位を四捨五入）。", MINCHO, 8.5, space_before=3)
    para(doc, "※ 国民健康保険税には、退職被保険者等分を含む。", MINCHO, 8.5)

    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "kura")
    # statements with pages
    stmts = [{"speaker": s, "section": sec, "text": txt, "page": None, "_anchors": []} for s, sec, txt in statements]
    resolve_pages(pdf, stmts, "text")
    for s in stmts:
        s.pop("_anchors", None)
    resolve_pages(pdf, facts)
    attendees = ([{"role": r, "title": None, "name": n} for r, n in members]
                 + [{"role": "説明員", "title": t_, "name": n} for t_, n in staff]
                 + [{"role": "事務局", "title": "議会事務局次長", "name": "岩本智"},
                    {"role": "事務局", "title": "議事調査係主任", "name": "徳田彩"}])
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-12-10", "method": None,
               "attendees": attendees, "agenda": agenda, "materials": materials, "statements": stmts}
    document = {"kind": "minutes", "municipality": "倉吉市", "title": TITLE, "date": "2025-12-10",
                "date_raw": "令和７年１２月１０日"}
    write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
