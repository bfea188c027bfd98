"""加須市債権管理推進委員会 会議録 (○ speaker record with a 別表) — python-docx -> LibreOffice."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from o_common import Gold, OUT, PDF, c, rate, soffice_pdf
from o_docx_util import new_doc, para, header_footer, table, merge, shade

STEM = "o_kazo_minutes_1"
CITY = "加須市"
TITLE = "令和5年度第3回加須市債権管理推進委員会 会議録"
g = Gold(STEM, "minutes", CITY, TITLE, "2024-03-05", "令和6年3月5日")
ASOF, PASOF = "2024-02-29", "2023-02-28"

# 別表 data (千円): debt, seg, assessed, collected(2/29), prev-year rate
TAB = [("市税", "現年", 17_864_215, 16_410_036, 91.44), ("市税", "滞繰", 1_005_318, 262_388, 24.9),
       ("国民健康保険税", "現年", 3_402_117, 2_861_870, 83.75), ("国民健康保険税", "滞繰", 1_184_602, 215_482, 17.2),
       ("介護保険料", "現年", 2_918_440, 2_835_771, 97.21), ("介護保険料", "滞繰", 71_052, 9_817, 12.6),
       ("後期高齢者医療保険料", "現年", 1_402_336, 1_362_510, 97.08),
       ("保育所保育料", "現年", 198_425, 192_073, 96.42), ("保育所保育料", "滞繰", 21_870, 3_106, 15.8),
       ("市営住宅使用料", "現年", 152_904, 143_718, 94.10), ("市営住宅使用料", "滞繰", 38_221, 7_530, 18.4),
       ("下水道使用料", "現年", 1_210_577, 1_080_916, 89.12), ("下水道使用料", "滞繰", 30_114, 9_608, 30.5)]
SEG = {"現年": "current", "滞繰": "arrears"}


def R(debt, seg):
    for t in TAB:
        if t[0] == debt and t[1] == seg:
            return rate(t[3], t[2], 2 if seg == "現年" else 1), t[4]
    raise KeyError


def build():
    d = new_doc(font="IPAex明朝", size=10.5)
    header_footer(d, "令和5年度第3回加須市債権管理推進委員会")
    # ---------------- p1
    para(d, TITLE, size=14, bold=True, align="c", after=8)
    attendees_line = ("委員長：副市長\n委員：総務部長・企画財政部長・健康医療部長・福祉部長・子ども・若者部長・建設部長・"
                      "上下水道部長・教育部長\n事務局：収納課長・収納課債権管理担当主幹")
    rows = [["会 議 名", "令和5年度第3回加須市債権管理推進委員会"],
            ["開催日時", "令和6年3月5日（火）午後1時30分～午後2時50分"],
            ["開催場所", "加須市役所本庁舎 3階 301会議室"],
            ["出 席 者", attendees_line],
            ["欠 席 者", "なし"],
            ["議　　題", "(1) 主要債権の収納状況（2月末現在）について\n(2) 令和6年度債権管理実施計画（案）について\n"
                       "(3) 私債権の放棄について"],
            ["配付資料", "資料1　主要債権の収納状況一覧\n資料2　令和6年度加須市債権管理実施計画（案）\n"
                       "資料3　私債権放棄一覧（令和5年度）"],
            ["公開・非公開", "公開（傍聴者0人）"]]
    t = table(d, rows, widths=[28, 142], size=9.5, header_rows=0)
    for i in range(len(rows)):
        shade(t.cell(i, 0), "EDEDED")
    g.minutes = {"title": TITLE, "meeting_number": 3, "date": "2024-03-05", "method": None,
                 "attendees": [{"role": "委員長", "title": "副市長", "name": None}] +
                 [{"role": "委員", "title": x, "name": None} for x in
                  ["総務部長", "企画財政部長", "健康医療部長", "福祉部長", "子ども・若者部長", "建設部長", "上下水道部長",
                   "教育部長"]] +
                 [{"role": "事務局", "title": x, "name": None} for x in ["収納課長", "収納課債権管理担当主幹"]],
                 "agenda": ["主要債権の収納状況（2月末現在）について", "令和6年度債権管理実施計画（案）について",
                            "私債権の放棄について"],
                 "materials": ["主要債権の収納状況一覧", "令和6年度加須市債権管理実施計画（案）", "私債権放棄一覧（令和5年度）"],
                 "statements": []}
    para(d, "", after=6)
    para(d, "会議の経過", bold=True, size=11, after=4)
    st = g.minutes["statements"]

    def say(page, speaker, section, text):
        p = para(d, "", after=3)
        r = p.add_run("○" + speaker)
        r.bold = True
        p.add_run("　" + text)
        st.append({"speaker": speaker, "speaker_raw": "○" + speaker, "section": section, "text": text, "page": page})

    S0 = "開会"
    say(1, "委員長", S0, "ただいまから令和5年度第3回加須市債権管理推進委員会を開会する。前回の第2回委員会は、令和5年11月17日付けで"
        "資料を送付する書面開催としたため、対面での開催は今年度初めてとなる。本日は議題が3件ある。事務局から説明をお願いする。")
    S1 = "主要債権の収納状況（2月末現在）について"
    para(d, "（1）" + S1, bold=True, before=4, after=3)
    cr, cp = R("市税", "現年")
    ar, ap = R("市税", "滞繰")
    # outstanding of 市税 at 2/29 (approx, 百万円): assessed - collected for both segments
    outs = (TAB[0][2] - TAB[0][3]) + (TAB[1][2] - TAB[1][3])
    o_m = round(outs / 100) * 100  # 千円 -> rounded to 10万円 in 千円
    o_txt = f"約{o_m // 100000}億{(o_m % 100000) // 10:,}万円"
    t1 = (f"資料1により説明する。令和6年2月29日現在の市税の収納率は、現年課税分が{cr:.2f}％で、前年同月と比べ"
          f"{cr - cp:.2f}ポイント上昇した。滞納繰越分は{ar:.1f}％で、前年同月の{ap:.1f}％を上回っている。"
          f"市税の収入未済額は、2月末時点で{o_txt}である。")
    say(1, "収納課長", S1, t1)
    g.f(1, "市税", 2023, "令和6年2月29日現在", "current", "collection_rate", "interim", cr, "percent", f"{cr:.2f}％", as_of=ASOF)
    g.f(1, "市税", 2023, "令和6年2月29日現在", "arrears", "collection_rate", "interim", ar, "percent", f"{ar:.1f}％", as_of=ASOF)
    g.f(1, "市税", 2022, "前年同月", "arrears", "collection_rate", "interim", ap, "percent", f"{ap:.1f}％", as_of=PASOF)
    g.f(1, "市税", 2023, "2月末時点", "total", "outstanding", "interim", o_m * 1000, "yen", o_txt, approx=True, as_of=ASOF)
    d.add_page_break()
    # ---------------- p2
    kr, kp = R("国民健康保険税", "現年")
    t2 = (f"国民健康保険税の現年課税分の収納率は、2月末で{kr:.2f}％、前年同月は{kp:.2f}％であった。出納整理期間の"
          "収納を含めた決算見込みは94.3％で、令和4年度決算の93.9％をやや上回る見込みである。滞納繰越分は、"
          "高額案件の換価が進み前年同月を上回った。")
    say(2, "健康医療部長", S1, t2)
    g.f(2, "国民健康保険税", 2023, "2月末", "current", "collection_rate", "interim", kr, "percent", f"{kr:.2f}％", as_of=ASOF)
    g.f(2, "国民健康保険税", 2022, "前年同月", "current", "collection_rate", "interim", kp, "percent", f"{kp:.2f}％", as_of=PASOF)
    g.f(2, "国民健康保険税", 2023, "決算見込み", "current", "collection_rate", "estimate", 94.3, "percent", "94.3％")
    g.f(2, "国民健康保険税", 2022, "令和4年度決算", "current", "collection_rate", "actual", 93.9, "percent", "93.9％")
    hr, hp = R("保育所保育料", "現年")
    t3 = (f"保育所保育料は、現年分の収納率が{hr:.2f}％と前年同月の{hp:.2f}％を上回った。児童手当からの特別徴収の"
          "申出を入園時に案内しており、口座振替の利用率も上がっている。")
    say(2, "子ども・若者部長", S1, t3)
    g.f(2, "保育所保育料", 2023, "2月末", "current", "collection_rate", "interim", hr, "percent", f"{hr:.2f}％", as_of=ASOF)
    g.f(2, "保育所保育料", 2022, "前年同月", "current", "collection_rate", "interim", hp, "percent", f"{hp:.2f}％", as_of=PASOF)
    jr, jp = R("市営住宅使用料", "滞繰")
    t4 = (f"市営住宅使用料の滞納繰越分は、収納率が{jr:.1f}％となり前年同月の{jp:.1f}％を上回った。"
          "長期滞納者のうち2件について、明渡しを求める訴えの提起を準備している。")
    say(2, "建設部長", S1, t4)
    g.f(2, "市営住宅使用料", 2023, "2月末", "arrears", "collection_rate", "interim", jr, "percent", f"{jr:.1f}％", as_of=ASOF)
    g.f(2, "市営住宅使用料", 2022, "前年同月", "arrears", "collection_rate", "interim", jp, "percent", f"{jp:.1f}％", as_of=PASOF)
    say(2, "総務部長", S1, "市税の現年課税分が前年を上回っているのは評価できる。一方、下水道使用料の現年分が他の債権に比べて低いが、"
        "その理由は何か。")
    sr, sp = R("下水道使用料", "現年")
    t5 = (f"下水道使用料は2か月ごとの請求のため、2月末時点では12月・1月使用分の納期が到来しておらず、収納率が{sr:.2f}％と"
          "低く表れる。年度末では例年99％程度となる見込みである。")
    say(2, "上下水道部長", S1, t5)
    g.f(2, "下水道使用料", 2023, "2月末時点", "current", "collection_rate", "interim", sr, "percent", f"{sr:.2f}％", as_of=ASOF)
    S2 = "令和6年度債権管理実施計画（案）について"
    para(d, "（2）" + S2, bold=True, before=4, after=3)
    t6 = ("資料2により説明する。令和6年度は、市税の目標収納率を現年課税分99.2％、滞納繰越分28.0％とし、国民健康保険税は"
          "現年課税分94.5％を目標とする。新たに、SMS催告を介護保険料と保育所保育料にも広げる。")
    say(2, "収納課長", S2, t6)
    g.f(2, "市税", 2024, "令和6年度", "current", "collection_rate", "target", 99.2, "percent", "99.2％")
    g.f(2, "市税", 2024, "令和6年度", "arrears", "collection_rate", "target", 28.0, "percent", "28.0％")
    g.f(2, "国民健康保険税", 2024, "令和6年度", "current", "collection_rate", "target", 94.5, "percent", "94.5％")
    d.add_page_break()
    # ---------------- p3
    say(3, "企画財政部長", S2, "目標値は前年度実績を基に設定しているのか。達成が難しい債権についてはどのように考えるか。")
    t7 = ("各債権の過去3年間の実績の平均に上積みを見込んで設定している。達成が難しい債権は、所管課ヒアリングの中で"
          "取組内容を確認し、必要に応じて収納課が滞納整理に同行する。")
    say(3, "収納課長", S2, t7)
    say(3, "委員長", S2, "計画案のとおり決定してよいか。")
    para(d, "（「異議なし」と呼ぶ者あり）", indent=6, after=3)
    say(3, "委員長", S2, "異議がないので、原案のとおり決定する。")
    S3 = "私債権の放棄について"
    para(d, "（3）" + S3, bold=True, before=4, after=3)
    t8 = ("資料3により説明する。加須市債権管理条例第14条に基づき、令和5年度は市営住宅使用料など3債権、計41件、"
          "4,812,360円を放棄した。いずれも消滅時効期間が経過し、債務者が所在不明又は生活困窮の状況にある。")
    say(3, "収納課債権管理担当主幹", S3, t8)
    g.f(3, None, 2023, "令和5年度", "total", "written_off", "actual", 4_812_360, "yen", "4,812,360円", debt_raw=None)
    say(3, "委員長", S3, "以上で本日の議題は終了した。次回は令和6年度第1回委員会として6月頃に開催する予定である。"
        "これをもって閉会する。")
    para(d, "（午後2時50分閉会）", align="r", before=6)
    d.add_page_break()
    # ---------------- p4 別表
    para(d, "別表　主要債権の収納状況（令和6年2月29日現在）", bold=True, size=11, after=2)
    para(d, "（単位：千円、％）", size=8.5, align="r")
    rows = [["債権名", "区分", "調定額", "収納額", "収納率", "前年同月\n収納率", "増減"]]
    spans = []
    prev = None
    for debt, seg, a, col, pr in TAB:
        rr = rate(col, a, 2 if seg == "現年" else 1)
        fmt = "{:.2f}" if seg == "現年" else "{:.1f}"
        diff = rr - pr
        dtxt = ("△" if diff < 0 else "") + fmt.format(abs(diff))
        if debt != prev:
            spans.append([len(rows), len(rows)])
        else:
            spans[-1][1] = len(rows)
        rows.append([debt if debt != prev else "", seg, c(a), c(col), fmt.format(rr), fmt.format(pr), dtxt])
        prev = debt
        sg = SEG[seg]
        g.f(4, debt, 2023, "令和6年2月29日現在", sg, "assessed", "interim", a * 1000, "yen", c(a), as_of=ASOF)
        g.f(4, debt, 2023, "令和6年2月29日現在", sg, "collected", "interim", col * 1000, "yen", c(col), as_of=ASOF)
        g.f(4, debt, 2023, "令和6年2月29日現在", sg, "collection_rate", "interim", rr, "percent", fmt.format(rr), as_of=ASOF)
        g.f(4, debt, 2022, "前年同月", sg, "collection_rate", "interim", pr, "percent", fmt.format(pr), as_of=PASOF)
    t = table(d, rows, widths=[42, 14, 26, 26, 18, 20, 16], size=9, align=["l", "c", "r", "r", "r", "r", "r"],
              grid="hrules")
    for a, b in spans:
        if b > a:
            merge(t, a, 0, b, 0)
    para(d, "注1　収納率は、調定額に対する収納額の割合である。滞納繰越分は小数点以下第2位を四捨五入。", size=8.5, before=3)
    para(d, "注2　前年同月は令和5年2月28日現在の数値。増減の△は前年同月を下回ったことを示す。", size=8.5)
    para(d, "注3　下水道使用料は隔月請求のため、12月・1月使用分を含まない。", size=8.5)
    src = OUT / f"{STEM}.docx"
    OUT.mkdir(exist_ok=True)
    d.save(src)
    soffice_pdf(src, PDF / f"{STEM}.pdf", "kazo")


if __name__ == "__main__":
    build()
    for s in g.minutes["statements"]:
        s.pop("speaker_raw", None)
    ok = g.write()
    sys.exit(0 if ok else 1)
