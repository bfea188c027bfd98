"""(e) minutes: 債権管理委員会 会議録 (modelled on the 石岡市議会 総務委員会 record of 市税等の収納率向上の対策,
ishioka-shigikai.jp/shinshi/iinkai/18/soumu/soumu_18_05_25.htm, and 目黒区 債権管理適正化委員会 as described at
chiholog.net). python-docx -> LibreOffice. Kana municipality (つくば市), ○-speaker markers, 令和6年度第2回 in the
title before the date, attendees with names, figures in prose, a 別表 of figures at the end."""
from common import *
from docxutil import *

STEM = "tsukuba_minutes_5"
CITY = "つくば市"
TITLE = "令和6年度第2回つくば市債権管理委員会　会議録"
NOW, PREV = "2024-09-30", "2023-09-30"
ATT = [("委員長", "副市長", "森田 浩二"), ("副委員長", "財務部長", "岡本 健一"), ("委員", "市民部長", "小松 真理"),
       ("委員", "福祉・子ども部長", "石川 達也"), ("委員", "保健部長", "大森 由美"), ("委員", "都市計画部長", "村上 聡"),
       ("委員", "生活環境部長", "長谷川 誠")]
SEC = [("事務局", "収納課長", "田中 秀樹"), ("事務局", "債権管理課長", "小林 恵子")]
AGENDA = ["令和6年度上半期の主要債権の収納状況について", "令和5年度の債権放棄の状況について", "その他"]
MATERIALS = ["資料1　主要債権の収納状況（令和6年9月末現在）", "資料2　令和5年度債権放棄一覧"]
# 別表: name, seg, A, C (千円), prev-year rate
TAB = [
    ("市税", "現年分", 41_287_554, None, 51.86, 0.5231),
    ("市税", "滞納繰越分", 1_854_310, None, 24.77, 0.2538),
    ("国民健康保険税", "現年分", 4_912_876, None, 38.90, 0.3842),
    ("国民健康保険税", "滞納繰越分", 1_208_452, None, 14.55, 0.1526),
    ("介護保険料", "現年分", 5_876_120, None, 55.12, 0.5547),
    ("介護保険料", "滞納繰越分", 98_774, None, 13.20, 0.1408),
    ("保育料", "現年分", 712_458, None, 47.35, 0.4689),
    ("保育料", "滞納繰越分", 42_115, None, 16.40, 0.1521),
    ("市営住宅使用料", "現年分", 198_342, None, 48.02, 0.4833),
    ("市営住宅使用料", "滞納繰越分", 61_207, None, 8.75, 0.0912),
]


def rows_data():
    out = []
    for name, seg, A, _, prev, r in TAB:
        C = int(round(A * r))
        out.append((name, seg, A, C, r2(C, A), prev))
    return out


def build():
    facts, inits = [], []
    data = rows_data()
    get = {(n, s): (A, C, rt, pv) for n, s, A, C, rt, pv in data}
    d = new_doc(size=10.5)
    header_footer(d, "つくば市債権管理委員会 会議録", "", "")
    # ---- page 1
    para(d, TITLE, size=15, bold=True, align="center", font="IPAexゴシック", space_after=10)
    rows = [["日　時", "令和6年11月19日（火）　午後2時00分～午後3時20分"],
            ["場　所", "つくば市役所本庁舎2階　会議室201"],
            ["出席委員", "\n".join(f"{r}　{t}　{n}" for r, t, n in ATT)],
            ["事務局", "・".join(f"{n}（{t}）" for r, t, n in SEC)],
            ["欠席委員", "なし"],
            ["公開・非公開", "非公開（傍聴者なし）"]]
    table(d, rows, widths_mm=[30, 140], size=10, align_right_from=-1, bold_rows=(), shade_rows=())
    para(d, "")
    para(d, "議　題", bold=True, font="IPAexゴシック")
    for k, a in enumerate(AGENDA):
        para(d, f"（{k + 1}）{a}", indent_mm=4)
    para(d, "配布資料", bold=True, font="IPAexゴシック")
    for m in MATERIALS:
        para(d, m, indent_mm=4)
    d.add_page_break()
    # ---- statements
    st = []
    sz = get[("市税", "現年分")]
    kk = get[("国民健康保険税", "現年分")]
    ks = get[("国民健康保険税", "滞納繰越分")]
    hz = get[("保育料", "現年分")]
    S = [
        (2, "開会", "森田委員長", "ただいまから令和6年度第2回つくば市債権管理委員会を開会する。本日は委員7名全員が出席している。"
            "それでは、議題に入る。議題（1）について、事務局から説明をお願いする。"),
        (2, AGENDA[0], "小林債権管理課長", "資料1により説明する。9月末現在の市税の現年分の収納率は"
            f"{pct(sz[2])}％で、前年同期の{pct(sz[3])}％を上回った。国民健康保険税の現年分は{pct(kk[2])}％で、"
            f"前年同期の{pct(kk[3])}％を下回っている。詳細は別表のとおりである。"),
        (2, AGENDA[0], "岡本副委員長", "国民健康保険税の現年分が前年同期を下回った理由は何か。また、下半期の対策を伺う。"),
        (2, AGENDA[0], "田中収納課長", "所得の減少による軽減世帯の増加に加え、社会保険の適用拡大に伴う資格喪失者の未納が増えていることが主な要因である。"
            f"一方、滞納繰越分の収納率は{pct(ks[2])}％と前年同期の{pct(ks[3])}％を上回っており、"
            "下半期は資格喪失者への早期の催告と財産調査を重点的に行う。"),
        (2, AGENDA[0], "小松委員", "保育料の現年分も前年同期を下回っているが、口座振替の利用状況はどうか。"),
        (3, AGENDA[0], "小林債権管理課長", f"保育料の現年分の収納率は{pct(hz[2])}％で、前年同期を下回った。"
            "口座振替の残高不足による未納が増えているため、引落し不能の翌月に電話で連絡するよう所管課と調整している。"),
        (3, AGENDA[0], "森田委員長", "所管課と連携し、未納の初期段階での対応を徹底していただきたい。次に、議題（2）について説明をお願いする。"),
        (3, AGENDA[1], "小林債権管理課長", "資料2により説明する。令和5年度は、債権管理条例に基づき、時効が完成した私債権や"
            "生活困窮により回収の見込みがない債権など87件を放棄し、議会に報告した。"),
        (3, AGENDA[1], "石川委員", "放棄の判断にあたって、所管課ごとに調査の内容に差が出ていないか。"),
        (3, AGENDA[1], "小林債権管理課長", "今年度から調査票の様式を統一し、判断の基準を示したマニュアルを各所管課に配布している。"),
        (3, AGENDA[2], "森田委員長", "ほかに意見がなければ、本日の議事は以上とする。次回（第3回）は令和7年2月に開催する予定である。これをもって閉会する。"),
    ]
    cur_page, cur_sec = 2, None
    para(d, "会議の経過", size=12, bold=True, font="IPAexゴシック")
    for pg, sec, spk, txt in S:
        if pg != cur_page:
            d.add_page_break()
            cur_page = pg
        if sec != cur_sec:
            head = {"開会": "１　開会"}.get(sec)
            if head is None:
                head = f"２　議事（{AGENDA.index(sec) + 1}）{sec}"
            para(d, head, bold=True, font="IPAexゴシック", space_after=3)
            cur_sec = sec
        p = para(d, "", space_after=4)
        r = p.add_run(f"○{spk}")
        r.font.name = "IPAexゴシック"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "IPAexゴシック")
        p.add_run("　" + txt)
        st.append({"speaker": spk, "section": sec, "text": txt, "page": pg})
    # prose facts
    facts += [F("市税", 2024, "9月末現在", "current", "collection_rate", "interim", sz[2], "percent", f"{pct(sz[2])}％", 2, as_of=NOW),
              F("市税", 2023, "前年同期", "current", "collection_rate", "interim", sz[3], "percent", f"{pct(sz[3])}％", 2, as_of=PREV),
              F("国民健康保険税", 2024, "9月末現在", "current", "collection_rate", "interim", kk[2], "percent", f"{pct(kk[2])}％", 2, as_of=NOW),
              F("国民健康保険税", 2023, "前年同期", "current", "collection_rate", "interim", kk[3], "percent", f"{pct(kk[3])}％", 2, as_of=PREV),
              F("国民健康保険税", 2024, "9月末現在", "arrears", "collection_rate", "interim", ks[2], "percent", f"{pct(ks[2])}％", 2, as_of=NOW),
              F("国民健康保険税", 2023, "前年同期", "arrears", "collection_rate", "interim", ks[3], "percent", f"{pct(ks[3])}％", 2, as_of=PREV),
              F("保育料", 2024, "9月末現在", "current", "collection_rate", "interim", hz[2], "percent", f"{pct(hz[2])}％", 3, as_of=NOW)]
    d.add_page_break()
    # ---- 別表
    p = 4
    para(d, "別表　主要債権の収納状況（令和6年9月末現在）", size=12, bold=True, font="IPAexゴシック")
    para(d, "（単位：千円、％）", size=9, align="right", space_after=0)
    rows = [["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期\n収納率"]]
    merges = []
    tA = tC = 0
    for i, (name, seg, A, C, rt, pv) in enumerate(data):
        rows.append([name if seg == "現年分" else "", seg, c(A), c(C), pct(rt), pct(pv)])
        if seg == "現年分":
            merges.append((i + 1, 0, i + 2, 0))
        sg = "current" if seg == "現年分" else "arrears"
        facts += [F(name, 2024, "令和6年9月末現在", sg, "assessed", "interim", A * 1000, "yen", c(A), p, as_of=NOW),
                  F(name, 2024, "令和6年9月末現在", sg, "collected", "interim", C * 1000, "yen", c(C), p, as_of=NOW),
                  F(name, 2024, "令和6年9月末現在", sg, "collection_rate", "interim", rt, "percent", pct(rt), p, as_of=NOW),
                  F(name, 2023, "前年同期", sg, "collection_rate", "interim", pv, "percent", pct(pv), p, as_of=PREV)]
        tA += A
        tC += C
    trt = r2(tC, tA)
    rows.append(["合計", "計", c(tA), c(tC), pct(trt), "－"])
    facts += [F(None, 2024, "令和6年9月末現在", "total", "assessed", "interim", tA * 1000, "yen", c(tA), p, as_of=NOW, debt_raw="合計"),
              F(None, 2024, "令和6年9月末現在", "total", "collected", "interim", tC * 1000, "yen", c(tC), p, as_of=NOW, debt_raw="合計"),
              F(None, 2024, "令和6年9月末現在", "total", "collection_rate", "interim", trt, "percent", pct(trt), p, as_of=NOW, debt_raw="合計")]
    table(d, rows, widths_mm=[40, 26, 30, 30, 20, 22], align_right_from=2, merges=merges)
    para(d, "※収納率は、調定額に対する収入済額の割合である。前年同期収納率は令和5年9月末現在の値。", size=9)
    OUT.mkdir(exist_ok=True)
    docx = OUT / f"{STEM}.docx"
    d.save(docx)
    to_pdf(docx, PDF / f"{STEM}.pdf", STEM)
    minutes = {"title": TITLE.replace("　", " "), "meeting_number": 2, "date": "2024-11-19", "method": None,
               "attendees": [{"role": r, "title": t, "name": n} for r, t, n in ATT + SEC],
               "agenda": AGENDA, "materials": MATERIALS, "statements": st}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE.replace("　", " "),
                "date": "2024-11-19", "date_raw": "令和6年11月19日"}
    write_gold(STEM, document, facts, inits, minutes)
    return report(STEM)


if __name__ == "__main__":
    build()
