"""松江市-style 債権管理推進本部会議 資料 with 取組個票 — python-docx -> LibreOffice (landscape).

Family: 静岡市-style committee material (one 個票 per debt: 債権名 box, 強化月間の実施結果 with 実績,
ヒアリング課題, 取組方針 with 数値目標), printed as another city's template would.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e5_common import F, I, OUT, PDF, office_pdf, write_gold, zen  # noqa: E402
from e5_docx import (cell_text, header_footer, merge_row, new_doc, page_break, para, repeat_header,  # noqa: E402
                     table)

STEM = "e_matsue_shiryo_1"
CITY = "松江市"
TITLE = "令和７年度第１回松江市債権管理推進本部会議"
NOW_ASOF, PRV_ASOF = "2025-03-31", "2024-03-31"

DEBTS = {
    "市税": dict(dept="納税課", kind="強制徴収公債権", period="令和６年12月２日（月）～12月27日（金）",
               cur_do="・初期滞納者への一斉電話催告（夜間３回、休日１回）\n・SMS催告の送信",
               arr_do="・預貯金・給与の一斉調査\n・差押予告書の送付と差押えの執行",
               result="・電話催告　1,482件（1,305件）\n・SMS催告　3,920件（2,744件）\n・差押え　　　 214件（198件）\n・納付約束　　 367件（341件）",
               rate=dict(cur=(98.93, 98.71), arr=(30.12, 28.45), tot=(97.86, 97.41)),
               kadai="電子による預貯金照会の対象金融機関が限られており、財産調査に時間を要している。照会先の拡大とあわせて、"
                     "調査結果を差押えまで一貫して管理する仕組みを整えること。",
               taio="令和６年10月から照会可能な金融機関を28機関から41機関に広げ、調査から差押えまでの平均日数を"
                    "約２週間短縮した。令和７年度は滞納管理システムで処分予定日を一覧化する。"),
    "国民健康保険料": dict(dept="保険年金課", kind="強制徴収公債権", period="令和６年12月２日（月）～令和７年１月31日（金）",
                    cur_do="・２期以上未納世帯への文書催告\n・窓口・電話による納付相談",
                    arr_do="・分納不履行者への催告\n・財産調査に基づく差押え",
                    result="・文書催告　2,115件（2,301件）\n・納付相談　　 602件（577件）\n・差押え　　　　88件（71件）",
                    rate=dict(cur=(94.02, 93.66), arr=(22.48, 21.07), tot=(86.95, 86.12)),
                    kadai="資格喪失後の未納者への対応が遅れ、滞納繰越分が累積している。喪失届の受付時に未納額を案内し、"
                          "早期に納付計画を立てるようにすること。",
                    taio="喪失届の受付時に未納額の通知書を手渡す運用を令和６年11月から始め、同年度中に412件で"
                         "納付計画を作成した。"),
    "市営住宅使用料": dict(dept="住宅政策課", kind="私債権", period="令和６年12月１日（日）～12月28日（土）",
                    cur_do="・滞納２か月以上の入居者への訪問催告\n・連帯保証人への通知",
                    arr_do="・退去滞納者の所在調査\n・支払督促の申立て",
                    result="・訪問催告　　 156件（149件）\n・保証人通知　　 63件（58件）\n・支払督促　　　　 5件（3件）",
                    rate=dict(cur=(98.44, 98.60), arr=(13.85, 12.20), tot=(91.37, 90.94)),
                    kadai="退去者の滞納が回収困難となりやすい。退去時の精算と分納誓約の取得を徹底すること。",
                    taio="退去立会いの際に未納額を確認し、分納誓約書の提出を求める手順をマニュアルに追加した。"),
}

# 資料２: 令和６年度実績見込（目標）and 令和７年度目標 (cur, arr, tot)
EST = {"市税": ((99.02, 99.00), (31.50, 30.00), (98.05, 97.90)),
       "国民健康保険料": ((94.80, 95.00), (23.10, 24.00), (88.02, 88.40)),
       "市営住宅使用料": ((98.70, 98.80), (14.20, 15.00), (91.90, 92.10))}
TGT = {"市税": (99.05, 32.00, 98.15), "国民健康保険料": (95.00, 24.00, 88.50), "市営住宅使用料": (98.80, 15.00, 92.20)}
HOSHIN = {"市税": "初期滞納への早期着手と、財産調査から滞納処分までの期間短縮を図る。",
          "国民健康保険料": "口座振替の利用拡大と資格喪失者への早期対応により、現年度分の収納率向上を図る。",
          "市営住宅使用料": "滞納初期の訪問催告を徹底し、長期滞納者には法的措置を講じる。"}
TORI = {
    "市税": [("ア", "納期限後１か月以内に電話・SMSによる催告を行い、新たな滞納繰越の発生を防ぐ。", "継続"),
           ("イ", "電子による預貯金照会の対象金融機関を拡大し、調査期間を短縮する。", "拡充"),
           ("ウ", "地方税統一QRコードを活用したキャッシュレス納付を広報紙とホームページで周知する。", "継続"),
           ("エ", "高額滞納事案を対象に、島根県と合同で捜索・公売を実施する。", "新規")],
    "国民健康保険料": [("ア", "加入手続の際にWeb口座振替受付サービスによる申込みを案内する。", "継続"),
                ("イ", "資格喪失届の受付時に未納額を通知し、納付計画の作成を求める。", "新規"),
                ("ウ", "分納不履行者には履行を促す催告を毎月行い、改善がない場合は差押えを実施する。", "継続")],
    "市営住宅使用料": [("ア", "滞納２か月の時点で訪問催告を行い、分納誓約を取得する。", "継続"),
                ("イ", "６か月以上の滞納者には明渡請求を予告し、応じない場合は訴訟を提起する。", "継続"),
                ("ウ", "退去時に未納額を精算し、残額は分納誓約により管理する。", "拡充")],
}


def build():
    facts, inits = [], []
    doc = new_doc(landscape=True)
    header_footer(doc, "令和７年度第１回松江市債権管理推進本部会議", footer="page")
    # ---------------- page 1: 次第 + 【参考】 box
    para(doc, "令和７年度 第１回", size=14, align="c", gothic=True)
    para(doc, "松江市債権管理推進本部会議", size=16, align="c", gothic=True, space_after=6)
    para(doc, "日時　令和７年５月29日（木）午前10時から", align="r")
    para(doc, "場所　松江市役所本庁舎　第１会議室", align="r", space_after=8)
    para(doc, "次　第", size=13, align="c", gothic=True, space_after=4)
    para(doc, "１　開会", indent_mm=30)
    para(doc, "２　報告", indent_mm=30)
    para(doc, "（１）令和６年度滞納整理強化月間の実施結果について　……　資料１", indent_mm=36)
    para(doc, "３　協議", indent_mm=30)
    para(doc, "（１）令和７年度重点債権の取組方針について　……　資料２", indent_mm=36)
    para(doc, "４　閉会", indent_mm=30, space_after=10)
    box = table(doc, 1, 1, [200])
    c = box.cell(0, 0)
    cell_text(c, "【参考】松江市の債権の状況", size=10, gothic=True)
    for line in ("・市の債権全体の収入未済額：約38.4億円（令和５年度決算）",
                 "・前年度比：約1.9億円減",
                 "・全債権の収納率：96.87％（令和５年度決算）",
                 "・収入未済額が1,000万円以上の債権：22債権"):
        p = c.add_paragraph()
        from e5_docx import font
        font(p.add_run(line), size=10)
    facts.append(F(None, 2023, "令和５年度決算", "total", "outstanding", "actual", 3840000000, "yen", "約38.4億円",
                   approx=True, debt_raw=None, anchor="【参考】松江市の債権の状況"))
    facts.append(F(None, 2023, "令和５年度決算", "total", "collection_rate", "actual", 96.87, "percent", "96.87％",
                   debt_raw=None, anchor="【参考】松江市の債権の状況"))
    page_break(doc)

    # ---------------- 資料１: 個票
    for k, (debt, d) in enumerate(DEBTS.items(), 1):
        para(doc, "資料１", align="r", gothic=True)
        para(doc, f"令和６年度 滞納整理強化月間 取組個票（{k}/3）", size=12, gothic=True, space_after=4)
        t = table(doc, 1, 6, [28, 60, 28, 50, 28, 60])
        for j, v in enumerate(["債権名", debt, "所管課", d["dept"], "債権区分", d["kind"]]):
            cell_text(t.cell(0, j), v, size=10, gothic=(j % 2 == 0), shade="D9D9D9" if j % 2 == 0 else None,
                      align="c" if j % 2 == 0 else "l")
        para(doc, "１　滞納整理強化月間の実施結果", size=11, gothic=True)
        t = table(doc, 3, 4, [45, 75, 75, 62])
        for j, v in enumerate(["実施期間", "現年分の取組", "滞納繰越分の取組", "実績　（　）内は前年度"]):
            cell_text(t.cell(0, j), v, gothic=True, align="c", shade="D9D9D9")
        cell_text(t.cell(1, 0), d["period"])
        cell_text(t.cell(1, 1), d["cur_do"])
        cell_text(t.cell(1, 2), d["arr_do"])
        cell_text(t.cell(1, 3), d["result"])
        m = merge_row(t, 2, 0, 3)
        r = d["rate"]
        seg_lines = [("現年分", "cur", "current"), ("滞納繰越分", "arr", "arrears"), ("合計", "tot", "total")]
        txt = "【収納率】令和７年３月末時点　（　）内は前年同期\n" + "\n".join(
            f"　{lab}　{r[s][0]:.2f}％（{r[s][1]:.2f}％）" for lab, s, _ in seg_lines)
        cell_text(m, txt, size=9.5)
        anc = f"取組個票（{k}/3）"
        for lab, s, seg in seg_lines:
            facts.append(F(debt, 2024, "令和７年３月末", seg, "collection_rate", "interim", r[s][0], "percent",
                           f"{r[s][0]:.2f}％", anchor=anc, as_of=NOW_ASOF))
            facts.append(F(debt, 2023, "前年同期", seg, "collection_rate", "interim", r[s][1], "percent",
                           f"{r[s][1]:.2f}％", anchor=anc, as_of=PRV_ASOF))
        para(doc, "")
        para(doc, "２　債権管理ヒアリングにおける課題と対応状況", size=11, gothic=True)
        t = table(doc, 2, 2, [128, 129])
        cell_text(t.cell(0, 0), "ヒアリングで指摘された課題", gothic=True, align="c", shade="D9D9D9")
        cell_text(t.cell(0, 1), "課題への対応状況", gothic=True, align="c", shade="D9D9D9")
        cell_text(t.cell(1, 0), d["kadai"])
        cell_text(t.cell(1, 1), d["taio"])
        page_break(doc)

    # ---------------- 資料２: one debt per column
    para(doc, "資料２", align="r", gothic=True)
    para(doc, "令和７年度 重点債権の取組方針", size=13, gothic=True, space_after=4)
    names = list(DEBTS)
    t = table(doc, 5, 4, [45, 71, 71, 70])
    repeat_header(t.rows[0])
    cell_text(t.cell(0, 0), "債権名", gothic=True, align="c", shade="D9D9D9")
    for j, n in enumerate(names, 1):
        cell_text(t.cell(0, j), n, gothic=True, align="c", shade="D9D9D9")
    cell_text(t.cell(1, 0), "令和６年度\n実績見込\n（　）内は目標")
    cell_text(t.cell(2, 0), "令和７年度\n目標収納率\n（単位：％）")
    cell_text(t.cell(3, 0), "取組方針")
    cell_text(t.cell(4, 0), "目標達成に向けた取組")
    labs = [("現年分", "current"), ("滞納繰越分", "arrears"), ("合計", "total")]
    for j, n in enumerate(names, 1):
        e = EST[n]
        cell_text(t.cell(1, j), "\n".join(f"{lab}　{e[i][0]:.2f}％（{e[i][1]:.2f}％）" for i, (lab, _) in enumerate(labs)))
        cell_text(t.cell(2, j), "\n".join(f"{lab}　{TGT[n][i]:.2f}" for i, (lab, _) in enumerate(labs)))
        cell_text(t.cell(3, j), HOSHIN[n])
        lines = []
        for lab, txt, st in TORI[n]:
            if lab == "イ" and n == "国民健康保険料":
                lines.append(f"{lab}　{txt}\n【{st}】")  # tag wrapped to next line
            else:
                lines.append(f"{lab}　{txt}【{st}】")
            inits.append(I(n, 2025, "目標達成に向けた取組", lab, txt, st))
        cell_text(t.cell(4, j), "\n".join(lines))
        for i, (lab, seg) in enumerate(labs):
            facts.append(F(n, 2024, "令和６年度", seg, "collection_rate", "estimate", e[i][0], "percent",
                           f"{e[i][0]:.2f}％", anchor="令和７年度重点債権の取組方針"))
            facts.append(F(n, 2024, "令和６年度", seg, "collection_rate", "target", e[i][1], "percent",
                           f"{e[i][1]:.2f}％", anchor="令和７年度重点債権の取組方針"))
            facts.append(F(n, 2025, "令和７年度", seg, "collection_rate", "target", TGT[n][i], "percent",
                           f"{TGT[n][i]:.2f}", anchor="令和７年度重点債権の取組方針"))
    para(doc, "※令和６年度実績見込は令和７年４月末時点の推計値", size=8.5)
    OUT.mkdir(parents=True, exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    doc.save(docx)
    pdf = office_pdf(docx, PDF / f"{STEM}.pdf", "matsue")
    d = {"kind": "committee_material", "municipality": CITY, "title": TITLE,
         "date": "2025-05-29", "date_raw": "令和７年５月29日"}
    write_gold(STEM, pdf, d, facts, inits)


if __name__ == "__main__":
    build()
