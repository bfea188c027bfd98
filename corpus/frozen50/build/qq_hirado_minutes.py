"""平戸市議会 決算審査特別委員会記録 (minutes, council committee) — drawn with PyMuPDF (Mincho). Run from corpus/frozen50."""
import sys
sys.path.insert(0, "build")
from qq_lib import Canvas, Doc, ROOT, MINCHO

STEM = "qq_hirado_minutes_1"
TITLE = "平戸市議会決算審査特別委員会記録"
D = Doc(STEM, "minutes", "minutes", "平戸市", TITLE, "2024-09-17", "令和６年９月17日")
cv = Canvas(main=MINCHO)
X0, X1, TOP, BOTTOM = 62, 533, 70, 780
state = {"p": None, "y": TOP, "n": 0}


def newpage():
    p = cv.page()
    state["n"] += 1
    state["p"], state["y"] = p, TOP
    cv.text(p, 0, 812, f"- {state['n']} -", 9, align="c", w=595)
    cv.text(p, 0, 40, "令和６年９月定例会　決算審査特別委員会（第２日）", 8, color=(0.35, 0.35, 0.35), align="r", w=X1)
    return p


def need(h):
    if state["y"] + h > BOTTOM:
        newpage()


def line(s, size=10.5, x=X0, gap=1.7, font=None):
    need(size * gap)
    cv.text(state["p"], x, state["y"] + size, s, size, font)
    state["y"] += size * gap


def block(s, size=10.5, x=X0, indent2=0):
    lines = cv.wrap(s, size, X1 - x)
    need(len(lines) * size * 1.7)
    state["y"] = cv.para(state["p"], x, state["y"], X1 - x, s, size, 1.7, indent2=indent2)
    return state["n"]


newpage()
cv.text(state["p"], 0, 92, TITLE, 16, "G", align="c", w=595)
state["y"] = 112
line("１　開催日時　令和６年９月17日（火）　午前10時00分開会　午前11時46分閉会")
line("２　開催場所　平戸市役所　第１委員会室")
line("３　審査事件")
AG = ["認定第１号　令和５年度平戸市一般会計歳入歳出決算の認定について",
      "認定第２号　令和５年度平戸市国民健康保険特別会計歳入歳出決算の認定について"]
for a in AG:
    line(a, x=X0 + 14)
MEM = [("委員長", "山口　誠一"), ("副委員長", "川原　久美子"), ("委員", "松尾　隆"), ("委員", "田中　信也"),
       ("委員", "小川　千春"), ("委員", "吉永　浩二"), ("委員", "中村　正樹"), ("委員", "濵﨑　幸男")]
line(f"４　出席委員（{len(MEM)}名）")
for k in range(0, len(MEM), 2):
    s = "　　".join(f"{t}　{n}" for t, n in MEM[k:k + 2])
    line(s, x=X0 + 14)
line("５　欠席委員（１名）")
line("委員　谷口　伸吾", x=X0 + 14)
EXP = [("副市長", "松本　和彦"), ("財務部長", "辻　修"), ("税務課長", "福田　賢治"), ("税務課収納対策班長", "岩永　直子"),
       ("市民生活部長", "末永　博之"), ("保険・年金課長", "森　貴志"), ("建設部長", "坂口　昭"), ("都市計画・住宅課長", "前田　和也")]
line(f"６　説明のため出席した者（{len(EXP)}名）")
for k in range(0, len(EXP), 2):
    line("　　".join(f"{t}　{n}" for t, n in EXP[k:k + 2]), x=X0 + 14)
SEC = [("議会事務局長", "久保　勝"), ("議事調査係長", "末吉　奈緒"), ("書記", "平田　翔")]
line(f"７　事務局職員（{len(SEC)}名）")
line("　　".join(f"{t}　{n}" for t, n in SEC), x=X0 + 14)
state["y"] += 6
cv.text(state["p"], X0, state["y"] + 10, "―" * 30, 10)
state["y"] += 22

S = []
SECTION = "認定第１号及び認定第２号（市税等の収納状況について）"


def say(marker_name, text, facts=()):
    s = f"○{marker_name}　{text}"
    pg = block(s, indent2=0)
    S.append({"speaker": marker_name, "section": SECTION, "text": text})
    for f in facts:
        D.f(pg, *f)
    state["y"] += 3


say("山口委員長", "ただいまから決算審査特別委員会を開会いたします。本日は、認定第１号及び認定第２号のうち、市税等の収納状況について審査を行います。理事者の説明を求めます。")
say("福田税務課長", "令和５年度決算における市税の収納状況について御説明いたします。収納率は、現年課税分が99.21％、滞納繰越分が28.46％で、全体では97.62％となり、前年度と比べて0.35ポイント改善いたしました。収入未済額は約１億8,420万円で、前年度から約1,260万円の減少となっております。",
    [("99.21％", 99.21, "percent", "collection_rate", "current", "actual", 2023, "令和５年度", "市税"),
     ("28.46％", 28.46, "percent", "collection_rate", "arrears", "actual", 2023, "令和５年度", "市税"),
     ("97.62％", 97.62, "percent", "collection_rate", "total", "actual", 2023, "令和５年度", "市税"),
     ("0.35ポイント", 0.35, "points", "difference", "total", "actual", 2023, "令和５年度", "市税"),
     ("約１億8,420万円", 184200000, "yen", "outstanding", "total", "actual", 2023, "令和５年度", "市税", None, True),
     ("約1,260万円", -12600000, "yen", "difference", "total", "actual", 2023, "令和５年度", "市税", None, True)])
say("松尾委員", "市税の収納率が改善していることは評価したい。一方で、不納欠損額はどの程度か。また、その理由は何か。")
say("福田税務課長", "令和５年度の市税の不納欠損額は1,234万円余で、件数は312件でございます。主な理由は、滞納処分の執行停止から３年を経過したもの及び生活困窮によるものでございます。",
    [("1,234万円余", 12340000, "yen", "written_off", "total", "actual", 2023, "令和５年度", "市税", None, True),
     ("312件", 312, "cases", "written_off_cases", "total", "actual", 2023, "令和５年度", "市税")])
say("松尾委員", "執行停止の判断は適正に行われているのか。財産調査の状況も含めて伺いたい。")
say("岩永税務課収納対策班長", "執行停止に当たっては、預貯金、給与、不動産等の財産調査を行った上で判断しております。令和５年度の差押件数は486件で、前年度から52件増加しております。",
    [("486件", 486, "cases", "seizures", "total", "actual", 2023, "令和５年度", "市税")])
say("田中委員", "国民健康保険税について伺う。令和５年度決算の収納率と収入未済額を示していただきたい。")
say("森保険・年金課長", "国民健康保険税の令和５年度の収納率は、現年分が94.12％、滞納繰越分が19.87％でございます。収入未済額は約２億1,350万円で、滞納世帯数は1,102世帯となっております。",
    [("94.12％", 94.12, "percent", "collection_rate", "current", "actual", 2023, "令和５年度", "国民健康保険税"),
     ("19.87％", 19.87, "percent", "collection_rate", "arrears", "actual", 2023, "令和５年度", "国民健康保険税"),
     ("約２億1,350万円", 213500000, "yen", "outstanding", "total", "actual", 2023, "令和５年度", "国民健康保険税", None, True),
     ("1,102世帯", 1102, "households", "delinquents", "total", "actual", 2023, "令和５年度", "国民健康保険税")])
say("田中委員", "現年分が94％台というのは県内でも低い水準ではないか。令和４年度と比べてどうか。")
say("森保険・年金課長", "令和４年度決算の現年分の収納率は93.80％でございましたので、0.32ポイントの改善となっております。今年度は口座振替の勧奨を強化し、現年分95％を目標に取り組んでおります。",
    [("93.80％", 93.80, "percent", "collection_rate", "current", "actual", 2022, "令和４年度", "国民健康保険税"),
     ("0.32ポイント", 0.32, "points", "difference", "current", "actual", 2023, "令和５年度", "国民健康保険税"),
     ("95％", 95.0, "percent", "collection_rate", "current", "target", 2024, "今年度", "国民健康保険税")])
say("小川委員", "市営住宅使用料の滞納についても伺いたい。")
say("前田都市計画・住宅課長", "市営住宅使用料の令和５年度末の収入未済額は3,456万円で、このうち滞納繰越分が2,987万円でございます。退去者分が多くを占めておりますので、連帯保証人への請求や支払督促を進めてまいります。",
    [("3,456万円", 34560000, "yen", "outstanding", "total", "actual", 2023, "令和５年度", "市営住宅使用料"),
     ("2,987万円", 29870000, "yen", "outstanding", "arrears", "actual", 2023, "令和５年度", "市営住宅使用料")])
say("小川委員", "退去者の所在調査を徹底し、回収見込みのないものは債権放棄も含めて整理をお願いしたい。")
say("辻財務部長", "御指摘のとおり、回収が困難な債権は債権管理条例に基づき適正に整理し、全庁的な債権管理の強化に努めてまいります。")
say("山口委員長", "ほかに質疑はありませんか。〔「なし」と呼ぶ者あり〕質疑を終結し、本日の審査を終了いたします。")

# ---------------------------------------------------------------- 別表 (committee handout attached to the record)
p = newpage()
pg = state["n"]
cv.text(p, X0, 92, "別表　市税等の収納率及び収入未済額の推移（委員会配付資料）", 12, "G")
cv.text(p, 0, 110, "（単位：千円）", 9, align="r", w=X1)
HIST = [("市税", "市税", [(2019, "令和元年度", 96.02, 231450), (2020, "令和２年度", 96.41, 219870),
                          (2021, "令和３年度", 96.88, 208340), (2022, "令和４年度", 97.27, 196813),
                          (2023, "令和５年度", 97.62, 184213)]),
        ("国民健康保険税", "国保税", [(2022, "令和４年度", 85.10, 221870), (2023, "令和５年度", 85.64, 213512)])]
rows = [[dict(t="債権名", al="c"), dict(t="年度", al="c"), dict(t="収納率（％）※1", al="c"),
         dict(t="収入未済額", al="c"), dict(t="増減額（増減率）", al="c")]]
for full, short, ys in HIST:
    prev = None
    for yy, yraw, rt, out in ys:
        rate_s = f"{rt:.2f}" + ("" if prev is None else f"（{prev[2]:.2f}）")
        D.f(pg, f"{rt:.2f}", rt, "percent", "collection_rate", "total", "actual", yy, yraw, full, short)
        if prev:
            D.f(pg, f"（{prev[2]:.2f}）", prev[2], "percent", "collection_rate", "total", "actual", yy - 1, "（前年度）", full, short)
        D.f(pg, f"{out:,}", out * 1000, "yen", "outstanding", "total", "actual", yy, yraw, full, short)
        if prev:
            d = out - prev[3]
            pct = round(d / prev[3] * 100, 1)
            ch = ("△" if d < 0 else "") + f"{abs(d):,}（" + ("△" if pct < 0 else "") + f"{abs(pct):.1f}％）"
            D.f(pg, ("△" if d < 0 else "") + f"{abs(d):,}", d * 1000, "yen", "difference", "total", "actual", yy, yraw, full, short)
            D.f(pg, ("△" if pct < 0 else "") + f"{abs(pct):.1f}％", pct, "percent", "change_rate", "total", "actual", yy, yraw, full, short)
        else:
            ch = "－"
        rows.append([short, yraw, dict(t=rate_s, al="r"), dict(t=f"{out:,}", al="r"), dict(t=ch, al="r")])
        prev = (yy, yraw, rt, out)
    if full == "市税":
        avg = round(sum(y[2] for y in ys) / len(ys), 2)
        rows.append([short, "５年平均", dict(t=f"{avg:.2f}", al="r"), dict(t="", al="r"), dict(t="", al="r")])
        D.f(pg, f"{avg:.2f}", avg, "percent", "collection_rate_average", "total", "actual", 2023, "５年平均", full, short)
y = cv.table(p, X0, 120, [80, 80, 110, 90, 111], rows, rh=20, size=9.5, rules="none")
p.draw_line((X0, 120), (X1, 120), width=0.8)
p.draw_line((X0, 140), (X1, 140), width=0.5)
p.draw_line((X0, y), (X1, y), width=0.8)
cv.text(p, X0, y + 16, "※1 現年課税分と滞納繰越分の計。括弧内は前年度の収納率。", 8.5)
cv.text(p, X0, y + 30, "（注）国保税＝国民健康保険税。増減率は前年度の収入未済額に対する割合。", 8.5)

cv.save(ROOT / "pdf" / f"{STEM}.pdf")
att = [{"role": t, "title": None, "name": n} for t, n in MEM]
att += [{"role": "説明員", "title": t, "name": n} for t, n in EXP]
att += [{"role": "事務局", "title": t, "name": n} for t, n in SEC]
D.minutes = {"title": TITLE, "meeting_number": None, "date": "2024-09-17", "method": None, "attendees": att,
             "agenda": AG, "materials": [], "statements": S}
sys.exit(0 if D.write() else 1)
