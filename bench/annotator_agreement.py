"""How far two annotators agree: scores one folder's annotations against another's, as the extractor is scored.

Usage: python -m bench.annotator_agreement FOLDER_A FOLDER_B [--same-published] [--verbose]
Each folder holds annotated reports in the layout incidents.extract.evaluate.load_cases reads (NAME.txt beside
NAME.json); both must hold the same names. B's incidents are scored against A's exactly as bench.eval_extract scores
the extractor's (incidents.extract.evaluate.tally: one-to-one matching on place as written and governorate, then
counts, type and date), overall and per language, in both directions: A as truth (B's place precision is A's recall)
and B as truth. What two careful people reach on the same reports under the same written rules is the ceiling an
extractor can be judged against. Where neither text nor address dates a report, each annotator estimates its
publication date, and event dates follow the estimate: --same-published moves the other annotator's event dates by
the difference between the two publication dates, so the date figure measures the reading of 'yesterday' or
'on Tuesday' against the same day, as the extractor is handed the set's publication date. --verbose lists each
disagreement (it shows both annotations: not on a blind set while anyone writing rules can see the output).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from bench.eval_extract import language
from incidents.extract.evaluate import Case, Scores, load_cases, tally
from incidents.record import Incident


def as_incident(annotation: dict, shift: dt.timedelta = dt.timedelta(0)) -> Incident:
    """One annotated incident in the shape the scorer compares (place as written, governorate, day moved by `shift`,
    counts, kind)."""
    return Incident(event_date=dt.date.fromisoformat(annotation["event_date"]) + shift, place_text=annotation["place"],
                    admin1_pcode=annotation.get("admin1_pcode"), killed=annotation.get("killed"),
                    wounded=annotation.get("wounded"), sub_event_type=annotation["sub_event_type"])


def paired(folder_a: Path, folder_b: Path) -> list[tuple[Case, Case]]:
    """The two folders' cases, paired by file name; refuses folders that do not hold the same names."""
    a = {c.path.name: c for c in load_cases(folder_a)}
    b = {c.path.name: c for c in load_cases(folder_b)}
    if a.keys() != b.keys():
        raise ValueError(f"not the same reports: only in A {sorted(a.keys() - b.keys())}, "
                         f"only in B {sorted(b.keys() - a.keys())}")
    return [(a[name], b[name]) for name in sorted(a)]


def agreement(folder_a: Path, folder_b: Path, same_published: bool = False) -> list[tuple[str, int, Scores]]:
    """(label, reports, scores) per direction ("A as truth", "B as truth") and per part (all reports, then the
    Arabic ones, then the English ones, by the letters of A's text as bench.eval_extract splits them); with
    `same_published`, the other annotator's event dates moved onto the truth's publication date."""
    pairs = [(case_a, case_b, language(case_a)) for case_a, case_b in paired(folder_a, folder_b)]
    out = []
    for direction, flip in (("A as truth", False), ("B as truth", True)):
        for lang in (None, "ar", "en"):
            s, reports = Scores(), 0
            for case_a, case_b, written in pairs:
                if lang in (None, written):
                    truth, other = (case_b, case_a) if flip else (case_a, case_b)
                    shift = truth.published - other.published if same_published else dt.timedelta(0)
                    tally(s, truth, [as_incident(i, shift) for i in other.expected])
                    reports += 1
            out.append((direction if lang is None else f"{direction}, {lang}", reports, s))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder_a", type=Path, help="annotated reports of annotator A (e.g. the set's own)")
    parser.add_argument("folder_b", type=Path, help="the same reports annotated by annotator B")
    parser.add_argument("--same-published", action="store_true", help="move the other annotator's event dates "
                        "onto the truth's publication date (dates relative to publication)")
    parser.add_argument("--verbose", action="store_true", help="also list every disagreement (A as truth)")
    args = parser.parse_args()
    rows = agreement(args.folder_a, args.folder_b, args.same_published)
    for label, reports, scores in rows:
        print(json.dumps({"set": label, "reports": reports, **scores.as_dict()}, ensure_ascii=False))
    if args.verbose:
        print("\n".join(rows[0][2].misses))


if __name__ == "__main__":
    main()
