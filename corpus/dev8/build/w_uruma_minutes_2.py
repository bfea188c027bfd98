"""うるま市議会（定例会）会議録 風 — python-docx → LibreOffice (A4 portrait)."""
from __future__ import annotations

from w_common import OUT, PDF, comma, fact, rate, to_pdf, write_gold, zen
from w_docx import (cell_text, footer_page, header_text, new_doc, page_break, para, repeat_header, shade,
                    table_borders)

STEM = "w_uruma_minutes_2"
CITY = "うるま市"
TITLE = "第161回うるま市議会（定例会）会議録（３日目）"

MEMBERS = ["仲本辰雄", "真栄城隆", "藏根武", "伊盛サチ子", "金城加奈栄", "荻堂盛仁", "兼本光治", "佐久田悟",
           "平良榮順", "伊波良明", "天願久史", "國場正剛", "幸喜勇", "比嘉直人", "伊波洋", "国吉亮", "仲程孝",
           "又吉法尚", "下門勝", "喜屋武力", "大屋政善", "幸地政和", "中村正人", "大城直", "松田久男",
           "德田政信", "名嘉眞宜德", "宮城一寿", "東浜光雄", "宮里朝盛"]
# invented people for the executive side
STAFF = [("市長", "中村正人"), ("副市長", "上間秀二"), ("教育長", "嘉手苅弘美"), ("企画部長", "金城和明"),
         ("総務部長", "宮城為治"), ("福祉部長", "当間重俊"), ("こども・若者部長", "金城妙子"), ("市民部長", "平良一雄"),
         ("経済部長", "佐久川篤"), ("都市建設部長", "目取真康史"), ("水道部長", "儀保一盛"), ("教育部長", "赤嶺勝"),
         ("総務部参事（税務・債権管理担当）", "比嘉満"), ("納税課長", "新垣淳")]
MEMBERS[22] = "中村正吾"  # avoid a clash with the mayor's invented name
OFFICE = [("議会事務局長", "長嶺斉"), ("議事課長", "兼城智治")]
CHAIR = "大屋政善"
ASKER_NO, ASKER = 12, "國場正剛"

# 別表 (千円): debt -> [(seg, 調定, 収入, 欠損)]
TABLE = {
    "市税": [("現年課税分", "current", 11642300, 11528205, 0), ("滞納繰越分", "arrears", 382620, 120334, 12340)],
    "国民健康保険税": [("現年課税分", "current", 2415800, 2297909, 0), ("滞納繰越分", "arrears", 812450, 179389, 48120)],
    "保育所保育料": [("現年度分", "current", 512300, 504154, 0), ("滞納繰越分", "arrears", 38420, 8207, 1520)],
}


def spaced(name):
    return " ".join(name) if len(name) <= 3 else name[:2] + " " + " ".join(name[2:])


def approx_oku(thousand_yen, unit=1_000_000):
    yen = round(thousand_yen * 1000 / unit) * unit
    oku, rest = divmod(yen, 100_000_000)
    man = rest // 10_000
    s = f"{oku}億{man:,}万円" if oku else f"{man:,}万円"
    return yen, "約" + zen(s).replace(",", "，")


def stats(debt):
    out = {}
    A = C = W = 0
    for lab, seg, a, c, w in TABLE[debt]:
        out[seg] = (a, c, w, a - c - w, rate(c, a))
        A, C, W = A + a, C + c, W + w
    out["total"] = (A, C, W, A - C - W, rate(C, A))
    return out


def build():
    facts, stmts = [], []
    doc = new_doc(size=10.5, margins=(22, 22, 22, 22))
    sec = doc.sections[0]
    header_text(sec, "令和６年12月第161回うるま市議会定例会（３日目）")
    footer_page(sec, "－ {} －")

    para(doc, "令和６年12月第161回定例会", size=11)
    para(doc, TITLE, size=14, bold=True, align="center", font="IPAexGothic", space_before=6)
    para(doc, "令和６年12月11日（水）", align="center")
    para(doc, "（10時00分　開議）", align="right", space_after=4)
    para(doc, "出席議員（30名）", font="IPAexGothic")
    t = doc.add_table(rows=15, cols=2)
    for i in range(15):
        for j in range(2):
            n = i + 1 + 15 * j
            cell_text(t.cell(i, j), f"{n:>2}番　{spaced(MEMBERS[n - 1])}　議員", size=10)
    para(doc, "欠席議員（なし）", font="IPAexGothic", space_before=4)
    para(doc, "説明のための出席者", font="IPAexGothic", space_before=4)
    rows = (len(STAFF) + 1) // 2
    t = doc.add_table(rows=rows, cols=2)
    for k, (title, name) in enumerate(STAFF):
        cell_text(t.cell(k % rows, k // rows), f"{title}　{spaced(name)}", size=10)
    para(doc, "事務局出席者", font="IPAexGothic", space_before=4)
    para(doc, "　".join(f"{a}　{spaced(b)}" for a, b in OFFICE), indent_mm=4)

    para(doc, "議事日程第３号", font="IPAexGothic", space_before=8)
    para(doc, "日程第１　一般質問", indent_mm=4)
    para(doc, "本日の会議に付した事件", font="IPAexGothic", space_before=4)
    para(doc, "議事日程のとおり", indent_mm=4)
    page_break(doc)

    sc, kk, hk = stats("市税"), stats("国民健康保険税"), stats("保育所保育料")
    sc_out_yen, sc_out_raw = approx_oku(sc["total"][3])
    kk_out_yen, kk_out_raw = approx_oku(kk["total"][3])
    hk_out_yen, hk_out_raw = approx_oku(hk["total"][3], 100_000)

    def pz(d):
        return zen(str(d)).replace(".", "．") + "％"

    say = []  # (speaker printed, text)
    say.append((f"議長（{CHAIR}）", "これより本日の会議を開きます。本日の議事日程は、お手元に配付のとおりであります。"
                "日程第１　一般質問を行います。通告順により、発言を許します。"
                f"{zen(str(ASKER_NO))}番　{ASKER}議員。"))
    say.append((f"{zen(str(ASKER_NO))}番（{ASKER}議員）", "皆さん、おはようございます。通告に従いまして、市の債権管理について質問いたします。"
                "（１）令和５年度決算における市税の収納率と収入未済額について伺います。"
                "（２）国民健康保険税の収納状況と滞納世帯の状況について伺います。"
                "（３）債権管理条例に基づく全庁的な取組と、今後の債権管理対策会議の予定について伺います。"))
    say.append((f"議長（{CHAIR}）", "総務部長。"))
    a1 = (f"お答えいたします。令和５年度の市税の収納率は、現年課税分が{pz(sc['current'][4])}、"
          f"滞納繰越分が{pz(sc['arrears'][4])}、合計で{pz(sc['total'][4])}となっております。"
          f"収入未済額は{sc_out_raw}で、前年度と比較しますと約３，１００万円の減少となりました。"
          "また、本年10月末現在の現年課税分の収納率は５８．３１％で、前年同期の５７．９６％を"
          "０．３５ポイント上回って推移しております。"
          "債権管理条例に基づく取組としましては、各課の債権管理台帳の整備状況の点検と、徴収困難案件の納税課への移管を進めております。"
          "なお、令和６年度第２回うるま市債権管理対策会議を令和７年２月に開催し、今年度の取組の中間報告を行う予定です。")
    say.append((f"総務部長（{STAFF[4][1]}）", a1))
    facts += [
        fact("市税", 2023, "令和５年度", "current", "collection_rate", "actual", float(sc["current"][4]), "percent",
             pz(sc["current"][4])),
        fact("市税", 2023, "令和５年度", "arrears", "collection_rate", "actual", float(sc["arrears"][4]), "percent",
             pz(sc["arrears"][4])),
        fact("市税", 2023, "令和５年度", "total", "collection_rate", "actual", float(sc["total"][4]), "percent",
             pz(sc["total"][4])),
        fact("市税", 2023, "令和５年度", "total", "outstanding", "actual", sc_out_yen, "yen", sc_out_raw, approx=True),
        fact("市税", 2024, "本年10月末現在", "current", "collection_rate", "interim", 58.31, "percent", "５８．３１％",
             as_of="2024-10-31"),
        fact("市税", 2023, "前年同期", "current", "collection_rate", "interim", 57.96, "percent", "５７．９６％",
             as_of="2023-10-31"),
    ]
    say.append((f"議長（{CHAIR}）", "市民部長。"))
    a2 = (f"国民健康保険税についてお答えいたします。令和５年度の収納率は、現年課税分が{pz(kk['current'][4])}、"
          f"滞納繰越分が{pz(kk['arrears'][4])}となっております。収入未済額は{kk_out_raw}で、"
          "令和５年度末の滞納世帯数は１，８７４世帯となっております。"
          "本年10月末現在の現年課税分の収納率は４８．２６％で、前年同期の４７．９０％をやや上回っております。"
          "引き続き、口座振替の推進と早期の納付催告に取り組んでまいります。")
    say.append((f"市民部長（{STAFF[7][1]}）", a2))
    facts += [
        fact("国民健康保険税", 2023, "令和５年度", "current", "collection_rate", "actual", float(kk["current"][4]), "percent",
             pz(kk["current"][4])),
        fact("国民健康保険税", 2023, "令和５年度", "arrears", "collection_rate", "actual", float(kk["arrears"][4]), "percent",
             pz(kk["arrears"][4])),
        fact("国民健康保険税", 2023, "令和５年度", "total", "outstanding", "actual", kk_out_yen, "yen", kk_out_raw,
             approx=True),
        fact("国民健康保険税", 2023, "令和５年度末", "total", "delinquents", "actual", 1874, "households", "１，８７４世帯"),
        fact("国民健康保険税", 2024, "本年10月末現在", "current", "collection_rate", "interim", 48.26, "percent",
             "４８．２６％", as_of="2024-10-31"),
        fact("国民健康保険税", 2023, "前年同期", "current", "collection_rate", "interim", 47.90, "percent", "４７．９０％",
             as_of="2023-10-31"),
    ]
    say.append((f"議長（{CHAIR}）", f"{zen(str(ASKER_NO))}番　{ASKER}議員。"))
    say.append((f"{zen(str(ASKER_NO))}番（{ASKER}議員）", "ありがとうございます。再質問いたします。保育所保育料についても収入未済額が残っていると聞いております。"
                "令和５年度の状況と、児童手当からの徴収の活用状況について伺います。"))
    say.append((f"議長（{CHAIR}）", "こども・若者部長。"))
    a3 = (f"お答えいたします。保育所保育料の令和５年度の収納率は、現年度分が{pz(hk['current'][4])}、"
          f"滞納繰越分が{pz(hk['arrears'][4])}で、収入未済額は{hk_out_raw}となっております。"
          "児童手当からの徴収につきましては、保護者の申出に基づき充当を行っており、"
          "令和５年度は６２件の申出がございました。今後も入所時の説明を徹底してまいります。")
    say.append((f"こども・若者部長（{STAFF[6][1]}）", a3))
    facts += [
        fact("保育所保育料", 2023, "令和５年度", "current", "collection_rate", "actual", float(hk["current"][4]), "percent",
             pz(hk["current"][4])),
        fact("保育所保育料", 2023, "令和５年度", "arrears", "collection_rate", "actual", float(hk["arrears"][4]), "percent",
             pz(hk["arrears"][4])),
        fact("保育所保育料", 2023, "令和５年度", "total", "outstanding", "actual", hk_out_yen, "yen", hk_out_raw,
             approx=True),
    ]
    say.append((f"{zen(str(ASKER_NO))}番（{ASKER}議員）", "以上で私の一般質問を終わります。"))
    say.append((f"議長（{CHAIR}）", "以上で本日の日程は全部終了いたしました。本日はこれにて散会いたします。"))

    for spk, text in say:
        p = para(doc, "", space_after=3)
        r = p.add_run(f"○{spk}　")
        from w_docx import set_font
        set_font(r, "IPAexGothic", 10.5)
        r2 = p.add_run(text)
        set_font(r2, "IPAexMincho", 10.5)
        stmts.append({"speaker": spk, "section": "一般質問", "text": text, "page": None})
    para(doc, "（11時48分　散会）", align="right", space_before=4)

    # 別表
    page_break(doc)
    para(doc, "別表　市税等の収納状況（令和５年度決算）", size=12, font="IPAexGothic")
    para(doc, "（単位：千円、％）", align="right", size=9)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = doc.add_table(rows=1, cols=len(hdr))
    table_borders(t)
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], h, size=9, align="center", font="IPAexGothic")
        shade(t.rows[0].cells[j])
    repeat_header(t.rows[0])
    for debt in TABLE:
        st = stats(debt)
        segs = [(lab, seg) for lab, seg, *_ in TABLE[debt]] + [("計", "total")]
        first = None
        for lab, seg in segs:
            a, c, w, o, r_ = st[seg]
            row = t.add_row().cells
            if first is None:
                first = row[0]
                cell_text(row[0], debt, size=9)
            cell_text(row[1], lab, size=9)
            for j, v in enumerate([comma(a), comma(c), comma(w), comma(o), str(r_)]):
                cell_text(row[2 + j], v, size=9, align="right")
            for metric, v, raw, unit in [("assessed", a * 1000, comma(a), "yen"), ("collected", c * 1000, comma(c), "yen"),
                                         ("written_off", w * 1000, comma(w), "yen"),
                                         ("outstanding", o * 1000, comma(o), "yen"),
                                         ("collection_rate", float(r_), str(r_), "percent")]:
                facts.append(fact(debt, 2023, "令和５年度", seg, metric, "actual", v, unit, raw,
                                  anchor="別表　市税等の収納状況"))
    para(doc, "※ 収入未済額＝調定額－収入済額－不納欠損額　※ 還付未済額は含まない。", size=8.5, space_before=3)

    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.docx"
    doc.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "w_dev8_uruma")

    attendees = [{"role": "議員", "title": "議員", "name": n} for n in MEMBERS]
    for i, n in enumerate(MEMBERS):
        if n == CHAIR:
            attendees[i]["role"] = "議長"
    attendees += [{"role": a, "title": a, "name": b} for a, b in STAFF + OFFICE]
    minutes = {"title": TITLE, "meeting_number": 161, "date": "2024-12-11", "method": None,
               "attendees": attendees, "agenda": ["一般質問"], "materials": ["別表　市税等の収納状況（令和５年度決算）"],
               "statements": stmts}
    docm = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2024-12-11",
            "date_raw": "令和６年12月11日（水）"}
    return write_gold(STEM, docm, facts, [], minutes)


if __name__ == "__main__":
    build()
