"""令和７年度第２回 久留米市債権管理対策会議 資料: python-docx -> LibreOffice (A4 portrait)."""
from __future__ import annotations

from u_common import OUT, PDF_DIR, fact, rate, resolve_pages, to_pdf, write_gold, zen
from u_docx_util import (GOTHIC, MINCHO, cell_text, grid, header_text, new_doc, page_break, page_number_footer,
                         para, table_borders, widths)

STEM = "u_kurume_committee_1"
TITLE = "令和７年度第２回 久留米市債権管理対策会議 資料"

# 令和６年度決算（単位 0.1百万円）: 現年(調定, 収入済), 滞繰(調定, 収入済, 不納欠損), 滞納者数
DEBTS = {
    "市税": ((384126, 380746), (12874, 3988, 1203), 8412),
    "国民健康保険税": ((72104, 68514), (6548, 1402, 612), 5903),
    "介護保険料": ((58230, 57588), (1534, 352, 206), 2114),
    "保育料": ((9812, 9744), (418, 96, 31), 287),
    "市営住宅家賃": ((14205, 13982), (1862, 198, 144), 341),
}


def m(x: int) -> str:
    """0.1百万円単位の整数を「38,412.6」形式に。"""
    return f"{x // 10:,}.{x % 10}"


def build():
    facts, inits = [], []
    doc = new_doc(margins=(20, 20, 22, 22))
    header_text(doc, "久留米市債権管理対策会議")
    page_number_footer(doc, "", "")
    # ---------------- p1: 表紙・次第・【参考】
    para(doc, "令和７年度第２回", GOTHIC, 13, align="c", space_before=20)
    para(doc, "久留米市債権管理対策会議", GOTHIC, 16, align="c", space_after=4)
    para(doc, "資　料", GOTHIC, 14, align="c", space_after=10)
    para(doc, "令和７年１１月１８日（火）１０時００分～", MINCHO, 10.5, align="c")
    para(doc, "久留米市役所　４０１会議室", MINCHO, 10.5, align="c", space_after=16)
    para(doc, "次　第", GOTHIC, 12, align="c", space_after=6)
    agenda = [
        "１　開会",
        "２　報告",
        "　（１）令和６年度決算における主要債権の状況 ……………………… 資料１",
        "　（２）債権ごとの取組状況 …………………………………………………… 資料２",
        "３　協議",
        "　　　令和８年度に向けた債権管理の取組方針について",
        "４　閉会",
    ]
    for a in agenda:
        para(doc, a, MINCHO, 10.5, indent_mm=20, space_after=2)
    para(doc, "", space_after=14)
    box = doc.add_table(rows=1, cols=1)
    grid(box, 8)
    c = box.rows[0].cells[0]
    cell_text(c, "【参考】令和６年度決算の概況", GOTHIC, 10.5)
    ref = [("収入未済額（全会計）", "約32億5,800万円（令和６年度末）"),
           ("不納欠損額（全会計）", "2億1,340万円"),
           ("収入未済額の前年度比", "△1億4,200万円")]
    for k, v in ref:
        p = c.add_paragraph()
        from u_docx_util import font
        font(p.add_run(f"・{k}：{v}"), MINCHO, 10.5)
    widths(box, [160])
    facts += [
        fact(None, 2024, "令和６年度末", "total", "outstanding", "actual", 3258000000, "yen", "約32億5,800万円",
             page=1, approx=True, debt_raw=None),
        fact(None, 2024, "令和６年度", "total", "written_off", "actual", 213400000, "yen", "2億1,340万円",
             page=1, debt_raw=None),
    ]

    # ---------------- p2: 資料１（罫線なし、1債権1列）
    page_break(doc)
    para(doc, "資料１", GOTHIC, 10.5, align="r")
    para(doc, "令和６年度決算における主要債権の状況", GOTHIC, 13, align="c", space_after=8)
    para(doc, "　主要５債権の令和６年度決算の状況は下表のとおり。市税は現年分・滞繰分とも収納率が前年度を上回ったが、"
              "国民健康保険税の滞繰分は依然として低い水準にある。", MINCHO, 10.5, space_after=8)
    para(doc, "（単位：百万円）", MINCHO, 9, align="r")
    names = list(DEBTS)
    t = doc.add_table(rows=1, cols=2 + len(names))
    table_borders(t)  # 罫線なし
    cell_text(t.rows[0].cells[0], "区分", GOTHIC, 9)
    cell_text(t.rows[0].cells[1], "項目", GOTHIC, 9)
    for k, n in enumerate(names):
        cell_text(t.rows[0].cells[2 + k], n, GOTHIC, 9, align="r")
    spec = [
        ("現年分", "調定額", "current", "assessed"), ("", "収入済額", "current", "collected"),
        ("", "収入未済額", "current", "outstanding"), ("", "収納率", "current", "collection_rate"),
        ("滞繰分", "調定額", "arrears", "assessed"), ("", "収入済額", "arrears", "collected"),
        ("", "不納欠損額", "arrears", "written_off"), ("", "収入未済額", "arrears", "outstanding"),
        ("", "収納率", "arrears", "collection_rate"),
        ("計", "滞納者数（人）", "total", "delinquents"),
    ]
    for grp, item, seg, metric in spec:
        r = t.add_row()
        cell_text(r.cells[0], grp, GOTHIC, 9)
        cell_text(r.cells[1], item, MINCHO, 9)
        for k, n in enumerate(names):
            (ca, cc), (aa, ac, aw), dl = DEBTS[n]
            if seg == "current":
                vals = {"assessed": ca, "collected": cc, "outstanding": ca - cc}
                rr = rate(cc, ca)
            else:
                vals = {"assessed": aa, "collected": ac, "written_off": aw, "outstanding": aa - ac - aw}
                rr = rate(ac, aa)
            if metric == "collection_rate":
                raw = f"{rr}%"
                val, unit = float(rr), "percent"
            elif metric == "delinquents":
                raw = f"{dl:,}"
                val, unit = dl, "persons"
            else:
                raw = m(vals[metric])
                val, unit = vals[metric] * 100000, "yen"
            cell_text(r.cells[2 + k], raw, MINCHO, 9, align="r")
            facts.append(fact(n, 2024, "令和６年度", seg, metric, "actual", val, unit, raw, page=2))
    widths(t, [14, 26, 26, 26, 24, 22, 24])
    para(doc, "※ 十万円未満を四捨五入しているため、内訳と計が一致しない場合がある。", MINCHO, 8.5, space_before=4)

    # ---------------- p3: 資料２
    page_break(doc)
    para(doc, "資料２", GOTHIC, 10.5, align="r")
    para(doc, "債権ごとの取組状況", GOTHIC, 13, align="c", space_after=8)
    para(doc, "（１）国民健康保険税", GOTHIC, 11, space_after=4)
    (ca, cc), (aa, ac, aw), _ = DEBTS["国民健康保険税"]
    rc, ra = rate(cc, ca), rate(ac, aa)
    out6 = (ca - cc) + (aa - ac - aw)
    t2 = doc.add_table(rows=5, cols=3)
    grid(t2)
    hc = t2.rows[0].cells[0].merge(t2.rows[0].cells[2])
    cell_text(hc, "債権名　国民健康保険税", GOTHIC, 9.5)
    cell_text(t2.rows[1].cells[0], "", GOTHIC, 9)
    cell_text(t2.rows[1].cells[1], "令和６年度（決算）", GOTHIC, 9, align="c")
    cell_text(t2.rows[1].cells[2], "令和７年度（目標）", GOTHIC, 9, align="c")
    rows2 = [
        ("現年分収納率", f"{rc}%", "95.30%", "current", "collection_rate", float(rc), 95.30, "percent"),
        ("滞繰分収納率", f"{ra}%", "23.50%", "arrears", "collection_rate", float(ra), 23.50, "percent"),
        ("収入未済額（百万円）", m(out6), "760.0", "total", "outstanding", out6 * 100000, 760000000, "yen"),
    ]
    for i, (lab, a, b, seg, metric, va, vb, unit) in enumerate(rows2):
        rr_ = t2.rows[2 + i]
        cell_text(rr_.cells[0], lab, MINCHO, 9)
        cell_text(rr_.cells[1], a, MINCHO, 9, align="r")
        cell_text(rr_.cells[2], b, MINCHO, 9, align="r")
        facts.append(fact("国民健康保険税", 2024, "令和６年度", seg, metric, "actual", va, unit, a,
                          anchors=["債権名国民健康保険税"]))
        facts.append(fact("国民健康保険税", 2025, "令和７年度", seg, metric, "target", vb, unit, b,
                          anchors=["債権名国民健康保険税"]))
    widths(t2, [50, 55, 55])
    para(doc, "", space_after=4)
    para(doc, "取組状況", GOTHIC, 10.5, space_after=2)
    kokuho_items = [
        ("ア", "納付相談の予約制を導入し、分納計画の確認と生活状況の聞き取りを丁寧に行う。", "新規", False),
        ("イ", "財産調査の結果、納付資力があると判断した世帯に対しては、差押えを速やかに執行する。", "継続", False),
        ("ウ", "年金からの特別徴収に該当しない高齢者世帯に口座振替を勧奨する。", "拡充", True),
    ]
    b2 = doc.add_table(rows=1, cols=1)
    grid(b2, 6)
    bc = b2.rows[0].cells[0]
    first = True
    for lab, txt, tag, wrap_tag in kokuho_items:
        p = bc.paragraphs[0] if first else bc.add_paragraph()
        first = False
        from u_docx_util import font
        font(p.add_run(f"{lab}　{txt}" + ("" if wrap_tag else f"【{tag}】")), MINCHO, 10)
        if wrap_tag:
            font(bc.add_paragraph().add_run(f"　　【{tag}】"), MINCHO, 10)
        inits.append({"debt": "国民健康保険税", "fiscal_year": 2025, "section": "取組状況", "label": lab, "text": txt,
                      "status": tag, "page": None, "_anchors": ["債権名国民健康保険税"]})
    widths(b2, [160])

    para(doc, "", space_after=8)
    para(doc, "（２）市営住宅家賃", GOTHIC, 11, space_after=4)
    para(doc, "【収納率】上半期（令和７年９月末時点）", GOTHIC, 10.5, space_after=2)
    interim = [("現年分", "current", "47.85", "47.12"), ("滞繰分", "arrears", "6.02", "5.88")]
    for lab, seg, v7, v6 in interim:
        para(doc, f"　・{lab}　{v7}％（前年同期　{v6}％）", MINCHO, 10.5)
        facts.append(fact("市営住宅家賃", 2025, "令和７年９月末", seg, "collection_rate", "interim", float(v7), "percent",
                          f"{v7}％", as_of="2025-09-30", anchors=["上半期"]))
        facts.append(fact("市営住宅家賃", 2024, "前年同期", seg, "collection_rate", "interim", float(v6), "percent",
                          f"{v6}％", as_of="2024-09-30", anchors=["上半期"]))
    para(doc, "今後の対応", GOTHIC, 10.5, space_before=6, space_after=2)
    house_items = [
        ("・", "滞納が３か月を超えた入居者には、連帯保証人と同席のうえで納付指導を行う。", "継続"),
        ("・", "高額滞納者に対する明渡し請求の手続を、顧問弁護士と協議して進める。", "拡充"),
    ]
    for lab, txt, tag in house_items:
        para(doc, f"　{lab}{txt}【{tag}】", MINCHO, 10.5)
        inits.append({"debt": "市営住宅家賃", "fiscal_year": 2025, "section": "今後の対応", "label": lab, "text": txt,
                      "status": tag, "page": None, "_anchors": ["上半期"]})

    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "kurume")
    resolve_pages(pdf, facts)
    resolve_pages(pdf, inits, "text")
    document = {"kind": "committee_material", "municipality": "久留米市", "title": TITLE, "date": "2025-11-18",
                "date_raw": "令和７年１１月１８日"}
    write_gold(STEM, pdf, document, facts, inits)


if __name__ == "__main__":
    build()
