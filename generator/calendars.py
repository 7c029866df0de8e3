"""iCalendar files: one per department × role × cohort, 30 all-day events linking to each day's page."""
from __future__ import annotations

from datetime import datetime, time, timedelta

import icalendar

from .markup import plain
from .model import Catalog, Cohort, Program, Text, Track

REMINDER = timedelta(hours=7, minutes=30)  # an all-day event's alarm is relative to midnight


def track_calendar(catalog: Catalog, program: Program, track: Track, cohort: Cohort, lang: str,
                   day_url, day_label: Text) -> bytes:
    """`day_url(day_number)` gives the absolute address of a day page."""
    department = next(d for d in program.departments if d.id == track.department)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//brand30//training calendar//")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{program.settings.title.get(lang)}: {department.name.get(lang)}, "
                                 f"{program.role(track.role).name.get(lang)}")
    stamp = datetime.combine(cohort.start, time(0, 0))
    for day in track.days:
        titles = " · ".join(plain(catalog.lessons[lesson].title.get(lang)) for lesson in day.lessons)
        event = icalendar.Event()
        event.add("uid", f"{track.department}-{track.role}-{cohort.id}-day-{day.number:02d}@brand30")
        event.add("dtstamp", stamp)
        event.add("dtstart", cohort.date_of(day.number))
        event.add("dtend", cohort.date_of(day.number) + timedelta(days=1))
        event.add("summary", f"{day_label.get(lang)} {day.number}/{len(track.days)}: {titles}")
        event.add("url", day_url(day.number))
        event.add("description", day_url(day.number))
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{day_label.get(lang)} {day.number}: {titles}")
        alarm.add("trigger", REMINDER)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
