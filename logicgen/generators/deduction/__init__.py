"""Deduction families."""
