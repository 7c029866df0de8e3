"""JSON Schema for every YAML file, made from the model's dataclasses and their field docs.

Editors that speak the YAML language server (VS Code, and GitHub's web editor through it) read the
`# yaml-language-server: $schema=…` line at the top of each file and show fields and mistakes as HR types.
Each kind of type writes its own schema (`typed_yaml.py`), with the limits the loader applies.
"""

from __future__ import annotations

import json
import types
from collections.abc import Mapping
from typing import Any

from .model import BigQuestion, Lesson, Module, Program, Shorthand, Synonyms, Text, Tip
from .typed_yaml import kind_of


def schema_of(hint: Any, name: str = "") -> dict:
    """The schema of a value of type `hint` in the field `name` (whose name decides its limits)."""
    return kind_of(hint).schema(name)


def _document(title: str, body: dict) -> dict:
    return {"$schema": "http://json-schema.org/draft-07/schema#", "title": title, **body}


def _list_file(key: str, item: type) -> dict:
    return {
        "type": "object",
        "properties": {key: schema_of(types.GenericAlias(tuple, (item, ...)), key)},  # tuple[item, ...]
        "required": [key],
        "additionalProperties": False,
    }


def schemas() -> dict[str, str]:
    """file name → JSON text, for rules/schemas/."""
    documents = {
        "program.schema.json": _document("HR's program file (rules/program.yml)", schema_of(Program)),
        "lesson.schema.json": _document("A lesson (rules/lessons/*.yml)", schema_of(Lesson)),
        "modules.schema.json": _document("Modules (rules/modules.yml)", _list_file("modules", Module)),
        "tips.schema.json": _document("Etiquette tips (rules/tips.yml)", _list_file("tips", Tip)),
        "big-questions.schema.json": _document(
            "Big Questions (rules/big-questions.yml)", _list_file("questions", BigQuestion)
        ),
        "synonyms.schema.json": _document("Search synonyms (rules/synonyms.yml)", _list_file("synonyms", Synonyms)),
        "shorthand.schema.json": _document(
            "Search short forms (rules/shorthand.yml)", _list_file("shorthand", Shorthand)
        ),
        "interface.schema.json": _document(
            "Interface texts (rules/interface.yml)", schema_of(Mapping[str, Text], "interface")
        ),
    }
    return {name: json.dumps(document, ensure_ascii=False, indent=2) + "\n" for name, document in documents.items()}
