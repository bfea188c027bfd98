"""各務原市-style 総務常任委員会記録 (council committee record on 債権管理) — PyMuPDF Story.

Family: さいたま市-style minutes (日時/場所/出席者/議題/資料/意見及び質問), printed as another city's council
record: ○-speaker markers (○山田委員長, ○近藤収納対策課長), attendee lists with names, a title containing ・,
figures in speech, another meeting (令和７年度第２回) named before the record's own date, and a 別表 of figures.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e5_common import F, PDF, rnd, write_gold, zen  # noqa: E402
from e5_story import render  # noqa: E402

STEM = "e_kakamigahara_kaigiroku_1"
CITY = "各務原市"
TITLE = "総務常任委員会記録"
FY, FYR = 2024, "令和６年度"

# 別表 data (千円): cur assessed, cur rate, arr assessed, arr rate, written off
B = {
    "市税": (18765432, 99.31, 912345, 35.62, 58211),
    "国民健康保険税": (3456789, 94.87, 1012345, 27.45, 98765),
    "介護保険料": (2345678, 99.05, 45678, 21.30, 6543),
    "保育所保育料": (412345, 99.42, 23456, 30.10, 1234),
    "市営住宅使用料": (156789, 97.80, 45321, 18.20, 2345),
}


def calc(v):
    ca, cr, aa, ar, wo = v
    cc, ac = round(ca * cr / 100), round(aa * ar / 100)
    ass, col = ca + aa, cc + ac
    return dict(ass=ass, col=col, wo=wo, out=ass - col - wo, rate=rnd(col, ass, 2), cr=cr, ar=ar)


def okuman(sen: int):
    """千円 -> 約X億Y,Y00万円 (100万円 rounding) with value in yen"""
    v = int(round(sen / 1000)) * 1000000
    oku, rest = divmod(v, 100000000)
    man = rest // 10000
    s = f"約{zen(oku)}億{zen(f'{man:,}')}万円" if oku else f"約{zen(f'{man:,}')}万円"
    return s, v


def build():
    C = {k: calc(v) for k, v in B.items()}
    facts = []
    zei, kok, hoi = C["市税"], C["国民健康保険税"], C["保育所保育料"]
    s_zei, v_zei = okuman(zei["out"])
    s_kok, v_kok = okuman(kok["out"])
    pct = lambda x: zen(f"{x:.2f}") + "％"  # noqa: E731

    AG1 = "市の債権管理の状況について"
    AG2 = "令和７年度第２回各務原市債権管理推進会議（令和７年８月28日開催）の結果について"
    members = [("委員長", "山田 一郎"), ("副委員長", "佐藤 恵子"), ("委員", "田中 誠"), ("委員", "小川 直樹"),
               ("委員", "森 由美"), ("委員", "加藤 正人")]
    staff = [("副市長", "中島 隆"), ("総務部長", "井上 浩二"), ("総務部次長兼収納対策課長", "近藤 健"),
             ("健康福祉部長", "石原 美和"), ("子ども・若者部長", "林 俊介"), ("保険年金課長", "前田 聡")]

    S = []  # (speaker, section, text)
    S.append(("山田委員長", AG1, "ただいまから総務常任委員会を開会いたします。本日は、所管事務調査として、市の債権管理の状況について及び令和７年度第２回債権管理推進会議の結果についての２件を議題といたします。初めに、執行部から説明をお願いします。"))
    S.append(("井上総務部長", AG1, "本日はお時間をいただきありがとうございます。市の債権管理につきましては、債権管理条例に基づき全庁的に取り組んでいるところでございます。詳細は収納対策課長から説明させていただきます。"))
    S.append(("近藤収納対策課長", AG1,
              f"お手元の資料１及び別表を御覧ください。{FYR}決算における市税の収納率は、現年課税分が{pct(zei['cr'])}、"
              f"滞納繰越分が{pct(zei['ar'])}、合計で{pct(zei['rate'])}となり、前年度を上回りました。市税の収入未済額は{s_zei}で、"
              f"５年度と比べて減少しております。国民健康保険税につきましては、現年課税分の収納率が{pct(kok['cr'])}、"
              f"滞納繰越分が{pct(kok['ar'])}で、収入未済額は{s_kok}となっております。"))
    S.append(("田中委員", AG1, "滞納繰越分の収納率は上がっているということですが、国民健康保険税の滞納繰越分は依然として低い水準にあると思います。どのような対策を考えているのか伺います。"))
    S.append(("近藤収納対策課長", AG1, "国民健康保険税の滞納繰越分につきましては、所得の少ない世帯が多く、分納による納付が中心となっております。財産調査を徹底し、資力のある方には差押えを行う一方、生活に困窮している方には執行停止を適切に判断してまいります。"))
    S.append(("小川委員", AG1, "保育所保育料について、収納の状況と課題を教えてください。"))
    S.append(("林子ども・若者部長", AG1,
              f"保育所保育料の{FYR}の現年度分収納率は{pct(hoi['cr'])}でございます。在園中の方は園を通じた納付案内により高い水準を保っておりますが、"
              "退園後の滞納が課題でございますので、児童手当からの特別徴収の申出を勧めるなど、早期の対応に努めてまいります。"))
    S.append(("山田委員長", AG2, "次に、令和７年度第２回債権管理推進会議の結果について説明をお願いします。"))
    S.append(("井上総務部長", AG2, "８月28日に開催した推進会議では、各債権の前年度実績と今年度の目標を確認いたしました。また、非強制徴収公債権と私債権について、回収の見込みのない債権の整理を進めるため、債権放棄の基準を見直す方針を決定いたしました。"))
    S.append(("森委員", AG2, "債権放棄の基準を見直すとのことですが、市民の公平感を損なわないよう、放棄の状況は議会にも報告していただきたいと思います。"))
    S.append(("井上総務部長", AG2, "債権放棄を行った場合は、条例に基づき議会に報告いたします。基準の運用につきましても、透明性の確保に努めてまいります。"))
    S.append(("山田委員長", AG2, "ほかに質疑はございませんか。〔「なし」と呼ぶ者あり〕以上で本日の所管事務調査を終わります。これをもちまして総務常任委員会を閉会いたします。"))

    # facts in speech (page resolved by raw + anchor)
    facts += [
        F("市税", FY, FYR, "current", "collection_rate", "actual", zei["cr"], "percent", pct(zei["cr"]), anchor="お手元の資料１"),
        F("市税", FY, FYR, "arrears", "collection_rate", "actual", zei["ar"], "percent", pct(zei["ar"]), anchor="お手元の資料１"),
        F("市税", FY, FYR, "total", "collection_rate", "actual", zei["rate"], "percent", pct(zei["rate"]), anchor="お手元の資料１"),
        F("市税", FY, FYR, "total", "outstanding", "actual", v_zei, "yen", s_zei, approx=True, anchor="お手元の資料１"),
        F("国民健康保険税", FY, FYR, "current", "collection_rate", "actual", kok["cr"], "percent", pct(kok["cr"]), anchor="お手元の資料１"),
        F("国民健康保険税", FY, FYR, "arrears", "collection_rate", "actual", kok["ar"], "percent", pct(kok["ar"]), anchor="お手元の資料１"),
        F("国民健康保険税", FY, FYR, "total", "outstanding", "actual", v_kok, "yen", s_kok, approx=True, anchor="お手元の資料１"),
        F("保育所保育料", FY, FYR, "current", "collection_rate", "actual", hoi["cr"], "percent", pct(hoi["cr"]), anchor="保育所保育料の"),
    ]

    # ---------------- HTML
    mem = "".join(f"<tr><td style='border:none'>{r}</td><td style='border:none'>{n}　君</td></tr>" for r, n in members)
    stf = "".join(f"<tr><td style='border:none'>{t}</td><td style='border:none'>{n}</td></tr>" for t, n in staff)
    html = f"""
<h1>{TITLE}</h1>
<p class='g'>【所管事務調査】</p>
<p>　１．{AG1}</p>
<p>　２．{AG2}</p>
<p class='g'>【配付資料】</p>
<p>　資料１　令和６年度 主な債権の収納状況</p>
<p style='margin-top:8px'>令和７年９月17日（水曜日）午前10時00分開議</p>
<p>議事堂第２委員会室</p>
<p class='g' style='margin-top:6px'>〇出席委員（６名）</p>
<table style='margin-left:30px'>{mem}</table>
<p class='g'>〇説明のため出席した者の職・氏名</p>
<table style='margin-left:30px'>{stf}</table>
<p class='c'>――――――――――――――――――――――――――――</p>
"""
    cur_sec = None
    for sp, sec, txt in S:
        if sec != cur_sec:
            html += f"<p class='g' style='margin-top:6px'>◎ {sec}</p>"
            cur_sec = sec
        html += f"<p style='margin-top:4px'><span class='g'>○{sp}</span>　{txt}</p>"
    html += "<p class='r' style='margin-top:6px'>（午前11時12分閉会）</p>"

    rows = ""
    tot = dict(ass=0, col=0, wo=0, out=0)
    for k, c in C.items():
        rows += (f"<tr><td>{k}</td><td class='n'>{c['ass']:,}</td><td class='n'>{c['col']:,}</td>"
                 f"<td class='n'>{c['wo']:,}</td><td class='n'>{c['out']:,}</td><td class='n'>{c['rate']:.2f}</td></tr>")
        for met in ("ass", "col", "wo", "out"):
            m = {"ass": "assessed", "col": "collected", "wo": "written_off", "out": "outstanding"}[met]
            facts.append(F(k, FY, FYR, "total", m, "actual", c[met] * 1000, "yen", f"{c[met]:,}", anchor="別表"))
            tot[met] += c[met]
        facts.append(F(k, FY, FYR, "total", "collection_rate", "actual", c["rate"], "percent", f"{c['rate']:.2f}", anchor="別表"))
    trate = rnd(tot["col"], tot["ass"], 2)
    rows += (f"<tr><td class='c'>計</td><td class='n'>{tot['ass']:,}</td><td class='n'>{tot['col']:,}</td>"
             f"<td class='n'>{tot['wo']:,}</td><td class='n'>{tot['out']:,}</td><td class='n'>{trate:.2f}</td></tr>")
    for met, m in (("ass", "assessed"), ("col", "collected"), ("wo", "written_off"), ("out", "outstanding")):
        facts.append(F(None, FY, FYR, "total", m, "actual", tot[met] * 1000, "yen", f"{tot[met]:,}", debt_raw="計", anchor="別表"))
    facts.append(F(None, FY, FYR, "total", "collection_rate", "actual", trate, "percent", f"{trate:.2f}", debt_raw="計", anchor="別表"))
    bettbl = f"""
<h2>別表　主な債権の収納状況（令和６年度決算）</h2>
<p class='r note'>（単位：千円、％）</p>
<table style='width:100%'>
<tr><th>債権名</th><th>調定額</th><th>収入済額</th><th>不納欠損額</th><th>収入未済額</th><th>収納率</th></tr>
{rows}
</table>
<p class='note'>※調定額及び収入済額は現年課税分と滞納繰越分の合計。収納率＝収入済額÷調定額。</p>
"""
    pdf = render([html, bettbl], PDF / f"{STEM}.pdf", header="総務常任委員会記録（令和７年９月17日）",
                 footer_fmt="－{n}－")
    # statements: page where each statement starts
    import pymupdf as fitz
    from e5_common import squash
    with fitz.open(pdf) as d:
        texts = [squash(p.get_text()) for p in d]
    statements = []
    for sp, sec, txt in S:
        key = squash(f"○{sp}" + txt[:25])
        pages = [i + 1 for i, t in enumerate(texts) if key in t]
        if len(pages) != 1:
            raise SystemExit(f"statement page? {sp} {pages}")
        statements.append({"speaker": sp, "section": sec, "text": txt, "page": pages[0]})
    attendees = [{"role": r, "title": None, "name": n} for r, n in members]
    attendees += [{"role": "説明のため出席した者", "title": t, "name": n} for t, n in staff]
    minutes = {"title": TITLE, "meeting_number": None, "date": "2025-09-17", "method": None,
               "attendees": attendees, "agenda": [AG1, AG2], "materials": ["資料１　令和６年度 主な債権の収納状況"],
               "statements": statements}
    doc = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-09-17", "date_raw": "令和７年９月17日"}
    write_gold(STEM, pdf, doc, facts, [], minutes)


if __name__ == "__main__":
    build()
