"""Timed practice in the terminal, grading of paper answers, and the practice history.

* :mod:`logicgen.practice.session`: :class:`~logicgen.practice.session.Session`, the
  state of one timed session (driven by any clock), the terminal loop and the report.
* :mod:`logicgen.practice.grade`: reading an answers file and grading it against a set.
* :mod:`logicgen.practice.store`: the SQLite history (one row per session and per answer).

Nothing here is imported by ``import logicgen`` or ``logicgen --help``.
"""

from __future__ import annotations
