"""Life after Material: ProperDocs builds the real config, and the portable export builds with ProperDocs and
Zensical into the same pages as the real site (tests/conftest.py's `site`, built with MkDocs and the plugin);
`python -m generator serve` previews every language.

ProperDocs (a fork of MkDocs 1.6, its own `properdocs` package) and Zensical share the test venv with MkDocs
(pyproject.toml's `test` extra); where one is missing, its tests are skipped and say so."""

from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, free_port

LANGUAGES = {"vi": "", "en": "en/", "km": "km/"}
# Written by the theme (its names change with the release) or only by one builder: not the site's own pages
THEME_FILES = re.compile(r"^assets/(javascripts|stylesheets|images)/|^sitemap\.xml\.gz$")


def needs(module: str):
    return pytest.mark.skipif(
        importlib.util.find_spec(module) is None,
        reason=f"{module} is not installed: pip install -e '.[test]' installs it",
    )


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result


def files(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not THEME_FILES.search(p.relative_to(folder).as_posix())
    }


def language_files(site_dir: Path, lang: str) -> set[str]:
    folder = site_dir / LANGUAGES[lang]
    others = tuple(other for other in LANGUAGES.values() if other and other != LANGUAGES[lang])
    return {f for f in files(folder) if not f.startswith(others)}


def article(path: Path) -> tuple[str, list[str]]:
    """A page's article: its text, and its links in order (attribute order and whitespace aside)."""
    found = re.search(r"<article[^>]*>(.*?)</article>", path.read_text(encoding="utf-8"), re.S)
    inner = found.group(1) if found else ""
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", inner))).strip()
    return text, re.findall(r'href="([^"]*)"', inner)


def shell(site_dir: Path) -> list[str]:
    found = re.search(r"const SHELL = (\[.*?\]);", (site_dir / "sw.js").read_text())
    assert found, "sw.js lists its SHELL"
    return json.loads(found.group(1))


@pytest.fixture(scope="module")
def exported(site, tmp_path_factory):
    """The export for each builder, with the real site's address, so that pages can be compared."""
    out = {}
    for builder in ("mkdocs", "zensical"):
        if builder == "zensical" and importlib.util.find_spec("zensical") is None:
            continue
        folder = tmp_path_factory.mktemp(f"export-{builder}")
        run("-m", "generator", "export", str(folder), "--for", builder, "--site-url", site["url"])
        out[builder] = folder
    return out


@needs("properdocs")
def test_properdocs_builds_the_real_config_into_the_same_pages(site, tmp_path):
    """The project's own mkdocs.yml, plugin included, --strict: every language, the same files as MkDocs'."""
    for lang, sub in LANGUAGES.items():
        config = "mkdocs.yml" if not sub else f"mkdocs.{lang}.yml"
        run("-m", "properdocs", "build", "--strict", "--quiet", "-f", config, "-d", str(tmp_path / "site" / sub))
    for lang in LANGUAGES:
        assert language_files(tmp_path / "site", lang) == language_files(site["dir"], lang), lang
    page = "lessons/rule-01/index.html"
    assert article(tmp_path / "site" / page) == article(site["dir"] / page)
    assert 'content="mkdocs-ProperDocs' in (tmp_path / "site" / page).read_text(), "ProperDocs built it"


@needs("properdocs")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_export_builds_with_properdocs_into_the_site_without_the_plugin(site, exported, lang):
    folder = exported["mkdocs"] / lang
    config = yaml.safe_load((folder / "mkdocs.yml").read_text())
    assert config["plugins"] == [] and config["theme"]["custom_dir"] == "overrides"
    run("-m", "properdocs", "build", "--strict", "--quiet", "-f", str(folder / "mkdocs.yml"))
    built, real = folder / "site", site["dir"] / LANGUAGES[lang]
    assert files(built) == language_files(site["dir"], lang)
    for page in sorted(p for p in files(built) if p.endswith(".html")):
        assert article(built / page) == article(real / page), page
    check_theme_overrides(built, real, lang)
    # the offline worker names this build's files, as the plugin's does
    assert shell(built) == shell(real)
    assert all((built / path).is_file() or (built / path / "index.html").is_file() for path in shell(built))


def check_theme_overrides(built: Path, real: Path, lang: str) -> None:
    """What overrides/ adds to every page: the site's search, the language switch, material.js and its bundle,
    the day redirect on the 404 page, the Khmer strings of overrides/partials/languages/km.html."""
    page = (built / "lessons/rule-01/index.html").read_text()
    assert page.count('class="site-search"') == 1 and "search.json" in page
    assert page.count('class="md-select__link"') == len(LANGUAGES)
    found = re.search(r'data-bundle="([^"]+)"', page)
    assert found, "the page names Material's bundle"
    bundle = found.group(1)
    assert (built / "lessons/rule-01" / bundle).resolve().is_file(), bundle
    assert "feed_rss" not in page, "no RSS links: the export has no RSS feed"
    assert 'data-did-you-mean="' in page and 'data-did-you-mean=""' not in page, "training_ui reached the theme"
    switch = re.compile(r'<a href="([^"]*)" hreflang="(\w+)"')
    assert switch.findall(page) == switch.findall((real / "lessons/rule-01/index.html").read_text())
    not_found = (built / "404.html").read_text()
    assert switch.findall(not_found) == switch.findall((real / "404.html").read_text()), "404: from the site's root"
    assert 'location.replace(m[1]+"day/"' in not_found, "the 404 page opens a day's old address"
    if lang == "km":
        assert 'placeholder="ស្វែងរក"' in page, "Material's strings in Khmer, from overrides"
    sitemap = (built / "sitemap.xml").read_text()
    alternates = {(code, html.unescape(href)) for code, href in re.findall(r'hreflang="(\w+)" href="([^"]+)"', sitemap)}
    assert {code for code, _ in alternates} == set(LANGUAGES)
    assert alternates == set(re.findall(r'hreflang="(\w+)" href="([^"]+)"', (real / "sitemap.xml").read_text()))


@needs("zensical")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_export_builds_with_zensical(site, exported, lang):
    """Zensical (no MkDocs plugins or hooks) builds the export into the site's pages, text and links; what it
    still lacks is in the README ("Portable output")."""
    folder = exported["zensical"] / lang
    result = run("-m", "zensical", "build", "--strict", "-f", "mkdocs.yml", cwd=folder)
    assert "No issues found" in result.stdout + result.stderr
    built, real = folder / "site", site["dir"] / LANGUAGES[lang]
    assert files(built) == language_files(site["dir"], lang) - {"sitemap.xml.gz"}
    for page in sorted(p for p in files(built) if p.endswith(".html")):
        # the links too: Zensical resolves raw HTML links against the Markdown file (the export compensates)
        assert article(built / page) == article(real / page), page
    check_theme_overrides(built, real, lang)
    assert all((built / path).is_file() or (built / path / "index.html").is_file() for path in shell(built))


def test_serve_previews_every_language_and_reloads_on_yaml_edits(tmp_path):
    """`make serve` (`python -m generator serve`): /, /en/ and /km/ served with the live-reload script; saving a
    lesson's title in the YAML rebuilds every language; a YAML mistake or a language that fails to build is printed
    and the last site stays whole; a change to the generator's Python starts serve again with the new code."""
    for name in ("content", "rules", "overrides", "generator", "mkdocs.yml", "mkdocs.en.yml", "mkdocs.km.yml"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, tmp_path / name)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = tmp_path / "serve.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=tmp_path,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )

    def get(path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(base + path, timeout=5) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def wait(check, what: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            assert server.poll() is None, log.read_text()
            try:
                if check():
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"{what} within {seconds} s:\n{log.read_text()}")

    try:
        wait(lambda: "Serving" in log.read_text(), "the first build")
        for lang, sub in LANGUAGES.items():
            status, page = get(sub + "lessons/rule-01/")
            assert status == 200 and f'<html lang="{lang}"' in page and "livereload" in page, lang
        status, page = get("km/no-such-page/")
        assert status == 404 and '<html lang="km"' in page, "each language's own 404 page"
        lesson = tmp_path / "rules/lessons/rule-01.yml"
        lesson.write_text(
            lesson.read_text().replace(
                'en: "Customer service is not a department"', 'en: "Customer service, edited"', 1
            )
        )
        wait(lambda: "Customer service, edited" in get("en/lessons/rule-01/")[1], "the edited title served")
        assert "Customer service, edited" in get("km/lessons/rule-01/")[1], "Khmer shows English where untranslated"
        lesson.write_text(lesson.read_text().replace("number: 1\n", 'number: "1"\n', 1))
        wait(lambda: "still serving the last good site" in log.read_text(), "the mistake reported")
        assert 'rule-01.yml:4: "number" must be a whole number' in log.read_text()
        assert get("en/lessons/rule-01/")[0] == 200
        lesson.write_text(lesson.read_text().replace('number: "1"\n', "number: 1\n", 1))
        english = tmp_path / "mkdocs.en.yml"  # one language's build fails: every language stays as it was
        english_config = english.read_text()
        english.write_text(english_config.replace("theme:", "theme: [", 1))
        wait(lambda: "could not build the en site" in log.read_text(), "the broken configuration reported")
        assert get("en/lessons/rule-01/")[0] == 200 and get("lessons/rule-01/")[0] == 200
        english.write_text(english_config)
        code = tmp_path / "generator/site_data.py"  # the generator's own code: serve starts again with it
        code.write_text(code.read_text().replace('"theme_color": "#00695c"', '"theme_color": "#123456"', 1))
        wait(lambda: "#123456" in get("en/manifest.webmanifest")[1], "the changed code's output served", 90)
        assert "serve starts again" in log.read_text()
    finally:
        server.terminate()
        server.wait(10)
