"""What a reader meets on a phone (390×844, Chromium): their own cohort's dates and day, tap targets a thumb
can hit, a home page that says what to do next, and the department's days without JavaScript."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from conftest import PHONE, day, opened_day
from test_today import choose

# shop-floor runs two cohorts: the pilot from 2026-11-16, the new store from 2027-03-01.
MARCH_5 = datetime(2027, 3, 5, 9, 0)
DEC_20 = datetime(2026, 12, 20, 9, 0)  # the pilot has finished, the new store has not started


def at(phone, when):
    phone.clock.set_fixed_time(when)
    return phone


def test_the_chooser_picks_the_cohort_running_today(site, phone):
    at(phone, MARCH_5).goto(site["url"])
    phone.select_option("#today-department", "shop-floor")
    assert phone.locator("#today-cohort").input_value() == "new-store-2027-03"
    choose(phone, "shop-floor", "staff")
    assert phone.locator(".today__day").inner_text() == "Ngày 5/30"
    assert "0/30" in phone.locator(".today__progress").inner_text()


def test_between_cohorts_the_next_one_is_the_default(site, phone):
    at(phone, DEC_20).goto(site["url"])
    phone.select_option("#today-department", "shop-floor")
    assert phone.locator("#today-cohort").input_value() == "new-store-2027-03"
    choose(phone, "shop-floor", "staff")
    assert (
        phone.locator(".today__day").inner_text()
        == "Chương trình của bạn bắt đầu ngày 01/03/2027. Xem trước bài ngày 1:"
    )


def test_a_qr_scan_opens_the_cohort_running_today(site, phone):
    at(phone, MARCH_5).goto(site["url"] + "today/?d=shop-floor&r=lead")
    opened_day(phone)
    assert phone.locator("h1").inner_text() == "Ngày 5/30"
    assert phone.locator(".day-meta").inner_text().endswith("Cửa hàng mới tháng 3/2027: 05/03/2027")


def test_the_department_page_shows_the_readers_own_cohort(site, phone):
    at(phone, MARCH_5).goto(site["url"])
    choose(phone, "shop-floor", "staff")
    phone.goto(site["url"] + "departments/shop-floor/")
    first = phone.locator("ol.days[data-role=staff] li[data-day='1'] .days__date")
    assert first.inner_text() == "01/03/2027"
    today = phone.locator("ol.days[data-role=staff] li.days__day--today")
    assert today.get_attribute("data-day") == "5" and today.get_attribute("aria-current") == "date"
    phone.select_option("#department-cohort", "pilot-2026-11")
    assert first.inner_text() == "16/11/2026"
    assert phone.locator("ol.days[data-role=staff] li.days__day--today").count() == 0, "the pilot ended in December"
    href = phone.locator("ol.days[data-role=staff] li[data-day='2'] a.days__n").get_attribute("href")
    assert "c=pilot-2026-11" in href, "a day opened from here carries the cohort chosen"


def test_every_day_is_a_thumb_sized_tap_target(site, phone):
    phone.goto(site["url"] + "departments/shop-floor/")
    boxes = phone.locator("a.days__n").evaluate_all(
        "links => links.map(a => a.getBoundingClientRect()).map(r => [r.width, r.height])"
    )
    assert len(boxes) == 90 and all(w >= 44 and h >= 44 for w, h in boxes)
    widths = phone.locator("ol.days[data-role=staff] .days__what").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().width)"
    )
    assert min(widths) > 280, "lesson titles get the width of the phone, not a one-word column"
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_without_javascript_the_department_page_leads_to_every_lesson(site, browser):
    context = browser.new_context(**PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site["url"] + "departments/hotline/")
    links = page.locator("ol.days[data-role=staff] a.days__lesson")
    days = site["curriculum"]["hotline"]["staff"]
    assert links.count() == sum(len(d["lessons"]) for d in days.values())
    links.first.click()
    assert page.locator("h1").inner_text().startswith("Nguyên tắc #")
    page.goto(site["url"] + day("hotline", "staff", 3))
    assert page.locator("noscript").count() == 1
    context.close()


def test_home_once_chosen_offers_one_next_step_and_says_when_today_is_done(site, phone):
    at(phone, datetime(2026, 11, 20, 9, 0)).goto(site["url"])
    phone.locator("#today-department").wait_for()
    assert not phone.locator(".home-choose").is_visible(), "the box itself offers the choice"
    choose(phone, "hotline", "staff")
    assert not phone.locator(".home-choose").is_visible()
    phone.get_by_role("link", name="Đọc bài hôm nay").click()
    opened_day(phone)
    phone.get_by_role("button", name="Đánh dấu đã học xong").click()
    phone.goto(site["url"])
    assert "đã học xong bài hôm nay" in phone.locator(".today__done").inner_text()
    phone.locator(".today__change").wait_for()
    box = phone.locator("#today").bounding_box()
    content = phone.locator("#today > *").evaluate_all(
        "els => Math.max(...els.map(e => e.getBoundingClientRect().bottom))"
    )
    assert box["y"] + box["height"] - content < 40, "no reserved blank space under the box's content"


def test_after_day_30_the_count_is_the_readers_own(site, phone):
    at(phone, datetime(2026, 11, 18, 9, 0)).goto(site["url"] + day("hotline", "lead", 1))
    opened_day(phone)
    phone.get_by_role("button", name="Đánh dấu đã học xong").click()
    at(phone, datetime(2027, 1, 20, 9, 0)).goto(site["url"])
    assert "đã đi hết 30 ngày" in phone.locator(".today__day").inner_text()
    assert phone.locator(".today__progress").inner_text().startswith("Đã học 1/30 ngày")


def test_the_next_day_is_the_obvious_next_step(site, phone):
    phone.goto(site["url"] + day("shop-floor", "staff", 5))
    opened_day(phone)
    next_day = phone.get_by_role("link", name="Ngày 6 →").bounding_box()
    previous = phone.get_by_role("link", name="← Ngày 4").bounding_box()
    assert next_day["width"] > 300, "the next day is a full-width button"
    assert next_day["y"] + next_day["height"] <= previous["y"], "above the previous day, not touching it"


def test_a_tapped_button_does_not_stay_in_the_accent_colour(site, phone):
    phone.goto(site["url"] + day("shop-floor", "staff", 5))
    opened_day(phone)
    button = phone.get_by_role("button", name="Đánh dấu đã học xong")
    button.tap()
    colour = phone.get_by_role("button", name="Đã học xong ✓").evaluate("b => getComputedStyle(b).backgroundColor")
    assert colour in ("rgba(0, 0, 0, 0)", "transparent"), colour
    quiz = phone.locator("form.quiz").first
    quiz.locator("label.quiz__option").nth(int(quiz.get_attribute("data-answer"))).tap()
    check = quiz.get_by_role("button")
    check.tap()
    assert check.evaluate("b => getComputedStyle(b).backgroundColor") in ("rgba(0, 0, 0, 0)", "transparent")


def test_boxes_read_at_the_body_size(site, phone):
    phone.goto(site["url"] + day("shop-floor", "staff", 7))
    opened_day(phone)
    sizes = phone.evaluate("""() => {
      const size = e => parseFloat(getComputedStyle(e).fontSize);
      const body = size(document.querySelector('.day-lesson > .lesson-body > p'));
      return [body, ...[...document.querySelectorAll('.admonition p, details p, .quiz legend')].map(size)];
    }""")
    assert min(sizes[1:]) >= sizes[0], sizes


def test_dates_are_written_one_way_and_labels_read_whole(site, phone):
    at(phone, DEC_20).goto(site["url"])
    phone.select_option("#today-department", "shop-floor")
    options = phone.locator("#today-cohort option").all_inner_texts()
    assert options == ["Khóa thí điểm · 16/11/2026", "Cửa hàng mới tháng 3/2027 · 01/03/2027"]
    manifest = json.loads((site["dir"] / "manifest.webmanifest").read_text())
    assert len(manifest["short_name"]) <= 12 and manifest["title" if "title" in manifest else "name"].startswith(
        manifest["short_name"].split()[0]
    )
    top = (site["dir"] / "lessons/rule-01/index.html").read_text()
    assert "Lên đầu trang" in top and "Trở lại mục lục" not in top
    phone.goto(site["url"] + "today/?d=shop-floor&r=staff")
    assert "today/?d=" not in phone.locator("article").inner_text(), "no address shown to the reader"


@pytest.mark.parametrize("device", [PHONE, {"viewport": {"width": 1280, "height": 800}}])
def test_the_hr_overview_reads_at_100_departments_too(site, browser, device):
    context = browser.new_context(**device)
    page = context.new_page()
    page.goto(site["url"] + "hr/")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    rows = page.locator("ul.hr-departments > li")
    assert rows.count() == 5
    assert all(h >= 44 for h in rows.locator("> a").evaluate_all("as => as.map(a => a.getBoundingClientRect().height)"))
    context.close()


def test_the_coverage_table_shows_every_role_on_a_phone(site, phone):
    phone.goto(site["url"] + "departments/shop-floor/#coverage")
    table = phone.locator(".coverage table")
    right = table.evaluate("t => t.getBoundingClientRect().right")
    assert right <= 390
    cells = table.locator("tr").first.locator("th").evaluate_all("cs => cs.map(c => c.getBoundingClientRect().right)")
    assert len(cells) == 4 and max(cells) <= right + 1, "no role's column is cut off"
    label = table.locator("tbody th").first.evaluate("c => c.getBoundingClientRect().width")
    assert label > 130, "titles wrap in a column wide enough to read"
