"""令和７年度第１回都城市債権管理推進会議 資料 — committee_material, PyMuPDF Story (HTML) + drawn header/footer.

Modelled on 都城市債権管理条例 (債権管理簿・庁内の情報共有) and the per-debt status sheets such meetings use.
Figures invented, internally consistent.
"""
from __future__ import annotations

from w_common import Doc, OUT, PDF_DIR, finish, k
from w_story_util import render

STEM = "w_miyakonojo_shiryo_1"
doc = Doc(STEM, "committee_material", "都城市", "令和７年度第１回都城市債権管理推進会議 資料", "2025-07-15",
          "令和７年７月15日")


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


# (調定額, 収入済額, 不納欠損額) for 現年度分 and 滞納繰越分; unit as given
CARDS = [
    {"debt": "市税", "ka": "納税課", "unit": "千円", "mult": 1000, "style": "box",
     "cur": (19845230, 19650118, 0), "arr": (702410, 178620, 41350),
     "inits": [("ア", "滞納初期の文書催告と電話催告を組み合わせ、現年度分の滞納繰越を抑制する。", "継続"),
               ("イ", "給与照会を全件実施し、給与差押えを中心とした滞納処分を進める。", "拡充"),
               ("ウ", "宮崎県と連携した個人住民税の特別徴収一斉指定を継続する。", "継続")]},
    {"debt": "国民健康保険税", "ka": "保険年金課", "unit": "千円", "mult": 1000, "style": "box",
     "cur": (4210560, 3930215, 0), "arr": (1085340, 232470, 96880),
     "inits": [("ア", "資格喪失後に未納が残る世帯へ、喪失手続の際に納付相談を実施する。", "新規"),
               ("イ", "口座振替の原則化を進め、加入時の口座登録率を高める。", "継続")]},
    {"debt": "介護保険料", "ka": "介護保険課", "unit": "千円", "mult": 1000, "style": "box",
     "cur": (5120480, 5082311, 0), "arr": (58620, 12905, 6840),
     "inits": [("ア", "普通徴収の未納者に対し、給付制限の内容を説明した催告書を送付する。", "継続")]},
    {"debt": "市営住宅使用料", "ka": "建築課", "unit": "円", "mult": 1, "style": "cell",
     "cur": (612480300, 598215600, 0), "arr": (48215700, 9862300, 1240500),
     "inits": [("ア", "３か月以上の滞納者には連帯保証人への通知を行い、早期の納付を求める。", "継続"),
               ("イ", "退去者の滞納分について、弁護士委託による回収を実施する。", "新規")]},
]

for c in CARDS:
    c["cur"] = c["cur"] + (c["cur"][0] - c["cur"][1] - c["cur"][2],)
    c["arr"] = c["arr"] + (c["arr"][0] - c["arr"][1] - c["arr"][2],)
    c["tot"] = tuple(a + b for a, b in zip(c["cur"], c["arr"]))
total_out_yen = sum(c["tot"][3] * c["mult"] for c in CARDS)
approx_oku = round(total_out_yen / 1e5) * 1e5  # 10万円単位
print("total outstanding", total_out_yen)


def man(v):  # 約X億Y万円 at 10万円 precision
    man_ = int(round(v / 1e4 / 10) * 10)
    oku, rest = divmod(man_, 10000)
    return f"約{oku}億{rest:,}万円" if oku else f"約{rest:,}万円", (oku * 10000 + rest) * 10000


prose_raw, prose_val = man(total_out_yen)

html = []
html.append("<p class=g style='text-align:right'>資料１</p>")
html.append("<p class=g style='font-size:14pt;text-align:center'>令和６年度決算における主要債権の状況</p>")
html.append("<p style='text-align:right'>令和７年７月15日　総務部 債権管理課</p>")
html.append("<p class=g style='font-size:11.5pt'>１　概要</p>")
html.append(f"<p>　令和６年度末における主要４債権の収入未済額は、合計で{prose_raw}となりました。各債権の所管課では、"
            "債権管理簿による進行管理を行いながら、滞納の早期解消と不納欠損の適正な処理に取り組んでいます。</p>")
doc.fact(None, 2024, "令和６年度末", "total", "outstanding", "actual", prose_val, "yen", prose_raw, approx=True,
         debt_raw=None)
html.append("<p class=g style='font-size:11.5pt'>２　債権別の状況（令和６年度決算）</p>")

SEG = (("現年度分", "current", "cur"), ("滞納繰越分", "arrears", "arr"), ("計", "total", "tot"))
for n, c in enumerate(CARDS, 1):
    debt = c["debt"]
    if n == 3:
        html.append("\f")
    html.append(f"<p class=g style='margin-top:8px'>（{n}）</p>")
    if c["style"] == "box":
        html.append("<table style='width:100%'><tr>"
                    f"<th style='width:15%'>債権名</th><td style='width:35%'>{debt}</td>"
                    f"<th style='width:15%'>所管課</th><td style='width:35%'>{c['ka']}</td></tr></table>")
        html.append(f"<p style='text-align:right;font-size:8.5pt;margin:2px 0'>（単位：{c['unit']}）</p>")
        head = "<tr><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>"
        anchor = debt
    else:
        html.append(f"<p style='text-align:right;font-size:8.5pt;margin:2px 0'>（単位：{c['unit']}）</p>")
        head = (f"<tr><th colspan=6 style='text-align:left'>債権名　{debt}（{c['ka']}）</th></tr>"
                "<tr><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>")
        anchor = f"債権名　{debt}"
    rows = [head]
    first = True
    for label, seg, key in SEG:
        a, col, wo, out = c[key]
        rt = rate(col, a)
        wo_txt = k(wo) if wo else "－"
        cells = [label, k(a), k(col), wo_txt, k(out), f"{rt:.2f}%"]
        rows.append("<tr>" + "".join(f"<td>{x}</td>" if i == 0 else f"<td style='text-align:right'>{x}</td>"
                                     for i, x in enumerate(cells)) + "</tr>")
        m = c["mult"]
        doc.fact(debt, 2024, "令和６年度決算", seg, "assessed", "actual", a * m, "yen", k(a),
                 anchor=anchor if first else label)
        doc.fact(debt, 2024, "令和６年度決算", seg, "collected", "actual", col * m, "yen", k(col))
        if wo:
            doc.fact(debt, 2024, "令和６年度決算", seg, "written_off", "actual", wo * m, "yen", k(wo))
        doc.fact(debt, 2024, "令和６年度決算", seg, "outstanding", "actual", out * m, "yen", k(out))
        doc.fact(debt, 2024, "令和６年度決算", seg, "collection_rate", "actual", rt, "percent", f"{rt:.2f}%")
        first = False
    html.append("<table style='width:100%'>" + "".join(rows) + "</table>")
    # boxed initiatives
    lines = "".join(f"<br>{lab}　{t}【{tag}】" for lab, t, tag in c["inits"])
    html.append(f"<div style='border:0.8px solid black;padding:3px;margin-top:4px'><span class=g>令和７年度の取組</span>{lines}</div>")
    for lab, t, tag in c["inits"]:
        doc.init(debt, 2025, "令和７年度の取組", lab, t, tag)
    if debt == "市税":
        html.append("<p class=g style='margin-top:6px'>【収納率】令和７年６月末時点</p>")
        for label, seg, v, pv in (("現年度分", "current", 18.42, 17.95), ("滞納繰越分", "arrears", 9.86, 8.71)):
            html.append(f"<p style='margin:0 0 0 14px'>・{label}　{v:.2f}％（前年同月　{pv:.2f}％）</p>")
            doc.fact("市税", 2025, "令和７年６月末", seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％",
                     as_of="2025-06-30", anchor="【収納率】令和７年６月末時点" if seg == "current" else None)
            doc.fact("市税", 2024, "前年同月", seg, "collection_rate", "interim", pv, "percent", f"{pv:.2f}％",
                     as_of="2024-06-30")

html.append("<p class=g style='font-size:11.5pt;margin-top:10px'>３　今後の予定</p>")
html.append("<p>　令和７年度第２回会議（令和７年11月予定）において、各債権の上半期の収納状況と債権放棄の予定案件を"
            "報告します。</p>")

OUT.mkdir(parents=True, exist_ok=True)
pdf = render("".join(html).split("\f"), PDF_DIR / f"{STEM}.pdf", header="令和７年度第１回都城市債権管理推進会議")
finish(doc, pdf)
