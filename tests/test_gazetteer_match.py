"""Match.of, the fast constructor every candidate goes through, makes the same Match as its __init__."""
from __future__ import annotations

import dataclasses

import orjson
import pytest

from gazetteer.match import Match


def test_match_of_equals_the_dataclass_and_keeps_field_order_and_defaults():
    made = Match.of(name_en="Harim", name_ar="حارم", lat=36.2, lon=36.5, level="town", score=97.0)
    plain = Match(name_en="Harim", name_ar="حارم", lat=36.2, lon=36.5, level="town", score=97.0)
    assert made == plain and hash(made) == hash(plain)
    assert list(made.to_dict()) == [f.name for f in dataclasses.fields(Match)]
    assert made.geo_precision == 3 and made.source == "" and made.admin1 is None
    assert orjson.dumps(made) == orjson.dumps(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.score = 1.0  # type: ignore[misc]
