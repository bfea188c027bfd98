"""Minutes of a city's internal debt-management meeting (python-docx -> LibreOffice)."""
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from fa_common import PDF_DIR, WORK, Gold, comma, finish, rate, zen

STEM = "fa_fujimino_minutes_1"
CITY = "ふじみ野市"
TITLE = "令和７年度第２回ふじみ野市債権管理推進会議 会議録"
FY = 2024  # 決算年度

# ---- data (千円): cur A, cur rate, cur W, arr A, arr rate, arr W
RAW = [
    ("市税", "市税", 21845210, 0.992, 0, 846300, 0.314, 38420),
    ("国民健康保険税", "国民健康保険税", 3912450, 0.936, 0, 1105880, 0.262, 61200),
    ("介護保険料", "介護保険料", 2684300, 0.991, 0, 78640, 0.186, 9870),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", 1496720, 0.996, 0, 12380, 0.412, 1020),
    ("保育所保育料", "保育所保育料", 402150, 0.988, 0, 21630, 0.205, 1410),
    ("市営住宅使用料", "市営住宅使用料", 238460, 0.978, 0, 33880, 0.161, 1875),
]
D = {}
for key, label, ca, cr, cw, aa, ar, aw in RAW:
    cc = round(ca * cr)
    ac = round(aa * ar)
    segs = {"current": (ca, cc, cw, ca - cc - cw), "arrears": (aa, ac, aw, aa - ac - aw)}
    segs["total"] = tuple(segs["current"][i] + segs["arrears"][i] for i in range(4))
    D[key] = (label, segs)


def r1(seg):
    a, c, w, o = seg
    return rate(c, a, 1)


def oku_man(yen):
    """約Ｘ億Ｙ,ＹＹＹ万円 rounded to 100万円 (returns raw text, value)."""
    man = round(yen / 1_000_000) * 100  # in 万円
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return "約" + zen(s), man * 10000


tax = D["市税"][1]
kokuho = D["国民健康保険税"][1]
kaigo = D["介護保険料"][1]
jutaku = D["市営住宅使用料"][1]
hoiku = D["保育所保育料"][1]

# previous-year (FY2023) figures quoted in the text
KOKUHO_PREV = 77.9
TAX_PREV_TOTAL = round(r1(tax["total"]) - 0.3, 1)
# interim (9月末) figures
INT_NOW, INT_PREV = "2025-09-30", "2024-09-30"
SEPT = [  # debt, 現年 rate now, prev (%), shown in 別表２
    ("市税", 56.8, 56.0),
    ("国民健康保険税", 41.2, 40.7),
    ("介護保険料", 52.9, 53.3),
    ("後期高齢者医療保険料", 50.6, 50.1),
    ("保育所保育料", 96.4, 96.9),
    ("市営住宅使用料", 47.5, 46.8),
]

ATTEND = [("委員長", "副市長")] + [("委員", t) for t in (
    "総務部長", "市民部長", "福祉部長", "子ども・若者部長", "健康医療部長", "都市政策部長", "教育部長")] + \
    [("事務局", t) for t in ("収納課長", "収納課債権管理担当主幹", "収納課主査")]
AGENDA = ["令和６年度決算における主な債権の状況について",
          "令和７年度９月末の収納状況について",
          "私債権の放棄及び不納欠損処理の報告について"]
MATERIALS = ["資料１　令和６年度 主な債権の決算状況", "資料２　令和７年度 ９月末収納状況",
             "資料３　私債権の放棄に関する報告書"]


def statements(g: Gold):
    """(page, section, speaker, text) and facts found in the text."""
    S = []
    sec1 = "議題（１）" + AGENDA[0]
    sec2 = "議題（２）" + AGENDA[1]
    sec3 = "議題（３）" + AGENDA[2]
    tr = (r1(tax["current"]), r1(tax["arrears"]), r1(tax["total"]))
    o_raw, o_val = oku_man(tax["total"][3] * 1000)
    t1 = (f"資料１により説明する。令和６年度の市税の収納率は、現年課税分{zen(f'{tr[0]:.1f}')}％、"
          f"滞納繰越分{zen(f'{tr[1]:.1f}')}％で、合計では{zen(f'{tr[2]:.1f}')}％となり、前年度の"
          f"{zen(f'{TAX_PREV_TOTAL:.1f}')}％から０．３ポイント上昇した。市税の収入未済額は{o_raw}で、"
          "差押えの早期着手と高額滞納事案の進行管理を徹底した結果、前年度より縮減している。")
    S.append((2, sec1, "収納課長", t1))
    p = 2
    g.fact(p, "市税", "市税", FY, "令和６年度", "current", "collection_rate", "actual", tr[0], "percent", zen(f"{tr[0]:.1f}") + "％")
    g.fact(p, "市税", "市税", FY, "令和６年度", "arrears", "collection_rate", "actual", tr[1], "percent", zen(f"{tr[1]:.1f}") + "％")
    g.fact(p, "市税", "市税", FY, "令和６年度", "total", "collection_rate", "actual", tr[2], "percent", zen(f"{tr[2]:.1f}") + "％")
    g.fact(p, "市税", "市税", FY - 1, "前年度", "total", "collection_rate", "actual", TAX_PREV_TOTAL, "percent", zen(f"{TAX_PREV_TOTAL:.1f}") + "％")
    g.fact(p, "市税", "市税", FY, "令和６年度", "total", "outstanding", "actual", o_val, "yen", o_raw, approx=True)
    kr = r1(kokuho["total"])
    t2 = (f"国民健康保険税は、合計の収納率が{zen(f'{kr:.1f}')}％（前年度{zen(f'{KOKUHO_PREV:.1f}')}％）となった。"
          "税率改定の影響で調定額が増えたが、口座振替の勧奨とコンビニ納付の周知を強め、収納率は改善した。")
    S.append((2, sec1, "市民部長", t2))
    g.fact(p, "国民健康保険税", "国民健康保険税", FY, "令和６年度", "total", "collection_rate", "actual", kr, "percent", zen(f"{kr:.1f}") + "％")
    g.fact(p, "国民健康保険税", "国民健康保険税", FY - 1, "前年度", "total", "collection_rate", "actual", KOKUHO_PREV, "percent", zen(f"{KOKUHO_PREV:.1f}") + "％")
    t3 = "介護保険料の滞納繰越分の収納率が他の保険料と比べて低いが、その理由と今後の対応を伺いたい。"
    S.append((2, sec1, "総務部長", t3))
    kar = r1(kaigo["arrears"])
    t4 = (f"介護保険料の滞納繰越分の収納率は、令和６年度で{zen(f'{kar:.1f}')}％にとどまっている。"
          "滞納者の多くは年金額が少なく普通徴収となっている高齢者であり、給付制限の説明を丁寧に行いながら"
          "分納につなげている。令和６年度末の滞納者数は１，２０６人で、前年度から４８人減少した。")
    S.append((2, sec1, "福祉部長", t4))
    g.fact(p, "介護保険料", "介護保険料", FY, "令和６年度", "arrears", "collection_rate", "actual", kar, "percent", zen(f"{kar:.1f}") + "％")
    g.fact(p, "介護保険料", "介護保険料", FY, "令和６年度末", "total", "delinquents", "actual", 1206, "persons", "１，２０６人")
    jo = jutaku["total"][3]
    ja = jutaku["arrears"][3]
    jo_m, ja_m = round(jo / 10), round(ja / 10)   # 万円
    t5 = (f"市営住宅使用料の収入未済額は約{zen(f'{jo_m:,}')}万円、うち滞納繰越分が約{zen(f'{ja_m:,}')}万円である。"
          "退去者の滞納分が大半を占めており、連帯保証人への請求と支払督促の申立てを計画的に進める。")
    S.append((2, sec1, "都市政策部長", t5))
    g.fact(p, "市営住宅使用料", "市営住宅使用料", FY, "令和６年度", "total", "outstanding", "actual", jo_m * 10000, "yen", "約" + zen(f"{jo_m:,}") + "万円", approx=True)
    g.fact(p, "市営住宅使用料", "市営住宅使用料", FY, "令和６年度", "arrears", "outstanding", "actual", ja_m * 10000, "yen", "約" + zen(f"{ja_m:,}") + "万円", approx=True)
    s_tax = SEPT[0]
    t6 = (f"資料２により説明する。令和７年９月末の市税現年課税分の収納率は{zen(f'{s_tax[1]:.1f}')}％で、"
          f"前年同期比０．８ポイント増となった。年度末の目標である{zen('99.2')}％以上の達成に向け、"
          "１０月以降は電話催告の回数を増やす。")
    S.append((3, sec2, "収納課長", t6))
    p = 3
    g.fact(p, "市税", "市税", 2025, "令和７年９月末", "current", "collection_rate", "interim", s_tax[1], "percent", zen(f"{s_tax[1]:.1f}") + "％", as_of=INT_NOW)
    g.fact(p, "市税", "市税", 2025, "年度末", "current", "collection_rate", "target", 99.2, "percent", zen("99.2") + "％以上")
    s_h = SEPT[4]
    t7 = "保育所保育料は前年同期を下回っているが、原因をどう分析しているか。"
    S.append((3, sec2, "委員長", t7))
    t8 = (f"保育所保育料の現年度分は{zen('99.0')}％を目標としているが、９月末時点では{zen(f'{s_h[1]:.1f}')}％である。"
          "第２子以降の無償化拡大で口座振替の登録が解除された世帯があり、再登録の勧奨を進めている。")
    S.append((3, sec2, "子ども・若者部長", t8))
    g.fact(p, "保育所保育料", "保育所保育料", 2025, "令和７年度", "current", "collection_rate", "target", 99.0, "percent", zen("99.0") + "％")
    g.fact(p, "保育所保育料", "保育所保育料", 2025, "９月末時点", "current", "collection_rate", "interim", s_h[1], "percent", zen(f"{s_h[1]:.1f}") + "％", as_of=INT_NOW)
    jw = jutaku["arrears"][2]
    t9 = (f"資料３により報告する。令和６年度に市営住宅使用料で不納欠損処理を行った額は{zen(str(jw // 10))}万"
          f"{zen(f'{(jw % 10) * 1000:,}')}円で、債務者の死亡や所在不明などにより回収の見込みがないと判断した１２件である。")
    S.append((3, sec3, "収納課長", t9))
    g.fact(p, "市営住宅使用料", "市営住宅使用料", FY, "令和６年度", "arrears", "written_off", "actual", jw * 1000, "yen",
           f"{zen(str(jw // 10))}万{zen(f'{(jw % 10) * 1000:,}')}円")
    t10 = "放棄に当たっては、所管課ごとの判断がばらつかないよう、基準の運用を引き続き収納課で確認してほしい。"
    S.append((3, sec3, "委員長", t10))
    return S


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def add_page_field(par):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def para(doc, text="", size=10.5, bold=False, align=None, indent=0, space_after=2):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.left_indent = Mm(indent)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-13", "令和７年１１月１３日（木）")
    S = statements(g)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.text = "ふじみ野市債権管理推進会議　会議録（公開用）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    add_page_field(fp)
    fp.add_run(" －")

    # ---- page 1
    para(doc, "令和７年度第２回ふじみ野市債権管理推進会議　会議録", 14, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    rows = [("１　日　時", "令和７年１１月１３日（木）午後２時００分～午後３時３０分"),
            ("２　場　所", "ふじみ野市役所　本庁舎４階　第１会議室"),
            ("３　出席者", "委員８名、事務局３名（欠席者なし）")]
    for a, b in rows:
        para(doc, f"{a}　　{b}", space_after=4)
    para(doc, "委員長：副市長", indent=8)
    para(doc, "委　員：総務部長・市民部長・福祉部長・子ども・若者部長・健康医療部長・", indent=8)
    para(doc, "都市政策部長・教育部長", indent=22)
    para(doc, "事務局：収納課長・収納課債権管理担当主幹・収納課主査", indent=8, space_after=6)
    para(doc, "４　議　題", space_after=4)
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(str(i))}）{a}", indent=8)
    para(doc, "", space_after=2)
    para(doc, "５　配付資料", space_after=4)
    for m in MATERIALS:
        para(doc, m, indent=8)
    para(doc, "別表１・別表２（会議録末尾に添付）", indent=8, space_after=6)
    para(doc, "６　会議の公開", space_after=4)
    para(doc, "公開（傍聴者なし）", indent=8, space_after=6)
    para(doc, "７　会議の概要", space_after=4)
    para(doc, "委員長のあいさつの後、事務局から配付資料の確認を行い、議題に沿って次のとおり説明及び質疑が行われた。"
              "発言は要旨を記載している。", indent=8)

    # ---- statements pages 2-3
    cur = 1
    last_sec = None
    for page, section, spk, text in S:
        if page != cur:
            page_break(doc)
            cur = page
        if section != last_sec:
            para(doc, "■" + section, 10.5, True, space_after=4)
            last_sec = section
        p = para(doc, "", indent=0, space_after=6)
        r = p.add_run(f"○{spk}　")
        r.bold = True
        p.add_run(text)
        p.paragraph_format.first_line_indent = Mm(0)
    para(doc, "（午後３時３０分　閉会）", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---- page 4: 別表１
    page_break(doc)
    para(doc, "別表１　主な債権の収納状況（６年度決算）", 11, True, space_after=2)
    para(doc, "単位：千円、％", 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率※"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = h
        set_cell_bg(c, "D9E2F3")
    P = 4
    labels = {"current": "現年分", "arrears": "滞繰分", "total": "計"}
    for key, (label, segs) in D.items():
        start = len(t.rows)
        for seg in ("current", "arrears", "total"):
            a, c, w, o = segs[seg]
            rr = r1(segs[seg])
            cells = t.add_row().cells
            vals = ["", labels[seg], comma(a), comma(c), comma(w) if w else "－", comma(o), f"{rr:.1f}"]
            for i, v in enumerate(vals):
                cells[i].text = v
            fy_raw = "６年度"
            g.fact(P, key, label, FY, fy_raw, seg, "assessed", "actual", a * 1000, "yen", comma(a))
            g.fact(P, key, label, FY, fy_raw, seg, "collected", "actual", c * 1000, "yen", comma(c))
            if w:
                g.fact(P, key, label, FY, fy_raw, seg, "written_off", "actual", w * 1000, "yen", comma(w))
            g.fact(P, key, label, FY, fy_raw, seg, "outstanding", "actual", o * 1000, "yen", comma(o))
            g.fact(P, key, label, FY, fy_raw, seg, "collection_rate", "actual", rr, "percent", f"{rr:.1f}")
        m = t.rows[start].cells[0].merge(t.rows[start + 2].cells[0])
        m.text = label
    for row in t.rows:
        for i, c in enumerate(row.cells):
            for pp in c.paragraphs:
                pp.paragraph_format.space_after = Pt(0)
                if i >= 2 and row is not t.rows[0]:
                    pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                for r in pp.runs:
                    r.font.size = Pt(8.5)
    para(doc, "※　収納率＝収入済額÷調定額（小数点以下第２位を四捨五入）。「－」は該当なし。", 8, space_after=8)

    para(doc, "別表２　現年分収納率の前年同期比較（９月末）", 11, True, space_after=2)
    para(doc, "単位：％", 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=2)
    t2 = doc.add_table(rows=2, cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0 = t2.rows[0].cells
    h0[0].text = "債権名"
    h0[1].text = "令和７年９月末"
    h0[2].text = "令和６年９月末"
    h0[3].text = "増減"
    h1 = t2.rows[1].cells
    h1[1].text = "現年分"
    h1[2].text = "現年分"
    h1[3].text = "（ポイント）"
    t2.rows[0].cells[0].merge(t2.rows[1].cells[0])
    for c in list(t2.rows[0].cells) + list(t2.rows[1].cells):
        set_cell_bg(c, "EDEDED")
    for key, now, prev in SEPT:
        cells = t2.add_row().cells
        d = round(now - prev, 1)
        cells[0].text = key
        cells[1].text = f"{now:.1f}"
        cells[2].text = f"{prev:.1f}"
        cells[3].text = (f"{d:.1f}" if d >= 0 else f"▲{abs(d):.1f}")
        g.fact(P, key, key, 2025, "令和７年９月末", "current", "collection_rate", "interim", now, "percent", f"{now:.1f}", as_of=INT_NOW)
        g.fact(P, key, key, 2024, "令和６年９月末", "current", "collection_rate", "interim", prev, "percent", f"{prev:.1f}", as_of=INT_PREV)
    for row in t2.rows:
        for i, c in enumerate(row.cells):
            for pp in c.paragraphs:
                pp.paragraph_format.space_after = Pt(0)
                for r in pp.runs:
                    r.font.size = Pt(8.5)

    docx = WORK / (STEM + ".docx")
    doc.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx)],
                   check=True, capture_output=True)
    import fitz
    src = fitz.open(WORK / (STEM + ".pdf"))
    src.subset_fonts()
    out = PDF_DIR / (STEM + ".pdf")
    src.save(out, garbage=4, deflate=True)

    g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-13", "method": None,
                 "attendees": [{"role": r, "title": t, "name": None} for r, t in ATTEND],
                 "agenda": AGENDA, "materials": MATERIALS + ["別表１・別表２"],
                 "statements": [{"speaker": spk, "section": sec_, "text": txt, "page": pg}
                                for pg, sec_, spk, txt in S]}
    finish(g, out)


if __name__ == "__main__":
    build()
