"""qe_okegawa_minutes_1: 令和７年度第２回桶川市債権管理対策会議 議事要旨（書面開催）.  python-docx -> LibreOffice."""
import sys, shutil
sys.dont_write_bytecode = True
sys.path.insert(0, __import__("os").path.dirname(__file__))
from qe_common import *
from qe_docx import *

STEM = "qe_okegawa_minutes_1"
g = Gold()
FY, PFY = 2025, 2024
ASOF, PASOF = "2025-12-31", "2024-12-31"
d = new_doc(10.5)
page_number_footer(d.sections[0])
P = 1
TITLE = "令和７年度第２回桶川市債権管理対策会議　議事要旨"
para(d, TITLE, GOTH, 14, True, "c", after=10)
para(d, "１　開催方法", GOTH, 11, True, before=4)
para(d, "令和７年度第２回桶川市債権管理対策会議は、業務繁忙期における各部の負担を考慮して書面開催とし、"
        "令和８年１月20日付けで各委員に会議資料を送付し、同月30日までに意見及び質問を書面により事務局へ提出する形式で実施した。",
     indent=10.5, first=10.5)
ATT = [("委員長", ["副市長"]),
       ("委員", ["市長公室長", "総務部長", "市民生活部長", "健康福祉部長", "こども・若者部長", "都市整備部長", "上下水道部長", "教育部長", "会計管理者", "議会事務局長"]),
       ("事務局", ["総務部副部長", "収納課長", "収納課債権管理担当主幹"])]
para(d, "２　出席者（委員長１名、委員10名、事務局３名）", GOTH, 11, True, before=6)
for role, ts in ATT:
    para(d, f"{role}：" + "・".join(ts), indent=10.5)
AGENDA = ["令和７年度債権管理の中間報告（12月末現在）について", "令和８年度債権回収実施計画の策定方針について", "私債権の放棄の状況について"]
para(d, "３　議　題", GOTH, 11, True, before=6)
for k, a in enumerate(AGENDA, 1):
    para(d, f"（{zen(k)}）{a}", indent=10.5)
para(d, "４　資　料", GOTH, 11, True, before=6)
MAT = "令和７年度第２回桶川市債権管理対策会議資料（資料１～資料３）"
para(d, f"（別添）{MAT}", indent=10.5)
para(d, "５　意見及び質問", GOTH, 11, True, before=6)
para(d, "（１）各債権の中間状況について", indent=10.5)

# data 千円: debt -> (printed short, full, cur(assessed, collected, prev_rate), arr(...))
DEBTS = [
    ("市税", "市税", "市税", (10284316, 8479530, 82.07), (412608, 86934, 19.85)),
    ("国民健康保険料", "国保税", "国民健康保険税", (1486203, 1028451, 69.72), (503127, 74860, 15.31)),
    ("介護保険料", "介護料", "介護保険料", (1542718, 1187306, 76.88), (31245, 6215, 19.62)),
    ("後期高齢者医療保険料", "後期高齢", "後期高齢者医療保険料", (798431, 621854, 77.95), (8614, 3402, 41.27)),
    ("保育料", "保育料", "保育料", (186540, 138962, 74.41), (22306, 3518, 14.93)),
    ("市営住宅使用料", "住宅使用料", "市営住宅使用料", (84112, 62377, 73.96), (30418, 3129, 11.02)),
]
V = {}
for dn, short, full, cur, arr in DEBTS:
    V[dn] = {"current": (cur[0], cur[1], rate(cur[1], cur[0]), cur[2]), "arrears": (arr[0], arr[1], rate(arr[1], arr[0]), arr[2])}
tax = V["市税"]
out_tax = tax["current"][0] - tax["current"][1] + tax["arrears"][0] - tax["arrears"][1]  # 千円
out_tax_man = round(out_tax / 1000) * 100  # 約…万円 (100万円単位) -> in 万円
prev_out_tax_man = out_tax_man + 1250
ST = []


def stmt(sp, paras):
    para(d, f"（{sp}）", indent=21, before=3)
    for t in paras:
        para(d, t, indent=31.5, first=10.5)
    ST.append({"speaker": sp, "section": "各債権の中間状況について", "text": "\n".join(paras)})


def manyen(m):
    o, r = divmod(m, 10000)
    return (f"{o}億" if o else "") + (f"{r:,}万円" if r else "円")


rc, rpc = tax["current"][2], tax["current"][3]
stmt("総務部長", [
    f"「市税」は、12月末現在の現年分の収納率が{pct(rc)}％で、対前年同月比{pct(rc - rpc)}ポイント上昇した。"
    f"滞納繰越分は{pct(tax['arrears'][2])}％となっている。収入未済額は約{manyen(out_tax_man)}で、前年同月から約1,250万円減少した。",
    "10月から収納課に滞納整理の専任担当を置き、高額・困難事案の早期着手を進めている。また、令和７年度から納付書にＱＲコードを印字し、"
    "スマートフォン決済の利用件数は前年同期の約1.4倍となった。"])
g.f("市税", "市税", FY, "12月末", "current", "collection_rate", "interim", rc, "percent", f"{pct(rc)}％で", P, as_of=ASOF)
g.f("市税", "市税", FY, "12月末", "current", "difference", "interim", round(rc - rpc, 2), "points", f"対前年同月比{pct(rc - rpc)}ポイント上昇", P, as_of=ASOF)
g.f("市税", "市税", FY, "12月末", "arrears", "collection_rate", "interim", tax["arrears"][2], "percent", f"{pct(tax['arrears'][2])}％となっている", P, as_of=ASOF)
g.f("市税", "市税", FY, "12月末", "total", "outstanding", "interim", out_tax_man * 10000, "yen", f"約{manyen(out_tax_man)}", P, as_of=ASOF, approx=True)
g.f("市税", "市税", FY, "12月末", "total", "difference", "interim", -12500000, "yen", "約1,250万円減少", P, as_of=ASOF, approx=True)
k = V["国民健康保険料"]["current"]
stmt("健康福祉部長", [
    f"「国民健康保険税」は、現年分の収納率が{pct(k[2])}％で、前年同月を{pct(k[3] - k[2])}ポイント下回った。"
    "被保険者の減少により調定額が縮小する中、低所得世帯の割合が高まっていることが要因と考えられる。１月以降、電話催告の対象を拡大する。",
    "「介護保険料」及び「後期高齢者医療保険料」は、おおむね前年同月並みで推移している。普通徴収の未納者には、地域包括支援センターとも連携して早期に接触する。"])
g.f("国民健康保険料", "国民健康保険税", FY, "12月末", "current", "collection_rate", "interim", k[2], "percent", f"{pct(k[2])}％で、前年同月を", P, as_of=ASOF)
g.f("国民健康保険料", "国民健康保険税", FY, "12月末", "current", "difference", "interim", round(k[2] - k[3], 2), "points", f"{pct(k[3] - k[2])}ポイント下回った", P, as_of=ASOF)
P = 2
page_break(d)
h = V["保育料"]["current"]
stmt("こども・若者部長", [
    f"「保育料」は、現年分の収納率が{pct(h[2])}％（前年同月{pct(h[3])}％）となった。児童手当からの徴収について、"
    "新規入所時の説明で申出を勧めている。滞納繰越分は、分納誓約の履行状況を毎月確認している。"])
g.f("保育料", "保育料", FY, "12月末", "current", "collection_rate", "interim", h[2], "percent", f"{pct(h[2])}％（前年同月", P, as_of=ASOF)
g.f("保育料", "保育料", PFY, "前年同月", "current", "collection_rate", "interim", h[3], "percent", f"前年同月{pct(h[3])}％", P, as_of=PASOF)
j = V["市営住宅使用料"]
stmt("都市整備部長", [
    f"「市営住宅使用料」は、滞納繰越分の収納率が{pct(j['arrears'][2])}％で、前年同月の{pct(j['arrears'][3])}％を下回った。"
    "長期滞納者２名について、明渡し及び滞納家賃の支払を求める訴えの提起に向けて準備を進めている。"])
g.f("市営住宅使用料", "市営住宅使用料", FY, "12月末", "arrears", "collection_rate", "interim", j["arrears"][2], "percent", f"{pct(j['arrears'][2])}％で", P, as_of=ASOF)
g.f("市営住宅使用料", "市営住宅使用料", PFY, "前年同月", "arrears", "collection_rate", "interim", j["arrears"][3], "percent", f"前年同月の{pct(j['arrears'][3])}％", P, as_of=PASOF)
stmt("教育部長", [
    "「学校給食費」は、令和元年度の公会計化以降、滞納額は減少傾向にある。私債権のため強制徴収ができないことから、"
    "卒業前の納付相談を徹底し、時効が到来した債権については債権管理条例に基づく放棄を検討する。"])
stmt("副市長", [
    "各部とも中間の状況を把握し、後半の取組につなげていることを確認した。特に国民健康保険税については前年を下回っていることから、"
    "年度末に向けて収納課と連携し、取組を強化していただきたい。令和８年度の実施計画は、本日の意見を踏まえて事務局で取りまとめること。"])

para(d, "６　事務局からの補足", GOTH, 11, True, before=8)
para(d, "【収納率】令和７年12月末時点（市税）", GOTH, 10.5, before=2, indent=10.5)
tt = (tax["current"][1] + tax["arrears"][1], tax["current"][0] + tax["arrears"][0])
rtt = rate(tt[0], tt[1])
for lab, v, seg in (("現年分", rc, "current"), ("滞繰分", tax["arrears"][2], "arrears"), ("合計", rtt, "total")):
    para(d, f"・{lab}　{zen(pct(v))}％", indent=21)
    g.f("市税", "市税", FY, "令和７年12月末時点", seg, "collection_rate", "interim", v, "percent", f"{lab}{zen(pct(v))}％", P, as_of=ASOF)
# 参考 box (one-cell table)
t = d.add_table(rows=1, cols=1)
table_grid(t, 8)
cell = t.cell(0, 0)
lines = ["【参考】令和６年度決算（R6）", "・市税収納率：98.62％（R5　98.41％）", "・国保税収納率（現年分）：94.87％", "・収入未済額（全会計）：約4億5,600万円"]
set_text(cell, "\n".join(lines), MIN, 9.5)
g.f("市税", "市税", PFY, "令和６年度決算", "total", "collection_rate", "actual", 98.62, "percent", "市税収納率：98.62％", P)
g.f("市税", "市税", 2023, "R5", "total", "collection_rate", "actual", 98.41, "percent", "R5 98.41％", P)
g.f("国民健康保険料", "国保税", PFY, "令和６年度決算", "current", "collection_rate", "actual", 94.87, "percent", "94.87％", P)
g.f(None, "全会計", PFY, "令和６年度決算", "total", "outstanding", "actual", 456000000, "yen", "約4億5,600万円", P, approx=True)

# ---- 別表 page 3
P = 3
page_break(d)
para(d, "別表　主な債権の収納状況（今期：令和７年12月末現在、前年同期：令和６年12月末現在）", GOTH, 10.5, True, after=2)
para(d, "（単位：千円、％）", GOTH, 8.5, align="r")
rows = 1 + 2 * len(DEBTS)
t = d.add_table(rows=rows, cols=7)
table_style_none(t)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期\n収納率", "差"]
for k, x in enumerate(hdr):
    c_ = set_text(t.cell(0, k), x, GOTH, 8.5, "c")
    cell_borders(c_, top=("single", 12), bottom=("single", 6))
r = 1
for dn, short, full, cur, arr in DEBTS:
    for j_, seg in enumerate(("current", "arrears")):
        a, cl, rt_, pr = V[dn][seg]
        dif = round(rt_ - pr, 2)
        vals = [short if j_ == 0 else "", "現年" if seg == "current" else "滞繰", c(a), c(cl), pct(rt_), pct(pr), sgn(dif, minus="▲")]
        for k, x in enumerate(vals):
            set_text(t.cell(r, k), x, GOTH, 8.5, "r" if k >= 2 else None)
        g.f(dn, short, FY, "今期", seg, "assessed", "interim", a * 1000, "yen", c(a), P, as_of=ASOF)
        g.f(dn, short, FY, "今期", seg, "collected", "interim", cl * 1000, "yen", c(cl), P, as_of=ASOF)
        g.f(dn, short, FY, "今期", seg, "collection_rate", "interim", rt_, "percent", pct(rt_), P, as_of=ASOF)
        g.f(dn, short, PFY, "前年同期", seg, "collection_rate", "interim", pr, "percent", pct(pr), P, as_of=PASOF)
        g.f(dn, short, FY, "今期", seg, "difference", "interim", dif, "points", sgn(dif, minus="▲"), P, as_of=ASOF)
        r += 1
    t.cell(r - 2, 0).merge(t.cell(r - 1, 0))
    set_text(t.cell(r - 2, 0), short, GOTH, 8.5)
for k in range(7):
    cell_borders(t.cell(rows - 1, k), bottom=("single", 12))
widths(t, [28, 12, 26, 26, 18, 20, 16])
para(d, "（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、住宅使用料＝市営住宅使用料。", size=8.5, before=3)
para(d, "　　　差は今期収納率から前年同期収納率を差し引いたもので、▲は前年同期を下回ったことを示す。", size=8.5)

docx_path = WORK / f"{STEM}.docx"
d.save(docx_path)
soffice_pdf(docx_path, WORK)
shutil.copy(WORK / f"{STEM}.pdf", PDF / f"{STEM}.pdf")
attendees = [{"role": role, "title": t_, "name": None} for role, ts in ATT for t_ in ts]
minutes = {"title": TITLE.replace("　", " "), "meeting_number": 2, "date": "2026-01-20", "method": "書面開催",
           "attendees": attendees, "agenda": AGENDA, "materials": [MAT], "statements": ST}
write_gold(STEM, "minutes", "桶川市", TITLE.replace("　", " "), "2026-01-20", "令和８年１月20日", g, minutes=minutes, family="minutes")
