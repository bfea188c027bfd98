"""鹿沼市議会 総務常任委員会 会議録（所管事務調査：市税等の収納状況） — python-docx → LibreOffice."""
from __future__ import annotations

from e_common import OUT, PDF, Facts, finish, rate, to_pdf, zen
from e_docx import cell_text, footer_page, header_text, new_doc, para, repeat_header, shade, table

STEM = "e_kanuma_minutes_1"
CITY = "鹿沼市"
TITLE = "総務常任委員会会議録"
ASOF, ASOF_PY = "2025-10-31", "2024-10-31"
FY = 2025

facts = Facts()

MEMBERS = [("委員長", "大島　健一"), ("副委員長", "小松　礼子"), ("委員", "石川　浩二"), ("委員", "福井　理恵"),
           ("委員", "増田　隆"), ("委員", "柴田　和也"), ("委員", "谷口　真由美")]
STAFF = [("総務部長", "福田　昌弘"), ("総務部次長兼収税課長", "渡辺　修"), ("保険年金課長", "佐野　明美"),
         ("こども・家庭支援課長", "木村　悟"), ("介護保険課長", "荒井　智子")]
JIMU = [("議事課長", "高橋　誠")]
AGENDA = ["所管事務調査「市税等の収納状況と債権管理の取組について」",
          "令和７年度第２回鹿沼市債権管理推進会議の結果報告について"]
MATERIALS = ["資料１　市税等の収納状況（令和７年１０月末現在）", "資料２　令和７年度第２回鹿沼市債権管理推進会議　結果概要"]

# 別表 data (yen): debt -> segment -> (調定, 収入), 前年同期 rate
BETSU = [
    ("市税", "現年課税分", "current", 14_806_412_300, 9_072_889_150, 60.93),
    ("市税", "滞納繰越分", "arrears", 1_248_660_700, 279_700_000, 21.16),
    ("国民健康保険税", "現年課税分", "current", 2_904_118_400, 1_446_871_800, 49.10),
    ("国民健康保険税", "滞納繰越分", "arrears", 892_410_200, 128_330_600, 13.87),
    ("介護保険料", "現年分", "current", 2_318_402_600, 1_362_148_100, 58.61),
    ("保育所保育料", "現年分", "current", 182_604_300, 104_228_900, 57.02),
]


def speech_items():
    """(section index, speaker, text, [facts]) — figures in speech are facts."""
    rc = rate(BETSU[0][4], BETSU[0][3])
    ra = rate(BETSU[1][4], BETSU[1][3])
    rk = rate(BETSU[2][4], BETSU[2][3])
    items = []
    S1, S2 = AGENDA
    items.append((0, "大島委員長", "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として市税等の収納状況と債権管理の"
                  "取組について執行部から説明を受けます。あわせて、先月開催された令和７年度第２回鹿沼市債権管理推進会議の"
                  "結果について報告を受けます。それでは、執行部の説明を求めます。", []))
    items.append((0, "福田総務部長", "お手元の資料１に基づき、１０月末現在の収納状況を収税課長から説明いたします。", []))
    t = (f"市税の１０月末現在の収納率は、現年課税分が{zen(f'{rc:.2f}')}％で、前年同期の６０．９３％を"
         f"０．３５ポイント上回っております。滞納繰越分は{zen(f'{ra:.2f}')}％で、前年同期の２１．１６％から"
         "上昇いたしました。また、令和６年度決算における市税の収入未済額は約１２億４，８００万円で、"
         "前年度から約９，６００万円減少しております。引き続き、納期限後の早期催告と財産調査の徹底に努めてまいります。")
    fs = [("市税", FY, "１０月末現在", "current", "collection_rate", "interim", rc, "percent", zen(f"{rc:.2f}") + "％",
           ASOF, False),
          ("市税", 2024, "前年同期", "current", "collection_rate", "interim", 60.93, "percent", "６０．９３％", ASOF_PY, False),
          ("市税", FY, "１０月末現在", "arrears", "collection_rate", "interim", ra, "percent", zen(f"{ra:.2f}") + "％",
           ASOF, False),
          ("市税", 2024, "前年同期", "arrears", "collection_rate", "interim", 21.16, "percent", "２１．１６％", ASOF_PY, False),
          ("市税", 2024, "令和６年度決算", "total", "outstanding", "actual", 1_248_000_000, "yen", "約１２億４，８００万円",
           None, True)]
    items.append((0, "渡辺総務部次長兼収税課長", t, fs))
    t = (f"国民健康保険税の現年課税分は、１０月末現在で{zen(f'{rk:.2f}')}％となり、前年同期の４９．１０％を上回っております。"
         "滞納繰越分については、資格喪失世帯への催告を強化した結果、収納額が前年同期を上回っております。")
    fs = [("国民健康保険税", FY, "１０月末現在", "current", "collection_rate", "interim", rk, "percent",
           zen(f"{rk:.2f}") + "％", ASOF, False),
          ("国民健康保険税", 2024, "前年同期", "current", "collection_rate", "interim", 49.10, "percent", "４９．１０％",
           ASOF_PY, False)]
    items.append((0, "佐野保険年金課長", t, fs))
    items.append((0, "石川委員", "市税の滞納繰越分が改善しているとのことですが、その要因と、高額な滞納案件への対応について伺います。", []))
    items.append((0, "渡辺総務部次長兼収税課長", "要因としましては、預貯金照会の電子化により財産調査の期間が短縮され、差押えまでの"
                  "期間が早まったことが挙げられます。高額案件につきましては、栃木県地方税徴収対策推進協議会の共同催告を"
                  "活用するほか、捜索を含めた滞納処分を計画的に実施しております。", []))
    items.append((0, "福井委員", "保育所保育料の収納状況と、卒園した世帯の未納への対応はどうなっているのか伺います。", []))
    t = ("保育所保育料の現年分は、１０月末現在で５７．０８％となっております。卒園児の世帯については、"
         "卒園前に未納額を通知し、分納の相談を受けております。令和６年度末の滞納世帯数は４８世帯でございました。")
    fs = [("保育所保育料", FY, "１０月末現在", "current", "collection_rate", "interim", rate(BETSU[5][4], BETSU[5][3]),
           "percent", "５７．０８％", ASOF, False),
          ("保育所保育料", 2024, "令和６年度末", "total", "delinquents", "actual", 48, "households", "４８世帯", None, False)]
    items.append((0, "木村こども・家庭支援課長", t, fs))
    items.append((0, "増田委員", "介護保険料について、普通徴収の方の滞納が増えていると聞きますが、給付制限の運用はどうなっていますか。", []))
    items.append((0, "荒井介護保険課長", "滞納期間に応じた給付制限の前に、事前通知と納付相談の機会を設けております。"
                  "制限に至る方を減らすことを第一に対応しております。", []))
    items.append((1, "大島委員長", "次に、令和７年度第２回鹿沼市債権管理推進会議の結果について報告を求めます。", []))
    items.append((1, "福田総務部長", "去る１１月１９日に開催した推進会議では、各債権の上半期の取組状況を確認し、"
                  "滞納繰越分の整理を進めるため、処分停止の判断基準を全庁で統一することを決定いたしました。"
                  "詳細は資料２のとおりでございます。", []))
    items.append((1, "柴田委員", "処分停止の基準を統一するとのことですが、安易な不納欠損につながらないよう、"
                  "財産調査を尽くした上で判断していただくよう要望いたします。", []))
    items.append((1, "大島委員長", "ほかに質疑はございませんか。――なければ、以上で本日の総務常任委員会を閉会いたします。", []))
    return items


def main():
    doc = new_doc()
    header_text(doc, "鹿沼市議会　総務常任委員会")
    footer_page(doc)
    para(doc, TITLE, size=16, bold=True, align="center", font="IPAexGothic")
    para(doc, "")
    para(doc, "１　開催日時　令和７年１２月１０日（水）　午前１０時００分開会　午前１１時４２分閉会")
    para(doc, "２　開催場所　議会棟　第３委員会室")
    para(doc, f"３　出席委員（{zen(str(len(MEMBERS)))}名）")
    line = []
    for role, name in MEMBERS:
        line.append(f"{role}　{name}")
    for i in range(0, len(line), 3):
        para(doc, "　　" + "　　".join(line[i:i + 3]), indent_mm=5)
    para(doc, "４　欠席委員　なし")
    para(doc, "５　説明のため出席した者")
    for role, name in STAFF:
        para(doc, f"　　{role}　{name}", indent_mm=5)
    para(doc, "６　事務局職員出席者")
    for role, name in JIMU:
        para(doc, f"　　{role}　{name}", indent_mm=5)
    para(doc, "７　付議事件")
    for i, a in enumerate(AGENDA):
        para(doc, f"　（{zen(str(i + 1))}）{a}", indent_mm=5)
    para(doc, "８　配付資料")
    for m in MATERIALS:
        para(doc, f"　　{m}", indent_mm=5)
    para(doc, "９　審査の経過", space_before=6)
    statements = []
    cur = None
    for sec, spk, text, fs in speech_items():
        if sec != cur:
            cur = sec
            para(doc, f"（{zen(str(sec + 1))}）{AGENDA[sec]}", font="IPAexGothic", space_before=6)
        p = para(doc, f"○{spk}　{text}", first_mm=-4, indent_mm=4, space_before=3)
        statements.append({"speaker": spk, "section": AGENDA[sec], "text": text, "page": None, "_loc": text[:40]})
        for (debt, fy, fyr, seg, met, basis, val, unit, raw, asof, approx) in fs:
            facts.add(debt, fy, fyr, seg, met, basis, val, unit, raw, loc=raw, as_of=asof, approx=approx)
    para(doc, "以　上", align="right", space_before=6)
    # 別表
    from e_docx import page_break
    page_break(doc)
    para(doc, "別表　主な債権の収納状況（令和７年１０月末現在）", font="IPAexGothic", size=11)
    para(doc, "（単位：円、％）", align="right", size=8)
    t = table(doc, 1 + len(BETSU), 6, (38, 24, 34, 34, 18, 20))
    for c, h in zip(t.rows[0].cells, ("債権名", "区分", "調定額", "収入済額", "収納率", "前年同期")):
        cell_text(c, h, align="center", font="IPAexGothic")
        shade(c)
    repeat_header(t.rows[0])
    for i, (name, lab, seg, a, c, py) in enumerate(BETSU):
        r = rate(c, a)
        vals = (name, lab, f"{a:,}", f"{c:,}", f"{r:.2f}", f"{py:.2f}")
        for j, v in enumerate(vals):
            cell_text(t.rows[i + 1].cells[j], v, align="right" if j >= 2 else None)
        facts.add(name, FY, "令和７年１０月末", seg, "assessed", "interim", a, "yen", f"{a:,}", loc=f"{a:,}", as_of=ASOF)
        facts.add(name, FY, "令和７年１０月末", seg, "collected", "interim", c, "yen", f"{c:,}", loc=f"{c:,}", as_of=ASOF)
        facts.add(name, FY, "令和７年１０月末", seg, "collection_rate", "interim", r, "percent", f"{r:.2f}",
                  loc="別表主な債権の収納状況", as_of=ASOF)
        facts.add(name, 2024, "前年同期", seg, "collection_rate", "interim", py, "percent", f"{py:.2f}",
                  loc="別表主な債権の収納状況", as_of=ASOF_PY)
    para(doc, "※前年同期は令和６年１０月末現在の収納率。介護保険料及び保育所保育料は現年分のみ掲載。", size=8)
    OUT.mkdir(exist_ok=True)
    x = OUT / f"{STEM}.docx"
    doc.save(x)
    to_pdf(x, PDF / f"{STEM}.pdf", "kanuma")
    attendees = ([{"role": r, "title": None, "name": n} for r, n in MEMBERS]
                 + [{"role": r, "title": r, "name": n} for r, n in STAFF]
                 + [{"role": r, "title": r, "name": n} for r, n in JIMU])
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-12-10", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    d = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-12-10",
         "date_raw": "令和７年１２月１０日"}
    return finish(STEM, d, facts, [], minutes)


if __name__ == "__main__":
    main()
