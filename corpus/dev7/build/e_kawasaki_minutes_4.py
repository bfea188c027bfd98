"""川崎市議会「総務委員会記録」型の minutes（python-docx → LibreOffice、A4縦）。末尾に別表（資料）。"""
from e_common import OUT, PDF, c, fact, rate, to_pdf, write_gold
from e_docxutil import footer_page, new_doc, page_break, para, table

STEM = "e_kawasaki_minutes_4"
CITY = "川崎市"
TITLE = "総務委員会記録"
AG1 = "令和５年度債権確保策の取組結果について"

# 別表（千円）: 調定, 収入済, 不納欠損
BT = [("市税", 372_415_860, 368_542_735, 752_310),
      ("国民健康保険料", 30_512_440, 24_027_350, 1_120_300),
      ("介護保険料", 35_204_118, 34_602_905, 163_214),
      ("後期高齢者医療保険料", 14_802_330, 14_731_090, 12_005),
      ("保育料", 9_840_560, 9_701_350, 15_702),
      ("市営住宅使用料", 8_612_400, 8_305_120, 41_380)]
ROW = {n: {"assessed": a, "collected": col, "written_off": wo, "outstanding": a - col - wo, "rate": rate(col, a)}
       for n, a, col, wo in BT}
assert str(ROW["市税"]["rate"]) == "98.96"

facts = []


def F(*a, **k):
    facts.append(fact(*a, **k))


def approx(sen):
    o, m = divmod(sen * 1000, 100_000_000)
    m = int(round(m / 10_000, -2))
    if m == 10000:
        o, m = o + 1, 0
    return f"約{o}億{m:,}万円", o * 100_000_000 + m * 10_000


MEMBERS = [("委員長", "髙橋正人"), ("副委員長", "小川美由紀")] + [("委員", n) for n in (
    "石井健太", "岡本和也", "木下純一", "坂口恵子", "杉山直樹", "田辺玲子", "中島俊介", "原田 亮", "松井かおり", "森本 悟")]
STAFF = [("財政局", [("西田", "財政局長"), ("吉岡", "税務監"), ("大塚", "財政部長"), ("村上", "税務部長"),
                  ("藤井", "庶務課長"), ("井上", "収納対策課長"), ("久保", "債権管理担当課長")]),
         ("健康福祉局", [("清水", "保険年金・医療担当部長"), ("野口", "保険年金課長")]),
         ("こども未来局", [("荒木", "子ども・若者支援担当部長"), ("川口", "保育・子育て総合支援担当課長")])]


def build():
    d = new_doc("IPAexMincho", 10.5)
    footer_page(d, "－ {} －")
    para(d, "令和６年　11月総務委員会－11月15日-01号", size=9)
    para(d, TITLE, size=15, bold=True, align="center", before=6, after=6)
    para(d, "令和６年11月15日（金）　　午前10時00分開会\n　　　　　　　　　　　　　　午前11時24分閉会", indent_mm=8)
    para(d, "場所：502会議室", indent_mm=8)
    mem = "、".join(n for _, n in MEMBERS[2:])
    para(d, f"出席委員：{MEMBERS[0][1]}委員長、{MEMBERS[1][1]}副委員長、{mem}各委員", indent_mm=8)
    para(d, "欠席委員：なし", indent_mm=8)
    lines = []
    for dept, ppl in STAFF:
        lines.append(f"（{dept}）" + "、".join(s + t for s, t in ppl))
    para(d, "出席説明員：" + "\n　　　　　　".join(lines), indent_mm=8)
    para(d, f"日　程　１　所管事務の調査（報告）\n　　　　　（財政局）\n　　　　　(1) {AG1}\n　　　　２　その他", indent_mm=8, after=6)
    para(d, "午前10時00分開会", align="center", after=4)

    stmts = []
    page = [1]

    def S(name, role, text, section, printed_name=True):
        marker = f"○{name} {role}" if printed_name else f"○{role}"
        para(d, f"{marker}　{text}", first_mm=0, after=3)
        stmts.append({"speaker": (name + role) if printed_name else role, "section": section, "text": text,
                      "page": page[0]})

    s = ROW["市税"]
    tx, tv = approx(s["outstanding"])
    kx, kv = approx(ROW["国民健康保険料"]["outstanding"])
    ix, iv = approx(ROW["介護保険料"]["outstanding"])
    S("髙橋正人", "委員長", "ただいまから総務委員会を開会いたします。お手元のタブレット端末を御覧ください。本日の日程は、総務委員会日程のとおりです。", None)
    para(d, f"１　所管事務の調査（報告）　(1) {AG1}", bold=True, before=4, after=3)
    S("髙橋正人", "委員長", f"それでは、財政局関係の所管事務の調査として「{AG1}」の報告を受けます。理事者の方、よろしくお願いいたします。", AG1)
    S("西田", "財政局長", f"それでは、「{AG1}」につきまして御報告申し上げます。詳細につきましては、久保債権管理担当課長から御説明いたしますので、よろしくお願いいたします。", AG1)
    t_kubo = (f"それでは、お手元の資料を御覧ください。令和５年度の市税の収納率は、現年課税分99.52％、滞納繰越分38.41％、合計で{s['rate']}％となり、"
              f"前年度を0.12ポイント上回りました。市税の収入未済額は{tx}で、前年度から約５億円減少しております。"
              f"市税以外の主な債権の収入未済額は、国民健康保険料が{kx}、介護保険料が{ix}でございます。"
              "差押えの強化に加え、令和５年度から市税と国民健康保険料の滞納案件の一元的な管理を開始しており、引き続き債権確保に取り組んでまいります。説明は以上でございます。")
    S("久保", "債権管理担当課長", t_kubo, AG1)
    F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", 99.52, "percent", "99.52％", 1)
    F("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 38.41, "percent", "38.41％", 1)
    F("市税", 2023, "令和５年度", "total", "collection_rate", "actual", float(s["rate"]), "percent", f"{s['rate']}％", 1)
    F("市税", 2023, "令和５年度", "total", "outstanding", "actual", tv, "yen", tx, 1, approx=True)
    F("国民健康保険料", 2023, "令和５年度", "total", "outstanding", "actual", kv, "yen", kx, 1, approx=True)
    F("介護保険料", 2023, "令和５年度", "total", "outstanding", "actual", iv, "yen", ix, 1, approx=True)
    S("髙橋正人", "委員長", "説明は以上のとおりです。質疑等がございましたらお願いいたします。", AG1)
    S("石井健太", "委員", "国民健康保険料の収納率について、現年度分と滞納繰越分それぞれの状況と、前年度からの変化を教えてください。", AG1)
    S("野口", "保険年金課長", "令和５年度の国民健康保険料の収納率は、現年度分が94.12％、滞納繰越分が31.86％でございます。前年度と比べ、現年度分は0.38ポイント、滞納繰越分は1.20ポイント上昇しております。", AG1)
    F("国民健康保険料", 2023, "令和５年度", "current", "collection_rate", "actual", 94.12, "percent", "94.12％", 1)
    F("国民健康保険料", 2023, "令和５年度", "arrears", "collection_rate", "actual", 31.86, "percent", "31.86％", 1)
    page_break(d)
    page[0] = 2
    S("石井健太", "委員", "今年度に入ってからの市税の収納状況はいかがでしょうか。", AG1)
    S("村上", "税務部長", "令和６年９月末現在の市税現年課税分の収納率は54.87％で、前年同期の54.66％を0.21ポイント上回っております。年度末に向けて、引き続き早期の催告と滞納処分に努めてまいります。", AG1)
    F("市税", 2024, "令和６年９月末", "current", "collection_rate", "interim", 54.87, "percent", "54.87％", 2, as_of="2024-09-30")
    F("市税", 2023, "前年同期", "current", "collection_rate", "interim", 54.66, "percent", "54.66％", 2, as_of="2023-09-30")
    S("坂口恵子", "委員", "滞納されている方の人数はどのように推移していますか。", AG1)
    S("井上", "収納対策課長", "市税の滞納者数は、令和５年度末で２万1,846人となり、前年度末の２万3,105人から1,259人減少いたしました。", AG1)
    F("市税", 2023, "令和５年度末", "total", "delinquents", "actual", 21846, "persons", "２万1,846人", 2)
    F("市税", 2022, "前年度末", "total", "delinquents", "actual", 23105, "persons", "２万3,105人", 2)
    S("坂口恵子", "委員", "保育料の状況についても伺います。", AG1)
    S("荒木", "子ども・若者支援担当部長", "保育料の収入未済額は、令和５年度末で1億2,350万円余でございます。児童手当からの徴収を活用しながら、卒園後の滞納案件については財政局と連携して整理を進めております。", AG1)
    F("保育料", 2023, "令和５年度末", "total", "outstanding", "actual", 123_500_000, "yen", "1億2,350万円余", 2, approx=True)
    S("中島俊介", "委員", "市営住宅使用料の滞納について、法的措置の状況はどうなっていますか。", AG1)
    S("久保", "債権管理担当課長", "市営住宅使用料につきましては、長期の滞納案件について明渡し請求訴訟を含めた法的措置を所管局と連携して進めております。件数等の詳細につきましては、別途資料をお届けいたします。", AG1)
    S("髙橋正人", "委員長", f"ほかに質疑等がなければ、以上で「{AG1}」の報告を終わります。なお、令和６年度の中間実績につきましては、令和７年第１回定例会の会期中に開催する委員会で御報告いただく予定と伺っております。", AG1)
    S("髙橋正人", "委員長", "理事者の方は退室をお願いいたします。", AG1)
    para(d, "２　その他", bold=True, before=4, after=3)
    S("髙橋正人", "委員長", "次に、「その他」として、委員の皆様から何かございますか。", "その他")
    para(d, "（　な　し　）", align="center", after=3)
    S("髙橋正人", "委員長", "それでは、以上で本日の総務委員会を閉会いたします。", "その他")
    para(d, "午前11時24分閉会", align="center", before=4)
    page_break(d)

    # ---- 別表
    para(d, "（資料）", size=10)
    para(d, "令和５年度　主な債権の収納状況（決算）", size=12, bold=True, align="center", after=4)
    para(d, "（単位：千円、％）", size=9, align="right")
    rows = [["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    tot = {k: 0 for k in ("assessed", "collected", "written_off", "outstanding")}
    for n, *_ in BT:
        r = ROW[n]
        rows.append([n, c(r["assessed"]), c(r["collected"]), c(r["written_off"]), c(r["outstanding"]), f"{r['rate']}"])
        for k in tot:
            tot[k] += r[k]
            F(n, 2023, "令和５年度", "total", k, "actual", r[k] * 1000, "yen", c(r[k]), 3)
        F(n, 2023, "令和５年度", "total", "collection_rate", "actual", float(r["rate"]), "percent", f"{r['rate']}", 3)
    trate = rate(tot["collected"], tot["assessed"])
    rows.append(["計", c(tot["assessed"]), c(tot["collected"]), c(tot["written_off"]), c(tot["outstanding"]), f"{trate}"])
    for k in tot:
        F(None, 2023, "令和５年度", "total", k, "actual", tot[k] * 1000, "yen", c(tot[k]), 3, debt_raw="計")
    F(None, 2023, "令和５年度", "total", "collection_rate", "actual", float(trate), "percent", f"{trate}", 3, debt_raw="計")
    table(d, rows, widths_mm=[40, 28, 28, 24, 24, 18], size=9.5,
          aligns=[None, "right", "right", "right", "right", "right"])
    para(d, "※収納率は、収入済額÷調定額により算出。市税は現年課税分及び滞納繰越分の合計。", size=9, before=3)
    para(d, "※国民健康保険料・介護保険料・後期高齢者医療保険料は健康福祉局、保育料はこども未来局、市営住宅使用料はまちづくり局の所管。", size=9)

    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "kawasaki")

    attendees = [{"role": r, "title": r, "name": n.replace(" ", "")} for r, n in MEMBERS]
    for dept, ppl in STAFF:
        attendees += [{"role": t, "title": t, "name": sname} for sname, t in ppl]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2024-11-15", "method": None,
               "attendees": attendees, "agenda": [AG1, "その他"],
               "materials": ["令和５年度　主な債権の収納状況（決算）"], "statements": stmts}
    return write_gold(STEM, "minutes", CITY, TITLE, "2024-11-15", "令和６年11月15日（金）", facts, [], minutes)


if __name__ == "__main__":
    build()
