"""Event-type colours shared by the map, the charts and the briefing exports (Okabe-Ito, colour-blind safe)."""
from __future__ import annotations

EVENT_COLOURS: dict[str, str] = {
    "Explosions/Remote violence": "#D55E00",  # vermillion
    "Battles": "#0072B2",  # blue
    "Violence against civilians": "#CC79A7",  # reddish purple
    "Protests": "#009E73",  # bluish green
    "Riots": "#E69F00",  # orange
    "Strategic developments": "#56B4E9",  # sky blue
    "Other": "#7F7F7F",  # grey
}

# The same types in Arabic, for the map legend when labels are Arabic (the records keep the English names).
EVENT_NAMES_AR: dict[str, str] = {
    "Explosions/Remote violence": "انفجارات / عنف عن بعد",
    "Battles": "معارك",
    "Violence against civilians": "عنف ضد المدنيين",
    "Protests": "احتجاجات",
    "Riots": "أعمال شغب",
    "Strategic developments": "تطورات استراتيجية",
    "Other": "أخرى",
}


def present_types(names) -> list[str]:
    """The palette's types that `names` (event types as the records give them) hold, in the palette's order; a type
    the palette has no colour for counts as 'Other', the grey it is drawn in. Every legend lists these."""
    present = {name if name in EVENT_COLOURS else "Other" for name in names}
    return [name for name in EVENT_COLOURS if name in present]

