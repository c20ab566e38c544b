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


def _lazy(module: str) -> Renderer:
    """A renderer whose module is imported on first use, so one format never slows another."""

    def render(report: Report, stream: TextIO) -> None:
        import importlib

        importlib.import_module(f"{__package__}.{module}").render(report, stream)

    return render


FORMATS: dict[str, Renderer] = {
    "rich": _terminal,
    "table": _lazy("table"),
    "json": _json,
    "jsonl": _lazy("jsonl"),
    "csv": _lazy("csv_"),
    "markdown": _lazy("markdown"),
    "html": _lazy("html"),
}


def renderer(name: str) -> Renderer:
    try:
        return FORMATS[name]
    except KeyError:
        raise UsageError(f"unknown format {name!r}: choose from {', '.join(FORMATS)}") from None
