"""r_satsukino_committee_1: 債権管理推進会議 資料 with one 取組個票 per debt, PyMuPDF Story (HTML).
Invented city さつき野市; sheet layout modelled on the per-debt 「未収債権の目標及び具体処理策」 sheets
(1.債権名及び(債権区分) 2.未収金残高の推移(目標) 3.徴収率…の実績及び目標, 取組内容/取組実績 columns) read at
https://123deta.com/document/q5wp9w7q-... and https://123deta.com/article/...zxv30vvy"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from r_common import *
from r_story import Flow

STEM = "r_satsukino_committee_1"
CITY = "さつき野市"
facts, inits = [], []

DEBTS = [
    dict(name="市税", ka="納税課", kubun="強制徴収公債権",
         sep=dict(cur=(52.18, 52.66), arr=(24.35, 25.02), out=(1486220, 1402915)),
         tgt=dict(cur=(99.08, 99.15, 99.20), arr=(30.12, 31.00, 32.00)),
         month=[("５月", "現年度分未納者への一斉催告書の送付（ＳＭＳ催告を併用）", "送付 8,412件（7,935件）\n完納率 41.2％（38.6％）"),
                ("７月", "差押予告書の一斉送付及び預貯金調査の集中実施", "予告 1,240件（1,108件）\n差押 286件（251件）"),
                ("９月", "滞納繰越事案の早期着手（高額事案の担当制）", "着手 312件（295件）")],
         hear=("①　電子照会の活用範囲を広げ、財産調査を迅速化すること。\n②　分納誓約の不履行を早期に把握すること。",
               "①　預貯金照会の電子化率は９月末で82％に達し、回答までの期間が平均６日短縮された。\n②　不履行者リストを毎月作成し、翌月10日までに催告する運用とした。"),
         plan=[("ア", "納期限後20日以内に督促状を発送し、未納が続く者にはＳＭＳで早期に接触する。", "継続", False),
               ("イ", "預貯金・給与の電子照会を全件で実施し、判明した財産は速やかに差し押さえる。", "拡充", True),
               ("ウ", "スマートフォン決済アプリによる納付を周知し、期限内納付を促す。", "継続", False)]),
    dict(name="国民健康保険税", ka="保険年金課", kubun="強制徴収公債権",
         sep=dict(cur=(38.41, 39.02), arr=(16.88, 17.45), out=(1320488, 1251307)),
         tgt=dict(cur=(94.36, 94.60, 94.80), arr=(24.81, 25.50, 26.50)),
         month=[("６月", "資格喪失世帯への納付勧奨文書の送付", "送付 2,106件（2,344件）"),
                ("８月", "短期被保険者証更新時の納付相談会", "相談 684世帯（702世帯）\n誓約 355件（331件）"),
                ("９月", "口座振替未加入世帯への勧奨（ペイジー端末の窓口設置）", "新規登録 1,018件（864件）")],
         hear=("①　現年度分の滞納が翌年度へ繰り越される前に接触すること。",
               "①　３期以上未納の世帯を毎月抽出し、電話催告の対象とした。９月末までに1,460世帯へ架電した。"),
         plan=[("ア", "現年度分３期以上の未納世帯に対し、電話及び文書による催告を毎月行う。", "継続", False),
               ("イ", "納付誓約の不履行世帯には、不履行から30日以内に差押予告を送付する。", "新規", True),
               ("ウ", "国保資格の重複が疑われる世帯を調査し、適正な賦課に努める。", "継続", False),
               ("エ", "口座振替を原則化し、加入率を50％まで引き上げる。", "拡充", False)]),
    dict(name="学校給食費", ka="学校給食課", kubun="私債権",
         sep=dict(cur=(49.72, 50.15), arr=(8.92, 10.34), out=(24318, 22906)),
         tgt=dict(cur=(98.41, 98.55, 98.70), arr=(13.27, 14.00, 15.00)),
         month=[("７月", "未納保護者への電話連絡及び学校を通じた通知", "連絡 418件（455件）"),
                ("９月", "卒業生保護者への催告書送付", "送付 196件（203件）")],
         hear=("①　児童手当からの申出徴収の案内を強化すること。",
               "①　就学援助の申請時に申出書を同封し、９月末までに申出を62件受け付けた。"),
         plan=[("ア", "児童手当からの申出徴収を入学説明会で案内する。", "継続", False),
               ("イ", "長期滞納者について支払督促の申立てを行う。", "新規", True)]),
]

fl = Flow(str(PDF / f"{STEM}.pdf"), header="令和７年度第２回 さつき野市債権管理推進会議", footer_fmt="{n}")

# ---------- cover
cover = """
<h1>令和７年度　第２回さつき野市債権管理推進会議</h1>
<p class="r">令和７年11月14日（金）午後２時から<br/>市役所本庁舎４階　第１会議室</p>
<h2>次　第</h2>
<p>１　開会</p>
<p>２　報告事項</p>
<p>　（１）主要債権の上半期（令和７年９月末現在）の徴収状況 ……… 資料１</p>
<p>　（２）債権管理ヒアリングにおける指摘事項への対応 ……… 資料１</p>
<p>３　協議事項</p>
<p>　（１）令和８年度 主要債権の取組方針（案） ……… 資料１</p>
<p>４　閉会</p>
<p>&#160;</p>
<table><tr><td class="box">
<p><b>【参考】さつき野市の債権の状況</b></p>
<p>・収入未済額（全債権）：約21億6,400万円（令和６年度末）</p>
<p>・徴収率（全債権）：96.82％（令和６年度決算）</p>
<p>・収入未済額の前年度比：△1億2,800万円</p>
<p>・ピーク時（平成22年度）の収入未済額：約48億円</p>
</td></tr></table>
<p class="small">※ 全債権には、水道事業会計及び下水道事業会計の債権を含まない。</p>
"""
pg = fl.chunk(cover)
assert pg == [1]
facts += [F(None, 2024, "total", "outstanding", "actual", 2164000000, "yen", "約21億6,400万円", 1, fy_raw="令和６年度末", approx=True),
          F(None, 2024, "total", "collection_rate", "actual", 96.82, "percent", "96.82％", 1, fy_raw="令和６年度決算"),
          F(None, 2010, "total", "outstanding", "actual", 4800000000, "yen", "約48億円", 1, fy_raw="平成22年度", approx=True)]

for k, d in enumerate(DEBTS, 1):
    name = d["name"]
    rows = "".join(
        f"<tr><td class='c'>{m}</td><td>{c}</td><td>{r.replace(chr(10), '<br/>')}</td></tr>" for m, c, r in d["month"])
    s = d["sep"]
    cur, arr, out = s["cur"], s["arr"], s["out"]
    diff = lambda p: f"{p[1] - p[0]:+.2f}".replace("+", "").replace("-", "△") if p[1] - p[0] < 0 else f"{p[1] - p[0]:.2f}"
    dout = out[1] - out[0]
    t = d["tgt"]
    plan_html = ""
    for lab, txt, st, wrap in d["plan"]:
        tag = f"【{st}】"
        plan_html += f"<p>{lab}　{txt}{'<br/>' if wrap else ''}{tag}</p>"
    html = f"""
<p class="r">資料１－{k}</p>
<h2>取組個票</h2>
<table>
<tr><td class="lab" style="width:14%">債権名</td><td style="width:28%">{name}</td><td class="lab" style="width:12%">所管課</td><td style="width:18%">{d['ka']}</td><td class="lab" style="width:12%">区　分</td><td>{d['kubun']}</td></tr>
</table>
<h3>１　滞納整理強化月間（上半期）の実施状況</h3>
<table>
<tr><th style="width:10%">実施月</th><th style="width:52%">取組の内容</th><th>実績又は効果（　）は前年同期</th></tr>
{rows}
</table>
<h3>２　上半期の徴収状況</h3>
<p class="r small">徴収率の単位：％　収入未済額の単位：千円</p>
<table>
<tr><th style="width:28%">区　分</th><th>令和６年９月末</th><th>令和７年９月末</th><th>差</th></tr>
<tr><td>徴収率（現年分）</td><td class="n">{cur[0]:.2f}</td><td class="n">{cur[1]:.2f}</td><td class="n">{diff(cur)}</td></tr>
<tr><td>徴収率（滞納繰越分）</td><td class="n">{arr[0]:.2f}</td><td class="n">{arr[1]:.2f}</td><td class="n">{diff(arr)}</td></tr>
<tr><td>収入未済額（全体）</td><td class="n">{out[0]:,}</td><td class="n">{out[1]:,}</td><td class="n">{('△' + format(-dout, ',')) if dout < 0 else format(dout, ',')}</td></tr>
</table>
<h3>３　債権管理ヒアリングにおける指摘事項と対応状況</h3>
<table>
<tr><th style="width:40%">指摘事項</th><th>対応状況</th></tr>
<tr><td>{d['hear'][0].replace(chr(10), '<br/>')}</td><td>{d['hear'][1].replace(chr(10), '<br/>')}</td></tr>
</table>
<h3>４　令和８年度の取組方針</h3>
<p>（１）数値目標（徴収率）</p>
<table>
<tr><th style="width:28%">区　分</th><th>令和６年度決算</th><th>令和７年度見込</th><th>令和８年度目標</th></tr>
<tr><td>現年分</td><td class="n">{t['cur'][0]:.2f}％</td><td class="n">{t['cur'][1]:.2f}％</td><td class="n">{t['cur'][2]:.2f}％</td></tr>
<tr><td>滞納繰越分</td><td class="n">{t['arr'][0]:.2f}％</td><td class="n">{t['arr'][1]:.2f}％</td><td class="n">{t['arr'][2]:.2f}％</td></tr>
</table>
<p>（２）目標達成に向けた取組</p>
<table><tr><td class="box">{plan_html}</td></tr></table>
"""
    pg = fl.chunk(html)
    print(name, pg)
    p = pg[0]
    for seg, pair in (("current", cur), ("arrears", arr)):
        facts.append(F(name, 2024, seg, "collection_rate", "interim", pair[0], "percent", f"{pair[0]:.2f}", p, fy_raw="令和６年９月末", as_of="2024-09-30"))
        facts.append(F(name, 2025, seg, "collection_rate", "interim", pair[1], "percent", f"{pair[1]:.2f}", p, fy_raw="令和７年９月末", as_of="2025-09-30"))
    facts.append(F(name, 2024, "total", "outstanding", "interim", out[0] * 1000, "yen", f"{out[0]:,}", p, fy_raw="令和６年９月末", as_of="2024-09-30"))
    facts.append(F(name, 2025, "total", "outstanding", "interim", out[1] * 1000, "yen", f"{out[1]:,}", p, fy_raw="令和７年９月末", as_of="2025-09-30"))
    for seg, key in (("current", "cur"), ("arrears", "arr")):
        v = t[key]
        facts.append(F(name, 2024, seg, "collection_rate", "actual", v[0], "percent", f"{v[0]:.2f}％", p, fy_raw="令和６年度決算"))
        facts.append(F(name, 2025, seg, "collection_rate", "estimate", v[1], "percent", f"{v[1]:.2f}％", p, fy_raw="令和７年度見込"))
        facts.append(F(name, 2026, seg, "collection_rate", "target", v[2], "percent", f"{v[2]:.2f}％", p, fy_raw="令和８年度目標"))
    for lab, txt, st, wrap in d["plan"]:
        inits.append(I(name, 2026, "目標達成に向けた取組", lab, txt, st, p))

n = fl.close()
document = {"kind": "committee_material", "municipality": CITY, "title": "令和７年度　第２回さつき野市債権管理推進会議",
            "date": "2025-11-14", "date_raw": "令和７年11月14日（金）"}
write_gold(STEM, PDF / f"{STEM}.pdf", document, facts, inits, None)
g, bad = check(STEM)
print(STEM, n, "pages", len(facts), "facts", len(inits), "inits", "BAD:", bad)
