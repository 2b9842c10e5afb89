"""Vocabulary for the deduction families: syllogism terms, comparison scales, atoms.

Everything here is wording material. The logic of an item never depends on
which word is drawn, except for the belief-bias categories, whose real-world
relations (recorded in :data:`CATEGORY_PARENT`) are what makes a conclusion
"sound" true or false.
"""

from __future__ import annotations

__all__ = [
    "ATOMS",
    "CATEGORY_PARENT",
    "GROUP_TERMS",
    "NONSENSE_TERMS",
    "SCALES",
]

#: Made-up plural nouns (no real English word, no rude sound-alike). Used for
#: abstract syllogisms, where no belief about the world can help or mislead.
NONSENSE_TERMS: tuple[str, ...] = (
    "wugs", "daxes", "blickets", "feps", "toves", "glorps", "snerbs", "mimbles",
    "vards", "zints", "quelts", "dorbs", "trells", "plovs", "kembs", "fribs",
    "narps", "gleeps", "torbs", "jexes",
)

#: Everyday groups of people by hobby; any overlap between them is believable,
#: so statements about them carry no strong real-world belief either way.
GROUP_TERMS: tuple[str, ...] = (
    "chess players", "gardeners", "cyclists", "painters", "bakers", "swimmers",
    "singers", "hikers", "drummers", "runners", "poets", "knitters",
    "photographers", "sailors", "climbers", "dancers",
)

#: A small taxonomy of well-known categories: each name maps to the category
#: that contains it (``None`` for the top of a tree). Any two categories are
#: either nested (one is an ancestor of the other) or disjoint, so the
#: real-world truth of "All/No/Some X are (not) Y" is clear for every pair.
#: Borderline cases people disagree about (whales, tomatoes, squares as
#: rectangles) are left out on purpose.
CATEGORY_PARENT: dict[str, str | None] = {
    "animals": None,
    "mammals": "animals",
    "dogs": "mammals",
    "poodles": "dogs",
    "cats": "mammals",
    "horses": "mammals",
    "birds": "animals",
    "penguins": "birds",
    "eagles": "birds",
    "parrots": "birds",
    "fish": "animals",
    "salmon": "fish",
    "sharks": "fish",
    "insects": "animals",
    "bees": "insects",
    "ants": "insects",
    "reptiles": "animals",
    "snakes": "reptiles",
    "lizards": "reptiles",
    "plants": None,
    "flowers": "plants",
    "roses": "flowers",
    "tulips": "flowers",
    "trees": "plants",
    "oak trees": "trees",
    "pine trees": "trees",
    "vehicles": None,
    "cars": "vehicles",
    "buses": "vehicles",
    "bicycles": "vehicles",
    "trucks": "vehicles",
}

#: Comparison scales: (key, verb, "more" comparative, "less" comparative,
#: highest, lowest, tie phrase). "<name> <verb> <comparative> <name>" is a
#: relation, "<name> <highest>" a superlative, "no two of them <tie phrase>".
SCALES: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("age", "is", "older than", "younger than", "is the oldest", "is the youngest",
     "are the same age"),
    ("height", "is", "taller than", "shorter than", "is the tallest", "is the shortest",
     "are the same height"),
    ("speed", "runs", "faster than", "slower than", "is the fastest runner",
     "is the slowest runner", "run at the same speed"),
    ("weight", "is", "heavier than", "lighter than", "is the heaviest", "is the lightest",
     "have the same weight"),
    ("arrival", "arrived", "earlier than", "later than", "was the first to arrive",
     "was the last to arrive", "arrived at the same time"),
)

#: Atoms for conditionals: (affirmed clause, denied clause), present tense, so
#: either can follow "If", "only if" and "unless" and stand alone as a fact.
ATOMS: tuple[tuple[str, str], ...] = (
    ("the alarm rings", "the alarm does not ring"),
    ("the building is evacuated", "the building is not evacuated"),
    ("the project is approved", "the project is not approved"),
    ("the budget is increased", "the budget is not increased"),
    ("the team hires a designer", "the team does not hire a designer"),
    ("the meeting is moved to Friday", "the meeting is not moved to Friday"),
    ("the report is late", "the report is not late"),
    ("the server restarts", "the server does not restart"),
    ("the shop opens early", "the shop does not open early"),
    ("the road is closed", "the road is not closed"),
    ("the match is cancelled", "the match is not cancelled"),
    ("the deadline is extended", "the deadline is not extended"),
    ("the printer is working", "the printer is not working"),
    ("the train is delayed", "the train is not delayed"),
    ("the garden is watered", "the garden is not watered"),
    ("the contract is signed", "the contract is not signed"),
    ("the lights are switched off", "the lights are not switched off"),
    ("the order ships today", "the order does not ship today"),
    ("the heating is on", "the heating is not on"),
    ("the museum is open", "the museum is not open"),
    ("the bakery sells out", "the bakery does not sell out"),
    ("the bridge is repaired", "the bridge is not repaired"),
    ("the concert is recorded", "the concert is not recorded"),
    ("the library extends its hours", "the library does not extend its hours"),
    ("the ferry sails", "the ferry does not sail"),
    ("the office is cleaned", "the office is not cleaned"),
    ("the invoice is paid", "the invoice is not paid"),
    ("the parcel is delivered", "the parcel is not delivered"),
    ("the pool is heated", "the pool is not heated"),
    ("the survey is sent out", "the survey is not sent out"),
    ("the software is updated", "the software is not updated"),
    ("the gate is locked", "the gate is not locked"),
    ("the bus runs late", "the bus does not run late"),
    ("the fountain is switched on", "the fountain is not switched on"),
    ("the menu is changed", "the menu is not changed"),
    ("the flight is full", "the flight is not full"),
    ("the website is down", "the website is not down"),
    ("the exhibition is extended", "the exhibition is not extended"),
    ("the car park is full", "the car park is not full"),
    ("the staff get a bonus", "the staff do not get a bonus"),
)
