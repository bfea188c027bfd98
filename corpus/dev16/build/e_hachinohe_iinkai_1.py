"""八戸市議会 総務常任委員会記録 (所管事務調査: 債権管理) — python-docx -> LibreOffice.

Modelled on council committee records (四日市市議会 総務常任委員会 所管事務調査「債権管理について」,
小樽市議会 予算特別委員会 ○委員/○(財政)主幹 style). Figures invented, internally consistent.
"""
from __future__ import annotations

import shutil

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from e_common import F, OUT, PDF, comma, rate, soffice, write_gold, zen

STEM = "e_hachinohe_iinkai_1"
CITY = "八戸市"
TITLE = "総務常任委員会記録"
FY = 2024  # 令和6年度決算
FYR = "令和６年度"

# 別表1 (千円): debt, segment label, assessed, collected, written_off
ROWS = [
    ("市税", "現年課税分", 31254806, 30966402, 0),
    ("市税", "滞納繰越分", 1562330, 506214, 98562),
    ("国民健康保険税", "現年課税分", 5826115, 5462908, 0),
    ("国民健康保険税", "滞納繰越分", 1284660, 312447, 156208),
    ("介護保険料", None, 4402118, 4338560, 12406),
    ("後期高齢者医療保険料", None, 1420556, 1413905, 1102),
    ("市営住宅使用料", None, 812406, 752118, 8630),
    ("下水道使用料", None, 3120884, 3084512, 4210),
]
# 別表2 10月末 収納率 (％, 1 decimal): debt, seg label, R7.10, R6.10
OCT = [
    ("市税", "現年課税分", 61.4, 60.9),
    ("市税", "滞納繰越分", 21.8, 20.3),
    ("国民健康保険税", "現年課税分", 48.2, 47.6),
    ("国民健康保険税", "滞納繰越分", 14.9, 15.3),
    ("介護保険料", "現年分", 66.1, 66.4),
    ("後期高齢者医療保険料", "現年分", 63.7, 63.2),
]
SEG = {"現年課税分": "current", "滞納繰越分": "arrears", "現年分": "current", None: "total", "計": "total"}


def derived():
    """Rows with 計 lines inserted for debts that have segments; returns list of dicts."""
    out = []
    i = 0
    while i < len(ROWS):
        d, seg, a, c, w = ROWS[i]
        if seg:
            cur, arr = ROWS[i], ROWS[i + 1]
            for r in (cur, arr):
                out.append(dict(debt=r[0], seg=r[1], a=r[2], c=r[3], w=r[4]))
            out.append(dict(debt=d, seg="計", a=cur[2] + arr[2], c=cur[3] + arr[3], w=cur[4] + arr[4]))
            i += 2
        else:
            out.append(dict(debt=d, seg=None, a=a, c=c, w=w))
            i += 1
    for r in out:
        r["o"] = r["a"] - r["c"] - r["w"]
        r["r"] = rate(r["c"], r["a"])
    tot = [r for r in out if r["seg"] in (None, "計")]
    T = dict(debt=None, seg="合計", a=sum(r["a"] for r in tot), c=sum(r["c"] for r in tot),
             w=sum(r["w"] for r in tot))
    T["o"] = T["a"] - T["c"] - T["w"]
    T["r"] = rate(T["c"], T["a"])
    return out, T


def set_cell_border(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for e in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


def para(doc, text, size=10.5, bold=False, align=None, indent=0, first=0, space_after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.left_indent = Mm(indent)
    pf.first_line_indent = Mm(first)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, rows, widths, size=9, align_right_from=99):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Mm(w)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Mm(widths[j])
            set_cell_border(cell)
            p = cell.paragraphs[0]
            r = p.add_run(v)
            r.font.size = Pt(size)
            p.paragraph_format.space_after = Pt(0)
            if i > 0 and j >= align_right_from:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif i == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def build():
    rows, T = derived()
    facts = []
    statements = []
    sec_main = "所管事務調査「本市の債権管理について」"

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.orientation = WD_ORIENT.PORTRAIT
    s.left_margin = s.right_margin = Mm(22)
    s.top_margin, s.bottom_margin = Mm(20), Mm(18)
    # header / footer with page number field
    hp = s.header.paragraphs[0]
    hp.text = "総務常任委員会記録（令和７年１１月１８日）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ ")
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
            fp.add_run()._r.append(e)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            fp.add_run()._r.append(it)
    fp.add_run(" －")

    # ---------------- page 1 ----------------
    para(doc, "八戸市議会", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, TITLE, 16, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    info = [
        ("日　　時", "令和７年１１月１８日（火）　午前１０時００分開会　午前１１時４２分閉会"),
        ("場　　所", "第２委員会室"),
    ]
    for k, v in info:
        para(doc, f"{k}　{v}", 10.5)
    para(doc, "")
    para(doc, "出席委員（７名）", 10.5, True)
    members = [("委員長", "坂本　和夫"), ("副委員長", "工藤　みさき"), ("委員", "松橋　貴之"), ("委員", "三浦　恵子"),
               ("委員", "田名部　英明"), ("委員", "小笠原　聡"), ("委員", "夏堀　由美子")]
    for k in range(0, len(members), 2):
        line = "　　".join(f"{r}　{n}" for r, n in members[k:k + 2])
        para(doc, line, 10.5, indent=6)
    para(doc, "欠席委員　なし", 10.5)
    para(doc, "説明のため出席した者", 10.5, True)
    officials = [("財政部長", "佐々木　徹"), ("財政部次長兼債権管理課長", "中村　良一"), ("収納課長", "沼田　健二"),
                 ("健康・福祉部次長", "上野　由紀"), ("国保年金課長", "石橋　潤"), ("介護保険課長", "長根　千春"),
                 ("建築・住宅課長", "種市　浩司")]
    for t, n in officials:
        para(doc, f"{t}　{n}", 10.5, indent=6)
    para(doc, "事務局職員　議事課主査　大久保　彩", 10.5)
    para(doc, "")
    para(doc, "案　件", 10.5, True)
    agenda = ["所管事務調査「本市の債権管理について」", "その他"]
    for k, a in enumerate(agenda, 1):
        para(doc, f"{zen(f'({k})')}　{a}", 10.5, indent=6)
    para(doc, "配付資料", 10.5, True)
    materials = ["資料１　令和６年度決算に基づく債権の状況", "資料２　令和７年度債権管理の取組状況（１０月末現在）",
                 "別表　主な債権の収納状況"]
    for m_ in materials:
        para(doc, m_, 10.5, indent=6)
    para(doc, "")
    para(doc, "―――――――――――――――――――――――――――――――――――", 10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "〔議事の経過〕", 10.5, True)

    page = 1

    def say(speaker, text, section=sec_main):
        para(doc, "○" + speaker, 10.5, True, space_after=0)
        para(doc, text, 10.5, indent=4, first=4, space_after=6)
        statements.append({"speaker": speaker, "section": section, "text": text, "page": page})

    say("坂本委員長", "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として本市の債権管理について調査を行います。"
        "理事者から説明をお願いします。")
    page_break(doc)

    # ---------------- page 2 ----------------
    page = 2
    say("佐々木財政部長", "本日はお時間をいただきありがとうございます。本市では平成２９年度に債権管理条例を施行し、全庁的な債権管理の"
        "適正化に取り組んでまいりました。詳細は債権管理課長から資料により御説明いたします。")
    tot_o = 3_286_000_000
    tot_prev = 3_500_000_000
    t_city = next(r for r in rows if r["debt"] == "市税" and r["seg"] == "現年課税分")
    a_city = next(r for r in rows if r["debt"] == "市税" and r["seg"] == "滞納繰越分")
    c_city = next(r for r in rows if r["debt"] == "市税" and r["seg"] == "計")
    txt = (f"資料１を御覧ください。{FYR}決算における全会計の収入未済額は約３２億８，６００万円で、前年度の約３５億円から約２億１，４００万円"
           f"縮減いたしました。このうち市税の収入未済額は{zen(comma(c_city['o']))}千円で、収納率は現年課税分が{zen('%.2f' % t_city['r'])}％、"
           f"滞納繰越分が{zen('%.2f' % a_city['r'])}％となっております。滞納繰越分については、預貯金等の財産調査を早期に行い、"
           f"差押えを前倒しで実施したことにより前年度を上回る結果となりました。")
    say("中村財政部次長兼債権管理課長", txt)
    facts += [
        F(None, 2024, "令和６年度", "total", "outstanding", "actual", tot_o, "yen", "約３２億８，６００万円", page, approx=True),
        F(None, 2023, "前年度", "total", "outstanding", "actual", tot_prev, "yen", "約３５億円", page, approx=True),
        F("市税", 2024, "令和６年度", "total", "outstanding", "actual", c_city["o"] * 1000, "yen", zen(comma(c_city["o"])) + "千円", page),
        F("市税", 2024, "令和６年度", "current", "collection_rate", "actual", t_city["r"], "percent", zen(f"{t_city['r']:.2f}") + "％", page),
        F("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", a_city["r"], "percent", zen(f"{a_city['r']:.2f}") + "％", page),
    ]
    say("松橋委員", "国民健康保険税の滞納繰越分は、市税と比べて収納率がかなり低いように見受けられます。"
        "今年度の状況と、今後どのように取り組むのか伺います。")
    say("石橋国保年金課長", "国民健康保険税の１０月末の収納率は、現年課税分が４８．２％で前年同月の４７．６％を上回りましたが、"
        "滞納繰越分は１４．９％で前年同月の１５．３％を下回っております。被保険者の高齢化と所得の減少が背景にありますので、"
        "納付相談の際に分納計画を見直すとともに、財産調査の結果を踏まえた滞納処分を進めてまいります。")
    facts += [
        F("国民健康保険税", 2025, "１０月末", "current", "collection_rate", "interim", 48.2, "percent", "４８．２％", page, as_of="2025-10-31"),
        F("国民健康保険税", 2024, "前年同月", "current", "collection_rate", "interim", 47.6, "percent", "４７．６％", page, as_of="2024-10-31"),
        F("国民健康保険税", 2025, "１０月末", "arrears", "collection_rate", "interim", 14.9, "percent", "１４．９％", page, as_of="2025-10-31"),
        F("国民健康保険税", 2024, "前年同月", "arrears", "collection_rate", "interim", 15.3, "percent", "１５．３％", page, as_of="2024-10-31"),
    ]
    say("三浦委員", "市営住宅使用料について、退去した方の滞納が残っていると聞いております。連帯保証人への請求や法的措置は"
        "どの程度行っているのでしょうか。")
    h = next(r for r in rows if r["debt"] == "市営住宅使用料")
    say("種市建築・住宅課長", f"市営住宅使用料の{FYR}の収納率は{zen('%.2f' % h['r'])}％でございます。退去者の滞納については、"
        "連帯保証人への請求に加え、支払督促の申立てを昨年度は１４件行いました。今年度も長期滞納者を中心に法的措置を進めてまいります。")
    facts.append(F("市営住宅使用料", 2024, "令和６年度", "total", "collection_rate", "actual", h["r"], "percent",
                   zen(f"{h['r']:.2f}") + "％", page))
    page_break(doc)

    # ---------------- page 3 ----------------
    page = 3
    say("田名部委員", "債権の徴収を一元化する考えはあるのか。また、庁内の会議ではどのような議論が行われているのか伺います。")
    say("中村財政部次長兼債権管理課長", "現在、令和７年度第２回債権管理推進会議を来年１月に開催する予定で準備を進めており、"
        "その場で非強制徴収公債権と私債権の一部について債権管理課への移管を検討する予定です。移管の対象や時期については、"
        "会議の結果を踏まえ改めて本委員会に御報告いたします。")
    say("夏堀委員", "介護保険料の１０月末の収納率が前年同月をわずかに下回っています。年金からの特別徴収に切り替わるまでの間の"
        "普通徴収分について、どのような対応をしているのか伺います。")
    say("長根介護保険課長", "１０月末の現年分収納率は６６．１％で、前年同月の６６．４％を０．３ポイント下回っております。"
        "新たに６５歳になられた方の普通徴収分で口座振替の手続が遅れている例が多いため、納入通知書に口座振替の申込書を"
        "同封するとともに、未納の方には電話による納付案内を早期に行ってまいります。")
    facts += [
        F("介護保険料", 2025, "１０月末", "current", "collection_rate", "interim", 66.1, "percent", "６６．１％", page, as_of="2025-10-31"),
        F("介護保険料", 2024, "前年同月", "current", "collection_rate", "interim", 66.4, "percent", "６６．４％", page, as_of="2024-10-31"),
    ]
    say("坂本委員長", "ほかに御質疑はございませんか。――なければ、以上で所管事務調査を終了いたします。"
        "なお、資料の別表を本記録の末尾に添付いたします。以上で総務常任委員会を閉会いたします。")
    page_break(doc)

    # ---------------- page 4 : 別表 ----------------
    page = 4
    para(doc, "別表", 11, True)
    para(doc, "１　主な債権の収納状況（令和６年度決算）", 10.5, True)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(%)"]
    trs = [hdr]
    for r in rows:
        seg = r["seg"] or "－"
        trs.append([r["debt"] if r["seg"] in (None, "現年課税分") else "", seg, comma(r["a"]), comma(r["c"]),
                    comma(r["w"]) if r["w"] else "－", comma(r["o"]), f"{r['r']:.2f}"])
        sg = SEG[r["seg"]]
        for metric, key_ in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
            if metric == "written_off" and not r["w"]:
                continue
            facts.append(F(r["debt"], FY, None, sg, metric, "actual", r[key_] * 1000, "yen", comma(r[key_]), page))
        facts.append(F(r["debt"], FY, None, sg, "collection_rate", "actual", r["r"], "percent", f"{r['r']:.2f}", page))
    trs.append(["合計", "", comma(T["a"]), comma(T["c"]), comma(T["w"]), comma(T["o"]), f"{T['r']:.2f}"])
    for metric, key_ in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
        facts.append(F(None, FY, None, "total", metric, "actual", T[key_] * 1000, "yen", comma(T[key_]), page, debt_raw="合計"))
    facts.append(F(None, FY, None, "total", "collection_rate", "actual", T["r"], "percent", f"{T['r']:.2f}", page, debt_raw="合計"))
    table(doc, trs, [38, 22, 24, 24, 20, 22, 16], 8.5, align_right_from=2)
    para(doc, "※合計欄は、各債権の計（区分のない債権はその額）を合算したもの。", 8.5)
    para(doc, "")
    para(doc, "２　主な債権の収納率（１０月末現在）", 10.5, True)
    para(doc, "（単位：％、ポイント）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    trs = [["債権名", "区分", "令和７年１０月末", "令和６年１０月末", "増減"]]
    for d, sg, now, prev in OCT:
        diff = round(now - prev, 1)
        trs.append([d, sg, f"{now:.1f}", f"{prev:.1f}", ("△" if diff < 0 else "") + f"{abs(diff):.1f}"])
        facts.append(F(d, 2025, "令和７年１０月末", SEG[sg], "collection_rate", "interim", now, "percent", f"{now:.1f}", page, as_of="2025-10-31"))
        facts.append(F(d, 2024, "令和６年１０月末", SEG[sg], "collection_rate", "interim", prev, "percent", f"{prev:.1f}", page, as_of="2024-10-31"))
    table(doc, trs, [44, 26, 32, 32, 22], 9, align_right_from=2)

    docx_path = OUT / f"{STEM}.docx"
    doc.save(docx_path)
    pdf = soffice(docx_path)
    dst = PDF / f"{STEM}.pdf"
    shutil.copy(pdf, dst)

    attendees = [{"role": r, "title": None, "name": n} for r, n in members]
    attendees += [{"role": t, "title": t, "name": n} for t, n in officials]
    attendees.append({"role": "事務局職員", "title": "議事課主査", "name": "大久保　彩"})
    minutes = {"title": "八戸市議会 総務常任委員会記録", "meeting_number": None, "date": "2025-11-18", "method": None,
               "attendees": attendees, "agenda": agenda, "materials": materials, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-11-18", "date_raw": "令和７年１１月１８日"}
    write_gold(STEM, dst, document, facts, [], minutes)


if __name__ == "__main__":
    build()
