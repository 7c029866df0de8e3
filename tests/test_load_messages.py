"""What HR sees for each kind of mistake: one message, at the mistake's own line, in plain words.

Each case breaks a copy of rules/ the way a person editing it might, and expects exactly one problem.
The README's table "What HR sees when something is wrong" is checked against the same cases.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import ROOT

from generator.errors import InputError
from generator.load import load

TITLE_07 = '  en: "Always look the part"'
SUMMARY = '      en: "Why customer care is everyone\'s job, and the basics that are never to be neglected."'
SETTINGS_TITLE = 'title: {vi: "30 ngày phục vụ khách hàng", en: "30 days of customer service"}'


def alias_bomb(text: str) -> str:
    """A tip whose texts repeat one long text 40 times, the tip then repeated: each alias is a few
    characters in the file, and megabytes once followed."""
    repeated = ", ".join(f"x{n}: *long" for n in range(40))
    long = "x" * 1900
    bomb = (
        f'  - &bomb\n    id: tip-bomb\n    title: {{vi: a, en: a}}\n    sources: ["000:1"]\n'
        f'    do: &do {{vi: &long "{long}", en: *long, {repeated}}}\n    say: {{vi: a, en: a}}\n'
        f"    avoid: *do\n" + "  - *bomb\n" * 5
    )
    return text.replace("tips:\n", "tips:\n" + bomb, 1)


def comments_only(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))


class Case(NamedTuple):
    mistake: str  # the README's words for it
    file: str  # under rules/
    change: tuple[str, str] | Callable[[str], str]  # (old, new) once, or a function of the text
    at: str | int  # the line: a piece of the changed file, or its number
    message: str  # what HR sees after `rules/FILE:LINE: `


CASES = [
    Case(
        "A file emptied down to its comments",
        "program.yml",
        comments_only,
        1,
        "this file is empty (it holds only comments): it must hold `settings:`, `roles:`, `departments:` and "
        "`cohorts:`. Restore it from the repository's history, or write them back.",
    ),
    Case(
        "A lesson file reduced to its comment line",
        "lessons/rule-07.yml",
        comments_only,
        1,
        "this file is empty (it holds only comments): it must hold a lesson, starting with `id:` (rules/STYLE.md "
        "lists its fields). Restore it from the repository's history, or write them back.",
    ),
    Case(
        "A file over 200 KB",
        "lessons/rule-07.yml",
        (TITLE_07, '  en: "' + "x" * 5_000_000 + '"'),
        1,
        "this file is 5.0 MB and a file here may be at most 200 KB (a lesson is about 10 KB), so it was not "
        "read: shorten it, or split it.",
    ),
    Case(
        "A tab in the indentation",
        "program.yml",
        ("  days: 30\n", "\tdays: 30\n"),
        "\tdays: 30",
        "this is not valid YAML: this line is indented with a tab, and YAML wants spaces. Replace the tab with "
        "spaces, lined up with the lines above.",
    ),
    Case(
        "A line indented too far",
        "program.yml",
        ("  days: 30\n", "  days: 30\n    reading: 5\n"),
        "reading: 5",
        "this is not valid YAML: this line is indented further than the field above it, so it reads as part of "
        "that field's value. Line it up with the other fields of its block.",
    ),
    Case(
        "A colon inside a text without quotes",
        "lessons/rule-07.yml",
        (TITLE_07, "  en: Rule 7: look the part"),
        "Rule 7:",
        "this is not valid YAML: this line has a second colon (`: `) after its name. Put the text after the first "
        'colon in double quotes, like `title: "Rule 1: smile"`.',
    ),
    Case(
        "A quote that is never closed",
        "lessons/rule-07.yml",
        (TITLE_07, '  en: "Always look the part'),
        '"Always look the part',
        "this is not valid YAML: a text opened with a quote here is never closed. End it with the same quote "
        "(\" or ').",
    ),
    Case(
        "Two documents in one file",
        "tips.yml",
        lambda text: text + "---\nmore: 1\n",
        "---",
        "this is not valid YAML: the file holds more than one document (a line `---` starts a new one). Keep "
        "only the first, or remove the `---` line.",
    ),
    Case(
        "An anchor (`&name`) repeated by aliases (`*name`) beyond what a file may hold",
        "tips.yml",
        alias_bomb,
        "do: &do",
        "this file repeats anchored values (`&name`) through aliases (`*name`) so often that, written out, it "
        "would be larger than a file may be (200 KB): write the values out, or repeat them less.",
    ),
    Case(
        "An invisible control character",
        "lessons/rule-07.yml",
        (TITLE_07, '  en: "Always look\x07 the part"'),
        "Always look",
        "this line holds an invisible control character (U+0007) that a text file cannot have, often pasted "
        "from another program: delete it.",
    ),
    Case(
        "A number in quotes",
        "lessons/rule-07.yml",
        ("number: 7", 'number: "07"'),
        "number:",
        '"number" must be a whole number: write 7 without quotes.',
    ),
    Case(
        "A rule number out of range",
        "lessons/rule-07.yml",
        ("number: 7", "number: 40"),
        "number:",
        '"number" is 40, but it must be from 1 to 39 (there are 39 rules, numbered 1 to 39).',
    ),
    Case(
        "A program of too many days",
        "program.yml",
        ("days: 30", "days: 3000"),
        "days:",
        '"days" is 3000, but it must be from 1 to 100 (the program is usually 30 days).',
    ),
    Case(
        "Words where a number goes",
        "program.yml",
        ("reading_minutes: 5 ", "reading_minutes: 5 minutes "),
        "reading_minutes:",
        '"reading_minutes" must be a whole number, but "5 minutes" is not. Write only the number, like 5.',
    ),
    Case(
        "A date that is not a date",
        "program.yml",
        ("start: 2027-01-04", "start: 4 January"),
        "4 January",
        '"start" must be a date written YYYY-MM-DD, like 2027-03-01, but "4 January" is not.',
    ),
    Case(
        "A list written as plain text",
        "program.yml",
        ("languages: [vi, en]", "languages: vi, en"),
        "languages:",
        '"languages" must be a list (each item on its own line starting with `- `, or [a, b]).',
    ),
    Case(
        "A misspelt field",
        "program.yml",
        ("optional: [service-tips]", "optinal: [service-tips]"),
        "optinal:",
        '"optinal" is not a field of a department. Did you mean "optional"? The fields are: id, name, roles, '
        "areas, required, optional, pins, practice, keywords.",
    ),
    Case(
        "A missing field",
        "program.yml",
        ("    start: 2027-01-04\n", ""),
        "- id: wave-2027-01",
        'this cohort has no "start": add `start:` (day 1 of the program for this cohort, written YYYY-MM-DD).',
    ),
    Case(
        "The same field twice",
        "program.yml",
        ("  days: 30\n", "  days: 30\n  days: 31\n"),
        "days: 31",
        '"days" is written twice in this block (first on line 15); keep one.',
    ),
    Case(
        "A misspelt choice",
        "program.yml",
        ("level: manager", "level: manger"),
        "level: manger",
        '"level" is "manger", which is not one of: staff, lead, manager. Did you mean "manager"?',
    ),
    Case(
        "A text in a language the program does not have",
        "lessons/rule-07.yml",
        (TITLE_07, TITLE_07 + '\n  fr: "Toujours présentable"'),
        "fr:",
        '"fr" is not a language of this program, which has vi, en and km (`languages` and `partial_languages` '
        "in the program file): fix the language code, or remove this line.",
    ),
    Case(
        "A language code mistyped in a name",
        "program.yml",
        ('{vi: "Tổng đài", en: "Call centre"}', '{vi: "Tổng đài", En: "Call centre"}'),
        "En:",
        '"En" is not a language of this program, which has vi, en and km (`languages` and `partial_languages` '
        "in the program file): write en, or remove this line.",
    ),
    Case(
        "A language that is not a language code",
        "program.yml",
        ("partial_languages: [km]", "partial_languages: [Khmer]"),
        "Khmer",
        '"Khmer" is not a language code: write the two or three small letters of the language, like vi, en or km.',
    ),
    Case(
        "A text missing a language (names excepted, see below)",
        "program.yml",
        (SETTINGS_TITLE, 'title: {vi: "30 ngày phục vụ khách hàng"}'),
        "title:",
        "this text has no en version: add a line `en: …` to it.",
    ),
    Case(
        "A title or name too long",
        "lessons/rule-07.yml",
        (TITLE_07, '  en: "' + "Look the part " * 11 + '"'),
        "Look the part",
        'the en text of "title" is 154 characters long, and a title or name may have at most 150, to fit a '
        "phone's screen: shorten it.",
    ),
    Case(
        "A one-line text too long",
        "tips.yml",
        (
            '      en: "“Could you please sign here for me? Thank you very much!”"',
            '      en: "' + "Thank you. " * 40 + '"',
        ),
        "Thank you.",
        'the en text of "say" is 440 characters long, and a one-line text may have at most 400, to fit a '
        "phone's screen: shorten it.",
    ),
    Case(
        "A lesson text too long",
        "modules.yml",
        (SUMMARY, '      en: "' + "Customer care. " * 140 + '"'),
        "Customer care.",
        'the en text of "summary" is 2,100 characters long, and a lesson text may have at most 2,000, to keep a '
        "day to a few minutes' reading: shorten it.",
    ),
    Case(
        "An id too long",
        "program.yml",
        ("- id: hotline", "- id: hotline-" + "x" * 60),
        "- id: hotline-",
        '"id" is 68 characters long, and an id may have at most 60, as it goes into web addresses: shorten it.',
    ),
    Case(
        "An id that is not an id",
        "program.yml",
        ("- id: hotline", "- id: Hotline"),
        "- id: Hotline",
        'the department id "Hotline" goes into web addresses: use only small letters a-z, digits and dashes: '
        '"hotline".',
    ),
    Case(
        "A misspelt department in a cohort",
        "program.yml",
        ("departments: [delivery, marketing]", "departments:\n      - delivery\n      - marketting"),
        "- marketting",
        'cohort "wave-2027-01" names department "marketting", which does not exist. Did you mean "marketing"? '
        "Use a department id from `departments:`.",
    ),
    Case(
        "A department in no cohort",
        "program.yml",
        ("departments: [delivery, marketing]", "departments: [delivery]"),
        "- id: marketing",
        'department "marketing" is in no cohort, so it has no start date: add it to a cohort\'s `departments:`.',
    ),
    Case(
        "A module that does not exist",
        "program.yml",
        ("optional: [service-tips]", "optional: [service-tipz]"),
        "service-tipz",
        'department "delivery" takes module "service-tipz", which does not exist. Did you mean "service-tips"? '
        "Use a module id from rules/modules.yml.",
    ),
    Case(
        "A module none of the department's ranks takes",
        "program.yml",
        (
            "    roles: [staff, lead]\n    areas: [service, complaints]\n"
            "    required: [foundations, etiquette, insight, complaints, delight, leadership]\n"
            "    optional: [conversation]",
            "    roles: [staff]\n    areas: [service, complaints]\n    required: [foundations, etiquette, insight, "
            "complaints, delight, leadership]\n    optional: [conversation, experience-management]",
        ),
        "optional: [conversation, experience-management]",
        'department "hotline" takes module "experience-management", which is for lead and manager only, but its '
        "roles (staff) are of rank staff: nobody in it would read it. Remove it, or give the department a role "
        "of rank lead or manager.",
    ),
    Case(
        "A lesson id without its leading zero",
        "program.yml",
        ("lesson: rule-33", "lesson: rule-7"),
        "lesson: rule-7",
        'department "customer-care" pins lesson "rule-7", which does not exist. Did you mean "rule-07"? Use a '
        "lesson id like rule-33.",
    ),
    Case(
        "A pinned lesson the department does not take",
        "program.yml",
        ("lesson: rule-33", "lesson: exp-measure"),
        "lesson: exp-measure",
        'department "customer-care": exp-measure is pinned to day 1, but it is not in this track: it is in module '
        '"experience-management", which the department does not take. Add "experience-management" to its '
        "`optional:` list, or remove the pin.",
    ),
    Case(
        "A pinned lesson some of its roles do not read",
        "program.yml",
        (
            "    optional: [experience-management]\n",
            "    optional: [experience-management]\n    pins: [{day: 2, lesson: exp-measure}]\n",
        ),
        "pins:",
        'department "shop-floor": exp-measure is pinned to day 2, but it is not in the staff track: module '
        '"experience-management" is for lead and manager only. Pin a lesson that every role of the department '
        "reads, or remove the pin.",
    ),
    Case(
        "One lesson pinned to two days",
        "program.yml",
        ("        lesson: rule-33 ", "        lesson: rule-33\n      - {day: 5, lesson: rule-33}\n        # "),
        "{day: 5",
        'department "customer-care": rule-33 is pinned to two days (1 and 5); keep one pin.',
    ),
    Case(
        "A rule's file that does not say it is a rule",
        "lessons/rule-07.yml",
        ("kind: rule\nnumber: 7\n", "kind: lesson\n"),
        "id: rule-07",
        "rule-07.yml is one of the 39 rules: write `kind: rule` and `number: 7`.",
    ),
]


def line_of(text: str, at: str | int) -> int:
    if isinstance(at, int):
        return at
    return next(n for n, line in enumerate(text.splitlines(), 1) if at in line)


def apply(rules: Path, case: Case) -> int:
    path = rules / case.file
    text = path.read_text(encoding="utf-8")
    if callable(case.change):
        changed = case.change(text)
    else:
        old, new = case.change
        assert old in text, f"{old!r} is not in {case.file}"
        changed = text.replace(old, new, 1)
    path.write_text(changed, encoding="utf-8")
    return line_of(changed, case.at)


def problems_of(rules: Path) -> list[str]:
    with pytest.raises(InputError) as caught:
        load(rules)
    return [str(p).replace(str(rules), "rules") for p in caught.value.problems]


def expected(case: Case, line: int) -> str:
    return f"rules/{case.file}:{line}: {case.message}"


@pytest.mark.parametrize("case", CASES, ids=[c.mistake for c in CASES])
def test_each_mistake_is_one_message_at_its_own_line(rules, case):
    line = apply(rules, case)
    assert problems_of(rules) == [expected(case, line)]


PYTHON_WORDS = re.compile(
    r"<class|typing\.|NoneType|Optional\[|Mapping\[|tuple\[|\bdict\b|\bstr\b|\bint\b|"
    r"Traceback|Error\b|quizquestion|atwork|bigquestion|\ba (?!one)[aeiou]|\ban [^aeiou ]",
    re.I,
)


def test_no_message_speaks_python(rules):
    messages = [case.message for case in CASES]
    for bad in (
        "languages: {vi: 1}",
        "departments: 7",
        "days: yes",
        "days: 3.5",
        "roles: [[staff]]",
        "settings: [1, 2]",
        "fallback: ~",
        "cohorts: {a: 1}",
    ):
        key = bad.split(":")[0]
        text = (ROOT / "rules" / "program.yml").read_text(encoding="utf-8")
        line = next(line for line in text.splitlines() if line.lstrip().startswith(key + ":"))
        (rules / "program.yml").write_text(
            text.replace(line, line[: len(line) - len(line.lstrip())] + bad, 1), encoding="utf-8"
        )
        messages += problems_of(rules)
    assert messages
    for message in messages:
        assert not PYTHON_WORDS.search(message), message


def readme_table() -> list[tuple[str, str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What HR sees when something is wrong", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| mistake")]
    cells = [[cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", row)[1:3]] for row in rows]
    return [(mistake, shown) for mistake, shown in cells]


def test_the_readme_table_shows_what_hr_sees(rules):
    table = dict(readme_table())
    for case in CASES:
        assert case.mistake in table, f"README: add a row for {case.mistake!r}"
        if len(case.message) < 400:  # the long texts are shown shortened
            assert table[case.mistake].endswith(case.message), case.mistake
