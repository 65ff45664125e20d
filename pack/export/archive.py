"""Export stage, zip files that a rebuild writes byte for byte the same.

Inputs: (name, bytes) entries in order and the build time. Output: the
bytes of a zip archive whose every entry carries the build time (with
SOURCE_DATE_EPOCH set, a fixed one) and the same permissions, so the QTI
package and the Anki deck depend only on their content and that time.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)      # the earliest time a zip entry can carry


def zip_bytes(entries: list[tuple[str, bytes]], when: dt.datetime) -> bytes:
    stamp = max(ZIP_EPOCH, when.astimezone(dt.timezone.utc).timetuple()[:6])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
