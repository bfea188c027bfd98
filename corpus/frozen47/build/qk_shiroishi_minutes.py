"""qk_shiroishi_minutes_1: 白石市議会 決算特別委員会記録（令和６年９月）, 債権管理の質疑. PyMuPDF drawing."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qk_common import Gold, PDF  # noqa: E402
from qk_draw import Writer  # noqa: E402

STEM = "qk_shiroishi_minutes_1"
TITLE = "決算特別委員会記録"
g = Gold(STEM, "minutes", "council", "白石市", "白石市議会 決算特別委員会記録", "2024-09-12", "令和６年９月１２日（木曜日）")
w = Writer(g, header="白石市議会　決算特別委員会記録")

w.para("令和６年９月白石市議会定例会", 11, center=True, gap=0)
w.para(TITLE, 15, font="G", center=True, gap=6)
w.para("令和６年９月１２日（木曜日）　午前１０時００分開会　第１委員会室", 10.5, center=True, gap=8)
w.para("本日の審査事件", font="G", gap=0)
w.para("認定第１号　令和５年度白石市一般会計歳入歳出決算認定について（歳入のうち市税及び諸収入）", indent=14, hang=56, gap=0)
w.para("認定第２号　令和５年度白石市国民健康保険特別会計歳入歳出決算認定について", indent=14, hang=56)
MEM = [("委員長", "菊地　正人"), ("副委員長", "大沼　和恵"), ("委員", "佐藤　健一"), ("委員", "渡辺　美香"),
       ("委員", "高橋　伸也"), ("委員", "阿部　泰志"), ("委員", "我妻　聡子"), ("委員", "遠藤　一雄")]
ABS = [("委員", "小関　博之")]
EXP = [("副市長", "斎藤　修"), ("総務部長", "平間　亮"), ("税務課長", "半沢　隆"), ("収納対策室長", "岩崎　真由美"),
       ("健康推進課長", "日下　誠"), ("子ども・家庭課長", "加藤　由紀"), ("建設課長", "大宮　一樹")]
SEC = [("事務局長", "佐久間　浩"), ("議事係長", "村上　遥")]


def roster(title, people):
    w.para(f"{title}（{len(people)}名）", font="G", gap=0)
    per = 2 if max(len(r) for r, _ in people) > 5 else 3
    step, off = (230, 110) if per == 2 else (160, 80)
    for k in range(0, len(people), per):
        w.y += 10.5 * 1.5
        for j, (r, n) in enumerate(people[k:k + per]):
            w.text(r, w.x0 + 14 + j * step, w.y)
            w.text(n, w.x0 + 14 + j * step + off, w.y)
    w.y += 6


roster("出席委員", MEM)
roster("欠席委員", ABS)
roster("説明のため出席した者", EXP)
roster("事務局職員", SEC)
w.y += 4
w.rule()
w.y += 4
ST = []


MARK = [0]


def say(speaker, text, section="認定第１号"):
    n = len(w.wrap(f"○{speaker}　{text}", 10.5, w.x1 - w.x0 - 14))
    if w.y + n * 10.5 * 1.6 > w.H - 50:  # the statement moves whole to the next page
        w.new_page()
        for f in g.facts[MARK[0]:]:
            f["page"] = g.page
    MARK[0] = len(g.facts)
    w.para(f"○{speaker}　{text}", indent=0, hang=14, gap=5)
    ST.append({"speaker": speaker, "section": section, "text": text})


say("菊地委員長", "ただいまから決算特別委員会を開会いたします。認定第１号のうち、市税及び諸収入について質疑を行います。質疑はありませんか。")
say("佐藤委員", "令和５年度決算での市税の収納率と、収入未済額の状況について伺います。")
say("半沢税務課長", "お答えいたします。令和５年度決算で市税の収納率は、現年課税分が"
    + g.f("99.1％", "collection_rate", 2023, "令和５年度", "current", "actual", "市税", "市税")
    + "、滞納繰越分が" + g.f("27.8％", "collection_rate", 2023, "令和５年度", "arrears", "actual", "市税", "市税")
    + "、合計で" + g.f("97.3％", "collection_rate", 2023, "令和５年度", "total", "actual", "市税", "市税")
    + "となり、前年度と比べ" + g.f("0.4ポイント", "difference", 2023, "令和５年度", "total", "actual", "市税", "市税", unit="points")
    + "の改善となりました。収入未済額は" + g.f("約1億4,260万円", "outstanding", 2023, "令和５年度", "total", "actual", "市税", "市税")
    + "で、前年度から" + g.f("約1,130万円", "difference", 2023, "令和５年度", "total", "actual", "市税", "市税", neg=True)
    + "の減少となっております。")
say("佐藤委員", "減少した要因と、不納欠損の状況はどうか。")
say("半沢税務課長", "宮城県地方税滞納整理機構への引継ぎ事案の整理が進んだことが主な要因です。不納欠損額は"
    + g.f("約612万円", "written_off", 2023, "令和５年度", "total", "actual", "市税", "市税")
    + "で、執行停止後３年を経過したものが中心です。")
say("渡辺委員", "国民健康保険税について伺います。5年度の収納率は県内でどの程度の水準か。")
say("日下健康推進課長", "国民健康保険税の5年度の収納率は、現年分が"
    + g.f("95.6％", "collection_rate", 2023, "5年度", "current", "actual", "国民健康保険税", "国民健康保険税")
    + "、滞納繰越分を含めた全体で" + g.f("83.2％", "collection_rate", 2023, "5年度", "total", "actual", "国民健康保険税", "国民健康保険税")
    + "です。県内１３市の平均をやや上回っております。収入未済額は" + g.f("約1億1,870万円", "outstanding", 2023, "5年度", "total", "actual", "国民健康保険税", "国民健康保険税")
    + "となっております。", "認定第２号")
say("渡辺委員", "滞納世帯の数は減っているのか。", "認定第２号")
say("日下健康推進課長", "令和５年度末の滞納世帯数は" + g.f("682世帯", "delinquents", 2023, "令和５年度", "total", "actual", "国民健康保険税", "国民健康保険税", unit="households")
    + "で、前年度末の" + g.f("731世帯", "delinquents", 2022, None, "total", "actual", "国民健康保険税", "国民健康保険税", unit="households")
    + "から４９世帯減少しました。", "認定第２号")
say("高橋委員", "市営住宅使用料の滞納について、退去者分の回収はどうなっているのか。")
say("大宮建設課長", "令和５年度末の市営住宅使用料の収入未済額は" + g.f("約2,340万円", "outstanding", 2023, "令和５年度", "total", "actual", "市営住宅使用料", "市営住宅使用料")
    + "で、うち退去者分が" + g.f("約1,510万円", "outstanding", 2023, "令和５年度", "arrears", "actual", "市営住宅使用料", "市営住宅使用料")
    + "を占めております。連帯保証人への請求や支払督促により回収に努めております。")
say("我妻委員", "子ども・家庭課の児童扶養手当返還金の状況も伺いたい。")
say("加藤子ども・家庭課長", "児童扶養手当返還金の収入未済額は" + g.f("約486万円", "outstanding", 2023, None, "total", "actual", "児童扶養手当返還金", "児童扶養手当返還金")
    + "です。分納による返還が中心で、毎月の納付状況を確認しております。")
say("我妻委員", "債権の種類ごとに対応は異なると思うが、全庁的な債権管理の体制について伺う。")
say("平間総務部長", "令和６年度から債権管理推進会議を設け、非強制徴収公債権と私債権の所管課に対し、"
    "税務課が助言を行う体制としております。詳細は別紙のとおりです。")
say("菊地委員長", "ほかに質疑はありませんか。（「なし」の声あり）質疑を終結いたします。")

# ------------------------------------------------------------------ 別紙 (2, 21 long-format, 12)
w.new_page()
w.para("別紙　主要債権の収納状況（決算）", 12, font="G")
w.para("（単位：千円）　収納率の単位は％", 9, indent=300)
LONG = [("市税", "R4", 2022, 5_164_645, 5_004_541, 6_204), ("市税", "R5", 2023, 5_508_148, 5_359_428, 6_120),
        ("国民健康保険税", "R4", 2022, 712_480, 588_302, 4_118), ("国民健康保険税", "R5", 2023, 727_393, 605_191, 3_502),
        ("市営住宅使用料", "R4", 2022, 98_312, 73_905, 512), ("市営住宅使用料", "R5", 2023, 96_884, 73_212, 272)]
rows = [["債権名", "年度", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]]
for d, yl, fy, a, c, wo in LONG:
    o = a - c - wo
    rows.append([d, yl,
                 g.f(f"{a:,}", "assessed", fy, yl, "total", "actual", d, d, mult=1000),
                 g.f(f"{c:,}", "collected", fy, yl, "total", "actual", d, d, mult=1000),
                 g.f(f"{wo:,}", "written_off", fy, yl, "total", "actual", d, d, mult=1000),
                 g.f(f"{o:,}", "outstanding", fy, yl, "total", "actual", d, d, mult=1000),
                 g.f(f"{c / a * 100:.1f}", "collection_rate", fy, yl, "total", "actual", d, d)])
w.table(rows, [110, 40, 72, 72, 64, 64, 50], size=9, align=["l", "c", "r", "r", "r", "r", "r"])
w.para("※ 市税の令和５年度の数値は、現年課税分と滞納繰越分の合計である。", 8.5)

g.minutes = {"title": "白石市議会 決算特別委員会記録", "meeting_number": None, "date": "2024-09-12", "method": None,
             "attendees": ([{"role": r, "title": None, "name": n} for r, n in MEM]
                           + [{"role": r, "title": r, "name": n} for r, n in EXP]
                           + [{"role": r, "title": r, "name": n} for r, n in SEC]),
             "agenda": ["令和５年度白石市一般会計歳入歳出決算認定について（歳入のうち市税及び諸収入）",
                        "令和５年度白石市国民健康保険特別会計歳入歳出決算認定について"],
             "materials": ["別紙　主要債権の収納状況（決算）"], "statements": ST}
out = PDF / f"{STEM}.pdf"
n = w.save(out)
g.write(out, n)
