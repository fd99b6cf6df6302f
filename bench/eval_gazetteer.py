"""Evaluate the gazetteer on UCDP GED, split honestly.

1. GED 2016 -> 2017: build from OCHA + GED 2016, resolve every GED 2017 location, with and without the
   governorate hint, separately for names seen in 2016 and names NOT seen (the figure that counts).
2. Every built-in town by its English name, Arabic name and listed variants, without a hint, before and after
   learning GED 2016-17 (found = the best answer within 10 km of the town).
3. Cross-script pairs: a GED 2016-17 town-precision place (English where_coor) and the nearest OSM
   Arabic-only settlement within 2 km. Precision and recall of the cross-script tier (with the governorate
   hint) on the tuning part and on a held-back part (one pair in five, by a hash of the English name) no rule
   was written from; and the reverse: the Arabic name finding the GED place among GED 2016-17's learned places.
4. Headline spelling variants: a GED 2016-17 place's spelling in the event's own source headline that differs
   from where_coor (bench.headline_variants), resolved with and without the hint, before and after learning GED
   2016-17. The places split by a hash into a dev half and a blind half; --blind also runs the blind half, which
   no rule may be written from (report its first run; --verbose never lists its misses).
5. Admin seats as news text names them (bench.admin_seats): each OCHA admin capital by its Arabic name with a
   proclitic ("بالميادين") and by OCHA's English spelling, with and without the hint, built-in layers only. Right:
   the best answer within 10 km of the seat; without a hint, for a seat whose name another seat far away bears,
   no best answer and the seat among the candidates. Dev and blind halves as in part 4.
Usage: python -m bench.eval_gazetteer [--ocha DIR] [--ged CSV] [--part 1,2,3,4,5] [--blind] [--verbose]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
import time
from pathlib import Path

import pandas as pd

from bench.admin_seats import seat_queries
from bench.headline_variants import headline_variants
from gazetteer.build import build
from gazetteer.builtin import GED_PLACES, towns, villages
from gazetteer.core import Gazetteer, distance_km
from gazetteer.learned import learn, learned_entries
from gazetteer.match import Match
from gazetteer.normalize import normalize, variants
from gazetteer.translit import cross_skeletons

SHARED = Path(os.environ.get("SHARED_DIR") or Path(__file__).resolve().parents[2] / "shared") / "data"
PAIR_KM = 2.0  # a GED place and an OSM settlement this close are one place
FOUND_KM = 10.0  # a built-in town is found when the answer lies this close to it
NEAR_KM, FAR_KM = 25.0, 50.0  # a variant's answer is right within NEAR_KM, confidently wrong beyond FAR_KM


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
        "within 25 km % (town precision, resolved)": 100 * (town.km <= 25).mean(),
        "within 25 km % (town precision, of all)": 100 * (town.km <= 25).sum() / max(int(r.town_prec.sum()), 1),
        "confidently wrong % (town level, > 50 km, of resolved)":
            100 * (resolved.town_level & (resolved.km > 50)).mean(),
    }


def build_and_load(ocha: Path, ged: pd.DataFrame, tmp: Path) -> tuple[Gazetteer, pd.DataFrame]:
    """The gazetteer built in `tmp` from OCHA + the GED 2016 events (no learned places), and the 2017 events."""
    train = Path(tmp) / "ged2016.csv"
    ged[ged.year == 2016].to_csv(train, index=False)
    started = time.perf_counter()
    report = build(Path(tmp) / "gazetteer.json", ocha=ocha, events=[train])
    print(f"built from OCHA + GED 2016 in {time.perf_counter() - started:.1f} s: {report.counts}")
    return (Gazetteer.from_layers(Path(tmp) / "gazetteer.json", ocha_dir=ocha, dataset_places=None),
            ged[ged.year == 2017].fillna({"adm_1": ""}))


def seen_in_2016(ged: pd.DataFrame, test: pd.DataFrame) -> pd.Series:
    """Which of the test events' names GED 2016 already wrote (by match key)."""
    return test.where_coor.map(normalize).isin(set(ged[ged.year == 2016].where_coor.map(normalize)))


def ged_split(ged: pd.DataFrame, ocha: Path, tmp: Path) -> None:
    """GED 2017 by names seen / not seen in GED 2016, with a gazetteer built from OCHA + GED 2016."""
    gaz, test = build_and_load(ocha, ged, tmp)
    seen = seen_in_2016(ged, test)
    print(f"GED 2017: {len(test)} events, {test.where_coor.nunique()} distinct names; "
          f"{(~seen).sum()} events ({test[~seen].where_coor.nunique()} names) not seen in 2016")
    for label, part in (("NOT seen in 2016 (counts)", test[~seen]), ("seen in 2016", test[seen])):
        for hint in (True, False):
            figures = evaluate(gaz, part, hint)
            print(f"\n  names {label}, {'with' if hint else 'without'} the governorate hint")
            for name, value in figures.items():
                print(f"    {name:58s} {value:8.1f}" if isinstance(value, float) else f"    {name:58s} {value:8d}")


def without_ged_layer(learned: Path | None = None) -> Gazetteer:
    """The built-in layers (and `learned`) without the shipped GED 2016-17 places (data/gazetteer/ged_places.csv):
    every part tests on GED 2016-17, and a gazetteer that ships its places would be handed the answers."""
    return Gazetteer.from_layers(learned_file=learned, dataset_places=None)


def learned_file(ged: pd.DataFrame, tmp: Path) -> Path:
    """GED 2016-17's town-precision places taught to a learned-places file, as an import teaches them."""
    path = tmp / "learned.csv"
    places = ged[ged.where_prec <= 2]
    learn(({"name": r.where_coor, "lat": r.latitude, "lon": r.longitude, "admin1": r.adm_1, "source": "ged"}
           for r in places.itertuples()), path)
    return path


def builtin_towns(ged: pd.DataFrame, tmp: Path) -> None:
    """Every built-in town by each of its names, no hint, before and after learning GED 2016-17."""
    queries = [(name, town) for town in towns() for name in dict.fromkeys(town.all_names()) if name.strip()]
    print(f"\nbuilt-in towns: {len(towns())} towns, {len(queries)} names (English, Arabic, variants), no hint")
    found = {}
    for label, gaz in (("before learning GED 2016-17", without_ged_layer()),
                       ("after learning GED 2016-17 ", without_ged_layer(learned_file(ged, tmp))),
                       # built-in towns' names are not GED's answers: the default gazetteer is measured too
                       ("default (shipped GED layer)", Gazetteer.from_layers(dataset_places=GED_PLACES))):
        found[label] = {n for n, (name, town) in enumerate(queries) if _found(gaz, name, town)}
        print(f"  {label}: {100 * len(found[label]) / len(queries):5.1f} % found within {FOUND_KM:g} km")
    before, after, default = found.values()
    print(f"  names lost by learning: {len(before - after)}; gained: {len(after - before)}")
    print(f"  names lost by the shipped layer: {len(before - default)}; gained: {len(default - before)}")


def _found(gaz: Gazetteer, name: str, town) -> bool:
    best = gaz.best(name)
    return best is not None and distance_km(best.lat, best.lon, town.lat, town.lon) <= FOUND_KM


def held_back(name: str) -> bool:
    """One English name in five, fixed by a hash: the blind part of the cross-script pairs."""
    return int(hashlib.sha1(normalize(name).encode()).hexdigest(), 16) % 5 == 0


def cross_pairs(ged: pd.DataFrame) -> pd.DataFrame:
    """(English GED name, Arabic OSM name, governorate, OSM point) for GED town-precision places with an
    Arabic-only OSM settlement within PAIR_KM (the nearest)."""
    osm = [v for v in villages() if v.level == "town" and v.name_ar and not v.name_en]
    cells: dict[tuple[int, int], list] = {}
    for n, v in enumerate(osm):  # n: the table's order breaks a tie (points at one rounded spot), run after run
        cells.setdefault((int(v.lat * 20), int(v.lon * 20)), []).append((n, v))
    rows = []
    places = ged[ged.where_prec == 1].drop_duplicates(["where_coor", "latitude", "longitude"])
    for place in places.itertuples():
        row, col = int(place.latitude * 20), int(place.longitude * 20)
        near = [(distance_km(place.latitude, place.longitude, v.lat, v.lon), n, v)
                for a in (-1, 0, 1) for b in (-1, 0, 1) for n, v in cells.get((row + a, col + b), ())]
        near = [n for n in near if n[0] <= PAIR_KM]
        if near and place.where_coor.isascii():
            _, _, v = min(near)
            rows.append({"english": place.where_coor.split("/")[0].strip(), "arabic": v.name_ar,
                         "admin1": v.admin1_pcode, "lat": v.lat, "lon": v.lon,
                         "ged_lat": place.latitude, "ged_lon": place.longitude})
    return pd.DataFrame(rows).drop_duplicates(["english", "arabic"])


def cross_script(ged: pd.DataFrame, tmp: Path, verbose: bool = False) -> None:
    """Precision and recall of the cross-script tier on the tuning and held-back pairs: the English name finding
    the OSM Arabic-only place (built-in layers), and the reverse, the Arabic name finding the GED place in a
    gazetteer of GED 2016-17's learned places only (right: within PAIR_KM of the pair's point). "At the place":
    the first answer lies within PAIR_KM of the GED place itself (another OSM point of it, a twin). --verbose
    classifies the tuning part's misses (never the held-back part's)."""
    gaz = without_ged_layer()
    reverse = Gazetteer(learned_entries(learned_file(ged, tmp)))
    pairs = cross_pairs(ged)
    pairs["held"] = pairs.english.map(held_back)
    print(f"\ncross-script pairs (GED English name, OSM Arabic-only settlement within {PAIR_KM:g} km): {len(pairs)}")
    for label, part in (("tuning part   ", pairs[~pairs.held]), ("held-back part", pairs[pairs.held])):
        answered = right = at_place = back_answered = back_right = 0
        misses: list[tuple[str, str]] = []
        for pair in part.itertuples():
            found = gaz.cross_script(pair.english, admin1=pair.admin1)
            ok = bool(found) and found[0].name_ar == pair.arabic and distance_km(
                found[0].lat, found[0].lon, pair.lat, pair.lon) <= PAIR_KM
            if found:
                answered += 1
                right += ok
                at_place += distance_km(found[0].lat, found[0].lon, pair.ged_lat, pair.ged_lon) <= PAIR_KM
            if verbose and not pair.held and not ok:
                misses.append((_pair_miss(gaz, pair, found), f"{pair.english!r} {pair.arabic} -> " + "; ".join(
                    f"{m.name_ar} {m.score:.0f} {distance_km(m.lat, m.lon, pair.lat, pair.lon):.0f} km"
                    for m in found[:3])))
            back = reverse.cross_script(pair.arabic, admin1=pair.admin1)
            if back:
                back_answered += 1
                back_right += distance_km(back[0].lat, back[0].lon, pair.lat, pair.lon) <= PAIR_KM
        n = max(len(part), 1)
        print(f"  {label}: {len(part):5d} pairs  precision {100 * right / max(answered, 1):5.1f} %  "
              f"recall {100 * right / n:5.1f} %;  Arabic -> GED place: precision "
              f"{100 * back_right / max(back_answered, 1):5.1f} %  recall {100 * back_right / n:5.1f} %;  "
              f"at the place: precision {100 * at_place / max(answered, 1):5.1f} %  recall {100 * at_place / n:5.1f} %")
        for kind in sorted({k for k, _ in misses}):
            mine = sorted(text for k, text in misses if k == kind)
            print(f"    {len(mine):4d}  {kind}")
            for text in mine:
                print(f"          {text}")


def _pair_miss(gaz: Gazetteer, pair, found: list[Match]) -> str:
    """Why the cross-script tier missed a tuning pair: what it answered, and whether the pair's Arabic name has the
    English one's consonants (a skeleton in common: hidden by a place named in both scripts, or spelt too unlike)."""
    keys, theirs = variants(pair.english), variants(pair.arabic)
    same = bool({s for k in keys for s in cross_skeletons(k)} & {s for k in theirs for s in cross_skeletons(k)})
    if any(m.name_ar == pair.arabic for m in found):
        return "answered a namesake first, the pair's place listed"
    consonants = "same consonants" if same else "other consonants (another village, or another spelling)"
    return f"{'answered another place' if found else 'no answer'}; {consonants}"


def spelling_variants(ged: pd.DataFrame, tmp: Path, blind: bool, verbose: bool) -> None:
    """Headline spellings of GED places: answered / within 25 km / > 50 km off, of all variants."""
    variants = headline_variants(ged)
    print(f"\nheadline spelling variants of GED 2016-17 places: {len(variants)} "
          f"({(~variants.blind).sum()} dev, {variants.blind.sum()} blind)")
    parts = [("dev  ", variants[~variants.blind])] + ([("BLIND", variants[variants.blind])] if blind else [])
    for label, gaz in (("before learning", without_ged_layer()),
                       ("after learning ", without_ged_layer(learned_file(ged, tmp)))):
        for part_label, part in parts:
            for hint in (True, False):
                answered = near = far = 0
                for row in part.itertuples():
                    match = gaz.best(row.variant, admin1=row.admin1 if hint else None)
                    km = distance_km(match.lat, match.lon, row.lat, row.lon) if match else None
                    answered += match is not None
                    near += km is not None and km <= NEAR_KM
                    far += km is not None and km > FAR_KM
                    if verbose and part_label == "dev  " and (km is None or km > NEAR_KM):
                        got = f"{match.name_en or match.name_ar} ({match.admin1}) {km:.0f} km" if match else "nothing"
                        print(f"    miss ({label.strip()}, {'hint' if hint else 'no hint'}): {row.variant!r} "
                              f"({row.place}, {row.admin1}) -> {got}")
                n = max(len(part), 1)
                print(f"  {label} {part_label} {'with hint   ' if hint else 'without hint'} {len(part):4d} variants: "
                      f"answered {100 * answered / n:5.1f} %  within {NEAR_KM:g} km {100 * near / n:5.1f} %  "
                      f"> {FAR_KM:g} km off {100 * far / n:5.1f} %")


def _seat_right(gaz: Gazetteer, row, hint: bool) -> tuple[bool, Match | None]:
    """Whether a seat query gets the right answer (see part 5), and the best answer."""
    match = gaz.best(row.query, admin1=row.admin1 if hint else None)
    if row.shared and not hint:
        return match is None and any(distance_km(m.lat, m.lon, row.lat, row.lon) <= FOUND_KM
                                     for m in gaz.resolve(row.query)), match
    return match is not None and distance_km(match.lat, match.lon, row.lat, row.lon) <= FOUND_KM, match


def admin_seats(ocha: Path, blind: bool, verbose: bool) -> None:
    """Admin seats by their Arabic names with a proclitic and OCHA's English spellings: right / answered /
    > 50 km off / at town precision (of the right answers), of all queries."""
    queries = seat_queries(ocha)
    print(f"\nadmin seats as news text names them: {len(queries)} queries of {queries.seat.nunique()} seats "
          f"({(~queries.blind).sum()} dev, {queries.blind.sum()} blind; {queries.shared.sum()} of a shared name)")
    gaz = without_ged_layer()
    parts = [("dev  ", queries[~queries.blind])] + ([("BLIND", queries[queries.blind])] if blind else [])
    for part_label, part in parts:
        for hint in (True, False):
            groups = [("all", part)] + ([] if part_label == "BLIND" else list(part.groupby("form")))
            for form, rows in groups:
                right = answered = far = town = 0
                for row in rows.itertuples():
                    ok, match = _seat_right(gaz, row, hint)
                    right += ok
                    answered += match is not None
                    far += match is not None and distance_km(match.lat, match.lon, row.lat, row.lon) > FAR_KM
                    town += ok and match is not None and match.geo_precision == 1
                    if verbose and part_label == "dev  " and form == "all" and not ok:
                        got = (f"{match.name_en or match.name_ar} {match.level} ({match.admin1}) "
                               f"{distance_km(match.lat, match.lon, row.lat, row.lon):.0f} km" if match else "nothing")
                        print(f"    miss ({'hint' if hint else 'no hint'}{', shared' if row.shared else ''}): "
                              f"{row.query!r} ({row.seat}, {row.admin1}) -> {got}")
                n = max(len(rows), 1)
                print(f"  {part_label} {'with hint   ' if hint else 'without hint'} {form:24s} {len(rows):4d} queries: "
                      f"right {100 * right / n:5.1f} %  answered {100 * answered / n:5.1f} %  "
                      f"> {FAR_KM:g} km off {100 * far / n:5.1f} %  right at town precision {100 * town / n:5.1f} %")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocha", type=Path, default=SHARED / "ocha-cod-ab")
    parser.add_argument("--ged", type=Path, default=SHARED / "ucdp-ged-syria" / "ged_syria_2016_2017.csv")
    parser.add_argument("--part", default="1,2,3,4,5", help="which evaluations to run (1 GED split, 2 built-in "
                        "towns, 3 cross-script pairs, 4 headline spelling variants, 5 admin seats)")
    parser.add_argument("--blind", action="store_true", help="parts 4 and 5: also the blind half (report its first run)")
    parser.add_argument("--verbose", action="store_true", help="parts 4 and 5: list the dev half's misses (never the blind); part 3: the tuning part's")
    args = parser.parse_args(argv)
    ged = pd.read_csv(args.ged)
    parts = set(args.part.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        if "5" in parts:
            admin_seats(args.ocha, args.blind, args.verbose)
        if "4" in parts:
            spelling_variants(ged, Path(tmp), args.blind, args.verbose)
        if "3" in parts:
            cross_script(ged, Path(tmp), args.verbose)
        if "2" in parts:
            builtin_towns(ged, Path(tmp))
        if "1" in parts:
            ged_split(ged, args.ocha, Path(tmp))


if __name__ == "__main__":
    main()
