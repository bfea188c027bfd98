"""新潟市議会 総務常任委員会会議録 (minutes), PyMuPDF Story (HTML) with drawn header/footer.

Modelled on 新潟市議会 総務常任委員会会議録 平成25年3月13日 (https://chiholog.net/nigatalog/gijilog/15100-20130313-0194383/ja):
〇出席委員 (委員長)… list, 〇出席説明員 with titles (財務部次長・財務課長), 「以上のてんまつは…署名する。」,
○name 役職 speaker markers, the 総務常任委員協議会 報告 「債権管理課の取り組みについて」. Names and figures invented.
"""
from __future__ import annotations

import fitz

from a_common import OUT, PDF_DIR, Gold, comma, rate

STEM = "niigata_iinkai_1"
g = Gold(STEM)
FY, AS_OF, PREV_AS_OF = 2023, "2024-02-29", "2023-02-28"

members = [("委員長", "佐久間 誠"), ("副委員長", "青柳 久美子")] + [("委員", n) for n in (
    "小林 一郎", "石田 和也", "本間 由紀", "高野 修", "長谷川 聡", "丸山 直子", "五十嵐 健", "星野 隆之", "田中 美穂", "渡部 浩")]
staff = [("財務部長", "村松 孝"), ("財務部次長・財務課長", "川上 直人"), ("税制課長", "坂井 勉"),
         ("納税課長", "皆川 秀樹"), ("債権管理課長", "岡田 洋平")]

# 別表 (単位：千円) 令和6年2月末現在 — 調定額, 収入済額 -> 収納率; 前年同期収納率
beppyo = [
    ("市税（現年課税分）", "市税", "current", 131_245_600, 91.38, 91.02),
    ("市税（滞納繰越分）", "市税", "arrears", 6_872_300, 24.75, 23.96),
    ("国民健康保険料（現年分）", "国民健康保険料", "current", 21_486_900, 84.12, 83.57),
    ("国民健康保険料（滞納繰越分）", "国民健康保険料", "arrears", 4_318_200, 19.04, 18.33),
    ("介護保険料", "介護保険料", "total", 18_904_500, 96.21, 96.05),
    ("市営住宅使用料", "市営住宅使用料", "total", 1_702_800, 93.47, 93.80),
]
rows = []
for label, debt, seg, chotei, r_now, r_prev in beppyo:
    coll = round(chotei * r_now / 100)
    assert rate(coll, chotei) == r_now
    rows.append((label, debt, seg, chotei, coll, r_now, r_prev))

S = []  # statements: (speaker, section, text)
SEC1, SEC2, SEC3 = "議案審査", "債権管理課の取り組みについて", "令和5年度主な債権の収納状況（2月末）について"
S.append(("佐久間誠 委員長", SEC1, "ただいまから，総務常任委員会を開会します。（午前9:58）本日は，大島委員が所用のため欠席です。"
          "本日は日程に従い，財務部の審査を行います。また，総務常任委員協議会において，債権管理課から報告を受けます。"))
S.append(("村松孝 財務部長", SEC1, "財務部所管の議案について，総括して説明します。詳細は各課長から説明しますので，よろしくお願いします。"))
S.append(("佐久間誠 委員長", SEC1, "説明に対し，質疑はありませんか。（「なし」と呼ぶ者あり）以上で財務部の議案審査を終わります。"
          "これより総務常任委員協議会に切り替えます。債権管理課から報告願います。"))
t_report = ("債権管理課の取り組みについて報告します。当課は，市税以外の債権も含めた全庁的な債権管理の推進と，"
            "高額・困難な滞納案件の移管を受けた滞納整理を担っております。令和4年度決算における市全体の収入未済額は"
            "約142億3,000万円で，前年度と比べ約9億円減少しました。このうち市税は約48億6,000万円，"
            "国民健康保険料は約41億2,000万円となっております。次に，令和5年度の状況ですが，令和6年2月29日現在，"
            "市税の現年課税分の収納率は91.38パーセントで，前年同期の91.02パーセントを0.36ポイント上回っております。"
            "滞納繰越分の収納率は24.75パーセントです。なお，令和6年度第1回新潟市債権管理対策会議を5月に開催し，"
            "令和5年度の決算見込みとあわせて改めて報告する予定です。")
S.append(("岡田洋平 債権管理課長", SEC2, t_report))
S.append(("小林一郎 委員", SEC2, "国民健康保険料の状況はどうか。滞納している世帯はどの程度あるのか。"))
t_kokuho = ("国民健康保険料の2月末の現年分収納率は84.12パーセントで，前年同期は83.57パーセントでございます。"
            "滞納世帯数は1万2,480世帯で，前年同期と比べ約600世帯減少しております。")
S.append(("岡田洋平 債権管理課長", SEC3, t_kokuho))
S.append(("小林一郎 委員", SEC3, "市営住宅使用料は前年同期を下回っているようだが，その理由は。"))
S.append(("岡田洋平 債権管理課長", SEC3, "退去者の滞納分について所管課からの移管が遅れたことが主な要因です。"
          "3月以降は，退去時の精算と連帯保証人への請求を早めるよう所管課と調整しております。"))
S.append(("石田和也 委員", SEC3, "私債権について，訴えの提起など法的措置はどの程度行っているのか。"))
S.append(("岡田洋平 債権管理課長", SEC3, "今年度は支払督促を中心に法的措置を進めており，異議申立てがあった案件については"
          "訴訟へ移行しております。資力がありながら納付に応じない方には，今後も厳正に対応してまいります。"))
S.append(("佐久間誠 委員長", SEC3, "以上で総務常任委員協議会を閉会します。（午後2:46）"))

# ---------------------------------------------------------------- HTML
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;")


mem_html = "".join(f"<span>（{r}）{n}　</span>" if r != "委員" else f"<span>{n}　</span>" for r, n in members)
mem_html = ("（委員長）佐久間 誠　（副委員長）青柳 久美子<br/>（委員）" +
            "　".join(n for r, n in members if r == "委員"))
staff_html = "<br/>".join(f"{t}　{n}" for t, n in staff)
body = f"""
<h1>総務常任委員会会議録</h1>
<p class="c">令和6年3月13日（2月定例会）</p>
<p class="r">議会第1委員会室</p>
<p>令和6年3月13日　午前9時58分開会<br/>　　　　　　　　　午後2時46分閉会</p>
<p>〇総務常任委員会<br/>　1 議案審査<br/>　　・財務部　財務課　税制課　納税課　債権管理課</p>
<p>〇総務常任委員協議会<br/>　1 報告<br/>　　・債権管理課の取り組みについて（債権管理課）<br/>
　　・令和5年度主な債権の収納状況（2月末）について（債権管理課）</p>
<p>〇出席委員<br/>{mem_html}</p>
<p>〇欠席委員<br/>（委員）大島 進</p>
<p>〇出席説明員<br/>{staff_html}</p>
<p>以上のてんまつは会議録のとおりであるので署名する。<br/>　　　総務常任委員長　佐久間 誠</p>
<hr/>
"""
for sp, sec, text in S:
    body += f"<p class='st'>○{esc(sp)}　{esc(text)}</p>\n"
body += "<p class='c'>――――――――――――――――――――</p>"
body += "<h2>別表　令和5年度 主な債権の収納状況（令和6年2月末現在）</h2><p class='r'>（単位：千円）</p>"
body += ("<table><tr><th>債権名</th><th>調定額</th><th>収入済額</th><th>収納率(%)</th><th>前年同期<br/>収納率(%)</th></tr>")
for label, debt, seg, chotei, coll, rn, rp in rows:
    body += (f"<tr><td>{label}</td><td class='n'>{comma(chotei)}</td><td class='n'>{comma(coll)}</td>"
             f"<td class='n'>{rn:.2f}</td><td class='n'>{rp:.2f}</td></tr>")
body += "</table><p class='s'>※ 収納率は収入済額を調定額で除したもの。前年同期は令和5年2月末現在。</p>"

css = """
* {font-family: sans-serif; font-size: 10.5pt; line-height: 1.55;}
h1 {font-size: 15pt; text-align: center; margin: 0 0 4pt 0;}
h2 {font-size: 11.5pt; margin-top: 10pt;}
p {margin: 0 0 5pt 0;}
p.c {text-align: center;} p.r {text-align: right;} p.s {font-size: 9pt;}
p.st {text-indent: -1em; margin-left: 1em;}
table {border-collapse: collapse; width: 100%;}
th, td {border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9.5pt;}
td.n {text-align: right;}
"""
arch = fitz.Archive()
story = fitz.Story(html=body, user_css=css, archive=arch)
fitz_font = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
OUT.mkdir(parents=True, exist_ok=True)
tmp = OUT / f"{STEM}_raw.pdf"
writer = fitz.DocumentWriter(str(tmp))
MED = fitz.paper_rect("a4")
WHERE = MED + (60, 70, -60, -70)
more = True
while more:
    dev = writer.begin_page(MED)
    more, _ = story.place(WHERE)
    story.draw(dev)
    writer.end_page()
writer.close()

# header / footer
d = fitz.open(tmp)
for i, page in enumerate(d):
    page.insert_font(fontname="ipg", fontfile=fitz_font)
    page.insert_text((60, 45), "令和6年3月13日　総務常任委員会", fontname="ipg", fontsize=8.5)
    page.insert_text((285, 810), f"{i + 1}", fontname="ipg", fontsize=9)
pdf = PDF_DIR / f"{STEM}.pdf"
d.subset_fonts()
d.save(pdf, garbage=4, deflate=True)

# ---------------------------------------------------------------- facts (reading order)
g.fact(None, 2022, "令和4年度", "total", "outstanding", "actual", 14_230_000_000, "yen", "約142億3,000万円",
       approx=True, debt_raw=None)
g.fact("市税", 2022, "令和4年度", "total", "outstanding", "actual", 4_860_000_000, "yen", "約48億6,000万円", approx=True)
g.fact("国民健康保険料", 2022, "令和4年度", "total", "outstanding", "actual", 4_120_000_000, "yen", "約41億2,000万円",
       approx=True)
g.fact("市税", FY, "令和6年2月29日現在", "current", "collection_rate", "interim", 91.38, "percent", "91.38パーセント",
       as_of=AS_OF)
g.fact("市税", 2022, "前年同期", "current", "collection_rate", "interim", 91.02, "percent", "91.02パーセント",
       as_of=PREV_AS_OF)
g.fact("市税", FY, "令和6年2月29日現在", "arrears", "collection_rate", "interim", 24.75, "percent", "24.75パーセント",
       as_of=AS_OF)
g.fact("国民健康保険料", FY, "2月末", "current", "collection_rate", "interim", 84.12, "percent", "84.12パーセント",
       as_of=AS_OF)
g.fact("国民健康保険料", 2022, "前年同期", "current", "collection_rate", "interim", 83.57, "percent", "83.57パーセント",
       as_of=PREV_AS_OF)
g.fact("国民健康保険料", FY, "2月末", "total", "delinquents", "interim", 12480, "households", "1万2,480世帯",
       as_of=AS_OF)
for label, debt, seg, chotei, coll, rn, rp in rows:
    a = "別表"
    g.fact(debt, FY, "令和6年2月末現在", seg, "assessed", "interim", chotei * 1000, "yen", comma(chotei),
           as_of=AS_OF, debt_raw=label, anchor=a)
    g.fact(debt, FY, "令和6年2月末現在", seg, "collected", "interim", coll * 1000, "yen", comma(coll),
           as_of=AS_OF, debt_raw=label, anchor=a)
    g.fact(debt, FY, "令和6年2月末現在", seg, "collection_rate", "interim", rn, "percent", f"{rn:.2f}",
           as_of=AS_OF, debt_raw=label, anchor=a)
    g.fact(debt, 2022, "前年同期", seg, "collection_rate", "interim", rp, "percent", f"{rp:.2f}",
           as_of=PREV_AS_OF, debt_raw=label, anchor=a)

# ---------------------------------------------------------------- minutes
attendees = [{"role": r, "title": None, "name": n} for r, n in members]
attendees += [{"role": t, "title": t, "name": n} for t, n in staff]
g.minutes = {
    "title": "総務常任委員会会議録",
    "meeting_number": None,
    "date": "2024-03-13",
    "method": None,
    "attendees": attendees,
    "agenda": ["議案審査（財務部）", "債権管理課の取り組みについて（債権管理課）",
               "令和5年度主な債権の収納状況（2月末）について（債権管理課）"],
    "materials": [],
    "statements": [{"speaker": sp.replace(" ", ""), "section": sec, "text": t} for sp, sec, t in S],
}
g.finish(pdf, {"kind": "minutes", "municipality": "新潟市", "title": "総務常任委員会会議録",
               "date": "2024-03-13", "date_raw": "令和6年3月13日"}, strip=r"令和6年3月13日総務常任委員会\d+$")
