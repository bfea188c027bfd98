"""c_hiratsuka_kaigiroku_1: 債権管理対策会議 会議録 (python-docx -> LibreOffice)."""
from __future__ import annotations

from c_common import OUT, ROOT, c, fact, fmt_rate, rate, to_pdf, write_gold, zen
from c_docx import box, header_footer, new_doc, page_break, para, table, cell_text, shade
from docx.shared import Mm

STEM = "c_hiratsuka_kaigiroku_1"
CITY = "平塚市"

# 令和6年度決算 (千円): debt -> {seg: (assessed, collected, written_off)}, previous-year rate per segment
DATA = [
    ("市税", {"現年課税分": (38215460, 37913658, 1102), "滞納繰越分": (812340, 255231, 61877)},
     {"現年課税分": 99.15, "滞納繰越分": 29.86}),
    ("国民健康保険税", {"現年課税分": (6418220, 6023539, 2410), "滞納繰越分": (1188460, 289629, 118204)},
     {"現年課税分": 93.71, "滞納繰越分": 23.05}),
    ("介護保険料", {"現年分": (5912340, 5876864, 0), "滞納繰越分": (141870, 26533, 35412)},
     {"現年分": 99.38, "滞納繰越分": 18.22}),
    ("後期高齢者医療保険料", {"現年分": (3120480, 3106130, 0), "滞納繰越分": (24160, 9426, 3811)},
     {"現年分": 99.49, "滞納繰越分": 40.12}),
    ("保育所保育料", {"現年分": (612450, 608714, 0), "滞納繰越分": (28930, 5371, 2130)},
     {"現年分": 99.31, "滞納繰越分": 16.94}),
    ("市営住宅使用料", {"現年分": (742180, 728532, 0), "滞納繰越分": (96410, 12088, 9920)},
     {"現年分": 98.02, "滞納繰越分": 13.71}),
    ("下水道使用料", {"現年分": (4615230, 4567232, 0), "滞納繰越分": (62310, 31411, 4102)},
     {"現年分": 98.88, "滞納繰越分": 47.63}),
]
FY = 2024
FYR = "令和６年度"


def seg_of(label):
    return "current" if label.startswith("現年") else "arrears"


def build():
    facts, inits = [], []
    d = new_doc(font="IPAex明朝", size=10.5, margins=22)
    header_footer(d, "平塚市債権管理対策会議", "{}")
    para(d, "令和７年度第１回平塚市債権管理対策会議　会議録", size=14, bold=True, align="c", after=8)

    # computed rows
    rows = []
    tot = [0, 0, 0, 0]
    for debt, segs, prev in DATA:
        sa = [0, 0, 0, 0]
        for lab, (a, col, wo) in segs.items():
            out = a - col - wo
            rows.append((debt, lab, a, col, wo, out, rate(col, a), prev[lab]))
            for i, v in enumerate((a, col, wo, out)):
                sa[i] += v
        rows.append((debt, "計", *sa, rate(sa[1], sa[0]), None))
        for i in range(4):
            tot[i] += sa[i]
    R = {(r[0], r[1]): r for r in rows}

    para(d, "１　日　時", bold=True)
    para(d, "令和７年８月２６日（火）　午後２時００分から午後３時１０分まで", indent_mm=8)
    para(d, "２　場　所", bold=True)
    para(d, "平塚市役所本館６階　６１０会議室", indent_mm=8)
    para(d, "３　出席者（会長・委員８名・事務局２名）", bold=True)
    para(d, "会　長：副市長", indent_mm=8)
    para(d, "委　員：総務部長・企画政策部長・市民部長・健康・子ども部長・福祉部長・", indent_mm=8)
    para(d, "まちづくり政策部長・上下水道局長・教育総務部長", indent_mm=26)
    para(d, "事務局：収納課長・収納課債権管理担当長", indent_mm=8)
    para(d, "４　議　題", bold=True)
    agenda = ["令和６年度決算における主要債権の収納状況について",
              "令和７年度債権管理の取組方針について",
              "その他"]
    for i, a in enumerate(agenda, 1):
        para(d, f"（{zen(i)}）{a}", indent_mm=8)
    para(d, "５　配付資料", bold=True)
    materials = ["資料１　令和６年度主要債権の収納状況", "資料２　令和７年度債権管理の取組方針（案）",
                 "資料３　債権管理研修の実施結果", "別表　令和６年度主要債権の決算状況"]
    for m in materials:
        para(d, m, indent_mm=8)
    para(d, "６　会議の概要", bold=True)

    statements = []

    def say(speaker, section, text, anchor=None):
        para(d, f"○{speaker}", bold=True, after=0)
        para(d, text, indent_mm=5, first_mm=3.5)
        statements.append({"speaker": speaker, "section": section, "text": text, "_anchor": anchor})

    st, sn = R[("市税", "現年課税分")], R[("市税", "滞納繰越分")]
    sk = R[("市税", "計")]
    kc, ka = R[("国民健康保険税", "現年課税分")], R[("国民健康保険税", "滞納繰越分")]
    kk = R[("国民健康保険税", "計")]
    sec1 = f"（１）{agenda[0]}"
    para(d, sec1, bold=True)
    say("会長", agenda[0], "ただいまから令和７年度第１回債権管理対策会議を開会する。本日は、令和６年度決算の状況と今年度の取組方針について協議したい。まず事務局から説明をお願いする。")
    sk_out_oku = round(sk[5] / 100000)  # 千円 -> 億・万 (1万円 = 10千円) rounded to 100万円
    total_out = tot[3]
    t_txt_val = round(total_out / 1000) * 1000  # 千円, rounded to 100万円
    tot_raw = f"約{t_txt_val // 100000}億{(t_txt_val % 100000) // 10:,}万円" if t_txt_val % 100000 else f"約{t_txt_val // 100000}億円"
    sk_val = round(sk[5] / 100) * 100  # 千円 rounded to 10万円
    sk_raw = f"約{sk_val // 100000}億{(sk_val % 100000) // 10:,}万円"
    kk_val = round(kk[5] / 100) * 100
    kk_raw = f"約{kk_val // 100000}億{(kk_val % 100000) // 10:,}万円"
    t1 = (f"資料１により説明する。令和６年度の市税の収納率は、現年課税分が{fmt_rate(st[6])}％、滞納繰越分が{fmt_rate(sn[6])}％となり、"
          f"いずれも前年度を上回った。市税の収入未済額は{sk_raw}で、前年度から減少している。"
          f"国民健康保険税は、現年課税分が{fmt_rate(kc[6])}％、滞納繰越分が{fmt_rate(ka[6])}％であり、収入未済額は{kk_raw}となった。"
          f"別表の７債権を合わせた収入未済額は{tot_raw}である。")
    say("収納課長", agenda[0], t1)
    facts += [
        fact("市税", FY, "令和６年度", "current", "collection_rate", "actual", st[6], "percent", f"{fmt_rate(st[6])}％", anchor="資料１により説明する"),
        fact("市税", FY, "令和６年度", "arrears", "collection_rate", "actual", sn[6], "percent", f"{fmt_rate(sn[6])}％", anchor="資料１により説明する"),
        fact("市税", FY, "令和６年度", "total", "outstanding", "actual", sk_val * 1000, "yen", sk_raw, approx=True),
        fact("国民健康保険税", FY, "令和６年度", "current", "collection_rate", "actual", kc[6], "percent", f"{fmt_rate(kc[6])}％", anchor="資料１により説明する"),
        fact("国民健康保険税", FY, "令和６年度", "arrears", "collection_rate", "actual", ka[6], "percent", f"{fmt_rate(ka[6])}％", anchor="資料１により説明する"),
        fact("国民健康保険税", FY, "令和６年度", "total", "outstanding", "actual", kk_val * 1000, "yen", kk_raw, approx=True),
        fact(None, FY, "令和６年度", "total", "outstanding", "actual", t_txt_val * 1000, "yen", tot_raw, approx=True),
    ]
    say("福祉部長", agenda[0], "市税の滞納繰越分は改善しているが、今年度に入ってからの現年課税分の状況はどうか。")
    t3 = ("７月末時点の市税現年課税分の収納率は45.12％で、前年同期の44.87％をやや上回っている。"
          "口座振替の勧奨とスマートフォン決済の周知を継続しており、年度末に向けて現年課税分の早期納付を促していく。")
    say("収納課長", agenda[0], t3)
    facts += [
        fact("市税", 2025, "７月末時点", "current", "collection_rate", "interim", 45.12, "percent", "45.12％", as_of="2025-07-31"),
        fact("市税", 2024, "前年同期", "current", "collection_rate", "interim", 44.87, "percent", "44.87％", as_of="2024-07-31"),
    ]
    hc = R[("保育所保育料", "現年分")]
    t4 = (f"保育所保育料は、現年分の収納率が{fmt_rate(hc[6])}％となった。児童手当からの特別徴収の申出を入所時に案内しており、"
          "滞納の発生を抑えられている。卒園児の滞納繰越分については、引き続き文書と電話による催告を行う。")
    say("健康・子ども部長", agenda[0], t4)
    facts.append(fact("保育所保育料", FY, "令和６年度", "current", "collection_rate", "actual", hc[6], "percent", f"{fmt_rate(hc[6])}％", anchor="保育所保育料は、現年分"))

    sec2 = f"（２）{agenda[1]}"
    para(d, sec2, bold=True)
    t5 = ("資料２により説明する。今年度は、市税の現年課税分の収納率99.30％、国民健康保険税の現年課税分の収納率94.20％を目標とし、"
          "滞納初期の催告を強化する。また、非強制徴収債権については、債権管理条例に基づく徴収停止と債権放棄の手続を各課で徹底する。"
          "取組の進捗は、令和７年度第２回会議（令和８年２月開催予定）で報告する。")
    say("収納課長", agenda[1], t5)
    facts += [
        fact("市税", 2025, "今年度", "current", "collection_rate", "target", 99.30, "percent", "99.30％"),
        fact("国民健康保険税", 2025, "今年度", "current", "collection_rate", "target", 94.20, "percent", "94.20％"),
    ]
    gc = R[("下水道使用料", "現年分")]
    t6 = (f"下水道使用料は、現年分の収納率が{fmt_rate(gc[6])}％であった。水道料金と一体で徴収しているため、"
          "給水停止予告と併せた催告を行い、転居者の所在調査を早めに行う。")
    say("上下水道局長", agenda[1], t6)
    facts.append(fact("下水道使用料", FY, "令和６年度", "current", "collection_rate", "actual", gc[6], "percent", f"{fmt_rate(gc[6])}％", anchor="下水道使用料は、現年分"))
    say("会長", agenda[1], "各部局とも、目標の達成に向けて取組を着実に進めてほしい。特に滞納の初期段階での対応を徹底されたい。")
    para(d, f"（３）{agenda[2]}", bold=True)
    say("収納課債権管理担当長", agenda[2], "資料３により、債権管理研修の実施結果を報告する。今年度は新任職員向けと管理職向けの２講座を実施し、延べ６２名が受講した。")
    para(d, "以上", align="r")

    # 別表
    page_break(d)
    para(d, "別表　令和６年度主要債権の決算状況", size=11.5, bold=True, after=2)
    para(d, "（単位：千円、％）", size=8.5, align="r", after=1)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率", "前年度\n収納率"]
    body = [hdr]
    for r in rows:
        body.append([r[0], r[1], c(r[2]), c(r[3]), c(r[4]), c(r[5]), fmt_rate(r[6]), fmt_rate(r[7]) if r[7] is not None else "－"])
    body.append(["合計", "", c(tot[0]), c(tot[1]), c(tot[2]), c(tot[3]), fmt_rate(rate(tot[1], tot[0])), "－"])
    t = table(d, body, widths_mm=[36, 20, 22, 22, 18, 20, 14, 14], size=8)
    # merge debt name cells over their 3 rows
    i = 1
    for debt, segs, prev in DATA:
        n = len(segs) + 1
        top = t.cell(i, 0)
        m = top.merge(t.cell(i + n - 1, 0))
        cell_text(m, debt, size=8)
        i += n
    m = t.cell(i, 0).merge(t.cell(i, 1))
    cell_text(m, "合計", size=8, align="c")
    para(d, "※収納率は、収入済額を調定額で除したもの（小数点第３位を四捨五入）。", size=8)
    para(d, "※前年度収納率は令和５年度決算の数値。", size=8)

    anc = "別表　令和６年度主要債権の決算状況"
    for r in rows:
        debt, lab = r[0], r[1]
        seg = "total" if lab == "計" else seg_of(lab)
        facts += [
            fact(debt, FY, FYR, seg, "assessed", "actual", r[2] * 1000, "yen", c(r[2]), anchor=anc),
            fact(debt, FY, FYR, seg, "collected", "actual", r[3] * 1000, "yen", c(r[3]), anchor=anc),
            fact(debt, FY, FYR, seg, "written_off", "actual", r[4] * 1000, "yen", c(r[4]), anchor=anc),
            fact(debt, FY, FYR, seg, "outstanding", "actual", r[5] * 1000, "yen", c(r[5]), anchor=anc),
            fact(debt, FY, FYR, seg, "collection_rate", "actual", r[6], "percent", fmt_rate(r[6]), anchor=anc),
        ]
        if r[7] is not None:
            facts.append(fact(debt, 2023, "前年度", seg, "collection_rate", "actual", r[7], "percent", fmt_rate(r[7]), anchor=anc))
    for v, met in ((tot[0], "assessed"), (tot[1], "collected"), (tot[2], "written_off"), (tot[3], "outstanding")):
        facts.append(fact(None, FY, FYR, "total", met, "actual", v * 1000, "yen", c(v), debt_raw="合計", anchor=anc))
    tr = rate(tot[1], tot[0])
    facts.append(fact(None, FY, FYR, "total", "collection_rate", "actual", tr, "percent", fmt_rate(tr), debt_raw="合計", anchor=anc))
    # zero written_off cells print "0": keep them as facts (printed numbers)

    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf", STEM)
    minutes = {
        "title": "令和７年度第１回平塚市債権管理対策会議　会議録",
        "meeting_number": 1, "date": "2025-08-26", "method": None,
        "attendees": [{"role": "会長", "title": "副市長"}]
        + [{"role": "委員", "title": t} for t in ["総務部長", "企画政策部長", "市民部長", "健康・子ども部長", "福祉部長",
                                                 "まちづくり政策部長", "上下水道局長", "教育総務部長"]]
        + [{"role": "事務局", "title": "収納課長"}, {"role": "事務局", "title": "収納課債権管理担当長"}],
        "agenda": agenda, "materials": materials, "statements": statements,
    }
    doc = {"kind": "minutes", "municipality": CITY, "title": minutes["title"], "date": "2025-08-26",
           "date_raw": "令和７年８月２６日"}
    write_gold(STEM, pdf, doc, facts, inits, minutes)


if __name__ == "__main__":
    build()
