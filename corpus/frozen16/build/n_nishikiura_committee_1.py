"""錦浦市 債権管理推進会議資料 (committee_material, 取組個票): PyMuPDF Story HTML, one Story per page."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from n_common import GOTHIC, Facts, OUT, PDF, comma, init, pct, rate, write_gold, check  # noqa: E402

STEM = "n_nishikiura_committee_1"
CITY = "錦浦市"
TITLE = "令和7年度 第1回 錦浦市債権管理推進会議 資料"
CSS = """@font-face {font-family: jp; src: url(ipaexg.ttf);}
* {font-family: jp; font-size: 8.6pt; line-height: 1.35}
h1 {font-size: 14pt; text-align: center; margin: 4px}
h2 {font-size: 10.5pt; margin-top: 8px; margin-bottom: 3px}
p {margin: 1px}
table {border-collapse: collapse; width: 100%}
.g td, .g th {border: 1px solid black; padding: 2px 3px}
.h td, .h th {border-top: 1px solid black; border-bottom: 1px solid black; padding: 2px 3px}
th {font-weight: bold; background-color: #e6e6e6}
.r {text-align: right}
.c {text-align: center}
.box {border: 1px solid black; padding: 5px}
"""

# debts: (name, 所管課, 区分, amounts {seg: (assessed, collected, written_off)} in 千円 or None, targets, interim)
DEBTS = [
    dict(name="市税", ka="納税課", kubun="強制徴収公債権",
         amounts={"current": (24518330, 24317911, 0), "arrears": (712406, 226540, 41287)},
         target={"current": 99.25, "arrears": 33.00, "total": 97.45},
         interim=(78.12, 77.64)),
    dict(name="国民健康保険税", ka="国保年金課", kubun="強制徴収公債権",
         amounts={"current": (3902114, 3671287, 0), "arrears": (1104560, 268905, 96214)},
         target={"current": 94.40, "arrears": 25.00, "total": 79.10},
         interim=(71.35, 70.92)),
    dict(name="市営住宅使用料", ka="住宅政策課", kubun="私債権",
         amounts={"current": (498215, 483006, 0), "arrears": (96408, 18377, 2115)},
         target={"current": 97.20, "arrears": 20.50, "total": 85.30},
         interim=None),
]

INITS = {
    "市税": [
        ("(1)", "現年課税分の滞納整理の強化", None, [
            ("①", "納期限後２０日以内に電話催告又はＳＭＳ催告を行い、早期の自主納付を促す。", "継続"),
            ("②", "現年度分の滞納が２期以上となった者は、翌月末までに財産調査に着手する。", "拡充"),
        ]),
        ("(2)", "滞納繰越分の圧縮", None, [
            ("①", "高額滞納事案（５０万円以上）を専任班に集約し、進行管理を月１回行う。", "継続"),
            ("②", "執行停止の判断基準に基づき、徴収見込みのない事案を整理する。", "新規"),
        ]),
        ("(3)", "地方税統一ＱＲコードを活用したキャッシュレス納付の周知を広報紙及び市ホームページで行う。", "継続", []),
    ],
    "国民健康保険税": [
        ("(1)", "口座振替の原則化に向け、加入手続時にＷｅｂ口座振替受付サービスの案内を徹底する。", "継続", []),
        ("(2)", "初期滞納者への対応", None, [
            ("ア", "督促状発送後３０日以内に文書催告を行う。", "継続"),
            ("イ", "夜間・休日の納付相談窓口を年４回開設する。", "新規"),
        ]),
        ("(3)", "資格喪失者の滞納分は、喪失届出時に納付計画を確認し、分納誓約を取り付ける。", "拡充", []),
    ],
    "市営住宅使用料": [
        ("(1)", "滞納３か月以上の入居者に対し、連帯保証人への通知を同時に行う。", "継続", []),
        ("(2)", "退去者の滞納分は、支払督促の申立てを年２回計画的に行う。", "拡充", []),
        ("(3)", "収入申告の未提出者を減らすため、更新時期に個別訪問を行う。", "新規", []),
    ],
}


def page_cover(facts):
    html = f"""<h1>令和７年度 第１回<br/>錦浦市債権管理推進会議</h1>
<p class="c">日時　令和７年６月２４日（火）　午前１０時～１１時３０分</p>
<p class="c">場所　錦浦市役所 本庁舎４階 ４０１会議室</p>
<h2>次　　第</h2>
<p>１　開会</p>
<p>２　報告事項</p>
<p>　（１）令和６年度 主要債権の取組結果について　…　資料１（取組個票）</p>
<p>３　協議事項</p>
<p>　（１）令和７年度 主要債権の取組方針について　…　資料１（取組個票）</p>
<p>４　閉会</p>
<h2>委員名簿</h2>
<table class="g"><tr><th>区分</th><th>職名</th></tr>
<tr><td>会長</td><td>副市長</td></tr><tr><td>副会長</td><td>財政部長</td></tr>
<tr><td>委員</td><td>市民部長、福祉保健部長、こども未来部長、建設部長、上下水道部長、教育部長</td></tr></table>
<p>　</p>
<div class="box">
<p><b>【参考】錦浦市の収納率・収入未済額の状況（全債権）</b></p>
<p>・収納率：令和６年度（見込）96.84％（前年度 96.51％）</p>
<p>・収入未済額：令和６年度（見込）約21.6億円（前年度 約23.9億円）</p>
<p>・対象債権数：５８債権（うち主要債権３債権）</p>
</div>
"""
    facts.add(None, 2024, "令和６年度（見込）", "total", "collection_rate", "estimate", 96.84, "percent", "96.84％", 1)
    facts.add(None, 2023, "前年度", "total", "collection_rate", "actual", 96.51, "percent", "96.51％", 1)
    facts.add(None, 2024, "令和６年度（見込）", "total", "outstanding", "estimate", 2160000000, "yen", "約21.6億円", 1,
              approx=True)
    facts.add(None, 2023, "前年度", "total", "outstanding", "actual", 2390000000, "yen", "約23.9億円", 1, approx=True)
    return html


def page_debt(d, pno, facts, inits):
    name = d["name"]
    segs = {"current": "現年度分", "arrears": "滞納繰越分", "total": "計"}
    am = dict(d["amounts"])
    tot = tuple(am["current"][i] + am["arrears"][i] for i in range(3))
    am["total"] = tot
    est = {}
    rows = ""
    for seg in ("current", "arrears", "total"):
        a, c, w = am[seg]
        o = a - c - w
        r = rate(c, a)
        est[seg] = r
        rows += (f"<tr><td>{segs[seg]}</td><td class=r>{comma(a)}</td><td class=r>{comma(c)}</td>"
                 f"<td class=r>{comma(w)}</td><td class=r>{comma(o)}</td><td class=r>{pct(r)}</td></tr>")
        for metric, v in (("assessed", a), ("collected", c), ("written_off", w), ("outstanding", o)):
            facts.add(name, 2024, "令和６年度（見込）", seg, metric, "estimate", v * 1000, "yen", comma(v), pno)
        facts.add(name, 2024, "令和６年度（見込）", seg, "collection_rate", "estimate", r, "percent", pct(r), pno)

    if d["interim"]:
        now, prev = d["interim"]
        result = (f"<p>・12月末現年度分徴収率 {now:.2f}％〔{prev:.2f}％〕</p>"
                  f"<p>・電話催告 1,284件〔1,102件〕</p><p>・差押え 212件〔188件〕</p>")
        facts.add(name, 2024, "12月末", "current", "collection_rate", "interim", now, "percent", f"{now:.2f}％", pno,
                  as_of="2024-12-31")
        facts.add(name, 2023, "〔前年度〕", "current", "collection_rate", "interim", prev, "percent", f"〔{prev:.2f}％〕",
                  pno, as_of="2023-12-31")
    else:
        result = "<p>・連帯保証人通知 64件〔51件〕</p><p>・支払督促申立て 9件〔6件〕</p><p>・完納 22件〔17件〕</p>"

    # target table: side-by-side headings
    trows = ""
    for seg in ("current", "arrears", "total"):
        t = d["target"][seg]
        trows += (f"<tr><td>{segs[seg]}徴収率</td><td class=r>{est[seg]:.2f}％</td><td class=r>{t:.2f}％</td></tr>")
        facts.add(name, 2024, "令和６年度（実績見込）", seg, "collection_rate", "estimate", est[seg], "percent",
                  f"{est[seg]:.2f}％", pno)
        facts.add(name, 2025, "令和７年度（数値目標）", seg, "collection_rate", "target", t, "percent", f"{t:.2f}％", pno)

    items_html = ""
    for label, text, status, subs in INITS[name]:
        if subs:
            items_html += f"<p>{label.replace('(', '（').replace(')', '）')}{text}</p>"
            for sl, st, sst in subs:
                items_html += f"<p>　{sl}{st}【{sst}】</p>"
                inits.append(init(name, 2025, "数値目標の達成に向けた取組", label + sl, st, sst, pno))
        else:
            items_html += f"<p>{label.replace('(', '（').replace(')', '）')}{text}【{status}】</p>"
            inits.append(init(name, 2025, "数値目標の達成に向けた取組", label, text, status, pno))

    html = f"""<p class="r">資料１</p>
<table class="g"><tr><th>債権名</th><td><b>{name}</b></td><th>所管課</th><td>{d['ka']}</td><th>債権区分</th><td>{d['kubun']}</td></tr></table>
<h2>１　令和６年度 滞納整理強化月間（１１月～１２月）の実施結果</h2>
<table class="h"><tr><th>実施期間</th><th>現年度分の取組</th><th>滞納繰越分の取組</th><th>実績（〔　〕は前年度）</th></tr>
<tr><td>令和６年11月1日～12月27日</td><td>納期限を過ぎた者への電話催告・ＳＭＳ催告を集中実施</td>
<td>財産調査の結果に基づく差押えを優先実施</td><td>{result}</td></tr></table>
<h2>２　令和６年度 収入状況（見込）</h2>
<p class="r">単位：千円、％</p>
<table class="g"><tr><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>徴収率</th></tr>{rows}</table>
<h2>３　ヒアリングでの指摘事項と対応状況</h2>
<table class="g"><tr><th width="22%">指摘事項</th><td>初期滞納者への対応が遅れ、滞納繰越額が減少していない。</td></tr>
<tr><th>対応状況</th><td>催告の時期を前倒しし、納期限後の早い段階で接触する体制に改めた。</td></tr></table>
<h2>４　令和７年度の取組方針</h2>
<table class="g"><tr><th>区分</th><th>令和６年度（実績見込）</th><th>令和７年度（数値目標）</th></tr>{trows}</table>
<p>　</p>
<p><b>数値目標の達成に向けた取組</b></p>
<div class="box">{items_html}</div>
"""
    return html


def build():
    facts, inits = Facts(), []
    pages = [page_cover(facts)]
    for i, d in enumerate(DEBTS):
        pages.append(page_debt(d, i + 2, facts, inits))

    arch = fitz.Archive(str(Path(GOTHIC).parent))
    tmp = OUT / f"{STEM}.raw.pdf"
    OUT.mkdir(parents=True, exist_ok=True)
    w = fitz.DocumentWriter(str(tmp))
    mb = fitz.paper_rect("a4")
    for html in pages:
        st = fitz.Story(html=html, user_css=CSS, archive=arch)
        dev = w.begin_page(mb)
        more, _ = st.place(mb + (42, 50, -42, -50))
        assert more == 0, "page overflow"
        st.draw(dev)
        w.end_page()
    w.close()
    doc = fitz.open(tmp)
    n = doc.page_count
    for i, p in enumerate(doc):
        p.insert_font(fontname="jp", fontfile=GOTHIC)
        p.insert_text((400, 30), "錦浦市債権管理推進会議（R7.6.24）", fontname="jp", fontsize=7.5)
        p.insert_text((285, 820), f"{i + 1} / {n}", fontname="jp", fontsize=8)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    write_gold(STEM, kind="committee_material", municipality=CITY, title=TITLE, date="2025-06-24",
               date_raw="令和７年６月２４日（火）", facts=facts, initiatives=inits)


if __name__ == "__main__":
    build()
    print(check(STEM))
