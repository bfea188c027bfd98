"""萩市議会 総務委員会記録 (閉会中の所管事務調査: 市税等の収納状況・債権管理計画) → minutes.

Tool chain: python-docx → LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/frozen33:  python3 build/fj_hagi_minutes.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402,F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from fj_common import PDF_DIR, WORK, Doc, soffice_pdf, zen  # noqa: E402

STEM = "fj_hagi_minutes_1"
CITY = "萩市"
d = Doc(STEM, seed=3301)

# ---------------------------------------------------------------- data model (yen, percent)
FY = 2024            # 令和6年度決算
TAX = dict(cur=99.21, arr=28.64, tot=97.58, tot_prev=97.23, out=324_000_000, out_diff=-28_000_000,
           wo=19_000_000, out_r1=510_000_000, oct=62.4, oct_prev=61.6, est=97.7,
           tgt_tot=98.0, tgt_out=280_000_000)
KOKUHO = dict(cur=95.62, arr=24.10, out=215_000_000, hh=812, hh_diff=-47, tgt_cur=96.0)
KOUKI = dict(cur=99.68)
JUTAKU = dict(cur=97.8, out=41_500_000, persons=63)
HOIKU = dict(cur=99.1, arr=18.5, out=6_200_000)


def man(v: int) -> str:
    oku, rest = divmod(abs(v), 10**8)
    m = rest // 10**4
    if oku and m:
        s = f"{oku}億{m:,}万円"
    elif oku:
        s = f"{oku}億円"
    else:
        s = f"{m:,}万円"
    return zen(s)


def P(x: float, places: int = 2) -> str:
    return zen(f"{x:.{places}f}％")


# ---------------------------------------------------------------- attendees
MEMBERS = [("委員長", "松浦 健二"), ("副委員長", "岡田 由美子"), ("委員", "宮内 誠"), ("委員", "西村 和也"),
           ("委員", "中原 隆"), ("委員", "藤井 早苗"), ("委員", "大谷 修一")]
EXEC = [("総務部長", "河村 浩之"), ("税務課長", "山根 敏行"), ("税務課収納対策監", "田村 慎吾"),
        ("市民生活部長", "吉岡 文子"), ("保険年金課長", "林 正和"), ("子ども・子育て支援課長", "石川 恵"),
        ("建築課長", "原田 聡")]
STAFF = [("議事調査課長", "安藤 美穂"), ("議事調査係長", "末永 亮")]
AGENDA = ["市税等の収納状況及び債権管理の取組について", "萩市債権管理計画（第２期）の中間見直しについて"]
MATERIALS = ["資料１ 令和６年度決算 市税等の収納状況", "資料２ 萩市債権管理計画（第２期）中間見直し（案）"]

statements: list[dict] = []
pages: list[list[tuple[str, str]]] = []   # per page: (speaker, text)


def say(speaker: str, text: str, section: str):
    statements.append({"speaker": speaker, "section": section, "text": text, "page": d.page})
    pages[-1].append((speaker, text))


S1, S2 = AGENDA
# ---------------------------------------------------------------- page 2
d.page = 2
pages.append([])
say("松浦委員長", "ただいまから総務委員会を開会いたします。本日は、閉会中の所管事務調査として、市税等の収納状況及び"
    "債権管理の取組について、並びに萩市債権管理計画（第２期）の中間見直しについて調査を行います。"
    "執行部から説明を求めます。", S1)
say("河村総務部長", "本日はお時間をいただき、ありがとうございます。令和６年度の決算がまとまりましたので、市税をはじめ"
    "主な債権の収納状況と、現在取り組んでおります収納対策について御報告いたします。詳細は税務課長から説明いたします。", S1)
tax_txt = (
    "資料１により御説明いたします。令和６年度の市税の収納率は、現年課税分が"
    + d.fact(P(TAX["cur"]), TAX["cur"], metric="collection_rate", unit="percent", fy=FY, fy_raw="令和６年度",
             debt="市税", debt_raw="市税", segment="current")
    + "、滞納繰越分が"
    + d.fact(P(TAX["arr"]), TAX["arr"], metric="collection_rate", unit="percent", fy=FY, fy_raw="令和６年度",
             debt="市税", debt_raw="市税", segment="arrears")
    + "で、合計では"
    + d.fact(P(TAX["tot"]), TAX["tot"], metric="collection_rate", unit="percent", fy=FY, fy_raw="令和６年度",
             debt="市税", debt_raw="市税", segment="total")
    + "となり、前年度の"
    + d.fact(P(TAX["tot_prev"]), TAX["tot_prev"], metric="collection_rate", unit="percent", fy=FY - 1,
             fy_raw="前年度", debt="市税", debt_raw="市税", segment="total")
    + "と比べて"
    + d.fact(zen("0.35") + "ポイント", 0.35, metric="difference", unit="points", fy=FY, fy_raw="前年度",
             debt="市税", debt_raw="市税", segment="total")
    + "上昇いたしました。収入未済額は"
    + d.fact("約" + man(TAX["out"]), TAX["out"], metric="outstanding", unit="yen", fy=FY, fy_raw="令和６年度",
             debt="市税", debt_raw="市税", approx=True)
    + "で、前年度から"
    + d.fact("約" + man(TAX["out_diff"]), TAX["out_diff"], metric="difference", unit="yen", fy=FY,
             fy_raw="前年度", debt="市税", debt_raw="市税", approx=True)
    + "減少しております。不納欠損額は"
    + d.fact("約" + man(TAX["wo"]), TAX["wo"], metric="written_off", unit="yen", fy=FY, fy_raw="令和６年度",
             debt="市税", debt_raw="市税", approx=True)
    + "で、執行停止後３年を経過したものや、相続人不存在の案件が主なものです。"
    "令和元年度には"
    + d.fact("約" + man(TAX["out_r1"]), TAX["out_r1"], metric="outstanding", unit="yen", fy=2019,
             fy_raw="令和元年度", debt="市税", debt_raw="市税", approx=True)
    + "ありました収入未済額は、滞納整理の早期着手と財産調査の徹底により、着実に縮減してきております。"
)
say("山根税務課長", tax_txt, S1)
kk = (
    "続きまして、国民健康保険税について御説明いたします。令和６年度の現年課税分の収納率は"
    + d.fact(P(KOKUHO["cur"]), KOKUHO["cur"], metric="collection_rate", unit="percent", fy=FY,
             fy_raw="令和６年度", debt="国民健康保険料", debt_raw="国民健康保険税", segment="current")
    + "、滞納繰越分は"
    + d.fact(P(KOKUHO["arr"]), KOKUHO["arr"], metric="collection_rate", unit="percent", fy=FY,
             fy_raw="令和６年度", debt="国民健康保険料", debt_raw="国民健康保険税", segment="arrears")
    + "で、収入未済額は"
    + d.fact("約" + man(KOKUHO["out"]), KOKUHO["out"], metric="outstanding", unit="yen", fy=FY,
             fy_raw="令和６年度", debt="国民健康保険料", debt_raw="国民健康保険税", approx=True)
    + "となっております。また、後期高齢者医療保険料の現年分の収納率は"
    + d.fact(P(KOUKI["cur"]), KOUKI["cur"], metric="collection_rate", unit="percent", fy=FY,
             fy_raw="令和６年度", debt="後期高齢者医療保険料", debt_raw="後期高齢者医療保険料", segment="current")
    + "で、ほぼ前年度並みで推移しております。"
)
say("林保険年金課長", kk, S1)
say("岡田副委員長", "納付方法の拡大について伺います。スマートフォン決済などの利用状況はいかがでしょうか。", S1)
say("山根税務課長", "令和６年度からスマートフォン決済アプリによる納付を開始しておりまして、市税全体で約１万２千件の"
    "御利用がございました。口座振替の勧奨と併せ、納期内納付の促進につなげてまいります。また、納税通知書に"
    "地方税統一ＱＲコードを印字し、金融機関の窓口に行かなくても納付できる環境を整えております。", S1)
d.page = 3
pages.append([])
say("宮内委員", "国保税の収入未済額が依然として大きいように思います。滞納している世帯の数と、差押えなどの滞納処分の"
    "実施状況について伺います。", S1)
say("林保険年金課長",
    "令和６年度末の国保税の滞納世帯数は"
    + d.fact(zen("812") + "世帯", KOKUHO["hh"], metric="delinquents", unit="households", fy=FY,
             fy_raw="令和６年度", debt="国民健康保険料", debt_raw="国保税")
    + "で、前年度末から"
    + d.fact(zen("47") + "世帯", KOKUHO["hh_diff"], metric="difference", unit="households", fy=FY,
             fy_raw="前年度", debt="国民健康保険料", debt_raw="国保税")
    + "減少しております。差押件数は" + zen("214") + "件で、預貯金と給与の差押えが大半を占めております。"
    "分納の約束を守られない方には、早い段階で財産調査を行い、滞納処分に移行するよう努めております。", S1)
say("西村委員", "税以外の債権についても伺います。市営住宅使用料と保育料の状況はいかがでしょうか。", S1)
say("原田建築課長",
    "市営住宅使用料の令和６年度の現年度分収納率は"
    + d.fact(zen("97.8") + "％", JUTAKU["cur"], metric="collection_rate", unit="percent", fy=FY,
             fy_raw="令和６年度", debt="市営住宅使用料", debt_raw="市営住宅使用料", segment="current")
    + "、収入未済額は"
    + d.fact("約" + man(JUTAKU["out"]), JUTAKU["out"], metric="outstanding", unit="yen", fy=FY,
             fy_raw="令和６年度", debt="市営住宅使用料", debt_raw="市営住宅使用料", approx=True)
    + "でございます。滞納者数は"
    + d.fact(zen("63") + "人", JUTAKU["persons"], metric="delinquents", unit="persons", fy=FY,
             fy_raw="令和６年度", debt="市営住宅使用料", debt_raw="市営住宅使用料")
    + "で、このうち退去者の分が約３割を占めております。長期の滞納者については、連帯保証人への請求と併せ、"
    "明渡し請求訴訟も視野に入れて対応しております。", S1)
say("石川子ども・子育て支援課長",
    "保育料につきましては、現年度分の収納率が"
    + d.fact(zen("99.1") + "％", HOIKU["cur"], metric="collection_rate", unit="percent", fy=FY,
             fy_raw="令和６年度", debt="保育料", debt_raw="保育料", segment="current")
    + "、過年度分が"
    + d.fact(zen("18.5") + "％", HOIKU["arr"], metric="collection_rate", unit="percent", fy=FY,
             fy_raw="令和６年度", debt="保育料", debt_raw="保育料", segment="arrears")
    + "で、収入未済額は"
    + d.fact("約" + man(HOIKU["out"]), HOIKU["out"], metric="outstanding", unit="yen", fy=FY,
             fy_raw="令和６年度", debt="保育料", debt_raw="保育料", approx=True)
    + "です。無償化以降、新たな滞納の発生は少なくなっておりますが、卒園された世帯の過年度分の回収が課題となっております。", S1)
say("西村委員", "市営住宅の明渡し請求訴訟は、これまでどの程度行っているのでしょうか。", S1)
say("原田建築課長", "過去５年間で９件の訴えを提起しており、このうち７件は和解又は判決により、退去と分割納付の合意に"
    "至っております。訴訟に至る前の段階で、連帯保証人を交えた納付相談を重ねることを基本としております。", S1)
SECTION2_AT = len(pages[-1])
say("藤井委員", "資料２の計画の中間見直しについて伺います。最終年度の目標はどのように設定されているのでしょうか。", S2)
say("山根税務課長",
    "第２期計画の最終年度である令和９年度の目標は、市税の合計収納率を"
    + d.fact(zen("98.0") + "％", TAX["tgt_tot"], metric="collection_rate", unit="percent", fy=2027,
             fy_raw="令和９年度", debt="市税", debt_raw="市税", basis="target")
    + "とし、収入未済額を"
    + d.fact(man(TAX["tgt_out"]), TAX["tgt_out"], metric="outstanding", unit="yen", fy=2027,
             fy_raw="令和９年度", debt="市税", debt_raw="市税", basis="target")
    + "以下とするものでございます。国保税につきましては、現年課税分の収納率"
    + d.fact(zen("96.0") + "％", KOKUHO["tgt_cur"], metric="collection_rate", unit="percent", fy=2027,
             fy_raw="令和９年度", debt="国民健康保険料", debt_raw="国保税", segment="current", basis="target")
    + "を目標としております。中間見直しでは、これまでの実績を踏まえ、一部の債権の目標値を上方修正しております。", S2)
d.page = 4
pages.append([])
say("大谷委員", "今年度の途中経過はいかがでしょうか。目標の達成は見込めるのか伺います。", S2)
say("田村税務課収納対策監",
    "令和７年１０月末現在の市税の現年課税分の収納率は"
    + d.fact(zen("62.4") + "％", TAX["oct"], metric="collection_rate", unit="percent", fy=2025,
             fy_raw="令和７年１０月末", debt="市税", debt_raw="市税", segment="current", basis="interim",
             as_of="2025-10-31")
    + "で、前年同月の"
    + d.fact(zen("61.6") + "％", TAX["oct_prev"], metric="collection_rate", unit="percent", fy=2024,
             fy_raw="前年同月", debt="市税", debt_raw="市税", segment="current", basis="interim",
             as_of="2024-10-31")
    + "を"
    + d.fact(zen("0.8") + "ポイント", 0.8, metric="difference", unit="points", fy=2025, fy_raw="前年同月",
             debt="市税", debt_raw="市税", segment="current", basis="interim", as_of="2025-10-31")
    + "上回っております。このまま推移いたしますと、令和７年度の合計収納率は"
    + d.fact(zen("97.7") + "％程度", TAX["est"], metric="collection_rate", unit="percent", fy=2025,
             fy_raw="令和７年度", debt="市税", debt_raw="市税", basis="estimate", approx=True)
    + "となる見込みでございます。年末にかけて夜間・休日の納付相談窓口を開設し、一層の収納確保に努めてまいります。", S2)
say("藤井委員", "国保税についても、今年度の見込みを伺います。", S2)
say("林保険年金課長",
    "令和７年度の国保税の現年課税分の収納率は、"
    + d.fact(zen("95.8") + "％程度", 95.8, metric="collection_rate", unit="percent", fy=2025,
             fy_raw="令和７年度", debt="国民健康保険料", debt_raw="国保税", segment="current", basis="estimate",
             approx=True)
    + "を見込んでおります。被保険者の減少により調定額は減っておりますが、新たな滞納を生まないよう、"
    "納期限後の早期の電話催告に重点を置いて取り組んでまいります。", S2)
say("中原委員", "債権ごとに所管課が分かれているため、同じ方が複数の債権を滞納しているケースへの対応が難しいと聞いて"
    "おります。徴収の一元化について、執行部の考えを伺います。", S2)
say("河村総務部長", "御指摘のとおり、複数の債権を滞納している方への対応は課題と認識しております。現在、強制徴収公債権に"
    "ついては税務課への移管を試行しており、その効果を検証した上で、一元化の範囲を検討してまいります。"
    "あわせて、各課の職員を対象とした債権管理研修を継続して実施いたします。", S2)
say("松浦委員長", "ほかに御質疑はありませんか。――ないようですので、以上で所管事務調査を終わります。"
    "執行部におかれましては、本日の委員の意見を踏まえ、計画の着実な推進をお願いいたします。"
    "これをもちまして総務委員会を閉会いたします。", S2)

# ---------------------------------------------------------------- document
MINUTES = {
    "title": "令和７年度第２回萩市議会総務委員会記録",
    "meeting_number": 2,
    "date": "2025-11-18",
    "method": None,
    "attendees": ([{"role": r, "title": None, "name": n} for r, n in MEMBERS]
                  + [{"role": r, "title": None, "name": n} for r, n in EXEC]
                  + [{"role": r, "title": None, "name": n} for r, n in STAFF]),
    "agenda": AGENDA,
    "materials": MATERIALS,
    "statements": [{k: s[k] for k in ("speaker", "section", "text")} for s in statements],
}


def set_font(run, size=10.5, bold=False, font="IPAex明朝"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), font)


def para(doc, text="", size=12, bold=False, align=None, indent_mm=0, first_mm=0, before=0, after=2,
         font="IPAex明朝"):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = 1.45
    if indent_mm:
        pf.left_indent = Mm(indent_mm)
    if first_mm:
        pf.first_line_indent = Mm(first_mm)
    if align:
        p.alignment = align
    if text:
        set_font(p.add_run(text), size, bold, font)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def grid(doc, rows, widths_mm, size=10.5):
    tb = doc.add_table(rows=0, cols=len(widths_mm))
    tb.autofit = False
    for r in rows:
        cells = tb.add_row().cells
        for c, txt, w in zip(cells, r, widths_mm):
            c.width = Mm(w)
            p = c.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            set_font(p.add_run(txt), size)
    return tb


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin = sec.bottom_margin = Mm(25)
    sec.left_margin = sec.right_margin = Mm(25)
    # footer page number "- n -"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ ")
    set_font(r, 9)
    r2 = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = r2._element.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): tag})
        else:
            el = r2._element.makeelement(qn("w:instrText"), {})
            el.text = txt
        r2._element.append(el)
    set_font(r2, 9)
    set_font(fp.add_run(" －"), 9)

    # ---- page 1: heading and attendance
    para(doc, "令和７年度　第２回", 12, True, WD_ALIGN_PARAGRAPH.CENTER, font="IPAexゴシック", after=0)
    para(doc, "萩市議会　総務委員会記録", 16, True, WD_ALIGN_PARAGRAPH.CENTER, font="IPAexゴシック", after=10)
    para(doc, "１　日　　時　　令和７年１１月１８日（火）", after=0)
    para(doc, "　　　　　　　　午前１０時００分開会　午前１１時４８分閉会")
    para(doc, "２　場　　所　　萩市役所　本庁舎５階　第１委員会室")
    para(doc, "３　出席委員（７名）")
    grid(doc, [[MEMBERS[0][0], MEMBERS[0][1], MEMBERS[1][0], MEMBERS[1][1]],
               ["委員", MEMBERS[2][1], "委員", MEMBERS[3][1]],
               ["委員", MEMBERS[4][1], "委員", MEMBERS[5][1]],
               ["委員", MEMBERS[6][1], "", ""]], [22, 40, 22, 40])
    para(doc, "４　欠席委員　　なし", before=4)
    para(doc, "５　説明のため出席した者（７名）")
    grid(doc, [[r, n] for r, n in EXEC], [62, 50])
    para(doc, "６　職務のため出席した事務局職員（２名）", before=4)
    grid(doc, [[r, n] for r, n in STAFF], [62, 50])
    para(doc, "７　調査事件", before=4)
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(i)}）{a}", indent_mm=4, after=0)
    para(doc, "８　配付資料", before=4)
    for m in MATERIALS:
        para(doc, m, indent_mm=4, after=0)
    para(doc, "９　審査の経過", before=4)
    para(doc, "別紙のとおり", indent_mm=4)

    # ---- pages 2..5: statements
    for pi, items in enumerate(pages):
        page_break(doc)
        if pi == 0:
            para(doc, "［午前１０時００分　開会］", align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
            para(doc, f"（１）{AGENDA[0]}", bold=True, font="IPAexゴシック", after=4)
        for si, (sp, text) in enumerate(items):
            if pi == 1 and si == SECTION2_AT:
                para(doc, f"（２）{AGENDA[1]}", bold=True, font="IPAexゴシック", before=4, after=4)
            p = para(doc, first_mm=0, after=6)
            set_font(p.add_run("○" + sp), 12, True, "IPAexゴシック")
            set_font(p.add_run("　" + text), 12)
            p.paragraph_format.left_indent = Mm(0)
        if pi == len(pages) - 1:
            para(doc, "［午前１１時４８分　閉会］", align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=14)
            para(doc, "萩市議会委員会条例第３０条第１項の規定により、ここに署名する。", after=8)
            para(doc, f"総務委員会委員長　　{MEMBERS[0][1]}", align=WD_ALIGN_PARAGRAPH.RIGHT)

    src = WORK / f"{STEM}.docx"
    doc.save(src)
    out = soffice_pdf(src, WORK)
    shutil.copy(out, PDF_DIR / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
    d.write_gold(kind="minutes", family="iinkaikiroku", municipality=CITY,
                 title="令和７年度第２回萩市議会総務委員会記録", date="2025-11-18",
                 date_raw="令和７年１１月１８日（火）", minutes=MINUTES)
