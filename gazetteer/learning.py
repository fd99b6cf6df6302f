"""Teaching the learned-places file many places at once (learned.learn): the rules of learned.clean_row applied
to columns, so a large import's hundreds of thousands of places are cleaned, keyed and merged in seconds."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from gazetteer.learned import COLUMNS, _name_level
from gazetteer.normalize import normalize
from gazetteer.replace_file import replace_file


def clean(raw: pd.DataFrame) -> pd.DataFrame:
    """learned.clean_row over the rows of `raw` (columns as COLUMNS, any of them missing): the clean rows, the
    others (not a place, coordinates missing or out of range) left out."""
    raw = raw.reindex(columns=list(COLUMNS))
    raw = raw.astype(object).where(raw.notna(), None)
    text = {name: _text(raw[name]) for name in ("name", "name_ar", "admin1", "admin2", "level", "source")}
    lat, lon = (pd.to_numeric(raw[name], errors="coerce").astype("float64") for name in ("lat", "lon"))
    levels = text["name"].map({name: _name_level(name) for name in text["name"].unique()})
    good = (levels.notna() & lat.between(-90, 90) & lon.between(-180, 180)).to_numpy(dtype=bool)
    count = pd.to_numeric(raw["count"], errors="coerce").fillna(0).astype("int64")
    return pd.DataFrame({
        "name": text["name"], "name_ar": text["name_ar"], "lat": _rounded(lat, 5), "lon": _rounded(lon, 5),
        "admin1": text["admin1"], "admin2": text["admin2"], "level": text["level"].where(text["level"] != "", levels),
        "source": text["source"].where(text["source"] != "", "learned"), "count": count.where(count != 0, 1),
    }, index=raw.index)[good].reset_index(drop=True)


def _text(values: pd.Series) -> pd.Series:
    """Stripped text, "" for none (each distinct value stripped once)."""
    codes, distinct = pd.factorize(values)
    stripped = np.array([str(value).strip() for value in distinct] + [""], dtype=object)
    return pd.Series(stripped[codes], index=values.index, dtype=object)


def _rounded(values: pd.Series, digits: int) -> pd.Series:
    """round(value, digits) of each value, as Python rounds it (correctly, halves to even): numpy's scaled
    rounding gives the same wherever the scaled value is not within a hair of a half; those few go to round()."""
    x = values.to_numpy(dtype="float64")
    scaled = x * 10.0 ** digits
    out = np.rint(scaled) / 10.0 ** digits
    for i in np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6).tolist():
        out[i] = round(float(x[i]), digits)
    return pd.Series(out, index=values.index)


KEY = ["key_name", "key_lat", "key_lon"]


def _identity(rows: pd.DataFrame) -> pd.DataFrame:
    """Each clean row's place (KEY): its name's match key and its point to 3 decimals (~100 m)."""
    return pd.DataFrame({"key_name": rows["name"].map({name: normalize(name) for name in rows["name"].unique()}),
                         "key_lat": _rounded(rows["lat"], 3), "key_lon": _rounded(rows["lon"], 3)}, index=rows.index)


def _read(file: Path) -> pd.DataFrame:
    if not file.exists():
        return clean(pd.DataFrame(columns=list(COLUMNS)))
    return clean(pd.read_csv(file, dtype=str, keep_default_na=False, encoding="utf-8"))


@dataclass
class Lesson:
    """What learning some places makes of the learned file: its new text and how many rows were usable, worked
    out from the file as it was (`held`: its size and time, None if absent), so an import can do it while its
    transaction commits and write it once committed."""

    file: Path
    text: str
    taught: int
    held: tuple[int, int] | None

    def current(self) -> bool:
        """Whether the file is still the one this lesson was made from (no one wrote it since)."""
        return _stamp(self.file) == self.held

    def write(self) -> int:
        """Replace the learned file by the new text, atomically; return how many rows were usable."""
        replace_file(self.file, lambda handle: handle.write(self.text), newline="")
        return self.taught


def _stamp(file: Path) -> tuple[int, int] | None:
    try:
        stat = file.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def lesson(rows: Iterable[dict] | pd.DataFrame, file: Path, only_new: bool = False) -> Lesson:
    """learned.learn over a frame, not yet written: the held file and the new rows cleaned, keyed and merged by
    pandas (the first row of a place keeps its values, its Arabic name is the first given, counts add up)."""
    stamp = _stamp(file)
    held = _read(file)
    held = pd.concat([held, _identity(held)], axis=1).groupby(KEY, sort=False).last().reset_index()
    new = clean(rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows), columns=list(COLUMNS)))
    new = pd.concat([new, _identity(new)], axis=1)
    if only_new:
        new = new[~pd.MultiIndex.from_frame(new[KEY]).isin(pd.MultiIndex.from_frame(held[KEY]))]
    merged = pd.concat([held, new], ignore_index=True)
    merged["name_ar"] = merged["name_ar"].where(merged["name_ar"] != "")
    places = merged.groupby(KEY, sort=False)
    out = places.first()  # first non-missing of each column: the first row's values, the first Arabic name
    out["count"] = places["count"].sum()
    out["name_ar"] = out["name_ar"].fillna("")
    return Lesson(file, out[list(COLUMNS)].to_csv(index=False, lineterminator="\r\n"), len(new), stamp)


def learn_frame(rows: Iterable[dict] | pd.DataFrame, file: Path, only_new: bool = False) -> int:
    """learned.learn over a frame: the lesson (see `lesson`) written at once, the file written once."""
    return lesson(rows, file, only_new).write()
