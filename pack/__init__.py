"""teachpack: an encyclopedia article becomes a printable teaching pack.

The pipeline (see `pack.build`) reads the article, extracts a glossary,
who's-who, timeline and questions, assembles a book and renders it as a
PDF and an EPUB from one set of layouts and styles.
"""

__version__ = "0.1.0"
