"""Traceability: which lessons carry each point of the source notes (`sources:` in the YAML)."""
from __future__ import annotations

import re

from .model import Catalog

OUTLINE_POINT = re.compile(r"^(\d+(?:\.\d+)*)\. ", re.M)


def seed_points(seed_text: str, sections: tuple[str, ...] = ("1", "2")) -> list[str]:
    """The outline numbers of a mind-map seed (like 1.5.2.1), limited to the given top sections."""
    return [p for p in OUTLINE_POINT.findall(seed_text) if p.split(".")[0] in sections and "." in p]


def carriers(catalog: Catalog, seed: str = "000") -> dict[str, list[str]]:
    """point → ids of the lessons, tips and Big Questions that list `<seed>:<point>` in their sources."""
    table: dict[str, list[str]] = {}
    items = [*catalog.lessons.values(), *catalog.tips, *catalog.questions]
    for item in sorted(items, key=lambda item: item.id):
        for source in item.sources:
            prefix, _, point = source.partition(":")
            if prefix == seed:
                table.setdefault(point, []).append(item.id)
    return dict(sorted(table.items(), key=lambda kv: [int(n) for n in kv[0].split(".")]))
