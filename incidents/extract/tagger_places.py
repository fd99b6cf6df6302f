"""Where the statistical tagger puts a sentence's place: the spans it reads as a place name and every 1-3 word span
the gazetteer places (a name, a same-name village, a close spelling in the same script) are ranked by the model's
probability that exactly that span is a place name; the most probable placed one wins if the model is sure enough."""
from __future__ import annotations

import re

from gazetteer import Match

from .lookup import Lookup
from .tagger import MAX_NGRAM, Reading, TaggedSpan

MIN_PROBABILITY = 0.5  # a span the model is less sure of than this is not proposed
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
