"""(a) plan: 多治見市債権管理計画 (modelled on 多治見市債権管理計画 平成28～31年度, paperzz.com/doc/6658716).
python-docx -> LibreOffice. 債権一覧 (debt per row, 3 years of 収入未済額, 単位：千円, 合計 row), per-debt sheets
with the debt name in parentheses in the section heading, a 目標 table with 決算 | 目標 side by side."""
from common import *
from docxutil import *

STEM = "tajimi_plan_1"
CITY = "多治見市"
YRS = [(2021, "令和3年度"), (2022, "4年度"), (2023, "5年度")]   # header: era only on the first year
LIST = [  # name, 所管課, outstanding R3, R4, R5 (千円)
    ("市税", "税務課", 1012334, 968410, 921587),
    ("国民健康保険税", "保険年金課", 512876, 498120, 476905),
    ("介護保険料", "高齢福祉課", 48211, 45907, 43118),
    ("後期高齢者医療保険料", "保険年金課", 9874, 9512, 9033),
    ("保育料", "こども支援課", 21455, 19876, 18402),
    ("市営住宅使用料", "都市政策課", 62318, 60944, 58713),
    ("下水道使用料", "下水道課", 38902, 37215, 35620),
    ("生活保護費返還金", "福祉課", 231447, 244803, 251976),
    ("学校給食費", "教育総務課", 19230, 17954, 16841),
]
TOT = [sum(r[k] for r in LIST) for k in (2, 3, 4)]
# detailed sheets: assessed and written-off per year (千円); collected = A - W - O
DETAIL = {
    "国民健康保険税": dict(dept="保険年金課", A=[2387410, 2341876, 2298654], W=[31877, 29402, 27715],
                     cur=[93.85, 94.12, 94.47], arr=[21.4, 22.3, 23.1], tgt_cur=[94.70, 94.90, 95.10],
                     tgt_arr=[24.0, 25.0, 26.0], tgt_out=[455000, 435000, 415000]),
    "介護保険料": dict(dept="高齢福祉課", A=[2876512, 2911043, 2957330], W=[6533, 6120, 5874],
                  cur=[99.21, 99.25, 99.30], arr=[14.8, 15.6, 16.2], tgt_cur=[99.35, 99.40, 99.45],
                  tgt_arr=[17.0, 18.0, 19.0], tgt_out=[41500, 40000, 38500]),
    "保育料": dict(dept="こども支援課", A=[412887, 398540, 386205], W=[2105, 1987, 1764],
                cur=[98.92, 99.05, 99.11], arr=[18.9, 20.4, 21.7], tgt_cur=[99.20, 99.30, 99.40],
                tgt_arr=[23.0, 24.5, 26.0], tgt_out=[17500, 16500, 15500]),
    "市営住宅使用料": dict(dept="都市政策課", A=[356204, 352918, 349877], W=[4310, 3892, 4107],
                    cur=[97.64, 97.80, 97.93], arr=[12.5, 13.1, 13.8], tgt_cur=[98.00, 98.10, 98.20],
                    tgt_arr=[14.5, 15.0, 15.5], tgt_out=[56000, 54000, 52000]),
}
ITEMS = {
    "国民健康保険税": [
        ("納期限後20日以内に督促状を発送し、未納の初期段階で電話による催告を行う。", "継続", False),
        ("資格喪失時の窓口で未納の有無を確認し、その場での納付又は分割納付の相談につなげる。", "継続", False),
        ("預貯金・給与等の財産調査を滞納繰越となった早い段階で行い、差押えを含む滞納処分を進める。", "拡充", True),
    ],
    "介護保険料": [
        ("普通徴収の被保険者に口座振替の利用を勧奨し、納め忘れを防ぐ。", "継続", False),
        ("滞納が続く被保険者には給付制限の内容を丁寧に説明し、納付を促す。", "継続", False),
    ],
    "保育料": [
        ("入園手続の際に口座振替の申込みを原則とし、未納の発生を抑える。", "継続", False),
        ("児童手当からの特別徴収（申出徴収）を活用する。", "新規", False),
        ("退園者の未納分は、税務課の徴収ノウハウを活用して滞納処分を行う。", "継続", False),
    ],
    "市営住宅使用料": [
        ("滞納3か月で連帯保証人に通知し、早期の納付を求める。", "継続", False),
        ("長期・高額の滞納者には明渡し請求を含む法的措置を検討する。", "拡充", True),
        ("退去者の未納分は債権回収業務の委託を検討する。", "新規", False),
    ],
}
FY_PLAN = 2025


def build():
    facts, inits = [], []
    d = new_doc()
    header_footer(d, "多治見市債権管理計画（令和7年度～令和9年度）")
    # ---- page 1
    p = 1
    para(d, "多治見市債権管理計画", size=20, bold=True, align="center", font="IPAexゴシック", space_after=4)
    para(d, "（令和7年度～令和9年度）", size=13, align="center", space_after=6)
    para(d, "令和7年4月", size=12, align="center")
    para(d, "多治見市総務部　諸納付金収納担当", size=12, align="center", space_after=18)
    para(d, "１　はじめに", size=12, bold=True, font="IPAexゴシック")
    tot5 = TOT[2] * 1000
    approx5 = round(tot5, -6)
    dec = round((TOT[0] - TOT[2]) * 1000, -6)
    para(d, "　本市では、債権管理条例に基づき、市税及び諸納付金の適正な管理に努めてきた。納付資力のある"
            "滞納者には財産調査と滞納処分を徹底し、資力のない滞納者には執行停止や債権放棄による整理を進めた"
            f"結果、令和5年度決算における市全体の収入未済額は約{oku_man(approx5)}となり、令和3年度と比べて"
            f"約{oku_man(dec)}減少した。", indent_mm=0)
    facts.append(F(None, 2023, "令和5年度", "total", "outstanding", "actual", approx5, "yen",
                   f"約{oku_man(approx5)}", p, approx=True, debt_raw=None))
    para(d, "　しかし、生活保護費返還金のように収入未済額が増加している債権もあり、引き続き全庁的な取組が必要"
            "である。本計画は第四次の債権管理計画として、各債権の目標収納率と収入未済額の縮減目標を定めるものである。")
    para(d, "２　計画期間", size=12, bold=True, font="IPAexゴシック")
    para(d, "　令和7年度から令和9年度までの3年間とする。")
    para(d, "３　目標", size=12, bold=True, font="IPAexゴシック")
    para(d, "　各債権の目標収納率の達成及び収入未済額の縮減")
    d.add_page_break()
    # ---- page 2: 債権一覧
    p = 2
    para(d, "４　債権一覧", size=12, bold=True, font="IPAexゴシック")
    para(d, "　令和5年度決算において収入未済額がある主な債権は、次のとおりである。")
    para(d, "収入未済額の推移（各年度決算）", bold=True, align="center")
    para(d, "（単位：千円）", size=9, align="right", space_after=0)
    rows = [["債権名", "所管課"] + [y[1] for y in YRS]]
    for name, dept, *vals in LIST:
        rows.append([name, dept] + [c(v) for v in vals])
        for (fy, fyr), v in zip(YRS, vals):
            facts.append(F(name, fy, fyr, "total", "outstanding", "actual", v * 1000, "yen", c(v), p))
    rows.append(["合計", ""] + [c(v) for v in TOT])
    for (fy, fyr), v in zip(YRS, TOT):
        facts.append(F(None, fy, fyr, "total", "outstanding", "actual", v * 1000, "yen", c(v), p, debt_raw="合計"))
    table(d, rows, widths_mm=[48, 30, 30, 30, 30], align_right_from=2)
    para(d, "")
    para(d, "※収入未済額は、各年度の出納閉鎖後の額である。", size=9)
    para(d, "※市税は、個人市民税、法人市民税、固定資産税、軽自動車税等の合計である。", size=9)
    # ---- per-debt pages
    for k, (name, dd) in enumerate(DETAIL.items()):
        d.add_page_break()
        p = 3 + k
        head = "５　債権ごとの取組" if k == 0 else f"５－{k + 1}　債権ごとの取組"
        para(d, f"{head}（{name}）", size=12, bold=True, font="IPAexゴシック")
        para(d, f"所管課：{dd['dept']}", size=10)
        para(d, "(1) 収納状況の推移", bold=True)
        para(d, "（単位：千円、％）", size=9, align="right", space_after=0)
        outs = [r for r in LIST if r[0] == name][0][2:]
        A, W = dd["A"], dd["W"]
        C = [a - w - o for a, w, o in zip(A, W, outs)]
        R = [r2(cc, a) for cc, a in zip(C, A)]
        rows = [["区分"] + [y[1] for y in YRS]]
        for lab, vals, met in (("調定額", A, "assessed"), ("収入済額", C, "collected"),
                               ("不納欠損額", W, "written_off"), ("収入未済額", outs, "outstanding")):
            rows.append([lab] + [c(v) for v in vals])
            for (fy, fyr), v in zip(YRS, vals):
                facts.append(F(name, fy, fyr, "total", met, "actual", v * 1000, "yen", c(v), p))
        rows.append(["収納率"] + [pct(v) for v in R])
        for (fy, fyr), v in zip(YRS, R):
            facts.append(F(name, fy, fyr, "total", "collection_rate", "actual", v, "percent", pct(v), p))
        table(d, rows, widths_mm=[40, 36, 36, 36])
        para(d, "")
        para(d, "(2) 目標", bold=True)
        rows = [["区分", "決算", "目標", "", ""],
                ["", "令和5年度", "令和7年度", "令和8年度", "令和9年度"]]
        tfy = [(2025, "令和7年度"), (2026, "令和8年度"), (2027, "令和9年度")]
        for lab, seg, act, tg, nd, met in (("現年度分収納率（％）", "current", dd["cur"][2], dd["tgt_cur"], 2, "collection_rate"),
                                          ("滞納繰越分収納率（％）", "arrears", dd["arr"][2], dd["tgt_arr"], 1, "collection_rate"),
                                          ("収入未済額（千円）", "total", outs[2], dd["tgt_out"], 0, "outstanding")):
            if met == "collection_rate":
                cells = [pct(act, nd)] + [pct(v, nd) for v in tg]
                facts.append(F(name, 2023, "令和5年度", seg, met, "actual", act, "percent", cells[0], p))
                for (fy, fyr), v, s in zip(tfy, tg, cells[1:]):
                    facts.append(F(name, fy, fyr, seg, met, "target", v, "percent", s, p))
            else:
                cells = [c(act)] + [c(v) for v in tg]
                facts.append(F(name, 2023, "令和5年度", seg, met, "actual", act * 1000, "yen", cells[0], p))
                for (fy, fyr), v, s in zip(tfy, tg, cells[1:]):
                    facts.append(F(name, fy, fyr, seg, met, "target", v * 1000, "yen", s, p))
            rows.append([lab] + cells)
        table(d, rows, widths_mm=[46, 31, 31, 31, 31], bold_rows=(0, 1), shade_rows=(0, 1),
              merges=[(0, 2, 0, 4), (0, 0, 1, 0)])
        para(d, "※令和5年度の現年度分・滞納繰越分収納率は決算額による。", size=8.5)
        para(d, "(3) 取組内容", bold=True)
        for j, (txt, st, wrap) in enumerate(ITEMS[name]):
            lab = "アイウエオ"[j]
            pp = para(d, f"{lab}　{txt}" + ("" if wrap else f"【{st}】"), indent_mm=4)
            if wrap:
                r = pp.add_run()
                r.add_break()
                pp.add_run(f"【{st}】")
            inits.append(I(name, FY_PLAN, "取組内容", lab, txt, st, p))
    d.add_page_break()
    p = 7
    para(d, "６　計画の進行管理", size=12, bold=True, font="IPAexゴシック")
    para(d, "　各所管課は、毎年度の決算確定後に目標の達成状況を検証し、債権管理推進会議に報告する。"
            "会議は全庁の状況を取りまとめ、必要に応じて取組内容及び目標の見直しを行う。")
    para(d, "７　その他", size=12, bold=True, font="IPAexゴシック")
    para(d, "　徴収困難な案件については、債権管理マニュアルに基づき、執行停止又は債権放棄の判断を行い、"
            "不納欠損処理を適正に進める。")
    docx = OUT / f"{STEM}.docx"
    OUT.mkdir(exist_ok=True)
    d.save(docx)
    to_pdf(docx, PDF / f"{STEM}.pdf", STEM)
    document = {"kind": "plan", "municipality": CITY, "title": "多治見市債権管理計画（令和7年度～令和9年度）",
                "date": "2025-04-01", "date_raw": "令和7年4月"}
    write_gold(STEM, document, facts, inits)
    return report(STEM)


if __name__ == "__main__":
    build()
