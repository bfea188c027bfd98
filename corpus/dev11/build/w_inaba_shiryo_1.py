"""鳥取県「税以外の債権の回収計画等の公表」（《要旨》《概要》、債権回収計画達成状況、決算審査特別委員会への報告）
を手本にした、架空のいなば市の決算審査特別委員会資料（python-docx → LibreOffice）。"""
from __future__ import annotations

import shutil

from docx.enum.text import WD_BREAK

from w_common import OUT, PDF_DIR, Gold, c, oku_man, rate, soffice
from w_docx import box, header_footer, new_doc, para, table

STEM = "w_inaba_shiryo_1"
CITY = "いなば市"
g = Gold()

# 未収金残高（千円）: 令和5年度末, 令和6年度末, 令和7年度末目標
ZAN = [("市営住宅使用料", "住宅政策課", 98420, 91350, 86000),
       ("住宅新築資金等貸付金", "人権推進課", 142880, 138610, 134000),
       ("母子父子寡婦福祉資金貸付金", "子育て支援課", 61230, 57940, 55000),
       ("生活保護費返還金", "生活福祉課", 84510, 88260, 85000),
       ("学校給食費", "学校給食課", 12340, 10870, 9500),
       ("下水道使用料", "下水道課", 21800, 19420, 18000),
       ("その他", "－", 38480, 32290, 30000)]
T5 = sum(z[2] for z in ZAN); T6 = sum(z[3] for z in ZAN); T7 = sum(z[4] for z in ZAN)
R1_OUT = 524800000  # 令和元年度末
assert T5 * 1000 % 10000 == 0 and T6 * 1000 % 10000 == 0

# 令和6年度決算（円）
KETSU = {"市営住宅使用料": (612480300, 519810238, 1319650),
         "母子父子寡婦福祉資金貸付金": (73512900, 15572714, 0),
         "学校給食費": (402118600, 390735970, 512400)}
# 市営住宅使用料の区分別（円）: 現年度分・過年度分の調定と収入
JU_CUR = (520140500, 509477620)
JU_ARR = (612480300 - 520140500, 519810238 - 509477620)


def pagebreak(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build():
    d = new_doc(font="IPAexMincho", size=10.5)
    header_footer(d, header_text="決算審査特別委員会資料　資料３", footer_fmt="- {} -")
    para(d, "令和7年9月", "r")
    para(d, "総務部債権管理課", "r", space_after=8)
    para(d, "いなば市債権回収計画等に関する条例に基づく議会への報告について", "c", size=14, bold=True, font="IPAexGothic")
    para(d, "（令和6年度債権回収計画の達成状況及び令和7年度債権回収計画）", "c", size=11, space_after=8)
    g.anchor("いなば市債権回収計画等に関する条例に基づく議会への報告について")

    para(d, "《要旨》", bold=True, font="IPAexGothic")
    para(d, "　いなば市債権回収計画等に関する条例第5条の規定により、税以外の債権について令和6年度債権回収計画"
            "の達成状況をとりまとめるとともに、令和7年度債権回収計画を策定したので報告します。")
    para(d, "《概要》", bold=True, font="IPAexGothic", space_before=6)
    d5, d6 = T5 - T6, (T5 - T6) / T5 * 100
    para(d, f"・税外未収金の総額は、令和5年度末の{oku_man(T5*1000)}が、令和6年度末には{oku_man(T6*1000)}になり、"
            f"{oku_man(d5*1000)}（対前年度{d6:.1f}％）減少した。", indent=3)
    g.fact(None, 2023, "令和5年度末", "total", "outstanding", "actual", T5 * 1000, "yen", oku_man(T5 * 1000), debt_raw="税外未収金")
    g.fact(None, 2024, "令和6年度末", "total", "outstanding", "actual", T6 * 1000, "yen", oku_man(T6 * 1000), debt_raw="税外未収金")
    para(d, "　※生活保護費返還金は、不正受給に係る返還決定の増加により前年度を上回った。それ以外の債権では、"
            "所管課の回収努力により未収金が減少している。", indent=3, size=9.5)
    para(d, f"　（令和元年度末 {oku_man(R1_OUT)} ⇒ 令和6年度末 {oku_man(T6*1000)}）", indent=3)
    g.fact(None, 2019, "令和元年度末", "total", "outstanding", "actual", R1_OUT, "yen", oku_man(R1_OUT), debt_raw="税外未収金")
    g.fact(None, 2024, "令和6年度末", "total", "outstanding", "actual", T6 * 1000, "yen", oku_man(T6 * 1000), debt_raw="税外未収金")
    para(d, "・令和6年度の債権回収計画の市全体での達成率は86.2％であった。", indent=3)
    para(d, "・令和7年度は、債権ごとに令和7年度末の未収金残高の目標を定め、計画的な回収に取り組む。", indent=3)

    para(d, "１　債権別未収金残高の状況", bold=True, font="IPAexGothic", space_before=8)
    para(d, "（単位：千円）", "r", size=9)
    g.anchor("債権別未収金残高の状況")
    rows = [["債権名", "所管課", "未収金残高", None, None, None],
            [None, None, "令和5年度末", "令和6年度末", "増減", "令和7年度末\n目標"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    for name, ka, z5, z6, z7 in ZAN:
        rows.append([name, ka, c(z5), c(z6), c(z6 - z5), c(z7)])
        debt = None if name == "その他" else name
        g.fact(debt, 2023, "令和5年度末", "total", "outstanding", "actual", z5 * 1000, "yen", c(z5), debt_raw=name)
        g.fact(debt, 2024, "令和6年度末", "total", "outstanding", "actual", z6 * 1000, "yen", c(z6), debt_raw=name)
        g.fact(debt, 2025, "令和7年度末目標", "total", "outstanding", "target", z7 * 1000, "yen", c(z7), debt_raw=name)
    rows.append(["合計", "", c(T5), c(T6), c(T6 - T5), c(T7)])
    g.fact(None, 2023, "令和5年度末", "total", "outstanding", "actual", T5 * 1000, "yen", c(T5), debt_raw="合計")
    g.fact(None, 2024, "令和6年度末", "total", "outstanding", "actual", T6 * 1000, "yen", c(T6), debt_raw="合計")
    g.fact(None, 2025, "令和7年度末目標", "total", "outstanding", "target", T7 * 1000, "yen", c(T7), debt_raw="合計")
    table(d, rows, widths=[50, 26, 24, 24, 20, 24], size=9, merges=merges, header_rows=2,
          aligns=["l", "c", "r", "r", "r", "r"])
    para(d, "※増減欄の△は減少を示す。「その他」は未収金残高が1,000万円未満の債権の合計。", size=9)

    para(d, "２　主な債権の収納状況（令和6年度決算）", bold=True, font="IPAexGothic", space_before=8)
    para(d, "（単位：円、％）", "r", size=9)
    g.anchor("主な債権の収納状況")
    names = list(KETSU)
    rows = [["区分"] + names]
    spec = [("調定額", "assessed"), ("収入済額", "collected"), ("不納欠損額", "written_off"),
            ("収入未済額", "outstanding"), ("収納率", "collection_rate")]
    for lab, metric in spec:
        r = [lab]
        for n in names:
            a, cc, w = KETSU[n]
            v = {"assessed": a, "collected": cc, "written_off": w, "outstanding": a - cc - w,
                 "collection_rate": rate(cc, a)}[metric]
            s = f"{v:.2f}" if metric == "collection_rate" else c(v)
            r.append(s)
            g.fact(n, 2024, "令和6年度決算", "total", metric, "actual", v,
                   "percent" if metric == "collection_rate" else "yen", s)
        rows.append(r)
    table(d, rows, widths=[30, 45, 45, 45], size=9, aligns=["l", "r", "r", "r"])
    para(d, "※収入未済額＝調定額－収入済額－不納欠損額（現年度分と過年度分の合計）", size=9)

    pagebreak(d)
    para(d, "３　債権別の回収計画（個票）", bold=True, font="IPAexGothic")
    g.anchor("債権別の回収計画（個票）")
    table(d, [["債権名", "市営住宅使用料", "所管課", "住宅政策課"]], widths=[25, 60, 25, 50], size=10,
          header_rows=0, aligns=["c", "l", "c", "l"])
    para(d, "（1）収納率の目標（単位：％）", space_before=6)
    g.anchor("（1）収納率の目標")
    cur6, arr6 = rate(JU_CUR[1], JU_CUR[0]), rate(JU_ARR[1], JU_ARR[0])
    vals = {"現年度分": [97.82, cur6, 98.10], "過年度分": [10.46, arr6, 12.00]}
    rows = [["区分", "令和5年度実績", "令和6年度実績", "令和7年度目標"]]
    for lab, seg in (("現年度分", "current"), ("過年度分", "arrears")):
        v = vals[lab]
        rows.append([lab] + [f"{x:.2f}" for x in v])
        for (fy, fyr, basis), x in zip(((2023, "令和5年度", "actual"), (2024, "令和6年度", "actual"),
                                       (2025, "令和7年度", "target")), v):
            g.fact("市営住宅使用料", fy, fyr, seg, "collection_rate", basis, x, "percent", f"{x:.2f}")
    table(d, rows, widths=[30, 35, 35, 35], size=9.5, aligns=["l", "r", "r", "r"])
    para(d, "（2）取組内容", space_before=6)
    g.anchor("（2）取組内容")
    its = [("①", "家賃を3か月以上滞納している入居者には、連帯保証人への通知と面談を行い、早期の解消を図る。", "継続"),
           ("②", "明渡し請求訴訟の対象基準を見直し、長期滞納者への法的措置を早期に行う。", "拡充"),
           ("③", "退去者の未納家賃は債権管理課へ引き継ぎ、支払督促の申立てを行う。", "新規")]
    box(d, [f"{lab}　{t}【{st}】" for lab, t, st in its], size=10)
    for lab, t, st in its:
        g.init("市営住宅使用料", 2025, "取組内容", lab, t, st)

    para(d, "", space_before=8)
    table(d, [["債権名　生活保護費返還金　　　　所管課　生活福祉課", None, None, None, None],
              ["区分", "令和4年度末", "令和5年度末", "令和6年度末", "令和7年度末目標"],
              ["未収金残高", c(80120), c(84510), c(88260), c(85000)]],
          widths=[30, 32, 32, 32, 34], size=9.5, merges=[(0, 0, 0, 4)], header_rows=2,
          aligns=["l", "r", "r", "r", "r"])
    para(d, "（単位：千円）", "r", size=9)
    for fy, fyr, v, basis in ((2022, "令和4年度末", 80120, "actual"), (2023, "令和5年度末", 84510, "actual"),
                              (2024, "令和6年度末", 88260, "actual"), (2025, "令和7年度末目標", 85000, "target")):
        g.fact("生活保護費返還金", fy, fyr, "total", "outstanding", basis, v * 1000, "yen", c(v))
    para(d, "今後の取組", bold=True, space_before=4)
    g.anchor("今後の取組")
    para(d, "・保護費の支給時に返還金を差し引く調整について、被保護者からの同意の取得を徹底する。【継続】", indent=3)
    g.init("生活保護費返還金", 2025, "今後の取組", "・", "保護費の支給時に返還金を差し引く調整について、被保護者からの同意の取得を徹底する。", "継続")
    para(d, "・保護廃止となった世帯の未納分は、転居先の福祉事務所と連携して納付を働きかける。", indent=3)
    para(d, "【新規】", "r")
    g.init("生活保護費返還金", 2025, "今後の取組", "・", "保護廃止となった世帯の未納分は、転居先の福祉事務所と連携して納付を働きかける。", "新規")

    para(d, "", space_before=8)
    box(d, [f"・令和元年度末：{oku_man(R1_OUT)}",
            f"・令和5年度末：{oku_man(T5*1000)}",
            f"・令和6年度末：{oku_man(T6*1000)}",
            "・条例施行（令和2年4月）以降、5年連続で減少"], title="【参考】税外未収金の推移", size=10)
    g.fact(None, 2019, "令和元年度末", "total", "outstanding", "actual", R1_OUT, "yen", oku_man(R1_OUT), debt_raw="税外未収金")
    g.fact(None, 2023, "令和5年度末", "total", "outstanding", "actual", T5 * 1000, "yen", oku_man(T5 * 1000), debt_raw="税外未収金")
    g.fact(None, 2024, "令和6年度末", "total", "outstanding", "actual", T6 * 1000, "yen", oku_man(T6 * 1000), debt_raw="税外未収金")

    src = OUT / f"{STEM}.docx"
    d.save(src)
    pdf = soffice(src)
    dst = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, dst)
    return dst


if __name__ == "__main__":
    pdf = build()
    g.write(STEM, pdf, {"kind": "committee_material", "municipality": CITY,
                        "title": "いなば市債権回収計画等に関する条例に基づく議会への報告について",
                        "date": "2025-09-01", "date_raw": "令和7年9月"})
