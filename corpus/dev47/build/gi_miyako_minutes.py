"""gi_miyako_minutes_1: 令和７年度第２回みやこ町債権管理対策委員会 会議録 (kind minutes).

Tool chain: PyMuPDF drawing directly (own line breaking, tables drawn with lines), fonts subset.
Run from corpus/dev47:  python3 build/gi_miyako_minutes.py
All names and figures are invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gi_common import GOTHIC, MINCHO, PDF_DIR, Gold, comma, rate, tri, zen  # noqa: E402

STEM = "gi_miyako_minutes_1"
TITLE = "令和７年度第２回みやこ町債権管理対策委員会 会議録"
G = Gold(STEM, "minutes", "minutes", "みやこ町", TITLE, "2025-11-20", "令和７年11月20日")
ASOF, ASOF_PREV = "2025-09-30", "2024-09-30"

# ------------------------------------------------------------------ data (yen, 9月末 interim)
# key: name, canon, cur_a, cur rate, arr_a, arr rate, prev-year cur rate, prev arr rate, group
DEBTS = [
    ("tax", "町税", "町税", 1_985_432_100, 58.36, 142_350_800, 18.20, 57.95, 17.42, "強制"),
    ("nhi", "国民健康保険税", "国民健康保険料", 398_765_400, 41.27, 96_543_200, 11.86, 40.61, 12.94, "強制"),
    ("care", "介護保険料", "介護保険料", 356_789_000, 55.12, 8_765_400, 9.35, 54.87, 8.21, "強制"),
    ("late", "後期高齢者医療保険料", "後期高齢者医療保険料", 178_902_300, 57.44, 2_345_600, 21.08, 57.61, 19.72, "強制"),
    ("nurs", "保育料", "保育料", 45_678_900, 48.06, 6_789_000, 7.12, 46.85, 6.47, "強制"),
    ("sewer", "下水道使用料", "下水道使用料", 156_789_000, 47.53, 5_678_900, 15.24, 47.40, 13.98, "非強制"),
    ("house", "町営住宅使用料", "町営住宅使用料", 98_765_400, 49.21, 23_456_700, 5.87, 49.68, 6.35, "私"),
]


def build_rows():
    rows = {}
    for key, name, canon, ca, cr, aa, ar, pcr, par, grp in DEBTS:
        cc = int(round(ca * cr / 100, -2))
        ac = int(round(aa * ar / 100, -2))
        # previous year (前年同月): assessed a little different, rates given
        pca, paa = int(round(ca * 0.985, -2)), int(round(aa * (0.92 if key == "house" else 1.06), -2))
        rows[key] = dict(name=name, canon=canon, grp=grp,
                         cur=dict(a=ca, c=cc), arr=dict(a=aa, c=ac),
                         pcur=dict(a=pca, c=int(round(pca * pcr / 100, -2))),
                         parr=dict(a=paa, c=int(round(paa * par / 100, -2))))
        for s in ("cur", "arr", "pcur", "parr"):
            d = rows[key][s]
            d["o"] = d["a"] - d["c"]
            d["r"] = rate(d["c"], d["a"])
        for s, (a, b) in {"tot": ("cur", "arr"), "ptot": ("pcur", "parr")}.items():
            d = {x: rows[key][a][x] + rows[key][b][x] for x in ("a", "c", "o")}
            d["r"] = rate(d["c"], d["a"])
            rows[key][s] = d
    tot = {}
    for s in ("cur", "arr", "tot", "pcur", "parr", "ptot"):
        d = {x: sum(rows[k][s][x] for k in rows) for x in ("a", "c", "o")}
        d["r"] = rate(d["c"], d["a"])
        tot[s] = d
    return rows, tot


ROWS, TOT = build_rows()


def R(key, s):
    return ROWS[key][s]


# ------------------------------------------------------------------ typesetting
PW, PH = 595.28, 841.89
ML, MR, MT, MB = 62, 62, 64, 64
FS = 10.5
LH = 18.2
fm = fitz.Font(fontfile=MINCHO)
fg = fitz.Font(fontfile=GOTHIC)
NO_START = set("、。，．）」』％・ー：")

doc = fitz.open()
state = {"page": None, "y": 0, "no": 0}


class Tok:
    """A fact placed inside running text; its page is known only after line breaking."""

    def __init__(self, raw, *a, **kw):
        self.raw, self.a, self.kw = raw, a, kw


def new_page():
    p = doc.new_page(width=PW, height=PH)
    p.insert_font(fontname="M", fontfile=MINCHO)
    p.insert_font(fontname="G", fontfile=GOTHIC)
    state["page"], state["y"], state["no"] = p, MT, state["no"] + 1
    G.page = state["no"]
    folio = f"－{zen(str(state['no']))}－"
    p.insert_text((PW / 2 - fm.text_length(folio, 9.5) / 2, PH - 34), folio, fontname="M", fontsize=9.5)
    return p


def ensure(h):
    if state["page"] is None or state["y"] + h > PH - MB:
        new_page()


def para(parts, indent=0.0, first=1.0, font="M", size=FS, lh=LH, gap=2.0):
    """Lay out a paragraph of str / Tok parts; returns the page of its first line."""
    f = fm if font == "M" else fg
    chars, owner = [], []
    for p in parts:
        s = p.raw if isinstance(p, Tok) else p
        for ch in s:
            chars.append(ch)
            owner.append(p if isinstance(p, Tok) else None)
    width = PW - ML - MR - indent * size
    lines, cur, curw, start = [], [], 0.0, 0
    i = 0
    first_w = width - first * size
    while i < len(chars):
        ch = chars[i]
        w = f.text_length(ch, size)
        lim = first_w if not lines else width
        if curw + w > lim and cur and ch not in NO_START:
            lines.append((start, i))
            start, cur, curw = i, [], 0.0
            continue
        cur.append(ch)
        curw += w
        i += 1
    if cur:
        lines.append((start, len(chars)))
    first_page = None
    placed = {}
    for li, (a, b) in enumerate(lines):
        ensure(lh)
        p = state["page"]
        if first_page is None:
            first_page = state["no"]
        x = ML + indent * size + (first * size if li == 0 else 0)
        p.insert_text((x, state["y"] + size), "".join(chars[a:b]), fontname=font, fontsize=size)
        for j in range(a, b):
            if owner[j] is not None and id(owner[j]) not in placed:
                placed[id(owner[j])] = (owner[j], state["no"])
        state["y"] += lh
    for tok, pg in placed.values():
        G.fact(tok.raw, *tok.a, page=pg, **tok.kw)
    state["y"] += gap
    return first_page, "".join(chars)


def heading(text, size=11, before=4, after=3):
    ensure(size + before + after + LH)
    state["y"] += before
    state["page"].insert_text((ML, state["y"] + size), text, fontname="G", fontsize=size)
    state["y"] += size + after + 3


STATEMENTS = []


def say(speaker, section, parts):
    """A statement with a ○ marker; the gold keeps the speaker without the marker."""
    pg, txt = para(["○" + speaker + "　"] + parts, indent=1.0, first=-1.0)
    STATEMENTS.append({"speaker": speaker, "section": section, "text": txt[len(speaker) + 2:], "page": pg})


def T(raw, value, unit, metric, **kw):
    return Tok(raw, value, unit, metric, **kw)


def zr(x, nd=2):
    return zen(f"{x:.{nd}f}")


def yen_man(v):
    """約3,420万円 style (全角) from yen rounded to 10,000."""
    return zen(f"{int(round(v / 10000)):,}") + "万円"


def interim(key=None, seg="total", prev=False, **kw):
    d = dict(debt=ROWS[key]["canon"] if key else None, debt_raw=ROWS[key]["name"] if key else None,
             fy=2024 if prev else 2025, fy_raw="前年同月" if prev else "令和７年度",
             segment=seg, basis="interim", as_of=ASOF_PREV if prev else ASOF)
    d.update(kw)
    return d


# ------------------------------------------------------------------ page 1: header
new_page()
title = TITLE
state["page"].insert_text((PW / 2 - fg.text_length(title, 14) / 2, state["y"] + 14), title, fontname="G", fontsize=14)
state["y"] += 34

ATT = [
    ("委員長", "副町長", "松尾　浩二"),
    ("委員", "総務課長", "原田　誠"),
    ("委員", "税務課長", "河野　由美"),
    ("委員", "住民課長", "今村　和也"),
    ("委員", "福祉・介護課長", "中島　雅人"),
    ("委員", "こども・子育て支援課長", "吉武　恵"),
    ("委員", "建設住宅課長", "田中　修"),
    ("委員", "上下水道課長", "末松　健一"),
    ("事務局", "税務課収納対策係長", "藤本　慎也"),
    ("事務局", "税務課収納対策係主査", "石田　綾"),
    ("事務局", "税務課収納対策係主事", "青木　翔太"),
]
AGENDA = ["令和７年度上半期の収納状況について", "滞納整理強化月間（12月）の実施について", "私債権の放棄について"]
MATERIALS = ["資料１　令和７年度主要債権の収納状況（令和７年９月末現在）",
             "資料２　令和７年度滞納整理強化月間実施要領（案）",
             "資料３　債権放棄予定一覧（町営住宅使用料）"]


def kv(label, value):
    ensure(LH)
    p = state["page"]
    p.insert_text((ML, state["y"] + FS), label, fontname="G", fontsize=FS)
    p.insert_text((ML + 78, state["y"] + FS), value, fontname="M", fontsize=FS)
    state["y"] += LH


kv("１　日　時", "令和７年11月20日（木）　午後２時00分～午後３時35分")
kv("２　場　所", "みやこ町役場　本庁舎３階　第１会議室")
kv("３　出席者", "（委員８名、事務局３名）")
for role, t, n in ATT:
    ensure(LH)
    p = state["page"]
    r = {"委員長": "委 員 長", "委員": "委　　員", "事務局": "事 務 局"}[role]
    p.insert_text((ML + 24, state["y"] + FS), r, fontname="M", fontsize=FS)
    p.insert_text((ML + 92, state["y"] + FS), t, fontname="M", fontsize=FS)
    p.insert_text((ML + 262, state["y"] + FS), n, fontname="M", fontsize=FS)
    state["y"] += LH - 1
state["y"] += 4
kv("４　議　題", "")
state["y"] -= LH
for i, a in enumerate(AGENDA, 1):
    ensure(LH)
    state["page"].insert_text((ML + 78, state["y"] + FS), f"（{zen(str(i))}）{a}", fontname="M", fontsize=FS)
    state["y"] += LH
state["y"] += 2
kv("５　配付資料", "")
state["y"] -= LH
for m in MATERIALS:
    state["page"].insert_text((ML + 78, state["y"] + FS), m, fontname="M", fontsize=FS)
    state["y"] += LH
state["y"] += 2
kv("６　会議の経過", "")

# ------------------------------------------------------------------ statements
S1 = "開会"
heading("（１）開会", size=10.5, before=2)
say("松尾委員長", S1, ["ただ今から、令和７年度第２回みやこ町債権管理対策委員会を開会する。本日は、上半期の収納状況の確認と、12月の滞納整理強化月間の実施について協議したい。物価高騰の影響が続く中で、納付が遅れがちな世帯も見受けられることから、各課の状況を率直に報告してほしい。"])

S2 = "議題（１）令和７年度上半期の収納状況について"
heading("（２）" + S2, size=10.5)
t = R("tax", "cur")
tp = R("tax", "pcur")
ta = R("tax", "arr")
d_tax = round(t["r"] - tp["r"], 2)
all_c = TOT["cur"]["r"]
all_pc = TOT["pcur"]["r"]
say("藤本収納対策係長", S2, [
    "資料１に基づき、主要７債権の令和７年９月末現在の収納状況を報告する。町税の現年課税分の収納率は",
    T(zr(t["r"]) + "％", t["r"], "percent", "collection_rate", **interim("tax", "current")),
    "で、前年同月比",
    T(zr(d_tax) + "ポイント", d_tax, "points", "difference", **interim("tax", "current")),
    "の上昇となった。滞納繰越分は",
    T(zr(ta["r"]) + "％", ta["r"], "percent", "collection_rate", **interim("tax", "arrears")),
    "で、前年同月を",
    T(zr(ta["r"] - R("tax", "parr")["r"]) + "ポイント", round(ta["r"] - R("tax", "parr")["r"], 2), "points",
      "difference", **interim("tax", "arrears")),
    "上回っている。主要７債権の現年分を合わせた収納率は",
    T(zr(all_c) + "％", all_c, "percent", "collection_rate", **interim(None, "current")),
    "で、前年同月の",
    T(zr(all_pc) + "％", all_pc, "percent", "collection_rate", **interim(None, "current", prev=True)),
    "とほぼ同水準である。詳細は別表のとおり。",
])
nhi_a, nhi_pa = R("nhi", "arr"), R("nhi", "parr")
say("原田総務課長", S2, ["国民健康保険税の滞納繰越分が前年同月を大きく下回っているが、その理由は何か。"])
d_nhi = round(nhi_a["r"] - nhi_pa["r"], 2)
say("河野税務課長", S2, [
    "国民健康保険税の滞納繰越分の収納率は",
    T(zr(nhi_a["r"]) + "％", nhi_a["r"], "percent", "collection_rate", **interim("nhi", "arrears")),
    "で、前年同月から",
    T(zr(-d_nhi) + "ポイント", d_nhi, "points", "difference", **interim("nhi", "arrears")),
    "低下した。昨年度末に事業を廃止した大口の滞納者が２件あり、滞納繰越額が膨らんだことが主な要因である。９月末の収入未済額は、滞納繰越分だけで約",
    T(yen_man(nhi_a["o"]), round(nhi_a["o"], -4), "yen", "outstanding", approx=True, **interim("nhi", "arrears")),
    "となっている。２件とも財産調査を終えており、売掛金の差押えに向けて準備を進めている。",
])
say("原田総務課長", S2, ["差押えの見通しが立っているなら、年度末までに回復が見込めるということか。"])
say("河野税務課長", S2, ["１件は分納の申出があり、誓約どおりに履行されれば一定の回復は見込める。もう１件は換価に時間を要する見込みであり、執行停止も含めて判断したい。"])
care = R("care", "cur")
say("中島福祉・介護課長", S2, [
    "介護保険料の現年分は",
    T(zr(care["r"]) + "％", care["r"], "percent", "collection_rate", **interim("care", "current")),
    "で、前年同月並みである。普通徴収の方の未納が中心であり、年金からの特別徴収に切り替わるまでの期間の納付案内を強化している。",
])
n_c, n_pc = R("nurs", "cur"), R("nurs", "pcur")
d_n = round(n_c["r"] - n_pc["r"], 2)
say("吉武こども・子育て支援課長", S2, [
    "保育料の現年分は",
    T(zr(n_c["r"]) + "％", n_c["r"], "percent", "collection_rate", **interim("nurs", "current")),
    "で、前年同月から",
    T(zr(d_n, 2) + "ポイント", d_n, "points", "difference", **interim("nurs", "current")),
    "改善した。入園時に口座振替を原則とする取扱いが定着してきたことによるものと考えている。",
])
h_o = R("house", "tot")["o"]
h_ph = R("house", "ptot")["o"]
say("田中建設住宅課長", S2, [
    "町営住宅使用料は、９月末の収入未済額が約",
    T(yen_man(h_o), round(h_o, -4), "yen", "outstanding", approx=True, **interim("house", "total")),
    "で、前年同月より約",
    T(yen_man(h_o - h_ph), round(h_o - h_ph, -4), "yen", "difference", approx=True,
      **interim("house", "total")),
    "増えている。退去者の滞納分が多く、連帯保証人への請求を順次行っている。",
])
say("松尾委員長", S2, ["国保税と町営住宅は、下半期に重点的に取り組んでほしい。他の債権も、前年同月を下回ることのないよう進捗を管理すること。"])

S3 = "議題（２）滞納整理強化月間（12月）の実施について"
heading("（３）" + S3, size=10.5)
say("藤本収納対策係長", S3, [
    "資料２により説明する。本年度も12月１日から26日までを滞納整理強化月間とし、各課で夜間の電話催告と臨戸訪問を実施する。町税では、昨年度の強化月間中に約",
    T(yen_man(12_840_000), 12_840_000, "yen", "collected", approx=True, debt="町税", debt_raw="町税", fy=2024,
      fy_raw="昨年度", segment="total", basis="actual"),
    "を収納した。今年度は、税務課と各課の職員による合同の臨戸訪問を２日間設ける予定である。",
])
say("中島福祉・介護課長", S3, ["合同の臨戸訪問には、介護保険料の滞納者も対象に含めてもらえるか。"])
say("藤本収納対策係長", S3, ["対象に含める。町税と重複して滞納している世帯が多いため、訪問先の一覧を事前に各課と共有したい。"])
say("末松上下水道課長", S3, [
    "下水道使用料も参加する。滞納繰越分の収納率は",
    T(zr(R("sewer", "arr")["r"]) + "％", R("sewer", "arr")["r"], "percent", "collection_rate",
      **interim("sewer", "arrears")),
    "と前年同月を上回っているが、少額の滞納が多いため、訪問の効率を考えて対象を選びたい。",
])

S4 = "議題（３）私債権の放棄について"
heading("（４）" + S4, size=10.5)
say("田中建設住宅課長", S4, [
    "資料３のとおり、町営住宅使用料のうち、退去者の所在が不明で時効期間が経過した５件について、債権管理条例に基づき放棄したい。これに伴う不納欠損の見込額は",
    T(zen("884,200") + "円", 884_200, "yen", "written_off", debt="町営住宅使用料", debt_raw="町営住宅使用料",
      fy=2025, fy_raw="令和７年度", segment="arrears", basis="estimate"),
    "である。",
])
say("今村住民課長", S4, ["連帯保証人への請求は尽くしたのか。"])
say("田中建設住宅課長", S4, ["５件とも連帯保証人が死亡又は破産しており、相続人の調査も行ったが、請求できる相手がいないことを確認している。"])
say("松尾委員長", S4, ["放棄の手続きを進めることで異議はないか。（異議なし）それでは、了承とする。"])
heading("（５）閉会", size=10.5)
say("松尾委員長", "閉会", ["次回は２月に開催し、強化月間の結果を報告してもらう。以上で本日の委員会を閉会する。"])
ensure(LH)
state["page"].insert_text((PW - MR - fm.text_length("以上", FS), state["y"] + FS), "以上", fontname="M", fontsize=FS)

# ------------------------------------------------------------------ 別表 (two pages: left and right columns)
ORDER = ["tax", "nhi", "care", "late", "nurs", "sewer", "house"]
SEGS = [("cur", "現年分", "current"), ("arr", "滞繰分", "arrears"), ("tot", "計", "total")]
GROUPS = [("強制徴収公債権", ["tax", "nhi", "care", "late", "nurs"]), ("非強制・私債権", ["sewer", "house"])]
RH = 15.0


def text_r(p, x1, y, s, font="M", size=8.6):
    f = fm if font == "M" else fg
    p.insert_text((x1 - f.text_length(s, size) - 3, y), s, fontname=font, fontsize=size)


def text_c(p, x0, x1, y, s, font="G", size=8.6):
    f = fm if font == "M" else fg
    p.insert_text(((x0 + x1) / 2 - f.text_length(s, size) / 2, y), s, fontname=font, fontsize=size)


def vtext(p, x0, x1, y0, y1, s, size=8.6):
    """縦書き: one upright character under the other, centred in the cell."""
    h = len(s) * (size + 1)
    y = (y0 + y1) / 2 - h / 2 + size
    for ch in s:
        text_c(p, x0, x1, y, ch, size=size)
        y += size + 1


def table_page(caption, cols, cell_fn, note_lines, unit):
    """cols: list of (header, width); cell_fn(key_or_total, seg) -> list of strings for the columns."""
    new_page()
    p = state["page"]
    y = MT
    p.insert_text((ML, y + 11), caption, fontname="G", fontsize=11)
    text_r(p, PW - MR + 3, y + 26, unit, font="M", size=8.6)
    y += 32
    xs = [ML, ML + 22, ML + 22 + 96, ML + 22 + 96 + 30]
    for _, w in cols:
        xs.append(xs[-1] + w)
    x_end = xs[-1]
    # header (two rows high, shaded)
    hh = 30
    p.draw_rect(fitz.Rect(ML, y, x_end, y + hh), color=(0, 0, 0), fill=(0.85, 0.85, 0.85), width=0.6)
    vtext(p, xs[0], xs[1], y, y + hh, "種別", size=8)
    text_c(p, xs[1], xs[2], y + hh / 2 + 3, "債権名")
    vtext(p, xs[2], xs[3], y, y + hh, "区分", size=8)
    for (h, _), x0, x1 in zip(cols, xs[3:], xs[4:]):
        lines = h.split("\n")
        for li, ln in enumerate(lines):
            text_c(p, x0, x1, y + hh / 2 + 3 - (len(lines) - 1) * 5 + li * 10, ln)
    for x in xs[1:-1]:
        p.draw_line((x, y), (x, y + hh), width=0.5)
    y += hh
    for gname, keys in GROUPS:
        gy0 = y
        for key in keys:
            ky0 = y
            for si, (s, lab, seg) in enumerate(SEGS):
                if si % 2 == 1:
                    p.draw_rect(fitz.Rect(xs[2], y, x_end, y + RH), color=None, fill=(0.95, 0.95, 0.95), width=0)
                text_c(p, xs[2], xs[3], y + RH - 4.5, lab, font="M", size=8.2)
                vals = cell_fn(key, s, seg)
                for v, x1 in zip(vals, xs[4:]):
                    text_r(p, x1, y + RH - 4.5, v, font="M", size=8.6)
                p.draw_line((xs[2], y + RH), (x_end, y + RH), width=0.3)
                y += RH
            text_c(p, xs[1], xs[2], (ky0 + y) / 2 + 3, ROWS[key]["name"], font="M", size=8.8)
            p.draw_line((xs[1], y), (x_end, y), width=0.5)
        vtext(p, xs[0], xs[1], gy0, y, gname, size=8.4)
        p.draw_line((ML, y), (x_end, y), width=0.6)
    # 合計
    ky0 = y
    for s, lab, seg in SEGS:
        p.draw_rect(fitz.Rect(xs[2], y, x_end, y + RH), color=None, fill=(0.9, 0.9, 0.9), width=0)
        text_c(p, xs[2], xs[3], y + RH - 4.5, lab, font="M", size=8.2)
        for v, x1 in zip(cell_fn(None, s, seg), xs[4:]):
            text_r(p, x1, y + RH - 4.5, v, font="G", size=8.6)
        p.draw_line((xs[2], y + RH), (x_end, y + RH), width=0.3)
        y += RH
    text_c(p, xs[0], xs[2], (ky0 + y) / 2 + 3, "合　　計", font="G", size=9)
    top = MT + 32
    p.draw_rect(fitz.Rect(ML, top, x_end, y), color=(0, 0, 0), width=0.8)
    for x in xs[2:-1]:
        p.draw_line((x, top), (x, y), width=0.5)
    p.draw_line((xs[1], top), (xs[1], ky0), width=0.5)
    y += 6
    for ln in note_lines:
        if isinstance(ln, list):
            state["y"] = y
            para(ln, indent=0, first=0, size=8.8, lh=14, gap=0)
            y = state["y"]
        else:
            p.insert_text((ML, y + 9), ln, fontname="M", fontsize=8.6)
            y += 14
    state["y"] = y
    return p


def left_cells(key, s, seg):
    d = TOT[s] if key is None else R(key, s)
    kw = interim(key, seg)
    if key is None:
        kw["debt_raw"] = "合計"
    return [G.fact(comma(d["a"]), d["a"], "yen", "assessed", **kw),
            G.fact(comma(d["c"]), d["c"], "yen", "collected", **kw),
            G.fact(comma(d["o"]), d["o"], "yen", "outstanding", **kw)]


def right_cells(key, s, seg):
    d = TOT[s] if key is None else R(key, s)
    pd = TOT["p" + s] if key is None else R(key, "p" + s)
    kw = interim(key, seg)
    kwp = interim(key, seg, prev=True)
    if key is None:
        kw["debt_raw"] = kwp["debt_raw"] = "合計"
    kwp["fy_raw"] = "令和６年９月末"
    diff = round(d["r"] - pd["r"], 2)
    return [G.fact(f"{d['r']:.2f}", d["r"], "percent", "collection_rate", **kw),
            G.fact(f"{pd['r']:.2f}", pd["r"], "percent", "collection_rate", **kwp),
            G.fact(tri(diff, 2, "▲"), diff, "points", "difference", **kw)]


table_page("別表　主要債権の収納状況（令和７年９月末現在）",
           [("調定額", 80), ("収入済額", 80), ("収入未済額", 80)], left_cells,
           ["※ 調定額は９月末時点の額であり、年度途中の更正を含む。",
            "※ 収入未済額は、調定額から収入済額を差し引いた額である（不納欠損処理前）。",
            "※ 収納率、前年同月比は次頁に掲載。"],
           "（単位：円）")
# bracketed metric heading with bullets labelled only by segment (全債権)
y = state["y"] + 8
p = state["page"]
p.insert_text((ML, y + 10), "【収納率】令和７年９月末時点（主要７債権の合計）", fontname="G", fontsize=10)
y += 18
for s, lab, seg in SEGS:
    raw = zr(TOT[s]["r"]) + "％"
    G.fact(raw, TOT[s]["r"], "percent", "collection_rate", **interim(None, seg))
    p.insert_text((ML + 12, y + 10), f"・{ {'cur': '現年分', 'arr': '滞納繰越分', 'tot': '合計'}[s] }　{raw}",
                  fontname="M", fontsize=10)
    y += 16
state["y"] = y

table_page("別表　主要債権の収納状況（令和７年９月末現在）（続き）",
           [("収納率\n（Ａ）", 64), ("前年同月\n収納率（Ｂ）", 64), ("差\n（Ａ）－（Ｂ）", 64)], right_cells,
           ["※ 差の単位はポイントであり、▲は前年同月からの低下を示す。",
            "※ 前年同月は令和６年９月末時点の数値である。"],
           "（単位：％）")

# ------------------------------------------------------------------ save + gold
G.minutes = {
    "title": TITLE, "meeting_number": 2, "date": "2025-11-20", "method": None,
    "attendees": [{"role": r, "title": t, "name": n.replace("　", " ")} for r, t, n in ATT],
    "agenda": AGENDA,
    "materials": [m.split("　", 1)[1] for m in MATERIALS],
    "statements": STATEMENTS,
}
doc.subset_fonts()
pdf = PDF_DIR / f"{STEM}.pdf"
pdf.parent.mkdir(parents=True, exist_ok=True)
doc.save(pdf, garbage=4, deflate=True)
doc.close()
n = G.write(pdf)
print(STEM, "pages", n, "facts", len(G.facts), "statements", len(STATEMENTS))
