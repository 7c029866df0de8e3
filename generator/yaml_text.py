"""Read YAML text into PyYAML's node tree, which keeps every value's line; a syntax error becomes one problem in
plain words (what HR sees in GitHub's web editor), never a traceback.

Uses libyaml (`yaml.CSafeLoader`) when PyYAML has it, the pure-Python SafeLoader otherwise; both give the same
nodes with the same line marks. Depth is bounded: libyaml refuses nesting deeper than 1,000, and the pure-Python
loader runs out of recursion; both are reported as a problem.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import Node

from .errors import Problem
from .model import Where

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

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
