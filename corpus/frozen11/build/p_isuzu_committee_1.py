"""五十鈴市 債権管理・徴収対策会議 資料 (取組個票 per debt) -> openpyxl -> LibreOffice (one sheet a page)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from p_common import OUT, PDF, Facts, comma, to_pdf, write_gold, z

STEM = "p_isuzu_committee_1"
MUNI = "五十鈴市"
TITLE = "令和７年度 第１回 五十鈴市債権管理・徴収対策会議"
FN = "IPAexGothic"
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")

# debt: (no, 所管課, 区分, R5 actual (cur, arr, tot, out千円), R6 est, R6 tgt, R7 tgt, style, initiatives, month table, hearing)
DEBTS = [
    ("市税", "税務部 収納課", "強制徴収公債権",
     (98.95, 30.12, 96.40, 812_340), (99.01, 31.50, 96.71, 768_000), (99.00, 31.00, 96.60, 780_000),
     (99.05, 32.00, 96.90, 740_000), "box",
     [("納期限後２０日を経過した未納者に対し、SMSによる一斉催告を実施し、早期の自主納付を促す。", "継続", False),
      ("滞納繰越分については、預貯金等の電子照会を活用して財産調査を迅速化し、差押えを早期に執行する。", "拡充", False),
      ("徴収困難な高額事案は、県税事務所との共同徴収により処理を進める。", "継続", False),
      ("地方税統一ＱＲコードを活用したスマートフォン決済の利用を広報し、納期内納付を促進する。", "新規", True)],
     ("６月・１０月・１月", "初期滞納者への文書催告と電話催告を集中実施", "高額滞納者の財産調査と差押えを集中実施",
      "催告件数 4,812件（4,530件）\n差押件数 　602件（　571件）"),
     ("分割納付が長期化している事案の見直しが不十分", "納付資力を再調査し、分納額の増額交渉または滞納処分へ移行した（対象 88件）")),
    ("国民健康保険税", "市民部 保険年金課", "強制徴収公債権",
     (93.10, 21.45, 74.80, 905_120), (93.52, 22.30, 76.10, 858_000), (93.40, 22.00, 75.50, 870_000),
     (93.80, 23.00, 77.00, 820_000), "box",
     [("資格喪失後も未納が残る世帯に対し、喪失手続の際に窓口で納付相談を行う。", "継続", False),
      ("短期被保険者証の更新時期に合わせて分納誓約の履行状況を確認し、不履行者には速やかに財産調査を行う。", "継続", False),
      ("口座振替原則化の対象を新規加入世帯全体に広げる。", "拡充", True)],
     ("７月・１１月・２月", "納期内未納世帯へのSMS催告", "分納不履行世帯への差押予告",
      "SMS送信 3,105件（2,640件）\n差押予告 　418件（　377件）"),
     ("滞納繰越分の徴収率が県内平均を下回っている", "収納課との合同滞納整理を年２回実施し、困難事案 41件を移管した")),
    ("介護保険料", "健康福祉部 介護保険課", "強制徴収公債権",
     (99.12, 18.20, 98.45, 48_230), (99.15, 19.05, 98.52, 46_100), (99.10, 18.50, 98.50, 47_000),
     (99.20, 20.00, 98.60, 44_000), "header",
     [("普通徴収の初期滞納者に対し、納期限の翌月に電話催告を行う。", "継続", False),
      ("滞納による給付制限の制度を案内し、滞納したままでいることの不利益を周知する。", "継続", False),
      ("時効が迫る債権を一覧化し、納付交渉の優先順位を定める。", "新規", False)],
     ("９月・１２月", "普通徴収の未納者への電話催告", "時効到来前の債権の納付交渉",
      "電話催告 　921件（　880件）\n納付交渉 　133件（　 97件）"),
     ("時効により不納欠損となる額が多い", "時効管理表を作成し、承認（分納誓約）の取得に努めた")),
    ("市営住宅使用料", "都市整備部 住宅課", "私債権",
     (97.30, 14.80, 81.95, 92_410), (97.45, 15.20, 82.40, 89_900), (97.50, 16.00, 82.50, 88_000),
     (97.60, 16.50, 83.00, 86_000), "box",
     [("滞納３か月以上の入居者については、連帯保証人にも通知して納付を求める。", "継続", False),
      ("滞納６か月以上で納付誓約を履行しない入居者には、明渡請求訴訟を提起する。", "継続", False),
      ("退去者の滞納分は、債権回収業者への委託により回収を図る。", "新規", False)],
     ("８月・２月", "入居者への臨戸訪問による督励", "退去滞納者への支払督促",
      "臨戸訪問 　356件（　340件）\n支払督促 　 12件（　　9件）"),
     ("退去者の滞納分の回収が進んでいない", "退去時に分納誓約を取得する運用に改めた")),
]
OVERVIEW = [("後期高齢者医療保険料", (99.61, 42.10, 99.40))]
REF_RATE = 96.82
REF_OUT = 1_860_000_000


def ws_setup(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.95
    ws.page_margins.bottom = 0.7
    ws.page_margins.header = 0.35
    ws.oddFooter.center.text = "- &P -"
    ws.oddHeader.right.text = "五十鈴市債権管理・徴収対策会議（R7.5.28）"


def put(ws, ref, val, size=10, bold=False, border=True, fill=None, h="left", v="center", wrap=True):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FN, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def merge(ws, rng, val, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    for row in ws[rng]:
        for c in row:
            if kw.get("border", True):
                c.border = BOX
    return put(ws, first, val, **kw)


def pct(v):
    return f"{v:.2f}%"


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "次第"
    ws_setup(ws, {c: 11 for c in "ABCDEFGHIJ"})
    merge(ws, "A1:J1", "令和７年度 第１回 五十鈴市債権管理・徴収対策会議", size=16, bold=True, border=False, h="center")
    merge(ws, "A2:J2", "令和７年５月２８日（水）　午前１０時～　庁議室", size=11, border=False, h="center")
    merge(ws, "A4:J4", "次　第", size=13, bold=True, border=False, h="center")
    merge(ws, "A5:J5", "１　報　告　令和６年度 滞納整理強化月間の実施結果及び債権管理ヒアリングでの指摘事項 ………… 資料１", border=False)
    merge(ws, "A6:J6", "２　協　議　令和７年度 重点債権の取組方針 ……………………………………………………………… 資料１", border=False)
    merge(ws, "A7:J7", "３　その他　令和７年度第２回会議（令和７年１０月予定）の開催について", border=False)
    put(ws, "A9", "委員名簿", bold=True, border=False)
    members = [("議長", "副市長"), ("副議長", "総務部長"), ("委員", "税務部長"), ("委員", "市民部長"),
               ("委員", "健康福祉部長"), ("委員", "こども未来部長"), ("委員", "都市整備部長"), ("委員", "上下水道部長")]
    for i, (r, t) in enumerate(members):
        put(ws, f"A{10 + i}", r, h="center")
        merge(ws, f"B{10 + i}:C{10 + i}", t)
    merge(ws, "E9:J9", "【参考】本市の債権の状況（令和５年度決算）", bold=True, fill=GRAY, h="center")
    merge(ws, "E10:J15",
          "・徴収率（全債権）　令和５年度：" + z(f"{REF_RATE:.2f}") + "％\n"
          "　　前年度比 ０．３１ポイント増\n"
          "・収入未済額（全債権）　令和５年度：約" + z("18.6") + "億円\n"
          "　　ピーク時（平成２２年度）から約２１億円減\n"
          "・対象債権数　４２債権（うち重点債権 ４債権）", v="top")
    ws.row_dimensions[10].height = 18
    for c in ("A", "B"):
        pass

    for no, (name, ka, kubun, r5, r6e, r6t, r7, style, inits, month, hear) in enumerate(DEBTS, 1):
        ws = wb.create_sheet(f"個票{no}")
        ws_setup(ws, {"A": 16, "B": 18, "C": 18, "D": 18, "E": 18, "F": 18, "G": 18})
        merge(ws, "A1:F1", f"令和７年度 重点債権 取組個票（No.{no}）", size=14, bold=True, border=False)
        put(ws, "G1", "資料１", size=11, bold=True, h="center")
        if style == "box":
            put(ws, "A3", "債権名", fill=GRAY, h="center", bold=True)
            put(ws, "B3", name, bold=True)
            put(ws, "C3", "所管課", fill=GRAY, h="center", bold=True)
            put(ws, "D3", ka)
            put(ws, "E3", "債権区分", fill=GRAY, h="center", bold=True)
            merge(ws, "F3:G3", kubun)
        else:
            merge(ws, "A3:D3", f"債権名　{name}", bold=True, fill=GRAY)
            merge(ws, "E3:G3", f"（{ka}・{kubun}）", border=False)
        ws.row_dimensions[3].height = 22
        merge(ws, "A5:G5", "１．令和６年度 滞納整理強化月間の実施結果", bold=True, border=False)
        put(ws, "A6", "実施時期", fill=GRAY, h="center")
        merge(ws, "B6:C6", "現年度分〈新規滞納の抑制〉", fill=GRAY, h="center")
        merge(ws, "D6:E6", "滞納繰越分〈滞納額の圧縮〉", fill=GRAY, h="center")
        merge(ws, "F6:G6", "成果　（　）は前年度", fill=GRAY, h="center")
        put(ws, "A7", month[0], h="center")
        merge(ws, "B7:C7", month[1])
        merge(ws, "D7:E7", month[2])
        merge(ws, "F7:G7", month[3])
        ws.row_dimensions[7].height = 36
        merge(ws, "A9:G9", "２．債権管理ヒアリングでの指摘事項と対応状況", bold=True, border=False)
        merge(ws, "A10:C10", "指摘事項", fill=GRAY, h="center")
        merge(ws, "D10:G10", "対応状況", fill=GRAY, h="center")
        merge(ws, "A11:C11", hear[0])
        merge(ws, "D11:G11", hear[1])
        ws.row_dimensions[11].height = 30
        merge(ws, "A13:G13", "３．令和７年度の取組方針", bold=True, border=False)
        put(ws, "A14", "区分", fill=GRAY, h="center")
        put(ws, "B14", "令和５年度\n実績", fill=GRAY, h="center")
        merge(ws, "C14:D14", "令和６年度 実績見込\n（　）内は目標", fill=GRAY, h="center")
        put(ws, "E14", "令和７年度\n目標", fill=GRAY, h="center")
        merge(ws, "F14:G14", "備考", fill=GRAY, h="center")
        ws.row_dimensions[14].height = 30
        labels = ["現年度分徴収率", "滞納繰越分徴収率", "合計徴収率", "収入未済額（千円）"]
        for i, lab in enumerate(labels):
            r = 15 + i
            put(ws, f"A{r}", lab)
            if i < 3:
                put(ws, f"B{r}", pct(r5[i]), h="right")
                merge(ws, f"C{r}:D{r}", f"{pct(r6e[i])}（{pct(r6t[i])}）", h="right")
                put(ws, f"E{r}", pct(r7[i]), h="right")
            else:
                put(ws, f"B{r}", comma(r5[3]), h="right")
                merge(ws, f"C{r}:D{r}", f"{comma(r6e[3])}（{comma(r6t[3])}）", h="right")
                put(ws, f"E{r}", comma(r7[3]), h="right")
            merge(ws, f"F{r}:G{r}", "※令和６年度は５月中旬時点の見込値" if i == 0 else "")
        put(ws, "A20", "目標達成に\n向けた取組", fill=GRAY, h="center")
        lines = []
        for k, (t, s, wrap) in enumerate(inits, 1):
            lines.append(f"({k}){t}" + ("\n" if wrap else "") + f"【{s}】")
        merge(ws, "B20:G20", "\n".join(lines), v="top")
        ws.row_dimensions[20].height = 20 * (len(lines) + sum(1 for x in inits if x[2])) + 8

    ws = wb.create_sheet("参考")
    ws_setup(ws, {c: 17 for c in "ABCDEF"})
    merge(ws, "A1:F1", "【参考】重点債権等の徴収率　令和６年度決算見込", size=13, bold=True, border=False)
    put(ws, "F2", "単位：％", border=False, h="right")
    cols = [(d[0], d[4]) for d in DEBTS] + [(n, v) for n, v in OVERVIEW]
    put(ws, "A3", "区分", fill=GRAY, h="center")
    for j, (n, _) in enumerate(cols):
        put(ws, f"{'BCDEF'[j]}3", n, fill=GRAY, h="center")
    for i, lab in enumerate(["現年度分", "滞納繰越分", "計"]):
        put(ws, f"A{4 + i}", lab, h="center")
        for j, (_, v) in enumerate(cols):
            put(ws, f"{'BCDEF'[j]}{4 + i}", f"{v[i]:.2f}", h="right")
    merge(ws, "A8:F8", "※出納整理期間中の数値であり、決算確定時に変動する場合がある。", border=False)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "p_isuzu")


SEG = ["current", "arrears", "total"]


def gold():
    f = Facts()
    f.add(None, 2023, "令和５年度", "total", "collection_rate", "actual", REF_RATE, "percent", z(f"{REF_RATE:.2f}") + "％", 1)
    f.add(None, 2023, "令和５年度", "total", "outstanding", "actual", REF_OUT, "yen", "約" + z("18.6") + "億円", 1, approx=True)
    inits = []
    for no, (name, ka, kubun, r5, r6e, r6t, r7, style, its, month, hear) in enumerate(DEBTS, 1):
        pg = no + 1
        for i in range(3):
            f.add(name, 2023, "令和５年度", SEG[i], "collection_rate", "actual", r5[i], "percent", pct(r5[i]), pg)
            f.add(name, 2024, "令和６年度", SEG[i], "collection_rate", "estimate", r6e[i], "percent", pct(r6e[i]), pg)
            f.add(name, 2024, "令和６年度", SEG[i], "collection_rate", "target", r6t[i], "percent", pct(r6t[i]), pg)
            f.add(name, 2025, "令和７年度", SEG[i], "collection_rate", "target", r7[i], "percent", pct(r7[i]), pg)
        f.add(name, 2023, "令和５年度", "total", "outstanding", "actual", r5[3] * 1000, "yen", comma(r5[3]), pg)
        f.add(name, 2024, "令和６年度", "total", "outstanding", "estimate", r6e[3] * 1000, "yen", comma(r6e[3]), pg)
        f.add(name, 2024, "令和６年度", "total", "outstanding", "target", r6t[3] * 1000, "yen", comma(r6t[3]), pg)
        f.add(name, 2025, "令和７年度", "total", "outstanding", "target", r7[3] * 1000, "yen", comma(r7[3]), pg)
        for k, (t, s, wrap) in enumerate(its, 1):
            inits.append({"debt": name, "fiscal_year": 2025, "section": "目標達成に向けた取組",
                          "label": f"({k})", "text": t, "status": s, "page": pg})
    cols = [(d[0], d[4]) for d in DEBTS] + [(n, v) for n, v in OVERVIEW]
    for n, v in cols:
        for i in range(3):
            f.add(n, 2024, "令和６年度", SEG[i], "collection_rate", "estimate", v[i], "percent", f"{v[i]:.2f}", len(DEBTS) + 2)
    return write_gold(STEM, "committee_material", MUNI, TITLE, "2025-05-28", "令和７年５月２８日（水）", f, inits)


if __name__ == "__main__":
    build()
    print(gold())
