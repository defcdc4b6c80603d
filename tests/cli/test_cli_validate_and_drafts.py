from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli.helpers import ready_job, run, write_json


def test_validate_valid_ready_job_exits_0(tmp_path: Path, capsys, profile) -> None:
    path = write_json(tmp_path / "job.json", ready_job())
    code, out, _ = run(capsys, "validate", str(path), "--ready")
    assert code == 0, out
    assert "ready to send" in out


def test_validate_invalid_prints_field_message_and_exits_1(tmp_path, capsys, profile) -> None:
    path = write_json(tmp_path / "job.json", ready_job(name=None, customer_reference="x" * 51))
    code, out, _ = run(capsys, "validate", str(path), "--ready")
    assert code == 1
    lines = out.splitlines()
    assert any(line.startswith("name: ") for line in lines)
    assert any(line.startswith("customer_reference: ") for line in lines)


def test_validate_draft_level_accepts_half_done_job(tmp_path, capsys, profile) -> None:
    path = write_json(tmp_path / "job.json", {"description": "caller will send details"})
    code, _, _ = run(capsys, "validate", str(path))
    assert code == 0


def test_validate_unreadable_file_exits_2(tmp_path, capsys, profile) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x",', encoding="utf-8")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 2
    assert "not valid JSON" in err and "line 1" in err
    code, _, err = run(capsys, "validate", str(tmp_path / "missing.json"))
    assert code == 2 and "no such file" in err


def test_validate_wrong_type_names_the_field(tmp_path, capsys, profile) -> None:
    path = write_json(tmp_path / "job.json", ready_job(estimated_time="soon"))
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1
    assert out.startswith("estimated_time: ")


def test_new_list_show_ready(tmp_path, capsys, profile) -> None:
    path = write_json(tmp_path / "job.json", ready_job())
    code, out, _ = run(capsys, "drafts", "new", "--from", str(path))
    assert code == 0
    job_id = out.strip()
    code, out, _ = run(capsys, "drafts", "list", "--json")
    listed = json.loads(out)
    assert [d["id"] for d in listed] == [job_id]
    assert listed[0]["state"] == "draft"
    code, out, _ = run(capsys, "drafts", "show", job_id, "--json")
    shown = json.loads(out)
    assert shown["job"]["name"] == "Boiler makes a knocking noise"
    assert shown["job"]["job_status_code"] == "Open"
    code, out, _ = run(capsys, "drafts", "ready", job_id)
    assert code == 0
    code, out, _ = run(capsys, "drafts", "list", "--state", "ready", "--json")
    assert [d["id"] for d in json.loads(out)] == [job_id]


def test_new_refuses_invalid_and_saves_nothing(tmp_path, capsys, profile) -> None:
    path = write_json(tmp_path / "job.json", ready_job(name="n" * 256))
    code, _, err = run(capsys, "drafts", "new", "--from", str(path))
    assert code == 1
    assert "name:" in err and "Nothing was saved" in err
    code, out, _ = run(capsys, "drafts", "list", "--json")
    assert json.loads(out) == []


def test_ready_refuses_invalid_job_and_says_why(tmp_path, capsys, profile) -> None:
    path = write_json(tmp_path / "job.json", {"name": "Only a name"})
    _, out, _ = run(capsys, "drafts", "new", "--from", str(path))
    job_id = out.strip()
    code, _, err = run(capsys, "drafts", "ready", job_id)
    assert code == 1
    assert "project_id:" in err and "job_type_id:" in err
    code, out, _ = run(capsys, "drafts", "show", job_id, "--json")
    assert json.loads(out)["state"] == "draft"


def test_unknown_draft_id_exits_1(capsys, profile) -> None:
    code, _, err = run(capsys, "drafts", "show", "00000000-0000-0000-0000-000000000000")
    assert code == 1 and "no draft" in err


def test_export_import_is_idempotent(tmp_path, capsys, profile) -> None:
    for n in range(3):
        run(
            capsys,
            "drafts",
            "new",
            "--from",
            str(write_json(tmp_path / f"{n}.json", ready_job(name=f"job {n}"))),
        )
    out_file = tmp_path / "export.json"
    code, _, _ = run(capsys, "drafts", "export", str(out_file))
    assert code == 0
    other = tmp_path / "other-profile"
    code, out, _ = run(capsys, "--profile", str(other), "drafts", "import", str(out_file))
    assert code == 0 and out.startswith("3 added")
    code, out, _ = run(capsys, "drafts", "import", str(out_file), "--profile", str(other))
    assert code == 0 and out.startswith("0 added, 3 already present")
    _, out, _ = run(capsys, "drafts", "list", "--json", "--profile", str(other))
    assert sorted(d["name"] for d in json.loads(out)) == ["job 0", "job 1", "job 2"]


def test_import_with_one_bad_job_imports_nothing(tmp_path, capsys, profile) -> None:
    payload = [ready_job(name="good"), ready_job(name="x" * 300)]
    code, _, err = run(capsys, "drafts", "import", str(write_json(tmp_path / "in.json", payload)))
    assert code == 1 and "Nothing was imported" in err
    _, out, _ = run(capsys, "drafts", "list", "--json")
    assert json.loads(out) == []


def test_backup_writes_a_usable_copy(tmp_path, capsys, profile) -> None:
    run(capsys, "drafts", "new", "--from", str(write_json(tmp_path / "j.json", ready_job())))
    target = tmp_path / "copy.db"
    code, _, _ = run(capsys, "backup", str(target))
    assert code == 0
    code, out, _ = run(capsys, "--profile", str(tmp_path / "restored"), "drafts", "list", "--json")
    import shutil

    (tmp_path / "restored").mkdir(exist_ok=True)
    shutil.copy(target, tmp_path / "restored" / "wo-desktop.db")
    _, out, _ = run(capsys, "--profile", str(tmp_path / "restored"), "drafts", "list", "--json")
    assert len(json.loads(out)) == 1


def test_no_traceback_for_bad_input_in_a_real_process(tmp_path: Path, profile) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe not json")
    done = subprocess.run(
        [sys.executable, "-m", "wo_desktop", "drafts", "new", "--from", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert str(bad) in done.stderr


def test_doctor_reports_without_secrets(capsys, profile) -> None:
    code, out, _ = run(capsys, "doctor")
    assert code == 0
    for label in ("data folder", "schema", "integrity", "keyring", "setting server_url"):
        assert label in out
    assert str(profile) in out


@pytest.mark.parametrize("argv", [["drafts"], ["nonsense-command"]])
def test_usage_errors_exit_2(capsys, profile, argv) -> None:
    with pytest.raises(SystemExit) as info:
        run(capsys, *argv)
    assert info.value.code == 2
