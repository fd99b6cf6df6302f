"""Trains the learned incident filter (incidents/extract/incident_filter.py) on annotated report folders and prints
its cross-validated figures, folds by OUTLET: rules only against rules + filter, place P/R/F1 and killed totals.

Usage: python -m bench.train_incident_filter --data DIR [DIR ...] [--team] [--folds 5] [--l2 X ...]
       [--drop-when any|FEATURE ...] [--without PREFIX ...] [--write [--drop T] [--review T]]

Every incident the rules emit on the folders' reports (incidents.extract.report.candidates) is labelled by the
evaluation's own one-to-one matching (evaluate.pair): true when an annotated incident is paired with it, false when
it is left over. The reports are split into folds by outlet (the third part of a report's name, "rb10_ar03_sohr_...";
an outlet's spellings merged; an outlet's reports all in one fold, folds balanced by size), so every figure is of
outlets the model never saw. For each L2 strength, drop gate (--drop-when) and drop threshold it prints the pooled
out-of-fold scores; the best setting by F1 with no team set worse (each held out whole) is printed fold by fold.
--write trains on all the folders and writes incidents/extract/incident_filter.json with the chosen drop threshold
and gate (or --drop; "none" ships the weights with the filter off) and --review (default none).
Never run on a blind folder: its figure would stop being blind.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.eval_extract import HEADLINES, folders, is_blind
from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries
from incidents.extract.evaluate import Case, Scores, load_cases, load_headlines, pair, tally
from incidents.extract.files import report_text
from incidents.extract.incident_filter import MODEL, IncidentFilter, dropped, has_all, slot
from incidents.extract.report import candidates
from incidents.record import Incident

DIM = 4096  # hashed feature slots
THRESHOLDS = tuple(round(0.40 + 0.05 * k, 2) for k in range(12))  # drop when the doubt is above: 0.40 ... 0.95
L2 = (1.0, 3.0, 10.0)


@dataclass
class Report:
    """One annotated report, its group (outlet or team set), the set it is in, and the rules' incidents with their
    features and labels (True: matched)."""

    case: Case
    outlet: str
    found: list[Incident]
    names: list[list[str]]
    true: list[bool]
    part: str = ""


GENERIC = ("fm", "tv", "news", "press", "agency", "gate", "net", "online", "cc", "syria", "24")  # words an outlet's
# name may carry or drop ("watan" / "watanfm", "sana" / "sanasyria", "jesr" / "jesrpress")


def outlet(case: Case, part: str = "", real: bool = True) -> str:
    """The fold group of a report: a real report's outlet (the third part of its name, "rb10_ar03_sohr_..."), else
    its set (the team's own reports and headlines have no outlet: a whole set is held out at once). Spellings of one
    outlet are one group (outlet_groups)."""
    parts = case.path.name.split("_")
    return parts[2] if real and len(parts) > 2 else f"set:{part}"


def _pieces(name: str) -> list[str]:
    """An outlet's name as its core and the generic words it ends with ("northpress" -> north, press; "al" or "el"
    before a long name dropped: "almohrar" -> mohrar)."""
    if name.startswith(("al", "el")) and len(name) > 6:
        name = name[2:]
    tail: list[str] = []
    while (end := next((g for g in GENERIC if name.endswith(g) and len(name) - len(g) >= 3), None)) is not None:
        name, tail = name[: -len(end)], [end, *tail]
    return [name, *tail]


def _skeleton(core: str) -> str:
    """A core without its vowels after the first letter ("jesr" and "jisr", "mohrar" and "muhrar" alike)."""
    return core[:1] + "".join(c for c in core[1:] if c not in "aeiouy")


def outlet_groups(names: set[str]) -> dict[str, str]:
    """One group per outlet however a report's name spells it: names of one core once generic words and vowels are
    set aside ("watan" / "watanfm", "jesrpress" / "jisr"), and an abbreviation of three or four letters that the
    initials of a longer name's pieces begin, two at least ("npa" / "northpress", "k24" / "kurdistan24").
    Merging two outlets only makes folds coarser; splitting one leaks it between folds."""
    group = {n: _skeleton(_pieces(n)[0]) for n in names}
    initials = {}
    for n in names:
        pieces = _pieces(n)
        if len(pieces) > 1:
            initials.setdefault("".join(p if p.isdigit() else p[0] for p in pieces), set()).add(group[n])
    for n in names:
        if 3 <= len(n) <= 4:
            heads = {g for i, gs in initials.items() if len(i) >= 2 and n.startswith(i) for g in gs}
            if len(heads) == 1:
                group[n] = heads.pop()
    return group


def extracted(parts: list[tuple[str, list[Case]]], gazetteer, team: frozenset[str] = frozenset()) -> list[Report]:
    """The rules' incidents on every case of each named set (those named in `team` are the team's own, the others
    real reports of outlets), labelled by the evaluation's matching."""
    out = []
    for part, cases in parts:
        for case in cases:
            text = case.text if case.text is not None else report_text(case.path)
            found = candidates(text, case.published, source=case.path.name, gazetteer=gazetteer)
            incidents = [inc for inc, _, _ in found]
            _, free = pair(case.expected, incidents)
            out.append(Report(case, outlet(case, part, part not in team), incidents, [n for _, _, n in found],
                              [not any(inc is f for f in free) for inc in incidents], part))
    return out


def folds_by_outlet(reports: list[Report], k: int) -> list[int]:
    """A fold per report: groups (outlets, their spellings merged, then the team's sets apart, so each fold holds
    real reports), largest first, each to the fold with the fewest reports of its kind so far."""
    group = outlet_groups({r.outlet for r in reports if not r.outlet.startswith("set:")})
    of = [group.get(r.outlet, r.outlet) for r in reports]
    sizes: dict[str, int] = {}
    for g in of:
        sizes[g] = sizes.get(g, 0) + 1
    fold_of = {}
    for team in (False, True):
        load = [0] * k
        for name in sorted((n for n in sizes if n.startswith("set:") == team), key=lambda n: (-sizes[n], n)):
            fold_of[name] = min(range(k), key=lambda f: (load[f], f))
            load[fold_of[name]] += sizes[name]
    return [fold_of[g] for g in of]


def matrix(names: list[list[str]]) -> np.ndarray:
    x = np.zeros((len(names), DIM))
    for i, row in enumerate(names):
        for n in row:
            x[i, slot(n, DIM)] += 1.0
    return x


def fit(x: np.ndarray, false: np.ndarray, l2: float, steps: int = 25) -> np.ndarray:
    """L2-regularised logistic regression of `false` on x by Newton's method, each step solved in the n-by-n space of
    the examples (Woodbury): hashed slots outnumber the examples."""
    w = np.zeros(x.shape[1])
    kernel = x @ x.T
    for _ in range(steps):
        p = doubts(x, w)
        grad = x.T @ (p - false) + l2 * w
        root = np.sqrt(p * (1 - p))
        inner = l2 * np.eye(len(x)) + root[:, None] * kernel * root[None, :]
        step = (grad - x.T @ (root * np.linalg.solve(inner, root * (x @ grad)))) / l2
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def doubts(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Each row's doubt under weights w: the logistic of x @ w, clipped as IncidentFilter.doubt clips it."""
    return 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))


def scores(reports: list[Report], doubt: list[np.ndarray], threshold: float | None, when: tuple[str, ...] = ()) -> Scores:
    """The evaluation's scores of the incidents kept (all of them when threshold is None; with `when`, only incidents
    with all those features may be dropped, as IncidentFilter.drop_when)."""
    s = Scores()
    for r, d in zip(reports, doubt):
        gone = dropped(list(d), threshold, [has_all(n, when) for n in r.names])
        tally(s, r.case, [inc for inc, g in zip(r.found, gone) if not g])
    return s


def cross_validated(reports: list[Report], k: int, l2: float) -> list[np.ndarray]:
    """Each report's out-of-fold doubts (its outlet's fold left out of training)."""
    fold = folds_by_outlet(reports, k)
    out: list[np.ndarray] = [np.zeros(0)] * len(reports)
    for f in range(k):
        train = [r for r, g in zip(reports, fold) if g != f]
        x = matrix([n for r in train for n in r.names])
        y = np.array([not t for r in train for t in r.true], dtype=float)
        w = fit(x, y, l2)
        for i, r in enumerate(reports):
            if fold[i] == f:
                out[i] = doubts(matrix(r.names), w) if r.names else np.zeros(0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", required=True, help="annotated report folders (released sets)")
    parser.add_argument("--team", action="store_true", help="also the team's development sets (bench.eval_extract's "
                        "defaults, their headline files too): trained on, and held out set by set as guards")
    parser.add_argument("--gazetteer", help="a built gazetteer file (default: the built-in layers, as bench.eval_extract)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, nargs="+", default=list(L2), help="L2 strengths to cross-validate")
    parser.add_argument("--write", action="store_true", help=f"train on all and write {MODEL.name}")
    parser.add_argument("--drop", help="drop threshold to write (default: the cross-validated best; 'none': off)")
    parser.add_argument("--review", help="review threshold to write (default none)")
    parser.add_argument("--drop-when", nargs="+", default=["any"], help="gates to cross-validate: features joined by "
                        "'+' a dropped incident must all have, '!' before one it must not have (figures=none+fellow=none+!finer=none: "
                        "no figures, told in no other incident's sentence, finer places of the report inside it), 'any': "
                        "none; the best is written")
    parser.add_argument("--without", nargs="+", default=[], help="leave out features whose names start so (an ablation: "
                        "word= before= after= nofig& ...); not with --write")
    args = parser.parse_args()
    if args.without and args.write:
        parser.error("--without is for cross-validation only: the shipped features are incident_filter.features'")
    if any(is_blind(f) and f.parent.name == "eval" for f in args.data):
        parser.error("a blind folder of data/eval: its figure would stop being blind")
    gazetteer = Gazetteer.load(args.gazetteer) if args.gazetteer else Gazetteer(builtin_entries())
    parts = [(f.name, load_cases(f)) for f in args.data]
    team_parts = []
    for f in folders(False) if args.team else []:
        team_parts.append((f.name, load_cases(f)))
        if (f / HEADLINES).exists():
            team_parts.append((f"{f.name}/{HEADLINES}", load_headlines(f / HEADLINES)))
    parts += team_parts
    reports = extracted([p for p in parts if p[1]], gazetteer, frozenset(name for name, _ in team_parts))
    for r in reports:
        r.names = [[n for n in names if not n.startswith(tuple(args.without))] for names in r.names]
    fold = folds_by_outlet(reports, args.folds)
    real = [i for i, r in enumerate(reports) if not r.outlet.startswith("set:")]
    team = sorted({r.part for r in reports if r.outlet.startswith("set:")})
    print(json.dumps({"reports": len(reports), "real_reports": len(real), "outlets": len({reports[i].outlet for i in real}),
                      "team_sets": team, "incidents": sum(len(r.found) for r in reports),
                      "false": sum(not t for r in reports for t in r.true),
                      "reports_per_fold": [fold.count(f) for f in range(args.folds)]}))
    none = [np.zeros(len(r.found)) for r in reports]
    print(_row("real, rules only", None, None, _part(reports, none, None, real)))
    pooled = [i for p in team for i in _of(reports, p)]
    before = {p: _part(reports, none, None, _of(reports, p)).f1 for p in team}
    if team:
        print(_row("team, rules only", None, None, _part(reports, none, None, pooled)))
    best = None
    for l2 in args.l2:
        held = cross_validated(reports, args.folds, l2)
        for when in [() if g == "any" else tuple(g.split("+")) for g in args.drop_when]:
            for t in THRESHOLDS:
                s = _part(reports, held, t, real, when)
                worse = [p for p in team if _part(reports, held, t, _of(reports, p), when).f1 < before[p] - 1e-9]
                print(_row("real, rules + filter", l2, t, s, drop_when="+".join(when), team_sets_worse=worse))
                if not worse and (best is None or s.f1 > best[0] + 1e-9):
                    best = (s.f1, l2, t, when, held)
    if best is None:
        print("no setting keeps every team set: the filter stays off")
        return
    _, l2, t, when, held = best
    print(f"best by CV F1 on the real reports, no team set worse: l2 {l2}, drop above {t} when {when}")
    for label, members in [(f"fold {f}", [i for i in real if fold[i] == f]) for f in range(args.folds)] + [
            (p, _of(reports, p)) for p, _ in parts]:
        print(_row(f"{label}, rules only", None, None, _part(reports, none, None, members)))
        print(_row(f"{label}, rules + filter", l2, t, _part(reports, held, t, members, when)))
    if args.write:
        x = matrix([n for r in reports for n in r.names])
        y = np.array([not t for r in reports for t in r.true], dtype=float)
        w = fit(x, y, l2)
        drop = t if args.drop is None else None if args.drop == "none" else float(args.drop)
        review = None if args.review in (None, "none") else float(args.review)
        spec = IncidentFilter(DIM, {i: float(v) for i, v in enumerate(w) if v}, drop, review, when).as_json()
        MODEL.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL} (drop {drop} when {when}, review {review}, l2 {l2}, {len(spec['weights'])} weights)")


def _of(reports: list[Report], part: str) -> list[int]:
    return [i for i, r in enumerate(reports) if r.part == part]


def _part(reports: list[Report], doubt: list[np.ndarray], threshold: float | None, members: list[int],
          when: tuple[str, ...] = ()) -> Scores:
    return scores([reports[i] for i in members], [doubt[i] for i in members], threshold, when)


def _row(label: str, l2, t, s: Scores, **more) -> str:
    return json.dumps({"run": label, "l2": l2, "drop_above": t, "predicted": s.predicted, "matched": s.matched,
                       "expected": s.expected, "place_precision": round(s.precision, 3),
                       "place_recall": round(s.recall, 3), "place_f1": round(s.f1, 3),
                       "killed_total_right": s.right_killed_totals, **more}, ensure_ascii=False)


if __name__ == "__main__":
    main()
