"""福山市 納税課「収納率向上のための取組み」を手本にした計画文書（python-docx → LibreOffice）。"""
from __future__ import annotations

import shutil

from w_common import OUT, PDF_DIR, Gold, c, oku_man, rate, soffice
from w_docx import box, header_footer, new_doc, para, table

STEM = "w_fukuyama_plan_1"
CITY = "福山市"
g = Gold()

YEARS = [2020, 2021, 2022, 2023, 2024]
ERA = {2020: "令和2", 2021: "令和3", 2022: "令和4", 2023: "令和5", 2024: "令和6", 2025: "令和7"}
TGT = {"現年": [99.20, 99.25, 99.30, 99.30, 99.35, 99.40],
       "滞納": [28.50, 29.00, 29.50, 30.00, 30.50, 31.00],
       "合計": [97.40, 97.50, 97.60, 97.65, 97.70, 97.80]}
ACT = {"現年": [99.27, 99.29, 99.33, 99.31], "滞納": [29.14, 28.66, 30.05, 29.87],
       "合計": [97.52, 97.49, 97.63, 97.61]}
SEG = {"現年": "current", "滞納": "arrears", "合計": "total"}

# 2024年度決算（千円）: 税目 -> (現年調定, 現年収入, 滞繰調定, 滞繰収入, 滞繰欠損)
TAX = {
    "市民税": (36482115, 36190258, 1012334, 298220, 68410),
    "固定資産税": (33905482, 33710915, 865207, 251644, 52118),
    "軽自動車税": (1214530, 1196802, 48115, 15208, 3904),
    "都市計画税": (5902344, 5868610, 160092, 46511, 9870),
}
TOT = tuple(sum(v[k] for v in TAX.values()) for k in range(5))
COLS = list(TAX) + ["市税計"]
DATA = dict(TAX, 市税計=TOT)


def derived(v):
    ca, cc, aa, ac, aw = v
    return dict(ca=ca, cc=cc, cu=ca - cc, cr=rate(cc, ca), aa=aa, ac=ac, aw=aw, au=aa - ac - aw,
                ar=rate(ac, aa), ta=ca + aa, tc=cc + ac, tw=aw, tu=(ca - cc) + (aa - ac - aw),
                tr=rate(cc + ac, ca + aa))


D = {k: derived(v) for k, v in DATA.items()}
T = D["市税計"]
ACT["現年"].append(T["cr"]); ACT["滞納"].append(T["ar"]); ACT["合計"].append(T["tr"])
OUTST_APPROX = round(T["tu"] * 1000, -6)  # 百万円単位に丸めて「約」


def build():
    d = new_doc(font="IPAexMincho", size=10.5)
    header_footer(d, header_text="福山市 財政局税務部納税課", footer_fmt="- {} -")
    para(d, "収納率向上のための取組み", "c", size=16, bold=True, font="IPAexGothic", space_after=4)
    para(d, "2025年度（令和7年度）版", "c", size=11)
    para(d, "2025年（令和7年）6月", "r", size=10)
    para(d, "福山市財政局税務部納税課", "r", size=10, space_after=8)
    g.anchor("収納率向上のための取組み")

    para(d, "１　市税の収入について", bold=True, font="IPAexGothic", space_before=6)
    para(d, "　福山市では，みなさんの生活に関わりのある様々な仕事を行っています。市税は，これらの仕事"
            "を進める上で最も大切な財源です。市税総収入額は，2025年度（令和7年度）当初予算額で"
            "772億4,180万円となっています（市税一人当たり換算16万6,420円）。")

    para(d, "２　基本方針", bold=True, font="IPAexGothic", space_before=6)
    para(d, "　市税などの自主財源の確保と負担の公平性を保つため，厳正な滞納整理を行うとともに，納付環"
            "境や効率的な収納体制の整備などに努め，市民のみなさんから信頼される税務行政を行うことで，"
            "一層の収納率の向上をめざします。")

    para(d, "３　市税収納率の推移", bold=True, font="IPAexGothic", space_before=6)
    para(d, "　2024年度（令和6年度）決算が議会で承認されましたので，決算数値が確定しました。")
    para(d, "（単位％：小数点第2位まで）", "r", size=9)
    g.anchor("（単位％：小数点第2位まで）")
    h1 = [""]
    for y in YEARS:
        h1 += [f"{y}年度\n({ERA[y]}年度)", None]
    h1 += ["2025年度"]
    h2 = [""] + ["目標", "決算"] * 5 + ["目標"]
    rows = [h1, h2]
    merges = [(0, 0, 1, 0)] + [(0, 1 + 2 * k, 0, 2 + 2 * k) for k in range(5)]
    for lab in ("現年", "滞納", "合計"):
        r = [lab]
        for k, y in enumerate(YEARS):
            r += [f"{TGT[lab][k]:.2f}", f"{ACT[lab][k]:.2f}"]
        r.append(f"{TGT[lab][5]:.2f}")
        rows.append(r)
        for k, y in enumerate(YEARS):
            fyr = f"{y}年度({ERA[y]}年度)"
            g.fact("市税", y, fyr, SEG[lab], "collection_rate", "target", TGT[lab][k], "percent", f"{TGT[lab][k]:.2f}")
            g.fact("市税", y, fyr, SEG[lab], "collection_rate", "actual", ACT[lab][k], "percent", f"{ACT[lab][k]:.2f}")
        g.fact("市税", 2025, "2025年度", SEG[lab], "collection_rate", "target", TGT[lab][5], "percent", f"{TGT[lab][5]:.2f}")
    table(d, rows, widths=[12] + [14] * 11, size=8, merges=merges, header_rows=2)
    para(d, "※目標は各年度当初に設定した収納率です。", size=9)

    para(d, "　2024年度（令和6年度）の市税全体の収納率は" + f"{T['tr']:.2f}" + "％となり，目標を"
            + ("上回りました。" if T["tr"] >= TGT["合計"][4] else "下回りました。")
            + "また，市税の収入未済額は約" + oku_man(OUTST_APPROX) + "となっています。", space_before=4)
    g.fact("市税", 2024, "2024年度（令和6年度）", "total", "collection_rate", "actual", T["tr"], "percent", f"{T['tr']:.2f}％")
    g.fact("市税", 2024, "2024年度（令和6年度）", "total", "outstanding", "actual", OUTST_APPROX, "yen",
           "約" + oku_man(OUTST_APPROX), approx=True)

    para(d, "４　2024年度（令和6年度）市税決算の状況", bold=True, font="IPAexGothic", space_before=6)
    para(d, "（単位：千円，％）", "r", size=9)
    g.anchor("（単位：千円，％）")
    rows = [["区分", "項目"] + COLS]
    spec = [("現年課税分", [("調定額", "ca", "assessed"), ("収入済額", "cc", "collected"),
                           ("収入未済額", "cu", "outstanding"), ("収納率", "cr", "collection_rate")], "current"),
            ("滞納繰越分", [("調定額", "aa", "assessed"), ("収入済額", "ac", "collected"),
                           ("不納欠損額", "aw", "written_off"), ("収入未済額", "au", "outstanding"),
                           ("収納率", "ar", "collection_rate")], "arrears"),
            ("合計", [("調定額", "ta", "assessed"), ("収入済額", "tc", "collected"), ("不納欠損額", "tw", "written_off"),
                      ("収入未済額", "tu", "outstanding"), ("収納率", "tr", "collection_rate")], "total")]
    merges = []
    for seglab, items, seg in spec:
        r0 = len(rows)
        for k, (lab, key, metric) in enumerate(items):
            r = [seglab if k == 0 else None, lab]
            for col in COLS:
                v = D[col][key]
                s = f"{v:.2f}" if metric == "collection_rate" else c(v)
                r.append(s)
                debt = "市税" if col == "市税計" else col
                if metric == "collection_rate":
                    g.fact(debt, 2024, "2024年度（令和6年度）", seg, metric, "actual", v, "percent", s, debt_raw=col)
                else:
                    g.fact(debt, 2024, "2024年度（令和6年度）", seg, metric, "actual", v * 1000, "yen", s, debt_raw=col)
            rows.append(r)
        merges.append((r0, 0, len(rows) - 1, 0))
    table(d, rows, widths=[22, 22, 27, 27, 25, 25, 27], size=8.5, merges=merges,
          aligns=["c", "l", "r", "r", "r", "r", "r"])
    para(d, "※収入未済額＝調定額－収入済額－不納欠損額。都市計画税は目的税です。", size=9)

    para(d, "５　主な取組み", bold=True, font="IPAexGothic", space_before=8)
    para(d, "　福山市では，収納率向上のために「福山市収納対策推進本部」を設置し，全庁的な収納対策に取"
            "り組んでいます。2025年度（令和7年度）は，次の取組みを進めます。")
    g.anchor("次の取組みを進めます。")
    items = [
        ("(1)", "納期限後速やかに督促状を発送し，完納に至らない案件は早期に預貯金・給与等の財産調査を行い，差押えを徹底します。", "継続", False),
        ("(2)", "高額・困難案件は専任班が担当し，捜索や不動産公売を含めた滞納処分を計画的に進めます。", "継続", False),
        ("(3)", "スマートフォン決済に加え，地方税統一QRコードを活用した納付の周知を強化し，納期内納付を促進します。", "拡充", True),
        ("(4)", "口座振替の申込みを窓口でキャッシュカードにより受け付けるペイジー口座振替受付サービスを導入します。", "新規", False),
        ("(5)", "国民健康保険料や介護保険料など税以外の債権についても，納税課と所管課が情報を共有し，一体的な滞納整理を進めます。", "継続", False),
        ("(6)", "生活困窮の状況にある滞納者には，生活支援部門へつなぐなど，実情に応じた納付相談を行います。", "新規", True),
    ]
    for lab, text, st, wrap in items:
        if wrap:
            para(d, f"{lab}　{text}", indent=4)
            para(d, f"【{st}】", "r", indent=4)
        else:
            para(d, f"{lab}　{text}【{st}】", indent=4)
        g.init("市税", 2025, "主な取組み", lab, text, st)

    para(d, "６　2025年度（令和7年度）の目標", bold=True, font="IPAexGothic", space_before=8)
    TOUT = 1600000000
    box(d, [f"・現年課税分収納率：{TGT['現年'][5]:.2f}％",
            f"・滞納繰越分収納率：{TGT['滞納'][5]:.2f}％",
            f"・市税全体の収納率：{TGT['合計'][5]:.2f}％",
            f"・市税の収入未済額：{oku_man(TOUT)}以下"], title="【2025年度目標】", size=10)
    g.fact("市税", 2025, "2025年度（令和7年度）", "current", "collection_rate", "target", TGT["現年"][5], "percent", f"{TGT['現年'][5]:.2f}％")
    g.fact("市税", 2025, "2025年度（令和7年度）", "arrears", "collection_rate", "target", TGT["滞納"][5], "percent", f"{TGT['滞納'][5]:.2f}％")
    g.fact("市税", 2025, "2025年度（令和7年度）", "total", "collection_rate", "target", TGT["合計"][5], "percent", f"{TGT['合計'][5]:.2f}％")
    g.fact("市税", 2025, "2025年度（令和7年度）", "total", "outstanding", "target", TOUT, "yen", oku_man(TOUT))
    para(d, "")
    para(d, "お問い合わせ先　福山市財政局税務部納税課　電話 084-928-0000", size=9)

    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = soffice(src)
    dst = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, dst)
    return dst


if __name__ == "__main__":
    pdf = build()
    g.write(STEM, pdf, {"kind": "plan", "municipality": CITY, "title": "収納率向上のための取組み",
                        "date": "2025-06-01", "date_raw": "2025年（令和7年）6月"})
