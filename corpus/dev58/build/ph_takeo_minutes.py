"""ph_takeo_minutes_1: 武雄市議会 総務常任委員会記録 (所管事務調査・債権管理) via python-docx -> LibreOffice.
Run from corpus/dev58:  python3 build/ph_takeo_minutes.py"""
import subprocess, sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from ph_common import F, I, ROOT, write_gold, zen

STEM = "ph_takeo_minutes_1"
CITY = "武雄市"
TITLE = "総務常任委員会記録"
WORK = Path("/tmp/ph_work/takeo"); WORK.mkdir(parents=True, exist_ok=True)
facts, inits, statements = [], [], []

# ------------------------------------------------------------------ data
# short, full, R5 rate, R6 rate (現年度分, %), outstanding R5, R6 (百万円)
DEBT = [("市税", "市税", 98.97, 99.12, 318.9, 305.2),
        ("国保税", "国民健康保険税", 94.02, 94.55, 312.6, 298.4),
        ("介護料", "介護保険料", 98.81, 98.90, 28.3, 26.9),
        ("後期高齢", "後期高齢者医療保険料", 99.55, 99.61, 5.2, 4.8),
        ("保育料", "保育所保育料", 98.70, 98.43, 9.8, 10.4),
        ("住宅使用料", "市営住宅使用料", 93.15, 93.62, 41.7, 39.5)]
TOT5 = round(sum(d[4] for d in DEBT), 1); TOT6 = round(sum(d[5] for d in DEBT), 1)
FULL = {d[0]: d[1] for d in DEBT}
R = {d[1]: d for d in DEBT}

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = Mm(22); sec.bottom_margin = Mm(20)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
st.paragraph_format.space_after = Pt(0); st.paragraph_format.line_spacing = 1.25


def P(t="", bold=False, size=None, align=None, indent=None, first=None, font=None):
    p = doc.add_paragraph()
    r = p.add_run(t); r.bold = bold
    if size: r.font.size = Pt(size)
    if font:
        r.font.name = font; r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.left_indent = Mm(indent)
    if first is not None: p.paragraph_format.first_line_indent = Mm(first)
    return p


def brk():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def say(speaker, txt, section="所管事務調査「市の債権管理の状況について」"):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Mm(0); p.paragraph_format.first_line_indent = Mm(0)
    p.paragraph_format.space_before = Pt(3)
    r = p.add_run("○" + speaker); r.font.name = "IPAexGothic"; r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexGothic")
    p.add_run("　" + txt)
    statements.append({"speaker": speaker, "section": section, "text": txt})


# ------------------------------------------------------------------ page 1: heading and attendance
PG = 1
P("武雄市議会", size=10, align="r")
P("総務常任委員会記録", bold=True, size=16, align="c", font="IPAexGothic")
P()
P("１　日　　時　　令和７年７月１４日（月）　午前１０時００分開会　午前１１時４２分閉会")
P("２　場　　所　　第１委員会室")
P("３　出席委員（６名）")
MEM = [("委員長", "松尾　健一"), ("副委員長", "古川　由美"), ("委員", "江口　正樹"), ("委員", "山下　浩二"),
       ("委員", "吉原　千秋"), ("委員", "坂本　達也")]
for i in range(0, 6, 2):
    P("　　" + "　　".join(f"{r}　{n}" for r, n in MEM[i:i + 2]), indent=6)
P("４　欠席委員（１名）")
P("　　委員　中島　順一", indent=6)
P("５　説明のため出席した者（７名）")
EXP = [("総務部長", "田中　宏明"), ("税務課長", "井上　直樹"), ("税務課収納対策室長", "北村　恵"),
       ("こども・教育部長", "山口　里美"), ("こども家庭課長", "宮原　健"), ("建築住宅課長", "大串　誠"),
       ("福祉・高齢者支援課長", "池田　和也")]
for t, n in EXP:
    P(f"　　{t}　{n}", indent=6)
P("６　事務局職員（２名）")
STAFF = [("議会事務局長", "野中　隆"), ("議事係長", "森　彩花")]
P("　　" + "　　".join(f"{t}　{n}" for t, n in STAFF), indent=6)
P("７　付議事件")
P("　　所管事務調査「市の債権管理の状況について」", indent=6)
P("　　（資料：総務常任委員会資料「債権管理の状況について」）", indent=6)
P()
P("―――――――――――――――――――――――――――――――――――――", align="c")
say("松尾委員長", "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として「市の債権管理の状況について」を議題といたします。なお、中島委員から欠席の届出がありましたので、御報告いたします。それでは、執行部から説明をお願いします。")
say("田中総務部長", "おはようございます。本日は、令和６年度決算における市の主な債権の収納状況と、今後の取組について、お手元の資料に基づきまして税務課長から説明させていただきます。よろしくお願いいたします。")
brk()

# ------------------------------------------------------------------ page 2
PG = 2
c5, c6 = R["市税"][2], R["市税"][3]
k5, k6 = R["国民健康保険税"][2], R["国民健康保険税"][3]
d_c = round(c6 - c5, 2); d_k = round(k6 - k5, 2)
def z2(v): return zen(f"{v:.2f}")
def oku(mil):  # 百万円 (1 decimal) -> 約X億Y万円 text, yen
    man_ = int(round(mil * 100))
    o, m = divmod(man_, 10000)
    return ("約" + (zen(f"{o}") + "億" if o else "") + (zen(f"{m:,}") + "万円" if m else "円")), man_ * 10000
s_tot, v_tot = oku(TOT6)
s_dec, v_dec = oku(round(TOT5 - TOT6, 1))
s_c, v_c = oku(R["市税"][5]); s_k, v_k = oku(R["国民健康保険税"][5])
txt = (f"資料１ページをご覧ください。令和６年度決算における市税の現年度分の収納率は{z2(c6)}％で、前年度の{z2(c5)}％から{z2(d_c)}ポイント上昇いたしました。"
       f"国民健康保険税の現年度分は{z2(k6)}％で、前年度比{z2(d_k)}ポイントの改善となっております。"
       f"次に、収入未済額でございますが、資料に掲げました６債権の合計で{s_tot}となり、前年度から{s_dec}減少いたしました。"
       f"このうち市税は{s_c}、国民健康保険税は{s_k}で、この二つで全体の約９割を占めております。"
       "また、滞納者数は、市税が１，２８４人、国民健康保険税が９８６世帯となっており、いずれも前年度より減少しております。")
say("井上税務課長", txt)
facts += [F("市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", c6, "percent", f"{z2(c6)}％", PG),
          F("市税", "市税", 2023, "前年度", "current", "collection_rate", "actual", c5, "percent", f"{z2(c5)}％", PG),
          F("市税", "市税", 2024, "令和６年度", "current", "collection_rate", "actual", d_c, "points", f"{z2(d_c)}ポイント", PG),
          F("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", k6, "percent", f"{z2(k6)}％", PG),
          F("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", d_k, "points", f"{z2(d_k)}ポイント", PG),
          F(None, None, 2024, "令和６年度", "total", "outstanding", "actual", v_tot, "yen", s_tot, PG, approx=True),
          F("市税", "市税", 2024, "令和６年度", "total", "outstanding", "actual", v_c, "yen", s_c, PG, approx=True),
          F("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", v_k, "yen", s_k, PG, approx=True),
          F("市税", "市税", 2024, "令和６年度", "total", "delinquents", "actual", 1284, "persons", "１，２８４人", PG),
          F("国民健康保険税", "国民健康保険税", 2024, "令和６年度", "total", "delinquents", "actual", 986, "households", "９８６世帯", PG)]
say("松尾委員長", "説明が終わりました。質疑はありませんか。")
say("江口委員", "資料を見ると、保育料だけ現年度分の収納率が前年度を下回っている。その要因と対策を伺いたい。")
h5, h6 = R["保育所保育料"][2], R["保育所保育料"][3]
d_h = round(h6 - h5, 2)
say("山口こども・教育部長", f"保育所保育料につきましては、令和６年度の現年度分収納率が{z2(h6)}％と、前年度から{z2(abs(d_h))}ポイント低下いたしました。"
    "転園や退園の後に未納となる世帯が増えたことが主な要因でございます。今年度からは、退園の届出の際に未納額をお知らせし、その場で納付相談を行うよう改めております。")
facts += [F("保育所保育料", "保育所保育料", 2024, "令和６年度", "current", "collection_rate", "actual", h6, "percent", f"{z2(h6)}％", PG),
          F("保育所保育料", "保育所保育料", 2024, "令和６年度", "current", "collection_rate", "actual", d_h, "points", f"{z2(abs(d_h))}ポイント", PG)]
say("吉原委員", "市営住宅使用料について、H29に督促の手続を見直して以降、収入未済額はどのように推移しているのか。")
say("大串建築住宅課長", "市営住宅使用料の収入未済額は、令和元年度末の約５，２００万円から、令和６年度末には約３，９５０万円まで減少しております。"
    "連帯保証人への通知や、長期滞納者への明渡し請求の予告を行った効果が出ているものと考えております。")
facts += [F("市営住宅使用料", "市営住宅使用料", 2019, "令和元年度", "total", "outstanding", "actual", 52000000, "yen", "約５，２００万円", PG, approx=True),
          F("市営住宅使用料", "市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", 39500000, "yen", "約３，９５０万円", PG, approx=True)]
brk()

# ------------------------------------------------------------------ page 3
PG = 3
say("山下委員", "不納欠損の処理について、どのような考え方で行っているのか。件数や金額が増えているのであれば、その理由も伺いたい。")
say("井上税務課長", "市税の不納欠損は、財産調査の結果、滞納処分をすることができる財産がない場合などに執行停止を行い、その後３年を経過したものを中心に処理しております。"
    "令和６年度の市税の不納欠損額は２，１４６万円余で、前年度とほぼ同額でございます。徴収できる見込みのない債権を適正に整理し、徴収可能な案件に職員を集中させる考え方で取り組んでおります。")
facts.append(F("市税", "市税", 2024, "令和６年度", "total", "written_off", "actual", 21460000, "yen", "２，１４６万円余", PG, approx=True))
say("坂本委員", "2023年度に導入したスマートフォン決済の利用状況はどうか。")
say("北村税務課収納対策室長", "2023年度の導入以降、利用は順調に伸びており、R6の利用件数は約１万２千件で、導入初年度のおよそ１．８倍となっております。納期内納付の促進に一定の効果があると考えております。")
say("古川副委員長", "差押えなどの滞納処分の状況を伺いたい。")
say("井上税務課長", "令和６年度の差押件数は、市税が４１２件、国民健康保険税が２３３件で、預貯金や給与の差押えが大半を占めております。今後も財産調査の電子化を進め、早期の処分に努めてまいります。")
say("古川副委員長", "国民健康保険税の収納率は改善しているとはいえ、県内の他市と比べるとまだ低い。目標を持って取り組んでいただきたい。要望です。")
say("松尾委員長", "ほかにありませんか。――ないようですので、以上で「市の債権管理の状況について」の所管事務調査を終わります。これをもちまして総務常任委員会を閉会いたします。")
P("午前１１時４２分閉会", align="r")
brk()

# ------------------------------------------------------------------ page 4: 資料 1
PG = 4
P("総務常任委員会資料", align="r", size=9)
P("令和７年７月１４日　総務部税務課", align="r", size=9)
P("債権管理の状況について", bold=True, size=14, align="c", font="IPAexGothic")
P()
P("１　主な債権の収納状況", bold=True, font="IPAexGothic")
P("（１）現年度分の収納率（令和６年度決算・令和５年度決算）", indent=3)
P("（単位：％）", align="r", size=9)


def set_borders(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        v = kw.get(edge)
        e.set(qn("w:val"), "single" if v else "nil")
        if v:
            e.set(qn("w:sz"), str(v)); e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def ctext(cell, t, align="r", bold=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(t); r.font.size = Pt(size); r.bold = bold
    p.alignment = {"r": WD_ALIGN_PARAGRAPH.RIGHT, "c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


tb = doc.add_table(rows=1 + len(DEBT), cols=4)
for j, h in enumerate(["区分", "前年度", "本年度", "増減"]):
    ctext(tb.rows[0].cells[j], h, "c", True)
for i, (sh, full, r5, r6, _, _) in enumerate(DEBT, 1):
    d = round(r6 - r5, 2)
    ds = ("△" if d < 0 else "") + f"{abs(d):.2f}"
    for j, t in enumerate([sh, f"{r5:.2f}", f"{r6:.2f}", ds]):
        ctext(tb.rows[i].cells[j], t, "l" if j == 0 else "r")
    facts += [F(full, sh, 2023, "前年度", "current", "collection_rate", "actual", r5, "percent", f"{r5:.2f}", PG),
              F(full, sh, 2024, "本年度", "current", "collection_rate", "actual", r6, "percent", f"{r6:.2f}", PG),
              F(full, sh, 2024, "本年度", "current", "collection_rate", "actual", d, "points", ds, PG)]
for ri, row in enumerate(tb.rows):
    for c in row.cells:
        if ri == 0:
            set_borders(c, top=12, bottom=8)
        elif ri == len(tb.rows) - 1:
            set_borders(c, bottom=12)
        else:
            set_borders(c)
P("※ 前年度は令和５年度、本年度は令和６年度の決算値です。増減欄の△は低下を示します。", size=8.5)
P("※ 国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、住宅使用料＝市営住宅使用料", size=8.5)
P()
P("（２）収入未済額の状況（単位：百万円）", indent=3)
# tab-aligned memo table without ruling lines
def tabline(cols, bold=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Mm(8)
    for pos in (82, 112, 140):
        pf.tab_stops.add_tab_stop(Mm(pos), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("\t".join(cols)); r.bold = bold
    r.font.size = Pt(10)
tabline(["債権名", "令和５年度末", "令和６年度末", "増減"], True)
for sh, full, _, _, o5, o6 in DEBT:
    d = round(o6 - o5, 1)
    tabline([full, f"{o5:,.1f}", f"{o6:,.1f}", ("△" if d < 0 else "") + f"{abs(d):.1f}"])
    facts += [F(full, full, 2023, "令和５年度末", "total", "outstanding", "actual", int(round(o5 * 1e6)), "yen", f"{o5:,.1f}", PG),
              F(full, full, 2024, "令和６年度末", "total", "outstanding", "actual", int(round(o6 * 1e6)), "yen", f"{o6:,.1f}", PG)]
dT = round(TOT6 - TOT5, 1)
tabline(["合計", f"{TOT5:,.1f}", f"{TOT6:,.1f}", ("△" if dT < 0 else "") + f"{abs(dT):.1f}"], True)
facts += [F(None, "合計", 2023, "令和５年度末", "total", "outstanding", "actual", int(round(TOT5 * 1e6)), "yen", f"{TOT5:,.1f}", PG),
          F(None, "合計", 2024, "令和６年度末", "total", "outstanding", "actual", int(round(TOT6 * 1e6)), "yen", f"{TOT6:,.1f}", PG)]
P("　※ 百万円未満を四捨五入しているため、合計が内訳と一致しない場合があります。", size=8.5)
brk()

# ------------------------------------------------------------------ page 5: 資料 2
PG = 5
P("（３）滞納者数及び差押件数", indent=3)
P("　　上段：令和６年度末、（　）内：令和５年度末", size=9)
tb = doc.add_table(rows=3, cols=3)
tb.style = "Table Grid"
for j, h in enumerate(["区分", "滞納者数", "差押件数"]):
    ctext(tb.rows[0].cells[j], h, "c", True)
ROWS3 = [("市税", (1284, 1352), "人", "persons", (412, 389)), ("国民健康保険税", (986, 1041), "世帯", "households", (233, 210))]
for i, (nm, (a6, a5), u, unit, (s6, s5)) in enumerate(ROWS3, 1):
    ctext(tb.rows[i].cells[0], nm, "l")
    ctext(tb.rows[i].cells[1], f"{a6:,}{u}（{a5:,}{u}）")
    ctext(tb.rows[i].cells[2], f"{s6}件（{s5}件）")
    facts += [F(nm, nm, 2024, "令和６年度末", "total", "delinquents", "actual", a6, unit, f"{a6:,}{u}", PG),
              F(nm, nm, 2023, "令和５年度末", "total", "delinquents", "actual", a5, unit, f"（{a5:,}{u}）", PG)]
P("※ 国民健康保険税の滞納者数は世帯数です。", size=8.5)
P()
P("２　今後の取組", bold=True, font="IPAexGothic")
ITEMS = [("（１）市税・国民健康保険税", None, [
            ("ア", "初期滞納者への電話催告をコールセンター方式で実施し、早期の自主納付を促す。"),
            ("イ", "預貯金等の財産調査を電子照会に移行し、滞納処分までの期間を短縮する。"),
            ("ウ", "執行停止の判断基準を明確にし、徴収の見込みがない債権を適正に整理する。")]),
         ("（２）保育所保育料", "保育所保育料", [
            ("ア", "退園の届出時に未納額を通知し、その場で納付相談を行う。"),
            ("イ", "児童手当からの特別徴収について、保護者の申出による充当を積極的に案内する。")]),
         ("（３）市営住宅使用料", "市営住宅使用料", [
            ("ア", "滞納３か月以上の入居者について、連帯保証人へ通知し納付への協力を求める。"),
            ("イ", "誠意のない長期滞納者には、明渡し請求を含む法的措置を講じる。")])]
for head, debt, items in ITEMS:
    P(head, indent=3)
    for lab, t in items:
        P(f"{lab}　{t}", indent=10, first=-5)
        inits.append(I(debt, None, "今後の取組 " + head, head[:3] + lab, t, None, PG))
P()
P("【参考】スマートフォン決済の利用件数　令和５年度　約６，６００件　／　令和６年度　約１２，０００件", size=9.5)

docx = WORK / f"{STEM}.docx"
doc.save(docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(docx)], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(WORK / f"{STEM}.pdf", ROOT / "pdf" / f"{STEM}.pdf")

attendees = ([{"role": r, "title": None, "name": n} for r, n in MEM] +
             [{"role": t, "title": t, "name": n} for t, n in EXP] +
             [{"role": "事務局", "title": t, "name": n} for t, n in STAFF])
minutes = {"title": TITLE, "meeting_number": None, "date": "2025-07-14", "method": None,
           "attendees": attendees, "agenda": ["所管事務調査「市の債権管理の状況について」"],
           "materials": ["総務常任委員会資料「債権管理の状況について」"], "statements": statements}
write_gold(STEM, "minutes", CITY, TITLE, "2025-07-14", "令和７年７月１４日", facts, inits, minutes, "minutes")
