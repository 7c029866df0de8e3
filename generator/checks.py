"""Checks that need more than one value: numbering, references between files, languages.

Pure functions over model objects; each returns a list of problems.
"""
from __future__ import annotations

import dataclasses
import difflib
import re
from collections import Counter
from typing import Iterable, Iterator

from .errors import Problem
from .model import LEVELS, Catalog, Lesson, Program, Text, Where

RULE_COUNT = 39
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _duplicates(items: Iterable, what: str, where_of=lambda item: item.where) -> list[Problem]:
    seen: dict[str, object] = {}
    problems = []
    for item in items:
        if item.id in seen:
            problems.append(Problem(where_of(item), f'the {what} id "{item.id}" is used twice '
                                                    f"(also at {where_of(seen[item.id])}); give each {what} its own id."))
        seen.setdefault(item.id, item)
    return problems


def _unknown(where: Where, what: str, name: str, known: Iterable[str], fix: str) -> Problem:
    known = sorted(known)
    close = difflib.get_close_matches(name, known, n=1)
    hint = f'Did you mean "{close[0]}"? ' if close else (f"Known: {', '.join(known)}. " if len(known) <= 12 else "")
    return Problem(where, f'{what} "{name}", which does not exist. {hint}{fix}')


RANK_PART_MIN_WORDS = 80


def _short_rank_parts(lesson: Lesson, lang: str) -> list[Problem]:
    """Each rank's own part is a real part of the lesson: at least RANK_PART_MIN_WORDS words."""
    problems = []
    for level in LEVELS:
        part = lesson.at_work.for_level(level)
        count = sum(len(text.get(lang).split()) for text in part.texts())
        if count < RANK_PART_MIN_WORDS:
            where = part.texts()[0].where
            problems.append(Problem(where, f"the {level} part (at_work.{level}) has {count} words in {lang}; "
                                           f"write at least {RANK_PART_MIN_WORDS}."))
    return problems


def check_catalog(catalog: Catalog, rules_dir_name: str = "rules", main_language: str = "vi") -> list[Problem]:
    problems: list[Problem] = []
    numbers: dict[int, str] = {}
    for lesson in catalog.lessons.values():
        if lesson.kind == "rule":
            if lesson.number is None or not 1 <= lesson.number <= RULE_COUNT:
                problems.append(Problem(lesson.where, f"a rule needs a number from 1 to {RULE_COUNT}: add `number:`."))
                continue
            if lesson.number in numbers:
                problems.append(Problem(lesson.where, f"rule number {lesson.number} is used twice "
                                                      f"(also in {numbers[lesson.number]}); each rule has its own number."))
            numbers.setdefault(lesson.number, lesson.id)
            if lesson.id != f"rule-{lesson.number:02d}":
                problems.append(Problem(lesson.where, f'rule {lesson.number} must be in the file rule-{lesson.number:02d}.yml.'))
        elif lesson.number is not None:
            problems.append(Problem(lesson.where, "only the 39 rules have a `number`; remove it or set `kind: rule`."))
        if not lesson.points:
            problems.append(Problem(lesson.where, "add at least one entry under `points:` (the notes' sub-points)."))
        if not 2 <= len(lesson.quiz) <= 3:
            problems.append(Problem(lesson.where, f"the quiz has {len(lesson.quiz)} questions; write 2 or 3."))
        elif not any(question.kind == "scenario" for question in lesson.quiz):
            problems.append(Problem(lesson.quiz[0].where, "the quiz has no scenario question: make at least one "
                                                          "`kind: scenario`, a customer situation with what to say or do."))
        for question in lesson.quiz:
            if not 3 <= len(question.options) <= 4:
                problems.append(Problem(question.where, f"this question has {len(question.options)} options; write 3 or 4."))
            elif not 0 <= question.answer < len(question.options):
                problems.append(Problem(question.where, f"`answer: {question.answer}` points past the options: "
                                                        f"count them from 0 (0 to {len(question.options) - 1})."))
        problems += _short_rank_parts(lesson, main_language)
    missing = sorted(set(range(1, RULE_COUNT + 1)) - set(numbers))
    if missing and not problems:
        problems.append(Problem(Where(f"{rules_dir_name}/lessons"), "these rules have no lesson file: "
                                + ", ".join(f"rule-{n:02d}.yml" for n in missing) + "."))
    problems += _duplicates(catalog.tips, "tip")
    problems += _duplicates(catalog.questions, "Big Question")
    module_of: dict[str, str] = {}
    for module in catalog.modules.values():
        for lesson_id in module.lessons:
            if lesson_id not in catalog.lessons:
                problems.append(_unknown(module.where, f'module "{module.id}" lists lesson', lesson_id, catalog.lessons,
                                         "Fix the id or add the lesson file."))
            elif lesson_id in module_of:
                problems.append(Problem(module.where, f'lesson "{lesson_id}" is in module "{module_of[lesson_id]}" '
                                                      f'and in "{module.id}"; keep it in one.'))
            module_of.setdefault(lesson_id, module.id)
    for lesson in catalog.lessons.values():
        if lesson.id not in module_of:
            problems.append(Problem(lesson.where, f'lesson "{lesson.id}" is in no module: add it to a module '
                                                  f"in {rules_dir_name}/modules.yml."))
    return problems


def check_program(program: Program) -> list[Problem]:
    problems = _duplicates(program.roles, "role") + _duplicates(program.departments, "department")
    problems += _duplicates(program.cohorts, "cohort")
    if not program.settings.languages:
        problems.append(Problem(program.settings.where, "list at least one language under `languages:`."))
    if program.settings.days < 1:
        problems.append(Problem(program.settings.where, "`days` must be 1 or more."))
    roles = {role.id for role in program.roles}
    departments = {department.id for department in program.departments}
    for item in (*program.roles, *program.departments, *program.cohorts):
        if not SLUG.match(item.id):
            problems.append(Problem(item.where, f'the id "{item.id}" goes into web addresses: use only small '
                                                "letters a-z, digits and dashes, like front-desk."))
    for department in program.departments:
        for role in department.roles:
            if role not in roles:
                problems.append(_unknown(department.where, f'department "{department.id}" has role', role, roles,
                                         "Use a role id from `roles:` or add the role there."))
        for pin in department.pins:
            if not 1 <= pin.day <= program.settings.days:
                problems.append(Problem(pin.where, f"day {pin.day} is outside the program: "
                                                   f"choose a day from 1 to {program.settings.days}."))
        if not program.cohorts_of(department.id):
            problems.append(Problem(department.where, f'department "{department.id}" is in no cohort, so it has '
                                                      "no start date: add it to a cohort's `departments:`."))
    for cohort in program.cohorts:
        for department in cohort.departments:
            if department not in departments:
                problems.append(_unknown(cohort.where, f'cohort "{cohort.id}" names department', department,
                                         departments, "Use a department id from `departments:`."))
    return problems


def check_references(catalog: Catalog, program: Program) -> list[Problem]:
    problems = []
    for department in program.departments:
        for module in department.modules:
            if module not in catalog.modules:
                problems.append(_unknown(department.where, f'department "{department.id}" takes module', module,
                                         catalog.modules, "Use a module id from rules/modules.yml."))
        twice = [m for m, n in Counter(department.modules).items() if n > 1]
        if twice:
            problems.append(Problem(department.where, f'module(s) {", ".join(twice)} are listed twice for '
                                                      f'department "{department.id}"; list each once, '
                                                      "as required or as optional."))
        for pin in department.pins:
            if pin.lesson not in catalog.lessons:
                problems.append(_unknown(pin.where, "the pinned lesson", pin.lesson, catalog.lessons,
                                         "Use a lesson id like rule-33."))
    return problems


def texts(value) -> Iterator[Text]:
    """Every Text inside a model object."""
    if isinstance(value, Text):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from texts(getattr(value, f.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from texts(item)
    elif isinstance(value, dict) or hasattr(value, "values"):
        for item in value.values():
            yield from texts(item)


def _all_texts(catalog: Catalog, program: Program) -> Iterator[Text]:
    yield from texts(catalog.lessons)
    yield from texts(catalog.tips)
    yield from texts(catalog.questions)
    yield from texts(catalog.modules)
    yield from texts(catalog.interface)
    yield from texts(program)


def check_languages(catalog: Catalog, program: Program) -> list[Problem]:
    """Every text must exist in every language the program publishes."""
    problems = []
    for text in _all_texts(catalog, program):
        missing = [lang for lang in program.settings.languages if not text.has(lang)]
        if missing:
            problems.append(Problem(text.where, f"this text has no {', '.join(missing)} version: "
                                                f"add a line `{missing[0]}: …` to it."))
    return problems


def translation_coverage(catalog: Catalog, program: Program) -> dict[str, tuple[int, int]]:
    """For each language seen anywhere: (texts translated, texts in all)."""
    all_texts = list(_all_texts(catalog, program))
    languages = list(program.settings.languages)
    for text in all_texts:
        languages += [lang for lang in text.by_lang if lang not in languages]
    return {lang: (sum(text.has(lang) for text in all_texts), len(all_texts)) for lang in languages}
