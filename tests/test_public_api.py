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
