"""In a real headless Chromium on a 390×844 phone: layout, navigation, search, language switch."""

from __future__ import annotations

import re

import pytest
from conftest import day, opened_day

PAGES = [
    "",
    "departments/",
    "departments/shop-floor/",
    day("shop-floor", "staff", 3),
    "lessons/rule-05/",
    "rules/",
    "big-questions/",
    "etiquette/",
    "hr/",
    "modules/customer-levels/",
    "en/lessons/rule-05/",
]


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_scrolling(site, phone, path):
    phone.goto(site["url"] + path)
    if path.startswith("day/"):
        opened_day(phone)
    assert no_horizontal_scroll(phone), path


def test_day_page_opens_from_the_department_page(site, phone):
    phone.goto(site["url"] + "departments/shop-floor/")
    phone.get_by_role("link", name="Ngày 7", exact=True).first.click()
    opened_day(phone)
    assert phone.locator("h1").inner_text() == "Ngày 7/30"
    assert phone.get_by_role("heading", name=re.compile("^Câu hỏi lớn của tuần")).is_visible()
    phone.get_by_role("link", name="Ngày 8 →").click()
    opened_day(phone)
    assert phone.locator("h1").inner_text() == "Ngày 8/30"


def search(page, words: str):
    """Open the site's search and type as a person does; the results of the last keystroke."""
    page.locator(".site-search__open").click()
    box = page.locator(".site-search__input")
    box.fill("")
    box.press_sequentially(words, delay=20)
    page.wait_for_function("q => document.querySelector('.site-search__input').value === q", arg=words)
    page.locator(".site-search__status:not(:empty)").wait_for()
    return page.locator(".site-search__item a")


def test_vietnamese_search_finds_lessons(site, phone):
    phone.goto(site["url"])
    results = search(phone, "khách hàng")
    assert results.count() >= 3
    assert "khách hàng" in results.first.inner_text().lower()


def test_quiz_answer_is_hidden_until_answered(site, phone):
    phone.goto(site["url"] + "lessons/rule-33/")
    quiz = phone.locator("form.quiz").first
    feedback = quiz.locator(".quiz__feedback")
    assert not feedback.is_visible()
    right = int(quiz.get_attribute("data-answer"))
    wrong = (right + 1) % quiz.locator("input[type=radio]").count()
    quiz.locator("label.quiz__option").nth(wrong).tap()
    quiz.get_by_role("button").click()
    assert feedback.is_visible() and "Chưa đúng" in feedback.inner_text()
    quiz.locator("label.quiz__option").nth(right).tap()
    quiz.get_by_role("button").click()
    assert "Đúng rồi" in feedback.inner_text()


def test_quiz_by_keyboard_as_a_screen_reader_meets_it(site, phone):
    phone.goto(site["url"] + "lessons/rule-33/")
    quiz = phone.locator("form.quiz").first
    question = quiz.locator("legend").inner_text()
    group = phone.get_by_role("group", name=question)  # the fieldset is named by its question
    options = group.get_by_role("radio")
    assert options.count() >= 3
    status = quiz.get_by_role("status")
    assert status.inner_text() == "", "the verdict region is present and silent before an answer"
    right = int(quiz.get_attribute("data-answer"))
    options.first.focus()
    for _ in range(right):
        phone.keyboard.press("ArrowDown")
    assert options.nth(right).is_checked()
    phone.keyboard.press("Tab")
    assert quiz.get_by_role("button").evaluate("b => b === document.activeElement")
    phone.keyboard.press("Enter")
    assert status.inner_text().startswith("Đúng rồi")
    assert len(status.inner_text()) > len("Đúng rồi") + 10, "the explanation follows the verdict"


def test_language_switch_keeps_the_page_under_the_sub_path(site, phone):
    phone.goto(site["url"] + "lessons/rule-05/")
    href = phone.locator("a.md-select__link[hreflang=en]").get_attribute("href")
    phone.goto(phone.url + href)
    assert phone.url == site["url"] + "en/lessons/rule-05/"
    assert phone.locator("html").get_attribute("lang") == "en"
    back = phone.locator("a.md-select__link[hreflang=vi]").get_attribute("href")
    phone.goto(phone.url + back)
    assert phone.url == site["url"] + "lessons/rule-05/"
