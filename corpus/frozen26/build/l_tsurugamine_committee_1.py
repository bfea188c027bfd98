"""鶴ヶ峰市債権管理委員会 資料 (slides, one debt per slide, 取組個票 style) — PyMuPDF absolute drawing.
Modelled on committee slide materials (大阪府「債権管理の強化対策案」PowerPoint資料, 宮古島市 市税徴収対策会議 報道)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fitz

from l_common import PDF, fact, init, write_gold

STEM = "l_tsurugamine_committee_1"
CITY = "鶴ヶ峰市"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINC = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
W, H = 842, 595
NAVY = (0.12, 0.23, 0.42)
PALE = (0.90, 0.94, 0.98)
ORANGE = (0.90, 0.45, 0.10)

DEBTS = {
    "市税": dict(dept="財政部 納税課", kind="強制徴収公債権",
               r6=(99.28, 30.4, 98.46), r5=(99.21, 28.9, 98.22), out6="812.4",
               dec=(78.42, 24.6), dec_prev=(78.10, 23.9), est=(99.32, 31.0, 98.55), tgt=(99.40, 32.0, 98.70),
               period="令和7年10月1日～12月26日",
               done=[("財産調査・差押え", "差押件数 412件（385件）"), ("SMS催告", "送信 3,120件（2,480件）"),
                     ("夜間・休日納付相談", "8回・相談 94件（7回・81件）")],
               issue="高額滞納事案（100万円以上）の滞留が長期化しており、進行管理の仕組みを見直すこと。",
               items=[("①", "高額滞納事案を特別整理班に集約し、月次の進行管理会議で処理方針を確認する。", "拡充", "after"),
                      ("②", "納期限後20日以内に督促状とSMS催告を併用し、現年分の早期完納を促す。", "継続", "after"),
                      ("③", "電子預貯金照会の対象金融機関を拡大し、財産調査に要する期間を短縮する。", "新規", "wrap")]),
    "国民健康保険税": dict(dept="健康福祉部 保険年金課", kind="強制徴収公債権",
                    r6=(93.85, 24.12, 84.90), r5=(93.41, 22.76, 83.55), out6="905.7",
                    dec=(65.30, 17.4), dec_prev=(64.82, 16.9), est=(94.10, 25.00, 85.60), tgt=(94.40, 26.00, 86.30),
                    period="令和7年11月4日～12月19日",
                    done=[("夜間電話催告", "24回・架電 2,860件（20回・2,415件）"), ("差押え", "148件（121件）"),
                          ("資格喪失者への納付勧奨", "文書 1,050件（―）")],
                    issue="資格喪失後の未納が滞納繰越分の多くを占めており、喪失時点での納付指導を徹底すること。",
                    items=[("①", "資格喪失の届出時に未納額を通知し、その場で分割納付の相談につなげる。", "新規", "after"),
                           ("②", "口座振替の原則化を徹底し、新規加入世帯の振替登録率を高める。", "継続", "wrap"),
                           ("③", "滞納繰越1年目の事案を重点管理し、給与照会と差押えを早期に行う。", "拡充", "after")]),
    "介護保険料": dict(dept="健康福祉部 介護保険課", kind="強制徴収公債権",
                  r6=(99.05, 18.3, 97.62), r5=(98.97, 17.5, 97.40), out6="71.3",
                  dec=(80.11, 12.8), dec_prev=(79.95, 12.0), est=(99.10, 19.0, 97.70), tgt=(99.15, 20.0, 97.80),
                  period="令和7年10月～12月",
                  done=[("一斉文書催告", "2,210件（2,305件）"), ("年金差押え", "36件（29件）")],
                  issue="普通徴収者の初期滞納への対応が遅れがちであり、催告時期を前倒しすること。",
                  items=[("①", "普通徴収の初期滞納者に対し、督促後1か月以内に電話催告を行う。", "継続", "after"),
                         ("②", "給付制限の事前通知を活用し、納付相談の機会を確保する。", "継続", "after")]),
    "市営住宅使用料": dict(dept="都市整備部 住宅課", kind="私債権",
                    r6=(98.20, 15.6, 88.74), r5=(97.96, 14.8, 87.91), out6="154.5",
                    dec=(73.5, 10.2), dec_prev=(72.9, 9.7), est=(98.3, 16.0, 89.0), tgt=(98.4, 17.0, 89.5),
                    period="令和7年12月",
                    done=[("連帯保証人への請求", "52件（47件）"), ("明渡請求訴訟", "3件（2件）")],
                    issue="退去者の滞納分について、回収の見込みを判断し整理を進めること。",
                    items=[("①", "3か月以上の滞納者に明渡しを前提とした最終催告を行い、法的措置に移行する。", "継続", "after"),
                           ("②", "退去滞納者の所在調査を行い、回収困難な債権は債権放棄の手続を進める。", "新規", "wrap")]),
}

facts, inits = [], []


def F(page, debt, *a, **kw):
    facts.append(fact(page, debt, *a, **kw))


class Slides:
    def __init__(self):
        self.doc = fitz.open()
        self.n = 0

    def page(self, title, tag=None):
        p = self.doc.new_page(width=W, height=H)
        p.insert_font(fontname="G", fontfile=GOTH)
        self.n += 1
        p.draw_rect(fitz.Rect(0, 0, W, 52), color=None, fill=NAVY)
        p.insert_text((28, 35), title, fontname="G", fontsize=21, color=(1, 1, 1))
        if tag:
            r = fitz.Rect(W - 150, 10, W - 24, 42)
            p.draw_rect(r, color=(1, 1, 1), width=1)
            self.box(p, r, tag, 12, color=(1, 1, 1), align=1, pad=4)
        p.draw_line((28, H - 28), (W - 28, H - 28), color=NAVY, width=0.6)
        p.insert_text((28, H - 14), "令和7年度第3回鶴ヶ峰市債権管理委員会", fontname="G", fontsize=8, color=(0.3, 0.3, 0.3))
        p.insert_text((W - 40, H - 14), str(self.n), fontname="G", fontsize=9)
        return p

    def box(self, p, rect, text, size, font="G", color=(0, 0, 0), align=0, pad=4, border=None, fill=None, lh=1.25):
        rect = fitz.Rect(rect)
        if border or fill:
            p.draw_rect(rect, color=border, fill=fill, width=0.8)
        inner = fitz.Rect(rect.x0 + pad, rect.y0 + pad, rect.x1 - pad, rect.y1 - pad)
        rc = p.insert_textbox(inner, text, fontname=font, fontsize=size, color=color, align=align, lineheight=lh)
        assert rc >= 0, (text[:30], rc)

    def table(self, p, x, y, widths, heights, rows, size=10, header_rows=1, fill=PALE, aligns=None):
        yy = y
        for ri, row in enumerate(rows):
            xx = x
            h = heights[ri] if isinstance(heights, list) else heights
            for ci, cell in enumerate(row):
                w = widths[ci]
                r = fitz.Rect(xx, yy, xx + w, yy + h)
                p.draw_rect(r, color=(0.3, 0.3, 0.3), fill=fill if ri < header_rows else None, width=0.6)
                al = 1 if ri < header_rows else (aligns[ci] if aligns else 0)
                if cell:
                    self.box(p, r, cell, size, align=al, pad=3)
                xx += w
            yy += h
        return yy


def build():
    s = Slides()
    # 1 cover
    p = s.doc.new_page(width=W, height=H)
    p.insert_font(fontname="G", fontfile=GOTH)
    s.n += 1
    p.draw_rect(fitz.Rect(0, 170, W, 300), color=None, fill=NAVY)
    s.box(p, (40, 185, W - 40, 235), "令和7年度　第3回", 22, color=(1, 1, 1), align=1)
    s.box(p, (40, 225, W - 40, 290), "鶴ヶ峰市債権管理委員会", 32, color=(1, 1, 1), align=1)
    s.box(p, (40, 330, W - 40, 360), "令和8年2月12日（木）　本庁舎4階 第1会議室", 15, align=1)
    s.box(p, (220, 380, W - 220, 520),
          "【次第】\n１　主要債権の収納状況について\n２　滞納整理強化期間の実施状況について\n３　令和8年度 取組方針（案）について\n４　その他",
          13, border=(0.4, 0.4, 0.4))
    s.box(p, (W - 160, 16, W - 30, 50), "資料１", 16, align=1, border=(0, 0, 0))

    # 2 overview: debts as columns, segment x metric as rows, note line under each figure
    p = s.page("１　主要債権の収納状況（令和6年度決算）", "全体概要")
    names = list(DEBTS)
    labels = [("収納率（現年分）", 0), ("収納率（滞納繰越分）", 1), ("収納率（合計）", 2)]
    # rebuild display strings with consistent formatting per value
    def fmt(v):
        return f"{v:.2f}" if round(v, 2) != round(v, 1) or v >= 90 else f"{v:.1f}"
    rows = [["区分"] + names]
    seg = ["current", "arrears", "total"]
    for lab, i in labels:
        row = [lab]
        for nm in names:
            d = DEBTS[nm]
            a, b = fmt(d["r6"][i]), fmt(d["r5"][i])
            row.append(f"{a}％\n（前年度 {b}％）")
            F(2, nm, 2024, "令和6年度", seg[i], "collection_rate", "actual", d["r6"][i], "percent", f"{a}％")
            F(2, nm, 2023, "前年度", seg[i], "collection_rate", "actual", d["r5"][i], "percent", f"前年度 {b}％")
        rows.append(row)
    row = ["収入未済額（百万円）"]
    for nm in names:
        v = DEBTS[nm]["out6"]
        row.append(v)
        F(2, nm, 2024, "令和6年度", "total", "outstanding", "actual", round(float(v) * 1e6), "yen", v)
    rows.append(row)
    s.table(p, 28, 66, [130, 118, 118, 118, 118], [30, 40, 40, 40, 28], rows, size=10, aligns=[0, 1, 1, 1, 1])
    # big number panel
    s.box(p, (28, 300, 300, 380), "", 10, border=ORANGE, fill=(1, 0.96, 0.90))
    p.insert_text((40, 322), "全債権の収納率（令和6年度）", fontname="G", fontsize=12)
    p.insert_text((48, 362), "95.84％", fontname="G", fontsize=30, color=ORANGE)
    p.insert_text((178, 362), "（前年比＋0.31pt）", fontname="G", fontsize=11)
    F(2, None, 2024, "令和6年度", "total", "collection_rate", "actual", 95.84, "percent", "95.84％")
    s.box(p, (28, 390, 300, 520),
          "・収入未済額は5年連続で減少\n・国民健康保険税の滞納繰越分が\n　改善（＋1.36pt）\n・市営住宅使用料は退去者分の\n　整理が課題", 11, border=(0.5, 0.5, 0.5))
    # vector bar chart
    cx0, cy0, cx1, cy1 = 340, 300, 810, 540
    p.insert_text((cx0, cy0 - 8), "収入未済額の推移（全債権）　単位：百万円", fontname="G", fontsize=11)
    years = [("R2", 2020, "2,684.2"), ("R3", 2021, "2,512.7"), ("R4", 2022, "2,398.0"), ("R5", 2023, "2,251.6"), ("R6", 2024, "2,143.9")]
    base = cy1 - 22
    p.draw_line((cx0 + 10, base), (cx1, base), color=(0, 0, 0), width=0.8)
    for i, (lab, fy, v) in enumerate(years):
        val = float(v.replace(",", ""))
        hgt = (val - 1500) / 1300 * 170
        x = cx0 + 30 + i * 90
        p.draw_rect(fitz.Rect(x, base - hgt, x + 48, base), color=None, fill=NAVY if fy == 2024 else (0.55, 0.65, 0.8))
        p.insert_text((x + 2, base - hgt - 5), v, fontname="G", fontsize=10)
        p.insert_text((x + 16, base + 14), lab, fontname="G", fontsize=10)
        F(2, None, fy, lab, "total", "outstanding", "actual", round(val * 1e6), "yen", v)

    # 3.. debt slides
    def sheet(p, nm, x0, x1, y0, compact=False):
        d = DEBTS[nm]
        w = x1 - x0
        pg = s.n
        cw = [w * 0.16, w * 0.30, w * 0.16, w * 0.38] if not compact else [w * 0.20, w * 0.30, w * 0.18, w * 0.32]
        yy = s.table(p, x0, y0, cw, 24, [["債権名", nm, "所管課", d["dept"]]], size=10 if not compact else 9,
                     header_rows=0)
        # label cells shaded
        p.draw_rect(fitz.Rect(x0, y0, x0 + cw[0], y0 + 24), color=(0.3, 0.3, 0.3), width=0.6)
        # strengthening period table
        p.insert_text((x0, yy + 16), f"■ 滞納整理強化期間の実施状況（{d['period']}）", fontname="G", fontsize=10.5 if not compact else 9.5)
        rows = [["取組", "実績（　）内は前年度"]] + [[a, b] for a, b in d["done"]]
        tw = w * 0.58 if not compact else w
        yy2 = s.table(p, x0, yy + 22, [tw * 0.42, tw * 0.58], 22 if not compact else 20, rows, size=9)
        # numbers panel
        if not compact:
            px = x0 + tw + 12
            pw = x1 - px
            s.box(p, (px, yy + 22, x1, yy + 22 + 86), "", 9, border=ORANGE, fill=(1, 0.96, 0.90))
            p.insert_text((px + 8, yy + 40), "12月末 収納率", fontname="G", fontsize=10.5)
            p.insert_text((px + 8, yy + 66), f"現年 {d['dec'][0]:.2f}％", fontname="G", fontsize=17, color=ORANGE)
            p.insert_text((px + 8, yy + 82), f"（前年同期 {d['dec_prev'][0]:.2f}％）", fontname="G", fontsize=9)
            p.insert_text((px + 8, yy + 102), f"滞繰 {d['dec'][1]:.1f}％（前年同期 {d['dec_prev'][1]:.1f}％）", fontname="G", fontsize=10)
            raws = (f"現年 {d['dec'][0]:.2f}％", f"前年同期 {d['dec_prev'][0]:.2f}％", f"滞繰 {d['dec'][1]:.1f}％", f"前年同期 {d['dec_prev'][1]:.1f}％")
            yb = max(yy2, yy + 22 + 86) + 10
        else:
            yb = yy2 + 8
            s.box(p, (x0, yb, x1, yb + 40), "", 9, border=ORANGE, fill=(1, 0.96, 0.90))
            fmt0 = (lambda v: f"{v:.2f}") if nm != "市営住宅使用料" else (lambda v: f"{v:.1f}")
            line1 = f"12月末 収納率　現年 {fmt0(d['dec'][0])}％（前年同期 {fmt0(d['dec_prev'][0])}％）"
            line2 = f"　　　　　　　　滞繰 {d['dec'][1]:.1f}％（前年同期 {d['dec_prev'][1]:.1f}％）"
            p.insert_text((x0 + 6, yb + 16), line1, fontname="G", fontsize=9.5)
            p.insert_text((x0 + 6, yb + 32), line2, fontname="G", fontsize=9.5)
            raws = (f"現年 {fmt0(d['dec'][0])}％", f"前年同期 {fmt0(d['dec_prev'][0])}％", f"滞繰 {d['dec'][1]:.1f}％", f"前年同期 {d['dec_prev'][1]:.1f}％")
            yb = yb + 48
        F(pg, nm, 2025, "12月末", "current", "collection_rate", "interim", d["dec"][0], "percent", raws[0], as_of="2025-12-31")
        F(pg, nm, 2024, "前年同期", "current", "collection_rate", "interim", d["dec_prev"][0], "percent", raws[1], as_of="2024-12-31")
        F(pg, nm, 2025, "12月末", "arrears", "collection_rate", "interim", d["dec"][1], "percent", raws[2], as_of="2025-12-31")
        F(pg, nm, 2024, "前年同期", "arrears", "collection_rate", "interim", d["dec_prev"][1], "percent", raws[3], as_of="2024-12-31")
        # est -> target row
        def f2(v):
            return f"{v:.2f}" if v >= 50 and nm != "市営住宅使用料" else f"{v:.1f}"
        rows = [["区分", "R7 実績見込 → R8 数値目標"]]
        segs = [("現年分", 0, "current"), ("滞納繰越分", 1, "arrears"), ("合計", 2, "total")]
        for lab, i, sg in segs:
            a, b = f2(d["est"][i]), f2(d["tgt"][i])
            rows.append([lab, f"R7 {a}％ → R8 {b}％"])
            F(pg, nm, 2025, "R7", sg, "collection_rate", "estimate", d["est"][i], "percent", f"R7 {a}％")
            F(pg, nm, 2026, "R8", sg, "collection_rate", "target", d["tgt"][i], "percent", f"R8 {b}％")
        tw2 = w * 0.46 if not compact else w
        yy3 = s.table(p, x0, yb, [tw2 * 0.32, tw2 * 0.68], 20, rows, size=9.5, aligns=[0, 1])
        # issue box
        if not compact:
            ix = x0 + tw2 + 12
            s.box(p, (ix, yb, x1, yb + 80), "【ヒアリングでの指摘事項】\n" + d["issue"], 9.5, border=(0.4, 0.4, 0.4))
            ytop = max(yy3, yb + 80) + 10
        else:
            s.box(p, (x0, yy3 + 6, x1, yy3 + 52), "【指摘事項】" + d["issue"], 8.5, border=(0.4, 0.4, 0.4))
            ytop = yy3 + 60
        # policy box
        lines = ["令和8年度 取組方針"]
        for lab, text, st, where in d["items"]:
            if where == "after":
                lines.append(f"{lab} {text}【{st}】")
            else:
                lines.append(f"{lab} {text}")
                lines.append(f"　　【{st}】")
            inits.append(init(pg, nm, 2026, "令和8年度 取組方針", lab, text, st))
        s.box(p, (x0, ytop, x1, H - 36), "\n".join(lines), 13 if not compact else 10, border=NAVY, lh=1.45)

    for i, nm in enumerate(["市税", "国民健康保険税"]):
        p = s.page(f"２　取組個票（{'①②'[i]}{nm}）", "資料１－" + str(i + 1))
        sheet(p, nm, 28, W - 28, 62)
    p = s.page("２　取組個票（③介護保険料・④市営住宅使用料）", "資料１－3")
    p.draw_line((W / 2, 60), (W / 2, H - 36), color=(0.6, 0.6, 0.6), width=0.5, dashes="[3] 0")
    sheet(p, "介護保険料", 28, W / 2 - 10, 62, compact=True)
    sheet(p, "市営住宅使用料", W / 2 + 10, W - 28, 62, compact=True)

    # reference slide
    p = s.page("【参考】令和8年度 数値目標（合計収納率）", "参考")
    lines = []
    for nm, d in DEBTS.items():
        v = d["tgt"][2]
        r = f"{v:.2f}％" if nm != "市営住宅使用料" else f"{v:.1f}％"
        lines.append(f"・{nm}：{r}")
        F(s.n, nm, 2026, "令和8年度", "total", "collection_rate", "target", v, "percent", r)
    s.box(p, (60, 90, 480, 300), "\n".join(lines), 16, border=NAVY, pad=14, lh=1.6)
    s.box(p, (60, 320, W - 60, 420),
          "※数値目標は、第3次鶴ヶ峰市行財政改革推進計画の指標と整合させて設定したもの。\n"
          "※令和7年度の実績見込は令和8年1月末時点の推計による。", 11)
    doc = s.doc
    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    return out


if __name__ == "__main__":
    build()
    document = {"kind": "committee_material", "municipality": CITY, "title": "令和7年度 第3回 鶴ヶ峰市債権管理委員会 資料",
                "date": "2026-02-12", "date_raw": "令和8年2月12日（木）"}
    write_gold(STEM, document, facts, inits)
