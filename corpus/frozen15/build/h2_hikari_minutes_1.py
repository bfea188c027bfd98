"""総務委員会記録（所管事務調査 債権管理） (光市) -- python-docx -> LibreOffice."""
import os
import sys

from docx import Document
from docx.shared import Mm, Pt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2_common import OUT, PDF, comma, fact, page_texts, rate, soffice, write_gold, check, nows  # noqa
from h2_shiranami_progress_1 import set_font, para, cell_text, add_field, R, C  # noqa

STEM = "h2_hikari_minutes_1"
CITY = "光市"
TITLE = "総務委員会記録"

# 別表 (千円): debt, seg label, seg, assessed, collected, written_off
TBL = [("市税", "現年課税分", "current", 9_812_406, 9_734_888, 2_115),
       ("市税", "滞納繰越分", "arrears", 402_318, 115_224, 28_990),
       ("国民健康保険税", "現年課税分", "current", 2_016_774, 1_916_339, 1_204),
       ("国民健康保険税", "滞納繰越分", "arrears", 588_410, 143_396, 40_877),
       ("市営住宅使用料", "計", "total", 512_660, 420_321, 3_215),
       ("保育所保育料", "現年度分", "current", 401_228, 396_293, 0)]
R6 = {(d, s): (a, c, w) for d, _, s, a, c, w in TBL}


def r(d, s):
    a, c, w = R6[(d, s)]
    return f"{rate(c, a):.2f}"


WO_TAX = R6[("市税", "current")][2] + R6[("市税", "arrears")][2]      # 31,105 千円
HOUSING_OUT = 512_660 - 420_321 - 3_215                                # 89,124 千円

MEMBERS = [("委員長", "山根　誠"), ("副委員長", "藤本　佳子"), ("委員", "岡田　隆"), ("委員", "中村　一郎"),
           ("委員", "田中　恵"), ("委員", "西村　健二")]
STAFF = [("総務部長", "木下　修"), ("子ども・若者部長", "原田　美和"), ("税務課長", "吉村　聡"),
         ("債権管理課長", "松田　浩一"), ("保険年金課長", "河野　直樹")]
AGENDA = "所管事務調査　債権管理について"
MATERIALS = ["資料１　令和６年度債権管理状況報告書", "資料２　主な債権の収入状況（別表）"]

ST = [
    ("山根委員長", "ただいまから総務委員会を開会します。本日は、所管事務調査として債権管理について執行部から説明を受けます。"
     "なお、令和７年度第２回債権管理推進会議の開催予定についても、あわせて報告があると伺っております。それでは説明をお願いします。"),
    ("松田債権管理課長", "それでは、資料１により御説明いたします。令和６年度決算における市の債権全体の収入未済額は約14億2,300万円で、"
     "前年度と比べ約6,800万円減少いたしました。市税の収納率は、現年課税分が{t_c}％、滞納繰越分が{t_a}％となり、"
     "いずれも前年度を上回っております。国民健康保険税の収納率は、現年課税分が{k_c}％、滞納繰越分が{k_a}％でございます。"
     "今後の予定でございますが、令和７年度第２回債権管理推進会議を11月に開催し、上半期の状況を確認することとしております。"),
    ("岡田委員", "別表を見ると、市営住宅使用料の収入未済額が多いように思う。その理由と、今後の対策を伺いたい。"),
    ("松田債権管理課長", "市営住宅使用料の令和６年度末の収入未済額は8,912万円余でございます。退去した方の滞納分が回収しにくい状況に"
     "ありますことから、住宅政策課と連携し、連帯保証人への請求と、支払督促の申立てを計画的に進めてまいります。"),
    ("中村委員", "市税の不納欠損について、どの程度の額になっているのか。また、その判断はどのように行っているのか。"),
    ("吉村税務課長", "令和６年度の市税の不納欠損額は約3,100万円でございます。財産調査の結果、滞納処分をすることができる財産が"
     "ないと判断したものについて、執行停止の手続を経たうえで処理しております。"),
    ("田中委員", "保育料の収納状況はどうか。"),
    ("原田子ども・若者部長", "保育所保育料の現年度分の収納率は{h_c}％でございます。児童手当からの徴収を引き続き活用してまいります。"),
    ("山根委員長", "ほかに質疑はありませんか。（「なし」と呼ぶ者あり）以上で所管事務調査を終わります。これをもって総務委員会を閉会します。"),
]
VALS = {"t_c": r("市税", "current"), "t_a": r("市税", "arrears"), "k_c": r("国民健康保険税", "current"),
        "k_a": r("国民健康保険税", "arrears"), "h_c": r("保育所保育料", "current")}
ST = [(s, t.format(**VALS)) for s, t in ST]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(25)
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    add_field(fp, "PAGE")
    para(doc, "令和７年", 11, "IPAexGothic")
    para(doc, TITLE, 16, "IPAexGothic", C)
    para(doc, "令和７年９月10日（水）第１委員会室において開会", 10.5)
    para(doc, "出席委員", 10.5, "IPAexGothic")
    para(doc, "\n".join(f"{role}　　{name}" for role, name in MEMBERS), 10.5, indent=8)
    para(doc, "欠席委員　　な　し", 10.5)
    para(doc, "説明のため出席した者", 10.5, "IPAexGothic")
    para(doc, "\n".join(f"{t}　　{n}" for t, n in STAFF), 10.5, indent=8)
    para(doc, "付議事件", 10.5, "IPAexGothic")
    para(doc, "１　" + AGENDA, 10.5, indent=8)
    para(doc, "配付資料", 10.5, "IPAexGothic")
    para(doc, "\n".join(MATERIALS), 10.5, indent=8)
    para(doc, "─" * 30, 10.5)
    para(doc, "午前10時00分開会", 10.5, align=C)
    for sp, txt in ST:
        p = doc.add_paragraph()
        set_font(p.add_run("○" + sp), "IPAexGothic", 10.5)
        set_font(p.add_run("　" + txt), "IPAexMincho", 10.5)
        p.paragraph_format.first_line_indent = Mm(-4)
        p.paragraph_format.left_indent = Mm(4)
        p.paragraph_format.space_after = Pt(6)
    para(doc, "午前11時12分閉会", 10.5, align=C)
    doc.add_page_break()
    para(doc, "別表　主な債権の収入状況（令和６年度決算）", 11, "IPAexGothic")
    para(doc, "（単位：千円）", 9, align=R)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率(%)"]):
        cell_text(t.rows[0].cells[i], h, 9, "IPAexGothic", C)
    prev = None
    start = None
    for d, sl, s, a, c, w in TBL:
        row = t.add_row()
        cells = row.cells
        cell_text(cells[1], sl, 9)
        for i, v in enumerate([comma(a), comma(c), comma(w), comma(a - c - w), f"{rate(c, a):.2f}"]):
            cell_text(cells[i + 2], v, 9, align=R)
        if d == prev:
            m = t.cell(start, 0).merge(cells[0])
            cell_text(m, d, 9)
        else:
            cell_text(cells[0], d, 9)
            start = len(t.rows) - 1
        prev = d
    para(doc, "※収納率は、収入済額を調定額で除したもの（小数点第３位を四捨五入）。", 8.5)
    docx = os.path.join(OUT, STEM + ".docx")
    doc.save(docx)
    pdf = soffice(docx)
    os.replace(pdf, os.path.join(PDF, STEM + ".pdf"))


def gold():
    texts = page_texts(os.path.join(PDF, STEM + ".pdf"))

    def pg(s):
        for i, t in enumerate(texts):
            if nows(s) in t:
                return i + 1
        raise SystemExit("not found " + s)

    F = []
    p = pg("約14億2,300万円")
    F.append(fact(None, 2024, "令和６年度", "total", "outstanding", "actual", 1_423_000_000, "yen", "約14億2,300万円", p,
                  approx=True, debt_raw=None))
    for d, s, pre in (("市税", "current", "現年課税分が"), ("市税", "arrears", "滞納繰越分が"),
                      ("国民健康保険税", "current", "現年課税分が"), ("国民健康保険税", "arrears", "滞納繰越分が")):
        raw = r(d, s) + "％"
        F.append(fact(d, 2024, "令和６年度", s, "collection_rate", "actual", float(r(d, s)), "percent", raw,
                      pg(pre + raw)))
    F.append(fact("市営住宅使用料", 2024, "令和６年度", "total", "outstanding", "actual", 89_120_000, "yen",
                  "8,912万円余", pg("8,912万円余"), approx=True))
    F.append(fact("市税", 2024, "令和６年度", "total", "written_off", "actual", 31_000_000, "yen", "約3,100万円",
                  pg("約3,100万円"), approx=True))
    F.append(fact("保育所保育料", 2024, "令和６年度", "current", "collection_rate", "actual",
                  float(r("保育所保育料", "current")), "percent", r("保育所保育料", "current") + "％",
                  pg("現年度分の収納率は" + r("保育所保育料", "current"))))
    pt = pg("別表主な債権の収入状況")
    for d, sl, s, a, c, w in TBL:
        for metric, v, raw, unit in (("assessed", a * 1000, comma(a), "yen"), ("collected", c * 1000, comma(c), "yen"),
                                     ("written_off", w * 1000, comma(w), "yen"),
                                     ("outstanding", (a - c - w) * 1000, comma(a - c - w), "yen"),
                                     ("collection_rate", rate(c, a), f"{rate(c, a):.2f}", "percent")):
            F.append(fact(d, 2024, "令和６年度", s, metric, "actual", v, unit, raw, pt))
    att = [{"role": role, "title": None, "name": name.replace("　", "")} for role, name in MEMBERS]
    att += [{"role": t, "title": t, "name": n.replace("　", "")} for t, n in STAFF]
    minutes = {"title": "令和７年 総務委員会記録", "meeting_number": None, "date": "2025-09-10", "method": None,
               "attendees": att, "agenda": [AGENDA], "materials": MATERIALS,
               "statements": [{"speaker": s, "section": AGENDA, "text": t, "page": pg(t[:30])} for s, t in ST]}
    write_gold(STEM, "minutes", CITY, "令和７年 総務委員会記録", "2025-09-10", "令和７年９月10日", F, [], minutes)


if __name__ == "__main__":
    build()
    gold()
    check(STEM)
