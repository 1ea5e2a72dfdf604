"""Check a graph against the film-kg SHACL shapes and report violations readably.

>>> from rdflib import Graph, Literal
>>> from kg.vocab import ID, KG, RDF, RDFS
>>> graph = Graph()
>>> _ = graph.add((ID["film/quiet-harbour"], RDF.type, KG.Film))
>>> print(validate_graph(graph).render())  # doctest: +ELLIPSIS
<https://w3id.org/film-kg/id/film/quiet-harbour>: rdfs:label: an entity needs exactly one ...
>>> _ = graph.add((ID["film/quiet-harbour"], RDFS.label, Literal("Quiet Harbour")))
>>> validate_graph(graph).conforms
True

pyshacl (about 0.15 s on top of rdflib) is imported inside :func:`validate_graph`, so commands
that never validate do not pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rdflib import ConjunctiveGraph, Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from kg.vocab import PREFIXES, bind_prefixes, ontology_file

__all__ = ["ValidationReport", "Violation", "validate_graph"]

Inference = Literal["none", "rdfs", "owlrl", "both"]


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: the node at fault, the property, and what is wrong.

    Attributes:
        focus: the IRI (or blank node id) of the node that breaks a shape.
        label: the focus node's ``rdfs:label`` when it has exactly one, else None.
        path: the property path as a prefixed name (``kg:directed``), None for node checks.
        message: the shape's message.
        value: the offending value when SHACL names one other than the focus node, ready to
            print: ``Label <IRI>`` for a node, N3 for a literal (``"1.5"^^xsd:decimal``).
        severity: ``Violation``, ``Warning`` or ``Info``.
        shape: the shape that failed (an IRI, or a blank node id for nested shapes).
    """

    focus: str
    label: str | None
    path: str | None
    message: str
    value: str | None = None
    severity: str = "Violation"
    shape: str | None = None

    def render(self) -> str:
        """One line: ``Label <IRI>: path: message (value: ...)``, leaving out what is unknown."""
        where = f"{self.path}: " if self.path else ""
        who = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        what = f" (value: {self.value})" if self.value else ""
        return f"{who}: {where}{self.message}{what}"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`; ``conforms`` is True when nothing is wrong."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def render(self) -> str:
        """One line per violation, or one line saying the graph conforms."""
        if not self.violations:
            return "The graph conforms to the film-kg shapes: no violations."
        return "\n".join(violation.render() for violation in self.violations)


def validate_graph(data: Graph, *, inference: Inference = "none") -> ValidationReport:
    """Validate ``data`` against ``ontology/shapes.ttl``, with ``ontology/kg.ttl`` mixed in.

    A :class:`rdflib.Dataset` (or any graph with named graphs) is validated as the union of its
    graphs, so one entity seen in two articles must still have one label. ``data`` is not
    modified.

    The ontology is mixed into the data, so ``sh:class kg:Work`` accepts a film through its
    ``rdfs:subClassOf`` axiom without any inference. No inference is the default: RDFS inference
    turns every ``rdfs:domain``/``rdfs:range`` into a type (a film used as the subject of
    ``kg:directed`` becomes a person too), so a broken triple is then reported as a node with two
    classes, often several times over, and validation takes about three times as long. With
    ``inference="none"`` one broken triple gives one violation that names the property.
    """
    import pyshacl

    merged = _union(data)
    conforms, results, _text = pyshacl.validate(
        merged,
        shacl_graph=_load("shapes.ttl"),
        ont_graph=_load("kg.ttl"),
        inference=inference,
        inplace=merged is not data,  # a union made here may be mixed into in place
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
    )
    violations = sorted(
        _violations(results, merged),
        key=lambda v: (v.label or "", v.focus, v.path or "", v.message, v.value or ""),
    )
    return ValidationReport(conforms=bool(conforms), violations=violations)


def _load(name: str) -> Graph:
    """Parse a Turtle file of ``kg.ontology`` (fresh each time: pyshacl may annotate it)."""
    return Graph().parse(data=ontology_file(name).read_text("utf-8"), format="turtle")


def _union(data: Graph) -> Graph:
    """All the triples of ``data``, named graphs included, in one plain graph."""
    if not isinstance(data, ConjunctiveGraph):
        return data
    merged = bind_prefixes(Graph())
    for subject, predicate, obj, _graph in data.quads((None, None, None, None)):
        merged.add((subject, predicate, obj))
    return merged


def _violations(results: Graph, data: Graph) -> list[Violation]:
    """One :class:`Violation` per distinct ``sh:ValidationResult`` in pyshacl's report."""
    found = set()
    reports = results.subjects(RDF.type, SH.ValidationReport)
    # Only the report's own results: nested ones (sh:detail) repeat what sh:node found.
    for result in {r for report in reports for r in results.objects(report, SH.result)}:
        focus = results.value(result, SH.focusNode)
        value = results.value(result, SH.value)
        if value == focus:
            value = None
        shape = results.value(result, SH.sourceShape)
        found.add(
            Violation(
                focus=str(focus),
                label=_label(data, focus),
                path=_qname(results.value(result, SH.resultPath)),
                message=_message(results, result),
                value=_show_value(data, value),
                severity=_local_name(results.value(result, SH.resultSeverity)) or "Violation",
                shape=str(shape) if shape is not None else None,
            )
        )
    return list(found)


def _message(results: Graph, result: Node) -> str:
    """The shape's message (pyshacl's generated one when the shape has none)."""
    messages = sorted(str(message) for message in results.objects(result, SH.resultMessage))
    return messages[0] if messages else "does not conform"


def _label(data: Graph, node: Node | None) -> str | None:
    """The node's one rdfs:label, or None when it has none or several."""
    labels = list(data.objects(node, RDFS.label)) if node is not None else []
    return str(labels[0]) if len(labels) == 1 else None


def _show_value(data: Graph, value: Node | None) -> str | None:
    """A value as the report prints it: ``Label <IRI>``, ``<IRI>``, or a literal in N3."""
    if value is None:
        return None
    if isinstance(value, URIRef):
        label = _label(data, value)
        return f"{label} <{value}>" if label else f"<{value}>"
    return value.n3(data.namespace_manager)


def _qname(path: Node | None) -> str | None:
    """A property path as ``prefix:name`` when :data:`PREFIXES` covers it, else ``<IRI>``."""
    if path is None:
        return None
    if not isinstance(path, URIRef):
        return "(complex path)"
    for prefix, namespace in PREFIXES.items():
        if path.startswith(namespace) and path[len(namespace) :].isidentifier():
            return f"{prefix}:{path[len(namespace) :]}"
    return f"<{path}>"


def _local_name(iri: Node | None) -> str | None:
    """``sh:Violation`` -> ``Violation``."""
    return str(iri).rsplit("#", 1)[-1] if iri is not None else None
