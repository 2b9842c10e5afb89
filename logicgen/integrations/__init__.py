"""Adapters for reinforcement-learning tooling (``pip install "logicgen[rl]"``).

* :mod:`logicgen.integrations.extract`: the question text a model reads, the
  answer read back out of what it writes, and the 0/1 reward from logicgen's
  own grading. Needs nothing beyond logicgen.
* :mod:`logicgen.integrations.reasoning_gym`: ``register()`` makes every family a
  reasoning-gym dataset, ``"logicgen/FAMILY"``.
* :mod:`logicgen.integrations.verifiers`: ``load_environment(...)``, a
  ``verifiers`` single-turn environment over a logicgen mixture.
"""
