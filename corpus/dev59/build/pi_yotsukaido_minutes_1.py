"""pi_yotsukaido_minutes_1: 令和7年度第2回四街道市債権管理対策委員会 会議録（書面開催）.

Tool chain: PyMuPDF drawing directly (insert_text / draw_rect), IPAex fonts, subset on save.
Run from corpus/dev59:  python3 build/pi_yotsukaido_minutes_1.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))
from pi_common import Gold, comma, pct, rate  # noqa: E402

STEM = "pi_yotsukaido_minutes_1"
PDF = Path("pdf") / f"{STEM}.pdf"
TITLE = "令和７年度第２回四街道市債権管理対策委員会 会議録"
G = Gold(STEM, "minutes", "四街道市", TITLE, "2025-11-14", "令和７年１１月１４日")
K = 1000
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM = pymupdf.Font(fontfile=MINCHO)
FG = pymupdf.Font(fontfile=GOTHIC)

doc = pymupdf.open()
W, H = 595, 842
LM, RM, TOP, BOT = 62, 62, 60, 70


class Writer:
    def __init__(self):
        self.page = None
        self.pno = 0
        self.y = TOP
        self.mark = 0

    def new_page(self, landscape=False):
        self.page = doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="M", fontfile=MINCHO)
        self.page.insert_font(fontname="G", fontfile=GOTHIC)
        self.pno += 1
        G.page = self.pno
        self.y = TOP
        self.page.insert_text((W / 2 - 12, H - 38), f"－{self.pno}－", fontname="M", fontsize=9)

    def flush_facts(self):
        for f in G.facts[self.mark:]:
            f["page"] = self.pno
        self.mark = len(G.facts)

    def wrap(self, text, size, width, font):
        lines, cur = [], ""
        for ch in text:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if font.text_length(cur + ch, fontsize=size) > width:
                if ch in "、。）」％":  # kinsoku: keep closing marks on the line
                    cur += ch
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, size=10.5, indent=0, hang=0, gothic=False, gap=4, lead=1.6):
        font, fn = (FG, "G") if gothic else (FM, "M")
        width = W - LM - RM - indent
        first = self.wrap(text, size, width, font)
        # re-wrap continuation lines with the hanging indent
        lines = []
        if hang and len(first) > 1:
            lines.append(first[0])
            rest = "".join(first[1:])
            lines += self.wrap(rest, size, width - hang, font)
        else:
            lines = first
        need = len(lines) * size * lead
        if self.y + need > H - BOT:
            self.new_page()
        for i, ln in enumerate(lines):
            x = LM + indent + (hang if i else 0)
            self.page.insert_text((x, self.y + size), ln, fontname=fn, fontsize=size)
            self.y += size * lead
        self.y += gap
        self.flush_facts()


w = Writer()
F = G.fact

# ------------------------------------------------------------------ page 1: header, attendees, agenda
w.new_page()
w.page.insert_text((LM, 40), "（書面開催）", fontname="M", fontsize=9)
w.para(TITLE, 15, gothic=True, gap=14, indent=40)
w.para("１　開催方法", 11, gothic=True)
w.para("書面開催（令和７年１１月１４日付けで委員に資料を送付し、同月２１日までに意見・質問を求めた。）", 10.5, indent=14)
w.para("２　委員等（委員９名、事務局３名）", 11, gothic=True)
ATT = [("委員長", "副市長"), ("副委員長", "総務部長"), ("委員", "経営企画部長"), ("委員", "市民部長"),
       ("委員", "福祉サービス部長"), ("委員", "健康・こども部長"), ("委員", "環境経済部長"), ("委員", "都市整備部長"),
       ("委員", "上下水道部長"), ("事務局", "総務部参事（収納課長事務取扱）"), ("事務局", "収納課債権管理室長"),
       ("事務局", "収納課主査")]
prev = None
for role, title in ATT:
    lab = role if role != prev else ""
    prev = role
    w.page.insert_text((LM + 14, w.y + 10.5), lab, fontname="M", fontsize=10.5)
    w.page.insert_text((LM + 100, w.y + 10.5), title, fontname="M", fontsize=10.5)
    w.y += 16
w.y += 6
w.para("３　議題", 11, gothic=True)
AGENDA = ["令和７年度上半期（９月末）の債権別収納状況について", "債権放棄等の状況について",
          "令和８年度債権管理重点取組（案）について"]
for i, a in enumerate(AGENDA, 1):
    w.para(f"（{i}）{a}", 10.5, indent=14, gap=1)
w.y += 4
w.para("４　資料", 11, gothic=True)
MATS = ["資料１　債権別収納状況（令和７年９月末現在）", "資料２　債権放棄等の状況（令和６年度）",
        "資料３　令和８年度債権管理重点取組（案）"]
for m in MATS:
    w.para(m, 10.5, indent=14, gap=1)
w.y += 4
w.para("５　意見・質問及び回答", 11, gothic=True)
w.para("各委員から提出された意見・質問及び事務局の回答の要旨は、次のとおりである。", 10.5, indent=14)

# ------------------------------------------------------------------ data (千円), 9月末 this year and same month last year
DEBTS = [  # name, short, dept, (ca, cc, aa, ac) 2025-09-30, (ca, cc, aa, ac) 2024-09-30
    ("市税", "市税", (14_026_418, 8_194_236, 521_873, 111_427), (13_861_305, 8_049_305, 548_216, 110_852)),
    ("国民健康保険税", "国保税", (2_611_094, 1_126_387, 832_566, 118_362), (2_684_210, 1_142_871, 866_540, 116_233)),
    ("介護保険料", "介護料", (2_180_537, 1_204_310, 52_108, 5_268), (2_142_688, 1_179_062, 54_930, 5_217)),
    ("後期高齢者医療保険料", "後期高齢", (1_231_670, 623_480, 11_240, 2_071), (1_186_334, 598_102, 10_885, 1_923)),
    ("保育料", "保育料", (245_318, 119_463, 19_806, 1_903), (251_940, 123_170, 21_077, 2_015)),
    ("下水道使用料", "下水道", (1_084_205, 533_129, 38_514, 7_781), (1_079_551, 528_694, 40_112, 8_203)),
]
Y, PY = 2025, 2024
AS, PAS = "2025-09-30", "2024-09-30"
D = {}
for nm, sh, a, b in DEBTS:
    D[nm] = {}
    for y, v in ((Y, a), (PY, b)):
        ca, cc, aa, ac = v
        D[nm][y] = dict(ca=ca, cc=cc, aa=aa, ac=ac, cr=rate(cc, ca), ar=rate(ac, aa), ta=ca + aa, tc=cc + ac,
                        tr=rate(cc + ac, ca + aa))

# ------------------------------------------------------------------ statements
STMTS = []


def stmt(speaker, section, parts):
    text = "".join(parts)
    STMTS.append({"speaker": speaker, "section": section, "text": text})
    n = len(w.wrap(text, 10.5, W - LM - RM - 20, FM))
    if w.y + (n + 1) * 10.5 * 1.6 + 1 > H - BOT:
        w.new_page()
    w.para("○" + speaker, 10.5, gothic=True, indent=6, gap=1)
    w.para(text, 10.5, indent=20, gap=6)


sec1 = AGENDA[0]
t, p = D["市税"][Y], D["市税"][PY]
stmt("市民部長", sec1, [
    "市税の９月末の現年度分収納率は",
    F(f"{pct(t['cr'])}％", "市税", "市税", Y, "９月末", "current", "collection_rate", "interim", t["cr"], "percent", as_of=AS),
    "と、前年同月を",
    F(f"{pct(t['cr'] - p['cr'])}ポイント", "市税", "市税", Y, "９月末", "current", "difference", "interim",
      round(t["cr"] - p["cr"], 2), "points", as_of=AS),
    "上回っている。一方、滞納繰越分は",
    F(f"{pct(t['ar'])}％", "市税", "市税", Y, "９月末", "arrears", "collection_rate", "interim", t["ar"], "percent", as_of=AS),
    "にとどまっており、下半期に向けた取組の重点を伺いたい。"])
aout = t["aa"] - t["ac"]
stmt("総務部参事（収納課長事務取扱）", sec1, [
    "滞納繰越分の未収入額は９月末で",
    F(f"約{aout // 100_000}億{(aout // 10) % 10000:,}万円", "市税", "市税", Y, "９月末", "arrears", "outstanding", "interim",
      (aout // 10) * 10_000, "yen", approx=True, as_of=AS),
    "あり、うち１００万円以上の高額事案が約４割を占めている。１２月を滞納整理強化月間とし、高額事案の財産調査と差押えを集中的に行うほか、"
    "執行停止の判断を適正に行い、年度末の滞納繰越分収納率",
    F("28.00％", "市税", "市税", Y, "令和７年度", "arrears", "collection_rate", "target", 28.00, "percent"),
    "の目標達成を目指す。"])
k, kp = D["国民健康保険税"][Y], D["国民健康保険税"][PY]
stmt("健康・こども部長", sec1, [
    "国民健康保険税の現年度分収納率は９月末で",
    F(f"{pct(k['cr'])}％", "国民健康保険税", "国民健康保険税", Y, "９月末", "current", "collection_rate", "interim", k["cr"],
      "percent", as_of=AS),
    "となり、前年同月比",
    F(f"{pct(k['cr'] - kp['cr'])}ポイント", "国民健康保険税", "国民健康保険税", Y, "９月末", "current", "difference", "interim",
      round(k["cr"] - kp["cr"], 2), "points", as_of=AS),
    "上昇した。口座振替の勧奨を強化した効果と考えている。保育料は現年度分の収納率が前年同月をやや下回っているため、"
    "児童手当からの申出徴収の案内を１０月に再送付した。"])
stmt("上下水道部長", sec1, [
    "下水道使用料の滞納者数は９月末で",
    F("412人", "下水道使用料", "下水道使用料", Y, "９月末", "total", "delinquents", "interim", 412, "persons", as_of=AS),
    "であり、前年同月から",
    F("37人", "下水道使用料", "下水道使用料", Y, "９月末", "total", "difference", "interim", -37, "persons", as_of=AS),
    "減少した。水道事業者との情報共有が進んだことによるものである。"])
sec2 = AGENDA[1]
stmt("福祉サービス部長", sec2, [
    "債権放棄の件数が前年度より増えているが、判断基準に変更はあったのか。"])
stmt("収納課債権管理室長", sec2, [
    "基準の変更はない。令和６年度は時効完成分の整理を集中的に進めた結果、不納欠損額の合計は",
    F("約1億2,300万円", None, None, 2024, "令和６年度", "total", "written_off", "actual", 123_000_000, "yen", approx=True),
    "となり、前年度から",
    F("約1,800万円", None, None, 2024, "令和６年度", "total", "difference", "actual", 18_000_000, "yen", approx=True),
    "増加した。内訳は資料２（別表３）のとおりである。"])
sec3 = AGENDA[2]
stmt("経営企画部長", sec3, [
    "重点取組（案）に異論はない。市税と国民健康保険税の重複滞納者への一体的な対応を引き続き進めてほしい。"])
stmt("副市長", sec3, [
    "各委員の意見を踏まえ、令和８年度債権管理重点取組は案のとおり決定する。下半期の収納状況は第３回委員会で報告すること。"])

# ------------------------------------------------------------------ 別表１ (wide table, left-hand columns)
w.new_page()
w.para("別表１　債権別収納状況（令和７年９月末現在）", 11.5, gothic=True, gap=2)
w.para("【収納率】令和７年９月末時点（全債権）", 10.5, gothic=True, gap=1)
all_ = {k_: sum(D[n][y][k_] for n in D for y in [Y]) for k_ in ("ca", "cc", "aa", "ac")}
allp = {k_: sum(D[n][PY][k_] for n in D) for k_ in ("ca", "cc", "aa", "ac")}
for lab, c_, a_, seg in (("現年分", "cc", "ca", "current"), ("滞繰分", "ac", "aa", "arrears")):
    v = rate(all_[c_], all_[a_])
    vp = rate(allp[c_], allp[a_])
    w.para("・" + lab + "　" + F(f"{pct(v)}％", None, None, Y, "令和７年９月末", seg, "collection_rate", "interim", v, "percent",
                                 as_of=AS) +
           "（前年同月 " + F(f"{pct(vp)}％", None, None, PY, "前年同月", seg, "collection_rate", "interim", vp, "percent",
                             as_of=PAS) + "）", 10.5, indent=14, gap=0)
w.y += 8


def table(x0, y0, colw, rows, size=8.5, head_rows=1, hfill=(0.87, 0.9, 0.94), rule="grid", rowh=None):
    """rows: list of lists of str (\n inside a cell stacks two lines); returns bottom y."""
    pg = w.page
    y = y0
    for ri, row in enumerate(rows):
        nl = max(len(str(c).split("\n")) for c in row)
        h = rowh or (size * 1.25 * nl + 6)
        x = x0
        for ci, cell in enumerate(row):
            cw = colw[ci]
            r = pymupdf.Rect(x, y, x + cw, y + h)
            if ri < head_rows and hfill:
                pg.draw_rect(r, color=None, fill=hfill)
            if rule == "grid":
                pg.draw_rect(r, color=(0, 0, 0), width=0.5)
            lines = str(cell).split("\n")
            for li, ln in enumerate(lines):
                tw = FM.text_length(ln, fontsize=size)
                numeric = ln[:1] in "0123456789▲△"
                if ri < head_rows or ci == 0 or not numeric:
                    tx = x + (cw - tw) / 2 if ri < head_rows else x + 3
                else:
                    tx = x + cw - tw - 3
                ty = y + 3 + size + li * size * 1.25 + (h - 6 - nl * size * 1.25) / 2
                pg.insert_text((tx, ty), ln, fontname="M", fontsize=size)
            x += cw
        if rule == "hrules" and ri in (0, head_rows - 1):
            if ri == 0:
                pg.draw_line((x0, y), (x0 + sum(colw), y), width=0.8)
            if ri == head_rows - 1:
                pg.draw_line((x0, y + h), (x0 + sum(colw), y + h), width=0.8)
        y += h
    if rule == "hrules":
        pg.draw_line((x0, y), (x0 + sum(colw), y), width=0.8)
    w.y = y
    w.flush_facts()
    return y


hdr = [["債権", "現年度分\n調定額（千円）", "現年度分\n収入済額（千円）", "現年度分\n収納率（％）",
        "滞納繰越分\n調定額（千円）", "滞納繰越分\n収入済額（千円）", "滞納繰越分\n収納率（％）"]]
rows = []
for nm, sh, _, _ in DEBTS:
    d = D[nm][Y]
    rows.append([sh,
                 F(comma(d["ca"]), nm, sh, Y, "令和７年９月末", "current", "assessed", "interim", d["ca"] * K, "yen", as_of=AS),
                 F(comma(d["cc"]), nm, sh, Y, "令和７年９月末", "current", "collected", "interim", d["cc"] * K, "yen", as_of=AS),
                 F(pct(d["cr"]), nm, sh, Y, "令和７年９月末", "current", "collection_rate", "interim", d["cr"], "percent", as_of=AS),
                 F(comma(d["aa"]), nm, sh, Y, "令和７年９月末", "arrears", "assessed", "interim", d["aa"] * K, "yen", as_of=AS),
                 F(comma(d["ac"]), nm, sh, Y, "令和７年９月末", "arrears", "collected", "interim", d["ac"] * K, "yen", as_of=AS),
                 F(pct(d["ar"]), nm, sh, Y, "令和７年９月末", "arrears", "collection_rate", "interim", d["ar"], "percent", as_of=AS)])
rows.append(["合計",
             F(comma(all_["ca"]), None, "合計", Y, "令和７年９月末", "current", "assessed", "interim", all_["ca"] * K, "yen", as_of=AS),
             F(comma(all_["cc"]), None, "合計", Y, "令和７年９月末", "current", "collected", "interim", all_["cc"] * K, "yen", as_of=AS),
             F(pct(rate(all_["cc"], all_["ca"])), None, "合計", Y, "令和７年９月末", "current", "collection_rate", "interim",
               rate(all_["cc"], all_["ca"]), "percent", as_of=AS),
             F(comma(all_["aa"]), None, "合計", Y, "令和７年９月末", "arrears", "assessed", "interim", all_["aa"] * K, "yen", as_of=AS),
             F(comma(all_["ac"]), None, "合計", Y, "令和７年９月末", "arrears", "collected", "interim", all_["ac"] * K, "yen", as_of=AS),
             F(pct(rate(all_["ac"], all_["aa"])), None, "合計", Y, "令和７年９月末", "arrears", "collection_rate", "interim",
               rate(all_["ac"], all_["aa"]), "percent", as_of=AS)])
table(LM, w.y, [66, 70, 72, 58, 70, 72, 63], hdr + rows)
w.y += 4
w.para("（注）国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、下水道：下水道使用料。"
       "右側の列（前年同月との比較）は次ページに続く。", 8.5, gap=10)

# 別表２ monthly cumulative, this year beside last year; horizontal rules only
w.para("別表２　市税（現年課税分）の月別累計収納率（令和７年度・令和６年度）　（単位：％）", 10.5, gothic=True, gap=2)
MON = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末"]
THIS = [9.85, 24.10, 31.62, 40.35, 52.18, D["市税"][Y]["cr"]]
LAST = [9.71, 24.15, 31.44, 40.02, 51.90, D["市税"][PY]["cr"]]
ISO = {0: "04-30", 1: "05-31", 2: "06-30", 3: "07-31", 4: "08-31", 5: "09-30"}
r1 = ["本年度"] + [F(pct(v), "市税", None, Y, "本年度", "current", "collection_rate", "interim", v, "percent",
                     as_of=f"2025-{ISO[i]}") for i, v in enumerate(THIS)]
r2 = ["前年度"] + [F(pct(v), "市税", None, PY, "前年度", "current", "collection_rate", "interim", v, "percent",
                     as_of=f"2024-{ISO[i]}") for i, v in enumerate(LAST)]
r3 = ["差"] + [F(("▲" if a < b else "") + f"{abs(a - b):.2f}", "市税", None, Y, "本年度", "current", "difference", "interim",
                 round(a - b, 2), "points", as_of=f"2025-{ISO[i]}") for i, (a, b) in enumerate(zip(THIS, LAST))]
table(LM, w.y, [70] + [66] * 6, [["区分"] + MON, r1, r2, r3], size=9, hfill=None, rule="hrules")
w.y += 14

# 学校給食費 table in 円 beside a 千円 table
w.para("別表２－２　学校給食費及び保育料の状況（令和７年９月末現在）", 10.5, gothic=True, gap=2)
y0 = w.y
KY = (17_864_300, 17_512_850)  # 円
kr = rate(KY[1], KY[0])
table(LM, y0, [70, 80, 76], [["学校給食費", "調定額（円）", "収入済額（円）"],
                            ["現年度分",
                             F(f"{KY[0]:,}", "学校給食費", "学校給食費", Y, "令和７年９月末", "current", "assessed", "interim", KY[0],
                               "yen", as_of=AS),
                             F(f"{KY[1]:,}", "学校給食費", "学校給食費", Y, "令和７年９月末", "current", "collected", "interim",
                               KY[1], "yen", as_of=AS)],
                            ["収納率（％）", "",
                             F(pct(kr), "学校給食費", "学校給食費", Y, "令和７年９月末", "current", "collection_rate", "interim",
                               kr, "percent", as_of=AS)]])
hy = D["保育料"][Y]
hoo = hy["ca"] + hy["aa"] - hy["cc"] - hy["ac"]
table(LM + 246, y0, [60, 90], [["保育料", "金額（千円）"],
                              ["未収入額", F(comma(hoo), "保育料", "保育料", Y, "令和７年９月末", "total", "outstanding", "interim",
                                             hoo * K, "yen", as_of=AS)],
                              ["滞納世帯数", F("118世帯", "保育料", "保育料", Y, "令和７年９月末", "total", "delinquents", "interim",
                                               118, "households", as_of=AS)]])

# ------------------------------------------------------------------ 別表１（続き）: right-hand columns
w.new_page()
w.para("別表１（続き）　前年同月との比較", 11.5, gothic=True, gap=6)
hdr2 = [["債権", "前年同月\n現年度分\n収納率（％）", "前年同月\n滞納繰越分\n収納率（％）", "差（現年）\n（ポイント）",
         "差（滞繰）\n（ポイント）", "計\n未収入額（千円）\n収納率（％）"]]
rows2 = []
for nm, sh, _, _ in DEBTS:
    d, q = D[nm][Y], D[nm][PY]
    dc, da = round(d["cr"] - q["cr"], 2), round(d["ar"] - q["ar"], 2)
    un = d["ta"] - d["tc"]
    rows2.append([sh,
                  F(pct(q["cr"]), nm, sh, PY, "前年同月", "current", "collection_rate", "interim", q["cr"], "percent", as_of=PAS),
                  F(pct(q["ar"]), nm, sh, PY, "前年同月", "arrears", "collection_rate", "interim", q["ar"], "percent", as_of=PAS),
                  F(("▲" if dc < 0 else "") + f"{abs(dc):.2f}", nm, sh, Y, "令和７年９月末", "current", "difference", "interim",
                    dc, "points", as_of=AS),
                  F(("▲" if da < 0 else "") + f"{abs(da):.2f}", nm, sh, Y, "令和７年９月末", "arrears", "difference", "interim",
                    da, "points", as_of=AS),
                  F(comma(un), nm, sh, Y, "令和７年９月末", "total", "outstanding", "interim", un * K, "yen", as_of=AS) + "\n" +
                  F(pct(d["tr"]), nm, sh, Y, "令和７年９月末", "total", "collection_rate", "interim", d["tr"], "percent", as_of=AS)])
table(LM, w.y, [70, 78, 78, 70, 70, 105], hdr2 + rows2)
w.y += 4
w.para("※未収入額＝調定額－収入済額（９月末時点のため不納欠損額は含まない）。▲は前年同月を下回ることを示す。", 8.5, gap=14)

# 別表３: long table broken across pages with repeated header
w.para("別表３　債権放棄等の状況（令和６年度）", 11.5, gothic=True, gap=4)
REASONS = ["時効完成", "執行停止（３年経過）", "即時消滅（執行停止）", "債権放棄（条例）"]
LIST = [("市税", [51_905_280, 21_604_900, 6_118_200, 0]),
        ("国民健康保険税", [19_842_100, 9_116_450, 2_904_800, 0]),
        ("介護保険料", [5_206_340, 0, 0, 0]),
        ("後期高齢者医療保険料", [612_400, 0, 0, 0]),
        ("保育料", [1_080_250, 0, 0, 402_600]),
        ("下水道使用料", [2_311_860, 0, 0, 0]),
        ("市営住宅使用料", [0, 0, 0, 1_642_300]),
        ("学校給食費", [0, 0, 0, 287_400])]
H3 = ["債権", "事由", "件数", "不納欠損額（円）"]
CW3 = [120, 130, 60, 120]
body = []
for nm, vals in LIST:
    for rs, v in zip(REASONS, vals):
        if v:
            body.append((nm, rs, v))
split = 10
ph = w.page
rows3 = []
for i, (nm, rs, v) in enumerate(body[:split]):
    cases = max(1, v // 187_000)
    rows3.append([nm, rs, F(f"{cases:,}", nm, nm, 2024, "令和６年度", "total", "write_off_cases", "actual", cases, "cases"),
                  F(f"{v:,}", nm, nm, 2024, "令和６年度", "total", "written_off", "actual", v, "yen")])
table(LM, w.y, CW3, [H3] + rows3, size=9)
w.new_page()
w.para("別表３（続き）", 11, gothic=True, gap=4)
rows4 = []
for nm, rs, v in body[split:]:
    cases = max(1, v // 187_000)
    rows4.append([nm, rs, F(f"{cases:,}", nm, nm, 2024, "令和６年度", "total", "write_off_cases", "actual", cases, "cases"),
                  F(f"{v:,}", nm, nm, 2024, "令和６年度", "total", "written_off", "actual", v, "yen")])
total_wo = sum(v for _, _, v in body)
total_cases = sum(max(1, v // 187_000) for _, _, v in body)
rows4.append(["合計", "", F(f"{total_cases:,}", None, "合計", 2024, "令和６年度", "total", "write_off_cases", "actual",
                            total_cases, "cases"),
              F(f"{total_wo:,}", None, "合計", 2024, "令和６年度", "total", "written_off", "actual", total_wo, "yen")])
table(LM, w.y, CW3, [H3] + rows4, size=9)
w.y += 4
w.para("※件数は事由ごとの延べ件数。", 8.5)
assert abs(total_wo - 123_000_000) < 1_000_000, total_wo

G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": [{"role": r, "title": t_, "name": None} for r, t_ in ATT],
             "agenda": AGENDA, "materials": MATS, "statements": STMTS}
PDF.parent.mkdir(exist_ok=True)
doc.subset_fonts()
doc.save(PDF, garbage=4, deflate=True)
G.write(PDF, Path("gold"), doc.page_count)
print(STEM, "pages", doc.page_count, "facts", len(G.facts), "initiatives", len(G.inits))
