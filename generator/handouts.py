"""What HR hands out: the whole program as CSV, and a QR code per department's address."""

from __future__ import annotations

import csv
import functools
import io

import segno

from . import addresses as at
from .model import Catalog, Program, Track

CSV_COLUMNS = ["department", "role", "cohort", "day", "date", "lesson_ids", "title", "url"]


def program_csv(catalog: Catalog, program: Program, tracks: tuple[Track, ...], lang: str, url_of_day) -> str:
    """One row per department × role × cohort × day; `lesson_ids` are separated by spaces;
    `url_of_day(track, cohort, day)` gives the address of that day."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    said: dict[tuple[str, ...], tuple[str, str]] = {}  # a day's lessons → their ids and titles, made once
    dates: dict[str, list[str]] = {}
    for track in tracks:
        for cohort in program.cohorts_of(track.department):
            if cohort.id not in dates:
                dates[cohort.id] = [cohort.date_of(day.number).isoformat() for day in track.days]
            for day, date in zip(track.days, dates[cohort.id], strict=True):
                if day.lessons not in said:
                    titles = " · ".join(catalog.lessons[lesson].title.get(lang) for lesson in day.lessons)
                    said[day.lessons] = (" ".join(day.lessons), titles)
                lesson_ids, titles = said[day.lessons]
                writer.writerow(
                    (
                        track.department,
                        track.role,
                        cohort.id,
                        day.number,
                        date,
                        lesson_ids,
                        titles,
                        url_of_day(track, cohort, day.number),
                    )
                )
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
