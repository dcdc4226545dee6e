"""YAML reading that remembers where each value stands, for ``path:line`` messages.

Fast path: parse with libyaml's ``CSafeLoader``. Only when a document has a
problem do we compose it a second time to learn the line of each key.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

try:  # libyaml is bundled in PyYAML's wheels; fall back to pure Python if absent.
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that leaves dates as text, so pydantic validates them with a line number
    (PyYAML would raise a bare ValueError on ``2023-02-30``)."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }

Location = tuple[Any, ...]


class YamlSyntaxError(Exception):
    """Bad YAML, with the 1-based line where the parser stopped."""

    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(f"{line}: {message}")


def load(text: str, first_line: int = 1) -> Any:
    """Parse one YAML document; ``first_line`` is the file line the text starts on."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - CSafeLoader is safe
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        raise YamlSyntaxError(line, f"invalid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(first_line, f"invalid YAML: {exc}") from None


def line_index(text: str, first_line: int = 1) -> dict[Location, int]:
    """Map each key path (e.g. ``("contact", "email")``) to the file line it stands on."""
    node = yaml.compose(text, Loader=_Loader)
    index: dict[Location, int] = {(): first_line}
    if node is not None:
        _index_node(node, (), index, first_line)
    return index


def _index_node(node: yaml.Node, path: Location, index: dict[Location, int], first_line: int) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            index[path + (key,)] = first_line + key_node.start_mark.line
            _index_node(value_node, path + (key,), index, first_line)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            index[path + (i,)] = first_line + item.start_mark.line
            _index_node(item, path + (i,), index, first_line)


def line_of(index: dict[Location, int], loc: Iterable[Any]) -> int:
    """The line of the deepest known part of ``loc`` (a missing key points at its parent)."""
    loc = tuple(loc)
    while loc and loc not in index:
        loc = loc[:-1]
    return index.get(loc, index[()])


def describe_error(error: dict[str, Any]) -> str:
    """One pydantic error as an editor-friendly sentence."""
    loc = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    if kind == "missing":
        return f"missing required field '{loc}'"
    if kind == "extra_forbidden":
        return f"unknown field '{loc}'"
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    return f"{loc}: {message}" if loc else message


def validation_messages(
    exc: ValidationError, text: str, first_line: int = 1
) -> list[tuple[int, str]]:
    """(line, message) for every error of a model validated from ``text``."""
    index = line_index(text, first_line)
    return [
        (line_of(index, err["loc"]), describe_error(err))
        for err in exc.errors(include_url=False)
    ]


def validate_text(
    model: type[BaseModel], text: str, first_line: int = 1, context: dict | None = None
) -> tuple[BaseModel | None, list[tuple[int, str]]]:
    """Parse and validate YAML text; returns the model or the (line, message) list."""
    try:
        data = load(text, first_line)
    except YamlSyntaxError as exc:
        return None, [(exc.line, exc.message)]
    return validate_data(model, data, text, first_line, context)


def validate_data(
    model: type[BaseModel], data: Any, text: str, first_line: int = 1, context: dict | None = None
) -> tuple[BaseModel | None, list[tuple[int, str]]]:
    """Validate already-parsed ``data``; ``text`` is only composed again to find lines."""
    if not isinstance(data, dict):
        return None, [(first_line, "expected a mapping of 'key: value' lines")]
    try:
        return model.model_validate(data, context=context), []
    except ValidationError as exc:
        return None, validation_messages(exc, text, first_line)
