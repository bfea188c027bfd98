"""小山市-style council committee record (総務常任委員会記録) with ○ speaker markers and a 別表.

python-docx -> LibreOffice.  Family: minutes (さいたま市 議事要旨 family, as another city prints it).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from a_common import OUT, PDF, Facts, Locator, soffice_pdf, write_gold, zen, comma  # noqa: E402

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

STEM = "a_oyama_kaigiroku_1"
CITY = "小山市"
AS_OF = "2025-10-31"
AS_OF_PREV = "2024-10-31"

# 別表 data: (debt, segment, 調定額 千円, 収入済額 千円, 前年同期収納率)
ROWS = [
    ("市税", "現年課税分", 24_918_330, 15_250_018, 60.7),
    ("市税", "滞納繰越分", 1_263_540, 270_398, 19.8),
    ("国民健康保険税", "現年課税分", 4_612_775, 2_241_809, 49.1),
    ("国民健康保険税", "滞納繰越分", 1_538_204, 276_877, 17.6),
    ("介護保険料", "現年分", 3_905_612, 2_304_311, 58.8),
    ("介護保険料", "滞納繰越分", 96_388, 9_832, 9.6),
    ("後期高齢者医療保険料", "現年分", 1_688_420, 1_040_067, 61.5),
    ("後期高齢者医療保険料", "滞納繰越分", 22_315, 5_780, 24.3),
    ("保育所保育料", "現年分", 418_226, 246_753, 58.2),
    ("保育所保育料", "滞納繰越分", 35_612, 4_238, 12.9),
    ("市営住宅使用料", "現年分", 312_480, 181_238, 57.4),
    ("市営住宅使用料", "滞納繰越分", 58_904, 5_419, 8.1),
]
SEG = {"現年課税分": "current", "現年分": "current", "滞納繰越分": "arrears"}


def r1(c, a):
    return round(c / a * 100 + 1e-9, 1)


def table_data():
    """Rows of the 別表 with 計 rows per debt and a 合計 row (values in 千円)."""
    out = []
    debts = []
    for d, seg, a, c, prev in ROWS:
        if d not in debts:
            debts.append(d)
    prev_tot = {"市税": 58.3, "国民健康保険税": 41.6, "介護保険料": 57.5, "後期高齢者医療保険料": 61.0,
                "保育所保育料": 53.9, "市営住宅使用料": 49.2}
    ga = gc = 0
    for d in debts:
        rs = [r for r in ROWS if r[0] == d]
        for _, seg, a, c, prev in rs:
            out.append((d, seg, a, c, r1(c, a), prev))
        ta = sum(r[2] for r in rs)
        tc = sum(r[3] for r in rs)
        ga += ta
        gc += tc
        out.append((d, "計", ta, tc, r1(tc, ta), prev_tot[d]))
    out.append(("合計", "", ga, gc, r1(gc, ga), 54.9))
    return out


TABLE = table_data()


def row(d, seg):
    for r in TABLE:
        if r[0] == d and r[1] == seg:
            return r
    raise KeyError((d, seg))


def pct(v):
    return zen(f"{v:.1f}") + "％"


# ---------------------------------------------------------------- the record
MEMBERS = [("委員長", "大島 健一"), ("副委員長", "小川 真理子"), ("委員", "石塚 隆"), ("委員", "野口 美香"),
           ("委員", "篠崎 徹"), ("委員", "粂川 和夫"), ("委員", "岡田 優子")]
STAFF = ["財政部長", "財政部次長", "債権管理課長", "納税課長", "保健福祉部長", "子ども・若者部長",
         "国保年金課長", "こども家庭課長", "都市整備部長", "建築課長"]
SECRETARIAT = ["議事課長補佐", "議事課主査"]
AGENDA = ["所管事務調査　市債権の収納状況について（令和７年１０月末現在）",
          "報告　小山市債権管理計画の中間見直しについて"]
MATERIALS = ["資料１　市債権の収納状況（令和７年１０月末現在）",
             "資料２　小山市債権管理計画　中間見直し（案）の概要"]
SEC1 = "市債権の収納状況について"
SEC2 = "小山市債権管理計画の中間見直しについて"

zei_c = row("市税", "現年課税分")
zei_a = row("市税", "滞納繰越分")
kok_c = row("国民健康保険税", "現年課税分")
kok_a = row("国民健康保険税", "滞納繰越分")
kai_c = row("介護保険料", "現年分")
kou_c = row("後期高齢者医療保険料", "現年分")
jyu_c = row("市営住宅使用料", "現年分")
jyu_a = row("市営住宅使用料", "滞納繰越分")
hoi_t = row("保育所保育料", "計")
tot = row("合計", "")

# statements: (speaker, section, text, [prose facts]) ; prose fact = (snippet, raw, fields)
S = []


def say(speaker, section, text, facts=()):
    for snip, raw, _ in facts:
        assert snip in text, snip
        assert raw in snip, raw
    S.append((speaker, section, text, list(facts)))


def fi(debt, seg, metric, basis, value, unit="percent", fy=2025, fy_raw="令和７年１０月末", as_of=AS_OF, approx=False):
    return dict(debt=debt, segment=seg, metric=metric, basis=basis, value=value, unit=unit, fy=fy, fy_raw=fy_raw,
                as_of=as_of, approx=approx)


say("大島委員長", SEC1,
    "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として市債権の収納状況について、"
    "また、執行部から小山市債権管理計画の中間見直しについて報告を受けます。それでは、所管事務調査に入ります。執行部から説明をお願いします。")
say("青木財政部長", SEC1,
    "おはようございます。本日は、令和７年１０月末現在の市債権の収納状況について御説明申し上げます。"
    "本市では、債権管理条例に基づき、全庁的な推進体制の下で収納率の向上と収入未済額の縮減に取り組んでおります。"
    f"令和６年度決算における市債権全体の収入未済額は約１８億４，２００万円で、前年度と比べ約１億３００万円の減となりました。"
    "詳細につきましては、債権管理課長から説明させます。",
    [("収入未済額は約１８億４，２００万円", "約１８億４，２００万円",
      fi(None, "total", "outstanding", "actual", 1_842_000_000, "yen", 2024, "令和６年度決算", None, True))])
say("寺内債権管理課長", SEC1,
    "それでは、資料１、別表を御覧ください。１０月末現在の主な６債権の状況でございます。"
    f"まず、市税でございますが、現年課税分の収納率は{pct(zei_c[4])}で、前年同期の{pct(zei_c[5])}と比べ"
    f"{zen(f'{zei_c[4]-zei_c[5]:.1f}')}ポイント上昇しております。滞納繰越分は{pct(zei_a[4])}で、前年同期を"
    f"{zen(f'{zei_a[4]-zei_a[5]:.1f}')}ポイント上回っております。"
    f"次に、国民健康保険税でございますが、現年課税分は{pct(kok_c[4])}と、前年同期の{pct(kok_c[5])}を下回っております。"
    f"介護保険料の現年分は{pct(kai_c[4])}、後期高齢者医療保険料の現年分は{pct(kou_c[4])}となっております。"
    f"主な６債権の合計では、調定額{zen(comma(tot[2]))}千円に対し収入済額は{zen(comma(tot[3]))}千円、"
    f"収納率は{pct(tot[4])}で、前年同期と比べ{zen(f'{tot[4]-tot[5]:.1f}')}ポイントの上昇となっております。"
    "以上で説明を終わります。",
    [(f"現年課税分の収納率は{pct(zei_c[4])}", pct(zei_c[4]), fi("市税", "current", "collection_rate", "interim", zei_c[4])),
     (f"前年同期の{pct(zei_c[5])}と比べ", pct(zei_c[5]),
      fi("市税", "current", "collection_rate", "interim", zei_c[5], fy=2024, fy_raw="前年同期", as_of=AS_OF_PREV)),
     (f"滞納繰越分は{pct(zei_a[4])}", pct(zei_a[4]), fi("市税", "arrears", "collection_rate", "interim", zei_a[4])),
     (f"現年課税分は{pct(kok_c[4])}", pct(kok_c[4]),
      fi("国民健康保険税", "current", "collection_rate", "interim", kok_c[4])),
     (f"前年同期の{pct(kok_c[5])}を下回って", pct(kok_c[5]),
      fi("国民健康保険税", "current", "collection_rate", "interim", kok_c[5], fy=2024, fy_raw="前年同期", as_of=AS_OF_PREV)),
     (f"介護保険料の現年分は{pct(kai_c[4])}", pct(kai_c[4]),
      fi("介護保険料", "current", "collection_rate", "interim", kai_c[4])),
     (f"後期高齢者医療保険料の現年分は{pct(kou_c[4])}", pct(kou_c[4]),
      fi("後期高齢者医療保険料", "current", "collection_rate", "interim", kou_c[4])),
     (f"調定額{zen(comma(tot[2]))}千円", f"{zen(comma(tot[2]))}千円",
      fi(None, "total", "assessed", "interim", tot[2] * 1000, "yen")),
     (f"収入済額は{zen(comma(tot[3]))}千円", f"{zen(comma(tot[3]))}千円",
      fi(None, "total", "collected", "interim", tot[3] * 1000, "yen")),
     (f"収納率は{pct(tot[4])}で", pct(tot[4]), fi(None, "total", "collection_rate", "interim", tot[4])),
     ])
say("大島委員長", SEC1, "説明が終わりました。質疑のある方は発言願います。")
say("石塚委員", SEC1,
    "国民健康保険税の現年課税分が前年同期を下回っているとのことですが、その要因と、年度後半に向けた対策について伺います。")
say("大島委員長", SEC1, "国保年金課長。")
say("飯田国保年金課長", SEC1,
    "お答えいたします。現年課税分の収納率の低下につきましては、被保険者の高齢化と所得の減少に加え、"
    "本年度から納期を１０期から８期に変更したことにより、１期当たりの納付額が増えたことが影響しているものと考えております。"
    f"なお、１０月末時点の滞納世帯数は３，１２０世帯で、前年同期の３，２６５世帯と比べ減少しております。"
    "年度後半は、１１月から１月を催告強化期間と位置付け、夜間・休日の電話催告とＳＭＳによる催告を集中的に実施するとともに、"
    "財産調査を早期に行い、給与や預貯金の差押えを進めてまいります。",
    [("滞納世帯数は３，１２０世帯", "３，１２０世帯",
      fi("国民健康保険税", "total", "delinquents", "interim", 3120, "households")),
     ("前年同期の３，２６５世帯", "３，２６５世帯",
      fi("国民健康保険税", "total", "delinquents", "interim", 3265, "households", 2024, "前年同期", AS_OF_PREV))])
say("石塚委員", SEC1, "分かりました。納期の変更は市民にとって影響が大きいので、丁寧な周知をお願いします。")
say("大島委員長", SEC1, "ほかにありませんか。野口委員。")
say("野口委員", SEC1,
    "市営住宅使用料について伺います。滞納繰越分の収納率が低い水準にとどまっていますが、退去者の滞納分への対応はどうなっていますか。")
say("大島委員長", SEC1, "建築課長。")
say("関建築課長", SEC1,
    f"お答えいたします。市営住宅使用料の滞納繰越分の収納率は{pct(jyu_a[4])}で、前年同期の{pct(jyu_a[5])}とほぼ同水準でございます。"
    "滞納繰越分の多くは退去者の滞納分であり、所在調査を行った上で、連帯保証人への請求と支払督促の申立てを進めております。"
    "また、令和８年度からは、弁護士法人への回収業務委託を検討しております。",
    [(f"滞納繰越分の収納率は{pct(jyu_a[4])}", pct(jyu_a[4]),
      fi("市営住宅使用料", "arrears", "collection_rate", "interim", jyu_a[4])),
     (f"前年同期の{pct(jyu_a[5])}とほぼ", pct(jyu_a[5]),
      fi("市営住宅使用料", "arrears", "collection_rate", "interim", jyu_a[5], fy=2024, fy_raw="前年同期", as_of=AS_OF_PREV))])
say("野口委員", SEC1, "了解しました。")
say("大島委員長", SEC1, "ほかにないようですので、以上で所管事務調査を終わります。次に、小山市債権管理計画の中間見直しについて、報告をお願いします。")
say("寺内債権管理課長", SEC2,
    "資料２を御覧ください。小山市債権管理計画は、令和５年度から令和１０年度までの６か年を計画期間としておりますが、"
    "中間年に当たる本年度、これまでの実績を踏まえて目標値の見直しを行うものでございます。"
    "本案は、１１月２０日に開催した令和７年度第２回小山市債権管理推進本部会議において了承を得たものでございます。"
    "見直し後の目標値につきましては、計画の最終年度である令和１０年度において、市税全体の収納率を９８．９％、"
    "国民健康保険税全体の収納率を８９．５％とし、市債権全体の収入未済額を１５億円以下とするものでございます。"
    "以上で報告を終わります。",
    [("市税全体の収納率を９８．９％", "９８．９％",
      fi("市税", "total", "collection_rate", "target", 98.9, fy=2028, fy_raw="令和１０年度", as_of=None)),
     ("国民健康保険税全体の収納率を８９．５％", "８９．５％",
      fi("国民健康保険税", "total", "collection_rate", "target", 89.5, fy=2028, fy_raw="令和１０年度", as_of=None)),
     ("収入未済額を１５億円以下", "１５億円",
      fi(None, "total", "outstanding", "target", 1_500_000_000, "yen", 2028, "令和１０年度", None))])
say("大島委員長", SEC2, "報告が終わりました。質疑のある方は発言願います。岡田委員。")
say("岡田委員", SEC2, "目標値を上方修正した根拠と、達成に向けた新たな取組があれば伺います。")
say("大島委員長", SEC2, "債権管理課長。")
say("寺内債権管理課長", SEC2,
    "お答えいたします。市税につきましては、令和６年度決算で収納率が既に当初目標を上回ったことから、県内類似団体の上位水準を目標といたしました。"
    "新たな取組としましては、令和８年度から、非強制徴収債権の滞納情報を債権管理課に集約し、"
    "弁護士法人への委託と合わせて一元的に回収を進める体制を整備いたします。")
say("岡田委員", SEC2, "ありがとうございました。")
say("大島委員長", SEC2, "ほかにないようですので、以上で本日の総務常任委員会を閉会いたします。")


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge, val in kw.items():
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)


def add_page_field(par):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def para(doc, text, size=10.5, bold=False, align=None, indent_first=None, left=None, space_after=2):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent_first is not None:
        pf.first_line_indent = Pt(indent_first)
    if left is not None:
        pf.left_indent = Pt(left)
    return p


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "IPAexMincho"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    hp = sec.header.paragraphs[0]
    hp.text = "総務常任委員会記録（令和７年１２月１１日）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    add_page_field(fp)
    fp.add_run(" －")

    para(doc, "令和７年１２月定例会", 12, True, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "総務常任委員会記録", 16, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=10)
    para(doc, "１　開会日時　　令和７年１２月１１日（木）　午前１０時００分開会　午前１１時４２分閉会")
    para(doc, "２　場　　所　　第１委員会室")
    para(doc, "３　出席委員（７名）")
    para(doc, f"委員長　{MEMBERS[0][1]}　　副委員長　{MEMBERS[1][1]}", left=20)
    para(doc, "委　員　" + "、".join(m[1] for m in MEMBERS[2:]), left=20)
    para(doc, "４　欠席委員　　なし")
    para(doc, "５　説明のため出席した者")
    para(doc, "・".join(STAFF[:6]) + "・", left=20)
    para(doc, "・".join(STAFF[6:]), left=20)
    para(doc, "６　職務のため出席した事務局職員")
    para(doc, "・".join(SECRETARIAT), left=20)
    para(doc, "７　会議に付した事件")
    for i, a in enumerate(AGENDA, 1):
        para(doc, f"（{zen(str(i))}）{a}", left=20)
    para(doc, "８　配付資料")
    for m in MATERIALS:
        para(doc, m, left=20)
    para(doc, "", space_after=4)
    para(doc, "９　会議の概要", bold=True, space_after=6)
    para(doc, "午前１０時００分開会", align=WD_ALIGN_PARAGRAPH.LEFT, space_after=6)
    cur_sec = None
    for speaker, section, text, _ in S:
        if section != cur_sec:
            cur_sec = section
            label = "《所管事務調査》" if section == SEC1 else "《報告事項》"
            para(doc, f"{label}{section}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
        p = doc.add_paragraph()
        r = p.add_run(f"○{speaker}")
        r.bold = True
        p.add_run("　" + text)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_after = Pt(6)
    para(doc, "午前１１時４２分閉会", space_after=6)

    # 別表 on its own page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "（別表）", 10.5, True)
    para(doc, "市債権の収納状況（令和７年１０月末現在）", 12, True, WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "（単位：千円、％）", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr = ["債　権　名", "区　分", "調定額", "収入済額", "収納率\n(A)", "前年同期\n収納率(B)", "増減\n(A)-(B)"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(40), Mm(22), Mm(26), Mm(26), Mm(16), Mm(18), Mm(16)]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = h
        c.width = widths[i]
        for pp in c.paragraphs:
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for rr in pp.runs:
                rr.font.size = Pt(8.5)
                rr.bold = True
        set_cell_border(c, top="single", bottom="double")
    first_row_of = {}
    for d, seg, a, c, rt, prev in TABLE:
        cells = t.add_row().cells
        diff = rt - prev
        dtxt = ("△" if diff < 0 else "") + f"{abs(diff):.1f}"
        vals = [d if d not in first_row_of else "", seg, comma(a), comma(c), f"{rt:.1f}", f"{prev:.1f}", dtxt]
        if d not in first_row_of:
            first_row_of[d] = len(t.rows) - 1
        for i, v in enumerate(vals):
            cells[i].text = v
            cells[i].width = widths[i]
            for pp in cells[i].paragraphs:
                pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else WD_ALIGN_PARAGRAPH.LEFT
                for rr in pp.runs:
                    rr.font.size = Pt(8.5)
            if seg in ("計", ""):
                set_cell_border(cells[i], bottom="single")
    # merge debt name cells over their rows (現年 / 滞繰 / 計)
    for d, r0 in first_row_of.items():
        if d == "合計":
            a = t.cell(r0, 0); b = t.cell(r0, 1)
            a.merge(b)
            continue
        top = t.cell(r0, 0)
        bot = t.cell(r0 + 2, 0)
        top.merge(bot)
    last = t.rows[-1].cells
    for c in last:
        set_cell_border(c, bottom="single")
    para(doc, "", space_after=2)
    para(doc, "※収納率は、収入済額÷調定額により算出し、小数点以下第２位を四捨五入している。", 8.5)
    para(doc, "※調定額及び収入済額は、令和７年１０月３１日現在の速報値である。", 8.5)
    doc.save(path)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    build_docx(docx)
    pdf = PDF / f"{STEM}.pdf"
    soffice_pdf(docx, pdf, "a_oyama")
    loc = Locator(pdf)
    F = Facts()
    statements = []
    loc.find("会議の概要")
    for speaker, section, text, facts in S:
        page = loc.find("○" + speaker + text[:20])
        statements.append({"speaker": speaker, "section": section, "text": text, "page": page})
        for snip, raw, f in facts:
            pg = loc.find(snip, raw, move=False)
            F.add(pg, f["debt"], f["fy"], f["fy_raw"], f["segment"], f["metric"], f["basis"], f["value"], f["unit"],
                  raw, as_of=f["as_of"], approx=f["approx"])
    # 別表 page
    tpage = loc.find("市債権の収納状況（令和７年１０月末現在）（単位")
    for d, seg, a, c, rt, prev in TABLE:
        debt = None if d == "合計" else d
        segm = "total" if seg in ("計", "") else SEG[seg]
        draw = "合計" if d == "合計" else d
        fyr = "令和７年１０月末現在"
        F.add(tpage, debt, 2025, fyr, segm, "assessed", "interim", a * 1000, "yen", comma(a), as_of=AS_OF, debt_raw=draw)
        F.add(tpage, debt, 2025, fyr, segm, "collected", "interim", c * 1000, "yen", comma(c), as_of=AS_OF, debt_raw=draw)
        F.add(tpage, debt, 2025, fyr, segm, "collection_rate", "interim", rt, "percent", f"{rt:.1f}", as_of=AS_OF,
              debt_raw=draw)
        F.add(tpage, debt, 2024, "前年同期", segm, "collection_rate", "interim", prev, "percent", f"{prev:.1f}",
              as_of=AS_OF_PREV, debt_raw=draw)
    attendees = [{"role": r, "title": None, "name": n} for r, n in MEMBERS]
    attendees += [{"role": "説明員", "title": t, "name": None} for t in STAFF]
    attendees += [{"role": "事務局", "title": t, "name": None} for t in SECRETARIAT]
    minutes = {"title": "令和７年１２月定例会 総務常任委員会記録", "meeting_number": None, "date": "2025-12-11",
               "method": None, "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
               "statements": statements}
    document = {"kind": "minutes", "municipality": CITY, "title": "令和７年１２月定例会 総務常任委員会記録",
                "date": "2025-12-11", "date_raw": "令和７年１２月１１日"}
    return write_gold(STEM, document, F.items, [], minutes)


if __name__ == "__main__":
    main()
