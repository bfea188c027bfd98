"""香南市 総務常任委員会記録 — PyMuPDF Story (HTML) → PDF, A4 portrait.

Modelled on the 香南市議会 records (高知県; 総務常任委員会 審査 of 香南市債権管理条例, ◯ speaker markers):
https://giji.rocks/igiji.php?city_code=39211&giji_id=110 . Names and figures invented.
"""
from __future__ import annotations

import html

import pymupdf

from w_common import F, OUT, PDF_DIR, cm, f2, pct, write_gold

STEM = "w_konan_minutes_1"
MUNI = "香南市"
TITLE = "総務常任委員会記録"
DATE_RAW = "令和８年２月１８日（水）"

# 令和6年度決算（円）: a, c, wo  (current has no 不納欠損)
TAX_CUR = (5412368400, 5364721900, 0)
TAX_ARR = (231584700, 65931200, 9842300)
KOKU_CUR = (1183452600, 1125903800, 0)
KOKU_ARR = (402318900, 88215400, 30512600)


def out(a, c, wo):
    return a - c - wo


def oku(yen):
    """round to 100万円 -> '2億300万円'"""
    man = round(yen / 1_000_000) * 100
    o, r = divmod(man, 10000)
    return (f"{o}億" if o else "") + (f"{r:,}万" if r else "") + "円", man * 10000


ATT = [("委員長", "西村　和也", None), ("副委員長", "川田　恵子", None), ("委員", "小松　信二", None),
       ("委員", "竹内　明美", None), ("委員", "山中　浩", None), ("委員", "野村　直人", None)]
EXPL = [("副市長", "岡林　正樹"), ("総務部長", "北岡　健"), ("税務課長", "公文　祐介"),
        ("健康・福祉部長", "坂本　美和"), ("保険課長", "有澤　武"), ("住宅課長", "中山　聡")]
STAFF = ["議会事務局長", "議事係長"]
AGENDA = ["債権管理の状況について（所管事務調査）",
          "令和７年度第２回香南市債権管理推進会議の結果について（報告）"]
MATERIALS = ["資料１　令和６年度市税等の収納状況", "資料２　令和７年度第２回香南市債権管理推進会議の概要"]


def build():
    facts = []
    e = html.escape
    t_c, t_a = TAX_CUR, TAX_ARR
    r_tc, r_ta = pct(t_c[1], t_c[0]), pct(t_a[1], t_a[0])
    t_tot = tuple(x + y for x, y in zip(t_c, t_a))
    r_tt = pct(t_tot[1], t_tot[0])
    t_out_s, t_out_v = oku(out(*t_tot))
    k_c, k_a = KOKU_CUR, KOKU_ARR
    r_kc, r_ka = pct(k_c[1], k_c[0]), pct(k_a[1], k_a[0])
    k_tot = tuple(x + y for x, y in zip(k_c, k_a))
    r_kt = pct(k_tot[1], k_tot[0])
    k_out_s, k_out_v = oku(out(*k_tot))

    S = []   # statements: (speaker, section, text, [facts in order])

    def say(spk, sec, text, fs=()):
        S.append((spk, sec, text, list(fs)))

    s1, s2 = AGENDA
    say("委員長（西村和也）", None,
        "ただいまから総務常任委員会を開会します。（午前１０時００分）本日は、お手元の日程のとおり、"
        "所管事務調査として債権管理の状況について執行部から説明を受けた後、報告事項を１件受けます。")
    say("委員長（西村和也）", s1, "それでは、債権管理の状況について説明を求めます。")
    say("総務部長（北岡健）", s1,
        "債権管理の状況について、お手元の資料１により税務課長から御説明申し上げます。"
        "なお、所管課の債権につきましては、それぞれの課長が補足いたします。")
    txt = (f"資料１の１ページをお開きください。令和６年度の市税の収納率は、現年課税分が{f2(r_tc)}％、"
           f"滞納繰越分が{f2(r_ta)}％で、合計では{f2(r_tt)}％となりました。市税の収入未済額は約{t_out_s}で、"
           f"前年度から約1,100万円減少しております。次に、今年度の状況でございますが、本年１月末現在の"
           f"現年課税分の収納率は87.63％で、前年同期の87.22％を0.41ポイント上回っております。"
           f"詳細は、資料末尾の別表のとおりでございます。")
    say("税務課長（公文祐介）", s1, txt, [
        F("市税", 2024, "令和６年度", "current", "collection_rate", "actual", r_tc, "percent", f"{f2(r_tc)}％"),
        F("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", r_ta, "percent", f"{f2(r_ta)}％"),
        F("市税", 2024, "令和６年度", "total", "collection_rate", "actual", r_tt, "percent", f"{f2(r_tt)}％"),
        F("市税", 2024, "令和６年度", "total", "outstanding", "actual", t_out_v, "yen", f"約{t_out_s}", approx=True),
        F("市税", 2025, "本年１月末", "current", "collection_rate", "interim", 87.63, "percent", "87.63％",
          as_of="2026-01-31"),
        F("市税", 2024, "前年同期", "current", "collection_rate", "interim", 87.22, "percent", "87.22％",
          as_of="2025-01-31")])
    txt = (f"国民健康保険税について補足いたします。令和６年度の収納率は、現年課税分が{f2(r_kc)}％、"
           f"滞納繰越分が{f2(r_ka)}％でございました。収入未済額は約{k_out_s}となっております。")
    say("保険課長（有澤武）", s1, txt, [
        F("国民健康保険税", 2024, "令和６年度", "current", "collection_rate", "actual", r_kc, "percent", f"{f2(r_kc)}％"),
        F("国民健康保険税", 2024, "令和６年度", "arrears", "collection_rate", "actual", r_ka, "percent", f"{f2(r_ka)}％"),
        F("国民健康保険税", 2024, "令和６年度", "total", "outstanding", "actual", k_out_v, "yen", f"約{k_out_s}", approx=True)])
    say("住宅課長（中山聡）", s1,
        "市営住宅使用料でございますが、令和６年度の現年度分の収納率は97.84％、滞納繰越分は16.20％でございました。"
        "長期滞納者につきましては、連帯保証人への請求を進めております。", [
            F("市営住宅使用料", 2024, "令和６年度", "current", "collection_rate", "actual", 97.84, "percent", "97.84％"),
            F("市営住宅使用料", 2024, "令和６年度", "arrears", "collection_rate", "actual", 16.20, "percent", "16.20％")])
    say("委員長（西村和也）", s1, "説明が終わりました。質疑はありませんか。")
    say("小松委員", s1, "国民健康保険税の滞納繰越分の収納率が市税と比べてかなり低いが、その要因と対策を伺います。")
    say("保険課長（有澤武）", s1,
        "滞納繰越分には、資格を喪失し市外へ転出された方の分が多く含まれており、所在の確認に時間を要していることが"
        "要因と考えております。今後は、喪失後早い段階で文書と電話による催告を行い、財産調査の結果、"
        "差押可能な財産がある場合は速やかに滞納処分を行ってまいります。")
    say("竹内委員", s1, "不納欠損の状況について、市税はどのくらいあったのか伺います。")
    say("税務課長（公文祐介）", s1,
        "令和６年度の市税の不納欠損額は984万2,300円でございます。主に、滞納処分の執行停止後３年を経過したものと、"
        "法人の清算結了によるものでございます。", [
            F("市税", 2024, "令和６年度", "total", "written_off", "actual", TAX_ARR[2], "yen", "984万2,300円")])
    say("野村委員", s1,
        "昨年度の当委員会では、令和６年２月２９日現在の資料で国民健康保険税の現年課税分の収納率が80.15％と"
        "説明を受けたと記憶しています。今年度の同じ時期の見込みはどうか。")
    S[-1][3].append(F("国民健康保険税", 2023, "令和６年２月２９日現在", "current", "collection_rate", "interim",
                      80.15, "percent", "80.15％", as_of="2024-02-29"))
    say("保険課長（有澤武）", s1,
        "本年２月末の数値はまだ集計中でございますが、１月末時点では前年同期をやや上回っておりますので、"
        "同程度以上になるものと見込んでおります。")
    say("委員長（西村和也）", s1, "ほかに質疑はありませんか。（「なし」の声あり）以上で、債権管理の状況についての調査を終わります。")
    say("委員長（西村和也）", s2, "次に、令和７年度第２回香南市債権管理推進会議の結果について報告を求めます。")
    say("総務部長（北岡健）", s2,
        "資料２を御覧ください。去る２月５日に、副市長を会長とする令和７年度第２回香南市債権管理推進会議を開催いたしました。"
        "会議では、令和７年１２月末の全債権の収入未済額が約9億8,500万円であること、及び回収の見込みがない私債権"
        "１２件について、債権管理条例に基づき放棄することを確認いたしました。放棄した債権は、３月定例会において御報告いたします。", [
            F(None, 2025, "令和７年１２月末", "total", "outstanding", "interim", 985000000, "yen", "約9億8,500万円",
              approx=True, as_of="2025-12-31", debt_raw=None)])
    say("山中委員", s2, "放棄する１２件の債権の種類と金額の内訳は。")
    say("総務部長（北岡健）", s2,
        "内訳は、市営住宅の退去者に係る使用料が８件、奨学金貸付金が４件でございます。金額につきましては、"
        "３月定例会の報告の際にあわせてお示しいたします。")
    say("委員長（西村和也）", s2, "ほかにありませんか。（「なし」の声あり）以上で報告を終わります。"
        "これで本日の総務常任委員会を閉会します。（午前１１時１２分）")

    # ---------------- HTML
    css = ("@font-face {font-family: M; src: url(ipaexm.ttf);} "
           "@font-face {font-family: G; src: url(ipaexg.ttf);} "
           "* {font-family: M; font-size: 10.5pt; line-height: 1.55;} "
           "h1 {font-family: G; font-size: 16pt; text-align: center; margin-bottom: 8pt;} "
           "h2 {font-family: G; font-size: 11pt; margin-top: 10pt; margin-bottom: 4pt;} "
           "p {margin-top: 0; margin-bottom: 3pt;} "
           "p.sp {text-indent: -1em; margin-left: 1em; margin-bottom: 5pt;} "
           "table {border-collapse: collapse; width: 100%;} "
           "td, th {border: 0.6pt solid black; padding: 2pt 4pt; font-size: 9.5pt;} "
           "th {font-family: G; background-color: #e5e5e5; text-align: center;} "
           "td.n {text-align: right;} table.plain td {border: none; padding: 1pt 4pt; font-size: 10.5pt;}")
    h = [f"<h1>{TITLE}</h1>",
         "<table class='plain'>",
         f"<tr><td>開会日時</td><td>{DATE_RAW}　午前１０時００分</td></tr>",
         "<tr><td>閉会日時</td><td>同日　午前１１時１２分</td></tr>",
         "<tr><td>場　　所</td><td>香南市役所　第１委員会室</td></tr></table>",
         "<h2>出席委員（６名）</h2><table class='plain'>"]
    for k in range(0, len(ATT), 2):
        pair = ATT[k:k + 2]
        h.append("<tr>" + "".join(f"<td>{e(r)}</td><td>{e(n)}</td>" for r, n, _ in pair) + "</tr>")
    h.append("</table><h2>説明のため出席した者</h2><table class='plain'>")
    for k in range(0, len(EXPL), 2):
        pair = EXPL[k:k + 2]
        h.append("<tr>" + "".join(f"<td>{e(r)}</td><td>{e(n)}</td>" for r, n in pair) + "</tr>")
    h.append("</table>")
    h.append(f"<h2>職務のため出席した事務局職員</h2><p>　{'・'.join(STAFF)}</p>")
    h.append("<h2>付議事件</h2>")
    for k, a in enumerate(AGENDA, 1):
        h.append(f"<p>　{k}　{e(a)}</p>")
    h.append("<h2>配付資料</h2>")
    for m in MATERIALS:
        h.append(f"<p>　{e(m)}</p>")
    h.append("<p>　別表　市税等の収納状況（令和６年度決算）</p>")
    h.append("<h2>会議の経過</h2>")
    cur_sec = "__"
    for spk, sec, text, _ in S:
        if sec != cur_sec and sec is not None:
            h.append(f"<p style='font-family: G;'>〔{e(sec)}〕</p>")
        cur_sec = sec
        h.append(f"<p class='sp'>○{e(spk)}　{e(text)}</p>")
    for _, _, _, fs in S:
        facts += fs
    # 別表 (own page)
    main_html, h = "".join(h), []
    h.append("<h2>別表　市税等の収納状況（令和６年度決算）</h2>")
    h.append("<p style='text-align: right; font-size: 9pt;'>（単位：円、％）</p>")
    h.append("<table><tr><th>税目</th><th>区分</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th>"
             "<th>収入未済額</th><th>収納率</th></tr>")
    for debt, cur, arr in (("市税", TAX_CUR, TAX_ARR), ("国民健康保険税", KOKU_CUR, KOKU_ARR)):
        tot = tuple(x + y for x, y in zip(cur, arr))
        for k, (seg, lab, v) in enumerate((("current", "現年課税分", cur), ("arrears", "滞納繰越分", arr),
                                           ("total", "計", tot))):
            o = out(*v)
            r = pct(v[1], v[0])
            first = f"<td rowspan='3'>{debt}</td>" if k == 0 else ""
            h.append(f"<tr>{first}<td>{lab}</td><td class='n'>{cm(v[0])}</td><td class='n'>{cm(v[1])}</td>"
                     f"<td class='n'>{cm(v[2]) if v[2] else '－'}</td><td class='n'>{cm(o)}</td>"
                     f"<td class='n'>{f2(r)}</td></tr>")
            fy, fr = 2024, "令和６年度"
            facts += [F(debt, fy, fr, seg, "assessed", "actual", v[0], "yen", cm(v[0])),
                      F(debt, fy, fr, seg, "collected", "actual", v[1], "yen", cm(v[1]))]
            if v[2]:
                facts.append(F(debt, fy, fr, seg, "written_off", "actual", v[2], "yen", cm(v[2])))
            facts += [F(debt, fy, fr, seg, "outstanding", "actual", o, "yen", cm(o)),
                      F(debt, fy, fr, seg, "collection_rate", "actual", r, "percent", f2(r))]
    h.append("</table><p style='font-size: 9pt;'>※収納率は、収入済額÷調定額により算出し、小数点第３位を四捨五入しています。</p>")

    # ---------------- render
    OUT.mkdir(parents=True, exist_ok=True)
    raw = OUT / f"{STEM}.raw.pdf"
    rect = pymupdf.paper_rect("a4")
    where = rect + (56, 64, -56, -64)
    arch = pymupdf.Archive()
    arch.add("/usr/share/fonts/opentype/ipaexfont-mincho")
    arch.add("/usr/share/fonts/opentype/ipaexfont-gothic")
    w = pymupdf.DocumentWriter(str(raw))
    for chunk in (main_html, "".join(h)):
        story = pymupdf.Story(html=chunk, user_css=css, archive=arch)
        more = 1
        while more:
            dev = w.begin_page(rect)
            more, _ = story.place(where)
            story.draw(dev)
            w.end_page()
    w.close()
    doc = pymupdf.open(raw)
    n = len(doc)
    for i, pg in enumerate(doc):
        pg.insert_text((rect.width - 56 - 8 * 14, 40), "香南市議会　総務常任委員会", fontsize=8, fontname="japan")
        pg.draw_line((56, 46), (rect.width - 56, 46), width=0.5)
        ft = f"{i + 1} / {n}"
        pg.insert_text((rect.width / 2 - 12, rect.height - 34), ft, fontsize=9, fontname="helv")
    doc.subset_fonts()
    pdf = PDF_DIR / f"{STEM}.pdf"
    doc.save(pdf, garbage=4, deflate=True)
    doc.close()

    attendees = [{"role": r, "name": n.replace("　", " "), "title": t} for r, n, t in ATT]
    attendees += [{"role": r, "name": n.replace("　", " "), "title": r} for r, n in EXPL]
    attendees += [{"role": "事務局", "title": t} for t in STAFF]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2026-02-18", "method": None,
               "attendees": attendees, "agenda": AGENDA,
               "materials": MATERIALS + ["別表　市税等の収納状況（令和６年度決算）"],
               "statements": [{"speaker": s, "section": sec, "text": t} for s, sec, t, _ in S]}
    document = {"kind": "minutes", "municipality": MUNI, "title": TITLE, "date": "2026-02-18",
                "date_raw": DATE_RAW}
    return write_gold(STEM, pdf, document, facts, [], minutes)


if __name__ == "__main__":
    build()
