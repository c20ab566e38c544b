import io

import pytest

from verifier import claims
from verifier.claims import Row, Skip
from verifier.errors import InputError

from .conftest import ROOT


def rows(path, stdin=None) -> list:
    return [r if isinstance(r, Row) else str(r) for r in claims.read(path, stdin)]


def test_txt_skips_blank_lines_and_comments(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("# a comment\n\n314 released since July 2023\n   \n  # indented comment\nB\n")
    assert rows(path) == [
        Row("1", "314 released since July 2023", 3),
        Row("2", "B", 6),
    ]


def test_bom_and_crlf_are_handled(tmp_path):
    path = tmp_path / "c.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst claim\r\n\r\nSecond claim\r\n")
    assert rows(path) == [Row("1", "First claim", 1), Row("2", "Second claim", 3)]
    csv_path = tmp_path / "c.csv"
    csv_path.write_bytes(b"\xef\xbb\xbfid,claim\r\nx,First claim\r\n")
    assert rows(csv_path) == [Row("x", "First claim", 2)]


def test_csv_with_ids_quoted_fields_and_bad_rows(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "ID, Claim ,desk\n"
        'a,"314 released, since July 2023",x\n'
        "b,,x\n"
        'c,"a claim over\ntwo lines",x\n'
        "d\n"
        ",no id here,x\n"
        ",,\n"
    )
    assert rows(path) == [
        Row("a", "314 released, since July 2023", 2),
        f"{path}:3: skipped: empty claim",
        Row("c", "a claim over two lines", 4),
        f"{path}:6: skipped: missing 'claim' field",
        Row("3", "no id here", 7),
    ]


def test_csv_without_claim_column_is_an_input_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,text\n1,hello\n")
    with pytest.raises(InputError, match=r"has no 'claim' column \(found: id, text\)"):
        list(claims.read(path))


def test_jsonl_bad_rows_are_skipped_with_their_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        '{"id": 7, "claim": "A claim"}\n'
        '{"claim": "   "}\n'
        "{broken\n"
        "[1, 2]\n"
        '{"text": "no claim field"}\n'
        "\n"
        '{"claim": 5}\n'
        '{"claim": "no id"}\n'
        '{"claim": "truncated'
    )
    assert rows(path) == [
        Row("7", "A claim", 1),
        f"{path}:2: skipped: empty claim",
        f"{path}:3: skipped: not valid JSON (Expecting property name enclosed in double quotes)",
        f"{path}:4: skipped: expected a JSON object with a 'claim' field",
        f"{path}:5: skipped: missing 'claim' field",
        f"{path}:7: skipped: 'claim' must be a string",
        Row("2", "no id", 8),
        f"{path}:9: skipped: not valid JSON (Unterminated string starting at)",
    ]


def test_control_characters_are_cleaned_and_a_claim_of_only_them_is_skipped(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("A\x00claim with a NUL and a bell\x07 in it\n\x01\n" + "plain text\n" * 5)
    assert rows(path)[:2] == [
        Row("1", "A claim with a NUL and a bell in it", 1),
        f"{path}:2: skipped: empty claim",
    ]


def test_undecodable_bytes_are_replaced_not_fatal(tmp_path):
    path = tmp_path / "c.txt"
    path.write_bytes(b"Caf\xe9 claim\nok claim\n")
    assert rows(path) == [Row("1", "Caf\ufffd claim", 1), Row("2", "ok claim", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"claim": "a b"}\n{"claim": "c"}\n', [Row("1", "a b", 1), Row("2", "c", 2)]),
        ("id,claim\nx,hello world\n", [Row("x", "hello world", 2)]),
        ("hello, world\nthere\n", [Row("1", "hello, world", 1), Row("2", "there", 2)]),
    ],
)
def test_stdin_format_is_guessed_from_the_first_line(text, expected):
    assert rows("-", io.StringIO(text)) == expected


def test_file_problems_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="claims file not found: .*gone.txt"):
        claims.read(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="claims file is a directory"):
        claims.read(tmp_path)
    (tmp_path / "c.xlsx").write_text("x")
    with pytest.raises(InputError, match=r"must end in \.txt, \.csv or \.jsonl"):
        claims.read(tmp_path / "c.xlsx")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="looks binary"):
        claims.read(tmp_path / "b.txt")


class CountingStream(io.StringIO):
    """Standard input that counts how many lines have been taken from it."""

    taken = 0

    def readline(self, *args):
        self.taken += 1
        return super().readline(*args)

    def __next__(self):
        self.taken += 1
        return super().__next__()


def test_rows_are_read_lazily():
    stream = CountingStream("".join(f"claim number {i}\n" for i in range(100_000)))
    reader = claims.read("-", stream)
    first = next(reader)
    assert first == Row("1", "claim number 0", 1)
    assert stream.taken <= 2  # one row in, not the whole stream


def test_shipped_examples_parse_cleanly():
    for name in ("example.txt", "example.csv", "example.jsonl"):
        found = list(claims.read(ROOT / "claims" / name))
        assert found and all(isinstance(r, Row) for r in found), name
    assert Skip(3, "empty claim", "f.txt").__str__() == "f.txt:3: skipped: empty claim"
