"""What HR hands out: the whole program as CSV, and a QR code per department's address."""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Callable

import segno

from . import addresses as at
from .model import Catalog, Cohort, Program, Track

CSV_COLUMNS = ["department", "role", "cohort", "day", "date", "lesson_ids", "title", "url"]


def day_titles(catalog: Catalog, lang: str) -> Callable[[tuple[str, ...]], str]:
    """A day's lessons → their titles, joined; each made once (departments with the same modules share days)."""
    made: dict[tuple[str, ...], str] = {}

    def title(lessons: tuple[str, ...]) -> str:
        if lessons not in made:
            made[lessons] = " · ".join(catalog.lessons[lesson].title.get(lang) for lesson in lessons)
        return made[lessons]

    return title


def cohort_dates(days: int) -> Callable[[Cohort], list[str]]:
    """A cohort → the date of each of its days (ISO), made once per cohort."""
    made: dict[str, list[str]] = {}

    def dates(cohort: Cohort) -> list[str]:
        if cohort.id not in made:
            made[cohort.id] = [cohort.date_of(n).isoformat() for n in range(1, days + 1)]
        return made[cohort.id]

    return dates


# Stands for a department's id in text that departments reading the same days share (a day list, CSV rows):
# made once with the mark, then the mark replaced. No text from the YAML can hold it (typed_yaml.CONTROL).
DEPARTMENT_MARK = "\x1e"


def program_csv(catalog: Catalog, program: Program, tracks: tuple[Track, ...], lang: str, url_of_day) -> str:
    """One row per department × role × cohort × day; `lesson_ids` are separated by spaces;
    `url_of_day(department_id, role_id, cohort, day)` gives the address of that day. Departments that read
    the same days share their rows but for their own id."""
    title, dates = day_titles(catalog, lang), cohort_dates(program.settings.days)
    made: dict[tuple, str] = {}
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(CSV_COLUMNS)
    for track in tracks:
        for cohort in program.cohorts_of(track.department):
            key = (id(track.days), track.role, cohort.id)
            if key not in made:
                rows = io.StringIO()
                csv.writer(rows, lineterminator="\n").writerows(
                    (
                        DEPARTMENT_MARK,
                        track.role,
                        cohort.id,
                        day.number,
                        dates(cohort)[day.number - 1],
                        " ".join(day.lessons),
                        title(day.lessons),
                        url_of_day(DEPARTMENT_MARK, track.role, cohort, day.number),
                    )
                    for day in track.days
                )
                made[key] = rows.getvalue()
            out.write(made[key].replace(DEPARTMENT_MARK, track.department))
    return out.getvalue()


def qr_codes(program: Program, name_of, site_url: str, make=None) -> dict[str, bytes]:
    """A QR code per department, to its today's reading; `name_of(department)` is its name in this language;
    `make(address, title)` makes one (default: `qr_svg`)."""
    make = make or qr_svg
    return {
        at.qr_code(department.id): make(site_url + at.today_url(department.id), name_of(department))
        for department in program.departments
    }


@functools.lru_cache(maxsize=4096)  # `serve` rebuilds on every save; the codes change only with the address
def qr_svg(address: str, title: str) -> bytes:
    """A QR code as SVG, big enough to print on A4 for a break room, with the quiet zone of four modules the
    standard asks for (ISO/IEC 18004), so that it scans on any wall."""
    out = io.BytesIO()
    segno.make(address, error="m").save(
        out, kind="svg", scale=8, border=4, title=title, svgclass="qr", dark="#000", light="#fff"
    )
    return out.getvalue()
