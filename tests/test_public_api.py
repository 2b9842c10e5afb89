"""The public face: ``__all__`` is complete and every name in it resolves."""

from __future__ import annotations

import logicgen


def test_all_names_resolve() -> None:
    for name in logicgen.__all__:
        assert getattr(logicgen, name) is not None, name


def test_public_callables_have_docstrings() -> None:
    for name in logicgen.__all__:
        value = getattr(logicgen, name)
        if callable(value):
            assert value.__doc__, f"logicgen.{name} has no docstring"


def test_unknown_attribute() -> None:
    import pytest

    with pytest.raises(AttributeError):
        logicgen.no_such_name  # noqa: B018


def test_package_data_is_shipped() -> None:
    from importlib import resources

    files = resources.files("logicgen")
    assert files.joinpath("py.typed").is_file()
    assert files.joinpath("item.schema.json").is_file()


def test_the_public_face_is_plain() -> None:
    """No module object doubles as a function, and every lazily loaded name is public."""
    import types

    import logicgen.generators
    import logicgen.verification

    assert isinstance(logicgen.families, types.FunctionType)
    assert isinstance(logicgen.verify, types.FunctionType)
    for module in (logicgen.generators, logicgen.verification):
        assert type(module) is types.ModuleType  # a plain module, not made callable
    assert set(logicgen._LAZY) <= set(logicgen.__all__)


def test_item_is_a_value_with_no_import_back_into_core() -> None:
    import ast
    from pathlib import Path

    tree = ast.parse(Path(logicgen.__file__).with_name("item.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module}
    assert not imported & {"core", "registry", "verification", "blueprint"}
