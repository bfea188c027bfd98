"""かほく市債権管理計画 (plan family) — PyMuPDF Story builder + gold."""
import sys
from pathlib import Path
import pymupdf
sys.path.insert(0, str(Path(__file__).parent))
from e2_common import F, z, era, resolve_and_write, ROOT

STEM = "e2_kahoku_plan_1"
PDF = ROOT / "pdf" / f"{STEM}.pdf"
YEARS = [2019, 2020, 2021, 2022, 2023]
TARGET_YEARS = [2025, 2026, 2027, 2028, 2029]

# debt, dept, base current assessed, current rate, arrears assessed, arrears rate, written_off share
DEBTS = [
    ("市税", "税務課", 4_312_604_300, 0.9908, 118_406_210, 0.2710, 0.061),
    ("国民健康保険税", "保険医療課", 1_024_518_900, 0.9402, 132_770_480, 0.2046, 0.083),
    ("市営住宅使用料", "都市建設課", 96_418_200, 0.9711, 14_906_330, 0.1520, 0.045),
    ("保育所保育料", "子育て支援課", 61_220_400, 0.9863, 3_912_640, 0.2894, 0.102),
]

def series(base_a, rate, arr_a, arr_rate, wo_share, k):
    out = {}
    for i, y in enumerate(YEARS):
        a = int(base_a * (1 + 0.012 * i - 0.003 * k * i)) // 100 * 100 + 37 * (i + k)
        c = int(a * (rate + 0.0011 * i))
        aa = int(arr_a * (1 - 0.045 * i)) + 113 * i
        ac = int(aa * (arr_rate + 0.006 * i))
        aw = int(aa * (wo_share + 0.002 * i))
        out[y] = dict(ca=a, cc=c, cu=a - c, cr=round(c / a * 100, 2),
                      aa=aa, ac=ac, aw=aw, au=aa - ac - aw, ar=round(ac / aa * 100, 2))
    return out

DATA = {d[0]: series(*d[2:], k) for k, d in enumerate(DEBTS)}
fmt = lambda v: f"{v:,}"
def sen(v):  # yen -> 千円 rounded
    return round(v / 1000)

TARGETS = {
    "市税": ([99.15, 99.18, 99.20, 99.22, 99.25], [30.5, 31.0, 31.5, 32.0, 32.5], [60000, 58000, 56000, 54000, 52000]),
    "国民健康保険税": ([94.60, 94.80, 95.00, 95.20, 95.40], [23.0, 23.5, 24.0, 24.5, 25.0], [155000, 150000, 145000, 140000, 135000]),
    "市営住宅使用料": ([97.50, 97.60, 97.70, 97.80, 97.90], [17.0, 17.5, 18.0, 18.5, 19.0], [14500, 14000, 13500, 13000, 12500]),
    "保育所保育料": ([98.90, 99.00, 99.00, 99.10, 99.10], [32.0, 33.0, 34.0, 35.0, 36.0], [3300, 3200, 3100, 3000, 2900]),
}

INITS = {
    "市税": ("(1)", [
        ("納期限後２０日以内に督促状を発送し、その後も未納が続く者には文書及び電話による催告を早期に行う。", "継続"),
        ("預貯金・給与等の財産調査を徹底し、納付資力がありながら納付しない者には差押えを執行する。", "継続"),
        ("スマートフォン決済に加え、地方税統一QRコードによる納付を周知し、納付機会を拡大する。", "拡充"),
    ]),
    "国民健康保険税": ("①", [
        ("資格取得時に口座振替の申込みを窓口で勧奨し、口座振替率を高める。", "継続"),
        ("短期被保険者証の交付時に納付相談を行い、分納誓約の履行状況を毎月確認する。", "継続"),
        ("滞納繰越分のうち高額・困難案件を税務課へ移管し、一体的に滞納整理を進める。", "新規"),
    ]),
    "市営住宅使用料": ("ア", [
        ("滞納２か月目で連帯保証人にも通知し、早期の納付を働きかける。", "継続"),
        ("滞納６か月以上かつ納付相談に応じない入居者には、明渡請求訴訟の提起を検討する。", "継続"),
        ("退去者分の未収金は、債権管理条例に基づく徴収停止・放棄の基準に沿って整理する。", "新規"),
    ]),
    "保育所保育料": ("・", [
        ("児童手当からの特別徴収（申出徴収）を入所時に案内する。", None),
        ("卒園・退所者の未納分は転居先の調査を行い、催告を継続する。", None),
    ]),
}
LABELS = {"(1)": ["(1)", "(2)", "(3)"], "①": ["①", "②", "③"], "ア": ["ア", "イ", "ウ"], "・": ["・", "・"]}

CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 10pt; line-height: 1.45;}
h1 {font-family: G; font-size: 16pt; text-align: center; margin-top: 40pt;}
h2 {font-family: G; font-size: 12pt; margin-top: 10pt;}
h3 {font-family: G; font-size: 10.5pt; margin-top: 8pt;}
p {margin: 2pt 0; text-indent: 10pt;}
table {border-collapse: collapse; width: 100%;}
td, th {font-size: 8.5pt; padding: 2pt 3pt;}
table.h td, table.h th {border-top: 0.6pt solid black; border-bottom: 0.6pt solid black;}
table.g td, table.g th {border: 0.6pt solid black;}
th {font-family: G; background-color: #e6e6e6; font-weight: normal;}
td.n {text-align: right;}
.note {font-size: 8pt; text-align: right;}
.box {border: 0.8pt solid black; padding: 4pt;}
"""

def intro_html():
    tot23 = sum(DATA[d][2023]["cu"] + DATA[d][2023]["au"] for d in DATA)
    oku, man = divmod(round(tot23 / 1_000_000) * 100, 10000)
    approx_txt = f"約{z(oku)}億{z(format(man, ','))}万円"
    tax_rate = DATA["市税"][2023]["cr"]
    head = "".join(f"<th>{'令和元年度' if y == 2019 else z(y - 2018) + '年度'}</th>" for y in YEARS)
    rows, tot = "", [0] * 5
    for d in DATA:
        vals = [sen(DATA[d][y]["cu"] + DATA[d][y]["au"]) for y in YEARS]
        tot = [a + b for a, b in zip(tot, vals)]
        rows += f"<tr><td>{d}</td>" + "".join(f"<td class='n'>{fmt(v)}</td>" for v in vals) + "</tr>"
    rows += "<tr><td>合　計</td>" + "".join(f"<td class='n'>{fmt(v)}</td>" for v in tot) + "</tr>"
    html = f"""<h1>かほく市債権管理計画</h1>
<p style="text-align:center;text-indent:0">（計画期間　令和７年度～令和１１年度）</p>
<p style="text-align:center;text-indent:0">令和７年３月　かほく市総務部税務課</p>
<h2>１　計画策定の趣旨</h2>
<p>本市では、市税をはじめとする各債権について所管課ごとに徴収に努めてきたが、収入未済額の縮減は依然として大きな課題である。公平・公正な負担の確保と安定した財政運営のため、全庁的な債権管理の方針と債権ごとの目標を定め、計画的に取り組むこととする。</p>
<h2>２　収入未済額の現状</h2>
<p>令和５年度決算における主要４債権の収入未済額は{approx_txt}であり、令和元年度から緩やかに減少している。特に市税の現年度分収入率は令和５年度に{z(f'{tax_rate:.2f}')}％となり、県内でも高い水準を維持している。</p>
<p class="note">債権別収入未済額の推移（単位：千円）</p>
<table class="h"><tr><th>債権名</th>{head}</tr>{rows}</table>
<p class="note">※収入未済額は現年度分と滞納繰越分の合計。千円未満四捨五入のため合計が一致しない場合がある。</p>
<h2>３　計画の進め方</h2>
<p>債権ごとに推進シートを作成し、収入率と収入未済額の数値目標、目標達成に向けた取組を定める。進捗は毎年度の決算確定後に債権管理推進会議で点検し、結果を公表する。</p>
"""
    facts = [F(None, 2023, "令和５年度", "total", "outstanding", "actual", (oku * 10000 + man) * 10000, "yen", approx_txt,
               "１計画策定の趣旨", approx=True),
             F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", tax_rate, "percent",
               z(f"{tax_rate:.2f}") + "％", "１計画策定の趣旨")]
    for d in DATA:
        for y in YEARS:
            v = sen(DATA[d][y]["cu"] + DATA[d][y]["au"])
            facts.append(F(d, y, "令和元年度" if y == 2019 else f"{y-2018}年度", "total", "outstanding", "actual", v * 1000, "yen", fmt(v), "債権別収入未済額の推移"))
    for y, v in zip(YEARS, tot):
        facts.append(F(None, y, "令和元年度" if y == 2019 else f"{y-2018}年度", "total", "outstanding", "actual", v * 1000, "yen", fmt(v), "債権別収入未済額の推移", debt_raw="合計"))
    return html, facts

def sheet_html(no, d, dept):
    D = DATA[d]
    anchor = f"推進シート{no}"
    facts, inits = [], []
    yh1 = "".join(f"<th>{era(y)}年度</th>" for y in YEARS)
    yh2 = "".join(f"<th>({y})</th>" for y in YEARS)
    def row(seg_cell, label, key, seg, metric, is_rate=False):
        cells = ""
        for y in YEARS:
            v = D[y][key]
            raw = f"{v:.2f}" if is_rate else fmt(v)
            cells += f"<td class='n'>{raw}</td>"
            facts.append(F(d, y, f"{era(y)}年度", seg, metric, "actual", v, "percent" if is_rate else "yen", raw, anchor))
        return f"<tr>{seg_cell}<td>{label}</td>{cells}</tr>"
    rows = row("<td rowspan='4'>現年度分</td>", "調定額", "ca", "current", "assessed")
    rows += row("", "収入済額", "cc", "current", "collected")
    rows += row("", "収入未済額", "cu", "current", "outstanding")
    rows += row("", "収入率", "cr", "current", "collection_rate", True)
    rows += row("<td rowspan='5'>滞納繰越分</td>", "調定額", "aa", "arrears", "assessed")
    rows += row("", "収入済額", "ac", "arrears", "collected")
    rows += row("", "不納欠損額", "aw", "arrears", "written_off")
    rows += row("", "収入未済額", "au", "arrears", "outstanding")
    rows += row("", "収入率", "ar", "arrears", "collection_rate", True)
    cur_t, arr_t, out_t = TARGETS[d]
    act_out = sen(D[2023]["cu"] + D[2023]["au"])
    th = "".join(f"<th>R{y-2018}</th>" for y in TARGET_YEARS)
    def trow(label, actual_raw, actual_val, vals, seg, metric, unit, rawf):
        cells = f"<td class='n'>{actual_raw}</td>"
        facts.append(F(d, 2023, "令和5年度", seg, metric, "actual", actual_val, unit, actual_raw, anchor))
        for y, v in zip(TARGET_YEARS, vals):
            raw = rawf(v)
            cells += f"<td class='n'>{raw}</td>"
            facts.append(F(d, y, f"R{y-2018}", seg, metric, "target", v * 1000 if unit == "yen" else v, unit, raw, anchor))
        return f"<tr><td>{label}</td>{cells}</tr>"
    trows = trow("現年度分　収入率", f"{D[2023]['cr']:.2f}", D[2023]["cr"], cur_t, "current", "collection_rate", "percent", lambda v: f"{v:.2f}")
    trows += trow("滞納繰越分　収入率", f"{D[2023]['ar']:.2f}", D[2023]["ar"], arr_t, "arrears", "collection_rate", "percent", lambda v: f"{v:.1f}")
    trows += trow("収入未済額（千円）", fmt(act_out), act_out * 1000, out_t, "total", "outstanding", "yen", fmt)
    style, items = INITS[d]
    labels = LABELS[style]
    lis = ""
    for lab, (txt, st) in zip(labels, items):
        tag = f"<br>【{st}】" if (st and style == "(1)") else (f"【{st}】" if st else "")
        lis += f"<p style='text-indent:-12pt;margin-left:12pt'>{lab}　{txt}{tag}</p>"
        inits.append(dict(debt=d, fiscal_year=2025, section="目標達成に向けた取組" if style != "・" else "今後の取組",
                          label=lab, text=txt, status=st, page=anchor))
    if style == "ア":
        init_block = f"<h3>（３）目標達成に向けた取組</h3><div class='box'>{lis}</div>"
    elif style == "・":
        init_block = f"<h3>今後の取組</h3>{lis}"
    else:
        init_block = f"<h3>（３）目標達成に向けた取組</h3>{lis}"
    html = f"""<h2>{anchor}</h2>
<table class="g"><tr><th>債権名</th><td>{d}</td><th>所管課</th><td>{dept}</td></tr></table>
<h3>（１）収入状況の推移</h3>
<p class="note">（単位：円、収入率は％）</p>
<table class="g"><tr><th rowspan="3" colspan="2">区　分</th><th colspan="5">決　算</th></tr><tr>{yh1}</tr><tr>{yh2}</tr>{rows}</table>
<h3>（２）数値目標</h3>
<p class="note">（収入率の単位：％）</p>
<table class="g"><tr><th rowspan="2">項　目</th><th>実績</th><th colspan="5">目　標</th></tr><tr><th>R5</th>{th}</tr>{trows}</table>
{init_block}
"""
    return html, facts, inits

def build():
    arch = pymupdf.Archive()
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
    arch.add(pymupdf.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
    sections, facts, inits = [], [], []
    h, f = intro_html(); sections.append(h); facts += f
    for no, (d, dept, *_r) in enumerate(DEBTS, 1):
        h, f, i = sheet_html(no, d, dept); sections.append(h); facts += f; inits += i
    PDF.parent.mkdir(exist_ok=True)
    tmp = ROOT / "build" / "out" / f"{STEM}_raw.pdf"
    tmp.parent.mkdir(exist_ok=True)
    writer = pymupdf.DocumentWriter(str(tmp))
    rect = pymupdf.paper_rect("a4"); where = rect + (60, 60, -60, -60)
    for h in sections:
        story = pymupdf.Story(html=h, user_css=CSS, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="G", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        page.insert_text((60, 40), "かほく市債権管理計画（令和７年度～令和１１年度）", fontname="G", fontsize=7.5)
        page.draw_line((60, 44), (rect.width - 60, 44), width=0.4)
        page.insert_text((rect.width / 2 - 12, rect.height - 30), f"- {i+1} -", fontname="G", fontsize=9)
    doc.subset_fonts()
    doc.save(PDF, garbage=4, deflate=True)
    document = {"kind": "plan", "municipality": "かほく市", "title": "かほく市債権管理計画",
                "date": "2025-03-01", "date_raw": "令和７年３月"}
    return resolve_and_write(STEM, PDF, document, facts, inits)

if __name__ == "__main__":
    build()
