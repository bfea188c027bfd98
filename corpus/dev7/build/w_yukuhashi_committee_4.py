"""w_yukuhashi_committee_4: committee material modelled on 行橋市「債権管理対策実施状況」/「これまでの債権管理課の取組状況」
(city.yukuhashi.lg.jp/doc/2015092400018/, city.yukuhashi.fukuoka.jp/soshiki/13/1270.html): 行橋市債権管理対策会議,
市債権の総括（5ヵ年推移）, 私債権等／公債権等の収納状況調査票, prose 「滞納繰越額は、平成23年度の約4億1307万円から
令和3年度の約9095万円へと…減少」. Figures invented. python-docx -> LibreOffice, portrait cover + landscape 資料1 +
portrait 調査票."""
from __future__ import annotations

import random
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, __import__("os").path.dirname(__file__))
from w_common import OUT, PDF, c, check, fact, init, okuman, page_texts, rate, rnd, soffice_pdf, squash, write_gold  # noqa: E402

STEM = "w_yukuhashi_committee_4"
CITY = "行橋市"
TITLE = "令和７年度 第１回 行橋市債権管理対策会議 資料"
GOTH = "IPAexGothic"
MIN = "IPAexMincho"

# (name, 所管課, scale 千円 of 収入未済額)
DEBTS = [("市税", "税務課", 412000), ("国民健康保険税", "税務課", 268000), ("介護保険料", "介護保険課", 31000),
         ("後期高齢者医療保険料", "国保年金課", 6200), ("保育料", "こども課", 9800), ("住宅使用料", "都市整備課", 41000),
         ("学校給食費", "学校教育課", 21000), ("住宅新築資金等貸付金", "債権管理課", 38000),
         ("生活保護費返還金", "生活支援課", 17000), ("奨学資金貸付金", "学校教育課", 6800),
         ("児童クラブ負担金", "こども課", 2900)]
SAIKEN_KA = ["学校給食費", "住宅新築資金等貸付金", "生活保護費返還金", "奨学資金貸付金", "児童クラブ負担金"]
COLL = ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料", "住宅使用料"]
YEARS = [(2020, "令和2年度"), (2021, "3年度"), (2022, "4年度"), (2023, "5年度"), (2024, "6年度")]


def sf(run, size=10.5, bold=False, font=MIN):
    run.font.size, run.font.bold, run.font.name = Pt(size), bold, font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), font)


def para(doc_or_cell, text="", size=10.5, bold=False, align=None, font=MIN, after=2, indent=0):
    p = doc_or_cell.add_paragraph()
    if text:
        sf(p.add_run(text), size, bold, font)
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    if indent:
        p.paragraph_format.left_indent = Mm(indent)
    if align is not None:
        p.alignment = align
    return p


def ct(cell, text, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=MIN, shade=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        sf(p.add_run(ln), size, bold, font)
    if shade:
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)


def footer(sec, left):
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sf(fp.add_run(left + "　"), 8)
    run = fp.add_run()
    sf(run, 9)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = sec.bottom_margin = Mm(16)
    return sec


def portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(18)
    return sec


def data():
    r = random.Random(4011)
    hist = {}
    for n, ka, s in DEBTS:
        vals = []
        v = int(s * r.uniform(1.25, 1.6))
        for _ in YEARS:
            vals.append(v)
            v = int(v * r.uniform(0.82, 0.98))
        hist[n] = vals
    # 令和6年度 collection detail (千円) for COLL debts, consistent with hist[n][-1]
    det = {}
    for n in COLL:
        out6 = hist[n][-1]
        cur_o = int(out6 * r.uniform(0.25, 0.4))
        arr_o = out6 - cur_o
        crt = r.uniform(0.955, 0.995) if n != "住宅使用料" else r.uniform(0.9, 0.95)
        cA = int(cur_o / (1 - crt))
        cB = cA - cur_o
        aA = hist[n][-2] if n in hist else 0
        W = int(aA * r.uniform(0.03, 0.1))
        aB = aA - W - arr_o
        det[n] = dict(cA=cA, cB=cB, aA=aA, aB=aB, W=W, O=out6)
    # 個票 (円) for 債権管理課所管 debts; 千円 values in hist must be the rounded yen values
    kohyo = {}
    for n in SAIKEN_KA:
        o6 = hist[n][-1] * 1000 + r.randint(-499, 499)
        o5 = hist[n][-2] * 1000 + r.randint(-499, 499)
        lo, hi = {"学校給食費": (11.0, 15.0), "児童クラブ負担金": (9.0, 12.0), "生活保護費返還金": (1.4, 1.9)}.get(n, (1.15, 1.45))
        A6 = int(o6 * r.uniform(lo, hi))
        W6 = int(o5 * r.uniform(0.01, 0.06))
        B6 = A6 - W6 - o6
        A5 = int(o5 * r.uniform(lo, hi))
        W5 = int(o5 * r.uniform(0.01, 0.06))
        B5 = A5 - W5 - o5
        p5, p6 = r.randint(60, 400), 0
        p6 = int(p5 * r.uniform(0.8, 0.97))
        kohyo[n] = {2023: dict(A=A5, B=B5, W=W5, O=o5, P=p5), 2024: dict(A=A6, B=B6, W=W6, O=o6, P=p6)}
    return hist, det, kohyo


def build():
    hist, det, kohyo = data()
    facts, inits = [], []
    anchors = []          # (anchor text, list of facts) -> page assigned by search

    def add(anchor, fs):
        anchors.append((anchor, fs))

    doc = Document()
    s0 = doc.sections[0]
    s0.page_width, s0.page_height = Mm(210), Mm(297)
    s0.left_margin = s0.right_margin = Mm(22)
    s0.top_margin = s0.bottom_margin = Mm(20)
    footer(s0, "行橋市債権管理対策会議")
    # ================= cover: 次第
    para(doc, "令和７年度 第１回 行橋市債権管理対策会議 次第", 15, True, WD_ALIGN_PARAGRAPH.CENTER, GOTH, after=10)
    para(doc, "日時：令和７年７月１０日（木）午前１０時から", 11, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "場所：行橋市役所 ３階 大会議室", 11, align=WD_ALIGN_PARAGRAPH.RIGHT, after=12)
    for t in ["１　開　会", "２　会長あいさつ", "３　議　題",
              "　（１）令和６年度 市債権の収入未済額と収納状況について　……　資料１",
              "　（２）債権管理課所管債権の収納状況調査票について　……　資料２",
              "　（３）令和７年度の取組方針について　……　資料３", "４　その他", "５　閉　会"]:
        para(doc, t, 11, after=6)
    tot11 = 413_070_000
    k_sum = sum(kohyo[n][2024]["O"] for n in SAIKEN_KA)
    k_r = rnd(k_sum, 10000)
    red = tot11 - k_r
    prose_a, prose_b = "約" + okuman(tot11), "約" + okuman(k_r)
    prose = (f"　債権管理課が所管する非強制徴収公債権及び私債権の滞納繰越額は、平成23年度の{prose_a}から令和6年度の{prose_b}へと、"
             f"約{okuman(red)}（{rate(red, tot11, 1)}%）減少しました。引き続き、所管課と連携して回収困難案件の解消に取り組みます。")
    para(doc, "【債権管理課からの報告】", 11, True, font=GOTH, after=2)
    para(doc, prose, 10.5, after=12)
    add("【債権管理課からの報告】", [
        fact(None, 2011, "平成23年度", "total", "outstanding", "actual", tot11, "yen", prose_a, None, approx=True, debt_raw=None),
        fact(None, 2024, "令和6年度", "total", "outstanding", "actual", k_r, "yen", prose_b, None, approx=True, debt_raw=None)])
    para(doc, "行橋市債権管理対策会議 委員名簿", 11, True, font=GOTH)
    tab = doc.add_table(rows=1, cols=2)
    tab.style = "Table Grid"
    for cell, h in zip(tab.rows[0].cells, ["役職", "職名"]):
        ct(cell, h, bold=True, shade="E7E6E6")
    for role, title in [("会長", "副市長"), ("委員", "総務部長"), ("委員", "財務部長"), ("委員", "市民部長"),
                        ("委員", "福祉部長"), ("委員", "子ども・若者部長"), ("委員", "都市整備部長"), ("委員", "教育部長"),
                        ("事務局", "債権管理課長・税務課長")]:
        row = tab.add_row().cells
        ct(row[0], role)
        ct(row[1], title)
    # ================= 資料1 (landscape)
    s1 = landscape(doc)
    footer(s1, "資料１")
    a1 = "資料１－１　市債権の収入未済額の推移（各年度決算）"
    para(doc, a1, 13, True, font=GOTH)
    para(doc, "（単位：千円）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t1 = doc.add_table(rows=1, cols=9)
    t1.style = "Table Grid"
    t1.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, h in zip(t1.rows[0].cells, ["No", "債権名", "所管課"] + [y[1] for y in YEARS] + ["増減\n(6年度－5年度)"]):
        ct(cell, h, bold=True, shade="DDEBF7")
    fs = []
    tots = [sum(hist[n][k] for n, _, _ in DEBTS) for k in range(len(YEARS))]
    for i, (n, ka, _) in enumerate(DEBTS + [("合計", "", 0)]):
        v = hist[n] if n != "合計" else tots
        row = t1.add_row().cells
        vals = [str(i + 1) if n != "合計" else "", n, ka] + [c(x) for x in v] + [c(v[-1] - v[-2])]
        for k, (cell, x) in enumerate(zip(row, vals)):
            ct(cell, x, bold=n == "合計", align=WD_ALIGN_PARAGRAPH.RIGHT if k >= 3 else
               (WD_ALIGN_PARAGRAPH.LEFT if k in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER))
        for (fy, lab), x in zip(YEARS, v):
            fs.append(fact(None if n == "合計" else n, fy, lab, "total", "outstanding", "actual", x * 1000, "yen",
                           c(x), None, debt_raw=n))
    add(a1, fs)
    para(doc, "※ 各年度の出納閉鎖後の収入未済額（翌年度への滞納繰越額）。千円未満を四捨五入しているため、合計が一致しない場合があります。", 8.5)
    # 資料1-2 one debt per column
    s1b = doc.add_paragraph()
    s1b.add_run().add_break(WD_BREAK.PAGE)
    a2 = "資料１－２　令和６年度 主な市債権の収納状況"
    para(doc, a2, 13, True, font=GOTH)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    cols = COLL + ["合計"]
    T = {k: sum(det[n][k] for n in COLL) for k in ("cA", "cB", "aA", "aB", "W", "O")}
    det2 = dict(det, 合計=T)
    t2 = doc.add_table(rows=1, cols=2 + len(cols))
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t2.rows[0].cells
    ct(hdr[0].merge(hdr[1]), "区分", bold=True, shade="DDEBF7")
    for cell, n in zip(hdr[2:], cols):
        ct(cell, n, bold=True, shade="DDEBF7")
    spec = [("現年度分", "調定額", "cA", "current", "assessed"), ("現年度分", "収入済額", "cB", "current", "collected"),
            ("現年度分", "収納率", None, "current", "collection_rate"),
            ("滞納繰越分", "調定額", "aA", "arrears", "assessed"), ("滞納繰越分", "収入済額", "aB", "arrears", "collected"),
            ("滞納繰越分", "収納率", None, "arrears", "collection_rate"),
            ("不納欠損額", "", "W", "total", "written_off"), ("収入未済額", "", "O", "total", "outstanding")]
    fs = []
    grp = {}
    for g, lab, key, seg, m in spec:
        row = t2.add_row().cells
        if lab:
            ct(row[1], lab)
            grp.setdefault(g, []).append(row[0])
        else:
            ct(row[0].merge(row[1]), g)
        for cell, n in zip(row[2:], cols):
            d = det2[n]
            if key:
                v = d[key]
                txt = c(v)
                fs.append(fact(None if n == "合計" else n, 2024, "令和６年度", seg, m, "actual", v * 1000, "yen", txt, None,
                               debt_raw=n))
            else:
                num, den = (d["cB"], d["cA"]) if seg == "current" else (d["aB"], d["aA"])
                v = rate(num, den)
                txt = f"{v}"
                fs.append(fact(None if n == "合計" else n, 2024, "令和６年度", seg, m, "actual", v, "percent", txt, None,
                               debt_raw=n))
            ct(cell, txt, align=WD_ALIGN_PARAGRAPH.RIGHT, bold=n == "合計")
    for g, cells in grp.items():
        m0 = cells[0]
        for x in cells[1:]:
            m0 = m0.merge(x)
        ct(m0, g)
    add(a2, fs)
    para(doc, "※ 収入未済額＝（調定額－収入済額）の計－不納欠損額。収納率は小数点以下第３位を四捨五入。", 8.5)
    a3 = "【収納率】令和７年６月末時点（市税）"
    para(doc, "", after=6)
    para(doc, a3, 11, True, font=GOTH, after=2)
    b = [("現年分", "current", "18.42", "18.10"), ("滞納繰越分", "arrears", "12.37", "11.95")]
    fs = []
    for lab, seg, now, prev in b:
        para(doc, f"・{lab}　{now}％（前年同期 {prev}％）", 10.5, indent=6, after=1)
        fs += [fact("市税", 2025, "令和７年６月末", seg, "collection_rate", "interim", float(now), "percent", f"{now}％", None,
                    as_of="2025-06-30"),
               fact("市税", 2024, "前年同期", seg, "collection_rate", "interim", float(prev), "percent", f"{prev}％", None,
                    as_of="2024-06-30")]
    add(a3, fs)
    # ================= 資料2 調査票 (portrait)
    s2 = portrait(doc)
    footer(s2, "資料２")
    para(doc, "資料２　私債権等の収納状況調査票（債権管理課所管）", 13, True, font=GOTH, after=6)
    KO = [("学校給食費", "学校教育課", "私債権",
           [("①", "給食費の未納が２か月に達した保護者に、学校と連名で納付のお願いを送付する。", "継続"),
            ("②", "児童手当からの申出徴収を、対象となる全世帯に案内する。", "拡充"),
            ("③", "卒業後も未納が続く世帯には、債権管理課が支払督促を申し立てる。", "継続")],
           "2025-06-30"),
          ("住宅新築資金等貸付金", "債権管理課", "私債権",
           [("①", "連帯保証人を含めた財産調査を行い、担保不動産の競売を申し立てる。", "継続"),
            ("②", "少額の分納を続ける債務者とは、返済計画の見直し協議を年１回行う。", "新規")],
           "2025-06-30"),
          ("生活保護費返還金", "生活支援課", "非強制徴収公債権",
           [("①", "保護受給中の債務者については、本人の同意を得て保護費からの調整による返還を進める。", "継続"),
            ("②", "保護廃止後の債務者には、廃止時に返済計画を確認し、口座振替による返還を勧める。", "新規"),
            ("③", "所在不明・無資力の案件は、徴収停止の基準に基づき整理を進める。", "継続")],
           "2025-06-30")]
    r = random.Random(77)
    for idx, (n, ka, kubun, items, asof) in enumerate(KO):
        if idx == 2:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        anchor = f"調査票{idx + 1}"
        para(doc, f"{anchor}　{n}", 11, True, font=GOTH, after=2)
        box = doc.add_table(rows=2, cols=4)
        box.style = "Table Grid"
        for (i, j), t in {(0, 0): "債権名", (0, 1): n, (0, 2): "所管課", (0, 3): ka,
                          (1, 0): "債権区分", (1, 1): kubun, (1, 2): "移管状況", (1, 3): "一部移管（困難案件）"}.items():
            ct(box.rows[i].cells[j], t, bold=j % 2 == 0, shade="F2F2F2" if j % 2 == 0 else None)
        para(doc, "収納状況（単位：円）", 9, after=0)
        kt = doc.add_table(rows=1, cols=4)
        kt.style = "Table Grid"
        for cell, h in zip(kt.rows[0].cells, ["区分", "令和５年度", "令和６年度", "増減"]):
            ct(cell, h, bold=True, shade="F2F2F2")
        K = kohyo[n]
        fs = []
        for lab, key, m, unit in [("調定額", "A", "assessed", "yen"), ("収入済額", "B", "collected", "yen"),
                                  ("収納率", "R", "collection_rate", "percent"), ("不納欠損額", "W", "written_off", "yen"),
                                  ("収入未済額", "O", "outstanding", "yen"), ("滞納者数", "P", "delinquents", "persons")]:
            row = kt.add_row().cells
            ct(row[0], lab)
            vv = []
            for col, fy, fyr in ((1, 2023, "令和５年度"), (2, 2024, "令和６年度")):
                d = K[fy]
                if key == "R":
                    v = rate(d["B"], d["A"])
                    txt = f"{v}%"
                elif key == "P":
                    v = d["P"]
                    txt = f"{v}人"
                else:
                    v = d[key]
                    txt = c(v)
                vv.append(v)
                ct(row[col], txt, align=WD_ALIGN_PARAGRAPH.RIGHT)
                fs.append(fact(n, fy, fyr, "total", m, "actual", v, unit, txt, None))
            diff = vv[1] - vv[0]
            ct(row[3], (f"{diff:+.2f}".replace("+", "").replace("-", "△") + "pt") if key == "R" else
               (c(diff) + ("人" if key == "P" else "")), align=WD_ALIGN_PARAGRAPH.RIGHT)
        add(anchor, fs)
        # 取組 box (one cell, several numbered items)
        tb = doc.add_table(rows=1, cols=1)
        tb.style = "Table Grid"
        cell = tb.rows[0].cells[0]
        ct(cell, "令和７年度の取組", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, font=GOTH)
        for lab, t, st in items:
            p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            sf(p.add_run(f"{lab}{t}【{st}】"), 9)
            inits.append(init(n, 2025, "令和７年度の取組", lab, t, st, None))
        # 【参考】 box
        o_now = int(K[2024]["O"] * r.uniform(0.88, 0.97))
        o_prev = int(K[2023]["O"] * r.uniform(0.88, 0.97))
        rb = doc.add_table(rows=1, cols=1)
        rb.style = "Table Grid"
        cell = rb.rows[0].cells[0]
        ct(cell, "【参考】", bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, font=GOTH)
        for t in (f"・令和７年６月末現在の収入未済額：{c(o_now)}円", f"・前年同期（令和６年６月末）の収入未済額：{c(o_prev)}円"):
            p = cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            sf(p.add_run(t), 9)
        add(anchor, [fact(n, 2025, "令和７年６月末", "total", "outstanding", "interim", o_now, "yen", f"{c(o_now)}円", None,
                          as_of="2025-06-30"),
                     fact(n, 2024, "令和６年６月末", "total", "outstanding", "interim", o_prev, "yen", f"{c(o_prev)}円", None,
                          as_of="2024-06-30")])
        para(doc, "", after=6)
    # ================= 資料3
    para(doc, "資料３　令和７年度の取組方針", 13, True, font=GOTH, after=4)
    pol = [("ア", "所管課は、督促状の発付後１か月以内に催告を行い、滞納の長期化を防止する。", "継続"),
           ("イ", "債権管理課への移管基準を「滞納額３０万円以上又は滞納期間１年以上」に改め、困難案件の早期移管を進める。", "拡充"),
           ("ウ", "債権管理台帳システムを全所管課に導入し、滞納者情報を一元的に管理する。", "新規")]
    for lab, t, st in pol:
        para(doc, f"　{lab}　{t}【{st}】", 10.5, after=3)
        inits.append(init(None, 2025, "資料３　令和７年度の取組方針", lab, t, st, None))
    OUT.mkdir(parents=True, exist_ok=True)
    x = OUT / f"{STEM}.docx"
    doc.save(x)
    pdf = soffice_pdf(x, PDF / f"{STEM}.pdf", "yukuhashi")
    texts = page_texts(pdf)
    for anchor, fs in anchors:
        pg = [i + 1 for i, t in enumerate(texts) if squash(anchor) in t]
        assert len(pg) == 1, (anchor, pg)
        for f in fs:
            f["page"] = pg[0]
        facts += fs
    for it in inits:
        it["page"] = next(i + 1 for i, t in enumerate(texts) if squash(it["text"]) in t)
    write_gold(STEM, "committee_material", CITY, TITLE, "2025-07-10", "令和７年７月１０日", facts, inits)
    return check(STEM)


if __name__ == "__main__":
    print(STEM, build())
