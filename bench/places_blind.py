"""Score the default gazetteer on a file of place queries with their true points (data/eval/places-blind4).

Each row is asked twice, `best(query, admin1=hint)` and `best(query)`. The figures are shares: with the hint,
within 25 km of the true point and in the right governorate; without it, within 25 km, answered more than 50 km
off (of all place rows), and answered wrong: more than 50 km off, except an area (a region, a countryside), whose
true point is only a conventional centre (often its governorate's), wrong only outside its governorate; for kind
"none" (not a Syrian place: no answer is right), the share answered.
Per-row results are printed only with --verbose, which a file whose folder README says BLIND refuses.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from gazetteer.core import distance_km

DEFAULT = Path(__file__).resolve().parents[1] / "data" / "eval" / "places-blind4" / "places.csv"
NEAR_KM = 25.0  # an answer this close to the true point is right
FAR_KM = 50.0  # an answer farther than this is a confident wrong place
NONE = "none"  # the kind of a query whose right answer is no answer
AREA = "area"  # the kind of a query whose true point is a convention: its governorate is the truth


class Answer(Protocol):
    """What the scorer reads of a gazetteer match."""

    lat: float
    lon: float
    admin1_pcode: str | None


class Resolver(Protocol):
    """Anything with the gazetteer's `best` (the default gazetteer, or a stub in tests)."""

    def best(self, name: str, admin1: str | None = None) -> Answer | None: ...


@dataclass(frozen=True)
class Query:
    """One row of the file: a place as text writes it, its governorate hint and its true point."""

    id: str
    query: str
    lang: str
    admin1_pcode: str
    lat: float | None
    lon: float | None
    kind: str
    style: str


@dataclass(frozen=True)
class Outcome:
    """A query with the gazetteer's answers with and without the hint (None: no answer)."""

    query: Query
    hinted: Answer | None
    bare: Answer | None


def load_queries(path: Path) -> list[Query]:
    """The rows of a places CSV (columns id, query, lang, admin1_pcode, latitude, longitude, kind, style)."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [Query(row["id"], row["query"], row["lang"], row["admin1_pcode"].strip(),
                      float(row["latitude"]) if row["latitude"].strip() else None,
                      float(row["longitude"]) if row["longitude"].strip() else None,
                      row["kind"], row.get("style", "")) for row in csv.DictReader(handle)]


def is_blind(path: Path) -> bool:
    """The file's folder README says BLIND: nobody may read its per-row results."""
    readme = path.resolve().parent / "README.md"
    return readme.exists() and "BLIND" in readme.read_text(encoding="utf-8")


def ask(gaz: Resolver, queries: Iterable[Query]) -> list[Outcome]:
    """Each query asked with its hint (none when the row has none) and without."""
    return [Outcome(q, gaz.best(q.query, admin1=q.admin1_pcode or None), gaz.best(q.query)) for q in queries]


def off_km(query: Query, answer: Answer | None) -> float | None:
    """How far the answer lies from the true point; None when there is no answer or no true point."""
    if answer is None or query.lat is None or query.lon is None:
        return None
    return distance_km(query.lat, query.lon, answer.lat, answer.lon)


def near(query: Query, answer: Answer | None) -> bool:
    """Answered within NEAR_KM of the true point."""
    off = off_km(query, answer)
    return off is not None and off <= NEAR_KM


def far(query: Query, answer: Answer | None) -> bool:
    """Answered more than FAR_KM from the true point."""
    off = off_km(query, answer)
    return off is not None and off > FAR_KM


def wrong(query: Query, answer: Answer | None) -> bool:
    """A confident wrong answer: an area outside its governorate, any other place more than FAR_KM off."""
    if query.kind == AREA:
        return answer is not None and answer.admin1_pcode != query.admin1_pcode
    return far(query, answer)


@dataclass(frozen=True)
class Figures:
    """The shares of one group of outcomes (None when the group has no row the share counts)."""

    places: int
    nones: int
    hint_near: float | None
    hint_admin1: float | None
    bare_near: float | None
    bare_far: float | None
    bare_wrong: float | None
    none_answered_hint: float | None
    none_answered_bare: float | None


def share(outcomes: Sequence[Outcome], hit: Callable[[Outcome], bool]) -> float | None:
    """The share of outcomes for which hit holds; None for an empty group."""
    return sum(map(hit, outcomes)) / len(outcomes) if outcomes else None


def figures(outcomes: Sequence[Outcome]) -> Figures:
    """The scorer's figures for a group of outcomes: place rows and "none" rows counted apart."""
    places = [o for o in outcomes if o.query.kind != NONE]
    nones = [o for o in outcomes if o.query.kind == NONE]
    return Figures(
        places=len(places), nones=len(nones),
        hint_near=share(places, lambda o: near(o.query, o.hinted)),
        hint_admin1=share(places, lambda o: o.hinted is not None and o.hinted.admin1_pcode == o.query.admin1_pcode),
        bare_near=share(places, lambda o: near(o.query, o.bare)),
        bare_far=share(places, lambda o: far(o.query, o.bare)),
        bare_wrong=share(places, lambda o: wrong(o.query, o.bare)),
        none_answered_hint=share(nones, lambda o: o.hinted is not None),
        none_answered_bare=share(nones, lambda o: o.bare is not None))


def groups(outcomes: Sequence[Outcome], key: Callable[[Query], str]) -> dict[str, list[Outcome]]:
    """Outcomes grouped by a field of their query, in sorted order."""
    out: dict[str, list[Outcome]] = {}
    for o in sorted(outcomes, key=lambda o: key(o.query)):
        out.setdefault(key(o.query), []).append(o)
    return out


def pct(value: float | None) -> str:
    """A share as a percentage, '-' when the group has no row it counts."""
    return "-" if value is None else f"{100 * value:5.1f} %"


HEADER = (f"{'group':<22} {'places':>6} {'hint <=25km':>11} {'hint adm1':>10} {'bare <=25km':>11} "
          f"{'bare >50km':>10} {'bare wrong':>10} {'none':>5} {'none ans.':>10}")


def line(label: str, fig: Figures) -> str:
    """One table row: a group's counts and shares ("none ans." is without the hint)."""
    return (f"{label:<22} {fig.places:>6} {pct(fig.hint_near):>11} {pct(fig.hint_admin1):>10} "
            f"{pct(fig.bare_near):>11} {pct(fig.bare_far):>10} {pct(fig.bare_wrong):>10} {fig.nones:>5} {pct(fig.none_answered_bare):>10}")


def report(outcomes: Sequence[Outcome]) -> list[str]:
    """The summary table: all rows, then by language, kind and writing style."""
    total = figures(outcomes)
    lines = [HEADER, line("all", total)]
    for title, key in (("lang", lambda q: q.lang), ("kind", lambda q: q.kind), ("style", lambda q: q.style)):
        lines.append(f"by {title}:")
        lines += [line(f"  {name}", figures(group)) for name, group in groups(outcomes, key).items()]
    lines.append(f'kind "none" answered with its hint (where it has one, else bare): {pct(total.none_answered_hint)}')
    return lines


def row_lines(outcomes: Sequence[Outcome]) -> list[str]:
    """Per-row answers and distances (only for a file that is not blind)."""
    def said(answer: Answer | None, query: Query) -> str:
        if answer is None:
            return "-"
        off = off_km(query, answer)
        return f"{answer.admin1_pcode} ({answer.lat:.4f}, {answer.lon:.4f})" + ("" if off is None else f" {off:.1f} km")
    return [f"{o.query.id}\t{o.query.query}\t{o.query.kind}\thint: {said(o.hinted, o.query)}\tbare: {said(o.bare, o.query)}"
            for o in outcomes]


def default_gazetteer(learned: Path | None) -> Resolver:
    """`Gazetteer.load()` as configured, with the given learned-places file, or an empty one so the figure does
    not depend on what this machine has learned."""
    from gazetteer import Gazetteer
    before = os.environ.get("GAZETTEER_LEARNED")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GAZETTEER_LEARNED"] = str(learned if learned is not None else Path(tmp) / "none.csv")
        try:
            return Gazetteer.load()
        finally:
            if before is None:
                del os.environ["GAZETTEER_LEARNED"]
            else:
                os.environ["GAZETTEER_LEARNED"] = before


def main(argv: list[str] | None = None) -> int:
    """Command line: score a places file (default the blind set) and print the summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT, help="places CSV (default %(default)s)")
    parser.add_argument("--learned", type=Path, help="learned-places file to load with the gazetteer")
    parser.add_argument("--verbose", action="store_true", help="also print each row's answers (refused on BLIND)")
    args = parser.parse_args(argv)
    if args.verbose and is_blind(args.data):
        print(f"refused: {args.data.parent / 'README.md'} says BLIND; nobody reads its per-row results",
              file=sys.stderr)
        return 2
    queries = load_queries(args.data)
    outcomes = ask(default_gazetteer(args.learned), queries)
    print(f"{args.data}: {len(queries)} queries; learned places: {args.learned or 'none'}")
    print("\n".join(report(outcomes)))
    if args.verbose:
        print("\n".join(row_lines(outcomes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
