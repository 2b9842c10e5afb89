"""Attention-to-detail families."""
