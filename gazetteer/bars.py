"""What a candidate must clear to be answered: the scores best() needs and how far apart two candidates must lie
to be rivals (distance_km, the measure).

Why a module: the lookup (gazetteer.core) and the context reading (gazetteer.context), which asks the lookup back,
apply the same bars; here both read them without importing each other.
"""
from __future__ import annotations

import math

CONFIDENT_SCORE = 90.0  # best() needs this score without a governorate hint...
HINTED_SCORE = 80.0  # ...and this inside the hinted governorate
AMBIGUOUS_SCORE_GAP = 3.0  # candidates this close in score...
AMBIGUOUS_KM = 25.0  # ...and this far apart make best() give up


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))
