"""音更町-style council committee record (総務文教常任委員会記録) on 債権管理, python-docx -> LibreOffice.

Modelled on Hokkaido town council records (音更町・芽室町・清水町): a header block of 〇-items (開会, 場所, 出席委員,
説明のため出席した者, 事務局職員, 付議事件, 配付資料), speaker lines 「○委員長（平山　隆君）」 / 「○税務課長（吉田　聡君）」
followed by the speech, ◎-headings per 付議事件, and a 別表 of figures at the end (debt label cells merged over
three segment rows). Figures are invented; the prose figures are derived from the 別表 data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from j_common import OUT, PDF_DIR, fact, squash, to_pdf, write_gold  # noqa: E402

STEM = "j_otofuke_minutes_1"
CITY = "音更町"
TITLE = "総務文教常任委員会記録"
DATE, DATE_RAW = "2025-11-18", "令和７年11月18日"
FY = 2024            # 令和６年度決算

# 別表 data (千円): debt -> segment -> (assessed, collected, written_off)
TABLE = {
    "町税": {"現年課税分": (4_812_350, 4_774_335, 310), "滞納繰越分": (186_420, 53_392, 12_230)},
    "国民健康保険税": {"現年課税分": (1_118_640, 1_062_930, 0), "滞納繰越分": (171_880, 38_622, 9_115)},
    "介護保険料": {"現年度分": (962_415, 956_448, 0), "滞納繰越分": (21_390, 4_132, 2_006)},
    "保育所保育料": {"現年度分": (118_760, 117_120, 0), "過年度分": (7_940, 1_207, 388)},
    "町営住宅使用料": {"現年度分": (214_880, 210_215, 0), "過年度分": (24_105, 3_020, 1_415)},
}
PREV_SHIZEI_TOTAL = 96.40      # 町税 合計収納率 令和5年度 (for the ポイント sentence, printed)
OCT_NOW, OCT_PREV = 58.4, 57.9
ALL_OUTSTANDING_APPROX = 542_000_000   # 約５億4,200万円 (all debts)


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


def rows_for(debt):
    segs = TABLE[debt]
    out = []
    tot = [0, 0, 0]
    for name, (a, c, w) in segs.items():
        out.append((name, a, c, w, a - c - w, rate(c, a)))
        tot = [tot[0] + a, tot[1] + c, tot[2] + w]
    a, c, w = tot
    out.append(("計", a, c, w, a - c - w, rate(c, a)))
    return out


def seg_code(name):
    return {"現年課税分": "current", "現年度分": "current", "滞納繰越分": "arrears", "過年度分": "arrears",
            "計": "total"}[name]


def man(v_thousand):
    """千円 -> 'x億y万円' style truncated to 万円 (for 余 phrases)."""
    man_ = v_thousand // 10
    o, m = divmod(man_, 10_000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


def zen(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


MEMBERS = [("委員長", "平山　隆"), ("副委員長", "大野　恵子"), ("委員", "佐々木　修"), ("委員", "工藤　真由美"),
           ("委員", "菊地　信也"), ("委員", "石田　健一")]
STAFF = [("副町長", "山口　和彦"), ("総務部長", "中村　浩二"), ("税務課長", "吉田　聡"), ("保健福祉部長", "高橋　明美"),
         ("国保・医療課長", "斎藤　亮"), ("子ども・子育て支援課長", "坂本　直樹"), ("建設部長", "林　正人"),
         ("建築住宅課長", "小川　翔太")]
CLERKS = [("議会事務局長", "藤田　実"), ("書記", "岡本　彩")]
AGENDA = ["所管事務調査　町の債権管理の状況について",
          "令和７年度第２回音更町債権管理委員会の審議結果について（報告）"]
MATERIALS = ["資料１　町債権の収納状況（令和６年度決算）",
             "資料２　令和７年度第２回音更町債権管理委員会審議結果概要"]


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = tcPr.first_child_found_in("w:tcBorders")
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcPr.append(borders)
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), kw.get(edge, "single"))
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)


def add_page_field(par):
    for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        run = par.add_run()
        if t:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), t)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def build():
    facts, statements = [], []
    ctx_facts = []     # (ctx, fact) for prose facts: page found after conversion

    sz = rows_for("町税")
    kk = rows_for("国民健康保険税")
    kg = rows_for("介護保険料")
    ho = rows_for("保育所保育料")
    sz_tot_out = sz[2][4]
    sz_tot_wo = sz[2][3]
    diff_pt = round(sz[2][5] - PREV_SHIZEI_TOTAL, 2)

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = 1.25
    hp = sec.header.paragraphs[0]
    hp.text = "音更町議会　総務文教常任委員会"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    add_page_field(fp)
    fp.add_run(" －")

    def para(text="", bold=False, align=None, indent=0, size=None, first=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.left_indent = Pt(indent)
        if first is not None:
            p.paragraph_format.first_line_indent = Pt(first)
        return p

    para(TITLE, bold=True, align="c", size=16)
    para("（令和７年度第２回音更町債権管理委員会の審議結果報告を含む）", align="c", size=9.5)
    para()
    para("令和７年11月18日（火曜日）", align="c")
    para()
    para("〇開　会　　午前10時00分")
    para("〇閉　会　　午前11時42分")
    para("〇場　所　　第１委員会室")
    para(f"〇出席委員（{zen(str(len(MEMBERS)))}名）")
    for i in range(0, len(MEMBERS), 2):
        para("　".join(f"{t}　{n}君" for t, n in MEMBERS[i:i + 2]), indent=21)
    para("〇欠席委員（なし）")
    para("〇説明のため出席した者")
    for i in range(0, len(STAFF), 2):
        para("　　".join(f"{t}　{n}君" for t, n in STAFF[i:i + 2]), indent=21)
    para("〇職務のため出席した議会事務局職員")
    para("　　".join(f"{t}　{n}君" for t, n in CLERKS), indent=21)
    para("〇付議事件")
    for i, a in enumerate(AGENDA, 1):
        para(f"{zen(str(i))}　{a}", indent=21)
    para("〇配付資料")
    for m in MATERIALS:
        para(m, indent=21)
    para()
    para("――――――――――――――――――――――――――――――――――", align="c")

    def say(speaker_printed, text, section, facts_here=()):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(0)
        r = p.add_run(f"○{speaker_printed}　")
        r.bold = True
        p.add_run(text)
        p.paragraph_format.space_after = Pt(4)
        statements.append({"speaker": speaker_printed, "section": section, "text": text, "page": None})
        for ctx, f in facts_here:
            assert ctx in text, ctx
            ctx_facts.append((ctx, f))

    def heading(text):
        para()
        para(f"◎{text}", bold=True)

    S1, S2 = AGENDA
    heading(S1)
    say("委員長（平山　隆君）",
        "ただいまから総務文教常任委員会を開会いたします。本日は、所管事務調査として町の債権管理の状況について"
        "調査を行います。理事者から説明を求めます。中村総務部長。", S1)
    out_all_txt = "約５億4,200万円"
    say("総務部長（中村　浩二君）",
        f"お手元の資料１をご覧ください。令和６年度決算における町の債権全体の収入未済額は{out_all_txt}となり、"
        "前年度と比べ約2,900万円の減少となりました。債権の種類別では、町税、国民健康保険税の順に多く、"
        "この二つで全体の約６割を占めております。詳細につきましては、担当課長から説明いたします。", S1,
        [(out_all_txt, fact(None, FY, "令和６年度決算", "total", "outstanding", "actual", ALL_OUTSTANDING_APPROX,
                            "yen", out_all_txt, 0, approx=True, debt_raw=None))])
    sz_cur, sz_arr, sz_tot = sz[0][5], sz[1][5], sz[2][5]
    t_cur, t_arr, t_tot = f"{sz_cur:.2f}％", f"{sz_arr:.2f}％", f"{sz_tot:.2f}％"
    t_out = f"{zen(man(sz_tot_out)[0])}{man(sz_tot_out)[1:]}余り"
    t_out_raw = man(sz_tot_out)
    oct_now, oct_prev = f"{OCT_NOW}％", f"{OCT_PREV}％"
    say("税務課長（吉田　聡君）",
        f"町税についてご説明いたします。令和６年度の収納率は、現年課税分が{t_cur}、滞納繰越分が{t_arr}で、"
        f"全体では{t_tot}となり、前年度比較で{abs(diff_pt):.2f}ポイントの{'増' if diff_pt > 0 else '減'}となりました。"
        f"収入未済額は{t_out}で、前年度から縮減しております。"
        f"また、本年度の状況でございますが、10月末現在の現年課税分の収納率は{oct_now}で、前年同期の{oct_prev}を"
        "0.5ポイント上回っております。引き続き、納期限後の早期催告と財産調査の徹底により、滞納の累積を防いでまいります。",
        S1,
        [(t_cur, fact("町税", FY, "令和６年度", "current", "collection_rate", "actual", sz_cur, "percent", t_cur, 0)),
         (t_arr, fact("町税", FY, "令和６年度", "arrears", "collection_rate", "actual", sz_arr, "percent", t_arr, 0)),
         (t_tot, fact("町税", FY, "令和６年度", "total", "collection_rate", "actual", sz_tot, "percent", t_tot, 0)),
         (t_out, fact("町税", FY, "令和６年度", "total", "outstanding", "actual", (sz_tot_out // 10) * 10_000, "yen",
                      t_out, 0, approx=True)),
         (oct_now, fact("町税", 2025, "10月末現在", "current", "collection_rate", "interim", OCT_NOW, "percent", oct_now,
                        0, as_of="2025-10-31")),
         (oct_prev, fact("町税", 2024, "前年同期", "current", "collection_rate", "interim", OCT_PREV, "percent",
                         oct_prev, 0, as_of="2024-10-31"))])
    k_cur, k_arr, k_tot = f"{kk[0][5]:.2f}％", f"{kk[1][5]:.2f}％", f"{kk[2][5]:.2f}％"
    k_out = f"約{man(round(kk[2][4], -2))}"
    g_cur = f"{kg[0][5]:.2f}％"
    say("保健福祉部長（高橋　明美君）",
        f"国民健康保険税についてご説明いたします。令和６年度の徴収率は、現年課税分{k_cur}、滞納繰越分{k_arr}、"
        f"合計{k_tot}でございます。収入未済額は{k_out}で、被保険者数の減少に伴い調定額も減少しております。"
        f"なお、介護保険料の現年度分の収納率は{g_cur}で、ほぼ例年並みとなっております。", S1,
        [(k_cur, fact("国民健康保険税", FY, "令和６年度", "current", "collection_rate", "actual", kk[0][5], "percent", k_cur, 0)),
         (k_arr, fact("国民健康保険税", FY, "令和６年度", "arrears", "collection_rate", "actual", kk[1][5], "percent", k_arr, 0)),
         (k_tot, fact("国民健康保険税", FY, "令和６年度", "total", "collection_rate", "actual", kk[2][5], "percent", k_tot, 0)),
         (k_out, fact("国民健康保険税", FY, "令和６年度", "total", "outstanding", "actual", round(kk[2][4], -2) * 1000,
                      "yen", k_out, 0, approx=True)),
         (g_cur, fact("介護保険料", FY, "令和６年度", "current", "collection_rate", "actual", kg[0][5], "percent", g_cur, 0))])
    say("委員長（平山　隆君）", "説明が終わりました。これより質疑を行います。質疑はありませんか。佐々木委員。", S1)
    say("委員（佐々木　修君）",
        "町税の滞納繰越分の収納率は改善しているものの、依然として低い水準にあると思います。滞納繰越分への対応と、"
        "不納欠損の状況について伺います。", S1)
    wo = f"{man(sz_tot_wo)}余り"
    say("税務課長（吉田　聡君）",
        "滞納繰越分につきましては、高額・長期の滞納案件を担当者ごとに割り当て、預貯金や給与の差押えを進めております。"
        f"令和６年度の不納欠損額は{wo}で、その多くは、財産調査の結果、滞納処分をすることができる財産がないと判断し、"
        "執行停止を経て納付義務が消滅したものでございます。", S1,
        [(wo, fact("町税", FY, "令和６年度", "total", "written_off", "actual", (sz_tot_wo // 10) * 10_000, "yen", wo, 0,
                   approx=True))])
    say("委員長（平山　隆君）", "工藤委員。", S1)
    say("委員（工藤　真由美君）", "保育所保育料の過年度分について、収納率の状況と今後の対応を伺います。", S1)
    h_arr = f"{ho[1][5]:.2f}％"
    say("子ども・子育て支援課長（坂本　直樹君）",
        f"保育所保育料の過年度分の収納率は、令和６年度で{h_arr}となっております。卒園により接触の機会が減ることが"
        "課題となっておりますので、在園中に未納が生じた世帯には、児童手当からの徴収を案内し、卒園前の完納に努めております。",
        S1,
        [(h_arr, fact("保育所保育料", FY, "令和６年度", "arrears", "collection_rate", "actual", ho[1][5], "percent",
                      h_arr, 0))])
    say("委員長（平山　隆君）",
        "ほかに質疑はありませんか。（「なし」と呼ぶ者あり）なければ、以上で本件の調査を終わります。", S1)
    heading(S2)
    say("委員長（平山　隆君）", "次に、令和７年度第２回音更町債権管理委員会の審議結果について報告を求めます。山口副町長。", S2)
    say("副町長（山口　和彦君）",
        "資料２をご覧ください。去る10月21日に令和７年度第２回音更町債権管理委員会を開催し、町営住宅使用料など３件の"
        "債権について、債権管理条例に基づく放棄の適否を審議いたしました。いずれも債務者の所在が不明、又は死亡後に相続人が"
        "全員放棄しており、回収の見込みがないと判断したものでございます。", S2)
    say("委員（菊地　信也君）", "債権放棄の判断に当たっては、どのような基準で審査しているのか伺います。", S2)
    say("総務部長（中村　浩二君）",
        "債権管理条例及び債権管理マニュアルに定める基準に基づき、所管課が行った調査の記録を委員会で一件ずつ確認しております。"
        "放棄した債権につきましては、次の議会に報告いたします。", S2)
    say("委員長（平山　隆君）", "以上で報告を終わります。本日の日程は全て終了いたしました。これをもって委員会を閉会いたします。", S2)

    # ---------------- 別表 on a new page ----------------
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para("別表　主な債権の収納状況（令和６年度決算）", bold=True)
    q = para("（単位：千円、％）")
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tbl = doc.add_table(rows=1, cols=7)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    for c, h in zip(tbl.rows[0].cells, hdr):
        c.text = h
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    table_facts = []
    for debt in TABLE:
        rws = rows_for(debt)
        start = len(tbl.rows)
        for name, a, c_, w, o, rt in rws:
            cells = tbl.add_row().cells
            cells[1].text = name
            for j, v in enumerate((a, c_, w, o)):
                cells[2 + j].text = f"{v:,}"
                cells[2 + j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            cells[6].text = f"{rt:.2f}"
            cells[6].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            sc = seg_code(name)
            for metric, v in (("assessed", a), ("collected", c_), ("written_off", w), ("outstanding", o)):
                table_facts.append(fact(debt, FY, "令和６年度決算", sc, metric, "actual", v * 1000, "yen", f"{v:,}", 0))
            table_facts.append(fact(debt, FY, "令和６年度決算", sc, "collection_rate", "actual", rt, "percent",
                                    f"{rt:.2f}", 0))
        m = tbl.cell(start, 0).merge(tbl.cell(len(tbl.rows) - 1, 0))
        m.text = debt
    for row in tbl.rows:
        for c in row.cells:
            set_cell_border(c)
            for pp in c.paragraphs:
                for r in pp.runs:
                    r.font.size = Pt(9)
    para("※収納率は、収入済額÷調定額により算出し、小数点以下第３位を四捨五入している。", size=8.5)
    para("※収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額である。", size=8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    docx_path = OUT / f"{STEM}.docx"
    doc.save(docx_path)
    pdf = to_pdf(docx_path, PDF_DIR / f"{STEM}.pdf", "j_otofuke")

    # ---------------- pages ----------------
    with pymupdf.open(pdf) as d:
        texts = [squash(pg.get_text()) for pg in d]
    last = len(texts)
    for f in table_facts:
        f["page"] = last
    for s in statements:
        head = squash(s["text"])[:25]
        s["page"] = next(i + 1 for i, t in enumerate(texts) if head in t)
    for ctx, f in ctx_facts:
        # the page of the statement sentence that carries the figure
        hits = [i + 1 for i, t in enumerate(texts[:-1]) if squash(ctx) in t]
        assert len(hits) >= 1, ctx
        f["page"] = hits[0]
        facts.append(f)
    facts.extend(table_facts)

    attendees = ([{"role": t, "title": None, "name": n.replace("　", " ")} for t, n in MEMBERS]
                 + [{"role": "説明員", "title": t, "name": n.replace("　", " ")} for t, n in STAFF]
                 + [{"role": "事務局", "title": t, "name": n.replace("　", " ")} for t, n in CLERKS])
    minutes = {"title": TITLE, "meeting_number": None, "date": DATE, "method": None, "attendees": attendees,
               "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": DATE, "date_raw": DATE_RAW}
    write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
