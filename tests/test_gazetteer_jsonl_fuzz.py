"""Property-based fuzzing of `resolve --jsonl`: whatever bytes come in, one JSON line goes out per line in,
the output is valid UTF-8, and no exception escapes (no line ends as an unexpected failure)."""
from __future__ import annotations

import io
import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries, builtin_keys
from gazetteer.jsonl import resolve_lines

settings.register_profile("gazetteer-jsonl-fuzz", max_examples=300, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
FUZZ = settings.get_profile("gazetteer-jsonl-fuzz")

NAMES = ["Homs", "حمص", "Idleb", "ريف حماة", "Hole Camp", "Al-Hasakeh - Ghoweran", "Western Maliha", "Suran",
         "كفر نبودة", "Tal Baydar", "/", " ", "", "\ud800x", "x\udfff", "\u202e", "\ufeff", "0", "Hama province"]
# Any character, lone surrogates included (JSON escapes them as \\ud800).
names = st.one_of(st.sampled_from(NAMES), st.text(st.characters(codec=None), max_size=20))
hints = st.one_of(st.none(), st.sampled_from(["Hama", "SY05", "حلب", "Atlantis", "\ud800"]), st.integers(),
                  names)
objects = st.builds(lambda n, h: {"name": n, "admin1": h} if h is not None else {"name": n}, names, hints)
json_lines = st.one_of(
    objects.map(lambda o: json.dumps(o).encode("ascii")),  # surrogates travel as \\u escapes
    objects.map(lambda o: json.dumps(o, ensure_ascii=False).encode("utf-8", "surrogatepass")),  # raw, invalid
    st.integers(1, 5000).map(lambda n: b"[" * n + b"]" * n),  # deeply nested arrays
    st.integers(1, 5000).map(lambda n: b'{"name": ' + b"[" * n),
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")),  # arbitrary bytes, invalid UTF-8 among them
    st.sampled_from([b"", b"null", b"[]", b'"Homs"', b'{"name": null}', b'{"name": 5}', b"\xff\xfe",
                     b'{"name": "Hom\xc3"}', b'{"name": "Homs", "name": "\\ud800"}']),
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(list(builtin_entries()), builtin_keys())


@FUZZ
@given(st.lists(json_lines, min_size=1, max_size=8))
def test_resolve_jsonl_survives_any_input(gaz, lines):
    out, errors = io.BytesIO(), io.StringIO()
    failed = resolve_lines(gaz, [line + b"\n" for line in lines], out, errors)
    text = out.getvalue().decode("utf-8")  # raises if the output is not valid UTF-8
    results = [json.loads(line) for line in text.splitlines()]
    assert len(results) == len(lines)
    assert failed == sum("error" in r for r in results) == len(errors.getvalue().splitlines())
    for n, result in enumerate(results, 1):
        assert set(result) >= {"query", "match", "candidates"}
        if "error" in result:
            assert result["error"].startswith(f"line {n}: ") and "cannot resolve" not in result["error"]
            assert result["match"] is None and result["candidates"] == []


def test_unicode_line_breaks_in_names_stay_inside_their_line(gaz):
    """JSON allows U+0085, U+2028 and U+2029 raw in strings, but str.splitlines() ends lines there."""
    lines = ['{"name": "Homs\u2028", "admin1": "Atlantis\u0085"}\n'.encode(), '{"name": "Suran\u2029"}\n'.encode(), b'["\xc2\x85"]\n']
    out, errors = io.BytesIO(), io.StringIO()
    resolve_lines(gaz, lines, out, errors)
    results = [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]
    assert [r["query"] for r in results] == ["Homs\u2028", "Suran\u2029", None]
    assert results[0]["admin1"] == "Atlantis\u0085" and results[0]["warning"]
