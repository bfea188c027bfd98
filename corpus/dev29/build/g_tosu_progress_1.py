"""g_tosu_progress_1: 鳥栖市 令和７年度 債権回収・整理計画（中間報告）, openpyxl → LibreOffice.

Modelled on 豊中市「債権回収・整理計画（中間報告）」 (publication twice a year, 上半期実績と中間計画) and the
大阪市「未収債権の目標及び具体処理策」 sheets (1.債権名及び債権区分 / 2.未収金残高の推移（目標） / 3.徴収率の実績及び目標).
Figures are invented; gold is written from the same data the workbook prints.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

sys.path.insert(0, str(Path(__file__).resolve().parent))
from g_common import OUT, PDF, fact, initiative, locate, to_pdf, write_gold, zen  # noqa: E402

STEM = "g_tosu_progress_1"
CITY = "鳥栖市"
TITLE = "令和７年度 債権回収・整理計画（中間報告）"
ASOF, ASOF0 = "2025-12-31", "2024-12-31"

# name, 所管課, 区分, R6決算率(cur,arr,tot), R7目標(cur,arr,tot), R7見込(cur,arr,tot),
# 12月末 調定 (cur, arr) 円, 12月末 率 target (cur, arr), R6 12月末率 (cur, arr, tot),
# 未収金残高 千円 (R5実績, R6実績, R7目標, R7見込), 滞納者数 (R5, R6, R7見込) unit, initiatives
DEBTS = [
    dict(name="市税", ka="税務課（収納対策係）", kubun="強制徴収公債権",
         r6=(99.12, 30.45, 97.88), tg=(99.20, 31.00, 98.00), es=(99.18, 30.80, 97.95),
         dec=(9_812_450_300, 412_880_100), decr=(82.41, 24.16), dec0=(81.95, 23.02, 80.11),
         bal=(512_340, 468_920, 440_000, 452_600), dl=(2_412, 2_236, 2_150), dlu="人",
         init=[("(1)", "現年度分の滞納者に対し、納期限後２か月以内に電話及びＳＭＳによる催告を行い、早期の納付を促す。", "継続"),
               ("(2)", "滞納繰越分のうち高額事案は担当者を固定し、給与・預貯金の差押えを優先して実施する。", "継続"),
               ("(3)", "佐賀県と共同で実施する個人住民税の特別徴収一斉指定により、普通徴収からの切替えを進める。", "拡充"),
               ("(4)", "地方税統一ＱＲコードを活用したスマートフォン決済の周知を納税通知書の同封チラシで行う。", "新規")]),
    dict(name="国民健康保険税", ka="国保年金課（保険税係）", kubun="強制徴収公債権",
         r6=(94.86, 21.34, 82.71), tg=(95.00, 22.00, 83.20), es=(94.90, 21.80, 83.00),
         dec=(2_184_300_500, 402_550_800), decr=(71.85, 15.42), dec0=(71.20, 15.88, 61.02),
         bal=(398_220, 371_450, 350_000, 362_800), dl=(1_865, 1_741, 1_690), dlu="世帯",
         init=[("①", "資格喪失世帯に対し、喪失後３か月以内に文書と電話で納付の案内を行う。", "継続"),
               ("②", "分納誓約の不履行が２回続いた世帯は、財産調査の上で差押えに移行する。", "継続"),
               ("③", "口座振替の原則化を進めるため、新規加入時に窓口で口座振替の申込みを受け付ける。", "拡充")]),
    dict(name="介護保険料", ka="高齢障害者福祉課", kubun="強制徴収公債権",
         r6=(98.64, 16.20, 96.12), tg=(98.70, 17.00, 96.30), es=(98.66, 16.60, 96.20),
         dec=(1_402_118_900, 28_640_200), decr=(76.33, 10.08), dec0=(76.05, 9.74, 74.98),
         bal=(52_410, 49_870, 47_000, 48_300), dl=(842, 806, 780), dlu="人",
         init=[("ア", "普通徴収の未納者に対し、催告書に給付制限の内容を記載したお知らせを同封する。", "継続"),
               ("イ", "６５歳到達者へ口座振替依頼書を送付し、納付忘れを防止する。", "継続")]),
    dict(name="後期高齢者医療保険料", ka="国保年金課（高齢者医療係）", kubun="強制徴収公債権",
         r6=(99.51, 35.80, 99.02), tg=(99.55, 36.00, 99.10), es=(99.52, 35.90, 99.05),
         dec=(1_020_447_600, 8_920_400), decr=(80.12, 22.35), dec0=(79.88, 21.90, 79.41),
         bal=(9_870, 9_240, 8_800, 9_010), dl=(214, 198, 190), dlu="人",
         init=[("ア", "年金からの特別徴収に切り替わるまでの期間に、口座振替の勧奨を集中的に行う。", "継続"),
               ("イ", "滞納繰越分は、佐賀県後期高齢者医療広域連合と連携し、短期的な分納計画を立てる。", "新規")]),
    dict(name="保育料", ka="こども育成課", kubun="強制徴収公債権",
         r6=(99.02, 18.44, 95.60), tg=(99.10, 20.00, 95.90), es=(99.05, 19.10, 95.70),
         dec=(248_330_200, 10_450_600), decr=(75.82, 9.66), dec0=(75.40, 9.12, 73.12),
         bal=(9_120, 8_640, 8_000, 8_350), dl=(96, 88, 84), dlu="人",
         init=[("・", "在園児の保護者には、園を通じて催告書を手渡しし、面談の機会を設ける。", "継続"),
               ("・", "卒園児の未納分は、児童手当からの特別徴収の申出を勧奨する。", "拡充")]),
    dict(name="市営住宅使用料", ka="建築課（住宅管理係）", kubun="私債権",
         r6=(97.92, 14.06, 92.35), tg=(98.00, 15.00, 92.80), es=(97.95, 14.50, 92.50),
         dec=(318_440_500, 22_810_300), decr=(74.66, 8.12), dec0=(74.90, 7.98, 70.06),
         bal=(21_450, 20_380, 19_000, 19_760), dl=(118, 109, 104), dlu="人",
         init=[("(1)", "３か月以上の滞納者には連帯保証人への通知を行い、納付指導を依頼する。", "継続"),
               ("(2)", "退去者の滞納分は、弁護士への回収委託を行い、支払督促の申立てを進める。", "継続"),
               ("(3)", "６か月以上の滞納者には明渡請求訴訟の提起を検討する。", None)]),
]


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


for d in DEBTS:
    ca, aa = d["dec"]
    cc = round(ca * d["decr"][0] / 100)
    ac = round(aa * d["decr"][1] / 100)
    d["amt"] = dict(cur=(ca, cc, ca - cc, rate(cc, ca)), arr=(aa, ac, aa - ac, rate(ac, aa)),
                    tot=(ca + aa, cc + ac, ca + aa - cc - ac, rate(cc + ac, ca + aa)))

THIN = Side(style="thin", color="000000")
HAIR = Side(style="hair", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HONLY = Border(top=THIN, bottom=THIN)
HONLY_HAIR = Border(top=HAIR, bottom=HAIR)
G = "IPAexゴシック"
M = "IPAex明朝"


def put(ws, ref, v, size=9, bold=False, h="center", v_="center", font=M, border=None, wrap=True, indent=0):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font, size=size, bold=bold)
    if bold and h == "left":
        wrap = False
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap, indent=indent)
    if border is not None:
        c.border = border
    return c


def box_range(ws, rng, border=BOX):
    for row in ws[rng]:
        for c in row:
            c.border = border


def setup(ws, landscape, widths, header_right):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.7
    ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = header_right
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.sheet_view.showGridLines = False


FACTS: list = []
INITS: list = []


def summary(wb):
    ws = wb.active
    ws.title = "総括"
    setup(ws, False, [20, 9, 9, 8, 9, 9, 8, 9, 9, 8], "鳥栖市 債権回収・整理計画（中間報告）")
    put(ws, "A1", TITLE, 14, True, "center", font=G)
    ws.merge_cells("A1:J1")
    ws.row_dimensions[1].height = 28
    put(ws, "A2", "令和８年１月　鳥栖市総務部税務課", 9, h="right")
    ws.merge_cells("A2:J2")
    put(ws, "A4", "１　中間報告の趣旨", 11, True, "left", font=G)
    txt = ("本計画は、債権の主管課が債権ごとに回収と整理の目標を定め、その進捗を年２回確認するものである。"
           "本報告では、令和７年１２月末現在の徴収実績と年度末までの後半の取組をとりまとめた。")
    put(ws, "A5", txt, 9.5, h="left", v_="top")
    ws.merge_cells("A5:J5")
    ws.row_dimensions[5].height = 42
    tot_out = sum(d["amt"]["tot"][2] for d in DEBTS)
    tot_out_r = round(tot_out / 1_000_000) * 1_000_000
    oku, rest = divmod(tot_out_r, 100_000_000)
    tot_raw = zen(f"約{oku}億{rest // 10000:,}万円")
    tx = DEBTS[0]
    up = sum(1 for d in DEBTS if d["amt"]["cur"][3] > d["dec0"][0])
    Z1 = zen(format(tx["amt"]["cur"][3], ".2f"))
    Z2 = zen(format(tx["dec0"][0], ".2f"))
    Z3 = zen(format(tx["amt"]["arr"][3], ".2f"))
    txt2 = (f"令和７年１２月末現在、主要６債権の収入未済額（現年度分と過年度分の合計）は{tot_raw}である。"
            f"現年度分の徴収率は６債権のうち{zen(up)}債権で前年同期を上回った。"
            f"市税の現年度分は{Z1}％（前年同期{Z2}％）、"
            f"過年度分は{Z3}％となっている。")
    put(ws, "A7", "２　１２月末の状況", 11, True, "left", font=G)
    put(ws, "A8", txt2, 9.5, h="left", v_="top")
    ws.merge_cells("A8:J8")
    ws.row_dimensions[8].height = 56
    FACTS.append(fact(None, 2025, "令和７年１２月末現在", "total", "outstanding", "interim", tot_out_r, "yen", tot_raw,
                      as_of=ASOF, approx=True, hint=1))
    FACTS.append(fact("市税", 2025, "令和７年１２月末現在", "current", "collection_rate", "interim", tx["amt"]["cur"][3], "percent",
                      Z1 + "％", as_of=ASOF, hint=1))
    FACTS.append(fact("市税", 2024, "前年同期", "current", "collection_rate", "interim", tx["dec0"][0], "percent",
                      zen(f"{tx['dec0'][0]:.2f}") + "％", as_of=ASOF0, hint=1))
    FACTS.append(fact("市税", 2025, "令和７年１２月末現在", "arrears", "collection_rate", "interim", tx["amt"]["arr"][3], "percent",
                      zen(f"{tx['amt']['arr'][3]:.2f}") + "％", as_of=ASOF, hint=1))

    # 表: horizontal rules only, 3-row header
    put(ws, "A10", "表１　主要債権の徴収率（１２月末現在）", 10, True, "left", font=G)
    put(ws, "J10", "単位：％", 8, h="right")
    r0 = 11
    put(ws, f"A{r0}", "区　分", 9, True, font=G)
    ws.merge_cells(f"A{r0}:A{r0 + 2}")
    put(ws, f"B{r0}", "徴　収　率", 9, True, font=G)
    ws.merge_cells(f"B{r0}:J{r0}")
    for col, lab in (("B", "現年度分"), ("E", "過年度分"), ("H", "合　計")):
        put(ws, f"{col}{r0 + 1}", lab, 9, True, font=G)
        c2 = chr(ord(col) + 2)
        ws.merge_cells(f"{col}{r0 + 1}:{c2}{r0 + 1}")
        for k, lab2 in enumerate(["R7.12末", "R6.12末", "増減"]):
            put(ws, f"{chr(ord(col) + k)}{r0 + 2}", lab2, 8.5, font=G)
    box_range(ws, f"A{r0}:J{r0}", Border(top=THIN))
    box_range(ws, f"A{r0 + 2}:J{r0 + 2}", Border(bottom=THIN))
    r = r0 + 3
    for d in DEBTS:
        a = d["amt"]
        vals = [(a["cur"][3], d["dec0"][0]), (a["arr"][3], d["dec0"][1]), (a["tot"][3], d["dec0"][2])]
        put(ws, f"A{r}", d["name"], 9, h="left")
        for gi, (v1, v0) in enumerate(vals):
            col = chr(ord("B") + 3 * gi)
            diff = round(v1 - v0, 2)
            put(ws, f"{col}{r}", f"{v1:.2f}", 9, h="right")
            put(ws, f"{chr(ord(col) + 1)}{r}", f"{v0:.2f}", 9, h="right")
            put(ws, f"{chr(ord(col) + 2)}{r}", (f"▲{abs(diff):.2f}" if diff < 0 else f"{diff:.2f}"), 9, h="right")
            seg = ("current", "arrears", "total")[gi]
            FACTS.append(fact(d["name"], 2025, "R7.12末", seg, "collection_rate", "interim", v1, "percent", f"{v1:.2f}", as_of=ASOF, hint=1))
            FACTS.append(fact(d["name"], 2024, "R6.12末", seg, "collection_rate", "interim", v0, "percent", f"{v0:.2f}", as_of=ASOF0, hint=1))
        box_range(ws, f"A{r}:J{r}", Border(bottom=HAIR))
        r += 1
    box_range(ws, f"A{r - 1}:J{r - 1}", Border(bottom=THIN))
    put(ws, f"A{r}", "注）増減はポイント。▲は前年同期を下回ったもの。", 8, h="left")
    ws.merge_cells(f"A{r}:J{r}")
    r += 2
    put(ws, f"A{r}", "３　個票の見方", 11, True, "left", font=G)
    r += 1
    for line in ("・「徴収率の状況」の前年同期は、令和６年１２月末時点の数値である。",
                 "・「未収金残高の推移」は各年度の出納閉鎖後の数値（令和７年度は目標及び見込み）である。",
                 "・取組の末尾の【継続】【新規】【拡充】は、令和７年度当初計画との関係を示す。"):
        put(ws, f"A{r}", line, 9, h="left")
        ws.merge_cells(f"A{r}:J{r}")
        r += 1


def sheet(wb, idx, d):
    ws = wb.create_sheet(f"{idx:02d}")
    setup(ws, True, [14, 13, 13, 13, 13, 13, 4, 12, 12, 12, 12, 12], f"個票 {idx}")
    page = idx + 1
    n = d["name"]
    put(ws, "A1", "未収債権の目標及び具体処理策（中間報告）", 13, True, "left", font=G)
    ws.merge_cells("A1:L1")
    # label/value box
    put(ws, "A3", "債権名", 9.5, True, font=G, border=BOX)
    put(ws, "B3", n, 10, True, "left", font=G, border=BOX)
    ws.merge_cells("B3:D3"); box_range(ws, "B3:D3")
    put(ws, "E3", "所管課", 9.5, True, font=G, border=BOX)
    put(ws, "F3", d["ka"], 9.5, h="left", border=BOX)
    ws.merge_cells("F3:I3"); box_range(ws, "F3:I3")
    put(ws, "J3", "区分", 9.5, True, font=G, border=BOX)
    put(ws, "K3", d["kubun"], 9.5, h="left", border=BOX)
    ws.merge_cells("K3:L3"); box_range(ws, "K3:L3")
    ws.row_dimensions[3].height = 22

    # 1. 徴収率の状況  (left block A..F)
    put(ws, "A5", "１．徴収率の状況", 10.5, True, "left", font=G)
    put(ws, "A6", "区分", 9, True, font=G, border=BOX)
    ws.merge_cells("A6:A7")
    put(ws, "B6", "令和６年度", 9, True, font=G, border=BOX)
    put(ws, "C6", "令和７年度", 9, True, font=G, border=BOX)
    ws.merge_cells("C6:E6")
    put(ws, "F6", "前年同期", 9, True, font=G, border=BOX)
    for col, lab in zip("BCDEF", ["決算", "目標", "決算見込", "12月末", "12月末"]):
        put(ws, f"{col}7", lab, 9, True, font=G, border=BOX)
    box_range(ws, "A6:F7")
    a = d["amt"]
    for i, (seg, lab) in enumerate((("current", "現年度分"), ("arrears", "過年度分"), ("total", "合計"))):
        r = 8 + i
        put(ws, f"A{r}", lab, 9, border=BOX)
        vals = [d["r6"][i], d["tg"][i], d["es"][i], a[("cur", "arr", "tot")[i]][3], d["dec0"][i]]
        for col, v in zip("BCDEF", vals):
            put(ws, f"{col}{r}", f"{v:.2f}%", 9, h="right", border=BOX)
        FACTS.extend([
            fact(n, 2024, "令和６年度", seg, "collection_rate", "actual", vals[0], "percent", f"{vals[0]:.2f}%", hint=page),
            fact(n, 2025, "令和７年度", seg, "collection_rate", "target", vals[1], "percent", f"{vals[1]:.2f}%", hint=page),
            fact(n, 2025, "令和７年度", seg, "collection_rate", "estimate", vals[2], "percent", f"{vals[2]:.2f}%", hint=page),
            fact(n, 2025, "令和７年度12月末", seg, "collection_rate", "interim", vals[3], "percent", f"{vals[3]:.2f}%", as_of=ASOF, hint=page),
            fact(n, 2024, "前年同期12月末", seg, "collection_rate", "interim", vals[4], "percent", f"{vals[4]:.2f}%", as_of=ASOF0, hint=page)])

    # 2. 未収金残高の推移（目標） right block H..L, years as columns, unit top right
    put(ws, "H5", "２．未収金残高の推移（目標）", 10.5, True, "left", font=G)
    ws.merge_cells("H5:K5")
    put(ws, "L5", "（単位：千円）", 8, h="right")
    put(ws, "H6", "", 9, border=BOX)
    ws.merge_cells("H6:H7")
    for col, (y, k) in zip("IJKL", [("５年度", "実績"), ("６年度", "実績"), ("７年度", "目標"), ("７年度", "見込")]):
        put(ws, f"{col}6", y, 9, True, font=G, border=BOX)
        put(ws, f"{col}7", k, 9, True, font=G, border=BOX)
    box_range(ws, "H6:L7")
    put(ws, "H8", "未収金残高", 9, border=BOX)
    dl_lab = "滞納者数（人）" if d["dlu"] == "人" else "滞納世帯数"
    put(ws, "H9", dl_lab, 8.5, border=BOX)
    spec = [(2023, "５年度", "actual"), (2024, "６年度", "actual"), (2025, "７年度", "target"), (2025, "７年度", "estimate")]
    for col, v, (fy, fyr, b) in zip("IJKL", d["bal"], spec):
        s = f"{v:,}"
        put(ws, f"{col}8", s, 9, h="right", border=BOX)
        FACTS.append(fact(n, fy, fyr, "total", "outstanding", b, v * 1000, "yen", s, hint=page))
    dl_vals = [d["dl"][0], d["dl"][1], None, d["dl"][2]]
    dspec = [(2023, "５年度", "actual"), (2024, "６年度", "actual"), None, (2025, "７年度", "estimate")]
    for col, v, sp in zip("IJKL", dl_vals, dspec):
        if v is None:
            put(ws, f"{col}9", "－", 9, border=BOX)
            continue
        s = f"{v:,}" + ("世帯" if d["dlu"] == "世帯" else "")
        put(ws, f"{col}9", s, 9, h="right", border=BOX)
        FACTS.append(fact(n, sp[0], sp[1], "total", "delinquents", sp[2], v,
                          "households" if d["dlu"] == "世帯" else "persons", s, hint=page))
    box_range(ws, "H8:L9")

    # 3. 12月末の調定・収入状況 (amounts, 円)
    put(ws, "A12", "３．令和７年１２月末の状況", 10.5, True, "left", font=G)
    stacked = n == "国民健康保険税"
    put(ws, "F12", "（単位：円）", 8, h="right")
    hdr = ["区分", "調定額", "収入済額", "収入未済額"]
    cols = ["A", "B", "C", "D"]
    for col, h in zip(cols, hdr):
        put(ws, f"{col}13", h, 9, True, font=G, border=BOX)
    put(ws, "E13", "徴収率", 9, True, font=G, border=BOX)
    for i, (seg, lab, key) in enumerate((("current", "現年度分", "cur"), ("arrears", "過年度分", "arr"), ("total", "計", "tot"))):
        r = 14 + i
        ca, cc, co, cr = a[key]
        put(ws, f"A{r}", lab, 9, border=BOX)
        put(ws, f"B{r}", f"{ca:,}", 9, h="right", border=BOX)
        put(ws, f"C{r}", f"{cc:,}", 9, h="right", border=BOX)
        if stacked:
            cnt = (4_812, 2_106, 6_918)[i]
            put(ws, f"D{r}", f"{co:,}\n({cnt:,})", 9, h="right", border=BOX)
            ws.row_dimensions[r].height = 26
        else:
            put(ws, f"D{r}", f"{co:,}", 9, h="right", border=BOX)
        put(ws, f"E{r}", f"{cr:.2f}%", 9, h="right", border=BOX)
        for m, v in (("assessed", ca), ("collected", cc), ("outstanding", co)):
            FACTS.append(fact(n, 2025, "令和７年１２月末", seg, m, "interim", v, "yen", f"{v:,}", as_of=ASOF, hint=page))
        FACTS.append(fact(n, 2025, "令和７年１２月末", seg, "collection_rate", "interim", cr, "percent", f"{cr:.2f}%", as_of=ASOF, hint=page))
    note = "注）収入未済額欄の（　）内は件数。" if stacked else "注）調定額は１２月末までの累計（還付未済額を除く）。"
    put(ws, "A17", note, 8, h="left")
    ws.merge_cells("A17:F17")

    # 4. 後半の取組 box (one merged cell, numbered items, tags after 。)
    put(ws, "H12", "４．年度後半の取組", 10.5, True, "left", font=G)
    lines = []
    for lab, text, st in d["init"]:
        tag = f"【{st}】" if st else ""
        lines.append(f"{lab}{'' if lab == '・' else ' '}{text}{tag}")
        INITS.append(initiative(n, 2025, "年度後半の取組", lab, text, st, hint=page))
    put(ws, "H13", "\n".join(lines), 9, h="left", v_="top")
    ws.merge_cells("H13:L17")
    box_range(ws, "H13:L17")
    for r in range(6, 18):
        if not ws.row_dimensions[r].height:
            ws.row_dimensions[r].height = 20


def main():
    wb = Workbook()
    summary(wb)
    for i, d in enumerate(DEBTS, 1):
        sheet(wb, i, d)
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf")
    errs = locate(pdf, FACTS, "raw") + locate(pdf, INITS, "text")
    for e in errs:
        print("LOCATE", e)
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2026-01-01", "date_raw": "令和８年１月"}
    write_gold(STEM, pdf, document, FACTS, INITS)


if __name__ == "__main__":
    main()
