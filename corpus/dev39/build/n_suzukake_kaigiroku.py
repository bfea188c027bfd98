"""すずかけ市議会 総務常任委員会会議録 (council committee record on 債権管理) — python-docx -> LibreOffice.

Modelled on 草加市議会 総務文教委員会会議録 (◇開会年月日 / ◇付議事件 / ◇出席委員 header) and
四日市市 総務常任委員会 所管事務調査「債権管理について」 (○ speaker marker on its own line).
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from n_common import OUT, PDF_DIR, c, fact, pct, rate, to_pdf, write_gold, zen  # noqa: E402

STEM = "n_suzukake_kaigiroku_1"
CITY = "すずかけ市"
FY = 2024  # 令和6年度決算
# name, 現年 調定, 現年 rate, 滞繰 調定, 滞繰 rate, 滞繰 不納欠損 (千円)
DEBTS = [
    ("市税", 21845320, 99.12, 1182640, 31.45, 64210),
    ("国民健康保険税", 4128770, 94.38, 1046300, 22.17, 118440),
    ("介護保険料", 3204510, 98.91, 96820, 18.62, 12330),
    ("後期高齢者医療保険料", 1386240, 99.47, 18410, 40.15, 1260),
    ("保育所保育料", 512300, 98.74, 41560, 15.88, 3970),
    ("市営住宅使用料", 684900, 97.36, 88230, 12.94, 9850),
]
# 11月末 interim collection rates: (現年 R7, 現年 R6, 滞繰 R7, 滞繰 R6)
NOV = {
    "市税": (62.48, 62.13, 24.36, 22.90),
    "国民健康保険税": (51.07, 51.52, 14.85, 13.96),
    "介護保険料": (63.90, 63.71, 9.84, 10.22),
    "後期高齢者医療保険料": (66.12, 65.80, 21.43, 19.75),
    "保育所保育料": (64.35, 63.98, 8.12, 7.46),
    "市営住宅使用料": (61.27, 62.04, 6.58, 5.91),
}


def rows():
    """Per debt: dict seg -> (assessed, collected, written_off, outstanding, rate) in 千円."""
    out = {}
    tot = {"current": [0, 0, 0], "arrears": [0, 0, 0]}
    for name, ca, cr, aa, ar, wo in DEBTS:
        cc = round(ca * cr / 100)
        ac = round(aa * ar / 100)
        d = {"current": (ca, cc, 0), "arrears": (aa, ac, wo)}
        d["total"] = tuple(d["current"][i] + d["arrears"][i] for i in range(3))
        for s in ("current", "arrears"):
            for i in range(3):
                tot[s][i] += d[s][i]
        out[name] = {s: (a, b, w, a - b - w, rate(b, a)) for s, (a, b, w) in d.items()}
    t = {s: tuple(v) for s, v in tot.items()}
    t["total"] = tuple(t["current"][i] + t["arrears"][i] for i in range(3))
    total = {s: (a, b, w, a - b - w, rate(b, a)) for s, (a, b, w) in t.items()}
    return out, total


DATA, TOTAL = rows()


def oku(yen_sen: int, step: int = 1000) -> tuple[str, int]:
    """千円 amount -> ('4億2,600万円', value yen) rounded to `step` 千円 (step 1000 = 100万円)."""
    v = round(yen_sen / step) * step
    man = v // 10
    o, m = divmod(man, 10000)
    s = (f"{o}億" if o else "") + (f"{m:,}万円" if m else "円")
    return s, v * 1000


def set_borders(table, inner_v=True, outer_v=True):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        on = not ((edge == "insideV" and not inner_v) or (edge in ("left", "right") and not outer_v))
        el.set(qn("w:val"), "single" if on else "nil")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        b.append(el)
    pr.append(b)


def cell_text(cell, text, size=8, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def add_field(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def build():
    facts, statements = [], []
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAex明朝"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAex明朝")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    hp = sec.header.paragraphs[0]
    hp.text = "令和７年１２月　総務常任委員会会議録"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    add_field(fp.add_run(), "PAGE")
    fp.add_run(" －")

    def para(text, size=10.5, bold=False, align=None, indent=0):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        if indent:
            p.paragraph_format.left_indent = Mm(indent)
        if align:
            p.alignment = align
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        return p

    title = "令和７年すずかけ市議会総務常任委員会会議録"
    para(title, 14, True, WD_ALIGN_PARAGRAPH.CENTER)
    para("◇開会年月日　　令和７年１２月１０日（水曜日）")
    para("◇開催の場所　　第２委員会室")
    agenda = ["所管事務調査「本市の債権管理の状況について」",
              "報告第２１号　専決処分の報告について（市営住宅使用料の支払請求に係る訴えの提起）"]
    para("◇付議事件")
    for i, a in enumerate(agenda, 1):
        para(f"（{zen(i)}）{a}", indent=8)
    para("午前１０時００分開会")
    members = [("委員長", "田中　誠一"), ("副委員長", "小野寺　あゆみ"), ("委員", "森　健太郎"), ("委員", "石川　早苗"),
               ("委員", "本間　隆"), ("委員", "藤原　直樹"), ("委員", "山内　美香")]
    para("◇出席委員　７名")
    t = doc.add_table(rows=4, cols=4)
    for i, (role, name) in enumerate(members):
        cell_text(t.cell(i // 2, (i % 2) * 2), name, 10, WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(i // 2, (i % 2) * 2 + 1), role, 10, WD_ALIGN_PARAGRAPH.LEFT)
    para("　欠席委員　なし")
    expl = [("財務部長", "北村　修"), ("財務部次長兼納税課長", "大澤　浩二"), ("債権管理課長", "佐野　由紀"),
            ("健康福祉部長", "三浦　剛"), ("保険年金課長", "中島　理恵"), ("こども・若者部長", "杉本　聡子"),
            ("都市整備部住宅課長", "岡田　学"), ("上下水道局経営課長", "平野　亮")]
    para("◇説明のため出席した者")
    t = doc.add_table(rows=4, cols=4)
    for i, (ttl, name) in enumerate(expl):
        cell_text(t.cell(i // 2, (i % 2) * 2), name, 10, WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(i // 2, (i % 2) * 2 + 1), ttl, 10, WD_ALIGN_PARAGRAPH.LEFT)
    para("◇委員会事務局職員　　議事調査課主査　吉村　綾")
    materials = ["資料１　令和６年度決算に係る主要債権の収入状況",
                 "資料２　令和７年度１１月末現在の収納状況",
                 "資料３　すずかけ市債権管理推進本部会議（令和７年度第２回）の概要"]
    para("◇配付資料")
    for m in materials:
        para(m, indent=8)
    para("")

    cur_section = agenda[0]

    def speak(speaker, paragraphs):
        para("○" + speaker, bold=True)
        for ptxt in paragraphs:
            para("　" + ptxt)
        statements.append({"speaker": speaker, "section": cur_section, "text": "".join(paragraphs)})

    tax = DATA["市税"]
    kok = DATA["国民健康保険税"]
    hoi = DATA["保育所保育料"]
    jut = DATA["市営住宅使用料"]
    all_out_s, all_out_v = oku(TOTAL["total"][3], 10000)  # 1億円単位 → e.g. 19億円
    speak("田中委員長", ["ただいまから総務常任委員会を開会いたします。",
                      "本日は、所管事務調査として本市の債権管理の状況についてを議題といたします。お手元に配付の資料１から資料３に基づき、理事者から説明を求めます。"])
    s_all = f"約{zen(all_out_s)}"
    speak("北村財務部長", [
        "財務部長の北村でございます。本市では、債権管理条例に基づき、副市長を本部長とする債権管理推進本部を設けて全庁的な取組を進めております。",
        "今年度は、令和７年度第２回債権管理推進本部会議を１１月１８日に開催し、各所管課から上半期の取組状況の報告を受けたところでございます。",
        f"令和６年度決算における主要６債権の収入未済額の合計は{s_all}となっており、前年度から縮減しておりますが、引き続き高い水準にございます。詳細は担当課長から説明いたします。"])
    facts.append(fact(None, FY, "total", "outstanding", "actual", all_out_v, "yen", s_all,
                      fy_raw="令和６年度", debt_raw="主要６債権の収入未済額の合計", approx=True))
    t_cur_r, t_arr_r, t_tot_r = tax["current"][4], tax["arrears"][4], tax["total"][4]
    t_out_s, t_out_v = oku(tax["total"][3])
    n_cur, n_pcur, n_arr, n_parr = NOV["市税"]
    p1 = (f"資料１の市税の欄をご覧ください。令和６年度の収納率は、現年課税分が{zen(pct(t_cur_r))}％、"
          f"滞納繰越分が{zen(pct(t_arr_r))}％、合計で{zen(pct(t_tot_r))}％となりました。")
    p2 = f"市税の収入未済額は約{zen(t_out_s)}で、前年度と比べ縮減しております。"
    p3 = (f"次に資料２でございますが、１１月末現在の現年課税分の収納率は{zen(pct(n_cur))}％で、"
          f"前年同月の{zen(pct(n_pcur))}％を上回っております。")
    p4 = "年明けからは、差押えを中心とした滞納処分を強化し、年度末に向けて収納率の向上に努めてまいります。"
    speak("大澤財務部次長兼納税課長", [p1, p2, p3, p4])
    for seg, r in (("current", t_cur_r), ("arrears", t_arr_r), ("total", t_tot_r)):
        facts.append(fact("市税", FY, seg, "collection_rate", "actual", r, "percent", zen(pct(r)) + "％",
                          fy_raw="令和６年度", anchor=None if seg != "total" else "合計で" + zen(pct(r))))
    facts.append(fact("市税", FY, "total", "outstanding", "actual", t_out_v, "yen", "約" + zen(t_out_s),
                      fy_raw="令和６年度", approx=True))
    facts.append(fact("市税", 2025, "current", "collection_rate", "interim", n_cur, "percent", zen(pct(n_cur)) + "％",
                      fy_raw="１１月末現在", as_of="2025-11-30", anchor="課税分の収納率は" + zen(pct(n_cur))))
    facts.append(fact("市税", 2024, "current", "collection_rate", "interim", n_pcur, "percent", zen(pct(n_pcur)) + "％",
                      fy_raw="前年同月", as_of="2024-11-30", anchor="前年同月の" + zen(pct(n_pcur))))

    k_wo = kok["arrears"][2]
    wo_o, wo_m = divmod(k_wo // 10, 10000)
    k_wo_s = f"{wo_o}億{wo_m:,}万円"
    q1 = (f"国民健康保険税でございます。令和6年度の収納率は、現年課税分が{pct(kok['current'][4])}%、"
          f"滞納繰越分が{pct(kok['arrears'][4])}%でございました。")
    q2 = f"また、財産調査の結果、執行停止となった案件の整理を進め、不納欠損額は{k_wo_s}となっております。"
    q3 = "今年度は、コールセンターによる電話催告を早期に実施しており、引き続き口座振替の勧奨にも取り組んでまいります。"
    speak("中島保険年金課長", [q1, q2, q3])
    facts.append(fact("国民健康保険税", FY, "current", "collection_rate", "actual", kok["current"][4], "percent",
                      pct(kok["current"][4]) + "%", fy_raw="令和6年度"))
    facts.append(fact("国民健康保険税", FY, "arrears", "collection_rate", "actual", kok["arrears"][4], "percent",
                      pct(kok["arrears"][4]) + "%", fy_raw="令和6年度", anchor="滞納繰越分が" + pct(kok["arrears"][4])))
    facts.append(fact("国民健康保険税", FY, "arrears", "written_off", "actual", k_wo * 1000, "yen", k_wo_s,
                      fy_raw="令和6年度"))
    speak("田中委員長", ["説明が終わりました。質疑はありませんか。"])
    speak("森委員", ["保育所保育料についてお伺いします。滞納繰越分の収納率が低いように見えますが、どのような状況でしょうか。また、今年度の状況もあわせてお示しください。"])
    h_cur, h_arr = hoi["current"][4], hoi["arrears"][4]
    hn = NOV["保育所保育料"]
    r1 = (f"保育所保育料の令和６年度の収納率は、現年分が{zen(pct(h_cur))}％と高い水準にございますが、"
          f"滞納繰越分は{zen(pct(h_arr))}％にとどまっております。")
    r2 = ("卒園後に連絡が取れなくなる世帯が多いことが主な要因でございます。"
          f"今年度１１月末現在の滞納繰越分の収納率は{zen(pct(hn[2]))}％で、前年同月から改善しております。")
    r3 = "今後は、児童手当からの申出徴収の活用や、在園中の早期の納付相談を徹底してまいります。"
    speak("杉本こども・若者部長", [r1, r2, r3])
    facts.append(fact("保育所保育料", FY, "current", "collection_rate", "actual", h_cur, "percent", zen(pct(h_cur)) + "％",
                      fy_raw="令和６年度", anchor="現年分が" + zen(pct(h_cur))))
    facts.append(fact("保育所保育料", FY, "arrears", "collection_rate", "actual", h_arr, "percent", zen(pct(h_arr)) + "％",
                      fy_raw="令和６年度", anchor="滞納繰越分は" + zen(pct(h_arr))))
    facts.append(fact("保育所保育料", 2025, "arrears", "collection_rate", "interim", hn[2], "percent", zen(pct(hn[2])) + "％",
                      fy_raw="今年度１１月末現在", as_of="2025-11-30", anchor="収納率は" + zen(pct(hn[2])) + "％で、前年同月から"))
    speak("石川委員", ["市営住宅使用料について、法的措置の状況をお聞かせください。"])
    j_out = jut["total"][3]
    j_s = f"{j_out // 10:,}万円"
    j_s = f"約{j_out // 10000}億{(j_out // 10) % 10000:,}万円" if j_out >= 100000 else f"約{round(j_out / 10):,}万円"
    j_val = round(j_out / 10) * 10000
    s1 = (f"市営住宅使用料の令和６年度末の収入未済額は{j_s}でございます。"
          "退去者の滞納分が半数近くを占めており、連帯保証人への請求とあわせ、支払督促や訴えの提起を進めております。")
    s2 = "本日報告する専決処分もその一環でございます。"
    speak("岡田住宅課長", [s1, s2])
    facts.append(fact("市営住宅使用料", FY, "total", "outstanding", "actual", j_val, "yen", j_s,
                      fy_raw="令和６年度末", approx=True))
    speak("田中委員長", ["ほかにございませんか。", "〔「なし」と呼ぶ者あり〕", "以上で所管事務調査を終わります。"])
    cur_section = agenda[1]
    speak("田中委員長", ["次に、報告第２１号専決処分の報告についてを議題といたします。理事者の説明を求めます。"])
    speak("岡田住宅課長", ["報告第２１号は、市営住宅使用料を長期にわたり滞納したまま退去した元入居者に対し、滞納使用料の支払を求める訴えを提起したことについて、地方自治法第１８０条第１項の規定により専決処分したので報告するものでございます。"])
    speak("田中委員長", ["質疑はありませんか。", "〔「なし」と呼ぶ者あり〕", "以上で報告第２１号を終わります。これで本日の総務常任委員会を閉会いたします。"])
    para("午前１１時４２分閉会", align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---- 別表 (page 4+) -------------------------------------------------------------------------
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para("（資料１）", 9)
    para("別表１　令和６年度決算に係る主要債権の収入状況", 11, True)
    para("（単位：千円、収納率は％）", 8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    groups = [("合計", None, TOTAL)] + [(n, n, DATA[n]) for n, *_ in DEBTS]
    t = doc.add_table(rows=1 + 3 * len(groups), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, 8, bold=True)
        shade(t.cell(0, j))
    seglab = {"current": "現年分", "arrears": "滞納繰越分", "total": "計"}
    for g, (label, debt, d) in enumerate(groups):
        r0 = 1 + 3 * g
        m = t.cell(r0, 0).merge(t.cell(r0 + 2, 0))
        cell_text(m, label, 8)
        for k, seg in enumerate(("current", "arrears", "total")):
            a, b, w, o, rt = d[seg]
            vals = [c(a), c(b), c(w) if w else "－", c(o), pct(rt)]
            cell_text(t.cell(r0 + k, 1), seglab[seg], 8)
            for j, v in enumerate(vals):
                cell_text(t.cell(r0 + k, 2 + j), v, 8, WD_ALIGN_PARAGRAPH.RIGHT)
            for metric, val, raw in (("assessed", a, c(a)), ("collected", b, c(b)), ("written_off", w, c(w)),
                                      ("outstanding", o, c(o))):
                if metric == "written_off" and not w:
                    continue
                facts.append(fact(debt, FY, seg, metric, "actual", val * 1000, "yen", raw, page=-1,
                                  debt_raw=label, fy_raw="令和６年度決算"))
            facts.append(fact(debt, FY, seg, "collection_rate", "actual", rt, "percent", pct(rt), page=-1,
                              debt_raw=label, fy_raw="令和６年度決算"))
    para("※１　不納欠損額の「－」は、該当がないものを示す。", 8)
    para("※２　収納率は、収入済額を調定額で除して算出し、小数点以下第３位を四捨五入している。", 8)

    para("")
    para("（資料２）", 9)
    para("別表２　令和７年度１１月末現在の収納率（前年同月比較）", 11, True)
    para("（単位：％、ポイント）", 8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=2 + len(DEBTS), cols=7)
    set_borders(t, inner_v=False, outer_v=False)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0)); cell_text(a, "", 8)
    cell_text(t.cell(0, 1).merge(t.cell(0, 3)), "現年分", 8, bold=True)
    cell_text(t.cell(0, 4).merge(t.cell(0, 6)), "滞納繰越分", 8, bold=True)
    for j, h in enumerate(["R7.11月末", "R6.11月末", "増減"] * 2):
        cell_text(t.cell(1, 1 + j), h, 8)
    for i, (name, *_rest) in enumerate(DEBTS):
        r = 2 + i
        v = NOV[name]
        cell_text(t.cell(r, 0), name, 8, WD_ALIGN_PARAGRAPH.LEFT)
        for k, (now, prev, seg) in enumerate(((v[0], v[1], "current"), (v[2], v[3], "arrears"))):
            dif = round(now - prev, 2)
            ds = ("▲" if dif < 0 else "") + f"{abs(dif):.2f}"
            for j, s in enumerate((pct(now), pct(prev), ds)):
                cell_text(t.cell(r, 1 + 3 * k + j), s, 8, WD_ALIGN_PARAGRAPH.RIGHT)
            facts.append(fact(name, 2025, seg, "collection_rate", "interim", now, "percent", pct(now), page=-2,
                              fy_raw="R7.11月末", as_of="2025-11-30"))
            facts.append(fact(name, 2024, seg, "collection_rate", "interim", prev, "percent", pct(prev), page=-2,
                              fy_raw="R6.11月末", as_of="2024-11-30"))
    para("※　各年度とも１１月３０日現在の収納額に基づく。滞納繰越分は出納整理期間後の調定額で算出。", 8)

    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    pdf = to_pdf(src, PDF_DIR / f"{STEM}.pdf", "suzukake")
    # table pages: 別表１ / 別表２ titles
    from n_common import page_texts, ns
    texts = page_texts(pdf)
    p1 = [i + 1 for i, t_ in enumerate(texts) if "別表１" in t_]
    p2 = [i + 1 for i, t_ in enumerate(texts) if "別表２" in t_]
    assert len(p1) == 1 and len(p2) == 1, (p1, p2)
    for f in facts:
        if f["page"] == -1:
            f["page"] = p1[0]
        elif f["page"] == -2:
            f["page"] = p2[0]
    attendees = [{"role": r, "title": None, "name": n} for r, n in members]
    attendees += [{"role": "説明員", "title": ttl, "name": n} for ttl, n in expl]
    attendees.append({"role": "事務局", "title": "議事調査課主査", "name": "吉村　綾"})
    minutes = {"title": title, "meeting_number": None, "date": "2025-12-10", "method": None,
               "attendees": attendees, "agenda": agenda, "materials": materials, "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": title, "date": "2025-12-10",
                "date_raw": "令和７年１２月１０日（水曜日）"}
    write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
