"""Evaluate the gazetteer against UCDP GED: build from OCHA + GED 2016, resolve every GED 2017 location.

Prints, with and without the governorate hint: coverage; the share with the right governorate; for events
GED places at town precision (where_prec 1), the share within 10 and 25 km of GED's point; and the share
resolved at town level but more than 50 km off ("confidently wrong").
Usage: python -m bench.eval_gazetteer [--ocha DIR] [--ged CSV]
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import pandas as pd

from gazetteer.build import build
from gazetteer.core import Gazetteer, distance_km

SHARED = Path(os.environ.get("SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared") / "data"


def evaluate(gaz: Gazetteer, events: pd.DataFrame, hint: bool) -> dict[str, float]:
    """The figures for one pass over the events."""
    rows = []
    for event in events.itertuples():
        truth = gaz.admin_pcode(event.adm_1)
        match = gaz.best(event.where_coor, admin1=event.adm_1 if hint else None)
        km = distance_km(match.lat, match.lon, event.latitude, event.longitude) if match else None
        rows.append({"resolved": match is not None, "right_gov": bool(match) and match.admin1_pcode == truth,
                     "town_prec": event.where_prec == 1, "km": km,
                     "town_level": bool(match) and match.geo_precision == 1})
    r = pd.DataFrame(rows)
    resolved = r[r.resolved]
    town = resolved[resolved.town_prec]
    return {
        "events": len(r),
        "resolved %": 100 * r.resolved.mean(),
        "right governorate % (of resolved)": 100 * resolved.right_gov.mean(),
        "right governorate % (of all)": 100 * r.right_gov.mean(),
        "town-precision events resolved": len(town),
        "within 10 km % (town precision, resolved)": 100 * (town.km <= 10).mean(),
        "within 25 km % (town precision, resolved)": 100 * (town.km <= 25).mean(),
        "confidently wrong % (town level, > 50 km, of resolved)":
            100 * (resolved.town_level & (resolved.km > 50)).mean(),
    }


def build_and_load(ocha: Path, ged: pd.DataFrame, tmp: Path) -> tuple[Gazetteer, pd.DataFrame]:
    """The gazetteer built in `tmp` from OCHA + the GED 2016 events (no learned places), and the 2017 events."""
    os.environ["GAZETTEER_LEARNED"] = str(Path(tmp) / "no-learned-places.csv")  # the file alone
    train = Path(tmp) / "ged2016.csv"
    ged[ged.year == 2016].to_csv(train, index=False)
    started = time.perf_counter()
    report = build(Path(tmp) / "gazetteer.json", ocha=ocha, events=[train])
    print(f"built from OCHA + GED 2016 in {time.perf_counter() - started:.1f} s: {report.counts}")
    return Gazetteer.load(Path(tmp) / "gazetteer.json"), ged[ged.year == 2017].fillna({"adm_1": ""})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocha", type=Path, default=SHARED / "ocha-cod-ab")
    parser.add_argument("--ged", type=Path, default=SHARED / "ucdp-ged-syria" / "ged_syria_2016_2017.csv")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        gaz, test = build_and_load(args.ocha, pd.read_csv(args.ged), Path(tmp))
    print(f"GED 2017: {len(test)} events, {test.where_coor.nunique()} distinct location names")
    for hint in (True, False):
        started = time.perf_counter()
        figures = evaluate(gaz, test, hint)
        print(f"\n{'with' if hint else 'without'} the governorate hint ({time.perf_counter() - started:.1f} s)")
        for name, value in figures.items():
            print(f"  {name:58s} {value:8.1f}" if isinstance(value, float) else f"  {name:58s} {value:8d}")


if __name__ == "__main__":
    main()
