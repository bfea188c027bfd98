"""令和7年度 徴収計画 (あさひが丘市): openpyxl -> LibreOffice, A4 landscape, 3 pages."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from w_common import F, I, OUT, PDF, finish, rate, to_pdf

STEM = "w_asahigaoka_plan_1"
CITY = "あさひが丘市"
SEC = "令和７年度取組目標"

# 債権名, 所管課, R6 現年収納率, R7 目標, R6 収入未済額(千円), R7 目標(千円), 取組 [(label, text, tag, wrap)]
ROWS = [
    ("市税", "納税課", 99.12, 99.20, 412358, 398000,
     [("①", "納期限後20日以内に督促状を発送し、早期の自主納付を促す。", "継続", False),
      ("②", "預貯金・給与等の財産調査を徹底し、滞納処分を迅速に行う。", "継続", False)]),
    ("国民健康保険税", "納税課", 94.36, 94.80, 598127, 570000,
     [("①", "資格取得時に口座振替の原則化を案内し、納期内納付を推進する。", "拡充", True),
      ("②", "短期被保険者証の交付時に納付相談を行い、分納誓約の履行を管理する。", "継続", False)]),
    ("後期高齢者医療保険料", "保険年金課", 99.41, 99.50, 8264, 8000,
     [("①", "普通徴収の未納者に対し年金支給月に合わせた電話催告を行う。", "継続", False)]),
    ("介護保険料", "介護保険課", 98.85, 98.95, 41530, 40000,
     [("①", "給付制限の事前周知を行い、滞納の長期化を防ぐ。", "継続", False),
      ("②", "納税課と連携して高額滞納者の財産調査を実施する。", "新規", True)]),
    ("保育所保育料", "こども保育課", 98.02, 98.40, 12406, 11500,
     [("①", "児童手当からの特別徴収について申出を勧奨する。", "継続", False)]),
    ("市営住宅使用料", "住宅政策課", 97.64, 97.90, 35872, 34000,
     [("①", "滞納3か月で連帯保証人に通知し、6か月で明渡請求の手続に着手する。", "拡充", False),
      ("②", "退去者の滞納分は弁護士への回収委託を行う。", "新規", False)]),
    ("下水道使用料", "下水道課", 99.05, 99.10, 18945, 18500,
     [("①", "水道料金と併せた給水停止予告により早期回収を図る。", "継続", False)]),
    ("下水道事業受益者負担金", "下水道課", 96.88, 97.00, 4213, 4000,
     [("①", "時効管理を徹底し、徴収不能案件は適正に不納欠損処理を行う。", "継続", False)]),
    ("水道料金", "水道局営業課", 99.22, 99.30, 27315, 26800,
     [("①", "スマートフォン決済の利用を広報し、納付方法の選択肢を広げる。", "拡充", True)]),
    ("学校給食費", "学校給食課", 99.58, 99.65, 1862, 1700,
     [("①", "就学援助制度の案内を徹底し、未納の発生を抑える。", "継続", False)]),
    ("生活保護費返還金", "生活福祉課", 72.15, 74.00, 86470, 84000,
     [("①", "保護費からの調整による返還を原則とする。", "継続", False),
      ("②", "保護廃止者には廃止時に分納計画を作成させる。", "新規", False)]),
    ("奨学金貸付金返還金", "教育総務課", 81.40, 83.00, 9655, 9200,
     [("①", "返還開始前に返還計画の説明会を開催する。", "新規", False),
      ("②", "長期滞納者は支払督促の申立てを行う。", "継続", False)]),
]
PAGE1_ROWS = 7   # rows printed on page 1; the rest continue on page 2

# 滞納繰越分 (令和6年度決算, 千円): debt -> (調定, 収入済, 不納欠損)
ARREARS = [("市税", 596210, 158340, 61205), ("国民健康保険税", 842610, 176905, 98472),
           ("介護保険料", 52880, 9614, 6920), ("市営住宅使用料", 41208, 5937, 2105)]
SEC3 = "３　滞納繰越分の縮減に向けた取組"
ITEMS3 = [("(1)", "執行停止後3年を経過する案件を一覧化し、消滅時効の管理を行う。", "継続"),
          ("(2)", "債権管理課に私債権の回収困難案件を移管し、法的措置を集中して行う。", "新規"),
          ("(3)", "高額滞納案件は進行管理表により四半期ごとに進捗を確認する。", "拡充")]


def k(v: int) -> str:
    return f"{v:,}"


def setup(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "令和７年度　徴収計画"
    ws.oddFooter.center.text = "- &P -"


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "徴収計画"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name="IPAexGothic", size=10)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws.column_dimensions["A"].width = 21
    ws.column_dimensions["B"].width = 12
    for c in "CDEF":
        ws.column_dimensions[c].width = 11
    ws.column_dimensions["G"].width = 62
    ws["A1"] = "令和７年度　徴収計画"
    ws["A1"].font = Font(name="IPAexGothic", size=15, bold=True)
    ws["A2"] = f"{CITY}　財務部債権管理課　令和7年7月"
    ws["A2"].font = font
    ws["A3"] = "１　債権ごとの目標（現年度分収納率及び収入未済額）"
    ws["A3"].font = Font(name="IPAexGothic", size=11, bold=True)
    hdr1 = ["債権名", "所管課", "現年度分収納率(%)", None, "収入未済額(千円)", None, "令和７年度取組目標"]
    hdr2 = [None, None, "R6実績", "R7目標", "R6実績", "R7目標", None]
    ws.append(hdr1)
    ws.append(hdr2)
    ws.merge_cells("C4:D4"); ws.merge_cells("E4:F4")
    ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5"); ws.merge_cells("G4:G5")
    r = 6
    for name, ka, r6, r7, o6, o7, items in ROWS:
        text = "\n".join(f"{lab}{t}" + ("\n" if w else "") + f"【{tag}】" for lab, t, tag, w in items)
        ws.append([name, ka, f"{r6:.2f}", f"{r7:.2f}", k(o6), k(o7), text])
        ws.row_dimensions[r].height = 15 * (len(items) * 2 + 1)
        r += 1
    t6 = sum(x[4] for x in ROWS); t7 = sum(x[5] for x in ROWS)
    ws.append(["合計", None, None, None, k(t6), k(t7), None])
    last = r
    for row in ws.iter_rows(min_row=4, max_row=last, max_col=7):
        for c in row:
            c.border = box; c.font = font
            c.alignment = Alignment(wrap_text=True, vertical="center",
                                    horizontal="right" if c.column in (3, 4, 5, 6) and c.row > 5 else
                                    ("center" if c.row <= 5 else "left"))
    ws.row_dimensions[4].height = 18
    ws.row_dimensions[5].height = 18
    ws.cell(last + 1, 1, "※収納率は現年度分の数値です。収入未済額は現年度分と滞納繰越分の合計です。").font = font
    ws.row_breaks.append(Break(id=5 + PAGE1_ROWS))
    ws.print_title_rows = "4:5"
    ws.print_area = f"A1:G{last + 1}"
    setup(ws)
    # page 3: 滞納繰越分 (one debt per column), second sheet
    ws = wb.create_sheet("滞納繰越分")
    ws.column_dimensions["A"].width = 21
    for c in "BCDEF":
        ws.column_dimensions[c].width = 17
    ws.column_dimensions["G"].width = 30
    s = 1
    ws.cell(s, 1, "２　滞納繰越分の状況（令和６年度決算）").font = Font(name="IPAexGothic", size=11, bold=True)
    ws.cell(s + 1, 6, "単位：千円、％").font = font
    head = ["区分"] + [a[0] for a in ARREARS] + ["計"]
    cols = "ABCDEF"
    for j, h in enumerate(head):
        ws.cell(s + 2, j + 1, h)
    tot = [sum(a[i] for a in ARREARS) for i in (1, 2, 3)]
    data = [list(a[1:]) for a in ARREARS] + [tot]
    lines = [("調定額", lambda d: k(d[0])), ("収入済額", lambda d: k(d[1])),
             ("不納欠損額", lambda d: k(d[2])), ("収入未済額", lambda d: k(d[0] - d[1] - d[2])),
             ("収納率", lambda d: f"{rate(d[1], d[0]):.2f}")]
    for i, (lab, fn) in enumerate(lines):
        ws.cell(s + 3 + i, 1, lab)
        for j, d in enumerate(data):
            ws.cell(s + 3 + i, j + 2, fn(d))
    for row in ws.iter_rows(min_row=s + 2, max_row=s + 7, max_col=6):
        for c in row:
            c.border = box; c.font = font
            c.alignment = Alignment(horizontal="center" if c.row == s + 2 or c.column == 1 else "right",
                                    vertical="center", wrap_text=True)
    q = s + 9
    ws.cell(q, 1, SEC3).font = Font(name="IPAexGothic", size=11, bold=True)
    for n, (lab, t, tag) in enumerate(ITEMS3):
        c = ws.cell(q + 1 + n, 1, f"{lab}　{t}【{tag}】")
        c.font = font
        ws.merge_cells(start_row=q + 1 + n, start_column=1, end_row=q + 1 + n, end_column=7)
    ws.print_area = f"A1:G{q + 1 + len(ITEMS3)}"
    setup(ws)
    src = OUT / f"{STEM}.xlsx"
    OUT.mkdir(parents=True, exist_ok=True)
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "w_a")

    facts, inits = [], []
    for n, (name, ka, r6, r7, o6, o7, items) in enumerate(ROWS):
        pg = 1 if n < PAGE1_ROWS else 2
        facts += [F(name, 2024, "R6", "current", "collection_rate", "actual", r6, "percent", f"{r6:.2f}", pg),
                  F(name, 2025, "R7", "current", "collection_rate", "target", r7, "percent", f"{r7:.2f}", pg),
                  F(name, 2024, "R6", "total", "outstanding", "actual", o6 * 1000, "yen", k(o6), pg),
                  F(name, 2025, "R7", "total", "outstanding", "target", o7 * 1000, "yen", k(o7), pg)]
        for lab, t, tag, w in items:
            inits.append(I(name, 2025, SEC, lab, t, tag, pg))
    facts += [F(None, 2024, "R6", "total", "outstanding", "actual", t6 * 1000, "yen", k(t6), 2, debt_raw="合計"),
              F(None, 2025, "R7", "total", "outstanding", "target", t7 * 1000, "yen", k(t7), 2, debt_raw="合計")]
    names = [a[0] for a in ARREARS] + [None]
    for nm, d in zip(names, data):
        a, c, w = d
        o = a - c - w
        rr = rate(c, a)
        dr = nm if nm else "計"
        facts += [F(nm, 2024, "令和６年度", "arrears", "assessed", "actual", a * 1000, "yen", k(a), 3, debt_raw=dr),
                  F(nm, 2024, "令和６年度", "arrears", "collected", "actual", c * 1000, "yen", k(c), 3, debt_raw=dr),
                  F(nm, 2024, "令和６年度", "arrears", "written_off", "actual", w * 1000, "yen", k(w), 3, debt_raw=dr),
                  F(nm, 2024, "令和６年度", "arrears", "outstanding", "actual", o * 1000, "yen", k(o), 3, debt_raw=dr),
                  F(nm, 2024, "令和６年度", "arrears", "collection_rate", "actual", rr, "percent", f"{rr:.2f}", 3, debt_raw=dr)]
    for lab, t, tag in ITEMS3:
        inits.append(I(None, 2025, SEC3, lab, t, tag, 3))
    doc = {"kind": "plan", "municipality": CITY, "title": "令和７年度　徴収計画",
           "date": "2025-07-01", "date_raw": "令和7年7月"}
    finish(STEM, pdf, doc, facts, inits)


if __name__ == "__main__":
    build()
