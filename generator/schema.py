"""JSON Schema for every YAML file, made from the model's dataclasses and their field docs.

Editors that speak the YAML language server (VS Code, and GitHub's web editor through it) read the
`# yaml-language-server: $schema=…` line at the top of each file and show fields and mistakes as HR types.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections import abc
from datetime import date
from typing import Any, Literal, Union

from . import limits
from .model import BigQuestion, Lesson, Module, Program, Synonyms, Text, Tip
from .typed_yaml import field_hints

TEXT: dict[str, Any] = {
    "type": "object",
    "description": "A text in each language: `vi: …`, `en: …`.",
    "propertyNames": {"pattern": "^[a-z]{2,3}(-[A-Za-z]{2,4})?$"},
    "additionalProperties": {"type": "string", "minLength": 1},
    "minProperties": 1,
}


def schema_of(hint: Any, name: str = "") -> dict:
    """The schema of a value of type `hint` in the field `name` (whose name decides its limits)."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return schema_of(next(a for a in typing.get_args(hint) if a is not type(None)), name)
    if hint is Text:
        most = limits.length_of(name).chars
        return {**TEXT, "additionalProperties": {**TEXT["additionalProperties"], "maxLength": most}}
    if hint is str:
        return {"type": "string", "minLength": 1, "maxLength": limits.length_of(name).chars}
    if hint is int:
        bounds = limits.RANGES.get(name)
        return {"type": "integer", "minimum": bounds.low, "maximum": bounds.high} if bounds else {"type": "integer"}
    if hint is date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    if origin is Literal:
        return {"enum": list(typing.get_args(hint))}
    if origin is tuple:
        return {"type": "array", "items": schema_of(typing.get_args(hint)[0], name), "maxItems": limits.items_of(name)}
    if origin in (abc.Mapping, dict):
        return {"type": "object", "additionalProperties": schema_of(typing.get_args(hint)[1], name)}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        fields = {f.name: f for f in dataclasses.fields(hint)}
        properties = {}
        for name, field_hint in field_hints(hint).items():
            properties[name] = {**schema_of(field_hint, name), "description": fields[name].metadata.get("doc", "")}
        required = [n for n in properties if fields[n].default is dataclasses.MISSING]
        result = {"type": "object", "properties": properties, "additionalProperties": False}
        if hint.__doc__ and not hint.__doc__.startswith(hint.__name__ + "("):
            result["description"] = hint.__doc__.strip()
        return {**result, "required": required} if required else result
    raise TypeError(f"no JSON Schema for {hint!r}")


def _document(title: str, body: dict) -> dict:
    return {"$schema": "http://json-schema.org/draft-07/schema#", "title": title, **body}


def _list_file(key: str, item: type) -> dict:
    return {
        "type": "object",
        "properties": {key: {"type": "array", "items": schema_of(item), "maxItems": limits.items_of(key)}},
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
        "interface.schema.json": _document(
            "Interface texts (rules/interface.yml)",
            {"type": "object", "additionalProperties": schema_of(Text, "interface")},
        ),
    }
    return {name: json.dumps(document, ensure_ascii=False, indent=2) + "\n" for name, document in documents.items()}
