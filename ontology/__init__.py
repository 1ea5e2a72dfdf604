"""The film-kg OWL ontology and SHACL shapes, shipped as package data (``kg.ontology``)."""
