"""所沢市議会 総務常任委員会記録 (council committee record on 債権管理), python-docx -> LibreOffice."""
import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from g2_common import *
from g2_docx import *

STEM = "g2_tokorozawa_iinkai_1"
F = Facts()
# 別表 data, 千円: (debt, segment label, assessed, collected, written_off)
ROWS = [
    ("市税", "現年課税分", 41862350, 41519044, 0),
    ("市税", "滞納繰越分", 1102480, 369553, 114215),
    ("国民健康保険税", "現年課税分", 8514200, 7953110, 0),
    ("国民健康保険税", "滞納繰越分", 1235600, 334360, 186240),
    ("介護保険料", None, 6420380, 6318992, 21430),
    ("後期高齢者医療保険料", None, 3210550, 3192116, 2180),
    ("保育所保育料", None, 498230, 482115, 1204),
    ("市営住宅使用料", None, 385120, 352406, 4310),
]
SEG = {"現年課税分": "current", "滞納繰越分": "arrears", "計": "total", None: "total"}

def agg(debt):
    rs = [r for r in ROWS if r[0] == debt]
    return tuple(sum(r[k] for r in rs) for k in (2, 3, 4))

def rr(a, b): return f"{rate(a, b):.2f}"

tax_c = [r for r in ROWS if r[0] == "市税"]
tax_t = agg("市税"); kok_t = agg("国民健康保険税")
tax_out = tax_t[0] - tax_t[1] - tax_t[2]
kok_arr = ROWS[3]; kok_arr_out = kok_arr[2] - kok_arr[3] - kok_arr[4]
hoiku = ROWS[6]; jutaku = ROWS[7]
jut_out = jutaku[2] - jutaku[3] - jutaku[4]

def oku(n_thousand, unit=100):  # 約X億Y,Z00万円 (rounded to unit 万円)
    man = round(n_thousand / 10 / unit) * unit
    o, m = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円"), man * 10000

# statements: (speaker, section, text, facts-list[(debt, fy, fy_raw, seg, metric, basis, value, unit, raw, as_of, approx)])
SEC1 = "所管事務調査「債権管理の取組状況について」"
SEC2 = "報告第８号「令和７年度第２回所沢市債権管理対策会議の結果について」"
st = []
def S(speaker, sec, text, facts=()):
    st.append((speaker, sec, text, list(facts)))

S("大塚委員長", SEC1, "ただいまから総務常任委員会を開会します。本日は、所管事務調査として債権管理の取組状況について、理事者から説明を求めます。")
all_txt, all_v = "２１億８，０００万円", 2180000000
S("佐々木財務部長", SEC1,
  f"本市では、所沢市債権管理条例に基づき、全庁で収入未済額の縮減に取り組んでおります。全会計を合わせた収入未済額は、令和６年度末で約{all_txt}となり、前年度から約１億２，０００万円減少いたしました。詳細は納税課長から御説明いたします。",
  [(None, 2024, "令和６年度", "total", "outstanding", "actual", all_v, "yen", "約" + all_txt, None, True)])
r_cur = rr(tax_c[0][2], tax_c[0][3]); r_arr = rr(tax_c[1][2], tax_c[1][3]); r_tot = rr(tax_t[0], tax_t[1])
ot, ov = oku(tax_out)
S("青木納税課長", SEC1,
  f"資料１を御覧ください。令和６年度決算における市税の収納率は、現年課税分が{zen(r_cur)}％、滞納繰越分が{zen(r_arr)}％、合計で{zen(r_tot)}％でございます。市税の収入未済額は約{zen(ot)}となりました。また、令和７年９月末現在の現年課税分の収納率は５８．３１％で、前年同期の５７．９６％を０．３５ポイント上回っております。令和７年度の目標収納率は、現年課税分９９．２０％、滞納繰越分３４．００％としております。",
  [("市税", 2024, "令和６年度", "current", "collection_rate", "actual", float(r_cur), "percent", zen(r_cur) + "％", None, False),
   ("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", float(r_arr), "percent", zen(r_arr) + "％", None, False),
   ("市税", 2024, "令和６年度", "total", "collection_rate", "actual", float(r_tot), "percent", zen(r_tot) + "％", None, False),
   ("市税", 2024, "令和６年度", "total", "outstanding", "actual", ov, "yen", "約" + zen(ot), None, True),
   ("市税", 2025, "令和７年９月末", "current", "collection_rate", "interim", 58.31, "percent", "５８．３１％", "2025-09-30", False),
   ("市税", 2024, None, "current", "collection_rate", "interim", 57.96, "percent", "５７．９６％", "2024-09-30", False),
   ("市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.20, "percent", "９９．２０％", None, False),
   ("市税", 2025, "令和７年度", "arrears", "collection_rate", "target", 34.00, "percent", "３４．００％", None, False)])
S("斎藤委員", SEC1, "国民健康保険税の滞納繰越分が依然として多いように見受けられるが、現状と今後の対策を伺いたい。")
kc = rr(ROWS[2][2], ROWS[2][3]); ka = rr(kok_arr[2], kok_arr[3]); kt, kv = oku(kok_arr_out)
S("横山国民健康保険課長", SEC1,
  f"国民健康保険税の令和６年度の収納率は、現年課税分が{zen(kc)}％、滞納繰越分が{zen(ka)}％でございます。滞納繰越分の収入未済額は約{zen(kt)}で、令和７年３月末の滞納世帯数は４，２１８世帯となっております。今後は、資格喪失世帯への早期の納付勧奨と、財産調査の前倒しを進めてまいります。",
  [("国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", float(kc), "percent", zen(kc) + "％", None, False),
   ("国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", float(ka), "percent", zen(ka) + "％", None, False),
   ("国民健康保険税", 2024, "令和６年度", "arrears", "outstanding", "actual", kv, "yen", "約" + zen(kt), None, True),
   ("国民健康保険税", 2024, "令和７年３月末", "total", "delinquents", "actual", 4218, "households", "４，２１８世帯", None, False)])
S("小川委員", SEC1, "保育所保育料について、児童手当からの徴収はどの程度活用されているのか。")
hr = rr(hoiku[2], hoiku[3])
S("石田子ども・家庭部長", SEC1,
  f"保育所保育料の令和６年度の収納率は{zen(hr)}％でございます。児童手当からの特別徴収につきましては、申出のあった世帯に加え、滞納が２か月以上続く世帯に個別に案内し、活用を図っております。",
  [("保育所保育料", 2024, "令和６年度", "total", "collection_rate", "actual", float(hr), "percent", zen(hr) + "％", None, False)])
S("宮本委員", SEC1, "市営住宅使用料の退去者分の回収はどうなっているのか。")
jt, jv = oku(jut_out, 10)
S("森住宅課長", SEC1,
  f"市営住宅使用料の収入未済額は、令和６年度末で約{zen(jt)}でございます。退去者分につきましては、連帯保証人への請求とあわせ、支払督促の申立てを順次行っております。",
  [("市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", jv, "yen", "約" + zen(jt), None, True)])
S("大塚委員長", SEC2, "次に、報告第８号について説明を求めます。")
S("佐々木財務部長", SEC2, "令和７年１０月２８日に開催した令和７年度第２回所沢市債権管理対策会議において、徴収一元化の対象に私債権２件を加えることを決定いたしました。詳細は資料３のとおりでございます。")
S("大塚委員長", SEC2, "以上で本日の委員会を散会いたします。")

MEMBERS = [("委員長", "大塚 孝之"), ("副委員長", "野口 由美"), ("委員", "斎藤 健"), ("委員", "宮本 正和"),
           ("委員", "小川 里美"), ("委員", "田辺 修一"), ("委員", "中島 恒夫")]
STAFF = [("財務部長", "佐々木 浩"), ("納税課長", "青木 康弘"), ("国民健康保険課長", "横山 智子"),
         ("子ども・家庭部長", "石田 恵"), ("住宅課長", "森 和也")]
AGENDA = [SEC1, SEC2]
MATERIALS = ["資料１　令和６年度 主な債権の収納状況（決算）", "資料２　令和７年度 市税等収納状況（９月末現在）",
             "資料３　令和７年度第２回所沢市債権管理対策会議 結果概要"]

def build():
    d = new_doc("IPAexMincho", 10.5, margins=22)
    header_footer(d, header="所沢市議会　総務常任委員会記録", footer_fmt="- {PAGE} -")
    para(d, "総務常任委員会記録", 16, True, "c", font="IPAexGothic", after=6)
    para(d, "１　開会日時　　令和７年１１月２０日（木）　午前１０時００分開議　　午前１１時４２分散会")
    para(d, "２　場　　所　　第２委員会室")
    para(d, "３　出席委員（７名）", before=4)
    for r, n in MEMBERS:
        para(d, f"{r}　{n}", indent=24)
    para(d, "４　説明のため出席した者", before=4)
    for t, n in STAFF:
        para(d, f"{t}　{n}", indent=24)
    para(d, "５　付議事件", before=4)
    for k, a in enumerate(AGENDA, 1):
        para(d, f"（{zen(k)}）{a}", indent=12)
    para(d, "６　配付資料", before=4)
    for m in MATERIALS:
        para(d, m, indent=12)
    para(d, "７　会議の経過", before=8, font="IPAexGothic", bold=True)
    cur = None
    for sp, sec, text, _ in st:
        if sec != cur:
            para(d, f"【{sec}】", before=6, font="IPAexGothic"); cur = sec
        para(d, f"○{sp}　{text}", before=3)
    page_break(d)
    para(d, "別表　主な債権の収納状況（令和６年度決算）", 12, True, font="IPAexGothic")
    para(d, "（単位：千円、％）", 9, align="r")
    rows = [["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    spans = []
    for debt in dict.fromkeys(r[0] for r in ROWS):
        rs = [r for r in ROWS if r[0] == debt]
        start = len(rows)
        if len(rs) > 1:
            for r in rs:
                rows.append([debt, r[1]] + fmt(r))
            t = agg(debt); rows.append([debt, "計", *fmt((debt, "計") + t)])
            spans.append((start, len(rows) - 1))
        else:
            rows.append([debt, "－"] + fmt(rs[0]))
    tot = tuple(sum(agg(x)[k] for x in dict.fromkeys(r[0] for r in ROWS)) for k in range(3))
    rows.append(["合計", "", *fmt(("合計", None) + tot)])
    t = table(d, rows, widths=[38, 20, 24, 24, 20, 22, 14], size=8.5, header_rows=1)
    for a, b in spans:
        m = t.cell(a, 0).merge(t.cell(b, 0)); m.text = ""; run_font(m.paragraphs[0].add_run(rows[a][0]), None, 8.5)
    t.cell(len(rows) - 1, 0).merge(t.cell(len(rows) - 1, 1))
    para(d, "注１　収入未済額＝調定額－収入済額－不納欠損額", 8.5, before=4)
    para(d, "注２　収納率＝収入済額÷調定額（小数点以下第３位を四捨五入）", 8.5)
    src = OUT / f"{STEM}.docx"; d.save(src)
    pdf = soffice(src)
    # table facts
    for i, row in enumerate(rows[1:], 1):
        debt = None if row[0] == "合計" else row[0]
        seg = "total" if row[0] == "合計" else SEG.get(row[1] if row[1] != "－" else None)
        for col, metric in zip(range(2, 7), ("assessed", "collected", "written_off", "outstanding", "collection_rate")):
            raw = row[col]
            if raw in ("－", ""): continue
            if metric == "collection_rate":
                F.add(debt, 2024, "令和６年度", seg, metric, "actual", float(raw), "percent", raw, "別表", debt_raw=row[0])
            else:
                F.add(debt, 2024, "令和６年度", seg, metric, "actual", int(raw.replace(",", "")) * 1000, "yen", raw, "別表", debt_raw=row[0])
    statements = []
    for sp, sec, text, fl in st:
        statements.append({"speaker": sp, "section": sec, "text": text, "page": text[:30]})
        for (debt, fy, fyr, seg, met, bas, val, unit, raw, asof, ap) in fl:
            F.add(debt, fy, fyr, seg, met, bas, val, unit, raw, text[:30], as_of=asof, approx=ap)
    minutes = {"title": "総務常任委員会記録", "meeting_number": None, "date": "2025-11-20", "method": None,
               "attendees": [{"role": r, "title": None, "name": n} for r, n in MEMBERS] +
                            [{"role": "説明員", "title": t, "name": n} for t, n in STAFF],
               "agenda": AGENDA, "materials": MATERIALS, "statements": statements}
    doc = {"kind": "minutes", "municipality": "所沢市", "title": "総務常任委員会記録", "date": "2025-11-20", "date_raw": "令和７年１１月２０日"}
    write_gold(STEM, pdf, doc, F.items, [], minutes)

def fmt(r):
    a, b, w = r[2], r[3], r[4]
    o = a - b - w
    return [c(a), c(b), c(w) if w else "－", c(o), f"{rate(a, b):.2f}"]

if __name__ == "__main__":
    build()
