"""e_machida_minutes_4: 総務常任委員会記録 (minutes, council committee record), python-docx -> LibreOffice, A4 portrait.

Modelled on 町田市議会「総務常任委員会記録」 (e.g. 令和4年総務常任委員会(9月)
https://chiholog.net/tokyolog/gijilog/132098-20220909-2f4723c/ja and the giji.rocks copy of 企画総務常任委員会記録):
numbered header block 1 日時 … 7 事件 別紙のとおり, 審査順序 (財務部 (1)認定第１号 … (2)行政報告 …), ○委員長 / ○…委員
for members and ◎ for executives, △ item headings, 〔「なし」と呼ぶ者あり〕; figures in the answers (rates, 約…億…万円,
滞納世帯数, 8月末 interim vs 前年同期), a mention of 令和７年第１回定例会 (not this meeting's number), 別表 at the end.
Names are invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import F, OUT, PDF, c, locate, oku_man, page_texts, rate, raw_norm, round_man, to_pdf, write_gold, zen  # noqa: E402
from e_docxutil import GOTHIC, MINCHO, cell_text, header_footer, new_doc, para, shade, table  # noqa: E402

STEM = "e_machida_minutes_4"
CITY = "町田市"
TITLE = "総務常任委員会記録"

# 別表 (千円): debt -> [(区分, 調定額, 収入済額, 不納欠損額)]
TAB = [
    ("市税", [("現年課税分", 76_512_340, 75_984_106, 12_410), ("滞納繰越分", 2_104_880, 810_801, 98_652)]),
    ("国民健康保険税", [("現年課税分", 9_842_615, 9_102_431, 8_904), ("滞納繰越分", 2_315_447, 697_181, 151_208)]),
]


def seg_rows(rows):
    out = []
    for seg, a, col, w in rows:
        out.append((seg, a, col, w, a - col - w))
    t = tuple(sum(r[i] for r in out) for i in (1, 2, 3, 4))
    out.append(("計",) + t)
    return out


DATA = {d: seg_rows(r) for d, r in TAB}


def r_(d, seg):
    row = next(x for x in DATA[d] if x[0] == seg)
    return rate(row[2], row[1])


tax_cur, tax_arr, tax_tot = r_("市税", "現年課税分"), r_("市税", "滞納繰越分"), r_("市税", "計")
tax_out = round_man(DATA["市税"][2][4] * 1000)      # 約…億…万円 (100万円 unit)
tax_wo = round_man(DATA["市税"][2][3] * 1000)
kok_cur, kok_arr = r_("国民健康保険税", "現年課税分"), r_("国民健康保険税", "滞納繰越分")
HH_R5, HH_R4 = 4216, 4502
INT_R6, INT_R5 = 48.62, 48.15
ALL_OUT_R5 = 4_680_000_000

ATTENDEES = (
    [{"role": "委員長", "title": "委員長", "name": "村田和夫"},
     {"role": "副委員長", "title": "副委員長", "name": "早川由美子"}]
    + [{"role": "委員", "title": "委員", "name": n} for n in
       ["木村隆", "佐伯勝", "大野理恵", "竹中浩二", "平井信代", "浅田真一"]]
    + [{"role": t, "title": t} for t in ["財務部長", "税務担当部長", "北部・農政担当部長", "経済観光部長"]]
    + [{"role": "議事担当課長", "title": "議事担当課長", "name": "水野博"},
       {"role": "議事係担当係長", "title": "議事係担当係長", "name": "山内明"},
       {"role": "担当", "title": "担当", "name": "小池真理子"}]
)
AGENDA = ["認定第１号　令和５年度（２０２３年度）町田市一般会計・特別会計歳入歳出決算認定について",
          "行政報告　債権管理の取組状況について"]
MATERIALS = ["令和５年度 市税等の収納状況（別表）"]

S_OPEN = "開議"
S_A1 = "認定第１号（財務部所管分）"
S_A2 = "行政報告（債権管理の取組状況について）"
STATEMENTS = [
    ("○", "委員長", S_OPEN, "ただいまから総務常任委員会を開会いたします。今期定例会において当委員会に付託された案件について審査を行います。審査順序につきましては、お手元に配付してあります順序に従い進めてまいります。"),
    ("○", "委員長", S_A1, "認定第１号を議題といたします。本案について、提案者の説明を求めます。"),
    ("◎", "税務担当部長", S_A1,
     f"認定第１号のうち、市税の決算概要について御説明申し上げます。お手元の別表を御覧ください。令和５年度の市税の収納率は、現年課税分が{tax_cur:.2f}％、滞納繰越分が{tax_arr:.2f}％、合計で{tax_tot:.2f}％となりました。収入未済額は約{oku_man(tax_out)}、不納欠損額は約{oku_man(tax_wo)}でございます。"),
    ("○", "委員長", S_A1, "これより質疑を行います。"),
    ("○", "木村委員", S_A1, "国民健康保険税の収納状況と、滞納している世帯の推移について伺います。"),
    ("◎", "納税課長", S_A1,
     f"令和５年度の国民健康保険税の収納率は、現年課税分が{kok_cur:.2f}％、滞納繰越分が{kok_arr:.2f}％でございます。滞納世帯数は、令和５年度末で{zen(c(HH_R5))}世帯となり、前年度末の{zen(c(HH_R4))}世帯から減少しております。"),
    ("○", "佐伯委員", S_A1, "今年度に入ってからの状況はいかがでしょうか。"),
    ("◎", "納税課長", S_A1,
     f"令和６年８月末現在の市税の現年課税分の収納率は{INT_R6:.2f}％で、前年同期の{INT_R5:.2f}％を０．４７ポイント上回っております。"),
    ("○", "委員長", S_A1, "ほかに質疑はありませんか。"),
    ("○", "委員長", S_A1, "なければ、以上で質疑を終結いたします。"),
    ("○", "委員長", S_A2, "行政報告、債権管理の取組状況について、報告を求めます。"),
    ("◎", "財務部長", S_A2,
     f"市全体の収入未済額は、令和５年度末で約{oku_man(ALL_OUT_R5)}となり、前年度に比べて縮減いたしました。引き続き、債権管理条例に基づく徴収停止や債権放棄を適正に行うとともに、市税と国民健康保険税の滞納整理を一体的に進めてまいります。"),
    ("○", "大野委員", S_A2, "私債権の放棄について、今後の報告の予定を伺います。"),
    ("◎", "税務担当部長", S_A2, "令和６年度分の私債権の放棄につきましては、令和７年第１回定例会の委員会において改めて御報告いたします。"),
    ("○", "委員長", S_A2, "以上で行政報告を終了いたします。これをもって本日の委員会を散会いたします。"),
]


def build(docx_path: Path):
    d = new_doc(margins_mm=(25, 25, 22, 25))
    header_footer(d, header_text="令和６年総務常任委員会（９月）", page_fmt=("", ""))
    para(d, TITLE, font=GOTHIC, size=15, bold=True, align="center", space_after=6)
    head = [
        "１　日時　　令和６年（２０２４年）９月９日（月）午前１０時",
        "２　場所　　第１委員会室",
        "３　出席者　委員長　村田和夫",
        "　　　　　　副委員長　早川由美子",
        "　　　　　　委員　木村隆　佐伯勝　大野理恵　竹中浩二　平井信代　浅田真一",
        "４　出席説明員　財務部長　税務担当部長　北部・農政担当部長　経済観光部長",
        "　　　　　　その他担当管理職職員",
        "５　出席議会事務局職員　議事担当課長　水野博　議事係担当係長　山内明　担当　小池真理子",
        "６　速記士　新田さゆり（澤速記事務所）",
        "７　事件　　別紙のとおり",
        "８　配付資料　令和５年度 市税等の収納状況（別表）",
    ]
    for ln in head:
        para(d, ln, space_after=1)
    para(d, "─" * 38, space_before=3, space_after=3)
    para(d, "総務常任委員会審査順序", font=GOTHIC, align="center", space_after=2)
    para(d, "令和６年（２０２４年）９月９日（月）午前１０時　第１委員会室", align="right", size=9.5, space_after=3)
    para(d, "１　財務部", space_after=1)
    para(d, "（１）" + AGENDA[0], indent_mm=4, space_after=1)
    para(d, "（２）" + AGENDA[1], indent_mm=4, space_after=1)
    para(d, "─" * 38, space_before=3, space_after=3)
    para(d, "午前１０時　開議", align="center", space_after=3)
    cur = S_OPEN
    for mark, sp, sec, text in STATEMENTS:
        if sec != cur:
            para(d, "△" + sec, font=GOTHIC, space_before=6, space_after=3)
            cur = sec
        para(d, f"{mark}{sp}　{text}", first_mm=3.7, space_after=3)
        if text == "ほかに質疑はありませんか。":
            para(d, "〔「なし」と呼ぶ者あり〕", align="center", space_after=3)
    para(d, "午前１１時１５分　散会", align="center", space_before=4, space_after=8)
    para(d, "別表　令和５年度 市税等の収納状況（単位：千円、％）", font=GOTHIC, space_before=4, space_after=2)
    t = table(d, 1 + sum(len(v) for v in DATA.values()), 7, [30, 24, 24, 24, 20, 22, 16])
    for j, h in enumerate(["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
        cell_text(t.rows[0].cells[j], h, align="center", bold=True, size=9)
        shade(t.rows[0].cells[j])
    r = 1
    for debt, rows in DATA.items():
        first = t.rows[r].cells[0]
        m = first.merge(t.rows[r + len(rows) - 1].cells[0])
        cell_text(m, debt, size=9)
        for seg, a, col, w, o in rows:
            cells = t.rows[r].cells
            cell_text(cells[1], seg, size=9)
            for j, v in enumerate((a, col, w, o)):
                cell_text(cells[2 + j], c(v), align="right", size=9)
            cell_text(cells[6], f"{rate(col, a):.2f}", align="right", size=9)
            r += 1
    d.save(docx_path)


def gold(pdf: Path):
    texts = page_texts(pdf)
    facts = []
    seg_of = {"現年課税分": "current", "滞納繰越分": "arrears", "計": "total"}
    # prose facts: located by the statement that prints them
    def sp(snippet):
        return locate(pdf, snippet)

    st = {s[3][:25]: s for s in STATEMENTS}
    t_tax = next(s[3] for s in STATEMENTS if s[3].startswith("認定第１号のうち"))
    pg = sp(f"現年課税分が{tax_cur:.2f}％")
    facts += [F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", tax_cur, "percent", f"{tax_cur:.2f}％", pg),
              F("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", tax_arr, "percent", f"{tax_arr:.2f}％", sp(f"滞納繰越分が{tax_arr:.2f}％")),
              F("市税", 2023, "令和５年度", "total", "collection_rate", "actual", tax_tot, "percent", f"{tax_tot:.2f}％", sp(f"合計で{tax_tot:.2f}％")),
              F("市税", 2023, "令和５年度", "total", "outstanding", "actual", tax_out, "yen", f"約{oku_man(tax_out)}", sp(f"収入未済額は約{oku_man(tax_out)}"), approx=True),
              F("市税", 2023, "令和５年度", "total", "written_off", "actual", tax_wo, "yen", f"約{oku_man(tax_wo)}", sp(f"不納欠損額は約{oku_man(tax_wo)}"), approx=True)]
    facts += [F("国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", kok_cur, "percent", f"{kok_cur:.2f}％", sp(f"現年課税分が{kok_cur:.2f}％")),
              F("国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", kok_arr, "percent", f"{kok_arr:.2f}％", sp(f"滞納繰越分が{kok_arr:.2f}％")),
              F("国民健康保険税", 2023, "令和５年度末", "total", "delinquents", "actual", HH_R5, "households", f"{zen(c(HH_R5))}世帯", sp(f"令和５年度末で{zen(c(HH_R5))}世帯")),
              F("国民健康保険税", 2022, "前年度末", "total", "delinquents", "actual", HH_R4, "households", f"{zen(c(HH_R4))}世帯", sp(f"前年度末の{zen(c(HH_R4))}世帯"))]
    facts += [F("市税", 2024, "令和６年８月末", "current", "collection_rate", "interim", INT_R6, "percent", f"{INT_R6:.2f}％", sp(f"収納率は{INT_R6:.2f}％"), as_of="2024-08-31"),
              F("市税", 2023, "前年同期", "current", "collection_rate", "interim", INT_R5, "percent", f"{INT_R5:.2f}％", sp(f"前年同期の{INT_R5:.2f}％"), as_of="2023-08-31"),
              F(None, 2023, "令和５年度末", "total", "outstanding", "actual", ALL_OUT_R5, "yen", f"約{oku_man(ALL_OUT_R5)}", sp(f"令和５年度末で約{oku_man(ALL_OUT_R5)}"), approx=True, debt_raw=None)]
    p_tab = locate(pdf, "別表　令和５年度")
    for debt, rows in DATA.items():
        for seg, a, col, w, o in rows:
            pr = next(i for i in range(p_tab, len(texts) + 1) if raw_norm(c(a)) in texts[i - 1])
            for metric, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
                facts.append(F(debt, 2023, "令和５年度", seg_of[seg], metric, "actual", v * 1000, "yen", c(v), pr))
            rv = rate(col, a)
            facts.append(F(debt, 2023, "令和５年度", seg_of[seg], "collection_rate", "actual", rv, "percent", f"{rv:.2f}", pr))
    statements = []
    for mark, spk, sec, text in STATEMENTS:
        statements.append({"speaker": spk, "section": sec, "text": text, "page": locate(pdf, text[:40])})
    minutes = {"title": TITLE, "meeting_number": None, "date": "2024-09-09", "method": None,
               "attendees": ATTENDEES, "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    doc = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2024-09-09",
           "date_raw": "令和６年（２０２４年）９月９日（月）"}
    return write_gold(STEM, pdf, doc, facts, [], minutes)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    build(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "machida")
    gold(pdf)


if __name__ == "__main__":
    main()
