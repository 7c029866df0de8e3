"""Loading and validation: the real YAML loads; each kind of bad input is a clear `file:line:` problem."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, edit

from generator.errors import InputError
from generator.load import load


def problems_of(rules: Path) -> list[str]:
    with pytest.raises(InputError) as caught:
        load(rules)
    return [str(p) for p in caught.value.problems]


def test_real_material_loads_completely():
    catalog, program = load(ROOT / "rules")
    assert [rule.number for rule in catalog.rules] == list(range(1, 40))
    assert [rule.id for rule in catalog.rules] == [f"rule-{n:02d}" for n in range(1, 40)]
    assert len(catalog.tips) == 13 and len(catalog.questions) == 4
    assert {"foundations", "etiquette", "complaints", "leadership"} <= set(catalog.modules)
    assert {role.level for role in program.roles} == {"staff", "lead", "manager"}
    for lesson in catalog.lessons.values():
        assert lesson.title.has("vi") and lesson.title.has("en"), lesson.id
        assert 2 <= len(lesson.quiz) <= 3


def test_yaml_syntax_error_names_file_and_line(rules):
    edit(rules / "program.yml", "  days: 30\n", "  days: 30\n   bad indent: [\n")
    [problem] = problems_of(rules)
    assert re.match(r".*rules/program\.yml:\d+: this is not valid YAML", problem)


def test_missing_field(rules):
    edit(rules / "lessons" / "rule-07.yml", "\nwhy:", "\nwhy_not_here:")
    found = problems_of(rules)
    assert any(re.search(r"rule-07\.yml:\d+: \"why_not_here\" is not a field of a lesson", p) for p in found)
    assert any(re.search(r"rule-07\.yml:2: this lesson has no \"why\"", p) for p in found)


def test_wrong_type_for_a_date(rules):
    edit(rules / "program.yml", "start: 2027-01-04", "start: 4 January")
    [problem] = problems_of(rules)
    line = next(i for i, text in enumerate((rules / "program.yml").read_text().splitlines(), 1) if "4 January" in text)
    assert problem.endswith(
        f'program.yml:{line}: "start" must be a date written YYYY-MM-DD, like 2027-03-01, but "4 January" is not.'
    )


def test_wrong_level_suggests_the_right_one(rules):
    edit(rules / "program.yml", "level: manager", "level: manger")
    [problem] = problems_of(rules)
    assert 'Did you mean "manager"?' in problem


def test_duplicated_rule_number(rules):
    edit(rules / "lessons" / "rule-08.yml", "number: 8", "number: 7")
    found = problems_of(rules)
    assert any("rule number 7 is used twice" in p and "rule-07" in p for p in found)


def test_department_names_unknown_module(rules):
    edit(rules / "program.yml", "optional: [service-tips]", "optional: [service-tipz]")
    [problem] = problems_of(rules)
    assert re.search(
        r'program\.yml:\d+: department "delivery" takes module "service-tipz", which does not exist\. '
        r'Did you mean "service-tips"\?',
        problem,
    )


def test_module_names_unknown_lesson(rules):
    edit(rules / "modules.yml", "rule-33, ", "rule-330, ")
    found = problems_of(rules)
    assert any(re.search(r'modules\.yml:\d+: module "complaints" lists lesson "rule-330"', p) for p in found)


def test_cohort_names_unknown_department(rules):
    edit(rules / "program.yml", "departments: [delivery, marketing]", "departments: [delivery, marketting]")
    found = problems_of(rules)
    assert any('names department "marketting"' in p and 'Did you mean "marketing"?' in p for p in found)


def test_missing_translation_points_at_the_text(rules):
    edit(
        rules / "program.yml",
        'title: {vi: "30 ngày phục vụ khách hàng", en: "30 days of customer service"}',
        'title: {vi: "30 ngày phục vụ khách hàng"}',
    )
    [problem] = problems_of(rules)
    assert re.search(r"program\.yml:14: this text has no en version", problem)


def test_key_written_twice(rules):
    edit(rules / "program.yml", "  days: 30\n", "  days: 30\n  days: 31\n")
    [problem] = problems_of(rules)
    assert '"days" is written twice' in problem


def test_cli_reports_without_traceback_and_keeps_the_site(rules, tmp_path):
    edit(rules / "program.yml", "start: 2026-11-16", "start: 2026-13-16")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous site")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--rules", str(rules), "build", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert re.search(r"program\.yml:\d+: \"start\" must be a date", result.stderr)
    assert (site / "index.html").read_text() == "previous site"
    assert [p.name for p in tmp_path.iterdir()] == ["rules", "site"], "no leftover staging folder"


def test_github_annotations(rules):
    edit(rules / "program.yml", "level: lead", "level: boss")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--rules", str(rules), "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_ACTIONS": "true"},
    )
    assert result.returncode == 1
    assert re.search(r"^::error file=.*program\.yml,line=\d+::\"level\" is \"boss\"", result.stdout, re.M)


@pytest.mark.parametrize(
    "old,new,message",
    [
        ("start: 2027-01-04", "start: !!timestamp 4 January", '"start" must be a date written YYYY-MM-DD'),
        ("level: manager", "level: !!bool maybe", '"level" must be one of staff, lead or manager, but "maybe"'),
        ("fallback: en", "fallback: !!int", '"fallback" must be a text, but "" is not.'),
    ],
)
def test_a_yaml_tag_that_does_not_fit_its_value_is_a_problem_not_a_crash(rules, old, new, message):
    edit(rules / "program.yml", old, new)
    [problem] = problems_of(rules)
    assert message in problem


@pytest.mark.parametrize("escape", ["\\x1e", "\\u0007", "\\0"])
def test_a_control_character_typed_as_an_escape_is_refused_at_its_line(rules, escape):
    edit(rules / "program.yml", 'name: {vi: "Bán hàng tại cửa hàng"', f'name: {{vi: "Bán hàng{escape} tại cửa hàng"')
    [problem] = problems_of(rules)
    assert re.search(r"program\.yml:\d+: .*invisible control character \(U\+00(1E|07|00)\)", problem)


def test_a_date_in_quotes_is_still_a_date(rules):
    edit(rules / "program.yml", "start: 2027-01-04", 'start: "2027-01-04"')
    _, program = load(rules)
    assert any(cohort.start == date(2027, 1, 4) for cohort in program.cohorts)


def rewrite_lesson(rules: Path, lesson: str, change) -> None:
    """Change a lesson's data (PyYAML round trip: the lines move, the message's words are what is checked)."""
    import yaml

    path = rules / "lessons" / f"{lesson}.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_quiz_question_with_two_options_is_refused(rules):
    rewrite_lesson(
        rules, "rule-07", lambda data: data["quiz"][0].update(options=data["quiz"][0]["options"][:2], answer=0)
    )
    with pytest.raises(InputError) as caught:
        load(rules)
    assert [p.message for p in caught.value.problems] == ["this question has 2 options; write 3 or 4."]
    assert caught.value.problems[0].where.file.endswith("rule-07.yml")


def test_an_option_without_feedback_is_refused(rules):
    rewrite_lesson(rules, "rule-07", lambda data: data["quiz"][1]["options"][2].pop("feedback"))
    with pytest.raises(InputError) as caught:
        load(rules)
    (problem,) = caught.value.problems
    assert problem.where.file.endswith("rule-07.yml") and "feedback" in problem.message, problem


def test_a_quiz_question_of_no_known_kind_is_refused(rules):
    rewrite_lesson(rules, "rule-07", lambda data: data["quiz"][0].update(kind="trivia"))
    with pytest.raises(InputError) as caught:
        load(rules)
    (problem,) = caught.value.problems
    assert "scenario" in problem.message and "recall" in problem.message, problem


@pytest.mark.parametrize("lang", ["vi", "en", "km"])
def test_the_hr_guides_example_department_loads(rules, lang):
    """The department the HR guide shows how to add, pasted under `departments:` and put in a cohort, loads
    with its search names."""
    guide = (ROOT / "content" / lang / "hr-guide.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(  - id: warehouse\n.*?)```", guide, re.S)
    assert example, "the HR guide has no example department"
    edit(rules / "program.yml", "departments:\n", "departments:\n" + example.group(1))
    edit(rules / "program.yml", "departments: [delivery, marketing]", "departments: [delivery, marketing, warehouse]")
    _, program = load(rules)
    warehouse = next(d for d in program.departments if d.id == "warehouse")
    assert warehouse.keywords and "thủ kho" in warehouse.keywords.get("vi")
