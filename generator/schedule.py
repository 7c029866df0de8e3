"""Compose each department × role's days from what HR assigned. Pure functions.

A track takes the lessons of the department's modules that its role's rank reads (required
modules first, each group by module order, each module in its authored order), puts pinned
lessons on their days, and spreads the rest evenly so that no day is longer than the reading
budget in any language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .errors import InputError, Problem
from .limits import RULE_COUNT
from .model import BigQuestion, Catalog, Day, Department, Lesson, Program, QuizQuestion, Role, Tip, Track

QUESTION_EVERY = 7


def words(text: str) -> int:
    return len(text.split())


def quiz_words(question: QuizQuestion, lang: str) -> int:
    """A question, its options, and the longest feedback (the reader sees the one they chose)."""
    return (
        words(question.question.get(lang))
        + sum(words(o.text.get(lang)) for o in question.options)
        + max((words(o.feedback.get(lang)) for o in question.options), default=0)
    )


def rank_part_words(lesson: Lesson, lang: str, level: str) -> int:
    return sum(words(text.get(lang)) for text in lesson.at_work.for_level(level).texts())


def lesson_words(lesson: Lesson, lang: str, level: str) -> int:
    """Words a reader of this rank reads: the other ranks' parts stay folded, the notes' points are
    for trainers."""
    parts = [lesson.title, lesson.idea, lesson.why, lesson.practice, lesson.reflection]
    return (
        sum(words(part.get(lang)) for part in parts)
        + rank_part_words(lesson, lang, level)
        + sum(quiz_words(question, lang) for question in lesson.quiz)
    )


def tip_words(tip: Tip | None, lang: str) -> int:
    return sum(words(t.get(lang)) for t in (tip.title, tip.do, tip.say, tip.avoid)) if tip else 0


def question_words(question: BigQuestion | None, lang: str, level: str) -> int:
    if question is None:
        return 0
    parts = [
        question.title,
        *question.sub_questions,
        question.idea,
        question.at_work.for_level(level),
        question.reflection,
    ]
    if level == "lead":  # the lead also reads the huddle guide
        parts += [*question.huddle.ask, question.huddle.note, question.huddle.then]
    return sum(words(part.get(lang)) for part in parts)


def tip_of(catalog: Catalog, day: int) -> Tip | None:
    return catalog.tips[(day - 1) % len(catalog.tips)] if catalog.tips else None


def question_of(catalog: Catalog, day: int) -> BigQuestion | None:
    if not catalog.questions or day % QUESTION_EVERY:
        return None
    return catalog.questions[(day // QUESTION_EVERY - 1) % len(catalog.questions)]


def track_lessons(catalog: Catalog, department: Department, role: Role) -> list[str]:
    """The lesson ids this department × role reads, in reading order."""

    def module_key(module_id: str):
        return (module_id not in department.required, catalog.modules[module_id].order)

    ordered: list[str] = []
    for module_id in sorted(department.modules, key=module_key):
        module = catalog.modules[module_id]
        if role.level not in module.levels:
            continue
        ordered += module.lessons
    return ordered


REVIEW_AFTER = (3, 10)  # each day's quiz brings back a question met this many days before


def review_question(lesson: Lesson, day: int) -> int:
    """Which of a lesson's questions comes back on `day` (0-based): they take turns."""
    return day % len(lesson.quiz)


@dataclass
class _Packer:
    catalog: Catalog
    program: Program
    department: Department
    role: Role
    costs: dict = field(default_factory=dict)  # shared by every track: words are the same for a rank

    def _memo(self, key, compute):
        if key not in self.costs:
            self.costs[key] = compute()
        return self.costs[key]

    def cost(self, lesson_id: str) -> int:
        """Words in the language where the lesson is longest."""
        lesson, level = self.catalog.lessons[lesson_id], self.role.level
        return self._memo(
            ("lesson", lesson_id, level),
            lambda: max(lesson_words(lesson, lang, level) for lang in self.program.settings.languages),
        )

    def overhead(self, day: int) -> int:
        tip, question = tip_of(self.catalog, day), question_of(self.catalog, day)
        return self._memo(
            ("day", day, self.role.level),
            lambda: max(
                tip_words(tip, lang) + question_words(question, lang, self.role.level)
                for lang in self.program.settings.languages
            ),
        )

    def review_of(self, days: list[Day], number: int, room: int) -> tuple[str, ...]:
        """A question from the day 3 days before and one from 10 days before, in this track, as far as the
        day's room allows: each in turn, or the shortest of that day's questions when it does not fit."""
        review: list[str] = []
        for back in REVIEW_AFTER:
            if number - back < 1 or not days[number - back - 1].lessons:
                continue
            earlier = days[number - back - 1].lessons
            lesson = self.catalog.lessons[earlier[number % len(earlier)]]
            turn = f"{lesson.id}-q{review_question(lesson, number) + 1}"
            choices = [
                turn,
                *sorted(
                    (f"{lid}-q{n + 1}" for lid in earlier for n in range(len(self.catalog.lessons[lid].quiz))),
                    key=lambda ref: self.review_words((ref,)),
                ),
            ]
            fitting = next((ref for ref in choices if self.review_words((*review, ref)) <= room), None)
            if fitting:
                review.append(fitting)
        return tuple(review)

    def review_words(self, review: tuple[str, ...], lang: str | None = None) -> int:
        def count(ref: str, language: str) -> int:
            lesson_id, _, n = ref.rpartition("-q")
            return quiz_words(self.catalog.lessons[lesson_id].quiz[int(n) - 1], language)

        languages = [lang] if lang else self.program.settings.languages
        return max(sum(count(ref, language) for ref in review) for language in languages)

    def who(self) -> str:
        """Stands for 'department "…", role(s) "…"': build_tracks names every role a mistake is found in."""
        return WHO

    def pack(self) -> Track:
        settings = self.program.settings
        budget = settings.word_budget
        lessons = track_lessons(self.catalog, self.department, self.role)
        problems = self._coverage_problems(lessons)
        pinned: dict[int, list[str]] = {}
        for pin in self.department.pins:
            if pin.lesson not in lessons:
                module = self.catalog.module_of(pin.lesson)
                problems.append(
                    Problem(
                        pin.where,
                        f"{self.who()}: {pin.lesson} is pinned to day {pin.day}, but it is "
                        f'not in this track (it is in module "{module.id if module else "?"}"). '
                        "Add that module to the department, or remove the pin.",
                    )
                )
            elif any(pin.lesson in day_lessons for day_lessons in pinned.values()):
                problems.append(Problem(pin.where, f"{self.who()}: {pin.lesson} is pinned to two days; keep one pin."))
            else:
                pinned.setdefault(pin.day, []).append(pin.lesson)
        for day, day_lessons in pinned.items():
            used = self.overhead(day) + sum(map(self.cost, day_lessons))
            if used > budget:
                problems.append(
                    Problem(
                        self.department.where,
                        f"{self.who()}, day {day}: the pinned lessons {', '.join(day_lessons)} need "
                        f"{math.ceil(used / settings.words_per_minute)} minutes, more than the "
                        f"{settings.reading_minutes} a day allows. Pin them to different days.",
                    )
                )
        if problems:
            raise InputError(problems)
        queue = [lesson for lesson in lessons if not any(lesson in d for d in pinned.values())]
        # Room is kept for the spaced review where the lessons still fit in the days; where they do not,
        # the lessons come first and the review takes what is left.
        days, left = self._place(lessons, queue, pinned, keep_review_room=True)
        if left:
            days, left = self._place(lessons, queue, pinned, keep_review_room=False)
        if left:
            raise InputError([self._overflow_problem(left, budget)])
        return Track(department=self.department.id, role=self.role.id, days=tuple(days))

    def _place(
        self, lessons: list[str], queue: list[str], pinned: dict[int, list[str]], keep_review_room: bool
    ) -> tuple[list[Day], list[str]]:
        """The days, the lessons spread evenly, and the lessons that did not fit."""
        settings = self.program.settings
        queue = list(queue)
        days: list[Day] = []
        placed = 0
        for number in range(1, settings.days + 1):
            day_lessons = list(pinned.get(number, []))
            room = settings.word_budget - self.overhead(number) - sum(map(self.cost, day_lessons))
            kept = self.review_room(days, number) if keep_review_room else 0
            # Lessons due by the end of this day if spread evenly; days short of room catch up later.
            quota = math.ceil(len(lessons) * number / settings.days) - placed
            while queue and len(day_lessons) < quota and self.cost(queue[0]) <= room - kept:
                room -= self.cost(queue[0])
                day_lessons.append(queue.pop(0))
            placed += len(day_lessons)
            # Questions met 3 and 10 days before come back in the room the day has left.
            days.append(self._day(number, day_lessons, self.review_of(days, number, room)))
        return days, queue

    def review_room(self, days: list[Day], number: int) -> int:
        """Words the spaced review needs on this day at least: the shortest question of each earlier day."""
        needed = 0
        for back in REVIEW_AFTER:
            if number - back >= 1 and (earlier := days[number - back - 1].lessons):
                needed += min(
                    self.review_words((f"{lid}-q{n + 1}",))
                    for lid in earlier
                    for n in range(len(self.catalog.lessons[lid].quiz))
                )
        return needed

    def _day(self, number: int, lesson_ids: list[str], review: tuple[str, ...]) -> Day:
        tip, question = tip_of(self.catalog, number), question_of(self.catalog, number)
        level = self.role.level
        counts = {
            lang: tip_words(tip, lang)
            + question_words(question, lang, level)
            + self.review_words(review, lang)
            + sum(
                self._memo(
                    ("words", lid, lang, level),
                    lambda lid=lid, lang=lang: lesson_words(self.catalog.lessons[lid], lang, level),
                )
                for lid in lesson_ids
            )
            for lang in self.program.settings.languages
        }
        return Day(
            number=number,
            lessons=tuple(lesson_ids),
            tip=tip.id if tip else "",
            question=question.id if question else None,
            words=counts,
            review=review,
        )

    def _coverage_problems(self, lessons: list[str]) -> list[Problem]:
        missing = [rule for rule in self.catalog.rules if rule.id not in lessons]
        if not missing:
            return []
        # check_catalog has reported any lesson in no module
        modules = sorted({m.id for rule in missing if (m := self.catalog.module_of(rule.id)) is not None})
        return [
            Problem(
                self.department.where,
                f"{self.who()} leaves out {len(missing)} of the {RULE_COUNT} rules "
                f"({', '.join(rule.id for rule in missing)}): every rule is read in every department. "
                f"Add module(s) {', '.join(modules)} to its `required:` list.",
            )
        ]

    def _overflow_problem(self, queue: list[str], budget: int) -> Problem:
        settings = self.program.settings
        too_long = [lesson for lesson in queue if self.cost(lesson) > budget]
        if too_long:
            return Problem(
                self.catalog.lessons[too_long[0]].where,
                f"{too_long[0]} alone takes longer than {settings.reading_minutes} minutes to read; "
                "shorten it or raise `reading_minutes`.",
            )
        extra = math.ceil(sum(map(self.cost, queue)) / settings.words_per_minute)
        optional = ", ".join(self.department.optional) or "none"
        return Problem(
            self.department.where,
            f"{self.who()}: {len(queue)} lessons ({', '.join(queue[:5])}{', …' if len(queue) > 5 else ''}) "
            f"do not fit in {settings.days} days of {settings.reading_minutes} minutes; they need about "
            f"{extra} more minutes. Remove a module from this department (optional ones: {optional}), "
            "or raise `reading_minutes` in `settings`.",
        )


def build_tracks(catalog: Catalog, program: Program) -> tuple[Track, ...]:
    """Every department × role track; raise `InputError` with every department's problems."""
    tracks: list[Track] = []
    found_in: dict[Problem, list[str]] = {}  # a mistake → the roles of its department it was found in
    department_of: dict[Problem, str] = {}
    costs: dict = {}
    packed: dict[tuple, tuple[Day, ...]] = {}  # departments that take the same modules share their days
    for department in program.departments:
        for role_id in department.roles:
            role = program.role(role_id)
            same = (
                department.required,
                department.optional,
                tuple((pin.day, pin.lesson) for pin in department.pins),
                role.level,
            )
            if same in packed:
                tracks.append(Track(department=department.id, role=role.id, days=packed[same]))
                continue
            try:
                track = _Packer(catalog, program, department, role, costs).pack()
                packed[same] = track.days
                tracks.append(track)
            except InputError as error:
                for problem in error.problems:  # the same department's where and words: the same mistake
                    found_in.setdefault(problem, []).append(role.id)
                    department_of.setdefault(problem, department.id)
    if found_in:
        raise InputError([_naming_roles(problem, department_of[problem], roles) for problem, roles in found_in.items()])
    return tuple(tracks)


WHO = "\x00who\x00"


def _naming_roles(problem: Problem, department: str, roles: list[str]) -> Problem:
    """The same mistake found in several roles of a department is reported once, naming the roles."""
    named = ", ".join(f'"{role}"' for role in roles)
    who = f'department "{department}", role{"s" if len(roles) > 1 else ""} {named}'
    return Problem(problem.where, problem.message.replace(WHO, who))


def longest_day(tracks: tuple[Track, ...]) -> tuple[Track, Day, str, int]:
    """The longest day of all tracks: (track, day, language, words)."""
    return max(
        ((track, day, lang, count) for track in tracks for day in track.days for lang, count in day.words.items()),
        key=lambda item: item[3],
    )
