"""The one-page PDF brief: map, key figures, timeline of killed and wounded, and the largest incidents."""
from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.ticker import FuncFormatter

from dashboard import framing, located
from dashboard.export import furniture
from dashboard.export.frame import casualty_figure, prepare
from dashboard.export.layers import Basemap
from dashboard.export.mapfig import (
    RASTERIZE_ABOVE,
    Extent,
    credits,
    date_range,
    draw_map,
    export_time,
    fit_extent,
    subtitle,
)
from dashboard.export.output import figure_bytes
from dashboard.export.pageframe import MARGIN, export_style, footer, new_page
from dashboard.export.paper import page
from dashboard.export.symbols import drafts_note, legend_types, placing_note
from dashboard.export.words import MONTHS_AR, event_name, sub_event_name, unit_name, word
from dashboard.timewindow import day_spans, period_starts, within_one
from incidents.filters import Filters
from incidents.unreviewed import is_draft

TABLE_ROWS = 10
AREA_WORDS = {located.DISTRICT: "area_district", located.GOVERNORATE: "area_governorate",
              located.COUNTRY: "area_country"}  # the table's '(governorate)' after a place known only to one
FIGURE_GAP = 4 / 25.4  # inches between a key figure and the next (journey16: "unknown" ended 2 mm from the next)
KILLED = "#7a1f1f"
WOUNDED = "#e3a3a3"


def covered(data: pd.DataFrame, extent: Extent, lang: str = "en") -> tuple[np.ndarray, str]:
    """Which rows the brief's figures, timeline and table cover, and the line saying so (in `lang`): every selected
    incident when the map holds all those it draws; else (the map framed to the map page's view) those drawn inside
    it, so the figures never count what the map does not show."""
    west, south, east, north = extent
    drawn = located.drawn(data)
    inside = drawn & data["longitude"].between(west, east).to_numpy() & data["latitude"].between(south, north).to_numpy()
    if inside.sum() == drawn.sum():
        undrawn = located.Undrawn.of_frame(data)
        return np.ones(len(data), dtype=bool), (word(lang, "f_all", n=len(data))
                                                + (f" ({undrawn.text(lang)})." if undrawn else "."))
    return inside, word(lang, "f_inside", inside=int(inside.sum()), n=len(data))


def key_figures(df: pd.DataFrame, raw: pd.DataFrame, top: int = 3, lang: str = "en") -> list[tuple[str, str, str]]:
    """(label, value, note) in `lang`: incidents, killed and wounded (as `raw`, the rows before `prepare`, gives
    them: unknown, or given for only some), and the governorates with the most killed (incidents located to no
    governorate, e.g. GED's 'Syria' rows, count in the totals, not as a place; in Arabic by OCHA's Arabic name)."""
    killed = df.groupby(df["admin1"].dropna())["killed"].sum()
    by_admin1 = killed.sort_values(ascending=False, kind="stable")
    leaders = "\n".join(f"{unit_name(lang, name, 'governorate')}: {killed:,}"
                        for name, killed in by_admin1.head(top).items()) or word(lang, "f_none")

    def figure(column: str) -> tuple[str, str]:
        total, note = casualty_figure(raw[column] if column in raw else df[column], lang)
        return (word(lang, "unknown") if total == "unknown" else total), note

    return [
        (word(lang, "f_incidents"), f"{len(df):,}", ""),
        (word(lang, "f_killed"), *figure("killed")),
        (word(lang, "f_wounded"), *figure("wounded")),
        (word(lang, "f_most"), leaders, ""),
    ]


def timeline(df: pd.DataFrame, first: dt.date | None = None, last: dt.date | None = None
             ) -> tuple[pd.DataFrame, str, tuple[int, int]]:
    """Killed and wounded per day, week or month (whichever gives a readable number of bars) over the selection's
    dates, `first` to `last` (default: the data's own; a period without incidents is an empty bar, not cut out),
    and how many incidents (and killed) the bars leave out: those dated only to a longer span than a bar (a month,
    a year)."""
    dated = df.dropna(subset=["event_date"])
    if dated.empty:
        return pd.DataFrame(columns=["killed", "wounded"]), "day", (0, 0)
    start = pd.Timestamp(first) if first else dated["event_date"].min()
    end = pd.Timestamp(last) if last else dated["event_date"].max()
    span = (end - start).days
    rule, unit = ("D", "day") if span <= 90 else ("W-MON", "week") if span <= 730 else ("MS", "month")
    one = within_one(dated, unit)
    placed = dated[one].set_index("event_date").sort_index()
    bars = pd.DatetimeIndex(period_starts(np.array([start, end], dtype="datetime64[D]"), unit))
    every = pd.date_range(bars[0], bars[1], freq=rule if unit != "week" else "7D")
    series = (placed[["killed", "wounded"]].resample(rule, label="left", closed="left").sum()
              .reindex(every, fill_value=0))
    return series, unit, (int((~one).sum()), int(dated.loc[~one, "killed"].sum()))


def quiet_stretch(df: pd.DataFrame, bars: pd.DatetimeIndex, unit: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The first and last bar of the longest run of bars no incident of `df` may fall in (its possible days, a rough
    date's whole span, miss them all), when it is at least three bars and a third of them: said under the chart, so
    a briefer reads a flat stretch as a time without incidents, not as a drawing fault."""
    if len(bars) < 3:
        return None
    missing = pd.Series(pd.NA, index=df.index, dtype=object)
    first, last = day_spans(df["event_date"], df.get("date_precision", missing), df.get("event_date_end", missing))
    dated = ~np.isnat(first)
    starts = bars.to_numpy("datetime64[D]")
    lo = np.searchsorted(starts, period_starts(first[dated], unit), side="left")
    hi = np.searchsorted(starts, period_starts(last[dated], unit), side="right")
    touched = np.zeros(len(bars) + 1, dtype=np.int64)
    np.add.at(touched, np.clip(lo, 0, len(bars)), 1)
    np.add.at(touched, np.clip(hi, 0, len(bars)), -1)
    empty = np.cumsum(touched)[:-1] == 0
    best, run_start, best_start = 0, 0, 0
    for i, is_empty in enumerate(np.append(empty, False)):
        if not is_empty:
            if i - run_start > best:
                best, best_start = i - run_start, run_start
            run_start = i + 1
    if best < 3 or best * 3 < len(bars):
        return None
    return bars[best_start], bars[best_start + best - 1]


def largest(df: pd.DataFrame, lang: str, rows: int = TABLE_ROWS, raw: pd.DataFrame | None = None) -> list[list[str]]:
    """The incidents with the most killed + wounded: date, place, type, killed, wounded ('unknown' where `raw`, the
    rows before `prepare`, gives no figure: GED records no wounded), source."""
    if raw is not None:  # prepare() keeps the rows' order: a figure raw lacks was filled with 0
        df = df.assign(**{f"{c}_given": pd.to_numeric(raw[c], errors="coerce").notna().to_numpy()
                          for c in ("killed", "wounded") if c in raw})
    top = df.sort_values(["casualties", "event_date"], ascending=[False, True], kind="stable").head(rows)
    top = top.assign(located=located.levels(top))  # 'Aleppo (governorate)' is not the town
    places = ["location_ar", "location_en"] if lang == "ar" else ["location_en", "location_ar"]
    places += ["place_text", "admin2", "admin1"]
    return [
        [
            _date_text(row["event_date"], row["date_precision"], lang),
            _clip(_first_text(row, places), 30 - len(_area(row["located"], lang))) + _area(row["located"], lang),
            _clip(_type_text(row, lang), 30),
            _count(row, "killed", lang),
            _count(row, "wounded", lang),
            _clip(_sources(_first_text(row, ["source", "dataset"])), 24),
        ]
        for _, row in top.iterrows()
    ]


def _area(level: int, lang: str) -> str:
    """' (governorate)' after the place of an incident known only to a governorate (or district, or country)."""
    name = AREA_WORDS.get(level)
    return f" ({word(lang, name)})" if name else ""


def _count(row: pd.Series, column: str, lang: str) -> str:
    return f"{row[column]:,}" if row.get(f"{column}_given", True) else word(lang, "unknown")


def _date_text(day: pd.Timestamp, precision: object, lang: str = "en") -> str:
    """The date as precisely as it is known: '14 Feb 2017', 'wk 13 Feb 2017', 'Feb 2017', '2017' (in Arabic with
    the month's Arabic name: '14 فبراير 2017')."""
    if pd.isna(day):
        return ""
    grade = precision if isinstance(precision, str) else ""
    if lang == "ar":
        month = MONTHS_AR[day.month - 1]
        return {"year": f"{day.year}", "month": f"{month} {day.year}",
                "week": f"{word(lang, 'week_of')} {day.day} {month} {day.year}"}.get(grade, f"{day.day} {month} {day.year}")
    form = {"year": "%Y", "month": "%b %Y", "week": "wk %d %b %Y"}.get(grade)
    return day.strftime(form or "%d %b %Y")


def _type_text(row: pd.Series, lang: str) -> str:
    """The incident's sub-event type, or its event type when it gives none, in `lang`."""
    sub = _first_text(row, ["sub_event_type"])
    return sub_event_name(lang, sub) if sub else event_name(lang, _first_text(row, ["event_type"]))


def _first_text(row: pd.Series, columns: list[str]) -> str:
    return next((row[c] for c in columns if isinstance(row[c], str) and row[c].strip()), "")


def _sources(text: str) -> str:
    """'SOHR;SOHR;UN News Centre' (GED's way) as 'SOHR; UN News Centre'."""
    return "; ".join(dict.fromkeys(part.strip() for part in text.split(";") if part.strip()))


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _figures(ax: Axes, figures: list[tuple[str, str, str]], scope: str, lang: str = "en") -> None:
    """The key figures in a row under the line saying what they cover; in Arabic the row runs from the right (the
    first figure rightmost, each right-aligned), as the page's text does (journey15: it ran left to right)."""
    ax.set_axis_off()
    rtl = lang == "ar"
    ha = "right" if rtl else "left"
    at = (lambda x: 1 - x) if rtl else (lambda x: x)  # noqa: E731
    ax.text(at(0), -0.05, scope, fontsize=7, color=furniture.MUTED, va="top", ha=ha, transform=ax.transAxes,
            parse_math=False, gid="scope")
    widths = [0.16, 0.16, 0.16, 0.52]
    renderer = FigureCanvasAgg(ax.figure).get_renderer()  # measured with Agg whatever the output format
    axes_width = ax.get_window_extent(renderer).width
    left = 0.0
    for (label, value, note), width in zip(figures, widths):
        ax.text(at(left), 0.95, label.upper(), fontsize=7.5, color=furniture.MUTED, va="top", ha=ha,
                transform=ax.transAxes, gid="figure-label")
        # a word for a figure ('unknown', 'غير معروف') smaller than a number: in Arabic it ran into the next column
        size = 8.5 if width >= 0.5 else 16 if value[:1].isdigit() else 11
        drawn = ax.text(at(left), 0.78, value, fontsize=size, fontweight="bold", color=furniture.INK, va="top",
                        ha=ha, transform=ax.transAxes, parse_math=False, linespacing=1.25, multialignment=ha)
        room = width * axes_width - FIGURE_GAP * ax.figure.dpi
        if (wide := drawn.get_window_extent(renderer).width) > room:  # a long count ("1,234,567") keeps the gap too
            drawn.set_fontsize(size * room / wide)
        if note:
            ax.text(at(left), 0.3, note, fontsize=6.5, color=furniture.MUTED, va="top", ha=ha, transform=ax.transAxes)
        left += width


def _timeline(ax: Axes, series: pd.DataFrame, unit: str, left_out: tuple[int, int],
              quiet: tuple[pd.Timestamp, pd.Timestamp] | None, lang: str = "en") -> None:
    width = {"day": 0.8, "week": 5.5, "month": 24}[unit]
    ax.bar(series.index, series["killed"], width=width, color=KILLED, label=word(lang, "col_killed"), align="edge")
    ax.bar(series.index, series["wounded"], width=width, bottom=series["killed"], color=WOUNDED,
           label=word(lang, "col_wounded"), align="edge")
    precision = {"day": "", "week": "week", "month": "month"}[unit]
    gap = word(lang, "tl_gap", first=_date_text(quiet[0], precision, lang),
               last=_date_text(quiet[1], precision, lang)) if quiet else ""
    ax.set_title(word(lang, "tl_title", unit=word(lang, f"size_{unit}"), gap=gap), fontsize=9.5, fontweight="bold",
                 loc="right" if lang == "ar" else "left", parse_math=False)
    count, killed = left_out
    if count:  # a month's or a year's dead drawn in its first week would make a spike that never happened
        note = word(lang, "tl_left_out", n=count, killed=killed, unit=word(lang, f"size_{unit}"))
        ax.text(1 if lang == "ar" else 0, -0.2, note, fontsize=7, color=furniture.MUTED, transform=ax.transAxes,
                va="top", ha="right" if lang == "ar" else "left", parse_math=False)
    ax.legend(frameon=False, fontsize=7.5, loc="lower left" if lang == "ar" else "lower right",
              bbox_to_anchor=(0, 1) if lang == "ar" else (1, 1), ncols=2, borderaxespad=0.1)
    ax.tick_params(labelsize=7.5)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set(major_locator=locator, major_formatter=mdates.ConciseDateFormatter(locator) if lang != "ar"
                 else FuncFormatter(lambda x, _: _tick_ar(mdates.num2date(x))))
    ax.spines[["top", "right"]].set_visible(False)
    if len(series):  # the selection's own dates: the axis ends where its last bar does, not in the next year
        ax.set_xlim(series.index[0], series.index[-1] + pd.Timedelta(days=width + 0.5))


def _tick_ar(day: dt.datetime) -> str:
    """A timeline tick in Arabic: '5 مارس' within a month, 'مارس' at a month's start, the year under January."""
    month = MONTHS_AR[day.month - 1]
    if day.day != 1:
        return f"{day.day} {month}"
    return f"{month}\n{day.year}" if day.month == 1 else month


def _table(ax: Axes, rows: list[list[str]], lang: str = "en") -> None:
    """The largest incidents; in Arabic the columns run from the right (date rightmost, source leftmost) and the
    texts are right-aligned (journey15: an Arabic table laid out left to right)."""
    ax.set_axis_off()
    rtl = lang == "ar"
    ax.set_title(word(lang, "tb_title", n=TABLE_ROWS), fontsize=9.5, fontweight="bold", loc="right" if rtl else "left")
    if not rows:
        ax.text(1 if rtl else 0, 0.9, word(lang, "tb_none"), fontsize=8.5, transform=ax.transAxes,
                ha="right" if rtl else "left")
        return
    header = [word(lang, key) for key in ("tb_date", "tb_place", "tb_type", "f_killed", "f_wounded", "tb_source")]
    widths = [0.17, 0.22, 0.20, 0.08, 0.09, 0.24] if rtl else [0.12, 0.25, 0.22, 0.08, 0.09, 0.24]  # Arabic dates
    numbers = {3, 4}  # killed, wounded: right-aligned in both languages
    if rtl:
        rows, header, widths = [row[::-1] for row in rows], header[::-1], widths[::-1]
        numbers = {len(header) - 1 - column for column in numbers}
    height = (len(rows) + 1) / (TABLE_ROWS + 1)
    align = "right" if rtl else "left"
    table = ax.table(cellText=rows, colLabels=header, bbox=(0, 1 - height, 1, height), cellLoc=align, colLoc=align,
                     colWidths=widths, edges="horizontal")
    table.auto_set_font_size(False)
    table.set_fontsize(7.5)
    for (row, column), cell in table.get_celld().items():
        cell.get_text().set_parse_math(False)  # report text may hold '$'
        cell.set(edgecolor="#d0d0d0")
        if column in numbers:
            cell.get_text().set_horizontalalignment("right")
            cell.PAD = 0.05
        if row == 0:
            cell.get_text().set_fontweight("bold")


def render_brief(
    df: pd.DataFrame,
    filters: Filters | None = None,
    paper: str = "a4",
    bbox: Extent | None = None,
    title: str | None = None,
    banner: str | None = None,
    lang: str = "en",
    exported_at: dt.datetime | None = None,
    basemap: Basemap | None = None,
    fmt: str = "pdf",
    dpi: int = 200,
) -> bytes:
    """A one-page portrait PDF for the morning brief: the map, key figures, the timeline and the largest incidents.

    `fmt="png"` (at `dpi`) gives the same page as an image, e.g. for a README or a chat message."""
    filters = filters or Filters()
    source = basemap or Basemap.from_env()
    data = prepare(df)
    with export_style():
        frame = new_page(page(paper, "portrait", dpi), title or word(lang, "title"), subtitle(data, filters, lang),
                         banner, lang)
        usable = frame.width - 2 * MARGIN
        table_h, timeline_h, figures_h, legend_w = 2.3, 1.4, 0.75, 2.35
        map_h = frame.top - frame.bottom - table_h - timeline_h - figures_h - 1.55
        map_w = usable - legend_w
        top = frame.top
        figures_ax = frame.fig.add_axes(frame.box(MARGIN, top - figures_h, usable, figures_h), gid="figures")
        top -= figures_h + 0.3  # the line saying which incidents the figures cover, above the map
        ax = frame.fig.add_axes(frame.box(MARGIN, top - map_h, map_w, map_h))
        extent = fit_extent(bbox or filters.bbox or framing.extent(data), map_w, map_h)
        rows, scope = covered(data, extent, lang)
        drafts = int(is_draft(data.loc[rows, "review_status"]).sum())
        if drafts:  # a briefer must know what is unchecked
            scope = f"{scope.removesuffix('.')}{'؛' if lang == 'ar' else ';'} {word(lang, 'f_drafts', n=drafts)}."
        counted, raw = data[rows], df[rows]
        _figures(figures_ax, key_figures(counted, raw, lang=lang), scope, lang)
        rasterize = fmt != "png" and len(data) > RASTERIZE_ABOVE
        drawn, tiles_drawn = draw_map(ax, data, extent, source, lang, rasterize)
        legend_box = frame.box(MARGIN + map_w + 0.2, top - map_h, legend_w - 0.2, map_h)
        legend_ax = frame.fig.add_axes(legend_box, gid="legend")
        furniture.legend(legend_ax, legend_types(data), drawn, not_drawn=placing_note(data, lang),
                         drafts=drafts_note(data, lang), lang=lang)
        top -= map_h + 0.55
        timeline_ax = frame.fig.add_axes(frame.box(MARGIN + 0.35, top - timeline_h, usable - 0.35, timeline_h))
        series, unit, left_out = timeline(counted, *date_range(data, filters))
        _timeline(timeline_ax, series, unit, left_out, quiet_stretch(counted, series.index, unit), lang)
        top -= timeline_h + 0.7
        _table(frame.fig.add_axes(frame.box(MARGIN, top - table_h, usable, table_h), gid="largest"),
               largest(counted, lang, raw=raw), lang)
        footer(frame, credits(data, source, tiles_drawn, lang), export_time(exported_at, lang), lang)
        return figure_bytes(frame.fig, fmt)
