"""松阪市 債権管理委員会 資料 (committee_material): one 取組個票 per debt. python-docx -> LibreOffice.

Modelled on the per-debt sheet 「未収債権の目標及び具体処理策」 (債権名 | 所属 box, 未収金残高の推移（目標） with years as
columns, 徴収率 実績及び目標, 取組内容 | 取組実績 side by side, 課題 | 改善策) and on a 債権管理委員会 report page.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from r_common import OUT, PDF, check, comma, fact, initiative, to_pdf, write_gold  # noqa: E402

STEM = "r_matsusaka_committee_1"
MUNI = "松阪市"
TITLE = "令和７年度 第１回松阪市債権管理委員会 資料"

YEARS = [("R4決算", 2022, "actual"), ("R5決算", 2023, "actual"), ("R6決算", 2024, "actual"), ("R7目標", 2025, "target")]
SEGS = [("現年度分", "current"), ("滞納繰越分", "arrears"), ("計", "total")]
RSEGS = [("現年度分", "current"), ("滞納繰越分", "arrears"), ("合計", "total")]

DEBTS = [
    {
        "name": "市税", "ka": "財務部 税務課", "kubun": "強制徴収公債権", "unit": "千円",
        "out": {"current": [98412, 91207, 86530, 82000], "arrears": [241118, 213664, 190285, 172000]},
        "rate": {"current": ["99.18", "99.24", "99.20", "99.28", "0.04"],
                 "arrears": ["30.12", "32.05", "31.50", "33.00", "0.55"],
                 "total": ["97.02", "97.35", "97.20", "97.55", "0.15"]},
        "r6": ["納期限後20日以内に督促状を発送し、その後も反応のない滞納者には電話及びSMSによる早期催告を行った。",
               "滞納繰越分のうち高額事案（50万円以上）を特別滞納整理班へ移管し、財産調査と差押えを集中的に実施した。",
               "地方税統一QRコードを活用したスマートフォン決済の利用を広報紙及び市ホームページで周知した。"],
        "r6_result": "SMS催告を延べ4,210件送信し、催告後1か月以内の納付は1,386件であった。差押件数は412件（前年度388件）、"
                     "換価額は約5,830万円であった。スマートフォン決済による納付件数は前年度の約1.4倍となった。",
        "issue": "滞納繰越分の徴収率は上昇したが、少額・多数の滞納者との接触率が低く、初期滞納が長期化する事案が残っている。",
        "fix": "初期滞納者へのSMS催告の時期を早め、納期限後10日以内に第一報を届ける運用とする。",
        "r7": [("督促状発送後のSMS催告を納期限後10日以内に前倒しし、初期滞納の長期化を防ぐ。", "拡充", False),
               ("高額・困難事案の特別滞納整理班への移管を継続し、捜索・公売を計画的に実施する。", "継続", False),
               ("電子による預貯金照会の対象金融機関を拡大し、財産調査に要する期間を短縮する。", "新規", True)],
    },
    {
        "name": "国民健康保険税", "ka": "健康福祉部 保険年金課", "kubun": "強制徴収公債権", "unit": "千円",
        "out": {"current": [61204, 58930, 55812, 53000], "arrears": [198450, 182117, 170064, 158000]},
        "rate": {"current": ["94.61", "94.88", "94.80", "95.00", "0.08"],
                 "arrears": ["22.35", "23.90", "23.50", "25.00", "0.40"],
                 "total": ["83.14", "84.02", "83.90", "84.60", "0.12"]},
        "r6": ["資格確認書の送付時に口座振替依頼書を同封し、口座振替への切替えを勧奨した。",
               "短期滞納世帯を対象に、夜間の納付相談窓口（毎月第２・第４木曜日）を開設した。",
               "滞納繰越分について、財産調査の結果に基づき差押え又は執行停止を判断し、滞納の整理を進めた。"],
        "r6_result": "口座振替への切替えは318世帯、夜間窓口の相談件数は延べ226件であった。"
                     "差押えは131件、執行停止は74件を実施した。",
        "issue": "現年度分の徴収率は目標を上回ったが、滞納繰越額に占める長期滞納世帯の割合が高い。",
        "fix": "執行停止の判断基準を明確にし、回収の見込みがない事案を計画的に整理する。",
        "r7": [("新規加入世帯に対し、加入手続の窓口で口座振替の登録を案内する。", "継続", False),
               ("夜間の納付相談窓口を継続し、分納誓約の履行状況を毎月確認する。", "継続", False),
               ("滞納処分の執行停止の判断基準を見直し、回収の見込みがない事案の整理を進める。", "新規", True)],
    },
    {
        "name": "介護保険料", "ka": "健康福祉部 介護高齢課", "kubun": "強制徴収公債権", "unit": "千円",
        "out": {"current": [12806, 12115, 11498, 11000], "arrears": [24310, 22781, 21206, 20000]},
        "rate": {"current": ["99.02", "99.08", "99.05", "99.10", "0.03"],
                 "arrears": ["18.44", "19.60", "19.00", "20.00", "0.60"],
                 "total": ["97.66", "97.81", "97.75", "97.90", "0.06"]},
        "r6": ["普通徴収の初期滞納者に対し、督促状発送の翌月に文書催告を行った。",
               "長期滞納者には給付制限の内容を記載した通知を送付し、納付相談を促した。"],
        "r6_result": "文書催告は延べ1,104件、うち納付又は納付約束に至ったものは492件であった。"
                     "給付制限の予告通知は58件送付した。",
        "issue": "普通徴収の対象者は年金額が少ない方が多く、一括納付が難しい事案が多い。",
        "fix": "早期に分割納付の相談へつなげ、給付制限に至る前に滞納を解消する。",
        "r7": [("初期滞納者への文書催告に口座振替の案内を同封する。", "継続", False),
               ("給付制限に至る前の段階で、地域包括支援センターと連携して納付相談を行う。", "新規", False)],
    },
    {
        "name": "市営住宅使用料", "ka": "都市整備部 建築住宅課", "kubun": "私債権", "unit": "円",
        "out": {"current": [3415260, 3208140, 2977500, 2800000], "arrears": [28640110, 27115380, 25390020, 24000000]},
        "rate": {"current": ["97.85", "98.01", "98.00", "98.20", "0.01"],
                 "arrears": ["9.87", "10.42", "10.00", "11.00", "0.42"],
                 "total": ["78.30", "79.12", "78.80", "79.60", "0.32"]},
        "r6": ["滞納３か月以上の入居者に対し、連帯保証人への通知と面談を実施した。",
               "退去滞納者について、住民票調査により居所を確認し、支払督促の申立てを行った。",
               "高額滞納者に明渡し請求の予告を行い、分割納付の誓約を求めた。"],
        "r6_result": "連帯保証人への通知は41件、面談は19件であった。支払督促の申立ては6件で、"
                     "うち3件は分割納付の和解に至った。",
        "issue": "退去者の滞納繰越分が累積しており、居所不明等で回収が困難な債権が多い。",
        "fix": "回収の見込みがない債権は、債権管理条例に基づく放棄の手続を計画的に進める。",
        "r7": [("滞納初期の入居者への戸別訪問を指定管理者と共同で実施する。", "継続", False),
               ("退去滞納者に対する支払督促の申立てを計画的に行う。", "拡充", False),
               ("回収の見込みがない退去者債権について、債権放棄の手続を進める。", "継続", True)],
    },
]

CIRC = "①②③④⑤"


def set_font(run, size=9, bold=False, gothic=False):
    run.font.size = Pt(size)
    run.bold = bold
    name = "IPAexGothic" if gothic else "IPAexMincho"
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)
    fonts.set(qn("w:ascii"), name)
    fonts.set(qn("w:hAnsi"), name)


def para(doc_or_cell, text, size=10, bold=False, gothic=False, align=None, space_after=2):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    set_font(r, size, bold, gothic)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, lines, size=9, bold=False, align=None, gothic=False):
    if isinstance(lines, str):
        lines = [lines]
    cell.paragraphs[0].text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        set_font(r, size, bold, gothic)
        p.paragraph_format.space_after = Pt(0)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, color="D9D9D9"):
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcpr.append(shd)


def page_field(paragraph):
    r = paragraph.add_run("－ ")
    set_font(r, 9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    paragraph._p.append(fld)
    r2 = paragraph.add_run(" －")
    set_font(r2, 9)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    facts, inits = [], []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin, sec.bottom_margin = Mm(16), Mm(14)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("令和７年度第１回 債権管理委員会　資料２"), 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)

    # ---- page 1: cover ----
    page = 1
    para(doc, "令和７年度 第１回松阪市債権管理委員会", 15, True, True, "center", 4)
    para(doc, "次　第", 12, True, True, "center", 8)
    para(doc, "日時：令和７年７月１５日（火）午後２時から", 10.5, align="right")
    para(doc, "場所：松阪市役所本庁舎５階　第１委員会室", 10.5, align="right", space_after=10)
    for ln in ["１　開　会", "２　委員長あいさつ", "３　報告事項",
               "　（１）令和６年度決算における債権の状況について …………… 資料１",
               "　（２）主要債権の取組個票（令和６年度実績・令和７年度取組） …… 資料２",
               "４　協議事項", "　（１）令和７年度 主要債権の目標徴収率について …………… 資料３",
               "５　その他", "６　閉　会"]:
        para(doc, ln, 10.5, space_after=3)
    para(doc, "", 6)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    cell_text(c, ["【参考】令和６年度決算の概況",
                  "・一般会計及び特別会計の収入未済額：約6億3,200万円（前年度 約6億8,900万円）",
                  "・不納欠損額：約4,150万円（前年度 約3,870万円）",
                  "・市税の徴収率（合計）：97.35％（前年度 97.02％）",
                  "・収入未済額のうち主要４債権が占める割合：約89％"], 10)
    facts += [
        fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 632000000, "yen", "約6億3,200万円", page, approx=True, debt_raw=None),
        fact(None, 2023, "前年度", "total", "outstanding", "actual", 689000000, "yen", "約6億8,900万円", page, approx=True, debt_raw=None),
        fact(None, 2024, "令和６年度", "total", "written_off", "actual", 41500000, "yen", "約4,150万円", page, approx=True, debt_raw=None),
        fact(None, 2023, "前年度", "total", "written_off", "actual", 38700000, "yen", "約3,870万円", page, approx=True, debt_raw=None),
        fact("市税", 2024, "令和６年度", "total", "collection_rate", "actual", 97.35, "percent", "97.35％", page),
        fact("市税", 2023, "前年度", "total", "collection_rate", "actual", 97.02, "percent", "97.02％", page),
    ]
    para(doc, "", 6)
    para(doc, "委員会は、松阪市債権管理条例第８条に基づき設置し、副市長を委員長、関係部長を委員として構成する。", 9)

    # ---- pages 2..5: 取組個票 ----
    for d in DEBTS:
        page += 1
        page_break(doc)
        para(doc, "主要債権の取組個票", 13, True, True, "center", 6)
        hb = doc.add_table(rows=1, cols=6)
        hb.style = "Table Grid"
        for i, t in enumerate(["債権名", d["name"], "所管課", d["ka"], "区分", d["kubun"]]):
            cell_text(hb.cell(0, i), t, 10, bold=(i % 2 == 0), gothic=(i % 2 == 0), align="center")
            if i % 2 == 0:
                shade(hb.cell(0, i))
        para(doc, "", 4)
        # 1. outstanding
        para(doc, "１．収入未済額の推移（目標）", 10.5, True, True, space_after=0)
        para(doc, f"（単位：{d['unit']}）", 8.5, align="right", space_after=0)
        t = doc.add_table(rows=4, cols=5)
        t.style = "Table Grid"
        cell_text(t.cell(0, 0), "区　分", 9, True, "center")
        shade(t.cell(0, 0))
        for j, (lab, _, _) in enumerate(YEARS):
            cell_text(t.cell(0, j + 1), lab, 9, True, "center")
            shade(t.cell(0, j + 1))
        mult = 1000 if d["unit"] == "千円" else 1
        for i, (slab, seg) in enumerate(SEGS):
            cell_text(t.cell(i + 1, 0), slab, 9, align="center")
            for j, (ylab, fy, basis) in enumerate(YEARS):
                if seg == "total":
                    v = d["out"]["current"][j] + d["out"]["arrears"][j]
                else:
                    v = d["out"][seg][j]
                cell_text(t.cell(i + 1, j + 1), comma(v), 9, align="right")
                facts.append(fact(d["name"], fy, ylab[:2], seg, "outstanding", basis, v * mult, "yen",
                                  comma(v), page))
        para(doc, "", 4)
        # 2. rates: side-by-side headings 実績 | 目標
        para(doc, "２．徴収率の実績及び目標（単位：％）", 10.5, True, True, space_after=2)
        t = doc.add_table(rows=5, cols=6)
        t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(1, 0))
        cell_text(a, "区　分", 9, True, "center")
        b = t.cell(0, 1).merge(t.cell(0, 2))
        cell_text(b, "実　績", 9, True, "center")
        c2 = t.cell(0, 3).merge(t.cell(0, 4))
        cell_text(c2, "目　標", 9, True, "center")
        e = t.cell(0, 5).merge(t.cell(1, 5))
        cell_text(e, ["差", "（R6実績－R6目標）"], 8, True, "center")
        for j, lab in enumerate(["R5", "R6", "R6", "R7"]):
            cell_text(t.cell(1, j + 1), lab, 9, True, "center")
        for cc in (a, b, c2, e, t.cell(1, 1), t.cell(1, 2), t.cell(1, 3), t.cell(1, 4)):
            shade(cc)
        cols = [(2023, "R5", "actual"), (2024, "R6", "actual"), (2024, "R6", "target"), (2025, "R7", "target")]
        for i, (slab, seg) in enumerate(RSEGS):
            cell_text(t.cell(i + 2, 0), slab, 9, align="center")
            vals = d["rate"][seg]
            for j in range(5):
                cell_text(t.cell(i + 2, j + 1), vals[j], 9, align="right")
            for j, (fy, fyr, basis) in enumerate(cols):
                facts.append(fact(d["name"], fy, fyr, seg, "collection_rate", basis, float(vals[j]), "percent",
                                  vals[j], page))
        para(doc, "", 4)
        # 3. R6 取組内容 | 取組実績
        para(doc, "３．令和６年度の取組内容と実績", 10.5, True, True, space_after=2)
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        cell_text(t.cell(0, 0), "取組内容", 9, True, "center")
        cell_text(t.cell(0, 1), "取組実績", 9, True, "center")
        shade(t.cell(0, 0))
        shade(t.cell(0, 1))
        cell_text(t.cell(1, 0), [CIRC[k] + x for k, x in enumerate(d["r6"])], 9)
        cell_text(t.cell(1, 1), d["r6_result"], 9)
        for k, x in enumerate(d["r6"]):
            inits.append(initiative(d["name"], 2024, "令和６年度の取組内容", CIRC[k], x, None, page))
        para(doc, "", 4)
        # 4. 課題 | 改善策
        para(doc, "４．課題及び改善策", 10.5, True, True, space_after=2)
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        cell_text(t.cell(0, 0), "課　題", 9, True, "center")
        cell_text(t.cell(0, 1), "改善策", 9, True, "center")
        shade(t.cell(0, 0))
        shade(t.cell(0, 1))
        cell_text(t.cell(1, 0), d["issue"], 9)
        cell_text(t.cell(1, 1), d["fix"], 9)
        para(doc, "", 4)
        # 5. R7 boxed list
        para(doc, "５．令和７年度の取組", 10.5, True, True, space_after=2)
        box = doc.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        lines = []
        for k, (x, st, wrap) in enumerate(d["r7"]):
            lab = f"({k + 1})"
            if wrap:
                lines += [f"{lab}　{x}", f"【{st}】"]
            else:
                lines.append(f"{lab}　{x}【{st}】")
            inits.append(initiative(d["name"], 2025, "令和７年度の取組", lab, x, st, page))
        cell_text(box.cell(0, 0), lines, 9.5)

    # ---- page 6: targets, one debt per column ----
    page += 1
    page_break(doc)
    para(doc, "資料３", 9, align="right")
    para(doc, "令和７年度 主要債権の目標徴収率（案）", 13, True, True, "center", 8)
    t = doc.add_table(rows=6, cols=5)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "項　目", 9, True, "center")
    shade(t.cell(0, 0))
    for j, d in enumerate(DEBTS):
        cell_text(t.cell(0, j + 1), d["name"], 9, True, "center")
        shade(t.cell(0, j + 1))
    rows = [("現年度分 徴収率（目標）", "current", 3, "target", 2025, "令和７年度"),
            ("滞納繰越分 徴収率（目標）", "arrears", 3, "target", 2025, "令和７年度"),
            ("合計 徴収率（目標）", "total", 3, "target", 2025, "令和７年度"),
            ("（参考）合計 徴収率 令和６年度実績", "total", 1, "actual", 2024, "令和６年度")]
    for i, (lab, seg, idx, basis, fy, fyr) in enumerate(rows):
        cell_text(t.cell(i + 1, 0), lab, 9)
        for j, d in enumerate(DEBTS):
            v = d["rate"][seg][idx]
            cell_text(t.cell(i + 1, j + 1), v + "％", 9, align="right")
            facts.append(fact(d["name"], fy, fyr, seg, "collection_rate", basis, float(v), "percent", v + "％", page))
    cell_text(t.cell(5, 0), "収入未済額の目標（千円）", 9)
    for j, d in enumerate(DEBTS):
        v = d["out"]["current"][3] + d["out"]["arrears"][3]
        k = v if d["unit"] == "千円" else v // 1000
        cell_text(t.cell(5, j + 1), comma(k), 9, align="right")
        facts.append(fact(d["name"], 2025, "令和７年度", "total", "outstanding", "target", k * 1000, "yen",
                          comma(k), page))
    para(doc, "", 4)
    para(doc, "※目標徴収率は、過去３か年の実績の推移及び令和６年度の取組結果を踏まえて各所管課が設定した。", 9)
    para(doc, "※収入未済額の目標は、現年度分と滞納繰越分の合計額である。", 9)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "r_matsu")
    document = {"kind": "committee_material", "municipality": MUNI, "title": "令和７年度 第１回松阪市債権管理委員会",
                "date": "2025-07-15", "date_raw": "令和７年７月１５日（火）"}
    write_gold(STEM, document, facts, inits)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
