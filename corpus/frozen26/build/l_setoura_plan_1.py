"""瀬戸浦市債権管理計画（令和7年度～令和11年度） with one 債権別推進シート per debt — python-docx → LibreOffice.
Modelled on city debt management plans with per-debt sheets (第2次廿日市市債権管理計画 page, 多治見市債権管理計画 paperzz,
吹田市 債権徴収・整理計画 page)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from l_common import OUT, PDF, docx_font, docx_page_field, fact, init, locate, locate_text, rate, to_pdf, write_gold

STEM = "l_setoura_plan_1"
CITY = "瀬戸浦市"
YEARS = [2020, 2021, 2022, 2023, 2024]


def series(a0, growth, rates, wo_share, delinq):
    out = []
    a = a0
    for i, y in enumerate(YEARS):
        a = round(a * (1 + growth[i]))
        c = round(a * rates[i] / 100)
        while rate(c, a) != rates[i]:
            c += 1 if rate(c, a) < rates[i] else -1
        w = round(a * wo_share[i] / 1000)
        o = a - c - w
        out.append(dict(fy=y, a=a, c=c, w=w, o=o, r=rate(c, a), n=delinq[i]))
    return out


DEBTS = [
    dict(name="市税", dept="財務部 納税課", kind="強制徴収公債権（時効5年）",
         rows=series(21358420, [0, 0.012, 0.018, 0.009, 0.015], [97.82, 98.05, 98.31, 98.47, 98.62],
                     [3.1, 2.8, 2.4, 2.2, 1.9], [9812, 9405, 8977, 8630, 8214]),
         seg={"current": [99.21, 99.30, 99.38, 99.44, 99.51], "arrears": [27.4, 29.8, 31.5, 33.0, 35.2]},
         tgt={"current": ["99.55", "99.58", "99.61", "99.64", "99.67"], "arrears": ["36.0", "37.0", "38.0", "39.0", "40.0"],
              "out": ["280,000", "265,000", "250,000", "235,000", "220,000"]},
         items=[("1-1", "現年課税分の早期着手", "督促状発付後10日以内に電話・SMS催告を行い、初期滞納の段階で完納に導く。", "通年", "納税課", "継続"),
                ("1-2", "納付環境の拡充", "次の取組により、納期内納付を促進する。\n・スマートフォン決済の対象税目を拡大する。\n・納付書に地方税統一QRコードを印字する。", "令和7年度～", "納税課・市民税課", "拡充"),
                ("2-1", "財産調査の電子化", "電子預貯金照会を全件に適用し、調査から差押えまでの期間を短縮する。", "令和7年度～", "納税課", "新規"),
                ("2-2", "滞納処分の執行停止の適正化", "財産調査の結果、滞納処分をすることができる財産がない事案は、執行停止を行い整理を進める。", "随時", "納税課", "継続")]),
    dict(name="国民健康保険税", dept="健康部 保険年金課", kind="強制徴収公債権（時効5年）",
         rows=series(4512660, [0, -0.021, -0.018, -0.025, -0.012], [84.12, 85.37, 86.05, 86.90, 87.44],
                     [12.5, 11.8, 10.9, 9.6, 8.8], [4120, 3968, 3801, 3655, 3490]),
         seg={"current": [94.02, 94.35, 94.61, 94.88, 95.10], "arrears": [19.8, 21.2, 22.5, 23.9, 25.1]},
         tgt={"current": ["95.30", "95.50", "95.70", "95.90", "96.10"], "arrears": ["26.0", "27.0", "28.0", "29.0", "30.0"],
              "out": ["505,000", "480,000", "455,000", "430,000", "405,000"]},
         items=[("1-1", "口座振替の原則化", "加入手続の際に口座振替の登録を案内し、Web口座振替受付サービスの利用を勧奨する。", "通年", "保険年金課", "継続"),
                ("1-2", "資格喪失時の納付指導", "資格喪失の届出時に未納額を通知し、その場で納付相談につなげる。", "令和7年度～", "保険年金課", "新規"),
                ("2-1", "滞納処分の強化", "納付相談に応じない世帯に対し、給与・預貯金の差押えを早期に行う。", "通年", "保険年金課・納税課", "拡充"),
                ("2-2", "短期被保険者証の活用", "更新時の面談を通じて生活状況を把握し、分割納付の履行を管理する。", "随時", "保険年金課", "継続")]),
    dict(name="下水道使用料", dept="上下水道部 料金課", kind="強制徴収公債権（時効5年）",
         rows=series(2968340, [0, 0.004, 0.002, -0.003, 0.006], [98.41, 98.55, 98.62, 98.70, 98.79],
                     [1.1, 1.0, 0.9, 0.9, 0.8], [1890, 1822, 1760, 1702, 1655]),
         seg={"current": [99.40, 99.45, 99.49, 99.52, 99.56], "arrears": [38.2, 40.1, 41.7, 43.0, 44.6]},
         tgt={"current": ["99.60", "99.62", "99.64", "99.66", "99.68"], "arrears": ["45.0", "46.0", "47.0", "48.0", "49.0"],
              "out": ["31,000", "30,000", "29,000", "28,000", "27,000"]},
         items=[("1-1", "給水停止と連動した催告", "水道料金と同時に催告を行い、停水予告の段階で納付を促す。", "通年", "料金課", "継続"),
                ("1-2", "SMS催告の導入", "携帯電話番号を把握している使用者に、納期限後のSMS催告を行う。", "令和8年度～", "料金課", "新規"),
                ("2-1", "転居者の所在調査", "閉栓後の未納者について住民票等により所在を調査し、文書催告を行う。", "随時", "料金課", "継続")]),
]

facts, inits = [], []


def F(*a, **kw):
    facts.append(fact(None, *a, **kw))


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def build():
    d = Document()
    docx_font(d, "IPAexMincho", 10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.text = "瀬戸浦市債権管理計画"
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_page_field(fp)

    def para(text, bold=False, size=None, align=None, indent=None, after=3, font=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = Mm(indent)
        p.paragraph_format.space_after = Pt(after)
        return p

    def table(rows, widths, header_rows=1, align_right_from=1, size=9, shade="E7E6E6", repeat=True):
        t = d.add_table(rows=0, cols=len(widths))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        grid = t._tbl.tblGrid
        for gi, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[gi] * 56.7)))
        for ri, row in enumerate(rows):
            cs = t.add_row().cells
            for ci, v in enumerate(row):
                cs[ci].width = Mm(widths[ci])
                cs[ci].text = ""
                p = cs[ci].paragraphs[0]
                lines = str(v).split("\n")
                for li, line in enumerate(lines):
                    run = p.add_run(line)
                    run.font.size = Pt(size)
                    if li < len(lines) - 1:
                        run.add_break()
                if ri < header_rows:
                    set_cell_bg(cs[ci], shade)
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif ci >= align_right_from:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if ri < header_rows and repeat:
                repeat_header(t.rows[ri])
        return t

    # --- chapter 1
    para("瀬戸浦市債権管理計画", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, font="IPAexGothic")
    para("（令和7年度～令和11年度）", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("令和7年3月　瀬戸浦市", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para("第１章　計画の概要", bold=True, size=12, font="IPAexGothic")
    para("１　計画の趣旨", bold=True)
    para("　本市では、瀬戸浦市債権管理条例に基づき、市の債権の適正な管理と収入の確保に取り組んできた。"
         "本計画は、主要な債権について、過去5年間の収納状況を分析し、計画期間中の目標と取組を債権ごとの推進シートにまとめたものである。")
    para("２　計画期間", bold=True)
    para("　令和7年度から令和11年度までの5年間とする。")
    shizei = DEBTS[0]["rows"][-1]
    o_oku, o_man = divmod(shizei["o"] // 10, 10000)
    para("３　現状", bold=True)
    prose = (f"　令和6年度決算における市税の収入未済額は約{o_oku}億{o_man // 100 * 100:,}万円、"
             f"収納率は{shizei['r']:.2f}％となり、5年連続で収納率が向上した。一方、国民健康保険税は、"
             f"収納率が{DEBTS[1]['rows'][-1]['r']:.2f}％にとどまり、依然として他の債権に比べ低い水準にある。")
    para(prose)
    F("市税", 2024, "令和6年度", "total", "outstanding", "actual", (o_oku * 10000 + o_man // 100 * 100) * 10000, "yen",
      f"約{o_oku}億{o_man // 100 * 100:,}万円", approx=True)
    F("市税", 2024, "令和6年度", "total", "collection_rate", "actual", shizei["r"], "percent", f"{shizei['r']:.2f}％")
    F("国民健康保険税", 2024, "令和6年度", "total", "collection_rate", "actual", DEBTS[1]["rows"][-1]["r"], "percent",
      f"{DEBTS[1]['rows'][-1]['r']:.2f}％")
    para("４　計画の目標", bold=True)
    para("　計画最終年度（令和11年度）における目標を次のとおりとする。")
    goals = [("（１）", "市税", "current", DEBTS[0]["tgt"]["current"][-1], "市税の現年課税分の収納率を{v}％以上とする。"),
             ("（２）", "国民健康保険税", "current", DEBTS[1]["tgt"]["current"][-1], "国民健康保険税の現年課税分の収納率を{v}％以上とする。"),
             ("（３）", "国民健康保険税", "arrears", DEBTS[1]["tgt"]["arrears"][-1], "国民健康保険税の滞納繰越分の収納率を{v}％以上とする。")]
    for lab, nm, sg, v, tmpl in goals:
        para(lab + tmpl.format(v=v), indent=4)
        F(nm, 2029, "令和11年度", sg, "collection_rate", "target", float(v), "percent", f"{v}％以上")
    para("５　推進体制", bold=True)
    para("　副市長を委員長とする債権管理推進委員会において、推進シートの進捗を年2回点検し、結果を公表する。")

    for di, D in enumerate(DEBTS):
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        para(f"債権別推進シート（{di + 1}）", bold=True, size=13, font="IPAexGothic")
        t = table([["債権名", D["name"], "所管課", D["dept"], "区分", D["kind"]]], [18, 30, 16, 34, 12, 60],
                  header_rows=0, align_right_from=99, size=9)
        for ci in (0, 2, 4):
            set_cell_bg(t.rows[0].cells[ci], "D9E2F3")
        para("")
        para("１　収納状況の推移", bold=True)
        para("（単位：千円、人）", size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=1)
        rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(%)", "滞納者数"]]
        for r in D["rows"]:
            rows.append([str(r["fy"]), f"{r['a']:,}", f"{r['c']:,}", f"{r['w']:,}", f"{r['o']:,}", f"{r['r']:.2f}", f"{r['n']:,}"])
            for m, v in (("assessed", r["a"]), ("collected", r["c"]), ("written_off", r["w"]), ("outstanding", r["o"])):
                F(D["name"], r["fy"], str(r["fy"]), "total", m, "actual", v * 1000, "yen", f"{v:,}")
            F(D["name"], r["fy"], str(r["fy"]), "total", "collection_rate", "actual", r["r"], "percent", f"{r['r']:.2f}")
            F(D["name"], r["fy"], str(r["fy"]), "total", "delinquents", "actual", r["n"], "persons", f"{r['n']:,}")
        table(rows, [16, 30, 30, 24, 26, 20, 20])
        para("※年度は会計年度（2020年度＝令和2年度）。収入未済額は調定額から収入済額及び不納欠損額を差し引いた額。", size=8)
        para("区分別の収納率（単位：％）", size=9.5, after=1)
        rows = [["区分", "R2", "R3", "R4", "R5", "R6"]]
        for lab, sg in (("現年分", "current"), ("滞繰分", "arrears")):
            vals = D["seg"][sg]
            fmtv = [f"{v:.2f}" if sg == "current" else f"{v:.1f}" for v in vals]
            rows.append([lab] + fmtv)
            for fy, v, s in zip(YEARS, vals, fmtv):
                F(D["name"], fy, f"R{fy - 2018}", sg, "collection_rate", "actual", v, "percent", s)
        table(rows, [30, 22, 22, 22, 22, 22])
        para("")
        para("２　目標", bold=True)
        para("計画期間：令和7年度～令和11年度", size=9.5, after=1)
        rows = [["指標", "R7", "R8", "R9", "R10", "R11"]]
        tg = D["tgt"]
        rows.append(["収納率（現年）％"] + tg["current"])
        rows.append(["収納率（滞繰）％"] + tg["arrears"])
        rows.append(["収入未済額（千円）"] + tg["out"])
        for i, fy in enumerate(range(2025, 2030)):
            raw_fy = f"R{fy - 2018}"
            F(D["name"], fy, raw_fy, "current", "collection_rate", "target", float(tg["current"][i]), "percent", tg["current"][i])
            F(D["name"], fy, raw_fy, "arrears", "collection_rate", "target", float(tg["arrears"][i]), "percent", tg["arrears"][i])
            F(D["name"], fy, raw_fy, "total", "outstanding", "target", int(tg["out"][i].replace(",", "")) * 1000, "yen", tg["out"][i])
        table(rows, [36, 22, 22, 22, 22, 22])
        para("")
        para("３　目標達成に向けた取組", bold=True)
        rows = [["No.", "取組項目", "内容", "実施時期", "担当", "区分"]]
        for no, item, text, when, who, st in D["items"]:
            rows.append([no, item, text, when, who, st])
            inits.append(init(None, D["name"], 2025, "目標達成に向けた取組", no, f"{item}\n{text}" if False else text, st))
        table(rows, [12, 30, 74, 20, 22, 12], align_right_from=99)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    return to_pdf(src, PDF / f"{STEM}.pdf", STEM)


if __name__ == "__main__":
    pdf = build()
    locate(facts, pdf)
    locate_text(inits, pdf)
    document = {"kind": "plan", "municipality": CITY, "title": "瀬戸浦市債権管理計画（令和7年度～令和11年度）",
                "date": "2025-03-01", "date_raw": "令和7年3月"}
    write_gold(STEM, document, facts, inits)
