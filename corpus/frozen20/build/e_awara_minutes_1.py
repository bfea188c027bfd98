"""あわら市 債権管理・徴収対策会議 会議録（書面開催） — python-docx → LibreOffice."""
from e_common import Gold, OUT, PDF, zen, c, rate, to_pdf, report
from e_docxutil import new_doc, para, table, merge_text, footer_page_number, header_text, page_break, box

STEM = "e_awara_minutes_1"
g = Gold(STEM, "minutes", "あわら市", "令和７年度第３回あわら市債権管理・徴収対策会議 会議録", "2026-02-13",
         "令和８年２月１３日")
AS, AS0 = "2025-12-31", "2024-12-31"
BT = "@別表　主要債権の収納状況"

d = new_doc(font="IPAex明朝", size=10.5)
footer_page_number(d, "－{}－")
header_text(d, "債権管理・徴収対策会議（書面）", size=8)

para(d, "令和７年度第３回あわら市債権管理・徴収対策会議　会議録", align="c", size=13, bold=True, after=6)
para(d, "（本会議は、令和７年度第２回会議（令和７年１１月１８日開催）において報告した上半期の状況を受け、"
        "年度末に向けた取組の確認を目的として開催したものである。）", size=9.5, after=6)

para(d, "１　開催日時及び開催方法", bold=True, before=4)
para(d, "書面開催とし、令和８年２月１３日（金）付けで各委員に会議資料を送付し、令和８年２月２０日（金）"
        "までに意見書の提出を求めた。", indent=5)

para(d, "２　出席者（意見書提出者）", bold=True, before=6)
para(d, "議　長：副市長", indent=5)
para(d, "委　員：総務部長・市民生活部長・健康福祉部長・子ども・若者部長・産業建設部長・", indent=5)
para(d, "上下水道部長・教育部長", indent=21)
para(d, "事務局：税務課長・収納対策室長", indent=5)
g.minutes = {
    "title": g.doc["title"], "meeting_number": 3, "date": "2026-02-13", "method": "書面開催",
    "attendees": [{"role": "議長", "title": "副市長"}] +
                 [{"role": "委員", "title": t} for t in
                  ["総務部長", "市民生活部長", "健康福祉部長", "子ども・若者部長", "産業建設部長", "上下水道部長", "教育部長"]] +
                 [{"role": "事務局", "title": t} for t in ["税務課長", "収納対策室長"]],
    "agenda": ["主要債権の収納状況（令和７年１２月末現在）について", "令和８年度あわら市債権管理方針（案）について",
               "私債権の放棄について（報告）"],
    "materials": ["資料１　主要債権の収納状況一覧（令和７年１２月末現在）", "資料２　令和８年度あわら市債権管理方針（案）",
                  "資料３　私債権の放棄一覧"],
    "statements": [],
}
para(d, "３　議　題", bold=True, before=6)
for i, a in enumerate(g.minutes["agenda"], 1):
    para(d, f"（{zen(i)}）{a}", indent=5)
para(d, "４　資　料", bold=True, before=6)
for m in g.minutes["materials"]:
    para(d, m, indent=5)

para(d, "５　意見及び回答の概要", bold=True, before=6)

SEC1, SEC2, SEC3 = "主要債権の収納状況について", "令和８年度債権管理方針（案）について", "私債権の放棄について"


def stmt(section, speaker, text):
    para(d, f"○{speaker}", indent=3, before=3)
    para(d, text, indent=6, first=3)
    g.minutes["statements"].append({"speaker": speaker, "section": section, "text": text})


para(d, f"（１）{SEC1}", indent=2, before=3)
t1 = ("「市税」の現年課税分の収納率は、１２月末現在で７６．８４％となり、前年同月の７６．２１％を"
      "０．６３ポイント上回った。滞納繰越分は２１．０５％で、前年同月と比べ１．１２ポイント上昇している。"
      "収入未済額は約１０億５，６００万円であり、引き続き年度末に向けて差押え等の滞納処分を進める。")
stmt(SEC1, "市民生活部長", t1)
g.fact(None, "市税", 2025, "１２月末現在", "current", "collection_rate", "interim", 76.84, "percent", "７６．８４％", as_of=AS)
g.fact(None, "市税", 2024, "前年同月", "current", "collection_rate", "interim", 76.21, "percent", "７６．２１％", as_of=AS0)
g.fact(None, "市税", 2025, "１２月末現在", "arrears", "collection_rate", "interim", 21.05, "percent", "２１．０５％", as_of=AS)
g.fact(None, "市税", 2025, "１２月末現在", "total", "outstanding", "interim", 1056000000, "yen", "約１０億５，６００万円",
       as_of=AS, approx=True)

t2 = ("「国民健康保険税」の現年度分の収納率は６５．１２％で、前年同月（６４．８０％）をやや上回った。"
      "過年度分は１８．４７％にとどまっており、短期証の更新時における納付相談の機会を活用して分納誓約を進める。"
      "「介護保険料」は普通徴収の現年度分が８８．０２％となった。")
stmt(SEC1, "健康福祉部長", t2)
g.fact(None, "国民健康保険税", 2025, "１２月末現在", "current", "collection_rate", "interim", 65.12, "percent", "６５．１２％", as_of=AS)
g.fact(None, "国民健康保険税", 2024, "前年同月", "current", "collection_rate", "interim", 64.80, "percent", "６４．８０％", as_of=AS0)
g.fact(None, "国民健康保険税", 2025, "１２月末現在", "arrears", "collection_rate", "interim", 18.47, "percent", "１８．４７％", as_of=AS)
g.fact(None, "介護保険料", 2025, "１２月末現在", "current", "collection_rate", "interim", 88.02, "percent", "８８．０２％", as_of=AS)

t3 = ("「保育所保育料」は、児童手当からの特別徴収の申出を勧奨しており、現年度分はおおむね前年並みで推移している。"
      "一方、過年度分の滞納額は約６２０万円残っており、卒園した世帯への催告を重点的に行う。")
stmt(SEC1, "子ども・若者部長", t3)
g.fact(None, "保育所保育料", 2025, "１２月末現在", "arrears", "outstanding", "interim", 6200000, "yen", "約６２０万円",
       as_of=AS, approx=True)

t4 = ("口座振替の利用率が伸び悩んでいる債権があるが、Web口座振替受付サービスの導入予定はどうなっているか。")
stmt(SEC1, "副市長", t4)
t5 = ("市税及び国民健康保険税は令和８年度当初から受付を開始する予定である。他の債権についても、"
      "システム改修の時期に合わせて順次拡大できるよう所管課と調整している。")
stmt(SEC1, "税務課長", t5)

para(d, f"（２）{SEC2}", indent=2, before=3)
t6 = ("方針案にある「高額滞納案件の収納対策室への移管」について、移管の基準額を明確にしてほしい。"
      "所管課の事務負担も考慮した運用としていただきたい。")
stmt(SEC2, "総務部長", t6)
t7 = ("移管基準は、強制徴収公債権で滞納額５０万円以上又は滞納期間２年以上の案件とする方向で調整している。"
      "移管後も所管課と情報を共有し、分納管理は所管課で継続していただく。")
stmt(SEC2, "収納対策室長", t7)
t8 = ("水道料金は給水停止を前提とした催告を継続しているが、下水道使用料と合わせて一体的に徴収できるよう、"
      "方針に明記してほしい。")
stmt(SEC2, "上下水道部長", t8)

para(d, f"（３）{SEC3}", indent=2, before=3)
t9 = ("学校給食費の私債権のうち、債務者の所在不明等により回収の見込みがないものについて、"
      "債権管理条例に基づき放棄を行った。件数及び金額は資料３のとおりである。")
stmt(SEC3, "教育部長", t9)
t10 = ("放棄に至るまでの調査の記録を確実に残し、今後の監査に対応できるようにしていただきたい。"
       "各部においても、次回（令和８年度第１回）会議までに債権台帳の点検を終えること。")
stmt(SEC3, "副市長", t10)
para(d, "以上", align="r", before=6)

# ---- 別表 (its own page)
page_break(d)
para(d, "別表　主要債権の収納状況（令和７年１２月末現在）", bold=True, size=11)
para(d, "（単位：千円、％）", align="r", size=9)
DEBTS = [  # name, (assessed, collected, prev rate) current, arrears
    ("市税", (3_154_208, 2_423_694, 76.21), (412_506, 86_833, 19.93)),
    ("国民健康保険税", (862_417, 561_605, 64.80), (301_882, 55_758, 17.90)),
    ("介護保険料", (118_304, 104_131, 87.65), (21_540, 3_212, 14.21)),
    ("後期高齢者医療保険料", (96_771, 83_562, 86.10), (3_105, 1_027, 30.44)),
    ("保育所保育料", (142_890, 131_958, 92.37), (7_412, 1_206, 15.08)),
    ("水道料金", (688_215, 596_311, 86.72), (22_903, 9_871, 41.36)),
]
# keep statement figures consistent with the table
rows = [["債権名", "区分", "調定額", "収入額", "収納率", "前年同月"]]
SEGN = {"current": "現年", "arrears": "滞繰"}
tot = {}
for name, cur, arr in DEBTS:
    for seg, (a, col, prev) in (("current", cur), ("arrears", arr)):
        r = rate(col, a)
        rows.append(["", SEGN[seg], c(a), c(col), f"{r:.2f}", f"{prev:.2f}"])
        for m, v, raw in (("assessed", a * 1000, c(a)), ("collected", col * 1000, c(col))):
            g.fact(BT, name, 2025, "令和７年１２月末現在", seg, m, "interim", v, "yen", raw, as_of=AS)
        g.fact(BT, name, 2025, "令和７年１２月末現在", seg, "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=AS)
        g.fact(BT, name, 2024, "前年同月", seg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}", as_of=AS0)
        ta = tot.setdefault(seg, [0, 0])
        ta[0] += a
        ta[1] += col
# statement consistency asserts
assert rate(2_423_694, 3_154_208) == 76.84 and rate(86_833, 412_506) == 21.05
assert rate(561_605, 862_417) == 65.12 and rate(55_758, 301_882) == 18.47 and rate(104_131, 118_304) == 88.02
for seg in ("current", "arrears"):
    a, col = tot[seg]
    r = rate(col, a)
    rows.append(["", SEGN[seg], c(a), c(col), f"{r:.2f}", "－"])
    g.fact(BT, None, 2025, "令和７年１２月末現在", seg, "assessed", "interim", a * 1000, "yen", c(a), as_of=AS, debt_raw="合計")
    g.fact(BT, None, 2025, "令和７年１２月末現在", seg, "collected", "interim", col * 1000, "yen", c(col), as_of=AS, debt_raw="合計")
    g.fact(BT, None, 2025, "令和７年１２月末現在", seg, "collection_rate", "interim", r, "percent", f"{r:.2f}", as_of=AS, debt_raw="合計")
t = table(d, rows, widths=[42, 16, 30, 30, 20, 20], size=9, align=["l", "c", "r", "r", "r", "r"], header_rows=1,
          shade_header=True)
for i, (name, _, _) in enumerate(DEBTS):
    merge_text(t, 1 + 2 * i, 0, 2 + 2 * i, 0, name, size=9, align="l")
merge_text(t, 1 + 2 * len(DEBTS), 0, 2 + 2 * len(DEBTS), 0, "合計", size=9, align="c")
para(d, "※収納率＝収入額÷調定額。前年同月欄は令和６年１２月末現在の収納率。", size=8.5, before=3)
para(d, "※調定額は１２月末時点の額であり、決算額とは一致しない。", size=8.5)

src = OUT / f"{STEM}.docx"
d.save(src)
pdf = to_pdf(src, PDF / f"{STEM}.pdf", "aw")
ok = report(STEM, g.write(pdf))
