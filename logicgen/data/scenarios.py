"""Scenario tables of the quant families: what each number in a story stands for and
the range in which it is realistic.

``docs/scenarios.md`` lists the same ranges with a reason for each, and
``tests/test_scenario_ranges.py`` checks thousands of items against its own copy
of them. Change the three together.

Percentages that may have a decimal are written in tenths of a percent
(``35`` is 3.5%), so every table holds whole numbers.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CHANGING", "CONTAINERS", "CREWS", "GOODS", "INTEREST", "JOBS", "MACHINE_GOODS",
           "MODES", "RATE_SCENES", "RATIO_SCENES", "REMOVED_SCENES", "SCREENING", "SOURCES",
           "SUBSTANCES", "TOWNS"]

#: Town names for stories set in a place.
TOWNS: tuple[str, ...] = (
    "Ashford", "Brampton", "Easton", "Westfield", "Millbrook", "Kingsley", "Harlow",
    "Oakridge", "Redhill", "Stanmore", "Fairview", "Lakeside", "Northam", "Rosedale",
    "Thornbury", "Elmwood", "Greenhill", "Marston", "Dunmore", "Clifton",
    "Alderton", "Bexley", "Carrow", "Denholm", "Ellesmere", "Farnley", "Glenbrook", "Hollins",
    "Ivybridge", "Kelso", "Longford", "Moorcroft", "Newbridge", "Penrith", "Quarry Bank",
    "Rowley", "Selby", "Tenbury", "Upton", "Whitby",
)

#: Goods and their usual shop price in whole dollars (low, high).
GOODS: dict[str, tuple[int, int]] = {
    "jacket": (40, 300), "bicycle": (150, 1500), "laptop": (300, 2500),
    "sofa": (300, 2500), "camera": (150, 2000), "watch": (30, 800), "lamp": (15, 200),
    "printer": (60, 500), "kettle": (15, 120), "tent": (50, 600), "guitar": (100, 1500),
    "desk": (60, 800), "phone": (150, 1200), "rug": (40, 800), "mattress": (150, 1500),
    "scooter": (100, 900), "blender": (20, 300), "backpack": (20, 200),
    "pair of headphones": (20, 400), "computer monitor": (100, 800),
}

#: Quantities changed by a percentage one step after another (``successive``,
#: ``reverse``): the rises and falls (whole percent) a step may have, the phrase
#: for the quantity (``{good}``, ``{town}``, ``{name}`` filled at wording time),
#: the short noun, the verbs for a rise and a fall, and for money amounts the
#: range of the amount in whole dollars (``None``: not asked in reverse items).
CHANGING: dict[str, dict[str, Any]] = {
    "price": {"rise": (5, 10, 12, 15, 20, 25, 30), "fall": (5, 10, 15, 20, 25, 30, 40, 50),
              "what": "price of a {good} at a shop in {town}", "noun": "price", "verbs": ("raised", "cut"),
              "money": None},
    "rent": {"rise": (2, 3, 4, 5, 6, 8, 10), "fall": (2, 4, 5, 10),
             "what": "monthly rent of a flat in {town}", "noun": "rent",
             "verbs": ("raised", "cut"), "money": (600, 3000)},
    "salary": {"rise": (2, 3, 4, 5, 6, 8, 10, 12), "fall": (4, 5, 8, 10),
               "what": "{name}'s salary", "noun": "salary", "verbs": ("raised", "cut"),
               "money": (20000, 120000)},
    "population": {"rise": (1, 2, 3, 4, 5, 6, 8, 10, 12, 15), "fall": (1, 2, 4, 5, 6, 8, 10),
                   "what": "population of {town}", "noun": "population",
                   "verbs": ("grew", "shrank"), "money": None},
    "share_price": {"rise": (5, 10, 15, 20, 25, 30, 40), "fall": (5, 10, 15, 20, 25, 30, 40),
                    "what": "share price of a company listed in {town}",
                    "noun": "share price", "verbs": ("rose", "fell"), "money": (5, 400)},
    "visitors": {"rise": (5, 10, 15, 20, 25, 30, 40, 50, 60),
                 "fall": (5, 10, 15, 20, 25, 30, 40),
                 "what": "number of monthly visitors to the {town} library's website",
                 "noun": "number of visitors", "verbs": ("rose", "fell"), "money": None},
    "sales": {"rise": (4, 5, 6, 8, 10, 12, 15, 20, 25, 30), "fall": (4, 5, 8, 10, 12, 15,
                                                                    20, 25, 30),
              "what": "yearly sales figure of a bakery in {town}", "noun": "sales figure",
              "verbs": ("rose", "fell"), "money": None},
}

#: Rates that move from one percentage to another (``points``): the phrase, the
#: lowest and highest value and the step, in tenths of a percent.
RATE_SCENES: dict[str, tuple[str, int, int, int]] = {
    "unemployment": ("unemployment rate in {town}", 20, 120, 5),
    "savings": ("interest rate on a savings account at a bank in {town}", 5, 60, 5),
    "sales_tax": ("sales tax rate in the state where {town} lies", 30, 100, 5),
    "vat": ("rate of value added tax in a country", 50, 250, 10),
    "late_deliveries": ("share of late deliveries at the {town} depot", 20, 200, 10),
    "machine_errors": ("error rate of a packing machine in {town}", 5, 80, 5),
    "inflation": ("yearly inflation rate in a country", 10, 100, 5),
    "mortgage": ("interest rate on a fixed mortgage offered in {town}", 20, 90, 5),
    "turnout": ("voter turnout in the {town} council election", 250, 800, 10),
    "driving_pass": ("pass rate of the driving test centre in {town}", 400, 800, 10),
    "market_share": ("market share of a soft-drink brand in {town}", 50, 400, 10),
    "hotel_occupancy": ("occupancy rate of the hotels in {town}", 500, 950, 10),
    "school_absence": ("absence rate at a secondary school in {town}", 30, 100, 5),
    "survey_response": ("response rate of a household survey in {town}", 100, 600, 10),
    "returns": ("share of online clothing orders sent back to a shop in {town}",
                150, 400, 10),
}

#: Deposits and loans (``interest``): the phrase for the money and the action, the
#: yearly rates in tenths of a percent, the amounts in whole dollars.
INTEREST: dict[str, dict[str, Any]] = {
    "savings": {"rates": (5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60),
                "amounts": (500, 1000, 1500, 2000, 2500, 4000, 5000, 8000, 10000, 12000,
                            20000),
                "loan": False, "account": "a savings account"},
    "deposit": {"rates": (10, 15, 20, 25, 30, 35, 40, 45, 50, 60),
                "amounts": (2000, 4000, 5000, 8000, 10000, 15000, 20000, 25000, 40000,
                            50000),
                "loan": False, "account": "a fixed-term deposit"},
    "car_loan": {"rates": (30, 40, 50, 60, 70, 80, 90, 100),
                 "amounts": (5000, 8000, 10000, 12000, 15000, 20000, 25000),
                 "loan": True, "account": "a car loan"},
    "personal_loan": {"rates": (60, 70, 80, 90, 100, 120, 150),
                      "amounts": (1000, 2000, 2500, 4000, 5000, 8000, 10000),
                      "loan": True, "account": "a personal loan"},
}

#: Ways of travelling (``quant.rates``): the steady speeds in km/h a story may use,
#: the longest trip in minutes, the sentence start (``{name}`` filled at wording
#: time), who travels in a question, and the word for the way of travelling.
MODES: dict[str, dict[str, Any]] = {
    "walk": {"speeds": (3, 4, 5, 6), "max_minutes": 300, "move": "{name} walks",
             "who": "{name}", "ing": "walking"},
    "jog": {"speeds": (8, 9, 10, 12, 15), "max_minutes": 120, "move": "{name} jogs",
            "who": "{name}", "ing": "jogging"},
    "cycle": {"speeds": (10, 12, 14, 15, 16, 18, 20, 24, 25, 30), "max_minutes": 360,
              "move": "{name} cycles", "who": "{name}", "ing": "cycling"},
    "drive": {"speeds": tuple(range(30, 125, 5)), "max_minutes": 600,
              "move": "{name} drives", "who": "{name}", "ing": "driving"},
    "train": {"speeds": tuple(range(60, 170, 10)), "max_minutes": 480,
              "move": "{name}'s train runs", "who": "the train", "ing": "by train"},
}

#: Jobs people do alone or together (``work``): hours one person takes alone.
JOBS: dict[str, tuple[int, int]] = {
    "paint a fence": (2, 12), "sort a delivery": (2, 10), "clean an office": (2, 8),
    "build a shed": (4, 15), "paint a room": (2, 10), "mow a sports field": (2, 8),
    "weed a vegetable garden": (2, 8), "type up a report": (2, 12), "pack a removal van": (2, 6),
    "tile a bathroom floor": (3, 12), "pick the apples in an orchard": (4, 15),
    "wash the windows of a school": (3, 12),
}

#: Containers filled by pipes and emptied by a drain (``work``): hours for one pipe to
#: fill it, hours for the drain to empty it.
CONTAINERS: dict[str, dict[str, Any]] = {
    "tank": {"name": "the water tank on a farm near {town}", "short": "tank",
             "fill": (2, 12), "drain": (4, 24)},
    "pool": {"name": "the swimming pool in {town}", "short": "pool", "fill": (4, 15),
             "drain": (6, 30)},
    "pond": {"name": "{name}'s garden pond", "short": "pond", "fill": (2, 10),
             "drain": (4, 20)},
    "cistern": {"name": "the rainwater cistern of a school in {town}", "short": "cistern",
                "fill": (2, 12), "drain": (4, 24)},
    "trough": {"name": "a cattle trough on {name}'s farm", "short": "trough", "fill": (2, 8),
               "drain": (3, 16)},
}

#: Screening tests (``probability.conditional``): who is screened and what for, the
#: words of the story, and the prevalence, sensitivity (true-positive rate) and
#: false-positive rate a story may use, all in tenths of a percent.
SCREENING: dict[str, dict[str, Any]] = {
    "condition": {"what": "have a rare condition", "group": "adults in {town}",
                  "many": "adults", "one": "adult", "has": "has the condition",
                  "hasnt": "does not have the condition", "have": "have it", "havent": "do not",
                  "test": "A screening test", "who": "who",
                  "prev": (5, 10, 20, 30, 40, 50), "sens": (800, 850, 900, 950, 980, 990),
                  "fp": (10, 20, 30, 50, 80, 100)},
    "virus": {"what": "carry a virus", "group": "travellers arriving at the airport in {town}",
              "many": "travellers", "one": "traveller", "has": "carries the virus",
              "hasnt": "does not carry the virus", "have": "carry it", "havent": "do not",
              "test": "A rapid test", "who": "who",
              "prev": (5, 10, 20, 40, 50), "sens": (850, 900, 950, 980),
              "fp": (10, 20, 30, 50)},
    "faulty": {"what": "are faulty", "group": "parts made by a factory in {town}",
               "many": "parts", "one": "part", "has": "is faulty", "hasnt": "is not faulty",
               "have": "are faulty", "havent": "are not", "test": "An automatic check",
               "who": "that", "flags": "rejects", "pos": ("is rejected", "are rejected"),
               "neg": ("is passed", "are passed"),
               "prev": (10, 20, 30, 40, 50), "sens": (900, 950, 980, 990),
               "fp": (10, 20, 30, 50)},
    "doping": {"what": "use a banned drug", "group": "athletes at a competition in {town}",
               "many": "athletes", "one": "athlete", "has": "uses the drug",
               "hasnt": "does not use the drug", "have": "use it", "havent": "do not",
               "test": "A doping test", "who": "who",
               "prev": (10, 20, 30, 40, 50), "sens": (900, 950, 980, 990),
               "fp": (10, 20, 30)},
    "spam": {"what": "are spam", "group": "emails reaching an office in {town}",
             "many": "emails", "one": "email", "has": "is spam", "hasnt": "is not spam",
             "have": "are spam", "havent": "are not", "test": "A spam filter", "who": "that",
             "flags": "flags", "pos": ("is flagged", "are flagged"),
             "neg": ("is not flagged", "are not flagged"),
             "prev": (200, 250, 300, 400, 500), "sens": (900, 950, 980, 990),
             "fp": (10, 20, 30, 50)},
    "luggage": {"what": "hold a banned item", "group": "bags checked at the airport in {town}",
                "many": "bags", "one": "bag", "has": "holds a banned item",
                "hasnt": "holds no banned item", "have": "hold a banned item", "havent": "do not",
                "test": "A scanner", "who": "that", "flags": "raises an alarm for",
                "pos": ("raises an alarm", "raise an alarm"),
                "neg": ("raises no alarm", "raise no alarm"),
                "prev": (5, 10, 20), "sens": (900, 950, 980), "fp": (20, 30, 50, 80, 100)},
    "flu": {"what": "have flu", "group": "patients with a cough at a clinic in {town} in winter",
            "many": "patients", "one": "patient", "has": "has flu", "hasnt": "does not have flu",
            "have": "have flu", "havent": "do not", "test": "A rapid flu test", "who": "who",
            "prev": (100, 150, 200, 250, 300), "sens": (500, 600, 700, 750, 800),
            "fp": (20, 30, 50, 100)},
}

#: Sources of output with their own defect rates (``probability.conditional``): the
#: words of the story and the rates a source may have, in tenths of a percent.
SOURCES: dict[str, dict[str, Any]] = {
    "machines": {"intro": "A factory in {town} has {n} machines", "maker": "machine",
                 "verb": "makes", "items": "items", "item": "item", "bad": "defective",
                 "rates": (5, 10, 15, 20, 25, 30, 40, 50, 60, 80)},
    "suppliers": {"intro": "A bike shop in {town} buys its inner tubes from {n} suppliers",
                  "maker": "supplier", "verb": "supplies", "items": "tubes", "item": "tube",
                  "bad": "faulty", "rates": (5, 10, 15, 20, 25, 30, 40, 50)},
    "depots": {"intro": "A courier in {town} sends its parcels through {n} depots",
               "maker": "depot", "verb": "handles", "items": "parcels", "item": "parcel",
               "bad": "late", "rates": (20, 30, 40, 50, 60, 80, 100, 120, 150)},
    "farms": {"intro": "A shop in {town} buys its eggs from {n} farms", "maker": "farm",
              "verb": "supplies", "items": "eggs", "item": "egg", "bad": "cracked",
              "rates": (10, 15, 20, 25, 30, 40, 50)},
    "printers": {"intro": "An office in {town} prints its letters on {n} printers",
                 "maker": "printer", "verb": "prints", "items": "letters", "item": "letter",
                 "bad": "smudged", "rates": (5, 10, 15, 20, 25, 30, 40, 50)},
}

#: Liquids mixed and diluted (``quant.ratio``): the strengths (percent by volume) a
#: story may use.
SUBSTANCES: dict[str, tuple[int, ...]] = {
    "antifreeze": (20, 25, 30, 40, 50, 60, 70),
    "alcohol": (10, 12, 15, 20, 25, 30, 40, 50, 60, 70),
    "juice concentrate": (10, 15, 20, 25, 30, 40, 50, 60),
    "liquid fertiliser": (2, 4, 5, 6, 8, 10, 12, 15, 20),
    "cleaning fluid": (4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40),
    "vinegar": (4, 5, 6, 8, 10, 12, 15, 20, 25),
    "fruit syrup": (10, 12, 15, 20, 25, 30, 40, 50),
}

#: Crews finishing a job (``quant.ratio``, inverse proportion): the workers, the job,
#: the crew sizes and the days a story may use.
CREWS: dict[str, tuple[str, str, tuple[int, int], tuple[int, int]]] = {
    "painters": ("painters", "paint a school in {town}", (2, 10), (2, 20)),
    "builders": ("builders", "build a garage in {town}", (2, 8), (4, 30)),
    "gardeners": ("gardeners", "replant a park in {town}", (2, 12), (2, 20)),
    "roofers": ("roofers", "re-roof a warehouse in {town}", (2, 8), (2, 15)),
    "cleaners": ("cleaners", "clean a hotel in {town} after a refit", (2, 12), (2, 10)),
    "road_crew": ("road workers", "resurface a road in {town}", (3, 12), (3, 30)),
    "pickers": ("fruit pickers", "pick an orchard near {town}", (2, 12), (2, 15)),
    "workers": ("workers", "finish a job in {town}", (2, 12), (2, 30)),
}

#: Goods made by machines (``quant.ratio``, direct proportion): how many one machine
#: makes in an hour (or a shift), low and high.
MACHINE_GOODS: dict[str, tuple[int, int]] = {
    "boxes": (20, 300), "bottles": (50, 300), "labels": (50, 300), "bricks": (20, 200),
    "envelopes": (50, 300), "bolts": (50, 300), "loaves": (20, 150), "T-shirts": (10, 60),
    "tins": (50, 300), "face masks": (50, 300),
}

#: Things counted in ratios (``quant.ratio``, combining ratios): where, and four kinds
#: (A, B, C, D) in a chain.
RATIO_SCENES: dict[str, tuple[str, tuple[str, str, str, str]]] = {
    "letters": ("", ("A", "B", "C", "D")),
    "pets": ("at a vet's surgery in {town}, among the animals seen in a year",
             ("cats", "dogs", "rabbits", "hamsters")),
    "car_park": ("in a car park in {town}", ("cars", "vans", "motorbikes", "lorries")),
    "orchard": ("in an orchard near {town}", ("apple trees", "pear trees", "plum trees",
                                              "cherry trees")),
    "concert": ("at a concert in {town}", ("adults", "teenagers", "children", "staff")),
    "library": ("in the {town} library", ("novels", "biographies", "cookbooks", "atlases")),
    "garden": ("in a garden centre in {town}", ("roses", "tulips", "lilies", "daisies")),
}

#: Lists whose mean changes when one item is taken out (``quant.ratio``): the items,
#: the quantity, the unit and the lowest and highest value of one item.
REMOVED_SCENES: dict[str, tuple[str, str, str, int, int]] = {
    "numbers": ("numbers", "", "", 1, 120),
    "parcels": ("parcels in a van", "weight", " kg", 1, 40),
    "players": ("players in a squad", "age", " years", 16, 40),
    "days": ("days of a heatwave in {town}", "top temperature", "°C", 25, 45),
    "bags": ("bags of apples", "weight", " kg", 1, 20),
}
