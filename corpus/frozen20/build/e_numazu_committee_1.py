"""沼津市 債権管理対策委員会 資料（取組個票） — openpyxl → LibreOffice, one sheet per page."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

from e_common import Gold, OUT, PDF, zen, c, rate, to_pdf, report

STEM = "e_numazu_committee_1"
g = Gold(STEM, "committee_material", "沼津市", "令和８年度第１回沼津市債権管理対策委員会 資料", "2026-05-27",
         "令和８年５月２７日")
FONT = "IPAexゴシック"
thin = Side(style="thin", color="000000")
ALL = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")

wb = Workbook()


def setup(ws, widths):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.oddFooter.center.text = "&P"
    ws.oddHeader.right.text = "令和８年度第１回 債権管理対策委員会"
    for k, w in widths.items():
        ws.column_dimensions[k].width = w


def put(ws, ref, text, size=10, bold=False, border=True, fill=None, h="left", v="center", wrap=True, merge=None):
    if merge:
        ws.merge_cells(merge)
        for row in ws[merge]:
            for cell in row:
                if border:
                    cell.border = ALL
    cell = ws[ref]
    cell.value = text
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border and not merge:
        cell.border = ALL
    if fill:
        cell.fill = fill
    return cell


# ---------------- page 1: 次第 and 【参考】 box
ws = wb.active
ws.title = "次第"
setup(ws, {"A": 4, "B": 20, "C": 20, "D": 20, "E": 20, "F": 8})
put(ws, "B2", "令和８年度　第１回沼津市債権管理対策委員会", 14, True, False, h="center", merge="B2:E2")
put(ws, "B3", "日時　令和８年５月２７日（水）午後２時から", 10.5, border=False, merge="B3:E3", h="center")
put(ws, "B4", "場所　市役所本館５階　第一委員会室", 10.5, border=False, merge="B4:E4", h="center")
put(ws, "B6", "次　第", 12, True, False, h="center", merge="B6:E6")
items = ["１　報告　令和７年度　滞納整理強化月間の実施結果（資料１）",
         "２　報告　債権管理ヒアリングにおける指摘事項と対応状況（資料１）",
         "３　協議　令和８年度　主要債権の取組方針及び数値目標（資料１）",
         "４　その他　次回委員会の日程（令和８年１０月予定）"]
for i, t in enumerate(items):
    put(ws, f"B{8 + i}", t, 10.5, border=False, merge=f"B{8 + i}:E{8 + i}")
put(ws, "B14", "【参考】沼津市の収入未済額及び収納率（全会計）", 11, True, False, merge="B14:E14")
ref_lines = ["・収入未済額（令和６年度決算）：約３４．６億円",
             "・前年度からの増減：約１．９億円減",
             "・収納率（令和６年度決算、全会計）：９５．１２％",
             "・収入未済額のピーク（平成２２年度）：約７１億円",
             "・不納欠損額（令和６年度決算）：約２．３億円"]
put(ws, "B15", "\n".join(ref_lines), 10.5, merge="B15:E19", v="top")
for r in range(15, 20):
    ws.row_dimensions[r].height = 20
g.fact(1, None, 2024, "令和６年度決算", "total", "outstanding", "actual", 3_460_000_000, "yen", "約３４．６億円", approx=True, debt_raw=None)
g.fact(1, None, 2024, "令和６年度決算", "total", "collection_rate", "actual", 95.12, "percent", "９５．１２％", debt_raw="全会計")
g.fact(1, None, 2010, "平成２２年度", "total", "outstanding", "actual", 7_100_000_000, "yen", "約７１億円", approx=True, debt_raw=None)
g.fact(1, None, 2024, "令和６年度決算", "total", "written_off", "actual", 230_000_000, "yen", "約２．３億円", approx=True, debt_raw=None)

put(ws, "B21", "取組個票一覧", 11, True, False, merge="B21:E21")
lst = [("No.", "債権名", "所管課", "頁"), ("1", "市税", "納税課", "2"), ("2", "国民健康保険税", "国民健康保険課", "3"),
       ("3", "市営住宅使用料", "住宅政策課", "4")]
for i, row in enumerate(lst):
    r = 22 + i
    put(ws, f"B{r}", row[0], 10, h="center", fill=GRAY if i == 0 else None)
    put(ws, f"C{r}", row[1], 10, fill=GRAY if i == 0 else None)
    put(ws, f"D{r}", row[2], 10, fill=GRAY if i == 0 else None)
    put(ws, f"E{r}", row[3], 10, h="center", fill=GRAY if i == 0 else None)
for r in range(27, 48):
    ws.row_dimensions[r].height = 16

# ---------------- pages 2-4: 取組個票
SHEETS = [
    {
        "debt": "市税", "ka": "納税課", "kubun": "強制徴収公債権", "page": 2,
        "period": "令和７年１１月４日～令和８年１月３０日",
        "cur": "・一斉文書催告　２回\n・夜間電話催告　１０回\n・ＳＭＳ催告　３回（送信件数　4,812件）",
        "arr": "・財産調査の集中実施\n・給与、預貯金の差押え\n・捜索　２件",
        "eff": ("・差押件数　612件（548件）\n・完納件数　1,904件（1,776件）\n"
                "・滞納繰越分収納率（１月末）　24.35％（22.98％）"),
        "eff_rates": [("arrears", 24.35, 22.98)],
        "issue": "①差押え後の換価までの期間が長い事案が多い。\n②現年課税分の初期滞納者への接触が遅れている。",
        "resp": ("①差押財産の換価方針を四半期ごとに点検し、インターネット公売の回数を年２回から年４回に増やした。\n"
                 "②納期限後２０日以内にＳＭＳ催告を送信する運用に改めた。"),
        "targets": [("現年課税分", 99.21, 99.30), ("滞納繰越分", 30.84, 31.50), ("合計", 97.62, 97.80)],
        "policy": "現年課税分の早期対応と、滞納繰越分の換価の促進による収入未済額の縮減を図る。",
        "items_title": "目標達成に向けた取組",
        "items": [("(1)", "納期限後の早期催告を徹底し、ＳＭＳ催告の対象を軽自動車税まで広げる。", "拡充"),
                  ("(2)", "差押財産の換価を計画的に進め、インターネット公売を年４回実施する。", "継続"),
                  ("(3)", "電子預貯金照会を活用し、財産調査に要する期間を短縮する。", "継続"),
                  ("(4)", "地方税統一ＱＲコードを活用したスマートフォン決済の周知を行う。", "新規")],
        "style": "paren",
    },
    {
        "debt": "国民健康保険税", "ka": "国民健康保険課", "kubun": "強制徴収公債権", "page": 3,
        "period": "令和７年１２月１日～令和８年１月３０日",
        "cur": "・短期被保険者証の更新時における納付相談\n・休日納付相談窓口の開設　２回",
        "arr": "・分納不履行者への一斉催告\n・預貯金調査　1,020件",
        "eff": ("・納付相談件数　388件（352件）\n・分納誓約件数　141件（129件）\n"
                "・現年度分収納率（１月末）　70.46％（69.88％）\n・過年度分収納率（１月末）　17.02％（16.55％）"),
        "eff_rates": [("current", 70.46, 69.88), ("arrears", 17.02, 16.55)],
        "issue": "①資格喪失後の滞納者の所在把握が不十分である。",
        "resp": "①資格喪失者リストを毎月作成し、転出先自治体への照会を速やかに行うこととした。",
        "targets": [("現年度分", 93.15, 93.40), ("過年度分", 23.60, 24.10), ("全体", 80.35, 80.90)],
        "policy": "新たな滞納の発生を抑え、累積した滞納の整理を計画的に進める。",
        "items_title": "目標達成に向けた取組",
        "items": [("ア", "新規加入世帯に対し、加入手続の窓口で口座振替の申込みを勧奨する。", "継続"),
                  ("イ", "資格喪失者リストを活用し、転出者への催告を早期に行う。", "新規"),
                  ("ウ", "財産調査の結果、資力のない滞納者については執行停止を適切に行う。", "継続")],
        "style": "kana",
    },
    {
        "debt": "市営住宅使用料", "ka": "住宅政策課", "kubun": "私債権", "page": 4,
        "period": "令和７年１１月１日～令和７年１２月２６日",
        "cur": "・滞納２か月以上の入居者への訪問催告\n・連帯保証人への通知",
        "arr": "・退去者への文書催告\n・支払督促の申立て　３件",
        "eff": "・訪問件数　96件（88件）\n・納付誓約　31件（27件）",
        "eff_rates": [],
        "issue": "①退去者の滞納分の回収が進んでいない。",
        "resp": "①退去者滞納分のうち、所在が判明しているものについて法的措置の対象を拡大した。",
        "targets": [],
        "outstanding": (41_270, 38_500),
        "policy": "入居中の滞納の早期解消と、退去者滞納分の法的措置による回収を進める。",
        "items_title": "令和８年度に実施すること",
        "items": [("・", "滞納３か月以上の入居者に対し、明渡し請求を前提とした納付指導を行う。", "継続"),
                  ("・", "退去者の滞納分を弁護士法人へ回収委託する。", "新規")],
        "style": "dot",
    },
]

SECTION3 = "３　令和８年度の取組方針"
for sh in SHEETS:
    ws = wb.create_sheet(sh["debt"])
    setup(ws, {"A": 14, "B": 22, "C": 14, "D": 22, "E": 12, "F": 20})
    p = sh["page"]
    put(ws, "A1", "取組個票", 13, True, False, merge="A1:C1")
    put(ws, "F1", f"資料１－{zen(p - 1)}", 10, border=False, h="right")
    # label/value box
    put(ws, "A3", "債権名", 10, True, fill=GRAY, h="center")
    put(ws, "B3", sh["debt"], 10.5, True)
    put(ws, "C3", "所管課", 10, True, fill=GRAY, h="center")
    put(ws, "D3", sh["ka"], 10)
    put(ws, "E3", "区分", 10, True, fill=GRAY, h="center")
    put(ws, "F3", sh["kubun"], 10)
    put(ws, "A5", "１　令和７年度　滞納整理強化月間の実施結果", 11, True, False, merge="A5:F5")
    put(ws, "A6", "実施期間", 9.5, True, fill=GRAY, h="center")
    put(ws, "B6", "取組内容（現年分）", 9.5, True, fill=GRAY, h="center")
    put(ws, "C6", "取組内容（滞納繰越分）", 9.5, True, fill=GRAY, h="center", merge="C6:D6")
    put(ws, "E6", "実績又は効果　（　）内は前年度", 9.5, True, fill=GRAY, h="center", merge="E6:F6")
    put(ws, "A7", sh["period"], 9.5, v="top")
    put(ws, "B7", sh["cur"], 9.5, v="top")
    put(ws, "C7", sh["arr"], 9.5, v="top", merge="C7:D7")
    put(ws, "E7", sh["eff"], 9.5, v="top", merge="E7:F7")
    ws.row_dimensions[7].height = 92
    for seg, now, prev in sh["eff_rates"]:
        g.fact(p, sh["debt"], 2025, "（１月末）", seg, "collection_rate", "interim", now, "percent", f"{now:.2f}％", as_of="2026-01-31")
        g.fact(p, sh["debt"], 2024, "前年度", seg, "collection_rate", "interim", prev, "percent", f"（{prev:.2f}％）", as_of="2025-01-31")
    put(ws, "A9", "２　債権管理ヒアリングにおける指摘事項と対応状況", 11, True, False, merge="A9:F9")
    put(ws, "A10", "指摘事項", 9.5, True, fill=GRAY, h="center")
    put(ws, "B10", sh["issue"], 9.5, merge="B10:F10")
    ws.row_dimensions[10].height = 36
    put(ws, "A11", "対応状況", 9.5, True, fill=GRAY, h="center")
    put(ws, "B11", sh["resp"], 9.5, merge="B11:F11")
    ws.row_dimensions[11].height = 50
    put(ws, "A13", SECTION3, 11, True, False, merge="A13:F13")
    r = 14
    if sh["targets"]:
        put(ws, f"A{r}", "数値目標（徴収率）", 9.5, True, False, merge=f"A{r}:C{r}")
        put(ws, f"F{r}", "（単位：％）", 9, border=False, h="right")
        r += 1
        put(ws, f"A{r}", "区分", 9.5, True, fill=GRAY, h="center")
        put(ws, f"B{r}", "令和７年度（実績見込）", 9.5, True, fill=GRAY, h="center")
        put(ws, f"C{r}", "令和８年度（目標）", 9.5, True, fill=GRAY, h="center", merge=f"C{r}:D{r}")
        put(ws, f"E{r}", "差", 9.5, True, fill=GRAY, h="center")
        put(ws, f"F{r}", "備考", 9.5, True, fill=GRAY, h="center")
        for lab, est, tgt in sh["targets"]:
            r += 1
            seg = {"現年": "current", "滞納": "arrears", "過年": "arrears"}.get(lab[:2], "total")
            put(ws, f"A{r}", lab, 9.5)
            put(ws, f"B{r}", f"{est:.2f}", 9.5, h="right")
            put(ws, f"C{r}", f"{tgt:.2f}", 9.5, h="right", merge=f"C{r}:D{r}")
            put(ws, f"E{r}", f"{tgt - est:+.2f}", 9.5, h="right")
            put(ws, f"F{r}", "", 9.5)
            g.fact(p, sh["debt"], 2025, "令和７年度（実績見込）", seg, "collection_rate", "estimate", est, "percent", f"{est:.2f}")
            g.fact(p, sh["debt"], 2026, "令和８年度（目標）", seg, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}")
    else:
        est, tgt = sh["outstanding"]
        put(ws, f"A{r}", "数値目標", 9.5, True, False)
        put(ws, f"B{r}", "収入未済額（年度末）", 9.5, True, fill=GRAY, h="center")
        put(ws, f"C{r}", "令和７年度見込", 9.5, True, fill=GRAY, h="center")
        put(ws, f"D{r}", f"{c(est)}千円", 9.5, h="right")
        put(ws, f"E{r}", "令和８年度目標", 9.5, True, fill=GRAY, h="center")
        put(ws, f"F{r}", f"{c(tgt)}千円", 9.5, h="right")
        g.fact(p, sh["debt"], 2025, "令和７年度見込", "total", "outstanding", "estimate", est * 1000, "yen", f"{c(est)}千円")
        g.fact(p, sh["debt"], 2026, "令和８年度目標", "total", "outstanding", "target", tgt * 1000, "yen", f"{c(tgt)}千円")
    r += 2
    put(ws, f"A{r}", "取組方針", 9.5, True, fill=GRAY, h="center")
    put(ws, f"B{r}", sh["policy"], 9.5, merge=f"B{r}:F{r}")
    ws.row_dimensions[r].height = 30
    r += 1
    lines = []
    for lab, text, st in sh["items"]:
        if sh["style"] == "kana":  # the tag wraps to a line of its own
            lines.append(f"{lab}　{text}\n　【{st}】")
        else:
            lines.append(f"{lab}{text}【{st}】")
        g.init(p, sh["debt"], 2026, sh["items_title"], lab, text, st)
    if sh["style"] == "dot":  # plain title above a boxed list, no 取組 header cell
        put(ws, f"A{r}", sh["items_title"], 9.5, True, False, merge=f"A{r}:F{r}")
        r += 1
        put(ws, f"A{r}", "\n".join(lines), 9.5, merge=f"A{r}:F{r}", v="top")
    else:
        put(ws, f"A{r}", sh["items_title"], 9.5, True, fill=GRAY, h="center")
        put(ws, f"B{r}", "\n".join(lines), 9.5, merge=f"B{r}:F{r}", v="top")
    ws.row_dimensions[r].height = 18 * (len(lines) * (2 if sh["style"] == "kana" else 1.4)) + 8

src = OUT / f"{STEM}.xlsx"
wb.save(src)
pdf = to_pdf(src, PDF / f"{STEM}.pdf", "nz")
ok = report(STEM, g.write(pdf))
