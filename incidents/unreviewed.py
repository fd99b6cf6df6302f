"""Unreviewed drafts in a selection, counted and said wherever the selection is shown or exported.

An extracted or imported incident stays a draft until an analyst reviews it, and the map, the charts and the
briefing exports show drafts with the rest unless the review filter leaves them out. Shown unmarked, a briefer
could not tell a machine's reading of this morning's report from a reviewed record: the map draws drafts hollow,
and the page and every briefing export say how many the selection includes."""
from __future__ import annotations

import numpy as np
import pandas as pd

DRAFT = "draft"  # incidents.record.REVIEW_STATUSES' first step: nobody has reviewed it yet


def is_draft(statuses: pd.Series) -> np.ndarray:
    """True for each incident still a draft (a missing status is not one: the store always sets it)."""
    return statuses.eq(DRAFT).fillna(False).to_numpy(bool)


def note(count: int) -> str:
    """'includes 6 unreviewed drafts' ('' for none): for the page's totals and the exports' scope lines."""
    if not count:
        return ""
    return f"includes {count:,} unreviewed draft{'s' if count != 1 else ''}"
