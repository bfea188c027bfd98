"""出雲市 債権管理推進本部会議 会議録 (python-docx -> LibreOffice) and its gold."""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import OUT, PDF, Gold, c, oku_man, rate, to_pdf, zen  # noqa: E402

STEM = "s_izumo_minutes_1"
MUNI = "出雲市"
TITLE = "令和７年度第１回出雲市債権管理推進本部会議 会議録"

# name, 現年調定(千円), 現年率, 滞繰調定, 滞繰率, 不納欠損(滞繰)
DEBTS = [
    ("市税", 31482615, 99.21, 912440, 31.6, 48210),
    ("国民健康保険税", 5126388, 94.62, 1105270, 24.08, 61902),
    ("介護保険料", 4318902, 99.05, 96114, 28.4, 7288),
    ("後期高齢者医療保険料", 1602455, 99.61, 14870, 52.3, 1022),
    ("保育所保育料", 318660, 98.90, 41225, 22.7, 2310),
    ("市営住宅使用料", 402118, 97.52, 88406, 15.2, 3875),
    ("下水道使用料", 2410337, 98.81, 61209, 35.1, 2944),
    ("水道料金", 3905224, 98.95, 92880, 40.2, 4102),
    ("生活保護費返還金", 88502, 62.4, 214338, 4.6, 9870),
]


def table_data():
    rows = []
    for name, ac, rc, aa, ra, w in DEBTS:
        cc = round(ac * rc / 100)
        ca = round(aa * ra / 100)
        oc = ac - cc
        oa = aa - ca - w
        rows.append({"name": name,
                     "cur": (ac, cc, 0, oc, rate(cc, ac)),
                     "arr": (aa, ca, w, oa, rate(ca, aa)),
                     "tot": (ac + aa, cc + ca, w, oc + oa, rate(cc + ca, ac + aa))})
    A = sum(r["tot"][0] for r in rows); C = sum(r["tot"][1] for r in rows)
    W = sum(r["tot"][2] for r in rows); O = sum(r["tot"][3] for r in rows)
    return rows, (A, C, W, O, rate(C, A))


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")


def para(doc, text, size=None, bold=False, align=None, indent=None, space=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    return p


def footer(doc):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind})
        else:
            el = run._r.makeelement(qn("w:instrText"), {})
            el.text = txt
        run._r.append(el)
    hp = sec.header.paragraphs[0]
    hp.text = "出雲市債権管理推進本部"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build():
    rows, tot = table_data()
    g = Gold(STEM, "minutes", MUNI, TITLE, "2025-07-24", "令和７年７月２４日")
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    footer(doc)

    # ---------- page 1
    para(doc, "令和７年度第１回出雲市債権管理推進本部会議 会議録", 14, True, WD_ALIGN_PARAGRAPH.CENTER, space=6)
    para(doc, "（本会議の協議結果は、令和７年度第２回会議（１１月開催予定）において進捗を確認する。）", 9,
         align=WD_ALIGN_PARAGRAPH.RIGHT, space=10)
    para(doc, "１　日　　時　　令和７年７月２４日（木）　午後２時から午後３時２０分まで")
    para(doc, "２　場　　所　　出雲市役所本庁舎　３階　庁議室", space=6)
    para(doc, "３　出 席 者")
    att = [("本部長", ["副市長"]), ("副本部長", ["総務部長"]),
           ("本部員", ["財政部長", "健康福祉部長", "子ども・若者部長", "経済環境部長", "都市建設部長",
                      "上下水道局長", "教育部長"]),
           ("事務局", ["財政部次長", "債権管理課長", "収納課長"])]
    for role, titles in att:
        para(doc, f"{role}：" + "・".join(titles), indent=8)
    g_att = [{"role": role, "title": t} for role, titles in att for t in titles]
    para(doc, "（欠席者なし）", 9, indent=8, space=8)
    para(doc, "４　議　　題")
    agenda = ["令和６年度主要債権の決算状況について", "令和７年度債権管理重点取組について", "令和６年度私債権の放棄について"]
    for k, a in enumerate(agenda, 1):
        para(doc, f"（{zen(k)}）{a}", indent=8)
    para(doc, "", space=4)
    para(doc, "５　配付資料")
    materials = ["資料１　令和６年度主要債権の収入未済額等の状況", "資料２　令和７年度債権管理重点取組（案）",
                 "資料３　令和６年度私債権放棄一覧", "別表　主要債権の収納状況（令和６年度決算）"]
    for m in materials:
        para(doc, m, indent=8)
    para(doc, "", space=4)
    para(doc, "６　会議の経過", space=4)
    para(doc, "　開会に先立ち、本部長から、自主財源の確保と負担の公平性の観点から、引き続き全庁一体となった"
              "債権管理に取り組むよう挨拶があった。", space=4)
    doc.add_page_break()

    # ---------- page 2
    st = []

    def say(speaker, section, text, page_doc=True):
        para(doc, f"○{speaker}", bold=True, space=0)
        para(doc, "　" + text, indent=4, space=5)
        st.append({"speaker": speaker, "section": section, "text": text})

    sec1 = agenda[0]
    para(doc, f"（１）{sec1}", bold=True, space=4)
    o_txt, o_val = oku_man(tot[3] * 1000)
    say("債権管理課長", sec1,
        f"資料１及び別表により説明する。令和６年度決算における主要９債権の収入未済額は、約{zen(o_txt)}で、"
        f"前年度から約８，６００万円減少した。主要９債権全体の収納率は{zen(str(tot[4]))}％となり、"
        f"前年度を０．３３ポイント上回った。")
    g.f(2, None, 2024, "令和６年度", "total", "outstanding", "actual", o_val, "yen", f"約{zen(o_txt)}",
        approx=True, debt_raw=None)
    g.f(2, None, 2024, "令和６年度", "total", "collection_rate", "actual", tot[4], "percent",
        f"{zen(str(tot[4]))}％", debt_raw=None)
    kok = rows[1]
    say("健康福祉部長", sec1,
        f"国民健康保険税は、現年課税分の収納率が{zen(str(kok['cur'][4]))}％、滞納繰越分が{zen(str(kok['arr'][4]))}％"
        "となった。被保険者の減少により調定額は減少しているが、口座振替の勧奨と初期滞納者への早期催告により、"
        "現年課税分は４年連続で前年度を上回っている。")
    g.f(2, "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", kok["cur"][4], "percent",
        f"{zen(str(kok['cur'][4]))}％")
    g.f(2, "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", kok["arr"][4], "percent",
        f"{zen(str(kok['arr'][4]))}％")
    hoiku = rows[4]
    say("子ども・若者部長", sec1,
        f"保育所保育料は、現年度分の収納率が{zen(str(hoiku['cur'][4]))}％であった。退園者の過年度分については、"
        "児童手当からの申出徴収を引き続き活用していく。")
    g.f(2, "保育所保育料", 2024, "令和６年度", "current", "collection_rate", "actual", hoiku["cur"][4], "percent",
        f"{zen(str(hoiku['cur'][4]))}％")
    say("本部長", sec1, "市税の滞納繰越分について、今年度の進捗はどうか。")
    say("収納課長", sec1,
        "令和７年６月末時点の滞納繰越分の収納率は１８．４％で、前年同期の１７．９％を０．５ポイント上回っている。"
        "高額事案は差押えを優先し、換価まで早期に進める。")
    g.f(2, "市税", 2025, "令和７年６月末", "arrears", "collection_rate", "interim", 18.4, "percent", "１８．４％",
        as_of="2025-06-30")
    g.f(2, "市税", 2024, "前年同期", "arrears", "collection_rate", "interim", 17.9, "percent", "１７．９％",
        as_of="2024-06-30")
    doc.add_page_break()

    # ---------- page 3
    sec2 = agenda[1]
    para(doc, f"（２）{sec2}", bold=True, space=4)
    say("債権管理課長", sec2,
        "資料２により説明する。今年度は、①初期滞納への早期着手、②私債権の法的措置の徹底、③キャッシュレス納付の"
        "拡大の３点を重点とし、各所管課に取組計画の提出を求める。")
    say("都市建設部長", sec2,
        "市営住宅使用料は、連帯保証人への催告を早期に行うとともに、長期滞納者には明渡請求を含めた法的措置を検討する。")
    say("本部長", sec2, "所管課ごとの進捗を第２回会議で報告すること。")
    sec3 = agenda[2]
    para(doc, f"（３）{sec3}", bold=True, space=4)
    say("債権管理課長", sec3,
        "資料３により説明する。出雲市債権管理条例に基づき、令和６年度に放棄した私債権は３債権、４１件であった。"
        "いずれも時効期間が経過し、債務者の所在が不明であるなど回収の見込みがないものである。")
    para(doc, "７　閉　　会", space=2)
    para(doc, "　本部長が閉会を宣し、午後３時２０分に終了した。", space=2)
    doc.add_page_break()

    # ---------- page 4: 別表
    para(doc, "別表　主要債権の収納状況（令和６年度決算）", 12, True, space=2)
    para(doc, "単位：千円、収納率は％", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, space=2)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = doc.add_table(rows=1 + 3 * len(rows) + 1, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(38), Mm(14), Mm(27), Mm(27), Mm(21), Mm(24), Mm(15)]

    def put(cell, text, right=False, size=8):
        cell.text = ""
        p = cell.paragraphs[0]
        r = p.add_run(text)
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for j, h in enumerate(hdr):
        put(t.cell(0, j), h)
    segs = [("cur", "現年", "current"), ("arr", "滞繰", "arrears"), ("tot", "計", "total")]
    metrics = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
    ri = 1
    for r in rows:
        top = t.cell(ri, 0)
        top.merge(t.cell(ri + 2, 0))
        put(top, r["name"])
        for k, (key, lab, seg) in enumerate(segs):
            put(t.cell(ri + k, 1), lab)
            vals = r[key]
            for j, (m, v) in enumerate(zip(metrics, vals)):
                if m == "written_off" and key == "cur":
                    put(t.cell(ri + k, 2 + j), "－", True)
                    continue
                s = str(v) if m == "collection_rate" else c(v)
                put(t.cell(ri + k, 2 + j), s, True)
                if m == "collection_rate":
                    g.f(4, r["name"], 2024, "令和６年度", seg, m, "actual", v, "percent", s)
                else:
                    g.f(4, r["name"], 2024, "令和６年度", seg, m, "actual", v * 1000, "yen", s)
        ri += 3
    cell = t.cell(ri, 0)
    cell.merge(t.cell(ri, 1))
    put(cell, "合計")
    for j, (m, v) in enumerate(zip(metrics, tot)):
        s = str(v) if m == "collection_rate" else c(v)
        put(t.cell(ri, 2 + j), s, True)
        g.f(4, None, 2024, "令和６年度", "total", m, "actual", v if m == "collection_rate" else v * 1000,
            "percent" if m == "collection_rate" else "yen", s, debt_raw="合計")
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    para(doc, "※不納欠損額は滞納繰越分のみ計上している。", 8, space=0)

    g.minutes = {"title": TITLE, "meeting_number": 1, "date": "2025-07-24", "method": None,
                 "attendees": g_att, "agenda": agenda, "materials": materials, "statements": st}
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "izumo")
    return g.write(pdf, 4)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
