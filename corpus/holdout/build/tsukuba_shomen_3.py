"""つくば市債権管理委員会（書面開催）議事要旨 — python-docx (with a Word table) → LibreOffice.

Modelled on the 書面開催 議事要旨 form (さいたま市 seed: 「…付けで各本部員に資料を送付」) and on the
会議録 layout of 狛江市の審議会会議録 (https://origin.city.komae.tokyo.jp/index.cfm/51,123702,425,html:
日時／場所／出席者／配布資料／会議の結果) and 湖南市債権管理・徴収対策会議設置要綱
(https://www.city.shiga-konan.lg.jp/section/reiki_int/reiki_honbun/r041RG00001639.html). Figures invented.
"""
from decimal import ROUND_HALF_UP, Decimal

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from mcommon import F, OUT, PDF, to_pdf, write_gold, zen
from yokkaichi_iinkai_1 import page_field, para, set_font

STEM = "tsukuba_shomen_3"
TITLE = "令和５年度第３回つくば市債権管理委員会（書面開催）議事要旨"
MEMBERS = [("委員長", ["副市長"]),
           ("委員", ["政策イノベーション部長", "総務部長", "財務部長", "市民部長", "福祉部長", "保健部長",
                     "こども部長", "都市計画部長", "教育局長"])]
AGENDA = ["令和５年度主要債権の収納状況（令和６年２月末現在）について", "令和６年度債権管理実施計画（案）について"]
MATERIALS = ["資料１　主要債権の収納状況（令和６年２月末現在）", "資料２　令和６年度債権管理実施計画（案）"]

# 現年分, 万円: name, assessed, collected, previous-year same-month rate
ROWS = [("市税", 45812, 43897, 95.61), ("国民健康保険税", 9420, 7942, 83.90), ("介護保険料", 6105, 5962, 97.70),
        ("後期高齢者医療保険料", 2710, 2651, 97.75), ("保育所保育料", 812, 779, 95.52),
        ("市営住宅使用料", 408, 371, 91.05), ("下水道事業受益者負担金", 96, 88, 90.20)]
TOT = ("合計", sum(r[1] for r in ROWS), sum(r[2] for r in ROWS), 94.21)


def r2(c, a):
    return float((Decimal(c * 100) / Decimal(a)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def diff(a, b):
    d = Decimal(str(a)) - Decimal(str(b))
    return ("△" if d < 0 else "") + f"{abs(d):.2f}"


BUL = {"市税": [("現年分", 95.82, 95.61), ("滞納繰越分", 32.10, 29.88)],
       "国民健康保険税": [("現年分", 84.31, 83.90), ("滞納繰越分", 21.44, 20.15)]}

SEC1, SEC2 = AGENDA
ST = [
 ("財務部長", SEC1, "市税の滞納繰越分は前年同期を２ポイント以上上回っており、財産調査の早期着手の効果が表れている。年度末の出納整理期間に向けて、分納中の案件の履行管理を徹底されたい。"),
 ("事務局", SEC1, "分納誓約の不履行者には翌月中に催告を行い、不履行が続く場合は差押えに移行する運用を徹底します。"),
 ("福祉部長", SEC1, "国民健康保険税の現年分は改善しているが、滞納繰越分の水準はなお低い。資格喪失者への対応を所管課と納税課でどう分担するのか、整理が必要ではないか。"),
 ("事務局", SEC1, "資格喪失者分は、令和６年度から納税課に一元化して滞納整理を行う方向で、実施計画（案）に盛り込んでいます。"),
 ("こども部長", SEC1, "保育所保育料は前年同期を上回った。児童手当からの徴収の申出を引き続き勧めていく。"),
 ("都市計画部長", SEC2, "下水道事業受益者負担金は件数が少ないため、個別の案件ごとに進行管理表で管理する旨を計画に明記してほしい。"),
 ("事務局", SEC2, "御意見を踏まえ、資料２の該当箇所に個別の進行管理を行う旨を追記します。"),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22); sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_font(hp.add_run("つくば市財務部納税課（債権管理委員会事務局）"), "IPAexGothic", 8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)
    G = "IPAexGothic"
    para(doc, TITLE, 13, True, WD_ALIGN_PARAGRAPH.CENTER, font=G, after=12)
    para(doc, "１　開催方法", font=G, bold=True)
    para(doc, "報告案件のみであることから書面開催とし、令和６年３月１２日付けで各委員に資料を送付し、令和６年３月２２日（金）までに意見の提出を求める形式で実施した。", indent=5, first=3, after=6)
    para(doc, "２　委員（委員長・委員９名）", font=G, bold=True)
    for role, ts in MEMBERS:
        para(doc, f"{role}：{'・'.join(ts)}", indent=5)
    para(doc, "", after=4)
    para(doc, "３　案件（報告事項）", font=G, bold=True)
    for n, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(n)}）{a}", indent=5)
    para(doc, "", after=4)
    para(doc, "４　資料", font=G, bold=True)
    for m in MATERIALS:
        para(doc, m, indent=5)
    para(doc, "", after=4)
    para(doc, "５　報告の概要", font=G, bold=True)
    para(doc, f"（１）{SEC1}", indent=3)
    para(doc, "令和５年度の主要債権の現年分の収納率は、合計で前年同期を上回っている。主な債権の状況は次のとおり。", indent=8, first=3, after=3)
    for i, (debt, items) in enumerate(BUL.items()):
        para(doc, f"{'アイ'[i]}　{debt}", indent=8, font=G)
        para(doc, "【収納率】令和６年２月２９日時点", indent=12)
        for seg, now, prev in items:
            para(doc, f"・{seg}　{zen(f'{now:.2f}')}％（前年同期　{zen(f'{prev:.2f}')}％）", indent=14)
        para(doc, "", after=2)
    para(doc, "ウ　その他の債権（現年分）は、表のとおり。", indent=8, font=G, after=4)
    para(doc, "表　主要債権の収納状況（現年分・令和６年２月末現在）", 10, font=G, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "単位：万円", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ["債権名", "調定額", "収入済額", "収納率", "前年同月\n収納率", "増減\n(ポイント)"]
    t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = ""; p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; set_font(p.add_run(h), G, 9)
    for name, a, c, prev in ROWS + [TOT]:
        now = r2(c, a)
        vals = [name, f"{a:,}", f"{c:,}", f"{now:.2f}%", f"{prev:.2f}%", diff(now, prev)]
        cells = t.add_row().cells
        for k, (cell, v) in enumerate(zip(cells, vals)):
            cell.text = ""; p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if k == 0 else WD_ALIGN_PARAGRAPH.RIGHT
            set_font(p.add_run(v), "IPAexMincho", 9)
    for row in t.rows:
        for k, w in enumerate([Mm(48), Mm(24), Mm(24), Mm(22), Mm(22), Mm(22)]):
            row.cells[k].width = w
    para(doc, "※前年同月は令和５年２月末（２月２８日）現在。増減の△は減少を示す。", 8.5, after=6)
    para(doc, f"（２）{SEC2}", indent=3)
    para(doc, "令和５年度の実績と課題を踏まえ、資格喪失者に係る国民健康保険税の滞納整理の一元化、私債権における支払督促の活用等を柱とする令和６年度債権管理実施計画（案）を報告した。", indent=8, first=3, after=6)
    para(doc, "６　委員からの意見及び事務局の回答", font=G, bold=True)
    cur = None
    for spk, s, text in ST:
        if s != cur:
            cur = s
            para(doc, f"（{zen(AGENDA.index(s) + 1)}）{s}", indent=3)
        para(doc, f"〔{spk}〕", indent=6, font=G)
        para(doc, text, indent=9, first=3, after=2)
    para(doc, "", after=4)
    para(doc, "７　結果", font=G, bold=True)
    para(doc, "各委員から提出された意見を踏まえ、令和６年度債権管理実施計画を資料２（修正後）のとおり決定し、令和６年３月２９日付けで各委員に通知した。", indent=5, first=3)
    para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "hold_min_c")


def facts():
    x = []
    N, P = "令和６年２月２９日時点", "前年同期"
    A, B = "2024-02-29", "2023-02-28"
    for debt, items in BUL.items():
        for seg, now, prev in items:
            sg = "current" if seg == "現年分" else "arrears"
            x += [F(debt, 2023, N, sg, "collection_rate", "interim", now, "percent", zen(f"{now:.2f}") + "％", as_of=A),
                  F(debt, 2022, P, sg, "collection_rate", "interim", prev, "percent", zen(f"{prev:.2f}") + "％", as_of=B)]
    M, PM = "令和６年２月末", "前年同月"
    for name, a, c, prev in ROWS + [TOT]:
        d = None if name == "合計" else name
        now = r2(c, a)
        anc = name + f"{a:,}"
        x += [F(d, 2023, M, "current", "assessed", "interim", a * 10000, "yen", f"{a:,}", as_of=A, anchor=anc, debt_raw=name),
              F(d, 2023, M, "current", "collected", "interim", c * 10000, "yen", f"{c:,}", as_of=A, anchor=anc, debt_raw=name),
              F(d, 2023, M, "current", "collection_rate", "interim", now, "percent", f"{now:.2f}%", as_of=A, anchor=anc, debt_raw=name),
              F(d, 2022, PM, "current", "collection_rate", "interim", prev, "percent", f"{prev:.2f}%", as_of=B, anchor=anc, debt_raw=name)]
    return x


def gold():
    attendees = [{"role": r, "title": t, "name": None} for r, ts in MEMBERS for t in ts]
    minutes = {"title": TITLE, "meeting_number": 3, "date": "2024-03-12", "method": "書面開催",
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
               "statements": [{"speaker": s, "section": sec, "text": t, "page": None} for s, sec, t in ST]}
    document = {"kind": "minutes", "municipality": "つくば市", "title": TITLE,
                "date": "2024-03-12", "date_raw": "令和６年３月１２日付け"}
    write_gold(STEM, document, facts(), [], minutes)


if __name__ == "__main__":
    build()
    gold()
