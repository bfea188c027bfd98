"""みずなら市債権管理重点方針（令和6年度～令和7年度） — PyMuPDF Story (HTML) + insert_htmlbox + vector chart.
Modelled on 会計・款・債権 tables and prose of city/ward debt plans (世田谷区債権管理重点プラン H26-29 on happylibus is the
same family; layout variations taken from 目黒区 行政監査「債権管理について」(dokumen.tips) and 大和市 行政監査報告書 (vdocuments))."""
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf as fitz

from l_common import PDF, fact, init, locate, locate_text, write_gold

STEM = "l_mizunara_plan_1"
CITY = "みずなら市"
MINC_DIR = "/usr/share/fonts/opentype/ipaexfont-mincho/"
GOTH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
CSS = """@font-face {font-family: m; src: url(ipaexm.ttf);}
body {font-family: m; font-size: 10pt; line-height: 1.45;}
h1 {font-size: 16pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-size: 12pt; margin: 10pt 0 4pt 0;}
h3 {font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
p.r {text-align: right; text-indent: 0; font-size: 9pt; margin: 0;}
p.c {text-align: center; text-indent: 0;}
p.n {text-indent: 0; margin-left: 1.2em;}
table {border-collapse: collapse; width: 100%; font-size: 9pt;}
td {border: 0.5pt solid black; padding: 1.5pt 3pt;}
td.h {background-color: #e6e6e6; text-align: center;}
td.n {text-align: right;}
td.i {padding-left: 14pt;}
"""

ACC = [  # 会計, R3 千円, R4 千円
    ("一般会計", 1286415, 1201733),
    ("国民健康保険事業特別会計", 1052870, 1003594),
    ("後期高齢者医療特別会計", 38214, 35902),
    ("介護保険事業特別会計", 121663, 116205),
    ("下水道事業会計", 168052, 180377),
]
# R4 breakdown in yen: 会計 -> [(款, 債権名, 円, [(うち label, 円)])]; last item absorbs the remainder
BREAK = {
    "一般会計": [("市税", "市税", 612354218, [("うち 個人市民税", 338917405), ("うち 固定資産税・都市計画税", 241066380)]),
             ("分担金及び負担金", "保育所保育料", 41208650, []),
             ("使用料及び手数料", "市営住宅使用料", 88431900, []),
             ("諸収入", "生活保護費返還金", 392815377, []),
             ("諸収入", "母子父子寡婦福祉資金貸付金", 30517264, []),
             ("諸収入", "その他（返還金・弁償金等）", None, [])],
    "国民健康保険事業特別会計": [("国民健康保険税", "国民健康保険税", 968120455, []), ("諸収入", "第三者納付金・返納金", None, [])],
    "後期高齢者医療特別会計": [("後期高齢者医療保険料", "後期高齢者医療保険料", None, [])],
    "介護保険事業特別会計": [("保険料", "介護保険料", 109874310, []), ("諸収入", "返納金", None, [])],
    "下水道事業会計": [("営業収益", "下水道使用料", 163052860, []), ("その他", "受益者負担金", None, [])],
}
REM = {"一般会計": 412, "国民健康保険事業特別会計": 87, "後期高齢者医療特別会計": 230, "介護保険事業特別会計": 64, "下水道事業会計": 301}

facts, inits = [], []


def F(*a, **kw):
    facts.append(fact(None, *a, **kw))


def k(n):
    return f"{n:,}"


def tri(n):
    return f"△{abs(n):,}" if n < 0 else f"{n:,}"


def part_a():
    tot3 = sum(a[1] for a in ACC)
    tot4 = sum(a[2] for a in ACC)
    h = ["<h1>みずなら市債権管理重点方針</h1><p class='c'>（令和6年度～令和7年度）</p>",
         "<p class='r'>令和6年3月　みずなら市総務部収納課</p>",
         "<h2>１　方針策定の趣旨</h2>",
         "<p>本市では、市税や国民健康保険税をはじめとする各種債権に多額の収入未済がある状況を踏まえ、平成31年3月に"
         "「みずなら市債権管理方針」を策定し、収納率の向上と収入未済額の縮減に取り組んできた。社会経済情勢の変化により"
         "今後も厳しい財政運営が見込まれることから、市民負担の公平性を確保し、安定した財源を確保するため、令和6年度から"
         "令和7年度までの2か年を期間とする重点方針を定める。</p>",
         "<h3>＜市の債権の状況＞</h3>",
         "<p class='n'>市が保有する全債権の収入未済額（会計別）</p><p class='r'>（単位：千円）</p>",
         "<table><tr><td class='h'>会計名称</td><td class='h'>令和3年度<br>(2021年度)</td><td class='h'>令和4年度<br>(2022年度)</td>"
         "<td class='h'>増減</td></tr>"]
    for name, a3, a4 in ACC:
        h.append(f"<tr><td>{name}</td><td class='n'>{k(a3)}</td><td class='n'>{k(a4)}</td><td class='n'>{tri(a4 - a3)}</td></tr>")
        F(None, 2021, "令和3年度(2021年度)", "total", "outstanding", "actual", a3 * 1000, "yen", k(a3), debt_raw=name)
        F(None, 2022, "令和4年度(2022年度)", "total", "outstanding", "actual", a4 * 1000, "yen", k(a4), debt_raw=name)
    h.append(f"<tr><td>合計</td><td class='n'>{k(tot3)}</td><td class='n'>{k(tot4)}</td><td class='n'>{tri(tot4 - tot3)}</td></tr></table>")
    F(None, 2021, "令和3年度(2021年度)", "total", "outstanding", "actual", tot3 * 1000, "yen", k(tot3), debt_raw="合計")
    F(None, 2022, "令和4年度(2022年度)", "total", "outstanding", "actual", tot4 * 1000, "yen", k(tot4), debt_raw="合計")
    h.append("<p class='n' style='font-size:8.5pt'>※千円未満切捨て。下水道事業会計は令和3年度から公営企業会計に移行している。</p>")
    h.append("<h3>令和4年度（2022年度）　市が保有する全債権の収入未済額内訳</h3><p class='r'>（単位：円）</p>")
    h.append("<table><tr><td class='h'>会計</td><td class='h'>款</td><td class='h'>債権名</td><td class='h'>収入未済額</td></tr>")
    grand = 0
    amounts = {}
    for acc, items in BREAK.items():
        target = dict((a[0], a[2]) for a in ACC)[acc] * 1000 + REM[acc]
        known = sum(x[2] for x in items if x[2])
        rows = []
        for kan, name, yen, subs in items:
            if yen is None:
                yen = target - known
            rows.append((kan, name, yen, subs))
        amounts[acc] = rows
        first = True
        n_rows = sum(1 + len(r[3]) for r in rows) + 1
        for kan, name, yen, subs in rows:
            acc_cell = f"<td rowspan='{n_rows}'>{acc}</td>" if first else ""
            first = False
            h.append(f"<tr>{acc_cell}<td>{kan}</td><td>{name}</td><td class='n'>{k(yen)}</td></tr>")
            debt = None if name.startswith("その他") or name in ("第三者納付金・返納金", "返納金") else name
            F(debt, 2022, "令和4年度（2022年度）", "total", "outstanding", "actual", yen, "yen", k(yen), debt_raw=name)
            for lab, sy in subs:
                h.append(f"<tr><td></td><td class='i'>{lab}</td><td class='n'>{k(sy)}</td></tr>")
                nm = lab.replace("うち ", "")
                F(nm, 2022, "令和4年度（2022年度）", "total", "outstanding", "actual", sy, "yen", k(sy), debt_raw=lab)
        h.append(f"<tr><td colspan='2'>小計</td><td class='n'>{k(target)}</td></tr>")
        F(None, 2022, "令和4年度（2022年度）", "total", "outstanding", "actual", target, "yen", k(target), debt_raw=f"小計（{acc}）")
        grand += target
    h.append(f"<tr><td colspan='3'>合　計</td><td class='n'>{k(grand)}</td></tr></table>")
    F(None, 2022, "令和4年度（2022年度）", "total", "outstanding", "actual", grand, "yen", k(grand), debt_raw="合計")
    return "".join(h), amounts, tot4


def render(html, pages_rect=fitz.paper_rect("a4")):
    arch = fitz.Archive(MINC_DIR)
    story = fitz.Story(html=html, user_css=CSS, archive=arch)
    buf = io.BytesIO()
    w = fitz.DocumentWriter(buf)
    more = 1
    while more:
        dev = w.begin_page(pages_rect)
        more, _ = story.place(fitz.Rect(62, 60, 533, 785))
        story.draw(dev)
        w.end_page()
    w.close()
    return fitz.open("pdf", buf.getvalue())


def chart_page(doc, tot4):
    page = doc.new_page(width=595, height=842)
    oku, man = divmod(round(tot4 / 100), 10000)  # 千円 -> 万円 rounded to 100万
    man = round(tot4 / 1000) * 100 % 10000  # nearest 100万円 in 万円
    oku = round(tot4 / 1000) * 100 // 10000
    t4 = f"約{oku}億{man:,}万円"
    html = ("<h2>２　これまでの取組の実績と課題</h2>"
            f"<p>令和4年度（2022年度）の市が保有する全債権の収入未済額は{t4}であった。前方針の策定時（平成30年度）の"
            "約31億円と比較すると、約5億6千万円の減となっており、前方針の取組が一定の成果を上げたものと評価できる。"
            "特に市税の収納率は、令和4年度に97.4％となり、4年連続で前年度を上回った。</p>"
            "<p>一方で、国民健康保険税の滞納繰越分や生活保護費返還金など、回収に長期間を要する債権の収入未済額は"
            "横ばいで推移しており、滞納の早期解消と回収困難な債権の適正な整理が引き続き課題である。</p>")
    arch = fitz.Archive(MINC_DIR)
    rc = page.insert_htmlbox(fitz.Rect(62, 60, 533, 330), html, css=CSS, archive=arch)
    assert rc[0] >= 0, rc
    F(None, 2022, "令和4年度（2022年度）", "total", "outstanding", "actual", (oku * 10000 + man) * 10000, "yen", t4, approx=True)
    F(None, 2018, "平成30年度", "total", "outstanding", "actual", 3100000000, "yen", "約31億円", approx=True)
    F("市税", 2022, "令和4年度", "total", "collection_rate", "actual", 97.4, "percent", "97.4％")
    page.insert_font(fontname="G", fontfile=GOTH)
    x0, y0, x1, y1 = 90, 360, 520, 640
    page.insert_text((x0 - 20, y0 - 14), "図1　収入未済額の推移（全会計）", fontname="G", fontsize=11)
    page.insert_text((x1 - 60, y0 - 2), "（単位：億円）", fontname="G", fontsize=8.5)
    data = [("H30", 2018, "31.0"), ("R1", 2019, "29.6"), ("R2", 2020, "28.2"), ("R3", 2021, "26.7"), ("R4", 2022, f"{tot4 / 100000:.1f}")]
    page.draw_rect(fitz.Rect(x0, y0, x1, y1), color=(0.5, 0.5, 0.5), width=0.5)
    for gv in (20, 25, 30, 35):
        gy = y1 - (gv - 20) / 15 * (y1 - y0)
        page.draw_line((x0, gy), (x1, gy), color=(0.85, 0.85, 0.85), width=0.4)
        page.insert_text((x0 - 18, gy + 3), str(gv), fontname="G", fontsize=8)
    pts = []
    for i, (lab, fy, v) in enumerate(data):
        x = x0 + 45 + i * 85
        y = y1 - (float(v) - 20) / 15 * (y1 - y0)
        pts.append((x, y))
        page.insert_text((x - 8, y1 + 14), lab, fontname="G", fontsize=9)
        F(None, fy, lab, "total", "outstanding", "actual", round(float(v) * 1e8), "yen", v)
    for a, b in zip(pts, pts[1:]):
        page.draw_line(a, b, color=(0.1, 0.3, 0.6), width=1.6)
    for (x, y), (_, _, v) in zip(pts, data):
        page.draw_circle((x, y), 3.2, color=(0.1, 0.3, 0.6), fill=(1, 1, 1), width=1.2)
        page.insert_text((x - 9, y - 9), v, fontname="G", fontsize=9.5)
    page.insert_text((x0 - 20, y1 + 34), "※各年度の決算における全会計の収入未済額（千万円未満四捨五入）。", fontname="G", fontsize=8)
    return page


DEBTS = [
    dict(name="市税", prose="市税の令和4年度の収入未済額は{amt}で、このうち個人市民税が約6割を占めている。",
         act=("99.12", "26.8"), tgt=(("99.20", "28.0"), ("99.25", "29.0")),
         items=[("①", "現年課税分の滞納者には、督促状発送後の早い段階で電話・文書による催告を行い、新たな滞納繰越の発生を防ぐ。", "継続"),
                ("②", "納付約束を履行しない滞納者には、預貯金・給与等の財産調査を行い、差押えを速やかに執行する。", "継続"),
                ("③", "スマートフォン決済アプリによる納付の対象を軽自動車税から全税目に広げる。", "拡充")]),
    dict(name="国民健康保険税", prose="国民健康保険税の令和4年度の収入未済額は{amt}で、全債権の約4割を占める。",
         act=("94.05", "21.3"), tgt=(("94.30", "23.0"), ("94.50", "24.5")),
         items=[("①", "国民健康保険の加入手続の際に口座振替の申込みを受け付け、口座振替の原則化を進める。", "継続"),
                ("②", "資格を喪失した世帯の未納分について、喪失後3か月以内に文書と電話で催告する。", "新規"),
                ("③", "納税課と連携し、高額滞納世帯の滞納処分を共同で実施する。", "拡充")]),
    dict(name="下水道使用料", prose="下水道使用料の令和4年度の収入未済額は{amt}で、前年度から増加した。",
         act=("98.74", "39.5"), tgt=(("98.80", "41.0"), ("98.85", "42.0")),
         items=[("①", "水道料金と一体で催告を行い、給水停止予告の段階で納付を促す。", "継続"),
                ("②", "閉栓後の未納者の所在調査を行い、回収の見込みのない債権は整理を進める。", "継続")]),
]


def part_c(amounts):
    yen = {}
    for rows in amounts.values():
        for kan, name, y, subs in rows:
            yen[name] = y
    h = ["<h2>３　重点的な取組</h2>",
         "<p>前方針の成果と課題を踏まえ、次の3点を重点として取り組む。</p>",
         "<p class='n'>（１）現年度分の徴収の徹底による滞納の未然防止</p>",
         "<p class='n'>（２）強制徴収公債権における滞納処分の強化</p>",
         "<p class='n'>（３）回収の見込みのない債権の適正な整理</p>",
         
         "<h2>４　推進体制</h2><p>副市長を会長とする債権管理推進会議において、債権ごとの目標と取組の進捗を管理する。</p>"]
    for lab, text in (("（１）", "現年度分の徴収の徹底による滞納の未然防止"), ("（２）", "強制徴収公債権における滞納処分の強化"),
                      ("（３）", "回収の見込みのない債権の適正な整理")):
        inits.append(init(None, None, 2024, "重点的な取組", lab, text, None))
    for i, D in enumerate(DEBTS, 1):
        y = yen[D["name"]]
        oku, rest = divmod(y, 100000000)
        man = rest // 10000
        amt = (f"{oku}億{man:,}万円余" if oku else f"{man:,}万円余")
        h.append(f"<h2>５－{i}　債権ごとの取組（{D['name']}）</h2>")
        h.append("<p>" + D["prose"].format(amt=amt) + "</p>")
        F(D["name"], 2022, "令和4年度", "total", "outstanding", "actual", oku * 100000000 + man * 10000, "yen", amt, approx=True)
        h.append("<p class='n'>目標収納率</p>")
        h.append("<table><tr><td class='h' rowspan='2'>区分</td><td class='h'>実績</td><td class='h' colspan='2'>目標</td></tr>"
                 "<tr><td class='h'>令和4年度</td><td class='h'>令和6年度</td><td class='h'>令和7年度</td></tr>")
        for lab, sg, j in (("現年分", "current", 0), ("滞納繰越分", "arrears", 1)):
            a, t6, t7 = D["act"][j], D["tgt"][0][j], D["tgt"][1][j]
            h.append(f"<tr><td>{lab}</td><td class='n'>{a}%</td><td class='n'>{t6}%</td><td class='n'>{t7}%</td></tr>")
            F(D["name"], 2022, "令和4年度", sg, "collection_rate", "actual", float(a), "percent", f"{a}%")
            F(D["name"], 2024, "令和6年度", sg, "collection_rate", "target", float(t6), "percent", f"{t6}%")
            F(D["name"], 2025, "令和7年度", sg, "collection_rate", "target", float(t7), "percent", f"{t7}%")
        h.append("</table>")
        h.append("<h3>【主な取組】</h3>")
        for lab, text, st in D["items"]:
            h.append(f"<p class='n'>{lab}　{text}【{st}】</p>")
            inits.append(init(None, D["name"], 2024, "主な取組", lab, text, st))
    return "".join(h)


def build():
    html_a, amounts, tot4 = part_a()
    doc = render(html_a)
    chart_page(doc, tot4)
    c = render(part_c(amounts))
    doc.insert_pdf(c)
    n = doc.page_count
    for i, page in enumerate(doc):
        page.insert_font(fontname="G", fontfile=GOTH)
        page.insert_text((62, 40), "みずなら市債権管理重点方針", fontname="G", fontsize=8, color=(0.35, 0.35, 0.35))
        page.insert_text((285, 815), f"－ {i + 1} －", fontname="G", fontsize=9)
    doc.subset_fonts()
    out = PDF / f"{STEM}.pdf"
    doc.save(out, garbage=4, deflate=True)
    return out


if __name__ == "__main__":
    pdf = build()
    locate(facts, pdf)
    locate_text(inits, pdf)
    document = {"kind": "plan", "municipality": CITY, "title": "みずなら市債権管理重点方針（令和6年度～令和7年度）",
                "date": "2024-03-01", "date_raw": "令和6年3月"}
    write_gold(STEM, document, facts, inits)
