"""呉市議会 総務委員会会議録 (council committee record on 債権管理) -> python-docx -> LibreOffice.
Modelled on the 呉市議会 総務委員会会議録 layout (boxed title, 出席委員 / 説明員 / 議会事務局職員 lists,
付議事件, ○-speaker record) seen at https://chiholog.net/hiroshimalog/gijilog/34202-20190523-40422b1/ja ;
figures and persons are invented."""
from w_common import Gold, OUT, c, rate, soffice, zen
from w_docx import (borders, cell_text, col_widths, footer_page, header_text, new_doc, no_split_rows, para,
                    page_break, shade)

STEM = "w_kure_iinkai_1"
CITY = "呉市"
FY = 2023

g = Gold()
d = new_doc(font="Noto Serif CJK JP", size=10.5, margins=(22, 20, 22, 22))
sec = d.sections[0]
header_text(sec, "令和６年１１月１９日　総務委員会")
footer_page(sec)

# boxed title
t = d.add_table(rows=1, cols=1)
borders(t, sz=12)
cell_text(t.cell(0, 0), "令和６年\n　　　　　　総務委員会会議録\n　　　　　　　　　　　　　　　第５回", size=14, bold=True)
para(d)
para(d, "令和６年１１月１９日（火）委員会室において開会")
para(d)

members = [("委員長", "中川 浩二"), ("副委員長", "岡田 真理"), ("委員", "石井 孝明"), ("〃", "村上 恵子"),
           ("〃", "平山 健太"), ("〃", "竹下 修"), ("〃", "木原 和也")]
explain = [("財務部長", "山根 隆之"), ("財務部副部長", "井上 祐介"), ("収納課長", "森下 博之"),
           ("収納課主幹", "田村 幸恵"), ("保険年金課長", "川口 誠"), ("住宅政策課長", "福本 敦")]
staff = [("議事課長", "小西 正人"), ("議事課主事", "宮本 彩")]

para(d, "出席委員", bold=True)
for r, n in members:
    para(d, f"{r}\u3000\u3000{n}", indent_mm=12)
para(d, "欠席委員\u3000\u3000な\u3000し", bold=True)
para(d, "説明員", bold=True)
for r, n in explain:
    para(d, f"{r}\u3000\u3000{n}", indent_mm=12)
para(d, "議会事務局職員", bold=True)
for r, n in staff:
    para(d, f"{r}\u3000\u3000{n}", indent_mm=12)
para(d, "―" * 30)
agenda = ["債権管理の取組状況について", "呉市債権管理計画の中間見直しについて", "閉会中の継続調査について"]
para(d, "付議事件", bold=True)
para(d, "（所管事務調査）", indent_mm=6)
para(d, f"１\u3000{agenda[0]}", indent_mm=10)
para(d, f"２\u3000{agenda[1]}", indent_mm=10)
para(d, "（その他）", indent_mm=6)
para(d, f"１\u3000{agenda[2]}", indent_mm=10)
materials = ["資料１\u3000債権管理の取組状況について", "資料２\u3000呉市債権管理計画の中間見直し（案）"]
para(d, "配付資料", bold=True)
for m in materials:
    para(d, m, indent_mm=10)
para(d, "―" * 30)
para(d, "午前１０時００分\u3000開会", align="right")

# ---------------------------------------------------------------- figures (別表) ----
# name: (調定額, 不納欠損額, 収入未済額)  in 千円
rows = {
    "市税": (30512344, 4841, 648123),
    "国民健康保険料": (6284510, 61204, 389774),
    "介護保険料": (4873206, 9871, 52417),
    "後期高齢者医療保険料": (2291047, 1302, 11488),
    "市営住宅使用料": (1538220, 3415, 98711),
}
tab = {}
for k, (a, w, o) in rows.items():
    col = a - w - o
    tab[k] = (a, col, w, o, rate(col, a))
tot = tuple(sum(v[i] for v in tab.values()) for i in range(4))
tab_total = (*tot, rate(tot[1], tot[0]))

st = []  # statements


def say(speaker, section, *paras):
    st.append({"speaker": speaker, "section": section, "text": "\n".join(paras)})
    p = para(d, "", first_mm=0, space_before=4)
    from w_docx import run_font
    run_font(p.add_run("○" + speaker), bold=True)
    p.add_run("\u3000" + paras[0])
    for x in paras[1:]:
        para(d, "\u3000" + x)


S1, S2, S3 = agenda
zz = lambda v: zen(f"{v:.2f}") + "％"
say("中川委員長", S1,
    "ただいまから総務委員会を開会いたします。",
    "本日は、所管事務調査として、債権管理の取組状況について理事者から説明を受けます。なお、１０月８日に開催された"
    "令和６年度第２回呉市債権管理推進会議の結果についても、あわせて報告を求めます。")
say("山根財務部長", S1,
    "本市の債権管理につきましては、令和４年度に策定した呉市債権管理計画に基づき、全庁を挙げて収納率の向上と収入未済額の"
    "縮減に取り組んでいるところでございます。詳細につきましては、収納課長から説明いたします。")
r_cur, r_arr = 99.21, 31.40
tax_out = tab["市税"][3]
out_oku = "約６億４，８００万円"
say("森下収納課長", S1,
    f"資料１を御覧ください。令和５年度決算における市税の収納率は、現年課税分が{zz(r_cur)}、滞納繰越分が{zz(r_arr)}、"
    f"合計で{zz(tab['市税'][4])}となり、前年度を０．１２ポイント上回りました。",
    f"市税の収入未済額は{out_oku}で、前年度から約５，２００万円減少しております。また、全会計を合わせた収入未済額は"
    "約２１億３，０００万円（令和５年度末）となっております。",
    "令和６年度の状況につきましては、１０月末現在の市税現年課税分の収納率が６５．３２％で、前年同期の６４．９１％を"
    "０．４１ポイント上回っております。引き続き、早期の財産調査と滞納処分の徹底に努めてまいります。")
S = "森下収納課長"
g.fact("市税", FY, "令和５年度", "current", "collection_rate", "actual", r_cur, "percent", zz(r_cur), sec=S)
g.fact("市税", FY, "令和５年度", "arrears", "collection_rate", "actual", r_arr, "percent", zz(r_arr), sec=S)
g.fact("市税", FY, "令和５年度", "total", "collection_rate", "actual", tab["市税"][4], "percent", zz(tab["市税"][4]), sec=S)
g.fact("市税", FY, "令和５年度", "total", "outstanding", "actual", 648000000, "yen", out_oku, sec=S, approx=True)
g.fact(None, FY, "令和５年度末", "total", "outstanding", "actual", 2130000000, "yen", "約２１億３，０００万円", sec=S,
       approx=True, debt_raw="全会計")
g.fact("市税", 2024, "令和６年度", "current", "collection_rate", "interim", 65.32, "percent", "６５．３２％", sec=S,
       as_of="2024-10-31")
g.fact("市税", 2023, "前年同期", "current", "collection_rate", "interim", 64.91, "percent", "６４．９１％", sec=S,
       as_of="2023-10-31")

say("石井委員", S1, "国民健康保険料の収納率が他の債権と比べて低い状況にあるが、滞納繰越分の状況と今後の対策を伺う。")
k_cur, k_arr = 94.12, 22.75
say("川口保険年金課長", S1,
    f"国民健康保険料の令和５年度の収納率は、現年度分が{zz(k_cur)}、滞納繰越分が{zz(k_arr)}でございます。"
    "滞納繰越分の収入未済額は約３億１，２００万円となっており、滞納世帯数は令和６年３月末で２，８４６世帯でございます。",
    "今後は、納期限後の早期催告に加え、滞納繰越分については財産調査の早期着手と、分納誓約の不履行者への差押えを"
    "徹底してまいります。")
S = "川口保険年金課長"
g.fact("国民健康保険料", FY, "令和５年度", "current", "collection_rate", "actual", k_cur, "percent", zz(k_cur), sec=S)
g.fact("国民健康保険料", FY, "令和５年度", "arrears", "collection_rate", "actual", k_arr, "percent", zz(k_arr), sec=S)
g.fact("国民健康保険料", FY, "令和５年度", "arrears", "outstanding", "actual", 312000000, "yen", "約３億１，２００万円",
       sec=S, approx=True)
g.fact("国民健康保険料", FY, "令和６年３月末", "total", "delinquents", "actual", 2846, "households", "２，８４６世帯", sec=S)

say("村上委員", S1, "市営住宅使用料について、退去者の滞納分の回収はどうなっているのか。")
j_cur, j_arr = 98.40, 18.62
say("福本住宅政策課長", S1,
    f"市営住宅使用料の令和５年度の収納率は、現年分が{zz(j_cur)}、過年分が{zz(j_arr)}で、収入未済額は約９，８７０万円で"
    "ございます。",
    "退去滞納者分につきましては、令和５年度から弁護士法人への回収委託を開始しており、委託後の回収額は着実に増加して"
    "おります。引き続き連帯保証人への請求も含め、回収に努めてまいります。")
S = "福本住宅政策課長"
g.fact("市営住宅使用料", FY, "令和５年度", "current", "collection_rate", "actual", j_cur, "percent", zz(j_cur), sec=S)
g.fact("市営住宅使用料", FY, "令和５年度", "arrears", "collection_rate", "actual", j_arr, "percent", zz(j_arr), sec=S)
g.fact("市営住宅使用料", FY, "令和５年度", "total", "outstanding", "actual", 98700000, "yen", "約９，８７０万円", sec=S,
       approx=True)
say("中川委員長", S1, "ほかにございませんか。〔「なし」と呼ぶ者あり〕以上で債権管理の取組状況についてを終わります。"
    "次に、呉市債権管理計画の中間見直しについて説明を求めます。")

say("田村収納課主幹", S2,
    "資料２を御覧ください。現行計画では、令和７年度の市税の目標収納率を９８．００％と定めておりましたが、実績が目標に"
    "近づいていることから、９８．２０％に引き上げる案としております。",
    "また、全会計の収入未済額の目標を令和７年度末で２０億円以下とするものでございます。")
S = "田村収納課主幹"
g.fact("市税", 2025, "令和７年度", "total", "collection_rate", "target", 98.00, "percent", "９８．００％", sec=S)
g.fact("市税", 2025, "令和７年度", "total", "collection_rate", "target", 98.20, "percent", "９８．２０％", sec=S)
g.fact(None, 2025, "令和７年度末", "total", "outstanding", "target", 2000000000, "yen", "２０億円", sec=S,
       debt_raw="全会計")
say("平山委員", S2, "目標を引き上げることは評価するが、現場の人員体制は十分なのか。")
say("山根財務部長", S2,
    "収納課では、令和６年度から会計年度任用職員を２名増員しており、滞納整理の経験を有する職員を各債権所管課へ派遣する"
    "取組とあわせて、体制の強化に努めてまいります。")
say("中川委員長", S2, "以上で所管事務調査を終わります。")
say("中川委員長", S3,
    "閉会中の継続調査については、お手元に配付の申出書のとおり議長に申し出ることに御異議ありませんか。"
    "〔「異議なし」と呼ぶ者あり〕御異議なしと認め、そのように決定いたします。以上で本日の委員会を閉会いたします。")
para(d, "午前１１時２２分\u3000閉会", align="right", space_before=6)

# ---------------------------------------------------------------- 別表 -------------------
page_break(d)
para(d, "別表\u3000主な債権の収納状況（令和５年度決算）", bold=True, size=11)
para(d, "（単位：千円、％）", align="right", size=9)
hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
t = d.add_table(rows=1 + len(tab) + 1, cols=6)
borders(t)
for i, h in enumerate(hdr):
    cell_text(t.cell(0, i), h, size=9, align="center", bold=True)
    shade(t.cell(0, i))
items = list(tab.items()) + [("計", tab_total)]
metrics = ["assessed", "collected", "written_off", "outstanding"]
for r, (name, vals) in enumerate(items, start=1):
    cell_text(t.cell(r, 0), name, size=9)
    for j in range(4):
        cell_text(t.cell(r, 1 + j), c(vals[j]), size=9, align="right")
        debt = None if name == "計" else name
        g.fact(debt, FY, "令和５年度", "total", metrics[j], "actual", vals[j] * 1000, "yen", c(vals[j]),
               sec="別表", row=name, debt_raw=name)
    cell_text(t.cell(r, 5), f"{vals[4]:.2f}", size=9, align="right")
    g.fact(None if name == "計" else name, FY, "令和５年度", "total", "collection_rate", "actual", vals[4], "percent",
           f"{vals[4]:.2f}", sec="別表", row=name, debt_raw=name)
col_widths(t, [46, 28, 28, 24, 26, 18])
no_split_rows(t)
para(d, "※\u3000収納率は、収入済額を調定額で除したものである（小数点以下第３位を四捨五入）。", size=8.5, space_before=3)

src = OUT / f"{STEM}.docx"
d.save(src)
soffice(src, STEM)

att = [{"role": r if r != "〃" else "委員", "title": None, "name": n} for r, n in members]
att += [{"role": "説明員", "title": r, "name": n} for r, n in explain]
att += [{"role": "議会事務局職員", "title": r, "name": n} for r, n in staff]
minutes = {"title": "令和６年 総務委員会会議録 第５回", "meeting_number": 5, "date": "2024-11-19", "method": None,
           "attendees": att, "agenda": agenda, "materials": [m.replace("\u3000", " ") for m in materials],
           "statements": st}
for s in minutes["statements"]:
    s["page"] = None
g.write(STEM, {"kind": "minutes", "municipality": CITY, "title": minutes["title"], "date": "2024-11-19",
               "date_raw": "令和６年１１月１９日（火）"}, minutes=minutes)
