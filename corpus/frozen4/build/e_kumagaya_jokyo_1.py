"""熊谷市「行政改革大綱 実施状況報告書」の体裁（総括表・個別の取組実績）に倣った債権管理計画の実施状況報告書
（openpyxl → LibreOffice、横向き）。Modelled on https://123deta.com/document/nq7m3enq- (第2次熊谷市行政改革大綱
平成25年度実施状況報告書); the debt content and all figures are invented."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

from e_common import OUT, PDF, comma, fact, init, to_pdf, write_gold

STEM = "e_kumagaya_jokyo_1"
CITY = "熊谷市"
TITLE = "第２次熊谷市債権管理計画　令和５年度実施状況報告書"
F, I = [], []
FN = "IPAexMincho"
GN = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")

RATES = {  # R4 cur, arr, tot ; R5 cur, arr, tot
    "市税": (99.08, 30.12, 98.21, 99.21, 31.85, 98.40),
    "国民健康保険税": (93.45, 22.10, 80.02, 93.82, 23.44, 81.15),
    "介護保険料": (99.02, 18.33, 97.85, 99.10, 20.05, 98.02),
    "後期高齢者医療保険料": (99.61, 45.20, 99.30, 99.64, 47.81, 99.35),
    "保育所保育料": (98.85, 12.40, 94.60, 99.01, 15.22, 95.48),
    "市営住宅使用料": (97.90, 10.05, 81.33, 98.12, 11.80, 82.50),
    "下水道使用料": (98.70, 35.50, 97.95, 98.75, 37.02, 98.08),
}
OUTS = {  # 千円 R1..R5
    "市税": (1312450, 1268331, 1205114, 1150287, 1062540),
    "国民健康保険税": (1020334, 985112, 960228, 921560, 845903),
    "介護保険料": (98221, 95004, 90115, 86742, 80310),
    "後期高齢者医療保険料": (12334, 11908, 11250, 10887, 10102),
    "保育所保育料": (45890, 43211, 40567, 38124, 35016),
    "市営住宅使用料": (140225, 137882, 133410, 128760, 122430),
    "下水道使用料": (96330, 93918, 91045, 88120, 84912),
}
YEARS = [(2019, "令和元年度"), (2020, "令和２年度"), (2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度")]
TOT = [sum(v[i] for v in OUTS.values()) for i in range(5)]

wb = Workbook()


def setup(ws, widths, header_title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.7
    ws.oddHeader.right.text = header_title
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w


def put(ws, r, c, v, bold=False, align="left", box=True, fill=False, size=10.5, wrap=True, font=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=font or (GN if bold else FN), size=size, bold=False)
    cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if fill:
        cell.fill = GRAY
    return cell


def merge(ws, r1, c1, r2, c2, v, **kw):
    put(ws, r1, c1, v, **kw)
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            if (rr, cc) != (r1, c1) and kw.get("box", True):
                ws.cell(row=rr, column=cc).border = BOX
                if kw.get("fill"):
                    ws.cell(row=rr, column=cc).fill = GRAY
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


# ---------------------------------------------------------------- 総括
ws = wb.active
ws.title = "総括"
setup(ws, [34, 12, 10, 10, 10, 12, 30], "第２次熊谷市債権管理計画　実施状況報告書")
merge(ws, 2, 1, 2, 7, "第２次熊谷市債権管理計画", box=False, align="center", size=14, bold=True)
merge(ws, 3, 1, 3, 7, "令和５年度　実　施　状　況　報　告　書", box=False, align="center", size=16, bold=True)
merge(ws, 4, 1, 4, 7, "令和６年10月　熊谷市", box=False, align="right")
put(ws, 6, 1, "総　括", bold=True, box=False, size=12)
hdr = ["重点項目", "計画項目数", "実施", "一部実施", "検討中", "実施率"]
for j, h in enumerate(hdr):
    put(ws, 7, j + 1, h, bold=True, align="center", fill=True)
ITEMS = [("(1) 滞納の未然防止", 3, 2, 1, 0), ("(2) 滞納整理の強化", 5, 4, 1, 0), ("(3) 私債権の適正な管理", 4, 2, 1, 1),
         ("(4) 債権管理体制の整備", 3, 2, 0, 1)]
r = 8
for name, n, a, b, c in ITEMS:
    for j, v in enumerate([name, n, a, b, c, f"{(a + b) / n * 100:.1f}%"]):
        put(ws, r, j + 1, v, align="left" if j == 0 else "right")
    r += 1
n, a, b, c = (sum(x[k] for x in ITEMS) for k in (1, 2, 3, 4))
for j, v in enumerate(["合　計", n, a, b, c, f"{(a + b) / n * 100:.1f}%"]):
    put(ws, r, j + 1, v, align="center" if j == 0 else "right", bold=(j == 0))
r += 2
t5 = TOT[4]
ap5 = round(t5 * 1000, -6)
ad = round((TOT[3] - TOT[4]) * 1000, -6)
s5 = f"約{ap5 // 100000000}億{(ap5 % 100000000) // 10000:,}万円"
sd = f"約{ad // 100000000}億{(ad % 100000000) // 10000:,}万円"
notes = ["１　この報告書は、令和５年度から令和９年度までを計画期間とする「第２次熊谷市債権管理計画」について、"
         "令和５年度の実施結果をまとめたものです。",
         f"２　実施結果は、全体で約{(a + b) / n * 100:.1f}％（{n}項目のうち{a + b}項目を実施）の実施率となりました。"
         "個別の計画項目ごとの取組実績は、３ページ以降に掲載しています。",
         f"３　市税及び主な税外債権の収入未済額は、令和５年度末で{s5}となり、前年度末と比べ{sd}減少しました。"]
for tline in notes:
    merge(ws, r, 1, r, 7, tline, box=False)
    ws.row_dimensions[r].height = 34
    r += 1
F.append(fact(None, 2023, "令和５年度末", "total", "outstanding", "actual", ap5, "yen", s5, approx=True, debt_raw=None,
              anchor="３市税及び主な税外債権の収入未済額は"))

# ---------------------------------------------------------------- 債権の状況
ws = wb.create_sheet("状況")
setup(ws, [24, 11, 11, 11, 11, 11, 11, 11], "第２次熊谷市債権管理計画　実施状況報告書")
put(ws, 1, 1, "１　主な債権の収納率", bold=True, box=False, size=12)
put(ws, 1, 8, "（単位：％）", box=False, align="right")
merge(ws, 2, 1, 3, 1, "債権名", bold=True, align="center", fill=True)
merge(ws, 2, 2, 2, 4, "令和４年度", bold=True, align="center", fill=True)
merge(ws, 2, 5, 2, 7, "令和５年度", bold=True, align="center", fill=True)
merge(ws, 2, 8, 3, 8, "現年度分\n増減", bold=True, align="center", fill=True)
for j, h in enumerate(["現年度分", "滞納繰越分", "計"] * 2):
    put(ws, 3, 2 + j, h, bold=True, align="center", fill=True, size=9.5)
r = 4
SEGS = ["current", "arrears", "total"]
for dn, v in RATES.items():
    put(ws, r, 1, dn)
    for j in range(6):
        put(ws, r, 2 + j, f"{v[j]:.2f}", align="right")
        fy, fyr = (2022, "令和４年度") if j < 3 else (2023, "令和５年度")
        F.append(fact(dn, fy, fyr, SEGS[j % 3], "collection_rate", "actual", v[j], "percent", f"{v[j]:.2f}",
                      anchor="１主な債権の収納率"))
    d = round(v[3] - v[0], 2)
    put(ws, r, 8, ("△" if d < 0 else "") + f"{abs(d):.2f}", align="right")
    r += 1
merge(ws, r, 1, r, 8, "※収納率＝収入済額÷調定額×100。増減はポイント。", box=False, size=9)
r += 2
put(ws, r, 1, "２　収入未済額の推移", bold=True, box=False, size=12)
put(ws, r, 8, "（単位：千円）", box=False, align="right")
r += 1
for j, h in enumerate(["債権名"] + [y for _, y in YEARS] + ["対前年度"]):
    put(ws, r, 1 + j, h, bold=True, align="center", fill=True)
r += 1
for dn, v in list(OUTS.items()) + [("合　計", TOT)]:
    put(ws, r, 1, dn, bold=(dn == "合　計"), align="center" if dn == "合　計" else "left")
    for j, (fy, fyr) in enumerate(YEARS):
        put(ws, r, 2 + j, comma(v[j]), align="right")
        F.append(fact(None if dn == "合　計" else dn, fy, fyr, "total", "outstanding", "actual", v[j] * 1000, "yen",
                      comma(v[j]), anchor="２収入未済額の推移", debt_raw="合計" if dn == "合　計" else "same"))
    put(ws, r, 7, "△" + comma(v[3] - v[4]), align="right")
    r += 1

# ---------------------------------------------------------------- 個別の取組実績
ws = wb.create_sheet("取組")
setup(ws, [6, 52, 52, 10], "第２次熊谷市債権管理計画　実施状況報告書")
merge(ws, 1, 1, 1, 4, "３　債権ごとの取組実績", bold=True, box=False, size=12)
R = RATES
BLOCKS = [
    ("市税", "heading", "納税課", [
        ("1", [("①", "納期限後20日以内に督促状を発送し、その後の催告も時期を定めて行う。", "継続"),
               ("②", "預貯金等の財産調査を電子照会で行い、判明した財産は速やかに差し押さえる。", "拡充")],
         f"現年度分の収納率は{R['市税'][3]:.2f}％（前年度{R['市税'][0]:.2f}％）となり、目標の99.20％を上回った。"
         f"滞納繰越分も{R['市税'][4]:.2f}％に上昇した。", "実施",
         [("current", 2023, "令和５年度", "actual", R["市税"][3]), ("current", 2022, "前年度", "actual", R["市税"][0]),
          ("current", 2023, "令和５年度", "target", 99.20), ("arrears", 2023, "令和５年度", "actual", R["市税"][4])]),
        ("2", [("①", "スマートフォン決済及びクレジットカード納付を周知し、期限内納付を促す。", "継続"),
               ("②", "Web口座振替受付を導入し、口座振替の申込手続を簡単にする。", "新規")],
         "Web口座振替受付を令和６年１月に開始した。スマートフォン決済による納付は前年度の1.3倍に増えた。", "一部実施", []),
    ]),
    ("国民健康保険税", "box", "保険年金課", [
        ("3", [("①", "短期被保険者証の交付時に納付相談を行い、分納誓約を結ぶ。", "継続"),
               ("②", "高額滞納世帯は納税課へ引き継ぎ、滞納処分を一体的に進める。", "継続"),
               ("③", "資格喪失の届出が遅れている世帯に、年金・社会保険の情報を使って届出を勧める。", "新規")],
         f"現年度分の収納率は{R['国民健康保険税'][3]:.2f}％で、目標の94.00％には届かなかったが、"
         f"前年度の{R['国民健康保険税'][0]:.2f}％からは上昇した。年度末の滞納世帯数は3,912世帯であった。", "一部実施",
         [("current", 2023, "令和５年度", "actual", R["国民健康保険税"][3]),
          ("current", 2023, "令和５年度", "target", 94.00),
          ("current", 2022, "前年度", "actual", R["国民健康保険税"][0])]),
    ]),
    ("保育所保育料", "heading", "保育課", [
        ("4", [("①", "児童手当からの特別徴収（申出徴収）の申出を入所時に勧める。", "拡充"),
               ("②", "退所した世帯の滞納は、退所時に納付計画を立てる。", "継続")],
         f"申出徴収の件数が増え、現年度分の収納率は{R['保育所保育料'][3]:.2f}％となった。"
         f"収入未済額は{comma(OUTS['保育所保育料'][4])}千円で、前年度より減少した。", "実施",
         [("current", 2023, "令和５年度", "actual", R["保育所保育料"][3])]),
    ]),
    ("市営住宅使用料", "box", "営繕課", [
        ("5", [("①", "３か月以上の滞納者に連帯保証人への通知を行い、早めに納付を促す。", "継続"),
               ("②", "退去者の滞納分について、支払督促の申立てを計画的に行う。", "拡充")],
         f"支払督促を12件申し立てた。滞納繰越分の収納率は{R['市営住宅使用料'][4]:.2f}％となった。", "実施",
         [("arrears", 2023, "令和５年度", "actual", R["市営住宅使用料"][4])]),
    ]),
]
r = 3
for k, (dn, style, dept, rows) in enumerate(BLOCKS, 1):
    if style == "heading":
        merge(ws, r, 1, r, 4, f"（{k}）債権ごとの取組（{dn}）", bold=True, box=False, size=11)
        r += 1
    else:
        put(ws, r, 1, f"（{k}）", box=False, bold=True)
        put(ws, r, 2, f"債権名　{dn}", bold=True, fill=True)
        put(ws, r, 3, f"所管課　{dept}", bold=True, fill=True)
        r += 1
    for j, h in enumerate(["No.", "取組内容", "令和５年度の取組実績", "評価"]):
        put(ws, r, 1 + j, h, bold=True, align="center", fill=True)
    r += 1
    for no, items, result, ev, figs in rows:
        put(ws, r, 1, no, align="center")
        put(ws, r, 2, "\n".join(f"{lab}{t}【{st}】" for lab, t, st in items))
        put(ws, r, 3, result)
        put(ws, r, 4, ev, align="center")
        ws.row_dimensions[r].height = 30 * len(items) + 10
        for lab, t, st in items:
            I.append(init(dn, 2023, "債権ごとの取組実績", f"{no}{lab}", t, st, anchor=t))
        for seg, fy, fyr, basis, v in figs:
            raw = f"{v:.2f}％"
            F.append(fact(dn, fy, fyr, seg, "collection_rate", basis, v, "percent", raw, anchor=result[:20]))
        if dn == "国民健康保険税":
            F.append(fact(dn, 2023, "令和５年度", "total", "delinquents", "actual", 3912, "households", "3,912世帯",
                          anchor=result[:20]))
        if dn == "保育所保育料":
            F.append(fact(dn, 2023, "令和５年度", "total", "outstanding", "actual", OUTS[dn][4] * 1000, "yen",
                          f"{comma(OUTS[dn][4])}千円", anchor=result[:20]))
        r += 1
    r += 1

OUT.mkdir(parents=True, exist_ok=True)
src = OUT / f"{STEM}.xlsx"
wb.save(src)
pdf = to_pdf(src, PDF / f"{STEM}.pdf", "kumagaya")
document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2024-10-01", "date_raw": "令和６年10月"}
write_gold(STEM, pdf, document, F, I)
