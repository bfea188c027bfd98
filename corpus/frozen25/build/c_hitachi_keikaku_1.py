"""c_hitachi_keikaku_1: 債権管理計画 with one 推進シート per debt (python-docx -> LibreOffice)."""
from __future__ import annotations

from c_common import OUT, ROOT, c, fact, init, rate, to_pdf, write_gold, zen
from c_docx import box, cell_text, header_footer, horizontal_only, new_doc, page_break, para, shade, table

STEM = "c_hitachi_keikaku_1"
CITY = "日立市"
YEARS = [2020, 2021, 2022, 2023, 2024]

# debt, dept, kubun, law, assessed per year (千円), collected per year, written_off per year, delinquents per year
RAW = {
    "市税": ("収納課", "強制徴収公債権", "地方税法",
            [26412380, 26208410, 26655120, 26890340, 27104560],
            [25633514, 25475812, 25967330, 26245720, 26508311],
            [52310, 48220, 45160, 41230, 39880],
            [6120, 5870, 5610, 5390, 5205]),
    "国民健康保険税": ("国民健康保険課", "強制徴収公債権", "地方税法",
                  [5412330, 5288120, 5104560, 4987230, 4871450],
                  [4701230, 4621480, 4492330, 4411852, 4327112],
                  [98120, 91330, 84560, 80120, 75340],
                  [4410, 4290, 4105, 3980, 3850]),
    "介護保険料": ("高齢福祉課", "強制徴収公債権", "介護保険法",
              [4612450, 4688120, 4754330, 4812560, 4876340],
              [4551210, 4631880, 4701120, 4762880, 4829240],
              [18230, 17450, 16880, 15920, 15410],
              [1320, 1290, 1250, 1215, 1180]),
    "市営住宅使用料": ("住宅課", "私債権", "地方自治法・民法",
                [812340, 806550, 798120, 790450, 784220],
                [752110, 748320, 742880, 737910, 733420],
                [6120, 8430, 5210, 7880, 4950],
                [212, 205, 198, 191, 184]),
    "水道料金": ("水道部営業課", "私債権", "民法",
             [4120450, 4098330, 4075120, 4052880, 4031450],
             [4062110, 4043920, 4023310, 4004550, 3985612],
             [5120, 4880, 4650, 4410, 4230],
             [2840, 2760, 2690, 2610, 2530]),
}
ORDER = list(RAW)


def series(debt):
    dept, kubun, law, A, C, WO, N = RAW[debt]
    out, rows = 0, []
    for i, y in enumerate(YEARS):
        # 収入未済額 = 調定額 − 収入済額 − 不納欠損額 (調定額 includes 滞納繰越分)
        o = A[i] - C[i] - WO[i]
        rows.append((y, A[i], C[i], WO[i], o, rate(C[i], A[i]), N[i]))
    return rows


def fy_label(y, style):
    if style == "west":
        return str(y)
    return f"R{y - 2018}"


TARGETS = {  # 計画期間 yearly targets of 収納率 (total)
    "市税": [97.90, 98.00, 98.10, 98.20, 98.30],
    "国民健康保険税": [89.20, 89.60, 90.00, 90.40, 90.80],
    "介護保険料": [99.10, 99.15, 99.20, 99.25, 99.30],
}
SENT = {  # numbered target sentences
    "市営住宅使用料": [("（１）", "収納率を令和12年度までに94.00％以上とする。", 2030, "collection_rate", 94.00, "percent", "94.00％以上"),
                ("（２）", "収入未済額を令和12年度末に4,000万円以下とする。", 2030, "outstanding", 40000000, "yen", "4,000万円以下")],
    "水道料金": [("（１）", "令和12年度の収納率を98.90％以上とする。", 2030, "collection_rate", 98.90, "percent", "98.90％以上")],
}
TORI = {
    "市税": [("1-1", "現年課税分の早期催告", "納期限後20日以内に督促状を送り、未納が続く者に電話催告センターから架電する。", "通年", "継続"),
            ("1-2", "滞納処分の強化", "財産調査を早期に行い、預貯金・給与の差押えを優先して実施する。", "通年", "拡充"),
            ("2-1", "納付環境の整備", "地方税統一ＱＲコードによる納付を周知し、口座振替の新規登録を勧める。", "令和８年度～", "新規")],
    "国民健康保険税": [("1-1", "資格喪失時の未納額の案内", "社会保険への加入による喪失の届出時に、未納額と納付方法を案内する。", "通年", "新規"),
                  ("1-2", "分納誓約の管理", "分納誓約の履行状況を毎月確認し、不履行者には差押予告書を送る。", "毎月", "継続")],
    "介護保険料": [("1-1", "普通徴収の未納者対策", "第１期の納期限後に未納者全員へ催告書を送り、電話で納付を勧める。", "７月～", "継続"),
              ("1-2", "給付制限の事前説明", "滞納が続く被保険者に給付制限の内容を文書で説明する。", "随時", "継続")],
    "水道料金": [("1-1", "給水停止の適正な実施", "納期限後２か月の未納者に給水停止予告を送り、応じない場合は停止を行う。", "毎月", "継続"),
             ("1-2", "閉栓者の未納分の回収", "転居による閉栓者の未納分を、転居先の調査のうえ文書で請求する。", "随時", "拡充")],
}
BOXED = {"市営住宅使用料": [("（ｱ）", "滞納３か月で連帯保証人に通知し、６か月で納付を請求する。", "継続"),
                       ("（ｲ）", "長期滞納者に対し、明渡し請求訴訟を計画的に提起する。", "継続"),
                       ("（ｳ）", "退去者の未納分は、弁護士への回収委託を行う。", "新規")]}


def build():
    facts, inits = [], []
    d = new_doc(font="IPAex明朝", size=10.5, margins=20)
    header_footer(d, "第２次日立市債権管理計画", "－{}－", size=8)
    para(d, "第２次日立市債権管理計画", size=18, bold=True, align="c", after=4)
    para(d, "（令和８年度～令和12年度）", size=12, align="c", after=4)
    para(d, "令和８年３月　日立市財政部収納課", size=10.5, align="r", after=12)
    para(d, "１　計画の概要", size=12, bold=True)
    para(d, "（１）計画期間　令和８年度から令和12年度までの５年間", indent_mm=4)
    para(d, "（２）対象債権　令和６年度決算で収入未済額のある債権のうち、次の５債権を推進シートの対象とする。", indent_mm=4)
    para(d, "２　主要債権の収入未済額の状況", size=12, bold=True)
    ser = {k: series(k) for k in ORDER}
    tot = [sum(ser[k][i][4] for k in ORDER) for i in range(5)]
    t6 = round(tot[4] / 100) * 100  # 千円 rounded to 10万円
    t6raw = f"約{t6 // 100000}億{(t6 % 100000) // 10:,}万円"
    t2 = round(tot[0] / 100) * 100
    t2raw = f"約{t2 // 100000}億{(t2 % 100000) // 10:,}万円"
    para(d, f"主要５債権の収入未済額は、令和２年度末の{t2raw}から令和６年度末には{t6raw}となり、"
            "５年間で減少傾向にある。一方で、国民健康保険税は収入未済額全体の多くを占めており、引き続き重点的な対策が必要である。",
         first_mm=3.5)
    facts += [fact(None, 2020, "令和２年度末", "total", "outstanding", "actual", t2 * 1000, "yen", t2raw, approx=True),
              fact(None, 2024, "令和６年度末", "total", "outstanding", "actual", t6 * 1000, "yen", t6raw, approx=True)]
    para(d, "表１　主要債権の収入未済額の推移", size=10, bold=True, after=0)
    para(d, "（単位：千円）", size=8.5, align="r", after=0)
    hdr = ["債権名", "R2", "R3", "R4", "R5", "R6", "増減\n(R6－R2)"]
    body = [hdr, ["合計"] + [c(v) for v in tot] + [c(tot[4] - tot[0])]]
    for k in ORDER:
        o = [r[4] for r in ser[k]]
        body.append([k] + [c(v) for v in o] + [c(o[4] - o[0])])
    t = table(d, body, widths_mm=[38, 21, 21, 21, 21, 21, 24], size=8.5)
    for j in range(7):
        shade(t.cell(1, j), "F2F2F2")
    anc = "表１　主要債権の収入未済額の推移"
    for i, y in enumerate(YEARS):
        facts.append(fact(None, y, f"R{y - 2018}", "total", "outstanding", "actual", tot[i] * 1000, "yen", c(tot[i]), debt_raw="合計", anchor=anc))
        for k in ORDER:
            facts.append(fact(k, y, f"R{y - 2018}", "total", "outstanding", "actual", ser[k][i][4] * 1000, "yen", c(ser[k][i][4]), anchor=anc))
    para(d, "※収入未済額は、現年度分と滞納繰越分の合計額。", size=8.5)
    para(d, "３　推進シートの見方", size=12, bold=True)
    para(d, "推進シートは、債権ごとに収納状況の推移、計画期間の目標及び取組を示したものである。"
            "取組の区分欄は、前計画から引き続き実施するものを「継続」、内容を充実させるものを「拡充」、新たに実施するものを「新規」とした。",
         first_mm=3.5)

    for n, k in enumerate(ORDER, 1):
        page_break(d)
        dept, kubun, law = RAW[k][:3]
        para(d, f"推進シート{zen(n)}", size=12, bold=True, after=2)
        t = table(d, [["債権名", k, "所管課", dept], ["債権区分", kubun, "根拠法令", law]],
                  widths_mm=[24, 62, 24, 60], size=10, header_rows=0, shade_header=False, align_num=False)
        shade(t.cell(0, 0)); shade(t.cell(1, 0)); shade(t.cell(0, 2)); shade(t.cell(1, 2))
        para(d, "")
        para(d, "１　収納状況の推移", size=11, bold=True, after=0)
        para(d, "（単位：千円、人）", size=8.5, align="r", after=0)
        style = "west" if n % 2 == 1 else "era"
        rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "滞納者数"]]
        anc = f"推進シート{zen(n)}"
        for (y, a, col, wo, o, rt, nn) in ser[k]:
            lab = fy_label(y, style)
            rows.append([lab, c(a), c(col), c(wo), c(o), f"{rt:.2f}%", c(nn)])
            for met, v, raw, unit in (("assessed", a * 1000, c(a), "yen"), ("collected", col * 1000, c(col), "yen"),
                                      ("written_off", wo * 1000, c(wo), "yen"), ("outstanding", o * 1000, c(o), "yen"),
                                      ("collection_rate", rt, f"{rt:.2f}%", "percent"), ("delinquents", nn, c(nn), "persons")):
                facts.append(fact(k, y, lab, "total", met, "actual", v, unit, raw, anchor=anc))
        tt = table(d, rows, widths_mm=[18, 28, 28, 22, 24, 18, 18], size=9)
        if n in (2, 4):
            horizontal_only(tt)
        para(d, "")
        para(d, "２　目標", size=11, bold=True, after=0)
        if k in TARGETS:
            para(d, "計画期間：令和８年度～令和12年度", size=9.5, after=0)
            tg = TARGETS[k]
            tr = [["年度", "R8", "R9", "R10", "R11", "R12"], ["収納率（目標）"] + [f"{v:.2f}" for v in tg]]
            table(d, tr, widths_mm=[36, 22, 22, 22, 22, 22], size=9.5)
            para(d, "※目標は現年度分と滞納繰越分を合わせた収納率（単位：％）。", size=8.5)
            for i, v in enumerate(tg):
                y = 2026 + i
                facts.append(fact(k, y, f"R{y - 2018}", "total", "collection_rate", "target", v, "percent", f"{v:.2f}", anchor=anc))
        else:
            for lab, s, y, met, v, unit, raw in SENT[k]:
                para(d, f"{lab}{s}", indent_mm=4, size=10)
                if y is None:
                    for yy in range(2026, 2031):
                        pass
                    facts.append(fact(k, 2026, "毎年度", "total", met, "target", v, unit, raw, anchor=anc))
                else:
                    facts.append(fact(k, y, "令和12年度", "total", met, "target", v, unit, raw, anchor=anc))
        para(d, "")
        para(d, "３　取組", size=11, bold=True, after=0)
        if k in TORI:
            tr = [["番号", "取組項目", "内容", "実施時期", "区分"]]
            for lab, item, body_, when, stt in TORI[k]:
                tr.append([lab, item, body_, when, stt])
                inits.append(init(k, 2026, "取組", lab, body_, stt, anchor=anc))
            table(d, tr, widths_mm=[12, 34, 82, 22, 14], size=9, align_num=False)
        else:
            lines = []
            for lab, s, stt in BOXED[k]:
                lines.append(f"{lab}{s}【{stt}】")
                inits.append(init(k, 2026, "取組", lab, s, stt, anchor=anc))
            box(d, lines, size=10)

    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", STEM)
    document = {"kind": "plan", "municipality": CITY, "title": "第２次日立市債権管理計画",
                "date": "2026-03-01", "date_raw": "令和８年３月"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
