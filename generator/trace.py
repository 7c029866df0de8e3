"""Traceability: which lessons, tips and Big Questions carry each point of the source notes.

Seed 000 (the 39 rules mind map) numbers its own points (1.5.2.1, …). Seeds 001–004 have no numbers:
`rules/seed-points.yml` lists their points, each with the key items cite in `sources:` (and aliases,
other keys in use for the same point), the seed lines it covers and a short gist.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode

from .errors import InputError, Problem
from .model import NOWHERE, Catalog, Where, doc
from .typed_yaml import INVALID, Converter
from .yaml_text import parse

OUTLINE_POINT = re.compile(r"^(\d+(?:\.\d+)*)\. ", re.M)
OUTLINE_SEED = "000"


def _where():
    return field(default=NOWHERE, compare=False, repr=False, metadata={"internal": True})


@dataclass(frozen=True, kw_only=True)
class SeedPoint:
    key: str = doc("The key items cite in `sources:`, starting with the seed's number, like 001:niche-markets.")
    aliases: tuple[str, ...] = doc("Other keys in use for this same point.", default=())
    lines: tuple[int, ...] = doc("The seed file's lines (from 1) this point covers, like [12, 13].")
    gist: str = doc("What the point holds, in a few words of our own (English).")
    where: Where = _where()

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.key, *self.aliases)


@dataclass(frozen=True, kw_only=True)
class Skip:
    lines: tuple[int, ...] = doc("Lines of the seed file that are not notes.")
    why: str = doc("What they are: a menu, an ad, the page's title, …")
    where: Where = _where()


@dataclass(frozen=True, kw_only=True)
class SeedNotes:
    skip: tuple[Skip, ...] = doc("Page furniture: lines that belong to no point.", default=())
    points: tuple[SeedPoint, ...] = doc("The seed's points, in the seed's order.")
    where: Where = _where()

    def placed_lines(self) -> set[int]:
        parts: tuple[Skip | SeedPoint, ...] = (*self.skip, *self.points)
        return {n for part in parts for n in part.lines}


def seed_points(seed_text: str, sections: tuple[str, ...] = ("1", "2")) -> list[str]:
    """The outline numbers of a mind-map seed (like 1.5.2.1), limited to the given top sections."""
    return [p for p in OUTLINE_POINT.findall(seed_text) if p.split(".")[0] in sections and "." in p]


def load_seed_points(path: Path) -> dict[str, SeedNotes]:
    """rules/seed-points.yml: seed number → its points; raises `InputError` naming file and line."""
    problems: list[Problem] = []
    file = path.as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(Where(file), "this file is missing: restore it from the repository.")]) from None
    node = parse(text, file, problems)
    converter = Converter(file, problems)
    if node is not None and (not isinstance(node, MappingNode) or [k.value for k, _ in node.value] != ["seeds"]):
        converter.fail(node, 'this file must hold one block under "seeds:" and nothing else.')
    elif node is not None:
        seeds = converter.convert(node.value[0][1], Mapping[str, SeedNotes], "seeds")
        if seeds is not INVALID:
            problems += _point_problems(seeds)
            if not problems:
                return dict(seeds)
    raise InputError(problems or [Problem(Where(file, 1), "this file is empty.")])


def _point_problems(seeds: Mapping[str, SeedNotes]) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, SeedPoint] = {}
    for seed, notes in seeds.items():
        if not re.fullmatch(r"\d{3}", seed) or seed == OUTLINE_SEED:
            problems.append(
                Problem(
                    notes.where,
                    f'"{seed}" is not a seed this file lists: write 001, 002, … '
                    f"(seed {OUTLINE_SEED} numbers its own points).",
                )
            )
        for point in notes.points:
            for key in point.keys:
                if not key.startswith(f"{seed}:") or key == f"{seed}:":
                    problems.append(Problem(point.where, f'"{key}" must start with "{seed}:", its seed.'))
                elif key in seen:
                    problems.append(
                        Problem(
                            point.where,
                            f'"{key}" is also a key of the point on line '
                            f"{seen[key].where.line}; give each point its own keys.",
                        )
                    )
                seen.setdefault(key, point)
        parts: tuple[Skip | SeedPoint, ...] = (*notes.skip, *notes.points)
        for part in parts:
            if not part.lines or any(n < 1 for n in part.lines):
                problems.append(Problem(part.where, "`lines` must list the seed's line numbers, from 1."))
    return problems


def content_lines(seed_text: str) -> list[int]:
    """The numbers (from 1) of the seed's lines that hold anything but white space."""
    return [n for n, line in enumerate(seed_text.splitlines(), 1) if line.strip()]


def unplaced_lines(seed_text: str, notes: SeedNotes) -> list[int]:
    """Lines with content that neither a point nor `skip` covers."""
    placed = notes.placed_lines()
    return [n for n in content_lines(seed_text) if n not in placed]


def lines_past_the_end(seed_text: str, notes: SeedNotes) -> list[int]:
    """Lines named in seed-points.yml that are blank or past the end of the seed."""
    content = set(content_lines(seed_text))
    return sorted(n for n in notes.placed_lines() if n not in content)


def point_keys(outline: list[str], seeds: Mapping[str, SeedNotes]) -> list[str]:
    """Every point, as `<seed>:<point>`: seed 000's outline numbers, then each listed seed's keys."""
    return [f"{OUTLINE_SEED}:{point}" for point in outline] + [
        point.key for seed in sorted(seeds) for point in seeds[seed].points
    ]


def key_of(outline: list[str], seeds: Mapping[str, SeedNotes]) -> dict[str, str]:
    """Every key or alias an item may cite → the point's own key."""
    keys = {f"{OUTLINE_SEED}:{point}": f"{OUTLINE_SEED}:{point}" for point in outline}
    for notes in seeds.values():
        keys.update({alias: point.key for point in notes.points for alias in point.keys})
    return keys


def _items(catalog: Catalog) -> list:
    items = [*catalog.lessons.values(), *catalog.tips, *catalog.questions]
    return sorted(items, key=lambda item: item.id)


def trace(catalog: Catalog, outline: list[str], seeds: Mapping[str, SeedNotes]) -> dict[str, list[str]]:
    """Every point of all seeds → ids of the lessons, tips and Big Questions that cite it (or an alias)."""
    resolve = key_of(outline, seeds)
    table: dict[str, list[str]] = {key: [] for key in point_keys(outline, seeds)}
    for item in _items(catalog):
        for source in item.sources:
            key = resolve.get(source)
            if key is not None and item.id not in table[key]:
                table[key].append(item.id)
    return table


def unknown_sources(catalog: Catalog, outline: list[str], seeds: Mapping[str, SeedNotes]) -> list[tuple[str, str]]:
    """(item id, source) for every `sources:` key that names no point of any seed."""
    resolve = key_of(outline, seeds)
    return [(item.id, source) for item in _items(catalog) for source in item.sources if source not in resolve]
