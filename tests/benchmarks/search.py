"""Benchmark: what search costs a phone.

    python tests/benchmarks/search.py [--runs 5] [--throttle 4]

Builds the real site into a temporary folder served gzipped under /repo/ (as GitHub Pages serves it), then
prints, per language: the index's size (raw and gzip bytes), and the time from tapping the search button to
the first result on screen for a typed query, in Debian's chromium with the CPU slowed down as Lighthouse's
mobile profile does (CDP Emulation.setCPUThrottlingRate, 4×). The index is fetched when search opens, so
that time includes fetching, parsing and preparing it. Then, with the index loaded, the time from typing a
long query (a situation in 8–13 words) to its results: what each keystroke costs. Median of --runs fresh
pages. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import statistics
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import PagesLike  # noqa: E402  (serves gzip as GitHub Pages does)

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
QUERIES = {"vi": ("", "khieu nai"), "en": ("en/", "complaint"), "km": ("km/", "ភ្ញៀវខឹង")}
# Then, on the loaded index, a long query as staff type a situation (the cost of one keystroke).
LONG = {
    "vi": "khách hỏi mà mình không biết phải trả lời sao",
    "en": "what do i say when a customer wants a refund for a broken item",
    "km": "ភ្ញៀវខឹងខ្លាំង ចង់ប្តូរទំនិញ",
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--throttle", type=float, default=4)
    args = parser.parse_args()
    os.chdir(ROOT)
    from playwright.sync_api import sync_playwright

    from generator.__main__ import main as generator

    with tempfile.TemporaryDirectory() as folder:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PagesLike, directory=folder))
        base = f"http://127.0.0.1:{server.server_port}/repo/"
        assert generator(["build", "--site-dir", f"{folder}/repo", "--site-url", base]) == 0
        threading.Thread(target=server.serve_forever, daemon=True).start()
        rows = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
            for lang, (prefix, typed) in QUERIES.items():
                raw = (Path(folder) / "repo" / prefix / "search.json").read_bytes()
                times, longer = [], []
                for _ in range(args.runs):
                    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
                    page = context.new_page()
                    page.goto(base + prefix)
                    page.wait_for_load_state("networkidle")
                    cdp = context.new_cdp_session(page)
                    cdp.send("Emulation.setCPUThrottlingRate", {"rate": args.throttle})
                    page.evaluate(
                        """typed => { window.__typed = typed;
                        new MutationObserver(() => {
                          if (document.querySelector('.site-search__item') && !window.__first)
                            window.__first = performance.now(); })
                          .observe(document.querySelector('.site-search__results'), {childList: true}); }""",
                        typed,
                    )
                    page.evaluate("""() => { window.__open = performance.now();
                        document.querySelector('.site-search__open').click();
                        const box = document.querySelector('.site-search__input');
                        box.value = window.__typed; box.dispatchEvent(new Event('input')); }""")
                    page.wait_for_function("() => window.__first", timeout=60_000)
                    times.append(page.evaluate("() => window.__first - window.__open"))
                    longer.append(
                        page.evaluate(
                            """long => new Promise(done => {
                            const list = document.querySelector('.site-search__results');
                            const box = document.querySelector('.site-search__input');
                            const start = performance.now();
                            new MutationObserver((_, o) => { o.disconnect(); done(performance.now() - start); })
                              .observe(list, {childList: true});
                            box.value = long; box.dispatchEvent(new Event('input')); })""",
                            LONG[lang],
                        )
                    )
                    context.close()
                rows.append(
                    (
                        lang,
                        len(raw),
                        len(gzip.compress(raw, 9)),
                        statistics.median(times),
                        statistics.median(longer),
                        typed,
                    )
                )
            browser.close()
        server.shutdown()
    print(f"search, {args.throttle:g}× CPU slowdown, median of {args.runs}")
    print(f"{'lang':5} {'index bytes':>12} {'gzip bytes':>11} {'open → first result':>20} {'long query':>11}  query")
    for lang, size, packed, ms, long_ms, typed in rows:
        print(f"{lang:5} {size:>12,} {packed:>11,} {ms:>17.0f} ms {long_ms:>8.0f} ms  {typed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
