"""川越市 総務財政常任委員会資料 市税等の収納状況 (PyMuPDF direct drawing)."""
import pymupdf as fitz
from d2_common import Gold, ROOT, fmt, rate

STEM = "d2_kawagoe_committee_1"
FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
MIN = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
ARCH = fitz.Archive("/usr/share/fonts/opentype/ipaexfont-mincho")
CSS = "@font-face {font-family: M; src: url(ipaexm.ttf);} * {font-family: M; font-size: 10.5pt; line-height: 1.5;}"
AS_NOW, AS_PREV = "2024-12-31", "2023-12-31"

def setup(page, no):
    page.insert_font(fontname="G", fontfile=FONT); page.insert_font(fontname="M", fontfile=MIN)
    page.insert_text((420, 40), "総務財政常任委員会資料", fontname="G", fontsize=9)
    page.insert_text((420, 52), "令和7年1月20日　財政部収税課", fontname="G", fontsize=9)
    page.insert_text((290, 815), f"－{no}－", fontname="M", fontsize=9)

def T(page, x, y, s, size=10.5, font="M", right=None):
    if right is not None:
        w = fitz.get_text_length(s, fontname="japan", fontsize=size) if False else len(s) * size * 0.55
        x = right - fitz.Font(fontfile=FONT if font == "G" else MIN).text_length(s, fontsize=size)
    page.insert_text((x, y), s, fontname=font, fontsize=size)

def para(page, rect, html):
    page.insert_htmlbox(fitz.Rect(*rect), html, css=CSS, archive=ARCH)

def main():
    g = Gold(STEM, "committee_material", "川越市", "市税等の収納状況について（令和6年12月末現在）", "2025-01-20", "令和7年1月20日")
    doc = fitz.open()
    p = doc.new_page(width=595, height=842); setup(p, 1)
    T(p, 90, 95, "市税等の収納状況について（令和6年12月末現在）", 14, "G")
    # data (千円)
    tax = {"cur": (64218530, 52904112), "arr": (2846300, 712450)}
    kok = {"cur": (7412660, 4988231), "arr": (2103415, 498702)}
    prev = {"市税": {"cur": "82.10", "arr": "24.02", "tot": "79.61"}, "国民健康保険税": {"cur": "66.92", "arr": "22.85", "tot": "56.71"}}
    def tot(d):
        return (d["cur"][0] + d["arr"][0], d["cur"][1] + d["arr"][1])
    t_tot = tot(tax); k_tot = tot(kok)
    tr = rate(t_tot[1], t_tot[0]); diff = round(tr - float(prev["市税"]["tot"]), 2)
    out_oku = round((t_tot[0] - t_tot[1]) * 1000, -6)
    oku, man = divmod(int(out_oku) // 10000, 10000)
    out_raw = f"約{oku}億{man:,}万円"
    T(p, 60, 130, "１　概要", 11, "G")
    s1 = (f"令和6年12月末現在の市税全体の収納率は{tr:.2f}％で、前年同月と比べ{diff:.2f}ポイント上昇した。"
          f"市税の収入未済額は{out_raw}となっており、引き続き滞納繰越分の縮減に取り組む。")
    para(p, (72, 138, 540, 200), f"<p>{s1}</p>")
    g.fact("市税", 2024, "令和6年12月末", "total", "collection_rate", "interim", tr, "percent", f"{tr:.2f}％", as_of=AS_NOW, ctx="概要")
    g.fact("市税", 2024, "令和6年12月末", "total", "outstanding", "interim", int(out_oku), "yen", out_raw, approx=True, as_of=AS_NOW)
    # table: horizontal rules only, merged label cells
    T(p, 60, 222, "２　税目別収納状況", 11, "G")
    T(p, 420, 222, "（単位：千円、％）", 9, "M")
    cols = [60, 130, 200, 300, 390, 445, 500, 540]
    heads1 = ["区分", "", "調定額", "収入済額", "収納率", "前年同月", "差"]
    y = 236
    p.draw_line((60, y), (540, y), width=1.2)
    for i, h in enumerate(heads1):
        T(p, cols[i] + 4, y + 15, h, 9.5, "G")
    y += 22; p.draw_line((60, y), (540, y), width=0.6)
    for name, d, tt in (("市税", tax, t_tot), ("国民健康保険税", kok, k_tot)):
        y0 = y
        rows = [("現年課税分", "cur", d["cur"]), ("滞納繰越分", "arr", d["arr"]), ("計", "tot", tt)]
        for lab, seg, (a, c) in rows:
            rt = rate(c, a); pv = prev[name][seg]; df = round(rt - float(pv), 2)
            segn = {"cur": "current", "arr": "arrears", "tot": "total"}[seg]
            T(p, cols[1] + 4, y + 15, lab, 9.5)
            vals = [fmt(a), fmt(c), f"{rt:.2f}", pv, (f"{df:.2f}" if df >= 0 else f"△{-df:.2f}")]
            for i, v in enumerate(vals):
                T(p, 0, y + 15, v, 9.5, right=cols[i + 3] - 4)
            ctx = name
            g.fact(name, 2024, "令和6年12月末", segn, "assessed", "interim", a * 1000, "yen", fmt(a), as_of=AS_NOW, ctx=ctx)
            g.fact(name, 2024, "令和6年12月末", segn, "collected", "interim", c * 1000, "yen", fmt(c), as_of=AS_NOW, ctx=ctx)
            g.fact(name, 2024, "令和6年12月末", segn, "collection_rate", "interim", rt, "percent", f"{rt:.2f}", as_of=AS_NOW, ctx=ctx)
            g.fact(name, 2023, "前年同月", segn, "collection_rate", "interim", float(pv), "percent", pv, as_of=AS_PREV, ctx=ctx)
            y += 21
            if seg != "tot":
                p.draw_line((130, y), (540, y), width=0.3)
        T(p, cols[0] + 4, y0 + 15 + 21, name if len(name) < 5 else "国民健康", 9.5)
        if len(name) >= 5:
            T(p, cols[0] + 4, y0 + 15 + 33, "保険税", 9.5)
        p.draw_line((60, y), (540, y), width=0.6)
    p.draw_line((60, y), (540, y), width=1.2)
    T(p, 64, y + 14, "※　収納率は収入済額÷調定額。差は前年同月との比較（ポイント）。", 8.5)
    # bracket-heading bullets
    y += 44
    T(p, 60, y, "３　保険料の収納状況", 11, "G")
    bul = {"介護保険料": (("現年分", "78.64", "78.12"), ("滞納繰越分", "12.30", "11.85")),
           "後期高齢者医療保険料": (("現年分", "80.27", "80.55"), ("滞納繰越分", "27.41", "26.09"))}
    n = 1
    for debt, items in bul.items():
        y += 24; T(p, 72, y, f"（{n}）{debt}", 10.5, "G"); n += 1
        y += 20; T(p, 84, y, "【収納率】令和6年12月末時点", 10.5, "M")
        for seg, now, pv in items:
            y += 18
            T(p, 96, y, f"・{seg}　{now}％（前年同月　{pv}％）", 10.5)
            sg = "current" if seg == "現年分" else "arrears"
            g.fact(debt, 2024, "令和6年12月末時点", sg, "collection_rate", "interim", float(now), "percent", f"{now}％", as_of=AS_NOW, ctx=debt)
            g.fact(debt, 2023, "前年同月", sg, "collection_rate", "interim", float(pv), "percent", f"{pv}％", as_of=AS_PREV, ctx=debt)
    # page 2
    p = doc.new_page(width=595, height=842); setup(p, 2)
    T(p, 60, 95, "４　主な税外債権の収納状況（令和6年12月末現在）", 11, "G")
    T(p, 440, 112, "単位：円", 9)
    cx = [70, 300, 420, 520]
    y = 130
    for i, h in enumerate(["債権名", "調定額", "収入済額", "収納率"]):
        if i == 0:
            T(p, cx[0], y, h, 9.5, "G")
        else:
            T(p, 0, y, h, 9.5, "G", right=cx[i])
    others = [("保育所保育料", 412835600, 351922410), ("市営住宅使用料", 298410200, 251008640),
              ("下水道使用料", 3512884300, 2794320155), ("放課後児童クラブ負担金", 186320400, 160118820)]
    for name, a, c in others:
        y += 19
        rt = rate(c, a, 1)
        T(p, cx[0], y, name, 10)
        for i, v in enumerate([fmt(a), fmt(c), f"{rt:.1f}%"]):
            T(p, 0, y, v, 10, right=cx[i + 1])
        g.fact(name, 2024, "令和6年12月末", "total", "assessed", "interim", a, "yen", fmt(a), as_of=AS_NOW, ctx=name)
        g.fact(name, 2024, "令和6年12月末", "total", "collected", "interim", c, "yen", fmt(c), as_of=AS_NOW, ctx=name)
        g.fact(name, 2024, "令和6年12月末", "total", "collection_rate", "interim", rt, "percent", f"{rt:.1f}%", as_of=AS_NOW, ctx=name)
    T(p, 70, y + 18, "（注）調定額・収入済額は現年度分と滞納繰越分の合計。", 8.5)
    # 参考 box
    y += 50
    box = fitz.Rect(60, y, 540, y + 92); p.draw_rect(box, width=0.8)
    T(p, 72, y + 18, "【参考】令和5年度決算の状況", 10.5, "G")
    refs = [("市税収納率", "98.47％", "市税", "collection_rate", 98.47, "percent", False),
            ("国民健康保険税収納率", "90.12％", "国民健康保険税", "collection_rate", 90.12, "percent", False),
            ("市税収入未済額", "約12億3,400万円", "市税", "outstanding", 1234000000, "yen", True),
            ("市税不納欠損額", "1億5,231万円", "市税", "written_off", 152310000, "yen", False)]
    for i, (lab, raw, debt, m, v, u, ap) in enumerate(refs):
        T(p, 84, y + 36 + 15 * i, f"・{lab}：{raw}", 10)
        g.fact(debt, 2023, "令和5年度", "total", m, "actual", v, u, raw, approx=ap, ctx="【参考】")
    # boxed initiatives
    y += 120
    T(p, 60, y, "５　今後の取組", 11, "G")
    items = [("ア", "年末から2月を滞納整理強化期間とし、預貯金・給与の差押えを集中して行う。", "継続"),
             ("イ", "現年課税分の未納者に対し、納期限後30日以内に文書と電話で早期催告を行う。", "継続"),
             ("ウ", "スマートフォン決済の対象税目に国民健康保険税を加え、納付の機会を広げる。", "拡充"),
             ("エ", "高額滞納案件は県税事務所との共同催告を行う。", "新規")]
    bh = 30 + 34 * len(items)
    p.draw_rect(fitz.Rect(60, y + 10, 540, y + 10 + bh), width=0.8)
    yy = y + 16
    for lab, t, st in items:
        para(p, (72, yy, 530, yy + 34), f"<p>{lab}　{t}【{st}】</p>")
        debt = "国民健康保険税" if "国民健康保険税" in t else "市税"
        g.init(debt, 2024, "今後の取組", lab, t, st)
        yy += 34
    pdf = ROOT / "pdf" / f"{STEM}.pdf"
    doc.subset_fonts(); doc.save(pdf, garbage=4, deflate=True)
    return g.resolve_and_write(pdf)

if __name__ == "__main__":
    main()
