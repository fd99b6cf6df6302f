"""Readers that turn one kind of source file into gazetteer entries, collecting bad lines as problems."""
