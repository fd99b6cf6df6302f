"""Report files to incidents: .txt, .md and .html (text taken out of the markup), folders too."""
from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

from gazetteer import Gazetteer

from incidents.record import Incident

from .report import extract_report

SUFFIXES = (".txt", ".md", ".html", ".htm")
_SKIP = {"script", "style", "nav", "aside", "footer", "noscript", "template", "head"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote"}


class _Text(HTMLParser):
    """Visible text of an HTML page, one paragraph per block element, list items as "- " lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n- " if tag == "li" else "\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skip:
            self.skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The readable text of an HTML document (scripts, styles, navigation and asides dropped)."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def report_text(path: Path) -> str:
    """A report file's text; HTML loses its markup. Raises ValueError naming the file when it is not UTF-8."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return html_text(text) if path.suffix.lower() in (".html", ".htm") else text


def report_paths(paths) -> list[Path]:
    """The report files named, folders expanded (sorted) to the files with a known suffix."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"{p}: no such file or folder")
    return out


def extract_files(paths, published: dt.date, source: str | None = None,
                  gazetteer: Gazetteer | str | None = None) -> list[Incident]:
    """Incidents from report files and folders; each incident's source_url names its file when no source is given."""
    out: list[Incident] = []
    for path in report_paths(paths):
        out += extract_report(report_text(path), published, source=source or path.name,
                              source_url=None, gazetteer=gazetteer)
    return out
