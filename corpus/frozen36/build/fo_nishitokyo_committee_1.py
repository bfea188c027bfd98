"""fo_nishitokyo_committee_1: 債権管理推進本部会議 資料 with one 取組個票 per debt.  python-docx -> LibreOffice."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fo_common import ROOT, WORK, Gold, comma, finish, rate, soffice, zen  # noqa: E402
from fo_docx import (GOTH, MIN, Mm, borders, cell_margins, cell_text, landscape_section, new_doc,  # noqa: E402
                     no_borders, para, portrait_section, shade, vertical, widths, WD_TABLE_ALIGNMENT)

STEM = "fo_nishitokyo_committee_1"
CITY = "西東京市"
TITLE = "令和７年度第１回西東京市債権管理推進本部会議"
g = Gold(STEM, "committee_material", CITY, TITLE, "2025-07-29", "令和７年７月２９日（火）", family="kobetsu")

# ------------------------------------------------------------------ figures (千円)
# per year: (current assessed, current rate%, arrears assessed, arrears rate%, written off)
SPEC = {
    "市税": {2022: (33412560, 98.92, 905334, 33.1, 70122), 2023: (33905118, 99.01, 812205, 34.6, 64881),
             2024: (34388402, 99.10, 744118, 35.8, 58907)},
    "国民健康保険税": {2022: (4880200, 93.40, 1402118, 24.5, 121335), 2023: (4795310, 93.85, 1310552, 26.1, 110284),
                  2024: (4702655, 94.12, 1228940, 27.3, 102516)},
    "介護保険料": {2022: (3312400, 98.70, 95214, 20.4, 18205), 2023: (3398125, 98.81, 90337, 21.9, 16870),
              2024: (3521880, 98.93, 86120, 22.6, 15314)},
    "後期高齢者医療保険料": {2022: (2402331, 99.30, 28117, 36.2, 4880), 2023: (2511870, 99.38, 26904, 38.0, 4512),
                    2024: (2688245, 99.42, 25410, 39.5, 4006)},
    "保育料": {2022: (498203, 98.95, 41207, 22.0, 3911), 2023: (476512, 99.05, 38110, 23.4, 3402),
            2024: (461338, 99.12, 35024, 25.1, 3110)},
    "その他": {2023: (2104338, 97.2, 420118, 12.5, 30224), 2024: (2158410, 96.0, 405226, 11.8, 28915)},
}
TARGET = {  # 2025: current rate, arrears rate, outstanding (千円)
    "市税": (99.15, 37.00, 680000), "国民健康保険税": (94.30, 28.50, 1120000), "介護保険料": (99.00, 23.50, 95000),
    "後期高齢者医療保険料": (99.45, 40.00, 27000), "保育料": (99.20, 26.00, 30000)}


def build(a_c, r_c, a_a, r_a, w):
    c_c = round(a_c * r_c / 100)
    c_a = round(a_a * r_a / 100)
    cur = {"a": a_c, "c": c_c, "w": 0, "o": a_c - c_c, "r": rate(c_c, a_c)}
    arr = {"a": a_a, "c": c_a, "w": w, "o": a_a - c_a - w, "r": rate(c_a, a_a)}
    t = {"a": a_c + a_a, "c": c_c + c_a, "w": w, "o": cur["o"] + arr["o"]}
    t["r"] = rate(t["c"], t["a"])
    return {"current": cur, "arrears": arr, "total": t}


DATA = {d: {y: build(*v) for y, v in ys.items()} for d, ys in SPEC.items()}
ALL = {}
for y in (2023, 2024):
    s = {}
    for sg in ("current", "arrears", "total"):
        a = sum(DATA[d][y][sg]["a"] for d in DATA)
        c = sum(DATA[d][y][sg]["c"] for d in DATA)
        w = sum(DATA[d][y][sg]["w"] for d in DATA)
        o = sum(DATA[d][y][sg]["o"] for d in DATA)
        s[sg] = {"a": a, "c": c, "w": w, "o": o, "r": rate(c, a)}
    ALL[y] = s

doc = new_doc()
sec0 = doc.sections[0]

# ================================================================== page 1: 次第 + panels
P = 1
para(doc, "資料", GOTH, 9, align="r")
para(doc, TITLE, GOTH, 15, True, "c", before=6)
para(doc, "次　　第", GOTH, 13, True, "c", before=4, after=6)
para(doc, "日時　令和７年７月２９日（火）午前１０時から", MIN, 10.5, indent_mm=60)
para(doc, "場所　西東京市役所田無庁舎　４階会議室", MIN, 10.5, indent_mm=60, after=10)
for t in ("１　開　会", "２　本部長あいさつ", "３　議　題",
          "　(1) 令和６年度決算における主要債権の収入状況について（資料１）",
          "　(2) 令和７年度 主要債権の取組方針（取組個票）について（資料２）",
          "　(3) 滞納整理強化月間の実施について",
          "４　その他", "５　閉　会"):
    para(doc, t, MIN, 10.5, before=3, indent_mm=12)
para(doc, "", after=6)
para(doc, "西東京市債権管理推進本部 本部員名簿", GOTH, 10.5, True, before=4, after=2)
mt = doc.add_table(rows=0, cols=4)
borders(mt, 4)
MEM = [("本部長", "副市長"), ("副本部長", "総務部長"), ("本部員", "企画部長"), ("本部員", "市民部長"),
       ("本部員", "健康福祉部長"), ("本部員", "子ども家庭部長"), ("本部員", "都市整備部長"), ("本部員", "教育部長"),
       ("事務局", "総務部納税課長"), ("事務局", "総務部納税課債権管理係長")]
for i in range(0, len(MEM), 2):
    r = mt.add_row().cells
    for j in range(2):
        role, tit = MEM[i + j]
        cell_text(r[2 * j], role, size=9, align="c", bg="EDEDED")
        cell_text(r[2 * j + 1], tit, name=MIN, size=9.5)
widths(mt, [22, 62, 22, 62])
para(doc, "【参考】令和６年度決算のポイント", GOTH, 11, True, before=8, after=3)

tot24, tot23 = ALL[2024]["total"], ALL[2023]["total"]
r_all = tot24["r"]
d_all = round(tot24["r"] - tot23["r"], 2)
oku = round(tot24["o"] / 100000, 1)
oku_d = round((tot24["o"] - tot23["o"]) / 100000, 2)
zei = DATA["市税"][2024]["current"]["r"]
panels = [
    ("収納率（全債権）", f"{r_all:.2f}％", f"前年度比＋{d_all:.2f}ポイント", "令和６年度決算"),
    ("収入未済額（全債権）", f"{oku:.1f}億円", f"前年度比△{-oku_d:.2f}億円", "令和６年度末"),
    ("市税 現年課税分収納率", f"{zei:.2f}％", "目標 99.05％ を達成", "令和６年度決算"),
]
assert d_all > 0 and oku_d < 0
g.fact(P, None, None, 2024, "令和６年度", "total", "collection_rate", "actual", r_all, "percent", f"{r_all:.2f}％")
g.fact(P, None, None, 2024, "令和６年度", "total", "difference", "actual", d_all, "points", f"＋{d_all:.2f}ポイント")
g.fact(P, None, None, 2024, "令和６年度", "total", "outstanding", "actual", round(oku * 1e8), "yen", f"{oku:.1f}億円")
g.fact(P, None, None, 2024, "令和６年度", "total", "difference", "actual", round(oku_d * 1e8), "yen", f"△{-oku_d:.2f}億円")
g.fact(P, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", zei, "percent", f"{zei:.2f}％")
g.fact(P, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "target", 99.05, "percent", "99.05％")
t = doc.add_table(rows=1, cols=3)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
no_borders(t)
widths(t, [58, 58, 58])
for i, (lab, big, sub, yr) in enumerate(panels):
    c = t.rows[0].cells[i]
    c.text = ""
    from fo_docx import font as _f
    p0 = c.paragraphs[0]
    _f(p0.add_run(lab), GOTH, 9.5, True)
    p0.alignment = 1
    for txt, sz, b in ((big, 18, True), (sub, 9, False), (yr, 8.5, False)):
        p = c.add_paragraph()
        _f(p.add_run(txt), GOTH, sz, b, color="1F3864" if sz == 18 else None)
        p.alignment = 1
    shade(c, "DEEAF6")
para(doc, "※ 全債権は、一般会計及び特別会計で収入未済額が生じている債権の合計", MIN, 8.5, before=4)

# ================================================================== page 2: landscape summary
ls = landscape_section(doc)
P = 2
para(doc, "資料１", GOTH, 9, align="r")
para(doc, "令和６年度決算における主要債権の収入状況", GOTH, 13, True, "c", after=2)
para(doc, "（単位：千円、％、ポイント）", MIN, 8.5, align="r")
heads2 = ["調定額", "収入済額", "収納率"]
t = doc.add_table(rows=2, cols=15)
borders(t, 4)
cell_margins(t, 0.9)
widths(t, [34, 20, 20, 12, 17, 16, 12, 21, 21, 15, 17, 12, 14, 14, 14][:15])
h0, h1 = t.rows[0].cells, t.rows[1].cells
h0[0].merge(h1[0])
cell_text(h0[0], "債権名", align="c", bg="BDD7EE")
grp = [("現年度分", 1, 3), ("滞納繰越分", 4, 6), ("計", 7, 13)]
for lab, a, b in grp:
    m = h0[a].merge(h0[b])
    cell_text(m, lab, align="c", bg="BDD7EE")
for i, lab in enumerate(["調定額", "収入済額", "収納率", "調定額", "収入済額", "収納率",
                         "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "前年度収納率", "前年度比"]):
    cell_text(h1[1 + i], lab, align="c", bg="DDEBF7", size=8)
m = h0[14].merge(h1[14])
cell_text(m, "備考", align="c", bg="BDD7EE")
ORDER = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "その他"]
notes = {"国民健康保険税": "滞納繰越分のうち\n平成３１年度以前分\n212,408千円", "その他": "２８債権"}
rows_ = ORDER + ["合計"]
for k, name in enumerate(rows_):
    r = t.add_row().cells
    d24 = ALL[2024] if name == "合計" else DATA[name][2024]
    d23 = ALL[2023] if name == "合計" else DATA[name][2023]
    debt = None if name in ("その他", "合計") else name
    label = "その他（２８債権）" if name == "その他" else name
    draw = "その他" if name == "その他" else name
    bg = "F2F2F2" if k % 2 == 1 else None
    if name == "合計":
        bg = "D9D9D9"
    cell_text(r[0], label, size=8.5, bg=bg)
    vals = []
    for sg in ("current", "arrears"):
        for key, metric in (("a", "assessed"), ("c", "collected"), ("r", "collection_rate")):
            vals.append((sg, key, metric))
    for key, metric in (("a", "assessed"), ("c", "collected"), ("w", "written_off"), ("o", "outstanding"),
                        ("r", "collection_rate")):
        vals.append(("total", key, metric))
    for j, (sg, key, metric) in enumerate(vals):
        v = d24[sg][key]
        if key == "r":
            txt = f"{v:.2f}"
            g.fact(P, debt, draw, 2024, "令和６年度", sg, metric, "actual", v, "percent", txt)
        else:
            txt = comma(v)
            g.fact(P, debt, draw, 2024, "令和６年度", sg, metric, "actual", v * 1000, "yen", txt)
        cell_text(r[1 + j], txt, name=MIN, size=8, align="r", bg=bg)
    pr = d23["total"]["r"]
    diff = round(d24["total"]["r"] - pr, 2)
    g.fact(P, debt, draw, 2023, "令和５年度", "total", "collection_rate", "actual", pr, "percent", f"{pr:.2f}")
    dtxt = f"{diff:.2f}" if diff >= 0 else f"▲{-diff:.2f}"
    g.fact(P, debt, draw, 2024, "令和６年度", "total", "difference", "actual", diff, "points", dtxt)
    cell_text(r[12], f"{pr:.2f}", name=MIN, size=8, align="r", bg=bg)
    cell_text(r[13], dtxt, name=MIN, size=8, align="r", bg=bg)
    note = notes.get(name, "")
    cell_text(r[14], "", size=7.5, bg=bg, lines=note.split("\n") if note else [""])
g.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年度", "arrears", "outstanding", "actual", 212408000, "yen",
       "212,408千円")
widths(t, [34, 20, 20, 12, 17, 16, 12, 21, 21, 15, 17, 12, 14, 14, 23])
para(doc, "※ 前年度収納率は令和５年度決算の計欄の収納率。前年度比の▲は低下を示す。", MIN, 8, before=3)
para(doc, "※ その他は、市営住宅使用料、奨学資金貸付金、生活保護費返還金等の２８債権の合計", MIN, 8)

# ================================================================== sheets
portrait_section(doc)
SHEETS = [
    ("市税", "納税課", "強制徴収公債権", "strip", ("令和４年度", "５年度", "６年度", "７年度目標")),
    ("国民健康保険税", "保険年金課", "強制徴収公債権", "inline", ("R4", "R5", "R6", "R7目標")),
    ("介護保険料", "高齢者支援課", "強制徴収公債権", "rows", None),
    ("後期高齢者医療保険料", "保険年金課", "強制徴収公債権", "strip", ("2022年度", "2023年度", "2024年度", "2025年度目標")),
    ("保育料", "保育課", "強制徴収公債権", "inline_desc", ("令和７年度目標", "令和６年度", "令和５年度", "令和４年度")),
]
ROWSPEC = [  # (segment label, segment, key, metric label, metric)
    ("現年度分", "current", "a", "調定額", "assessed"),
    ("現年度分", "current", "c", "収入済額", "collected"),
    ("現年度分", "current", "r", "収納率", "collection_rate"),
    ("滞納繰越分", "arrears", "a", "調定額", "assessed"),
    ("滞納繰越分", "arrears", "c", "収入済額", "collected"),
    ("滞納繰越分", "arrears", "w", "不納欠損額", "written_off"),
    ("滞納繰越分", "arrears", "r", "収納率", "collection_rate"),
    ("合　計", "total", "a", "調定額", "assessed"),
    ("合　計", "total", "c", "収入済額", "collected"),
    ("合　計", "total", "w", "不納欠損額", "written_off"),
    ("合　計", "total", "o", "収入未済額", "outstanding"),
    ("合　計", "total", "r", "収納率", "collection_rate"),
]

INITS = {
    "市税": ("３　令和７年度の主な取組", [
        ("①", "納期限後２０日以内に督促状を発送し、督促後１か月を経過しても納付がない場合は速やかに催告書を送付する。", "継続"),
        ("②", "預貯金・給与等の財産調査を早期に実施し、納付資力がありながら納付しない滞納者には差押えを執行する。", "継続"),
        ("③", "電子預貯金照会の対象金融機関を拡大し、財産調査に要する期間を短縮する。", "拡充"),
        ("④", "スマートフォン決済アプリによる納付に加え、地方税統一ＱＲコードを活用した納付方法を周知する。", "継続"),
        ("⑤", "高額・困難事案について東京都主税局との共同徴収を実施する。", "新規")]),
    "国民健康保険税": ("３　令和７年度の主な取組", [
        ("(1)ア", "新規加入の届出時に口座振替の手続を案内し、口座振替率の向上を図る。", "継続"),
        ("(1)イ", "各期の納期限の翌月に、未納世帯へ委託による電話催告を実施する。", "継続"),
        ("(2)ア", "財産調査の結果、換価可能な財産が判明した世帯には速やかに滞納処分を行う。", "継続"),
        ("(2)イ", "納付相談の際に生活状況を聴取し、必要に応じて生活困窮者自立相談支援機関へつなぐ。", "新規"),
        ("(2)ウ", "徴収の見込みがない事案について滞納処分の執行停止を適正に行い、債権を整理する。", "拡充")]),
    "介護保険料": ("３　令和７年度の主な取組", [
        ("・", "普通徴収の被保険者に対し、納入通知書の送付時に口座振替依頼書を同封する。", "継続"),
        ("・", "滞納が続いた場合の給付制限の内容を周知し、早期の納付を促す。", "継続"),
        ("・", "滞納繰越分について預貯金等の財産調査を実施し、納付資力がある者には差押えを行う。", "拡充"),
        ("・", "時効が到来する債権の一覧を毎月作成し、時効の更新に必要な措置を講じる。", "新規")]),
    "後期高齢者医療保険料": ("３　令和７年度の主な取組", [
        ("①", "保険料額決定通知書に納付案内を同封し、口座振替の利用を勧奨する。", "継続"),
        ("②", "年金からの特別徴収が始まるまでの新規被保険者に対し、未納の早期に電話で納付を案内する。", "新規"),
        ("①", "分割納付の履行状況を毎月確認し、不履行となった者には直ちに催告する。", "継続"),
        ("②", "東京都後期高齢者医療広域連合と連携して財産調査を行い、納付資力のある者には滞納処分を行う。", "継続")]),
    "保育料": ("３　令和７年度の主な取組", [
        ("口座振替の推進", "入園決定時に口座振替の手続を必須とし、振替不能となった世帯には翌月に再振替を行う。", "継続"),
        ("児童手当からの徴収", "保護者の申出による児童手当からの徴収を積極的に案内する。", "拡充"),
        ("滞納処分の実施", "催告に応じない滞納者には財産調査を行い、差押えを実施する。", "継続"),
        ("退園者への対応", "退園した世帯の未納分について、退園時に納付計画を確認する。", "新規")]),
}
ISSUES = {
    "市税": "現年課税分の収納率は上昇傾向にあるが、個人市民税の普通徴収分に新規滞納が集中している。",
    "国民健康保険税": "滞納繰越分の収入未済額が依然として大きく、長期・高額の滞納世帯への対応が課題である。",
    "介護保険料": "普通徴収の被保険者の増加に伴い、現年度分の未納者が増える傾向にある。",
    "後期高齢者医療保険料": "新規被保険者の普通徴収期間中に未納が発生しやすい。",
    "保育料": "退園後の未納分の回収に時間を要している。",
}
from fo_docx import font as _font  # noqa: E402

for si, (debt, ka, kubun, mode, yhead) in enumerate(SHEETS):
    P = 3 + si
    if si:
        doc.add_page_break()
    para(doc, "資料２", GOTH, 9, align="r")
    para(doc, f"取組個票（{si + 1}）", GOTH, 13, True, "c", after=4)
    # ---- header: label/value strip or header cell with label and value together
    if mode in ("strip", "rows"):
        t = doc.add_table(rows=1, cols=6)
        borders(t, 6)
        widths(t, [22, 44, 20, 30, 22, 42])
        for i, (txt, bg) in enumerate((("債権名", "D9E1F2"), (debt, None), ("所管課", "D9E1F2"), (ka, None),
                                       ("債権区分", "D9E1F2"), (kubun, None))):
            cell_text(t.rows[0].cells[i], txt, size=10 if bg is None else 9, bold=bg is None, align="c", bg=bg)
    else:
        t = doc.add_table(rows=1, cols=3)
        borders(t, 6)
        widths(t, [70, 50, 60])
        for i, txt in enumerate((f"債権名　{debt}", f"所管課　{ka}", f"債権区分　{kubun}")):
            cell_text(t.rows[0].cells[i], txt, size=10, bold=(i == 0), bg="EDEDED")
    para(doc, "", size=4)
    para(doc, "１　収納状況の推移", GOTH, 10.5, True, before=4, after=1)
    para(doc, "（単位：千円、％）", MIN, 8, align="r")
    ys = [2022, 2023, 2024]
    tg = TARGET[debt]
    if mode == "rows":
        # years head rows; amount over rate stacked in one cell
        t = doc.add_table(rows=2, cols=7)
        borders(t, 4)
        cell_margins(t, 0.9)
        widths(t, [30, 25, 27, 25, 27, 22, 24])
        h0, h1 = t.rows[0].cells, t.rows[1].cells
        cell_text(h0[0].merge(h1[0]), "年度", align="c", bg="D9E1F2")
        cell_text(h0[1].merge(h0[2]), "現年度分", align="c", bg="D9E1F2")
        cell_text(h0[3].merge(h0[4]), "滞納繰越分", align="c", bg="D9E1F2")
        cell_text(h0[5].merge(h1[5]), "不納欠損額", align="c", bg="D9E1F2")
        cell_text(h0[6].merge(h1[6]), "収入未済額", align="c", bg="D9E1F2")
        for i, lab in enumerate(("調定額", "収入済額\n収納率", "調定額", "収入済額\n収納率")):
            cell_text(h1[1 + i], "", align="c", bg="EDF2F9", lines=lab.split("\n"), size=8)
        for y in ys:
            d = DATA[debt][y]
            fyr = f"令和{y - 2018}年度"
            r = t.add_row().cells
            cell_text(r[0], f"{fyr}決算", size=8.5, align="c")
            for j, sg in enumerate(("current", "arrears")):
                s = d[sg]
                g.fact(P, debt, debt, y, fyr, sg, "assessed", "actual", s["a"] * 1000, "yen", comma(s["a"]))
                g.fact(P, debt, debt, y, fyr, sg, "collected", "actual", s["c"] * 1000, "yen", comma(s["c"]))
                g.fact(P, debt, debt, y, fyr, sg, "collection_rate", "actual", s["r"], "percent", f"{s['r']:.2f}％")
                cell_text(r[1 + 2 * j], comma(s["a"]), name=MIN, size=8.5, align="r")
                cell_text(r[2 + 2 * j], "", name=MIN, size=8.5, align="r", lines=[comma(s["c"]), f"{s['r']:.2f}％"])
            g.fact(P, debt, debt, y, fyr, "total", "written_off", "actual", d["total"]["w"] * 1000, "yen", comma(d["total"]["w"]))
            g.fact(P, debt, debt, y, fyr, "total", "outstanding", "actual", d["total"]["o"] * 1000, "yen", comma(d["total"]["o"]))
            cell_text(r[5], comma(d["total"]["w"]), name=MIN, size=8.5, align="r")
            cell_text(r[6], comma(d["total"]["o"]), name=MIN, size=8.5, align="r")
        r = t.add_row().cells
        cell_text(r[0], "令和７年度目標", size=8.5, align="c", bg="FFF2CC")
        g.fact(P, debt, debt, 2025, "令和７年度", "current", "collection_rate", "target", tg[0], "percent", f"{tg[0]:.2f}％")
        g.fact(P, debt, debt, 2025, "令和７年度", "arrears", "collection_rate", "target", tg[1], "percent", f"{tg[1]:.2f}％")
        g.fact(P, debt, debt, 2025, "令和７年度", "total", "outstanding", "target", tg[2] * 1000, "yen", comma(tg[2]))
        for j, txt in enumerate(("－", f"{tg[0]:.2f}％", "－", f"{tg[1]:.2f}％", "－", comma(tg[2]))):
            cell_text(r[1 + j], txt, name=MIN, size=8.5, align="r", bg="FFF2CC")
    else:
        order = ROWSPEC
        cols = [(y, yh) for y, yh in zip(ys + [2025], yhead)]
        if mode == "inline_desc":
            order = [x for x in ROWSPEC if x[2] == "r"] + [x for x in ROWSPEC if x[2] != "r"]
            order = sorted(order, key=lambda x: ["current", "arrears", "total"].index(x[1]))
            # 収納率 first within each segment
            order = [x for sg in ("current", "arrears", "total") for x in
                     ([y for y in ROWSPEC if y[1] == sg and y[2] == "r"] + [y for y in ROWSPEC if y[1] == sg and y[2] != "r"])]
            cols = list(zip([2025, 2024, 2023, 2022], yhead))
        t = doc.add_table(rows=1, cols=6)
        borders(t, 4)
        cell_margins(t, 0.9)
        widths(t, [12, 28, 35, 35, 35, 35])
        h = t.rows[0].cells
        cell_text(h[0].merge(h[1]), "区分", align="c", bg="D9E1F2")
        for i, (y, yh) in enumerate(cols):
            cell_text(h[2 + i], yh, align="c", bg="FFF2CC" if y == 2025 else "D9E1F2")
        start = {}
        for ri, (sl, sg, key, ml, metric) in enumerate(order):
            r = t.add_row().cells
            start.setdefault(sl, len(t.rows) - 1)
            cell_text(r[1], ml, size=8.5, bg="F2F2F2")
            for i, (y, yh) in enumerate(cols):
                era_raw = yh.replace("目標", "")
                if y == 2025:
                    tv = {("current", "r"): tg[0], ("arrears", "r"): tg[1], ("total", "o"): tg[2]}.get((sg, key))
                    if tv is None:
                        cell_text(r[2 + i], "－", name=MIN, size=8.5, align="c", bg="FFF2CC")
                        continue
                    if key == "r":
                        txt = f"{tv:.2f}"
                        g.fact(P, debt, debt, y, era_raw, sg, metric, "target", tv, "percent", txt)
                    else:
                        txt = comma(tv)
                        g.fact(P, debt, debt, y, era_raw, sg, metric, "target", tv * 1000, "yen", txt)
                    cell_text(r[2 + i], txt, name=MIN, size=8.5, align="r", bg="FFF2CC")
                    continue
                v = DATA[debt][y][sg][key]
                if key == "r":
                    txt = f"{v:.2f}"
                    g.fact(P, debt, debt, y, era_raw, sg, metric, "actual", v, "percent", txt)
                else:
                    txt = comma(v)
                    g.fact(P, debt, debt, y, era_raw, sg, metric, "actual", v * 1000, "yen", txt)
                cell_text(r[2 + i], txt, name=MIN, size=8.5, align="r")
        # merge segment labels vertically, vertical text
        seg_rows = {}
        for ri, x in enumerate(order):
            seg_rows.setdefault(x[0], []).append(ri + 1)
        for sl, rr in seg_rows.items():
            c = t.cell(rr[0], 0).merge(t.cell(rr[-1], 0))
            cell_text(c, sl, size=8.5, align="c", bg="D9E1F2")
            vertical(c)
        widths(t, [12, 28, 35, 35, 35, 35])
    # ---- 2 目標
    para(doc, "２　令和７年度の目標", GOTH, 10.5, True, before=6, after=2)
    prev = DATA[debt][2024]
    tt = doc.add_table(rows=1, cols=3)
    borders(tt, 4)
    widths(tt, [60, 60, 60])
    items = [("現年度分収納率", tg[0], prev["current"]["r"]), ("滞納繰越分収納率", tg[1], prev["arrears"]["r"])]
    for i, (lab, tv, pv) in enumerate(items):
        sg = "current" if i == 0 else "arrears"
        txt = f"{tv:.2f}％（{pv:.2f}％）"
        g.fact(P, debt, debt, 2025, "令和７年度", sg, "collection_rate", "target", tv, "percent", f"{tv:.2f}％")
        g.fact(P, debt, debt, 2024, "令和６年度", sg, "collection_rate", "actual", pv, "percent", f"（{pv:.2f}％）")
        cell_text(tt.rows[0].cells[i], "", size=9, lines=[lab, txt], align="c")
    otxt = f"{comma(tg[2])}千円（{comma(prev['total']['o'])}千円）"
    g.fact(P, debt, debt, 2025, "令和７年度", "total", "outstanding", "target", tg[2] * 1000, "yen", f"{comma(tg[2])}千円")
    g.fact(P, debt, debt, 2024, "令和６年度", "total", "outstanding", "actual", prev["total"]["o"] * 1000, "yen",
           f"（{comma(prev['total']['o'])}千円）")
    cell_text(tt.rows[0].cells[2], "", size=9, lines=["収入未済額", otxt], align="c")
    para(doc, "（　）内は令和６年度決算", MIN, 8, align="r")
    # ---- 3 取組
    sect, items = INITS[debt]
    para(doc, sect, GOTH, 10.5, True, before=6, after=2)
    if debt == "市税":
        for lab, text, stt in items:
            para(doc, f"{lab}{text}【{stt}】", MIN, 9.5, indent_mm=5, first_mm=-4, after=1)
            g.init(P, debt, debt, 2025, sect[2:], lab, text, stt)
    elif debt == "国民健康保険税":
        heads = {"(1)": "(1) 現年度分の収納対策", "(2)": "(2) 滞納繰越分の整理"}
        cur = None
        for lab, text, stt in items:
            if lab[:3] != cur:
                cur = lab[:3]
                para(doc, heads[cur], GOTH, 9.5, indent_mm=2, before=2)
            para(doc, f"{lab[3:]}　{text}【{stt}】", MIN, 9.5, indent_mm=10, first_mm=-4, after=1)
            g.init(P, debt, debt, 2025, sect[2:], lab, text, stt)
    elif debt == "介護保険料":
        bx = doc.add_table(rows=1, cols=1)
        borders(bx, 8)
        c = bx.rows[0].cells[0]
        c.text = ""
        first = True
        for lab, text, stt in items:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            _font(p.add_run(f"・{text}"), MIN, 9.5)
            p2 = c.add_paragraph()
            _font(p2.add_run(f"【{stt}】"), MIN, 9.5)
            p2.alignment = 2
            g.init(P, debt, debt, 2025, sect[2:], lab, text, stt)
    elif debt == "後期高齢者医療保険料":
        bt = doc.add_table(rows=2, cols=2)
        borders(bt, 4)
        widths(bt, [90, 90])
        cell_text(bt.rows[0].cells[0], "現年度分", align="c", bg="EDEDED")
        cell_text(bt.rows[0].cells[1], "滞納繰越分", align="c", bg="EDEDED")
        for col, part in enumerate((items[:2], items[2:])):
            lines = []
            for lab, text, stt in part:
                lines.append(f"{lab}{text}【{stt}】")
                g.init(P, debt, debt, 2025, sect[2:], lab, text, stt)
            cell_text(bt.rows[1].cells[col], "", name=MIN, size=9, lines=lines)
    else:
        for lab, text, stt in items:
            para(doc, f"■{lab}", GOTH, 9.5, indent_mm=2, before=2)
            para(doc, f"{text}【{stt}】", MIN, 9.5, indent_mm=7, after=1)
            g.init(P, debt, debt, 2025, sect[2:], lab, text, stt)
    para(doc, "４　課題", GOTH, 10.5, True, before=6, after=2)
    para(doc, ISSUES[debt], MIN, 9.5, indent_mm=5)
    if debt == "市税":
        bx = doc.add_table(rows=1, cols=1)
        borders(bx, 6)
        c = bx.rows[0].cells[0]
        lines = ["【参考】滞納整理の状況（令和６年度）",
                 "・滞納者数：３，９８８人（前年度：４，２０５人）",
                 "・差押件数：１，２０４件（前年度：１，１５６件）",
                 f"・不納欠損額：{zen(comma(DATA['市税'][2024]['total']['w']))}千円"]
        cell_text(c, "", name=MIN, size=9, lines=lines)
        para(doc, "", size=3)
        g.fact(P, "市税", "市税", 2024, "令和６年度", "total", "delinquents", "actual", 3988, "persons", "３，９８８人")
        g.fact(P, "市税", "市税", 2023, "前年度", "total", "delinquents", "actual", 4205, "persons", "４，２０５人")
        g.fact(P, "市税", "市税", 2024, "令和６年度", "total", "seizures", "actual", 1204, "cases", "１，２０４件")
        g.fact(P, "市税", "市税", 2023, "前年度", "total", "seizures", "actual", 1156, "cases", "１，１５６件")
        g.fact(P, "市税", "市税", 2024, "令和６年度", "total", "written_off", "actual",
               DATA["市税"][2024]["total"]["w"] * 1000, "yen", f"{zen(comma(DATA['市税'][2024]['total']['w']))}千円")

docx_path = WORK / f"{STEM}.docx"
doc.save(docx_path)
out = soffice(docx_path, WORK)
pdf = ROOT / "pdf" / f"{STEM}.pdf"
pdf.write_bytes(out.read_bytes())
finish(g, pdf)
