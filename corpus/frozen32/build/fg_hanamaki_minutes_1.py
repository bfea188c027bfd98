"""fg_hanamaki_minutes_1: 会議録 of a city's 債権管理対策会議, python-docx -> LibreOffice.

Run from corpus/frozen32:  python3 build/fg_hanamaki_minutes_1.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fg_common import PDF_DIR, WORK, Gold, comma, r2, rate, series, soffice_pdf, tri, tri_f, zen  # noqa: E402
from docx.shared import Mm
from fg_docx import (GOTHIC, MINCHO, borders, cell_text, new_document, page_break, para, shade,  # noqa: E402
                     table, valign_center)

STEM = "fg_hanamaki_minutes_1"
CITY = "花巻市"
TITLE = "令和７年度第２回花巻市債権管理対策会議　会議録"
ASOF, ASOF_P = "2025-09-30", "2024-09-30"

SPEC = {  # canonical, printed, cur assessed (R5, R6), cur rates, first arrears, arr rates, wo shares
    "tax": ("市税", "市税", [11_824_336_210, 11_902_448_630], [98.96, 99.08], 402_118_300, [27.8, 29.6], [8.2, 7.7]),
    "kokuho": ("国民健康保険料", "国民健康保険税", [2_104_336_800, 2_051_227_400], [94.21, 94.58], 612_440_180, [19.8, 21.2], [11.3, 10.9]),
    "kouki": ("後期高齢者医療保険料", "後期高齢者医療保険料", [1_004_336_500, 1_038_227_900], [99.48, 99.52], 6_210_400, [41.2, 43.6], [9.5, 8.8]),
    "kaigo": ("介護保険料", "介護保険料", [1_972_118_300, 1_998_447_600], [98.92, 98.97], 48_112_900, [17.6, 18.9], [21.4, 20.8]),
    "hoiku": ("保育料", "保育所保育料", [168_442_300, 161_337_800], [98.62, 98.71], 21_448_200, [13.2, 14.6], [5.6, 5.1]),
    "jutaku": ("市営住宅使用料", "市営住宅使用料", [231_778_400, 229_604_100], [97.45, 97.58], 52_336_200, [11.8, 12.6], [3.4, 3.0]),
    "suido": ("水道料金", "水道料金", [2_412_336_700, 2_431_778_200], [99.02, 99.06], 38_556_400, [68.4, 69.7], [4.2, 3.9]),
}
D = {k: dict(zip((2023, 2024), series(v[2], v[3], v[4], v[5], v[6]))) for k, v in SPEC.items()}
# 9月末 rates (cur, arr): 令和7年 / 前年同月
SEPT = {"tax": ((55.12, 18.46), (54.81, 17.92)), "kokuho": ((41.36, 12.08), (40.95, 11.64)),
        "kouki": ((56.84, 24.10), (56.92, 22.85)), "kaigo": ((57.41, 9.86), (57.20, 10.12)),
        "hoiku": ((48.62, 7.45), (48.30, 6.98)), "jutaku": ((47.95, 5.12), (48.36, 4.85)),
        "suido": ((44.87, 35.62), (45.41, 34.90))}
TAX_EST = 99.15   # 年度末の見込 (現年課税分)


def tot(fy):
    a = sum(D[k][fy]["tot"]["assessed"] for k in D)
    c = sum(D[k][fy]["tot"]["collected"] for k in D)
    w = sum(D[k][fy]["tot"]["written_off"] for k in D)
    o = sum(D[k][fy]["tot"]["outstanding"] for k in D)
    return {"assessed": a, "collected": c, "written_off": w, "outstanding": o, "rate": rate(c, a)}


def okuman(v, unit=1_000_000):
    """約X億Y万円 (rounded to `unit`), full-width."""
    vv = int(round(v / unit)) * unit
    o, rest = divmod(vv, 100_000_000)
    m = rest // 10_000
    s = (f"{o}億{m:,}万円" if m else f"{o}億円") if o else f"{m:,}万円"
    return zen(s), vv


def build():
    g = Gold(STEM, "minutes", "minutes", CITY, TITLE, "2025-11-18", "令和7年11月18日（火）")
    doc = new_document(MINCHO, 10.5)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.4
    P = lambda *a, **k: para(doc, *a, **k)  # noqa: E731
    statements = []
    facts_later = []

    def st(page, speaker, section, text):
        P(f"○{speaker}　{text}", indent_mm=4, first_mm=-4, space_after=3)
        statements.append({"speaker": speaker, "section": section, "text": text, "page": page})

    # ---------------------------------------------------------------- page 1
    P(TITLE, size=14, align="center", bold_font=True, space_after=12)
    P("１　日　時　　令和７年１１月１８日（火）午後２時００分から午後３時２５分まで")
    P("２　場　所　　花巻市役所本庁舎　本館２階　２０１会議室")
    P("３　開催方法　対面（一部の委員はオンラインにより参加）")
    P("４　出席者　　（委員１０名、事務局３名）", space_before=2)
    P("委員長　　副市長", indent_mm=10)
    P("副委員長　総務部長", indent_mm=10)
    P("委　員　　財務部長・市民生活部長・健康福祉部長・こども・家庭部長・商工観光部長・", indent_mm=10)
    P("建設部長・上下水道部長・教育部長", indent_mm=28)
    P("事務局　　財務部次長・収納課長・収納課債権管理係長", indent_mm=10)
    attendees = [{"role": "委員長", "title": "副市長", "name": None}, {"role": "副委員長", "title": "総務部長", "name": None}]
    for t in ["財務部長", "市民生活部長", "健康福祉部長", "こども・家庭部長", "商工観光部長", "建設部長", "上下水道部長", "教育部長"]:
        attendees.append({"role": "委員", "title": t, "name": None})
    for t in ["財務部次長", "収納課長", "収納課債権管理係長"]:
        attendees.append({"role": "事務局", "title": t, "name": None})
    agenda = ["令和６年度決算における主要債権の収納状況について", "令和７年度上半期（９月末現在）の徴収状況について",
              "私債権の放棄について（報告）"]
    P("５　議　題", space_before=2)
    for i, a in enumerate(agenda):
        P(f"（{zen(i + 1)}）{a}", indent_mm=6)
    materials = ["資料１　令和６年度決算における主要債権の収納状況", "資料２　令和７年度上半期の徴収状況（９月末現在）",
                 "資料３　私債権の放棄の状況"]
    P("６　資　料", space_before=2)
    for m in materials:
        P(m, indent_mm=6)
    P("７　会議の経過", space_before=6, space_after=3)
    st(1, "委員長", "会議の経過",
       "ただいまから令和７年度第２回花巻市債権管理対策会議を開会する。前回の第１回会議は書面開催とし、令和７年６月２０日付けで各委員に資料を送付した。本日は、令和６年度決算の状況と上半期の徴収状況について事務局から報告を受け、"
       "各部の取組について意見交換を行いたい。")
    sec1 = agenda[0]
    P(f"（１）{sec1}", bold_font=True, space_before=3, space_after=3)
    t6, t5 = tot(2024), tot(2023)
    d_rate = r2(t6["rate"] - t5["rate"])
    s_rate, s_d = zen(f"{t6['rate']:.2f}％"), zen(f"{abs(d_rate):.2f}")
    s_out, v_out = okuman(t6["outstanding"])
    s_dout, v_dout = okuman(abs(t6["outstanding"] - t5["outstanding"]))
    s_wo, v_wo = okuman(t6["written_off"], 100_000)
    tx = D["tax"][2024]
    s_tc, s_ta = zen(f"{tx['cur']['rate']:.2f}％"), zen(f"{tx['arr']['rate']:.2f}％")
    kk = D["kokuho"][2024]
    s_kc, s_ka = zen(f"{kk['cur']['rate']:.2f}％"), zen(f"{kk['arr']['rate']:.2f}％")
    st(1, "収納課長", sec1,
       f"資料１により説明する。令和６年度決算における主要７債権の収納率は{s_rate}で、前年度と比べ{s_d}ポイント上昇した。"
       f"収入未済額は約{s_out}で、前年度から約{s_dout}減少している。債権別では、市税の現年課税分の収納率が{s_tc}、滞納繰越分が{s_ta}となり、"
       f"いずれも前年度を上回った。国民健康保険税は、現年課税分が{s_kc}、滞納繰越分が{s_ka}である。"
       f"不納欠損額は、主要７債権の合計で約{s_wo}となった。")
    facts_later += [
        (1, None, "主要７債権", 2024, "令和６年度", "total", "collection_rate", "actual", t6["rate"], "percent", s_rate, False),
        (1, None, "主要７債権", 2024, "令和６年度", "total", "difference", "actual", d_rate, "points", s_d, False),
        (1, None, "主要７債権", 2024, "令和６年度", "total", "outstanding", "actual", v_out, "yen", f"約{s_out}", True),
        (1, None, "主要７債権", 2024, "令和６年度", "total", "difference", "actual",
         v_dout if t6["outstanding"] > t5["outstanding"] else -v_dout, "yen", f"約{s_dout}", True),
        (1, "市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", tx["cur"]["rate"], "percent", s_tc, False),
        (1, "市税", "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", tx["arr"]["rate"], "percent", s_ta, False),
        (1, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", kk["cur"]["rate"], "percent", s_kc, False),
        (1, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", kk["arr"]["rate"], "percent", s_ka, False),
        (1, None, "主要７債権", 2024, "令和６年度", "total", "written_off", "actual", v_wo, "yen", f"約{s_wo}", True),
    ]

    st(1, "財務部長", sec1, "市税の滞納繰越分の収納率が上昇した要因は何か。また、岩手県地方税特別滞納整理機構への引継ぎの効果はどうか。")
    st(1, "収納課長", sec1,
       "滞納繰越分については、預貯金等の照会を電子化したことにより財産調査の期間が短縮され、差押えまでの期間が短くなったことが大きい。"
       "機構への引継ぎは２０件で、うち１２件が完納又は分納により解消した。")
    # ---------------------------------------------------------------- page 2
    page_break(doc)
    kd = D["kokuho"]
    dass = kd[2024]["cur"]["assessed"] - kd[2023]["cur"]["assessed"]
    s_dass, v_dass = okuman(abs(dass), 1_000_000)
    dkc = r2(kd[2024]["cur"]["rate"] - kd[2023]["cur"]["rate"])
    s_dkc = zen(f"{abs(dkc):.2f}")
    st(2, "健康福祉部長", sec1,
       f"国民健康保険税は、被保険者数の減少により現年課税分の調定額が前年度から約{s_dass}減少したが、収納率は{s_kc}と{s_dkc}ポイント改善した。"
       "引き続き、短期被保険者証の交付時の納付相談を徹底していく。")
    facts_later += [
        (2, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "current", "difference", "actual",
         -v_dass if dass < 0 else v_dass, "yen", f"約{s_dass}", True),
        (2, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", kk["cur"]["rate"], "percent", s_kc, False),
        (2, "国民健康保険料", "国民健康保険税", 2024, "令和６年度", "current", "difference", "actual", dkc, "points", s_dkc, False),
    ]
    st(2, "委員長", sec1, "介護保険料の滞納繰越分はどのように対応しているのか。")
    kg = D["kaigo"][2024]
    s_ga = zen(f"{kg['arr']['rate']:.2f}％")
    s_gw, v_gw = okuman(kg["tot"]["written_off"], 10_000)
    st(2, "健康福祉部長", sec1,
       f"介護保険料の滞納繰越分の収納率は{s_ga}である。介護保険料は２年で時効となるため、時効の到来前に給付制限の予告通知を送付しているが、"
       f"令和６年度は約{s_gw}を不納欠損とした。今後は、国民健康保険税と合同で財産調査を行い、差押えを進める。")
    facts_later += [
        (2, "介護保険料", "介護保険料", 2024, "令和６年度", "arrears", "collection_rate", "actual", kg["arr"]["rate"], "percent", s_ga, False),
        (2, "介護保険料", "介護保険料", 2024, "令和６年度", "total", "written_off", "actual", v_gw, "yen", f"約{s_gw}", True),
    ]
    st(2, "委員長", sec1, "保育所保育料と市営住宅使用料の状況はどうか。")
    hd = D["hoiku"][2024]
    s_ho, v_ho = okuman(hd["tot"]["outstanding"], 10_000)
    s_hc = zen(f"{hd['cur']['rate']:.2f}％")
    st(2, "こども・家庭部長", sec1,
       f"保育所保育料の収入未済額は約{s_ho}で、その大半は退園した世帯の滞納繰越分である。入園時に児童手当からの申出徴収を案内しており、"
       f"現年度分の収納率は{s_hc}となった。")
    facts_later += [
        (2, "保育料", "保育所保育料", 2024, "令和６年度", "total", "outstanding", "actual", v_ho, "yen", f"約{s_ho}", True),
        (2, "保育料", "保育所保育料", 2024, "令和６年度", "current", "collection_rate", "actual", hd["cur"]["rate"], "percent", s_hc, False),
    ]
    jd = D["jutaku"][2024]
    s_ja = zen(f"{jd['arr']['rate']:.2f}％")
    st(2, "建設部長", sec1,
       f"市営住宅使用料は、滞納繰越分の収納率が{s_ja}にとどまっている。長期滞納者には、連帯保証人への請求と明渡請求を並行して進めていく。")
    facts_later.append((2, "市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "arrears", "collection_rate", "actual",
                        jd["arr"]["rate"], "percent", s_ja, False))
    sec2 = agenda[1]
    P(f"（２）{sec2}", bold_font=True, space_before=3, space_after=3)
    (c_n, a_n), (c_p, a_p) = SEPT["tax"]
    dc, da = r2(c_n - c_p), r2(a_n - a_p)
    s_cn, s_an = zen(f"{c_n:.2f}％"), zen(f"{a_n:.2f}％")
    s_dc, s_da = zen(f"{abs(dc):.2f}"), zen(f"{abs(da):.2f}")
    s_est = zen(f"{TAX_EST:.2f}％")
    st(2, "収納課長", sec2,
       f"資料２により説明する。９月末現在の市税の収納率は、現年課税分が{s_cn}で前年同月比{s_dc}ポイント{'上昇' if dc >= 0 else '低下'}、"
       f"滞納繰越分が{s_an}で前年同月比{s_da}ポイント{'上昇' if da >= 0 else '低下'}した。年度末には、現年課税分で{s_est}程度を見込んでいる。")
    facts_later += [
        (2, "市税", "市税", 2025, "９月末", "current", "collection_rate", "interim", c_n, "percent", s_cn, False, ASOF),
        (2, "市税", "市税", 2025, "９月末", "current", "difference", "interim", dc, "points", s_dc, False, ASOF),
        (2, "市税", "市税", 2025, "９月末", "arrears", "collection_rate", "interim", a_n, "percent", s_an, False, ASOF),
        (2, "市税", "市税", 2025, "９月末", "arrears", "difference", "interim", da, "points", s_da, False, ASOF),
        (2, "市税", "市税", 2025, "年度末", "current", "collection_rate", "estimate", TAX_EST, "percent", s_est, True),
    ]

    (kc_n, _), (kc_p, _) = SEPT["kokuho"]
    dk = r2(kc_n - kc_p)
    s_kn, s_dk = zen(f"{kc_n:.2f}％"), zen(f"{abs(dk):.2f}")
    st(2, "健康福祉部長", sec2,
       f"国民健康保険税の９月末現在の現年課税分の収納率は{s_kn}で、前年同月を{s_dk}ポイント上回っている。"
       "納期内納付の勧奨として、納付書の発送時にスマートフォン決済の案内を同封した効果が表れていると考えている。")
    facts_later += [
        (2, "国民健康保険料", "国民健康保険税", 2025, "９月末", "current", "collection_rate", "interim", kc_n, "percent", s_kn, False, ASOF),
        (2, "国民健康保険料", "国民健康保険税", 2025, "９月末", "current", "difference", "interim", dk, "points", s_dk, False, ASOF),
    ]

    # (continues on page 2)
    (wc_n, _), (wc_p, _) = SEPT["suido"]
    dw = r2(wc_n - wc_p)
    s_wc, s_dw = zen(f"{wc_n:.2f}％"), zen(f"{abs(dw):.2f}")
    st(2, "上下水道部長", sec2,
       f"水道料金は、９月末現在で現年度分の収納率が{s_wc}と、前年同月を{s_dw}ポイント下回っている。検針日の変更による一時的なものであり、"
       "年度末には前年度並みとなる見込みである。")
    facts_later += [
        (2, "水道料金", "水道料金", 2025, "９月末", "current", "collection_rate", "interim", wc_n, "percent", s_wc, False, ASOF),
        (2, "水道料金", "水道料金", 2025, "９月末", "current", "difference", "interim", dw, "points", s_dw, False, ASOF),
    ]
    st(2, "市民生活部長", sec2, "口座振替の加入の状況はどうか。")
    st(2, "収納課長", sec2,
       "市税の口座振替の加入率は９月末で４２．６％であり、ＷＥＢ口座振替受付サービスの開始により前年同月から１．８ポイント上昇した。"
       "今後は、納税通知書の発送時にチラシを同封し、更なる加入を勧奨する。")
    st(2, "委員長", sec2, "年度末に向けて、各部で滞納整理の強化期間を設けるなど、計画的に取り組んでいただきたい。")
    sec3 = agenda[2]
    P(f"（３）{sec3}", bold_font=True, space_before=3, space_after=3)
    st(2, "収納課長", sec3,
       "資料３により報告する。花巻市債権管理条例に基づき、令和７年度上半期に放棄した私債権は、市営住宅使用料など３債権で１４件である。"
       "いずれも債務者の死亡又は所在不明により、回収の見込みがないと判断したものである。")
    st(2, "教育部長", sec3, "放棄の判断に当たって、相続人の調査はどこまで行っているのか。")
    st(2, "収納課長", sec3, "戸籍により相続人を確認し、相続放棄の有無を家庭裁判所に照会したうえで判断している。")
    st(2, "委員長", "閉会",
       "各部においては、年度末に向けて現年度分の確実な徴収に取り組み、新たな滞納の発生を防いでいただきたい。以上で本日の会議を閉会する。")
    P("（午後３時２５分閉会）", align="right", space_before=6)

    # ---------------------------------------------------------------- page 3: 別表
    page_break(doc)
    pg = 3
    P("別表１　主要債権の収納状況（令和６年度決算）", bold_font=True, space_after=2)
    P("（単位：千円、％、ポイント）", size=8.5, align="right", space_after=2)
    order = list(SPEC)
    cols = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率\nR6", "収納率\nR5", "増減"]
    t = table(doc, len(order) + 2, len(cols), [34, 25, 25, 20, 22, 14, 14, 14])
    borders(t, 4)
    for j, h in enumerate(cols):
        c = t.rows[0].cells[j]
        cell_text(c, h, 8.5, "center", GOTHIC)
        shade(c, "D9E2F3")
        valign_center(c)
    for i, k in enumerate(order + ["sum"]):
        if k == "sum":
            d6, d5 = tot(2024), tot(2023)
            label, debt = "合計", None
        else:
            d6, d5 = D[k][2024]["tot"], D[k][2023]["tot"]
            label, debt = SPEC[k][1], SPEC[k][0]
        dd = r2(d6["rate"] - d5["rate"])
        vals = [label, comma(d6["assessed"] // 1000), comma(d6["collected"] // 1000), comma(d6["written_off"] // 1000),
                comma(d6["outstanding"] // 1000), f"{d6['rate']:.2f}", f"{d5['rate']:.2f}", tri_f(dd, 2, "▲")]
        row = t.rows[i + 1]
        for j, v in enumerate(vals):
            cell_text(row.cells[j], v, 8.5, "left" if j == 0 else "right")
            valign_center(row.cells[j])
            if k == "sum":
                shade(row.cells[j], "EDEDED")
        for m, v, raw in (("assessed", d6["assessed"], vals[1]), ("collected", d6["collected"], vals[2]),
                          ("written_off", d6["written_off"], vals[3]), ("outstanding", d6["outstanding"], vals[4])):
            g.fact(pg, debt, label, 2024, "令和６年度", "total", m, "actual", v // 1000 * 1000, "yen", raw)
        g.fact(pg, debt, label, 2024, "R6", "total", "collection_rate", "actual", d6["rate"], "percent", vals[5])
        g.fact(pg, debt, label, 2023, "R5", "total", "collection_rate", "actual", d5["rate"], "percent", vals[6])
        g.fact(pg, debt, label, 2024, "R6", "total", "difference", "actual", dd, "points", vals[7])
    for row in t.rows:
        row.height = Mm(6.2)
    P("※ 収入未済額＝調定額－収入済額－不納欠損額。増減の▲は前年度を下回っていることを示す。", size=8.5, space_before=2, space_after=10)

    P("別表２　上半期の収納率（９月末現在）", bold_font=True, space_after=4)
    cols = ["債権名", "現年度分\n令和７年９月末\n（％）", "現年度分\n前年同月\n（％）", "増減\n（ポイント）",
            "滞納繰越分\n令和７年９月末\n（％）", "滞納繰越分\n前年同月\n（％）", "増減\n（ポイント）"]
    t = table(doc, len(order) + 1, len(cols), [34, 24, 22, 18, 24, 22, 18])
    borders(t, 4)
    for j, h in enumerate(cols):
        c = t.rows[0].cells[j]
        cell_text(c, h, 8, "center", GOTHIC)
        shade(c, "D9E2F3")
        valign_center(c)
    for i, k in enumerate(order):
        (cn, an), (cp, ap) = SEPT[k]
        dc_, da_ = r2(cn - cp), r2(an - ap)
        vals = [SPEC[k][1], f"{cn:.2f}", f"{cp:.2f}", tri_f(dc_, 2, "▲"), f"{an:.2f}", f"{ap:.2f}", tri_f(da_, 2, "▲")]
        row = t.rows[i + 1]
        for j, v in enumerate(vals):
            cell_text(row.cells[j], v, 8.5, "left" if j == 0 else "right")
            valign_center(row.cells[j])
        debt, label = SPEC[k][0], SPEC[k][1]
        g.fact(pg, debt, label, 2025, "令和７年９月末", "current", "collection_rate", "interim", cn, "percent", vals[1], ASOF)
        g.fact(pg, debt, label, 2024, "前年同月", "current", "collection_rate", "interim", cp, "percent", vals[2], ASOF_P)
        g.fact(pg, debt, label, 2025, "令和７年９月末", "current", "difference", "interim", dc_, "points", vals[3], ASOF)
        g.fact(pg, debt, label, 2025, "令和７年９月末", "arrears", "collection_rate", "interim", an, "percent", vals[4], ASOF)
        g.fact(pg, debt, label, 2024, "前年同月", "arrears", "collection_rate", "interim", ap, "percent", vals[5], ASOF_P)
        g.fact(pg, debt, label, 2025, "令和７年９月末", "arrears", "difference", "interim", da_, "points", vals[6], ASOF)
    for row in t.rows[1:]:
        row.height = Mm(6.2)
    P("※ 水道料金は、９月末までの検針分に係る調定額に対する収納率である。", size=8.5, space_before=2)

    for f in facts_later:
        page, debt, draw, fy, fyr, seg, met, basis, val, unit, raw, approx, *rest = f
        g.fact(page, debt, draw, fy, fyr, seg, met, basis, val, unit, raw, rest[0] if rest else None, approx)
    g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-18", "method": "対面",
                 "attendees": attendees, "agenda": agenda, "materials": materials, "statements": statements}
    src = WORK / f"{STEM}.docx"
    doc.save(src)
    pdf = soffice_pdf(src)
    out = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, out)
    g.write(out)


if __name__ == "__main__":
    build()
