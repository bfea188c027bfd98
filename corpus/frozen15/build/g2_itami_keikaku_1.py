"""伊丹市 債権管理計画（推進シート）, python-docx -> LibreOffice; 5-year tables with years as rows."""
import sys; sys.path.insert(0, __file__.rsplit("/", 1)[0])
from g2_common import *
from g2_docx import *

STEM = "g2_itami_keikaku_1"
F = Facts(); INI = []
YRS = [(2018, "平成30年度"), (2019, "令和元年度"), (2020, "2年度"), (2021, "3年度"), (2022, "4年度")]
TY = [(2024, "R6"), (2025, "R7"), (2026, "R8"), (2027, "R9"), (2028, "R10")]
# name, dept, kind, current assessed base (円), cur rates, arrears assessed start, arr rates, wo share, delinquents, targets(cur, arr), out target (千円), actions
DEBTS = [
 ("市税", "納税課", "強制徴収公債権（時効5年）", 27_412_655_120, [98.61, 98.74, 98.80, 98.97, 99.05], 1_083_412_560, [24.18, 26.02, 27.35, 29.61, 31.20], 0.09,
  [6842, 6510, 6198, 5874, 5603], [99.10, 99.15, 99.20, 99.25, 99.30], [32.00, 33.00, 34.00, 35.00, 36.00], [690000, 655000, 620000, 590000, 560000],
  {"(1) 滞納の未然防止": ["口座振替とスマートフォン決済の利用案内を、納税通知書に同封する。", "新たに納税義務者となった者へ、納期限前にSMSで通知する。"],
   "(2) 早期着手と滞納処分": ["督促状発送後30日を経過しても納付のない者は、財産調査に着手する。", "滞納額100万円以上の案件は、滞納整理担当が一元的に管理する。", "不動産の公売をインターネット公売により年2回実施する。"]}),
 ("国民健康保険税", "保険年金課", "強制徴収公債権（時効5年）", 5_216_480_300, [93.12, 93.65, 94.21, 94.58, 94.90], 1_520_664_180, [18.42, 19.60, 20.85, 22.14, 23.30], 0.14,
  [5120, 4876, 4533, 4290, 4018], [95.10, 95.30, 95.50, 95.70, 95.90], [24.00, 25.00, 26.00, 27.00, 28.00], [780000, 745000, 710000, 680000, 650000],
  {"(1) 滞納の未然防止": ["国保加入手続の際に口座振替の申込みを受け付け、原則として口座振替とする。", "資格喪失届の受付時に未納額を案内する。"],
   "(2) 早期着手と滞納処分": ["短期被保険者証の交付時に納付相談を行い、分納誓約の履行を確認する。", "納付誓約の不履行者には、差押予告書を送付したうえで滞納処分を行う。"]}),
 ("介護保険料", "介護保険課", "強制徴収公債権（時効2年）", 4_612_380_440, [98.85, 98.92, 99.01, 99.08, 99.12], 98_421_360, [20.65, 21.40, 22.95, 23.80, 24.55], 0.42,
  [1422, 1380, 1317, 1288, 1240], [99.15, 99.18, 99.20, 99.22, 99.25], [25.00, 25.50, 26.00, 26.50, 27.00], [46000, 44000, 42000, 40000, 38000],
  {"(1) 滞納の未然防止": ["65歳到達者へ、普通徴収期間の納付方法を個別に案内する。"],
   "(2) 早期着手と滞納処分": ["時効が近い滞納分は、電話催告と臨戸訪問を優先して行う。", "給付制限の内容を、ケアマネジャーを通じて周知する。"]}),
 ("下水道使用料", "上下水道局お客さまセンター", "強制徴収公債権（時効5年）", 3_184_275_600, [98.95, 99.02, 99.10, 99.14, 99.20], 41_286_420, [45.20, 47.85, 49.10, 50.64, 52.30], 0.08,
  [2104, 1988, 1902, 1845, 1760], [99.25, 99.30, 99.35, 99.40, 99.45], [53.00, 54.00, 55.00, 56.00, 57.00], [25000, 24000, 23000, 22000, 21000],
  {"(1) 滞納の未然防止": ["水道料金と一体で口座振替を勧奨する。"],
   "(2) 早期着手と滞納処分": ["給水停止予告と連動して、下水道使用料の催告を行う。", "転居者の未納分は、転居先の調査を行い文書で催告する。"]}),
]

def series(d):
    name, dept, kind, A0, rc, arr0, ra, wos = d[:8]
    out = []; arrA = arr0
    for k, (fy, lab) in enumerate(YRS):
        Ac = A0 + k * 123_457_11 * (1 if k % 2 else -1) + k * 87_650_300
        Cc = round(Ac * rc[k] / 100)
        Ca = round(arrA * ra[k] / 100); Wa = round(arrA * wos); Wc = 0
        Oc = Ac - Cc - Wc; Oa = arrA - Ca - Wa
        out.append(dict(fy=fy, lab=lab, cur=(Ac, Cc, Wc, Oc), arr=(arrA, Ca, Wa, Oa)))
        arrA = Oc + Oa
    return out

def build():
    d = new_doc("IPAexMincho", 10, margins=18)
    header_footer(d, header="伊丹市債権管理計画（令和6年度～令和10年度）", footer_fmt="{PAGE}")
    para(d, "伊丹市債権管理計画", 18, True, "c", font="IPAexGothic", before=120)
    para(d, "（令和６年度～令和１０年度）", 12, False, "c", after=30)
    para(d, "令和６年３月", 12, False, "c")
    para(d, "伊丹市 総務部 債権管理課", 12, False, "c")
    page_break(d)
    para(d, "第１章　計画の趣旨と市の債権の状況", 13, True, font="IPAexGothic", after=4)
    tot_out = 0
    sers = {x[0]: series(x) for x in DEBTS}
    last = {n: s[-1] for n, s in sers.items()}
    main_out = sum(v["cur"][3] + v["arr"][3] for v in last.values())
    all_man = round(main_out / 10_000 / 1000) * 1000 + 23_000  # city-wide incl. other debts, rounded
    o, m = divmod(all_man, 10000)
    all_txt = f"{o}億{m:,}万円"
    para(d, "　本市は、平成２８年に伊丹市債権管理条例を制定し、債権の発生から消滅までを一貫して管理する体制を整えてきた。前計画の期間中、主要債権の徴収率は概ね上昇し、収入未済額は縮減傾向にある。", after=3)
    para(d, f"　令和４年度末における市全体の収入未済額は約{all_txt}であり、このうち主要４債権が大半を占めている。本計画では、主要債権ごとに推進シートを作成し、５年間の目標徴収率と取組を定める。", after=3)
    F.add(None, 2022, "令和４年度末", "total", "outstanding", "actual", all_man * 10000, "yen", "約" + all_txt, "令和４年度末における市全体", approx=True)
    para(d, "主要債権の収入未済額（令和４年度決算）", 11, True, font="IPAexGothic", before=6)
    para(d, "単位：千円", 8.5, align="r")
    rows = [["", "現年度分", "過年度分", "計"]]
    for n, v in last.items():
        rows.append([n, c(round(v["cur"][3] / 1000)), c(round(v["arr"][3] / 1000)), c(round((v["cur"][3] + v["arr"][3]) / 1000))])
    table(d, rows, size=9, header_rows=1)
    for r in rows[1:]:
        for j, seg in ((1, "current"), (2, "arrears"), (3, "total")):
            F.add(r[0], 2022, "令和４年度", seg, "outstanding", "actual", int(r[j].replace(",", "")) * 1000, "yen", r[j], "主要債権の収入未済額（令和４年度決算）")
    para(d, "※千円未満を四捨五入しているため、計が一致しない場合がある。", 8.5)
    for idx, dd in enumerate(DEBTS):
        name, dept, kind = dd[:3]
        dl, tc, ta, tout, acts = dd[8:]
        s = sers[name]
        page_break(d)
        para(d, f"第２章　推進シート　{idx+1}", 11, True, font="IPAexGothic")
        t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
        t.cell(0, 0).text = ""; run_font(t.cell(0, 0).paragraphs[0].add_run(f"債権名　{name}"), "IPAexGothic", 12, True)
        t.cell(0, 1).text = ""; run_font(t.cell(0, 1).paragraphs[0].add_run(f"所管　{dept}"), None, 10)
        para(d, f"１　債権の区分　{kind}", before=4)
        para(d, "２　直近５か年の徴収状況（単位：円、％）", 11, True, font="IPAexGothic", before=4)
        rows = [["区分", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "徴収率"]]
        meta = []
        for seg_lab, seg, key in (("現年度分", "current", "cur"), ("過年度分", "arrears", "arr"), ("合計", "total", None)):
            for y in s:
                if key:
                    A, C, W, O = y[key]
                else:
                    A, C, W, O = (y["cur"][i] + y["arr"][i] for i in range(4))
                rows.append([seg_lab, y["lab"], c(A), c(C), c(W) if W else "―", c(O), f"{rate(A, C):.2f}"])
                meta.append((seg, y["fy"], y["lab"]))
        t = table(d, rows, size=8, header_rows=1)
        for g in range(3):
            a, b = 1 + 5 * g, 5 + 5 * g
            lab = rows[a][0]
            m = t.cell(a, 0).merge(t.cell(b, 0)); m.text = ""; run_font(m.paragraphs[0].add_run(lab), None, 8)
        for r, (seg, fy, lab) in zip(rows[1:], meta):
            anchor = r[2]
            for j, met in ((2, "assessed"), (3, "collected"), (4, "written_off"), (5, "outstanding")):
                if r[j] == "―": continue
                F.add(name, fy, lab, seg, met, "actual", int(r[j].replace(",", "")), "yen", r[j], anchor)
            F.add(name, fy, lab, seg, "collection_rate", "actual", float(r[6]), "percent", r[6], anchor)
        para(d, "滞納者数（各年度末、単位：人）", 9.5, before=4)
        rr = [[y[1] for y in YRS], [c(x) for x in dl]]
        table(d, rr, size=9, grid=False, header_rows=0, align=["r"] * 5)
        for (fy, lab), v in zip(YRS, dl):
            F.add(name, fy, lab, "total", "delinquents", "actual", v, "persons", c(v), f"債権名{name}")
        para(d, "３　目標", 11, True, font="IPAexGothic", before=6)
        rows = [["項目"] + [f"{lab}年度" for _, lab in TY],
                ["現年度分 徴収率（％）"] + [f"{x:.2f}" for x in tc],
                ["過年度分 徴収率（％）"] + [f"{x:.2f}" for x in ta],
                ["収入未済額（千円）"] + [c(x) for x in tout]]
        table(d, rows, size=9, header_rows=1)
        for (fy, lab), a, b, o in zip(TY, tc, ta, tout):
            F.add(name, fy, lab + "年度", "current", "collection_rate", "target", a, "percent", f"{a:.2f}", f"債権名{name}")
            F.add(name, fy, lab + "年度", "arrears", "collection_rate", "target", b, "percent", f"{b:.2f}", f"債権名{name}")
            F.add(name, fy, lab + "年度", "total", "outstanding", "target", o * 1000, "yen", c(o), f"債権名{name}")
        para(d, "４　目標達成に向けた取組", 11, True, font="IPAexGothic", before=6)
        kana = "アイウエオ"
        for sec, items in acts.items():
            para(d, sec, before=2)
            for k, txt in enumerate(items):
                para(d, f"{kana[k]}　{txt}", indent=14)
                INI.append({"debt": name, "fiscal_year": 2024, "section": "目標達成に向けた取組", "label": f"{sec.split()[0]}{kana[k]}",
                            "text": txt, "status": None, "page": txt})
    src = OUT / f"{STEM}.docx"; d.save(src)
    pdf = soffice(src)
    doc = {"kind": "plan", "municipality": "伊丹市", "title": "伊丹市債権管理計画（令和６年度～令和１０年度）",
           "date": "2024-03-01", "date_raw": "令和６年３月"}
    write_gold(STEM, pdf, doc, F.items, INI)

if __name__ == "__main__":
    build()
