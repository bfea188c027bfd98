"""qk_kuroishi_minutes_1: 令和７年度第２回黒石市債権管理委員会 議事要旨（書面開催）. PyMuPDF drawing."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qk_common import Gold, PDF, zen  # noqa: E402
from qk_draw import Writer  # noqa: E402

STEM = "qk_kuroishi_minutes_1"
TITLE = "令和７年度第２回黒石市債権管理委員会　議事要旨"
g = Gold(STEM, "minutes", "minutes", "黒石市", TITLE, "2026-01-23", "令和８年１月２３日")
w = Writer(g)
AS, AS0 = "2025-12-31", "2024-12-31"

w.para(TITLE, 14, font="G", center=True, gap=14)
w.para("１　開催方法", 11, font="G")
w.para("　令和７年度第２回黒石市債権管理委員会は、書面開催とし、令和８年１月２３日付けで各委員に資料を送付し、"
       "同月３０日までに意見及び質問を事務局あて提出する方法により実施した。", indent=14)
w.para("２　出席者（委員長・委員８名・事務局３名）", 11, font="G")
w.para("委員長：副市長", indent=14)
w.para("委　員：総務部長・企画財政部長・市民生活部長・健康福祉部長・子ども・若者支援部長・建設部長・上下水道部長・教育部長", indent=14, hang=42)
w.para("事務局：税務課長・税務課収納対策室長・税務課主査", indent=14)
ATT = ([("委員長", "副市長")] + [("委員", t) for t in ["総務部長", "企画財政部長", "市民生活部長", "健康福祉部長",
        "子ども・若者支援部長", "建設部長", "上下水道部長", "教育部長"]]
       + [("事務局", t) for t in ["税務課長", "税務課収納対策室長", "税務課主査"]])
AGENDA = ["令和７年度債権管理実施計画の進捗状況（１２月末）について", "市税等の滞納整理強化月間の実施結果について",
          "徴収停止及び債権放棄の取扱いについて"]
w.para("３　議　題", 11, font="G")
for k, a in enumerate(AGENDA, 1):
    w.para(f"（{zen(k)}）{a}", indent=14, gap=0)
w.y += 4
w.para("４　資　料", 11, font="G")
w.para("令和７年度第２回黒石市債権管理委員会資料（資料１～資料３、別表）", indent=14)
w.para("５　意見及び質問", 11, font="G")
ST = []


def say(section, speaker, text):
    w.para(f"（{speaker}）", indent=14, gap=0)
    w.para(text, indent=28)
    ST.append({"speaker": speaker, "section": section, "text": text})


w.para("（１）令和７年度債権管理実施計画の進捗状況について", indent=8, font="G")
t = ("　市税の１２月末の状況は次のとおり。（　）内は前年同月。\n"
     "【収納率】令和７年１２月末時点\n"
     "・現年分　" + g.f("84.62％", "collection_rate", 2025, "令和７年", "current", "interim", "市税", "市税", as_of=AS)
     + "（" + g.f("83.91％", "collection_rate", 2024, None, "current", "interim", "市税", "市税", as_of=AS0) + "）\n"
     "・滞繰分　" + g.f("22.40％", "collection_rate", 2025, "令和７年", "arrears", "interim", "市税", "市税", as_of=AS)
     + "（" + g.f("20.85％", "collection_rate", 2024, None, "arrears", "interim", "市税", "市税", as_of=AS0) + "）\n"
     "・合　計　" + g.f("79.37％", "collection_rate", 2025, "令和７年", "total", "interim", "市税", "市税", as_of=AS)
     + "（" + g.f("78.55％", "collection_rate", 2024, None, "total", "interim", "市税", "市税", as_of=AS0) + "）\n"
     "　収入未済額は" + g.f("約４億１，２３０万円", "outstanding", 2025, "令和７年", "total", "interim", "市税", "市税", as_of=AS)
     + "で、前年同月から" + g.f("約１，８６０万円", "difference", 2025, "令和７年", "total", "interim", "市税", "市税", as_of=AS, neg=True)
     + "減少した。年度末に向けて差押えを中心とした滞納処分を進める。")
say(AGENDA[0], "税務課長", t)
t = ("　国民健康保険税の現年分収納率は、前年同月比" + g.f("０．８ポイント", "difference", 2025, None, "current", "interim", "国民健康保険税", "国民健康保険税", as_of=AS, unit="points")
     + "上昇の" + g.f("８１．２％", "collection_rate", 2025, None, "current", "interim", "国民健康保険税", "国民健康保険税", as_of=AS)
     + "となった。令和６年度決算の現年分収納率は" + g.f("９３．４％", "collection_rate", 2024, "令和６年度", "current", "actual", "国民健康保険税", "国民健康保険税")
     + "であり、年度末には前年度並みを見込んでいる。")
say(AGENDA[0], "健康福祉部長", t)
t = ("　市営住宅使用料は、長期滞納者の退去に伴う未収が残っており、滞納繰越分の収納率が伸び悩んでいる。"
     "収入未済額は" + g.f("約１，４８０万円", "outstanding", 2025, None, "total", "interim", "市営住宅使用料", "市営住宅使用料", as_of=AS)
     + "で、連帯保証人への請求を強化したい。")
say(AGENDA[0], "建設部長", t)
w.new_page()
w.para("（２）市税等の滞納整理強化月間の実施結果について", indent=8, font="G")
t = ("　１１月の強化月間には、夜間・休日の納付相談窓口を計６日間開設した。強化月間中の市税等の収納額は"
     + g.f("約３，９７０万円", "collected", 2025, None, "total", "interim", None, "市税等", as_of="2025-11-30")
     + "で、差押えは" + g.f("８６件", "seizures", 2025, None, "total", "interim", None, None, unit="cases", as_of="2025-11-30") + "であった。")
say(AGENDA[1], "税務課長", t)
say(AGENDA[1], "委員長", "　強化月間の成果を一時的なものとせず、各部とも年度末まで催告と納付相談を継続すること。")
w.para("（３）徴収停止及び債権放棄の取扱いについて", indent=8, font="G")
say(AGENDA[2], "上下水道部長", "　水道料金の債権放棄について、所在不明の事案の判断基準を示してほしい。")
say(AGENDA[2], "税務課長", "　住民票の職権消除から１年を経過し、財産調査で資産が確認できない事案を目安とし、"
    "各課で個別に判断されたい。取扱いの詳細は次回の委員会で示す。")

# ---------------------------------------------------------------- 別表 (47, 56, 62, 23, 48)
w.new_page()
w.para("別表１　主要債権の収納状況（令和７年１２月末、前年同月比較）", 11, font="G")
w.para("（単位：千円、収納率は％）", 9, indent=330, gap=2)
T1 = [("市税", 2_512_430, 1_973_514, 2_538_905, 2_015_204),
      ("国民健康保険税", 612_880, 476_201, 628_774, 492_260),
      ("介護保険料", 498_310, 441_962, 494_005, 439_618),
      ("後期高齢者医療保険料", 214_602, 198_455, 210_380, 194_991),
      ("市営住宅使用料", 86_114, 70_930, 88_240, 73_418)]
rows = [["債権名", "調定額", "", "収入済額", "", "収納率", "", "差"],
        ["", "前年度", "本年度", "前年度", "本年度", "前年度", "本年度", "（ポイント）"]]
for d, a0, c0, a1, c1 in T1:
    r0, r1 = round(c0 / a0 * 100, 1), round(c1 / a1 * 100, 1)
    diff = round(r1 - r0, 1)
    rows.append([d,
                 g.f(f"{a0:,}", "assessed", 2024, None, "total", "interim", d, d, mult=1000, as_of=AS0),
                 g.f(f"{a1:,}", "assessed", 2025, None, "total", "interim", d, d, mult=1000, as_of=AS),
                 g.f(f"{c0:,}", "collected", 2024, None, "total", "interim", d, d, mult=1000, as_of=AS0),
                 g.f(f"{c1:,}", "collected", 2025, None, "total", "interim", d, d, mult=1000, as_of=AS),
                 g.f(f"{r0:.1f}", "collection_rate", 2024, None, "total", "interim", d, d, as_of=AS0),
                 g.f(f"{r1:.1f}", "collection_rate", 2025, None, "total", "interim", d, d, as_of=AS),
                 g.f(("△" if diff < 0 else "") + f"{abs(diff):.1f}", "difference", 2025, None, "total", "interim", d, d, as_of=AS, unit="points")])
w.table(rows, [112, 58, 58, 58, 58, 40, 40, 56], size=8.5, head=2, rules="horiz")
w.para("※１　前年度は令和６年１２月末、本年度は令和７年１２月末の累計である。", 8.5, gap=0)
w.para("※２　市税の本年度の収入未済額のうち滞納繰越分は" + g.f("138,412千円", "outstanding", 2025, None, "arrears", "interim", "市税", "市税", as_of=AS)
       + "である。", 8.5, gap=14)
w.para("別表２　滞納者数の状況（各年１２月末）", 11, font="G")
w.y += 6
T2 = [("市税", 1_842, 1_766), ("国民健康保険税", 1_105, 1_041), ("介護保険料", 402, 415), ("市営住宅使用料", 58, 51)]
rows = [["債権名", "前年度", "本年度", "前年度比"]]
for d, n0, n1 in T2:
    rows.append([d, g.f(f"{n0:,}人", "delinquents", 2024, None, "total", "interim", d, d, as_of=AS0),
                 g.f(f"{n1:,}人", "delinquents", 2025, None, "total", "interim", d, d, as_of=AS),
                 g.f(f"{n1 / n0 * 100:.1f}％", "yoy_ratio", 2025, None, "total", "interim", d, d, as_of=AS)])
w.table(rows, [140, 80, 80, 80], size=9.5, rules="none", align=["l", "r", "r", "r"])
w.para("　前年度比は、本年度の人数を前年度の人数で除したもの。", 8.5)

g.minutes = {"title": TITLE, "meeting_number": 2, "date": "2026-01-23", "method": "書面開催",
             "attendees": [{"role": r, "title": t, "name": None} for r, t in ATT],
             "agenda": AGENDA, "materials": ["令和７年度第２回黒石市債権管理委員会資料（資料１～資料３、別表）"],
             "statements": [dict(s, text=s["text"].strip("　")) for s in ST]}
out = PDF / f"{STEM}.pdf"
n = w.save(out)
g.write(out, n)
