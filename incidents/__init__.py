"""Incident records, their store, import/export and extraction from news reports."""
