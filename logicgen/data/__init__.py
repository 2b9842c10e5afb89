"""Word lists shared by the families: names and neutral nouns.

Families draw from these with the wording generator they are given; a family
that needs its own vocabulary keeps it in a module of its own beside this one.
"""

from __future__ import annotations

__all__ = ["COLOURS", "FIRST_NAMES", "OBJECTS"]

#: Short, distinct first names from many languages and cultures; no two share
#: an initial letter within the first 26, so short lists can use initials.
FIRST_NAMES: tuple[str, ...] = (
    "Amara", "Bruno", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ivan",
    "Jonas", "Keiko", "Luca", "Maya", "Nikhil", "Olga", "Priya", "Quinn", "Rafael",
    "Sofia", "Tariq", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe",
    "Aiden", "Bea", "Carlos", "Dev", "Elena", "Felix", "Grace", "Hugo", "Ines",
    "Jamal", "Kofi", "Lina", "Mateo", "Nadia", "Omar", "Paula", "Ravi", "Sara",
    "Tomás", "Vera", "Yara",
)

#: Neutral everyday objects for orderings, shelves and schedules.
OBJECTS: tuple[str, ...] = (
    "lamp", "clock", "vase", "kettle", "globe", "drum", "basket", "candle",
    "mirror", "teapot", "radio", "compass",
)

COLOURS: tuple[str, ...] = ("red", "blue", "green", "yellow", "white", "black", "orange", "purple")
