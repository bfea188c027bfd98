"""つるみね市（架空） 債権管理推進プラン（令和７～８年度） — openpyxl -> LibreOffice (portrait, one sheet).

世田谷区-family content (会計別 収入未済額, 会計・款・債権名 内訳 in 円, prose figures in 全角, 〔参考〕 box,
今後の取組み ① lists) in the layout of a city Excel workbook: the 会計 table is turned (one column per 会計,
years as rows, 単位：百万円 in the title), the 内訳 runs over a page break. Modelled on the 世田谷区債権管理重点
プラン実施結果 text (123deta.com/document/yr293vpz) only for the kind of content, and on 府中市「市税の収納状況」
(city.fuchu.tokyo.jp/gyosei/zaise/minizaisei/minizaiseihakusyo3.html: 表1/表2 numbered tables with prose
around them) for the table/prose alternation. City name invented, in kana.
"""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_a_common import OUT, PDF_DIR, c, fact, oku_man, to_pdf, write_gold, zen  # noqa: E402

STEM = "e_tsurumine_plan_1"
CITY = "つるみね市"
FONT = "IPAex明朝"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

KAIKEI = ["一般会計", "国民健康保険特別会計", "介護保険特別会計", "後期高齢者医療特別会計"]
KAIKEI_M = {2022: [3612, 2511, 240, 101], 2023: [3480, 2402, 226, 95]}  # 百万円
UCHIWAKE = [  # 会計, 款, 債権名, 円
    ("一般会計", "市税", "個人市民税", 1402118400),
    ("一般会計", "市税", "法人市民税", 88415200),
    ("一般会計", "市税", "固定資産税・都市計画税", 1210604800),
    ("一般会計", "市税", "軽自動車税（種別割）", 31220700),
    ("一般会計", "分担金及負担金", "保育所保育料", 58330900),
    ("一般会計", "分担金及負担金", "下水道事業受益者負担金", 12440000),
    ("一般会計", "分担金及負担金", "放課後児童クラブ利用料", 4812300),
    ("一般会計", "使用料及手数料", "市営住宅使用料", 96412300),
    ("一般会計", "使用料及手数料", "道路占用料", 1204500),
    ("一般会計", "使用料及手数料", "行政財産使用料", 2310800),
    ("一般会計", "諸収入", "生活保護費返還金", 498115200),
    ("一般会計", "諸収入", "母子父子寡婦福祉資金貸付金", 21004600),
    ("一般会計", "諸収入", "奨学金貸付金返還金", 18870500),
    ("一般会計", "諸収入", "児童手当等返還金", 3905000),
    ("一般会計", "諸収入", "生活困窮者自立支援返還金", 1388200),
    ("一般会計", "諸収入", "災害援護資金貸付金", 9640000),
    ("一般会計", "諸収入", "その他（返還金・弁償金等）", 19510730),
    ("国民健康保険特別会計", "国民健康保険税", "国民健康保険税", 2355402300),
    ("国民健康保険特別会計", "諸収入", "第三者納付金・返納金", 46918700),
    ("介護保険特別会計", "保険料", "介護保険料", 219870400),
    ("介護保険特別会計", "諸収入", "返納金", 6301200),
    ("後期高齢者医療特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 95210800),
]
ITEMS = [
    ("（１）", "適正な債権管理の推進", [
        ("①", "債権を所管する全課に対し、債権管理台帳の整備と交渉記録の作成を徹底するよう周知する。"),
        ("②", "債権管理連絡会を年２回開催し、納付緩和措置の判断基準を共有する。")]),
    ("（２）", "滞納の未然防止", [
        ("①", "Ｗｅｂ口座振替受付サービスの対象を保育所保育料と市営住宅使用料に広げる。"),
        ("②", "納付書に二次元コードを印刷し、スマートフォン決済による期限内納付を促す。")]),
    ("（３）", "徴収体制の強化", [
        ("①", "市税と国民健康保険税の滞納者情報を共有し、財産調査を一元的に行う。")]),
]


def put(ws, ref, text, size=10.5, bold=False, h="left", v="center", wrap=True, border=False, font=FONT):
    cl = ws[ref]
    cl.value = text
    cl.font = Font(name=font, size=size, bold=bold)
    cl.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        cl.border = BOX
    return cl


def build():
    facts, inits = [], []
    wb = Workbook()
    ws = wb.active
    ws.title = "プラン"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.size = 9
    ws.oddHeader.left.text = "つるみね市債権管理推進プラン"
    ws.oddHeader.left.size = 8
    for col, w in {"A": 18, "B": 16, "C": 16, "D": 16, "E": 16, "F": 16}.items():
        ws.column_dimensions[col].width = w
    r = 1

    def text(t, size=10.5, bold=False, height=None, h="left"):
        nonlocal r
        ws.merge_cells(f"A{r}:F{r}")
        put(ws, f"A{r}", t, size, bold, h=h)
        if height:
            ws.row_dimensions[r].height = height
        r += 1

    text("つるみね市債権管理推進プラン", 18, True, 32, h="center")
    text("（令和７～８年度（２０２５～２０２６年度））", 12, False, 22, h="center")
    text("令和７年３月　つるみね市", 10.5, False, 20, h="right")
    r += 1
    text("１　市民負担の公平性・公正性の確保のために", 12, True, 22)
    shizei = sum(v for k, _, _, v in UCHIWAKE[:4])
    s_ap = round(shizei, -6)
    p1 = ("　市は、市税や国民健康保険税をはじめとする各種債権に多額の収入未済があることを踏まえ、前期プラン（令和５～６年度）"
          "により収納率の向上と収入未済額の縮減に取り組んできた。令和５年度（２０２３年度）決算では、市税の収入未済額は約"
          + oku_man(s_ap, zenkaku=True) + "となっており、引き続き、持続可能な財政基盤の確立に向けて、適正な債権管理に努める必要がある。")
    text(p1, height=60)
    a1 = "１　市民負担の公平性・公正性の確保のために"
    facts.append(fact("市税", 2023, "令和５年度（２０２３年度）", "total", "outstanding", "actual", s_ap, "yen",
                      "約" + oku_man(s_ap, zenkaku=True), a1, approx=True))
    r += 1
    t1 = "＜市の債権の状況＞　会計別の収入未済額（単位：百万円）"
    text(t1, 10.5, True, 20)
    hdr = ["年度"] + KAIKEI + ["合計"]
    cols = "ABCDEF"
    for j, h in enumerate(hdr):
        put(ws, f"{cols[j]}{r}", h, 9.5, True, h="center", border=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for fy, fyr in ((2022, "令和４年度\n（２０２２年度）"), (2023, "令和５年度\n（２０２３年度）")):
        vals = KAIKEI_M[fy]
        put(ws, f"A{r}", fyr, 9.5, h="center", border=True)
        for j, v in enumerate(vals + [sum(vals)]):
            put(ws, f"{cols[1 + j]}{r}", c(v), 10, h="right", border=True)
            lab = (KAIKEI + ["合計"])[j]
            facts.append(fact(None, fy, fyr.replace("\n", ""), "total", "outstanding", "actual", v * 1_000_000, "yen",
                              c(v), t1, debt_raw=lab))
        ws.row_dimensions[r].height = 30
        r += 1
    text("※百万円未満を四捨五入しているため、合計と内訳が一致しない場合がある。", 8.5)
    r += 1

    t2 = "令和５年度（２０２３年度）　市の保有する全債権にかかる収入未済額内訳（単位：円）"
    text(t2, 10.5, True, 20)
    for j, h in enumerate(["会計名称", "款名称", "債権名", "", "", "収入未済額"]):
        put(ws, f"{cols[j]}{r}", h, 9.5, True, h="center", border=True)
    ws.merge_cells(f"C{r}:E{r}")
    r += 1
    prev = (None, None)
    for kai, kan, name, v in UCHIWAKE:
        put(ws, f"A{r}", kai if kai != prev[0] else "", 9.5, border=True)
        put(ws, f"B{r}", kan if (kai, kan) != prev else "", 9.5, border=True)
        ws.merge_cells(f"C{r}:E{r}")
        put(ws, f"C{r}", name, 9.5, border=True)
        for cc in "DE":
            ws[f"{cc}{r}"].border = BOX
        put(ws, f"F{r}", c(v), 10, h="right", border=True)
        ws.row_dimensions[r].height = 36
        debt = None if name.startswith("その他") or "・返納金" in name or name == "返納金" else name
        facts.append(fact(debt, 2023, "令和５年度（２０２３年度）", "total", "outstanding", "actual", v, "yen", c(v), t2,
                          debt_raw=name))
        prev = (kai, kan)
        r += 1
    tot = sum(v for *_, v in UCHIWAKE)
    ws.merge_cells(f"A{r}:E{r}")
    put(ws, f"A{r}", "合　　計", 10, True, h="center", border=True)
    put(ws, f"F{r}", c(tot), 10, True, h="right", border=True)
    ws.row_dimensions[r].height = 24
    facts.append(fact(None, 2023, "令和５年度（２０２３年度）", "total", "outstanding", "actual", tot, "yen", c(tot), t2,
                      debt_raw="合計"))
    r += 2

    a3 = "２　これまでの取組みにおける実績評価と課題"
    text(a3, 12, True, 22)
    tot_ap = round(tot, -8)
    p2 = ("　令和５年度（２０２３年度）の市の保有する全債権にかかる収入未済額は約" + zen(f"{tot_ap // 100000000}") + "億円であった。"
          "前期プラン策定時の約７５億円（令和元年度（２０１９年度））と比較すると約" + zen(f"{75 - tot_ap // 100000000}") +
          "億円の減となっており、前期プランの取組みが一定の成果を上げたものと評価できる。")
    text(p2, height=48)
    facts.append(fact(None, 2023, "令和５年度（２０２３年度）", "total", "outstanding", "actual", tot_ap, "yen",
                      "約" + zen(f"{tot_ap // 100000000}") + "億円", a3, approx=True))
    facts.append(fact(None, 2019, "令和元年度（２０１９年度）", "total", "outstanding", "actual", 7500000000, "yen",
                      "約７５億円", a3, approx=True))
    p3 = ("　市税の収納率は、現年課税分が９８．９％、滞納繰越分が３１．２％となり、いずれも前年度を上回った。"
          "一方、国民健康保険税の滞納繰越分の収納率は２２．４％にとどまっており、滞納の累積化を防ぐ取組みが課題である。")
    text(p3, height=40)
    facts += [fact("市税", 2023, "令和５年度", "current", "collection_rate", "actual", 98.9, "percent", "９８．９％", a3),
              fact("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 31.2, "percent", "３１．２％", a3),
              fact("国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 22.4, "percent", "２２．４％", a3)]
    r += 1
    ws.merge_cells(f"A{r}:F{r}")
    ref = ("〔参考〕電話催告センターについて\n電話催告センターは民間事業者に運営を委託しており、市税、国民健康保険税、"
           "保育所保育料の初期滞納者に、土曜・日曜を含めて納付を呼びかけている。滞納額が少額のうちに接触することで、"
           "滞納繰越分の発生を抑える効果を上げている。")
    put(ws, f"A{r}", ref, 9.5, v="top")
    for cc in cols:
        ws[f"{cc}{r}"].border = BOX
    ws.row_dimensions[r].height = 60
    r += 2
    a4 = "３　今後の取組み"
    text(a4, 12, True, 22)
    for lab, title, items in ITEMS:
        text(f"{lab}{title}", 10.5, True, 20)
        for k, t in items:
            text(f"{k}　{t}", 10, False, 32)
            inits.append({"debt": None, "debt_raw": None, "fiscal_year": 2025, "section": title,
                          "label": f"{lab}{k}", "text": t, "status": None, "page": a4})
    r += 1
    text("以　上", 10.5, h="right")

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "tsurumine")
    document = {"kind": "plan", "municipality": CITY, "title": "つるみね市債権管理推進プラン",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
