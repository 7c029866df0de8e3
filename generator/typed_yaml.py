"""Turn YAML into the model's dataclasses, checking every value against the field's type.

Works on PyYAML's node tree rather than on plain dicts, so that every problem can name the
line it is on. Problems are collected, not raised, so HR sees all of them in one run.

Parsing uses libyaml (`yaml.CSafeLoader`) when PyYAML has it, the pure-Python SafeLoader otherwise; both
give the same nodes with the same line marks. An alias (`*name`) is the anchored node itself, not a copy,
so composing stays as small as the file; converting follows every repetition, so it counts what it visits
against `limits.MAX_EXPANDED`. Depth is bounded too: libyaml refuses nesting deeper than 1,000, the
pure-Python loader runs out of recursion (both reported as a problem), and conversion only goes as deep as
the model's types.
"""

from __future__ import annotations

import dataclasses
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
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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


# ---------------------------------------------------------------- parsing

_TAB_INDENT = re.compile(r"^[ ]*\t")


def _syntax_message(problem: str, context: str, line: str) -> tuple[str, bool]:
    """A YAML syntax error in plain words, and whether it is better placed at its context mark."""
    if "nesting depth" in problem:
        return (
            "it nests lists and blocks more than 1,000 levels deep, which no file of the program needs. "
            "Check the brackets [ ] and { } and the indentation."
        ), False
    if "single document" in context:
        return (
            "the file holds more than one document (a line `---` starts a new one). Keep only the first, "
            "or remove the `---` line."
        ), False
    if "undefined alias" in problem:
        return (
            "a `*name` here repeats an anchor `&name` that is not written above it. Write `&name` on the "
            "value to repeat, or write the value out."
        ), False
    if "quoted scalar" in context and "end of stream" in problem:
        return ("a text opened with a quote here is never closed. End it with the same quote (\" or ')."), True
    if "mapping values are not allowed" in problem:
        if len(re.findall(r":(\s|$)", line)) >= 2:
            return (
                "this line has a second colon (`: `) after its name. Put the text after the first colon in "
                'double quotes, like `title: "Rule 1: smile"`.'
            ), False
        return (
            "this line is indented further than the field above it, so it reads as part of that field's "
            "value. Line it up with the other fields of its block."
        ), False
    if "expected key" in problem or "expected '-'" in problem or "expected <block end>" in problem:
        return (
            "this line does not line up with the lines above it. Indent it with the same number of spaces "
            "as the other fields of its block."
        ), False
    if "could not find expected ':'" in problem:
        return (
            "a line near here is neither a `name: value` line nor an item `- …`. Add the colon, or put a "
            "text that runs over several lines in quotes."
        ), True
    return (f"{problem or context}. Check the indentation, and that every text with a colon is in quotes."), False


def _unclosed_quote(lines: list[str], line: int) -> int:
    """The line, at or just above an error, whose double quotes do not pair up: a text left open there
    runs on into the next lines, and YAML stumbles only later."""
    for number in (line, line - 1):
        if 1 <= number <= len(lines):
            code = re.sub(r'\\"', "", lines[number - 1])
            code = re.sub(r'"[^"]*"', "", code)
            if '"' in code.split(" #")[0]:
                return number
    return 0


def parse(text: str, file: str, problems: list[Problem]) -> Node | None:
    """Parse YAML text into a node tree; a syntax error becomes one problem, in plain words."""
    invalid = "this is not valid YAML: "
    try:
        return yaml.compose(text, Loader=LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        lines = text.splitlines()
        tabbed = [n for n, content in enumerate(lines[: max(line, 1)], 1) if _TAB_INDENT.match(content)]
        if tabbed:
            problems.append(
                Problem(
                    Where(file, tabbed[-1]),
                    f"{invalid}this line is indented with a tab, and YAML "
                    "wants spaces. Replace the tab with spaces, lined up with the lines above.",
                )
            )
            return None
        content = lines[line - 1] if 0 < line <= len(lines) else ""
        message, at_context = _syntax_message(str(error.problem or ""), str(error.context or ""), content)
        unclosed = _unclosed_quote(lines, line)
        if unclosed:
            message, at_context, line = _syntax_message("end of stream", "quoted scalar", "")[0], False, unclosed
        if at_context and error.context_mark:
            line = error.context_mark.line + 1
        problems.append(Problem(Where(file, line), invalid + message))
    except yaml.reader.ReaderError as error:  # a character no YAML file may hold, like NUL or a control code
        character = chr(error.character) if isinstance(error.character, int) else str(error.character)
        at = text.find(character)
        line = text.count("\n", 0, at) + 1 if at >= 0 else 1
        problems.append(
            Problem(
                Where(file, line),
                f"this line holds an invisible control character "
                f"(U+{ord(character):04X}) that a text file cannot have, often pasted from "
                "another program: delete it.",
            )
        )
    except RecursionError:  # the pure-Python loader, on very deep nesting
        problems.append(
            Problem(
                Where(file, 1),
                f"{invalid}it nests lists and blocks too deeply to read, which no "
                "file of the program needs. Check the brackets [ ] and { } and the indentation.",
            )
        )
    return None


# ---------------------------------------------------------------- types in words


def describe(hint: Any) -> str:
    """How a type reads to a person editing the file."""
    if _is_optional(hint):
        hint = _without_none(hint)
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
        return "one of " + and_list(typing.get_args(hint), "or")
    if hint is tuple or origin is tuple:
        return "a list (each item on its own line starting with `- `, or [a, b])"
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return f"{a_noun(hint)} (a block of `name: value` lines)"
    if hint in (dict, abc.Mapping) or origin in (abc.Mapping, dict):
        return "a block of `name: value` lines"
    return "something else"


def _is_optional(hint: Any) -> bool:
    return typing.get_origin(hint) in (Union, types.UnionType) and type(None) in typing.get_args(hint)


def _without_none(hint: Any) -> Any:
    return next(a for a in typing.get_args(hint) if a is not type(None))


def field_hints(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if not f.metadata.get("internal")}


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

    def convert(self, node: Node, hint: Any, name: str) -> Any:
        if not self._spend(node):
            return INVALID
        if _is_optional(hint):
            if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
                return None
            hint = _without_none(hint)
        origin = typing.get_origin(hint)
        if hint is Text:
            return self._text(node, name)
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
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
        quoted = node.style in ('"', "'")
        if hint is int:
            return self._int(node, name, quoted)
        try:
            value = _constructor.construct_object(node)
        except (yaml.constructor.ConstructorError, ValueError, OverflowError):
            value = INVALID
        finally:  # the constructor remembers every node it built: forget it, or each load() would pile up
            _constructor.constructed_objects.pop(node, None)
        if value is INVALID:
            return self.fail(
                node,
                f'{wrong}, but "{node.value}" is not a real one.'
                if hint is date
                else f'{wrong}, but "{node.value}" is not.',
            )
        if typing.get_origin(hint) is Literal:
            choices = typing.get_args(hint)
            if value in choices:
                return value
            return self.fail(
                node,
                f'"{name}" is "{node.value}", which is not one of: {", ".join(choices)}.'
                f"{did_you_mean(str(node.value), choices)}",
            )
        if hint is str:
            if value is None or isinstance(value, (list, dict)) or node.value == "":
                return self.fail(node, f'"{name}" is empty: write {describe(hint)}.')
            return self._length(node, name, Located(str(node.value), self.where(node)))
        if hint is date:
            return self._date(node, value, wrong)
        if hint is bool and not isinstance(value, bool):
            fix = (
                f" Write {node.value.strip().lower()} without quotes."
                if quoted and node.value.strip().lower() in ("true", "false")
                else ""
            )
            return self.fail(node, f'{wrong}, but "{node.value}" is not.{fix}')
        return value

    def _int(self, node: ScalarNode, name: str, quoted: bool) -> Any:
        written = node.value.strip()
        bounds = limits.RANGES.get(name)
        within = f": write a number from {bounds.low} to {bounds.high}" if bounds else ""
        if not re.fullmatch(r"[+-]?\d+", written.replace("_", "")):
            hint = ""
            if re.fullmatch(r"[+-]?\d+\.0*", written):
                hint = f" Write {int(float(written))}, without the decimals."
            elif re.match(r"\d+\s", written):
                hint = f" Write only the number, like {written.split()[0]}."
            return self.fail(node, f'"{name}" must be a whole number, but "{node.value}" is not.{hint}')
        if len(written) > 12:
            return self.fail(node, f'"{name}" is a number with {_count(len(written))} digits, far too large{within}.')
        if quoted:
            return self.fail(node, f'"{name}" must be a whole number: write {int(written)} without quotes.')
        value = int(written.replace("_", ""), 10)  # 07 and 010 mean seven and ten, not octal as in YAML 1.1
        if bounds and not bounds.low <= value <= bounds.high:
            return self.fail(
                node, f'"{name}" is {value}, but it must be from {bounds.low} to {bounds.high}{bounds.why}.'
            )
        return value

    def _length(self, node: Node, name: str, value: str) -> Any:
        limit = limits.length_of(name)
        if len(value) <= limit.chars:
            return value
        field, _, lang = name.rpartition(".")
        what = f'the {lang} text of "{field}"' if field else f'"{name}"'
        return self.fail(
            node,
            f"{what} is {_size(len(value))} characters long, and {limit.kind} may have at most "
            f"{_count(limit.chars)}, {limit.why}: shorten it.",
        )

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
        return Text(by_lang={lang: str(text) for lang, text in texts.items()}, where=self.where(node))

    def _list(self, node: Node, item: Any, name: str) -> Any:
        if isinstance(node, ScalarNode) and node.tag.endswith(":null"):
            return ()
        if not isinstance(node, SequenceNode):
            return self.fail(node, f'"{name}" must be {describe(tuple)}.')
        most = limits.items_of(name)
        if len(node.value) > most:
            return self.fail(node, f'"{name}" lists {_count(len(node.value))} items, and it may list at most {most}.')
        items = [self.convert(child, item, name) for child in node.value]
        return INVALID if any(i is INVALID for i in items) else tuple(items)

    def _pairs(self, node: MappingNode) -> Any:
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

    def _mapping(self, node: Node, value_hint: Any, name: str) -> Any:
        if not isinstance(node, MappingNode):
            return self.fail(node, f'"{name}" must be {describe(dict)}.')
        pairs = self._pairs(node)
        if pairs is INVALID:
            return INVALID
        values = {key: self.convert(value, value_hint, f"{name}.{key}") for key, _, value in pairs}
        return INVALID if any(v is INVALID for v in values.values()) else values

    def dataclass(self, node: Node, cls: type, name: str) -> Any:
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
                close = suggest(key, [name for name in hints if name not in (k for k, _, _ in pairs)])
                hint = f' Did you mean "{close}"?' if close else ""
                self.fail(
                    key_node, f'"{key}" is not a field of {a_noun(cls)}.{hint} The fields are: {", ".join(hints)}.'
                )
                ok = False
                continue
            values[key] = self.convert(value_node, hints[key], key)
            ok = ok and values[key] is not INVALID
        for missing in (n for n in hints if n not in values and _required(fields[n])):
            about = fields[missing].metadata.get("doc") or describe(hints[missing])
            self.fail(node, f'this {noun(cls)} has no "{missing}": add `{missing}:` ({_lower_first(about)}).')
            ok = False
        if not ok:
            return INVALID
        if "where" in fields:
            values["where"] = self.where(node)
        return cls(**values)


def _lower_first(text: str) -> str:
    """A field's doc as the end of a sentence: "The question." → "the question"; "HR's …" stays."""
    text = text.rstrip(".")
    return text if re.match(r"[A-Z]{2}", text) else text[:1].lower() + text[1:]


def _required(field: dataclasses.Field) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
