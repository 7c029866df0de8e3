"""overrides/ changes two of Material's templates in one place each; these tests rebuild each from the installed
Material and fail when Material's own template has moved on, so that the change is carried over, not lost."""

from __future__ import annotations

import re
from pathlib import Path

import material
from conftest import ROOT

MATERIAL = Path(material.__file__).parent / "templates"


def without_leading_comment(template: str) -> str:
    return re.sub(r"\A\{#-.*?-#\}\n", "", template, flags=re.S)


def block(template: str, name: str) -> str:
    found = re.search(r"\{% block " + name + r" %\}.*?\{% endblock %\}", template, re.S)
    assert found, f"no block {name}"
    return found[0]


def test_the_header_is_materials_with_the_sites_own_search():
    theirs = without_leading_comment((MATERIAL / "partials/header.html").read_text(encoding="utf-8"))
    search = re.search(
        r'( *)\{% if "material/search" in config.plugins %\}.*?\{% endif %\}\n\1\{% endif %\}', theirs, re.S
    )
    assert search, "Material's header no longer includes its search this way: carry the change over by hand"
    expected = theirs.replace(search[0], search[1] + '{% include "partials/training-search.html" %}')
    ours = without_leading_comment((ROOT / "overrides/partials/header.html").read_text(encoding="utf-8"))
    assert ours == expected


def test_the_page_head_is_materials_without_hreflang_links_and_a_version():
    theirs = block((MATERIAL / "base.html").read_text(encoding="utf-8"), "site_meta")
    alternates = re.search(r"( *)\{% if config.extra.alternate is iterable %\}.*?\n\1\{% endif %\}", theirs, re.S)
    assert alternates, "Material's head no longer lists the alternates this way: carry the change over by hand"
    expected = theirs.replace(
        alternates[0], alternates[1] + "{#- hreflang alternates are in sitemap.xml (overrides/sitemap.xml says why) -#}"
    )
    expected = re.sub(r"mkdocs-material-[\d.]+", "mkdocs-material", expected)  # no version that goes stale
    ours = block((ROOT / "overrides/main.html").read_text(encoding="utf-8"), "site_meta")
    assert ours == expected
