"""Sequences families."""
