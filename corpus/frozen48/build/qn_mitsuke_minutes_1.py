"""見附市議会 総務文教委員会 会議録 (minutes, council committee) — python-docx -> LibreOffice."""
import sys
sys.path.insert(0, "build")
from qn_common import *

STEM = "qn_mitsuke_minutes_1"
R = Rec()
TITLE = "見附市議会総務文教委員会会議録"
d = docx_base("IPAexMincho", 10.5)
sec = d.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "令和6年9月12日　総務文教委員会"
hp.alignment = 2
page_field_footer(sec, "－ {} －")

# data (円): 令和5年度 (2023) and 令和4年度 (2022) 決算
TAX = [("個人市民税", 2312456780, 98.91, 2298731400, 98.70, 61234500, 30.12, 66018700, 28.77),
       ("法人市民税", 512398200, 99.64, 498761300, 99.58, 4123800, 41.20, 4412600, 39.55),
       ("固定資産税", 2765432100, 99.21, 2741098600, 99.02, 92345600, 24.05, 101276300, 22.40),
       ("軽自動車税", 168734500, 98.77, 164325800, 98.52, 5412300, 33.61, 5890100, 31.02)]
T = {}
for name, ca5, rc5, ca4, rc4, aa5, ra5, aa4, ra4 in TAX:
    for y, ca, rc, aa, ra in ((2023, ca5, rc5, aa5, ra5), (2022, ca4, rc4, aa4, ra4)):
        cc, ac = round(ca * rc / 100), round(aa * ra / 100)
        T[(name, y)] = dict(ta=ca + aa, tc=cc + ac, ca=ca, cc=cc, aa=aa, ac=ac)
tot = {y: {k: sum(T[(n[0], y)][k] for n in TAX) for k in ("ta", "tc", "ca", "cc", "aa", "ac")} for y in (2022, 2023)}
r5c, r5a, r5t = rate(tot[2023]["cc"], tot[2023]["ca"]), rate(tot[2023]["ac"], tot[2023]["aa"]), rate(tot[2023]["tc"], tot[2023]["ta"])
r4t = rate(tot[2022]["tc"], tot[2022]["ta"])
wo5 = 4123456
out5 = tot[2023]["ta"] - tot[2023]["tc"] - wo5
wo4 = 5012300
out4 = tot[2022]["ta"] - tot[2022]["tc"] - wo4

# ---------------- page 1: heading and attendees
R.page = 1
para(d, TITLE, 15, True, "c", font="IPAexGothic", space_after=8)
para(d, "〇招集日時　令和6年9月12日　午前10時")
para(d, "〇招集場所　見附市議会委員会室")
para(d, "〇会議に付した事件", space_before=4)
agenda = ["議第60号　令和5年度見附市一般会計歳入歳出決算の認定について中　歳入　1款市税・13款使用料及び手数料",
          "議第61号　令和5年度見附市国民健康保険特別会計歳入歳出決算の認定について",
          "所管事務調査　市税等の収納対策について"]
for i, a in enumerate(agenda, 1):
    para(d, f"{zen(i)}　{a}", indent=4, first=-4)
members = [("委員長", "佐藤　誠"), ("副委員長", "長谷川　京子"), ("委員", "渡辺　隆"), ("委員", "星野　昭彦"), ("委員", "小林　由美"),
           ("委員", "高橋　健吾"), ("委員", "山田　忠"), ("委員", "五十嵐　浩")]
para(d, f"〇出席委員（{zen(len(members))}人）", space_before=4)
rows = [[f"{members[i][0]}　{members[i][1]}", f"{members[i + 1][0]}　{members[i + 1][1]}"] for i in range(0, 8, 2)]
t = table(d, rows, [70, 70], 10.5, hdr=0, style=None, right_from=9)
no_borders(t)
para(d, "〇欠席委員（なし）", space_before=4)
expl = [("副市長", "清水　正行"), ("総務課長", "池田　千尋"), ("税務課長", "近藤　豊"), ("税務課収納係長", "坂井　亮"),
        ("市民課長", "大橋　智子"), ("健康・福祉課長", "金子　順一"), ("こども課長", "丸山　美穂"), ("建設課長", "早川　修")]
para(d, f"〇説明のため出席した者（{zen(len(expl))}人）", space_before=4)
t = table(d, [[a, b] for a, b in expl], [50, 50], 10.5, hdr=0, style=None, right_from=9)
no_borders(t)
staff = [("事務局長", "田辺　聡"), ("次長", "山谷　仁美"), ("議事係長", "大久保　英樹")]
para(d, f"〇事務局職員出席者（{zen(len(staff))}人）", space_before=4)
t = table(d, [[a, b] for a, b in staff], [50, 50], 10.5, hdr=0, style=None, right_from=9)
no_borders(t)
para(d, "午前10時00分　開　議", align="c", space_before=8)
STM = []


def say(sp, text, section=None):
    STM.append({"speaker": sp, "section": section, "text": text, "page": R.page})
    para(d, f"〇{sp}　{text}", first=0, space_after=3)


sec1 = "議第60号・議第61号"
say("佐藤　誠委員長", "これより本日の会議を開きます。現在の出席委員は8人全員であります。議第60号及び議第61号を一括議題とし、所管部分について説明を求めます。", sec1)
d.add_page_break()

# ---------------- page 2
R.page = 2
s1 = ("令和5年度の市税の決算について御説明いたします。市税全体の収納率は"
      + R.f(f"{ff(r5t)}％", r5t, "collection_rate", "percent", "市税", "市税", 2023, "令和5年度")
      + "で、前年度と比べ" + R.f(f"{ff(round(r5t - r4t, 2))}ポイント", round(r5t - r4t, 2), "difference", "points", "市税", "市税", 2023, "令和5年度")
      + "上昇いたしました。内訳は、現年課税分が" + R.f(f"{ff(r5c)}％", r5c, "collection_rate", "percent", "市税", "市税", 2023, "令和5年度", "current")
      + "、滞納繰越分が" + R.f(f"{ff(r5a)}％", r5a, "collection_rate", "percent", "市税", "市税", 2023, "令和5年度", "arrears")
      + "であります。収入未済額は")
o_m = round(out5, -4)
s1 += R.f(f"{o_m // 10**8}億{(o_m % 10**8) // 10**4:,}万円", o_m, "outstanding", "yen", "市税", "市税", 2023, "令和5年度", approx=False)
dd = round(out4 - out5, -5)
s1 += ("で、前年度から" + R.f(f"約{dd // 10**4:,}万円", -dd, "difference", "yen", "市税", "市税", 2023, "令和5年度", approx=True)
       + "減少しております。また、不納欠損額は" + R.f(f"{wo5 // 10**4}万{wo5 % 10**4:,}円", wo5, "written_off", "yen", "市税", "市税", 2023, "令和5年度")
       + "で、執行停止後3年を経過したもの等を処理したものであります。")
say("近藤　豊税務課長", s1, sec1)
say("佐藤　誠委員長", "説明が終わりました。質疑はありませんか。", sec1)
say("渡辺　隆委員", "滞納繰越分の収納率が上がっているが、どのような取組の成果と考えているか。また、差押えの状況はどうか。", sec1)
say("近藤　豊税務課長", "新潟県地方税徴収機構への引継ぎに加え、預貯金調査の電子化により財産の把握が早くなったことが大きいと考えております。差押えは預貯金を中心に、前年度を上回る件数を執行しております。", sec1)
# 国保 — council member quoting settled year figures
k5, k4 = 95.02, 94.61
say("小林　由美委員", "令和5年度決算で国民健康保険税の現年分の収納率は"
    + R.f(f"{ff(k5)}％", k5, "collection_rate", "percent", "国民健康保険税", "国民健康保険税", 2023, "令和5年度", "current")
    + "と、4年度の" + R.f(f"{ff(k4)}％", k4, "collection_rate", "percent", "国民健康保険税", "国民健康保険税", 2022, "4年度", "current")
    + "から改善しているが、収入未済額の状況はどうか。", sec1)
ko = 212000000
say("大橋　智子市民課長", "国民健康保険税の収入未済額は、令和5年度末で"
    + R.f("約2億1,200万円", ko, "outstanding", "yen", "国民健康保険税", "国民健康保険税", 2023, "令和5年度", approx=True)
    + "となり、前年度から" + R.f("約1,350万円", -13500000, "difference", "yen", "国民健康保険税", "国民健康保険税", 2023, "令和5年度", approx=True)
    + "減少しております。税務課と連携し、短期被保険者証の交付時に納付相談を行っているところです。", sec1)
d.add_page_break()

# ---------------- page 3
R.page = 3
sec2 = "所管事務調査　市税等の収納対策について"
say("星野　昭彦委員", "学校給食費や保育料など、税以外の債権の未収金はどうなっているか。", sec2)
say("丸山　美穂こども課長", "学校給食費の収入未済額は、令和5年度末で"
    + R.f("318万円余", 3180000, "outstanding", "yen", "学校給食費", "学校給食費", 2023, "令和5年度", approx=True)
    + "でございます。保育料は" + R.f("約96万円", 960000, "outstanding", "yen", "保育料", "保育料", 2023, None, approx=True)
    + "で、児童手当からの申出徴収を保護者に案内しております。", sec2)
say("高橋　健吾委員", "市営住宅使用料の滞納はどのように推移しているか。", sec2)
say("早川　修建設課長", "市営住宅使用料の滞納額は、令和元年度末の"
    + R.f("約1,200万円", 12000000, "outstanding", "yen", "市営住宅使用料", "市営住宅使用料", 2019, "令和元年度末", approx=True)
    + "から、令和5年度末には"
    + R.f("約860万円", 8600000, "outstanding", "yen", "市営住宅使用料", "市営住宅使用料", 2023, "令和5年度末", approx=True)
    + "まで減少しております。連帯保証人への通知と、長期滞納者への明渡請求を段階的に行っております。", sec2)
say("清水　正行副市長", "税外債権につきましても、債権管理条例に基づく全庁的な管理を進め、回収と整理の両面から取り組んでまいります。", sec2)
say("佐藤　誠委員長", "ほかに質疑はありませんか。――質疑を終結いたします。これより採決いたします。議第60号及び議第61号は、原案のとおり認定すべきものと決することに御異議ありませんか。――異議なしと認めます。よって、原案のとおり認定すべきものと決しました。以上で本日の日程は全部終了いたしました。これにて委員会を閉会いたします。", sec2)
para(d, "午前11時24分　閉　会", align="c", space_before=6)
d.add_page_break()

# ---------------- page 4: 委員会資料 (horizontal rules only over/under header; 前年度/本年度)
R.page = 4
para(d, "【委員会資料】市税等の収納状況（令和5年度決算）", 11, True, font="IPAexGothic", space_after=3)
para(d, "１　税目別の調定額・収入済額（現年課税分＋滞納繰越分）　（単位：円）", 9.5, space_after=2)
rows = [["税目", "調定額", "収入済額", "収納率"]]
for n in TAX:
    x = T[(n[0], 2023)]
    rr = rate(x["tc"], x["ta"])
    rows.append([n[0], R.f(c(x["ta"]), x["ta"], "assessed", "yen", "市税", n[0], 2023, None),
                 R.f(c(x["tc"]), x["tc"], "collected", "yen", "市税", n[0], 2023, None),
                 R.f(ff(rr), rr, "collection_rate", "percent", "市税", n[0], 2023, None)])
x = tot[2023]
rows.append(["市税計", R.f(c(x["ta"]), x["ta"], "assessed", "yen", "市税", "市税計", 2023, None),
             R.f(c(x["tc"]), x["tc"], "collected", "yen", "市税", "市税計", 2023, None),
             R.f(ff(r5t), r5t, "collection_rate", "percent", "市税", "市税計", 2023, None)])
t = table(d, rows, [40, 42, 42, 24], 9, shade_hdr=False)
no_borders(t, keep_hdr_rules=True)
para(d, "※ 収納率の単位は％。", 8.5, space_before=2)
para(d, "２　収納率の前年度比較　（単位：％、ポイント）", 9.5, space_before=8, space_after=2)
rows = [["区分", "前年度", "本年度", "増減"]]
for n in TAX:
    a, b = T[(n[0], 2022)], T[(n[0], 2023)]
    r4, r5 = rate(a["tc"], a["ta"]), rate(b["tc"], b["ta"])
    df = round(r5 - r4, 2)
    rows.append([n[0], R.f(ff(r4), r4, "collection_rate", "percent", "市税", n[0], 2022, "前年度"),
                 R.f(ff(r5), r5, "collection_rate", "percent", "市税", n[0], 2023, "本年度"),
                 R.f(("△" if df < 0 else "") + ff(abs(df)), df, "difference", "points", "市税", n[0], 2023, "本年度")])
df = round(r5t - r4t, 2)
rows.append(["市税計", R.f(ff(r4t), r4t, "collection_rate", "percent", "市税", "市税計", 2022, "前年度"),
             R.f(ff(r5t), r5t, "collection_rate", "percent", "市税", "市税計", 2023, "本年度"),
             R.f(("△" if df < 0 else "") + ff(abs(df)), df, "difference", "points", "市税", "市税計", 2023, "本年度")])
rows.append(["国民健康保険税（現年分）", R.f(ff(k4), k4, "collection_rate", "percent", "国民健康保険税", "国民健康保険税（現年分）", 2022, "前年度", "current"),
             R.f(ff(k5), k5, "collection_rate", "percent", "国民健康保険税", "国民健康保険税（現年分）", 2023, "本年度", "current"),
             R.f(ff(round(k5 - k4, 2)), round(k5 - k4, 2), "difference", "points", "国民健康保険税", "国民健康保険税（現年分）", 2023, "本年度", "current")])
t = table(d, rows, [52, 28, 28, 24], 9, shade_hdr=False)
no_borders(t, keep_hdr_rules=True)
para(d, "※ 本年度は令和5年度、前年度は令和4年度の決算数値。", 8.5, space_before=2)
para(d, "３　市税の収入未済額及び不納欠損額　（単位：円）", 9.5, space_before=8, space_after=2)
rows = [["区分", "前年度", "本年度", "増減"],
        ["収入未済額", R.f(c(out4), out4, "outstanding", "yen", "市税", "市税", 2022, "前年度"),
         R.f(c(out5), out5, "outstanding", "yen", "市税", "市税", 2023, "本年度"),
         R.f(c(out5 - out4), out5 - out4, "difference", "yen", "市税", "市税", 2023, "本年度")],
        ["不納欠損額", R.f(c(wo4), wo4, "written_off", "yen", "市税", "市税", 2022, "前年度"),
         R.f(c(wo5), wo5, "written_off", "yen", "市税", "市税", 2023, "本年度"),
         R.f(c(wo5 - wo4), wo5 - wo4, "difference", "yen", "市税", "市税", 2023, "本年度")]]
t = table(d, rows, [40, 36, 36, 30], 9, shade_hdr=False)
no_borders(t, keep_hdr_rules=True)

src = Path("/tmp/qn_work") / f"{STEM}.docx"
d.save(src)
soffice_pdf(src, ROOT / "pdf" / f"{STEM}.pdf")
att = ([{"role": r, "title": None, "name": n} for r, n in members]
       + [{"role": "説明員", "title": t_, "name": n} for t_, n in expl]
       + [{"role": "事務局", "title": t_, "name": n} for t_, n in staff])
minutes = {"title": TITLE, "meeting_number": None, "date": "2024-09-12", "method": None, "attendees": att,
           "agenda": agenda, "materials": ["【委員会資料】市税等の収納状況（令和5年度決算）"], "statements": STM}
write_gold(STEM, "minutes", "minutes", "見附市", TITLE, "2024-09-12", "令和6年9月12日", R, minutes)
