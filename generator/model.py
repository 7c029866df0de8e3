"""The program's data as frozen dataclasses. Nothing here reads files.

Every field carries a `doc` text: the loader uses the field types to validate YAML, and
`schema.py` turns the same classes and texts into JSON Schema for the editors HR uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

Level = Literal["staff", "lead", "manager"]
Area = Literal["sales", "service", "complaints", "operations", "marketing"]
LEVELS: tuple[str, ...] = ("staff", "lead", "manager")


def doc(text: str, translated: bool = True, **kwargs):
    """A dataclass field with a description for validation messages and JSON Schema. `translated=False`: its
    texts are each language's own (search keywords), not translations of each other."""
    return field(metadata={"doc": text, "translated": translated}, **kwargs)


@dataclass(frozen=True)
class Where:
    """Where a value was written: a file and a 1-based line."""

    file: str = ""
    line: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


NOWHERE = Where()


def _where():
    return field(default=NOWHERE, compare=False, repr=False, metadata={"internal": True})


def _search_keywords(what: str):
    """The optional `keywords:` of a lesson, tip, Big Question or module: each language's own, never shown."""
    return doc(
        f"For search: the words an employee may type for this {what}'s situations that its text does not use "
        "(everyday words, comma-separated), per language; not on its page, but a search result found "
        "through them shows them.",
        translated=False,
        default=None,
    )


def _search_situations(what: str):
    """The optional `situations:` of a lesson, tip, Big Question or module: each language's own, never shown."""
    return doc(
        f"For search: moments in an employee's own words for which this {what} is the page to read, one a line "
        "(`vi: |-`, then a line each), per language; not on its page, but a search result found through one "
        "shows it.",
        translated=False,
        default=None,
    )


@dataclass(frozen=True)
class Text:
    """One text in several languages, keyed by language code (`vi`, `en`, `km`, …)."""

    by_lang: Mapping[str, str]
    where: Where = _where()

    def get(self, lang: str, fallback: str = "en") -> str:
        return self.by_lang.get(lang) or self.by_lang.get(fallback) or ""

    def has(self, lang: str) -> bool:
        return bool(self.by_lang.get(lang, "").strip())


def _comma_list(text: Text, lang: str) -> tuple[str, ...]:
    """A comma-separated text's items in one language (none when it is not written)."""
    return tuple(w.strip() for w in text.by_lang.get(lang, "").split(",") if w.strip())


def lines_of(text: Text | None, lang: str) -> tuple[str, ...]:
    """A text's non-empty lines in one language (none when it is not written): a page's `situations:`."""
    return tuple(line.strip() for line in (text.by_lang.get(lang, "") if text else "").splitlines() if line.strip())


# ---------------------------------------------------------------- training material


@dataclass(frozen=True, kw_only=True)
class Option:
    text: Text = doc("An answer to choose from: for a scenario, what a member of staff says or does.")
    feedback: Text = doc("What the reader is told after choosing it: why it works, or what goes wrong.")
    where: Where = _where()


@dataclass(frozen=True, kw_only=True)
class QuizQuestion:
    kind: Literal["scenario", "recall"] = doc(
        '`scenario`: a customer situation, "what do you say or do?"; `recall`: a question on the lesson\'s idea.'
    )
    question: Text = doc("The question; for a scenario, the situation and the question.")
    options: tuple[Option, ...] = doc("Three or four answers, each with its own feedback.")
    answer: int = doc("Which option is right, counting from 0.")
    where: Where = _where()


@dataclass(frozen=True, kw_only=True)
class AtWork:
    """One text per rank (used by the Big Questions)."""

    staff: Text = doc("What it looks like for frontline staff.")
    lead: Text = doc("What it looks like for team leads.")
    manager: Text = doc("What it looks like for managers.")

    def for_level(self, level: str) -> Text:
        return getattr(self, level)


@dataclass(frozen=True, kw_only=True)
class StaffPart:
    say: Text = doc("A phrase to say, as said to a customer.")
    not_say: Text = doc("What staff often say instead, and that does harm.")
    scene: Text = doc("A short scene on a shop floor, on a call or at a delivery, with what is said and done.")

    def texts(self) -> tuple[Text, ...]:
        return (self.say, self.not_say, self.scene)


@dataclass(frozen=True, kw_only=True)
class LeadPart:
    watch: tuple[Text, ...] = doc("What to watch for during the shift: a short checklist of 3 to 5 items.")
    coach: Text = doc("How to coach it: what to say to a team member, and when.")

    def texts(self) -> tuple[Text, ...]:
        return (*self.watch, self.coach)


@dataclass(frozen=True, kw_only=True)
class ManagerPart:
    enable: Text = doc("The policy, authority, budget or measure that makes the rule possible.")
    measure: Text = doc("How the manager knows it is working: what to count or look at, and how often.")

    def texts(self) -> tuple[Text, ...]:
        return (self.enable, self.measure)


@dataclass(frozen=True, kw_only=True)
class RankParts:
    """Each rank's own part of a lesson: a reader sees theirs first, the others folded."""

    staff: StaffPart = doc("Frontline staff: say this / not this, and a short scene.")
    lead: LeadPart = doc("Team leads: what to watch for in the shift and how to coach it.")
    manager: ManagerPart = doc("Managers: the policy, authority, budget or measure that makes it possible.")

    def for_level(self, level: str) -> StaffPart | LeadPart | ManagerPart:
        return getattr(self, level)


@dataclass(frozen=True, kw_only=True)
class Focus:
    levels: tuple[Level, ...] = doc("The ranks this lesson weighs most on.")
    areas: tuple[Area, ...] = doc("The kinds of department this lesson weighs most on.")


@dataclass(frozen=True, kw_only=True)
class Lesson:
    """A five-minute lesson: one of the 39 customer rules, or a lesson of another module."""

    id: str = doc("The lesson's id, the same as its file name: rule-01 … rule-39, level-ladder, …")
    kind: Literal["rule", "lesson"] = doc("`rule` for the 39 customer rules, `lesson` for the rest.")
    number: int | None = doc("The rule's number, 1 to 39 (rules only).", default=None)
    title: Text = doc("The lesson's title.")
    sources: tuple[str, ...] = doc("The points of the source notes this lesson carries, like 000:1.5.2.")
    focus: Focus = doc("Which ranks and kinds of department it weighs most on.")
    points: tuple[Text, ...] = doc(
        "The source notes' own sub-points, in our words: for trainers and HR, never shown on a reader's lesson or day."
    )
    idea: Text = doc("The idea in plain words, 2 to 4 sentences.")
    why: Text = doc("Why it matters to a customer and to the business.")
    at_work: RankParts = doc("Each rank's own part: staff, lead and manager.")
    practice: Text = doc("One small action to do during today's shift.")
    reflection: Text = doc("A question to answer at the end of the day.")
    quiz: tuple[QuizQuestion, ...] = doc("Two or three self-check questions, at least one a scenario.")
    original_km: str | None = doc("The Khmer source's own heading (ten service tips only).", default=None)
    keywords: Text | None = _search_keywords("lesson")
    situations: Text | None = _search_situations("lesson")
    where: Where = _where()


@dataclass(frozen=True, kw_only=True)
class Tip:
    """A staff etiquette tip: a short habit, given as the tip of the day."""

    id: str = doc("The tip's id, like tip-please-thanks.")
    title: Text = doc("The tip in a few words.")
    sources: tuple[str, ...] = doc("The points of the source notes this tip carries.")
    do: Text = doc("What to do.")
    say: Text = doc("A phrase to say, as said to a customer.")
    avoid: Text = doc("What not to do or say.")
    keywords: Text | None = _search_keywords("tip")
    situations: Text | None = _search_situations("tip")
    where: Where = _where()


@dataclass(frozen=True, kw_only=True)
class Synonyms:
    """Words an employee may type for one thing: search finds the pages that use any of them."""

    words: Text = doc(
        "The words or phrases, separated by commas, per language: "
        '`vi: "mặc cả, trả giá, đàm phán giá"`; at least two in each language written.'
    )
    where: Where = _where()

    def of(self, lang: str) -> tuple[str, ...]:
        """This group's words in one language (none when the language is not written)."""
        return _comma_list(self.words, lang)


@dataclass(frozen=True, kw_only=True)
class Shorthand:
    """A short form staff type on a phone ("ko", "nv"): search reads it as the words it stands for."""

    means: Text = doc('The words in full, per language: `vi: "không"`.')
    short: Text = doc(
        'Its short forms, one word each, separated by commas, per language: `vi: "ko, k, hông"`; '
        "written in every language `means:` is."
    )
    where: Where = _where()

    def of(self, lang: str) -> tuple[str, tuple[str, ...]]:
        """The words in full and their short forms in one language (none when it is not written)."""
        return self.means.by_lang.get(lang, "").strip(), _comma_list(self.short, lang)


@dataclass(frozen=True, kw_only=True)
class Huddle:
    """A team lead's 10-minute huddle guide for a Big Question day."""

    ask: tuple[Text, ...] = doc("The questions to ask the team, in order (3 to 5).")
    note: Text = doc("What to write down during the huddle, and where.")
    then: Text = doc("What to do with it afterwards: who acts, by when.")


@dataclass(frozen=True, kw_only=True)
class BigQuestion:
    """One of the Big Questions a team discusses at the end of a week."""

    id: str = doc("The question's id, like bq-who.")
    title: Text = doc("The question itself.")
    sources: tuple[str, ...] = doc("The points of the source notes it carries.")
    sub_questions: tuple[Text, ...] = doc("The smaller questions under it.")
    idea: Text = doc("Why the question matters.")
    at_work: AtWork = doc("How each rank answers it at work.")
    reflection: Text = doc("A question to think over.")
    huddle: Huddle = doc("The lead's 10-minute team huddle on this question.")
    keywords: Text | None = _search_keywords("question")
    situations: Text | None = _search_situations("question")
    where: Where = _where()


@dataclass(frozen=True, kw_only=True)
class Module:
    """A named group of lessons that HR assigns to departments."""

    id: str = doc("The module's id, used in the program file: foundations, etiquette, …")
    title: Text = doc("The module's name.")
    summary: Text = doc("One or two sentences on what the module teaches.")
    order: int = doc("Where the module comes in a track: lower comes first.")
    levels: tuple[Level, ...] = doc("The ranks that take this module.", default=LEVELS)
    lessons: tuple[str, ...] = doc("The module's lesson ids, in reading order.")
    keywords: Text | None = _search_keywords("module")
    situations: Text | None = _search_situations("module")
    where: Where = _where()


@dataclass(frozen=True, kw_only=True)
class Catalog:
    """All training material: lessons, etiquette tips, Big Questions, modules and interface texts."""

    lessons: Mapping[str, Lesson]
    tips: tuple[Tip, ...]
    questions: tuple[BigQuestion, ...]
    modules: Mapping[str, Module]
    interface: Mapping[str, Text]
    synonyms: tuple[Synonyms, ...] = ()
    shorthand: tuple[Shorthand, ...] = ()

    @property
    def rules(self) -> tuple[Lesson, ...]:
        return tuple(
            sorted(
                (lesson for lesson in self.lessons.values() if lesson.kind == "rule"),
                key=lambda lesson: lesson.number or 0,
            )
        )

    def module_of(self, lesson_id: str) -> Module | None:
        return next((m for m in self.modules.values() if lesson_id in m.lessons), None)


# ---------------------------------------------------------------- HR's program file


@dataclass(frozen=True, kw_only=True)
class Settings:
    title: Text = doc("The program's name, shown at the top of every page.")
    days: int = doc("How many days the program lasts.", default=30)
    reading_minutes: int = doc("The most a day may take to read, in minutes.", default=5)
    words_per_minute: int = doc("Reading speed used to time a day.", default=200)
    languages: tuple[str, ...] = doc(
        "The site's languages, every text required; the first is the default.", default=("vi", "en")
    )
    partial_languages: tuple[str, ...] = doc(
        "Languages published with what is translated; the rest shows in the fallback language with a note.", default=()
    )
    fallback: str = doc("The language shown where a partial language has no text.", default="en")
    where: Where = _where()

    @property
    def published(self) -> tuple[str, ...]:
        return self.languages + tuple(lang for lang in self.partial_languages if lang not in self.languages)

    @property
    def word_budget(self) -> int:
        return self.reading_minutes * self.words_per_minute


@dataclass(frozen=True, kw_only=True)
class Role:
    id: str = doc("The role's id, used by departments: staff, lead, manager, …")
    name: Text = doc("The role's name.")
    level: Level = doc("Its rank, which decides its content: staff, lead or manager.")
    where: Where = _where()


@dataclass(frozen=True, kw_only=True)
class Pin:
    day: int = doc("The day of the program, from 1.")
    lesson: str = doc("The lesson to read that day, like rule-33.")
    where: Where = _where()


@dataclass(frozen=True, kw_only=True)
class Department:
    id: str = doc("A short id for the department, used in its web address: sales, complaints-desk, …")
    name: Text = doc("The department's name.")
    roles: tuple[str, ...] = doc("The roles this department has (ids from `roles`).")
    areas: tuple[Area, ...] = doc(
        "What kind of work it does, to bring forward the lessons that matter to it.", default=()
    )
    required: tuple[str, ...] = doc("Modules this department must take (ids from rules/modules.yml).")
    optional: tuple[str, ...] = doc("Modules it also takes, placed after the required ones.", default=())
    pins: tuple[Pin, ...] = doc("Lessons fixed to a given day.", default=())
    practice: Text | None = doc(
        "How this department practises each day's lesson, shown on every day page.", default=None
    )
    keywords: Text | None = doc(
        "For search: the other names staff give this department and its jobs (hotline, tổng đài viên, "
        "giao lắp, …), comma-separated, per language; not on its page, but a search result found through "
        "them shows them.",
        translated=False,
        default=None,
    )
    where: Where = _where()

    @property
    def modules(self) -> tuple[str, ...]:
        return self.required + self.optional


@dataclass(frozen=True, kw_only=True)
class Cohort:
    id: str = doc("A short id for the cohort, like hcm-2027-03.")
    name: Text = doc("The cohort's name.")
    start: date = doc("Day 1 of the program for this cohort, written YYYY-MM-DD.")
    departments: tuple[str, ...] = doc("The departments in this cohort (ids from `departments`).")
    where: Where = _where()

    def date_of(self, day: int) -> date:
        return self.start + timedelta(days=day - 1)


@dataclass(frozen=True, kw_only=True)
class Program:
    """HR's program file: roles, departments and the modules they take, and cohorts."""

    settings: Settings = doc("The program's name, length, reading budget and languages.")
    roles: tuple[Role, ...] = doc("The roles that exist in the company.")
    departments: tuple[Department, ...] = doc("The departments and what each takes.")
    cohorts: tuple[Cohort, ...] = doc("Groups that start the program on a given date.")
    where: Where = _where()

    def role(self, role_id: str) -> Role:
        return next(r for r in self.roles if r.id == role_id)

    def cohorts_of(self, department_id: str) -> tuple[Cohort, ...]:
        return tuple(sorted((c for c in self.cohorts if department_id in c.departments), key=lambda c: c.start))


# ---------------------------------------------------------------- the schedule


@dataclass(frozen=True, kw_only=True)
class Day:
    number: int
    lessons: tuple[str, ...]
    tip: str
    question: str | None
    words: Mapping[str, int]
    review: tuple[str, ...] = ()  # quiz questions met earlier in the track, as "<lesson>-q<n>"


@dataclass(frozen=True, kw_only=True)
class Track:
    """One department × role's days."""

    department: str
    role: str
    days: tuple[Day, ...]
