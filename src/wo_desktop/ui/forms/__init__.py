"""Compiled Qt Designer forms (see scripts/build_forms.py)."""
