"""若葉台市債権管理重点プラン（令和7～8年度） — python-docx → LibreOffice."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from p_common import Gold, OUT, ROOT, c, to_pdf
from p_docx_util import new_doc, para, page_break, footer_pageno, header_text, set_cell, shade

STEM = "p_wakabadai_plan_1"
g = Gold(STEM, "plan", "若葉台市", "若葉台市債権管理重点プラン（令和7～8年度）", "2025-03-01", "令和7年3月")

# 会計 -> [(款, [(債権名, 円, [(うち名, 円)])])]
ACC = [
    ("一般会計", [("市税", [("市民税", 1204556112, [("うち　個人市民税", 1088201540)]),
                          ("固定資産税", 498330210, []), ("軽自動車税（種別割）", 21087400, [])]),
              ("使用料及び手数料", [("市営住宅使用料", 34169220, []), ("保育料", 61874500, [])]),
              ("諸収入", [("生活保護費返還金", 402118335, []), ("母子父子寡婦福祉資金貸付金", 38452100, []),
                        ("奨学金貸付金返還金", 25661000, [])])]),
    ("国民健康保険事業特別会計", [("保険料", [("国民健康保険料", 976420880, [])])]),
    ("後期高齢者医療特別会計", [("保険料", [("後期高齢者医療保険料", 41230560, [])])]),
    ("介護保険事業特別会計", [("保険料", [("介護保険料", 188714300, [])])]),
    ("下水道事業会計", [("営業収益", [("下水道使用料", 48210115, [])])]),
]
PAST = {"一般会計": (2712330, 2498771), "国民健康保険事業特別会計": (1210554, 1088402),
        "後期高齢者医療特別会計": (50112, 45330), "介護保険事業特別会計": (221876, 205410), "下水道事業会計": (60221, 53874)}
# transposed target table: debt -> (cur R4, cur R5, tgt R7, tgt R8, arr R4, arr R5, tgt R7, tgt R8)
TG = {"市民税": (98.85, 98.92, "99.00", "99.10", 30.12, 31.47, "32.50", "33.50"),
      "国民健康保険料": (93.40, 93.96, "94.50", "95.00", 21.08, 22.35, "23.50", "24.50"),
      "介護保険料": (98.71, 98.80, "98.90", "99.00", 15.60, 17.02, "18.00", "19.00"),
      "保育料": (97.95, 98.12, "98.30", "98.50", 18.44, 19.90, "21.00", "22.00")}
TORI = {"市民税": [("ア", "特別徴収の一斉指定を徹底し、普通徴収からの切替えを進める。", "継続"),
                 ("イ", "滞納額30万円以上の案件を特別滞納整理担当に移管し、処分を早期化する。", "拡充"),
                 ("ウ", "電子申告データを活用して給与照会を効率化する。", "新規")],
        "国民健康保険料": [("ア", "納期限後の早期催告をコールセンターに委託し、接触率を高める。", "継続"),
                    ("イ", "資格喪失者への未納通知を喪失届受理時に交付する。", "新規")],
        "保育料": [("ア", "児童手当からの特別徴収の申出を入所時に勧奨する。", "継続"),
                ("イ", "退所者の未納分について、弁護士による催告を実施する。", "拡充")]}


def tbl_borders(t, outer="single", insideH="single", insideV="single", left="single", right="single"):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, val in (("top", outer), ("left", left), ("bottom", outer), ("right", right), ("insideH", insideH),
                      ("insideV", insideV)):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val); e.set(qn("w:sz"), "6" if val != "nil" else "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def oku_man(yen):
    oku = yen // 100000000
    man = round((yen % 100000000) / 10000, -2)
    return oku, int(man)


def build():
    d = new_doc(size=10.5, margins=22)
    header_text(d, "若葉台市債権管理重点プラン（令和７～８年度）")
    footer_pageno(d, "", "")
    para(d, "若葉台市債権管理重点プラン", size=18, bold=True, align="center", space_after=2)
    para(d, "（令和７～８年度）", size=13, align="center", space_after=10)
    # compute
    acc_tot = {}
    for acc, kans in ACC:
        acc_tot[acc] = sum(v for _, ds in kans for _, v, _ in ds)
    total = sum(acc_tot.values())
    tot_k = {a: round(v / 1000) for a, v in acc_tot.items()}
    sum_r5 = sum(tot_k.values())
    sum_r4 = sum(PAST[a][1] for a in PAST)
    sum_r3 = sum(PAST[a][0] for a in PAST)
    oku, man = oku_man(total)
    txt = f"約{oku}億{man:,}万円"
    dr = (sum_r4 - sum_r5) * 1000
    oku2, man2 = oku_man(dr)
    txt2 = f"約{oku2}億{man2:,}万円" if oku2 else f"約{man2:,}万円"
    para(d, "１　プラン策定の趣旨", bold=True, size=11.5)
    para(d, "　本市では、市税をはじめとする各種債権に多額の収入未済がある状況を踏まえ、令和５～６年度を期間とする前プランにより、"
            "収納率の向上と収入未済額の縮減に取り組んできた。", space_after=3)
    para(d, f"　令和５年度（２０２３年度）決算における市の全債権の収入未済額は{txt}となり、前年度から{txt2}の縮減となった。"
            "しかしながら、国民健康保険料や生活保護費返還金など、依然として収入未済額が大きい債権があることから、"
            "引き続き計画的な債権管理を進めるため、本プランを策定する。", space_after=6)
    g.f(None, 2023, "令和５年度（２０２３年度）", "total", "outstanding", "actual", oku * 100000000 + man * 10000, "yen", txt,
        1, approx=True, debt_raw="市の全債権")
    para(d, "２　市の債権の状況", bold=True, size=11.5)
    para(d, "（１）会計別の収入未済額の推移", size=10.5)
    para(d, "（単位：千円）", size=8.5, align="right", space_after=0)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["会計名称", "令和３年度\n(2021年度)", "令和４年度\n(2022年度)", "令和５年度\n(2023年度)", "前年度比"]
    for k, h in enumerate(hdr):
        set_cell(t.rows[0].cells[k], h, size=8.5, align="center"); shade(t.rows[0].cells[k])
    rows = [("合計", sum_r3, sum_r4, sum_r5)] + [(a, PAST[a][0], PAST[a][1], tot_k[a]) for a in PAST]
    for lab, v3, v4, v5 in rows:
        r = t.add_row().cells
        set_cell(r[0], lab, size=8.5)
        for k, v in enumerate((v3, v4, v5, v5 - v4)):
            set_cell(r[1 + k], c(v), size=8.5, align="right")
        if lab == "合計":
            for cl in r:
                shade(cl, "F2F2F2")
        for fy, v in ((2021, v3), (2022, v4), (2023, v5)):
            g.f(None, fy, f"令和{fy - 2018}年度", "total", "outstanding", "actual", v * 1000, "yen", c(v), 1, debt_raw=lab)
    para(d, "※各年度の決算額。下水道事業会計は未収金（下水道使用料分）の額。", size=8)
    para(d, "")
    para(d, "（２）令和５年度（２０２３年度）債権別収入未済額の内訳", size=10.5)
    para(d, "　令和５年度決算における債権別の収入未済額は次のとおりである。一般会計では市民税と生活保護費返還金が大きく、"
            "特別会計では国民健康保険料が全体の約４分の１を占めている。", space_after=3)
    para(d, "（単位：円）", size=8.5, align="right", space_after=0)
    t = d.add_table(rows=1, cols=4)
    tbl_borders(t, outer="single", insideH="single", insideV="nil", left="nil", right="nil")
    for k, h in enumerate(["会計名称", "款名称等", "債権名", "収入未済額"]):
        set_cell(t.rows[0].cells[k], h, size=8.5, align="center"); shade(t.rows[0].cells[k])
    for acc, kans in ACC:
        first = None
        for kan, ds in kans:
            kfirst = None
            for name, v, subs in ds:
                r = t.add_row()
                set_cell(r.cells[2], name, size=8.5)
                set_cell(r.cells[3], c(v), size=8.5, align="right")
                g.f(name, 2023, "令和５年度", "total", "outstanding", "actual", v, "yen", c(v), anchor=[name])
                if first is None:
                    first = r; set_cell(r.cells[0], acc, size=8.5)
                if kfirst is None:
                    kfirst = r; set_cell(r.cells[1], kan, size=8.5)
                last, klast = r, r
                for sname, sv in subs:
                    r = t.add_row()
                    set_cell(r.cells[2], "　" + sname, size=8)
                    set_cell(r.cells[3], "(" + c(sv) + ")", size=8, align="right")
                    dn = sname.replace("うち", "").strip("　 ")
                    g.f(dn, 2023, "令和５年度", "total", "outstanding", "actual", sv, "yen", c(sv), anchor=[dn],
                        debt_raw=dn)
                    last, klast = r, r
            if kfirst is not klast:
                kfirst.cells[1].merge(klast.cells[1])
                set_cell(kfirst.cells[1], kan, size=8.5)
        r = t.add_row()
        set_cell(r.cells[2], "小計", size=8.5, align="center")
        set_cell(r.cells[3], c(acc_tot[acc]), size=8.5, align="right")
        g.f(None, 2023, "令和５年度", "total", "outstanding", "actual", acc_tot[acc], "yen", c(acc_tot[acc]),
            debt_raw=f"小計（{acc}）", anchor=[c(acc_tot[acc])])
        first.cells[0].merge(r.cells[0])
        set_cell(first.cells[0], acc, size=8.5)
    r = t.add_row()
    m = r.cells[0].merge(r.cells[2])
    set_cell(m, "合　計", size=8.5, align="center")
    set_cell(r.cells[3], c(total), size=8.5, align="right")
    g.f(None, 2023, "令和５年度", "total", "outstanding", "actual", total, "yen", c(total), debt_raw="合計")
    for row in t.rows:
        for k, w in enumerate((38, 30, 62, 36)):
            row.cells[k].width = Mm(w)
    para(d, "※（　）内は市民税の内訳（個人市民税分）であり、合計には含まない。", size=8)
    para(d, "")
    para(d, "３　主な債権の収納率の目標", bold=True, size=11.5)
    para(d, "（単位：％）", size=8.5, align="right", space_after=0)
    debts = list(TG)
    t = d.add_table(rows=1, cols=2 + len(debts))
    t.style = "Table Grid"
    m = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    set_cell(m, "区分", size=8.5, align="center"); shade(m)
    for k, dn in enumerate(debts):
        set_cell(t.rows[0].cells[2 + k], dn, size=8.5, align="center"); shade(t.rows[0].cells[2 + k])
    for seg, segj, off in (("current", "現年分", 0), ("arrears", "滞納繰越分", 4)):
        rws = []
        for lab in ("令和５年度実績", "令和７年度目標", "令和８年度目標"):
            r = t.add_row(); rws.append(r)
            set_cell(r.cells[1], lab, size=8.5)
        mm = rws[0].cells[0].merge(rws[-1].cells[0])
        set_cell(mm, segj, size=8.5, align="center")
        for k, dn in enumerate(debts):
            v = TG[dn]
            prev, act, t7, t8 = v[off], v[off + 1], v[off + 2], v[off + 3]
            set_cell(rws[0].cells[2 + k], f"{act:.2f}\n（前年度 {prev:.2f}）", size=8.5, align="right")
            set_cell(rws[1].cells[2 + k], t7, size=8.5, align="right")
            set_cell(rws[2].cells[2 + k], t8, size=8.5, align="right")
            anc = None
            g.f(dn, 2023, "令和５年度実績", seg, "collection_rate", "actual", act, "percent", f"{act:.2f}", anchor=anc)
            g.f(dn, 2022, "前年度", seg, "collection_rate", "actual", prev, "percent", f"{prev:.2f}", anchor=anc)
            g.f(dn, 2025, "令和７年度目標", seg, "collection_rate", "target", float(t7), "percent", t7, anchor=anc)
            g.f(dn, 2026, "令和８年度目標", seg, "collection_rate", "target", float(t8), "percent", t8, anchor=anc)
    para(d, "")
    para(d, "４　債権ごとの取組み", bold=True, size=11.5)
    for k, (dn, items) in enumerate(TORI.items()):
        para(d, f"（{k + 1}）{dn}", size=10.5, bold=True)
        for lab, text, stt in items:
            para(d, f"{lab}　{text}【{stt}】", indent_mm=5, space_after=2)
            g.i(dn, 2025, "債権ごとの取組み", lab, text, stt)
    docx = OUT / f"{STEM}.docx"
    OUT.mkdir(parents=True, exist_ok=True)
    d.save(docx)
    pdf = to_pdf(docx, ROOT / "pdf" / f"{STEM}.pdf", "p27e")
    return g.finish(pdf)


if __name__ == "__main__":
    sys.exit(0 if build() else 1)
