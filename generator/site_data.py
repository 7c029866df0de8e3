"""The site's data files, beside its pages: what the page scripts read (program.json, one small file
per department), what other tools read (curriculum.json, the CSV), the search index, the web app
manifest, and what HR hands out (calendars, QR codes)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import addresses as at
from . import markup
from .handouts import cohort_dates, day_titles, program_csv, qr_codes
from .model import BigQuestion, Department, Lesson, Module, Tip, lines_of

if TYPE_CHECKING:
    from .render import Renderer


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def data_files(r: Renderer, site_url: str, with_qr_codes: bool = True) -> dict[str, str | bytes]:
    """Every data file of one language; without the QR codes when the caller makes them apart."""
    files: dict[str, str | bytes] = {
        at.PROGRAM_DATA: _json(program_data(r)),
        at.CURRICULUM: curriculum_json(r),
        at.SEARCH_INDEX: _json(search_index(r)),
        at.MANIFEST: manifest(r),
        at.PROGRAM_CSV: program_csv(
            r.catalog,
            r.program,
            r.tracks,
            r.lang,
            lambda department_id, role_id, cohort, n: site_url + at.day_url(department_id, role_id, n, cohort.id),
        ),
    }
    for department in r.program.departments:
        files[at.department_data(department.id)] = _json(department_data(r, department))
    if with_qr_codes:
        files.update(qr_codes(r.program, lambda department: r.t(department.name), site_url))
    return files


def _cohorts(r: Renderer, department_id: str) -> list[dict]:
    return [
        {"id": c.id, "name": r.t(c.name), "start": c.start.isoformat()} for c in r.program.cohorts_of(department_id)
    ]


def program_data(r: Renderer) -> dict:
    """What every page script needs: the departments to choose from, names, addresses and labels."""
    program = r.program
    return {
        "days": program.settings.days,
        "title": r.t(program.settings.title),
        "roles": {role.id: r.t(role.name) for role in program.roles},
        "departments": [
            {"id": d.id, "name": r.t(d.name), "roles": list(d.roles), "cohorts": _cohorts(r, d.id)}
            for d in program.departments
        ],
        "lessons": {lesson.id: r.lesson_label(lesson) for lesson in r.catalog.lessons.values()},
        "urls": at.url_templates(),
        "dateFormat": r.ui("date_format"),
        "labels": {key[len("js_") :]: r.ui(key) for key in r.catalog.interface if key.startswith("js_")},
    }


def department_data(r: Renderer, department: Department) -> dict:
    """One department's days, per role: what the day view composes a reader's day from."""
    roles = {}
    for track in r.tracks_of(department.id):
        role = r.program.role(track.role)
        roles[role.id] = {
            "name": r.t(role.name),
            "level": role.level,
            "days": [
                {
                    "lessons": list(day.lessons),
                    "tip": day.tip,
                    "question": day.question,
                    "review": list(day.review),
                    "minutes": r.minutes(day),
                }
                for day in track.days
            ],
        }
    return {
        "id": department.id,
        "name": r.t(department.name),
        "cohorts": _cohorts(r, department.id),
        "practice": str(markup.html(r.t(department.practice))) if department.practice else "",
        "roles": roles,
    }


def curriculum_json(r: Renderer) -> str:
    """department → role → day → {date, dates, lessons, tip, question, title, words, url}, as JSON; urls
    relative to the site root (the day view's, with a query). Departments that read the same days share
    each day's JSON but for its url, which ends it."""
    title, dates = day_titles(r.catalog, r.lang), cohort_dates(r.program.settings.days)
    made: dict[tuple, list[str]] = {}
    departments: dict[str, list[str]] = {}
    for track in r.tracks:
        cohorts = r.program.cohorts_of(track.department)
        key = (id(track.days), tuple(c.id for c in cohorts))
        if key not in made:
            made[key] = [
                _json(
                    {
                        "date": dates(cohorts[0])[day.number - 1],
                        "dates": {c.id: dates(c)[day.number - 1] for c in cohorts},
                        "lessons": list(day.lessons),
                        "tip": day.tip,
                        "question": day.question,
                        "title": title(day.lessons),
                        "words": day.words.get(r.lang, max(day.words.values())),
                    }
                )[:-1]
                + ',"url":'
                for day in track.days
            ]
        days = ",".join(
            f'"{day.number}":{start}{_json(at.day_url(track.department, track.role, day.number))}}}'
            for day, start in zip(track.days, made[key], strict=True)
        )
        departments.setdefault(track.department, []).append(f"{_json(track.role)}:{{{days}}}")
    return "{" + ",".join(f"{_json(d)}:{{{','.join(roles)}}}" for d, roles in departments.items()) + "}"


def search_index(r: Renderer) -> dict:
    """Documents for the site's search: each with its url, title, where it belongs, and plain text."""
    t, ui, catalog = r.t, r.ui, r.catalog
    docs = []
    for module in sorted(catalog.modules.values(), key=lambda m: m.order):
        module_doc = {
            "u": at.url(at.module(module.id)),
            "t": t(module.title),
            "c": ui("module"),
            "x": markup.plain(t(module.summary), *(t(catalog.lessons[lid].title) for lid in module.lessons)),
        }
        docs.append(_add_search_words(module_doc, module, r.lang))
        for lesson_id in module.lessons:
            lesson = catalog.lessons[lesson_id]
            where = f"{ui('module')}: {t(module.title)}"
            if lesson.kind == "rule":
                where = f"{ui('rule')} {lesson.number}/{len(catalog.rules)} · {where}"
            doc: dict[str, Any] = {
                "u": at.url(at.lesson(lesson_id)),
                "t": r.lesson_label(lesson),
                "c": where,
                "id": lesson_id,
                "x": markup.plain(*map(t, reader_texts(lesson))),
            }
            _add_search_words(doc, lesson, r.lang)
            if lesson.kind == "rule":
                doc["n"] = lesson.number  # "quy tắc 32", "nt 32", "#32", "rule 32", "32" find it first
            docs.append(doc)
    for department in r.program.departments:
        roles = [t(r.program.role(track.role).name) for track in r.tracks_of(department.id)]
        modules = [t(catalog.modules[m].title) for m in department.modules]
        own_names = [department.keywords.get(r.lang)] if department.keywords and department.keywords.has(r.lang) else []
        docs.append(
            {
                "u": at.url(at.department(department.id)),
                "t": t(department.name),
                "c": ui("department"),
                "r": ", ".join(roles),
                "x": markup.plain(*modules, *([t(department.practice)] if department.practice else [])),
                "k": markup.plain(", ".join([*own_names, ui("department_search")])),
            }
        )
    for question in catalog.questions:
        parts = [
            question.idea,
            *question.sub_questions,
            question.at_work.staff,
            question.at_work.lead,
            question.at_work.manager,
            question.reflection,
        ]
        doc = {
            "u": at.url(at.BIG_QUESTIONS) + f"#{question.id}",
            "t": t(question.title),
            "c": ui("big_question"),
            "x": markup.plain(*map(t, parts)),
        }
        docs.append(_add_search_words(doc, question, r.lang))
    for tip in catalog.tips:
        doc = {
            "u": at.url(at.ETIQUETTE) + f"#{tip.id}",
            "t": t(tip.title),
            "c": ui("etiquette"),
            "x": markup.plain(t(tip.do), t(tip.say), t(tip.avoid)),
        }
        docs.append(_add_search_words(doc, tip, r.lang))
    for path, title, intro, words in (  # words: what people type for the page, never shown on it
        (at.RULES, "rules_39", "rules_intro", "rules_intro_search"),
        (at.HR, "hr_overview", "hr_intro", "hr_intro_search"),
        (at.COVERAGE, "coverage", "coverage_intro", "coverage_intro_search"),
    ):
        docs.append(
            {"u": at.url(path), "t": ui(title), "c": "", "x": markup.plain(ui(intro)), "k": markup.plain(ui(words))}
        )
    return {
        "lang": r.lang,
        "docs": docs,
        "day": ui("day"),
        "keywords": ui("search_keywords"),
        "situations": ui("search_situations"),
        "synonyms": search_synonyms(r),
        "shorthand": search_shorthand(r),
        "rule": rule_words(r),
    }


def _add_search_words(doc: dict, page: Lesson | Tip | BigQuestion | Module, lang: str) -> dict:
    """A page's search keywords and situations in this language, if it has them (never on the page; `k` and
    `s` in the index)."""
    if page.keywords and page.keywords.has(lang):
        doc["k"] = markup.plain(page.keywords.get(lang))
    if situations := lines_of(page.situations, lang):
        doc["s"] = [markup.plain(line) for line in situations]
    return doc


def search_synonyms(r: Renderer) -> list[list[str]]:
    """rules/synonyms.yml's groups written in this language, each a list of words or phrases."""
    return [list(words) for group in r.catalog.synonyms if len(words := group.of(r.lang)) >= 2]


def search_shorthand(r: Renderer) -> dict[str, str]:
    """rules/shorthand.yml in this language: each short form → the words it stands for."""
    return {word.lower(): means for item in r.catalog.shorthand for means, short in [item.of(r.lang)] for word in short}


def rule_words(r: Renderer) -> list[str]:
    """The words that may stand before a rule's number, in this language and in English (staff type
    "rule 5" on the Vietnamese site too): the interface's word for a rule and the synonyms of it."""
    said = {r.ui("rule").lower(), r.catalog.interface["rule"].get("en").lower()}
    for group in r.catalog.synonyms:
        for lang in (r.lang, "en"):
            if said & {w.lower() for w in group.of(lang)}:
                said.update(w.lower() for w in group.of(lang))
    return sorted(said)


def reader_texts(lesson) -> list:
    """Every text of a lesson that a reader sees, all ranks included."""
    parts = [
        lesson.idea,
        lesson.why,
        *lesson.at_work.staff.texts(),
        *lesson.at_work.lead.texts(),
        *lesson.at_work.manager.texts(),
        lesson.practice,
        lesson.reflection,
    ]
    for question in lesson.quiz:
        parts += [question.question, *(o.text for o in question.options), *(o.feedback for o in question.options)]
    return parts


def manifest(r: Renderer) -> str:
    title = r.program.settings.title.get(r.lang)
    short = r.ui("app_short_name")
    return json.dumps(
        {
            "name": title,
            "short_name": short,
            "lang": r.lang,
            "start_url": "./",
            "scope": "./",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#00695c",
            "icons": [{"src": "assets/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"}],
        },
        ensure_ascii=False,
    )
