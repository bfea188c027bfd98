"""ゆりがおか市 債権管理対策会議 会議録 (minutes): python-docx -> LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from n_common import Facts, OUT, PDF, comma, rate, to_pdf, write_gold, zen, pct  # noqa: E402
from n_docx import box, header_footer, new_doc, page_break, para, table  # noqa: E402

STEM = "n_yurigaoka_minutes_1"
CITY = "ゆりがおか市"
TITLE = "令和7年度第1回ゆりがおか市債権管理対策会議 会議録"

# 別表: 令和6年度 (千円): assessed, collected, written_off
TABLE = [
    ("市税", 31482615, 30811204, 62118),
    ("国民健康保険税", 5214380, 4706925, 58771),
    ("介護保険料", 4388102, 4321566, 14305),
    ("後期高齢者医療保険料", 1602447, 1594318, 2106),
    ("保育所保育料", 612530, 583114, 1012),
    ("市営住宅使用料", 402816, 371205, 3420),
    ("学校給食費", 288740, 283962, 355),
    ("その他", 356904, 331177, 1880),
]


def oku_man(sen: int) -> str:
    """千円 -> 約X億Y,Y00万円 (rounded to 100万円)."""
    man = round(sen / 1000) * 100  # 万円, rounded to 百万円
    oku, rest = divmod(man, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return "約" + s, man * 10000


def build():
    facts = Facts()
    rows = []
    tot = [0, 0, 0, 0]
    for name, a, c, w in TABLE:
        o = a - c - w
        rows.append((name, a, c, w, o, rate(c, a)))
        for i, v in enumerate((a, c, w, o)):
            tot[i] += v
    trate = rate(tot[1], tot[0])
    rows.append(("合計", *tot, trate))
    outstanding = {r[0]: r[4] for r in rows}

    doc = new_doc(font="IPAexMincho", size=10.5)
    header_footer(doc, header_text="債権管理課", footer_fmt="{PAGE}")

    # ---------------- page 1
    para(doc, TITLE, bold=True, size=14, align="center")
    para(doc, "（令和7年度第2回会議に向けた進行管理を含む）", align="center", size=9.5)
    para(doc, "")
    para(doc, "１　開催日時　令和７年８月５日（火）午後２時００分～午後３時３０分")
    para(doc, "２　開催場所　市役所本庁舎５階　第２委員会室")
    para(doc, "３　開催方法　対面")
    para(doc, "４　出 席 者")
    para(doc, "議　長：副市長", indent_mm=8)
    para(doc, "委　員：総務部長・財務部長・市民生活部長・健康福祉部長・子ども・若者部長・", indent_mm=8)
    para(doc, "都市整備部長・上下水道局長・教育部長", indent_mm=22)
    para(doc, "事務局：債権管理課長・納税課長", indent_mm=8)
    para(doc, "５　議　　題")
    agenda = ["令和6年度決算に基づく債権の状況について", "令和7年度債権管理重点取組事項について",
              "令和7年度第2回会議の開催について"]
    for i, a in enumerate(agenda, 1):
        para(doc, f"（{zen(str(i))}）{zen(a)}", indent_mm=8)
    para(doc, "６　配付資料")
    materials = ["資料1　令和6年度 債権別収入状況", "資料2　令和7年度 債権管理重点取組事項（案）"]
    for m in materials:
        para(doc, zen(m), indent_mm=8)
    para(doc, "７　会議の経過")

    attendees = [{"role": "議長", "title": "副市長", "name": None}]
    for t in ["総務部長", "財務部長", "市民生活部長", "健康福祉部長", "子ども・若者部長", "都市整備部長",
              "上下水道局長", "教育部長"]:
        attendees.append({"role": "委員", "title": t, "name": None})
    attendees += [{"role": "事務局", "title": "債権管理課長", "name": None},
                  {"role": "事務局", "title": "納税課長", "name": None}]

    statements = []

    def say(speaker, section, text, page):
        para(doc, "○" + speaker, bold=False)
        para(doc, "　" + text, indent_mm=4)
        statements.append({"speaker": speaker, "section": zen(section), "text": text, "page": page})

    sec1 = agenda[0]
    para(doc, f"（１）{zen(sec1)}", bold=True)
    say("副市長", sec1, "ただいまから令和７年度第１回債権管理対策会議を開会する。はじめに、事務局から令和６年度決算に基づく債権の状況を説明願う。", 1)

    # ---------------- page 2
    page_break(doc)
    tot_o_raw, tot_o_val = oku_man(outstanding["合計"])
    s = (f"資料１に基づき説明する。令和６年度決算における全債権の収入未済額は{tot_o_raw}となり、前年度と比べ約１億１，３００万円減少した。"
         f"全債権の収納率は{zen(pct(trate))}％で、前年度を０．２１ポイント上回った。")
    s = s.replace(tot_o_raw, zen(tot_o_raw))
    say("債権管理課長", sec1, s, 2)
    facts.add(None, 2024, "令和６年度", "total", "outstanding", "actual", tot_o_val, "yen", zen(tot_o_raw), 2,
              approx=True, debt_raw=None)
    facts.add(None, 2024, "令和６年度", "total", "collection_rate", "actual", trate, "percent",
              f"{zen(pct(trate))}％", 2, debt_raw=None)

    ctax_o_raw, ctax_o_val = oku_man(outstanding["市税"])
    s = (f"市税は、現年課税分の収納率が９９．２１％、滞納繰越分が３１．４６％となり、いずれも前年度を上回った。"
         f"収入未済額は{zen(ctax_o_raw)}であり、滞納繰越分の圧縮が進んでいる。引き続き、現年課税分の早期着手と財産調査の徹底に取り組む。")
    say("納税課長", sec1, s, 2)
    facts.add("市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.21, "percent", "９９．２１％", 2)
    facts.add("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 31.46, "percent", "３１．４６％", 2)
    facts.add("市税", 2024, "令和６年度", "total", "outstanding", "actual", ctax_o_val, "yen", zen(ctax_o_raw), 2,
              approx=True)

    s = ("国民健康保険税は、令和６年度の現年度分収納率が９４．０８％と前年度を０．３２ポイント上回った。"
         "本年６月末時点の現年度分収納率は１８．４２％で、前年同期（１７．８６％）を０．５６ポイント上回っている。"
         "介護保険料及び後期高齢者医療保険料は、特別徴収の割合が高く、おおむね例年並みに推移している。")
    say("健康福祉部長", sec1, s, 2)
    facts.add("国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", 94.08, "percent", "９４．０８％", 2)
    facts.add("国民健康保険税", 2025, "本年６月末時点", "current", "collection_rate", "interim", 18.42, "percent",
              "１８．４２％", 2, as_of="2025-06-30")
    facts.add("国民健康保険税", 2024, "前年同期", "current", "collection_rate", "interim", 17.86, "percent",
              "１７．８６％", 2, as_of="2024-06-30")

    ho_raw, ho_val = oku_man(outstanding["保育所保育料"])
    s = (f"保育所保育料の収入未済額は{zen(ho_raw)}である。児童手当からの徴収（申出徴収）を勧奨するとともに、"
         "退園者については、退園時に納付計画を確認する取組を始めた。")
    say("子ども・若者部長", sec1, s, 2)
    facts.add("保育所保育料", 2024, None, "total", "outstanding", "actual", ho_val, "yen", zen(ho_raw), 2, approx=True)

    s = "市営住宅使用料については、退去者分の未収金の割合が高いと聞いているが、どのように対応しているか。"
    say("総務部長", sec1, s, 2)
    s = ("退去者分は、連帯保証人への請求を早期に行うほか、少額のものは支払督促の申立てを検討している。"
         "法的措置の判断基準は、債権管理課と協議のうえ本年度中に整理する。")
    say("都市整備部長", sec1, s, 2)

    # ---------------- page 3
    page_break(doc)
    sec2 = agenda[1]
    para(doc, f"（２）{zen(sec2)}", bold=True)
    s = ("資料２に基づき説明する。本年度は、①ＳＭＳ催告の対象債権の拡大、②電子預貯金照会の全庁利用、"
         "③非強制徴収債権の法的措置の標準化の３点を重点取組事項とする。各課の取組状況は、１２月末時点で取りまとめ、第２回会議で報告する。")
    say("債権管理課長", sec2, s, 3)
    s = "学校給食費の公会計化に伴い、教育委員会でも督促から法的措置までの手順を整える必要がある。債権管理課の支援をお願いしたい。"
    say("教育部長", sec2, s, 3)
    s = "教育委員会の担当者を対象に、９月に実務研修を実施する予定である。"
    say("債権管理課長", sec2, s, 3)
    sec3 = agenda[2]
    para(doc, f"（３）{zen(sec3)}", bold=True)
    s = "令和７年度第２回会議は、令和８年１月下旬に開催し、令和７年１２月末時点の収納状況と重点取組事項の進捗を報告する。"
    say("債権管理課長", sec3, s, 3)
    s = "各部においては、重点取組事項の着実な実施をお願いする。以上で本日の会議を終了する。"
    say("副市長", sec3, s, 3)

    # ---------------- page 4: 別表
    page_break(doc)
    para(doc, "別表　令和６年度 債権別収入状況", bold=True, size=11)
    para(doc, "（単位：千円、％）", align="right", size=9)
    trows = [["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    for name, a, c, w, o, r in rows:
        trows.append([name, comma(a), comma(c), comma(w), comma(o), pct(r)])
        debt = None if name in ("合計", "その他") else name
        for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            facts.add(debt, 2024, "令和６年度", "total", metric, "actual", v * 1000, "yen", comma(v), 4, debt_raw=name)
        facts.add(debt, 2024, "令和６年度", "total", "collection_rate", "actual", r, "percent", pct(r), 4, debt_raw=name)
    table(doc, trows, [42, 28, 28, 24, 26, 18], style="grid", size=9,
          align={1: "right", 2: "right", 3: "right", 4: "right", 5: "right"}, bold_rows=(0,))
    para(doc, "注１　収入未済額＝調定額－収入済額－不納欠損額", size=9)
    para(doc, "注２　その他は、上記以外の債権（４２債権）の合計である。", size=9)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "n_a")

    minutes = {"title": TITLE, "meeting_number": 1, "date": "2025-08-05", "method": "対面",
               "attendees": attendees, "agenda": [zen(a) for a in agenda], "materials": [zen(m) for m in materials], "statements": statements}
    write_gold(STEM, kind="minutes", municipality=CITY, title=TITLE, date="2025-08-05",
               date_raw="令和７年８月５日（火）", facts=facts, minutes=minutes)


if __name__ == "__main__":
    build()
    from n_common import check
    print(check(STEM))
