"""Trains the statistical place tagger (`bench.place_tagger`) on weak labels: in each UCDP GED 2016-17 event's own
source headline (CC BY 4.0), the words that name the event's place (its `where_coor` name, matched by the
gazetteer's normalised key with a close spelling allowed) and any other name the built-in gazetteer places at a
settlement within 25 km of the event are labelled a place, every other word not; the team's annotated development
reports (data/eval/reports-dev) add their sentences with the annotated places' words labelled. Only the GED
development part is read (`incidents.extract.evaluate.ged_part`); of it, one event in eight (by another hash of its
id, `tagger_part`) is kept out of training as a validation slice, so settings are chosen without the held-out part.
Features read the built-in gazetteer only (the shipped GED places layer holds these events' answers).

Usage: python -m bench.train_place_tagger --ged ../shared/data/ucdp-ged-syria/ged_syria_2016_2017.csv
           [--out var/place_crf.crfsuite] [--reports DIR ...] [--names-only] [--c1 0.1] [--c2 0.01]
           [--max-iterations 150] [--min-freq 2]
The same data and settings give the same model file byte for byte (L-BFGS on a fixed order, one thread): about
300 KB, 10 s of CPU. `python -m bench.eval_place_tagger` compares it with the rules.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from gazetteer import Gazetteer
from gazetteer.builtin import builtin_entries
from gazetteer.core import distance_km
from gazetteer.normalize import normalize
from incidents.extract.evaluate import NEAR_KM, ged_rows, load_cases
from incidents.extract.files import report_text
from incidents.extract.lookup import Lookup
from incidents.extract.text import Token, sentences, stems, tokenize

from .place_tagger import MODEL, features

LABEL_SCORE = 85.0  # a headline n-gram this close (rapidfuzz ratio of normalised keys) to the event's place names it
MAX_NAME_WORDS = 4
NEAR_LEVELS = ("town", "neighbourhood", "subdistrict", "landmark", "locality")
REPORTS_DEV = Path(__file__).resolve().parents[1] / "data" / "eval" / "reports-dev"
VALIDATION_SHARE = 8  # one dev event in eight is kept out of training to choose settings on


@dataclass(frozen=True)
class Example:
    """One headline or report sentence (its id) with its tokens and their BIO labels (B, I, O)."""

    event_id: str
    tokens: list[Token]
    labels: list[str]


def tagger_part(event_id: str) -> str:
    """'validation' for one dev event in eight (a hash unrelated to ged_part's), else 'train'."""
    return "validation" if zlib.crc32(f"tagger:{event_id.strip()}".encode()) % VALIDATION_SHARE == 0 else "train"


def place_names(where_coor: str) -> list[str]:
    """The event's place as names: "Teir Maaleh village" -> ["Teir Maaleh"]; "Palmyra/Tadmur town" -> both;
    the designator words GED writes after the name (lower case) and brackets are left out."""
    text = re.sub(r"\([^)]*\)", " ", where_coor)
    words = text.split()
    while words and words[-1].islower():
        words.pop()
    return [n.strip() for n in " ".join(words).split("/") if n.strip()]


def _name_key(text: str) -> str:
    return normalize(re.sub(r"['’]s$", "", text))


_INNER_ARTICLES = frozenset("al el ad ar as ash at az an ed es".split())


def _name_word(tok: Token) -> bool:
    return tok.is_word and (tok.text[:1].isupper() or tok.key.split("-")[0] in _INNER_ARTICLES and "-" in tok.key)


def weak_span(tokens: list[Token], names: list[str]) -> tuple[int, int] | None:
    """The token span of the headline closest to one of the event's names (ratio >= LABEL_SCORE; the shorter span of
    equal score, then the first), or None. Every word of it is capitalised or has an article ("al-Bab"); a lower-case
    article ("Jisr al Shughur") may stand inside it."""
    keys = [k for k in (_name_key(n) for n in names) if k]
    if not keys:
        return None
    best: tuple[float, int, int, int] | None = None
    for i, tok in enumerate(tokens):
        if not _name_word(tok):
            continue
        for n in range(1, MAX_NAME_WORDS + 1):
            last = tokens[i + n - 1] if i + n <= len(tokens) else None
            if last is None or not (_name_word(last) or last.key in _INNER_ARTICLES and i + n < len(tokens)):
                break
            if not _name_word(last):
                continue
            got = _name_key(" ".join(t.text for t in tokens[i : i + n]))
            score = max(fuzz.ratio(got, k) for k in keys) if got else 0.0
            if score >= LABEL_SCORE and (best is None or (score, -n) > (best[0], -best[1])):
                best = (score, n, i, i + n)
    return (best[2], best[3]) if best else None


def near_spans(tokens: list[Token], lookup: Lookup, lat: float, lon: float) -> list[tuple[int, int]]:
    """Other runs of name words (1-3) the gazetteer places at a settlement within 25 km of the event (longest first,
    not overlapping): the headline's other names of the event's place ("Khan Shaykhun" of an event GED writes
    "Khan Sheikhoun town")."""
    out: list[tuple[int, int]] = []
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            if not all(_name_word(t) or t.key in _INNER_ARTICLES for t in tokens[i : i + n]) \
                    or not _name_word(tokens[i]) or not _name_word(tokens[i + n - 1]):
                continue
            if any(a < i + n and i < b for a, b in out):
                continue
            m = lookup.exact(" ".join(t.text for t in tokens[i : i + n]))
            if m is not None and m.level in NEAR_LEVELS and distance_km(m.lat, m.lon, lat, lon) <= NEAR_KM:
                out.append((i, i + n))
    return out


def bio(length: int, spans: list[tuple[int, int]]) -> list[str]:
    labels = ["O"] * length
    for start, end in spans:
        labels[start] = "B"
        labels[start + 1 : end] = ["I"] * (end - start - 1)
    return labels


def examples(ged: Path, part: str, lookup: Lookup | None = None) -> list[Example]:
    """Headlines of the GED dev events of one tagger part whose own place name is found in them (the others tell
    nothing about where a place name stands), in file order."""
    out = []
    for row in ged_rows(ged, "dev"):
        if tagger_part(row["id"]) != part:
            continue
        tokens = tokenize(row["source_hea"])
        span = weak_span(tokens, place_names(row["where_coor"]))
        spans = [span] if span is not None else []
        if lookup is not None:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            spans += [s for s in near_spans(tokens, lookup, lat, lon)
                      if not any(a < s[1] and s[0] < b for a, b in spans)]
        if spans:
            out.append(Example(row["id"], tokens, bio(len(tokens), spans)))
    return out


def place_occurrences(tokens: list[Token], places: list[str]) -> list[tuple[int, int]]:
    """Where the sentence writes one of the annotated places word for word (the first word may carry an Arabic
    clitic: "بكفرنبل", "وقوقفين"), longest first, not overlapping."""
    out: list[tuple[int, int]] = []
    for keys in sorted((tuple(t.key for t in tokenize(p) if t.is_word) for p in places), key=len, reverse=True):
        for i in range(len(tokens) - len(keys) + 1):
            if keys and keys[0] in stems(tokens[i].key) \
                    and all(tokens[i + k].key == keys[k] for k in range(1, len(keys))) \
                    and not any(a < i + len(keys) and i < b for a, b in out):
                out.append((i, i + len(keys)))
    return out


def report_examples(folder: Path) -> list[Example]:
    """The team's annotated reports as supervised sentences: every sentence that writes an annotated place, with
    those words labelled (the team's own text, Arabic and English)."""
    out = []
    for case in load_cases(folder):
        places = sorted({w["place"] for w in case.expected if w.get("place")})
        for sentence in sentences(report_text(case.path)):
            spans = place_occurrences(sentence.tokens, places)
            if spans:
                labels = bio(len(sentence.tokens), spans)
                out.append(Example(f"{case.path.name}#{sentence.index}", sentence.tokens, labels))
    return out


def builtin_lookup() -> Lookup:
    """The built-in gazetteer's lookup: the layers the evaluation reads, without the learned GED answers."""
    return Lookup(Gazetteer(builtin_entries()))


def train(data: list[Example], lookup: Lookup, out: Path, c1: float, c2: float, iterations: int, min_freq: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in data:
        trainer.append(features(ex.tokens, lookup), ex.labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": min_freq,
                        "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ged", type=Path, required=True, help="UCDP GED 2016-17 CSV with source headlines")
    parser.add_argument("--out", type=Path, default=MODEL, help="model file to write")
    parser.add_argument("--c1", type=float, default=0.1, help="L1 weight (sparser, smaller model)")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    parser.add_argument("--max-iterations", type=int, default=150)
    parser.add_argument("--min-freq", type=int, default=2, help="features seen fewer times are dropped")
    parser.add_argument("--reports", type=Path, nargs="*", default=[REPORTS_DEV],
                        help="folders of the team's annotated reports to add as supervised sentences (none: GED only)")
    parser.add_argument("--names-only", action="store_true",
                        help="label only the event's own name, not other names of places within 25 km")
    args = parser.parse_args()
    lookup = builtin_lookup()
    data = examples(args.ged, "train", None if args.names_only else lookup)
    data += [ex for folder in args.reports for ex in report_examples(folder)]
    train(data, lookup, args.out, args.c1, args.c2, args.max_iterations, args.min_freq)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    size = args.out.stat().st_size
    print(f"{len(data)} labelled headlines and report sentences -> {args.out} ({size:,} bytes, sha256 {digest})")


if __name__ == "__main__":
    main()
