"""東松ヶ丘市 債権管理適正化プラン（会計・款・債権別の収入未済額, 収納率）-- python-docx -> LibreOffice."""
import shutil

from x_common import Facts, Inits, OUT, PDF, soffice, write_gold, check
from x_docx import (new_doc, para, page_break, header_footer, set_borders, cell_text, col_widths, repeat_header,
                    shade, no_split)

STEM = "x_higashimatsugaoka_plan_1"
CITY = "東松ヶ丘市"
TITLE = "東松ヶ丘市債権管理適正化プラン（令和６年度～令和８年度）"
F = Facts()
I = Inits()

ACCOUNTS = [  # name, R3, R4 (万円)
    ("一般会計", 221_850, 208_415),
    ("国民健康保険事業特別会計", 231_640, 214_372),
    ("介護保険事業特別会計", 29_905, 28_144),
    ("後期高齢者医療事業特別会計", 8_412, 8_107),
    ("下水道事業会計", 25_968, 27_201),
]

BREAKDOWN = {  # 会計 -> [(款, 項目, 債権名, 円)], the last amount adjusted so the account total matches
    "一般会計": [("市税", "市民税", "個人市民税", 1_024_318_455), ("市税", "市民税", "法人市民税", 48_220_310),
             ("市税", "固定資産税", "固定資産税・都市計画税", 612_874_120), ("市税", "軽自動車税", "軽自動車税（種別割）", 21_045_600),
             ("分担金及び負担金", "民生費負担金", "保育料", 58_316_740), ("分担金及び負担金", "民生費負担金", "老人ホーム入所者負担金", 3_412_800),
             ("使用料及び手数料", "土木使用料", "市営住宅使用料", 94_781_250), ("使用料及び手数料", "衛生手数料", "し尿処理手数料", 2_118_400),
             ("諸収入", "貸付金元利収入", "母子父子寡婦福祉資金貸付金", 41_503_200), ("諸収入", "貸付金元利収入", "奨学金貸付金", 27_866_000),
             ("諸収入", "雑入", "生活保護費返還金", 146_233_918), ("諸収入", "雑入", "児童扶養手当返還金", None)],
    "国民健康保険事業特別会計": [("国民健康保険税", "国民健康保険税", "国民健康保険税", 2_118_904_300),
                     ("諸収入", "雑入", "第三者納付金・返納金", None)],
    "介護保険事業特別会計": [("保険料", "介護保険料", "介護保険料", 276_115_820), ("諸収入", "雑入", "介護給付費返納金", None)],
    "後期高齢者医療事業特別会計": [("後期高齢者医療保険料", "後期高齢者医療保険料", "後期高齢者医療保険料", None)],
    "下水道事業会計": [("営業収益", "下水道使用料", "下水道使用料", 259_412_650), ("資本的収入", "負担金", "下水道事業受益者負担金", None)],
}
REM = {"一般会計": 318, "国民健康保険事業特別会計": 742, "介護保険事業特別会計": 105, "後期高齢者医療事業特別会計": 560,
       "下水道事業会計": 91}
for acc, r3, r4 in ACCOUNTS:
    items = BREAKDOWN[acc]
    known = sum(v for *_, v in items if v is not None)
    last = r4 * 10_000 + REM[acc] - known
    assert last > 0, acc
    k, m, n, _ = items[-1]
    items[-1] = (k, m, n, last)

RATES = {  # debt -> {seg: (R3実績, R4実績, R8目標)}
    "個人市民税": {"現年分": (99.08, 99.24, 99.40), "滞繰分": (28.15, 30.02, 34.00), "全体": (96.51, 97.02, 97.80)},
    "国民健康保険税": {"現年分": (93.10, 93.62, 94.50), "滞繰分": (20.44, 21.87, 25.00), "全体": (79.35, 81.12, 84.00)},
    "介護保険料": {"現年分": (98.85, 98.92, 99.10), "滞繰分": (12.30, 13.95, 17.00), "全体": (97.01, 97.25, 97.80)},
    "保育料": {"現年分": (98.20, 98.46, 98.90), "滞繰分": (14.66, 16.02, 20.00), "全体": (89.74, 90.55, 92.00)},
    "市営住宅使用料": {"現年分": (97.35, 97.70, 98.30), "滞繰分": (15.20, 16.85, 20.00), "全体": (84.90, 86.12, 88.50)},
}
SEGS = {"現年分": "current", "滞繰分": "arrears", "全体": "total"}

INITS = [
    ("（１）滞納の未然防止", [
        ("①", "口座振替の利用を納税通知書等で積極的に勧め、Web口座振替受付サービスの利用を広げる。", None),
        ("②", "スマートフォン決済の対象を保育料と市営住宅使用料に広げ、納付しやすい環境を整える。", "新規")]),
    ("（２）徴収体制の強化", [
        ("①", "市税と国民健康保険税の滞納者の財産調査を収納課に集約し、差押え等の滞納処分を効率的に行う。", None),
        ("②", "初期滞納者への電話催告を民間事業者に委託し、職員は高額・困難案件の滞納整理に専念する。", "拡充"),
        ("③", "債権所管課向けの研修を年２回開催し、督促から法的措置までの手順を共有する。", None)]),
    ("（３）私債権の履行確保", [
        ("①", "再三の催告に応じない債務者には、支払督促の申立てや訴訟等の法的措置を講じる。", None)]),
]


def oku(man):
    """万円 -> 約X億Y,Y00万円 rounded to 100万円."""
    m = round(man / 100)
    o, r = divmod(m, 100)
    return (f"約{o}億{r * 100:,}万円" if r else f"約{o}億円"), m * 1_000_000


def build():
    d = new_doc(font="IPAexMincho", size=10.5, margins=(2.0, 2.0, 2.2, 2.2))
    header_footer(d, header_text="東松ヶ丘市債権管理適正化プラン", footer_fmt="- {PAGE} -")
    para(d, TITLE, size=15, bold=True, align="center", space_after=2)
    para(d, "令和６年４月　東松ヶ丘市 総務部 収納課", align="right", size=9.5, space_after=10)
    para(d, "１　プラン策定の趣旨", bold=True, size=11.5, font="IPAexGothic", space_after=4)
    tot3 = sum(a[1] for a in ACCOUNTS)
    tot4 = sum(a[2] for a in ACCOUNTS)
    s4, v4 = oku(tot4)
    sdiff, _ = oku(tot3 - tot4)
    txt = (f"本市が保有する債権の収入未済額は、令和４年度（2022年度）決算で{s4}であり、前年度から{sdiff.replace('約', '約')}減少した。"
           "ピーク時の平成25年度（約81億円）と比べると約４割の縮減となったが、国民健康保険税や生活保護費返還金など、"
           "依然として多額の収入未済を抱える債権がある。市民負担の公平性を確保し、安定した財政基盤を築くため、"
           "令和６年度から令和８年度までの３か年を期間とする本プランを定める。")
    para(d, txt, first=0.4, space_after=8)
    F.add(debt=None, debt_raw=None, fy=2022, fy_raw="令和４年度（2022年度）", seg="total", metric="outstanding",
          basis="actual", value=v4, unit="yen", approx=True, raw=s4, page=1)
    F.add(debt=None, debt_raw=None, fy=2013, fy_raw="平成25年度", seg="total", metric="outstanding",
          basis="actual", value=8_100_000_000, unit="yen", approx=True, raw="約81億円", page=1)

    para(d, "＜市の債権の状況＞", bold=True, font="IPAexGothic", space_after=2)
    para(d, "会計別の収入未済額　　　　　　　　　　　　　　　　　　　　　　　　　　　　（単位：万円）", size=9.5)
    t = d.add_table(rows=2 + len(ACCOUNTS), cols=4)
    set_borders(t)
    for i, h in enumerate(["会計名称", "令和３年度\n(2021年度)", "令和４年度\n(2022年度)", "増減"]):
        cell_text(t.rows[0].cells[i], h, size=9, align="center")
        shade(t.rows[0].cells[i])
    for r, (acc, a3, a4) in enumerate(ACCOUNTS, 1):
        cell_text(t.rows[r].cells[0], acc, size=9)
        for j, (v, fy, fyr) in enumerate(((a3, 2021, "令和３年度(2021年度)"), (a4, 2022, "令和４年度(2022年度)"))):
            cell_text(t.rows[r].cells[1 + j], f"{v:,}", size=9, align="right")
            F.add(debt=None, debt_raw=acc, fy=fy, fy_raw=fyr, seg="total", metric="outstanding", basis="actual",
                  value=v * 10_000, unit="yen", raw=f"{v:,}", page=1)
        dv = a4 - a3
        cell_text(t.rows[r].cells[3], ("△" if dv < 0 else "") + f"{abs(dv):,}", size=9, align="right")
    r = len(ACCOUNTS) + 1
    cell_text(t.rows[r].cells[0], "合計", size=9, align="center")
    for j, (v, fy, fyr) in enumerate(((tot3, 2021, "令和３年度(2021年度)"), (tot4, 2022, "令和４年度(2022年度)"))):
        cell_text(t.rows[r].cells[1 + j], f"{v:,}", size=9, align="right")
        F.add(debt=None, debt_raw="合計", fy=fy, fy_raw=fyr, seg="total", metric="outstanding", basis="actual",
              value=v * 10_000, unit="yen", raw=f"{v:,}", page=1)
    dv = tot4 - tot3
    cell_text(t.rows[r].cells[3], ("△" if dv < 0 else "") + f"{abs(dv):,}", size=9, align="right")
    col_widths(t, [6.2, 3.2, 3.2, 3.0])
    para(d, "※万円未満を四捨五入しているため、合計と内訳の計が一致しない場合がある。", size=8.5, space_after=8)

    para(d, "")
    para(d, "２　これまでの取組の成果と課題", bold=True, size=11.5, font="IPAexGothic", space_after=4)
    pr = RATES["個人市民税"]["現年分"]
    nk = RATES["国民健康保険税"]["滞繰分"]
    txt2 = (f"前プラン期間中は、現年分の徴収を最優先とし、初期滞納者への早期催告と財産調査の徹底に取り組んだ。"
            f"その結果、個人市民税の現年分収納率は令和４年度に{pr[1]:.2f}％となり、前年度の{pr[0]:.2f}％から上昇した。"
            f"国民健康保険税の滞繰分収納率も{nk[1]:.2f}％と改善したが、県内平均を下回る水準にとどまっている。")
    para(d, txt2, first=0.4, space_after=4)
    anchor2 = "２　これまでの取組の成果と課題"
    F.add(debt="個人市民税", fy=2022, fy_raw="令和４年度", seg="current", metric="collection_rate", basis="actual",
          value=pr[1], unit="percent", raw=f"{pr[1]:.2f}％", anchor=anchor2)
    F.add(debt="個人市民税", fy=2021, fy_raw="前年度", seg="current", metric="collection_rate", basis="actual",
          value=pr[0], unit="percent", raw=f"{pr[0]:.2f}％", anchor=anchor2)
    F.add(debt="国民健康保険税", fy=2022, fy_raw="令和４年度", seg="arrears", metric="collection_rate", basis="actual",
          value=nk[1], unit="percent", raw=f"{nk[1]:.2f}％", anchor=anchor2)
    nh = BREAKDOWN["国民健康保険事業特別会計"][0][3]
    sh = BREAKDOWN["一般会計"][10][3]
    nh_s, nh_v = oku(nh / 10_000)
    sh_s, sh_v = oku(sh / 10_000)
    ss = RATES["市営住宅使用料"]["全体"][1]
    para(d, f"債権別にみると、国民健康保険税の収入未済額は令和４年度末で{nh_s}と、市全体の４割以上を占めている。"
            f"生活保護費返還金は、保護の廃止後に返還が滞る事例が多く、収入未済額は{sh_s}となっている。"
            f"また、市営住宅使用料の全体の収納率は{ss:.2f}％にとどまり、退去者の滞納分の回収が進んでいない。",
         first=0.4, space_after=4)
    F.add(debt="国民健康保険税", fy=2022, fy_raw="令和４年度末", seg="total", metric="outstanding", basis="actual",
          value=nh_v, unit="yen", approx=True, raw=nh_s, anchor=anchor2)
    F.add(debt="生活保護費返還金", fy=2022, fy_raw="令和４年度末", seg="total", metric="outstanding", basis="actual",
          value=sh_v, unit="yen", approx=True, raw=sh_s, anchor=anchor2)
    F.add(debt="市営住宅使用料", fy=2022, fy_raw="令和４年度末", seg="total", metric="collection_rate", basis="actual",
          value=ss, unit="percent", raw=f"{ss:.2f}％", anchor=anchor2)
    para(d, "課題としては、私債権を所管する課で督促後の対応が統一されていないこと、担当者の異動によりノウハウが"
            "引き継がれにくいこと、少額の滞納が長期間放置されやすいことが挙げられる。これらに対応するため、"
            "本プランでは債権所管課の事務手順の標準化と、収納課による助言・支援の強化を図る。", first=0.4, space_after=6)
    box = d.add_table(rows=1, cols=1)
    set_borders(box, sz=6)
    cell_text(box.rows[0].cells[0],
              "〔参考〕債権の区分\n・強制徴収公債権：市税、国民健康保険税、介護保険料、保育料、下水道使用料 等\n"
              "・非強制徴収公債権：生活保護費返還金、児童扶養手当返還金 等\n"
              "・私債権：市営住宅使用料、奨学金貸付金、母子父子寡婦福祉資金貸付金 等", size=9)
    col_widths(box, [16.6])
    para(d, "")
    para(d, "令和４年度（2022年度）　債権別の収入未済額内訳　　　　　　　　　　　　　　　（単位：円）", size=9.5)
    rows = [(acc, k, m, n, v) for acc, *_ in ACCOUNTS for (k, m, n, v) in BREAKDOWN[acc]]
    t = d.add_table(rows=1 + len(rows) + 1, cols=5)
    set_borders(t)
    for i, h in enumerate(["会計名称", "款", "項・目", "債権名", "収入未済額"]):
        cell_text(t.rows[0].cells[i], h, size=9, align="center")
        shade(t.rows[0].cells[i])
    repeat_header(t.rows[0])
    first_row = {}
    for r, (acc, k, m, n, v) in enumerate(rows, 1):
        no_split(t.rows[r])
        first_row.setdefault(acc, [r, r])[1] = r
        cell_text(t.rows[r].cells[1], k, size=9.5)
        cell_text(t.rows[r].cells[2], m, size=9.5)
        cell_text(t.rows[r].cells[3], n, size=9.5)
        cell_text(t.rows[r].cells[4], f"{v:,}", size=9.5, align="right")
        F.add(debt=n, fy=2022, fy_raw="令和４年度（2022年度）", seg="total", metric="outstanding", basis="actual",
              value=v, unit="yen", raw=f"{v:,}", anchor=f"{v:,}")
    for acc, (a, b) in first_row.items():
        c = t.cell(a, 0).merge(t.cell(b, 0)) if b > a else t.cell(a, 0)
        cell_text(c, acc, size=8.5)
    r = len(rows) + 1
    gt = sum(v for *_, v in rows)
    c = t.cell(r, 0).merge(t.cell(r, 3))
    cell_text(c, "合　　計", size=9, align="center")
    cell_text(t.rows[r].cells[4], f"{gt:,}", size=9, align="right")
    F.add(debt=None, debt_raw="合計", fy=2022, fy_raw="令和４年度（2022年度）", seg="total", metric="outstanding",
          basis="actual", value=gt, unit="yen", raw=f"{gt:,}", anchor=f"{gt:,}")
    col_widths(t, [3.6, 3.0, 2.8, 4.6, 2.8])

    para(d, "")
    para(d, "３　今後の取組", bold=True, size=11.5, font="IPAexGothic", space_after=4)
    for sec, items in INITS:
        para(d, sec, font="IPAexGothic", space_after=2)
        secname = sec.split("）", 1)[1]
        for lab, text, st in items:
            para(d, f"{lab}　{text}" + (f"【{st}】" if st else ""), indent=0.9, first=-0.5, space_after=2)
            I.add(debt=None, fy=2024, section=secname, label=lab, text=text, status=st, anchor=anchor_init(text))
    page_break(d)
    para(d, "４　主要債権の収納率の推移と目標", bold=True, size=11.5, font="IPAexGothic", space_after=4)
    debts = list(RATES)
    t = d.add_table(rows=1 + 9, cols=2 + len(debts))
    set_borders(t)
    for i, h in enumerate(["区分", "年度"] + debts):
        cell_text(t.rows[0].cells[i], h, size=8.5, align="center")
        shade(t.rows[0].cells[i])
    years = [(2021, "令和３年度実績", "actual"), (2022, "令和４年度実績", "actual"), (2026, "令和８年度目標", "target")]
    r = 1
    for seg in SEGS:
        for k, (fy, lab, basis) in enumerate(years):
            cell_text(t.rows[r].cells[1], lab, size=8.5)
            for j, db in enumerate(debts):
                v = RATES[db][seg][k]
                cell_text(t.rows[r].cells[2 + j], f"{v:.2f}%", size=8.5, align="right")
                F.add(debt=db, fy=fy, fy_raw=lab, seg=SEGS[seg], metric="collection_rate", basis=basis,
                      value=v, unit="percent", raw=f"{v:.2f}%", anchor="４　主要債権の収納率の推移と目標")
            r += 1
        c = t.cell(r - 3, 0).merge(t.cell(r - 1, 0))
        cell_text(c, seg, size=8.5, align="center")
    col_widths(t, [1.6, 2.8] + [2.44] * len(debts))
    para(d, "※収納率＝収入済額÷調定額。令和８年度目標は本プランの最終年度における目標値である。", size=8.5)
    para(d, "※個人市民税は、市・県民税のうち市民税分（普通徴収及び特別徴収）の数値である。", size=8.5)
    para(d, "")
    para(d, "５　進行管理", bold=True, size=11.5, font="IPAexGothic", space_after=4)
    para(d, "本プランの進捗は、副市長を委員長とする債権管理委員会において毎年度確認し、必要に応じて取組を見直す。"
            "結果は市ホームページで公表する。", first=0.4)
    docx = OUT / f"{STEM}.docx"
    d.save(docx)
    pdf = soffice(docx)
    shutil.copy(pdf, PDF / f"{STEM}.pdf")
    return PDF / f"{STEM}.pdf"


def anchor_init(text):
    return text[:20]


def main():
    pdf = build()
    meta = {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2024-04-01", "date_raw": "令和６年４月"}
    write_gold(STEM, pdf, meta, F, I)
    check(STEM)


if __name__ == "__main__":
    main()
