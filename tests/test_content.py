"""The lessons themselves: every part in every language, traceable to the notes, in our own words."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, edit
from generator.checks import texts
from generator.errors import InputError
from generator.load import load
from generator.trace import carriers, seed_points

SEEDS = ROOT.parent / "shared" / "seeds"
TABLE = ROOT / "rules" / "traceability.yml"


def lesson_problems(rules) -> list[str]:
    with pytest.raises(InputError) as caught:
        load(rules)
    return [str(p) for p in caught.value.problems]


def test_a_lesson_missing_a_part_fails_the_check(rules):
    edit(rules / "lessons" / "rule-12.yml", "\npractice:", "\npractise:")
    found = lesson_problems(rules)
    assert any(re.search(r'rule-12\.yml:2: this lesson has no "practice"', p) for p in found), found


def test_a_lesson_missing_a_translation_fails_the_check(rules):
    rule_20 = rules / "lessons" / "rule-20.yml"
    data = yaml.safe_load(rule_20.read_text(encoding="utf-8"))
    del data["reflection"]["en"]
    rule_20.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    found = lesson_problems(rules)
    assert any(re.search(r"rule-20\.yml:\d+: this text has no en version", p) for p in found), found


def test_check_reports_translations_and_the_longest_day():
    result = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert re.search(r"^  vi: (\d+)/\1 texts translated \(required\)$", result.stdout, re.M)
    assert re.search(r"^  en: (\d+)/\1 texts translated \(required\)$", result.stdout, re.M)
    assert re.search(r"^  km: \d+/\d+ texts translated \(published, partial\)$", result.stdout, re.M)
    minutes = float(re.search(r"Longest day: .* \((\d+\.\d) of 5 minutes\)", result.stdout).group(1))
    assert minutes <= 5


def test_lessons_have_every_part_at_the_promised_size():
    catalog, _ = load(ROOT / "rules")
    for lesson in catalog.lessons.values():
        assert lesson.points and lesson.example.has("vi") and lesson.practice.has("en"), lesson.id
        assert 2 <= len(lesson.quiz) <= 3, lesson.id
        assert all(0 <= q.answer < len(q.options) for q in lesson.quiz), lesson.id
    service_tips = [l for l in catalog.lessons.values() if l.id.startswith("service-tip-")]
    assert len(service_tips) == 10
    for lesson in service_tips:
        assert lesson.original_km and all(text.has("km") for text in texts(lesson)), lesson.id


def test_traceability_table_is_current_and_covers_every_point():
    catalog, _ = load(ROOT / "rules")
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    seed = next(SEEDS.glob("000_*.txt"), None)
    if seed is not None:  # the client's notes sit beside the repository in CI
        assert list(table) == seed_points(seed.read_text(encoding="utf-8"))
    assert len(table) >= 140
    uncovered = [point for point, lessons in table.items() if not lessons]
    assert not uncovered, f"points of seed 000 no lesson carries: {uncovered}"
    derived = carriers(catalog)
    assert {point: derived.get(point, []) for point in table} == table, "run `python -m generator trace`"
    for rule in range(1, 40):
        assert f"rule-{rule:02d}" in table[f"1.{rule}"]


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the client's source notes are not beside this clone")
def test_lessons_are_in_our_own_words():
    """No text repeats a run of 10 words from the source notes."""
    seed_grams = set().union(*(_ngrams(p.read_text(encoding="utf-8"), 10) for p in SEEDS.glob("0*.txt")))
    catalog, _ = load(ROOT / "rules")
    copied = []
    for item in [*catalog.lessons.values(), *catalog.tips, *catalog.questions]:
        for text in texts(item):
            for lang, value in text.by_lang.items():
                if _ngrams(value, 10) & seed_grams:
                    copied.append(f"{item.id} ({lang}): {value[:60]}…")
    assert not copied, copied
