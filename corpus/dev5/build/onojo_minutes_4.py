"""(d) minutes — 大野城市議会 総務委員会 記録 style: council standing-committee record with ○-speaker markers
(○委員長（清水純子）), question/answer on 収納率・収入未済額・滞納者数 in prose, 10月末 interim vs 前年同期, date
令和６年１２月１０日（火）, no meeting number, 別表 of figures at the end. python-docx -> LibreOffice, A4 portrait."""
from common import F, OUT, PDF, c, check, fmt, oku_man, rate, to_pdf, write_gold, zen
from docxutil import header_footer, new_doc, para, table

STEM = "onojo_minutes_4"
CITY = "大野城市"
# 令和5年度 (千円): current (assessed, collected), arrears (assessed, collected, written_off)
DATA = {
    "市税": ((11_902_418, 11_797_630), (402_116, 142_350, 21_408)),
    "国民健康保険税": ((1_640_228, 1_555_802), (318_904, 58_770, 24_116)),
    "介護保険料": ((1_104_560, 1_093_204), (22_418, 5_102, 3_880)),
    "後期高齢者医療保険料": ((712_330, 709_118), (4_806, 2_110, 402)),
}
SEGS = (("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "計"))


def seg_vals(x, seg):
    (ca, cc), (aa, ac, aw) = DATA[x]
    if seg == "current":
        return ca, cc, 0, ca - cc
    if seg == "arrears":
        return aa, ac, aw, aa - ac - aw
    return ca + aa, cc + ac, aw, ca + aa - cc - ac - aw


def approx_oku(v_thousand, step=1_000_000):
    y = v_thousand * 1000
    return (y + step // 2) // step * step


def build():
    facts = []
    d = new_doc(size=11.5)
    header_footer(d, "総務委員会記録（令和６年１２月１０日）", footer_fmt=("", ""))
    pg = 1
    para(d, "総 務 委 員 会 記 録", size=16, bold=True, align="center", font="IPAexGothic", space_after=8)
    meta = [["開催日時", "令和６年１２月１０日（火）　午前１０時００分開会　午前１１時４２分閉会"],
            ["場　　所", "第１委員会室"],
            ["出席委員", "委員長　清水 純子　　副委員長　中村 浩一\n委員　見城 秀樹　　委員　田代 恵美　　委員　古賀 隆　　委員　松尾 直樹"],
            ["説明のため\n出席した者", "総務部長　藤井 康弘　　税務課長　石橋 まゆみ\n債権管理課長　藤田 實　　国保年金課長　森 隆之"],
            ["事 務 局", "議事係長　原田 聡"],
            ["付議事件", "１　所管事務調査　令和５年度決算における主要債権の状況について\n２　所管事務調査　債権管理計画の進捗状況について"],
            ["配付資料", "令和５年度 主要債権の収納状況（別表）"]]
    table(d, meta, widths_mm=[28, 142], size=9.5, header_rows=0, aligns=["l", "l"])
    attendees = [
        {"role": "委員長", "title": "委員長", "name": "清水 純子"},
        {"role": "副委員長", "title": "副委員長", "name": "中村 浩一"},
        {"role": "委員", "title": "委員", "name": "見城 秀樹"},
        {"role": "委員", "title": "委員", "name": "田代 恵美"},
        {"role": "委員", "title": "委員", "name": "古賀 隆"},
        {"role": "委員", "title": "委員", "name": "松尾 直樹"},
        {"role": "総務部長", "title": "総務部長", "name": "藤井 康弘"},
        {"role": "税務課長", "title": "税務課長", "name": "石橋 まゆみ"},
        {"role": "債権管理課長", "title": "債権管理課長", "name": "藤田 實"},
        {"role": "国保年金課長", "title": "国保年金課長", "name": "森 隆之"},
        {"role": "議事係長", "title": "議事係長", "name": "原田 聡"},
    ]
    agenda = ["所管事務調査　令和５年度決算における主要債権の状況について", "所管事務調査　債権管理計画の進捗状況について"]
    para(d, "")
    statements = []

    def say(marker, speaker, section, text):
        for f in facts:
            f.setdefault("_st", len(statements) - 1)
        p = para(d, f"○{marker}　{text}", space_after=4)
        statements.append({"speaker": speaker, "section": section, "text": text, "page": None})

    S1, S2 = agenda
    say("委員長（清水純子）", "委員長（清水純子）", "開会",
        "ただいまから総務委員会を開会します。本日は、所管事務調査として、令和５年度決算における主要債権の状況及び"
        "債権管理計画の進捗状況について調査を行います。執行部の説明を求めます。")
    ct = seg_vals("市税", "current"); ar = seg_vals("市税", "arrears"); tt = seg_vals("市税", "total")
    rc, ra, rt = rate(ct[1], ct[0], 2), rate(ar[1], ar[0], 2), rate(tt[1], tt[0], 2)
    out_tax = approx_oku(tt[3])
    s_out = "約" + oku_man(out_tax)
    say("債権管理課長（藤田實）", "債権管理課長（藤田實）", S1,
        f"お手元の別表により御説明いたします。令和５年度の市税の収納率は、現年分が{rc:.2f}％、滞納繰越分が{ra:.2f}％で、"
        f"合計では{rt:.2f}％となりました。市税の収入未済額は{s_out}で、前年度と比べて減少しております。")
    facts += [F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", rc, "percent", f"{rc:.2f}％", pg),
              F("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", ra, "percent", f"{ra:.2f}％", pg),
              F("市税", 2023, "令和５年度", "total", "collection_rate", "actual", rt, "percent", f"{rt:.2f}％", pg),
              F("市税", 2023, "令和５年度", "total", "outstanding", "actual", out_tax, "yen", s_out, pg, approx=True)]
    say("委員（見城秀樹）", "委員（見城秀樹）", S1,
        "市税の滞納繰越分の収納率が前年度より改善したとのことですが、滞納者の人数はどのように推移していますか。"
        "また、国民健康保険税の状況もあわせて伺います。")
    say("税務課長（石橋まゆみ）", "税務課長（石橋まゆみ）", S1,
        "令和５年度末の市税の滞納者数は２，４１３人で、前年度末の２，６０２人から１８９人減少しました。"
        "差押えなどの滞納処分を早期に行ったことが主な要因と考えております。")
    facts += [F("市税", 2023, "令和５年度末", "total", "delinquents", "actual", 2413, "persons", "２，４１３人", pg),
              F("市税", 2022, "前年度末", "total", "delinquents", "actual", 2602, "persons", "２，６０２人", pg)]
    kc = seg_vals("国民健康保険税", "current"); kt = seg_vals("国民健康保険税", "total")
    krc = rate(kc[1], kc[0], 2)
    kout = approx_oku(kt[3])
    ks = "約" + oku_man(kout)
    say("国保年金課長（森隆之）", "国保年金課長（森隆之）", S1,
        f"国民健康保険税の令和５年度の現年分収納率は{krc:.2f}％で、前年度を０．２１ポイント上回りました。"
        f"収入未済額は{ks}となっております。")
    facts += [F("国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", krc, "percent", f"{krc:.2f}％", pg),
              F("国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", kout, "yen", ks, pg, approx=True)]
    say("委員（田代恵美）", "委員（田代恵美）", S2,
        "今年度に入ってからの収納状況はいかがでしょうか。物価高騰の影響で納付が難しくなっている方が増えていないか心配しております。")
    say("債権管理課長（藤田實）", "債権管理課長（藤田實）", S2,
        "令和６年１０月末時点の市税の現年分収納率は６１．２４％で、前年同期の６０．８８％を上回っております。"
        "一方、国民健康保険税の現年分は４８．０２％で、前年同期の４８．３５％をやや下回っております。"
        "納付が困難な方には、分割納付の相談に丁寧に応じてまいります。")
    facts += [F("市税", 2024, "令和６年１０月末時点", "current", "collection_rate", "interim", 61.24, "percent", "６１．２４％", pg, as_of="2024-10-31"),
              F("市税", 2023, "前年同期", "current", "collection_rate", "interim", 60.88, "percent", "６０．８８％", pg, as_of="2023-10-31"),
              F("国民健康保険税", 2024, "令和６年１０月末時点", "current", "collection_rate", "interim", 48.02, "percent", "４８．０２％", pg, as_of="2024-10-31"),
              F("国民健康保険税", 2023, "前年同期", "current", "collection_rate", "interim", 48.35, "percent", "４８．３５％", pg, as_of="2023-10-31")]
    say("委員（古賀隆）", "委員（古賀隆）", S2,
        "債権管理計画では、介護保険料と後期高齢者医療保険料の目標も定めていると思いますが、達成の見込みはどうですか。")
    kg = seg_vals("介護保険料", "current")
    kgr = rate(kg[1], kg[0], 2)
    say("債権管理課長（藤田實）", "債権管理課長（藤田實）", S2,
        f"介護保険料の令和５年度の現年分収納率は{kgr:.2f}％で、計画の目標である９９．００％を下回りました。"
        "今年度は、普通徴収の方への口座振替の勧奨を強化しております。後期高齢者医療保険料は、目標を達成する見込みです。")
    facts += [F("介護保険料", 2023, "令和５年度", "current", "collection_rate", "actual", kgr, "percent", f"{kgr:.2f}％", pg),
              F("介護保険料", 2023, "計画の目標", "current", "collection_rate", "target", 99.00, "percent", "９９．００％", pg)]
    say("副委員長（中村浩一）", "副委員長（中村浩一）", S1,
        "不納欠損の額が前年度より増えているように見えますが、どのような理由によるものですか。"
        "安易に欠損処理をしているのではないかという市民の声もありますので、考え方を確認させてください。")
    w = seg_vals("市税", "arrears")[2]
    sw = "約" + oku_man(approx_oku(w, 1_000_000))
    say("税務課長（石橋まゆみ）", "税務課長（石橋まゆみ）", S1,
        f"令和５年度の市税の不納欠損額は{sw}です。財産調査を尽くしたうえで、滞納処分をすることができる財産がない方や"
        "生活が著しく困窮している方について執行停止を行い、その後３年を経過したものを欠損としております。"
        "調査を行わずに欠損とした案件はございません。")
    facts.append(F("市税", 2023, "令和５年度", "arrears", "written_off", "actual", approx_oku(w, 1_000_000), "yen", sw, 0,
                   approx=True))
    say("委員（見城秀樹）", "委員（見城秀樹）", S1,
        "執行停止の判断基準は、所管課ごとに異なるということはないのでしょうか。私債権の扱いも含めて伺います。")
    say("債権管理課長（藤田實）", "債権管理課長（藤田實）", S1,
        "強制徴収公債権については、税の例により統一した基準で判断しております。私債権と非強制徴収公債権については、"
        "債権管理条例に基づき、徴収停止や債権放棄の手続を定めたマニュアルにより、全ての所管課が同じ基準で判断しております。"
        "令和５年度に条例に基づいて放棄した債権は、別表の債権以外のものを含めて１２件でございます。")
    say("委員（松尾直樹）", "委員（松尾直樹）", S2,
        "債権の所管課ごとに取組の差があるように見えます。全庁的な指導はどのように行っているのですか。")
    say("総務部長（藤井康弘）", "総務部長（藤井康弘）", S2,
        "債権管理課が各所管課の滞納案件を定期的に点検し、回収が困難な案件は移管を受けて一元的に整理しております。"
        "引き続き、全庁を挙げて収入未済額の縮減に取り組んでまいります。")
    say("委員長（清水純子）", "委員長（清水純子）", "閉会",
        "ほかに質疑はありませんか。――なければ、以上で所管事務調査を終わります。これをもちまして総務委員会を閉会します。")
    for f in facts:
        f.setdefault("_st", len(statements) - 1)
    prose_facts = facts
    facts = []
    d.add_page_break(); pg = None
    para(d, "別表　令和５年度 主要債権の収納状況", size=11, bold=True, font="IPAexGothic")
    para(d, "（単位：千円、％）", size=9, align="right", space_after=0)
    rows = [["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    merges = []
    tot = [0, 0, 0, 0]
    for x in DATA:
        r0 = len(rows)
        for seg, lab in SEGS:
            A, C, W, O = seg_vals(x, seg)
            R = rate(C, A, 2)
            rows.append([x if seg == "current" else "", lab, c(A), c(C), c(W) if W else "－", c(O), f"{R:.2f}"])
            for m, v in (("assessed", A), ("collected", C), ("written_off", W), ("outstanding", O)):
                if m == "written_off" and not W:
                    continue
                facts.append(F(x, 2023, "令和５年度", seg, m, "actual", v * 1000, "yen", c(v), pg))
            facts.append(F(x, 2023, "令和５年度", seg, "collection_rate", "actual", R, "percent", f"{R:.2f}", pg))
            if seg == "total":
                tot = [a + b for a, b in zip(tot, (A, C, W, O))]
        merges.append((r0, 0, r0 + 2, 0))
    R = rate(tot[1], tot[0], 2)
    rows.append(["合計", "", c(tot[0]), c(tot[1]), c(tot[2]), c(tot[3]), f"{R:.2f}"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    for m, v in zip(("assessed", "collected", "written_off", "outstanding"), tot):
        facts.append(F(None, 2023, "令和５年度", "total", m, "actual", v * 1000, "yen", c(v), pg, debt_raw="合計"))
    facts.append(F(None, 2023, "令和５年度", "total", "collection_rate", "actual", R, "percent", f"{R:.2f}", pg, debt_raw="合計"))
    table(d, rows, widths_mm=[38, 22, 24, 24, 20, 22, 18], size=8.5, merges=merges,
          aligns=["l", "c", "r", "r", "r", "r", "r"])
    para(d, "※ 計の収納率は、現年分と滞納繰越分を合わせた調定額に対する収入済額の割合である。", size=8.5)
    OUT.mkdir(exist_ok=True, parents=True)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", STEM)
    # page of each statement (flowing text): located in the rendered PDF by its own known text
    import pymupdf, re
    texts = [re.sub(r"\s+", "", p.get_text()) for p in pymupdf.open(PDF / f"{STEM}.pdf")]
    last = len(texts)
    for st in statements:
        hits = [i + 1 for i, t in enumerate(texts) if re.sub(r"\s+", "", st["text"]) in t]
        if len(hits) != 1:
            raise SystemExit(f"statement straddles a page break or is missing: {st['text'][:20]}")
        st["page"] = hits[0]
    for f in prose_facts:
        f["page"] = statements[f.pop("_st")]["page"]
    for f in facts:
        f["page"] = last
    facts = prose_facts + facts
    minutes = {"title": "総務委員会記録", "meeting_number": None, "date": "2024-12-10", "method": None,
               "attendees": attendees, "agenda": agenda, "materials": ["令和５年度 主要債権の収納状況（別表）"],
               "statements": statements}
    doc = {"kind": "minutes", "municipality": CITY, "title": "総務委員会記録", "date": "2024-12-10",
           "date_raw": "令和６年１２月１０日（火）"}
    write_gold(STEM, doc, facts, [], minutes)
    return check(STEM)


if __name__ == "__main__":
    build()
