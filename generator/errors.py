"""Problems in the input, reported as `file:line: what is wrong, and how to fix it`, in HR's words.

Also the few helpers every message uses, so that they all read alike: a model class's plain name
("a quiz question", "the at-work part"), lists written as "a, b and c", and "Did you mean" suggestions.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Where


@dataclass(frozen=True)
class Problem:
    where: Where
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if str(self.where) else self.message


class InputError(Exception):
    """One or more problems in the YAML; the build stops and nothing is written."""

    def __init__(self, problems: list[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(map(str, self.problems)))


# ---------------------------------------------------------------- plain names of the model's classes

# The name a person editing the YAML knows a block by. A class not listed is named from its class name
# split into words (`StaffPart` → "staff part"), so a new class reads well without a change here.
_NOUNS = {
    "AtWork": "at-work part",
    "RankParts": "at-work part",
    "QuizQuestion": "quiz question",
    "BigQuestion": "Big Question",
    "Focus": "focus block",
    "Settings": "settings block",
    "Program": "program file",
    "Huddle": "huddle guide",
    "Option": "answer option",
}


def noun(cls: type) -> str:
    """A class's plain name, without an article: "quiz question"."""
    name = cls.__name__
    return _NOUNS.get(name) or re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def a_noun(cls: type) -> str:
    """With its article: "a quiz question", "an answer option"."""
    word = noun(cls)
    return ("an " if word[0].lower() in "aeiou" else "a ") + word


# ---------------------------------------------------------------- lists and suggestions


def and_list(items: Iterable[object], word: str = "and") -> str:
    """["a", "b", "c"] → "a, b and c"."""
    texts = [str(item) for item in items]
    return texts[0] if len(texts) == 1 else f"{', '.join(texts[:-1])} {word} {texts[-1]}" if texts else ""


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def _loose(text: str) -> str:
    """What a name is when case, `_` or spaces for `-`, and leading zeros do not count: Rule_7 → rule-7."""
    text = re.sub(r"[\s_]+", "-", text.strip().lower())
    return re.sub(r"\d+", lambda m: str(int(m.group())), text)


def suggest(name: str, known: Iterable[str]) -> str | None:
    """The one known name that `name` was meant to be, or None when that is not clear.

    First the names it equals once case, dashes against underscores or spaces, a missing dash and leading
    zeros are set aside (rule-7, rule_07, Rule-07 and rule07 all mean rule-07). Then a close spelling
    (marketting → marketing), but only among names with the same numbers: rule-40 is not rule-04.
    """
    known = sorted(set(map(str, known)))
    for same in (_loose, lambda text: _loose(text).replace("-", "")):
        matches = [k for k in known if same(k) == same(name)]
        if len(matches) == 1:
            return matches[0]
    numbers = _numbers(name)
    candidates = {_loose(k): k for k in known if _numbers(k) == numbers}
    close = difflib.get_close_matches(_loose(name), list(candidates), n=2, cutoff=0.7)
    if (
        len(close) == 2
        and difflib.SequenceMatcher(None, _loose(name), close[0]).ratio()
        == difflib.SequenceMatcher(None, _loose(name), close[1]).ratio()
    ):
        return None  # two names as close: a guess would be a coin toss
    return candidates[close[0]] if close else None


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """' Did you mean "x"?' when there is a clear suggestion, else ''."""
    close = suggest(name, known)
    return f' Did you mean "{close}"?' if close and close != name else ""
