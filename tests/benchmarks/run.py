"""Benchmark: build time and size, and Lighthouse (mobile) on the pages an employee opens.

    python tests/benchmarks/run.py [--runs 3]

Builds the real site into a temporary folder served under /repo/ (as on GitHub Pages), then runs npm's
`lighthouse` with Debian's chromium on the home page, a day page and a department page, and prints a table:
performance, accessibility, best practices, SEO, first contentful paint and bytes transferred (the search
index is not among them: it is fetched only when search opens). Targets (issue 4): accessibility and best
practices 100, performance and SEO ≥ 95, under 200 KB a page. Nothing here is asserted: it measures.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE_DIR = Path(os.environ.get("LIGHTHOUSE_DIR", Path(tempfile.gettempdir()) / "brand30-lighthouse"))
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
PAGES = {"home": "", "day": "day/?d=shop-floor&r=staff&n=5", "department": "departments/shop-floor/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


class PagesLike(http.server.SimpleHTTPRequestHandler):
    """Serves text gzipped when the browser accepts it, as GitHub Pages does."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".webmanifest")

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if "gzip" in self.headers.get("Accept-Encoding", "") and path.suffix in self.COMPRESSED and path.is_file():
            body = gzip.compress(path.read_bytes())
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            super().do_GET()

    def log_message(self, *args):
        pass


def lighthouse() -> Path:
    binary = LIGHTHOUSE_DIR / "node_modules/.bin/lighthouse"
    if not binary.exists():
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(LIGHTHOUSE_DIR), "lighthouse@12"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return binary


def audit(binary: Path, url: str) -> dict:
    out = subprocess.run(
        [str(binary), url, "--quiet", "--output=json", "--form-factor=mobile", f"--chrome-flags={CHROME_FLAGS}"],
        env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(out)
    audits = report["audits"]
    return {
        **{c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
        "fcp_ms": round(audits["first-contentful-paint"]["numericValue"]),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "kb": round(audits["total-byte-weight"]["numericValue"] / 1024, 1),
        "failed": sorted(
            a["id"]
            for a in audits.values()
            if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page (the median is shown)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="brand30-bench-"))
    try:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PagesLike, directory=str(work)))
        base = f"http://127.0.0.1:{server.server_address[1]}/repo/"
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "generator", "build", "--site-dir", str(work / "repo"), "--site-url", base],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - started
        pages = list((work / "repo").rglob("*.html"))
        sizes = [p.stat().st_size for p in pages]
        print("| build | seconds | pages | median page KB | largest page KB |")
        print("|---|---:|---:|---:|---:|")
        print(
            f"| all languages | {seconds:.1f} | {len(pages)} | {statistics.median(sizes) / 1024:.1f} | "
            f"{max(sizes) / 1024:.1f} |\n"
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        binary = lighthouse()
        print(
            "| page | performance (lowest–highest) | accessibility | best practices | SEO | FCP ms | TBT ms "
            "| transferred KB | failing audits |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
        for name, path in PAGES.items():
            runs = [audit(binary, base + path) for _ in range(args.runs)]
            best = sorted(runs, key=lambda r: r["performance"])[len(runs) // 2]
            spread = f"{min(r['performance'] for r in runs)}–{max(r['performance'] for r in runs)}"
            print(
                f"| {name} | {best['performance']} ({spread}) | {best['accessibility']} | {best['best-practices']} | "
                f"{best['seo']} | {best['fcp_ms']} | {best['tbt_ms']} | {best['kb']} | "
                f"{', '.join(best['failed']) or '—'} |"
            )
        server.shutdown()
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
