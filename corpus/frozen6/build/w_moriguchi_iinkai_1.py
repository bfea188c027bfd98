"""w_moriguchi_iinkai_1: 総務市民委員会 記録 (minutes, council committee), python-docx -> LibreOffice."""
from __future__ import annotations

from docx.enum.text import WD_BREAK

from w_common import OUT, PDF, fact, place_pages, rate, to_pdf, write_gold, zen
from w_docx import header_footer, new_doc, para, table

STEM = "w_moriguchi_iinkai_1"
CITY = "守口市"
TITLE = "総務市民委員会"
M, G = "IPAexMincho", "IPAexGothic"
RULE = "─" * 38

MEMBERS = [("委員長", "北野 順一"), ("副委員長", "松浦 沙織"), ("委員", "岡田 浩平"), ("委員", "西尾 真理子"),
           ("委員", "中井 大輔"), ("委員", "竹村 勇")]
STAFF = [("副市長", "吉川 正人"), ("市民生活部長", "堀 雅之"), ("市民生活部次長兼納税課長", "宮本 直樹"),
         ("健康福祉部長", "浅田 恵美"), ("こども・若者部長", "川端 聡"), ("都市整備部長", "坂口 徹"),
         ("保険年金課長", "森下 香織")]
AG1 = "債権管理の取組状況について"
AG2 = "令和7年度第2回守口市債権管理推進会議（11月20日開催）の結果について"
MATERIALS = ["資料1　主な債権の収納状況（令和6年度決算）", "資料2　令和7年度第2回守口市債権管理推進会議の概要"]

# 別表 (千円): assessed, collected, written_off
TABLE = [
    ("市税", "現年課税分", "current", 31_254_870, 31_070_412, 0),
    ("市税", "滞納繰越分", "arrears", 612_405, 207_384, 58_210),
    ("国民健康保険料", "現年分", "current", 5_842_116, 5_486_301, 0),
    ("国民健康保険料", "滞納繰越分", "arrears", 1_104_572, 266_754, 96_433),
    ("介護保険料", "計", "total", 4_016_338, 3_968_120, 9_845),
    ("市営住宅使用料", "計", "total", 612_880, 561_245, 3_712),
]


def rows_with_totals():
    out = []
    for debt in ("市税", "国民健康保険料"):
        parts = [r for r in TABLE if r[0] == debt]
        out += parts
        a, c, w = (sum(p[k] for p in parts) for k in (3, 4, 5))
        out.append((debt, "計", "total", a, c, w))
    out += [r for r in TABLE if r[0] not in ("市税", "国民健康保険料")]
    return out


def build():
    facts = []
    rows = rows_with_totals()
    info = {(d, s): (a, c, w, a - c - w, rate(c, a)) for d, _, s, a, c, w in rows}

    doc = new_doc(M, 10.5, margins=(25, 22, 25, 22))
    header_footer(doc, "令和7年 総務市民委員会（12月11日）", M, footer_fmt=("- ", " -"), header_align="left")
    para(doc, "総　務　市　民　委　員　会", G, 15, True, align="center", space_before=6, space_after=8)
    para(doc, RULE, M, 10)
    para(doc, "〇開催年月日　令和7年12月11日（木曜日）", M, 10.5)
    para(doc, RULE, M, 10)
    para(doc, "〇開催時間　開会　午前10時00分　　閉会　午前11時38分", M, 10.5)
    para(doc, RULE, M, 10)
    para(doc, "〇開催場所　議会第1委員会室", M, 10.5)
    para(doc, RULE, M, 10)
    para(doc, "〇出席委員", M, 10.5)
    for i in range(0, len(MEMBERS), 2):
        line = "　".join(f"{r}　{n}" for r, n in MEMBERS[i:i + 2])
        para(doc, line, M, 10.5, indent_mm=6)
    para(doc, RULE, M, 10)
    para(doc, "〇説明のために出席した者", M, 10.5)
    for t, n in STAFF:
        para(doc, f"{t}　{n}", M, 10.5, indent_mm=6)
    para(doc, "その他関係職員", M, 10.5, indent_mm=6)
    para(doc, RULE, M, 10)
    para(doc, "〇案件", M, 10.5)
    para(doc, "１　所管事務の報告", M, 10.5, indent_mm=6)
    para(doc, f"(1)　{AG1}", M, 10.5, indent_mm=10)
    para(doc, f"(2)　{AG2}", M, 10.5, indent_mm=10)
    para(doc, "〇配付資料", M, 10.5)
    for mt in MATERIALS:
        para(doc, mt, M, 10.5, indent_mm=6)
    para(doc, RULE, M, 10)
    para(doc, "（午前10時00分開会）", M, 10.5, align="center", space_before=6, space_after=4)

    statements = []

    def say(speaker, section, text, figs=()):
        para(doc, f"○（{speaker}）", M, 10.5, space_before=6)
        para(doc, text, M, 10.5, first_mm=4, indent_mm=0)
        statements.append({"speaker": speaker, "section": section, "text": text})
        facts.extend(figs)

    tc = info[("市税", "current")]
    ta = info[("市税", "arrears")]
    tt = info[("市税", "total")]
    kc = info[("国民健康保険料", "current")]
    ka = info[("国民健康保険料", "arrears")]
    ht = info[("市営住宅使用料", "total")]
    z = lambda v: zen(f"{v:.2f}") + "％"  # noqa: E731
    tax_out_man = round(tt[3] / 100) * 100  # 千円 -> 百万円 rounding (in 千円)
    oku, man = divmod(tax_out_man // 10, 10_000)
    raw_tax_out = f"約{zen(oku)}億{zen(f'{man:,}')}万円"
    house_out = round(ht[3] / 100) * 100
    raw_house = f"約{zen(f'{house_out // 10:,}')}万円"
    delq = 3_412
    i_now, i_prev = 58.24, 57.91

    say("北野委員長", AG1, "ただいまから総務市民委員会を開会いたします。本日は全員の御出席でございますので、会議は成立いたします。"
        "本日は、所管事務の報告２件について、理事者から報告を受けます。まず、債権管理の取組状況について説明を求めます。")
    say("堀市民生活部長", AG1, "それでは、債権管理の取組状況につきまして御報告申し上げます。本市では債権管理条例に基づき、"
        "全庁で収入未済額の縮減に取り組んでおります。詳細につきましては、納税課長から説明をさせていただきます。")
    t3 = (f"お手元の資料1及び別表を御覧ください。令和6年度決算における市税の収納率は、現年課税分が{z(tc[4])}、"
          f"滞納繰越分が{z(ta[4])}となり、市税全体の収入未済額は{raw_tax_out}でございます。"
          f"また、今年度の状況でございますが、10月末時点の市税現年課税分の収納率は{z(i_now)}で、"
          f"前年同月の{z(i_prev)}を上回って推移しております。"
          f"国民健康保険料の現年分の収納率は{z(kc[4])}でございました。")
    say("宮本納税課長", AG1, t3, [
        fact("市税", 2024, "令和6年度", "current", "collection_rate", "actual", tc[4], "percent", z(tc[4])),
        fact("市税", 2024, "令和6年度", "arrears", "collection_rate", "actual", ta[4], "percent", z(ta[4])),
        fact("市税", 2024, "令和6年度", "total", "outstanding", "actual", tax_out_man * 1000, "yen", raw_tax_out,
             approx=True),
        fact("市税", 2025, "10月末", "current", "collection_rate", "interim", i_now, "percent", z(i_now),
             as_of="2025-10-31"),
        fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", i_prev, "percent", z(i_prev),
             as_of="2024-10-31"),
        fact("国民健康保険料", 2024, "令和6年度", "current", "collection_rate", "actual", kc[4], "percent", z(kc[4])),
    ])
    say("北野委員長", AG1, "説明が終わりました。質疑のある方は挙手願います。岡田委員。")
    say("岡田委員", AG1, "国民健康保険料の滞納繰越分は、収納率が低いまま推移していると思います。現状と今後の対策について伺います。")
    say("宮本納税課長", AG1,
        f"国民健康保険料の滞納繰越分の収納率は、令和6年度決算で{z(ka[4])}でございます。年度末の滞納世帯数は"
        f"{zen(f'{delq:,}')}世帯で、前年度から減少しております。今後は、預貯金調査を早期に行い、納付資力のある世帯には"
        "差押えを含めた滞納処分を進めてまいります。", [
            fact("国民健康保険料", 2024, "令和6年度", "arrears", "collection_rate", "actual", ka[4], "percent", z(ka[4])),
            fact("国民健康保険料", 2024, "令和6年度", "total", "delinquents", "actual", delq, "households",
                 zen(f"{delq:,}") + "世帯"),
        ])
    say("北野委員長", AG1, "西尾委員。")
    say("西尾委員", AG1, "市営住宅使用料の滞納について、退去した方の分の回収はどのように行っているのか伺います。")
    say("坂口都市整備部長", AG1,
        f"市営住宅使用料の令和6年度末の収入未済額は{raw_house}で、その多くが退去者に係るものでございます。"
        "退去者には連帯保証人への請求と併せて、支払督促の申立てを行っております。", [
            fact("市営住宅使用料", 2024, "令和6年度末", "total", "outstanding", "actual", house_out * 1000, "yen",
                 raw_house, approx=True),
        ])
    say("北野委員長", AG2, "ほかに質疑はございませんか。なければ、次に、令和7年度第2回守口市債権管理推進会議の結果について"
        "説明を求めます。")
    say("堀市民生活部長", AG2, "11月20日に開催いたしました推進会議では、各所管課から上半期の取組状況の報告があり、"
        "滞納額の大きい案件を納税課へ引き継ぐ基準の見直しについて協議いたしました。見直し後の基準は来年度から適用する予定です。")
    say("中井委員", AG2, "引継ぎ基準の見直しによって、納税課の事務量はどの程度増えるのか。体制は十分なのか伺います。")
    say("吉川副市長", AG2, "引継ぎ件数の増加を見込み、来年度の体制については人事当局と協議しております。"
        "全庁一体となって債権管理に取り組んでまいります。")
    say("北野委員長", AG2, "以上で本日の案件は全て終了いたしました。これをもって総務市民委員会を閉会いたします。")
    para(doc, "（午前11時38分閉会）", M, 10.5, align="center", space_before=8)

    # 別表
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "別表　主な債権の収納状況（令和6年度決算）", G, 11, True, space_after=2)
    para(doc, "（単位：千円）", M, 9, align="right")
    trs = [["債権", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（％）"]]
    metr = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
    for d, lab, seg, a, c, w in rows:
        o, r = a - c - w, rate(c, a)
        trs.append([d, lab, f"{a:,}", f"{c:,}", f"{w:,}", f"{o:,}", f"{r:.2f}"])
        for k, v in enumerate((a, c, w, o, r)):
            if metr[k] == "collection_rate":
                facts.append(fact(d, 2024, "令和6年度", seg, metr[k], "actual", v, "percent", f"{v:.2f}"))
            else:
                facts.append(fact(d, 2024, "令和6年度", seg, metr[k], "actual", v * 1000, "yen", f"{v:,}"))
    table(doc, trs, [30, 22, 26, 26, 22, 24, 18], G, 8.5,
          aligns=["left", "center", "right", "right", "right", "right", "right"], bold_rows=(0,))
    para(doc, "※収入未済額＝調定額－収入済額－不納欠損額", M, 9, space_before=3)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF / f"{STEM}.pdf", "w_moriguchi")
    place_pages(pdf, facts)
    for s in statements:
        s["page"] = None
    place_pages(pdf, statements, key="text")
    attendees = [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
    attendees += [{"role": "説明のために出席した者", "title": t, "name": n} for t, n in STAFF]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-12-11", "method": None,
               "attendees": attendees, "agenda": [AG1, AG2], "materials": MATERIALS, "statements": statements}
    write_gold(STEM, pdf, "minutes", CITY, TITLE, "2025-12-11", "令和7年12月11日", facts, [], minutes)


if __name__ == "__main__":
    build()
