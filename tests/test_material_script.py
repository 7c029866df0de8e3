"""Material's bundle runs on wide screens only; on a phone assets/material.js does what a reader sees of it."""

from __future__ import annotations

from conftest import PHONE, day, opened_day, printed

DAY = "lessons/rule-05/"
DESKTOP = {"viewport": {"width": 1280, "height": 900}}


def bundle_requests(page) -> list[str]:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url) if "/javascripts/bundle." in request.url else None)
    return requests


def scroll_to(page, y: int) -> None:
    page.evaluate("y => window.scrollTo({top: y, behavior: 'instant'})", y)
    page.wait_for_function("y => Math.abs(window.scrollY - y) < 2", arg=y)


def bottom(page) -> int:
    return page.evaluate("document.documentElement.scrollHeight - window.innerHeight")


def header_shows_page_title(page) -> bool:
    return page.evaluate(
        "document.querySelector('[data-md-component=header-title]').classList.contains('md-header__title--active')"
    )


def test_a_phone_does_not_download_materials_bundle(site, phone):
    requests = bundle_requests(phone)
    phone.goto(site["url"] + DAY, wait_until="networkidle")
    assert requests == []


def test_phone_header_shows_the_page_title_once_the_heading_scrolls_away(site, phone):
    phone.goto(site["url"] + DAY)
    phone.wait_for_load_state("load")
    assert not header_shows_page_title(phone)
    scroll_to(phone, bottom(phone) // 2)
    phone.wait_for_function("document.querySelector('.md-header__title--active')")
    scroll_to(phone, 0)
    phone.wait_for_function("!document.querySelector('.md-header__title--active')")


def test_phone_back_to_top_appears_when_scrolling_up_and_goes_to_the_top(site, phone):
    phone.goto(site["url"] + DAY)
    phone.wait_for_load_state("load")
    button = phone.locator("[data-md-component=top]")
    hidden = "document.querySelector('[data-md-component=top]').hidden"
    end = bottom(phone)
    assert end > 1500, "a day page is longer than two screens"
    scroll_to(phone, end)
    assert phone.evaluate(hidden), "out of the way while reading down"
    scroll_to(phone, end - 300)
    phone.wait_for_function(f"!{hidden}")
    button.click()
    phone.wait_for_function("window.scrollY === 0")
    assert phone.evaluate(hidden)


def test_phone_menu_closes_after_a_tap_on_a_heading_of_the_same_page(site, phone):
    phone.goto(site["url"] + DAY)
    phone.wait_for_load_state("load")
    phone.locator("label.md-header__button[for=__drawer]").click()
    drawer = phone.locator(".md-sidebar--primary")
    drawer.locator("label.md-nav__link[for=__toc]").click()
    heading = drawer.locator(".md-nav--secondary a[href^='#']").nth(1)
    target = heading.get_attribute("href")
    heading.click()
    phone.wait_for_function("!document.getElementById('__drawer').checked")
    assert phone.evaluate("location.hash") == target


def test_wide_screen_loads_materials_bundle_and_material_takes_over(site, browser):
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    requests = bundle_requests(page)
    page.goto(site["url"] + DAY, wait_until="networkidle")
    assert len(requests) == 1
    # only Material's script marks the table of contents' link of the section being read
    scroll_to(page, bottom(page) // 2)
    page.wait_for_function("document.querySelector('.md-nav--secondary .md-nav__link--active')")
    assert header_shows_page_title(page)
    context.close()


def test_a_phone_turned_into_a_wide_window_gets_materials_bundle(site, browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    requests = bundle_requests(page)
    page.goto(site["url"] + DAY, wait_until="networkidle")
    assert requests == []
    with page.expect_response("**/javascripts/bundle.*.min.js"):
        page.set_viewport_size({"width": 1280, "height": 900})
    scroll_to(page, bottom(page) // 2)
    page.wait_for_function("document.querySelector('.md-nav--secondary .md-nav__link--active')")
    context.close()


def test_phone_prints_the_other_roles_parts_unfolded(site, phone):
    phone.goto(site["url"] + day("shop-floor", "staff", 5))
    opened_day(phone)
    folded = phone.locator("details:not([open])")
    assert folded.count() >= 1
    folded_text = folded.first.evaluate("d => d.querySelector('p').textContent")
    text, _, _ = printed(phone)
    assert "".join(folded_text.split())[:40] in text
