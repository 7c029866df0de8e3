"""The publishing workflow: actions pinned to full commit SHAs of current releases (none on Node 20), no
credentials left in the checkout, least permissions."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT

WORKFLOW = ROOT / ".github/workflows/pages.yml"


def steps():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            yield name, job, step


def test_every_action_is_pinned_to_a_commit_of_a_current_release():
    text = WORKFLOW.read_text(encoding="utf-8")
    uses = re.findall(r"uses: ([\w./-]+)@(\S+)(?: # (v[\d.]+))?", text)
    assert uses
    for action, ref, version in uses:
        assert re.fullmatch(r"[0-9a-f]{40}", ref), f"{action} is pinned to {ref}, not a commit"
        assert version, f"{action}: say which release the commit is"
    majors = {action: int(version[1:].split(".")[0]) for action, _, version in uses}
    # the releases that run on Node 24 (Node 20 has left GitHub's runners)
    assert majors["actions/checkout"] >= 5 and majors["actions/setup-python"] >= 6
    assert majors["actions/upload-pages-artifact"] >= 4 and majors["actions/deploy-pages"] >= 5
    assert "actions/configure-pages" not in majors, "still on Node 20: the address comes from the Pages API"


def test_checkouts_keep_no_credentials_and_jobs_least_permissions():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow["permissions"] == {"contents": "read"}
    for name, _job, step in steps():
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step.get("with", {}).get("persist-credentials") is False, name
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
