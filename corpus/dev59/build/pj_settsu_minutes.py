"""摂津市議会 総務建設常任委員会記録（令和７年９月定例会・債権管理の所管事務調査） — python-docx -> LibreOffice.
Run from corpus/dev59:  python3 build/pj_settsu_minutes.py"""
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pj_common import Gold, comma, zen, ROOT, check  # noqa: E402

STEM = "pj_settsu_minutes_1"
WORK = Path("/tmp/pj_work")
TITLE = "摂津市議会総務建設常任委員会記録"
G = Gold(STEM, "minutes", "minutes", "摂津市", TITLE, "2025-09-18", "令和７年９月１８日（木）")
F = G.fact
FY, PFY = 2024, 2023
FYR = "令和６年度"

# 令和６年度決算（千円）: name printed, canonical, assessed, collected, written_off ; R5 outstanding
D = [("市税", "市税", 16842519, 16451487, 18204, 421560),
     ("国民健康保険税", "国民健康保険料", 2201450, 1803622, 39120, 372905),
     ("介護保険料", "介護保険料", 1512870, 1491455, 4906, 17840),
     ("後期高齢者医療保険料", "後期高齢者医療保険料", 1021335, 1016228, 612, 4912),
     ("保育料", "保育料", 198442, 192170, 1210, 6327),
     ("市営住宅使用料", "市営住宅使用料", 142305, 97512, 1003, 46218),
     ("生活保護費返還金", "生活保護費返還金", 241880, 33604, 1210, 201455),
     ("その他", None, 1262450, 422811, 6104, 884170)]
OUT = {d[0]: d[2] - d[3] - d[4] for d in D}
TOT_OUT = sum(OUT.values())
TOT_OUT5 = sum(d[5] for d in D)
TAX_CUR = (16394802, 16265271)
TAX_ARR = (D[0][2] - TAX_CUR[0], D[0][3] - TAX_CUR[1])
KOK_CUR = (1780336, 1688996)
KOK_ARR = (D[1][2] - KOK_CUR[0], D[1][3] - KOK_CUR[1])


def r2(c, a):
    return round(c / a * 100, 2)


def man(kyen):  # 千円 -> 「約X億Y万円」 rounded to 100万円
    m = round(kyen / 1000) * 100  # 万円, rounded to 100万円
    oku, rest = divmod(m, 10000)
    s = (f"{oku}億" if oku else "") + (f"{rest:,}万円" if rest else "円")
    return "約" + s, m * 10000


def setfont(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)


def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = 1.25

    def P(s="", size=10.5, bold=False, font="IPAexMincho", align=None, indent=None, first=None, tabs=None):
        p = doc.add_paragraph()
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent is not None:
            p.paragraph_format.left_indent = Mm(indent)
        if first is not None:
            p.paragraph_format.first_line_indent = Mm(first)
        for pos, al in (tabs or []):
            p.paragraph_format.tab_stops.add_tab_stop(Mm(pos), al)
        if s:
            setfont(p.add_run(s), font, size, bold)
        return p

    def brk():
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    # -------------------------------------------------------------- page 1: header and attendee lists
    P("令和７年９月定例会", 10.5)
    P(TITLE, 15, True, "IPAexGothic", "c")
    P()
    P("１　会議日時　令和７年９月１８日（木）午前１０時００分 開会")
    P("午前１１時４７分 閉会", indent=28)
    P("２　場　　所　第二委員会室")
    members = [("委員長", "村上　英司"), ("副委員長", "岡本　真理"), ("委員", "福田　健吾"), ("委員", "西川　恵子"),
               ("委員", "中井　隆"), ("委員", "吉岡　さとみ")]
    P(f"３　出席委員（{zen(len(members))}名）")
    for role, name in members:
        P(f"{role}\t{name}", indent=10, tabs=[(40, WD_TAB_ALIGNMENT.LEFT)])
    P("４　欠席委員（１名）")
    P("委員\t大森　浩之", indent=10, tabs=[(40, WD_TAB_ALIGNMENT.LEFT)])
    staff = [("副市長", "高木　修"), ("総務部長", "山下　直樹"), ("総務部次長兼債権管理課長", "田村　一郎"),
             ("市民生活部長", "坂口　洋子"), ("保健福祉部長", "北野　誠"), ("こども・教育部長", "松本　敦子"),
             ("建設部長", "井上　康弘")]
    P("５　説明のため出席した者")
    for t, name in staff:
        P(f"{t}\t{name}", indent=10, tabs=[(75, WD_TAB_ALIGNMENT.LEFT)])
    secr = [("議会事務局長", "森　俊介"), ("議会事務局次長", "小川　恵"), ("書記", "石田　健太")]
    P(f"６　事務局職員（{zen(len(secr))}名）")
    for t, name in secr:
        P(f"{t}\t{name}", indent=10, tabs=[(75, WD_TAB_ALIGNMENT.LEFT)])
    agenda = ["所管事務調査「市の債権管理の取組状況について」", "報告事項「摂津市債権管理計画の改定について」"]
    P("７　案　　件")
    for i, a in enumerate(agenda, 1):
        P(f"（{zen(i)}）{a}", indent=5)
    materials = ["資料１　令和６年度 主な債権の収入未済額等", "資料２　摂津市債権管理計画（改定案）の概要"]
    P("８　配布資料")
    for m in materials:
        P(m, indent=5)
    G.minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-18", "method": None,
                 "attendees": [{"role": r, "name": n.replace("　", " ")} for r, n in members]
                 + [{"role": t, "title": t, "name": n.replace("　", " ")} for t, n in staff]
                 + [{"role": t, "title": t, "name": n.replace("　", " ")} for t, n in secr],
                 "agenda": agenda, "materials": materials, "statements": []}

    # -------------------------------------------------------------- statements
    tax_cr, tax_ar, tax_tr = r2(*TAX_CUR[::-1]), r2(*TAX_ARR[::-1]), r2(D[0][3], D[0][2])
    tax_prev = 97.38
    out_s, out_v = man(TOT_OUT)
    dif_s, dif_v = man(TOT_OUT5 - TOT_OUT)
    kok_cr, kok_ar = r2(*KOK_CUR[::-1]), r2(*KOK_ARR[::-1])
    kok_w_man = round(D[1][4] / 10)  # 万円
    jt_s, jt_v = man(OUT["市営住宅使用料"])
    sh_s, sh_v = man(OUT["生活保護費返還金"])
    hoiku_cr = 98.12
    S = []  # (page, speaker, section, text, [facts])

    def st_(page, sp, text, facts=(), sec=agenda[0]):
        S.append((page, sp, sec, text, facts))

    st_(2, "村上委員長", "ただいまから総務建設常任委員会を開会します。本日の会議録署名委員は、福田委員を指名します。"
        "それでは、所管事務調査「市の債権管理の取組状況について」を議題とします。理事者の説明を求めます。")
    st_(2, "山下総務部長", f"それでは、資料１に基づき、令和６年度決算における債権管理の状況を御説明します。"
        f"本市の債権全体の収入未済額は{out_s}で、前年度から{dif_s}減少しました。"
        f"このうち市税は、現年課税分の収納率が{tax_cr:.2f}％、滞納繰越分が{tax_ar:.2f}％、合計では{tax_tr:.2f}％となり、"
        f"前年度比{tax_tr - tax_prev:.2f}ポイント上昇しております。",
        [(out_s, out_v, "yen", "outstanding", "total", None, None, True),
         (dif_s + "減少", -dif_v, "yen", "difference", "total", None, None, True),
         (f"{tax_cr:.2f}％", tax_cr, "percent", "collection_rate", "current", "市税", "市税", False),
         (f"{tax_ar:.2f}％", tax_ar, "percent", "collection_rate", "arrears", "市税", "市税", False),
         (f"{tax_tr:.2f}％", tax_tr, "percent", "collection_rate", "total", "市税", "市税", False),
         (f"{tax_tr - tax_prev:.2f}ポイント", round(tax_tr - tax_prev, 2), "points", "difference", "total", "市税", "市税", False)])
    st_(2, "田村債権管理課長", f"補足して御説明します。国民健康保険税は、現年度分の収納率が{kok_cr:.2f}％、"
        f"滞納繰越分が{kok_ar:.2f}％でございます。不納欠損額は約{kok_w_man:,}万円で、執行停止後の時効完成分が中心でございます。"
        f"介護保険料と後期高齢者医療保険料は、いずれも特別徴収の割合が高く、収納率は前年度並みで推移しております。",
        [(f"{kok_cr:.2f}％", kok_cr, "percent", "collection_rate", "current", "国民健康保険料", "国民健康保険税", False),
         (f"{kok_ar:.2f}％", kok_ar, "percent", "collection_rate", "arrears", "国民健康保険料", "国民健康保険税", False),
         (f"約{kok_w_man:,}万円", kok_w_man * 10000, "yen", "written_off", "total", "国民健康保険料", "国民健康保険税", True)])
    st_(2, "村上委員長", "説明が終わりました。質疑のある方は挙手願います。")
    st_(2, "福田委員", "市営住宅使用料について伺います。収入未済額が他の使用料に比べて大きいように見えますが、"
        "滞納の状況と、連帯保証人への請求はどのようにされているのか、お聞かせください。")
    st_(2, "井上建設部長", f"市営住宅使用料の収入未済額は、令和６年度末で{jt_s}、滞納者数は１１２人でございます。"
        "３か月以上の滞納者には連帯保証人への通知を行っており、退去者分については、今年度から弁護士への回収委託を始めております。",
        [(jt_s, jt_v, "yen", "outstanding", "total", "市営住宅使用料", "市営住宅使用料", True),
         ("１１２人", 112, "persons", "delinquents", "total", "市営住宅使用料", "市営住宅使用料", False)])
    st_(2, "福田委員", "弁護士委託の効果が出るよう、進捗を委員会にも報告していただくよう要望します。")
    st_(2, "吉岡委員", "市税の納付環境について伺います。スマートフォン決済を導入して数年たちますが、利用は伸びているのでしょうか。"
        "また、滞納者への催告はどのような工夫をされていますか。")
    st_(2, "坂口市民生活部長", "スマートフォン決済による市税の納付は、令和６年度で約４万２千件となり、前年度の約１．４倍に増えております。"
        "催告につきましては、現年分の未納者に対して督促状発付後の早い時期にＳＭＳでの案内を送り、"
        "それでも納付のない方には文書催告と電話催告を組み合わせております。"
        "また、市税の滞納者数は２，８４１人で、前年度から１５７人減少しております。",
        [("２，８４１人", 2841, "persons", "delinquents", "total", "市税", "市税", False),
         ("１５７人減少", -157, "persons", "difference", "total", "市税", "市税", False)])
    st_(2, "岡本副委員長", "滞納処分の実施状況と、大口の滞納案件への対応を伺います。")
    st_(2, "坂口市民生活部長", "令和６年度の差押件数は１，２０６件で、前年度より８４件増加しております。"
        "預貯金と給与の差押えが中心でございますが、不動産につきましては、インターネット公売も活用しております。"
        "大口案件につきましては、納税課内に専任の担当を置き、進行管理表により毎月の進捗を確認しております。")
    st_(2, "岡本副委員長", "差押えだけでなく、生活の状況に応じて福祉部局につなぐ対応も大切だと考えます。引き続きお願いします。")
    st_(3, "松本こども・教育部長", f"保育料について補足いたします。令和６年度の現年度分の収納率は{hoiku_cr:.2f}％で、"
        "児童手当からの申出徴収を勧めた結果、卒園後に残る滞納の発生が減っております。",
        [(f"{hoiku_cr:.2f}％", hoiku_cr, "percent", "collection_rate", "current", "保育料", "保育料", False)])
    st_(3, "西川委員", "生活保護費返還金は収入未済額が大きく、回収が難しいと聞いております。"
        "不納欠損の考え方と、今後の見通しを伺います。")
    st_(3, "北野保健福祉部長", f"生活保護費返還金の収入未済額は{sh_s}となっております。"
        "返還金の多くは保護を受けている方からの分割納付によるため、回収には時間を要しますが、"
        "保護廃止後の方には早期に納付相談を行い、資力のない方については債権管理条例に基づく放棄を検討してまいります。",
        [(sh_s, sh_v, "yen", "outstanding", "total", "生活保護費返還金", "生活保護費返還金", True)])
    st_(3, "西川委員", "放棄の判断が所管課ごとにばらつかないよう、全庁での基準の運用をお願いします。")
    st_(3, "吉岡委員", "国民健康保険税の滞納世帯の状況についても伺います。")
    st_(3, "北野保健福祉部長", "令和６年度末の国民健康保険税の滞納世帯数は１，０３８世帯で、前年度末の１，１２４世帯から減少しております。"
        "短期被保険者証の交付に合わせた納付相談の機会を生かし、分納誓約につなげております。",
        [("１，０３８世帯", 1038, "households", "delinquents", "total", "国民健康保険料", "国民健康保険税", False),
         ("１，１２４世帯", 1124, "households", "delinquents", "total", "国民健康保険料", "国民健康保険税", False, 2023, "actual")])
    st_(3, "中井委員", "市税の収納率の目標について、来年度以降どの水準を目指すのか伺います。")
    st_(3, "田村債権管理課長", "改定中の債権管理計画では、令和７年度の市税の収納率の目標を合計で97.80％、"
        "国民健康保険税の現年度分を95.00％としております。詳細は報告事項で御説明いたします。",
        [("97.80％", 97.80, "percent", "collection_rate", "total", "市税", "市税", False, 2025, "target"),
         ("95.00％", 95.00, "percent", "collection_rate", "current", "国民健康保険料", "国民健康保険税", False, 2025, "target")])
    st_(3, "村上委員長", "ほかに質疑はございませんか。――以上で所管事務調査を終わります。"
        "次に、報告事項「摂津市債権管理計画の改定について」、説明を求めます。", sec=agenda[1])
    st_(3, "山下総務部長", "資料２により御説明します。現行計画の期間が令和７年度で終了するため、"
        "令和８年度から令和１２年度までの５か年の計画として改定案を取りまとめ、１１月にパブリックコメントを実施する予定でございます。",
        sec=agenda[1])
    st_(3, "村上委員長", "報告が終わりました。以上で本日の委員会を閉会します。", sec=agenda[1])

    brk()
    cur_page = 2
    for page, sp, secn, text, facts in S:
        if page != cur_page:
            brk()
            cur_page = page
        p = P(indent=0, first=0)
        setfont(p.add_run(f"○{sp}　"), "IPAexGothic", 10.5)
        setfont(p.add_run(text), "IPAexMincho", 10.5)
        p.paragraph_format.space_after = Pt(6)
        G.minutes["statements"].append({"speaker": sp, "section": secn, "text": text})
        for f in facts:
            raw, v, unit, metric, seg, debt, draw, approx = f[:8]
            fy = f[8] if len(f) > 8 else FY
            basis = f[9] if len(f) > 9 else "actual"
            F(page, raw, v, unit, metric, fy, {FY: FYR, 2025: "令和７年度", 2023: "前年度末"}[fy], seg, basis, debt, draw, approx=approx)

    # -------------------------------------------------------------- page 4: 資料１ (tab-aligned, no rules)
    brk()
    pg = 4
    P("資料１", 10.5, True, "IPAexGothic")
    P("令和６年度 主な債権の収入未済額等（決算）", 12, True, "IPAexGothic", "c")
    P("（単位：千円、％）", 9, tabs=[(160, WD_TAB_ALIGNMENT.RIGHT)]).runs[0].text = "\t（単位：千円、％）"
    tabs = [(62, WD_TAB_ALIGNMENT.RIGHT), (86, WD_TAB_ALIGNMENT.RIGHT), (103, WD_TAB_ALIGNMENT.RIGHT),
            (126, WD_TAB_ALIGNMENT.RIGHT), (146, WD_TAB_ALIGNMENT.RIGHT)]
    P("債権名\t調定額\t収入済額\t収納率\t不納欠損額\t収入未済額", 9, True, "IPAexGothic", tabs=tabs)
    ta = tc = tw = 0
    for name, canon, a, c, w, _ in D:
        o = a - c - w
        ta, tc, tw = ta + a, tc + c, tw + w
        P(f"{name}\t{comma(a)}\t{comma(c)}\t{r2(c, a):.2f}\t{comma(w)}\t{comma(o)}", 9, tabs=tabs)
        for s, v, m, u in ((comma(a), a * 1000, "assessed", "yen"), (comma(c), c * 1000, "collected", "yen"),
                           (f"{r2(c, a):.2f}", r2(c, a), "collection_rate", "percent"),
                           (comma(w), w * 1000, "written_off", "yen"), (comma(o), o * 1000, "outstanding", "yen")):
            F(pg, s, v, u, m, FY, FYR, "total", "actual", canon, name)
    to = ta - tc - tw
    assert to == TOT_OUT
    P(f"合計\t{comma(ta)}\t{comma(tc)}\t{r2(tc, ta):.2f}\t{comma(tw)}\t{comma(to)}", 9, True, "IPAexGothic", tabs=tabs)
    for s, v, m, u in ((comma(ta), ta * 1000, "assessed", "yen"), (comma(tc), tc * 1000, "collected", "yen"),
                       (f"{r2(tc, ta):.2f}", r2(tc, ta), "collection_rate", "percent"),
                       (comma(tw), tw * 1000, "written_off", "yen"), (comma(to), to * 1000, "outstanding", "yen")):
        F(pg, s, v, u, m, FY, FYR, "total", "actual", None, "合計")
    P("※ 市税の内訳　現年課税分 調定額 " + comma(TAX_CUR[0]) + "千円、滞納繰越分 調定額 " + comma(TAX_ARR[0]) + "千円", 8.5)
    F(pg, comma(TAX_CUR[0]) + "千円", TAX_CUR[0] * 1000, "yen", "assessed", FY, FYR, "current", "actual", "市税", "市税")
    F(pg, comma(TAX_ARR[0]) + "千円", TAX_ARR[0] * 1000, "yen", "assessed", FY, FYR, "arrears", "actual", "市税", "市税")
    P()
    P("収入未済額の前年度比較", 11, True, "IPAexGothic")
    tabs2 = [(70, WD_TAB_ALIGNMENT.RIGHT), (105, WD_TAB_ALIGNMENT.RIGHT), (140, WD_TAB_ALIGNMENT.RIGHT)]
    hp = P("債権名\t令和５年度（千円）\t令和６年度（千円）\t増減（千円）", 9, True, "IPAexGothic", tabs=tabs2)
    # horizontal rules over and under the header
    pPr = hp._p.get_or_add_pPr()
    bdr = pPr.makeelement(qn("w:pBdr"), {})
    for side in ("top", "bottom"):
        e = bdr.makeelement(qn(f"w:{side}"), {qn("w:val"): "single", qn("w:sz"): "6", qn("w:space"): "1",
                                               qn("w:color"): "000000"})
        bdr.append(e)
    pPr.append(bdr)
    for name, canon, a, c, w, o5 in D:
        o6 = OUT[name]
        d = o6 - o5
        P(f"{name}\t{comma(o5)}\t{comma(o6)}\t{comma(d)}", 9, tabs=tabs2)
        F(pg, comma(o5), o5 * 1000, "yen", "outstanding", PFY, "令和５年度", "total", "actual", canon, name)
        F(pg, comma(o6), o6 * 1000, "yen", "outstanding", FY, "令和６年度", "total", "actual", canon, name)
        F(pg, comma(d), d * 1000, "yen", "difference", FY, "令和６年度", "total", "actual", canon, name)
    d = TOT_OUT - TOT_OUT5
    P(f"合計\t{comma(TOT_OUT5)}\t{comma(TOT_OUT)}\t{comma(d)}", 9, True, "IPAexGothic", tabs=tabs2)
    F(pg, comma(TOT_OUT5), TOT_OUT5 * 1000, "yen", "outstanding", PFY, "令和５年度", "total", "actual", None, "合計")
    F(pg, comma(TOT_OUT), TOT_OUT * 1000, "yen", "outstanding", FY, "令和６年度", "total", "actual", None, "合計")
    F(pg, comma(d), d * 1000, "yen", "difference", FY, "令和６年度", "total", "actual", None, "合計")
    P("※ 増減の△は減少を示す。", 8.5)

    docx = WORK / f"{STEM}.docx"
    doc.save(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx)],
                   check=True, capture_output=True)
    out = ROOT / "pdf" / f"{STEM}.pdf"
    shutil.copy(WORK / f"{STEM}.pdf", out)
    gp = G.write(out)
    print(out, len(G.facts), "facts", len(G.minutes["statements"]), "statements", "BAD:", check(out, gp))


if __name__ == "__main__":
    main()
