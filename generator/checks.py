"""Checks that need more than one value: numbering, references between files, languages.

Pure functions over model objects; each returns a list of problems.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator

from .errors import Problem, and_list, did_you_mean, suggest
from .limits import RULE_COUNT
from .model import LEVELS, Catalog, Lesson, Pin, Program, Text, Where
from .typed_yaml import where_of

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


def _duplicates(items: Iterable, what: str, where_of=lambda item: item.where) -> list[Problem]:
    seen: dict[str, object] = {}
    problems = []
    for item in items:
        if item.id in seen:
            problems.append(
                Problem(
                    where_of(item),
                    f'the {what} id "{item.id}" is used twice '
                    f"(also at {where_of(seen[item.id])}); give each {what} its own id.",
                )
            )
        seen.setdefault(item.id, item)
    return problems


def _unknown(where: Where, what: str, name: str, known: Iterable[str], fix: str) -> Problem:
    """`what "name", which does not exist`, at the name's own line when it has one."""
    known = sorted(known)
    hint = did_you_mean(name, known).strip()
    hint = f"{hint} " if hint else (f"Known: {', '.join(known)}. " if len(known) <= 12 else "")
    return Problem(where_of(name, where), f'{what} "{name}", which does not exist. {hint}{fix}')


def _as_id(text: str) -> str:
    """The id a name not written as one was meant to be: "Hotline" → "hotline", "front_desk" → "front-desk",
    "Tổng đài" → "tong-dai"."""
    plain = unicodedata.normalize("NFKD", text.lower().replace("đ", "d"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


RANK_PART_MIN_WORDS = 80


def _short_rank_parts(lesson: Lesson, lang: str) -> list[Problem]:
    """Each rank's own part is a real part of the lesson: at least RANK_PART_MIN_WORDS words."""
    problems = []
    for level in LEVELS:
        part = lesson.at_work.for_level(level)
        count = sum(len(text.get(lang).split()) for text in part.texts())
        if count < RANK_PART_MIN_WORDS:
            where = part.texts()[0].where
            problems.append(
                Problem(
                    where,
                    f"the {level} part (at_work.{level}) has {count} words in {lang}; "
                    f"write at least {RANK_PART_MIN_WORDS}.",
                )
            )
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
                problems.append(
                    Problem(
                        lesson.where,
                        f"rule number {lesson.number} is used twice "
                        f"(also in {numbers[lesson.number]}); each rule has its own number.",
                    )
                )
            numbers.setdefault(lesson.number, lesson.id)
            if lesson.id != f"rule-{lesson.number:02d}":
                problems.append(
                    Problem(lesson.where, f"rule {lesson.number} must be in the file rule-{lesson.number:02d}.yml.")
                )
        elif lesson.number is not None:
            problems.append(Problem(lesson.where, "only the 39 rules have a `number`; remove it or set `kind: rule`."))
        if not lesson.points:
            problems.append(Problem(lesson.where, "add at least one entry under `points:` (the notes' sub-points)."))
        if not 2 <= len(lesson.quiz) <= 3:
            problems.append(Problem(lesson.where, f"the quiz has {len(lesson.quiz)} questions; write 2 or 3."))
        elif not any(question.kind == "scenario" for question in lesson.quiz):
            problems.append(
                Problem(
                    lesson.quiz[0].where,
                    "the quiz has no scenario question: make at least one "
                    "`kind: scenario`, a customer situation with what to say or do.",
                )
            )
        for question in lesson.quiz:
            if not 3 <= len(question.options) <= 4:
                problems.append(
                    Problem(question.where, f"this question has {len(question.options)} options; write 3 or 4.")
                )
            elif not 0 <= question.answer < len(question.options):
                problems.append(
                    Problem(
                        question.where,
                        f"`answer: {question.answer}` points past the options: "
                        f"count them from 0 (0 to {len(question.options) - 1}).",
                    )
                )
        problems += _short_rank_parts(lesson, main_language)
    missing = sorted(set(range(1, RULE_COUNT + 1)) - set(numbers))
    if missing and not problems:
        problems.append(
            Problem(
                Where(f"{rules_dir_name}/lessons"),
                "these rules have no lesson file: " + ", ".join(f"rule-{n:02d}.yml" for n in missing) + ".",
            )
        )
    problems += _duplicates(catalog.tips, "tip")
    problems += _duplicates(catalog.questions, "Big Question")
    module_of: dict[str, str] = {}
    for module in catalog.modules.values():
        for lesson_id in module.lessons:
            if lesson_id not in catalog.lessons:
                problems.append(
                    _unknown(
                        module.where,
                        f'module "{module.id}" lists lesson',
                        lesson_id,
                        catalog.lessons,
                        "Fix the id or add the lesson file.",
                    )
                )
            elif lesson_id in module_of:
                problems.append(
                    Problem(
                        where_of(lesson_id, module.where),
                        f'lesson "{lesson_id}" is in module '
                        f'"{module_of[lesson_id]}" and in "{module.id}"; keep it in one.',
                    )
                )
            module_of.setdefault(lesson_id, module.id)
    for lesson in catalog.lessons.values():
        if lesson.id not in module_of:
            problems.append(
                Problem(
                    lesson.where,
                    f'lesson "{lesson.id}" is in no module: add it to a module in {rules_dir_name}/modules.yml.',
                )
            )
    return problems


def check_program(program: Program) -> list[Problem]:
    problems = _duplicates(program.roles, "role") + _duplicates(program.departments, "department")
    problems += _duplicates(program.cohorts, "cohort")
    problems += _check_settings(program)
    roles = {role.id for role in program.roles}
    departments = {department.id for department in program.departments}
    misnamed: dict[str, set[str]] = {"role": set(), "department": set()}  # ids not written as ids, as meant
    for kind, items in (("role", program.roles), ("department", program.departments), ("cohort", program.cohorts)):
        for item in items:
            if not SLUG.match(item.id):
                meant = _as_id(item.id)
                like = f': "{meant}"' if meant else ", like front-desk"
                problems.append(
                    Problem(
                        where_of(item.id, item.where),
                        f'the {kind} id "{item.id}" goes into web '
                        f"addresses: use only small letters a-z, digits and dashes{like}.",
                    )
                )
                misnamed.get(kind, set()).add(meant)
    # A name that only differs from a misnamed id as an id would is that id: its problem is already reported.
    for department in program.departments:
        for role in department.roles:
            if role not in roles and _as_id(role) not in misnamed["role"]:
                problems.append(
                    _unknown(
                        department.where,
                        f'department "{department.id}" has role',
                        role,
                        roles,
                        "Use a role id from `roles:` or add the role there.",
                    )
                )
        for pin in department.pins:
            if not 1 <= pin.day <= program.settings.days:
                problems.append(
                    Problem(
                        pin.where,
                        f"day {pin.day} is outside the program: choose a day from 1 to {program.settings.days}.",
                    )
                )
    meant_by_cohorts = set()
    for cohort in program.cohorts:
        for named in cohort.departments:
            if named in departments or _as_id(named) in misnamed["department"]:
                continue
            meant_by_cohorts.add(suggest(named, departments))
            problems.append(
                _unknown(
                    cohort.where,
                    f'cohort "{cohort.id}" names department',
                    named,
                    departments,
                    "Use a department id from `departments:`.",
                )
            )
    for department in program.departments:
        if department.id in meant_by_cohorts or not SLUG.match(department.id):
            continue  # the misspelt name in a cohort, or the id itself, is the mistake
        if not program.cohorts_of(department.id):
            problems.append(
                Problem(
                    department.where,
                    f'department "{department.id}" is in no cohort, so it has '
                    "no start date: add it to a cohort's `departments:`.",
                )
            )
    return problems


def _check_settings(program: Program) -> list[Problem]:
    settings = program.settings
    problems = []
    if not settings.languages:
        problems.append(Problem(settings.where, "list at least one language under `languages:`."))
    for lang in (*settings.languages, *settings.partial_languages, settings.fallback):
        if not LANGUAGE_CODE.match(lang):
            problems.append(
                Problem(
                    where_of(lang, settings.where),
                    f'"{lang}" is not a language code: write the '
                    "two or three small letters of the language, like vi, en or km.",
                )
            )
    if settings.partial_languages and settings.languages and settings.fallback not in settings.languages:
        problems.append(
            Problem(
                where_of(settings.fallback, settings.where),
                f"`fallback: {settings.fallback}` "
                f"must be one of `languages` ({and_list(settings.languages)}): a partial language "
                "falls back to a language that has every text.",
            )
        )
    return problems


def check_references(catalog: Catalog, program: Program) -> list[Problem]:
    problems = []
    for department in program.departments:
        unknown = [module for module in department.modules if module not in catalog.modules]
        for module in unknown:
            problems.append(
                _unknown(
                    department.where,
                    f'department "{department.id}" takes module',
                    module,
                    catalog.modules,
                    "Use a module id from rules/modules.yml.",
                )
            )
        counts = Counter(department.modules)
        twice = [m for m, n in counts.items() if n > 1]
        if twice:
            second = next(m for i, m in enumerate(department.modules) if m in department.modules[:i])
            names = and_list(f'"{m}"' for m in twice)
            problems.append(
                Problem(
                    where_of(second, department.where),
                    f"module{'s' * (len(twice) > 1)} {names} "
                    f"{'are' if len(twice) > 1 else 'is'} listed twice for department "
                    f'"{department.id}"; list each once, as required or as optional.',
                )
            )
        problems += _modules_nobody_reads(catalog, program, department)
        problems += _pin_problems(catalog, program, department)
    return problems


def _ranks(levels: Iterable[str]) -> list[str]:
    return sorted(set(levels), key=LEVELS.index)


def _modules_nobody_reads(catalog: Catalog, program: Program, department) -> list[Problem]:
    """A module that none of the department's ranks takes would be silently left out of every track."""
    problems = []
    ranks = _ranks(program.role(role).level for role in department.roles)
    for module_id in department.modules:
        module = catalog.modules.get(module_id)
        if module is None or set(ranks) & set(module.levels):
            continue
        problems.append(
            Problem(
                where_of(module_id, department.where),
                f'department "{department.id}" takes module "{module_id}", which is for '
                f"{and_list(_ranks(module.levels))} only, but its roles "
                f"({', '.join(department.roles)}) are of rank {and_list(ranks)}: nobody in it "
                f"would read it. Remove it, or give the department a role of rank "
                f"{and_list(_ranks(module.levels), 'or')}.",
            )
        )
    return problems


def _pin_problems(catalog: Catalog, program: Program, department) -> list[Problem]:
    """Each pin's mistake once, at the pin, rather than once per role when the days are made."""
    problems = []
    pinned: dict[str, Pin] = {}
    for pin in department.pins:
        where = where_of(pin.lesson, pin.where)
        if pin.lesson not in catalog.lessons:
            problems.append(
                _unknown(
                    pin.where,
                    f'department "{department.id}" pins lesson',
                    pin.lesson,
                    catalog.lessons,
                    "Use a lesson id like rule-33.",
                )
            )
            continue
        if pin.lesson in pinned:
            first = pinned[pin.lesson]
            problems.append(
                Problem(
                    where,
                    f'department "{department.id}": {pin.lesson} is pinned to two days '
                    f"({first.day} and {pin.day}); keep one pin.",
                )
            )
            continue
        pinned[pin.lesson] = pin
        module = catalog.module_of(pin.lesson)
        if module is None:
            continue  # reported by check_catalog: the lesson is in no module
        if module.id not in department.modules:
            problems.append(
                Problem(
                    where,
                    f'department "{department.id}": {pin.lesson} is pinned to day {pin.day}, '
                    f'but it is not in this track: it is in module "{module.id}", which the '
                    f'department does not take. Add "{module.id}" to its `optional:` list, '
                    "or remove the pin.",
                )
            )
            continue
        left_out = [role for role in department.roles if program.role(role).level not in module.levels]
        if left_out:
            problems.append(
                Problem(
                    where,
                    f'department "{department.id}": {pin.lesson} is pinned to day {pin.day}, '
                    f"but it is not in the {and_list(left_out)} track"
                    f'{"s" if len(left_out) > 1 else ""}: module "{module.id}" is for '
                    f"{and_list(_ranks(module.levels))} only. Pin a lesson that every role "
                    "of the department reads, or remove the pin.",
                )
            )
    return problems


def texts(value) -> Iterator[Text]:
    """Every translated Text inside a model object (not a language's own search keywords)."""
    if isinstance(value, Text):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            if f.metadata.get("translated", True):
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


def material_languages(catalog: Catalog) -> set[str]:
    """The languages the training material is translated into, whether this program publishes them or not:
    those every interface text has (adding a language starts with its line in every entry of interface.yml)."""
    texts = list(catalog.interface.values())
    return set.intersection(*(set(text.by_lang) for text in texts)) if texts else set()


def check_languages(catalog: Catalog, program: Program) -> list[Problem]:
    """Every text must exist in every language the program requires, and in no language it does not know."""
    problems = []
    declared = program.settings.published
    known = set(declared) | material_languages(catalog)
    for text in _all_texts(catalog, program):
        for lang in text.by_lang:
            if lang not in known:
                meant = suggest(lang, declared)
                problems.append(
                    Problem(
                        where_of(lang, text.where),
                        f'"{lang}" is not a language of this program, '
                        f"which has {and_list(declared)} (`languages` and `partial_languages` in the "
                        f"program file): {f'write {meant}' if meant else 'fix the language code'}, or "
                        "remove this line.",
                    )
                )
        missing = [lang for lang in program.settings.languages if not text.has(lang)]
        if missing:
            problems.append(
                Problem(
                    text.where, f"this text has no {and_list(missing)} version: add a line `{missing[0]}: …` to it."
                )
            )
    return problems


def translation_coverage(catalog: Catalog, program: Program) -> dict[str, tuple[int, int]]:
    """For each language seen anywhere: (texts translated, texts in all)."""
    all_texts = list(_all_texts(catalog, program))
    languages = list(program.settings.languages)
    for text in all_texts:
        languages += [lang for lang in text.by_lang if lang not in languages]
    return {lang: (sum(text.has(lang) for text in all_texts), len(all_texts)) for lang in languages}
