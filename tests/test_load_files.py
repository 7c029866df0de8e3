"""Every file is checked whatever it holds, parsing is fast and bounded, and a few rules of HR's words."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, edit

from generator import model, yaml_text
from generator.errors import InputError, a_noun, noun, suggest
from generator.load import load

FILES = ["program.yml", "tips.yml", "big-questions.yml", "modules.yml", "interface.yml", "lessons/rule-07.yml"]
LOADERS = [pytest.param(yaml.SafeLoader, id="pure-python")]
if hasattr(yaml, "CSafeLoader"):
    LOADERS.insert(0, pytest.param(yaml.CSafeLoader, id="libyaml"))


def problems_of(rules: Path, program_file: Path | None = None) -> list[str]:
    with pytest.raises(InputError) as caught:
        load(rules, program_file)
    return [str(p).replace(str(rules), "rules") for p in caught.value.problems]


@pytest.fixture(params=LOADERS)
def loader(request, monkeypatch):
    monkeypatch.setattr(yaml_text, "LOADER", request.param)
    return request.param


# ---------------------------------------------------------------- files, whatever they hold


@pytest.mark.parametrize("name", FILES)
def test_a_file_of_comments_only_is_empty(rules, name):
    path = rules / name
    path.write_text(
        "".join(line for line in path.read_text(encoding="utf-8").splitlines(True) if line.startswith("#")),
        encoding="utf-8",
    )
    [problem] = problems_of(rules)
    assert problem.startswith(f"rules/{name}:1: this file is empty (it holds only comments): it must hold ")
    assert "no lesson file" not in problem


@pytest.mark.parametrize("command", ["check", "build"])
def test_an_empty_program_file_is_a_message_in_check_and_build(rules, tmp_path, command):
    (rules / "program.yml").write_text("# everything deleted\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "--rules",
            str(rules),
            command,
            *(["--site-dir", str(tmp_path / "site")] if command == "build" else []),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert "program.yml:1: this file is empty" in result.stderr


def test_a_file_that_is_not_a_file_or_not_text(rules):
    (rules / "lessons" / "folder.yml").mkdir()  # not a lesson: ignored
    (rules / "tips.yml").write_bytes("tips: [caf\xe9]\n".encode("latin-1"))
    (rules / "big-questions.yml").write_text("questions:\n  - id: \x00\n", encoding="utf-8")
    found = problems_of(rules, program_file=rules)
    assert found == [
        "rules/tips.yml:1: this file is not UTF-8 text: save it as UTF-8.",
        "rules/big-questions.yml:2: this line holds an invisible control character (U+0000) that a text file "
        "cannot have, often pasted from another program: delete it.",
        "rules: this is a folder or a device, not a file: put the file here.",
    ]


def test_a_5_mb_lesson_is_refused_in_about_a_second(rules):
    edit(rules / "lessons" / "rule-07.yml", "why:\n", "why: " + "x" * 5_000_000 + "\nwhy_again:\n")
    started = time.perf_counter()
    [problem] = problems_of(rules)
    took = time.perf_counter() - started
    assert problem.startswith("rules/lessons/rule-07.yml:1: this file is 5.0 MB and a file here may be at most 200 KB")
    assert took < 1.5, f"{took:.2f} s"


def test_a_long_text_under_the_file_limit_is_refused_at_its_line(rules):
    edit(rules / "lessons" / "rule-07.yml", "why:\n  vi: >-\n", "why:\n  vi: >-\n    " + "chu " * 45_000 + "\n")
    started = time.perf_counter()
    [problem] = problems_of(rules)
    assert time.perf_counter() - started < 1.5
    line = (rules / "lessons" / "rule-07.yml").read_text().splitlines().index("why:") + 2
    assert problem.startswith(f'rules/lessons/rule-07.yml:{line}: the vi text of "why" is 180,')
    assert problem.endswith(
        "characters long, and a lesson text may have at most 2,000, to keep a day to a few "
        "minutes' reading: shorten it."
    )


# ---------------------------------------------------------------- languages


def _line_of(path: Path, text: str) -> int:
    """The line of the file that holds text: messages are checked at the line they name, wherever it moves."""
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_a_language_the_program_does_not_have(rules):
    edit(
        rules / "program.yml",
        'name: {vi: "Tổng đài", en: "Call centre"}',
        'name: {vi: "Tổng đài", en: "Call centre", xx: "?"}',
    )
    [problem] = problems_of(rules)
    line = _line_of(rules / "program.yml", "xx:")
    assert problem.startswith(
        f'rules/program.yml:{line}: "xx" is not a language of this program, which has vi, en and km'
    )


def test_names_in_the_main_language_only_fall_back_with_one_warning(rules):
    for old in (
        'name: {vi: "Tổng đài", en: "Call centre"}',
        'name: {vi: "Trưởng nhóm", en: "Team lead"}',
        'name: {vi: "Khóa thí điểm", en: "Pilot cohort"}',
    ):
        edit(rules / "program.yml", old, old.split(", en:")[0] + "}")
    warnings: list = []
    _, program = load(rules, warnings=warnings)
    lead, hotline, pilot = (
        _line_of(rules / "program.yml", f'name: {{vi: "{name}"}}')
        for name in ("Trưởng nhóm", "Tổng đài", "Khóa thí điểm")
    )
    assert [str(w).replace(str(rules), "rules") for w in warnings] == [
        f'rules/program.yml:{lead}: 3 names are written in vi only, so the en pages show them in vi: role "lead" '
        f'(line {lead}), department "hotline" (line {hotline}) and cohort "pilot-2026-11" (line {pilot}). To '
        "translate them, add `en: …` to each."
    ]
    hotline = next(d for d in program.departments if d.id == "hotline")
    assert hotline.name.get("en") == hotline.name.get("vi") == "Tổng đài"
    assert load(rules)[1] == program, "without a warnings list, the same program"


def test_other_texts_still_need_every_language(rules):
    edit(rules / "lessons" / "rule-07.yml", '  en: "Always look the part"\n', "")
    [problem] = problems_of(rules)
    assert problem == "rules/lessons/rule-07.yml:6: this text has no en version: add a line `en: …` to it."


# ---------------------------------------------------------------- parsing: libyaml, bounded


def test_libyaml_parses_when_pyyaml_has_it():
    if yaml.__with_libyaml__:
        assert yaml_text.LOADER is yaml.CSafeLoader


def test_both_loaders_give_the_same_model(monkeypatch):
    fast = load(ROOT / "rules")
    monkeypatch.setattr(yaml_text, "LOADER", yaml.SafeLoader)
    slow = load(ROOT / "rules")
    assert fast == slow
    assert [t.where for t in fast[0].tips] == [t.where for t in slow[0].tips]
    assert [d.name.where for d in fast[1].departments] == [d.name.where for d in slow[1].departments]


def test_anchors_and_aliases_still_work(rules, loader):
    edit(
        rules / "program.yml",
        "    roles: [staff, lead, manager]\n    areas: [sales, service]",
        "    roles: &everyone [staff, lead, manager]\n    areas: [sales, service]",
    )
    edit(
        rules / "program.yml",
        "    roles: [staff, lead, manager]\n    areas: [service, complaints]",
        "    roles: *everyone\n    areas: [service, complaints]",
    )
    _, program = load(rules)
    assert program.departments[1].roles == ("staff", "lead", "manager")


def test_aliases_are_bounded(rules, loader):
    """A block of 42 aliases to a 1,900-character text, used twice in a tip repeated 100 times: a file of
    4 KB that would be 16 MB of text followed out. Refused at once, as one problem."""
    repeated = ", ".join(f"x{n}: *long" for n in range(40))
    bomb = (
        f'tips:\n  - &bomb\n    id: tip-bomb\n    title: {{vi: a, en: a}}\n    sources: ["000:1"]\n'
        f'    do: &do {{vi: &long "{"x" * 1900}", en: *long, {repeated}}}\n    say: {{vi: a, en: a}}\n'
        f"    avoid: *do\n" + "  - *bomb\n" * 99
    )
    (rules / "tips.yml").write_text(bomb, encoding="utf-8")
    started = time.perf_counter()
    [problem] = problems_of(rules)
    assert time.perf_counter() - started < 2
    assert problem == (
        "rules/tips.yml:6: this file repeats anchored values (`&name`) through aliases (`*name`) so "
        "often that, written out, it would be larger than a file may be (200 KB): write the values "
        "out, or repeat them less."
    )


def test_an_alias_inside_itself_is_a_message(rules, loader):
    edit(rules / "lessons" / "rule-07.yml", 'title:\n  vi: "Luôn chỉnh tề"', "title: &t\n  vi: *t")
    [problem] = problems_of(rules)
    assert problem == ('rules/lessons/rule-07.yml:5: "title.vi" must be a text, not a list or a block.')


@pytest.mark.parametrize("nested", ["[" * 90_000 + "]" * 90_000, "{a: " * 30_000 + "1" + "}" * 30_000])
def test_deep_nesting_is_a_message(rules, loader, nested):
    edit(rules / "lessons" / "rule-07.yml", 'sources: ["000:1.7", "000:1.7.1"]', "sources: " + nested)
    [problem] = problems_of(rules)
    assert (
        problem.startswith("rules/lessons/rule-07.yml:")
        and "this is not valid YAML: it nests lists and blocks" in problem
    )


def test_located_names_are_plain_text_to_everything_after_the_loader():
    _, program = load(ROOT / "rules")
    department = program.departments[0]
    assert isinstance(department.roles[0], str) and department.roles[0] == "staff"
    assert department.roles[0].where.line > 1
    assert yaml.safe_load(yaml.safe_dump(list(department.required))) == list(department.required)
    assert json.loads(json.dumps({department.id: department.roles})) == {"shop-floor": ["staff", "lead", "manager"]}


# ---------------------------------------------------------------- HR's words


def test_every_model_class_has_a_plain_name():
    assert a_noun(model.QuizQuestion) == "a quiz question"
    assert noun(model.AtWork) == "at-work part" and a_noun(model.AtWork) == "an at-work part"
    assert a_noun(model.BigQuestion) == "a Big Question"
    for cls in vars(model).values():
        if isinstance(cls, type) and dataclasses.is_dataclass(cls):
            name = noun(cls)
            assert name.islower() or name == "Big Question", (cls, name)
            if sum(c.isupper() for c in cls.__name__) > 1:
                assert " " in name or "-" in name, f"{cls.__name__} needs a plain name: {name!r}"


@pytest.mark.parametrize(
    "typed,meant",
    [
        ("rule-7", "rule-07"),
        ("rule7", "rule-07"),
        ("Rule_07", "rule-07"),
        ("rule-007", "rule-07"),
        ("RULE-07", "rule-07"),
        ("exp_measure", "exp-measure"),
        ("Hotline", "hotline"),
        ("marketting", "marketing"),
        ("service-tipz", "service-tips"),
        ("manger", "manager"),
        ("shop floor", "shop-floor"),
        ("rule-40", None),
        ("rule-333", None),
        ("boss", None),
    ],
)
def test_did_you_mean_means_it(typed, meant):
    known = [f"rule-{n:02d}" for n in range(1, 40)] + [
        "exp-measure",
        "hotline",
        "marketing",
        "service-tips",
        "manager",
        "shop-floor",
        "staff",
        "lead",
    ]
    assert suggest(typed, known) == meant


HOSTILE = [
    "~",
    "[]",
    "42",
    "- a",
    "!!binary aGk=",
    "? [a]\n: b",
    "a: &a [*a]",
    "<<: {a: 1}",
    "\ufeff",
    "1: 2",
    "x: !!python/object/apply:os.system [echo]",
    "a: b\n a: c",
    "'unclosed",
    "%YAML 1.1\n---\na: 1",
    "tips: [1, {id: [a]}]",
    "questions: ~",
    "modules: [{id: m, order: x}]",
    "title: {vi: [a], en: {b: c}}",
    "x: 2027-13-45",
    "\x1b[31m",
]


@pytest.mark.parametrize("name", FILES)
def test_whatever_a_file_holds_is_a_message_not_a_traceback(rules, name):
    from test_load_messages import PYTHON_WORDS

    for content in HOSTILE:
        (rules / name).write_text(content, encoding="utf-8")
        found = problems_of(rules)
        assert found, content
        for problem in found:
            assert not PYTHON_WORDS.search(problem.split(": ", 1)[1]), (content, problem)
