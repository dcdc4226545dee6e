"""Problems found in a user's files, reported all at once as ``path:line: message``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file; ``line`` is 1-based (0 when the file as a whole is wrong)."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Report:
    """Collects problems across stages so one run reports every one of them."""

    problems: list[Problem] = field(default_factory=list)

    def add(self, path: str | Path, line: int, message: str) -> None:
        self.problems.append(Problem(str(path), line, message))

    def extend(self, problems: list[Problem]) -> None:
        self.problems.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.problems)

    def sorted(self) -> list[Problem]:
        return sorted(set(self.problems))

    def render(self) -> str:
        return "\n".join(str(p) for p in self.sorted())


def display_path(path: Path, root: Path) -> str:
    """``path`` as problems show it: relative to the project root when inside it."""
    try:
        return path.relative_to(root).as_posix()  # cheap: the common case on the hot path
    except ValueError:
        pass
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


class ProblemsFound(Exception):
    """Raised by a stage that cannot go on because the user's files have problems."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))
