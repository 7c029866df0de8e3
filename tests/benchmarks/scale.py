"""Scale benchmark: how build time, page count and size grow with the number of departments.

    python tests/benchmarks/scale.py [--departments 5 25 50 100] [--runs 3] [--edits 6]

For each size, writes a retail chain's program (N departments × 3 roles × 3 cohorts, the standard
modules; tests/companies.py) into a temporary copy of the project and runs `python -m generator build`
as `make site` does: first once per size (no QR codes kept yet in .cache/, as on a fresh clone), then
--runs rounds that build every size in turn (QR codes kept, as on every later build). Prints: pages,
MB, the first build's seconds, the rounds' median and fastest seconds, the median of each round's
ratio to the smallest size, peak memory, and the generator's own share (load, schedule and render of
every language, timed in-process). Then, for the smallest and largest sizes, `mkdocs serve`'s reload:
seconds from saving a lesson's title to the page served with the new title (median of --edits).
Nothing is asserted: it measures.
"""

from __future__ import annotations

import argparse
import os
import re
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


# Runs a command and prints the peak resident KB of its processes: each build's own peak, apart from the others'.
PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def build(folder: Path) -> tuple[float, float]:
    """Seconds and peak resident MB of one `python -m generator build`."""
    shutil.rmtree(folder / "site", ignore_errors=True)
    started = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            PEAK,
            sys.executable,
            "-m",
            "generator",
            "build",
            "--site-url",
            "https://example.github.io/chain/",
        ],
        cwd=folder,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    seconds = time.perf_counter() - started
    return seconds, int(done.stdout.split()[-1]) / 1024


def generator_seconds(folder: Path) -> float:
    """Load, schedule and render every language in this process: the generator's own work (the QR codes
    apart: the build takes them from .cache/, as every build after the first does)."""
    from generator.pipeline import prepare

    started = time.perf_counter()
    prepared = prepare(folder / "rules")
    for lang in prepared.program.settings.published:
        prepared.render(lang, (), "https://example.github.io/chain/", with_qr_codes=False)
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
    sizes = args.departments
    try:
        folders = {n: project(work, n) for n in sizes}
        cold = {n: build(folders[n]) for n in sizes}  # no QR codes kept yet, as on a fresh clone
        # Round after round, every size in turn: what slows this shared machine down for a while slows
        # every size of that round alike, so each round's ratio to the smallest is a fair one.
        rounds = [{n: build(folders[n]) for n in sizes} for _ in range(args.runs)]
        print(
            f"| departments | pages | site MB | first build s | build s (median of {args.runs}) | fastest s "
            "| × smallest (median of rounds) | peak MB | generator s (share) |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n in sizes:
            files = [p for p in (folders[n] / "site").rglob("*") if p.is_file()]
            pages = sum(p.suffix == ".html" for p in files)
            size = sum(p.stat().st_size for p in files) / 2**20
            seconds = statistics.median(r[n][0] for r in rounds)
            ratio = statistics.median(r[n][0] / r[sizes[0]][0] for r in rounds)
            peak = max(cold[n][1], *(r[n][1] for r in rounds))
            own = generator_seconds(folders[n])
            print(
                f"| {n} | {pages:,} | {size:,.1f} | {cold[n][0]:.1f} | {seconds:.1f} "
                f"| {min(r[n][0] for r in rounds):.1f} | {ratio:.2f} | {peak:,.0f} | {own:.1f} ({own / seconds:.0%}) |"
            )
        reloads = {n: serve_reload(folders[n], args.edits) for n in (sizes[0], sizes[-1])} if args.edits else {}
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
