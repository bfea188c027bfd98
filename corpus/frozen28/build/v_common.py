"""Shared helpers for helper-v builders (frozen28): era strings, number formats, gold writer and checks."""
import hashlib, json, re, unicodedata
from pathlib import Path
import fitz

ROOT = Path(__file__).resolve().parents[1]
WORK = Path('/tmp/v_work'); WORK.mkdir(parents=True, exist_ok=True)
ZEN = str.maketrans('0123456789.,-%()', '０１２３４５６７８９．，－％（）')


def zen(s):
    return str(s).translate(ZEN)


def c(n):
    """comma format; negative shown with △."""
    if n < 0:
        return '△' + format(-n, ',')
    return format(n, ',')


def rate(a, b, nd=2):
    return round(a / b * 100 + 1e-12, nd) if b else 0.0


def wa(y, short=False):
    """Western year of 年度 -> 令和/平成 label (no 年度)."""
    if y >= 2019:
        n = y - 2018
        return ('R%d' % n) if short else ('令和%s' % ('元' if n == 1 else n))
    n = y - 1988
    return ('H%d' % n) if short else ('平成%d' % n)


class Gold:
    def __init__(self, stem, kind, municipality, title, date, date_raw, family):
        self.stem = stem
        self.doc = {"kind": kind, "family": family, "municipality": municipality, "title": title,
                    "date": date, "date_raw": date_raw}
        self.facts, self.inits, self.tables, self.minutes = [], [], [], None

    def fact(self, page, raw, value, metric, basis, fy, fy_raw=None, seg='total', debt=None, debt_raw=None,
             unit=None, approx=False, as_of=None, area=None):
        if unit is None:
            unit = 'percent' if metric == 'collection_rate' else 'yen'
        if unit == 'yen':
            value = int(round(value))
        self.facts.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "fiscal_year_raw": fy_raw,
                           "segment": seg, "metric": metric, "basis": basis, "as_of": as_of, "value": value,
                           "unit": unit, "approx": approx, "raw": raw, "page": page, "area": area,
                           "bbox": None, "table": None})

    def init(self, page, text, debt=None, debt_raw=None, fy=None, section=None, label=None, status=None):
        self.inits.append({"debt": debt, "debt_raw": debt_raw, "fiscal_year": fy, "section": section,
                           "label": label, "text": text, "status": status, "page": page})

    def table(self, page, rows):
        self.tables.append({"page": page, "bbox": [0.0, 0.0, 0.0, 0.0], "rows": rows, "raw_rows": None,
                            "continued_from": None, "pages": None})

    def write(self, pdf):
        pdf = Path(pdf)
        data = pdf.read_bytes()
        doc = fitz.open(pdf)
        out = {"schema_version": "1", "source": {"file": pdf.name, "sha256": hashlib.sha256(data).hexdigest(),
                                                 "pages": doc.page_count},
               "document": self.doc, "facts": self.facts, "initiatives": self.inits, "minutes": self.minutes,
               "tables": self.tables, "warnings": []}
        gp = ROOT / 'gold' / (pdf.stem + '.json')
        gp.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding='utf-8')
        bad = check(pdf, out)
        print(f'{pdf.name}: pages={doc.page_count} facts={len(self.facts)} initiatives={len(self.inits)} '
              f'problems={len(bad)}')
        for b in bad[:40]:
            print('  !', b)
        return bad


def squash(s):
    return re.sub(r'\s+', '', s or '')


def check(pdf, gold):
    doc = fitz.open(pdf)
    pages = [squash(p.get_text()) for p in doc]
    bad = []
    for f in gold['facts']:
        p = f['page']
        if not (1 <= p <= len(pages)) or squash(f['raw']) not in pages[p - 1]:
            bad.append(('fact', p, f['raw'], f['debt_raw']))
    for i in gold['initiatives']:
        p = i['page']
        t = squash(i['text'])
        if t not in pages[p - 1]:
            bad.append(('init', p, i['text'][:40]))
    if gold.get('minutes'):
        alltext = ''.join(pages)
        for s in gold['minutes']['statements']:
            p = s.get('page')
            if squash(s['text']) not in (pages[p - 1] if p else alltext):
                bad.append(('stmt', p, s['text'][:40]))
    keys = {}
    for f in gold['facts']:
        k = (f['page'], f['fiscal_year'], f['segment'], f['metric'], f['basis'], f['debt_raw'], f['area'], f['value'])
        keys[k] = keys.get(k, 0) + 1
    return bad


class Locator:
    """Whitespace-free text of all pages, with page boundaries, to find on which page a passage lands."""
    def __init__(self, pdf):
        doc = fitz.open(pdf)
        self.texts = [squash(p.get_text()) for p in doc]
        self.starts = []
        pos = 0
        for t in self.texts:
            self.starts.append(pos)
            pos += len(t)
        self.all = ''.join(self.texts)

    def page_of_pos(self, pos):
        p = 0
        for i, s in enumerate(self.starts):
            if s <= pos:
                p = i
        return p + 1

    def find(self, s, start=0):
        i = self.all.find(squash(s), start)
        if i < 0:
            raise ValueError('not found: ' + s[:50])
        return i

    def page(self, s, start=0):
        return self.page_of_pos(self.find(s, start))


def okuman(yen):
    """1234567000 -> '12億3,456万円' (yen rounded to 万)."""
    man = int(round(yen / 10000))
    oku, rest = divmod(man, 10000)
    s = ''
    if oku:
        s += f'{oku}億'
    if rest:
        s += f'{rest:,}万'
    return s + '円'
