"""Vocabulary for the grid, coding, relations and directions families.

* :data:`GRID_CATEGORIES`: the attribute categories of logic-grid puzzles, each with
  its values and the phrases used to word clues about them;
* :data:`NAME_GENDER`: how each name in :data:`logicgen.data.FIRST_NAMES` is
  usually read (``"F"``, ``"M"`` or ``None`` for names used for anyone), so that
  pronouns and relation words agree with the name;
* :data:`CODE_WORDS`: common English words for letter-coding items;
* :data:`COMPASS_WORDS`: the eight compass points as written in direction items.

Families draw from these lists with the wording generator they are given.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import FIRST_NAMES

__all__ = [
    "CODE_WORDS",
    "COMPASS_WORDS",
    "GRID_CATEGORIES",
    "NAME_GENDER",
    "GridCategory",
    "names_of_gender",
]


@dataclass(frozen=True)
class GridCategory:
    """One attribute category of a logic grid.

    ``np`` names the person holding a value ("the cat owner"), ``pred`` says that
    someone holds it ("owns the cat"), ``neg`` that someone does not; ``{v}``
    stands for the value. ``ask`` is the question for this category, with ``{np}``
    for the person asked about.
    """

    key: str
    label: str
    values: tuple[str, ...]
    np: str
    pred: str
    neg: str
    ask: str
    plural: str = ""

    @property
    def label_plural(self) -> str:
        """The label in the plural ("house colours", "ways to work")."""
        return self.plural or self.label + "s"


#: The person's name is always one category of a grid; its phrases take the name itself.
NAME_CATEGORY = GridCategory(
    key="name",
    label="name",
    values=(),
    np="{v}",
    pred="is {v}",
    neg="is not {v}",
    ask="Who is {np}?",
)

GRID_CATEGORIES: tuple[GridCategory, ...] = (
    GridCategory(
        "colour", "house colour",
        ("red", "blue", "green", "yellow", "white", "orange", "grey"),
        "the person in the {v} house", "lives in the {v} house",
        "does not live in the {v} house", "What colour is the house of {np}?",
    ),
    GridCategory(
        "pet", "pet",
        ("cat", "dog", "parrot", "rabbit", "hamster", "tortoise", "goldfish"),
        "the {v} owner", "owns the {v}", "does not own the {v}",
        "Which pet does {np} own?",
    ),
    GridCategory(
        "drink", "drink",
        ("tea", "coffee", "milk", "juice", "water", "cocoa", "lemonade"),
        "the {v} drinker", "drinks {v}", "does not drink {v}",
        "What does {np} drink?",
    ),
    GridCategory(
        "sport", "sport",
        ("tennis", "golf", "hockey", "cricket", "rugby", "volleyball", "badminton"),
        "the {v} player", "plays {v}", "does not play {v}",
        "Which sport does {np} play?",
    ),
    GridCategory(
        "instrument", "instrument",
        ("piano", "violin", "guitar", "flute", "cello", "trumpet", "harp"),
        "the person who plays the {v}", "plays the {v}", "does not play the {v}",
        "Which instrument does {np} play?",
    ),
    GridCategory(
        "fruit", "favourite fruit",
        ("apples", "pears", "plums", "cherries", "grapes", "mangoes", "figs"),
        "the person who likes {v} best", "likes {v} best", "does not like {v} best",
        "Which fruit does {np} like best?",
    ),
    GridCategory(
        "transport", "way to work",
        ("bicycle", "car", "bus", "train", "tram", "scooter", "ferry"),
        "the person who goes to work by {v}", "goes to work by {v}",
        "does not go to work by {v}", "How does {np} go to work?", "ways to work",
    ),
)

_FEMALE = (
    "Amara", "Dalia", "Farah", "Hana", "Keiko", "Maya", "Olga", "Priya", "Sofia", "Uma",
    "Ximena", "Zoe", "Bea", "Elena", "Grace", "Ines", "Lina", "Nadia", "Paula", "Sara",
    "Vera", "Yara",
)
_MALE = (
    "Bruno", "Emeka", "Goran", "Ivan", "Jonas", "Luca", "Nikhil", "Rafael", "Tariq",
    "Viktor", "Yusuf", "Aiden", "Carlos", "Dev", "Felix", "Hugo", "Jamal", "Kofi",
    "Mateo", "Omar", "Ravi", "Tomás",
)

#: ``"F"``, ``"M"`` or ``None`` (used for anyone) for every name in FIRST_NAMES.
NAME_GENDER: dict[str, str | None] = {
    name: ("F" if name in _FEMALE else "M" if name in _MALE else None) for name in FIRST_NAMES
}


def names_of_gender(gender: str | None) -> tuple[str, ...]:
    """Names from FIRST_NAMES read as ``gender`` (``None``: names used for anyone)."""
    return tuple(n for n in FIRST_NAMES if NAME_GENDER[n] == gender)


#: Common English words of three to six letters, in capitals, for letter codes.
CODE_WORDS: tuple[str, ...] = (
    "ACT", "AIR", "ARM", "BAG", "BED", "BOX", "CAT", "CUP", "DAY", "DOG", "EAR", "EGG",
    "FAN", "FIG", "FOX", "GAS", "HAT", "ICE", "INK", "JAR", "KEY", "LEG", "MAP", "MUD",
    "NET", "OAK", "OWL", "PAN", "PEN", "RAT", "SEA", "SUN", "TEA", "TOY", "VAN", "WAX",
    "BAKE", "BELL", "BIRD", "BOAT", "BOOK", "CAKE", "CALM", "CARD", "COAT", "COLD",
    "CORN", "DARK", "DESK", "DOOR", "DUST", "FARM", "FISH", "FLAG", "FORK", "FROG",
    "GATE", "GOLD", "HAND", "HILL", "HOME", "JUMP", "KITE", "LAMP", "LEAF", "LIME",
    "MILK", "MINT", "MOON", "NEST", "PARK", "PINK", "RAIN", "ROAD", "ROPE", "SALT",
    "SHIP", "SNOW", "SOUP", "STAR", "TREE", "WARM", "WIND", "WOLF", "YARD",
    "BUS", "CAP", "COW", "DEN", "FIN", "GYM", "HEN", "HUT", "JAM", "JET", "LAB", "LID",
    "MAT", "MOP", "NUT", "PIG", "POT", "RUG", "SKY", "TAP", "TUB", "WEB", "YAK", "ZIP",
    "BEAR", "BELT", "BONE", "CAVE", "CLAY", "COIN", "CROW", "DEER", "DRUM", "DUCK",
    "FERN", "FIRE", "GIFT", "GOAT", "HARP", "HAWK", "HORN", "IRON", "KING", "LAKE",
    "LION", "MASK", "NAIL", "OVEN", "PEAR", "PLUM", "POND", "RING", "ROSE", "SAND",
    "SEED", "SOCK", "TENT", "TOWN", "VASE", "WALL", "WAVE", "WING", "WOOD", "ZONE",
    "APPLE", "BEACH", "BREAD", "BRICK", "CHAIR", "CLOUD", "DANCE", "EARTH", "FIELD",
    "FRUIT", "GLASS", "GRAPE", "HEART", "HORSE", "HOUSE", "LEMON", "LIGHT", "MONEY",
    "MOUSE", "MUSIC", "NIGHT", "OCEAN", "PAPER", "PLANT", "RIVER", "SHEEP", "SMILE",
    "STONE", "TABLE", "TIGER", "TRAIN", "WATER", "WHEAT", "WORLD",
    "BASKET", "BORDER", "BRIDGE", "CANDLE", "CASTLE", "CIRCLE", "FLOWER", "FOREST",
    "GARDEN", "GUITAR", "ISLAND", "JUNGLE", "LETTER", "MARKET", "MIRROR", "ORANGE",
    "PENCIL", "PLANET", "POCKET", "SILVER", "SPRING", "STREAM", "WINDOW", "WINTER",
)

#: Compass points in clockwise order from north.
COMPASS_WORDS: tuple[str, ...] = (
    "north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west",
)
