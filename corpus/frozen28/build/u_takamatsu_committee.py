"""高松市債権管理推進会議 資料（取組個票） — PyMuPDF direct drawing, 16:9 slide pages."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from u_common import Canvas, Gold, PDF_DIR, zen  # noqa: E402

STEM = "u_takamatsu_committee_1"
CITY = "高松市"
TITLE = "令和６年度 第２回 高松市債権管理推進会議"
NOW, PREV = "2024-09-30", "2023-09-30"

NAVY = (0.12, 0.23, 0.42)
LIGHT = (0.88, 0.92, 0.97)
GREY = (0.93, 0.93, 0.93)
ORANGE = (0.85, 0.42, 0.12)


def r1(c, a, nd=1):
    return round(c / a * 100 + 1e-9, nd)


# per debt: R4, R5 actual (千円): current (assessed, collected), arrears (assessed, collected), written_off
DEBTS = [
    dict(key="市税", label="市税", dept="財政局 納税課", no="１",
         R4=dict(cur=(52_413_820, 51_724_560), arr=(2_104_330, 598_410), wo=168_240),
         R5=dict(cur=(53_086_410, 52_431_120), arr=(1_913_170, 571_850), wo=150_774),
         tgt=dict(cur=98.9, arr=31.0, tot=96.9, out=1_700_000),
         sep=dict(cur=(58.4, 57.9), arr=(19.2, 18.5), tot=(56.1, 55.4)),
         est=dict(cur=98.9, arr=31.2, tot=96.9),
         inits=[("市税事務所と連携し、滞納初期の電話催告と文書催告を組み合わせて早期の納付を促す。", "継続"),
                ("預貯金等の財産調査を電子照会で行い、調査から差押えまでの期間を短縮する。", "拡充"),
                ("スマートフォン決済アプリによる納付の周知を、納税通知書の同封チラシで行う。", "新規")]),
    dict(key="国民健康保険料", label="国民健康保険料", dept="健康福祉局 国保・年金課", no="２",
         R4=dict(cur=(12_384_150, 11_424_380), arr=(3_412_560, 702_480), wo=498_305),
         R5=dict(cur=(12_051_730, 11_162_470), arr=(3_189_340, 689_210), wo=474_932),
         tgt=dict(cur=93.0, arr=22.0, tot=78.4, out=3_000_000),
         sep=dict(cur=(41.8, 41.2), arr=(12.4, 12.9), tot=(34.3, 33.9)),
         est=dict(cur=92.8, arr=21.7, tot=78.0),
         inits=[("短期被保険者証の更新時に納付相談を行い、分納誓約の履行状況を管理する。", "継続"),
                ("口座振替の原則化に向けて、新規加入時の申込みを窓口で受け付ける。", "継続"),
                ("資格喪失世帯への催告を資格喪失月の翌月に行い、未納の長期化を防ぐ。", "拡充"),
                ("高額滞納世帯を納税課へ引き継ぎ、一元的な滞納整理を行う。", "新規")]),
    dict(key="介護保険料", label="介護保険料", dept="健康福祉局 介護保険課", no="３",
         R4=dict(cur=(11_024_610, 10_888_540), arr=(312_840, 61_210), wo=88_104),
         R5=dict(cur=(11_318_270, 11_184_320), arr=(303_750, 60_890), wo=86_522),
         tgt=dict(cur=98.9, arr=21.0, tot=97.0, out=230_000),
         sep=dict(cur=(55.6, 55.1), arr=(9.8, 9.4), tot=(54.3, 53.8)),
         est=dict(cur=98.9, arr=21.3, tot=97.0),
         inits=[("普通徴収の被保険者に対し、年金からの特別徴収への切替え時期を個別に通知する。", "継続"),
                ("滞納による給付制限の内容を、要介護認定の申請時に説明する。", "継続"),
                ("過年度分の滞納者に臨戸訪問を行い、生活状況を把握したうえで納付相談につなげる。", "新規")]),
    dict(key="市営住宅使用料", label="市営住宅使用料", dept="都市整備局 住宅課", no="４",
         R4=dict(cur=(1_642_380, 1_611_440), arr=(214_560, 28_740), wo=14_325),
         R5=dict(cur=(1_618_920, 1_590_530), arr=(202_330, 30_160), wo=12_418),
         tgt=dict(cur=98.4, arr=16.0, tot=88.5, out=170_000),
         sep=dict(cur=(47.9, 48.3), arr=(7.1, 6.6), tot=(42.4, 42.1)),
         est=dict(cur=98.2, arr=15.2, tot=88.2),
         inits=[("家賃を３か月以上滞納した入居者に対し、連帯保証人への通知と同時に納付指導を行う。", "継続"),
                ("退去者の滞納家賃について、法的措置（支払督促）を計画的に申し立てる。", "拡充")]),
]
OTHERS_OUT5 = 412_386  # その他の債権 R5 outstanding (千円)


def seg_vals(y):
    ca, cc = y["cur"]
    aa, ac = y["arr"]
    ta, tc = ca + aa, cc + ac
    out = ta - tc - y["wo"]
    return dict(cur_rate=r1(cc, ca), arr_rate=r1(ac, aa), tot_rate=r1(tc, ta), out=out, ta=ta, tc=tc)


g = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2024-11-20", "令和６年１１月２０日（水）")
cv = Canvas(960, 540)


def frame(title, sub=None, pno=None):
    cv.rect((0, 0, 960, 46), fill=NAVY, stroke=None)
    cv.text(28, 31, title, 20, color=(1, 1, 1))
    if sub:
        cv.text(640, 30, sub, 10, color=(1, 1, 1), align="r", width=300)
    cv.line((28, 516), (932, 516), color=(0.6, 0.6, 0.6), width=0.5)
    cv.text(28, 530, "令和６年度 第２回 高松市債権管理推進会議", 8, color=(0.4, 0.4, 0.4))
    cv.text(880, 530, f"{pno}", 9, color=(0.3, 0.3, 0.3), align="r", width=52)


# ---------------- p1 cover ----------------
p = cv.new_page()
cv.rect((0, 0, 960, 540), fill=(0.97, 0.98, 1.0), stroke=None)
cv.rect((0, 170, 960, 300), fill=NAVY, stroke=None)
cv.text(0, 215, "令和６年度 第２回", 22, color=(1, 1, 1), align="c", width=960)
cv.text(0, 262, "高松市債権管理推進会議", 34, color=(1, 1, 1), align="c", width=960)
cv.text(0, 360, "令和６年１１月２０日（水）　１０：００～", 14, align="c", width=960)
cv.text(0, 385, "市役所４階　第１会議室", 12, align="c", width=960)
cv.rect((300, 410, 660, 500), fill=(1, 1, 1), stroke=(0.5, 0.5, 0.5))
cv.text(315, 430, "次　第", 11)
cv.text(325, 450, "１　主要債権の収納状況について（報告）　………　資料１", 10)
cv.text(325, 468, "２　主要債権の取組個票について（報告）　………　資料２", 10)
cv.text(325, 486, "３　令和６年度下半期の取組方針について（協議）", 10)
cv.text(880, 60, "資　料", 14, align="r", width=60)

# ---------------- p2 overview (big-number panels + 参考 box) ----------------
pno = cv.new_page()
frame("資料１　主要債権の収納状況（令和５年度決算）", "財政局 納税課", pno)
vals5 = {d["key"]: seg_vals(d["R5"]) for d in DEBTS}
vals4 = {d["key"]: seg_vals(d["R4"]) for d in DEBTS}
all_out5 = sum(v["out"] for v in vals5.values()) + OTHERS_OUT5
# panels
panels = []
man = round(all_out5 / 10 / 10) * 10  # 千円 -> 万円, rounded to 10万円
o, m = divmod(man, 10000)
big = f"約{o}億{m:,}万円"
cv.rect((40, 70, 330, 230), fill=LIGHT, stroke=None)
cv.text(55, 95, "収入未済額（全債権）", 12, color=NAVY)
cv.text(55, 160, big, 26, color=NAVY)
cv.text(55, 200, "令和５年度決算", 10, color=(0.3, 0.3, 0.3))
g.fact(None, "全債権", 2023, "令和５年度決算", "total", "outstanding", "actual", man * 10000, "yen", big, pno, approx=True)
main_ta = sum(v["ta"] for v in vals5.values())
main_tc = sum(v["tc"] for v in vals5.values())
main_rate = r1(main_tc, main_ta)
main_ta4 = sum(v["ta"] for v in vals4.values())
main_tc4 = sum(v["tc"] for v in vals4.values())
main_rate4 = r1(main_tc4, main_ta4)
cv.rect((350, 70, 640, 230), fill=LIGHT, stroke=None)
cv.text(365, 95, "収納率（主要４債権計）", 12, color=NAVY)
cv.text(365, 165, f"{main_rate:.1f}", 40, color=NAVY)
cv.text(365 + cv.tlen(f"{main_rate:.1f}", 40) + 4, 165, "％", 18, color=NAVY)
cv.text(365, 200, f"前年度 {main_rate4:.1f}％　→　{round(main_rate-main_rate4,1):+.1f}ポイント", 10, color=(0.3, 0.3, 0.3))
g.fact(None, "主要４債権計", 2023, "令和５年度決算", "total", "collection_rate", "actual", main_rate, "percent",
       f"{main_rate:.1f}", pno)
g.fact(None, "主要４債権計", 2022, "前年度", "total", "collection_rate", "actual", main_rate4, "percent",
       f"{main_rate4:.1f}％", pno)
cv.rect((660, 70, 920, 230), fill=(1.0, 0.95, 0.9), stroke=None)
cv.text(675, 95, "主要４債権の調定額", 12, color=ORANGE)
cv.text(675, 150, f"{main_ta:,}", 24, color=ORANGE)
cv.text(675, 178, "千円", 12, color=ORANGE)
cv.text(675, 205, f"うち収入済額 {main_tc:,}千円", 10, color=(0.3, 0.3, 0.3))
g.fact(None, "主要４債権", 2023, "令和５年度決算", "total", "assessed", "actual", main_ta * 1000, "yen", f"{main_ta:,}", pno)
g.fact(None, "主要４債権", 2023, "令和５年度決算", "total", "collected", "actual", main_tc * 1000, "yen",
       f"{main_tc:,}千円", pno)
# 参考 box
cv.text(40, 262, "【参考】債権別の収入未済額（令和５年度決算）", 12, color=NAVY)
cv.rect((40, 270, 470, 470), stroke=NAVY, width=1.0)
y = 295
for d in DEBTS:
    v = vals5[d["key"]]
    cv.text(58, y, f"・{d['label']}：{v['out']:,}千円", 11)
    g.fact(d["key"], d["label"], 2023, "令和５年度決算", "total", "outstanding", "actual", v["out"] * 1000, "yen",
           f"{v['out']:,}千円", pno)
    y += 26
cv.text(58, y, f"・その他：{OTHERS_OUT5:,}千円", 11)
g.fact(None, "その他", 2023, "令和５年度決算", "total", "outstanding", "actual", OTHERS_OUT5 * 1000, "yen",
       f"{OTHERS_OUT5:,}千円", pno)
y += 26
cv.line((58, y - 14), (450, y - 14), width=0.4)
cv.text(58, y + 4, f"・合計：{all_out5:,}千円", 11)
g.fact(None, "合計", 2023, "令和５年度決算", "total", "outstanding", "actual", all_out5 * 1000, "yen",
       f"{all_out5:,}千円", pno)
# free floating text boxes
cv.rect((500, 270, 920, 470), fill=GREY, stroke=None)
yy = cv.para(515, 295, "■ 主要４債権の収入未済額は、市税と国民健康保険料で全体の８割以上を占めている。", 11, 390)
yy = cv.para(515, yy + 8, "■ 市税は滞納繰越分の圧縮が進み、前年度から収入未済額が減少した。", 11, 390)
yy = cv.para(515, yy + 8, "■ 市営住宅使用料は退去者分の滞納が残り、法的措置の計画的な実施が課題である。", 11, 390)
cv.text(40, 495, "※ 金額は千円未満を切り捨てて表示しているため、合計が一致しない場合がある。", 8.5, color=(0.3, 0.3, 0.3))


# ---------------- p3-6 取組個票 ----------------
def kohyo(d):
    pno = cv.new_page()
    frame(f"資料２　取組個票（{zen(d['no'])}）", "令和６年９月末時点", pno)
    # label/value one-row table
    x0, y0 = 30, 58
    cols = [(x0, 90, "債権名", True), (x0 + 90, 260, d["label"], False),
            (x0 + 350, 90, "所管課", True), (x0 + 440, 250, d["dept"], False),
            (x0 + 690, 90, "債権区分", True), (x0 + 780, 120, "強制徴収公債権" if d["key"] != "市営住宅使用料" else "私債権", False)]
    for x, w, s, head in cols:
        cv.rect((x, y0, x + w, y0 + 24), fill=LIGHT if head else None, stroke=(0.3, 0.3, 0.3))
        cv.text(x + 6, y0 + 16, s, 11 if not head else 10, align="c" if head else "l", width=w - 12)
    # table A: metric rows x years columns
    R4, R5 = seg_vals(d["R4"]), seg_vals(d["R5"])
    tg = d["tgt"]
    cv.text(30, 104, "１　収納状況の推移（単位：千円、％）", 11, color=NAVY)
    tx, ty = 30, 112
    cw = [26, 82, 92, 92, 84]
    rh = 17
    heads = ["", "項目", "令和４年度決算", "令和５年度決算", "令和６年度目標"]
    xs = [tx]
    for w in cw:
        xs.append(xs[-1] + w)
    cv.rect((tx, ty, xs[-1], ty + rh), fill=NAVY, stroke=(0.3, 0.3, 0.3))
    for i, h in enumerate(heads):
        cv.text(xs[i], ty + 12, h, 8.5, color=(1, 1, 1), align="c", width=cw[i])
    groups = [
        ("現年分", "current", [("調定額", d["R4"]["cur"][0], d["R5"]["cur"][0], None, "assessed"),
                              ("収入済額", d["R4"]["cur"][1], d["R5"]["cur"][1], None, "collected"),
                              ("収納率", R4["cur_rate"], R5["cur_rate"], tg["cur"], "collection_rate")]),
        ("滞繰分", "arrears", [("調定額", d["R4"]["arr"][0], d["R5"]["arr"][0], None, "assessed"),
                              ("収入済額", d["R4"]["arr"][1], d["R5"]["arr"][1], None, "collected"),
                              ("収納率", R4["arr_rate"], R5["arr_rate"], tg["arr"], "collection_rate")]),
        ("合計", "total", [("不納欠損額", d["R4"]["wo"], d["R5"]["wo"], None, "written_off"),
                          ("収入未済額", R4["out"], R5["out"], tg["out"], "outstanding"),
                          ("収納率", R4["tot_rate"], R5["tot_rate"], tg["tot"], "collection_rate")]),
    ]
    y = ty + rh
    for gname, seg, rows in groups:
        gy = y
        for lab, v4, v5, vt, metric in rows:
            cv.rect((xs[1], y, xs[-1], y + rh), stroke=(0.3, 0.3, 0.3))
            for i in range(2, 5):
                cv.line((xs[i], y), (xs[i], y + rh), color=(0.3, 0.3, 0.3))
            cv.text(xs[1] + 4, y + 12, lab, 8.5)
            for i, (v, fy, fyraw, basis) in enumerate(((v4, 2022, "令和４年度決算", "actual"),
                                                        (v5, 2023, "令和５年度決算", "actual"),
                                                        (vt, 2024, "令和６年度目標", "target"))):
                if v is None:
                    s = "－"
                    cv.text(xs[2 + i], y + 12, s, 8.5, align="c", width=cw[2 + i])
                    continue
                if metric == "collection_rate":
                    s = f"{v:.1f}"
                    val, unit = v, "percent"
                else:
                    s = f"{v:,}"
                    val, unit = v * 1000, "yen"
                cv.text(xs[2 + i], y + 12, s, 8.5, align="r", width=cw[2 + i] - 5)
                g.fact(d["key"], d["label"], fy, fyraw, seg, metric, basis, val, unit, s, pno)
            y += rh
        # vertical group label (one char per line)
        cv.rect((xs[0], gy, xs[1], y), fill=GREY, stroke=(0.3, 0.3, 0.3))
        n = len(gname)
        cy = gy + (y - gy) / 2 - (n * 11) / 2 + 9
        for k, ch in enumerate(gname):
            cv.text(xs[0], cy + k * 11, ch, 9, align="c", width=cw[0])
    cv.text(30, y + 12, "※ 令和６年度目標の収入未済額は、年度末時点の目標額である。", 7.5, color=(0.3, 0.3, 0.3))
    # table B: periods as rows, segments as columns
    bx, by = 470, 104
    cv.text(bx, by, "２　収納率の進捗（単位：％、（　）内は前年同期）", 11, color=NAVY)
    bcw = [92, 92, 92, 92, 62]
    bxs = [bx]
    for w in bcw:
        bxs.append(bxs[-1] + w)
    by += 8
    hdr = ["区分", "現年分", "滞繰分", "合計", "達成見込"]
    cv.rect((bx, by, bxs[-1], by + 20), fill=NAVY, stroke=(0.3, 0.3, 0.3))
    for i, h in enumerate(hdr):
        cv.text(bxs[i], by + 14, h, 9, color=(1, 1, 1), align="c", width=bcw[i])
    sep, est = d["sep"], d["est"]
    rows = [("令和６年９月末", "interim", [sep["cur"], sep["arr"], sep["tot"]]),
            ("年度末見込", "estimate", [est["cur"], est["arr"], est["tot"]]),
            ("令和６年度目標", "target", [tg["cur"], tg["arr"], tg["tot"]])]
    yy = by + 20
    for lab, basis, vals in rows:
        cv.rect((bx, yy, bxs[-1], yy + 24), stroke=(0.3, 0.3, 0.3), fill=(GREY if basis == "target" else None))
        for i in range(1, 5):
            cv.line((bxs[i], yy), (bxs[i], yy + 24), color=(0.3, 0.3, 0.3))
        cv.text(bx + 4, yy + 16, lab, 9)
        for i, (v, seg) in enumerate(zip(vals, ("current", "arrears", "total"))):
            if basis == "interim":
                s = f"{v[0]:.1f}（{v[1]:.1f}）"
                g.fact(d["key"], d["label"], 2024, "令和６年９月末", seg, "collection_rate", "interim", v[0],
                       "percent", f"{v[0]:.1f}", pno, as_of=NOW)
                g.fact(d["key"], d["label"], 2023, "前年同期", seg, "collection_rate", "interim", v[1],
                       "percent", f"（{v[1]:.1f}）", pno, as_of=PREV)
            else:
                s = f"{v:.1f}"
                g.fact(d["key"], d["label"], 2024, lab, seg, "collection_rate", basis, v, "percent", s, pno)
            cv.text(bxs[1 + i], yy + 16, s, 9.5, align="r", width=bcw[1 + i] - 6)
        if basis == "estimate":
            ok = "○" if est["tot"] >= tg["tot"] else "×"
            cv.text(bxs[4], yy + 16, ok, 11, align="c", width=bcw[4])
        yy += 24
    cv.text(bx, yy + 12, "※ 達成見込は、合計の年度末見込が目標以上の場合に○としている。", 7.5, color=(0.3, 0.3, 0.3))
    # initiatives box
    iy = 330
    cv.text(30, iy, "３　令和６年度の主な取組", 11, color=NAVY)
    cv.rect((30, iy + 8, 930, 505), stroke=NAVY, width=1.0)
    y = iy + 28
    marks = "①②③④⑤"
    for k, (t, tag) in enumerate(d["inits"]):
        s = f"{marks[k]}　{t}【{tag}】"
        lines = cv.wrap(s, 11, 860)
        if k == 1:  # put the tag alone on its own line for one item
            lines = cv.wrap(f"{marks[k]}　{t}", 11, 860) + [f"【{tag}】"]
        for j, ln in enumerate(lines):
            cv.text(45 + (22 if j else 0), y, ln, 11)
            y += 17
        y += 5
        g.init(d["key"], 2024, "令和６年度の主な取組", marks[k], f"{t}【{tag}】", tag, pno)
    return pno


for d in DEBTS:
    kohyo(d)

# ---------------- p7 summary (no debt) ----------------
pno = cv.new_page()
frame("資料２（別紙）　主要債権の収納率の見通し", "令和６年９月末時点", pno)
cv.text(40, 80, "表　主要債権の収納率の見通し（単位：％）", 13, color=NAVY)
x0, y0 = 40, 95
cw = [180, 84, 84, 84, 84, 84, 84, 90]
xs = [x0]
for w in cw:
    xs.append(xs[-1] + w)
# two-row header with groups side by side
cv.rect((x0, y0, xs[-1], y0 + 48), fill=LIGHT, stroke=(0.3, 0.3, 0.3))
cv.line((xs[1], y0 + 24), (xs[7], y0 + 24), color=(0.3, 0.3, 0.3))
for i in range(1, 8):
    top = y0 + (24 if i in (2, 4, 6) else 0)
    cv.line((xs[i], top), (xs[i], y0 + 48), color=(0.3, 0.3, 0.3))
cv.text(xs[0], y0 + 29, "債権名", 11, align="c", width=cw[0])
for gi, gname in enumerate(("９月末時点", "年度末見込", "令和６年度目標")):
    cv.text(xs[1 + 2 * gi], y0 + 17, gname, 11, align="c", width=cw[1] * 2)
    cv.text(xs[1 + 2 * gi], y0 + 41, "現年分", 10, align="c", width=cw[1])
    cv.text(xs[2 + 2 * gi], y0 + 41, "滞繰分※1", 10, align="c", width=cw[1])
cv.text(xs[7], y0 + 29, "達成見込※2", 10, align="c", width=cw[7])
y = y0 + 48
for k, d in enumerate(DEBTS):
    fill = GREY if k % 2 else None
    cv.rect((x0, y, xs[-1], y + 30), fill=fill, stroke=(0.3, 0.3, 0.3))
    for i in range(1, 8):
        cv.line((xs[i], y), (xs[i], y + 30), color=(0.3, 0.3, 0.3))
    cv.text(x0 + 8, y + 20, d["label"], 11)
    sep, est, tg = d["sep"], d["est"], d["tgt"]
    cells = [(sep["cur"][0], "current", "interim", "９月末時点"), (sep["arr"][0], "arrears", "interim", "９月末時点"),
             (est["cur"], "current", "estimate", "年度末見込"), (est["arr"], "arrears", "estimate", "年度末見込"),
             (tg["cur"], "current", "target", "令和６年度目標"), (tg["arr"], "arrears", "target", "令和６年度目標")]
    for i, (v, seg, basis, fyraw) in enumerate(cells):
        s = f"{v:.1f}"
        cv.text(xs[1 + i], y + 20, s, 11, align="r", width=cw[1 + i] - 8)
        g.fact(d["key"], d["label"], 2024, fyraw, seg, "collection_rate", basis, v, "percent", s, pno,
               as_of=NOW if basis == "interim" else None)
    ok = "○" if (est["cur"] >= tg["cur"] and est["arr"] >= tg["arr"]) else "×"
    cv.text(xs[7], y + 20, ok, 12, align="c", width=cw[7])
    y += 30
cv.text(40, y + 18, "※1　滞繰分は、滞納繰越分（過年度分）をいう。", 9)
cv.text(40, y + 34, "※2　達成見込は、現年分・滞繰分の年度末見込がいずれも目標以上の場合に○、それ以外を×としている。", 9)
cv.rect((40, y + 56, 920, y + 150), fill=(1.0, 0.97, 0.92), stroke=ORANGE)
cv.text(56, y + 80, "下半期の重点（協議事項）", 12, color=ORANGE)
cv.para(56, y + 102, "年度末見込が目標に届かない債権については、１２月と３月の滞納整理強化月間に、所管課と納税課の合同による催告と財産調査を集中して実施する。", 11, 850)

dst = PDF_DIR / f"{STEM}.pdf"
cv.save(dst)
g.write(dst)
