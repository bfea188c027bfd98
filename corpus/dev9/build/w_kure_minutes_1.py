"""呉市 総務委員会会議録 (council committee record, ○ speaker lines, 別表 with debts as columns).

Modelled on the layout of 呉市議会 令和元年第3回総務委員会会議録 (boxed title, 出席委員/説明員 roll, 付議事件).
python-docx → LibreOffice.
"""
from __future__ import annotations

from pathlib import Path

from w_common import (OUT, PDF_DIR, c, fact, find_page, oku_man, oku_man_value, page_texts, row, soffice_pdf,
                      write_gold, zen)
from w_docx import GOTHIC, MINCHO, box, new_doc, page_break, page_footer, para, set_cell, table

STEM = "w_kure_minutes_1"
CITY = "呉市"

MEMBERS = [("委員長", "山根孝雄"), ("副委員長", "沖本和也"), ("委員", "大下誠"), ("〃", "松田明美"),
           ("〃", "土井康弘"), ("〃", "森川直子"), ("〃", "田村修"), ("〃", "中尾健一")]
STAFF = [("財務部長", "河村浩二"), ("財務部副部長", "岩本俊彦"), ("収納課長", "梶原隆"), ("収納課主幹", "坂口由紀"),
         ("債権管理課長", "平岡聡"), ("子育て・健康部長", "荒木恵子"), ("保険年金課長", "村上和彦")]
CLERKS = [("議事課長", "小川勉"), ("議事課主事", "寺岡真理")]

AGENDA = ["債権管理の取組状況について", "令和５年度市税等の収納状況について", "閉会中の継続調査について"]

# 別表 (千円) — 令和５年度決算
TAB = {
    "市税": row(39_412_580, "97.85", 58_214),
    "国民健康保険料": row(6_284_150, "88.47", 96_530),
    "介護保険料": row(5_106_730, "98.92", 21_460),
    "市営住宅使用料": row(1_215_480, "95.63", 3_120),
}


def spaced(name: str) -> str:
    if len(name) == 3:
        return f"{name[0]} {name[1]}   {name[2]}"
    return " ".join(name)


def statements():
    t = TAB
    zei_out = t["市税"]["outstanding"] * 1000
    kok_out = t["国民健康保険料"]["outstanding"] * 1000
    jyu_out = t["市営住宅使用料"]["outstanding"] * 1000
    S = []
    S.append(("山根委員長", "開会",
              "ただいまから総務委員会を開会いたします。本日は、所管事務調査として、債権管理の取組状況について及び令和５年度市税等の収納状況について、理事者から説明を受けます。それでは、説明をお願いします。"))
    S.append(("河村財務部長", AGENDA[0],
              "本市では、呉市債権管理条例に基づき、全庁的な債権管理の適正化に取り組んでおります。本日は、市税の収納状況を収納課長から、税外債権の状況を債権管理課長から御説明いたします。"))
    S.append(("梶原収納課長", AGENDA[1],
              f"令和５年度の市税の収納率は、現年課税分が{zen('99')}．{zen('21')}％、滞納繰越分が{zen('28')}．{zen('64')}％、合計で{zen('97')}．{zen('85')}％となり、前年度と比べ０．１８ポイント上昇いたしました。年度末の収入未済額は約{zen_oku(zei_out)}で、前年度末から約５，１００万円縮減しております。また、今年度の状況でございますが、令和６年１０月末現在の現年課税分の収納率は62.35％で、前年同月の61.98％を0.37ポイント上回って推移しております。"))
    S.append(("平岡債権管理課長", AGENDA[0],
              f"税外債権のうち収入未済額が最も大きいものは国民健康保険料で、令和５年度末で約{oku_man(kok_out)}となっております。債権管理課では、所管課から移管を受けた困難案件について、財産調査や支払督促の申立てを進めており、詳細は別表のとおりでございます。"))
    S.append(("大下委員", AGENDA[1],
              "滞納繰越分の収納率が３割を下回っておりますが、滞納者の数や差押えの状況はどうなっているのか、お伺いします。"))
    S.append(("梶原収納課長", AGENDA[1],
              "令和５年度末の市税の滞納者数は4,812人で、前年度末より約300人減少しております。差押件数は1,126件で、預貯金や給与の差押えが中心となっております。"))
    S.append(("松田委員", AGENDA[0],
              "国民健康保険料について、子育て世帯の滞納も見受けられると聞いておりますが、今年度の目標と取組はどうなっているのでしょうか。"))
    S.append(("荒木子育て・健康部長", AGENDA[0],
              "国民健康保険料の令和５年度の現年分収納率は94.02％でございました。今年度の目標収納率は現年分で94.30％としており、口座振替の勧奨や納付相談の充実により、目標の達成に努めてまいります。"))
    S.append(("土井委員", AGENDA[0],
              "市営住宅使用料の長期滞納について、法的措置はどの程度行っているのでしょうか。"))
    S.append(("平岡債権管理課長", AGENDA[0],
              f"市営住宅使用料の令和５年度末の収入未済額は約{oku_man(jyu_out)}でございます。長期滞納者には明渡請求訴訟を含めた法的措置を講じており、今後の取組方針は、令和７年２月に開催を予定しております令和６年度第２回債権管理推進本部会議に諮ることとしております。"))
    S.append(("山根委員長", AGENDA[2],
              "ほかにございませんか。以上で所管事務調査を終わります。次に、閉会中の継続調査についてお諮りします。本委員会の所管事務について、閉会中の継続調査を議長に申し出ることに御異議ございませんか。（「異議なし」と呼ぶ者あり）御異議なしと認め、そのように決定いたしました。"))
    S.append(("山根委員長", "閉会", "以上で本日の総務委員会を閉会いたします。"))
    return S


def zen_oku(yen: int) -> str:
    s = oku_man(yen)
    return zen(s).replace(",", "，")


def build():
    doc = new_doc(MINCHO, 10.5, margins_mm=(22, 20, 22, 22))
    sec = doc.sections[0]
    page_footer(sec, "－", "－")
    box(doc, ["令和６年", ("総務委員会会議録", True), "第８回"], font=GOTHIC, size=13, width_mm=120)
    para(doc, "令和６年１１月２０日（水）委員会室において開会", before=8)
    para(doc, "出席委員", font=GOTHIC, bold=True, before=4)
    for role, name in MEMBERS:
        para(doc, f"{role}\u3000\u3000\u3000\u3000{spaced(name)}", indent_mm=8)
    para(doc, "欠席委員\u3000\u3000\u3000\u3000な\u3000\u3000し", font=GOTHIC, before=4)
    para(doc, "説明員", font=GOTHIC, bold=True, before=4)
    for title, name in STAFF:
        para(doc, f"{title}\u3000\u3000\u3000{spaced(name)}", indent_mm=8)
    para(doc, "議会事務局職員", font=GOTHIC, bold=True, before=4)
    for title, name in CLERKS:
        para(doc, f"{title}\u3000\u3000\u3000{spaced(name)}", indent_mm=8)
    para(doc, "――――――――――――――――――――――――――――――――――", before=4)
    para(doc, "付議事件", font=GOTHIC, bold=True)
    para(doc, "（所管事務調査）", indent_mm=4)
    para(doc, f"１\u3000{AGENDA[0]}", indent_mm=8)
    para(doc, f"２\u3000{AGENDA[1]}", indent_mm=8)
    para(doc, "（その他）", indent_mm=4)
    para(doc, f"１\u3000{AGENDA[2]}", indent_mm=8)
    para(doc, "――――――――――――――――――――――――――――――――――")
    para(doc, "午前１０時００分開会", align="right")
    S = statements()
    for speaker, _sec, text in S:
        p = para(doc, "", first_mm=0, before=3)
        from w_docx import run_font
        run_font(p.add_run(f"○{speaker}\u3000"), GOTHIC, 10.5, True)
        run_font(p.add_run(text), MINCHO, 10.5)
    para(doc, "午前１１時１２分閉会", align="right", before=6)
    para(doc, "呉市議会委員会条例第３０条の規定によりここに署名する。", before=6)
    para(doc, "総務委員会委員長\u3000\u3000山\u3000根\u3000孝\u3000雄", align="right")
    # 別表
    page_break(doc)
    para(doc, "別表\u3000主な債権の収納状況（令和５年度決算）", font=GOTHIC, size=12, bold=True)
    para(doc, "（単位：千円、％）", align="right", size=9)
    debts = list(TAB)
    t = table(doc, 6, 5, [34, 33, 33, 33, 33])
    set_cell(t.cell(0, 0), "区\u3000分", GOTHIC, 9.5, True, "center", "D9D9D9")
    for j, d in enumerate(debts, 1):
        set_cell(t.cell(0, j), d, GOTHIC, 9.5, True, "center", "D9D9D9")
    labels = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
              ("収入未済額", "outstanding"), ("収納率", "rate")]
    for i, (lab, k) in enumerate(labels, 1):
        set_cell(t.cell(i, 0), lab, MINCHO, 9.5, None, "center")
        for j, d in enumerate(debts, 1):
            v = TAB[d][k]
            set_cell(t.cell(i, j), str(v) if k == "rate" else c(v), MINCHO, 9.5, None, "right")
    para(doc, "※\u3000収納率は、収入済額を調定額で除したもの（小数点以下第３位を四捨五入）。", size=9, before=4)
    para(doc, "※\u3000国民健康保険料は現年分と滞納繰越分の合計。", size=9)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src, PDF_DIR / f"{STEM}.pdf", "kure")
    return pdf, S


def gold(pdf: Path, S):
    texts = page_texts(pdf)
    F = []
    t = TAB
    # statements' facts
    p = find_page(texts, "０．１８ポイント上昇")
    F.append(fact("市税", 2023, "令和５年度", "current", "collection_rate", "actual", 99.21, "percent",
                  f"{zen('99')}．{zen('21')}％", p))
    F.append(fact("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 28.64, "percent",
                  f"{zen('28')}．{zen('64')}％", p))
    F.append(fact("市税", 2023, "令和５年度", "total", "collection_rate", "actual", 97.85, "percent",
                  f"{zen('97')}．{zen('85')}％", p))
    zo = t["市税"]["outstanding"] * 1000
    F.append(fact("市税", 2023, "令和５年度", "total", "outstanding", "actual", oku_man_value(zo), "yen",
                  "約" + zen_oku(zo), p, approx=True))
    p = find_page(texts, "62.35％")
    F.append(fact("市税", 2024, "令和６年１０月末", "current", "collection_rate", "interim", 62.35, "percent",
                  "62.35％", p, as_of="2024-10-31"))
    F.append(fact("市税", 2023, "前年同月", "current", "collection_rate", "interim", 61.98, "percent",
                  "61.98％", p, as_of="2023-10-31"))
    ko = t["国民健康保険料"]["outstanding"] * 1000
    p = find_page(texts, "約" + oku_man(ko))
    F.append(fact("国民健康保険料", 2023, "令和５年度末", "total", "outstanding", "actual", oku_man_value(ko), "yen",
                  "約" + oku_man(ko), p, approx=True))
    p = find_page(texts, "4,812人")
    F.append(fact("市税", 2023, "令和５年度末", "total", "delinquents", "actual", 4812, "persons", "4,812人", p))
    p = find_page(texts, "94.02％")
    F.append(fact("国民健康保険料", 2023, "令和５年度", "current", "collection_rate", "actual", 94.02, "percent",
                  "94.02％", p))
    F.append(fact("国民健康保険料", 2024, "今年度", "current", "collection_rate", "target", 94.30, "percent",
                  "94.30％", p))
    jo = t["市営住宅使用料"]["outstanding"] * 1000
    p = find_page(texts, "約" + oku_man(jo))
    F.append(fact("市営住宅使用料", 2023, "令和５年度末", "total", "outstanding", "actual", oku_man_value(jo), "yen",
                  "約" + oku_man(jo), p, approx=True))
    # 別表
    p = find_page(texts, "別表", "主な債権の収納状況")
    metrics = [("assessed", "assessed"), ("collected", "collected"), ("written_off", "written_off"),
               ("outstanding", "outstanding"), ("rate", "collection_rate")]
    for d, r in t.items():
        for k, m in metrics:
            v = r[k]
            if k == "rate":
                F.append(fact(d, 2023, "令和５年度", "total", m, "actual", v, "percent", str(v), p))
            else:
                F.append(fact(d, 2023, "令和５年度", "total", m, "actual", v * 1000, "yen", c(v), p))
    attendees = []
    for role, name in MEMBERS:
        r = "委員" if role == "〃" else role
        attendees.append({"role": r, "title": "委員", "name": name})
    for title, name in STAFF + CLERKS:
        attendees.append({"role": title, "title": title, "name": name})
    minutes = {"title": "令和６年 総務委員会会議録 第８回", "meeting_number": 8, "date": "2024-11-20", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": [],
               "statements": [{"speaker": s, "section": sec, "text": tx} for s, sec, tx in S]}
    document = {"kind": "minutes", "municipality": CITY, "title": "令和６年 総務委員会会議録 第８回",
                "date": "2024-11-20", "date_raw": "令和６年１１月２０日（水）"}
    return write_gold(STEM, pdf, document, F, [], minutes)


if __name__ == "__main__":
    pdf, S = build()
    g = gold(pdf, S)
    print(STEM, g["source"]["pages"], "pages", len(g["facts"]), "facts", len(g["minutes"]["statements"]), "statements")
