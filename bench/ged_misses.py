"""Classify the misses of GED 2016->2017 names NOT seen in 2016, with the governorate hint (eval_gazetteer part 1).

Each town-precision event whose best answer is not within 25 km falls in one class:
  far-off        best answer > 25 km away (what won is printed);
  candidates     no best answer, candidates listed: is the right place (within 25 km) among them, and what stopped
                 an answer (none of them inside the governorate, a score below the hinted cut-off, a tie of
                 far-apart places in the governorate, a locality alone);
  nothing        no candidate at all: is there an entry of any layer within COVER_KM of the event named like the
                 query (a matching miss, and in which script) or none (coverage: no layer names the place).
A candidates-only event whose right place is not among the candidates gets the same coverage check.
--osm classifies every miss by the OpenStreetMap points within COVER_KM of the event (the village layer, Arabic names
printed beside GED's English one with --verbose): (a) a settlement named alike (vowel frames' ratio >= OSM_LIKE or
consonant skeletons' >= OSM_SKELETON): listed but not chosen, same consonants but not reached, or other consonants;
(a') only a locality (wadi, hill, ruin) named alike; (b) settlements, none named alike; (c) no settlement at all.
Not blind: the set has been studied. Usage: python -m bench.ged_misses [--ocha DIR] [--ged CSV] [--osm] [--verbose]
"""
from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from bench.eval_gazetteer import NEAR_KM, SHARED, build_and_load, seen_in_2016
from gazetteer.core import AMBIGUOUS_KM, AMBIGUOUS_SCORE_GAP, HINTED_SCORE, Gazetteer, distance_km
from gazetteer.entry import entry_keys
from gazetteer.normalize import variants
from gazetteer.translit import cross_skeletons, vowel_frame, vowel_frames
from gazetteer.twins import POINT_LEVELS

COVER_KM = 3.0  # an entry this close to the event could have been its place
LIKE_RATIO = 60.0  # an entry near the event whose key's vowel frame is this close to the query's names its place
OSM_LIKE, OSM_SKELETON = 70.0, 75.0  # --osm: an OSM point named alike (vowel frames, or consonant skeletons)


def not_seen(ged: pd.DataFrame, test: pd.DataFrame) -> pd.DataFrame:
    """The 2017 town-precision events whose name GED 2016 never wrote."""
    return test[~seen_in_2016(ged, test) & (test.where_prec == 1)]


def why_no_answer(gaz: Gazetteer, name: str, admin1: str) -> str:
    """What stopped best() for a name with candidates (the first reason that applies)."""
    pcode = gaz.admin_pcode(admin1)
    ranked = gaz._resolve(name, admin1, None)
    inside = [(m, w) for m, w in ranked if m.admin1_pcode == pcode]
    if not inside:
        return "no candidate inside the hinted governorate"
    top, _ = inside[0]
    if top.score < HINTED_SCORE:
        return "score below the hinted cut-off"
    rivals = [m for m, _ in inside if m is not top and m.score >= top.score - AMBIGUOUS_SCORE_GAP
              and distance_km(m.lat, m.lon, top.lat, top.lon) > AMBIGUOUS_KM]
    if rivals:
        return "tie of far-apart places in the governorate"
    if top.level == "locality":
        return "a locality alone"
    return "other"


def nearby(gaz: Gazetteer, lat: float, lon: float) -> list:
    """Point entries of any layer within COVER_KM of a spot, nearest first."""
    found = [(distance_km(lat, lon, e.lat, e.lon), e) for e in gaz.entries
             if e.level in POINT_LEVELS and abs(e.lat - lat) < 0.05 and abs(e.lon - lon) < 0.06]
    return [e for km, e in sorted(found, key=lambda f: f[0]) if km <= COVER_KM]


def likeness(name: str, entry) -> float:
    """How alike a query and an entry's names are across scripts (fuzz.ratio of vowel frames, the best pair)."""
    mine = {vowel_frame(k) for k in variants(name)}
    return max((fuzz.ratio(a, vowel_frame(k)) for k in entry_keys(entry) for a in mine), default=0.0)


def coverage(gaz: Gazetteer, name: str, lat: float, lon: float) -> tuple[str, list]:
    """Whether some layer names the event's place: an entry within COVER_KM whose name is like the query's."""
    near = sorted(nearby(gaz, lat, lon), key=lambda e: -likeness(name, e))
    if not near:
        return f"coverage: no entry within {COVER_KM:g} km", near
    if likeness(name, near[0]) < LIKE_RATIO:
        return f"coverage: entries within {COVER_KM:g} km, none named alike", near
    script = "Arabic-only" if not near[0].name_en else "Latin-named"
    return f"named alike within {COVER_KM:g} km ({script}): matching miss", near


def osm_alike(name: str, entry) -> bool:
    """True when an OSM point's names are like the query's across scripts (every reading of either)."""
    keys, theirs = variants(name), entry_keys(entry)
    frames = max((fuzz.ratio(vowel_frame(k), f) for k in keys for t in theirs for f in vowel_frames(t)), default=0.0)
    skeletons = max((fuzz.ratio(a, b) for k in keys for a in cross_skeletons(k) for t in theirs
                     for b in cross_skeletons(t)), default=0.0)
    return frames >= OSM_LIKE or skeletons >= OSM_SKELETON


def osm_class(gaz: Gazetteer, name: str, admin1: str, lat: float, lon: float) -> tuple[str, str]:
    """The class of a missed event by the OSM points within COVER_KM (see --osm), and those points."""
    near = [e for e in nearby(gaz, lat, lon) if e.source == "osm"]
    settlements = [e for e in near if e.level == "town"]
    alike = [e for e in settlements if osm_alike(name, e)]
    shown = "; ".join(f"{e.name_ar} {distance_km(lat, lon, e.lat, e.lon):.1f} km" for e in (alike or near)[:4])
    if alike:
        place, cands = alike[0], gaz.resolve(name, admin1=admin1)
        if any(m.name_ar == place.name_ar and distance_km(m.lat, m.lon, place.lat, place.lon) < 1 for m in cands):
            return "(a) settlement named alike: listed, not chosen", shown
        same = {s for k in variants(name) for s in cross_skeletons(k)} & {
            s for k in entry_keys(place) for s in cross_skeletons(k)}
        return f"(a) settlement named alike: {'same consonants, not reached' if same else 'other consonants'}", shown
    if any(osm_alike(name, e) for e in near):
        return "(a') only a locality named alike", shown
    if settlements:
        return "(b) settlements, none named alike (another village, or the place under another name)", shown
    return "(c) no OSM settlement", shown


def classify(gaz: Gazetteer, events: pd.DataFrame) -> list[dict]:
    """One row per missed event: its class, subclass and what the gazetteer gave."""
    rows = []
    for event in events.itertuples():
        best = gaz.best(event.where_coor, admin1=event.adm_1)
        km = distance_km(best.lat, best.lon, event.latitude, event.longitude) if best else None
        if km is not None and km <= NEAR_KM:
            continue
        row = {"name": event.where_coor, "admin1": event.adm_1, "lat": event.latitude, "lon": event.longitude,
               "covered": not coverage(gaz, event.where_coor, event.latitude, event.longitude)[0].startswith("coverage")}
        if best is not None:
            row.update(kind="far-off", sub=f"{best.source} {best.level} score {best.score:.0f}",
                       got=f"{best.name_en or ''} {best.name_ar} {km:.0f} km")
        else:
            cands = gaz.resolve(event.where_coor, admin1=event.adm_1)
            if cands:
                right = any(distance_km(m.lat, m.lon, event.latitude, event.longitude) <= NEAR_KM for m in cands)
                cover = "" if right else f" ({coverage(gaz, event.where_coor, event.latitude, event.longitude)[0]})"
                row.update(kind="candidates", sub=f"{'right among them' if right else 'right not among them'}; "
                           f"{why_no_answer(gaz, event.where_coor, event.adm_1)}{cover}",
                           got="; ".join(f"{m.name_en or ''} {m.name_ar} {m.level} {m.score:.0f} "
                                         f"{distance_km(m.lat, m.lon, event.latitude, event.longitude):.0f} km"
                                         for m in cands))
            else:
                sub, near = coverage(gaz, event.where_coor, event.latitude, event.longitude)
                row.update(kind="nothing", sub=sub, got="; ".join(
                    f"{e.name_en} {e.name_ar} ({e.source} {e.level}, {likeness(event.where_coor, e):.0f})"
                    for e in near[:3]))
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocha", type=Path, default=SHARED / "ocha-cod-ab")
    parser.add_argument("--ged", type=Path, default=SHARED / "ucdp-ged-syria" / "ged_syria_2016_2017.csv")
    parser.add_argument("--osm", action="store_true", help=f"classify the misses by OSM points within {COVER_KM:g} km")
    parser.add_argument("--verbose", action="store_true", help="list every missed event")
    args = parser.parse_args(argv)
    ged = pd.read_csv(args.ged)
    with tempfile.TemporaryDirectory() as tmp:
        gaz, test = build_and_load(args.ocha, ged, Path(tmp))
        events = not_seen(ged, test)
        rows = classify(gaz, events)
        if args.osm:
            for row in rows:
                row["osm"], row["osm_near"] = osm_class(gaz, row["name"], row["admin1"], row["lat"], row["lon"])
    print(f"GED 2017 names not seen in 2016, town precision, with the hint: {len(events)} events, "
          f"{len(events) - len(rows)} within {NEAR_KM:g} km, {len(rows)} missed")
    print(f"coverage: {sum(not r['covered'] for r in rows)} of the {len(rows)} missed events have no entry named like "
          f"the query within {COVER_KM:g} km of the event (no layer names the place)")
    for kind in ("far-off", "candidates", "nothing"):
        mine = [r for r in rows if r["kind"] == kind]
        print(f"\n{kind}: {len(mine)} events ({len({r['name'] for r in mine})} names)")
        for sub, count in Counter(r["sub"] for r in mine).most_common():
            print(f"  {count:4d}  {sub}")
        if args.verbose:
            for row in sorted(mine, key=lambda r: (r["sub"], r["name"])):
                print(f"    [{row['sub']}] {row['name']!r} ({row['admin1']}) -> {row['got']}")
    if args.osm:
        print(f"\nby the OSM points within {COVER_KM:g} km of the event: events (names)")
        for label in sorted({r["osm"] for r in rows}):
            mine = [r for r in rows if r["osm"] == label]
            print(f"  {len(mine):4d} ({len({r['name'] for r in mine}):3d})  {label}")
            if args.verbose:
                for row in sorted({(r["name"], r["admin1"], r["osm_near"], r["got"]) for r in mine}):
                    print(f"        {row[0]!r} ({row[1]}): {row[2] or '-'}  [gazetteer: {row[3]}]")


if __name__ == "__main__":
    main()
