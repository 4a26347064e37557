from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(country: str, message: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "salesapp", "extract-contact", "--country", country],
        input=message.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        env=environment,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("locale", [None, "C"])
def test_thai_message(locale: str | None) -> None:
    env = {"LC_ALL": locale, "LANG": locale} if locale else {}
    done = _run("TH", "โทร 089-123-4567 ส่ง 45/12 ม.3 ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี 11120\n", **env)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.endswith(b"\n")
    assert json.loads(done.stdout.decode("utf-8")) == {
        "phones": ["+66891234567"],
        "postcode": "11120",
        "province": "นนทบุรี",
        "district": "ปากเกร็ด",
        "subdistrict": "บางพูด",
        "address": "45/12 ม.3",
        "name": None,
    }
    assert "นนทบุรี".encode() in done.stdout  # not \\u escapes


def test_vietnamese_message() -> None:
    done = _run("VN", "Tên: Nguyễn Văn An, sdt 0987.654.321, 45 ngõ 102 Trường Chinh, Đống Đa, Hà Nội")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    result = json.loads(done.stdout.decode("utf-8"))
    assert result["phones"] == ["+84987654321"]
    assert result["province"] == "Hà Nội"
    assert result["name"] == "Nguyễn Văn An"
    assert result["postcode"] is None


def test_country_is_required() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "salesapp", "extract-contact"],
        input=b"",
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert b"--country" in done.stderr
