"""鹿児島市 未収債権回収計画 風 — python-docx → LibreOffice (A4, portrait + one landscape section)."""
from __future__ import annotations

from decimal import Decimal

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm

from w_common import OUT, PDF, comma, fact, to_pdf, write_gold, zen
from w_docx import (cell_text, footer_page, header_text, new_doc, para, repeat_header, shade, table_borders)

STEM = "w_kagoshima_plan_4"
CITY = "鹿児島市"
TITLE = "鹿児島市未収債権回収計画（令和７年度～令和９年度）"

YEARS = [("令和元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022), ("５年度", 2023)]
TREND = [  # 百万円
    ("市税", [4512, 4380, 4102, 3840, 3621]),
    ("国民健康保険税", [5210, 4985, 4702, 4420, 4158]),
    ("介護保険料", [412, 398, 380, 361, 344]),
    ("後期高齢者医療保険料", [58, 55, 52, 50, 47]),
    ("保育所保育料", [260, 245, 231, 214, 198]),
    ("市営住宅使用料", [512, 498, 481, 466, 452]),
    ("水道料金", [402, 390, 372, 351, 330]),
    ("その他", [820, 790, 745, 712, 690]),
]
RATES = [  # 実績R5 現年, 滞繰, 計 | 目標 現年 R7 R8 R9
    ("市税", "99.12", "28.40", "96.05", "99.20", "99.25", "99.30"),
    ("国民健康保険税", "95.40", "21.85", "80.12", "95.60", "95.80", "96.00"),
    ("介護保険料", "98.90", "18.20", "95.80", "99.00", "99.05", "99.10"),
    ("後期高齢者医療保険料", "99.60", "35.10", "99.20", "99.65", "99.70", "99.70"),
    ("保育所保育料", "98.70", "20.50", "91.40", "98.80", "98.90", "99.00"),
    ("市営住宅使用料", "95.20", "12.80", "62.30", "95.50", "95.80", "96.00"),
    ("水道料金", "98.10", "40.20", "96.90", "98.20", "98.30", "98.40"),
]
DEBTS = [
    {"debt": "市税", "dept": "納税課", "owed": [3621430, 3450000, 3300000, 3150000],
     "cur": [("①", "納期内納付の促進のため、スマートフォン決済及びWeb口座振替受付の周知を強化する。", "継続"),
             ("②", "納期限後の早期催告として、SMSによる納付案内を送付する。", "新規"),
             ("③", "特別徴収の未実施事業所に対し、個人住民税の特別徴収の一斉指定を行う。", "拡充")],
     "arr": [("①", "滞納額100万円以上の高額案件は、特別滞納整理係で集中的に処理する。", "継続"),
             ("②", "財産調査の電子照会を活用し、預貯金・給与等の差押えを早期に実施する。", "拡充"),
             ("③", "執行停止後の状況確認を定期的に行い、滞納処分の停止を適正に運用する。", None)],
     "ref": [("滞納者数", "12,480人", 12480, "persons"), ("差押件数", "3,215件", None, None)]},
    {"debt": "国民健康保険税", "dept": "国民健康保険課", "owed": [4158260, 3980000, 3800000, 3620000],
     "cur": [("①", "加入手続時に口座振替の原則化を案内し、その場で申込みを受け付ける。", "継続"),
             ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約を取り交わす。", "継続")],
     "arr": [("①", "納税課への徴収移管基準を見直し、高額・困難案件を早期に移管する。", "拡充"),
             ("②", "所得の申告がない世帯に対して申告勧奨を行い、軽減判定を適正化する。", "新規")],
     "ref": [("滞納世帯数", "9,312世帯", 9312, "households")]},
    {"debt": "市営住宅使用料", "dept": "住宅課", "owed": [452318, 430000, 410000, 390000],
     "cur": [("①", "滞納初期の入居者に対し、電話及び訪問による納付指導を行う。", "継続")],
     "arr": [("①", "滞納６か月以上の入居者には、連帯保証人への請求を行う。", "継続"),
             ("②", "納付誓約を履行しない入居者には、明渡し及び滞納使用料の支払を求める訴えを提起する。", "拡充")],
     "ref": [("滞納者数", "1,046人", 1046, "persons")]},
]
COMMON = [
    "債権回収対策本部会議を年２回開催し、各局の回収目標の進捗を管理する。",
    "債権管理研修を新任職員向けと実務担当者向けに分けて実施する。",
    "複数の債権を滞納している者の情報を関係課で共有し、納付折衝を一元化する。",
]


def build():
    facts, inits = [], []
    doc = new_doc(size=10.5, margins=(22, 20, 22, 20))
    s0 = doc.sections[0]
    header_text(s0, "鹿児島市未収債権回収計画")
    footer_page(s0, "- {} -")

    para(doc, TITLE, size=16, bold=True, align="center", font="IPAexGothic", space_before=30)
    para(doc, "令和７年３月", align="center", space_before=8)
    para(doc, "鹿児島市債権回収対策本部", align="center", space_after=20)

    para(doc, "１　計画策定の趣旨", font="IPAexGothic", size=11.5, space_before=6, space_after=2)
    tot5 = sum(v[-1] for _, v in TREND)
    oku, man = divmod(tot5 * 100, 10000)
    total_raw = f"約{oku}億{man:,}万円"
    s_raw = "約{}億{:,}万円".format(*divmod(3621 * 100, 10000))
    k_raw = "約{}億{:,}万円".format(*divmod(4158 * 100, 10000))
    para(doc, "　本市は、債権回収対策本部を設置し、市税をはじめとする未収債権の回収に全庁を挙げて取り組んできた。"
              f"その結果、令和５年度末の未収債権は{total_raw}（全会計）となり、令和元年度末と比べて"
              "約２３億円減少したものの、このうち市税が" + s_raw + "、国民健康保険税が" + k_raw +
              "を占めるなど、依然として多額の未収債権を抱えている。", first_mm=0)
    para(doc, "　このため、令和７年度から令和９年度までの３か年を計画期間とする本計画を策定し、債権ごとの数値目標と"
              "具体的な取組を定め、負担の公平性の確保と財源の確保を図るものである。")
    facts += [
        fact(None, 2023, "令和５年度末", "total", "outstanding", "actual", tot5 * 1_000_000, "yen", total_raw,
             approx=True, debt_raw=None),
        fact("市税", 2023, "令和５年度末", "total", "outstanding", "actual", 3621 * 1_000_000, "yen", s_raw, approx=True),
        fact("国民健康保険税", 2023, "令和５年度末", "total", "outstanding", "actual", 4158 * 1_000_000, "yen", k_raw,
             approx=True),
    ]

    t2title = "２　未収債権（収入未済額）の推移（単位：百万円）"
    para(doc, t2title, font="IPAexGothic", size=11.5, space_before=10, space_after=2)
    t = doc.add_table(rows=1, cols=1 + len(YEARS))
    table_borders(t)
    for j, h in enumerate(["債権名"] + [y for y, _ in YEARS]):
        cell_text(t.rows[0].cells[j], h, align="center", font="IPAexGothic", size=9.5)
        shade(t.rows[0].cells[j])
    repeat_header(t.rows[0])
    totals = [0] * len(YEARS)
    for debt, vals in TREND + [("合計", None)]:
        if vals is None:
            vals = totals
        else:
            totals = [a + b for a, b in zip(totals, vals)]
        row = t.add_row().cells
        cell_text(row[0], debt, size=9.5)
        for j, v in enumerate(vals):
            cell_text(row[1 + j], comma(v), size=9.5, align="right")
            d = None if debt in ("合計", "その他") else debt
            facts.append(fact(d, YEARS[j][1], YEARS[j][0], "total", "outstanding", "actual", v * 1_000_000, "yen",
                              comma(v), debt_raw=debt, anchor=t2title, row=debt))
    para(doc, "※ 各年度末（出納閉鎖後）の収入未済額。百万円未満を四捨五入しているため、合計が一致しない場合がある。", size=8.5)

    # landscape section for the rate table
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.orientation = WD_ORIENT.LANDSCAPE
    s1.page_width, s1.page_height = Mm(297), Mm(210)
    t3title = "３　債権別の収納率の実績と目標"
    para(doc, t3title, font="IPAexGothic", size=11.5, space_after=2)
    para(doc, "　主要７債権について、令和５年度の収納率の実績を踏まえ、計画期間中の現年度分の目標収納率を次のとおり定める。")
    para(doc, "（単位：％）", align="right", size=9)
    t = doc.add_table(rows=2, cols=7)
    table_borders(t)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); cell_text(a, "債権名", align="center", font="IPAexGothic", size=9.5)
    b = h0[1].merge(h0[3]); cell_text(b, "実績（令和５年度）", align="center", font="IPAexGothic", size=9.5)
    c = h0[4].merge(h0[6]); cell_text(c, "目標（現年度分）", align="center", font="IPAexGothic", size=9.5)
    for j, h in enumerate(["現年度分", "滞納繰越分", "計", "７年度", "８年度", "９年度"]):
        cell_text(h1[1 + j], h, align="center", font="IPAexGothic", size=9.5)
    for cell in list(h0) + list(h1):
        shade(cell)
    for debt, *vals in RATES:
        row = t.add_row().cells
        cell_text(row[0], debt, size=9.5)
        for j, v in enumerate(vals):
            cell_text(row[1 + j], v, size=9.5, align="right")
        for v, seg in zip(vals[:3], ["current", "arrears", "total"]):
            facts.append(fact(debt, 2023, "令和５年度", seg, "collection_rate", "actual", float(v), "percent", v,
                              anchor=t3title, row=debt))
        for v, (fyr, fy) in zip(vals[3:], [("７年度", 2025), ("８年度", 2026), ("９年度", 2027)]):
            facts.append(fact(debt, fy, fyr, "current", "collection_rate", "target", float(v), "percent", v,
                              anchor=t3title, row=debt))
    para(doc, "※ 収納率＝収入済額÷調定額（小数点以下第３位を四捨五入）", size=8.5, space_before=2)

    # back to portrait
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Mm(210), Mm(297)
    para(doc, "４　債権ごとの取組", font="IPAexGothic", size=11.5, space_after=4)
    for k, d in enumerate(DEBTS):
        box = doc.add_table(rows=1, cols=4)
        table_borders(box)
        for j, v in enumerate(["債権名", d["debt"], "所管課", d["dept"]]):
            cell_text(box.rows[0].cells[j], v, size=10, font="IPAexGothic" if j % 2 == 0 else None,
                      align="center" if j % 2 == 0 else None)
            if j % 2 == 0:
                shade(box.rows[0].cells[j])
        para(doc, "（１）数値目標（単位：千円）", space_before=4, size=10)
        t = doc.add_table(rows=2, cols=4)
        table_borders(t)
        for j, h in enumerate(["令和５年度（実績）", "令和７年度", "令和８年度", "令和９年度"]):
            cell_text(t.rows[0].cells[j], h, align="center", size=9.5, font="IPAexGothic")
            shade(t.rows[0].cells[j])
        for j, v in enumerate(d["owed"]):
            cell_text(t.rows[1].cells[j], comma(v), align="right", size=9.5)
            fy, fyr, basis = [(2023, "令和５年度", "actual"), (2025, "令和７年度", "target"),
                              (2026, "令和８年度", "target"), (2027, "令和９年度", "target")][j]
            facts.append(fact(d["debt"], fy, fyr, "total", "outstanding", basis, v * 1000, "yen", comma(v)))
        para(doc, "※ 数値は各年度末の収入未済額", size=8.5)
        para(doc, "（２）具体的な取組", space_before=4, size=10)
        t = doc.add_table(rows=2, cols=2)
        table_borders(t)
        for j, h in enumerate(["現年度分", "滞納繰越分"]):
            cell_text(t.rows[0].cells[j], h, align="center", size=9.5, font="IPAexGothic")
            shade(t.rows[0].cells[j])
        for j, key in enumerate(["cur", "arr"]):
            lines = [f"{lab}{txt}{'【' + st + '】' if st else ''}" for lab, txt, st in d[key]]
            cell_text(t.rows[1].cells[j], "\n".join(lines), size=9.5)
            for lab, txt, st in d[key]:
                inits.append({"debt": d["debt"], "fiscal_year": 2025, "section": "債権ごとの取組",
                              "label": ("現年度分" if key == "cur" else "滞納繰越分") + lab, "text": txt, "status": st,
                              "page": None})
        ref = doc.add_table(rows=1, cols=1)
        table_borders(ref)
        lines = ["【参考】令和５年度末の状況"] + [f"・{lab}：{raw}" for lab, raw, *_ in d["ref"]]
        cell_text(ref.rows[0].cells[0], "\n".join(lines), size=9.5)
        for lab, raw, v, unit in d["ref"]:
            if v is not None:
                facts.append(fact(d["debt"], 2023, "令和５年度末", "total", "delinquents", "actual", v, unit, raw))
        para(doc, "", space_after=8)

    para(doc, "５　全庁共通の取組", font="IPAexGothic", size=11.5, space_after=4)
    box = doc.add_table(rows=1, cols=1)
    table_borders(box)
    cell_text(box.rows[0].cells[0], "【全庁共通の取組】\n" + "\n".join(f"・{x}" for x in COMMON), size=10)
    for x in COMMON:
        inits.append({"debt": None, "fiscal_year": 2025, "section": "全庁共通の取組", "label": "・", "text": x,
                      "status": None, "page": None})
    para(doc, "")
    para(doc, "　本計画の進捗状況は、毎年度、債権回収対策本部会議において確認し、その結果を公表する。")

    for s in (s1, s2):
        s.header.is_linked_to_previous = True
        s.footer.is_linked_to_previous = True
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "w_dev8_kagoshima")
    docm = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01", "date_raw": "令和７年３月"}
    return write_gold(STEM, docm, facts, inits)


if __name__ == "__main__":
    build()
