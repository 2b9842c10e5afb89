"""Timed practice in the terminal, grading of paper answers, and the practice history.

* :mod:`logicgen.practice.session`: :class:`~logicgen.practice.session.Session`, the
  state of one timed session (driven by any clock), the terminal loop and the report.
* :mod:`logicgen.practice.grade`: reading an answers file and grading it against a set.
* :mod:`logicgen.practice.store`: the SQLite history (one row per session and per answer).
* :mod:`logicgen.practice.adaptive`: the rule behind ``practice --adaptive``: a rating
  per family from the history, and the share of each family and level in the next set.
* :mod:`logicgen.practice.mix`: sets from count lists (``FAMILY:LEVEL=COUNT,...``), the
  adaptive set built from them, and leaving out figure items.
* :mod:`logicgen.practice.results`: the results files a quiz page exports, checked,
  for ``logicgen history import``.
* :mod:`logicgen.practice.progress`: the trend per area and the HTML progress report.
* :mod:`logicgen.practice.method`: the method line shown with an explanation.

Nothing here is imported by ``import logicgen`` or ``logicgen --help``.
"""

from __future__ import annotations
