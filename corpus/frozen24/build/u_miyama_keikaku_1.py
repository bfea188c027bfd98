"""第２次みやま市債権管理計画（推進シート付き）  python-docx -> LibreOffice."""
import shutil
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

import u_docx
from u_docx import cell_text, footer_page, para, set_font
from u_common import OUT, ROOT, Facts, kyen, locate, page_texts, soffice, write_gold, check, zen

u_docx.FONT = "IPAexGothic"
STEM = "u_miyama_keikaku_1"
CITY = "みやま市"
ERA = ["令和元年度", "令和２年度", "令和３年度", "令和４年度", "令和５年度"]
PLAN = [(2025, "R7"), (2026, "R8"), (2027, "R9"), (2028, "R10"), (2029, "R11")]

# 収入未済額 by debt, yen (multiples of 100) for 2019 and 2023
OUTS = [("市税", 318_406_200, 236_512_700), ("国民健康保険税", 262_118_900, 201_774_300),
        ("介護保険料", 21_605_400, 17_390_800), ("後期高齢者医療保険料", 3_208_100, 2_877_600),
        ("保育料", 6_440_300, 3_912_500), ("市営住宅使用料", 58_921_000, 49_306_400),
        ("学校給食費", 9_874_600, 7_218_900), ("水道料金", 41_330_200, 36_002_100),
        ("その他の債権", 29_766_800, 25_117_300)]
TOT19 = sum(o[1] for o in OUTS)
TOT23 = sum(o[2] for o in OUTS)


def k1(v):  # yen -> 千円 with one decimal
    return f"{v / 1000:,.1f}"


def signed(v):
    return ("▲" if v < 0 else "") + k1(abs(v))


def man(v):  # 約X億Y,YYY万円 rounded to 100万円
    m = round(v / 1_000_000) * 100
    o, r = divmod(m, 10000)
    return (f"約{zen(o)}億{zen(f'{r:,}')}万円" if o else f"約{zen(f'{r:,}')}万円"), m * 10000


# 推進シート data: per year (cur assessed, cur collected, arr assessed, arr collected) in yen (multiples of 1000)
SHEETS = [
    {"name": "市税", "ka": "税務課 収納係",
     "rows": [(3_912_406_000, 3_861_331_000, 402_118_000, 71_006_000),
              (3_874_552_000, 3_828_790_000, 386_905_000, 76_412_000),
              (3_951_207_000, 3_909_874_000, 352_440_000, 78_119_000),
              (4_002_318_000, 3_965_027_000, 318_205_000, 80_330_000),
              (4_055_901_000, 4_022_446_000, 284_772_000, 82_005_000)],
     "tc": [99.20, 99.25, 99.30, 99.35, 99.40], "ta": [30.00, 31.00, 32.00, 33.00, 34.00],
     "inits": [("1-1", "早期催告の徹底", "納期限後の早期に督促状を発送し、電話及びＳＭＳによる催告を組み合わせて初期滞納の解消を図る。", "継続"),
               ("1-2", "納付方法の拡充", "スマートフォン決済に加え、地方税統一ＱＲコードによる納付を周知する。", "拡充"),
               ("2-1", "滞納処分の強化", "財産調査を早期に行い、預貯金・給与等の差押えを実施する。", "継続"),
               ("2-2", "福岡県との共同徴収", "県税事務所との併任徴収により、高額案件の整理を進める。", "新規")]},
    {"name": "国民健康保険税", "ka": "市民課 国保年金係",
     "rows": [(1_106_804_000, 1_048_233_000, 298_447_000, 48_906_000),
              (1_082_115_000, 1_027_601_000, 284_310_000, 50_114_000),
              (1_061_392_000, 1_010_875_000, 268_004_000, 51_283_000),
              (1_038_770_000, 991_004_000, 251_627_000, 50_922_000),
              (1_015_226_000, 972_018_000, 236_891_000, 49_733_000)],
     "tc": [95.80, 96.00, 96.20, 96.40, 96.60], "ta": [22.00, 23.00, 24.00, 25.00, 26.00],
     "inits": [("1-1", "口座振替の原則化", "加入時の口座振替登録を原則とし、未登録世帯には勧奨通知を送付する。", "拡充"),
               ("1-2", "納付相談の充実", "休日納付相談窓口を開設し、分割納付の計画的な履行を管理する。", "継続"),
               ("2-1", "市税と一体の滞納整理", "税務課と情報を共有し、財産調査及び滞納処分を一体的に行う。", "継続")]},
    {"name": "介護保険料", "ka": "介護支援課 保険料係",
     "rows": [(842_118_000, 836_905_000, 19_806_000, 3_112_000),
              (851_402_000, 846_530_000, 19_240_000, 3_205_000),
              (858_933_000, 854_207_000, 18_702_000, 3_318_000),
              (866_045_000, 861_520_000, 17_905_000, 3_402_000),
              (872_614_000, 868_301_000, 17_118_000, 3_511_000)],
     "tc": [99.55, 99.58, 99.60, 99.62, 99.65], "ta": [21.00, 22.00, 23.00, 24.00, 25.00],
     "inits": [("1-1", "普通徴収者への勧奨", "普通徴収となる被保険者に、口座振替の案内を納付書と同封して送付する。", "継続"),
               ("2-1", "給付制限の適正運用", "長期滞納者には給付制限の事前通知を行い、納付相談を促す。", "継続"),
               ("2-2", "死亡者債権の整理", "相続人調査を行い、納付が見込めない債権は不納欠損処理を行う。", "新規")]},
    {"name": "市営住宅使用料", "ka": "都市計画課 住宅係",
     "rows": [(236_418_000, 228_907_000, 61_203_000, 8_114_000),
              (233_905_000, 226_711_000, 59_806_000, 8_502_000),
              (231_207_000, 224_480_000, 57_118_000, 8_915_000),
              (228_630_000, 222_206_000, 54_402_000, 9_107_000),
              (226_011_000, 219_987_000, 51_871_000, 9_203_000)],
     "tc": [97.40, 97.50, 97.60, 97.70, 97.80], "ta": [18.50, 19.00, 19.50, 20.00, 20.50],
     "inits": [("1-1", "滞納初期の面談", "滞納２か月で呼出しを行い、面談により生活状況を把握する。", "継続"),
               ("2-1", "法的措置の実施", "滞納６か月以上の入居者には、明渡し及び滞納家賃の支払を求める訴えを提起する。", "継続"),
               ("2-2", "退去者債権の回収委託", "退去者の滞納家賃について、弁護士法人への回収委託を開始する。", "新規")]},
]


def r2(c, a):
    return f"{c / a * 100 + 1e-12:.2f}"


def borders(table, horiz_only=False):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        if horiz_only and e in ("left", "right", "insideV"):
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "8" if e in ("top", "bottom") else "4")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def widths(t, ws):
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = Mm(ws[j])
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Mm(ws[j])


def pbreak(doc):
    p = para(doc, after=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def build():
    F, I = Facts(), []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    footer_page(sec, "第２次みやま市債権管理計画")
    C = WD_ALIGN_PARAGRAPH.CENTER
    # p1
    para(doc, "", after=30)
    para(doc, "第２次みやま市債権管理計画", 22, True, C, after=8)
    para(doc, "（令和７年度～令和11年度）", 13, False, C, after=20)
    para(doc, "令和７年３月", 13, False, C, after=4)
    para(doc, "みやま市", 14, True, C, after=40)
    o23, v23 = man(TOT23)
    o19, v19 = man(TOT19)
    para(doc, "１　計画策定の趣旨", 12, True, after=4)
    para(doc, "本市では、令和２年３月に「みやま市債権管理計画」を策定し、市税をはじめとする各種債権の収納率の向上と収入未済額の縮減に取り組んできました。"
              f"その結果、市全体の収入未済額は、令和元年度の{o19}から令和５年度には{o23}まで減少しました。", first=4)
    para(doc, "しかしながら、国民健康保険税や市営住宅使用料など、依然として多額の収入未済額を抱える債権があることから、これまでの取組を検証し、"
              "第２次の計画として各債権の目標と具体的な取組を定めるものです。", first=4)
    para(doc, "２　計画期間", 12, True, after=4)
    para(doc, "計画期間：令和７年度～令和11年度（５年間）", first=4)
    pbreak(doc)
    # p2: outstanding table, horizontal rules only, 西暦 years
    para(doc, "３　収入未済額の状況", 12, True, after=4)
    para(doc, "令和５年度決算における債権別の収入未済額は、次のとおりです。令和元年度と比較すると、全ての債権で減少しています。", first=4)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    t = doc.add_table(rows=2 + len(OUTS), cols=4)
    borders(t, horiz_only=True)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["債権名　＼　年度", "2019", "2023", "増減"]):
        cell_text(t.cell(0, j), h, 9.5, True)
    for i, (name, a, b) in enumerate(OUTS):
        cell_text(t.cell(1 + i, 0), name, 9.5, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(1 + i, 1), k1(a), 9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
        cell_text(t.cell(1 + i, 2), k1(b), 9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
        cell_text(t.cell(1 + i, 3), signed(b - a), 9.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
        debt = None if name == "その他の債権" else name
        dr = "その他" if name == "その他の債権" else name
        F.add(debt, 2019, "2019", "total", "outstanding", "actual", a, "yen", k1(a), 2, debt_raw=dr)
        F.add(debt, 2023, "2023", "total", "outstanding", "actual", b, "yen", k1(b), 2, debt_raw=dr)
    n = 1 + len(OUTS)
    cell_text(t.cell(n, 0), "合　計", 9.5, True)
    cell_text(t.cell(n, 1), k1(TOT19), 9.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(t.cell(n, 2), k1(TOT23), 9.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(t.cell(n, 3), signed(TOT23 - TOT19), 9.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
    F.add(None, 2019, "2019", "total", "outstanding", "actual", TOT19, "yen", k1(TOT19), 2, debt_raw="合計")
    F.add(None, 2023, "2023", "total", "outstanding", "actual", TOT23, "yen", k1(TOT23), 2, debt_raw="合計")
    widths(t, [50, 35, 35, 35])
    para(doc, "※各年度の出納閉鎖時点の数値。▲は減少を示す。水道料金は水道事業会計（税抜）。", 8.5)
    para(doc, "", after=6)
    para(doc, "４　推進シート", 12, True, after=4)
    para(doc, "計画の対象となる債権のうち、収入未済額の大きい４債権について、債権ごとに推進シートを作成し、"
              "年度ごとの目標収納率と具体的な取組を定めます。推進シートは毎年度、実績を記入して進捗を管理します。", first=4)
    for k, d in enumerate(SHEETS, 1):
        para(doc, f"　No.{k}　{d['name']}（{d['ka']}）", 10)
    # sheets
    for k, d in enumerate(SHEETS, 1):
        page = 2 + k
        name = d["name"]
        pbreak(doc)
        para(doc, f"推進シート　No.{zen(k)}", 12, True, after=4)
        t = doc.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        cell_text(t.cell(0, 0), f"債権名　{name}", 11, True, WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(1, 0), f"所管課　{d['ka']}", 9.5, False, WD_ALIGN_PARAGRAPH.LEFT)
        para(doc, "", after=2)
        para(doc, "（１）収納状況の推移", 10.5, True, after=0)
        para(doc, "（単位：千円、％）", 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
        t = doc.add_table(rows=1 + 5, cols=7)
        t.style = "Table Grid"
        for j, h in enumerate(["年度", "調定額（現年）", "収入済額（現年）", "収納率（現年）", "調定額（滞繰）", "収入済額（滞繰）", "収納率（滞繰）"]):
            cell_text(t.cell(0, j), h, 8, True)
        for i, (ca, cc, aa, ac) in enumerate(d["rows"]):
            fy, fyr = 2019 + i, ERA[i]
            vals = [fyr, kyen(ca), kyen(cc), r2(cc, ca), kyen(aa), kyen(ac), r2(ac, aa)]
            for j, v in enumerate(vals):
                cell_text(t.cell(1 + i, j), v, 8.5, align=WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
            for seg, a, c in (("current", ca, cc), ("arrears", aa, ac)):
                F.add(name, fy, fyr, seg, "assessed", "actual", a, "yen", kyen(a), page)
                F.add(name, fy, fyr, seg, "collected", "actual", c, "yen", kyen(c), page)
                F.add(name, fy, fyr, seg, "collection_rate", "actual", float(r2(c, a)), "percent", r2(c, a), page)
        widths(t, [22, 25, 25, 18, 25, 25, 18])
        para(doc, "", after=2)
        para(doc, "（２）目標収納率", 10.5, True, after=0)
        para(doc, "計画期間：令和７年度～令和11年度", 9, after=0)
        t = doc.add_table(rows=3, cols=6)
        t.style = "Table Grid"
        cell_text(t.cell(0, 0), "区分", 8.5, True)
        for j, (fy, lab) in enumerate(PLAN):
            cell_text(t.cell(0, 1 + j), lab, 8.5, True)
        for i, (seg, lab, vals) in enumerate((("current", "現年分", d["tc"]), ("arrears", "滞繰分", d["ta"]))):
            cell_text(t.cell(1 + i, 0), lab, 8.5)
            for j, v in enumerate(vals):
                cell_text(t.cell(1 + i, 1 + j), f"{v:.2f}%", 8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
                F.add(name, PLAN[j][0], PLAN[j][1], seg, "collection_rate", "target", v, "percent", f"{v:.2f}%", page)
        widths(t, [28, 28, 28, 28, 28, 28])
        para(doc, "", after=2)
        para(doc, "（３）具体的な取組", 10.5, True, after=0)
        t = doc.add_table(rows=1 + len(d["inits"]), cols=4)
        t.style = "Table Grid"
        for j, h in enumerate(["番号", "取組項目", "内容", "区分"]):
            cell_text(t.cell(0, j), h, 8.5, True)
        for i, (lab, item, txt, st) in enumerate(d["inits"]):
            cell_text(t.cell(1 + i, 0), lab, 8.5)
            cell_text(t.cell(1 + i, 1), item, 8.5, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.cell(1 + i, 2), txt, 8.5, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.cell(1 + i, 3), st, 8.5)
            I.append({"debt": name, "fiscal_year": 2025, "section": "具体的な取組", "label": lab, "text": txt,
                      "status": st, "page": page})
        widths(t, [14, 36, 104, 14])
    # 全庁的な取組
    pbreak(doc)
    para(doc, "５　全庁的な取組", 12, True, after=4)
    ALL = [("ア", "債権管理研修の実施", "債権所管課の職員を対象に、滞納処分や私債権の法的措置に関する研修を毎年度実施する。"),
           ("イ", "債権管理台帳の整備", "全債権について統一様式の台帳を整備し、時効の管理と履行期限の把握を徹底する。"),
           ("ウ", "債権放棄の基準の運用", "債権管理条例に基づき、回収の見込みがない私債権は、基準に従って放棄し議会に報告する。")]
    for lab, head, txt in ALL:
        para(doc, f"{lab}　{head}", 10.5, True, after=0)
        para(doc, txt, 10.5, indent=6, after=4)
        I.append({"debt": None, "fiscal_year": 2025, "section": "全庁的な取組", "label": lab, "text": txt, "status": None, "page": 7})
    para(doc, "", after=6)
    para(doc, "６　進捗管理", 12, True, after=4)
    para(doc, "みやま市債権管理推進委員会（委員長：副市長）において、毎年度、推進シートにより各債権の目標の達成状況を確認し、"
              "その結果を市ホームページで公表します。", first=4)
    x = OUT / f"{STEM}.docx"
    doc.save(x)
    shutil.copy(soffice(x, OUT), ROOT / "pdf" / f"{STEM}.pdf")
    texts = page_texts(STEM)
    F.add(None, 2019, "令和元年度", "total", "outstanding", "actual", v19, "yen", o19,
          locate(texts, "令和元年度の" + o19, o19), approx=True)
    F.add(None, 2023, "令和５年度", "total", "outstanding", "actual", v23, "yen", o23,
          locate(texts, "令和５年度には" + o23, o23), approx=True)
    docmeta = {"kind": "plan", "municipality": CITY, "title": "第２次みやま市債権管理計画",
               "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, docmeta, F.items, I, None)
    return check(STEM)


if __name__ == "__main__":
    build()
