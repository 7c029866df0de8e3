"""Problems in the input, reported as `file:line: what is wrong, and how to fix it`."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Where


@dataclass(frozen=True)
class Problem:
    where: Where
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if str(self.where) else self.message


class InputError(Exception):
    """One or more problems in the YAML; the build stops and nothing is written."""

    def __init__(self, problems: list[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(map(str, self.problems)))
