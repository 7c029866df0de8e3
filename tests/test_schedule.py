"""Scheduling: 30 days per department × role, every rule everywhere, rank allotment, pins, the budget."""

from __future__ import annotations

import re

import pytest
from companies import chain, department, over_assigned, program, small_shop
from conftest import ROOT

from generator.errors import InputError
from generator.load import load
from generator.schedule import REVIEW_AFTER, build_tracks, lesson_words


def schedule(tmp_path, text: str):
    path = tmp_path / "program.yml"
    path.write_text(text, encoding="utf-8")
    catalog, program_ = load(ROOT / "rules", path)
    return catalog, program_, build_tracks(catalog, program_)


def schedule_problems(tmp_path, text: str) -> list[str]:
    with pytest.raises(InputError) as caught:
        schedule(tmp_path, text)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    "company",
    [small_shop, chain, lambda: (ROOT / "rules/program.yml").read_text()],
    ids=["small-shop", "chain-25", "real-program"],
)
def test_every_track_is_sound(tmp_path, company):
    catalog, program_, tracks = schedule(tmp_path, company())
    expected = {(d.id, r) for d in program_.departments for r in d.roles}
    assert {(t.department, t.role) for t in tracks} == expected
    rules = {rule.id for rule in catalog.rules}
    budget = program_.settings.word_budget
    for track in tracks:
        assert [day.number for day in track.days] == list(range(1, 31))
        read = [lesson for day in track.days for lesson in day.lessons]
        assert len(read) == len(set(read)), f"{track}: a lesson is read twice"
        assert rules <= set(read), f"{track.department}/{track.role} misses {rules - set(read)}"
        assert all(day.lessons for day in track.days), "every day has a lesson"
        counts = [len(day.lessons) for day in track.days]
        assert max(counts) - min(counts) <= 1, f"lessons are spread evenly: {counts}"
        for day in track.days:
            assert max(day.words.values()) <= budget, f"{track.department}/{track.role} day {day.number}"
            assert day.tip
        assert [day.number for day in track.days if day.question] == [7, 14, 21, 28]
        level = program_.role(track.role).level
        for day in track.days:
            for lang in ("vi", "en"):
                counted = sum(lesson_words(catalog.lessons[lid], lang, level) for lid in day.lessons)
                assert counted <= day.words[lang]


def test_modules_come_in_a_sensible_order(tmp_path):
    catalog, _, tracks = schedule(tmp_path, small_shop())
    track = next(t for t in tracks if t.department == "counter" and t.role == "staff")
    order = [lesson for day in track.days for lesson in day.lessons]

    def module(lesson: str) -> str:
        found = catalog.module_of(lesson)
        assert found is not None
        return found.id

    position = {m: [i for i, lesson in enumerate(order) if module(lesson) == m] for m in {module(lid) for lid in order}}
    assert max(position["foundations"]) < min(position["complaints"])
    assert max(position["etiquette"]) < len(order) / 3, "etiquette comes early"
    assert max(position["complaints"]) < min(position["customer-levels"]), "optional modules come last"


def test_content_is_allotted_by_rank(tmp_path):
    catalog, _, tracks = schedule(tmp_path, small_shop())
    management = set(catalog.modules["experience-management"].lessons)
    office = {t.role: {lid for d in t.days for lid in d.lessons} for t in tracks if t.department == "office"}
    assert management <= office["manager"]
    assert not management & office["staff"]


def test_pins_land_on_their_day(tmp_path):
    _, _, tracks = schedule(tmp_path, small_shop())
    for track in (t for t in tracks if t.department == "office"):
        assert "rule-33" in track.days[0].lessons and "rule-32" in track.days[1].lessons
    _, _, real = schedule(tmp_path, (ROOT / "rules/program.yml").read_text())
    assert all("rule-33" in t.days[0].lessons for t in real if t.department == "customer-care")


def test_over_assigned_department_is_refused_with_advice(tmp_path):
    [problem] = schedule_problems(tmp_path, over_assigned())[:1]
    assert re.search(
        r'program\.yml:\d+: department "everything", role "\w+": \d+ lessons \(.*\) do not fit in 30 days '
        r"of 3 minutes; they need about \d+ more minutes\. Remove a module from this department "
        r"\(optional ones: service-tips\), or raise `reading_minutes`",
        problem,
    )


def test_a_rule_left_out_names_the_module_to_add(tmp_path):
    text = program(
        [department("no-leaders", required="[foundations, etiquette, insight, complaints, delight]")],
        [("c", "2027-01-04", ["no-leaders"])],
    )
    found = schedule_problems(tmp_path, text)
    left_out = [p for p in found if "leaves out" in p]
    assert len(left_out) == 1, "one mistake, reported once for the department, not once per role"
    assert (
        'department "no-leaders", roles "staff", "lead", "manager" leaves out 9 of the 39 rules (rule-09, rule-10'
        in left_out[0]
        and "Add module(s) leadership to its `required:` list." in left_out[0]
    )


def test_conflicting_pins_name_the_day(tmp_path):
    pins = (
        "    pins:\n      - {day: 7, lesson: rule-01}\n      - {day: 7, lesson: rule-02}\n"
        "      - {day: 7, lesson: rule-03}\n"
    )
    text = program([department("crowded", pins=pins)], [("c", "2027-01-04", ["crowded"])])
    found = schedule_problems(tmp_path, text)
    assert any(
        re.search(
            r'department "crowded", roles? "staff"(, "lead")?(, "manager")?, day 7: the pinned lessons '
            r"rule-01, rule-02, rule-03 need \d+ minutes, more than the 5 a day allows\. "
            r"Pin them to different days\.",
            p,
        )
        for p in found
    ), found


def test_pin_outside_the_track(tmp_path):
    pins = "    pins:\n      - {day: 3, lesson: talk-price}\n"
    text = program([department("no-talk", pins=pins)], [("c", "2027-01-04", ["no-talk"])])
    found = schedule_problems(tmp_path, text)
    assert any(
        "talk-price is pinned to day 3, but it is not in this track" in p and '"conversation"' in p for p in found
    )


def test_pin_beyond_the_last_day(tmp_path):
    pins = "    pins:\n      - {day: 31, lesson: rule-01}\n"
    text = program([department("late", pins=pins)], [("c", "2027-01-04", ["late"])])
    assert any(
        "day 31 is outside the program: choose a day from 1 to 30" in p for p in schedule_problems(tmp_path, text)
    )


def review_sources(track, day) -> list[int]:
    """The days (3 and 10 before) whose lessons a day's review questions must come from, in order."""
    return [
        day.number - back
        for back in REVIEW_AFTER
        if day.number - back >= 1 and track.days[day.number - back - 1].lessons
    ]


@pytest.mark.parametrize("company", ["real", "chain", "small-shop"])
def test_each_day_brings_back_questions_met_three_and_ten_days_before_in_its_own_track(tmp_path, company):
    if company == "real":
        catalog, program_ = load(ROOT / "rules")
        tracks = build_tracks(catalog, program_)
    else:
        catalog, program_, tracks = schedule(tmp_path, chain() if company == "chain" else small_shop())
    for track in tracks:
        for day in track.days:
            sources = review_sources(track, day)
            assert len(day.review) == len(sources), (track.department, track.role, day.number, day.review)
            for question, source in zip(day.review, sources, strict=True):
                lesson, _, n = question.rpartition("-q")
                assert lesson in track.days[source - 1].lessons, (track.department, day.number, question)
                assert 1 <= int(n) <= len(catalog.lessons[lesson].quiz)
            assert max(day.words.values()) <= program_.settings.word_budget


def test_review_questions_take_turns_and_count_in_the_day(tmp_path):
    catalog, program_, tracks = schedule(tmp_path, small_shop())
    track = tracks[0]
    asked = [question for day in track.days for question in day.review]
    assert len(set(asked)) > len(asked) / 2, "the questions of a lesson take turns, not the first one always"
    day = next(d for d in track.days if d.review)
    level = program_.role(track.role).level
    read = sum(lesson_words(catalog.lessons[lesson], "vi", level) for lesson in day.lessons)
    assert day.words["vi"] > read, "the review questions are counted in the day's reading time"


def test_when_the_lessons_need_every_minute_they_come_before_the_review(tmp_path):
    """Room is kept for the review only where the lessons still fit; otherwise every lesson is read and the
    review takes what is left."""
    text = chain().replace("  languages: [vi, en]", "  languages: [vi, en]\n  words_per_minute: 170")
    catalog, _, tracks = schedule(tmp_path, text)
    for track in tracks:
        placed = [lesson for day in track.days for lesson in day.lessons]
        assert sorted(placed) == sorted(set(placed))
        assert {rule.id for rule in catalog.rules} <= set(placed), track.department
    assert any(len(day.review) < len(review_sources(track, day)) for track in tracks for day in track.days)
