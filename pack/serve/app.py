"""Review in the browser, the application (Starlette): the routes, the push
from server to page (Server-Sent Events) and the "Make" button's build.

Inputs: a course folder, the port the server listens on, a CSRF token.
Outputs: the review pages (`/list/<list>`, `/preview`), the book's preview
files (`/book/<name>`: only the members of the EPUB made in memory), the
files of the last build (`/files/<name>`: only those it wrote), the
changes (`POST /api/<list>/...`, saved at once through the store), the
events (`/events`: "changed" when the preview was rebuilt, "progress" and
"built" for the build), all behind `pack.serve.guard`. Nothing else on
disk is reachable: no route takes a path.
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import os
import sys
import traceback
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
from sse_starlette import EventSourceResponse
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

import pack
from pack.errors import PackError
from pack.serve.guard import Guard
from pack.serve.pages import Pages, words
from pack.serve.preview import Preview
from pack.serve.store import Store
from pack.serve.watch import watch_course

STATIC = Path(__file__).parent / "static"
mimetypes.add_type("application/xhtml+xml", ".xhtml")


class Hub:
    """Every open page's event queue: one event sent to all."""

    def __init__(self) -> None:
        self.queues: set[asyncio.Queue] = set()

    def publish(self, event: str, data: dict) -> None:
        for queue in self.queues:
            queue.put_nowait({"event": event, "data": json.dumps(data)})


class Builder:
    """`teachpack build COURSE` in a child process, its lines sent to the page."""

    def __init__(self, store: Store, hub: Hub) -> None:
        self.store, self.hub = store, hub
        self.process: asyncio.subprocess.Process | None = None
        self.task: asyncio.Task | None = None
        self.files: dict[str, Path] = {}

    def start(self) -> bool:
        """Start a build unless one is running (a second click waits for the first)."""
        if self.task is not None and not self.task.done():
            return False
        self.task = asyncio.get_running_loop().create_task(self.run())
        return True

    async def run(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(Path(pack.__file__).resolve().parent.parent), os.environ.get("PYTHONPATH", "")])}
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "pack", "build", str(self.store.root), "--verbose",
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env)
        written: list[str] = []
        errors: list[str] = []

        async def progress() -> None:
            async for line in self.process.stderr:
                text = line.decode("utf-8", "replace").rstrip()
                errors.append(text)
                self.hub.publish("progress", {"line": text})
        async with anyio.create_task_group() as group:
            group.start_soon(progress)
            written += [line.decode("utf-8", "replace").strip() async for line in self.process.stdout]
        status = await self.process.wait()
        self.process = None
        self._finish(status, written, errors)

    def _finish(self, status: int, written: list[str], errors: list[str]) -> None:
        out_dir = self.store.plan.out_dir.resolve()
        paths = [Path(p).resolve() for p in written if p]
        self.files = {p.name: p for p in paths if p.is_relative_to(out_dir) and p.is_file()}
        said = words(self.store.lang)
        message = said["made"] if status == 0 else said["failed"].format(status=status)
        self.hub.publish("built", {"ok": status == 0, "message": message if status == 0 else
                                   " ".join([message, *errors[-3:]]),
                                   "files": [{"name": n, "url": f"/files/{n}"} for n in self.files]})

    def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()


def make_app(root: Path, port: int, token: str) -> Guard:
    store = Store(root)
    preview = Preview(store)
    hub = Hub()
    builder = Builder(store, hub)
    pages = Pages(store, preview, token)

    async def changed(what: str) -> None:
        """A course file changed: read the course again if need be, rebuild, tell the pages."""
        try:
            if what == "course":
                await anyio.to_thread.run_sync(store.load)
            edition = await anyio.to_thread.run_sync(preview.rebuild)
            version, error = edition.version, edition.error
        except PackError as mistake:            # course.toml or an article broken: say so
            version, error = preview.edition.version + 1, mistake.format_message()
        except Exception:                       # a bug: shown, and the server keeps serving
            traceback.print_exc()
            version, error = preview.edition.version + 1, words(store.lang)["internal_error"]
        preview.edition.version, preview.edition.error = version, error
        hub.publish("changed", {"version": version, "error": error})

    @asynccontextmanager
    async def lifespan(app):
        await anyio.to_thread.run_sync(preview.rebuild)
        stop = anyio.Event()
        async with anyio.create_task_group() as group:
            group.start_soon(watch_course, store.root, lambda: store.plan.out_dir,
                             lambda: tuple(store.plan.sources), changed, stop)
            try:
                yield
            finally:
                stop.set()
                builder.stop()

    def kind_of(request: Request):
        kind = store.kind(request.path_params["kind"])
        if kind is None:
            raise _NotFound()
        return kind

    async def home(request: Request) -> Response:
        return RedirectResponse(f"/list/{store.kinds[0].name}" if store.kinds else "/preview")

    async def list_page(request: Request) -> Response:
        kind = kind_of(request)
        number = request.query_params.get("page", "1")
        html = await anyio.to_thread.run_sync(pages.list_page, kind, request.query_params.get("show") == "new",
                                              int(number) if number.isdigit() else 1)
        return HTMLResponse(html)

    async def preview_page(request: Request) -> Response:
        return HTMLResponse(pages.preview_page(request.query_params.get("page", "")))

    async def book(request: Request) -> Response:
        data = preview.edition.files.get(request.path_params["name"])
        if data is None:
            raise _NotFound()
        kind = mimetypes.guess_type(request.path_params["name"])[0] or "application/octet-stream"
        return Response(data, media_type=kind, headers={"Cache-Control": "no-store"})

    async def change(request: Request, action, answer=pages.entry) -> Response:
        """Run one change to a list; the entry as it is now (`answer`), and what happened."""
        kind = kind_of(request)
        key = request.path_params.get("key", "")
        form = {name: str(value) for name, value in (await request.form()).items()}
        try:
            key = await anyio.to_thread.run_sync(action, kind, key, form) or key
            message, failed = pages.saved(kind), False
        except PackError as error:
            message, failed = pages.not_saved(error.format_message()), True
        row = await anyio.to_thread.run_sync(store.row, kind, key)
        if row is None:
            return HTMLResponse(pages.status(message, failed))
        return HTMLResponse(answer(kind, row, message, failed))

    async def keep(request: Request) -> Response:
        return await change(request, lambda kind, key, form: store.keep(kind, key, "keep" in form))

    async def edit(request: Request) -> Response:
        return await change(request, lambda kind, key, form: store.edit(kind, key, form), pages.edited)

    async def add(request: Request) -> Response:
        return await change(request, lambda kind, key, form: store.add(kind, form))

    async def seen(request: Request) -> Response:
        await anyio.to_thread.run_sync(store.mark_seen, kind_of(request))
        return Response(status_code=204, headers={"HX-Refresh": "true"})

    async def events(request: Request) -> Response:
        queue: asyncio.Queue = asyncio.Queue()

        async def stream():
            hub.queues.add(queue)
            try:
                edition = preview.edition
                yield {"event": "changed", "data": json.dumps({"version": edition.version,
                                                               "error": edition.error})}
                while True:
                    yield await queue.get()
            finally:
                hub.queues.discard(queue)
        return EventSourceResponse(stream(), ping=15)

    async def build(request: Request) -> Response:
        return Response(status_code=202 if builder.start() else 409)

    async def files(request: Request) -> Response:
        path = builder.files.get(request.path_params["name"])
        if path is None or not path.is_file():
            raise _NotFound()
        return FileResponse(path)

    async def not_found(request: Request, exc) -> Response:
        return Response("not found", status_code=404)

    app = Starlette(routes=[
        Route("/", home),
        Route("/list/{kind}", list_page),
        Route("/preview", preview_page),
        Route("/book/{name:path}", book),
        Route("/events", events),
        Route("/files/{name}", files),
        Route("/build", build, methods=["POST"]),
        Route("/api/{kind}/add", add, methods=["POST"]),
        Route("/api/{kind}/seen", seen, methods=["POST"]),
        Route("/api/{kind}/{key}/keep", keep, methods=["POST"]),
        Route("/api/{kind}/{key}/edit", edit, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC)),
    ], lifespan=lifespan, exception_handlers={_NotFound: not_found, 404: not_found})
    return Guard(app, port, token)


class _NotFound(Exception):
    """No such list, book page or built file."""
