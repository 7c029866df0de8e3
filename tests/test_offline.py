"""Offline reading and privacy, in headless Chromium on a phone: after one visit today's and tomorrow's
lessons open with the network cut, and no page asks any host but the site's own."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlparse

from conftest import PHONE, day, opened_day
from test_browser import PAGES, search
from test_today import choose

NOV_20 = datetime(2026, 11, 20, 9, 30)  # day 5 of the pilot cohort


def test_today_and_tomorrow_open_with_the_network_cut(site, browser):
    context = browser.new_context(**PHONE, service_workers="allow")
    page = context.new_page()
    page.clock.set_fixed_time(NOV_20)
    page.goto(site["url"])
    choose(page, "customer-care", "staff")
    page.wait_for_function("document.documentElement.dataset.offlineReady === '1'", timeout=15_000)
    context.set_offline(True)
    for n in (5, 6):
        page.goto(site["url"] + day("customer-care", "staff", n))
        opened_day(page)
        assert page.locator("h1").inner_text() == f"Ngày {n}/30"
        assert page.locator("form.quiz").count() >= 2
        header = page.locator("header.md-header")
        assert header.evaluate("e => getComputedStyle(e).position") == "sticky", "Material's stylesheet is there"
    page.goto(site["url"])
    assert page.locator(".today__day").inner_text() == "Ngày 5/30", "home and its script work offline too"
    context.close()


def test_manifest_makes_the_site_installable(site, phone):
    phone.goto(site["url"])
    href = phone.locator("link[rel=manifest]").get_attribute("href")
    manifest = phone.request.get(site["url"] + href).json()
    assert manifest["display"] == "standalone" and manifest["start_url"] == "./"
    assert manifest["icons"]


def test_no_request_leaves_the_site(site, browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).netloc))
    page.clock.set_fixed_time(NOV_20)
    page.goto(site["url"])
    choose(page, "shop-floor", "staff")
    for path in [*PAGES, "today/", "hr/coverage/", day("shop-floor", "manager", 7)]:
        page.goto(site["url"] + path)
        page.wait_for_load_state("networkidle")
    search(page, "xin lỗi")
    context.close()
    assert hosts == {urlparse(site["url"]).netloc}
