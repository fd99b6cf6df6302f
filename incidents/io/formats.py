"""Column mappings from UCDP GED, ACLED and generic tables to incident fields (vectorised over a frame)."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from incidents.io import acled_dates
from incidents.record import FIELD_NAMES

# UCDP GED columns (full names; shapefile-derived CSVs cut names to 10 characters, accepted too).
GED_REQUIRED = ("id", "date_start", "latitude", "longitude", "best")
GED_DATE_PREC = {"1": "day", "2": "week", "3": "week", "4": "month", "5": "year"}
GED_GEO_PREC = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 2, "6": 3, "7": 3}  # 5: a road or river
# The GED columns read into a field as they are; every other column is kept in `extra`.
GED_CONSUMED = ("id", "date_start", "latitude", "longitude", "best", "low", "high", "side_a", "side_b",
                "where_coordinates", "source_office", "source_headline", "where_prec")
ACLED_REQUIRED = ("event_date", "event_type", "latitude", "longitude", "fatalities")
# ACLED columns read into a field, and those an export derives again (kept in `extra` only where they differ).
ACLED_CONSUMED = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                  "civilian_targeting", "location", "admin1", "admin2", "admin3", "latitude", "longitude",
                  "geo_precision", "fatalities", "source", "notes", "timestamp")
ACLED_DERIVED = {"iso": "760", "region": "Middle East", "country": "Syria"}
ACLED_EVENT_ID = r"[A-Z]{3}\d+"  # ACLED's own event id: its country letters and a number ("SYR12345")
ACLED_TIME_PREC = {"1": "day", "2": "week", "3": "month"}
ACLED_TIME_PREC_OF = {value: key for key, value in ACLED_TIME_PREC.items()} | {"year": "3"}
PLAIN_JSON = r'^[^"\\\x00-\x1f]*$'  # text json.dumps(ensure_ascii=False) only puts between quotes
# A character other than what str.strip() removes (control characters aside: they are never plain).
NOT_BLANK = r"[^ \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"
PLACE_WORDS = r"\s+(?:town|village|city|area|district|neighbou?rhood|camp|governorate|province|region)$"


def ged_column(columns, name: str) -> str | None:
    """GED's column `name`, or its 10-character shapefile abbreviation."""
    for candidate in (name, name[:10]):
        if candidate in columns:
            return candidate
    return None


def missing(columns, required, resolve=lambda columns, name: name if name in columns else None) -> list[str]:
    return [name for name in required if resolve(columns, name) is None]


def _each_distinct(series: pd.Series, change) -> pd.Series:
    """`change` (text column -> text column) applied once per distinct value: a file repeats its values (a
    place, a governorate, a code) thousands of times. Missing values stay missing."""
    codes, distinct = pd.factorize(series.astype("string"))
    changed = change(pd.Series(distinct, dtype="string")).to_numpy(dtype=object, na_value=None)
    return pd.Series(np.append(changed, None)[codes], index=series.index, dtype="string")


def _number_text(series: pd.Series) -> pd.Series:
    """'12.0' -> '12' (GED writes ids and codes as floats); other text unchanged."""
    return _each_distinct(series, lambda text: text.str.replace(r"^(-?\d+)\.0+$", r"\1", regex=True))


def _cell(value) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)


def extras(frame: pd.DataFrame, consumed, event_dates: pd.Series) -> pd.Series:
    """Each row's columns that no field holds, as extra_text's compact JSON object text in column order (None
    when all empty).

    ACLED's year, iso, region and country are left out where they say what the record implies (the year of
    its date; Syria): the CSV export writes them again."""
    names = [c for c in frame.columns if c not in set(consumed) and c not in FIELD_NAMES]
    if not names:
        return pd.Series(None, index=frame.index, dtype=object)
    implied = {**ACLED_DERIVED, "year": pd.to_datetime(event_dates, format="%Y-%m-%d", errors="coerce").dt.year
               .astype("Int64").astype("string")}
    # Each distinct value of a column is encoded once (factorised) as ',"column":"value"'; rows join theirs.
    pieces = []
    for name in names:
        column = frame[name]
        if name in implied:
            same = _number_text(column.astype("string").str.strip()).eq(implied[name]).fillna(False)
            column = column.where(~same)
        if column.dtype == object:  # from a JSON document: lists and dicts stand as their text
            column = np.array([_key(value) for value in column], dtype=object)
        codes, distinct = pd.factorize(column)
        label = "," + json.dumps(name, ensure_ascii=False) + ":"
        encoded = _json_cells(label, distinct)
        pieces.append((encoded + [""], np.where(codes < 0, len(distinct), codes)))  # the last: a missing value
    try:
        arrays = [pa.array(encoded, pa.string()).take(codes) for encoded, codes in pieces]
    except (UnicodeEncodeError, pa.ArrowInvalid):  # lone surrogates (validation rejects their rows): in Python
        rows = ["".join(parts) for parts in zip(*(np.array(encoded, dtype=object)[codes] for encoded, codes in pieces))]
        return pd.Series([f"{{{row[1:]}}}" if row else None for row in rows], index=frame.index, dtype=object)
    # ',"a":"x","b":"y"}' with its leading comma made the brace: bytes, not characters, are replaced (a slice
    # by characters costs as much as the join). (No nulls: Arrow's null skipping here loses rows.)
    joined = pc.binary_join_element_wise(*arrays, "}", "")
    empty = pc.equal(pc.binary_length(joined), 1)
    text = pc.if_else(empty, pa.scalar(None, pa.string()), pc.binary_replace_slice(joined, 0, 1, "{"))
    series = text.to_pandas()
    series.index = frame.index
    return series


def _json_cells(label: str, distinct) -> list[str]:
    """`label` and each distinct value as a JSON string, "" for a blank value. Text without a quote, backslash or
    control character (nearly all) is quoted by Arrow at once; json.dumps takes the rest and non-text values."""
    def one(value) -> str:
        return label + json.dumps(_cell(value), ensure_ascii=False) if str(value).strip() != "" else ""
    if distinct.dtype == object or not pd.api.types.is_string_dtype(distinct.dtype):
        return [one(value) for value in distinct]
    text = pa.array(distinct, pa.string())
    plain = pc.match_substring_regex(text, PLAIN_JSON).to_numpy(zero_copy_only=False)
    filled = pc.match_substring_regex(text, NOT_BLANK)
    cells = pc.if_else(filled, pc.binary_join_element_wise(label + '"', text, '"', ""), "").to_pylist()
    for position in np.flatnonzero(~plain).tolist():
        cells[position] = one(distinct[position])
    return cells


def _key(value):
    """A hashable stand-in for a cell (lists and dicts from JSON documents as their text)."""
    return _cell(value) if isinstance(value, (dict, list)) else value


def _strip_suffix(series: pd.Series, pattern: str) -> pd.Series:
    return _each_distinct(series, lambda text: text.str.replace("(?i)" + pattern, "", regex=True).str.strip())


def from_ged(frame: pd.DataFrame) -> pd.DataFrame:
    """UCDP GED rows as incident fields: best estimate as killed, low/high kept, one-sided violence as
    violence against civilians."""
    col = lambda name: frame[ged_column(frame.columns, name)] if ged_column(frame.columns, name) else pd.Series(
        pd.NA, index=frame.index, dtype="string")
    violence = _number_text(col("type_of_violence"))
    one_sided = violence.eq("3").fillna(False)
    start, end = col("date_start"), col("date_end")
    place = col("where_coordinates").astype("string")
    headline = col("source_headline")
    out = pd.DataFrame({
        "source_id": _number_text(col("id")),
        "dataset": "ged",
        "event_date": start,
        "event_date_end": end.where(end.ne(start)),
        "date_precision": _number_text(col("date_prec")).map(GED_DATE_PREC).fillna("day"),
        "event_type": one_sided.map({True: "Violence against civilians", False: "Battles"}),
        "sub_event_type": one_sided.map({True: "Attack", False: "Armed clash"}),
        "civilian_targeting": one_sided.map({True: "true", False: None}),
        "actor1": col("side_a"),
        "actor2": col("side_b"),
        "place_text": place,
        "location_en": _strip_suffix(place, PLACE_WORDS),
        "admin1": _strip_suffix(col("adm_1"), r"\s+governorate$"),
        "admin2": _strip_suffix(col("adm_2"), r"\s+district$"),
        "latitude": col("latitude"),
        "longitude": col("longitude"),
        "where_prec": _number_text(col("where_prec")),
        "geo_precision": _number_text(col("where_prec")).map(GED_GEO_PREC),
        "killed": _number_text(col("best")),
        "deaths_low": _number_text(col("low")),
        "deaths_high": _number_text(col("high")),
        "source": col("source_office"),
        "source_language": "en",
        "excerpt": headline,
        "notes": ("UCDP GED event " + _number_text(col("id")).fillna("") + ", " + col("dyad_name").astype("string").fillna("")),
        "review_status": "published",
    }, index=frame.index)
    consumed = [ged_column(frame.columns, name) for name in GED_CONSUMED]
    out["extra"] = extras(frame, [name for name in consumed if name], out["event_date"])
    return out


def from_acled(frame: pd.DataFrame, date_order: str | None = None) -> pd.DataFrame:
    """ACLED rows (current and older layouts) as incident fields, credited to ACLED when ACLED coded them
    (`acled_dataset`); columns named like incident fields (our own export's) win. `date_order`: the file's m/d or d/m order when slash dates need it (see acled_dates)."""
    get = lambda name: frame[name] if name in frame else pd.Series(pd.NA, index=frame.index, dtype="string")
    targeting = get("civilian_targeting").astype("string").str.strip().str.lower()
    recorded = acled_dates.recorded_at(get("timestamp"))
    dates = acled_dates.parse(get("event_date"), get("year") if "year" in frame else None,
                              recorded if "timestamp" in frame else None, date_order)
    out = pd.DataFrame({
        "source_id": get("event_id_cnty"),
        "dataset": acled_dataset(get("event_id_cnty")),
        "event_date": dates,
        "source_timestamp": recorded.map(lambda t: None if pd.isna(t) else t.isoformat()),
        "date_precision": _number_text(get("time_precision")).map(ACLED_TIME_PREC),
        "event_type": get("event_type"),
        "sub_event_type": get("sub_event_type"),
        "actor1": get("actor1"),
        "actor2": get("actor2"),
        "civilian_targeting": targeting.map({"civilian targeting": "true"}),
        "place_text": get("location"),
        "location_en": get("location"),
        "admin1": get("admin1"),
        "admin2": get("admin2"),
        "admin3": get("admin3"),
        "latitude": get("latitude"),
        "longitude": get("longitude"),
        "geo_precision": get("geo_precision"),
        "killed": get("fatalities"),
        "source": get("source"),
        "notes": get("notes"),
        "extra": extras(frame, ACLED_CONSUMED, dates),
    }, index=frame.index)
    return with_own_columns(out, frame, skip={"event_date"})


def acled_dataset(event_ids: pd.Series) -> pd.Series:
    """Per row, 'acled' when ACLED coded it (its event id, "SYR12345"), else 'csv': a table someone wrote in ACLED's
    column names (event_date, location, fatalities...) is not ACLED's data, so it must be neither credited to ACLED
    on the map and in exports nor taught to the gazetteer as ACLED's places."""
    coded = event_ids.astype("string").str.strip().str.fullmatch(ACLED_EVENT_ID).fillna(False).to_numpy(bool)
    return pd.Series(np.where(coded, "acled", "csv"), index=event_ids.index)


def with_own_columns(out: pd.DataFrame, frame: pd.DataFrame, mapping: dict[str, str] | None = None,
                     skip: set[str] = frozenset()) -> pd.DataFrame:
    """Fill fields from the columns a mapping names ({field: column}) and from columns named like fields."""
    out = out.copy()
    for name in FIELD_NAMES:
        column = (mapping or {}).get(name, name)
        if name not in skip and column in frame.columns:
            out[name] = frame[column]
    return out


def from_table(frame: pd.DataFrame, mapping: dict[str, str] | None = None) -> pd.DataFrame:
    """A generic table: columns named like incident fields, or renamed by `mapping` ({field: column})."""
    unknown = [name for name in (mapping or {}) if name not in FIELD_NAMES]
    if unknown:
        raise ValueError(f"the mapping names unknown incident fields: {', '.join(unknown)}")
    out = with_own_columns(pd.DataFrame({"dataset": "csv"}, index=frame.index), frame, mapping)
    consumed = set((mapping or {}).values())
    if "date_precision" not in out and "time_precision" in frame:
        out["date_precision"] = _number_text(frame["time_precision"]).map(ACLED_TIME_PREC)
        consumed.add("time_precision")
    if "extra" not in out:
        out["extra"] = extras(frame, consumed, out.get("event_date", pd.Series(None, index=frame.index)))
    return out


def is_acled(columns) -> bool:
    return "event_id_cnty" in columns or ("fatalities" in columns and "event_date" in columns)


def is_ged(columns) -> bool:
    """GED's own place column marks it (a missing `best` is then reported as missing, not as another format)."""
    return ged_column(columns, "where_coordinates") is not None and ged_column(columns, "date_start") is not None
