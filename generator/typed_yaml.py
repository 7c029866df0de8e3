"""Turn YAML into the model's dataclasses, checking every value against the field's type.

Works on PyYAML's node tree rather than on plain dicts, so that every problem can name the
line it is on. Problems are collected, not raised, so HR sees all of them in one run. Each kind of type
the model uses (a text, a whole number, a list, a block of fields, …) is one `Kind` below, which knows how
it reads in a message, its JSON Schema (for `schema.py`) and how a node becomes a value of it.

The nodes come from `yaml_text.parse`. An alias (`*name`) is the anchored node itself, not a copy, so
composing stays as small as the file; converting follows every repetition, so it counts what it visits
against `limits.MAX_EXPANDED`, and only goes as deep as the model's types.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from collections import abc
from datetime import date, datetime
from typing import Any, Literal, Union

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from . import limits
from .errors import Problem, a_noun, and_list, did_you_mean, noun, suggest
from .model import Text, Where

INVALID = object()
_constructor = yaml.constructor.SafeConstructor()


class Located(str):
    """A name or id from the YAML that remembers its line; equal to (and hashed as) the plain text, so
    nothing that reads the model sees a difference. Items of lists (`departments: [a, b]`), keys (the
    language codes of a text) and text fields that are not translated (`id`, `lesson`) are Located."""

    where: Where

    def __new__(cls, value: str, where: Where):
        text = super().__new__(cls, value)
        text.where = where
        return text

    def __reduce__(self):
        return str, (str(self),)


for _representer in (yaml.representer.SafeRepresenter, yaml.representer.Representer):
    _representer.add_representer(Located, yaml.representer.SafeRepresenter.represent_str)


def where_of(value: Any, default: Where) -> Where:
    """Where a Located value was written; `default` for anything else."""
    return getattr(value, "where", default)


# ---------------------------------------------------------------- the kinds of type


class Kind:
    """One kind of type the model uses: how a value of it reads in a message, its JSON Schema, and how a
    node becomes one. `kind_of` gives each type hint its kind; adding a type means adding one class."""

    words: str  # what the value must be, as a person editing the file reads it: "a whole number"

    def wrong(self, name: str) -> str:
        return f'"{name}" must be {self.words}'

    def pairs(self, node: Node, converter: Converter, name: str) -> Any:
        """A block's (key, key node, value node) triples; INVALID, with the problem, when it is not a block."""
        if not isinstance(node, MappingNode):
            return converter.fail(node, f"{self.wrong(name)}.")
        return converter.pairs(node)

    def schema(self, name: str) -> dict[str, Any]:
        raise NotImplementedError

    def convert(self, node: Node, converter: Converter, name: str) -> Any:
        """The value, or INVALID once the problem is recorded; `name` (the field's) decides the limits."""
        raise NotImplementedError


class ScalarKind(Kind):
    """A value written on one line, first read by YAML's own rules (`~`, a date, quotes), then checked."""

    unreadable = "is not"  # how a value YAML cannot read at all is described

    def convert(self, node: Node, converter: Converter, name: str) -> Any:
        if not isinstance(node, ScalarNode):
            return converter.fail(node, f"{self.wrong(name)}, not a list or a block.")
        return self.scalar(node, converter, name)

    def scalar(self, node: ScalarNode, converter: Converter, name: str) -> Any:
        try:
            value = _constructor.construct_object(node)
        except (yaml.constructor.ConstructorError, ValueError, OverflowError, LookupError, AttributeError):
            # PyYAML's constructors fail in all these ways on an explicit tag: `!!bool x`, `!!timestamp x`, `!!int`
            return converter.fail(node, f'{self.wrong(name)}, but "{node.value}" {self.unreadable}.')
        finally:  # the constructor remembers every node it built: forget it, or each load() would pile up
            _constructor.constructed_objects.pop(node, None)
        return self.check(value, node, converter, name)

    def check(self, value: Any, node: ScalarNode, converter: Converter, name: str) -> Any:
        raise NotImplementedError


# Control codes but tab and line breaks: a YAML escape ("\x1e") can write them, and no page should print one
# (the generator also uses one to stand for a department's id, handouts.DEPARTMENT_MARK).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class StrKind(ScalarKind):
    words = "a text"

    def schema(self, name: str) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "maxLength": limits.length_of(name).chars}

    def check(self, value: Any, node: ScalarNode, converter: Converter, name: str) -> Any:
        if value is None or isinstance(value, (list, dict)) or node.value == "":  # `!!seq x` builds a list
            return converter.fail(node, f'"{name}" is empty: write {self.words}.')
        hidden = CONTROL.search(node.value)
        if hidden:
            return converter.fail(
                node,
                f'"{name}" holds an invisible control character (U+{ord(hidden.group()):04X}), typed as an escape '
                'such as "\\x1e" or "\\u001e": delete it.',
            )
        limit = limits.length_of(name)
        if len(node.value) <= limit.chars:
            return Located(str(node.value), converter.where(node))
        field, _, lang = name.rpartition(".")
        what = f'the {lang} text of "{field}"' if field else f'"{name}"'
        return converter.fail(
            node,
            f"{what} is {_size(len(node.value))} characters long, and {limit.kind} may have at most "
            f"{_count(limit.chars)}, {limit.why}: shorten it.",
        )


class IntKind(ScalarKind):
    words = "a whole number"

    def schema(self, name: str) -> dict[str, Any]:
        bounds = limits.RANGES.get(name)
        return {"type": "integer", "minimum": bounds.low, "maximum": bounds.high} if bounds else {"type": "integer"}

    def scalar(self, node: ScalarNode, converter: Converter, name: str) -> Any:
        written = node.value.strip()
        bounds = limits.RANGES.get(name)
        within = f": write a number from {bounds.low} to {bounds.high}" if bounds else ""
        if not re.fullmatch(r"[+-]?\d+", written.replace("_", "")):
            fix = ""
            if re.fullmatch(r"[+-]?\d+\.0*", written):
                fix = f" Write {int(float(written))}, without the decimals."
            elif re.match(r"\d+\s", written):
                fix = f" Write only the number, like {written.split()[0]}."
            return converter.fail(node, f'{self.wrong(name)}, but "{node.value}" is not.{fix}')
        if len(written) > 12:
            return converter.fail(
                node, f'"{name}" is a number with {_count(len(written))} digits, far too large{within}.'
            )
        if node.style in ('"', "'"):
            return converter.fail(node, f"{self.wrong(name)}: write {int(written)} without quotes.")
        value = int(written.replace("_", ""), 10)  # 07 and 010 mean seven and ten, not octal as in YAML 1.1
        if bounds and not bounds.low <= value <= bounds.high:
            return converter.fail(
                node, f'"{name}" is {value}, but it must be from {bounds.low} to {bounds.high}{bounds.why}.'
            )
        return value


class DateKind(ScalarKind):
    words = "a date written YYYY-MM-DD, like 2027-03-01"
    unreadable = "is not a real one"  # YAML read a date, like 2027-02-30, that no calendar has

    def schema(self, name: str) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}

    def check(self, value: Any, node: ScalarNode, converter: Converter, name: str) -> Any:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:  # a date in quotes, as the web editor or a YAML dumper may write it
            return date.fromisoformat(str(value).strip())
        except ValueError:
            return converter.fail(node, f'{self.wrong(name)}, but "{node.value}" is not.')


class LiteralKind(ScalarKind):
    def __init__(self, choices: tuple[str, ...]):
        self.choices = choices
        self.words = "one of " + and_list(choices, "or")

    def schema(self, name: str) -> dict[str, Any]:
        return {"enum": list(self.choices)}

    def check(self, value: Any, node: ScalarNode, converter: Converter, name: str) -> Any:
        if value in self.choices:
            return value
        return converter.fail(
            node,
            f'"{name}" is "{node.value}", which is not one of: {", ".join(self.choices)}.'
            f"{did_you_mean(str(node.value), self.choices)}",
        )


class TupleKind(Kind):
    words = "a list (each item on its own line starting with `- `, or [a, b])"

    def __init__(self, item: Kind):
        self.item = item

    def schema(self, name: str) -> dict[str, Any]:
        return {"type": "array", "items": self.item.schema(name), "maxItems": limits.items_of(name)}

    def convert(self, node: Node, converter: Converter, name: str) -> Any:
        if _is_null(node):
            return ()
        if not isinstance(node, SequenceNode):
            return converter.fail(node, f"{self.wrong(name)}.")
        most = limits.items_of(name)
        if len(node.value) > most:
            return converter.fail(
                node, f'"{name}" lists {_count(len(node.value))} items, and it may list at most {most}.'
            )
        items = [converter.visit(child, self.item, name) for child in node.value]
        return INVALID if any(i is INVALID for i in items) else tuple(items)


class MappingKind(Kind):
    words = "a block of `name: value` lines"

    def __init__(self, value: Kind):
        self.value = value

    def schema(self, name: str) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": self.value.schema(name)}

    def convert(self, node: Node, converter: Converter, name: str) -> Any:
        pairs = self.pairs(node, converter, name)
        if pairs is INVALID:
            return INVALID
        values = {key: converter.visit(value, self.value, f"{name}.{key}") for key, _, value in pairs}
        return INVALID if any(v is INVALID for v in values.values()) else values


class TextKind(Kind):
    words = "a text in each language, written on separate lines as `vi: …` and `en: …`"
    by_lang = MappingKind(StrKind())

    def schema(self, name: str) -> dict[str, Any]:
        return {
            "type": "object",
            "description": "A text in each language: `vi: …`, `en: …`.",
            "propertyNames": {"pattern": "^[a-z]{2,3}(-[A-Za-z]{2,4})?$"},
            "additionalProperties": StrKind().schema(name),
            "minProperties": 1,
        }

    def convert(self, node: Node, converter: Converter, name: str) -> Any:
        if not isinstance(node, MappingNode):
            return converter.fail(node, f"{self.wrong(name)}.")
        texts = self.by_lang.convert(node, converter, name)
        if texts is INVALID:
            return INVALID
        return Text(by_lang={lang: str(text) for lang, text in texts.items()}, where=converter.where(node))


class DataclassKind(Kind):
    """A model class, written as a block of its fields; each field's name decides its limits."""

    def __init__(self, cls: type):
        self.cls = cls
        self.words = f"{a_noun(cls)} (a block of `name: value` lines)"
        self.fields = {f.name: f for f in dataclasses.fields(cls)}

    @functools.cached_property
    def kinds(self) -> dict[str, Kind]:  # on first use, so that a class may hold itself
        return {name: kind_of(hint) for name, hint in field_hints(self.cls).items()}

    def schema(self, name: str) -> dict[str, Any]:
        properties = {
            field: {**kind.schema(field), "description": self.fields[field].metadata.get("doc", "")}
            for field, kind in self.kinds.items()
        }
        result: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
        doc = self.cls.__doc__
        if doc and not doc.startswith(self.cls.__name__ + "("):  # not the one dataclass() writes
            result["description"] = doc.strip()
        required = [field for field in properties if _required(self.fields[field])]
        return {**result, "required": required} if required else result

    def convert(self, node: Node, converter: Converter, name: str) -> Any:
        pairs = self.pairs(node, converter, name)
        if pairs is INVALID:
            return INVALID
        values: dict[str, Any] = {}
        ok = True
        for key, key_node, value_node in pairs:
            if key not in self.kinds:
                close = suggest(key, [field for field in self.kinds if field not in (k for k, _, _ in pairs)])
                hint = f' Did you mean "{close}"?' if close else ""
                converter.fail(
                    key_node,
                    f'"{key}" is not a field of {a_noun(self.cls)}.{hint} The fields are: {", ".join(self.kinds)}.',
                )
                ok = False
                continue
            values[key] = converter.visit(value_node, self.kinds[key], key)
            ok = ok and values[key] is not INVALID
        for missing in (f for f in self.kinds if f not in values and _required(self.fields[f])):
            about = self.fields[missing].metadata.get("doc") or self.kinds[missing].words
            converter.fail(node, f'this {noun(self.cls)} has no "{missing}": add `{missing}:` ({_lower_first(about)}).')
            ok = False
        if not ok:
            return INVALID
        if "where" in self.fields:
            values["where"] = converter.where(node)
        return self.cls(**values)


class OptionalKind(Kind):
    """`X | None`: a field left empty (`~`, or nothing after the colon) is None."""

    def __init__(self, kind: Kind):
        self.kind = kind
        self.words = kind.words

    def schema(self, name: str) -> dict[str, Any]:
        return self.kind.schema(name)

    def convert(self, node: Node, converter: Converter, name: str) -> Any:
        return None if _is_null(node) else self.kind.convert(node, converter, name)


def kind_of(hint: Any) -> Kind:
    """The kind of a type hint of the model: the one place that tells the hints apart."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType) and type(None) in args:
        return OptionalKind(kind_of(next(a for a in args if a is not type(None))))
    if hint is Text:  # before the dataclasses, which it is one of
        return TextKind()
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return DataclassKind(hint)
    if origin is tuple:
        return TupleKind(kind_of(args[0]))
    if origin in (abc.Mapping, dict):
        return MappingKind(kind_of(args[1]))
    if origin is Literal:
        return LiteralKind(args)
    if hint in _SCALARS:
        return _SCALARS[hint]()
    raise TypeError(f"the YAML loader has no kind for {hint!r}: add one to typed_yaml.py")


_SCALARS: dict[Any, type[Kind]] = {str: StrKind, int: IntKind, date: DateKind}


def field_hints(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if not f.metadata.get("internal")}


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag.endswith(":null")


def _required(field: dataclasses.Field) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


def _lower_first(text: str) -> str:
    """A field's doc as the end of a sentence: "The question." → "the question"; "HR's …" stays."""
    text = text.rstrip(".")
    return text if re.match(r"[A-Z]{2}", text) else text[:1].lower() + text[1:]


def _count(number: int) -> str:
    return f"{number:,}"


def _size(characters: int) -> str:
    return f"{characters / 1_000_000:.1f} million" if characters >= 1_000_000 else _count(characters)


# ---------------------------------------------------------------- conversion


class Converter:
    """Converts nodes of one file, recording problems against that file."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = problems
        self.budget = limits.MAX_EXPANDED
        self.exhausted = False

    def convert(self, node: Node, hint: Any, name: str) -> Any:
        """A value of type `hint` from the node, or INVALID once its problems are recorded."""
        return self.visit(node, kind_of(hint), name)

    def visit(self, node: Node, kind: Kind, name: str) -> Any:
        if not self._spend(node):
            return INVALID
        return kind.convert(node, self, name)

    def where(self, node: Node) -> Where:
        return Where(self.file, node.start_mark.line + 1)

    def fail(self, node: Node, message: str) -> object:
        self.problems.append(Problem(self.where(node), message))
        return INVALID

    def _spend(self, node: Node) -> bool:
        """Count a node (and its characters) against the file's budget; False once it is spent."""
        if self.exhausted:
            return False
        self.budget -= 1 + (len(node.value) if isinstance(node, ScalarNode) else 0)
        if self.budget < 0:
            self.exhausted = True
            self.fail(
                node,
                f"this file repeats anchored values (`&name`) through aliases (`*name`) so often that, "
                f"written out, it would be larger than a file may be ({limits.MAX_FILE_BYTES // 1000} "
                "KB): write the values out, or repeat them less.",
            )
            return False
        return True

    def pairs(self, node: MappingNode) -> Any:
        """A block's (key, key node, value node) triples, or INVALID when a key cannot be a field's name."""
        seen: dict[str, Node] = {}
        for key_node, _value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.fail(key_node, "a name before a colon must be a plain word, not a list or a block.")
                return INVALID
            key = str(key_node.value)
            if key == "<<":
                self.fail(
                    key_node, "`<<:` (merging a block into another) is not used in these files: write the fields out."
                )
                return INVALID
            if key in seen:
                self.fail(
                    key_node,
                    f'"{key}" is written twice in this block '
                    f"(first on line {seen[key].start_mark.line + 1}); keep one.",
                )
                return INVALID
            seen[key] = key_node
        return [(Located(str(k.value), self.where(k)), k, v) for k, v in node.value]
