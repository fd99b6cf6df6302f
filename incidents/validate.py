"""Validation of incident rows, vectorised over a frame so a million rows check in seconds.

Every way in (store.add, every importer) goes through `check_frame`, so the rules live in one place:
real dates, numeric coordinates (outside Syria flagged), non-negative whole counts, known enumerations.
"""
from __future__ import annotations

import datetime as dt
import json
import re

import numpy as np
import pandas as pd

from incidents.messages import Message
from incidents.record import DATE_PRECISIONS, EVENT_TYPES, FIELD_NAMES, REGION_PRECISION, REVIEW_STATUSES, SYRIA_BBOX

COUNT_FIELDS = ("killed", "wounded", "deaths_low", "deaths_high")
CODE_RANGES = {"geo_precision": (1, REGION_PRECISION), "where_prec": (1, 7)}
DATE_FIELDS = ("event_date", "event_date_end")
TIME_FIELDS = ("created_at", "updated_at", "source_timestamp")
_TYPED = {"latitude", "longitude", "civilian_targeting", "flags", "extra", "version", "id", "date_precision", "event_type",
          "sub_event_type", "review_status", *COUNT_FIELDS, *CODE_RANGES, *DATE_FIELDS, *TIME_FIELDS}
TEXT_FIELDS = tuple(name for name in FIELD_NAMES if name not in _TYPED)
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL (PostgreSQL refuses it) and lone surrogates (not encodable)
MAX_TEXT = 65_536  # characters in one field; more is a broken file, not a report
EARLIEST = pd.Timestamp("1900-01-01")
TRUE_WORDS = {"true", "1", "yes", "y", "t", "civilian targeting"}
FALSE_WORDS = {"false", "0", "no", "n", "f"}
SUB_EVENT_TYPES = [f"{kind}|{sub}" for kind, subs in EVENT_TYPES.items() for sub in subs]
OUTSIDE_SYRIA = "outside_syria"  # the flag of a point outside SYRIA_BBOX (or, io.admin_points, every admin polygon)


class ValidationError(ValueError):
    """Records that break the rules; `problems` holds (row label, reason) pairs."""

    def __init__(self, problems: list[tuple[object, str]]):
        self.problems = problems
        shown = "; ".join(f"row {label}: {reason}" for label, reason in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"{len(problems)} invalid incident(s): {shown}{more}")


def _is_text(series: pd.Series) -> bool:
    """A pandas string column (as the CSV readers make): vectorised string methods apply."""
    return series.dtype != object and pd.api.types.is_string_dtype(series)


def _as_text(series: pd.Series) -> pd.Series:
    """A column of Python strings as a pandas string column (vectorised checks), unless it holds a lone
    surrogate (which only Python strings can hold, and validation rejects)."""
    if series.dtype == object and pd.api.types.infer_dtype(series, skipna=True) == "string":
        try:
            return series.astype("str")
        except UnicodeEncodeError:
            pass
    return series


def _blank_to_none(series: pd.Series) -> pd.Series:
    """Strip strings; empty or whitespace-only strings mean 'not given'."""
    series = _as_text(series)
    if _is_text(series):
        series = series.str.strip()
        return series.where(series != "")
    if series.dtype == object:
        series = series.map(lambda v: v.strip() or None if isinstance(v, str) else v)
        return series.where(series.notna(), None)
    return series


def _shown(values: pd.Series) -> pd.Series:
    """A value as it appears in an error message: quoted and cut short."""
    return values.astype(object).map(lambda v: repr(str(v)[:40]))


class _Checker:
    """Collects the reasons each row fails while the columns are converted: per failing row (by position), its
    reasons as (code, parameters) (incidents.messages; English text by default, a UI's language on a page)."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame
        self.reasons: dict[int, list[tuple[str, dict]]] = {}

    def fail(self, mask: pd.Series, code: str, values: pd.Series | None = None, **params) -> None:
        """Add the reason `code` with `params` (and each row's value, quoted, as `value`) to the rows in mask."""
        mask = mask.fillna(False).astype(bool).to_numpy()
        if not mask.any():
            return
        rows = np.flatnonzero(mask)
        shown = [None] * len(rows) if values is None else _shown(values[mask]).tolist()
        for row, value in zip(rows.tolist(), shown):
            self.reasons.setdefault(row, []).append((code, params if value is None else {**params, "value": value}))

    def rejected(self) -> tuple[np.ndarray, list[tuple[object, Message]]]:
        """Which rows failed (a boolean per row) and (row label, reason) for each, in the frame's order."""
        bad = np.zeros(len(self.frame), dtype=bool)
        bad[list(self.reasons)] = True
        rows = sorted(self.reasons)
        labels = self.frame.index[rows].tolist()  # Python values (a line number an int), as the index gives them
        return bad, [(label, Message(self.reasons[row])) for label, row in zip(labels, rows)]

    def number(self, name: str) -> pd.Series:
        raw = self.frame[name]
        try:  # the common case, every value a number: one fast cast
            values = raw.astype("float64")
        except (ValueError, TypeError):
            values = pd.to_numeric(raw, errors="coerce")
        self.fail(raw.notna() & values.isna(), "not_number", raw, field=name)
        return values

    def count(self, name: str, low: int = 0, high: int | None = None) -> pd.Series:
        raw = self.frame[name]
        values = self.number(name)
        bad = values.notna() & ((values % 1 != 0) | (values < low) | (values > (high if high is not None else np.inf)))
        if high is not None:
            self.fail(bad, "not_whole", raw, field=name, low=low, high=high)
        else:
            self.fail(bad, "not_whole_min", raw, field=name, low=low)
        return values.where(~bad).round().astype("Int64")

    def date(self, name: str, code: str = "not_date") -> pd.Series:
        raw = self.frame[name]
        text = raw if _is_text(raw) else raw.map(
            lambda v: v.isoformat()[:10] if isinstance(v, (dt.date, pd.Timestamp)) else v)
        values = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
        latest = pd.Timestamp(dt.date.today()) + pd.Timedelta(days=1)
        bad = raw.notna() & (values.isna() | (values < EARLIEST) | (values > latest))
        self.fail(bad, code, raw, field=name)
        return values.where(~bad)

    def timestamp(self, name: str) -> pd.Series:
        raw = self.frame[name]
        values = pd.to_datetime(raw, format="ISO8601", errors="coerce", utc=True)
        self.fail(raw.notna() & values.isna(), "not_time", raw, field=name)
        return values

    def choice(self, name: str, allowed, default: str | None) -> pd.Series:
        raw = self.frame[name]
        bad = raw.notna() & ~raw.isin(list(allowed))
        self.fail(bad, "not_choice", raw, field=name, allowed=", ".join(allowed))
        return raw.fillna(default) if default is not None else raw

    def text(self, name: str) -> pd.Series:
        raw = self.frame[name]
        if raw.dtype == object and pd.api.types.infer_dtype(raw, skipna=True) in ("string", "empty"):
            raw = raw.astype("str")
        if _is_text(raw):
            lengths = raw.str.len()
        else:
            raw = raw.map(lambda v: v if isinstance(v, str) else str(v), na_action="ignore")
            lengths = raw.map(lambda v: len(v) if isinstance(v, str) else 0)
        self.fail(lengths > MAX_TEXT, "too_long", field=name, limit=MAX_TEXT)
        if _is_text(raw):  # Arrow-backed text is UTF-8 already: only a NUL can be in it
            unstorable = raw.str.contains("\x00", regex=False)
        else:
            unstorable = raw.map(lambda v: isinstance(v, str) and UNSTORABLE.search(v) is not None)
        self.fail(unstorable, "unstorable", field=name)
        return raw

    def boolean(self, name: str) -> pd.Series:
        raw = self.frame[name]
        words = raw.astype("str").str.lower()
        truth = pd.Series(None, index=raw.index, dtype=object)
        truth[words.isin(TRUE_WORDS)] = True
        truth[words.isin(FALSE_WORDS)] = False
        self.fail(raw.notna() & truth.isna(), "not_boolean", raw, field=name)
        return truth


def _flags(raw: pd.Series) -> pd.Series:
    """Flags as a sorted, comma-joined string ('' for none): the form the store keeps."""
    def join(value) -> str:
        if value is None or (not isinstance(value, (list, tuple, set)) and pd.isna(value)):
            return ""
        items = value if isinstance(value, (list, tuple, set)) else str(value).split(",")
        return ",".join(sorted({item.strip() for item in items if item and item.strip()}))
    if raw.isna().all():
        return pd.Series("", index=raw.index, dtype=object)
    if _is_text(raw):  # from a file: only lists of several flags need sorting
        text = raw.fillna("").astype(object)
        several = raw.str.contains(",", regex=False).fillna(False)
        text[several] = text[several].map(join)
        return text
    return raw.map(join)


def with_flag(flags: pd.Series, where, flag: str) -> pd.Series:
    """Flags (the store's sorted, comma-joined text) with `flag` added on the rows `where` is true."""
    flags = flags.copy()
    flags[where] = (flags[where] + "," + flag).map(lambda s: ",".join(sorted(set(s.strip(",").split(",")))))
    return flags


def extra_text(value) -> str | None:
    """The source's extra columns as the store keeps them: compact JSON object text in column order (no spaces
    between items: a GED row has 25 of them), None for none."""
    if value is None or (not isinstance(value, (dict, str)) and pd.isna(value)):
        return None
    if isinstance(value, str):
        value = json.loads(value) if value.strip() else {}
    if not isinstance(value, dict):
        raise ValueError("extra is not a JSON object")
    kept = {str(k): str(v) for k, v in value.items() if v is not None and str(v) != ""}
    text = json.dumps(kept, ensure_ascii=False, separators=(",", ":")) if kept else None
    if text is not None and (len(text) > MAX_TEXT or UNSTORABLE.search(text)):
        raise ValueError("extra is too long or holds a NUL or lone surrogate")
    return text


def extra_dict(value) -> dict[str, str]:
    """The inverse of extra_text: {column: text} from the stored JSON (or a dict), {} for none."""
    if isinstance(value, dict):
        return value
    return json.loads(value) if isinstance(value, str) and value.strip() else {}


def _extras(raw: pd.Series, check: "_Checker", canonical: bool = False) -> pd.Series:
    """The extra column as JSON text; rows whose value is not a JSON object fail. `canonical`: the values are
    already extra_text's form (a reader built them), so only their length and storability are checked."""
    if canonical and _is_text(raw):  # Arrow-backed text: only its length and a NUL can be wrong
        bad = ((raw.str.len() > MAX_TEXT) | raw.str.contains("\x00", regex=False)).fillna(False).astype(bool)
        check.fail(bad, "extra_unstorable")
        return raw.astype(object).where(~bad & raw.notna(), None)
    if canonical:
        values = raw.astype(object)
        bad = values.map(lambda v: isinstance(v, str) and (len(v) > MAX_TEXT or UNSTORABLE.search(v) is not None))
        bad = bad.astype(bool)
        check.fail(bad, "extra_unstorable")
        return values.where(~bad & values.notna(), None)
    broken = object()

    def convert(value):
        try:
            return extra_text(value)
        except ValueError:  # json.JSONDecodeError is a ValueError too
            return broken
    values = raw.astype(object).map(convert)
    bad = values.map(lambda v: v is broken).astype(bool)
    check.fail(bad, "extra_not_json")
    return values.where(~bad, None)


def check_frame(frame: pd.DataFrame, extra_canonical: bool = False,
                acled_dates: bool = False) -> tuple[pd.DataFrame, list[tuple[object, str]]]:
    """Convert and check rows; return the good rows (typed, one column per field) and (label, reason) for the rest.

    Missing columns count as empty. Coordinates outside SYRIA_BBOX are kept and flagged 'outside_syria'.
    `extra_canonical`: `extra` holds extra_text's own form (as formats.extras builds it), not re-parsed.
    `acled_dates`: event_date went through ACLED's date reader (incidents.io.acled_dates), so a bad one is explained
    by the forms that reader takes ("12 March 2018" …), not by ISO's alone.
    """
    frame = frame.reindex(columns=list(FIELD_NAMES))
    if not len(frame):
        frame = frame.astype(object)
    else:  # a reader's canonical extra is never blank nor padded: its ~700 bytes a row are not stripped
        frame = frame.apply(lambda column: column if extra_canonical and column.name == "extra"
                            and _is_text(column) else _blank_to_none(column))
    frame = frame.astype({c: object for c in frame.columns if frame[c].isna().all()})
    check = _Checker(frame)
    out = pd.DataFrame(index=frame.index)
    for name in TEXT_FIELDS:
        out[name] = check.text(name)
    for name in DATE_FIELDS:
        out[name] = check.date(name, "not_acled_date" if acled_dates and name == "event_date" else "not_date")
    check.fail(frame["event_date"].isna(), "no_date")
    check.fail(out["event_date_end"] < out["event_date"], "end_before_start")
    for name in TIME_FIELDS:
        out[name] = check.timestamp(name)
    out["date_precision"] = check.choice("date_precision", DATE_PRECISIONS, "day")
    out["event_type"] = check.choice("event_type", tuple(EVENT_TYPES), "Other")
    sub = frame["sub_event_type"]
    pairs = out["event_type"].astype("str") + "|" + sub.astype("str")
    check.fail(sub.notna() & ~pairs.isin(SUB_EVENT_TYPES), "not_sub_type", sub)
    out["sub_event_type"] = sub
    out["review_status"] = check.choice("review_status", REVIEW_STATUSES, "draft")
    out["civilian_targeting"] = check.boolean("civilian_targeting")
    for name in COUNT_FIELDS:
        out[name] = check.count(name)
    for name, (low, high) in CODE_RANGES.items():
        out[name] = check.count(name, low, high)
    out["version"] = check.count("version").fillna(0)
    out["id"] = check.count("id", 1)
    lat, lon = check.number("latitude"), check.number("longitude")
    check.fail(lat.isna() != lon.isna(), "lat_lon_pair")
    check.fail((lat.abs() > 90) | (lon.abs() > 180), "lat_lon_range")
    out["latitude"], out["longitude"] = lat, lon
    url = out["source_url"]
    web = url.astype("str").str.match(r"(?i)https?://")
    check.fail(url.notna() & ~web.fillna(False).astype(bool), "not_web", url)
    west, south, east, north = SYRIA_BBOX
    outside = lat.notna() & ~(lat.between(south, north) & lon.between(west, east))
    out["flags"] = with_flag(_flags(frame["flags"]), outside, OUTSIDE_SYRIA)
    out["extra"] = _extras(frame["extra"], check, extra_canonical)
    bad, rejected = check.rejected()
    return out.loc[~bad, list(FIELD_NAMES)], rejected


def validate(incidents) -> pd.DataFrame:
    """Check Incident objects; raise ValidationError naming each bad one, else return their typed frame."""
    frame = pd.DataFrame([incident.to_dict() for incident in incidents], columns=list(FIELD_NAMES))
    good, rejected = check_frame(frame)
    if rejected:
        raise ValidationError(rejected)
    return good
