"""The rotating log file and the redaction filter: no secret reaches a handler."""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconui.core.logging_setup import (
    MASK,
    PrivateRotatingFileHandler,
    RedactionFilter,
    redact,
    register_secret,
    setup_logging,
    teardown_logging,
)

SECRET = "Tr0ub4dor&3 #:'\"ü"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = setup_logging(tmp_path / "logs")
    yield path
    teardown_logging()


def read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_reconui_handler", False)]


def test_setup_creates_a_rotating_file_in_the_log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONUI_HOME", str(tmp_path))
    try:
        path = setup_logging()
        assert path == tmp_path / "logs" / "reconui.log"
        (handler,) = ours()
        assert isinstance(handler, PrivateRotatingFileHandler)
        assert handler.maxBytes == 1024 * 1024 and handler.backupCount == 5
        assert any(isinstance(f, RedactionFilter) for f in handler.filters)
        logging.getLogger("reconui.test").info("hello %s", "world")
        assert "hello world" in read(path)
    finally:
        teardown_logging()
    assert ours() == []


def test_the_log_rotates_at_its_size_limit_and_keeps_five_old_files(tmp_path: Path) -> None:
    """The stdlib RotatingFileHandler's behaviour (reconui's own class avoids importing logging.handlers)."""
    path = tmp_path / "reconui.log"
    handler = PrivateRotatingFileHandler(path, maxBytes=200, backupCount=5, encoding="utf-8",
                                         errors="backslashreplace")
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        for n in range(40):  # 40 lines of 50 bytes: a new file every 3 lines, far more than 5 backups
            handler.emit(logging.LogRecord("t", logging.INFO, __file__, 1, f"{n:02d}" + "x" * 47, None, None))
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["reconui.log", *(f"reconui.log.{i}" for i in range(1, 6))]
    assert all(p.stat().st_size < 200 for p in tmp_path.iterdir())
    assert path.read_text(encoding="utf-8").splitlines()[-1].startswith("39")  # the newest line in the live file
    assert (tmp_path / "reconui.log.1").read_text(encoding="utf-8").splitlines()[0].startswith("36")
    assert (tmp_path / "reconui.log.5").read_text(encoding="utf-8").splitlines()[0].startswith("24")
    if os.name == "posix":
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in tmp_path.iterdir())


@pytest.mark.expected_warnings("reconui.test")
def test_setup_is_idempotent(tmp_path: Path) -> None:
    try:
        setup_logging(tmp_path)
        setup_logging(tmp_path)
        assert len(ours()) == 1
        other = setup_logging(tmp_path / "elsewhere", console=True)
        assert len(ours()) == 2  # file + stderr, the first file handler replaced
        logging.getLogger("reconui.test").warning("moved")
        assert "moved" in read(other)
    finally:
        teardown_logging()


@pytest.mark.parametrize(
    ("line", "leak"),
    [
        ("Authorization: Basic YWRtaW46c2VjcmV0", "YWRtaW46c2VjcmV0"),
        ("headers={'Authorization': 'Basic YWRtaW46c2VjcmV0', 'Accept': 'application/json'}", "YWRtaW46c2VjcmV0"),
        ('{"authorization": "Bearer abc.def.ghi"}', "abc.def.ghi"),
        ("vmware-api-session-id: 3f8e2a9c1b7d4e6f8a0b1c2d3e4f5a6b", "3f8e2a9c1b7d4e6f8a0b1c2d3e4f5a6b"),
        ("Set-Cookie: vmware-api-session-id=3f8e2a9c1b7d; Path=/rest", "3f8e2a9c1b7d"),
        ("Cookie: vmware-api-session-id=3f8e2a9c1b7d", "3f8e2a9c1b7d"),
        ('{"vmware-api-session-id": "3f8e2a9c1b7d"}', "3f8e2a9c1b7d"),
        ('{"sso_admin_user_name": "a", "sso_admin_user_password": "s3cr\\"et", "ignore_warnings": false}', "s3cr"),
        ("{'sso_admin_user_password': 'pa55'}", "pa55"),
        ("login user=admin password=hunter2&x=1", "hunter2"),
        ("proxy_password: swordfish", "swordfish"),
    ],
)
def test_structural_patterns_are_masked(log_file: Path, line: str, leak: str) -> None:
    logging.getLogger("reconui.test").info(line)
    text = read(log_file)
    assert leak not in text
    assert MASK in text


def test_masked_json_stays_readable() -> None:
    masked = redact('{"sso_admin_user_name": "a", "sso_admin_user_password": "x", "ignore_warnings": true}')
    assert json.loads(masked) == {"sso_admin_user_name": "a", "sso_admin_user_password": MASK, "ignore_warnings": True}


def test_registered_secrets_are_masked_in_message_args_and_escaped_forms(log_file: Path) -> None:
    register_secret(SECRET)
    log = logging.getLogger("reconui.test")
    log.info("plain %s", SECRET)
    log.info("json %s", json.dumps({"p": SECRET}))
    log.info("repr %r", SECRET)
    log.info("url https://h/?q=%s", "Tr0ub4dor%263%20%23%3A%27%22%C3%BC")
    log.info("dict %s", {"x": SECRET})
    text = read(log_file)
    assert "Tr0ub4dor" not in text
    assert text.count(MASK) >= 5


def test_args_are_formatted_then_cleared() -> None:
    register_secret("args-secret-42")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "value %s and %d", ("args-secret-42", 7), None)
    assert RedactionFilter().filter(record) is True
    assert record.args is None
    assert record.getMessage() == f"value {MASK} and 7"


def test_bad_format_strings_do_not_raise() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "oops %s %s", ("only-one",), None)
    assert RedactionFilter().filter(record)
    assert "only-one" in record.getMessage()


@pytest.mark.expected_warnings("reconui.test")
def test_exception_text_is_redacted(log_file: Path) -> None:
    register_secret("exc-Secret-99")
    log = logging.getLogger("reconui.test")
    try:
        raise ValueError("bad login with exc-Secret-99; Authorization: Basic Zm9vOmJhcg==")
    except ValueError:
        log.exception("failed")
    text = read(log_file)
    assert "ValueError" in text and "Traceback" in text
    assert "exc-Secret-99" not in text
    assert "Zm9vOmJhcg==" not in text


def test_stack_info_is_redacted(log_file: Path) -> None:
    register_secret("stack-Secret-77")
    logging.getLogger("reconui.test").info("x", stack_info=True)
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "m", None, None, sinfo="frame stack-Secret-77")
    RedactionFilter().filter(record)
    assert "stack-Secret-77" not in record.stack_info


def test_empty_secrets_are_ignored() -> None:
    register_secret("")
    register_secret(None)
    assert redact("nothing to hide") == "nothing to hide"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_item12_an_old_world_readable_log_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "reconui.log").write_text("old\n", encoding="utf-8")
    os.chmod(folder / "reconui.log", 0o644)
    try:
        log = setup_logging(folder)
    finally:
        teardown_logging()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
