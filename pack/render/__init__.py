"""Render stage: a Book becomes HTML (`html`), then a PDF (`pdf`) and an
EPUB (`epub`, with `fonts` and `cover`); `groups` helps the layouts and
`timeline_svg` draws the timeline."""
