"""城陽市 決算特別委員会記録 (python-docx -> LibreOffice)."""
from docx import Document
from docx.shared import Pt, Mm
from docx.oxml.ns import qn
from d2_common import Gold, OUT, ROOT, to_pdf

STEM = "d2_joyo_minutes_1"
MEMBERS = [("委員長", "西 田 良 枝"), ("副委員長", "大 橋 健 吾"), ("委員", "岡 本 和 也"), ("委員", "北 村 美 穂"),
           ("委員", "吉 岡 光 男"), ("委員", "坂 口 智 子"), ("委員", "中 西 達 彦"), ("委員", "森 下 亜 紀")]
STAFF = [("局長", "長 谷 部 修"), ("次長", "井 上 あ ゆ み"), ("議事調査係長", "平 井 拓 真")]
EXEC = [("副市長", "松 本 信 行"), ("市民環境部長", "河 合 一 成"), ("市民環境部次長", "田 村 直 美"),
        ("税務課長", "小 川 浩 司"), ("納税課長", "村 上 昌 也"), ("国保年金課長", "前 田 由 香"),
        ("福祉保健部長", "藤 原 久 美 子")]
AGENDA = ["認定第1号 令和5年度城陽市一般会計歳入歳出決算認定について",
          "認定第2号 令和5年度城陽市国民健康保険事業特別会計歳入歳出決算認定について"]

def main():
    g = Gold(STEM, "minutes", "城陽市", "決算特別委員会記録", "2024-10-21", "令和6年10月21日")
    d = Document()
    sec = d.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    st = d.styles["Normal"]; st.font.name = "IPAexMincho"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexMincho")
    # footer page number
    fp = sec.footer.paragraphs[0]; fp.alignment = 1
    r = fp.add_run(); f1 = r._r.makeelement(qn("w:fldSimple"), {qn("w:instr"): "PAGE"})
    fld = fp._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): "PAGE"}); fp._p.append(fld)
    sec.header.paragraphs[0].text = "令和6年10月21日　決算特別委員会"
    sec.header.paragraphs[0].alignment = 2
    p = d.add_paragraph(); p.alignment = 1
    rr = p.add_run("決算特別委員会記録"); rr.font.size = Pt(16); rr.bold = True
    d.add_paragraph("〇日　時　　令和6年10月21日（月曜）　午前10時00分開議")
    d.add_paragraph("〇場　所　　城陽市議会委員会室")
    d.add_paragraph("〇出席委員（8名）")
    for role, nm in MEMBERS:
        d.add_paragraph(f"　　　　{nm}　　{role}")
    d.add_paragraph("〇欠席委員（0名）")
    d.add_paragraph("〇議会事務局")
    for role, nm in STAFF:
        d.add_paragraph(f"　　　　{nm}　　{role}")
    d.add_paragraph("〇城陽市議会委員会条例第19条の規定による出席")
    for role, nm in EXEC:
        d.add_paragraph(f"　　　　{nm}　　{role}")
    d.add_paragraph("〇審査案件")
    for a in AGENDA:
        d.add_paragraph(f"　　{a}")
    attendees = [{"role": r_, "title": (None if r_ in ("委員長", "副委員長", "委員") else r_), "name": n.replace(" ", "")}
                 for r_, n in MEMBERS + STAFF + EXEC]
    d.add_paragraph("────────────────────────────────────")
    sec_name = "歳入（市税・国民健康保険税）の審査"
    S = [
     ("西田良枝委員長", "○西田良枝委員長", "おはようございます。ただいまから決算特別委員会を開会いたします。本日は歳入のうち市税及び国民健康保険税について審査を行います。理事者から説明を求めます。"),
     ("村上納税課長", "○村上納税課長", "納税課から令和5年度の市税の収納状況について御説明いたします。市税全体の収納率は97.85％で、前年度と比べ0.31ポイント上昇いたしました。内訳は、現年課税分が99.21％、滞納繰越分が31.64％でございます。"),
     ("村上納税課長", "○村上納税課長", "また、令和5年度末の市税の収入未済額は約2億4,300万円、不納欠損額は1,862万円となっております。"),
     ("岡本和也委員", "○岡本和也委員", "滞納繰越分の収納率が31.64％ということですが、他市と比べてどうなのか。また、滞納者数の推移を教えてください。"),
     ("村上納税課長", "○村上納税課長", "府内の平均を上回っております。令和5年度末の市税の滞納者数は1,204人で、前年度末から96人減少いたしました。"),
     ("北村美穂委員", "○北村美穂委員", "国民健康保険税についてお聞きします。令和6年度の直近の収納状況はどうなっていますか。"),
     ("前田国保年金課長", "○前田国保年金課長", "国民健康保険税の令和5年度の現年課税分の収納率は95.37％、滞納繰越分は24.08％でございます。令和6年9月末時点の現年課税分の収納率は51.26％で、前年同月を0.42ポイント上回っております。"),
     ("北村美穂委員", "○北村美穂委員", "生活に困窮されている方への配慮も必要だと思います。分割納付などの相談体制はどうなっていますか。"),
     ("河合市民環境部長", "○河合市民環境部長", "納付相談の際には生活状況を丁寧にお聞きし、必要に応じて福祉部局の窓口につないでおります。今後も滞納整理と生活再建の支援を両立させてまいります。"),
     ("西田良枝委員長", "○西田良枝委員長", "ほかにございませんか。――ないようですので、歳入の審査を終わります。"),
    ]
    for sp, marker, text in S:
        d.add_paragraph(f"{marker}　{text}")
    d.add_paragraph("午前11時42分　閉会")
    g.minutes = {"title": "決算特別委員会記録", "meeting_number": None, "date": "2024-10-21", "method": None,
                 "attendees": attendees, "agenda": AGENDA, "materials": [],
                 "statements": [{"speaker": sp, "section": sec_name, "text": t, "page": None} for sp, _, t in S]}
    F = g.fact
    F("市税", 2023, "令和5年度", "total", "collection_rate", "actual", 97.85, "percent", "97.85％", ctx="市税全体の収納率")
    F("市税", 2023, "令和5年度", "current", "collection_rate", "actual", 99.21, "percent", "99.21％", ctx="現年課税分が99.21")
    F("市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", 31.64, "percent", "31.64％", ctx="現年課税分が99.21")
    F("市税", 2023, "令和5年度", "total", "outstanding", "actual", 243000000, "yen", "約2億4,300万円", approx=True)
    F("市税", 2023, "令和5年度", "total", "written_off", "actual", 18620000, "yen", "1,862万円")
    F("市税", 2023, "令和5年度", "arrears", "collection_rate", "actual", 31.64, "percent", "31.64％", ctx="他市と比べて")
    F("市税", 2023, "令和5年度", "total", "delinquents", "actual", 1204, "persons", "1,204人")
    F("国民健康保険税", 2023, "令和5年度", "current", "collection_rate", "actual", 95.37, "percent", "95.37％")
    F("国民健康保険税", 2023, "令和5年度", "arrears", "collection_rate", "actual", 24.08, "percent", "24.08％")
    F("国民健康保険税", 2024, "令和6年9月末時点", "current", "collection_rate", "interim", 51.26, "percent", "51.26％", as_of="2024-09-30")
    docx = OUT / f"{STEM}.docx"; d.save(docx)
    pdf = ROOT / "pdf" / f"{STEM}.pdf"; to_pdf(docx, pdf, "a")
    # fix raw of two context-raws to plain numbers after placement
    res = g.resolve_and_write(pdf)
    return res

if __name__ == "__main__":
    main()
