"""西ノ原市 債権管理計画 (plan, 債権別管理シート): PyMuPDF direct drawing."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from n_common import GOTHIC, MINCHO, Facts, PDF, check, comma, init, rate, write_gold  # noqa: E402

STEM = "n_nishinohara_plan_1"
CITY = "西ノ原市"
TITLE = "西ノ原市債権管理計画（令和７年度～令和11年度）"
W, H = fitz.paper_size("a4")

YEARS = [(2019, "令和元年度"), (2020, "2年度"), (2021, "3年度"), (2022, "4年度"), (2023, "5年度")]
TYEARS = [(2025, "令和7年度"), (2026, "8年度"), (2027, "9年度"), (2028, "10年度"), (2029, "11年度")]

# 5-year history (千円): per year (cur_a, cur_c, arr_c, written_off, delinquents); arr_a chained from outstanding
SHEETS = [
    dict(name="国民健康保険税", ka="保険年金課", kubun="強制徴収公債権", arr_a0=1102338, who="滞納世帯数", wunit="households",
         wlabel="世帯",
         hist=[(3815220, 3551406, 221907, 118206, 6120), (3761004, 3520517, 234515, 101334, 5894),
               (3702118, 3478921, 229006, 96140, 5611), (3655790, 3444182, 224318, 88512, 5402),
               (3598201, 3397544, 219874, 80216, 5188)],
         tgt_rates=[(94.60, 27.00), (94.90, 28.00), (95.20, 29.00), (95.50, 30.00), (95.80, 31.00)],
         tgt_out=[688000, 655000, 624000, 595000, 568000],
         items=[("ア", "納期限後の早期催告を徹底し、現年度分の滞納の累積を防ぐ。", "継続"),
                ("イ", "電子預貯金照会を活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
                ("ウ", "外国人被保険者に対し、多言語の納付案内を資格取得時に交付する。", "新規"),
                ("エ", "執行停止の要件に該当する滞納分は、速やかに処分を行う。", "継続")]),
    dict(name="介護保険料", ka="介護保険課", kubun="強制徴収公債権", arr_a0=262415, who="滞納者数", wunit="persons",
         wlabel="人",
         hist=[(4102335, 4050118, 27410, 38512, 3320), (4188410, 4138002, 26015, 36228, 3198),
               (4215066, 4166930, 25788, 34106, 3054), (4250512, 4203377, 24912, 32880, 2961),
               (4291807, 4246120, 24530, 31015, 2877)],
         tgt_rates=[(98.95, 11.50), (99.00, 12.00), (99.05, 12.50), (99.10, 13.00), (99.15, 13.50)],
         tgt_out=[181000, 174000, 168000, 162000, 157000],
         items=[("ア", "普通徴収の新規対象者に、口座振替依頼書を同封した案内を送付する。", "継続"),
                ("イ", "滞納による給付制限の予告を、滞納２年目の被保険者に個別通知する。", "継続"),
                ("ウ", "コンビニ収納及びスマートフォン決済の利用を広報紙で周知する。", "継続")]),
    dict(name="市営住宅使用料", ka="住宅課", kubun="私債権", arr_a0=121870, who="滞納者数", wunit="persons",
         wlabel="人",
         hist=[(612004, 590815, 12650, 4012, 402), (605331, 585214, 13102, 3550, 388),
               (598720, 579660, 12987, 5106, 371), (590118, 572205, 13420, 2894, 355),
               (584406, 567930, 13811, 3320, 342)],
         tgt_rates=[(97.30, 12.00), (97.40, 12.50), (97.50, 13.00), (97.60, 13.50), (97.70, 14.00)],
         tgt_out=[118000, 112000, 107000, 102000, 98000],
         items=[("ア", "滞納２か月で連帯保証人に通知し、滞納の長期化を防ぐ。", "継続"),
                ("イ", "退去者の滞納分は、弁護士への回収委託を活用する。", "拡充"),
                ("ウ", "明渡し請求訴訟の判断基準を定め、悪質な滞納者には法的措置を講じる。", "継続")]),
]

# overview list: (債権名, 所管課, 区分, 収入未済額 円); sheet debts filled in from their R5 outstanding
OVERVIEW = [
    ("市民税（個人）", "収納課", "強制", 412805331), ("固定資産税", "収納課", "強制", 298114250),
    ("軽自動車税", "収納課", "強制", 18330700), ("国民健康保険税", "保険年金課", "強制", None),
    ("介護保険料", "介護保険課", "強制", None), ("後期高齢者医療保険料", "保険年金課", "強制", 7412900),
    ("保育所保育料", "保育課", "強制", 26118410), ("下水道使用料", "下水道課", "強制", 21840512),
    ("生活保護費返還金", "生活福祉課", "非強制", 86204117), ("児童扶養手当返還金", "子育て支援課", "非強制", 4021500),
    ("市営住宅使用料", "住宅課", "私", None), ("水道料金", "水道課", "私", 31208844),
    ("学校給食費", "学校教育課", "私", 5106220), ("奨学金貸付金", "学校教育課", "私", 14880000),
    ("母子父子寡婦福祉資金貸付金", "子育て支援課", "私", 9902340), ("災害援護資金貸付金", "防災課", "私", 12600000),
]


class Pg:
    def __init__(self, doc, no):
        self.p = doc.new_page(width=W, height=H)
        self.p.insert_font(fontname="g", fontfile=GOTHIC)
        self.p.insert_font(fontname="m", fontfile=MINCHO)
        self.no = no
        self.p.insert_text((W / 2 - 10, H - 28), f"- {no} -", fontname="m", fontsize=9)
        self.p.insert_text((W - 200, 30), "西ノ原市債権管理計画", fontname="m", fontsize=8)

    def text(self, x, y, s, size=10.0, font="m"):
        self.p.insert_text((x, y), s, fontname=font, fontsize=size)

    def box(self, rect, s, size=8.5, align=0, font="g", border=True, pad=2, fill=None):
        r = fitz.Rect(rect)
        if border or fill:
            self.p.draw_rect(r, color=(0, 0, 0) if border else None, fill=fill, width=0.6)
        lines = s.count("\n") + 1
        top = r.y0 + max(pad, (r.height - lines * size * 1.25) / 2)
        tr = fitz.Rect(r.x0 + pad + 1, top - 1, r.x1 - pad - 1, r.y1 + 2)
        rc = self.p.insert_textbox(tr, s, fontname=font, fontsize=size, align=align)
        assert rc >= 0, (s, rect, rc)

    def para(self, x, y, width, s, size=10.0, font="m"):
        r = fitz.Rect(x, y, x + width, y + 400)
        rc = self.p.insert_textbox(r, s, fontname=font, fontsize=size, lineheight=1.5)
        assert rc >= 0
        return y + (400 - rc)


def sheet_data(sh):
    rows = []
    arr_a = sh["arr_a0"]
    for (fy, lab), (ca, cc, ac, wo, dl) in zip(YEARS, sh["hist"]):
        out = ca + arr_a - cc - ac - wo
        rows.append(dict(fy=fy, lab=lab, ca=ca, cc=cc, cr=rate(cc, ca), aa=arr_a, ac=ac, ar=rate(ac, arr_a),
                         wo=wo, out=out, dl=dl))
        arr_a = out
    return rows


def build():
    facts, inits = Facts(), []
    sdata = {sh["name"]: sheet_data(sh) for sh in SHEETS}
    overview = []
    for name, ka, kb, yen in OVERVIEW:
        if yen is None:
            yen = sdata[name][-1]["out"] * 1000 + 317
        overview.append((name, ka, kb, yen))
    total = sum(o[3] for o in overview)

    doc = fitz.open()
    # ---------------- page 1
    pg = Pg(doc, 1)
    pg.text(120, 80, TITLE, size=15, font="g")
    pg.text(W - 140, 105, "令和７年３月", size=10)
    pg.text(W - 140, 120, "西ノ原市 総務部 債権管理課", size=8.5)
    pg.text(50, 150, "１　計画の趣旨", size=11.5, font="g")
    man = round(total / 1_000_000) * 100
    oku, rest = divmod(man, 10000)
    approx_raw = f"約{oku}億{rest:,}万円"
    y = pg.para(62, 160, W - 112,
                "本市では、平成２９年度に「西ノ原市債権管理条例」を制定し、全庁的な債権管理に取り組んできた。"
                f"令和５年度決算における対象債権の収入未済額は{approx_raw}であり、条例制定時と比べて縮減が進んでいるものの、"
                "私債権を中心に回収が長期化している債権がある。本計画は、令和７年度から令和１１年度までの５年間に"
                "各債権所管課が取り組む目標と方策を定めるものである。")
    facts.add(None, 2023, "令和５年度", "total", "outstanding", "actual", man * 10000, "yen", approx_raw, 1, approx=True)
    y = pg.para(62, y + 6, W - 112,
                "（１）計画期間　令和７年度から令和１１年度までの５年間とする。なお、社会経済情勢の変化や"
                "制度改正があった場合は、必要に応じて見直しを行う。")
    y = pg.para(62, y + 6, W - 112,
                "（２）対象債権　令和５年度決算において収入未済額が生じている債権のうち、収入未済額が"
                "４００万円以上のもの（１６債権）を対象とする。このうち、収入未済額の規模や近年の推移を踏まえ、"
                "国民健康保険税、介護保険料及び市営住宅使用料の３債権を重点債権とし、債権別管理シートを作成する。")
    y = pg.para(62, y + 6, W - 112,
                "（３）計画の位置付け　本計画は、西ノ原市行財政改革大綱の実施計画に掲げる「歳入の確保」の"
                "取組を具体化するものであり、債権管理条例第５条に規定する債権管理の基本方針に基づき策定する。")
    y += 40
    pg.text(50, y + 20, "２　対象債権一覧（令和５年度決算）", size=11.5, font="g")
    pg.text(W - 260, y + 34, "強制＝強制徴収公債権　非強制＝非強制徴収公債権　私＝私債権", size=6.5)
    xs = [50, 78, 250, 345, 395, W - 50]
    heads = ["No.", "債権名", "所管課", "区分", "収入未済額（円）"]
    yy = y + 40
    for i, hname in enumerate(heads):
        pg.box((xs[i], yy, xs[i + 1], yy + 18), hname, align=1, fill=(0.88, 0.88, 0.88))
    yy += 18
    split = 10  # rows on page 1; the rest continue on page 2 without the header
    def orow(pg, yy, i, o):
        vals = [str(i + 1), o[0], o[1], o[2], f"{o[3]:,}"]
        for j, v in enumerate(vals):
            pg.box((xs[j], yy, xs[j + 1], yy + 20), v, align=2 if j == 4 else (1 if j in (0, 3) else 0))
        debt = o[0]
        facts.add(debt, 2023, "令和５年度決算", "total", "outstanding", "actual", o[3], "yen", f"{o[3]:,}", pg.no)
        return yy + 20
    for i, o in enumerate(overview[:split]):
        yy = orow(pg, yy, i, o)
    # ---------------- page 2: continuation without header
    pg = Pg(doc, 2)
    yy = 60
    for i, o in enumerate(overview[split:], start=split):
        yy = orow(pg, yy, i, o)
    for j, v in enumerate(["", "合計", "", "", f"{total:,}"]):
        pg.box((xs[j], yy, xs[j + 1], yy + 18), v, align=2 if j == 4 else 1, fill=(0.93, 0.93, 0.93))
    facts.add(None, 2023, "令和５年度決算", "total", "outstanding", "actual", total, "yen", f"{total:,}", 2,
              debt_raw="合計")
    yy += 40
    pg.text(50, yy, "３　計画の目標", size=11.5, font="g")
    yy = pg.para(62, yy + 10, W - 112,
                 "各債権所管課は、債権別管理シートに定める収入率の目標を達成することにより、"
                 "計画最終年度の対象債権全体の収入未済額を約11億円以下とすることを目指す。")
    facts.add(None, 2029, "計画最終年度", "total", "outstanding", "target", 1_100_000_000, "yen", "約11億円", 2, approx=True)
    pg.text(50, yy + 20, "４　進行管理", size=11.5, font="g")
    yy = pg.para(62, yy + 30, W - 112,
                 "債権管理課は、毎年度９月末及び３月末の状況を取りまとめ、西ノ原市債権管理推進本部に報告する。"
                 "目標の達成が困難な債権については、所管課とともに要因を分析し、翌年度の方策に反映させる。")
    pg.text(50, yy + 20, "５　債権ごとの取組", size=11.5, font="g")
    pg.para(62, yy + 30, W - 112, "重点債権（国民健康保険税、介護保険料、市営住宅使用料）の債権別管理シートは次ページ以降のとおり。")

    # ---------------- pages 3-5: one sheet per debt
    for k, sh in enumerate(SHEETS):
        pno = 3 + k
        pg = Pg(doc, pno)
        name = sh["name"]
        pg.text(50, 62, f"５　債権ごとの取組（{name}）", size=12, font="g")
        pg.box((50, 72, 110, 88), "所管課", fill=(0.9, 0.9, 0.9))
        pg.box((110, 72, 250, 88), sh["ka"])
        pg.box((250, 72, 310, 88), "債権区分", fill=(0.9, 0.9, 0.9))
        pg.box((310, 72, 450, 88), sh["kubun"])
        pg.text(50, 110, "(1) 徴収状況の推移", size=10.5, font="g")
        # header over three rows; years run down the rows
        cx = [40, 92, 146, 200, 236, 286, 336, 372, 420, 470, W - 40]
        y0 = 118
        pg.box((cx[0], y0, cx[1], y0 + 42), "年度", size=8, fill=(0.9, 0.9, 0.9))
        pg.box((cx[1], y0, cx[4], y0 + 14), "現年度分", size=8, fill=(0.9, 0.9, 0.9))
        pg.box((cx[4], y0, cx[7], y0 + 14), "滞納繰越分", size=8, fill=(0.9, 0.9, 0.9))
        pg.box((cx[7], y0, cx[8], y0 + 28), "不納\n欠損額", size=7.5, fill=(0.9, 0.9, 0.9))
        pg.box((cx[8], y0, cx[9], y0 + 28), "収入\n未済額", size=7.5, fill=(0.9, 0.9, 0.9))
        pg.box((cx[9], y0, cx[10], y0 + 28), sh["who"], size=7.5, fill=(0.9, 0.9, 0.9))
        for j, t in enumerate(["調定額", "収入額", "収入率", "調定額", "収入額", "収入率"]):
            pg.box((cx[1 + j], y0 + 14, cx[2 + j], y0 + 28), t, size=7.5, align=1, fill=(0.9, 0.9, 0.9))
        for j, t in enumerate(["千円", "千円", "％", "千円", "千円", "％", "千円", "千円", sh["wlabel"]]):
            pg.box((cx[1 + j], y0 + 28, cx[2 + j], y0 + 42), t, size=7, align=1, fill=(0.95, 0.95, 0.95))
        yy = y0 + 42
        for r in sdata[name]:
            vals = [r["lab"], comma(r["ca"]), comma(r["cc"]), f"{r['cr']:.2f}", comma(r["aa"]), comma(r["ac"]),
                    f"{r['ar']:.2f}", comma(r["wo"]), comma(r["out"]), f"{r['dl']:,}"]
            for j, v in enumerate(vals):
                pg.box((cx[j], yy, cx[j + 1], yy + 16), v, size=7.5, align=0 if j == 0 else 2)
            fy, lab = r["fy"], r["lab"]
            for seg, metric, v, unit, raw in (
                    ("current", "assessed", r["ca"] * 1000, "yen", comma(r["ca"])),
                    ("current", "collected", r["cc"] * 1000, "yen", comma(r["cc"])),
                    ("current", "collection_rate", r["cr"], "percent", f"{r['cr']:.2f}"),
                    ("arrears", "assessed", r["aa"] * 1000, "yen", comma(r["aa"])),
                    ("arrears", "collected", r["ac"] * 1000, "yen", comma(r["ac"])),
                    ("arrears", "collection_rate", r["ar"], "percent", f"{r['ar']:.2f}"),
                    ("total", "written_off", r["wo"] * 1000, "yen", comma(r["wo"])),
                    ("total", "outstanding", r["out"] * 1000, "yen", comma(r["out"])),
                    ("total", "delinquents", r["dl"], sh["wunit"], f"{r['dl']:,}")):
                facts.add(name, fy, lab, seg, metric, "actual", v, unit, raw, pno)
            yy += 16
        pg.text(cx[0], yy + 11, "※収入率＝収入額÷調定額。収入未済額＝調定額（現年度分＋滞納繰越分）－収入額－不納欠損額", size=7)

        # (2) targets: 実績 | 目標 side by side, years as columns
        yy += 34
        pg.text(50, yy, "(2) 目標", size=10.5, font="g")
        yy += 8
        tx = [40, 170, 230, 287, 344, 401, 458, W - 40]
        pg.box((tx[0], yy, tx[1], yy + 30), "区分", size=8, fill=(0.9, 0.9, 0.9))
        pg.box((tx[1], yy, tx[2], yy + 15), "実績", size=8, align=1, fill=(0.9, 0.9, 0.9))
        pg.box((tx[2], yy, tx[7], yy + 15), "目標", size=8, align=1, fill=(0.9, 0.9, 0.9))
        pg.box((tx[1], yy + 15, tx[2], yy + 30), "令和5年度", size=7.5, align=1, fill=(0.9, 0.9, 0.9))
        for j, (fy, lab) in enumerate(TYEARS):
            pg.box((tx[2 + j], yy + 15, tx[3 + j], yy + 30), lab, size=7.5, align=1, fill=(0.9, 0.9, 0.9))
        yy += 30
        last = sdata[name][-1]
        trows = [("現年度分 収入率", "current", f"{last['cr']:.2f}%", last["cr"], [t[0] for t in sh["tgt_rates"]]),
                 ("滞納繰越分 収入率", "arrears", f"{last['ar']:.2f}%", last["ar"], [t[1] for t in sh["tgt_rates"]])]
        for lab, seg, raw5, v5, tg in trows:
            pg.box((tx[0], yy, tx[1], yy + 16), lab, size=8)
            pg.box((tx[1], yy, tx[2], yy + 16), raw5, size=8, align=2)
            facts.add(name, 2023, "令和5年度", seg, "collection_rate", "actual", v5, "percent", raw5, pno)
            for j, v in enumerate(tg):
                pg.box((tx[2 + j], yy, tx[3 + j], yy + 16), f"{v:.2f}%", size=8, align=2)
                facts.add(name, TYEARS[j][0], TYEARS[j][1], seg, "collection_rate", "target", v, "percent",
                          f"{v:.2f}%", pno)
            yy += 16
        pg.box((tx[0], yy, tx[1], yy + 16), "収入未済額（千円）", size=8)
        pg.box((tx[1], yy, tx[2], yy + 16), comma(last["out"]), size=8, align=2)
        facts.add(name, 2023, "令和5年度", "total", "outstanding", "actual", last["out"] * 1000, "yen",
                  comma(last["out"]), pno)
        for j, v in enumerate(sh["tgt_out"]):
            pg.box((tx[2 + j], yy, tx[3 + j], yy + 16), comma(v), size=8, align=2)
            facts.add(name, TYEARS[j][0], TYEARS[j][1], "total", "outstanding", "target", v * 1000, "yen", comma(v), pno)
        yy += 16

        # (3) boxed initiatives; one tag wrapped to its own line
        yy += 22
        pg.text(50, yy, "(3) 目標達成に向けた取組", size=10.5, font="g")
        yy += 8
        lines = []
        for i, (lab, t, st) in enumerate(sh["items"]):
            if i == 1:
                lines.append(f"{lab}　{t}")
                lines.append(f"　　【{st}】")
            else:
                lines.append(f"{lab}　{t}【{st}】")
            inits.append(init(name, 2025, "目標達成に向けた取組", lab, t, st, pno))
        bh = 14 * len(lines) + 10
        pg.p.draw_rect(fitz.Rect(45, yy, W - 45, yy + bh), color=(0, 0, 0), width=0.8)
        rc = pg.p.insert_textbox(fitz.Rect(52, yy + 5, W - 50, yy + bh), "\n".join(lines), fontname="m",
                                 fontsize=8.8, lineheight=1.45)
        assert rc >= 0

    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    write_gold(STEM, kind="plan", municipality=CITY, title=TITLE, date="2025-03-01", date_raw="令和７年３月",
               facts=facts, initiatives=inits)


if __name__ == "__main__":
    build()
    print(check(STEM))
