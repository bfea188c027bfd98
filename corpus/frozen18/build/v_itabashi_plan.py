"""v_itabashi_plan_1: 板橋区 債権管理推進プラン（令和6～8年度）— 会計・款・債権 tables and per-debt sheets.

PyMuPDF direct drawing (insert_text / lines), portrait A4. Table 1 has horizontal rules only; table 2 (会計・款 label
cells spanning rows, 小計 per 会計, 合計) runs over a page break without its header; table 3 is printed in two halves side
by side with no rules at all and a figure column headed only 「R4」; per-debt sheets have years as columns, merged
segment labels, a bracketed 【目標収納率】 heading over two side-by-side year headings with segment-only bullets.
"""
from __future__ import annotations

import sys
from pathlib import Path

import fitz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from v_common import GOTHIC, MINCHO, PDF_DIR, Facts, comma, finish, rate, tri  # noqa: E402

STEM = "v_itabashi_plan_1"
CITY = "板橋区"
W, H = 595, 842
LM, RM = 56, 539
FG, FM = fitz.Font(fontfile=GOTHIC), fitz.Font(fontfile=MINCHO)


class Doc:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None
        self.y = 0
        self.n = 0
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H)
        self.page.insert_font(fontname="g", fontfile=GOTHIC)
        self.page.insert_font(fontname="m", fontfile=MINCHO)
        self.n += 1
        self.text(RM, 32, "板橋区債権管理推進プラン（令和6～8年度）", 7.5, "g", "r")
        self.text(W / 2, H - 28, f"－{self.n}－", 9, "m", "c")
        self.page.draw_line((LM, 38), (RM, 38), width=0.4)
        self.y = 62

    def text(self, x, y, s, size=9.5, font="m", align="l"):
        f = FG if font == "g" else FM
        w = f.text_length(s, fontsize=size)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        self.page.insert_text((x, y), s, fontname=font, fontsize=size)
        return w

    def para(self, s, size=9.5, font="m", indent=0, first=None, lead=1.7, width=None):
        """Character-wrapped paragraph from the cursor."""
        f = FG if font == "g" else FM
        x0 = LM + indent
        maxw = (width or (RM - LM)) - indent
        line, lines = "", []
        fi = first if first is not None else 0
        for ch in s:
            lim = maxw - (fi if not lines else 0)
            if f.text_length(line + ch, fontsize=size) > lim and ch not in "、。）」":
                lines.append(line); line = ch
            else:
                line += ch
        lines.append(line)
        for i, ln in enumerate(lines):
            if self.y > H - 70:
                self.new_page()
            self.y += size * lead if i or True else 0
            self.text(x0 + (fi if i == 0 else 0), self.y, ln, size, font)
        self.y += size * 0.5

    def head(self, s, size=11.5):
        if self.y > H - 110:
            self.new_page()
        self.y += size * 1.9
        self.text(LM, self.y, s, size, "g")
        self.y += 4

    def line(self, x0, y0, x1, y1, w=0.6):
        self.page.draw_line((x0, y0), (x1, y1), width=w)


def okuman(yen):
    m = yen // 10000
    o, r = divmod(m, 10000)
    return f"{o}億{r:,}万円" if o else f"{r:,}万円"


# ------------------------------------------------------------------ data (令和4年度決算 unless noted)
def series(cur_a, cur_r, arr0, arr_r, wo, dl):
    out, arr_a = [], arr0
    for k in range(5):
        cc, ac = round(cur_a[k] * cur_r[k]), round(arr_a * arr_r[k])
        a, c = cur_a[k] + arr_a, cc + ac
        o = a - c - wo[k]
        out.append(dict(ca=cur_a[k], cc=cc, aa=arr_a, ac=ac, a=a, c=c, w=wo[k], o=o, dl=dl[k]))
        arr_a = o
    return out


YEARS = [(2018, "平成30年度"), (2019, "令和元年度"), (2020, "2年度"), (2021, "3年度"), (2022, "4年度")]
SHEETS = [
    {"name": "特別区民税", "ka": "区民文化部 納税課",
     "data": series([61_204_388_100, 62_011_540_300, 62_418_203_900, 62_987_115_600, 64_120_775_400],
                    [0.9861, 0.9870, 0.9876, 0.9891, 0.9902], 3_102_447_800, [0.3012, 0.3106, 0.3187, 0.3305, 0.3418],
                    [301_228_400, 288_104_900, 275_660_300, 262_905_100, 243_118_600],
                    [18_204, 17_655, 17_032, 16_418, 15_873]),
     "target": {2024: (99.05, 35.00, 97.60), 2025: (99.10, 36.00, 97.75)},
     "torikumi": [("・", "納期限を過ぎた方へのSMS催告を全期別で実施し、早期の自主納付を促す。", "継続"),
                  ("・", "電子預貯金照会を活用し、財産調査から差押えまでの期間を短縮する。", "拡充"),
                  ("・", "高額・困難案件は特別整理係に集約し、捜索・公売を計画的に行う。", "継続"),
                  ("・", "地方税統一QRコードによるキャッシュレス納付の周知を、区報と納税通知書で行う。", "新規")]},
    {"name": "国民健康保険料", "ka": "健康生きがい部 国保年金課",
     "data": series([19_804_116_200, 19_402_558_700, 19_115_043_900, 18_860_402_300, 18_402_771_500],
                    [0.9214, 0.9235, 0.9260, 0.9282, 0.9305], 3_880_402_100, [0.2311, 0.2398, 0.2452, 0.2521, 0.2608],
                    [402_118_300, 388_402_600, 371_554_100, 355_802_900, 340_116_700],
                    [24_118, 23_602, 22_910, 22_144, 21_370]),
     "target": {2024: (93.40, 27.00, 81.50), 2025: (93.60, 28.00, 82.20)},
     "torikumi": [("・", "口座振替の利用を、加入手続の窓口とWeb口座振替受付で勧奨する。", "継続"),
                  ("・", "滞納初期の世帯に電話催告センターから架電し、分納相談につなげる。", "継続"),
                  ("・", "財産調査の結果、資力がない世帯は滞納処分の執行停止を適切に行う。", "継続"),
                  ("・", "外国人被保険者向けに、やさしい日本語と多言語の納付案内を作成する。", "新規")]},
]


ACCOUNTS = {  # 会計別収入未済額 (千円): R2, R3 (R4 is the rounded sum of 表２)
    "一般会計": (3_120_455, 2_866_012),
    "国民健康保険事業会計": (4_612_330, 4_301_884),
    "介護保険事業会計": (241_330, 228_915),
    "後期高齢者医療事業会計": (61_208, 57_633),
}
_tok = SHEETS[0]["data"][4]
_kok = SHEETS[1]["data"][4]
# 内訳 (円): 会計 -> 款 -> [(債権名, 収入未済額)]
BREAKDOWN = [
    ("一般会計", [
        ("特別区税", [("特別区民税", _tok["o"]), ("軽自動車税（種別割）", 31_208_400), ("特別区たばこ税", 1_102_000)]),
        ("分担金及び負担金", [("保育所保育料", 88_415_230), ("養護老人ホーム入所者負担金", 2_016_480)]),
        ("使用料及び手数料", [("区営住宅使用料", 71_530_911), ("自転車駐車場使用料", 3_118_200), ("道路占用料", 5_402_775)]),
        ("諸収入", [("生活保護費返還金", 702_356_118), ("応急小口資金貸付金返還金", 41_880_310),
                  ("奨学資金貸付金返還金", 38_960_412), ("児童手当等返還金", 12_440_600), ("放置自転車等撤去手数料", 3_614_000),
                  ("その他の諸収入", 2_001_004)]),
    ]),
    ("国民健康保険事業会計", [("国民健康保険料", [("国民健康保険料", _kok["o"]), ("返納金・雑入", 9_725_534)])]),
    ("介護保険事業会計", [("保険料", [("介護保険料", 211_904_380)]), ("諸収入", [("返納金", 2_501_620)])]),
    ("後期高齢者医療事業会計", [("後期高齢者医療保険料", [("後期高齢者医療保険料", 52_981_000)])]),
]
ACCOUNTS = {acc: ACCOUNTS[acc] + (round(sum(v for _, it in kans for _, v in it) / 1000),) for acc, kans in BREAKDOWN}

RATES = [  # 主要債権の収納率 R4 (%), two halves
    ("特別区民税", rate(_tok["c"], _tok["a"])), ("　うち現年分", rate(_tok["cc"], _tok["ca"])),
    ("　うち滞納繰越分", rate(_tok["ac"], _tok["aa"])), ("軽自動車税（種別割）", 96.71),
    ("保育所保育料", 97.90), ("国民健康保険料", rate(_kok["c"], _kok["a"])), ("介護保険料", 98.96),
    ("後期高齢者医療保険料", 99.41), ("区営住宅使用料", 93.27), ("生活保護費返還金", 18.64),
]


def build():
    facts = Facts()
    inits = []
    D = Doc()
    pg = lambda: D.n  # noqa: E731

    D.text(W / 2, D.y + 10, "板橋区債権管理推進プラン", 18, "g", "c")
    D.y += 34
    D.text(W / 2, D.y, "（令和6年度～令和8年度）", 12, "g", "c")
    D.y += 20
    D.text(RM, D.y, "令和6年3月　板橋区", 10, "m", "r")
    D.y += 8
    D.head("１　プラン策定の趣旨")
    D.para("区は、特別区民税や国民健康保険料をはじめとする各種債権に多額の収入未済を抱えていることから、前期プランに基づき"
           "収納率の向上と収入未済額の縮減に取り組んできた。引き続き、区民負担の公平性を確保し、持続可能な財政基盤を築くため、"
           "令和6年度から令和8年度までの3か年を期間とする本プランを策定する。", first=9.5)
    D.head("２　区の債権の状況")
    acc_tot = [sum(v[k] for v in ACCOUNTS.values()) for k in range(3)]
    all4 = round(acc_tot[2] / 100) * 100_000  # 百万円 → 円? keep 約x億y,z00万円
    tok = round(BREAKDOWN[0][1][0][1][0][1] / 1_000_000) * 1_000_000
    kok = round(BREAKDOWN[1][1][0][1][0][1] / 1_000_000) * 1_000_000
    all4 = round(acc_tot[2] * 1000 / 1_000_000) * 1_000_000
    s = (f"令和4年度決算における区の債権全体の収入未済額は約{okuman(all4)}であり、このうち特別区民税が約{okuman(tok)}、"
         f"国民健康保険料が約{okuman(kok)}を占めている。会計別にみると、いずれの会計も令和2年度から減少が続いている。")
    page_here = pg()
    D.para(s, first=9.5)
    for raw, debt, val in ((f"約{okuman(all4)}", None, all4), (f"約{okuman(tok)}", "特別区民税", tok),
                           (f"約{okuman(kok)}", "国民健康保険料", kok)):
        facts.add(page=page_here, debt=debt, debt_raw=debt, fy=2022, fy_raw="令和4年度決算", seg="total",
                  metric="outstanding", basis="actual", value=val, unit="yen", raw=raw, approx=True)

    # ---- table 1: horizontal rules only
    D.y += 10
    D.text(LM, D.y, "表１　会計別収入未済額の推移", 10, "g")
    D.text(RM, D.y, "（単位：千円）", 8.5, "m", "r")
    D.y += 6
    cols = [LM, LM + 150, LM + 235, LM + 320, LM + 405, RM]
    heads = ["会計名", "令和2年度", "令和3年度", "令和4年度", "対前年度増減"]
    D.line(LM, D.y, RM, D.y, 1.0)
    D.y += 14
    for j, h in enumerate(heads):
        D.text((cols[j] + cols[j + 1]) / 2, D.y - 3, h, 9, "g", "c")
    D.y += 3
    D.line(LM, D.y, RM, D.y, 0.5)
    fy = [(2020, "令和2年度"), (2021, "令和3年度"), (2022, "令和4年度")]
    rows = list(ACCOUNTS.items()) + [("合計", tuple(acc_tot))]
    for name, vals in rows:
        D.y += 15
        D.text(cols[0] + 4, D.y - 3, name, 9, "g" if name == "合計" else "m")
        for j, v in enumerate(vals):
            D.text(cols[j + 2] - 6, D.y - 3, comma(v), 9, "m", "r")
            facts.add(page=pg(), debt=None, debt_raw=name, fy=fy[j][0], fy_raw=fy[j][1], seg="total", metric="outstanding",
                      basis="actual", value=v * 1000, unit="yen", raw=comma(v))
        D.text(cols[5] - 6, D.y - 3, tri(vals[2] - vals[1]), 9, "m", "r")
        D.y += 3
        D.line(LM, D.y, RM, D.y, 1.0 if name in ("後期高齢者医療事業会計", "合計") else 0.3)

    # ---- table 2: 内訳, merged 会計/款 cells, 小計, 合計; continues without header
    D.y += 22
    D.text(LM, D.y, "表２　令和4年度 債権別収入未済額の内訳", 10, "g")
    D.text(RM, D.y, "（単位：円）", 8.5, "m", "r")
    D.y += 5
    c2 = [LM, LM + 95, LM + 200, LM + 375, RM]
    RH = 16

    def hdr():
        D.line(LM, D.y, RM, D.y, 0.8)
        top = D.y
        D.y += RH
        for j, h in enumerate(["会計名", "款", "債権名", "収入未済額"]):
            D.text((c2[j] + c2[j + 1]) / 2, D.y - 4.5, h, 9, "g", "c")
        for x in c2:
            D.line(x, top, x, D.y, 0.6)
        D.line(LM, D.y, RM, D.y, 0.6)

    hdr()
    flat = []  # (acc, kan, name, value, kind)
    for acc, kans in BREAKDOWN:
        for kan, items in kans:
            for nm, v in items:
                flat.append((acc, kan, nm, v, "item"))
        flat.append((acc, None, "小計", sum(v for _, it in kans for _, v in it), "sub"))
    grand = sum(f[3] for f in flat if f[4] == "sub")
    flat.append((None, None, "合計", grand, "total"))
    limit = H - 70
    # draw row by row; merged 会計 / 款 cells: label printed at the first row of the group on each page,
    # vertical separators continue, horizontal line under a group only
    prev_acc = prev_kan = None
    for i, (acc, kan, nm, v, kind) in enumerate(flat):
        if D.y + RH > limit:
            D.line(LM, D.y, RM, D.y, 0.6)
            D.new_page()
            D.y = 70
            D.line(LM, D.y, RM, D.y, 0.6)  # continued: no header row
            prev_acc = prev_kan = None
        top = D.y
        D.y += RH
        nxt = flat[i + 1] if i + 1 < len(flat) else None
        if kind == "item":
            if acc != prev_acc:
                D.text(c2[0] + 3, top + 11.5, acc if len(acc) <= 8 else acc[:6], 8.5, "m")
                if len(acc) > 8:
                    D.text(c2[0] + 3, top + 11.5 + 10, acc[6:], 8.5, "m")
            if (acc, kan) != (prev_acc, prev_kan):
                D.text(c2[1] + 3, top + 11.5, kan, 8.5, "m")
            D.text(c2[2] + 3, top + 11.5, nm, 8.5, "m")
            D.text(c2[4] - 5, top + 11.5, comma(v), 8.5, "m", "r")
            for x in c2:
                D.line(x, top, x, D.y, 0.6)
            # horizontal line: under 債権名 always; under 款 when the 款 group ends; under 会計 when acc ends
            D.line(c2[2], D.y, RM, D.y, 0.3)
            if not nxt or nxt[1] != kan or nxt[0] != acc:
                D.line(c2[1], D.y, c2[2], D.y, 0.3)
            debt = None if nm.startswith("その他") or "・" in nm else nm
            facts.add(page=pg(), debt=debt, debt_raw=nm, fy=2022, fy_raw="令和4年度", seg="total", metric="outstanding",
                      basis="actual", value=v, unit="yen", raw=comma(v))
            prev_acc, prev_kan = acc, kan
        else:
            label = "小　計" if kind == "sub" else "合　　計"
            if kind == "sub":
                D.line(c2[1], top, c2[1], D.y, 0.6)
                D.text(c2[1] + 3, top + 11.5, label, 8.5, "g")
            else:
                D.text(c2[0] + 3, top + 11.5, label, 8.5, "g")
            D.text(c2[4] - 5, top + 11.5, comma(v), 8.5, "g", "r")
            D.line(c2[0], top, c2[0], D.y, 0.6)
            D.line(c2[3], top, c2[3], D.y, 0.6)
            D.line(RM, top, RM, D.y, 0.6)
            D.line(c2[0] if kind == "total" else c2[0], D.y, RM, D.y, 0.8)
            facts.add(page=pg(), debt=None, debt_raw=("小計" if kind == "sub" else "合計"), fy=2022, fy_raw="令和4年度",
                      seg="total", metric="outstanding", basis="actual", value=v, unit="yen", raw=comma(v))
            prev_acc = prev_kan = None
    D.y += 12
    D.para("※表１は千円未満を四捨五入して表示している。還付未済額は含まない。", 8)

    # ---- table 3: two halves side by side, no rules
    D.head("３　主要債権の収納率")
    D.y += 14
    D.text(LM, D.y, "令和4年度決算", 9.5, "m")
    D.text(RM, D.y, "（単位：％）", 8.5, "m", "r")
    D.y += 18
    halves = [(LM, RATES[:5]), (LM + 250, RATES[5:])]
    y0 = D.y
    for x0, part in halves:
        y = y0
        D.text(x0 + 4, y, "債権名", 9, "g")
        D.text(x0 + 200, y, "R4", 9, "g", "r")
        for nm, v in part:
            y += 16
            D.text(x0 + 4, y, nm, 9, "m")
            D.text(x0 + 200, y, f"{v:.2f}", 9, "m", "r")
            seg = "current" if "現年" in nm else "arrears" if "滞納" in nm else "total"
            debt = "特別区民税" if nm.startswith("　うち") else nm
            facts.add(page=pg(), debt=debt, debt_raw=debt, fy=2022, fy_raw="R4", seg=seg, metric="collection_rate",
                      basis="actual", value=v, unit="percent", raw=f"{v:.2f}")
    D.y = y0 + 16 * 5 + 10
    D.para("※収納率＝収入済額÷調定額。特別区民税は現年分と滞納繰越分の内訳を併記した。", 8)

    # ---- per-debt sheets
    for si, sh in enumerate(SHEETS, 1):
        D.new_page()
        name = sh["name"]
        D.text(LM, D.y, f"４　債権ごとの取組（{si}）　{name}", 12.5, "g")
        D.y += 6
        D.text(RM, D.y + 12, f"所管：{sh['ka']}", 9, "m", "r")
        D.y += 14
        D.head("(1) 収納状況の推移", 10.5)
        D.text(RM, D.y, "（単位：円、人）", 8, "m", "r")
        D.y += 4
        cx = [LM, LM + 30, LM + 82] + [LM + 82 + 80.2 * k for k in range(1, 6)]
        top = D.y
        D.line(LM, D.y, RM, D.y, 0.8)
        D.y += 15
        D.text((cx[0] + cx[2]) / 2, D.y - 4, "区分", 8.5, "g", "c")
        for k, (fy, fyl) in enumerate(YEARS):
            D.text((cx[2 + k] + cx[3 + k]) / 2, D.y - 4, fyl, 8.5, "g", "c")
        D.line(LM, D.y, RM, D.y, 0.6)
        data = sh["data"]
        groups = [("現年分", "current", "ca", "cc"), ("滞納繰越分", "arrears", "aa", "ac"), ("計", "total", "a", "c")]
        for gl, seg, ka, kc in groups:
            gtop = D.y
            for ml, kind in (("調定額", "a"), ("収入済額", "c"), ("収納率", "r")):
                D.y += 14
                D.text(cx[1] + 3, D.y - 4, ml, 8, "m")
                for k, ((fy, fyl), v) in enumerate(zip(YEARS, data)):
                    if kind == "r":
                        val = rate(v[kc], v[ka]); s = f"{val:.2f}%"
                        facts.add(page=pg(), debt=name, fy=fy, fy_raw=fyl, seg=seg, metric="collection_rate",
                                  basis="actual", value=val, unit="percent", raw=s)
                    else:
                        val = v[ka if kind == "a" else kc]; s = comma(val)
                        facts.add(page=pg(), debt=name, fy=fy, fy_raw=fyl, seg=seg,
                                  metric="assessed" if kind == "a" else "collected", basis="actual", value=val,
                                  unit="yen", raw=s)
                    D.text(cx[3 + k] - 3, D.y - 4, s, 7.6, "m", "r")
                D.line(cx[1], D.y, RM, D.y, 0.3)
            # merged group label, vertically centred, one char per line
            chars = list(gl)
            cy = (gtop + D.y) / 2 - (len(chars) - 1) * 4.6
            for ch in chars:
                D.text((cx[0] + cx[1]) / 2, cy + 3, ch, 8, "m", "c")
                cy += 9.2
            D.line(LM, D.y, RM, D.y, 0.6)
        for ml, key, met, unit in (("不納欠損額", "w", "written_off", "yen"), ("収入未済額", "o", "outstanding", "yen"),
                                    ("滞納者数", "dl", "delinquents", "persons")):
            D.y += 14
            D.text(cx[0] + 3, D.y - 4, ml, 8, "m")
            for k, ((fy, fyl), v) in enumerate(zip(YEARS, data)):
                s = comma(v[key])
                D.text(cx[3 + k] - 3, D.y - 4, s, 7.6, "m", "r")
                facts.add(page=pg(), debt=name, fy=fy, fy_raw=fyl, seg="total", metric=met, basis="actual",
                          value=v[key], unit=unit, raw=s)
            D.line(LM, D.y, RM, D.y, 0.6)
        for x in cx:
            if x in (cx[1],):
                continue
            D.line(x, top, x, D.y, 0.6)
        # cx[1] only through the grouped rows
        D.line(cx[1], top + 15, cx[1], D.y - 42, 0.6)
        # prose with figures
        last, prev = data[4], data[3]
        rc, rp = rate(last["cc"], last["ca"]), rate(prev["cc"], prev["ca"])
        ra = rate(last["ac"], last["aa"])
        D.y += 6
        D.head("(2) 収納状況の分析", 10.5)
        sent = (f"令和4年度の現年分収納率は{rc:.2f}％で、前年度の{rp:.2f}％を上回った。滞納繰越分は{ra:.2f}％となり、"
                f"収入未済額は約{okuman(round(last['o'] / 1_000_000) * 1_000_000)}まで縮減した。")
        D.para(sent, 9.5, first=9.5)
        p_here = pg()
        for raw, fy_, fyl, seg, met, val, unit, ap in (
                (f"{rc:.2f}％", 2022, "令和4年度", "current", "collection_rate", rc, "percent", False),
                (f"{rp:.2f}％", 2021, "前年度", "current", "collection_rate", rp, "percent", False),
                (f"{ra:.2f}％", 2022, "令和4年度", "arrears", "collection_rate", ra, "percent", False),
                (f"約{okuman(round(last['o'] / 1_000_000) * 1_000_000)}", 2022, "令和4年度", "total", "outstanding",
                 round(last['o'] / 1_000_000) * 1_000_000, "yen", True)):
            facts.add(page=p_here, debt=name, fy=fy_, fy_raw=fyl, seg=seg, metric=met, basis="actual", value=val,
                      unit=unit, raw=raw, approx=ap)
        # targets: bracketed heading, two side-by-side year headings, segment-only bullets
        D.head("(3) 目標", 10.5)
        D.y += 6
        D.text(LM + 6, D.y + 8, "【目標収納率】", 10, "g")
        D.y += 14
        bx0 = D.y
        for k, (fy_, lab) in enumerate(((2024, "令和6年度（2024年度）"), (2025, "令和7年度（2025年度）"))):
            x0 = LM + 20 + k * 230
            y = bx0 + 14
            D.text(x0, y, lab, 9.5, "g")
            D.line(x0, y + 3, x0 + 150, y + 3, 0.4)
            for seg, sl, v in zip(("current", "arrears", "total"), ("現年分", "滞納繰越分", "全体"), sh["target"][fy_]):
                y += 15
                D.text(x0 + 6, y, f"・{sl}", 9.5, "m")
                D.text(x0 + 140, y, f"{v:.2f}％", 9.5, "m", "r")
                facts.add(page=pg(), debt=name, fy=fy_, fy_raw=lab, seg=seg, metric="collection_rate", basis="target",
                          value=v, unit="percent", raw=f"{v:.2f}％")
        D.y = bx0 + 14 + 15 * 3 + 10
        D.page.draw_rect(fitz.Rect(LM, bx0 - 22, RM, D.y), width=0.6)
        D.y += 4
        D.head("(4) 目標実現に向けた取組", 10.5)
        for lab, t, st in sh["torikumi"]:
            D.para(f"{lab}{t}【{st}】", 9.5, indent=8, first=-8 + 8)
            inits.append({"debt": name, "fiscal_year": 2024, "section": "目標実現に向けた取組", "label": lab, "text": t,
                          "status": st, "page": pg()})

    pdf = PDF_DIR / f"{STEM}.pdf"
    D.doc.subset_fonts()
    D.doc.save(pdf, garbage=4, deflate=True)
    D.doc.close()
    document = {"kind": "plan", "municipality": CITY, "title": "板橋区債権管理推進プラン（令和6年度～令和8年度）",
                "date": "2024-03-01", "date_raw": "令和6年3月"}
    finish(STEM, document, facts, inits)


if __name__ == "__main__":
    build()
