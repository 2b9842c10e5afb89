"""Quant families."""
