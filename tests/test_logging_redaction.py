import logging
from pathlib import Path

from wo_desktop import logging_setup


def test_authorization_header_and_registered_password_are_redacted(tmp_path: Path) -> None:
    logging_setup.configure(tmp_path, "DEBUG")
    logging_setup.register_secret("hunter2-sentinel")
    log = logging.getLogger("wo_desktop.test")
    log.debug("headers: {'Authorization': 'Basic dXNlcjpodW50ZXIy'}")
    log.info("login with %s", "hunter2-sentinel")
    log.info('body {"password": "plain-pw-xyz"}')
    try:
        raise ValueError("failed for hunter2-sentinel")
    except ValueError:
        log.exception("boom")
    logging_setup.configure(None)
    text = (tmp_path / "wo-desktop.log").read_text()
    assert "dXNlcjpodW50ZXIy" not in text
    assert "hunter2-sentinel" not in text
    assert "plain-pw-xyz" not in text
    assert text.count(logging_setup.REDACTED) >= 4
    assert "ValueError" in text  # the traceback survives, only the secret is gone
