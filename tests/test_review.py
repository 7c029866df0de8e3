"""Spaced review on a phone: a day's quiz brings back the questions met three and ten days before (from the
department's data file, in the reader's own track), and after day 30 the review page holds the questions this
phone answered wrongly, until they are answered right."""

from __future__ import annotations

import json
import re

from conftest import ROOT, day, opened_day

from generator.load import load
from generator.markup import plain


def question_text(catalog, quiz: str) -> str:
    lesson, _, n = quiz.rpartition("-q")
    return plain(catalog.lessons[lesson].quiz[int(n) - 1].question.get("vi"))


def answer(form, right: bool) -> None:
    correct = int(form.get_attribute("data-answer"))
    choice = correct if right else (correct + 1) % form.locator("input[type=radio]").count()
    form.locator("label.quiz__option").nth(choice).tap()
    form.get_by_role("button").click()


def test_a_day_brings_back_the_questions_of_three_and_ten_days_before(site, phone):
    catalog, _ = load(ROOT / "rules")
    days = json.loads((site["dir"] / "data/shop-floor.json").read_text())["roles"]["staff"]["days"]
    expected = days[14 - 1]["review"]
    assert len(expected) == 2
    assert expected[0].rpartition("-q")[0] in days[14 - 3 - 1]["lessons"]
    assert expected[1].rpartition("-q")[0] in days[14 - 10 - 1]["lessons"]
    phone.goto(site["url"] + day("shop-floor", "staff", 14))
    opened_day(phone)
    again = phone.locator("section.day-again")
    assert again.get_by_role("heading").inner_text() == "Ôn lại"
    forms = again.locator("form.quiz")
    assert forms.evaluate_all("fs => fs.map(f => f.dataset.quiz)") == expected
    for i, quiz in enumerate(expected):
        legend = re.sub(r"\s+", " ", forms.nth(i).locator("legend").inner_text()).strip()
        assert legend == re.sub(r"\s+", " ", question_text(catalog, quiz)).strip()
        lesson = catalog.lessons[quiz.rpartition("-q")[0]]
        assert lesson.title.get("vi") in forms.nth(i).locator(".quiz__from").inner_text()
    answer(forms.first, right=False)
    assert "Chưa đúng" in forms.first.get_by_role("status").inner_text()


def test_questions_answered_wrongly_wait_on_the_review_page_until_answered_right(site, phone):
    phone.goto(site["url"] + "lessons/rule-33/")
    quizzes = phone.locator("form.quiz")
    missed = [quizzes.nth(i).get_attribute("data-quiz") for i in range(2)]
    answer(quizzes.nth(0), right=False)
    answer(quizzes.nth(1), right=False)
    stored = phone.evaluate("() => JSON.parse(localStorage.getItem('brand30.wrong'))")
    assert sorted(stored) == sorted(missed)
    phone.goto(site["url"] + "review/")
    box = phone.locator("#wrong-review[data-ready]")
    box.wait_for()
    assert sorted(box.locator("form.quiz").evaluate_all("fs => fs.map(f => f.dataset.quiz)")) == sorted(missed)
    first = box.locator(f'form.quiz[data-quiz="{missed[0]}"]')
    answer(first, right=True)
    assert "Đúng rồi" in first.get_by_role("status").inner_text()
    phone.reload()
    box.wait_for()
    assert box.locator("form.quiz").evaluate_all("fs => fs.map(f => f.dataset.quiz)") == [missed[1]]
    answer(box.locator("form.quiz").first, right=True)
    phone.reload()
    box.wait_for()
    assert not box.locator("form.quiz").count() and box.inner_text().strip(), "a word, not an empty page"


def test_on_big_question_days_the_lead_gets_the_huddle_guide_and_staff_do_not(site, phone):
    catalog, _ = load(ROOT / "rules")
    days = json.loads((site["dir"] / "data/shop-floor.json").read_text())["roles"]
    for number in (7, 14, 21, 28):
        question = next(q for q in catalog.questions if q.id == days["lead"]["days"][number - 1]["question"])
        phone.goto(site["url"] + day("shop-floor", "lead", number))
        opened_day(phone)
        huddle = phone.locator("#day-view .huddle")
        assert huddle.is_visible() and "Buổi trao đổi 10 phút của trưởng nhóm" in huddle.inner_text()
        text = re.sub(r"\s+", " ", huddle.inner_text())
        for asked in question.huddle.ask:
            assert re.sub(r"\s+", " ", plain(asked.get("vi"))) in text
        for part in (question.huddle.note, question.huddle.then):
            assert re.sub(r"\s+", " ", plain(part.get("vi")))[:40] in text
    phone.goto(site["url"] + day("shop-floor", "staff", 14))
    opened_day(phone)
    question = next(q for q in catalog.questions if q.id == days["staff"]["days"][14 - 1]["question"])
    assert plain(question.title.get("vi")) in phone.locator("#day-view").inner_text(), "staff read the Big Question"
    assert not phone.locator("#day-view .huddle").count(), "not the lead's huddle"


def test_check_counts_the_questions_by_kind():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=ROOT, capture_output=True, text=True)
    catalog, _ = load(ROOT / "rules")
    kinds = [q.kind for lesson in catalog.lessons.values() for q in lesson.quiz]
    expected = f"Quiz: {len(kinds)} questions ({kinds.count('recall')} recall, {kinds.count('scenario')} scenario)"
    assert expected in result.stdout, result.stdout
