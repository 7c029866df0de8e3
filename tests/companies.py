"""Made-up companies' program files, to schedule the real training material for other shapes of company."""

from __future__ import annotations

RULE_MODULES = "[foundations, etiquette, insight, complaints, delight, leadership]"

HEAD = """
settings:
  title: {vi: "Chương trình thử", en: "Test program"}
  languages: [vi, en]
roles:
  - {id: staff, name: {vi: "Nhân viên", en: "Staff"}, level: staff}
  - {id: lead, name: {vi: "Trưởng nhóm", en: "Lead"}, level: lead}
  - {id: manager, name: {vi: "Quản lý", en: "Manager"}, level: manager}
"""


def department(
    id: str, required: str = RULE_MODULES, optional: str = "[]", roles: str = "[staff, lead, manager]", pins: str = ""
) -> str:
    return f"""
  - id: {id}
    name: {{vi: "Bộ phận {id}", en: "Department {id}"}}
    roles: {roles}
    required: {required}
    optional: {optional}
{pins}"""


def program(departments: list[str], cohorts: list[tuple[str, str, list[str]]]) -> str:
    text = HEAD + "departments:" + "".join(departments) + "\ncohorts:\n"
    for cohort_id, start, members in cohorts:
        text += (
            f'  - {{id: {cohort_id}, name: {{vi: "Khóa {cohort_id}", en: "Cohort {cohort_id}"}}, '
            f"start: {start}, departments: [{', '.join(members)}]}}\n"
        )
    return text


def small_shop() -> str:
    """A shop with 3 departments, one cohort."""
    return program(
        [
            department("counter", optional="[customer-levels]"),
            department("repairs", required=RULE_MODULES[:-1] + ", conversation]", roles="[staff, lead]"),
            department(
                "office",
                optional="[experience-management]",
                roles="[staff, manager]",
                pins="    pins:\n      - {day: 1, lesson: rule-33}\n      - {day: 2, lesson: rule-32}\n",
            ),
        ],
        [("spring", "2027-03-01", ["counter", "repairs", "office"])],
    )


def chain() -> str:
    """A chain with 25 departments in 3 cohorts."""
    extras = ["[]", "[customer-levels]", "[conversation]", "[know-your-customer]", "[experience-management]"]
    names = [f"store-{n:02d}" for n in range(1, 26)]
    departments = [department(name, optional=extras[n % len(extras)]) for n, name in enumerate(names)]
    return program(
        departments,
        [
            ("wave-1", "2027-01-04", names[:10]),
            ("wave-2", "2027-03-01", names[10:20]),
            ("wave-3", "2027-06-07", names[20:] + names[:2]),
        ],
    )


def over_assigned() -> str:
    """HR asked for three minutes a day, then gave one department every module there is."""
    everything = RULE_MODULES[:-1] + ", customer-levels, know-your-customer, conversation, experience-management]"
    text = program(
        [department("everything", required=everything, optional="[service-tips]")],
        [("only", "2027-01-04", ["everything"])],
    )
    return text.replace("  languages: [vi, en]", "  languages: [vi, en]\n  reading_minutes: 3")


def retail_chain(departments: int, cohorts: int = 3) -> str:
    """A chain of `departments` stores, each with staff, leads and managers, every one in each of `cohorts`
    cohorts a month apart, all taking the standard modules: the shape the scale benchmark builds."""
    extras = ["[customer-levels]", "[conversation]", "[know-your-customer]", "[customer-levels, conversation]"]
    names = [f"store-{n:03d}" for n in range(1, departments + 1)]
    shops = [department(name, optional=extras[n % len(extras)]) for n, name in enumerate(names)]
    starts = ["2027-01-04", "2027-02-01", "2027-03-01", "2027-04-05", "2027-05-03", "2027-06-07"]
    return program(shops, [(f"wave-{n + 1}", starts[n % len(starts)], names) for n in range(cohorts)])
