"""Every address of the site, in one place: the path of each generated file, relative to the docs
folder, and the url a reader follows, relative to the site root.

Templates, data files, calendars and the page scripts all take their addresses from here (the
scripts through `url_templates()` in program.json), so a page moves by changing one line.
"""

from __future__ import annotations

HOME = "index.md"
TODAY = "today.md"
DAY = "day.md"
REVIEW = "review.md"
DEPARTMENTS = "departments/index.md"
MODULES = "modules/index.md"
RULES = "rules/index.md"
BIG_QUESTIONS = "big-questions.md"
ETIQUETTE = "etiquette.md"
HR = "hr/index.md"
COVERAGE = "hr/coverage.md"
NOTES = "hr/notes.md"
PROGRAM_CSV = "hr/program.csv"
PROGRAM_DATA = "program.json"
CURRICULUM = "curriculum.json"
SEARCH_INDEX = "search.json"
MANIFEST = "manifest.webmanifest"


def url(path: str) -> str:
    """The directory-style url, relative to the site root, that MkDocs gives a Markdown page; other
    files keep their path."""
    if not path.endswith(".md"):
        return path
    stem = path[: -len(".md")]
    if stem == "index":
        return ""
    return (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"


def lesson(lesson_id: str) -> str:
    return f"lessons/{lesson_id}.md"


def module(module_id: str) -> str:
    return f"modules/{module_id}.md"


def department(department_id: str) -> str:
    return f"departments/{department_id}/index.md"


def department_data(department_id: str) -> str:
    """What the day view needs of one department: its cohorts, practice and each role's 30 days."""
    return f"data/{department_id}.json"


def calendar_name(department_id: str, role_id: str, cohort_id: str) -> str:
    """The file name a downloaded calendar gets (the page script makes it on the phone)."""
    return f"{department_id}-{role_id}-{cohort_id}.ics"


def qr_code(department_id: str) -> str:
    return f"hr/qr/{department_id}.svg"


def day_query(department_id: str, role_id: str, day: int, cohort_id: str | None = None) -> str:
    # ids are validated slugs (a-z, 0-9, dashes): nothing to encode
    return f"?d={department_id}&r={role_id}" + (f"&c={cohort_id}" if cohort_id else "") + f"&n={day}"


def day_url(department_id: str, role_id: str, day: int, cohort_id: str | None = None) -> str:
    """One day of one department × role (and cohort, for its dates): the day view, composed in the
    browser from the lesson pages."""
    return url(DAY) + day_query(department_id, role_id, day, cohort_id)


def today_url(department_id: str, role_id: str | None = None) -> str:
    """A department's QR address: today's reading (the role is asked once on the phone)."""
    return url(TODAY) + f"?d={department_id}" + (f"&r={role_id}" if role_id else "")  # slugs: nothing to encode


def url_templates() -> dict[str, str]:
    """The same addresses for the page scripts, with {placeholders}."""
    return {
        "day": url(DAY),
        "today": url(TODAY),
        "review": url(REVIEW),
        "lesson": url(lesson("{id}")),
        "department": url(department("{id}")),
        "data": department_data("{id}"),
        "etiquette": url(ETIQUETTE),
        "questions": url(BIG_QUESTIONS),
        "home": url(HOME),
        "calendar": calendar_name("{department}", "{role}", "{cohort}"),
    }
