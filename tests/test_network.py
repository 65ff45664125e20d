"""Nothing leaves the machine: a course whose stylesheet, fonts and images
point at a real HTTP server on this machine builds without one request."""

from __future__ import annotations

import http.server
import threading

from click.testing import CliRunner

from coursekit import make_course, write
from pack.cli import main


class _Counting(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):                      # noqa: N802 (the stdlib's name)
        _Counting.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { color: red; }")

    def log_message(self, *args):          # keep the test output clean
        pass


def test_no_request_reaches_a_local_server(tmp_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        course = make_course(tmp_path / "course", '[sources]\nfiles = ["a.txt"]\n[appendices]\ninclude = []\n',
                             {"a.txt": f'Lead text with <img src="{base}/inline.png"> in it.\n\n== Part ==\nBody text.\n'})
        write(course / "course.css", f'@import url("{base}/imported.css");\n'
                                     f'.chapter-title {{ background: url({base}/bg.png); }}\n'
                                     f'@font-face {{ font-family: "Remote"; src: url({base}/font.ttf); }}\n'
                                     'h1 { font-family: "Remote", sans-serif; }\n')
        write(course / "layouts" / "partials" / "title.html",
              '<section class="title-page" id="{{ page.id }}"><h1 class="book-title">{{ book.title }}</h1>'
              f'<img src="{base}/layout.png" alt=""/></section>')
        result = CliRunner().invoke(main, ["build", str(course)])
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    assert _Counting.requests == []
    assert "layouts and stylesheets never use the network" in result.output
