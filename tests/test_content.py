"""The lessons themselves: every part in every language, traceable to the notes, in our own words."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT, edit

from generator.checks import texts
from generator.errors import InputError
from generator.load import load
from generator.model import BigQuestion, Lesson, Module, Tip, lines_of
from generator.schedule import lesson_words, quiz_words, rank_part_words
from generator.site_data import reader_texts
from generator.trace import (
    OUTLINE_SEED,
    key_of,
    lines_past_the_end,
    load_seed_points,
    point_keys,
    seed_points,
    trace,
    unknown_sources,
    unplaced_lines,
)

SEEDS = ROOT.parent / "shared" / "seeds"
TABLE = ROOT / "rules" / "traceability.yml"
SEED_POINTS = ROOT / "rules" / "seed-points.yml"


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
        assert lesson.points and lesson.at_work.staff.scene.has("vi") and lesson.practice.has("en"), lesson.id
        assert 2 <= len(lesson.quiz) <= 3, lesson.id
        assert all(0 <= q.answer < len(q.options) for q in lesson.quiz), lesson.id
        assert any(q.kind == "scenario" for q in lesson.quiz), lesson.id
        assert all(3 <= len(q.options) <= 4 and all(o.feedback.has("vi") for o in q.options) for q in lesson.quiz)
        for level in ("staff", "lead", "manager"):
            assert rank_part_words(lesson, "vi", level) >= 80, (lesson.id, level)
            for lang in ("vi", "en"):  # rules/STYLE.md: room for two lessons, the tip and two review questions
                assert lesson_words(lesson, lang, level) <= 375, (lesson.id, level, lang)
        assert all(quiz_words(q, lang) <= 80 for q in lesson.quiz for lang in ("vi", "en")), lesson.id
    said_once = {"20 người": 0, "40 %": 0, "40%": 0}
    for lesson in catalog.lessons.values():
        read = " ".join(text.get("vi") for text in reader_texts(lesson))
        for fact in said_once:
            said_once[fact] += fact in read
    assert said_once["20 người"] <= 3 and said_once["40 %"] + said_once["40%"] <= 3, said_once
    service_tips = [lesson for lesson in catalog.lessons.values() if lesson.id.startswith("service-tip-")]
    assert len(service_tips) == 10
    for lesson in service_tips:
        assert lesson.original_km and all(text.has("km") for text in texts(lesson)), lesson.id


def _outline() -> list[str]:
    """Seed 000's outline numbers: from the seed beside the clone, else from the table (checked below)."""
    seed = next(SEEDS.glob(f"{OUTLINE_SEED}_*.txt"), None)
    if seed is not None:  # the client's notes sit beside the repository in CI
        return seed_points(seed.read_text(encoding="utf-8"))
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    return [key.partition(":")[2] for key in table if key.startswith(f"{OUTLINE_SEED}:")]


def test_traceability_table_lists_every_point_of_the_five_seeds_and_is_current():
    catalog, _ = load(ROOT / "rules")
    outline, seeds = _outline(), load_seed_points(SEED_POINTS)
    table = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    assert list(table) == point_keys(outline, seeds), "run `python -m generator trace`"
    assert len(outline) >= 140
    assert sorted(seeds) == ["001", "002", "003", "004"]
    assert trace(catalog, outline, seeds) == table, "run `python -m generator trace`"
    for rule in range(1, 40):
        assert f"rule-{rule:02d}" in table[f"{OUTLINE_SEED}:1.{rule}"]


def test_every_point_of_every_seed_is_carried():
    catalog, _ = load(ROOT / "rules")
    table = trace(catalog, _outline(), load_seed_points(SEED_POINTS))
    uncarried = [point for point, items in table.items() if not items]
    assert not uncarried, f"points no lesson, tip or Big Question carries (add them to `sources:`): {uncarried}"


def test_every_source_names_a_point_of_a_seed():
    catalog, _ = load(ROOT / "rules")
    outline, seeds = _outline(), load_seed_points(SEED_POINTS)
    unknown = unknown_sources(catalog, outline, seeds)
    assert not unknown, f"sources that name no point of rules/seed-points.yml or of seed 000's outline: {unknown}"


def test_an_alias_counts_for_its_point():
    outline, seeds = _outline(), load_seed_points(SEED_POINTS)
    keys = key_of(outline, seeds)
    assert keys["001:tell-20-vs-5"] == keys["001:unhappy-20-happy-5"] == "001:unhappy-20-happy-5"
    assert keys["000:1.5.2.1"] == "000:1.5.2.1"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the client's source notes are not beside this clone")
def test_every_line_of_seeds_001_to_004_is_in_a_point():
    """Every line with content belongs to a point (or is page furniture listed under `skip`)."""
    seeds = load_seed_points(SEED_POINTS)
    for seed, notes in seeds.items():
        text = next(SEEDS.glob(f"{seed}_*.txt")).read_text(encoding="utf-8")
        assert not unplaced_lines(text, notes), f"seed {seed}: lines in no point of rules/seed-points.yml"
        assert not lines_past_the_end(text, notes), f"seed {seed}: lines that are blank or past the end"
        assert len(notes.points) >= 10, seed


def test_seed_points_file_refuses_a_key_used_twice(tmp_path):
    broken = tmp_path / "seed-points.yml"
    text = SEED_POINTS.read_text(encoding="utf-8")
    old = 'aliases: ["001:first-contact-complaints"]'
    assert old in text
    broken.write_text(text.replace(old, 'aliases: ["001:first-contact-complaints", "001:cem"]', 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_seed_points(broken)
    assert any('"001:cem" is also a key of the point on line' in str(p) for p in caught.value.problems)


def _ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


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


def _search_pages():
    """Every lesson, etiquette tip, Big Question and module, with the languages its search words are written in
    (the ten service tips and their module are the Khmer site's own pages)."""
    catalog = load(ROOT / "rules")[0]
    pages: list[Lesson | Tip | BigQuestion | Module] = [
        *catalog.lessons.values(),
        *catalog.tips,
        *catalog.questions,
        *catalog.modules.values(),
    ]
    for page in pages:
        yield page, ("vi", "en", "km") if page.id.startswith("service-tip") else ("vi", "en")


def test_every_page_has_search_keywords_in_staff_words():
    """Every lesson, etiquette tip and Big Question carries 12–24 search phrases of 1–5 words in Vietnamese
    and English (the ten service tips in Khmer too), every module 8–16 and none its own title; none twice
    (rules/STYLE.md)."""
    for page, languages in _search_pages():
        assert page.keywords, page.id
        for lang in languages:
            phrases = [p.strip() for p in page.keywords.by_lang.get(lang, "").split(",")]
            if lang == "km":  # Khmer is written without spaces: a phrase is not counted in words
                assert phrases and all(phrases), (page.id, lang)
                continue
            low, high = (8, 16) if isinstance(page, Module) else (12, 24)
            assert low <= len(phrases) <= high, (page.id, lang, len(phrases))
            assert all(1 <= len(p.split()) <= 5 for p in phrases), (page.id, lang)
            assert len({p.lower() for p in phrases}) == len(phrases), (page.id, lang, "a phrase twice")
            if isinstance(page, Module):
                assert page.title.get(lang).lower() not in {p.lower() for p in phrases}, (page.id, lang, "its title")


def test_every_department_has_its_other_names_for_search():
    """Each department in rules/program.yml lists 6–12 other names staff give it and its jobs (1–5 words each,
    none twice, not its own name) in Vietnamese and English, so "hotline" finds the call centre."""
    program = load(ROOT / "rules")[1]
    for department in program.departments:
        assert department.keywords, department.id
        for lang in ("vi", "en"):
            phrases = [p.strip().lower() for p in department.keywords.by_lang.get(lang, "").split(",")]
            assert 6 <= len(phrases) <= 12, (department.id, lang, len(phrases))
            assert all(1 <= len(p.split()) <= 5 for p in phrases), (department.id, lang)
            assert len(set(phrases)) == len(phrases), (department.id, lang, "a name twice")
            assert department.name.get(lang).lower() not in phrases, (department.id, lang, "its own name")


def test_every_page_has_search_situations_in_staff_words():
    """Every lesson, etiquette tip and Big Question carries 14–16 situations of 3–14 words in Vietnamese and
    English (the ten service tips 10–12 in Khmer too), every module 8–10, one a line, none twice on the site
    (rules/STYLE.md)."""
    seen: dict[tuple[str, str], str] = {}
    for page, languages in _search_pages():
        for lang in languages:
            lines = lines_of(page.situations, lang)
            low, high = (8, 10) if isinstance(page, Module) else (10, 12) if lang == "km" else (14, 16)
            assert low <= len(lines) <= high, (page.id, lang, len(lines))
            for line in lines:
                if lang != "km":  # Khmer is written without spaces: a line is not counted in words
                    assert 3 <= len(line.split()) <= 14, (page.id, lang, line)
                key = (lang, " ".join(line.lower().split()))
                assert key not in seen, (page.id, line, "also in", seen[key])
                seen[key] = page.id
