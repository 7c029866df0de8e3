"""The employee's flow on a phone: choose once, today's day from the cohort start, mark done, QR address."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from conftest import day, opened_day

# The pilot cohort (shop-floor, customer-care, hotline) starts 2026-11-16; delivery starts 2027-01-04.
NOV_20 = datetime(2026, 11, 20, 9, 30)


@pytest.fixture
def phone_on_nov_20(phone):
    phone.clock.set_fixed_time(NOV_20)
    return phone


def choose(page, department: str, role: str):
    page.select_option("#today-department", department)
    page.select_option("#today-role", role)
    page.get_by_role("button", name="Bắt đầu").click()


def test_first_visit_asks_once_then_shows_day_n(site, phone_on_nov_20):
    page = phone_on_nov_20
    page.goto(site["url"])
    page.get_by_text("Bạn thuộc bộ phận nào?").wait_for(state="visible")  # written by today.js once loaded
    choose(page, "customer-care", "staff")
    assert page.locator(".today__day").inner_text() == "Ngày 5/30"
    page.reload()
    assert page.locator(".today__day").inner_text() == "Ngày 5/30", "the choice is remembered"
    page.get_by_role("link", name="Đọc bài hôm nay").click()
    opened_day(page)
    assert page.locator("h1").inner_text() == "Ngày 5/30"
    assert "n=5" in page.url and "d=customer-care" in page.url


def test_before_the_start_shows_the_date_and_a_preview(site, phone_on_nov_20):
    page = phone_on_nov_20
    page.goto(site["url"])
    choose(page, "delivery", "lead")
    assert "bắt đầu ngày" in page.locator(".today__day").inner_text()
    assert (
        page.get_by_role("link", name="Xem trước ngày 1")
        .get_attribute("href")
        .endswith(day("delivery", "lead", 1, "wave-2027-01"))
    )


def test_after_day_30_offers_review(site, phone):
    phone.clock.set_fixed_time(datetime(2027, 2, 1, 8, 0))
    phone.goto(site["url"])
    choose(phone, "hotline", "lead")
    assert "đã đi hết 30 ngày" in phone.locator(".today__day").inner_text()


def test_mark_done_survives_a_reload_and_counts_on_home(site, phone_on_nov_20):
    page = phone_on_nov_20
    for n in (4, 5):
        page.goto(site["url"] + day("shop-floor", "staff", n))
        opened_day(page)
        page.get_by_role("button", name="Đánh dấu đã học xong").click()
    page.reload()
    opened_day(page)
    assert page.get_by_role("button", name="Đã học xong ✓").get_attribute("aria-pressed") == "true"
    page.goto(site["url"])  # the day's address (department and role) became this phone's choice
    assert page.locator(".today__progress").inner_text() == "Đã học 2/30 ngày · chuỗi hiện tại 2 ngày"
    page.goto(site["url"] + "departments/shop-floor/")
    assert page.locator(".today__progress").inner_text() == "Nhân viên · Đã học 2/30 ngày · chuỗi hiện tại 2 ngày"
    staff_days = page.locator("ol.days[data-role=staff] li.days__day--done").evaluate_all(
        "items => items.map(i => i.dataset.day)"
    )
    assert staff_days == ["4", "5"]
    assert (
        page.locator("ol.days[data-role=staff] li.days__day--today[aria-current=date]").get_attribute("data-day") == "5"
    )


def test_department_address_for_a_qr_code_lands_on_today(site, phone_on_nov_20):
    page = phone_on_nov_20
    page.goto(site["url"] + "today/?d=hotline&r=lead")
    opened_day(page)
    assert page.locator("h1").inner_text() == "Ngày 5/30"
    assert page.locator(".day-meta").inner_text().endswith("Khóa thí điểm: 20/11/2026")


LAYOUT_SHIFTS = """window.layoutShift = 0;
new PerformanceObserver(list => list.getEntries().forEach(e => {
  if (!e.hadRecentInput) window.layoutShift += e.value; }))
  .observe({type: "layout-shift", buffered: true});"""


def slow_network(route):
    time.sleep(0.4)
    route.continue_()


def settled_layout_shift(page) -> float:
    return page.evaluate("new Promise(done => setTimeout(() => done(window.layoutShift), 200))")


def test_the_home_page_does_not_jump_when_today_arrives(site, phone_on_nov_20):
    """The today box fills in after program.json arrives; the page below it must not move (Web Vitals'
    'good' cumulative layout shift is under 0.1), on a first visit and on a returning one."""
    page = phone_on_nov_20
    page.add_init_script(LAYOUT_SHIFTS)
    page.route("**/program.json", slow_network)  # as on a phone: the page paints before the data arrives
    page.goto(site["url"])
    page.locator("#today-department").wait_for()
    assert settled_layout_shift(page) < 0.1
    choose(page, "hotline", "staff")
    page.reload()
    page.locator(".today__day").wait_for()
    assert settled_layout_shift(page) < 0.1
