"""Scanned PDFs made at test time from corpus pages (bench/scan_corpus.py's degradation: skew, grey paper, noise,
JPEG), so no scanned binary needs to live in the repo."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _scan_module():
    spec = importlib.util.spec_from_file_location("scan_corpus", ROOT / "bench" / "scan_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def make_scan(src: Path, pages: list[int], dest: Path, dpi: int = 200, keep_text: tuple[int, ...] = (),
              seed: int = 7) -> Path:
    """An image-only copy of `pages` (0-based) of `src`; pages listed in keep_text are copied with their text."""
    import cv2
    import numpy as np
    import pymupdf

    scan = _scan_module()
    doc = pymupdf.open(src)
    out = pymupdf.open()
    for i in pages:
        if i in keep_text:
            out.insert_pdf(doc, from_page=i, to_page=i)
            continue
        page = doc[i]
        rng = np.random.default_rng(seed + i)
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
        gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w).copy()
        img, _ = scan.degrade(gray, rng)
        ok, jpg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 70])
        p = out.new_page(width=page.rect.width, height=page.rect.height)
        p.insert_image(p.rect, stream=jpg.tobytes())
    out.save(dest)
    return dest


def engine_or_skip(name: str | None = None):
    from saiken.extract.ocr import EngineMissing
    from saiken.extract.ocr_engines import get_engine

    try:
        return get_engine(name)
    except EngineMissing:
        if name == "paddle" or name is None:
            pytest.fail("OCR engine missing: pip install -e '.[ocr]' (CI installs it)")
        pytest.skip(f"{name} not installed")


@pytest.fixture(scope="session")
def kitaura_scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Page 3 of corpus/second kitaura_suishin (a 推進シート 5-year table) scanned at 200 dpi, tilted."""
    d = tmp_path_factory.mktemp("scan")
    return make_scan(ROOT / "corpus/second/pdf/kitaura_suishin.pdf", [2], d / "kitaura_p3.pdf")


@pytest.fixture(scope="session")
def kitaura_doc(kitaura_scan: Path):
    engine_or_skip()
    from saiken.extract.pipeline import convert

    return convert(kitaura_scan)
