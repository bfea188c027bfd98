"""qu_tobe_minutes_1: 砥部町議会 決算審査特別委員会会議録（第２号）, drawn directly with PyMuPDF.
Run from corpus/frozen52:  python3 build/qu_tobe_minutes_1.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qu_common import G, Flow, Tok, zen, cm, PDF, GOTHIC, MINCHO  # noqa: E402

STEM = "qu_tobe_minutes_1"
TOWN = "砥部町"
g = G(STEM, "minutes", "council", TOWN, "令和６年 砥部町議会決算審査特別委員会会議録 第２号", "2024-09-12",
      "令和６年９月１２日")
FY = 2023


def ftr(fl):
    s = f"- {fl.pno} -"
    fl.put((fl.W - fl.tw(s, 9)) / 2, fl.H - 34, s, 9)


def hdr(fl):
    if fl.pno > 1:
        s = "令和６年９月１２日　決算審査特別委員会（第２号）"
        fl.put(fl.W - fl.mr - fl.tw(s, 8), 42, s, 8)


fl = Flow(g, font=MINCHO, size=10.5, header=hdr, footer=ftr, margin=(64, 66, 64, 60))
# title box
top = fl.y
fl.gap(6)
for s, sz in [("令和６年", 11), ("砥部町議会決算審査特別委員会会議録", 15), ("第２号", 11)]:
    fl.para(s, first=(fl.W - fl.ml - fl.mr - fl.tw(s, sz)) / 2, size=sz, after=0)
fl.gap(6)
fl.page.draw_rect(fl.fitz.Rect(fl.ml + 60, top, fl.W - fl.mr - 60, fl.y), width=0.8)
fl.gap(10)
fl.para("令和６年９月１２日（木）午前９時３０分　議会第１委員会室において開会")
fl.gap(2)

members = [("委員長", "山本 和彦"), ("副委員長", "篠崎 由美")] + [("委員", n) for n in
           ["岡田 健司", "大西 正樹", "中川 久美子", "森 隆之", "日野 誠"]]
absent = [("委員", "宮内 聡")]
officials = [("総務課長", "大野 浩二"), ("税務課長", "渡部 雅人"), ("税務課収納対策室長", "玉井 信也"),
             ("保険健康課長", "高須賀 千尋"), ("介護・福祉課長", "兵頭 直樹"), ("建設課長", "松本 宏")]
staff = [("議会事務局長", "宇都宮 修"), ("議事係長", "西岡 ゆかり")]


def namelist(title, pairs, cols=2, w1=96):
    fl.para(title, bold=True, after=0)
    for i in range(0, len(pairs), cols):
        fl.ensure(19)
        for k, (a, b) in enumerate(pairs[i:i + cols]):
            x = fl.ml + 22 + k * 215
            fl.put(x, fl.y + 10.5, a)
            fl.put(x + w1, fl.y + 10.5, b)
        fl.y += 18
    fl.gap(2)


namelist("出席委員（７名）", members, w1=60)
namelist("欠席委員（１名）", absent, w1=60)
fl.para("委員外議員", bold=True, after=0)
fl.para("な　し", indent=22)
namelist("説明のため出席した者（６名）", officials, cols=1, w1=150)
namelist("事務局職員（２名）", staff, cols=2, w1=80)
fl.y += 2
fl.rule()
fl.gap(6)
agenda = ["認定第１号　令和５年度砥部町一般会計歳入歳出決算の認定について（歳入のうち町税及び使用料に係る部分）",
          "認定第２号　令和５年度砥部町国民健康保険事業特別会計歳入歳出決算の認定について"]
fl.para("付議事件", bold=True)
for a in agenda:
    fl.para(a, indent=34, first=22)
fl.gap(4)
fl.rule()
fl.gap(8)

statements = []


def say(speaker, parts, marker="○"):
    if isinstance(parts, str):
        parts = [parts]
    fl.para([marker + speaker + "　"] + list(parts), indent=11, first=0)
    statements.append({"speaker": speaker, "section": None, "text": "".join(str(p) for p in parts)})


def f(*a, **k):
    return g.f(*a, **k)


say("山本委員長", "ただいまから決算審査特別委員会を開会いたします。本日は、前日に引き続き、認定第１号のうち歳入の町税及び"
    "使用料に係る部分並びに認定第２号を一括して審査いたします。なお、宮内委員から欠席の届出がありましたので、御報告いたします。"
    "それでは、理事者の説明を求めます。渡部税務課長。")
say("渡部税務課長", ["それでは、令和５年度の町税の決算について御説明いたします。町税の調定額は",
                     f("２２億８，４１６万円", 2284160000, "yen", "assessed", FY, "令和５年度", "total", "actual", "町税"),
                     "、収入済額は",
                     f("２２億３，１５９万円", 2231590000, "yen", "collected", FY, "令和５年度", "total", "actual", "町税"),
                     "で、収納率は",
                     f("９７．７０％", 97.70, "percent", "collection_rate", FY, "令和５年度", "total", "actual", "町税"),
                     "となり、前年度と比べ",
                     f("０．４１ポイント", 0.41, "points", "difference", FY, "令和５年度", "total", "actual", "町税"),
                     "上昇いたしました。このうち現年課税分の収納率は",
                     f("９９．２２％", 99.22, "percent", "collection_rate", FY, "令和５年度", "current", "actual", "町税"),
                     "、滞納繰越分は",
                     f("２４．３８％", 24.38, "percent", "collection_rate", FY, "令和５年度", "arrears", "actual", "町税"),
                     "でございます。不納欠損額は",
                     f("３１８万円", 3180000, "yen", "written_off", FY, "令和５年度", "total", "actual", "町税"),
                     "、収入未済額は",
                     f("４，９３９万円", 49390000, "yen", "outstanding", FY, "令和５年度", "total", "actual", "町税"),
                     "で、前年度から約",
                     f("６１２万円", -6120000, "yen", "difference", FY, "令和５年度", "total", "actual", "町税",
                       approx=True),
                     "減少しております。"])
say("山本委員長", "説明が終わりました。質疑はありませんか。岡田委員。")
say("岡田委員", ["滞納繰越分の収納率が２４％台というのは、県内の町と比べてどうなのか。令和４年度は",
                 f("２２．６１％", 22.61, "percent", "collection_rate", 2022, "令和４年度", "arrears", "actual", "町税"),
                 "だったと記憶しておりますが、改善の要因と、滞納者の人数の推移をお聞きします。"])
say("渡部税務課長", ["県内の町の平均はおおむね２０％前後と承知しており、本町はやや上回っております。改善の要因としては、"
                     "愛媛地方税滞納整理機構への移管を含め、高額事案の整理が進んだことが挙げられます。滞納者数は、"
                     "令和５年度末で",
                     f("４１２人", 412, "persons", "delinquents", FY, "令和５年度末", "total", "actual", "町税"),
                     "となり、前年度末の",
                     f("４５８人", 458, "persons", "delinquents", 2022, "前年度末", "total", "actual", "町税"),
                     "から",
                     f("４６人", -46, "persons", "difference", FY, "令和５年度末", "total", "actual", "町税"),
                     "減少いたしました。また、差押えは",
                     f("１２６件", 126, "cases", "seizures", FY, "令和５年度", "total", "actual", "町税"),
                     "実施しております。なお、町税の収入未済額は、令和元年度末、2019年度末の",
                     f("７，８２０万円", 78200000, "yen", "outstanding", 2019, "令和元年度末", "total", "actual", "町税"),
                     "から、４年間で約",
                     f("２，８８０万円", -28800000, "yen", "difference", FY, "令和５年度", "total", "actual", "町税",
                       approx=True),
                     "、率にして",
                     f("３６．８％", -36.8, "percent", "change_rate", FY, "令和５年度", "total", "actual", "町税"),
                     "の減少となりました。収入済額も前年度比",
                     f("１０２．３％", 102.3, "percent", "ratio_to_previous", FY, "令和５年度", "total", "actual", "町税"),
                     "と伸びております。"])
say("岡田委員", "国民健康保険税についても状況を伺います。")
say("山本委員長", "高須賀保険健康課長。")
say("高須賀保険健康課長", ["国民健康保険税の令和５年度の収納率は、現年課税分が",
                           f("９５．８４％", 95.84, "percent", "collection_rate", FY, "令和５年度", "current", "actual",
                             "国民健康保険税"),
                           "、滞納繰越分が",
                           f("２１．０７％", 21.07, "percent", "collection_rate", FY, "令和５年度", "arrears", "actual",
                             "国民健康保険税"),
                           "でございます。収入未済額は",
                           f("６，２３８万円", 62380000, "yen", "outstanding", FY, "令和５年度", "total", "actual",
                             "国民健康保険税"),
                           "で、前年度の",
                           f("６，７０５万円", 67050000, "yen", "outstanding", 2022, "前年度", "total", "actual",
                             "国民健康保険税"),
                           "から減少しております。被保険者数が減少する中で、口座振替の勧奨と、短期被保険者証の交付時の"
                           "納付相談を継続しております。"])
say("大西委員", "町営住宅使用料と学校給食費の未納についてお聞きします。私債権は時効の管理が難しいと聞いていますが、"
    "どのように管理しているのか。")
say("山本委員長", "松本建設課長。")
say("松本建設課長", ["町営住宅使用料の令和５年度末の収入未済額は約",
                     f("４８０万円", 4800000, "yen", "outstanding", FY, "令和５年度末", "total", "actual", "町営住宅使用料",
                       approx=True),
                     "で、そのうち過年度分が約",
                     f("３９０万円", 3900000, "yen", "outstanding", FY, "令和５年度末", "arrears", "actual",
                       "町営住宅使用料", approx=True),
                     "となっております。退去者の分が大半を占めておりまして、債務承認書の徴取や分納誓約により、"
                     "時効の完成を防ぐよう努めております。"])
say("大西委員", "給食費はどうか。")
say("山本委員長", "大野総務課長。")
say("大野総務課長", ["学校給食費は教育委員会の所管でございますが、債権管理の全体調整の立場からお答えします。"
                     "令和５年度の収入未済額は",
                     f("１１２万円", 1120000, "yen", "outstanding", FY, "令和５年度", "total", "actual", "学校給食費"),
                     "で、児童手当からの徴収の申出を保護者にお願いしております。全庁の債権については、"
                     "本年度中に債権管理台帳の様式を統一し、時効の管理を一元的に行う予定でございます。"])
say("中川委員", "今年度、令和６年度の見込みはどうか。物価高の影響で納付が厳しい方も増えていると思うが。")
say("渡部税務課長", ["令和６年度の町税の現年課税分の収納率は、７月末現在で",
                     f("３２．４％", 32.4, "percent", "collection_rate", 2024, "令和６年度", "current", "interim", "町税",
                       as_of="2024-07-31"),
                     "と、前年同期を",
                     f("０．３ポイント", 0.3, "points", "difference", 2024, "前年同期", "current", "interim", "町税",
                       as_of="2024-07-31"),
                     "上回っております。年度末では、町税全体で",
                     f("９７．９％", 97.9, "percent", "collection_rate", 2024, "令和６年度", "total", "estimate", "町税",
                       approx=True),
                     "程度を見込んでおります。納付が困難な方には、分割納付や換価の猶予の制度を御案内しております。"])
say("中川委員", "分かりました。引き続き、丁寧な対応をお願いします。")
say("山本委員長", "ほかに質疑はありませんか。（「なし」と呼ぶ者あり）質疑がないようですので、歳入に係る審査はこれで終わります。"
    "暫時休憩いたします。")
fl.gap(6)
fl.para("午前１０時４２分　休憩", first=fl.W - fl.ml - fl.mr - fl.tw("午前１０時４２分　休憩"))

att = [{"role": r, "title": None, "name": n} for r, n in members] + \
      [{"role": "説明のため出席した者", "title": t, "name": n} for t, n in officials] + \
      [{"role": "事務局職員", "title": t, "name": n} for t, n in staff]
g.minutes = {"title": g.doc["title"], "meeting_number": 2, "date": "2024-09-12", "method": None,
             "attendees": att, "agenda": agenda, "materials": [], "statements": statements}
out = PDF / f"{STEM}.pdf"
fl.save(out)
g.write(out)
print(out, len(g.facts))
