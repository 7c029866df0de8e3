"""Editor help: the JSON Schemas are current, accept the real YAML, refuse mistakes, and are referenced."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
import yaml
from conftest import ROOT

from generator.schema import schemas

RULES = ROOT / "rules"
FILES = {
    "program.yml": "program",
    "modules.yml": "modules",
    "tips.yml": "tips",
    "big-questions.yml": "big-questions",
    "interface.yml": "interface",
}


def as_json(path):
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


def validator(name: str):
    return jsonschema.Draft7Validator(json.loads((RULES / "schemas" / f"{name}.schema.json").read_text()))


def test_schemas_in_the_repo_are_current():
    for name, text in schemas().items():
        assert (RULES / "schemas" / name).read_text(encoding="utf-8") == text, (
            f"rules/schemas/{name} is stale: run `python -m generator schemas`"
        )


def yaml_files():
    yield from ((RULES / name, schema) for name, schema in FILES.items())
    yield from ((path, "lesson") for path in sorted((RULES / "lessons").glob("*.yml")))


@pytest.mark.parametrize("path,schema", list(yaml_files()), ids=lambda v: getattr(v, "name", v))
def test_every_yaml_file_names_its_schema_and_passes_it(path, schema):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, f"{path.name} should start with its schema line"
    assert (path.parent / match.group(1)).resolve() == (RULES / "schemas" / f"{schema}.schema.json").resolve()
    errors = list(validator(schema).iter_errors(as_json(path)))
    assert not errors, [e.message for e in errors]


def test_schema_catches_what_hr_gets_wrong():
    program = as_json(RULES / "program.yml")
    program["departments"][0]["requird"] = ["foundations"]
    program["roles"][0]["level"] = "boss"
    program["cohorts"][0]["start"] = "1 March"
    messages = " | ".join(e.message for e in validator("program").iter_errors(program))
    assert "'requird' was unexpected" in messages
    assert "'boss' is not one of ['staff', 'lead', 'manager']" in messages
    assert "'1 March' does not match" in messages
