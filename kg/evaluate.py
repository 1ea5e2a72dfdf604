"""Score the extractor against hand-made gold facts (``kg eval``).

Follows the matching rules of the corpus README exactly:

* per article (a prediction's ``source`` file name without extension = the gold file's name);
* names normalised (NFKD, diacritics dropped, casefolded, a leading "the " dropped, punctuation
  dropped, spaces collapsed) match an entity's canonical name or any alias;
* a ``said`` matches when the speaker matches and the quotes overlap: one contains the other (at
  least two words) or token F1 >= 0.6; one predicted quote that merges two gold segments of the
  same speaker counts once and credits both;
* a prediction matching an ``optional`` fact counts neither way; a second prediction of an
  already matched fact is a duplicate, not a false positive;
* precision = TP / (TP + FP); recall = gold facts credited / gold facts; F1 per predicate and
  micro-averaged over core and over extended predicates; character accuracy on matched
  ``starred_in``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.types import CORE_PREDICATES, EXTENDED_PREDICATES, Fact, Predicate

__all__ = ["EvalReport", "GoldError", "Score", "evaluate", "evaluate_facts", "normalise_name"]


class GoldError(KgError):
    """A gold file that cannot be read or does not follow the gold format."""


def normalise_name(name: str) -> str:
    """The matching key of a name, as the corpus README defines it.

    >>> normalise_name("The Lord of the Rings: The Two Towers")
    'lord of the rings the two towers'
    >>> normalise_name("Gorō  Miyazaki")
    'goro miyazaki'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"[^\w\s]|_", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKD", text).casefold())


def quotes_match(predicted: str, gold: str) -> bool:
    """Whether two quote texts overlap enough: containment (>= 2 words) or token F1 >= 0.6."""
    p, g = _tokens(predicted), _tokens(gold)
    if not p or not g:
        return False
    pj, gj = " ".join(p), " ".join(g)
    if (len(p) >= 2 and f" {pj} " in f" {gj} ") or (len(g) >= 2 and f" {gj} " in f" {pj} "):
        return True
    common = sum((Counter(p) & Counter(g)).values())
    if not common:
        return False
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall) >= 0.6


@dataclass(frozen=True, slots=True)
class GoldFact:
    """One gold fact (required or optional) of an article."""

    s: str
    p: Predicate
    o: str
    character: str | None = None


@dataclass(slots=True)
class Gold:
    """An article's gold file: entity aliases, required and optional facts."""

    article: str
    keys: dict[str, frozenset[str]]  # normalised surface -> every canonical name it matches
    facts: list[GoldFact]
    optional: list[GoldFact]

    def entities(self, name: str) -> frozenset[str]:
        """Every gold entity a surface form matches (its canonical name or one of its aliases).

        A form can match more than one: "Kael" is a character's name and a film's alias.
        A form no entity declares stands for itself (normalised).
        """
        key = normalise_name(name)
        return self.keys.get(key, frozenset({key}))

    def same(self, a: str, b: str) -> bool:
        """Whether two surface forms can name the same gold entity."""
        return not self.entities(a).isdisjoint(self.entities(b))


def load_gold(path: Path) -> Gold:
    """Read and check one ``NAME.gold.json``.

    Raises:
        GoldError: naming the file and the problem.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: cannot be read ({err})") from None
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}: not valid JSON (line {err.lineno}: {err.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise GoldError(f"{path}: gold file needs a 'facts' list")
    keys: dict[str, set[str]] = {}
    for name, info in (data.get("entities") or {}).items():
        for surface in (name, *(info or {}).get("aliases", [])):
            keys.setdefault(normalise_name(surface), set()).add(name)
    return Gold(
        article=path.name.removesuffix(".gold.json"),
        keys={key: frozenset(names) for key, names in keys.items()},
        facts=[_gold_fact(path, f) for f in data["facts"]],
        optional=[_gold_fact(path, f) for f in data.get("optional", [])],
    )


def _gold_fact(path: Path, raw: object) -> GoldFact:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("s", "p", "o")):
        raise GoldError(f"{path}: every fact needs string fields s, p, o (got {raw!r})")
    try:
        predicate = Predicate(raw["p"])
    except ValueError:
        raise GoldError(f"{path}: unknown predicate {raw['p']!r}") from None
    return GoldFact(raw["s"], predicate, raw["o"], raw.get("character"))


@dataclass(slots=True)
class Score:
    """Counts for one predicate (or a micro-average)."""

    tp: int = 0
    fp: int = 0
    gold: int = 0
    credited: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Gold facts credited / gold facts; 1.0 when there is no gold fact."""
        return self.credited / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        """Accumulate another score's counts into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.gold += other.gold
        self.credited += other.credited


@dataclass(slots=True)
class EvalReport:
    """Scores per predicate, micro-averages, character accuracy, misses and false positives."""

    articles: list[str] = field(default_factory=list)
    scores: dict[Predicate, Score] = field(default_factory=dict)
    misses: list[tuple[str, GoldFact]] = field(default_factory=list)
    false_positives: list[Fact] = field(default_factory=list)
    characters_right: int = 0
    characters_checked: int = 0
    confident_tp: int = 0
    confident_fp: int = 0
    confidence_threshold: float = 0.8

    def micro(self, predicates: Iterable[Predicate]) -> Score:
        """The micro-averaged score over some predicates."""
        total = Score()
        for predicate in predicates:
            total.add(self.scores.get(predicate, Score()))
        return total

    @property
    def core(self) -> Score:
        """Micro-average over directed, starred_in, sequel_of, said."""
        return self.micro(sorted(CORE_PREDICATES))

    @property
    def extended(self) -> Score:
        """Micro-average over the eight extended predicates."""
        return self.micro(sorted(EXTENDED_PREDICATES))

    @property
    def character_accuracy(self) -> float:
        """Share of matched ``starred_in`` facts whose gold character was predicted right."""
        return self.characters_right / self.characters_checked if self.characters_checked else 1.0

    @property
    def confident_precision(self) -> float:
        """Precision of the facts at or above the confidence threshold."""
        total = self.confident_tp + self.confident_fp
        return self.confident_tp / total if total else 1.0

    def to_json(self) -> dict[str, object]:
        """The report as plain data (``kg eval --format json``)."""

        def row(score: Score) -> dict[str, float | int]:
            return {
                "precision": round(score.precision, 4),
                "recall": round(score.recall, 4),
                "f1": round(score.f1, 4),
                "tp": score.tp,
                "fp": score.fp,
                "gold": score.gold,
                "credited": score.credited,
            }

        return {
            "articles": self.articles,
            "predicates": {p.value: row(s) for p, s in sorted(self.scores.items())},
            "core": row(self.core),
            "extended": row(self.extended),
            "character_accuracy": round(self.character_accuracy, 4),
            "confident_precision": round(self.confident_precision, 4),
            "confidence_threshold": self.confidence_threshold,
            "misses": [{"article": a, "s": g.s, "p": g.p.value, "o": g.o} for a, g in self.misses],
            "false_positives": [f.to_json() for f in self.false_positives],
        }

    def render(self) -> str:
        """A table for people, then every miss and false positive with its evidence."""
        lines = [f"{'predicate':<15}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'gold':>6}"]
        for predicate in Predicate:
            score = self.scores.get(predicate, Score())
            lines.append(_row(predicate.value, score))
        lines.append(_row("core (micro)", self.core))
        lines.append(_row("extended", self.extended))
        lines.append(
            f"character accuracy {self.character_accuracy:.3f} "
            f"({self.characters_right}/{self.characters_checked} matched starred_in)"
        )
        lines.append(
            f"precision at confidence >= {self.confidence_threshold}: "
            f"{self.confident_precision:.3f} ({self.confident_tp}/"
            f"{self.confident_tp + self.confident_fp})"
        )
        if self.misses:
            lines.append(f"\nmisses ({len(self.misses)}):")
            lines += [f"  {a}: {g.s} -{g.p.value}-> {g.o}" for a, g in self.misses]
        if self.false_positives:
            lines.append(f"\nfalse positives ({len(self.false_positives)}):")
            for fact in self.false_positives:
                lines.append(
                    f"  {fact.source}: {fact.subject.display_name} -{fact.predicate.value}-> "
                    f"{fact.object_text} [{fact.rule} {fact.confidence}]"
                )
                lines.append(f"      {fact.evidence.strip()[:160]}")
        lines.append(
            f"\n{len(self.articles)} articles; core F1 {self.core.f1:.3f}, "
            f"extended F1 {self.extended.f1:.3f}"
        )
        return "\n".join(lines)


def _row(name: str, score: Score) -> str:
    return (
        f"{name:<15}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
        f"{score.tp:>5}{score.fp:>5}{score.gold:>6}"
    )


def evaluate(gold_dir: Path) -> EvalReport:
    """Extract every ``NAME.txt`` that has a ``NAME.gold.json`` in ``gold_dir`` and score it.

    Raises:
        GoldError: when the directory has no gold pairs or a gold file is malformed.
    """
    from kg.extract import extract
    from kg.text import load_article

    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: not a directory")
    pairs = [
        (path, gold_dir / f"{path.name.removesuffix('.gold.json')}.txt")
        for path in sorted(gold_dir.glob("*.gold.json"))
    ]
    pairs = [(g, t) for g, t in pairs if t.exists()]
    if not pairs:
        raise GoldError(f"{gold_dir}: no NAME.txt / NAME.gold.json pairs found")
    report = EvalReport()
    for gold_path, text_path in pairs:
        gold = load_gold(gold_path)
        facts = extract(load_article(text_path))
        evaluate_facts(gold, facts, report)
    return report


def evaluate_facts(gold: Gold, facts: Sequence[Fact], report: EvalReport) -> EvalReport:
    """Score one article's predicted facts against its gold, accumulating into ``report``."""
    report.articles.append(gold.article)
    credited: set[int] = set()
    matched_keys: set[tuple[str, ...]] = set()
    for predicate in Predicate:
        report.scores.setdefault(predicate, Score()).gold += sum(
            1 for g in gold.facts if g.p == predicate
        )
    for fact in facts:
        score = report.scores.setdefault(fact.predicate, Score())
        hits = [i for i, g in enumerate(gold.facts) if _matches(gold, fact, g)]
        confident = fact.confidence >= report.confidence_threshold
        if hits:
            key = tuple(str(i) for i in hits)
            new = [i for i in hits if i not in credited]
            if new or key not in matched_keys:
                if new:
                    score.tp += 1
                    report.confident_tp += confident
                matched_keys.add(key)
            for i in new:
                credited.add(i)
                score.credited += 1
                _check_character(gold, fact, gold.facts[i], report)
            continue
        if any(_matches(gold, fact, g) for g in gold.optional):
            continue
        score.fp += 1
        report.confident_fp += confident
        report.false_positives.append(fact)
    report.misses += [(gold.article, g) for i, g in enumerate(gold.facts) if i not in credited]
    return report


def _matches(gold: Gold, fact: Fact, g: GoldFact) -> bool:
    if fact.predicate != g.p or not gold.same(fact.subject.display_name, g.s):
        return False
    if fact.predicate == Predicate.SAID:
        return quotes_match(fact.object_text, g.o)
    return gold.same(fact.object_text, g.o)


def _check_character(gold: Gold, fact: Fact, g: GoldFact, report: EvalReport) -> None:
    if fact.predicate != Predicate.STARRED_IN or not g.character:
        return
    report.characters_checked += 1
    if fact.character and gold.same(fact.character.name, g.character):
        report.characters_right += 1
