"""t_mito_minutes_1: council standing-committee record (所管事務調査 債権管理), python-docx -> LibreOffice."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from t_common import OUT, PDF, Gold, lo_pdf, zen

STEM = "t_mito_minutes_1"
G = Gold(STEM, "水戸市")
FONT = "IPAexMincho"


def set_font(run, name=FONT, size=None, bold=False):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc, text="", size=10.5, bold=False, align=None, indent=0, first=0, space=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), size=size, bold=bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space)
    pf.space_before = Pt(0)
    if indent:
        pf.left_indent = Mm(indent)
    if first:
        pf.first_line_indent = Mm(first)
    if align:
        p.alignment = align
    return p


def page_field(par):
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        r = par.add_run()
        set_font(r, size=9)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        r._element.append(el)


def cell_text(cell, text, size=9, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), size=size, bold=bold)
    p.paragraph_format.space_after = Pt(0)
    if align:
        p.alignment = align


# ---------------------------------------------------------------- statements
STATEMENTS = []  # (speaker_printed, section, [paragraph texts])
SEC1 = "令和５年度決算における債権の状況について"
SEC2 = "債権管理推進計画の取組状況について"

# 別表 data (千円), 令和５年度決算
BETSU = [
    ("市税", 52318406, 51592117, 98512),
    ("国民健康保険税", 8914233, 8029761, 121904),
    ("介護保険料", 5126780, 5058224, 14011),
    ("保育所保育料", 1284519, 1271306, 2190),
    ("市営住宅使用料", 1062450, 974103, 1185),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("総務環境委員会記録（令和６年１１月１９日）"), size=8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("－ "), size=9)
    page_field(fp)
    set_font(fp.add_run(" －"), size=9)

    para(doc, "総 務 環 境 委 員 会 記 録", size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space=4)
    para(doc, "（閉会中の所管事務調査）", size=11, align=WD_ALIGN_PARAGRAPH.CENTER, space=10)
    para(doc, "※ 令和６年度第２回水戸市債権管理推進本部会議（令和６年１０月２８日開催）の結果報告を含む。",
         size=9, space=8)

    rows = [
        ("１　開会日時", "令和６年１１月１９日（火曜日）　午前１０時００分"),
        ("２　閉会日時", "令和６年１１月１９日（火曜日）　午前１１時４２分"),
        ("３　場　　所", "第２委員会室"),
    ]
    for a, b in rows:
        para(doc, f"{a}　　{b}", space=3)
    para(doc, "４　出席委員（７名）", space=2)
    members = [("委員長", "飯田　和也"), ("副委員長", "小野寺　恵"), ("委員", "大内　正樹"), ("委員", "菊池　礼子"),
               ("委員", "高野　修"), ("委員", "三村　敏之"), ("委員", "綿引　みどり")]
    line = []
    for r, n in members:
        line.append(f"{r}　{n}")
    para(doc, "　　".join(line[:3]), indent=8, space=1)
    para(doc, "　　".join(line[3:]), indent=8, space=4)
    para(doc, "５　説明のため出席した者", space=2)
    expl = [("財務部長", "石川　隆"), ("財務部次長兼債権管理課長", "佐川　浩一"), ("収納課長", "安藤　聡"),
            ("保健医療・福祉部長", "関　由紀子"), ("国保年金課長", "塙　直人"), ("子ども・若者部長", "根本　美和"),
            ("都市計画部住宅政策課長", "黒沢　剛")]
    for k in range(0, len(expl), 2):
        para(doc, "　　".join(f"{t}　{n}" for t, n in expl[k:k + 2]), indent=8, space=1)
    para(doc, "", space=2)
    para(doc, "６　事務局職員出席者　　議事調査課長補佐　沼田　秀一　　書記　岡部　綾", space=4)
    para(doc, "７　調査事件", space=2)
    agenda = ["債権管理の取組状況について", "　(1) " + SEC1, "　(2) " + SEC2]
    for a in agenda:
        para(doc, a, indent=8, space=1)
    para(doc, "", space=2)
    para(doc, "８　配付資料", space=2)
    mats = ["資料１　令和５年度決算における債権の状況（主な債権）", "資料２　水戸市債権管理推進計画（後期）取組状況"]
    for m in mats:
        para(doc, m, indent=8, space=1)
    para(doc, "", space=2)
    para(doc, "９　委員会の経過　　別紙のとおり", space=2)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------ proceedings
    para(doc, "委員会の経過", size=12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space=8)
    para(doc, "午前１０時００分　開会", space=6)

    total = sum(b[3] for b in BETSU)
    shizei = BETSU[0]
    sz_rate = round(shizei[2] / shizei[1] * 100, 2)
    out_all = 3_142_000_000
    speech = [
        ("○飯田委員長", SEC1, ["ただいまから総務環境委員会を開会いたします。本日は閉会中の所管事務調査として、債権管理の取組状況について調査を行います。執行部から説明をお願いします。"]),
        ("○石川財務部長", SEC1, [
            "資料１を御覧ください。令和５年度決算における全会計の収入未済額は、"
            + G.f("約３１億４，２００万円", out_all, "outstanding", "actual", 2023, "令和５年度", approx=True)
            + "となり、前年度と比較して約２億１，０００万円の縮減となりました。債権管理推進計画に基づき、各所管課と連携して取り組んだ結果と考えております。詳細は債権管理課長から説明いたします。"]),
        ("○佐川債権管理課長", SEC1, [
            "まず市税でございますが、令和５年度の収納率は"
            + G.f(zen(f"{sz_rate:.2f}％"), sz_rate, "collection_rate", "actual", 2023, "令和５年度", debt="市税")
            + "で、前年度から０．１２ポイント上昇しております。このうち滞納繰越分の収納率は"
            + G.f("２８．４％", 28.4, "collection_rate", "actual", 2023, "令和５年度", "arrears", debt="市税")
            + "でございます。",
            "次に国民健康保険税ですが、現年課税分の収納率は"
            + G.f("９４．８２％", 94.82, "collection_rate", "actual", 2023, "令和５年度", "current", debt="国民健康保険税")
            + "となり、３年連続で上昇いたしました。一方、滞納繰越分は"
            + G.f("２１．７％", 21.7, "collection_rate", "actual", 2023, "令和５年度", "arrears", debt="国民健康保険税")
            + "にとどまっており、引き続き財産調査と滞納処分を強化してまいります。主な債権の数値は、別表のとおりでございます。"]),
        ("○小野寺副委員長", SEC1, [
            "市営住宅使用料について伺います。滞納者数と、長期滞納者への対応はどのようになっていますか。"]),
        ("○黒沢住宅政策課長", SEC1, [
            "令和６年１０月末時点の滞納者数は"
            + G.f("２１２人", 212, "delinquents", "interim", 2024, "令和６年１０月末", debt="市営住宅使用料", as_of="2024-10-31")
            + "で、前年同月と比べ１５人減少しております。収入未済額は令和５年度末で"
            + G.f("約８，７００万円", 87_000_000, "outstanding", "actual", 2023, "令和５年度末", debt="市営住宅使用料", approx=True)
            + "でございます。６か月以上の長期滞納者には連帯保証人への催告を行い、なお納付のない場合は明渡し請求訴訟の提起を検討しております。"]),
        ("○大内委員", SEC2, [
            "推進計画の取組状況について、保育所保育料の滞納繰越分の状況はどうか。児童手当からの徴収はどの程度行っていますか。"]),
        ("○根本子ども・若者部長", SEC2, [
            "保育所保育料の滞納繰越分の収納率は、令和５年度が"
            + G.f("３２．５％", 32.5, "collection_rate", "actual", 2023, "令和５年度", "arrears", debt="保育所保育料")
            + "でございました。児童手当からの特別徴収は、保護者の申出に基づき実施しており、令和５年度は１０８件でございます。"]),
        ("○菊池委員", SEC2, [
            "債権放棄の状況について、私債権の放棄は議会に報告されていますが、今後の方針を伺います。"]),
        ("○佐川債権管理課長", SEC2, [
            "私債権の放棄につきましては、債権管理条例に基づき、資力の回復が見込めないものなどを精査した上で行っております。今後も債権管理推進本部会議で審査し、適正に整理を進めてまいります。"]),
        ("○飯田委員長", SEC2, ["ほかにございませんか。――以上で債権管理の取組状況についての調査を終了いたします。"]),
    ]
    for spk, section, paras in speech:
        p = para(doc, "", space=1)
        set_font(p.add_run(spk), name="IPAexGothic", size=10.5)
        set_font(p.add_run("　" + paras[0]), size=10.5)
        p.paragraph_format.first_line_indent = Mm(0)
        for extra in paras[1:]:
            para(doc, "　" + extra, space=1)
        para(doc, "", space=2)
        STATEMENTS.append((spk, section, paras))
    para(doc, "午前１１時４２分　閉会", space=4)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------ 別表
    para(doc, "別表　主な債権の状況（令和５年度決算）", size=11, bold=True, space=2)
    para(doc, "単位：千円、％", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, space=2)
    hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(hdr):
        cell_text(t.rows[0].cells[c], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    sums = [0, 0, 0, 0]
    for name, a, c, w in BETSU:
        o = a - c - w
        rate = round(c / a * 100, 2)
        sums = [sums[0] + a, sums[1] + c, sums[2] + w, sums[3] + o]
        r = t.add_row().cells
        cell_text(r[0], name)
        kw = dict(debt=name)
        vals = [G.f(f"{a:,}", a * 1000, "assessed", "actual", 2023, "令和５年度", **kw),
                G.f(f"{c:,}", c * 1000, "collected", "actual", 2023, "令和５年度", **kw),
                G.f(f"{w:,}", w * 1000, "written_off", "actual", 2023, "令和５年度", **kw),
                G.f(f"{o:,}", o * 1000, "outstanding", "actual", 2023, "令和５年度", **kw),
                G.f(f"{rate:.2f}", rate, "collection_rate", "actual", 2023, "令和５年度", **kw)]
        for k, v in enumerate(vals):
            cell_text(r[k + 1], v, align=WD_ALIGN_PARAGRAPH.RIGHT)
    a, c, w, o = sums
    rate = round(c / a * 100, 2)
    r = t.add_row().cells
    cell_text(r[0], "計", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    kw = dict(debt=None, debt_raw="計")
    vals = [G.f(f"{a:,}", a * 1000, "assessed", "actual", 2023, "令和５年度", **kw),
            G.f(f"{c:,}", c * 1000, "collected", "actual", 2023, "令和５年度", **kw),
            G.f(f"{w:,}", w * 1000, "written_off", "actual", 2023, "令和５年度", **kw),
            G.f(f"{o:,}", o * 1000, "outstanding", "actual", 2023, "令和５年度", **kw),
            G.f(f"{rate:.2f}", rate, "collection_rate", "actual", 2023, "令和５年度", **kw)]
    for k, v in enumerate(vals):
        cell_text(r[k + 1], v, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "", space=2)
    para(doc, "注１　収入未済額＝調定額－収入済額－不納欠損額（還付未済額は含まない。）", size=8.5, space=1)
    para(doc, "注２　市税は個人市民税・法人市民税・固定資産税等の合計、国民健康保険税は一般被保険者分と退職被保険者等分の合計。",
         size=8.5, space=1)
    para(doc, "注３　計は上記５債権の合計であり、全会計の収入未済額とは一致しない。", size=8.5, space=1)

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = lo_pdf(src, PDF / f"{STEM}.pdf", "mito")

    minutes = {
        "title": "総務環境委員会記録", "meeting_number": None, "date": "2024-11-19", "method": None,
        "attendees": [{"role": r, "title": None, "name": n.replace("　", "")} for r, n in members]
        + [{"role": t_, "title": t_, "name": n.replace("　", "")} for t_, n in expl],
        "agenda": [SEC1, SEC2],
        "materials": [m.replace("　", " ", 1) for m in mats],
        "statements": [{"speaker": s.lstrip("○"), "section": sec_, "text": "\n".join(ps)}
                       for s, sec_, ps in STATEMENTS],
    }
    G.finish(pdf, {"kind": "minutes", "title": "総務環境委員会記録", "date": "2024-11-19",
                   "date_raw": "令和６年１１月１９日"}, minutes)


if __name__ == "__main__":
    build()
