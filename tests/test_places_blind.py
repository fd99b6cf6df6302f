"""The places scorer counts shares right on a fixture whose answers are known, and hides rows of a BLIND file."""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.places_blind import (Query, ask, default_gazetteer, figures, groups, is_blind, load_queries, main,
                                report)
from gazetteer.core import distance_km

PCODES = {f"SY{n:02d}" for n in range(1, 15)}
ARABIC = re.compile("[\u0600-\u06ff]")
FIXTURE = Path(__file__).resolve().parent / "data" / "places_blind_fixture.csv"


@pytest.fixture(scope="module")
def outcomes():
    return ask(default_gazetteer(None), load_queries(FIXTURE))


def test_famous_cities_count_near_a_wrong_point_far_and_a_non_place_unanswered(outcomes):
    fig = figures(outcomes)
    assert (fig.places, fig.nones) == (4, 1)
    # Idlib, Hama and Damascus answer at their points; حلب is annotated at Damascus on purpose: in its
    # governorate with the hint, but more than 50 km from the (wrong) true point.
    assert fig.hint_near == fig.bare_near == 0.75
    assert fig.hint_admin1 == 1.0
    assert fig.bare_far == 0.25
    assert fig.none_answered_bare == fig.none_answered_hint == 0.0


def test_shares_split_by_language_and_kind(outcomes):
    by_lang = {lang: figures(group) for lang, group in groups(outcomes, lambda q: q.lang).items()}
    assert (by_lang["ar"].places, by_lang["ar"].hint_near, by_lang["ar"].bare_far) == (2, 0.5, 0.5)
    assert (by_lang["en"].places, by_lang["en"].nones, by_lang["en"].hint_near) == (2, 1, 1.0)
    by_kind = groups(outcomes, lambda q: q.kind)
    assert figures(by_kind["none"]).places == 0 and figures(by_kind["none"]).hint_near is None
    assert any(line.startswith("  none ") for line in report(outcomes))


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    admin1_pcode: str | None


class Stub:
    """A resolver answering from a table keyed by (name, hint)."""

    def __init__(self, answers: dict[tuple[str, str | None], Point]):
        self.answers = answers

    def best(self, name: str, admin1: str | None = None) -> Point | None:
        return self.answers.get((name, admin1))


def test_a_wrong_governorate_an_unanswered_place_and_an_answered_non_place_count_against():
    rows = [Query("a", "Saraqib", "en", "SY07", 35.8645, 36.8056, "town", "plain"),
            Query("b", "Tal X", "en", "SY08", 36.5, 40.7, "village", "tal"),
            Query("c", "Market", "en", "SY02", None, None, "none", "none")]
    stub = Stub({("Saraqib", "SY07"): Point(35.87, 36.80, "SY02"),  # right spot, wrong governorate code
                 ("Saraqib", None): Point(35.87, 36.80, "SY07"),
                 ("Tal X", None): Point(33.5, 36.3, "SY01"),  # Damascus: > 50 km off without the hint
                 ("Market", "SY02"): Point(36.2, 37.16, "SY02")})
    fig = figures(ask(stub, rows))
    assert (fig.hint_near, fig.hint_admin1, fig.bare_near, fig.bare_far) == (0.5, 0.0, 0.5, 0.5)
    assert (fig.none_answered_hint, fig.none_answered_bare) == (1.0, 0.0)


def test_an_area_far_from_its_conventional_point_is_wrong_only_outside_its_governorate():
    rows = [Query("a", "Eastern Qalamoun", "en", "SY03", 33.51, 36.68, "area", "plain"),  # truth: a centre
            Query("b", "the Ghab plain", "en", "SY05", 35.13, 36.75, "area", "plain"),
            Query("c", "Kafr Y", "en", "SY07", 35.93, 36.63, "village", "plain")]
    stub = Stub({("Eastern Qalamoun", None): Point(34.05, 36.85, "SY03"),  # its own point, 60 km off, in SY03
                 ("the Ghab plain", None): Point(35.55, 36.40, "SY07"),  # another governorate
                 ("Kafr Y", None): Point(36.50, 37.10, "SY07")})  # a village 75 km off: wrong though in SY07
    fig = figures(ask(stub, rows))
    assert fig.bare_far == 1.0
    assert fig.bare_wrong == pytest.approx(2 / 3)
    assert "bare wrong" in report(ask(stub, rows))[0]


def test_distance_is_great_circle():
    assert distance_km(36.19797, 37.16567, 33.51307, 36.30958) == pytest.approx(307, abs=3)  # Aleppo-Damascus
    assert distance_km(35.0, 36.0, 35.0, 36.0) == 0.0


def test_verbose_lists_rows_but_is_refused_on_a_blind_file(tmp_path, capsys):
    assert main(["--data", str(FIXTURE), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "f2\tحلب" in out and "places" in out
    blind = tmp_path / "places.csv"
    shutil.copy(FIXTURE, blind)
    (tmp_path / "README.md").write_text("# a set\n\n**BLIND until its first run.**\n", encoding="utf-8")
    assert is_blind(blind) and not is_blind(FIXTURE)
    assert main(["--data", str(blind), "--verbose"]) == 2
    assert capsys.readouterr().out == ""
    assert main(["--data", str(blind)]) == 0
    out = capsys.readouterr().out
    assert "hint <=25km" in out and "f2\t" not in out and "Idlib" not in out


@pytest.mark.parametrize("folder", ["places-blind4", "places-blind5", "places-blind6"])
def test_the_query_sets_are_well_formed_and_keep_their_blind_marker(folder):
    """Only the file's shape is checked here; a set's figures are the lead's runs (places-blind4, released, still
    carries the word so that --verbose stays refused on it)."""
    path = Path(__file__).resolve().parents[1] / "data" / "eval" / folder / "places.csv"
    queries = load_queries(path)
    assert is_blind(path) and len(queries) >= 300 and len({q.id for q in queries}) == len(queries)
    assert abs(sum(q.lang == "ar" for q in queries) - sum(q.lang == "en" for q in queries)) <= 10
    kinds = {"governorate", "district", "town", "village", "neighbourhood", "camp", "area", "none"}
    for q in queries:
        assert q.kind in kinds and bool(ARABIC.search(q.query)) == (q.lang == "ar"), q.id
        if q.kind == "none":
            assert q.lat is None and q.lon is None, q.id
        else:
            assert 32.3 <= q.lat <= 37.4 and 35.6 <= q.lon <= 42.4 and q.admin1_pcode in PCODES, q.id
    assert {q.admin1_pcode for q in queries if q.kind != "none"} == PCODES
    assert 15 <= sum(q.kind == "none" for q in queries) <= 30
