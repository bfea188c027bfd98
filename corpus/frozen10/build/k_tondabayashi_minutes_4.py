"""富田林市議会 総務文教常任委員会会議録 (minutes) — python-docx -> LibreOffice."""
from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from k_common import OUT, PDF, Facts, comma, fmt_rate, rate, to_pdf, write_gold
from k_tsuyama_plan_1 import GRID, add_page_field, cell_text, page_break, para, set_font, table_borders

STEM = "k_tondabayashi_minutes_4"
F = Facts()
NOW, PREV = "2024-10-31", "2023-10-31"


def pick(assessed: int, r: float) -> int:
    c = round(assessed * r / 100)
    for d in range(-3, 4):
        if rate(c + d, assessed) == r:
            return c + d
    raise ValueError((assessed, r))


# 別表 data (千円): (debt, seg, assessed, rate now, rate prev)
TBL = [
    ("市税", "現年分", "current", 9824310, 62.15, 61.84),
    ("市税", "滞納繰越分", "arrears", 402118, 18.62, 17.90),
    ("国民健康保険税", "現年分", "current", 2215480, 48.72, 49.05),
    ("国民健康保険税", "滞納繰越分", "arrears", 498220, 21.30, 20.85),
    ("保育料", "現年分", "current", 305660, 97.45, 97.12),
]
R = {(d, s): (rn, rp) for d, _, s, _, rn, rp in TBL}

AG1 = "令和6年度債権管理の取組状況について（10月末現在）"
AG2 = "令和5年度債権放棄の報告について"


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    statements = []

    def say(speaker_printed, speaker, text, section, page):
        p = para(doc, f"○{speaker_printed}　{text}", space_after=4)
        p.paragraph_format.first_line_indent = Mm(0)
        statements.append({"speaker": speaker, "section": section, "text": text, "page": page})

    # ---- page 1 ----
    pg = 1
    para(doc, "富田林市議会", size=11, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "総務文教常任委員会会議録", size=16, gothic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "（所管事項：令和6年度第2回富田林市債権管理対策会議の報告を含む）", size=9,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    para(doc, "１　開会日時　　令和6年12月10日（火）　午前10時00分開会　午前11時05分閉会", size=10)
    para(doc, "２　場　　所　　第1委員会室", size=10)
    para(doc, "３　出席委員", size=10)
    members = [("委員長", "山本　和彦"), ("副委員長", "岡田　真理"), ("委員", "西川　徹"), ("委員", "森　由紀子"),
               ("委員", "田村　健一")]
    para(doc, "　　" + "　".join(f"{r} {n}" for r, n in members), size=10)
    para(doc, "４　説明のため出席した者", size=10)
    staff = [("総務部長", "中村　誠"), ("総務部次長兼債権管理課長", "吉田　修"), ("子ども・若者部長", "松井　恵"),
             ("保育幼稚園課長", "藤本　隆")]
    for t, n in staff:
        para(doc, f"　　{t}　{n}", size=10, space_after=0)
    para(doc, "５　事　　件", size=10)
    para(doc, f"　　所管事項の報告\n　　（1）{AG1}\n　　（2）{AG2}", size=10)
    para(doc, "６　配付資料", size=10)
    mats = ["資料1　令和6年度債権管理の取組状況（10月末現在）", "資料2　令和5年度債権放棄一覧"]
    para(doc, "\n".join("　　" + m for m in mats), size=10, space_after=6)
    para(doc, "―――――――――――――――――――――――――――――――――――", size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "午前10時00分　開会", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=4)
    say("山本委員長", "山本委員長",
        f"ただいまから総務文教常任委員会を開会いたします。本日は、所管事項として{AG1}及び{AG2}の報告を受けます。"
        "それでは、理事者から報告を願います。", AG1, pg)
    say("中村総務部長", "中村総務部長",
        "去る11月に開催いたしました令和6年度第2回債権管理対策会議の内容も踏まえ、10月末現在の取組状況を御報告いたします。"
        "詳細は債権管理課長から説明させていただきます。", AG1, pg)
    c_now, c_prev = R[("市税", "current")]
    k_now, k_prev = R[("国民健康保険税", "current")]
    t = (f"資料1を御覧ください。10月末現在の市税の現年分収納率は{fmt_rate(c_now)}％で、前年同月の{fmt_rate(c_prev)}％を"
         f"{c_now - c_prev:.2f}ポイント上回っております。国民健康保険税の現年分収納率は{fmt_rate(k_now)}％で、"
         f"前年同月の{fmt_rate(k_prev)}％を下回っております。"
         "また、令和5年度決算における市全体の収入未済額は約9億8,700万円で、前年度から約6,200万円減少いたしました。")
    say("吉田債権管理課長", "吉田債権管理課長", t, AG1, pg)
    for d, seg, v, fy, ao, fr in [("市税", "current", c_now, 2024, NOW, "10月末"), ("市税", "current", c_prev, 2023, PREV, "前年同月"),
                                  ("国民健康保険税", "current", k_now, 2024, NOW, "10月末"),
                                  ("国民健康保険税", "current", k_prev, 2023, PREV, "前年同月")]:
        F.add(debt=d, fy=fy, fy_raw=fr, seg=seg, metric="collection_rate", basis="interim", as_of=ao, value=v,
              unit="percent", raw=f"{fmt_rate(v)}％", page=pg)
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和5年度決算", seg="total", metric="outstanding", basis="actual",
          value=987_000_000, unit="yen", raw="約9億8,700万円", page=pg, approx=True)
    page_break(doc)

    # ---- page 2 ----
    pg = 2
    say("西川委員", "西川委員", "国民健康保険税の現年分が前年を下回っている理由と、滞納繰越分の状況をお聞きします。", AG1, pg)
    a_now, a_prev = R[("国民健康保険税", "arrears")]
    t = ("現年分については、納期の変更に伴い、10月末時点で納期限が到来していない額が前年より多いことが主な要因です。"
         f"滞納繰越分の収納率は{fmt_rate(a_now)}％で、前年同月の{fmt_rate(a_prev)}％を上回っております。"
         "引き続き、財産調査と差押えを早期に実施してまいります。")
    say("吉田債権管理課長", "吉田債権管理課長", t, AG1, pg)
    for v, fy, ao, fr in [(a_now, 2024, NOW, "10月末"), (a_prev, 2023, PREV, "前年同月")]:
        F.add(debt="国民健康保険税", fy=fy, fy_raw=fr, seg="arrears", metric="collection_rate", basis="interim", as_of=ao,
              value=v, unit="percent", raw=f"{fmt_rate(v)}％", page=pg)
    say("森委員", "森委員", "私債権について伺います。市営住宅使用料の未収金はどの程度残っているのでしょうか。", AG1, pg)
    t = ("市営住宅使用料の令和5年度決算における収入未済額は4,215万円で、うち退去者分が約6割を占めております。"
         "退去者分については、弁護士への回収委託を引き続き行ってまいります。")
    say("吉田債権管理課長", "吉田債権管理課長", t, AG1, pg)
    F.add(debt="市営住宅使用料", fy=2023, fy_raw="令和5年度決算", seg="total", metric="outstanding", basis="actual",
          value=42_150_000, unit="yen", raw="4,215万円", page=pg)
    say("田村委員", "田村委員", "保育料の収納状況はいかがですか。", AG1, pg)
    h_now, h_prev = R[("保育料", "current")]
    t = (f"保育料の現年分の収納率は、10月末で{fmt_rate(h_now)}％、前年同月は{fmt_rate(h_prev)}％となっております。"
         "児童手当からの徴収を中心に、未納が生じた世帯へは早期に連絡しております。")
    say("松井子ども・若者部長", "松井子ども・若者部長", t, AG1, pg)
    for v, fy, ao, fr in [(h_now, 2024, NOW, "10月末"), (h_prev, 2023, PREV, "前年同月")]:
        F.add(debt="保育料", fy=fy, fy_raw=fr, seg="current", metric="collection_rate", basis="interim", as_of=ao,
              value=v, unit="percent", raw=f"{fmt_rate(v)}％", page=pg)
    say("山本委員長", "山本委員長", f"ほかにございませんか。それでは、次に（2）{AG2}の報告を願います。", AG2, pg)
    t = ("資料2を御覧ください。令和5年度に債権管理条例に基づき放棄した私債権は、学校給食費など4債権、計38件でございます。"
         "なお、令和5年度の不納欠損額は市全体で約1億1,400万円となっております。")
    say("吉田債権管理課長", "吉田債権管理課長", t, AG2, pg)
    F.add(debt=None, debt_raw=None, fy=2023, fy_raw="令和5年度", seg="total", metric="written_off", basis="actual",
          value=114_000_000, unit="yen", raw="約1億1,400万円", page=pg, approx=True)
    say("山本委員長", "山本委員長", "以上で所管事項の報告を終わります。これをもちまして総務文教常任委員会を閉会いたします。", AG2, pg)
    para(doc, "午前11時05分　閉会", size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)

    # ---- page 3: 別表 ----
    pg = 3
    para(doc, "別表　主な債権の収納状況（令和6年10月末現在）", size=11, gothic=True, space_after=2)
    para(doc, "（単位：千円、％）", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    t = doc.add_table(rows=1 + len(TBL), cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, GRID)
    for j, h in enumerate(["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月\n収納率"]):
        cell_text(t.cell(0, j), h, gothic=True)
    i = 1
    prev_d = None
    for d, seglab, seg, a, rn, rp in TBL:
        c = pick(a, rn)
        if d != prev_d:
            span = sum(1 for x in TBL if x[0] == d)
            m = t.cell(i, 0).merge(t.cell(i + span - 1, 0)) if span > 1 else t.cell(i, 0)
            cell_text(m, d, align=WD_ALIGN_PARAGRAPH.LEFT)
            prev_d = d
        cell_text(t.cell(i, 1), seglab)
        for j, (raw, metric, val, unit, fy, ao, fr) in enumerate([
                (comma(a), "assessed", a * 1000, "yen", 2024, NOW, "令和6年10月末"),
                (comma(c), "collected", c * 1000, "yen", 2024, NOW, "令和6年10月末"),
                (fmt_rate(rn), "collection_rate", rn, "percent", 2024, NOW, "令和6年10月末"),
                (fmt_rate(rp), "collection_rate", rp, "percent", 2023, PREV, "前年同月")], 2):
            cell_text(t.cell(i, j), raw, align=WD_ALIGN_PARAGRAPH.RIGHT)
            F.add(debt=d, fy=fy, fy_raw=fr, seg=seg, metric=metric, basis="interim", as_of=ao, value=val, unit=unit,
                  raw=raw, page=pg)
        i += 1
    para(doc, "※ 調定額は10月末までに納期限が到来した額。収納率＝収入済額÷調定額×100", size=8)

    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "tondabayashi")

    attendees = [{"role": r, "title": None, "name": n.replace("　", "")} for r, n in members]
    attendees += [{"role": t_, "title": t_, "name": n.replace("　", "")} for t_, n in staff]
    return {"title": "総務文教常任委員会会議録", "meeting_number": None, "date": "2024-12-10", "method": None,
            "attendees": attendees, "agenda": [AG1, AG2], "materials": mats, "statements": statements}


if __name__ == "__main__":
    minutes = build()
    write_gold(STEM, {"kind": "minutes", "municipality": "富田林市", "title": "総務文教常任委員会会議録",
                      "date": "2024-12-10", "date_raw": "令和6年12月10日"}, F, minutes=minutes, expect_pages=3)
