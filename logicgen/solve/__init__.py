"""Independent solvers: each re-derives an item's answer from its ``data`` alone.

Nothing in this package imports :mod:`logicgen.families`; a test checks that.
Each solver has the signature ``solve(data, choices) -> list[str]`` described in
:data:`logicgen.registry.Solver`.
"""
