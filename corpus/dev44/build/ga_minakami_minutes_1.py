#!/usr/bin/env python3
"""ga_minakami_minutes_1: 令和７年度第２回みなかみ町債権管理対策会議 会議録（書面開催）.

Tool chain: PyMuPDF drawing directly (IPAex fonts, subset on save).
Run from corpus/dev44:  python3 build/ga_midori_minutes_1.py
All figures, names and statements are invented; the gold is written from the same data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ga_common import PDF_DIR, comma, fact, rate, tri, write_gold, zen  # noqa: E402

STEM = "ga_minakami_minutes_1"
CITY = "みなかみ町"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FY = 2025
AS_OF = "2025-09-30"
AS_OF_PREV = "2024-09-30"

# ============================================================ data (円)
# key, printed, canonical, 現年 調定, 現年率目安, 滞繰 調定(=令和６年度末収入未済額), 滞繰率目安, 前年同期(現年, 滞繰, 計)
DEBTS = [
    ("tax", "町税", "町税", 2348915600, 56.38, 96418200, 18.42, (55.96, 16.20, 54.31)),
    ("nhi", "国民健康保険税", "国民健康保険税", 612480300, 41.25, 148226700, 12.10, (41.80, 11.35, 35.40)),
    ("care", "介護保険料", "介護保険料", 498305100, 52.80, 9812400, 10.35, (52.55, 11.02, 51.66)),
    ("elder", "後期高齢者医療保険料", "後期高齢者医療保険料", 198604500, 55.10, 1402300, 28.40, (54.92, 25.10, 54.70)),
    ("nursery", "保育料", "保育所保育料", 38915000, 49.60, 4120800, 11.85, (48.50, 10.90, 44.35)),
    ("housing", "町営住宅使用料", "住宅使用料", 41280600, 46.90, 8946100, 6.20, (47.35, 7.05, 42.40)),
    ("water", "水道料金", "水道料金", 512804300, 48.72, 15806200, 35.60, (48.60, 33.20, 48.21)),
    ("sewer", "下水道使用料", "下水道使用料", 248110900, 48.50, 5912400, 34.10, (48.41, 33.85, 48.12)),
]
PREV_FY_OUT_TOTAL = 305_400_000          # 令和５年度末の収入未済額（全債権）: hidden, only for the prose difference
TAX_PREV_OUT = 102_300_000               # 令和５年度末の町税収入未済額: hidden
NHI_EST = 94.20                          # 国保税 現年度分 年度末見込

rows = {}
for k, name, canon, ca, cr, aa, ar, prev in DEBTS:
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    rows[k] = dict(name=name, canon=canon, ca=ca, cc=cc, aa=aa, ac=ac, prev=prev,
                   cr=rate(cc, ca, 2), ar=rate(ac, aa, 2), tr=rate(cc + ac, ca + aa, 2))
TOT = dict(ca=sum(r["ca"] for r in rows.values()), cc=sum(r["cc"] for r in rows.values()),
           aa=sum(r["aa"] for r in rows.values()), ac=sum(r["ac"] for r in rows.values()))
TOT.update(cr=rate(TOT["cc"], TOT["ca"], 2), ar=rate(TOT["ac"], TOT["aa"], 2),
           tr=rate(TOT["cc"] + TOT["ac"], TOT["ca"] + TOT["aa"], 2), prev=(52.38, 14.12, 49.95))


def zf(x: float, nd=2) -> str:
    return zen(f"{x:.{nd}f}")


def oku(yen: int) -> tuple[str, int]:
    m = round(yen / 1_000_000) * 100
    o, man = divmod(m, 10000)
    s = (f"{o}億" if o else "") + (f"{man:,}万" if man else "") + "円"
    return zen(s), m * 10000


# ============================================================ drawing helpers
doc = pymupdf.open()
FONTS = {"G": pymupdf.Font(fontfile=GOTHIC), "M": pymupdf.Font(fontfile=MINCHO)}
facts: list = []
statements: list = []
NOBREAK_START = "、。，．）」』％】"


class W:
    def __init__(self):
        self.page = None
        self.pno = 0
        self.y = 0
        self.land = False

    def new_page(self, land=False):
        self.land = land
        w, h = (842, 595) if land else (595, 842)
        self.page = doc.new_page(width=w, height=h)
        for fn, path in (("G", GOTHIC), ("M", MINCHO)):
            self.page.insert_font(fontname=fn, fontfile=path)
        self.pno += 1
        self.left, self.right = (48, w - 48) if land else (62, w - 62)
        self.y = 50 if land else 62
        self.bottom = h - 50
        self.footer()

    def footer(self):
        s = f"－ {self.pno} －"
        w = self.page.rect.width
        self.text(w / 2 - FONTS["M"].text_length(s, 9) / 2, self.page.rect.height - 28, s, 9, "M")

    def text(self, x, y, s, size=10.5, font="M", color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def wrap(self, s, width, size, font):
        f = FONTS[font]
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if f.text_length(cur + ch, size) > width and cur and ch not in NOBREAK_START:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, size=10.5, font="M", indent=0, hang=0, lead=1.65, after=3, keep=True):
        """Paragraph; `indent` for all lines, `hang` extra indent for lines after the first."""
        width = self.right - self.left - indent
        first = self.wrap(s, width, size, font)
        # re-wrap continuation lines with the hanging indent
        lines = [first[0]] if first else []
        rest = s[len(first[0]):] if first else ""
        if rest:
            lines += self.wrap(rest, width - hang, size, font)
        need = len(lines) * size * lead
        if keep and self.y + need > self.bottom:
            self.new_page(self.land)
        for i, ln in enumerate(lines):
            self.y += size * lead
            self.text(self.left + indent + (hang if i else 0), self.y, ln, size, font)
        self.y += after
        return self.pno

    def space(self, h):
        self.y += h


wr = W()


# ============================================================ page 1: 会議の概要
wr.new_page()
title = "令和７年度第２回みなかみ町債権管理対策会議　会議録"
wr.y += 10
tl = FONTS["G"].text_length(title, 15)
wr.text((595 - tl) / 2, wr.y, title, 15, "G")
wr.y += 26


def head(s):
    wr.para(s, 11.5, "G", after=2)


head("１　開催日時及び方法")
wr.para("令和７年度第２回みなかみ町債権管理対策会議は、各委員の日程調整が困難であったことから書面開催とし、"
        "令和７年１１月１４日付けで各委員に会議資料を送付して、同月２８日（金）までに意見及び質問を書面により"
        "提出を求める方法により実施した。", indent=11, after=6)
head("２　出席者（委員長１名、委員８名、事務局３名）")
ATT = [("委員長", ["副町長"]),
       ("委員", ["総務課長", "企画課長", "税務課長", "町民福祉課長", "子育て・健康課長", "建設課長",
                "上下水道課長", "教育課長"]),
       ("事務局", ["税務課長補佐", "税務課収納係長", "税務課収納係主査"])]
for role, titles in ATT:
    lab = f"{role}："
    wr.para(lab + "・".join(titles), indent=11, hang=FONTS["M"].text_length(lab, 10.5), after=1)
wr.space(5)
head("３　議　題")
AGENDA = ["令和７年度上半期（９月末現在）の主要債権の収納状況について",
          "令和６年度債権放棄の実施状況について（報告）",
          "令和８年度債権管理実施方針（案）について"]
for i, a in enumerate(AGENDA, 1):
    wr.para(f"（{zen(str(i))}）{a}", indent=11, after=1)
wr.space(5)
head("４　資　料")
MATERIALS = ["資料１　主要債権の収納状況（令和７年９月末現在）",
             "資料２　令和６年度債権放棄の実施状況",
             "資料３　令和８年度債権管理実施方針（案）"]
for m in MATERIALS:
    wr.para(m, indent=11, after=1)
wr.space(5)
head("５　各所管からの報告（書面による報告の要旨）")


def statement(speaker, section, paras):
    """paras: list of (text, [fact kwargs...]) — figures are recorded on the page the paragraph lands on."""
    first = True
    texts = []
    for text, flist in paras:
        s = ("○" + speaker + "　" + text) if first else text
        pno = wr.para(s, indent=11, hang=0 if not first else 0, after=2)
        for fk in flist:
            F(**fk, page=pno)
        texts.append(text)
        first = False
    statements.append({"speaker": speaker, "section": section, "text": "\n".join(texts)})


def fk(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, raw, as_of=None, approx=False):
    return dict(debt=debt, debt_raw=debt_raw, fy=fy, fy_raw=fy_raw, segment=seg, metric=metric, basis=basis,
                value=value, unit=unit, raw=raw, as_of=as_of, approx=approx)


def _fact(debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw, page, as_of=None, approx=False):
    facts.append(fact(debt, debt_raw, fy, fy_raw, segment, metric, basis, value, unit, raw, page, as_of=as_of,
                      approx=approx))


F = _fact

SEC1 = "各所管からの報告"
t = rows["tax"]
d_cur = round(t["cr"] - t["prev"][0], 2)
d_arr = round(t["ar"] - t["prev"][1], 2)
s_ass, v_ass = oku(t["ca"])
s_out, v_out = oku(t["aa"])
s_dout, v_dout = oku(TAX_PREV_OUT - t["aa"])
statement("税務課長", SEC1, [
    (f"町税の９月末現在の収納率は、現年度分が{zf(t['cr'])}％で前年同期と比べ{zf(d_cur)}ポイント上昇し、"
     f"滞納繰越分は{zf(t['ar'])}％で{zf(d_arr)}ポイント上昇した。現年度分の調定額は約{s_ass}で、"
     "個人町民税の定額減税の影響により前年度を下回っている。",
     [fk("町税", "町税", FY, "令和７年度", "current", "collection_rate", "interim", t["cr"], "percent", f"{zf(t['cr'])}％", AS_OF),
      fk("町税", "町税", FY, "令和７年度", "current", "difference", "interim", d_cur, "points", f"{zf(d_cur)}ポイント", AS_OF),
      fk("町税", "町税", FY, "令和７年度", "arrears", "collection_rate", "interim", t["ar"], "percent", f"{zf(t['ar'])}％", AS_OF),
      fk("町税", "町税", FY, "令和７年度", "arrears", "difference", "interim", d_arr, "points", f"{zf(d_arr)}ポイント", AS_OF),
      fk("町税", "町税", FY, "令和７年度", "current", "assessed", "interim", v_ass, "yen", "約" + s_ass, AS_OF, True)]),
    (f"令和６年度決算における町税の収入未済額は約{s_out}で、前年度から約{s_dout}減少した。"
     "７月の一斉催告に合わせて預貯金調査を電子照会で行い、差押えまでの期間を短縮したことが滞納繰越分の改善につながっている。",
     [fk("町税", "町税", 2024, "令和６年度", "total", "outstanding", "actual", v_out, "yen", "約" + s_out, None, True),
      fk("町税", "町税", 2024, "令和６年度", "total", "difference", "actual", -v_dout, "yen", "約" + s_dout, None, True)]),
])
page1_end = wr.pno

# ---- page 2: 報告の続き
n = rows["nhi"]
c = rows["care"]
dn = round(n["cr"] - n["prev"][0], 2)
statement("町民福祉課長", SEC1, [
    (f"国民健康保険税の現年度分収納率は{zf(n['cr'])}％（前年同期{zf(n['prev'][0])}％）で、{zf(abs(dn))}ポイント低下した。"
     "被保険者の減少と所得の低い世帯の割合の増加が続いており、納期内納付の勧奨と口座振替の推進に重点的に取り組んでいる。",
     [fk("国民健康保険税", "国民健康保険税", FY, "令和７年度", "current", "collection_rate", "interim", n["cr"], "percent",
         f"{zf(n['cr'])}％", AS_OF),
      fk("国民健康保険税", "国民健康保険税", 2024, "前年同期", "current", "collection_rate", "interim", n["prev"][0], "percent",
         f"{zf(n['prev'][0])}％", AS_OF_PREV),
      fk("国民健康保険税", "国民健康保険税", FY, "令和７年度", "current", "difference", "interim", dn, "points",
         f"{zf(abs(dn))}ポイント", AS_OF)]),
    (f"介護保険料は、現年度分が{zf(c['cr'])}％、滞納繰越分が{zf(c['ar'])}％である。滞納繰越分は２年の消滅時効を迎える前に"
     "財産調査を行い、給付制限の対象となる方には制度の説明を丁寧に行っている。",
     [fk("介護保険料", "介護保険料", FY, "令和７年度", "current", "collection_rate", "interim", c["cr"], "percent",
         f"{zf(c['cr'])}％", AS_OF),
      fk("介護保険料", "介護保険料", FY, "令和７年度", "arrears", "collection_rate", "interim", c["ar"], "percent",
         f"{zf(c['ar'])}％", AS_OF)]),
])
nu = rows["nursery"]
dnu = round(nu["cr"] - nu["prev"][0], 2)
statement("子育て・健康課長", SEC1, [
    (f"保育料の現年度分収納率は{zf(nu['cr'])}％で、前年同期を{zf(dnu)}ポイント上回っている。"
     "児童手当からの申出徴収の案内を全世帯に行ったことで、新たな滞納の発生が抑えられている。"
     "退所後の未納については、住所地の確認と分割納付の相談を継続している。",
     [fk("保育所保育料", "保育料", FY, "令和７年度", "current", "collection_rate", "interim", nu["cr"], "percent",
         f"{zf(nu['cr'])}％", AS_OF),
      fk("保育所保育料", "保育料", FY, "令和７年度", "current", "difference", "interim", dnu, "points",
         f"{zf(dnu)}ポイント", AS_OF)]),
])
h = rows["housing"]
statement("建設課長", SEC1, [
    (f"町営住宅使用料の滞納繰越分の収納率は{zf(h['ar'])}％にとどまっている。退去者の滞納が滞納繰越分の多くを占めるため、"
     "連帯保証人への請求と、所在不明者の調査を進めている。入居中の滞納者には、滞納３か月の時点で面談を行っている。",
     [fk("住宅使用料", "町営住宅使用料", FY, "令和７年度", "arrears", "collection_rate", "interim", h["ar"], "percent",
         f"{zf(h['ar'])}％", AS_OF)]),
])
wt = rows["water"]
dw = round(wt["ar"] - wt["prev"][1], 2)
statement("上下水道課長", SEC1, [
    (f"水道料金の滞納繰越分の収納率は{zf(wt['ar'])}％で、前年同期比{zf(dw)}ポイント上昇した。"
     "給水停止予告の送付を毎月行い、納付相談に応じない使用者には給水停止を実施している。下水道使用料も水道料金と合わせて"
     "請求しており、同様の傾向である。",
     [fk("水道料金", "水道料金", FY, "令和７年度", "arrears", "collection_rate", "interim", wt["ar"], "percent",
         f"{zf(wt['ar'])}％", AS_OF),
      fk("水道料金", "水道料金", FY, "令和７年度", "arrears", "difference", "interim", dw, "points", f"{zf(dw)}ポイント", AS_OF)]),
])
wr.space(4)
head("６　意見及び質問並びに回答")
SEC2 = "意見及び質問並びに回答"
statement("企画課長", SEC2, [
    ("町税の滞納繰越分の収納率が前年同期を上回った要因は何か。また、他の債権にも応用できる取組はあるか。", []),
])
statement("税務課収納係長", SEC2, [
    ("７月に実施した一斉催告と、預貯金調査の電子化による差押えの早期化が主な要因である。電子照会は国民健康保険税でも利用できるため、"
     "町民福祉課と調整のうえ、来年度から共同で実施する予定である。", []),
])
statement("総務課長", SEC2, [
    ("国民健康保険税の現年度分収納率が前年同期を下回っているが、年度末の見込みはどうか。", []),
])
statement("町民福祉課長", SEC2, [
    (f"１２月と３月の納期に向けて電話催告を強化し、年度末の現年度分収納率は{zf(NHI_EST)}％程度を見込んでいる。",
     [fk("国民健康保険税", "国民健康保険税", FY, "年度末", "current", "collection_rate", "estimate", NHI_EST, "percent",
         f"{zf(NHI_EST)}％程度", None, True)]),
])

# ---- 委員長コメント・参考・結果
tot_out_r6 = TOT["aa"]
s_to, v_to = oku(tot_out_r6)
s_td, v_td = oku(PREV_FY_OUT_TOTAL - tot_out_r6)
statement("委員長", SEC2, [
    (f"令和元年度に本会議を設置して以降、全債権の収入未済額は着実に減少しており、令和６年度末では約{s_to}と、前年度から"
     f"約{s_td}の減少となった。各所管においては、下半期も現年度分の早期収納に努め、滞納の累積を防いでいただきたい。",
     [fk(None, "全債権", 2024, "令和６年度", "total", "outstanding", "actual", v_to, "yen", "約" + s_to, None, True),
      fk(None, "全債権", 2024, "令和６年度", "total", "difference", "actual", -v_td, "yen", "約" + s_td, None, True)]),
    ("また、債権放棄については、条例の基準に沿って回収の見込みを慎重に判断したうえで、適正に進めていただきたい。", []),
])
wr.space(6)
# 【参考】 box
box_top = wr.y + 4
wr.y += 4
wo_r6 = 7_412_530
wr.para("【参考】令和６年度決算の状況（別表の８債権計）", 10, "G", indent=10, after=0)
ref_lines = [f"・収入未済額：{zen(comma(tot_out_r6))}円",
             f"・不納欠損額：{zen(comma(wo_r6))}円",
             "・債権放棄：６件（私債権）"]
for ln in ref_lines:
    wr.para(ln, 10, "M", indent=18, after=0, lead=1.6)
wr.y += 6
wr.page.draw_rect(pymupdf.Rect(wr.left, box_top, wr.right, wr.y), color=(0, 0, 0), width=0.7)
F(None, "８債権計", 2024, "令和６年度", "total", "outstanding", "actual", tot_out_r6, "yen", f"{zen(comma(tot_out_r6))}円", wr.pno)
F(None, "８債権計", 2024, "令和６年度", "total", "written_off", "actual", wo_r6, "yen", f"{zen(comma(wo_r6))}円", wr.pno)
wr.space(8)
head("７　結　果")
wr.para("議題（１）及び（２）については、報告のとおり了承された。議題（３）については、書面による意見を踏まえて一部を修正のうえ、"
        "令和８年度債権管理実施方針として決定することとされた。", indent=11, after=4)
head("８　今後の予定")
wr.para("第３回会議は令和８年２月に開催し、令和８年度の目標収納率及び債権放棄の審議を行う予定である。", indent=11, after=4)
wr.para("以　上", 10.5, "M", indent=400, after=2)

# ============================================================ 別表 (landscape, wide table split over two pages)
COLS_A = [("現年度分", "ca", "cc", "cr"), ("滞納繰越分", "aa", "ac", "ar")]


def grid_table(x0, y0, col_w, header, body, size=8.6, row_h=21, head_h=19, shade_rows=()):
    """header: list of header rows, each a list of (text, span); body: list of rows of (text, align)."""
    pg = wr.page
    y = y0
    xs = [x0]
    for w in col_w:
        xs.append(xs[-1] + w)
    nh = len(header)
    for hi, hrow in enumerate(header):
        ci = 0
        for txt, span in hrow:
            if txt is None:
                ci += span
                continue
            xa, xb = xs[ci], xs[ci + span]
            hh = head_h
            if ci == 0:
                if hi:              # the first column's header spans all header rows
                    ci += span
                    continue
                hh = head_h * nh
            pg.draw_rect(pymupdf.Rect(xa, y, xb, y + hh), color=(0, 0, 0), fill=(0.88, 0.88, 0.88), width=0.6)
            tl = FONTS["G"].text_length(txt, size)
            wr.text((xa + xb) / 2 - tl / 2, y + hh / 2 + size * 0.35, txt, size, "G")
            ci += span
        y += head_h
    for ri, row in enumerate(body):
        for ci, (txt, al) in enumerate(row):
            xa, xb = xs[ci], xs[ci + 1]
            fill = (0.95, 0.95, 0.95) if ri in shade_rows else None
            pg.draw_rect(pymupdf.Rect(xa, y, xb, y + row_h), color=(0, 0, 0), fill=fill, width=0.6)
            tl = FONTS["M"].text_length(txt, size)
            tx = xa + 4 if al == "l" else (xb - 4 - tl if al == "r" else (xa + xb) / 2 - tl / 2)
            wr.text(tx, y + row_h / 2 + size * 0.35, txt, size, "M")
        y += row_h
    return y


order = [k for k, *_ in DEBTS]
names = [rows[k]["name"] for k in order] + ["合計"]

# ---- page 4: 左側の列
wr.new_page(land=True)
p = wr.pno
wr.para("別表　主要債権の収納状況（令和７年９月末現在）", 12, "G", after=2)
wr.para("（単位：円、％）", 9, "M", indent=680, after=2)
x0, y0 = wr.left, wr.y + 4
col_w = [130, 105, 105, 58, 105, 105, 58]
header = [[("債権名", 1), ("現年度分", 3), ("滞納繰越分", 3)],
          [("", 1), ("調定額", 1), ("収入済額", 1), ("収納率", 1), ("調定額", 1), ("収入済額", 1), ("収納率", 1)]]
body = []
for k in order + ["TOT"]:
    r = rows[k] if k != "TOT" else TOT
    nm = r["name"] if k != "TOT" else "合計"
    debt, draw = (r["canon"], nm) if k != "TOT" else (None, "合計")
    body.append([(nm, "l"), (comma(r["ca"]), "r"), (comma(r["cc"]), "r"), (f"{r['cr']:.2f}", "r"),
                 (comma(r["aa"]), "r"), (comma(r["ac"]), "r"), (f"{r['ar']:.2f}", "r")])
    for seg, a, c_, rr in (("current", "ca", "cc", "cr"), ("arrears", "aa", "ac", "ar")):
        F(debt, draw, FY, "令和７年度", seg, "assessed", "interim", r[a], "yen", comma(r[a]), p, as_of=AS_OF)
        F(debt, draw, FY, "令和７年度", seg, "collected", "interim", r[c_], "yen", comma(r[c_]), p, as_of=AS_OF)
        F(debt, draw, FY, "令和７年度", seg, "collection_rate", "interim", r[rr], "percent", f"{r[rr]:.2f}", p, as_of=AS_OF)
y = grid_table(x0, y0, col_w, header, body, shade_rows=(len(body) - 1,))
# merge look for 債権名 header: blank second header cell already drawn; overwrite with white line gap
wr.y = y + 4
wr.para("※　滞納繰越分の調定額は、令和６年度末の収入未済額である。合計欄は８債権の計。（右側の列は次ページに続く）", 8.5, "M",
        after=0)

# ---- page 5: 右側の列（計・前年同期・増減）
wr.new_page(land=True)
p = wr.pno
wr.para("別表　主要債権の収納状況（令和７年９月末現在）（続き）", 12, "G", after=2)
wr.para("（単位：円、％、ポイント）", 9, "M", indent=620, after=2)
x0, y0 = wr.left, wr.y + 4
col_w = [130, 100, 100, 52, 52, 52, 52, 52, 52, 52]
header = [[("債権名", 1), ("計", 3), ("前年同期（R6.9月末）収納率", 3), ("増減（R7－R6）", 3)],
          [("", 1), ("調定額", 1), ("収入済額", 1), ("収納率", 1), ("現年度分", 1), ("滞納繰越分", 1), ("計", 1),
           ("現年度分", 1), ("滞納繰越分", 1), ("計", 1)]]
body = []
for k in order + ["TOT"]:
    r = rows[k] if k != "TOT" else TOT
    nm = r["name"] if k != "TOT" else "合計"
    debt, draw = (r["canon"], nm) if k != "TOT" else (None, "合計")
    ta, tc = r["ca"] + r["aa"], r["cc"] + r["ac"]
    cur = (r["cr"], r["ar"], r["tr"])
    diffs = [round(a - b, 2) for a, b in zip(cur, r["prev"])]
    body.append([(nm, "l"), (comma(ta), "r"), (comma(tc), "r"), (f"{r['tr']:.2f}", "r")]
                + [(f"{v:.2f}", "r") for v in r["prev"]] + [(tri(v, "{:.2f}", "▲"), "r") for v in diffs])
    F(debt, draw, FY, "令和７年度", "total", "assessed", "interim", ta, "yen", comma(ta), p, as_of=AS_OF)
    F(debt, draw, FY, "令和７年度", "total", "collected", "interim", tc, "yen", comma(tc), p, as_of=AS_OF)
    F(debt, draw, FY, "令和７年度", "total", "collection_rate", "interim", r["tr"], "percent", f"{r['tr']:.2f}", p, as_of=AS_OF)
    for seg, v in zip(("current", "arrears", "total"), r["prev"]):
        F(debt, draw, 2024, "R6", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", p, as_of=AS_OF_PREV)
    for seg, v in zip(("current", "arrears", "total"), diffs):
        F(debt, draw, FY, "R7", seg, "difference", "interim", v, "points", tri(v, "{:.2f}", "▲"), p, as_of=AS_OF)
y = grid_table(x0, y0, col_w, header, body, shade_rows=(len(body) - 1,))
wr.y = y + 4
wr.para("※　▲は前年同期を下回ったことを示す。前年同期の収納率は６年度の９月末現在の数値である。", 8.5, "M", after=0)

# ============================================================ save
PDF_DIR.mkdir(parents=True, exist_ok=True)
doc.subset_fonts()
out = PDF_DIR / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
doc.close()

attendees = [{"role": role, "title": t_, "name": None} for role, ts in ATT for t_ in ts]
minutes = {"title": "令和７年度第２回みなかみ町債権管理対策会議 会議録", "meeting_number": 2, "date": "2025-11-14",
           "method": "書面開催", "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
           "statements": statements}
write_gold(STEM, "minutes", "minutes", CITY, "令和７年度第２回みなかみ町債権管理対策会議 会議録", "2025-11-14",
           "令和７年１１月１４日", facts, [], minutes=minutes)
