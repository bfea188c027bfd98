"""fz_kaga_minutes_1: 加賀市債権管理対策会議 議事要旨 (書面開催) — PyMuPDF drawing.

Run from corpus/frozen41:  python3 build/fz_kaga_minutes.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fz_common import Gold, Canvas, PDF_DIR, rate  # noqa: E402

STEM = "fz_kaga_minutes_1"
TITLE = "令和７年度第２回加賀市債権管理対策会議 議事要旨"
G = Gold(STEM, "minutes", "加賀市", TITLE, "2026-01-23", "令和８年１月２３日", "minutes")
C = Canvas(G)
NOW, PREV = ("2025-12-31", 2025, "今期"), ("2024-12-31", 2024, "前年同期")

# ---------------------------------------------------------------- data: 12月末 (千円)
# debt key: (short label, canonical, {seg: (A_now, C_now, A_prev, C_prev)})
DATA = [
    ("市税", "市税", {"current": (9_812_455, 7_992_346, 9_704_210, 7_857_503),
                      "arrears": (412_380, 76_785, 448_920, 77_214)}),
    ("国保税", "国民健康保険税", {"current": (1_684_220, 1_046_331, 1_712_845, 1_054_122),
                                  "arrears": (521_604, 81_370, 566_118, 79_823)}),
    ("介護料", "介護保険料", {"total": (1_925_310, 1_467_085, 1_898_462, 1_439_805)}),
    ("後期高齢", "後期高齢者医療保険料", {"total": (1_103_875, 913_457, 1_072_330, 884_030)}),
    ("保育料", "保育所保育料", {"total": (148_226, 126_511, 155_904, 131_660)}),
    ("住宅使用料", "市営住宅使用料", {"total": (96_418, 69_320, 99_207, 70_136)}),
]
for _, _, segs in DATA:
    if "current" in segs:
        a = tuple(segs["current"][i] + segs["arrears"][i] for i in range(4))
        segs["total"] = a

# ---------------------------------------------------------------- page 1
C.new_page()
y = 70
C.text(297, y, "令和７年度第２回", 13, "g", align="c")
y += 22
C.text(297, y, "加賀市債権管理対策会議　議事要旨", 15, "g", align="c")
y += 34
X, WID = 60, 475
C.text(X, y, "１　開催日等", 11, "g"); y += 18
y = C.para(X + 14, y, "令和８年１月２３日（金）付けで各委員に会議資料を送付し、書面により意見を聴取した。"
                      "（意見提出期限　令和８年２月６日（金））", WID - 14)
y += 4
C.text(X, y, "２　開催方法", 11, "g"); y += 18
C.text(X + 14, y, "書面開催（新型感染症の流行状況及び年度末の業務繁忙を考慮）", 10.5); y += 22
C.text(X, y, "３　出席者（委員８名、事務局３名）", 11, "g"); y += 8
att = [("委員長", "副市長"), ("副委員長", "総務部長"), ("委員", "市民部長"), ("委員", "健康福祉部長"),
       ("委員", "こども・子育て部長"), ("委員", "建設部長"), ("委員", "ガス上下水道局長"), ("委員", "教育部長"),
       ("事務局", "総務部税務課長"), ("事務局", "総務部収納推進室長"), ("事務局", "総務部収納推進室主査")]
rows = [["区分", "職名", "区分", "職名"]]
half = (len(att) + 1) // 2
for i in range(half):
    l = att[i]
    r = att[i + half] if i + half < len(att) else ("", "")
    rows.append([l[0], l[1], r[0], r[1]])
y = C.table(X + 14, y, [70, 150, 70, 150], rows, size=9.5, rh=17, aligns="lclc",
            fills={0: (0.88, 0.88, 0.88)}) + 20
C.text(X, y, "４　議題", 11, "g"); y += 18
agenda = ["令和７年度債権収納状況（１２月末）について", "令和８年度債権管理重点取組方針（案）について",
          "債権放棄の実施状況について（報告）"]
for i, a in enumerate(agenda):
    C.text(X + 14, y, f"（{'１２３'[i]}）{a}", 10.5); y += 17
y += 5
C.text(X, y, "５　資料", 11, "g"); y += 18
materials = ["資料１　主要債権の収納状況（令和７年１２月末現在）", "資料２　令和８年度債権管理重点取組方針（案）",
             "資料３　債権放棄の実施状況"]
for m in materials:
    C.text(X + 14, y, m, 10.5); y += 17
y += 5
C.text(X, y, "６　議事の概要", 11, "g"); y += 18
C.text(X + 14, y, "（１）令和７年度債権収納状況（１２月末）について", 10.5, "g"); y += 18

statements = []


def stmt(speaker, text, section, y, prefix=None):
    label = prefix or f"（{speaker}）"
    y = C.para(X + 14, y, label + text, WID - 14, 10, indent_next=10)
    statements.append({"speaker": speaker, "section": section, "text": text, "page": C.n})
    return y + 3


sec1 = agenda[0]
tax = DATA[0][2]
cur_r, arr_r, tot_r = (rate(tax[s][1], tax[s][0]) for s in ("current", "arrears", "total"))
cur_p, arr_p, tot_p = (rate(tax[s][3], tax[s][2]) for s in ("current", "arrears", "total"))
TD = dict(debt="市税", debt_raw="市税")
d_tot = round(tot_r - tot_p, 2)
txt = ("資料１により、主要債権の１２月末時点の収納状況を報告した。市税は、現年分・滞納繰越分ともに前年同期を上回り、"
       f"計の収納率は前年同期比{G.fact(f'{d_tot:.2f}ポイント', d_tot, 'difference', fy=2025, fy_raw='令和７年度', basis='interim', as_of=NOW[0], unit='points', **TD)}"
       "上昇した。収入未済額は前年同期から約"
       + G.fact("３，５００万円", -35_000_000, "difference", fy=2025, fy_raw="令和７年度", basis="interim",
                as_of=NOW[0], approx=True, **TD)
       + "縮減している。")
y = stmt("収納推進室長", txt, sec1, y)
# 【収納率】 block with bullets labelled only by segment
y += 4
C.rect(X + 24, y - 2, X + WID - 10, y + 96, color=(0.3, 0.3, 0.3), width=0.7)
C.text(X + 32, y + 12, "■市税", 10, "g")
C.text(X + 32, y + 28, "【収納率】令和７年１２月末時点　（　）内は前年同期", 10, "g")
yy = y + 44
for lab, seg, rv, pv, mk in (("現年分", "current", cur_r, cur_p, ""), ("滞納繰越分", "arrears", arr_r, arr_p, ""),
                              ("計", "total", tot_r, tot_p, "※1")):
    s = G.fact(f"{rv:.2f}％", rv, "collection_rate", fy=2025, fy_raw="令和７年１２月末", seg=seg, basis="interim",
               as_of=NOW[0], **TD)
    s2 = G.fact(f"{pv:.2f}％", pv, "collection_rate", fy=2024, fy_raw="前年同期", seg=seg, basis="interim",
                as_of=PREV[0], **TD)
    C.text(X + 44, yy, f"・{lab}　{s}{mk}（{s2}）", 10)
    yy += 15
u_now = (tax["total"][0] - tax["total"][1]) * 1000
C.text(X + 260, y + 44, "【収入未済額】同時点", 10, "g")
man = u_now // 10000
C.text(X + 272, y + 59, "・計　" + G.fact(f"{man // 10000}億{man % 10000:,}万円", man * 10000, "outstanding", fy=2025,
                                        fy_raw="令和７年１２月末", basis="interim", as_of=NOW[0], **TD), 10)
C.text(X + 32, y + 90, "※1　計は現年分及び滞納繰越分の合計調定額に対する収納率", 8)
y += 112

# ---------------------------------------------------------------- page 2: opinions
C.new_page()
y = 60
C.text(X, y, "【委員からの意見及び事務局の回答】", 10.5, "g"); y += 20
kok = DATA[1][2]
KD = dict(debt="国民健康保険税", debt_raw="国保税")
kc, kcp = rate(kok["current"][1], kok["current"][0]), rate(kok["current"][3], kok["current"][2])
dk = round(kc - kcp, 2)
y = stmt("健康福祉部長",
         "国保税の現年分は、１２月末で"
         + G.fact(f"{kc:.2f}％", kc, "collection_rate", fy=2025, fy_raw="１２月末", seg="current", basis="interim",
                  as_of=NOW[0], **KD)
         + "と前年同期を"
         + G.fact(f"{dk:.2f}ポイント", dk, "difference", fy=2025, fy_raw="１２月末", seg="current", basis="interim",
                  as_of=NOW[0], unit="points", **KD)
         + "上回っている。被保険者数の減少により調定額は減っているが、口座振替の勧奨を継続し、年度末の収納率は前年度決算の"
         + G.fact("95.12％", 95.12, "collection_rate", fy=2024, fy_raw="前年度決算", seg="current", basis="actual", **KD)
         + "を上回る"
         + G.fact("95.4％", 95.4, "collection_rate", fy=2025, fy_raw="年度末", seg="current", basis="estimate", **KD)
         + "程度を見込んでいる。", sec1, y)
y = stmt("収納推進室長",
         "国保税の滞納繰越分については、納税課との共同催告を１１月に実施した。引き続き、財産調査の結果に基づき、"
         "滞納処分と執行停止の判断を早期に行う。", sec1, y)
HD = dict(debt="保育所保育料", debt_raw="保育料")
hr_ = rate(DATA[4][2]["total"][1], DATA[4][2]["total"][0])
y = stmt("こども・子育て部長",
         "保育料は、無償化の対象外となる０～２歳児の世帯で滞納が生じている。１２月末の収納率は"
         + G.fact(f"{hr_:.2f}％", hr_, "collection_rate", fy=2025, fy_raw="１２月末", basis="interim", as_of=NOW[0], **HD)
         + "で前年同期をやや上回っている。児童手当からの徴収の同意取得を進めたい。", sec1, y)
JD = dict(debt="市営住宅使用料", debt_raw="市営住宅使用料")
y = stmt("建設部長",
         "市営住宅使用料の滞納者数は１２月末で"
         + G.fact("４７人", 47, "delinquents", fy=2025, fy_raw="１２月末", basis="interim", as_of=NOW[0], unit="persons", **JD)
         + "であり、うち退去者が"
         + G.fact("１９人", 19, "delinquents_left", fy=2025, fy_raw="１２月末", basis="interim", as_of=NOW[0],
                  unit="persons", **JD)
         + "を占める。退去者分は連帯保証人への請求を強化する。", sec1, y)
y = stmt("副市長",
         "全体として前年同期を上回る水準で推移しているが、年度末に向けて現年分の収納確保に各課で注力していただきたい。"
         "特に、複数の債権を滞納している方への対応は、収納推進室と所管課の情報共有を徹底すること。", sec1, y)
y += 8
C.text(X + 14, y, "（２）令和８年度債権管理重点取組方針（案）について", 10.5, "g"); y += 18
sec2 = agenda[1]
y = stmt("収納推進室長",
         "資料２により、令和８年度の重点取組方針（案）を説明した。方針の柱は次のとおりである。", sec2, y)
# box of initiatives
items = [("①", "現年度分の早期催告を徹底し、滞納繰越への移行を抑制する。", "継続"),
         ("②", "預貯金等の財産調査を電子照会に一本化し、調査から処分までの期間を短縮する。", "拡充"),
         ("③", "複数債権の滞納者について、収納推進室への徴収事務の引継ぎ基準を定める。", "新規"),
         ("④", "徴収停止・債権放棄の判断基準を所管課で統一し、回収見込みのない債権の整理を進める。", "継続"),
         ("⑤", "スマートフォン決済の対象を保育料及び市営住宅使用料に広げる。", "新規")]
box_top = y
yy = y + 16
C.text(X + 30, yy, "令和８年度　重点取組（案）", 10, "g"); yy += 17
for lab, t, stt in items:
    G.init(t, fy=2026, section="令和８年度　重点取組（案）", label=lab, status=stt)
    yy = C.para(X + 30, yy, f"{lab}{t}【{stt}】", WID - 50, 9.5, indent_next=10, leading=1.5)
C.rect(X + 22, box_top, X + WID - 4, yy + 2, color=(0, 0, 0), width=0.8)
y = yy + 20
y = stmt("総務部長",
         "③の引継ぎ基準は、所管課の事務負担にも配慮して定めること。案のとおり進めることで異議はない。", sec2, y)
y = stmt("教育部長", "奨学金返還金も対象債権に加えて検討願いたい。", sec2, y)
y = stmt("収納推進室長", "奨学金返還金の取扱いは、所管課と協議のうえ次回会議で報告する。", sec2, y)

# ---------------------------------------------------------------- page 3: 債権放棄 + 参考
C.new_page()
y = 60
C.text(X + 14, y, "（３）債権放棄の実施状況について（報告）", 10.5, "g"); y += 18
sec3 = agenda[2]
y = stmt("税務課長",
         "資料３により、債権管理条例に基づく債権放棄の状況を報告した。令和７年度上半期は、生活困窮により回収の見込みがない"
         "私債権について、１４件、２，１３４，５６０円を放棄し、同額を不納欠損として処理する予定である。", sec3, y)
y = stmt("副市長", "放棄の判断に当たっては、記録を確実に残し、監査に耐えうる手続とすること。", sec3, y)
y += 6
C.text(X + 14, y, "７　結果", 11, "g"); y += 18
y = C.para(X + 28, y, "議題（１）及び（３）については了承された。議題（２）については、委員の意見を踏まえて事務局で修正のうえ、"
                      "令和８年度の方針として決定することとされた。", WID - 28, 10)
y += 14
# 【参考】 box
all_now_u = sum((segs["total"][0] - segs["total"][1]) for _, _, segs in DATA) * 1000
all_now_a = sum(segs["total"][0] for _, _, segs in DATA) * 1000
all_now_c = sum(segs["total"][1] for _, _, segs in DATA) * 1000
all_prev_a = sum(segs["total"][2] for _, _, segs in DATA) * 1000
all_prev_c = sum(segs["total"][3] for _, _, segs in DATA) * 1000
all_r, all_rp = rate(all_now_c, all_now_a), rate(all_prev_c, all_prev_a)
C.rect(X + 14, y, X + WID, y + 92, color=(0, 0, 0), width=0.8)
C.text(X + 24, y + 16, "【参考】主要６債権の状況（令和７年１２月末）", 10, "g")
m1 = all_now_u // 10000
lines = [
    "・調定額合計：" + G.fact(f"{all_now_a // 1000:,}千円", all_now_a // 1000 * 1000, "assessed", fy=2025,
                             fy_raw="令和７年１２月末", basis="interim", as_of=NOW[0], debt_raw="主要６債権"),
    "・収入未済額合計：約" + G.fact(f"{m1 // 10000}億{(m1 % 10000) // 100 * 100:,}万円",
                                 (m1 // 100) * 100 * 10000, "outstanding", fy=2025, fy_raw="令和７年１２月末",
                                 basis="interim", as_of=NOW[0], approx=True, debt_raw="主要６債権"),
    "・収納率：" + G.fact(f"{all_r:.2f}％", all_r, "collection_rate", fy=2025, fy_raw="令和７年１２月末",
                         basis="interim", as_of=NOW[0], debt_raw="主要６債権")
    + "（前年同期 " + G.fact(f"{all_rp:.2f}％", all_rp, "collection_rate", fy=2024, fy_raw="前年同期",
                             basis="interim", as_of=PREV[0], debt_raw="主要６債権") + "）",
    "・次回会議：令和８年７月頃（令和７年度決算見込みの報告）",
]
yy = y + 34
for ln in lines:
    C.text(X + 30, yy, ln, 10); yy += 15
y = yy + 30
C.text(X + WID, y, "以　上", 10.5, align="r")

# ---------------------------------------------------------------- page 4: 別表 (landscape-free, portrait)
C.new_page()
y = 56
C.text(X - 20, y, "別表（資料１抜粋）　主要債権の収納状況（令和７年１２月末現在）", 11, "g"); y += 10
hdr1 = [(h, "c") if h else h for h in ["債権", "区分", "前年同期", None, None, "今期", None, None, "差"]]
hdr2 = [(h, "c") if h else h for h in [None, None, "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）",
        "調定額\n（千円）", "収入済額\n（千円）", "収納率\n（％）", "（ポイン\nト）"]]
rows = [hdr1, hdr2]
spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3), (0, 5): (1, 3)}
segname = {"current": "現年分", "arrears": "滞繰分", "total": "計"}
fills = {0: (0.82, 0.86, 0.92), 1: (0.82, 0.86, 0.92)}
r = 2
for short, canon, segs in DATA:
    order = [s for s in ("current", "arrears", "total") if s in segs]
    start = r
    for s in order:
        an, cn, ap, cp = segs[s]
        rn, rp = rate(cn, an), rate(cp, ap)
        d = round(rn - rp, 2)
        kwn = dict(debt=canon, debt_raw=short, fy=2025, fy_raw="今期", seg=s, basis="interim", as_of=NOW[0])
        kwp = dict(debt=canon, debt_raw=short, fy=2024, fy_raw="前年同期", seg=s, basis="interim", as_of=PREV[0])
        ds = (f"△{-d:.2f}" if d < 0 else f"{d:.2f}")
        rows.append([short if s == order[0] else None, segname[s],
                     G.fact(f"{ap:,}", ap * 1000, "assessed", **kwp), G.fact(f"{cp:,}", cp * 1000, "collected", **kwp),
                     G.fact(f"{rp:.2f}", rp, "collection_rate", **kwp),
                     G.fact(f"{an:,}", an * 1000, "assessed", **kwn), G.fact(f"{cn:,}", cn * 1000, "collected", **kwn),
                     G.fact(f"{rn:.2f}", rn, "collection_rate", **kwn),
                     G.fact(ds, d, "difference", unit="points", **kwn)])
        if (r - 2) % 2 == 1:
            fills[r] = (0.94, 0.94, 0.94)
        r += 1
    if len(order) > 1:
        spans[(start, 0)] = (len(order), 1)
# 合計 row
kwn = dict(debt=None, debt_raw="合計", fy=2025, fy_raw="今期", seg="total", basis="interim", as_of=NOW[0])
kwp = dict(debt=None, debt_raw="合計", fy=2024, fy_raw="前年同期", seg="total", basis="interim", as_of=PREV[0])
d = round(all_r - all_rp, 2)
rows.append([("合計", "c"), None,
             G.fact(f"{all_prev_a // 1000:,}", all_prev_a, "assessed", **kwp),
             G.fact(f"{all_prev_c // 1000:,}", all_prev_c, "collected", **kwp),
             G.fact(f"{all_rp:.2f}", all_rp, "collection_rate", **kwp),
             G.fact(f"{all_now_a // 1000:,}", all_now_a, "assessed", page=C.n, **kwn),
             G.fact(f"{all_now_c // 1000:,}", all_now_c, "collected", **kwn),
             G.fact(f"{all_r:.2f}", all_r, "collection_rate", **kwn),
             G.fact(f"{d:.2f}" if d >= 0 else f"△{-d:.2f}", d, "difference", unit="points", **kwn)])
spans[(r, 0)] = (1, 2)
fills[r] = (0.82, 0.86, 0.92)
y = C.table(X - 20, y, [52, 40, 62, 62, 44, 62, 62, 44, 44], rows, size=8, rh=[16, 24] + [16] * (len(rows) - 2),
            aligns="ccrrrrrrr", fills=fills, spans=spans, grid=False, bold_rows=(0, 1, r))
C.line(X - 20, 66, X - 20 + 472, 66, 1.0)
C.line(X - 20, y, X - 20 + 472, y, 1.0)
y += 12
notes = ["（注）国保税＝国民健康保険税、介護料＝介護保険料、後期高齢＝後期高齢者医療保険料、保育料＝保育所保育料、",
         "　　　住宅使用料＝市営住宅使用料。差は今期の収納率から前年同期の収納率を差し引いたもの（△は減）。",
         "※2　国保税の滞繰分のうち、１２月末までに執行停止の期間満了により不納欠損とした額　"
         + G.fact("8,412千円", 8_412_000, "written_off", debt="国民健康保険税", debt_raw="国保税", fy=2025,
                  fy_raw="１２月末", seg="arrears", basis="interim", as_of=NOW[0])]
for n in notes:
    C.text(X - 20, y, n, 8); y += 12
y += 14
C.text(X - 20, y, "表２　その他の債権（現年分）の収納状況（令和７年１２月末現在）", 10, "g")
C.text(X + 452, y, "（単位：円）", 8, align="r")
y += 6
small = [("放課後児童クラブ利用料", "放課後児童クラブ利用料", 38_412_600, 35_106_300, 36_980_400, 33_654_900),
         ("学校給食費", "学校給食費", 402_118_560, 371_925_140, 408_362_720, 375_010_660),
         ("奨学金貸付金返還金", "奨学金貸付金", 12_840_000, 9_612_000, 13_215_000, 9_745_500)]
rows = [["債権名", "今期調定額", "今期収入済額", "今期収納率", "前年同期収納率"]]
for lab, canon, an, cn, ap, cp in small:
    kwn = dict(debt=canon, debt_raw=lab, fy=2025, fy_raw="今期", seg="current", basis="interim", as_of=NOW[0])
    rn, rp = rate(cn, an), rate(cp, ap)
    rows.append([lab, G.fact(f"{an:,}", an, "assessed", **kwn), G.fact(f"{cn:,}", cn, "collected", **kwn),
                 G.fact(f"{rn:.2f}％", rn, "collection_rate", **kwn),
                 G.fact(f"{rp:.2f}％", rp, "collection_rate", debt=canon, debt_raw=lab, fy=2024, fy_raw="前年同期",
                        seg="current", basis="interim", as_of=PREV[0])])
y = C.table(X - 20, y, [130, 100, 100, 70, 72], rows, size=8.5, rh=17, aligns="lrrrr",
            fills={0: (0.85, 0.85, 0.85)}) + 14
C.text(X - 20, y, "出典：各債権所管課からの報告（収納推進室集計）", 8)

C.save(PDF_DIR / f"{STEM}.pdf")
attendees = [{"role": r_, "title": t, "name": None} for r_, t in att]
G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2026-01-23", "method": "書面開催",
             "attendees": attendees, "agenda": agenda, "materials": materials, "statements": statements}
G.write(PDF_DIR / f"{STEM}.pdf")
