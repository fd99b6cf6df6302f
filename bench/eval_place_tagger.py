"""Compares the statistical place tagger with the extractor's rules on UCDP GED 2016-17 source headlines (CC BY 4.0)
of a part no rule or feature was written from: the tagger's validation slice of the dev part, or the held-out part.

For each event: placed within 25 km of the event's point by the rules (`extract_report`, the product), by the
tagger alone (its most probable span the gazetteer places), and by both (the rules, and the tagger where the rules
place nothing or only a governorate/district/region); then, on the headlines whose own place name is found (weak
labels), span recall (the tagger's span / an incident's place as the rules write it equals the labelled words) and
the tagger's span precision. With --veto, the tagger as a filter of the rules' places on the reports.

Usage: python -m bench.eval_place_tagger --ged ../shared/data/ucdp-ged-syria/ged_syria_2016_2017.csv
           [--part validation|holdout] [--model PATH] [--limit N] [--reports DIR ...] [--veto] [--threshold P]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from gazetteer.core import distance_km
from gazetteer.normalize import normalize, variants
from incidents.extract.evaluate import NEAR_KM, _date, ged_rows, load_cases, same_place
from incidents.extract.files import report_text
from incidents.extract.report import extract_report, extract_with_evidence
from incidents.extract.text import Sentence, detect_language, sentences, tokenize

from .place_tagger import MIN_PROBABILITY, MODEL, PlaceTagger, candidate_spans, tagged_place
from .train_place_tagger import builtin_lookup, place_names, tagger_part, weak_span


def rows_of(ged: Path, part: str) -> list[dict]:
    if part == "holdout":
        return ged_rows(ged, "holdout")
    return [r for r in ged_rows(ged, "dev") if tagger_part(r["id"]) == part]


def report_spans(folder: Path, tagger: PlaceTagger, threshold: float) -> list[dict]:
    """On annotated reports (all, then Arabic and English apart): the share of annotated places (distinct per report)
    an incident of the rules is placed at (as written, normalised) / a span the tagger proposes (probability >=
    threshold, placed by the gazetteer or not) writes / either, and the share of the tagger's spans that are
    annotated places."""
    counts = {lang: Counter() for lang in ("all", "ar", "en")}
    for case in load_cases(folder):
        text = report_text(case.path)
        places = {normalize(w["place"]) for w in case.expected if w.get("place")}
        got = {normalize(i.place_text) for i in extract_report(text, case.published, gazetteer=tagger.lookup.gaz)
               if i.place_text}
        spans = [s for sentence in sentences(text) for s in candidate_spans(tagger.read(sentence.tokens))
                 if s.probability >= threshold]
        keys = [set(variants(s.text)) for s in spans]
        for lang in ("all", detect_language(text)):
            c = counts[lang]
            c["wanted"] += len(places)
            c["rules"] += len(places & got)
            c["tagger"] += sum(any(p in k for k in keys) for p in places)
            c["either"] += sum(p in got or any(p in k for k in keys) for p in places)
            c["proposed"] += len(spans)
            c["right"] += sum(bool(places & k) for k in keys)
    share = lambda n, d: round(n / d, 3) if d else None  # noqa: E731
    return [{"reports": f"{folder}{'' if lang == 'all' else ', ' + lang}", "annotated_places": c["wanted"],
             **{f"recall_{k}": share(c[k], c["wanted"]) for k in ("rules", "tagger", "either")},
             "tagger_spans": c["proposed"], "precision_tagger": share(c["right"], c["proposed"])}
            for lang, c in counts.items()]


VETO_THRESHOLDS = (0.0, 0.001, 0.01, 0.03, 0.1)


def place_probability(tagger: PlaceTagger, sentence: Sentence, start: int, end: int) -> float:
    """The model's probability for the rules' place evidence [start, end) of the report: the most probable span of
    the words it covers (a designator or clitic beside the name may stand inside it)."""
    words = [i for i, t in enumerate(sentence.tokens)
             if t.start + sentence.offset < end and start < t.end + sentence.offset]
    if not words:
        return 1.0
    reading = tagger.read(sentence.tokens)
    a, b = words[0], words[-1] + 1
    return max(reading.probability(i, j) for i in range(a, b) for j in range(i + 1, b + 1))


def veto_scores(folder: Path, tagger: PlaceTagger) -> list[dict]:
    """The tagger as a veto on the rules: place P/R/F1 of the rules' incidents when those whose place words the
    model finds less probable than each threshold are dropped (0: the rules as they are)."""
    counts = {t: Counter() for t in VETO_THRESHOLDS}
    for case in load_cases(folder):
        text = report_text(case.path)
        found = extract_with_evidence(text, case.published, gazetteer=tagger.lookup.gaz)
        every = sentences(text)
        probs = []
        for _, spans in found:
            place = next((s for s in spans if s.field == "place"), None)
            sentence = place and next((s for s in every if s.offset <= place.start < s.offset + len(s.text) + 1), None)
            probs.append(place_probability(tagger, sentence, place.start, place.end) if sentence else 1.0)
        for t, c in counts.items():
            free = [incident for (incident, _), p in zip(found, probs) if p >= t]
            c["predicted"] += len(free)
            c["expected"] += len(case.expected)
            for want in case.expected:
                hit = next((g for g in free if same_place(want, g)), None)
                if hit is not None:
                    free.remove(hit)
                    c["matched"] += 1
    out = []
    for t, c in counts.items():
        p, r = c["matched"] / max(c["predicted"], 1), c["matched"] / max(c["expected"], 1)
        out.append({"reports": str(folder), "veto_below": t, "place_precision": round(p, 3),
                    "place_recall": round(r, 3), "place_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ged", type=Path, required=True)
    parser.add_argument("--part", choices=("validation", "holdout"), default="validation")
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--reports", type=Path, nargs="*", default=[], help="folders of annotated reports: span recall")
    parser.add_argument("--veto", action="store_true", help="with --reports: also the tagger as a veto on the rules")
    parser.add_argument("--threshold", type=float, default=MIN_PROBABILITY, help="least span probability proposed")
    args = parser.parse_args()
    lookup = builtin_lookup()
    tagger = PlaceTagger(lookup, args.model)
    for folder in args.reports:
        for line in report_spans(folder, tagger, args.threshold) + (veto_scores(folder, tagger) if args.veto else []):
            print(json.dumps(line))
    rows = rows_of(args.ged, args.part)[: args.limit]
    near = {"rules": 0, "tagger": 0, "fill": 0, "refine": 0}
    placed = dict.fromkeys(near, 0)
    labelled = rule_span = tag_span = tag_spans = 0
    for row in rows:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        headline = row["source_hea"]
        published = _date(row.get("source_dat")) or _date(row["date_start"])
        incidents = [i for i in extract_report(headline, published, gazetteer=lookup.gaz) if i.latitude is not None]
        tokens = tokenize(headline)
        reading = tagger.read(tokens)
        spans = reading.spans()
        found = tagged_place(reading, lookup, threshold=args.threshold)
        rules = [(i.latitude, i.longitude) for i in incidents]
        coarse = all(i.geo_precision >= 3 for i in incidents)
        tag = [(found[1].lat, found[1].lon)] if found else []
        both = (("fill", rules or tag), ("refine", tag if coarse and tag else rules))
        for name, points in (("rules", rules), ("tagger", tag), *both):
            placed[name] += bool(points)
            near[name] += any(distance_km(a, b, lat, lon) <= NEAR_KM for a, b in points)
        span = weak_span(tokens, place_names(row["where_coor"]))
        tag_spans += len(spans)
        if span is None:
            continue
        labelled += 1
        want = normalize(" ".join(t.text for t in tokens[span[0] : span[1]]))
        rule_span += any(i.place_text and normalize(i.place_text) == want for i in incidents)
        tag_span += any((s.start, s.end) == span for s in spans)
    share = lambda n, d: round(n / d, 3) if d else None  # noqa: E731
    print(json.dumps({"part": args.part, "events": len(rows), "model": str(args.model),
                      "within_25_km": {k: share(v, len(rows)) for k, v in near.items()},
                      "placed": {k: share(v, len(rows)) for k, v in placed.items()},
                      "labelled_headlines": labelled, "span_recall_rules": share(rule_span, labelled),
                      "span_recall_tagger": share(tag_span, labelled),
                      "tagger_spans_per_headline": share(tag_spans, len(rows))}))


if __name__ == "__main__":
    main()
