"""越谷市議会 総務常任委員会記録 (minutes family, council committee record) — python-docx -> LibreOffice + gold."""
import subprocess, sys
from pathlib import Path
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm
sys.path.insert(0, str(Path(__file__).parent))
from e2_common import F, z, resolve_and_write, ROOT

STEM = "e2_koshigaya_minutes_1"
OUT = ROOT / "build" / "out"
PDF = ROOT / "pdf" / f"{STEM}.pdf"
SEC1 = "所管事務調査　市債権の管理状況について"
SEC2 = "令和６年度第２回越谷市債権管理推進会議の報告について"

# 別表 (千円): debt, assessed, written_off, outstanding  -> collected derived
BETSU = [("市税", 50_688_750, 62_310, 1_965_240), ("国民健康保険税", 11_850_000, 98_400, 1_230_980),
         ("介護保険料", 8_912_400, 21_300, 118_450), ("保育所保育料", 1_402_300, 6_040, 48_120),
         ("市営住宅使用料", 842_600, 4_110, 66_730)]

COMMITTEE = [("委員長", "山口達也"), ("副委員長", "森恵子"), ("委員", "石川亮"), ("委員", "藤田智子"),
             ("委員", "小野寺博"), ("委員", "中島健一")]
STAFF = [("総務部長", "大塚和夫"), ("債権管理課長", "清水誠"), ("収納課長", "高橋美穂"),
         ("子ども・若者部長", "渡辺聡"), ("国民健康保険課長", "岡田修")]

def man(v):  # yen -> 約X億Y,000万円 (全角)
    o, m = divmod(round(v / 1_000_000) * 100, 10000)
    s = (z(o) + "億" if o else "") + (z(format(m, ",")) + "万円" if m else "円")
    return s, (o * 10000 + m) * 10000

def font(run, size=10.5, bold=False, name="IPAexMincho"):
    run.font.size = Pt(size); run.font.bold = bold; run.font.name = name
    rpr = run._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)

def para(doc, text, size=10.5, bold=False, align=None, name="IPAexMincho", indent=None):
    p = doc.add_paragraph(); r = p.add_run(text); font(r, size, bold, name)
    p.paragraph_format.space_after = Pt(2)
    if align: p.alignment = align
    if indent is not None: p.paragraph_format.first_line_indent = Pt(indent)
    return p

def page_field(paragraph):
    r = paragraph.add_run(); font(r, 9)
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)

def build():
    facts, stmts = [], []
    doc = Document(); sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25); sec.top_margin = sec.bottom_margin = Mm(22)
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("令和６年１２月１０日　総務常任委員会"), 8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("－ "), 9); page_field(fp); font(fp.add_run(" －"), 9)

    para(doc, "総務常任委員会記録", 16, True, WD_ALIGN_PARAGRAPH.CENTER, "IPAexGothic")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    rows = [("開会日時", "令和６年１２月１０日（火）　午前１０時００分開会　午前１１時４２分閉会"),
            ("場　　所", "第二委員会室"),
            ("出席委員（６名）", "　".join(f"{r} {n}" if r != "委員" else n for r, n in COMMITTEE)),
            ("説明のため出席した者", "、".join(f"{r}　{n}" for r, n in STAFF)),
            ("付議事件", f"１　{SEC1}\n２　{SEC2}"),
            ("配付資料", "資料１　市債権の収入未済額の状況（令和５年度決算）\n資料２　令和６年度第２回越谷市債権管理推進会議　会議概要")]
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = ""; c[1].text = ""
        font(c[0].paragraphs[0].add_run(a), 9.5, name="IPAexGothic")
        lines = b.split("\n")
        font(c[1].paragraphs[0].add_run(lines[0]), 9.5)
        for ln in lines[1:]:
            font(c[1].add_paragraph().add_run(ln), 9.5)
        c[0].width = Mm(40); c[1].width = Mm(120)
    para(doc, "")

    def say(speaker, text, section, marker="○"):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.first_line_indent = Pt(-10.5); p.paragraph_format.left_indent = Pt(10.5)
        r = p.add_run(marker + speaker); font(r, 10.5, name="IPAexGothic")
        r = p.add_run("　" + text); font(r, 10.5)
        stmts.append(dict(speaker=speaker, section=section, text=text, page=text[:25]))

    ctot, ctot_v = man(3_842_000_000); cz, cz_v = man(1_965_240_000); ck, ck_v = man(1_230_980_000)
    cw, cw_v = man(176_000_000); ch, ch_v = man(48_120_000)
    say("山口委員長", "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として市債権の管理状況について、執行部から説明を求めます。", SEC1)
    say("大塚総務部長", "それでは、市債権の管理状況につきまして、資料１に基づき債権管理課長から御説明申し上げます。", SEC1)
    t1 = (f"資料１を御覧ください。令和５年度決算における市全体の収入未済額は約{ctot}で、前年度に比べ約２億１，０００万円縮減いたしました。"
          f"このうち市税は約{cz}、国民健康保険税は約{ck}でございます。また、全会計の不納欠損額は約{cw}となっております。"
          "主な債権の内訳は資料末尾の別表のとおりでございます。")
    say("清水債権管理課長", t1, SEC1)
    a = "清水債権管理課長"
    facts += [F(None, 2023, "令和５年度", "total", "outstanding", "actual", ctot_v, "yen", "約" + ctot, t1[:25], approx=True),
              F("市税", 2023, "令和５年度", "total", "outstanding", "actual", cz_v, "yen", "約" + cz, t1[:25], approx=True),
              F("国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", ck_v, "yen", "約" + ck, t1[:25], approx=True),
              F(None, 2023, "令和５年度", "total", "written_off", "actual", cw_v, "yen", "約" + cw, t1[:25], approx=True)]
    say("山口委員長", "説明が終わりました。質疑はございませんか。", SEC1)
    say("石川委員", "市税の収納率について、昨年度の決算と今年度の状況を伺います。", SEC1)
    t2 = ("市税の収納率は、令和５年度決算で現年分９９．２％、滞繰分３２．５％、合計では９６．０％でございました。"
          "今年度につきましては、１０月末時点の現年分が６８．４％で、前年同月の６８．１％を０．３ポイント上回っております。")
    say("高橋収納課長", t2, SEC1)
    facts += [F("市税", 2023, "令和５年度", "current", "collection_rate", "actual", 99.2, "percent", "９９．２％", t2[:25]),
              F("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", 32.5, "percent", "３２．５％", t2[:25]),
              F("市税", 2023, "令和５年度", "total", "collection_rate", "actual", 96.0, "percent", "９６．０％", t2[:25]),
              F("市税", 2024, "１０月末時点", "current", "collection_rate", "interim", 68.4, "percent", "６８．４％", t2[:25], as_of="2024-10-31"),
              F("市税", 2023, "前年同月", "current", "collection_rate", "interim", 68.1, "percent", "６８．１％", t2[:25], as_of="2023-10-31")]
    say("石川委員", "国民健康保険税は収納率が低いと思いますが、目標はどのように設定しているのですか。", SEC1)
    t3 = ("令和６年度の国民健康保険税の収納率目標は、現年度分で９５．０パーセント、滞納繰越分で２５．０パーセントとしております。"
          "口座振替の勧奨と、納付資力のある方への早期の滞納処分を重点的に進めてまいります。")
    say("岡田国民健康保険課長", t3, SEC1)
    facts += [F("国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "target", 95.0, "percent", "９５．０パーセント", t3[:25]),
              F("国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "target", 25.0, "percent", "２５．０パーセント", t3[:25])]
    say("藤田委員", "保育所保育料の滞納の状況と、子育て世帯への配慮について伺います。", SEC1)
    t4 = (f"保育所保育料の収入未済額は令和５年度末で約{ch}、滞納世帯数は３１２世帯でございます。"
          "児童手当からの申出徴収を案内するなど、世帯の状況に応じた納付相談を丁寧に行っております。")
    say("渡辺子ども・若者部長", t4, SEC1)
    facts += [F("保育所保育料", 2023, "令和５年度末", "total", "outstanding", "actual", ch_v, "yen", "約" + ch, t4[:25], approx=True),
              F("保育所保育料", 2023, "令和５年度末", "total", "delinquents", "actual", 312, "households", "３１２世帯", t4[:25])]
    say("小野寺委員", "回収の見込みがない債権の整理はどのように進めていますか。", SEC1)
    say("清水債権管理課長", "債権管理条例に基づき、徴収停止や債権放棄の基準を定めており、所管課からの協議を受けて債権管理課で審査しております。放棄した債権は毎年度議会に報告いたします。", SEC1)
    say("山口委員長", "ほかにございませんか。――なければ、次に、令和６年度第２回越谷市債権管理推進会議の報告について説明を求めます。", SEC2)
    say("清水債権管理課長", "資料２を御覧ください。１１月２０日に開催した令和６年度第２回越谷市債権管理推進会議では、上半期の徴収実績を確認し、下半期は滞納繰越分の縮減に重点を置くことを申し合わせました。次回の令和６年度第３回会議は令和７年２月に開催する予定でございます。", SEC2)
    say("中島委員", "推進会議の内容は、市民にも分かりやすく公表していただくよう要望します。", SEC2)
    say("山口委員長", "以上で本日の日程は全て終了いたしました。これをもちまして総務常任委員会を閉会いたします。", SEC2)

    # 別表 on its own page
    doc.add_page_break()
    para(doc, "別表　主な債権の収入未済額等（令和５年度決算）", 11, True, name="IPAexGothic")
    p = para(doc, "（単位：千円、収納率は％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率")):
        c.text = ""; font(c.paragraphs[0].add_run(h), 9.5, name="IPAexGothic")
    for d, A, W, U in BETSU:
        C = A - W - U; rate = round(C / A * 100, 1)
        vals = [(f"{A:,}", "assessed", A * 1000, "yen"), (f"{C:,}", "collected", C * 1000, "yen"),
                (f"{W:,}", "written_off", W * 1000, "yen"), (f"{U:,}", "outstanding", U * 1000, "yen"),
                (f"{rate:.1f}", "collection_rate", rate, "percent")]
        cells = t.add_row().cells
        cells[0].text = ""; font(cells[0].paragraphs[0].add_run(d), 9.5)
        for c, (raw, m, v, u) in zip(cells[1:], vals):
            c.text = ""; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT; font(c.paragraphs[0].add_run(raw), 9.5)
            facts.append(F(d, 2023, "令和５年度", "total", m, "actual", v, u, raw, "別表主な債権"))
    para(doc, "※収納率は現年度分と滞納繰越分を合わせたもの。", 8.5)

    OUT.mkdir(parents=True, exist_ok=True)
    dx = OUT / f"{STEM}.docx"; doc.save(dx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(dx)], check=True, capture_output=True)
    (OUT / f"{STEM}.pdf").replace(PDF)
    attendees = [dict(role=r, title=None, name=n) for r, n in COMMITTEE] + [dict(role=r, title=r, name=n) for r, n in STAFF]
    minutes = {"title": "総務常任委員会記録", "meeting_number": None, "date": "2024-12-10", "method": None,
               "attendees": attendees, "agenda": [SEC1, SEC2],
               "materials": ["資料１　市債権の収入未済額の状況（令和５年度決算）", "資料２　令和６年度第２回越谷市債権管理推進会議　会議概要"],
               "statements": stmts}
    document = {"kind": "minutes", "municipality": "越谷市", "title": "総務常任委員会記録",
                "date": "2024-12-10", "date_raw": "令和６年１２月１０日"}
    return resolve_and_write(STEM, PDF, document, facts, [], minutes)

if __name__ == "__main__":
    build()
