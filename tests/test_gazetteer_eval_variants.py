"""The headline spelling-variant miner of bench.eval_gazetteer part 4: what it takes from a headline and how it
splits places into a dev and a blind half."""
from __future__ import annotations

import pandas as pd

from bench.headline_variants import _known, blind, headline_variants, variant

KNOWN = _known()
HAMA_TOWN = (34.937, 36.622)  # Harbinafsah


def test_a_headline_spelling_that_differs_from_where_coor_is_a_variant():
    headline = "More shelling on Hirbnafsah village in countryside of Hama"
    assert variant("Harbinafsah town", headline, *HAMA_TOWN, KNOWN) == "Hirbnafsah"


def test_the_same_spelling_another_place_or_a_region_is_no_variant():
    assert variant("Harbinafsah town", "Shelling on Harbinafsah", *HAMA_TOWN, KNOWN) is None
    assert variant("Hamra village", "Clashes in Hama", 35.3, 36.9, KNOWN) is None  # Hama is a known city 30 km off
    assert variant("Southern Aleppo Governorate", "Clashes south of Aleppo", 36.0, 37.1, KNOWN) is None
    assert variant("Idlib town", "Idlib IED kills two", 35.93, 36.63, KNOWN) is None  # an acronym is no name


def test_variants_keep_the_event_point_and_split_by_place():
    ged = pd.DataFrame([
        {"where_prec": 1, "where_coor": "Harbinafsah town", "source_hea": "Shelling on Hirbnafsah;Herbanafsa hit",
         "adm_1": "Hamah Governorate", "latitude": HAMA_TOWN[0], "longitude": HAMA_TOWN[1]},
        {"where_prec": 4, "where_coor": "Kafr Zayta town", "source_hea": "Raids on Kafr Zita", "adm_1": "Hamah",
         "latitude": 35.37, "longitude": 36.6},
    ])
    found = headline_variants(ged)
    assert list(found.variant) == ["Hirbnafsah", "Herbanafsa"]  # where_prec 4 is no named spot
    assert set(found.place) == {"Harbinafsah town"} and found.blind.nunique() == 1
    assert (found.lat == HAMA_TOWN[0]).all() and (found.admin1 == "Hamah Governorate").all()
    assert blind("Harbinafsah town") == blind("Harbinafsah  TOWN") and isinstance(blind("x"), bool)
