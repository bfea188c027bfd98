"""ql_soma_minutes_1: 相馬市議会 決算審査特別委員会記録 (令和6年9月). HTML/CSS -> chromium.
Run from corpus/frozen47:  python3 build/ql_soma_minutes.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ql_common import ROOT, WORK, Gold, check, chromium

STEM = "ql_soma_minutes_1"
TITLE = "相馬市議会決算審査特別委員会記録"
g = Gold(STEM, "minutes", "minutes", "相馬市", TITLE, "2024-09-12", "令和6年9月12日")

MEMBERS = [("委員長", "佐　藤　一　也"), ("副委員長", "荒　　　貴　子"), ("委員", "鈴　木　正　弘"), ("委員", "今　野　　　剛"),
           ("委員", "渡　辺　美智子"), ("委員", "高　橋　伸　一"), ("委員", "大　和　田　健"), ("委員", "菅　野　英　明"),
           ("委員", "遠　藤　由　紀"), ("委員", "村　田　孝　之")]
ABSENT = [("委員", "斎　藤　隆　夫")]
EXPL = [("市長", "立　谷　修　一"), ("副市長", "阿　部　和　彦"), ("総務部長", "松　本　賢　治"), ("財務部長", "星　　　浩　二"),
        ("税務課長", "木　幡　直　人"), ("収納対策課長", "八　巻　　　修"), ("健康・福祉部長", "鈴　木　千　春"),
        ("保険年金課長", "佐　々　木　聡"), ("こども・子育て支援課長", "杉　本　由　香"), ("建設部長", "岡　田　雅　樹"),
        ("都市整備課長", "門　馬　茂　樹")]
STAFF = [("議会事務局長", "小　野　寺　誠"), ("議事係長", "中　村　早　苗"), ("主査", "新　妻　亮")]


def nm(s):
    return s.replace("　", "")


P1 = []
P1.append(f"<h1>{TITLE}</h1>")
P1.append("<table class='hd'><tr><td>日時</td><td>令和６年９月12日（木）午前10時00分開議</td></tr>"
          "<tr><td>場所</td><td>相馬市議会　第一委員会室</td></tr>"
          "<tr><td>審査案件</td><td>認定第１号　令和５年度相馬市一般会計歳入歳出決算の認定について<br>"
          "認定第２号　令和５年度相馬市国民健康保険特別会計歳入歳出決算の認定について</td></tr></table>")
P1.append(f"<h2>◎出席委員（{len(MEMBERS)}名）</h2><div class='grid'>" +
          "".join(f"<span>{r}　{n}</span>" for r, n in MEMBERS) + "</div>")
P1.append(f"<h2>◎欠席委員（{len(ABSENT)}名）</h2><div class='grid'>" +
          "".join(f"<span>{r}　{n}</span>" for r, n in ABSENT) + "</div>")
P1.append(f"<h2>◎説明のため出席した者（{len(EXPL)}名）</h2><div class='grid'>" +
          "".join(f"<span>{t}　{n}</span>" for t, n in EXPL) + "</div>")
P1.append(f"<h2>◎事務局職員（{len(STAFF)}名）</h2><div class='grid'>" +
          "".join(f"<span>{t}　{n}</span>" for t, n in STAFF) + "</div>")
P1.append("<div class='sep'>――――――――――――――――――――――――――――――――――</div>")
AG = ["認定第１号　令和５年度相馬市一般会計歳入歳出決算の認定について",
      "認定第２号　令和５年度相馬市国民健康保険特別会計歳入歳出決算の認定について"]

# statements (speaker printed with ○ and name in parentheses as in many council records)
S = []


def st(speaker, text, section="認定第１号及び認定第２号（歳入・債権管理関係）"):
    S.append((speaker, section, text))


st("佐藤委員長", "ただいまから決算審査特別委員会を開会いたします。本日は、歳入のうち市税及び国民健康保険税並びに債権管理の状況について審査を行います。"
   "質疑のある方は挙手願います。")
st("鈴木委員", "令和５年度決算で市税の収納率はどうなったのか。あわせて、収入未済額が前年度と比べてどう変わったのかお示しいただきたい。")
st("木幡税務課長", "お答えいたします。令和５年度決算における市税の収納率は、現年課税分が99.08％、滞納繰越分が26.4％で、"
   "合計では97.12％となり、前年度比で0.35ポイント上昇いたしました。市税の収入未済額は約２億1,300万円で、"
   "前年度と比べて約1,800万円の減少となっております。")
st("鈴木委員", "不納欠損の状況についても伺いたい。")
st("八巻収納対策課長", "令和５年度の市税の不納欠損額は1,146万円余で、その多くは執行停止後３年を経過したもの及び時効の完成によるものでございます。"
   "財産調査の結果、滞納処分をすることができる財産がない方について、法に基づき適正に処理したものでございます。")
st("渡辺委員", "国民健康保険税の滞納が多いと聞いている。収入未済額と滞納世帯数はどのくらいか。平成29年度と比べてどうか。")
st("佐々木保険年金課長", "国民健康保険税の令和５年度末の収入未済額は約４億2,600万円で、滞納世帯数は1,083世帯でございます。"
   "H29（平成29年度）末の収入未済額が約６億1,500万円でございましたので、この間に約１億8,900万円縮減したことになります。"
   "現年課税分の収納率は94.27％で、前年度比1.12ポイント改善いたしました。")
st("渡辺委員", "差押えはどの程度行っているのか。")
st("八巻収納対策課長", "令和５年度の差押件数は、市税と国民健康保険税を合わせて412件でございます。預貯金の差押えが最も多く、全体の約７割を占めております。")
st("今野委員", "市営住宅使用料や保育料など、税以外の債権の収入未済額はどうなっているのか。")
st("松本総務部長", "税外債権につきましては、令和５年度末の収入未済額の合計は約8,540万円で、前年度から約320万円減少しております。"
   "このうち市営住宅使用料が2,318万円余と最も大きく、保育料は約640万円でございます。債権管理条例に基づき、所管課ごとに回収計画を立てて取り組んでおります。")
st("今野委員", "引き続き、公平性の観点から取組を進めていただきたい。以上です。")
st("大和田委員", "債権管理条例に基づく債権放棄の件数は増えているのか。放棄の判断が所管課ごとにばらつかないようにしてほしい。")
st("松本総務部長", "債権放棄は、条例で定める要件に該当するかどうかを債権管理委員会で確認した上で行っており、所管課ごとに判断が分かれることのないよう運用しております。今後も放棄の状況は決算の附属資料で報告してまいります。")
st("大和田委員", "了解した。")
st("佐藤委員長", "ほかに質疑はございませんか。――質疑がないようですので、以上で歳入及び債権管理関係の質疑を終結いたします。")

FY, FYR = 2023, "令和５年度"
F = [
    (2, "市税", "current", "collection_rate", 99.08, "percent", "99.08％", False, "令和５年度決算"),
    (2, "市税", "arrears", "collection_rate", 26.4, "percent", "26.4％", False, "令和５年度決算"),
    (2, "市税", "total", "collection_rate", 97.12, "percent", "97.12％", False, "令和５年度決算"),
    (2, "市税", "total", "difference", 0.35, "points", "0.35ポイント", False, "令和５年度決算"),
    (2, "市税", "total", "outstanding", 213_000_000, "yen", "約２億1,300万円", True, "令和５年度決算"),
    (2, "市税", "total", "difference", -18_000_000, "yen", "約1,800万円", True, "令和５年度決算"),
    (2, "市税", "total", "written_off", 11_460_000, "yen", "1,146万円余", True, "令和５年度"),
    (2, "国民健康保険税", "total", "outstanding", 426_000_000, "yen", "約４億2,600万円", True, "令和５年度末"),
    (2, "国民健康保険税", "total", "delinquents", 1083, "households", "1,083世帯", False, "令和５年度末"),
    (2, "国民健康保険税", "current", "collection_rate", 94.27, "percent", "94.27％", False, "令和５年度末"),
    (2, "国民健康保険税", "current", "difference", 1.12, "points", "1.12ポイント", False, "令和５年度末"),
    (3, None, "total", "seizures", 412, "cases", "412件", False, "令和５年度"),
    (3, None, "total", "outstanding", 85_400_000, "yen", "約8,540万円", True, "令和５年度末"),
    (3, None, "total", "difference", -3_200_000, "yen", "約320万円", True, "令和５年度末"),
    (3, "市営住宅使用料", "total", "outstanding", 23_180_000, "yen", "2,318万円余", True, "令和５年度末"),
    (3, "保育料", "total", "outstanding", 6_400_000, "yen", "約640万円", True, "令和５年度末"),
]
SPLIT = 11


def page_of(raw):
    k = next(i for i, x in enumerate(S) if raw in x[2])
    return 2 if k < SPLIT else 3


for pg, debt, seg, met, v, unit, raw, ap, fyr in F:
    pg = page_of(raw)
    g.f(pg, debt, None, FY, fyr, seg, met, "actual", v, unit, raw, approx=ap)
g.f(page_of("約６億1,500万円"), "国民健康保険税", None, 2017, "H29（平成29年度）末", "total", "outstanding", "actual", 615_000_000, "yen", "約６億1,500万円",
    approx=True)
g.f(page_of("約１億8,900万円"), "国民健康保険税", None, 2023, "令和５年度末", "total", "difference", "actual", -189_000_000, "yen", "約１億8,900万円",
    approx=True)
# check: 615 - 426 = 189

CSS = """
@page { size: A4; margin: 18mm 20mm; }
body { font-family: 'IPAexMincho'; font-size: 10.5pt; line-height: 1.7; }
.pg { page-break-after: always; }
h1 { font-family: 'IPAexGothic'; font-size: 15pt; text-align: center; letter-spacing: 2px; margin: 0 0 10px; }
h2 { font-family: 'IPAexGothic'; font-size: 10.5pt; margin: 10px 0 2px; }
table.hd td { padding: 1px 8px 1px 0; vertical-align: top; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 20px; padding-left: 1em; }
.sep { text-align: center; margin: 8px 0; }
.sp { margin: 6px 0; text-indent: -1em; padding-left: 1em; }
.sp b { font-family: 'IPAexGothic'; font-weight: normal; }
.foot { text-align: center; font-size: 8.5pt; margin-top: 10px; }
"""


def spk_html(sp, text):
    # ○鈴木委員　text ; speaker printed with ○ and a full-width space
    return f"<div class='sp'><b>○{sp}</b>　{text}</div>"


page2 = "".join(spk_html(sp, tx) for sp, _, tx in S[:SPLIT])
page3 = "".join(spk_html(sp, tx) for sp, _, tx in S[SPLIT:])
P1.append("<div class='sp'>午前10時00分　開議</div>")
html = (f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
        f"<div class='pg'>{''.join(P1)}<div class='foot'>－１－</div></div>"
        f"<div class='pg'>{page2}<div class='foot'>－２－</div></div>"
        f"<div>{page3}<div class='sp'>午前11時42分　休憩</div><div class='foot'>－３－</div></div></body></html>")
hp = WORK / f"{STEM}.html"
hp.write_text(html, encoding="utf-8")
pdf = ROOT / "pdf" / f"{STEM}.pdf"
chromium(hp, pdf)

att = [{"role": r, "title": None, "name": nm(n)} for r, n in MEMBERS]
att += [{"role": "説明員", "title": t, "name": nm(n)} for t, n in EXPL]
att += [{"role": "事務局", "title": t, "name": nm(n)} for t, n in STAFF]
g.minutes = {"title": TITLE, "meeting_number": None, "date": "2024-09-12", "method": None, "attendees": att,
             "agenda": AG, "materials": [],
             "statements": [{"speaker": sp, "section": sec, "text": tx, "page": 2 if i < SPLIT else 3}
                            for i, (sp, sec, tx) in enumerate(S)]}
gp = g.write(pdf)
ok = check(pdf, gp)
import fitz  # noqa: E402
d = fitz.open(pdf)
for i, (sp, _, tx) in enumerate(S):
    pg = 2 if i < SPLIT else 3
    assert tx[:20] in d[pg - 1].get_text().replace("\n", ""), (i, sp)
sys.exit(0 if ok else 1)
