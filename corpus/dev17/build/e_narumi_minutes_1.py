"""令和7年度第3回 なるみ市債権管理推進本部会議 議事要旨 — PyMuPDF Story (HTML), A4 portrait.

Saitama-style 議事要旨 family (書面開催, 出席者 with ・ separated titles, 議題, 資料, 意見及び質問),
in another city's wording, with a 別表 of 12月末 figures at the end. City invented."""
from __future__ import annotations

import sys
from pathlib import Path

import pymupdf as fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import ROOT, fact, locate, write_gold  # noqa: E402

STEM = "e_narumi_minutes_1"
CITY = "なるみ市"
TITLE = "令和7年度第3回なるみ市債権管理推進本部会議 議事要旨"
ASOF, ASOF_PREV = "2025-12-31", "2024-12-31"
FONTDIR = "/usr/share/fonts/opentype"

# debt: (cur R7, cur R6, arr R7, arr R6, outstanding 千円 at R7.12末)
TABLE = [("市税", 78.45, 78.20, 28.36, 26.91, 2143268),
         ("国民健康保険税", 62.18, 61.74, 17.02, 17.55, 1012844),
         ("介護保険料", 80.63, 80.91, 11.48, 10.76, 98437),
         ("後期高齢者医療保険料", 83.27, 83.05, 30.12, 29.40, 21906),
         ("保育所保育料", 85.90, 84.62, 9.87, 8.93, 40218),
         ("水道料金", 88.74, 88.80, 45.31, 44.02, 35112),
         ("市営住宅使用料", 86.05, 85.48, 8.14, 8.40, 84665)]
T = {r[0]: r for r in TABLE}


def pct(v):
    return f"{v:.2f}%"


def oku_man(k):  # 千円 → 約X億Y万円 rounded to 100万円
    man = round(k / 1000) * 100
    o, m = divmod(man, 10000)
    txt = f"約{o}億{m:,}万円" if o else f"約{m:,}万円"
    return txt, man * 10000


def build():
    facts = []
    tax_out_txt, tax_out_val = oku_man(T["市税"][5])
    nhi_out_txt, nhi_out_val = oku_man(T["国民健康保険税"][5])

    def zen(v):
        return f"{v:.2f}".translate(str.maketrans("0123456789.", "０１２３４５６７８９．")) + "％"

    statements = [
        ("財務部長", "主要債権の収納状況について",
         f"「市税」は、12月末時点の現年分収納率が{zen(T['市税'][1])}で、前年同月の{zen(T['市税'][2])}を上回った。"
         f"滞納繰越分は{zen(T['市税'][3])}で、前年同月から1.45ポイント上昇した。収入未済額は{tax_out_txt}となっている。"
         "年末に実施した夜間・休日の納付相談窓口には前年度を上回る来庁があり、分納誓約の新規締結につながった。"),
        ("健康福祉部長", "主要債権の収納状況について",
         f"「国民健康保険税」は、現年分が{zen(T['国民健康保険税'][1])}と前年同月を0.44ポイント上回ったが、"
         f"滞納繰越分は{zen(T['国民健康保険税'][3])}と前年同月を下回った。収入未済額は{nhi_out_txt}である。"
         "資格喪失後の未納が多いため、1月から喪失世帯への文書催告を前倒しで行う。"
         "「介護保険料」は、普通徴収への切替えが増えた影響で現年分がわずかに低下した。"),
        ("子ども・若者部長", "主要債権の収納状況について",
         f"「保育所保育料」は、口座振替の勧奨を進めた結果、現年分が{zen(T['保育所保育料'][1])}と前年同月を"
         "1.28ポイント上回った。卒園児の未納については、児童手当からの特別徴収の申出を案内している。"),
        ("上下水道部長", "主要債権の収納状況について",
         "「水道料金」は、前年同月とほぼ同水準で推移している。給水停止予告の発送を月2回に増やし、"
         "長期未納の発生を抑えている。"),
        ("企画政策部長", "令和8年度債権管理実施方針（案）について",
         "実施方針案に数値目標として示されている滞納繰越分の収納率は、過去の実績と比べて高すぎないか。"),
        ("事務局", "令和8年度債権管理実施方針（案）について",
         "直近3か年の伸びと、令和8年度から始まる預貯金の電子照会による効果を見込んで設定した。"
         "達成状況は令和8年度第2回会議で中間報告する。"),
        ("都市整備部長", "債権放棄の状況について",
         "「市営住宅使用料」のうち、退去者で所在不明のものは、条例に基づく放棄の対象として精査を進める。"),
    ]

    # facts printed in the statements, in order
    sf = [fact("市税", 2025, "12月末", "current", "collection_rate", "interim", T["市税"][1], "percent",
               zen(T["市税"][1]), as_of=ASOF, anchor="５意見及び質問"),
          fact("市税", 2024, "前年同月", "current", "collection_rate", "interim", T["市税"][2], "percent",
               zen(T["市税"][2]), as_of=ASOF_PREV),
          fact("市税", 2025, "12月末", "arrears", "collection_rate", "interim", T["市税"][3], "percent",
               zen(T["市税"][3]), as_of=ASOF),
          fact("市税", 2025, "12月末", "total", "outstanding", "interim", tax_out_val, "yen", tax_out_txt,
               as_of=ASOF, approx=True),
          fact("国民健康保険税", 2025, "12月末", "current", "collection_rate", "interim", T["国民健康保険税"][1],
               "percent", zen(T["国民健康保険税"][1]), as_of=ASOF),
          fact("国民健康保険税", 2025, "12月末", "arrears", "collection_rate", "interim", T["国民健康保険税"][3],
               "percent", zen(T["国民健康保険税"][3]), as_of=ASOF),
          fact("国民健康保険税", 2025, "12月末", "total", "outstanding", "interim", nhi_out_val, "yen", nhi_out_txt,
               as_of=ASOF, approx=True),
          fact("保育所保育料", 2025, "12月末", "current", "collection_rate", "interim", T["保育所保育料"][1], "percent",
               zen(T["保育所保育料"][1]), as_of=ASOF)]
    facts += sf

    attendees = [("本部長", ["副市長"]), ("副本部長", ["総務部長"]),
                 ("本部員", ["企画政策部長", "財務部長", "市民生活部長", "健康福祉部長", "子ども・若者部長",
                           "都市整備部長", "上下水道部長", "教育部長", "市立病院事務局長"]),
                 ("事務局", ["財務部納税課長", "納税課債権管理担当係長"])]
    agenda = ["令和7年度主要債権の収納状況（12月末）について", "令和8年度債権管理実施方針（案）について",
              "債権放棄の状況について"]
    materials = ["資料1　令和7年度主要債権の収納状況（令和7年12月末現在）", "資料2　令和8年度なるみ市債権管理実施方針（案）",
                 "資料3　令和7年度債権放棄一覧"]

    css = f"""
    @font-face {{font-family: jp; src: url(ipaexfont-gothic/ipaexg.ttf);}}
    @font-face {{font-family: jpm; src: url(ipaexfont-mincho/ipaexm.ttf);}}
    * {{font-family: jpm; font-size: 10.5pt; line-height: 1.55;}}
    h1 {{font-family: jp; font-size: 14pt; text-align: center; margin-bottom: 14pt;}}
    h2 {{font-family: jp; font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt;}}
    p {{margin-top: 0; margin-bottom: 2pt;}}
    .ind {{margin-left: 14pt;}}
    .sp {{margin-left: 14pt; font-family: jp;}}
    .st {{margin-left: 28pt;}}
    table {{border-collapse: collapse; width: 100%;}}
    td, th {{border: 0.6pt solid black; padding: 2pt 3pt; font-size: 9pt;}}
    th {{font-family: jp; text-align: center; background-color: #eeeeee;}}
    td.n {{text-align: right;}}
    .small {{font-size: 8.5pt;}}
    """
    h = [f"<h1>{TITLE.replace('会議 ', '会議　')}</h1>",
         "<h2>１　開催方法</h2>",
         "<p class='ind'>令和7年度第2回会議（令和7年10月29日開催）に引き続き、第3回会議は書面開催とし、"
         "令和8年2月6日付けで各本部員に資料を送付し、同月13日までに意見及び質問の提出を求める方法により実施した。</p>",
         "<h2>２　出席者（本部長・副本部長・本部員9名・事務局2名）</h2>"]
    for role, titles in attendees:
        h.append(f"<p class='ind'>{role}：{'・'.join(titles)}</p>")
    h.append("<h2>３　議　題</h2>")
    for i, a in enumerate(agenda, 1):
        h.append(f"<p class='ind'>（{i}）{a}</p>")
    h.append("<h2>４　資　料</h2>")
    for m in materials:
        h.append(f"<p class='ind'>{m}</p>")
    h.append("<h2>５　意見及び質問</h2>")
    cur_sec = None
    sec_no = 0
    for sp, sec, txt in statements:
        if sec != cur_sec:
            sec_no += 1
            h.append(f"<p class='ind'>（{sec_no}）{sec}</p>")
            cur_sec = sec
        h.append(f"<p class='sp'>（{sp}）</p><p class='st'>{txt}</p>")
    h.append("<h2>６　結　果</h2>")
    h.append("<p class='ind'>議題（2）の実施方針（案）は、原案のとおり決定した。議題（1）及び（3）は報告のとおり了承された。</p>")
    h.append("<p style='text-align:right'>以上</p>")
    # 別表 on a new page
    h.append("<h2 style='page-break-before: always'>別表　主要債権の収納状況（令和7年12月末現在）</h2>")
    h.append("<table><tr><th rowspan='2'>債権名</th><th colspan='2'>現年分 収納率</th><th colspan='2'>滞納繰越分 収納率</th>"
             "<th rowspan='2'>収入未済額<br/>（千円）</th></tr>"
             "<tr><th>R7.12末</th><th>R6.12末</th><th>R7.12末</th><th>R6.12末</th></tr>")
    bf = []
    for i, (n, c7, c6, a7, a6, out) in enumerate(TABLE):
        h.append(f"<tr><td>{n}</td><td class='n'>{pct(c7)}</td><td class='n'>{pct(c6)}</td>"
                 f"<td class='n'>{pct(a7)}</td><td class='n'>{pct(a6)}</td><td class='n'>{out:,}</td></tr>")
        bf += [fact(n, 2025, "R7.12末", "current", "collection_rate", "interim", c7, "percent", pct(c7), as_of=ASOF,
                    anchor="別表主要債権の収納状況" if i == 0 else None),
               fact(n, 2024, "R6.12末", "current", "collection_rate", "interim", c6, "percent", pct(c6), as_of=ASOF_PREV),
               fact(n, 2025, "R7.12末", "arrears", "collection_rate", "interim", a7, "percent", pct(a7), as_of=ASOF),
               fact(n, 2024, "R6.12末", "arrears", "collection_rate", "interim", a6, "percent", pct(a6), as_of=ASOF_PREV),
               fact(n, 2025, "R7.12末", "total", "outstanding", "interim", out * 1000, "yen", f"{out:,}", as_of=ASOF)]
    tot = sum(r[5] for r in TABLE)
    h.append(f"<tr><td>合計</td><td class='n'>－</td><td class='n'>－</td><td class='n'>－</td><td class='n'>－</td>"
             f"<td class='n'>{tot:,}</td></tr></table>")
    bf.append(fact(None, 2025, "R7.12末", "total", "outstanding", "interim", tot * 1000, "yen", f"{tot:,}", as_of=ASOF,
                   debt_raw="合計"))
    facts += bf
    h.append("<p class='small'>※ 収納率＝収入済額÷調定額。R6.12末は前年同月（令和6年12月末）の数値。</p>")
    h.append("<p class='small'>※ 収入未済額は現年分と滞納繰越分の合計。</p>")

    story = fitz.Story("".join(h), user_css=css, archive=fitz.Archive(FONTDIR))
    tmp = ROOT / "build" / "out" / f"{STEM}.raw.pdf"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    w = fitz.DocumentWriter(str(tmp))
    mediabox = fitz.paper_rect("a4")
    where = mediabox + (62, 70, -62, -64)
    more = 1
    while more:
        dev = w.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = fitz.open(tmp)
    for i, page in enumerate(doc, 1):
        page.insert_text((62, 45), "なるみ市債権管理推進本部", fontsize=8, fontname="jp",
                         fontfile=f"{FONTDIR}/ipaexfont-gothic/ipaexg.ttf")
        page.insert_text((282, 800), f"- {i} -", fontsize=9, fontname="helv")
    doc.subset_fonts()
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()
    tmp.unlink()

    locate(pdf, facts)
    # statement pages
    pages = [nz for nz in (p.get_text() for p in fitz.open(pdf))]
    stmts = []
    for sp, sec, txt in statements:
        pg = next((i + 1 for i, t in enumerate(pages) if "".join(txt[:20].split()) in "".join(t.split())), None)
        stmts.append({"speaker": sp, "section": sec, "text": txt, "page": pg})
    minutes = {"title": TITLE, "meeting_number": 3, "date": "2026-02-06", "method": "書面開催",
               "attendees": [{"role": r, "title": t, "name": None} for r, ts in attendees for t in ts],
               "agenda": agenda, "materials": materials, "statements": stmts}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2026-02-06",
                "date_raw": "令和8年2月6日"}
    write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
