"""門真市議会「総務建設常任委員会記録」（○委員長・◆委員・◎理事者の記号）を手本にした委員会記録（PyMuPDF Story）。"""
from __future__ import annotations

import html as H

from w_common import PDF_DIR, Gold, c, oku_man, rate
from w_story import render

STEM = "w_kadoma_minutes_1"
CITY = "門真市"
g = Gold()

# 令和6年度決算（千円）: (現年調定, 現年収入, 滞繰調定, 滞繰収入, 滞繰欠損)
DEBTS = {
    "市税": (34512660, 34208120, 869480, 249020, 71350),
    "国民健康保険料": (5812340, 5408380, 1480220, 357920, 201660),
    "介護保険料": (4215880, 4164700, 98440, 21330, 14220),
}
SEGLAB = {"市税": ("現年課税分", "滞納繰越分", "計"),
          "国民健康保険料": ("現年度分", "滞納繰越分", "計"),
          "介護保険料": ("現年度分", "滞納繰越分", "計")}


def D(name):
    ca, cc, aa, ac, aw = DEBTS[name]
    return {"current": (ca, cc, 0, ca - cc, rate(cc, ca)),
            "arrears": (aa, ac, aw, aa - ac - aw, rate(ac, aa)),
            "total": (ca + aa, cc + ac, aw, ca - cc + aa - ac - aw, rate(cc + ac, ca + aa))}


TAX = D("市税")
KOKUHO = D("国民健康保険料")
KAIGO = D("介護保険料")
FY = 2024
FYR = "令和6年度"
SEC1 = "議案第58号　令和6年度門真市一般会計歳入歳出決算認定について中、所管事項"
SEC2 = "令和6年度市税等の収納状況及び債権管理の取組について"
ALL_OUT = 2741000000  # 全会計の収入未済額（約）

MEMBERS = [("委員長", "北川 智之"), ("副委員長", "松井 早苗"), ("委員", "寺島 健吾"), ("委員", "大森 由美"),
           ("委員", "上田 浩平"), ("委員", "堀内 隆"), ("委員", "中野 圭")]
EXPL = [("市長", "宮田 正樹"), ("副市長", "木下 亮"), ("総務部長", "森田 和彦"), ("企画財政部長", "山本 達也"),
        ("子ども・若者部長", "川端 紀子"), ("総務部次長兼納税課長", "西村 誠"), ("保険収納課長", "藤井 恵子")]
STAFF = [("局長", "浜田 修"), ("課長", "谷口 亜紀"), ("主査", "中西 翔")]

body = []


def p(text, cls=None):
    body.append(f'<p{" class=%s" % cls if cls else ""}>{H.escape(text)}</p>')


def say(mark, speaker, section, paras):
    text = "\n".join(paras)
    g.stmt(speaker, section, text)
    body.append(f"<p class=sp>{mark}{H.escape(speaker)}　{H.escape(paras[0])}</p>")
    for q in paras[1:]:
        body.append(f"<p>　{H.escape(q)}</p>")


def yen_oku(v1000):
    return oku_man(v1000 * 1000)


def build():
    body.append("<p style='text-align:center'>令和7年　第3回定例会</p>")
    body.append("<h1>総務建設常任委員会記録</h1>")
    g.anchor("総務建設常任委員会記録")
    p("〇開催日　令和7年9月17日(水)")
    p("〇会議時間　開会 午前10時00分 ～ 閉会 午前11時52分")
    p("〇開催場所　委員会室")
    p("〇出席者氏名")
    p("・出席委員(7名)")
    rows = []
    for k in range(0, len(MEMBERS), 2):
        pair = MEMBERS[k:k + 2]
        rows.append("<tr>" + "".join(f"<td>{'委　員' if r == '委員' else r}</td><td>{n}</td>" for r, n in pair) + "</tr>")
    body.append("<table class=nb>" + "".join(rows) + "</table>")
    p("・説明のために出席した者")
    rows = []
    for k in range(0, len(EXPL), 2):
        pair = EXPL[k:k + 2]
        rows.append("<tr>" + "".join(f"<td>{t}</td><td>{n}</td>" for t, n in pair) + "</tr>")
    rows.append("<tr><td>その他関係職員</td><td></td></tr>")
    body.append("<table class=nb>" + "".join(rows) + "</table>")
    p("・職務のために出席した議会事務局職員")
    body.append("<table class=nb><tr>" + "".join(f"<td>{t}</td><td>{n}</td>" for t, n in STAFF) + "</tr></table>")
    p("〇付託議案")
    p("　" + SEC1)
    p("〇所管事務の報告")
    p("　(1) " + SEC2)
    p("〇配付資料")
    p("　資料1　令和6年度市税等収納状況")
    p("　資料2　門真市債権管理推進会議の開催状況について")
    p("〇傍聴者　2名")
    p("令和7年9月17日(水)午前10時開会", "sp")
    body.append(f"<p>〇付託議案の審査について</p><p>〔{H.escape(SEC1)}〕</p>")

    say("○", "北川 委員長", SEC1, [
        "ただいまから総務建設常任委員会を開会いたします。",
        "開会に当たりまして、宮田市長の御挨拶を願います。"])
    say("◎", "宮田 市長", SEC1, [
        "おはようございます。委員各位におかれましては、早々に御出席を賜り、誠にありがとうございます。本日は、"
        "令和6年度決算のうち所管事項につきまして御審査をお願いいたします。よろしく御審査賜りますようお願い申し上げます。"])
    say("○", "北川 委員長", SEC1, [
        "それでは、議案第58号、令和6年度門真市一般会計歳入歳出決算認定について中、所管事項を議題といたします。理事者の説明を求めます。"])
    t = TAX["total"]
    s1 = yen_oku(t[0]); s2 = yen_oku(t[1])
    say("◎", "森田 総務部長", SEC1, [
        "ただいま議題に供されました議案第58号のうち、市税の決算概要について御説明申し上げます。",
        f"令和6年度の市税の調定額は{s1}、収入済額は{s2}で、収納率は{t[4]:.2f}％となり、前年度と比べ0.21ポイントの上昇となっております。"
        f"また、収入未済額は約{oku_man(round(t[3]*1000, -6))}でございます。"])
    g.fact("市税", FY, FYR, "total", "assessed", "actual", t[0] * 1000, "yen", s1)
    g.fact("市税", FY, FYR, "total", "collected", "actual", t[1] * 1000, "yen", s2)
    g.fact("市税", FY, FYR, "total", "collection_rate", "actual", t[4], "percent", f"{t[4]:.2f}％")
    g.fact("市税", FY, FYR, "total", "outstanding", "actual", round(t[3] * 1000, -6), "yen",
           "約" + oku_man(round(t[3] * 1000, -6)), approx=True)
    say("○", "北川 委員長", SEC1, ["説明は終わりました。これより質疑に入ります。"])
    say("◆", "寺島 委員", SEC1, [
        "現年課税分は高い水準で推移していると思いますが、滞納繰越分の収納率はまだ低いように見受けられます。"
        "滞納繰越分の状況と、差押えなどの滞納処分の実施状況についてお聞かせください。"])
    a = TAX["arrears"]
    say("◎", "西村 総務部次長兼納税課長", SEC1, [
        f"滞納繰越分の収納率は{a[4]:.2f}％で、前年度の27.90％から0.74ポイント上昇しております。"
        "令和6年度の差押件数は1,126件で、このうち預貯金の差押えが約7割を占めております。"
        f"なお、滞納繰越分の不納欠損額は{yen_oku(a[2])}でございます。"])
    g.fact("市税", FY, FYR, "arrears", "collection_rate", "actual", a[4], "percent", f"{a[4]:.2f}％")
    g.fact("市税", 2023, "前年度", "arrears", "collection_rate", "actual", 27.90, "percent", "27.90％")
    g.fact("市税", FY, FYR, "arrears", "written_off", "actual", a[2] * 1000, "yen", yen_oku(a[2]))
    say("◆", "寺島 委員", SEC1, ["国民健康保険料の状況についても、あわせてお聞かせください。"])
    kc, ka = KOKUHO["current"], KOKUHO["arrears"]
    ko = round(KOKUHO["total"][3] * 1000, -6)
    say("◎", "藤井 保険収納課長", SEC1, [
        f"国民健康保険料の令和6年度の収納率は、現年度分で{kc[4]:.2f}％、滞納繰越分で{ka[4]:.2f}％となっております。"
        f"収入未済額は約{oku_man(ko)}（令和6年度末）で、滞納世帯数は3,412世帯でございます。"
        "引き続き、短期被保険者証の交付時の納付相談などを通じて、接触機会の確保に努めてまいります。"])
    g.fact("国民健康保険料", FY, FYR, "current", "collection_rate", "actual", kc[4], "percent", f"{kc[4]:.2f}％")
    g.fact("国民健康保険料", FY, FYR, "arrears", "collection_rate", "actual", ka[4], "percent", f"{ka[4]:.2f}％")
    g.fact("国民健康保険料", FY, "令和6年度末", "total", "outstanding", "actual", ko, "yen", "約" + oku_man(ko), approx=True)
    g.fact("国民健康保険料", FY, FYR, "total", "delinquents", "actual", 3412, "households", "3,412世帯")
    say("◆", "大森 委員", SEC1, ["今年度に入ってからの市税の収納状況はいかがでしょうか。"])
    say("◎", "西村 総務部次長兼納税課長", SEC1, [
        "令和7年8月末現在の市税現年課税分の収納率は42.18％で、前年同月の41.83％を0.35ポイント上回っております。"
        "引き続き、早期の催告と財産調査に努めてまいります。"])
    g.fact("市税", 2025, "令和7年8月末", "current", "collection_rate", "interim", 42.18, "percent", "42.18％", as_of="2025-08-31")
    g.fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", 41.83, "percent", "41.83％", as_of="2024-08-31")
    say("○", "北川 委員長", SEC1, [
        "ほかに質疑はございませんか。",
        "〔「なし」の声あり〕",
        "質疑を終結いたします。これより討論に入りますが、討論はございませんか。討論を終結し、採決いたします。"
        "本件は、認定すべきものと決することに賛成の委員の挙手を求めます。挙手全員であります。よって、本件は認定すべきものと決しました。"])

    body.append(f"<p class=sp>〇所管事務の報告について</p><p>〔{H.escape(SEC2)}〕</p>")
    say("○", "北川 委員長", SEC2, ["次に、所管事務の報告を受けます。理事者の説明を求めます。"])
    say("◎", "森田 総務部長", SEC2, [
        "資料2を御覧ください。本市では、副市長を会長とする門真市債権管理推進会議において、全庁的な債権管理の進行管理を行っております。"
        "令和7年度第1回の会議を7月10日に開催し、各債権の令和6年度決算の状況と今年度の取組方針を確認いたしました。"
        "なお、令和7年度第2回の会議は11月に開催する予定でございます。",
        f"全会計の収入未済額は約{oku_man(ALL_OUT)}（令和6年度末）で、前年度末から約1億5,000万円縮減しております。"])
    g.fact(None, FY, "令和6年度末", "total", "outstanding", "actual", ALL_OUT, "yen", "約" + oku_man(ALL_OUT),
           approx=True, debt_raw="全会計")
    say("◆", "上田 委員", SEC2, [
        "市営住宅使用料などの私債権についても、法的措置を含めた対応が必要と考えますが、現状はいかがでしょうか。"])
    say("◎", "森田 総務部長", SEC2, [
        "私債権につきましては、所管課での催告で納付に至らない案件について、支払督促の申立てを行っております。"
        "令和6年度は市営住宅使用料で12件の申立てを行いました。今後も所管課と連携し、適正な管理に努めてまいります。"])
    say("○", "北川 委員長", SEC2, ["以上で本日の委員会を閉会いたします。"])
    p("午前11時52分閉会", "sp")

    # 別表
    body.append("<h2>別表　市税等収納状況（令和6年度決算）</h2><p style='text-align:right;font-size:9pt'>（単位：千円）</p>")
    g.anchor("別表")
    rows = ["<tr><th>債権名</th><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率(%)</th></tr>"]
    for name, dd in (("市税", TAX), ("国民健康保険料", KOKUHO), ("介護保険料", KAIGO)):
        for k, seg in enumerate(("current", "arrears", "total")):
            a_, c_, w_, o_, r_ = dd[seg]
            lab = SEGLAB[name][k]
            cells = [c(a_), c(c_), c(w_) if seg != "current" else "－", c(o_), f"{r_:.2f}"]
            first = f"<td rowspan=3>{name}</td>" if k == 0 else ""
            rows.append("<tr>" + first + f"<td class=c>{lab}</td>" + "".join(f"<td class=r>{x}</td>" for x in cells) + "</tr>")
            g.fact(name, FY, FYR, seg, "assessed", "actual", a_ * 1000, "yen", c(a_))
            g.fact(name, FY, FYR, seg, "collected", "actual", c_ * 1000, "yen", c(c_))
            if seg != "current":
                g.fact(name, FY, FYR, seg, "written_off", "actual", w_ * 1000, "yen", c(w_))
            g.fact(name, FY, FYR, seg, "outstanding", "actual", o_ * 1000, "yen", c(o_))
            g.fact(name, FY, FYR, seg, "collection_rate", "actual", r_, "percent", f"{r_:.2f}")
    body.append("<table style='width:100%'>" + "".join(rows) + "</table>")
    p("※収入未済額は、調定額から収入済額及び不納欠損額を差し引いた額です。")

    pdf = PDF_DIR / f"{STEM}.pdf"
    render("".join(body), pdf, header="令和7年 第3回定例会 総務建設常任委員会記録")
    return pdf


if __name__ == "__main__":
    pdf = build()
    attendees = ([{"role": r, "title": None, "name": n} for r, n in MEMBERS]
                 + [{"role": "説明員", "title": t, "name": n} for t, n in EXPL]
                 + [{"role": "議会事務局職員", "title": t, "name": n} for t, n in STAFF])
    minutes = {"title": "総務建設常任委員会記録", "meeting_number": None, "date": "2025-09-17", "method": None,
               "attendees": attendees, "agenda": [SEC1, SEC2],
               "materials": ["資料1　令和6年度市税等収納状況", "資料2　門真市債権管理推進会議の開催状況について"]}
    g.write(STEM, pdf, {"kind": "minutes", "municipality": CITY, "title": "総務建設常任委員会記録",
                        "date": "2025-09-17", "date_raw": "令和7年9月17日(水)"}, minutes=minutes)
