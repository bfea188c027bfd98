"""はなみずき市議会 総務常任委員会記録 (所管事務調査: 債権管理) -- python-docx -> LibreOffice."""
from x_common import Facts, Inits, PDF, OUT, soffice, write_gold, check
from x_docx import (new_doc, para, page_break, header_footer, set_borders, cell_text, col_widths, Cm)
import shutil

STEM = "x_hanamizuki_minutes_1"
CITY = "はなみずき市"
TITLE = "はなみずき市議会 総務常任委員会記録"
F = Facts()
I = Inits()

MEMBERS = [("委員長", "佐藤 健一"), ("副委員長", "田中 恵子"), ("委員", "中村 洋平"), ("委員", "大野 真理子"),
           ("委員", "渡辺 誠"), ("委員", "木下 隆"), ("委員", "藤本 さゆり")]
STAFF = ["財務部長", "収納推進課長", "債権管理課長", "保険年金課長", "子ども・若者部長", "保育課長"]
AGENDA = ["市債権の収納状況及び債権管理の取組について", "はなみずき市債権管理条例に基づく債権の放棄について（報告）"]
MATERIALS = ["資料１ 令和６年度 市債権の収納状況（令和６年10月末現在）", "資料２ 令和５年度 債権の放棄の状況"]

S1, S2 = AGENDA
STATEMENTS = [
    ("佐藤委員長", S1, "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として、市債権の収納状況及び債権管理の取組について、理事者から説明を求めます。"),
    ("森財務部長", S1, "本日は、市債権の収納状況につきまして御説明の機会をいただき、ありがとうございます。詳細は債権管理課長から説明いたしますので、よろしくお願いいたします。"),
    ("小林債権管理課長", S1,
     "資料１に基づき御説明いたします。令和５年度決算における市債権全体の収入未済額は約23億4,800万円で、このうち市税が約８億2,300万円、"
     "国民健康保険税が約９億1,500万円と、この２債権で全体の７割を超えております。今年度の状況ですが、市税の現年度分収納率は、10月末時点で58.42％となり、"
     "前年同月の58.11％を0.31ポイント上回っております。なお、去る10月24日に開催した令和６年度第２回債権管理推進会議において、各債権所管課の下半期の取組を確認いたしました。"
     "市税につきましては、年度末の現年度分収納率の目標99.2％の達成に向け、12月から２月を滞納整理強化月間と位置付けて、財産調査と差押えを集中的に実施してまいります。"),
    ("佐藤委員長", S1, "説明が終わりました。質疑はありませんか。"),
    ("中村委員", S1, "国民健康保険税について伺います。別表を見ますと、滞納繰越分の収納率が他の債権と比べて低いように思いますが、現状と要因をお聞かせください。"),
    ("石井保険年金課長", S1,
     "国民健康保険税の滞納繰越分の収納率は、10月末で14.80％と、前年同月の15.60％を下回っております。令和５年度決算でも24.36％にとどまっており、"
     "被保険者に所得の低い世帯が多いことが一因と考えております。滞納世帯数は令和５年度末で2,614世帯となっております。"),
    ("中村委員", S1, "今後、どのように改善を図っていくのか、具体的な取組を伺います。"),
    ("石井保険年金課長", S1,
     "下半期は、納付相談に応じない世帯への財産調査を徹底し、換価可能な財産が判明した世帯には速やかに差押えを行います。"
     "あわせて、Web口座振替受付サービスの案内を納税通知書に同封し、新たな滞納の発生を抑えてまいります。"),
    ("大野委員", S1, "保育料について、卒園後に滞納が残るケースがあると聞いております。状況を教えてください。"),
    ("山口子ども・若者部長", S1,
     "保育料の令和５年度決算の収入未済額は約1,240万円、うち過年度分が約860万円でございます。卒園児の世帯には文書と電話による催告を行い、"
     "応じていただけない場合は児童手当からの特別徴収も活用しております。"),
    ("佐藤委員長", S2, "ほかに質疑はありませんか。――ないようですので、次に、債権の放棄について報告を求めます。"),
    ("小林債権管理課長", S2,
     "資料２を御覧ください。はなみずき市債権管理条例第15条の規定に基づき、令和５年度に放棄した私債権は12件で、いずれも債務者の死亡又は所在不明により"
     "回収の見込みがないと判断したものでございます。"),
    ("佐藤委員長", S2, "以上で本日の所管事務調査を終わります。これをもって総務常任委員会を閉会いたします。"),
]

# 別表: 収納率 (単位：％), horizontal rules only
TABLE = [  # debt, R5決算(現年,滞繰), R6 10月末(現年,滞繰), R5 10月末(現年,滞繰)
    ("市税", (99.12, 31.45), (58.42, 22.10), (58.11, 20.87)),
    ("国民健康保険税", (95.20, 24.36), (52.33, 14.80), (52.90, 15.60)),
    ("介護保険料", (99.05, 18.72), (61.40, 9.85), (61.02, 10.33)),
    ("後期高齢者医療保険料", (99.61, 40.18), (63.75, 25.02), (63.50, 24.41)),
    ("保育料", (98.44, 12.09), (55.20, 6.31), (54.88, 7.02)),
    ("市営住宅使用料", (97.86, 21.50), (60.11, 11.42), (59.93, 12.75)),
]


def prose_facts():
    a = "約23億4,800万円"
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual",
          value=2348000000, unit="yen", approx=True, raw=a, anchor=a)
    F.add(debt="市税", fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual",
          value=823000000, unit="yen", approx=True, raw="約８億2,300万円", anchor=a)
    F.add(debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual",
          value=915000000, unit="yen", approx=True, raw="約９億1,500万円", anchor=a)
    F.add(debt="市税", fy=2024, fy_raw="10月末時点", seg="current", metric="collection_rate", basis="interim",
          as_of="2024-10-31", value=58.42, unit="percent", raw="58.42％", anchor=a)
    F.add(debt="市税", fy=2023, fy_raw="前年同月", seg="current", metric="collection_rate", basis="interim",
          as_of="2023-10-31", value=58.11, unit="percent", raw="58.11％", anchor=a)
    F.add(debt="市税", fy=2024, fy_raw="年度末", seg="current", metric="collection_rate", basis="target",
          value=99.2, unit="percent", raw="99.2％", anchor=a)
    b = "滞納世帯数は令和５年度末で"
    F.add(debt="国民健康保険税", fy=2024, fy_raw="10月末", seg="arrears", metric="collection_rate", basis="interim",
          as_of="2024-10-31", value=14.8, unit="percent", raw="14.80％", anchor=b)
    F.add(debt="国民健康保険税", fy=2023, fy_raw="前年同月", seg="arrears", metric="collection_rate", basis="interim",
          as_of="2023-10-31", value=15.6, unit="percent", raw="15.60％", anchor=b)
    F.add(debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="arrears", metric="collection_rate", basis="actual",
          value=24.36, unit="percent", raw="24.36％", anchor=b)
    F.add(debt="国民健康保険税", fy=2023, fy_raw="令和５年度末", seg="total", metric="delinquents", basis="actual",
          value=2614, unit="households", raw="2,614世帯", anchor=b)
    c = "保育料の令和５年度決算の収入未済額は"
    F.add(debt="保育料", fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual",
          value=12400000, unit="yen", approx=True, raw="約1,240万円", anchor=c)
    F.add(debt="保育料", fy=2023, fy_raw="令和５年度", seg="arrears", metric="outstanding", basis="actual",
          value=8600000, unit="yen", approx=True, raw="約860万円", anchor=c)


def build():
    d = new_doc(font="IPAexMincho", size=10.5, margins=(2.2, 2.0, 2.3, 2.3))
    header_footer(d, header_text=None, footer_fmt="－{PAGE}－")
    para(d, TITLE, size=15, bold=True, align="center", space_after=10)
    para(d, "１　日　　時　　令和６年12月10日（火）　午前10時00分開会　午前11時42分閉会")
    para(d, "２　場　　所　　第１委員会室")
    para(d, "３　出席委員（７名）")
    t = d.add_table(rows=4, cols=4)
    set_borders(t, False, False, False, False, False, False)
    cells = [c for r in t.rows for c in r.cells]
    for i, (role, name) in enumerate(MEMBERS):
        cell_text(cells[2 * i], role)
        cell_text(cells[2 * i + 1], name)
    col_widths(t, [2.6, 3.6, 2.6, 3.6])
    para(d, "４　説明のため出席した者")
    para(d, "・".join(STAFF), indent=0.8)
    para(d, "５　会議に付した事件（所管事務調査）")
    for i, a in enumerate(AGENDA, 1):
        para(d, f"（{i}）{a}", indent=0.8)
    para(d, "６　配付資料")
    for m in MATERIALS:
        para(d, m, indent=0.8)
    para(d, "")
    para(d, "――――――――――――　議事の経過　――――――――――――", align="center", space_after=6)
    cur = None
    for sp, sec, text in STATEMENTS:
        if sec != cur:
            cur = sec
            para(d, f"【{sec}】", bold=True, space_after=3)
        p = para(d, "", first=-1.0, indent=1.0, space_after=4)
        from x_docx import run_font
        run_font(p.add_run(f"○{sp}　"), font="IPAexGothic")
        p.add_run(text)
    para(d, "")
    para(d, "午前11時42分閉会", align="right")
    page_break(d)
    para(d, "別表　市債権の収納率の状況（令和６年10月末現在）", size=11, bold=True)
    para(d, "（単位：％）", align="right", size=9)
    t = d.add_table(rows=2 + len(TABLE), cols=7)
    set_borders(t, top=True, bottom=True, left=False, right=False, insideH=True, insideV=False, sz=6)
    hdr = ["債権名", "令和５年度決算", "", "令和６年10月末", "", "令和５年10月末", ""]
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, size=9, align="center")
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 3).merge(t.cell(0, 4))
    t.cell(0, 5).merge(t.cell(0, 6))
    for i, h in enumerate(["", "現年度分", "滞納繰越分", "現年度分", "滞納繰越分", "現年度分", "滞納繰越分"]):
        cell_text(t.rows[1].cells[i], h, size=9, align="center")
    cols = [(2023, "令和５年度決算", "actual", None), (2024, "令和６年10月末", "interim", "2024-10-31"),
            (2023, "令和５年10月末", "interim", "2023-10-31")]
    for r, (debt, *groups) in enumerate(TABLE, 2):
        cell_text(t.rows[r].cells[0], debt, size=9)
        for g, (cur_, arr) in enumerate(groups):
            fy, fyr, basis, asof = cols[g]
            for k, (v, seg) in enumerate(((cur_, "current"), (arr, "arrears"))):
                s = f"{v:.2f}"
                cell_text(t.rows[r].cells[1 + 2 * g + k], s, size=9, align="right")
                F.add(debt=debt, fy=fy, fy_raw=fyr, seg=seg, metric="collection_rate", basis=basis, as_of=asof,
                      value=v, unit="percent", raw=s, anchor="別表　市債権の収納率の状況")
    col_widths(t, [4.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0])
    para(d, "注１　収納率＝収入済額÷調定額×100（小数点第３位を四捨五入）", size=8.5)
    para(d, "注２　10月末の数値は各年度の10月31日現在の速報値であり、決算値とは異なる。", size=8.5)
    para(d, "注３　保育料は、保育所等の利用者負担額をいう。", size=8.5)
    docx = OUT / f"{STEM}.docx"
    d.save(docx)
    pdf = soffice(docx)
    shutil.copy(pdf, PDF / f"{STEM}.pdf")
    return PDF / f"{STEM}.pdf"


def main():
    prose_facts()
    pdf = build()
    att = [{"role": r, "title": None, "name": n} for r, n in MEMBERS] + \
          [{"role": s, "title": s, "name": None} for s in STAFF]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2024-12-10", "method": None,
               "attendees": att, "agenda": AGENDA, "materials": MATERIALS,
               "statements": [{"speaker": sp, "section": sec, "text": tx, "page": None} for sp, sec, tx in STATEMENTS]}
    doc = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2024-12-10", "date_raw": "令和６年12月10日"}
    write_gold(STEM, pdf, doc, F, I, minutes)
    check(STEM)


if __name__ == "__main__":
    main()
