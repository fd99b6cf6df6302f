"""A statistical place tagger (a linear-chain CRF, python-crfsuite), built to measure whether it beats the
extractor's rules (issue 11; it did not, so it is a benchmark, not part of the product: docs/extraction.md,
"Thirteenth shift: a statistical place tagger"). It marks which words of a sentence name a place. Trained on weak
labels (`bench.train_place_tagger`: the UCDP GED event's own place found in its own source headline), it reads the
words the rules read - shape, affixes, Arabic clitics, neighbouring words, gazetteer membership of the word and of
its bigram/trigram - but weighs them from data instead of hand rules. It proposes spans with a probability; the
gazetteer places them as the rules' positions do (`tagged_place`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from gazetteer import Match
from incidents.extract.lookup import Lookup
from incidents.extract.text import Token, arabic_word, stems

MODEL = Path(__file__).resolve().parents[1] / "var" / "place_crf.crfsuite"  # git-ignored; the training script writes it
LABELS = ("B", "I", "O")  # begins a place name, inside one, outside
MAX_NGRAM = 3
MIN_PROBABILITY = 0.3  # a span the model is less sure of is not proposed (chosen on the validation slice)
_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "at-", "an-", "ash-", "az-", "ed-", "es-", "et-")


@dataclass(frozen=True)
class TaggedSpan:
    """Tokens [start, end) the tagger reads as one place name, the name as written and the model's probability
    that exactly this span is a place (the product of its tokens' marginals)."""

    start: int
    end: int
    text: str
    probability: float


def _shape(text: str) -> str:
    """Word shape with runs collapsed: "Kafr" -> Xx, "al-Bab" -> x-Xx, "12" -> d, Arabic -> a."""
    out = []
    for ch in text:
        kind = "a" if arabic_word(ch) else "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:6]


def _gazetteer_levels(tokens: list[Token], lookup: Lookup) -> list[list[str]]:
    """Per token, the gazetteer features of the n-grams (1-3 words) it belongs to: "g1=town", "g2B=village"...
    (n words, whether the token begins the n-gram, the matched level); a feature, not a rule."""
    out: list[list[str]] = [[] for _ in tokens]
    for n in range(1, MAX_NGRAM + 1):
        for i in range(len(tokens) - n + 1):
            if not all(t.is_word for t in tokens[i : i + n]):
                continue
            found = lookup.exact(" ".join(t.text for t in tokens[i : i + n]))
            if found is None:
                continue
            for k in range(i, i + n):
                out[k].append(f"g{n}{'B' if k == i else 'I'}={found.level}")
    return out


def _word(tok: Token | None, at: str) -> list[str]:
    """The neighbour's key and shape, or a boundary mark."""
    if tok is None:
        return [f"{at}=<edge>"]
    key = stems(tok.key)[-1] if arabic_word(tok.key) else tok.key
    return [f"{at}={key}", f"{at}s={_shape(tok.text)}"]


def features(tokens: list[Token], lookup: Lookup) -> list[list[str]]:
    """The CRF's features of each token (strings; a fixed order, so training is reproducible)."""
    gaz = _gazetteer_levels(tokens, lookup)
    out = []
    for i, tok in enumerate(tokens):
        key = tok.key
        stem = stems(key)[-1] if arabic_word(key) else key
        feats = ["bias", f"w={key}", f"stem={stem}", f"shape={_shape(tok.text)}", f"suf3={stem[-3:]}",
                 f"pre3={stem[:3]}", f"len={min(len(stem), 8)}"]
        if arabic_word(key):
            feats.append(f"clitic={key[: len(key) - len(stem)]}")
        if key.startswith(_ARTICLES):
            feats.append("article")
        if i == 0:
            feats.append("first")
        feats += gaz[i] or ["g=none"]
        for d in (-2, -1, 1, 2):
            j = i + d
            feats += _word(tokens[j] if 0 <= j < len(tokens) else None, f"{d:+d}")
        if i > 0:
            feats.append(f"-1|0={tokens[i - 1].key}|{_shape(tok.text)}")
        if i + 1 < len(tokens):
            feats.append(f"0|+1={_shape(tok.text)}|{tokens[i + 1].key}")
        out.append(feats)
    return out


@dataclass(frozen=True)
class Reading:
    """The model's reading of one sentence: its best labels and each token's marginal probability of each label."""

    tokens: list[Token]
    labels: list[str]
    marginals: dict[str, list[float]]

    def probability(self, start: int, end: int) -> float:
        """How sure the model is that tokens [start, end) are one whole place name: begins at start, goes on to end,
        and the next token does not go on with it (a product of marginals)."""
        p = self.marginals["B"][start]
        for k in range(start + 1, end):
            p *= self.marginals["I"][k]
        if end < len(self.tokens):
            p *= 1.0 - self.marginals["I"][end]
        return p

    def spans(self) -> list[TaggedSpan]:
        """The best labels as spans ("I" without a "B" before it begins one), in text order."""
        out: list[TaggedSpan] = []
        start = None
        for i, label in enumerate([*self.labels, "O"]):
            if start is not None and label != "I":
                out.append(self.span(start, i))
                start = None
            if label in ("B", "I") and start is None:
                start = i
        return out

    def span(self, start: int, end: int) -> TaggedSpan:
        return TaggedSpan(start, end, " ".join(t.text for t in self.tokens[start:end]), self.probability(start, end))


class PlaceTagger:
    """A trained model and the gazetteer lookup its membership features read; `read` tags one sentence."""

    def __init__(self, lookup: Lookup, model: Path = MODEL):
        import pycrfsuite

        self.lookup = lookup
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model))

    def read(self, tokens: list[Token]) -> Reading:
        """The model's labels and marginals for one sentence's tokens."""
        labels = self._tagger.tag(features(tokens, self.lookup)) if tokens else []
        marginals = {label: [self._tagger.marginal(label, i) for i in range(len(tokens))] for label in ("B", "I")}
        return Reading(tokens, labels, marginals)

_POSSESSIVE = re.compile(r"['’]s$")


def _resolve(name: str, lookup: Lookup, admin1: str | None) -> Match | None:
    name = _POSSESSIVE.sub("", name)
    return lookup.exact(name, admin1) or lookup.place(name, admin1) or lookup.close(name, admin1)


def candidate_spans(reading: Reading) -> list[TaggedSpan]:
    """The model's own spans, then every other run of 1-3 words, most probable first."""
    own = reading.spans()
    seen = {(s.start, s.end) for s in own}
    tokens = reading.tokens
    others = [reading.span(i, i + n) for i in range(len(tokens)) for n in range(1, MAX_NGRAM + 1)
              if i + n <= len(tokens) and (i, i + n) not in seen and all(t.is_word for t in tokens[i : i + n])]
    return sorted(own + others, key=lambda s: -s.probability)


def tagged_place(reading: Reading, lookup: Lookup, admin1: str | None = None,
                 threshold: float = MIN_PROBABILITY) -> tuple[TaggedSpan, Match] | None:
    """The most probable span (at least `threshold`) the gazetteer places, with its match; None if none is."""
    for span in candidate_spans(reading):
        if span.probability < threshold:
            break
        match = _resolve(span.text, lookup, admin1)
        if match is not None:
            return span, match
    return None
