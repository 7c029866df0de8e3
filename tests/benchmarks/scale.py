"""Scale benchmark: how build time, page count and size grow with the number of departments.

    python tests/benchmarks/scale.py [--departments 5 25 50 100] [--runs 3] [--edits 6]

For each size, writes a retail chain's program (N departments × 3 roles × 3 cohorts, the standard
modules; tests/companies.py) into a temporary copy of the project, runs `python -m generator build`
as `make site` does, and prints: pages, MB, the first build's seconds (no QR codes kept yet in
.cache/, as on a fresh clone), the seconds of the next --runs builds (median: QR codes kept, as on every
later build), peak memory, and the generator's own share (load, schedule and render of every language,
timed in-process). Then, for the smallest and largest sizes, `mkdocs serve`'s reload: seconds from saving
a lesson's title to the page served with the new title (median of --edits). Nothing is asserted: it measures.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from companies import retail_chain  # noqa: E402

COPIED = ("mkdocs.yml", "mkdocs.en.yml", "mkdocs.km.yml", "content", "rules", "overrides", "generator")


def project(work: Path, departments: int) -> Path:
    folder = work / f"chain-{departments}"
    folder.mkdir()
    for name in COPIED:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, folder / name)
    (folder / "rules/program.yml").write_text(retail_chain(departments), encoding="utf-8")
    return folder


def build(folder: Path) -> tuple[float, float]:
    """Seconds and peak resident MB of one `python -m generator build`."""
    shutil.rmtree(folder / "site", ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "build", "--site-url", "https://example.github.io/chain/"],
        cwd=folder,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    seconds = time.perf_counter() - started
    return seconds, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def generator_seconds(folder: Path) -> float:
    """Load, schedule and render every language in this process: the generator's own work."""
    from generator.pipeline import prepare

    started = time.perf_counter()
    prepared = prepare(folder / "rules")
    for lang in prepared.program.settings.published:
        prepared.render(lang, (), "https://example.github.io/chain/")
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_reload(folder: Path, edits: int) -> float:
    """Median seconds from saving a lesson's new title to `mkdocs serve` serving it."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"},
    )
    page = f"http://127.0.0.1:{port}/lessons/rule-07/"
    lesson = folder / "rules/lessons/rule-07.yml"
    original = lesson.read_text(encoding="utf-8")

    def served() -> str:
        try:
            with urllib.request.urlopen(page, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            return ""

    try:
        deadline = time.time() + 180
        while "rule-07" not in served() and time.time() < deadline:
            time.sleep(0.2)
        times = []
        for n in range(edits):
            marker = f"Mốc{n}x{int(time.time())}"
            lesson.write_text(re.sub(r'(title:\n  vi: ")', rf"\g<1>{marker} ", original, count=1), encoding="utf-8")
            started = time.perf_counter()
            while marker not in served() and time.perf_counter() - started < 120:
                time.sleep(0.05)
            times.append(time.perf_counter() - started)
            time.sleep(1.0)
        return statistics.median(times)
    finally:
        lesson.write_text(original, encoding="utf-8")
        server.terminate()
        server.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--departments", type=int, nargs="+", default=[5, 25, 50, 100])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--edits", type=int, default=6, help="mkdocs serve edits per size (0: skip)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="brand30-scale-"))
    rows, reloads = [], {}
    try:
        for departments in args.departments:
            folder = project(work, departments)
            runs = [build(folder) for _ in range(args.runs + 1)]  # the first with no QR codes kept yet
            cold, seconds = runs[0][0], statistics.median(r[0] for r in runs[1:])
            peak = max(r[1] for r in runs)
            files = [p for p in (folder / "site").rglob("*") if p.is_file()]
            pages = sum(p.suffix == ".html" for p in files)
            size = sum(p.stat().st_size for p in files) / 2**20
            own = generator_seconds(folder)
            rows.append((departments, pages, size, cold, seconds, peak, own))
            if args.edits and departments in (min(args.departments), max(args.departments)):
                reloads[departments] = serve_reload(folder, args.edits)
            shutil.rmtree(folder, ignore_errors=True)
        print(
            f"| departments | pages | site MB | first build s | build s (median of {args.runs}) | × smallest "
            "| first × smallest | peak MB | generator s (share) |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        smallest, smallest_cold = rows[0][4], rows[0][3]
        for departments, pages, size, cold, seconds, peak, own in rows:
            print(
                f"| {departments} | {pages:,} | {size:,.1f} | {cold:.1f} | {seconds:.1f} | {seconds / smallest:.2f} "
                f"| {cold / smallest_cold:.2f} | {peak:,.0f} | {own:.1f} ({own / seconds:.0%}) |"
            )
        if reloads:
            print(f"\n| departments | `mkdocs serve`: saved title → page served (median of {args.edits}) |")
            print("|---:|---:|")
            for departments, seconds in reloads.items():
                print(f"| {departments} | {seconds:.1f} s |")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
