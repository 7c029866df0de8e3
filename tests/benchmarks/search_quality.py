"""Benchmark: how well search answers queries nobody tuned it for.

    python tests/benchmarks/search_quality.py [--show] [--situations N]

tests/search_held_out.py and _2.py to _14.py each hold 70 queries written from the source notes' situations by
someone who never saw the search, its synonyms, its keywords or its situations, each with the pages that
answer it. Each set has another writer; sets 2 to 7 were each written after the one before had been measured,
8 to 10 together. The third and fourth with a third of their queries short, as typed into a search box; the
fourth as four people in turn (a new seller, a hotline agent, a driver or installer, a team lead or manager);
the fifth from moments on shift, with shop English mixed in; the sixth as questions asked of a colleague in a
chat, often long, with regional words and chat shortenings; the seventh mostly short (1–4 words), some half-
remembering a story, a few with the Telex keys left in; the eighth and tenth as first-time visitors typing a
topic (1–3 words mostly), the ninth as staff in the middle of a moment, from each page's text without its keywords
or situations, and so were the eleventh to fourteenth (every kind of staff, HR too; the fourteenth a third spoken
questions, a third 1–3 word topics). This builds the real site into a temporary folder, types each query into the
search sheet in Debian's chromium on a phone viewport, and prints precision@3 (an answering page among the first
three) and MRR (mean of 1/rank of the first answering page among ten), per set, language and overall; --show lists
every query with its top three. Nothing is asserted: tuning the search to these queries would make them worthless
as a measure (tests/test_search.py holds the asserted table). A set's first measure is blind; once its misses have
been read, its numbers are not (the README says which are which).
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, cast

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests")]

from conftest import CHROMIUM, CHROMIUM_FLAGS, PHONE, free_port, serve  # noqa: E402
from test_browser import search  # noqa: E402


def held_out_sets() -> list[tuple[str, tuple]]:
    """tests/search_held_out.py (set 1), _2.py, _3.py, …: each set's name and its queries, in order."""
    found = []
    for path in (ROOT / "tests").glob("search_held_out*.py"):
        number = path.stem.removeprefix("search_held_out").lstrip("_") or "1"
        found.append((int(number), path.stem))
    return [(str(n), importlib.import_module(stem).HELD_OUT) for n, stem in sorted(found)]


NAMES = {"": "vi", "en/": "en", "km/": "km"}


def situation_queries(site: Path, per_language: int) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """A fixed sample of the pages' own situations, each to find its own page: a moment HR wrote in, typed
    again. These measure the situations' weight, not search on queries nobody tuned for."""
    pick = random.Random(7)
    rows: list[tuple[str, str, str, tuple[str, ...]]] = []
    for prefix in NAMES:
        docs = json.loads((site / prefix / "search.json").read_text(encoding="utf-8"))["docs"]
        lines = [(doc["u"], line) for doc in docs for line in doc.get("s", [])]
        rows += [("situations", prefix, line, (u,)) for u, line in pick.sample(lines, min(per_language, len(lines)))]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every query with its top three")
    parser.add_argument(
        "--situations",
        type=int,
        metavar="N",
        help="instead of the held-out sets, type N of the pages' own situations per language (drawn alike each run)",
    )
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as work:
        port = free_port()
        base = f"http://127.0.0.1:{port}/repo/"
        subprocess.run(
            [sys.executable, "-m", "generator", "build", "--site-dir", f"{work}/repo", "--site-url", base],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        server = serve(work, port)
        rows = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            context = browser.new_context(**cast("dict[str, Any]", PHONE))
            pages = {}
            sets = held_out_sets()
            queries = [(name, *q) for name, held_out in sets for q in held_out]
            if args.situations:
                sets = [("situations", ())]
                queries = situation_queries(Path(work) / "repo", args.situations)
            for set_name, prefix, typed, expected in queries:
                if prefix not in pages:
                    pages[prefix] = context.new_page()
                    pages[prefix].goto(base + prefix)
                page = pages[prefix]
                links = search(page, typed)
                urls = [h.removeprefix(base + prefix) for h in links.evaluate_all("a => a.map(e => e.href)")[:10]]
                page.keyboard.press("Escape")
                rank = next((i + 1 for i, url in enumerate(urls) if url in expected), 0)
                rows.append((set_name, prefix, typed, expected, urls[:3], rank))
            browser.close()
        server.shutdown()
    answerable = [row for row in rows if row[3]]
    if args.show:
        for set_name, prefix, typed, _, top, rank in answerable:
            print(
                f"{'ok ' if 0 < rank <= 3 else 'MISS'} set {set_name} {NAMES[prefix]} {typed!r}: "
                f"rank {rank or '-'}; top {top}"
            )
    print("| set | language | queries | first | precision@3 | MRR |\n|---|---|---:|---:|---:|---:|")
    for set_name in [*(name for name, _ in sets), "all"]:
        in_set = [r for r in answerable if set_name in (r[0], "all")]
        for name, group in [*((NAMES[p], [r for r in in_set if r[1] == p]) for p in NAMES), ("all", in_set)]:
            first = sum(r[5] == 1 for r in group) / len(group)
            precision = sum(0 < r[5] <= 3 for r in group) / len(group)
            mrr = sum(1 / r[5] for r in group if r[5]) / len(group)
            print(f"| {set_name} | {name} | {len(group)} | {first:.2f} | {precision:.2f} | {mrr:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
