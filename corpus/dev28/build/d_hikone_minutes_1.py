"""d_hikone_minutes_1: a council special-committee record (会議録) on 市税等の収納対策, python-docx -> LibreOffice.

Layout modelled on city-council committee records (○-speaker markers with surname + title,
出席委員 / 説明員 lists, 付議事件, a 別表 of figures at the end).  Figures are invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from d_common import OUT, ROOT, comma, fact, rate, to_pdf, write_gold  # noqa: E402

STEM = "d_hikone_minutes_1"
CITY = "彦根市"
FONT = "IPAex明朝"

# ---------------------------------------------------------------- figures (千円), 令和6年度決算
# name, segment label current, arrears label, (assessed, collected, written_off) current, arrears
DEBTS = [
    ("市税", "現年課税分", "滞納繰越分", (16842315, 16709268, 0), (452870, 142205, 28160)),
    ("国民健康保険税", "現年課税分", "滞納繰越分", (2915440, 2744120, 0), (612380, 136870, 41233)),
    ("保育所保育料", "現年度分", "過年度分", (398210, 392640, 0), (21850, 3977, 1118)),
    ("下水道使用料", "現年度分", "過年度分", (2318664, 2296120, 0), (61205, 29870, 2015)),
]


def figs(t):
    a, c, w = t
    return {"a": a, "c": c, "w": w, "o": a - c - w, "r": rate(c, a)}


ROWS = {}
for name, l1, l2, cur, arr in DEBTS:
    cu, ar = figs(cur), figs(arr)
    tot = figs((cu["a"] + ar["a"], cu["c"] + ar["c"], cu["w"] + ar["w"]))
    ROWS[name] = {"current": cu, "arrears": ar, "total": tot, "labels": (l1, l2)}
GT = figs(tuple(sum(ROWS[n]["total"][k] for n in ROWS) for k in ("a", "c", "w")))

# 9月末 interim rates (％): (R7.9末 current, R6.9末 current, R7.9末 arrears, R6.9末 arrears)
SEPT = {
    "市税": (55.83, 55.41, 18.92, 17.60),
    "国民健康保険税": (46.27, 46.90, 14.15, 13.08),
    "保育所保育料": (49.64, 49.12, 8.35, 9.71),
    "下水道使用料": (51.08, 50.77, 27.44, 25.93),
}

R6 = (2024, "令和6年度")
FACTS = []


def F(*a, **k):
    FACTS.append(fact(*a, **k))


# ---------------------------------------------------------------- prose statements (figures taken from ROWS)
def oku(yen: int) -> str:
    """約N億N,NNN万円 rounded to 100万円 (as a speaker would say)."""
    man = round(yen / 1_000_000) * 100
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")


def approx_yen(yen: int) -> int:
    return round(yen / 1_000_000) * 1_000_000


def pct(v):
    return f"{v:.2f}％"


shi = ROWS["市税"]
kok = ROWS["国民健康保険税"]
hoi = ROWS["保育所保育料"]
ges = ROWS["下水道使用料"]
shi_out = shi["total"]["o"] * 1000
kok_out = kok["total"]["o"] * 1000
gt_out = GT["o"] * 1000

AGENDA = ["令和6年度市税等の収納状況について",
          "令和7年度上半期（9月末現在）の収納状況について",
          "私債権の放棄の報告について"]

# statements: (speaker, section index or None, text) ; facts are declared next to the text they live in
ST = []


def S(speaker, sec, text):
    ST.append((speaker, sec, text))


S("川瀬委員長", None, "ただいまから、市税等収納対策特別委員会を開会いたします。本日は、令和7年度第2回の委員会として、"
  "お手元の付議事件について当局から報告を受け、質疑を行います。なお、山口委員から所用のため遅参する旨の届出がありました。"
  "それでは、付議事件（1）について、当局の説明を求めます。")
s1 = (f"それでは、資料1により、令和6年度の市税の収納状況について御報告いたします。現年課税分の収納率は"
      f"{pct(shi['current']['r'])}、滞納繰越分は{pct(shi['arrears']['r'])}となり、合計では{pct(shi['total']['r'])}で、"
      f"前年度と比べ0.24ポイントの上昇となりました。収入未済額は約{oku(shi_out)}で、前年度から約3,900万円の減少でございます。"
      f"また、地方税法第15条の7の規定による執行停止を経て時効により消滅したものなど、不納欠損額は"
      f"{shi['arrears']['w'] // 10:,}万円でございました。")
S("北村収納推進課長", 0, s1)
F("市税", *R6, "current", "collection_rate", "actual", shi["current"]["r"], "percent", pct(shi["current"]["r"]),
  ctx="現年課税分の収納率は" + pct(shi["current"]["r"]))
F("市税", *R6, "arrears", "collection_rate", "actual", shi["arrears"]["r"], "percent", pct(shi["arrears"]["r"]),
  ctx="滞納繰越分は" + pct(shi["arrears"]["r"]))
F("市税", *R6, "total", "collection_rate", "actual", shi["total"]["r"], "percent", pct(shi["total"]["r"]),
  ctx="合計では" + pct(shi["total"]["r"]))
F("市税", *R6, "total", "outstanding", "actual", approx_yen(shi_out), "yen", "約" + oku(shi_out), approx=True,
  ctx="収入未済額は約" + oku(shi_out))
F("市税", *R6, "arrears", "written_off", "actual", shi["arrears"]["w"] * 1000, "yen",
  f"{shi['arrears']['w'] // 10:,}万円", ctx=f"不納欠損額は{shi['arrears']['w'] // 10:,}万円")

s2 = (f"続きまして、国民健康保険税でございます。現年課税分の収納率は{pct(kok['current']['r'])}、滞納繰越分は"
      f"{pct(kok['arrears']['r'])}でございます。収入未済額は約{oku(kok_out)}となり、前年度に比べ減少いたしましたが、"
      f"滞納世帯数は1,846世帯と、依然として多くの世帯が滞納となっております。短期被保険者証の交付時の納付相談や、"
      f"口座振替の勧奨を引き続き行ってまいります。")
S("中川保険年金課長", 0, s2)
F("国民健康保険税", *R6, "current", "collection_rate", "actual", kok["current"]["r"], "percent", pct(kok["current"]["r"]),
  ctx="現年課税分の収納率は" + pct(kok["current"]["r"]))
F("国民健康保険税", *R6, "arrears", "collection_rate", "actual", kok["arrears"]["r"], "percent", pct(kok["arrears"]["r"]),
  ctx="滞納繰越分は" + pct(kok["arrears"]["r"]) + "でございます")
F("国民健康保険税", *R6, "total", "outstanding", "actual", approx_yen(kok_out), "yen", "約" + oku(kok_out), approx=True,
  ctx="収入未済額は約" + oku(kok_out) + "となり")
F("国民健康保険税", *R6, "total", "delinquents", "actual", 1846, "households", "1,846世帯", ctx="滞納世帯数は1,846世帯")

S("川瀬委員長", 0, "当局の説明が終わりました。これより質疑に入ります。質疑はありませんか。")
s3 = (f"監査委員の決算審査意見書では、一般会計と特別会計を合わせた収入未済額が{gt_out // 100_000_000}億"
      f"{(gt_out % 100_000_000) // 10_000:,}万円余とされております。このうち市税と国民健康保険税で大半を占めているわけですが、"
      f"滞納繰越分の収納率が3割程度にとどまっている要因をどのように分析しておられるのか、お伺いいたします。")
S("奥野委員", 0, s3)
gt_raw = f"{gt_out // 100_000_000}億{(gt_out % 100_000_000) // 10_000:,}万円余"
F(None, *R6, "total", "outstanding", "actual", (gt_out // 10_000) * 10_000, "yen", gt_raw, approx=True,
  debt_raw=None, ctx="収入未済額が" + gt_raw)
s4 = ("滞納繰越分につきましては、高額の滞納事案のうち、財産調査を行っても差し押さえるべき財産が見当たらない事案が"
      "一定数含まれていることが主な要因でございます。こうした事案は執行停止を含めて早期に見極めを行い、"
      "回収の見込める事案に人員を振り向けるよう、係の体制を見直したところでございます。")
S("北村収納推進課長", 0, s4)
s5 = (f"保育所保育料についてもお伺いします。資料を見ますと、現年度分は{hoi['current']['r']:.1f}％と高い一方で、"
      f"過年度分は{hoi['arrears']['r']:.1f}％にとどまっています。卒園した世帯への対応はどうなっていますか。")
S("小林委員", 0, s5)
F("保育所保育料", *R6, "current", "collection_rate", "actual", round(hoi["current"]["r"], 1), "percent",
  f"{hoi['current']['r']:.1f}％", ctx=f"現年度分は{hoi['current']['r']:.1f}％")
F("保育所保育料", *R6, "arrears", "collection_rate", "actual", round(hoi["arrears"]["r"], 1), "percent",
  f"{hoi['arrears']['r']:.1f}％", ctx=f"過年度分は{hoi['arrears']['r']:.1f}％")
hoi_out_a = hoi["arrears"]["o"] * 1000
s6 = (f"卒園した世帯につきましては、在園中のように園を通じた働きかけができないため、文書催告と電話催告を年3回行っております。"
      f"過年度分の収入未済額は{hoi_out_a // 10_000:,}万{(hoi_out_a % 10_000) // 1000}千円でございまして、"
      f"児童手当からの特別徴収の同意を得るなど、できる限り現年度のうちに納めていただく取組を進めております。")
S("井上子ども・若者部長", 0, s6)
hoi_raw = f"{hoi_out_a // 10_000:,}万{(hoi_out_a % 10_000) // 1000}千円"
F("保育所保育料", *R6, "arrears", "outstanding", "actual", hoi_out_a, "yen", hoi_raw, ctx="過年度分の収入未済額は" + hoi_raw)

S("川瀬委員長", 0, "ほかに質疑はありませんか。――ないようですので、付議事件（1）の質疑を終わります。"
  "次に、付議事件（2）について説明を求めます。")
a, b, c, d = SEPT["市税"]
s7 = (f"資料2を御覧ください。令和7年9月末現在の市税の収納率は、現年課税分で{a}％となり、前年同期の{b}％を上回っております。"
      f"滞納繰越分は{c}％で、前年同期の{d}％と比べ1.32ポイントの上昇でございます。国民健康保険税、保育所保育料、"
      f"下水道使用料につきましては、別表2のとおりでございます。")
S("北村収納推進課長", 1, s7)
R7 = (2025, "令和7年9月末")
F("市税", *R7, "current", "collection_rate", "interim", a, "percent", f"{a}％", as_of="2025-09-30",
  ctx=f"現年課税分で{a}％")
F("市税", 2024, "前年同期", "current", "collection_rate", "interim", b, "percent", f"{b}％", as_of="2024-09-30",
  ctx=f"前年同期の{b}％を上回って")
F("市税", *R7, "arrears", "collection_rate", "interim", c, "percent", f"{c}％", as_of="2025-09-30",
  ctx=f"滞納繰越分は{c}％")
F("市税", 2024, "前年同期", "arrears", "collection_rate", "interim", d, "percent", f"{d}％", as_of="2024-09-30",
  ctx=f"前年同期の{d}％と比べ")
s8 = ("国民健康保険税の現年課税分が前年同期を下回っているようですが、その理由と、年度末に向けた見通しをお聞かせください。")
S("奥野委員", 1, s8)
s9 = ("本年度は納税通知書の発送を1か月遅らせた影響で、第1期の納期が後ろにずれたことが主な理由でございます。"
      "12月と2月に夜間・休日の電話催告を集中して行い、年度末には前年度並みの収納率を確保できるものと見込んでおります。")
S("中川保険年金課長", 1, s9)
g = ges["arrears"]
s10 = (f"下水道使用料について補足いたします。過年度分は、給水停止予告と連動した催告により、9月末で{SEPT['下水道使用料'][2]}％と"
       f"前年同期を上回っております。なお、令和6年度の過年度分の収入未済額は{g['o']:,}千円でございました。")
S("山本上下水道部長", 1, s10)
F("下水道使用料", *R7, "arrears", "collection_rate", "interim", SEPT["下水道使用料"][2], "percent",
  f"{SEPT['下水道使用料'][2]}％", as_of="2025-09-30", ctx=f"9月末で{SEPT['下水道使用料'][2]}％")
F("下水道使用料", *R6, "arrears", "outstanding", "actual", g["o"] * 1000, "yen", f"{g['o']:,}千円",
  ctx=f"過年度分の収入未済額は{g['o']:,}千円")
S("川瀬委員長", 1, "ほかに質疑はありませんか。――ないようですので、次に付議事件（3）について説明を求めます。")
s11 = ("私債権の放棄につきましては、彦根市債権管理条例第14条の規定に基づき、令和7年8月に市営住宅使用料など3債権、"
       "計27件を放棄いたしましたので御報告いたします。いずれも債務者の死亡後に相続人が存在しないもの、"
       "又は破産免責となったものでございます。")
S("北村総務部長", 2, s11)
S("川瀬委員長", 2, "質疑はありませんか。――ないようですので、以上で本日の付議事件は全て終了いたしました。"
  "これをもちまして、市税等収納対策特別委員会を閉会いたします。")


# ---------------------------------------------------------------- docx
def set_font(run, size=10.5, bold=False, font=FONT):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), font)


def para(doc, text="", size=10.5, bold=False, align=None, indent=None, space_after=2):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), size, bold)
    if align:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Mm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def cell_text(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.RIGHT):
    cell.text = ""
    p = cell.paragraphs[0]
    set_font(p.add_run(text), size, bold)
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build_docx(path: Path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)
    hp = sec.header.paragraphs[0]
    set_font(hp.add_run("市税等収納対策特別委員会 会議録（令和7年11月18日）"), 8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("－ "); set_font(r, 9)
    r = fp.add_run(); set_font(r, 9); add_field(r, "PAGE")
    r = fp.add_run(" －"); set_font(r, 9)

    para(doc, "令和7年度第2回", 12, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "彦根市議会 市税等収納対策特別委員会 会議録", 15, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    para(doc, "１　開会日時　　令和7年11月18日（火）　午前10時00分開会　午前11時36分閉会")
    para(doc, "２　開会場所　　第1委員会室")
    para(doc, "３　出席委員（7名）")
    members = [("委員長", "川瀬　誠"), ("副委員長", "堀　純子"), ("委員", "奥野　和之"), ("委員", "小林　正樹"),
               ("委員", "田中　悠"), ("委員", "西村　貴子"), ("委員", "山口　大輔")]
    t = doc.add_table(rows=4, cols=4)
    for i, (role, name) in enumerate(members):
        rr, cc = divmod(i, 2)
        cell_text(t.cell(rr, cc * 2), role, 10, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(rr, cc * 2 + 1), name, 10, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "４　欠席委員　　なし")
    para(doc, "５　説明のため出席した者")
    para(doc, "副市長・総務部長・収納推進課長・税務課長・健康福祉部長・保険年金課長・子ども・若者部長・"
              "幼児課長・上下水道部長・上下水道総務課長", indent=8)
    para(doc, "６　職務のため出席した者")
    para(doc, "議会事務局長・議事調査課長・議事調査課主査", indent=8)
    para(doc, "７　付議事件")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{i}）{a}", indent=8)
    para(doc, "８　配付資料")
    para(doc, "資料1　令和6年度 市税等収納状況報告書", indent=8)
    para(doc, "資料2　令和7年度 上半期収納状況（令和7年9月末現在）", indent=8)
    para(doc, "９　会議の経過", space_after=6)
    last_sec = -1
    for speaker, sec_i, text in ST:
        if sec_i is not None and sec_i != last_sec:
            para(doc, f"《付議事件（{sec_i + 1}）{AGENDA[sec_i]}》", 10.5, True, space_after=4)
            last_sec = sec_i
        p = para(doc, "", space_after=4)
        set_font(p.add_run("○" + speaker + "　"), 10.5, True)
        set_font(p.add_run(text), 10.5)
        p.paragraph_format.first_line_indent = Mm(-4)
        p.paragraph_format.left_indent = Mm(4)
    para(doc, "（午前11時36分閉会）", align=WD_ALIGN_PARAGRAPH.RIGHT)

    page_break(doc)
    para(doc, "別表1　令和6年度 主な債権の収納状況（決算）", 11, True)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    heads = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    nrow = 1 + 3 * len(DEBTS) + 1
    t = doc.add_table(rows=nrow, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    i = 1
    for name, l1, l2, _, _ in DEBTS:
        R = ROWS[name]
        top = t.cell(i, 0).merge(t.cell(i + 2, 0))
        cell_text(top, name, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        for k, (seg, lab) in enumerate((("current", l1), ("arrears", l2), ("total", "計"))):
            v = R[seg]
            cell_text(t.cell(i + k, 1), lab, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.cell(i + k, 2), comma(v["a"]))
            cell_text(t.cell(i + k, 3), comma(v["c"]))
            cell_text(t.cell(i + k, 4), comma(v["w"]) if v["w"] else "－")
            cell_text(t.cell(i + k, 5), comma(v["o"]))
            cell_text(t.cell(i + k, 6), f"{v['r']:.2f}")
            fy_raw = "令和6年度"
            TF.append((name, seg, v))
        i += 3
    m = t.cell(i, 0).merge(t.cell(i, 1))
    cell_text(m, "合計", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    for j, k in enumerate(("a", "c", "w", "o")):
        cell_text(t.cell(i, 2 + j), comma(GT[k]), 9, True)
    cell_text(t.cell(i, 6), f"{GT['r']:.2f}", 9, True)
    para(doc, "※ 収納率は、収入済額を調定額で除したもの（小数点第3位を四捨五入）。還付未済額は含まない。", 8.5)
    para(doc, "")
    para(doc, "別表2　令和7年度 上半期の収納率（前年同期比較）", 11, True)
    para(doc, "（単位：％、ポイント）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t2 = doc.add_table(rows=2 + len(SEPT), cols=7)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t2.cell(0, 0).merge(t2.cell(1, 0)); cell_text(m, "債権名", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    m = t2.cell(0, 1).merge(t2.cell(0, 3)); cell_text(m, "現年分", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    m = t2.cell(0, 4).merge(t2.cell(0, 6)); cell_text(m, "滞納繰越分", 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    for j, h in enumerate(["R7.9月末", "R6.9月末", "差", "R7.9月末", "R6.9月末", "差"]):
        cell_text(t2.cell(1, 1 + j), h, 9, True, WD_ALIGN_PARAGRAPH.CENTER)
    for i, (name, (a, b, c, d)) in enumerate(SEPT.items(), 2):
        cell_text(t2.cell(i, 0), name, 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        for j, v in enumerate((a, b, round(a - b, 2), c, d, round(c - d, 2))):
            txt = f"{v:.2f}" if j % 3 != 2 else ("△" if v < 0 else "+") + f"{abs(v):.2f}"
            cell_text(t2.cell(i, 1 + j), txt)
        T2.append((name, a, b, c, d))
    para(doc, "※ 現年分の「現年」は、市税・国民健康保険税は現年課税分、保育所保育料・下水道使用料は現年度分をいう。", 8.5)
    doc.save(path)


TF: list = []
T2: list = []


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    build_docx(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", "d_hikone")
    # table facts (別表1, 別表2): page located by the 別表 heading
    for name, seg, v in TF:
        for metric, key in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
            if metric == "written_off" and not v["w"]:
                continue
            F(name, *R6, seg, metric, "actual", v[key] * 1000, "yen", comma(v[key]), ctx="別表1　令和6年度 主な債権の収納状況")
        F(name, *R6, seg, "collection_rate", "actual", v["r"], "percent", f"{v['r']:.2f}", ctx="別表1　令和6年度 主な債権の収納状況")
    for metric, key in (("assessed", "a"), ("collected", "c"), ("written_off", "w"), ("outstanding", "o")):
        F(None, *R6, "total", metric, "actual", GT[key] * 1000, "yen", comma(GT[key]), debt_raw="合計", ctx="別表1　令和6年度 主な債権の収納状況")
    F(None, *R6, "total", "collection_rate", "actual", GT["r"], "percent", f"{GT['r']:.2f}", debt_raw="合計", ctx="別表1　令和6年度 主な債権の収納状況")
    for name, a, b, c, d in T2:
        for seg, v, fy, raw_fy, asof in (("current", a, 2025, "R7.9月末", "2025-09-30"),
                                         ("current", b, 2024, "R6.9月末", "2024-09-30"),
                                         ("arrears", c, 2025, "R7.9月末", "2025-09-30"),
                                         ("arrears", d, 2024, "R6.9月末", "2024-09-30")):
            F(name, fy, raw_fy, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", as_of=asof, ctx="別表2　令和7年度 上半期の収納率")
    statements = []
    for speaker, sec_i, text in ST:
        statements.append({"speaker": speaker, "section": AGENDA[sec_i] if sec_i is not None else None,
                           "text": text, "page": None, "_ctx": text[:40]})
    attendees = [{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in
                 [("委員長", "川瀬　誠"), ("副委員長", "堀　純子"), ("委員", "奥野　和之"), ("委員", "小林　正樹"),
                  ("委員", "田中　悠"), ("委員", "西村　貴子"), ("委員", "山口　大輔")]]
    attendees += [{"role": "説明員", "title": t, "name": None} for t in
                  ["副市長", "総務部長", "収納推進課長", "税務課長", "健康福祉部長", "保険年金課長", "子ども・若者部長",
                   "幼児課長", "上下水道部長", "上下水道総務課長"]]
    attendees += [{"role": "事務局", "title": t, "name": None} for t in ["議会事務局長", "議事調査課長", "議事調査課主査"]]
    minutes = {"title": "令和7年度第2回 彦根市議会 市税等収納対策特別委員会 会議録", "meeting_number": 2,
               "date": "2025-11-18", "method": None, "attendees": attendees, "agenda": AGENDA,
               "materials": ["資料1　令和6年度 市税等収納状況報告書", "資料2　令和7年度 上半期収納状況（令和7年9月末現在）"],
               "statements": statements}
    document = {"kind": "minutes", "family": "minutes", "municipality": CITY,
                "title": minutes["title"], "date": "2025-11-18", "date_raw": "令和7年11月18日（火）"}
    write_gold(STEM, pdf, document, FACTS, [], minutes)


if __name__ == "__main__":
    main()
