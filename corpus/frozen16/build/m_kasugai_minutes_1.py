"""m_kasugai_minutes_1: council committee record (総務委員会会議録, 所管事務調査 債権管理) with a 別表.
python-docx -> LibreOffice."""
import sys
from m_common import F, write_gold, docx_to_pdf, rate, zen, ROOT, OUT
from m_docx_util import *

STEM = "m_kasugai_minutes_1"
CITY = "春日井市"
FY, FYR = 2023, "令和5年度"
SEC = "債権管理の取組について"

# 別表 data (千円): assessed, collected, written_off
TAB = [("市税", 52814336, 51822540, 98214),
       ("国民健康保険税", 6102455, 5041238, 98343),
       ("介護保険料", 4233910, 4172655, 12004),
       ("後期高齢者医療保険料", 2120480, 2108311, 1102),
       ("保育料", 812306, 801455, 2011),
       ("市営住宅使用料", 402118, 371006, 3950)]
rows = []
for n, a, c, w in TAB:
    rows.append((n, a, c, w, a - c - w, rate(c, a)))
ta, tc, tw = (sum(r[i] for r in rows) for i in (1, 2, 3))
rows.append(("主な債権計", ta, tc, tw, ta - tc - tw, rate(tc, ta)))
tax = rows[0]
kokuho = rows[1]
# interim table (％): name, cur R6.9, cur R5.9, arr R6.9, arr R5.9
INT = [("市税", "55.82", "55.10", "18.47", "19.03"),
       ("国民健康保険税", "48.36", "47.91", "14.22", "13.58"),
       ("介護保険料", "61.05", "60.87", "9.41", "10.12")]

facts, inits = [], []
stmts = []


def st(speaker, text):
    stmts.append({"speaker": speaker, "section": SEC, "text": text, "page": None})


d = new_doc(size=11)
from docx.shared import Pt as _Pt
d.styles["Normal"].paragraph_format.line_spacing = 1.6
header_footer(d, "総務委員会会議録（令和６年11月19日）")
para(d, "総 務 委 員 会 会 議 録", bold=True, size=15, align="center")
para(d, "")
para(d, "１　日　　時　　令和６年11月19日（火）　午前10時00分開会　午前11時32分閉会")
para(d, "２　場　　所　　第２委員会室")
para(d, "３　出席委員（８名）")
members = [("委員長", "山田　浩一"), ("副委員長", "加藤　美智子"), ("委員", "林　正樹"), ("委員", "小川　恵"),
           ("委員", "水野　隆"), ("委員", "長谷川　聡"), ("委員", "渡辺　由紀"), ("委員", "丹羽　誠")]
t = d.add_table(rows=4, cols=4); table_borders(t, "none")
for i, (r, n) in enumerate(members):
    cell_text(t.cell(i // 2, (i % 2) * 2), r); cell_text(t.cell(i // 2, (i % 2) * 2 + 1), n)
col_widths(t, [25, 45, 25, 45])
para(d, "４　説明のため出席した者")
expl = [("財政部長", "伊藤　健司"), ("財政部次長兼債権管理課長", "佐々木　亮"), ("収納課長", "森　和也"),
        ("保険医療年金課長", "竹内　直美"), ("子ども・若者政策課長", "鈴木　崇"), ("住宅政策課長", "野口　匠")]
t = d.add_table(rows=6, cols=2); table_borders(t, "none")
for i, (r, n) in enumerate(expl):
    cell_text(t.cell(i, 0), r); cell_text(t.cell(i, 1), n)
col_widths(t, [60, 50])
others = ["健康福祉部次長", "青少年子ども部次長", "子ども・若者政策課主幹"]
para(d, "　　その他出席者　" + "・".join(others))
para(d, "５　議会事務局職員　議事課長・議事課主査")
para(d, "６　付議事件")
para(d, "　（所管事務調査）")
para(d, "　１　" + SEC)
para(d, "７　配付資料")
mats = ["資料１　令和５年度決算　主な債権の収納状況", "資料２　主な債権の収納状況（令和６年９月末現在）"]
for m in mats:
    para(d, "　" + m)
para(d, "―――――――――――――――――――――――――――――――――――", align="center")
para(d, "８　会議の経過", bold=True)


def speak(marker, text):
    p = para(d, "", first_mm=0)
    r = p.add_run("○" + marker + "　"); r.bold = True
    p.add_run(text)


t1 = "ただいまから総務委員会を開会いたします。本日は、閉会中の所管事務調査として「債権管理の取組について」を議題といたします。理事者から説明をお願いします。"
speak("山田委員長", t1); st("山田委員長", t1)

t2 = ("本市では、令和３年４月に債権管理条例を施行し、全庁的に収入未済額の縮減に取り組んでまいりました。"
      "令和５年度決算における全会計の収入未済額は約38億2,400万円となり、前年度と比べて約２億1,000万円の減少となりました。"
      "なお、去る10月に開催いたしました令和６年度第２回債権管理推進本部会議において、上半期の状況を各部と共有しております。"
      "詳細は債権管理課長から説明いたします。")
speak("伊藤財政部長", t2); st("伊藤財政部長", t2)
facts.append(F(None, FY, FYR, "total", "outstanding", "actual", 3824000000, "yen", "約38億2,400万円", approx=True))

trate = f"{tax[5]:.2f}"
wo_man = round(tax[3] / 10)  # 万円
wo_txt = f"約{wo_man:,}万円"
t3 = ("資料１を御覧ください。市税の令和５年度決算の収納率は、現年課税分が" + zen("99.31%") + "、滞納繰越分が"
      + zen("32.06%") + "、合計で" + zen(trate + "%") + "となりました。合計の収納率は前年度から０．１８ポイント上昇しております。"
      f"また、市税の不納欠損額は{wo_txt}でございました。\n"
      "次に資料２、令和６年９月末時点の状況でございます。市税の現年課税分の収納率は55.82％で、前年同月の55.10％を0.72ポイント上回っております。"
      "一方、滞納繰越分は18.47％と、前年同月の19.03％を下回っております。")
speak("佐々木債権管理課長", t3.split("\n")[0]); para(d, t3.split("\n")[1], first_mm=3.7)
st("佐々木債権管理課長", t3)
facts += [F("市税", FY, FYR, "current", "collection_rate", "actual", 99.31, "percent", zen("99.31%")),
          F("市税", FY, FYR, "arrears", "collection_rate", "actual", 32.06, "percent", zen("32.06%")),
          F("市税", FY, FYR, "total", "collection_rate", "actual", tax[5], "percent", zen(trate + "%")),
          F("市税", FY, FYR, "total", "written_off", "actual", wo_man * 10000, "yen", wo_txt, approx=True),
          F("市税", 2024, "令和６年９月末", "current", "collection_rate", "interim", 55.82, "percent", "55.82％", as_of="2024-09-30"),
          F("市税", 2023, "前年同月", "current", "collection_rate", "interim", 55.10, "percent", "55.10％", as_of="2023-09-30"),
          F("市税", 2024, "令和６年９月末", "arrears", "collection_rate", "interim", 18.47, "percent", "18.47％", as_of="2024-09-30"),
          F("市税", 2023, "前年同月", "arrears", "collection_rate", "interim", 19.03, "percent", "19.03％", as_of="2023-09-30")]

t4 = "滞納繰越分の収納率が伸び悩んでいる理由と、今後の対策をお聞きしたい。また、国民健康保険税の状況もあわせて伺います。"
speak("林委員", t4); st("林委員", t4)
t5 = ("滞納繰越分には、高額で処分可能な財産のない事案が一定数含まれており、執行停止の判断を含めて整理を進めております。"
      "今年度は、預貯金調査の電子化を全件に広げ、差押えまでの期間を短縮する取組を進めております。")
speak("森収納課長", t5); st("森収納課長", t5)
ko_oku = round(kokuho[4] / 100)  # 10万円 units -> 約9億6,300万円
ko_txt = f"約{ko_oku // 10000}億{ko_oku % 10000:,}万円"
ko_txt = f"約{kokuho[4] // 100000}億{(round(kokuho[4] / 1000) * 1000 // 1000 - kokuho[4] // 100000 * 100) * 100:,}万円"
t6 = (f"国民健康保険税の令和５年度の収納率は、現年課税分が94.85％、滞納繰越分が25.40％でございました。"
      f"収入未済額は{ko_txt}で、前年度から約6,100万円減少しております。滞納世帯数は3,412世帯でございます。")
speak("竹内保険医療年金課長", t6); st("竹内保険医療年金課長", t6)
ko_val = int(ko_txt[1:].split("億")[0]) * 100000000 + int(ko_txt.split("億")[1].replace("万円", "").replace(",", "")) * 10000
facts += [F("国民健康保険税", FY, FYR, "current", "collection_rate", "actual", 94.85, "percent", "94.85％"),
          F("国民健康保険税", FY, FYR, "arrears", "collection_rate", "actual", 25.40, "percent", "25.40％"),
          F("国民健康保険税", FY, FYR, "total", "outstanding", "actual", ko_val, "yen", ko_txt, approx=True),
          F("国民健康保険税", FY, FYR, "total", "delinquents", "actual", 3412, "households", "3,412世帯")]
t7 = "保育料や市営住宅使用料など、税以外の債権について、所管課ごとに取組に差があるのではないか。"
speak("小川委員", t7); st("小川委員", t7)
t8 = ("税外債権につきましては、債権管理課が各所管課へのヒアリングを年２回実施しております。"
      "市営住宅使用料は、令和５年度の収納率が過年度分で12.6％と低い水準にあるため、令和６年度から連帯保証人への通知を前倒しして実施しております。"
      "また、子ども・若者政策課所管の保育料については、現年度分の収納率が99.02％と高い水準を維持しております。")
speak("佐々木債権管理課長", t8); st("佐々木債権管理課長", t8)
facts += [F("市営住宅使用料", FY, FYR, "arrears", "collection_rate", "actual", 12.6, "percent", "12.6％"),
          F("保育料", FY, FYR, "current", "collection_rate", "actual", 99.02, "percent", "99.02％")]
t9 = "保育料は、児童手当からの特別徴収の同意を入所時に取得しており、現年度分の滞納の発生を抑えております。"
speak("鈴木子ども・若者政策課長", t9); st("鈴木子ども・若者政策課長", t9)
t9b = "市営住宅使用料の滞納について、退去者分の回収はどのように進めているのか伺います。"
speak("水野委員", t9b); st("水野委員", t9b)
hj = rows[5][4]
hj_txt = f"約{round(hj / 10):,}万円"
t9c = ("市営住宅使用料の令和５年度末の収入未済額は" + hj_txt + "で、そのうち約６割が退去者分でございます。"
       "退去者分については、令和５年度から弁護士法人への回収委託を開始しており、委託後の回収額は順調に伸びております。"
       "入居者分については、滞納３か月の時点で面談を行い、分納誓約につなげております。")
speak("野口住宅政策課長", t9c); st("野口住宅政策課長", t9c)
facts.append(F("市営住宅使用料", FY, FYR, "total", "outstanding", "actual", round(hj / 10) * 10000, "yen", hj_txt, approx=True))
t9d = "介護保険料と後期高齢者医療保険料の状況はいかがですか。"
speak("加藤副委員長", t9d); st("加藤副委員長", t9d)
t9e = ("介護保険料は特別徴収の割合が高く、令和５年度の現年度分の収納率は99.48％でございました。"
       "後期高齢者医療保険料も現年度分で99.71％と、おおむね前年度並みで推移しております。"
       "普通徴収の方には、口座振替の勧奨を引き続き行ってまいります。")
speak("竹内保険医療年金課長", t9e); st("竹内保険医療年金課長", t9e)
facts += [F("介護保険料", FY, FYR, "current", "collection_rate", "actual", 99.48, "percent", "99.48％"),
          F("後期高齢者医療保険料", FY, FYR, "current", "collection_rate", "actual", 99.71, "percent", "99.71％")]
t10 = "ほかに質疑はございませんか。（「なし」と呼ぶ者あり）以上で所管事務調査を終了いたします。本日の委員会を閉会いたします。"
speak("山田委員長", t10); st("山田委員長", t10)
para(d, "午前11時32分　閉会", align="right")
page_break(d)

# 別表 (horizontal rules only)
para(d, "別表　主な債権の収納状況（令和５年度決算）", bold=True)
para(d, "（単位：千円、％）", align="right", size=9)
hdr = ["債権名", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
t = d.add_table(rows=1 + len(rows), cols=6); table_borders(t, "hrules")
for j, h in enumerate(hdr):
    cell_text(t.cell(0, j), h, size=9.5, align="center")
METR = [(1, "assessed"), (2, "collected"), (3, "written_off"), (4, "outstanding")]
for i, r in enumerate(rows, start=1):
    cell_text(t.cell(i, 0), r[0], size=9.5)
    for j, m in METR:
        cell_text(t.cell(i, j), f"{r[j]:,}", size=9.5, align="right")
    cell_text(t.cell(i, 5), f"{r[5]:.2f}", size=9.5, align="right")
    debt = None if r[0] == "主な債権計" else r[0]
    for j, m in METR:
        facts.append(F(debt, FY, "令和５年度", "total", m, "actual", r[j] * 1000, "yen", f"{r[j]:,}", debt_raw=r[0],
                       anchor=f"{r[j]:,}"))
    facts.append(F(debt, FY, "令和５年度", "total", "collection_rate", "actual", r[5], "percent", f"{r[5]:.2f}", debt_raw=r[0],
                   anchor=f"{r[4]:,}{r[5]:.2f}"))
col_widths(t, [42, 28, 28, 24, 26, 18])
para(d, "※ 収納率は、収入済額を調定額で除したもの（小数点以下第３位を四捨五入）。", size=8.5)
para(d, "")
para(d, "参考　主な債権の収納率（９月末現在）", bold=True, space_before=6)
para(d, "（単位：％）", align="right", size=9)
t = d.add_table(rows=3 + len(INT), cols=5); table_borders(t, "hrules")
t.cell(0, 0).merge(t.cell(2, 0)); cell_text(t.cell(0, 0), "債権名", size=9.5, align="center")
t.cell(0, 1).merge(t.cell(0, 2)); cell_text(t.cell(0, 1), "現年分", size=9.5, align="center")
t.cell(0, 3).merge(t.cell(0, 4)); cell_text(t.cell(0, 3), "滞納繰越分", size=9.5, align="center")
for j, h in zip(range(1, 5), ["令和６年度", "令和５年度", "令和６年度", "令和５年度"]):
    cell_text(t.cell(1, j), h, size=9.5, align="center")
for j, h in zip(range(1, 5), ["R6.9末", "R5.9末", "R6.9末", "R5.9末"]):
    cell_text(t.cell(2, j), h, size=9, align="center")
for i, r in enumerate(INT, start=3):
    cell_text(t.cell(i, 0), r[0], size=9.5)
    for j in range(1, 5):
        cell_text(t.cell(i, j), r[j], size=9.5, align="right")
    for j, seg, fy, asof, fyr in [(1, "current", 2024, "2024-09-30", "令和６年度"), (2, "current", 2023, "2023-09-30", "令和５年度"),
                                   (3, "arrears", 2024, "2024-09-30", "令和６年度"), (4, "arrears", 2023, "2023-09-30", "令和５年度")]:
        facts.append(F(r[0], fy, fyr, seg, "collection_rate", "interim", float(r[j]), "percent", r[j], as_of=asof,
                       anchor=r[0] + "".join(r[1:j + 1])))
col_widths(t, [50, 28, 28, 28, 28])
para(d, "以上", align="right")

src = OUT / f"{STEM}.docx"
d.save(src)
docx_to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf")

attendees = [{"role": r, "title": r, "name": n.replace("　", " ")} for r, n in members]
attendees += [{"role": r, "title": r, "name": n.replace("　", " ")} for r, n in expl]
attendees += [{"role": "その他出席者", "title": x, "name": None} for x in others]
attendees += [{"role": "議会事務局職員", "title": x, "name": None} for x in ["議事課長", "議事課主査"]]
minutes = {"title": "総務委員会会議録", "meeting_number": None, "date": "2024-11-19", "method": None,
           "attendees": attendees, "agenda": [SEC], "materials": mats, "statements": stmts}
doc = {"kind": "minutes", "municipality": CITY, "title": "総務委員会会議録", "date": "2024-11-19",
       "date_raw": "令和６年11月19日"}
ok = write_gold(STEM, doc, facts, inits, minutes)
sys.exit(0 if ok else 1)
