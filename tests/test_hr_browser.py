"""HR's pages in a real browser: the overview on a desktop and a phone, and a department printed to A4."""
from __future__ import annotations

import re

import pytest
from conftest import printed

DESKTOP = {"viewport": {"width": 1280, "height": 800}}


@pytest.fixture
def desktop(browser):
    context = browser.new_context(**DESKTOP)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_hr_overview_cell_opens_its_lesson(site, request, device):
    page = request.getfixturevalue(device)
    page.goto(site["url"] + "hr/")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    cell = page.locator(".hr-grid a[href*='customer-care/staff/day-01/']").first
    cell.scroll_into_view_if_needed()
    assert cell.inner_text() == "#33", "the pinned rule #33 opens customer care's first day"
    cell.click()
    page.wait_for_url("**/departments/customer-care/staff/day-01/")
    assert page.get_by_role("heading", name=re.compile("Nguyên tắc #33")).is_visible()


def test_department_schedule_prints_on_a4(site, browser):
    page = browser.new_page()
    page.goto(site["url"] + "departments/shop-floor/")
    text, pages, width = printed(page)
    page.close()
    assert 3 <= pages <= 3 * 3 + 1, "at most three A4 pages per role, plus the calendar links"
    assert "Tìmkiếm" not in text, "header and search are hidden in print"
    for role in ("Nhânviên", "Trưởngnhóm", "Quảnlý"):
        assert role in text
    assert "Nguyêntắc#39" in text and "15/12/2026" in text, "the last day is on paper"
    assert 590 < width < 600, "A4 portrait"
