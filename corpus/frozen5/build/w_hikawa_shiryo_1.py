"""ひかわ市「令和７年度第１回ひかわ市税外未収金対策会議 資料」 (committee_material) — python-docx -> LibreOffice.

Modelled on 鳥取県's published 税外債権 回収計画・達成状況 and its 税外未収金に係る庁内会議 (summary of the
non-tax debts, then one sheet per debt); no western city's own committee paper of this kind was in the stored pages,
so the municipality name is invented.
"""
from w_common import F, I, OUT, PDF, c, rate, r2, soffice_pdf, write_gold
from w_docx_util import box, cell_text, header_footer, merge, new_doc, para, table

STEM = "w_hikawa_shiryo_1"
MUNI = "ひかわ市"
TITLE = "令和７年度第１回ひかわ市税外未収金対策会議 資料"
G = "IPAexGothic"

# 市営住宅使用料 (千円): segment -> year -> (調定, 収入済, 不納欠損)
HOUSING = {"現年度分": {2023: (412350, 398115, 0), 2024: (418920, 405733, 0)},
           "滞納繰越分": {2023: (86420, 12870, 3210), 2024: (80112, 13905, 2884)}}
# 学校給食費 outstanding (千円) R4..R6 and rates
LUNCH_OUT = {"現年度分": (1842, 1655, 1410), "滞納繰越分": (6230, 5874, 5302)}
LUNCH_RATE = {"現年度分": ("99.31", "99.40", "99.49"), "滞納繰越分": ("14.20", "15.88", "17.05")}
LUNCH_2024 = {"current": (276470, 275060, 0), "arrears": (7742, 1320, 1120)}
# 保育所保育料 (円): year -> (調定, 収入済, 不納欠損)
NURSERY = {2022: (352418600, 341902350, 1203400), 2023: (348770200, 339115980, 986500),
           2024: (351204900, 342388450, 1024300)}


def kilo(yen):
    return int(round(yen / 1000))


def build():
    facts, inits = [], []
    doc = new_doc()
    header_footer(doc, "資料１", "－{PAGE}－")

    # ---------------- page 1: summary, one debt per column
    para(doc, "令和7年7月16日", 10, align="r")
    para(doc, TITLE, 14, True, "c", G, 8)
    para(doc, "１　主要税外債権の状況（令和６年度決算）", 11.5, True, "l", G)
    para(doc, "（単位：千円）", 9, align="r")
    h_t = [sum(v[2024][0] for v in HOUSING.values()), sum(v[2024][1] for v in HOUSING.values()),
           sum(v[2024][2] for v in HOUSING.values())]
    l_t = [sum(v[i] for v in LUNCH_2024.values()) for i in range(3)]
    n_t = [kilo(x) for x in NURSERY[2024]]
    cols = {"市営住宅使用料": h_t, "学校給食費": l_t, "保育所保育料": n_t}
    tot = [sum(v[i] for v in cols.values()) for i in range(3)]
    cols["合計"] = tot
    rows = [["区分"] + list(cols)]
    labels = ["調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（％）"]
    metrics = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
    per = {}
    for name, (a, b, d) in cols.items():
        o = a - b - d
        rt = r2(rate(b, a)) if name != "保育所保育料" else r2(rate(*NURSERY[2024][:2][::-1][::-1]))
        if name == "保育所保育料":
            rt = r2(rate(NURSERY[2024][1], NURSERY[2024][0]))
        per[name] = [c(a), c(b), c(d), c(o), rt]
    for k, lab in enumerate(labels):
        rows.append([lab] + [per[n][k] for n in cols])
    table(doc, rows, widths=(34, 34, 34, 34, 34), aligns=["l", "r", "r", "r", "r"])
    for name in cols:
        debt, draw = (None, "合計") if name == "合計" else (name, name)
        for k, m in enumerate(metrics):
            raw = per[name][k]
            if m == "collection_rate":
                facts.append(F(debt, 2024, "令和６年度", "total", m, "actual", float(raw), "percent", raw, 1, debt_raw=draw))
            else:
                facts.append(F(debt, 2024, "令和６年度", "total", m, "actual", int(raw.replace(",", "")) * 1000, "yen",
                               raw, 1, debt_raw=draw))
    para(doc, "※ 保育所保育料は円単位の額を千円未満四捨五入。合計欄の収納率は千円単位の額から算出。", 8.5)
    para(doc, "")
    box(doc, ["【参考】",
              "・税外未収金総額：約6億4,180万円（令和6年度末）",
              "・前年度末比：約2,310万円減",
              "・債権回収委託件数：42件"])
    facts.append(F(None, 2024, "令和6年度末", "total", "outstanding", "actual", 641800000, "yen", "約6億4,180万円", 1,
                   approx=True, debt_raw=None))
    doc.add_page_break()

    # ---------------- page 2: 市営住宅使用料 — label/value box, segment x period groups
    para(doc, "債権別個票（１）", 11.5, True, "l", G)
    t = table(doc, [["債権名", "市営住宅使用料", "所管課", "住宅政策課"]], widths=(25, 60, 25, 60), bold_rows=())
    para(doc, "")
    para(doc, "１　収納状況の推移", 11, True, "l", G)
    hdr = ["区分", "現年度分", "", "滞納繰越分", ""]
    sub = ["", "令和5年度", "令和6年度", "令和5年度", "令和6年度"]
    rl = ["調定額（千円）", "収入済額（千円）", "不納欠損額（千円）", "収入未済額（千円）", "収納率（％）"]
    body = []
    vals = {}
    for seg in ("現年度分", "滞納繰越分"):
        for fy in (2023, 2024):
            a, b, d = HOUSING[seg][fy]
            vals[(seg, fy)] = [c(a), c(b), c(d), c(a - b - d), r2(rate(b, a))]
    for k, lab in enumerate(rl):
        body.append([lab] + [vals[(s, y)][k] for s in ("現年度分", "滞納繰越分") for y in (2023, 2024)])
    t = table(doc, [hdr, sub] + body, widths=(40, 32, 32, 32, 32), aligns=["l", "r", "r", "r", "r"], bold_rows=(0, 1))
    merge(t, 0, 1, 0, 2, "現年度分")
    merge(t, 0, 3, 0, 4, "滞納繰越分")
    merge(t, 0, 0, 1, 0, "区分")
    segkey = {"現年度分": "current", "滞納繰越分": "arrears"}
    for (seg, fy), v in vals.items():
        fyr = "令和5年度" if fy == 2023 else "令和6年度"
        for k, m in enumerate(metrics):
            if m == "collection_rate":
                facts.append(F("市営住宅使用料", fy, fyr, segkey[seg], m, "actual", float(v[k]), "percent", v[k], 2))
            else:
                facts.append(F("市営住宅使用料", fy, fyr, segkey[seg], m, "actual", int(v[k].replace(",", "")) * 1000,
                               "yen", v[k], 2))
    para(doc, "")
    para(doc, "２　令和６年度の取組実績", 11, True, "l", G)
    done = ["収入未済額のある入居者全員に対し、納付相談の案内を年2回送付した。",
            "3か月以上の滞納者に連帯保証人への通知を行い、48件の分納誓約につなげた。",
            "退去者の未納分について支払督促を申し立て、12件で回収に至った。"]
    box(doc, ["・" + x for x in done])
    for x in done:
        inits.append(I("市営住宅使用料", 2024, "令和６年度の取組実績", "・", x, None, 2))
    para(doc, "")
    para(doc, "３　令和７年度の取組方針", 11, True, "l", G)
    plan = [("(1)", "新規滞納者に対し、滞納2か月目までに電話と訪問による催告を行う。", "継続", False),
            ("(2)", "悪質な長期滞納者には、明渡請求訴訟を含む法的措置を計画的に実施する。", "拡充", True),
            ("(3)", "入居時に口座振替の利用を原則とし、納付忘れを防止する。", "新規", False)]
    for lab, text, st, wrap in plan:
        if wrap:
            para(doc, f"{lab}　{text}", 10, indent=4, space_after=0)
            para(doc, f"【{st}】", 10, indent=10)
        else:
            para(doc, f"{lab}　{text}【{st}】", 10, indent=4)
        inits.append(I("市営住宅使用料", 2025, "令和７年度の取組方針", lab, text, st, 2))
    doc.add_page_break()

    # ---------------- page 3: 学校給食費 — header cell "債権名　X", metric only in title
    para(doc, "債権別個票（２）", 11.5, True, "l", G)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "債権名　学校給食費", 11, True, "l", G)
    para(doc, "")
    para(doc, "（１）収入未済額の推移", 11, True, "l", G)
    para(doc, "単位：千円", 9, align="r")
    rows = [["区分", "令和4年度", "令和5年度", "令和6年度", "増減（R6－R5）"]]
    for seg, v in LUNCH_OUT.items():
        rows.append([seg, c(v[0]), c(v[1]), c(v[2]), c(v[2] - v[1])])
    tv = [sum(LUNCH_OUT[s][i] for s in LUNCH_OUT) for i in range(3)]
    rows.append(["計", c(tv[0]), c(tv[1]), c(tv[2]), c(tv[2] - tv[1])])
    table(doc, rows, widths=(36, 32, 32, 32, 36), aligns=["l", "r", "r", "r", "r"])
    assert tv[2] == l_t[0] - l_t[1] - l_t[2]
    fyr = {0: (2022, "令和4年度"), 1: (2023, "令和5年度"), 2: (2024, "令和6年度")}
    for seg, v in list(LUNCH_OUT.items()) + [("計", tv)]:
        sg = {"現年度分": "current", "滞納繰越分": "arrears", "計": "total"}[seg]
        for i in range(3):
            facts.append(F("学校給食費", fyr[i][0], fyr[i][1], sg, "outstanding", "actual", v[i] * 1000, "yen", c(v[i]), 3))
    para(doc, "")
    para(doc, "（２）収納率の推移（単位：％）", 11, True, "l", G)
    rows = [["区分", "令和4年度", "5年度", "6年度"]]
    for seg, v in LUNCH_RATE.items():
        rows.append([seg, *v])
    table(doc, rows, widths=(40, 36, 36, 36), aligns=["l", "r", "r", "r"])
    assert LUNCH_RATE["現年度分"][2] == r2(rate(LUNCH_2024["current"][1], LUNCH_2024["current"][0]))
    assert LUNCH_RATE["滞納繰越分"][2] == r2(rate(LUNCH_2024["arrears"][1], LUNCH_2024["arrears"][0]))
    fyr2 = {0: (2022, "令和4年度"), 1: (2023, "5年度"), 2: (2024, "6年度")}
    for seg, v in LUNCH_RATE.items():
        for i in range(3):
            facts.append(F("学校給食費", fyr2[i][0], fyr2[i][1], segkey[seg], "collection_rate", "actual", float(v[i]),
                           "percent", v[i], 3))
    para(doc, "")
    para(doc, "今後の対応", 11, True, "l", G)
    todo = [("ア", "児童手当からの申出徴収について、新入学時の説明会で案内を徹底する。", None),
            ("イ", "卒業生の保護者の未納分は、卒業前に分納誓約を取り交わす。", "新規")]
    for lab, text, st in todo:
        para(doc, f"{lab}　{text}" + (f"【{st}】" if st else ""), 10, indent=4)
        inits.append(I("学校給食費", 2025, "今後の対応", lab, text, st, 3))
    doc.add_page_break()

    # ---------------- page 4: section heading with the debt in parentheses, years as rows, 円
    para(doc, "５　債権ごとの取組（保育所保育料）", 11.5, True, "l", G)
    para(doc, "（単位：円、％）", 9, align="r")
    rows = [["年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
    for fy, (a, b, d) in NURSERY.items():
        lab = {2022: "令和4年度", 2023: "令和5年度", 2024: "令和6年度"}[fy]
        v = [c(a), c(b), c(d), c(a - b - d), r2(rate(b, a))]
        rows.append([lab] + v)
        for k, m in enumerate(metrics):
            if m == "collection_rate":
                facts.append(F("保育所保育料", fy, lab, "total", m, "actual", float(v[k]), "percent", v[k], 4))
            else:
                facts.append(F("保育所保育料", fy, lab, "total", m, "actual", int(v[k].replace(",", "")), "yen", v[k], 4))
    table(doc, rows, widths=(26, 32, 32, 28, 30, 20), aligns=["l", "r", "r", "r", "r", "r"])
    para(doc, "")
    t = doc.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "取組内容（令和７年度）", 10, True, "c", G)
    items = [("(1)", "保育の利用調整時に滞納状況を確認し、早期の納付相談につなげる。", "継続"),
             ("(2)", "退園者の未納分は、退園月の翌月に催告書を送付する。", "継続"),
             ("(3)", "強制徴収公債権として、財産調査と差押えを滞納対策課と連携して行う。", "拡充")]
    cell_text(t.cell(1, 0), "\n".join(f"{lab}{text}【{st}】" for lab, text, st in items), 10, False, "l")
    for lab, text, st in items:
        inits.append(I("保育所保育料", 2025, "取組内容（令和７年度）", lab, text, st, 4))

    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    soffice_pdf(docx, PDF / f"{STEM}.pdf", "hikawa")
    document = {"kind": "committee_material", "municipality": MUNI, "title": TITLE, "date": "2025-07-16",
                "date_raw": "令和7年7月16日"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
