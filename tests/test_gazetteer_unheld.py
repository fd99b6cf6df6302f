"""A subdistrict no layer answers for answers its own names: OCHA gives it no admin capital and no settlement or
unit of its names lies in it, so the unit itself is the answer (level subdistrict, somewhere in it)."""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.osm import unheld
from gazetteer_env import clean_env  # noqa: F401  (autouse fixture)

# Made-up subdistricts (real P-codes decide only whether OCHA gives a capital): one with nothing of its name in it,
# one with a village of its name inside, one whose capital OCHA gives (Jisr-Ash-Shugur's unit).
EMPTY = {"pcode": "SY140201", "name_en": "Tall Zuhur", "name_ar": "تل زهور", "admin1_pcode": "SY14",
         "admin2_pcode": "SY1402", "lat": 32.9, "lon": 35.7}
VILLAGED = {**EMPTY, "pcode": "SY140002", "name_en": "Marj Sufran", "name_ar": "مرج صفران", "admin2_pcode": "SY1400"}
SEATED = {**EMPTY, "pcode": "SY070300", "name_en": "Tall Zuhur", "admin1_pcode": "SY07", "admin2_pcode": "SY0703"}
VILLAGE = {"type": "village", "admin3_pcode": "SY140002", "keys": "مرجصفران;marjsufran"}


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.from_layers()


def test_only_a_unit_without_capital_or_namesake_inside_answers_itself(ocha_dir):
    assert unheld([EMPTY, VILLAGED, SEATED], [VILLAGE], ocha_dir) == {"SY140201"}


def test_a_unit_outside_the_capitals_file_answers_its_name_not_a_namesake_village_in_another_unit(gaz):
    # al-Butayhah (Golan): OCHA gives it no capital and the only البطيحة of the other layers is a village of the
    # next subdistrict, 20 km from its centre; "a village" still asks for the village.
    for query in ("البطيحة", "Al-Butayhah", "بالبطيحة"):
        match = gaz.best(query, admin1="SY14")
        assert match is not None and match.level == "subdistrict" and match.admin3_pcode == "SY140201"
        assert match.geo_precision > 1  # somewhere in the unit, not a town's point
    village = gaz.best("قرية البطيحة", admin1="SY14")
    assert village is not None and village.level == "town" and village.admin3_pcode == "SY140002"
