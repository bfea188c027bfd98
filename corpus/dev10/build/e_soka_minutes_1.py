"""草加市債権管理対策委員会 会議録 (書面開催) — python-docx → LibreOffice.

Modelled on the layout of 草加市議会 総務文教委員会 会議録 (◇開会年月日/◇出席委員/◇説明のため出席した者 blocks)
https://chiholog.net/saitamalog/gijilog/11221-20180914-a3eebe2/ja and on the membership of a 市税等収納向上対策委員会
(委員長＝副市長, 副委員長＝部長) https://www1.g-reiki.net/yuki/reiki_honbun/e008RG00000700.html .
Figures are invented; the 別表 and the written opinions print the same numbers.
"""
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Mm, Pt

from e_common import OUT, PDF_DIR, Gold, comma, fw, oku_man, oku_man_value, rate, soffice_pdf
from e_docx import (borders, cell_text, col_widths, footer_page, header_text, landscape_section, new_doc,
                    page_break, para, shade)

STEM = "e_soka_minutes_1"
CITY = "草加市"
TITLE = "令和７年度第３回草加市債権管理対策委員会　会議録"
AS_OF, PREV_AS_OF = "2025-12-31", "2024-12-31"

# 別表 data (千円): debt -> (current assessed, current rate target, prev-year rate, arrears assessed, arrears rate, prev)
DATA = [
    ("市税", 31482560, "84.6", "84.3", 1102380, "26.1", "24.9"),
    ("国民健康保険税", 6215430, "66.8", "66.1", 1486220, "16.1", "15.7"),
    ("介護保険料", 5120380, "85.3", "85.5", 98640, "14.3", "13.2"),
    ("後期高齢者医療保険料", 2604150, "84.4", "84.0", 32410, "37.7", "35.9"),
    ("保育所保育料", 402880, "81.5", "80.9", 28760, "14.6", "12.8"),
    ("市営住宅使用料", 118240, "85.0", "86.2", 36150, "8.4", "9.1"),
]
PREV_TOTAL = ("81.4", "18.9")


def collected_for(assessed, r):
    from decimal import Decimal, ROUND_HALF_UP
    c = int((Decimal(assessed) * Decimal(r) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert str(rate(c, assessed)) == r, (assessed, r, rate(c, assessed))
    return c


ROWS = []
for name, ca, cr, cp, aa, ar, ap in DATA:
    ROWS.append((name, ca, collected_for(ca, cr), cr, cp, aa, collected_for(aa, ar), ar, ap))
TOT = ["合計", sum(r[1] for r in ROWS), sum(r[2] for r in ROWS), None, PREV_TOTAL[0],
       sum(r[5] for r in ROWS), sum(r[6] for r in ROWS), None, PREV_TOTAL[1]]
TOT[3] = str(rate(TOT[2], TOT[1]))
TOT[7] = str(rate(TOT[6], TOT[5]))
ROWS.append(tuple(TOT))

OUTSTANDING_R6 = 1247862000  # 市税 令和６年度決算 収入未済額 (円)
TARGET = {"市税": ("99.2", "30.0"), "国民健康保険税": ("94.5", "22.0")}

ATTENDEES = [
    ("委員長", "副市長"), ("副委員長", "総務部長"),
    ("委員", "市長室長"), ("委員", "総合政策部長"), ("委員", "市民生活部長"), ("委員", "子ども・若者部長"),
    ("委員", "福祉部長"), ("委員", "健康部長"), ("委員", "都市整備部長"), ("委員", "上下水道部長"),
    ("委員", "教育総務部長"), ("事務局", "納税課長"), ("事務局", "税外債権管理室長"),
]
AGENDA = [
    "令和７年度市税等の収納状況（１２月末現在）について",
    "税外債権の徴収一元化の進捗について",
    "令和８年度債権管理実施方針（案）について",
]
MATERIALS = [
    "資料１　令和７年度市税等の収納状況（１２月末現在）",
    "資料２　税外債権の徴収一元化の進捗状況",
    "資料３　令和８年度草加市債権管理実施方針（案）",
    "参考　令和７年度第２回草加市債権管理対策委員会　会議録",
]


def row(name):
    return next(r for r in ROWS if r[0] == name)


def main():
    g = Gold(STEM, "minutes", CITY, TITLE, "2026-02-13", "令和８年２月１３日")
    d = new_doc()
    sec = d.sections[0]
    header_text(sec, "草加市債権管理対策委員会")
    footer_page(sec)

    para(d, TITLE, bold=True, size=14, align="center", space_after=8)

    # label / value block
    t = d.add_table(rows=0, cols=2)
    borders(t)
    items = [
        ("会議の名称", "令和７年度第３回草加市債権管理対策委員会"),
        ("開催方法", "書面開催（令和８年２月１３日付けで各委員に資料を送付し、２月２５日までに書面により意見及び"
                     "質問の提出を求め、事務局がこれを取りまとめた。）"),
        ("出席者\n（書面回答者）",
         "委員長　　副市長\n副委員長　総務部長\n委　員　　市長室長・総合政策部長・市民生活部長・子ども・若者部長・"
         "福祉部長・健康部長・都市整備部長・上下水道部長・教育総務部長\n事務局　　納税課長・税外債権管理室長"),
        ("議　題", "\n".join(f"（{fw(i+1)}）{a}" for i, a in enumerate(AGENDA))),
        ("配付資料", "\n".join(MATERIALS)),
        ("担当課", "総務部納税課　電話 ０４８－９２２－○○○○"),
    ]
    for k, v in items:
        c = t.add_row().cells
        cell_text(c[0], k, size=10, align="center"); shade(c[0], "EDEDED")
        cell_text(c[1], v, size=10)
    col_widths(t, [32, 134])

    para(d, "")
    para(d, "会議の経過（意見及び質問の要旨）", bold=True, size=11)
    para(d, "※前回（令和７年度第２回、令和７年１０月２２日開催）の会議録は確定済みであり、参考として配付した。", size=9)

    stmts = []

    def say(speaker, section, text):
        para(d, "○" + speaker, bold=True, space_after=0, indent_mm=4)
        para(d, text, indent_mm=8, first_mm=4)
        stmts.append({"speaker": speaker, "section": section, "text": text, "page": None})

    s1 = f"１　議題（１）{AGENDA[0]}"
    para(d, s1, bold=True, space_after=2)
    r = row("市税")
    say("総務部長", s1,
        f"市税の１２月末現在の収納率は、現年課税分が{fw(r[3])}％で前年同月の{fw(r[4])}％を上回り、滞納繰越分は"
        f"{fw(r[7])}％で前年同月の{fw(r[8])}％を上回った。令和６年度決算における市税の収入未済額は約"
        f"{fw(oku_man(OUTSTANDING_R6)).replace('億', '億')}であり、差押えの早期着手とコールセンターの架電強化により、"
        "年度末に向けてさらに縮減を図る。")
    g.fact("市税", 2025, "１２月末現在", "current", "collection_rate", "interim", float(r[3]), "percent", fw(r[3]) + "％", as_of=AS_OF)
    g.fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", float(r[4]), "percent", fw(r[4]) + "％", as_of=PREV_AS_OF)
    g.fact("市税", 2025, "１２月末現在", "arrears", "collection_rate", "interim", float(r[7]), "percent", fw(r[7]) + "％", as_of=AS_OF)
    g.fact("市税", 2024, "前年同月", "arrears", "collection_rate", "interim", float(r[8]), "percent", fw(r[8]) + "％", as_of=PREV_AS_OF)
    g.fact("市税", 2024, "令和６年度決算", "total", "outstanding", "actual", oku_man_value(OUTSTANDING_R6), "yen",
           "約" + fw(oku_man(OUTSTANDING_R6)), approx=True)

    r = row("国民健康保険税")
    say("健康部長", s1,
        f"国民健康保険税は、現年課税分の収納率が{fw(r[3])}％（前年同月{fw(r[4])}％）、滞納繰越分が{fw(r[7])}％"
        f"（前年同月{fw(r[8])}％）となった。被保険者数の減少により調定額は減っているが、口座振替の原則化を進めた"
        "効果が表れている。")
    for seg, i, j in (("current", 3, 4), ("arrears", 7, 8)):
        g.fact("国民健康保険税", 2025, "１２月末現在", seg, "collection_rate", "interim", float(r[i]), "percent", fw(r[i]) + "％", as_of=AS_OF)
        g.fact("国民健康保険税", 2024, "前年同月", seg, "collection_rate", "interim", float(r[j]), "percent", fw(r[j]) + "％", as_of=PREV_AS_OF)

    say("委員長", s1, "介護保険料の現年分が前年同月を下回っている理由と、年度末に向けた対応を伺いたい。")
    r = row("介護保険料")
    say("福祉部長", s1,
        f"介護保険料の現年分の収納率は{fw(r[3])}％で、前年同月の{fw(r[4])}％をわずかに下回った。年度途中の"
        "資格取得者が普通徴収となる期間に未納が生じやすいため、２月に未納者全員へ催告書を送付し、特別徴収への"
        "切替えを早める。")
    g.fact("介護保険料", 2025, "１２月末現在", "current", "collection_rate", "interim", float(r[3]), "percent", fw(r[3]) + "％", as_of=AS_OF)
    g.fact("介護保険料", 2024, "前年同月", "current", "collection_rate", "interim", float(r[4]), "percent", fw(r[4]) + "％", as_of=PREV_AS_OF)

    r = row("保育所保育料")
    say("子ども・若者部長", s1,
        f"保育所保育料は、現年分{fw(r[3])}％、滞納繰越分{fw(r[7])}％と、いずれも前年同月を上回った。児童手当からの"
        "徴収の申出を入所時に案内している。")
    g.fact("保育所保育料", 2025, "１２月末現在", "current", "collection_rate", "interim", float(r[3]), "percent", fw(r[3]) + "％", as_of=AS_OF)
    g.fact("保育所保育料", 2025, "１２月末現在", "arrears", "collection_rate", "interim", float(r[7]), "percent", fw(r[7]) + "％", as_of=AS_OF)

    r = row("市営住宅使用料")
    say("都市整備部長", s1,
        f"市営住宅使用料は、現年分の収納率が{fw(r[3])}％と前年同月の{fw(r[4])}％を下回った。高齢の単身世帯の"
        "滞納が増えているため、福祉部門と連携して生活状況を確認し、分納誓約を取り付ける。")
    g.fact("市営住宅使用料", 2025, "１２月末現在", "current", "collection_rate", "interim", float(r[3]), "percent", fw(r[3]) + "％", as_of=AS_OF)
    g.fact("市営住宅使用料", 2024, "前年同月", "current", "collection_rate", "interim", float(r[4]), "percent", fw(r[4]) + "％", as_of=PREV_AS_OF)

    s2 = f"２　議題（２）{AGENDA[1]}"
    para(d, s2, bold=True, space_after=2)
    say("税外債権管理室長", s2,
        "令和７年度は、保育所保育料、放課後児童クラブ保育料及び市営住宅使用料の滞納繰越分のうち、１０万円以上の"
        "事案１２６件を所管課から引き継いだ。１２月末までに３８件が完納又は分納誓約に至っている。")
    say("市民生活部長", s2, "引継ぎ後も所管課が債務者から相談を受ける場面があるため、窓口での案内方法を統一してほしい。")
    say("税外債権管理室長", s2, "引継ぎ済み事案の一覧を毎月所管課と共有し、相談があった場合の連絡先を明記した案内文を作成する。")

    s3 = f"３　議題（３）{AGENDA[2]}"
    para(d, s3, bold=True, space_after=2)
    tz, tk = TARGET["市税"], TARGET["国民健康保険税"]
    say("総務部長", s3,
        f"令和８年度は、市税の目標収納率を現年課税分{fw(tz[0])}％、滞納繰越分{fw(tz[1])}％とし、国民健康保険税は"
        f"現年課税分{fw(tk[0])}％、滞納繰越分{fw(tk[1])}％を目標とする。各所管課は４月末までに債権別の実施計画を"
        "提出すること。")
    for debt, (c, a) in TARGET.items():
        g.fact(debt, 2026, "令和８年度", "current", "collection_rate", "target", float(c), "percent", fw(c) + "％")
        g.fact(debt, 2026, "令和８年度", "arrears", "collection_rate", "target", float(a), "percent", fw(a) + "％")
    say("委員長", s3,
        "実施方針（案）は原案のとおりとする。各部長は、所管課の実施計画に数値目標と具体的な取組を必ず記載させ、"
        "上半期の実績を第２回委員会で報告すること。")
    para(d, "以上", align="right")

    # 別表 (landscape)
    sec2 = landscape_section(d)
    para(d, "別表　市税等の収納状況（令和７年１２月末現在）", bold=True, size=11)
    para(d, "（単位：千円、％）", align="right", size=9)
    t = d.add_table(rows=2, cols=9)
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); cell_text(a, "区分", align="center")
    m = h0[1].merge(h0[4]); cell_text(m, "現年分", align="center")
    m = h0[5].merge(h0[8]); cell_text(m, "滞納繰越分", align="center")
    for i, lab in enumerate(["調定額", "収入済額", "収納率", "前年同月"] * 2):
        cell_text(h1[i + 1], lab, align="center")
    for c in list(h0) + list(h1):
        shade(c, "EDEDED")
    for r in ROWS:
        c = t.add_row().cells
        cell_text(c[0], r[0])
        vals = [comma(r[1]), comma(r[2]), r[3], r[4], comma(r[5]), comma(r[6]), r[7], r[8]]
        for i, v in enumerate(vals):
            cell_text(c[i + 1], v, align="right")
        debt = None if r[0] == "合計" else r[0]
        for seg, base in (("current", 1), ("arrears", 5)):
            g.fact(debt, 2025, "令和７年１２月末現在", seg, "assessed", "interim", r[base] * 1000, "yen", comma(r[base]),
                   as_of=AS_OF, debt_raw=r[0], hint=["別表"])
            g.fact(debt, 2025, "令和７年１２月末現在", seg, "collected", "interim", r[base + 1] * 1000, "yen",
                   comma(r[base + 1]), as_of=AS_OF, debt_raw=r[0], hint=["別表"])
            g.fact(debt, 2025, "令和７年１２月末現在", seg, "collection_rate", "interim", float(r[base + 2]), "percent",
                   r[base + 2], as_of=AS_OF, debt_raw=r[0], hint=["別表"])
            g.fact(debt, 2024, "前年同月", seg, "collection_rate", "interim", float(r[base + 3]), "percent",
                   r[base + 3], as_of=PREV_AS_OF, debt_raw=r[0], hint=["別表"])
    col_widths(t, [44] + [27] * 8)
    para(d, "※収納率は収入済額÷調定額（小数点以下第２位を四捨五入）。前年同月は令和６年１２月末現在の収納率。", size=9)
    para(d, "※滞納繰越分の調定額は、年度当初の繰越額から減額更正分を差し引いた額。", size=9)

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "a")

    g.minutes = {"title": TITLE, "meeting_number": 3, "date": "2026-02-13", "method": "書面開催",
                 "attendees": [{"role": ro, "title": ti} for ro, ti in ATTENDEES],
                 "agenda": AGENDA, "materials": MATERIALS, "statements": stmts}
    g.finish(pdf)


if __name__ == "__main__":
    main()
