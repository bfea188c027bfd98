"""いすみ市 債権管理委員会 会議録 (python-docx -> LibreOffice). Family: minutes."""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from c2_common import F, OUT, ROOT, finish, to_pdf

STEM = "c2_isumi_minutes_1"
FY = 2024

# 別表 data (千円): name, 調定額, 収入済額, 不納欠損額
ROWS = [("市税", 7412536, 7179102, 9812),
        ("国民健康保険税", 1986420, 1781553, 21466),
        ("介護保険料", 1254077, 1238915, 3208),
        ("後期高齢者医療保険料", 498362, 496004, 415),
        ("保育所保育料", 118745, 112001, 354),
        ("市営住宅使用料", 46218, 41379, 612),
        ("水道料金", 1530884, 1512247, 1977)]


def oku(v_sen):
    """千円 -> 約X億Y,YYY万円 (rounded to 100万円) and the value in yen."""
    man = round(v_sen * 1000 / 1_000_000) * 100  # in 万円
    o, m = divmod(man, 10000)
    s = (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")
    zen = s.translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))
    return zen, man * 10000


def set_cell(c, text, bold=False, align=None, size=9):
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    if align:
        p.alignment = align


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("- ")
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); r._r.append(el)
        else:
            el = OxmlElement("w:instrText"); el.text = txt; r._r.append(el)
    p.add_run(" -")


def build():
    facts = []
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
    add_page_number(sec)

    def para(t, bold=False, align=None, size=None, indent=None):
        p = d.add_paragraph()
        r = p.add_run(t); r.bold = bold
        if size: r.font.size = Pt(size)
        if align: p.alignment = align
        if indent: p.paragraph_format.left_indent = Mm(indent)
        p.paragraph_format.space_after = Pt(2)
        return p

    title = "令和７年度第１回いすみ市債権管理委員会会議録"
    para(title, True, WD_ALIGN_PARAGRAPH.CENTER, 14)
    para("（本会議録は、令和７年度第２回委員会（令和７年１１月開催予定）において確認を受けるものとする。）",
         size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("１　開催日時　　令和７年８月２６日（火）　午後２時００分から午後３時２０分まで")
    para("２　開催場所　　いすみ市役所　本庁舎２階　庁議室")
    para("３　出 席 者")
    para("委 員 長：副市長", indent=8)
    para("委　　員：総務部長・市民部長・子ども・福祉部長・産業建設部長・教育部長", indent=8)
    para("事 務 局：税務課長・収納対策室長", indent=8)
    para("欠 席 者：なし", indent=8)
    para("４　議　　題")
    agenda = ["令和６年度決算における市債権の収入未済額について",
              "令和７年度債権管理推進方針について",
              "私債権の放棄について（報告）"]
    for i, a in enumerate(agenda, 1):
        para(f"（{'１２３'[i-1]}）{a}", indent=8)
    para("５　配付資料")
    mats = ["資料１　令和６年度債権別収入未済額等一覧", "資料２　令和７年度債権管理推進方針（案）",
            "資料３　私債権の放棄一覧（令和６年度）"]
    for m in mats:
        para(m, indent=8)
    para("６　会議の経過")

    tot = {n: (a, c, w, a - c - w) for n, a, c, w in ROWS}
    tax_out_z, tax_out_v = oku(tot["市税"][3])
    kok_out_z, kok_out_v = oku(tot["国民健康保険税"][3])
    hoiku_man = round(tot["保育所保育料"][3] / 10) ; hoiku_z = f"約{hoiku_man:,}万円".translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))
    statements = []

    def say(speaker, section, text, marker="○"):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Mm(0); p.paragraph_format.space_after = Pt(3)
        r = p.add_run(marker + speaker + "　"); r.bold = True
        p.add_run(text)
        statements.append({"speaker": speaker, "section": section, "text": text})

    para("（１）" + agenda[0], True)
    s0 = agenda[0]
    say("委員長", s0, "ただいまから令和７年度第１回債権管理委員会を開会する。本日は案件が多いため、説明は要点を絞ってお願いしたい。議題（１）について事務局から説明をお願いする。")
    say("税務課長", s0,
        f"資料１により説明する。令和６年度決算における市税の収納率は、現年課税分が９９．１２％、滞納繰越分が２８．４％、"
        f"合計で９６．８５％となり、前年度と比べて０．３１ポイント上昇した。市税の収入未済額は約{tax_out_z}で、"
        f"前年度末から約１，８００万円減少している。")
    facts += [F("市税", FY, "current", "collection_rate", "actual", 99.12, "percent", "９９．１２％", anchor="現年課税分が"),
              F("市税", FY, "arrears", "collection_rate", "actual", 28.4, "percent", "２８．４％", anchor="滞納繰越分が"),
              F("市税", FY, "total", "collection_rate", "actual", 96.85, "percent", "９６．８５％", anchor="合計で"),
              F("市税", FY, "total", "outstanding", "actual", tax_out_v, "yen", "約" + tax_out_z, approx=True)]
    say("税務課長", s0,
        f"国民健康保険税は、現年課税分の収納率が９４．０６％と前年度をわずかに下回った。収入未済額は約{kok_out_z}である。"
        "税率改定の影響で調定額が増加したことが主な要因と考えている。")
    facts += [F("国民健康保険税", FY, "current", "collection_rate", "actual", 94.06, "percent", "９４．０６％"),
              F("国民健康保険税", FY, "total", "outstanding", "actual", kok_out_v, "yen", "約" + kok_out_z, approx=True)]
    say("市民部長", s0, "国民健康保険税の滞納世帯数はどの程度か。また、短期被保険者証の廃止後の納付相談の状況を伺いたい。")
    say("収納対策室長", s0, "令和６年度末の滞納世帯数は１，２１４世帯で、前年度末より８７世帯減少した。納付相談は窓口と電話を合わせて延べ２，９００件余りであった。")
    facts += [F("国民健康保険税", FY, "total", "delinquents", "actual", 1214, "households", "１，２１４世帯")]
    say("子ども・福祉部長", s0,
        f"保育所保育料の収入未済額は{hoiku_z}であり、その多くは退所済み世帯の過年度分である。"
        "児童手当からの徴収（特別徴収）の同意取得を入所時に徹底していく。")
    facts += [F("保育所保育料", FY, "total", "outstanding", "actual", hoiku_man * 10000, "yen", hoiku_z, approx=True)]
    say("産業建設部長", s0, "市営住宅使用料は、連帯保証人への催告を早期に行っている。退去者分については、支払督促の申立てを２件行った。")
    say("教育部長", s0, "学校給食費の公会計化から２年が経過したが、未納の状況はどうか。")
    say("税務課長", s0, "学校給食費は資料１の対象外であるが、令和６年度の現年度分の収納率は９９．５％で、大きな課題は生じていない。")
    facts += [F("学校給食費", FY, "current", "collection_rate", "actual", 99.5, "percent", "９９．５％")]

    para("（２）" + agenda[1], True)
    s1 = agenda[1]
    say("税務課長", s1, "資料２により説明する。令和７年度は、現年度分の早期催告の徹底、財産調査の電子照会の拡大、債権所管課向けの研修の３点を重点とする。目標収納率は市税合計で９７．００％とした。")
    facts += [F("市税", 2025, "total", "collection_rate", "target", 97.0, "percent", "９７．００％")]
    say("副市長", s1, "目標は前年度実績を上回る水準である。各部とも進捗を四半期ごとに報告すること。", marker="○")
    say("委員長", s1, "ほかに意見がなければ、資料２のとおり決定する。")

    para("（３）" + agenda[2], True)
    s2 = agenda[2]
    say("収納対策室長", s2, "資料３のとおり、市営住宅使用料など私債権３件、計４８万円余りを市債権管理条例の規定により放棄した。次回委員会で議会への報告内容を確認いただく予定である。")
    say("委員長", s2, "以上で本日の議事を終了する。")

    # 別表
    d.add_page_break()
    para("別表　令和６年度　主な債権の収入未済額等（資料１抜粋）", True)
    para("（単位：千円、％）", align=WD_ALIGN_PARAGRAPH.RIGHT, size=9)
    hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, True, WD_ALIGN_PARAGRAPH.CENTER)
    sums = [0, 0, 0, 0]
    for n, a, c, w in ROWS:
        o = a - c - w
        r = round(c / a * 100, 1)
        cells = t.add_row().cells
        vals = [n, f"{a:,}", f"{c:,}", f"{w:,}", f"{o:,}", f"{r:.1f}"]
        for cc, v in zip(cells, vals):
            set_cell(cc, v, align=None if v == n else WD_ALIGN_PARAGRAPH.RIGHT)
        for k, v in enumerate((a, c, w, o)):
            sums[k] += v
        for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            facts.append(F(n, FY, "total", met, "actual", v * 1000, "yen", f"{v:,}", anchor="別表"))
        facts.append(F(n, FY, "total", "collection_rate", "actual", r, "percent", f"{r:.1f}", anchor="別表"))
    cells = t.add_row().cells
    r = round(sums[1] / sums[0] * 100, 1)
    for cc, v in zip(cells, ["合計", *[f"{x:,}" for x in sums], f"{r:.1f}"]):
        set_cell(cc, v, True, WD_ALIGN_PARAGRAPH.RIGHT if v != "合計" else WD_ALIGN_PARAGRAPH.CENTER)
    for met, v in zip(("assessed", "collected", "written_off", "outstanding"), sums):
        facts.append(F(None, FY, "total", met, "actual", v * 1000, "yen", f"{v:,}", anchor="別表", debt_raw="合計"))
    facts.append(F(None, FY, "total", "collection_rate", "actual", r, "percent", f"{r:.1f}", anchor="別表", debt_raw="合計"))
    para("注１　各欄の金額は千円未満を四捨五入しているため、合計が一致しない場合がある。", size=8.5)
    para("注２　収納率＝収入済額÷調定額×１００（小数点第２位を四捨五入）", size=8.5)
    para("以　上", align=WD_ALIGN_PARAGRAPH.RIGHT)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", STEM)
    attendees = [{"role": "委員長", "title": "副市長", "name": None}] + \
        [{"role": "委員", "title": t, "name": None} for t in ["総務部長", "市民部長", "子ども・福祉部長", "産業建設部長", "教育部長"]] + \
        [{"role": "事務局", "title": t, "name": None} for t in ["税務課長", "収納対策室長"]]
    minutes = {"title": "令和7年度第1回いすみ市債権管理委員会会議録", "meeting_number": 1, "date": "2025-08-26",
               "method": None, "attendees": attendees, "agenda": agenda,
               "materials": mats, "statements": statements}
    doc = {"kind": "minutes", "municipality": "いすみ市", "title": minutes["title"], "date": "2025-08-26",
           "date_raw": "令和７年８月２６日"}
    return finish(STEM, pdf, doc, facts, [], minutes, strip=r"-\d+-")


if __name__ == "__main__":
    build()
