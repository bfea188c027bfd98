"""岩見沢市 債権管理計画 (PyMuPDF direct drawing; the last page via Story in two columns)."""
from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf

from v_common import F, I, PDF, check, tri, write_gold

STEM = "v_iwamizawa_plan_1"
MUNI = "岩見沢市"
TITLE = "岩見沢市債権管理計画（令和７年度～令和９年度）"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM, FG = pymupdf.Font(fontfile=MIN), pymupdf.Font(fontfile=GOT)
W, H = pymupdf.paper_size("a4")
L, R = 56, W - 56

# 令和５年度 債権別 収入未済額 (円): account -> [(款, 債権名, amount, 件数)]
DETAIL = [
    ("一般会計", [("市税", "市民税（個人）", 312408115, 2841), ("市税", "市民税（法人）", 8120400, 37),
                 ("市税", "固定資産税", 268914230, 1904), ("市税", "軽自動車税（種別割）", 12306800, 1422),
                 ("分担金及び負担金", "保育所保育料", 6842100, 118),
                 ("使用料及び手数料", "市営住宅使用料", 38415620, 264),
                 ("諸収入", "生活保護費返還金", 52806334, 407), ("諸収入", "母子父子寡婦福祉資金貸付金", 4120800, 22),
                 ("諸収入", "住宅新築資金等貸付金", 18230455, 9), ("諸収入", "奨学資金貸付金", 3904000, 31),
                 ("諸収入", "学校給食費", 2415780, 96)]),
    ("国民健康保険特別会計", [("国民健康保険税", "国民健康保険税", 486220417, 3107), ("諸収入", "返納金（資格喪失後受診）", 5210334, 188)]),
    ("後期高齢者医療特別会計", [("後期高齢者医療保険料", "後期高齢者医療保険料", 8412300, 402)]),
    ("介護保険特別会計", [("保険料", "介護保険料", 24806120, 1176)]),
    ("水道事業会計", [("営業収益", "水道料金", 42118905, 2230)]),
    ("下水道事業会計", [("営業収益", "下水道使用料", 31704212, 2104)]),
]
SUB = {a: sum(x[2] for x in rows) for a, rows in DETAIL}
TOTAL = sum(SUB.values())
# 会計別 千円: R3, R4 invented; R5 from detail
ACC = {"一般会計": (842716, 768402), "国民健康保険特別会計": (560318, 522907), "後期高齢者医療特別会計": (9804, 9127),
       "介護保険特別会計": (29415, 27011), "水道事業会計": (47882, 45210), "下水道事業会計": (36019, 33806)}
ACC5 = {a: round(SUB[a] / 1000) for a in ACC}
ACC_T = (sum(v[0] for v in ACC.values()), sum(v[1] for v in ACC.values()), sum(ACC5.values()))
CHART = [(2018, "H30", 1688.4), (2019, "R元", 1602.7), (2020, "R2", 1533.9),
         (2021, "R3", round(ACC_T[0] / 1000, 1)), (2022, "R4", round(ACC_T[1] / 1000, 1)), (2023, "R5", round(ACC_T[2] / 1000, 1))]
TGT = [("市税", (98.62, 98.70, 98.80, 98.90)), ("国民健康保険税", (88.14, 88.60, 89.00, 89.40)),
       ("介護保険料", (98.95, 99.00, 99.05, 99.10)), ("後期高齢者医療保険料", (99.61, 99.62, 99.64, 99.66))]
TROWS = [(2023, "令和５年度（実績）", "actual"), (2025, "令和７年度", "target"), (2026, "８年度", "target"), (2027, "９年度", "target")]


def oku(yen):
    man = round(yen / 1_000_000) * 100  # in 万円, rounded to 百万
    o, m = divmod(man, 10000)
    return f"約{o}億{m:,}万円" if m else f"約{o}億円"


def txt(page, x, y, s, size=9.5, font="M", right=False, center=False):
    f = FM if font == "M" else FG
    w = f.text_length(s, fontsize=size)
    if right:
        x -= w
    elif center:
        x -= w / 2
    page.insert_text((x, y), s, fontname=font, fontsize=size)


def wrap(page, x, y, s, width, size=9.5, lead=1.6, font="M", indent=1):
    f = FM if font == "M" else FG
    line, first = "", True
    for ch in s:
        lim = width - (0 if first else 0)
        if f.text_length(line + ch, fontsize=size) > lim:
            txt(page, x, y, line, size, font); y += size * lead; line = ""; first = False
        line += ch
    if line:
        txt(page, x, y, line, size, font); y += size * lead
    return y


def new_page(doc, n):
    page = doc.new_page(width=W, height=H)
    page.insert_font(fontname="M", fontfile=MIN); page.insert_font(fontname="G", fontfile=GOT)
    txt(page, R, 34, "岩見沢市債権管理計画", 7.5, "G", right=True)
    txt(page, W / 2, H - 28, f"{n}", 9, "M", center=True)
    return page


def page1(doc, facts):
    p = new_page(doc, 1)
    txt(p, W / 2, 80, TITLE, 15, "G", center=True)
    txt(p, R, 102, "令和７年３月　岩見沢市総務部納税課", 9, right=True)
    y = 132
    txt(p, L, y, "１　計画策定の趣旨", 11.5, "G"); y += 20
    s1 = ("　本市は、令和４年３月に策定した前計画に基づき、市税をはじめとする各種債権の収納率向上と収入未済額の縮減に取り組んできた。"
          f"令和５年度決算における全会計の収入未済額は{oku(TOTAL)}で、前計画策定時の令和２年度と比べて縮減が進んでいる。")
    y = wrap(p, L, y, s1, R - L)
    s2 = ("　市税の収納率は令和５年度で98.62％（現年課税分99.51％、滞納繰越分31.07％）となり、道内主要都市の平均を上回った。"
          "一方で、国民健康保険税の収納率は88.14％にとどまり、収入未済額の約３割を占めている。")
    y = wrap(p, L, y, s2, R - L) + 10
    facts += [F(None, 2023, "令和５年度決算", "total", "outstanding", "actual", round(TOTAL / 1e6) * 1_000_000, "yen", oku(TOTAL), 1, approx=True, debt_raw=None),
              F("市税", 2023, "令和５年度", "total", "collection_rate", "actual", 98.62, "percent", "98.62％", 1),
              F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", 99.51, "percent", "99.51％", 1),
              F("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 31.07, "percent", "31.07％", 1),
              F("国民健康保険税", 2023, "令和５年度", "total", "collection_rate", "actual", 88.14, "percent", "88.14％", 1)]
    txt(p, L, y, "２　市の債権の状況", 11.5, "G"); y += 22
    txt(p, L, y, "表１　会計区分ごとの収入未済額", 10, "G"); txt(p, R, y, "（単位：千円）", 8.5, right=True); y += 18
    cols = [L + 4, L + 250, L + 320, L + 390, R - 4]   # label, R3, R4, R5, 増減 (right edges)
    heads = ["会計区分", "令和３年度", "令和４年度", "令和５年度", "増減（R5－R4）"]
    txt(p, cols[0], y, heads[0], 9, "G")
    for c, h in zip(cols[1:], heads[1:]):
        txt(p, c, y, h, 9, "G", right=True)
    y += 18
    for a, (v3, v4) in ACC.items():
        v5 = ACC5[a]
        txt(p, cols[0], y, a, 9.5)
        for c, v in zip(cols[1:], (v3, v4, v5)):
            txt(p, c, y, f"{v:,}", 9.5, right=True)
        txt(p, cols[4], y, tri(v5 - v4), 9.5, right=True)
        for fy, raw, v in ((2021, "令和３年度", v3), (2022, "令和４年度", v4), (2023, "令和５年度", v5)):
            facts.append(F(None, fy, raw, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", 1, debt_raw=a))
        y += 17
    txt(p, cols[0] + 20, y, "合　計", 9.5, "G")
    for c, v in zip(cols[1:], ACC_T):
        txt(p, c, y, f"{v:,}", 9.5, "G", right=True)
    txt(p, cols[4], y, tri(ACC_T[2] - ACC_T[1]), 9.5, "G", right=True)
    for fy, raw, v in ((2021, "令和３年度", ACC_T[0]), (2022, "令和４年度", ACC_T[1]), (2023, "令和５年度", ACC_T[2])):
        facts.append(F(None, fy, raw, "total", "outstanding", "actual", v * 1000, "yen", f"{v:,}", 1, debt_raw="合計"))
    y += 16
    txt(p, L, y, "※各会計の出納閉鎖時点の額。水道事業会計及び下水道事業会計は３月31日時点の未収金（過年度分を含む）。", 8)


def detail_pages(doc, facts):
    p = new_page(doc, 2)
    y = 70
    txt(p, L, y, "表２　令和５年度　債権別収入未済額の内訳", 10, "G"); txt(p, R, y, "（単位：円）", 8.5, right=True); y += 8
    xs = [L, L + 92, L + 190, L + 330, L + 425, R]  # 会計 | 款 | 債権名 | 収入未済額 | 件数
    rh = 21

    def hline(page, yy, x0=L, x1=R, w=0.5):
        page.draw_line((x0, yy), (x1, yy), width=w)

    def header(page, yy):
        hline(page, yy, w=0.8)
        for x0, x1, h in zip(xs, xs[1:], ["会計名称", "款名称", "債権名", "収入未済額", "件数（件）"]):
            txt(page, (x0 + x1) / 2, yy + 14, h, 9, "G", center=True)
        hline(page, yy + rh, w=0.8)
        return yy + rh

    y = header(p, y)
    page_no = 2
    top = y
    for a, rows in DETAIL:
        if a == "後期高齢者医療特別会計":   # continue on the next page without the header
            for x in xs:
                p.draw_line((x, top), (x, y), width=0.5)
            p = new_page(doc, 3); page_no = 3
            y = 60; top = y
            hline(p, y)
        start = y
        for k, (kan, name, amt, cnt) in enumerate(rows):
            if k == 0 or kan != rows[k - 1][0]:
                txt(p, xs[1] + 4, y + 14, kan, 8.5)
                p.draw_line((xs[1], y), (xs[5], y), width=0.5)
            else:
                p.draw_line((xs[2], y), (xs[5], y), width=0.5)
            txt(p, xs[2] + 4, y + 14, name, 8.5)
            txt(p, xs[4] - 4, y + 14, f"{amt:,}", 8.5, right=True)
            txt(p, xs[5] - 4, y + 14, f"{cnt:,}", 8.5, right=True)
            facts.append(F(name, 2023, "令和５年度", "total", "outstanding", "actual", amt, "yen", f"{amt:,}", page_no))
            y += rh
        p.draw_line((xs[1], y), (xs[5], y), width=0.5)
        txt(p, xs[2] + 4, y + 14, "小　計", 8.5, "G")
        txt(p, xs[4] - 4, y + 14, f"{SUB[a]:,}", 8.5, "G", right=True)
        txt(p, xs[5] - 4, y + 14, f"{sum(r[3] for r in rows):,}", 8.5, "G", right=True)
        facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", SUB[a], "yen", f"{SUB[a]:,}", page_no, debt_raw=f"{a} 小計"))
        y += rh
        # merged account cell: label vertically centred
        lab = a if len(a) <= 8 else a[:len(a) // 2 + 1] + "\n" + a[len(a) // 2 + 1:]
        parts = lab.split("\n")
        mid = (start + y) / 2 - (len(parts) - 1) * 6
        for i, part in enumerate(parts):
            txt(p, xs[0] + 4, mid + 4 + i * 12, part, 8.5)
        hline(p, y)
    hline(p, y, w=0.8)
    txt(p, xs[2] + 4, y + 14, "合　計", 9, "G")
    txt(p, xs[4] - 4, y + 14, f"{TOTAL:,}", 9, "G", right=True)
    txt(p, xs[5] - 4, y + 14, f"{sum(r[3] for _, rows in DETAIL for r in rows):,}", 9, "G", right=True)
    facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", TOTAL, "yen", f"{TOTAL:,}", page_no, debt_raw="合計"))
    y += rh
    hline(p, y, w=0.8)
    for x in xs:
        p.draw_line((x, top), (x, y), width=0.5)
    y += 18
    txt(p, L, y, "※件数は令和６年５月31日時点の納付義務者単位の件数。", 8)
    return p, y


def chart(p, y0, facts):
    txt(p, L, y0, "図１　収入未済額の推移（全会計）", 10, "G"); txt(p, R, y0, "単位：百万円", 8.5, right=True)
    x0, y1, x1, y2 = L + 40, y0 + 20, R - 20, y0 + 230
    p.draw_line((x0, y2), (x1, y2), width=0.8); p.draw_line((x0, y1), (x0, y2), width=0.8)
    vmax = 2000
    for t in range(0, vmax + 1, 500):
        yy = y2 - (y2 - y1) * t / vmax
        p.draw_line((x0 - 3, yy), (x0, yy), width=0.5)
        txt(p, x0 - 6, yy + 3, f"{t:,}", 7.5, right=True)
    bw = (x1 - x0) / len(CHART)
    for i, (fy, lab, v) in enumerate(CHART):
        cx = x0 + bw * (i + 0.5)
        top = y2 - (y2 - y1) * v / vmax
        p.draw_rect(pymupdf.Rect(cx - bw * 0.28, top, cx + bw * 0.28, y2), color=(0.2, 0.3, 0.5), fill=(0.55, 0.65, 0.82), width=0.5)
        txt(p, cx, top - 4, f"{v:,.1f}", 8, center=True)
        txt(p, cx, y2 + 13, lab, 8.5, center=True)
        facts.append(F(None, fy, lab, "total", "outstanding", "actual", round(v * 1_000_000), "yen", f"{v:,.1f}", 3, debt_raw=None))
    txt(p, (x0 + x1) / 2, y2 + 28, "（年度）", 8, center=True)
    return y2 + 40


def targets(p, y, facts):
    txt(p, L, y, "３　目標", 11.5, "G"); y += 20
    txt(p, L, y, "表３　債権別の目標収納率", 10, "G"); txt(p, R, y, "単位：％", 8.5, right=True); y += 8
    xs = [L, L + 140] + [L + 140 + (R - L - 140) / 4 * (k + 1) for k in range(4)]
    p.draw_line((L, y), (R, y), width=0.8)
    txt(p, L + 4, y + 14, "区　分", 9, "G")
    for k, (d, _) in enumerate(TGT):
        txt(p, (xs[k + 1] + xs[k + 2]) / 2, y + 14, d if len(d) <= 8 else "後期高齢者", 8.5, "G", center=True)
        if len(d) > 8:
            txt(p, (xs[k + 1] + xs[k + 2]) / 2, y + 25, "医療保険料", 8.5, "G", center=True)
    y += 30
    p.draw_line((L, y), (R, y), width=0.5)
    for i, (fy, raw, basis) in enumerate(TROWS):
        txt(p, L + 4, y + 14, raw, 9)
        for k, (d, vals) in enumerate(TGT):
            v = vals[i]
            txt(p, xs[k + 2] - 6, y + 14, f"{v:.2f}", 9, right=True)
            facts.append(F(d, fy, raw, "total", "collection_rate", basis, v, "percent", f"{v:.2f}", 3))
        y += 20
        p.draw_line((L, y), (R, y), width=0.5 if i < 3 else 0.8)
    txt(p, L, y + 14, "※収納率は現年課税分と滞納繰越分を合わせたもの（収入済額÷調定額）。", 8)


ACTS = [
    ("(1)", "滞納の未然防止", [("ア", "口座振替の利用を納税通知書の送付時に勧め、新規の申込みを増やす。", "継続"),
                           ("イ", "スマートフォン決済の対象を国民健康保険税と介護保険料に広げる。", "拡充"),
                           ("ウ", "納期限を過ぎた直後にＳＭＳで納付を案内する。", "新規")]),
    ("(2)", "滞納整理の強化", [("ア", "納税課が強制徴収公債権の高額事案を引き受け、一元的に滞納処分を行う。", "継続"),
                           ("イ", "預貯金の電子照会を全庁で使えるようにし、調査期間を短くする。", "拡充")]),
    ("(3)", "私債権の適正な管理", [("ア", "履行延期特約や支払督促などの手続を定めた事務手引を改訂する。", "継続"),
                             ("イ", "回収の見込みがない債権は、債権管理条例に基づき放棄を行う。", "継続")]),
    ("(4)", "職員の専門性の向上", [("ア", "債権所管課の職員を対象とした研修を年２回開催する。", "継続")]),
]


def last_page(inits):
    css = ("@font-face {font-family: M; src: url(ipaexm.ttf);} * {font-family: M; font-size: 9.5pt; line-height: 1.5;}"
           "h2 {font-size: 11.5pt; margin: 0 0 4pt 0;} h3 {font-size: 10pt; margin: 6pt 0 2pt 0;} p {margin: 0 0 2pt 0;}")
    html = "<h2>４　今後の取組み</h2>"
    for lab, head, items in ACTS:
        html += f"<h3>{lab}　{head}</h3>"
        for il, t, tag in items:
            html += f"<p>{il}　{t}【{tag}】</p>"
            inits.append(I(None, 2025, head, f"{lab}{il}", t, tag, 4))
    html += ("<h2>５　計画の進行管理</h2><p>　各債権所管課は、毎年度の決算確定後に収納状況と取組の実施状況を納税課に報告する。"
             "納税課は全庁の状況を取りまとめ、債権管理推進会議に報告するとともに、市ホームページで公表する。</p>")
    buf = io.BytesIO(); wr = pymupdf.DocumentWriter(buf)
    story = pymupdf.Story(html=html, user_css=css, archive=pymupdf.Archive(str(Path(MIN).parent)))
    dv = wr.begin_page(pymupdf.Rect(0, 0, W, H))
    gap = 18
    colw = (R - L - gap) / 2
    rects = [pymupdf.Rect(L, 60, L + colw, 330), pymupdf.Rect(L + colw + gap, 60, R, 600)]
    for rc in rects:
        more, _ = story.place(rc); story.draw(dv)
        if not more:
            break
    wr.end_page(); wr.close()
    if more:
        raise SystemExit("page 4 overflows")
    return pymupdf.open("pdf", buf.getvalue())


def build_and_gold():
    doc = pymupdf.open()
    facts, inits = [], []
    page1(doc, facts)
    p, y = detail_pages(doc, facts)
    y = chart(p, y + 24, facts)
    targets(p, y + 6, facts)
    src = last_page(inits)
    doc.insert_pdf(src)
    pg = doc[-1]
    pg.insert_font(fontname="G", fontfile=GOT); pg.insert_font(fontname="M", fontfile=MIN)
    txt(pg, R, 34, "岩見沢市債権管理計画", 7.5, "G", right=True)
    txt(pg, W / 2, H - 28, "4", 9, "M", center=True)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    write_gold(STEM, "plan", MUNI, TITLE, "2025-03-01", "令和７年３月", facts, inits)


if __name__ == "__main__":
    build_and_gold(); check(STEM)
