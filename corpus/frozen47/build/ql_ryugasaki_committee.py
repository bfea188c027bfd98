"""ql_ryugasaki_committee_1: 龍ケ崎市債権管理対策会議 資料 (取組個票). openpyxl -> LibreOffice.
Run from corpus/frozen47:  python3 build/ql_ryugasaki_committee.py"""
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from ql_common import ROOT, WORK, Gold, c, check, rate, soffice, tri

STEM = "ql_ryugasaki_committee_1"
g = Gold(STEM, "committee_material", "kobetsu", "龍ケ崎市", "令和7年度第1回龍ケ崎市債権管理対策会議 資料",
         "2025-07-24", "令和7年7月24日")

# ---------------- data (千円) ----------------
# name, short, kaikei, kind, section, cur_assessed, cur_rate(‰*10), arr_assessed, arr_rate, writeoff, dept
D = [
    ("市税", "市税", "一般会計", "強", 9_184_322, 99.12, 612_480, 28.4, 21_346, "収納課"),
    ("保育料", "保育料", "一般会計", "強", 241_806, 98.65, 18_412, 22.7, 1_204, "こども家庭課"),
    ("生活保護費返還金", "生活保護費返還金", "一般会計", "非", 38_154, 61.3, 96_518, 6.2, 2_911, "社会福祉課"),
    ("市営住宅使用料", "市営住宅使用料", "一般会計", "私", 112_630, 96.84, 27_305, 17.9, 846, "都市計画課"),
    ("奨学金貸付金返還金", "奨学金返還金", "一般会計", "私", 21_478, 88.2, 14_926, 11.5, 0, "教育総務課"),
    ("国民健康保険税", "国民健康保険税", "国民健康保険特別会計", "強", 1_948_215, 94.63, 803_742, 21.9, 48_120, "収納課"),
    ("介護保険料", "介護保険料", "介護保険特別会計", "強", 1_402_566, 99.31, 41_027, 19.8, 6_385, "高齢福祉課"),
    ("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療特別会計", "強", 968_044, 99.58, 9_613, 42.6, 742, "保険年金課"),
]
rows = {}
for name, short, kaikei, kind, ca, cr, aa, ar, wo, dept in D:
    cc = round(ca * cr / 100)
    ac = round(aa * ar / 100)
    rows[name] = dict(short=short, kaikei=kaikei, kind=kind, dept=dept, ca=ca, cc=cc, aa=aa, ac=ac, wo=wo)


def derive(r):
    r["cr"] = rate(r["cc"], r["ca"], 1 if False else 2)
    r["ar"] = rate(r["ac"], r["aa"], 1)
    r["ta"] = r["ca"] + r["aa"]
    r["tc"] = r["cc"] + r["ac"]
    r["tr"] = rate(r["tc"], r["ta"], 2)
    r["to"] = r["ta"] - r["tc"] - r["wo"]
    r["co"] = r["ca"] - r["cc"]
    return r


for r in rows.values():
    derive(r)


def agg(names):
    r = {k: sum(rows[n][k] for n in names) for k in ("ca", "cc", "aa", "ac", "wo")}
    return derive(r)


gen = [n for n in rows if rows[n]["kaikei"] == "一般会計"]
spe = [n for n in rows if rows[n]["kaikei"] != "一般会計"]
sub_gen, sub_spe, grand = agg(gen), agg(spe), agg(list(rows))

# ---------------- workbook ----------------
wb = Workbook()
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"


def sheet(title, landscape=False, widths=None):
    ws = wb.create_sheet(title)
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.7
    ws.oddFooter.center.text = "令和7年度第1回 龍ケ崎市債権管理対策会議 資料　- &P -"
    ws.oddFooter.center.font = FONT
    ws.oddFooter.center.size = 8
    for i, w in enumerate(widths or [], 1):
        ws.column_dimensions[chr(64 + i)].width = w
    return ws


def put(ws, r, col, v, bold=False, fill=None, align="center", border=True, size=9, merge_to=None, wrap=True,
        vertical=False, valign="center"):
    cell = ws.cell(row=r, column=col, value=v)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap,
                               text_rotation=255 if vertical else 0)
    if fill:
        cell.fill = fill
    if merge_to:
        ws.merge_cells(start_row=r, start_column=col, end_row=merge_to[0], end_column=merge_to[1])
        for rr in range(r, merge_to[0] + 1):
            for cc in range(col, merge_to[1] + 1):
                x = ws.cell(row=rr, column=cc)
                if border:
                    x.border = B
                if fill:
                    x.fill = fill
    elif border:
        cell.border = B
    return cell


# ===== page 1: summary =====
ws = sheet("総括表", landscape=True, widths=[6, 20, 5, 11, 11, 7, 10, 10, 7, 11, 11, 7, 9, 10])
put(ws, 1, 1, "資料１", border=False, align="left", size=10)
put(ws, 2, 1, "令和６年度　債権別収納状況（決算）", bold=True, border=False, align="left", size=14, merge_to=(2, 14))
put(ws, 3, 1, "（単位：千円、％）", border=False, align="right", size=9, merge_to=(3, 14))
P = 1
put(ws, 4, 1, "会計", fill=HEAD, merge_to=(6, 1))
put(ws, 4, 2, "債権名", fill=HEAD, merge_to=(6, 2))
put(ws, 4, 3, "区分", fill=HEAD, merge_to=(6, 3))
put(ws, 4, 4, "令和６年度決算", fill=HEAD, bold=True, merge_to=(4, 14))
put(ws, 5, 4, "現年度分", fill=HEAD, merge_to=(5, 6))
put(ws, 5, 7, "滞納繰越分", fill=HEAD, merge_to=(5, 9))
put(ws, 5, 10, "計", fill=HEAD, merge_to=(5, 14))
for i, h in enumerate(["調定額※3", "収入済額", "収納率"] * 3 + ["不納欠損額", "収入未済額"]):
    put(ws, 6, 4 + i, h, fill=HEAD, size=8)
FY, FYR = 2024, "令和６年度"


def facts_row(page, debt, raw, r):
    seq = [("current", "assessed", r["ca"]), ("current", "collected", r["cc"]), ("current", "collection_rate", r["cr"]),
           ("arrears", "assessed", r["aa"]), ("arrears", "collected", r["ac"]), ("arrears", "collection_rate", r["ar"]),
           ("total", "assessed", r["ta"]), ("total", "collected", r["tc"]), ("total", "collection_rate", r["tr"]),
           ("total", "written_off", r["wo"]), ("total", "outstanding", r["to"])]
    out = []
    for seg, met, v in seq:
        if met == "collection_rate":
            s = f"{v:.2f}" if seg != "arrears" else f"{v:.1f}"
            g.f(page, debt, raw, FY, FYR, seg, met, "actual", v, "percent", s)
        else:
            s = c(v) if v else "－"
            if v:
                g.f(page, debt, raw, FY, FYR, seg, met, "actual", v * 1000, "yen", s)
        out.append(s)
    return out


r0 = 7
put(ws, r0, 1, "【一般会計】", bold=True, fill=SEC, align="left", merge_to=(r0, 14))
r0 += 1
first = r0
for n in gen:
    R = rows[n]
    put(ws, r0, 2, R["short"], align="left")
    put(ws, r0, 3, R["kind"])
    for i, s in enumerate(facts_row(P, n, R["short"], R)):
        put(ws, r0, 4 + i, s, align="right")
    r0 += 1
put(ws, first, 1, "一般会計", vertical=True, merge_to=(r0 - 1, 1))
put(ws, r0, 1, "一般会計計", bold=True, fill=SEC, merge_to=(r0, 3))
for i, s in enumerate(facts_row(P, None, "一般会計計", sub_gen)):
    put(ws, r0, 4 + i, s, align="right", fill=SEC, bold=True)
r0 += 1
put(ws, r0, 1, "【特別会計】", bold=True, fill=SEC, align="left", merge_to=(r0, 14))
r0 += 1
for n in spe:
    R = rows[n]
    put(ws, r0, 1, R["kaikei"].replace("特別会計", "特会"), size=7)
    put(ws, r0, 2, R["short"], align="left")
    put(ws, r0, 3, R["kind"])
    for i, s in enumerate(facts_row(P, n, R["short"], R)):
        put(ws, r0, 4 + i, s, align="right")
    r0 += 1
put(ws, r0, 1, "特別会計計", bold=True, fill=SEC, merge_to=(r0, 3))
for i, s in enumerate(facts_row(P, None, "特別会計計", sub_spe)):
    put(ws, r0, 4 + i, s, align="right", fill=SEC, bold=True)
r0 += 1
put(ws, r0, 1, "総計", bold=True, fill=HEAD, merge_to=(r0, 3))
for i, s in enumerate(facts_row(P, None, "総計", grand)):
    put(ws, r0, 4 + i, s, align="right", fill=HEAD, bold=True)
r0 += 2
notes = ["※1 区分欄　強：強制徴収公債権、非：非強制徴収公債権、私：私債権",
         "※2 収納率は小数点以下第３位を四捨五入（滞納繰越分は第２位を四捨五入）。",
         "※3 調定額は還付未済額を含まない。"]
g.f(P, None, "総計", FY, FYR, "current", "outstanding", "actual", grand["co"] * 1000, "yen", c(grand["co"]))
notes.append(f"※4 総計の収入未済額のうち現年度分 {c(grand['co'])}千円")
for t in notes:
    put(ws, r0, 1, t, border=False, align="left", size=8, merge_to=(r0, 14))
    r0 += 1

# ===== pages 2-4: 取組個票 =====
YEARS = [(2020, "令和２年度"), (2021, "令和３年度"), (2022, "令和４年度"), (2023, "令和５年度"), (2024, "令和６年度")]
# multiplicative histories so that R6 equals the summary
HIST = {
    "市税": dict(ta=[9_982_115, 9_904_870, 9_861_402, 9_832_977], tr=[93.12, 93.61, 94.05, 94.37], wo=[33_417, 29_802, 26_115, 23_904]),
    "国民健康保険税": dict(ta=[2_981_604, 2_903_377, 2_844_710, 2_792_233], tr=[71.84, 72.66, 73.41, 73.89], wo=[71_246, 64_118, 57_930, 52_447]),
    "保育料": dict(ta=[284_117, 276_950, 268_302, 263_417], tr=[89.66, 90.24, 90.87, 91.15], wo=[2_318, 1_905, 1_487, 1_366]),
}
INFO = {
    "市税": dict(no=1, dept="収納課", kind="強制徴収公債権", law="地方税法", page=2,
               ratecur_t=[(2023, "令和５年度", 99.00, 99.03), (2024, "令和６年度", 99.10, None)],
               rate_arr_t=[(2023, "令和５年度", 27.0, 26.9), (2024, "令和６年度", 28.0, None)],
               target=(99.20, 29.0, 600_000), del_n=2_418, seize=612),
    "国民健康保険税": dict(no=2, dept="収納課・保険年金課", kind="強制徴収公債権", law="地方税法", page=3,
                    ratecur_t=[(2023, "令和５年度", 94.30, 94.41), (2024, "令和６年度", 94.60, None)],
                    rate_arr_t=[(2023, "令和５年度", 21.0, 20.6), (2024, "令和６年度", 21.5, None)],
                    target=(94.80, 22.5, 650_000), del_n=1_906, seize=388),
    "保育料": dict(no=3, dept="こども家庭課", kind="強制徴収公債権", law="児童福祉法", page=4,
                ratecur_t=[(2023, "令和５年度", 98.50, 98.47), (2024, "令和６年度", 98.60, None)],
                rate_arr_t=[(2023, "令和５年度", 22.0, 22.2), (2024, "令和６年度", 23.0, None)],
                target=(98.80, 24.0, 16_000), del_n=97, seize=11),
}
ITEMS = {
    "市税": [
        ("①", "納期限後20日以内に督促状を発送し、督促後も未納の者には文書及び電話による催告を集中的に行う。", "継続", "◎"),
        ("②", "預貯金・給与等の財産調査を早期に実施し、納付資力がありながら納付のない者には差押えを執行する。", "継続", "◎"),
        ("③", "茨城租税債権管理機構への引継ぎを活用し、高額・困難案件の整理を進める。", "継続", "○"),
        ("④", "スマートフォン決済アプリによる納付の周知を強化し、納期内納付の定着を図る。", "拡充", "○"),
        ("⑤", "滞納整理支援システムの更新にあわせ、滞納者の状況を一元管理する。", "新規", "△"),
    ],
    "国民健康保険税": [
        ("①", "資格取得時に口座振替の申込みを勧奨し、口座振替率の向上を図る。", "継続", "○"),
        ("②", "短期被保険者証等の交付機会を活用し、納付相談と分納誓約の履行管理を徹底する。", "継続", "◎"),
        ("③", "市税と一体的に財産調査及び滞納処分を実施し、滞納繰越分の圧縮を図る。", "継続", "◎"),
        ("④", "納付が困難な世帯には軽減・減免制度を案内し、生活再建に向けた相談窓口へつなぐ。", "拡充", "○"),
    ],
    "保育料": [
        ("①", "入所時に口座振替を原則とし、未納が生じた保護者には翌月中に電話で連絡する。", "継続", "◎"),
        ("②", "児童手当からの特別徴収（申出による徴収）を積極的に案内する。", "継続", "○"),
        ("③", "退所者の滞納繰越分について、収納課と連携して財産調査を行い、滞納処分を実施する。", "新規", "△"),
    ],
}

for debt in ["市税", "国民健康保険税", "保育料"]:
    inf, H, R = INFO[debt], HIST[debt], rows[debt]
    P = inf["page"]
    ws = sheet(f"個票{inf['no']}", widths=[13, 11, 11, 11, 11, 11, 10, 9])
    put(ws, 1, 1, f"取組個票　No.{inf['no']}", bold=True, border=False, align="left", size=13, merge_to=(1, 8))
    if debt == "国民健康保険税":
        put(ws, 2, 1, f"債権名　{debt}", bold=True, fill=HEAD, align="left", merge_to=(2, 4))
        put(ws, 2, 5, f"所管課　{inf['dept']}", fill=HEAD, align="left", merge_to=(2, 8))
        put(ws, 3, 1, f"債権区分　{inf['kind']}（根拠法令：{inf['law']}）", align="left", merge_to=(3, 8))
    else:
        put(ws, 2, 1, "債権名", fill=HEAD)
        put(ws, 2, 2, debt, bold=True, merge_to=(2, 3))
        put(ws, 2, 4, "所管課", fill=HEAD)
        put(ws, 2, 5, inf["dept"], merge_to=(2, 6))
        put(ws, 2, 7, "区分", fill=HEAD)
        put(ws, 2, 8, "強", )
        put(ws, 3, 1, "根拠法令", fill=HEAD)
        put(ws, 3, 2, inf["law"], merge_to=(3, 8), align="left")
    put(ws, 5, 1, "１　収納状況の推移（現年度分＋滞納繰越分）　　単位：千円、％", bold=True, border=False, align="left",
        merge_to=(5, 8))
    hdr = ["区分"] + [y[1].replace("令和", "R").replace("年度", "") .replace("２", "2").replace("３", "3")
                     .replace("４", "4").replace("５", "5").replace("６", "6") for y in YEARS] + ["前年度比", "増減率"]
    hdr = ["区分", "R2", "R3", "R4", "R5", "R6", "増減額", "増減率"]
    for i, h in enumerate(hdr):
        put(ws, 6, 1 + i, h, fill=HEAD)
    # series
    ta = H["ta"] + [R["ta"]]
    tr = H["tr"] + [R["tr"]]
    tc = [round(a * r / 100) for a, r in zip(ta[:4], tr[:4])] + [R["tc"]]
    tr = [rate(x, a, 2) for x, a in zip(tc, ta)]
    wo = H["wo"] + [R["wo"]]
    to = [a - x - w for a, x, w in zip(ta, tc, wo)]
    inf["to_r5"] = to[3]
    series = [("調定額", "assessed", ta), ("収入済額", "collected", tc), ("収納率", "collection_rate", tr),
              ("不納欠損額", "written_off", wo), ("収入未済額", "outstanding", to)]
    rr = 7
    for lab, met, vals in series:
        put(ws, rr, 1, lab, fill=SEC)
        for j, v in enumerate(vals):
            fy, fyr = 2020 + j, f"R{2 + j}"
            if met == "collection_rate":
                s = f"{v:.2f}"
                g.f(P, debt, debt, fy, fyr, "total", met, "actual", v, "percent", s)
            else:
                s = c(v)
                g.f(P, debt, debt, fy, fyr, "total", met, "actual", v * 1000, "yen", s)
            put(ws, rr, 2 + j, s, align="right")
        if met == "collection_rate":
            d = round(vals[4] - vals[3], 2)
            s = tri(round(d * 100)) if False else (("△" if d < 0 else "") + f"{abs(d):.2f}")
            g.f(P, debt, debt, 2024, "R6", "total", "difference", "actual", d, "points", s)
            put(ws, rr, 7, s, align="right")
            put(ws, rr, 8, "－", align="center")
        else:
            d = vals[4] - vals[3]
            s = tri(d)
            g.f(P, debt, debt, 2024, "R6", "total", "difference", "actual", d * 1000, "yen", s)
            put(ws, rr, 7, s, align="right")
            pr = round(d / vals[3] * 100, 1)
            s2 = ("△" if pr < 0 else "") + f"{abs(pr):.1f}"
            g.f(P, debt, debt, 2024, "R6", "total", "change_rate", "actual", pr, "percent", s2)
            put(ws, rr, 8, s2, align="right")
        rr += 1
    put(ws, rr, 1, "※増減額・増減率は令和６年度と令和５年度の比較。収納率の増減はポイント。", border=False, align="left", size=8,
        merge_to=(rr, 8))
    rr += 2
    # targets vs results side by side
    put(ws, rr, 1, "２　目標の達成状況　（単位：％）", bold=True, border=False, align="left", merge_to=(rr, 8))
    rr += 1
    put(ws, rr, 1, "区分", fill=HEAD, merge_to=(rr + 1, 1))
    put(ws, rr, 2, "令和５年度", fill=HEAD, merge_to=(rr, 4))
    put(ws, rr, 5, "令和６年度", fill=HEAD, merge_to=(rr, 7))
    put(ws, rr, 8, "備考", fill=HEAD, merge_to=(rr + 1, 8))
    for i, h in enumerate(["目標", "実績", "達成率"] * 2):
        put(ws, rr + 1, 2 + i, h, fill=HEAD)
    rr += 2
    for lab, seg, lst, actual6 in [("現年度分", "current", inf["ratecur_t"], R["cr"]),
                                   ("滞納繰越分", "arrears", inf["rate_arr_t"], R["ar"])]:
        put(ws, rr, 1, lab, fill=SEC)
        nd = 2 if seg == "current" else 1
        for j, (fy, fyr, tgt, act) in enumerate(lst):
            if act is None:
                act = actual6
            ts, as_ = f"{tgt:.{nd}f}", f"{act:.{nd}f}"
            ach = round(act / tgt * 100, 1)
            g.f(P, debt, debt, fy, fyr, seg, "collection_rate", "target", tgt, "percent", ts)
            g.f(P, debt, debt, fy, fyr, seg, "collection_rate", "actual", act, "percent", as_)
            g.f(P, debt, debt, fy, fyr, seg, "achievement_rate", "actual", ach, "percent", f"{ach:.1f}")
            for k, s in enumerate([ts, as_, f"{ach:.1f}"]):
                put(ws, rr, 2 + 3 * j + k, s, align="right")
        if seg == "arrears":
            s = c(R["aa"] - R["ac"] - R["wo"])
            g.f(P, debt, debt, 2024, "令和６年度", "arrears", "outstanding", "actual", (R["aa"] - R["ac"] - R["wo"]) * 1000,
                "yen", s)
            put(ws, rr, 8, f"未済額 {s}千円", size=7)
        else:
            s = c(R["co"])
            g.f(P, debt, debt, 2024, "令和６年度", "current", "outstanding", "actual", R["co"] * 1000, "yen", s)
            put(ws, rr, 8, f"うち現年分未済 {s}千円", size=7)
        ws.row_dimensions[rr].height = 24
        rr += 1
    rr += 1
    # 現状と課題 (prose figures in a cell) + 【参考】 box
    put(ws, rr, 1, "３　現状と課題", bold=True, border=False, align="left", merge_to=(rr, 8))
    rr += 1
    d_out = to[4] - to[3]
    d_arr = round(R["ar"] - inf["rate_arr_t"][0][3], 1)
    t1 = c(to[4])
    t2 = c(abs(d_out))
    t3 = f"{R['ar']:.1f}％"
    t4 = f"{abs(d_arr):.1f}ポイント"
    g.f(P, debt, debt, 2024, "令和６年度末", "total", "outstanding", "actual", to[4] * 1000, "yen", f"収入未済額は{t1}千円")
    g.f(P, debt, debt, 2024, "令和６年度末", "total", "difference", "actual", d_out * 1000, "yen", f"{t2}千円")
    g.f(P, debt, debt, 2024, "令和６年度", "arrears", "collection_rate", "actual", R["ar"], "percent", t3)
    g.f(P, debt, debt, 2024, "令和６年度", "arrears", "difference", "actual", d_arr, "points", t4)
    txt = (f"令和６年度末の収入未済額は{t1}千円で、前年度より{t2}千円{'減少' if d_out < 0 else '増加'}した。"
           f"滞納繰越分の収納率は{t3}となり、前年度比{t4}{'上昇' if d_arr >= 0 else '低下'}した。"
           "一方で、少額・長期の滞納案件が残っており、早期着手と処分の徹底が課題である。")
    put(ws, rr, 1, txt, align="left", merge_to=(rr, 5), valign="top")
    ws.row_dimensions[rr].height = 110
    ref = ["【参考】令和６年度末", f"・滞納者数：{c(inf['del_n'])}人", f"・差押件数：{c(inf['seize'])}件",
           f"・不納欠損額：{c(R['wo'])}千円"]
    g.f(P, debt, debt, 2024, "令和６年度末", "total", "delinquents", "actual", inf["del_n"], "persons", f"{c(inf['del_n'])}人")
    g.f(P, debt, debt, 2024, "令和６年度末", "total", "seizures", "actual", inf["seize"], "cases", f"{c(inf['seize'])}件")
    g.f(P, debt, debt, 2024, "令和６年度末", "total", "written_off", "actual", R["wo"] * 1000, "yen", f"{c(R['wo'])}千円")
    put(ws, rr, 6, "\n".join(ref), align="left", merge_to=(rr, 8), valign="top", size=8)
    rr += 2
    # 令和7年度目標
    put(ws, rr, 1, "４　令和７年度の目標", bold=True, border=False, align="left", merge_to=(rr, 8))
    rr += 1
    tc_, ta_, to_ = inf["target"]
    for i, h in enumerate(["現年度分収納率", "滞納繰越分収納率", "収入未済額（千円）"]):
        put(ws, rr, 1 + 2 * i if i < 2 else 5, h, fill=HEAD, merge_to=(rr, 2 + 2 * i if i < 2 else 8))
    rr += 1
    s1, s2, s3 = f"{tc_:.2f}％", f"{ta_:.1f}％", c(to_)
    g.f(P, debt, debt, 2025, "令和７年度", "current", "collection_rate", "target", tc_, "percent", s1)
    g.f(P, debt, debt, 2025, "令和７年度", "arrears", "collection_rate", "target", ta_, "percent", s2)
    g.f(P, debt, debt, 2025, "令和７年度", "total", "outstanding", "target", to_ * 1000, "yen", s3)
    put(ws, rr, 1, s1, merge_to=(rr, 2))
    put(ws, rr, 3, s2, merge_to=(rr, 4))
    put(ws, rr, 5, s3, merge_to=(rr, 8))
    rr += 2
    # items table: no 取組 header, status column with blank header
    put(ws, rr, 1, "５　目標達成に向けて", bold=True, border=False, align="left", merge_to=(rr, 8))
    rr += 1
    put(ws, rr, 1, "No.", fill=HEAD)
    put(ws, rr, 2, "内容", fill=HEAD, merge_to=(rr, 7))
    put(ws, rr, 8, "", fill=HEAD)
    rr += 1
    for lab, text, st, mark in ITEMS[debt]:
        put(ws, rr, 1, lab)
        put(ws, rr, 2, f"{text}【{st}】", align="left", merge_to=(rr, 7))
        put(ws, rr, 8, mark)
        ws.row_dimensions[rr].height = 30
        g.i(P, debt, 2025, "目標達成に向けて", lab, text, st)
        rr += 1
    put(ws, rr, 1, "※右欄　◎：前年度から継続して実施中　○：一部実施　△：準備中", border=False, align="left", size=8,
        merge_to=(rr, 8))

# ===== page 5: 参考資料 (債権一覧, 上段/下段) =====
P = 5
ws = sheet("参考資料", widths=[7, 20, 14, 13, 5, 13])
put(ws, 1, 1, "参考資料　対象債権一覧", bold=True, border=False, align="left", size=13, merge_to=(1, 6))
put(ws, 2, 1, "収入未済額（単位：千円）", border=False, align="right", size=8, merge_to=(2, 6))
for i, h in enumerate(["債権の種類", "債権名", "所管課", "根拠法令", "区分", "収入未済額"]):
    put(ws, 3, 1 + i, h, fill=HEAD)
LAW = {"市税": "地方税法", "保育料": "児童福祉法", "生活保護費返還金": "生活保護法", "市営住宅使用料": "公営住宅法",
       "奨学金貸付金返還金": "市奨学金条例", "国民健康保険税": "地方税法", "介護保険料": "介護保険法",
       "後期高齢者医療保険料": "高齢者医療確保法"}
# R5 outstanding per debt (下段)
R5OUT = {"市税": INFO["市税"]["to_r5"], "国民健康保険税": INFO["国民健康保険税"]["to_r5"], "保育料": INFO["保育料"]["to_r5"],
         "生活保護費返還金": 131_805, "市営住宅使用料": 28_114, "奨学金貸付金返還金": 14_302, "介護保険料": 45_233,
         "後期高齢者医療保険料": 7_016}
KINDS = [("強制徴収公債権", "強", ["市税", "国民健康保険税", "介護保険料", "後期高齢者医療保険料", "保育料"], "強制徴収公債権計"),
         ("非強制徴収公債権", "非", ["生活保護費返還金"], "非強制徴収公債権計"),
         ("私債権", "私", ["市営住宅使用料", "奨学金貸付金返還金"], "私債権計")]
rr = 4
tot6 = tot5 = 0
for kname, k, names, klabel in KINDS:
    start = rr
    s6 = s5 = 0
    for n in names:
        R = rows[n]
        put(ws, rr, 2, R["short"], merge_to=(rr + 1, 2))
        put(ws, rr, 3, R["dept"], merge_to=(rr + 1, 3))
        put(ws, rr, 4, LAW[n], merge_to=(rr + 1, 4), size=8)
        put(ws, rr, 5, k, merge_to=(rr + 1, 5))
        a, b = c(R["to"]), f"({c(R5OUT[n])})"
        g.f(P, n, R["short"], 2024, None, "total", "outstanding", "actual", R["to"] * 1000, "yen", a)
        g.f(P, n, R["short"], 2023, None, "total", "outstanding", "actual", R5OUT[n] * 1000, "yen", c(R5OUT[n]))
        put(ws, rr, 6, a, align="right")
        put(ws, rr + 1, 6, b, align="right", size=8)
        s6 += R["to"]
        s5 += R5OUT[n]
        rr += 2
    put(ws, rr, 2, klabel, fill=SEC, merge_to=(rr + 1, 5))
    g.f(P, None, klabel, 2024, None, "total", "outstanding", "actual", s6 * 1000, "yen", c(s6))
    g.f(P, None, klabel, 2023, None, "total", "outstanding", "actual", s5 * 1000, "yen", c(s5))
    put(ws, rr, 6, c(s6), align="right", fill=SEC)
    put(ws, rr + 1, 6, f"({c(s5)})", align="right", fill=SEC, size=8)
    rr += 2
    put(ws, start, 1, kname, vertical=True, merge_to=(rr - 1, 1), size=8)
    tot6 += s6
    tot5 += s5
put(ws, rr, 1, "総計", bold=True, fill=HEAD, merge_to=(rr + 1, 5))
g.f(P, None, "総計", 2024, None, "total", "outstanding", "actual", tot6 * 1000, "yen", c(tot6))
g.f(P, None, "総計", 2023, None, "total", "outstanding", "actual", tot5 * 1000, "yen", c(tot5))
put(ws, rr, 6, c(tot6), align="right", fill=HEAD, bold=True)
put(ws, rr + 1, 6, f"({c(tot5)})", align="right", fill=HEAD, size=8)
rr += 2
put(ws, rr, 1, "上段：令和６年度末、下段（　）：令和５年度末", border=False, align="left", size=8, merge_to=(rr, 6))
assert tot6 == grand["to"], (tot6, grand["to"])

del wb["Sheet"]
xlsx = WORK / f"{STEM}.xlsx"
wb.save(xlsx)
soffice(xlsx, WORK)
pdf = ROOT / "pdf" / f"{STEM}.pdf"
shutil.copy(WORK / f"{STEM}.pdf", pdf)
gp = g.write(pdf)
ok = check(pdf, gp)
sys.exit(0 if ok else 1)
