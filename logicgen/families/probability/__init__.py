"""Probability families."""
