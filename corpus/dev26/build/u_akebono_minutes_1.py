"""あけぼの市議会 総務常任委員会記録 (council committee record) — PyMuPDF direct drawing.
Modelled on a municipal 総務常任委員会 所管事務調査「債権管理について」 record (○委員長 / ○部長 speaker lines)."""
import fitz
from u_common import *

STEM = "u_akebono_minutes_1"
M = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
G = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
FM, FG = fitz.Font(fontfile=M), fitz.Font(fontfile=G)
W, H = fitz.paper_size("a4")
L, R, TOP, BOT = 62, W - 62, 70, H - 66
FS, LH = 10.5, 17.5

MEMBERS = [("委員長", "村瀬　和彦"), ("副委員長", "高木　真理子"), ("委員", "大野　拓也"),
           ("委員", "石川　典子"), ("委員", "森本　健二"), ("委員", "加藤　昭夫"), ("委員", "西田　美穂")]
STAFF = [("財務部長", "岡田　修一"), ("財務部次長兼納税課長", "山中　浩"), ("債権管理課長", "小池　隆"),
         ("子ども・若者部長", "藤原　恵子"), ("保険年金課長", "今井　章"), ("都市整備部住宅課長", "坂口　誠")]
OFFICE = [("議事調査課長", "野口　仁"), ("議事調査課書記", "吉村　彩")]
AGENDA = ["所管事務調査　市債権の管理状況について", "閉会中の継続調査について"]
MATERIALS = ["資料１　市債権の収入未済額の状況（令和５年度決算）",
             "資料２　主要債権の収納状況（令和６年９月末現在）"]
SEC1, SEC2 = AGENDA

# 別表 (令和5年度決算, 千円): 調定額, 収入済額, 不納欠損額
TABLE = [("市税", 24518630, 23612845, 81402),
         ("国民健康保険税", 5842117, 5031640, 96215),
         ("介護保険料", 4120384, 4035912, 18730),
         ("後期高齢者医療保険料", 1962450, 1948077, 2114),
         ("保育所保育料", 412806, 398115, 1960),
         ("市営住宅使用料", 586240, 452930, 9870)]
ROWS = [(n, a, c, w, a - c - w) for n, a, c, w in TABLE]
TOT = ("合計",) + tuple(sum(r[i] for r in ROWS) for i in (1, 2, 3, 4))
tot_out = TOT[4]  # 千円
tot_man = round(tot_out / 100) * 100  # 万円 rounded to 百万 → printed as 約17億5,xxx万円
def oku_man(yen_k):
    man = round(yen_k / 10)       # 千円 -> 万円
    oku, rest = divmod(man, 10000)
    return f"{oku}億{rest:,}万円" if oku else f"{rest:,}万円"

# statements: (speaker, section, text, facts-spec)
# facts-spec: list of (raw, dict of fact fields)
S = []
def st(speaker, section, text, facts=()):
    S.append((speaker, section, text, list(facts)))

st("村瀬委員長", SEC1, "ただいまから総務常任委員会を開会いたします。本日は、閉会中の所管事務調査として、市債権の管理状況について調査を行います。なお、加藤委員から遅れる旨の連絡がありましたので、御報告いたします。それでは、理事者から資料の説明を求めます。")
st("岡田財務部長", SEC1, "財務部長の岡田でございます。本市の債権につきましては、平成２９年度に債権管理条例を制定して以来、全庁的に収入未済額の縮減に取り組んでまいりました。本日は資料１及び資料２に基づき、担当課長から説明させていただきます。よろしくお願いいたします。")
t_all = "約21億7,300万円"
st("小池債権管理課長", SEC1,
   f"債権管理課長の小池でございます。資料１を御覧ください。令和５年度決算における全会計の収入未済額は{t_all}で、前年度と比較いたしますと約１億４００万円の減少となっております。このうち別表に掲げております主要６債権の収入未済額の合計は約{oku_man(tot_out)}で、全体の約８割を占めております。債権ごとの調定額、収入済額等は記録末尾の別表のとおりでございます。",
   [(t_all, dict(debt=None, fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual", value=2173000000, unit="yen", approx=True)),
    ("約" + oku_man(tot_out), dict(debt=None, debt_raw="主要６債権", fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual", value=round(tot_out / 10) * 10000, unit="yen", approx=True))])
tax_out = ROWS[0][4]
st("山中財務部次長兼納税課長", SEC1,
   f"続きまして、市税について御説明いたします。令和５年度の市税の収納率は、現年課税分が９９．１２％、滞納繰越分が２８．４７％でございまして、いずれも前年度を上回っております。収入未済額は約{zen(oku_man(tax_out))}となり、ピーク時の平成２２年度、約２４億円から大きく縮減しております。",
   [("９９．１２％", dict(debt="市税", fy=2023, fy_raw="令和５年度", seg="current", metric="collection_rate", basis="actual", value=99.12, unit="percent")),
    ("２８．４７％", dict(debt="市税", fy=2023, fy_raw="令和５年度", seg="arrears", metric="collection_rate", basis="actual", value=28.47, unit="percent")),
    ("約" + zen(oku_man(tax_out)), dict(debt="市税", fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual", value=round(tax_out / 10) * 10000, unit="yen", approx=True)),
    ("約２４億円", dict(debt="市税", fy=2010, fy_raw="平成２２年度", seg="total", metric="outstanding", basis="actual", value=2400000000, unit="yen", approx=True))])
st("大野委員", SEC1, "国民健康保険税の収納率が他の債権に比べて低い状況が続いているように思います。今年度の途中の状況はどうなっているのか、前年と比べてどうなのか、お聞かせください。")
st("今井保険年金課長", SEC1,
   "資料２を御覧ください。国民健康保険税の令和６年９月末時点の収納率は、現年分で47.85％、前年同期は47.12％でございました。滞納繰越分は15.36％で、前年同期の14.80％を0.56ポイント上回っております。年度後半は、12月の滞納整理強化月間において財産調査と差押えを集中して行う予定でございます。",
   [("47.85％", dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年９月末", seg="current", metric="collection_rate", basis="interim", value=47.85, unit="percent", as_of="2024-09-30")),
    ("47.12％", dict(debt="国民健康保険税", fy=2023, fy_raw="前年同期", seg="current", metric="collection_rate", basis="interim", value=47.12, unit="percent", as_of="2023-09-30")),
    ("15.36％", dict(debt="国民健康保険税", fy=2024, fy_raw="令和６年９月末", seg="arrears", metric="collection_rate", basis="interim", value=15.36, unit="percent", as_of="2024-09-30")),
    ("14.80％", dict(debt="国民健康保険税", fy=2023, fy_raw="前年同期", seg="arrears", metric="collection_rate", basis="interim", value=14.80, unit="percent", as_of="2023-09-30"))])
st("大野委員", SEC1, "前年より改善しているとのことですが、決算の段階でどの程度を見込んでいるのでしょうか。")
st("今井保険年金課長", SEC1,
   "現時点での決算見込みとしては、現年分で93.40％、滞納繰越分で24.00％程度を見込んでおります。",
   [("93.40％", dict(debt="国民健康保険税", fy=2024, fy_raw=None, seg="current", metric="collection_rate", basis="estimate", value=93.40, unit="percent")),
    ("24.00％", dict(debt="国民健康保険税", fy=2024, fy_raw=None, seg="arrears", metric="collection_rate", basis="estimate", value=24.00, unit="percent"))])
st("石川委員", SEC1, "保育所保育料についてお伺いします。滞納している世帯はどのくらいあるのか、また、児童手当からの徴収はどの程度行っているのでしょうか。")
st("藤原子ども・若者部長", SEC1,
   "保育所保育料の滞納者数は、令和５年度末で312人、令和４年度末は348人でございました。児童手当からの特別徴収につきましては、申出のあった世帯に加え、滞納額の大きい世帯に対して個別に働きかけを行っております。",
   [("312人", dict(debt="保育所保育料", fy=2023, fy_raw="令和５年度末", seg="total", metric="delinquents", basis="actual", value=312, unit="persons")),
    ("348人", dict(debt="保育所保育料", fy=2022, fy_raw="令和４年度末", seg="total", metric="delinquents", basis="actual", value=348, unit="persons"))])
h_out = ROWS[5][4]
st("森本委員", SEC1, "市営住宅使用料は私債権ということで、強制徴収ができないと聞いております。収入未済額はどのくらいあって、法的措置はどのように進めているのか伺います。")
st("坂口住宅課長", SEC1,
   f"市営住宅使用料の収入未済額は、令和５年度決算で{oku_man(h_out)[:-2]}円余でございます。退去者分が約６割を占めておりますので、今年度から退去者滞納分の回収業務を弁護士法人に委託しております。また、入居中の長期滞納者につきましては、明渡し請求訴訟を３件提起いたしました。",
   [(oku_man(h_out)[:-2] + "円余", dict(debt="市営住宅使用料", fy=2023, fy_raw="令和５年度", seg="total", metric="outstanding", basis="actual", value=round(h_out / 10) * 10000, unit="yen", approx=True))])
st("高木副委員長", SEC1, "全庁的な取組として、滞納者の情報を各課で共有する仕組みはどうなっているのか、最後に確認させてください。")
st("小池債権管理課長", SEC1, "税情報の利用について本人の同意を得る様式を、私債権を含む全ての債権で導入するよう各課に依頼しております。令和７年度第２回の債権管理推進本部会議におきまして、名寄せの実施状況を報告する予定でございます。")
st("村瀬委員長", SEC1, "ほかに御質疑はございませんか。――なければ、本件の調査はこれで終了いたします。")
st("村瀬委員長", SEC2, "次に、閉会中の継続調査についてお諮りいたします。市債権の管理状況について、引き続き閉会中も調査を行うことに御異議ございませんか。（「異議なし」の声あり）御異議なしと認め、そのように決定いたしました。以上で総務常任委員会を閉会いたします。")


class Doc:
    def __init__(self):
        self.doc = fitz.open(); self.page = None; self.y = 0; self.pno = 0
        self.new_page()
    def new_page(self):
        self.page = self.doc.new_page(width=W, height=H); self.pno += 1
        self.page.insert_text((R - FM.text_length("あけぼの市議会　総務常任委員会記録", 8), 40),
                              "あけぼの市議会　総務常任委員会記録", fontsize=8, fontname="M", fontfile=M)
        self.page.draw_line((L, 46), (R, 46), width=0.4)
        self.y = TOP
    def ensure(self, h):
        if self.y + h > BOT:
            self.new_page()
    def wrap(self, text, width, font=FM, fs=FS):
        lines, cur = [], ""
        for ch in text:
            if font.text_length(cur + ch, fs) > width:
                if ch in "、。）」％":  # kinsoku: keep punctuation on the line
                    cur += ch; lines.append(cur); cur = ""; continue
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur: lines.append(cur)
        return lines
    def para(self, text, indent=0, hang=0, font="M", fs=FS, gap=3):
        f = FM if font == "M" else FG; ff = M if font == "M" else G
        width = R - L - indent * fs
        first = True; pages = set()
        lines = self.wrap(text, width, f, fs)
        # subsequent lines narrower by hang
        out = [lines[0]] if lines else []
        rest = "".join(lines[1:])
        if rest:
            out += self.wrap(rest, width - hang * fs, f, fs)
        for i, ln in enumerate(out):
            self.ensure(LH)
            x = L + indent * fs + (0 if i == 0 else hang * fs)
            self.page.insert_text((x, self.y), ln, fontsize=fs, fontname=font, fontfile=ff)
            pages.add(self.pno); self.y += LH
        self.y += gap
        return min(pages)

d = Doc()
d.para("総務常任委員会記録", font="G", fs=16, gap=4, indent=12)
d.para("（第８回）", fs=11, indent=18, gap=6)
d.para("※本記録中の数値は、令和７年度第２回債権管理推進本部会議資料として再掲するものを含む。", fs=8.5, indent=2, gap=10)
d.para("１　開会日時　　令和６年11月20日（水）　午前10時00分開会　午前11時42分閉会", gap=6)
d.para("２　開会場所　　第２委員会室", gap=6)
d.para("３　出席委員（７名）", gap=2)
for i in range(0, len(MEMBERS), 3):
    d.para("　　".join(f"{r}　{n}" for r, n in MEMBERS[i:i + 3]), indent=2, gap=1)
d.y += 4
d.para("４　説明のため出席した者", gap=2)
for t, n in STAFF:
    d.para(f"{t}　{n}", indent=2, gap=1)
d.y += 4
d.para("５　職務のため出席した事務局職員", gap=2)
d.para("　　".join(f"{t}　{n}" for t, n in OFFICE), indent=2, gap=6)
d.para("６　付議事件", gap=2)
for i, a in enumerate(AGENDA, 1):
    d.para(f"（{zen(str(i))}）{a}", indent=2, gap=1)
d.y += 4
d.para("７　配付資料", gap=2)
for m in MATERIALS:
    d.para(m, indent=2, gap=1)
d.y += 4
d.para("８　審査の経過", gap=6)
starts = []
cur_sec = None
for spk, sec, text, _ in S:
    if sec != cur_sec:
        d.ensure(LH * 3)
        d.para(f"【{sec}】", font="G", gap=4)
        cur_sec = sec
    starts.append(d.para(f"○{spk}　{text}", hang=1, gap=5))

# 別表 on a new page, horizontal rules only
d.new_page()
d.para("別表　主要債権の収入未済額等（令和５年度決算）", font="G", fs=11.5, gap=2)
d.page.insert_text((R - FM.text_length("（単位：千円、％）", 9), d.y), "（単位：千円、％）", fontsize=9, fontname="M", fontfile=M)
d.y += 8
cols = [("債権名", 130), ("調定額", 78), ("収入済額", 78), ("不納欠損額", 66), ("収入未済額", 74), ("収納率", 45)]
x0 = L; xs = []
for _, w in cols:
    xs.append((x0, x0 + w)); x0 += w
tbl_y = d.y
d.page.draw_line((L, d.y), (x0, d.y), width=1.0)
d.y += 15
for (name, w), (a, b) in zip(cols, xs):
    d.page.insert_text(((a + b - FG.text_length(name, 9.5)) / 2, d.y), name, fontsize=9.5, fontname="G", fontfile=G)
d.y += 6
d.page.draw_line((L, d.y), (x0, d.y), width=0.6)
page_tbl = d.pno
tfacts = []
for row in ROWS + [TOT]:
    d.y += 16
    name, a, c, w, o = row
    r = rate(c, a)
    cells = [name, fmt(a), fmt(c), fmt(w), fmt(o), f"{r:.2f}"]
    for k, (txt, (xa, xb)) in enumerate(zip(cells, xs)):
        if k == 0:
            d.page.insert_text((xa + 4, d.y), txt, fontsize=9.5, fontname="M", fontfile=M)
        else:
            d.page.insert_text((xb - 4 - FM.text_length(txt, 9.5), d.y), txt, fontsize=9.5, fontname="M", fontfile=M)
    debt = None if name == "合計" else name
    for metric, v, raw, unit in (("assessed", a * 1000, fmt(a), "yen"), ("collected", c * 1000, fmt(c), "yen"),
                                 ("written_off", w * 1000, fmt(w), "yen"), ("outstanding", o * 1000, fmt(o), "yen"),
                                 ("collection_rate", r, f"{r:.2f}", "percent")):
        tfacts.append(fact(debt, 2023, "令和５年度", "total", metric, "actual", v, unit, raw, page_tbl, debt_raw=name))
    d.y += 5
    d.page.draw_line((L, d.y), (x0, d.y), width=0.3 if name != "市営住宅使用料" else 0.8)
d.y += 16
d.para("注１　収納率＝収入済額÷調定額（現年課税分と滞納繰越分の合計）。", fs=8.5, gap=1)
d.para("注２　千円未満を四捨五入しているため、合計が一致しない場合がある。", fs=8.5, gap=1)

for i, p in enumerate(d.doc, 1):
    t = f"－ {i} －"
    p.insert_text(((W - FM.text_length(t, 9)) / 2, H - 36), t, fontsize=9, fontname="M", fontfile=M)
d.doc.subset_fonts()
pdf = PDF / f"{STEM}.pdf"
d.doc.save(pdf, garbage=4, deflate=True)

texts = page_texts(pdf)
facts = []
for (spk, sec, text, fs), p0 in zip(S, starts):
    for raw, f in fs:
        pg = find_page(texts, raw, p0)
        f = dict(f); debt = f.pop("debt"); fy = f.pop("fy"); fyr = f.pop("fy_raw")
        facts.append(fact(debt, fy, fyr, f.pop("seg"), f.pop("metric"), f.pop("basis"), f.pop("value"),
                          f.pop("unit"), raw, pg, **f))
facts += tfacts
attendees = [{"role": r, "title": None, "name": n.replace("　", " ")} for r, n in MEMBERS]
attendees += [{"role": t, "title": t, "name": n.replace("　", " ")} for t, n in STAFF]
attendees += [{"role": "事務局", "title": t, "name": n.replace("　", " ")} for t, n in OFFICE]
minutes = {"title": "総務常任委員会記録（第８回）", "meeting_number": 8, "date": "2024-11-20", "method": None,
           "attendees": attendees, "agenda": AGENDA, "materials": MATERIALS,
           "statements": [{"speaker": spk, "section": sec, "text": text, "page": p0}
                          for (spk, sec, text, _), p0 in zip(S, starts)]}
document = {"kind": "minutes", "municipality": "あけぼの市", "title": "総務常任委員会記録（第８回）",
            "date": "2024-11-20", "date_raw": "令和６年11月20日（水）"}
write_gold(STEM, pdf, document, facts, [], minutes)
