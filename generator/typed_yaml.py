"""Turn YAML into the model's dataclasses, checking every value against the field's type.

Works on PyYAML's node tree rather than on plain dicts, so that every problem can name the
line it is on. Problems are collected, not raised, so HR sees all of them in one run.
"""
from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from collections import abc
from datetime import date, datetime
from typing import Any, Literal, Mapping, Union

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import Problem
from .model import Text, Where

INVALID = object()
_constructor = yaml.constructor.SafeConstructor()


def parse(text: str, file: str, problems: list[Problem]) -> Node | None:
    """Parse YAML text into a node tree; a syntax error becomes a problem."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        problems.append(Problem(Where(file, line), f"this is not valid YAML ({error.problem}). "
                                "Check the indentation and that every text with a colon is in quotes."))
        return None


def describe(hint: Any) -> str:
    """How a type reads to a person editing the file."""
    origin = typing.get_origin(hint)
    if hint is str:
        return "a text"
    if hint is int:
        return "a whole number"
    if hint is bool:
        return "true or false"
    if hint is date:
        return "a date written YYYY-MM-DD, like 2027-03-01"
    if hint is Text:
        return "a text in each language, written on separate lines as `vi: …` and `en: …`"
    if origin is Literal:
        return "one of " + ", ".join(map(str, typing.get_args(hint)))
    if origin is tuple:
        return "a list (each item on its own line starting with `- `, or [a, b])"
    if dataclasses.is_dataclass(hint):
        return "a block of fields (`name: value` lines)"
    if origin in (abc.Mapping, dict):
        return "a block of `name: value` lines"
    return str(hint)


def _is_optional(hint: Any) -> bool:
    return typing.get_origin(hint) in (Union, types.UnionType) and type(None) in typing.get_args(hint)


def field_hints(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if not f.metadata.get("internal")}


class Converter:
    """Converts nodes of one file, recording problems against that file."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = problems

    def where(self, node: Node) -> Where:
        return Where(self.file, node.start_mark.line + 1)

    def fail(self, node: Node, message: str) -> object:
        self.problems.append(Problem(self.where(node), message))
        return INVALID

    def convert(self, node: Node, hint: Any, name: str) -> Any:
        if _is_optional(hint):
            if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
                return None
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        origin = typing.get_origin(hint)
        if hint is Text:
            return self._text(node, name)
        if dataclasses.is_dataclass(hint):
            return self.dataclass(node, hint, name)
        if origin is tuple:
            return self._list(node, typing.get_args(hint)[0], name)
        if origin in (abc.Mapping, dict):
            return self._mapping(node, typing.get_args(hint)[1], name)
        return self._scalar(node, hint, name)

    def _scalar(self, node: Node, hint: Any, name: str) -> Any:
        wrong = f'"{name}" must be {describe(hint)}'
        if not isinstance(node, ScalarNode):
            return self.fail(node, f"{wrong}, not a list or a block.")
        try:
            value = _constructor.construct_object(node)
        except (yaml.constructor.ConstructorError, ValueError):
            return self.fail(node, f'{wrong}, but "{node.value}" is not a real one.' if hint is date
                             else f'{wrong}, but "{node.value}" is not.')
        if typing.get_origin(hint) is Literal:
            choices = typing.get_args(hint)
            if value in choices:
                return value
            close = difflib.get_close_matches(str(value), list(map(str, choices)), n=1)
            hint_text = f' Did you mean "{close[0]}"?' if close else ""
            return self.fail(node, f'"{name}" is "{value}", which is not one of: {", ".join(choices)}.{hint_text}')
        if hint is str:
            if value is None or isinstance(value, (list, dict)) or node.value == "":
                return self.fail(node, f'"{name}" is empty: write {describe(hint)}.')
            return str(node.value)
        if hint is int and (isinstance(value, bool) or not isinstance(value, int)):
            return self.fail(node, f'{wrong}, but "{node.value}" is not.')
        if hint is date:
            return self._date(node, value, wrong)
        if hint is bool and not isinstance(value, bool):
            return self.fail(node, f'{wrong}, but "{node.value}" is not.')
        return value

    def _date(self, node: Node, value: Any, wrong: str) -> Any:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:  # a date in quotes, as the web editor or a YAML dumper may write it
            return date.fromisoformat(str(value).strip())
        except ValueError:
            return self.fail(node, f'{wrong}, but "{node.value}" is not.')

    def _text(self, node: Node, name: str) -> Any:
        if not isinstance(node, MappingNode):
            return self.fail(node, f'"{name}" must be {describe(Text)}.')
        texts = self._mapping(node, str, name)
        if texts is INVALID:
            return INVALID
        return Text(by_lang=texts, where=self.where(node))

    def _list(self, node: Node, item: Any, name: str) -> Any:
        if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
            return ()
        if not isinstance(node, SequenceNode):
            return self.fail(node, f'"{name}" must be {describe(tuple)}.')
        items = [self.convert(child, item, name) for child in node.value]
        return INVALID if any(i is INVALID for i in items) else tuple(items)

    def _pairs(self, node: MappingNode) -> Any:
        seen: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                self.fail(key_node, f'"{key}" is written twice in this block '
                                    f"(first on line {seen[key].start_mark.line + 1}); keep one.")
                return INVALID
            seen[key] = key_node
        return [(str(k.value), k, v) for k, v in node.value]

    def _mapping(self, node: Node, value_hint: Any, name: str) -> Any:
        if not isinstance(node, MappingNode):
            return self.fail(node, f'"{name}" must be {describe(dict)}.')
        pairs = self._pairs(node)
        if pairs is INVALID:
            return INVALID
        values = {key: self.convert(value, value_hint, f"{name}.{key}") for key, _, value in pairs}
        return INVALID if any(v is INVALID for v in values.values()) else values

    def dataclass(self, node: Node, cls: type, name: str) -> Any:
        label = cls.__name__.lower()
        if not isinstance(node, MappingNode):
            return self.fail(node, f'"{name}" must be {describe(cls)}.')
        pairs = self._pairs(node)
        if pairs is INVALID:
            return INVALID
        hints = field_hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        ok = True
        for key, key_node, value_node in pairs:
            if key not in hints:
                close = difflib.get_close_matches(key, list(hints), n=1)
                did_you_mean = f'Did you mean "{close[0]}"? ' if close else ""
                self.fail(key_node, f'"{key}" is not a field of a {label}. {did_you_mean}'
                                    f"The fields are: {', '.join(hints)}.")
                ok = False
                continue
            values[key] = self.convert(value_node, hints[key], key)
            ok = ok and values[key] is not INVALID
        for missing in (n for n in hints if n not in values and _required(fields[n])):
            self.fail(node, f'this {label} has no "{missing}": add `{missing}:` '
                            f"({fields[missing].metadata.get('doc', describe(hints[missing]))}).")
            ok = False
        if not ok:
            return INVALID
        if "where" in fields:
            values["where"] = self.where(node)
        return cls(**values)


def _required(field: dataclasses.Field) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
