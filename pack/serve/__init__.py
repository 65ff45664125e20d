"""Review stage, in the browser: `teachpack review DIR`.

A local web page where a teacher reviews a course's generated lists with
ticks and text boxes instead of TOML, beside a preview of the book that
refreshes itself. The same review store as `teachpack extract`
(`pack.review`): one store, two doors.

    store     the lists as the pages show them; every change saved at once
    preview   the book's HTML edition (the EPUB's pages), rebuilt in memory
    watch     the course's files watched; a change rebuilds the preview
    pages     the HTML of the pages (Jinja templates, language words)
    guard     Host, Origin and CSRF-token checks on every request
    app       the Starlette application: routes and the push to the page
    run       the server bound to 127.0.0.1 on a free port, stopped on Ctrl-C
"""
