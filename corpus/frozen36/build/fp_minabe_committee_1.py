"""fp_minabe_committee_1: 債権管理推進委員会 資料 with one 取組個票 per debt.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/frozen36:  python3 build/fp_minabe_committee_1.py
"""
from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fp_common import Gold, PDF_DIR, WORK, c, check, rate, sen, soffice_pdf, tri, trif, zen  # noqa: E402
from fp_docx import (all_rows, borders, col_widths, new_doc, no_borders, page_break, para, row_height,  # noqa: E402
                     set_text, shade, vertical)

STEM = "fp_minabe_committee_1"
CITY = "みなべ町"
G = "IPAexGothic"
M = "IPAexMincho"
YEARS = [2020, 2021, 2022, 2023]
DEC, DEC0 = "2024-12-31", "2023-12-31"
rng = random.Random(5123)


def jit(v, digits=5):
    return int(v) + rng.randrange(0, 10 ** digits)


DEBTS = [
    dict(canon="町税", short="町税", ka="税務課", cls="強制徴収公債権",
         ca=[1302e6, 1288e6, 1311e6, 1324e6], cr=[98.71, 98.85, 98.96, 99.08], arr0=61e6,
         ar=[21.30, 23.15, 24.80, 26.42], wo=[4.1e6, 3.7e6, 3.4e6, 3.1e6], dl=[318, 301, 289, 276],
         sz=[52, 55, 58, 61], dl_unit=("滞納者数（人）", "persons"),
         est=(99.12, 27.50), tgt=(99.20, 28.50), dec=((81.62, 24.10), (81.41, 22.86)), dec_ca=1335e6),
    dict(canon="国民健康保険税", short="国保税", ka="保険年金課", cls="強制徴収公債権",
         ca=[402e6, 391e6, 383e6, 376e6], cr=[93.40, 93.82, 94.15, 94.48], arr0=88e6,
         ar=[16.20, 17.35, 18.44, 19.60], wo=[8.6e6, 8.1e6, 7.5e6, 7.0e6], dl=[241, 232, 224, 215],
         sz=[31, 33, 35, 36], dl_unit=("滞納世帯数（世帯）", "households"),
         est=(94.70, 20.30), tgt=(94.90, 21.00), dec=((68.35, 15.42), (68.02, 14.80)), dec_ca=371e6),
    dict(canon="介護保険料", short="介護保険料", ka="介護保険課", cls="強制徴収公債権",
         ca=[352e6, 357e6, 361e6, 366e6], cr=[99.00, 99.04, 99.09, 99.13], arr0=7.4e6,
         ar=[13.80, 14.60, 15.25, 16.02], wo=[1.9e6, 1.8e6, 1.7e6, 1.6e6], dl=[112, 108, 104, 101],
         sz=[3, 4, 4, 5], dl_unit=("滞納者数（人）", "persons"),
         est=(99.15, 16.50), tgt=(99.20, 17.00), dec=((78.90, 11.25), (78.71, 10.96)), dec_ca=371e6),
    dict(canon="住宅新築資金等貸付金", short="住宅新築資金等貸付金", ka="住民福祉課", cls="私債権",
         ca=[9.8e6, 9.1e6, 8.4e6, 7.9e6], cr=[61.20, 62.05, 63.10, 63.85], arr0=128e6,
         ar=[2.10, 2.25, 2.41, 2.58], wo=[1.9e6, 1.8e6, 1.7e6, 1.6e6], dl=[21, 20, 19, 18],
         sz=[2, 1, 2, 3], dl_unit=("滞納者数（人）", "persons"),
         est=(64.00, 2.70), tgt=(65.00, 3.00), dec=((45.20, 1.82), (44.90, 1.75)), dec_ca=7.4e6),
    dict(canon="下水道使用料", short="下水道使用料", ka="上下水道課", cls="強制徴収公債権",
         ca=[112e6, 114e6, 115e6, 117e6], cr=[99.10, 99.14, 99.18, 99.22], arr0=2.6e6,
         ar=[30.20, 31.40, 32.75, 33.90], wo=[0.41e6, 0.39e6, 0.37e6, 0.35e6], dl=[46, 44, 43, 41],
         sz=[0, 0, 0, 0], dl_unit=("滞納者数（人）", "persons"),
         est=(99.25, 34.50), tgt=(99.30, 35.00), dec=((80.12, 22.30), (79.95, 21.62)), dec_ca=118e6),
]


def series(d):
    out = {}
    arr_a = jit(d["arr0"], 5)
    for i, fy in enumerate(YEARS):
        ca = jit(d["ca"][i], 6 if d["ca"][i] > 1e8 else 5)
        cc = round(ca * d["cr"][i] / 100)
        ac = round(arr_a * d["ar"][i] / 100)
        for _ in range(3):
            if rate(ac, arr_a) != d["ar"][i]:
                ac += 1 if rate(ac, arr_a) < d["ar"][i] else -1
        assert rate(cc, ca) == d["cr"][i] and rate(ac, arr_a) == d["ar"][i], d["canon"]
        wo = jit(d["wo"][i], 4)
        o = ca - cc + arr_a - ac - wo
        out[fy] = dict(ca=ca, cc=cc, cr=d["cr"][i], aa=arr_a, ac=ac, ar=d["ar"][i], A=ca + arr_a, C=cc + ac,
                       R=rate(cc + ac, ca + arr_a), wo=wo, out=o, out_arr=arr_a - ac - wo, dl=d["dl"][i],
                       sz=d["sz"][i])
        arr_a = o
    # 12月末 (interim) figures of 令和６年度 and 令和５年度
    (cn, an), (cp, ap) = d["dec"]
    dca = jit(d["dec_ca"], 5)
    daa = o  # 令和６年度の滞納繰越分調定額 = 令和５年度末の収入未済額
    out["dec"] = dict(ca=dca, cc=round(dca * cn / 100), cr=cn, aa=daa, ac=None, ar=an)
    ac = round(daa * an / 100)
    for _ in range(3):
        if rate(ac, daa) != an:
            ac += 1 if rate(ac, daa) < an else -1
    out["dec"]["ac"] = ac
    assert rate(out["dec"]["cc"], dca) == cn and rate(ac, daa) == an
    out["dec0"] = dict(cr=cp, ar=ap)
    out["est_out"] = int(round(o * (0.955 if d["canon"] != "介護保険料" else 0.985), -3))
    return out


for d in DEBTS:
    d["s"] = series(d)

MEASURES = {
    "町税": ("高額滞納案件の処理が長期化している。特別徴収の未実施事業所がある。",
           [("ア", "滞納額５０万円以上の案件は、和歌山地方税回収機構へ移管し、捜索・公売を進める。", "継続"),
            ("イ", "給与支払報告書の提出事業所に特別徴収の実施を個別に指導する。", "拡充"),
            ("ウ", "固定資産税の納付書に地方税統一ＱＲコードを印字する。", "新規")], "通年"),
    "国民健康保険税": ("資格喪失後の未納分の回収が進んでいない。",
                [("ア", "資格喪失の届出時に未納額を通知し、その場で納付相談を行う。", "継続"),
                 ("イ", "２期以上の未納世帯に財産調査を行い、預金・給与を差し押さえる。", "継続")], "通年"),
    "介護保険料": ("普通徴収の期間に未納となる被保険者が多い。",
              [("ア", "６５歳到達時の通知に口座振替の申込書を同封する。", "継続"),
               ("イ", "給付制限の対象となる前に、説明文書を送付して納付相談につなげる。", "新規")], "４月～"),
    "住宅新築資金等貸付金": ("借受人・連帯保証人の高齢化と死亡により、回収が困難な案件が増えている。",
                   [("ア", "相続人の調査を行い、相続人に対して償還の請求を行う。", "継続"),
                    ("イ", "回収の見込みのない案件は、債権管理条例に基づく放棄を審査する。", "継続"),
                    ("ウ", "支払督促の申立てを行い、時効の更新を図る。", "拡充")], "通年"),
    "下水道使用料": ("水道料金と合わせた請求であり、給水停止の対象外となる井戸水使用者の未納が残る。",
               [("ア", "井戸水使用者の未納には、下水道使用料単独の催告書を送付する。", "新規"),
                ("イ", "強制徴収公債権として財産調査を行い、差押えを実施する。", "継続")], "通年"),
}


def build():
    g = Gold(STEM, "committee_material", "committee", CITY, "令和６年度第２回みなべ町債権管理推進委員会 資料",
             "2025-02-18", "令和７年２月１８日（火）")
    d_ = new_doc(font=M, size=10.5, margins=(18, 18, 16, 18))
    doc = d_

    # ---------------------------------------------------------------- page 1
    P = 1
    para(doc, "令和７年２月１８日", align="r", size=10)
    para(doc, "令和６年度第２回", align="c", font=G, size=13, before=10)
    para(doc, "みなべ町債権管理推進委員会", align="c", font=G, size=16, bold=True, after=10)
    for a, b in (("日時", "令和７年２月１８日（火）　午前１０時００分～"), ("場所", "みなべ町役場　２階大会議室")):
        para(doc, f"{a}　{b}", indent=220, size=10)
    para(doc, "次　第", align="c", font=G, size=13, before=14, after=6)
    agenda = ["１　開会", "２　委員長あいさつ", "３　報告事項",
              "　（１）主要債権の収納状況（令和６年１２月末現在）　……　資料１",
              "　（２）債権別取組個票　……………………………………　資料２",
              "４　協議事項", "　（１）令和７年度債権管理推進方針（案）について", "５　閉会"]
    for s in agenda:
        para(doc, s, indent=40, size=11, after=3)
    para(doc, "委員名簿", align="c", font=G, size=11, before=12, after=4)
    members = [("委員長", "副町長"), ("副委員長", "総務課長"), ("委員", "税務課長"), ("委員", "住民福祉課長"),
               ("委員", "保健福祉課長"), ("委員", "うめ課長"), ("委員", "上下水道課長"), ("委員", "教育次長")]
    mt = doc.add_table(rows=4, cols=4)
    borders(mt, sz=4)
    for i, (r_, t_) in enumerate(members):
        rr, cc_ = i % 4, (i // 4) * 2
        set_text(mt.cell(rr, cc_), r_, align="c", size=9.5, font=G, fill="EDEDED")
        set_text(mt.cell(rr, cc_ + 1), t_, size=9.5)
    col_widths(mt, [26, 56, 26, 56])
    all_rows(mt, 7)
    para(doc, "（事務局：税務課）", align="r", size=9, before=2, after=14)
    t = doc.add_table(rows=1, cols=1)
    borders(t, sz=10, color="1F3864")
    cell = t.cell(0, 0)
    set_text(cell, "【参考】令和６年１２月末現在の主な状況（かっこ内は前年同期）", font=G, size=10, bold=True)
    tax = DEBTS[0]["s"]
    kok = DEBTS[1]["s"]
    lines = [("町税（現年度分）収納率", tax["dec"]["cr"], tax["dec0"]["cr"], "町税", "町税", "current"),
             ("町税（滞納繰越分）収納率", tax["dec"]["ar"], tax["dec0"]["ar"], "町税", "町税", "arrears"),
             ("国民健康保険税（現年度分）収納率", kok["dec"]["cr"], kok["dec0"]["cr"], "国民健康保険税", "国民健康保険税",
              "current")]
    for lab, v, v0, canon, raw_d, seg in lines:
        s = f"・{lab}：{zen(f'{v:.2f}')}％（{zen(f'{v0:.2f}')}％）"
        para(cell, s, size=10, indent=10, before=2)
        g.fact(P, canon, raw_d, 2024, "令和６年１２月末", seg, "collection_rate", "interim", v, "percent",
               zen(f"{v:.2f}") + "％", as_of=DEC)
        g.fact(P, canon, raw_d, 2023, "前年同期", seg, "collection_rate", "interim", v0, "percent",
               f"（{zen(f'{v0:.2f}')}％）", as_of=DEC0)
    est_all = sum(d["s"]["est_out"] for d in DEBTS)
    s_est = f"約{zen(str(round(est_all / 1e8, 1)))}億円"
    para(cell, f"・主要５債権の令和６年度末収入未済額（見込）：{s_est}", size=10, indent=10, before=2, after=3)
    g.fact(P, None, "主要５債権", 2024, "令和６年度末（見込）", "total", "outstanding", "estimate",
           round(round(est_all / 1e8, 1) * 1e8), "yen", s_est, approx=True)
    col_widths(t, [174])

    page_break(doc)

    # ---------------------------------------------------------------- page 2: 資料１ two tables, two orientations
    P = 2
    para(doc, "【資料１】主要債権の収納状況", font=G, size=13, bold=True, after=4)
    para(doc, "表１　令和６年１２月末現在の収納状況", font=G, size=10.5, before=2, after=2)
    names = [d["short"] for d in DEBTS]
    ncol = 2 + len(DEBTS) + 1
    rows = 1 + 8
    t = doc.add_table(rows=rows, cols=ncol)
    borders(t, sz=4)
    set_text(t.cell(0, 0).merge(t.cell(0, 1)), "区分", align="c", size=8.5, font=G, fill="D9E2F3")
    for j, n in enumerate(names + ["計"]):
        set_text(t.cell(0, 2 + j), n, align="c", size=8.5, font=G, fill="D9E2F3")
    blocks = [("現年度分", "current", "ca", "cc", "cr"), ("滞納繰越分", "arrears", "aa", "ac", "ar")]
    for b, (lab, seg, ka, kc, kr) in enumerate(blocks):
        r0 = 1 + 4 * b
        m = t.cell(r0, 0).merge(t.cell(r0 + 3, 0))
        set_text(m, lab, align="c", size=8.5, font=G, fill="F2F2F2")
        vertical(m)
        items = ["調定額（千円）", "収入済額（千円）", "収納率（％）", "前年同期収納率（％）"]
        for k, it in enumerate(items):
            set_text(t.cell(r0 + k, 1), it, size=8, font=G, fill="F2F2F2")
        sa = sc = 0
        for j, d in enumerate(DEBTS):
            dec, dec0 = d["s"]["dec"], d["s"]["dec0"]
            A, C = sen(dec[ka]), sen(dec[kc])
            sa += A
            sc += C
            vals = [c(A), c(C), f"{dec[kr]:.2f}", f"{dec0[kr]:.2f}"]
            for k, v in enumerate(vals):
                set_text(t.cell(r0 + k, 2 + j), v, align="r", size=8)
            dn = (d["canon"], d["short"])
            g.fact(P, *dn, 2024, "令和６年１２月末", seg, "assessed", "interim", A * 1000, "yen", vals[0], as_of=DEC)
            g.fact(P, *dn, 2024, "令和６年１２月末", seg, "collected", "interim", C * 1000, "yen", vals[1], as_of=DEC)
            g.fact(P, *dn, 2024, "令和６年１２月末", seg, "collection_rate", "interim", dec[kr], "percent", vals[2],
                   as_of=DEC)
            g.fact(P, *dn, 2023, "前年同期", seg, "collection_rate", "interim", dec0[kr], "percent", vals[3], as_of=DEC0)
        R = rate(sc, sa)
        vals = [c(sa), c(sc), f"{R:.2f}", "－"]
        for k, v in enumerate(vals):
            set_text(t.cell(r0 + k, 2 + len(DEBTS)), v, align="r" if v != "－" else "c", size=8, fill="F2F2F2")
        g.fact(P, None, "計", 2024, "令和６年１２月末", seg, "assessed", "interim", sa * 1000, "yen", vals[0], as_of=DEC)
        g.fact(P, None, "計", 2024, "令和６年１２月末", seg, "collected", "interim", sc * 1000, "yen", vals[1], as_of=DEC)
        g.fact(P, None, "計", 2024, "令和６年１２月末", seg, "collection_rate", "interim", R, "percent", vals[2], as_of=DEC)
    col_widths(t, [9, 31, 21, 21, 21, 25, 21, 25])
    all_rows(t, 6.2)
    para(doc, "※ 国保税＝国民健康保険税。前年同期は令和５年１２月末。計欄の前年同期は算出していない。", size=8, before=2)

    para(doc, "表２　令和５年度決算の状況", font=G, size=10.5, before=10, after=2)
    heads = ["債権名", "調定額（円）", "収入済額（円）", "不納欠損額（円）", "収入未済額（円）", "収納率（％）"]
    t = doc.add_table(rows=2 + len(DEBTS), cols=len(heads))
    borders(t, sz=4)
    for j, h in enumerate(heads):
        set_text(t.cell(0, j), h, align="c", size=8.5, font=G, fill="D9E2F3")
    tot = {k: 0 for k in ("A", "C", "wo", "out")}
    for i, d in enumerate(DEBTS, 1):
        a = d["s"][2023]
        vals = [d["canon"], c(a["A"]), c(a["C"]), c(a["wo"]), c(a["out"]), f"{a['R']:.2f}"]
        fill = "F7F7F7" if i % 2 == 0 else None
        for j, v in enumerate(vals):
            set_text(t.cell(i, j), v, align="l" if j == 0 else "r", size=8.5, fill=fill)
        dn = (d["canon"], d["canon"])
        for k, metric, v in (("A", "assessed", vals[1]), ("C", "collected", vals[2]), ("wo", "written_off", vals[3]),
                             ("out", "outstanding", vals[4])):
            g.fact(P, *dn, 2023, "令和５年度決算", "total", metric, "actual", a[k], "yen", v)
            tot[k] += a[k]
        g.fact(P, *dn, 2023, "令和５年度決算", "total", "collection_rate", "actual", a["R"], "percent", vals[5])
    n = len(DEBTS) + 1
    R = rate(tot["C"], tot["A"])
    vals = ["合計", c(tot["A"]), c(tot["C"]), c(tot["wo"]), c(tot["out"]), f"{R:.2f}"]
    for j, v in enumerate(vals):
        set_text(t.cell(n, j), v, align="c" if j == 0 else "r", size=8.5, font=G, fill="E7E6E6")
    for k, metric, v in (("A", "assessed", vals[1]), ("C", "collected", vals[2]), ("wo", "written_off", vals[3]),
                         ("out", "outstanding", vals[4])):
        g.fact(P, None, "合計", 2023, "令和５年度決算", "total", metric, "actual", tot[k], "yen", v)
    g.fact(P, None, "合計", 2023, "令和５年度決算", "total", "collection_rate", "actual", R, "percent", vals[5])
    col_widths(t, [40, 30, 30, 24, 28, 22])
    all_rows(t, 6.5)
    para(doc, "※ 収納率は現年度分と滞納繰越分の合計によるもの。", size=8, before=2)
    page_break(doc)

    # ---------------------------------------------------------------- pages 3-7: 取組個票
    P = 3
    for no, d in enumerate(DEBTS, 1):
        canon = d["canon"]
        S = d["s"]
        para(doc, f"【資料２】債権別取組個票　{zen(no)}", font=G, size=9, align="r", after=2)
        t = doc.add_table(rows=1, cols=3)
        borders(t, sz=8)
        set_text(t.cell(0, 0), f"債権名　{canon}", size=11, font=G, bold=True, fill="DEEAF6")
        set_text(t.cell(0, 1), f"担当課　{d['ka']}", size=9.5, font=G)
        set_text(t.cell(0, 2), f"区分　{d['cls']}", size=9.5, font=G)
        col_widths(t, [78, 50, 46])
        all_rows(t, 9)

        para(doc, f"１　収納状況の推移（{canon}）", font=G, size=10.5, bold=True, before=8, after=3)
        lab, unit = d["dl_unit"]
        heads = ["年度", "現年度分\n収納率（％）", "滞納繰越分\n収納率（％）", "収入未済額※1\n（千円）", lab.replace("（", "\n（"),
                 "差押件数\n（件）"]
        ylabs = {2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}
        t = doc.add_table(rows=1 + len(YEARS) + 1, cols=len(heads))
        borders(t, sz=4)
        for j, h in enumerate(heads):
            set_text(t.cell(0, j), h, align="c", size=8.5, font=G, fill="D9E2F3")
        dn = (canon, canon)
        for i, fy in enumerate(YEARS, 1):
            a = S[fy]
            vals = [ylabs[fy], f"{a['cr']:.2f}", f"{a['ar']:.2f}", c(sen(a["out"])), c(a["dl"]), c(a["sz"])]
            fill = "F7F7F7" if i % 2 == 0 else None
            for j, v in enumerate(vals):
                set_text(t.cell(i, j), v, align="c" if j == 0 else "r", size=9, fill=fill)
            g.fact(P, *dn, fy, ylabs[fy], "current", "collection_rate", "actual", a["cr"], "percent", vals[1])
            g.fact(P, *dn, fy, ylabs[fy], "arrears", "collection_rate", "actual", a["ar"], "percent", vals[2])
            g.fact(P, *dn, fy, ylabs[fy], "total", "outstanding", "actual", sen(a["out"]) * 1000, "yen", vals[3])
            g.fact(P, *dn, fy, ylabs[fy], "total", "delinquents", "actual", a["dl"], unit, vals[4])
        i = len(YEARS) + 1
        ecr, ear = d["est"]
        eo = S["est_out"] // 1000
        vals = ["令和６年度\n見込※2", f"{ecr:.2f}", f"{ear:.2f}", c(eo), "－", "－"]
        for j, v in enumerate(vals):
            set_text(t.cell(i, j), v, align="c" if j in (0, 4, 5) else "r", size=9, fill="FFF2CC")
        g.fact(P, *dn, 2024, "令和６年度見込", "current", "collection_rate", "estimate", ecr, "percent", vals[1])
        g.fact(P, *dn, 2024, "令和６年度見込", "arrears", "collection_rate", "estimate", ear, "percent", vals[2])
        g.fact(P, *dn, 2024, "令和６年度見込", "total", "outstanding", "estimate", eo * 1000, "yen", vals[3])
        col_widths(t, [30, 27, 27, 30, 32, 28])
        all_rows(t, 8.5)
        para(doc, "※1 各年度の出納閉鎖後の額。　※2 令和６年１２月末の実績を基に推計した額。", size=8, before=2)
        if canon == "町税":
            arr = sen(S[2023]["out_arr"])
            para(doc, f"※3 令和５年度の収入未済額のうち滞納繰越分　{c(arr)}千円", size=8)
            g.fact(P, *dn, 2023, "令和５年度", "arrears", "outstanding", "actual", arr * 1000, "yen", f"{c(arr)}千円")

        # 12月末 box: bracketed metric heading over segment-only bullets
        dec = S["dec"]
        bx = doc.add_table(rows=1, cols=2)
        borders(bx, sz=4, color="7F7F7F")
        set_text(bx.cell(0, 0), "【収納率】\n令和６年１２月末時点", size=9, font=G, fill="EDEDED", align="c")
        cell = bx.cell(0, 1)
        set_text(cell, f"現年分　{dec['cr']:.2f}％", size=9.5)
        para(cell, f"滞繰分　{dec['ar']:.2f}％", size=9.5)
        g.fact(P, *dn, 2024, "令和６年１２月末", "current", "collection_rate", "interim", dec["cr"], "percent",
               f"{dec['cr']:.2f}％", as_of=DEC)
        g.fact(P, *dn, 2024, "令和６年１２月末", "arrears", "collection_rate", "interim", dec["ar"], "percent",
               f"{dec['ar']:.2f}％", as_of=DEC)
        col_widths(bx, [44, 130])
        para(doc, "", after=2)

        # 2 令和７年度の目標: one row of label / value pairs
        para(doc, "２　令和７年度の目標", font=G, size=10.5, bold=True, before=6, after=3)
        tcr, tar = d["tgt"]
        tout = int(round(S["est_out"] * 0.95 / 1000, -3))
        t = doc.add_table(rows=1, cols=6)
        borders(t, sz=4)
        cells = [("現年度分収納率", True), (f"{tcr:.2f}％", False), ("滞納繰越分収納率", True), (f"{tar:.2f}％", False),
                 ("収入未済額", True), (f"{c(tout)}千円", False)]
        for j, (v, head) in enumerate(cells):
            set_text(t.cell(0, j), v, align="c" if head else "r", size=8.5, font=G if head else None,
                     fill="D9E2F3" if head else None)
        col_widths(t, [30, 26, 32, 24, 24, 38])
        all_rows(t, 8)
        g.fact(P, *dn, 2025, "令和７年度", "current", "collection_rate", "target", tcr, "percent", f"{tcr:.2f}％")
        g.fact(P, *dn, 2025, "令和７年度", "arrears", "collection_rate", "target", tar, "percent", f"{tar:.2f}％")
        g.fact(P, *dn, 2025, "令和７年度", "total", "outstanding", "target", tout * 1000, "yen", f"{c(tout)}千円")

        # 3 課題と対策 (items in a table whose header does not say 取組)
        para(doc, f"３　課題と対策（{canon}）", font=G, size=10.5, bold=True, before=8, after=3)
        issue, items, when = MEASURES[canon]
        t = doc.add_table(rows=2, cols=3)
        borders(t, sz=4)
        for j, h in enumerate(("課題", "対策", "実施時期")):
            set_text(t.cell(0, j), h, align="c", size=9, font=G, fill="D9E2F3")
        set_text(t.cell(1, 0), issue, size=9, valign="t")
        cell = t.cell(1, 1)
        first = True
        for lab, txt, st in items:
            line = f"{lab}　{txt}【{st}】"
            if first:
                set_text(cell, line, size=9, valign="t")
                first = False
            else:
                para(cell, line, size=9)
            g.init(P, canon, canon, 2025, "課題と対策", lab, txt, st)
        set_text(t.cell(1, 2), when, align="c", size=9)
        col_widths(t, [52, 100, 22])

        # 4 令和６年度の取組状況（１２月末）: prose with figures
        para(doc, "４　令和６年度の取組状況（１２月末現在）", font=G, size=10.5, bold=True, before=10, after=3)
        ac_now = sen(dec["ac"])
        ac_prev = sen(round(S[2023]["aa"] * S["dec0"]["ar"] / 100))
        diff = ac_now - ac_prev
        word = "増加" if diff >= 0 else "減少"
        txt = (f"　１２月末までに滞納繰越分として{c(ac_now)}千円を収納し、前年同期の{c(ac_prev)}千円と比べて"
               f"{c(abs(diff))}千円の{word}となった。現年度分の収納率は前年同期を"
               f"{abs(dec['cr'] - S['dec0']['cr']):.2f}ポイント上回っており、年度末には{ecr:.2f}％を見込んでいる。")
        para(doc, txt, size=10, line=1.5)
        g.fact(P, *dn, 2024, "１２月末", "arrears", "collected", "interim", ac_now * 1000, "yen", f"{c(ac_now)}千円",
               as_of=DEC)
        g.fact(P, *dn, 2023, "前年同期", "arrears", "collected", "interim", ac_prev * 1000, "yen", f"{c(ac_prev)}千円",
               as_of=DEC0)
        g.fact(P, *dn, 2024, "１２月末", "arrears", "difference", "interim", diff * 1000, "yen", f"{c(abs(diff))}千円の{word}",
               as_of=DEC)
        dcur = round(dec["cr"] - S["dec0"]["cr"], 2)
        assert dcur >= 0
        g.fact(P, *dn, 2024, "１２月末", "current", "difference", "interim", dcur, "points", f"{dcur:.2f}ポイント", as_of=DEC)
        g.fact(P, *dn, 2024, "年度末", "current", "collection_rate", "estimate", ecr, "percent", f"{ecr:.2f}％")
        if no < len(DEBTS):
            page_break(doc)
        P += 1

    cp = doc.core_properties
    cp.author = CITY
    cp.title = g.doc["title"]
    cp.last_modified_by = CITY
    docx_path = WORK / f"{STEM}.docx"
    doc.save(docx_path)
    pdf = soffice_pdf(docx_path, WORK / "out")
    dst = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, dst)
    g.write(dst)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
