"""Turn model objects into the site's Markdown pages, its navigation and its data files.

Everything is rendered in memory before anything is written (the adapters write or hand the
pages to MkDocs), so a failing template never leaves half a site. Templates live in
`generator/templates/`; a file of the same name in `overrides/generator/` takes precedence.
"""
from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable

import jinja2

from .calendars import calendar_path, track_calendar
from .handouts import program_csv, qr_svg
from .model import Catalog, Day, Department, Lesson, Program, Text, Track
from .schedule import question_of, tip_of

TEMPLATES = Path(__file__).parent / "templates"


class RenderError(Exception):
    pass


@dataclass(frozen=True)
class Site:
    """One language's generated pages: {path: Markdown}, data files {path: text}, and navigation."""

    pages: dict[str, str]
    files: dict[str, str | bytes]
    nav: list


def url_of(path: str) -> str:
    """The directory-style URL, relative to the site root, that MkDocs gives a Markdown page."""
    stem = path[: -len(".md")]
    if stem == "index":
        return ""
    return (stem[: -len("/index")] if stem.endswith("/index") else stem) + "/"


_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`|^#+\s|^\s*[-*]\s", re.M)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def plain(*texts: str) -> str:
    """Markdown texts as one plain text for the search index."""
    return " ".join(" ".join(_MARKUP.sub("", _LINK.sub(r"\1", text)).split()) for text in texts if text)


def day_path(department: str, role: str, day: int) -> str:
    return f"departments/{department}/{role}/day-{day:02d}.md"


def lesson_path(lesson_id: str) -> str:
    return f"lessons/{lesson_id}.md"


def _environment(template_dirs: Iterable[Path]) -> jinja2.Environment:
    loader = jinja2.FileSystemLoader([*map(str, template_dirs), str(TEMPLATES)])
    env = jinja2.Environment(loader=loader, undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True, autoescape=False)
    env.filters["cell"] = lambda text: str(text).replace("|", "\\|").replace("\n", " ")
    return env


@dataclass
class Renderer:
    catalog: Catalog
    program: Program
    tracks: tuple[Track, ...]
    lang: str
    template_dirs: tuple[Path, ...] = ()
    site_url: str = ""
    env: jinja2.Environment = field(init=False)
    fell_back: bool = field(default=False, init=False)

    def __post_init__(self):
        self.env = _environment(self.template_dirs)
        self.env.globals.update(
            t=self.t, ui=self.ui, catalog=self.catalog, program=self.program, lang=self.lang,
            tip_of=lambda day: tip_of(self.catalog, day), question_of=lambda day: question_of(self.catalog, day),
            module_of=self.catalog.module_of, day_path=day_path, lesson_path=lesson_path, date_text=self.date_text,
            minutes=self.minutes, levels=("staff", "lead", "manager"), lesson_label=self.lesson_label,
            calendar_path=calendar_path, days_of=days_of,
        )

    # ---- helpers for templates
    def t(self, text: Text) -> str:
        if not text.has(self.lang):
            self.fell_back = True
        return text.get(self.lang, self.program.settings.fallback)

    def ui(self, key: str) -> str:
        if key not in self.catalog.interface:
            raise RenderError(f'rules/interface.yml has no text "{key}": add it, in every language.')
        return self.catalog.interface[key].get(self.lang, self.program.settings.fallback)

    def date_text(self, day: date) -> str:
        return day.strftime("%d/%m/%Y") if self.lang == "vi" else day.isoformat()

    def minutes(self, day: Day) -> int:
        return max(1, round(day.words.get(self.lang, 0) / self.program.settings.words_per_minute))

    def lesson_label(self, lesson: Lesson) -> str:
        if lesson.kind == "rule":
            return f"{self.ui('rule')} #{lesson.number}: {self.t(lesson.title)}"
        return self.t(lesson.title)

    def page(self, template: str, here: str, **context: Any) -> str:
        """Render a template for the page at `here`; `link(path)` gives a relative Markdown link."""
        def link(target: str) -> str:
            return posixpath.relpath(target, posixpath.dirname(here) or ".")
        self.fell_back = False
        try:
            markdown = self.env.get_template(template).render(here=here, link=link, **context)
        except jinja2.TemplateError as error:
            raise RenderError(f"generator/templates/{template}: {error}") from error
        return self._with_fallback_note(markdown) if self.fell_back else markdown

    def _with_fallback_note(self, markdown: str) -> str:
        """A partial language's page that shows some fallback text says so at the top."""
        end = markdown.index("\n---\n", 4) + len("\n---\n") if markdown.startswith("---\n") else 0
        fallback = self.program.settings.fallback
        note = (f'!!! info "{self.ui("fallback_note")}"\n    <span lang="{fallback}">'
                f'{self.catalog.interface["fallback_note"].get(fallback)}</span>\n\n')
        return markdown[:end] + "\n" + note + markdown[end:]

    # ---- the site
    def render(self) -> Site:
        pages: dict[str, str] = {}
        nav: list = []
        by_department = {d.id: [t for t in self.tracks if t.department == d.id] for d in self.program.departments}
        pages["departments/index.md"] = self.page("departments.md.j2", "departments/index.md",
                                                  tracks_of=by_department)
        department_nav: list = [{self.ui("all_departments"): "departments/index.md"}]
        for department in self.program.departments:
            department_nav.append({self.t(department.name): self._department(department, by_department[department.id], pages)})
        nav.append({self.ui("departments"): department_nav})

        lesson_nav: list = [{self.ui("all_modules"): "modules/index.md"}]
        pages["modules/index.md"] = self.page("modules.md.j2", "modules/index.md")
        for module in sorted(self.catalog.modules.values(), key=lambda m: m.order):
            path = f"modules/{module.id}.md"
            pages[path] = self.page("module.md.j2", path, module=module)
            section = [{self.ui("module_overview"): path}]
            for lesson_id in module.lessons:
                lesson = self.catalog.lessons[lesson_id]
                pages[lesson_path(lesson_id)] = self.page("lesson.md.j2", lesson_path(lesson_id), lesson=lesson,
                                                          module=module)
                section.append({self.lesson_label(lesson): lesson_path(lesson_id)})
            lesson_nav.append({self.t(module.title): section})
        nav.append({self.ui("lessons"): lesson_nav})
        pages["rules/index.md"] = self.page("rules.md.j2", "rules/index.md")
        pages["big-questions.md"] = self.page("big-questions.md.j2", "big-questions.md")
        pages["etiquette.md"] = self.page("etiquette.md.j2", "etiquette.md")
        pages["hr/index.md"] = self.page("hr.md.j2", "hr/index.md", tracks_of=by_department)
        pages["hr/coverage.md"] = self.page("coverage.md.j2", "hr/coverage.md", tracks_of=by_department)
        nav += [{self.ui("rules_39"): "rules/index.md"}, {self.ui("big_questions"): "big-questions.md"},
                {self.ui("etiquette"): "etiquette.md"},
                {"HR": [{self.ui("hr_overview"): "hr/index.md"}, {self.ui("coverage"): "hr/coverage.md"}]}]
        files = {"curriculum.json": json.dumps(curriculum(self.catalog, self.program, self.tracks, self.lang),
                                               ensure_ascii=False, indent=1),
                 "program.json": json.dumps(self.program_data(), ensure_ascii=False),
                 "manifest.webmanifest": manifest(self.program, self.lang)}
        files["search.json"] = json.dumps(self.search_index(by_department), ensure_ascii=False,
                                          separators=(",", ":"))
        files.update(self.calendars())
        files.update(self.handouts())
        return Site(pages=pages, files=files, nav=nav)

    def search_index(self, tracks_of: dict[str, list[Track]]) -> dict:
        """Documents for the site's search: each with its url, title, where it belongs, and plain text.
        `days` tells, for each department/role, the day each lesson is read."""
        t, ui = self.t, self.ui
        docs = []
        for module in sorted(self.catalog.modules.values(), key=lambda m: m.order):
            docs.append({"u": url_of(f"modules/{module.id}.md"), "t": t(module.title), "c": ui("module"),
                         "x": plain(t(module.summary), *(t(self.catalog.lessons[l].title) for l in module.lessons))})
            for lesson_id in module.lessons:
                lesson = self.catalog.lessons[lesson_id]
                where = f"{ui('module')}: {t(module.title)}"
                if lesson.kind == "rule":
                    where = f"{ui('rule')} {lesson.number}/39 · {where}"
                parts = [lesson.idea, lesson.why, *lesson.points, lesson.at_work.staff, lesson.at_work.lead,
                         lesson.at_work.manager, lesson.example, lesson.practice, lesson.reflection]
                for question in lesson.quiz:
                    parts += [question.question, *question.options, question.explanation]
                docs.append({"u": url_of(lesson_path(lesson_id)), "t": self.lesson_label(lesson), "c": where,
                             "id": lesson_id, "x": plain(*map(t, parts))})
        for department in self.program.departments:
            roles = [t(self.program.role(track.role).name) for track in tracks_of[department.id]]
            docs.append({"u": url_of(f"departments/{department.id}/index.md"), "t": t(department.name),
                         "c": f"{ui('department')} · {', '.join(roles)}",
                         "x": plain(*(t(self.catalog.modules[m].title) for m in department.modules))})
        for question in self.catalog.questions:
            parts = [question.idea, *question.sub_questions, question.at_work.staff, question.at_work.lead,
                     question.at_work.manager, question.reflection]
            docs.append({"u": url_of("big-questions.md") + f"#{question.id}", "t": t(question.title),
                         "c": ui("big_question"), "x": plain(*map(t, parts))})
        for tip in self.catalog.tips:
            docs.append({"u": url_of("etiquette.md") + f"#{tip.id}", "t": t(tip.title), "c": ui("etiquette"),
                         "x": plain(t(tip.do), t(tip.say), t(tip.avoid))})
        for path, title, intro in (("rules/index.md", "rules_39", "rules_intro"),
                                   ("hr/index.md", "hr_overview", "hr_intro"),
                                   ("hr/coverage.md", "coverage", "coverage_intro")):
            docs.append({"u": url_of(path), "t": ui(title), "c": "", "x": plain(ui(intro))})
        days = {f"{track.department}/{track.role}": {lesson: day.number for day in track.days for lesson in day.lessons}
                for track in self.tracks}
        return {"lang": self.lang, "docs": docs, "days": days, "day": ui("day"),
                "dayUrl": url_of(day_path("{department}", "{role}", 1)).replace("day-01", "day-{day}")}

    def address(self, path: str) -> str:
        """A page's address: absolute when the site's address is known, else relative to the site root."""
        return self.site_url + path

    def handouts(self) -> dict[str, str | bytes]:
        files: dict[str, str | bytes] = {
            "hr/program.csv": program_csv(self.catalog, self.program, self.tracks, self.lang,
                                          lambda track, n: self.address(url_of(day_path(track.department, track.role, n))))}
        for department in self.program.departments:
            files[f"hr/qr/{department.id}.svg"] = qr_svg(self.address(f"today/?d={department.id}"),
                                                         self.t(department.name))
        return files

    def calendars(self) -> dict[str, bytes]:
        files = {}
        for track in self.tracks:
            day_url = lambda n, t=track: self.address(url_of(day_path(t.department, t.role, n)))
            for cohort in self.program.cohorts_of(track.department):
                files[calendar_path(track, cohort)] = track_calendar(
                    self.catalog, self.program, track, cohort, self.lang, day_url, self.catalog.interface["day"])
        return files

    def program_data(self) -> dict:
        """What the page script needs to find a reader's day: names, cohorts, day urls, labels."""
        program = self.program
        return {
            "days": program.settings.days,
            "roles": {role.id: self.t(role.name) for role in program.roles},
            "departments": [{"id": d.id, "name": self.t(d.name), "roles": list(d.roles),
                             "url": url_of(f"departments/{d.id}/index.md"),
                             "cohorts": [{"id": c.id, "name": self.t(c.name), "start": c.start.isoformat()}
                                         for c in program.cohorts_of(d.id)]}
                            for d in program.departments],
            "dayUrl": url_of(day_path("{department}", "{role}", 1)).replace("day-01", "day-{day}"),
            "labels": {key[len("js_"):]: text.get(self.lang) for key, text in self.catalog.interface.items()
                       if key.startswith("js_")},
        }

    def _department(self, department: Department, tracks: list[Track], pages: dict[str, str]) -> list:
        overview = f"departments/{department.id}/index.md"
        pages[overview] = self.page("department.md.j2", overview, department=department, tracks=tracks)
        section: list = [{self.ui("department_overview"): overview}]
        for track in tracks:
            role = self.program.role(track.role)
            days = []
            for day in track.days:
                path = day_path(department.id, role.id, day.number)
                pages[path] = self.page("day.md.j2", path, department=department, role=role, track=track, day=day)
                days.append({f"{self.ui('day')} {day.number}": path})
            section.append({self.t(role.name): days})
        return section


def days_of(track: Track) -> dict[str, list[int]]:
    """Lesson, tip and Big Question id → the days of this track that carry it."""
    days: dict[str, list[int]] = {}
    for day in track.days:
        for item in (*day.lessons, day.tip, day.question):
            if item:
                days.setdefault(item, []).append(day.number)
    return days


def service_worker(shell: list[str], version: str) -> str:
    """The offline worker, listing the built site's shell (paths relative to the site root)."""
    return _environment(()).get_template("sw.js.j2").render(shell=shell, version=version)


def manifest(program: Program, lang: str) -> str:
    title = program.settings.title.get(lang)
    return json.dumps({"name": title, "short_name": title[:12], "lang": lang, "start_url": "./", "scope": "./",
                       "display": "standalone", "background_color": "#ffffff", "theme_color": "#00695c",
                       "icons": [{"src": "assets/icon.svg", "sizes": "any", "type": "image/svg+xml",
                                  "purpose": "any"}]}, ensure_ascii=False)


def curriculum(catalog: Catalog, program: Program, tracks: tuple[Track, ...], lang: str) -> dict:
    """department → role → day → {date, dates, lessons, title, url}; urls relative to the site root."""
    result: dict = {}
    for track in tracks:
        cohorts = program.cohorts_of(track.department)
        days = {}
        for day in track.days:
            titles = [catalog.lessons[lesson].title.get(lang) for lesson in day.lessons]
            days[str(day.number)] = {
                "date": cohorts[0].date_of(day.number).isoformat(),
                "dates": {c.id: c.date_of(day.number).isoformat() for c in cohorts},
                "lessons": list(day.lessons),
                "tip": day.tip,
                "question": day.question,
                "title": " · ".join(titles),
                "url": url_of(day_path(track.department, track.role, day.number)),
                "words": day.words[lang] if lang in day.words else max(day.words.values()),
            }
        result.setdefault(track.department, {})[track.role] = days
    return result


def render_site(catalog: Catalog, program: Program, tracks: tuple[Track, ...], lang: str,
                template_dirs: Iterable[Path] = (), site_url: str = "") -> Site:
    """`site_url` makes the calendars' links absolute, as a phone's calendar needs them."""
    return Renderer(catalog, program, tracks, lang, tuple(template_dirs), site_url).render()
