"""Calendars, made on the phone from the department's data file: each role's and cohort's 30 days,
downloaded in Chromium and read back with icalendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
from conftest import day


def download(page, role: str) -> icalendar.Calendar:
    link = page.locator(f"a.calendar-link[data-role={role}]")
    with page.expect_download() as caught:
        link.click()
    assert caught.value.suggested_filename.endswith(".ics")
    return icalendar.Calendar.from_ical(Path(caught.value.path()).read_bytes())


def test_each_role_and_cohort_downloads_its_30_days(site, browser):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(site["url"] + "departments/shop-floor/")
    curriculum = site["curriculum"]["shop-floor"]
    for cohort, start in (("pilot-2026-11", date(2026, 11, 16)), ("new-store-2027-03", date(2027, 3, 1))):
        page.select_option("#department-cohort", cohort)
        for role, days in curriculum.items():
            calendar = download(page, role)
            events = list(calendar.walk("VEVENT"))
            assert len(events) == 30
            assert len({str(e["uid"]) for e in events}) == 30
            for event, number in zip(events, days, strict=True):
                n = int(number)
                assert event.decoded("dtstart") == start + timedelta(days=n - 1)
                assert event.decoded("dtend") == start + timedelta(days=n)
                assert str(event["url"]) == site["url"] + day("shop-floor", role, n, cohort)
                assert str(event["summary"]).startswith(f"Ngày {n}/30: ")
                [alarm] = event.walk("VALARM")
                assert alarm.decoded("trigger") == timedelta(hours=7, minutes=30)
    context.close()


def test_long_titles_fold_and_special_characters_survive(site, browser):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(site["url"] + "departments/customer-care/")
    raw = None
    link = page.locator("a.calendar-link[data-role=staff]")
    with page.expect_download() as caught:
        link.click()
    raw = Path(caught.value.path()).read_bytes()
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines), "RFC 5545 folds lines at 75 octets"
    summary = icalendar.Calendar.from_ical(raw).walk("VEVENT")[0]["summary"]
    assert "Nguyên tắc #33" in str(summary)
    context.close()
