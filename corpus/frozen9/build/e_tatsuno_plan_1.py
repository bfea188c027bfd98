"""たつの市 債権管理計画（債権別管理シート） — python-docx → LibreOffice."""
from docx.enum.text import WD_BREAK
from docx.shared import Mm
from e_common import F, I, OUT, PDF, to_pdf, write_gold, zen
from e_docx_util import box, cell_text, footer_page, header_text, new_doc, para, repeat_header, shade

STEM = "e_tatsuno_plan_1"
CITY = "たつの市"
TITLE = "たつの市債権管理計画（令和７年度～令和11年度）"
YEARS = [("令和元年度", 2019), ("２年度", 2020), ("３年度", 2021), ("４年度", 2022), ("５年度", 2023), ("６年度（見込）", 2024)]
TY = [("令和７年度", 2025), ("８年度", 2026), ("９年度", 2027), ("10年度", 2028), ("11年度", 2029)]

DEBTS = [
    dict(name="市税", ka="税務課", kubun="強制徴収公債権", gaiyo="地方税法及びたつの市税条例に基づき賦課する市民税、固定資産税、軽自動車税等。時効期間：５年",
         cur=[(8412350, 98.62), (8255120, 98.71), (8390440, 98.90), (8511830, 99.02), (8604125, 99.11), (8650000, 99.15)],
         arr=[(402118, 22.41), (371560, 24.05), (338212, 25.80), (301447, 27.12), (270915, 28.44), (250000, 29.00)],
         wo=[21480, 19875, 17204, 15932, 14118], dl=[1822, 1740, 1655, 1583, 1490],
         tc=[99.20, 99.22, 99.25, 99.27, 99.30], ta=[29.50, 30.00, 30.50, 31.00, 31.50], tout=[255000, 243000, 232000, 222000, 212000],
         items=[("(1)", "滞納の未然防止", [("①", "口座振替・スマートフォン決済の利用を納税通知書の案内で勧める。", "継続"),
                                          ("②", "納期限後２０日以内に督促状を送付し、１か月後に催告書を送付する。", "継続")]),
                ("(2)", "滞納整理の強化", [("①", "滞納繰越分は年度前半に財産調査を終え、差押えを優先して行う。", "拡充"),
                                         ("②", "兵庫県と共同で個人住民税の直接徴収を行う。", "継続")])]),
    dict(name="国民健康保険税", ka="税務課・国保医療年金課", kubun="強制徴収公債権", gaiyo="地方税法に基づき国民健康保険の被保険者の属する世帯の世帯主に課する目的税。時効期間：５年",
         cur=[(1623440, 94.12), (1588210, 94.55), (1540380, 95.03), (1496275, 95.38), (1452930, 95.70), (1420000, 95.90)],
         arr=[(318420, 17.25), (301880, 18.46), (282115, 19.73), (262540, 20.88), (244318, 21.95), (230000, 22.50)],
         wo=[28815, 26447, 23190, 21206, 19558], dl=[1344, 1296, 1228, 1175, 1102],
         tc=[96.00, 96.10, 96.20, 96.30, 96.40], ta=[23.00, 23.50, 24.00, 24.50, 25.00], tout=[228000, 218000, 209000, 200000, 191000],
         items=[("(1)", "滞納の未然防止", [("①", "資格取得の届出時に口座振替の手続を案内する。", "継続")]),
                ("(2)", "滞納整理の強化", [("①", "短期被保険者証の交付時に納付相談を行い、分納の履行を管理する。", "継続"),
                                         ("②", "納付に応じない世帯には給与・預金の差押えを行う。", "継続"),
                                         ("③", "コールセンターによる電話催告を夜間・休日にも行う。", "新規")])]),
    dict(name="後期高齢者医療保険料", ka="国保医療年金課", kubun="強制徴収公債権", gaiyo="高齢者の医療の確保に関する法律に基づき、兵庫県後期高齢者医療広域連合が賦課し、市が徴収する保険料。時効期間：２年",
         cur=[(981230, 99.32), (1002815, 99.35), (1021440, 99.38), (1068520, 99.41), (1110240, 99.45), (1150000, 99.46)],
         arr=[(9815, 38.40), (9210, 40.12), (8604, 41.55), (8010, 43.02), (7322, 44.20), (7000, 45.00)],
         wo=[1102, 988, 915, 840, 761], dl=[186, 172, 165, 151, 140],
         tc=[99.47, 99.48, 99.49, 99.50, 99.50], ta=[45.50, 46.00, 46.50, 47.00, 47.50], tout=[9600, 9400, 9200, 9000, 8800],
         items=[("(1)", "滞納の未然防止", [("①", "普通徴収の被保険者に口座振替を勧める。", "継続")]),
                ("(2)", "滞納整理の強化", [("①", "年金からの特別徴収に切り替わるまでの未納者に早期に電話で催告する。", "継続")])]),
    dict(name="市営住宅使用料", ka="都市計画課", kubun="私債権", gaiyo="たつの市営住宅条例に基づく家賃及び駐車場使用料。時効期間：５年（民法）",
         cur=[(215330, 96.05), (212880, 96.22), (210415, 96.48), (207960, 96.70), (205110, 96.91), (203000, 97.00)],
         arr=[(48220, 9.85), (46915, 10.42), (45010, 11.08), (43288, 11.75), (41020, 12.40), (39000, 13.00)],
         wo=[2210, 1980, 2405, 2115, 1870], dl=[96, 91, 88, 83, 79],
         tc=[97.10, 97.20, 97.30, 97.40, 97.50], ta=[13.50, 14.00, 14.50, 15.00, 15.50], tout=[40500, 39000, 37500, 36000, 34500],
         items=[("(1)", "滞納の未然防止", [("①", "入居時に口座振替の利用を条件とし、連帯保証人の確認を徹底する。", "継続")]),
                ("(2)", "滞納整理の強化", [("①", "滞納が６か月を超えた入居者には明渡請求を予告する。", "継続"),
                                         ("②", "退去者の滞納分は債権回収会社への委託を行う。", "新規")])]),
]


def main():
    facts, inits = [], []
    d = new_doc("IPAex明朝", 10)
    header_text(d, "たつの市債権管理計画")
    footer_page(d, "", "")
    para(d, TITLE, bold=True, size=15, align="c", space_after=6)
    para(d, "令和７年３月　たつの市", align="c", space_after=10)
    para(d, "第１章　計画の趣旨", bold=True, size=11)
    para(d, "　本市では、平成２９年度に債権管理条例を制定し、全庁的な債権管理に取り組んできた。令和５年度決算における"
            "全会計の収入未済額は約９億４，２００万円、不納欠損額は約３，１００万円であり、いずれも５年前と比べて減少"
            "しているものの、市税及び国民健康保険税が収入未済額の大半を占めている。")
    facts += [F(None, 2023, "total", "outstanding", "actual", 942000000, "yen", "約９億４，２００万円", approx=True, fy_raw="令和５年度"),
              F(None, 2023, "total", "written_off", "actual", 31000000, "yen", "約３，１００万円", approx=True, fy_raw="令和５年度")]
    para(d, "　本計画は、主要な４債権について債権別管理シートを作成し、令和７年度から令和11年度までの５年間の目標と"
            "取組を定めるものである。")
    para(d, "第２章　計画期間", bold=True, size=11)
    para(d, "　令和７年度（2025年度）から令和11年度（2029年度）までの５年間とする。")
    para(d, "第３章　対象債権", bold=True, size=11)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "債権名", "所管課"]):
        cell_text(c, h, bold=True, align="c"); shade(c)
    for i, db in enumerate(DEBTS, 1):
        r = t.add_row().cells
        cell_text(r[0], str(i), align="c"); cell_text(r[1], db["name"]); cell_text(r[2], db["ka"])
    para(d, "第４章　債権別管理シート", bold=True, size=11)
    para(d, "　次ページ以降のとおり。金額は千円未満を切り捨てて表示しているため、合計が一致しない場合がある。", size=9)

    for db in DEBTS:
        n = db["name"]
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        box(d, [f"債権名　{n}"], size=12)
        para(d, f"所管課：{db['ka']}　　債権区分：{db['kubun']}", size=9)
        para(d, "１　債権の概要", bold=True)
        para(d, db["gaiyo"], indent_mm=4)
        para(d, "２　収納状況の推移", bold=True)
        para(d, "（単位：千円）", align="r", size=8)
        t = d.add_table(rows=2, cols=7); t.style = "Table Grid"
        h0 = t.rows[0].cells
        cell_text(h0[0], "年度", bold=True, align="c", size=8)
        cell_text(h0[1], "現年度分", bold=True, align="c", size=8); h0[1].merge(h0[3])
        cell_text(h0[4], "過年度分", bold=True, align="c", size=8); h0[4].merge(h0[6])
        t.rows[0].cells[0].merge(t.rows[1].cells[0])
        for i, h in enumerate(["調定額", "収入済額", "収納率"] * 2, 1):
            cell_text(t.rows[1].cells[i], h, bold=True, align="c", size=8)
        for row in t.rows[:2]:
            for c in row.cells:
                shade(c)
        repeat_header(t.rows[0]); repeat_header(t.rows[1])
        colls = []
        for (ylab, fy), (ca, cr), (aa, ar) in zip(YEARS, db["cur"], db["arr"]):
            basis = "estimate" if "見込" in ylab else "actual"
            cc = round(ca * cr / 100); ac = round(aa * ar / 100)
            pcr = f"{cc / ca * 100:.2f}%"; par_ = f"{ac / aa * 100:.2f}%"
            colls.append((ca, cc, aa, ac))
            r = t.add_row().cells
            for c, v in zip(r, [ylab, f"{ca:,}", f"{cc:,}", pcr, f"{aa:,}", f"{ac:,}", par_]):
                cell_text(c, v, size=8, align=None if v == ylab else "r")
            for seg, a, c_, p in (("current", ca, cc, pcr), ("arrears", aa, ac, par_)):
                facts += [F(n, fy, seg, "assessed", basis, a * 1000, "yen", f"{a:,}", fy_raw=ylab),
                          F(n, fy, seg, "collected", basis, c_ * 1000, "yen", f"{c_:,}", fy_raw=ylab),
                          F(n, fy, seg, "collection_rate", basis, float(p[:-1]), "percent", p, fy_raw=ylab)]
        para(d, "※６年度（見込）は令和７年１月末の実績を基に推計した。", size=8)
        para(d, "（不納欠損額・収入未済額・滞納者数）", size=9)
        t = d.add_table(rows=4, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["区分", "R1", "R2", "R3", "R4", "R5"]):
            cell_text(t.rows[0].cells[i], h, bold=True, align="c", size=8); shade(t.rows[0].cells[i])
        labs = ["不納欠損額（千円）", "収入未済額（千円）", "滞納者数（人）"]
        for k, lab in enumerate(labs, 1):
            cell_text(t.rows[k].cells[0], lab, size=8)
        for j in range(5):
            fy = 2019 + j
            ca, cc, aa, ac = colls[j]
            wo = db["wo"][j]
            out = ca + aa - cc - ac - wo
            for k, (v, met, unit) in enumerate(((wo, "written_off", "yen"), (out, "outstanding", "yen"),
                                                (db["dl"][j], "delinquents", "persons")), 1):
                cell_text(t.rows[k].cells[j + 1], f"{v:,}", size=8, align="r")
        # facts in row-major order as printed
        for k, met in enumerate(("written_off", "outstanding", "delinquents")):
            for j in range(5):
                ca, cc, aa, ac = colls[j]
                wo = db["wo"][j]
                v = [wo, ca + aa - cc - ac - wo, db["dl"][j]][k]
                val = v if met == "delinquents" else v * 1000
                facts.append(F(n, 2019 + j, "total", met, "actual", val, "persons" if met == "delinquents" else "yen",
                               f"{v:,}", fy_raw=f"R{j + 1}"))
        para(d, "３　目標", bold=True)
        t = d.add_table(rows=4, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["目標項目"] + [y for y, _ in TY]):
            cell_text(t.rows[0].cells[i], h, bold=True, align="c", size=8); shade(t.rows[0].cells[i])
        rows = [("現年度分収納率（％）", db["tc"], "current", "collection_rate"),
                ("過年度分収納率（％）", db["ta"], "arrears", "collection_rate"),
                ("収入未済額（千円）", db["tout"], "total", "outstanding")]
        for k, (lab, vals, seg, met) in enumerate(rows, 1):
            cell_text(t.rows[k].cells[0], lab, size=8)
            for j, v in enumerate(vals):
                s = f"{v:.2f}" if met == "collection_rate" else f"{v:,}"
                cell_text(t.rows[k].cells[j + 1], s, size=8, align="r")
                facts.append(F(n, TY[j][1], seg, met, "target", v if met == "collection_rate" else v * 1000,
                               "percent" if met == "collection_rate" else "yen", s, fy_raw=TY[j][0]))
        para(d, "４　取組内容", bold=True)
        for lab1, head, its in db["items"]:
            para(d, f"{zen(lab1)}　{head}", indent_mm=2)
            for lab2, text, st in its:
                p = para(d, f"{lab2}　{text}", indent_mm=6, space_after=0)
                if len(text) > 30:
                    para(d, f"【{st}】", align="r", space_after=2)
                else:
                    p.add_run(f"【{st}】")
                inits.append(I(n, 2025, "取組内容", f"{lab1}{lab2}", text, st))
    src = OUT / f"{STEM}.docx"
    d.save(src)
    to_pdf(src, PDF / f"{STEM}.pdf", "e9d")
    write_gold(STEM, {"kind": "plan", "municipality": CITY, "title": TITLE, "date": "2025-03-01",
                      "date_raw": "令和７年３月"}, facts, inits)


if __name__ == "__main__":
    main()
