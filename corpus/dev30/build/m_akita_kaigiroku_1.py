"""秋田市-style 総務委員会記録 (council committee record): python-docx -> LibreOffice."""
import subprocess, shutil
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from m_common import F, finish, zen, c, ROOT

STEM = "m_akita_kaigiroku_1"
SEC1 = "市の債権の状況について"
SEC2 = "令和７年度債権管理実施計画の策定について"
# (speaker as printed after ○, section, text, page)
ST = [
 ("佐々木委員長", SEC1, "ただいまから総務委員会を開会いたします。本日は、所管事務調査として債権管理について、当局から説明を受けます。初めに、市の債権の状況について説明をお願いします。", 1),
 ("田中納税課長", SEC1, "資料１に基づき御説明いたします。令和５年度決算における市の債権全体の収入未済額は約２８億６,４００万円で、前年度と比べ約１億２,１００万円減少しております。市税の収納率は、現年分で９９．２％、滞納繰越分で３０．４％となりました。また、今年度１２月末時点の市税現年分の収納率は７８．９％で、前年同期の７８．５％を０．４ポイント上回っております。", 1),
 ("伊藤委員", SEC1, "国民健康保険税の収入未済額が依然として大きいと思うが、その額と、今後の見通しを伺いたい。", 1),
 ("小野保険年金課長", SEC1, "国民健康保険税の収入未済額は、令和５年度決算で約９億１,２００万円です。資格を喪失した世帯の未納が多いことから、喪失届の際に納付相談を行う体制を取っております。", 2),
 ("工藤委員", SEC1, "私債権について、回収の見込みがないものはどのように整理しているのか。", 2),
 ("村上債権管理室長", SEC1, "債権管理条例に基づき、生活困窮や所在不明などで回収の見込みがないものは、庁内の審査を経て放棄を行っており、毎年度議会に報告しております。", 2),
 ("佐々木委員長", SEC2, "次に、令和７年度債権管理実施計画の策定について説明をお願いします。", 2),
 ("阿部財政部長", SEC2, "資料２のとおり、来年度の実施計画案をとりまとめております。令和７年度第２回債権管理対策会議において上半期の進捗を報告し、必要に応じて目標を見直す予定です。", 2),
 ("高橋副委員長", SEC2, "子ども・若者部所管の債権についても、実施計画の対象に含まれるのか。", 2),
 ("阿部財政部長", SEC2, "保育所保育料や児童扶養手当返還金など、子ども・若者部が所管する債権も対象としております。", 2),
 ("佐々木委員長", SEC2, "以上で所管事務調査を終了いたします。", 2),
]
MEM = [("委員長", "佐々木　健一"), ("副委員長", "高橋　美和"), ("委員", "伊藤　直樹"), ("委員", "工藤　里美"), ("委員", "小松　隆"), ("委員", "斎藤　由紀")]
STAFF = ["財政部長", "財政部次長", "納税課長", "債権管理室長", "子ども・若者部長", "保険年金課長"]
# 別表 (千円): 調定, 不納欠損, 収入未済
TB = [("市税", 52_310_420, 61_204, 1_188_530), ("国民健康保険税", 9_420_118, 48_870, 912_455),
      ("介護保険料", 7_105_332, 20_115, 118_406), ("後期高齢者医療保険料", 2_840_227, 3_402, 21_338),
      ("市営住宅使用料", 1_205_440, 8_931, 84_772)]

facts = []
P1, P2, P3 = 1, 2, 3
facts += [F(None, 2023, "令和５年度決算", "total", "outstanding", "actual", 2_864_000_000, "yen", "約２８億６,４００万円", P1, approx=True, debt_raw=None),
          F("市税", 2023, "令和５年度決算", "current", "collection_rate", "actual", 99.2, "percent", "９９．２％", P1),
          F("市税", 2023, "令和５年度決算", "arrears", "collection_rate", "actual", 30.4, "percent", "３０．４％", P1),
          F("市税", 2024, "今年度１２月末", "current", "collection_rate", "interim", 78.9, "percent", "７８．９％", P1, as_of="2024-12-31"),
          F("市税", 2023, "前年同期", "current", "collection_rate", "interim", 78.5, "percent", "７８．５％", P1, as_of="2023-12-31"),
          F("国民健康保険税", 2023, "令和５年度決算", "total", "outstanding", "actual", 912_000_000, "yen", "約９億１,２００万円", P2, approx=True)]

d = Document()
sec = d.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = sec.bottom_margin = Mm(22)
st = d.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
hp = sec.header.paragraphs[0]; hp.text = "秋田市議会　総務委員会記録（令和７年１月２１日）"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
# page number field in footer
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run(); 
for t, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    from docx.oxml import OxmlElement
    if t:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t)
    else:
        e = OxmlElement("w:instrText"); e.text = txt
    r._r.append(e)

def para(t, bold=False, center=False, size=None):
    p = d.add_paragraph(); rr = p.add_run(t); rr.bold = bold
    if size: rr.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(2)
    return p

def pbreak():
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

para("秋田市議会", center=True)
para("総務委員会記録", bold=True, center=True, size=16)
para("１　日　時　　令和７年１月２１日（火）午前１０時００分開会・午前１１時１２分閉会")
para("２　場　所　　第２委員会室")
para("３　出席委員（６名）")
para("　　" + "　".join(f"{r}　{n}" for r, n in MEM[:2]))
para("　　" + "　".join(f"{r}　{n}" for r, n in MEM[2:]))
para("４　説明のため出席した者")
para("　　" + "・".join(STAFF))
para("５　事　件")
para("　　所管事務調査（債権管理について）")
para("　　（１）" + SEC1)
para("　　（２）" + SEC2)
para("６　資　料")
para("　　資料１　市の債権の状況")
para("　　資料２　令和７年度債権管理実施計画（案）の概要")
para("７　審査の経過", bold=True)
cur = 1; cursec = None
for sp, s, t, pg in ST:
    if pg != cur:
        pbreak(); cur = pg
    if s != cursec:
        para(("（１）" if s == SEC1 else "（２）") + s, bold=True); cursec = s
    para("○" + sp); para("　" + t)
pbreak()
para("別表　主な債権の状況（令和５年度決算）", bold=True)
para("（単位：千円、％）").alignment = WD_ALIGN_PARAGRAPH.RIGHT
rows = []
tot = [0, 0, 0, 0]
for n, a, w, o in TB:
    col = a - w - o; rows.append((n, a, col, w, o)); 
    for i, v in enumerate((a, col, w, o)): tot[i] += v
rows.insert(0, ("合計", *tot))
tbl = d.add_table(rows=1, cols=6); tbl.style = "Table Grid"
for i, h in enumerate(["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]):
    tbl.rows[0].cells[i].text = h
for n, a, col, w, o in rows:
    rate = round(col / a * 100, 1)
    cells = tbl.add_row().cells
    for i, v in enumerate([n, c(a), c(col), c(w), c(o), f"{rate:.1f}"]):
        cells[i].text = v
        if i: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    debt = None if n == "合計" else n
    for m, v in (("assessed", a), ("collected", col), ("written_off", w), ("outstanding", o)):
        facts.append(F(debt, 2023, "令和５年度決算", "total", m, "actual", v * 1000, "yen", c(v), P3, debt_raw=n))
    facts.append(F(debt, 2023, "令和５年度決算", "total", "collection_rate", "actual", rate, "percent", f"{rate:.1f}", P3, debt_raw=n))
para("※収入未済額＝調定額－収入済額－不納欠損額。合計は表中の５債権の計である。")
out = ROOT / "build" / "out"
docx = out / f"{STEM}.docx"; d.save(docx)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)], check=True, capture_output=True)
shutil.copy(out / f"{STEM}.pdf", ROOT / "pdf" / f"{STEM}.pdf")
minutes = {"title": "総務委員会記録", "meeting_number": None, "date": "2025-01-21", "method": None,
           "attendees": [{"role": r, "title": None, "name": n.replace("　", "")} for r, n in MEM] +
                        [{"role": "説明員", "title": t, "name": None} for t in STAFF],
           "agenda": [SEC1, SEC2], "materials": ["資料１　市の債権の状況", "資料２　令和７年度債権管理実施計画（案）の概要"],
           "statements": [{"speaker": sp, "section": s, "text": t, "page": pg} for sp, s, t, pg in ST]}
finish(STEM, {"kind": "minutes", "municipality": "秋田市", "title": "総務委員会記録", "date": "2025-01-21",
              "date_raw": "令和７年１月２１日"}, facts, [], minutes)
