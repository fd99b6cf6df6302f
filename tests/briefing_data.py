"""A fixed synthetic incident table for the briefing-export tests (seeded, so every run is the same)."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from incidents.record import FIELD_NAMES

GOVERNORATES = [("Aleppo", "حلب", 36.2, 37.15), ("Idleb", "إدلب", 35.93, 36.63), ("Hama", "حماة", 35.13, 36.75),
                ("Homs", "حمص", 34.73, 36.72), ("Damascus", "دمشق", 33.51, 36.28)]
TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians"]
SUB_TYPES = {"Battles": "Armed clash", "Explosions/Remote violence": "Air/drone strike",
             "Violence against civilians": "Attack"}


def incidents(n: int = 300, seed: int = 7) -> pd.DataFrame:
    """n incidents in 2017 around five governorate capitals, with the columns Store.frame() returns."""
    rng = np.random.default_rng(seed)
    where = rng.integers(0, len(GOVERNORATES), n)
    kind = rng.integers(0, len(TYPES), n)
    rows = {
        "event_date": pd.to_datetime(dt.date(2017, 1, 1)) + pd.to_timedelta(rng.integers(0, 365, n), unit="D"),
        "event_type": [TYPES[k] for k in kind],
        "sub_event_type": [SUB_TYPES[TYPES[k]] for k in kind],
        "admin1": [GOVERNORATES[w][0] for w in where],
        "location_en": [f"Village {i} near {GOVERNORATES[w][0]}" for i, w in enumerate(where)],
        "location_ar": [f"قرية {i} قرب {GOVERNORATES[w][1]}" for i, w in enumerate(where)],
        "latitude": [GOVERNORATES[w][2] for w in where] + rng.normal(0, 0.15, n),
        "longitude": [GOVERNORATES[w][3] for w in where] + rng.normal(0, 0.15, n),
        "killed": rng.poisson(4, n),
        "wounded": rng.poisson(6, n),
        "source": ["SOHR $5 <script>alert(1)</script>" if i % 7 == 0 else "SANA" for i in range(n)],
        "dataset": "sample",
    }
    frame = pd.DataFrame(rows)
    return frame.reindex(columns=list(dict.fromkeys([*FIELD_NAMES, *frame.columns])))
