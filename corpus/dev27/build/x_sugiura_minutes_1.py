"""杉浦市議会 総務常任委員会記録 (council committee record on 債権管理), python-docx -> LibreOffice.

Modelled on council committee records such as 見附市議会総務文教委員会会議録 and 四日市市 総務常任委員会記録
(所管事務調査「債権管理について」): 招集日時/場所/出席委員/説明のため出席した者/会議に付した事件, then ○-speaker text.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz
from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from x_common import OUT, PDF, comma, fact, pct, to_pdf, write_gold, zen, _n  # noqa: E402

STEM = "x_sugiura_minutes_1"
CITY = "杉浦市"
TITLE = "杉浦市議会総務常任委員会記録"

# 令和6年度決算 (千円): debt -> segment -> (調定, 収入, 欠損)
R6 = {
    "市税": {"現年課税分": (28416532, 28166914, 0), "滞納繰越分": (1052318, 366207, 61442)},
    "国民健康保険税": {"現年課税分": (3284117, 3110452, 0), "滞納繰越分": (986405, 279116, 88210)},
    "介護保険料": {"計": (4102886, 4051203, 14310)},
    "保育所保育料": {"計": (402115, 396442, 1120)},
    "市営住宅使用料": {"計": (512330, 478115, 3046)},
}
SEG = {"現年課税分": "current", "滞納繰越分": "arrears", "計": "total"}


def seg_total(d):
    a = sum(v[0] for v in d.values()); c = sum(v[1] for v in d.values()); w = sum(v[2] for v in d.values())
    return a, c, w


def rate(t):
    return pct(t[1], t[0])


def r2(x):  # 99.12 -> "９９．１２％"
    return zen(f"{x:.2f}%")


shizei_cur = rate(R6["市税"]["現年課税分"]); shizei_arr = rate(R6["市税"]["滞納繰越分"])
shizei_tot = rate(seg_total(R6["市税"]))
kokuho_cur = rate(R6["国民健康保険税"]["現年課税分"]); kokuho_arr = rate(R6["国民健康保険税"]["滞納繰越分"])
hoiku = R6["保育所保育料"]["計"]; hoiku_out = hoiku[0] - hoiku[1] - hoiku[2]  # 千円
hoiku_man = round(hoiku_out / 10)  # 万円

ATT_MEMBERS = [("委員長", "田村　和也"), ("副委員長", "小野　美香"), ("委員", "石橋　誠"), ("委員", "中西　恵子"),
               ("委員", "竹内　亮"), ("委員", "原田　健二"), ("委員", "松尾　直人")]
ATT_STAFF = [("財政部長", "石井　孝之"), ("財政部次長兼債権管理課長", "森　浩一"), ("納税課長", "佐藤　学"),
             ("保険年金課長", "河合　里美"), ("子ども・若者部長", "村上　敦"), ("保育・幼稚園課長", "岡田　千春")]
ATT_OFFICE = [("議事調査課主査", "山口　亜紀")]
AGENDA = ["所管事務調査「債権管理の取組状況について」",
          "令和７年度第２回杉浦市債権管理推進会議の開催結果について"]
MATERIALS = ["資料１　令和７年度 債権管理の取組状況（令和７年９月末現在）",
             "資料２　令和７年度第２回杉浦市債権管理推進会議 会議概要"]

S1 = "債権管理の取組状況について"
S2 = "令和７年度第２回杉浦市債権管理推進会議の開催結果について"
# statements: (speaker, section, paragraphs, facts-in-text list of (ctx, factkwargs))
STATEMENTS = [
    ("田村委員長", S1, ["ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として、債権管理の取組状況について調査を行います。理事者から説明をお願いします。"], []),
    ("石井財政部長", S1, ["本日は、本市の債権管理の取組状況について、お手元の資料１により御説明申し上げます。詳細は債権管理課長から説明させていただきます。"], []),
    ("森債権管理課長", S1, [
        "それでは、資料１を御覧ください。令和６年度決算における市全体の収入未済額は約３８億２，４００万円となり、前年度と比べまして約１億９，０００万円の減少となりました。",
        f"主な債権のうち市税につきましては、現年課税分の収納率が{r2(shizei_cur)}、滞納繰越分が{r2(shizei_arr)}となり、市税全体では{r2(shizei_tot)}でございます。",
        "次に、本年度の状況でございますが、９月末現在の市税の収納率は、現年課税分で５５．６％となり、前年同月の５５．１％を０．５ポイント上回っております。引き続き、口座振替の勧奨とスマートフォン決済の周知に取り組んでまいります。"],
     [("約３８億２，４００万円", dict(debt=None, debt_raw=None, fy=2024, fy_raw="令和６年度", seg="total", metric="outstanding", basis="actual", value=3824000000, unit="yen", approx=True)),
      (r2(shizei_cur), dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="actual", value=shizei_cur, unit="percent")),
      (r2(shizei_arr), dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate", basis="actual", value=shizei_arr, unit="percent")),
      (r2(shizei_tot), dict(debt="市税", fy=2024, fy_raw="令和６年度", seg="total", metric="collection_rate", basis="actual", value=shizei_tot, unit="percent")),
      ("５５．６％", dict(debt="市税", fy=2025, fy_raw="９月末", seg="current", metric="collection_rate", basis="interim", as_of="2025-09-30", value=55.6, unit="percent")),
      ("５５．１％", dict(debt="市税", fy=2024, fy_raw="前年同月", seg="current", metric="collection_rate", basis="interim", as_of="2024-09-30", value=55.1, unit="percent"))]),
    ("中西委員", S1, ["国民健康保険税の収納率が市税に比べて低いように見受けられますが、令和６年度の状況と滞納世帯への対応についてお聞かせください。"], []),
    ("河合保険年金課長", S1, [
        f"国民健康保険税の令和６年度の収納率は、現年分が{r2(kokuho_cur)}、過年度分が{r2(kokuho_arr)}でございます。また、令和６年度末の滞納世帯数は２，１８４世帯となっております。",
        "滞納世帯に対しましては、納税課と連携して財産調査を早期に行い、納付資力がありながら納付のない世帯には差押えを含めた滞納処分を行っております。一方で、生活にお困りの世帯には福祉部門への案内を行っております。"],
     [(r2(kokuho_cur), dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="current", metric="collection_rate", basis="actual", value=kokuho_cur, unit="percent")),
      (r2(kokuho_arr), dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年度", seg="arrears", metric="collection_rate", basis="actual", value=kokuho_arr, unit="percent")),
      ("２，１８４世帯", dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年度末", seg="total", metric="delinquents", basis="actual", value=2184, unit="households"))]),
    ("中西委員", S1, ["滞納処分の件数は増えているのでしょうか。"], []),
    ("佐藤納税課長", S1, ["令和６年度の差押件数は、市税と国民健康保険税を合わせて１，０４２件で、前年度より８６件増加しております。預貯金の差押えが全体の約７割を占めております。"], []),
    ("原田委員", S1, ["保育所保育料の未納について、現状と今後の対応を伺います。"], []),
    ("村上子ども・若者部長", S1, [
        f"保育所保育料の令和６年度末の収入未済額は約{zen(str(hoiku_man))}万円でございます。児童手当からの特別徴収の活用を進めるとともに、退園された世帯についても文書と電話による催告を継続してまいります。"],
     [(f"約{zen(str(hoiku_man))}万円", dict(debt="保育所保育料", fy=2024, fy_raw="令和６年度末", seg="total", metric="outstanding", basis="actual", value=hoiku_man * 10000, unit="yen", approx=True))]),
    ("田村委員長", S2, ["次に、令和７年度第２回杉浦市債権管理推進会議の開催結果について、説明をお願いします。"], []),
    ("森債権管理課長", S2, ["資料２を御覧ください。令和７年度第２回債権管理推進会議は、令和７年１０月２８日付けで各委員に資料を送付する書面開催により実施いたしました。各債権の９月末の状況を共有し、徴収の引継ぎ基準の見直しについて了承を得ております。"], []),
    ("竹内委員", S2, ["回収の見込みのない債権の放棄について、推進会議ではどのような議論があったのですか。"], []),
    ("石井財政部長", S2, ["債権管理条例に基づく放棄につきましては、各課から報告のあった事案を推進会議で確認した上で、年度末に議会へ報告することとしております。安易な放棄とならないよう、財産調査の記録の確認を徹底してまいります。"], []),
    ("田村委員長", S2, ["ほかに御質疑はございませんか。――なければ、以上で本日の総務常任委員会を閉会いたします。"], []),
]


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        v = kw.get(edge)
        if v:
            el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(v)); el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tcPr.append(b)


def add_page_field(par):
    r = par.add_run("－ ")
    fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr)
    par._p.append(fld)
    par.add_run(" －")


def build():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]; hp.text = "杉浦市議会　総務常任委員会記録（令和７年１１月１８日）"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs: r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; add_page_field(fp)

    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("杉浦市議会総務常任委員会記録"); r.font.size = Pt(16); r.bold = True
    def line(t, indent=0):
        q = d.add_paragraph(t); q.paragraph_format.left_indent = Mm(indent); q.paragraph_format.space_after = Pt(2)
        return q
    line("〇開会日時　令和７年１１月１８日（火）　午前１０時００分開議")
    line("〇場　　所　第２委員会室")
    line("〇出席委員（７人）")
    line("　".join(f"{r_}　{n}" if r_ != "委員" else n for r_, n in ATT_MEMBERS[:2]), 8)
    line("委員　" + "　　".join(n for r_, n in ATT_MEMBERS[2:]), 8)
    line("〇説明のため出席した者")
    for t, n in ATT_STAFF:
        line(f"{t}　　{n}", 8)
    line("〇事務局職員出席者")
    for t, n in ATT_OFFICE:
        line(f"{t}　　{n}", 8)
    line("〇会議に付した事件")
    for i, a in enumerate(AGENDA, 1):
        line(f"{zen(str(i))}　{a}", 8)
    line("〇配付資料")
    for m in MATERIALS:
        line(m, 8)
    q = line("―――――――――――――――――――――――――――――――――――"); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    line("午前１０時００分　開議")
    for spk, sec_, paras, _ in STATEMENTS:
        for k, para in enumerate(paras):
            q = d.add_paragraph(); q.paragraph_format.first_line_indent = Mm(-4); q.paragraph_format.left_indent = Mm(4)
            q.paragraph_format.space_after = Pt(3)
            if k == 0:
                rr = q.add_run(f"○{spk}　"); rr.bold = True
            else:
                q.add_run("　")
            q.add_run(para)
    line("午前１１時４２分　散会")
    # 別表 on a new page
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph(); r = p.add_run("別表　主な債権の令和６年度決算の状況（資料１抜粋）"); r.bold = True
    p = d.add_paragraph("（単位：千円）"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rows = []
    for debt, segs in R6.items():
        items = list(segs.items())
        if len(items) > 1:
            items.append(("計", seg_total(segs)))
        for j, (sg, t) in enumerate(items):
            rows.append((debt, j, len(items), sg, t))
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（％）"]
    tb = d.add_table(rows=1 + len(rows), cols=len(hdr))
    for j, h in enumerate(hdr):
        tb.rows[0].cells[j].text = h
    merges = []
    for i, (debt, j, n, sg, t) in enumerate(rows, 1):
        a, c, w = t; o = a - c - w
        vals = [debt if j == 0 else "", sg, comma(a), comma(c), comma(w) if w else "－", comma(o), f"{pct(c, a):.2f}"]
        for k, v in enumerate(vals):
            tb.rows[i].cells[k].text = v
            if k >= 2:
                tb.rows[i].cells[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if j == 0 and n > 1:
            merges.append((i, i + n - 1))
    for i in range(len(rows) + 1):
        for k in range(len(hdr)):
            c = tb.rows[i].cells[k]
            last = i == len(rows)
            set_cell_border(c, top=8 if i <= 1 else 4, bottom=8 if (last or i == 0) else None)
            for pp in c.paragraphs:
                for rn in pp.runs: rn.font.size = Pt(9)
    for a_, b_ in merges:
        tb.cell(a_, 0).merge(tb.cell(b_, 0))
    line("※収納率は、収入済額÷調定額により算出し、小数点以下第３位を四捨五入しています。")
    line("※収入未済額＝調定額－収入済額－不納欠損額")
    d.save(OUT / f"{STEM}.docx")
    return rows


def main():
    rows = build()
    pdf = to_pdf(OUT / f"{STEM}.docx", PDF / f"{STEM}.pdf", "x_min")
    doc = fitz.open(pdf)
    pages = [_n(p.get_text()) for p in doc]

    def page_of(ctx):
        hits = [i + 1 for i, t in enumerate(pages) if _n(ctx) in t]
        if len(hits) != 1:
            raise SystemExit(f"context not unique/found: {ctx} {hits}")
        return hits[0]
    facts, stmts = [], []
    for spk, sec_, paras, fl in STATEMENTS:
        text = "\n".join(paras)
        head = paras[0][:25]
        pg = page_of(head)
        stmts.append({"speaker": spk, "section": sec_, "text": text, "page": pg})
        for raw, kw in fl:
            # page: where the sentence containing raw is printed
            para = next(p for p in paras if raw in p)
            i = para.index(raw)
            ctx = para[max(0, i - 12): i + len(raw)]
            kw = dict(kw); debt = kw.pop("debt"); dr = kw.pop("debt_raw", "same")
            facts.append(fact(debt, kw.pop("fy"), kw.pop("fy_raw"), kw.pop("seg"), kw.pop("metric"), kw.pop("basis"),
                              kw.pop("value"), kw.pop("unit"), raw, page_of(ctx), debt_raw=dr, **kw))
    tpage = page_of("別表主な債権の令和６年度決算の状況")
    for debt, j, n, sg, t in rows:
        a, c, w = t; o = a - c - w; s = SEG[sg]
        for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            if metric == "written_off" and not w:
                continue
            facts.append(fact(debt, 2024, "令和６年度", s, metric, "actual", v * 1000, "yen", comma(v), tpage))
        facts.append(fact(debt, 2024, "令和６年度", s, "collection_rate", "actual", pct(c, a), "percent", f"{pct(c, a):.2f}", tpage))
    att = [{"role": r_, "title": None, "name": n.replace("　", "")} for r_, n in ATT_MEMBERS]
    att += [{"role": t, "title": t, "name": n.replace("　", "")} for t, n in ATT_STAFF + ATT_OFFICE]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-11-18", "method": None,
               "attendees": att, "agenda": AGENDA, "materials": MATERIALS, "statements": stmts}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-11-18",
                "date_raw": "令和７年１１月１８日"}
    write_gold(pdf, document, facts, [], minutes)


if __name__ == "__main__":
    main()
