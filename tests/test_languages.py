"""Languages: adding one is configuration and YAML texts, no code change; partial ones fall back with a note."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

SMALL_PROGRAM = {
    "departments": [
        {
            "id": "counter",
            "name": {"vi": "Quầy", "en": "Counter"},
            "roles": ["staff"],
            "required": ["foundations", "etiquette", "insight", "complaints", "delight", "leadership"],
        }
    ],
    "cohorts": [
        {"id": "c1", "name": {"vi": "Khóa 1", "en": "Cohort 1"}, "start": "2027-01-04", "departments": ["counter"]}
    ],
}


def add_language(node, code: str):
    """Give every {vi, en} text of a YAML tree a text in `code` (what a translator would do)."""
    if isinstance(node, dict):
        if "vi" in node and "en" in node and all(isinstance(v, str) for v in node.values()):
            node[code] = f"[{code}] {node['en']}"
        for value in node.values():
            add_language(value, code)
    elif isinstance(node, list):
        for value in node:
            add_language(value, code)


def rewrite(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for name in ("rules", "content", "overrides"):
        shutil.copytree(ROOT / name, project / name)
    for config in ROOT.glob("mkdocs*.yml"):
        shutil.copy(config, project)
    (project / "generator").symlink_to(ROOT / "generator")  # the code, unchanged
    return project


def test_a_made_up_language_is_configuration_and_texts_only(tmp_path):
    project = copy_project(tmp_path)
    rules = project / "rules"
    for path in [*rules.glob("*.yml"), *(rules / "lessons").glob("*.yml")]:
        if path.name not in ("traceability.yml", "shorthand.yml"):  # short forms are each language's own: none needed
            rewrite(path, lambda data: add_language(data, "xx"))

    def configure(program):
        program["settings"]["languages"] = ["vi", "en", "xx"]
        program["settings"]["partial_languages"] = []
        program.update(copy.deepcopy(SMALL_PROGRAM))
        add_language(program, "xx")

    rewrite(rules / "program.yml", configure)
    shutil.copytree(project / "content" / "en", project / "content" / "xx")
    (project / "mkdocs.xx.yml").write_text(
        "INHERIT: mkdocs.yml\ndocs_dir: content/xx\nsite_dir: site/xx\ntheme:\n  language: en\n"
        "plugins:\n  - training:\n      language: xx\nnav:\n  - Home: index.md\n",
        encoding="utf-8",
    )
    for extra in ("mkdocs.km.yml",):
        (project / extra).unlink()
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--site-url", "https://example.github.io/t/"],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "xx: " in result.stdout and "(required)" in result.stdout
    page = (project / "site/xx/lessons/rule-33/index.html").read_text(encoding="utf-8")
    assert "[xx] " in page
    department = (project / "site/xx/departments/counter/index.html").read_text(encoding="utf-8")
    assert "[xx] " in department
    # …and a text missing in the new language fails the check, naming the file and line.
    rewrite(rules / "lessons" / "rule-09.yml", lambda data: data["title"].pop("xx"))
    check = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=project, capture_output=True, text=True)
    assert check.returncode == 1
    assert "rules/lessons/rule-09.yml:" in check.stderr and "this text has no xx version" in check.stderr


def test_khmer_pages_fall_back_to_english_with_a_note(site):
    tip = (site["dir"] / "km/lessons/service-tip-03/index.html").read_text(encoding="utf-8")
    rule = (site["dir"] / "km/lessons/rule-05/index.html").read_text(encoding="utf-8")
    assert '<html lang="km"' in tip
    assert "fallback_note" not in tip and 'class="admonition info"' not in tip, "the service tips are in Khmer"
    assert 'class="admonition info"' in rule and "not yet translated into Khmer" in rule
    assert "Ask yourself" in rule or "What would" in rule, "an English text stands in for the Khmer"
