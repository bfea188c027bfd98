"""Rebuild corpus/pdf/saitama_minutes_029.pdf and its gold from the seed text of the さいたま市 議事要旨.

    python corpus/build/minutes.py

The minutes are typed in Word by the secretariat: a centred title, numbered headings (１ 開催方法 …),
the attendee list by role, the agenda, the materials, then 意見及び質問 with numbered sub-headings and
indented speaker blocks （財政局長） followed by their statement. This script makes that .docx with
python-docx (A4, 明朝, running header, page number in the footer) and converts it with LibreOffice.

The data below is transcribed from ../shared/seeds/saitama_minutes_029.txt and is the single source of
both the PDF and corpus/gold/saitama_minutes_029.json. A form feed "\\f" inside a paragraph is a page break
at that point, placed where the seed breaks its pages (two of them inside a speaker block, one of them
in mid-sentence). The prose is the seed's, lightly shortened in places; labels and digits are as printed
(full-width where the seed has them, and the seed's half-width parentheses of (西区長)).
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from corpus.build.office import BUILD_OUT, to_pdf  # noqa: E402
from saiken.extract.records import Attendee, Document, DocumentInfo, Minutes, Source, Statement  # noqa: E402
from saiken.normalize.text import fold  # noqa: E402

STEM = "saitama_minutes_029"
PDF = ROOT / "corpus" / "pdf" / f"{STEM}.pdf"
GOLD = ROOT / "corpus" / "gold" / f"{STEM}.json"

MUNICIPALITY = "さいたま市"
TITLE = "第29回さいたま市債権回収対策本部会 議事要旨"
RUNNING_HEADER = "さいたま市債権回収対策本部会"
MEETING_NUMBER = 29
DATE, DATE_RAW = "2022-01-14", "令和４年１月１４日"
METHOD = "書面開催"


@dataclass(frozen=True)
class Block:
    """One speaker block: the printed label (None when the heading names the speaker) and its paragraphs."""

    label: str | None
    speaker: str
    paras: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """A numbered sub-heading under 意見及び質問 and its speaker blocks."""

    number: str
    title: str
    blocks: tuple[Block, ...]


METHOD_PARAS = (
    "第２９回さいたま市債権回収対策本部会は、新型コロナウイルス感染症拡大防止のため書面開催とし、"
    f"{DATE_RAW}付けで各本部員に資料を送付して、事務局に回答書を電子メールで提出を求める形式で実施した。",
)
ATTENDEE_HEADING = "出席者（本部長・本部員１０名・事務局２名）"
ATTENDEES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("本部長", ("副市長",)),
    ("本部員", ("都市戦略本部長", "総務局長", "財政局長", "保健福祉局長", "子ども未来局長", "環境局長", "建設局長",
             "西区長", "緑区長", "副教育長")),
    ("事務局", ("税務部長", "収納対策課長")),
)
AGENDA = (
    ("（１）", "令和３年度債権回収実施計画の中間報告について"),
    ("（２）", "令和３年度市税事務所・税務部の取組の最終報告について"),
    ("（３）", "高額困難事案の集中処理に関する引継要領の改定について"),
)
MATERIALS = (("（別添）", "第２９回さいたま市債権回収対策本部会資料"),)

DISCUSSION = (
    Section("（１）", "所管する債権の状況について報告", (
        Block("（財政局長）", "財政局長", (
            "「市税」は、収納率は対前年同月比０．２ポイント上昇。収入未済額は約１５億５，６００万円減少。令和２年度は、"
            "新型コロナウイルスの影響により、１年間無担保で延滞金が発生しない徴収猶予の特例制度が施行され、約１２億円猶予を"
            "実施。令和３年度に入り、１０月末日現在で約８０％が納付された。",
            "令和２年１月から、市税事務所を開設。南北市税事務所納税課においては、滞納段階別の係体制を敷き、早期に滞納解消"
            "すべく取り組んでいる。",
            "また催告書の封筒の色や柄を目立つものにし、同封するお知らせ文の中に「ナッジ理論」を活用した記載をして納付を"
            "促す工夫をした。",
            "さらに、納付方法の拡大として、令和３年８月２日からスマートフォン決済を開始。令和４年１月４日現在、国民健康保険税"
            "を含め約３億７，０００万円の納付があった。",
            "令和４年度以降は、ＷＥＢ口座振替受付を開始し、また令和５年度からは地方税共通納税システムの税目追加、納付書への"
            "ＱＲコード付設を予定している。また納税コールセンターの設置を検討し、納税課職員が滞納整理業務により専念できる"
            "環境をつくる。\f",
        )),
        Block("（保健福祉局長）", "保健福祉局長", (
            "「後期高齢者医療保険料」について、昨年度と比較すると、現年度の収納率が若干下回った。要因は新規被保険者数の増加に"
            "伴い、調定額が増加していることが挙げられる。新規被保険者は今後年金からの特別徴収となり、普通徴収分も昨年度より"
            "上向き傾向にあることから、年度末には収納率が昨年度を上回る数値となる見込み。過年度の収納率は、電話催告等を実施し"
            "昨年度を上回る結果となった。",
            "「生活保護費返還金」については、各区福祉課において収納率向上に向けた取組を実施し、担当ケースワーカーごとの収納率や"
            "完納率をランキングとして回覧する、催告書に目立つ色を付けて送付するなど効果的な事例が見られた。今後、各区で実施した"
            "好事例を全区に情報共有する。",
            "「入院医療費」については、昨年度同時期と比較すると収納率が低下した。要因は、高額かつ回収が困難な事例が多かった"
            "ことが挙げられる。今後はケースに分類、債権放棄も検討し、債権の回収と圧縮の両面から収納率の向上に努める。",
        )),
        Block("（子ども未来局長）", "子ども未来局長", (
            "「保育施設等利用者負担額」は口座振替を勧奨し、現年で極力徴収を行うことで、滞納の発生を抑制するよう対応している。"
            "令和３年６月より、現年分滞納が２カ月続き新たに催告書が発行された対象者に、電話連絡をしてから催告書を発送する"
            "取り組みを１０区統一で開始した。",
            "「放課後児童健全育成事業保護者負担金」については、引き続き現年分を極力徴収し、未納額が多くなった場合には個別対応を"
            "行う。令和５年度からＷＥＢ口座振替を導入し、コンビニエンスストアやペイジーで納付できるようにする。このための"
            "システム改修を令和４年度に行う。",
            "「保護者給食費負担金」は、現年分については僅かな改善があったが、全体として収納率は低下。今後、過年度分がさらに"
            "積みあがる事が予想される為、口座振替を勧奨し、現年で極力徴収を行う。また毎月督促状及び催告状を発行し、未納者に"
            "対して納付を促している。",
        )),
        Block("（建設局長）", "建設局長", (
            "「下水道事業受益者負担金」は、下水道徴収員による臨戸訪問を行い、収納率の向上を図っている。長期滞納者に対しては、"
            "金融機関や納税課への調査を行うことで、滞納者の財産状況の把握に努めている。昨年度の同時期に比べ、収納率が 0.6"
            "ポイント上昇している。",
            "「水洗便所改造資金貸付金」は、口座振替不能が判明した場合には、債務者へ速やかに電話連絡を行う体制を整えているため、"
            "長期滞納となる前に債権回収に繋げることができている。下水道徴収員による徴収体制を整備し、今年度から臨戸訪問を"
            "開始した。\f以上の取り組みをしても返済が滞った場合には、連帯保証人へ請求を行うこととしている。",
        )),
        Block("（環境局長）", "環境局長", (
            "「し尿処理手数料」について対象世帯は約 2,500世帯だが、傾向として毎年 150世帯が減少している。主な要因は、高齢化が"
            "進み亡くなる方や、市外への転出が挙げられる。未納世帯は全体の 15％前後で推移。年調定額約 2,600万円に対し、"
            "未収入金が約 1,100万円となっており、未収の主な要因は生活困窮である。収納対策では、支払う能力があると思われる"
            "世帯への働きかけを重点的に行っている。直接訪問する機会を増やすなど対応していく。",
        )),
        Block("（副教育長）", "副教育長", (
            "「入学準備金・奨学金貸付金」について、前年同月比で収納率は上昇し、収納未済額は減少。要因は、新規滞納者に対し早い"
            "段階で催告したこと、電話による集中的な催告を行ったこと、連帯保証人への働きかけを積極的に行ったこと、分納相談に"
            "柔軟に対応し継続的な納付につなげたこと、などの取り組みの結果である。一方で、過年度分の収納未済額は減少したが"
            "収納率は低下した。今後は臨戸を実施するほか、収納対策課と連携し、法的措置を視野に入れていく必要もある。",
        )),
    )),
    Section("（２）", "本部長から質問", (
        Block("（本部長）", "本部長", (
            "「令和 3年 6月より、現年分滞納が 2カ月続き新たに催告書が発行された対象者には、電話連絡をしてから催告書を"
            "発送する取り組みを 10 区統一で開始した」という取り組みを新たに始めたとご報告いただいたが、効果をわかる範囲で"
            "伺いたい。",
        )),
        Block("（子ども未来局長）", "子ども未来局長", (
            "今回の取り組みは、区役所支援課の現状の中で、「滞納繰越を増やさない」ためにできることとして、大宮区支援課からの"
            "提案により始まったもの。例年１２月には、滞納者数も増加するとともに、滞納者個々の未納分が増加し、催告書の発行件数も"
            "増加している状況だった。",
            "取り組み開始時の令和 3 年 6 月に発行された催告書（２，００２枚）と、令和３年１２月に発行された催告書"
            "（１，９８９枚）とを比べると減少しており、新たな滞納者の発生を抑えられていると考えている。また、各区支援課で徴収"
            "事務を推進するための意識づけを図るきっかけとしての効果が期待できると考える。",
        )),
        Block("（本部長）", "本部長", (
            "実際に徴収しているのは区の福祉課や、保険年金課、高齢介護課、支援課である。区と\fしても、適正な債権管理に"
            "ついてお考えがあれば、伺いたい。",
        )),
        Block("(西区長)", "西区長", (
            "区で取り扱う徴収業務は保育料など使用料等だが、収納率については、現年度９９％以上であるのに対し、過年度は約１０"
            "パーセントに下がる。滞納世帯へのアプローチは、督促状や催告書の送付が中心である。保育料を滞納した世帯は、その後"
            "通うことが多い放課後児童クラブの利用料も滞納する傾向にあり、滞納の連鎖が生じている。区役所に債権回収のスキルの"
            "ある職員がいないことが課題。将来的には、市税と使用料等の滞納分を一括管理し、徴収業務を進めていくことが必要で"
            "あると考える。",
        )),
    )),
    Section("（３）", "本部長からのコメント", (
        Block(None, "本部長", (
            "第 28回本部会で、総務局より徴収業務経験者の配置については、必要があれば、人事要望等を通して要望してほしいと話が"
            "あった。各所管での債権管理について必要に応じて、ぜひ、積極的に徴収業務経験のある職員を要望されたい。",
            "現在システム標準化について検討している所管課も多いと思う。効率的になるよう、洗い出しの段階で債権回収に関する部分"
            "についても検討していただきたい。",
            "令和４年度、ＷＥＢ口座振替やスマホ決済アプリによる納付について動き始めている所管については、導入により、市民の"
            "利便性の向上と、収納率の向上・収入未済額の圧縮につながるように、「周知」の程お願いしたい。市民の方に活用して"
            "いただけるよう準備をし、効果検証をお願いする。",
        )),
    )),
)

FONT_BODY = "IPAex明朝"
FONT_HEAD = "IPAexゴシック"
SIZE = 10.5  # pt
CHAR = Pt(SIZE)


# --------------------------------------------------------------------------------------------- docx

def _set_font(run_or_style: object, name: str, size: float | None = None, bold: bool = False) -> None:
    """Set the Latin and East Asian font of a run or style (python-docx sets only the Latin one)."""
    font = run_or_style.font  # type: ignore[attr-defined]
    font.name = name
    if size:
        font.size = Pt(size)
    font.bold = bold or None
    rpr = run_or_style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _para(doc: object, text: str, *, left: float = 0, first: float = 0, font: str = FONT_BODY,
          size: float = SIZE, bold: bool = False, align: int | None = None, after: float = 0) -> Paragraph:
    """Add a paragraph; `left`/`first` are indents in characters; "\\f" in `text` becomes a page break."""
    p: Paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
    fmt = p.paragraph_format
    fmt.left_indent = Pt(SIZE * left)
    fmt.first_line_indent = Pt(SIZE * first)
    fmt.space_after = Pt(after)
    fmt.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    for k, piece in enumerate(text.split("\f")):
        if k:
            p.add_run().add_break(WD_BREAK.PAGE)
        if piece:
            _set_font(p.add_run(piece), font, size, bold)
    return p


def _page_field(paragraph: Paragraph) -> None:
    """Append a PAGE field ("- 3 -") to a footer paragraph."""
    _set_font(paragraph.add_run("- "), FONT_BODY, 9)
    run = paragraph.add_run()
    _set_font(run, FONT_BODY, 9)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._r.append(el)
    _set_font(paragraph.add_run(" -"), FONT_BODY, 9)


def _setup(doc: object) -> None:
    """A4 portrait, office margins, 明朝 10.5pt with fixed line pitch, running header and page-number footer."""
    sec = doc.sections[0]  # type: ignore[attr-defined]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(30), Mm(25)
    sec.left_margin, sec.right_margin = Mm(25), Mm(25)
    style = doc.styles["Normal"]  # type: ignore[attr-defined]
    _set_font(style, FONT_BODY, SIZE)
    style.paragraph_format.line_spacing = Pt(17)
    head = sec.header.paragraphs[0]
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _set_font(head.add_run(RUNNING_HEADER), FONT_BODY, 9)
    foot = sec.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(foot)


def build_docx(path: Path) -> Path:
    """Write the minutes as the secretariat types them in Word."""
    doc = DocxDocument()
    _setup(doc)
    _para(doc, "第 29 回さいたま市債権回収対策本部会　議事要旨", font=FONT_HEAD, size=13, bold=True,
          align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

    def heading(text: str) -> None:
        _para(doc, text, font=FONT_HEAD, bold=True)

    heading("１　開催方法")
    for text in METHOD_PARAS:
        _para(doc, text, left=1, first=1, after=6)
    heading(f"２　{ATTENDEE_HEADING}")
    for role, titles in ATTENDEES:
        _para(doc, f"{role}：" + "・".join(titles), left=6, first=-5)
    _para(doc, "")
    heading("３　議　題")
    for number, item in AGENDA:
        _para(doc, number + item, left=1)
    _para(doc, "")
    heading("４　資　料")
    for prefix, item in MATERIALS:
        _para(doc, prefix + item, left=1)
    _para(doc, "")
    heading("５　意見及び質問")
    for section in DISCUSSION:
        _para(doc, section.number + section.title, left=0.5, font=FONT_HEAD)
        for block in section.blocks:
            if block.label:
                _para(doc, block.label, left=2)
            for text in block.paras:
                _para(doc, text, left=3, first=1)
            _para(doc, "")
    _para(doc, "以上", align=WD_ALIGN_PARAGRAPH.RIGHT)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


# --------------------------------------------------------------------------------------------- gold

def _statements() -> list[tuple[Statement, str]]:
    """Gold statements with their page, and a probe text to find each one on its page."""
    page = 1 + sum(p.count("\f") for p in METHOD_PARAS)
    out = []
    for section in DISCUSSION:
        for block in section.blocks:
            text = "\n".join(fold(p.replace("\f", "")) for p in block.paras)
            probe = block.label or block.paras[0][:12]
            out.append((Statement(speaker=block.speaker, section=fold(section.title), text=text, page=page), probe))
            page += sum(p.count("\f") for p in block.paras)
    return out


def gold(pdf: Path) -> Document:
    """The gold record of the built PDF, from the data above."""
    data = pdf.read_bytes()
    with pymupdf.open(pdf) as d:
        pages = d.page_count
    minutes = Minutes(
        title=TITLE, meeting_number=MEETING_NUMBER, date=DATE, method=METHOD,
        attendees=[Attendee(role=role, title=t) for role, titles in ATTENDEES for t in titles],
        agenda=[fold(item) for _, item in AGENDA],
        materials=[fold(item) for _, item in MATERIALS],
        statements=[s for s, _ in _statements()],
    )
    return Document(
        source=Source(file=pdf.name, sha256=hashlib.sha256(data).hexdigest(), pages=pages),
        document=DocumentInfo(kind="minutes", family="minutes", municipality=MUNICIPALITY, title=TITLE,
                              date=DATE, date_raw=fold(DATE_RAW)),
        minutes=minutes,
    )


def _plain(text: str) -> str:
    """Folded text without white space, for looking gold text up in a page."""
    return re.sub(r"\s+", "", fold(text))


def check_pages(pdf: Path) -> list[str]:
    """Problems found when looking each gold statement up on its gold page of the built PDF (empty: all good)."""
    problems = []
    with pymupdf.open(pdf) as d:
        texts = [_plain(page.get_text()) for page in d]
        for st, probe in _statements():
            assert st.page is not None
            if _plain(probe) not in texts[st.page - 1]:
                problems.append(f"p.{st.page}: {st.speaker} の「{probe}」が見つかりません")
        if d.page_count != 4:
            problems.append(f"ページ数が {d.page_count} です（4 のはず）")
    return problems


def write_gold(doc: Document, path: Path) -> None:
    """Write the gold JSON (validated through the record model) atomically."""
    Document.model_validate(doc.model_dump())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.part")
    tmp.write_text(json.dumps(doc.model_dump(mode="json", exclude_none=False), ensure_ascii=False, indent=1) + "\n",
                   encoding="utf-8")
    tmp.replace(path)


def main() -> int:
    """Build the .docx, convert it, write the gold, and check every statement's page."""
    docx = build_docx(BUILD_OUT / f"{STEM}.docx")
    to_pdf(docx, PDF, profile="minutes")
    write_gold(gold(PDF), GOLD)
    problems = check_pages(PDF)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{PDF.relative_to(ROOT)}, {GOLD.relative_to(ROOT)}: {'OK' if not problems else 'ページ検査で問題あり'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
