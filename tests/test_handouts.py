"""HR's downloads parse back to the program: CSV with `csv`, calendars with `icalendar`; the QR codes scan (drawn by
Chromium, read by OpenCV) to each department's today's reading."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from companies import chain, small_shop
from conftest import ROOT
from test_languages import copy_project
from test_scale import inside

from generator import addresses
from generator.__main__ import main
from generator.load import load
from generator.render import Renderer
from generator.schedule import build_tracks
from generator.site_data import data_files

SITE_URL = "https://example.github.io/training/"


def rendered(tmp_path, text: str | None):
    program_file = None
    if text is not None:
        program_file = tmp_path / "program.yml"
        program_file.write_text(text, encoding="utf-8")
    catalog, program = load(ROOT / "rules", program_file)
    tracks = build_tracks(catalog, program)
    # the data files only: the pages are not read here
    return program, tracks, data_files(Renderer(catalog, program, tracks, "vi"), SITE_URL)


COMPANIES = {"real": None, "small-shop": small_shop(), "chain-25": chain()}


@pytest.mark.parametrize("company", COMPANIES)
def test_csv_is_the_whole_program(tmp_path, company):
    program, tracks, site = rendered(tmp_path, COMPANIES[company])
    rows = list(csv.DictReader(io.StringIO(site["hr/program.csv"])))
    expected = []
    for track in tracks:
        for cohort in program.cohorts_of(track.department):
            for day in track.days:
                expected.append(
                    {
                        "department": track.department,
                        "role": track.role,
                        "cohort": cohort.id,
                        "day": str(day.number),
                        "date": cohort.date_of(day.number).isoformat(),
                        "lesson_ids": " ".join(day.lessons),
                        "url": SITE_URL + addresses.day_url(track.department, track.role, day.number, cohort.id),
                    }
                )
    assert [{k: row[k] for k in expected[0]} for row in rows] == expected
    assert all(row["title"] for row in rows)


def test_a_qr_code_per_department_named_for_it(tmp_path):
    program, _, files = rendered(tmp_path, small_shop())
    assert sorted(path for path in files if path.startswith("hr/qr/")) == sorted(
        addresses.qr_code(department.id) for department in program.departments
    )
    for department in program.departments:
        svg = ET.fromstring(files[addresses.qr_code(department.id)])
        assert svg.tag == "{http://www.w3.org/2000/svg}svg"
        assert svg.findtext("{http://www.w3.org/2000/svg}title") == department.name.get("vi")


def scanned(browser, svg: Path) -> str:
    """What a phone's camera reads from a QR code: the SVG drawn by Chromium, decoded by OpenCV."""
    import cv2
    import numpy

    page = browser.new_page(viewport={"width": 400, "height": 400})
    try:
        page.goto(svg.as_uri())
        png = page.screenshot()
    finally:
        page.close()
    image = cv2.imdecode(numpy.frombuffer(png, numpy.uint8), cv2.IMREAD_GRAYSCALE)
    assert image is not None, "a PNG from Chromium"
    # OpenCV's first detector misses some valid codes (one address in a few hundred, such as
    # http://127.0.0.1:44939/repo/km/today/?d=delivery); its second one, as a phone's reader would, reads them
    for detector in (cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco()):
        text = detector.detectAndDecode(image)[0]
        if text:
            return text
    return ""


def test_every_published_qr_code_scans_to_its_departments_today(site, browser):
    for prefix in ("", "en/", "km/"):
        for department in site["curriculum"]:
            address = site["url"] + prefix + addresses.today_url(department)
            assert scanned(browser, site["dir"] / prefix / addresses.qr_code(department)) == address


def test_qr_codes_are_kept_between_builds_for_the_addresses_in_use(tmp_path, browser):
    project = copy_project(tmp_path)
    with inside(project):
        assert main(["build", "--site-url", "https://a.example/training/"]) == 0
        kept = sorted((project / ".cache/qr-codes").iterdir())
        published = sorted(p.read_bytes() for p in (project / "site").rglob("hr/qr/*.svg"))
        assert len(kept) == len(published) == 3 * 5 and sorted(p.read_bytes() for p in kept) == published
        assert main(["build", "--site-url", "https://b.example/"]) == 0
        assert not set(kept) & set((project / ".cache/qr-codes").iterdir()), "the old address's codes are gone"
        assert scanned(browser, project / "site/en/hr/qr/hotline.svg") == "https://b.example/en/today/?d=hotline"


def test_each_department_page_shows_the_day_of_every_rule_per_role(site):
    for department, roles in site["curriculum"].items():
        html = (site["dir"] / "departments" / department / "index.html").read_text()
        table = html[html.index('id="coverage"') : html.index('id="calendar"')]
        rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
        for role_column, (role, days) in enumerate(roles.items(), start=1):
            read_on = {lesson: number for number, day in days.items() for lesson in day["lessons"]}
            for row in rows:
                rule = re.search(r'href="../../lessons/(rule-\d\d)/"', row)
                if rule:
                    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
                    assert cells[role_column - 1].strip() == read_on[rule.group(1)], (department, role, rule.group(1))


def test_downloads_are_published(site):
    csv_text = (site["dir"] / "hr/program.csv").read_text()
    assert csv_text.startswith("department,role,cohort,day,date,lesson_ids,title,url\n")
    assert "shop-floor,staff,pilot-2026-11,1,2026-11-16," in csv_text
    svg = (site["dir"] / "hr/qr/shop-floor.svg").read_text()
    assert svg.startswith("<?xml") and "<path" in svg
    assert not list(site["dir"].rglob("*.ics")), "calendars are made on the phone (tests/test_calendars.py)"


def test_every_published_qr_code_keeps_a_quiet_zone_of_four_modules(site):
    """ISO/IEC 18004 asks for four light modules around the code: with two, some phones (and OpenCV's first
    detector, one code in 15) could not read them. The dark modules start four in, and as far from the end."""
    for svg in site["dir"].rglob("hr/qr/*.svg"):
        text = svg.read_text(encoding="utf-8")
        size = int(re.search(r'<path fill="#fff" d="M0 0h(\d+)v', text)[1])
        assert re.search(r'class="qrline" stroke="#000" d="M4 4\.5h', text), svg
        assert (size - 8 - 17) % 4 == 0, f"{svg}: {size - 8} modules is not a QR code's size with a border of 4"
