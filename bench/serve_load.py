"""Load script for `saiken serve` (loopback only, bounded): 20 browsing clients and 5 uploading clients at once.

    python bench/serve_load.py [--rounds 15] [--limit 120]

The server runs in this process on 127.0.0.1 (a fresh workspace with the five corpus PDFs converted first).
Each browsing client does `--rounds` rounds of: documents list, a document's record JSON, a review page and its
image, the findings page, and one correction of a fact (a value unique to that client and round). Each uploading
client uploads `--rounds` // 3 new small PDFs plus one corpus PDF again (a re-conversion while others correct).
Every request has a time-out, the whole run stops after `--limit` seconds, and nothing but 127.0.0.1 is contacted.
At the end it checks that no request failed (HTTP ≥ 400 or an exception), that every correction is in the log,
and that each corrected fact carries the value of the last correction made to it (none lost).
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import pymupdf

from serve_common import CORPUS, Server, token, wait_converted


def small_pdf(tag: str) -> bytes:
    d = pymupdf.open()
    d.new_page().insert_text((72, 100), f"会議のお知らせ 令和7年度 第1回 {tag} 収入未済額 1,234千円", fontname="japan")
    return d.tobytes()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--limit", type=float, default=120.0)
    ap.add_argument("--browsers", type=int, default=20)
    ap.add_argument("--uploaders", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Server(Path(tmp) / "ws") as srv:
        with httpx.Client(base_url=srv.url, timeout=120) as c:
            tok = token(c)
            res = c.post("/api/documents", headers={"X-CSRF-Token": tok},
                         files=[("files", (p.name, p.read_bytes(), "application/pdf")) for p in CORPUS]).json()
            wait_converted(c, {r["id"] for r in res})
            docs = [d for d in c.get("/api/documents").json() if d["facts"]]
        keys: dict[str, list[tuple[str, int]]] = {}
        for d in docs:
            corrected = srv.app.state.service.corrected(d["id"])
            keys[d["id"]] = [(k, f.page) for k, f in zip(corrected.keys, corrected.facts if hasattr(corrected, "facts") else corrected.doc.facts)]
        errors: list[str] = []
        made: list[tuple[str, str, int, int]] = []  # (doc, key, value, seq)
        latencies: list[float] = []
        lock = threading.Lock()
        deadline = time.time() + args.limit

        def get(cl: httpx.Client, url: str) -> httpx.Response | None:
            t = time.perf_counter()
            try:
                r = cl.get(url)
            except httpx.HTTPError as e:
                with lock:
                    errors.append(f"GET {url}: {type(e).__name__}")
                return None
            with lock:
                latencies.append(time.perf_counter() - t)
                if r.status_code >= 400:
                    errors.append(f"GET {url}: {r.status_code}")
            return r

        def browse(i: int) -> None:
            rnd = random.Random(i)
            with httpx.Client(base_url=srv.url, timeout=60) as cl:
                tk = token(cl)
                for r in range(args.rounds):
                    if time.time() > deadline:
                        return
                    d = rnd.choice(docs)
                    key, page = rnd.choice(keys[d["id"]])
                    for url in ("/", "/api/documents", f"/api/documents/{d['id']}", f"/documents/{d['id']}/pages/{page}",
                                f"/api/documents/{d['id']}/pages/{page}.png", "/findings"):
                        get(cl, url)
                    value = 1_000_000 + i * 1000 + r
                    try:
                        resp = cl.post(f"/api/documents/{d['id']}/corrections", headers={"X-CSRF-Token": tk},
                                       json={"action": "edit", "key": key, "fields": {"value": value}})
                    except httpx.HTTPError as e:
                        with lock:
                            errors.append(f"correction: {type(e).__name__}")
                        continue
                    with lock:
                        if resp.status_code != 200:
                            errors.append(f"correction: {resp.status_code} {resp.text[:120]}")
                        else:
                            made.append((d["id"], key, value, resp.json()["seq"]))

        uploaded: list[str] = []

        def upload(i: int) -> None:
            with httpx.Client(base_url=srv.url, timeout=120) as cl:
                tk = token(cl)
                batches = [[(f"load-{i}-{k}.pdf", small_pdf(f"{i}-{k}"))] for k in range(max(1, args.rounds // 3))]
                batches.append([(CORPUS[i % len(CORPUS)].name, CORPUS[i % len(CORPUS)].read_bytes())])
                for files in batches:
                    if time.time() > deadline:
                        return
                    try:
                        r = cl.post("/api/documents", headers={"X-CSRF-Token": tk},
                                    files=[("files", (n, b, "application/pdf")) for n, b in files])
                    except httpx.HTTPError as e:
                        with lock:
                            errors.append(f"upload: {type(e).__name__}")
                        continue
                    with lock:
                        if r.status_code != 200 or any(x["status"] != "queued" for x in r.json()):
                            errors.append(f"upload: {r.status_code} {r.text[:120]}")
                        else:
                            uploaded.extend(x["id"] for x in r.json())

        t0 = time.perf_counter()
        threads = [threading.Thread(target=browse, args=(i,)) for i in range(args.browsers)]
        threads += [threading.Thread(target=upload, args=(i,)) for i in range(args.uploaders)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(max(1.0, deadline - time.time() + 30))
        with httpx.Client(base_url=srv.url, timeout=120) as c:
            wait_converted(c, set(uploaded), limit=max(10.0, deadline - time.time() + 60))
            elapsed = time.perf_counter() - t0
            listed = {d["id"]: d for d in c.get("/api/documents").json()}
            failed_docs = [listed[u]["name"] for u in set(uploaded) if listed[u]["status"] != "done"]
            lost = 0
            logged = 0
            by_fact: dict[tuple[str, str], tuple[int, int]] = {}
            for did, key, value, seq in made:
                if by_fact.get((did, key), (0, 0))[0] < seq:
                    by_fact[(did, key)] = (seq, value)
            for did in {m[0] for m in made}:
                log = {e["seq"] for e in c.get(f"/api/documents/{did}/corrections").json()}
                logged += sum(1 for m in made if m[0] == did and m[3] in log)
                corrected = srv.app.state.service.corrected(did)
                for (d2, key), (_seq, value) in by_fact.items():
                    if d2 != did:
                        continue
                    j = corrected.index_of(key)
                    if j is None or corrected.doc.facts[j].value != value:
                        lost += 1
        lat = sorted(latencies)
        print(f"{args.browsers} browsing + {args.uploaders} uploading clients, {args.rounds} rounds, loopback: "
              f"{len(latencies)} GETs, {len(made)} corrections, {len(set(uploaded))} uploads in {elapsed:.1f} s")
        if lat:
            print(f"GET latency: median {statistics.median(lat) * 1000:.0f} ms, p95 {lat[int(0.95 * (len(lat) - 1))] * 1000:.0f} ms, "
                  f"max {lat[-1] * 1000:.0f} ms")
        print(f"errors: {len(errors)}; corrections in the log: {logged}/{len(made)}; "
              f"corrected facts with the wrong value (lost): {lost}/{len(by_fact)}; uploads not converted: {len(failed_docs)}")
        for e in errors[:10]:
            print("  ", e)
        if errors or lost or logged != len(made) or failed_docs:
            raise SystemExit(1)
        print("OK: no error, no lost correction")


if __name__ == "__main__":
    main()
