"""Review in the browser, the server: `teachpack review` from a folder (or
an article file) to a page in the browser, until Ctrl-C.

Inputs: a course folder, or an article file (a course is made beside it
first: `<name>/`, with the article copied in; asking nothing), a port (0:
a free one), whether to open the browser. Outputs: the address on
stdout, the page served by uvicorn on 127.0.0.1 only. Ctrl-C stops it
cleanly: the server stops taking requests, finishes the ones under way
(every edit is written atomically before its answer), stops a running
build and the file watcher, and exits 0.
"""

from __future__ import annotations

import secrets
import socket
import webbrowser
from pathlib import Path
from typing import Callable

import click
import uvicorn

from pack.config.course import init_course, is_course
from pack.errors import ConfigError, SourceError

HOST = "127.0.0.1"


def course_folder(given: str, say: Callable[[str], None]) -> Path:
    """The course to review: a course folder, or a course made for an article file."""
    if given.startswith(("http://", "https://")):
        raise SourceError("teachpack reads article files, it does not fetch links", where=given,
                          hint="Save the article's text to a file and run `teachpack review FILE`.")
    target = Path(given)
    if target.is_file():
        folder = target.with_suffix("")
        if not is_course(folder):
            for path in init_course(folder, target):
                say(f"wrote {path}")
        return folder
    if not is_course(target):
        raise ConfigError(f"no course.toml in {target}", where=str(target),
                          hint="Give a course folder (`teachpack init DIR` makes one) or an article file.")
    return target


def serve(folder: Path, port: int, browser: bool, say: Callable[[str], None]) -> None:
    from pack.serve.app import make_app      # Starlette, uvicorn and the stages: only when serving

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((HOST, port))
    except OSError as error:
        raise click.BadParameter(f"cannot listen on {HOST}:{port} ({error.strerror}); choose another "
                                 "port, or leave --port out to take a free one", param_hint="--port") from None
    listener.listen(128)      # a browser opened now waits in the queue, not refused
    port = listener.getsockname()[1]
    app = make_app(folder.resolve(), port, secrets.token_urlsafe(32))
    url = f"http://{HOST}:{port}/"
    config = uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=3, lifespan="on")
    server = uvicorn.Server(config)
    say(f"reviewing {folder} at {url}  (Ctrl-C to stop)")
    if browser:
        webbrowser.open(url)
    try:
        server.run(sockets=[listener])
    except KeyboardInterrupt:     # uvicorn raises Ctrl-C again once it has shut down cleanly
        pass
    say("stopped; every change is saved in review/")
