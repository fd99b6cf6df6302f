"""Write data/gazetteer/ged_places.csv: the places of the embedded UCDP GED 2016-17 events (data/default/), learned
by the code a user's import teaches the learned-places file with (incidents.io.import_file -> gazetteer.learning),
so the default gazetteer knows them on a fresh clone. Licence CC BY 4.0, attribution "UCDP Georeferenced Event
Dataset (Sundberg and Melander 2013)", events 2016-17.
Usage: .venv/bin/python scripts/make_ged_places.py [--out data/gazetteer/ged_places.csv]  (or make gazetteer-ged-places)
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gazetteer.builtin import GED_PLACES  # noqa: E402
from gazetteer.learned import COLUMNS, admin_pcode, to_entries  # noqa: E402
from gazetteer.reverse import assign_admin  # noqa: E402
from gazetteer.learning import learn_frame  # noqa: E402
from incidents.sample import DEFAULT_DIR, data_files, import_embedded  # noqa: E402
from incidents.store import Store  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GED_PLACES)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "learned.csv"  # learned from nothing: the file is what this data alone teaches
        store = Store(f"sqlite:///{folder}/store.sqlite")
        for path in data_files(DEFAULT_DIR):
            import_embedded(store, path, learn=lambda rows: learn_frame(rows, out))
        store.close()
        with open(out, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    placed = with_admin_codes(rows)
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} places ({placed} given admin codes by their point) -> {args.out}")


def with_admin_codes(rows: list[dict]) -> int:
    """Give rows that name no known governorate (GED's roads and borders) the P-codes of the nearest built-in
    district, as the gazetteer would at each start-up (gazetteer.reverse.assign_admin): done once here, so
    loading the layer needs no geopandas. Returns how many rows it changed."""
    todo = [row for row in rows if not admin_pcode(row["admin1"], "governorate")]
    entries = to_entries(todo, admin_pcode)
    assign_admin(entries, None)
    for row, entry in zip(todo, entries):
        row["admin1"], row["admin2"] = entry.admin1_pcode or "", entry.admin2_pcode or ""
    return len(todo)


if __name__ == "__main__":
    main()
