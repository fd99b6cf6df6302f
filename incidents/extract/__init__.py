"""Extraction of incidents from Arabic and English news reports (drafts for an analyst to review)."""
from incidents.extract.files import extract_files
from incidents.extract.report import extract_report as extract

__all__ = ["extract", "extract_files"]
