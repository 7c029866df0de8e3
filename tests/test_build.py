"""The real site, built by the CLI into a temp folder and served under /repo/: pages and curriculum.json."""

from __future__ import annotations

import functools
import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from xml.etree import ElementTree

import yaml
from conftest import ROOT, SUB_PATH

from generator.load import load

DAYS = 30
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def test_curriculum_json_covers_every_department_role_and_day(site):
    catalog, program = load(ROOT / "rules")

    @functools.cache
    def pages(url: str) -> str:
        return (site["dir"] / url / "index.html").read_text(encoding="utf-8")

    curriculum = site["curriculum"]
    assert set(curriculum) == {d.id for d in program.departments}
    rules = {rule.id for rule in catalog.rules}
    for department in program.departments:
        assert set(curriculum[department.id]) == set(department.roles)
        start = program.cohorts_of(department.id)[0].start
        for role, days in curriculum[department.id].items():
            assert list(days) == [str(n) for n in range(1, DAYS + 1)]
            assert days["1"]["date"] == start.isoformat()
            assert rules <= {lesson for day in days.values() for lesson in day["lessons"]}
            for number, day in days.items():
                assert day["url"] == f"day/?d={department.id}&r={role}&n={number}"
                assert 'id="day-view"' in pages(day["url"].partition("?")[0]), "the url opens the day view"
                titles = [catalog.lessons[lesson].title.get("vi") for lesson in day["lessons"]]
                assert day["title"] == " · ".join(titles)
                for lesson, title in zip(day["lessons"], titles, strict=True):
                    heading = re.search(r"<h1[^>]*>(.*?)</h1>", pages(f"lessons/{lesson}/"), re.S)
                    assert heading and title in html.unescape(heading[1]), lesson


def test_every_page_type_exists(site):
    expected = [
        "index.html",
        "guide/index.html",
        "hr-guide/index.html",
        "rules/index.html",
        "big-questions/index.html",
        "etiquette/index.html",
        "hr/index.html",
        "departments/index.html",
        "modules/index.html",
        "departments/shop-floor/index.html",
        "day/index.html",
        "today/index.html",
        "hr/notes/index.html",
        "en/index.html",
        "en/day/index.html",
        "en/curriculum.json",
        "data/shop-floor.json",
    ]
    expected += [f"lessons/rule-{n:02d}/index.html" for n in range(1, 40)]
    missing = [path for path in expected if not (site["dir"] / path).is_file()]
    assert not missing


def test_rule_page_has_every_part(site):
    html = (site["dir"] / "lessons/rule-32/index.html").read_text()
    for label in (
        "Vì sao quan trọng",
        "Nhân viên tuyến đầu",
        "Trưởng nhóm",
        "Quản lý",
        "Tình huống",
        "Thực hành trong ca hôm nay",
        "Câu hỏi cuối ngày",
        "Tự kiểm tra",
    ):
        assert label in html, label
    assert html.count('<form class="quiz ') >= 2
    assert html.count('<form class="quiz quiz--scenario"') >= 1
    assert html.count('class="quiz__why"') == html.count('class="quiz__option"'), "feedback on every option"
    assert "Ghi chú gốc" not in html and "Các ý trong ghi chú gốc" not in html, "the notes' points are for trainers"
    assert '<html lang="vi"' in html


def test_no_markdown_syntax_leaks_into_pages(site):
    """Attribute lists, Jinja and Markdown markers and backslash escapes are consumed, on every page."""
    leaked = []
    for path in site["dir"].rglob("*.html"):
        article = re.search(r"<article.*?</article>", path.read_text(encoding="utf-8"), re.S)
        text = re.sub(r"<[^>]+>", " ", article.group(0)) if article else ""
        if "BRAND30HTML" in text or re.search(r"\{:? [.#]|\{\{|\{%|\]\(|\\[#*(\[{!]|\{ *download *\}", text):
            leaked.append(str(path.relative_to(site["dir"])))
    assert not leaked
    assert 'class="lesson-meta"' in (site["dir"] / "lessons/rule-01/index.html").read_text(encoding="utf-8")
    html = (site["dir"] / "hr/index.html").read_text(encoding="utf-8")
    assert re.search(
        r'<figcaption>Bán hàng tại cửa hàng · <a href="(\.\./hr/)?qr/shop-floor.svg" download>SVG</a></figcaption>',
        html,
    ), "a QR code's caption is a download link, not Markdown"


def test_the_site_grows_with_the_lessons_not_the_days(site):
    """One page per lesson, module and department, and a few more: no page per department × role × day."""
    pages = list(site["dir"].glob("**/index.html"))
    vi_pages = [p for p in pages if p.relative_to(site["dir"]).parts[0] not in ("en", "km")]
    catalog, program = load(ROOT / "rules")
    expected = len(catalog.lessons) + len(catalog.modules) + len(program.departments) + 15
    assert len(vi_pages) <= expected, len(vi_pages)
    assert not list(site["dir"].glob("departments/*/*/day-*"))


def test_department_data_has_each_roles_days(site):
    data = json.loads((site["dir"] / "data/customer-care.json").read_text())
    curriculum = site["curriculum"]["customer-care"]
    assert set(data["roles"]) == set(curriculum)
    for role, days in curriculum.items():
        assert [d["lessons"] for d in data["roles"][role]["days"]] == [d["lessons"] for d in days.values()]
    assert [c["id"] for c in data["cohorts"]] == ["pilot-2026-11"]
    assert "<" not in data["practice"].replace("<strong>", "").replace("</strong>", "").replace("<em>", "").replace(
        "</em>", ""
    )


def test_site_url_sub_path_is_used(site):
    sitemap = (site["dir"] / "sitemap.xml").read_text()
    assert f"/{SUB_PATH}/departments/shop-floor/" in sitemap
    html = (site["dir"] / "departments/shop-floor/index.html").read_text()
    assert f'<link rel="canonical" href="{site["url"]}departments/shop-floor/">' in html


def test_sitemaps_link_each_page_to_its_other_languages(site):
    """hreflang alternates are absolute and page to page, in each language's sitemap (not in <head>,
    where Material would fetch a sitemap.xml beside every alternate link)."""
    page = "lessons/rule-05/"
    for sitemap, own in (("sitemap.xml", ""), ("en/sitemap.xml", "en/"), ("km/sitemap.xml", "km/")):
        urls = ElementTree.parse(site["dir"] / sitemap).getroot()
        entry = next(u for u in urls if u.find("sm:loc", NS).text == site["url"] + own + page)
        alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", NS)}
        assert alternates == {
            "vi": site["url"] + page,
            "en": site["url"] + "en/" + page,
            "km": site["url"] + "km/" + page,
        }
    assert 'rel="alternate" href' not in (site["dir"] / page / "index.html").read_text(encoding="utf-8")


class _Sources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value and tag in ("script", "link", "img", "iframe", "source"):
                self.urls.append(value)


def test_no_asset_from_another_host(site):
    for page in ("index.html", "day/index.html", "departments/shop-floor/index.html", "hr/index.html", "en/index.html"):
        parser = _Sources()
        parser.feed((site["dir"] / page).read_text())
        external = [u for u in parser.urls if re.match(r"(https?:)?//", u) and not u.startswith(site["url"])]
        assert not external, (page, external)
        assert "fonts.googleapis" not in (site["dir"] / page).read_text()


def test_search_index_per_language_without_day_pages(site):
    for prefix, lang in (("", "vi"), ("en/", "en")):
        index = json.loads((site["dir"] / prefix / "search.json").read_text())
        urls = [doc["u"] for doc in index["docs"]]
        assert index["lang"] == lang
        assert "lessons/rule-33/" in urls and "departments/hotline/" in urls
        assert not [u for u in urls if u.startswith(("day/", "today/"))], "the day view repeats the lessons"
    assert not (site["dir"] / "search/search_index.json").exists(), "Material's own index is not built"


def test_export_writes_markdown_that_plain_mkdocs_builds(tmp_path):
    out = tmp_path / "export"
    assert subprocess.run([sys.executable, "-m", "generator", "export", str(out)], cwd=ROOT).returncode == 0
    day = (out / "vi/docs/day.md").read_text()
    assert day.startswith('---\ntitle: "Bài của ngày"')
    config = yaml.safe_load((out / "vi/mkdocs.yml").read_text())
    assert config["plugins"] == [], "plain MkDocs: no plugin of ours; the site's own search is in the overrides"
    assert config["theme"]["custom_dir"] == "overrides"
    overrides = (out / "vi/overrides/main.html").read_text()  # the plugin's template globals from `extra:`
    assert "config.extra.material_bundle" in overrides and "{{ material_bundle" not in overrides
    assert set(config["extra"]) >= {"material_bundle", "training_urls", "training_ui"}, "what on_env gives"
    worker = (out / "vi/docs/sw.js").read_text()  # the offline worker the page registers, with its shell
    assert '"today/"' in worker and '"program.json"' in worker and "assets/material.js" in worker
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(out / "en/mkdocs.yml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    department = (out / "en/site/departments/shop-floor/index.html").read_text()
    assert re.search(r"<h1[^>]*>Shop floor</h1>", department)
    assert 'href="../../day/?d=shop-floor&amp;r=staff' in department
    lesson = (out / "en/site/lessons/rule-01/index.html").read_text()
    assert '<html lang="en"' in lesson and 'class="quiz quiz--scenario"' in lesson
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(out / "km/mkdocs.yml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr  # partials/languages/km.html comes with the overrides
    assert 'lang="km"' in (out / "km/site/index.html").read_text()
