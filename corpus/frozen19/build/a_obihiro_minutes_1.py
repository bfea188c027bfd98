"""帯広市-style 債権管理対策会議 会議録 (python-docx → LibreOffice), ○-speaker record with a 別表."""
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Mm
from a_common import *

STEM = "a_obihiro_minutes_1"
facts, inits = [], []
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(22)
sec.top_margin = sec.bottom_margin = Mm(20)
st = doc.styles["Normal"]
st.font.name = "IPAexMincho"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
hp = sec.header.paragraphs[0]
hp.text = "帯広市債権管理対策会議　会議録"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
# page number field in footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run = fp.add_run()
for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if tag:
        el = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): tag})
    else:
        el = run._r.makeelement(qn("w:instrText"), {})
        el.text = txt
    run._r.append(el)


def para(text, bold=False, align=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(2)
    return p


def pbreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


TITLE = "令和７年度第２回帯広市債権管理対策会議　会議録"
para(TITLE, bold=True, align="c", size=13)
para("（令和７年度第１回会議（令和７年６月５日開催）に引き続き、上半期の収納状況について協議したもの）")
para("１　日　時　　令和７年１１月２０日（木）　午後２時００分～午後３時１０分")
para("２　場　所　　帯広市役所　１０階　第５Ａ会議室")
para("３　出席者")
para("　会　長　　副市長")
para("　委　員　　総務部長・市民福祉部長・こども・子育て部長・保健福祉部長・都市環境部長・上下水道部長・教育部長")
para("　事務局　　納税課長・納税課収納対策係長")
para("４　議　題")
AG = ["令和６年度決算における市債権の状況について", "令和７年度上半期（９月末）の収納状況について", "債権放棄の審議について"]
for k, a in enumerate(AG, 1):
    para(f"　（{k}）{a}")
para("５　配付資料")
MAT = ["資料１　令和６年度　市債権の収入未済額等の状況", "資料２　令和７年度　上半期収納状況一覧", "資料３　債権放棄予定一覧"]
for m in MAT:
    para("　" + m)
para("６　会議の概要")

statements = []


def say(speaker, text, section, page):
    para(f"○{speaker}　{text}")
    statements.append({"speaker": speaker, "section": section, "text": text, "page": page})


para(f"（１）{AG[0]}")
t1 = ("令和６年度決算における市税の収入未済額は約８億４，３００万円で、前年度から約６，１００万円減少した。"
      "現年課税分の徴収率は９９．０２％、滞納繰越分は３１．４５％となり、いずれも前年度を上回った。")
say("納税課長", t1, AG[0], 1)
facts += [F("市税", 2024, "令和６年度", "total", "outstanding", "actual", 843000000, "yen", "約８億４，３００万円", 1, approx=True),
          F("市税", 2024, "令和６年度", "current", "collection_rate", "actual", 99.02, "percent", "９９．０２％", 1),
          F("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", 31.45, "percent", "３１．４５％", 1)]
pbreak()
# ---- page 2
t2 = "国民健康保険料の滞納繰越分が伸び悩んでいる理由と、今後の対応を伺いたい。"
say("会長", t2, AG[0], 2)
t3 = ("国保料は資格喪失後に転出した方の未納が多く、所在調査に時間を要している。令和６年度の収入未済額は"
      "３億１，２５８万円となっており、今年度は転出先自治体への照会を早期に行うことで縮減を図る。")
say("市民福祉部長", t3, AG[0], 2)
facts.append(F("国民健康保険料", 2024, "令和６年度", "total", "outstanding", "actual", 312580000, "yen", "３億１，２５８万円", 2))
t4 = ("保育料については、令和６年度の滞納世帯数が８７世帯と前年度から減少した。児童手当からの特別徴収の申出を"
      "引き続き勧奨していく。")
say("こども・子育て部長", t4, AG[0], 2)
facts.append(F("保育料", 2024, "令和６年度", "total", "delinquents", "actual", 87, "households", "８７世帯", 2))
para(f"（２）{AG[1]}")
t5 = ("別表のとおり、９月末時点の市税現年課税分の徴収率は５４．８２％で、前年同期の５４．１１％を上回った。"
      "国民健康保険料の現年分は４３．９０％で、前年同期をわずかに下回っている。")
say("納税課長", t5, AG[1], 2)
facts += [F("市税", 2025, "９月末時点", "current", "collection_rate", "interim", 54.82, "percent", "５４．８２％", 2, as_of="2025-09-30"),
          F("市税", 2024, "前年同期", "current", "collection_rate", "interim", 54.11, "percent", "５４．１１％", 2, as_of="2024-09-30"),
          F("国民健康保険料", 2025, "９月末時点", "current", "collection_rate", "interim", 43.90, "percent", "４３．９０％", 2, as_of="2025-09-30")]
t6 = "水道料金は停水予告の前倒しにより、上半期の未納件数が減少している。下期も同様に進めたい。"
say("上下水道部長", t6, AG[1], 2)
para(f"（３）{AG[2]}")
t7 = "資料３の債権について、債権管理条例に基づき放棄することで異議はないか。"
say("会長", t7, AG[2], 2)
para("　（異議なし）")
t8 = "それでは、資料３のとおり放棄することとし、所管課において手続を進めること。以上で本日の会議を終了する。"
say("会長", t8, AG[2], 2)
pbreak()
# ---- page 3: 別表
para("別表　令和７年度上半期の収納状況（令和７年９月末現在）", bold=True)
p = para("（単位：千円・％）")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
ROWS = [("市税", "現年", 16204377, 8883240, 54.11), ("市税", "滞繰", 1321055, 241870, 17.02),
        ("国民健康保険料", "現年", 3911204, 1717018, 44.05), ("国民健康保険料", "滞繰", 604117, 88302, 14.10),
        ("介護保険料", "現年", 2950118, 1538431, 52.01), ("介護保険料", "滞繰", 60233, 9912, 15.87),
        ("保育料", "現年", 402611, 194327, 47.93)]
tbl = doc.add_table(rows=1, cols=6)
tbl.style = "Table Grid"
for cell, h in zip(tbl.rows[0].cells, ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期"]):
    cell.text = h
start = {}
for i, (nm, seg, a, col, prev) in enumerate(ROWS):
    r = tbl.add_row().cells
    rt = rate(col, a)
    if nm == "市税" and seg == "現年":
        assert rt == 54.82, rt
    if nm == "国民健康保険料" and seg == "現年":
        assert rt == 43.90, rt
    r[1].text, r[2].text, r[3].text, r[4].text, r[5].text = seg, c(a), c(col), f"{rt:.2f}", f"{prev:.2f}"
    if nm not in start:
        start[nm] = i + 1
        r[0].text = nm
    else:
        tbl.cell(start[nm], 0).merge(tbl.cell(i + 1, 0))
    sg = "current" if seg == "現年" else "arrears"
    facts += [F(nm, 2025, "令和７年９月末", sg, "assessed", "interim", a * 1000, "yen", c(a), 3, as_of="2025-09-30"),
              F(nm, 2025, "令和７年９月末", sg, "collected", "interim", col * 1000, "yen", c(col), 3, as_of="2025-09-30"),
              F(nm, 2025, "令和７年９月末", sg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", 3, as_of="2025-09-30"),
              F(nm, 2024, "前年同期", sg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}", 3, as_of="2024-09-30")]
for row in tbl.rows:
    for k in (2, 3, 4, 5):
        for pp in row.cells[k].paragraphs:
            pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
para("注）前年同期は令和６年９月末現在の収納率。滞繰は滞納繰越分。")

ATT = [("会長", "副市長")] + [("委員", t) for t in ["総務部長", "市民福祉部長", "こども・子育て部長", "保健福祉部長",
                                                  "都市環境部長", "上下水道部長", "教育部長"]] + \
      [("事務局", "納税課長"), ("事務局", "納税課収納対策係長")]
MIN = {"title": TITLE, "meeting_number": 2, "date": "2025-11-20", "method": None,
       "attendees": [{"role": r, "title": t, "name": None} for r, t in ATT],
       "agenda": AG, "materials": MAT, "statements": statements}

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    x = OUT / f"{STEM}.docx"
    doc.save(x)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_a19", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(x)], check=True, capture_output=True, timeout=300)
        shutil.copyfile(f"{tmp}/{STEM}.pdf", PDF / f"{STEM}.pdf")
    ok = write_gold(STEM, "minutes", "帯広市", TITLE, "2025-11-20", "令和７年１１月２０日", facts, inits, MIN)
    print("OK" if ok else "FAIL")
