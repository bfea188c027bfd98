"""e_tonami_minutes_4: となみ市 決算特別委員会 会議録 (minutes) -- python-docx -> LibreOffice.
Modelled on 砺波市議会「令和4年8月 決算特別委員会 定例会 4日目 本文」(https://info.city.tonami.toyama.jp/7642,
https://info.city.tonami.lg.jp/?p=7777): ○川岸委員長 / ○島崎委員 markers, 総括審査 on 市税収納率・不納欠損."""
from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from e_common import (OUT, PDF_DIR, assign_pages, check, comma, fact, fmt_rate, nows, oku_man, page_texts, rate,
                      to_pdf, write_gold, zen)

STEM = "e_tonami_minutes_4"
CITY = "となみ市"
TITLE = "令和７年８月　決算特別委員会　定例会　４日目　本文"
SECTION = "（８月定例会付託案件の審査）"

# 千円: (assessed, collected, written_off) per row
SHIZEI = {"current": (7012480, 6970405, 1210), "arrears": (382400, 71509, 23590)}
KOKUHO = {"current": (1214300, 1124442, 2105), "arrears": (398700, 77348, 31480)}
OTHERS = [("介護保険料", (1304500, 1291455, 1950)), ("後期高齢者医療保険料", (632100, 629572, 120)),
          ("保育料", (158200, 153612, 610))]

MEMBERS = [("委員長", "山田順一"), ("副委員長", "有沢隆"), ("委員", "川辺一郎"), ("委員", "境佳子"),
           ("委員", "開田博之"), ("委員", "林忠男"), ("委員", "雨池弘之"), ("委員", "堀江秀樹")]
STAFF = [("市長", "夏目修二"), ("副市長", "島田和彦"), ("企画総務部長", "黒河英博"), ("福祉市民部長", "高畑元昭"),
         ("商工農林部長", "河合実"), ("企画総務部次長財政課長", "坪田俊明"), ("税務課長", "中田浩"),
         ("保険年金課長", "村井一仁"), ("こども・子育て課長", "大西信幸")]
AGENDA = ["議案第45号　令和６年度となみ市水道事業会計未処分利益剰余金の処分について",
          "認定第１号　令和６年度となみ市一般会計歳入歳出決算認定について",
          "認定第２号　令和６年度となみ市国民健康保険事業特別会計歳入歳出決算認定について"]
MATERIALS = ["令和７年度第２回となみ市債権管理推進会議資料（抜粋）", "別表　令和６年度　市税等の収納状況"]


def spaced(name):
    return " ".join(name) if len(name) <= 4 else name


def tot(d):
    a = sum(v[0] for v in d.values()); c = sum(v[1] for v in d.values()); w = sum(v[2] for v in d.values())
    return a, c, w


def build():
    facts = []
    statements = []
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    hp = sec.header.paragraphs[0]; hp.text = "となみ市議会　決算特別委員会会議録"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)

    def P(text, bold=False, size=None, align=None, indent=None):
        p = doc.add_paragraph(); rr = p.add_run(text); rr.bold = bold
        if size: rr.font.size = Pt(size)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent is not None: p.paragraph_format.left_indent = Mm(indent)
        p.paragraph_format.space_after = Pt(1)
        return p

    def S(speaker, text):
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Mm(-4); p.paragraph_format.left_indent = Mm(4)
        p.paragraph_format.space_after = Pt(1)
        rr = p.add_run(f"○{speaker}"); rr.font.name = "IPAexGothic"; rr._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
        p.add_run("　" + text)
        statements.append({"speaker": speaker, "section": SECTION, "text": text, "page": None})

    P(TITLE, bold=True, size=13, align="c")
    P("")
    P("配付資料　" + "、".join(MATERIALS))
    P("")
    P("１．開会及び閉会の日時")
    P("　　令和７年９月19日（金）　午前10時00分　開議　　午前11時42分　閉議", indent=0)
    P(f"１．出席委員（{zen(len(MEMBERS))}名）")
    line = []
    for role, name in MEMBERS:
        line.append(f"{role}　{spaced(name)}")
    for i in range(0, len(line), 2):
        P("　　" + "　　　".join(line[i:i + 2]))
    P("１．欠席委員（０名）")
    P("１．説明のため出席した者の職・氏名")
    for i in range(0, len(STAFF), 2):
        P("　　" + "　　　".join(f"{t}　{spaced(n)}" for t, n in STAFF[i:i + 2]))
    P("１．職務のため出席した事務局職員")
    P("　　議会事務局長　林　　茂　　　議事調査課長　森田　実")
    P("１．会議に付した事件")
    for a in AGENDA:
        P("　　" + a)
    P("")
    P("１．会議の経過", bold=True)
    P("　午前10時00分　開議")
    P(SECTION)

    # figures
    sa, sc, sw = tot(SHIZEI)
    s_rate, s_cur, s_arr = rate(sc, sa), rate(SHIZEI["current"][1], SHIZEI["current"][0]), rate(SHIZEI["arrears"][1], SHIZEI["arrears"][0])
    s_out = sa - sc - sw
    s_out_r = round(s_out * 1000, -6)
    s_wo_r = round(sw * 1000, -5)
    k_cur = rate(KOKUHO["current"][1], KOKUHO["current"][0])
    k_arr = rate(KOKUHO["arrears"][1], KOKUHO["arrears"][0])
    hh = 1184

    S("山田委員長", "ただいまから、昨日に引き続き決算特別委員会を再開いたします。本日は、総括審査として、御審議、御意見を賜りたいと存じます。"
      "なお、総括審査でありますので、決算を総括することを踏まえて御意見等をお願いいたします。有沢委員。")
    t1 = (f"それでは、私からは市税の収納についてお伺いいたします。令和６年度の市税の全体収納率は{zen(fmt_rate(s_rate))}％、"
          f"このうち現年課税分は{zen(fmt_rate(s_cur))}％と高い水準を維持しておりますが、滞納繰越分は{zen(fmt_rate(s_arr))}％にとどまっております。"
          "不納欠損処分の状況と、滞納繰越分の縮減に向けた今後の取組についてお聞かせください。")
    S("有沢委員", t1)
    fy, fr = 2024, "令和６年度"
    facts.append(fact("市税", fy, fr, "total", "collection_rate", "actual", s_rate, "percent", f"{zen(fmt_rate(s_rate))}％", hint="それでは、私からは市税の収納について"))
    facts.append(fact("市税", fy, fr, "current", "collection_rate", "actual", s_cur, "percent", f"{zen(fmt_rate(s_cur))}％"))
    facts.append(fact("市税", fy, fr, "arrears", "collection_rate", "actual", s_arr, "percent", f"{zen(fmt_rate(s_arr))}％"))
    S("山田委員長", "中田税務課長。")
    t2 = (f"令和６年度の市税の不納欠損額は約{zen(oku_man(s_wo_r))}で、その多くは、財産調査の結果、滞納処分をすることができる財産がなく、"
          "執行停止から３年を経過したものでございます。また、令和６年度末の市税の収入未済額は"
          f"約{zen(oku_man(s_out_r))}となっております。今後は、納付資力がありながら納付しない滞納者に対して、"
          "預貯金や給与の差押えを早期に行うとともに、高額な案件は県の滞納整理機構へ引き継ぎ、滞納繰越分の縮減に努めてまいります。")
    S("中田税務課長", t2)
    facts.append(fact("市税", fy, fr, "total", "written_off", "actual", s_wo_r, "yen", f"約{zen(oku_man(s_wo_r))}", approx=True, hint="令和６年度の市税の不納欠損額は"))
    facts.append(fact("市税", fy, "令和６年度末", "total", "outstanding", "actual", s_out_r, "yen", f"約{zen(oku_man(s_out_r))}", approx=True))
    S("山田委員長", "有沢委員。")
    S("有沢委員", "滞納整理機構への引継ぎは効果があると聞いております。引き続き、税負担の公平性の観点から取組を進めていただきたいと思います。")
    S("山田委員長", "ほかに。川辺委員。")
    t3 = (f"国民健康保険税についてお伺いします。令和６年度の現年度分の収納率は{zen(fmt_rate(k_cur))}％、滞納繰越分は{zen(fmt_rate(k_arr))}％と、"
          "市税と比べると低い状況です。滞納世帯の状況と今年度の収納の見通しについてお聞かせください。")
    S("川辺委員", t3)
    facts.append(fact("国民健康保険税", fy, fr, "current", "collection_rate", "actual", k_cur, "percent", f"{zen(fmt_rate(k_cur))}％", hint="国民健康保険税についてお伺いします"))
    facts.append(fact("国民健康保険税", fy, fr, "arrears", "collection_rate", "actual", k_arr, "percent", f"{zen(fmt_rate(k_arr))}％"))
    S("山田委員長", "高畑福祉市民部長。")
    t4 = (f"令和６年度末における国民健康保険税の滞納世帯数は{zen(comma(hh))}世帯で、前年度末から減少しております。"
          "今年度につきましては、令和７年度第２回の債権管理推進会議で報告いたしましたとおり、"
          f"８月末現在の現年度分の収納率は{zen('31.2')}％で、前年同月を{zen('0.4')}ポイント上回っております。"
          "引き続き、口座振替の勧奨と、短期被保険者証の更新時の納付相談により、収納率の向上に努めてまいります。")
    S("高畑福祉市民部長", t4)
    facts.append(fact("国民健康保険税", fy, "令和６年度末", "total", "delinquents", "actual", hh, "households", f"{zen(comma(hh))}世帯", hint="令和６年度末における国民健康保険税の滞納世帯数は"))
    facts.append(fact("国民健康保険税", 2025, "８月末現在", "current", "collection_rate", "interim", 31.2, "percent", f"{zen('31.2')}％", as_of="2025-08-31"))
    S("山田委員長", "川辺委員。")
    S("川辺委員", "保育料についても、滞納が卒園後まで残らないよう、こども・子育て課と税務課が連携して対応していただくよう要望いたします。")
    S("山田委員長", "大西こども・子育て課長。")
    S("大西こども・子育て課長", "保育料につきましては、児童手当からの徴収の申出を入園時に案内しておりまして、卒園前には分納の状況を確認しております。"
      "御指摘を踏まえ、税務課と情報を共有しながら対応してまいります。")
    S("山田委員長", "ほかに御意見等はございませんか。")
    P("　〔「なし」と呼ぶ者あり〕")
    S("山田委員長", "ないようでありますので、以上で総括審査を終わります。委員各位には、４日間にわたり慎重に御審査いただき、ありがとうございました。"
      "これをもちまして決算特別委員会を閉会いたします。")
    P("　午前11時42分　閉議")

    # ---- 別表 (new page)
    doc.add_page_break()
    P("別表　令和６年度　市税等の収納状況", bold=True)
    pr = P("（単位：千円、％）"); pr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rows = [["区分", "", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    tabfacts = []

    def addrow(name, seglab, seg, a, c, w, debt):
        o = a - c - w
        rr = rate(c, a)
        rows.append([name, seglab, comma(a), comma(c), comma(w), comma(o), fmt_rate(rr)])
        for m, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            tabfacts.append(fact(debt, 2024, "令和６年度", seg, m, "actual", v * 1000, "yen", comma(v), debt_raw=name or debt))
        tabfacts.append(fact(debt, 2024, "令和６年度", seg, "collection_rate", "actual", rr, "percent", fmt_rate(rr), debt_raw=name or debt))

    merges = []
    ga = gc = gw = 0
    for name, d in (("市税", SHIZEI), ("国民健康保険税", KOKUHO)):
        start = len(rows)
        addrow(name, "現年課税分", "current", *d["current"], name)
        addrow("", "滞納繰越分", "arrears", *d["arrears"], name)
        a, c, w = tot(d)
        addrow("", "計", "total", a, c, w, name)
        merges.append((start, 0, start + 2, 0))
        ga += a; gc += c; gw += w
    for name, (a, c, w) in OTHERS:
        addrow(name, "計", "total", a, c, w, name)
        ga += a; gc += c; gw += w
    addrow("合計", "", "total", ga, gc, gw, None)
    tabfacts[-5:] = [dict(f, debt=None, debt_raw="合計") for f in tabfacts[-5:]]
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    merges.append((0, 0, 0, 1))
    t = doc.add_table(rows=len(rows), cols=7); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [34, 22, 24, 24, 20, 22, 14]
    for j, wdt in enumerate(widths):
        t.columns[j].width = Mm(wdt)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j); cell.width = Mm(widths[j])
            p = cell.paragraphs[0]; run = p.add_run(v); run.font.size = Pt(9)
            if i > 0 and j >= 2:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0); txt = a.text
        m = a.merge(t.cell(r1, c1))
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""; rn = m.paragraphs[0].add_run(txt); rn.font.size = Pt(9)
    tabfacts[0]["_hint"] = "別表　令和６年度　市税等の収納状況"
    facts.extend(tabfacts)
    P("※ 収入未済額＝調定額－収入済額－不納欠損額", size=8.5)
    P("※ 収納率は、収入済額を調定額で除し、小数点以下第２位を四捨五入したものです。", size=8.5)

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "tonami")
    assign_pages(pdf, facts, "raw")
    # statements: page of the first 24 characters
    pages = page_texts(pdf)
    for s_ in statements:
        head = nows(s_["text"])[:24]
        s_["page"] = next(i + 1 for i, tx in enumerate(pages) if head in tx)
    check(pdf, facts, [])
    attendees = [{"role": r_, "title": r_, "name": n} for r_, n in MEMBERS] + [{"role": t_, "title": t_, "name": n} for t_, n in STAFF]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-19", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-09-19", "date_raw": "令和７年９月19日（金）"}
    return write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
