"""Committee material with one 取組個票 per debt, 船橋市 (HTML -> headless Chromium).

Run from corpus/dev41:  python3 build/t_funabashi_committee.py
"""
from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from t_common import Gold, WORK, PDF_DIR, zen, rate, tri, report  # noqa: E402

STEM = "t_funabashi_committee_1"
CITY = "船橋市"
TITLE = "令和５年度第３回船橋市債権管理対策委員会"
AS_OF = "2024-02-29"        # 令和６年２月末 (leap year)
AS_OF_PREV = "2023-02-28"   # 令和５年２月末
FY, FY_PREV = 2023, 2022

MEMBERS = [("委員長", "副市長", "山本　健一"), ("副委員長", "税務部長", "石川　浩之"),
           ("委員", "健康・高齢部長", "小林　美和"), ("委員", "こども家庭部長", "中島　亮"),
           ("委員", "都市計画部長", "森田　和彦"), ("委員", "福祉サービス部長", "大塚　直子"),
           ("委員", "財政部長", "藤井　聡"), ("委員", "教育次長", "吉川　真理")]

# debt -> (label, unit, dept, kind, style, (cur R6: a,c), (arr R6), (cur R5), (arr R5))
DEBTS = [
    dict(debt="市税", raw="市税", dept="税務部　納税課・債権管理課", kind="強制徴収公債権", unit="千円", style="box",
         cur=(81_245_670, 75_430_112), arr=(3_412_560, 962_310),
         pcur=(79_884_210, 74_013_540), parr=(3_698_420, 985_770),
         done=[("(1)", "納期限後２０日以内に督促状を発送し、なお納付のない者には電話催告センターから早期に架電した。", "継続", "after"),
               ("(2)", "滞納繰越分の高額事案（１００万円以上）を債権管理課へ移管し、財産調査と差押えを集中的に実施した。", "継続", "wrap"),
               ("(3)", "電子による預貯金照会を導入し、照会から回答までの期間を大幅に短縮した。", "新規", "alone"),
               ("(4)", "スマートフォン決済アプリに加え、地方税統一ＱＲコードによる納付の周知を強化した。", "拡充", "after")],
         issue=["現年課税分の初期滞納者が依然として多く、滞納繰越への移行を抑える必要がある。"],
         plan=[("①", "現年課税分の初期滞納者に対するＳＭＳ催告を年４回から年６回に増やす。", "拡充"),
               ("②", "捜索・タイヤロックなど、悪質な滞納者への厳正な滞納処分を継続する。", "継続"),
               ("③", "執行停止の判断基準を見直し、徴収見込みのない事案の整理を進める。", "新規")]),
    dict(debt="国民健康保険料", raw="国民健康保険料", dept="健康・高齢部　国民健康保険課", kind="強制徴収公債権", unit="千円",
         style="box", cur=(13_845_120, 11_203_844), arr=(4_821_330, 1_016_482),
         pcur=(14_120_560, 11_316_212), parr=(5_103_870, 1_012_610), note_arr=45_210,
         done=[("(1)", "新規加入者に口座振替依頼書を同封し、加入時の口座振替登録を勧奨した。", "継続", "after"),
               ("(2)", "納付相談の際に分納誓約を取り交わし、履行状況の管理を徹底した。", "継続", "wrap"),
               ("(3)", "夜間・休日の電話催告を月２回に増やして実施した。", "拡充", "alone")],
         issue=["滞納繰越分の収納率は改善傾向にあるが、政令市・中核市平均を下回っている。"],
         plan=[("ア", "滞納繰越分のうち１年以上納付のない事案について、給与・年金の差押えを優先して実施する。", "継続"),
               ("イ", "資格確認書の交付時に納付状況を確認し、未納者には納付相談を案内する。", "新規")]),
    dict(debt="介護保険料", raw="介護保険料", dept="健康・高齢部　介護保険課", kind="強制徴収公債権", unit="円", style="box",
         cur=(10_684_312_500, 9_987_210_400), arr=(231_458_900, 36_722_300),
         pcur=(10_412_880_300, 9_716_504_100), parr=(245_113_600, 40_980_400),
         done=[("(1)", "年金からの特別徴収に切り替わるまでの間に滞納が生じないよう、資格取得時に納付書と口座振替案内を送付した。", "継続", "after"),
               ("(2)", "滞納者に対し、給付制限の予告通知を送付して納付を促した。", "継続", "alone"),
               ("(3)", "財産調査の対象を預貯金から生命保険へ拡大した。", "拡充", "after")],
         issue=["普通徴収の対象者に滞納が集中しており、初期の段階での対応が課題である。"],
         plan=[("①", "初期滞納者への文書催告を毎月実施する。", "継続"),
               ("②", "長期滞納者について、執行停止を含めた整理を計画的に進める。", "継続")]),
    dict(debt="保育所保育料", raw="保育所保育料", dept="こども家庭部　保育認定課", kind="強制徴収公債権", unit="千円",
         style="inline", cur=(2_145_330, 2_089_618), arr=(98_412, 14_105),
         pcur=(2_087_640, 2_027_310), parr=(106_280, 13_962),
         done=[("(1)", "入所決定通知に口座振替依頼書を同封し、原則として口座振替とした。", "継続", "after"),
               ("(2)", "児童手当からの申出徴収を保護者に勧奨した。", "継続", "wrap"),
               ("(3)", "退所者の滞納分について、住所調査のうえ催告書を送付した。", "新規", "after")],
         issue=["退所後に滞納が残る事案が増えており、在所中の早期対応が必要である。"],
         plan=[("①", "保育所を通じた納付案内の配布を毎月行う。", "継続"),
               ("②", "滞納繰越分の高額滞納者について、差押えを実施する。", "拡充")]),
    dict(debt="市営住宅使用料", raw="市営住宅使用料", dept="都市計画部　住宅政策課", kind="私債権", unit="千円",
         style="heading", cur=(1_412_880, 1_368_402), arr=(187_540, 21_618),
         pcur=(1_398_770, 1_351_905), parr=(201_330, 20_945),
         done=[("(1)", "滞納３か月以上の入居者について、連帯保証人へ通知を行った。", "継続", "after"),
               ("(2)", "滞納６か月以上の入居者に明渡請求の予告を行い、１４件の分納誓約につなげた。", "継続", "wrap"),
               ("(3)", "退去者の滞納分について、弁護士法人への回収委託を開始した。", "新規", "alone")],
         issue=["退去者分の滞納が累積しており、滞納繰越分の収納率が低い水準にとどまっている。"],
         plan=[("①", "収入申告時に家賃減免制度の案内を徹底し、滞納の発生を防ぐ。", "継続"),
               ("②", "明渡請求訴訟の提起を年２回とし、計画的に実施する。", "拡充")]),
]

# 年度末の合計収納率: 5年度目標, 5年度見込, 6年度目標
SUMMARY_TARGETS = {"市税": (96.00, 96.12, 96.30), "国民健康保険料": (77.50, 77.12, 77.80),
                   "介護保険料": (97.40, 97.46, 97.60), "保育所保育料": (95.40, 95.58, 95.60),
                   "市営住宅使用料": (88.50, 88.12, 88.70), None: (93.00, 93.11, 93.30)}

CSS = """
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; font-size: 10.5pt; color: #111; }
.page { width: 297mm; height: 210mm; padding: 10mm 14mm 8mm 14mm; position: relative; page-break-after: always; overflow: hidden; }
.page:last-child { page-break-after: auto; }
.runhead { display: flex; justify-content: space-between; font-size: 8.5pt; color: #444; border-bottom: 0.6pt solid #666; padding-bottom: 1mm; margin-bottom: 3mm; }
.foot { position: absolute; bottom: 6mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
.tag { border: 1pt solid #000; padding: 0.5mm 3mm; font-size: 10pt; }
h1 { font-size: 17pt; text-align: center; margin: 6mm 0 4mm; }
h2 { font-size: 12pt; margin: 2mm 0 1.5mm; }
h3 { font-size: 10.5pt; margin: 2mm 0 1mm; }
table { border-collapse: collapse; }
td, th { border: 0.7pt solid #333; padding: 0.8mm 1.6mm; font-size: 9.5pt; }
th { background: #dfe6ee; font-weight: normal; }
td.n { text-align: right; white-space: nowrap; }
.labelbox td { padding: 1.5mm 3mm; font-size: 11pt; }
.labelbox td.l { background: #dfe6ee; }
.cols { display: flex; gap: 6mm; }
.left { width: 53%; } .right { width: 47%; }
.box { border: 1pt solid #333; padding: 2mm 3mm; }
.box p { margin: 0 0 1.2mm 0; padding-left: 6mm; text-indent: -6mm; line-height: 1.45; }
.small { font-size: 8.5pt; }
ul.seg { list-style: none; margin: 1mm 0 1mm 4mm; padding: 0; }
ul.seg li { margin: 0.6mm 0; }
.ref { border: 1.2pt solid #000; padding: 2mm 4mm; width: 150mm; margin-top: 4mm; }
.ref p { margin: 0.8mm 0; }
.note { font-size: 8.5pt; margin: 0.6mm 0; }
"""


def esc(s):
    return html.escape(s)


def head(page_no, right="資料１"):
    return (f'<div class="runhead"><span>{TITLE}</span><span class="tag">{right}</span></div>',
            f'<div class="foot">－ {page_no} －</div>')


def build():
    g = Gold(STEM, "committee_material", "kobetsu", CITY, TITLE, "2024-03-22", "令和６年３月２２日（金）")
    pages = []

    # ---------- p1: 次第・名簿・【参考】 ----------
    p = 1
    rows = "".join(f"<tr><td>{r}</td><td>{t}</td><td>{n}</td></tr>" for r, t, n in MEMBERS)
    ref_out, ref_diff, ref_rate, ref_prev, ref_wo = 6_072_000_000, -314_000_000, 96.83, 96.45, 428_100_000
    pages.append(f"""
<div class="page">{head(p, "次第")[0]}
<h1>{zen('令和５年度')}　第３回船橋市債権管理対策委員会</h1>
<p style="text-align:center">日時：令和６年３月２２日（金）午前１０時００分～１１時３０分　　場所：市役所本庁舎９階　第１会議室</p>
<div class="cols"><div class="left">
<h2>次　第</h2>
<p>１　開　会</p>
<p>２　議　題</p>
<p style="margin-left:6mm">（１）令和５年度 主要債権の取組状況（取組個票）について　……　資料１（２～６ページ）</p>
<p style="margin-left:6mm">（２）主要債権の収納状況一覧及び令和６年度数値目標について　……　資料２（７ページ）</p>
<p>３　その他</p>
<p>４　閉　会</p>
<div class="ref"><b>【参考】令和４年度決算における市全体の状況</b>
<p>・収入未済額：約６０億７，２００万円（前年度比　約３億１，４００万円減）</p>
<p>・収納率：９６．８３％（前年度　９６．４５％）</p>
<p>・不納欠損額：４億２，８１０万円</p>
<p class="small">※一般会計・特別会計の合計（公営企業会計を除く。）</p></div>
</div><div class="right">
<h2>船橋市債権管理対策委員会　委員名簿</h2>
<p class="small" style="text-align:right">（令和６年３月１日現在）</p>
<table style="width:100%"><tr><th>職</th><th>役職</th><th>氏名</th></tr>{rows}</table>
<p class="small">事務局：税務部債権管理課</p>
</div></div>
{head(p)[1]}</div>""")
    ref_facts = [("約６０億７，２００万円", "outstanding", ref_out, "yen", True, 2022, "令和４年度"),
                 ("約３億１，４００万円減", "difference", ref_diff, "yen", True, 2022, "令和４年度"),
                 ("９６．８３％", "collection_rate", ref_rate, "percent", False, 2022, "令和４年度"),
                 ("９６．４５％", "collection_rate", ref_prev, "percent", False, 2021, "前年度"),
                 ("４億２，８１０万円", "written_off", ref_wo, "yen", False, 2022, "令和４年度")]
    for raw, metric, v, unit, approx, fy, fyr in ref_facts:
        g.fact(None, None, fy, fyr, "total", metric, "actual", v, unit, raw, p, approx=approx)
    g.tables.append({"page": 1, "bbox": [0.0, 0.0, 0.0, 0.0],
                     "rows": [["職", "役職", "氏名"]] + [list(m) for m in MEMBERS],
                     "raw_rows": None, "continued_from": None, "pages": None})

    # ---------- p2-p6: 取組個票 ----------
    summary = []
    for k, d in enumerate(DEBTS, 1):
        p += 1
        debt, raw = d["debt"], d["raw"]
        yen_mult = 1000 if d["unit"] == "千円" else 1
        segs = {}
        for key, seg in (("cur", "current"), ("arr", "arrears")):
            segs[(seg, "now")] = d[key]
            segs[(seg, "prev")] = d["p" + key]
        for when in ("now", "prev"):
            a = segs[("current", when)][0] + segs[("arrears", when)][0]
            c = segs[("current", when)][1] + segs[("arrears", when)][1]
            segs[("total", when)] = (a, c)
        rates = {k2: rate(v[1], v[0]) for k2, v in segs.items()}
        summary.append((d, rates))

        def add(seg, when, metric, value, unit, rawtxt):
            fy, fyr, asof = ((FY, "令和６年２月末", AS_OF) if when == "now" else (FY_PREV, "令和５年２月末", AS_OF_PREV))
            g.fact(debt, raw, fy, fyr, seg, metric, "interim", value, unit, rawtxt, p, as_of=asof)

        # label area
        if d["style"] == "box":
            label = (f'<table class="labelbox"><tr><td class="l">債権名</td><td style="min-width:48mm"><b>{raw}</b></td>'
                     f'<td class="l">所管課</td><td>{d["dept"]}</td><td class="l">債権区分</td><td>{d["kind"]}</td></tr></table>')
            title = f"取組個票　{zen(k)}"
        elif d["style"] == "inline":
            label = (f'<table class="labelbox"><tr><td style="min-width:70mm"><b>債権名　{raw}</b></td>'
                     f'<td>所管課　{d["dept"]}</td><td>債権区分　{d["kind"]}</td></tr></table>')
            title = f"取組個票　{zen(k)}"
        else:
            label = f'<p class="small">所管課：{d["dept"]}　／　債権区分：{d["kind"]}</p>'
            title = f"取組個票{zen(k)}（{raw}）"
        segname = {"current": "現年分", "arrears": "滞納繰越分", "total": "合計"}
        bullets = "".join(
            f"<li>・{segname[s]}　{rates[(s, 'now')]:.2f}（{rates[(s, 'prev')]:.2f}）</li>" for s in ("current", "arrears", "total"))
        for s in ("current", "arrears", "total"):
            add(s, "now", "collection_rate", rates[(s, "now")], "percent", f"{rates[(s, 'now')]:.2f}")
            add(s, "prev", "collection_rate", rates[(s, "prev")], "percent", f"{rates[(s, 'prev')]:.2f}")
        rate_block = (f'<h3>【収納率】令和６年２月末時点</h3><ul class="seg">{bullets}</ul>'
                      f'<p class="note">（単位：％。（　）内は前年同月の数値）</p>')

        if d["style"] != "heading":
            unit = d["unit"]
            trs = ""
            for s in ("current", "arrears", "total"):
                cells = ""
                for when in ("now", "prev"):
                    a, c = segs[(s, when)]
                    o = a - c
                    r = rates[(s, when)]
                    mark = ""
                    if s == "arrears" and when == "now" and d.get("note_arr"):
                        mark = "※2"
                    cells += (f'<td class="n">{a:,}</td><td class="n">{c:,}<br>（{r:.2f}％）</td>'
                              f'<td class="n">{o:,}{mark}</td>')
                    add(s, when, "assessed", a * yen_mult, "yen", f"{a:,}")
                    add(s, when, "collected", c * yen_mult, "yen", f"{c:,}")
                    add(s, when, "collection_rate", r, "percent", f"{r:.2f}％")
                    add(s, when, "outstanding", o * yen_mult, "yen", f"{o:,}")
                trs += f"<tr><th>{segname[s]}</th>{cells}</tr>"
            notes = '<p class="note">※1 調定額は、還付未済額を除いた額である。収入済額欄の下段（　）は収納率。</p>'
            if d.get("note_arr"):
                na = d["note_arr"]
                notes += (f'<p class="note">※2 居所不明により執行停止中の事案に係る収入未済額 {na:,}千円を含む。</p>')
                g.fact(debt, raw, FY, "令和６年２月末", "arrears", "outstanding", "interim", na * 1000, "yen",
                       f"{na:,}千円", p, as_of=AS_OF)
            amount_block = (f'<h2>２　調定額・収入済額の状況</h2><p class="note" style="text-align:right">（単位：{unit}）</p>'
                            f'<table style="width:100%"><tr><th rowspan="2">区分</th><th colspan="3">令和６年２月末</th>'
                            f'<th colspan="3">令和５年２月末</th></tr><tr><th>調定額※1</th><th>収入済額</th><th>収入未済額</th>'
                            f'<th>調定額※1</th><th>収入済額</th><th>収入未済額</th></tr>{trs}</table>{notes}')
        else:
            lines = ""
            for when, lab in (("now", "令和６年２月末"), ("prev", "令和５年２月末")):
                lines += f"<h3>◇{lab}</h3>"
                for s in ("current", "arrears"):
                    a, c = segs[(s, when)]
                    o = a - c
                    r = rates[(s, when)]
                    lines += (f"<p>【{segname[s]}】調定額 {a:,}千円／収入済額 {c:,}千円（{r:.2f}％）／収入未済額 {o:,}千円</p>")
                    add(s, when, "assessed", a * 1000, "yen", f"{a:,}千円")
                    add(s, when, "collected", c * 1000, "yen", f"{c:,}千円")
                    add(s, when, "collection_rate", r, "percent", f"{r:.2f}％")
                    add(s, when, "outstanding", o * 1000, "yen", f"{o:,}千円")
            amount_block = f"<h2>２　調定額・収入済額の状況</h2>{lines}"

        # 取組 box
        items = ""
        for lab, text, tag, how in d["done"]:
            t = f"【{tag}】"
            if how == "after":
                body = f"{esc(text)}{t}"
            elif how == "alone":
                body = f"{esc(text)}<br>{t}"
            else:  # wrap: tag pushed onto the next line by a narrow right-aligned span
                body = f"{esc(text)}<span style='display:inline-block;width:100%;text-align:right'>{t}</span>"
            items += f"<p>{lab}　{body}</p>"
            g.init(debt, FY, "令和５年度の主な取組", lab, text, tag, p, debt_raw=raw)
        plan_cell = "".join(f"<p>{lab}　{esc(text)}【{tag}】</p>" for lab, text, tag in d["plan"])
        for lab, text, tag in d["plan"]:
            g.init(debt, FY + 1, "今後の方針", lab, text, tag, p, debt_raw=raw)
        issue = "".join(f"<p>・{esc(x)}</p>" for x in d["issue"])
        right = (f'<h2>３　令和５年度の主な取組</h2><div class="box">{items}</div>'
                 f'<h2>４　課題と今後の方針</h2><table style="width:100%"><tr><th style="width:22mm">課題</th>'
                 f'<td class="box0">{issue}</td></tr><tr><th>今後の方針<br>（令和６年度）</th><td class="box0">{plan_cell}</td></tr></table>')
        hh, ff = head(p)
        pages.append(f"""
<div class="page">{hh}
<h2 style="font-size:14pt">{title}</h2>{label}
<div class="cols" style="margin-top:3mm"><div class="left"><h2>１　収納状況</h2>{rate_block}{amount_block}</div>
<div class="right">{right}</div></div>{ff}</div>""")

    # ---------- p7: summary (no debt) ----------
    p += 1
    trs = ""
    tot = {}
    for when in ("now", "prev"):
        for s in ("current", "arrears"):
            key = ("p" if when == "prev" else "") + ("cur" if s == "current" else "arr")
            a = sum(d[key][0] // (1 if d["unit"] == "千円" else 1000) for d, _ in summary)
            c = sum(d[key][1] // (1 if d["unit"] == "千円" else 1000) for d, _ in summary)
            tot[(s, when)] = (a, c)
        tot[("total", when)] = (tot[("current", when)][0] + tot[("arrears", when)][0],
                                tot[("current", when)][1] + tot[("arrears", when)][1])
    tot_rates = {k: rate(v[1], v[0]) for k, v in tot.items()}
    table_rows = [["債権名", "現年分 R6.2末", "R5.2末", "差", "滞納繰越分 R6.2末", "R5.2末", "差",
                   "合計 R6.2末", "R5.2末", "差", "5年度目標", "5年度見込", "達成見込", "6年度目標"]]
    for d, rates in summary + [(None, tot_rates)]:
        debt = d["debt"] if d else None
        label = d["raw"] if d else "主要５債権計"
        cells, row = "", [label]
        for s in ("current", "arrears", "total"):
            rn, rp = rates[(s, "now")], rates[(s, "prev")]
            df = round(rn - rp, 2)
            vals = [f"{rn:.2f}", f"{rp:.2f}", tri(df, "▲")]
            cells += "".join(f'<td class="n">{v}</td>' for v in vals)
            row += vals
            g.fact(debt, label, FY, "R6.2末", s, "collection_rate", "interim", rn, "percent", vals[0], p, as_of=AS_OF)
            g.fact(debt, label, FY_PREV, "R5.2末", s, "collection_rate", "interim", rp, "percent", vals[1], p, as_of=AS_OF_PREV)
            g.fact(debt, label, FY, "R6.2末", s, "difference", "interim", df, "points", vals[2], p, as_of=AS_OF)
        t5, e5, t6 = SUMMARY_TARGETS[debt]
        ok = "○" if e5 >= t5 else "×"
        vals = [f"{t5:.2f}", f"{e5:.2f}", ok, f"{t6:.2f}"]
        cells += "".join(f'<td class="n" style="text-align:center">{v}</td>' if v in "○×" else f'<td class="n">{v}</td>' for v in vals)
        row += vals
        g.fact(debt, label, 2023, "5年度目標", "total", "collection_rate", "target", t5, "percent", vals[0], p)
        g.fact(debt, label, 2023, "5年度見込", "total", "collection_rate", "estimate", e5, "percent", vals[1], p)
        g.fact(debt, label, 2024, "6年度目標", "total", "collection_rate", "target", t6, "percent", vals[3], p)
        style = ' style="background:#f1f1f1;font-weight:bold"' if d is None else ""
        trs += f"<tr{style}><th style='text-align:left'>{label}</th>{cells}</tr>"
        table_rows.append(row)
    hh, ff = head(p, "資料２")
    pages.append(f"""
<div class="page">{hh}
<h2 style="font-size:14pt">主要債権の収納状況一覧及び令和６年度数値目標</h2>
<p style="margin:1mm 0 2mm">令和６年２月末現在の収納率を前年同月と比較したもの。年度末の見込みは、各債権所管課からの報告による。</p>
<p class="note" style="text-align:right">（単位：％、ポイント）</p>
<table style="width:100%"><tr><th rowspan="2">債権名</th><th colspan="3">現年分</th><th colspan="3">滞納繰越分</th>
<th colspan="3">合計</th><th colspan="4">年度末（合計）</th></tr>
<tr><th>R6.2末</th><th>R5.2末</th><th>差</th><th>R6.2末</th><th>R5.2末</th><th>差</th><th>R6.2末</th><th>R5.2末</th><th>差</th>
<th>5年度目標</th><th>5年度見込</th><th>達成見込</th><th>6年度目標</th></tr>{trs}</table>
<p class="note">※ 介護保険料は千円未満を切り捨てて合算している。差の▲は前年同月を下回ったもの。</p>
<p class="note">※ 達成見込欄は、5年度見込が5年度目標以上のものを「○」、目標に届かないものを「×」とした。</p>
<p class="note">※ 6年度目標は、第２回委員会（令和５年１０月）で協議した案を一部修正したものである。</p>
{ff}</div>""")
    g.tables.append({"page": p, "bbox": [0.0, 0.0, 0.0, 0.0], "rows": table_rows,
                     "raw_rows": None, "continued_from": None, "pages": None})

    doc = f"<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><style>{CSS}</style></head><body>{''.join(pages)}</body></html>"
    hp = WORK / f"{STEM}.html"
    hp.write_text(doc, encoding="utf-8")
    pdf = PDF_DIR / f"{STEM}.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", hp.as_uri()], check=True, capture_output=True)
    g.write(pdf)
    report(pdf, g)
    return g


if __name__ == "__main__":
    build()
