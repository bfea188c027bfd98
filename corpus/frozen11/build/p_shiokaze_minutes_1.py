"""しおかぜ市議会 総務常任委員会記録 (council committee record on 債権管理) -> python-docx -> LibreOffice."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from p_common import OUT, PDF, Facts, comma, rate, to_pdf, write_gold, z
from p_docx_util import (cell_borders, header_footer, new_doc, page_break, para, set_cell, shade)

STEM = "p_shiokaze_minutes_1"
MUNI = "しおかぜ市"
TITLE = "しおかぜ市議会総務常任委員会記録"
FY = 2024

# 別表: debt -> list of (segment label, seg, assessed, collected, written_off) in 千円
TABLE = [
    ("市税", [("現年課税分", "current", 18_452_310, 18_290_118, 0),
              ("滞納繰越分", "arrears", 1_086_442, 352_009, 61_233),
              ("計", "total", None, None, None)]),
    ("国民健康保険税", [("現年課税分", "current", 3_214_806, 3_049_199, 0),
                      ("滞納繰越分", "arrears", 1_402_517, 338_007, 95_880),
                      ("計", "total", None, None, None)]),
    ("介護保険料", [("計", "total", 2_861_004, 2_823_551, 9_118)]),
    ("後期高齢者医療保険料", [("計", "total", 1_120_336, 1_115_207, 1_024)]),
    ("保育所保育料", [("計", "total", 402_118, 381_570, 2_153)]),
    ("市営住宅使用料", [("計", "total", 318_774, 289_906, 4_412)]),
    ("下水道使用料", [("計", "total", 2_206_531, 2_182_915, 3_087)]),
]


def rows():
    out = []
    for debt, segs in TABLE:
        acc = [0, 0, 0]
        for lab, seg, a, c, w in segs:
            if a is None:
                a, c, w = acc
            else:
                acc = [acc[0] + a, acc[1] + c, acc[2] + w]
            out.append((debt, lab, seg, a, c, w, a - c - w, rate(c, a)))
    return out


ROWS = rows()
TOT = [sum(r[i] for r in ROWS if r[2] == "total") for i in (3, 4, 5, 6)]
TOT.append(rate(TOT[1], TOT[0]))
R = {(r[0], r[2]): r for r in ROWS}

ATTEND = [("委員長", "佐伯　隆之"), ("副委員長", "村井　美和"), ("委員", "高田　　正"), ("委員", "岡部　真一"),
          ("委員", "新井　久美子"), ("委員", "柴田　浩二"), ("委員", "川口　　誠")]
EXPL = [("財務部長", "森本　一郎"), ("債権管理課長", "村瀬　　健"), ("納税課長", "田島　俊介"),
        ("健康・福祉部長", "大森　由紀"), ("国保年金課長", "水野　　聡"), ("こども・若者部長", "石井　恵子"),
        ("上下水道局経営課長", "桑原　　智")]
STAFF = [("議事調査課長", "平田　　亮"), ("書記", "小川　　梓")]
AGENDA = ["所管事務調査「債権管理の取組状況について」",
          "令和７年度第２回しおかぜ市債権管理推進本部会議の結果について"]
MATERIALS = ["資料１　令和６年度決算に基づく主要債権の収納状況", "資料２　令和７年度債権管理推進計画の進捗状況"]

tax_c = R[("市税", "current")]
tax_a = R[("市税", "arrears")]
kok_c = R[("国民健康保険税", "current")]
kok_a = R[("国民健康保険税", "arrears")]
hoiku = R[("保育所保育料", "total")]
ALL_OUT = 4_238_000_000

S1, S2 = AGENDA
STMTS = [
    ("佐伯委員長", S1, "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として「債権管理の取組状況について」を行い、あわせて令和７年度第２回しおかぜ市債権管理推進本部会議の結果について報告を受けます。それでは理事者から説明をお願いします。"),
    ("森本財務部長", S1, "財務部長の森本でございます。本市では債権管理条例の施行以来、全庁を挙げて収入未済額の縮減に取り組んでまいりました。本日は、令和６年度の決算数値を基に、主要債権の状況と今後の取組を債権管理課長から説明させていただきます。"),
    ("村瀬債権管理課長", S1, "それでは資料１により説明いたします。令和６年度決算における全会計の収入未済額は約" + z("42") + "億" + z("3,800") + "万円で、前年度から縮減が続いております。主要債権のうち市税は、現年課税分の収納率が" + z(f"{tax_c[7]:.2f}") + "％、滞納繰越分の収納率が" + z(f"{tax_a[7]:.2f}") + "％となり、いずれも前年度を上回りました。個別の数値は、記録末尾の別表のとおりでございます。"),
    ("高田委員", S1, "国民健康保険税の滞納繰越分は依然として収納率が低いように見受けられます。滞納している世帯の数と、その対策について伺います。"),
    ("水野国保年金課長", S1, f"令和６年度の国民健康保険税は、現年課税分の収納率が{kok_c[7]:.2f}%、滞納繰越分が{kok_a[7]:.2f}%でございます。年度末時点の滞納世帯数は" + z("2,184") + "世帯でございまして、財産調査を早期に行い、納付資力がありながら納付のない世帯には差押えを実施するとともに、資力のない世帯については執行停止を適切に判断しております。"),
    ("高田委員", S1, "差押えと執行停止の判断が担当者によってばらつかないよう、基準の統一をお願いしておきます。"),
    ("岡部委員", S2, "先月開催された第２回の推進本部会議では、どのようなことが決定されたのか伺います。"),
    ("村瀬債権管理課長", S2, "令和７年度第２回の本部会議は、令和７年８月２２日に開催いたしました。令和７年度の目標収納率として、市税は現年課税分" + z("99.20") + "％、滞納繰越分" + z("34.00") + "％を確認したほか、SMSによる催告を国民健康保険税と保育所保育料に拡大することを決定いたしました。"),
    ("新井委員", S2, "保育所保育料について、卒園後に未納が残っている方への対応はどうなっているのか伺います。"),
    ("石井こども・若者部長", S2, "保育所保育料の収入未済額は、令和６年度末で約" + z("1,840") + "万円となっております。卒園児の保護者には文書と電話による催告を行い、児童手当からの特別徴収の申出も案内しております。"),
    ("佐伯委員長", S2, "ほかに質疑はありませんか。なければ、以上で本日の総務常任委員会を閉会いたします。"),
]


def build():
    d = new_doc(size=10.5)
    header_footer(d, head="総務常任委員会記録（令和７年９月１２日）")
    para(d, "令和７年９月１２日", align="r")
    para(d, "しおかぜ市議会総務常任委員会記録", size=16, bold=True, align="c", font="IPAexGothic")
    para(d, "")
    para(d, "〇開会日時　令和７年９月１２日（金曜日）　午前１０時００分開議")
    para(d, "〇場　　所　第２委員会室")
    para(d, f"〇出席委員（{len(ATTEND)}名）")
    t = d.add_table(rows=0, cols=4)
    for i in range(0, len(ATTEND), 2):
        cells = t.add_row().cells
        for j, (role, name) in enumerate(ATTEND[i:i + 2]):
            set_cell(cells[2 * j], role, size=10.5)
            set_cell(cells[2 * j + 1], name, size=10.5)
    para(d, "〇欠席委員　なし")
    para(d, "〇説明のため出席した者")
    t = d.add_table(rows=0, cols=4)
    for i in range(0, len(EXPL), 2):
        cells = t.add_row().cells
        for j, (role, name) in enumerate(EXPL[i:i + 2]):
            set_cell(cells[2 * j], role, size=10.5)
            set_cell(cells[2 * j + 1], name, size=10.5)
    para(d, "〇事務局職員出席者")
    t = d.add_table(rows=1, cols=4)
    for j, (role, name) in enumerate(STAFF):
        set_cell(t.rows[0].cells[2 * j], role, size=10.5)
        set_cell(t.rows[0].cells[2 * j + 1], name, size=10.5)
    para(d, "〇付議事件")
    for i, a in enumerate(AGENDA, 1):
        para(d, f"　{z(str(i))}　{a}")
    para(d, "〇配付資料")
    for m in MATERIALS:
        para(d, "　" + m)
    para(d, "")
    para(d, "午前１０時００分　開議", align="c")
    cur = None
    for sp, sec, text in STMTS:
        if sec != cur:
            cur = sec
            para(d, "")
            para(d, f"《{sec}》", font="IPAexGothic", keep=True)
        p = para(d, "", keep=True, first_mm=0)
        r = p.add_run("○" + sp + "　")
        r.bold = True
        p.add_run(text)
    para(d, "")
    para(d, "午前１１時２４分　閉会", align="c")
    page_break(d)
    para(d, "別表", font="IPAexGothic", size=11)
    para(d, "主要債権の収納状況（令和６年度決算）", font="IPAexGothic", size=12, bold=True, align="c")
    para(d, "（単位：千円、％）", align="r", size=9)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, size=9, align="c", bold=True)
        shade(t.rows[0].cells[i])
    start = {}
    for debt, lab, seg, a, c, w, o, rt in ROWS:
        cells = t.add_row().cells
        start.setdefault(debt, len(t.rows) - 1)
        set_cell(cells[1], lab, size=9)
        for k, v in enumerate((a, c, w, o)):
            set_cell(cells[2 + k], comma(v), size=9, align="r")
        set_cell(cells[6], f"{rt:.2f}", size=9, align="r")
    # merge debt label cells vertically
    for debt, segs in TABLE:
        s = start[debt]
        e = s + len(segs) - 1
        c0 = t.cell(s, 0)
        if e > s:
            c0 = c0.merge(t.cell(e, 0))
        set_cell(c0, debt, size=9)
    cells = t.add_row().cells
    c0 = cells[0].merge(cells[1])
    set_cell(c0, "合　計", size=9, align="c")
    for k, v in enumerate(TOT[:4]):
        set_cell(cells[2 + k], comma(v), size=9, align="r")
    set_cell(cells[6], f"{TOT[4]:.2f}", size=9, align="r")
    para(d, "注１　各債権の「計」欄は、現年課税分と滞納繰越分の合計である。", size=8.5)
    para(d, "注２　収納率は、収入済額を調定額で除したもので、小数点第３位を四捨五入している。", size=8.5)
    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "p_shio")


def gold():
    f = Facts()
    ctx = "主要債権の収納状況（令和６年度決算）"
    for debt, lab, seg, a, c, w, o, rt in ROWS:
        anc = [ctx]
        for met, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            f.add(debt, FY, "令和６年度", seg, met, "actual", v * 1000, "yen", comma(v), ctx=anc)
        f.add(debt, FY, "令和６年度", seg, "collection_rate", "actual", rt, "percent", f"{rt:.2f}", ctx=anc)
    for met, v in zip(("assessed", "collected", "written_off", "outstanding"), TOT[:4]):
        f.add(None, FY, "令和６年度", "total", met, "actual", v * 1000, "yen", comma(v), debt_raw="合計", ctx=[ctx])
    f.add(None, FY, "令和６年度", "total", "collection_rate", "actual", TOT[4], "percent", f"{TOT[4]:.2f}", debt_raw="合計", ctx=[ctx])
    # running text
    f.add(None, FY, "令和６年度", "total", "outstanding", "actual", ALL_OUT, "yen", True and "約" + z("42") + "億" + z("3,800") + "万円", approx=True, debt_raw=None)
    f.add("市税", FY, "令和６年度", "current", "collection_rate", "actual", tax_c[7], "percent", z(f"{tax_c[7]:.2f}") + "％", ctx="村瀬債権管理課長")
    f.add("市税", FY, "令和６年度", "arrears", "collection_rate", "actual", tax_a[7], "percent", z(f"{tax_a[7]:.2f}") + "％", ctx="村瀬債権管理課長")
    f.add("国民健康保険税", FY, "令和６年度", "current", "collection_rate", "actual", kok_c[7], "percent", f"{kok_c[7]:.2f}%")
    f.add("国民健康保険税", FY, "令和６年度", "arrears", "collection_rate", "actual", kok_a[7], "percent", f"{kok_a[7]:.2f}%")
    f.add("国民健康保険税", FY, "令和６年度", "total", "delinquents", "actual", 2184, "households", z("2,184") + "世帯")
    f.add("市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.20, "percent", z("99.20") + "％")
    f.add("市税", 2025, "令和７年度", "arrears", "collection_rate", "target", 34.00, "percent", z("34.00") + "％")
    f.add("保育所保育料", FY, "令和６年度末", "total", "outstanding", "actual", 18_400_000, "yen", "約" + z("1,840") + "万円", approx=True)
    attendees = ([{"role": r, "title": None, "name": n.replace("　", " ").replace("  ", " ")} for r, n in ATTEND]
                 + [{"role": "説明員", "title": r, "name": n.replace("　", " ").replace("  ", " ")} for r, n in EXPL]
                 + [{"role": "事務局", "title": r, "name": n.replace("　", " ").replace("  ", " ")} for r, n in STAFF])
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-12", "method": None,
               "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
               "statements": [{"speaker": sp, "section": sec, "text": tx, "page": None, "_ctx": "○" + sp}
                              for sp, sec, tx in STMTS]}
    return write_gold(STEM, "minutes", MUNI, TITLE, "2025-09-12", "令和７年９月１２日", f, [], minutes)


if __name__ == "__main__":
    build()
    print(gold())
