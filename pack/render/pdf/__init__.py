"""Render stage, the PDF: the one entry point for a book's PDF (filled in below)."""
