"""鎌ケ谷市議会 市税等収納対策特別委員会記録 (council committee record) -> python-docx -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from fb_common import WORK, c, fact, finish, page_texts, soffice, zd, zen

STEM = "fb_kamagaya_minutes_1"
CITY = "鎌ケ谷市"
TITLE = "令和７年第２回鎌ケ谷市議会市税等収納対策特別委員会記録"

# ---------------------------------------------------------------- data (千円), 令和6年度決算
# debt: (canonical, printed, rows{seg: (調定, 収入済, 不納欠損)}, prior-year rates {seg: rate})
DEBTS = [
    ("市税", "市税", {"current": (16482310, 16337345, 0), "arrears": (612480, 192691, 38114)},
     {"current": 99.05, "arrears": 29.87, "total": 96.38}),
    ("国民健康保険料", "国民健康保険税", {"current": (2846120, 2685870, 0), "arrears": (1064380, 257045, 61290)},
     {"current": 94.02, "arrears": 22.93, "total": 73.48}),
    ("介護保険料", "介護保険料", {"current": (2410560, 2398417, 0), "arrears": (48930, 11215, 6104)},
     {"current": 99.41, "arrears": 21.36, "total": 97.81}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", {"current": (1288340, 1284171, 0), "arrears": (9876, 4307, 512)},
     {"current": 99.63, "arrears": 40.12, "total": 99.19}),
    ("保育所保育料", "保育所保育料", {"current": (231840, 229190, 0), "arrears": (18420, 3987, 1731)},
     {"current": 98.77, "arrears": 18.04, "total": 91.85}),
]
SEGS = [("current", "現年"), ("arrears", "滞繰"), ("total", "計")]


def rows_for(d):
    r = dict(d[2])
    t = tuple(sum(r[s][i] for s in ("current", "arrears")) for i in range(3))
    r["total"] = t
    out = {}
    for seg, (a, col, wo) in r.items():
        out[seg] = dict(assessed=a, collected=col, written_off=wo, outstanding=a - col - wo,
                        rate=round(col / a * 100 + 1e-9, 2))
    return out


DATA = {d[0]: rows_for(d) for d in DEBTS}
PRIOR = {d[0]: d[3] for d in DEBTS}
RAW = {d[0]: d[1] for d in DEBTS}


def man(n_thousand: int) -> int:
    """千円 -> rounded 万円"""
    return round(n_thousand / 10)


def oku_man(n_thousand: int) -> str:
    """千円 -> '約４億２，３６０万円' style, full-width."""
    m = man(n_thousand)
    oku, rest = divmod(m, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return "約" + zen(s)


# ---------------------------------------------------------------- docx helpers
def set_font(run, size=10.5, bold=False, font="IPAex明朝"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), font)


def para(doc, text="", size=10.5, bold=False, align=None, indent=0.0, first=0.0, after=0, font="IPAex明朝"):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align:
        p.alignment = align
    if text:
        set_font(p.add_run(text), size, bold, font)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def cell_text(cell, text, size=8.5, bold=False, align=WD_ALIGN_PARAGRAPH.RIGHT, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(text.split("\n")):
        r = p.add_run(line)
        set_font(r, size, bold, "IPAexゴシック")
        if i < len(text.split("\n")) - 1:
            r.add_break()
    if shade:
        tcpr = cell._element.get_or_add_tcPr()
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), shade)
        tcpr.append(shd)


# ---------------------------------------------------------------- content
MEMBERS = [("委員長", "石井　和也"), ("副委員長", "村上　恵子"), ("委員", "佐々木　博之"), ("委員", "高橋　直美"),
           ("委員", "小野寺　誠"), ("委員", "大塚　昌平"), ("委員", "森田　由紀"), ("委員", "川口　隆")]
EXPLAIN = [("総務部長", "篠原　健一"), ("納税課長", "藤田　正樹"), ("市民税課長", "浅野　智子"),
           ("こども・健康部長", "新井　早苗"), ("国保年金課長", "中川　修"), ("こども支援課長", "岡本　亜紀"),
           ("高齢者支援課長", "木村　達也")]
STAFF = ["議会事務局長", "議事・調査担当主幹", "議事・調査担当主任"]
AGENDA = ["令和６年度決算における市税等の収納状況について",
          "令和７年度上半期（９月末）の収納状況について",
          "債権管理条例に基づく債権放棄の状況について"]
MATERIALS = ["資料１　令和６年度　市税等の収納状況", "資料２　令和７年度　上半期の収納状況（９月末現在）"]


def build():
    facts, statements = [], []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("市税等収納対策特別委員会記録（令和７年１１月１８日）"), 8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ "); set_font(r, 9)
    r = fp.add_run(); set_font(r, 9); add_field(r, "PAGE")
    r = fp.add_run(" －"); set_font(r, 9)

    # ---- page 1: 記録の頭書き (memo layout 1 2 3 / （１） / ア)
    para(doc, "令和７年第２回", 12, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "鎌ケ谷市議会市税等収納対策特別委員会記録", 14, True, WD_ALIGN_PARAGRAPH.CENTER, after=10)
    para(doc, "１　日　　時　　令和７年１１月１８日（火）　午前１０時００分開会　午前１１時４２分閉会")
    para(doc, "２　場　　所　　第２委員会室", after=2)
    para(doc, f"３　出席委員（{zd(len(MEMBERS))}名）")
    line = []
    for i in range(0, len(MEMBERS), 2):
        a = MEMBERS[i]; b = MEMBERS[i + 1]
        para(doc, f"{a[0]:　<4}　{a[1]:　<7}　　{b[0]:　<4}　{b[1]}", indent=8)
    para(doc, "４　欠席委員　　なし", after=2)
    para(doc, f"５　説明のため出席した者（{zd(len(EXPLAIN))}名）")
    for i in range(0, len(EXPLAIN), 2):
        a = EXPLAIN[i]
        s = f"{a[0]:　<8}　{a[1]:　<7}"
        if i + 1 < len(EXPLAIN):
            b = EXPLAIN[i + 1]
            s += f"　　{b[0]:　<8}　{b[1]}"
        para(doc, s, indent=8)
    para(doc, f"６　事務局職員（{zd(len(STAFF))}名）　" + "・".join(STAFF), after=2)
    para(doc, "７　付議事件")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zd(i)}）{a}", indent=4)
    para(doc, "８　配付資料", after=0)
    for i, m in enumerate(MATERIALS):
        para(doc, f"{'アイウ'[i]}　{m}", indent=4)
    para(doc, "９　審査の経過　　別紙のとおり", after=2)
    para(doc, "10　その他", after=0)
    para(doc, "（１）次回の委員会は、令和８年２月に開催し、令和７年度の収納見込みについて報告を受けることとした。", indent=4, first=-7)
    para(doc, "（２）審査の参考として、令和６年度決算の収納状況を別表にまとめた。", indent=4, first=-7)

    # ---- statements
    tax = DATA["市税"]; kok = DATA["国民健康保険料"]; ho = DATA["保育所保育料"]; kai = DATA["介護保険料"]
    ptax = PRIOR["市税"]

    def say(page, speaker, section, text, figs=()):
        statements.append({"speaker": speaker, "section": section, "text": text, "page": page})
        para(doc, f"○{speaker}　{text}", indent=0, first=0, after=3)
        for f in figs:
            f["page"] = page
            facts.append(f)

    page_break(doc)
    pg = 2
    para(doc, "審　査　の　経　過", 12, True, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(doc, "午前１０時００分　開会", align=WD_ALIGN_PARAGRAPH.RIGHT, after=4)
    say(pg, "石井委員長", None,
        "ただいまから市税等収納対策特別委員会を開会いたします。本日の出席委員は８名全員でございます。"
        "本日は、お手元に配付の付議事件３件について、順次説明を受けたいと思います。")
    sec1 = AGENDA[0]
    para(doc, f"（１）{sec1}", bold=True, after=3)
    d_pt = round(tax["total"]["rate"] - ptax["total"], 2)
    out_tax = tax["total"]["outstanding"]
    prev_out_tax = out_tax + 31812
    rc, ra, rt = (zen(f"{tax[s]['rate']:.2f}") for s in ("current", "arrears", "total"))
    dm = zen(f"{man(prev_out_tax - out_tax):,}")
    t1 = (f"それでは、資料１により御説明いたします。令和６年度の市税の収納率は、現年課税分が"
          f"{rc}パーセント、滞納繰越分が{ra}パーセント、"
          f"合計で{rt}パーセントとなり、前年度と比べ合計で{zen(f'{d_pt:.2f}')}ポイント上昇いたしました。"
          f"収入未済額は{oku_man(out_tax)}で、前年度から約{dm}万円の減少となっております。")
    figs = [
        fact("市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", tax["current"]["rate"], "percent", zen(f"{tax['current']['rate']:.2f}") + "パーセント", 0),
        fact("市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", tax["arrears"]["rate"], "percent", zen(f"{tax['arrears']['rate']:.2f}") + "パーセント", 0),
        fact("市税", "市税", 2024, "令和６年度", "total", "collection_rate", "actual", tax["total"]["rate"], "percent", zen(f"{tax['total']['rate']:.2f}") + "パーセント", 0),
        fact("市税", "市税", 2024, "令和６年度", "total", "difference", "actual", d_pt, "points", zen(f"{d_pt:.2f}") + "ポイント", 0),
        fact("市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", man(out_tax) * 10000, "yen", oku_man(out_tax), 0, approx=True),
        fact("市税", "市税", 2024, "令和６年度", "total", "difference", "actual", -man(prev_out_tax - out_tax) * 10000, "yen", "約" + zen(f"{man(prev_out_tax - out_tax):,}") + "万円", 0, approx=True),
    ]
    say(pg, "藤田納税課長", sec1, t1, figs)
    k_arr = kok["arrears"]["rate"]
    say(pg, "佐々木委員", sec1,
        f"国民健康保険税について伺います。６年度決算で滞納繰越分の収納率が{zen(f'{k_arr:.2f}')}パーセントと、"
        "市税に比べて低い水準にとどまっております。この要因と今後の対策をお聞かせください。",
        [fact("国民健康保険料", "国民健康保険税", 2024, "６年度", "arrears", "collection_rate", "actual", k_arr, "percent", zen(f"{k_arr:.2f}") + "パーセント", 0)])
    k_out = kok["total"]["outstanding"]
    k_out_str = zen(f"{round(k_out / 1000, 1):,.1f}") + "百万円"
    say(pg, "中川国保年金課長", sec1,
        f"国民健康保険税の収入未済額は{k_out_str}で、その多くが複数年度にわたる滞納でございます。"
        "被保険者の転出や資格喪失後の所在不明が要因の一つでございますので、令和７年度からは資格喪失世帯への"
        "文書催告を四半期ごとに行い、あわせて財産調査の電子照会を拡大しております。",
        [fact("国民健康保険料", "国民健康保険税", 2024, None, "total", "outstanding", "actual", round(k_out / 1000, 1) * 1000000, "yen", k_out_str, 0)])
    say(pg, "佐々木委員", sec1, "電子照会の拡大で、どの程度の効果を見込んでいるのでしょうか。")
    say(pg, "中川国保年金課長", sec1,
        "回答までの期間がおおむね２週間程度短縮されますので、差押えまでの期間を短くすることで、"
        "滞納繰越分の収納率を令和７年度は２５パーセント以上とすることを目標としております。",
        [fact("国民健康保険料", "国民健康保険税", 2025, "令和７年度", "arrears", "collection_rate", "target", 25.0, "percent", "２５パーセント", 0)])
    h_wo = ho["arrears"]["written_off"]
    say(pg, "高橋委員", sec1,
        f"保育所保育料について、不納欠損額が{zen(f'{h_wo // 10}')}万円余となっておりますが、その理由を伺います。",
        [fact("保育所保育料", "保育所保育料", 2024, None, "total", "written_off", "actual", (h_wo // 10) * 10000, "yen", zen(f"{h_wo // 10}") + "万円余", 0, approx=True)])
    say(pg, "岡本こども支援課長", sec1,
        "時効期間が経過したもののうち、転居先が判明せず、財産も確認できなかったものでございます。"
        "件数は２３件でございます。")

    page_break(doc)
    pg = 3
    sec2 = AGENDA[1]
    para(doc, f"（２）{sec2}", bold=True, after=3)
    # 9月末 interim
    i_tax, i_tax_p = 54.21, 53.73
    i_kok, i_kok_p = 41.06, 40.26
    i_kai = 58.92
    say(pg, "藤田納税課長", sec2,
        f"資料２を御覧ください。令和７年９月末現在の市税現年課税分の収納率は{zen(f'{i_tax:.2f}')}パーセントで、"
        f"前年同月の{zen(f'{i_tax_p:.2f}')}パーセントと比べ{zen(f'{i_tax - i_tax_p:.2f}')}ポイントの増となっております。"
        "滞納繰越分につきましては、９月末で収入済額が約１億１，２４０万円となっております。",
        [fact("市税", "市税", 2025, "令和７年", "current", "collection_rate", "interim", i_tax, "percent", zen(f"{i_tax:.2f}") + "パーセント", 0, as_of="2025-09-30"),
         fact("市税", "市税", 2024, None, "current", "collection_rate", "interim", i_tax_p, "percent", zen(f"{i_tax_p:.2f}") + "パーセント", 0, as_of="2024-09-30"),
         fact("市税", "市税", 2025, "令和７年", "current", "difference", "interim", round(i_tax - i_tax_p, 2), "points", zen(f"{i_tax - i_tax_p:.2f}") + "ポイント", 0, as_of="2025-09-30"),
         fact("市税", "市税", 2025, None, "arrears", "collected", "interim", 112400000, "yen", "約１億１，２４０万円", 0, as_of="2025-09-30", approx=True)])
    say(pg, "新井こども・健康部長", sec2,
        f"国民健康保険税の現年分の収納率は{zen(f'{i_kok:.2f}')}パーセントで、前年同月比{zen(f'{i_kok - i_kok_p:.1f}')}ポイントの増、"
        f"介護保険料は{zen(f'{i_kai:.2f}')}パーセントで、おおむね前年並みに推移しております。",
        [fact("国民健康保険料", "国民健康保険税", 2025, None, "current", "collection_rate", "interim", i_kok, "percent", zen(f"{i_kok:.2f}") + "パーセント", 0, as_of="2025-09-30"),
         fact("国民健康保険料", "国民健康保険税", 2025, None, "current", "difference", "interim", round(i_kok - i_kok_p, 1), "points", zen(f"{i_kok - i_kok_p:.1f}") + "ポイント", 0, as_of="2025-09-30"),
         fact("介護保険料", "介護保険料", 2025, None, "current", "collection_rate", "interim", i_kai, "percent", zen(f"{i_kai:.2f}") + "パーセント", 0, as_of="2025-09-30")])
    say(pg, "小野寺委員", sec2,
        "市税の年度末の見込みについて伺います。現年課税分は前年度の実績を上回る見込みでしょうか。")
    say(pg, "藤田納税課長", sec2,
        "現時点では、現年課税分で９９．１５パーセント程度、合計で９７．７パーセント程度を見込んでおります。"
        "年末の一斉催告と１２月から２月までの滞納整理強化月間の取組により、見込みを上回るよう努めてまいります。",
        [fact("市税", "市税", 2025, None, "current", "collection_rate", "estimate", 99.15, "percent", "９９．１５パーセント", 0, approx=True),
         fact("市税", "市税", 2025, None, "total", "collection_rate", "estimate", 97.7, "percent", "９７．７パーセント", 0, approx=True)])
    say(pg, "大塚委員", sec2, "滞納整理強化月間では、具体的にどのような取組を行うのか伺います。")
    say(pg, "藤田納税課長", sec2,
        "１つ目に、管理職を含めた全職員による夜間及び休日の電話催告、２つ目に、預貯金及び給与の差押えの集中実施、"
        "３つ目に、捜索及びインターネット公売の実施を予定しております。")

    page_break(doc)
    pg = 4
    sec3 = AGENDA[2]
    para(doc, f"（３）{sec3}", bold=True, after=3)
    say(pg, "篠原総務部長", sec3,
        "令和６年度に債権管理条例に基づき放棄した私債権は、学校給食費、市営住宅使用料など４債権、合計で６２件、"
        "金額にして約２８０万円でございました。いずれも債務者の死亡や破産等により、回収の見込みがないと判断したものでございます。")
    say(pg, "森田委員", sec3, "放棄の判断は、どのような手続で行っているのでしょうか。")
    say(pg, "篠原総務部長", sec3,
        "債権所管課が作成した調書をもとに、債権管理連絡会議で判断基準への該当を確認したうえで決定し、"
        "毎年度、議会に報告しております。")
    say(pg, "川口委員", sec3,
        "放棄とあわせて、新たな滞納を生まない取組も重要だと考えます。口座振替の推進状況を伺います。")
    say(pg, "藤田納税課長", sec3,
        "市税の口座振替の加入率は令和６年度末で４１．８パーセントとなっております。"
        "令和７年１０月からはＷｅｂ口座振替受付サービスを導入し、加入の促進を図っております。")
    say(pg, "石井委員長", sec3,
        "ほかに質疑はありませんか。――質疑なしと認めます。以上で本日の付議事件は全て終了いたしました。"
        "これをもちまして市税等収納対策特別委員会を閉会いたします。")
    para(doc, "午前１１時４２分　閉会", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---- page 5: 別表
    page_break(doc)
    pg = 5
    para(doc, "別表　令和６年度　市税等の収納状況（決算）", 11, True, after=2)
    para(doc, "（単位：千円、％）", 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率\n（前年度）", "前年度比"]
    tbl = doc.add_table(rows=1 + 3 * len(DEBTS), cols=len(hdr))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(25), Mm(10), Mm(23), Mm(23), Mm(18), Mm(24), Mm(19), Mm(15)]
    for i, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], h, 8, True, WD_ALIGN_PARAGRAPH.CENTER, shade="D9D9D9")
    marks = {("市税", "arrears"): "※1", ("国民健康保険料", "total"): "※2"}
    for di, d in enumerate(DEBTS):
        key = d[0]
        top = 1 + 3 * di
        m = tbl.cell(top, 0).merge(tbl.cell(top + 2, 0))
        cell_text(m, d[1], 8.5, False, WD_ALIGN_PARAGRAPH.LEFT)
        for si, (seg, segj) in enumerate(SEGS):
            row = tbl.rows[top + si]
            v = DATA[key][seg]
            pr = PRIOR[key][seg]
            diff = round(v["rate"] - pr, 2)
            wo = c(v["written_off"]) if v["written_off"] else "－"
            mk = marks.get((key, seg), "")
            vals = [segj, c(v["assessed"]), c(v["collected"]), wo, c(v["outstanding"]) + mk,
                    f"{v['rate']:.2f}\n（{pr:.2f}）", c(0) if False else (f"{diff:.2f}" if diff >= 0 else f"△{-diff:.2f}")]
            for ci, t in enumerate(vals, start=1):
                cell_text(row.cells[ci], t, 8.5, seg == "total", WD_ALIGN_PARAGRAPH.CENTER if ci == 1 else WD_ALIGN_PARAGRAPH.RIGHT)
            fy_raw = "令和６年度"
            for met in ("assessed", "collected", "written_off", "outstanding"):
                if met == "written_off" and not v[met]:
                    continue
                raw = c(v[met]) + (mk if met == "outstanding" else "")
                facts.append(fact(key, d[1], 2024, fy_raw, seg, met, "actual", v[met] * 1000, "yen", raw, pg))
            facts.append(fact(key, d[1], 2024, fy_raw, seg, "collection_rate", "actual", v["rate"], "percent", f"{v['rate']:.2f}", pg))
            facts.append(fact(key, d[1], 2023, "前年度", seg, "collection_rate", "actual", pr, "percent", f"（{pr:.2f}）", pg))
            facts.append(fact(key, d[1], 2024, fy_raw, seg, "difference", "actual", diff, "points",
                              f"{diff:.2f}" if diff >= 0 else f"△{-diff:.2f}", pg))
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips if hasattr(widths[i], "twips") else widths[i] / 635)))
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    para(doc, "※1　市税の滞納繰越分には、法人市民税の更正に伴う還付未済額は含まない。", 8, after=0)
    para(doc, "※2　国民健康保険税の収入未済額のうち、居所不明者に係るものは 48,362千円である。", 8, after=0)
    facts.append(fact("国民健康保険料", "国民健康保険税", 2024, None, "total", "outstanding_unlocated", "actual", 48362000, "yen", "48,362千円", pg))
    para(doc, "注　収納率は、収入済額を調定額で除して算出し、小数点以下第３位を四捨五入した。括弧内は令和５年度の収納率。", 8)

    docx = WORK / f"{STEM}.docx"
    doc.save(docx)
    raw_pdf = soffice(docx)
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-11-18",
                "date_raw": "令和７年１１月１８日（火）"}
    minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-18", "method": None,
               "attendees": [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
               + [{"role": "説明員", "title": t, "name": n} for t, n in EXPLAIN]
               + [{"role": "事務局", "title": t, "name": None} for t in STAFF],
               "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    # fix pages of statements/facts by what the PDF shows (guards against page overflow)
    return finish(STEM, raw_pdf, document, facts, [], minutes,
                  meta={"title": TITLE, "author": "鎌ケ谷市議会事務局"})


if __name__ == "__main__":
    build()
