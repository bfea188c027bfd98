"""v_minamiawaji_plan_1: 南あわじ市債権管理計画（令和7年度～令和11年度）with one 推進シート per debt.

python-docx -> LibreOffice, portrait. Debt given by a section heading 「５ 債権ごとの取組（X）」; a five-year table
with years running down the rows under a three-row header (amounts 千円 and rates ％ only in the header groups),
a second table turned the other way (years as columns), a target table, and ア/イ/ウ 取組 with the tag on the next line.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import OUT, PDF_DIR, Facts, comma, finish, page_texts, plain, rate, soffice_pdf  # noqa: E402

STEM = "v_minamiawaji_plan_1"
CITY = "南あわじ市"
FONT = "IPAexGothic"
MINCHO = "IPAex明朝"
YEARS = [(2019, "令和元年度"), (2020, "2年度"), (2021, "3年度"), (2022, "4年度"), (2023, "5年度")]
TYEARS = [(2025, "令和7年度"), (2026, "8年度"), (2027, "9年度"), (2028, "10年度"), (2029, "11年度")]


def series(cur_a, cur_r, arr_a0, arr_r, wo, dl):
    """Five years of 千円 figures: current assessed & rate(‰ exact), arrears assessed starts at arr_a0."""
    out = []
    arr_a = arr_a0
    for k in range(5):
        ca = cur_a[k]
        cc = round(ca * cur_r[k])
        ac = round(arr_a * arr_r[k])
        w = wo[k]
        a, c = ca + arr_a, cc + ac
        o = a - c - w
        out.append(dict(ca=ca, cc=cc, aa=arr_a, ac=ac, a=a, c=c, w=w, o=o, dl=dl[k]))
        arr_a = o + round(ca * 0.0004)  # next year's 滞繰 調定 ≈ 収入未済 (+ 更正分)
    return out


DEBTS = [
    {"name": "市税", "kubun": "強制徴収公債権（地方税法）", "jiko": "5年", "ka": "総務部 税務課",
     "data": series([5_412_330, 5_398_104, 5_460_872, 5_501_219, 5_533_648], [0.9871, 0.9879, 0.9886, 0.9892, 0.9897],
                    312_406, [0.2214, 0.2302, 0.2367, 0.2451, 0.2520], [21_330, 19_874, 18_206, 16_915, 15_402],
                    [1_982, 1_904, 1_817, 1_750, 1_688]),
     "target": {"cur": [98.98, 99.00, 99.02, 99.04, 99.06], "arr": [25.50, 26.00, 26.50, 27.00, 27.50],
                "zan": [238_000, 229_000, 221_000, 213_000, 205_000]},
     "torikumi": [
         ("ア", "納期限後20日以内に督促状を発送し、その後1か月以内に文書催告を行う初期対応を徹底する。", "継続"),
         ("イ", "電子による預貯金照会を全件に用い、財産調査から差押えまでの期間を短縮する。", "拡充"),
         ("ウ", "兵庫県と連携して個人住民税の特別徴収を未実施の事業所に指定を行う。", "継続"),
         ("エ", "スマートフォン決済とeLTAXによる納付を納税通知書で周知する。", "新規"),
     ]},
    {"name": "国民健康保険税", "kubun": "強制徴収公債権（地方税法）", "jiko": "5年", "ka": "市民生活部 保険医療課",
     "data": series([1_204_556, 1_187_903, 1_162_418, 1_139_850, 1_108_277], [0.9512, 0.9530, 0.9541, 0.9556, 0.9570],
                    268_112, [0.1803, 0.1866, 0.1912, 0.1985, 0.2041], [14_208, 13_556, 12_902, 12_117, 11_480],
                    [1_408, 1_362, 1_311, 1_270, 1_219]),
     "target": {"cur": [95.80, 95.90, 96.00, 96.10, 96.20], "arr": [21.00, 21.50, 22.00, 22.50, 23.00],
                "zan": [215_000, 207_000, 199_000, 192_000, 185_000]},
     "torikumi": [
         ("ア", "資格取得の届出時に口座振替の申込みを窓口で受け付ける。", "継続"),
         ("イ", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行を確認する。", "継続"),
         ("ウ", "納付の見込みのない滞納者について、執行停止の判断を税務課と合同で行う。", "新規"),
     ]},
    {"name": "市営住宅使用料", "kubun": "私債権", "jiko": "5年（民法）", "ka": "建設部 住宅政策課",
     "data": series([286_450, 283_118, 280_774, 276_903, 272_615], [0.9705, 0.9712, 0.9724, 0.9731, 0.9740],
                    61_204, [0.0912, 0.0948, 0.1003, 0.1055, 0.1108], [1_902, 2_215, 1_786, 1_650, 1_534],
                    [164, 158, 151, 147, 141]),
     "target": {"cur": [97.50, 97.60, 97.70, 97.80, 97.90], "arr": [11.50, 12.00, 12.50, 13.00, 13.50],
                "zan": [58_000, 56_000, 54_000, 52_000, 50_000]},
     "torikumi": [
         ("ア", "滞納2か月の時点で入居者と面談し、分納計画を立てる。", "継続"),
         ("イ", "滞納6か月以上の入居者には連帯保証人への請求を行い、応じない場合は明渡しの訴えを提起する。", "継続"),
         ("ウ", "退去者の未納分は、弁護士への回収委託を行う。", "拡充"),
     ]},
]


def set_font(run, size=10.5, bold=False, font=MINCHO):
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(k), font)


def para(doc, text, size=10.5, bold=False, align=None, indent_mm=None, first_mm=None, after=3, font=MINCHO):
    p = doc.add_paragraph()
    set_font(p.add_run(text), size, bold, font)
    pf = p.paragraph_format
    pf.space_after = Pt(after); pf.space_before = Pt(0)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def ct(cell, text, size=8.5, align=None, bold=False, shade=False):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), size, bold, FONT)
    p.paragraph_format.space_after = Pt(0)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:fill"), "E7EEF7"); tcPr.append(sh)


def grid(t, widths_mm):
    """Fixed column widths (also on merged cells: width = sum of the spanned grid columns)."""
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblPr.append(tw)
    tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(sum(Mm(w).twips for w in widths_mm))))
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Mm(widths_mm[j]).twips)))
    for tr in t._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(Mm(x).twips for x in widths_mm[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
            tcW.set(qn("w:type"), "dxa"); tcW.set(qn("w:w"), str(int(w)))
            col += span


def footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    set_font(run, 9)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); run._r.append(el)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt; run._r.append(el)
    h = section.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(h.add_run("南あわじ市債権管理計画"), 8)


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = Mm(20); sec.bottom_margin = Mm(18)
    footer(sec)
    pending = []  # (anchor-kind, key, raw, kwargs)

    para(doc, "南あわじ市債権管理計画", 18, True, "c", after=2, font=FONT)
    para(doc, "（令和7年度～令和11年度）", 12, False, "c", after=2, font=FONT)
    para(doc, "令和7年3月　南あわじ市", 10.5, False, "r", after=10)
    para(doc, "１　計画策定の趣旨", 12, True, font=FONT)
    para(doc, "本市では、平成29年に債権管理条例を制定し、市の債権全般について管理の適正化を進めてきました。前計画の期間"
              "満了にあたり、これまでの成果と課題を踏まえ、市民負担の公平性を確保し、健全な財政運営に資するため、本計画を策定します。",
         first_mm=4)
    para(doc, "２　計画の期間", 12, True, font=FONT)
    para(doc, "令和7（2025）年度から令和11（2029）年度までの5か年とします。社会経済情勢や関係法令の改正等により、必要に応じて見直します。",
         first_mm=4)
    para(doc, "３　対象債権", 12, True, font=FONT)
    para(doc, "令和5年度決算において収入未済額が生じている債権のうち、収入未済額の大きい市税、国民健康保険税及び市営住宅使用料の"
              "3債権について推進シートを作成し、重点的に取り組みます。その他の債権は、債権管理推進会議を通じて進捗を管理します。",
         first_mm=4)
    para(doc, "４　債権管理の現状", 12, True, font=FONT)
    tot19 = sum(d["data"][0]["o"] for d in DEBTS)
    tot23 = sum(d["data"][4]["o"] for d in DEBTS)
    other19, other23 = 118_640, 96_310  # その他の債権 (千円)
    all19 = round((tot19 + other19) / 1000) * 1_000_000
    all23 = round((tot23 + other23) / 1000) * 1_000_000

    def okuman(yen):
        m = yen // 10000
        o, r = divmod(m, 10000)
        return f"{o}億{r:,}万円" if o else f"{r:,}万円"
    tax = DEBTS[0]["data"][4]
    tax_r = rate(tax["c"], tax["a"])
    s1 = (f"令和5年度決算における本市の債権全体の収入未済額は約{okuman(all23)}で、令和元年度の約{okuman(all19)}から"
          f"縮減が進んでいます。")
    s2 = (f"このうち市税の徴収率は令和5年度で{tax_r:.2f}％となり、5年連続で上昇しました。一方、国民健康保険税と市営住宅使用料は、"
          "滞納繰越分の徴収率が低い水準にとどまっており、長期滞納案件の整理が課題です。")
    para(doc, s1 + s2, first_mm=4)
    pending += [("p1", None, f"約{okuman(all23)}", dict(debt=None, fy=2023, fy_raw="令和5年度決算", seg="total", metric="outstanding", basis="actual", value=all23, unit="yen", approx=True)),
                ("p1", None, f"約{okuman(all19)}", dict(debt=None, fy=2019, fy_raw="令和元年度", seg="total", metric="outstanding", basis="actual", value=all19, unit="yen", approx=True)),
                ("p1", None, f"{tax_r:.2f}％", dict(debt="市税", fy=2023, fy_raw="令和5年度", seg="total", metric="collection_rate", basis="actual", value=tax_r, unit="percent"))]
    para(doc, "【参考】推進シートの見方", 10.5, True, font=FONT)
    para(doc, "・徴収率＝収入済額÷調定額（小数点第3位を四捨五入）", 9.5, indent_mm=4, after=0)
    para(doc, "・収入未済額＝調定額－収入済額－不納欠損額", 9.5, indent_mm=4, after=0)
    para(doc, "・滞納者数は各年度の出納閉鎖時点の実人数", 9.5, indent_mm=4, after=0)

    inits_pending = []
    for d in DEBTS:
        name = d["name"]
        page_break(doc)
        para(doc, f"５　債権ごとの取組（{name}）", 12.5, True, font=FONT, after=4)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for j, s in enumerate(["債権の区分", d["kubun"], "時効", d["jiko"], "担当課", d["ka"]]):
            ct(t.cell(0, j), s, 9, shade=(j % 2 == 0))
        grid(t, [22, 44, 12, 22, 18, 48])
        para(doc, "", 6, after=0)
        para(doc, "(1) 収納状況の推移", 11, True, font=FONT, after=1)
        data = d["data"]
        t = doc.add_table(rows=3 + 5, cols=10); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        # three-row header
        a = t.cell(0, 0).merge(t.cell(2, 0)); ct(a, "年度", align="c", shade=True)
        a = t.cell(0, 1).merge(t.cell(0, 6)); ct(a, "調定額・収入済額（単位：千円）", align="c", shade=True)
        a = t.cell(0, 7).merge(t.cell(0, 9)); ct(a, "徴収率（単位：％）", align="c", shade=True)
        for j, s in ((1, "現年課税分"), (3, "滞納繰越分"), (5, "計")):
            a = t.cell(1, j).merge(t.cell(1, j + 1)); ct(a, s, align="c", shade=True)
        for j, s in ((7, "現年"), (8, "滞繰"), (9, "計")):
            a = t.cell(1, j).merge(t.cell(2, j)); ct(a, s, align="c", shade=True)
        for j in (1, 3, 5):
            ct(t.cell(2, j), "調定額", align="c", shade=True); ct(t.cell(2, j + 1), "収入済額", align="c", shade=True)
        for i, ((fy, fyl), v) in enumerate(zip(YEARS, data)):
            r = 3 + i
            ct(t.cell(r, 0), fyl, align="c")
            rc, ra, rt = rate(v["cc"], v["ca"]), rate(v["ac"], v["aa"]), rate(v["c"], v["a"])
            cells = [(v["ca"], "current", "assessed"), (v["cc"], "current", "collected"),
                     (v["aa"], "arrears", "assessed"), (v["ac"], "arrears", "collected"),
                     (v["a"], "total", "assessed"), (v["c"], "total", "collected")]
            for j, (val, seg, met) in enumerate(cells, 1):
                ct(t.cell(r, j), comma(val), size=7.5, align="r")
                pending.append(("t1", name, comma(val), dict(debt=name, fy=fy, fy_raw=fyl, seg=seg, metric=met, basis="actual", value=val * 1000, unit="yen")))
            for j, (val, seg) in enumerate(((rc, "current"), (ra, "arrears"), (rt, "total")), 7):
                ct(t.cell(r, j), f"{val:.2f}", size=7.5, align="r")
                pending.append(("t1", name, f"{val:.2f}", dict(debt=name, fy=fy, fy_raw=fyl, seg=seg, metric="collection_rate", basis="actual", value=val, unit="percent")))
        grid(t, [16, 19, 19, 17, 16, 19, 19, 13, 12, 13])
        para(doc, "", 6, after=0)
        para(doc, "(2) 不納欠損額・収入未済額・滞納者数の推移", 11, True, font=FONT, after=1)
        para(doc, "（単位：千円、人）", 8.5, align="r", after=0)
        t = doc.add_table(rows=4, cols=6); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        ct(t.cell(0, 0), "区分", align="c", shade=True)
        for j, (fy, fyl) in enumerate(YEARS, 1):
            ct(t.cell(0, j), fyl, align="c", shade=True)
        for i, (lab, key, met, unit, mul) in enumerate((("不納欠損額", "w", "written_off", "yen", 1000),
                                                        ("収入未済額", "o", "outstanding", "yen", 1000),
                                                        ("滞納者数", "dl", "delinquents", "persons", 1)), 1):
            ct(t.cell(i, 0), lab)
            for j, ((fy, fyl), v) in enumerate(zip(YEARS, data), 1):
                ct(t.cell(i, j), comma(v[key]), align="r")
                pending.append(("t2", name, comma(v[key]), dict(debt=name, fy=fy, fy_raw=fyl, seg="total", metric=met, basis="actual", value=v[key] * mul, unit=unit)))
        grid(t, [30, 26, 26, 26, 26, 26])
        para(doc, "(3) 収納状況の分析", 11, True, font=FONT, after=1)
        last, first = data[4], data[0]
        para(doc, f"現年課税分の徴収率は令和元年度から上昇を続けています。滞納繰越分は不納欠損処理と滞納処分の強化により"
                  f"調定額が縮小しており、収入未済額は{len(YEARS)}年間で減少しました。", 9.5, first_mm=4)

        page_break(doc)
        para(doc, f"５　債権ごとの取組（{name}）　つづき", 11, True, font=FONT, after=4)
        para(doc, "(4) 目標", 11, True, font=FONT, after=1)
        t = doc.add_table(rows=4, cols=6); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        ct(t.cell(0, 0), "項目", align="c", shade=True)
        for j, (fy, fyl) in enumerate(TYEARS, 1):
            ct(t.cell(0, j), fyl, align="c", shade=True)
        tg = d["target"]
        for i, (lab, key, seg, met, fmt, unit, mul) in enumerate((
                ("現年課税分 徴収率(%)", "cur", "current", "collection_rate", "{:.2f}", "percent", None),
                ("滞納繰越分 徴収率(%)", "arr", "arrears", "collection_rate", "{:.2f}", "percent", None),
                ("収入未済額の目標（千円）", "zan", "total", "outstanding", "{:,}", "yen", 1000)), 1):
            ct(t.cell(i, 0), lab)
            for j, ((fy, fyl), v) in enumerate(zip(TYEARS, tg[key]), 1):
                s = fmt.format(v)
                ct(t.cell(i, j), s, align="r")
                pending.append(("t3", name, s, dict(debt=name, fy=fy, fy_raw=fyl, seg=seg, metric=met, basis="target", value=(v * mul if mul else v), unit=unit)))
        grid(t, [44, 24, 24, 24, 24, 24])
        para(doc, "", 6, after=0)
        para(doc, "(5) 目標達成に向けた取組", 11, True, font=FONT, after=2)
        for lab, text, st in d["torikumi"]:
            para(doc, f"{lab}　{text}", 10, indent_mm=8, first_mm=-5, after=0)
            para(doc, f"【{st}】", 10, align="r", after=3)
            inits_pending.append((name, lab, text, st))

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "minamiawaji")
    texts = [plain(t) for t in page_texts(pdf)]
    start = {}
    for d in DEBTS:
        hits = [i + 1 for i, t in enumerate(texts) if plain(f"５　債権ごとの取組（{d['name']}）") in t and "つづき" not in t]
        cont = [i + 1 for i, t in enumerate(texts) if plain(f"５　債権ごとの取組（{d['name']}）　つづき") in t]
        assert len(hits) == 1 and len(cont) == 1 and cont[0] == hits[0] + 1, (d["name"], hits, cont)
        start[d["name"]] = hits[0]
    facts = Facts()
    for kind, name, raw, k in pending:
        p = 1 if kind == "p1" else (start[name] if kind in ("t1", "t2") else start[name] + 1)
        facts.add(page=p, debt=k["debt"], fy=k["fy"], fy_raw=k["fy_raw"], seg=k["seg"], metric=k["metric"],
                  basis=k["basis"], value=k["value"], unit=k["unit"], raw=raw, approx=k.get("approx", False))
    inits = [{"debt": n, "fiscal_year": 2025, "section": "目標達成に向けた取組", "label": lab, "text": text,
              "status": st, "page": start[n] + 1} for n, lab, text, st in inits_pending]
    document = {"kind": "plan", "municipality": CITY, "title": "南あわじ市債権管理計画（令和7年度～令和11年度）",
                "date": "2025-03-01", "date_raw": "令和7年3月"}
    finish(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
