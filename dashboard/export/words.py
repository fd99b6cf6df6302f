"""The exports' and the map page's own words in the language of their place labels: a briefer who chose Arabic gets
an Arabic title, legend, notes, credits, export time, scale bar and north arrow (journey12: the legend stayed English
under Arabic names), and the map page its title, totals and map controls (journey13: they stayed English). Datasets'
and boundaries' names stay as they are cited; the subtitle (the filters in words) and the sidebar are English."""
from __future__ import annotations

import datetime as dt
import re

from dashboard.palette import EVENT_NAMES_AR

FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and pop directional isolate
HEADINGS = re.compile(r"(?:^|(?<=[.,;])\s+)(Incidents|Boundaries|Tiles):\s*")
MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر")
WORDS = {
    "en": {
        "title": "Incidents in Syria", "event_type": "Event type", "casualties": "Killed + wounded",
        "area_only": "◆ known only to a district or\ngovernorate: drawn at its centre",
        "cells": "{incidents:,} incidents merged into {symbols:,}\ncircles, one per {km:.1f} km cell, coloured\nby its "
                 "type with most casualties",
        "hollow": ", drawn hollow", "hollow_cells": ", drawn hollow (a merged circle holding any too)",
        "drafts": "Includes {n:,} unreviewed draft{s} (not yet checked by an analyst)",
        "not_drawn": "Not drawn: {what}", "country": "{n:,} incident{s}, {killed:,} killed located only to Syria",
        "nowhere": "{n:,} incident{s}, {killed:,} killed with no place",
        "incidents": "Incidents:", "boundaries": "Boundaries:", "tiles": "Tiles:", "store": "incident store",
        "km": "km", "north": "N",
        "rough": "date known only to the week or month:\nshown in every window it may belong to",
        # the map page's own words (the same switch: see dashboard.sidebar)
        "page_title": "Syria incident map", "shown": "{shown:,} of {total:,} incidents shown",
        "killed": "{total} killed", "wounded": "{total} wounded", "killed_unknown": "killed unknown",
        "wounded_unknown": "wounded unknown", "play": "Play through time", "to_view": "Filter to current view",
        "clear_area": "Clear area", "area": "Area: W {west:.3f} S {south:.3f} E {east:.3f} N {north:.3f}",
        "draw_hint": "Draw a rectangle (■ on the map) or use “Filter to current view” to limit everything to an area.",
    },
    "ar": {
        "title": "حوادث في سوريا", "event_type": "نوع الحدث", "casualties": "قتلى + جرحى",
        "area_only": "◆ معروفة على مستوى المنطقة أو\nالمحافظة فقط: مرسومة في مركزها",
        "cells": "{incidents:,} حادثة مدمجة في {symbols:,} دائرة،\nواحدة لكل خلية {km:.1f} كم، ملوّنة\nبنوعها الأكثر ضحايا",
        "hollow": "، مرسومة دوائر مفرغة",
        "hollow_cells": "، مرسومة دوائر مفرغة (وكذلك الدائرة المدمجة التي تضم أياً منها)",
        "drafts": "تشمل {n:,} مسودة غير مراجعة (لم يتحقق منها محلل بعد)",
        "not_drawn": "غير مرسومة: {what}", "country": "{n:,} حادثة، {killed:,} قتيلاً محددة على مستوى سوريا فقط",
        "nowhere": "{n:,} حادثة، {killed:,} قتيلاً بلا مكان",
        "incidents": "الحوادث:", "boundaries": "الحدود:", "tiles": "البلاطات:", "store": "مخزن الحوادث",
        "km": "كم", "north": "ش",
        "rough": "تاريخ معروف على مستوى الأسبوع أو الشهر فقط:\nمعروضة في كل نافذة قد تنتمي إليها",
        "page_title": "خريطة الحوادث في سوريا", "shown": "{shown:,} من {total:,} حادثة معروضة",
        "killed": "{total} قتيلاً", "wounded": "{total} جريحاً", "killed_unknown": "عدد القتلى غير معروف",
        "wounded_unknown": "عدد الجرحى غير معروف", "play": "تشغيل عبر الزمن", "to_view": "التصفية على العرض الحالي",
        "clear_area": "إلغاء المنطقة", "area": "المنطقة: غرب {west:.3f} جنوب {south:.3f} شرق {east:.3f} شمال {north:.3f}",
        "draw_hint": "ارسم مستطيلاً (■ على الخريطة) أو استخدم «التصفية على العرض الحالي» لحصر كل شيء في منطقة.",
    },
}


def word(lang: str, key: str, **values) -> str:
    """The export's word `key` in `lang` (English for any other language), formatted with `values`."""
    text = WORDS.get(lang, WORDS["en"])[key]
    return text.format(s="" if values.get("n", 2) == 1 else "s", **values) if values else text


def rtl(lang: str, text: str) -> str:
    """In Arabic, the text after a right-to-left mark: a line the page lays out left to right then reads right to
    left (its leading count stays at its start, its full stop at its end); other languages unchanged."""
    return f"\u200f{text}" if lang == "ar" else text


def event_name(lang: str, event_type: str) -> str:
    return EVENT_NAMES_AR.get(event_type, event_type) if lang == "ar" else event_type


def credits_in(lang: str, text: str) -> str:
    """Credits written in English ('Incidents: …. Boundaries: …, Tiles: …') with their headings in `lang`. In
    Arabic each heading starts a line of its own, without the full stops: mixed into one right-to-left line, the
    Latin citations' full stops landed beside the wrong words (journey13)."""
    if lang != "ar":
        return text
    parts = HEADINGS.split(text)[1:]  # [heading, body, heading, body, …]
    return "\n".join(f"{word(lang, key.lower())} {body.strip().rstrip('.,;').strip()}"
                     for key, body in zip(parts[::2], parts[1::2]))


def isolated(line: str) -> str:
    """A right-to-left credits line with what follows its heading (or the whole line, a wrapped line's rest) in a
    first-strong isolate (FSI … PDI): a Latin citation keeps its own order and punctuation inside Arabic text."""
    heading, colon, rest = line.partition(": ")
    if colon and heading in {WORDS["ar"][key].rstrip(":") for key in ("incidents", "boundaries", "tiles")}:
        return f"{heading}: {FSI}{rest}{PDI}"
    return f"{FSI}{line}{PDI}"


def exported(lang: str, when: dt.datetime) -> str:
    """'Exported 2 Jan 2026 03:04 UTC', or in Arabic 'صدرت 2 يناير 2026 03:04 UTC'."""
    if lang == "ar":
        return f"صدرت {when.day} {MONTHS_AR[when.month - 1]} {when.year} {when:%H:%M} UTC"
    return f"Exported {when.day} {when:%b %Y %H:%M} UTC"
