"""西条市債権管理計画（第２期）: python-docx -> LibreOffice; 債権別取組シート with years down the rows."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from k_common import OUT, PDF, fact, find_page, init, page_texts, rate, to_pdf, write_gold, zen

STEM = "k_saijo_keikaku_1"
CITY = "西条市"
TITLE = "西条市債権管理計画（第２期）"
FONT = "IPAex明朝"
GFONT = "IPAexゴシック"
YEARS = [2019, 2020, 2021, 2022, 2023]
TYEARS = [(2025, "R7"), (2026, "R8"), (2027, "R9"), (2028, "R10"), (2029, "R11")]

DEBTS = [
    dict(name="市税", ka="収税課", kind="強制徴収公債権", dl=("滞納者数", "人", "persons"),
         ac=[15_820_114, 15_410_322, 15_902_557, 16_110_430, 16_305_882], rc=[98.71, 98.80, 98.93, 99.01, 99.06],
         aa=[812_330, 760_118, 701_442, 655_910, 610_225], ra=[22.40, 23.85, 24.90, 25.72, 26.48],
         w=[40_112, 38_551, 35_220, 31_004, 29_870], dq=[6_210, 5_980, 5_702, 5_511, 5_320],
         tc=[99.10, 99.12, 99.15, 99.18, 99.20], ta=[27.00, 28.00, 29.00, 30.00, 31.00],
         tu=[600_000, 580_000, 560_000, 540_000, 520_000],
         sentences=["現年課税分の収納率を令和11年度までに99.20％以上とする。",
                    "滞納繰越分の収納率を令和11年度までに31.00％以上とする。",
                    "収入未済額を令和11年度末に5.2億円以下とする。"],
         items=[("1-1", "早期催告", "納期限後20日以内の督促に続き、SMS及び電話による催告を行う。", "通年", "継続"),
                ("1-2", "納付環境の整備", "スマートフォン決済と地方税統一QRコードによる納付を周知する。", "R7～", "拡充"),
                ("2-1", "滞納処分の強化", "預貯金・給与の電子照会を活用し、財産判明後は速やかに差し押さえる。", "通年", "継続"),
                ("2-2", "執行停止の適正化", "財産・資力のない案件は執行停止を判断し、滞納繰越額を圧縮する。", "毎年度末", "継続"),
                ("3-1", "愛媛地方税滞納整理機構との連携", "高額・困難案件を機構へ移管し、共同で滞納整理を行う。", "R7～", "新規")]),
    dict(name="国民健康保険料", ka="国保医療課", kind="強制徴収公債権", dl=("滞納世帯数", "世帯", "households"),
         ac=[3_612_402, 3_540_118, 3_488_903, 3_402_771, 3_350_226], rc=[93.10, 93.62, 94.01, 94.33, 94.61],
         aa=[905_330, 870_412, 832_115, 790_664, 748_203], ra=[17.20, 18.04, 18.93, 19.51, 20.30],
         w=[88_412, 80_330, 76_115, 70_225, 66_803], dq=[2_412, 2_330, 2_215, 2_108, 2_011],
         tc=[94.80, 95.00, 95.20, 95.40, 95.60], ta=[21.00, 22.00, 23.00, 24.00, 25.00],
         tu=[700_000, 660_000, 620_000, 580_000, 540_000],
         sentences=["現年分の収納率を令和11年度までに95.60％以上とする。",
                    "滞納繰越分の収納率を令和11年度までに25.00％以上とする。"],
         items=[("1-1", "口座振替の原則化", "新規加入時に口座振替を原則とし、申込書を同封する。", "通年", "継続"),
                ("1-2", "資格喪失者への催告", "社会保険加入による喪失者に、未納分の一括納付を案内する。", "随時", "継続"),
                ("2-1", "財産調査の集約", "収税課と合同で預貯金調査を行い、差押えまでの期間を短縮する。", "R7～", "新規"),
                ("2-2", "分納管理の徹底", "分納誓約の不履行者には、翌月中に催告し、差押予告を行う。", "通年", "拡充")]),
    dict(name="市営住宅使用料", ka="住宅管理課", kind="私債権", dl=("滞納者数", "人", "persons"),
         ac=[402_118, 398_775, 395_402, 391_880, 388_115], rc=[97.20, 97.41, 97.50, 97.72, 97.80],
         aa=[98_412, 95_330, 91_225, 88_004, 84_612], ra=[9.10, 9.81, 10.52, 11.20, 12.03],
         w=[3_112, 2_980, 2_705, 2_550, 2_330], dq=[198, 190, 181, 175, 166],
         tc=[97.90, 98.00, 98.10, 98.20, 98.30], ta=[12.50, 13.00, 13.50, 14.00, 14.50],
         tu=[82_000, 79_000, 76_000, 73_000, 70_000],
         sentences=["現年分の収納率を令和11年度までに98.30％以上とする。", "滞納繰越分の収納率を令和11年度までに14.50％以上とする。"],
         items=[("1-1", "初期滞納への対応", "１か月の滞納で電話催告、３か月で連帯保証人へ通知する。", "通年", "継続"),
                ("2-1", "法的措置", "６か月以上の滞納者に対し、明渡請求訴訟の提起を検討する。", "随時", "継続"),
                ("2-2", "退去者滞納分の委託", "退去者の滞納家賃の回収を弁護士法人に委託する。", "R7～", "新規")]),
]
# summary table (千円): R4 and R5 outstanding for the remaining debts
OTHER_SUM = [("介護保険料", 96_114, 91_870), ("後期高齢者医療保険料", 14_225, 13_906), ("保育料", 31_402, 28_117),
             ("その他", 205_330, 198_904)]


def font(run, size=10.5, bold=False, f=FONT):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = f
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), f)


def para(doc, text, size=10.5, bold=False, align=None, f=FONT, after=3, indent=0):
    p = doc.add_paragraph()
    p.alignment = {None: None, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    font(p.add_run(text), size, bold, f)
    return p


def cell(c, text, size=9, align="l", bold=False, shade=None):
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER}[align]
    p.paragraph_format.space_after = Pt(0)
    font(p.add_run(text), size, bold)
    if shade:
        tcPr = c._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), shade)
        tcPr.append(sh)


def row_flags(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit")
    trPr.append(cs)
    if header:
        th = OxmlElement("w:tblHeader")
        trPr.append(th)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def fld(par, instr):
    run = par.add_run()
    for kind in ("begin", None, "end"):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
        run._element.append(el)
    font(run, 9)


def compute(d):
    rows = []  # per year: (cur A,C,U), (arr A,C,W,U), (tot A,C,W,U, rate), dq
    for i, y in enumerate(YEARS):
        ac, aa, w = d["ac"][i], d["aa"][i], d["w"][i]
        cc = round(ac * d["rc"][i] / 100)
        ca = round(aa * d["ra"][i] / 100)
        uc = ac - cc
        ua = aa - ca - w
        rows.append(dict(y=y, cur=(ac, cc, 0, uc, rate(cc, ac)), arr=(aa, ca, w, ua, rate(ca, aa)),
                         tot=(ac + aa, cc + ca, w, uc + ua, rate(cc + ca, ac + aa)), dq=d["dq"][i]))
    return rows


def build():
    data = {d["name"]: compute(d) for d in DEBTS}
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    font(hp.add_run("西条市債権管理計画（第２期）"), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld(fp, "PAGE")

    para(doc, TITLE, 18, True, "c", GFONT, after=4)
    para(doc, "計画期間：令和７年度～令和11年度", 11, False, "c", after=2)
    para(doc, "令和７年３月　西条市", 11, False, "c", after=14)
    para(doc, "１　計画の趣旨", 12, True, f=GFONT)
    tot_r5 = sum(data[d["name"]][4]["tot"][3] for d in DEBTS) + sum(o[2] for o in OTHER_SUM)
    tot_r4 = sum(data[d["name"]][3]["tot"][3] for d in DEBTS) + sum(o[1] for o in OTHER_SUM)
    oku = round(tot_r5 / 100_000) / 100  # 億円 2 decimals -> "約X億Y00万円"
    man = round(tot_r5 / 10)  # 万円
    approx_txt = f"約{man // 10000}億{man % 10000:,}万円"
    txt = (f"本市では、第１期計画（令和２年度～令和６年度）に基づき、債権所管課と収税課が連携して収入未済額の縮減に取り組んできた。"
           f"令和５年度末の収入未済額は{approx_txt}で、第１期計画策定時から縮減が進んだものの、"
           f"国民健康保険料など一部の債権では依然として多額の未収金が残っている。第２期計画では、債権ごとに取組シートを作成し、"
           f"年度ごとの目標値を定めて進行管理を行う。")
    para(doc, txt, 10.5, indent=4, after=8)
    para(doc, "２　主な債権の収入未済額", 12, True, f=GFONT)
    para(doc, "（単位：千円）", 9, align="r", after=1)
    rows = [(d["name"], data[d["name"]][3]["tot"][3], data[d["name"]][4]["tot"][3]) for d in DEBTS]
    rows += [(n, a, b) for n, a, b in OTHER_SUM]
    t = doc.add_table(rows=len(rows) + 2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["債権名", "令和４年度", "令和５年度", "前年度比"]):
        cell(t.rows[0].cells[j], h, 9.5, "c", True, "D9D9D9")
    for i, (n, a, b) in enumerate(rows + [("合計", tot_r4, tot_r5)], 1):
        cell(t.rows[i].cells[0], n, 9.5, "l", n == "合計")
        cell(t.rows[i].cells[1], f"{a:,}", 9.5, "r")
        cell(t.rows[i].cells[2], f"{b:,}", 9.5, "r")
        d = b - a
        cell(t.rows[i].cells[3], ("△" if d < 0 else "") + f"{abs(d):,}", 9.5, "r")
    para(doc, "※各年度の出納閉鎖時点（決算）の額。その他は上記以外の23債権の合計。", 8.5, after=6)

    for k, d in enumerate(DEBTS, 1):
        page_break(doc)
        rs = data[d["name"]]
        para(doc, f"３－{zen(str(k))}　債権別取組シート", 12, True, f=GFONT, after=4)
        box = doc.add_table(rows=1, cols=6)
        box.style = "Table Grid"
        for j, (v, sh) in enumerate([("債権名", "D9D9D9"), (d["name"], None), ("担当課", "D9D9D9"), (d["ka"], None),
                                     ("区分", "D9D9D9"), (d["kind"], None)]):
            cell(box.rows[0].cells[j], v, 10, "c" if sh else "l", bool(sh), sh)
        para(doc, "", 4, after=2)
        para(doc, "（１）収納状況の推移", 11, True, f=GFONT, after=1)
        para(doc, "（単位：千円）", 8.5, align="r", after=1)
        dlab, dunit, _ = d["dl"]
        hdr = ["年度", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(%)", f"{dlab}({dunit})"]
        tb = doc.add_table(rows=1 + 3 * len(rs), cols=len(hdr))
        tb.style = "Table Grid"
        for j, h in enumerate(hdr):
            cell(tb.rows[0].cells[j], h, 8.5, "c", True, "D9D9D9")
        row_flags(tb.rows[0], header=True)
        for i, r in enumerate(rs):
            base = 1 + 3 * i
            a = tb.cell(base, 0).merge(tb.cell(base + 2, 0))
            cell(a, str(r["y"]), 9, "c")
            for s, (lab, key) in enumerate([("現年分", "cur"), ("滞繰分", "arr"), ("計", "tot")]):
                rr = tb.rows[base + s]
                A, C, W, U, R = r[key]
                cell(rr.cells[1], lab, 8.5, "c")
                cell(rr.cells[2], f"{A:,}", 8.5, "r")
                cell(rr.cells[3], f"{C:,}", 8.5, "r")
                cell(rr.cells[4], "－" if key == "cur" else (f"{W:,}" if key == "tot" else "－"), 8.5, "r")
                cell(rr.cells[5], f"{U:,}", 8.5, "r")
                cell(rr.cells[6], f"{R:.2f}", 8.5, "r")
                cell(rr.cells[7], f"{r['dq']:,}" if key == "tot" else "", 8.5, "r")
        para(doc, "※不納欠損額は滞納繰越分に係るもの。滞納者数等は各年度末現在。", 8, after=6)
        para(doc, "（２）目標", 11, True, f=GFONT, after=1)
        para(doc, "計画期間：令和７年度～令和11年度", 9.5, after=1)
        tg = doc.add_table(rows=4, cols=6)
        tg.style = "Table Grid"
        cell(tg.rows[0].cells[0], "項目", 9, "c", True, "D9D9D9")
        for j, (_, lab) in enumerate(TYEARS, 1):
            cell(tg.rows[0].cells[j], lab, 9, "c", True, "D9D9D9")
        labs = [("現年分収納率", d["tc"], "％以上"), ("滞繰分収納率", d["ta"], "％以上"), ("収入未済額(千円)", d["tu"], "以下")]
        for i, (lab, vals, suf) in enumerate(labs, 1):
            cell(tg.rows[i].cells[0], lab, 9, "l")
            for j, v in enumerate(vals, 1):
                s = f"{v:.2f}{suf}" if "率" in lab else f"{v:,}{suf}"
                cell(tg.rows[i].cells[j], s, 9, "r")
        para(doc, "", 4, after=2)
        for i, s in enumerate(d["sentences"], 1):
            para(doc, f"（{zen(str(i))}）{s}", 10, indent=4, after=1)
        para(doc, "", 4, after=2)
        para(doc, "（３）目標達成に向けた取組", 11, True, f=GFONT, after=2)
        ti = doc.add_table(rows=1 + len(d["items"]), cols=5)
        ti.style = "Table Grid"
        for j, h in enumerate(["No", "取組項目", "内容", "実施時期", "区分"]):
            cell(ti.rows[0].cells[j], h, 9, "c", True, "D9D9D9")
        row_flags(ti.rows[0], header=True)
        for i, it in enumerate(d["items"], 1):
            row_flags(ti.rows[i])
            for j, v in enumerate(it):
                cell(ti.rows[i].cells[j], v, 9, "l" if j in (1, 2) else "c")
        for rr in ti.rows:
            for j, wmm in enumerate([12, 36, 86, 20, 16]):
                rr.cells[j].width = Mm(wmm)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    texts = page_texts(pdf)

    facts, inits = [], []
    pg = find_page(texts, approx_txt)
    facts.append(fact(None, 2023, "令和５年度末", "total", "outstanding", "actual", man * 10000, "yen", approx_txt, pg,
                      approx=True, debt_raw=None))
    pg = find_page(texts, "２主な債権の収入未済額")
    for n, a, b in rows + [("合計", tot_r4, tot_r5)]:
        debt = None if n in ("合計", "その他") else n
        facts.append(fact(debt, 2022, "令和４年度", "total", "outstanding", "actual", a * 1000, "yen", f"{a:,}", pg,
                          debt_raw=n))
        facts.append(fact(debt, 2023, "令和５年度", "total", "outstanding", "actual", b * 1000, "yen", f"{b:,}", pg,
                          debt_raw=n))
    for k, d in enumerate(DEBTS, 1):
        name = d["name"]
        p0 = find_page(texts, f"３－{zen(str(k))}債権別取組シート")
        for r in data[name]:
            # the row may sit after a page break: locate by the year cell and the row's first figure
            pg = find_page(texts, f"{r['tot'][0]:,}", start=p0)
            for key, seg in (("cur", "current"), ("arr", "arrears"), ("tot", "total")):
                A, C, W, U, R = r[key]
                fy, fr = r["y"], str(r["y"])
                facts += [fact(name, fy, fr, seg, "assessed", "actual", A * 1000, "yen", f"{A:,}", pg),
                          fact(name, fy, fr, seg, "collected", "actual", C * 1000, "yen", f"{C:,}", pg),
                          fact(name, fy, fr, seg, "outstanding", "actual", U * 1000, "yen", f"{U:,}", pg),
                          fact(name, fy, fr, seg, "collection_rate", "actual", R, "percent", f"{R:.2f}", pg)]
                if key == "tot":
                    facts.append(fact(name, fy, fr, "arrears", "written_off", "actual", W * 1000, "yen", f"{W:,}", pg))
                    facts.append(fact(name, fy, fr, "total", "delinquents", "actual", r["dq"], d["dl"][2],
                                      f"{r['dq']:,}", pg))
        pg = find_page(texts, "（２）目標", start=p0)
        for j, (fy, lab) in enumerate(TYEARS):
            facts += [
                fact(name, fy, lab, "current", "collection_rate", "target", d["tc"][j], "percent",
                     f"{d['tc'][j]:.2f}％以上", pg),
                fact(name, fy, lab, "arrears", "collection_rate", "target", d["ta"][j], "percent",
                     f"{d['ta'][j]:.2f}％以上", pg),
                fact(name, fy, lab, "total", "outstanding", "target", d["tu"][j] * 1000, "yen",
                     f"{d['tu'][j]:,}以下", pg)]
        pg = find_page(texts, d["sentences"][0], start=p0)
        for s in d["sentences"]:
            if "収納率" in s:
                v = float(s.split("％")[0].split("に")[-1].split("を")[-1])
                seg = "current" if s.startswith("現年") else "arrears"
                facts.append(fact(name, 2029, "令和11年度" if "令和11" in s else None, seg, "collection_rate", "target",
                                  v, "percent", f"{v:.2f}％以上", pg))
            else:
                facts.append(fact(name, 2029, "令和11年度末", "total", "outstanding", "target", 520_000_000, "yen",
                                  "5.2億円以下", pg))
        for it in d["items"]:
            ipg = find_page(texts, it[2], start=p0)
            inits.append(init(name, 2025, "目標達成に向けた取組", it[0], f"{it[1]}{it[2]}", it[4], ipg))
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
