"""m_ichikikushikino_plan_1: 債権管理計画 with one section per debt (years down the rows, targets across).
python-docx -> LibreOffice."""
import random, sys
from m_common import F, I, write_gold, docx_to_pdf, rate, ROOT, OUT
from m_docx_util import *

STEM = "m_ichikikushikino_plan_1"
CITY = "いちき串木野市"
random.seed(20250301)
facts, inits = [], []
YEARS = [(2019, "令和元年度"), (2020, "2年度"), (2021, "3年度"), (2022, "4年度"), (2023, "5年度")]
TY = [(2025, "令和7年度"), (2026, "8年度"), (2027, "9年度"), (2028, "10年度"), (2029, "11年度")]

# per debt: current assessed base (千円), current rate base, arrears start, arrears rate base
SPEC = [
    dict(name="市税", ka="税務課", cur=2950000, cr=98.60, arr0=168000, ar=22.0, wo=0.10,
         tgt_c=[99.00, 99.05, 99.10, 99.15, 99.20], tgt_a=[27.0, 28.0, 29.0, 30.0, 31.0],
         tori=[("①", "納期内納付の啓発と口座振替の勧奨を、広報紙と納税通知書の同封チラシで行う。", "継続", False),
               ("②", "滞納発生から３か月以内に財産調査に着手し、預貯金・給与の差押えを徹底する。", "継続", False),
               ("③", "鹿児島県地方税滞納整理推進機構への引継ぎ案件を選定し、困難案件の解消を図る。", "拡充", True)]),
    dict(name="国民健康保険税", ka="税務課", cur=1020000, cr=94.10, arr0=231000, ar=17.0, wo=0.12,
         tgt_c=[95.30, 95.50, 95.70, 95.90, 96.00], tgt_a=[21.0, 22.0, 23.0, 24.0, 25.0],
         tori=[("①", "短期被保険者証の交付時に納付相談を行い、分納誓約につなげる。", "継続", False),
               ("②", "市税と一体で滞納整理を行い、差押えの対象を広げる。", "継続", False),
               ("③", "スマートフォン決済による納付を導入する。", "新規", True)]),
    dict(name="介護保険料", ka="長寿介護課", cur=780000, cr=99.05, arr0=21000, ar=14.0, wo=0.20,
         tgt_c=[99.20, 99.22, 99.24, 99.26, 99.28], tgt_a=[17.0, 17.5, 18.0, 18.5, 19.0],
         tori=[("①", "普通徴収の対象者に口座振替の申込書を送付する。", "継続", False),
               ("②", "滞納者には給付制限の内容を説明し、早期の納付を促す。", "継続", False)]),
    dict(name="市営住宅使用料", ka="都市計画課", cur=162000, cr=96.20, arr0=34000, ar=11.0, wo=0.05,
         tgt_c=[97.00, 97.20, 97.40, 97.60, 97.80], tgt_a=[14.0, 15.0, 16.0, 17.0, 18.0],
         tori=[("①", "滞納３か月で連帯保証人に通知し、入居者との面談を行う。", "継続", False),
               ("②", "長期滞納者には明渡しを求める訴えの提起を検討する。", "拡充", False),
               ("③", "退去者の未納分は、債権回収会社への委託を検討する。", "新規", True)]),
]


def series(S):
    out = []
    arr = S["arr0"]
    for k, (fy, lab) in enumerate(YEARS):
        ca = int(S["cur"] * (1 + random.uniform(-0.02, 0.02)))
        cc = int(ca * (S["cr"] + 0.08 * k + random.uniform(-0.05, 0.05)) / 100)
        aa = arr
        ac = int(aa * (S["ar"] + 0.9 * k + random.uniform(-0.4, 0.4)) / 100)
        wo = int(aa * S["wo"] * random.uniform(0.7, 1.3))
        outv = (ca - cc) + (aa - ac - wo)
        out.append(dict(fy=fy, lab=lab, ca=ca, cc=cc, cr=rate(cc, ca), aa=aa, ac=ac, ar=rate(ac, aa), wo=wo, out=outv))
        arr = outv
    return out


DATA = {S["name"]: series(S) for S in SPEC}
OTHER = [("軽自動車税", "強制徴収公債権", "税務課"), ("後期高齢者医療保険料", "強制徴収公債権", "市民課"),
         ("保育所保育料", "強制徴収公債権", "福祉課"), ("下水道使用料", "強制徴収公債権", "水道課"),
         ("水道料金", "私債権", "水道課"), ("学校給食費", "私債権", "教育総務課"),
         ("生活保護費返還金", "非強制徴収公債権", "福祉課"), ("児童扶養手当返還金", "非強制徴収公債権", "福祉課"),
         ("住宅新築資金等貸付金", "私債権", "まちづくり防災課"), ("奨学資金貸付金", "私債権", "教育総務課"),
         ("市有地貸付料", "私債権", "財政課"), ("放課後児童クラブ利用料", "私債権", "福祉課"),
         ("し尿くみ取り手数料", "非強制徴収公債権", "生活環境課"), ("災害援護資金貸付金", "私債権", "福祉課"),
         ("母子父子寡婦福祉資金貸付金", "私債権", "福祉課"), ("農業集落排水施設使用料", "強制徴収公債権", "水道課"),
         ("土地改良事業分担金", "強制徴収公債権", "農政課"), ("行政財産使用料", "非強制徴収公債権", "財政課"),
         ("公営墓地管理料", "非強制徴収公債権", "生活環境課"), ("医療費返還金", "私債権", "市民課"),
         ("入湯税", "強制徴収公債権", "税務課"), ("特別土地保有税", "強制徴収公債権", "税務課"),
         ("障害福祉サービス費返還金", "非強制徴収公債権", "福祉課"), ("児童手当返還金", "非強制徴収公債権", "こども課"),
         ("一時保育利用料", "私債権", "こども課"), ("道路占用料", "強制徴収公債権", "土木課"),
         ("漁港施設使用料", "非強制徴収公債権", "水産商工課"), ("放置自転車保管料", "非強制徴収公債権", "まちづくり防災課"),
         ("職員給与返納金", "私債権", "総務課"), ("市立病院診療費", "私債権", "市立病院事務局")]
KUBUN = {"市税": "強制徴収公債権", "国民健康保険税": "強制徴収公債権", "介護保険料": "強制徴収公債権", "市営住宅使用料": "私債権"}
LIST = [(S["name"], KUBUN[S["name"]], S["ka"], DATA[S["name"]][-1]["out"] * 1000 + random.randint(0, 999)) for S in SPEC]
LIST += [(n, k, ka, random.randint(80, 9_000) * 1000 + random.randint(0, 999)) for n, k, ka in OTHER]
LIST.sort(key=lambda x: -x[3])
TOTAL = sum(x[3] for x in LIST)

d = new_doc(size=10.5)
header_footer(d, "いちき串木野市債権管理計画（第２期）", footer_fmt=("", ""))
para(d, "いちき串木野市債権管理計画（第２期）", bold=True, size=16, align="center")
para(d, "令和７年度～令和11年度", size=12, align="center")
para(d, "令和７年３月　いちき串木野市", align="right")
para(d, "")
para(d, "１　計画の趣旨", bold=True, size=12)
para(d, "本市では、令和２年３月に債権管理計画（第１期）を策定し、市が保有する債権の適正な管理と収入未済額の縮減に全庁で取り組んできた。"
        "第１期の成果と課題を踏まえ、引き続き公平・公正な市民負担の確保と健全な財政運営に資するため、第２期計画を策定する。", first_mm=3.7)
para(d, "２　計画期間", bold=True, size=12, space_before=6)
para(d, "令和７年度から令和11年度までの５年間とする。", first_mm=3.7)
para(d, "３　収入未済額の状況", bold=True, size=12, space_before=6)
man = round(TOTAL / 10000)
t_txt = f"約{man // 10000}億{man % 10000:,}万円"
h30 = 615400000
para(d, f"令和５年度決算における本市の債権全体の収入未済額は{t_txt}で、第１期計画策定時（平成30年度）の約６億1,540万円から縮減が進んでいる。"
        "一方、国民健康保険税と市営住宅使用料では過年度分の徴収率が低く、滞納の長期化が課題となっている。", first_mm=3.7)
facts.append(F(None, 2023, "令和５年度", "total", "outstanding", "actual", man * 10000, "yen", t_txt, approx=True))
facts.append(F(None, 2018, "平成30年度", "total", "outstanding", "actual", h30, "yen", "約６億1,540万円", approx=True))
para(d, "（第１期計画の振り返り）", first_mm=3.7)
for x in ["第１期計画では、債権所管課ごとに徴収目標を定め、毎年度の実績を債権管理推進会議で検証してきた。市税と国民健康保険税については税務課での一元的な滞納整理を進め、差押えの件数は計画前と比べて大きく増加した。",
          "税外債権については、督促・催告の時期が所管課ごとに異なり、時効の管理が十分でない債権も見られたことから、債権管理マニュアルを改訂し、研修を年２回実施した。",
          "また、徴収の見込みがない債権については、債権管理条例に基づく放棄の手続を整え、不納欠損処理を計画的に行った。今後は、滞納の初期段階での対応と、困難案件の整理を両輪として取組を進める必要がある。"]:
    para(d, x, first_mm=3.7)
para(d, "４　対象債権", bold=True, size=12, space_before=6)
para(d, "令和５年度末において未収額がある次の債権を対象とする。", first_mm=3.7)
t = d.add_table(rows=1, cols=5); table_borders(t, "grid")
for j, h in enumerate(["No.", "債権名", "区分", "所管課", "令和５年度末\n未収額（円）"]):
    cell_text(t.cell(0, j), h, size=9, align="center")
repeat_header(t.rows[0])
for i, (n, k, ka, v) in enumerate(LIST, start=1):
    r = t.add_row().cells
    for j, x in enumerate([str(i), n, k, ka, f"{v:,}"]):
        cell_text(r[j], x, size=10, align="right" if j in (0, 4) else None)
    facts.append(F(n, 2023, "令和５年度末", "total", "outstanding", "actual", v, "yen", f"{v:,}", anchor=f"{n}{k}{ka}{v:,}"))
r = t.add_row().cells
r[0].merge(r[3]); cell_text(r[0], "合　計", size=9, align="center"); cell_text(r[4], f"{TOTAL:,}", size=9, align="right")
facts.append(F(None, 2023, "令和５年度末", "total", "outstanding", "actual", TOTAL, "yen", f"{TOTAL:,}", debt_raw="合計",
               anchor=f"合計{TOTAL:,}"))
col_widths(t, [12, 58, 35, 35, 30])
para(d, "※未収額は、令和５年度出納閉鎖時点の収入未済額（延滞金を除く。）", size=8.5)
para(d, "")

for no, S in enumerate(SPEC, start=1):
    n = S["name"]
    para(d, f"５　債権ごとの取組（{n}）", bold=True, size=12, space_before=10)
    para(d, f"（１）徴収実績の推移", bold=True)
    para(d, "（単位：千円、％）", align="right", size=8.5)
    t = d.add_table(rows=2, cols=9); table_borders(t, "grid")
    t.cell(0, 0).merge(t.cell(1, 0)); cell_text(t.cell(0, 0), "年度", size=8.5, align="center")
    t.cell(0, 1).merge(t.cell(0, 3)); cell_text(t.cell(0, 1), "現年度分", size=8.5, align="center")
    lab2 = "過年度分" if n != "市営住宅使用料" else "滞納繰越分"
    t.cell(0, 4).merge(t.cell(0, 6)); cell_text(t.cell(0, 4), lab2, size=8.5, align="center")
    t.cell(0, 7).merge(t.cell(1, 7)); cell_text(t.cell(0, 7), "不納欠損額", size=8.5, align="center")
    t.cell(0, 8).merge(t.cell(1, 8)); cell_text(t.cell(0, 8), "未収額", size=8.5, align="center")
    for j, h in zip(range(1, 7), ["調定額", "収入額", "徴収率", "調定額", "収入額", "徴収率"]):
        cell_text(t.cell(1, j), h, size=8.5, align="center")
    seg2 = "arrears"
    for y in DATA[n]:
        cells = [y["lab"], f"{y['ca']:,}", f"{y['cc']:,}", f"{y['cr']:.2f}", f"{y['aa']:,}", f"{y['ac']:,}", f"{y['ar']:.2f}",
                 f"{y['wo']:,}", f"{y['out']:,}"]
        r = t.add_row().cells
        for j, x in enumerate(cells):
            cell_text(r[j], x, size=8.5, align="center" if j == 0 else "right")
        anc = "".join(cells)
        fy, fr = y["fy"], y["lab"]
        for (m, seg, key, j) in [("assessed", "current", "ca", 1), ("collected", "current", "cc", 2), ("collection_rate", "current", "cr", 3),
                                 ("assessed", seg2, "aa", 4), ("collected", seg2, "ac", 5), ("collection_rate", seg2, "ar", 6),
                                 ("written_off", "total", "wo", 7), ("outstanding", "total", "out", 8)]:
            v = y[key]
            val = v if m == "collection_rate" else v * 1000
            facts.append(F(n, fy, fr, seg, m, "actual", val, "percent" if m == "collection_rate" else "yen", cells[j], anchor=anc))
    col_widths(t, [20, 21, 21, 14, 19, 19, 14, 17, 19])
    para(d, "")
    para(d, "（２）目標値（徴収率）", bold=True)
    para(d, "（単位：％）", align="right", size=8.5)
    t = d.add_table(rows=3, cols=6); table_borders(t, "grid")
    cell_text(t.cell(0, 0), "区分", size=9, align="center")
    for j, (fy, lab) in enumerate(TY, start=1):
        cell_text(t.cell(0, j), lab, size=9, align="center")
    for i, (lab, seg, key) in enumerate([("現年度分", "current", "tgt_c"), (lab2, "arrears", "tgt_a")], start=1):
        cell_text(t.cell(i, 0), lab, size=9)
        vals = [f"{v:.2f}" if key == "tgt_c" else f"{v:.1f}" for v in S[key]]
        for j, ((fy, flab), v, vs) in enumerate(zip(TY, S[key], vals), start=1):
            cell_text(t.cell(i, j), vs, size=9, align="right")
            facts.append(F(n, fy, flab, seg, "collection_rate", "target", v, "percent", vs, anchor=lab + "".join(vals)))
    para(d, "")
    para(d, "（３）具体的な取組", bold=True)
    for lab, txt, stt, wrap in S["tori"]:
        if wrap:
            para(d, f"{lab}　{txt}", indent_mm=5, first_mm=-5)
            para(d, f"【{stt}】", align="right")
        else:
            para(d, f"{lab}　{txt}【{stt}】", indent_mm=5, first_mm=-5)
        inits.append(I(n, 2025, "具体的な取組", lab, txt, stt))
    if no % 2 == 0 and no < len(SPEC):
        page_break(d)

src = OUT / f"{STEM}.docx"
d.save(src)
docx_to_pdf(src, ROOT / "pdf" / f"{STEM}.pdf")
doc = {"kind": "plan", "municipality": CITY, "title": "いちき串木野市債権管理計画（第２期）", "date": "2025-03-01",
       "date_raw": "令和７年３月"}
sys.exit(0 if write_gold(STEM, doc, facts, inits) else 1)
