"""明石市債権徴収計画（達成状況） 令和６年度 — progress_report, python-docx → LibreOffice (portrait).

Modelled on 明石市債権徴収計画（達成状況）平成27年度 (https://expydoc.com/doc/10748505/): はじめに, 具体的な取り組み
①② followed by 検証 ①②, then rate and amount tables by debt.  Figures invented, internally consistent.
"""
from __future__ import annotations

from b_common import OUT, PDF_DIR, Gold, comma, diff_pt, fmt_rate, oku_man, rate, round_to, to_pdf, zen
from b_docx_util import (row_height, cant_split, cell_text, header_footer, new_doc, page_break, para, repeat_header,
                         shade, table)
from docx.shared import Mm

STEM = "b_akashi_progress_r6"
FY, FYR = 2024, "令和６年度"

# name, 所管課, current (assessed, collected) or None, arrears (assessed, collected, written_off),
# targets (current, arrears) in %
DEBTS = [
    ("市税", "納税課", (41286512, 40987236), (1142830, 388562, 98214), ("99.20", "33.00")),
    ("国民健康保険料", "国民健康保険課", (6812440, 6452118), (1624905, 398120, 182406), ("94.50", "25.00")),
    ("介護保険料", "介護保険課", (7215330, 7139664), (168420, 32580, 41230), ("99.00", "20.00")),
    ("後期高齢者医療保険料", "高齢者総合支援室", (4102556, 4088113), (42118, 18944, 5120), ("99.60", "45.00")),
    ("保育所等利用者負担金", "こども育成室", (1208640, 1196210), (96312, 21480, 8660), ("99.00", "25.00")),
    ("市営住宅使用料", "住宅課", (1954228, 1931905), (142670, 30418, 12006), ("98.80", "20.00")),
    ("住宅資金貸付金", "住宅課", None, (286540, 9812, 3250), (None, "3.00")),
    ("高校生等奨学金貸付金", "教育企画課", (18420, 15960), (58230, 6118, 1204), ("88.00", "12.00")),
]
OTHER = (2012600, 1948230, 4110)  # その他（計のみ）

INIT_SECTION2 = [
    ("①", "徴収率向上の基本として、現年度分の期限内完全収納と、滞納となった場合の速やかな督促・催告を徹底し、"
          "翌年度への滞納繰越しを生じさせないよう取り組みます。"),
    ("②", "任期付弁護士職員を活用し、貸付金等に見られる長期滞留事案を精査のうえ、支払督促の申立てなどの"
          "法的手続きを積極的に進めます。"),
]
KENSHO = [
    ("①", "市税・国民健康保険料などでは、早期の督促・催告に加え、国保返還金における保険者間調整の活用などにより"
          "回収が図られています。介護保険料では年金からの特別徴収への切替えを進め、翌年度への滞納繰越しの"
          "抑制につながっています。今後も有効な防止策は他の債権にも広げていきます。"),
    ("②", "住宅資金貸付金、市営住宅使用料、高校生等奨学金貸付金などでは、支払督促の申立てや担保権の実行により"
          "一定の回収成果が上がっています。一方、少額の債権や財産調査権のない債権では、費用対効果の面から"
          "措置に踏み切れない事案も残っており、債権放棄を含めた整理の検討が課題です。"),
]
PER_DEBT = [
    ("国民健康保険料", "国民健康保険課", [
        ("①", "納期限後２０日以内に督促状を発送し、現年度分の早期納付を促しました。", "継続", False),
        ("②", "財産調査により資力が判明した滞納世帯に対し、預貯金等の差押えを実施しました。", "継続", False),
        ("③", "国保返還金について、保険者間調整を活用した回収を進めました。", "拡充", True),
    ]),
    ("市営住宅使用料", "住宅課", [
        ("①", "滞納３か月以上の入居者に対し、連帯保証人への通知を併せて行いました。", "継続", False),
        ("②", "長期滞納者について、明渡し請求訴訟及び支払督促の申立てを行いました。", "継続", False),
        ("③", "退去者の滞納分について、任期付弁護士職員による納付交渉を開始しました。", "新規", False),
    ]),
    ("高校生等奨学金貸付金", "教育企画課", [
        ("(1)", "返還開始前に返還計画の案内を送付し、口座振替の利用を勧奨しました。", "継続", False),
        ("(2)", "返還が滞った者に独自の最終通告書を送付し、応答のない者には支払督促を申し立てました。", "拡充", True),
    ]),
]


def main():
    g = Gold(STEM, "progress_report", "明石市", "明石市債権徴収計画（達成状況）", "2025-09-01", "令和７年９月")
    doc = new_doc(margins=(22, 20, 22, 22))
    header_footer(doc, "明石市債権徴収計画（達成状況）　令和６年度")

    # ---------------- totals
    rows = []  # (debt, seg, assessed, collected, wo, outstanding)
    tot = [0, 0, 0]
    for name, _, cur, arr, _t in DEBTS:
        ca, cc = cur if cur else (0, 0)
        aa, ac, aw = arr
        tot[0] += ca + aa; tot[1] += cc + ac; tot[2] += aw
    tot[0] += OTHER[0]; tot[1] += OTHER[1]; tot[2] += OTHER[2]
    tot_out_k = tot[0] - tot[1] - tot[2]
    tot_out = tot_out_k * 1000
    approx_out = round_to(tot_out, 1_000_000)
    prev_out = approx_out + 185_000_000
    wo_approx = round_to(tot[2] * 1000, 1_000_000)

    # ---------------- page 1
    para(doc, "明石市債権徴収計画（達成状況）", 16, True, "center", space_after=4)
    para(doc, "令和６年度", 12, False, "center", space_after=6)
    para(doc, "令和７年９月\n明石市 財務部 債権管理課", 10, False, "right", space_after=10)
    para(doc, "１　はじめに", 11.5, True, space_after=4)
    para(doc, "　このたび、令和６年度の決算がまとまりましたので、「明石市債権の管理に関する条例施行規則」"
              "第３条第２項の規定に基づき、令和６年度の徴収計画の達成状況を公表します。", first_line_mm=0)
    s_out = "約" + zen(oku_man(approx_out))
    s_prev = "約" + zen(oku_man(prev_out))
    s_wo = "約" + zen(oku_man(wo_approx))
    para(doc, f"　令和６年度末における市債権全体の収入未済額は{s_out}となり、前年度末の{s_prev}から"
              f"約１億８，５００万円縮減しました。また、令和６年度の不納欠損額は{s_wo}でした。")
    g.fact(None, FY, "令和６年度末", "total", "outstanding", "actual", approx_out, "yen", s_out, 1, approx=True)
    g.fact(None, FY - 1, "前年度末", "total", "outstanding", "actual", prev_out, "yen", s_prev, 1, approx=True)
    g.fact(None, FY, "令和６年度", "total", "written_off", "actual", wo_approx, "yen", s_wo, 1, approx=True)

    para(doc, "", space_after=4)
    para(doc, "２　令和６年度　具体的な取り組み", 11.5, True, space_after=4)
    for lab, txt in INIT_SECTION2:
        para(doc, f"{lab}　{txt}", indent_mm=4, first_line_mm=-4)
        g.init(None, FY, "具体的な取り組み", lab, txt, None, 1)
    para(doc, "", space_after=4)
    para(doc, "検証", 11, True, space_after=4)
    for lab, txt in KENSHO:
        para(doc, f"{lab}　{txt}", indent_mm=4, first_line_mm=-4)

    # ---------------- page 2: rate table
    para(doc, "３　徴収率の達成状況（令和６年度）", 11.5, True, space_after=4, break_before=True)
    para(doc, "（単位：％）", 9, align="right", space_after=1)
    t = table(doc, 2 + len(DEBTS), 7, [44, 20, 20, 17, 20, 20, 17])
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    m = h0[0].merge(h1[0]); cell_text(m, "債権名", align="center")
    a = h0[1].merge(h0[3]); cell_text(a, "現年度分", align="center")
    b = h0[4].merge(h0[6]); cell_text(b, "滞納繰越分", align="center")
    for k, lab in enumerate(["目標", "実績", "差", "目標", "実績", "差"]):
        cell_text(h1[k + 1], lab, align="center")
    for c in list(h0) + list(h1):
        shade(c)
    rates = {}
    for i, (name, _, cur, arr, (tc, ta)) in enumerate(DEBTS):
        cells = t.rows[i + 2].cells
        cell_text(cells[0], name)
        if cur:
            rc = rate(cur[1], cur[0])
            vals = [tc, fmt_rate(rc), diff_pt(rc, __import__("decimal").Decimal(tc))]
        else:
            rc = None
            vals = ["－", "－", "－"]
        ra = rate(arr[1], arr[0])
        vals += [ta, fmt_rate(ra), diff_pt(ra, __import__("decimal").Decimal(ta))]
        rates[name] = (rc, ra)
        for k, v in enumerate(vals):
            cell_text(cells[k + 1], v, align="right")
        if cur:
            g.fact(name, FY, FYR, "current", "collection_rate", "target", float(tc), "percent", tc, 2, near=name)
            g.fact(name, FY, FYR, "current", "collection_rate", "actual", float(rc), "percent", fmt_rate(rc), 2,
                   near=name)
        g.fact(name, FY, FYR, "arrears", "collection_rate", "target", float(ta), "percent", ta, 2, near=name)
        g.fact(name, FY, FYR, "arrears", "collection_rate", "actual", float(ra), "percent", fmt_rate(ra), 2,
               near=name)
    para(doc, "※ 差は実績から目標を差し引いたポイント数（△はマイナス）。住宅資金貸付金は新規貸付がないため"
              "現年度分はありません。", 8.5, space_after=6)
    para(doc, "", space_after=4)
    from decimal import Decimal as _D
    cur_all = [n for n, _, c, _a, _t in DEBTS if c]
    cur_ok = [n for n, _, c, _a, (tc, _x) in DEBTS if c and rates[n][0] >= _D(tc)]
    arr_ng = [n for n, _, c, _a, (_x, ta) in DEBTS if rates[n][1] < _D(ta)]
    para(doc, f"　現年度分は{zen(len(cur_all))}債権のうち{zen(len(cur_ok))}債権で目標を達成しました。滞納繰越分では"
              + "・".join(arr_ng) + "が目標に届きませんでした。未達成の債権については、所管課と債権管理担当が"
              "個別に要因を分析し、令和７年度の取組に反映させます。")

    # ---------------- pages 3-4: amounts by debt (spans a page break)
    para(doc, "４　債権別の収入状況（令和６年度決算）", 11.5, True, space_after=4, break_before=True)
    para(doc, "　各債権の調定額、収入済額、不納欠損額及び収入未済額は次のとおりです。徴収率は収入済額を"
              "調定額で除したものです。", space_after=4)
    para(doc, "（単位：千円）", 9, align="right", space_after=1)
    body = []
    for name, _, cur, arr, _t in DEBTS:
        aa, ac, aw = arr
        if cur:
            body.append((name, "現年度分", cur[0], cur[1], None))
        else:
            body.append((name, "現年度分", None, None, None))
        body.append((name, "滞納繰越分", aa, ac, aw))
        ta_ = (cur[0] if cur else 0) + aa
        tc_ = (cur[1] if cur else 0) + ac
        body.append((name, "計", ta_, tc_, aw))
    body.append(("その他", "計", OTHER[0], OTHER[1], OTHER[2]))
    body.append(("合計", "", tot[0], tot[1], tot[2]))
    t = table(doc, 1 + len(body), 7, [40, 20, 26, 26, 22, 24, 16])
    for k, lab in enumerate(["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "徴収率\n（％）"]):
        cell_text(t.rows[0].cells[k], lab, align="center"); shade(t.rows[0].cells[k])
    repeat_header(t.rows[0])
    segmap = {"現年度分": "current", "滞納繰越分": "arrears", "計": "total", "": "total"}
    for i, (name, seg, a_, c_, w_) in enumerate(body):
        row = t.rows[i + 1]
        cant_split(row)
        row_height(row, 9.6)
        cells = row.cells
        cell_text(cells[0], name if (seg in ("現年度分", "") or name == "その他") else "")
        cell_text(cells[1], seg, align="center")
        if a_ is None:
            for k in range(2, 7):
                cell_text(cells[k], "－", align="center")
            continue
        out = a_ - c_ - (w_ or 0)
        r = rate(c_, a_)
        vals = [comma(a_), comma(c_), comma(w_) if w_ else "－", comma(out), fmt_rate(r)]
        for k, v in enumerate(vals):
            cell_text(cells[k + 2], v, align="right")
        debt = None if name in ("合計", "その他") else name
        seg_ = segmap[seg]
        key = comma(a_)
        g.fact(debt, FY, FYR, seg_, "assessed", "actual", a_ * 1000, "yen", comma(a_), debt_raw=name)
        g.fact(debt, FY, FYR, seg_, "collected", "actual", c_ * 1000, "yen", comma(c_), near=key, debt_raw=name)
        if w_:
            g.fact(debt, FY, FYR, seg_, "written_off", "actual", w_ * 1000, "yen", comma(w_), near=key,
                   debt_raw=name)
        g.fact(debt, FY, FYR, seg_, "outstanding", "actual", out * 1000, "yen", comma(out), near=key,
               debt_raw=name)
        f = g.fact(debt, FY, FYR, seg_, "collection_rate", "actual", float(r), "percent", fmt_rate(r), near=key,
                   debt_raw=name)
        f["_minpage"] = 3
    para(doc, "※ 現年度分の不納欠損はありません。千円未満を四捨五入しているため、計が一致しない場合があります。",
         8.5, space_after=6)

    # ---------------- page 5: per-debt boxes and initiatives
    para(doc, "５　主な債権の取組状況", 11.5, True, space_after=6, break_before=True)
    for name, ka, items in PER_DEBT:
        bt = table(doc, 1, 4, [26, 60, 26, 52])
        c = bt.rows[0].cells
        cell_text(c[0], "債権名", align="center"); shade(c[0])
        cell_text(c[1], name)
        cell_text(c[2], "所管課", align="center"); shade(c[2])
        cell_text(c[3], ka)
        para(doc, "", space_after=2)
        para(doc, "【令和６年度の取組】", 10, True, space_after=2)
        for lab, txt, st, wrap in items:
            tag = f"【{st}】"
            para(doc, f"{lab}　{txt}" + ("\n" + tag if wrap else tag), indent_mm=6, first_line_mm=-6)
            g.init(name, FY, "令和６年度の取組", lab, txt, st, 5)
        para(doc, "", space_after=6)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", STEM)
    g.finish(pdf)


if __name__ == "__main__":
    main()
