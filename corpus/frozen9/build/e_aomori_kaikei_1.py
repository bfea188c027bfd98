"""青森市 未収金の状況と縮減に向けた取組（会計・款・債権別） — PyMuPDF Story (HTML), portrait."""
import fitz
from e_common import F, I, PDF, FONT_G, FONT_M, write_gold, zen

STEM = "e_aomori_kaikei_1"
CITY = "青森市"
TITLE = "青森市の未収金の状況と縮減に向けた取組（令和６年度決算）"

ROWS = [  # 会計, 款, 債権名, 現年度分, 過年度分
    ("一般会計", "市税", "個人市民税", 212345678, 498765432),
    ("一般会計", "市税", "法人市民税", 8123400, 15402300),
    ("一般会計", "市税", "固定資産税", 180456700, 620334110),
    ("一般会計", "市税", "軽自動車税（種別割）", 9872300, 21045600),
    ("一般会計", "分担金及び負担金", "保育所運営費保護者負担金", 6450300, 18920450),
    ("一般会計", "分担金及び負担金", "老人福祉施設入所者負担金", 820000, 3215600),
    ("一般会計", "使用料及び手数料", "市営住宅使用料", 12305400, 88410250),
    ("一般会計", "使用料及び手数料", "市営住宅駐車場使用料", 510000, 2204000),
    ("一般会計", "使用料及び手数料", "一般廃棄物処理手数料", 1203500, 2881300),
    ("一般会計", "諸収入", "生活保護費返還金", 35220180, 265410920),
    ("一般会計", "諸収入", "児童扶養手当返還金", 2105000, 9880420),
    ("一般会計", "諸収入", "災害援護資金貸付金元利収入", 0, 41250000),
    ("一般会計", "諸収入", "学校給食費", 3120450, 6774300),
    ("一般会計", "諸収入", "放課後児童会負担金", 410300, 1204500),
    ("国民健康保険事業特別会計", "国民健康保険税", "国民健康保険税", 285402100, 1204334550),
    ("国民健康保険事業特別会計", "諸収入", "返納金（第三者行為損害賠償金等）", 1820000, 12045300),
    ("介護保険事業特別会計", "保険料", "介護保険料", 48220400, 102335800),
    ("後期高齢者医療事業特別会計", "後期高齢者医療保険料", "後期高齢者医療保険料", 14502300, 21887200),
    ("母子父子寡婦福祉資金貸付事業特別会計", "諸収入", "母子父子寡婦福祉資金貸付金償還金", 4201500, 72334910),
    ("水道事業会計", "営業収益", "水道料金", 58330220, 40218660),
    ("下水道事業会計", "営業収益", "下水道使用料", 40115380, 28410240),
]
ACC = ["一般会計", "国民健康保険事業特別会計", "介護保険事業特別会計", "後期高齢者医療事業特別会計",
       "母子父子寡婦福祉資金貸付事業特別会計", "水道事業会計", "下水道事業会計"]
PAST = {"一般会計": (2402, 2261), "国民健康保険事業特別会計": (1712, 1602), "介護保険事業特別会計": (171, 160),
        "後期高齢者医療事業特別会計": (41, 38), "母子父子寡婦福祉資金貸付事業特別会計": (88, 81),
        "水道事業会計": (104, 101), "下水道事業会計": (73, 71)}
RATES = {  # debt: {fy: (現年度分, 滞納繰越分, 全体)}
    "市税": {2023: (99.14, 27.06, 96.21), 2024: (99.21, 28.74, 96.52)},
    "国民健康保険税": {2023: (93.88, 20.14, 80.02), 2024: (94.15, 21.33, 80.96)},
    "介護保険料": {2023: (98.92, 17.40, 97.05), 2024: (98.97, 18.02, 97.18)},
    "後期高齢者医療保険料": {2023: (99.40, 40.22, 98.95), 2024: (99.43, 41.05, 99.01)},
}

CSS = """
@font-face {font-family: G; src: url(ipaexg.ttf);}
@font-face {font-family: M; src: url(ipaexm.ttf);}
body {font-family: M; font-size: 10pt;}
h1 {font-family: G; font-size: 14pt; text-align: center;}
h2 {font-family: G; font-size: 11.5pt; margin-top: 10pt;}
h3 {font-family: G; font-size: 10pt; margin-top: 6pt; margin-bottom: 2pt;}
p {margin-top: 2pt; margin-bottom: 2pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid black; padding: 2pt; font-size: 8.5pt;}
th {background-color: #e4e4e4; font-family: G; font-weight: normal;}
.r {text-align: right;}
.u {text-align: right; font-size: 8pt;}
"""


def oku(yen):
    """53億1205万4千円-style, truncated to 千円, with 全角 digits and comma."""
    sen = yen // 1000
    o, rest = divmod(sen, 100000)
    man, s = divmod(rest, 10)
    txt = (f"{o}億" if o else "") + (f"{man:,}万" if man else "") + (f"{s}千" if s else "") + "円"
    return zen(txt), sen * 1000


def main():
    facts, inits = [], []
    acc_tot = {a: 0 for a in ACC}
    for a, k, n, cu, ar in ROWS:
        acc_tot[a] += cu + ar
    T = sum(acc_tot.values())
    kokuho = sum(cu + ar for a, k, n, cu, ar in ROWS if n == "国民健康保険税")
    T_txt, T_val = oku(T)
    h = [f"<h1>{TITLE}</h1><p style='text-align:right'>令和７年９月<br>青森市財務部債権管理課</p>"]
    h.append("<h2>１　未収金の概要</h2>")
    dec = sum(PAST[a][1] for a in ACC) * 1_000_000 - T
    dec_txt = "約" + zen(oku(round(dec / 1e6) * 1_000_000)[0]).replace("円", "円")
    h.append(f"<p>　令和６年度末における本市の全会計の未収金残高（収入未済額）は{T_txt}で、前年度末から{dec_txt}減少した。"
             "会計別では、一般会計と国民健康保険事業特別会計で全体の約９割を占めている。</p>")
    facts.append(F(None, 2024, "total", "outstanding", "actual", T_val, "yen", T_txt, fy_raw="令和６年度末"))
    h.append(f"<p>　債権別にみると、国民健康保険税の未収金残高は約１４億９，０００万円と最も大きく、次いで固定資産税、個人市民税の順となっている。"
             "市税の徴収率は９６．５％（現年度分９９．２％、滞納繰越分２８．７％）で、前年度を０．３ポイント上回った。</p>")
    facts += [F("国民健康保険税", 2024, "total", "outstanding", "actual", 1490000000, "yen", "約１４億９，０００万円", approx=True),
              F("市税", 2024, "total", "collection_rate", "actual", 96.5, "percent", "９６．５％"),
              F("市税", 2024, "current", "collection_rate", "actual", 99.2, "percent", "９９．２％"),
              F("市税", 2024, "arrears", "collection_rate", "actual", 28.7, "percent", "２８．７％")]
    assert abs(round(kokuho / 1e7) * 1e7 - 1490000000) < 1
    # 表1
    h.append("<h3>表１　会計別未収金残高の推移</h3><p class='u'>単位：百万円</p>")
    h.append("<table><tr><th>会計名</th><th>令和４年度</th><th>令和５年度</th><th>令和６年度</th><th>増減（R6－R5）</th></tr>")
    sums = [0, 0, 0]
    for a in ACC:
        r4, r5 = PAST[a]
        r6 = round(acc_tot[a] / 1e6)
        dif = r6 - r5
        sums = [sums[0] + r4, sums[1] + r5, sums[2] + r6]
        h.append(f"<tr><td>{a}</td><td class='r'>{r4:,}</td><td class='r'>{r5:,}</td><td class='r'>{r6:,}</td>"
                 f"<td class='r'>{'△' if dif < 0 else ''}{abs(dif):,}</td></tr>")
        for fy, v, lab in ((2022, r4, "令和４年度"), (2023, r5, "令和５年度"), (2024, r6, "令和６年度")):
            facts.append(F(None, fy, "total", "outstanding", "actual", v * 1_000_000, "yen", f"{v:,}", debt_raw=a, fy_raw=lab))
    dif = sums[2] - sums[1]
    h.append(f"<tr><td>合計</td><td class='r'>{sums[0]:,}</td><td class='r'>{sums[1]:,}</td><td class='r'>{sums[2]:,}</td>"
             f"<td class='r'>{'△' if dif < 0 else ''}{abs(dif):,}</td></tr></table>")
    for fy, v, lab in ((2022, sums[0], "令和４年度"), (2023, sums[1], "令和５年度"), (2024, sums[2], "令和６年度")):
        facts.append(F(None, fy, "total", "outstanding", "actual", v * 1_000_000, "yen", f"{v:,}", debt_raw="合計", fy_raw=lab))
    h.append("<p style='font-size:8pt'>※百万円未満を四捨五入しているため、内訳と合計が一致しない場合がある。企業会計は、出納整理期間がないため３月末現在の額。</p>")
    # 表2
    h.append("<h2>２　令和６年度末 未収金残高の内訳</h2><p class='u'>（単位：円）</p>")
    h.append("<table><tr><th>会計</th><th>款</th><th>債権名</th><th>現年度分</th><th>過年度分</th><th>計</th></tr>")
    prev_a = prev_k = None
    tc = ta = 0
    for a, k, n, cu, ar in ROWS:
        tc += cu; ta += ar
        cnt_a = sum(1 for x in ROWS if x[0] == a)
        cnt_k = sum(1 for x in ROWS if x[0] == a and x[1] == k)
        row = "<tr>"
        if a != prev_a:
            row += f"<td rowspan='{cnt_a}'>{a}</td>"
        if (a, k) != prev_k:
            row += f"<td rowspan='{cnt_k}'>{k}</td>"
        cs = f"{cu:,}" if cu else "－"
        row += f"<td>{n}</td><td class='r'>{cs}</td><td class='r'>{ar:,}</td><td class='r'>{cu + ar:,}</td></tr>"
        h.append(row)
        if cu:
            facts.append(F(n, 2024, "current", "outstanding", "actual", cu, "yen", cs, fy_raw="令和６年度末"))
        facts += [F(n, 2024, "arrears", "outstanding", "actual", ar, "yen", f"{ar:,}", fy_raw="令和６年度末"),
                  F(n, 2024, "total", "outstanding", "actual", cu + ar, "yen", f"{cu + ar:,}", fy_raw="令和６年度末")]
        prev_a, prev_k = a, (a, k)
    h.append(f"<tr><td colspan='3'>合計</td><td class='r'>{tc:,}</td><td class='r'>{ta:,}</td><td class='r'>{tc + ta:,}</td></tr></table>")
    facts += [F(None, 2024, "current", "outstanding", "actual", tc, "yen", f"{tc:,}", debt_raw="合計"),
              F(None, 2024, "arrears", "outstanding", "actual", ta, "yen", f"{ta:,}", debt_raw="合計"),
              F(None, 2024, "total", "outstanding", "actual", tc + ta, "yen", f"{tc + ta:,}", debt_raw="合計")]
    # 表3 one debt per column
    h.append("<h2>３　主な債権の徴収率</h2><p class='u'>（単位：％）</p>")
    debts = list(RATES)
    h.append("<table><tr><th>年度</th><th>区分</th>" + "".join(f"<th>{d}</th>" for d in debts) + "</tr>")
    for fy, lab in ((2023, "令和５年度"), (2024, "令和６年度")):
        for i, (seg, sl) in enumerate((("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "全体"))):
            row = "<tr>" + (f"<td rowspan='3'>{lab}</td>" if i == 0 else "") + f"<td>{sl}</td>"
            for d in debts:
                v = RATES[d][fy][i]
                row += f"<td class='r'>{v:.2f}</td>"
                facts.append(F(d, fy, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", fy_raw=lab))
            h.append(row + "</tr>")
    h.append("</table>")
    # 取組
    h.append("<h2>４　未収金の縮減に向けた今後の取組</h2><p>　令和７年度は、次の取組を全庁で進める。</p>")
    items = [("ア", "債権管理台帳の様式を統一し、各課の債権の状況を債権管理課で四半期ごとに把握する。", None),
             ("イ", "非強制徴収債権について、支払督促等の法的措置の手順書を作成し、所管課を支援する。", "新規"),
             ("ウ", "徴収の見込みがない債権は、債権管理条例に基づく放棄を適切に行い、残高を整理する。", "継続"),
             ("エ", "職員向けの債権管理研修を年２回実施し、初任者の実務能力を高める。", "拡充")]
    for lab, text, st in items:
        h.append(f"<p style='margin-left:14pt'>{lab}　{text}{'【' + st + '】' if st else ''}</p>")
        inits.append(I(None, 2025, "未収金の縮減に向けた今後の取組", lab, text, st))
    html = "<body>" + "".join(h) + "</body>"
    arch = fitz.Archive()
    arch.add(FONT_G.rsplit("/", 1)[0]); arch.add(FONT_M.rsplit("/", 1)[0])
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    tmp = PDF / f"{STEM}.tmp.pdf"
    w = fitz.DocumentWriter(str(tmp))
    rect = fitz.paper_rect("a4")
    where = rect + (56, 60, -56, -60)
    more = 1
    while more:
        dev = w.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = fitz.open(tmp)
    for i, pg in enumerate(doc, 1):
        pg.insert_font(fontname="m", fontfile=FONT_M)
        pg.insert_text((rect.width / 2 - 12, rect.height - 30), f"- {i} -", fontname="m", fontsize=9)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    tmp.unlink()
    write_gold(STEM, {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-09-01",
                      "date_raw": "令和７年９月"}, facts, inits)


if __name__ == "__main__":
    main()
