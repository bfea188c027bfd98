"""杉並区 債権管理重点計画 — PyMuPDF Story (HTML), one story per page region."""
import pymupdf as fitz

from e_common import Gold, PDF, zen, c, rate, report

STEM = "e_suginami_plan_1"
TITLE = "杉並区債権管理重点計画（令和６年度～令和８年度）"
g = Gold(STEM, "plan", "杉並区", TITLE, "2024-03-01", "令和６年３月")
ARCH = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
ARCH.add("/usr/share/fonts/opentype/ipaexfont-gothic")
CSS = """
@font-face {font-family: M; src: url(ipaexm.ttf);}
@font-face {font-family: G; src: url(ipaexg.ttf);}
body {font-family: M; font-size: 9.5pt; line-height: 1.5;}
h1 {font-family: G; font-size: 15pt; text-align: center; margin: 0 0 6pt 0;}
h2 {font-family: G; font-size: 11.5pt; margin: 10pt 0 4pt 0;}
h3 {font-family: G; font-size: 10pt; margin: 6pt 0 3pt 0;}
p {margin: 0 0 4pt 0; text-indent: 1em;}
table {border-collapse: collapse; width: 100%;}
td, th {font-size: 8.5pt; padding: 2pt 4pt; vertical-align: top;}
th {font-family: G; font-weight: normal;}
table.grid td, table.grid th {border: 0.6pt solid black;}
table.hr td, table.hr th {border-top: 0.5pt solid black; border-bottom: 0.5pt solid black;}
td.r {text-align: right;}
td.i {padding-left: 14pt;}
.unit {text-align: right; font-size: 8pt; margin: 0;}
.note {font-size: 8pt; text-indent: 0;}
.box {border: 0.8pt solid black; padding: 4pt 6pt; margin: 4pt 0;}
"""
W, H = 595, 842
import io
BUF = io.BytesIO()
writer = fitz.DocumentWriter(BUF)
NP = 5


def page(regions, n):
    """regions: list of (rect, html). Every html must fit its rect."""
    pg = writer.begin_page(fitz.Rect(0, 0, W, H))
    for rect, html in regions:
        st = fitz.Story(html=html, user_css=CSS, archive=ARCH)
        more, _ = st.place(fitz.Rect(*rect))
        if more:
            raise SystemExit(f"page {n}: content overflows {rect}")
        st.draw(pg)
    ft = fitz.Story(html=f'<p style="text-align:center;font-size:8pt;text-indent:0">－{n}－</p>',
                    user_css=CSS, archive=ARCH)
    ft.place(fitz.Rect(0, H - 34, W, H - 14))
    ft.draw(pg)
    hd = fitz.Story(html='<p style="text-align:right;font-size:7.5pt">杉並区債権管理重点計画</p>', user_css=CSS,
                    archive=ARCH)
    hd.place(fitz.Rect(40, 18, W - 40, 34))
    hd.draw(pg)
    writer.end_page()


# ---------------- data: 会計 → 款 → 債権 (円), 令和４年度決算
FY = 2022
ACC = [
    ("一般会計", [
        ("特別区税", "特別区税", 1_584_712_305, [("うち特別区民税", 1_534_562_918), ("うち軽自動車税（種別割）", 50_149_387)]),
        ("使用料及び手数料", "区営住宅使用料", 41_228_600, []),
        ("分担金及び負担金", "保育所保育料", 52_307_140, []),
        ("諸収入", "生活保護費返還金", 1_181_094_512, []),
        ("諸収入", "奨学資金貸付金返還金", 48_905_300, []),
        ("諸収入", "その他の諸収入", 36_215_877, []),
    ]),
    ("国民健康保険事業会計", [
        ("国民健康保険料", "国民健康保険料", 1_976_031_286, []),
        ("諸収入", "返納金等", 14_806_512, []),
    ]),
    ("介護保険事業会計", [
        ("保険料", "介護保険料", 221_540_900, []),
    ]),
    ("後期高齢者医療事業会計", [
        ("保険料", "後期高齢者医療保険料", 57_618_430, []),
    ]),
]
sub = {a: sum(x[2] for x in items) for a, items in ACC}
grand = sum(sub.values())
PREV = {"一般会計": 3_105_448, "国民健康保険事業会計": 2_142_905, "介護保険事業会計": 236_117, "後期高齢者医療事業会計": 61_008}

# ---------------- page 1
h = f"<h1>{TITLE}</h1><p style='text-align:right'>令和６年３月　杉並区</p>"
h += "<h2>１　計画策定の趣旨</h2>"
approx_total = round(grand / 100000) * 100000
s_total = f"約{zen(f'{approx_total // 100000000}')}億{zen(f'{approx_total % 100000000 // 10000:,}')}万円"
h += (f"<p>区の収入未済額は、令和４年度決算で{s_total}となり、ピーク時の平成２１年度（約９８億円）から大きく減少した。"
      "しかし、特別区民税や国民健康保険料の現年分の未納は依然として発生しており、滞納の早期解消と新たな滞納の抑制を"
      "両立させる必要がある。本計画は、前計画（令和３～５年度）の成果と課題を踏まえ、令和６年度から３か年の取組を定めるものである。</p>")
g.fact(1, None, FY, "令和４年度決算", "total", "outstanding", "actual", approx_total, "yen", s_total, approx=True, debt_raw=None)
g.fact(1, None, 2009, "平成２１年度", "total", "outstanding", "actual", 9_800_000_000, "yen", "約９８億円", approx=True, debt_raw=None)
h += "<h2>２　会計別の収入未済額</h2>"
h += "<p class='unit'>（単位：千円）</p>"
h += "<table class='grid'><tr><th>会計名</th><th>令和３年度</th><th>令和４年度</th><th>増減</th><th>対前年度比</th></tr>"
tp, tn = 0, 0
for a, _ in ACC:
    now = round(sub[a] / 1000)
    prev = PREV[a]
    tp += prev
    tn += now
    h += (f"<tr><td>{a}</td><td class='r'>{c(prev)}</td><td class='r'>{c(now)}</td><td class='r'>{c(now - prev)}</td>"
          f"<td class='r'>{now / prev * 100:.1f}%</td></tr>")
    g.fact(1, None, 2021, "令和３年度", "total", "outstanding", "actual", prev * 1000, "yen", c(prev), debt_raw=a)
    g.fact(1, None, 2022, "令和４年度", "total", "outstanding", "actual", now * 1000, "yen", c(now), debt_raw=a)
h += (f"<tr><td>合計</td><td class='r'>{c(tp)}</td><td class='r'>{c(tn)}</td><td class='r'>{c(tn - tp)}</td>"
      f"<td class='r'>{tn / tp * 100:.1f}%</td></tr></table>")
g.fact(1, None, 2021, "令和３年度", "total", "outstanding", "actual", tp * 1000, "yen", c(tp), debt_raw="合計")
g.fact(1, None, 2022, "令和４年度", "total", "outstanding", "actual", tn * 1000, "yen", c(tn), debt_raw="合計")
h += "<p class='note'>※千円未満を四捨五入しているため、合計と内訳が一致しない場合がある。</p>"
h += ("<div class='box'><b>【参考】令和４年度の主な指標</b><br/>"
      "・特別区税の収納率（全体）：９７．６％<br/>"
      "・国民健康保険料の収納率（全体）：８２．４％<br/>"
      "・不納欠損額（全会計）：約４億１，２００万円</div>")
g.fact(1, "特別区税", FY, "令和４年度", "total", "collection_rate", "actual", 97.6, "percent", "９７．６％")
g.fact(1, "国民健康保険料", FY, "令和４年度", "total", "collection_rate", "actual", 82.4, "percent", "８２．４％")
g.fact(1, None, FY, "令和４年度", "total", "written_off", "actual", 412_000_000, "yen", "約４億１，２００万円", approx=True, debt_raw="全会計")
page([((50, 40, W - 50, H - 40), h)], 1)

# ---------------- page 2: 債権別内訳, two halves side by side, no rules
def half(accs, with_total):
    x = "<table><tr><th>会計</th><th>款等</th><th>債権名</th><th>収入未済額</th></tr>"
    for a, items in accs:
        first = True
        for kan, name, amt, subs in items:
            x += (f"<tr><td>{a if first else ''}</td><td>{kan}</td><td>{name}</td><td class='r'>{c(amt)}</td></tr>")
            debt = None if name.startswith("その他") else name
            g.fact(2, debt, FY, "令和４年度", "total", "outstanding", "actual", amt, "yen", c(amt), debt_raw=name)
            first = False
            for sn, sa in subs:
                x += f"<tr><td></td><td></td><td class='i'>{sn}</td><td class='r'>{c(sa)}</td></tr>"
                g.fact(2, sn.replace("うち", ""), FY, "令和４年度", "total", "outstanding", "actual", sa, "yen", c(sa), debt_raw=sn)
        x += f"<tr><td></td><td></td><td>小計</td><td class='r'>{c(sub[a])}</td></tr>"
        g.fact(2, None, FY, "令和４年度", "total", "outstanding", "actual", sub[a], "yen", c(sub[a]), debt_raw=f"{a}小計")
    if with_total:
        x += f"<tr><td>合計</td><td></td><td></td><td class='r'>{c(grand)}</td></tr>"
        g.fact(2, None, FY, "令和４年度", "total", "outstanding", "actual", grand, "yen", c(grand), debt_raw="合計")
    return x + "</table>"


top = ("<h2>３　債権別の収入未済額（令和４年度決算）</h2><p class='unit'>（単位：円）</p>"
       "<p class='note'>区が保有する債権のうち、令和４年度末に収入未済額があるものを会計・款ごとに掲げた。</p>")
page([((50, 40, W - 50, 120), top),
      ((50, 122, 300, H - 60), half(ACC[:1], False)),
      ((305, 122, W - 40, H - 60), half(ACC[1:], True))], 2)

# ---------------- page 3: two-column prose
colL = ("<h2>４　前計画の成果と課題</h2><h3>（１）特別区民税</h3>"
        "<p>特別区民税の収入未済額は、令和４年度末で15億3,456万円であり、前年度から約１億円減少した。"
        "現年課税分の収納率は99.1％で、前年度から+0.3ポイント改善した。</p>"
        "<p>一方、滞納繰越分の収納率は38.2％にとどまり、長期化した滞納案件の整理が課題である。</p>"
        "<h3>（２）国民健康保険料</h3>"
        "<p>国民健康保険料の収入未済額は1,976.0百万円で、前年度の2,128.1百万円から縮小した。"
        "現年分の収納率は92.4％（前年度91.6％）となり、+0.8ポイント上昇した。</p>")
colR = ("<h3>（３）生活保護費返還金</h3>"
        "<p>生活保護費返還金の収入未済額は11億8,109万円であり、返還金の発生件数の増加に伴い、前年度から増加している。"
        "保護費からの調整による返還を原則とし、未納の発生を抑える必要がある。</p>"
        "<h3>（４）介護保険料</h3>"
        "<p>介護保険料の現年分収納率は98.9％、滞納繰越分は17.8％であった。普通徴収の対象者への口座振替の勧奨を引き続き行う。</p>"
        "<h3>（５）課題のまとめ</h3>"
        "<p>各債権に共通する課題として、初期滞納への対応の遅れ、所管課における専門知識の不足、"
        "私債権の法的措置の未実施が挙げられる。</p>")
g.fact(3, "特別区民税", FY, "令和４年度末", "total", "outstanding", "actual", 1_534_560_000, "yen", "15億3,456万円")
g.fact(3, "特別区民税", FY, "令和４年度末", "current", "collection_rate", "actual", 99.1, "percent", "99.1％")
g.fact(3, "特別区民税", FY, "令和４年度末", "arrears", "collection_rate", "actual", 38.2, "percent", "38.2％")
g.fact(3, "国民健康保険料", FY, "令和４年度", "total", "outstanding", "actual", 1_976_000_000, "yen", "1,976.0百万円")
g.fact(3, "国民健康保険料", 2021, "前年度", "total", "outstanding", "actual", 2_128_100_000, "yen", "2,128.1百万円")
g.fact(3, "国民健康保険料", FY, "令和４年度", "current", "collection_rate", "actual", 92.4, "percent", "92.4％")
g.fact(3, "国民健康保険料", 2021, "前年度", "current", "collection_rate", "actual", 91.6, "percent", "91.6％")
g.fact(3, "生活保護費返還金", FY, "令和４年度", "total", "outstanding", "actual", 1_181_090_000, "yen", "11億8,109万円")
g.fact(3, "介護保険料", FY, "令和４年度", "current", "collection_rate", "actual", 98.9, "percent", "98.9％")
g.fact(3, "介護保険料", FY, "令和４年度", "arrears", "collection_rate", "actual", 17.8, "percent", "17.8％")
page([((50, 40, 292, H - 60), colL), ((303, 40, W - 50, H - 60), colR)], 3)

# ---------------- pages 4-5: 債権ごとの目標と取組, continued without header
ROWS = [
    ("特別区民税", (99.10, 38.20), (99.30, 40.00), [("①", "納期限後の早期催告にＳＭＳを活用し、現年課税分の滞納を抑制する。", "継続"),
                                                  ("②", "高額滞納案件について、捜索及びインターネット公売を実施する。", "拡充")]),
    ("国民健康保険料", (92.40, 27.50), (93.20, 30.00), [("①", "加入手続時に口座振替の申込みを原則とする運用を徹底する。", "継続"),
                                                    ("②", "財産調査の電子化により、差押えまでの期間を短縮する。", "新規")]),
    ("介護保険料", (98.90, 17.80), (99.00, 20.00), [("①", "普通徴収の対象者に対し、年金天引き開始までの口座振替を勧奨する。", "継続")]),
    ("後期高齢者医療保険料", (99.40, 36.10), (99.50, 38.00), [("①", "被保険者証の更新時に未納者への納付勧奨を行う。", "継続")]),
    ("保育所保育料", (98.20, 21.40), (98.60, 25.00), [("①", "児童手当からの徴収の申出を勧奨する。", "継続"),
                                                 ("②", "退園者の滞納分について、支払督促を行う。", "新規")]),
    ("区営住宅使用料", (97.50, 15.20), (98.00, 18.00), [("①", "滞納３か月以上の入居者に対し、連帯保証人への通知を行う。", "継続"),
                                                   ("②", "退去者滞納分の回収を弁護士に委託する。", "拡充")]),
    ("奨学資金貸付金返還金", (90.10, 8.40), (91.00, 10.00), [("①", "返還開始前に返還計画の説明会を行い、口座振替の登録を求める。", "新規")]),
    ("生活保護費返還金", (None, None), (None, None), [("①", "保護費からの調整による返還を原則とし、廃止世帯には催告を行う。", "継続"),
                                                 ("②", "返還金の発生原因となる未申告収入の早期把握に努める。", "継続")]),
]


def rows_html(rs, pg):
    x = ""
    for name, act, tgt, items in rs:
        cells = ""
        for (v, fy, b) in ((act[0], FY, "actual"), (act[1], FY, "actual"), (tgt[0], 2026, "target"), (tgt[1], 2026, "target")):
            cells += f"<td class='r'>{'－' if v is None else f'{v:.2f}'}</td>"
        for seg, v in (("current", act[0]), ("arrears", act[1])):
            if v is not None:
                g.fact(pg, name, FY, "令和４年度", seg, "collection_rate", "actual", v, "percent", f"{v:.2f}")
        for seg, v in (("current", tgt[0]), ("arrears", tgt[1])):
            if v is not None:
                g.fact(pg, name, 2026, "令和８年度", seg, "collection_rate", "target", v, "percent", f"{v:.2f}")
        its = "<br/>".join(f"{lab}{t}【{st}】" for lab, t, st in items)
        for lab, t, st in items:
            g.init(pg, name, 2024, "債権ごとの目標と取組", lab, t, st)
        x += f"<tr><td>{name}</td>{cells}<td>{its}</td></tr>"
    return x


HDR = ("<tr><th rowspan='2'>債権名</th><th colspan='2'>令和４年度実績</th><th colspan='2'>令和８年度目標</th>"
       "<th rowspan='2'>主な取組</th></tr><tr><th>現年分</th><th>滞繰分</th><th>現年分</th><th>滞繰分</th></tr>")
COLS = "<col width='17%'/><col width='9%'/><col width='9%'/><col width='9%'/><col width='9%'/><col width='47%'/>"
BASIC = [("（１）", "現年分の徴収を最優先とし、納期限後の早期の催告により新たな滞納の発生を抑える。"),
         ("（２）", "滞納繰越分は財産調査を徹底し、滞納処分又は執行停止の判断を速やかに行う。"),
         ("（３）", "私債権は、支払督促等の法的措置を計画的に実施し、回収の見込みがない債権は条例に基づき適正に整理する。"),
         ("（４）", "債権管理研修の実施と債権管理マニュアルの改訂により、所管課職員の知識の向上を図る。")]
for lab, t in BASIC:
    g.init(4, None, 2024, "取組の基本方針", lab, t, None)
p4 = ("<h2>５　取組の基本方針</h2><p>前計画の成果と課題を踏まえ、全債権に共通する取組の基本方針を次のとおり定める。"
      "各所管課は、この方針に沿って債権ごとの取組を実施する。</p><div class='box'>"
      + "<br/>".join(f"{lab}{t}" for lab, t in BASIC) + "</div>"
      "<p>また、目標の設定にあたっては、特別区の平均収納率及び前計画期間の実績の推移を勘案し、"
      "計画最終年度である令和８年度に達成すべき水準を債権ごとに定めた。</p>"
      "<h2>６　債権ごとの目標と取組</h2><p class='unit'>（収納率の単位：％）</p>"
      f"<table class='grid'>{COLS}{HDR}{rows_html(ROWS[:6], 4)}</table>")
page([((50, 40, W - 50, H - 60), p4)], 4)
p5 = (f"<table class='grid'>{COLS}{rows_html(ROWS[6:], 5)}</table>"
      "<p class='note'>※生活保護費返還金は、保護費からの調整による返還が多いため収納率の目標を設定していない。</p>"
      "<h2>７　計画の進行管理</h2><p>各所管課は四半期ごとに収納状況を債権管理担当へ報告し、債権管理推進会議において"
      "進捗を確認する。目標の達成が困難な債権については、年度途中で取組の見直しを行う。</p>")
page([((50, 40, W - 50, H - 60), p5)], 5)

path = PDF / f"{STEM}.pdf"
writer.close()
doc = fitz.open("pdf", BUF.getvalue())
doc.set_metadata({"title": TITLE, "creator": "Microsoft Word", "producer": "杉並区"})
doc.subset_fonts()
doc.save(path, garbage=4, deflate=True)
ok = report(STEM, g.write(path))
