"""Read the YAML in `rules/` and HR's program file into model objects, validated.

Nothing is returned unless everything is right: `load()` raises `InputError` with every problem
found, each as `file:line: what is wrong, and how to fix it`.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

from yaml.nodes import MappingNode

from . import checks
from .errors import InputError, Problem
from .model import BigQuestion, Catalog, Lesson, Module, Program, Text, Tip, Where
from .typed_yaml import INVALID, Converter, parse

PROGRAM_FILE = "program.yml"


def display(path: Path) -> str:
    """A path as HR would recognise it: relative to the working folder when it is inside it."""
    relative = os.path.relpath(path)
    return path.as_posix() if relative.startswith("..") else Path(relative).as_posix()


def _read(path: Path, problems: list[Problem]):
    file = display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(Where(file), "this file is missing: restore it from the repository."))
        return None, None
    except UnicodeDecodeError:
        problems.append(Problem(Where(file, 1), "this file is not UTF-8 text: save it as UTF-8."))
        return None, None
    node = parse(text, file, problems)
    if node is None and not text.strip():
        problems.append(Problem(Where(file, 1), "this file is empty."))
    return node, Converter(file, problems)


def _load_list(path: Path, key: str, cls: type, problems: list[Problem]) -> tuple:
    """A file holding one list under `key:`, like `tips:` in tips.yml."""
    node, converter = _read(path, problems)
    if node is None:
        return ()
    if not isinstance(node, MappingNode) or [k.value for k, _ in node.value] != [key]:
        converter.fail(node, f'this file must hold one list under "{key}:" and nothing else.')
        return ()
    items = converter.convert(node.value[0][1], tuple[cls, ...], key)
    return () if items is INVALID else items


def load_catalog(rules_dir: Path, problems: list[Problem]) -> Catalog | None:
    lessons: dict[str, Lesson] = {}
    lesson_files = sorted((rules_dir / "lessons").glob("*.yml"))
    if not lesson_files:
        problems.append(Problem(Where(display(rules_dir / "lessons")), "there are no lessons (*.yml files) here."))
    for path in lesson_files:
        node, converter = _read(path, problems)
        if node is None:
            continue
        lesson = converter.convert(node, Lesson, path.stem)
        if lesson is INVALID:
            continue
        if lesson.id != path.stem:
            converter.fail(node, f'the id "{lesson.id}" must be the file name without .yml: "{path.stem}".')
            continue
        lessons[lesson.id] = lesson
    tips = _load_list(rules_dir / "tips.yml", "tips", Tip, problems)
    questions = _load_list(rules_dir / "big-questions.yml", "questions", BigQuestion, problems)
    modules = _load_list(rules_dir / "modules.yml", "modules", Module, problems)
    node, converter = _read(rules_dir / "interface.yml", problems)
    interface = converter.convert(node, Mapping[str, Text], "interface") if node is not None else INVALID
    if problems or interface is INVALID:
        return None
    return Catalog(lessons=lessons, tips=tips, questions=questions,
                   modules={m.id: m for m in modules}, interface=interface)


def load_program(path: Path, problems: list[Problem]) -> Program | None:
    node, converter = _read(path, problems)
    if node is None:
        return None
    program = converter.convert(node, Program, "program")
    return None if program is INVALID else program


def load(rules_dir: Path, program_file: Path | None = None) -> tuple[Catalog, Program]:
    """Load and validate everything; raise `InputError` listing every problem."""
    program_file = program_file or rules_dir / PROGRAM_FILE
    problems: list[Problem] = []
    catalog = load_catalog(rules_dir, problems)
    program = load_program(program_file, problems)
    if catalog is not None:
        main_language = program.settings.languages[0] if program is not None and program.settings.languages else "vi"
        problems += checks.check_catalog(catalog, rules_dir_name=display(rules_dir), main_language=main_language)
    if program is not None:
        problems += checks.check_program(program)
    if catalog is not None and program is not None and not problems:
        problems += checks.check_references(catalog, program)
        problems += checks.check_languages(catalog, program)
    if problems:
        raise InputError(problems)
    return catalog, program
