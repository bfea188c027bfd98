"""ph_tomigusuku_minutes_1: 令和６年度第３回豊見城市債権管理対策会議 議事要旨（書面開催）, HTML/CSS -> chromium.
Run from corpus/dev58:  python3 build/ph_tomigusuku_minutes.py"""
import subprocess, sys, datetime, calendar
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from ph_common import F, I, ROOT, write_gold, rate, yen_k

STEM = "ph_tomigusuku_minutes_1"
CITY = "豊見城市"
TITLE = "令和６年度第３回豊見城市債権管理対策会議　議事要旨"
WORK = Path("/tmp/ph_work/tomi"); WORK.mkdir(parents=True, exist_ok=True)
facts, inits, statements = [], [], []

# --------------------------------------------------------------- data (千円)
# 別表2: debt -> {period: (cur A, cur C, arr A, arr C)}; period 'now' = R7.2末 (fy2024), 'prev' = R6.2末 (fy2023)
TAB2 = {
    "市税": {"now": (6512840, 5942315, 318774, 59357), "prev": (6398115, 5813968, 334512, 60044)},
    "国民健康保険税": {"now": (1684210, 1383578, 402316, 61552), "prev": (1702655, 1389705, 421873, 66234)},
    "後期高齢者医療保険料": {"now": (512488, 468331, 6842, 2011), "prev": (498107, 454526, 7103, 2135)},
    "保育所保育料": {"now": (98412, 89540, 12408, 1877), "prev": (104335, 95118, 13115, 2046)},
    "市営住宅使用料": {"now": (142806, 126411, 38415, 5106), "prev": (139914, 123478, 40208, 5322)},
    "下水道使用料": {"now": (584215, 532844, 21380, 6894), "prev": (571330, 520117, 22564, 7012)},
}
NAMES = list(TAB2)
# monthly cumulative rates (%) of 市税現年分; final month matches TAB2
MONTHS = ["4月末", "5月末", "6月末", "7月末", "8月末", "9月末", "10月末", "11月末", "12月末", "1月末", "2月末"]
RATE_NOW = [4.85, 21.62, 33.10, 45.87, 52.44, 60.18, 66.92, 73.05, 81.47, 85.36]
RATE_PRV = [4.71, 21.20, 32.84, 45.51, 52.09, 59.83, 66.54, 72.71, 81.06, 84.98]


def month_end(fy, i):
    y = fy if i < 9 else fy + 1
    m = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2][i]
    return datetime.date(y, m, calendar.monthrange(y, m)[1]).isoformat()


def cum(A, rates, final_c):
    cs = [round(A * r / 100) for r in rates] + [final_c]
    return cs, [rate(c, A) for c in cs]


def pct(v): return f"{v:.2f}"


# --------------------------------------------------------------- HTML
CSS = """
@page { size: A4; margin: 16mm 16mm 14mm 16mm; }
body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 10pt; line-height: 1.55; color: #111; margin: 0; }
.page { page-break-after: always; height: 262mm; position: relative; }
.page:last-child { page-break-after: auto; }
h1 { font-size: 14pt; text-align: center; margin: 4mm 0 6mm; }
h2 { font-size: 11pt; margin: 4mm 0 1.5mm; border-left: 4px solid #2b5d8c; padding-left: 2mm; }
h3 { font-size: 10pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; font-size: 8.5pt; }
td, th { border: 0.6pt solid #333; padding: 1px 4px; }
th { background: #dfe7f0; font-weight: bold; }
td.n { text-align: right; }
tr.z td { background: #f1f4f8; }
.att td, .att th { border: none; padding: 0 6px 0 0; font-size: 9.5pt; }
.st { margin: 1.5mm 0 1.5mm 0; }
.sp { font-weight: bold; }
.box { border: 0.8pt solid #333; padding: 2mm 3mm; margin: 2mm 0; }
.ref { border: 0.8pt solid #333; padding: 1.5mm 3mm; margin: 2mm 0; background: #fafafa; }
.panels { display: flex; gap: 4mm; margin: 2mm 0 3mm; }
.panel { flex: 1; border: 1pt solid #2b5d8c; padding: 2mm; text-align: center; }
.panel .l { font-size: 8.5pt; color: #2b5d8c; } .panel .pv { font-size: 15pt; font-weight: bold; } .panel .s { font-size: 8pt; }
.v { writing-mode: vertical-rl; text-orientation: upright; letter-spacing: 1px; }
.note { font-size: 8pt; margin: 0.5mm 0; }
.foot { position: absolute; bottom: 0; width: 100%; text-align: center; font-size: 8.5pt; }
.side { display: flex; gap: 6mm; align-items: flex-start; }
.cap { font-weight: bold; font-size: 9pt; margin-bottom: 1mm; }
.src { font-size: 8pt; text-align: right; }
"""
pages = []

# ---------------- page 1
PG = 1
ATT = [("委員長", "副市長"), ("副委員長", "総務部長"), ("委員", "企画部長"), ("委員", "市民健康部長"),
       ("委員", "こども・福祉部長"), ("委員", "都市建設部長"), ("委員", "上下水道部長"), ("委員", "教育部長"),
       ("事務局", "税務課長"), ("事務局", "税務課債権管理班長"), ("事務局", "税務課債権管理班主査")]
AGENDA = ["令和６年度債権管理実施計画の進捗状況（令和７年２月末時点）について",
          "令和７年度債権管理実施計画（案）について",
          "不納欠損処理の方針について"]
MATS = ["資料１　令和６年度債権管理実施計画進捗状況（令和７年２月末時点）", "資料２　令和７年度債権管理実施計画（案）",
        "資料３　令和６年度不納欠損処理予定一覧"]
att_rows = "".join(f"<tr><td>{r}</td><td>{t}</td></tr>" for r, t in ATT)
p1 = f"""
<div style="text-align:right;font-size:9pt">令和７年３月２８日<br>豊見城市総務部税務課</div>
<h1>{TITLE}</h1>
<h2>１　会議の名称</h2><p style="margin:0 0 0 5mm">令和６年度第３回豊見城市債権管理対策会議</p>
<h2>２　開催方法</h2>
<p style="margin:0 0 0 5mm">書面開催<br>令和７年３月１４日付けで各委員へ会議資料を送付し、同月２４日までに意見を求めた。</p>
<h2>３　出席者（委員８名、事務局３名）</h2>
<table class="att" style="margin-left:5mm">{att_rows}</table>
<h2>４　議題</h2>
<p style="margin:0 0 0 5mm">{'<br>'.join(f'（{i}）{a}' for i, a in enumerate(AGENDA, 1))}</p>
<h2>５　資料</h2>
<p style="margin:0 0 0 5mm">{'<br>'.join(MATS)}</p>
<div class="foot">- 1 -</div>
"""
pages.append(p1)

# ---------------- page 2: statements (議題1) with 【収納率】 block, panels, 参考 box
PG = 2
sA = TAB2["市税"]["now"]; sP = TAB2["市税"]["prev"]
cr_n, cr_p = rate(sA[1], sA[0]), rate(sP[1], sP[0])
rr_n, rr_p = rate(sA[3], sA[2]), rate(sP[3], sP[2])
kA = TAB2["国民健康保険税"]["now"]; kP = TAB2["国民健康保険税"]["prev"]
kc_n, kc_p = rate(kA[1], kA[0]), rate(kP[1], kP[0])
kr_n, kr_p = rate(kA[3], kA[2]), rate(kP[3], kP[2])
d_c = round(cr_n - cr_p, 2); d_k = round(kc_n - kc_p, 2)
EST = [("市税", 285310, "うち現年分 71,208千円"), ("国民健康保険税", 362540, "うち現年分 118,904千円"),
       ("後期高齢者医療保険料", 8912, ""), ("保育所保育料", 14785, "うち現年分 3,412千円"),
       ("市営住宅使用料", 46220, ""), ("下水道使用料", 22405, "")]
EST_OKU = f"{sum(v for _, v, _ in EST) / 100000:.1f}"  # 千円 -> 億円
AS_N, AS_P = "2025-02-28", "2024-02-29"


def st(speaker, text, section):
    statements.append({"speaker": speaker, "section": section, "text": text})
    return f'<p class="st"><span class="sp">○{speaker}</span>　{text}</p>'


SEC1 = "令和６年度債権管理実施計画の進捗状況（令和７年２月末時点）について"
SEC2 = "令和７年度債権管理実施計画（案）について"
SEC3 = "不納欠損処理の方針について"
h = "<h2>６　議事の概要（主な意見等）</h2><h3>（１）" + SEC1 + "</h3>"
h += st("事務局（税務課長）", "資料１に基づき、２月末時点の進捗状況を報告した。市税は現年分・滞繰分とも前年同月を上回っているが、国民健康保険税の滞繰分は前年同月を下回っており、年度末に向けて催告と納付相談を集中的に実施する。", SEC1)
h += f"""<div class="panels">
<div class="panel"><div class="l">市税　現年分収納率（令和７年２月末）</div><div class="pv">{pct(cr_n)}％</div><div class="s">前年同月比＋{pct(d_c)}ポイント</div></div>
<div class="panel"><div class="l">国民健康保険税　現年分収納率（令和７年２月末）</div><div class="pv">{pct(kc_n)}％</div><div class="s">前年同月比＋{pct(d_k)}ポイント</div></div>
<div class="panel"><div class="l">収入未済額見込（全債権・令和６年度末）</div><div class="pv">約{EST_OKU}億円</div><div class="s">前年度末見込比　約0.4億円減</div></div>
</div>"""
facts += [F("市税", "市税", 2024, "令和７年２月末", "current", "collection_rate", "interim", cr_n, "percent", f"{pct(cr_n)}％", PG, as_of=AS_N),
          F("市税", "市税", 2024, "令和７年２月末", "current", "collection_rate", "interim", d_c, "points", f"＋{pct(d_c)}ポイント", PG, as_of=AS_N),
          F("国民健康保険税", "国民健康保険税", 2024, "令和７年２月末", "current", "collection_rate", "interim", kc_n, "percent", f"{pct(kc_n)}％", PG, as_of=AS_N),
          F("国民健康保険税", "国民健康保険税", 2024, "令和７年２月末", "current", "collection_rate", "interim", d_k, "points", f"＋{pct(d_k)}ポイント", PG, as_of=AS_N),
          F(None, "全債権", 2024, "令和６年度末", "total", "outstanding", "estimate", int(round(float(EST_OKU) * 1e8)), "yen", f"約{EST_OKU}億円", PG, approx=True)]
h += f"""<div class="box"><b>【収納率】令和７年２月末時点（市税）</b><br>
・現年分　{pct(cr_n)}％（前年同月　{pct(cr_p)}％）<br>
・滞繰分　{pct(rr_n)}％（前年同月　{pct(rr_p)}％）</div>"""
facts += [F("市税", "市税", 2024, "令和７年２月末", "current", "collection_rate", "interim", cr_n, "percent", f"{pct(cr_n)}％", PG, as_of=AS_N),
          F("市税", "市税", 2023, "前年同月", "current", "collection_rate", "interim", cr_p, "percent", f"{pct(cr_p)}％", PG, as_of=AS_P),
          F("市税", "市税", 2024, "令和７年２月末", "arrears", "collection_rate", "interim", rr_n, "percent", f"{pct(rr_n)}％", PG, as_of=AS_N),
          F("市税", "市税", 2023, "前年同月", "arrears", "collection_rate", "interim", rr_p, "percent", f"{pct(rr_p)}％", PG, as_of=AS_P)]
h += st("市民健康部長", f"国民健康保険税の現年分収納率は２月末で{pct(kc_n)}％と前年同月の{pct(kc_p)}％を上回った。一方、滞繰分は{pct(kr_n)}％で前年同月（{pct(kr_p)}％）を下回っている。滞繰分の大口滞納者について、税務課と合同で財産調査を進めたい。", SEC1)
facts += [F("国民健康保険税", "国民健康保険税", 2023, "前年同月", "current", "collection_rate", "interim", kc_p, "percent", f"{pct(kc_p)}％", PG, as_of=AS_P),
          F("国民健康保険税", "国民健康保険税", 2024, "２月末", "arrears", "collection_rate", "interim", kr_n, "percent", f"{pct(kr_n)}％", PG, as_of=AS_N),
          F("国民健康保険税", "国民健康保険税", 2023, "前年同月", "arrears", "collection_rate", "interim", kr_p, "percent", f"{pct(kr_p)}％", PG, as_of=AS_P)]
hA = TAB2["保育所保育料"]["now"]
h_out = hA[0] - hA[1] + hA[2] - hA[3]
h += st("こども・福祉部長", f"保育所保育料は、無償化の対象外となる０～２歳児分の未納が中心であり、２月末の収入未済額は{h_out:,}千円となっている。退所者への納付勧奨を継続する。", SEC1)
facts.append(F("保育所保育料", "保育所保育料", 2024, "２月末", "total", "outstanding", "interim", h_out * 1000, "yen", f"{h_out:,}千円", PG, as_of=AS_N))
h += st("都市建設部長", "市営住宅使用料は、長期滞納者３名について明渡し請求の手続に着手した。", SEC1)
sk = TAB2["市税"]["now"]
ref_out = sk[0] - sk[1] + sk[2] - sk[3]
h += f"""<div class="ref"><b>【参考】市税の状況（令和７年２月末）</b><br>
・収入未済額：{ref_out:,}千円<br>・滞納者数：1,538人（前年同月 1,602人）<br>・差押件数：287件</div>"""
facts += [F("市税", "市税", 2024, "令和７年２月末", "total", "outstanding", "interim", ref_out * 1000, "yen", f"{ref_out:,}千円", PG, as_of=AS_N),
          F("市税", "市税", 2024, "令和７年２月末", "total", "delinquents", "interim", 1538, "persons", "1,538人", PG, as_of=AS_N),
          F("市税", "市税", 2023, "前年同月", "total", "delinquents", "interim", 1602, "persons", "1,602人", PG, as_of=AS_P)]
h += '<div class="foot">- 2 -</div>'
pages.append(h)

# ---------------- page 3: 議題2, 3 statements + 重点取組 box
PG = 3
h = "<h3>（２）" + SEC2 + "</h3>"
h += st("企画部長", "令和７年度計画案の目標収納率は、過去３年の実績を踏まえた現実的な水準と考える。新たに導入する取組については、効果を検証できるよう指標を設定されたい。", SEC2)
h += st("事務局（税務課長）", "御意見を踏まえ、重点取組ごとに催告件数や納付相談件数などの活動指標を設定し、次回会議で報告する。", SEC2)
KEY = [("①", "市税及び国民健康保険税の初期滞納者に対し、ＳＭＳによる催告を開始する。", "新規"),
       ("②", "口座振替の申込みをキャッシュカードで受け付けるＷｅｂ口座振替受付サービスを全債権に拡大する。", "拡充"),
       ("③", "複数の債権を滞納している者の情報を関係課で共有し、納付相談を一元的に行う。", "継続"),
       ("④", "非強制徴収債権のうち、時効が完成したものや回収の見込みがないものは、債権放棄の手続を適正に進める。", "継続")]
h += '<div class="box"><b>令和７年度の重点取組（案）</b><br>'
for lab, t, s_ in KEY:
    h += f"{lab}{t}【{s_}】<br>"
    inits.append(I(None, 2025, "令和７年度の重点取組（案）", lab, t + f"【{s_}】", s_, PG))
h += "</div>"
h += st("上下水道部長", "下水道使用料は水道料金と一括して請求しているため、水道の給水停止予告と連動した催告が効果を上げている。令和７年度も同様に取り組む。", SEC2)
h += "<h3>（３）" + SEC3 + "</h3>"
h += st("事務局（税務課長）", "資料３のとおり、令和６年度の不納欠損処理予定額を取りまとめた。執行停止後３年を経過したもの及び時効が完成したものを対象としている。", SEC3)
h += st("教育部長", "学校給食費は、卒業後に所在不明となった世帯の債権が多い。私債権であるため、債権放棄の手続について法務担当と協議したい。", SEC3)
h += st("委員長（副市長）", "各部においては、年度末までの残り期間で現年分の収納確保に全力を挙げていただきたい。令和７年度計画は本日の意見を反映のうえ確定とする。", SEC3)
h += """<p style="margin-top:4mm">７　その他<br>　次回会議は、令和７年度第１回として令和７年６月頃に開催予定。</p>"""
h += '<div class="foot">- 3 -</div>'
pages.append(h)

# ---------------- page 4: 別表1 monthly (stacked) + 別表2 part 1
PG = 4
h = '<h2>別表１　月別収納状況（市税・現年分）</h2>'
h += '<table style="margin-bottom:1mm"><tr><th>債権名</th><td style="width:30mm">市税</td><th>所管課</th><td style="width:30mm">税務課</td></tr></table>'
h += '<div class="note">今期＝令和６年度、前年同期＝令和５年度（各月末累計。上段：収入済額（千円）、下段：収納率（％））</div>'
csN, rsN = cum(sA[0], RATE_NOW, sA[1])
csP, rsP = cum(sP[0], RATE_PRV, sP[1])
h += '<table style="width:100%"><tr><th>区分</th>' + "".join(f"<th>{m}</th>" for m in MONTHS) + "</tr>"
for lab, cs, rs, fy in (("今期", csN, rsN, 2024), ("前年同期", csP, rsP, 2023)):
    h += f"<tr><th style='white-space:nowrap'>{lab}</th>" + "".join(f'<td class="n">{c:,}<br>{r:.2f}</td>' for c, r in zip(cs, rs)) + "</tr>"
    for i, (c, r) in enumerate(zip(cs, rs)):
        ao = month_end(fy, i)
        facts.append(F("市税", "市税", fy, ("令和６年度" if fy == 2024 else "令和５年度"), "current", "collected", "interim", c * 1000, "yen", f"{c:,}", PG, as_of=ao))
        facts.append(F("市税", "市税", fy, ("令和６年度" if fy == 2024 else "令和５年度"), "current", "collection_rate", "interim", r, "percent", f"{r:.2f}", PG, as_of=ao))
h += "</table>"
h += f'<div class="note">※1 今期の調定額は{sA[0]:,}千円（前年同期{sP[0]:,}千円）で、うち固定資産税分 2,845,117千円。</div>'
facts += [F("市税", "市税", 2024, "今期", "current", "assessed", "interim", sA[0] * 1000, "yen", f"{sA[0]:,}千円", PG, as_of=AS_N),
          F("市税", "市税", 2023, "前年同期", "current", "assessed", "interim", sP[0] * 1000, "yen", f"{sP[0]:,}千円", PG, as_of=AS_P),
          F("固定資産税", "固定資産税", 2024, "今期", "current", "assessed", "interim", 2845117000, "yen", "2,845,117千円", PG, as_of=AS_N)]


def tab2_head():
    return ("<table style='width:100%'><tr><th rowspan=3 style='width:7mm'><span class='v'>債権名</span></th>"
            "<th rowspan=3 style='width:7mm'><span class='v'>区分</span></th>"
            "<th colspan=6>収納状況（各年２月末現在）</th></tr>"
            "<tr><th colspan=3>令和６年度</th><th colspan=3>令和５年度（前年同期）</th></tr>"
            "<tr>" + "<th>調定額（千円）※2</th><th>収入済額（千円）</th><th>収納率（％）</th>" * 2 + "</tr>")


SEG = [("現年", "current", 0, 1), ("滞繰", "arrears", 2, 3), ("計", "total", None, None)]


def tab2_rows(names, page):
    out = ""
    for k, d in enumerate(names):
        for j, (sl, seg, ia, ic) in enumerate(SEG):
            cls = ' class="z"' if k % 2 else ""
            out += f"<tr{cls}>"
            if j == 0:
                out += f"<td rowspan=3 style='text-align:center'><span class='v'>{d}</span></td>"
            out += f"<td style='text-align:center'>{sl}</td>"
            for per, fy, ao, fr in (("now", 2024, AS_N, "令和６年度"), ("prev", 2023, AS_P, "令和５年度")):
                v = TAB2[d][per]
                A, C = (v[ia], v[ic]) if ia is not None else (v[0] + v[2], v[1] + v[3])
                r_ = rate(C, A)
                out += f'<td class="n">{A:,}</td><td class="n">{C:,}</td><td class="n">{r_:.2f}</td>'
                facts.append(F(d, d, fy, fr, seg, "assessed", "interim", A * 1000, "yen", f"{A:,}", page, as_of=ao))
                facts.append(F(d, d, fy, fr, seg, "collected", "interim", C * 1000, "yen", f"{C:,}", page, as_of=ao))
                facts.append(F(d, d, fy, fr, seg, "collection_rate", "interim", r_, "percent", f"{r_:.2f}", page, as_of=ao))
            out += "</tr>"
    return out


h += '<h2 style="margin-top:5mm">別表２　債権別収納状況</h2>'
h += tab2_head() + tab2_rows(NAMES[:3], PG) + "</table>"
h += '<div class="note">（次頁に続く）</div>'
h += '<div class="foot">- 4 -</div>'
pages.append(h)

# ---------------- page 5: 別表2 continued (header repeated) + totals + 別表3 (千円 box) beside 別表4 (円)
PG = 5
h = '<h2>別表２　債権別収納状況（続き）</h2>'
h += tab2_head() + tab2_rows(NAMES[3:], PG)
for j, (sl, seg, ia, ic) in enumerate(SEG):
    h += "<tr>" + (f"<th rowspan=3><span class='v'>合計</span></th>" if j == 0 else "") + f"<th>{sl}</th>"
    for per, fy, ao, fr in (("now", 2024, AS_N, "令和６年度"), ("prev", 2023, AS_P, "令和５年度")):
        if ia is not None:
            A = sum(TAB2[d][per][ia] for d in NAMES); C = sum(TAB2[d][per][ic] for d in NAMES)
        else:
            A = sum(TAB2[d][per][0] + TAB2[d][per][2] for d in NAMES); C = sum(TAB2[d][per][1] + TAB2[d][per][3] for d in NAMES)
        r_ = rate(C, A)
        h += f'<td class="n"><b>{A:,}</b></td><td class="n"><b>{C:,}</b></td><td class="n"><b>{r_:.2f}</b></td>'
        facts.append(F(None, "合計", fy, fr, seg, "assessed", "interim", A * 1000, "yen", f"{A:,}", PG, as_of=ao))
        facts.append(F(None, "合計", fy, fr, seg, "collected", "interim", C * 1000, "yen", f"{C:,}", PG, as_of=ao))
        facts.append(F(None, "合計", fy, fr, seg, "collection_rate", "interim", r_, "percent", f"{r_:.2f}", PG, as_of=ao))
    h += "</tr>"
h += "</table>"
h += '<div class="note">※2 調定額は、各年２月末現在の調定額（減額更正後）です。</div>'
WOFF = [("保育所保育料", 1284560), ("市営住宅使用料", 3106200), ("学校給食費", 842300), ("下水道使用料", 1977410)]
left = ('<div><div class="cap">別表３　年度末収入未済額見込（令和６年度）</div><table><tr><th>債権名</th><th>収入未済額見込（千円）</th><th>備考</th></tr>')
for d, v, note in EST:
    left += f'<tr><td>{d}</td><td class="n">{v:,}</td><td style="font-size:7.5pt">{note}</td></tr>'
    facts.append(F(d, d, 2024, "令和６年度", "total", "outstanding", "estimate", v * 1000, "yen", f"{v:,}", PG))
    if note:
        nv = int(note.split()[1].replace("千円", "").replace(",", ""))
        facts.append(F(d, d, 2024, "令和６年度", "current", "outstanding", "estimate", nv * 1000, "yen", note.split()[1], PG))
tot_est = sum(v for _, v, _ in EST)
left += f'<tr><th>計</th><td class="n"><b>{tot_est:,}</b></td><td></td></tr></table><div class="src">出典：各所管課からの報告（令和７年３月７日現在）</div></div>'
facts.append(F(None, "計", 2024, "令和６年度", "total", "outstanding", "estimate", tot_est * 1000, "yen", f"{tot_est:,}", PG))
right = '<div><div class="cap">別表４　不納欠損処理予定額（令和６年度）</div><table><tr><th>債権名</th><th>予定額（円）</th></tr>'
for d, v in WOFF:
    right += f'<tr><td>{d}</td><td class="n">{v:,}</td></tr>'
    facts.append(F(d, d, 2024, "令和６年度", "total", "written_off", "estimate", v, "yen", f"{v:,}", PG))
wt = sum(v for _, v in WOFF)
right += f'<tr><th>計</th><td class="n"><b>{wt:,}</b></td></tr></table><div class="note">※ 市税及び国民健康保険税は地方税法に基づき別途処理</div></div>'
facts.append(F(None, "計", 2024, "令和６年度", "total", "written_off", "estimate", wt, "yen", f"{wt:,}", PG))
h += '<div class="side" style="margin-top:5mm">' + left + right + "</div>"
h += '<div class="foot">- 5 -</div>'
pages.append(h)

assert tot_est * 1000 > 0
html = f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>" + \
       "".join(f'<div class="page">{p}</div>' for p in pages) + "</body></html>"
src = WORK / f"{STEM}.html"
src.write_text(html, encoding="utf-8")
out = ROOT / "pdf" / f"{STEM}.pdf"
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf={out}", src.as_uri()], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
attendees = [{"role": r, "title": t, "name": None} for r, t in ATT]
minutes = {"title": TITLE, "meeting_number": 3, "date": "2025-03-14", "method": "書面開催",
           "attendees": attendees, "agenda": AGENDA, "materials": MATS, "statements": statements}
write_gold(STEM, "minutes", CITY, TITLE, "2025-03-14", "令和７年３月１４日", facts, inits, minutes, "minutes")
