"""長岡市 債権管理計画 with 推進シート per debt (python-docx -> LibreOffice) and its gold."""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from s_common import OUT, PDF, Gold, c, oku_man, rate, to_pdf, zen  # noqa: E402

STEM = "s_nagaoka_plan_1"
MUNI = "長岡市"
TITLE = "長岡市債権管理計画（令和７年度～令和１１年度）"
YEARS = [(2019, "令和元年度"), (2020, "２年度"), (2021, "３年度"), (2022, "４年度"), (2023, "５年度")]
TYEARS = [(2025, "令和７年度"), (2026, "８年度"), (2027, "９年度"), (2028, "１０年度"), (2029, "１１年度")]

DEBTS = [
    {"name": "市税", "ka": "財務部 収納課", "kubun": "強制徴収公債権（時効５年）",
     "gaiyo": "市民税、固定資産税、軽自動車税、都市計画税等。地方税法に基づき滞納処分を行う。",
     "cur": ([30120450, 29850220, 30410880, 30980110, 31254370], [98.62, 98.70, 98.91, 99.02, 99.10]),
     "arr": ([1204330, 1098120, 985400, 902110, 834560], [26.4, 27.9, 29.2, 30.8, 31.9]),
     "wo": [98410, 90220, 84300, 71020, 65440], "del": ([12480, 11920, 11305, 10840, 10215], "滞納者数（人）", "persons"),
     "tgt": (["99.15", "99.20", "99.25", "99.30", "99.35"], ["33.0", "34.0", "35.0", "36.0", "37.0"],
             [780000, 740000, 700000, 660000, 620000]),
     "now": [("ア", "督促状発送後１か月以内に、ＳＭＳと電話による催告を行う。", "継続"),
             ("イ", "滞納繰越額５０万円以上の事案を特別整理班で集中処理する。", "拡充"),
             ("ウ", "差押財産のインターネット公売を年２回実施する。", "新規")],
     "later": [("ア", "ＡＩを活用した滞納者の優先順位付けを導入する。", "新規"),
               ("イ", "納付環境の拡充として、キャッシュレス納付の対象税目を広げる。", "拡充")]},
    {"name": "国民健康保険税", "ka": "福祉保健部 国保年金課", "kubun": "強制徴収公債権（時効５年）",
     "gaiyo": "国民健康保険の被保険者の属する世帯の世帯主に課する目的税。",
     "cur": ([6204550, 6011230, 5890410, 5702280, 5540120], [93.10, 93.65, 94.02, 94.40, 94.71]),
     "arr": ([2205660, 2010340, 1850220, 1702450, 1590330], [18.2, 19.4, 20.6, 21.5, 22.8]),
     "wo": [210330, 190450, 176200, 160110, 148900], "del": ([6120, 5880, 5610, 5390, 5150], "滞納世帯数（世帯）", "households"),
     "tgt": (["94.90", "95.10", "95.30", "95.50", "95.70"], ["23.5", "24.5", "25.5", "26.5", "27.5"],
             [1320000, 1260000, 1200000, 1140000, 1080000]),
     "now": [("ア", "資格取得の届出時に口座振替の手続を案内し、原則口座振替とする。", "継続"),
             ("イ", "納付誓約の不履行者には、翌月中に差押予告を送付する。", "拡充")],
     "later": [("ア", "収納推進員の訪問を初期滞納世帯に重点化する。", "継続")]},
    {"name": "市営住宅使用料", "ka": "都市整備部 住宅施設課", "kubun": "私債権（時効５年）",
     "gaiyo": "長岡市営住宅条例に基づく家賃及び駐車場使用料。",
     "cur": ([1102330, 1098450, 1090220, 1085410, 1080330], [97.20, 97.35, 97.48, 97.60, 97.72]),
     "arr": ([215440, 208330, 199850, 190220, 182110], [10.4, 11.2, 12.1, 12.9, 13.6]),
     "wo": [8220, 7410, 6980, 6520, 5990], "del": ([402, 388, 371, 356, 340], "滞納者数（人）", "persons"),
     "tgt": (["97.80", "97.90", "98.00", "98.10", "98.20"], ["14.5", "15.5", "16.5", "17.5", "18.5"],
             [180000, 172000, 164000, 156000, 148000]),
     "now": [("ア", "滞納３か月で連帯保証人へ通知し、納付指導への協力を求める。", "継続"),
             ("イ", "退去者の滞納分は、支払督促の申立てを速やかに行う。", "継続")],
     "later": [("ア", "指定管理者と連携し、入居時の口座振替登録を徹底する。", "拡充")]},
]


def series(dd):
    out = []
    for k in range(5):
        ac, aa = dd["cur"][0][k], dd["arr"][0][k]
        cc = round(ac * dd["cur"][1][k] / 100)
        ca = round(aa * dd["arr"][1][k] / 100)
        w = dd["wo"][k]
        out.append({"cur": (ac, cc, 0, ac - cc, rate(cc, ac)),
                    "arr": (aa, ca, w, aa - ca - w, rate(ca, aa)),
                    "tot": (ac + aa, cc + ca, w, ac + aa - cc - ca - w, rate(cc + ca, ac + aa))})
    return out


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "IPAexGothic"
    st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")


def para(doc, text, size=None, bold=False, align=None, space=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space)
    return p


def put(cell, text, right=False, size=8.5, bold=False, center=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(size)
        r.bold = bold
        p.paragraph_format.space_after = Pt(0)
        if right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, color="E7E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def page_footer(doc):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        el = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind}) if kind else \
            run._r.makeelement(qn("w:instrText"), {})
        if txt:
            el.text = txt
        run._r.append(el)
    sec.header.paragraphs[0].text = "長岡市債権管理計画"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT


def build():
    g = Gold(STEM, "plan", MUNI, TITLE, "2025-03-01", "令和７年３月")
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(18)
    page_footer(doc)
    data = {d["name"]: series(d) for d in DEBTS}

    # ---- page 1
    para(doc, TITLE, 15, True, WD_ALIGN_PARAGRAPH.CENTER, 4)
    para(doc, "令和７年３月　長岡市", 10, align=WD_ALIGN_PARAGRAPH.CENTER, space=14)
    para(doc, "１　計画の趣旨", 11, True)
    tax5 = data["市税"][4]["tot"]
    txt, val = oku_man(tax5[3] * 1000)
    kok5 = data["国民健康保険税"][4]["tot"]
    para(doc, "　本市では、平成２７年度に債権管理条例を制定し、全庁的な債権管理に取り組んできた。"
              f"令和５年度決算では、市税の収入率は{zen(str(tax5[4]))}％となり、市税の収入未済額は約{zen(txt)}まで縮減した。"
              f"一方、国民健康保険税の収入未済額は{zen(c(kok5[3]))}千円と依然として多額であり、"
              "負担の公平性を確保するため、引き続き計画的な債権管理が必要である。", space=6)
    g.f(1, "市税", 2023, "令和５年度", "total", "collection_rate", "actual", tax5[4], "percent", f"{zen(str(tax5[4]))}％")
    g.f(1, "市税", 2023, "令和５年度", "total", "outstanding", "actual", val, "yen", f"約{zen(txt)}", approx=True)
    g.f(1, "国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", kok5[3] * 1000, "yen",
        f"{zen(c(kok5[3]))}千円")
    para(doc, "２　計画期間", 11, True)
    para(doc, "　令和７年度から令和１１年度までの５年間とする。", space=6)
    para(doc, "３　対象債権", 11, True)
    para(doc, "　収入未済額が１億円以上の債権のうち、次の３債権について推進シートを作成し、目標と取組を定める。", space=2)
    for k, d in enumerate(DEBTS, 1):
        para(doc, f"　（{zen(k)}）{d['name']}（{d['ka']}）", space=1)
    para(doc, "", space=4)
    para(doc, "４　進行管理", 11, True)
    para(doc, "　毎年度、決算確定後に推進シートの実績を更新し、長岡市債権管理対策会議に報告する。"
              "目標の達成が困難な債権は、取組内容を見直す。", space=2)
    doc.add_page_break()

    page = 1
    for d in DEBTS:
        name = d["name"]
        s = data[name]
        page += 1
        para(doc, "債権管理推進シート", 12, True, WD_ALIGN_PARAGRAPH.CENTER, 4)
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        put(t.cell(0, 0), f"債権名　{name}", size=11, bold=True)
        t.cell(0, 0).merge(t.cell(0, 1))
        put(t.cell(0, 0), f"債権名　{name}", size=11, bold=True)
        put(t.cell(1, 0), f"所管課　{d['ka']}", size=9)
        put(t.cell(1, 1), f"区分　{d['kubun']}", size=9)
        para(doc, "", space=0)
        para(doc, "１　債権の概要", 10.5, True)
        para(doc, "　" + d["gaiyo"], space=4)
        para(doc, "２　収納状況の推移", 10.5, True, space=0)
        para(doc, "（単位：千円）", 8, align=WD_ALIGN_PARAGRAPH.RIGHT, space=0)
        hdr = ["区分", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収入率（％）"]
        t = doc.add_table(rows=1 + 15, cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(hdr):
            put(t.cell(0, j), h, center=True, bold=True)
            shade(t.cell(0, j))
        metrics = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
        for gi, (key, lab, seg) in enumerate((("cur", "現年", "current"), ("arr", "滞納\n繰越", "arrears"),
                                             ("tot", "計", "total"))):
            r0 = 1 + gi * 5
            m = t.cell(r0, 0).merge(t.cell(r0 + 4, 0))
            put(m, lab, center=True)
            for k, (fy, fyraw) in enumerate(YEARS):
                put(t.cell(r0 + k, 1), fyraw)
                for j, (met, v) in enumerate(zip(metrics, s[k][key])):
                    if met == "written_off" and key == "cur":
                        put(t.cell(r0 + k, 2 + j), "－", right=True)
                        continue
                    txt_ = str(v) if met == "collection_rate" else c(v)
                    put(t.cell(r0 + k, 2 + j), txt_, right=True)
                    if met == "collection_rate":
                        g.f(page, name, fy, fyraw, seg, met, "actual", v, "percent", txt_)
                    else:
                        g.f(page, name, fy, fyraw, seg, met, "actual", v * 1000, "yen", txt_)
        para(doc, "※不納欠損額は滞納繰越分に計上している。", 8, space=6)
        dl, dlab, dunit = d["del"]
        para(doc, f"３　{dlab.split('（')[0]}の推移", 10.5, True, space=2)
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        put(t.cell(0, 0), "区分", center=True, bold=True); shade(t.cell(0, 0))
        put(t.cell(1, 0), dlab)
        for k, (fy, fyraw) in enumerate(YEARS):
            put(t.cell(0, k + 1), fyraw, center=True, bold=True); shade(t.cell(0, k + 1))
            put(t.cell(1, k + 1), c(dl[k]), right=True)
            g.f(page, name, fy, fyraw, "total", "delinquents", "actual", dl[k], dunit, c(dl[k]))
        doc.add_page_break()

        # ---- target / measures page
        page += 1
        para(doc, f"債権管理推進シート（{name}）", 12, True, WD_ALIGN_PARAGRAPH.CENTER, 6)
        para(doc, "４　目標", 10.5, True, space=2)
        cur_t, arr_t, out_t = d["tgt"]
        t = doc.add_table(rows=4, cols=8)
        t.style = "Table Grid"
        heads = ["項目", "５年度実績"] + [fr for _, fr in TYEARS] + ["差（11年度－5年度）"]
        for j, h in enumerate(heads):
            put(t.cell(0, j), h, center=True, bold=True, size=8); shade(t.cell(0, j))
        last = s[4]
        rows = [("現年 収入率（％）", "current", str(last["cur"][4]), cur_t),
                ("滞納繰越 収入率（％）", "arrears", str(last["arr"][4]), arr_t)]
        for i, (lab, seg, act, tg) in enumerate(rows, 1):
            put(t.cell(i, 0), lab, size=8)
            put(t.cell(i, 1), act, right=True, size=8)
            g.f(page, name, 2023, "５年度", seg, "collection_rate", "actual", float(act), "percent", act)
            for k, (fy, fyraw) in enumerate(TYEARS):
                put(t.cell(i, 2 + k), tg[k], right=True, size=8)
                g.f(page, name, fy, fyraw, seg, "collection_rate", "target", float(tg[k]), "percent", tg[k])
            diff = float(tg[4]) - float(act)
            put(t.cell(i, 7), ("△" if diff < 0 else "") + f"{abs(diff):.2f}", right=True, size=8)
        put(t.cell(3, 0), "収入未済額（千円）", size=8)
        put(t.cell(3, 1), c(last["tot"][3]), right=True, size=8)
        g.f(page, name, 2023, "５年度", "total", "outstanding", "actual", last["tot"][3] * 1000, "yen",
            c(last["tot"][3]))
        for k, (fy, fyraw) in enumerate(TYEARS):
            put(t.cell(3, 2 + k), c(out_t[k]), right=True, size=8)
            g.f(page, name, fy, fyraw, "total", "outstanding", "target", out_t[k] * 1000, "yen", c(out_t[k]))
        put(t.cell(3, 7), "－", right=True, size=8)
        para(doc, "※差はポイント。目標年度の数値は令和５年度実績を基準に段階的に設定した。", 8, space=8)
        para(doc, "５　目標達成に向けた取組", 10.5, True, space=2)
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        put(t.cell(0, 0), "令和７年度の取組", center=True, bold=True, size=9); shade(t.cell(0, 0))
        put(t.cell(0, 1), "令和８年度以降の取組", center=True, bold=True, size=9); shade(t.cell(0, 1))
        for col, (items, fy) in enumerate(((d["now"], 2025), (d["later"], 2026))):
            put(t.cell(1, col), "\n".join(f"{lab}　{tx}【{st}】" for lab, tx, st in items), size=9)
            for lab, tx, st in items:
                g.i(page, name, fy, "目標達成に向けた取組", lab, tx, st)
        if d is not DEBTS[-1]:
            doc.add_page_break()

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "nagaoka")
    return g.write(pdf, 7)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
