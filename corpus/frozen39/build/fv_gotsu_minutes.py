"""fv: 令和7年度第2回江津市債権管理対策委員会 会議録 -- python-docx -> LibreOffice.
Run from corpus/frozen39:  python3 build/fv_gotsu_minutes.py"""
import os, subprocess, sys, shutil
sys.path.insert(0, os.path.dirname(__file__))
from fv_common import Gold, c, r, rate, fr, zen
from fv_docx import *
from docx.shared import Pt, Mm
from docx.enum.text import WD_BREAK

STEM = "fv_gotsu_minutes_1"
WORK = "/tmp/fv_work/" + STEM
os.makedirs(WORK, exist_ok=True)
TITLE = "令和７年度第２回江津市債権管理対策委員会 会議録"
G = Gold("minutes", "江津市", TITLE, "2025-11-20", "令和７年１１月２０日（木）", family="minutes")
z2 = lambda x: zen(f"{x:.2f}")
A1, A0 = "2025-09-30", "2024-09-30"
# name, debt, section, ca, cur rate, prev cur rate, aa, arr rate, prev arr rate
SPEC = [("市税", "市税", 3412000, 53.12, 52.71, 121500, 18.05, 17.22),
        ("国民健康保険税", "国民健康保険税", 612400, 41.35, 41.63, 168200, 10.42, 9.87),
        ("介護保険料", "介護保険料", 498000, 54.80, 54.51, 12100, 11.20, 10.64),
        ("後期高齢者医療保険料", "後期高齢者医療保険料", 236500, 52.10, 51.96, 1830, 21.50, 20.10),
        ("保育料", "保育料", 24800, 49.60, 49.10, 8200, 7.30, 6.85),
        ("市営住宅使用料", "市営住宅使用料", 71200, 48.90, 48.35, 28600, 5.80, 5.42),
        ("水道料金", "水道料金", 462000, 84.90, 84.76, 9800, 31.40, 32.05),
        ("下水道使用料", "下水道使用料", 318000, 85.10, 84.98, 6900, 29.80, 29.15)]
D = []
for k, (n, debt, ca, cr, pcr, aa, ar, par) in enumerate(SPEC):
    ca += (k * 37) % 211
    aa += (k * 13) % 97
    cc = int(round(ca * cr / 100)); ac = int(round(aa * ar / 100))
    D.append(dict(n=n, debt=debt, ca=ca, cc=cc, aa=aa, ac=ac, cr=rate(cc, ca), ar=rate(ac, aa), pcr=pcr, par=par))
OUT = sum(d["ca"] + d["aa"] - d["cc"] - d["ac"] for d in D)
OUT_MAN = int(round(OUT / 1000.0)) * 100   # 万円, rounded to 100万円
DEC_MAN = 2300

doc = Document()
st = doc.styles["Normal"]
st.font.name = "IPAex明朝"; st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "IPAex明朝")
st.paragraph_format.line_spacing = 1.45
new_section(doc, None, first=True)
para(doc, TITLE, 14, True, "IPAexゴシック", "c", space_after=12)


def item(label, text, bold_label=True):
    p = para(doc, "", 10.5, space_after=3)
    set_font(p.add_run(label), "IPAexゴシック", 10.5, bold_label)
    if text:
        set_font(p.add_run(text), "IPAex明朝", 10.5)
    return p


item("１　日　　時　", "令和７年１１月２０日（木）午後１時３０分から午後３時００分まで")
item("２　場　　所　", "江津市役所 本庁舎３階 第１会議室")
item("３　開催方法　", "対面")
item("４　出 席 者　", "（委員８名、事務局３名）")
ATT = [("委員長", "副市長")] + [("委員", t) for t in ["総務部長", "政策企画部長", "市民部長", "健康医療部長", "子ども・若者部長", "建設部長", "上下水道部長"]] + \
      [("事務局", t) for t in ["税務課長", "税務課債権管理係長", "税務課債権管理係主任"]]
para(doc, "　委 員 長：副市長", indent=20)
para(doc, "　委　　員：総務部長・政策企画部長・市民部長・健康医療部長・子ども・若者部長・建設部長・上下水道部長", indent=20, first=0)
para(doc, "　事 務 局：税務課長・税務課債権管理係長・税務課債権管理係主任", indent=20)
AGENDA = ["令和７年度上半期（９月末）の債権の状況について", "令和７年度滞納整理強化期間（１２月）の実施について", "債権放棄の審議について"]
item("５　議　　題", "")
for i, a in enumerate(AGENDA):
    para(doc, f"（{zen(i + 1)}）{a}", indent=20)
MATS = ["資料１　令和７年度上半期 債権別収納状況", "資料２　令和７年度滞納整理強化期間実施計画（案）", "資料３　債権放棄対象債権一覧（非強制徴収公債権・私債権）"]
item("６　配付資料", "")
for m in MATS:
    para(doc, m, indent=20)
item("７　会議の概要", "")
para(doc, "　委員長の開会あいさつの後、事務局から資料に基づき説明を行い、質疑応答を行った。発言の要旨は次のとおり。", indent=10)

STM = []


def say(page, speaker, section, paras):
    first = True
    for t in paras:
        p = para(doc, "", 10.5, indent=12, first=-12, space_after=3)
        if first:
            set_font(p.add_run(f"○{speaker}　"), "IPAexゴシック", 10.5, True)
            first = False
        else:
            p.paragraph_format.first_line_indent = Pt(10.5)
        set_font(p.add_run(t), "IPAex明朝", 10.5)
    STM.append({"speaker": speaker, "section": section, "text": "\n".join(paras), "page": page})


para(doc, "（開会）", 10.5, True, "IPAexゴシック", space_after=3)
say(1, "委員長", "開会", ["ただいまから、令和７年度第２回債権管理対策委員会を開会する。上半期の状況を共有し、１２月の強化期間に向けて各部の取組を確認したい。"])
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
# ---- page 2 ----
d0, d1 = D[0], D[1]
sec1 = AGENDA[0]
para(doc, f"議題（１）{sec1}", 10.5, True, "IPAexゴシック", space_after=3)
t1 = (f"資料１により説明する。９月末現在の市税の収納率は、現年課税分が{z2(d0['cr'])}％で前年同期比{z2(r(d0['cr'] - d0['pcr']))}ポイント上昇、"
      f"滞納繰越分は{z2(d0['ar'])}％となっている。")
t2 = (f"国民健康保険税の現年課税分は{z2(d1['cr'])}％で、前年同期を{z2(abs(r(d1['cr'] - d1['pcr'])))}ポイント下回った。"
      f"所得の申告が遅れた世帯の本算定が後ろにずれた影響と考えている。")
o_s = f"約{OUT_MAN // 10000}億{zen(format(OUT_MAN % 10000, ','))}万円"
t3 = (f"全債権の９月末の収入未済額は{o_s}で、前年同期から約{zen(format(DEC_MAN, ','))}万円減少した。"
      f"ただし、この中には納期未到来分が含まれており、年度末の見込みは１２月の強化期間の結果を踏まえて次回報告する。")
say(2, "税務課長", sec1, [t1, t2, t3])
G.fact(2, "市税", "市税", 2025, "９月末", "current", "collection_rate", "interim", d0["cr"], "percent", f"{z2(d0['cr'])}％", as_of=A1)
G.fact(2, "市税", "市税", 2025, "９月末", "current", "difference", "interim", r(d0['cr'] - d0['pcr']), "points", f"{z2(r(d0['cr'] - d0['pcr']))}ポイント", as_of=A1)
G.fact(2, "市税", "市税", 2025, "９月末", "arrears", "collection_rate", "interim", d0["ar"], "percent", f"{z2(d0['ar'])}％", as_of=A1)
G.fact(2, "国民健康保険税", "国民健康保険税", 2025, "９月末", "current", "collection_rate", "interim", d1["cr"], "percent", f"{z2(d1['cr'])}％", as_of=A1)
G.fact(2, "国民健康保険税", "国民健康保険税", 2025, "９月末", "current", "difference", "interim", r(d1['cr'] - d1['pcr']), "points", f"{z2(abs(r(d1['cr'] - d1['pcr'])))}ポイント", as_of=A1)
G.fact(2, None, "全債権", 2025, "９月末", "total", "outstanding", "interim", OUT_MAN * 10000, "yen", o_s, approx=True, as_of=A1)
G.fact(2, None, "全債権", 2025, "９月末", "total", "difference", "interim", -DEC_MAN * 10000, "yen", f"約{zen(format(DEC_MAN, ','))}万円減少", approx=True, as_of=A1)
d5 = D[5]
say(2, "建設部長", sec1, [f"市営住宅使用料の滞納繰越分の収納率は{z2(d5['ar'])}％と低い水準にあるが、他市の状況と比べてどうか。退去者分の扱いについても確認したい。"])
G.fact(2, "市営住宅使用料", "市営住宅使用料", 2025, "９月末", "arrears", "collection_rate", "interim", d5["ar"], "percent", f"{z2(d5['ar'])}％", as_of=A1)
say(2, "税務課長", sec1, ["県内の他市も同程度の水準である。滞納繰越分の多くは退去者分で、所在が判明しないものが含まれるため、資料３のとおり一部は債権放棄の対象として審議をお願いしている。"])
d6 = D[6]
say(2, "上下水道部長", sec1, [f"水道料金の滞納繰越分は{z2(d6['ar'])}％で、前年同期の{z2(d6['par'])}％を下回った。転居時の精算漏れが原因であり、閉栓手続の際に未納額を確認する運用に改めた。"])
G.fact(2, "水道料金", "水道料金", 2025, "９月末", "arrears", "collection_rate", "interim", d6["ar"], "percent", f"{z2(d6['ar'])}％", as_of=A1)
G.fact(2, "水道料金", "水道料金", 2024, "前年同期", "arrears", "collection_rate", "interim", d6["par"], "percent", f"{z2(d6['par'])}％", as_of=A0)
say(2, "市民部長", sec1, ["国民健康保険税の現年分が下回った点について、年度末までに回復する見込みはあるか。"])
say(2, "税務課長", sec1, ["本算定分の第４期以降の納期で回復を見込んでいる。１０月以降、口座振替不能者への電話催告を前倒しで実施している。"])
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
# ---- page 3 ----
sec2, sec3 = AGENDA[1], AGENDA[2]
para(doc, f"議題（２）{sec2}", 10.5, True, "IPAexゴシック", space_after=3)
say(3, "税務課長", sec2, ["資料２により説明する。本年度も１２月を滞納整理強化期間とし、全庁で休日の納付相談窓口の開設と夜間の電話催告を行う。",
                        "本年度は新たに、市税と国民健康保険税の重複滞納者について、税務課が一括して財産調査を行う。"])
say(3, "子ども・若者部長", sec2, ["保育料については、強化期間に合わせて児童手当からの特別徴収の申出を保護者に改めて案内する。"])
say(3, "健康医療部長", sec2, ["介護保険料は、普通徴収の未納者に対して、強化期間中に保健師の訪問と合わせて納付相談を行いたい。"])
say(3, "委員長", sec2, ["強化期間の実施計画は案のとおり決定する。各部は１月末までに実績を事務局へ報告すること。"])
para(doc, f"議題（３）{sec3}", 10.5, True, "IPAexゴシック", space_after=3)
say(3, "税務課債権管理係長", sec3, ["資料３により説明する。江津市債権管理条例第１２条に基づき、所在不明又は生活困窮により回収の見込みがない市営住宅使用料など３債権、計１７件について債権放棄を提案する。"])
say(3, "総務部長", sec3, ["放棄後に資力が回復した場合の扱いはどうなるのか。"])
say(3, "税務課債権管理係長", sec3, ["放棄により債権は消滅するため、再度請求することはできない。このため、財産調査の結果を記録として残し、判断の根拠を明確にしている。"])
say(3, "委員長", sec3, ["審議の結果、原案のとおり債権放棄を了承する。以上で本日の委員会を閉会する。"])
para(doc, "（閉会）", 10.5, True, "IPAexゴシック", space_after=3)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
# ---- page 4: 別表 ----
para(doc, "別表　令和７年度上半期（９月末現在）債権別収納状況", 11, True, "IPAexゴシック", space_after=2)
para(doc, "（単位：千円、％）", 9, align="r")
t = doc.add_table(rows=2 + 2 * len(D) + 1, cols=7)
t.style = "Table Grid"
hdr = ["債権名", "区分", "調定額", "収入済額", "収納率", "前年同期\n収納率", "差"]
for j, h in enumerate(hdr):
    cl = t.rows[0].cells[j].merge(t.rows[1].cells[j]) if True else None
    cell_text(cl, h, 9, True, "c"); shade(cl)
tot = dict(ca=0, cc=0, aa=0, ac=0)
for i, d in enumerate(D):
    r1, r2 = t.rows[2 + 2 * i], t.rows[3 + 2 * i]
    m = r1.cells[0].merge(r2.cells[0]); cell_text(m, d["n"], 9, False, "c")
    for row, lab, seg, ka, kc, pr in ((r1, "現年", "current", "ca", "cc", d["pcr"]), (r2, "滞繰", "arrears", "aa", "ac", d["par"])):
        rt = rate(d[kc], d[ka]); df = r(rt - pr)
        vals = [lab, c(d[ka]), c(d[kc]), f"{rt:.2f}", f"{pr:.2f}", fr(df, 2, "▲")]
        for j, x in enumerate(vals):
            cell_text(row.cells[1 + j], x, 9, False, "c" if j == 0 else "r")
        G.fact(4, d["debt"], d["n"], 2025, "令和７年度上半期", seg, "assessed", "interim", d[ka] * 1000, "yen", c(d[ka]), as_of=A1)
        G.fact(4, d["debt"], d["n"], 2025, "令和７年度上半期", seg, "collected", "interim", d[kc] * 1000, "yen", c(d[kc]), as_of=A1)
        G.fact(4, d["debt"], d["n"], 2025, "令和７年度上半期", seg, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=A1)
        G.fact(4, d["debt"], d["n"], 2024, "前年同期", seg, "collection_rate", "interim", pr, "percent", f"{pr:.2f}", as_of=A0)
        G.fact(4, d["debt"], d["n"], 2025, "令和７年度上半期", seg, "difference", "interim", df, "points", fr(df, 2, "▲"), as_of=A1)
        tot[ka] += d[ka]; tot[kc] += d[kc]
rl = t.rows[-1]
m = rl.cells[0].merge(rl.cells[1]); cell_text(m, "合計", 9, True, "c"); shade(m, "EEEEEE")
ta, tc = tot["ca"] + tot["aa"], tot["cc"] + tot["ac"]
trt = rate(tc, ta)
for j, x in enumerate([c(ta), c(tc), f"{trt:.2f}", "－", "－"]):
    cell_text(rl.cells[2 + j], x, 9, True, "r" if x != "－" else "c"); shade(rl.cells[2 + j], "EEEEEE")
G.fact(4, None, "合計", 2025, "令和７年度上半期", "total", "assessed", "interim", ta * 1000, "yen", c(ta), as_of=A1)
G.fact(4, None, "合計", 2025, "令和７年度上半期", "total", "collected", "interim", tc * 1000, "yen", c(tc), as_of=A1)
G.fact(4, None, "合計", 2025, "令和７年度上半期", "total", "collection_rate", "interim", trt, "percent", f"{trt:.2f}", as_of=A1)
col_widths(t, [40, 14, 28, 28, 18, 20, 18])
row_heights(t, 6.2)
para(doc, "※ 差は令和７年度９月末の収納率から前年同期（令和６年９月末）の収納率を差し引いたもの（▲は低下）。", 8.5)
para(doc, "※ 水道料金・下水道使用料は上下水道部所管（公営企業会計）。", 8.5)

G.minutes = {"title": TITLE, "meeting_number": 2, "date": "2025-11-20", "method": "対面",
             "attendees": [{"role": a, "title": b, "name": None} for a, b in ATT],
             "agenda": AGENDA, "materials": MATS, "statements": STM}
docx_p = os.path.join(WORK, STEM + ".docx")
doc.save(docx_p)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", WORK, docx_p], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(WORK, STEM + ".pdf"), f"pdf/{STEM}.pdf")
out = G.write(STEM, f"pdf/{STEM}.pdf")
print(STEM, out["source"]["pages"], "pages", len(G.facts), "facts", len(G.inits), "initiatives", len(STM), "statements")
