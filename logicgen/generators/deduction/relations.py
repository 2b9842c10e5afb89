"""Family relations along a chain of 2–4 links: "Omar is Nadia's father's sister's son."

The candidate names the relation in a stated direction: ``forward`` asks for
"Omar is Nadia's ___" (cousin), ``reverse`` for "Nadia is Omar's ___", the
direction in which published keys most often go wrong (X is Y's uncle, so Y is
X's niece or nephew, never X's uncle). Links are parent, child, sibling and
spouse, each gendered (father, daughter, brother, wife) or gender-neutral
(parent, child, sibling, spouse); answers are gendered when the person's gender
is known and neutral (sibling, cousin, parent-in-law) when it is not. In-laws are
kept in the right direction: a spouse's mother is a mother-in-law, a son's wife
a daughter-in-law, a spouse's brother and a sister's husband both brothers-in-law.

The prompt states the conventions the key relies on: a child's parents are
married to each other, brothers and sisters share both parents, and nobody has
married more than once. Chains that could point at two different relatives
("my father's son" could be the speaker) are never drawn.

The generator composes relations with a small algebra (generations up to the
common ancestor, generations down, and whether a marriage link sits at either
end). The solver (:mod:`logicgen.solve.kinship`) shares none of it: it builds an
explicit family graph person by person from ``data["path"]``, tries every way the
chain could be read (each gender a neutral word leaves open, each existing or new
relative a link could mean) and names the relation from the graph; an item is
kept only when every reading gives the same word.

Difficulty: ``easy`` 2 links, or now and then 3 with no marriage among them
("my mother's sister's son"), gendered, forward; ``medium`` 2–3 links, some
neutral words and some reverse questions; ``hard`` 3–4 links, in-laws more often,
half the questions reversed.

``score`` is the solver's measured effort (:func:`logicgen.solve.kinship.effort`):
one a link followed, one more for a reverse question, 0.5 a marriage link, and
0.5 for every two-way split among the readings of the chain the solver carries
to the end (0.5 × log2 of their number). Bands kept per level: easy 2–3,
medium 2–5, hard 3.5–9, so a hard item is never a plain three-link chain read
forward. Hard is harder by reversed questions, in-law links and readings that
fork, not only by a longer chain.

``data``: ``ego`` and ``target`` (``name``, ``gender`` "F", "M" or null), ``path``
(a list of ``{"relation": "parent" | "child" | "sibling" | "spouse", "gender"}``
steps from the ego to the target) and ``question`` (``forward``: the target is the
ego's ___; ``reverse``: the ego is the target's ___).

>>> import logicgen
>>> item = logicgen.generate("deduction.relations", count=1, seed=1)[0]
>>> print(item.prompt)
Introducing Ravi, Zara says: "He is my father's brother." Zara is a woman. Complete the
sentence: Zara is Ravi's ____.
Assume that a child's parents are married to each other, that brothers and sisters share both
parents, and that nobody has married more than once.
>>> item.answer
'niece'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from logicgen.data.deduction_grid_words import names_of_gender
from logicgen.kit import Draft, Draw, Wording
from logicgen.registry import BaseParams, family
from logicgen.solve import kinship as kinship_solver

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

Gender = str | None  # "M", "F" or None (not stated)
State = tuple[int, int, bool, bool]  # (up, down, via own spouse first, spouse link last)

RELATIONS = ("parent", "child", "sibling", "spouse")
STEP_WORDS = {
    "parent": ("father", "mother", "parent"),
    "child": ("son", "daughter", "child"),
    "sibling": ("brother", "sister", "sibling"),
    "spouse": ("husband", "wife", "spouse"),
}
#: Relation words by state, as (male, female, unstated) with the reason given in explanations.
TERMS: dict[State, tuple[tuple[str | None, str | None, str | None], str]] = {
    (1, 0, False, False): (("father", "mother", "parent"), "a parent"),
    (2, 0, False, False): (("grandfather", "grandmother", "grandparent"), "a parent's parent"),
    (3, 0, False, False): (
        ("great-grandfather", "great-grandmother", "great-grandparent"),
        "a grandparent's parent",
    ),
    (0, 1, False, False): (("son", "daughter", "child"), "a child"),
    (0, 2, False, False): (("grandson", "granddaughter", "grandchild"), "a child's child"),
    (0, 3, False, False): (
        ("great-grandson", "great-granddaughter", "great-grandchild"),
        "a grandchild's child",
    ),
    (1, 1, False, False): (("brother", "sister", "sibling"), "a child of the same parents"),
    (2, 1, False, False): (("uncle", "aunt", None), "a parent's sibling"),
    (1, 2, False, False): (("nephew", "niece", None), "a sibling's child"),
    (2, 2, False, False): (("cousin", "cousin", "cousin"), "a child of a parent's sibling"),
    (0, 0, True, False): (("husband", "wife", "spouse"), "the person one is married to"),
    (1, 0, True, False): (
        ("father-in-law", "mother-in-law", "parent-in-law"),
        "a parent of one's spouse",
    ),
    (1, 1, True, False): (
        ("brother-in-law", "sister-in-law", "sibling-in-law"),
        "a sibling of one's spouse",
    ),
    (1, 1, False, True): (
        ("brother-in-law", "sister-in-law", "sibling-in-law"),
        "the spouse of one's sibling",
    ),
    (0, 1, False, True): (
        ("son-in-law", "daughter-in-law", "child-in-law"),
        "the spouse of one's child",
    ),
    (2, 1, False, True): (("uncle", "aunt", None), "the spouse of a parent's sibling"),
    (1, 2, True, False): (("nephew", "niece", None), "a child of one's spouse's sibling"),
}
GENDER_COLUMN = {"M": 0, "F": 1, None: 2}
#: Links in a chain by level, and the share of chains drawn with the most links. An
#: easy chain of three links has no marriage in it ("my father's sister's son"), so it
#: stays a plain walk up and down the tree; most easy chains still have two.
LINKS = {"easy": (2, 3), "medium": (2, 3), "hard": (3, 4)}
LONG_RATE = {"easy": 0.35, "medium": 0.5, "hard": 0.5}
NEUTRAL_RATE = {"easy": 0.0, "medium": 0.2, "hard": 0.25}
REVERSE_RATE = {"easy": 0.0, "medium": 0.3, "hard": 0.5}
SPOUSE_WEIGHT = {"easy": 0.15, "medium": 0.25, "hard": 0.35}
#: Names this family draws on besides the shared first names, so that the two people
#: in a question are seldom the same pair (unstated gender: names used for anyone).
MORE_NAMES: dict[Gender, tuple[str, ...]] = {
    "M": ("Adam", "Amir", "Andrei", "Arjun", "Ben", "Daniel", "Diego", "Ethan", "Finn",
          "George", "Henry", "Hiroshi", "Isaac", "Jack", "Karim", "Kwame", "Lars", "Leo",
          "Malik", "Marco", "Mikhail", "Noah", "Oscar", "Pedro", "Rohan", "Samuel",
          "Stefan", "Theo", "William", "Zoltan"),
    "F": ("Aisha", "Alice", "Chloe", "Clara", "Diana", "Emma", "Eva", "Fatima", "Freya",
          "Ingrid", "Isla", "Julia", "Leila", "Mei", "Mira", "Naomi", "Nora", "Olivia",
          "Rita", "Rosa", "Ruth", "Selma", "Sonia", "Tanya", "Tara", "Valeria", "Yasmin",
          "Zara", "Lucia", "Anya"),
    None: ("Alex", "Ari", "Jesse", "Jordan", "Kai", "Morgan", "Riley", "Robin", "Rowan",
           "Sam", "Sasha"),
}
NAMES: dict[Gender, tuple[str, ...]] = {
    g: tuple(names_of_gender(g)) + MORE_NAMES[g] for g in ("M", "F", None)
}
#: How the chain is told: the speaker points at, introduces or shows a photograph of the
#: relative, or the relation is simply stated. ({target}, {ego}, {pron}, {possessive},
#: {chain})
OPENINGS = (
    'Pointing to {target}, {ego} tells {possessive} friend: "{pron} is my {chain}."',
    "{target} is {ego}'s {chain}.",
    'Introducing {target}, {ego} says: "{pron} is my {chain}."',
    'Showing a photograph of {target}, {ego} says: "{pron} is my {chain}."',
)
CONVENTIONS = (
    "Assume that a child's parents are married to each other, that brothers and sisters "
    "share both parents, and that nobody has married more than once."
)


def term(state: State, gender: Gender) -> str | None:
    """The relation word for ``state`` and the gender of the person it names."""
    entry = TERMS.get(state)
    return None if entry is None else entry[0][GENDER_COLUMN[gender]]


def reverse_state(state: State) -> State:
    """The same relation seen from the other person."""
    up, down, pre, post = state
    if (up, down) == (0, 0):
        return state
    return (down, up, post, pre)


def step(state: State, relation: str) -> State | None:
    """The state one link further on, or None when the link is ambiguous or unnamed."""
    up, down, pre, post = state
    if relation == "spouse":
        if post or (up, down) == (0, 0) and pre:
            return None  # back along the marriage just made
        if (up, down) == (0, 0):
            return (0, 0, True, False)
        if down == 0:
            return state  # a parent's spouse is the other parent
        return (up, down, pre, True)
    if relation == "parent":
        if post:
            return None
        if down == 0:
            return (up + 1, 0, pre, False)
        if down == 1 and up >= 1:
            return (up, 0, pre, False)  # siblings share both parents
        return None  # a child's other parent, or a nephew's: which one is open
    if relation == "child":
        if post:
            return (up, down + 1, False, False)  # no step-children
        if (up, down) == (0, 0):
            return (0, 1, False, False)  # one's own or one's spouse's child
        if down == 0:
            return None  # an ancestor's child could be on one's own line
        return (up, down + 1, pre, False)
    # sibling
    if post:
        return None
    if (up, down) == (0, 0):
        return (1, 1, pre, False)
    if down == 0:
        return (up + 1, 1, pre, False)
    if down == 1:
        return (0, 1, False, False) if up == 0 else None  # a sibling's sibling may be oneself
    return state


@family(
    "deduction.relations", version=4,
    solver=kinship_solver.solve,
    summary="Family relations along a chain of 2-4 links, in-laws and direction included",
    formats=("choice",),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """Options are relation words; 3 to 8 of them."""


def _draw_path(
    params: Params, draw: Draw
) -> tuple[Gender, list[dict[str, Any]], list[State], bool] | None:
    """One random chain, or None when it wanders into an ambiguous or unnamed relation."""
    level = params.difficulty
    lo, hi = LINKS[level]
    n_links = hi if draw.random() < LONG_RATE[level] else lo
    reverse = draw.random() < REVERSE_RATE[level]
    ego_gender: Gender = "F" if draw.random() < 0.5 else "M"
    if not reverse and draw.random() < NEUTRAL_RATE[level]:
        ego_gender = None  # a reverse question names the ego's gender
    state: State = (0, 0, False, False)
    current: Gender = ego_gender
    path: list[dict[str, Any]] = []
    states: list[State] = []
    marriages = 0.0 if level == "easy" and n_links > 2 else SPOUSE_WEIGHT[level]
    for _ in range(n_links):
        if draw.random() < marriages:
            relation = "spouse"
        else:
            relation = ("parent", "child", "sibling")[draw.below(3)]
        if relation == "spouse" and path and path[-1]["relation"] == "spouse":
            return None  # "wife's husband": straight back along the same marriage
        nxt = step(state, relation)
        if nxt is None:
            return None
        if relation == "spouse":
            gender: Gender = None if current is None else ("F" if current == "M" else "M")
        else:
            gender = "F" if draw.random() < 0.5 else "M"
            if draw.random() < NEUTRAL_RATE[level]:
                gender = None
        if term(nxt, gender) is None:
            return None
        path.append({"relation": relation, "gender": gender})
        states.append(nxt)
        state, current = nxt, gender
    return ego_gender, path, states, reverse


#: Used only if 1000 random chains in a row fail, which the tests never saw happen.
_FALLBACK = ("F", [{"relation": "parent", "gender": "M"}, {"relation": "sibling", "gender": "F"}])


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    for _ in range(1000):
        drawn = _draw_path(params, draw)
        if drawn is None:
            continue
        ego_gender, path, states, reverse = drawn
        final = states[-1]
        if reverse:
            answer = term(reverse_state(final), ego_gender)
        else:
            answer = term(final, path[-1]["gender"])
        if answer is not None:
            break
    else:
        ego_gender, path = _FALLBACK[0], [dict(s) for s in _FALLBACK[1]]
        states = [(1, 0, False, False), (2, 1, False, False)]
        reverse = False
        answer = "aunt"
    target_gender = path[-1]["gender"]
    data = {
        "ego": {"name": "", "gender": ego_gender},
        "target": {"name": "", "gender": target_gender},
        "path": path,
        "question": "reverse" if reverse else "forward",
    }
    marriages = sum(1 for s in path if s["relation"] == "spouse")
    neutral = answer in {t[0][2] for t in TERMS.values()} and answer != "cousin"
    score = len(path) + (1.0 if reverse else 0.0) + 0.5 * marriages + (0.5 if neutral else 0.0)
    return Draft(data=data, answer=answer, score=score, spec={"states": states})


def _step_word(s: dict[str, Any]) -> str:
    return STEP_WORDS[s["relation"]][GENDER_COLUMN[s["gender"]]]


def _chain(path: list[dict[str, Any]]) -> str:
    return "'s ".join(_step_word(s) for s in path)


def _distractors(draft: Draft) -> list[str]:
    """Wrong relation words, most tempting first."""
    data = draft.data
    final: State = draft.spec["states"][-1]
    reverse = data["question"] == "reverse"
    asked_gender = data["ego"]["gender"] if reverse else data["target"]["gender"]
    key = (final, reverse, asked_gender, draft.answer)
    found = _WRONG.get(key)
    if found is None:
        found = _WRONG[key] = _wrong_words(final, reverse, asked_gender, draft.answer)
    return list(found)


# The wrong words are a pure function of the chain's last state, the direction, the asked
# person's gender and the key (a few hundred combinations in all), so each is listed once.
_WRONG: dict[tuple[State, bool, Gender, str], tuple[str, ...]] = {}


def _wrong_words(final: State, reverse: bool, asked_gender: Gender,
                 answer: str) -> tuple[str, ...]:
    asked_state = reverse_state(final) if reverse else final
    other_state = final if reverse else reverse_state(final)
    out: list[str] = []

    def add(word: str | None) -> None:
        if word and word != answer and word not in out:
            out.append(word)

    # The relation read the wrong way round, with the asked person's gender.
    add(term(other_state, asked_gender))
    up, down, pre, post = asked_state
    for state in [
        (up, down, not pre, post) if not post else (up, down, pre, False),
        (up, down, pre, not post) if not pre else (up, down, False, post),
        (up, down, False, False),
        (up + 1, down, pre, post),
        (up, down + 1, pre, post),
        (up - 1, down, pre, post),
        (up, down - 1, pre, post),
        (up + 1, down + 1, False, False),
        (down, up, False, False),
    ]:
        add(term(state, asked_gender))
    column = GENDER_COLUMN[asked_gender]
    for state in sorted(TERMS):
        add(TERMS[state][0][column])
    return tuple(out)


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """The prompt and options; the two names are drawn here and go into the wording."""
    data = draft.data
    draw = Draw(rng)
    ego_g = data["ego"]["gender"]
    tgt_g = data["target"]["gender"]
    ego = draw.pick(NAMES[ego_g])
    target = ego
    while target == ego:  # the two people never share a name
        target = draw.pick(NAMES[tgt_g])
    reverse = data["question"] == "reverse"
    opening = draw.pick(OPENINGS).format(
        target=target, ego=ego, chain=_chain(data["path"]),
        pron={"M": "He", "F": "She", None: "This person"}[tgt_g],
        possessive={"M": "his", "F": "her", None: "their"}[ego_g])
    if reverse:
        who = "a woman" if ego_g == "F" else "a man"
        question = f"{ego} is {who}. Complete the sentence: {ego} is {target}'s ____."
    else:
        question = f"Complete the sentence: {target} is {ego}'s ____."
    prompt = f"{opening} {question}\n{CONVENTIONS}"
    options = _distractors(draft)[: params.n_options - 1]
    options.insert(draw.below(len(options) + 1), draft.answer)
    people = {"ego": {**data["ego"], "name": ego}, "target": {**data["target"], "name": target}}
    return Wording(prompt, options, data=people)


def explain(draft: Draft) -> str:
    data = draft.data
    ego, target = data["ego"]["name"], data["target"]["name"]
    path = data["path"]
    states: list[State] = draft.spec["states"]
    lines = [f"Follow the chain one link at a time, naming each person's relation to {ego}."]
    for i, s in enumerate(states):
        word = term(s, path[i]["gender"])
        reason = TERMS[s][1]
        if i == 0:
            lines.append(f"Start with {ego}'s {word} ({reason}).")
        else:
            prev = term(states[i - 1], path[i - 1]["gender"])
            lines.append(
                f"The {_step_word(path[i])} of {ego}'s {prev} is {ego}'s {word} ({reason})."
            )
    final = states[-1]
    forward_word = term(final, data["target"]["gender"])
    lines.append(f"So {target} is {ego}'s {forward_word}.")
    if data["question"] == "reverse":
        back = reverse_state(final)
        backwards = term(final, data["ego"]["gender"]) or forward_word
        warning = "The question asks the other way round"
        # Some relations read the same both ways (a sister's husband and a wife's
        # brother are both brothers-in-law); then there is no backwards reading to warn of.
        if backwards != draft.answer:
            warning += f": answering \"{backwards}\" would read the relation backwards"
        lines.append(warning + ".")
        lines.append(
            f"Seen from {target}, {ego} is {TERMS[back][1]}, so {ego} is {target}'s "
            f"{draft.answer} ({ego} is {'a woman' if data['ego']['gender'] == 'F' else 'a man'})."
        )
    return "\n".join(lines)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "forward": (
        "Walk the chain one link at a time, noting each person's generation and sex; in-"
        "laws come through a spouse."
    ),
    "reverse": (
        "Turn the relation round: if A is B's uncle, B is A's nephew or niece, by B's "
        "sex."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return str(draft.data["question"])


EFFORT = kinship_solver.effort
BANDS = {"easy": (2.0, 3.0), "medium": (2.0, 5.0), "hard": (3.5, 9.0)}
