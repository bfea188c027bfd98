"""鳴門市債権管理対策会議 資料 (slides, one debt per slide) — PyMuPDF direct drawing, 16:9."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import pymupdf
from o_common import Gold, PDF, c, rate, man
from o_draw import Pg, finish

STEM = "o_naruto_committee_1"
CITY = "鳴門市"
TITLE = "令和6年度 第2回 鳴門市債権管理対策会議 資料"
g = Gold(STEM, "committee_material", CITY, TITLE, "2024-11-20", "令和6年11月20日")
W, H = 960, 540
NAVY = (0.12, 0.22, 0.42)
LIGHT = (0.90, 0.94, 0.98)
AS, PAS = "2024-09-30", "2023-09-30"
SEC = "令和7年度の取組方針"


def slide(doc, n, title):
    p = doc.new_page(width=W, height=H)
    P = Pg(p)
    P.rect((0, 0, W, 46), fill=NAVY, color=None)
    P.text(28, 31, title, size=20, color=(1, 1, 1))
    P.text(W - 60, H - 14, f"{n}", size=10, color=(0.3, 0.3, 0.3))
    P.text(28, H - 14, "鳴門市債権管理対策会議（令和6年11月20日）", size=8, color=(0.4, 0.4, 0.4))
    return P


def debt_band(P, y, name, ka, x0=28, x1=W - 28):
    w = x1 - x0
    cols = [0.14, 0.36, 0.14, 0.36]
    xs = [x0]
    for f in cols:
        xs.append(xs[-1] + w * f)
    vals = ["債権名", name, "所管課", ka]
    for k in range(4):
        P.box((xs[k], y, xs[k + 1], y + 26), vals[k], size=13 if k % 2 else 11, align=1,
              fill=LIGHT if k % 2 == 0 else None, valign="middle")


# ---- data (9月末, 円 rates) per debt
DEBTS = {
    "市税": dict(ka="収税課", now=(52.4, 21.8), prev=(51.9, 20.6), est=(98.95, 31.20), tgt=(98.90, 30.00),
               nxt=(99.00, 31.50),
               kyoka=[("催告書の一斉発送（5月・7月）", "発送 6,812件（7,104件）"),
                      ("財産調査・差押えの集中実施（6月～9月）", "差押 412件（388件）"),
                      ("休日納付相談窓口の開設（6月・9月）", "来庁 146人（121人）")],
               kadai=["分納誓約の不履行が増えており、履行確認の仕組みが必要。", "若年層の初期滞納への対応が遅れがちである。"],
               items=[("①", "納期限後20日以内に督促状を送付し、その後2週間以内にSMS催告を行う。", "継続"),
                      ("②", "分納誓約者の履行状況を毎月確認し、不履行2回で差押えに移行する。", "拡充"),
                      ("③", "徳島県滞納整理推進機構への引継ぎにより高額案件を処理する。", "継続"),
                      ("④", "スマートフォン決済の利用案内を納税通知書に同封する。", "新規")]),
    "国民健康保険税": dict(ka="保険課", now=(41.3, 12.9), prev=(40.8, 13.4), est=(93.80, 20.50), tgt=(94.00, 21.00),
                      nxt=(94.20, 21.50),
                      kyoka=[("電話催告の集中実施（5月～7月）", "架電 3,205件（2,980件）"),
                             ("短期証更新時の納付相談（8月）", "相談 418世帯（402世帯）")],
                      kadai=["滞納繰越分の収納率が前年同期を下回った。", "資格喪失後の未納分の回収が進んでいない。"],
                      items=[("①", "資格喪失世帯の一覧を毎月作成し、文書と電話で納付を促す。", "継続"),
                             ("②", "財産判明世帯には差押予告書を送付し、応答がない場合は差押えを行う。", "継続"),
                             ("③", "口座振替の申込みをWEBで受け付け、振替率の向上を図る。", "新規")]),
    "介護保険料": dict(ka="長寿介護課", now=(57.6, 9.8), prev=(57.1, 9.1), est=(99.05, 18.40), tgt=(99.00, 18.00),
                    nxt=(99.10, 18.50),
                    kyoka=[("普通徴収者への納付案内（6月）", "送付 1,530件（1,488件）"),
                           ("給付制限予告の事前通知（7月）", "通知 96件（104件）")],
                    kadai=["特別徴収へ切り替わるまでの期間に未納が生じやすい。"],
                    items=[("①", "65歳到達者に口座振替の申込書を送付し、普通徴収期間の未納を防ぐ。", "継続"),
                           ("②", "ケアマネジャーと連携し、支払が困難な世帯の早期把握に努める。", "拡充")]),
    "水道料金": dict(ka="水道事業所", now=(63.8, 35.2), prev=(63.5, 33.9), est=(99.40, 52.00), tgt=(99.30, 50.00),
                 nxt=(99.40, 52.50),
                 kyoka=[("給水停止予告の一斉送付（5月～9月）", "予告 2,244件（2,318件）"),
                        ("給水停止の執行", "停止 87件（92件）")],
                 kadai=["転出者の未納分が回収できずに残る。"],
                 items=[("①", "閉栓時に精算を徹底し、転出後の未納発生を防ぐ。", "継続"),
                        ("②", "給水停止予告から執行までの期間を短縮し、早期の納付につなげる。", "拡充"),
                        ("③", "キャッシュレス決済の対象を窓口納付にも広げる。", "新規")]),
}


def debt_slide(doc, n, name):
    D = DEBTS[name]
    P = slide(doc, n, "主要債権の取組個票")
    debt_band(P, 58, name, D["ka"])
    # left: 強化期間 table
    P.text(28, 108, "1　滞納整理強化期間（令和6年5月～9月）の実施状況", size=12)
    rows = [["取組内容", "実績又は効果　（　）内は前年度実績"]] + [list(x) for x in D["kyoka"]]
    y = P.table(28, 116, [270, 230], rows, rowh=24, size=10, align="ll", hfill=LIGHT)
    P.text(28, y + 22, "2　ヒアリングにおける課題", size=12)
    P.box((28, y + 28, 528, y + 28 + 16 * len(D["kadai"]) + 8), "\n".join("・" + k for k in D["kadai"]),
          size=10, border=False)
    # right: big-number panels (free-floating)
    now, prev = D["now"], D["prev"]
    for k, (lab, seg) in enumerate((("現年分", "current"), ("滞納繰越分", "arrears"))):
        x0 = 560 + k * 190
        P.rect((x0, 100, x0 + 180, 214), fill=(1, 0.97, 0.88), color=(0.85, 0.6, 0.1), width=1.2)
        P.text(x0 + 10, 120, f"9月末収納率（{lab}）", size=11)
        P.text(x0 + 22, 166, f"{now[k]:.1f}％", size=34, color=(0.75, 0.2, 0.05))
        d = now[k] - prev[k]
        P.text(x0 + 10, 198, f"前年同期 {prev[k]:.1f}％（{'+' if d >= 0 else '△'}{abs(d):.1f}pt）", size=10)
        g.f(n, name, 2024, "9月末", seg, "collection_rate", "interim", now[k], "percent", f"{now[k]:.1f}％", as_of=AS)
        g.f(n, name, 2023, "前年同期", seg, "collection_rate", "interim", prev[k], "percent", f"{prev[k]:.1f}％",
            as_of=PAS)
    # bottom: 取組方針
    P.text(28, 292, "3　" + SEC, size=12)
    est, tgt, nxt = D["est"], D["tgt"], D["nxt"]
    rows = [["", "現年分収納率", "滞納繰越分収納率"],
            ["令和6年度 実績見込（目標）", f"{est[0]:.2f}％（{tgt[0]:.2f}％）", f"{est[1]:.2f}％（{tgt[1]:.2f}％）"],
            ["令和7年度 数値目標", f"{nxt[0]:.2f}％", f"{nxt[1]:.2f}％"]]
    P.table(560, 282, [150, 100, 110], rows, rowh=22, size=9.5, align="lcc", hfill=LIGHT)
    for k, seg in enumerate(("current", "arrears")):
        g.f(n, name, 2024, "令和6年度 実績見込", seg, "collection_rate", "estimate", est[k], "percent", f"{est[k]:.2f}％")
        g.f(n, name, 2024, "令和6年度 目標", seg, "collection_rate", "target", tgt[k], "percent", f"{tgt[k]:.2f}％")
        g.f(n, name, 2025, "令和7年度", seg, "collection_rate", "target", nxt[k], "percent", f"{nxt[k]:.2f}％")
    txt = "\n".join(f"{lab}{t}【{st}】" for lab, t, st in D["items"])
    P.box((28, 300, 540, 300 + 19 * len(D["items"]) * 1.6 + 12), txt, size=10, fill=(0.97, 0.97, 0.97))
    for lab, t, st in D["items"]:
        g.i(n, name, 2025, SEC, lab, t, st)


def build():
    doc = pymupdf.open()
    # 1 cover
    p = doc.new_page(width=W, height=H)
    P = Pg(p)
    P.rect((0, 0, W, H), fill=(0.96, 0.97, 0.99), color=None)
    P.rect((0, 190, W, 300), fill=NAVY, color=None)
    P.text(80, 240, "令和6年度 第2回 鳴門市債権管理対策会議", size=30, color=(1, 1, 1))
    P.text(80, 278, "資料　主要債権の収入未済額縮減に向けた取組状況", size=18, color=(1, 1, 1))
    P.text(80, 370, "令和6年11月20日（水）", size=16)
    P.text(80, 400, "総務部 収税課 債権管理室", size=16)
    # 2 overview
    P = slide(doc, 2, "全体の状況（令和5年度決算）")
    out23, out22 = 1_234_560_000, 1_316_660_000
    r23, r22 = 95.8, 95.2
    panels = [("収入未済額（全会計）", man(out23), f"前年度比 △{(out22 - out23) // 10000:,}万円"),
              ("収納率（全債権・合計）", f"{r23}％", f"前年比＋{r23 - r22:.1f}pt")]
    for k, (lab, big, sub) in enumerate(panels):
        x0 = 40 + k * 450
        P.rect((x0, 66, x0 + 420, 176), fill=(1, 1, 1), color=NAVY, width=1.5)
        P.text(x0 + 14, 90, lab, size=13)
        P.text(x0 + 30, 140, big, size=36, color=NAVY)
        P.text(x0 + 250, 166, f"（{sub}）", size=11)
    g.f(2, None, 2023, "令和5年度決算", "total", "outstanding", "actual", out23, "yen", man(out23), debt_raw=None)
    g.f(2, None, 2023, "令和5年度決算", "total", "collection_rate", "actual", r23, "percent", f"{r23}％", debt_raw=None)
    P.text(40, 206, "主要債権の状況（令和5年度決算）", size=13)
    P.text(W - 190, 206, "（下段は前年度）", size=9)
    names = ["市税", "国民健康保険税", "介護保険料", "水道料金", "市営住宅使用料"]
    V = {"市税": (98.81, 30.35, 312_406, 98.72, 28.97, 338_112),
         "国民健康保険税": (93.62, 20.14, 421_877, 93.40, 19.85, 446_205),
         "介護保険料": (99.02, 18.21, 24_516, 98.95, 17.60, 26_038),
         "水道料金": (99.35, 51.40, 38_204, 99.28, 49.87, 40_917),
         "市営住宅使用料": (96.84, 14.62, 61_093, 96.51, 13.08, 63_480)}
    rows = [[""] + names]
    labels = [("現年分\n収納率", "current", "collection_rate", 0), ("滞納繰越分\n収納率", "arrears", "collection_rate", 1),
              ("収入未済額\n（千円）", "total", "outstanding", 2)]
    for lab, seg, metric, k in labels:
        row = [lab]
        for n_ in names:
            v = V[n_]
            if metric == "collection_rate":
                a, b = f"{v[k]:.2f}％", f"（前年度 {v[k + 3]:.2f}％）"
                g.f(2, n_, 2023, "令和5年度決算", seg, metric, "actual", v[k], "percent", a)
                g.f(2, n_, 2022, "前年度", seg, metric, "actual", v[k + 3], "percent", f"{v[k + 3]:.2f}％")
            else:
                a, b = c(v[k]), f"（前年度 {c(v[k + 3])}）"
                g.f(2, n_, 2023, "令和5年度決算", seg, metric, "actual", v[k] * 1000, "yen", a)
                g.f(2, n_, 2022, "前年度", seg, metric, "actual", v[k + 3] * 1000, "yen", c(v[k + 3]))
            row.append(a + "\n" + b)
        rows.append(row)
    P.table(40, 214, [120] + [152] * 5, rows, size=10, align="lcccccc", hfill=LIGHT, heights=[24, 40, 40, 40])
    P.box((40, 380, 920, 470), "・全会計の収入未済額は3年連続で減少した。市税と国民健康保険税で全体の約6割を占める。\n"
          "・強化期間の取組（差押えの集中実施、SMS催告）により、主要債権の滞納繰越分の収納率はいずれも前年度を上回った。",
          size=11, border=False)
    # 3-6 debt slides
    for k, name in enumerate(["市税", "国民健康保険税", "介護保険料", "水道料金"]):
        debt_slide(doc, 3 + k, name)
    # 7 two debts side by side
    P = slide(doc, 7, "主要債権の取組個票（その他の債権）")
    halves = [("市営住宅使用料", "建築住宅課", (96.84, 14.62), (96.51, 13.08), (97.00, 15.00),
               [("(1)", "滞納2か月で連帯保証人に通知し、納付協力を求める。", "継続"),
                ("(2)", "長期滞納者には明渡請求訴訟を視野に入れた最終催告を行う。", "拡充")]),
              ("保育所保育料", "こども未来課", (98.40, 22.31), (98.12, 21.05), (98.50, 23.00),
               [("(1)", "児童手当からの特別徴収の申出を入所時に案内する。", "継続"),
                ("(2)", "卒園児の滞納分は債権回収業者への委託を検討する。", "新規")])]
    for k, (name, ka, r23_, r22_, t25, items) in enumerate(halves):
        x0 = 28 + k * 462
        x1 = x0 + 440
        if k:
            P.line((x0 - 11, 60), (x0 - 11, 500), width=1.0, color=(0.5, 0.5, 0.5))
        debt_band(P, 58, name, ka, x0, x1)
        P.text(x0, 108, "収納率の推移（単位：％）", size=11)
        rows = [["区分", "令和4年度", "令和5年度", "令和7年度目標"],
                ["現年分", f"{r22_[0]:.2f}", f"{r23_[0]:.2f}", f"{t25[0]:.2f}"],
                ["滞納繰越分", f"{r22_[1]:.2f}", f"{r23_[1]:.2f}", f"{t25[1]:.2f}"]]
        P.table(x0, 116, [110, 105, 105, 120], rows, rowh=24, size=10.5, align="lrrr", hfill=LIGHT)
        for j, seg in enumerate(("current", "arrears")):
            g.f(7, name, 2022, "令和4年度", seg, "collection_rate", "actual", r22_[j], "percent", f"{r22_[j]:.2f}")
            g.f(7, name, 2023, "令和5年度", seg, "collection_rate", "actual", r23_[j], "percent", f"{r23_[j]:.2f}")
            g.f(7, name, 2025, "令和7年度目標", seg, "collection_rate", "target", t25[j], "percent", f"{t25[j]:.2f}")
        P.text(x0, 220, SEC, size=11)
        txt = "\n".join(f"{lab}{t}\n【{st}】" for lab, t, st in items)
        P.box((x0, 228, x1, 228 + 34 * len(items) + 14), txt, size=10.5, fill=(0.97, 0.97, 0.97))
        for lab, t, st in items:
            g.i(7, name, 2025, SEC, lab, t, st)
    # 8 参考
    P = slide(doc, 8, "【参考】今後のスケジュール等")
    wo = 18_204
    txt = ("【参考】令和5年度の債権整理の状況\n"
           "・不納欠損額（全会計）：18,204千円\n"
           "・債権放棄件数：38件\n"
           "・執行停止件数：214件")
    P.box((40, 70, 520, 180), txt, size=12, fill=(1, 1, 1), bw=1.2)
    g.f(8, None, 2023, "令和5年度", "total", "written_off", "actual", wo * 1000, "yen", "18,204千円", debt_raw="全会計")
    txt2 = ("今後のスケジュール（予定）\n"
            "・令和7年1月　第3回会議（令和7年度実施計画、債権放棄の審議）\n"
            "・令和7年5月　令和6年度決算見込の報告\n"
            "・令和7年6月　令和7年度第1回会議（強化期間の実施報告）")
    P.box((40, 200, 920, 310), txt2, size=12, border=False)
    finish(doc, PDF / f"{STEM}.pdf")


if __name__ == "__main__":
    build()
    ok = g.write()
    sys.exit(0 if ok else 1)
