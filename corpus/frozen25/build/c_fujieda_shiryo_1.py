"""c_fujieda_shiryo_1: 債権管理推進委員会 資料 made as 16:9 slides (PyMuPDF direct drawing)."""
from __future__ import annotations

import fitz

from c_common import OUT, ROOT, c, fact, init, rate, write_gold
from c_draw import box, finish, line, para, rect, setup, table, text, tlen

STEM = "c_fujieda_shiryo_1"
CITY = "藤枝市"
W, H = 960, 540
NAVY = (0.12, 0.22, 0.45)
LIGHT = (0.88, 0.92, 0.98)

facts, inits = [], []


def slide(doc, no, title):
    p = doc.new_page(width=W, height=H)
    setup(p)
    p.draw_rect(fitz.Rect(0, 0, W, 58), color=None, fill=NAVY)
    text(p, 30, 40, title, 24, color=(1, 1, 1))
    text(p, W - 150, 525, f"藤枝市債権管理推進委員会　{no}", 9, color=(0.4, 0.4, 0.4))
    return p


def panel(p, x, y, w, h, label, big, note, size=30):
    p.draw_rect(fitz.Rect(x, y, x + w, y + h), color=NAVY, fill=LIGHT, width=1.2)
    text(p, x + 12, y + 22, label, 13, color=NAVY)
    text(p, x + 12, y + 22 + size + 6, big, size, color=(0.75, 0.1, 0.1))
    if note:
        text(p, x + 12, y + h - 10, note, 11)


def namebox(p, x, y, w, debt, dept, kubun, size=12):
    widths = [w * 0.13, w * 0.3, w * 0.13, w * 0.2, w * 0.12, w * 0.12]
    return table(p, x, y, widths, [["債権名", debt, "所管課", dept, "区分", kubun]], size=size, header_rows=0,
                 shade=None, min_h=26)


def build():
    global facts, inits
    doc = fitz.open()
    # --- slide 1: title
    p = doc.new_page(width=W, height=H)
    setup(p)
    p.draw_rect(fitz.Rect(0, 180, W, 300), color=None, fill=NAVY)
    text(p, 0, 232, "令和７年度 第２回", 26, color=(1, 1, 1), align="c", w=W)
    text(p, 0, 276, "藤枝市債権管理推進委員会　資料", 32, color=(1, 1, 1), align="c", w=W)
    text(p, 0, 350, "令和７年11月18日（火）", 18, align="c", w=W)
    text(p, 0, 380, "財務部 納税課（債権管理担当）", 16, align="c", w=W)
    items = ["１　令和６年度決算の概要", "２　主要債権の取組個票（滞納整理強化期間の実施状況・ヒアリング課題）",
             "３　令和８年度 数値目標（案）"]
    yy = 420
    for s in items:
        text(p, 250, yy, s, 14)
        yy += 24

    # --- slide 2: overview with panels and a bar chart
    p = slide(doc, 2, "１　令和６年度決算の概要（全債権）")
    panel(p, 40, 85, 380, 115, "収納率（全債権・令和６年度）", "97.64％", "前年比＋0.31pt（令和５年度 97.33％）")
    facts.append(fact(None, 2024, "令和６年度", "total", "collection_rate", "actual", 97.64, "percent", "97.64％", page=2))
    facts.append(fact(None, 2023, "令和５年度", "total", "collection_rate", "actual", 97.33, "percent", "97.33％", page=2))
    panel(p, 40, 220, 380, 115, "収入未済額（全債権・令和６年度）", "約18.6億円", "前年度から約1.2億円の減少")
    facts.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 1860000000, "yen", "約18.6億円", page=2, approx=True))
    box(p, 40, 355, 380, ["【参考】",
                          "・対象：令和６年度決算で収入未済額のある42債権",
                          "・不納欠損額：82.6百万円（前年度 95.1百万円）",
                          "・収入未済額の最大債権：国民健康保険税"], size=12)
    facts.append(fact(None, 2024, "令和６年度", "total", "written_off", "actual", 82600000, "yen", "82.6百万円", page=2))
    facts.append(fact(None, 2023, "前年度", "total", "written_off", "actual", 95100000, "yen", "95.1百万円", page=2))
    # chart
    vals = [("R2", 2020, 2312.4), ("R3", 2021, 2188.0), ("R4", 2022, 2041.7), ("R5", 2023, 1978.3), ("R6", 2024, 1861.2)]
    cx, cy, cw, ch = 480, 110, 430, 330
    text(p, cx, 95, "収入未済額の推移（単位：百万円）", 14, color=NAVY)
    base = cy + ch
    line(p, (cx + 30, base), (cx + cw, base), 1)
    line(p, (cx + 30, cy), (cx + 30, base), 0.8)
    for k, g in enumerate((0, 500, 1000, 1500, 2000, 2500)):
        gy = base - g / 2500 * (ch - 20)
        line(p, (cx + 30, gy), (cx + cw, gy), 0.3, (0.7, 0.7, 0.7))
        text(p, cx - 8, gy + 4, f"{g:,}", 9, align="r", w=34)
    bw = 50
    for i, (lab, fy, v) in enumerate(vals):
        bx = cx + 60 + i * 72
        bh = v / 2500 * (ch - 20)
        p.draw_rect(fitz.Rect(bx, base - bh, bx + bw, base), color=None, fill=(0.35, 0.5, 0.78))
        s = f"{v:,.1f}"
        text(p, bx - 10, base - bh - 6, s, 11, align="c", w=bw + 20)
        text(p, bx, base + 16, lab, 12, align="c", w=bw)
        facts.append(fact(None, fy, lab, "total", "outstanding", "actual", round(v * 1000000), "yen", s, page=2))

    # --- slide 3: 市税 個票
    p = slide(doc, 3, "２　取組個票（１）市税")
    namebox(p, 30, 70, 900, "市税", "納税課", "強制徴収公債権")
    text(p, 30, 122, "（1）令和６年度 滞納整理強化期間の実施状況", 13, color=NAVY)
    rows = [["実施期間", "取組内容", "実績又は効果（　）内は前年度"],
            ["令和６年５月・７月", "現年課税分の未納者に催告書とSMSを一斉送付", "完納者 3,412人（3,105人）"],
            ["令和６年10月～12月", "滞納繰越分の財産調査と預金差押えの集中実施", "差押件数 618件（577件）"]]
    yb = table(p, 30, 130, [150, 330, 220], rows, size=11)
    panel(p, 750, 120, 180, 120, "収納率（現年）", "99.18％", "（前年度 99.05％）", size=24)
    panel(p, 750, 250, 180, 120, "収納率（滞繰）", "33.6％", "（前年度 30.9％）", size=24)
    for v, fy, r in ((99.18, 2024, "99.18％"), (99.05, 2023, "99.05％")):
        facts.append(fact("市税", fy, "令和６年度" if fy == 2024 else "前年度", "current", "collection_rate", "actual", v, "percent", r, page=3))
    for v, fy, r in ((33.6, 2024, "33.6％"), (30.9, 2023, "30.9％")):
        facts.append(fact("市税", fy, "令和６年度" if fy == 2024 else "前年度", "arrears", "collection_rate", "actual", v, "percent", r, page=3))
    text(p, 30, yb + 24, "（2）債権管理ヒアリングにおける課題", 13, color=NAVY)
    yy = para(p, 40, yb + 30, 690, "・若年層の現年課税分の滞納が増えており、初期の接触が遅れている。"
              "\n・分納誓約の不履行が続く事案の処分判断に時間を要している。", 11)
    text(p, 30, yy + 20, "（3）令和８年度 取組方針", 13, color=NAVY)
    top = yy + 28
    box(p, 40, top, 300, ["数値目標", "現年課税分収納率　99.25％以上", "滞納繰越分収納率　34.0％以上",
                          "収入未済額　4億円以下"], size=11)
    facts += [
        fact("市税", 2026, "令和８年度", "current", "collection_rate", "target", 99.25, "percent", "99.25％以上", page=3),
        fact("市税", 2026, "令和８年度", "arrears", "collection_rate", "target", 34.0, "percent", "34.0％以上", page=3),
        fact("市税", 2026, "令和８年度", "total", "outstanding", "target", 400000000, "yen", "4億円以下", page=3),
    ]
    tori = [("①", "納期限後20日以内にSMS催告を送り、若年層への早期接触を図る。", "拡充"),
            ("②", "分納不履行が２回続いた事案は、翌月中に差押えの可否を判断する。", "新規"),
            ("③", "口座振替とスマートフォン決済の利用を納税通知書で案内する。", "継続")]
    yy2 = top
    for lab, t, stt in tori:
        yy2 = para(p, 360, yy2, 380, f"{lab}{t}【{stt}】", 11, indent=11)
        inits.append(init("市税", 2026, "令和８年度 取組方針", lab, t, stt, page=3))

    # --- slide 4: 国民健康保険税 (years as columns, no % sign)
    p = slide(doc, 4, "２　取組個票（２）国民健康保険税")
    namebox(p, 30, 70, 900, "国民健康保険税", "保険年金課", "強制徴収公債権")
    text(p, 30, 125, "収納率・収入未済額の推移", 13, color=NAVY)
    text(p, 480, 125, "単位：％、百万円", 10)
    kk = {2022: (93.12, 21.8, 1012.6), 2023: (93.54, 22.9, 968.4), 2024: (93.97, 24.1, 931.0)}
    rows = [["", "R4", "R5", "R6", "R8目標"],
            ["収納率（現年）"] + [f"{kk[y][0]:.2f}" for y in (2022, 2023, 2024)] + ["94.30"],
            ["収納率（滞繰）"] + [f"{kk[y][1]:.1f}" for y in (2022, 2023, 2024)] + ["25.0"],
            ["収入未済額"] + [f"{kk[y][2]:,.1f}" for y in (2022, 2023, 2024)] + ["880.0"]]
    yb = table(p, 30, 132, [150, 100, 100, 100, 110], rows, size=12, aligns=["l", "r", "r", "r", "r"])
    for y in (2022, 2023, 2024):
        lab = f"R{y - 2018}"
        facts.append(fact("国民健康保険税", y, lab, "current", "collection_rate", "actual", kk[y][0], "percent", f"{kk[y][0]:.2f}", page=4))
        facts.append(fact("国民健康保険税", y, lab, "arrears", "collection_rate", "actual", kk[y][1], "percent", f"{kk[y][1]:.1f}", page=4))
        facts.append(fact("国民健康保険税", y, lab, "total", "outstanding", "actual", round(kk[y][2] * 1e6), "yen", f"{kk[y][2]:,.1f}", page=4))
    facts += [fact("国民健康保険税", 2026, "R8目標", "current", "collection_rate", "target", 94.30, "percent", "94.30", page=4),
              fact("国民健康保険税", 2026, "R8目標", "arrears", "collection_rate", "target", 25.0, "percent", "25.0", page=4),
              fact("国民健康保険税", 2026, "R8目標", "total", "outstanding", "target", 880000000, "yen", "880.0", page=4)]
    text(p, 620, 125, "強化期間の実施状況", 13, color=NAVY)
    table(p, 620, 132, [110, 200], [["実施期間", "実績又は効果"],
                                     ["令和６年８月", "一斉催告 4,820件\n納付額 61,240千円"],
                                     ["令和７年１月", "財産調査 1,150件\n差押え 214件"]], size=11)
    text(p, 30, yb + 28, "ヒアリング課題", 13, color=NAVY)
    para(p, 40, yb + 34, 560, "・資格喪失後に転出した世帯の滞納が残りやすく、所在の把握に時間がかかる。", 11)
    text(p, 30, yb + 90, "令和８年度 取組方針", 13, color=NAVY)
    tori = [("①", "資格喪失の届出時に未納額を通知し、その場で納付相談を受ける。", "新規"),
            ("②", "短期被保険者証の更新時に納付相談を行い、分納誓約の履行を確認する。", "継続")]
    yy = yb + 98
    for lab, t, stt in tori:
        yy = para(p, 40, yy, 880, f"{lab}{t}【{stt}】", 11, indent=11)
        inits.append(init("国民健康保険税", 2026, "令和８年度 取組方針", lab, t, stt, page=4))

    # --- slide 5: two debts side by side
    p = slide(doc, 5, "２　取組個票（３）介護保険料・後期高齢者医療保険料")
    halves = [("介護保険料", "介護福祉課", (2985420, 2967310, 71230, 14110)),
              ("後期高齢者医療保険料", "保険年金課", (1604380, 1597115, 11820, 4675))]
    side_tori = {"介護保険料": ["普通徴収の未納者に、年金天引きに切り替わるまでの納付方法を個別に案内する。",
                              "滞納が続く方に給付制限の内容を事前に説明し、納付につなげる。"],
                 "後期高齢者医療保険料": ["75歳到達時の資格取得者に口座振替依頼書を同封し、加入を勧める。",
                                  "県広域連合と連携し、未納者の状況を四半期ごとに確認する。"]}
    for k, (debt, dept, (ca, cc, aa, ac)) in enumerate(halves):
        x = 30 + k * 460
        line(p, (480, 70), (480, 510), 0.6, (0.5, 0.5, 0.5)) if k == 1 else None
        table(p, x, 72, [70, 190, 60, 110], [["債権名", debt, "所管課", dept]], size=11, header_rows=0, shade=None, min_h=26)
        text(p, x, 124, "令和６年度決算（単位：千円）", 12, color=NAVY)
        rc, ra = rate(cc, ca), rate(ac, aa, 1)
        rows = [["区分", "調定額", "収入済額", "収納率"],
                ["現年分", c(ca), c(cc), f"{rc:.2f}％"],
                ["滞納繰越分", c(aa), c(ac), f"{ra:.1f}％"]]
        yb = table(p, x, 132, [90, 120, 120, 90], rows, size=11, aligns=["l", "r", "r", "r"])
        for seg, a, col, r, rr in (("current", ca, cc, rc, f"{rc:.2f}％"), ("arrears", aa, ac, ra, f"{ra:.1f}％")):
            facts += [fact(debt, 2024, "令和６年度", seg, "assessed", "actual", a * 1000, "yen", c(a), page=5),
                      fact(debt, 2024, "令和６年度", seg, "collected", "actual", col * 1000, "yen", c(col), page=5),
                      fact(debt, 2024, "令和６年度", seg, "collection_rate", "actual", r, "percent", rr, page=5)]
        text(p, x, yb + 26, "今後の取組", 12, color=NAVY)
        yy = yb + 32
        for t in side_tori[debt]:
            yy = para(p, x + 6, yy, 420, "・" + t, 11, indent=11)
            inits.append(init(debt, 2026, "今後の取組", "・", t, None, page=5))

    # --- slide 6: 市営住宅使用料 with 9月末 interim
    p = slide(doc, 6, "２　取組個票（４）市営住宅使用料")
    namebox(p, 30, 70, 900, "市営住宅使用料", "住宅課", "私債権")
    panel(p, 30, 115, 420, 120, "収納率（現年分）９月末時点", "96.12％", "前年同期 95.80％（＋0.32pt）", size=28)
    panel(p, 480, 115, 450, 120, "収納率（過年度分）９月末時点", "14.8％", "前年同期 13.9％", size=28)
    facts += [fact("市営住宅使用料", 2025, "９月末時点", "current", "collection_rate", "interim", 96.12, "percent", "96.12％", page=6, as_of="2025-09-30"),
              fact("市営住宅使用料", 2024, "前年同期", "current", "collection_rate", "interim", 95.80, "percent", "95.80％", page=6, as_of="2024-09-30"),
              fact("市営住宅使用料", 2025, "９月末時点", "arrears", "collection_rate", "interim", 14.8, "percent", "14.8％", page=6, as_of="2025-09-30"),
              fact("市営住宅使用料", 2024, "前年同期", "arrears", "collection_rate", "interim", 13.9, "percent", "13.9％", page=6, as_of="2024-09-30")]
    text(p, 30, 265, "ヒアリング課題", 13, color=NAVY)
    para(p, 40, 272, 880, "・退去者の滞納分は連帯保証人への請求が遅れがちで、時効が迫る事案がある。", 11)
    text(p, 30, 320, "取組方針（令和８年度）", 13, color=NAVY)
    tori = [("ア", "滞納３か月で連帯保証人へ通知し、６か月で明渡し請求の要否を判断する。", "継続"),
            ("イ", "退去者の滞納分は、弁護士への回収委託を年２回に増やす。", "拡充")]
    yy = 330
    for lab, t, stt in tori:
        yy = para(p, 40, yy, 880, f"{lab}　{t}", 11, indent=20)
        text(p, 860, yy - 4, f"【{stt}】", 11)
        yy += 6
        inits.append(init("市営住宅使用料", 2026, "取組方針（令和８年度）", lab, t, stt, page=6))

    # --- slide 7: targets, debts as columns
    p = slide(doc, 7, "３　令和８年度 数値目標（案）")
    text(p, W - 150, 80, "（単位：％）", 11)
    debts = ["市税", "国民健康保険税", "介護保険料", "後期高齢者\n医療保険料", "市営住宅\n使用料"]
    dn = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "市営住宅使用料"]
    cur_act = [99.18, 93.97, rate(2967310, 2985420), rate(1597115, 1604380), 96.05]
    cur_prev = [99.05, 93.54, 99.35, 99.51, 95.71]
    cur_tgt = [99.25, 94.30, 99.45, 99.60, 96.30]
    arr_act = [33.6, 24.1, rate(14110, 71230, 1), rate(4675, 11820, 1), 13.2]
    arr_tgt = [34.0, 25.0, 21.0, 40.0, 15.0]
    rows = [["区分", "項目"] + debts,
            ["現年分", "R6実績"] + [f"{v:.2f}\n（前年度 {pv:.2f}）" for v, pv in zip(cur_act, cur_prev)],
            [None, "R8目標"] + [f"{v:.2f}" for v in cur_tgt],
            ["滞納繰越分", "R6実績"] + [f"{v:.1f}" for v in arr_act],
            [None, "R8目標"] + [f"{v:.1f}" for v in arr_tgt]]
    table(p, 40, 92, [100, 90, 140, 140, 140, 140, 130], rows, size=12, merges={(1, 0): (2, 1), (3, 0): (2, 1)},
          aligns=["c", "c", "r", "r", "r", "r", "r"], min_h=40)
    for i, d in enumerate(dn):
        facts += [fact(d, 2024, "R6実績", "current", "collection_rate", "actual", cur_act[i], "percent", f"{cur_act[i]:.2f}", page=7),
                  fact(d, 2023, "前年度", "current", "collection_rate", "actual", cur_prev[i], "percent", f"{cur_prev[i]:.2f}", page=7),
                  fact(d, 2026, "R8目標", "current", "collection_rate", "target", cur_tgt[i], "percent", f"{cur_tgt[i]:.2f}", page=7),
                  fact(d, 2024, "R6実績", "arrears", "collection_rate", "actual", arr_act[i], "percent", f"{arr_act[i]:.1f}", page=7),
                  fact(d, 2026, "R8目標", "arrears", "collection_rate", "target", arr_tgt[i], "percent", f"{arr_tgt[i]:.1f}", page=7)]
    para(p, 40, 330, 880, "※市営住宅使用料の実績は年度末（令和７年５月31日）の数値。市税・国民健康保険税の目標は、第３次行財政改革推進計画の指標と同じ値とする。", 11)

    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    finish(doc, pdf)
    document = {"kind": "committee_material", "municipality": CITY,
                "title": "令和７年度 第２回 藤枝市債権管理推進委員会 資料", "date": "2025-11-18",
                "date_raw": "令和７年11月18日（火）"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
