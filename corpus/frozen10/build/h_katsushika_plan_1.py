"""葛飾区債権管理推進プラン -- PyMuPDF Story (HTML) -> PDF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h_common import F, I, OUT, finish, fmt, rate
import pymupdf

STEM = "h_katsushika_plan_1"
FY, PFY = 2023, 2022
# Table1: debt, 主管課, {seg: (調定R5, 収納R5, 欠損R5, 調定R4, 収納R4, 欠損R4)} (千円)
T1 = [("特別区民税", "税務課・収納対策課", {"現年": (32018440, 31506215, 0, 31224377, 30643108, 0),
                                          "滞納繰越": (1387205, 621433, 98412, 1502316, 629850, 112040)}),
      ("国民健康保険料", "国保年金課", {"現年": (11320566, 9785417, 1203, 11581420, 9937145, 1650),
                                     "滞納繰越": (3088412, 842305, 651877, 3216580, 885102, 702311)}),
      ("介護保険料", "介護保険課", {"現年": (8412330, 8257105, 0, 8301255, 8140688, 0),
                                  "滞納繰越": (301288, 48102, 71460, 318744, 46230, 80315)}),
      ("保育園保育料", "子育て施設支援課", {"現年": (1215408, 1189902, 0, 1244816, 1214470, 0),
                                        "滞納繰越": (96318, 18770, 9204, 104226, 17315, 11022)})]
# Table2 (円): 会計, 款, 債権名, 収入未済額
T2 = [("一般会計", "特別区税", "特別区民税", 1179585312), ("一般会計", "特別区税", "軽自動車税（種別割）", 24118630),
      ("一般会計", "分担金及負担金", "保育園保育料", 93850174), ("一般会計", "使用料及手数料", "区営住宅使用料", 58732410),
      ("一般会計", "諸収入", "生活保護費返還金", 1248337025), ("一般会計", "諸収入", "応急小口資金貸付金返還金", 27408300),
      ("一般会計", "諸収入", "奨学資金貸付金返還金", 41872150),
      ("国民健康保険事業会計", "国民健康保険料", "国民健康保険料", 3128176208), ("国民健康保険事業会計", "諸収入", "第三者行為損害賠償金等", 8126045),
      ("介護保険事業会計", "保険料", "介護保険料", 336951244), ("介護保険事業会計", "諸収入", "介護給付費返還金", 12086321)]
TOTAL2 = sum(r[3] for r in T2)
T3 = [("一般会計", 2701884, None), ("国民健康保険事業会計", 3104660, None), ("介護保険事業会計", 398402, None)]


def t1rows():
    out = []
    for debt, ka, segs in T1:
        rows = []
        s = [0] * 6
        for lab in ("現年", "滞納繰越"):
            v = segs[lab]
            rows.append((lab, v))
            s = [a + b for a, b in zip(s, v)]
        rows.append(("合計", tuple(s)))
        out.append((debt, ka, rows))
    return out


def vals(v):
    a, c, w, pa, pc, pw = v
    return (c, rate(c, a, 1), a - c - w, pc, rate(pc, pa, 1), pa - pc - pw)


SEG = {"現年": "current", "滞納繰越": "arrears", "合計": "total"}
T3[0] = ("一般会計", 2701884, sum(r[3] for r in T2 if r[0] == "一般会計"))
T3[1] = ("国民健康保険事業会計", 3104660, sum(r[3] for r in T2 if r[0] == "国民健康保険事業会計"))
T3[2] = ("介護保険事業会計", 398402, sum(r[3] for r in T2 if r[0] == "介護保険事業会計"))

CSS = """
* {font-family: sans-serif; font-size: 9.5pt;}
h1 {font-size: 17pt; text-align: center;}
h2 {font-size: 12pt; margin-top: 10pt;}
h3 {font-size: 10.5pt;}
p {line-height: 1.5;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt 3pt;}
td.n {text-align: right;}
table.h td, table.h th {border-left: none; border-right: none; border-top: none; border-bottom: 0.5pt solid black;}
.note {font-size: 7.5pt;}
.unit {text-align: right; font-size: 8pt;}
.box {border: 0.8pt solid black; padding: 5pt;}
"""


def html():
    h = []
    h.append("<h1>葛飾区債権管理推進プラン</h1><p style='text-align:center'>（令和7年度・令和8年度）</p>")
    h.append("<p style='text-align:right'>令和7年4月<br/>葛飾区</p>")
    h.append("<h2>１　プランの目的</h2><p>　区は、特別区民税、国民健康保険料をはじめとする各種債権の収納率の向上と収入未済額の縮減を図るため、"
             "債権管理推進プランを定め、全庁的に取り組んできた。本プランは、これまでの取組の成果と課題を踏まえ、"
             "令和7年度及び令和8年度の2か年における債権ごとの目標と取組を定めるものである。</p>")
    rows = t1rows()
    tc = sum(vals(r[2][2][1])[0] for r in rows)
    ta = sum(r[2][2][1][0] for r in rows)
    to = sum(vals(r[2][2][1])[2] for r in rows)
    h.append("<h2>２　区の債権の状況</h2>")
    TOT = (tc, rate(tc, ta, 1), to)
    man_c, man_o = round(tc * 1000 / 10000), round(to * 1000 / 10000)
    s_c = f"{man_c // 10000}億{man_c % 10000:,}万円"
    s_o = f"{man_o // 10000}億{man_o % 10000:,}万円"
    globals()["PROSE"] = (man_c * 10000, s_c, TOT[1], man_o * 10000, s_o)
    h.append(f"<p>　令和5年度の主要4債権（特別区民税、国民健康保険料、介護保険料、保育園保育料）合計の収納額は{s_c}で、"
             f"収納率は{TOT[1]:.1f}％、未納額は{s_o}であった。収納率は前年度を上回り、未納額も減少している。（表1参照）</p>")
    h.append("<p><b>表1　主要債権の収納状況（令和5年度）</b></p><p class='unit'>（　）内は令和4年度</p>")
    h.append("<table><tr><th>債権名（主管課）</th><th>種別</th><th>収納額<br/>（千円）</th><th>収納率<br/>（％）</th><th>未納額<br/>（千円）</th><th>収納率<br/>前年比（％）</th></tr>")
    for debt, ka, rr in rows:
        first = True
        for lab, v in rr:
            c, r_, o, pc, pr, po = vals(v)
            h.append("<tr>")
            if first:
                h.append(f"<td rowspan='6'>{debt}<br/>（{ka}）</td>")
                first = False
            h.append(f"<td rowspan='2'>{lab}</td><td class='n'>{fmt(c)}</td><td class='n'>{r_:.1f}</td><td class='n'>{fmt(o)}</td><td class='n' rowspan='2'>{r_ - pr:.1f}</td></tr>")
            h.append(f"<tr><td class='n'>({fmt(pc)})</td><td class='n'>({pr:.1f})</td><td class='n'>({fmt(po)})</td></tr>")
    h.append("</table><p class='note'>注）未納額は収入未済額。収納率前年比はポイント差。</p>")
    h.append("<h3>表2　会計別収入未済額の推移</h3><p class='unit'>（単位：千円）</p>")
    h.append("<table class='h'><tr><th>会計名称</th><th>令和4年度</th><th>令和5年度</th><th>増減</th></tr>")
    for name, p4, v5 in T3:
        k5 = round(v5 / 1000)
        h.append(f"<tr><td>{name}</td><td class='n'>{fmt(p4)}</td><td class='n'>{fmt(k5)}</td><td class='n'>{fmt(k5 - p4)}</td></tr>")
    s4 = sum(r[1] for r in T3); s5 = round(TOTAL2 / 1000)
    h.append(f"<tr><td>合計</td><td class='n'>{fmt(s4)}</td><td class='n'>{fmt(s5)}</td><td class='n'>{fmt(s5 - s4)}</td></tr></table>")
    h.append("<h3>表3　令和5年度 区の主な債権にかかる収入未済額内訳</h3><p class='unit'>（単位：円）</p>")
    h.append("<table><tr><th>会計名称</th><th>款名称等</th><th>債権名</th><th>収入未済額</th></tr>")
    from itertools import groupby
    for acc, grp in groupby(T2, key=lambda r: r[0]):
        grp = list(grp)
        for i, (a, kan, name, v) in enumerate(grp):
            h.append("<tr>")
            if i == 0:
                h.append(f"<td rowspan='{len(grp)}'>{a}</td>")
            h.append(f"<td>{kan}</td><td>{name}</td><td class='n'>{fmt(v)}</td></tr>")
    h.append(f"<tr><td colspan='3'>合　計</td><td class='n'>{fmt(TOTAL2)}</td></tr></table>")
    h.append("<p class='note'>※主な債権のみ掲載。表示単位未満を四捨五入しているため、表2と一致しない場合がある。</p>")
    # per-debt
    for k, (debt, ka, rr) in enumerate(rows[:2]):
        h.append(f"<h2 style='page-break-before: always'>３－{k + 1}　債権ごとの取組み（{debt}）</h2>")
        cur, arr, tot = [v for _, v in rr]
        h.append("<div class='box'>【参考】<br/>" +
                 f"・令和5年度の調定額（現年・滞繰計）：{fmt(tot[0])}千円<br/>" +
                 f"・令和5年度の不納欠損額：{fmt(tot[2])}千円<br/>" +
                 f"・令和5年度末の滞納者数：{DELQ[debt]:,}人</div>")
        h.append("<h3>(1) 目標</h3><p class='unit'>（単位：％）</p>")
        h.append("<table><tr><th></th><th>令和5年度<br/>実績</th><th>令和7年度<br/>目標</th><th>令和8年度<br/>目標</th></tr>")
        for lab, seg_i in (("現年分", 0), ("滞繰分", 1)):
            v = rr[seg_i][1]
            act = rate(v[1], v[0], 2)
            t7, t8 = GOALS[debt][seg_i]
            h.append(f"<tr><td>{lab}</td><td class='n'>{act:.2f}</td><td class='n'>{t7:.2f}</td><td class='n'>{t8:.2f}</td></tr>")
        h.append("</table>")
        h.append("<h3>(2) 目標実現に向けた取組み</h3>")
        for grp, items in ITEMS[debt]:
            h.append(f"<p>{grp}</p>")
            for lab, t, st in items:
                h.append(f"<p style='margin-left:12pt'>{lab}　{t}{'【' + st + '】' if st else ''}</p>")
    return "".join(h)


DELQ = {"特別区民税": 9842, "国民健康保険料": 21306}
GOALS = {"特別区民税": [(98.50, 98.60), (46.00, 47.00)], "国民健康保険料": [(87.00, 87.50), (28.50, 29.50)]}
ITEMS = {"特別区民税": [("（1）滞納の未然防止", [("①", "Web口座振替受付サービスの周知を強化し、口座振替の加入を促進する。", "継続"),
                                                ("②", "納税通知書に地方税統一QRコードを付し、キャッシュレス納付を推進する。", "拡充")]),
                        ("（2）徴収の強化", [("①", "電話催告センターによる早期の催告を実施する。", "継続"),
                                           ("②", "SMSによる催告を全税目に拡大する。", "新規"),
                                           ("③", "高額滞納案件は特別整理係が集中して処理する。", "継続")])],
         "国民健康保険料": [("（1）滞納の未然防止", [("①", "加入手続時に口座振替の申込みを勧奨する。", "継続")]),
                           ("（2）徴収の強化", [("①", "預貯金照会電子化サービスを活用し、財産調査を迅速化する。", "継続"),
                                              ("②", "資格喪失者に対する文書催告を年3回実施する。", "新規")])]}


def build():
    story = pymupdf.Story(html=html(), user_css=CSS)
    path = os.path.join(OUT, STEM + ".pdf")
    writer = pymupdf.DocumentWriter(path)
    mb = pymupdf.paper_rect("a4")
    where = mb + (50, 56, -50, -56)
    more = True
    while more:
        dev = writer.begin_page(mb)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    d = pymupdf.open(path)
    for i, p in enumerate(d):
        p.insert_text((270, 815), f"- {i + 1} -", fontsize=9, fontname="helv")
        p.insert_font(fontname="jp", fontfile="/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
        p.insert_text((420, 35), "葛飾区債権管理推進プラン", fontsize=8, fontname="jp")
    d.subset_fonts()
    out = os.path.join(OUT, STEM + "_f.pdf")
    d.save(out, garbage=4, deflate=True)
    return out


def facts_inits():
    fs, its = [], []
    mc, sc, r, mo, so = PROSE
    fs.append(F(None, FY, "令和5年度", "total", "collected", "actual", mc, "yen", sc, anchor=["合計の収納額は", sc]))
    fs.append(F(None, FY, "令和5年度", "total", "collection_rate", "actual", r, "percent", f"{r:.1f}％"))
    fs.append(F(None, FY, "令和5年度", "total", "outstanding", "actual", mo, "yen", so))
    for debt, ka, rr in t1rows():
        for lab, v in rr:
            c, r_, o, pc, pr, po = vals(v)
            an = ["表1"]
            for fy, fyr, met, val, raw, unit in ((FY, "令和5年度", "collected", c * 1000, fmt(c), "yen"), (FY, "令和5年度", "collection_rate", r_, f"{r_:.1f}", "percent"),
                                                 (FY, "令和5年度", "outstanding", o * 1000, fmt(o), "yen"), (PFY, "令和4年度", "collected", pc * 1000, f"({fmt(pc)})", "yen"),
                                                 (PFY, "令和4年度", "collection_rate", pr, f"({pr:.1f})", "percent"), (PFY, "令和4年度", "outstanding", po * 1000, f"({fmt(po)})", "yen")):
                fs.append(F(debt, fy, fyr, SEG[lab], met, "actual", val, unit, raw, anchor=an + [raw]))
    for name, p4, v5 in T3:
        k5 = round(v5 / 1000)
        fs.append(F(None, PFY, "令和4年度", "total", "outstanding", "actual", p4 * 1000, "yen", fmt(p4), anchor=["表2", fmt(p4)], debt_raw=name))
        fs.append(F(None, FY, "令和5年度", "total", "outstanding", "actual", k5 * 1000, "yen", fmt(k5), anchor=["表2", fmt(k5)], debt_raw=name))
    s4 = sum(r[1] for r in T3); s5 = round(TOTAL2 / 1000)
    fs.append(F(None, PFY, "令和4年度", "total", "outstanding", "actual", s4 * 1000, "yen", fmt(s4), anchor=["表2", fmt(s4)], debt_raw="合計"))
    fs.append(F(None, FY, "令和5年度", "total", "outstanding", "actual", s5 * 1000, "yen", fmt(s5), anchor=["表2", fmt(s5)], debt_raw="合計"))
    for a, kan, name, v in T2:
        fs.append(F(name, FY, "令和5年度", "total", "outstanding", "actual", v, "yen", fmt(v), anchor=["表3", fmt(v)]))
    fs.append(F(None, FY, "令和5年度", "total", "outstanding", "actual", TOTAL2, "yen", fmt(TOTAL2), anchor=["表3", fmt(TOTAL2)], debt_raw="合計"))
    for debt, ka, rr in t1rows()[:2]:
        an = [f"債権ごとの取組み（{debt}）"]
        cur, arr, tot = [v for _, v in rr]
        fs.append(F(debt, FY, "令和5年度", "total", "assessed", "actual", tot[0] * 1000, "yen", f"{fmt(tot[0])}千円", anchor=an + [fmt(tot[0])]))
        fs.append(F(debt, FY, "令和5年度", "total", "written_off", "actual", tot[2] * 1000, "yen", f"{fmt(tot[2])}千円", anchor=an + [fmt(tot[2])]))
        fs.append(F(debt, FY, "令和5年度末", "total", "delinquents", "actual", DELQ[debt], "persons", f"{DELQ[debt]:,}人", anchor=an + [f"{DELQ[debt]:,}人"]))
        for seg_i, seg in ((0, "current"), (1, "arrears")):
            v = rr[seg_i][1]
            act = rate(v[1], v[0], 2)
            fs.append(F(debt, FY, "令和5年度", seg, "collection_rate", "actual", act, "percent", f"{act:.2f}", anchor=an + [f"{act:.2f}"]))
            for fy, fyr, t in ((2025, "令和7年度", GOALS[debt][seg_i][0]), (2026, "令和8年度", GOALS[debt][seg_i][1])):
                fs.append(F(debt, fy, fyr, seg, "collection_rate", "target", t, "percent", f"{t:.2f}", anchor=an + [f"{t:.2f}"]))
        for grp, items in ITEMS[debt]:
            for lab, t, st in items:
                its.append(I(debt, 2025, grp, lab, t, st, anchor=an + [t]))
    return fs, its


def main():
    pdf = build()
    fs, its = facts_inits()
    doc = {"kind": "plan", "municipality": "葛飾区", "title": "葛飾区債権管理推進プラン（令和7年度・令和8年度）",
           "date": "2025-04-01", "date_raw": "令和7年4月"}
    finish(STEM, pdf, doc, fs, its)


if __name__ == "__main__":
    main()
