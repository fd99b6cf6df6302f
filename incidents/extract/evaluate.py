"""Scores extraction against annotated reports (data/eval): place precision/recall/F1, counts, types."""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer.core import distance_km
from gazetteer.normalize import normalize

from incidents.record import Incident

from .files import SUFFIXES, report_text
from .report import extract_report


@dataclass
class Case:
    """One annotated report: its file (or its own text, for one line of a headline file), publication date and the
    incidents a careful analyst records."""

    path: Path
    published: dt.date
    expected: list[dict]
    text: str | None = None


@dataclass
class Scores:
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    exact_counts: int = 0
    right_type: int = 0
    right_date: int = 0
    right_killed_totals: int = 0  # reports whose killed figures add up to the annotated total
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        share = lambda n: round(n / self.expected, 3) if self.expected else 1.0  # noqa: E731
        return {"reports_expected_incidents": self.expected, "predicted": self.predicted, "matched": self.matched,
                "place_precision": round(self.precision, 3), "place_recall": round(self.recall, 3),
                "place_f1": round(self.f1, 3), "exact_casualty_counts": share(self.exact_counts),
                "event_type_accuracy": round(self.right_type / self.matched, 3) if self.matched else 1.0,
                "event_date_accuracy": round(self.right_date / self.matched, 3) if self.matched else 1.0,
                "killed_total_right": self.right_killed_totals}


def load_cases(folder: Path) -> list[Case]:
    """Every report in the folder that has its expected incidents beside it (same name, .json)."""
    cases = []
    for path in sorted(folder.iterdir()):
        if path.suffix in SUFFIXES and path.with_suffix(".json").exists():
            spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            cases.append(Case(path, dt.date.fromisoformat(spec["published"]), spec["incidents"]))
    return cases


def load_headlines(path: Path) -> list[Case]:
    """Each line of an annotated headline file (the GED source-headline columns plus place, admin1_pcode, killed,
    wounded, sub_event_type) as a case of its own with one expected incident."""
    count = lambda text: int(text) if text else None  # noqa: E731
    with open(path, newline="", encoding="utf-8") as handle:
        return [Case(path.with_name(f"{path.name}#{row['id']}"), dt.date.fromisoformat(row["source_dat"]),
                     [{"place": row["place"], "admin1_pcode": row["admin1_pcode"] or None,
                       "killed": count(row["killed"]), "wounded": count(row["wounded"]),
                       "sub_event_type": row["sub_event_type"], "event_date": row["date_start"]}],
                     row["source_hea"])
                for row in csv.DictReader(handle)]


def same_place(expected: dict, got: Incident) -> bool:
    """Same name as written (normalised), and the same governorate when both give one."""
    if not got.place_text or normalize(got.place_text) != normalize(expected["place"]):
        return False
    want = expected.get("admin1_pcode")
    return want is None or got.admin1_pcode is None or got.admin1_pcode == want


def fits(expected: dict, got: Incident) -> tuple[bool, bool, bool]:
    """Whether an incident at the expected place has its day, its counts and its kind. Of several incidents at one
    place, each annotated one is paired with the one that fits it most, not with the first found."""
    return (got.event_date.isoformat() == expected["event_date"],
            (got.killed, got.wounded) == (expected["killed"], expected["wounded"]),
            got.sub_event_type == expected["sub_event_type"])


def score(cases: list[Case], gazetteer=None) -> Scores:
    """Extract every case and compare: one-to-one matching on place (the best-fitting incident there), then counts,
    type and date."""
    s = Scores()
    for case in cases:
        text = case.text if case.text is not None else report_text(case.path)
        tally(s, case, extract_report(text, case.published, source=case.path.name, gazetteer=gazetteer))
    return s


def pair(expected: list[dict], got: list[Incident]) -> tuple[list[tuple[dict, Incident | None]], list[Incident]]:
    """The evaluation's one-to-one matching: each annotated incident with the predicted one it is paired with (None:
    missed), in annotation order, and the predicted incidents left over (the false ones)."""
    free = list(got)
    pairs = []
    for want in expected:
        hit = max((g for g in free if same_place(want, g)), key=lambda g: sum(fits(want, g)), default=None)
        if hit is not None:
            free.remove(hit)
        pairs.append((want, hit))
    return pairs, free


def tally(s: Scores, case: Case, got: list[Incident]) -> None:
    """Add one case to the scores, `got` standing for what was found in its text: the extractor's incidents in
    score(), a second annotator's in bench.annotator_agreement, so both are judged by the same matching."""
    s.expected += len(case.expected)
    s.predicted += len(got)
    s.right_killed_totals += sum(w["killed"] or 0 for w in case.expected) == sum(g.killed or 0 for g in got)
    pairs, free = pair(case.expected, got)
    for want, hit in pairs:
        if hit is None:
            s.misses.append(f"{case.path.name}: missed {want['place']}")
            continue
        s.matched += 1
        right_date, right_counts, right_type = fits(want, hit)
        s.exact_counts += right_counts
        s.right_type += right_type
        s.right_date += right_date
        if not right_counts:
            s.misses.append(f"{case.path.name}: {want['place']} counts {hit.killed}/{hit.wounded}, "
                            f"expected {want['killed']}/{want['wounded']}")
        if not right_type:
            s.misses.append(f"{case.path.name}: {want['place']} type {hit.sub_event_type}")
        if not right_date:
            s.misses.append(f"{case.path.name}: {want['place']} date {hit.event_date}")
    s.misses += [f"{case.path.name}: extra {g.place_text} {g.killed}/{g.wounded}" for g in free]


HELD_OUT_SHARE = 5  # one GED event in five (by a hash of its id) is never looked at while writing rules
NEAR_KM = 25.0


def ged_part(event_id: str) -> str:
    """'holdout' for one GED event in five, fixed by a hash of its id; 'dev' for the rest."""
    return "holdout" if zlib.crc32(event_id.strip().encode()) % HELD_OUT_SHARE == 0 else "dev"


def ged_rows(path: Path, part: str | None) -> list[dict]:
    """GED events of one part (dev or holdout; None: all) with a headline and a town-precision point (where_prec 1-2)."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle)
                if row.get("source_hea") and row.get("where_prec", "").split(".")[0] in ("1", "2")
                and part in (None, ged_part(row["id"]))]


def ged_placement(path: Path, gazetteer, part: str | None = "dev", limit: int | None = None, misses: list | None = None,
                  ceiling: bool = False) -> dict:
    """An outside check on real text: the share of GED events whose own source headline gives an incident
    placed within 25 km of the event's point (UCDP GED 2016-17, CC BY 4.0); with `ceiling`, also the share whose
    headline names a place the gazetteer knows within 25 km of it (what reading names alone could reach), and the
    share placed or named so (what this extractor could reach by reading every named place right)."""
    rows = ged_rows(path, part)[:limit]
    placed = near = named = either = 0
    for row in rows:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        names = ceiling and names_place_near(row["source_hea"], gazetteer, lat, lon, row.get("adm_1"))
        named += names
        published = _date(row.get("source_dat")) or _date(row["date_start"])
        found = [i for i in extract_report(row["source_hea"], published, gazetteer=gazetteer) if i.latitude is not None]
        placed += bool(found)
        hit = any(distance_km(i.latitude, i.longitude, lat, lon) <= NEAR_KM for i in found)
        near += hit
        either += hit or names
        if misses is not None and not hit:
            got = ", ".join(f"{i.place_text}" for i in found) or "nothing"
            misses.append(f"GED {row['id'].split('.')[0]}: {row['source_hea']!r} -> {got}; want {row['where_coor']}")
    share = lambda n: round(n / len(rows), 3) if rows else None  # noqa: E731
    out = {"set": f"ged_2016_2017_headlines_{part}", "events": len(rows), "placed": share(placed), "within_25_km": share(near)}
    if ceiling:
        out.update(headline_names_a_place_within_25_km=share(named), within_25_km_or_named=share(either))
    return out


_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_NAME_STARTS = ("al-", "el-", "ad-", "ar-", "as-", "at-", "an-", "ash-", "az-")
_REGION_AFTER = frozenset("countryside province governorate desert badia suburbs outskirts".split())
_SETTLEMENT_LEVELS = ("town", "neighbourhood", "subdistrict", "landmark", "locality")


def names_place_near(headline: str, gazetteer, lat: float, lon: float, admin1: str | None) -> bool:
    """Does the headline name (exactly, with or without the event's governorate as hint) a settlement within 25 km of
    the point - not only as the owner of a countryside or province ("the countryside of Hama", "Idlib province")?"""
    words = [w[:-2] if w.lower().endswith(("'s", "’s")) else w for w in _NAME_WORD.findall(headline)]
    keys = [w.lower() for w in words]
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            if not (words[i][:1].isupper() or keys[i].startswith(_NAME_STARTS)):
                continue
            if _REGION_AFTER & set(keys[i + n - 1 : i + n + 2]) or keys[max(0, i - 2) : i] == ["countryside", "of"]:
                continue
            name = " ".join(words[i : i + n])
            for hint in (None, admin1 or None):
                if any(m.level in _SETTLEMENT_LEVELS and distance_km(m.lat, m.lon, lat, lon) <= NEAR_KM
                       for m in gazetteer.exact(name, hint)[:3]):
                    return True
    return False


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((text or "")[:10])
    except ValueError:
        return None
