"""Extraction of incidents from Arabic and English news reports."""
