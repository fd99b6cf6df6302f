"""Match.of and Entry.to_match, the fast constructors every candidate goes through, make the same Match as its
__init__."""
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


def test_entry_to_match_equals_the_dataclass_in_field_order():
    from gazetteer.entry import Entry

    entry = Entry("", "حارم", 36.2, 36.5, "town", "osm", names=["Harem"], admin1="Idleb", admin1_pcode="SY07")
    for score, shown in ((100, 100.0), (87.25, 87.2), (86.96, 87.0)):
        made = entry.to_match(score)
        plain = Match(name_en="Harem", name_ar="حارم", lat=36.2, lon=36.5, level="town", admin1="Idleb",
                      admin1_pcode="SY07", geo_precision=1, where_prec=1, score=shown, source="osm",
                      attribution="© OpenStreetMap contributors, ODbL")
        assert made == plain and type(made.score) is float
        assert list(made.to_dict()) == [f.name for f in dataclasses.fields(Match)]
        assert orjson.dumps(made) == orjson.dumps(plain)
    region = entry.to_match(95.0, region=True, name_en="Harim")
    assert (region.name_en, region.geo_precision, region.where_prec) == ("Harim", 3, 4)  # the name handed in before a variant
