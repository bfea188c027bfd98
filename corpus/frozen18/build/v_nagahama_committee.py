"""v_nagahama_committee_1: 長浜市債権管理推進委員会 資料（取組個票）.

PyMuPDF Story (HTML) in landscape A4, one Story per page, running header/footer drawn afterwards.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import GOTHIC, MINCHO, PDF_DIR, Facts, comma, finish, page_texts, plain  # noqa: E402

STEM = "v_nagahama_committee_1"
CITY = "長浜市"
W, H = 842, 595

CSS = """
@font-face {font-family: g; src: url(ipaexg.ttf);}
@font-face {font-family: m; src: url(ipaexm.ttf);}
body {font-family: m; font-size: 8.6pt; line-height: 1.25;}
h1 {font-family: g; font-size: 15pt; text-align: center; margin: 4pt 0 6pt 0;}
h2 {font-family: g; font-size: 10.5pt; margin: 5pt 0 2pt 0;}
h3 {font-family: g; font-size: 9.5pt; margin: 4pt 0 2pt 0;}
p {margin: 1pt 0 1pt 0;}
table {border-collapse: collapse;}
td, th {border: 0.6pt solid black; padding: 1.5pt 3pt; vertical-align: top;}
th {font-family: g; background-color: #e8e8e8; font-weight: normal; text-align: center;}
td.n {text-align: right;}
td.k {font-family: g; background-color: #e8e8e8; text-align: center;}
.box {border: 0.8pt solid black; padding: 3pt 6pt;}
.unit {text-align: right; font-size: 8pt;}
.sm {font-size: 8pt;}
"""

# ---------------------------------------------------------------- data
DEBTS = [
    {
        "name": "市税", "ka": "総務部　収納課", "kubun": "強制徴収公債権（地方税）",
        "period": "令和6年10月1日～12月27日",
        "naiyo_cur": "・一斉文書催告（10月、12月）<br>・夜間・休日電話催告 12回<br>・SMS催告（未納期別1期のみの者）",
        "naiyo_arr": "・預貯金・給与の一斉調査<br>・差押予告書の送付<br>・県との共同徴収（捜索2件）",
        "interim": (81.42, 80.97),  # 12月末 現年分徴収率 R6 (R5)
        "jisseki": "差押件数 412件（388件）<br>納付約束 1,036件（974件）",
        "issue": ["①滞納繰越分の徴収率が県内平均を下回っている。", "②高額滞納案件の処理が長期化している。"],
        "taio": ["①滞納繰越1年目の案件を10月までに全件財産調査した。", "②100万円以上の案件を専任班に移管し、進行管理表で毎月確認した。"],
        "zan": {"current": [98120, 94377, 91064, 88200, 85000], "arrears": [612450, 571302, 530881, 498000, 470000]},
        "rate": {"current": [99.18, 99.21, 99.25], "arrears": [27.84, 29.10, 30.00], "total": [97.86, 97.98, 98.05]},
        "torikumi": [
            ("(1)", "現年課税分の早期対応として、納期限後20日以内の督促状発送と、その1か月後の一斉文書催告を徹底する。", "継続"),
            ("(2)", "SMS催告の対象を未納期別2期までの者に広げ、若年層の早期納付を促す。", "拡充"),
            ("(3)", "電子預貯金照会の対象金融機関を追加し、財産調査の期間を短縮する。", "拡充"),
            ("(4)", "捜索・公売について県税事務所との共同徴収を年2回実施する。", "継続"),
            ("(5)", "地方税統一QRコードを活用したスマートフォン決済の周知を、納税通知書の同封チラシで行う。", "新規"),
        ],
    },
    {
        "name": "国民健康保険税", "ka": "健康福祉部　保険年金課", "kubun": "強制徴収公債権（地方税）",
        "period": "令和6年11月1日～令和7年1月31日",
        "naiyo_cur": "・資格取得時の口座振替勧奨<br>・短期被保険者証更新時の納付相談<br>・夜間電話催告 8回",
        "naiyo_arr": "・分納不履行者への一斉催告<br>・年金・給与の差押え<br>・執行停止の判断（生活困窮）",
        "interim": (78.35, 78.61),
        "jisseki": "差押件数 186件（171件）<br>執行停止 94件（102件）",
        "issue": ["①現年度分の12月末徴収率が前年同期を下回った。", "②分納誓約の不履行が増えている。"],
        "taio": ["①納期ごとの未納者リストで電話催告を前倒しした。", "②不履行2回で差押予告を送付する運用に改めた。"],
        "zan": {"current": [221340, 218905, 214662, 209000, 203000], "arrears": [498770, 476215, 455031, 440000, 425000]},
        "rate": {"current": [94.71, 94.80, 94.95], "arrears": [21.36, 22.10, 22.80], "total": [86.92, 87.30, 87.65]},
        "torikumi": [
            ("(1)", "新規加入世帯に対し、Web口座振替受付サービスの案内を保険証等の送付時に同封する。", "継続"),
            ("(2)", "分納誓約の履行状況を毎月確認し、不履行2回目で差押予告書を送付する。", "新規"),
            ("(3)", "年金支給月（偶数月）に合わせた一斉催告を行う。", "継続"),
        ],
    },
    {
        "name": "保育所保育料", "ka": "こども未来部　幼児課", "kubun": "強制徴収公債権",
        "period": "令和6年9月1日～11月29日",
        "naiyo_cur": "・園を通じた納付書の手渡し<br>・口座振替不能者への翌月再振替案内",
        "naiyo_arr": "・卒園者への文書・電話催告<br>・児童手当からの申出徴収の勧奨",
        "interim": (96.10, 95.72),
        "jisseki": "申出徴収 58件（49件）<br>完納 37件（30件）",
        "issue": ["①卒園者分の滞納繰越が累積している。"],
        "taio": ["①卒園前の3月に未納世帯へ個別面談を行い、分納計画を立てた。"],
        "zan": {"current": [4120, 3876, 3590, 3400, 3200], "arrears": [18340, 17255, 16102, 15000, 14000]},
        "rate": {"current": [98.92, 99.00, 99.10], "arrears": [18.47, 19.50, 20.50], "total": [93.64, 94.10, 94.60]},
        "torikumi": [
            ("(1)", "在園児の未納については、2か月連続の未納で保護者と面談する。", "継続"),
            ("(2)", "児童手当からの申出徴収を、未納のある全世帯に案内する。", "拡充"),
        ],
    },
    {
        "name": "水道料金", "ka": "上下水道部　料金課", "kubun": "私債権",
        "period": "令和6年6月1日～8月30日",
        "naiyo_cur": "・督促後の訪問催告（委託業者）<br>・給水停止予告書の送付",
        "naiyo_arr": "・閉栓者への文書催告<br>・支払督促の申立て",
        "interim": (92.66, 92.40),
        "jisseki": "給水停止 63件（71件）<br>支払督促 5件（3件）",
        "issue": ["①閉栓後の未納者の所在確認に時間を要している。"],
        "taio": ["①閉栓時に転居先と連絡先を必ず聴取する様式に改めた。"],
        "zan": {"current": [30215, 29877, 28911, 28000, 27500], "arrears": [41206, 39054, 37720, 36000, 34500]},
        "rate": {"current": [99.02, 99.05, 99.10], "arrears": [35.40, 36.20, 37.00], "total": [98.31, 98.40, 98.50]},
        "torikumi": [
            ("(1)", "給水停止の執行を、督促後の訪問で納付のない者に対して月2回行う。", "継続"),
            ("(2)", "閉栓者で所在が判明した者には、支払督促を積極的に申し立てる。", "継続"),
            ("(3)", "料金改定（令和7年10月検針分から）の周知を検針票と広報で行い、納期内納付を促す。", "新規"),
        ],
    },
]

ZAN_COLS = [("R3", 2021, "actual", "R3決算"), ("R4", 2022, "actual", "R4決算"), ("R5", 2023, "actual", "R5決算"),
            ("R6見込", 2024, "estimate", "R6見込"), ("R7目標", 2025, "target", "R7目標")]
RATE_COLS = [("R5決算", 2023, "actual"), ("R6見込", 2024, "estimate"), ("R7目標", 2025, "target")]
SEGL = {"current": "現年分", "arrears": "滞納繰越分", "total": "全体"}


def sheet_html(i, d, facts_out):
    """HTML of one 取組個票; appends (raw, fact-kwargs) to facts_out."""
    name = d["name"]
    h = [f"<p class='sm'>資料1－{i}</p>"]
    h.append("<table><tr>"
             f"<td class='k' style='width:60pt'>債権名</td><td style='width:170pt'><b>{name}</b></td>"
             f"<td class='k' style='width:60pt'>所管課</td><td style='width:170pt'>{d['ka']}</td>"
             f"<td class='k' style='width:60pt'>債権区分</td><td style='width:210pt'>{d['kubun']}</td></tr></table>")
    h.append("<h2>１　徴収強化月間（令和6年度）の実施状況</h2>")
    cur, prev = d["interim"]
    h.append("<table><tr><th rowspan='2' style='width:100pt'>実施期間</th><th colspan='2'>取組内容</th>"
             "<th rowspan='2' style='width:220pt'>実績又は効果　※（　）内は前年度</th></tr>"
             "<tr><th style='width:215pt'>現年分</th><th style='width:215pt'>滞納繰越分</th></tr>"
             f"<tr><td>{d['period']}</td><td>{d['naiyo_cur']}</td><td>{d['naiyo_arr']}</td>"
             f"<td>{d['jisseki']}<br>【12月末 現年分徴収率】<br>{cur:.2f}％（{prev:.2f}％）</td></tr></table>")
    facts_out.append((f"{cur:.2f}％", dict(debt=name, fy=2024, fy_raw="令和6年度", seg="current", metric="collection_rate",
                                           basis="interim", as_of="2024-12-31", value=cur, unit="percent")))
    facts_out.append((f"（{prev:.2f}％）", dict(debt=name, fy=2023, fy_raw="前年度", seg="current", metric="collection_rate",
                                              basis="interim", as_of="2023-12-31", value=prev, unit="percent")))
    h.append("<h2>２　債権管理ヒアリングにおける課題と対応</h2>")
    h.append("<table><tr><th style='width:375pt'>ヒアリングで指摘された課題</th><th style='width:375pt'>課題への対応状況</th></tr>"
             f"<tr><td>{'<br>'.join(d['issue'])}</td><td>{'<br>'.join(d['taio'])}</td></tr></table>")
    h.append("<h2>３　令和7年度の取組方針</h2>")
    # two blocks side by side: 未収金残高 | 徴収率
    z = d["zan"]
    tot = [z["current"][k] + z["arrears"][k] for k in range(5)]
    left = ["<h3>(1) 未収金残高の推移</h3><p class='unit'>（単位：千円）</p><table><tr><th>区分</th>"
            + "".join(f"<th>{c[0]}</th>" for c in ZAN_COLS) + "</tr>"]
    for seg, vals in (("current", z["current"]), ("arrears", z["arrears"]), ("total", tot)):
        left.append(f"<tr><td>{SEGL[seg] if seg != 'total' else '計'}</td>"
                    + "".join(f"<td class='n'>{comma(v)}</td>" for v in vals) + "</tr>")
        for (lab, fy, basis, fyraw), v in zip(ZAN_COLS, vals):
            facts_out.append((comma(v), dict(debt=name, fy=fy, fy_raw=fyraw, seg=seg, metric="outstanding", basis=basis,
                                            value=v * 1000, unit="yen")))
    left.append("</table>")
    r = d["rate"]
    right = ["<h3>(2) 数値目標　徴収率（単位：％）</h3><table><tr><th>区分</th>"
             + "".join(f"<th>{c[0]}</th>" for c in RATE_COLS) + "<th>差（R7－R6）</th></tr>"]
    for seg in ("current", "arrears", "total"):
        vals = r[seg]
        diff = round(vals[2] - vals[1], 2)
        right.append(f"<tr><td>{SEGL[seg]}</td>" + "".join(f"<td class='n'>{v:.2f}</td>" for v in vals)
                     + f"<td class='n'>{'△' if diff < 0 else ''}{abs(diff):.2f}</td></tr>")
        for (lab, fy, basis), v in zip(RATE_COLS, vals):
            facts_out.append((f"{v:.2f}", dict(debt=name, fy=fy, fy_raw=lab, seg=seg, metric="collection_rate",
                                              basis=basis, value=v, unit="percent")))
    right.append("</table>")
    h.append("<table style='border:none'><tr><td style='border:none;width:420pt;padding:0 8pt 0 0'>" + "".join(left)
             + "</td><td style='border:none;width:330pt;padding:0'>" + "".join(right) + "</td></tr></table>")
    h.append("<h3>(3) 数値目標の達成に向けた取組</h3>")
    items = "".join(f"<p>{lab}　{txt}【{st}】</p>" for lab, txt, st in d["torikumi"])
    h.append(f"<div class='box'>{items}</div>")
    return "".join(h)


def cover_html(facts_out):
    h = ["<p style='text-align:right'>令和7年5月28日<br>長浜市債権管理推進委員会</p>",
         "<h1>令和7年度　第1回長浜市債権管理推進委員会　資料</h1>",
         "<h2>次　第</h2>",
         "<p>1　報告　令和6年度 徴収強化月間の実施結果について（資料1）</p>",
         "<p>2　協議　令和7年度 主要債権の取組方針について（資料1）</p>",
         "<p>3　その他　今後の日程（第2回：令和7年10月予定　令和6年度決算に基づく未収金の状況）</p>",
         "<h2>取組個票　一覧</h2><table><tr><th>No.</th><th>債権名</th><th>所管課</th><th>頁</th></tr>"]
    for i, d in enumerate(DEBTS, 1):
        h.append(f"<tr><td>{i}</td><td>{d['name']}</td><td>{d['ka']}</td><td>{i + 1}</td></tr>")
    h.append("</table>")
    h.append("<h2>【参考】本市の未収金の状況</h2>")
    h.append("<div class='box'>"
             "<p>・徴収率（令和5年度決算、全債権）：96.84％</p>"
             "<p>・収入未済額（令和5年度決算、全債権）：約18億6,000万円</p>"
             "<p>・収入未済額のピーク（平成22年度決算）：約41億2,000万円</p>"
             "<p>・主要4債権が収入未済額に占める割合：約8割</p></div>")
    facts_out.append(("96.84％", dict(debt=None, fy=2023, fy_raw="令和5年度決算", seg="total", metric="collection_rate",
                                      basis="actual", value=96.84, unit="percent")))
    facts_out.append(("約18億6,000万円", dict(debt=None, fy=2023, fy_raw="令和5年度決算", seg="total", metric="outstanding",
                                           basis="actual", value=1_860_000_000, unit="yen", approx=True)))
    facts_out.append(("約41億2,000万円", dict(debt=None, fy=2010, fy_raw="平成22年度決算", seg="total", metric="outstanding",
                                           basis="actual", value=4_120_000_000, unit="yen", approx=True)))
    return "".join(h)


def build():
    arch = fitz.Archive(str(Path(GOTHIC).parent))
    arch.add(fitz.Archive(str(Path(MINCHO).parent)))
    pdf = PDF_DIR / f"{STEM}.pdf"
    writer = fitz.DocumentWriter(str(pdf))
    where = fitz.Rect(40, 42, W - 40, H - 34)
    pages = []  # list of (facts, initiatives) per page
    htmls = []
    f0 = []
    htmls.append((cover_html(f0), f0, None))
    for i, d in enumerate(DEBTS, 1):
        fo = []
        htmls.append((sheet_html(i, d, fo), fo, d))
    page_of = []
    pno = 0
    for html, fo, d in htmls:
        story = fitz.Story(html=html, user_css=CSS, archive=arch)
        start = pno
        more = 1
        while more:
            dev = writer.begin_page(fitz.Rect(0, 0, W, H))
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
            pno += 1
        if pno - start != 1:
            raise SystemExit(f"sheet {d and d['name']} spans {pno - start} pages")
        page_of.append(pno)
    writer.close()

    # running header / footer, then subset fonts
    doc = fitz.open(pdf)
    for i, page in enumerate(doc, 1):
        page.insert_font(fontname="g", fontfile=GOTHIC)
        page.insert_text((W - 230, 28), "令和7年度第1回債権管理推進委員会", fontname="g", fontsize=8)
        page.insert_text((W / 2 - 12, H - 16), f"- {i} -", fontname="g", fontsize=8.5)
    doc.subset_fonts()
    tmp = pdf.with_suffix(".tmp.pdf")
    doc.save(tmp, garbage=4, deflate=True)
    doc.close()
    tmp.replace(pdf)

    facts = Facts()
    inits = []
    for (html, fo, d), p in zip(htmls, page_of):
        for raw, k in fo:
            facts.add(page=p, debt=k["debt"], debt_raw=k.get("debt_raw", k["debt"]), fy=k["fy"], fy_raw=k["fy_raw"],
                      seg=k["seg"], metric=k["metric"], basis=k["basis"], value=k["value"], unit=k["unit"], raw=raw,
                      approx=k.get("approx", False), as_of=k.get("as_of"))
        if d:
            for lab, txt, st in d["torikumi"]:
                inits.append({"debt": d["name"], "fiscal_year": 2025, "section": "数値目標の達成に向けた取組",
                              "label": lab, "text": txt, "status": st, "page": p})
    document = {"kind": "committee_material", "municipality": CITY,
                "title": "令和7年度　第1回長浜市債権管理推進委員会　資料", "date": "2025-05-28",
                "date_raw": "令和7年5月28日"}
    finish(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
