"""`resolve --jsonl`: one JSON result line per input line, an error object for a bad line, valid UTF-8 out."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import BinaryIO, TextIO

import orjson

from gazetteer.core import Gazetteer

MEMO_SIZE = 200_000  # result lines remembered per (name, hint)
# Characters JSON leaves raw that str.splitlines() (and so many a reader) takes for line ends: escaped, so
# one line out per line in holds for every reader. In UTF-8 these bytes can only be these characters.
_LINE_BREAKS = ((b"\xc2\x85", b"\\u0085"), (b"\xe2\x80\xa8", b"\\u2028"), (b"\xe2\x80\xa9", b"\\u2029"))


class BadLine(ValueError):
    """A line that is not a usable query; its message is the reason."""


def parse_line(raw: bytes) -> tuple[str, str | None]:
    """The (name, admin1) a line asks for; BadLine says why it cannot be read."""
    try:
        item, checked = orjson.loads(raw), True  # fast, and it refuses lone surrogates
    except orjson.JSONDecodeError:
        item, checked = _read_bad(raw), False  # the reason it refused the line, or what json reads
    if not isinstance(item, dict):
        raise BadLine("not a JSON object")
    name, admin1 = item.get("name"), item.get("admin1")
    if not isinstance(name, str) or not name.strip():
        raise BadLine('"name" is missing or empty')
    if admin1 is not None and not isinstance(admin1, str):
        raise BadLine('"admin1" must be a string')
    if not checked:
        for field, value in (("name", name), ("admin1", admin1 or "")):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise BadLine(f'"{field}" holds a lone surrogate (\\u{ord(value[exc.start]):04x})') from None
    return name, admin1


def _read_bad(raw: bytes) -> object:
    """What the standard json module reads from a line orjson refused, or BadLine saying why it is not JSON
    (orjson refuses lone surrogates, which json reads and parse_line names)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadLine(f"not valid UTF-8 (byte {exc.start + 1})") from None
    try:
        return json.loads(text)
    except RecursionError:
        raise BadLine("JSON nested too deeply") from None
    except ValueError:
        raise BadLine("not a JSON object") from None


def unknown_hint(gaz: Gazetteer, admin1: str | None) -> str | None:
    """A warning when the governorate hint names no governorate (it is then ignored)."""
    if admin1 and admin1.strip() and gaz.admin_pcode(admin1) is None:
        return f"admin1 {admin1!r} is not a governorate name or P-code: ignored"
    return None


def answer_line(gaz: Gazetteer, name: str, admin1: str | None) -> bytes:
    """The result line of a query: match, candidates and, for an unknown hint, a warning (orjson writes the
    Match dataclasses directly, ten times faster than json over their dicts)."""
    best, candidates = gaz.answer(name, admin1)
    if best is not None and candidates and candidates[0] is best:  # most answers: the match leads the candidates,
        best = orjson.Fragment(orjson.dumps(best))  # written once and its bytes set in twice
        candidates = [best, *candidates[1:]]
    result = {"query": name, "admin1": admin1, "match": best, "candidates": candidates}
    warning = unknown_hint(gaz, admin1) if admin1 else None
    if warning:
        result["warning"] = warning
    return _one_line(orjson.dumps(result, option=orjson.OPT_APPEND_NEWLINE))


def _one_line(body: bytes) -> bytes:
    """A JSON text ending in its newline as one line: the Unicode line breaks JSON allows in strings escaped. Whether
    the UTF-8 text may hold U+0085, U+2028 or U+2029 is asked by lead byte (a search for one byte runs as memchr, one
    for two bytes goes byte by byte: half a result line's cost); U+0085 is C2 85, and most C2s are a ©. The lead
    byte is asked for as an int: `bytes in body` first tries the bytes as an index and formats a TypeError to drop."""
    if 0xE2 not in body:
        at = body.find(b"\xc2")
        while at >= 0 and body[at + 1] != 0x85:  # a lead byte in valid UTF-8: a continuation byte follows
            at = body.find(b"\xc2", at + 2)
        if at < 0:
            return body
    for raw, escaped in _LINE_BREAKS:
        body = body.replace(raw, escaped)
    return body


def resolve_lines(gaz: Gazetteer, lines: Iterable[bytes], out: BinaryIO, errors: TextIO) -> int:
    """Answer each line of `lines` on `out` (one line each, UTF-8); report bad lines on `errors` too.
    Returns the number of bad lines."""
    memo: dict[tuple[str, str | None], bytes] = {}
    failed = 0
    for line_no, raw in enumerate(lines, 1):
        try:
            key = parse_line(raw)
            line = memo.get(key)
            if line is None:
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                line = memo[key] = answer_line(gaz, *key)
            out.write(line)
        except Exception as exc:  # noqa: BLE001 - one bad line never ends the batch
            failed += 1
            why = str(exc) if isinstance(exc, ValueError) else f"cannot resolve ({type(exc).__name__}: {exc})"
            reason = f"line {line_no}: {why}"
            out.write(_one_line(json.dumps({"query": None, "admin1": None, "match": None, "candidates": [],
                                            "error": reason}, ensure_ascii=False).encode("utf-8", "backslashreplace") + b"\n"))
            print(f"stdin, {reason}", file=errors)
    return failed
