"""豊田市 令和６年度第１回 債権管理推進会議 資料 (slides, 16:9) drawn with PyMuPDF at absolute positions.
Family: committee material with one 取組個票 per debt (債権名 box, 滞納整理強化期間の実施状況, ヒアリング課題,
取組方針 with 数値目標). Slide wording modelled on a prefectural PowerPoint 債権管理 material
(https://expydoc.com/doc/10084235/ : （ ）内は収入率, 現状/対策 boxes) and the 庁議資料 report of a 滞納整理強化月間
(https://expydoc.com/doc/7622564/)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from z_common import F, I, OUT, finish, ROOT
import pymupdf as fitz

STEM = "z_toyota_shiryo_1"
W, H = 960, 540
GF = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
NAVY = (0.12, 0.23, 0.45); GRAY = (0.92, 0.92, 0.92); LBLUE = (0.88, 0.93, 0.98); ORANGE = (0.93, 0.45, 0.1)
doc = fitz.open()
facts, inits = [], []
pno = 0

def new_slide(title, sub=None):
    global pno
    pg = doc.new_page(width=W, height=H); pno += 1
    pg.insert_font(fontname="G", fontfile=GF)
    pg.draw_rect(fitz.Rect(0, 0, W, 58), color=None, fill=NAVY)
    pg.insert_textbox(fitz.Rect(28, 14, W - 200, 52), title, fontname="G", fontsize=22, color=(1, 1, 1))
    pg.insert_textbox(fitz.Rect(W - 230, 8, W - 12, 24), "令和６年度第１回 豊田市債権管理推進会議", fontname="G", fontsize=8, color=(1, 1, 1), align=2)
    if sub:
        pg.insert_textbox(fitz.Rect(W - 230, 30, W - 12, 52), sub, fontname="G", fontsize=11, color=(1, 1, 1), align=2)
    pg.insert_textbox(fitz.Rect(W - 60, H - 24, W - 14, H - 8), str(pno), fontname="G", fontsize=9, align=2)
    return pg

def box(pg, r, text, size=11, fill=None, border=(0, 0, 0), align=0, color=(0, 0, 0), pad=4, width=0.8):
    r = fitz.Rect(r)
    pg.draw_rect(r, color=border, fill=fill, width=width)
    inner = fitz.Rect(r.x0 + pad, r.y0 + pad, r.x1 - pad, r.y1 - pad)
    if not text:
        return
    rc = pg.insert_textbox(inner, text, fontname="G", fontsize=size, align=align, color=color)
    assert rc >= 0, (pno, text[:20], rc)

def text(pg, r, t, size=11, align=0, color=(0, 0, 0)):
    rc = pg.insert_textbox(fitz.Rect(r), t, fontname="G", fontsize=size, align=align, color=color)
    assert rc >= 0, (pno, t[:20], rc)

def grid(pg, x0, y0, colw, rowh, cells, size=10, head_rows=1, head_fill=GRAY, aligns=None):
    """cells: list of rows; a cell is str or (str, colspan) ; None = covered by a span"""
    y = y0
    for ri, row in enumerate(cells):
        x = x0; ci = 0
        h = rowh[ri] if isinstance(rowh, list) else rowh
        for cell in row:
            if cell is None:
                x += colw[ci]; ci += 1; continue
            span = 1; t = cell
            if isinstance(cell, tuple):
                t, span = cell
            w = sum(colw[ci:ci + span])
            fill = head_fill if ri < head_rows else None
            al = 1 if ri < head_rows else (aligns[ci] if aligns else 0)
            box(pg, (x, y, x + w, y + h), t, size=size, fill=fill, align=al, pad=3, width=0.6)
            x += w; ci += span
        y += h
    return y

# ---------------------------------------------------------------- slide 1
pg = doc.new_page(width=W, height=H); pno += 1
pg.insert_font(fontname="G", fontfile=GF)
pg.draw_rect(fitz.Rect(0, 180, W, 330), color=None, fill=NAVY)
text(pg, (60, 200, W - 60, 250), "令和６年度 第１回", 24, 1, (1, 1, 1))
text(pg, (60, 245, W - 60, 300), "豊田市債権管理推進会議 資料", 30, 1, (1, 1, 1))
text(pg, (60, 360, W - 60, 385), "令和６年６月５日（水）　午後２時００分～", 16, 1)
text(pg, (60, 390, W - 60, 415), "財務部 債権管理課", 16, 1)
text(pg, (60, 440, W - 60, 500), "【報告】令和５年度 主要債権の収入未済額縮減に向けた取組（取組個票）\n【協議】令和６年度 主要債権の数値目標及び取組方針", 12, 1)

# ---------------------------------------------------------------- slide 2: trends
pg = new_slide("【参考】収入未済額・収納率の推移", "全会計・全債権")
YRS = ["R1", "R2", "R3", "R4", "R5"]; FY = [2019, 2020, 2021, 2022, 2023]
OUTS = ["52.6", "49.1", "45.3", "40.5", "38.4"]
RATES = ["96.85", "97.02", "97.34", "97.61", "97.92"]
# bar chart
cx0, cy0, cw, ch = 60, 110, 400, 300
text(pg, (cx0, 72, cx0 + 400, 92), "収入未済額の推移（億円）", 13)
pg.draw_line((cx0, cy0 + ch), (cx0 + cw, cy0 + ch), color=(0, 0, 0), width=1)
pg.draw_line((cx0, cy0), (cx0, cy0 + ch), color=(0, 0, 0), width=1)
for i, (y, v) in enumerate(zip(YRS, OUTS)):
    bh = float(v) / 60 * ch
    bx = cx0 + 25 + i * 75
    pg.draw_rect(fitz.Rect(bx, cy0 + ch - bh, bx + 45, cy0 + ch), color=None, fill=(0.35, 0.55, 0.8))
    text(pg, (bx - 10, cy0 + ch - bh - 18, bx + 55, cy0 + ch - bh - 2), v, 11, 1)
    text(pg, (bx - 10, cy0 + ch + 4, bx + 55, cy0 + ch + 20), y, 10, 1)
    facts.append(F(None, FY[i], y, "total", "outstanding", "actual", int(round(float(v) * 1e8)), "yen", v, page=pno))
# line chart
lx0, ly0, lw, lh = 520, 110, 400, 180
text(pg, (lx0, 72, lx0 + 400, 92), "収納率の推移（％）", 13)
pg.draw_line((lx0, ly0 + lh), (lx0 + lw, ly0 + lh), color=(0, 0, 0), width=1)
pts = []
for i, (y, v) in enumerate(zip(YRS, RATES)):
    px = lx0 + 40 + i * 80
    py = ly0 + lh - (float(v) - 96.0) / 2.5 * lh
    pts.append((px, py))
    pg.draw_circle((px, py), 3.5, color=ORANGE, fill=ORANGE)
    text(pg, (px - 30, py - 22, px + 30, py - 6), v, 10, 1)
    text(pg, (px - 20, ly0 + lh + 4, px + 20, ly0 + lh + 20), y, 10, 1)
    facts.append(F(None, FY[i], y, "total", "collection_rate", "actual", float(v), "percent", v, page=pno))
for a, b in zip(pts, pts[1:]):
    pg.draw_line(a, b, color=ORANGE, width=2)
# big-number panels
box(pg, (520, 330, 715, 440), "収納率\n97.92％\n（前年度比＋0.31pt）", 17, fill=LBLUE, border=NAVY, align=1, width=1.5)
box(pg, (725, 330, 920, 440), "収入未済額\n約38.4億円\n（前年度比△2.1億円）", 17, fill=LBLUE, border=NAVY, align=1, width=1.5)
facts.append(F(None, 2023, "令和５年度", "total", "collection_rate", "actual", 97.92, "percent", "97.92％", page=pno))
facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", 3840000000, "yen", "約38.4億円", page=pno, approx=True))
text(pg, (520, 450, 920, 480), "※ パネルの数値は令和５年度決算（全会計）。", 9)

# ---------------------------------------------------------------- slide 3: transposed overview
pg = new_slide("主要債権の状況と令和６年度数値目標", "資料１")
DEBTS = [  # name, 所管, cur, cur_prev, arr, arr_prev, out(百万円), tgt_cur, tgt_arr, tgt_out
    ("市税", "納税課", "99.21", "99.09", "30.42", "28.77", "612.4", "99.25", "31.00", "590.0"),
    ("国民健康保険税", "国保年金課", "95.63", "95.20", "24.18", "22.65", "1,048.7", "95.90", "25.00", "1,000.0"),
    ("介護保険料", "介護保険課", "99.18", "99.11", "18.72", "17.90", "96.3", "99.20", "19.00", "92.0"),
    ("後期高齢者医療保険料", "国保年金課", "99.64", "99.60", "41.35", "39.82", "12.8", "99.65", "42.00", "12.0"),
    ("市営住宅使用料", "住宅課", "97.85", "97.41", "14.06", "13.27", "154.2", "98.00", "15.00", "148.0"),
    ("下水道使用料", "上下水道局料金課", "99.05", "98.96", "61.40", "60.12", "38.5", "99.10", "62.00", "36.0"),
]
text(pg, (700, 66, 930, 82), "（率：％　金額：百万円）", 9, 2)
colw = [70, 110] + [125] * 6
rows = [["", "", *[d[0] for d in DEBTS]]]
rh = [30]
rows.append([("令和５年度\n実績", 1), "収納率（現年）", *[f"{d[2]}\n（前年度 {d[3]}％）" for d in DEBTS]]); rh.append(42)
rows.append([None, "収納率（滞繰）", *[f"{d[4]}\n（前年度 {d[5]}％）" for d in DEBTS]]); rh.append(42)
rows.append([None, "収入未済額", *[d[6] for d in DEBTS]]); rh.append(28)
rows.append([("令和６年度\n目標", 1), "収納率（現年）", *[d[7] for d in DEBTS]]); rh.append(28)
rows.append([None, "収納率（滞繰）", *[d[8] for d in DEBTS]]); rh.append(28)
rows.append([None, "収入未済額", *[d[9] + "以下" for d in DEBTS]]); rh.append(28)
# draw manually: first column merged labels
x0, y0 = 28, 88
y = y0
for ri, row in enumerate(rows):
    x = x0
    for ci, cell in enumerate(row):
        w = colw[ci]
        if ci == 0:
            if ri in (1, 4):
                hh = sum(rh[ri:ri + 3])
                box(pg, (x, y, x + w, y + hh), cell[0], 10, fill=GRAY, align=1)
            elif ri == 0:
                box(pg, (x, y, x + w + colw[1], y + rh[0]), "", 10, fill=GRAY)
            x += w; continue
        if ri == 0 and ci == 1:
            x += w; continue
        fill = GRAY if ri == 0 or ci == 1 else None
        al = 1 if ri == 0 or ci == 1 else 2
        r = fitz.Rect(x, y, x + w, y + rh[ri])
        pg.draw_rect(r, color=(0, 0, 0), fill=fill, width=0.6)
        if "\n（前年度" in cell:
            main, note = cell.split("\n")
            text(pg, (x + 3, y + 3, x + w - 4, y + 22), main, 12, 2)
            text(pg, (x + 3, y + 24, x + w - 4, y + rh[ri] - 2), note, 8, 2)
        else:
            text(pg, (x + 3, y + 5, x + w - 4, y + rh[ri] - 2), cell, 10 if ci == 1 or ri == 0 else 12, al)
        x += w
    y += rh[ri]
text(pg, (28, y + 8, 930, y + 40), "注）（　）内は令和４年度実績。収入未済額は令和５年度末（出納整理期間後）の額。目標の収入未済額は令和６年度末の上限額。", 9)
for d in DEBTS:
    n = d[0]
    out = int(round(float(d[6].replace(",", "")) * 1e6)); tout = int(round(float(d[9].replace(",", "")) * 1e6))
    facts += [
        F(n, 2023, "令和５年度", "current", "collection_rate", "actual", float(d[2]), "percent", d[2], page=pno),
        F(n, 2022, "前年度", "current", "collection_rate", "actual", float(d[3]), "percent", f"{d[3]}％", page=pno),
        F(n, 2023, "令和５年度", "arrears", "collection_rate", "actual", float(d[4]), "percent", d[4], page=pno),
        F(n, 2022, "前年度", "arrears", "collection_rate", "actual", float(d[5]), "percent", f"{d[5]}％", page=pno),
        F(n, 2023, "令和５年度", "total", "outstanding", "actual", out, "yen", d[6], page=pno),
        F(n, 2024, "令和６年度", "current", "collection_rate", "target", float(d[7]), "percent", d[7], page=pno),
        F(n, 2024, "令和６年度", "arrears", "collection_rate", "target", float(d[8]), "percent", d[8], page=pno),
        F(n, 2024, "令和６年度", "total", "outstanding", "target", tout, "yen", d[9] + "以下", page=pno),
    ]
DD = {d[0]: d for d in DEBTS}

# ---------------------------------------------------------------- per-debt 取組個票
KOHYO = {
 "市税": dict(shozoku="財務部", sokatsu="納税課", kubun="A（市税）",
   period="①令和５年６月\n②令和５年１０月～１１月\n③令和６年２月",
   cur="・夜間電話催告（計１８回）\n・ＳＭＳ催告の一斉送信",
   arr="・滞繰移管事案の早期着手\n・預貯金・給与の一斉差押え",
   eff="【実績】差押件数 612件（548件）\n【実績】完納件数 3,204件（2,987件）\n【効果】自主納付の増加",
   hear="①ＳＭＳ催告の効果を検証し、送信時期を見直すこと。\n②高額事案の進行管理を係単位で行うこと。",
   plan=[("1-1", "滞納整理スケジュールの徹底", "納期限ごとの統一スケジュールで督促・催告・財産調査を進める。", "継続"),
         ("1-2", "ＳＭＳ催告の拡大", "納期限後１０日目に未納者全員へＳＭＳを送信する。", "拡充"),
         ("2-1", "地方税共通納税システムの活用", "ｅＬ－ＱＲによるスマホ納付を周知する。", "新規")]),
 "国民健康保険税": dict(shozoku="福祉部", sokatsu="国保年金課", kubun="B（強制徴収公債権）",
   period="令和５年１１月１日～１２月２８日",
   cur="・休日納付相談窓口の開設（２回）\n・口座振替勧奨通知",
   arr="・分納不履行者への財産調査\n・資格喪失者への文書催告",
   eff="【実績】滞納処分 88件（71件）\n【実績】口座振替新規 412件（305件）",
   hear="①現年分の未納を早期に把握する仕組みを検討すること。\n②社保加入後の未納分の整理を進めること。",
   plan=[("1-1", "早期催告の徹底", "１期未納の世帯へ翌月中に電話催告を行う。", "継続"),
         ("1-2", "Ｗｅｂ口座振替受付", "納税通知書にＱＲコードを印刷し、口座振替へ誘導する。", "拡充"),
         ("2-1", "資格適正化", "他保険との重複加入者に脱退手続きを勧奨する。", "新規")]),
 "市営住宅使用料": dict(shozoku="都市整備部", sokatsu="住宅課", kubun="C（私債権）",
   period="令和５年９月・令和６年１月",
   cur="・３か月滞納者への呼出し\n・連帯保証人への通知",
   arr="・退去滞納者の所在調査\n・支払督促の申立て",
   eff="【実績】支払督促 6件（4件）\n【実績】明渡請求 2件（3件）",
   hear="①長期滞納者への法的措置の基準を明確にすること。",
   plan=[("1-1", "法的措置の基準化", "滞納６か月以上かつ誠意のない者を法的措置の対象とする。", "新規"),
         ("1-2", "連帯保証人への請求", "滞納３か月で連帯保証人へ通知し、納付を求める。", "継続")]),
}
for name, k in KOHYO.items():
    d = DD[name]
    pg = new_slide(f"取組個票　{name}", "資料１")
    # 債権名 box (label/value row)
    colw = [60, 170, 45, 95, 50, 95, 60, 130]
    grid(pg, 28, 66, colw, 24, [["債権名", name, "所属", k["shozoku"], "総括課", k["sokatsu"], "債権区分", k["kubun"]]], size=10, head_rows=0)
    for xx, ww in ((28, 60), (28 + 230, 45), (28 + 370, 50), (28 + 515, 60)):
        pass
    text(pg, (28, 98, 640, 116), "１．令和５年度 滞納整理強化期間の実施状況", 12)
    colw2 = [110, 120, 120, 255]
    grid(pg, 28, 118, colw2, [22, 18, 112],
         [["実施期間", ("取組内容", 2), "実績又は効果　（　）内は前年度実績"],
          ["", "現年分", "滞納繰越分", ""],
          [k["period"], k["cur"], k["arr"], k["eff"]]], size=9, head_rows=2)
    text(pg, (28, 278, 640, 296), "２．債権管理ヒアリングにおける課題", 12)
    box(pg, (28, 298, 633, 346), k["hear"], 9)
    # call-out panels on the right
    box(pg, (655, 66, 932, 160), f"令和５年度　収納率（現年）\n{d[2]}％\n前年度 {d[3]}％（{float(d[2]) - float(d[3]):+.2f}pt）", 14, fill=LBLUE, border=NAVY, align=1, width=1.5)
    box(pg, (655, 168, 932, 262), f"令和５年度　収納率（滞繰）\n{d[4]}％\n前年度 {d[5]}％（{float(d[4]) - float(d[5]):+.2f}pt）", 14, fill=LBLUE, border=NAVY, align=1, width=1.5)
    box(pg, (655, 270, 932, 346), f"令和６年度 数値目標\n現年分 {d[7]}％以上　滞繰分 {d[8]}％以上\n収入未済額 {d[9]}百万円以下", 11, fill=(1, 0.95, 0.85), border=ORANGE, align=1, width=1.5)
    tout = int(round(float(d[9].replace(",", "")) * 1e6))
    facts += [
        F(name, 2023, "令和５年度", "current", "collection_rate", "actual", float(d[2]), "percent", f"{d[2]}％", page=pno),
        F(name, 2022, "前年度", "current", "collection_rate", "actual", float(d[3]), "percent", f"前年度 {d[3]}％", page=pno),
        F(name, 2023, "令和５年度", "arrears", "collection_rate", "actual", float(d[4]), "percent", f"{d[4]}％", page=pno),
        F(name, 2022, "前年度", "arrears", "collection_rate", "actual", float(d[5]), "percent", f"前年度 {d[5]}％", page=pno),
        F(name, 2024, "令和６年度", "current", "collection_rate", "target", float(d[7]), "percent", f"現年分 {d[7]}％以上", page=pno),
        F(name, 2024, "令和６年度", "arrears", "collection_rate", "target", float(d[8]), "percent", f"滞繰分 {d[8]}％以上", page=pno),
        F(name, 2024, "令和６年度", "total", "outstanding", "target", tout, "yen", f"{d[9]}百万円以下", page=pno),
    ]
    text(pg, (28, 354, 640, 372), "３．令和６年度 取組方針", 12)
    rows = [["取組項目", "内容", "区分"]] + [[f"{lab}　{t}", c, s] for lab, t, c, s in k["plan"]]
    grid(pg, 28, 374, [250, 560, 94], [20] + [22] * len(k["plan"]), rows, size=9, head_rows=1, aligns=[0, 0, 1])
    for lab, t, c, s in k["plan"]:
        inits.append(I(name, 2024, "令和６年度 取組方針", lab, f"{t}{c}", s, page=pno))

# ---------------------------------------------------------------- two debts side by side
pg = new_slide("取組個票　介護保険料／後期高齢者医療保険料", "資料１")
HALF = {
 "介護保険料": dict(sokatsu="介護保険課", hist=[("R3", "99.02", "16.85", "104,518"), ("R4", "99.11", "17.90", "99,870"), ("R5", "99.18", "18.72", "96,312")],
   items=["・普通徴収の未納者へ納期限後２０日以内に催告書を送付する。【継続】",
          "・特別徴収への切替え時期の案内を、年金受給開始前に送付する。【新規】",
          "・給付制限の事前通知を活用して納付相談につなげる。【継続】"]),
 "後期高齢者医療保険料": dict(sokatsu="国保年金課", hist=[("R3", "99.57", "38.10", "14,206"), ("R4", "99.60", "39.82", "13,445"), ("R5", "99.64", "41.35", "12,804")],
   items=["・広域連合と連携し、被保険者証更新時に未納者へ納付相談を案内する。【継続】",
          "・口座振替の申込み勧奨を窓口で徹底する。【拡充】"]),
}
for hi, (name, k) in enumerate(HALF.items()):
    x0 = 28 + hi * 462
    grid(pg, x0, 68, [60, 200, 50, 130], 24, [["債権名", name, "総括課", k["sokatsu"]]], size=10, head_rows=0)
    text(pg, (x0, 100, x0 + 440, 118), "収納状況の推移", 12)
    rows = [["年度", "収納率（現年）", "収納率（滞繰）", "収入未済額（千円）"]] + [list(h) for h in k["hist"]]
    grid(pg, x0, 120, [60, 120, 120, 140], 22, rows, size=10, head_rows=1, aligns=[1, 2, 2, 2])
    for y, c, a, o in k["hist"]:
        fy = {"R3": 2021, "R4": 2022, "R5": 2023}[y]
        facts += [F(name, fy, y, "current", "collection_rate", "actual", float(c), "percent", c, page=pno),
                  F(name, fy, y, "arrears", "collection_rate", "actual", float(a), "percent", a, page=pno),
                  F(name, fy, y, "total", "outstanding", "actual", int(o.replace(",", "")) * 1000, "yen", o, page=pno)]
    d = DD[name]
    text(pg, (x0, 216, x0 + 440, 234), "令和６年度の取組", 12)
    body = "\n".join(k["items"])
    box(pg, (x0, 236, x0 + 440, 236 + 26 * len(k["items"]) + 14), body, 10)
    for it in k["items"]:
        t = it[1:].split("【")[0]
        st = it.split("【")[1].rstrip("】")
        inits.append(I(name, 2024, "令和６年度の取組", "・", t, st, page=pno))
    yb = 236 + 26 * len(k["items"]) + 24
    box(pg, (x0, yb, x0 + 440, yb + 56), f"令和６年度 数値目標\n現年分 {d[7]}％以上／滞繰分 {d[8]}％以上", 12, fill=(1, 0.95, 0.85), border=ORANGE, align=1, width=1.5)
    facts += [F(name, 2024, "令和６年度", "current", "collection_rate", "target", float(d[7]), "percent", f"現年分 {d[7]}％以上", page=pno),
              F(name, 2024, "令和６年度", "arrears", "collection_rate", "target", float(d[8]), "percent", f"滞繰分 {d[8]}％以上", page=pno)]
pg.draw_line((W / 2, 66), (W / 2, H - 40), color=(0.5, 0.5, 0.5), width=0.8, dashes="[3] 0")

doc.subset_fonts()
out = ROOT / "pdf" / f"{STEM}.pdf"
doc.save(out, garbage=4, deflate=True)
document = {"kind": "committee_material", "family": "committee", "municipality": "豊田市",
            "title": "令和６年度 第１回 豊田市債権管理推進会議 資料", "date": "2024-06-05", "date_raw": "令和６年６月５日（水）"}
errs = finish(STEM, out, document, facts, inits)
sys.exit(1 if errs else 0)
