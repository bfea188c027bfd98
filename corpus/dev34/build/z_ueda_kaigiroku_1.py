"""上田市議会 総務市民委員会 会議録 (council committee record with a 別表), python-docx -> LibreOffice.
Modelled on the layout of a city council committee record (○-speaker markers, ◎ topic headings,
figures spoken in 全角 digits) such as http://www.otaru.org/gijiroku/iinkai/yosan/Y1904-1214.htm."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from z_common import F, I, OUT, soffice, finish
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "z_ueda_kaigiroku_1"
Z = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")
def zen(s): return s.translate(Z)

# ---- data (千円) -------------------------------------------------------------
# name, cur_a, cur_c, arr_a, arr_c, arr_w, prev rates (cur, arr, total)
DEBTS = [
    ("市税",             14820356, 14701834, 812447, 255921, 68213, ("99.12", "29.84", "95.71")),
    ("国民健康保険税",    2614880, 2537543, 684512, 168389, 41207, ("96.85", "22.90", "79.64")),
    ("介護保険料",        2398104, 2386113, 61245, 9887, 8410, ("99.43", "15.02", "97.14")),
    ("後期高齢者医療保険料", 1104562, 1101249, 9870, 4216, 520, ("99.68", "40.11", "98.93")),
    ("保育所保育料",       512330, 507975, 38904, 5602, 3120, ("99.05", "13.27", "92.41")),
    ("市営住宅使用料",     402118, 392952, 95632, 12854, 4471, ("97.61", "12.38", "81.15")),
    ("水道料金",          3012445, 2987346, 61870, 36981, 2212, ("99.08", "58.47", "97.82")),
    ("下水道使用料",      2210890, 2193201, 45102, 26745, 1488, ("99.27", "57.03", "98.22")),
]

def rate(c, a):
    return f"{c / a * 100:.2f}"

def fmt(n):
    return f"{n:,}"

rows = []   # (debt, seg_label, seg, a, c, w, o, r, prev)
tot = {"current": [0, 0, 0], "arrears": [0, 0, 0], "total": [0, 0, 0]}
for name, ca, cc, aa, ac, aw, prev in DEBTS:
    ta, tc, tw = ca + aa, cc + ac, aw
    for lab, seg, a, c, w, p in (("現年分", "current", ca, cc, 0, prev[0]), ("滞繰分", "arrears", aa, ac, aw, prev[1]),
                                 ("計", "total", ta, tc, tw, prev[2])):
        rows.append((name, lab, seg, a, c, w, a - c - w, rate(c, a), p))
        tot[seg][0] += a; tot[seg][1] += c; tot[seg][2] += w
TOTPREV = {"current": "98.81", "arrears": "26.75", "total": "93.02"}
for lab, seg in (("現年分", "current"), ("滞繰分", "arrears"), ("計", "total")):
    a, c, w = tot[seg]
    rows.append(("合計", lab, seg, a, c, w, a - c - w, rate(c, a), TOTPREV[seg]))

T = {seg: tot[seg] for seg in tot}
TA, TC, TW = T["total"]; TO = TA - TC - TW
# rounded figures for the speech
def oku(n_k):   # 千円 -> '約２６５億円' style (億 rounded)
    return round(n_k * 1000 / 1e8)
spoken_assessed = oku(TA); spoken_collected = oku(TC)
spoken_out_man = round(TO * 1000 / 1e6) * 100   # 万円 rounded to 100万
def man_str(man):
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")
out_str = man_str(spoken_out_man)
total_rate_1 = f"{TC / TA * 100:.1f}"
shizei = [r for r in rows if r[0] == "市税"]

# ---- document ---------------------------------------------------------------
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.line_spacing = 1.15

hp = sec.header.paragraphs[0]
hp.text = "総務市民委員会会議録（令和６年９月１２日）"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
def field(par, instr):
    r = par.add_run(); b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r = par.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r._r.append(t)
    r = par.add_run(); e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
fp.add_run("－ "); field(fp, "PAGE"); fp.add_run(" －")

def P(text="", bold=False, size=None, align=None, indent=0, first=0):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if align: p.alignment = align
    if indent: p.paragraph_format.left_indent = Pt(indent)
    if first: p.paragraph_format.first_line_indent = Pt(first)
    return p

P("令和６年９月定例会", align=WD_ALIGN_PARAGRAPH.CENTER)
P("総務市民委員会会議録", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
P()
P("１　開催日時　　令和６年９月１２日（木）　午前１０時００分開会　午前１１時４８分閉会")
P("２　開催場所　　第２委員会室")
P("３　出席委員（７名）")
MEMBERS = [("委員長", "中村　和也"), ("副委員長", "小林　恵子"), ("委員", "宮下　誠"), ("委員", "柳沢　浩一"),
           ("委員", "堀内　美穂"), ("委員", "滝沢　進"), ("委員", "北村　直樹")]
P("　　" + "　　".join(f"{r}　{n}" for r, n in MEMBERS[:2]))
P("　　" + "　　".join(f"{r}　{n}" for r, n in MEMBERS[2:5]))
P("　　" + "　　".join(f"{r}　{n}" for r, n in MEMBERS[5:]))
P("４　欠席委員　　なし")
P("５　説明のため出席した者")
EXPL = ["財政部長", "財政部次長兼納税課長", "債権管理課長", "健康・こども未来部長", "国保年金課長", "上下水道局経営管理課長"]
P("　　" + "・".join(EXPL))
P("６　事務局職員　議事調査係長・同係主査")
P("７　会議に付した事件")
AG = ["所管事務調査　令和５年度決算に係る市債権の収納状況について",
      "報告　上田市債権管理推進計画（令和６年度～令和８年度）の進捗状況について"]
P("　（１）" + AG[0]); P("　（２）" + AG[1])
P("８　配付資料")
MAT = ["資料１　令和５年度　市債権の収納状況（別表）", "資料２　上田市債権管理推進計画　進捗状況報告書"]
for m in MAT: P("　・" + m)
P("９　審査の経過")

facts, statements = [], []
def say(speaker_printed, speaker, section, text):
    p = doc.add_paragraph()
    r = p.add_run("○" + speaker_printed); r.bold = True
    for i, para in enumerate(text.split("\n")):
        q = P("　" + para)
    statements.append({"speaker": speaker, "section": section, "text": text})

def topic(t):
    P()
    P("◎" + t, bold=True)

S1 = "令和５年度決算に係る市債権の収納状況について"
S2 = "上田市債権管理推進計画（令和６年度～令和８年度）の進捗状況について"
topic("所管事務調査　" + S1)
say("中村委員長", "中村委員長", S1,
    "ただいまから総務市民委員会を開会いたします。本日は、所管事務調査として、令和５年度決算に係る市債権の収納状況について、理事者から説明を受けます。")
sz_cur = shizei[0]; sz_arr = shizei[1]
fin_text = (f"資料１の別表により御説明いたします。令和５年度決算における主な８債権の調定額は合計で約{zen(str(spoken_assessed))}億円、"
            f"収入済額は約{zen(str(spoken_collected))}億円となり、全体の収納率は{zen(total_rate_1)}％でございました。"
            f"収入未済額は約{zen(out_str)}で、前年度から約１億１，２００万円の縮減となっております。\n"
            f"債権別では、市税の収納率が現年課税分{zen(f'{float(sz_cur[7]):.1f}')}％、滞納繰越分{zen(f'{float(sz_arr[7]):.1f}')}％と、いずれも前年度を上回りました。")
say("上原財政部長", "上原財政部長", S1, fin_text)
facts += [
    F(None, 2023, "令和５年度", "total", "assessed", "actual", spoken_assessed * 100000000, "yen", f"約{zen(str(spoken_assessed))}億円", approx=True, locate="調定額は合計で約"),
    F(None, 2023, "令和５年度", "total", "collected", "actual", spoken_collected * 100000000, "yen", f"約{zen(str(spoken_collected))}億円", approx=True, locate="調定額は合計で約"),
    F(None, 2023, "令和５年度", "total", "collection_rate", "actual", float(total_rate_1), "percent", f"{zen(total_rate_1)}％", locate="全体の収納率は"),
    F(None, 2023, "令和５年度", "total", "outstanding", "actual", spoken_out_man * 10000, "yen", f"約{zen(out_str)}", approx=True, locate="収入未済額は約"),
    F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", round(float(sz_cur[7]), 1), "percent", f"現年課税分{zen(f'{float(sz_cur[7]):.1f}')}％", locate="市税の収納率が現年課税分"),
    F("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", round(float(sz_arr[7]), 1), "percent", f"滞納繰越分{zen(f'{float(sz_arr[7]):.1f}')}％", locate="市税の収納率が現年課税分"),
]
say("中村委員長", "中村委員長", S1, "説明が終わりました。質疑はありませんか。")
say("宮下委員", "宮下委員", S1,
    "国民健康保険税について伺います。滞納繰越分の収納率が他の債権と比べて低い状況が続いていますが、令和５年度の状況と、現在の滞納世帯の数を教えてください。")
kk = [r for r in rows if r[0] == "国民健康保険税"]
kk_arr = kk[1]
kk_text = (f"国民健康保険税の滞納繰越分の収納率は{zen(f'{float(kk_arr[7]):.1f}')}％で、前年度の２２．９％から１．７ポイント上昇いたしました。"
           f"滞納世帯数は令和５年度末で２，１０８世帯となり、前年度末の２，２６２世帯から１５４世帯減少しております。\n"
           "また、今年度の状況ですが、８月末現在の現年課税分の収納率は３８．２％（前年同月３７．８％）で、前年同月を０．４ポイント上回って推移しております。")
say("竹内国保年金課長", "竹内国保年金課長", S1, kk_text)
assert f"{float(kk_arr[7]):.1f}" == "24.6", kk_arr
facts += [
    F("国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 24.6, "percent", "２４．６％", locate="滞納繰越分の収納率は２４．６％"),
    F("国民健康保険税", 2022, "前年度", "arrears", "collection_rate", "actual", 22.9, "percent", "２２．９％", locate="滞納繰越分の収納率は２４．６％"),
    F("国民健康保険税", 2023, "令和５年度末", "total", "delinquents", "actual", 2108, "households", "２，１０８世帯", locate="滞納世帯数は令和５年度末で"),
    F("国民健康保険税", 2022, "前年度末", "total", "delinquents", "actual", 2262, "households", "２，２６２世帯", locate="滞納世帯数は令和５年度末で"),
    F("国民健康保険税", 2024, "８月末現在", "current", "collection_rate", "interim", 38.2, "percent", "３８．２％", as_of="2024-08-31", locate="８月末現在の現年課税分"),
    F("国民健康保険税", 2023, "前年同月", "current", "collection_rate", "interim", 37.8, "percent", "３７．８％", as_of="2023-08-31", locate="前年同月３７．８％"),
]
say("宮下委員", "宮下委員", S1, "引き続き、納付しやすい環境づくりと早期の納付勧奨に取り組んでいただくようお願いします。")
say("柳沢委員", "柳沢委員", S1, "水道料金の未収について、給水停止の運用を含め、現状を伺います。")
sui = [r for r in rows if r[0] == "水道料金"][2]
sui_man = round(sui[6] * 1000 / 1e6) * 100
say("原上下水道局経営管理課長", "原上下水道局経営管理課長", S1,
    f"水道料金の収入未済額は、令和５年度末で約{zen(man_str(sui_man))}となっております。"
    "督促後も納付のない使用者には、給水停止予告を経て給水停止を実施しており、令和５年度の停止執行は２１３件でございました。")
facts.append(F("水道料金", 2023, "令和５年度末", "total", "outstanding", "actual", sui_man * 10000, "yen", f"約{zen(man_str(sui_man))}", approx=True, locate="水道料金の収入未済額は"))
say("堀内委員", "堀内委員", S1, "保育所保育料について、推進計画の目標に対する見通しを伺います。")
hoiku = [r for r in rows if r[0] == "保育所保育料"][0]
say("荒井健康・こども未来部長", "荒井健康・こども未来部長", S1,
    f"保育所保育料の現年度分の収納率は、令和５年度は{zen(f'{float(hoiku[7]):.1f}')}％でございました。"
    "推進計画では、令和８年度の現年度分の目標収納率を９９．３％としており、口座振替の原則化により達成を見込んでおります。")
facts += [
    F("保育所保育料", 2023, "令和５年度", "current", "collection_rate", "actual", round(float(hoiku[7]), 1), "percent", f"{zen(f'{float(hoiku[7]):.1f}')}％", locate="保育所保育料の現年度分の収納率は"),
    F("保育所保育料", 2026, "令和８年度", "current", "collection_rate", "target", 99.3, "percent", "９９．３％", locate="目標収納率を９９．３％"),
]
say("中村委員長", "中村委員長", S1, "ほかにございませんか。――以上で、所管事務調査を終わります。")

topic("報告　" + S2)
say("丸山債権管理課長", "丸山債権管理課長", S2,
    "資料２により御報告いたします。推進計画では、令和８年度末の全債権の収入未済額を１３億円以下とすることを目標に掲げております。"
    "令和６年度は、債権管理条例に基づく徴収停止の基準整備と、非強制徴収債権の回収業務の一部委託を進めております。\n"
    "なお、中間の取組状況につきましては、令和６年度第２回上田市債権管理推進本部会議（１１月開催予定）において取りまとめ、改めて本委員会に御報告いたします。")
facts.append(F(None, 2026, "令和８年度末", "total", "outstanding", "target", 1300000000, "yen", "１３億円以下", locate="１３億円以下とすることを"))
say("北村委員", "北村委員", S2, "回収業務の委託について、対象とする債権と費用対効果の見込みを、次回の報告の際に示していただきたい。")
say("丸山債権管理課長", "丸山債権管理課長", S2, "承知いたしました。対象債権と委託料、回収見込額を整理し、次回お示しいたします。")
say("中村委員長", "中村委員長", S2, "以上で本日の日程は全て終了いたしました。これをもちまして総務市民委員会を閉会いたします。")

# ---- 別表 -------------------------------------------------------------------
P()
P("（資料１）", size=9)
P("別表　令和５年度　市債権の収納状況（決算）", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
P("（単位：千円、％）", size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)

hdr1 = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", ""]
hdr2 = ["", "", "", "", "", "", "令和５年度", "令和４年度"]
tbl = doc.add_table(rows=2 + len(rows), cols=8)
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
# borders: horizontal rules only
tblPr = tbl._tbl.tblPr
b = OxmlElement("w:tblBorders")
for edge, val in (("top", "single"), ("bottom", "single"), ("left", "nil"), ("right", "nil"),
                  ("insideH", "single"), ("insideV", "nil")):
    e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), val); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000"); b.append(e)
tblPr.append(b)
widths = [Mm(25), Mm(14), Mm(24), Mm(24), Mm(19), Mm(22), Mm(19), Mm(19)]
tbl.autofit = False
for _i, _w in enumerate(widths): tbl.columns[_i].width = _w
def cell(r, c, text, bold=False, align=WD_ALIGN_PARAGRAPH.RIGHT, size=9):
    ce = tbl.cell(r, c); ce.width = widths[c]
    p = ce.paragraphs[0]; p.alignment = align
    run = p.add_run(text); run.font.size = Pt(size); run.bold = bold
for c, t in enumerate(hdr1):
    if t: cell(0, c, t, True, WD_ALIGN_PARAGRAPH.CENTER)
for c, t in enumerate(hdr2):
    if t: cell(1, c, t, True, WD_ALIGN_PARAGRAPH.CENTER)
for c in range(6):
    tbl.cell(0, c).merge(tbl.cell(1, c))
tbl.cell(0, 6).merge(tbl.cell(0, 7))
for r in (0, 1):
    trPr = tbl.rows[r]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
for i, (name, lab, seg, a, c, w, o, rr, prev) in enumerate(rows):
    R = 2 + i
    if lab == "現年分":
        cell(R, 0, name, align=WD_ALIGN_PARAGRAPH.LEFT, bold=(name == "合計"))
    cell(R, 1, lab, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell(R, 2, fmt(a)); cell(R, 3, fmt(c)); cell(R, 4, fmt(w) if w else "－"); cell(R, 5, fmt(o))
    cell(R, 6, rr); cell(R, 7, prev)
    dn = None if name == "合計" else name
    loc = None
    for metric, val, raw in (("assessed", a * 1000, fmt(a)), ("collected", c * 1000, fmt(c)),
                             ("written_off", w * 1000, fmt(w) if w else None), ("outstanding", o * 1000, fmt(o))):
        if raw is None:
            continue
        facts.append(F(dn, 2023, "令和５年度", seg, metric, "actual", val, "yen", raw, debt_raw=name, page=-1))
    facts.append(F(dn, 2023, "令和５年度", seg, "collection_rate", "actual", float(rr), "percent", rr, debt_raw=name, page=-1))
    facts.append(F(dn, 2022, "令和４年度", seg, "collection_rate", "actual", float(prev), "percent", prev, debt_raw=name, page=-1))
    for f in facts:
        if f["page"] == -1 and "_rowkey" not in f:
            f["_rowkey"] = a
for i in range(len(DEBTS) + 1):
    tbl.cell(2 + 3 * i, 0).merge(tbl.cell(4 + 3 * i, 0))
for row in tbl.rows:
    trPr = row._tr.get_or_add_trPr(); cs = OxmlElement("w:cantSplit"); trPr.append(cs)
    th = OxmlElement("w:trHeight"); th.set(qn("w:val"), "380"); th.set(qn("w:hRule"), "atLeast"); trPr.append(th)
P()
P("注１　区分の「滞繰分」は滞納繰越分をいう。現年分の不納欠損額は「－」で表示している。", size=8)
P("注２　収納率＝収入済額÷調定額×１００（小数点以下第３位を四捨五入）", size=8)
P("注３　水道料金及び下水道使用料は上下水道事業会計の未収金（税込）である。", size=8)

docx = OUT / f"{STEM}.docx"
doc.save(docx)
pdf = soffice(docx)

# table facts: page = page on which the row's debt label (or its first figure) is printed
import fitz
from z_common import ws
pd = fitz.open(pdf)
texts = [ws(p.get_text()) for p in pd]
nb = len(texts)
# the 別表 starts on the page holding its title; find per-row page by the row's assessed figure
start = next(i for i, t in enumerate(texts) if "別表令和５年度市債権の収納状況" in t)
for f in facts:
    if f["page"] == -1:
        key = ws(fmt(f.pop("_rowkey")))
        hits = [i + 1 for i in range(start, nb) if key in texts[i]]
        assert len(hits) == 1, (key, hits)
        f["page"] = hits[0]
minutes = {"title": "令和６年９月定例会 総務市民委員会会議録", "meeting_number": None, "date": "2024-09-12",
           "method": None,
           "attendees": [{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in MEMBERS]
           + [{"role": "説明員", "title": t, "name": None} for t in EXPL]
           + [{"role": "事務局", "title": t, "name": None} for t in ("議事調査係長", "議事調査係主査")],
           "agenda": AG, "materials": MAT, "statements": statements}
document = {"kind": "minutes", "family": "minutes", "municipality": "上田市", "title": "令和６年９月定例会 総務市民委員会会議録",
            "date": "2024-09-12", "date_raw": "令和６年９月１２日"}
errs = finish(STEM, pdf, document, facts, [], minutes)
sys.exit(1 if errs else 0)
