"""Corpus files → documents. Stage one of the pipeline.

Reads .txt, .md, .html and .jsonl files. A file that cannot be read is skipped with a
`CorpusWarning`, so one bad file never stops the rest of the corpus from being indexed.

Files are streamed, never loaded whole: `load` hashes a file in chunks, and `documents`
decodes it chunk by chunk and hands out plain text in blocks of about `BLOCK_CHARS`
characters cut at paragraph breaks, so reading a 200 MB file needs a few MB. Only HTML is
parsed whole (the HTML parser needs the whole tree), so HTML files over `HTML_MAX_BYTES`
are skipped with a warning.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import json
import os
import re
import stat
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .errors import CorpusError, CorpusWarning

#: Bytes read at a time.
CHUNK_BYTES = 1 << 18
#: Plain text is handed out in documents of about this many characters.
BLOCK_CHARS = 1 << 18
#: The HTML parser holds the whole tree in memory (about ten times the file), so cap it.
HTML_MAX_BYTES = 64 << 20
#: Bytes looked at to tell a binary file from text.
SNIFF_BYTES = 8192

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})


@dataclass(frozen=True)
class Document:
    """One document's plain text, with a map from text offsets back to source lines."""

    source: str  # the file, as it is cited
    text: str
    title: str
    url: str | None = None
    date: str | None = None
    # text offset line_starts[i] begins source line line_numbers[i]
    line_starts: tuple[int, ...] = (0,)
    line_numbers: tuple[int, ...] = (1,)
    # where `text` begins in the file's whole plain text (large files come in blocks)
    offset: int = 0

    def line_at(self, offset: int) -> int:
        """The source line that holds the character at `offset` of `text`."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return self.line_numbers[max(i, 0)]


@dataclass(frozen=True)
class CorpusFile:
    """A readable corpus file, checked and hashed; the digest keys the index cache."""

    path: Path
    source: str
    digest: str  # sha256 of the bytes as `load` read them
    size: int


class Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...


def display_path(path: Path) -> str:
    """Cite files relative to the working directory when they lie under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return str(path)


def supported(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def discover(paths: Iterable[Path | str]) -> list[Path]:
    """Every supported file under `paths`, sorted. Missing or empty paths are errors."""
    paths = list(paths)
    if not paths:
        raise CorpusError("no corpus path given (is $VERIFIER_CORPUS empty?)")
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CorpusError(f"corpus path not found: {path}")
        if not (path.is_file() or path.is_dir()):  # a FIFO or a device would block the reader
            raise CorpusError(f"corpus path is neither a file nor a folder: {path}")
        files = [path] if path.is_file() else sorted(_walk(path))
        usable = []
        for f in files:
            if supported(f):
                usable.append(f)
            else:
                _warn(f"skipped {display_path(f)}: unsupported file type {f.suffix or '(none)'}")
        if not usable:
            raise CorpusError(f"corpus path has no .txt, .md, .html or .jsonl files: {path}")
        found.extend(usable)
    return list(dict.fromkeys(found))


def _walk(root: Path) -> Iterator[Path]:
    # os.walk does not follow symlinked folders, so a symlink loop cannot trap us. A folder
    # that cannot be listed (no permission, deleted meanwhile) is skipped with a warning.
    def unlistable(exc: OSError) -> None:
        where = display_path(Path(exc.filename)) if exc.filename else str(root)
        _warn(f"skipped folder {where}: cannot read ({exc.strerror or exc})")

    for folder, dirs, files in os.walk(root, onerror=unlistable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith("."):
                yield Path(folder) / name


def load(path: Path) -> CorpusFile | None:
    """Check and hash a file in chunks, or warn and return None when it cannot be used.

    Skipped: files that cannot be read (missing by now, no permission, a symlink loop),
    anything that is not a regular file (a FIFO would block the reader for ever), binary
    files, empty files, and HTML too large to parse.
    """
    source = display_path(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            _warn(f"skipped {source}: not a regular file")
            return None
        if info.st_size == 0:
            _warn(f"skipped {source}: empty file")
            return None
        if path.suffix.lower() in HTML_SUFFIXES and info.st_size > HTML_MAX_BYTES:
            _warn(f"skipped {source}: HTML larger than {HTML_MAX_BYTES >> 20} MB")
            return None
        hasher = hashlib.sha256()
        size = 0
        has_text = False
        with open(path, "rb") as stream:
            head = stream.read(SNIFF_BYTES)
            if b"\x00" in head:
                _warn(f"skipped {source}: looks like a binary file")
                return None
            chunk = head
            while chunk:
                hasher.update(chunk)
                size += len(chunk)
                has_text = has_text or bool(chunk.strip())
                chunk = stream.read(CHUNK_BYTES)
    except OSError as exc:
        _warn(f"skipped {source}: cannot read ({exc.strerror or exc})")
        return None
    if not has_text:
        _warn(f"skipped {source}: empty file")
        return None
    return CorpusFile(path=path, source=source, digest=hasher.hexdigest(), size=size)


def documents(file: CorpusFile, hasher: Hasher | None = None) -> Iterator[Document]:
    """The documents in one corpus file, read as a stream.

    Every byte read is passed to `hasher`, so the caller can tell whether the file changed
    since `load` hashed it. Raises OSError when the file can no longer be read.
    """
    suffix = file.path.suffix.lower()
    chunks = _text_chunks(file, hasher)
    if suffix in JSONL_SUFFIXES:
        yield from _parse_jsonl(file.source, _lines(chunks))
    elif suffix in HTML_SUFFIXES:
        yield _parse_html(file.source, "".join(chunks), file.path.stem)
    else:
        yield from _plain_blocks(file.source, chunks, suffix)


def parse(file: CorpusFile) -> list[Document]:
    """The documents in one corpus file, as a list (see `documents` for a stream)."""
    return list(documents(file))


def _text_chunks(file: CorpusFile, hasher: Hasher | None) -> Iterator[str]:
    """The file's text, decoded incrementally: BOM dropped, line endings made \\n.

    Text that is not valid UTF-8 is decoded with U+FFFD replacement characters, with one
    warning per file.
    """
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    carry = ""  # a trailing \r, held back in case the next chunk starts with \n
    first = True
    with open(file.path, "rb") as stream:
        while True:
            raw = stream.read(CHUNK_BYTES)
            if hasher is not None:
                hasher.update(raw)
            final = not raw
            try:
                text = decoder.decode(raw, final)
            except UnicodeDecodeError:
                _warn(f"{file.source}: not valid UTF-8; undecodable bytes replaced with U+FFFD")
                # A failed decode leaves the decoder's buffer as it was, so carry it over.
                replacing = codecs.getincrementaldecoder("utf-8")("replace")
                replacing.setstate(decoder.getstate())
                decoder = replacing
                text = decoder.decode(raw, final)
            if first:
                text = text.removeprefix("\ufeff")
                first = False
            text = carry + text
            carry = ""
            if text.endswith("\r") and not final:
                text, carry = text[:-1], "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            if text:
                yield text
            if final:
                return


def _lines(chunks: Iterable[str]) -> Iterator[str]:
    """Lines without their \\n, from text that arrives in chunks."""
    rest = ""
    for chunk in chunks:
        parts = (rest + chunk).split("\n")
        rest = parts.pop()
        yield from parts
    if rest:
        yield rest


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _plain_blocks(source: str, chunks: Iterable[str], suffix: str) -> Iterator[Document]:
    """Plain text as documents of about BLOCK_CHARS characters, cut between paragraphs."""
    buffer = ""
    offset = 0
    line = 1
    title: str | None = None

    def block(text: str) -> Document:
        nonlocal title
        if title is None:
            title = _text_title(text, suffix) or ""
        return _plain_document(source, text, title, first_line=line, offset=offset)

    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= 2 * BLOCK_CHARS:
            cut = _cut(buffer)
            yield block(buffer[:cut])
            offset += cut
            line += buffer.count("\n", 0, cut)
            buffer = buffer[cut:]
    if buffer or offset == 0:
        yield block(buffer)


def _cut(text: str) -> int:
    """Where to end a block: at the first paragraph break after half a block, else at a
    line end or a space; only a block with none of these is cut mid-word."""
    window = text[: 2 * BLOCK_CHARS]
    paragraph = _PARAGRAPH_BREAK.search(window, BLOCK_CHARS // 2)
    if paragraph:
        return paragraph.end()
    for sep in ("\n", " "):
        at = window.rfind(sep, BLOCK_CHARS // 2)
        if at > 0:
            return at + 1
    return BLOCK_CHARS


def _plain_document(
    source: str, text: str, title: str, first_line: int = 1, offset: int = 0
) -> Document:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    numbers = range(first_line, first_line + len(starts))
    return Document(
        source,
        text,
        title,
        line_starts=tuple(starts),
        line_numbers=tuple(numbers),
        offset=offset,
    )


def _text_title(text: str, suffix: str) -> str | None:
    if suffix in {".md", ".markdown"}:
        for line in text.splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return None


def _parse_jsonl(source: str, lines: Iterable[str]) -> Iterator[Document]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            _warn(f"{source}:{number}: skipped line: not valid JSON ({reason})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            _warn(f"{source}:{number}: skipped line: expected an object with a 'text' string")
            continue
        if not record["text"].strip():
            continue
        yield Document(
            source=source,
            text=record["text"],
            title=str(record.get("title") or ""),
            url=_opt_str(record.get("url")),
            date=_opt_str(record.get("date")),
            line_starts=(0,),
            line_numbers=(number,),
        )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


_INVISIBLE = ("script", "style", "noscript", "template", "head")
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "table",
        "ul",
        "ol",
        "dt",
        "dd",
        "figcaption",
        "caption",
        "title",
    ]
)


def html_soup(html: str):
    """The parsed HTML (a BeautifulSoup tree)."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():
        # A page whose whole text looks like a file name or URL is still a page, not a
        # mistake; bs4's multi-line advice about it would only clutter the terminal.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(html, "html.parser")


def _parse_html(source: str, html: str, fallback_title: str) -> Document:
    """Visible text only, each piece mapped back to the source line it came from."""
    from bs4 import Comment, NavigableString

    soup = html_soup(html)
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(_INVISIBLE):
        tag.decompose()
    parts: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    length = 0
    for node in soup.descendants:
        if isinstance(node, Comment) or not isinstance(node, NavigableString):
            if getattr(node, "name", None) in _BLOCKS and parts and not parts[-1].endswith("\n"):
                parts.append("\n")
                length += 1
            continue
        if type(node) is not NavigableString:  # CData, doctype, processing instructions
            continue
        piece = " ".join(str(node).split())
        if not piece:
            continue
        if parts and not parts[-1].endswith(("\n", " ")):
            parts.append(" ")
            length += 1
        line = getattr(node.parent, "sourceline", None) or 1
        starts.append(length)
        numbers.append(line)
        parts.append(piece)
        length += len(piece)
    text = "".join(parts)
    if not starts:
        starts, numbers = [0], [1]
    return Document(
        source,
        text,
        title or fallback_title,
        line_starts=tuple(starts),
        line_numbers=tuple(numbers),
    )


def _warn(message: str) -> None:
    warnings.warn(message, CorpusWarning, stacklevel=3)


def iter_files(
    paths: Iterable[Path | str], on_file: Callable[[Path], None] | None = None
) -> Iterator[CorpusFile]:
    """Discover and load every usable corpus file."""
    for path in discover(paths):
        if on_file:
            on_file(path)
        loaded = load(path)
        if loaded is not None:
            yield loaded
