"""History: each saved revision, each attempt to send, and the server's receipt."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from wo_desktop.ui.timefmt import local_time


def _get(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryTab")
        layout = QVBoxLayout(self)
        self.receipt = QLabel(self)
        self.receipt.setObjectName("receipt")
        self.receipt.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("history")
        self.tree.setAccessibleName(self.tr("History of the job"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        layout.addWidget(self.receipt)
        layout.addWidget(self.tree, 1)
        self.show_history(None, [], [])

    def _kind_text(self, kind: str) -> str:
        return {
            "save": self.tr("Saved"),
            "ready": self.tr("Made ready to send"),
            "sent": self.tr("Sent"),
            "rejected": self.tr("Rejected by the server"),
            "sync_attempt": self.tr("Attempt to send"),
            "trash": self.tr("Moved to the trash"),
            "restore": self.tr("Restored from the trash"),
            "import": self.tr("Imported"),
        }.get(kind, kind)

    def _outcome(self, detail: dict[str, Any]) -> str:
        if detail.get("http_status") and detail.get("server_id"):
            return (
                self.tr("HTTP %1, server id %2")
                .replace("%1", str(detail["http_status"]))
                .replace("%2", str(detail["server_id"]))
            )
        problems = detail.get("problems") or []
        if problems:
            return "; ".join(str(p.get("message") or "") for p in problems)
        outcome = {
            "unknown": self.tr("No answer: it will be checked before sending again"),
            "requeued": self.tr("Not delivered: tried again later"),
            "edited_while_sending": self.tr("Changed while being sent"),
        }.get(str(detail.get("outcome") or ""), str(detail.get("outcome") or ""))
        error = detail.get("error")
        return f"{outcome} ({error})" if error else outcome

    def show_history(self, record: Any, journal: list[Any], attempts: int) -> None:
        self.tree.clear()
        if record is None:
            self.receipt.setText(self.tr("A new job has no history until it is saved."))
            return
        receipt = _get(record, "receipt")
        if receipt:
            at = local_time(_get(receipt, "at"))
            status = _get(receipt, "http_status")
            server_id = _get(receipt, "server_id") or _get(receipt, "id") or record.id
            self.receipt.setText(
                self.tr("Received by the server on %1 (HTTP %2). Server id: %3")
                .replace("%1", at)
                .replace("%2", str(status or ""))
                .replace("%3", str(server_id))
            )
        elif record.state == "rejected":
            self.receipt.setText(self.tr("The server refused this job; see the banner above."))
        else:
            self.receipt.setText(self.tr("Not sent yet: there is no receipt."))
        revisions = QTreeWidgetItem(self.tree, [self.tr("Revisions"), "", ""])
        for entry in journal:
            kind = str(_get(entry, "kind", ""))
            if kind in ("sync_attempt", "sent", "rejected"):
                continue
            detail = _get(entry, "detail") or {}
            note = _get(detail, "note") or _get(detail, "message") or "" if detail else ""
            revision = _get(entry, "revision")
            what = self._kind_text(kind)
            if revision is not None:
                what = self.tr("%1 (revision %2)").replace("%1", what).replace("%2", str(revision))
            QTreeWidgetItem(revisions, [local_time(_get(entry, "at")), what, str(note)])
        sends = QTreeWidgetItem(self.tree, [self.tr("Attempts to send"), "", ""])
        tried = [e for e in journal if _get(e, "kind") in ("sync_attempt", "sent", "rejected")]
        for attempt in tried:
            detail = _get(attempt, "detail") or {}
            QTreeWidgetItem(
                sends,
                [
                    local_time(_get(attempt, "at")),
                    self._kind_text(str(_get(attempt, "kind"))),
                    self._outcome(detail),
                ],
            )
        if not tried:
            QTreeWidgetItem(sends, ["", self.tr("None yet"), ""])
        if attempts:
            sends.setText(
                2, self.tr("%n attempt(s) so far; it is tried again later.", "", attempts)
            )
        self.tree.expandAll()
        for column in range(2):
            self.tree.resizeColumnToContents(column)
