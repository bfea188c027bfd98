"""ときがわ町 令和7年度第2回債権管理対策会議 会議録 (minutes) — python-docx, converted with LibreOffice.

Run from corpus/frozen33:  python3 build/fi_tokigawa_minutes_1.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fi_common import Gold, PDF_DIR, WORK, check_pdf, comma, oku_man, rate, signed  # noqa: E402
from fi_docx import (GOTHIC, MINCHO, Mm, WD_TABLE_ALIGNMENT, col_widths, font, new_doc, page_break, para, row_height,  # noqa: E402
                     set_cell)

STEM = "fi_tokigawa_minutes_1"
CITY = "ときがわ町"
MTITLE = "令和7年度第2回ときがわ町債権管理対策会議 会議録"
G = Gold(STEM, "minutes", "kaigiroku", CITY, MTITLE, "2025-11-18", "令和7年11月18日（火）")
NOW, PREV = "2025-10-31", "2024-10-31"
FY, FYP = 2025, 2024


def r2(x):
    return f"{x:.2f}"


# ------------------------------------------------------------------ data (千円): 10月末 and 前年同月 rates
# short label, canonical name, cur a, cur rate, prev cur rate, arr a, arr rate, prev arr rate
SPEC = [
    ("町税", "町税", 1482350, 67.42, 66.57, 38920, 24.18, 23.16),
    ("国保税", "国民健康保険税", 312480, 51.26, 50.88, 58410, 15.84, 14.90),
    ("後期", "後期高齢者医療保険料", 98420, 62.15, 61.90, 1280, 38.20, 35.40),
    ("介護料", "介護保険料", 241060, 64.30, 64.02, 6420, 19.60, 18.80),
    ("保育料", "保育所保育料", 18930, 82.40, 81.95, 3150, 12.30, 10.90),
    ("住宅", "町営住宅使用料", 14280, 85.60, 86.10, 6870, 6.40, 7.20),
    ("水道", "水道料金", 286400, 58.70, 58.45, 8930, 61.20, 59.80),
]
D = {}
for lab, canon, ca, cr, cpr, aa, ar, apr in SPEC:
    cur = dict(a=ca, c=int(round(ca * cr / 100)))
    arr = dict(a=aa, c=int(round(aa * ar / 100)))
    for s in (cur, arr):
        s["o"] = s["a"] - s["c"]; s["r"] = rate(s["c"], s["a"])
    D[lab] = dict(canon=canon, cur=cur, arr=arr, prev=dict(cur=cpr, arr=apr))
CANON = {s[0]: s[1] for s in SPEC}

doc = new_doc(margins=(20, 18, 22, 22))
pages_of = {}


def h(text, size=11, before=8, after=3):
    return para(doc, text, size=size, f=GOTHIC, before=before, after=after, keep=True)


# ------------------------------------------------------------------ page 1: header
P = 1
para(doc, MTITLE, size=14, f=GOTHIC, align="c", after=10)
h("１　日　時", before=4)
para(doc, "令和7年度第2回の会議として、令和7年11月18日（火）午前10時00分から午前11時30分まで開催した。", indent_mm=6)
h("２　場　所")
para(doc, "ときがわ町役場 本庁舎2階 第1会議室", indent_mm=6)
h("３　出席者（委員８名、事務局３名）")
ATT = [("委員長", "副町長", "関根 伸一"), ("副委員長", "総務課長", "小川 英明"), ("委員", "税務課長", "田中 誠"),
       ("委員", "町民課長", "長島 由美"), ("委員", "子育て・健康課長", "森田 恵子"), ("委員", "福祉課長", "新井 隆"),
       ("委員", "建設環境課長", "山口 和也"), ("委員", "上下水道課長", "吉野 賢治"),
       ("事務局", "税務課 収納担当主幹", "福田 浩"), ("事務局", "税務課 収納担当主査", "金子 彩"),
       ("事務局", "税務課 収納担当主事", "岡野 翔太")]
t = doc.add_table(rows=len(ATT), cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
prev_role = None
for i, (role, title, name) in enumerate(ATT):
    shown = {"委員": "委　員", "事務局": "事務局"}.get(role, role) if role != prev_role else ""
    set_cell(t.rows[i].cells[0], shown, 10, align="l")
    set_cell(t.rows[i].cells[1], title, 10, align="l")
    set_cell(t.rows[i].cells[2], name, 10, align="l")
    prev_role = role
col_widths(t, [28, 55, 40])
h("４　議　題")
AGENDA = ["令和7年度 町税等の収納状況（10月末現在）について", "令和7年度 滞納整理強化月間の実施について", "債権放棄の報告について", "その他"]
for i, a in enumerate(AGENDA, 1):
    para(doc, f"（{i}）{a}", indent_mm=6)
h("５　資　料")
MATS = ["資料1　町税等収納状況一覧（令和7年10月末現在）", "資料2　令和7年度 滞納整理強化月間実施計画", "資料3　債権放棄一覧（令和7年度上半期）"]
for m in MATS:
    para(doc, m, indent_mm=6)
h("６　会議の経過")

STMTS = []          # (page, speaker, section, text)


def say(page, speaker, section, text):
    STMTS.append((page, speaker, section, text))
    p = para(doc, "", indent_mm=4, first_mm=-4, after=3, align="j", line=1.4)
    font(p.add_run(f"○{speaker}　"), GOTHIC, 10.5)
    font(p.add_run(text), MINCHO, 10.5)


def sect(label):
    para(doc, label, f=GOTHIC, before=5, after=2, keep=True)


say(P, "関根委員長", "開会",
    "ただいまから、令和7年度第2回ときがわ町債権管理対策会議を開会する。本日は10月末の収納状況を確認するとともに、"
    "12月の滞納整理強化月間に向けた取組を確認したい。")

# ------------------------------------------------------------------ page 1 (cont.)
sect("議題（１）令和7年度 町税等の収納状況（10月末現在）について")
tx = D["町税"]
dc = round(tx["cur"]["r"] - tx["prev"]["cur"], 2); da = round(tx["arr"]["r"] - tx["prev"]["arr"], 2)
o_t, o_v = oku_man((tx["cur"]["o"] + tx["arr"]["o"]) * 1000, 1_000_000)
s_tax = (f"資料1により報告する。町税の10月末現在の収納率は、現年課税分が{r2(tx['cur']['r'])}％で、前年同月比{dc:.2f}ポイントの上昇、"
         f"滞納繰越分が{r2(tx['arr']['r'])}％で、前年同月比{da:.2f}ポイントの上昇となっている。10月末の収入未済額は約{o_t}である。"
         "令和二年度に導入したスマートフォン決済の利用件数が伸びており、納期内納付の増加につながっている。"
         "令和6年度決算の町税収納率は97.11％で、令和二年度の96.80％から着実に改善している。"
         "滞納繰越分については、9月までに預貯金等の財産調査を終えた事案から順次差押えを行っており、10月末までの差押えは延べ86件となった。"
         "また、埼玉県との共同徴収により、高額で処理が困難な事案の整理を進めている。")
S = "議題（１）令和7年度 町税等の収納状況（10月末現在）について"
G.fact(P, "町税", "町税", FY, None, "current", "collection_rate", "interim", tx["cur"]["r"], "percent", f"{r2(tx['cur']['r'])}％", as_of=NOW)
G.fact(P, "町税", "町税", FY, None, "current", "difference", "interim", dc, "points", f"{dc:.2f}ポイント", as_of=NOW)
G.fact(P, "町税", "町税", FY, None, "arrears", "collection_rate", "interim", tx["arr"]["r"], "percent", f"{r2(tx['arr']['r'])}％", as_of=NOW)
G.fact(P, "町税", "町税", FY, None, "arrears", "difference", "interim", da, "points", f"{da:.2f}ポイント", as_of=NOW)
G.fact(P, "町税", "町税", FY, None, "total", "outstanding", "interim", o_v, "yen", f"約{o_t}", approx=True, as_of=NOW)
G.fact(P, "町税", "町税", 2024, "令和6年度", "total", "collection_rate", "actual", 97.11, "percent", "97.11％")
G.fact(P, "町税", "町税", 2020, "令和二年度", "total", "collection_rate", "actual", 96.80, "percent", "96.80％")
say(P, "田中税務課長", S, s_tax)
page_break(doc)
P = 2
kk, kh = D["国保税"], D["後期"]
dk = round(kk["cur"]["r"] - kk["prev"]["cur"], 2)
s_kok = (f"国民健康保険税は、現年課税分の収納率が{r2(kk['cur']['r'])}％で、前年同月比{dk:.2f}ポイント上昇した。"
         f"滞納繰越分は{r2(kk['arr']['r'])}％である。被保険者数の減少により調定額は前年度を下回っている。"
         f"後期高齢者医療保険料は、現年分が{r2(kh['cur']['r'])}％で前年同月とほぼ同水準で推移している。")
G.fact(P, "国民健康保険税", "国民健康保険税", FY, None, "current", "collection_rate", "interim", kk["cur"]["r"], "percent", f"{r2(kk['cur']['r'])}％", as_of=NOW)
G.fact(P, "国民健康保険税", "国民健康保険税", FY, None, "current", "difference", "interim", dk, "points", f"{dk:.2f}ポイント", as_of=NOW)
G.fact(P, "国民健康保険税", "国民健康保険税", FY, None, "arrears", "collection_rate", "interim", kk["arr"]["r"], "percent", f"{r2(kk['arr']['r'])}％", as_of=NOW)
G.fact(P, "後期高齢者医療保険料", "後期高齢者医療保険料", FY, None, "current", "collection_rate", "interim", kh["cur"]["r"], "percent", f"{r2(kh['cur']['r'])}％", as_of=NOW)
say(P, "長島町民課長", S, s_kok)
kg = D["介護料"]
s_kai = (f"介護保険料は、現年分の収納率が{r2(kg['cur']['r'])}％、滞納繰越分が{r2(kg['arr']['r'])}％で、いずれも前年同月を上回っている。"
         "普通徴収の方で未納が続く方には、給付制限の内容を説明した上で分割納付の相談に応じている。"
         "65歳到達時の案内に口座振替の依頼書を同封したところ、新規の口座振替登録が増えている。")
G.fact(P, "介護保険料", "介護保険料", FY, None, "current", "collection_rate", "interim", kg["cur"]["r"], "percent", f"{r2(kg['cur']['r'])}％", as_of=NOW)
G.fact(P, "介護保険料", "介護保険料", FY, None, "arrears", "collection_rate", "interim", kg["arr"]["r"], "percent", f"{r2(kg['arr']['r'])}％", as_of=NOW)
say(P, "新井福祉課長", S, s_kai)
hk = D["保育料"]
s_ho = (f"保育所保育料は、現年分が{r2(hk['cur']['r'])}％である。滞納繰越分は{r2(hk['arr']['r'])}％で、"
        f"前年同月の{r2(hk['prev']['arr'])}％を上回った。卒園した世帯の滞納分が残っており、引き続き納付の働きかけを行う。")
G.fact(P, "保育所保育料", "保育所保育料", FY, None, "current", "collection_rate", "interim", hk["cur"]["r"], "percent", f"{r2(hk['cur']['r'])}％", as_of=NOW)
G.fact(P, "保育所保育料", "保育所保育料", FY, None, "arrears", "collection_rate", "interim", hk["arr"]["r"], "percent", f"{r2(hk['arr']['r'])}％", as_of=NOW)
G.fact(P, "保育所保育料", "保育所保育料", FYP, "前年同月", "arrears", "collection_rate", "interim", hk["prev"]["arr"], "percent", f"{r2(hk['prev']['arr'])}％", as_of=PREV)
say(P, "森田子育て・健康課長", S, s_ho)
jk = D["住宅"]
djk = round(jk["cur"]["r"] - jk["prev"]["cur"], 2)
s_ju = (f"町営住宅使用料は、現年分の収納率が{r2(jk['cur']['r'])}％で、前年同月比{abs(djk):.2f}ポイントの低下となった。"
        "高齢の単身入居者の滞納が増えていることが要因である。")
G.fact(P, "町営住宅使用料", "町営住宅使用料", FY, None, "current", "collection_rate", "interim", jk["cur"]["r"], "percent", f"{r2(jk['cur']['r'])}％", as_of=NOW)
G.fact(P, "町営住宅使用料", "町営住宅使用料", FY, None, "current", "difference", "interim", djk, "points", f"{abs(djk):.2f}ポイント", as_of=NOW)
say(P, "山口建設環境課長", S, s_ju)
sw = D["水道"]
s_sui = (f"水道料金は、現年分{r2(sw['cur']['r'])}％、滞納繰越分{r2(sw['arr']['r'])}％である。"
         "給水停止予告を行った上で納付相談に応じており、滞納繰越分の収納が進んでいる。")
G.fact(P, "水道料金", "水道料金", FY, None, "current", "collection_rate", "interim", sw["cur"]["r"], "percent", f"{r2(sw['cur']['r'])}％", as_of=NOW)
G.fact(P, "水道料金", "水道料金", FY, None, "arrears", "collection_rate", "interim", sw["arr"]["r"], "percent", f"{r2(sw['arr']['r'])}％", as_of=NOW)
say(P, "吉野上下水道課長", S, s_sui)

# Q and A
say(P, "小川副委員長", S, "町営住宅使用料の現年分が前年同月を下回った点について、今後どのように対応するのか。")
say(P, "山口建設環境課長", S,
    "滞納が2か月を超えた入居者には、翌月中に訪問して生活状況を確認している。福祉課と情報を共有し、必要に応じて生活支援の窓口につなぐとともに、"
    "連帯保証人への通知も早めに行う。")
say(P, "関根委員長", S, "保育料の滞納繰越分は、卒園後の世帯への接触が難しいと聞いている。税務課との連携はどうなっているか。")
say(P, "森田子育て・健康課長", S,
    "卒園後の世帯については、税務課の協力を得て住所や勤務先の確認を行っている。今年度から、児童手当からの申出徴収の案内を入所時に行っており、新たな滞納の発生を抑えたい。")
page_break(doc)
P = 3
S2 = "議題（２）令和7年度 滞納整理強化月間の実施について"
sect(S2)
say(P, "福田収納担当主幹", S2,
    "資料2により説明する。12月1日から26日までを滞納整理強化月間とし、各課の職員による合同の臨戸訪問と夜間・休日の納付相談窓口を設ける。"
    "前年度の強化月間では、臨戸訪問を延べ412件実施した。今年度は、複数の債権を滞納している世帯を優先して訪問する。")
S3 = "議題（３）債権放棄の報告について"
sect(S3)
s_hk = ("資料3により報告する。ときがわ町債権管理条例に基づき、町営住宅使用料について、相続人が不存在の3件、計1,286,400円の債権を放棄した。"
        "なお、令和6年度の町税の不納欠損額は4,812千円で、前年度から1,035千円減少している。")
G.fact(P, "町税", "町税", 2024, "令和6年度", "total", "written_off", "actual", 4812000, "yen", "4,812千円")
G.fact(P, "町税", "町税", 2024, "令和6年度", "total", "difference", "actual", -1035000, "yen", "1,035千円")
say(P, "田中税務課長", S3, s_hk)
say(P, "関根委員長", "閉会",
    "各課から報告があったとおり、おおむね前年同月を上回って推移している。強化月間では、各課が連携して複数債権の滞納世帯に対応していただきたい。"
    "以上で本日の会議を閉会する。")
para(doc, "（午前11時30分 閉会）", align="r", before=6)

# ------------------------------------------------------------------ page 4: 別表
page_break(doc)
P = 4
para(doc, "別表　町税等収納状況一覧（令和7年10月末現在）", size=11.5, f=GOTHIC, after=2)
para(doc, "（単位：千円、％）", size=9, align="r")
rows = [["債権", "区分", "調定額", "収入済額", "収入未済額", "収納率", "前年同月", "差"]]
body = []
tot = {seg: {k: 0 for k in "aco"} for seg in ("cur", "arr")}
for lab, *_ in SPEC:
    d = D[lab]
    for seg, sl in (("cur", "現年"), ("arr", "滞繰")):
        s = d[seg]
        diff = round(s["r"] - d["prev"][seg], 2)
        body.append([lab if seg == "cur" else "", sl, comma(s["a"]), comma(s["c"]), comma(s["o"]), r2(s["r"]),
                     r2(d["prev"][seg]), signed(diff, "△", 2)])
        segn = "current" if seg == "cur" else "arrears"
        cn = CANON[lab]
        G.fact(P, cn, lab, FY, None, segn, "assessed", "interim", s["a"] * 1000, "yen", comma(s["a"]), as_of=NOW)
        G.fact(P, cn, lab, FY, None, segn, "collected", "interim", s["c"] * 1000, "yen", comma(s["c"]), as_of=NOW)
        G.fact(P, cn, lab, FY, None, segn, "outstanding", "interim", s["o"] * 1000, "yen", comma(s["o"]), as_of=NOW)
        G.fact(P, cn, lab, FY, None, segn, "collection_rate", "interim", s["r"], "percent", r2(s["r"]), as_of=NOW)
        G.fact(P, cn, lab, FYP, "前年同月", segn, "collection_rate", "interim", d["prev"][seg], "percent", r2(d["prev"][seg]), as_of=PREV)
        G.fact(P, cn, lab, FY, None, segn, "difference", "interim", diff, "points", signed(diff, "△", 2), as_of=NOW)
        for k in "aco":
            tot[seg][k] += s[k]
tot["tot"] = {k: tot["cur"][k] + tot["arr"][k] for k in "aco"}
for seg, sl in (("cur", "現年"), ("arr", "滞繰"), ("tot", "計")):
    s = tot[seg]; rv = rate(s["c"], s["a"])
    body.append(["合計" if seg == "cur" else "", sl, comma(s["a"]), comma(s["c"]), comma(s["o"]), r2(rv), "", ""])
    segn = {"cur": "current", "arr": "arrears", "tot": "total"}[seg]
    G.fact(P, None, "合計", FY, None, segn, "assessed", "interim", s["a"] * 1000, "yen", comma(s["a"]), as_of=NOW)
    G.fact(P, None, "合計", FY, None, segn, "collected", "interim", s["c"] * 1000, "yen", comma(s["c"]), as_of=NOW)
    G.fact(P, None, "合計", FY, None, segn, "outstanding", "interim", s["o"] * 1000, "yen", comma(s["o"]), as_of=NOW)
    G.fact(P, None, "合計", FY, None, segn, "collection_rate", "interim", rv, "percent", r2(rv), as_of=NOW)
t = doc.add_table(rows=1 + len(body), cols=8)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, v in enumerate(rows[0]):
    set_cell(t.rows[0].cells[j], v, 9, GOTHIC, fill="DCE3EE")
for i, r in enumerate(body, 1):
    for j, v in enumerate(r):
        set_cell(t.rows[i].cells[j], v, 9, align="l" if j == 0 else ("c" if j == 1 else "r"))
# merge debt label cells over 現年/滞繰 rows
i = 1
while i <= len(body):
    if body[i - 1][0]:
        span = 3 if body[i - 1][0] == "合計" else 2
        a_ = t.cell(i, 0); b_ = t.cell(i + span - 1, 0)
        m = a_.merge(b_)
        set_cell(m, body[i - 1][0], 9, GOTHIC if body[i - 1][0] == "合計" else MINCHO, align="c")
        i += span
    else:
        i += 1
col_widths(t, [22, 14, 25, 25, 25, 18, 18, 19])
row_height(t, 6.2)
para(doc, "凡例　国保税＝国民健康保険税、後期＝後期高齢者医療保険料、介護料＝介護保険料、保育料＝保育所保育料、"
          "住宅＝町営住宅使用料、水道＝水道料金", size=8.5, before=3)
para(doc, "※ 前年同月は令和6年10月末の収納率。差は令和7年10月末の収納率から前年同月の収納率を差し引いたもの（△はマイナス）。", size=8.5)
para(doc, "", before=4)
# 参考 box (one-cell table)
bt = doc.add_table(rows=1, cols=1)
bt.style = "Table Grid"
bt.alignment = WD_TABLE_ALIGNMENT.CENTER
c = bt.rows[0].cells[0]
set_cell(c, "【参考】令和6年度決算の状況", 10, GOTHIC, align="l")
K6 = [("・町税収納率（計）：97.11％", "町税", "町税", "collection_rate", 97.11, "percent", "97.11％", False),
      ("・国保税収納率（計）：83.23％", "国民健康保険税", "国保税", "collection_rate", 83.23, "percent", "83.23％", False),
      ("・町税収入未済額：約3,900万円", "町税", "町税", "outstanding", 39000000, "yen", "約3,900万円", True)]
for line, cn, dr, m, v, u, raw, ap in K6:
    pp = c.add_paragraph()
    font(pp.add_run(line), MINCHO, 9.5)
    pp.paragraph_format.left_indent = Mm(4)
    G.fact(P, cn, dr, 2024, "令和6年度", "total", m, "actual", v, u, raw, approx=ap)
col_widths(bt, [166])
para(doc, "", before=2)

# ------------------------------------------------------------------ write
docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
pdf = PDF_DIR / f"{STEM}.pdf"
from fi_docx import to_pdf  # noqa: E402
to_pdf(docx_path, pdf)
G.minutes = {
    "title": MTITLE, "meeting_number": 2, "date": "2025-11-18", "method": None,
    "attendees": [{"role": r, "title": t_, "name": n} for r, t_, n in ATT],
    "agenda": AGENDA,
    "materials": MATS,
    "statements": [{"speaker": sp, "section": sec, "text": tx_, "page": pg} for pg, sp, sec, tx_ in STMTS],
}
import fitz  # noqa: E402
n = fitz.open(pdf).page_count
gp = G.write(pdf, n)
errs = check_pdf(pdf, gp)
# statements must sit on their page
dd = fitz.open(pdf)
for pg, sp, sec, tx_ in STMTS:
    if "".join(tx_.split()) not in "".join(dd[pg - 1].get_text().split()):
        errs += 1; print("  statement not on its page", pg, tx_[:30])
print(f"{STEM}: pages={n} facts={len(G.facts)} initiatives={len(G.inits)} statements={len(STMTS)} errors={errs}")
