"""sf_kiyose_minutes_1: 書面開催の債権管理対策委員会 会議録（要旨）. python-docx -> LibreOffice.
Run from corpus/dev68:  python3 build/sf_kiyose_minutes_1.py"""
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sf_common import Gold, c, oku_man, rate, SET  # noqa: E402

STEM = "sf_kiyose_minutes_1"
WORK = "/tmp/sf_work/" + STEM
CITY = "清瀬市"
TITLE = "令和７年度第２回清瀬市債権管理対策委員会 会議録（要旨）"

_ZT = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def Z(s):
    return str(s).translate(_ZT)


# ---------------------------------------------------------------- data
# 令和6年度決算（千円）: canonical, printed short name, 調定, 収入済, 不納欠損, 前年度収納率
FY = 2024
D1 = [
    ("市税", "市税", 14862315, 14640512, 8215, 98.31),
    ("国民健康保険税", "国保税", 2315480, 1953126, 21304, 83.64),
    ("介護保険料", "介護料", 1402118, 1381905, 3412, 98.42),
    ("後期高齢者医療保険料", "後期高齢", 1065334, 1061210, 612, 99.58),
    ("保育所保育料", "保育料", 98412, 88734, 1026, 89.87),
    ("市営住宅使用料", "住宅使用料", 61205, 52318, 845, 84.12),
]
PREV_OUT_TAX = 232910  # 令和5年度 市税 収入未済額（千円）: only its difference is printed
# 令和7年9月末 現年度分（千円）: canonical, short, 調定, 収入済, 前年同月収納率
D2 = [
    ("市税", "市税", 14952110, 8731480, 58.1),
    ("国民健康保険税", "国保税", 1832400, 842904, 46.5),
    ("介護保険料", "介護料", 1388020, 735650, 52.6),
    ("後期高齢者医療保険料", "後期高齢", 1080550, 610511, 56.9),
]
PREV_TOTAL_RATE2 = 56.3

ATT = [("委員長", "副市長")] + [("委員", t) for t in (
    "企画部長", "総務部長", "市民生活部長", "健康福祉部長", "子ども・若者部長", "都市整備部長", "教育部長",
    "会計管理者")] + [("事務局", t) for t in ("収納課長", "収納課債権管理係長", "収納課主任")]
AGENDA = ["令和６年度決算における債権の状況について", "令和７年度上半期の収納状況について",
          "債権管理条例に基づく債権放棄の報告について"]
AGENDA_G = ["令和6年度決算における債権の状況について", "令和7年度上半期の収納状況について",
            "債権管理条例に基づく債権放棄の報告について"]
MATERIALS = ["資料１ 令和６年度 債権の状況（決算）", "資料２ 令和７年度 上半期収納状況",
             "資料３ 債権放棄の報告（令和７年度上半期分）"]


def set_font(run, name="IPAexMincho", size=10.5, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), name)
    rf.set(qn("w:hAnsi"), name)


def para(doc, text, size=10.5, bold=False, align=None, indent=0, font="IPAexMincho", space=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, font, size, bold)
    pf = p.paragraph_format
    pf.space_after = Pt(space)
    pf.space_before = Pt(0)
    if indent:
        pf.left_indent = Mm(indent)
    if align:
        p.alignment = align
    return p


def borders(cell, top=None, bottom=None):
    tcPr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, on in (("top", top), ("bottom", bottom), ("left", None), ("right", None)):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def build():
    g = Gold(STEM, {"kind": "minutes", "municipality": CITY, "title": "令和7年度第2回清瀬市債権管理対策委員会 会議録（要旨）",
                    "date": "2025-11-14", "date_raw": "令和７年１１月１４日"})
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)

    # ---------------- page 1
    para(doc, TITLE, 14, True, WD_ALIGN_PARAGRAPH.CENTER, font="IPAexGothic", space=12)
    para(doc, "１　開催方法", 11, True, font="IPAexGothic")
    para(doc, "　書面開催とし、令和７年１１月１４日付けで各委員に資料を送付して、同月２６日までに意見及び質問の提出を"
              "求め、その回答を事務局において取りまとめた。", indent=4)
    para(doc, "２　出席者（委員長１名、委員８名、事務局３名）", 11, True, font="IPAexGothic")
    para(doc, "委員長：副市長", indent=4)
    para(doc, "委　員：企画部長・総務部長・市民生活部長・健康福祉部長・子ども・若者部長・都市整備部長・教育部長・"
              "会計管理者", indent=4)
    para(doc, "事務局：収納課長・収納課債権管理係長・収納課主任", indent=4)
    para(doc, "３　議題", 11, True, font="IPAexGothic")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{Z(i)}）{a}", indent=4)
    para(doc, "４　資料", 11, True, font="IPAexGothic")
    for m in MATERIALS:
        para(doc, m, indent=4)
    para(doc, "別表１　令和６年度決算 主要債権の状況", indent=4)
    para(doc, "別表２　令和７年９月末 現年度分収納状況", indent=4)
    para(doc, "５　報告及び意見の概要", 11, True, font="IPAexGothic")
    para(doc, "　各委員から提出のあった報告、意見及び質問並びにそれに対する回答の概要は、次ページ以降のとおりである。"
              "なお、本委員会は平成２９年度に設置され、令和元年度から年２回開催している。", indent=4)
    doc.add_page_break()

    # ---------------- page 2: statements (1)
    st = []
    sec1 = "令和6年度決算における債権の状況について"
    para(doc, "（１）令和６年度決算における債権の状況について", 11, True, font="IPAexGothic")
    tax = D1[0]
    t_out = tax[2] - tax[3] - tax[4]
    t_rate = rate(tax[3], tax[2])
    t_diff = round(t_rate - tax[5], 2)
    out_appr = round(t_out * 1000, -6)
    dec = round((t_out - PREV_OUT_TAX) * 1000, -6)
    s_rate, s_diff, s_out, s_dec = Z(f"{t_rate:.2f}") + "％", Z(f"{t_diff:.2f}"), "約" + Z(oku_man(out_appr)), \
        "約" + Z(oku_man(-dec))
    txt = (f"「市税」は、令和６年度決算で収納率が{s_rate}となり、前年度から{s_diff}ポイント上昇した。"
           f"収入未済額は{s_out}で、前年度から{s_dec}減少した。現年課税分の早期納付勧奨と、"
           "滞納繰越分の財産調査の徹底が効果を上げている。")
    para(doc, "○市民生活部長", font="IPAexGothic")
    para(doc, txt, indent=6)
    st.append(("市民生活部長", sec1, txt))
    P = 2
    g.fact(P, "市税", "市税", FY, "令和６年度", "total", "collection_rate", "actual", t_rate, "percent", s_rate)
    g.fact(P, "市税", "市税", FY, "令和６年度", "total", "difference", "actual", t_diff, "points", s_diff + "ポイント")
    g.fact(P, "市税", "市税", FY, "令和６年度", "total", "outstanding", "actual", out_appr, "yen", s_out, approx=True)
    g.fact(P, "市税", "市税", FY, "令和６年度", "total", "difference", "actual", dec, "yen", s_dec, approx=True)

    kok = D1[1]
    k_out = kok[2] - kok[3] - kok[4]
    k_rate = rate(kok[3], kok[2])
    k_out_appr = round(k_out * 1000, -6)
    s_kr, s_ko = Z(f"{k_rate:.2f}") + "％", "約" + Z(oku_man(k_out_appr))
    txt = (f"「国民健康保険税」は、令和６年度決算の収納率（現年度分・滞納繰越分の計）が{s_kr}、"
           f"収入未済額は{s_ko}であった。被保険者の減少により調定額は縮小しているが、"
           "滞納繰越分の収納率は依然として低い水準にある。")
    para(doc, "○健康福祉部長", font="IPAexGothic")
    para(doc, txt, indent=6)
    st.append(("健康福祉部長", sec1, txt))
    g.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年度", "total", "collection_rate", "actual", k_rate, "percent", s_kr)
    g.fact(P, "国民健康保険税", "国民健康保険税", FY, "令和６年度", "total", "outstanding", "actual", k_out_appr, "yen",
           s_ko, approx=True)

    hoi = D1[4]
    h_out = hoi[2] - hoi[3] - hoi[4]
    h_appr = round(h_out * 1000, -5)
    s_ho = "約" + Z(f"{h_appr // 10000:,}") + "万円"
    txt = (f"「保育所保育料」の令和６年度末の収入未済額は{s_ho}である。児童手当からの特別徴収（申出徴収）を"
           "積極的に案内し、卒園後の滞納については、卒園前の面談で分納を約束させる取組を始めた。")
    para(doc, "○子ども・若者部長", font="IPAexGothic")
    para(doc, txt, indent=6)
    st.append(("子ども・若者部長", sec1, txt))
    g.fact(P, "保育所保育料", "保育所保育料", FY, "令和６年度", "total", "outstanding", "actual", h_appr, "yen", s_ho,
           approx=True)

    ju = D1[5]
    j_out = ju[2] - ju[3] - ju[4]
    j_rate = rate(ju[3], ju[2])
    s_jo, s_jr = c(j_out) + "千円", f"{j_rate:.2f}%"
    txt = (f"「市営住宅使用料」は、令和６年度決算で収入未済額が{s_jo}、収納率は{s_jr}であった。"
           "連帯保証人への通知を早め、明渡し請求に至る前の段階で分納計画を立てるよう指導している。")
    para(doc, "○都市整備部長", font="IPAexGothic")
    para(doc, txt, indent=6)
    st.append(("都市整備部長", sec1, txt))
    g.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "令和６年度", "total", "outstanding", "actual", j_out * 1000, "yen", s_jo)
    g.fact(P, "市営住宅使用料", "市営住宅使用料", FY, "令和６年度", "total", "collection_rate", "actual", j_rate, "percent",
           s_jr)
    doc.add_page_break()

    # ---------------- page 3: statements (2) and (3)
    P = 3
    sec2 = "令和7年度上半期の収納状況について"
    para(doc, "（２）令和７年度上半期の収納状況について", 11, True, font="IPAexGothic")
    r2 = {d[0]: (rate(d[3], d[2], 1), d[4]) for d in D2}
    tr, tp = r2["市税"]
    kr, kp = r2["国民健康保険税"]
    s1, s1d = Z(f"{tr:.1f}") + "％", Z(f"{round(tr - tp, 1):.1f}")
    s2, s2d = Z(f"{kr:.1f}") + "％", Z(f"{abs(round(kr - kp, 1)):.1f}")
    txt = (f"令和７年９月末現在の市税現年度分の収納率は{s1}で、前年同月を{s1d}ポイント上回っている。"
           f"国民健康保険税現年度分は{s2}で、前年同月比{s2d}ポイントの低下となった。"
           "口座振替の新規登録が伸び悩んでいることから、窓口での勧奨を強化する。")
    para(doc, "○収納課長", font="IPAexGothic")
    para(doc, txt, indent=6)
    st.append(("収納課長", sec2, txt))
    A9, A9p = "2025-09-30", "2024-09-30"
    g.fact(P, "市税", "市税", 2025, "令和７年", "current", "collection_rate", "interim", tr, "percent", s1, as_of=A9)
    g.fact(P, "市税", "市税", 2025, "令和７年", "current", "difference", "interim", round(tr - tp, 1), "points",
           s1d + "ポイント", as_of=A9)
    g.fact(P, "国民健康保険税", "国民健康保険税", 2025, "令和７年", "current", "collection_rate", "interim", kr, "percent", s2,
           as_of=A9)
    g.fact(P, "国民健康保険税", "国民健康保険税", 2025, "令和７年", "current", "difference", "interim", round(kr - kp, 1),
           "points", s2d + "ポイント", as_of=A9)

    sec3 = "意見及び質問並びに回答"
    para(doc, "（３）意見及び質問並びに回答", 11, True, font="IPAexGothic")
    qa = [
        ("企画部長", "国保税の滞納繰越分の収納率が他の債権に比べて低い。上半期の状況と年度末の見込みを伺いたい。", []),
        ("健康福祉部長", "滞納繰越分の９月末の収納率は１８．２％で、前年同月の１７．５％を上回っている。"
                     "年度末には２５％程度を見込んでいる。", [
                         (2025, None, "interim", 18.2, "１８．２％", A9, False),
                         (2024, "前年同月", "interim", 17.5, "１７．５％", A9p, False),
                         (2025, "年度末", "estimate", 25.0, "２５％程度", None, True)]),
        ("総務部長", "債権放棄の報告について、放棄の判断基準を各課で統一して運用しているか確認したい。", []),
        ("収納課長", "債権管理条例第１４条の基準に基づき、各課から提出された調書を収納課で確認した上で放棄している。"
                 "上半期の放棄は３課、計２８件であった。", []),
        ("教育部長", "学校給食費は令和８年度から公会計化する予定であり、移行後の督促事務について収納課の支援をお願いしたい。", []),
        ("収納課長", "移行前に督促・催告の手順書を共同で作成し、システムの滞納管理機能の研修を行う。", []),
    ]
    for sp, t, figs in qa:
        para(doc, "○" + sp, font="IPAexGothic")
        para(doc, t, indent=6)
        st.append((sp, sec3, t))
        for fy, fyr, basis, v, raw, aso, ap in figs:
            g.fact(P, "国民健康保険税", "国保税", fy, fyr, "arrears", "collection_rate", basis, v, "percent", raw,
                   approx=ap, as_of=aso)
    para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_page_break()

    # ---------------- page 4: 別表1 (horizontal rules over and under the header only)
    P = 4
    para(doc, "別表１　令和６年度決算 主要債権の状況", 11, True, font="IPAexGothic")
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率（前年度）"]
    tb = doc.add_table(rows=1, cols=6)
    for i, h in enumerate(hdr):
        cell = tb.rows[0].cells[i]
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(cell.paragraphs[0].add_run(h), "IPAexGothic", 9)
        borders(cell, top=True, bottom=True)
    tot = [0, 0, 0]
    for deb, short, a, col, w, prev in D1:
        out = a - col - w
        r = rate(col, a)
        tot = [tot[0] + a, tot[1] + col, tot[2] + w]
        row = tb.add_row().cells
        vals = [short, c(a), c(col), c(w), c(out), f"{r:.2f}（{prev:.2f}）"]
        for i, v in enumerate(vals):
            row[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT
            set_font(row[i].paragraphs[0].add_run(v), size=9)
            borders(row[i])
        for m, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", out)):
            g.fact(P, deb, short, FY, "令和６年度", "total", m, "actual", v * 1000, "yen", c(v))
        g.fact(P, deb, short, FY, "令和６年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
        g.fact(P, deb, short, FY - 1, "令和５年度", "total", "collection_rate", "actual", prev, "percent", f"{prev:.2f}")
    a, col, w = tot
    out = a - col - w
    r = rate(col, a)
    row = tb.add_row().cells
    for i, v in enumerate(["計", c(a), c(col), c(w), c(out), f"{r:.2f}"]):
        row[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT
        set_font(row[i].paragraphs[0].add_run(v), size=9)
        borders(row[i], top=True, bottom=True)
    for m, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", out)):
        g.fact(P, None, "計", FY, "令和６年度", "total", m, "actual", v * 1000, "yen", c(v))
    g.fact(P, None, "計", FY, "令和６年度", "total", "collection_rate", "actual", r, "percent", f"{r:.2f}")
    para(doc, "")
    para(doc, "注１　（　）内は令和５年度決算の収納率である。", 9)
    para(doc, "注２　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料、保育料：保育所保育料、"
              "住宅使用料：市営住宅使用料", 9)
    para(doc, "注３　各債権とも現年度分と滞納繰越分の合計である。", 9)

    # ---------------- page 5: 別表2, landscape, no rules (tab stops)
    P = 5
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Mm(297), Mm(210)
    ns.left_margin = ns.right_margin = Mm(25)
    para(doc, "別表２　令和７年９月末 現年度分収納状況（前年同月との比較）", 11, True, font="IPAexGothic")
    para(doc, "現年度分のみ。単位：千円、％、差はポイント", 9)

    def tabline(cells, bold=False):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(3)
        x = 45
        for i in range(1, len(cells)):
            pf.tab_stops.add_tab_stop(Mm(x), WD_TAB_ALIGNMENT.RIGHT)
            x += 40
        set_font(p.add_run("\t".join(cells)), "IPAexGothic" if bold else "IPAexMincho", 10, bold)

    heads = [d[1] for d in D2] + ["計"]
    tabline(["区分"] + heads, True)
    ta = sum(d[2] for d in D2)
    tc = sum(d[3] for d in D2)
    cols = [(d[0], d[1], d[2], d[3], d[4]) for d in D2] + [(None, "計", ta, tc, PREV_TOTAL_RATE2)]
    rows = {"調定額": [], "収入済額": [], "収納率": [], "前年同月収納率": [], "差": []}
    for deb, short, a, col, prev in cols:
        r = rate(col, a, 1)
        d = round(r - prev, 1)
        sd = ("△" if d < 0 else "") + f"{abs(d):.1f}"
        rows["調定額"].append(c(a))
        rows["収入済額"].append(c(col))
        rows["収納率"].append(f"{r:.1f}")
        rows["前年同月収納率"].append(f"{prev:.1f}")
        rows["差"].append(sd)
        g.fact(P, deb, short, 2025, "令和７年", "current", "assessed", "interim", a * 1000, "yen", c(a), as_of=A9)
        g.fact(P, deb, short, 2025, "令和７年", "current", "collected", "interim", col * 1000, "yen", c(col), as_of=A9)
        g.fact(P, deb, short, 2025, "令和７年", "current", "collection_rate", "interim", r, "percent", f"{r:.1f}", as_of=A9)
        g.fact(P, deb, short, 2024, "前年同月", "current", "collection_rate", "interim", prev, "percent", f"{prev:.1f}",
               as_of=A9p)
        g.fact(P, deb, short, 2025, "令和７年", "current", "difference", "interim", d, "points", sd, as_of=A9)
    for k, v in rows.items():
        tabline([k] + v)
    para(doc, "")
    para(doc, "※　国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料", 9)
    para(doc, "※　前年同月収納率は令和６年９月末現在の現年度分収納率である。", 9)

    g.minutes = {"title": "令和7年度第2回清瀬市債権管理対策委員会 会議録（要旨）", "meeting_number": 2,
                 "date": "2025-11-14", "method": "書面開催",
                 "attendees": [{"role": r, "title": t, "name": None} for r, t in ATT],
                 "agenda": AGENDA_G, "materials": MATERIALS,
                 "statements": [{"speaker": s, "section": se, "text": t} for s, se, t in st]}

    os.makedirs(WORK, exist_ok=True)
    dp = os.path.join(WORK, STEM + ".docx")
    doc.save(dp)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, dp], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(WORK, STEM + ".pdf"), os.path.join(SET, "pdf", STEM + ".pdf"))
    g.write()


if __name__ == "__main__":
    build()
