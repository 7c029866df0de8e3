"""The MkDocs plugin on its own, in this process: a mkdocs.yml written into tmp_path, built, pages read back."""

from __future__ import annotations

import json
import shutil

from conftest import ROOT
from mkdocs.commands.build import build
from mkdocs.config import load_config


def test_the_plugin_adds_the_program_to_a_plain_mkdocs_project(tmp_path):
    shutil.copytree(ROOT / "rules", tmp_path / "training")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Our shop\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Our shop\nsite_url: https://example.github.io/shop/\nuse_directory_urls: true\n"
        "theme:\n  name: material\n  language: en\n  custom_dir: " + str(ROOT / "overrides") + "\n"
        "plugins:\n  - training:\n      rules: training\n      language: en\n",
        encoding="utf-8",
    )
    config = load_config(str(tmp_path / "mkdocs.yml"), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    site = tmp_path / "site"
    assert "Our shop" in (site / "index.html").read_text(encoding="utf-8")
    lesson = (site / "lessons/rule-33/index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in lesson and "Rule #33" in lesson and 'class="quiz quiz--scenario"' in lesson
    curriculum = json.loads((site / "curriculum.json").read_text(encoding="utf-8"))
    assert set(curriculum) >= {"shop-floor", "hotline"}
    assert 'id="day-view"' in (site / "day/index.html").read_text(encoding="utf-8")
    assert '"today/"' in (site / "sw.js").read_text(encoding="utf-8"), "the offline worker lists its shell"
    assert str(tmp_path / "training") in config.watch, "mkdocs serve reloads when the YAML changes"
