"""Real spelling variants of GED places, mined from the events' own source headlines.

For each GED event placed at a named spot (where_prec 1-2), the headline's words are aligned with the event's `where_coor` name: the run of
capitalised headline words whose match key is closest to the name's key (rapidfuzz ratio >= VARIANT_RATIO), when
that key differs from the name's ("Hirbnafsah" in a headline, "Harbinafsah town" in where_coor). Each variant keeps
the event's point and governorate. A stable hash of the GED place name splits the places into a dev half (may be
studied) and a blind half (no rule is written from it: report its first run).
"""
from __future__ import annotations

import hashlib
import html
import re

import pandas as pd
from rapidfuzz import fuzz

from gazetteer.builtin import admin_units, towns
from gazetteer.core import distance_km
from gazetteer.entry import entry_keys
from gazetteer.normalize import block, parse

VARIANT_RATIO = 75.0  # a headline spelling at least this close to the GED name's key is that name
MIN_KEY = 4  # shorter keys align by chance
OTHER_KM = 10.0  # a span naming a built-in town or unit farther than this from the event is that other place
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_LOWER_OK = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ad-", "al-", "el-", "bin", "bani", "abu"}


def blind(place: str) -> bool:
    """Half of the GED places, fixed by a hash of the place's key: the blind half."""
    return int(hashlib.sha1(parse(place).key.encode()).hexdigest(), 16) % 2 == 1


def _name(where_coor: str) -> str:
    """The GED place's first spelling ("Tadmur/Palmyra town" -> "Tadmur town")."""
    return where_coor.split("/")[0].strip()


def _name_word(word: str) -> bool:
    """A capitalised word that is not an acronym ("IED") or an article."""
    return word[0].isupper() and not (len(word) > 1 and word.isupper()) and word.lower().rstrip("-") not in _LOWER_OK


def _spans(headline: str, width: int) -> list[str]:
    """Runs of 1..width+1 headline words, each starting with a capital letter (articles may be lower case)."""
    words = [re.sub(r"['’]s$", "", w) for w in _WORD.findall(html.unescape(headline))]
    out = []
    for start, first in enumerate(words):
        if not first[0].isupper():
            continue
        for n in range(1, width + 2):
            run = words[start:start + n]
            if len(run) < n or not all(_name_word(w) or w.lower().rstrip("-") in _LOWER_OK for w in run):
                break
            if _name_word(run[-1]):  # "Raqqa al" is not a spelling
                out.append(" ".join(run))
    return out


def _known() -> dict[str, list]:
    """Built-in towns and admin units by match key: a headline span under one of them names that place."""
    out: dict[str, list] = {}
    for entry in (*admin_units(), *towns()):
        for key in entry_keys(entry):
            out.setdefault(key, []).append(entry)
    return out


def variant(where_coor: str, headline: str, lat: float, lon: float, known: dict[str, list]) -> str | None:
    """The headline's spelling of the GED place at (lat, lon) when it differs from where_coor's (by match key),
    else None. Spans must share the name's first consonant and must not name another built-in place."""
    name = _name(where_coor)
    parsed = parse(name)
    target = parsed.key
    if len(target) < MIN_KEY or parsed.region or parsed.level not in (None, "town"):
        return None
    best, best_ratio = None, VARIANT_RATIO
    for span in _spans(headline, len(name.split())):
        key = parse(span).key
        if len(key) < MIN_KEY or parse(span).region or block(key) != block(target):
            continue
        if any(e.level == "country" or distance_km(e.lat, e.lon, lat, lon) > OTHER_KM for e in known.get(key, ())):
            continue
        ratio = fuzz.ratio(key, target)
        if ratio == 100.0:
            return None  # the headline spells it as GED does
        if ratio >= best_ratio:
            best, best_ratio = span, ratio
    return best


def headline_variants(ged: pd.DataFrame) -> pd.DataFrame:
    """(variant, GED name, governorate, lat, lon, blind) for each distinct variant of a place GED puts within 25 km
    (where_prec 1-2; the point is the named place's)."""
    rows, known = [], _known()
    for event in ged[ged.where_prec <= 2].itertuples():
        for headline in str(event.source_hea).split(";"):
            found = variant(event.where_coor, headline, event.latitude, event.longitude, known)
            if found:
                rows.append({"variant": found, "place": _name(event.where_coor), "admin1": event.adm_1,
                             "lat": event.latitude, "lon": event.longitude})
    out = pd.DataFrame(rows, columns=["variant", "place", "admin1", "lat", "lon"])
    out = out.drop_duplicates(["variant", "place"]).reset_index(drop=True)
    out["blind"] = out.place.map(blind)
    return out
