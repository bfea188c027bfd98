"""甲府市議会 総務委員会記録（閉会中・所管事務調査「市の債権管理について」）— python-docx → LibreOffice."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e6_common import OUT, PDF_DIR, Gold, check, comma, rate, soffice_pdf, zen  # noqa: E402
from e6_docx import GOTHIC, header_footer, new_doc, page_break, para, table  # noqa: E402

STEM = "e_kofu_kaigiroku_1"
G = Gold(STEM)

# ---------------- data (千円) ----------------
# debt: (segments) current/arrears: (assessed, collected, written_off)
DATA = {
    "市税": {"current": (38412560, 38074318, 0), "arrears": (1523904, 479731, 98212)},
    "国民健康保険税": {"current": (6128450, 5752162, 0), "arrears": (2264318, 512873, 143506)},
    "介護保険料": {"current": (4871236, 4846079, 0), "arrears": (98412, 21457, 17930)},
}
SINGLE = {  # total only
    "保育所保育料": (1184630, 1152318, 3914),
    "水道料金": (4512870, 4478209, 5216),
}
ALL_OUT_2024 = 3862000000
ALL_OUT_2023 = 4129000000
# interim 9月末 rates (R7, R6同期)
INT = {("市税", "current"): (54.26, 53.95), ("市税", "arrears"): (18.09, 17.64),
       ("国民健康保険税", "current"): (38.72, 38.15), ("国民健康保険税", "arrears"): (9.81, 10.22),
       ("介護保険料", "current"): (51.37, 51.02), ("水道料金", "total"): (92.40, 92.11)}
AS7, AS6 = "2025-09-30", "2024-09-30"


def oku(yen: int) -> tuple[str, int]:
    """約１２億８，４００万円 (rounded to 百万円)."""
    v = int(round(yen / 1_000_000)) * 1_000_000
    o, man = divmod(v // 10000, 10000)
    s = (f"{o}億" if o else "") + (f"{man:,}万円" if man else "円")
    return "約" + zen(s), v


def z2(x):
    return zen(f"{x:.2f}")


def seg_vals(a, c, w):
    return a, c, w, a - c - w, rate(c, a)


def tot(debt):
    a = sum(DATA[debt][s][0] for s in DATA[debt])
    c = sum(DATA[debt][s][1] for s in DATA[debt])
    w = sum(DATA[debt][s][2] for s in DATA[debt])
    return seg_vals(a, c, w)


def build():
    d = new_doc(margins=(22, 22, 20, 20))
    header_footer(d, "総務委員会記録（令和７年１１月１８日）")
    s_head = G.sec("総務委員会記録")
    para(d, "甲府市議会", 12, align="center", font=GOTHIC)
    para(d, "総務委員会記録（閉会中）", 16, bold=True, align="center", font=GOTHIC, space_after=8)
    para(d, "１　日　　時　　令和７年１１月１８日（火）　午前１０時００分開議　午前１１時４２分散会")
    para(d, "２　場　　所　　第２委員会室")
    para(d, "３　会議に付した事件")
    para(d, "所管事務調査「市の債権管理について」", indent_mm=8)
    agenda = ["令和６年度決算における収入未済額の状況について",
              "令和７年度債権管理の取組状況（９月末現在）について"]
    for i, a in enumerate(agenda, 1):
        para(d, f"（{zen(i)}）{a}", indent_mm=12)
    para(d, "４　出席委員（７人）")
    members = [("委員長", "樋口　正和"), ("副委員長", "内藤　ゆかり"), ("委員", "長田　浩二"),
               ("委員", "深澤　美穂"), ("委員", "清水　達也"), ("委員", "山本　和彦"), ("委員", "石原　英明")]
    rows = []
    for k in range(0, len(members), 2):
        pair = members[k:k + 2]
        line = "　　".join(f"{r}　{n}" for r, n in pair)
        rows.append(line)
    for ln in rows:
        para(d, ln, indent_mm=12)
    para(d, "５　説明のため出席した者")
    staff = [("総務部長", "小林　隆之"), ("総務部債権管理課長", "雨宮　健"), ("総務部収納課長", "志村　直美"),
             ("福祉保健部国保年金課長", "功刀　博"), ("子ども未来部子ども・子育て支援課長", "中込　恵"),
             ("上下水道局お客さまサービス課長", "保坂　亮")]
    for r, n in staff:
        para(d, f"{r}　　{n}", indent_mm=12)
    para(d, "６　事務局出席者")
    sec_staff = [("議事調査課長", "望月　信也"), ("議事調査課主査", "石川　彩")]
    para(d, "　　".join(f"{r}　{n}" for r, n in sec_staff), indent_mm=12)
    para(d, "７　提出資料")
    materials = ["資料１　令和６年度決算　主な債権の収入状況", "資料２　債権管理の取組状況（令和７年９月末）"]
    for m in materials:
        para(d, m, indent_mm=12)
    para(d, "")
    para(d, "―――――――――――――――――――――――――――――――――――", align="center")
    para(d, "午前１０時００分開議", align="right")

    statements = []

    def say(marker_name, speaker, section, text):
        p = para(d, "", first_mm=0, space_after=4)
        from e6_docx import set_font, MINCHO
        r = p.add_run(f"○{marker_name}　")
        set_font(r, GOTHIC, 10.5, True)
        r2 = p.add_run(text)
        set_font(r2, MINCHO, 10.5)
        statements.append({"speaker": speaker, "section": section, "text": text})

    # ---- figures used in speech ----
    zt = tot("市税")
    kt = tot("国民健康保険税")
    sz_cur = seg_vals(*DATA["市税"]["current"])
    sz_arr = seg_vals(*DATA["市税"]["arrears"])
    kk_cur = seg_vals(*DATA["国民健康保険税"]["current"])
    hoiku = seg_vals(*SINGLE["保育所保育料"])
    all24, v24 = oku(ALL_OUT_2024)
    all23, v23 = oku(ALL_OUT_2023)
    zt_s, zt_v = oku(zt[3] * 1000)
    kt_s, kt_v = oku(kt[3] * 1000)
    ho_s, ho_v = oku(hoiku[3] * 1000)

    s1 = G.sec("（１）令和６年度決算における収入未済額の状況について")
    para(d, "【所管事務調査】　市の債権管理について", font=GOTHIC, bold=True)
    para(d, "（１）令和６年度決算における収入未済額の状況について", font=GOTHIC)
    sect1 = agenda[0]
    say("樋口委員長", "樋口委員長", sect1,
        "ただいまから総務委員会を開会いたします。本日は、閉会中の所管事務調査として「市の債権管理について」を議題といたします。"
        "初めに、令和６年度決算における収入未済額の状況について、理事者から説明を求めます。")
    say("小林総務部長", "小林総務部長", sect1,
        "本市では、債権管理条例に基づき、全庁の債権を一元的に把握し、収入未済額の縮減に取り組んでおります。"
        "詳細につきましては、債権管理課長から資料１により御説明申し上げます。")
    t = (f"資料１を御覧ください。令和６年度決算における本市の全会計の収入未済額は{all24}で、"
         f"令和５年度の{all23}から縮減いたしました。主な内訳といたしましては、市税が{zt_s}、"
         f"国民健康保険税が{kt_s}となっております。市税の収納率は、現年課税分が{z2(sz_cur[4])}％、"
         f"滞納繰越分が{z2(sz_arr[4])}％で、いずれも前年度を上回りました。"
         "滞納繰越分につきましては、財産調査を徹底し、換価できる財産がない事案は執行停止を行うなど、整理を進めた結果でございます。")
    say("雨宮債権管理課長", "雨宮債権管理課長", sect1, t)
    G.fact(s1, None, 2024, "令和６年度", "total", "outstanding", "actual", v24, "yen", all24, approx=True,
           debt_raw="全会計")
    G.fact(s1, None, 2023, "令和５年度", "total", "outstanding", "actual", v23, "yen", all23, approx=True,
           debt_raw="全会計")
    G.fact(s1, "市税", 2024, "令和６年度", "total", "outstanding", "actual", zt_v, "yen", zt_s, approx=True)
    G.fact(s1, "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", kt_v, "yen", kt_s, approx=True)
    G.fact(s1, "市税", 2024, "令和６年度", "current", "collection_rate", "actual", sz_cur[4], "percent",
           zen(f"{sz_cur[4]:.2f}") + "％")
    G.fact(s1, "市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", sz_arr[4], "percent",
           zen(f"{sz_arr[4]:.2f}") + "％")
    say("内藤副委員長", "内藤副委員長", sect1,
        "国民健康保険税の収入未済額が市税を上回っている状況ですが、現年課税分の収納状況と、今年度の見通しをお聞かせください。")
    k_prev = 93.41
    t = (f"国民健康保険税の令和６年度の現年課税分収納率は{z2(kk_cur[4])}％で、令和５年度の{z2(k_prev)}％を"
         f"上回りました。今年度は、９月末時点で現年課税分が{z2(INT[('国民健康保険税','current')][0])}％と、"
         f"前年同期の{z2(INT[('国民健康保険税','current')][1])}％を上回って推移しております。"
         "引き続き、納期限後の早期催告と口座振替の勧奨に努めてまいります。")
    say("功刀国保年金課長", "功刀国保年金課長", sect1, t)
    G.fact(s1, "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", kk_cur[4], "percent",
           zen(f"{kk_cur[4]:.2f}") + "％")
    G.fact(s1, "国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", k_prev, "percent",
           zen(f"{k_prev:.2f}") + "％")
    G.fact(s1, "国民健康保険税", 2025, "９月末時点", "current", "collection_rate", "interim",
           INT[("国民健康保険税", "current")][0], "percent", zen(f"{INT[('国民健康保険税','current')][0]:.2f}") + "％",
           as_of=AS7)
    G.fact(s1, "国民健康保険税", 2024, "前年同期", "current", "collection_rate", "interim",
           INT[("国民健康保険税", "current")][1], "percent", zen(f"{INT[('国民健康保険税','current')][1]:.2f}") + "％",
           as_of=AS6)
    say("長田委員", "長田委員", sect1, "保育所保育料について、収入未済額の規模と、卒園児への対応を伺います。")
    t = (f"保育所保育料の令和６年度末の収入未済額は{ho_s}でございます。在園児の保護者には園を通じて催告書をお渡しし、"
         "卒園児の保護者には郵送と電話で納付をお願いしております。児童手当からの特別徴収も活用しております。")
    say("中込子ども・子育て支援課長", "中込子ども・子育て支援課長", sect1, t)
    G.fact(s1, "保育所保育料", 2024, "令和６年度末", "total", "outstanding", "actual", ho_v, "yen", ho_s, approx=True)

    s2 = G.sec("（２）令和７年度債権管理の取組状況（９月末現在）について")
    para(d, "（２）令和７年度債権管理の取組状況（９月末現在）について", font=GOTHIC)
    sect2 = agenda[1]
    say("樋口委員長", "樋口委員長", sect2, "次に、令和７年度債権管理の取組状況について、説明を求めます。")
    zc, za = INT[("市税", "current")], INT[("市税", "arrears")]
    t = (f"資料２を御覧ください。市税の９月末現在の収納率は、現年課税分が{z2(zc[0])}％で、"
         f"前年同期の{z2(zc[1])}％に比べ上昇しております。滞納繰越分は{z2(za[0])}％で、前年同期の"
         f"{z2(za[1])}％を上回りました。なお、１０月２０日に開催した令和７年度第２回債権管理推進本部会議において、"
         "１２月を滞納整理強化月間とし、全庁で一斉催告と財産調査を行うことを確認しております。")
    say("志村収納課長", "志村収納課長", sect2, t)
    G.fact(s2, "市税", 2025, "９月末現在", "current", "collection_rate", "interim", zc[0], "percent",
           zen(f"{zc[0]:.2f}") + "％", as_of=AS7)
    G.fact(s2, "市税", 2024, "前年同期", "current", "collection_rate", "interim", zc[1], "percent",
           zen(f"{zc[1]:.2f}") + "％", as_of=AS6)
    G.fact(s2, "市税", 2025, "９月末現在", "arrears", "collection_rate", "interim", za[0], "percent",
           zen(f"{za[0]:.2f}") + "％", as_of=AS7)
    G.fact(s2, "市税", 2024, "前年同期", "arrears", "collection_rate", "interim", za[1], "percent",
           zen(f"{za[1]:.2f}") + "％", as_of=AS6)
    say("深澤委員", "深澤委員", sect2, "水道料金について、給水停止の運用も含め、現在の状況を教えてください。")
    w = INT[("水道料金", "total")]
    t = (f"水道料金の９月末時点の収納率は{z2(w[0])}％で、前年同期とほぼ同水準でございます。"
         "給水停止は、催告に応じない使用者に限り、事前に通知したうえで実施しております。"
         "今後は、スマートフォン決済の利用者拡大にも取り組んでまいります。")
    say("保坂お客さまサービス課長", "保坂お客さまサービス課長", sect2, t)
    G.fact(s2, "水道料金", 2025, "９月末時点", "total", "collection_rate", "interim", w[0], "percent",
           zen(f"{w[0]:.2f}") + "％", as_of=AS7)
    say("清水委員", "清水委員", sect2, "債権放棄の手続きについては、今年度どのように進める予定ですか。")
    say("雨宮債権管理課長", "雨宮債権管理課長", sect2,
        "私債権及び非強制徴収公債権のうち、時効期間を経過し回収の見込みがないものについて、"
        "条例に基づき放棄の手続きを進め、３月定例会で報告する予定でございます。")
    say("樋口委員長", "樋口委員長", sect2,
        "ほかにございませんか。――以上で、所管事務調査を終了いたします。これをもちまして総務委員会を散会いたします。")
    para(d, "午前１１時４２分散会", align="right")

    # ---- 別表 ----
    page_break(d)
    s3 = G.sec("別表１　主な債権の収入状況（令和６年度決算）")
    para(d, "別表１　主な債権の収入状況（令和６年度決算）", 11, font=GOTHIC, bold=True)
    para(d, "（単位：千円、収納率は％）", 9, align="right")
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    rows = [hdr]
    merges = []
    segl = {"current": "現年課税分", "arrears": "滞納繰越分", "total": "計"}
    mlist = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
    fy, fyr = 2024, "令和６年度"
    for debt in DATA:
        r0 = len(rows)
        for sg in ("current", "arrears", "total"):
            v = seg_vals(*DATA[debt][sg]) if sg != "total" else tot(debt)
            lab = segl[sg] if not (debt == "介護保険料" and sg == "current") else "現年度分"
            if debt == "介護保険料" and sg == "arrears":
                lab = "過年度分"
            rows.append([debt if sg == "current" else None, lab, comma(v[0]), comma(v[1]), comma(v[2]),
                         comma(v[3]), f"{v[4]:.2f}"])
            for m, val in zip(mlist, v):
                raw = f"{val:.2f}" if m == "collection_rate" else comma(val)
                G.fact(s3, debt, fy, fyr, sg, m, "actual", val if m == "collection_rate" else val * 1000,
                       "percent" if m == "collection_rate" else "yen", raw, row=lab)
        merges.append((r0, 0, r0 + 2, 0))
    for debt, tpl in SINGLE.items():
        v = seg_vals(*tpl)
        rows.append([debt, "計", comma(v[0]), comma(v[1]), comma(v[2]), comma(v[3]), f"{v[4]:.2f}"])
        for m, val in zip(mlist, v):
            raw = f"{val:.2f}" if m == "collection_rate" else comma(val)
            G.fact(s3, debt, fy, fyr, "total", m, "actual", val if m == "collection_rate" else val * 1000,
                   "percent" if m == "collection_rate" else "yen", raw, row=debt)
    table(d, rows, [34, 22, 26, 26, 22, 24, 16], size=8.5, align=["l", "c", "r", "r", "r", "r", "r"],
          merges=merges)
    para(d, "※ 収入未済額＝調定額－収入済額－不納欠損額。還付未済額は含まない。", 8.5)
    para(d, "")
    s4 = G.sec("別表２　９月末現在の収納率の比較")
    para(d, "別表２　９月末現在の収納率の比較", 11, font=GOTHIC, bold=True)
    para(d, "（単位：％、ポイント）", 9, align="right")
    rows = [["債権名・区分", "令和７年９月末", "令和６年９月末", "増減"]]
    labels = {("市税", "current"): "市税（現年課税分）", ("市税", "arrears"): "市税（滞納繰越分）",
              ("国民健康保険税", "current"): "国民健康保険税（現年課税分）",
              ("国民健康保険税", "arrears"): "国民健康保険税（滞納繰越分）",
              ("介護保険料", "current"): "介護保険料（現年度分）", ("水道料金", "total"): "水道料金"}
    for key, (a, b) in INT.items():
        diff = round(a - b, 2)
        ds = f"{diff:.2f}" if diff >= 0 else f"△{abs(diff):.2f}"
        rows.append([labels[key], f"{a:.2f}", f"{b:.2f}", ds])
        G.fact(s4, key[0], 2025, "令和７年９月末", key[1], "collection_rate", "interim", a, "percent", f"{a:.2f}",
               row=labels[key], as_of=AS7)
        G.fact(s4, key[0], 2024, "令和６年９月末", key[1], "collection_rate", "interim", b, "percent", f"{b:.2f}",
               row=labels[key], as_of=AS6)
    table(d, rows, [70, 30, 30, 24], size=9, align=["l", "r", "r", "r"])
    para(d, "※ 収納率は各年９月末日現在の収入済額を調定額で除したもの。", 8.5)

    docx = OUT / f"{STEM}.docx"
    OUT.mkdir(parents=True, exist_ok=True)
    d.save(docx)
    pdf = soffice_pdf(docx, PDF_DIR / f"{STEM}.pdf", "kofu")

    attendees = [{"role": r, "name": n.replace("　", "")} for r, n in members]
    attendees += [{"role": r, "name": n.replace("　", "")} for r, n in staff]
    attendees += [{"role": r, "name": n.replace("　", "")} for r, n in sec_staff]
    minutes = {"title": "甲府市議会 総務委員会記録", "meeting_number": None, "date": "2025-11-18", "method": None,
               "attendees": attendees, "agenda": agenda, "materials": materials, "statements": statements}
    document = {"kind": "minutes", "municipality": "甲府市", "title": "甲府市議会 総務委員会記録（閉会中）",
                "date": "2025-11-18", "date_raw": "令和７年１１月１８日（火）"}
    gold = G.write(pdf, document, minutes)
    print(STEM, check(pdf, gold))


if __name__ == "__main__":
    build()
