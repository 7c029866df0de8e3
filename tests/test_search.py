"""Search as an employee types it on a phone: with or without diacritics, Vietnamese and English.
Each query must return its page in the top three; the precision table is printed after the run."""
from __future__ import annotations

import unicodedata

import pytest

from test_browser import search

QUERIES = [  # (typed, the page it must return in its top three)
    ("cảm ơn", "etiquette/#tip-end-thanks"), ("cam on", "etiquette/#tip-end-thanks"),
    ("khiếu nại", "modules/complaints/"), ("khieu nai", "modules/complaints/"),
    ("xin lỗi", "etiquette/#tip-apologise"), ("xin loi", "etiquette/#tip-apologise"),
    ("tổng đài", "departments/hotline/"), ("tong dai", "departments/hotline/"),
    ("giao hàng", "departments/delivery/"), ("giao hang", "departments/delivery/"),
    ("nhu cầu mong muốn", "lessons/rule-28/"), ("nhu cau mong muon", "lessons/rule-28/"),
    ("chân dung khách hàng", "lessons/know-portrait/"), ("chan dung khach hang", "lessons/know-portrait/"),
    ("dạ vâng", "etiquette/#tip-da-vang"), ("da vang", "etiquette/#tip-da-vang"),
    ("tranh cãi", "lessons/rule-33/"), ("tranh cai", "lessons/rule-33/"),
    ("cap do khach hang", "modules/customer-levels/"), ("nam kieu khach", "lessons/know-types/"),
    ("chao khach", "lessons/service-tip-06/"), ("ban hang", "departments/shop-floor/"),
    ("en/", "never argue", "lessons/rule-33/"), ("en/", "open questions", "lessons/talk-open-questions/"),
    ("en/", "customer portrait", "lessons/know-portrait/"), ("en/", "call centre", "departments/hotline/"),
    ("en/", "needs wants", "lessons/rule-28/"), ("en/", "apologise", "etiquette/#tip-apologise"),
]
RESULTS: list[tuple[str, str, str, bool]] = []


def _case(entry):
    return entry if len(entry) == 3 else ("", *entry)


@pytest.fixture(scope="module")
def search_page(site, browser):
    from conftest import PHONE
    context = browser.new_context(**PHONE)
    pages = {}
    def page_for(prefix):
        if prefix not in pages:
            pages[prefix] = context.new_page()
            pages[prefix].goto(site["url"] + prefix)
        return pages[prefix]
    yield page_for
    context.close()


@pytest.mark.parametrize("prefix,typed,expected", [_case(q) for q in QUERIES], ids=[_case(q)[1] for q in QUERIES])
def test_query_returns_its_page_in_the_top_three(site, search_page, prefix, typed, expected):
    page = search_page(prefix)
    links = search(page, typed)
    top = [href.removeprefix(site["url"] + prefix) for href in links.evaluate_all("a => a.map(e => e.href)")[:3]]
    page.keyboard.press("Escape")
    found = expected in top
    RESULTS.append((prefix + typed, prefix + expected, " | ".join(top), found))
    assert found, top


def test_precision_over_the_whole_table():
    assert len(RESULTS) == len(QUERIES) >= 20
    precision = sum(found for *_, found in RESULTS) / len(RESULTS)
    assert precision >= 0.95


def _has(text: str, phrase: str) -> bool:
    return unicodedata.normalize("NFC", phrase) in unicodedata.normalize("NFC", text).lower()


@pytest.mark.parametrize("typed", ["cảm ơn", "xin lỗi", "khiếu nại", "bán hàng"])
def test_exact_diacritics_rank_first(site, search_page, typed):
    """The top three pages contain the words exactly as typed, though many more match them folded."""
    page = search_page("")
    links = search(page, typed)
    urls = links.evaluate_all("a => a.slice(0, 3).map(e => e.href)")
    page.keyboard.press("Escape")
    assert len(urls) == 3
    for url in urls:
        assert _has(page.request.get(url.split("#")[0]).text(), typed), url


def test_every_top_hit_for_a_folded_query_mentions_it(site, search_page):
    """Zensical's first hits for "dien thoai" never mention "điện thoại": ours must."""
    page = search_page("")
    links = search(page, "dien thoai")
    urls = links.evaluate_all("a => a.slice(0, 3).map(e => e.href)")
    page.keyboard.press("Escape")
    for url in urls:
        page_text = page.request.get(url.split("#")[0]).text()
        assert "điện thoại" in page_text.lower(), url


def test_results_say_where_a_hit_belongs_and_the_readers_day(site, phone):
    phone.goto(site["url"])
    phone.select_option("#today-department", "shop-floor")
    phone.select_option("#today-role", "staff")
    phone.get_by_role("button", name="Bắt đầu").click()
    day = next(n for n, d in site["curriculum"]["shop-floor"]["staff"].items() if "rule-28" in d["lessons"])
    first = search(phone, "nhu cau mong muon").first
    where = first.locator(".site-search__where").inner_text()
    assert where.startswith("Nguyên tắc 28/39 · Học phần: ") and where.endswith(f"· Ngày {day}")


def test_the_index_is_fetched_only_when_search_opens(site, phone):
    fetched = []
    phone.on("request", lambda request: fetched.append(request.url))
    phone.goto(site["url"] + "lessons/rule-05/")
    phone.wait_for_load_state("networkidle")
    assert not [u for u in fetched if u.endswith("search.json")], fetched
    search(phone, "xin")
    assert site["url"] + "search.json" in fetched
    english = []
    phone.on("request", lambda request: english.append(request.url))
    phone.goto(site["url"] + "en/")
    search(phone, "sorry")
    assert site["url"] + "en/search.json" in english, "each language has its own index"

