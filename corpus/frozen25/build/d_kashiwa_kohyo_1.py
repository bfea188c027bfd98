"""柏市 債権管理推進委員会 資料（スライド形式の取組個票） — PyMuPDF direct drawing, 16:9.  (frozen25, helper d)"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).parent))
from d_common import ROOT, Canvas, Gold, check, finish_fitz  # noqa: E402

STEM = "d_kashiwa_kohyo_1"
CITY = "柏市"
TITLE = "令和７年度第２回柏市債権管理推進委員会　資料２　主要債権の取組状況（個票）"
W, H = 960, 540
NAVY = (0.12, 0.22, 0.42)
PALE = (0.90, 0.94, 0.98)

# 千円, multiples of 100: name -> {fy: (assessed, collected, written_off)}
DEBTS = {
    "市税": {2023: (81902600, 80472300, 97100), 2024: (82450300, 81120500, 88400)},
    "国民健康保険料": {2023: (14210800, 12874300, 238400), 2024: (13905200, 12660100, 215600)},
    "介護保険料": {2023: (8790100, 8621900, 39800), 2024: (8880600, 8720400, 35700)},
    "後期高齢者医療保険料": {2023: (5250400, 5219800, 2900), 2024: (5410900, 5382300, 3100)},
    "保育料": {2023: (1065300, 1046200, 2100), 2024: (1020400, 1003800, 1800)},
    "市営住宅使用料": {2023: (1472800, 1359100, 11200), 2024: (1480200, 1372900, 9700)},
    "下水道使用料": {2023: (9580400, 9502600, 4800), 2024: (9610300, 9540800, 4100)},
}


def o_of(t):
    a, c_, w = t
    return a - c_ - w


def r_of(t):
    return round(t[1] / t[0] * 100 + 1e-12, 2)


def frame(cv, n, heading):
    cv.rect(0, 0, W, 44, fill=NAVY, stroke=None)
    cv.text(24, 10, W - 200, 40, heading, size=18, color=(1, 1, 1))
    cv.text(W - 190, 15, W - 20, 40, "資料２", size=12, color=(1, 1, 1), align=2)
    cv.line(24, H - 30, W - 24, H - 30, color=(0.5, 0.5, 0.5), width=0.5)
    cv.text(24, H - 26, 500, H - 8, "柏市債権管理推進委員会（令和７年度第２回）", size=8, color=(0.3, 0.3, 0.3))
    cv.text(W - 100, H - 26, W - 24, H - 8, f"{n}", size=9, align=2)


def namebox(cv, x, y, w, name, ka, kubun):
    cols = [(62, "債権名", True), (w * 0.36, name, False), (52, "所管課", True),
            (w * 0.22, ka, False), (40, "区分", True), (0, kubun, False)]
    used = sum(cw for cw, _, _ in cols[:-1])
    xx = x
    for cw, t, lab in cols:
        cw = cw or (w - used)
        cv.rect(xx, y, xx + cw, y + 24, fill=(0.85, 0.85, 0.85) if lab else None, width=0.8)
        cv.text(xx + 4, y + 5, xx + cw - 4, y + 24, t, size=11 if not lab else 9.5, align=1)
        xx += cw
    return y + 24


def main():
    g = Gold(STEM, "committee_material", CITY, TITLE, "2025-11-13", "令和７年１１月１３日")
    doc = fitz.open()

    # ---- p1 cover
    p = doc.new_page(width=W, height=H)
    cv = Canvas(doc, p)
    cv.rect(0, 0, W, 18, fill=NAVY, stroke=None)
    cv.text(80, 150, W - 80, 200, "令和７年度 第２回 柏市債権管理推進委員会", size=26, align=1)
    cv.text(80, 215, W - 80, 260, "主要債権の取組状況（個票）", size=30, align=1, color=NAVY)
    cv.text(80, 330, W - 80, 360, "令和７年１１月１３日", size=16, align=1)
    cv.text(80, 365, W - 80, 395, "財務部　納税課・債権管理課", size=16, align=1)
    cv.rect(W - 150, 40, W - 40, 72, width=1)
    cv.text(W - 150, 46, W - 40, 72, "資料２", size=16, align=1)

    # ---- p2 overview
    p = doc.new_page(width=W, height=H)
    cv = Canvas(doc, p)
    frame(cv, 2, "主要７債権の状況（令和６年度決算）")
    tot = {fy: [sum(DEBTS[d][fy][k] for d in DEBTS) for k in range(3)] for fy in (2023, 2024)}
    o5, o6 = o_of(tot[2023]), o_of(tot[2024])
    r5, r6 = r_of(tot[2023]), r_of(tot[2024])
    txt_o6 = f"約{o6/100000:.1f}億円"
    txt_diff = f"約{(o5-o6)/100000:.1f}億円"
    summary = (f"・主要７債権の収入未済額の合計は{txt_o6}となり、前年度から{txt_diff}縮減した。\n"
               f"・主要７債権全体の収納率は{r6:.2f}％となり、前年度（{r5:.2f}％）を"
               f"{r6-r5:.2f}ポイント上回った。\n"
               "・国民健康保険料は被保険者数の減少に伴い調定額が減少したが、滞納繰越分の整理が進んだ。")
    cv.text(30, 60, 560, 170, summary, size=12, lh=1.5)
    g.fact(2, None, 2024, "令和６年度決算", "total", "outstanding", "actual", int(round(o6 / 100000, 1) * 10) * 10000000,
           "yen", txt_o6, approx=True)
    g.fact(2, None, 2024, "令和６年度決算", "total", "collection_rate", "actual", r6, "percent", f"{r6:.2f}％")
    g.fact(2, None, 2023, "前年度", "total", "collection_rate", "actual", r5, "percent", f"{r5:.2f}％")
    # big-number panels
    for i, (lab, big, sub) in enumerate((
            ("収入未済額（７債権計）", f"{o6/1000:,.1f}百万円", f"前年度 {o5/1000:,.1f}百万円"),
            ("収納率（７債権計）", f"{r6:.2f}％", f"前年度比 ＋{r6-r5:.2f}pt"))):
        x0 = 600 + i * 0
        y0 = 58 + i * 100
        cv.rect(x0, y0, 930, y0 + 88, fill=PALE, stroke=NAVY, width=1.2, radius=0.08)
        cv.text(x0 + 10, y0 + 6, 920, y0 + 24, lab, size=11, color=NAVY)
        cv.text(x0 + 10, y0 + 26, 920, y0 + 62, big, size=26, align=1)
        cv.text(x0 + 10, y0 + 64, 920, y0 + 84, sub, size=10, align=1)
    g.fact(2, None, 2024, "令和６年度決算", "total", "outstanding", "actual", o6 * 1000, "yen", f"{o6/1000:,.1f}百万円",
           debt_raw="７債権計")
    g.fact(2, None, 2023, "前年度", "total", "outstanding", "actual", o5 * 1000, "yen", f"{o5/1000:,.1f}百万円",
           debt_raw="７債権計")
    g.fact(2, None, 2024, "令和６年度決算", "total", "collection_rate", "actual", r6, "percent", f"{r6:.2f}％",
           debt_raw="７債権計")
    # table: side-by-side headings 令和５年度決算 | 令和６年度決算
    rows = [["債権名", "令和５年度決算", None, "令和６年度決算", None],
            ["", "収入未済額", "収納率", "収入未済額", "収納率"]]
    for d, v in DEBTS.items():
        rows.append([d] + [x for fy in (2023, 2024) for x in (f"{o_of(v[fy])/1000:,.1f}", f"{r_of(v[fy]):.2f}")])
        for fy in (2023, 2024):
            fr = "令和５年度決算" if fy == 2023 else "令和６年度決算"
            g.fact(2, d, fy, fr, "total", "outstanding", "actual", o_of(v[fy]) * 1000, "yen", f"{o_of(v[fy])/1000:,.1f}")
            g.fact(2, d, fy, fr, "total", "collection_rate", "actual", r_of(v[fy]), "percent", f"{r_of(v[fy]):.2f}")
    rows.append(["合計"] + [x for fy in (2023, 2024) for x in (f"{o_of(tot[fy])/1000:,.1f}", f"{r_of(tot[fy]):.2f}")])
    for fy in (2023, 2024):
        fr = "令和５年度決算" if fy == 2023 else "令和６年度決算"
        g.fact(2, None, fy, fr, "total", "outstanding", "actual", o_of(tot[fy]) * 1000, "yen",
               f"{o_of(tot[fy])/1000:,.1f}", debt_raw="合計")
        g.fact(2, None, fy, fr, "total", "collection_rate", "actual", r_of(tot[fy]), "percent",
               f"{r_of(tot[fy]):.2f}", debt_raw="合計")
    cv.text(30, 262, 560, 280, "主要債権別の収入未済額・収納率", size=11)
    cv.text(380, 264, 575, 280, "（単位：百万円、％）", size=8.5, align=2)
    cv.table(30, 282, [175, 100, 65, 100, 65], rows, rowh=19, size=10)
    cv.text(600, 270, 930, 470, "※収入未済額は、調定額から収入済額及び不納欠損額を控除した額。\n※収納率は、収入済額÷調定額（現年分と滞納繰越分の合計）。\n※百万円未満を四捨五入しているため、合計と内訳が一致しない場合がある。",
            size=9, lh=1.5)

    # ---- per-debt slides
    SHEETS = [
        dict(name="市税", ka="納税課", kubun="強制徴収公債権",
             kyoka=[["差押予告書の一斉発送", "1,200件", "1,318件（1,164件）"],
                    ["預貯金・給与の差押え", "450件", "502件（471件）"],
                    ["夜間・休日納付相談窓口", "4回", "4回（4回）"]],
             kadai="①現年課税分の滞納を早期に解消するため、ＳＭＳ催告の対象を拡大すること。\n②高額滞納事案は、捜索・公売を含めた処分を計画的に進めること。",
             rate=("54.12", "53.80", "21.05", "19.77"),
             goals=[("現年分収納率", "current", "collection_rate", 99.35, "99.35％以上"),
                    ("滞納繰越分収納率", "arrears", "collection_rate", 33.0, "33.0％以上"),
                    ("収入未済額", "total", "outstanding", 1100000000, "11億円以下")],
             inits=[("(1)", "納期限後３０日以内のＳＭＳ催告を全税目に広げ、現年課税分の早期納付を促す。", "拡充"),
                    ("(2)", "差押可能財産が判明した事案は、調査完了から２か月以内に処分を行う。", "継続"),
                    ("(3)", "キャッシュレス納付の案内を納税通知書に同封し、納期内納付を定着させる。", "新規")]),
        dict(name="国民健康保険料", ka="国民健康保険課", kubun="強制徴収公債権",
             kyoka=[["電話催告（夜間・休日）", "3,000件", "3,412件（2,987件）"],
                    ["財産調査", "2,500件", "2,731件（2,409件）"],
                    ["滞納処分", "300件", "286件（305件）"]],
             kadai="①資格喪失世帯の未納保険料について、喪失手続時の納付指導を徹底すること。\n②口座振替の加入率を高めること。",
             rate=("48.66", "48.91", "18.32", "16.54"),
             goals=[("現年分収納率", "current", "collection_rate", 93.5, "93.5％以上"),
                    ("滞納繰越分収納率", "arrears", "collection_rate", 27.0, "27.0％以上"),
                    ("収入未済額", "total", "outstanding", 980000000, "9.8億円以下")],
             inits=[("(1)", "資格喪失の手続時に未納額を通知し、その場で納付相談につなげる。", "継続"),
                    ("(2)", "加入届の受付時にペイジー口座振替受付サービスで口座登録を勧める。", "拡充"),
                    ("(3)", "滞納繰越分は財産調査を先行させ、処分又は執行停止を判断する。", "継続")]),
        dict(name="介護保険料", ka="介護保険課", kubun="強制徴収公債権",
             kyoka=[["一斉文書催告", "2回", "2回（2回）"],
                    ["臨戸訪問", "600件", "644件（590件）"],
                    ["財産調査", "900件", "958件（871件）"]],
             kadai="①普通徴収の滞納者に対し、給付制限の周知を早期に行うこと。\n②分納誓約の不履行者を定期的に抽出すること。",
             rate=("61.40", "60.95", "14.88", "15.10"),
             goals=[("現年分収納率", "current", "collection_rate", 99.0, "99.0％以上"),
                    ("滞納繰越分収納率", "arrears", "collection_rate", 20.0, "20.0％以上")],
             inits=[("(1)", "６５歳到達時の通知に口座振替依頼書を同封する。", "継続"),
                    ("(2)", "分納誓約の不履行者を毎月抽出し、２回目の不履行で財産調査に移行する。", "新規")]),
    ]
    page_no = 3
    for sh in SHEETS:
        p = doc.new_page(width=W, height=H)
        cv = Canvas(doc, p)
        frame(cv, page_no, f"取組個票　{sh['name']}")
        d = sh["name"]
        y = namebox(cv, 24, 54, 600, d, sh["ka"], sh["kubun"])
        cv.text(24, y + 8, 620, y + 26, "１　滞納整理強化月間（令和７年９月）の実施状況", size=11.5, color=NAVY)
        rows = [["取組内容", "目標", "実績（　）内は前年度"]] + sh["kyoka"]
        yb = cv.table(24, y + 28, [270, 110, 220], rows, rowh=20, size=10, aligns=[0, 2, 2])
        cv.text(24, yb + 10, 620, yb + 28, "２　債権管理ヒアリングにおける指摘事項", size=11.5, color=NAVY)
        cv.rect(24, yb + 30, 624, yb + 92, width=0.8)
        cv.text(30, yb + 35, 618, yb + 92, sh["kadai"], size=10, lh=1.4)
        # right column: interim rates
        cv.rect(644, 54, 936, 190, fill=PALE, stroke=NAVY, width=1.0, radius=0.05)
        cv.text(654, 60, 930, 80, "【収納率】令和７年９月末時点", size=12, color=NAVY)
        cr, cp, ar, ap = sh["rate"]
        cv.text(660, 88, 930, 186, f"現年分　　{cr}％\n　　（前年同期 {cp}％）\n滞繰分　　{ar}％\n　　（前年同期 {ap}％）",
                size=13, lh=1.35)
        for seg, v, raw_fy in (("current", cr, 2025), ("arrears", ar, 2025)):
            g.fact(page_no, d, 2025, "令和７年９月末時点", seg, "collection_rate", "interim", float(v), "percent",
                   f"{v}％", as_of="2025-09-30")
        for seg, v in (("current", cp), ("arrears", ap)):
            g.fact(page_no, d, 2024, "前年同期", seg, "collection_rate", "interim", float(v), "percent",
                   f"{v}％", as_of="2024-09-30")
        # R6 決算 panel
        t = DEBTS[d][2024]
        t5 = DEBTS[d][2023]
        cv.rect(644, 200, 936, 262, stroke=NAVY, width=1.0)
        cv.text(652, 204, 930, 222, "令和６年度決算（現年・滞繰計）", size=10, color=NAVY)
        cv.text(652, 224, 930, 260, f"収納率 {r_of(t):.2f}％（前年比{r_of(t)-r_of(t5):+.2f}pt）", size=14, align=1)
        g.fact(page_no, d, 2024, "令和６年度決算", "total", "collection_rate", "actual", r_of(t), "percent", f"{r_of(t):.2f}％")
        # 3 取組方針
        y3 = yb + 104
        cv.text(24, y3, 936, y3 + 18, "３　令和８年度の取組方針", size=11.5, color=NAVY)
        goal_txt = "【数値目標】　" + "　／　".join(f"{lab} {raw}" for lab, _, _, _, raw in sh["goals"])
        cv.text(24, y3 + 22, 936, y3 + 40, goal_txt, size=11)
        for lab, seg, met, val, raw in sh["goals"]:
            g.fact(page_no, d, 2026, "令和８年度", seg, met, "target", val, "percent" if met == "collection_rate" else "yen", raw)
        body = "\n".join(f"{lab}　{txt}【{st}】" for lab, txt, st in sh["inits"])
        cv.rect(24, y3 + 44, 936, H - 38, width=0.8)
        cv.text(30, y3 + 49, 930, H - 38, body, size=10.5, lh=1.45)
        for lab, txt, st in sh["inits"]:
            g.init(page_no, d, 2026, "令和８年度の取組方針", lab, txt, st)
        page_no += 1

    # ---- two debts on one slide
    p = doc.new_page(width=W, height=H)
    cv = Canvas(doc, p)
    frame(cv, page_no, "取組個票　市営住宅使用料／下水道使用料")
    HALF = [
        dict(name="市営住宅使用料", ka="市営住宅課", rate=("79.84", "78.90", "9.12", "10.05"),
             goal=("現年分収納率", "current", "collection_rate", 97.0, "97.0％以上"),
             inits=[("・", "３か月以上の滞納者には連帯保証人へ同時に通知する。", "継続"),
                    ("・", "退去者の未納家賃は、支払督促の申立てを年２回行う。", "拡充")]),
        dict(name="下水道使用料", ka="上下水道局料金課", rate=("56.27", "55.98", "24.60", "23.15"),
             goal=("収入未済額", "total", "outstanding", 60000000, "6,000万円以下"),
             inits=[("・", "水道料金と一体で督促・催告を行い、給水停止予告と連動させる。", "継続"),
                    ("・", "閉栓済み使用者の未納分は、転居先調査を行って催告する。", "新規")]),
    ]
    for i, hf in enumerate(HALF):
        x0 = 24 + i * 462
        d = hf["name"]
        cv.rect(x0, 54, x0 + 450, 80, fill=(0.85, 0.85, 0.85), width=0.8)
        cv.text(x0 + 6, 59, x0 + 80, 80, "債権名", size=10)
        cv.rect(x0 + 70, 54, x0 + 450, 80, width=0.8, fill=(1, 1, 1))
        cv.text(x0 + 76, 58, x0 + 450, 80, f"{d}　（所管：{hf['ka']}）", size=12)
        cv.text(x0, 90, x0 + 450, 108, "収納率の状況", size=11, color=NAVY)
        cv.text(x0 + 250, 92, x0 + 450, 108, "単位：％", size=8.5, align=2)
        cr, cp, ar, ap = hf["rate"]
        rows = [["区分", "R7.9月末", "R6.9月末"], ["現年分", cr, cp], ["滞納繰越分", ar, ap]]
        cv.table(x0, 110, [150, 150, 150], rows, rowh=22, size=11)
        for seg, v, vp in (("current", cr, cp), ("arrears", ar, ap)):
            g.fact(page_no, d, 2025, "R7.9月末", seg, "collection_rate", "interim", float(v), "percent", v, as_of="2025-09-30")
            g.fact(page_no, d, 2024, "R6.9月末", seg, "collection_rate", "interim", float(vp), "percent", vp, as_of="2024-09-30")
        t = DEBTS[d][2024]
        cv.text(x0, 186, x0 + 450, 222,
                f"令和６年度決算：収入未済額 {o_of(t):,}千円、収納率 {r_of(t):.2f}％", size=11)
        g.fact(page_no, d, 2024, "令和６年度決算", "total", "outstanding", "actual", o_of(t) * 1000, "yen", f"{o_of(t):,}千円")
        g.fact(page_no, d, 2024, "令和６年度決算", "total", "collection_rate", "actual", r_of(t), "percent", f"{r_of(t):.2f}％")
        lab, seg, met, val, raw = hf["goal"]
        cv.text(x0, 230, x0 + 450, 250, f"令和８年度数値目標：{lab} {raw}", size=11, color=NAVY)
        g.fact(page_no, d, 2026, "令和８年度", seg, met, "target", val, "percent" if met == "collection_rate" else "yen", raw)
        cv.rect(x0, 258, x0 + 450, 420, width=0.8)
        cv.text(x0 + 6, 262, x0 + 444, 280, "令和８年度の取組", size=10.5, color=NAVY)
        body = "\n".join(f"{l}{tx}【{st}】" for l, tx, st in hf["inits"])
        cv.text(x0 + 6, 284, x0 + 444, 420, body, size=10.5, lh=1.45)
        for l, tx, st in hf["inits"]:
            g.init(page_no, d, 2026, "令和８年度の取組", l, tx, st)

    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    finish_fitz(doc, pdf)
    gp = g.write(pdf)
    return check(pdf, gp)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
