"""美浜台市 債権管理推進会議 資料 (slides, 16:9) — PyMuPDF direct drawing with absolute positions."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz
from p_common import Gold, ROOT, c

STEM = "p_mihamadai_shiryo_1"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
W, H = 960, 540
NAVY = (0.12, 0.23, 0.45)
LIGHT = (0.90, 0.93, 0.98)
FY, FYP, FYT = 2025, 2024, 2026
ASOF, ASOF_P = "2025-12-31", "2024-12-31"

g = Gold(STEM, "committee_material", "美浜台市", "令和7年度 第3回美浜台市債権管理推進会議 資料", "2026-02-10",
         "令和8年2月10日")


def newpage(doc, title=None, no=None):
    p = doc.new_page(width=W, height=H)
    p.insert_font(fontname="g", fontfile=GOTH)
    if title:
        p.draw_rect(fitz.Rect(0, 0, W, 46), color=None, fill=NAVY)
        p.insert_text((24, 31), title, fontsize=20, fontname="g", color=(1, 1, 1))
    if no:
        p.insert_text((W - 40, H - 14), str(no), fontsize=10, fontname="g", color=(0.3, 0.3, 0.3))
        p.insert_text((24, H - 14), "美浜台市債権管理推進会議（令和8年2月10日）", fontsize=8, fontname="g", color=(0.4, 0.4, 0.4))
    return p


def T(p, x, y, s, size=12, color=(0, 0, 0), font="g"):
    p.insert_text((x, y), s, fontsize=size, fontname=font, color=color)


def TB(p, rect, s, size=11, align=0, font="g", color=(0, 0, 0)):
    rc = p.insert_textbox(fitz.Rect(rect), s, fontsize=size, fontname=font, align=align, color=color, lineheight=1.25)
    assert rc >= 0, (s[:20], rc)


def table(p, x, y, colw, rowh, rows, size=11, head=1, fill=LIGHT, aligns=None):
    yy = y
    for r, row in enumerate(rows):
        xx = x
        for k, cell in enumerate(row):
            rect = fitz.Rect(xx, yy, xx + colw[k], yy + rowh)
            if r < head:
                p.draw_rect(rect, color=(0.3, 0.3, 0.3), fill=fill, width=0.6)
            else:
                p.draw_rect(rect, color=(0.3, 0.3, 0.3), width=0.6)
            if cell:
                al = 1 if r < head else (aligns[k] if aligns else 0)
                tw = fitz.get_text_length(cell, fontname="japan", fontsize=size) if False else None
                TB(p, fitz.Rect(rect.x0 + 3, rect.y0 + (rowh - size * 1.3) / 2, rect.x1 - 3, rect.y1 + 2), cell, size, al)
            xx += colw[k]
        yy += rowh
    return yy


def namebox(p, x, y, items, w):
    """one-row label/value box: 債権名 | X | 所管課 | Y ..."""
    n = len(items)
    cw = [w * (0.12 if k % 2 == 0 else 0.88 / (n / 2) - w * 0.0) for k in range(n)]
    lab_w = 72
    val_w = (w - lab_w * (n // 2)) / (n // 2)
    xx = x
    for k, s in enumerate(items):
        ww = lab_w if k % 2 == 0 else val_w
        rect = fitz.Rect(xx, y, xx + ww, y + 28)
        p.draw_rect(rect, color=NAVY, fill=NAVY if k % 2 == 0 else None, width=1)
        TB(p, fitz.Rect(rect.x0 + 4, rect.y0 + 6, rect.x1 - 2, rect.y1 + 2), s, 13 if k % 2 else 11, 1 if k % 2 == 0 else 0,
           color=(1, 1, 1) if k % 2 == 0 else (0, 0, 0))
        xx += ww


def panel(p, rect, label, big, sub):
    p.draw_rect(fitz.Rect(rect), color=NAVY, fill=(1, 0.97, 0.88), width=1.5, radius=0.08)
    r = fitz.Rect(rect)
    TB(p, fitz.Rect(r.x0 + 8, r.y0 + 6, r.x1 - 8, r.y0 + 26), label, 12, 1)
    TB(p, fitz.Rect(r.x0 + 4, r.y0 + 26, r.x1 - 4, r.y0 + 66), big, 28, 1, color=(0.75, 0.1, 0.1))
    TB(p, fitz.Rect(r.x0 + 4, r.y0 + 66, r.x1 - 4, r.y1), sub, 11, 1)


SEG = {"現年分": "current", "滞繰分": "arrears", "合計": "total"}

# per-debt slides: name, 所管課, 区分, {seg: (R7.12, R6.12)}, delinquents (now, prev, unit), targets, 課題, 取組
DEBTS = [
    ("市税", "納税課", "強制徴収公債権", {"現年分": (81.46, 81.04), "滞繰分": (28.35, 26.90), "合計": (77.12, 76.55)},
     (4215, 4498, "人", "persons"), {"現年分": "98.60", "滞繰分": "32.00"},
     "高額滞納案件の長期化。滞納繰越分の約4割を上位100件が占めており、処分の停滞が見られる。",
     [("①", "高額・困難案件を特別整理班に集約し、捜索・公売を計画的に実施する。", "継続"),
      ("②", "現年度分の未納者にSMS催告を毎月送信し、納期限後30日以内の接触を徹底する。", "拡充"),
      ("③", "預貯金照会を電子化し、財産調査の処理日数を短縮する。", "新規")]),
    ("国民健康保険税", "保険年金課", "強制徴収公債権", {"現年分": (63.27, 62.91), "滞繰分": (20.14, 19.62), "合計": (53.80, 53.05)},
     (3102, 3350, "世帯", "households"), {"現年分": "95.20", "滞繰分": "24.00"},
     "資格喪失世帯の未納が多く、転出後の所在把握に時間を要している。",
     [("①", "資格喪失届の受付時に未納額を通知し、その場で納付相談を行う。", "新規"),
      ("②", "口座振替の原則化を徹底し、新規加入世帯の振替登録率を高める。", "継続"),
      ("③", "短期被保険者証の更新時に分納誓約の履行状況を確認する。", "継続")]),
    ("市営住宅使用料", "住宅課", "私債権", {"現年分": (88.35, 88.90), "滞繰分": (9.87, 10.52), "合計": (70.41, 70.96)},
     (214, 231, "人", "persons"), {"現年分": "97.50", "滞繰分": "15.00"},
     "退去者の滞納分の回収が進まず、連帯保証人への請求も遅れがちである。",
     [("①", "3か月以上の滞納者に対し、明渡請求訴訟を前提とした最終催告を行う。", "継続"),
      ("②", "退去者分は債権回収会社への委託を拡大する。", "拡充")]),
]
SIDE = [
    ("介護保険料", "介護保険課", {"現年分": (76.83, 76.52), "滞繰分": (12.40, 11.95)},
     [("・", "普通徴収となる新規65歳到達者に口座振替依頼書を同封する。", "継続"),
      ("・", "滞納による給付制限の事前通知を早期に送付する。", "新規")]),
    ("後期高齢者医療保険料", "保険年金課", {"現年分": (79.12, 79.30), "滞繰分": (30.55, 28.71)},
     [("・", "年金特別徴収への切替を確実に行い、普通徴収期間の未納を防ぐ。", "継続"),
      ("・", "分納誓約者の履行管理を月次で行う。", "拡充")]),
]


def pt(a, b):
    d = round(a - b, 2)
    return ("＋" if d > 0 else "△") + f"{abs(d):.2f}"


def build():
    doc = fitz.open()
    # 1 title
    p = newpage(doc)
    p.draw_rect(fitz.Rect(0, 0, W, H), color=None, fill=(0.97, 0.98, 1))
    p.draw_rect(fitz.Rect(0, 170, W, 250), color=None, fill=NAVY)
    TB(p, (40, 185, W - 40, 245), "令和7年度 第3回美浜台市債権管理推進会議", 30, 1, color=(1, 1, 1))
    TB(p, (40, 270, W - 40, 300), "令和8年2月10日（火）　本庁舎5階 第1会議室", 16, 1)
    TB(p, (240, 320, W - 200, 470),
       "次　第\n1　報告　主要債権の徴収状況（令和7年12月末）\n2　報告　滞納整理強化期間の実施状況\n3　協議　令和8年度 主要債権の取組方針", 15, 0)
    # 2 overview
    p = newpage(doc, "美浜台市の債権の状況（令和6年度決算）", 2)
    panel(p, (30, 64, 300, 170), "全債権 収納率（令和6年度）", "97.62％", "前年比＋0.31pt")
    g.f(None, FYP, "令和6年度", "total", "collection_rate", "actual", 97.62, "percent", "97.62％", 2, debt_raw="全債権")
    panel(p, (30, 184, 300, 290), "全債権 収入未済額（令和6年度）", "約38.4億円", "前年度比 △2.9億円")
    g.f(None, FYP, "令和6年度", "total", "outstanding", "actual", 3840000000, "yen", "約38.4億円", 2, approx=True,
        debt_raw="全債権")
    # rates table under panels
    T(p, 30, 318, "全債権の収納率の推移　（単位：％）", 12)
    yrs = ["R2", "R3", "R4", "R5", "R6"]
    rts = ["95.88", "96.41", "96.97", "97.31", "97.62"]
    table(p, 30, 326, [54] * 5, 24, [yrs, rts], 11, aligns=[2] * 5)
    for k, (y, r) in enumerate(zip(yrs, rts)):
        g.f(None, 2020 + k, y, "total", "collection_rate", "actual", float(r), "percent", r, 2, debt_raw="全債権")
    TB(p, (30, 390, 300, 500), "※全債権：一般会計及び特別会計（企業会計を除く。）の市税及び税外債権の合計。\n※R6の収納率は、収入済額÷調定額（還付未済額を除く。）", 9)
    # chart
    cx0, cy0, cx1, cy1 = 360, 100, 920, 470
    T(p, 360, 80, "収入未済額の推移（単位：億円）", 15)
    p.draw_line((cx0, cy1), (cx1, cy1), color=(0, 0, 0), width=1)
    p.draw_line((cx0, cy0), (cx0, cy1), color=(0, 0, 0), width=1)
    vals = [("H30", 52.1), ("R1", 49.8), ("R2", 47.5), ("R3", 44.0), ("R4", 42.6), ("R5", 41.3), ("R6", 38.4)]
    bw = 44
    for k, (lab, v) in enumerate(vals):
        x = cx0 + 24 + k * 78
        hgt = v / 60 * (cy1 - cy0)
        p.draw_rect(fitz.Rect(x, cy1 - hgt, x + bw, cy1), color=None, fill=(0.35, 0.55, 0.8) if k < 6 else (0.85, 0.35, 0.2))
        T(p, x + 8, cy1 - hgt - 6, f"{v:.1f}", 12)
        T(p, x + 10, cy1 + 16, lab, 12)
        g.f(None, 2018 + k, lab, "total", "outstanding", "actual", int(round(v * 100000000)), "yen", f"{v:.1f}", 2,
            debt_raw=None)
    for yv in (20, 40, 60):
        yy = cy1 - yv / 60 * (cy1 - cy0)
        p.draw_line((cx0 - 4, yy), (cx0, yy), color=(0, 0, 0))
        T(p, cx0 - 22, yy + 4, str(yv), 9)
    # per-debt slides
    for n, (name, ka, kubun, rates, dq, tg, kadai, tori) in enumerate(DEBTS):
        pg = 3 + n
        p = newpage(doc, f"主要債権の取組個票　{'①②③'[n]}", pg)
        namebox(p, 24, 56, ["債権名", name, "所管課", ka, "債権区分", kubun], 912)
        # left: enforcement period
        T(p, 24, 106, "1　滞納整理強化期間（R7.10～R7.12）の実施状況", 13)
        rows = [["取組内容", "実績又は効果　（　）内はR6"],
                ["催告書の一斉発送", f"{c(8412 - n * 2900)}件（{c(7960 - n * 2700)}件）"],
                ["財産調査", f"{c(3105 - n * 1100)}件（{c(2877 - n * 1000)}件）"],
                ["差押・法的措置", f"{c(612 - n * 230)}件（{c(588 - n * 220)}件）"],
                ["強化期間末の滞納者数", f"{c(dq[0])}{dq[2]}（{c(dq[1])}{dq[2]}）"]]
        table(p, 24, 114, [190, 250], 27, rows, 11, aligns=[0, 2])
        g.f(name, FY, "R7", "total", "delinquents", "interim", dq[0], dq[3], f"{c(dq[0])}{dq[2]}", pg, as_of=ASOF)
        g.f(name, FYP, "R6", "total", "delinquents", "interim", dq[1], dq[3], f"{c(dq[1])}{dq[2]}", pg, as_of=ASOF_P)
        # right: rates 12月末
        T(p, 490, 106, "2　徴収状況（12月末時点）", 13)
        T(p, 858, 106, "単位：％", 9)
        rows = [["区分", "R7.12末", "R6.12末", "差"]]
        for seg, (a, b) in rates.items():
            rows.append([seg, f"{a:.2f}", f"{b:.2f}", pt(a, b)])
            g.f(name, FY, "R7.12末", SEG[seg], "collection_rate", "interim", a, "percent", f"{a:.2f}", pg, as_of=ASOF)
            g.f(name, FYP, "R6.12末", SEG[seg], "collection_rate", "interim", b, "percent", f"{b:.2f}", pg, as_of=ASOF_P)
        table(p, 490, 114, [100, 90, 90, 80], 27, rows, 11, aligns=[0, 2, 2, 2])
        a, b = rates["現年分"]
        # call-out panel (same figure again, with % sign)
        p.draw_rect(fitz.Rect(490, 232, 850, 268), color=(0.75, 0.1, 0.1), width=1.5, radius=0.2)
        TB(p, (496, 240, 846, 268), f"現年分 収納率 {a:.2f}％（前年同期比{pt(a, b).replace('△', '－')}pt）", 14, 1)
        g.f(name, FY, "R7.12末", "current", "collection_rate", "interim", a, "percent", f"{a:.2f}％", pg, as_of=ASOF)
        # hearing issue
        T(p, 24, 276, "3　ヒアリングにおける課題", 13)
        p.draw_rect(fitz.Rect(24, 284, 936, 318), color=(0.4, 0.4, 0.4), width=0.8)
        TB(p, (30, 290, 930, 318), kadai, 11)
        # policy
        T(p, 24, 338, "4　令和8年度の取組方針", 13)
        p.draw_rect(fitz.Rect(24, 346, 300, 500), color=NAVY, fill=LIGHT, width=1.2)
        TB(p, (32, 352, 296, 372), "数値目標（R8）", 12, 1)
        yy = 380
        for seg, v in tg.items():
            T(p, 40, yy + 16, f"{seg}収納率", 12)
            T(p, 160, yy + 18, f"{v}％", 18, color=(0.75, 0.1, 0.1))
            g.f(name, FYT, "R8", SEG[seg], "collection_rate", "target", float(v), "percent", f"{v}％", pg)
            yy += 40
        p.draw_rect(fitz.Rect(312, 346, 936, 500), color=(0.4, 0.4, 0.4), width=0.8)
        yy = 352
        for k, (lab, text, stt) in enumerate(tori):
            s = f"{lab}{text}【{stt}】" if k % 2 == 0 else f"{lab}{text}\n【{stt}】"
            hh = 46 if k % 2 else 40
            TB(p, (320, yy, 930, yy + hh), s, 11.5)
            g.i(name, FYT, "令和8年度の取組方針", lab, text, stt, pg)
            yy += hh
    # side-by-side slide
    pg = 6
    p = newpage(doc, "主要債権の取組個票　④⑤", pg)
    for k, (name, ka, rates, tori) in enumerate(SIDE):
        x0 = 24 + k * 468
        namebox(p, x0, 58, ["債権名", name, "所管課", ka], 444)
        T(p, x0, 112, "徴収状況（12月末時点）", 12)
        rows = [["", "R7.12末", "R6.12末", "差"]]
        for seg, (a, b) in rates.items():
            rows.append([seg, f"{a:.2f}％", f"{b:.2f}％", pt(a, b) + "pt"])
            g.f(name, FY, "R7.12末", SEG[seg], "collection_rate", "interim", a, "percent", f"{a:.2f}％", pg, as_of=ASOF)
            g.f(name, FYP, "R6.12末", SEG[seg], "collection_rate", "interim", b, "percent", f"{b:.2f}％", pg, as_of=ASOF_P)
        table(p, x0, 120, [110, 110, 110, 110], 28, rows, 11, aligns=[0, 2, 2, 2])
        T(p, x0, 234, "令和8年度の取組方針", 12)
        p.draw_rect(fitz.Rect(x0, 242, x0 + 444, 400), color=(0.4, 0.4, 0.4), width=0.8)
        yy = 250
        for lab, text, stt in tori:
            TB(p, (x0 + 8, yy, x0 + 436, yy + 44), f"{lab}{text}【{stt}】", 11.5)
            g.i(name, FYT, "令和8年度の取組方針", lab, text, stt, pg)
            yy += 46
    TB(p, (24, 420, 936, 470), "※率はいずれも収入済額÷調定額。12月末時点の数値は速報値であり、決算数値とは異なる場合がある。", 10)
    doc.subset_fonts()
    out = ROOT / "pdf" / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    return g.finish(out)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
