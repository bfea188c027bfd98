#!/usr/bin/env python3
"""gc_iwakuni_minutes_1: 岩国市議会 収納率向上対策特別委員会記録 (PyMuPDF drawing directly).

Run from corpus/dev45:  python3 build/gc_iwakuni_minutes_1.py
A council committee record: ○ speaker markers, question and answer, figures in the answers
(full-width digits), and the two handed-out 資料 as the last pages.  All figures are invented.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gc_common import Gold, comma, rate, rfmt, signed, check_pdf, nows  # noqa: E402

STEM = "gc_iwakuni_minutes_1"
PDF = Path("pdf") / f"{STEM}.pdf"
GOLD = Path("gold") / f"{STEM}.json"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FMIN = pymupdf.Font(fontfile=MIN)
FGOT = pymupdf.Font(fontfile=GOT)

G = Gold(STEM, "minutes", "minutes", "岩国市", "岩国市議会 収納率向上対策特別委員会記録",
         "2025-02-14", "令和７年２月１４日（金）")

AS24 = "2024-12-31"
AS23 = "2023-12-31"

Z = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def z(s) -> str:
    return str(s).translate(Z)


# ---------------------------------------------------------------- 資料１ data (千円)
# (debt key, printed, canonical, [(segment label, segment, R5.12 assessed, R5 rate, R6.12 assessed, R6 rate)])
TABLE = [
    ("tax", "市税", "市税", [("現年課税分", "current", 18433902, 85.21, 18642315, 85.62),
                            ("滞納繰越分", "arrears", 781556, 23.18, 712408, 24.37)]),
    ("nhi", "国民健康保険料", "国民健康保険料", [("現年度分", "current", 2951207, 67.95, 2874512, 68.43),
                                          ("滞納繰越分", "arrears", 668924, 16.81, 671408, 17.26)]),
    ("care", "介護保険料", "介護保険料", [("計", "total", 2987115, 84.02, 3012448, 83.87)]),
    ("elder", "後期高齢者医療保険料", "後期高齢者医療保険料", [("計", "total", 1798340, 86.55, 1845227, 86.71)]),
]


def col(a, r):
    return round(a * r / 100)


DATA = {}   # key -> seg -> dict(a23,c23,r23,a24,c24,r24)
for key, pr, canon, segs in TABLE:
    d = {}
    for lab, seg, a23, r23, a24, r24 in segs:
        c23, c24 = col(a23, r23), col(a24, r24)
        d[seg] = dict(lab=lab, a23=a23, c23=c23, r23=rate(c23, a23), a24=a24, c24=c24, r24=rate(c24, a24))
    if "total" not in d:
        cur, arr = d["current"], d["arrears"]
        t = dict(lab="計")
        for f in ("a23", "c23", "a24", "c24"):
            t[f] = cur[f] + arr[f]
        t["r23"], t["r24"] = rate(t["c23"], t["a23"]), rate(t["c24"], t["a24"])
        d["total"] = t
    DATA[key] = d
TOT = {f: sum(DATA[k]["total"][f] for k in DATA) for f in ("a23", "c23", "a24", "c24")}
TOT["r23"], TOT["r24"] = rate(TOT["c23"], TOT["a23"]), rate(TOT["c24"], TOT["a24"])
CANON = {k: (canon, pr) for k, pr, canon, _ in TABLE}
CANON["nursery"] = ("保育料", "保育所保育料")

# 国保 令和５年度決算 (千円) for 資料２: current / arrears
NHI23 = {"current": dict(a=2968540, c=2764305, w=0), "arrears": dict(a=668924, c=134119, w=49788)}
for v in NHI23.values():
    v["o"] = v["a"] - v["c"] - v["w"]
    v["r"] = rate(v["c"], v["a"])
NHI23["total"] = {f: NHI23["current"][f] + NHI23["arrears"][f] for f in ("a", "c", "w", "o")}
NHI23["total"]["r"] = rate(NHI23["total"]["c"], NHI23["total"]["a"])

# ---------------------------------------------------------------- gold helpers
pending: list[tuple[int, dict]] = []   # (statement index, fact kwargs) -> page fixed after layout


def pf(si, debt_key, fy, fy_raw, seg, metric, basis, value, unit, raw, approx=False, as_of=None):
    if debt_key in CANON:
        debt, debt_raw = CANON[debt_key]
    else:   # a city-wide figure: debt null, debt_raw the printed scope label (全会計)
        debt, debt_raw = None, debt_key
    pending.append((si, dict(debt=debt, debt_raw=debt_raw, fy=fy, fy_raw=fy_raw, segment=seg, metric=metric,
                             basis=basis, value=value, unit=unit, raw=raw, approx=approx, as_of=as_of)))
    return raw


def man_raw(yen, approx=True):
    """約１９３億５，４７２万円 (yen multiple of 10,000)"""
    man = yen // 10000
    oku, rest = divmod(man, 10000)
    s = ""
    if oku:
        s += z(str(oku)) + "億"
    if rest:
        s += z(f"{rest:,}") + "万"
    return ("約" if approx else "") + s + "円"


def round_man(k_yen):   # 千円 -> yen rounded down to 万円
    return (k_yen * 1000) // 10000 * 10000


# ---------------------------------------------------------------- statements
A = DATA["tax"]
N = DATA["nhi"]
STATEMENTS: list[tuple[str, str, str]] = []   # (speaker as printed, section, text)


def st(speaker, section, text_fn):
    si = len(STATEMENTS)
    STATEMENTS.append((speaker, section, text_fn(si)))


SEC1 = "付議事件（１）市税等の収納状況について"
SEC2 = "付議事件（２）国民健康保険料の収納対策について"
SEC3 = "付議事件（３）第２次岩国市債権管理計画の進捗状況について"

st("藤本委員長", SEC1, lambda si: "ただいまから収納率向上対策特別委員会を開会いたします。本日は、お手元に配付の日程により、付議事件３件について審査を行います。初めに、付議事件（１）市税等の収納状況についてを議題といたします。執行部の説明を求めます。")


def s_tax(si):
    t = A["total"]
    a_man, c_man = round_man(t["a24"]), round_man(t["c24"])
    return ("資料１を御覧ください。令和６年１２月末現在の市税の収納状況について御説明いたします。市税全体の調定額は"
            + pf(si, "tax", 2024, "令和６年１２月末", "total", "assessed", "interim", a_man, "yen", man_raw(a_man, False), as_of=AS24)
            + "、収入済額は"
            + pf(si, "tax", 2024, "令和６年１２月末", "total", "collected", "interim", c_man, "yen", man_raw(c_man, False), as_of=AS24)
            + "で、収納率は"
            + pf(si, "tax", 2024, "令和６年１２月末", "total", "collection_rate", "interim", t["r24"], "percent", z(rfmt(t["r24"])) + "パーセント", as_of=AS24)
            + "となっており、前年同月と比べまして"
            + pf(si, "tax", 2024, "令和６年１２月末", "total", "difference", "interim", round(t["r24"] - t["r23"], 2), "points", z(rfmt(t["r24"] - t["r23"])) + "ポイント", as_of=AS24)
            + "の上昇でございます。\n内訳を申し上げますと、現年課税分の収納率は"
            + pf(si, "tax", 2024, "令和６年１２月末", "current", "collection_rate", "interim", A["current"]["r24"], "percent", z(rfmt(A["current"]["r24"])) + "パーセント", as_of=AS24)
            + "、滞納繰越分は"
            + pf(si, "tax", 2024, "令和６年１２月末", "arrears", "collection_rate", "interim", A["arrears"]["r24"], "percent", z(rfmt(A["arrears"]["r24"])) + "パーセント", as_of=AS24)
            + "でございます。滞納繰越分につきましては、年度当初から財産調査を前倒しで実施し、預貯金や給与の差押えを早期に行ったことが収納率の上昇につながったものと考えております。\n続きまして、国民健康保険料及び後期高齢者医療保険料は、資料１の下段のとおり、前年同月を上回る収納率となっておりますが、介護保険料は前年同月をわずかに下回っております。説明は以上でございます。")


st("中村税務課長", SEC1, s_tax)
st("藤本委員長", SEC1, lambda si: "説明が終わりました。質疑はございませんか。")
st("桑原委員", SEC1, lambda si: "滞納繰越分の収納率が上がっているということですが、一方で、不納欠損として処理される額も毎年相当あると聞いております。令和５年度決算での不納欠損額と、収入未済額の推移についてお伺いします。")


def s_tax2(si):
    return ("令和５年度決算における市税の不納欠損額は"
            + pf(si, "tax", 2023, "令和５年度", "total", "written_off", "actual", 47200000, "yen", man_raw(47200000), approx=True)
            + "で、前年度に比べ"
            + pf(si, "tax", 2023, "令和５年度", "total", "difference", "actual", -6300000, "yen", man_raw(6300000), approx=True)
            + "減少しております。不納欠損の多くは、滞納処分の執行停止から３年を経過したものでございます。\nまた、市税の収入未済額は、令和５年度決算で"
            + pf(si, "tax", 2023, "令和５年度", "total", "outstanding", "actual", 729800000, "yen", man_raw(729800000), approx=True)
            + "となりました。３年度決算では"
            + pf(si, "tax", 2021, "３年度", "total", "outstanding", "actual", 852900000, "yen", man_raw(852900000), approx=True)
            + "でございましたので、２年間で"
            + pf(si, "tax", 2023, "令和５年度", "total", "difference", "actual", -123100000, "yen", man_raw(123100000), approx=True)
            + "の縮減となっております。")


st("中村税務課長", SEC1, s_tax2)
st("桑原委員", SEC1, lambda si: "収入未済額が着実に減っていることは評価いたします。執行停止の判断が甘くならないよう、引き続き適正な運用をお願いします。")
st("藤本委員長", SEC2, lambda si: "ほかにございませんか。――ないようですので、次に、付議事件（２）国民健康保険料の収納対策についてを議題といたします。資料２について説明を求めます。")


def s_nhi(si):
    c = N["current"]
    t = NHI23
    return ("資料２を御覧ください。国民健康保険料の令和６年１２月末現在の現年度分収納率は"
            + pf(si, "nhi", 2024, "令和６年１２月末", "current", "collection_rate", "interim", c["r24"], "percent", z(rfmt(c["r24"])) + "パーセント", as_of=AS24)
            + "で、前年同月比"
            + pf(si, "nhi", 2024, "令和６年１２月末", "current", "difference", "interim", round(c["r24"] - c["r23"], 2), "points", z(rfmt(c["r24"] - c["r23"])) + "ポイント", as_of=AS24)
            + "の改善となっております。参考までに、令和５年度決算では現年度分が"
            + pf(si, "nhi", 2023, "令和５年度", "current", "collection_rate", "actual", t["current"]["r"], "percent", z(rfmt(t["current"]["r"])) + "パーセント")
            + "、滞納繰越分が"
            + pf(si, "nhi", 2023, "令和５年度", "arrears", "collection_rate", "actual", t["arrears"]["r"], "percent", z(rfmt(t["arrears"]["r"])) + "パーセント")
            + "でございました。\n滞納世帯数は、令和６年１２月末時点で"
            + pf(si, "nhi", 2024, "令和６年１２月末", "total", "delinquents", "interim", 2418, "households", "２，４１８世帯", as_of=AS24)
            + "となっており、前年同月の"
            + pf(si, "nhi", 2023, "前年同月", "total", "delinquents", "interim", 2603, "households", "２，６０３世帯", as_of=AS23)
            + "から"
            + pf(si, "nhi", 2024, "令和６年１２月末", "total", "difference", "interim", -185, "households", "１８５世帯", as_of=AS24)
            + "減少しております。資料２の下段に、令和６年度の主な取組を記載しております。")


st("原田保険・年金課長", SEC2, s_nhi)
st("藤本委員長", SEC2, lambda si: "質疑はございませんか。")
st("石川委員", SEC2, lambda si: "国民健康保険料は、他の保険料と比べて現年度分の収納率が低い状況が続いております。差押えなどの滞納処分はどの程度行っているのか、お伺いします。")
st("原田保険・年金課長", SEC2, lambda si: "令和６年１２月末までの差押件数は３１２件で、前年同月より４８件多くなっております。預貯金の差押えが大半でございますが、今年度からは給与の差押えにも積極的に取り組んでおります。一方で、生活に困窮している世帯につきましては、分納相談や執行停止を適切に判断しているところでございます。")
st("石川委員", SEC2, lambda si: "社会保険に移った方の未納分が残るケースも多いと聞きます。資格喪失者への対応もしっかりお願いいたします。")
st("藤本委員長", SEC3, lambda si: "次に、付議事件（３）第２次岩国市債権管理計画の進捗状況についてを議題といたします。質疑はございませんか。")
st("河内委員", SEC3, lambda si: "計画では保育料についても目標を定めていたと思います。保育料の状況はいかがでしょうか。")


def s_child(si):
    return ("保育所保育料の令和５年度決算の収納率は、現年度分が"
            + pf(si, "nursery", 2023, "令和５年度", "current", "collection_rate", "actual", 99.02, "percent", "９９．０２パーセント")
            + "、滞納繰越分が"
            + pf(si, "nursery", 2023, "令和５年度", "arrears", "collection_rate", "actual", 21.46, "percent", "２１．４６パーセント")
            + "でございます。令和元年度の幼児教育・保育の無償化以降、調定額そのものが減少しており、収入未済額も"
            + pf(si, "nursery", 2023, "令和５年度", "total", "outstanding", "actual", 18200000, "yen", man_raw(18200000), approx=True)
            + "まで縮減しております。")


st("上田こども・若者部長", SEC3, s_child)


def s_general(si):
    return ("計画全体の進捗について、私から補足させていただきます。令和５年度決算における全会計の収納率は"
            + pf(si, "全会計", 2023, "令和５年度", "total", "collection_rate", "actual", 95.87, "percent", "９５．８７パーセント")
            + "で、前年度比"
            + pf(si, "全会計", 2023, "令和５年度", "total", "difference", "actual", 0.34, "points", "０．３４ポイント")
            + "の上昇となりました。収入未済額は全会計で"
            + pf(si, "全会計", 2023, "令和５年度", "total", "outstanding", "actual", 1764000000, "yen", man_raw(1764000000), approx=True)
            + "で、前年度から"
            + pf(si, "全会計", 2023, "令和５年度", "total", "difference", "actual", -51000000, "yen", man_raw(51000000), approx=True)
            + "減少しております。計画の最終年度である令和８年度に全会計の収納率"
            + pf(si, "全会計", 2026, "令和８年度", "total", "collection_rate", "target", 96.5, "percent", "９６．５０パーセント")
            + "という目標の達成に向け、引き続き全庁を挙げて取り組んでまいります。")


st("山本総務部長", SEC3, s_general)
st("藤本委員長", SEC3, lambda si: "以上で本日の付議事件の審査を終了いたします。これをもちまして収納率向上対策特別委員会を閉会いたします。")


# ---------------------------------------------------------------- layout engine
W, H = 595.28, 841.89
L, RGT, TOP, BOT = 62, 533, 64, 780
NO_START = set("、。，．）」』％ー・：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
DIG = re.compile(r"[0-9０-９,，.．]+")

doc = pymupdf.open()
pages_text: list[list[str]] = []


class Cursor:
    def __init__(self):
        self.page = None
        self.y = TOP
        self.n = 0

    def new(self):
        self.page = doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="min", fontfile=MIN)
        self.page.insert_font(fontname="got", fontfile=GOT)
        self.n += 1
        self.y = TOP
        pages_text.append([])
        ft = f"－ {self.n} －"
        self.page.insert_text((W / 2 - FMIN.text_length(ft, 9) / 2, 815), ft, fontname="min", fontsize=9)

    def ensure(self, h):
        if self.page is None or self.y + h > BOT:
            self.new()


C = Cursor()


def tokens(text):
    out, i = [], 0
    while i < len(text):
        m = DIG.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def wrap(text, width, size, font=FMIN, first_indent=0.0, indent=0.0):
    lines, cur, curw, lim = [], "", 0.0, width - first_indent
    for tk in tokens(text):
        w = font.text_length(tk, size)
        if curw + w > lim and cur and tk not in NO_START:
            lines.append(cur)
            cur, curw, lim = "", 0.0, width - indent
        cur += tk
        curw += w
    if cur:
        lines.append(cur)
    return lines


def para(text, size=10.5, font="min", x=L, width=None, first_indent=0.0, indent=0.0, lh=1.75, after=2, tag=None):
    width = width or (RGT - x)
    fobj = FMIN if font == "min" else FGOT
    for j, line in enumerate(wrap(text, width, size, fobj, first_indent, indent)):
        C.ensure(size * lh)
        off = first_indent if j == 0 else indent
        C.page.insert_text((x + off, C.y + size), line, fontname=font, fontsize=size)
        pages_text[-1].append((tag, line))
        C.y += size * lh
    C.y += after


def heading(text, size=11):
    C.ensure(size * 3)
    C.y += 4
    para(text, size=size, font="got", after=3)


# ---------------------------------------------------------------- page 1 header
def header():
    C.new()
    p = C.page
    t1 = "令和６年度第３回"
    p.insert_text((W / 2 - FGOT.text_length(t1, 12) / 2, C.y + 12), t1, fontname="got", fontsize=12)
    C.y += 26
    t2 = "岩国市議会　収納率向上対策特別委員会記録"
    p.insert_text((W / 2 - FGOT.text_length(t2, 16) / 2, C.y + 16), t2, fontname="got", fontsize=16)
    C.y += 36
    rows = [
        ("１　日　　時", "令和７年２月１４日（金）　午前１０時００分開会　午前１１時４２分閉会"),
        ("２　場　　所", "岩国市役所　第１委員会室"),
        ("３　出席委員（８名）", ""),
    ]
    for a, b in rows:
        para(a + ("　" + b if b else ""), size=10.5, after=0)
    members = [("委員長", "藤本　和彦"), ("副委員長", "松田　恵美"), ("委員", "桑原　伸也"), ("委員", "石川　隆"),
               ("委員", "河内　晴美"), ("委員", "岡村　正道"), ("委員", "吉永　裕之"), ("委員", "西田　崇")]
    for i in range(0, 8, 2):
        line = "".join(f"{r}　{n}".ljust(14, "　") for r, n in members[i:i + 2])
        para(line, size=10.5, x=L + 32, after=0)
    para("４　欠席委員　なし", size=10.5, after=0)
    para("５　説明のため出席した者（６名）", size=10.5, after=0)
    staff = [("総務部長", "山本　浩二"), ("税務課長", "中村　誠"), ("収納対策室長", "田村　英樹"),
             ("健康福祉部長", "杉山　典子"), ("保険・年金課長", "原田　勝也"), ("こども・若者部長", "上田　理恵")]
    for i in range(0, 6, 2):
        line = "".join(f"{r}　{n}".ljust(16, "　") for r, n in staff[i:i + 2])
        para(line, size=10.5, x=L + 32, after=0)
    para("６　事務局職員（２名）", size=10.5, after=0)
    para("議事課長　森　和也　　　　議事課主任　小西　美穂", size=10.5, x=L + 32, after=0)
    para("７　付議事件", size=10.5, after=0)
    agenda = ["市税等の収納状況について", "国民健康保険料の収納対策について", "第２次岩国市債権管理計画の進捗状況について"]
    for i, a in enumerate(agenda):
        para(f"（{z(i + 1)}）{a}", size=10.5, x=L + 32, after=0)
    para("８　配布資料", size=10.5, after=0)
    mats = ["資料１　市税等の収納状況（令和６年１２月末現在）", "資料２　国民健康保険料の収納対策（令和６年度）"]
    for m in mats:
        para(m, size=10.5, x=L + 32, after=0)
    para("９　審査の経過", size=10.5, after=6)
    att = [{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in members]
    att += [{"role": r, "title": r, "name": n.replace("　", " ")} for r, n in staff]
    att += [{"role": "事務局", "title": "議事課長", "name": "森 和也"}, {"role": "事務局", "title": "議事課主任", "name": "小西 美穂"}]
    return att, agenda, mats


def statements():
    spans = []
    last_sec = None
    for si, (sp, sec, text) in enumerate(STATEMENTS):
        if sec != last_sec:
            heading(f"【{sec}】", size=10.5)
            last_sec = sec
        C.ensure(10.5 * 1.75)
        spans.append(C.n)
        for k, chunk in enumerate(text.split("\n")):
            lead = ("○" + sp + "　") if k == 0 else "　"
            para(lead + chunk, size=10.5, indent=10.5, after=1, tag=si)
        C.y += 3
    return spans


def fix_pending_pages():
    for si, kw in pending:
        found = None
        for pno, lines in enumerate(pages_text, start=1):
            joined = nows("".join(line for tag, line in lines if tag == si))
            if nows(kw["raw"]) in joined:
                found = pno
                break
        assert found, kw["raw"]
        G.fact(found, kw["debt"], kw["debt_raw"], kw["fy"], kw["fy_raw"], kw["segment"], kw["metric"], kw["basis"],
               kw["value"], kw["unit"], kw["raw"], approx=kw["approx"], as_of=kw["as_of"])


# ---------------------------------------------------------------- 資料１ table page
def cell(p, x0, y0, x1, y1, text, size=8.5, align="r", font="min", fill=None):
    r = pymupdf.Rect(x0, y0, x1, y1)
    if fill is not None:
        p.draw_rect(r, color=None, fill=fill, width=0)
    p.draw_rect(r, color=(0, 0, 0), width=0.5)
    if not text:
        return
    fobj = FMIN if font == "min" else FGOT
    lines = text.split("\n")
    th = size * 1.25 * len(lines)
    ty = y0 + (y1 - y0 - th) / 2 + size
    for ln in lines:
        tw = fobj.text_length(ln, size)
        if align == "r":
            tx = x1 - 3 - tw
        elif align == "l":
            tx = x0 + 3
        else:
            tx = (x0 + x1) / 2 - tw / 2
        p.insert_text((tx, ty), ln, fontname=font, fontsize=size)
        ty += size * 1.25


def shiryo1():
    C.new()
    p, pg = C.page, C.n
    x = 45
    p.insert_text((RGT + 10 - FGOT.text_length("資料１", 11), 50), "資料１", fontname="got", fontsize=11)
    t = "市税等の収納状況（令和６年１２月末現在）"
    p.insert_text((W / 2 - FGOT.text_length(t, 13) / 2, 78), t, fontname="got", fontsize=13)
    u = "（単位：千円、％）"
    p.insert_text((550 - FMIN.text_length(u, 9), 100), u, fontname="min", fontsize=9)
    ws = [72, 56, 62, 62, 38, 62, 62, 38, 43]
    xs = [x]
    for w in ws:
        xs.append(xs[-1] + w)
    y = 106
    hdr = (0.86, 0.89, 0.94)
    cell(p, xs[0], y, xs[1], y + 36, "債権名", align="c", font="got", fill=hdr)
    cell(p, xs[1], y, xs[2], y + 36, "区分", align="c", font="got", fill=hdr)
    cell(p, xs[2], y, xs[5], y + 18, "令和５年１２月末", align="c", font="got", fill=hdr)
    cell(p, xs[5], y, xs[8], y + 18, "令和６年１２月末", align="c", font="got", fill=hdr)
    cell(p, xs[8], y, xs[9], y + 36, "収納率\n増減", align="c", font="got", fill=hdr)
    for i, lab in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率"]):
        cell(p, xs[2 + i], y + 18, xs[3 + i], y + 36, lab, align="c", font="got", fill=hdr)
    y += 36
    rh = 22

    def put(dkey, seg, lab, d, y):
        canon, pr = CANON[dkey] if dkey in CANON else (None, dkey)
        vals = []
        for fy, fr, a_, c_, r_, asof in ((2023, "令和５年１２月末", "a23", "c23", "r23", AS23),
                                         (2024, "令和６年１２月末", "a24", "c24", "r24", AS24)):
            vals.append(G.fact(pg, canon, pr, fy, fr, seg, "assessed", "interim", d[a_] * 1000, "yen", comma(d[a_]), as_of=asof))
            vals.append(G.fact(pg, canon, pr, fy, fr, seg, "collected", "interim", d[c_] * 1000, "yen", comma(d[c_]), as_of=asof))
            vals.append(G.fact(pg, canon, pr, fy, fr, seg, "collection_rate", "interim", d[r_], "percent", rfmt(d[r_]), as_of=asof))
        diff = round(d["r24"] - d["r23"], 2)
        vals.append(G.fact(pg, canon, pr, 2024, "令和６年１２月末", seg, "difference", "interim", diff, "points",
                           signed(diff, "{:.2f}", "△"), as_of=AS24))
        cell(p, xs[1], y, xs[2], y + rh, lab, align="c")
        for i, v in enumerate(vals):
            cell(p, xs[2 + i], y, xs[3 + i], y + rh, v)

    for dkey, pr, canon, segs in TABLE:
        d = DATA[dkey]
        order = ["current", "arrears", "total"] if "current" in d else ["total"]
        cell(p, xs[0], y, xs[1], y + rh * len(order), pr if len(pr) < 8 else pr[:5] + "\n" + pr[5:], align="c")
        for seg in order:
            put(dkey, seg, d[seg]["lab"], d[seg], y)
            y += rh
    # 合計 row
    cell(p, xs[0], y, xs[2], y + rh, "合　　計", align="c", font="got", fill=(0.95, 0.95, 0.95))
    vals = []
    for fy, fr, a_, c_, r_, asof in ((2023, "令和５年１２月末", "a23", "c23", "r23", AS23),
                                     (2024, "令和６年１２月末", "a24", "c24", "r24", AS24)):
        vals.append(G.fact(pg, None, "合計", fy, fr, "total", "assessed", "interim", TOT[a_] * 1000, "yen", comma(TOT[a_]), as_of=asof))
        vals.append(G.fact(pg, None, "合計", fy, fr, "total", "collected", "interim", TOT[c_] * 1000, "yen", comma(TOT[c_]), as_of=asof))
        vals.append(G.fact(pg, None, "合計", fy, fr, "total", "collection_rate", "interim", TOT[r_], "percent", rfmt(TOT[r_]), as_of=asof))
    diff = round(TOT["r24"] - TOT["r23"], 2)
    vals.append(G.fact(pg, None, "合計", 2024, "令和６年１２月末", "total", "difference", "interim", diff, "points",
                       signed(diff, "{:.2f}", "△"), as_of=AS24))
    for i, v in enumerate(vals):
        cell(p, xs[2 + i], y, xs[3 + i], y + rh, v, font="got", fill=(0.95, 0.95, 0.95))
    y += rh + 10
    nhi_out24 = DATA["nhi"]["total"]["a24"] - DATA["nhi"]["total"]["c24"]
    nhi_out23 = DATA["nhi"]["total"]["a23"] - DATA["nhi"]["total"]["c23"]
    r1 = G.fact(pg, "国民健康保険料", "国民健康保険料", 2024, "令和６年１２月末", "total", "outstanding", "interim",
                nhi_out24 * 1000, "yen", f"{comma(nhi_out24)}千円", as_of=AS24)
    r2 = G.fact(pg, "国民健康保険料", "国民健康保険料", 2023, "前年同月", "total", "outstanding", "interim",
                nhi_out23 * 1000, "yen", f"{comma(nhi_out23)}千円", as_of=AS23)
    notes = [
        "※１　調定額は各月末までの累計額であり、滞納繰越分は調定減額後の額である。",
        "※２　収納率増減は、令和６年１２月末の収納率から令和５年１２月末の収納率を差し引いたもの（△は低下）。",
        f"※３　国民健康保険料の１２月末の収入未済額は {r1}（前年同月 {r2}）である。",
        "※４　介護保険料及び後期高齢者医療保険料は、現年度分と滞納繰越分の合計で表示している。",
    ]
    for n in notes:
        p.insert_text((x, y + 9), n, fontname="min", fontsize=8.5)
        pages_text[-1].append((None, n))
        y += 15
    # short commentary box
    y += 10
    box = pymupdf.Rect(x, y, 550, y + 96)
    p.draw_rect(box, color=(0, 0, 0), width=0.8)
    p.insert_text((x + 8, y + 16), "【ポイント】", fontname="got", fontsize=10)
    bl = ["・市税は、滞納繰越分の早期着手により前年同月を上回る収納率となっている。",
          "・国民健康保険料は、現年度分・滞納繰越分ともに前年同月を上回っている。",
          "・介護保険料は、普通徴収の対象者の増加により前年同月をわずかに下回っている。"]
    yy = y + 34
    for b in bl:
        p.insert_text((x + 8, yy), b, fontname="min", fontsize=9.5)
        yy += 20


def shiryo2():
    C.new()
    p, pg = C.page, C.n
    x = 55
    p.insert_text((RGT + 10 - FGOT.text_length("資料２", 11), 50), "資料２", fontname="got", fontsize=11)
    t = "国民健康保険料の収納対策（令和６年度）"
    p.insert_text((W / 2 - FGOT.text_length(t, 13) / 2, 78), t, fontname="got", fontsize=13)
    p.insert_text((x, 108), "１　令和５年度決算の状況", fontname="got", fontsize=11)
    ws = [80, 84, 84, 74, 84, 64]
    xs = [x]
    for w in ws:
        xs.append(xs[-1] + w)
    y = 116
    hdr = (0.86, 0.89, 0.94)
    for i, lab in enumerate(["区分", "調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "収納率（％）"]):
        cell(p, xs[i], y, xs[i + 1], y + 24, lab, size=8, align="c", font="got", fill=hdr)
    y += 24
    canon, pr = CANON["nhi"]
    for seg, lab in (("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")):
        v = NHI23[seg]
        cells = [lab,
                 G.fact(pg, canon, pr, 2023, "令和５年度", seg, "assessed", "actual", v["a"] * 1000, "yen", comma(v["a"])),
                 G.fact(pg, canon, pr, 2023, "令和５年度", seg, "collected", "actual", v["c"] * 1000, "yen", comma(v["c"])),
                 (G.fact(pg, canon, pr, 2023, "令和５年度", seg, "written_off", "actual", v["w"] * 1000, "yen", comma(v["w"]))
                  if v["w"] else "－"),
                 G.fact(pg, canon, pr, 2023, "令和５年度", seg, "outstanding", "actual", v["o"] * 1000, "yen", comma(v["o"])),
                 G.fact(pg, canon, pr, 2023, "令和５年度", seg, "collection_rate", "actual", v["r"], "percent", rfmt(v["r"]))]
        for i, c in enumerate(cells):
            cell(p, xs[i], y, xs[i + 1], y + 20, c, align="c" if i == 0 or c == "－" else "r")
        y += 20
    y += 20
    p.insert_text((x, y), "２　令和６年度の主な取組", fontname="got", fontsize=11)
    y += 10
    items = [
        ("納期限後１か月以内に電話催告を行い、新たな滞納の発生を抑制する。", "継続"),
        ("国民健康保険の加入手続の際に、キャッシュカードによる口座振替の登録を勧める。", "拡充"),
        ("滞納繰越分のうち納付資力のある世帯について、預貯金及び給与の差押えを早期に行う。", "継続"),
        ("生活困窮等により納付が困難な世帯については、滞納処分の執行停止を適切に判断する。", "継続"),
        ("社会保険への加入により資格を喪失した者に対し、未納分の一括納付を文書で案内する。", "新規"),
    ]
    C.y = y
    for i, (text, stt) in enumerate(items):
        lab = f"（{z(i + 1)}）"
        G.initiative(pg, canon, pr, 2024, "令和６年度の主な取組", lab, text, stt)
        para(f"{lab}{text}【{stt}】", size=10.5, x=x, width=550 - x, indent=31.5, after=4)
    C.y += 10
    para("※　取組の実施状況は、令和７年５月に開催予定の本委員会において報告する。", size=9, x=x, width=550 - x)


def main():
    att, agenda, mats = header()
    spans = statements()
    fix_pending_pages()
    shiryo1()
    shiryo2()
    doc.subset_fonts()
    PDF.parent.mkdir(exist_ok=True)
    doc.save(PDF, garbage=4, deflate=True)
    G.minutes = {
        "title": "岩国市議会 収納率向上対策特別委員会記録",
        "meeting_number": 3,
        "date": "2025-02-14",
        "method": None,
        "attendees": att,
        "agenda": agenda,
        "materials": mats,
        "statements": [{"speaker": sp, "section": sec, "text": text, "page": spans[i]}
                       for i, (sp, sec, text) in enumerate(STATEMENTS)],
    }
    g = G.write(PDF, GOLD)
    errs = check_pdf(PDF, g)
    print(f"{STEM}: pages={g['source']['pages']} facts={len(g['facts'])} initiatives={len(g['initiatives'])} "
          f"statements={len(STATEMENTS)} attendees={len(att)}")
    for e in errs:
        print("  CHECK:", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
