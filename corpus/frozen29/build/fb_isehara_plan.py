"""第３次伊勢原市債権管理推進計画（推進シート） -> PyMuPDF direct drawing."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf as fitz

from fb_common import FONT_GOTHIC, FONT_MINCHO, WORK, c, fact, finish, initiative, zd, zen

STEM = "fb_isehara_plan_1"
CITY = "伊勢原市"
TITLE = "第３次伊勢原市債権管理推進計画"
W, H = 595, 842
L, R = 42, 553
G, M = "ipag", "ipam"

# ------------------------------------------------------------------ drawing helpers
class Pg:
    def __init__(self, doc, no):
        self.p = doc.new_page(width=W, height=H)
        self.p.insert_font(fontname=G, fontfile=FONT_GOTHIC)
        self.p.insert_font(fontname=M, fontfile=FONT_MINCHO)
        self.no = no
        self.p.insert_text((L, 28), "第３次伊勢原市債権管理推進計画", fontname=M, fontsize=7.5, color=(0.3, 0.3, 0.3))
        self.p.draw_line((L, 32), (R, 32), color=(0.5, 0.5, 0.5), width=0.4)
        s = f"－ {no} －"
        self.p.insert_text((W / 2 - fitz.get_text_length(s, fontsize=9) / 2, H - 24), s, fontname=G, fontsize=9)

    def text(self, x, y, s, size=10, font=M, color=(0, 0, 0)):
        self.p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def box(self, rect, s, size=9, font=M, align=0, fill=None, border=True, pad=2.5, width=0.6, valign="middle"):
        r = fitz.Rect(rect)
        if fill is not None or border:
            self.p.draw_rect(r, color=(0, 0, 0) if border else None, fill=fill, width=width)
        if not s:
            return
        inner = fitz.Rect(r.x0 + pad, r.y0 + pad - 0.5, r.x1 - pad, r.y1 - pad + 2)
        sz = size
        while sz > 4:
            # measure by a dry run on a scratch page
            tmp = fitz.open(); tp = tmp.new_page(width=W, height=H)
            tp.insert_font(fontname=font, fontfile=FONT_GOTHIC if font == G else FONT_MINCHO)
            rest = tp.insert_textbox(inner, s, fontname=font, fontsize=sz, align=align)
            tmp.close()
            if rest >= 0:
                break
            sz -= 0.5
        used = inner.height - rest
        if valign == "middle" and rest > 0:
            inner = fitz.Rect(inner.x0, inner.y0 + rest / 2, inner.x1, inner.y1)
        self.p.insert_textbox(inner, s, fontname=font, fontsize=sz, align=align)

    def vtext(self, rect, s, size=9, fill=None):
        """one character per line (縦書き風の見出しセル)."""
        self.box(rect, "\n".join(s), size=size, font=G, align=1, fill=fill)


GREY = (0.85, 0.85, 0.85)
PALE = (0.93, 0.95, 0.98)

# ------------------------------------------------------------------ data
# 5 years: (現年調定, 現年収入済, 滞繰調定, 滞繰収入済, 不納欠損, 滞納者数)
SHEETS = [
    dict(key="市税", raw="市税", dept="収税課", kind="【強制徴収公債権】時効期間：５年",
         about="地方税法及び伊勢原市市税条例に基づき賦課徴収する個人・法人市民税、固定資産税、軽自動車税等",
         years=[("R元", 2019), ("R2", 2020), ("R3", 2021), ("R4", 2022), ("R5", 2023)], yfmt="short", unit_pct=False,
         deln=("滞納者数（人）", "delinquents", "persons"),
         data=[(15804126510, 15620118430, 1102480612, 268340715, 58211240, 4213),
               (15612880440, 15408912260, 1001866104, 275204118, 52118330, 3986),
               (15920446180, 15748118906, 932614820, 269874530, 47330118, 3702),
               (16104382210, 15944816550, 860128440, 262115890, 40226580, 3455),
               (16288104630, 16136918214, 799812360, 258443120, 36100418, 3218)],
         targets=[(99.10, 33.00, 620000000), (99.15, 34.00, 585000000), (99.20, 35.00, 550000000),
                  (99.25, 36.00, 520000000), (99.30, 37.00, 490000000)],
         items=[("滞納抑制", [("納期内納付の促進のため、スマートフォン決済及びＷｅｂ口座振替受付を周知する。", "継続"),
                           ("現年課税分の未納者に対し、納期限後３０日以内に文書催告及び電話催告を行う。", "拡充"),
                           ("特別徴収義務者の指定を徹底し、普通徴収からの切替えを進める。", "継続")]),
                ("徴収強化", [("電子預貯金照会を活用し、財産調査から差押えまでの期間を短縮する。", "新規"),
                           ("神奈川県地方税徴収対策推進協議会と連携し、高額・困難事案の共同催告を行う。", "継続")])]),
    dict(key="国民健康保険料", raw="国民健康保険税", dept="保険年金課", kind="【強制徴収公債権】時効期間：５年",
         about="国民健康保険法第７６条及び地方税法第７０３条の４に基づき、世帯主に課する目的税",
         years=[("令和元年度", 2019), ("令和２年度", 2020), ("令和３年度", 2021), ("令和４年度", 2022), ("令和５年度", 2023)],
         yfmt="long", unit_pct=True,
         deln=("滞納世帯数（世帯）", "delinquents", "households"),
         data=[(2884126340, 2680440118, 1180226410, 244108226, 121884310, 2816),
               (2812460180, 2624118302, 1084420660, 236880412, 110226840, 2651),
               (2780118440, 2601884016, 1002156300, 231004488, 98116204, 2497),
               (2698440610, 2536118226, 938440812, 226118450, 90664108, 2380),
               (2654218800, 2502860118, 874120330, 219440806, 84120016, 2254)],
         targets=[(94.40, 25.50, 690000000), (94.60, 26.00, 660000000), (94.80, 26.50, 630000000),
                  (95.00, 27.00, 600000000), (95.20, 27.50, 575000000)],
         items=[("滞納抑制", [("資格取得時に口座振替を原則とし、窓口で申込みを受け付ける。", "継続"),
                           ("納付相談時に軽減・減免制度を案内し、滞納の発生を防ぐ。", "継続")]),
                ("徴収強化", [("資格喪失世帯への催告を四半期ごとに行う。", "新規"),
                           ("滞納処分の執行停止の判断基準を整備し、回収困難案件を適正に整理する。", "拡充")])]),
    dict(key="住宅使用料", raw="市営住宅使用料", dept="建築住宅課", kind="【私債権】時効期間：５年（民法第１６６条）",
         about="伊勢原市営住宅条例に基づく家賃及び駐車場使用料（公営住宅法による家賃決定を含む）",
         years=[("2019年度", 2019), ("2020年度", 2020), ("2021年度", 2021), ("2022年度", 2022), ("2023年度", 2023)],
         yfmt="west", unit_pct=True,
         deln=("滞納者数（人）", "delinquents", "persons"),
         data=[(318406200, 306118400, 52880116, 7204300, 1984500, 96),
               (316220400, 304880200, 48102600, 7410100, 1620800, 91),
               (312884100, 302006800, 44218900, 7108800, 1204600, 84),
               (310116800, 300218600, 40914300, 6904200, 980400, 79),
               (308440200, 299104800, 37888400, 6802100, 866200, 72)],
         targets=[(97.10, 19.00, 31000000), (97.20, 20.00, 29000000), (97.30, 21.00, 27000000),
                  (97.40, 22.00, 25500000), (97.50, 23.00, 24000000)],
         items=[("滞納抑制", [("入居時説明会で口座振替の利用を案内し、申込書の提出を求める。", "継続"),
                           ("収入の減少した世帯に家賃減免制度を周知する。", None)]),
                ("徴収強化", [("滞納３か月以上の入居者に連帯保証人と連名の催告書を送付する。", "継続"),
                           ("退去滞納者に対し、支払督促の申立てを計画的に行う。", "拡充")])]),
]
TARGET_YEARS = [("令和７年度", 2025), ("令和８年度", 2026), ("令和９年度", 2027), ("令和10年度", 2028), ("令和11年度", 2029)]

# 特定債権以外 (千円), R5: 調定, 収入済, 不納欠損 ; R4 収入未済
OTHERS = [
    ("学校給食費", 412880, 409114, 120, 4106),
    ("児童扶養手当返還金", 6220, 1804, 0, 4380),
    ("生活保護費返還金", 38440, 9120, 1102, 29904),
    ("介護保険料", 1588120, 1570442, 2880, 15120),
    ("後期高齢者医療保険料", 1104880, 1101226, 410, 3660),
    ("放課後児童クラブ負担金", 48226, 47880, 0, 388),
    ("下水道使用料", 1268440, 1261006, 1204, 6880),
    ("公共下水道受益者負担金", 22106, 21330, 0, 0),
    ("災害援護資金貸付金", 3200, 420, 0, 3010),
    ("道路占用料", 41880, 41880, 0, 226),
]


def rate(a, b):
    return round(b / a * 100 + 1e-9, 2)


def fy_raw(label, fmt, fy):
    return {"short": label, "long": f"{label}({fy}年度)", "west": label}[fmt]


def build():
    doc = fitz.open()
    facts, inits = [], []

    # ============================================================ page 1: 計画の概要
    pg = Pg(doc, 1)
    p = pg
    p.text(L, 70, TITLE, 17, G)
    p.text(L, 92, "（令和７年度～令和１１年度）", 11, G)
    p.text(R - 150, 92, "令和７年３月　伊勢原市", 10, M)
    p.p.draw_line((L, 100), (R, 100), width=1.2)
    y = 124
    d5, d4 = SHEETS[0]["data"][4], SHEETS[0]["data"][3]
    t5, t4 = rate(d5[0] + d5[2], d5[1] + d5[3]), rate(d4[0] + d4[2], d4[1] + d4[3])
    dpt = round(t5 - t4, 2)
    lines = [
        ("１　計画の概要", G, 11.5, 0),
        ("（１）策定の趣旨", G, 10.5, 10),
        ("本市では、令和２年度から令和６年度までを期間とする第２次計画に基づき、全庁的な債権管理の適正化に取り", M, 10, 20),
        ("組んできた。令和５年度決算における本市の収入未済額は約１８億６，４００万円で、前年度から約１億２，１００", M, 10, 20),
        ("万円減少した。一方、市税以外の債権では収入未済額が横ばいのものも多く、一層の取組が求められている。", M, 10, 20),
        ("（２）計画の期間", G, 10.5, 10),
        ("令和７年度から令和１１年度までの５年間とする。", M, 10, 20),
        ("（３）対象とする債権", G, 10.5, 10),
        ("ア　特定債権　収入未済額が多額な次の３債権（以下「特定債権」という。）について、推進シートを作成する。", M, 10, 20),
        ("　　市税、国民健康保険税、市営住宅使用料", M, 10, 20),
        ("イ　その他の債権　特定債権以外の債権は、５のとおり状況を把握し、所管課が個別に管理する。", M, 10, 20),
        ("（４）第２次計画の成果", G, 10.5, 10),
        (f"令和５年度の市税の収納率は{zen(f'{t5:.2f}')}％で、前年度比{zen(f'{dpt:.2f}')}ポイント増となった。第２次計画で掲げた目標の", M, 10, 20),
        ("達成状況は次表のとおりである（達成率＝実績÷目標×１００）。", M, 10, 20),
    ]
    for s, f, sz, ind in lines:
        p.text(L + ind, y, s, sz, f)
        y += 17 if f == M else 19
    # city-wide figures in text
    facts += [
        fact(None, None, 2023, "令和５年度", "total", "outstanding", "actual", 1864000000, "yen", "約１８億６，４００万円", 1, approx=True),
        fact(None, None, 2023, "令和５年度", "total", "difference", "actual", -121000000, "yen", "約１億２，１００万円", 1, approx=True),
        fact("市税", "市税", 2023, "令和５年度", "total", "collection_rate", "actual", t5, "percent", zen(f"{t5:.2f}") + "％", 1),
        fact("市税", "市税", 2023, "令和５年度", "total", "difference", "actual", dpt, "points", zen(f"{dpt:.2f}") + "ポイント", 1),
    ]
    # 目標 | 実績 | 達成率 per year (variation 35)
    y += 4
    p.text(L, y, "表　第２次計画の目標と実績（合計収納率）", 10, G)
    p.text(R - 60, y, "（単位：％）", 8, M)
    y += 6
    yrs = [("令和３年度", 2021), ("令和４年度", 2022), ("令和５年度", 2023)]
    def tot_rate(sh, fy):
        for (yl, f), d in zip(sh["years"], sh["data"]):
            if f == fy:
                return rate(d[0] + d[2], d[1] + d[3])
    tgt_off = {"市税": (0.10, 0.05, -0.08), "国民健康保険税": (0.40, -0.20, -0.10), "市営住宅使用料": (0.50, 0.30, 0.10)}
    res = {}
    for sh in SHEETS:
        acts = [tot_rate(sh, fy) for _, fy in yrs]
        res[sh["raw"]] = [(round(a + o, 2), a) for a, o in zip(acts, tgt_off[sh["raw"]])]
    keys = {"市税": "市税", "国民健康保険税": "国民健康保険料", "市営住宅使用料": "住宅使用料"}
    x0, wlab, wc = L, 95, (R - L - 95) / 9
    p.box((x0, y, x0 + wlab, y + 32), "債権名", 9, G, 1, GREY)
    for i, (yl, _) in enumerate(yrs):
        p.box((x0 + wlab + 3 * i * wc, y, x0 + wlab + 3 * (i + 1) * wc, y + 16), yl, 9, G, 1, GREY)
        for j, h in enumerate(["目標", "実績", "達成率"]):
            p.box((x0 + wlab + (3 * i + j) * wc, y + 16, x0 + wlab + (3 * i + j + 1) * wc, y + 32), h, 8.5, G, 1, GREY)
    y += 32
    for name, vals in res.items():
        p.box((x0, y, x0 + wlab, y + 18), name, 9, M, 0)
        for i, ((tg, ac), (yl, fy)) in enumerate(zip(vals, yrs)):
            ach = round(ac / tg * 100 + 1e-9, 1)
            for j, s in enumerate([f"{tg:.2f}", f"{ac:.2f}", f"{ach:.1f}"]):
                p.box((x0 + wlab + (3 * i + j) * wc, y, x0 + wlab + (3 * i + j + 1) * wc, y + 18), s, 9, M, 2)
            facts.append(fact(keys[name], name, fy, yl, "total", "collection_rate", "target", tg, "percent", f"{tg:.2f}", 1))
            facts.append(fact(keys[name], name, fy, yl, "total", "collection_rate", "actual", ac, "percent", f"{ac:.2f}", 1))
        y += 18
    # reconcile: 市税 R5 actual printed both in text and table (same page) — both kept (two printed numbers)
    y += 16
    p.text(L, y, "（５）計画の進め方", G, 10.5) if False else p.text(L + 10, y, "（５）計画の進め方", 10.5, G)
    y += 19
    for s in ["債権管理推進会議（会長：副市長）において、毎年度、推進シートに基づき目標の達成状況を確認し、",
              "取組内容を見直す（ＰＤＣＡサイクル）。達成状況は翌年度の９月までに市ホームページで公表する。"]:
        p.text(L + 20, y, s, 10, M)
        y += 17

    # ============================================================ pages 2-4: 推進シート
    for si, sh in enumerate(SHEETS):
        no = 2 + si
        p = Pg(doc, no)
        key, raw = sh["key"], sh["raw"]
        p.text(L, 58, "債権管理推進シート", 14, G)
        p.box((R - 92, 44, R, 62), f"シート番号　{zd(si + 1)}", 9, G, 1)
        # label / value box (one-row table)
        y = 70
        cols = [(L, 70, "債権名", True), (L + 70, 230, raw, False), (L + 300, 70, "所管課", True), (L + 370, R - L - 370, sh["dept"], False)]
        for x, w, s, hd in cols:
            p.box((x, y, x + w, y + 22), s, 10.5 if not hd else 9.5, G, 1 if hd else 0, GREY if hd else None)
        y += 36
        p.text(L, y, "１　債権の概要", 10.5, G)
        y += 6
        p.box((L, y, R, y + 34), sh["kind"] + "\n" + sh["about"], 9, M, 0, None, True, pad=4)
        y += 50
        unit = "（単位：円）"
        p.text(L, y, "２　直近５か年の収納状況", 10.5, G)
        p.text(R - 55, y, unit, 8, M)
        y += 6
        wv, wl = 26, 70
        wc = (R - L - wv - wl) / 5
        hh = 28 if sh["yfmt"] == "long" else 18
        p.box((L, y, L + wv + wl, y + hh), "区　分", 9, G, 1, GREY)
        for i, (yl, fy) in enumerate(sh["years"]):
            lab = f"{yl}\n({fy}年度)" if sh["yfmt"] == "long" else yl
            p.box((L + wv + wl + i * wc, y, L + wv + wl + (i + 1) * wc, y + hh), lab, 8.5, G, 1, GREY)
        y += hh
        rh = 15
        pct = "%" if not sh["unit_pct"] else ""
        rate_lab = "収納率" if not sh["unit_pct"] else "収納率（％）"
        rows_spec = []
        for seg, segj in (("current", "現年"), ("arrears", "滞納繰越"), ("total", "計")):
            p.vtext((L, y, L + wv, y + 3 * rh), segj, 8.5, PALE)
            for k, (lab, met) in enumerate((("調定額", "assessed"), ("収入済額", "collected"), (rate_lab, "collection_rate"))):
                yy = y + k * rh
                p.box((L + wv, yy, L + wv + wl, yy + rh), lab, 8.5, M, 0)
                for i, ((yl, fy), d) in enumerate(zip(sh["years"], sh["data"])):
                    ca, cc, aa, ac, wo, dl = d
                    a, b = {"current": (ca, cc), "arrears": (aa, ac), "total": (ca + aa, cc + ac)}[seg]
                    if met == "collection_rate":
                        v = rate(a, b); s = f"{v:.2f}{pct}"; unitv = "percent"
                    else:
                        v = a if met == "assessed" else b; s = c(v); unitv = "yen"
                    p.box((L + wv + wl + i * wc, yy, L + wv + wl + (i + 1) * wc, yy + rh), s, 8.5, M, 2)
                    facts.append(fact(key, raw, fy, fy_raw(yl, sh["yfmt"], fy), seg, met, "actual", v, unitv, s, no))
            y += 3 * rh
        for lab, met in (("不納欠損額", "written_off"), ("収入未済額", "outstanding"), (sh["deln"][0], "delinquents")):
            p.box((L, y, L + wv + wl, y + rh), lab, 8.5, M, 0, PALE)
            for i, ((yl, fy), d) in enumerate(zip(sh["years"], sh["data"])):
                ca, cc, aa, ac, wo, dl = d
                if met == "written_off":
                    v, u = wo, "yen"
                elif met == "outstanding":
                    v, u = ca + aa - cc - ac - wo, "yen"
                else:
                    v, u = dl, sh["deln"][2]
                s = c(v)
                p.box((L + wv + wl + i * wc, y, L + wv + wl + (i + 1) * wc, y + rh), s, 8.5, M, 2)
                facts.append(fact(key, raw, fy, fy_raw(yl, sh["yfmt"], fy), "total", met, "actual", v, u, s, no))
            y += rh
        # 目標 (metric in the row header, years across)
        y += 16
        p.text(L, y, "３　目標", 10.5, G)
        y += 6
        p.box((L, y, L + wv + wl, y + 18), "", 9, G, 1, GREY)
        for i, (yl, fy) in enumerate(TARGET_YEARS):
            p.box((L + wv + wl + i * wc, y, L + wv + wl + (i + 1) * wc, y + 18), yl, 8.5, G, 1, GREY)
        y += 18
        trow = [("現年　収入率(%)", "current", "collection_rate"), ("滞納繰越　収入率(%)", "arrears", "collection_rate"),
                ("収入未済の目標額(円)\n（現年＋滞納繰越）", "total", "outstanding")]
        for k, (lab, seg, met) in enumerate(trow):
            hgt = 26 if "\n" in lab else 16
            p.box((L, y, L + wv + wl, y + hgt), lab, 8, M, 0, PALE)
            for i, ((yl, fy), t) in enumerate(zip(TARGET_YEARS, sh["targets"])):
                v = t[k]
                s = f"{v:.2f}%" if met == "collection_rate" else c(v) + " 円"
                p.box((L + wv + wl + i * wc, y, L + wv + wl + (i + 1) * wc, y + hgt), s, 8.5, M, 2)
                facts.append(fact(key, raw, fy, yl, seg, met, "target", v, "percent" if met == "collection_rate" else "yen",
                                  s, no))
            y += hgt
        # 取組 box
        y += 16
        p.text(L, y, "４　目標実現に向けた取組", 10.5, G)
        y += 6
        body = []
        for gi, (gname, its) in enumerate(sh["items"], 1):
            body.append(f"（{zd(gi)}）{gname}の方策")
            for k, (t, tag) in enumerate(its):
                lab = "アイウエオ"[k]
                body.append(f"　{lab}　{t}" + (f"【{tag}】" if tag else ""))
                inits.append(initiative(key, 2025, f"{gname}の方策", f"({gi}){lab}", t + (f"【{tag}】" if tag else ""), tag, no))
        box_h = 16 + 13 * len(body) + 12 * sum(1 for b in body if len(b) > 56)
        p.box((L, y, R, min(y + box_h, H - 50)), "\n".join(body), 9, M, 0, None, True, pad=6, valign="top")

    # ============================================================ page 5: no-debt table after debt pages
    no = 2 + len(SHEETS)
    p = Pg(doc, no)
    p.text(L, 60, "５　特定債権以外の債権の状況", 12, G)
    y = 80
    p.text(L, y, "令和５年度決算（前年度比は収入未済額の増減）", 9.5, M)
    p.text(R - 55, y, "（単位：千円）", 8, M)
    y += 6
    hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(%)", "前年度比"]
    ws = [128, 62, 62, 55, 62, 52, 90]
    x = L
    for h, w in zip(hdr, ws):
        p.box((x, y, x + w, y + 20), h, 8.5, G, 1, GREY)
        x += w
    y += 20
    tot = [0, 0, 0, 0, 0]
    for i, (name, a, b, wo, prev_out) in enumerate(OTHERS):
        out = a - b - wo
        d = out - prev_out
        dstr = "皆減" if out == 0 and prev_out > 0 else ("皆増" if prev_out == 0 and out > 0 else c(d))
        if out == 0 and prev_out == 0:
            dstr = "－"
        rt = rate(a, b)
        vals = [name, c(a), c(b), c(wo) if wo else "－", c(out) if out else "－", f"{rt:.2f}", dstr]
        x = L
        for j, (s, w) in enumerate(zip(vals, ws)):
            p.box((x, y, x + w, y + 17), s, 8.5, M, 0 if j == 0 else 2, PALE if i % 2 else None)
            x += w
        fyr = "令和５年度"
        facts.append(fact(name, name, 2023, fyr, "total", "assessed", "actual", a * 1000, "yen", vals[1], no))
        facts.append(fact(name, name, 2023, fyr, "total", "collected", "actual", b * 1000, "yen", vals[2], no))
        if wo:
            facts.append(fact(name, name, 2023, fyr, "total", "written_off", "actual", wo * 1000, "yen", vals[3], no))
        if out:
            facts.append(fact(name, name, 2023, fyr, "total", "outstanding", "actual", out * 1000, "yen", vals[4], no))
        facts.append(fact(name, name, 2023, fyr, "total", "collection_rate", "actual", rt, "percent", vals[5], no))
        if dstr not in ("皆減", "皆増", "－"):
            facts.append(fact(name, name, 2023, fyr, "total", "difference", "actual", d * 1000, "yen", dstr, no))
        tot = [tot[0] + a, tot[1] + b, tot[2] + wo, tot[3] + out, tot[4] + prev_out]
        y += 17
    rt = rate(tot[0], tot[1])
    d = tot[3] - tot[4]
    vals = ["合　計", c(tot[0]), c(tot[1]), c(tot[2]), c(tot[3]), f"{rt:.2f}", c(d)]
    x = L
    for j, (s, w) in enumerate(zip(vals, ws)):
        p.box((x, y, x + w, y + 18), s, 8.5, G, 1 if j == 0 else 2, GREY, width=0.9)
        x += w
    for met, v, s in (("assessed", tot[0] * 1000, vals[1]), ("collected", tot[1] * 1000, vals[2]),
                      ("written_off", tot[2] * 1000, vals[3]), ("outstanding", tot[3] * 1000, vals[4])):
        facts.append(fact(None, "合計", 2023, "令和５年度", "total", met, "actual", v, "yen", s, no))
    facts.append(fact(None, "合計", 2023, "令和５年度", "total", "collection_rate", "actual", rt, "percent", vals[5], no))
    facts.append(fact(None, "合計", 2023, "令和５年度", "total", "difference", "actual", d * 1000, "yen", vals[6], no))
    y += 30
    notes = ["注１　介護保険料及び後期高齢者医療保険料は、第２次計画では特定債権としていたが、収納率が高い水準で",
             "　　　推移していることから、本計画では所管課による個別管理とする。",
             "注２　「皆減」は前年度の収入未済額が全額解消したもの、「皆増」は前年度に収入未済額がなかったもの。",
             "注３　△は減少を示す。"]
    for s in notes:
        p.text(L, y, s, 8.5, M)
        y += 14
    # 参考 box
    y += 14
    p.box((L, y, R, y + 92), "", 9, M, border=True, width=0.8)
    p.text(L + 8, y + 16, "【参考】債権管理推進会議の構成", 9.5, G)
    for k, s in enumerate(["会　長：副市長", "副会長：企画部長、総務部長",
                           "委　員：市民生活部長、保健福祉部長、子ども部長、都市部長、上下水道部長、教育部長",
                           "事務局：総務部収税課"]):
        p.text(L + 16, y + 34 + k * 15, "・" + s, 9, M)

    raw_pdf = WORK / f"{STEM}.pdf"
    doc.save(raw_pdf)
    doc.close()
    document = {"kind": "plan", "municipality": CITY, "title": TITLE + "（令和７年度～令和１１年度）",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    return finish(STEM, raw_pdf, document, facts, inits, meta={"title": TITLE, "author": "伊勢原市総務部収税課"})


if __name__ == "__main__":
    build()
