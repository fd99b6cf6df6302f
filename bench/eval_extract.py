"""Prints extraction quality: on the team's annotated reports place P/R/F1, exact counts and event types; on real
UCDP GED 2016-17 source headlines the share of events placed within 25 km.

Usage: python -m bench.eval_extract [--gazetteer PATH] [--data DIR ...] [--blind] [--headlines CSV ...]
       [--by-language] [--ged CSV] [--ged-part dev|holdout] [--ceiling] [--limit N] [--verbose]
By default one line per development folder (data/eval, data/eval/holdout*, data/eval/*dev*, and the parts once
blind that have been studied: STUDIED). --blind adds the blind folders (data/eval/*test*, data/eval/*blind* not
STUDIED; a blind folder's headlines.csv too): no rule may be written
from them, so report their FIRST run. --data DIR runs any folder of annotated reports (e.g. data/eval/reports-blind2),
--headlines CSV a file of annotated one-line headlines (data/eval/headlines-blind/headlines.csv): place P/R/F1 and
exact counts as for reports, plus the share placed within 25 km of the annotated point. --by-language adds a line
per language (Arabic or English by the letters of each text). With --ged, the GED headlines of one part: "dev"
(four events in five, may be studied) or "holdout" (one in five by a hash of the event id, never looked at while
writing rules; --verbose prints no misses for it or for any blind set). --ceiling adds the share of GED events whose
headline names a place the gazetteer knows within 25 km of the event (not only as a countryside's or province's
owner): the ceiling of an extractor that reads names, printed as a share only (safe on the held-out part).
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries
from incidents.extract.evaluate import Case, ged_placement, load_cases, load_headlines, score
from incidents.extract.files import report_text

DATA = Path(__file__).resolve().parents[1] / "data" / "eval"
HEADLINES = "headlines.csv"


# Parts whose name says test or blind but whose misses have been studied and rules written from them: they are
# development sets now (their first runs are in docs/extraction.md), listed by name so a new blind part stays blind.
STUDIED = frozenset({"reports-test", "reports-blind2", "reports-blind3", "headlines-blind", "headlines-blind3"})


def is_blind(path: Path) -> bool:
    """A blind part (no rule may be written from it): its folder's name says test or blind, and it is not STUDIED."""
    folder = path if path.suffix == "" else path.parent
    return any(word in folder.name for word in ("test", "blind")) and folder.name not in STUDIED


def folders(blind: bool) -> list[Path]:
    """The annotated folders: development ones, then the blind ones when asked."""
    subs = sorted(p for p in DATA.iterdir() if p.is_dir())
    return [DATA, *(p for p in subs if not is_blind(p))] + ([p for p in subs if is_blind(p)] if blind else [])


def language(case: Case) -> str:
    """'ar' when the case's text has more Arabic than Latin letters, else 'en'."""
    text = case.text if case.text is not None else report_text(case.path)
    return "ar" if len(re.findall("[\u0600-\u06ff]", text)) > len(re.findall("[A-Za-z]", text)) else "en"


def report(name: str, cases: list[Case], gazetteer, by_language: bool, misses: bool) -> None:
    """Print the scores of a set of cases (and of each language in it), and its misses when asked."""
    parts = [(name, cases)] + ([(f"{name}, {lang}", [c for c in cases if language(c) == lang]) for lang in ("ar", "en")]
                               if by_language else [])
    for label, part in parts:
        scores = score(part, gazetteer)
        print(json.dumps({"set": label, "reports": len(part), **scores.as_dict()}, ensure_ascii=False), flush=True)
        if misses and label == name:
            print("\n".join(scores.misses))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", help="a built gazetteer file (default: the built-in layers only, so runs compare)")
    parser.add_argument("--default-gazetteer", action="store_true", help="the gazetteer a fresh clone loads (built-in "
                        "layers and the embedded GED 2016-17 places); refused with --ged, whose answers it holds")
    parser.add_argument("--data", type=Path, nargs="+", help="folders of annotated reports (default: the development ones)")
    parser.add_argument("--blind", action="store_true", help="also the blind folders (report their first run)")
    parser.add_argument("--headlines", type=Path, nargs="+", help="files of annotated one-line headlines (CSV)")
    parser.add_argument("--by-language", action="store_true", help="also one line per language of each set")
    parser.add_argument("--ged", type=Path, help="UCDP GED CSV (e.g. ../shared/data/ucdp-ged-syria/ged_syria_2016_2017.csv)")
    parser.add_argument("--ged-part", choices=("dev", "holdout"), default="dev", help="which GED part (default dev)")
    parser.add_argument("--limit", type=int, help="at most this many GED events")
    parser.add_argument("--ceiling", action="store_true", help="GED: also the share whose headline names a known place "
                        "within 25 km of the event (what reading names alone could reach)")
    parser.add_argument("--verbose", action="store_true", help="also list every miss (never for a blind part)")
    args = parser.parse_args()
    if args.default_gazetteer and (args.ged or args.gazetteer):
        parser.error("--default-gazetteer holds the GED 2016-17 places: not with --ged or --gazetteer")
    if args.default_gazetteer:
        gazetteer = Gazetteer.from_layers()
    else:
        gazetteer = Gazetteer.load(args.gazetteer) if args.gazetteer else Gazetteer(builtin_entries())
    chosen = args.data or ([] if args.ged or args.headlines else folders(args.blind))
    for folder in chosen:
        report(folder.name, load_cases(folder), gazetteer, args.by_language, args.verbose and not is_blind(folder))
    for path in (args.headlines or []) + [f / HEADLINES for f in chosen if (f / HEADLINES).exists()]:
        name = f"{path.parent.name}/{path.name}"
        report(name, load_headlines(path), gazetteer, args.by_language, args.verbose and not is_blind(path))
        placed = ged_placement(path, gazetteer, None)
        print(json.dumps({**placed, "set": name}), flush=True)
    if args.ged:
        misses: list[str] | None = [] if args.verbose and args.ged_part == "dev" else None
        print(json.dumps(ged_placement(args.ged, gazetteer, args.ged_part, args.limit, misses, args.ceiling)))
        if misses:
            print("\n".join(misses))


if __name__ == "__main__":
    main()
