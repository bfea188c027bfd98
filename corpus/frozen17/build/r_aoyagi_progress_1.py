"""r_aoyagi_progress_1: 債権回収・整理計画（中間報告）, one sheet per debt, openpyxl -> LibreOffice (landscape).
Invented designated city 青柳市 (with wards); the 中間報告 wording and the 目標/実績/進捗 table structure are modelled
on the 豊中市 債権回収・整理計画 page (https://www.city.toyonaka.osaka.jp/joho/keikaku/saiken/sainyukakuho/saikenkanri/saikenkaishu_keikaku.html)
and 大阪府 債権回収・整理計画（目標達成状況） (https://www-pref-osaka-lg-jp.cache.yimg.jp/o050030/zei/saikenkaisyu/r2_kekka.html)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from r_common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.properties import PageSetupProperties

STEM = "r_aoyagi_progress_1"
CITY = "青柳市"
AS_OF, AS_OF_PREV = "2024-02-29", "2023-02-28"
FY, FYP = 2023, 2022
facts, inits = [], []

D = [
    dict(name="市税", ka="財政局税務部納税課", cur=(93.85, 93.62), arr=(31.22, 29.87),
         ka4=(99.05, 33.10, 2415), mi=(99.10, 34.00, 2280), mk=(99.12, 34.50, 2250),
         tori=[("ア", "３月の出納整理期間に向け、現年度分の未納者全員に文書催告とＳＭＳ催告を行う。", "継続"),
               ("イ", "給与照会の回答があった事案は、４月末までに差押えを完了させる。", "継続"),
               ("ウ", "高額滞納事案（100万円以上）は市税事務所間で進捗を週次で共有する。", "新規")]),
    dict(name="国民健康保険料", ka="健康福祉局保険年金課", cur=(84.12, 83.97), arr=(18.40, 17.66),
         ka4=(92.18, 24.05, 3108), mi=(92.40, 24.60, 2960), mk=(92.50, 25.00, 2900),
         tori=[("ア", "年度末に資格を喪失した世帯へ、喪失届の受付時に納付相談を行う。", "継続"),
               ("イ", "財産が判明した世帯への差押予告書を３月中旬に一斉発送する。", "拡充"),
               ("ウ", "コールセンターによる夜間の電話催告を３月に集中実施する。", "継続")]),
    dict(name="市営住宅使用料", ka="都市整備局住宅管理課", cur=(95.31, 95.02), arr=(12.84, 11.97),
         ka4=(98.02, 16.45, 412), mi=(98.10, 17.20, 398), mk=(98.20, 17.50, 390),
         tori=[("ア", "３か月以上の滞納者に連帯保証人への通知を行う。", "継続"),
               ("イ", "退去者の滞納分は、弁護士委託による回収を進める。", "継続")]),
]
WARDS = [("中央区", 94.21, 93.96), ("東区", 93.48, 93.30), ("西区", 93.92, 93.71), ("南区", 93.05, 92.88), ("北区", 94.40, 94.12)]

thin = Side(style="thin")
G = "IPAexGothic"
M = "IPAexMincho"


def setup(ws, title):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.right.text = "青柳市 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.font = G
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.size = 9


def put(ws, ref, v, font=M, size=10.5, bold=False, h="left", wrap=False, border=None, v_="center"):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v_, wrap_text=wrap)
    if border:
        c.border = border
    return c


wb = Workbook()
# ---------------- sheet 1: 総括表
ws = wb.active
ws.title = "総括"
setup(ws, "総括")
for col, w in zip("ABCDEFG", [26, 14, 14, 14, 14, 4, 4]):
    ws.column_dimensions[col].width = w
put(ws, "A1", "令和５年度 債権回収・整理計画（中間報告）", G, 14, True)
put(ws, "A2", "主要債権の収入率の状況（令和６年２月29日現在）", G, 11)
put(ws, "E3", "単位：％", M, 9, h="right")
hb = Border(top=thin, bottom=thin)
for c in "ABCDE":
    ws[f"{c}4"].border = Border(top=Side(style="medium"))
ws.merge_cells("A4:A5")
put(ws, "A4", "債　権　名", G, 10, h="center", border=Border(top=Side(style="medium"), bottom=thin))
ws.merge_cells("B4:C4"); put(ws, "B4", "現年度分", G, 10, h="center", border=Border(top=Side(style="medium")))
ws.merge_cells("D4:E4"); put(ws, "D4", "過年度分", G, 10, h="center", border=Border(top=Side(style="medium")))
for c, t in zip("BCDE", ["２月末", "前年同期", "２月末", "前年同期"]):
    put(ws, f"{c}5", t, G, 10, h="center", border=Border(bottom=thin))
r = 6
for d in D:
    put(ws, f"A{r}", d["name"], M, 10.5, border=Border(bottom=thin))
    vals = [d["cur"][0], d["cur"][1], d["arr"][0], d["arr"][1]]
    for c, v in zip("BCDE", vals):
        put(ws, f"{c}{r}", f"{v:.2f}", M, 10.5, h="right", border=Border(bottom=thin))
    for seg, pair in (("current", d["cur"]), ("arrears", d["arr"])):
        facts.append(F(d["name"], FY, seg, "collection_rate", "interim", pair[0], "percent", f"{pair[0]:.2f}", 1, fy_raw="令和６年２月29日現在", as_of=AS_OF))
        facts.append(F(d["name"], FYP, seg, "collection_rate", "interim", pair[1], "percent", f"{pair[1]:.2f}", 1, fy_raw="前年同期", as_of=AS_OF_PREV))
    r += 1
put(ws, f"A{r + 1}", "※ 過年度分は滞納繰越分をいう。前年同期は令和５年２月28日現在の数値。", M, 9)
put(ws, f"A{r + 2}", "※ 各債権の詳細は次ページ以降の個別シートのとおり。", M, 9)

# ---------------- per-debt sheets
for k, d in enumerate(D):
    page = k + 2
    ws = wb.create_sheet(d["name"])
    setup(ws, d["name"])
    for col, w in zip("ABCDEFGH", [20, 16, 16, 16, 16, 16, 16, 6]):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "令和５年度 債権回収・整理計画（中間報告）", G, 12, True)
    put(ws, "G1", "令和６年２月29日現在", M, 9.5, h="right")
    ws.merge_cells("A3:D3")
    box = Border(top=thin, bottom=thin, left=thin, right=thin)
    put(ws, "A3", f"債権名　{d['name']}", G, 12, True, border=box)
    for c in "BCD":
        ws[f"{c}3"].border = box
    ws.merge_cells("E3:G3")
    put(ws, "E3", f"所管：{d['ka']}", M, 10, border=box)
    put(ws, "A5", "【収入率】令和６年２月29日現在", G, 11)
    put(ws, "A6", f"　・現年度分　{d['cur'][0]:.2f}％（前年同期　{d['cur'][1]:.2f}％）", M, 10.5)
    put(ws, "A7", f"　・過年度分　{d['arr'][0]:.2f}％（前年同期　{d['arr'][1]:.2f}％）", M, 10.5)
    for seg, pair in (("current", d["cur"]), ("arrears", d["arr"])):
        facts.append(F(d["name"], FY, seg, "collection_rate", "interim", pair[0], "percent", f"{pair[0]:.2f}％", page, fy_raw="令和６年２月29日現在", as_of=AS_OF))
        facts.append(F(d["name"], FYP, seg, "collection_rate", "interim", pair[1], "percent", f"{pair[1]:.2f}％", page, fy_raw="前年同期", as_of=AS_OF_PREV))
    put(ws, "A9", "決算見込と目標", G, 11)
    hdr = ["区　分", "令和４年度決算", "令和５年度決算見込", "令和５年度目標"]
    for c, t in zip("ABCD", hdr):
        put(ws, f"{c}10", t, G, 10, h="center", border=box, wrap=True)
    rows = [("収入率　現年度分（％）", 0, "current", "collection_rate"), ("収入率　過年度分（％）", 1, "arrears", "collection_rate"),
            ("収入未済額（百万円）", 2, "total", "outstanding")]
    for i, (lab, idx, seg, met) in enumerate(rows):
        rr = 11 + i
        put(ws, f"A{rr}", lab, M, 10, border=box)
        for c, src, basis, fy, fyr in (("B", d["ka4"], "actual", FYP, "令和４年度決算"), ("C", d["mi"], "estimate", FY, "令和５年度決算見込"),
                                       ("D", d["mk"], "target", FY, "令和５年度目標")):
            v = src[idx]
            s = f"{v:,}" if met == "outstanding" else f"{v:.2f}"
            put(ws, f"{c}{rr}", s, M, 10, h="right", border=box)
            val = v * 1000000 if met == "outstanding" else v
            facts.append(F(d["name"], fy, seg, met, basis, val, "yen" if met == "outstanding" else "percent", s, page, fy_raw=fyr))
    put(ws, "A15", "今後の取組（３月～５月）", G, 11)
    ws.merge_cells("A16:G19")
    txt = "\n".join(f"{lab}　{t}【{st}】" for lab, t, st in d["tori"])
    put(ws, "A16", txt, M, 10, wrap=True, border=box, v_="top")
    for rr in range(16, 20):
        ws.row_dimensions[rr].height = 22
    for lab, t, st in d["tori"]:
        inits.append(I(d["name"], FY, "今後の取組（３月～５月）", lab, t, st, page))
    if d["name"] == "市税":
        put(ws, "A21", "区別の収入率（現年度分）", G, 11)
        put(ws, "D21", "（単位：％）", M, 9, h="right")
        for c, t in zip("ABCD", ["区", "２月末", "前年同期", "増減"]):
            put(ws, f"{c}22", t, G, 10, h="center" if c != "A" else "left")
        for i, (w, a, b) in enumerate(WARDS):
            rr = 23 + i
            put(ws, f"A{rr}", w, M, 10)
            put(ws, f"B{rr}", f"{a:.2f}", M, 10, h="right")
            put(ws, f"C{rr}", f"{b:.2f}", M, 10, h="right")
            put(ws, f"D{rr}", f"{a - b:.2f}", M, 10, h="right")
            facts.append(F("市税", FY, "current", "collection_rate", "interim", a, "percent", f"{a:.2f}", page, fy_raw="２月末", as_of=AS_OF, area=w))
            facts.append(F("市税", FYP, "current", "collection_rate", "interim", b, "percent", f"{b:.2f}", page, fy_raw="前年同期", as_of=AS_OF_PREV, area=w))

xl = OUT / f"{STEM}.xlsx"
wb.save(xl)
pdf = soffice(xl)
final = PDF / f"{STEM}.pdf"
final.write_bytes(pdf.read_bytes())
document = {"kind": "progress_report", "municipality": CITY, "title": "令和５年度 債権回収・整理計画（中間報告）",
            "date": "2024-02-29", "date_raw": "令和６年２月29日現在"}
write_gold(STEM, final, document, facts, inits, None)
g, bad = check(STEM)
print(STEM, g["source"]["pages"], "pages", len(facts), "facts", len(inits), "inits", "BAD:", bad)
