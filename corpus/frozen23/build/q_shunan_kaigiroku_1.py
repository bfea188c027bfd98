"""周南市 債権管理推進会議 会議録 (minutes) — python-docx -> LibreOffice."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from q_common import F, OUT, PDF, to_pdf, write_gold, zen, rate, comma
from q_docx import *

STEM = "q_shunan_kaigiroku_1"
CITY = "周南市"
TITLE = "令和７年度第１回周南市債権管理推進会議 会議録"

# 別表: 令和6年度決算 (単位：千円)  debt -> {seg: (調定, 収入, 欠損)}
B = {
    "市税": {"現年": (21846512, 21645530, 0), "滞繰": (785204, 246712, 28904)},
    "国民健康保険料": {"現年": (3912406, 3671830, 0), "滞繰": (1046318, 252163, 96870)},
    "介護保険料": {"現年": (3388120, 3362458, 0), "滞繰": (84732, 12047, 19108)},
    "後期高齢者医療保険料": {"現年": (2206415, 2199380, 0), "滞繰": (21896, 7902, 3015)},
}
SEGMAP = {"現年": "current", "滞繰": "arrears", "計": "total"}


def rows():
    out = []
    for debt, segs in B.items():
        tot = tuple(sum(segs[s][i] for s in ("現年", "滞繰")) for i in range(3))
        for s, (a, c, w) in list(segs.items()) + [("計", tot)]:
            out.append((debt, s, a, c, w, a - c - w, rate(c, a)))
    return out


ROWS = rows()
R = {(d, s): (a, c, w, o, r) for d, s, a, c, w, o, r in ROWS}


def build():
    facts = []
    d = new_doc(margins=22)
    header_footer(d, head="周南市 財政部収納課", foot="－ ", size=8)
    para(d, "（本会議録は、令和７年度第２回周南市債権管理推進会議（令和７年１０月２２日開催）において確認を得たものである。）",
         size=8.5, align="r")
    para(d, "")
    para(d, TITLE, size=14, bold=True, align="c", font="IPAexGothic", space_after=10)
    items = [("１　日　時", "令和７年７月８日（火）　午後２時００分～午後３時３０分"),
             ("２　場　所", "周南市役所本庁舎　４階　大会議室"),
             ("３　開催方法", "対面及びオンライン併用")]
    for k, v in items:
        para(d, f"{k}　　{v}", space_after=4)
    para(d, "４　出席者（会長・委員９名・事務局３名）", space_after=2)
    para(d, "会　長：副市長", indent_mm=8)
    para(d, "委　員：総務部長・財政部長・地域振興部長・環境生活部長・健康医療部長・福祉部長・", indent_mm=8)
    para(d, "子ども・家庭部長・上下水道局長・教育部長", indent_mm=24)
    para(d, "事務局：財政部次長・収納課長・収納課債権管理担当係長", indent_mm=8, space_after=4)
    para(d, "５　欠席者　　なし", space_after=4)
    para(d, "６　議　題", space_after=2)
    agenda = ["令和６年度 主要債権の収納状況について", "令和７年度 債権管理の重点取組について", "その他"]
    for i, a in enumerate(agenda, 1):
        para(d, f"（{zen(str(i))}）{a}", indent_mm=8)
    para(d, "", space_after=2)
    para(d, "７　配付資料", space_after=2)
    mats = ["令和６年度 主要債権の収納状況（資料１）", "令和７年度 債権管理重点取組一覧（資料２）", "周南市債権管理条例（参考資料）"]
    for m in mats:
        para(d, "・" + m, indent_mm=8)
    para(d, "", space_after=2)
    para(d, "８　会議の経過", space_after=2)
    para(d, "会長（副市長）の開会挨拶の後、事務局から資料の確認を行い、議題に沿って説明及び意見交換を行った。主な発言は次のとおりである（発言の要旨）。", indent_mm=4, first_mm=4)

    # ---- page 2: statements section 1
    page_break(d)
    st = []
    r = R
    ct, ar, to = r[("市税", "現年")], r[("市税", "滞繰")], r[("市税", "計")]
    outst_oku = round(to[3] / 100000) * 100000  # 千円 -> 億/万 rounding to 1億? use 10万千円? keep 百万円単位
    st_sec1 = "令和６年度 主要債権の収納状況について"
    # 市税 prose: values rounded to 100万円
    mtax_out_man = round(to[3] * 1000 / 1_000_000) * 100  # 万円 rounded to 100万円
    oku, man = divmod(mtax_out_man, 10000)
    mtax_raw = f"約{zen(str(oku))}億{zen(comma(man))}万円"
    s1 = (f"資料１に基づき説明する。市税の令和６年度決算における収納率は、現年課税分{zen(f'{ct[4]:.2f}%')}、"
          f"滞納繰越分{zen(f'{ar[4]:.2f}%')}、合計で{zen(f'{to[4]:.2f}%')}となり、前年度と比べ０．１９ポイント上昇した。"
          f"収入未済額は{mtax_raw}で、前年度から約４，６００万円の縮減となった。滞納繰越分については、預貯金の電子照会を全件に拡大したことにより、差押件数が前年度の１．３倍となった。")
    st.append(("収納課長", st_sec1, s1, 2))
    facts += [F("市税", 2024, "令和６年度", "current", "collection_rate", "actual", ct[4], "percent", zen(f"{ct[4]:.2f}%"), 2),
              F("市税", 2024, "令和６年度", "arrears", "collection_rate", "actual", ar[4], "percent", zen(f"{ar[4]:.2f}%"), 2),
              F("市税", 2024, "令和６年度", "total", "collection_rate", "actual", to[4], "percent", zen(f"{to[4]:.2f}%"), 2),
              F("市税", 2024, "令和６年度", "total", "outstanding", "actual", mtax_out_man * 10000, "yen", mtax_raw, 2, approx=True)]
    kc, ka = r[("国民健康保険料", "現年")], r[("国民健康保険料", "滞繰")]
    s2 = (f"国民健康保険料は、現年度分の収納率が{kc[4]:.2f}％、滞納繰越分が{ka[4]:.2f}％であった。"
          f"被保険者数の減少により調定額は前年度を下回ったが、短期被保険者証の交付時の納付相談を徹底したことで、現年度分の収納率は３年連続で上昇している。")
    st.append(("健康医療部長", st_sec1, s2, 2))
    facts += [F("国民健康保険料", 2024, "令和６年度", "current", "collection_rate", "actual", kc[4], "percent", f"{kc[4]:.2f}％", 2),
              F("国民健康保険料", 2024, "令和６年度", "arrears", "collection_rate", "actual", ka[4], "percent", f"{ka[4]:.2f}％", 2)]
    s3 = "国民健康保険料の滞納繰越分の収納率は、他の強制徴収公債権と比べて低い水準にある。収納課との連携をどのように進めているのか伺いたい。"
    st.append(("会長", st_sec1, s3, 2))
    s4 = ("高額かつ長期の滞納案件は、毎年９月に収納課へ徴収事務を引き継いでおり、令和６年度は４２件を移管した。"
          "引継ぎ後は財産調査から差押えまでを収納課が一括して行い、移管案件の約６割で納付又は分納誓約に結び付いている。")
    st.append(("健康医療部長", st_sec1, s4, 2))
    vc, va = r[("介護保険料", "現年")], r[("介護保険料", "滞繰")]
    vo = r[("介護保険料", "計")][3]
    vo_man = round(vo * 1000 / 10000)
    s5 = (f"介護保険料は、現年度分{vc[4]:.2f}％、滞納繰越分{va[4]:.2f}％であった。収入未済額は{comma(vo_man)}万円であり、"
          "普通徴収の方の口座振替への切替えを窓口で勧奨している。後期高齢者医療保険料についても同様の勧奨を続けている。")
    st.append(("福祉部長", st_sec1, s5, 2))
    facts += [F("介護保険料", 2024, "令和６年度", "current", "collection_rate", "actual", vc[4], "percent", f"{vc[4]:.2f}％", 2),
              F("介護保険料", 2024, "令和６年度", "arrears", "collection_rate", "actual", va[4], "percent", f"{va[4]:.2f}％", 2),
              F("介護保険料", 2024, "令和６年度", "total", "outstanding", "actual", vo_man * 10000, "yen", f"{comma(vo_man)}万円", 2)]

    st_sec2 = "令和７年度 債権管理の重点取組について"
    s6 = ("資料２に基づき説明する。令和７年度は、市税現年課税分の目標収納率を９９．１５％、滞納繰越分を３２．００％とした。"
          "なお、令和７年６月末時点の市税現年課税分の収納率は１８．４６％で、前年同期（令和６年６月末）の１８．０２％を上回っている。"
          "ＳＭＳによる催告を現年度分の未納者全件に拡大するほか、給与照会の電子化を進める。")
    st.append(("収納課長", st_sec2, s6, 3))
    facts += [F("市税", 2025, "令和７年度", "current", "collection_rate", "target", 99.15, "percent", "９９．１５％", 3),
              F("市税", 2025, "令和７年度", "arrears", "collection_rate", "target", 32.00, "percent", "３２．００％", 3),
              F("市税", 2025, "令和７年６月末", "current", "collection_rate", "interim", 18.46, "percent", "１８．４６％", 3, as_of="2025-06-30"),
              F("市税", 2024, "令和６年６月末", "current", "collection_rate", "interim", 18.02, "percent", "１８．０２％", 3, as_of="2024-06-30")]
    s7 = ("保育所保育料の滞納繰越分は件数は少ないものの、卒園後に連絡が取れなくなる世帯が多い。在園中の早い段階での納付相談が効果的と考えており、"
          "今年度から督促状発送の翌月に園を通じた納付案内を行う。")
    st.append(("子ども・家庭部長", st_sec2, s7, 3))
    s8 = ("水道料金は、給水停止予告の発送時期を前倒しした結果、令和６年度の現年度分収納率は９９．６２％となった。引き続き、停水執行の基準を統一して運用する。")
    st.append(("上下水道局長", st_sec2, s8, 3))
    facts.append(F("水道料金", 2024, "令和６年度", "current", "collection_rate", "actual", 99.62, "percent", "９９．６２％", 3))
    s9 = ("各部局とも、現年度分で未納を止めることが最も効果的である。債権ごとの取組の進み具合は第２回会議で改めて報告を求める。"
          "徴収ノウハウを持つ職員の配置についても、人事当局と協議されたい。")
    st.append(("会長", st_sec2, s9, 3))
    st_sec3 = "その他"
    s10 = "次回会議は令和７年１０月に開催し、令和６年度決算を踏まえた債権放棄の状況について報告する予定である。"
    st.append(("財政部次長", st_sec3, s10, 3))

    heads = {st_sec1: "（１）令和６年度 主要債権の収納状況について", st_sec2: "（２）令和７年度 債権管理の重点取組について", st_sec3: "（３）その他"}
    cur = None
    for sp, sec, text, pg in st:
        if sec != cur:
            if cur == st_sec1:
                page_break(d)
            cur = sec
            para(d, heads[sec], bold=True, font="IPAexGothic", space_after=4)
        para(d, f"○{sp}", font="IPAexGothic", indent_mm=4, space_after=1)
        para(d, text, indent_mm=8, first_mm=4, space_after=6)
    para(d, "以上", align="r")

    # ---- page 4: 別表
    page_break(d)
    para(d, "別表　主要債権の収納状況（令和６年度決算）", bold=True, font="IPAexGothic", space_after=2)
    para(d, "（単位：千円、％）", size=8.5, align="r", space_after=2)
    hdr = ["債権名", "区分", "調定額", "収入済額", "不納欠損額", "収入未済額", "収納率"]
    t = d.add_table(rows=1 + len(ROWS), cols=len(hdr))
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, 8.5, True, "c", "IPAexGothic"); shade(t.rows[0].cells[i])
    met = ["assessed", "collected", "written_off", "outstanding", "collection_rate"]
    for k, (debt, s, a, c, w, o, rt) in enumerate(ROWS, 1):
        row = t.rows[k]
        cell_text(row.cells[1], s, 8.5, align="c")
        vals = [a, c, w, o]
        for j, v in enumerate(vals):
            txt = comma(v) if v else "－"
            cell_text(row.cells[2 + j], txt, 8.5, align="r")
            if v:
                facts.append(F(debt, 2024, "令和６年度", SEGMAP[s], met[j], "actual", v * 1000, "yen", comma(v), 4))
        cell_text(row.cells[6], f"{rt:.2f}", 8.5, align="r")
        facts.append(F(debt, 2024, "令和６年度", SEGMAP[s], "collection_rate", "actual", rt, "percent", f"{rt:.2f}", 4))
    # merge debt cells
    for b_i, debt in enumerate(B):
        top = t.rows[1 + b_i * 3].cells[0]
        bot = t.rows[3 + b_i * 3].cells[0]
        m = top.merge(bot)
        cell_text(m, debt, 8.5)
    col_widths(t, [34, 12, 24, 24, 20, 22, 14])
    para(d, "※　収入未済額＝調定額－収入済額－不納欠損額。現年の不納欠損はない（「－」）。", size=8)
    para(d, "※　国民健康保険料は保険料方式。後期高齢者医療保険料は市徴収分。", size=8)

    src = OUT / f"{STEM}.docx"
    OUT.mkdir(exist_ok=True)
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "q_a")

    attendees = [{"role": "会長", "title": "副市長", "name": None}]
    for t_ in ["総務部長", "財政部長", "地域振興部長", "環境生活部長", "健康医療部長", "福祉部長", "子ども・家庭部長", "上下水道局長", "教育部長"]:
        attendees.append({"role": "委員", "title": t_, "name": None})
    for t_ in ["財政部次長", "収納課長", "収納課債権管理担当係長"]:
        attendees.append({"role": "事務局", "title": t_, "name": None})
    minutes = {"title": TITLE, "meeting_number": 1, "date": "2025-07-08", "method": "対面及びオンライン併用",
               "attendees": attendees, "agenda": agenda, "materials": mats,
               "statements": [{"speaker": sp, "section": sec, "text": tx, "page": pg} for sp, sec, tx, pg in st]}
    document = {"kind": "minutes", "municipality": CITY, "title": TITLE, "date": "2025-07-08", "date_raw": "令和７年７月８日（火）"}
    return write_gold(STEM, document, facts, [], minutes)


if __name__ == "__main__":
    print(build())
