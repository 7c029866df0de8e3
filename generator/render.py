"""Turn model objects into one language's pages, navigation and data files, all in memory.

The site has one page per lesson, module and department, and a few index pages; a reader's day is
composed in the browser (assets/day.js) from the lesson pages and the department's data file, so
the page count follows the content, not departments × roles × days.

Templates live in `generator/templates/`; a file of the same name in `overrides/generator/` takes
precedence. Every `{{ value }}` is escaped as text (markup.py) unless a template marks it safe.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from . import addresses as at
from . import frame, markup
from .frame import DepartmentPage
from .handouts import DEPARTMENT_MARK
from .model import Catalog, Cohort, Day, Department, Lesson, Program, Text, Track
from .site_data import data_files

TEMPLATES = Path(__file__).parent / "templates"


class RenderError(Exception):
    pass


@dataclass(frozen=True)
class Site:
    """One language's generated pages: {path: Markdown}, data files {path: text or bytes}, and navigation.

    Large blocks of finished HTML (a department's 90 days, a quiz) stand in a page's Markdown as a
    placeholder paragraph, with the HTML in `html[path][placeholder]`: Python-Markdown would otherwise
    parse every tag of them again. The MkDocs plugin puts them back after the Markdown is converted;
    `markdown(path)` gives a page with its HTML inline, for builders that run no plugin."""

    pages: dict[str, str]
    files: dict[str, str | bytes]
    nav: list
    html: dict[str, dict[str, str]] = field(default_factory=dict)
    ui: dict[str, str] = field(default_factory=dict)  # interface texts, for the theme's templates
    departments: dict[str, DepartmentPage] = field(default_factory=dict)
    """Department pages by path: their Markdown is in `pages` too, for builders that run no plugin."""
    department_frame: str = ""
    """The department page's Markdown with stand-ins (frame.py), which the MkDocs plugin stamps."""

    def markdown(self, path: str) -> str:
        text = self.pages[path]
        for placeholder, block in self.html.get(path, {}).items():
            text = text.replace(placeholder, block)
        return text

    def with_html(self, path: str, html: str) -> str:
        """A page's converted HTML with its blocks put back."""
        for placeholder, block in self.html.get(path, {}).items():
            html = html.replace(f"<p>{placeholder}</p>", block)
        return html


PLACEHOLDER = "BRAND30HTML{}X"


def _finalize(value: Any) -> Any:
    """Every printed value is text unless it is marked safe (links, macros' output)."""
    return markup.markdown(value) if isinstance(value, str) else value


def environment(template_dirs: Iterable[Path] = ()) -> jinja2.Environment:
    loader = jinja2.FileSystemLoader([*map(str, template_dirs), str(TEMPLATES)])
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=True,
        finalize=_finalize,
    )
    env.filters.update(
        html=markup.html,
        attr=markup.plain_html,
        cell=lambda text: markup.markdown(markup.one_line(text)),
        # front matter: HTML-escaped (Material prints page titles as they are), then quoted for YAML
        title=lambda text: Markup(json.dumps(str(markup.plain_html(markup.one_line(text))), ensure_ascii=False)),
    )
    return env


@dataclass
class Renderer:
    """Renders templates for one language; `t()` and `ui()` pick that language's texts."""

    catalog: Catalog
    program: Program
    tracks: tuple[Track, ...]
    lang: str
    template_dirs: tuple[Path, ...] = ()
    env: jinja2.Environment = field(init=False)
    fell_back: bool = field(default=False, init=False)
    html: dict[str, dict[str, str]] = field(default_factory=dict, init=False)
    _here: str = field(default="", init=False)
    _made: dict = field(default_factory=dict, init=False)  # blocks shared by departments that read the same days
    departments: dict[str, DepartmentPage] = field(default_factory=dict, init=False)

    def __post_init__(self):
        self.env = environment(self.template_dirs)
        self.env.filters["finished_html"] = self.finished_html
        self.env.globals.update(
            t=self.t,
            ui=self.ui,
            catalog=self.catalog,
            program=self.program,
            lang=self.lang,
            at=at,
            date_text=self.date_text,
            minutes=self.minutes,
            lesson_label=self.lesson_label,
            levels=("staff", "lead", "manager"),
            module_of=self.catalog.module_of,
            tracks_of=self.tracks_of,
            rule_count=len(self.catalog.rules),
            day_list=self.day_list,
            coverage_table=self.coverage_table,
            departments_taking=lambda module_id, kind: [
                d for d in self.program.departments if module_id in getattr(d, kind)
            ],
        )

    def t(self, text: Text) -> str:
        if not text.has(self.lang):
            self.fell_back = True
        return text.get(self.lang, self.program.settings.fallback)

    def ui(self, key: str) -> str:
        if key not in self.catalog.interface:
            raise RenderError(f'rules/interface.yml has no text "{key}": add it, in every language.')
        return self.catalog.interface[key].get(self.lang, self.program.settings.fallback)

    def date_text(self, day: date) -> str:
        """Dates are written one way everywhere, by `date_format` in rules/interface.yml (page scripts too)."""
        return (
            self.ui("date_format")
            .replace("{dd}", f"{day.day:02d}")
            .replace("{mm}", f"{day.month:02d}")
            .replace("{yyyy}", str(day.year))
        )

    def minutes(self, day: Day) -> int:
        return max(1, round(day.words.get(self.lang, max(day.words.values())) / self.program.settings.words_per_minute))

    def lesson_label(self, lesson: Lesson) -> str:
        if lesson.kind == "rule":
            return f"{self.ui('rule')} #{lesson.number}: {self.t(lesson.title)}"
        return self.t(lesson.title)

    def tracks_of(self, department_id: str) -> list[Track]:
        return [track for track in self.tracks if track.department == department_id]

    def coverage_rows(self, tracks: list[Track]) -> list[dict]:
        """For a department's coverage table: each rule, other lesson it reads, Big Question and tip, with
        the days each of its tracks reads it."""
        read = [days_of(track) for track in tracks]
        ui, t, catalog = self.ui, self.t, self.catalog
        rows: list[dict[str, Any]] = [
            {"label": f"#{rule.number} {t(rule.title)}", "lesson": rule.id, "id": rule.id} for rule in catalog.rules
        ]
        for module in sorted(catalog.modules.values(), key=lambda m: m.order):
            rows += [
                {"label": t(catalog.lessons[lid].title), "lesson": lid, "id": lid}
                for lid in module.lessons
                if catalog.lessons[lid].kind == "lesson" and any(lid in days for days in read)
            ]
        rows += [
            {"label": f"{ui('big_question')}: {t(q.title)}", "lesson": None, "id": q.id} for q in catalog.questions
        ]
        rows += [{"label": f"{ui('tip')}: {t(tip.title)}", "lesson": None, "id": tip.id} for tip in catalog.tips]
        for row in rows:
            row["days"] = [days.get(row["id"], []) for days in read]
        return rows

    def day_list(self, track: Track, cohorts: tuple[Cohort, ...], lesson_links: dict, href_to) -> Markup:
        """A role's 30 days on its department page: each day's button, date, reading time and lessons, with
        `DEPARTMENT_MARK` where the department's id goes (department_page puts it in)."""
        start = cohorts[0].start if len(cohorts) == 1 else None
        key = ("days", id(track.days), track.role, start, at.url(self._here).count("/"))
        if key not in self._made:
            marker = DEPARTMENT_MARK
            day_word, minutes_word = markup.plain_html(self.ui("day")), markup.html(self.ui("minutes_read"))
            review = markup.html(self.ui("review_day"))
            items = []
            for day in track.days:
                date = (
                    f'<span class="days__date">{self.date_text(cohorts[0].date_of(day.number))}</span> · '
                    if start
                    else ""
                )
                lessons = (
                    "".join(f"\n{lesson_links[lid]}" for lid in day.lessons)
                    or f'\n<span class="days__lesson">{review}</span>'
                )
                items.append(
                    f'<li class="days__day" data-day="{day.number}"><a class="days__n" '
                    f'href="{href_to(at.day_url(marker, track.role, day.number))}" aria-label="{day_word} '
                    f'{day.number}">{day.number}</a><div class="days__what"><span class="days__when">{date}'
                    f"{self.minutes(day)} {minutes_word}</span>{lessons}</div></li>"
                )
            self._made[key] = f'<ol class="days" data-role="{track.role}">\n' + "\n".join(items) + "\n</ol>"
        return Markup(self._made[key])

    def coverage_table(self, tracks: list[Track], href) -> Markup:
        key = ("coverage", tuple((id(track.days), track.role) for track in tracks), at.url(self._here).count("/"))
        if key not in self._made:
            head = "".join(
                f'<th scope="col">{markup.html(self.t(self.program.role(t.role).name))}</th>' for t in tracks
            )
            rows = []
            for row in self.coverage_rows(tracks):
                label = markup.html(row["label"])
                if row["lesson"]:
                    label = Markup(f'<a href="{href(at.lesson(row["lesson"]))}">{label}</a>')
                cells = "".join(f"<td>{', '.join(map(str, days)) or '—'}</td>" for days in row["days"])
                rows.append(f'<tr><th scope="row">{label}</th>{cells}</tr>')
            self._made[key] = (
                f'<div class="coverage"><table>\n<thead><tr><th scope="col">'
                f"{markup.html(self.ui('lessons'))}</th>{head}</tr></thead>\n<tbody>\n"
                + "\n".join(rows)
                + "\n</tbody></table></div>"
            )
        return Markup(self._made[key])

    def finished_html(self, block: str) -> Markup:
        """`{% filter finished_html %}`: this HTML is final; Markdown sees only a placeholder."""
        blocks = self.html.setdefault(self._here, {})
        placeholder = PLACEHOLDER.format(len(blocks))
        blocks[placeholder] = str(block).strip()
        return Markup(f"\n\n{placeholder}\n\n")

    def page(self, template: str, here: str, fell_back: bool = False, **context: Any) -> str:
        """Render a template for the page at `here`. `link(path)` is a Markdown link (MkDocs checks it);
        `href(path, query)` a url for raw HTML, both relative to this page. A template whose name ends in
        `.html.j2` renders HTML, and its fallback note is HTML too."""

        def link(target: str) -> Markup:
            return Markup(posixpath.relpath(target, posixpath.dirname(here) or "."))

        to_root = "../" * at.url(here).count("/")  # a page's url is a folder

        def href(target: str, query: str = "") -> Markup:
            return markup.plain_html((to_root + at.url(target) or "./") + query)

        def href_to(address: str) -> Markup:
            """A url from addresses.py (with its query), relative to this page."""
            return markup.plain_html(to_root + address)

        def lesson_links() -> dict[str, Markup]:
            """Every lesson's link from this page, each made once (a department page names them 90 times, and
            every department page is as deep as the others)."""
            key = ("lesson links", to_root)
            if key not in self._made:
                self._made[key] = {
                    lesson_id: Markup(
                        f'<a class="days__lesson" href="{href(at.lesson(lesson_id))}">'
                        f"{markup.html(self.lesson_label(lesson))}</a>"
                    )
                    for lesson_id, lesson in self.catalog.lessons.items()
                }
            return self._made[key]

        self.fell_back = fell_back
        self._here = here
        self.html.pop(here, None)
        try:
            markdown = self.env.get_template(template).render(
                here=here, link=link, href=href, href_to=href_to, lesson_links=lesson_links, **context
            )
        except jinja2.TemplateError as error:
            raise RenderError(f"generator/templates/{template}: {error}") from error
        if not self.fell_back:
            return markdown
        return (
            self._fallback_note_html() + markdown
            if template.endswith(".html.j2")
            else self._with_fallback_note(markdown)
        )

    def _fallback_words(self) -> tuple[str, str]:
        fallback = self.program.settings.fallback
        return self.ui("fallback_note"), (
            f'<span lang="{fallback}">{markup.html(self.catalog.interface["fallback_note"].get(fallback))}</span>'
        )

    def _with_fallback_note(self, markdown: str) -> str:
        """A partial language's page that shows some fallback text says so at the top."""
        end = markdown.index("\n---\n", 4) + len("\n---\n") if markdown.startswith("---\n") else 0
        title, text = self._fallback_words()
        note = f'!!! info "{markup.markdown(title)}"\n    {text}\n\n'
        return markdown[:end] + "\n" + note + markdown[end:]

    def _fallback_note_html(self) -> str:
        """The same note as finished HTML, as Python-Markdown writes an `info` admonition."""
        title, text = self._fallback_words()
        return (
            f'<div class="admonition info">\n<p class="admonition-title">{markup.html(title)}</p>\n'
            f"<p>{text}</p>\n</div>\n"
        )

    def department_page(self, department: Department) -> tuple[str, DepartmentPage]:
        """A department's page: its Markdown (the article inside), and what the frame needs of it.
        Departments that read the same days in the same cohorts share the article but for their id."""
        path = at.department(department.id)
        self.fell_back = False  # t() only ever sets it: what it says now is of this name alone
        name = self.t(department.name)
        named_in_fallback = self.fell_back
        tracks, cohorts = self.tracks_of(department.id), self.program.cohorts_of(department.id)
        key = ("article", tuple((id(t.days), t.role) for t in tracks), tuple(c.id for c in cohorts), named_in_fallback)
        if key not in self._made:
            self._made[key] = self.page(
                "department-article.html.j2",
                path,
                fell_back=named_in_fallback,
                department_id=DEPARTMENT_MARK,
                cohorts=cohorts,
                tracks=tracks,
            )
        article = self._made[key].replace(DEPARTMENT_MARK, department.id)
        markdown = self.page("department.md.j2", path, name=name, article=Markup(article))
        title = str(markup.plain_html(markup.one_line(name)))
        return markdown, DepartmentPage(department.id, title, article)

    def department_frame(self) -> str:
        """The department page with stand-ins for its address, title and article (frame.py)."""
        path = at.department(frame.ID)
        return self.page("department.md.j2", path, name=frame.TITLE, article=Markup(frame.ARTICLE))

    def nav_title(self, text: str) -> str:
        return str(markup.plain_html(text))

    # ---- the pages
    def pages(self) -> tuple[dict[str, str], list]:
        pages: dict[str, str] = {}
        ui, title = self.ui, self.nav_title
        for path in (at.DAY, at.TODAY):
            pages[path] = self.page("day.md.j2", path, today=path == at.TODAY)
        pages[at.REVIEW] = self.page("review.md.j2", at.REVIEW)
        pages[at.DEPARTMENTS] = self.page("departments.md.j2", at.DEPARTMENTS)
        for department in self.program.departments:
            path = at.department(department.id)
            pages[path], self.departments[path] = self.department_page(department)
        lesson_nav: list = [{title(ui("all_modules")): at.MODULES}]
        pages[at.MODULES] = self.page("modules.md.j2", at.MODULES)
        for module in sorted(self.catalog.modules.values(), key=lambda m: m.order):
            pages[at.module(module.id)] = self.page("module.md.j2", at.module(module.id), module=module)
            section = [{title(ui("module_overview")): at.module(module.id)}]
            for lesson_id in module.lessons:
                lesson = self.catalog.lessons[lesson_id]
                pages[at.lesson(lesson_id)] = self.page(
                    "lesson.md.j2", at.lesson(lesson_id), lesson=lesson, module=module
                )
                section.append({title(self.lesson_label(lesson)): at.lesson(lesson_id)})
            lesson_nav.append({title(self.t(module.title)): section})
        for path, template in (
            (at.RULES, "rules.md.j2"),
            (at.BIG_QUESTIONS, "big-questions.md.j2"),
            (at.ETIQUETTE, "etiquette.md.j2"),
            (at.HR, "hr.md.j2"),
            (at.COVERAGE, "coverage.md.j2"),
            (at.NOTES, "notes.md.j2"),
        ):
            pages[path] = self.page(template, path)
        # Department pages are reached from their index, the home page and their QR code: in the
        # navigation, a hundred of them would weigh on every page.
        nav = [
            {title(ui("departments")): at.DEPARTMENTS},
            {title(ui("lessons")): lesson_nav},
            {title(ui("rules_39")): at.RULES},
            {title(ui("big_questions")): at.BIG_QUESTIONS},
            {title(ui("etiquette")): at.ETIQUETTE},
            {
                "HR": [
                    {title(ui("hr_overview")): at.HR},
                    {title(ui("coverage")): at.COVERAGE},
                    {title(ui("notes")): at.NOTES},
                ]
            },
        ]
        return pages, nav


def days_of(track: Track) -> dict[str, list[int]]:
    """Lesson, tip and Big Question id → the days of this track that carry it."""
    days: dict[str, list[int]] = {}
    for day in track.days:
        for item in (*day.lessons, day.tip, day.question):
            if item:
                days.setdefault(item, []).append(day.number)
    return days


def render_site(
    catalog: Catalog,
    program: Program,
    tracks: tuple[Track, ...],
    lang: str,
    template_dirs: Iterable[Path] = (),
    site_url: str = "",
    with_qr_codes: bool = True,
) -> Site:
    """Pages, navigation and data files of one language. `site_url` makes the addresses in calendars and
    QR codes absolute, as a phone needs them; `with_qr_codes=False` leaves the QR codes to the caller."""
    renderer = Renderer(catalog, program, tracks, lang, tuple(template_dirs))
    pages, nav = renderer.pages()
    frame_markdown = renderer.department_frame() if renderer.departments else ""
    return Site(
        pages=pages,
        files=data_files(renderer, site_url, with_qr_codes),
        nav=nav,
        html=renderer.html,
        ui={key: renderer.ui(key) for key in catalog.interface},
        departments=renderer.departments,
        department_frame=frame_markdown,
    )


def service_worker(shell: list[str], version: str) -> str:
    """The offline worker, listing the built site's shell (paths relative to the site root)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    return env.get_template("sw.js.j2").render(shell=shell, version=version)
