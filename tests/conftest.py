"""Shared fixtures: a copy of the YAML to break, the real site built once, a phone browser."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUB_PATH = "repo"  # the site is served as on GitHub Pages: http://host/REPO/
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # GitHub's runners: /usr/bin/google-chrome
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}

os.chdir(ROOT)
os.environ["NO_MKDOCS_2_WARNING"] = "1"


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    """A private copy of rules/ that a test may edit."""
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    return target


def day(department: str, role: str, n: int, cohort: str | None = None) -> str:
    """A day's address, relative to the site root (the day view, composed in the browser)."""
    from generator import addresses

    return addresses.day_url(department, role, n, cohort)


def opened_day(page) -> None:
    """Wait until the day view has composed the day."""
    page.locator("#day-view[data-ready]").wait_for()


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact piece of a YAML file (failing loudly if it is not there)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def printed(page) -> tuple[str, int, float]:
    """Print the page to A4 in Chromium; its text without white space (pypdf splits Vietnamese syllables
    around their marks) and its number of pages and width."""
    import io
    import unicodedata

    from pypdf import PdfReader

    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    text = unicodedata.normalize("NFC", "".join("".join(p.extract_text() for p in pdf.pages).split()))
    return text, len(pdf.pages), float(pdf.pages[0].mediabox.width)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path | str, port: int) -> http.server.ThreadingHTTPServer:
    """Serve a folder on loopback, quietly, from a thread of its own; the caller shuts it down."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(_QuietHandler, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Iterator[dict]:
    """The real site, built once by the CLI and served on loopback under /repo/."""
    from generator.__main__ import main

    root = tmp_path_factory.mktemp("served")
    port = free_port()
    base = f"http://127.0.0.1:{port}/{SUB_PATH}/"
    assert main(["build", "--site-dir", str(root / SUB_PATH), "--site-url", base]) == 0
    server = serve(root, port)
    site_dir = root / SUB_PATH
    yield {"dir": site_dir, "url": base, "curriculum": json.loads((site_dir / "curriculum.json").read_text())}
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    assert Path(CHROMIUM).exists(), "Debian's chromium is needed: apt-get install -y chromium"
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    yield page
    context.close()


def pytest_terminal_summary(terminalreporter):
    """Print the search table (tests/test_search.py) after the run: precision@3 and MRR (over the ten shown)."""
    from test_search import RESULTS

    if not RESULTS:
        return
    terminalreporter.section("search: an answering page in the top three")
    for typed, expected, top, found, rank in RESULTS:
        terminalreporter.write_line(
            f"{'ok ' if found else 'MISS'} {rank or '-':>2} {typed!r:34} → {expected:50} top: {top}"
        )
    precision = sum(row[3] for row in RESULTS) / len(RESULTS)
    mrr = sum(1 / row[4] for row in RESULTS if row[4]) / len(RESULTS)
    terminalreporter.write_line(f"precision@3: {precision:.2f}  MRR: {mrr:.2f}  over {len(RESULTS)} queries")
