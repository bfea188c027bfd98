"""緑ヶ浜市 令和７年度 債権回収・整理計画（中間報告） — slide-style deck drawn with PyMuPDF (A4 landscape).

Modelled on the mid-year 債権回収・整理計画（中間報告） that 豊中市 publishes twice a year
(https://www.city.toyonaka.osaka.jp/joho/keikaku/saiken/sainyukakuho/saikenkanri/saikenkaishu_keikaku.html)
and the 目標達成状況 summary tables of 大阪府 (https://www-pref-osaka-lg-jp.cache.yimg.jp/o050030/zei/saikenkaisyu/r2_kekka.html);
content as the 大阪市-style mid-year progress sheets (one sheet per debt, interim rates with the same period of the
previous year, 決算見込, 目標, 主な取組).
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from h_common import OUT, PDF, check, fact, initiative, rate, write_gold  # noqa: E402

STEM = "h_midorigahama_chukan_1"
CITY = "緑ヶ浜市"
TITLE = "令和７年度 債権回収・整理計画（中間報告）"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
W, H = 842, 595
AS_OF, AS_OF_PREV = "2025-09-30", "2024-09-30"

# debt, 所管課, 整理番号, unit_decimals, cur, arr
# seg tuple: (調定額R7 9月末, 収入率R7 9月末, 調定額R6 9月末, 収入率R6 9月末, R6決算, R7決算見込, R7目標)  amounts in 千円
DEBTS = [
    ("市税", "財務部納税課", "01", 0,
     (28_456_120, 56.8, 28_102_554, 56.4, 99.2, 99.2, 99.3),
     (1_318_440, 24.1, 1_402_990, 22.9, 31.5, 32.0, 32.5),
     [("滞納繰越分の高額案件は、財産調査の結果を踏まえ、差押えから換価までを年度内に完了させる。", "継続"),
      ("現年課税分の新規滞納者に対し、納期限後20日以内に電話催告を行う。", "継続"),
      ("スマートフォン決済の利用案内を納税通知書に同封し、期限内納付を促す。", "拡充")]),
    ("国民健康保険料", "健康福祉部保険年金課", "05", 0,
     (6_842_315, 49.3, 6_905_882, 48.7, 95.0, 95.1, 95.5),
     (1_604_228, 13.0, 1_688_050, 12.4, 19.7, 20.0, 21.0),
     [("資格喪失世帯の未納保険料について、喪失後3か月以内に文書で納付を案内する。", "継続"),
      ("口座振替の原則化に向け、新規加入時の窓口で口座振替の申込みを受け付ける。", "拡充"),
      ("納付相談に応じない世帯には、預貯金調査を行い、差押えを執行する。", "継続")]),
    ("介護保険料", "健康福祉部介護保険課", "07", 0,
     (4_215_906, 58.1, 4_150_331, 57.9, 98.9, 98.9, 99.0),
     (121_877, 14.9, 127_402, 15.8, 23.4, 22.5, 24.0),
     [("普通徴収の未納者に対し、給付制限の内容を記載した催告書を送付する。", "継続"),
      ("時効が近い滞納繰越分について、納付誓約による時効の更新を図る。", "新規")]),
    ("市営住宅使用料", "都市整備部住宅政策課", "12", 1,
     (Decimal("412345.6"), 47.6, Decimal("408911.2"), 47.0, 97.8, 97.9, 98.0),
     (Decimal("96512.8"), 8.8, Decimal("101230.4"), 9.4, 15.6, 16.0, 17.0),
     [("滞納3か月以上の入居者には、連帯保証人へ文書で通知し、納付指導を依頼する。", "継続"),
      ("退去者の滞納家賃は、支払督促の申立てを行い、法的措置による回収を進める。", "継続"),
      ("家賃減免制度の案内を強化し、収入の低い世帯の滞納発生を防止する。", "新規")]),
]
# bar chart: 収入未済額の推移（全債権）億円
CHART = [(2020, "R2", 48.2), (2021, "R3", 45.6), (2022, "R4", 42.9), (2023, "R5", 40.3), (2024, "R6", 38.7)]
COMMON_ITEMS = [("(ｱ)", "債権管理推進会議を年2回開催し、各債権の進捗を全庁で共有する。", "継続"),
                ("(ｲ)", "非強制徴収債権の所管課を対象に、支払督促の実務研修を実施する。", "拡充"),
                ("(ｳ)", "納税課の滞納整理ノウハウを、保険年金課・住宅政策課へ職員派遣により移転する。", "新規")]


def collected(assessed, r, decimals):
    """An amount whose rate rounds to r."""
    if decimals:
        c = (assessed * Decimal(str(r)) / 100).quantize(Decimal("0.1"))
    else:
        c = int(Decimal(assessed) * Decimal(str(r)) / 100)
    return c


def fmt_amt(v, decimals):
    return f"{v:,.1f}" if decimals else f"{v:,}"


def yen(v):
    return int(Decimal(v) * 1000)


FONT = fitz.Font(fontfile=GOTHIC)


class Slide:
    def __init__(self, page, no, total):
        self.p = page
        page.insert_font(fontname="G", fontfile=GOTHIC)
        # frame, band and footer as a presentation template
        page.draw_rect(fitz.Rect(0, 0, W, 46), color=None, fill=(0.13, 0.36, 0.33))
        page.draw_rect(fitz.Rect(0, H - 22, W, H), color=None, fill=(0.92, 0.95, 0.94))
        self.text(24, H - 8, f"{CITY}　{TITLE}", 8, (0.3, 0.3, 0.3))
        self.text(W - 60, H - 8, f"{no} / {total}", 8, (0.3, 0.3, 0.3))

    def text(self, x, y, s, size=11, color=(0, 0, 0)):
        self.p.insert_text((x, y), s, fontname="G", fontsize=size, color=color)

    def rtext(self, x1, y, s, size=10, color=(0, 0, 0)):
        w = FONT.text_length(s, fontsize=size)
        self.text(x1 - w, y, s, size, color)

    def ctext(self, x0, x1, y, s, size=10, color=(0, 0, 0)):
        w = FONT.text_length(s, fontsize=size)
        self.text((x0 + x1 - w) / 2, y, s, size, color)

    def title(self, s):
        self.text(24, 31, s, 18, (1, 1, 1))

    def box(self, r, fill=None, color=(0, 0, 0), width=0.8):
        self.p.draw_rect(fitz.Rect(r), color=color, fill=fill, width=width)

    def textbox(self, r, s, size=10, align=0):
        rc = self.p.insert_textbox(fitz.Rect(r), s, fontname="G", fontsize=size, align=align, lineheight=1.35)
        assert rc >= 0, (s, rc)
        return rc

    def table(self, x, y, widths, rows, row_h=20, header_rows=1, size=10, fills=None, align=None):
        """rows: list of lists; None in a cell = merged into the cell on its left (header spans)."""
        yy = y
        for ri, row in enumerate(rows):
            xx = x
            ci = 0
            while ci < len(row):
                span = 1
                while ci + span < len(row) and row[ci + span] is None:
                    span += 1
                w = sum(widths[ci:ci + span])
                fill = (0.85, 0.90, 0.89) if ri < header_rows else None
                self.box((xx, yy, xx + w, yy + row_h), fill=fill, width=0.6)
                s = row[ci]
                if s:
                    a = (align[ci] if align else "c") if ri >= header_rows else "c"
                    ty = yy + row_h / 2 + size * 0.38
                    if a == "r":
                        self.rtext(xx + w - 5, ty, s, size)
                    elif a == "l":
                        self.text(xx + 5, ty, s, size)
                    else:
                        self.ctext(xx, xx + w, ty, s, size)
                xx += w
                ci += span
            yy += row_h
        return yy


def seg_values(seg, decimals):
    a7, r7, a6, r6, fin6, est7, tgt7 = seg
    c7 = collected(a7, r7, decimals)
    c6 = collected(a6, r6, decimals)
    assert rate(int(Decimal(c7) * 10), int(Decimal(a7) * 10)) == r7, (a7, c7, r7)
    assert rate(int(Decimal(c6) * 10), int(Decimal(a6) * 10)) == r6
    return dict(a7=a7, c7=c7, u7=a7 - c7, r7=r7, a6=a6, c6=c6, r6=r6, fin6=fin6, est7=est7, tgt7=tgt7)


def build():
    facts, inits = [], []
    total_pages = 2 + len(DEBTS) + 1
    doc = fitz.open()

    def new_slide(no, rotated=False):
        if not rotated:
            pg = doc.new_page(width=W, height=H)
            return Slide(pg, no, total_pages), pg, None
        tmp = fitz.open()
        pg = tmp.new_page(width=W, height=H)
        return Slide(pg, no, total_pages), pg, tmp

    # ---------- data ----------
    rows = []
    for debt, dept, num, dec, cur, arr, items in DEBTS:
        c = seg_values(cur, dec)
        a = seg_values(arr, dec)
        t = dict(a7=c["a7"] + a["a7"], c7=c["c7"] + a["c7"], a6=c["a6"] + a["a6"], c6=c["c6"] + a["c6"])
        t["u7"] = t["a7"] - t["c7"]
        k = 10 if dec else 1
        t["r7"] = rate(int(t["c7"] * k), int(t["a7"] * k))
        t["r6"] = rate(int(t["c6"] * k), int(t["a6"] * k))
        rows.append((debt, dept, num, dec, c, a, t, items))

    # ---------- slide 1: title + chart ----------
    s, pg, _ = new_slide(1)
    s.title(TITLE)
    s.text(24, 72, "上半期（令和7年4月～9月）の実績と下半期の取組", 14)
    s.rtext(W - 24, 72, "令和7年12月5日　緑ヶ浜市 財務部 債権管理課", 10)
    s.box((24, 88, 400, 250), fill=(0.97, 0.97, 0.93))
    s.textbox((34, 98, 392, 246),
              "■ 本計画の位置付け\n緑ヶ浜市債権の管理に関する条例に基づき、債権の所管課が回収と整理の目標を年度ごとに定め、"
              "上半期の実績を踏まえて下半期の取組を見直すものです。\n■ 全体の状況\n令和6年度決算の収入未済額は約38.7億円で、"
              "5年連続で減少しました。上半期（9月末）の収入率は、主な4債権のすべてで前年同期を上回っています。", 10)
    facts.append(fact(None, 2024, "令和6年度", "total", "outstanding", "actual", 3_870_000_000, "yen", "約38.7億円",
                      1, approx=True))
    # vector bar chart
    cx0, cy0, cx1, cy1 = 440, 110, 810, 470
    s.text(cx0, 100, "収入未済額の推移（全債権・各年度決算）　単位：億円", 11)
    s.p.draw_line((cx0 + 20, cy1), (cx1, cy1), color=(0, 0, 0), width=0.8)
    s.p.draw_line((cx0 + 20, cy0 + 20), (cx0 + 20, cy1), color=(0, 0, 0), width=0.8)
    bw = 40
    for i, (fy, lab, v) in enumerate(CHART):
        x = cx0 + 50 + i * 70
        hgt = v / 50 * (cy1 - cy0 - 40)
        s.p.draw_rect(fitz.Rect(x, cy1 - hgt, x + bw, cy1), color=None, fill=(0.25, 0.55, 0.5))
        s.ctext(x, x + bw, cy1 - hgt - 5, f"{v:.1f}", 10)
        s.ctext(x, x + bw, cy1 + 14, lab, 10)
        facts.append(fact(None, fy, lab, "total", "outstanding", "actual", int(Decimal(str(v)) * 100_000_000), "yen",
                          f"{v:.1f}", 1))
    s.text(24, 290, "【凡例】", 10)
    s.textbox((24, 298, 400, 470),
              "・収入率＝収入済額÷調定額（9月末は速報値）\n・前年同期＝令和6年9月末\n"
              "・決算見込は9月末の実績と過去3年の下半期の収入状況から推計\n・pt＝ポイント", 9.5)

    # ---------- slide 2: summary table, 合計 first ----------
    s, pg, _ = new_slide(2)
    s.title("1　債権別の状況（令和7年9月末現在）")
    s.rtext(W - 40, 70, "（単位：千円、％）", 9)
    tot = dict(a7=sum(round(Decimal(r[6]["a7"])) for r in rows), c7=sum(round(Decimal(r[6]["c7"])) for r in rows))
    tot6 = dict(a6=sum(Decimal(r[6]["a6"]) for r in rows), c6=sum(Decimal(r[6]["c6"]) for r in rows))
    tr7 = rate(int(tot["c7"] * 10), int(tot["a7"] * 10))
    tr6 = rate(int(tot6["c6"] * 10), int(tot6["a6"] * 10))
    hdr = [["債権名", "調定額", "収入済額", "収入未済額", "収入率", "前年同期", "差(pt)"]]
    body = [["合　計", f"{tot['a7']:,.0f}", f"{tot['c7']:,.0f}", f"{tot['a7'] - tot['c7']:,.0f}", f"{tr7:.1f}",
             f"{tr6:.1f}", f"{tr7 - tr6:+.1f}"]]
    p2 = 2
    facts += [fact(None, 2025, "令和7年9月末", "total", "assessed", "interim", yen(round(tot["a7"])), "yen",
                   f"{tot['a7']:,.0f}", p2, as_of=AS_OF, debt_raw="合計"),
              fact(None, 2025, "令和7年9月末", "total", "collected", "interim", yen(round(tot["c7"])), "yen",
                   f"{tot['c7']:,.0f}", p2, as_of=AS_OF, debt_raw="合計"),
              fact(None, 2025, "令和7年9月末", "total", "outstanding", "interim", yen(round(tot["a7"] - tot["c7"])),
                   "yen", f"{tot['a7'] - tot['c7']:,.0f}", p2, as_of=AS_OF, debt_raw="合計"),
              fact(None, 2025, "令和7年9月末", "total", "collection_rate", "interim", tr7, "percent", f"{tr7:.1f}", p2,
                   as_of=AS_OF, debt_raw="合計"),
              fact(None, 2024, "前年同期", "total", "collection_rate", "interim", tr6, "percent", f"{tr6:.1f}", p2,
                   as_of=AS_OF_PREV, debt_raw="合計")]
    for debt, dept, num, dec, c, a, t, items in rows:
        # summary table rounds 市営住宅 decimals to whole 千円
        a7, c7 = round(Decimal(t["a7"])), round(Decimal(t["c7"]))
        u7 = round(Decimal(t["u7"]))
        body.append([debt, f"{a7:,}", f"{c7:,}", f"{u7:,}", f"{t['r7']:.1f}", f"{t['r6']:.1f}",
                     f"{t['r7'] - t['r6']:+.1f}".replace("-", "▲")])
        facts += [fact(debt, 2025, "令和7年9月末", "total", "assessed", "interim", int(a7) * 1000, "yen", f"{a7:,}", p2,
                       as_of=AS_OF),
                  fact(debt, 2025, "令和7年9月末", "total", "collected", "interim", int(c7) * 1000, "yen", f"{c7:,}", p2,
                       as_of=AS_OF),
                  fact(debt, 2025, "令和7年9月末", "total", "outstanding", "interim", int(u7) * 1000, "yen", f"{u7:,}",
                       p2, as_of=AS_OF),
                  fact(debt, 2025, "令和7年9月末", "total", "collection_rate", "interim", t["r7"], "percent",
                       f"{t['r7']:.1f}", p2, as_of=AS_OF),
                  fact(debt, 2024, "前年同期", "total", "collection_rate", "interim", t["r6"], "percent",
                       f"{t['r6']:.1f}", p2, as_of=AS_OF_PREV)]
    body[0][6] = body[0][6].replace("-", "▲")
    s.table(40, 80, [150, 120, 120, 120, 80, 80, 70], hdr + body, row_h=26, size=11,
            align=["l", "r", "r", "r", "r", "r", "r"])
    s.textbox((40, 250, 800, 330),
              "※調定額は現年度分と滞納繰越分の合計。市営住宅使用料は千円未満を四捨五入しているため、個票の数値と一致しない場合がある。\n"
              "※前年同期は令和6年9月末の収入率。", 9)
    s.text(40, 360, "■ 全庁共通の下半期の取組", 12)
    y = 370
    for lab, txt, st in COMMON_ITEMS:
        s.textbox((52, y, 800, y + 22), f"{lab}　{txt}【{st}】", 10.5)
        inits.append(initiative(None, 2025, "全庁共通の下半期の取組", lab, txt, st, p2))
        y += 24

    # ---------- debt slides ----------
    for k, (debt, dept, num, dec, c, a, t, items) in enumerate(rows):
        no = 3 + k
        rotated = k == len(rows) - 1
        s, pg, tmp = new_slide(no, rotated)
        s.title(f"2　債権別の取組状況（{k + 1}）")
        # 債権名 box
        s.table(24, 58, [60, 170, 60, 200, 60, 50], [["債権名", debt, "所管課", dept, "整理番号", num]],
                row_h=24, header_rows=0, size=11, align=["c", "l", "c", "l", "c", "c"])
        # big-number panels
        for j, (lab, seg_key, d) in enumerate((("現年度分", "current", c), ("滞納繰越分", "arrears", a))):
            x0 = 24 + j * 200
            s.box((x0, 96, x0 + 188, 186), fill=(0.95, 0.98, 0.97), color=(0.13, 0.36, 0.33), width=1.2)
            s.text(x0 + 10, 114, f"{lab} 収入率（9月末）", 10.5)
            s.text(x0 + 30, 152, f"{d['r7']:.1f}%", 30, (0.13, 0.36, 0.33))
            diff = d["r7"] - d["r6"]
            s.text(x0 + 10, 176, f"前年同期 {d['r6']:.1f}%（{diff:+.1f}pt）".replace("-", "▲"), 9.5)
            facts.append(fact(debt, 2025, "9月末", seg_key, "collection_rate", "interim", d["r7"], "percent",
                              f"{d['r7']:.1f}%", no, as_of=AS_OF))
            facts.append(fact(debt, 2024, "前年同期", seg_key, "collection_rate", "interim", d["r6"], "percent",
                              f"{d['r6']:.1f}%", no, as_of=AS_OF_PREV))
        # rate table with side-by-side headings
        s.text(430, 110, "収入率の推移", 11)
        s.rtext(W - 24, 110, "（単位：％）", 9)
        hdr = [["区分", "令和6年度", None, "令和7年度", None, None],
               ["", "9月末", "決算", "9月末", "決算見込", "目標"]]
        body = []
        for lab, seg_key, d in (("現年度分", "current", c), ("滞納繰越分", "arrears", a)):
            body.append([lab, f"{d['r6']:.1f}", f"{d['fin6']:.1f}", f"{d['r7']:.1f}", f"{d['est7']:.1f}",
                         f"{d['tgt7']:.1f}"])
            facts += [fact(debt, 2024, "令和6年度9月末", seg_key, "collection_rate", "interim", d["r6"], "percent",
                           f"{d['r6']:.1f}", no, as_of=AS_OF_PREV),
                      fact(debt, 2024, "令和6年度", seg_key, "collection_rate", "actual", d["fin6"], "percent",
                           f"{d['fin6']:.1f}", no),
                      fact(debt, 2025, "令和7年度9月末", seg_key, "collection_rate", "interim", d["r7"], "percent",
                           f"{d['r7']:.1f}", no, as_of=AS_OF),
                      fact(debt, 2025, "令和7年度", seg_key, "collection_rate", "estimate", d["est7"], "percent",
                           f"{d['est7']:.1f}", no),
                      fact(debt, 2025, "令和7年度", seg_key, "collection_rate", "target", d["tgt7"], "percent",
                           f"{d['tgt7']:.1f}", no)]
        s.table(430, 118, [90, 58, 58, 58, 64, 58], hdr + body, row_h=22, header_rows=2, size=10,
                align=["l", "r", "r", "r", "r", "r"])
        # amount table (9月末)
        unit = "千円" if not dec else "千円（小数点第1位まで）"
        s.text(430, 232, "調定額・収入済額（令和7年9月末）", 11)
        s.rtext(W - 24, 232, f"（単位：{unit}）", 9)
        body = []
        for lab, seg_key, d in (("現年度分", "current", c), ("滞納繰越分", "arrears", a), ("計", "total", t)):
            body.append([lab, fmt_amt(d["a7"], dec), fmt_amt(d["c7"], dec), fmt_amt(d["u7"], dec)])
            for metric, key in (("assessed", "a7"), ("collected", "c7"), ("outstanding", "u7")):
                facts.append(fact(debt, 2025, "令和7年9月末", seg_key, metric, "interim", yen(d[key]), "yen",
                                  fmt_amt(d[key], dec), no, as_of=AS_OF))
        s.table(430, 240, [90, 100, 100, 96], [["区分", "調定額", "収入済額", "収入未済額"]] + body, row_h=22,
                size=10, align=["l", "r", "r", "r"])
        # 取組 box
        s.box((24, 340, W - 24, H - 34), fill=None, color=(0.13, 0.36, 0.33), width=1.2)
        s.p.draw_rect(fitz.Rect(24, 340, 200, 360), color=None, fill=(0.13, 0.36, 0.33))
        s.text(32, 355, "下半期の主な取組", 11, (1, 1, 1))
        y = 368
        for i, (txt, st) in enumerate(items):
            lab = "①②③④⑤"[i]
            s.textbox((36, y, W - 36, y + 40), f"{lab} {txt}【{st}】", 11)
            inits.append(initiative(debt, 2025, "下半期の主な取組", lab, txt, st, no))
            y += 44
        if rotated:
            final = doc.new_page(width=H, height=W)
            final.set_rotation(90)
            final.show_pdf_page(final.mediabox, tmp, 0, rotate=90)

    # ---------- last slide: 目標達成に向けたスケジュール ----------
    s, pg, _ = new_slide(total_pages)
    s.title("3　今後のスケジュール")
    sched = [["時期", "内容"], ["令和7年12月", "中間報告の公表（本資料）"],
             ["令和8年1月～3月", "滞納整理強化期間（全庁一斉催告・差押えの集中実施）"],
             ["令和8年5月", "令和7年度決算見込の集計、債権管理推進会議（第1回）"],
             ["令和8年8月", "令和7年度実績と令和8年度計画の公表"]]
    s.table(60, 80, [180, 540], sched, row_h=30, size=11, align=["l", "l"])
    OUT.mkdir(parents=True, exist_ok=True)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    return facts, inits


if __name__ == "__main__":
    facts, inits = build()
    document = {"kind": "progress_report", "municipality": CITY, "title": TITLE, "date": "2025-12-05",
                "date_raw": "令和7年12月5日"}
    write_gold(STEM, document, facts, inits)
    check(STEM)
