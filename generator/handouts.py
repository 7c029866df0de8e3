"""What HR hands out: the whole program as CSV, and a QR code per department's address."""

from __future__ import annotations

import csv
import io

import segno

from .model import Catalog, Program, Track

CSV_COLUMNS = ["department", "role", "cohort", "day", "date", "lesson_ids", "title", "url"]


def program_csv(catalog: Catalog, program: Program, tracks: tuple[Track, ...], lang: str, url_of_day) -> str:
    """One row per department × role × cohort × day; `lesson_ids` are separated by spaces;
    `url_of_day(track, cohort, day)` gives the address of that day."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for track in tracks:
        for cohort in program.cohorts_of(track.department):
            for day in track.days:
                titles = " · ".join(catalog.lessons[lesson].title.get(lang) for lesson in day.lessons)
                writer.writerow(
                    [
                        track.department,
                        track.role,
                        cohort.id,
                        day.number,
                        cohort.date_of(day.number).isoformat(),
                        " ".join(day.lessons),
                        titles,
                        url_of_day(track, cohort, day.number),
                    ]
                )
    return out.getvalue()


def qr_svg(address: str, title: str) -> bytes:
    """A QR code as SVG, big enough to print on A4 for a break room."""
    out = io.BytesIO()
    segno.make(address, error="m").save(
        out, kind="svg", scale=8, border=2, title=title, svgclass="qr", dark="#000", light="#fff"
    )
    return out.getvalue()
