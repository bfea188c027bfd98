"""和歌山市 令和７年度 未収債権の目標及び具体処理策 — openpyxl workbook → LibreOffice PDF, A4 portrait.

Layout modelled on the 「未収債権の目標及び具体処理策」 sheets (1.債権名及び債権区分 / 2.未収金残高の推移（目標） /
3.徴収率の実績及び目標 / 課題・改善策 / 取組内容) that a large city publishes per debt; figures invented and
consistent: 徴収率 = 収入額 ÷ 調定額 (0.01), 未収金残高 = 調定額 − 収入額 − 不納欠損額, next year's 過年度分調定額 =
this year's 未収金残高, 合計 rows add up.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import OUT, PDF_DIR, check, comma, fact, init, okuman, rate, soffice_pdf, tri, write_gold  # noqa: E402

STEM = "v_wakayama_plan_1"
CITY = "和歌山市"
YEARS = [2020, 2021, 2022, 2023, 2024]          # R2..R6 actuals
YLAB = ["R2年度", "R3年度", "R4年度", "R5年度", "R6年度"]

DEBTS = [
    dict(name="国民健康保険料", ka="国保年金課", kubun="強制徴収公債権",
         cur_a=[11850420, 11612305, 11402118, 11120560, 10895240], cur_r=[93.80, 94.12, 94.55, 94.81, 95.02],
         arr_a0=3905112, arr_r=[20.15, 21.40, 22.36, 23.05, 24.10], wo=[402315, 388120, 365044, 340512, 318905],
         dq=[9120, 8744, 8302, 7915, 7560],
         tgt_cur=[95.20, 95.40, 95.60], tgt_arr=[25.00, 26.00, 27.00],
         kadai=["① 現年度分の初期滞納が翌年度に繰り越され、過年度分が累積している。",
                "② 資格喪失後に転出した滞納世帯の所在把握に時間を要している。"],
         kaizen=["① 納期限後20日以内に電話催告を行い、初期滞納の段階で納付につなげる。",
                 "② 転出先自治体への照会を早期に行い、所在が判明した世帯には財産調査を実施する。"],
         cur_items=[("ア", "口座振替の勧奨を加入手続の窓口で徹底し、納期内納付の割合を高める。", "継続"),
                    ("イ", "SMSによる催告を新たに導入し、督促状発送後の早い段階で納付を促す。", "新規")],
         arr_items=[("ア", "財産調査により差押可能な財産が判明した世帯には、速やかに滞納処分を行う。", "継続"),
                    ("イ", "滞納処分をすることができる財産がない世帯は執行停止を行い、滞納繰越額の圧縮を図る。", "拡充")]),
    dict(name="市営住宅使用料", ka="住宅政策課", kubun="私債権",
         cur_a=[612340, 608115, 601870, 598432, 590210], cur_r=[97.10, 97.25, 97.41, 97.38, 97.60],
         arr_a0=182450, arr_r=[12.30, 13.05, 13.80, 14.22, 15.01], wo=[8120, 7450, 9310, 6880, 7215],
         dq=[642, 618, 597, 583, 560],
         tgt_cur=[97.70, 97.80, 97.90], tgt_arr=[15.50, 16.00, 16.50],
         kadai=["① 退去者の滞納分が回収困難となり、未収金残高の大部分を占めている。",
                "② 連帯保証人への請求が遅れ、時効が迫る債権がある。"],
         kaizen=["① 退去時に滞納額の確認書を徴し、分納計画を定めて納付を管理する。",
                 "② 滞納３か月の時点で連帯保証人に通知し、保証人からの納付を求める。"],
         cur_items=[("ア", "滞納が２か月に達した入居者を訪問し、納付指導を行う。", "継続"),
                    ("イ", "滞納６か月以上で誠意のない入居者には、明渡請求訴訟を提起する。", "継続")],
         arr_items=[("ア", "退去滞納者の所在調査を行い、支払督促の申立てを進める。", "拡充"),
                    ("イ", "回収の見込みがない債権は、債権管理条例に基づき放棄を検討する。", None)]),
    dict(name="生活保護費返還金", ka="生活支援課", kubun="非強制徴収公債権",
         cur_a=[98450, 104320, 96870, 101245, 99830], cur_r=[35.20, 36.10, 37.45, 36.80, 38.25],
         arr_a0=612300, arr_r=[4.10, 4.35, 4.62, 4.80, 5.05], wo=[12400, 15820, 18305, 20110, 22480],
         dq=[1312, 1356, 1390, 1421, 1447],
         tgt_cur=[39.00, 39.50, 40.00], tgt_arr=[5.20, 5.40, 5.60],
         kadai=["① 保護廃止後の債務者との接触が困難で、返還が滞っている。",
                "② 返還金の発生を未然に防ぐための収入申告の確認が十分でない。"],
         kaizen=["① 保護廃止時に返還計画を書面で確認し、廃止後も定期的に催告する。",
                 "② 課税台帳との照合を年２回に増やし、未申告収入を早期に把握する。"],
         cur_items=[("ア", "保護受給中の債務者については、本人の同意を得て保護費からの充当により返還を受ける。", "継続"),
                    ("イ", "ケースワーカーと収納担当が月１回の進捗会議を開き、返還状況を共有する。", "新規")],
         arr_items=[("ア", "分納が滞った債務者には文書と電話で催告を行う。", "継続"),
                    ("イ", "法第78条による徴収金については、国税滞納処分の例により財産調査を実施する。", "拡充")]),
]
OTHERS = [  # summary-table only: R3..R6 未収金残高 and 7年度目標 (千円)
    ("市税", [2815430, 2640118, 2502877, 2380540], 2250000),
    ("介護保険料", [312450, 298770, 287104, 276215], 265000),
    ("後期高齢者医療保険料", [58120, 55430, 52871, 50302], 48000),
    ("母子父子寡婦福祉資金貸付金", [201330, 198745, 195102, 190884], 186000),
]

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
F = "IPAexGothic"
FM = "IPAexMincho"


def compute(d):
    cur_c, arr_a, arr_c, out = [], [], [], []
    a = d["arr_a0"]
    for i in range(5):
        cc = round(d["cur_a"][i] * d["cur_r"][i] / 100)
        ac = round(a * d["arr_r"][i] / 100)
        o = d["cur_a"][i] + a - cc - ac - d["wo"][i]
        cur_c.append(cc); arr_a.append(a); arr_c.append(ac); out.append(o)
        a = o
    d.update(cur_c=cur_c, arr_a_l=arr_a, arr_c=arr_c, out=out)
    d["tot_a"] = [d["cur_a"][i] + arr_a[i] for i in range(5)]
    d["tot_c"] = [cur_c[i] + arr_c[i] for i in range(5)]
    d["rc"] = [rate(cur_c[i], d["cur_a"][i], 2) for i in range(5)]
    d["ra"] = [rate(arr_c[i], arr_a[i], 2) for i in range(5)]
    d["rt"] = [rate(d["tot_c"][i], d["tot_a"][i], 2) for i in range(5)]
    d["tgt_tot"] = [round(d["rt"][4] + 0.5 * (k + 1), 2) for k in range(3)]
    d["tgt_out"] = [int(round(out[4] * f, -3)) for f in (0.96, 0.92, 0.88)]


def cell(ws, r, c, v, *, font=FM, size=9, bold=False, h="left", v_="center", wrap=True, border=True):
    x = ws.cell(row=r, column=c, value=v)
    x.font = Font(name=font, size=size, bold=bold)
    x.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        x.border = GRID
    return x


def merge(ws, r1, c1, r2, c2, v, **kw):
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            ws.cell(row=rr, column=cc).border = GRID if kw.get("border", True) else Border()
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    return cell(ws, r1, c1, v, **kw)


def setup(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = "令和７年度　未収債権の目標及び具体処理策"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.center.size = 9


def build():
    facts, inits = [], []
    for d in DEBTS:
        compute(d)
    wb = Workbook()

    # ================= sheet 1: 総括 (page 1)
    ws = wb.active
    ws.title = "総括"
    setup(ws, [24, 12, 12, 12, 12, 12, 12])
    p = 1
    merge(ws, 1, 1, 1, 7, "令和７年度　未収債権の目標及び具体処理策", font=F, size=15, h="center", border=False)
    ws.row_dimensions[1].height = 30
    merge(ws, 2, 1, 2, 7, "令和７年７月　和歌山市総務局債権管理課", size=10, h="right", border=False)
    merge(ws, 4, 1, 4, 7, "１　未収金残高の状況", font=F, size=11, border=False)
    all24, all23 = 5_842_000_000, 6_157_000_000
    txt = (f"　令和６年度決算における本市の未収金残高（一般会計及び特別会計）は約{okuman(all24)}で、前年度の約{okuman(all23)}から"
           f"約{okuman(all23 - all24)}減少した。主要債権の未収金残高の推移と令和７年度の目標は下表のとおりである。"
           "各債権の所管課は、本書に定める目標及び具体処理策に基づき、計画的に回収と整理を進める。")
    merge(ws, 5, 1, 5, 7, txt, size=10, v_="top", border=False)
    ws.row_dimensions[5].height = 62
    facts.append(fact(None, 2024, "令和６年度決算", "total", "outstanding", "actual", all24, "yen", f"約{okuman(all24)}", p,
                      approx=True, debt_raw=None))
    facts.append(fact(None, 2023, "前年度", "total", "outstanding", "actual", all23, "yen", f"約{okuman(all23)}", p,
                      approx=True, debt_raw=None))
    merge(ws, 7, 1, 7, 5, "主要債権の未収金残高の推移", font=F, size=10, border=False)
    merge(ws, 7, 6, 7, 7, "（単位：千円）", size=9, h="right", border=False)
    # header over two rows
    merge(ws, 8, 1, 9, 1, "債権名", font=F, h="center")
    merge(ws, 8, 2, 8, 5, "実　績", font=F, h="center")
    merge(ws, 8, 6, 9, 6, "増減\n(6年度-5年度)", font=F, size=8, h="center")
    merge(ws, 8, 7, 8, 7, "目標", font=F, h="center")
    for j, lab in enumerate(["令和3年度", "4年度", "5年度", "6年度"]):
        cell(ws, 9, 2 + j, lab, font=F, h="center")
    cell(ws, 9, 7, "7年度", font=F, h="center")
    ws.row_dimensions[8].height = 18
    ws.row_dimensions[9].height = 18
    r = 10
    rows = []
    for d in DEBTS:
        rows.append((d["name"], d["out"][1:], d["tgt_out"][0]))
    rows = [rows[0]] + [OTHERS[0]] + [OTHERS[1], OTHERS[2], rows[1], rows[2], OTHERS[3]]
    rows = [(OTHERS[0][0], OTHERS[0][1], OTHERS[0][2]), (DEBTS[0]["name"], DEBTS[0]["out"][1:], DEBTS[0]["tgt_out"][0]),
            OTHERS[1], OTHERS[2], (DEBTS[1]["name"], DEBTS[1]["out"][1:], DEBTS[1]["tgt_out"][0]),
            (DEBTS[2]["name"], DEBTS[2]["out"][1:], DEBTS[2]["tgt_out"][0]), OTHERS[3]]
    tot = [0, 0, 0, 0]
    ttgt = 0
    fyraw = ["令和3年度", "4年度", "5年度", "6年度"]
    for name, vals, tg in rows:
        cell(ws, r, 1, name)
        for j, v in enumerate(vals):
            cell(ws, r, 2 + j, comma(v), h="right")
            facts.append(fact(name, 2021 + j, fyraw[j], "total", "outstanding", "actual", v * 1000, "yen", comma(v), p))
            tot[j] += v
        cell(ws, r, 6, tri(vals[3] - vals[2]), h="right")
        cell(ws, r, 7, comma(tg), h="right")
        facts.append(fact(name, 2025, "7年度", "total", "outstanding", "target", tg * 1000, "yen", comma(tg), p))
        ttgt += tg
        ws.row_dimensions[r].height = 18
        r += 1
    cell(ws, r, 1, "合計", font=F, h="center")
    for j, v in enumerate(tot):
        cell(ws, r, 2 + j, comma(v), h="right")
        facts.append(fact(None, 2021 + j, fyraw[j], "total", "outstanding", "actual", v * 1000, "yen", comma(v), p, debt_raw="合計"))
    cell(ws, r, 6, tri(tot[3] - tot[2]), h="right")
    cell(ws, r, 7, comma(ttgt), h="right")
    facts.append(fact(None, 2025, "7年度", "total", "outstanding", "target", ttgt * 1000, "yen", comma(ttgt), p, debt_raw="合計"))
    ws.row_dimensions[r].height = 18
    r += 1
    merge(ws, r, 1, r, 7, "※△は減少を示す。目標は各所管課が設定した令和７年度末の未収金残高。", size=8, border=False)
    r += 2
    merge(ws, r, 1, r, 7, "２　債権別の目標及び具体処理策", font=F, size=11, border=False)
    merge(ws, r + 1, 1, r + 1, 7, "　次頁以降に、未収金残高が特に大きい３債権について、収納状況の推移、徴収率の目標、課題と改善策及び"
          "令和７年度の具体処理策を債権ごとに示す。", size=10, v_="top", border=False)
    ws.row_dimensions[r + 1].height = 34

    # ================= per-debt sheets (2 pages each)
    p = 2
    for k, d in enumerate(DEBTS, 1):
        ws = wb.create_sheet(f"債権{k}")
        setup(ws, [11, 14, 13, 13, 13, 13, 13])
        merge(ws, 1, 1, 1, 7, "未収債権の目標及び具体処理策", font=F, size=14, h="center", border=False)
        ws.row_dimensions[1].height = 26
        merge(ws, 3, 1, 3, 7, "１．債権名及び債権区分", font=F, size=10, border=False)
        cell(ws, 4, 1, "債権名", font=F, h="center")
        merge(ws, 4, 2, 4, 3, d["name"])
        cell(ws, 4, 4, "所管課", font=F, h="center")
        cell(ws, 4, 5, d["ka"])
        cell(ws, 4, 6, "区分", font=F, h="center")
        cell(ws, 4, 7, d["kubun"], size=8)
        ws.row_dimensions[4].height = 22
        merge(ws, 6, 1, 6, 5, "２．収納状況の推移", font=F, size=10, border=False)
        merge(ws, 6, 6, 6, 7, "（単位：千円）", size=9, h="right", border=False)
        merge(ws, 7, 1, 7, 2, "区　分", font=F, h="center")
        for j, lab in enumerate(YLAB):
            cell(ws, 7, 3 + j, lab, font=F, h="center")
        rr = 8
        groups = [("現年度分", "current", [("調定額", d["cur_a"], "assessed"), ("収入額", d["cur_c"], "collected"),
                                         ("徴収率（％）", d["rc"], "collection_rate")]),
                  ("過年度分", "arrears", [("調定額", d["arr_a_l"], "assessed"), ("収入額", d["arr_c"], "collected"),
                                         ("徴収率（％）", d["ra"], "collection_rate")]),
                  ("合計", "total", [("調定額", d["tot_a"], "assessed"), ("収入額", d["tot_c"], "collected"),
                                   ("徴収率（％）", d["rt"], "collection_rate"), ("不納欠損額", d["wo"], "written_off"),
                                   ("未収金残高", d["out"], "outstanding")])]
        for glab, seg, items in groups:
            merge(ws, rr, 1, rr + len(items) - 1, 1, glab, font=F, h="center")
            for lab, vals, metric in items:
                cell(ws, rr, 2, lab, size=8.5)
                for j, v in enumerate(vals):
                    if metric == "collection_rate":
                        s = f"{v:.2f}"
                        facts.append(fact(d["name"], YEARS[j], YLAB[j], seg, metric, "actual", v, "percent", s, p))
                    else:
                        s = comma(v)
                        facts.append(fact(d["name"], YEARS[j], YLAB[j], seg, metric, "actual", v * 1000, "yen", s, p))
                    cell(ws, rr, 3 + j, s, h="right")
                ws.row_dimensions[rr].height = 17
                rr += 1
        merge(ws, rr, 1, rr, 2, "滞納者数（人）", size=8.5)
        for j, v in enumerate(d["dq"]):
            cell(ws, rr, 3 + j, comma(v), h="right")
            facts.append(fact(d["name"], YEARS[j], YLAB[j], "total", "delinquents", "actual", v, "persons", comma(v), p))
        ws.row_dimensions[rr].height = 17
        rr += 1
        merge(ws, rr, 1, rr, 7, "※過年度分の調定額は、前年度末の未収金残高を繰り越したもの。", size=8, border=False)
        rr += 2
        # 3. 徴収率の目標: side-by-side headings 実績 | 目標
        merge(ws, rr, 1, rr, 5, "３．徴収率の実績及び目標", font=F, size=10, border=False)
        merge(ws, rr, 6, rr, 7, "（単位：％）", size=9, h="right", border=False)
        rr += 1
        merge(ws, rr, 1, rr + 1, 2, "区　分", font=F, h="center")
        cell(ws, rr, 3, "実績", font=F, h="center")
        merge(ws, rr, 4, rr, 6, "目標", font=F, h="center")
        cell(ws, rr, 7, "", border=True)
        cell(ws, rr + 1, 3, "６年度", font=F, h="center")
        for j, lab in enumerate(["７年度", "８年度", "９年度"]):
            cell(ws, rr + 1, 4 + j, lab, font=F, h="center")
        cell(ws, rr + 1, 7, "備考", font=F, h="center")
        rr += 2
        for lab, seg, act, tg in (("現年度分", "current", d["rc"][4], d["tgt_cur"]), ("過年度分", "arrears", d["ra"][4], d["tgt_arr"]),
                                  ("合計", "total", d["rt"][4], d["tgt_tot"])):
            merge(ws, rr, 1, rr, 2, lab)
            cell(ws, rr, 3, f"{act:.2f}", h="right")
            facts.append(fact(d["name"], 2024, "６年度", seg, "collection_rate", "actual", act, "percent", f"{act:.2f}", p))
            for j, v in enumerate(tg):
                cell(ws, rr, 4 + j, f"{v:.2f}", h="right")
                facts.append(fact(d["name"], 2025 + j, ["７年度", "８年度", "９年度"][j], seg, "collection_rate", "target", v,
                                  "percent", f"{v:.2f}", p))
            cell(ws, rr, 7, "")
            ws.row_dimensions[rr].height = 17
            rr += 1
        merge(ws, rr, 1, rr, 2, "未収金残高（千円）", size=8.5)
        cell(ws, rr, 3, comma(d["out"][4]), h="right")
        facts.append(fact(d["name"], 2024, "６年度", "total", "outstanding", "actual", d["out"][4] * 1000, "yen", comma(d["out"][4]), p))
        for j, v in enumerate(d["tgt_out"]):
            cell(ws, rr, 4 + j, comma(v), h="right")
            facts.append(fact(d["name"], 2025 + j, ["７年度", "８年度", "９年度"][j], "total", "outstanding", "target", v * 1000,
                              "yen", comma(v), p))
        cell(ws, rr, 7, "年度末残高", size=8)
        ws.row_dimensions[rr].height = 17
        rr += 1
        ws.row_breaks.append(Break(id=rr))
        rr += 1
        p += 1
        # 4. 課題と改善策 (two columns, several numbered items in one cell)
        merge(ws, rr, 1, rr, 7, "４．課題と改善策", font=F, size=10, border=False)
        rr += 1
        merge(ws, rr, 1, rr, 3, "課　題", font=F, h="center")
        merge(ws, rr, 4, rr, 7, "改善策", font=F, h="center")
        rr += 1
        merge(ws, rr, 1, rr, 3, "\n".join(d["kadai"]), v_="top")
        merge(ws, rr, 4, rr, 7, "\n".join(d["kaizen"]), v_="top")
        ws.row_dimensions[rr].height = 92
        for it in d["kaizen"]:
            lab, text = it[0], it[2:]
            inits.append(init(d["name"], 2025, "課題と改善策", lab, text, None, p))
        rr += 2
        # 5. 具体処理策: one bordered box
        merge(ws, rr, 1, rr, 7, "５．令和７年度の具体処理策", font=F, size=10, border=False)
        rr += 1
        lines = ["○現年度分"]
        for lab, text, st in d["cur_items"]:
            lines.append(f"{lab}　{text}" + (f"【{st}】" if st else ""))
            inits.append(init(d["name"], 2025, "令和７年度の具体処理策", lab, text, st, p))
        lines.append("○過年度分")
        for lab, text, st in d["arr_items"]:
            lines.append(f"{lab}　{text}" + (f"【{st}】" if st else ""))
            inits.append(init(d["name"], 2025, "令和７年度の具体処理策", lab, text, st, p))
        merge(ws, rr, 1, rr, 7, "\n".join(lines), size=9.5, v_="top")
        ws.row_dimensions[rr].height = 120
        rr += 2
        merge(ws, rr, 1, rr, 7, f"（参考）令和６年度の滞納者数は{comma(d['dq'][4])}人で、前年度から{comma(abs(d['dq'][3] - d['dq'][4]))}人"
              + ("減少した。" if d['dq'][4] < d['dq'][3] else "増加した。"),
              size=9, border=False)
        facts.append(fact(d["name"], 2024, "令和６年度", "total", "delinquents", "actual", d["dq"][4], "persons",
                          f"{comma(d['dq'][4])}人", p))
        p += 1

    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    soffice_pdf(xlsx, PDF_DIR / f"{STEM}.pdf", "v_wakayama")
    document = {"kind": "plan", "municipality": CITY, "title": "令和７年度　未収債権の目標及び具体処理策",
                "date": "2025-07-01", "date_raw": "令和７年７月"}
    write_gold(STEM, document, facts, inits)
    return check(STEM)


if __name__ == "__main__":
    build()
