"""How big anything typed into the YAML may be, so that no file can make the site huge or the build slow.

Limits are keyed by field name, so a field added to the model later gets the limit of its kind without a
change here (a text field not listed counts as a lesson text, a list not listed may hold `MAX_ITEMS`).
The loader applies them while converting (`typed_yaml.py`), at the value's own line; `schema.py` writes the
same numbers into the JSON Schemas, so HR's editor flags them while typing.
"""

from __future__ import annotations

from dataclasses import dataclass

RULE_COUNT = 39

# A file is read only up to this size; anything larger is refused before it is parsed. The largest file
# today (interface.yml) is 18 KB, a lesson about 10 KB.
MAX_FILE_BYTES = 200_000

# Aliases (`*name`) repeat an anchored value (`&name`) without writing it out again. Converting a file may
# visit at most this many nodes and characters, counting every repetition: what a file of the largest size
# could hold written out. Without aliases no file comes near it.
MAX_EXPANDED = 2 * MAX_FILE_BYTES


@dataclass(frozen=True)
class Length:
    kind: str  # how the limit reads in a message: "a title or name"
    chars: int  # the most characters, in each language
    why: str  # the end of the message's first half


TITLE = Length("a title or name", 150, "to fit a phone's screen")  # two or three lines on a phone
LINE = Length("a one-line text", 400, "to fit a phone's screen")  # a phrase, a question, a label
BODY = Length("a lesson text", 2000, "to keep a day to a few minutes' reading")  # a paragraph, at most
ID = Length("an id", 60, "as it goes into web addresses")  # and into file names

_TITLES = {"title", "name", "original_km"}
_LINES = {
    "say",
    "not_say",
    "practice",
    "reflection",
    "options",
    "text",
    "feedback",
    "explanation",
    "sub_questions",
    "watch",
    "ask",
    "note",
    "then",
    "interface",
    "means",
    "short",
}
_IDS = {
    "id",
    "lesson",
    "lessons",
    "roles",
    "required",
    "optional",
    "departments",
    "sources",
    "levels",
    "areas",
    "kind",
    "level",
    "languages",
    "partial_languages",
    "fallback",
}


def length_of(field: str) -> Length:
    """The length limit of a field, by its name (`title`, `interface.all_days`, `pins`, …)."""
    field = field.split(".")[0]
    if field in _TITLES:
        return TITLE
    if field in _LINES:
        return LINE
    if field in _IDS:
        return ID
    return BODY


# The most items a list may hold.
MAX_ITEMS = 100
ITEMS = {"roles": 20, "departments": 100, "cohorts": 100, "pins": 50, "languages": 10, "partial_languages": 10}


def items_of(field: str) -> int:
    return ITEMS.get(field, MAX_ITEMS)


MAX_DAYS = 100


@dataclass(frozen=True)
class Range:
    low: int
    high: int
    why: str = ""  # the end of "… must be from 1 to 39" + why


RANGES = {
    "number": Range(1, RULE_COUNT, f" (there are {RULE_COUNT} rules, numbered 1 to {RULE_COUNT})"),
    "days": Range(1, MAX_DAYS, " (the program is usually 30 days)"),
    "day": Range(1, MAX_DAYS),
    "reading_minutes": Range(1, 60),
    "words_per_minute": Range(50, 1000),
    "order": Range(0, 1000),
}
