"""ひたちなか市 令和５年度 市債権の収納状況及び後半期の取組（中間報告） — PyMuPDF direct drawing.

Run from corpus/dev40:  python3 build/r_hitachinaka_progress.py
Writes pdf/r_hitachinaka_progress_1.pdf and gold/r_hitachinaka_progress_1.json.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz  # noqa: E402

from r_common import (FONT_GOTHIC, FONT_MINCHO, PDF_DIR, Gold, check, comma, rate, tri,  # noqa: E402
                      zen)

STEM = "r_hitachinaka_progress_1"
CITY = "ひたちなか市"
TITLE = "令和５年度 市債権の収納状況及び後半期の取組について（中間報告）"
NOW = "2024-02-29"      # 令和６年２月末 (leap year)
PREV = "2023-02-28"     # 前年同月
FY = 2023

# --- data (千円) -------------------------------------------------------------------------
# name, canonical, segment labels, {seg: (A_now, C_now, A_prev, C_prev, A_est, C_est, r_R4)}, r_R4 total
DEBTS = [
    ("市税", "市税", ("現年課税分", "滞納繰越分"), {
        "current": (52318442, 48211905, 51904117, 47688210, 52402000, 51615000, 98.62),
        "arrears": (2614380, 820915, 2851402, 848320, 2610000, 901000, 33.15)}, 95.32),
    ("国民健康保険税", "国民健康保険税", ("現年課税分", "滞納繰越分"), {
        "current": (9842116, 7905344, 10118520, 8062947, 9850000, 9156000, 93.18),
        "arrears": (3204557, 598210, 3392118, 610833, 3198000, 742000, 22.41)}, 76.05),
    ("介護保険料", "介護保険料", ("現年度分", "滞納繰越分"), {
        "current": (7615208, 7102993, 7580331, 7051876, 7620000, 7541000, 98.97),
        "arrears": (184302, 31775, 195640, 30214, 184000, 38500, 20.65)}, 96.55),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", ("現年度分", "滞納繰越分"), {
        "current": (3912445, 3671082, 3741208, 3502731, 3915000, 3889000, 99.41),
        "arrears": (41906, 12388, 44215, 11906, 41900, 14700, 33.80)}, 98.70),
    ("市営住宅使用料", "市営住宅使用料", ("現年度分", "過年度分"), {
        "current": (1108734, 1001225, 1112408, 1000512, 1109000, 1078000, 97.02),
        "arrears": (238515, 21602, 251337, 21115, 238000, 30100, 12.44)}, 83.10),
]
SEG_JA = {"current": "現年", "arrears": "滞繰", "total": "計"}


def seg_values(d):
    """{seg: dict(now=(A,C), prev=(A,C), est=(A,C))} including total."""
    out = {}
    for seg in ("current", "arrears"):
        a, c, ap, cp, ae, ce, _ = d[3][seg]
        out[seg] = {"now": (a, c), "prev": (ap, cp), "est": (ae, ce), "r4": d[3][seg][6]}
    out["total"] = {k: tuple(out["current"][k][i] + out["arrears"][k][i] for i in range(2))
                    for k in ("now", "prev", "est")}
    out["total"]["r4"] = d[4]
    return out


# --- drawing helpers ------------------------------------------------------------------------
class P:
    def __init__(self, doc, no, landscape=False):
        w, h = (842, 595) if landscape else (595, 842)
        self.pg = doc.new_page(width=w, height=h)
        self.pg.insert_font(fontname="G", fontfile=FONT_GOTHIC)
        self.pg.insert_font(fontname="M", fontfile=FONT_MINCHO)
        self.w, self.h = w, h
        self.no = no
        # running header / footer
        self.text(50, 30, "ひたちなか市 財務部 収納課", 7.5, "G", color=(0.35, 0.35, 0.35))
        self.text(w - 50, 30, "令和５年度 債権管理 中間報告", 7.5, "G", align="r", color=(0.35, 0.35, 0.35))
        self.pg.draw_line((50, 35), (w - 50, 35), color=(0.5, 0.5, 0.5), width=0.4)
        self.text(w / 2, h - 28, f"－ {zen(no)} －", 9, "M", align="c")

    def tw(self, s, size, font="M"):
        return fitz.get_text_length(s, fontname="japan") if False else self._len(s, size, font)

    def _len(self, s, size, font):
        f = FG if font == "G" else FM
        return f.text_length(s, fontsize=size)

    def text(self, x, y, s, size=10.5, font="M", align="l", color=(0, 0, 0)):
        if align != "l":
            tl = self._len(s, size, font)
            x = x - tl if align == "r" else x - tl / 2
        self.pg.insert_text((x, y), s, fontsize=size, fontname=font, color=color)

    def box(self, rect, s, size=10, font="M", align=0, lh=1.45):
        r = fitz.Rect(rect)
        rc = self.pg.insert_textbox(r, s, fontsize=size, fontname=font, align=align, lineheight=lh)
        if rc < 0:
            raise RuntimeError(f"text does not fit on p{self.no}: {s[:30]} ({rc})")
        return r.y1 - rc

    def rect(self, r, fill=None, color=(0, 0, 0), width=0.6):
        self.pg.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width)

    def line(self, a, b, width=0.5, color=(0, 0, 0)):
        self.pg.draw_line(a, b, color=color, width=width)

    def cell(self, x0, y0, x1, y1, s, size=8.5, font="M", align="c"):
        if not s:
            return
        tl = self._len(s, size, font)
        if tl > (x1 - x0) - 4 and "\n" not in s:
            size = size * ((x1 - x0) - 4) / tl
            tl = self._len(s, size, font)
        lines = s.split("\n")
        n = len(lines)
        yb = (y0 + y1) / 2 - (n - 1) * size * 0.6 + size * 0.36
        for i, ln in enumerate(lines):
            t = self._len(ln, size, font)
            if align == "c":
                x = (x0 + x1) / 2 - t / 2
            elif align == "r":
                x = x1 - 4 - t
            else:
                x = x0 + 4
            self.pg.insert_text((x, yb + i * size * 1.2), ln, fontsize=size, fontname=font)


FG = fitz.Font(fontfile=FONT_GOTHIC)
FM = fitz.Font(fontfile=FONT_MINCHO)
SHADE = (0.85, 0.89, 0.95)
ZEBRA = (0.95, 0.95, 0.95)


def build():
    g = Gold(STEM, "progress_report", CITY, TITLE, "2024-03-18", "令和６年３月１８日")
    doc = fitz.open()
    vals = {d[0]: seg_values(d) for d in DEBTS}

    # ================= page 1: memo =================
    p = P(doc, 1)
    p.rect((470, 48, 545, 68), width=0.8)
    p.text(507.5, 62, "資料２", 11, "G", align="c")
    p.text(297.5, 100, "令和５年度 市債権の収納状況及び", 15, "G", align="c")
    p.text(297.5, 122, "後半期の取組について（中間報告）", 15, "G", align="c")
    p.text(545, 150, "令和６年３月１８日", 10.5, "M", align="r")
    p.text(545, 166, "財務部 収納課", 10.5, "M", align="r")

    y = 196
    p.text(50, y, "１　趣旨", 11.5, "G")
    y = p.box((66, y + 6, 545, y + 80),
              "　本市の主要５債権について、令和６年２月末現在の収納状況を取りまとめるとともに、"
              "年度末に向けた後半期の取組をまとめたので報告する。なお、数値は各債権所管課からの"
              "報告に基づく速報値であり、決算額とは異なる場合がある。", 10.5)
    y += 18
    p.text(50, y, "２　市債権全体の収納状況（令和６年２月末現在）", 11.5, "G")
    tot_now = [sum(vals[d[0]]["total"]["now"][i] for d in DEBTS) for i in range(2)]
    tot_prev = [sum(vals[d[0]]["total"]["prev"][i] for d in DEBTS) for i in range(2)]
    r_now, r_prev = rate(tot_now[1], tot_now[0]), rate(tot_prev[1], tot_prev[0])

    def oku(v_thousand):
        """千円 → 約X億Y,Z00万円 (rounded to 百万円)."""
        m = round(v_thousand / 1000)          # 百万円
        o, man = divmod(m, 100)
        s = f"約{o}億{man * 100:,}万円" if man else f"約{o}億円"
        return s, m * 1_000_000

    sa, va = oku(tot_now[0])
    sc, vc = oku(tot_now[1])
    y += 8
    p.text(66, y + 12, "（１）全体の状況", 10.5, "G")
    txt = (f"　主要５債権の調定額は{sa}、収入済額は{sc}で、収納率は{r_now:.2f}％となり、"
           f"前年同月の{r_prev:.2f}％と比べて{r_now - r_prev:.2f}ポイント増となった。")
    y = p.box((80, y + 18, 545, y + 80), txt, 10.5)
    g.fact(1, None, None, FY, "令和６年２月末現在", "total", "assessed", "interim", va, "yen", sa,
           as_of=NOW, approx=True)
    g.fact(1, None, None, FY, "令和６年２月末現在", "total", "collected", "interim", vc, "yen", sc,
           as_of=NOW, approx=True)
    g.fact(1, None, None, FY, "令和６年２月末現在", "total", "collection_rate", "interim", r_now,
           "percent", f"{r_now:.2f}％", as_of=NOW)
    g.fact(1, None, None, FY - 1, "前年同月", "total", "collection_rate", "interim", r_prev,
           "percent", f"{r_prev:.2f}％", as_of=PREV)
    y += 8
    p.text(66, y + 12, "（２）収入未済額", 10.5, "G")
    y += 20
    for lab, seg, segtxt in (("ア", "current", "現年度分"), ("イ", "arrears", "滞納繰越分")):
        a = sum(vals[d[0]][seg]["now"][0] for d in DEBTS)
        c = sum(vals[d[0]][seg]["now"][1] for d in DEBTS)
        s, v = oku(a - c)
        y = p.box((80, y, 545, y + 40), f"{lab}　{segtxt}　{s}", 10.5)
        g.fact(1, None, None, FY, "令和６年２月末現在", seg, "outstanding", "interim", v, "yen", s,
               as_of=NOW, approx=True)
    y = p.box((92, y, 545, y + 40),
              "※ 収入未済額は、調定額から収入済額を差し引いた額（年度途中のため不納欠損額は含まない。）", 9)
    y += 14
    p.text(50, y, "３　後半期の重点取組（全庁共通）", 11.5, "G")
    y += 8
    items = [
        ("（１）滞納整理強化期間の設定", [
            ("(1)ア", "１月から３月を全庁一斉の滞納整理強化期間とし、各債権所管課において文書催告及び電話催告を集中的に実施する。", "継続"),
            ("(1)イ", "強化期間中は夜間及び休日の納付相談窓口を開設し、納付の機会を広げる。", "継続")]),
        ("（２）納付環境の整備", [
            ("(2)ア", "スマートフォン決済アプリによる納付の対象債権を、市営住宅使用料及び保育所保育料にも広げる。", "拡充"),
            ("(2)イ", "地方税統一ＱＲコードを活用した納付書への様式統一を検討する。", "新規")]),
    ]
    for head, its in items:
        p.text(66, y + 12, head, 10.5, "G")
        y += 18
        for lab, t, st in its:
            kana = lab[-1]
            y = p.box((80, y, 545, y + 60), f"{kana}　{t}【{st}】", 10.5)
            g.init(1, None, None, FY, "後半期の重点取組（全庁共通）", lab, t, st)
        y += 4

    # ================= page 2: summary table =================
    p = P(doc, 2)
    p.text(50, 62, "（３）主要債権の収納状況", 10.5, "G")
    p.text(50, 82, "表１　債権別・区分別の収納状況（２月末現在）", 10.5, "G")
    p.text(545, 82, "（単位：千円、％、ポイント）", 8.5, "M", align="r")
    cols = [50, 108, 140, 205, 270, 310, 375, 440, 480, 545]
    y0 = 88
    hh = 16
    # header (two rows) shaded, horizontal rules only
    p.rect((cols[0], y0, cols[-1], y0 + 2 * hh), fill=SHADE, color=None, width=0)
    p.cell(cols[0], y0, cols[2], y0 + 2 * hh, "債　権　名", 8.5, "G")
    p.cell(cols[2], y0, cols[5], y0 + hh, "令和６年２月末", 8.5, "G")
    p.cell(cols[5], y0, cols[8], y0 + hh, "令和５年２月末", 8.5, "G")
    p.cell(cols[8], y0, cols[9], y0 + 2 * hh, "差", 8.5, "G")
    for i, h in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
        p.cell(cols[2 + i], y0 + hh, cols[3 + i], y0 + 2 * hh, h, 8, "G")
    p.line((cols[2] + 3, y0 + hh), (cols[8] - 3, y0 + hh), 0.4)
    p.line((cols[0], y0), (cols[-1], y0), 1.0)
    p.line((cols[0], y0 + 2 * hh), (cols[-1], y0 + 2 * hh), 0.7)
    y = y0 + 2 * hh
    rh = 15
    ri = 0
    grand = {"now": [0, 0], "prev": [0, 0]}
    for d in DEBTS:
        v = vals[d[0]]
        for k, seg in enumerate(("current", "arrears", "total")):
            if ri % 2 == 1:
                p.rect((cols[0], y, cols[-1], y + rh), fill=ZEBRA, color=None, width=0)
            if k == 0:
                ytop = y
            p.cell(cols[1], y, cols[2], y + rh, SEG_JA[seg], 8, "M")
            an, cn = v[seg]["now"]
            ap, cp = v[seg]["prev"]
            rn, rp = rate(cn, an), rate(cp, ap)
            for i, s in enumerate([comma(an), comma(cn), f"{rn:.2f}", comma(ap), comma(cp), f"{rp:.2f}",
                                   f"{rn - rp:+.2f}".replace("+", "").replace("-", "△")]):
                p.cell(cols[2 + i], y, cols[3 + i], y + rh, s, 8, "M", "r")
            segraw = {"current": "現年", "arrears": "滞繰", "total": "計"}[seg]
            for per, (a, c, r), fy, asof, fyraw in (("now", (an, cn, rn), FY, NOW, "令和６年２月末"),
                                                   ("prev", (ap, cp, rp), FY - 1, PREV, "令和５年２月末")):
                g.fact(2, d[1], d[0], fy, fyraw, seg, "assessed", "interim", a * 1000, "yen", comma(a), as_of=asof)
                g.fact(2, d[1], d[0], fy, fyraw, seg, "collected", "interim", c * 1000, "yen", comma(c), as_of=asof)
                g.fact(2, d[1], d[0], fy, fyraw, seg, "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=asof)
            if seg == "total":
                for kk in ("now", "prev"):
                    grand[kk][0] += v["total"][kk][0]
                    grand[kk][1] += v["total"][kk][1]
            y += rh
            ri += 1
            if seg != "total":
                p.line((cols[1], y), (cols[-1], y), 0.25, (0.6, 0.6, 0.6))
        nm = d[0] if len(d[0]) <= 7 else d[0][:5] + "\n" + d[0][5:]
        p.cell(cols[0], ytop, cols[1], ytop + 3 * rh, nm, 8.5, "M", "l")
        p.line((cols[0], y), (cols[-1], y), 0.5)
    # 合計 row
    p.rect((cols[0], y, cols[-1], y + rh + 2), fill=SHADE, color=None, width=0)
    p.cell(cols[0], y, cols[2], y + rh + 2, "合　計", 8.5, "G")
    an, cn = grand["now"]
    ap, cp = grand["prev"]
    rn, rp = rate(cn, an), rate(cp, ap)
    for i, s in enumerate([comma(an), comma(cn), f"{rn:.2f}", comma(ap), comma(cp), f"{rp:.2f}",
                           f"{rn - rp:.2f}"]):
        p.cell(cols[2 + i], y, cols[3 + i], y + rh + 2, s, 8, "G", "r")
    for fy, fyraw, asof, (a, c, r) in ((FY, "令和６年２月末", NOW, (an, cn, rn)),
                                      (FY - 1, "令和５年２月末", PREV, (ap, cp, rp))):
        g.fact(2, None, "合計", fy, fyraw, "total", "assessed", "interim", a * 1000, "yen", comma(a), as_of=asof)
        g.fact(2, None, "合計", fy, fyraw, "total", "collected", "interim", c * 1000, "yen", comma(c), as_of=asof)
        g.fact(2, None, "合計", fy, fyraw, "total", "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=asof)
    y += rh + 2
    p.line((cols[0], y), (cols[-1], y), 1.0)
    y += 14
    y = p.box((50, y, 545, y + 30), "※１ 差は、令和６年２月末の収納率から令和５年２月末の収納率を差し引いたもの（△は減）。", 8.5)
    y = p.box((50, y, 545, y + 30),
              "※２ 市営住宅使用料には駐車場使用料を含まない。駐車場使用料の収入未済額は 3,412千円（令和６年２月末現在）である。", 8.5)
    g.fact(2, "市営住宅駐車場使用料", "駐車場使用料", FY, "令和６年２月末現在", "total", "outstanding", "interim",
           3412000, "yen", "3,412千円", as_of=NOW)
    y += 16
    p.text(50, y, "（４）前年同月との比較", 10.5, "G")
    y = p.box((66, y + 6, 545, y + 120),
              "　５債権の合計では、収納率は前年同月を上回っている。国民健康保険税は、加入者の減少により"
              "調定額が減少しているが、現年課税分・滞納繰越分とも収納率は前年同月を上回った。"
              "市営住宅使用料は、過年度分の収納が伸び悩んでおり、後半期は退去者分の回収に重点を置く。", 10.5)
    p.text(50, y + 20, "４　債権ごとの状況と後半期の取組", 11.5, "G")
    y = p.box((66, y + 26, 545, y + 80),
              "　主要債権のうち、市税、国民健康保険税及び市営住宅使用料について、次ページ以降に"
              "債権ごとの状況と取組を示す。", 10.5)

    # ================= pages 3-5: per-debt sheets =================
    sheets = [
        ("市税", "納税課・特別滞納整理課", [
            ("(1)", "①", "納期限後２０日以内の督促状発付を徹底し、未納者には翌月に一斉催告を行う。", "継続"),
            ("(1)", "②", "ＳＭＳによる催告の対象を全税目に広げる。", "拡充"),
            ("(2)", "", "高額滞納事案（滞納額１００万円以上）は特別滞納整理課へ移管し、捜索及び公売を計画的に実施する。", "継続"),
            ("(3)", "", "給与照会の電子化により、財産調査に要する期間を短縮する。", "新規")],
         {"(1)": "現年課税分の早期着手"}),
        ("国民健康保険税", "国保年金課", [
            ("(1)", "", "資格喪失世帯に対し、喪失後３か月以内に納付勧奨通知を送付する。", "継続"),
            ("(2)", "", "納付相談の際に分納誓約の履行状況を確認し、不履行者には速やかに催告する。", "継続"),
            ("(3)", "", "口座振替の原則化に向け、新規加入時の口座登録勧奨を強化する。", "拡充")], {}),
        ("市営住宅使用料", "住宅課", [
            ("ア", "", "滞納３か月以上の入居者に対し、連帯保証人への通知と並行して呼出し面談を実施する。", "継続"),
            ("イ", "", "明渡し請求後も納付のない者について、訴訟提起の手続を進める。", "継続"),
            ("ウ", "", "退去者滞納分の回収業務を債権回収会社へ委託する。", "新規")], {}),
    ]
    pno = 3
    for name, ka, inits, heads in sheets:
        d = next(x for x in DEBTS if x[0] == name)
        v = vals[name]
        segl = d[2]
        p = P(doc, pno)
        p.text(50, 62, f"（{zen(pno - 2)}）{name}", 11, "G")
        # label/value box as one-row table
        bx = [50, 120, 300, 370, 545]
        yb = 72
        for i in range(4):
            p.rect((bx[i], yb, bx[i + 1], yb + 22), fill=SHADE if i % 2 == 0 else None, width=0.6)
        p.cell(bx[0], yb, bx[1], yb + 22, "債権名", 9.5, "G")
        p.cell(bx[1], yb, bx[2], yb + 22, name, 10.5, "M", "l")
        p.cell(bx[2], yb, bx[3], yb + 22, "所管課", 9.5, "G")
        p.cell(bx[3], yb, bx[4], yb + 22, ka, 10, "M", "l")
        y = yb + 46
        p.text(50, y, "【収納率】令和６年２月末時点", 10.5, "G")
        y += 6
        for seg, lab in (("current", segl[0]), ("arrears", segl[1]), ("total", "合計")):
            an, cn = v[seg]["now"]
            ap, cp = v[seg]["prev"]
            rn, rp = rate(cn, an), rate(cp, ap)
            mark = "※" if (name == "市税" and seg == "arrears") else ""
            s = f"・{lab}　{rn:.2f}％{mark}（前年同月 {rp:.2f}％）"
            y = p.box((66, y, 545, y + 30), s, 10.5)
            g.fact(pno, d[1], name, FY, "令和６年２月末時点", seg, "collection_rate", "interim", rn, "percent",
                   f"{rn:.2f}％", as_of=NOW)
            g.fact(pno, d[1], name, FY - 1, "前年同月", seg, "collection_rate", "interim", rp, "percent",
                   f"{rp:.2f}％", as_of=PREV)
        y += 10
        p.text(50, y, "■ 調定額・収入済額の状況と年度末の見込み", 10.5, "G")
        p.text(545, y, "単位：千円、％", 8.5, "M", align="r")
        y += 5
        cx = [50, 120, 185, 250, 315, 380, 430, 490, 545]
        cx = [50, 115, 180, 245, 310, 375, 430, 545]
        hh = 16
        p.rect((cx[0], y, cx[-1], y + 2 * hh), fill=SHADE, color=None, width=0)
        p.cell(cx[0], y, cx[1], y + 2 * hh, "区　分", 8.5, "G")
        p.cell(cx[1], y, cx[3], y + hh, "令和６年２月末時点", 8.5, "G")
        p.cell(cx[3], y, cx[6], y + hh, "令和５年度末見込", 8.5, "G")
        p.cell(cx[6], y, cx[7], y + hh, "令和４年度決算", 8.5, "G")
        for i, h in enumerate(["調定額", "収入済額", "調定額", "収入済額", "収納率", "収納率"]):
            p.cell(cx[1 + i], y + hh, cx[2 + i], y + 2 * hh, h, 8, "G")
        # full grid for this table
        rows = []
        for seg, lab in (("current", segl[0]), ("arrears", segl[1]), ("total", "合計")):
            an, cn = v[seg]["now"]
            ae, ce = v[seg]["est"]
            re_ = rate(ce, ae)
            r4 = v[seg]["r4"]
            rows.append((lab, [comma(an), comma(cn), comma(ae), comma(ce), f"{re_:.2f}", f"{r4:.2f}"]))
            g.fact(pno, d[1], name, FY, "令和６年２月末時点", seg, "assessed", "interim", an * 1000, "yen", comma(an), as_of=NOW)
            g.fact(pno, d[1], name, FY, "令和６年２月末時点", seg, "collected", "interim", cn * 1000, "yen", comma(cn), as_of=NOW)
            g.fact(pno, d[1], name, FY, "令和５年度末見込", seg, "assessed", "estimate", ae * 1000, "yen", comma(ae))
            g.fact(pno, d[1], name, FY, "令和５年度末見込", seg, "collected", "estimate", ce * 1000, "yen", comma(ce))
            g.fact(pno, d[1], name, FY, "令和５年度末見込", seg, "collection_rate", "estimate", re_, "percent", f"{re_:.2f}")
            g.fact(pno, d[1], name, FY - 1, "令和４年度決算", seg, "collection_rate", "actual", r4, "percent", f"{r4:.2f}")
        yy = y + 2 * hh
        rh = 18
        for lab, cells in rows:
            p.cell(cx[0], yy, cx[1], yy + rh, lab, 8.5, "M")
            for i, s in enumerate(cells):
                p.cell(cx[1 + i], yy, cx[2 + i], yy + rh, s, 8.5, "M", "r")
            yy += rh
        for k, x in enumerate(cx):
            p.line((x, y if k in (0, 1, 3, 6, 7) else y + hh), (x, yy), 0.5)
        for yl in [y, y + 2 * hh] + [y + 2 * hh + rh * k for k in range(1, 4)]:
            p.line((cx[0], yl), (cx[-1], yl), 0.5)
        p.line((cx[1], y + hh), (cx[-1], y + hh), 0.5)
        y = yy + 6
        if name == "市税":
            y = p.box((50, y, 545, y + 30), "※ 滞納繰越分の収納率には、令和６年１月に実施した不動産公売による収入を含む。", 8.5)
        y += 14
        p.text(50, y, "■ 後半期の取組", 10.5, "G")
        y += 6
        top = y
        yy = y + 8
        done_heads = set()
        for lab, sub, t, st in inits:
            if sub:
                if lab not in done_heads:
                    yy = p.box((60, yy, 535, yy + 30), f"{lab}　{heads[lab]}", 10, "G")
                    done_heads.add(lab)
                yy = p.box((74, yy, 535, yy + 60), f"{sub}{t}【{st}】", 10)
                labfull = lab + sub
            elif lab == "(2)" and name == "市税":
                # tag wrapped alone onto the next line
                yy = p.box((60, yy, 535, yy + 60), f"{lab}　{t}", 10)
                yy = p.box((60, yy - 2, 535, yy + 20), f"【{st}】", 10, align=2)
                labfull = lab
            else:
                yy = p.box((60, yy, 535, yy + 60), f"{lab}　{t}【{st}】", 10)
                labfull = lab
            g.init(pno, d[1], name, FY, "後半期の取組", labfull, t, st)
            yy += 3
        p.rect((50, top, 545, yy + 6), width=0.8)
        pno += 1

    # ================= page 6: reference (no debt) =================
    p = P(doc, 6)
    p.text(50, 62, "５　参考資料", 11.5, "G")
    p.text(50, 84, "表２　債権別収入未済額（２月末現在）の前年同月比較", 10.5, "G")
    p.text(545, 84, "（単位：千円）", 8.5, "M", align="r")
    cx = [50, 200, 315, 430, 545]
    y = 90
    hh = 18
    p.rect((cx[0], y, cx[-1], y + hh), fill=SHADE, color=None, width=0)
    for i, h in enumerate(["債権名", "令和６年２月末", "令和５年２月末", "増減"]):
        p.cell(cx[i], y, cx[i + 1], y + hh, h, 9, "G")
    p.line((cx[0], y), (cx[-1], y), 1.0)
    p.line((cx[0], y + hh), (cx[-1], y + hh), 0.6)
    yy = y + hh
    sn = sp = 0
    for k, d in enumerate(DEBTS):
        v = vals[d[0]]
        on = v["total"]["now"][0] - v["total"]["now"][1]
        op = v["total"]["prev"][0] - v["total"]["prev"][1]
        sn += on
        sp += op
        if k % 2:
            p.rect((cx[0], yy, cx[-1], yy + hh), fill=ZEBRA, color=None, width=0)
        p.cell(cx[0], yy, cx[1], yy + hh, d[0], 9, "M", "l")
        for i, s in enumerate([comma(on), comma(op), tri(on - op)]):
            p.cell(cx[1 + i], yy, cx[2 + i], yy + hh, s, 9, "M", "r")
        g.fact(6, d[1], d[0], FY, "令和６年２月末", "total", "outstanding", "interim", on * 1000, "yen", comma(on), as_of=NOW)
        g.fact(6, d[1], d[0], FY - 1, "令和５年２月末", "total", "outstanding", "interim", op * 1000, "yen", comma(op), as_of=PREV)
        yy += hh
        p.line((cx[0], yy), (cx[-1], yy), 0.25, (0.6, 0.6, 0.6))
    p.cell(cx[0], yy, cx[1], yy + hh, "計", 9, "G")
    for i, s in enumerate([comma(sn), comma(sp), tri(sn - sp)]):
        p.cell(cx[1 + i], yy, cx[2 + i], yy + hh, s, 9, "G", "r")
    g.fact(6, None, "計", FY, "令和６年２月末", "total", "outstanding", "interim", sn * 1000, "yen", comma(sn), as_of=NOW)
    g.fact(6, None, "計", FY - 1, "令和５年２月末", "total", "outstanding", "interim", sp * 1000, "yen", comma(sp), as_of=PREV)
    p.line((cx[0], yy), (cx[-1], yy), 0.6)
    yy += hh
    p.line((cx[0], yy), (cx[-1], yy), 1.0)
    y = yy + 8
    y = p.box((50, y, 545, y + 30), "※ △は減少を示す。収入未済額は調定額から収入済額を差し引いた額。", 8.5)
    # 【参考】 box
    y += 20
    top = y
    yy = p.box((62, y + 8, 535, y + 30), "【参考】滞納者の状況（令和６年２月末現在）", 10.5, "G")
    ref = [("市税　滞納者数", 8214, "人", "persons", "市税"),
           ("国民健康保険税　滞納世帯数", 5102, "世帯", "households", "国民健康保険税"),
           ("市営住宅使用料　滞納者数", 412, "人", "persons", "市営住宅使用料")]
    for lab, n, u, unit, debt in ref:
        yy = p.box((74, yy + 2, 535, yy + 30), f"・{lab}：{comma(n)}{u}", 10.5)
        g.fact(6, debt, debt, FY, "令和６年２月末現在", "total", "delinquents", "interim", n, unit,
               f"{comma(n)}{u}", as_of=NOW)
    yy = p.box((74, yy + 2, 535, yy + 30), "・差押件数（市税・国民健康保険税）：1,126件", 10.5)
    p.rect((50, top, 545, yy + 8), width=0.8)
    y = yy + 34
    p.text(50, y, "６　今後の予定", 11.5, "G")
    y = p.box((66, y + 6, 545, y + 90),
              "　令和５年度の決算見込みを踏まえ、令和６年度の目標収納率を設定し、"
              "次回の報告（令和６年７月予定）において各債権の決算状況とあわせて示す。", 10.5)
    y = p.box((300, y + 60, 545, y + 110), "問合せ先\n財務部 収納課 債権管理係\n電話 029-273-XXXX（内線 2231）", 9)

    out = PDF_DIR / f"{STEM}.pdf"
    doc.set_metadata({"title": TITLE, "author": "ひたちなか市 財務部 収納課", "creator": "Microsoft Word"})
    doc.save(out, garbage=4, deflate=True)
    g.write()
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
