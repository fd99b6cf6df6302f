"""Write data/sample/incidents.csv: ~400 SYNTHETIC demonstration incidents, the same file every run.

The records are invented for demonstration (labelled so in `source` and `notes`, dataset 'sample'); the
places are real Syrian towns of the built-in gazetteer, spread over every governorate, 2016-2018.
Usage: .venv/bin/python scripts/make_sample_data.py [--out data/sample/incidents.csv] [--count 400]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gazetteer.builtin import admin_units, towns  # noqa: E402
from incidents.io import export  # noqa: E402
from incidents.record import Incident  # noqa: E402

SOURCE = "SAMPLE - synthetic demonstration data"
NOTE = "Synthetic demonstration record, not a real event."
STAMP = dt.datetime(2019, 1, 1, tzinfo=dt.timezone.utc)
# Relative weight of each governorate (by P-code) in the sample; every one gets some incidents.
WEIGHTS = {"SY01": 3, "SY02": 9, "SY03": 7, "SY04": 5, "SY05": 5, "SY06": 2, "SY07": 8, "SY08": 3, "SY09": 5,
           "SY10": 1, "SY11": 5, "SY12": 4, "SY13": 1, "SY14": 1}
KINDS = (  # event type, sub-event type, actor1, actor2, weight
    ("Explosions/Remote violence", "Air/drone strike", "Sample air force A", "Civilians (sample)", 6),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Sample armed group B", "Sample army unit C", 6),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group (sample)", "Civilians (sample)", 3),
    ("Battles", "Armed clash", "Sample army unit C", "Sample armed group B", 6),
    ("Battles", "Government regains territory", "Sample army unit C", "Sample armed group D", 1),
    ("Violence against civilians", "Attack", "Sample armed group D", "Civilians (sample)", 3),
    ("Violence against civilians", "Abduction/forced disappearance", "Unidentified armed group (sample)", "Civilians (sample)", 1),
    ("Strategic developments", "Looting/property destruction", "Sample armed group B", None, 1),
    ("Protests", "Peaceful protest", "Protesters (sample)", None, 1),
)
# Texts with markup and quotes, so every view must escape what it shows.
TRICKY = (
    'Sample text with <script>alert("sample")</script> in it; it must show as text, not run.',
    "Sample text with <img src=x onerror=alert(1)> & an ampersand; nothing may load or run.",
    'Sample quotes: "double", \'single\', and a <b>bold</b> tag & 3 < 5 > 2.',
    "نص تجريبي فيه <script>alert('x')</script> و & وعلامات \"اقتباس\".",
)


def _killed(rng: random.Random, sub: str) -> tuple[int | None, int | None]:
    if sub in ("Peaceful protest", "Looting/property destruction", "Government regains territory"):
        return 0, 0
    killed = min(int(rng.expovariate(0.35)), 60)
    wounded = min(int(killed * rng.uniform(0.5, 2.5) + rng.randint(0, 4)), 150)
    return killed, None if rng.random() < 0.1 else wounded


def make(count: int, seed: int = 2018) -> list[Incident]:
    rng = random.Random(seed)
    units = {u.admin1_pcode if u.level == "governorate" else u.admin2_pcode: u for u in admin_units()
             if u.level in ("governorate", "district")}
    by_governorate: dict[str, list] = {}
    for town in towns():
        if town.admin1_pcode in WEIGHTS:
            by_governorate.setdefault(town.admin1_pcode, []).append(town)
    codes = sorted(WEIGHTS)
    quota = {c: max(6, round(count * WEIGHTS[c] / sum(WEIGHTS.values()))) for c in codes}
    start, days = dt.date(2016, 1, 1), (dt.date(2018, 12, 31) - dt.date(2016, 1, 1)).days
    incidents = []
    for code in codes:
        governorate = units[code]
        places = by_governorate.get(code) or [governorate]
        for _ in range(quota[code]):
            place = rng.choice(places + [governorate])  # now and then only the governorate is known
            kind, sub, actor1, actor2, _w = rng.choices(KINDS, weights=[k[-1] for k in KINDS])[0]
            killed, wounded = _killed(rng, sub)
            arabic = rng.random() < 0.3
            district = units.get(place.admin2_pcode) if place.admin2_pcode else None
            town = place.level == "town"
            n = len(incidents) + 1
            precision = rng.choices(("day", "week", "month"), weights=(90, 7, 3))[0]
            incidents.append(Incident(
                event_date=start + dt.timedelta(days=rng.randint(0, days)), date_precision=precision,
                event_type=kind, sub_event_type=sub, actor1=actor1, actor2=actor2,
                civilian_targeting=True if actor2 == "Civilians (sample)" else None,
                place_text=place.name_ar if arabic else place.name_en,
                location_en=place.name_en, location_ar=place.name_ar,
                admin1=governorate.name_en, admin1_pcode=code,
                admin2=district.name_en if district else None, admin2_pcode=place.admin2_pcode,
                admin3=place.admin3, admin3_pcode=place.admin3_pcode,
                latitude=round(place.lat + (rng.uniform(-0.01, 0.01) if town else 0), 5),
                longitude=round(place.lon + (rng.uniform(-0.01, 0.01) if town else 0), 5),
                geo_precision=1 if town else 3, where_prec=1 if town else 4,
                killed=killed, wounded=wounded, source=SOURCE,
                source_url=f"https://example.org/sample/{n:04d}" if n % 10 == 0 else None,
                source_language="ar" if arabic else "en", source_id=f"sample-{n:04d}", dataset="sample",
                notes=NOTE, excerpt=TRICKY[n // 25 % len(TRICKY)] if n % 25 == 0 else
                f"Sample report: {sub.lower()} in {place.name_en}, {killed} killed (invented for the demo).",
                flags=[] if town else ["place_region_only"],
                review_status=rng.choices(("published", "reviewed", "draft"), weights=(70, 20, 10))[0],
                changed_by="sample", created_at=STAMP, updated_at=STAMP,
            ))
    return incidents


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "data" / "sample" / "incidents.csv")
    parser.add_argument("--count", type=int, default=400, help="about how many incidents (default 400)")
    args = parser.parse_args(argv)
    written = export(make(args.count), args.out, format="csv")
    print(f"wrote {written} synthetic sample incidents to {args.out}")


if __name__ == "__main__":
    main()
