"""前橋市 債権管理推進本部会議 資料 (取組個票 per debt) — python-docx → LibreOffice."""
from __future__ import annotations

from docx.shared import Pt

from e7_common import (OUT, PDF, cell_text, comma, docx_footer_page, docx_new, docx_par, fact, initiative,
                       rate, to_pdf, write_gold, zen)

STEM = "e_maebashi_shiryo_1"
CITY = "前橋市"

# debt, 所管課, 区分, R4 (cur assessed, cur rate, arr assessed, arr rate, written_off), R5 (cur assessed, cur rate, arr rate, wo),
# R6 targets (cur, arr)
DEBTS = [
    ("市税", "財務部納税課", "強制徴収公債権", (52_418_336, 99.02, 1_912_455, 27.84, 88_214),
     (53_106_880, 99.11, 29.96, 91_540), (99.15, 30.50)),
    ("国民健康保険税", "市民部国民健康保険課", "強制徴収公債権", (6_204_117, 94.36, 2_115_890, 22.07, 160_318),
     (6_051_204, 94.58, 23.41, 171_077), (94.70, 24.00)),
    ("介護保険料", "福祉部介護保険課", "強制徴収公債権", (7_388_402, 98.87, 214_905, 18.66, 36_250),
     (7_452_119, 98.94, 19.83, 38_904), (99.00, 20.50)),
    ("市営住宅使用料", "建設部建築住宅課", "私債権", (812_440, 96.12, 204_377, 10.45, 12_610),
     (798_215, 96.40, 11.72, 15_880), (96.60, 12.50)),
]

INITS = {
    "市税": [("(1)", "納期限後20日を経過した未納者に対し、SMSによる催告を督促状発送の前後2回行い、早期の自主納付につなげる。", "継続"),
           ("(2)", "滞納額50万円以上の事案は特別滞納整理係が引き継ぎ、不動産・預貯金の差押えを優先して処理する。", "拡充"),
           ("(3)", "地方税統一QRコードを活用したスマートフォン決済の案内を納税通知書に同封する。", "新規")],
    "国民健康保険税": [("(1)", "資格喪失後も未納が残る世帯を毎月抽出し、文書と電話で納付を促す。", "継続"),
                 ("(2)", "電子預貯金照会の対象金融機関を拡大し、財産調査から差押えまでの期間を短縮する。", "拡充")],
    "介護保険料": [("(1)", "普通徴収に切り替わった新規被保険者に口座振替依頼書を送付し、口座振替の利用を勧める。", "継続"),
              ("(2)", "滞納が1年を超える被保険者には給付制限の事前通知を送付し、納付相談の機会を設ける。", "新規")],
    "市営住宅使用料": [("(1)", "3か月以上滞納した入居者には連帯保証人への通知を同時に行い、分納誓約を取り付ける。", "継続"),
                ("(2)", "退去者の滞納分のうち回収が見込めるものは弁護士法人への委託を拡大する。", "拡充"),
                ("(3)", "時効が完成し回収の見込みのない債権は、債権管理条例に基づく放棄を検討する。", "新規")],
}


def series(r4, r5):
    a4c, r4c, a4a, r4a, wo4 = r4
    c4c, c4a = round(a4c * r4c / 100), round(a4a * r4a / 100)
    assert rate(c4c, a4c) == r4c and rate(c4a, a4a) == r4a
    out4 = a4c + a4a - c4c - c4a - wo4
    a5c, r5c, r5a, wo5 = r5
    a5a = out4
    c5c, c5a = round(a5c * r5c / 100), round(a5a * r5a / 100)
    out5 = a5c + a5a - c5c - c5a - wo5
    y4 = {"current": (a4c, c4c, rate(c4c, a4c)), "arrears": (a4a, c4a, rate(c4a, a4a)),
          "total": (a4c + a4a, c4c + c4a, rate(c4c + c4a, a4c + a4a))}
    y5 = {"current": (a5c, c5c, rate(c5c, a5c)), "arrears": (a5a, c5a, rate(c5a, a5a)),
          "total": (a5c + a5a, c5c + c5a, rate(c5c + c5a, a5c + a5a))}
    return y4, y5, out4, out5


def set_widths(t, widths_mm):
    from docx.shared import Mm
    for row in t.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def main():
    d = docx_new(size=10)
    docx_footer_page(d, header_text="前橋市債権管理推進本部会議 資料")
    facts, inits = [], []
    F = lambda *a, **k: facts.append(fact(*a, **k))

    # cover: 次第
    docx_par(d, "令和６年度 第１回前橋市債権管理推進本部会議", size=15, align="center", gothic=True, space_after=6)
    docx_par(d, "日時　令和６年７月１０日（水）午後２時～", align="center")
    docx_par(d, "場所　本庁舎１１階　北会議室", align="center", space_after=12)
    docx_par(d, "次　第", size=13, align="center", gothic=True, space_after=8)
    docx_par(d, "１　開会")
    docx_par(d, "２　報告事項")
    docx_par(d, "　　令和５年度　主要債権の収納状況及び滞納整理強化月間の実施結果について　…　資料１")
    docx_par(d, "３　協議事項")
    docx_par(d, "　　令和６年度　主要債権の取組方針について　…　資料２")
    docx_par(d, "４　閉会", space_after=14)

    # 【参考】 one-cell box
    all_out5, all_a5, all_c5 = 0, 0, 0
    data = {}
    for debt, ka, kubun, r4, r5, tg in DEBTS:
        y4, y5, o4, o5 = series(r4, r5)
        data[debt] = (y4, y5, o4, o5)
        all_a5 += y5["total"][0]
        all_c5 += y5["total"][1]
    tot_rate = rate(all_c5, all_a5)
    box = d.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    cell_text(c, "【参考】本市の収入未済額及び収納率（令和５年度決算）", gothic=True)
    for line in ["・収入未済額（全会計）：約４２．７億円（前年度末 約４５．６億円）",
                 f"・主要４債権の収納率（合計）：{zen(f'{tot_rate:.2f}')}％",
                 "・債権放棄（令和５年度）：１２債権　１８４件"]:
        p = c.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    A = "【参考】本市の収入未済額"
    F(None, 2023, "令和５年度決算", "total", "outstanding", "actual", 4_270_000_000, "yen", "約４２．７億円", approx=True, anchor=A, debt_raw="全会計")
    F(None, 2022, "前年度末", "total", "outstanding", "actual", 4_560_000_000, "yen", "約４５．６億円", approx=True, anchor=A, debt_raw="全会計")
    F(None, 2023, "令和５年度決算", "total", "collection_rate", "actual", tot_rate, "percent", zen(f"{tot_rate:.2f}") + "％", anchor=A, debt_raw="主要４債権")

    docx_par(d, "")
    docx_par(d, "【取組個票】　１ 市税／２ 国民健康保険税／３ 介護保険料／４ 市営住宅使用料", size=9.5)

    for no, (debt, ka, kubun, r4, r5, tg) in enumerate(DEBTS, 1):
        y4, y5, o4, o5 = data[debt]
        d.add_page_break()
        docx_par(d, f"資料１・２　取組個票 {no}", size=9, align="right")
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, (txt, sh) in enumerate([("債権名", "D9D9D9"), (debt, None), ("所管課", "D9D9D9"), (ka, None),
                                       ("債権区分", "D9D9D9"), (kubun, None)]):
            cell_text(t.cell(0, i), txt, shade=sh, gothic=bool(sh), size=9.5)
        set_widths(t, [18, 36, 18, 44, 20, 38])
        anchor = f"取組個票 {no}"

        docx_par(d, "")
        docx_par(d, "１　収納状況（決算）", gothic=True)
        docx_par(d, "（単位：千円、％）", size=8.5, align="right", space_after=0)
        t = d.add_table(rows=5, cols=7)
        t.style = "Table Grid"
        a = t.cell(0, 1).merge(t.cell(0, 3))
        b = t.cell(0, 4).merge(t.cell(0, 6))
        cell_text(t.cell(0, 0).merge(t.cell(1, 0)), "区分", align="center", shade="EDEDED", size=9)
        cell_text(a, "令和４年度", align="center", shade="EDEDED", size=9)
        cell_text(b, "令和５年度", align="center", shade="EDEDED", size=9)
        for j, h in enumerate(["調定額", "収入済額", "収納率"] * 2):
            cell_text(t.cell(1, j + 1), h, align="center", shade="EDEDED", size=9)
        for i, (seg, lab) in enumerate([("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "合計")]):
            cell_text(t.cell(i + 2, 0), lab, size=9)
            for k, (y, fy, fyr) in enumerate([(y4, 2022, "令和４年度"), (y5, 2023, "令和５年度")]):
                aa, cc, rr = y[seg]
                cell_text(t.cell(i + 2, 1 + 3 * k), comma(aa), align="right", size=9)
                cell_text(t.cell(i + 2, 2 + 3 * k), comma(cc), align="right", size=9)
                cell_text(t.cell(i + 2, 3 + 3 * k), f"{rr:.2f}", align="right", size=9)
        set_widths(t, [26, 26, 26, 18, 26, 26, 18])
        for seg in ("current", "arrears", "total"):
            for y, fy, fyr in [(y4, 2022, "令和４年度"), (y5, 2023, "令和５年度")]:
                pass
        # facts in reading order: row by row
        for seg in ("current", "arrears", "total"):
            for y, fy, fyr in [(y4, 2022, "令和４年度"), (y5, 2023, "令和５年度")]:
                aa, cc, rr = y[seg]
                F(debt, fy, fyr, seg, "assessed", "actual", aa * 1000, "yen", comma(aa), anchor=anchor)
                F(debt, fy, fyr, seg, "collected", "actual", cc * 1000, "yen", comma(cc), anchor=anchor)
                F(debt, fy, fyr, seg, "collection_rate", "actual", rr, "percent", f"{rr:.2f}", anchor=anchor)
        line = f"※令和５年度末の収入未済額は{comma(o5)}千円（前年度末 {comma(o4)}千円）です。"
        docx_par(d, line, size=9)
        F(debt, 2023, "令和５年度末", "total", "outstanding", "actual", o5 * 1000, "yen", f"{comma(o5)}千円", anchor=anchor)
        F(debt, 2022, "前年度末", "total", "outstanding", "actual", o4 * 1000, "yen", f"{comma(o4)}千円", anchor=anchor)

        docx_par(d, "")
        docx_par(d, "２　滞納整理強化月間の実施結果（令和５年度）", gothic=True)
        t = d.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        for j, h in enumerate(["実施月", "実施内容", "実績（　）内は前年度"]):
            cell_text(t.cell(0, j), h, align="center", shade="EDEDED", size=9)
        cell_text(t.cell(1, 0), "①令和５年６月\n②令和５年１１月", size=9)
        cell_text(t.cell(1, 1), "・一斉催告（文書・電話・SMS）\n・財産調査及び差押え\n・夜間・休日の納付相談窓口", size=9)
        n1, n2 = 300 + 37 * no, 120 + 11 * no
        cell_text(t.cell(1, 2), f"催告件数 {comma(n1 * 10)}件（{comma(n1 * 10 - 410)}件）\n差押件数 {n2}件（{n2 - 14}件）\n"
                                f"納付相談 {n1 // 2}件（{n1 // 2 - 21}件）", size=9)
        set_widths(t, [32, 70, 76])

        docx_par(d, "")
        docx_par(d, "３　債権管理ヒアリングにおける課題と取組状況", gothic=True)
        t = d.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        cell_text(t.cell(0, 0), "ヒアリングで示された課題", align="center", shade="EDEDED", size=9)
        cell_text(t.cell(0, 1), "課題に対する取組状況", align="center", shade="EDEDED", size=9)
        cell_text(t.cell(1, 0), "滞納繰越分の縮減に向け、財産調査の着手時期を早めること。", size=9)
        cell_text(t.cell(1, 1), "督促状発送後２か月以内に財産調査を開始する運用に改め、調査件数が前年度を上回った。", size=9)
        set_widths(t, [80, 98])

        docx_par(d, "")
        docx_par(d, "４　令和６年度の取組方針", gothic=True)
        box = d.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        c = box.cell(0, 0)
        cell_text(c, "目標達成に向けた取組", gothic=True, size=9.5)
        for lab, text, st in INITS[debt]:
            p = c.add_paragraph(f"{lab}　{text}【{st}】")
            p.paragraph_format.space_after = Pt(0)
            for r in p.runs:
                r.font.size = Pt(9.5)
            inits.append(initiative(debt, 2024, "令和６年度の取組方針", lab, text, st, anchor=anchor))
        docx_par(d, "")
        docx_par(d, "数値目標（収納率）", size=9.5, gothic=True)
        t = d.add_table(rows=3, cols=3)
        t.style = "Table Grid"
        for j, h in enumerate(["区分", "令和５年度実績", "令和６年度目標"]):
            cell_text(t.cell(0, j), h, align="center", shade="EDEDED", size=9)
        for i, (seg, lab, tv) in enumerate([("current", "現年分", tg[0]), ("arrears", "滞納繰越分", tg[1])]):
            rr = y5[seg][2]
            cell_text(t.cell(i + 1, 0), lab, size=9)
            cell_text(t.cell(i + 1, 1), f"{rr:.2f}%", align="right", size=9)
            cell_text(t.cell(i + 1, 2), f"{tv:.2f}%", align="right", size=9)
            F(debt, 2023, "令和５年度実績", seg, "collection_rate", "actual", rr, "percent", f"{rr:.2f}%", anchor="数値目標（収納率）" if False else anchor)
            F(debt, 2024, "令和６年度目標", seg, "collection_rate", "target", tv, "percent", f"{tv:.2f}%", anchor=anchor)
        set_widths(t, [40, 45, 45])

    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "maebashi")
    document = {"kind": "committee_material", "municipality": CITY,
                "title": "令和６年度 第１回前橋市債権管理推進本部会議 資料", "date": "2024-07-10",
                "date_raw": "令和６年７月１０日（水）"}
    write_gold(STEM, document, facts, inits)


if __name__ == "__main__":
    main()
