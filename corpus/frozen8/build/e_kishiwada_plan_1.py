"""岸和田市 債権管理推進計画（推進シート） — openpyxl → LibreOffice, portrait, one sheet per page."""
from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from e_common import OUT, PDF, Facts, finish, rate, to_pdf

STEM = "e_kishiwada_plan_1"
CITY = "岸和田市"
FONT = "IPAexMincho"
GFONT = "IPAexGothic"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")

facts = Facts()
inits: list[dict] = []
YEARS = [2020, 2021, 2022, 2023, 2024]

# per debt: current assessed (千円) per year, current rate, arrears rate, written-off (千円), initial arrears (千円),
# delinquents, targets
DEBTS = [
    {"name": "市税", "ka": "財政部 納税課", "kubun": "強制徴収公債権",
     "gaiyo": "地方税法及び岸和田市市税条例に基づき賦課徴収する個人市民税、法人市民税、固定資産税、軽自動車税等。時効期間は５年。",
     "cur_a": [38_412_605, 38_095_214, 39_210_877, 39_604_132, 40_118_540],
     "cur_r": [0.9902, 0.9911, 0.9918, 0.9925, 0.9931],
     "arr_a0": 1_702_418, "arr_r": [0.268, 0.281, 0.296, 0.305, 0.318],
     "wo": [98_204, 91_870, 85_412, 80_655, 74_918],
     "del": [6_412, 6_118, 5_870, 5_602, 5_391],
     "tgt_cur": ["99.35", "99.38", "99.40", "99.42"], "tgt_arr": ["32.50", "33.00", "33.50", "34.00"],
     "tgt_out": [1_098_000, 1_062_000, 1_030_000, 1_001_000],
     "tori": [
         ("滞納の未然防止", [("①", "納税通知書へのスマートフォン決済案内の同封を継続し、期限内納付を促す。", "継続"),
                       ("②", "口座振替の新規申込みをＷｅｂで受け付け、登録率の向上を図る。", "拡充")]),
         ("徴収の強化", [("①", "納期限後３０日を経過した未納者へ文書・電話による催告を集中して行う。", "継続"),
                    ("②", "預貯金照会の電子化により財産調査を迅速化し、差押えを早期に実施する。", "拡充"),
                    ("③", "大阪府域地方税徴収機構との共同徴収により高額案件の整理を進める。", None)]),
     ]},
    {"name": "国民健康保険料", "ka": "健康福祉部 保険年金課", "kubun": "強制徴収公債権",
     "gaiyo": "国民健康保険法第７６条及び岸和田市国民健康保険条例に基づき徴収する保険料。時効期間は２年。",
     "cur_a": [7_204_118, 6_988_402, 6_812_339, 6_705_118, 6_640_227],
     "cur_r": [0.9321, 0.9368, 0.9402, 0.9433, 0.9461],
     "arr_a0": 1_315_604, "arr_r": [0.214, 0.226, 0.239, 0.248, 0.257],
     "wo": [212_408, 188_612, 160_230, 141_775, 126_390],
     "del": [9_804, 9_312, 8_876, 8_455, 8_102],
     "tgt_cur": ["94.80", "95.00", "95.20", "95.40"], "tgt_arr": ["26.50", "27.20", "27.90", "28.60"],
     "tgt_out": [655_000, 622_000, 594_000, 570_000],
     "tori": [
         ("滞納の未然防止", [("①", "加入手続時に口座振替を原則とする案内を行い、その場で申込みを受け付ける。", "継続"),
                       ("②", "社会保険加入による資格喪失の届出勧奨を年３回実施する。", "新規")]),
         ("徴収の強化", [("①", "財産調査の結果、差押可能な財産が判明した世帯は速やかに滞納処分を行う。", "継続"),
                    ("②", "分納誓約の不履行世帯に対し、翌月中に催告と納付相談を行う。", "継続")]),
     ]},
    {"name": "介護保険料", "ka": "地域福祉部 高齢介護課", "kubun": "強制徴収公債権",
     "gaiyo": "介護保険法第１２９条に基づき第１号被保険者から徴収する保険料（特別徴収・普通徴収）。時効期間は２年。",
     "cur_a": [5_812_440, 5_902_118, 6_010_275, 6_218_904, 6_305_122],
     "cur_r": [0.9884, 0.9889, 0.9893, 0.9897, 0.9902],
     "arr_a0": 168_204, "arr_r": [0.152, 0.158, 0.166, 0.171, 0.177],
     "wo": [52_118, 50_206, 48_870, 47_012, 45_305],
     "del": [3_904, 3_822, 3_751, 3_688, 3_602],
     "tgt_cur": ["99.05", "99.08", "99.10", "99.12"], "tgt_arr": ["18.20", "18.70", "19.20", "19.70"],
     "tgt_out": [118_000, 114_000, 110_000, 107_000],
     "tori": [
         ("滞納の未然防止", [("①", "普通徴収となる被保険者に口座振替依頼書を送付する。", "継続")]),
         ("徴収の強化", [("①", "督促後も未納の被保険者へ電話催告を行い、給付制限の説明と併せて納付を促す。", "継続"),
                    ("②", "年金以外の収入がある滞納者には預貯金調査を実施し、差押えを行う。", "拡充")]),
     ]},
    {"name": "市営住宅使用料", "ka": "建築都市部 住宅管理課", "kubun": "私債権",
     "gaiyo": "公営住宅法及び岸和田市営住宅条例に基づく家賃及び駐車場使用料。時効期間は５年（民法）。",
     "cur_a": [1_102_418, 1_090_226, 1_078_904, 1_066_412, 1_055_830],
     "cur_r": [0.9612, 0.9634, 0.9651, 0.9668, 0.9684],
     "arr_a0": 214_302, "arr_r": [0.118, 0.124, 0.131, 0.137, 0.142],
     "wo": [12_406, 15_228, 11_904, 10_530, 9_872],
     "del": [512, 498, 476, 461, 447],
     "tgt_cur": ["96.90", "97.00", "97.10", "97.20"], "tgt_arr": ["14.60", "15.00", "15.40", "15.80"],
     "tgt_out": [205_000, 200_000, 196_000, 192_000],
     "tori": [
         ("滞納の未然防止", [("①", "入居時説明会で口座振替と家賃減免制度の説明を徹底する。", "継続")]),
         ("徴収の強化", [("①", "滞納３か月以上の入居者及び連帯保証人に対し、文書と面談による納付指導を行う。", "継続"),
                    ("②", "納付指導に応じない長期滞納者には、明渡請求及び訴訟を提起する。", "継続"),
                    ("③", "退去者の未納分は債権回収会社への委託により回収を図る。", "新規")]),
     ]},
]


def simulate(d):
    rows = []
    arr_a = d["arr_a0"]
    for i, y in enumerate(YEARS):
        ca = d["cur_a"][i]
        cc = round(ca * d["cur_r"][i])
        ac = round(arr_a * d["arr_r"][i])
        wo = d["wo"][i]
        out = ca + arr_a - cc - ac - wo
        rows.append({"y": y, "ca": ca, "cc": cc, "aa": arr_a, "ac": ac, "wo": wo, "out": out, "del": d["del"][i]})
        arr_a = out
    return rows


def st(c, *, bold=False, size=9, fill=None, h="left", v="center", wrap=True, border=True, font=FONT):
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX


def merge(ws, rng, value, **kw):
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = value
    for row in ws[rng]:
        for c in row:
            st(c, **kw)


def setup(ws, title_right):
    for col, w in zip("ABCDEFGHIJK", (9, 10, 10, 7, 10, 10, 7, 9, 10, 8, 1)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.oddHeader.left.text = title_right
    ws.oddHeader.left.size = 8
    ws.oddFooter.center.text = "&P"


def summary(wb, sims):
    ws = wb.active
    ws.title = "概要"
    setup(ws, "岸和田市債権管理推進計画（令和８年度～令和１１年度）")
    merge(ws, "A1:J1", "岸和田市債権管理推進計画", bold=True, size=16, h="center", border=False, font=GFONT)
    merge(ws, "A2:J2", "（令和８年度～令和１１年度）", size=11, h="center", border=False)
    merge(ws, "A3:J3", "令和８年３月　岸和田市", size=10, h="right", border=False)
    merge(ws, "A5:J5", "１　計画の趣旨", bold=True, size=11, border=False, font=GFONT)
    ws.row_dimensions[6].height = 64
    total24 = sum(s[-1]["out"] for s in sims.values()) + OTHER[1]
    total20 = sum(s[0]["out"] for s in sims.values()) + OTHER[0]
    oku24 = round(total24 / 100_000, 1)  # 千円 → 億円, one decimal
    txt = ("　本市では、債権管理条例に基づき、主要債権ごとに「債権管理推進シート」を作成し、徴収率の目標と取組を定めて"
           "債権管理を進めてきた。令和６年度決算における対象債権の未収金残高は約"
           f"{oku24}億円となり、計画期間を通じて着実に減少している。本計画では、引き続き現年度分の確実な徴収と"
           "過年度分の整理を両輪として、未収金残高の縮減を目指す。")
    merge(ws, "A6:J6", txt, size=10, v="top", border=False)
    facts.add(None, 2024, "令和６年度", "total", "outstanding", "actual", int(round(oku24 * 100_000_000)), "yen",
              f"約{oku24}億円", 1, approx=True)
    merge(ws, "A8:J8", "２　対象債権の未収金残高", bold=True, size=11, border=False, font=GFONT)
    merge(ws, "H9:J9", "（単位：千円）", size=8, h="right", border=False)
    hdr = [("A10:C10", "債権の名称"), ("D10:E10", "令和２年度"), ("F10:G10", "令和６年度"), ("H10:I10", "増減"),
           ("J10:J10", "区分")]
    for rng, v in hdr:
        merge(ws, rng, v, fill=HEAD, h="center")
    r = 11
    rows = [(d["name"], sims[d["name"]][0]["out"], sims[d["name"]][-1]["out"], KUBUN[d["kubun"]]) for d in DEBTS]
    rows.append(("その他の債権", OTHER[0], OTHER[1], "強・非・私"))
    rows.append(("合計", total20, total24, ""))
    for name, o20, o24, kb in rows:
        diff = o24 - o20
        merge(ws, f"A{r}:C{r}", name, h="left" if name != "合計" else "center")
        merge(ws, f"D{r}:E{r}", f"{o20:,}", h="right")
        merge(ws, f"F{r}:G{r}", f"{o24:,}", h="right")
        merge(ws, f"H{r}:I{r}", f"△{-diff:,}" if diff < 0 else f"{diff:,}", h="right")
        merge(ws, f"J{r}:J{r}", kb, h="center")
        debt = None if name in ("その他の債権", "合計") else name
        for y, yr, v in ((2020, "令和２年度", o20), (2024, "令和６年度", o24)):
            facts.add(debt, y, yr, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", 1, debt_raw=name)
        r += 1
    merge(ws, f"A{r}:J{r}", "※区分　強：強制徴収公債権　非：非強制徴収公債権　私：私債権", size=8, border=False)
    merge(ws, f"A{r + 2}:J{r + 2}", "３　債権管理推進シート（２ページ以降）", bold=True, size=11, border=False, font=GFONT)
    merge(ws, f"A{r + 3}:J{r + 3}", "　推進シートは、債権の概要、収納状況の推移（決算）、目標及び目標達成に向けた取組で構成する。"
          "徴収率は収入済額を調定額で除した値とし、小数点以下第３位を四捨五入している。", size=9, border=False, v="top")
    ws.row_dimensions[r + 3].height = 30


KUBUN = {"強制徴収公債権": "強", "私債権": "私"}
OTHER = (842_310, 701_442)


def sheet(wb, d, rows, page):
    name = d["name"]
    ws = wb.create_sheet(name)
    setup(ws, "岸和田市債権管理推進計画（令和８年度～令和１１年度）")
    merge(ws, "A1:J1", "債権管理推進シート", bold=True, size=14, h="center", border=False, font=GFONT)
    merge(ws, "A2:F2", f"債権名　{name}", bold=True, size=11, fill=HEAD, font=GFONT)
    merge(ws, "G2:J2", f"担当課　{d['ka']}", size=10)
    merge(ws, "A4:J4", "１　債権の概要", bold=True, size=11, border=False, font=GFONT)
    merge(ws, "A5:J5", f"【{d['kubun']}】{d['gaiyo']}", size=9, v="top")
    ws.row_dimensions[5].height = 30
    merge(ws, "A7:J7", "２　収納状況の推移（令和２年度～令和６年度決算）　（金額の単位：千円）", bold=True, size=11, border=False,
          font=GFONT)
    merge(ws, "A8:A9", "年度", fill=HEAD, h="center")
    merge(ws, "B8:D8", "現年度分", fill=HEAD, h="center")
    merge(ws, "E8:G8", "過年度分", fill=HEAD, h="center")
    merge(ws, "H8:H9", "不納欠損額", fill=HEAD, h="center")
    merge(ws, "I8:I9", "未収金残高", fill=HEAD, h="center")
    merge(ws, "J8:J9", "滞納者数(人)", fill=HEAD, h="center")
    for col, v in zip("BCDEFG", ("調定額", "収入済額", "徴収率(%)", "調定額", "収入済額", "徴収率(%)")):
        ws[f"{col}9"] = v
        st(ws[f"{col}9"], fill=HEAD, h="center", size=8)
    r = 10
    for x in rows:
        yr = f"{x['y'] - 2018}年度"
        rc, ra = rate(x["cc"], x["ca"]), rate(x["ac"], x["aa"])
        cells = [("A", yr, None, None, None), ("B", f"{x['ca']:,}", "current", "assessed", x["ca"] * 1000),
                 ("C", f"{x['cc']:,}", "current", "collected", x["cc"] * 1000),
                 ("D", f"{rc:.2f}", "current", "collection_rate", rc),
                 ("E", f"{x['aa']:,}", "arrears", "assessed", x["aa"] * 1000),
                 ("F", f"{x['ac']:,}", "arrears", "collected", x["ac"] * 1000),
                 ("G", f"{ra:.2f}", "arrears", "collection_rate", ra),
                 ("H", f"{x['wo']:,}", "total", "written_off", x["wo"] * 1000),
                 ("I", f"{x['out']:,}", "total", "outstanding", x["out"] * 1000),
                 ("J", f"{x['del']:,}", "total", "delinquents", x["del"])]
        for col, raw, seg, met, val in cells:
            ws[f"{col}{r}"] = raw
            st(ws[f"{col}{r}"], h="center" if col == "A" else "right", size=9)
            if met:
                unit = {"collection_rate": "percent", "delinquents": "persons"}.get(met, "yen")
                facts.add(name, x["y"], yr, seg, met, "actual", val, unit, raw, page)
        r += 1
    merge(ws, f"A{r}:J{r}", "※未収金残高＝（現年度分調定額＋過年度分調定額）－収入済額－不納欠損額。"
          "滞納者数は年度末現在の実人数。", size=8, border=False)
    r += 2
    merge(ws, f"A{r}:J{r}", "３　目標", bold=True, size=11, border=False, font=GFONT)
    r += 1
    merge(ws, f"A{r}:C{r}", "徴収率の目標（単位：％）", size=9, border=False)
    r += 1
    heads = ["令和８年度", "９年度", "１０年度", "１１年度"]
    merge(ws, f"A{r}:B{r}", "区分", fill=HEAD, h="center")
    for i, hd in enumerate(heads):
        c1, c2 = "CEGI"[i], "DFHJ"[i]
        merge(ws, f"{c1}{r}:{c2}{r}", hd, fill=HEAD, h="center")
    for lab, seg, vals in (("現年度分", "current", d["tgt_cur"]), ("過年度分", "arrears", d["tgt_arr"])):
        r += 1
        merge(ws, f"A{r}:B{r}", lab, h="center")
        for i, v in enumerate(vals):
            c1, c2 = "CEGI"[i], "DFHJ"[i]
            merge(ws, f"{c1}{r}:{c2}{r}", v, h="right")
            facts.add(name, 2026 + i, heads[i], seg, "collection_rate", "target", float(v), "percent", v, page)
    r += 1
    merge(ws, f"A{r}:B{r}", "未収金残高\n（千円）", h="center")
    ws.row_dimensions[r].height = 26
    for i, v in enumerate(d["tgt_out"]):
        c1, c2 = "CEGI"[i], "DFHJ"[i]
        merge(ws, f"{c1}{r}:{c2}{r}", f"{v:,}", h="right")
        facts.add(name, 2026 + i, heads[i], "total", "outstanding", "target", v * 1000, "yen", f"{v:,}", page)
    r += 2
    merge(ws, f"A{r}:J{r}", "４　目標達成に向けた取組", bold=True, size=11, border=False, font=GFONT)
    for cat, items in d["tori"]:
        r += 1
        merge(ws, f"A{r}:B{r}", cat, h="center", fill=HEAD)
        lines = []
        for lab, text, stt in items:
            lines.append(f"{lab}{text}" + (f"【{stt}】" if stt else ""))
            inits.append({"debt": name, "fiscal_year": 2026, "section": "目標達成に向けた取組", "label": lab,
                          "text": text, "status": stt, "page": page})
        merge(ws, f"C{r}:J{r}", "\n".join(lines), v="top", size=9)
        ws.row_dimensions[r].height = 15 * sum(1 + len(t) // 44 for _, t, _ in items) + 4


def main():
    wb = Workbook()
    sims = {d["name"]: simulate(d) for d in DEBTS}
    summary(wb, sims)
    for i, d in enumerate(DEBTS):
        sheet(wb, d, sims[d["name"]], i + 2)
    OUT.mkdir(exist_ok=True)
    x = OUT / f"{STEM}.xlsx"
    wb.save(x)
    to_pdf(x, PDF / f"{STEM}.pdf", "kishiwada")
    doc = {"kind": "plan", "municipality": CITY, "title": "岸和田市債権管理推進計画（令和８年度～令和１１年度）",
           "date": "2026-03-01", "date_raw": "令和８年３月"}
    return finish(STEM, doc, facts, inits)


if __name__ == "__main__":
    main()
