"""豊橋市 債権管理推進本部会議 会議録（要旨） — python-docx → LibreOffice."""
from docx.shared import Mm
from e_common import F, OUT, PDF, to_pdf, write_gold, zen
from e_docx_util import (box, cell_text, footer_page, header_text, new_doc, para, repeat_header, shade)

STEM = "e_toyohashi_minutes_1"
CITY = "豊橋市"
TITLE = "令和７年度第３回豊橋市債権管理推進本部会議　会議録（要旨）"
ASOF, ASOF_PY = "2025-09-30", "2024-09-30"

# 別表 data: debt, segment, 調定額(千円), target rate, 前年同月 rate
ROWS = [("市税", "現年課税分", 36412580, 54.8, 54.5), ("市税", "滞納繰越分", 1702355, 22.1, 21.4),
        ("国民健康保険税", "現年課税分", 6842117, 47.2, 46.9), ("国民健康保険税", "滞納繰越分", 1284930, 16.4, 17.0),
        ("介護保険料", "現年賦課分", 6120884, 55.4, 55.3), ("介護保険料", "滞納繰越分", 148502, 16.8, 15.9),
        ("後期高齢者医療保険料", "現年賦課分", 3208446, 55.9, 55.6), ("後期高齢者医療保険料", "滞納繰越分", 35210, 34.3, 33.1)]


def seg(s):
    return "current" if s.startswith("現年") else ("arrears" if "繰越" in s else "total")


def main():
    facts = []
    d = new_doc("IPAex明朝", 10.5)
    header_text(d, "豊橋市財務部納税課")
    footer_page(d)
    para(d, "※本会議録は、令和７年度第２回会議（令和７年８月２０日開催）で定めた様式により作成した。", size=8)
    para(d, TITLE, bold=True, size=13, align="c", space_after=8)

    para(d, "１　日　時", bold=True)
    para(d, "令和７年１１月１８日（火）午後２時００分～午後３時１５分", indent_mm=8)
    para(d, "２　場　所", bold=True)
    para(d, "豊橋市役所東館１３階　大会議室", indent_mm=8)
    para(d, "３　出席者", bold=True)
    att = [("本部長", ["副市長"]), ("副本部長", ["財務部長"]),
           ("本部員", ["総務部長", "企画政策部長", "市民協創部長", "福祉部長", "こども・若者未来部長", "健康部長",
                     "建設部長", "上下水道局長", "教育部長"]),
           ("説明員", ["国保年金課長", "介護保険課長", "保育課長"]),
           ("事務局", ["納税課長", "財政課長"])]
    t = d.add_table(rows=0, cols=2)
    t.autofit = False
    for role, titles in att:
        r = t.add_row().cells
        cell_text(r[0], role)
        cell_text(r[1], "・".join(titles))
        r[0].width = Mm(25); r[1].width = Mm(140)
    t.columns[0].width = Mm(25); t.columns[1].width = Mm(140)
    para(d, "４　議　題", bold=True)
    agenda = ["令和７年度上半期（９月末）の主要債権の収納状況について",
              "令和７年度債権管理ヒアリングの結果について",
              "豊橋市債権放棄基準の見直しについて"]
    for i, a in enumerate(agenda, 1):
        para(d, f"（{zen(str(i))}）{a}", indent_mm=8)
    para(d, "５　配付資料", bold=True)
    mats = ["資料１　主要債権の収納状況（令和７年９月末現在）", "資料２　債権管理ヒアリング結果一覧",
            "資料３　豊橋市債権放棄基準（改正案）", "別表　主要債権の収納状況"]
    for m in mats:
        para(d, m, indent_mm=8)
    para(d, "６　議事の経過", bold=True)

    S = []  # statements

    def say(section, speaker, text, fs=()):
        para(d, f"○{speaker}　{text}", indent_mm=4)
        S.append({"speaker": speaker, "section": section, "text": text})
        facts.extend(fs)

    sec1, sec2, sec3 = agenda
    para(d, "（１）" + sec1, bold=True, indent_mm=2)
    say(sec1, "納税課長",
        "資料１及び別表により説明する。市税の９月末現在の収納率は、現年課税分が５４．８％で、前年同月の５４．５％を"
        "０．３ポイント上回った。滞納繰越分は２２．１％（前年同月２１．４％）となっている。なお、令和６年度決算における"
        "市税の収入未済額は約１８億２，４００万円で、前年度から約１億３００万円縮減した。",
        [F("市税", 2025, "current", "collection_rate", "interim", 54.8, "percent", "５４．８％", as_of=ASOF, fy_raw="９月末"),
         F("市税", 2024, "current", "collection_rate", "interim", 54.5, "percent", "５４．５％", as_of=ASOF_PY, fy_raw="前年同月"),
         F("市税", 2025, "arrears", "collection_rate", "interim", 22.1, "percent", "２２．１％", as_of=ASOF, fy_raw="９月末"),
         F("市税", 2024, "arrears", "collection_rate", "interim", 21.4, "percent", "２１．４％", as_of=ASOF_PY, fy_raw="前年同月"),
         F("市税", 2024, "total", "outstanding", "actual", 1824000000, "yen", "約１８億２，４００万円", approx=True,
           fy_raw="令和６年度")])
    say(sec1, "国保年金課長",
        "国民健康保険税は、現年課税分が４７．２％で前年同月を０．３ポイント上回ったが、滞納繰越分は１６．４％と前年同月を"
        "０．６ポイント下回っている。後期高齢者医療保険料は、現年賦課分が５５．９％、滞納繰越分が３４．３％で、いずれも"
        "前年同月を上回った。",
        [F("国民健康保険税", 2025, "current", "collection_rate", "interim", 47.2, "percent", "４７．２％", as_of=ASOF),
         F("国民健康保険税", 2025, "arrears", "collection_rate", "interim", 16.4, "percent", "１６．４％", as_of=ASOF),
         F("後期高齢者医療保険料", 2025, "current", "collection_rate", "interim", 55.9, "percent", "５５．９％", as_of=ASOF),
         F("後期高齢者医療保険料", 2025, "arrears", "collection_rate", "interim", 34.3, "percent", "３４．３％", as_of=ASOF)])
    say(sec1, "介護保険課長",
        "介護保険料は、現年賦課分が５５．４％と前年同月並み、滞納繰越分は１６．８％で前年同月を０．９ポイント上回った。"
        "年金からの特別徴収に移行するまでの間の普通徴収分について、納付案内を早期に送付している。",
        [F("介護保険料", 2025, "current", "collection_rate", "interim", 55.4, "percent", "５５．４％", as_of=ASOF),
         F("介護保険料", 2025, "arrears", "collection_rate", "interim", 16.8, "percent", "１６．８％", as_of=ASOF)])
    say(sec1, "本部長", "国民健康保険税の滞納繰越分が前年を下回っている要因は何か。")
    say(sec1, "国保年金課長",
        "令和６年度末に高額案件の分納が始まり、滞納繰越分の調定額に対して納付が月々少額にとどまっていることが主な要因である。"
        "下半期は財産調査を前倒しし、差押えを含めた処分を進めることで、年度末には前年度並みを見込んでいる。")

    para(d, "（２）" + sec2, bold=True, indent_mm=2)
    say(sec2, "財政課長",
        "資料２により説明する。今年度は収入未済額が１００万円以上の２４債権を対象にヒアリングを実施し、うち７債権について"
        "催告時期の見直しと納付折衝記録の整備を指摘した。改善状況は次回会議で報告する。")
    say(sec2, "こども・若者未来部長",
        "保育所保育料の収入未済額は、令和６年度末で約４，８００万円となっている。児童手当からの特別徴収の申出を勧奨する"
        "とともに、退園者への催告を委託により実施したい。",
        [F("保育所保育料", 2024, "total", "outstanding", "actual", 48000000, "yen", "約４，８００万円", approx=True,
           fy_raw="令和６年度末")])
    say(sec2, "本部長", "委託の費用対効果を整理した上で、来年度予算に向けて財政課と協議すること。")

    para(d, "（３）" + sec3, bold=True, indent_mm=2)
    say(sec3, "納税課長",
        "資料３により説明する。非強制徴収公債権及び私債権について、債務者の死亡・所在不明等により回収の見込みがないものを"
        "放棄できる基準を明確化し、判断に必要な調査項目を一覧にした。")
    say(sec3, "上下水道局長", "水道料金は企業会計であるが、この基準を準用してよいか。")
    say(sec3, "納税課長", "企業会計の債権も基準の対象とする方向で調整する。詳細は個別に協議したい。")
    say(sec3, "本部長",
        "本日の意見を踏まえて基準案を修正し、次回（第４回）会議で決定する。第４回は令和８年２月に開催する予定である。")

    # 別表
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(d, "別表　主要債権の収納状況（令和７年９月末現在）", bold=True, size=11)
    para(d, "（単位：千円、％、ポイント）", align="r", size=9)
    hdr = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同月\n収納率", "差"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, bold=True, size=9, align="c"); shade(c)
    repeat_header(t.rows[0])
    tot_a = tot_c = 0
    prev = None
    for debt, sg, a, rate, py in ROWS:
        c = round(a * rate / 100)
        r = c / a * 100
        pr = f"{r:.1f}"
        tot_a += a; tot_c += c
        diff = round(float(pr) - py, 1)
        ds = ("△" if diff < 0 else "") + f"{abs(diff):.1f}"
        cells = t.add_row().cells
        vals = [debt if debt != prev else "", sg, f"{a:,}", f"{c:,}", pr, f"{py:.1f}", ds]
        for cc, v in zip(cells, vals):
            cell_text(cc, v, size=9, align=None if v in (debt, sg) else "r")
        fy_raw = "令和７年９月末現在"
        facts += [F(debt, 2025, seg(sg), "assessed", "interim", a * 1000, "yen", f"{a:,}", as_of=ASOF, fy_raw=fy_raw),
                  F(debt, 2025, seg(sg), "collected", "interim", c * 1000, "yen", f"{c:,}", as_of=ASOF, fy_raw=fy_raw),
                  F(debt, 2025, seg(sg), "collection_rate", "interim", float(pr), "percent", pr, as_of=ASOF, fy_raw=fy_raw),
                  F(debt, 2024, seg(sg), "collection_rate", "interim", py, "percent", f"{py:.1f}", as_of=ASOF_PY,
                    fy_raw="前年同月")]
        prev = debt
    cells = t.add_row().cells
    tr = f"{tot_c / tot_a * 100:.1f}"
    for cc, v in zip(cells, ["合計", "", f"{tot_a:,}", f"{tot_c:,}", tr, "－", "－"]):
        cell_text(cc, v, size=9, align="r" if v not in ("合計", "") else None)
    facts += [F(None, 2025, "total", "assessed", "interim", tot_a * 1000, "yen", f"{tot_a:,}", as_of=ASOF, debt_raw="合計"),
              F(None, 2025, "total", "collected", "interim", tot_c * 1000, "yen", f"{tot_c:,}", as_of=ASOF, debt_raw="合計"),
              F(None, 2025, "total", "collection_rate", "interim", float(tr), "percent", tr, as_of=ASOF, debt_raw="合計")]
    para(d, "注１　収納率は、収入済額を調定額で除して小数点第２位を四捨五入した。", size=8)
    para(d, "注２　前年同月は令和６年９月末現在の数値である。", size=8)
    # make the statement checks sure of the anchor for 別表 facts
    facts_tab_start = None

    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "e9a")
    minutes = {"title": TITLE, "meeting_number": 3, "date": "2025-11-18", "method": None,
               "attendees": [{"role": r, "title": tt, "name": None} for r, ts in att for tt in ts],
               "agenda": agenda, "materials": mats, "statements": S}
    # statements: page too
    import fitz, re
    doc = fitz.open(PDF / f"{STEM}.pdf")
    texts = [re.sub(r"\s+", "", p.get_text()) for p in doc]
    for s in S:
        key = re.sub(r"\s+", "", s["text"])[:30]
        s["page"] = next((i + 1 for i, t in enumerate(texts) if key in t), None)
    write_gold(STEM, {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-11-18",
                      "date_raw": "令和７年１１月１８日"}, facts, [], minutes)


if __name__ == "__main__":
    main()
