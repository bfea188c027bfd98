"""北茨城市債権管理対策委員会 議事要旨（書面開催）: PyMuPDF drawing directly."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import fitz

from qs_common import ROOT, Gold, c, check, rate, zen

STEM = "qs_kitaibaraki_minutes_1"
TITLE = "令和７年度第２回北茨城市債権管理対策委員会 議事要旨"
G = Gold(STEM, "minutes", "minutes", "北茨城市", TITLE, "2025-11-14", "令和7年11月14日")
MINCHO = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
W, H = fitz.paper_size("a4")
ML, MR, MT, MB = 62, 62, 64, 70


class Writer:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None
        self.y = 0
        self.fm = fitz.Font(fontfile=MINCHO)
        self.fg = fitz.Font(fontfile=GOTHIC)

    def new(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="mi", fontfile=MINCHO)
        self.page.insert_font(fontname="go", fontfile=GOTHIC)
        self.y = MT
        n = self.doc.page_count
        self.page.insert_text((W / 2 - 12, H - 36), f"- {n} -", fontname="go", fontsize=9)
        return n

    def wrap(self, s, size, width, font):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if font.text_length(cur + ch, fontsize=size) > width:
                # kinsoku: keep closing punctuation on the line
                if ch in "、。）」％":
                    cur += ch
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def text(self, s, size=10.5, indent=0, gothic=False, x0=ML, x1=None, hang=0, lead=1.65, after=2):
        x1 = x1 or W - MR
        font = self.fg if gothic else self.fm
        fn = "go" if gothic else "mi"
        first = True
        lines = self.wrap(s, size, x1 - x0 - indent - hang, font)
        for ln in lines:
            if self.y + size * lead > H - MB:
                raise RuntimeError(f"overflow on page {self.doc.page_count}: {ln}")
            self.y += size * lead
            self.page.insert_text((x0 + indent + (0 if first else hang), self.y), ln, fontname=fn, fontsize=size)
            first = False
        self.y += after

    def center(self, s, size, gothic=True):
        font = self.fg if gothic else self.fm
        wdt = font.text_length(s, fontsize=size)
        self.y += size * 1.8
        self.page.insert_text(((W - wdt) / 2, self.y), s, fontname="go" if gothic else "mi", fontsize=size)
        self.y += 4

    def table(self, rows, widths, size=8.5, rh=None, head=1, x0=ML, align=None, shade_head=True):
        rh = rh or size * 2.2
        y = self.y + 4
        for i, row in enumerate(rows):
            n_lines = max(len(str(v).split("\n")) for v in row)
            h = rh * (1 if n_lines == 1 else 0.62 * n_lines + 0.2)
            x = x0
            for j, v in enumerate(row):
                r = fitz.Rect(x, y, x + widths[j], y + h)
                if i < head and shade_head:
                    self.page.draw_rect(r, color=(0, 0, 0), fill=(0.85, 0.85, 0.85), width=0.5)
                else:
                    self.page.draw_rect(r, color=(0, 0, 0), width=0.5)
                parts = str(v).split("\n")
                for k, part in enumerate(parts):
                    font = self.fg
                    tw = font.text_length(part, fontsize=size)
                    a = "c" if i < head else (align[j] if align else "c")
                    tx = {"l": x + 3, "r": x + widths[j] - 3 - tw, "c": x + (widths[j] - tw) / 2}[a]
                    ty = y + (h - len(parts) * size * 1.25) / 2 + size * (1.0 + 1.25 * k)
                    self.page.insert_text((tx, ty), part, fontname="go", fontsize=size)
                x += widths[j]
            y += h
        self.y = y + 4


wr = Writer()
M = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催", "attendees": [],
     "agenda": [], "materials": [], "statements": []}


def say(page, speaker, section, text, indent=14, **kw):
    wr.text("○" + speaker, 10.5, indent=indent - 10, gothic=True, after=0, **kw)
    wr.text(text, 10.5, indent=indent, **kw)
    M["statements"].append({"speaker": speaker, "section": section, "text": text, "page": page})


# -------------------------------------------------------------- page 1
p = wr.new()
wr.center(TITLE, 14)
wr.y += 8
wr.text("１　開催日", 11, gothic=True)
wr.text("令和7年11月14日（金）", indent=14)
wr.text("２　開催方法", 11, gothic=True)
wr.text("書面開催（令和7年11月14日付けで各委員へ会議資料を送付し、11月28日までに意見の提出を求めた。）", indent=14)
wr.text("３　出席者（委員８名、事務局３名）", 11, gothic=True)
ATT = [("委員長", "副市長"), ("副委員長", "総務部長"), ("委員", "市民生活部長"), ("委員", "保健・福祉部長"),
       ("委員", "こども・教育部長"), ("委員", "産業・観光部長"), ("委員", "建設部長"), ("委員", "上下水道部長"),
       ("事務局", "税務課長"), ("事務局", "税務課収納対策室長"), ("事務局", "税務課収納係長")]
for i in range(0, 8, 2):
    a, b = ATT[i], ATT[i + 1]
    wr.text(f"{a[0]}　{a[1]}", indent=14, after=0)
    wr.page.insert_text((ML + 250, wr.y), f"{b[0]}　{b[1]}", fontname="mi", fontsize=10.5)
wr.text("事務局　" + "、".join(t for _, t in ATT[8:]), indent=14)
for role, t in ATT:
    M["attendees"].append({"role": role, "title": t, "name": None})
wr.text("４　議題", 11, gothic=True)
AG = ["令和７年度上半期の収納状況について", "令和６年度債権管理計画の実績について", "徴収困難案件の税務課への移管について"]
for i, a in enumerate(AG, 1):
    wr.text(f"（{zen(i)}）{a}", indent=14, after=0)
    M["agenda"].append(a)
wr.y += 2
wr.text("５　資料", 11, gothic=True)
MAT = ["資料１　令和７年度上半期の収納状況", "資料２　令和６年度債権管理計画実績報告書", "資料３　移管対象案件一覧"]
for m in MAT:
    wr.text(m, indent=14, after=0)
    M["materials"].append(m)
wr.y += 2
wr.text("６　議事の概要（事務局説明及び各委員の意見）", 11, gothic=True)
wr.text("（１）令和７年度上半期の収納状況について", 10.5, gothic=True, indent=6)
# interim figures, as of 2025-09-30
ASOF = "2025-09-30"
cur_r, arr_r, prev_cur = 52.3, 14.8, 51.6
sec1 = "令和７年度上半期の収納状況について"
t1 = ("市税の収納状況を次のとおり報告する。\n【収納率】令和7年9月末時点\n・現年分　"
      + G.f(p, "市税", "市税", 2025, "令和7年9月末", "current", "collection_rate", "interim", cur_r, "percent", f"{cur_r}％", as_of=ASOF)
      + "（前年同月 "
      + G.f(p, "市税", "市税", 2024, "前年同月", "current", "collection_rate", "interim", prev_cur, "percent", f"{prev_cur}％", as_of="2024-09-30")
      + "）\n・滞納繰越分　"
      + G.f(p, "市税", "市税", 2025, "令和7年9月末", "arrears", "collection_rate", "interim", arr_r, "percent", f"{arr_r}％", as_of=ASOF)
      + "\n現年分は前年同月を"
      + G.f(p, "市税", "市税", 2025, "令和7年9月末", "current", "difference", "interim", round(cur_r - prev_cur, 1), "points", "0.7ポイント上回った", as_of=ASOF)
      + "。口座振替の加入が進んだことが主な要因と考えている。")
say(p, "税務課長", sec1, t1)
# -------------------------------------------------------------- page 2 (two-column opinions)
p = wr.new()
wr.text("（２）令和６年度債権管理計画の実績について", 10.5, gothic=True, indent=6)
sec2 = "令和６年度債権管理計画の実績について"
t2 = ("令和６年度決算で、国民健康保険税の収納率は現年度分"
      + G.f(p, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", 93.12, "percent", "93.12％")
      + "、滞納繰越分"
      + G.f(p, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 24.05, "percent", "24.05％")
      + "となった。収入未済額は約"
      + G.f(p, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", 418000000, "yen", "4億1,800万円", approx=True)
      + "で、令和元年度の約6億円から着実に減少している。")
G.f(p, "国民健康保険税", "国民健康保険税", 2019, "令和元年度", "total", "outstanding", "actual", 600000000, "yen", "約6億円", approx=True)
say(p, "保健・福祉部長", sec2, t2)
wr.text("各委員から寄せられた主な意見は次のとおりである。", indent=4)
# two columns
top = wr.y
colw = (W - ML - MR - 16) / 2
xL, xR = ML, ML + colw + 16
tL = ("市営住宅使用料は、令和６年度の収納率が現年度分"
      + G.f(p, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "current", "collection_rate", "actual", 96.41, "percent", "96.41％")
      + "と前年度を下回った。滞納者数は"
      + G.f(p, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "delinquents", "actual", 63, "persons", "63人")
      + "で、連帯保証人への請求を早めるべきである。")
say(p, "建設部長", sec2, tL, indent=10, x0=xL, x1=xL + colw)
tL2 = ("下水道使用料の令和６年度の収納率は"
       + G.f(p, "下水道使用料", "下水道使用料", 2024, "令和６年度", "total", "collection_rate", "actual", 97.8, "percent", "97.8％")
       + "で、令和二年度以降ほぼ同じ水準で推移している。水道料金との一体的な催告を続けたい。")
say(p, "上下水道部長", sec2, tL2, indent=10, x0=xL, x1=xL + colw)
yL = wr.y
wr.y = top
tR = ("学校給食費は令和６年度の収入未済額が"
      + G.f(p, "学校給食費", "学校給食費", 2024, "令和６年度", "total", "outstanding", "actual", 3184000, "yen", "318万4千円")
      + "となり、前年度から"
      + G.f(p, "学校給食費", "学校給食費", 2024, "令和６年度", "total", "difference", "actual", -412000, "yen", "41万2千円減少")
      + "した。児童手当からの徴収の申出を勧めたい。")
say(p, "こども・教育部長", sec2, tR, indent=10, x0=xR, x1=xR + colw)
tR2 = ("令和６年度の不納欠損額は全債権で"
       + G.f(p, None, None, 2024, "令和６年度", "total", "written_off", "actual", 58000000, "yen", "約5,800万円", approx=True)
       + "であった。執行停止後３年を経過した案件の処理を計画的に進めてほしい。")
say(p, "総務部長", sec2, tR2, indent=10, x0=xR, x1=xR + colw)
wr.page.draw_line((ML + colw + 8, top + 6), (ML + colw + 8, max(wr.y, yL)), color=(0.5, 0.5, 0.5), width=0.4)
wr.y = max(wr.y, yL) + 10
wr.text("（３）徴収困難案件の税務課への移管について", 10.5, gothic=True, indent=6)
sec3 = "徴収困難案件の税務課への移管について"
t3 = ("保育料及び介護保険料のうち、滞納額が30万円を超える案件を令和８年１月から税務課へ移管することについて、"
      "各委員から異議はなかった。移管後の進捗は次回委員会で報告する。")
say(p, "委員長", sec3, t3)
wr.text("以上の内容について、書面により委員全員の了承を得た。", indent=4)
# -------------------------------------------------------------- page 3: 別表
p = wr.new()
wr.text("別表　主な債権の収納状況（令和7年9月末）", 11.5, gothic=True)
wr.text("（単位：万円、％）　※ 収納率欄の（　）内は前年同月の収納率", 8.5, indent=250)
DEBTS = [("市税", "市税", 412350, 215660, 51.6), ("国民健康保険税", "国保税", 108420, 40210, 36.2),
         ("介護保険料", "介護保険料", 61230, 33112, 53.0), ("後期高齢者医療保険料", "後期高齢", 30412, 17004, 55.1),
         ("保育所保育料", "保育料", 6120, 3010, 48.8)]
# 市税 current must match the 52.3 interim rate in p1: 215660/412350 = 52.30
hdr = ["区分"] + [d[1] for d in DEBTS]
r_a, r_c, r_r, r_s = ["調定額"], ["収入済額"], ["収納率"], ["収入未済額\n（収納率）"]
for n, sh, a, co, prev in DEBTS:
    rr = rate(co, a)
    r_a.append(G.f(p, n, sh, 2025, "令和7年9月末", "current", "assessed", "interim", a * 10000, "yen", c(a), as_of=ASOF))
    r_c.append(G.f(p, n, sh, 2025, "令和7年9月末", "current", "collected", "interim", co * 10000, "yen", c(co), as_of=ASOF))
    G.f(p, n, sh, 2025, "令和7年9月末", "current", "collection_rate", "interim", rr, "percent", f"{rr:.1f}", as_of=ASOF)
    G.f(p, n, sh, 2024, "前年同月", "current", "collection_rate", "interim", prev, "percent", f"（{prev:.1f}）", as_of="2024-09-30")
    r_r.append(f"{rr:.1f}（{prev:.1f}）")
    o = a - co
    G.f(p, n, sh, 2025, "令和7年9月末", "current", "outstanding", "interim", o * 10000, "yen", c(o), as_of=ASOF)
    r_s.append(f"{c(o)}\n{100 - rr:.1f}")
wr.text("１　現年度分", 10.5, gothic=True)
wr.table([hdr, r_a, r_c, r_r, r_s], [90] + [80] * 5, align=["l"] + ["r"] * 5)
wr.text("※ 収入未済額欄の下段は、調定額に対する未済額の割合（％）", 8.5)
wr.y += 6
wr.text("２　令和６年度決算（参考）", 10.5, gothic=True)
wr.text("（単位：万円、％）", 8.5, indent=380)
S6 = [("市税", "市税", 448120, 433876, 1012), ("国民健康保険税", "国保税", 152300, 107950, 2544),
      ("介護保険料", "介護保険料", 63220, 62140, 188), ("市営住宅使用料", "住宅使用料", 4210, 3870, 62)]
rows = [["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
for n, sh, a, co, w in S6:
    o = a - co - w
    rr = rate(co, a)
    rows.append([sh] + [G.f(p, n, sh, 2024, "令和６年度", "total", m, "actual", v * 10000, "yen", c(v))
                        for m, v in (("assessed", a), ("collected", co), ("written_off", w), ("outstanding", o))]
                + [G.f(p, n, sh, 2024, "令和６年度", "total", "collection_rate", "actual", rr, "percent", f"{rr:.1f}")])
wr.table(rows, [90, 80, 80, 80, 80, 60], align=["l"] + ["r"] * 5)
wr.text("※ 国保税：国民健康保険税、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、住宅使用料：市営住宅使用料", 8)
wr.text("※ 万円未満を四捨五入しているため、各欄の計算が一致しない場合がある。", 8)

G.minutes = M
out = ROOT / "pdf" / f"{STEM}.pdf"
wr.doc.subset_fonts()
wr.doc.save(out, garbage=4, deflate=True)
G.write()
check(STEM)
