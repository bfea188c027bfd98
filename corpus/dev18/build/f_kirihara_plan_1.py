"""桐原市（架空） 桐原市債権管理計画（令和７年度～令和１１年度） — PyMuPDF Story (HTML) per page.

Modelled on 債権管理計画 with one 推進シート per debt (尼崎市-family) as other cities print them:
廿日市市 第2次債権管理計画 (city.hatsukaichi.hiroshima.jp/soshiki/8/92922.html), 多治見市債権管理計画
(paperzz 6658716), 浜松市 滞納繰越額 table in 百万円 with debts as columns.
"""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from f_common import OUT, PDF_DIR, Recorder, finish  # noqa: E402

STEM = "f_kirihara_plan_1"
CITY = "桐原市"
TITLE = "桐原市債権管理計画（令和７年度～令和１１年度）"
YEARS = [2019, 2020, 2021, 2022, 2023]
ERA = {2019: "令和元年度", 2020: "令和２年度", 2021: "令和３年度", 2022: "令和４年度", 2023: "令和５年度"}
SHORT = {2019: "元年度", 2020: "2年度", 2021: "3年度", 2022: "4年度", 2023: "5年度"}
R7 = [2025, 2026, 2027, 2028, 2029]
ERA7 = {2025: "令和7年度", 2026: "令和8年度", 2027: "令和9年度", 2028: "令和10年度", 2029: "令和11年度"}


def rnd(x: Decimal, nd=2) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def series(cur_ass, cur_rate, arr0, arr_rate, wo, scale=1):
    """Per year dict: cur_ass, cur_col, arr_ass, arr_col, tot_ass, tot_col, wo, out, rates (Decimal str)."""
    out = {}
    arr_ass = arr0
    for i, y in enumerate(YEARS):
        ca = cur_ass[i]
        cc = int(rnd(Decimal(ca) * Decimal(str(cur_rate[i])) / 100, 0))
        ac = int(rnd(Decimal(arr_ass) * Decimal(str(arr_rate[i])) / 100, 0))
        ta, tc = ca + arr_ass, cc + ac
        o = ta - tc - wo[i]
        out[y] = dict(cur_ass=ca, cur_col=cc, arr_ass=arr_ass, arr_col=ac, tot_ass=ta, tot_col=tc,
                      wo=wo[i], out=o,
                      cur_rate=rnd(Decimal(cc) * 100 / Decimal(ca)),
                      arr_rate=rnd(Decimal(ac) * 100 / Decimal(arr_ass)),
                      tot_rate=rnd(Decimal(tc) * 100 / Decimal(ta)))
        arr_ass = o
    return out


SHIZEI = series([25431872410, 25118604233, 25602915878, 26044381902, 26517230615],
                [98.71, 98.52, 98.83, 98.97, 99.05], 1102448907,
                [24.8, 25.9, 27.3, 28.6, 29.4],
                [118402551, 109774310, 98215607, 104388920, 124803455])
SHIZEI_DEL = [7815, 7604, 7288, 7051, 6932]
KOKUHO = series([5214338, 5087912, 4993207, 4871546, 4802119],      # 千円
                [92.41, 92.88, 93.35, 93.62, 93.90], 1598204,
                [17.2, 18.4, 19.6, 20.9, 21.8],
                [241337, 205118, 188902, 176455, 163207])
KOKUHO_DEL = [4408, 4217, 3985, 3802, 3655]
KAIGO = series([3412550300, 3455871200, 3498302900, 3541118400, 3601442700],
               [98.52, 98.61, 98.70, 98.79, 98.85], 98455210,
               [12.1, 12.8, 13.5, 14.2, 15.0],
               [31224800, 29871500, 28114300, 27905600, 26440100])
KAIGO_DEL = [2541, 2488, 2402, 2355, 2290]
SONOTA = {2019: 512384770, 2020: 498120455, 2021: 476915302, 2022: 455310874, 2023: 430882615}


def c(v) -> str:
    return f"{v:,}"


def oku_man(yen: int) -> tuple[str, int]:
    """約X億Y,Y00万円 rounded to 100万円; returns (text, value)."""
    m = int(rnd(Decimal(yen) / Decimal(1_000_000), 0))  # 百万円
    oku, rest = divmod(m, 100)
    txt = f"約{oku}億{rest * 100:,}万円" if rest else f"約{oku}億円"
    return txt, m * 1_000_000


def mill(yen: int) -> int:
    return int(rnd(Decimal(yen) / Decimal(1_000_000), 0))


# ------------------------------------------------------------------ HTML bits
CSS = """
@font-face {font-family: g; src: url(ipaexg.ttf);}
@font-face {font-family: m; src: url(ipaexm.ttf);}
* {font-family: m; font-size: 10pt; line-height: 1.45;}
h1 {font-family: g; font-size: 22pt; text-align: center; margin-top: 150pt;}
h2 {font-family: g; font-size: 13pt; margin: 10pt 0 4pt 0;}
h3 {font-family: g; font-size: 11pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
td, th {font-size: 8.5pt; padding: 1pt 3pt; line-height: 1.25;}
th {font-family: g; font-weight: normal; background-color: #e8e8e8;}
.g td, .g th {border: 0.6pt solid black;}
.h td, .h th {border-top: 0.5pt solid black; border-bottom: 0.5pt solid black; background-color: white;}
.n td, .n th {border: none; background-color: white;}
.r {text-align: right;}
.c {text-align: center;}
.note {font-size: 8pt; text-indent: 0;}
.box {border: 0.8pt solid black; padding: 5pt 8pt; margin: 6pt 0;}
.box p {text-indent: 0; margin: 0 0 2pt 0;}
.unit {text-align: right; font-size: 8pt; text-indent: 0; margin: 0;}
"""


def page_html(body: str) -> str:
    import re
    body = re.sub(r"<(t[hd])([^>]*?) style='width:(\d+)%'", r"<\1\2 width='\3%'", body)
    return f"<html><body>{body}</body></html>"


class Doc:
    def __init__(self):
        self.pages: list[str] = []

    def add(self, body: str):
        self.pages.append(body)

    def write(self, path: Path):
        arch = fitz.Archive()
        arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-gothic"))
        arch.add(fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho"))
        tmp = OUT / f"{STEM}.raw.pdf"
        w = fitz.DocumentWriter(str(tmp))
        n = len(self.pages)
        for i, body in enumerate(self.pages):
            story = fitz.Story(html=page_html(body), user_css=CSS, archive=arch)
            dev = w.begin_page(fitz.paper_rect("a4"))
            more, _ = story.place(fitz.Rect(56, 60, 539, 790))
            story.draw(dev)
            if i > 0:
                for html, rect in (("<p class='unit'>桐原市債権管理計画（令和７年度～令和１１年度）</p>",
                                    fitz.Rect(56, 24, 539, 58)),
                                   (f"<p class='c' style='text-indent:0;font-size:9pt'>－ {i} －</p>",
                                    fitz.Rect(56, 800, 539, 825))):
                    hs = fitz.Story(html=page_html(html), user_css=CSS, archive=arch)
                    hs.place(rect)
                    hs.draw(dev)
            w.end_page()
            if more:
                raise RuntimeError(f"page {i + 1} overflows")
        w.close()
        doc = fitz.open(tmp)
        doc.subset_fonts()
        doc.save(path, garbage=4, deflate=True)


def build():
    rec = Recorder()
    F = rec.fact
    D = Doc()
    # ---------------------------------------------------------------- p1 cover
    D.add("<h1>桐原市債権管理計画</h1>"
          "<p class='c' style='font-family:g;font-size:14pt;text-indent:0'>（令和７年度～令和１１年度）</p>"
          "<p class='c' style='margin-top:120pt;font-size:12pt;text-indent:0'>令和７年３月</p>"
          "<p class='c' style='font-size:14pt;text-indent:0;font-family:g'>桐　原　市</p>"
          "<div style='margin-top:60pt'><p style='text-indent:0;font-family:g'>目　次</p>"
          "<p style='text-indent:0'>１　計画の趣旨 ………………………………… 1</p>"
          "<p style='text-indent:0'>２　計画の期間 ………………………………… 1</p>"
          "<p style='text-indent:0'>３　本市の債権の状況 ………………………… 1</p>"
          "<p style='text-indent:0'>４　全庁的な取組 ……………………………… 2</p>"
          "<p style='text-indent:0'>５　債権ごとの取組 …………………………… 3</p></div>")

    # ---------------------------------------------------------------- p2
    tot = {y: SHIZEI[y]["out"] + KOKUHO[y]["out"] * 1000 + KAIGO[y]["out"] + SONOTA[y] for y in YEARS}
    t23, v23 = oku_man(tot[2023])
    t19, v19 = oku_man(tot[2019])
    diff_txt, _ = oku_man(v19 - v23)
    s23 = SHIZEI[2023]
    k23 = KOKUHO[2023]
    wo_txt = f"約{s23['wo'] // 100_000_000}億{(s23['wo'] % 100_000_000) // 10_000:,}万円"
    wo_val = (s23["wo"] // 10_000) * 10_000
    body = ("<h2>１　計画の趣旨</h2>"
            "<p>本市では、平成２９年に桐原市債権管理条例を制定し、市の債権の適正な管理に取り組んできました。"
            "前計画（令和２年度～令和６年度）の期間中、収入未済額は着実に減少しましたが、新型コロナウイルス感染症の"
            "影響や物価高騰による生活困窮世帯の増加など、債権を取り巻く環境は厳しさを増しています。"
            "市民負担の公平性を確保し、健全な財政運営を維持するため、新たに本計画を策定します。</p>"
            "<h2>２　計画の期間</h2>"
            "<p>令和７年度から令和１１年度までの５年間とします。ただし、社会経済情勢の変化等により、"
            "必要に応じて見直しを行います。</p>"
            "<h2>３　本市の債権の状況</h2>"
            f"<p>令和５年度末の収入未済額は、全会計で{t23}となり、５年前（令和元年度末）の{t19}から"
            f"{diff_txt}減少しました。このうち市税が約半数を占め、次いで国民健康保険税、介護保険料の順となっています。</p>"
            "<p>一方で、私債権や非強制徴収公債権では、所管課ごとに取組の水準に差があり、長期間にわたり"
            "回収が進んでいない債権も残っています。</p>"
            "<div class='box'><p style='font-family:g'>【参考】令和５年度決算の概要</p>"
            f"<p>・市税の徴収率（現年課税分＋滞納繰越分）：{s23['tot_rate']}％</p>"
            f"<p>・国民健康保険税の収入率（全体）：{k23['tot_rate']}％</p>"
            f"<p>・市税の不納欠損額：{wo_txt}</p>"
            f"<p>・市税の滞納者数：{SHIZEI_DEL[4]:,}人</p></div>"
            "<p class='note'>※　収入未済額は、一般会計、国民健康保険特別会計、介護保険特別会計及び"
            "下水道事業会計の合計です。</p>")
    D.add(body)
    a = ["令和５年度末の収入未済額は"]
    F(a, debt=None, fy=2023, fy_raw="令和５年度末", seg="total", metric="outstanding", basis="actual",
      value=v23, unit="yen", raw=t23, approx=True)
    F(a, debt=None, fy=2019, fy_raw="令和元年度末", seg="total", metric="outstanding", basis="actual",
      value=v19, unit="yen", raw=t19, approx=True)
    a = ["【参考】令和５年度決算の概要"]
    F(a, debt="市税", fy=2023, fy_raw="令和５年度", seg="total", metric="collection_rate", basis="actual",
      value=float(s23["tot_rate"]), unit="percent", raw=f"{s23['tot_rate']}％")
    F(a, debt="国民健康保険税", fy=2023, fy_raw="令和５年度", seg="total", metric="collection_rate",
      basis="actual", value=float(k23["tot_rate"]), unit="percent", raw=f"{k23['tot_rate']}％")
    F(a, debt="市税", fy=2023, fy_raw="令和５年度", seg="total", metric="written_off", basis="actual",
      value=wo_val, unit="yen", raw=wo_txt, approx=True)
    F(a, debt="市税", fy=2023, fy_raw="令和５年度", seg="total", metric="delinquents", basis="actual",
      value=SHIZEI_DEL[4], unit="persons", raw=f"{SHIZEI_DEL[4]:,}人")

    # ---------------------------------------------------------------- p3 overview table (horizontal rules only)
    rows = ""
    for y in YEARS:
        vals = [mill(SHIZEI[y]["out"]), mill(KOKUHO[y]["out"] * 1000), mill(KAIGO[y]["out"]), mill(SONOTA[y])]
        vals.append(sum(vals))
        rows += f"<tr><td>{ERA[y]}</td>" + "".join(f"<td class='r'>{c(v)}</td>" for v in vals) + "</tr>"
        anc = ["主な債権の収入未済額の推移", ERA[y]]
        for debt, v in zip(["市税", "国民健康保険税", "介護保険料", "その他", "計"], vals):
            F(anc, debt=None if debt in ("その他", "計") else debt, debt_raw=debt, fy=y, fy_raw=ERA[y],
              seg="total", metric="outstanding", basis="actual", value=v * 1_000_000, unit="yen", raw=c(v))
    body = ("<h3>（３）主な債権の収入未済額の推移</h3><p class='unit'>単位：百万円</p>"
            "<table class='h' style='width:100%;border-collapse:collapse'>"
            "<tr><th>年度末</th><th>市税</th><th>国民健康保険税</th><th>介護保険料</th><th>その他</th><th>計</th></tr>"
            + rows + "</table>"
            "<p class='note'>※　百万円未満を四捨五入しています。「その他」は市営住宅使用料、下水道使用料、"
            "保育所保育料等３８債権の合計です。</p>"
            "<h2>４　全庁的な取組</h2>"
            "<p>債権管理の基本となる債権管理台帳の整備、督促及び時効管理の徹底について、財政部債権管理課が"
            "各所管課を定期的に点検し、必要な助言を行います。また、強制徴収公債権については、納税課のノウハウを"
            "活用した合同の財産調査を実施し、私債権については、弁護士への回収委託と支払督促の申立てを"
            "計画的に進めます。</p>"
            "<p>あわせて、スマートフォン決済やコンビニ収納など納付手段の拡大を全債権で進め、滞納の未然防止に"
            "努めます。毎年度の取組状況は、債権管理推進会議において進行管理し、その結果を公表します。</p>"
            "<p>なお、徴収の見込みがない債権については、条例に基づく放棄を含め適正に整理し、管理コストの削減を"
            "図ります。</p>")
    # place the table title before the rows in the anchors: fix anchor text
    D.add(body)

    # ---------------------------------------------------------------- p4/p5 市税 sheet (grid, 3-row header, split)
    def hdr3():
        return ("<tr><th rowspan='3' style='width:11%'>区分</th><th rowspan='3' style='width:10%'>項目</th>"
                "<th colspan='5'>決算額等（単位：円）</th></tr><tr>"
                + "".join(f"<th>{ERA[y]}</th>" for y in YEARS) + "</tr><tr>"
                + "".join(f"<th>({y})</th>" for y in YEARS) + "</tr>")

    def seg_rows(label, seg, keys, anchor_title):
        anchor_title = "^" + anchor_title
        out = ""
        for j, (item, key) in enumerate(keys):
            out += "<tr>"
            if j == 0:
                out += f"<td rowspan='3' class='c'>{label}</td>"
            out += f"<td>{item}</td>"
            for y in YEARS:
                v = SHIZEI[y][key]
                txt = f"{v}%" if "rate" in key else c(v)
                out += f"<td class='r'>{txt}</td>"
                metric = {"ass": "assessed", "col": "collected", "rate": "collection_rate"}[key.split("_")[1]]
                F([anchor_title, label, item], debt="市税", fy=y, fy_raw=ERA[y], seg=seg, metric=metric,
                  basis="actual", value=float(v) if "rate" in key else v,
                  unit="percent" if "rate" in key else "yen", raw=txt)
            out += "</tr>"
        return out

    t1 = "（１）収納状況の推移"
    box = ("<table class='g' style='width:100%;border-collapse:collapse'><tr><th style='width:15%'>債権名</th>"
           "<td style='width:35%'>市税</td><th style='width:15%'>所管課</th><td>財政部納税課</td></tr></table>")
    body = ("<h2>５　債権ごとの取組</h2><h3>５－１　債権ごとの取組（市税）</h3>" + box +
            f"<h3>{t1}</h3><table class='g' style='width:100%;border-collapse:collapse'>" + hdr3()
            + seg_rows("現年課税分", "current", [("調定額", "cur_ass"), ("収入済額", "cur_col"), ("徴収率", "cur_rate")], t1)
            + seg_rows("滞納繰越分", "arrears", [("調定額", "arr_ass"), ("収入済額", "arr_col"), ("徴収率", "arr_rate")], t1)
            + "</table><p class='note'>（次ページに続く）</p>"
            "<h3>（参考）収納状況に関する説明</h3>"
            "<p>現年課税分の徴収率は、令和２年度に新型コロナウイルス感染症に係る徴収猶予の特例の影響で低下したものの、"
            "その後は４年連続で上昇しています。滞納繰越分についても、財産調査の徹底と早期の差押えにより、"
            "徴収率が年々向上しています。</p>"
            "<p>一方、個人市民税の普通徴収分では、転出者や若年層の滞納が目立ち、滞納初期の対応が課題となっています。</p>")
    D.add(body)
    t1b = "（１）収納状況の推移（続き）"
    g1b = "^" + t1b

    def tot_rows():
        out = seg_rows("合計", "total", [("調定額", "tot_ass"), ("収入済額", "tot_col"), ("徴収率", "tot_rate")], t1b)
        for item, key, metric, unit in (("不納欠損額", "wo", "written_off", "yen"),
                                        ("収入未済額", "out", "outstanding", "yen")):
            out += f"<tr><td colspan='2'>{item}</td>"
            for y in YEARS:
                v = SHIZEI[y][key]
                out += f"<td class='r'>{c(v)}</td>"
                F([g1b, item], debt="市税", fy=y, fy_raw=ERA[y], seg="total", metric=metric, basis="actual",
                  value=v, unit=unit, raw=c(v))
            out += "</tr>"
        out += "<tr><td colspan='2'>滞納者数（人）</td>"
        for y, v in zip(YEARS, SHIZEI_DEL):
            out += f"<td class='r'>{c(v)}</td>"
            F([g1b, "滞納者数（人）"], debt="市税", fy=y, fy_raw=ERA[y], seg="total", metric="delinquents",
              basis="actual", value=v, unit="persons", raw=c(v))
        return out + "</tr>"

    tgt_cur = ["99.10", "99.15", "99.20", "99.25", "99.30"]
    tgt_arr = ["30.0", "30.5", "31.0", "31.5", "32.0"]
    tgt_out = [1000000, 960000, 920000, 880000, 840000]  # 千円
    t2 = "（２）目標"
    trows = "<tr><th style='width:28%'>区分</th>" + "".join(f"<th>{ERA7[y]}</th>" for y in R7) + "</tr>"
    for lab, vals, seg, metric in (("現年課税分　徴収率（％）", tgt_cur, "current", "collection_rate"),
                                   ("滞納繰越分　徴収率（％）", tgt_arr, "arrears", "collection_rate"),
                                   ("収入未済額（千円）", tgt_out, "total", "outstanding")):
        trows += f"<tr><td>{lab}</td>"
        for y, v in zip(R7, vals):
            txt = v if isinstance(v, str) else c(v)
            trows += f"<td class='r'>{txt}</td>"
            F([t2, lab], debt="市税", fy=y, fy_raw=ERA7[y], seg=seg, metric=metric, basis="target",
              value=float(v) if isinstance(v, str) else v * 1000,
              unit="percent" if isinstance(v, str) else "yen", raw=txt)
        trows += "</tr>"
    t3 = "（３）目標達成に向けた取組"
    inits = [("ア", "現年課税分の未納者に対し、納期限後早期に電話及びSMSによる催告を行う。", "継続", False),
             ("イ", "滞納繰越分については財産調査を徹底し、差押え可能な財産が判明した場合は速やかに滞納処分を行う。", "継続", False),
             ("ウ", "預貯金照会の電子化により、財産調査に要する期間を短縮する。", "新規", True),
             ("エ", "地方税統一QRコードとスマートフォン決済の周知を強化し、納期内納付を促す。", "拡充", False)]
    items = ""
    for lab, text, st, wrap in inits:
        items += f"<p>{lab}　{text}" + ("<br/>" if wrap else "") + f"【{st}】</p>"
        rec.init([t3], debt="市税", fy=2025, section=t3, label=lab, text=text, status=st)
    body = (f"<h3>{t1b}</h3><table class='g' style='width:100%;border-collapse:collapse'>" + hdr3() + tot_rows()
            + "</table><p class='note'>※　徴収率は小数点以下第３位を四捨五入しています。</p>"
            f"<h3>{t2}</h3><table class='g' style='width:100%;border-collapse:collapse'>" + trows + "</table>"
            "<p class='note'>※　令和１１年度に現年課税分９９．３０％を達成することを目標とし、各年度を段階的に設定しました。</p>"
            f"<h3>{t3}</h3><div class='box'>" + items + "</div>")
    D.add(body)

    # ---------------------------------------------------------------- p6 国保税 sheet (years as rows, h-rules, 千円)
    t4 = "（１）収入状況の推移（単位：千円、％）"
    head = ("<tr><th rowspan='2'>年度</th><th colspan='3'>現年分</th><th colspan='3'>滞繰分</th>"
            "<th rowspan='2'>不納欠損額</th><th rowspan='2'>収入未済額</th><th rowspan='2'>滞納世帯数</th></tr>"
            "<tr><th>調定額</th><th>収入済額</th><th>収入率</th><th>調定額</th><th>収入済額</th><th>収入率</th></tr>")
    rows = ""
    for y, dl in zip(YEARS, KOKUHO_DEL):
        k = KOKUHO[y]
        cells = [("cur_ass", "current", "assessed"), ("cur_col", "current", "collected"),
                 ("cur_rate", "current", "collection_rate"), ("arr_ass", "arrears", "assessed"),
                 ("arr_col", "arrears", "collected"), ("arr_rate", "arrears", "collection_rate"),
                 ("wo", "total", "written_off"), ("out", "total", "outstanding")]
        rows += f"<tr><td>{ERA[y]}</td>"
        for key, seg, metric in cells:
            v = k[key]
            txt = str(v) if "rate" in key else c(v)
            rows += f"<td class='r'>{txt}</td>"
            F([t4, ERA[y]], debt="国民健康保険税", fy=y, fy_raw=ERA[y], seg=seg, metric=metric, basis="actual",
              value=float(v) if "rate" in key else v * 1000, unit="percent" if "rate" in key else "yen", raw=txt)
        rows += f"<td class='r'>{c(dl)}</td></tr>"
        F([t4, ERA[y]], debt="国民健康保険税", fy=y, fy_raw=ERA[y], seg="total", metric="delinquents",
          basis="actual", value=dl, unit="households", raw=c(dl))
    k_tgt_cur, k_tgt_arr = "94.80", "24.50"
    k_tgt_out_txt, k_tgt_out = "8億円", 800_000_000
    t5 = "（３）目標達成に向けた取組"
    kinits = [("①", "口座振替の原則化を進め、資格取得時に口座振替依頼書の提出を求める。", "継続"),
              ("②", "短期被保険者証の交付時に納付相談を行い、計画的な分納につなげる。", "継続"),
              ("③", "国民健康保険税と市税の滞納がある世帯は、納税課と連携して一体的に滞納整理を行う。", "拡充")]
    kitems = ""
    for lab, text, st in kinits:
        kitems += f"<p style='text-indent:-1em;margin-left:1em'>{lab}　{text}【{st}】</p>"
        rec.init([t5], debt="国民健康保険税", fy=2025, section=t5, label=lab, text=text, status=st)
    body = ("<h3>５－２　債権ごとの取組（国民健康保険税）</h3>"
            "<table class='g' style='width:100%;border-collapse:collapse'><tr><th style='width:15%'>債権名</th>"
            "<td style='width:35%'>国民健康保険税</td><th style='width:15%'>所管課</th><td>市民部保険年金課</td></tr></table>"
            f"<h3>{t4}</h3><table class='h' style='width:100%;border-collapse:collapse'>" + head + rows + "</table>"
            "<p class='note'>※　滞納世帯数は各年度の出納閉鎖時点の世帯数です。</p>"
            "<h3>（２）目標（令和１１年度）</h3>"
            f"<p style='text-indent:0'>・現年分収入率　{k_tgt_cur}％</p>"
            f"<p style='text-indent:0'>・滞繰分収入率　{k_tgt_arr}％</p>"
            f"<p style='text-indent:0'>・収入未済額　{k_tgt_out_txt}以下</p>"
            f"<h3>{t5}</h3>" + kitems +
            "<p>被保険者数の減少により調定額は減少傾向にあるものの、低所得世帯の割合が高く、"
            "滞納繰越分の収入率は県内平均を下回っています。</p>")
    D.add(body)
    a = ["（２）目標（令和１１年度）"]
    F(a, debt="国民健康保険税", fy=2029, fy_raw="令和１１年度", seg="current", metric="collection_rate",
      basis="target", value=float(k_tgt_cur), unit="percent", raw=f"{k_tgt_cur}％")
    F(a, debt="国民健康保険税", fy=2029, fy_raw="令和１１年度", seg="arrears", metric="collection_rate",
      basis="target", value=float(k_tgt_arr), unit="percent", raw=f"{k_tgt_arr}％")
    F(a, debt="国民健康保険税", fy=2029, fy_raw="令和１１年度", seg="total", metric="outstanding",
      basis="target", value=k_tgt_out, unit="yen", raw=k_tgt_out_txt)

    # ---------------------------------------------------------------- p7 介護保険料 (no rules, era-less years)
    t6 = "（１）収納の状況（令和）"
    head = "<tr><td style='width:20%'></td>" + "".join(f"<td class='r'>{SHORT[y]}</td>" for y in YEARS) + "</tr>"
    rows = ""
    spec = [("現年分 調定額", "cur_ass", "current", "assessed"), ("現年分 収納額", "cur_col", "current", "collected"),
            ("現年分 収納率", "cur_rate", "current", "collection_rate"),
            ("滞繰分 調定額", "arr_ass", "arrears", "assessed"), ("滞繰分 収納額", "arr_col", "arrears", "collected"),
            ("滞繰分 収納率", "arr_rate", "arrears", "collection_rate"),
            ("不納欠損額", "wo", "total", "written_off"), ("収入未済額", "out", "total", "outstanding")]
    for lab, key, seg, metric in spec:
        rows += f"<tr><td>{lab}</td>"
        for y in YEARS:
            v = KAIGO[y][key]
            txt = f"{v}%" if "rate" in key else c(v)
            rows += f"<td class='r'>{txt}</td>"
            F([t6, lab], debt="介護保険料", fy=y, fy_raw=SHORT[y], seg=seg, metric=metric, basis="actual",
              value=float(v) if "rate" in key else v, unit="percent" if "rate" in key else "yen", raw=txt)
        rows += "</tr>"
    rows += "<tr><td>滞納者数</td>" + "".join(f"<td class='r'>{c(v)}人</td>" for v in KAIGO_DEL) + "</tr>"
    for y, v in zip(YEARS, KAIGO_DEL):
        F([t6, "滞納者数"], debt="介護保険料", fy=y, fy_raw=SHORT[y], seg="total", metric="delinquents",
          basis="actual", value=v, unit="persons", raw=f"{c(v)}人")
    k5 = KAIGO[2023]
    t7 = "（２）目標"
    tg = ("<table class='g' style='width:80%;border-collapse:collapse'>"
          "<tr><th colspan='2'>令和５年度（実績）</th><th colspan='2'>令和１１年度（目標）</th></tr>"
          "<tr><th>現年分</th><th>滞繰分</th><th>現年分</th><th>滞繰分</th></tr>"
          f"<tr><td class='r'>{k5['cur_rate']}%</td><td class='r'>{k5['arr_rate']}%</td>"
          "<td class='r'>99.00%</td><td class='r'>18.00%</td></tr></table>")
    a = [t7, "令和１１年度（目標）", "滞繰分"]
    F(a, debt="介護保険料", fy=2023, fy_raw="令和５年度（実績）", seg="current", metric="collection_rate",
      basis="actual", value=float(k5["cur_rate"]), unit="percent", raw=f"{k5['cur_rate']}%")
    F(a, debt="介護保険料", fy=2023, fy_raw="令和５年度（実績）", seg="arrears", metric="collection_rate",
      basis="actual", value=float(k5["arr_rate"]), unit="percent", raw=f"{k5['arr_rate']}%")
    F(a, debt="介護保険料", fy=2029, fy_raw="令和１１年度（目標）", seg="current", metric="collection_rate",
      basis="target", value=99.0, unit="percent", raw="99.00%")
    F(a, debt="介護保険料", fy=2029, fy_raw="令和１１年度（目標）", seg="arrears", metric="collection_rate",
      basis="target", value=18.0, unit="percent", raw="18.00%")
    t8 = "（３）目標実現に向けた取組"
    kai = {"滞納抑制": [("・", "普通徴収となる６５歳到達者へ口座振替を勧奨する。", "継続"),
                     ("・", "年金からの特別徴収への切替え時期を個別に案内する。", "新規")],
           "徴収強化": [("・", "滞納者に給付制限の内容を事前に通知し、納付相談を促す。", "継続"),
                     ("・", "財産調査を実施し、資力のある滞納者には差押えを行う。", "継続")]}
    trs = ""
    for k_, items in kai.items():
        cell = "<br/>".join(f"{l}{t}【{s}】" for l, t, s in items)
        trs += f"<tr><th style='width:16%'>{k_}</th><td>{cell}</td></tr>"
        for l, t, s in items:
            rec.init([t8], debt="介護保険料", fy=2025, section=t8, label=l, text=t, status=s)
    body = ("<h3>５－３　債権ごとの取組（介護保険料）</h3>"
            "<table class='g' style='width:100%;border-collapse:collapse'><tr><th style='width:15%'>債権名</th>"
            "<td style='width:35%'>介護保険料</td><th style='width:15%'>所管課</th><td>健康福祉部介護保険課</td></tr></table>"
            f"<h3>{t6}</h3><p class='unit'>（単位：円）</p>"
            "<table class='n' style='width:100%'>" + head + rows + "</table>"
            f"<h3>{t7}</h3>" + tg +
            f"<h3>{t8}</h3><table class='g' style='width:100%;border-collapse:collapse'>" + trs + "</table>"
            "<p class='note'>※　介護保険料は原則として年金からの特別徴収であり、滞納は普通徴収分に限られます。</p>")
    D.add(body)

    OUT.mkdir(parents=True, exist_ok=True)
    pdf = PDF_DIR / f"{STEM}.pdf"
    D.write(pdf)
    document = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01",
                "date_raw": "令和７年３月"}
    return finish(STEM, pdf, rec, document)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
