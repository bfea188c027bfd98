"""fp_kameoka_minutes_1: council committee record (委員会記録) discussing 収納対策.

Tool chain: python-docx -> LibreOffice (soffice --headless --convert-to pdf).
Run from corpus/frozen36:  python3 build/fp_kameoka_minutes_1.py
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fp_common import (Gold, PDF_DIR, WORK, c, check, oku_man, rate, round_man, sen, soffice_pdf,  # noqa: E402
                       tri, zen)
from fp_docx import (all_rows, borders, col_widths, new_doc, no_borders, page_break, para, set_text,  # noqa: E402
                     shade)

STEM = "fp_kameoka_minutes_1"
CITY = "亀岡市"
G = "IPAexGothic"
M = "IPAexMincho"

# ------------------------------------------------------------------ data (yen)
# debt: (canonical, printed in table, {fy: (cur assessed, cur rate, arr assessed, arr rate, write-off)})
DEBTS = [
    ("市税", "市税", {2023: (12486531870, 99.28, 412866540, 26.40, 18412300),
                    2022: (12301884120, 99.16, 431207660, 24.60, 21035800)}),
    ("国民健康保険税", "国保税", {2023: (1684225400, 94.62, 512334800, 19.85, 31208900),
                            2022: (1721905300, 94.31, 548771200, 18.92, 35114600)}),
    ("介護保険料", "介護保険料", {2023: (2108442600, 99.02, 41208300, 14.56, 9871200),
                          2022: (2086330100, 98.95, 43877100, 13.80, 10206400)}),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", {2023: (1012338700, 99.58, 9874100, 38.20, 1102300),
                                    2022: (968224500, 99.51, 10336800, 35.41, 1288900)}),
    ("保育所保育料", "保育所保育料", {2023: (214887200, 99.12, 12104600, 16.20, 1231600),
                            2022: (221350800, 98.76, 13402100, 15.10, 1502300)}),
    ("市営住宅使用料", "市営住宅使用料", {2023: (168204000, 97.85, 38660500, 12.44, 2410000),
                              2022: (170118600, 97.60, 40215300, 11.95, 2804100)}),
    ("下水道使用料", "下水道使用料", {2023: (1540662300, 99.41, 18204700, 32.60, 3102800),
                            2022: (1528901200, 99.35, 19108400, 31.22, 3388600)}),
]


def figures(spec):
    ca, cr, aa, ar, wo = spec
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    assert rate(cc, ca) == cr and rate(ac, aa) == ar, spec
    A, C = ca + aa, cc + ac
    out_cur = ca - cc
    out_arr = aa - ac - wo
    return {"ca": ca, "cc": cc, "cr": cr, "aa": aa, "ac": ac, "ar": ar, "wo": wo, "A": A, "C": C,
            "R": rate(C, A), "out": A - C - wo, "out_cur": out_cur, "out_arr": out_arr}


FIG = {d[0]: {fy: figures(s) for fy, s in d[2].items()} for d in DEBTS}


def zc(n):
    return zen(c(n))


def zp(x, nd=2):
    return zen(f"{x:.{nd}f}")


def zman(yen):
    """'約３億７，５００万円'-style string (full-width digits and commas)."""
    return zen(oku_man(yen)).replace(",", "，")


# ------------------------------------------------------------------ build
def build():
    g = Gold(STEM, "minutes", "minutes", CITY, "総務文教常任委員会記録", "2024-12-13", "令和６年１２月１３日（金）")
    d = new_doc(font=M, size=10.5, margins=(20, 20, 18, 20))

    statements = []
    section = [None]

    def S(page, speaker, text):
        """one ○ block: '○' + speaker + '　' + text (text may hold \n for a new paragraph)."""
        parts = text.split("\n")
        para(d, [("○" + speaker, {"font": G, "bold": True}), ("　" + parts[0], {})], indent=0, first=0,
             after=2, line=1.45, size=11)
        for p in parts[1:]:
            para(d, "　" + p, after=2, line=1.45, size=11)
        statements.append({"speaker": speaker, "section": section[0], "text": "".join(parts), "page": page})

    def H(text):
        section[0] = text.split("　", 1)[-1] if text.startswith(("議案", "報告")) else text
        para(d, text, font=G, bold=True, before=5, after=2)

    # ---------------------------------------------------------------- page 1
    para(d, "令和６年１２月亀岡市議会定例会", align="c", font=G, size=11)
    para(d, "総務文教常任委員会記録", align="c", font=G, size=16, bold=True, after=8)
    rows = [("１　日　時", "令和６年１２月１３日（金）　午前１０時００分開会　午後２時４５分閉会"),
            ("２　場　所", "市役所本館３階　第１委員会室"),
            ("３　出席者", "委員８名、理事者９名、事務局２名")]
    for a, b in rows:
        para(d, [(a + "　　", {"font": G}), (b, {})], after=1)
    para(d, "（１）出席委員（８名）", indent=21, after=1)
    members = [("委員長", "山内　健一"), ("副委員長", "西田　真弓"), ("委員", "竹中　和夫"), ("委員", "松本　恵子"),
               ("委員", "岩城　正人"), ("委員", "大谷　明"), ("委員", "長谷川　聡"), ("委員", "福井　紀子")]
    t = d.add_table(rows=2, cols=4)
    no_borders(t)
    for i, (role, name) in enumerate(members):
        set_text(t.cell(i // 4, i % 4), f"{role}　{name}", size=10)
    col_widths(t, [44, 44, 44, 44])
    para(d, "（２）説明のため出席した理事者（９名）", indent=21, before=2, after=1)
    rijisha = ["総務部長", "税務課長", "収納対策課長", "財政課長", "健康・福祉部長", "保険・年金課長",
               "子ども・若者部長", "保育課長", "上下水道部経営課長"]
    para(d, "　" + "・".join(rijisha), indent=30, after=1)
    para(d, "（３）事務局（２名）", indent=21, before=2, after=1)
    jimu = [("議会事務局次長", "岡田　恵美"), ("議事調査係主査", "坂本　勇気")]
    para(d, "　" + "　　".join(f"{a}　{b}" for a, b in jimu), indent=30, after=3)
    para(d, [("４　案　件", {"font": G})], after=1)
    agenda = ["議案第９２号　亀岡市税条例等の一部改正について",
              "報告第１５号　令和５年度市税等の収納状況及び収納対策の取組について",
              "報告第１６号　令和６年度第２回亀岡市債権管理推進本部会議の開催結果について"]
    for i, a in enumerate(agenda, 1):
        para(d, f"（{zen(i)}）{a}", indent=21, after=1)
    para(d, [("５　会議の概要", {"font": G})], before=4, after=2)

    section[0] = "開会"
    S(1, "山内委員長", "ただいまから総務文教常任委員会を開会いたします。本日は、付託を受けました議案１件及び報告２件について審査を行います。"
      "それでは、議案第９２号、亀岡市税条例等の一部改正についてを議題とし、理事者の説明を求めます。中川税務課長。")
    H("議案第９２号　亀岡市税条例等の一部改正について")
    S(1, "中川税務課長", "議案第９２号につきまして御説明申し上げます。本案は、地方税法等の一部改正に伴い、個人市民税の定額減税に関する規定を整備するとともに、"
      "公示送達の方法を見直すものでございます。施行日は公布の日とし、一部の規定は令和７年１月１日から施行いたします。")
    S(1, "竹中委員", "公示送達の見直しについて、市民への影響はどのように考えているのか。")
    S(1, "中川税務課長", "これまで掲示場への掲示に限っておりました公示送達を、市のホームページでも閲覧できるようにするものでございまして、"
      "送達を受ける方の権利が損なわれることはないと考えております。")
    S(1, "山内委員長", "ほかに質疑はございませんか。（「なし」の声あり）質疑を終結し、採決いたします。議案第９２号は原案のとおり可決すべきものと決することに"
      "賛成の委員の挙手を求めます。（賛成者挙手）挙手全員であります。よって、議案第９２号は原案のとおり可決すべきものと決しました。")
    page_break(d)

    # ---------------------------------------------------------------- page 2
    P = 2
    f23, f22 = FIG["市税"][2023], FIG["市税"][2022]
    H("報告第１５号　令和５年度市税等の収納状況及び収納対策の取組について")
    S(P, "山内委員長", "次に、報告第１５号、令和５年度市税等の収納状況及び収納対策の取組についてを議題といたします。村上収納対策課長。")
    d_cur = round(f23["cr"] - f22["cr"], 2)
    d_arr = round(f23["ar"] - f22["ar"], 2)
    out23 = round_man(f23["out"], 100)
    dout = round_man(f22["out"] - f23["out"], 100)
    all_out = sum(FIG[k][2023]["out"] for k in FIG)
    all_out_r = round_man(all_out, 100)
    r_cur, r_arr, r_tot = zp(f23["cr"]) + "％", zp(f23["ar"]) + "％", zp(f23["R"]) + "％"
    s_out, s_dout, s_all = "約" + zman(out23), "約" + zman(dout), "約" + zman(all_out_r)
    S(P, "村上収納対策課長",
      f"お手元の配付資料に基づき御報告いたします。令和５年度の市税の収納率は、現年課税分が{r_cur}で、前年度と比べて{zp(d_cur)}ポイント上昇いたしました。"
      f"滞納繰越分は{r_arr}で、前年度から{zp(d_arr)}ポイントの上昇でございます。現年課税分と滞納繰越分を合わせた収納率は{r_tot}となりました。"
      f"\n収入未済額は{s_out}で、前年度と比べて{s_dout}の減少となっております。市税以外の債権を含めた収入未済額の合計は{s_all}でございます。")
    fy, fr = 2023, "令和５年度"
    g.fact(P, "市税", "市税", fy, fr, "current", "collection_rate", "actual", f23["cr"], "percent", r_cur)
    g.fact(P, "市税", "市税", fy, fr, "current", "difference", "actual", d_cur, "points", zp(d_cur) + "ポイント")
    g.fact(P, "市税", "市税", fy, fr, "arrears", "collection_rate", "actual", f23["ar"], "percent", r_arr)
    g.fact(P, "市税", "市税", fy, fr, "arrears", "difference", "actual", d_arr, "points", zp(d_arr) + "ポイント")
    g.fact(P, "市税", "市税", fy, fr, "total", "collection_rate", "actual", f23["R"], "percent", r_tot)
    g.fact(P, "市税", "市税", fy, fr, "total", "outstanding", "actual", out23, "yen", s_out, approx=True)
    g.fact(P, "市税", "市税", fy, fr, "total", "difference", "actual", -dout, "yen", s_dout, approx=True)
    g.fact(P, None, None, fy, fr, "total", "outstanding", "actual", all_out_r, "yen", s_all, approx=True)

    S(P, "竹中委員", "収入未済額が減少していることは評価するが、滞納繰越分の収納率は依然として３割に届いていない。差押えなどの滞納処分の状況はどうか。")
    S(P, "村上収納対策課長", "令和５年度の差押件数は４１２件で、令和４年度の３８６件から２６件増加しております。預貯金や給与の調査を早期に行い、"
      "納付や相談のない方には速やかに処分を行っております。また、京都地方税機構への移管分を含めた市税の滞納者数は２，１５４人で、前年度から１４８人減少いたしました。")
    g.fact(P, "市税", "市税", 2023, "令和５年度", "total", "delinquents", "actual", 2154, "persons", "２，１５４人")
    g.fact(P, "市税", "市税", 2023, "令和５年度", "total", "difference", "actual", -148, "persons", "１４８人減少")

    S(P, "竹中委員", "京都地方税機構へ移管した案件について、市として進捗をどのように把握しているのか。")
    S(P, "村上収納対策課長", "移管した案件は、機構の地方事務所と毎月の連絡会議で処理状況を確認しております。"
      "分納が滞っている案件や、財産が判明した案件の一覧を共有し、市でも納付相談に応じられるようにしております。")
    S(P, "松本委員", "国保税についても伺いたい。滞納繰越分の収納率が２割を下回っていると聞いているが、今年度の状況はどうか。")
    k23 = FIG["国民健康保険税"][2023]
    S(P, "荒木保険・年金課長",
      f"国民健康保険税の令和５年度の収納率は、現年課税分が{zp(k23['cr'])}％、滞納繰越分が{zp(k23['ar'])}％でございました。"
      "今年度は、令和６年９月末時点で現年課税分が４１．３０％となっており、前年同月と比べて０．４８ポイント上回っております。"
      "年度末の現年課税分の収納率は９４．９％程度を見込んでおり、目標の９５．０％に近づけるよう取り組んでまいります。")
    kd = ("国民健康保険税", "国民健康保険税")
    g.fact(P, *kd, 2023, "令和５年度", "current", "collection_rate", "actual", k23["cr"], "percent", zp(k23["cr"]) + "％")
    g.fact(P, *kd, 2023, "令和５年度", "arrears", "collection_rate", "actual", k23["ar"], "percent", zp(k23["ar"]) + "％")
    g.fact(P, *kd, 2024, "令和６年９月末", "current", "collection_rate", "interim", 41.30, "percent", "４１．３０％",
           as_of="2024-09-30")
    g.fact(P, *kd, 2024, "令和６年９月末", "current", "difference", "interim", 0.48, "points", "０．４８ポイント",
           as_of="2024-09-30")
    g.fact(P, *kd, 2024, "年度末", "current", "collection_rate", "estimate", 94.9, "percent", "９４．９％程度", approx=True)
    g.fact(P, *kd, 2024, "目標", "current", "collection_rate", "target", 95.0, "percent", "９５．０％")
    h23, h22 = FIG["保育所保育料"][2023], FIG["保育所保育料"][2022]
    S(P, "岩城委員", "保育料の未収金について伺いたい。卒園した世帯の滞納が残り続けているのではないか。")
    h_out = round(h23["out"], -4)
    h_arr = round(h23["out_arr"], -4)
    so, sa = zen(f"{h_out // 10000:,}万円").replace(",", "，"), zen(f"{h_arr // 10000:,}万円").replace(",", "，")
    S(P, "吉村保育課長",
      f"保育所保育料の令和５年度末の収入未済額は{so}で、このうち滞納繰越分が{sa}でございます。御指摘のとおり、卒園後の世帯の滞納が大半を占めております。"
      f"在園中の世帯には児童手当からの徴収の申出を積極的にお勧めしており、現年度分の収納率は{zp(h23['cr'])}％と、前年度の{zp(h22['cr'])}％を上回りました。")
    hd = ("保育所保育料", "保育所保育料")
    g.fact(P, *hd, 2023, "令和５年度末", "total", "outstanding", "actual", h_out, "yen", so)
    g.fact(P, *hd, 2023, "令和５年度末", "arrears", "outstanding", "actual", h_arr, "yen", sa)
    g.fact(P, *hd, 2023, "令和５年度", "current", "collection_rate", "actual", h23["cr"], "percent", zp(h23["cr"]) + "％")
    g.fact(P, *hd, 2022, "前年度", "current", "collection_rate", "actual", h22["cr"], "percent", zp(h22["cr"]) + "％")
    page_break(d)

    # ---------------------------------------------------------------- page 3
    P = 3

    s23 = FIG["下水道使用料"][2023]
    S(P, "長谷川委員", "下水道使用料の収納状況はどうか。コンビニ納付やスマートフォン決済の利用状況も併せて伺う。")
    S(P, "石田上下水道部経営課長",
      f"下水道使用料の令和５年度の収納率は、現年度分で{zp(s23['cr'])}％、滞納繰越分で{zp(s23['ar'], 1)}％でございます。"
      "スマートフォン決済による納付は水道料金と合わせて年々増えておりまして、口座振替と並ぶ納付方法として定着しつつあると考えております。")
    sd = ("下水道使用料", "下水道使用料")
    g.fact(P, *sd, 2023, "令和５年度", "current", "collection_rate", "actual", s23["cr"], "percent", zp(s23["cr"]) + "％")
    g.fact(P, *sd, 2023, "令和５年度", "arrears", "collection_rate", "actual", round(s23["ar"], 1), "percent",
           zp(s23["ar"], 1) + "％")

    S(P, "長谷川委員", "水道料金と一体で請求しているのであれば、給水停止の予告なども収納に効果があるのではないか。")
    S(P, "石田上下水道部経営課長", "給水停止予告は水道料金の滞納に対して行っておりますが、下水道使用料も同じ納入通知書で請求しているため、"
      "結果として下水道使用料の収納にもつながっております。今後も両方の料金を合わせて早期の納付をお願いしてまいります。")
    S(P, "大谷委員", "債権ごとに担当課が個別に対応していては限界がある。市として債権管理を一元化する考えはないのか。")
    S(P, "藤原総務部長", "強制徴収公債権につきましては、収納対策課で滞納整理を引き受ける仕組みを令和４年度から段階的に広げてまいりました。"
      "非強制徴収公債権や私債権につきましても、債権管理推進本部会議において所管課ごとの進捗を確認しながら、一元化の範囲を検討してまいります。")
    S(P, "大谷委員", "検討にとどまらず、具体的な時期を示して取り組んでいただきたい。")
    S(P, "藤原総務部長", "令和７年度中には方針を取りまとめ、本委員会にも御報告させていただきます。")
    S(P, "山内委員長", "ほかに質疑はございませんか。（「なし」の声あり）以上で報告第１５号を終わります。")
    H("報告第１６号　令和６年度第２回亀岡市債権管理推進本部会議の開催結果について")
    S(P, "山内委員長", "次に、報告第１６号、令和６年度第２回亀岡市債権管理推進本部会議の開催結果についてを議題といたします。藤原総務部長。")
    S(P, "藤原総務部長",
      "第２回本部会議は、令和６年１１月２２日付けで各本部員に資料を送付し、書面により開催いたしました。議題は、令和６年度上半期の債権別収納状況と、"
      "滞納整理強化月間の実施計画の２件でございます。"
      "\n上半期末、すなわち９月末時点の市税等全体の収入未済額は約１８億４，０００万円で、前年同期と比べて約６，２００万円の減少となっております。"
      "また、滞納整理強化月間は１２月とし、全ての債権所管課が一斉に電話催告、訪問催告及び財産調査に取り組むことを確認いたしました。")
    g.fact(P, None, None, 2024, "令和６年度上半期", "total", "outstanding", "interim", 1840000000, "yen",
           "約１８億４，０００万円", approx=True, as_of="2024-09-30")
    g.fact(P, None, None, 2024, "令和６年度上半期", "total", "difference", "interim", -62000000, "yen",
           "約６，２００万円", approx=True, as_of="2024-09-30")
    page_break(d)

    # ---------------------------------------------------------------- page 4
    P = 4
    S(P, "福井委員", "書面での開催ということだが、本部員同士で十分な議論ができたのか。")
    S(P, "藤原総務部長", "各本部員からは書面で意見をいただき、回答は全て事務局で取りまとめて共有しております。"
      "意見のうち、所管課の体制に関わるものにつきましては、来年度の組織の検討の中で対応してまいります。")
    S(P, "西田副委員長", "強化月間の取組について、市民への周知はどのように行うのか。")
    S(P, "藤原総務部長", "広報紙の１２月号とホームページに掲載するほか、公用車に啓発用のマグネットシートを掲示いたします。"
      "また、納付相談の窓口を土曜日にも開設し、日中に来庁が難しい方にも御相談いただけるようにいたします。")
    S(P, "福井委員", "強化月間の成果は、年度末の報告で数値を示していただきたい。")
    S(P, "藤原総務部長", "強化月間の実績は、令和６年度の決算見込とともに、次回の委員会で御報告いたします。")
    S(P, "山内委員長", "以上で本日の案件は全て終了いたしました。これをもって総務文教常任委員会を閉会いたします。")
    para(d, "午後２時４５分閉会", align="r", before=6, after=12)
    para(d, "亀岡市議会委員会条例第３０条の規定により、ここに署名する。", before=4, after=4)
    para(d, "総務文教常任委員会委員長　　山内　健一", align="r", after=2)
    page_break(d)

    # ---------------------------------------------------------------- page 5 (配付資料)
    P = 5
    para(d, "【委員会配付資料】報告第１５号関係", font=G, size=10)
    para(d, "令和５年度　市税等収納状況一覧", align="c", font=G, size=13, bold=True, before=4, after=2)
    para(d, "（単位：千円、％）", align="r", size=9)
    head = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率\n（前年度）", "未済額増減\n（対前年度）"]
    t = d.add_table(rows=1 + len(DEBTS) + 1, cols=len(head))
    borders(t, sz=4)
    for j, h in enumerate(head):
        set_text(t.cell(0, j), h, align="c", size=9, font=G, fill="D9D9D9")
    tot = {k: 0 for k in ("A", "C", "wo", "out", "A22", "C22", "out22")}
    fy, fr = 2023, "令和５年度"
    for i, (canon, short, _) in enumerate(DEBTS, 1):
        a, b = FIG[canon][2023], FIG[canon][2022]
        cells = [short, c(sen(a["A"])), c(sen(a["C"])), c(sen(a["wo"])), c(sen(a["out"])),
                 f"{a['R']:.2f}（{b['R']:.2f}）", tri(sen(a["out"]) - sen(b["out"]))]
        for j, v in enumerate(cells):
            set_text(t.cell(i, j), v, align="l" if j == 0 else "r", size=9)
        g.fact(P, canon, short, fy, fr, "total", "assessed", "actual", sen(a["A"]) * 1000, "yen", cells[1])
        g.fact(P, canon, short, fy, fr, "total", "collected", "actual", sen(a["C"]) * 1000, "yen", cells[2])
        g.fact(P, canon, short, fy, fr, "total", "written_off", "actual", sen(a["wo"]) * 1000, "yen", cells[3])
        g.fact(P, canon, short, fy, fr, "total", "outstanding", "actual", sen(a["out"]) * 1000, "yen", cells[4])
        g.fact(P, canon, short, fy, fr, "total", "collection_rate", "actual", a["R"], "percent", f"{a['R']:.2f}")
        g.fact(P, canon, short, 2022, "前年度", "total", "collection_rate", "actual", b["R"], "percent", f"（{b['R']:.2f}）")
        g.fact(P, canon, short, fy, fr, "total", "difference", "actual", (sen(a["out"]) - sen(b["out"])) * 1000, "yen",
               cells[6])
        for k, src in (("A", a["A"]), ("C", a["C"]), ("wo", a["wo"]), ("out", a["out"]), ("A22", b["A"]),
                       ("C22", b["C"]), ("out22", b["out"])):
            tot[k] += sen(src)
    n = len(DEBTS) + 1
    R = rate(tot["C"], tot["A"])
    R22 = rate(tot["C22"], tot["A22"])
    cells = ["計", c(tot["A"]), c(tot["C"]), c(tot["wo"]), c(tot["out"]), f"{R:.2f}（{R22:.2f}）",
             tri(tot["out"] - tot["out22"])]
    for j, v in enumerate(cells):
        set_text(t.cell(n, j), v, align="c" if j == 0 else "r", size=9, font=G, fill="F2F2F2")
    g.fact(P, None, "計", fy, fr, "total", "assessed", "actual", tot["A"] * 1000, "yen", cells[1])
    g.fact(P, None, "計", fy, fr, "total", "collected", "actual", tot["C"] * 1000, "yen", cells[2])
    g.fact(P, None, "計", fy, fr, "total", "written_off", "actual", tot["wo"] * 1000, "yen", cells[3])
    g.fact(P, None, "計", fy, fr, "total", "outstanding", "actual", tot["out"] * 1000, "yen", cells[4])
    g.fact(P, None, "計", fy, fr, "total", "collection_rate", "actual", R, "percent", f"{R:.2f}")
    g.fact(P, None, "計", 2022, "前年度", "total", "collection_rate", "actual", R22, "percent", f"（{R22:.2f}）")
    g.fact(P, None, "計", fy, fr, "total", "difference", "actual", (tot["out"] - tot["out22"]) * 1000, "yen", cells[6])
    col_widths(t, [30, 24, 24, 21, 23, 30, 20])
    all_rows(t, 7.5)
    arr_out = sen(FIG["市税"][2023]["out_arr"])
    note1 = "※１　国保税＝国民健康保険税。収納率は現年度分と滞納繰越分を合わせたもの。"
    note2 = f"※２　市税の収入未済額のうち滞納繰越分　{c(arr_out)}千円"
    para(d, note1, size=8.5, before=2)
    para(d, note2, size=8.5)
    g.fact(P, "市税", "市税", 2023, "令和５年度", "arrears", "outstanding", "actual", arr_out * 1000, "yen",
           f"{c(arr_out)}千円")

    # 【参考】box with label：value bullets
    bx = d.add_table(rows=1, cols=1)
    borders(bx, sz=8)
    cell = bx.cell(0, 0)
    set_text(cell, "【参考】令和６年９月末現在の市税の収納状況（かっこ内は前年同月）", size=9.5, font=G, bold=True)
    ref = [("現年課税分", 48.62, 48.10, "current"), ("滞納繰越分", 14.35, 13.02, "arrears")]
    for lab, v, v0, seg in ref:
        s = f"・{lab}：{zp(v)}％（{zp(v0)}％）"
        para(cell, s, size=9.5, indent=8)
        g.fact(P, "市税", "市税", 2024, "令和６年９月末", seg, "collection_rate", "interim", v, "percent", zp(v) + "％",
               as_of="2024-09-30")
        g.fact(P, "市税", "市税", 2023, "前年同月", seg, "collection_rate", "interim", v0, "percent", f"（{zp(v0)}％）",
               as_of="2023-09-30")
    para(cell, "・収入済額：６，０７１，２０４千円", size=9.5, indent=8)
    g.fact(P, "市税", "市税", 2024, "令和６年９月末", "total", "collected", "interim", 6071204000, "yen",
           "６，０７１，２０４千円", as_of="2024-09-30")
    col_widths(bx, [172])
    para(d, "", after=2)

    bx2 = d.add_table(rows=1, cols=1)
    borders(bx2, sz=4)
    cell = bx2.cell(0, 0)
    set_text(cell, "【収納率】令和６年９月末時点（国民健康保険税）", size=9.5, font=G, bold=True, fill="EFEFEF")
    for lab, v, seg in (("現年分", 41.30, "current"), ("滞納繰越分", 12.85, "arrears")):
        para(cell, f"　{lab}　{zp(v)}％", size=9.5)
        g.fact(P, "国民健康保険税", "国民健康保険税", 2024, "令和６年９月末", seg, "collection_rate", "interim", v,
               "percent", zp(v) + "％", as_of="2024-09-30")
    col_widths(bx2, [172])

    para(d, "今後の主な取組", font=G, bold=True, before=8, after=2)
    items = [("①", "滞納初期の電話催告とＳＭＳ催告を組み合わせ、現年度分の新たな滞納の発生を抑える。", "継続"),
             ("②", "京都地方税機構との合同で財産調査を行い、高額・長期の滞納案件の処分を進める。", "継続"),
             ("③", "国保税及び保育料について、口座振替の原則化とＷｅｂ口座振替受付を導入する。", "新規"),
             ("④", "債権所管課の職員を対象に、滞納処分と債権放棄の実務研修を年２回実施する。", "拡充")]
    for lab, txt, st in items:
        para(d, f"{lab}　{txt}【{st}】", size=10, indent=10, first=-10, after=1)
        g.init(P, None, None, 2024, "今後の主な取組", lab, txt, st)

    g.minutes = {
        "title": "令和６年１２月亀岡市議会定例会 総務文教常任委員会記録",
        "meeting_number": None,
        "date": "2024-12-13",
        "method": None,
        "attendees": [{"role": r, "title": None, "name": n} for r, n in members]
        + [{"role": "理事者", "title": t_, "name": None} for t_ in rijisha]
        + [{"role": "事務局", "title": a, "name": b} for a, b in jimu],
        "agenda": agenda,
        "materials": ["報告第１５号関係　令和５年度　市税等収納状況一覧"],
        "statements": statements,
    }

    cp = d.core_properties
    cp.author = CITY
    cp.title = g.doc["title"]
    cp.last_modified_by = CITY
    docx_path = WORK / f"{STEM}.docx"
    d.save(docx_path)
    pdf = soffice_pdf(docx_path, WORK / "out")
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    dst = PDF_DIR / f"{STEM}.pdf"
    shutil.copy(pdf, dst)
    g.write(dst)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
