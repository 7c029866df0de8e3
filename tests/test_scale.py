"""A 100-department chain builds whole: the site grows with the lessons, every address in curriculum.json
resolves, and a site GitHub Pages would refuse is refused before anything is published."""

from __future__ import annotations

import functools
import html
import json
import os
import re
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from companies import retail_chain, small_shop
from conftest import opened_day
from test_languages import copy_project

from generator.__main__ import main

SITE_URL = "https://example.github.io/chain/"


@contextmanager
def inside(folder: Path):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


@pytest.fixture(scope="module")
def chain_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("chain"))
    (project / "rules/program.yml").write_text(retail_chain(100), encoding="utf-8")
    with inside(project):
        assert main(["build", "--site-url", SITE_URL]) == 0
    return project / "site"


def test_pages_follow_the_lessons_not_the_departments(chain_site):
    from generator.load import load

    catalog, program = load(chain_site.parent / "rules")
    for prefix in ("", "en/", "km/"):
        pages = [
            p
            for p in (chain_site / prefix).rglob("index.html")
            if prefix or p.relative_to(chain_site).parts[0] not in ("en", "km")
        ]
        # one page per lesson, module and department, and a fixed few (home, guides, day view, indexes)
        assert len(pages) <= len(catalog.lessons) + len(catalog.modules) + len(program.departments) + 16, prefix
    size = sum(p.stat().st_size for p in chain_site.rglob("*") if p.is_file())
    assert size < 150 * 2**20


def test_every_curriculum_url_resolves(chain_site):
    @functools.cache
    def page(path: str) -> str:
        return (chain_site / path / "index.html").read_text(encoding="utf-8")

    @functools.cache
    def heading(path: str) -> str:
        found = re.search(r"<h1[^>]*>(.*?)</h1>", page(path), re.S)
        return html.unescape(found[1]) if found else ""

    for prefix in ("", "en/"):
        curriculum = json.loads((chain_site / prefix / "curriculum.json").read_text())
        assert len(curriculum) == 100
        data = {}
        for department, roles in curriculum.items():
            data[department] = json.loads((chain_site / prefix / "data" / f"{department}.json").read_text())
            for role, days in roles.items():
                for number, day in days.items():
                    url = urlsplit(day["url"])
                    assert 'id="day-view"' in page(prefix + url.path), day["url"]
                    query = {k: v[0] for k, v in parse_qs(url.query).items()}
                    assert query == {"d": department, "r": role, "n": number}
                    entry = data[department]["roles"][role]["days"][int(number) - 1]
                    assert entry["lessons"] == day["lessons"]
                    for lesson, title in zip(day["lessons"], day["title"].split(" · "), strict=True):
                        assert heading(f"{prefix}lessons/{lesson}/").endswith(title), (lesson, title)


def test_the_hundredth_department_reads_its_day_in_the_browser(chain_site, browser):

    from conftest import PHONE, free_port, serve

    port = free_port()
    server = serve(chain_site, port)
    try:
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/day/?d=store-100&r=manager&c=wave-3&n=30")
        opened_day(page)
        assert page.locator("h1").inner_text() == "Ngày 30/30"
        assert "Bộ phận store-100 · Quản lý" in page.locator(".day-meta").inner_text()
        assert page.locator(".day-lesson").count() >= 1
        context.close()
    finally:
        server.shutdown()
        server.server_close()


def test_a_site_over_the_pages_limit_is_refused_and_the_old_one_kept(tmp_path, capsys):
    project = copy_project(tmp_path)
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("the published site", encoding="utf-8")
    with inside(project):
        assert main(["build", "--site-url", SITE_URL, "--max-mb", "1"]) == 1
    assert "over the 1 MB GitHub Pages publishes" in capsys.readouterr().err
    assert (project / "site" / "index.html").read_text(encoding="utf-8") == "the published site"
    assert not list(tmp_path.glob("project/.site-*")), "no staging folder left behind"


def test_the_program_file_from_the_command_line_is_the_one_published(tmp_path):
    project = copy_project(tmp_path)
    other = tmp_path / "shop.yml"
    other.write_text(small_shop(), encoding="utf-8")
    with inside(project):
        assert main(["--program", str(other), "build", "--site-url", SITE_URL]) == 0
    curriculum = json.loads((project / "site" / "curriculum.json").read_text())
    assert set(curriculum) == {"counter", "repairs", "office"}
    repairs = (project / "site" / "departments" / "repairs" / "index.html").read_text(encoding="utf-8")
    assert 'data-department="repairs"' in repairs
    assert not (project / "site" / "departments" / "shop-floor").exists()


def test_a_build_on_github_actions_without_an_address_is_refused(tmp_path, monkeypatch, capsys):
    project = copy_project(tmp_path)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.delenv("SITE_URL", raising=False)
    with inside(project):
        assert main(["build"]) == 1
    assert "No site address" in capsys.readouterr().err
    assert not (project / "site").exists()


def test_a_local_build_without_an_address_says_which_one_it_used(tmp_path, monkeypatch, capsys):
    project = copy_project(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("SITE_URL", raising=False)
    with inside(project):
        assert main(["build"]) == 0
    err = capsys.readouterr().err
    assert err.count("http://127.0.0.1:8000/") == 1 and "works only on this computer" in err


def test_export_uses_the_site_address(tmp_path, monkeypatch):
    project = copy_project(tmp_path)
    monkeypatch.setenv("SITE_URL", "https://example.github.io/exported/")
    with inside(project):
        assert main(["export", str(tmp_path / "out")]) == 0
    csv_text = (tmp_path / "out/vi/docs/hr/program.csv").read_text(encoding="utf-8")
    assert "https://example.github.io/exported/day/?d=" in csv_text and "127.0.0.1" not in csv_text
    english = (tmp_path / "out/en/docs/hr/program.csv").read_text(encoding="utf-8")
    assert "https://example.github.io/exported/en/day/?d=" in english
