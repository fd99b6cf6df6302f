"""ACLED event dates as they arrive (ISO, '12 March 2018', Excel's '9-May-20', m/d/yyyy or d/m/yyyy), as ISO.

Slash dates are read only when their order is settled: by a part above 12, by the row's `year` and `timestamp`
(an event is not dated after ACLED recorded it), or by the rest of the file. Otherwise the file is refused.
"""
from __future__ import annotations

import pandas as pd

from incidents.messages import Message, message

NAMED_FORMS = ("%d %B %Y", "%d %b %Y", "%d-%b-%y", "%d-%B-%y", "%d-%b-%Y", "%d-%B-%Y", "%B %d, %Y")
SLASH = r"^\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\s*$"
ORDERS = {"m/d/yyyy": ("%m/%d/%Y", "%m/%d/%y"), "d/m/yyyy": ("%d/%m/%Y", "%d/%m/%y")}


class AmbiguousDates(ValueError):
    """Slash dates whose day/month order nothing in the file settles, or that contradict each other."""

    def __init__(self, line, reason: Message):
        self.line, self.reason = line, reason
        super().__init__(reason)


def _slash(text: pd.Series, order: str) -> pd.Series:
    long, short = ORDERS[order]
    four = text.str.extract(SLASH)[2].str.len().eq(4)
    parsed = pd.to_datetime(text.where(four), format=long, errors="coerce")
    return parsed.fillna(pd.to_datetime(text.where(~four.fillna(False)), format=short, errors="coerce"))


def _fits(dates: pd.Series, year: pd.Series | None, recorded: pd.Series | None) -> pd.Series:
    """Whether each reading agrees with the row's year and is not after ACLED's timestamp of the row."""
    fits = dates.notna()
    if year is not None:
        given = pd.to_numeric(year, errors="coerce")
        fits &= given.isna() | (dates.dt.year == given)
    if recorded is not None:
        fits &= recorded.isna() | (dates <= recorded.dt.tz_localize(None).dt.normalize())
    return fits


def slash_evidence(text: pd.Series, year: pd.Series | None = None, recorded: pd.Series | None = None) -> pd.Series:
    """Per slash-dated row, the order its own values settle ('m/d/yyyy', 'd/m/yyyy'), or None if both fit."""
    text = text.astype("string").str.strip()
    slashed = text.str.match(SLASH).fillna(False)
    fit = {order: _fits(_slash(text[slashed], order), _sub(year, slashed), _sub(recorded, slashed))
           for order in ORDERS}
    settled = pd.Series(None, index=text[slashed].index, dtype=object)
    settled[fit["m/d/yyyy"] & ~fit["d/m/yyyy"]] = "m/d/yyyy"
    settled[fit["d/m/yyyy"] & ~fit["m/d/yyyy"]] = "d/m/yyyy"
    return settled


def _sub(series: pd.Series | None, mask: pd.Series) -> pd.Series | None:
    return None if series is None else series[mask]


def file_order(evidence: pd.Series) -> str | None:
    """The one order the settled rows agree on (None when none is settled); AmbiguousDates if they disagree."""
    orders = evidence.dropna()
    found = orders.unique().tolist()
    if len(found) > 1:
        first = {order: orders[orders == order].index[0] for order in found}
        raise AmbiguousDates(first["d/m/yyyy"], message("dates_mixed", first=first["m/d/yyyy"],
                                                        second=first["d/m/yyyy"]))
    return found[0] if found else None


def parse(series: pd.Series, year: pd.Series | None = None, recorded: pd.Series | None = None,
          order: str | None = None) -> pd.Series:
    """ISO text for every date form read; other text unchanged (validation rejects it by line).

    `order`: the file's slash order when the whole file settles it; rows neither it nor their own values
    settle raise AmbiguousDates naming the first such line."""
    text = series.astype("string").str.strip()
    dates = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    for form in NAMED_FORMS:
        dates = dates.fillna(pd.to_datetime(text.where(dates.isna()), format=form, errors="coerce"))
    evidence = slash_evidence(text, year, recorded)
    if len(evidence):
        unsettled = evidence.isna()
        if unsettled.any() and order is None:
            line = evidence.index[unsettled][0]
            value = text[line]
            raise AmbiguousDates(line, message("dates_unsettled", value=value))
        chosen = evidence.fillna(order)
        for name in ORDERS:
            rows = chosen.index[chosen == name]
            dates.loc[rows] = _slash(text[rows], name)
    return dates.dt.strftime("%Y-%m-%d").where(dates.notna(), text)


def recorded_at(timestamp: pd.Series) -> pd.Series:
    """ACLED's `timestamp` (Unix seconds, or ISO text) as UTC times; what is neither stays missing."""
    text = timestamp.astype("string").str.strip()
    seconds = pd.to_numeric(text, errors="coerce")
    plausible = seconds.between(0, 32_503_680_000)  # up to the year 3000
    times = pd.to_datetime(seconds.where(plausible), unit="s", utc=True, errors="coerce")
    iso = pd.to_datetime(text.where(seconds.isna()), format="ISO8601", utc=True, errors="coerce")
    return times.fillna(iso)
