"""qi_susaki_minutes_1: 須崎市議会 決算特別委員会記録（令和7年9月定例会）, drawn with PyMuPDF (Mincho)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qi_common import (Facts, Inits, PDF_DIR, c, chain, check, fr, q, rate, trif, write_gold, zen)
from qi_pdfkit import Doc

STEM = "qi_susaki_minutes_1"
CITY = "須崎市"

# ------------------------------------------------------------------ data (千円), 令和5・6年度決算
Y = [2023, 2024]
ROWS = {
    "個人市民税": chain(Y, [742318, 751206], [98.71, 98.86], 61240, [20.4, 22.1], [3.8, 3.4]),
    "法人市民税": chain(Y, [186215, 178904], [99.62, 99.48], 3120, [38.5, 30.2], [6.5, 5.8]),
    "固定資産税": chain(Y, [1012406, 1008815], [98.95, 99.12], 72305, [18.2, 19.6], [4.2, 3.9]),
    "軽自動車税": chain(Y, [68412, 69120], [97.84, 98.02], 5318, [26.1, 27.4], [5.1, 4.6]),
    "市たばこ税": chain(Y, [142507, 139882], [100.0, 100.0], 0, [0, 0], [0, 0]),
}
TAX = list(ROWS)
OTHER = {
    "国民健康保険税": chain(Y, [498215, 487316], [93.62, 94.05], 168420, [16.8, 18.1], [6.1, 5.5]),
    "市営住宅使用料": chain(Y, [72418, 71805], [95.40, 95.88], 29870, [8.6, 9.4], [2.9, 3.1]),
    "学校給食費": chain(Y, [58120, 57416], [98.92, 99.10], 2410, [31.2, 34.5], [4.4, 4.0]),
}


def tax_total(y):
    d = {}
    for key in ("cur_a", "cur_c", "arr_a", "arr_c", "tot_a", "tot_c", "wo", "out"):
        d[key] = sum(ROWS[k][y][key] for k in TAX)
    d["cur_r"] = rate(d["cur_c"], d["cur_a"])
    d["arr_r"] = rate(d["arr_c"], d["arr_a"])
    d["tot_r"] = rate(d["tot_c"], d["tot_a"])
    return d


T6, T5 = tax_total(2024), tax_total(2023)

F = Facts()
I = Inits()
D = Doc(fonts=("M", "G"))
STATEMENTS = []


def oku(x_sen, unit_man=100):
    """千円 -> (text like 約1億2,300万円, yen) rounded to unit_man 万円."""
    man = int(q(x_sen / 10 / unit_man, 0)) * unit_man
    if man >= 10000:
        s = f"約{man // 10000}億{man % 10000:,}万円" if man % 10000 else f"約{man // 10000}億円"
    else:
        s = f"約{man:,}万円"
    return s, man * 10000


# ------------------------------------------------------------------ layout engine
LM, RM, TOP, BOTTOM = 62, 62, 62, 780
SIZE = 10.2
LEAD = 1.75


class Flow:
    def __init__(self):
        self.page_no = 0
        self.y = 0
        self.new_page()

    def new_page(self):
        D.new_page()
        self.page_no += 1
        self.y = TOP
        D.footer(f"－ {self.page_no} －", 9)

    def need(self, h):
        if self.y + h > BOTTOM:
            self.new_page()

    def lines_for(self, text, first_indent, hang, size=SIZE, font="M"):
        w = D.w - LM - RM
        return D._break(text, w - first_indent, w - hang, size, font)

    def block(self, text, first_indent=0, hang=0, size=SIZE, font="M", keep=True, after=2):
        lines = self.lines_for(text, first_indent, hang, size, font)
        h = len(lines) * size * LEAD + after
        if keep:
            self.need(h)
        for isfirst, ln in lines:
            self.need(size * LEAD)
            self.y += size * LEAD
            D.text(LM + (first_indent if isfirst else hang), self.y - size * 0.45, ln, size, font)
        self.y += after
        return self.page_no


FL = None


def say(marker_name, speaker, section, text, facts=()):
    """○speaker followed by the speech; facts: list of (args...) added on the page the block lands on."""
    full = f"○{marker_name}　{text}"
    page = FL.block(full, first_indent=0, hang=10.2, keep=True, after=4)
    STATEMENTS.append(dict(speaker=speaker, section=section, text=text, page=page))
    for fa in facts:
        F.add(page, *fa)


# ------------------------------------------------------------------ header
MEMBERS = [("委員長", "山中　正志"), ("副委員長", "西村　和代"), ("委員", "岡林　幸一"), ("委員", "田所　雅人"),
           ("委員", "森下　恵美"), ("委員", "久保　孝明"), ("委員", "川渕　修")]
ABSENT = [("委員", "竹崎　浩二")]
OFFICIALS = [("副市長", "野中　博之"), ("総務課長", "矢野　智子"), ("税務課長", "岡村　健太郎"),
             ("市民保険課長", "楠目　真一"), ("子育て・健康課長", "吉村　由香"), ("福祉事務所長", "浜田　誠"),
             ("建設課長", "片岡　達也"), ("学校教育課長", "松岡　直樹")]
STAFF = [("事務局長", "宮地　信行"), ("次長", "大崎　美穂"), ("書記", "中平　拓也")]
AGENDA = ["認定第1号　令和6年度須崎市一般会計歳入歳出決算の認定について",
          "認定第2号　令和6年度須崎市国民健康保険事業特別会計歳入歳出決算の認定について"]


def header():
    D.text(D.w / 2, 78, "令和7年9月定例会", 11, "M", "c")
    D.text(D.w / 2, 102, "須崎市議会決算特別委員会記録（第2日）", 15, "G", "c")
    y = 135
    D.text(LM, y, "１　開会日時　　令和7年9月18日（木）　午前10時00分開会", SIZE, "M")
    y += 20
    D.text(LM, y, "２　場　　所　　第1委員会室", SIZE, "M")
    y += 26
    D.text(LM, y, f"３　出席委員（{zen(len(MEMBERS))}名）", SIZE, "M")
    y += 18
    for i in range(0, len(MEMBERS), 3):
        for j, (role, name) in enumerate(MEMBERS[i:i + 3]):
            D.text(LM + 24 + j * 150, y, f"{role}　{name}", SIZE, "M")
        y += 17
    y += 6
    D.text(LM, y, f"４　欠席委員（{zen(len(ABSENT))}名）", SIZE, "M")
    y += 18
    D.text(LM + 24, y, f"{ABSENT[0][0]}　{ABSENT[0][1]}", SIZE, "M")
    y += 23
    D.text(LM, y, f"５　説明のため出席した者（{zen(len(OFFICIALS))}名）", SIZE, "M")
    y += 18
    for i in range(0, len(OFFICIALS), 2):
        for j, (role, name) in enumerate(OFFICIALS[i:i + 2]):
            D.text(LM + 24 + j * 225, y, role, SIZE, "M")
            D.text(LM + 24 + j * 225 + 110, y, name, SIZE, "M")
        y += 17
    y += 6
    D.text(LM, y, f"６　事務局職員（{zen(len(STAFF))}名）", SIZE, "M")
    y += 18
    for j, (role, name) in enumerate(STAFF):
        D.text(LM + 24 + j * 150, y, f"{role}　{name}", SIZE, "M")
    y += 23
    D.text(LM, y, "７　審査案件", SIZE, "M")
    y += 18
    for a in AGENDA:
        D.text(LM + 24, y, a, SIZE, "M")
        y += 17
    y += 10
    D.line(LM, y, D.w - RM, y, 0.5)
    FL.y = y + 6


def body():
    sec1 = AGENDA[0].split("　", 1)[1]
    say("山中委員長", "山中委員長", sec1,
        "ただいまから決算特別委員会を開会します。本日は、昨日に引き続き認定第1号の審査を行います。"
        "まず、歳入のうち市税及び収入未済の状況について質疑を行います。資料は、本日お配りした「市税等の収納状況」です。"
        "質疑はありませんか。")
    say("岡林委員", "岡林委員", sec1,
        "市税の収納率についてお聞きします。令和6年度決算で収納率はどのようになったのか、"
        "また、前年度と比べてどうだったのかをお示しください。")
    dd = float(q(T6["tot_r"] - T5["tot_r"]))
    so, vo = oku(T6["out"])
    sdd, vdd = oku(abs(T6["out"] - T5["out"]), 10)
    t = (f"令和6年度決算で、市税の収納率は現年課税分が{fr(T6['cur_r'])}％、滞納繰越分が{fr(T6['arr_r'])}％、"
         f"合計で{fr(T6['tot_r'])}％となり、前年度比{dd:.2f}ポイント上昇しました。"
         f"収入未済額は{so}で、前年度から{sdd}の減少となっています。"
         "現年課税分の納期内納付を促すため、令和5年度からスマートフォン決済を導入したことも一因と考えております。")
    say("岡村税務課長", "岡村税務課長", sec1, t, facts=[
        ("市税", "市税", 2024, "令和6年度", "current", "collection_rate", "actual", T6["cur_r"], "percent", f"{fr(T6['cur_r'])}％"),
        ("市税", "市税", 2024, "令和6年度", "arrears", "collection_rate", "actual", T6["arr_r"], "percent", f"{fr(T6['arr_r'])}％"),
        ("市税", "市税", 2024, "令和6年度", "total", "collection_rate", "actual", T6["tot_r"], "percent", f"{fr(T6['tot_r'])}％"),
        ("市税", "市税", 2024, "令和6年度", "total", "difference", "actual", dd, "points", f"{dd:.2f}ポイント"),
        ("市税", "市税", 2024, "令和6年度", "total", "outstanding", "actual", vo, "yen", so, None, True),
        ("市税", "市税", 2024, "令和6年度", "total", "difference", "actual", -vdd, "yen", sdd, None, True),
    ])
    swo, vwo = oku(T6["wo"], 10)
    say("岡林委員", "岡林委員", sec1,
        "不納欠損の額と、その主な理由を伺います。また、平成29年度と比べて収入未済額がどの程度減ったのかもお示しください。")
    s29, v29 = oku(246800)
    t = (f"令和6年度の市税の不納欠損額は{swo}です。主な理由は、滞納処分をすることができる財産がないことによる"
         f"執行停止が3年間継続したものです。また、平成29年度末の市税の収入未済額は{s29}でしたので、"
         "この間に半分程度まで縮減したことになります。")
    say("岡村税務課長", "岡村税務課長", sec1, t, facts=[
        ("市税", "市税", 2024, "令和6年度", "total", "written_off", "actual", vwo, "yen", swo, None, True),
        ("市税", "市税", 2017, "平成29年度末", "total", "outstanding", "actual", v29, "yen", s29, None, True),
    ])
    h6, h5 = OTHER["市営住宅使用料"][2024], OTHER["市営住宅使用料"][2023]
    say("田所委員", "田所委員", sec1,
        "市営住宅使用料の収入未済について伺います。退去した方の滞納が多いと聞いていますが、現状はどうでしょうか。")
    hout = int(q(h6["out"] / 10, 0))     # 万円, exact to 万円
    t = (f"市営住宅使用料の収入未済額は、令和6年度末で{hout:,}万円となっています。"
         f"このうち退去者分がおよそ7割です。滞納繰越分の収納率は{fr(h6['arr_r'])}％で、"
         f"R5の{fr(h5['arr_r'])}％から上昇しましたが、依然として低い水準にあります。"
         "今年度から、連帯保証人への通知を滞納3か月の時点で行うこととしました。")
    say("片岡建設課長", "片岡建設課長", sec1, t, facts=[
        ("市営住宅使用料", "市営住宅使用料", 2024, "令和6年度末", "total", "outstanding", "actual", hout * 10000, "yen", f"{hout:,}万円"),
        ("市営住宅使用料", "市営住宅使用料", 2024, "令和6年度末", "arrears", "collection_rate", "actual", h6["arr_r"], "percent", f"{fr(h6['arr_r'])}％"),
        ("市営住宅使用料", "市営住宅使用料", 2023, "R5", "arrears", "collection_rate", "actual", h5["arr_r"], "percent", f"{fr(h5['arr_r'])}％"),
    ])
    say("田所委員", "田所委員", sec1, "退去者分について、法的な手続はとっているのですか。")
    say("片岡建設課長", "片岡建設課長", sec1,
        "令和元年度以降、支払督促を毎年数件申し立てております。所在が分からない方については、"
        "債権管理条例に基づく放棄も含めて検討しているところです。")
    g6 = OTHER["学校給食費"][2024]
    say("森下委員", "森下委員", sec1, "学校給食費の収納状況はいかがでしょうか。")
    t = (f"学校給食費の現年度分の収納率は{fr(g6['cur_r'])}％で、収入未済額は{c(g6['out'])}千円です。"
         "児童手当からの徴収の申出を勧めており、申出の件数は増えております。")
    say("松岡学校教育課長", "松岡学校教育課長", sec1, t, facts=[
        ("学校給食費", "学校給食費", 2024, None, "current", "collection_rate", "actual", g6["cur_r"], "percent", f"{fr(g6['cur_r'])}％"),
        ("学校給食費", "学校給食費", 2024, None, "total", "outstanding", "actual", g6["out"] * 1000, "yen", f"{c(g6['out'])}千円"),
    ])
    say("山中委員長", "山中委員長", sec1, "ほかに質疑はありませんか。――ないようですので、次に認定第2号の審査に入ります。")
    sec2 = AGENDA[1].split("　", 1)[1]
    k6, k5 = OTHER["国民健康保険税"][2024], OTHER["国民健康保険税"][2023]
    say("久保委員", "久保委員", sec2,
        "国民健康保険税の収納率は県内でも低い方だと聞いています。令和6年度の状況と、今後の取組をお聞きします。")
    kd = float(q(k6["cur_r"] - k5["cur_r"]))
    sk, vk = oku(k6["out"], 10)
    t = (f"令和6年度の国民健康保険税の収納率は、現年課税分が{fr(k6['cur_r'])}％で前年度より{kd:.2f}ポイント改善しましたが、"
         f"滞納繰越分は{fr(k6['arr_r'])}％にとどまっています。収入未済額は{sk}です。"
         "今年度は税務課と合同で財産調査を行い、差押えを強化しております。")
    say("楠目市民保険課長", "楠目市民保険課長", sec2, t, facts=[
        ("国民健康保険税", "国民健康保険税", 2024, "令和6年度", "current", "collection_rate", "actual", k6["cur_r"], "percent", f"{fr(k6['cur_r'])}％"),
        ("国民健康保険税", "国民健康保険税", 2024, "令和6年度", "current", "difference", "actual", kd, "points", f"{kd:.2f}ポイント"),
        ("国民健康保険税", "国民健康保険税", 2024, "令和6年度", "arrears", "collection_rate", "actual", k6["arr_r"], "percent", f"{fr(k6['arr_r'])}％"),
        ("国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "outstanding", "actual", vk, "yen", sk, None, True),
    ])
    say("野中副市長", "野中副市長", sec2,
        "収入未済の縮減は、負担の公平の観点から重要な課題と認識しております。債権を所管する課の連携を一層強め、"
        "来年度の予算編成に合わせて徴収体制の見直しも検討してまいります。")
    say("山中委員長", "山中委員長", sec2,
        "以上で本日の審査を終わります。配付資料は本記録の末尾に添付します。次回は9月22日午前10時から開会します。"
        "本日はこれで散会します。")
    FL.block("午前11時42分散会", first_indent=300, size=SIZE)


def appendix():
    """資料: rates before amounts (52), only horizontal rules (56), no % (2), units in caption (4), ▲ (5), 合計 (26)."""
    FL.new_page()
    p = FL.page_no
    D.text(LM, 80, "配付資料", 10.5, "G")
    D.text(D.w / 2, 105, "市税等の収納状況（令和6年度決算）", 13, "G", "c")
    D.text(D.w - RM, 128, "（単位：％、千円）", 8.5, "M", "r")
    colw = [92, 48, 48, 40, 72, 72, 56, 64]
    xs = [LM - 10]
    for w in colw:
        xs.append(xs[-1] + w)
    hdr = ["区分", "収納率", "前年度", "差", "調定額", "収入済額", "不納欠損額", "収入未済額"]
    y = 136
    D.line(xs[0], y, xs[-1], y, 1.0)
    for j, h in enumerate(hdr):
        D.text((xs[j] + xs[j + 1]) / 2, y + 14, h, 8.8, "G", "c")
    y += 20
    D.line(xs[0], y, xs[-1], y, 0.6)

    def row(label, d, d5, debt, raw, bold=False):
        nonlocal y
        y += 17
        dd = float(q(d["tot_r"] - d5["tot_r"]))
        vals = [fr(d["tot_r"]), fr(d5["tot_r"]), trif(dd, 2, "▲"), c(d["tot_a"]), c(d["tot_c"]),
                c(d["wo"]) if d["wo"] else "－", c(d["out"])]
        D.text(xs[0] + 4, y, label, 9, "G" if bold else "M")
        for j, v in enumerate(vals):
            D.text(xs[j + 2] - 4, y, v, 9, "M", "r")
        F.add(p, debt, raw, 2024, "令和6年度", "total", "collection_rate", "actual", d["tot_r"], "percent", vals[0])
        F.add(p, debt, raw, 2023, "前年度", "total", "collection_rate", "actual", d5["tot_r"], "percent", vals[1])
        F.add(p, debt, raw, 2024, "令和6年度", "total", "difference", "actual", dd, "points", vals[2])
        F.add(p, debt, raw, 2024, "令和6年度", "total", "assessed", "actual", d["tot_a"] * 1000, "yen", vals[3])
        F.add(p, debt, raw, 2024, "令和6年度", "total", "collected", "actual", d["tot_c"] * 1000, "yen", vals[4])
        if d["wo"]:
            F.add(p, debt, raw, 2024, "令和6年度", "total", "written_off", "actual", d["wo"] * 1000, "yen", vals[5])
        F.add(p, debt, raw, 2024, "令和6年度", "total", "outstanding", "actual", d["out"] * 1000, "yen", vals[6])

    for k in TAX:
        row("　" + k, ROWS[k][2024], ROWS[k][2023], k, k)
    row("市税計", T6, T5, "市税", "市税計", True)
    y += 6
    for k in OTHER:
        row(k, OTHER[k][2024], OTHER[k][2023], k, k)
    g6 = {key: T6[key] + sum(OTHER[k][2024][key] for k in OTHER) for key in ("tot_a", "tot_c", "wo", "out")}
    g5 = {key: T5[key] + sum(OTHER[k][2023][key] for k in OTHER) for key in ("tot_a", "tot_c", "wo", "out")}
    g6["tot_r"] = rate(g6["tot_c"], g6["tot_a"])
    g5["tot_r"] = rate(g5["tot_c"], g5["tot_a"])
    y += 4
    row("合計", g6, g5, None, "合計", True)
    y += 8
    D.line(xs[0], y, xs[-1], y, 1.0)
    notes = ["※ 収納率・調定額等は現年課税分と滞納繰越分の合計。差は令和6年度と前年度（令和5年度）の収納率の差（ポイント）。",
             "※ ▲は低下。「－」は該当なし。市たばこ税は申告納付のため滞納は生じていない。",
             "※ 国民健康保険税は国民健康保険事業特別会計、その他は一般会計。"]
    for i, n in enumerate(notes):
        D.text(xs[0], y + 16 + 14 * i, n, 8.2)


def build():
    global FL
    FL = Flow()
    header()
    body()
    appendix()
    out = PDF_DIR / f"{STEM}.pdf"
    D.save(out)
    attendees = []
    for role, name in MEMBERS:
        attendees.append({"role": role, "title": None, "name": name.replace("　", " ")})
    for role, name in OFFICIALS + STAFF:
        attendees.append({"role": role, "title": role, "name": name.replace("　", " ")})
    title = "須崎市議会決算特別委員会記録（第2日）"
    minutes = {"title": title, "meeting_number": None, "date": "2025-09-18", "method": None,
               "attendees": attendees, "agenda": [a.split("　", 1)[1] for a in AGENDA],
               "materials": ["市税等の収納状況（令和6年度決算）"], "statements": STATEMENTS}
    document = {"kind": "minutes", "family": "council", "municipality": CITY, "title": title,
                "date": "2025-09-18", "date_raw": "令和7年9月18日（木）"}
    write_gold(STEM, document, F, I, minutes)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
