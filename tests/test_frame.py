"""Department pages: the theme renders one frame, each department's page is stamped from it (generator/frame.py)."""

from __future__ import annotations

import posixpath
import re
import shutil
from xml.etree import ElementTree

import pytest
from conftest import ROOT
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from generator import frame
from generator.frame import DepartmentPage, FrameError
from generator.load import load

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_a_stamp_puts_in_id_and_title_but_never_touches_the_article():
    before, after = frame.split(f"<title>{frame.TITLE}</title><a href='/d/{frame.ID}/'>{frame.ARTICLE}</a>")
    page = DepartmentPage("kho-1", "Kho &amp; bãi", f"typed in the YAML: {frame.TITLE} {frame.ID}")
    assert frame.stamp(before, after, page) == (
        f"<title>Kho &amp; bãi</title><a href='/d/kho-1/'>typed in the YAML: {frame.TITLE} {frame.ID}</a>"
    )


@pytest.mark.parametrize("times", [0, 2])
def test_a_frame_without_exactly_one_article_is_refused(times):
    with pytest.raises(FrameError, match=f"{times} times"):
        frame.split("<main>" + frame.ARTICLE * times + "</main>")


def test_the_sitemap_entry_of_the_frame_becomes_one_per_department():
    entry = f"<url><loc>https://x/departments/{frame.ID}/</loc></url>"
    xml = f"<urlset><url><loc>https://x/</loc></url>{entry}</urlset>"
    assert frame.sitemap(xml, ["a", "b"]) == (
        "<urlset><url><loc>https://x/</loc></url><url><loc>https://x/departments/a/</loc></url>\n"
        "  <url><loc>https://x/departments/b/</loc></url></urlset>"
    )


def found(pattern: str, text: str) -> str:
    match = re.search(pattern, text, re.S)
    assert match, pattern
    return match[1]


def own_parts(html: str) -> dict:
    """What a department page says of itself outside its article."""
    head = html[: html.index("<article")]
    return {
        "title": found(r"<title>(.*?) - ", head),
        "canonical": found(r'rel="canonical" href="([^"]+)"', head),
        "languages": re.findall(r'href="([^"]*)" hreflang=', head),
        "h1": found(r"<h1[^>]*>(.*?)</h1>", html),
    }


def test_every_department_page_is_its_own(site):
    _, program = load(ROOT / "rules")
    for lang, folder in (("vi", ""), ("en", "en/"), ("km", "km/")):
        for department in program.departments:
            page = (site["dir"] / folder / "departments" / department.id / "index.html").read_text(encoding="utf-8")
            parts = own_parts(page)
            name = department.name.get(lang, program.settings.fallback)
            assert parts["title"] == parts["h1"] == name.replace("&", "&amp;")
            assert parts["canonical"] == f"{site['url']}{folder}departments/{department.id}/"
            here = f"{folder}departments/{department.id}/"
            assert [posixpath.normpath(posixpath.join(here, link)) for link in parts["languages"]] == [
                f"{other}departments/{department.id}" for other in ("", "en/", "km/")
            ], "each language's link is to this department's page"
            assert f'data-department="{department.id}"' in page
            assert 'class="days"' in page and 'id="coverage"' in page and 'id="calendar"' in page


def test_no_stand_in_is_left_anywhere(site):
    for path in site["dir"].rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".js", ".csv", ".webmanifest"):
            text = path.read_text(encoding="utf-8", errors="ignore")
            assert "BRAND30" not in text, path
    assert not list(site["dir"].rglob(f"*{frame.ID}*"))


def test_each_sitemap_lists_every_department_once(site):
    _, program = load(ROOT / "rules")
    for folder in ("", "en/", "km/"):
        locs = [u.find("sm:loc", NS).text for u in ElementTree.parse(site["dir"] / folder / "sitemap.xml").getroot()]
        departments = [loc for loc in locs if re.search(r"/departments/[^/]+/$", loc)]
        assert sorted(departments) == sorted(f"{site['url']}{folder}departments/{d.id}/" for d in program.departments)
        assert len(set(locs)) == len(locs)


def test_an_override_that_prints_the_content_twice_is_a_clear_error(tmp_path, caplog):
    """A theme override that prints the page twice would stamp every department's article twice: refused."""
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    main = tmp_path / "overrides/main.html"
    main.write_text(main.read_text() + "{% block footer %}{{ page.content }}{{ super() }}{% endblock %}\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/index.md").write_text("# Our shop\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Our shop\ntheme:\n  name: material\n  language: en\n  custom_dir: overrides\n"
        f"plugins:\n  - training:\n      rules: {ROOT / 'rules'}\n      language: en\n",
        encoding="utf-8",
    )
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        with pytest.raises(Abort):
            build(config)
    finally:
        config.plugins.on_shutdown()
    assert "the department frame holds its article stand-in 2 times" in caplog.text
    assert not (tmp_path / "site/departments/shop-floor/index.html").exists()
