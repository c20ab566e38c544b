"""One renderer per output format, each `render(report, stream)`, picked from one table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..errors import UsageError
from ..report import Report

Renderer = Callable[[Report, TextIO], None]


def _terminal(report: Report, stream: TextIO) -> None:
    from . import terminal

    terminal.render(report, stream)


def _json(report: Report, stream: TextIO) -> None:
    from . import json_

    json_.render(report, stream)


FORMATS: dict[str, Renderer] = {
    "rich": _terminal,
    "json": _json,
}


def renderer(name: str) -> Renderer:
    try:
        return FORMATS[name]
    except KeyError:
        raise UsageError(f"unknown format {name!r}: choose from {', '.join(FORMATS)}") from None
