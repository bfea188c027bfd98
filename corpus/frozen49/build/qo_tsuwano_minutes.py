"""津和野町債権管理対策会議 議事要旨 -> PyMuPDF drawing.  Run from corpus/frozen49."""
import sys
sys.path.insert(0, "build")
import fitz
from qo_common import Gold, c, p, rate, PDF

STEM = "qo_tsuwano_minutes_1"
TITLE = "令和7年度第2回津和野町債権管理対策会議 議事要旨"
g = Gold(STEM, "minutes", "minutes", "津和野町", TITLE, "2025-11-14", "令和7年11月14日")
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
GOT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
fm, fg = fitz.Font(fontfile=MIN), fitz.Font(fontfile=GOT)

doc = fitz.open()
W, H = 595, 842
L, R, TOP, BOT = 62, 533, 70, 780
state = {"page": None, "y": TOP, "no": 0}


def newpage():
    pg = doc.new_page(width=W, height=H)
    pg.insert_font(fontname="M", fontfile=MIN)
    pg.insert_font(fontname="G", fontfile=GOT)
    state["page"], state["y"] = pg, TOP
    state["no"] += 1
    pg.insert_text((W / 2 - 12, 815), f"- {state['no']} -", fontname="M", fontsize=9)


def wrap(text, size, width, font):
    lines, cur = [], ""
    for ch in text:
        if font.text_length(cur + ch, fontsize=size) > width:
            if ch in "、。，．）」":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def text(t, size=10.5, x=L, gothic=False, indent2=None, lead=1.7, center=False):
    font = fg if gothic else fm
    first_w = R - x
    rest_x = x if indent2 is None else indent2
    lines = wrap(t, size, first_w, font)
    # re-wrap continuation with its own width
    out = [lines[0]] if lines else []
    rest = "".join(lines[1:])
    if rest:
        out += wrap(rest, size, R - rest_x, font)
    for k, ln in enumerate(out):
        if state["y"] + size * lead > BOT:
            newpage()
        xx = x if k == 0 else rest_x
        if center:
            xx = (W - font.text_length(ln, fontsize=size)) / 2
        state["page"].insert_text((xx, state["y"] + size), ln, fontname="G" if gothic else "M", fontsize=size)
        state["y"] += size * lead
    return state["no"]


def gap(h=6):
    state["y"] += h


newpage()
text(TITLE, 14, gothic=True, center=True)
gap(10)
text("１　開催方法", 11, gothic=True)
text("　令和7年度第2回津和野町債権管理対策会議は、委員の日程調整が困難であったため書面開催とし、令和7年11月14日付けで"
     "各委員に資料を送付して、11月21日までに意見及び質問を書面で提出する方法により実施した。", x=L + 10)
gap()
text("２　出席者（会長・委員７名・事務局３名）", 11, gothic=True)
text("会　長：副町長", x=L + 10)
text("委　員：総務財政課長・税務住民課長・健康福祉課長・子ども・家庭支援課長・建設課長・上下水道課長・日原支所長",
     x=L + 10, indent2=L + 52)
text("事務局：税務住民課長補佐・収納対策係長・収納対策係主任", x=L + 10)
att = [("会長", "副町長")] + [("委員", t) for t in ("総務財政課長", "税務住民課長", "健康福祉課長", "子ども・家庭支援課長",
                                                  "建設課長", "上下水道課長", "日原支所長")] + \
      [("事務局", t) for t in ("税務住民課長補佐", "収納対策係長", "収納対策係主任")]
gap()
text("３　議　題", 11, gothic=True)
agenda = ["令和7年度上半期の債権の収納状況について", "令和6年度決算に基づく不納欠損処分の状況について", "私債権の放棄について"]
for k, a in enumerate(agenda, 1):
    text(f"（{k}）{a}", x=L + 10)
gap()
text("４　資　料", 11, gothic=True)
text("（別添）令和7年度第2回津和野町債権管理対策会議資料", x=L + 10)
gap()
text("５　意見及び質問", 11, gothic=True)

# statement figures (interim as of 2025-09-30 vs same month last year)
TX = dict(cr=52.84, cr_ly=52.41, ar=18.36, ar_ly=17.02)
st = []


def stmt(section, speaker, parts):
    """parts: list of str or (fact args) tuples; returns text"""
    txt = ""
    pg0 = state["no"]
    s = ""
    for x in parts:
        s += x if isinstance(x, str) else x[-1]
    return s


def say(section, speaker, body_builder):
    text(f"（{speaker}）", x=L + 20)
    pgno = state["no"]
    # body builder returns list of (string, factspec-or-None); we lay it out then attach pages by line position
    segs = body_builder
    full = "".join(s for s, _ in segs)
    start_page = state["no"]
    start_y = state["y"]
    # layout paragraph; figure out page for each fact by char offset
    font = fm
    lines = wrap("　" + full, 10.5, R - (L + 30), font)
    offs, pos = [], 0
    for ln in lines:
        offs.append((pos, pos + len(ln)))
        pos += len(ln)
    line_pages = []
    for ln in lines:
        if state["y"] + 10.5 * 1.7 > BOT:
            newpage()
        state["page"].insert_text((L + 30, state["y"] + 10.5), ln, fontname="M", fontsize=10.5)
        state["y"] += 10.5 * 1.7
        line_pages.append(state["no"])
    pos = 1  # leading space
    for s, spec in segs:
        if spec is not None:
            # page of the line where this raw starts and ends (keep raw within one page)
            a, b = pos, pos + len(s) - 1
            pa = next(line_pages[i] for i, (x0, x1) in enumerate(offs) if x0 <= a < x1)
            pb = next(line_pages[i] for i, (x0, x1) in enumerate(offs) if x0 <= b < x1)
            assert pa == pb, s
            g.f(pa, *spec[:-1], raw=s, **spec[-1]) if isinstance(spec[-1], dict) else g.f(pa, *spec, raw=s)
        pos += len(s)
    st.append({"speaker": speaker, "section": section, "text": full, "page": start_page if lines else pgno})
    gap(3)


def F(debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, approx=False, as_of=None):
    return (debt, debt_raw, fy, fy_raw, seg, metric, basis, value, unit, {"approx": approx, "as_of": as_of})


text("（１）令和7年度上半期の債権の収納状況について", x=L + 10, gothic=True)
d1 = round(TX["cr"] - TX["cr_ly"], 2)
say("令和7年度上半期の債権の収納状況について", "税務住民課長", [
    ("「町税」の9月末の収納率は、現年分", None),
    (f"{TX['cr']}％", F("町税", "町税", 2025, "令和7年度", "current", "collection_rate", "interim", TX["cr"], "percent", as_of="2025-09-30")),
    ("で前年同月の", None),
    (f"{TX['cr_ly']}％", F("町税", "町税", 2024, "前年同月", "current", "collection_rate", "interim", TX["cr_ly"], "percent", as_of="2024-09-30")),
    ("から", None),
    (f"{d1:.2f}ポイント", F("町税", "町税", 2025, "令和7年度", "current", "difference", "interim", d1, "points", as_of="2025-09-30")),
    ("上昇した。滞納繰越分は", None),
    (f"{TX['ar']}％", F("町税", "町税", 2025, "令和7年度", "arrears", "collection_rate", "interim", TX["ar"], "percent", as_of="2025-09-30")),
    ("となり、前年同月を上回っている。令和6年度決算の町税の収入未済額は約", None),
    ("2,140万円", F("町税", "町税", 2024, "令和6年度", "total", "outstanding", "actual", 21400000, "yen", approx=True)),
    ("で、ピーク時の平成29年度から約", None),
    ("1,860万円", F("町税", "町税", 2024, "令和6年度", "total", "difference_from_peak", "actual", -18600000, "yen", approx=True)),
    ("減少した。引き続き、島根県との共同徴収と給与照会の早期化に取り組む。", None)])
say("令和7年度上半期の債権の収納状況について", "健康福祉課長", [
    ("「国民健康保険税」は、9月末の現年分収納率が", None),
    ("47.15％", F("国民健康保険税", "国民健康保険税", 2025, "令和7年度", "current", "collection_rate", "interim", 47.15, "percent", as_of="2025-09-30")),
    ("で、前年同月比", None),
    ("0.62ポイント", F("国民健康保険税", "国民健康保険税", 2025, "令和7年度", "current", "difference", "interim", -0.62, "points", as_of="2025-09-30")),
    ("低下した。納期の変更により、第4期の納付が10月にずれたことが要因である。「介護保険料」及び「後期高齢者医療保険料」は、"
     "特別徴収の割合が高く、前年並みで推移している。", None)])
say("令和7年度上半期の債権の収納状況について", "建設課長", [
    ("「町営住宅使用料」の滞納者は9月末で", None),
    ("14人", F("町営住宅使用料", "町営住宅使用料", 2025, "令和7年9月末", "total", "delinquents", "interim", 14, "persons", as_of="2025-09-30")),
    ("となり、令和6年度末の", None),
    ("17人", F("町営住宅使用料", "町営住宅使用料", 2024, "令和6年度末", "total", "delinquents", "actual", 17, "persons")),
    ("から減少した。長期滞納の退去者2名については、連帯保証人と分納の協議を行っている。", None)])
text("（２）令和6年度決算に基づく不納欠損処分の状況について", x=L + 10, gothic=True)
say("令和6年度決算に基づく不納欠損処分の状況について", "税務住民課長", [
    ("令和6年度の不納欠損額は、町税が", None),
    ("1,284,300円", F("町税", "町税", 2024, "令和6年度", "total", "written_off", "actual", 1284300, "yen")),
    ("、国民健康保険税が", None),
    ("962,150円", F("国民健康保険税", "国民健康保険税", 2024, "令和6年度", "total", "written_off", "actual", 962150, "yen")),
    ("である。いずれも執行停止後3年を経過したもの及び時効が完成したものであり、財産調査の記録を台帳に残している。", None)])
text("（３）私債権の放棄について", x=L + 10, gothic=True)
say("私債権の放棄について", "上下水道課長", [
    ("水道料金のうち、所在不明の転出者に係る債権", None),
    ("約38万円", F("水道料金", "水道料金", 2025, None, "total", "written_off_planned", "estimate", 380000, "yen", approx=True)),
    ("について、債権管理条例に基づき放棄を予定している。", None)])
say("私債権の放棄について", "副町長", [
    ("放棄にあたっては、回収の努力を尽くした経過を記録し、議会への報告に備えること。"
     "各課は下半期も現年分の確保を最優先に取り組んでほしい。", None)])

text("６　その他", 11, gothic=True)
text("　次回（第3回）は令和8年2月に開催する予定である。", x=L + 10)

# ---------------- 別表 (new page): no ruling lines; area rows; 円 table beside 千円 table; 上段/下段 note; 備考 figures
newpage()
P = state["no"]
text("別表１　地域別の町税収納状況（令和7年9月末）", 11, gothic=True)
pg = state["page"]
y = state["y"] + 4
cols = [L, L + 95, L + 205, L + 315, L + 400]
hdr = ["地域", "調定額（円）", "収入済額（円）", "収納率（％）", "備考"]
pg.draw_line((L, y), (R, y), width=0.8)
for x, h in zip(cols, hdr):
    pg.insert_text((x + 2, y + 13), h, fontname="G", fontsize=9.5)
y += 19
pg.draw_line((L, y), (R, y), width=0.5)
AREA = [("津和野地域", 312480500, 165210300, 2214000), ("日原地域", 198766200, 104940800, 1586500)]
tot_a = tot_c = 0
for nm, a, cc, arr in AREA + [("計", None, None, None)]:
    if nm == "計":
        a, cc, arr = tot_a, tot_c, None
    else:
        tot_a += a
        tot_c += cc
    r_ = rate(cc, a)
    y += 15
    area = nm if nm != "計" else None
    pg.insert_text((cols[0] + 2, y), nm, fontname="M", fontsize=9.5)
    for x, raw in ((cols[1], g.f(P, "町税", "町税", 2025, "令和7年9月末", "current", "assessed", "interim", a, "yen", c(a), as_of="2025-09-30", area=area)),
                   (cols[2], g.f(P, "町税", "町税", 2025, "令和7年9月末", "current", "collected", "interim", cc, "yen", c(cc), as_of="2025-09-30", area=area)),
                   (cols[3], g.f(P, "町税", "町税", 2025, "令和7年9月末", "current", "collection_rate", "interim", r_, "percent", p(r_), as_of="2025-09-30", area=area))):
        pg.insert_text((x + 80 - fm.text_length(raw, fontsize=9.5) if x != cols[3] else x + 50 - fm.text_length(raw, fontsize=9.5), y), raw, fontname="M", fontsize=9.5)
    if arr:
        note = "うち滞納繰越分 " + g.f(P, "町税", "町税", 2025, "令和7年9月末", "arrears", "collected", "interim", arr, "yen", f"{arr:,}円", as_of="2025-09-30", area=nm)
        pg.insert_text((cols[4] + 2, y), note, fontname="M", fontsize=8.5)
y += 7
pg.draw_line((L, y), (R, y), width=0.8)
y += 14
pg.insert_text((L, y), "※ 現年分の数値。滞納繰越分の収入済額は備考欄に再掲した。", fontname="M", fontsize=8.5)
state["y"] = y + 20

text("別表２　主な債権の収納状況（単位：千円、％）", 11, gothic=True)
pg = state["page"]
y = state["y"] + 2
cols2 = [L, L + 130, L + 205, L + 280, L + 345, L + 415]
hdr2 = ["債権名", "調定額", "収入済額", "収納率", "収入未済額", "前年同月比"]
for x, h in zip(cols2, hdr2):
    pg.insert_text((x + 2, y + 12), h, fontname="G", fontsize=9.5)
y += 18
pg.draw_line((L, y), (R, y), width=0.5)
# 上段: 令和7年9月末, 下段: 令和6年9月末
B2 = [("国民健康保険税", "国保税", (104512, 49278), (107830, 51512)),
      ("介護保険料", "介護料", (141206, 72933), (139880, 72106)),
      ("後期高齢者医療保険料", "後期高齢", (51730, 26884), (50215, 26011)),
      ("水道料金", "水道料金", (96115, 47290), (97402, 47861))]
for dn, short, now, ly in B2:
    r_now, r_ly = rate(now[1], now[0]), rate(ly[1], ly[0])
    for k, (vals, fy, asof, rr) in enumerate(((now, 2025, "2025-09-30", r_now), (ly, 2024, "2024-09-30", r_ly))):
        y += 14
        if k == 0:
            pg.insert_text((cols2[0] + 2, y + 7), short, fontname="M", fontsize=9.5)
        fyr = "令和7年9月末" if k == 0 else "令和6年9月末"
        out_ = vals[0] - vals[1]
        cells = [g.f(P, dn, short, fy, fyr, "current", "assessed", "interim", vals[0] * 1000, "yen", c(vals[0]), as_of=asof),
                 g.f(P, dn, short, fy, fyr, "current", "collected", "interim", vals[1] * 1000, "yen", c(vals[1]), as_of=asof),
                 g.f(P, dn, short, fy, fyr, "current", "collection_rate", "interim", rr, "percent", p(rr), as_of=asof),
                 g.f(P, dn, short, fy, fyr, "current", "outstanding", "interim", out_ * 1000, "yen", c(out_), as_of=asof)]
        if k == 0:
            dd = round(r_now - r_ly, 2)
            cells.append(g.f(P, dn, short, 2025, fyr, "current", "difference", "interim", dd, "points", ("＋" if dd >= 0 else "△") + f"{abs(dd):.2f}", as_of=asof))
        for x, raw in zip(cols2[1:], cells):
            pg.insert_text((x + 62 - fm.text_length(raw, fontsize=9.5), y), raw, fontname="M", fontsize=9.5)
    y += 5
    pg.draw_line((L, y), (R, y), width=0.25, color=(0.6, 0.6, 0.6))
y += 14
pg.insert_text((L, y), "上段：令和7年9月末、下段：令和6年9月末（前年同月）。いずれも現年分。", fontname="M", fontsize=8.5)
y += 13
pg.insert_text((L, y), "国保税：国民健康保険税、介護料：介護保険料、後期高齢：後期高齢者医療保険料", fontname="M", fontsize=8.5)

g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-14", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in att], "agenda": agenda,
             "materials": ["令和7年度第2回津和野町債権管理対策会議資料"], "statements": st}
out = PDF / f"{STEM}.pdf"
doc.subset_fonts()
doc.save(out, garbage=4, deflate=True)
g.write(out)
