"""import_file: one file into the store in one transaction; bad rows reported by line, good rows kept."""
from __future__ import annotations

import codecs
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from incidents.io import acled_dates, admin_names, admin_points, formats, geojson, gpkg, kml
from incidents.io.ahead import ahead
from incidents.io.csv_rows import Progress, header, read_chunks
from incidents.io.errors import ImportFailed
from incidents.messages import Message, joined, message
from incidents.store import Store
from incidents.store.load import Batch
from incidents.record import FIELD_NAMES, REGION_PRECISION, REVIEW_STATUSES
from incidents.validate import check_frame

FORMATS = ("ged", "acled", "csv", "geojson", "gpkg", "kml")
BULK_BYTES = 5_000_000  # files larger than this, into an empty store, load with indexes built at the end
LEARN_FROM = ("ged", "acled")  # geocoded datasets whose place names the gazetteer learns
CURATED = ("ged", "acled")  # datasets whose rows their curators released: published unless a file says otherwise
PLACE_FIELDS = {"place_text": "name", "location_ar": "name_ar", "latitude": "lat", "longitude": "lon",
                "admin1": "admin1", "admin2": "admin2", "dataset": "source"}  # incident field -> learned column
SUFFIXES = {".geojson": "geojson", ".json": "geojson", ".gpkg": "gpkg", ".kml": "kml"}


@dataclass
class ImportReport:
    """What one import did; `rejected` holds (line or feature number, reason: an incidents.messages.Message)."""

    path: str
    format: str
    added: int = 0
    skipped: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    learned: int | None = None  # place names taught to the gazetteer, when it learns from this format
    admin_from_point: int = 0  # rows given no governorate whose admin names were filled from their point
    outside: list[int] = field(default_factory=list)  # such rows whose point lies outside Syria: left without one

    def admin_note(self) -> Message:
        """What the import derived from points, for the user ('' when nothing): counts, and the outside lines."""
        parts = []
        if self.admin_from_point:
            parts.append(message("admin_filled", n=self.admin_from_point))
        if self.outside:
            parts.append(message("admin_outside", n=len(self.outside), lines=admin_points.listed(self.outside, 10)))
        return joined(parts)


def detect_format(path: Path, encoding: str = "utf-8-sig") -> str:
    """The format from the file name, and for CSV from its header (GED, ACLED or a generic table)."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    columns = header(path, encoding)
    if formats.is_ged(columns):
        return "ged"
    return "acled" if formats.is_acled(columns) else "csv"


def _slash_order(path: Path, encoding: str) -> str | None:
    """The day/month order of an ACLED file's slash dates, settled over the whole file (AmbiguousDates if not)."""
    evidence = []
    for chunk in read_chunks(path, encoding=encoding):
        frame = chunk.frame
        recorded = acled_dates.recorded_at(frame["timestamp"]) if "timestamp" in frame else None
        evidence.append(acled_dates.slash_evidence(frame["event_date"], frame.get("year"), recorded))
    return acled_dates.file_order(pd.concat(evidence))


def _csv_chunks(path: Path, fmt: str, mapping, encoding: str,
                progress: Progress | None) -> Iterator[tuple[pd.DataFrame, list, bool, bool]]:
    """(records, rows that did not split, whether `extra` is formats.extras' own canonical text, whether ACLED's date
    reader read event_date) per chunk."""
    order = None
    for number, chunk in enumerate(read_chunks(path, encoding=encoding, progress=progress)):
        columns = chunk.frame.columns
        if number == 0:
            _require_columns(path, fmt, columns, mapping)
        if fmt == "ged":
            records = formats.from_ged(chunk.frame)
        elif fmt == "acled":
            if order is None and chunk.frame["event_date"].str.match(acled_dates.SLASH).fillna(False).any():
                order = _slash_order(path, encoding)
            records = formats.from_acled(chunk.frame, order)
        else:
            records = formats.from_table(chunk.frame, mapping)
        yield records, chunk.rejected, fmt == "ged" or (fmt == "acled" and "extra" not in columns), fmt == "acled"


def _require_columns(path: Path, fmt: str, columns, mapping) -> None:
    if fmt == "ged":
        absent = formats.missing(columns, formats.GED_REQUIRED, formats.ged_column)
    elif fmt == "acled":
        absent = formats.missing(columns, formats.ACLED_REQUIRED)
    else:
        absent = [column for column in {"event_date": "event_date", **(mapping or {})}.values() if column not in columns]
    if absent:
        found = f"{', '.join(list(columns)[:12])}{' …' if len(columns) > 12 else ''}"
        raise ImportFailed(path, message("missing_columns", fmt=fmt, absent=", ".join(absent), found=found), 1)


def _document_chunks(path: Path, fmt: str, mapping,
                     progress: Progress | None) -> Iterator[tuple[pd.DataFrame, list, bool, bool]]:
    reader = {"geojson": geojson.read, "gpkg": gpkg.read, "kml": kml.read}[fmt]
    frame, rejected = reader(path)
    acled = formats.is_acled(frame.columns)
    records = formats.from_acled(frame) if acled else formats.from_table(frame, mapping)
    if "dataset" not in frame.columns:
        records["dataset"] = fmt
    if progress:
        progress(len(frame), len(frame))
    yield records, rejected, False, acled


def import_file(store: Store, path, format: str | None = None, mapping: dict[str, str] | None = None,
                progress: Progress | None = None, encoding: str = "utf-8-sig",
                learn: Callable[[pd.DataFrame], int] | None = None, changed_by: str | None = None,
                review_status: str = "draft", boundaries: Path | str | None = None) -> ImportReport:
    """Import one file (ged, acled, csv with an optional {field: column} mapping, geojson, gpkg, kml).

    All or nothing for the file as a whole (ImportFailed); row by row for its content. Rows already in the
    store (same dataset and source id, or same content) are skipped. `learn` gets the places of the new
    GED/ACLED rows, counted (see `places`), after the import (default: `teach_gazetteer`). `changed_by` (who
    imports) goes on rows whose file names nobody. `review_status` goes on rows whose file states none (default
    draft: nobody here has reviewed them; GED's and ACLED's own rows are published, as their curators released them).
    `boundaries`: a folder of OCHA admin polygons; a row with a point but no governorate gets its admin names from
    them (see admin_points; rows whose point is outside Syria are counted in the report). None: no such fill.
    """
    if review_status not in REVIEW_STATUSES:
        raise ValueError(f"unknown review status {review_status!r}: choose one of {', '.join(REVIEW_STATUSES)}")
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(path, message("no_file"))
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ImportFailed(path, message("unknown_encoding", encoding=encoding)) from None
    unknown = [name for name in (mapping or {}) if name not in FIELD_NAMES]
    if unknown:
        fields = ", ".join(n for n in FIELD_NAMES if n not in ("id", "version"))
        raise ImportFailed(path, message("unknown_fields", unknown=", ".join(unknown), fields=fields))
    fmt = format or detect_format(path, encoding)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    chunks = (_document_chunks(path, fmt, mapping, progress) if fmt in ("geojson", "gpkg", "kml")
              else _csv_chunks(path, fmt, mapping, encoding, progress))
    report = ImportReport(path=str(path), format=fmt)
    learned, known = [], []
    lesson = None
    try:
        with ThreadPoolExecutor(1) as pool, store.load(bulk=path.stat().st_size > BULK_BYTES) as load:
            # The next chunk is read, checked and made ready to insert in a thread while this one loads.
            checked = _checked(chunks, changed_by, review_status, load.prepare, boundaries)
            for batch, rejected, taught, (derived, outside) in ahead(checked):
                new = load.add(batch)
                report.admin_from_point += derived
                report.outside.extend(outside)
                good = batch.frame
                report.added += int(new.sum())
                report.skipped += int((~new).sum())
                report.rejected.extend(rejected)
                if new.all():  # the common case: the places the reading thread counted are all new
                    learned.append(taught)
                    continue
                teach = good["dataset"].isin(LEARN_FROM)
                learned.append(places(good[new & teach]))
                known.append(places(good[~new & teach]))
            if learn is None and any(len(rows) for rows in learned):
                # The learned file's new text is worked out while the load builds its indexes and commits.
                lesson = pool.submit(_lesson, learned)
    except acled_dates.AmbiguousDates as error:
        raise ImportFailed(path, error.reason, error.line) from None
    except RecursionError:
        raise ImportFailed(path, message("too_deep")) from None
    report.rejected.sort()
    report.outside.sort()
    if lesson is not None:  # written now the rows are committed (worked out again if the file changed since)
        ready = lesson.result()
        report.learned = ready.write() if ready.current() else teach_gazetteer(_merged(learned))
    elif any(len(rows) for rows in learned):
        report.learned = (learn or teach_gazetteer)(_merged(learned))
    if any(len(rows) for rows in known):  # places a killed import never taught: taught now, once
        report.learned = (report.learned or 0) + teach_gazetteer(_merged(known), only_new=True)
    return report


def _checked(chunks: Iterator[tuple[pd.DataFrame, list, bool, bool]], changed_by: str | None, review_status: str,
             prepare: Callable[[pd.DataFrame], Batch], boundaries: Path | str | None = None,
             ) -> Iterator[tuple[Batch, list[tuple[int, str]], pd.DataFrame, tuple[int, list]]]:
    """(good rows ready to insert, rejected rows, the good rows' places to teach, (rows given admin names from
    their point, labels of those whose point is outside Syria)) of each chunk: admin names standardised, the
    review status set where the file states none, rows validated, admin names of bare points filled."""
    for records, unsplit, canonical, acled in chunks:
        records["review_status"] = review_statuses(records, review_status)
        good, rejected = check_frame(admin_names.standardise(records), extra_canonical=canonical, acled_dates=acled)
        derived = (0, [])
        if boundaries is not None:
            good, inside, outside = admin_points.from_points(good, boundaries)
            derived = (len(inside), outside)
        if changed_by:
            good["changed_by"] = good["changed_by"].fillna(changed_by)
        yield prepare(good), unsplit + rejected, places(good[good["dataset"].isin(LEARN_FROM)]), derived


def review_statuses(records: pd.DataFrame, unstated: str) -> pd.Series:
    """Each row's review status: the one its file states, else published for a curated dataset's own row (GED's,
    ACLED's: their curators released them), else `unstated` (a table someone wrote landed as published before)."""
    stated = records.get("review_status", pd.Series(pd.NA, index=records.index, dtype="string")).astype("string")
    blank = stated.str.strip().fillna("").eq("")
    curated = records["dataset"].isin(CURATED)
    return stated.mask(blank & curated, "published").mask(blank & ~curated, unstated)


def places(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows' places at town precision (not admin-unit centroids), one row per distinct place with its
    `count`: what the gazetteer learns, kept instead of every row while a large file imports."""
    at_place = (rows["geo_precision"] < REGION_PRECISION).fillna(False)
    precise = rows[at_place & rows["place_text"].notna() & rows["latitude"].notna()]
    named = precise[list(PLACE_FIELDS)].rename(columns=PLACE_FIELDS)
    return _counted(named.assign(count=1))


def _counted(named: pd.DataFrame) -> pd.DataFrame:
    keys = [name for name in named.columns if name != "count"]
    return named.groupby(keys, dropna=False, sort=False)["count"].sum().reset_index()


def _merged(parts: list[pd.DataFrame]) -> pd.DataFrame:
    return _counted(pd.concat(parts, ignore_index=True))


def _lesson(learned: list[pd.DataFrame]):
    """What teaching the gazetteer these places (see `places`) makes of its learned file, not yet written."""
    from gazetteer.learned import learned_path
    from gazetteer.learning import lesson

    return lesson(_merged(learned), learned_path())


def teach_gazetteer(places: pd.DataFrame, only_new: bool = False) -> int:
    """Give the gazetteer the places (see `places`); `only_new`: only places it does not hold yet."""
    from gazetteer.learned import learn

    return learn(places, only_new=only_new)
