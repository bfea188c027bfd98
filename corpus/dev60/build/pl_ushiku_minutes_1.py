"""pl_ushiku_minutes_1: 令和7年度第2回 牛久市債権管理対策委員会 会議録 (PyMuPDF drawing directly).

Run from corpus/dev60:  python3 build/pl_ushiku_minutes_1.py
Facts inside running text get their page from the layout engine below (the line the number is set on).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).parent))
from pl_common import Gold, check, kc, rate, zen  # noqa: E402

STEM = "pl_ushiku_minutes_1"
HERE = Path.cwd()
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
G = Gold(STEM, "minutes", "minutes", "牛久市", "令和7年度第2回牛久市債権管理対策委員会 会議録", "2026-01-27",
         "令和8年1月27日")
fontG = pymupdf.Font(fontfile=FONT_G)
fontM = pymupdf.Font(fontfile=FONT_M)

W, H = 595.28, 841.89
LM, RM, TM, BM = 62, 62, 64, 70

doc = pymupdf.open()


class Layout:
    def __init__(self):
        self.page = None
        self.pno = 0
        self.y = 0
        self.new_page()

    def new_page(self):
        if self.page is not None:
            self.footer()
        self.page = doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="G", fontfile=FONT_G)
        self.page.insert_font(fontname="M", fontfile=FONT_M)
        self.pno += 1
        self.y = TM

    def footer(self):
        s = f"- {self.pno} -"
        self.page.insert_text((W / 2 - fontM.text_length(s, 9) / 2, H - 40), s, fontname="M", fontsize=9)

    def ensure(self, h):
        if self.y + h > H - BM:
            self.new_page()

    def text(self, x, s, size=10.5, font="M", right=None, y=None):
        fnt = fontG if font == "G" else fontM
        if right is not None:
            x = right - fnt.text_length(s, size)
        self.page.insert_text((x, (y or self.y) + size), s, fontname=font, fontsize=size)

    def para(self, s, size=10.5, indent=0, first=0, font="M", lead=1.6, facts=(), after=2):
        """Wrap s into lines; set the page of each fact in `facts` from the line its raw starts on."""
        fnt = fontG if font == "G" else fontM
        x0 = LM + indent
        maxw = W - RM - x0
        lines, cur, w, pos = [], "", 0, 0
        lstart = 0
        for ch in s:
            cw = fnt.text_length(ch, size)
            avail = maxw - (first if not lines else 0)
            if cur and w + cw > avail and not (ch in "、。）」" and w + cw <= avail + size):
                NUM = "0123456789,.０１２３４５６７８９，．"
                carry = ""
                if ch in NUM:
                    while cur and cur[-1] in NUM:
                        carry = cur[-1] + carry
                        cur = cur[:-1]
                lines.append((cur, lstart, not lines))
                lstart = pos - len(carry)
                cur, w = carry, fnt.text_length(carry, size)
            cur += ch
            w += cw
            pos += 1
        if cur:
            lines.append((cur, lstart, not lines))
        line_pages = []
        for ln, st, isfirst in lines:
            self.ensure(size * lead)
            self.text(x0 + (first if isfirst else 0), ln, size, font)
            line_pages.append((st, st + len(ln), self.pno))
            self.y += size * lead
        self.y += after
        search = 0
        for fct in facts:
            off = s.find(fct["raw"], search)
            assert off >= 0, fct["raw"]
            search = off + len(fct["raw"])
            p0 = [p for a, b, p in line_pages if a <= off < b][0]
            p1 = [p for a, b, p in line_pages if a <= search - 1 < b][0]
            assert p0 == p1, f"raw split across pages: {fct['raw']}"
            fct["page"] = p0
        return line_pages


L = Layout()


def F(*a, **k):
    """Record a fact whose page is set later by the layout (page placeholder 0)."""
    G.f(0, *a, **k)
    return G.facts[-1]


def P(s_parts, **kw):
    """s_parts: list of str or fact dicts; prints the paragraph and pages the facts."""
    facts = [x for x in s_parts if isinstance(x, dict)]
    s = "".join(x["raw"] if isinstance(x, dict) else x for x in s_parts)
    L.para(s, facts=facts, **kw)
    return s


# ------------------------------------------------------------------ data (千円)
DEBTS = [("市税", "市税"), ("国民健康保険税", "国保税"), ("介護保険料", "介護保険料"), ("後期高齢者医療保険料", "後期高齢"),
         ("保育料", "保育料"), ("市営住宅使用料", "住宅使用料")]
# (prev cur_a, prev cur_rate, now cur_a, now cur_rate, prev arr_a, prev arr_rate, now arr_a, now arr_rate)
RAW = {
    "市税": (11824310, 78.07, 12012450, 78.42, 702340, 19.84, 668210, 21.07),
    "国民健康保険税": (2412380, 62.31, 2378920, 63.05, 721560, 15.72, 690830, 16.41),
    "介護保険料": (1712450, 80.12, 1745310, 80.36, 42310, 13.05, 40870, 13.88),
    "後期高齢者医療保険料": (845620, 81.44, 872110, 81.62, 6830, 28.31, 7120, 29.06),
    "保育料": (168240, 76.85, 161930, 77.41, 13870, 14.62, 12940, 15.87),
    "市営住宅使用料": (104380, 88.12, 103920, 88.65, 28410, 8.91, 27650, 9.64),
}
T = {}
for k, (pa, pr, na, nr, paa, par, naa, nar) in RAW.items():
    T[k] = {"prev": {"cur_a": pa, "cur_c": round(pa * pr / 100), "arr_a": paa, "arr_c": round(paa * par / 100)},
            "now": {"cur_a": na, "cur_c": round(na * nr / 100), "arr_a": naa, "arr_c": round(naa * nar / 100)}}
ASOF = {"prev": "2024-12-31", "now": "2025-12-31"}
FY = {"prev": 2024, "now": 2025}
RAWY = {"prev": "前年同期", "now": "今期"}


def tsum(per, key):
    return sum(T[k][per][key] for k in T)


allc = {per: (tsum(per, "cur_c"), tsum(per, "cur_a")) for per in T["市税"]}
alla = {per: (tsum(per, "arr_c"), tsum(per, "arr_a")) for per in T["市税"]}
allt = {per: (allc[per][0] + alla[per][0], allc[per][1] + alla[per][1]) for per in T["市税"]}

# ------------------------------------------------------------------ page 1 header
L.text(LM, "令和7年度第2回", 11, "G")
L.y += 20
t = "牛久市債権管理対策委員会 会議録"
L.text(W / 2 - fontG.text_length(t, 15) / 2, t, 15, "G")
L.y += 34


def item(label, body, size=10.5):
    L.text(LM, label, size, "G")
    L.para(body, size=size, indent=88)


item("１　開催日時", "令和8年1月27日（火）午後2時00分から午後3時25分まで")
item("２　開催場所", "牛久市役所 第1会議室")
item("３　開催方法", "対面（一部の委員はオンライン会議システムにより出席）")
L.text(LM, "４　出 席 者", 10.5, "G")
L.para("委員８名、事務局３名", indent=88)
ATT = [("委員長", ["副市長"]), ("副委員長", ["総務部長"]),
       ("委員", ["市民部長", "保健福祉部長", "子ども・若者部長", "建設部長", "上下水道部長", "教育部長"]),
       ("事務局", ["収納課長", "収納課長補佐", "収納課債権管理係長"])]
for role, titles in ATT:
    L.para(f"{role}：" + "・".join(titles), indent=100, first=0)
G.minutes = {"title": "令和7年度第2回牛久市債権管理対策委員会 会議録", "meeting_number": 2, "date": "2026-01-27",
             "method": "対面",
             "attendees": [{"role": r, "title": t_, "name": None} for r, ts in ATT for t_ in ts],
             "agenda": [], "materials": [], "statements": []}
AG = ["令和7年度債権管理の取組状況（令和7年12月末現在）について", "私債権の放棄及び不納欠損処理の予定について",
      "令和8年度債権管理実施計画の策定方針について"]
L.text(LM, "５　議　　題", 10.5, "G")
for i, a in enumerate(AG, 1):
    L.para(f"（{zen(i)}）{a}", indent=88)
G.minutes["agenda"] = AG
MAT = ["資料１　令和7年度債権別収納状況（12月末現在）", "資料２　債権放棄予定一覧", "資料３　令和8年度債権管理実施計画策定スケジュール"]
L.text(LM, "６　配付資料", 10.5, "G")
for m in MAT:
    L.para(m, indent=88)
G.minutes["materials"] = MAT
L.y += 4
L.text(LM, "７　会議の経過", 10.5, "G")
L.y += 18


def sec(title):
    L.ensure(40)
    L.para(title, font="G", indent=6, after=2)


def say(speaker, section, parts):
    """○speaker statement; parts = list of str / fact dicts."""
    facts = [x for x in parts if isinstance(x, dict)]
    body = "".join(x["raw"] if isinstance(x, dict) else x for x in parts)
    s = f"○{speaker}　" + body
    L.para(s, indent=6, first=0, facts=facts, after=4)
    G.minutes["statements"].append({"speaker": speaker, "section": section, "text": body})


def rz(x, nd=2):
    return zen(f"{x:.{nd}f}")


st = T["市税"]
r_now = rate(st["now"]["cur_c"], st["now"]["cur_a"])
r_prev = rate(st["prev"]["cur_c"], st["prev"]["cur_a"])
ra_now = rate(alla["now"][0], alla["now"][1])
rt_now, rt_prev = rate(*allt["now"]), rate(*allt["prev"])
kk = T["国民健康保険税"]
rk_now, rk_prev = rate(kk["now"]["cur_c"], kk["now"]["cur_a"]), rate(kk["prev"]["cur_c"], kk["prev"]["cur_a"])
O6 = 612_400_000  # 令和6年度決算 収入未済額（全債権）
O5 = 668_900_000

sec("（１）開会")
say("委員長", "開会", ["ただいまから令和7年度第2回牛久市債権管理対策委員会を開会する。本日は、12月末時点の収納状況の報告と、"
                     "債権放棄の予定について審議をお願いしたい。"])
sec(f"（２）議題{zen(1)}　{AG[0]}")
say("収納課長", AG[0], [
    "資料１により報告する。12月末現在の市税の現年分収納率は",
    F(rz(r_now) + "％", r_now, "percent", "collection_rate", 2025, "12月末", "current", "interim", "市税", "市税", as_of="2025-12-31"),
    "で、前年同月と比べ",
    F(zen(f"{r_now - r_prev:.2f}") + "ポイント", round(r_now - r_prev, 2), "points", "difference", 2025, "12月末", "current", "interim", "市税", "市税", as_of="2025-12-31"),
    "上昇した。全債権の滞納繰越分の収納率は",
    F(rz(ra_now) + "％", ra_now, "percent", "collection_rate", 2025, "12月末", "arrears", "interim", None, None, as_of="2025-12-31"),
    "で、各課の早期着手により前年同期を上回っている。全債権合計の収納率は",
    F(rz(rt_now) + "％", rt_now, "percent", "collection_rate", 2025, "12月末", "total", "interim", None, None, as_of="2025-12-31"),
    "となった。なお、令和6年度決算における全債権の収入未済額は",
    F("約6億1,240万円", O6, "yen", "outstanding", 2024, "令和6年度", "total", "actual", None, None, approx=True),
    "で、前年度から",
    F("約5,650万円", -(O5 - O6), "yen", "difference", 2024, "令和6年度", "total", "actual", None, None, approx=True),
    "の減少となっている。令和二年度に導入したコンビニ収納とスマートフォン決済の利用件数は、今年度も増加を続けている。"])
say("市民部長", AG[0], ["国民健康保険税の現年分は前年同期を上回っているが、滞納繰越分の見通しはどうか。"])
say("収納課長", AG[0], [
    "国民健康保険税の滞納繰越分は12月末で",
    F(rz(rate(kk['now']['arr_c'], kk['now']['arr_a'])) + "％", rate(kk["now"]["arr_c"], kk["now"]["arr_a"]), "percent", "collection_rate", 2025, "12月末", "arrears", "interim", "国民健康保険税", "国民健康保険税", as_of="2025-12-31"),
    "であり、前年同期の",
    F(rz(rate(kk['prev']['arr_c'], kk['prev']['arr_a'])) + "％", rate(kk["prev"]["arr_c"], kk["prev"]["arr_a"]), "percent", "collection_rate", 2024, "前年同期", "arrears", "interim", "国民健康保険税", "国民健康保険税", as_of="2024-12-31"),
    "を上回っている。1月から3月を滞納整理強化期間とし、預貯金調査に基づく差押えを集中的に行うことで、年度末には",
    F("２３．０％", 23.0, "percent", "collection_rate", 2025, "年度末", "arrears", "estimate", "国民健康保険税", "国民健康保険税", approx=True),
    "程度を見込んでいる。"])
say("保健福祉部長", AG[0], [
    "介護保険料は、普通徴収の現年分収納率が前年同期をやや上回った。滞納者数は",
    F("４１２人", 412, "persons", "delinquents", 2025, "12月末", "total", "interim", "介護保険料", "介護保険料", as_of="2025-12-31"),
    "で、前年同月から",
    F("18人", -18, "persons", "difference", 2025, "12月末", "total", "interim", "介護保険料", "介護保険料", as_of="2025-12-31"),
    "減少した。給付制限の案内を早期に送付し、分割納付の相談につなげている。"])
say("子ども・若者部長", AG[0], [
    "保育料は、現年分の収納率が",
    F(rz(rate(T['保育料']['now']['cur_c'], T['保育料']['now']['cur_a'])) + "％", rate(T["保育料"]["now"]["cur_c"], T["保育料"]["now"]["cur_a"]), "percent", "collection_rate", 2025, "12月末", "current", "interim", "保育料", "保育料", as_of="2025-12-31"),
    "で、前年同期を上回った。2023年度から実施している児童手当からの申出徴収を引き続き活用する。"])
say("建設部長", AG[0], ["市営住宅使用料について、退去者の滞納家賃の回収が進んでいないと聞くが、対応はどうか。"])
say("収納課長", AG[0], ["退去者分は所在不明の事案が多く、住民票の調査を行った上で、回収の見込みがないものは債権放棄の対象として次の議題で審議をお願いしたい。"])
sec(f"（３）議題{zen(2)}　{AG[1]}")
say("収納課長", AG[1], [
    "資料２のとおり、市営住宅使用料及び生活保護費返還金について、債権管理条例に基づき放棄する予定の債権は合計23件である。"
    "令和7年度末に不納欠損として処理する予定額は",
    F("1,847,260円", 1847260, "yen", "written_off", 2025, "令和7年度末", "total", "estimate", None, None),
    "で、このうち市営住宅使用料は",
    F("1,102,400円", 1102400, "yen", "written_off", 2025, "令和7年度末", "total", "estimate", "市営住宅使用料", "市営住宅使用料"),
    "である。"])
say("副委員長", AG[1], ["放棄の判断に当たっては、相続人調査の結果を記録として残すよう徹底してほしい。"])
say("収納課長", AG[1], ["各所管課に調査記録の様式を示し、提出を求めることとする。"])
say("委員長", AG[1], ["債権放棄の予定については、資料２のとおり了承することとしたい。（異議なし）"])
sec(f"（４）議題{zen(3)}　{AG[2]}")
say("収納課長", AG[2], ["資料３のとおり、各所管課から2月末までに目標収納率と取組内容の案を提出いただき、3月の第3回委員会で計画案を審議する予定である。"])
say("上下水道部長", AG[2], ["下水道使用料は今回の資料に含まれていないが、収入未済額も一定程度あるため、来年度から計画の対象に加えるべきではないか。"])
say("収納課長", AG[2], ["令和8年度の実施計画から、下水道使用料を対象債権に加える方向で所管課と調整する。"])
say("委員長", AG[2], ["年度末に向けて、各部とも収入未済額の縮減に一層取り組んでいただきたい。以上で本日の委員会を閉会する。"])
L.para("（午後3時25分閉会）", indent=300, after=4)
L.text(LM, "８　次回開催", 10.5, "G")
L.para("令和8年3月下旬（第3回、令和8年度債権管理実施計画（案）の審議）", indent=88)

# ------------------------------------------------------------------ 別表 (new page, no ruling lines)
L.y += 24
L.ensure(160)
L.text(LM, "別表１　主な債権の収納状況（令和7年12月末現在）", 11, "G")
L.text(LM, "（単位：千円、％）", 9, right=W - RM)
L.y += 22
cols_x = [LM, LM + 78]
NUMR = [LM + 180, LM + 240, LM + 276, LM + 342, LM + 402, LM + 438, LM + 471]


def table_header(cont=False):
    if cont:
        L.text(LM, "別表１（続き）", 9, "G")
        L.y += 14
    L.text(LM + 190, "前年同期", 9, "G")
    L.text(LM + 355, "今　期", 9, "G")
    L.y += 13
    for x, h in zip(NUMR, ["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率", "差"]):
        L.text(0, h, 9, "G", right=x)
    L.text(LM, "債権名", 9, "G")
    L.text(cols_x[1], "区分", 9, "G")
    L.y += 15


def row_break():
    if L.y + 14 > H - BM:
        L.new_page()
        table_header(cont=True)
        return True
    return False


table_header()
for full, short in DEBTS:
    for seg, lab, am, cm in (("current", "現年分", "cur_a", "cur_c"), ("arrears", "滞繰分", "arr_a", "arr_c")):
        if row_break() or seg == "current":
            L.text(LM, short, 9)
        L.text(cols_x[1], lab, 9)
        vals = []
        for per in ("prev", "now"):
            d = T[full][per]
            r = rate(d[cm], d[am])
            vals += [G.f(L.pno, kc(d[am]), d[am] * 1000, "yen", "assessed", FY[per], RAWY[per], seg, "interim", full, short, as_of=ASOF[per]),
                     G.f(L.pno, kc(d[cm]), d[cm] * 1000, "yen", "collected", FY[per], RAWY[per], seg, "interim", full, short, as_of=ASOF[per]),
                     G.f(L.pno, f"{r:.2f}", r, "percent", "collection_rate", FY[per], RAWY[per], seg, "interim", full, short, as_of=ASOF[per])]
        dlt = round(float(vals[5]) - float(vals[2]), 2)
        vals.append(G.f(L.pno, ("▲" if dlt < 0 else "") + f"{abs(dlt):.2f}", dlt, "points", "difference", 2025, "今期", seg, "interim", full, short, as_of=ASOF["now"]))
        for x, v in zip(NUMR, vals):
            L.text(0, v, 9, right=x)
        L.y += 14
    L.y += 3
for seg, lab, src in (("current", "現年分", allc), ("arrears", "滞繰分", alla), ("total", "計", allt)):
    if row_break() or seg == "current":
        L.text(LM, "合計", 9, "G")
    L.text(cols_x[1], lab, 9)
    vals = []
    for per in ("prev", "now"):
        c, a = src[per]
        r = rate(c, a)
        vals += [G.f(L.pno, kc(a), a * 1000, "yen", "assessed", FY[per], RAWY[per], seg, "interim", None, "合計", as_of=ASOF[per]),
                 G.f(L.pno, kc(c), c * 1000, "yen", "collected", FY[per], RAWY[per], seg, "interim", None, "合計", as_of=ASOF[per]),
                 G.f(L.pno, f"{r:.2f}", r, "percent", "collection_rate", FY[per], RAWY[per], seg, "interim", None, "合計", as_of=ASOF[per])]
    dlt = round(float(vals[5]) - float(vals[2]), 2)
    vals.append(G.f(L.pno, ("▲" if dlt < 0 else "") + f"{abs(dlt):.2f}", dlt, "points", "difference", 2025, "今期", seg, "interim", None, "合計", as_of=ASOF["now"]))
    for x, v in zip(NUMR, vals):
        L.text(0, v, 9, right=x)
    L.y += 14
L.y += 4
indiv = 5123470
L.para("※1 前年同期は令和6年12月末、今期は令和7年12月末の累計。差は今期－前年同期の収納率（ポイント、▲は低下）。", size=8, after=0)
fn = G.f(0, kc(indiv) + "千円", indiv * 1000, "yen", "assessed", 2025, "今期", "current", "interim", "個人市民税", "個人市民税", as_of="2025-12-31")
L.para("※2 市税の現年分調定額のうち、個人市民税分 " + fn, size=8, facts=[G.facts[-1]], after=0)
L.para("※3 国保税＝国民健康保険税、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料", size=8, after=8)

# 【収納率】 box with segment bullets
L.ensure(90)
box_y = L.y
L.y += 6
L.text(LM + 8, "【収納率】令和7年12月末時点（全債権）", 10, "G")
L.y += 17
for seg, lab, src in (("current", "現年分", allc), ("arrears", "滞繰分", alla), ("total", "全体", allt)):
    r = rate(*src["now"])
    raw = G.f(L.pno, f"{r:.2f}％", r, "percent", "collection_rate", 2025, "令和7年12月末", seg, "interim", None, None, as_of="2025-12-31")
    L.text(LM + 16, f"・{lab}　{raw}", 10)
    L.y += 15
L.page.draw_rect(pymupdf.Rect(LM, box_y, LM + 240, L.y + 4), color=(0, 0, 0), width=0.7)
# 【参考】 box beside
ry = box_y + 6
L.text(LM + 262, "【参考】令和6年度決算（全債権）", 10, "G", y=ry)
ref = [("収入未済額", G.f(L.pno, "約6億1,240万円", O6, "yen", "outstanding", 2024, "令和6年度", "total", "actual", None, None, approx=True)),
       ("不納欠損額", G.f(L.pno, "約3,410万円", 34_100_000, "yen", "written_off", 2024, "令和6年度", "total", "actual", None, None, approx=True)),
       ("収納率", G.f(L.pno, "95.87％", 95.87, "percent", "collection_rate", 2024, "令和6年度", "total", "actual", None, None))]
for i, (lab, v) in enumerate(ref):
    L.text(LM + 270, f"・{lab}：{v}", 10, y=ry + 17 + 15 * i)
L.page.draw_rect(pymupdf.Rect(LM + 254, box_y, W - RM, L.y + 4), color=(0, 0, 0), width=0.7)
L.y += 22

# bar chart: 市税 現年分 12月末収納率 R3..R7
L.ensure(230)
L.text(LM, "別表２　市税現年分収納率の推移（各年度12月末時点、単位：％）", 10, "G")
L.y += 20
CH = {2021: 77.12, 2022: 77.58, 2023: 77.81, 2024: r_prev, 2025: r_now}
base_y = L.y + 150
L.page.draw_line((LM + 20, base_y), (LM + 380, base_y), color=(0, 0, 0), width=0.8)
for j, (y, v) in enumerate(CH.items()):
    h = (v - 76) * 50
    x = LM + 50 + j * 66
    L.page.draw_rect(pymupdf.Rect(x, base_y - h, x + 34, base_y), color=None, fill=(0.45, 0.6, 0.78))
    raw = G.f(L.pno, f"{v:.2f}", v, "percent", "collection_rate", y, f"R{y - 2018}", "current", "interim", "市税", "市税",
              as_of=f"{y}-12-31")
    L.text(x + 17 - fontM.text_length(raw, 8.5) / 2, raw, 8.5, y=base_y - h - 13)
    lab = f"R{y - 2018}"
    L.text(x + 17 - fontM.text_length(lab, 8.5) / 2, lab, 8.5, y=base_y + 4)
L.text(LM, "76", 8, y=base_y - 6)
L.y = base_y + 24
L.para("出典：収納課調べ（各年度12月末の累計収入済額を当該年度の現年分調定額で除したもの）", size=8)
L.footer()

# fix page numbers of facts set via F (page 0 placeholders must all be set)
assert all(x["page"] for x in G.facts), [x for x in G.facts if not x["page"]]
doc.subset_fonts()
pdf = HERE / "pdf" / f"{STEM}.pdf"
doc.save(pdf, garbage=4, deflate=True)
out = G.write(pdf, HERE / "gold")
bad = check(pdf, out)
print(STEM, "pages", out["source"]["pages"], "facts", len(out["facts"]), "inits", len(out["initiatives"]),
      "statements", len(G.minutes["statements"]))
for b in bad:
    print("MISSING", b)
