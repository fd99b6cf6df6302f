"""The admin-seat items of bench.eval_gazetteer part 5: which forms are asked, which seats share a name, and how
the seats split into a dev and a blind half."""
from __future__ import annotations

import pytest

from bench.admin_seats import _part2_keys, blind, seat_queries

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def queries(ocha_dir):
    return seat_queries(ocha_dir)


def test_each_seat_is_asked_with_proclitics_and_its_ocha_spelling(queries):
    mayadin = queries[queries.seat == "Al Mayadin"]
    assert {"بالميادين", "والميادين"} <= set(mayadin["query"])
    assert (mayadin.admin1 == "SY09").all() and mayadin.lat.between(34.9, 35.1).all()
    assert "Mhambal" in set(queries["query"])  # OCHA's spelling of a subdistrict seat


def test_no_query_is_one_part_2_asks(queries):
    asked = _part2_keys()
    assert "al mayadin" in asked and "Al Mayadin" not in set(queries["query"])
    assert not any(" ".join(q.split()).casefold() in asked for q in queries["query"])


def test_two_far_apart_seats_of_one_name_are_shared(queries):
    suran = queries[queries["query"] == "بصوران"]
    assert len(suran) == 2 and suran.shared.all() and set(suran.admin1) == {"SY02", "SY05"}
    assert not queries[queries.seat == "Al Mayadin"].shared.any()


def test_the_split_is_by_seat_and_stable(queries):
    assert queries.groupby(["seat", "admin1"]).blind.nunique().max() == 1
    assert 0.35 < queries.blind.mean() < 0.65
    assert blind("SY090300") == blind("SY090300") and isinstance(blind("x"), bool)
