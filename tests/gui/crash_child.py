"""Run by test_gui_crash.py: types into a new job, says "SAVED" once autosaved, then waits
to be killed. Argument: the profile folder."""

from __future__ import annotations

import argparse
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from wo_desktop.app import build_window  # noqa: E402

NAME = "Boiler pressure drops at night"
MEMO = "Caller: Mrs Peeters, back door code 4471"


def main() -> None:
    app = QApplication([sys.argv[0]])
    args = argparse.Namespace(
        profile=sys.argv[1],
        demo=False,
        lang="en",
        measure_startup=False,
        quit_after_first_paint=False,
    )
    window, _startup = build_window(args)
    window.show()

    def attached() -> None:
        if window.service is None:
            QTimer.singleShot(20, attached)
            return
        window.new_job()
        QTest.keyClicks(window.editor.fields["name"], NAME)
        QTest.keyClicks(window.editor.fields["internal_memo"], MEMO)

    def saved(record: object) -> None:
        job = getattr(record, "job", {})
        if job.get("name") == NAME and job.get("internal_memo") == MEMO:
            print(f"SAVED {record.id}", flush=True)  # type: ignore[attr-defined]

    window.saved.connect(saved)
    QTimer.singleShot(0, attached)
    app.exec()


if __name__ == "__main__":
    main()
