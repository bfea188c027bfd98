"""茅ヶ崎市 債権回収・整理計画（中間報告） — openpyxl -> LibreOffice (one list sheet + one sheet per debt)."""
import random
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from o_common import Gold, OUT, PDF, c, rate, soffice_pdf
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break

STEM = "o_chigasaki_progress_1"
CITY = "茅ヶ崎市"
TITLE = "令和5年度 債権回収・整理計画（中間報告）"
g = Gold(STEM, "progress_report", CITY, TITLE, "2023-12-01", "令和5年12月")
AS, PAS = "2023-09-30", "2022-09-30"
FONT = "IPAexゴシック"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)

DEBTS = [("市税", "収納課"), ("国民健康保険税", "保険年金課"), ("介護保険料", "介護保険課"),
         ("後期高齢者医療保険料", "保険年金課"), ("保育所保育料", "保育課"), ("児童クラブ利用料", "青少年課"),
         ("市営住宅使用料", "建築住宅課"), ("下水道使用料", "下水道河川総務課"), ("下水道事業受益者負担金", "下水道河川総務課"),
         ("生活保護費返還金", "生活支援課"), ("生活保護費徴収金", "生活支援課"), ("母子父子寡婦福祉資金貸付金", "こども育成相談課"),
         ("児童扶養手当返還金", "こども政策課"), ("道路占用料", "道路管理課"), ("行政財産使用料", "管財課"),
         ("学校給食費", "学務課"), ("奨学金貸付金返還金", "教育総務課"), ("障害福祉サービス費返還金", "障害福祉課"),
         ("介護給付費返還金", "介護保険課"), ("一般廃棄物処理手数料", "資源循環課"), ("霊園管理料", "環境保全課"),
         ("公園使用料", "公園緑地課"), ("自転車等保管料", "交通安全対策課"), ("高額療養費返還金", "保険年金課")]
NO_CUR = {"奨学金貸付金返還金", "生活保護費徴収金"}
# amounts (円) at 9月末 for the four sheets: (cur_ass, cur_col, arr_ass, arr_col, arr_wo), prev-year rates, 前年度決算, 目標, 前年度目標, 見込
SHEETS = {
    "市税": dict(a=(31_204_518_300, 16_612_402_150, 1_182_406_911, 301_224_870, 22_418_300),
               prev=(52.6, 24.1), kessan=(99.1, 31.8), mokuhyo=(99.2, 33.0), pmoku=(99.1, 32.0), mikomi=(99.2, 32.5)),
    "国民健康保険税": dict(a=(4_812_330_500, 1_802_441_200, 1_406_225_812, 218_904_406, 31_204_110),
                      prev=(37.9, 14.8), kessan=(94.6, 24.2), mokuhyo=(95.0, 25.0), pmoku=(94.8, 24.0), mikomi=(94.9, 24.6)),
    "介護保険料": dict(a=(3_712_880_400, 1_921_307_600, 102_418_277, 11_803_340, 4_120_900),
                    prev=(51.4, 10.9), kessan=(99.0, 19.5), mokuhyo=(99.1, 20.0), pmoku=(99.0, 19.0), mikomi=(99.0, 19.8)),
    "市営住宅使用料": dict(a=(318_204_600, 155_880_210, 48_223_514, 5_902_100, 1_212_000),
                      prev=(49.5, 11.6), kessan=(97.5, 20.4), mokuhyo=(97.8, 21.0), pmoku=(97.6, 20.0), mikomi=(97.6, 20.9)),
}


def rates_for(name, rnd):
    if name in SHEETS:
        a = SHEETS[name]["a"]
        cr, ar = rate(a[1], a[0], 1), rate(a[3], a[2], 1)
        p = SHEETS[name]["prev"]
        t = rate(a[1] + a[3], a[0] + a[2], 1)
        pt = round((p[0] * a[0] + p[1] * a[2]) / (a[0] + a[2]), 1)
        return dict(cur=cr, arr=ar, tot=t, pcur=p[0], parr=p[1], ptot=pt, tcur=SHEETS[name]["mokuhyo"][0],
                    tarr=SHEETS[name]["mokuhyo"][1], ecur=SHEETS[name]["mikomi"][0], earr=SHEETS[name]["mikomi"][1])
    base = rnd.uniform(44, 55)
    cr = None if name in NO_CUR else round(base, 1)
    pcur = None if cr is None else round(cr + rnd.uniform(-2.5, 2.0), 1)
    ar = round(rnd.uniform(3, 26), 1)
    parr = round(ar + rnd.uniform(-4, 3), 1)
    if cr is None:
        tot, ptot = ar, parr
    else:
        w = rnd.uniform(0.75, 0.95)
        tot = round(cr * w + ar * (1 - w), 1)
        ptot = round(pcur * w + parr * (1 - w), 1)
    tcur = None if cr is None else round(rnd.uniform(95, 99.5), 1)
    tarr = round(ar * 2 + rnd.uniform(1, 6), 1)
    ecur = None if cr is None else round(tcur - rnd.choice([0, 0.1, 0.2, 0.4]), 1)
    earr = round(tarr - rnd.choice([0, 0.5, 1.2, -0.3]), 1)
    return dict(cur=cr, arr=ar, tot=tot, pcur=pcur, parr=parr, ptot=ptot, tcur=tcur, tarr=tarr, ecur=ecur, earr=earr)


def st(cell, size=9, bold=False, h="center", fill=None, border=True, wrap=True, v="center"):
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        cell.border = B
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)


def setup(ws, landscape=True, scale=None, title_rows=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.7, 0.6
    ws.oddHeader.right.text = "茅ヶ崎市 債権回収・整理計画（中間報告）"
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = "&P"
    if title_rows:
        ws.print_title_rows = title_rows


def list_sheet(wb, rnd):
    ws = wb.active
    ws.title = "一覧"
    setup(ws, scale=80, title_rows="4:6")
    widths = [4, 24, 16] + [7.5] * 13
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "１　主要債権の徴収率の状況（上半期）"
    st(ws["A1"], size=12, bold=True, h="left", border=False, wrap=False)
    ws["A2"] = "上半期（令和5年4月～9月）の徴収実績を、前年同期及び年度目標と比較したもの。"
    st(ws["A2"], size=9, h="left", border=False, wrap=False)
    ws["P3"] = "（単位：％）"
    st(ws["P3"], size=8, h="right", border=False, wrap=False)
    # header over three rows
    H = [(4, 1, 6, 1, "No."), (4, 2, 6, 2, "債権名"), (4, 3, 6, 3, "所管課"),
         (4, 4, 4, 11, "令和5年度上半期"), (4, 12, 4, 16, "令和5年度"),
         (5, 4, 5, 6, "9月末時点"), (5, 7, 5, 9, "前年同期"), (5, 10, 5, 11, "差"),
         (5, 12, 5, 13, "目標"), (5, 14, 5, 15, "決算見込"), (5, 16, 6, 16, "達成\n見込")]
    for r0, c0, r1, c1, txt in H:
        if (r0, c0) != (r1, c1):
            ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
        ws.cell(r0, c0, txt)
    segs = ["現年", "滞繰", "計", "現年", "滞繰", "計", "現年", "滞繰", "現年", "滞繰", "現年", "滞繰"]
    for k, s in enumerate(segs):
        ws.cell(6, 4 + k, s)
    for r in range(4, 7):
        for cc in range(1, 17):
            st(ws.cell(r, cc), size=8.5, fill="D9E1F2")
    row = 7
    page = 1
    fmt = lambda v: "－" if v is None else f"{v:.1f}"

    def dif(a, b):
        if a is None or b is None:
            return "－"
        x = round(a - b, 1)
        return ("▲" if x < 0 else "") + f"{abs(x):.1f}"
    for k, (name, ka) in enumerate(DEBTS):
        if k == 13:
            ws.row_breaks.append(Break(id=row - 1))
            page = 2
        R = rates_for(name, rnd)
        ach = "○" if (R["ecur"] is None or R["ecur"] >= R["tcur"]) and R["earr"] >= R["tarr"] else "×"
        vals = [k + 1, name, ka, fmt(R["cur"]), fmt(R["arr"]), fmt(R["tot"]), fmt(R["pcur"]), fmt(R["parr"]),
                fmt(R["ptot"]), dif(R["cur"], R["pcur"]), dif(R["arr"], R["parr"]), fmt(R["tcur"]), fmt(R["tarr"]),
                fmt(R["ecur"]), fmt(R["earr"]), ach]
        for j, v in enumerate(vals):
            cell = ws.cell(row, 1 + j, v)
            st(cell, size=8.5, h="left" if j in (1, 2) else ("center" if j in (0, 15) else "right"))
        for key, seg, basis, fy, fyr, asof in (("cur", "current", "interim", 2023, "9月末時点", AS),
                                               ("arr", "arrears", "interim", 2023, "9月末時点", AS),
                                               ("tot", "total", "interim", 2023, "9月末時点", AS),
                                               ("pcur", "current", "interim", 2022, "前年同期", PAS),
                                               ("parr", "arrears", "interim", 2022, "前年同期", PAS),
                                               ("ptot", "total", "interim", 2022, "前年同期", PAS),
                                               ("tcur", "current", "target", 2023, "令和5年度", None),
                                               ("tarr", "arrears", "target", 2023, "令和5年度", None),
                                               ("ecur", "current", "estimate", 2023, "令和5年度", None),
                                               ("earr", "arrears", "estimate", 2023, "令和5年度", None)):
            v = R[key]
            if v is None:
                continue
            g.f(page, name, fy, fyr, seg, "collection_rate", basis, v, "percent", f"{v:.1f}", as_of=asof)
        row += 1
    r = row + 1
    notes = ["※ 徴収率＝収入額÷調定額（9月末時点は上半期の収入額による）。差は9月末時点から前年同期を引いたポイント差。▲は減少。",
             "※ 奨学金貸付金返還金及び生活保護費徴収金は、現年度分の調定がないため「－」としている。",
             "※ 達成見込は、決算見込が目標を現年・滞繰とも上回るものを○とした。"]
    for n in notes:
        ws.cell(r, 1, n)
        st(ws.cell(r, 1), size=8, h="left", border=False, wrap=False)
        r += 1


def debt_sheet(wb, name, ka, page):
    S = SHEETS[name]
    ws = wb.create_sheet(name[:10])
    setup(ws, landscape=False, scale=85)
    widths = [16, 17, 17, 15, 17, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:F1")
    ws["A1"] = "令和5年度　下半期の取組強化について"
    st(ws["A1"], size=13, bold=True, border=False)
    ws.merge_cells("A2:F2")
    ws["A2"] = f"債権名　{name}　　【所管：{ka}】"
    st(ws["A2"], size=11, bold=True, h="left", fill="FFF2CC")
    a = S["a"]
    cr, ar = rate(a[1], a[0], 1), rate(a[3], a[2], 1)
    lines = [("現年度分", cr, S["prev"][0], S["kessan"][0], S["mikomi"][0], S["mokuhyo"][0], S["pmoku"][0]),
             ("滞納繰越分", ar, S["prev"][1], S["kessan"][1], S["mikomi"][1], S["mokuhyo"][1], S["pmoku"][1])]
    r = 4
    for seg_lab, now, prev, kes, mik, mok, pmok in lines:
        seg = "current" if seg_lab == "現年度分" else "arrears"
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=1)
        ws.cell(r, 1, seg_lab)
        st(ws.cell(r, 1), size=10, bold=True, fill="EDEDED")
        texts = [f"9月末徴収率　{now:.1f}％　（前年度9月末　{prev:.1f}％）",
                 f"決算見込徴収率　{mik:.1f}％　（前年度決算　{kes:.1f}％）",
                 f"目標徴収率　{mok:.1f}％　（前年度目標　{pmok:.1f}％）"]
        for k, tx in enumerate(texts):
            ws.merge_cells(start_row=r + k, start_column=2, end_row=r + k, end_column=6)
            ws.cell(r + k, 2, tx)
            st(ws.cell(r + k, 2), size=10, h="left")
            for cc in range(3, 7):
                ws.cell(r + k, cc).border = B
        ws.merge_cells(start_row=r + 3, start_column=2, end_row=r + 3, end_column=6)
        st(ws.cell(r + 3, 2), size=6, h="left")
        ws.row_dimensions[r + 3].height = 4
        for cc in range(2, 7):
            ws.cell(r + 3, cc).border = B
        g.f(page, name, 2023, "9月末", seg, "collection_rate", "interim", now, "percent", f"{now:.1f}％", as_of=AS)
        g.f(page, name, 2022, "前年度9月末", seg, "collection_rate", "interim", prev, "percent", f"{prev:.1f}％", as_of=PAS)
        g.f(page, name, 2023, "決算見込", seg, "collection_rate", "estimate", mik, "percent", f"{mik:.1f}％")
        g.f(page, name, 2022, "前年度決算", seg, "collection_rate", "actual", kes, "percent", f"{kes:.1f}％")
        g.f(page, name, 2023, "目標", seg, "collection_rate", "target", mok, "percent", f"{mok:.1f}％")
        g.f(page, name, 2022, "前年度目標", seg, "collection_rate", "target", pmok, "percent", f"{pmok:.1f}％")
        r += 4
    r += 1
    ws.cell(r, 1, "■ 上半期の収入状況（令和5年9月30日現在）")
    st(ws.cell(r, 1), size=10, bold=True, h="left", border=False, wrap=False)
    ws.cell(r, 6, "（単位：円）")
    st(ws.cell(r, 6), size=8, h="right", border=False, wrap=False)
    r += 1
    hdr = ["区分", "調定額", "収入額", "不納欠損額", "未収額", "徴収率"]
    for j, h in enumerate(hdr):
        ws.cell(r, 1 + j, h)
        st(ws.cell(r, 1 + j), size=9, fill="D9E1F2")
    r += 1
    ca, cc_, aa, ac, aw = a
    rows = [("現年度分", "current", ca, cc_, 0, ca - cc_), ("滞納繰越分", "arrears", aa, ac, aw, aa - ac - aw),
            ("合計", "total", ca + aa, cc_ + ac, aw, ca + aa - cc_ - ac - aw)]
    for lab, seg, A, C, W, O in rows:
        rr = rate(C, A, 1)
        vals = [lab, c(A), c(C), "－" if seg == "current" else c(W), c(O), f"{rr:.1f}％"]
        for j, v in enumerate(vals):
            ws.cell(r, 1 + j, v)
            st(ws.cell(r, 1 + j), size=9, h="center" if j == 0 else "right")
        for metric, val in (("assessed", A), ("collected", C), ("outstanding", O)):
            g.f(page, name, 2023, "令和5年9月30日現在", seg, metric, "interim", val, "yen", c(val), as_of=AS)
        if seg != "current":
            g.f(page, name, 2023, "令和5年9月30日現在", seg, "written_off", "interim", W, "yen", c(W), as_of=AS)
        if seg == "total":
            g.f(page, name, 2023, "令和5年9月30日現在", seg, "collection_rate", "interim", rr, "percent", f"{rr:.1f}％", as_of=AS)
        r += 1
    r += 1
    ws.cell(r, 1, "●主な取組")
    st(ws.cell(r, 1), size=10, bold=True, h="left", border=False, wrap=False)
    r += 1
    for k, (txt, status) in enumerate(ITEMS[name]):
        lab = f"（{k + 1}）"
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1, f"{lab}{txt}\n【{status}】")
        st(ws.cell(r, 1), size=9, h="left", v="top")
        for cc in range(2, 7):
            ws.cell(r, cc).border = B
        ws.row_dimensions[r].height = 40
        g.i(page, name, 2023, "主な取組", lab, txt, status)
        r += 1


ITEMS = {
    "市税": [("納期限後の早期催告として、督促状発送の10日後にSMS催告を行い、新たな滞納繰越の発生を抑える。", "継続"),
           ("下半期は11月と2月を滞納整理強化月間とし、預貯金・給与の差押えを集中的に行う。", "継続"),
           ("神奈川県地方税徴収対策本部との共同催告により、高額滞納案件の処理を進める。", "拡充"),
           ("納税コールセンターの架電対象を現年度分の初期滞納者に広げる。", "新規")],
    "国民健康保険税": [("口座振替の未登録世帯に対し、納税通知書に申込書を同封して登録を勧める。", "継続"),
                  ("資格喪失後も未納がある世帯へ文書催告を行い、納付相談につなげる。", "継続"),
                  ("財産調査の結果、差押可能財産が判明した世帯には差押予告書を速やかに送付する。", "拡充")],
    "介護保険料": [("普通徴収の未納者に対し、特別徴収開始までの期間の納付案内を個別に送付する。", "継続"),
              ("滞納が2期以上となった被保険者へ給付制限の事前説明を文書で行う。", "継続"),
              ("ケアマネジャーとの情報共有により、支払困難世帯への早期の相談対応を行う。", "新規")],
    "市営住宅使用料": [("滞納2か月の入居者に対し、電話及び訪問による納付指導を行う。", "継続"),
                  ("連帯保証人への通知を滞納3か月時点で行い、納付協力を求める。", "継続"),
                  ("長期滞納者について、明渡請求訴訟の提起に向けた手続きを進める。", "拡充")],
}


def build():
    rnd = random.Random(27)
    wb = Workbook()
    list_sheet(wb, rnd)
    for k, name in enumerate(SHEETS):
        ka = dict(DEBTS)[name]
        debt_sheet(wb, name, ka, 3 + k)
    OUT.mkdir(exist_ok=True)
    src = OUT / f"{STEM}.xlsx"
    wb.save(src)
    soffice_pdf(src, PDF / f"{STEM}.pdf", "chigasaki")


if __name__ == "__main__":
    build()
    ok = g.write()
    sys.exit(0 if ok else 1)
