"""岐阜市議会 総務委員会記録 (所管事務調査・債権管理) — python-docx → LibreOffice.

Council committee record: spaced names in the attendee list, "○" on its own line above "名前＋職名" speaker
lines, interim (11月末) rates with 前年同月 in speech, approximate prose figures, a 別表 of 令和6年度決算
figures (単位：千円、％, rates without %) on the last page.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_lib13 import OUT, ROOT, Gold, comma, fmt_pct, oku_man, pct, to_pdf, write_gold  # noqa: E402

STEM = "e_gifu_minutes_1"
FONT = "IPAex明朝"

# 別表 data, 令和6年度決算 (千円): (assessed, collected, written_off) for 現年 / 滞繰
BETSU = [
    ("市税", (68_452_310, 67_850_118, 0), (2_318_644, 729_310, 96_822)),
    ("国民健康保険料", (9_846_205, 9_177_541, 0), (2_104_388, 489_115, 187_406)),
    ("介護保険料", (8_912_774, 8_820_316, 0), (254_931, 38_207, 41_655)),
    ("後期高齢者医療保険料", (5_318_402, 5_295_870, 0), (48_116, 17_902, 4_318)),
    ("市営住宅使用料", (1_412_886, 1_388_205, 0), (268_440, 59_632, 109_171)),
]


def seg_vals(t):
    a, c, w = t
    return a, c, w, a - c - w, pct(c, a)


def set_font(run, size=10.5, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)


def para(doc, text="", size=10.5, bold=False, align=None, indent_mm=0, first_mm=0, space_after=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    if align:
        p.alignment = align
    return p


def cell_text(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), size, bold)
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def footer_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("－ ")
    set_font(r, 9)
    r2 = p.add_run()
    set_font(r2, 9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r2._element.append(el)
    set_font(p.add_run(" －"), 9)


def spaced(name: str) -> str:
    fam, given = name.split(" ")
    f = "　".join(fam) if len(fam) > 1 else fam
    gv = "　".join(given) if len(given) > 1 else given
    pad = "　" * (6 - len(f) - len(gv)) if len(f) + len(gv) < 5 else "　"
    return f + pad + gv


def build():
    g = Gold(STEM, "minutes", "岐阜市", "岐阜市議会 総務委員会記録", "2025-12-09", "令和7年12月9日（火）")
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("総務委員会記録（令和7年12月9日）"), 8)
    footer_page_number(sec)

    para(doc, "岐阜市議会　総務委員会記録", 15, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    para(doc, "所管事務調査　債権管理について", 11, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "（令和7年度第2回岐阜市債権管理推進会議（令和7年11月14日開催）の結果報告を含む。）", 9.5,
         False, WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    para(doc, "１　開会日時　　令和7年12月9日（火）　午前10時00分開会　午前11時36分閉会")
    para(doc, "２　場　　所　　第1委員会室")

    members = [("委員長", "木下 誠"), ("副委員長", "堀 恵美"), ("委員", "松井 良子"), ("委員", "大野 健太郎"),
               ("委員", "杉山 隆"), ("委員", "後藤 久美子"), ("委員", "川島 悟"), ("委員", "丹羽 昭")]
    officials = [("行政経営部長", "山田 浩二"), ("行政経営部次長・債権管理課長", "井上 直樹"),
                 ("収納課長", "加藤 真一"), ("福祉部長・福祉事務所長", "高橋 美穂"),
                 ("国保・年金課長", "村瀬 健"), ("介護保険課長", "小川 由紀"), ("都市建設部住宅課長", "林 正人")]
    para(doc, f"３　出席委員（{len(members)}人）")
    attendees = []
    for i in range(0, len(members), 2):
        line = "　　　"
        for role, name in members[i:i + 2]:
            r = role if role in ("委員長", "副委員長") else "委　員"
            line += f"{r}{'　' * (5 - len(r))}{spaced(name)}　　　"
            attendees.append({"role": role, "name": name.replace(" ", ""), "title": None})
        para(doc, line.rstrip(), space_after=0)
    para(doc, "４　欠席委員　　なし", space_after=2)
    para(doc, "５　説明のため出席した者", space_after=0)
    for title, name in officials:
        para(doc, f"　　　{title}{'　' * max(1, 15 - len(title))}{spaced(name)}", space_after=0)
        attendees.append({"role": title, "name": name.replace(" ", ""), "title": title})
    agenda = ["債権管理の状況について", "令和6年度における債権の放棄について"]
    materials = ["資料1　令和6年度決算 主要債権の収入状況（別表）", "資料2　令和7年度 市税等の収納状況（11月末）"]
    para(doc, "６　付議事件", space_after=0)
    para(doc, f"　　所管事務調査　(1) {agenda[0]}　(2) {agenda[1]}", space_after=0)
    para(doc, "７　配付資料", space_after=0)
    for m in materials:
        para(doc, "　　" + m, space_after=0)
    para(doc, "―――――――――――――――――――――――――――――――――――――", align=WD_ALIGN_PARAGRAPH.CENTER)

    # figures from the 別表
    V = {}
    for name, cur, arr in BETSU:
        c = seg_vals(cur)
        a = seg_vals(arr)
        tot = tuple(x + y for x, y in zip(cur, arr))
        t = seg_vals(tot)
        V[name] = {"current": c, "arrears": a, "total": t}

    def speak(speaker, section, paragraphs):
        para(doc, "○", space_after=0)
        para(doc, speaker, space_after=0)
        text = ""
        for ptxt in paragraphs:
            para(doc, "　" + ptxt, first_mm=0, space_after=3)
            text += ptxt
        g.stmt(speaker, section, text)

    FY = 2024
    s1 = agenda[0]
    speak("木下誠委員長", None, [
        "ただいまから総務委員会を開会いたします。本日は、所管事務調査として、債権管理について調査を行います。"
        "執行部から説明を求めます。"])
    speak("山田行政経営部長", s1, [
        "お手元の資料に基づきまして、本市の債権管理の状況について御説明申し上げます。先月14日に開催いたしました"
        "令和7年度第2回岐阜市債権管理推進会議での議論も踏まえ、詳細は債権管理課長から御説明いたします。"])
    # 債権管理課長: city-wide and 市税 figures
    tot_all = 3_862_418_000  # city-wide (all debts) 収入未済額, printed as 約38億6,200万円
    tot_print = round(tot_all, -6)
    si = V["市税"]
    s_out_yen = si["total"][3] * 1000
    s_out_round = round(s_out_yen, -6)
    p1 = (f"令和6年度決算における本市の全債権の収入未済額は約{oku_man(tot_print)}円となり、前年度と比べ約2億1,300万円の"
          f"縮減となりました。")
    p2 = (f"このうち市税の収納率は、現年課税分が{fmt_pct(si['current'][4])}％、滞納繰越分が{fmt_pct(si['arrears'][4])}％で、"
          f"合計では{fmt_pct(si['total'][4])}％となっております。市税の収入未済額は約{oku_man(s_out_round)}円でございます。"
          "主要債権の詳細は、別表のとおりでございます。")
    speak("井上債権管理課長", s1, [p1, p2])
    g.fact(None, FY, "令和6年度", "total", "outstanding", "actual", tot_print, "yen",
           f"約{oku_man(tot_print)}円", approx=True, debt_raw="全債権")
    for seg in ("current", "arrears", "total"):
        g.fact("市税", FY, "令和6年度", seg, "collection_rate", "actual", si[seg][4], "percent",
               f"{fmt_pct(si[seg][4])}％")
    g.fact("市税", FY, "令和6年度", "total", "outstanding", "actual", s_out_round, "yen",
           f"約{oku_man(s_out_round)}円", approx=True)
    # interim 11月末 市税
    speak("加藤収納課長", s1, [
        "続きまして、今年度の状況でございます。11月末時点の市税の収納率は、現年課税分が68.35％で、前年同月の"
        "68.14％を0.21ポイント上回っております。滞納繰越分は24.02％で、前年同月の22.87％と比べ1.15ポイントの上昇と"
        "なっております。引き続き、年末の催告強化期間において、電話及び文書による催告を集中的に実施してまいります。"])
    for seg, v, fy, asof, fyr in (("current", 68.35, 2025, "2025-11-30", "11月末"),
                                   ("current", 68.14, 2024, "2024-11-30", "前年同月"),
                                   ("arrears", 24.02, 2025, "2025-11-30", "11月末"),
                                   ("arrears", 22.87, 2024, "2024-11-30", "前年同月")):
        g.fact("市税", fy, fyr, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％", as_of=asof)
    speak("木下誠委員長", s1, ["説明が終わりました。質疑はありませんか。"])
    speak("松井良子委員", s1, [
        "国民健康保険料について伺います。現年度分の収納率は改善していると聞いておりますが、今年度の状況と、"
        "令和6年度決算での状況を教えてください。"])
    kk = V["国民健康保険料"]
    speak("村瀬国保・年金課長", s1, [
        f"令和6年度決算では、国民健康保険料の収納率は現年度分が{fmt_pct(kk['current'][4])}％、滞納繰越分が"
        f"{fmt_pct(kk['arrears'][4])}％でございました。今年度は、11月末現在で現年度分が52.46％となり、前年同月と比べ"
        "0.38ポイントの減、滞納繰越分は19.73％で、前年同月と比べ1.12ポイントの増となっております。"])
    g.fact("国民健康保険料", FY, "令和6年度", "current", "collection_rate", "actual", kk["current"][4], "percent",
           f"{fmt_pct(kk['current'][4])}％")
    g.fact("国民健康保険料", FY, "令和6年度", "arrears", "collection_rate", "actual", kk["arrears"][4], "percent",
           f"{fmt_pct(kk['arrears'][4])}％")
    g.fact("国民健康保険料", 2025, "11月末", "current", "collection_rate", "interim", 52.46, "percent", "52.46％",
           as_of="2025-11-30")
    g.fact("国民健康保険料", 2025, "11月末", "arrears", "collection_rate", "interim", 19.73, "percent", "19.73％",
           as_of="2025-11-30")
    speak("松井良子委員", s1, ["滞納している世帯はどの程度あるのでしょうか。"])
    speak("村瀬国保・年金課長", s1, [
        "令和6年度末の滞納世帯数は6,284世帯で、前年度末から312世帯減少しております。短期被保険者証の廃止後は、"
        "納付相談の機会を確保するため、窓口や電話での接触を増やしております。"])
    g.fact("国民健康保険料", FY, "令和6年度末", "total", "delinquents", "actual", 6284, "households", "6,284世帯")
    speak("大野健太郎委員", s1, [
        "市営住宅使用料の滞納について、退去者の分も含めて、どのように回収しているのか伺います。"])
    jj = V["市営住宅使用料"]
    j_out = round(jj["total"][3] * 1000, -6)
    speak("林住宅課長", s1, [
        f"市営住宅使用料の収入未済額は、令和6年度末で約{oku_man(j_out)}円余りとなっており、滞納者数は412人で"
        "ございます。このうち退去者分が半分近くを占めていることから、退去者の滞納分について弁護士法人への回収委託を"
        "拡大するとともに、入居中の方には連帯保証人や緊急連絡先への連絡を早い段階で行っております。"])
    g.fact("市営住宅使用料", FY, "令和6年度末", "total", "outstanding", "actual", j_out, "yen", f"約{oku_man(j_out)}円余",
           approx=True)
    g.fact("市営住宅使用料", FY, "令和6年度末", "total", "delinquents", "actual", 412, "persons", "412人")
    speak("杉山隆委員", s1, [
        "介護保険料について、滞納繰越分の収納率が低い理由と、今後の取組を教えてください。"])
    kg = V["介護保険料"]
    speak("小川介護保険課長", s1, [
        f"介護保険料の滞納繰越分の収納率は{fmt_pct(kg['arrears'][4])}％で、普通徴収の方のうち、年金額が少なく生活に"
        "困窮されている方の滞納が多いことが要因と考えております。給付制限の事前通知に合わせて納付相談を案内し、"
        "分割納付につなげてまいります。"])
    g.fact("介護保険料", FY, "令和6年度", "arrears", "collection_rate", "actual", kg["arrears"][4], "percent",
           f"{fmt_pct(kg['arrears'][4])}％")
    s2 = agenda[1]
    speak("木下誠委員長", s2, ["ほかに質疑はありませんか。ないようですので、次に、令和6年度における債権の放棄について、"
                              "報告を求めます。"])
    speak("井上債権管理課長", s2, [
        "岐阜市債権管理条例第12条の規定に基づき、令和6年度に放棄いたしました債権について御報告いたします。"
        "対象は、市営住宅使用料、奨学金貸付金など6債権、延べ48件で、いずれも債務者の死亡、所在不明又は"
        "生活困窮により回収の見込みがないと判断したものでございます。放棄した額は、令和6年度の不納欠損額に"
        "含まれております。"])
    speak("後藤久美子委員", s2, ["放棄の判断に当たって、どのような確認を行っているのか伺います。"])
    speak("井上債権管理課長", s2, [
        "各所管課において財産調査の結果や生活状況を確認した上で、債権管理課の審査を経て、債権管理推進会議に"
        "諮っております。"])
    speak("木下誠委員長", s2, ["以上で所管事務調査を終了いたします。これをもちまして総務委員会を閉会いたします。"])

    # 別表 on its own page
    p = para(doc)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主要債権の収入状況（令和6年度決算）", 11, True)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=1)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    rows = 1 + len(BETSU) * 3 + 1
    t = doc.add_table(rows=rows, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    r = 1
    seglab = {"current": "現年分", "arrears": "滞納繰越分", "total": "計"}
    sums = [0, 0, 0, 0]
    for name, _c, _a in BETSU:
        top = t.cell(r, 0).merge(t.cell(r + 2, 0))
        cell_text(top, name, 9)
        for k, seg in enumerate(("current", "arrears", "total")):
            a, c, w, o, rate = V[name][seg]
            cell_text(t.cell(r + k, 1), seglab[seg], 9)
            for j, v in enumerate((a, c, w, o)):
                cell_text(t.cell(r + k, 2 + j), comma(v) if v else "0", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
            cell_text(t.cell(r + k, 6), fmt_pct(rate), 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
            for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
                g.fact(name, FY, "令和6年度", seg, metric, "actual", v * 1000, "yen", comma(v) if v else "0")
            g.fact(name, FY, "令和6年度", seg, "collection_rate", "actual", rate, "percent", fmt_pct(rate))
            if seg == "total":
                sums = [x + y for x, y in zip(sums, (a, c, w, o))]
        r += 3
    cell_text(t.cell(r, 0).merge(t.cell(r, 1)), "合計", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    trate = pct(sums[1], sums[0])
    for j, v in enumerate(sums):
        cell_text(t.cell(r, 2 + j), comma(v), 9, True, WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(t.cell(r, 6), fmt_pct(trate), 9, True, WD_ALIGN_PARAGRAPH.RIGHT)
    for metric, v in zip(("assessed", "collected", "written_off", "outstanding"), sums):
        g.fact(None, FY, "令和6年度", "total", metric, "actual", v * 1000, "yen", comma(v), debt_raw="合計")
    g.fact(None, FY, "令和6年度", "total", "collection_rate", "actual", trate, "percent", fmt_pct(trate),
           debt_raw="合計")
    para(doc, "※　収入未済額＝調定額－収入済額－不納欠損額", 8.5)
    para(doc, "※　収納率は、収入済額を調定額で除して算出しています。", 8.5)

    g.minutes = {"title": "岐阜市議会 総務委員会記録", "meeting_number": None, "date": "2025-12-09",
                 "method": None, "attendees": attendees, "agenda": agenda, "materials": materials}
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "e13_gifu")
    write_gold(g, pdf)


if __name__ == "__main__":
    build()
