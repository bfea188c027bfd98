"""川崎市「国民健康保険料等の収入率と収納対策についての資料」に倣った委員会資料（PyMuPDF 直接描画・横向き）。
Modelled on https://expydoc.com/doc/10870871/ (川崎市 健康福祉委員会資料; figures invented)."""
import fitz

from e_common import PDF, fact, init, rate, write_gold

STEM = "e_kawasaki_shiryo_1"
CITY = "川崎市"
TITLE = "国民健康保険料等の収入率と収納対策についての資料"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
F, I = [], []
W, H = 842, 595
doc = fitz.open()


def newpage(no):
    p = doc.new_page(width=W, height=H)
    p.insert_font(fontname="g", fontfile=GOTH)
    p.insert_font(fontname="m", fontfile=MIN)
    p.insert_text((40, 30), "健康福祉委員会資料　令和６年11月19日　健康福祉局", fontname="m", fontsize=8)
    p.draw_rect(fitz.Rect(770, 18, 815, 36), color=(0, 0, 0), width=0.8)
    p.insert_text((777, 31), "資料１", fontname="g", fontsize=10)
    p.insert_text((W / 2 - 4, H - 18), str(no), fontname="m", fontsize=9)
    return p


def tx(p, x, y, s, size=10, font="g", color=(0, 0, 0)):
    p.insert_text((x, y), s, fontname=font, fontsize=size, color=color)


def tbox(p, r, s, size=9.5, font="m", align=0):
    rc = p.insert_textbox(fitz.Rect(*r), s, fontname=font, fontsize=size, align=align, lineheight=1.3)
    if rc < 0:
        raise SystemExit(f"textbox overflow {s[:20]}")


def grid(p, x0, y0, widths, heights, cells, size=9.5, bold_rows=(0,), fill_rows=(0,)):
    y = y0
    for i, h in enumerate(heights):
        x = x0
        for j, w in enumerate(widths):
            r = fitz.Rect(x, y, x + w, y + h)
            txt = cells[i][j]
            if txt is None:
                x += w
                continue
            p.draw_rect(r, color=(0, 0, 0), fill=(0.85, 0.85, 0.85) if i in fill_rows else None, width=0.6)
            f = "g" if (i in bold_rows or j == 0) else "m"
            al = 1 if (i in bold_rows or j < 2) else 2
            rr = fitz.Rect(r.x0 + 3, r.y0 + (h - size * 1.3) / 2, r.x1 - 3, r.y1)
            p.insert_textbox(rr, txt, fontname=f, fontsize=size, align=al)
            x += w
        y += h


# ---------------- data (千円) ---------------------------------------------------------------------
KOKU = {2018: {"current": (35968412, 30721554), "arrears": (11402337, 2196845), "wo": 2241573},
        2023: {"current": (33104226, 31337412), "arrears": (5233780, 1651002), "wo": 968150}}
YR = {2018: "平成30年度", 2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}


def oku(k):  # 千円 -> "307.2"
    return f"{k / 100000:.1f}"


# ---------------- page 1 -----------------------------------------------------------------------------
p = newpage(1)
tx(p, 40, 58, "（２）" + TITLE, 13)
p.draw_rect(fitz.Rect(40, 66, 802, 88), color=(0, 0, 0), fill=(0.9, 0.95, 1), width=0.8)
tx(p, 50, 82, "国民健康保険料の収納対策と国民健康保険料・後期高齢者医療保険料・介護保険料（３保険料）の今後の取組み", 11)
tx(p, 40, 112, "１　国民健康保険料の収入率", 12)
RANK = {2018: {"current": 13, "arrears": 15, "total": 14}, 2023: {"current": 4, "arrears": 3, "total": 3}}
SEG = {"current": "現年", "arrears": "滞繰", "total": "合計"}
for k, (year, x0) in enumerate([(2018, 40), (2023, 330)]):
    d = KOKU[year]
    tot = (d["current"][0] + d["arrears"][0], d["current"][1] + d["arrears"][1])
    p.draw_rect(fitz.Rect(x0, 122, x0 + 240, 144), color=(0, 0, 0), fill=(0.8, 0.8, 0.8), width=0.8)
    tx(p, x0 + 70, 138, f"{YR[year]}　収入率", 11)
    for i, seg in enumerate(["current", "arrears", "total"]):
        a, c = d[seg] if seg != "total" else tot
        r = rate(c, a)
        y = 150 + i * 72
        p.draw_rect(fitz.Rect(x0, y, x0 + 240, y + 66), color=(0, 0, 0), width=0.6)
        tx(p, x0 + 8, y + 24, f"{SEG[seg]}　{r:.2f}%", 15)
        tx(p, x0 + 150, y + 22, "20政令市中", 8, "m")
        tx(p, x0 + 150, y + 36, f"{RANK[year][seg]}位", 12)
        tx(p, x0 + 8, y + 44, f"収入：{oku(c)} 億円", 9, "m")
        tx(p, x0 + 8, y + 58, f"調定：{oku(a)} 億円", 9, "m")
        anc = f"{YR[year]}収入率"
        F.append(fact("国民健康保険料", year, YR[year], seg, "collection_rate", "actual", r, "percent", f"{r:.2f}%", page=1))
        F.append(fact("国民健康保険料", year, YR[year], seg, "collected", "actual", round(float(oku(c)) * 1e8), "yen",
                      f"収入：{oku(c)} 億円", page=1))
        F.append(fact("国民健康保険料", year, YR[year], seg, "assessed", "actual", round(float(oku(a)) * 1e8), "yen",
                      f"調定：{oku(a)} 億円", page=1))
# arrow
p.draw_polyline([(285, 250), (318, 250)], color=(0, 0, 0), width=2)
p.draw_polyline([(312, 244), (318, 250), (312, 256)], color=(0, 0, 0), width=2)
tx(p, 283, 238, "平成31～", 7, "m")
tx(p, 283, 270, "令和５年度", 7, "m")
tx(p, 290, 280, "の取組", 7, "m")
# これまでの主な取組み
x0 = 590
p.draw_rect(fitz.Rect(x0, 122, 802, 446), color=(0, 0, 0), width=0.8)
tx(p, x0 + 8, 140, "これまでの主な取組み", 11)
SECTION = "これまでの主な取組み"
PAST = [("区役所と収納管理課による高額滞納案件の共同処理を開始", "令和元年度",
         "滞納額50万円以上の世帯を中心に、財産調査と差押えを計画的に進めました。"),
        ("こくほ・こうきコールセンターでＳＭＳ催告を導入", "令和２年度",
         "納期限後の早い段階で未納をお知らせし、自主納付を促しました。"),
        ("Ｗｅｂ口座振替受付サービスを開始", "令和３年度",
         "窓口に来なくても口座振替を申し込めるようにしました。"),
        ("スマートフォン決済アプリによる納付を開始", "令和４年度",
         "納付の手段を広げ、若年層の期限内納付を後押ししました。"),
        ("金融機関への預貯金照会を電子化", "令和５年度",
         "財産調査にかかる期間を短縮しました。")]
y = 150
for t1, yr, t2 in PAST:
    tbox(p, (x0 + 6, y, 800, y + 40), f"○{t1}（{yr}）", 9, "g")
    tbox(p, (x0 + 18, y + 26, 800, y + 62), t2, 8.5, "m")
    I.append(init("国民健康保険料", 2023, SECTION, "○", f"{t1}（{yr}）{t2}", None, page=1))
    y += 58
tx(p, 40, 470, "※収入率は、収入額を調定額で除したもの。億円未満は四捨五入しているため、表示上の数値で計算した率とは一致しない場合がある。", 8, "m")
tx(p, 40, 484, "※政令市中の順位は各年度の大都市国民健康保険主管課長会議資料による。", 8, "m")

# ---------------- page 2 -----------------------------------------------------------------------------
p = newpage(2)
tx(p, 40, 62, "２　差押件数及び収入未済額", 12)
OUTST = {2018: 12210777, 2019: 10862340, 2020: 9341208, 2021: 7480355, 2022: 5601872, 2023: 4381442}
WO = {2018: 2241573, 2019: 1984210, 2020: 1652097, 2021: 1418830, 2022: 1127754, 2023: 968150}
SASI = {2018: 3105, 2019: 3522, 2020: 3310, 2021: 3968, 2022: 4411, 2023: 4675}
years = list(OUTST)
hdr = ["区分"] + [YR[y] for y in years] + ["平成30年度比"]
r1 = ["差押件数（件）"] + [f"{SASI[y]:,}" for y in years] + [f"{SASI[2023]-SASI[2018]:,}"]
r2 = ["不納欠損額（億円）"] + [oku(WO[y]) for y in years] + ["△" + f"{(WO[2018]-WO[2023]) / 100000:.1f}"]
r3 = ["収入未済額（億円）"] + [oku(OUTST[y]) for y in years] + ["△" + f"{(OUTST[2018]-OUTST[2023]) / 100000:.1f}"]
grid(p, 40, 76, [130] + [88] * 6 + [100], [26, 26, 26, 26], [hdr, r1, r2, r3], size=10)
for y in years:
    F.append(fact("国民健康保険料", y, YR[y], "total", "written_off", "actual", round(float(oku(WO[y])) * 1e8), "yen",
                  oku(WO[y]), page=2))
    F.append(fact("国民健康保険料", y, YR[y], "total", "outstanding", "actual", round(float(oku(OUTST[y])) * 1e8), "yen",
                  oku(OUTST[y]), page=2))
a18 = round(OUTST[2018] / 1e5)  # 億
a23 = round(OUTST[2023] / 1e5)
txt = (f"　国民健康保険料の収入未済額は、平成30年度の約{a18}億円から令和５年度には約{a23}億円となり、"
       f"５年間で約{a18 - a23}億円縮減した。差押件数は、財産調査の電子化等により令和５年度は{SASI[2023]:,}件となった。")
tbox(p, (40, 192, 802, 240), txt, 10.5, "m")
F.append(fact("国民健康保険料", 2018, "平成30年度", "total", "outstanding", "actual", a18 * 100000000, "yen",
              f"約{a18}億円", approx=True, page=2))
F.append(fact("国民健康保険料", 2023, "令和５年度", "total", "outstanding", "actual", a23 * 100000000, "yen",
              f"約{a23}億円", approx=True, page=2))
# bar chart of outstanding
tx(p, 40, 262, "【収入未済額の推移】（億円）", 10)
bx, by = 70, 540
p.draw_line((bx, by), (bx + 560, by), color=(0, 0, 0), width=0.8)
for i, y in enumerate(years):
    hgt = OUTST[y] / 100000 * 2.0
    r = fitz.Rect(bx + 20 + i * 90, by - hgt, bx + 70 + i * 90, by)
    p.draw_rect(r, color=(0.2, 0.3, 0.6), fill=(0.45, 0.6, 0.85), width=0.5)
    tx(p, bx + 22 + i * 90, by + 14, YR[y].replace("年度", ""), 8, "m")
tx(p, 660, 300, "※グラフの数値は上表の", 8, "m")
tx(p, 660, 312, "　収入未済額による", 8, "m")

# ---------------- page 3 -----------------------------------------------------------------------------
p = newpage(3)
tx(p, 40, 62, "３　３保険料の収入率の状況と目標", 12)
tx(p, 700, 62, "（単位：％）", 9, "m")
DEBTS = ["国民健康保険料", "後期高齢者医療保険料", "介護保険料"]
R = {"国民健康保険料": {(2022, "current"): 94.21, (2022, "arrears"): 29.87,
                  (2023, "current"): rate(*KOKU[2023]["current"][::-1]), (2023, "arrears"): rate(*KOKU[2023]["arrears"][::-1]),
                  ("t", "current"): 94.90, ("t", "arrears"): 32.00, ("i24", "current"): 42.18, ("i23", "current"): 41.77},
     "後期高齢者医療保険料": {(2022, "current"): 99.52, (2022, "arrears"): 41.20, (2023, "current"): 99.55,
                    (2023, "arrears"): 43.08, ("t", "current"): 99.60, ("t", "arrears"): 44.00,
                    ("i24", "current"): 55.31, ("i23", "current"): 54.96},
     "介護保険料": {(2022, "current"): 98.83, (2022, "arrears"): 24.15, (2023, "current"): 98.91, (2023, "arrears"): 25.62,
               ("t", "current"): 99.00, ("t", "arrears"): 26.50, ("i24", "current"): 53.87, ("i23", "current"): 53.40}}
ROWS = [((2022, "current"), "令和４年度実績", "現年", 2022, "令和４年度", "actual", None),
        ((2022, "arrears"), None, "滞繰", 2022, "令和４年度", "actual", None),
        ((2023, "current"), "令和５年度実績", "現年", 2023, "令和５年度", "actual", None),
        ((2023, "arrears"), None, "滞繰", 2023, "令和５年度", "actual", None),
        (("t", "current"), "令和６年度目標", "現年", 2024, "令和６年度", "target", None),
        (("t", "arrears"), None, "滞繰", 2024, "令和６年度", "target", None),
        (("i24", "current"), "令和６年９月末", "現年", 2024, "令和６年９月末", "interim", "2024-09-30"),
        (("i23", "current"), "（前年同月）", "現年", 2023, "令和５年９月末", "interim", "2023-09-30")]
cells = [["区分", "", *DEBTS]]
for key, lab, seg, fy, fyr, basis, asof in ROWS:
    row = [lab if lab else "", seg]
    for dn in DEBTS:
        v = R[dn][key]
        row.append(f"{v:.2f}")
        F.append(fact(dn, fy, fyr, "current" if seg == "現年" else "arrears", "collection_rate", basis, v, "percent",
                      f"{v:.2f}", as_of=asof, page=3))
    cells.append(row)
grid(p, 40, 72, [150, 60, 180, 180, 180], [26] + [22] * 8, cells, size=10)
# merge look: draw white lines over the boundaries between the paired label cells
for i in (1, 3, 5):
    yb = 72 + 26 + i * 22
    p.draw_line((40.6, yb), (189.4, yb), color=(1, 1, 1), width=1.2)
tx(p, 40, 292, "※令和６年９月末及び前年同月の収入率は、当該年度の現年分調定額に対する９月末までの収入額の割合。", 8, "m")

tx(p, 40, 322, "４　３保険料の今後の取組み", 12)
PLAN = {"国民健康保険料": [("①", "納期限後のＳＭＳ催告を、納期限から10日以内に前倒しして送信する。", "拡充"),
                      ("②", "滞納額50万円以上の世帯は収納管理課が直接担当し、財産調査を徹底する。", "継続"),
                      ("③", "社会保険加入後も国保資格が残る世帯に、資格喪失の届出を勧める通知を送る。", "新規")],
        "後期高齢者医療保険料": [("①", "普通徴収の被保険者に、口座振替を勧める通知を年２回送付する。", "継続"),
                       ("②", "75歳到達を迎える国保加入者に、納付方法の案内を到達月の前月に送付する。", "新規")],
        "介護保険料": [("①", "年金からの特別徴収に切り替わるまでの期間を短縮し、普通徴収期間の未納を防ぐ。", "拡充"),
                  ("②", "滞納が続く方へ給付制限の内容を丁寧に説明し、早めの納付相談につなげる。", "継続")]}
for k, (dn, items) in enumerate(PLAN.items()):
    x0 = 40 + k * 257
    p.draw_rect(fitz.Rect(x0, 332, x0 + 245, 352), color=(0, 0, 0), fill=(0.85, 0.85, 0.85), width=0.8)
    tx(p, x0 + 8, 347, dn, 10.5)
    p.draw_rect(fitz.Rect(x0, 352, x0 + 245, 540), color=(0, 0, 0), width=0.8)
    y = 360
    for lab, text, st in items:
        s = f"{lab}{text}【{st}】"
        tbox(p, (x0 + 6, y, x0 + 240, y + 56), s, 9.5, "m")
        I.append(init(dn, 2024, "３保険料の今後の取組み", lab, text, st, page=3))
        y += 58

doc.subset_fonts()
out = PDF / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
document = {"kind": "committee_material", "municipality": CITY, "title": TITLE, "date": "2024-11-19",
            "date_raw": "令和６年11月19日"}
write_gold(STEM, out, document, F, I)
