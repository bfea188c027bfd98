"""令和7年度第2回所沢市債権管理推進会議 資料（取組個票）— python-docx → LibreOffice."""
from __future__ import annotations

from r_common import OUT, PDF, comma, fact, init, to_pdf, write_gold
from r_docx import borders, footer_page_number, new_doc, page_break, para, set_cell, widths

STEM = "r_tokorozawa_shiryo_1"
CITY = "所沢市"
YEARS = [(2022, "令和4年度"), (2023, "令和5年度"), (2024, "令和6年度")]

DEBTS = [
    dict(name="市税", ka="収税課", kubun="強制徴収公債権",
         rates={"current": [99.02, 99.08, 99.12], "arrears": [29.85, 30.42, 31.76], "total": [98.31, 98.47, 98.62]},
         target={"current": 99.15, "arrears": 32.00, "total": 98.70},
         mis=[1412305, 1298774, 1187420],
         jisseki=[("現年分収納率", "current", 52.30, 51.86), ("滞納繰越分収納率", "arrears", 18.42, 17.95)],
         extra=["差押件数　412件（398件）", "SMS催告送信件数　8,215件（－）"],
         items=[("①", "納期限後20日以内に督促状を発送し、未納者への電話催告を前倒しして実施した。", "継続"),
                ("②", "SMSによる催告を現年課税分の初期滞納者に拡大した。", "新規"),
                ("③", "預貯金の電子照会を活用し、財産調査から差押えまでの期間を短縮した。", "拡充")],
         kadai="滞納繰越分のうち高額・長期の事案が固定化しており、換価につながる財産が判明しにくい。",
         kaizen="捜索・インターネット公売を計画的に行い、回収見込みのない事案は執行停止を適切に判断する。",
         target8={"current": 99.20, "arrears": 33.00},
         policy=[("(1)", "現年課税分の未納者に対し、納期限後早期に文書・電話・SMSによる催告を一体的に行う。", "継続"),
                 ("(2)", "高額滞納事案を特別整理班に集約し、捜索及び公売を実施する。", "拡充"),
                 ("(3)", "地方税統一QRコードを活用したキャッシュレス納付を周知し、納期内納付を促す。", "新規")]),
    dict(name="国民健康保険税", ka="国民健康保険課", kubun="強制徴収公債権",
         rates={"current": [94.12, 94.55, 95.01], "arrears": [24.30, 25.12, 26.48], "total": [80.11, 81.95, 83.40]},
         target={"current": 95.30, "arrears": 27.00, "total": 84.20},
         mis=[1045210, 962480, 874135],
         jisseki=[("現年分収納率", "current", 41.25, 40.88)],
         extra=[],
         deleg=(3210, 3402),
         items=[("①", "資格喪失者に未納額を通知し、納付相談を勧奨した。", "継続"),
                ("②", "口座振替の原則化を新規加入時の窓口で案内した。", "継続"),
                ("③", "短期被保険者証の更新時に納付指導を行い、分納誓約の履行を確認した。", None)],
         kadai="転出や資格喪失により接触できなくなる世帯が多く、滞納繰越分の収納率が伸び悩んでいる。",
         kaizen="住民票調査と勤務先調査を早期に行い、給与差押えへ移行する事案を増やす。",
         target8={"current": 95.40, "arrears": 27.50},
         policy=[("(1)", "コールセンターによる現年度分未納世帯への電話催告を年3回に増やす。", "拡充"),
                 ("(2)", "滞納処分の執行停止基準を明確にし、回収困難な事案の整理を進める。", "継続")]),
    dict(name="市営住宅使用料", ka="住宅政策課", kubun="私債権",
         rates={"current": [98.02, 98.10, 98.35], "arrears": [14.20, 15.05, 16.88], "total": [87.40, 88.02, 89.15]},
         target={"current": 98.40, "arrears": 17.50, "total": 89.50},
         mis=[52180, 48905, 44312],
         jisseki=[],
         extra=[],
         seq=True,
         items=[("①", "3か月以上の滞納者に連帯保証人への通知を行った。", "継続"),
                ("②", "退去者の滞納分について、支払督促の申立てを行った。", "継続")],
         kadai="退去者の滞納分は所在の把握が難しく、回収が長期化している。",
         kaizen="債権回収業者への委託を検討し、少額の退去者滞納分を集中的に回収する。",
         target8={"current": 98.45, "arrears": 18.00},
         policy=[("(1)", "入居時に口座振替の利用を必須とし、新たな滞納の発生を防ぐ。", "継続"),
                 ("(2)", "6か月以上の滞納者には明渡し請求を含む法的措置を行う。", "継続"),
                 ("(3)", "退去者滞納分の回収を債権回収業者に委託する。", "新規")]),
]

SEGJ = {"current": "現年分", "arrears": "滞納繰越分", "total": "合計"}


def build():
    facts, inits = [], []
    d = new_doc(font="IPAexGothic", size=10)
    footer_page_number(d, prefix="", suffix="", header_text="令和7年度第2回所沢市債権管理推進会議")

    # ---- page 1: 次第 and 【参考】 box
    para(d, "令和7年度　第2回所沢市債権管理推進会議", size=15, bold=True, align="center")
    para(d, "次　　第", size=13, align="center", space_before=6)
    para(d, "日時：令和7年11月12日（水）午後2時～", align="right")
    para(d, "場所：本庁舎6階　庁議室", align="right")
    for line in ["1　開　会", "2　報　告", "　(1) 主要債権の上半期取組状況について　…　資料1",
                 "　(2) 令和8年度の数値目標及び取組方針（案）について　…　資料2", "3　その他", "4　閉　会"]:
        para(d, line, size=11, space_before=3)
    para(d, "")
    box = d.add_table(rows=1, cols=1)
    borders(box, "box", sz=8)
    mis_all = 1872450  # 千円
    kes_all = 123450
    lines = ["【参考】市全体の債権の状況（令和6年度決算）",
             f"　・収入未済額：約18億7,200万円（全会計）",
             f"　・不納欠損額：1億2,345万円",
             f"　・市税収納率：98.62％（前年度比＋0.15ポイント）",
             f"　・国民健康保険税収納率：83.40％"]
    set_cell(box.cell(0, 0), "\n".join(lines), size=10)
    facts += [
        fact(None, 2024, "令和6年度", "total", "outstanding", "actual", 1872000000, "yen", "約18億7,200万円", 1,
             approx=True, debt_raw="全会計"),
        fact(None, 2024, "令和6年度", "total", "written_off", "actual", 123450000, "yen", "1億2,345万円", 1,
             debt_raw=None),
        fact("市税", 2024, "令和6年度", "total", "collection_rate", "actual", 98.62, "percent", "98.62％", 1),
        fact("国民健康保険税", 2024, "令和6年度", "total", "collection_rate", "actual", 83.40, "percent", "83.40％", 1),
    ]
    para(d, "")
    para(d, "資料1　主要債権の上半期取組状況（取組個票）", size=11, bold=True)
    for i, db in enumerate(DEBTS, 1):
        para(d, f"　No.{i}　{db['name']}　…　{i + 1}ページ")

    # ---- one 個票 per debt
    for i, db in enumerate(DEBTS, 1):
        page = i + 1
        name = db["name"]
        page_break(d)
        para(d, f"資料1　取組個票　No.{i}", size=9, align="right")
        lb = d.add_table(rows=1, cols=6)
        borders(lb, "grid", sz=6)
        for c, (t, sh) in enumerate([("債権名", "D9D9D9"), (name, None), ("所管課", "D9D9D9"), (db["ka"], None),
                                     ("債権区分", "D9D9D9"), (db["kubun"], None)]):
            set_cell(lb.cell(0, c), t, size=10, shade=sh, align="center", bold=(sh is None and c == 1))
        widths(lb, [18, 42, 18, 34, 20, 38])

        para(d, "1　収納率の推移　（単位：％）", bold=True, space_before=6)
        t = d.add_table(rows=5, cols=5)
        borders(t, "grid")
        set_cell(t.cell(0, 0), "区分", size=9, align="center", shade="EEEEEE")
        t.cell(0, 0).merge(t.cell(1, 0))
        a = t.cell(0, 1).merge(t.cell(0, 3))
        set_cell(a, "決算", size=9, align="center", shade="EEEEEE")
        set_cell(t.cell(0, 4), "目標", size=9, align="center", shade="EEEEEE")
        for c, (_, yr) in enumerate(YEARS, 1):
            set_cell(t.cell(1, c), yr, size=9, align="center", shade="EEEEEE")
        set_cell(t.cell(1, 4), "令和7年度", size=9, align="center", shade="EEEEEE")
        for r, seg in enumerate(("current", "arrears", "total"), 2):
            set_cell(t.cell(r, 0), SEGJ[seg], size=9)
            for c, (fy, yr) in enumerate(YEARS, 1):
                v = db["rates"][seg][c - 1]
                set_cell(t.cell(r, c), f"{v:.2f}", size=9, align="right")
                facts.append(fact(name, fy, yr, seg, "collection_rate", "actual", v, "percent", f"{v:.2f}", page))
            v = db["target"][seg]
            set_cell(t.cell(r, 4), f"{v:.2f}", size=9, align="right")
            facts.append(fact(name, 2025, "令和7年度", seg, "collection_rate", "target", v, "percent", f"{v:.2f}", page))
        widths(t, [34, 34, 34, 34, 34])

        para(d, "2　収入未済額の推移", bold=True, space_before=6)
        para(d, "（単位：千円）", size=8.5, align="right")
        t2 = d.add_table(rows=2, cols=4)
        borders(t2, "grid")
        for c, (_, yr) in enumerate(YEARS):
            set_cell(t2.cell(0, c), yr, size=9, align="center", shade="EEEEEE")
        set_cell(t2.cell(0, 3), "増減（R6－R5）", size=9, align="center", shade="EEEEEE")
        for c, (fy, yr) in enumerate(YEARS):
            v = db["mis"][c]
            set_cell(t2.cell(1, c), comma(v), size=9, align="right")
            facts.append(fact(name, fy, yr, "total", "outstanding", "actual", v * 1000, "yen", comma(v), page))
        set_cell(t2.cell(1, 3), comma(db["mis"][2] - db["mis"][1]), size=9, align="right")

        para(d, "3　令和7年度上半期の取組状況", bold=True, space_before=6)
        t3 = d.add_table(rows=2, cols=2)
        borders(t3, "grid")
        set_cell(t3.cell(0, 0), "取組内容", size=9, align="center", shade="EEEEEE")
        set_cell(t3.cell(0, 1), "実績又は効果（9月末）\n（　）内は前年同期", size=9, align="center", shade="EEEEEE")
        item_lines = []
        for lab, txt, st in db["items"]:
            item_lines.append(f"{lab}{txt}" + (f"【{st}】" if st else ""))
            inits.append(init(name, 2025, "令和7年度上半期の取組状況", lab, txt, st, page))
        set_cell(t3.cell(1, 0), "\n".join(item_lines), size=9)
        res = []
        for lab, seg, v, pv in db["jisseki"]:
            res.append(f"・{lab}　{v:.2f}％（{pv:.2f}％）")
            facts.append(fact(name, 2025, "9月末", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％", page,
                              as_of="2025-09-30"))
            facts.append(fact(name, 2024, "前年同期", seg, "collection_rate", "interim", pv, "percent", f"{pv:.2f}％",
                              page, as_of="2024-09-30"))
        if db.get("deleg"):
            v, pv = db["deleg"]
            res.append(f"・滞納世帯数　{v:,}世帯（{pv:,}世帯）")
            facts.append(fact(name, 2025, "9月末", "total", "delinquents", "interim", v, "households", f"{v:,}世帯",
                              page, as_of="2025-09-30"))
            facts.append(fact(name, 2024, "前年同期", "total", "delinquents", "interim", pv, "households",
                              f"{pv:,}世帯", page, as_of="2024-09-30"))
        if db.get("seq"):
            a5, a6 = db["rates"]["current"][1], db["rates"]["current"][2]
            res.append(f"・現年分収納率　R5 {a5:.2f}％ → R6 {a6:.2f}％")
            facts.append(fact(name, 2023, "R5", "current", "collection_rate", "actual", a5, "percent", f"R5 {a5:.2f}％",
                              page))
            facts.append(fact(name, 2024, "R6", "current", "collection_rate", "actual", a6, "percent", f"R6 {a6:.2f}％",
                              page))
            res.append("・上半期は退去者2名と分納誓約を締結")
        for e in db["extra"]:
            res.append("・" + e)
        set_cell(t3.cell(1, 1), "\n".join(res), size=9)
        widths(t3, [100, 70])

        para(d, "4　課題と改善策", bold=True, space_before=6)
        t4 = d.add_table(rows=2, cols=2)
        borders(t4, "grid")
        set_cell(t4.cell(0, 0), "課題", size=9, align="center", shade="EEEEEE")
        set_cell(t4.cell(0, 1), "改善策", size=9, align="center", shade="EEEEEE")
        set_cell(t4.cell(1, 0), db["kadai"], size=9)
        set_cell(t4.cell(1, 1), db["kaizen"], size=9)
        widths(t4, [85, 85])

        para(d, "5　令和8年度の数値目標及び取組方針（案）", bold=True, space_before=6)
        t5 = d.add_table(rows=1, cols=1)
        borders(t5, "box", sz=8)
        tg = db["target8"]
        lines = [f"数値目標　　現年分　{tg['current']:.2f}％　　滞納繰越分　{tg['arrears']:.2f}％", "取組方針"]
        facts.append(fact(name, 2026, "令和8年度", "current", "collection_rate", "target", tg["current"], "percent",
                          f"{tg['current']:.2f}％", page))
        facts.append(fact(name, 2026, "令和8年度", "arrears", "collection_rate", "target", tg["arrears"], "percent",
                          f"{tg['arrears']:.2f}％", page))
        for lab, txt, st in db["policy"]:
            lines.append(f"{lab}{txt}【{st}】")
            inits.append(init(name, 2026, "令和8年度の数値目標及び取組方針（案）", lab, txt, st, page))
        set_cell(t5.cell(0, 0), "\n".join(lines), size=9.5)

    docx = OUT / f"{STEM}.docx"
    d.save(docx)
    to_pdf(docx, PDF / f"{STEM}.pdf", STEM)
    return write_gold(STEM, "committee_material", CITY, "令和7年度 第2回所沢市債権管理推進会議 資料", "2025-11-12",
                      "令和7年11月12日", facts, inits)


if __name__ == "__main__":
    print(build())
