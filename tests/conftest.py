"""Shared test settings.

Hypothesis runs a modest number of examples by default; the ``slow`` marker
(``pytest -m slow``) selects the exhaustive runs over thousands of seeds.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
settings.register_profile(
    "thorough",
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("LOGICGEN_HYPOTHESIS_PROFILE", "default"))
