"""Cue-word lexicons for the extractor, as JSON data files."""
