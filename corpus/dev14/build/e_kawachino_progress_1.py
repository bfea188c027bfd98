"""かわち野市 令和５年度 債権回収・整理計画（中間報告） — openpyxl → LibreOffice (landscape sheets)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from e_common import OUT, PDF, check, fact, initiative, write_gold  # noqa: E402

STEM = "e_kawachino_progress_1"
CITY = "かわち野市"
AS_OF = "2023-12-31"
AS_OF_PREV = "2022-12-31"

# 総括表: 12月末徴収率 (現年 R5, 現年 R4同期, 滞繰 R5, 滞繰 R4同期)  — sheet debts are filled from amounts below
SUMMARY = [
    ("市税", 79.84, 79.52, 27.65, 26.90),
    ("国民健康保険料", None, None, None, None),
    ("介護保険料", None, None, None, None),
    ("後期高齢者医療保険料", 82.41, 82.66, 41.08, 38.77),
    ("保育所保育料", None, None, None, None),
    ("市営住宅使用料", None, None, None, None),
    ("下水道使用料", 78.93, 78.70, 35.12, 36.40),
]

# per-debt sheets: 12月末 amounts in 千円: (current assessed, current collected, arrears assessed, arrears collected)
SHEETS = [
    dict(name="国民健康保険料", dept="保険年金課", kind="強制徴収公債権",
         amt=(6_284_517, 4_153_930, 1_873_402, 352_166),
         prev=(66.24, 17.95), est=(93.10, 22.40), tgt=(93.50, 24.00), last=(92.86, 21.73),
         title="後半の主な取組", style="numbered",
         items=[("(1)", "財産調査の結果、差押可能な財産が判明した世帯には差押予告書を速やかに送付し、納付がない場合は滞納処分を執行する。", "継続", False),
                ("(2)", "資格を喪失した世帯の未納分について、喪失届の受付時に納付相談を行い、分割納付の約束を取り付ける。", "継続", True),
                ("(3)", "納付書裏面に二次元コードを印字し、スマートフォン決済による納付を案内する。", "新規", True),
                ("(4)", "夜間及び休日の電話催告を１月から３月まで月２回に増やし、現年度分の早期納付を促す。", "拡充", False)],
         leap=((86.45, 86.02), (21.30, 20.44))),
    dict(name="介護保険料", dept="介護保険課", kind="強制徴収公債権",
         amt=(3_418_206, 2_712_599, 214_880, 37_931),
         prev=(79.02, 16.85), est=(98.60, 19.50), tgt=(98.70, 20.00), last=(98.52, 18.96),
         title="今後の対応", style="box",
         items=[("・", "普通徴収となった第１号被保険者へ口座振替依頼書を個別に送付する。", "継続", False),
                ("・", "給付制限の対象となる滞納者に対し、制度の説明と併せて納付相談を行う。", "継続", False),
                ("・", "時効が近づいた滞納繰越分について、預貯金調査を優先して実施する。", None, False)],
         leap=None),
    dict(name="保育所保育料", dept="こども保育課", kind="強制徴収公債権",
         amt=(412_635, 331_342, 58_214, 9_903),
         prev=(80.11, 15.74), est=(98.90, 21.00), tgt=(99.00, 22.00), last=(98.84, 20.17),
         title="後半の主な取組", style="letters",
         items=[("ア", "児童手当からの申出徴収を継続し、未納の累積を防ぐ。", "継続", False),
                ("イ", "退園した世帯について、退園時に未納額を通知し、分納誓約を求める。", "継続", False),
                ("ウ", "高額滞納世帯を税務部門へ引き継ぎ、一元的に滞納整理を行う。", "新規", True)],
         leap=None),
    dict(name="市営住宅使用料", dept="住宅政策課", kind="私債権",
         amt=(1_126_480, 868_531, 187_655, 21_508),
         prev=(76.88, 10.96), est=(97.20, 13.80), tgt=(97.50, 15.00), last=(97.04, 12.66),
         title="後半の主な取組", style="cell",
         items=[("①", "３か月以上滞納した入居者に対し、連帯保証人への通知と併せて明渡し予告を行う。", "継続", False),
                ("②", "退去者の滞納分について、支払督促の申立てを年度内に１０件以上行う。", "拡充", False),
                ("③", "収入が減少した入居者に家賃減免制度を案内し、新たな滞納の発生を抑える。", None, False)],
         leap=None),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = Font(name="IPAexGothic", size=10)
FB = Font(name="IPAexGothic", size=12, bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center")


def rate(c, a):
    return round(c / a * 100 + 1e-9, 2)


def cell(ws, r, c, v, *, fmt=None, align=CENTER, border=True, font=F):
    x = ws.cell(row=r, column=c, value=v)
    x.font = font
    x.alignment = align
    if border:
        x.border = BOX
    if fmt:
        x.number_format = fmt
    return x


def merge(ws, r1, c1, r2, c2, v, **kw):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell(ws, r, c, None, border=kw.get("border", True))
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    return cell(ws, r1, c1, v, **kw)


def setup(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.right.text = "令和５年度 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "- &P -"
    ws.oddFooter.right.text = "かわち野市 総務部 債権管理課"
    ws.oddFooter.right.size = 8


def build():
    facts, inits = [], []
    rates = {}
    for s in SHEETS:
        ca, cc, aa, ac = s["amt"]
        rates[s["name"]] = (rate(cc, ca), s["prev"][0], rate(ac, aa), s["prev"][1])
    wb = Workbook()
    ws = wb.active
    ws.title = "総括"
    setup(ws, [24, 13, 13, 11, 13, 13, 11])
    merge(ws, 1, 1, 1, 7, "令和５年度　債権回収・整理計画（中間報告）", font=Font(name="IPAexGothic", size=16, bold=True), border=False)
    merge(ws, 2, 1, 2, 7, "令和６年３月　かわち野市", align=RIGHT, border=False)
    merge(ws, 4, 1, 4, 7, "　本計画は、かわち野市債権管理条例に基づき、主要な債権について年度ごとの徴収目標と取組を定めるものです。"
          "上半期を経過した令和５年12月末現在の徴収状況と、年度後半の取組をお知らせします。", align=LEFT, border=False)
    ws.row_dimensions[4].height = 36
    merge(ws, 6, 1, 6, 5, "１　主要債権の徴収率（12月末現在）", align=LEFT, border=False, font=FB)
    merge(ws, 6, 6, 6, 7, "（単位：％、ポイント）", align=RIGHT, border=False)
    merge(ws, 7, 1, 8, 1, "債権名")
    merge(ws, 7, 2, 7, 4, "現年度分")
    merge(ws, 7, 5, 7, 7, "滞納繰越分")
    for c, h in zip(range(2, 8), ["R5.12末", "R4.12末", "増減", "R5.12末", "R4.12末", "増減"]):
        cell(ws, 8, c, h)
    r = 9
    for name, *vals in SUMMARY:
        if name in rates:
            vals = list(rates[name])
        c5, c4, a5, a4 = vals
        cell(ws, r, 1, name, align=LEFT)
        cell(ws, r, 2, c5, fmt="0.00", align=RIGHT)
        cell(ws, r, 3, c4, fmt="0.00", align=RIGHT)
        cell(ws, r, 4, round(c5 - c4, 2), fmt='0.00;"△"0.00', align=RIGHT)
        cell(ws, r, 5, a5, fmt="0.00", align=RIGHT)
        cell(ws, r, 6, a4, fmt="0.00", align=RIGHT)
        cell(ws, r, 7, round(a5 - a4, 2), fmt='0.00;"△"0.00', align=RIGHT)
        for seg, v, fy, raw_fy, asof in (("current", c5, 2023, "R5.12末", AS_OF), ("current", c4, 2022, "R4.12末", AS_OF_PREV),
                                         ("arrears", a5, 2023, "R5.12末", AS_OF), ("arrears", a4, 2022, "R4.12末", AS_OF_PREV)):
            facts.append(fact(name, fy, raw_fy, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}", 1, as_of=asof))
        r += 1
    merge(ws, r, 1, r, 7, "※ 徴収率＝収入済額÷調定額。12月末の数値は出納整理期間を含まない速報値である。", align=LEFT, border=False)
    r += 2
    merge(ws, r, 1, r, 7, "２　各債権の状況（次ページ以降）", align=LEFT, border=False, font=FB)
    r += 1
    for i, s in enumerate(SHEETS, 1):
        merge(ws, r, 1, r, 7, f"（{i}）{s['name']}　……　{s['dept']}", align=LEFT, border=False)
        r += 1
    ws.print_area = f"A1:G{r}"

    for pno, s in enumerate(SHEETS, start=2):
        name = s["name"]
        ws = wb.create_sheet(name)
        setup(ws, [16, 14, 14, 14, 14, 14, 16])
        merge(ws, 1, 1, 1, 7, "令和５年度　後半の取組について", font=FB, border=False, align=LEFT)
        cell(ws, 3, 1, "債権名")
        merge(ws, 3, 2, 3, 3, name, align=LEFT)
        cell(ws, 3, 4, "所管課")
        cell(ws, 3, 5, s["dept"], align=LEFT)
        cell(ws, 3, 6, "債権区分")
        cell(ws, 3, 7, s["kind"], align=LEFT)
        merge(ws, 5, 1, 5, 5, "１　徴収率の状況", align=LEFT, border=False, font=FB)
        merge(ws, 5, 6, 5, 7, "単位：％", align=RIGHT, border=False)
        merge(ws, 6, 1, 7, 1, "区分")
        merge(ws, 6, 2, 6, 3, "12月末徴収率")
        merge(ws, 6, 4, 6, 5, "令和５年度")
        merge(ws, 6, 6, 7, 6, "（参考）\n令和４年度決算")
        merge(ws, 6, 7, 7, 7, "備考")
        for c, h in zip(range(2, 6), ["令和５年度", "前年同期", "決算見込", "目標"]):
            cell(ws, 7, c, h)
        ws.row_dimensions[6].height = 30
        ca, cc, aa, ac = s["amt"]
        rows = [("現年度分", "current", rate(cc, ca), s["prev"][0], s["est"][0], s["tgt"][0], s["last"][0]),
                ("滞納繰越分", "arrears", rate(ac, aa), s["prev"][1], s["est"][1], s["tgt"][1], s["last"][1])]
        r = 8
        for lab, seg, now, prev, est, tgt, last in rows:
            cell(ws, r, 1, lab)
            for c, v in zip(range(2, 7), (now, prev, est, tgt, last)):
                cell(ws, r, c, v, fmt="0.00", align=RIGHT)
            cell(ws, r, 7, "")
            facts += [fact(name, 2023, "令和５年度", seg, "collection_rate", "interim", now, "percent", f"{now:.2f}", pno, as_of=AS_OF),
                      fact(name, 2022, "前年同期", seg, "collection_rate", "interim", prev, "percent", f"{prev:.2f}", pno, as_of=AS_OF_PREV),
                      fact(name, 2023, "令和５年度", seg, "collection_rate", "estimate", est, "percent", f"{est:.2f}", pno),
                      fact(name, 2023, "令和５年度", seg, "collection_rate", "target", tgt, "percent", f"{tgt:.2f}", pno),
                      fact(name, 2022, "令和４年度決算", seg, "collection_rate", "actual", last, "percent", f"{last:.2f}", pno)]
            r += 1
        r += 1
        merge(ws, r, 1, r, 5, "２　調定額及び収入済額（令和５年12月末現在）", align=LEFT, border=False, font=FB)
        merge(ws, r, 6, r, 7, "単位：千円", align=RIGHT, border=False)
        r += 1
        for c, h in zip(range(1, 5), ["区分", "調定額", "収入済額", "未収金残高"]):
            cell(ws, r, c, h)
        r += 1
        amts = [("現年度分", "current", ca, cc), ("滞納繰越分", "arrears", aa, ac), ("計", "total", ca + aa, cc + ac)]
        for lab, seg, a, c_ in amts:
            cell(ws, r, 1, lab)
            for col, v, met in ((2, a, "assessed"), (3, c_, "collected"), (4, a - c_, "outstanding")):
                cell(ws, r, col, v, fmt="#,##0", align=RIGHT)
                facts.append(fact(name, 2023, "令和５年12月末", seg, met, "interim", v * 1000, "yen", f"{v:,}", pno, as_of=AS_OF))
            r += 1
        merge(ws, r, 1, r, 7, "※ 不納欠損処分は年度末に行うため、未収金残高は調定額から収入済額を差し引いた額である。", align=LEFT, border=False)
        r += 2
        # 取組
        sec = s["title"]
        merge(ws, r, 1, r, 7, f"３　{sec}", align=LEFT, border=False, font=FB)
        r += 1

        def item_text(lab, txt, st, wrap):
            tag = f"【{st}】" if st else ""
            sep = "\n" if (wrap and tag) else ""
            head = f"{lab}　" if lab != "・" else "・"
            return f"{head}{txt}{sep}{tag}"

        if s["style"] in ("numbered", "letters"):
            for lab, txt, st, wrap in s["items"]:
                merge(ws, r, 1, r, 7, item_text(lab, txt, st, wrap), align=LEFT, border=False)
                ws.row_dimensions[r].height = 32 if wrap else 18
                r += 1
        elif s["style"] == "box":
            body = "\n".join(item_text(lab, txt, st, wrap) for lab, txt, st, wrap in s["items"])
            merge(ws, r, 1, r + 3, 7, body, align=Alignment(horizontal="left", vertical="top", wrap_text=True))
            r += 4
        else:  # several numbered items in one table cell beside a label cell
            body = "\n".join(item_text(lab, txt, st, wrap) for lab, txt, st, wrap in s["items"])
            merge(ws, r, 1, r + 3, 1, "取組内容")
            merge(ws, r, 2, r + 3, 7, body, align=Alignment(horizontal="left", vertical="top", wrap_text=True))
            r += 4
        for lab, txt, st, wrap in s["items"]:
            inits.append(initiative(name, 2023, sec, lab, txt, st, pno))
        if s["leap"]:
            r += 1
            (c_now, c_prev), (a_now, a_prev) = s["leap"]
            body = ("【徴収率】令和６年２月29日現在\n"
                    f"・現年度分　{c_now:.2f}％（前年同期　{c_prev:.2f}％）\n"
                    f"・滞納繰越分　{a_now:.2f}％（前年同期　{a_prev:.2f}％）")
            merge(ws, r, 1, r + 2, 5, body, align=Alignment(horizontal="left", vertical="top", wrap_text=True))
            r += 3
            for seg, v, fy, asof, fyr in (("current", c_now, 2023, "2024-02-29", "令和６年２月29日"),
                                          ("current", c_prev, 2022, "2023-02-28", "前年同期"),
                                          ("arrears", a_now, 2023, "2024-02-29", "令和６年２月29日"),
                                          ("arrears", a_prev, 2022, "2023-02-28", "前年同期")):
                facts.append(fact(name, fy, fyr, seg, "collection_rate", "interim", v, "percent", f"{v:.2f}％", pno, as_of=asof))
        ws.print_area = f"A1:G{r}"

    OUT.mkdir(parents=True, exist_ok=True)
    xlsx = OUT / f"{STEM}.xlsx"
    wb.save(xlsx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo_{STEM}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(xlsx)], check=True, capture_output=True, timeout=300)
        PDF.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / f"{STEM}.pdf", PDF / f"{STEM}.pdf")
    document = {"kind": "progress_report", "municipality": CITY, "title": "令和５年度　債権回収・整理計画（中間報告）",
                "date": "2024-03-01", "date_raw": "令和６年３月"}
    write_gold(STEM, document, facts, inits)
    check(STEM)


if __name__ == "__main__":
    build()
