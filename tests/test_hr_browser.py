"""HR's pages in a real browser: the overview on a desktop and a phone, and a department printed to A4."""

from __future__ import annotations

import pytest
from conftest import printed

DESKTOP = {"viewport": {"width": 1280, "height": 800}}


@pytest.fixture
def desktop(browser):
    context = browser.new_context(**DESKTOP)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_hr_overview_leads_to_each_department(site, request, device):
    page = request.getfixturevalue(device)
    page.goto(site["url"] + "hr/")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    link = page.locator("#department-customer-care > a").first
    link.scroll_into_view_if_needed()
    box = link.bounding_box()
    assert box["height"] >= 44
    link.click()
    page.wait_for_url("**/departments/customer-care/")
    first = page.locator("ol.days[data-role=staff] li[data-day='1']")
    assert "Nguyên tắc #33" in first.inner_text(), "the pinned rule #33 is customer care's first day"


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
