"""Trains the statistical place tagger (`incidents.extract.tagger`) on weak labels: in each UCDP GED 2016-17 event's
own source headline (CC BY 4.0), the words that name the event's place (its `where_coor` name, matched by the
gazetteer's normalised key with a close spelling allowed) are labelled a place, every other word not. Only the GED
development part is read (`incidents.extract.evaluate.ged_part`); of it, one event in eight (by another hash of its
id, `tagger_part`) is kept out of training as a validation slice, so settings are chosen without the held-out part.
Features read the built-in gazetteer only (the shipped GED places layer holds these events' answers).

Usage: python -m bench.train_place_tagger --ged ../shared/data/ucdp-ged-syria/ged_syria_2016_2017.csv
           [--out data/tagger/place_crf.crfsuite] [--c1 0.1] [--c2 0.01] [--max-iterations 150] [--min-freq 2]
The same data and settings give the same model file byte for byte (L-BFGS on a fixed order, one thread).
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
from gazetteer.normalize import normalize
from incidents.extract.evaluate import ged_rows
from incidents.extract.lookup import Lookup
from incidents.extract.tagger import MODEL, features
from incidents.extract.text import Token, tokenize

LABEL_SCORE = 85.0  # a headline n-gram this close (rapidfuzz ratio of normalised keys) to the event's place names it
MAX_NAME_WORDS = 4
VALIDATION_SHARE = 8  # one dev event in eight is kept out of training to choose settings on


@dataclass(frozen=True)
class Example:
    """One headline: its tokens and their BIO labels (weak: from the event's own place name)."""

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


def bio(length: int, span: tuple[int, int] | None) -> list[str]:
    labels = ["O"] * length
    if span is not None:
        labels[span[0]] = "B"
        labels[span[0] + 1 : span[1]] = ["I"] * (span[1] - span[0] - 1)
    return labels


def examples(ged: Path, part: str) -> list[Example]:
    """Headlines of the GED dev events of one tagger part whose own place name is found in them (the others tell
    nothing about where a place name stands), in file order."""
    out = []
    for row in ged_rows(ged, "dev"):
        if tagger_part(row["id"]) != part:
            continue
        tokens = tokenize(row["source_hea"])
        span = weak_span(tokens, place_names(row["where_coor"]))
        if span is not None:
            out.append(Example(row["id"], tokens, bio(len(tokens), span)))
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
    args = parser.parse_args()
    lookup = builtin_lookup()
    data = examples(args.ged, "train")
    train(data, lookup, args.out, args.c1, args.c2, args.max_iterations, args.min_freq)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    print(f"{len(data)} weakly labelled headlines -> {args.out} ({args.out.stat().st_size:,} bytes, sha256 {digest})")


if __name__ == "__main__":
    main()
