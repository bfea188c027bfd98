"""令和6年度 吹田市債権徴収・整理計画（未収債権の目標及び具体処理策）.

Modelled on 吹田市「債権徴収・整理計画について」(http://www.city.suita.osaka.jp/home/soshiki/div-zeimu/saiken/_87992.html:
現年度分 目標徴収率 / 滞納繰越分 目標徴収率 per debt) and the 堺市 style sheet 「未収債権の目標及び具体処理策」
(https://123deta.com/document/q5wp9w7q-...). openpyxl -> LibreOffice, A4 landscape, three sheets.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from plans_common import OUT, PDF, comma, fact, initiative, oku_man, to_pdf, write_gold

STEM = "suita_plan_1"
CITY = "吹田市"
TITLE = "令和6年度 吹田市債権徴収・整理計画"

# name, 所管課, 現年調定(千円), 現年率, 滞繰調定, 滞繰率, 欠損, 目標(現年, 滞繰), 目標未済, actions
DEBTS = [
    ("市税", "納税課", 61_842_530, 0.9921, 1_084_216, 0.3318, 88_412, (99.25, 34.00), 1_020_000,
     [("①", "現年度分の未納者には、納期限後速やかに督促状を送付し、電話催告センターから早期に連絡する。", None),
      ("②", "給与・預貯金の差押えを中心に滞納処分を進め、高額・困難事案は特別滞納整理チームで処理する。", None),
      ("③", "スマートフォン決済等のキャッシュレス納付を周知する。", "拡充")]),
    ("国民健康保険料", "国民健康保険課", 9_615_204, 0.9412, 1_702_318, 0.2487, 241_806, (94.50, 26.00), 1_560_000,
     [("①", "口座振替の原則化を進め、加入手続時に口座振替の申込みを受け付ける。", None),
      ("②", "財産調査の結果、資力のある滞納者には差押えを行い、資力のない者は執行停止を行う。", None),
      ("③", "納付相談の予約制を導入し、分納誓約の履行管理を徹底する。", "新規")]),
    ("介護保険料", "高齢福祉室", 8_214_377, 0.9883, 162_548, 0.2154, 58_214, (98.90, 22.00), 143_000,
     [("①", "普通徴収の未納者に、年金の受給状況を確認したうえで文書催告を行う。", None),
      ("②", "滞納による給付制限について、窓口と文書で周知する。", None)]),
    ("後期高齢者医療保険料", "国民健康保険課", 4_326_118, 0.9957, 21_904, 0.3542, 4_108, (99.58, 36.00), 28_000,
     [("①", "督促後に未納が続く被保険者へ、納付案内を送付する。", None),
      ("②", "口座振替の勧奨を、保険料決定通知に同封して行う。", None)]),
    ("保育所保育料", "保育幼稚園室", 1_204_562, 0.9874, 48_216, 0.2231, 6_915, (98.90, 23.00), 44_000,
     [("①", "滞納のある世帯には、児童手当からの申出徴収を勧奨する。", None),
      ("②", "強制徴収公債権として、財産調査と差押えを計画的に行う。", None),
      ("③", "退所後の滞納者には、年2回の一斉催告を行う。", "新規")]),
    ("市営住宅使用料", "住宅政策室", 1_028_744, 0.9832, 84_206, 0.2014, 3_512, (98.40, 21.00), 79_000,
     [("①", "滞納初期の入居者に訪問と電話で納付を促し、連帯保証人にも通知する。", None),
      ("②", "高額滞納者には、明渡し請求訴訟を提起する。", None)]),
    ("下水道使用料", "下水道経営室", 5_617_309, 0.9962, 31_477, 0.6012, 2_981, (99.63, 60.50), 30_000,
     [("①", "水道料金と一体で督促・催告を行い、給水停止予告と連動した納付勧奨を行う。", None)]),
    ("水道料金", "水道部料金課", 7_482_615, 0.9958, 40_318, 0.6244, 3_876, (99.60, 63.00), 40_000,
     [("①", "滞納者には給水停止の予告を行い、納付がない場合は給水停止を執行する。", None),
      ("②", "転出者の未納分は、転居先調査のうえ文書催告を行う。", None)]),
    ("生活保護費返還金", "生活福祉室", 186_342, 0.2214, 712_458, 0.0296, 21_508, (23.00, 3.20), 846_000,
     [("①", "保護受給中の返還金は、保護費からの調整徴収を優先して行う。", None),
      ("②", "保護廃止後の債務者には、納付計画を作成し、定期的に文書で催告する。", None),
      ("③", "第78条徴収金は、強制徴収公債権として預貯金等の差押えを検討する。", "新規")]),
    ("児童扶養手当返還金", "子育て給付課", 12_408, 0.3125, 58_706, 0.0418, 1_204, (33.00, 4.50), 56_000,
     [("①", "資格喪失時に返還額を速やかに確定し、一括納付が困難な者とは分納誓約を結ぶ。", None)]),
    ("母子父子寡婦福祉資金貸付金", "子育て給付課", 31_516, 0.7408, 142_873, 0.0512, 3_810, (75.00, 5.50), 143_000,
     [("①", "償還が滞った借受人と連帯保証人に、文書と電話で同時に催告する。", None),
      ("②", "長期滞納案件は、支払督促の申立てを行う。", None)]),
    ("災害援護資金貸付金", "地域共生推進室", 2_105, 0.6214, 38_412, 0.0387, 5_102, (63.00, 4.00), 33_000,
     [("①", "償還が困難な借受人について、支払猶予及び償還免除の要件を確認する。", None)]),
    ("留守家庭児童育成室負担金", "放課後子ども育成室", 412_306, 0.9912, 9_874, 0.2516, 412, (99.20, 26.00), 10_000,
     [("①", "未納が2か月続いた世帯には、退室を前提とした面談を行う。", None),
      ("②", "退室者の未納分は、年度末までに一斉催告を行う。", None)]),
    ("道路占用料", "道路室", 318_415, 0.9981, 2_716, 0.4120, 0, (99.85, 45.00), 2_000,
     [("①", "占用許可の更新時に未納の有無を確認し、未納がある場合は許可の条件とする。", None)]),
]

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
FONT = "IPAexGothic"


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


def calc(d):
    name, dept, ac, rc, aa, ra, wo, tg, tgo, acts = d
    cc, ca = round(ac * rc), round(aa * ra)
    oo = ac + aa - cc - ca - wo
    return dict(name=name, dept=dept, ac=ac, cc=cc, aa=aa, ca=ca, wo=wo, oo=oo, rcur=rate(cc, ac), rarr=rate(ca, aa),
                tg=tg, tgo=tgo, acts=acts)


def style_cell(c, size=9, bold=False, head=False, h="left", wrap=True):
    c.font = Font(name=FONT, size=size, bold=bold)
    c.border = BORDER
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if head:
        c.fill = HEAD_FILL


def setup(ws, title_rows=None):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "吹田市債権徴収・整理計画（令和6年度）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"
    if title_rows:
        ws.print_title_rows = title_rows


def build():
    facts, inits = [], []
    data = [calc(d) for d in DEBTS]
    tot23 = sum(x["oo"] for x in data)
    tot22 = 4_327_518  # 令和4年度末 収入未済額（千円）, printed only in prose
    wb = Workbook()

    # ------------------------------------------------------------------ sheet 1 (page 1)
    ws = wb.active
    ws.title = "はじめに"
    setup(ws)
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 130
    lines = [
        (TITLE, 16, True), ("（未収債権の目標及び具体処理策）", 12, False), ("令和6年8月　吹田市 税務部 債権管理室", 10, False),
        ("", 10, False),
        ("1　作成の目的", 12, True),
        ("　吹田市債権管理条例に基づき、債権を所管する各室課が、所管する債権について年度内に達成すべき徴収・整理の目標を"
         "定め、目標の達成に向けた具体的な処理策を明らかにするものです。", 10, False),
        ("2　計画の主な項目", 12, True),
        ("　(1) 現年分の目標収納率　…　当該年度に発生した債権の収納率の目標です。現年分が収納されないと、翌年度には"
         "滞納繰越分となります。", 10, False),
        ("　(2) 滞納繰越分の目標収納率　…　前年度以前に発生し、繰り越された債権の収納率の目標です。", 10, False),
        ("　(3) 収入未済額の目標　…　年度末に残る収入未済額の目標です。徴収の見込みがない債権は、執行停止や債権放棄に"
         "より適正に整理します。", 10, False),
        ("3　令和5年度決算の状況", 12, True),
    ]
    t23, v23 = oku_man(tot23 * 1000)
    t22, v22 = oku_man(tot22 * 1000)
    lines.append((f"　計画の対象とする14債権の収入未済額は、令和5年度決算で約{t23}となり、令和4年度決算の約{t22}から"
                  "減少しました。市税・国民健康保険料の滞納繰越分の縮減が主な要因です。一方、生活保護費返還金は増加が続いています。",
                  10, False))
    facts.append(fact(1, None, 2023, "令和5年度", "total", "outstanding", "actual", v23, "yen", "約" + t23, approx=True))
    facts.append(fact(1, None, 2022, "令和4年度", "total", "outstanding", "actual", v22, "yen", "約" + t22, approx=True))
    lines.append(("4　計画の進捗管理", 12, True))
    lines.append(("　上半期の実績を10月末時点で取りまとめ、中間の見直しを行います。年度の実績は決算確定後に公表します。", 10, False))
    for i, (txt, size, bold) in enumerate(lines, start=1):
        c = ws.cell(row=i, column=2, value=txt)
        c.font = Font(name=FONT, size=size, bold=bold)
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if i <= 3 else "left")
        ws.row_dimensions[i].height = 34 if len(txt) > 70 else 22

    # ------------------------------------------------------------------ sheet 2 (pages 2-4)
    ws = wb.create_sheet("目標及び具体処理策")
    setup(ws, "3:4")
    widths = {"A": 5, "B": 20, "C": 14, "D": 9, "E": 9, "F": 9, "G": 9, "H": 12, "I": 12, "J": 62}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "未収債権の目標及び具体処理策"
    ws["A1"].font = Font(name=FONT, size=13, bold=True)
    ws["J2"] = "（収納率の単位：％、収入未済額の単位：千円）"
    ws["J2"].font = Font(name=FONT, size=8)
    ws["J2"].alignment = Alignment(horizontal="right")
    head1 = {"A3": "番号", "B3": "債権名", "C3": "所管課", "D3": "令和5年度実績", "F3": "令和6年度目標",
             "H3": "収入未済額", "J3": "具体的な処理策"}
    head2 = {"D4": "現年分", "E4": "滞納繰越分", "F4": "現年分", "G4": "滞納繰越分", "H4": "5年度末実績", "I4": "6年度末目標"}
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "J3:J4"):
        ws.merge_cells(rng)
    for row in (3, 4):
        for col in "ABCDEFGHIJ":
            style_cell(ws[f"{col}{row}"], 9, True, True, "center")
    for k, v in {**head1, **head2}.items():
        ws[k] = v
    ws.row_dimensions[3].height = 18
    ws.row_dimensions[4].height = 18
    r = 5
    page_of_row = {}
    pg = 2
    per_page = 7
    for i, x in enumerate(data):
        if i and i % per_page == 0:
            ws.row_breaks.append(Break(id=r - 1))
            pg += 1
        page_of_row[r] = pg
        lines = []
        for lab, txt, st in x["acts"]:
            lines.append(f"{lab}{txt}" + (f"【{st}】" if st else ""))
            inits.append(initiative(pg, x["name"], 2024, "具体的な処理策", lab, txt, st))
        vals = [str(i + 1), x["name"], x["dept"], f"{x['rcur']:.2f}", f"{x['rarr']:.2f}", f"{x['tg'][0]:.2f}",
                f"{x['tg'][1]:.2f}", comma(x["oo"]), comma(x["tgo"]), "\n".join(lines)]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=j + 1, value=v)
            style_cell(c, 9, h="right" if 3 <= j <= 8 else ("center" if j == 0 else "left"))
        ws.row_dimensions[r].height = max(38, 15 * sum(1 + len(l) // 36 for l in lines))
        n = x["name"]
        facts += [
            fact(pg, n, 2023, "令和5年度", "current", "collection_rate", "actual", x["rcur"], "percent", f"{x['rcur']:.2f}"),
            fact(pg, n, 2023, "令和5年度", "arrears", "collection_rate", "actual", x["rarr"], "percent", f"{x['rarr']:.2f}"),
            fact(pg, n, 2024, "令和6年度", "current", "collection_rate", "target", x["tg"][0], "percent", f"{x['tg'][0]:.2f}"),
            fact(pg, n, 2024, "令和6年度", "arrears", "collection_rate", "target", x["tg"][1], "percent", f"{x['tg'][1]:.2f}"),
            fact(pg, n, 2023, "5年度末", "total", "outstanding", "actual", x["oo"] * 1000, "yen", comma(x["oo"])),
            fact(pg, n, 2024, "6年度末", "total", "outstanding", "target", x["tgo"] * 1000, "yen", comma(x["tgo"])),
        ]
        r += 1
    # 合計 row
    tgo_sum = sum(x["tgo"] for x in data)
    vals = ["", "合計", "", "", "", "", "", comma(tot23), comma(tgo_sum), ""]
    for j, v in enumerate(vals):
        style_cell(ws.cell(row=r, column=j + 1, value=v), 9, True, h="right" if j >= 7 else "center")
    ws.row_dimensions[r].height = 20
    facts += [fact(pg, "合計", 2023, "5年度末", "total", "outstanding", "actual", tot23 * 1000, "yen", comma(tot23)),
              fact(pg, "合計", 2024, "6年度末", "total", "outstanding", "target", tgo_sum * 1000, "yen", comma(tgo_sum))]
    r += 2
    for note in ["※ 収納率は、収入済額を調定額で除した割合（小数点以下第3位を四捨五入）です。",
                 "※ 下水道使用料及び水道料金は、水道部で一体的に徴収しています。"]:
        ws.cell(row=r, column=2, value=note).font = Font(name=FONT, size=8)
        r += 1
    last_table_page = pg

    # ------------------------------------------------------------------ sheet 3 (last page)
    ws = wb.create_sheet("参考")
    setup(ws)
    pg = last_table_page + 1
    widths = {"A": 22, "B": 13, "C": 13, "D": 8, "E": 12, "F": 12, "G": 8, "H": 11, "I": 12}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "（参考）令和5年度決算の状況"
    ws["A1"].font = Font(name=FONT, size=12, bold=True)
    ws["I2"] = "（単位：千円、％）"
    ws["I2"].font = Font(name=FONT, size=8)
    ws["I2"].alignment = Alignment(horizontal="right")
    for rng in ("A3:A4", "B3:D3", "E3:G3", "H3:H4", "I3:I4"):
        ws.merge_cells(rng)
    heads = {"A3": "債権名", "B3": "現年分", "E3": "滞納繰越分", "H3": "不納欠損額", "I3": "収入未済額",
             "B4": "調定額", "C4": "収入済額", "D4": "収納率", "E4": "調定額", "F4": "収入済額", "G4": "収納率"}
    for row in (3, 4):
        for col in "ABCDEFGHI":
            style_cell(ws[f"{col}{row}"], 9, True, True, "center")
    for k, v in heads.items():
        ws[k] = v
    r = 5
    fy, fr = 2023, "令和5年度"
    for x in data:
        n = x["name"]
        vals = [n, comma(x["ac"]), comma(x["cc"]), f"{x['rcur']:.2f}", comma(x["aa"]), comma(x["ca"]), f"{x['rarr']:.2f}",
                comma(x["wo"]) if x["wo"] else "－", comma(x["oo"])]
        for j, v in enumerate(vals):
            style_cell(ws.cell(row=r, column=j + 1, value=v), 9, h="left" if j == 0 else "right")
        facts += [
            fact(pg, n, fy, fr, "current", "assessed", "actual", x["ac"] * 1000, "yen", comma(x["ac"])),
            fact(pg, n, fy, fr, "current", "collected", "actual", x["cc"] * 1000, "yen", comma(x["cc"])),
            fact(pg, n, fy, fr, "current", "collection_rate", "actual", x["rcur"], "percent", f"{x['rcur']:.2f}"),
            fact(pg, n, fy, fr, "arrears", "assessed", "actual", x["aa"] * 1000, "yen", comma(x["aa"])),
            fact(pg, n, fy, fr, "arrears", "collected", "actual", x["ca"] * 1000, "yen", comma(x["ca"])),
            fact(pg, n, fy, fr, "arrears", "collection_rate", "actual", x["rarr"], "percent", f"{x['rarr']:.2f}"),
            fact(pg, n, fy, fr, "total", "outstanding", "actual", x["oo"] * 1000, "yen", comma(x["oo"])),
        ]
        if x["wo"]:
            facts.append(fact(pg, n, fy, fr, "total", "written_off", "actual", x["wo"] * 1000, "yen", comma(x["wo"])))
        r += 1
    sums = {k: sum(x[k] for x in data) for k in ("ac", "cc", "aa", "ca", "wo", "oo")}
    rc, ra = rate(sums["cc"], sums["ac"]), rate(sums["ca"], sums["aa"])
    vals = ["合計", comma(sums["ac"]), comma(sums["cc"]), f"{rc:.2f}", comma(sums["aa"]), comma(sums["ca"]), f"{ra:.2f}",
            comma(sums["wo"]), comma(sums["oo"])]
    for j, v in enumerate(vals):
        style_cell(ws.cell(row=r, column=j + 1, value=v), 9, True, h="center" if j == 0 else "right")
    facts += [
        fact(pg, "合計", fy, fr, "current", "assessed", "actual", sums["ac"] * 1000, "yen", comma(sums["ac"])),
        fact(pg, "合計", fy, fr, "current", "collected", "actual", sums["cc"] * 1000, "yen", comma(sums["cc"])),
        fact(pg, "合計", fy, fr, "current", "collection_rate", "actual", rc, "percent", f"{rc:.2f}"),
        fact(pg, "合計", fy, fr, "arrears", "assessed", "actual", sums["aa"] * 1000, "yen", comma(sums["aa"])),
        fact(pg, "合計", fy, fr, "arrears", "collected", "actual", sums["ca"] * 1000, "yen", comma(sums["ca"])),
        fact(pg, "合計", fy, fr, "arrears", "collection_rate", "actual", ra, "percent", f"{ra:.2f}"),
        fact(pg, "合計", fy, fr, "total", "written_off", "actual", sums["wo"] * 1000, "yen", comma(sums["wo"])),
        fact(pg, "合計", fy, fr, "total", "outstanding", "actual", sums["oo"] * 1000, "yen", comma(sums["oo"])),
    ]
    assert sums["oo"] == tot23

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    document = {"kind": "plan", "municipality": CITY, "title": TITLE + "（未収債権の目標及び具体処理策）",
                "date": "2024-08-01", "date_raw": "令和6年8月"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
