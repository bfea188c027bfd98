"""みよし市 債権管理推進会議 会議要旨 (minutes) with a 別表 of figures. PyMuPDF Story (HTML) -> PDF.

Modelled on an internal 債権管理委員会 report page (副市長 as chair, 各部長 as members, 収納率 discussion) and on
council/committee records that list 出席者 and report 収納率 as of a month end against 前年同月.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import pymupdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from r_common import PDF, check, comma, fact, rate, write_gold  # noqa: E402

STEM = "r_miyoshi_minutes_1"
MUNI = "みよし市"
TITLE = "令和６年度第３回みよし市債権管理推進会議　会議要旨"
AS_OF, PREV = "2025-01-31", "2024-01-31"
FY, PFY = 2024, 2023
FONT_M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
FONT_G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

# 千円: (current assessed, current collected, prev rate), (arrears ...), total prev rate
BETSU = [
    ("市税", (9842310, 8505715, "86.05"), (498620, 130540, "24.90"), "83.09"),
    ("国民健康保険税", (2105480, 1565430, "74.80"), (702115, 121804, "16.95"), "60.12"),
    ("介護保険料", (1689200, 1534880, "90.71"), (41307, 6120, "14.02"), "88.75"),
    ("後期高齢者医療保険料", (1102540, 1021600, "92.40"), (9870, 3410, "33.10"), "91.83"),
]

ATT = ([("会長", "副市長")] +
       [("委員", t) for t in ["総務部長", "市民協働部長", "子ども・若者部長", "健康福祉部長", "都市建設部長",
                              "上下水道部長", "教育部長"]] +
       [("事務局", t) for t in ["総務部次長", "収納課長", "収納課主幹"]])
AGENDA = ["令和６年度主要債権の収納状況（令和７年１月末現在）について",
          "令和７年度みよし市債権管理実施計画（案）について",
          "債権放棄の報告について"]
MATERIALS = ["資料１　令和６年度主要債権の収納状況（令和７年１月末現在）",
             "資料２　令和７年度みよし市債権管理実施計画（案）",
             "資料３　債権放棄の状況（令和６年度）"]
KNUM = "１２３４５６７８９"


def z(s: str) -> str:
    return s.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))


def rows():
    out = {}
    for name, cur, arr, tprev in BETSU:
        d = {}
        for seg, (a, c, p) in (("current", cur), ("arrears", arr)):
            d[seg] = dict(a=a, c=c, o=a - c, r=rate(c, a, 2), p=p)
        a, c = cur[0] + arr[0], cur[1] + arr[1]
        d["total"] = dict(a=a, c=c, o=a - c, r=rate(c, a, 2), p=tprev)
        out[name] = d
    return out


def build():
    R = rows()
    tax, kok = R["市税"], R["国民健康保険税"]
    pt = (tax["current"]["r"] - Decimal(tax["current"]["p"]))
    # statements: (speaker, section index or None, text, [(fact kwargs...)])
    S = []
    F = []  # (statement index, fact)

    def say(speaker, sec, text, facts=()):
        S.append({"speaker": speaker, "section": AGENDA[sec] if sec is not None else None, "text": text})
        for f in facts:
            F.append((len(S) - 1, f))

    say("副市長", None, "年度末に向けて各債権の収納が本格化する時期である。前回会議で確認した取組が実際に成果につながって"
        "いるか、各部で改めて点検してほしい。")
    t1 = (f"資料１により、１月末現在の主要債権の収納状況を報告する。市税の現年度分の収納率は{tax['current']['r']}％で、"
          f"前年同月の{tax['current']['p']}％を{pt}ポイント上回った。滞納繰越分の収納率は{tax['arrears']['r']}％"
          f"（前年同月{tax['arrears']['p']}％）であり、１１月から１２月に実施した一斉催告と財産調査の効果が表れている。")
    o_tax = int(round(tax["total"]["o"] * 1000 / 1e6)) * 1_000_000
    o_tax_raw = f"約{o_tax // 100000000}億{(o_tax % 100000000) // 10000:,}万円"
    t1 += f"市税の収入未済額は１月末現在で{o_tax_raw}である。"
    say("収納課長", 0, t1, [
        fact("市税", FY, None, "current", "collection_rate", "interim", float(tax["current"]["r"]), "percent",
             f"{tax['current']['r']}％", 0, as_of=AS_OF),
        fact("市税", PFY, "前年同月", "current", "collection_rate", "interim", float(tax["current"]["p"]), "percent",
             f"{tax['current']['p']}％", 0, as_of=PREV),
        fact("市税", FY, None, "arrears", "collection_rate", "interim", float(tax["arrears"]["r"]), "percent",
             f"{tax['arrears']['r']}％", 0, as_of=AS_OF),
        fact("市税", PFY, "前年同月", "arrears", "collection_rate", "interim", float(tax["arrears"]["p"]), "percent",
             f"前年同月{tax['arrears']['p']}％", 0, as_of=PREV),
        fact("市税", FY, "１月末現在", "total", "outstanding", "interim", o_tax, "yen", o_tax_raw, 0, as_of=AS_OF,
             approx=True)])
    say("健康福祉部長", 0,
        f"国民健康保険税は、現年度分の収納率が{kok['current']['r']}％と前年同月（{kok['current']['p']}％）をやや下回っている。"
        "被保険者の減少に伴い口座振替の割合が下がっていることが一因と考えており、２月に口座振替の勧奨通知を送付する。"
        "介護保険料及び後期高齢者医療保険料は、いずれも前年同月と同程度で推移している。",
        [fact("国民健康保険税", FY, None, "current", "collection_rate", "interim", float(kok["current"]["r"]), "percent",
              f"{kok['current']['r']}％", 0, as_of=AS_OF),
         fact("国民健康保険税", PFY, "前年同月", "current", "collection_rate", "interim", float(kok["current"]["p"]),
              "percent", f"{kok['current']['p']}％", 0, as_of=PREV)])
    say("子ども・若者部長", 0, "保育料についても、市税と同じ時期に一斉催告を行うことで効果が上がると考える。"
        "催告文書の様式や発送の方法について、事務局から助言をもらうことは可能か。")
    say("収納課長", 0, "可能である。市税の催告書の様式を提供するとともに、発送前に担当者向けの説明の場を設ける。")
    say("総務部次長", 1,
        "資料２により、令和７年度の実施計画（案）を説明する。令和５年度決算における市全体の収入未済額は約8億7,400万円、"
        "不納欠損額は約2,310万円であった。令和７年度は、市税の目標収納率を現年度分99.35％、滞納繰越分30.00％とし、"
        "他の主要債権についても前年度実績を上回る目標を設定する。また、SMSによる催告を国民健康保険税と保育料に拡大する。",
        [fact(None, 2023, "令和５年度", "total", "outstanding", "actual", 874000000, "yen", "約8億7,400万円", 0, approx=True),
         fact(None, 2023, "令和５年度", "total", "written_off", "actual", 23100000, "yen", "約2,310万円", 0, approx=True),
         fact("市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.35, "percent", "99.35％", 0),
         fact("市税", 2025, "令和７年度", "arrears", "collection_rate", "target", 30.0, "percent", "30.00％", 0)])
    say("上下水道部長", 1, "下水道使用料は水道料金と一体で徴収しているため、水道事業の給水停止の運用と歩調を合わせて"
        "滞納整理を進めたい。計画案に異論はない。")
    say("副市長", 1, "実施計画は案のとおりとする。各部は目標の達成に向けて、四半期ごとに進捗を事務局へ報告すること。")
    say("教育部長", 2, "資料３により報告する。学校給食費のうち、時効期間が経過し回収の見込みがない私債権１２件について、"
        "債権管理条例に基づき放棄した。放棄に当たっては、居所調査と催告の経過を記録した調書を作成している。")

    # ---------------- HTML ----------------
    css = f"""
    @font-face {{font-family: M; src: url({Path(FONT_M).name});}}
    @font-face {{font-family: G; src: url({Path(FONT_G).name});}}
    body {{font-family: M; font-size: 10.5pt; line-height: 1.5;}}
    h1 {{font-family: G; font-size: 14pt; text-align: center; margin-bottom: 4pt;}}
    h2 {{font-family: G; font-size: 11pt; margin-top: 8pt; margin-bottom: 2pt;}}
    p {{margin-top: 0; margin-bottom: 2pt;}}
    .ind {{margin-left: 14pt;}}
    .sp {{margin-left: 14pt; font-family: G;}}
    .st {{margin-left: 28pt;}}
    .note {{font-size: 9.5pt; text-align: right;}}
    table {{border-collapse: collapse; font-size: 9.5pt; width: 100%;}}
    td, th {{border: 0.6pt solid black; padding: 2pt 4pt;}}
    th {{font-family: G; font-weight: normal; background-color: #e6e6e6; text-align: center;}}
    td.n {{text-align: right;}}
    """
    h = [f"<h1>{TITLE}</h1>",
         "<p class='note'>（令和６年度第２回会議（令和６年１１月１５日開催）で報告した１０月末の状況を１月末現在に更新）</p>",
         "<h2>１　日　時</h2><p class='ind'>令和７年２月１８日（火）午前１０時から午前１１時３０分まで</p>",
         "<h2>２　場　所</h2><p class='ind'>みよし市役所　３階　研修室</p>",
         "<h2>３　出席者</h2>",
         "<p class='ind'>会　長：副市長</p>",
         "<p class='ind'>委　員：" + "・".join(t for r, t in ATT if r == "委員") + "</p>",
         "<p class='ind'>事務局：" + "・".join(t for r, t in ATT if r == "事務局") + "</p>",
         "<h2>４　議　題</h2>"]
    h += [f"<p class='ind'>（{KNUM[i]}）{a}</p>" for i, a in enumerate(AGENDA)]
    h += ["<h2>５　配付資料</h2>"]
    h += [f"<p class='ind'>{m}</p>" for m in MATERIALS]
    h += ["<h2>６　会議の概要</h2>"]
    cur_sec = "init"
    for st in S:
        if st["section"] != cur_sec:
            cur_sec = st["section"]
            if cur_sec is None:
                h.append("<p class='ind'>〇 会長あいさつ</p>")
            else:
                h.append(f"<p class='ind'>（{KNUM[AGENDA.index(cur_sec)]}）{cur_sec}</p>")
        h.append(f"<p class='sp'>（{st['speaker']}）</p><p class='st'>{st['text']}</p>")
    h += ["<h2>７　その他</h2>",
          "<p class='ind'>次回（令和７年度第１回）は、令和７年５月下旬に開催する予定である。</p>",
          "<p class='ind'>数値の詳細は別表のとおり。</p>"]
    body = "\n".join(h)

    # 別表 (merged debt-name cells spanning three rows)
    b = ["<h2>別表　主要債権の収納状況（令和７年１月末現在）</h2>",
         "<p class='note'>（単位：千円、％）</p>",
         "<table><tr><th colspan='2'>区　分</th><th>調定額</th><th>収入済額</th><th>収入未済額</th><th>収納率</th>"
         "<th>前年同月<br/>収納率</th></tr>"]
    SEGL = [("current", "現年度分"), ("arrears", "滞納繰越分"), ("total", "計")]
    for name, *_ in BETSU:
        for k, (seg, lab) in enumerate(SEGL):
            x = R[name][seg]
            first = f"<td rowspan='3'>{name}</td>" if k == 0 else ""
            b.append(f"<tr>{first}<td>{lab}</td><td class='n'>{comma(x['a'])}</td><td class='n'>{comma(x['c'])}</td>"
                     f"<td class='n'>{comma(x['o'])}</td><td class='n'>{x['r']}</td><td class='n'>{x['p']}</td></tr>")
    b.append("</table>")
    b.append("<p style='font-size:9pt'>※収納率＝収入済額÷調定額。前年同月収納率は令和６年１月末現在の数値である。</p>")
    betsu = "\n".join(b)

    arch = pymupdf.Archive(str(Path(FONT_M).parent))
    arch.add(pymupdf.Archive(str(Path(FONT_G).parent)))
    tmp = PDF / f"{STEM}.tmp.pdf"
    w = pymupdf.DocumentWriter(str(tmp))
    rect = pymupdf.paper_rect("a4")
    where = rect + (62, 64, -62, -60)
    for html in (body, betsu):
        story = pymupdf.Story(html, user_css=css, archive=arch)
        more = 1
        while more:
            dev = w.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            w.end_page()
    w.close()
    doc = pymupdf.open(tmp)
    n = doc.page_count
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="G", fontfile=FONT_G)
        pg.insert_text((rect.width - 62 - 150, 40), "みよし市債権管理推進会議", fontname="G", fontsize=8)
        pg.insert_text((rect.width / 2 - 14, rect.height - 30), f"{i + 1} / {n}", fontname="G", fontsize=9)
    doc.subset_fonts()
    doc.save(PDF / f"{STEM}.pdf", garbage=4, deflate=True)
    doc.close()
    tmp.unlink()

    # ------------- pages for statements and facts -------------
    doc = pymupdf.open(PDF / f"{STEM}.pdf")
    norm = lambda s: re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))  # noqa: E731
    pages = [norm(p.get_text()) for p in doc]
    for st in S:
        key = norm(st["text"])[:30]
        st["page"] = next(i + 1 for i, p in enumerate(pages) if key in p)
    facts = []
    for si, f in F:
        start = S[si]["page"]
        f["page"] = next(i + 1 for i in range(start - 1, len(pages)) if norm(f["raw"]) in pages[i])
        facts.append(f)
    bpage = len(pages)
    for name, *_ in BETSU:
        for seg, lab in SEGL:
            x = R[name][seg]
            kw = dict(as_of=AS_OF)
            facts += [fact(name, FY, "令和７年１月末", seg, "assessed", "interim", x["a"] * 1000, "yen", comma(x["a"]), bpage, **kw),
                      fact(name, FY, "令和７年１月末", seg, "collected", "interim", x["c"] * 1000, "yen", comma(x["c"]), bpage, **kw),
                      fact(name, FY, "令和７年１月末", seg, "outstanding", "interim", x["o"] * 1000, "yen", comma(x["o"]), bpage, **kw),
                      fact(name, FY, "令和７年１月末", seg, "collection_rate", "interim", float(x["r"]), "percent", str(x["r"]), bpage, **kw),
                      fact(name, PFY, "前年同月", seg, "collection_rate", "interim", float(x["p"]), "percent", x["p"], bpage,
                           as_of=PREV)]
    minutes = {"title": TITLE, "meeting_number": 3, "date": "2025-02-18", "method": None,
               "attendees": [{"role": r, "title": t, "name": None} for r, t in ATT],
               "agenda": AGENDA, "materials": MATERIALS, "statements": S}
    document = {"kind": "minutes", "municipality": MUNI, "title": TITLE, "date": "2025-02-18",
                "date_raw": "令和７年２月１８日（火）"}
    write_gold(STEM, document, facts, [], minutes)
    return check(STEM)


if __name__ == "__main__":
    sys.exit(1 if build() else 0)
