"""n_fussa_minutes_1: 福生市議会 決算審査特別委員会記録（第２日） — PyMuPDF Story (HTML), A4 portrait.

Modelled on the 福生市議会 「平成29年決算審査特別委員会 本文 2017-09-13」 (numbered ◯speaker statements,
市民部 審査 with 収納課), https://chiholog.net/tokyolog/gijilog/132187-20170913-1c64035/ja ; figures invented.
"""
from __future__ import annotations

import re

import pymupdf as fitz

from n_common import OUT, PDF, check_and_write, comma, fact, fmt_rate, nows, rate, zen

STEM = "n_fussa_minutes_1"
CITY = "福生市"
TITLE = "令和７年　決算審査特別委員会記録（第２日）"
FONTDIR = "/usr/share/fonts/opentype/ipaexfont-mincho"

# (現年: 調定, 収入済, 不納欠損), (滞繰: ...)  単位：円
DATA = {
    "市税": ((11842365400, 11748932100, 3215800), (402118700, 143265300, 38904200)),
    "国民健康保険税": ((1865402300, 1746215800, 1108500), (702884100, 152331600, 61442900)),
    "介護保険料": ((1614283500, 1598402700, 221400), (58902300, 12118500, 9884000)),
    "保育料": ((186402800, 185432500, 0), (21884600, 4662300, 2108400)),
}
V = {}
for d, (cur, arr) in DATA.items():
    tot = tuple(cur[i] + arr[i] for i in range(3))
    V[d] = {}
    for seg, t in (("current", cur), ("arrears", arr), ("total", tot)):
        a, c, w = t
        V[d][seg] = {"assessed": a, "collected": c, "written_off": w, "outstanding": a - c - w,
                     "collection_rate": rate(c, a)}


def oku_man(yen: int) -> tuple[str, int]:
    """約X億X,XXX万円 rounded to 10万円? -> to 万円 rounded to 100万円."""
    m = round(yen / 1_000_000) * 100  # 万円, rounded to 百万円
    o, r = divmod(m, 10000)
    s = (f"{o}億" if o else "") + (f"{r:,}万円" if r else "円")
    return "約" + s, m * 10_000


def pct(v):
    return zen(fmt_rate(v)) + "％"


tax, kok, kai, hoi = V["市税"], V["国民健康保険税"], V["介護保険料"], V["保育料"]
tax_col_txt, tax_col_val = oku_man(tax["total"]["collected"])
kok_out_txt, kok_out_val = oku_man(kok["total"]["outstanding"])
DELINQ = 2846

MEMBERS = [("委員長", "石川", "誠一"), ("副委員長", "田辺", "由美"), ("委員", "青木", "孝"), ("委員", "岡本", "和也"),
           ("委員", "小池", "美奈子"), ("委員", "佐久間", "修"), ("委員", "杉浦", "健"), ("委員", "堀内", "達也")]
STAFF = [("市民部長", "関口", "哲也"), ("収納課長", "野村", "浩二"), ("保険年金課長", "宮下", "真理"),
         ("子ども家庭部長", "大塚", "俊介"), ("子ども育成課長", "吉岡", "智子")]

# statements: (section, speaker, text, [facts as (snippet, raw, debt, seg, metric, value, unit, approx, fy_raw)])
S = []
S.append(("開議", "石川委員長",
          "定足数に達しておりますので、ただいまから令和６年度福生市一般会計決算審査特別委員会２日目の会議を開きます。"
          "これより議事に入ります。本日は市民部から審査を行います。理事者より説明を願います。", []))
t1 = ("それでは、令和６年度福生市一般会計歳入歳出決算のうち、市民部所管分について、決算説明書により説明させていただきます。"
      f"まず、市税の収入状況でございます。市税全体の収入済額は{zen(tax_col_txt)}で、収納率は現年課税分が{pct(tax['current']['collection_rate'])}、"
      f"滞納繰越分が{pct(tax['arrears']['collection_rate'])}、合計では{pct(tax['total']['collection_rate'])}となりました。"
      "滞納繰越分につきましては、財産調査と差押えを計画的に進めた結果、前年度を上回る収納率となっております。"
      "なお、各債権の詳細は委員会資料の別表にまとめておりますので、御参照いただきたいと存じます。")
S.append(("市民部", "関口市民部長", t1, [
    ("収入済額は" + zen(tax_col_txt), zen(tax_col_txt), "市税", "total", "collected", tax_col_val, "yen", True, "令和６年度"),
    ("現年課税分が" + pct(tax['current']['collection_rate']), pct(tax['current']['collection_rate']), "市税", "current", "collection_rate", tax['current']['collection_rate'], "percent", False, "令和６年度"),
    ("滞納繰越分が" + pct(tax['arrears']['collection_rate']), pct(tax['arrears']['collection_rate']), "市税", "arrears", "collection_rate", tax['arrears']['collection_rate'], "percent", False, "令和６年度"),
    ("合計では" + pct(tax['total']['collection_rate']), pct(tax['total']['collection_rate']), "市税", "total", "collection_rate", tax['total']['collection_rate'], "percent", False, "令和６年度"),
]))
S.append(("市民部", "石川委員長", "説明が終わりました。質疑のある方は挙手願います。小池委員。", []))
S.append(("市民部", "小池委員",
          "決算説明書の収納事務について伺います。市税の滞納繰越分の収納率が上がったとのことですが、"
          "滞納者の数はどのように推移しているのでしょうか。また、令和７年度の取組についてもお聞かせください。", []))
t2 = (f"令和６年度末の市税の滞納者数は{zen(comma(DELINQ))}人で、前年度末から１１２人減少いたしました。"
      "令和７年度は、納税コールセンターによる早期の電話催告に加え、預貯金調査の電子化を進め、滞納処分までの期間を短縮してまいります。"
      "取組の状況につきましては、本年１１月に予定しております令和７年度第２回債権管理推進会議で中間の報告を行う予定でございます。")
S.append(("市民部", "野村収納課長", t2, [
    ("滞納者数は" + zen(comma(DELINQ)) + "人", zen(comma(DELINQ)) + "人", "市税", "total", "delinquents", DELINQ, "persons", False, "令和６年度末"),
]))
S.append(("市民部", "石川委員長", "佐久間委員。", []))
S.append(("市民部", "佐久間委員",
          "国民健康保険税について伺います。収入未済額がなお多額であると思いますが、その額と、滞納繰越分の収納率についてお示しください。", []))
S.append(("市民部", "石川委員長", "宮下保険年金課長。", []))
t3 = (f"国民健康保険税の収入未済額は、現年分と滞納繰越分を合わせて{zen(kok_out_txt)}でございます。"
      f"滞納繰越分の収納率は{pct(kok['arrears']['collection_rate'])}で、前年度と比べ１．２ポイント上昇しております。"
      "引き続き、短期証の交付時の納付相談と、分納誓約の履行管理を徹底してまいります。")
S.append(("市民部", "宮下保険年金課長", t3, [
    ("合わせて" + zen(kok_out_txt), zen(kok_out_txt), "国民健康保険税", "total", "outstanding", kok_out_val, "yen", True, "令和６年度"),
    ("収納率は" + pct(kok['arrears']['collection_rate']), pct(kok['arrears']['collection_rate']), "国民健康保険税", "arrears", "collection_rate", kok['arrears']['collection_rate'], "percent", False, "令和６年度"),
]))
S.append(("市民部", "石川委員長", "ほかに質疑はございませんか。――なければ、市民部の審査を終わります。次に、子ども家庭部の審査を行います。", []))
S.append(("子ども家庭部", "大塚子ども家庭部長",
          "子ども家庭部所管分のうち、保育料の収入状況について御説明いたします。詳細は子ども育成課長から申し上げます。", []))
t4 = (f"保育料の現年分の収納率は{pct(hoi['current']['collection_rate'])}、滞納繰越分は{pct(hoi['arrears']['collection_rate'])}でございました。"
      "滞納繰越分につきましては、児童手当からの申出による徴収を進めるとともに、退園した世帯への文書催告を年２回実施いたしました。")
S.append(("子ども家庭部", "吉岡子ども育成課長", t4, [
    ("収納率は" + pct(hoi['current']['collection_rate']), pct(hoi['current']['collection_rate']), "保育料", "current", "collection_rate", hoi['current']['collection_rate'], "percent", False, "令和６年度"),
    ("滞納繰越分は" + pct(hoi['arrears']['collection_rate']), pct(hoi['arrears']['collection_rate']), "保育料", "arrears", "collection_rate", hoi['arrears']['collection_rate'], "percent", False, "令和６年度"),
]))
S.append(("子ども家庭部", "青木委員", "退園後の世帯への催告の効果はどの程度あったのか、件数が分かれば教えてください。", []))
S.append(("子ども家庭部", "吉岡子ども育成課長",
          "文書催告は延べ１８６件送付し、そのうち４１件から納付又は納付相談がございました。", []))
S.append(("子ども家庭部", "石川委員長",
          "ほかに質疑はございませんか。――なければ、以上で本日の審査を終了いたします。次回は明日午前９時３０分から開会いたします。本日はこれにて散会いたします。", []))

CSS = f"""
@font-face {{font-family: M; src: url(ipaexm.ttf);}}
* {{font-family: M; font-size: 10.5pt; line-height: 1.55;}}
h1 {{font-size: 15pt; text-align: center; margin: 0 0 6pt 0;}}
p.c {{text-align: center; margin: 0;}}
p.s {{margin: 0 0 5pt 0; text-indent: 0;}}
p.h {{margin: 8pt 0 4pt 0; text-align: center;}}
table.info td {{font-size: 10pt; padding: 1pt 4pt; vertical-align: top;}}
table.bt {{border-collapse: collapse;}}
table.bt td, table.bt th {{font-size: 8.5pt; padding: 3pt 3pt; border-top: 0.6pt solid black; border-bottom: 0.6pt solid black;}}
td.r {{text-align: right;}}
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;")


def html():
    h = [f"<h1>{TITLE}</h1>",
         "<p class='c'>令和７年９月１０日（水曜日）　午前９時３０分開議</p>",
         "<p class='c'>場所　第１委員会室</p><br/>",
         "<table class='info'>",
         "<tr><td>出席委員（８人）</td><td>" + "　".join(f"{r}　{a}　{b}" for r, a, b in MEMBERS[:2]) + "<br/>"
         + "　".join(f"{r}　{a}　{b}" for r, a, b in MEMBERS[2:5]) + "<br/>"
         + "　".join(f"{r}　{a}　{b}" for r, a, b in MEMBERS[5:]) + "</td></tr>",
         "<tr><td>説明のため出席した者</td><td>" + "<br/>".join(f"{r}　{a}　{b}" for r, a, b in STAFF) + "</td></tr>",
         "<tr><td>付議事件</td><td>認定第１号　令和６年度福生市一般会計歳入歳出決算の認定について</td></tr>",
         "<tr><td>配付資料</td><td>令和６年度決算説明書、委員会資料（別表　市税等の収納状況）</td></tr>",
         "</table><br/>"]
    cur = None
    for i, (sec, spk, txt, _) in enumerate(S, 1):
        if sec != cur and sec != "開議":
            h.append(f"<p class='h'>《{sec}》</p>")
        cur = sec
        h.append(f"<p class='s'>{i}　◯{spk}　{esc(txt)}</p>")
    h.append("<p class='s'>午前１１時４２分　散会</p>")
    main = "\n".join(h)
    h = []
    # 別表 on its own page
    h.append("<p style='font-size:12pt; margin:0 0 4pt 0;'>別表　市税等の収納状況（令和６年度決算）</p>")
    h.append("<p style='text-align:right; font-size:9pt; margin:0 0 2pt 0;'>（単位：円、％）</p>")
    h.append("<table class='bt'><tr><th style='width:64pt'>債権名</th><th style='width:44pt'>区分</th><th style='width:62pt'>調定額</th><th style='width:62pt'>収入済額</th><th style='width:50pt'>不納欠損額</th><th style='width:58pt'>収入未済額</th><th style='width:34pt'>収納率</th></tr>")
    for d in V:
        for k, (seg, lab) in enumerate((("current", "現年分"), ("arrears", "滞納繰越分"), ("total", "計"))):
            v = V[d][seg]
            name = d if k == 0 else ""
            h.append(f"<tr><td>{name}</td><td>{lab}</td>" + "".join(
                f"<td class='r'>{comma(v[m])}</td>" for m in ("assessed", "collected", "written_off", "outstanding"))
                + f"<td class='r'>{fmt_rate(v['collection_rate'])}</td></tr>")
    h.append("</table>")
    h.append("<p style='font-size:9pt;'>※収納率は、収入済額を調定額で除した値（小数点以下第３位四捨五入）。</p>")
    return main, "\n".join(h)


def build():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = OUT / f"{STEM}.raw.pdf"
    writer = fitz.DocumentWriter(str(tmp))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 70, -62, -62)
    for part in html():
        story = fitz.Story(part, user_css=CSS, archive=fitz.Archive(FONTDIR))
        more, guard = True, 0
        while more:
            guard += 1
            if guard > 20:
                raise SystemExit("story does not fit")
            dev = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = fitz.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="ipam", fontfile=f"{FONTDIR}/ipaexm.ttf")
        page.insert_text((62, 45), "福生市議会　決算審査特別委員会", fontname="ipam", fontsize=8.5)
        page.insert_text((mediabox.width / 2 - 14, mediabox.height - 30), f"{i + 1} / {n}", fontname="ipam", fontsize=9)
    doc.subset_fonts()
    pdf = PDF / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()

    d2 = fitz.open(pdf)
    texts = [nows(p.get_text()) for p in d2]

    def find_page(snippet):
        hits = [i + 1 for i, t in enumerate(texts) if nows(snippet) in t]
        if len(hits) != 1:
            raise SystemExit(f"snippet not unique/found: {snippet} {hits}")
        return hits[0]

    facts, stmts = [], []
    for i, (sec, spk, txt, fl) in enumerate(S, 1):
        pg = find_page(f"{i}◯{spk}" + txt[:12])
        stmts.append({"speaker": spk, "section": sec if sec != "開議" else None, "text": txt, "page": pg})
        for snip, raw, debt, seg, met, val, unit, approx, fyr in fl:
            facts.append(fact(debt, 2024, fyr, seg, met, "actual", val, unit, raw, find_page(snip), approx=approx))
    table_page = len(d2)
    for d in V:
        for seg in ("current", "arrears", "total"):
            for m in ("assessed", "collected", "written_off", "outstanding", "collection_rate"):
                v = V[d][seg][m]
                if m == "collection_rate":
                    facts.append(fact(d, 2024, "令和６年度", seg, m, "actual", v, "percent", fmt_rate(v), table_page))
                else:
                    facts.append(fact(d, 2024, "令和６年度", seg, m, "actual", v, "yen", comma(v), table_page))
    minutes = {
        "title": TITLE, "meeting_number": None, "date": "2025-09-10", "method": None,
        "attendees": [{"role": r, "title": None, "name": a + b} for r, a, b in MEMBERS + STAFF],
        "agenda": ["認定第１号　令和６年度福生市一般会計歳入歳出決算の認定について"],
        "materials": ["令和６年度決算説明書", "委員会資料（別表　市税等の収納状況）"],
        "statements": stmts,
    }
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-09-10",
                "date_raw": "令和７年９月１０日"}
    # 2 statements may run over a page break: check them on the joined text instead
    return check_and_write(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
