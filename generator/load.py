"""Read the YAML in `rules/` and HR's program file into model objects, validated.

Nothing is returned unless everything is right: `load()` raises `InputError` with every problem
found, each as `file:line: what is wrong, and how to fix it`, each mistake once. Every file is read
whatever it holds: missing, too large (refused before parsing), not UTF-8, not YAML, or empty.
"""

from __future__ import annotations

import dataclasses
import os
import re
import types
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode

from . import checks
from .errors import InputError, Problem, and_list
from .limits import MAX_FILE_BYTES, RULE_COUNT
from .model import (
    BigQuestion,
    Catalog,
    Cohort,
    Department,
    Lesson,
    Module,
    Program,
    Role,
    Shorthand,
    Synonyms,
    Text,
    Tip,
    Where,
)
from .typed_yaml import INVALID, Converter, field_hints
from .yaml_text import parse

PROGRAM_FILE = "program.yml"
T = TypeVar("T")


def display(path: Path) -> str:
    """A path as HR would recognise it: relative to the working folder when it is inside it."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def _kb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{max(1, round(size / 1000))} KB"


def _read(path: Path, problems: list[Problem], holds: str):
    """Read and parse one file. `holds` says what the file must hold, for the message when it is empty."""
    file = display(path)
    try:
        if not path.is_file() and path.exists():
            problems.append(Problem(Where(file), "this is a folder or a device, not a file: put the file here."))
            return None, None
        with path.open("rb") as stream:  # never more than the limit, whatever the file claims to be
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        problems.append(Problem(Where(file), "this file is missing: restore it from the repository."))
        return None, None
    except OSError as error:
        problems.append(
            Problem(
                Where(file), f"this file cannot be read ({error.strerror or error}): check that it is an ordinary file."
            )
        )
        return None, None
    if len(data) > MAX_FILE_BYTES:
        size = path.stat().st_size
        said = _kb(size) if size > MAX_FILE_BYTES else f"over {_kb(MAX_FILE_BYTES)}"
        problems.append(
            Problem(
                Where(file, 1),
                f"this file is {said} and a file here may be at most "
                f"{_kb(MAX_FILE_BYTES)} (a lesson is about 10 KB), so it was not read: "
                "shorten it, or split it.",
            )
        )
        return None, None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        problems.append(Problem(Where(file, line), "this file is not UTF-8 text: save it as UTF-8."))
        return None, None
    before = len(problems)
    node = parse(text, file, problems)
    if node is None and len(problems) == before:
        content = "only comments" if any(line.strip() for line in text.splitlines()) else "nothing"
        problems.append(
            Problem(
                Where(file, 1),
                f"this file is empty (it holds {content}): it must hold {holds}. "
                "Restore it from the repository's history, or write them back.",
            )
        )
    return node, Converter(file, problems)


def _load_list(path: Path, key: str, cls: type[T], problems: list[Problem]) -> tuple[T, ...]:
    """A file holding one list under `key:`, like `tips:` in tips.yml."""
    node, converter = _read(path, problems, f"a list under `{key}:`")
    if node is None:
        return ()
    if not isinstance(node, MappingNode) or [k.value for k, _ in node.value] != [key]:
        converter.fail(node, f'this file must hold one list under "{key}:" and nothing else.')
        return ()
    items = converter.convert(node.value[0][1], types.GenericAlias(tuple, (cls, ...)), key)  # tuple[cls, ...]
    if items == ():
        converter.fail(node.value[0][1], f'the list under "{key}:" is empty: write at least one item.')
    return () if items is INVALID else items


def load_catalog(rules_dir: Path, problems: list[Problem]) -> Catalog | None:
    lessons: dict[str, Lesson] = {}
    lesson_files = sorted(path for path in (rules_dir / "lessons").glob("*.yml") if path.is_file())
    if not lesson_files:
        problems.append(Problem(Where(display(rules_dir / "lessons")), "there are no lessons (*.yml files) here."))
    for path in lesson_files:
        node, converter = _read(path, problems, "a lesson, starting with `id:` (rules/STYLE.md lists its fields)")
        if node is None:
            continue
        lesson = converter.convert(node, Lesson, path.stem)
        if lesson is INVALID:
            continue
        if lesson.id != path.stem:
            converter.fail(node, f'the id "{lesson.id}" must be the file name without .yml: "{path.stem}".')
            continue
        rule = re.fullmatch(r"rule-(\d\d)", path.stem)
        if rule and lesson.kind != "rule":
            converter.fail(
                node,
                f"{path.name} is one of the {RULE_COUNT} rules: write `kind: rule` and `number: {int(rule.group(1))}`.",
            )
            continue
        lessons[lesson.id] = lesson
    tips = _load_list(rules_dir / "tips.yml", "tips", Tip, problems)
    questions = _load_list(rules_dir / "big-questions.yml", "questions", BigQuestion, problems)
    modules = _load_list(rules_dir / "modules.yml", "modules", Module, problems)
    node, converter = _read(
        rules_dir / "interface.yml", problems, "the interface texts, one `name: {vi: …, en: …}` a line"
    )
    interface: Mapping[str, Text] | None = None
    if node is not None:
        converted = converter.convert(node, Mapping[str, Text], "interface")
        interface = None if converted is INVALID else converted
    synonyms = load_synonyms(rules_dir / SYNONYMS_FILE, problems)
    shorthand = load_shorthand(rules_dir / SHORTHAND_FILE, problems)
    if problems or interface is None:
        return None
    return Catalog(
        lessons=lessons,
        tips=tips,
        questions=questions,
        modules={m.id: m for m in modules},
        interface=interface,
        synonyms=synonyms,
        shorthand=shorthand,
    )


SYNONYMS_FILE = "synonyms.yml"
MAX_SYNONYM_CHARS = 60


def load_synonyms(path: Path, problems: list[Problem]) -> tuple[Synonyms, ...]:
    """Search's synonyms (optional: without the file, search has none). Each group lists, per language,
    two or more words or phrases separated by commas; a phrase may be written in one group only."""
    if not path.exists():
        return ()
    groups = _load_list(path, "synonyms", Synonyms, problems)
    seen: dict[tuple[str, str], Where] = {}
    for group in groups:
        where = group.words.where if group.words.where.line else group.where
        for lang, text in group.words.by_lang.items():
            items = [w.strip() for w in text.split(",")]
            if any(not w for w in items):
                problems.append(
                    Problem(
                        where, f'the {lang} words "{text}" hold an empty word between commas: remove the extra comma.'
                    )
                )
                continue
            if len(items) < 2:
                problems.append(
                    Problem(
                        where,
                        f'the {lang} words "{text}" name only one word: a group needs '
                        'at least two, separated by commas ("mặc cả, trả giá").',
                    )
                )
                continue
            for word in items:
                if len(word) > MAX_SYNONYM_CHARS:
                    problems.append(
                        Problem(
                            where,
                            f'"{word[:20]}…" is longer than {MAX_SYNONYM_CHARS} '
                            "characters: a synonym is a word or a short phrase.",
                        )
                    )
                key = (lang, " ".join(word.lower().split()))
                if key in seen:
                    first = seen[key]
                    problems.append(
                        Problem(
                            where,
                            f'the {lang} word "{word}" is already in the group at line '
                            f"{first.line}: write it in one group only (merge the two "
                            "groups if they mean the same).",
                        )
                    )
                else:
                    seen[key] = where
    return groups


SHORTHAND_FILE = "shorthand.yml"
MAX_SHORT_CHARS = 12


def load_shorthand(path: Path, problems: list[Problem]) -> tuple[Shorthand, ...]:
    """Search's short forms (optional). Each stands, in one language, for one word or phrase only."""
    if not path.exists():
        return ()
    items = _load_list(path, "shorthand", Shorthand, problems)
    seen: dict[tuple[str, str], tuple[str, Where]] = {}
    for item in items:
        where = item.short.where if item.short.where.line else item.where
        for lang in sorted(item.means.by_lang.keys() ^ item.short.by_lang.keys()):
            written, missing = ("means", "short") if lang in item.means.by_lang else ("short", "means")
            problems.append(
                Problem(where, f"`{written}:` is written in {lang} but `{missing}:` is not: write both, or neither.")
            )
        for lang in sorted(item.means.by_lang.keys() & item.short.by_lang.keys()):
            means, short = item.of(lang)
            if not short or any(not w.strip() for w in item.short.by_lang[lang].split(",")):
                problems.append(
                    Problem(
                        where,
                        f'the {lang} short forms "{item.short.by_lang[lang]}" hold an empty one: '
                        "write one word between each two commas.",
                    )
                )
            for word in short:
                if len(word.split()) > 1 or len(word) > MAX_SHORT_CHARS:
                    problems.append(
                        Problem(
                            where,
                            f'the {lang} short form "{word[:20]}" is not one short word: write what '
                            f"staff type, one word of at most {MAX_SHORT_CHARS} letters, commas between forms.",
                        )
                    )
                    continue
                key = (lang, word.lower())
                if key in seen:
                    first_means, first = seen[key]
                    problems.append(
                        Problem(
                            where,
                            f'the {lang} short form "{word}" already stands for "{first_means}" at '
                            f"line {first.line}: a short form can stand for one thing only.",
                        )
                    )
                else:
                    seen[key] = (means, where)
    return items


def load_program(path: Path, problems: list[Problem]) -> Program | None:
    parts = and_list(f"`{name}:`" for name in field_hints(Program))
    node, converter = _read(path, problems, parts)
    if node is None:
        return None
    program = converter.convert(node, Program, "program")
    return None if program is INVALID else program


def fill_missing_names(program: Program) -> tuple[Program, list[Problem]]:
    """A department's, role's or cohort's name written in the main language only stands in for the other
    languages, with one warning that lists them all. Every other text needs every language."""
    languages = program.settings.languages
    if not languages:
        return program, []
    main = languages[0]
    filled: list[tuple[str, Role | Department | Cohort, list[str]]] = []

    def fill(kind: str, item):
        missing = [lang for lang in languages if not item.name.has(lang)]
        if not missing or not item.name.has(main):
            return item
        filled.append((kind, item, missing))
        by_lang = {**item.name.by_lang, **{lang: item.name.by_lang[main] for lang in missing}}
        return dataclasses.replace(item, name=Text(by_lang=by_lang, where=item.name.where))

    program = dataclasses.replace(
        program,
        roles=tuple(fill("role", r) for r in program.roles),
        departments=tuple(fill("department", d) for d in program.departments),
        cohorts=tuple(fill("cohort", c) for c in program.cohorts),
    )
    if not filled:
        return program, []
    others = sorted({lang for _, _, missing in filled for lang in missing}, key=languages.index)
    names = and_list(f'{kind} "{item.id}" (line {item.name.where.line})' for kind, item, _ in filled)
    one = len(filled) == 1
    warning = Problem(
        filled[0][1].name.where,
        f"{len(filled)} name{'' if one else 's'} {'is' if one else 'are'} written in {main} only, so "
        f"the {and_list(others)} pages show {'it' if one else 'them'} in {main}: {names}. To "
        f"translate {'it' if one else 'them'}, add {and_list(f'`{lang}: …`' for lang in others)} "
        f"to {'it' if one else 'each'}.",
    )
    return program, [warning]


def load(
    rules_dir: Path, program_file: Path | None = None, warnings: list[Problem] | None = None
) -> tuple[Catalog, Program]:
    """Load and validate everything; raise `InputError` listing every problem, each once.

    What is accepted but worth knowing (a name in the main language only) is appended to `warnings`."""
    program_file = program_file or rules_dir / PROGRAM_FILE
    problems: list[Problem] = []
    notes: list[Problem] = []
    catalog = load_catalog(rules_dir, problems)
    program = load_program(program_file, problems)
    if catalog is not None:
        main_language = program.settings.languages[0] if program is not None and program.settings.languages else "vi"
        problems += checks.check_catalog(catalog, rules_dir_name=display(rules_dir), main_language=main_language)
    if program is not None:
        problems += checks.check_program(program)
    if catalog is not None and program is not None and not problems:
        problems += checks.check_references(catalog, program)
        program, notes = fill_missing_names(program)
        problems += checks.check_languages(catalog, program)
    if problems:
        raise InputError(list(dict.fromkeys(problems)))
    assert catalog is not None and program is not None, "load_catalog and load_program return None with a problem"
    if warnings is not None:
        warnings += notes
    return catalog, program
