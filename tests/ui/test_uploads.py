"""Upload safety: token comparison, file names, size and type limits."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from assistant.ui.uploads import check_upload, sanitize_filename, save_uploads, token_matches


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\x.md", "x.md"),
    (".hidden.pdf", "hidden.pdf"),
    ("rapport 2024 (slutlig).PDF", "rapport_2024_slutlig.pdf"),
    ("<script>.md", "script.md"),
    ("...", "dokument"),
    ("a/b/../c..txt", "c.txt"),
    ("Äldreomsorg–2022.pdf", "Äldreomsorg_2022.pdf"),
])
def test_sanitize_filename(name: str, expected: str):
    assert sanitize_filename(name) == expected


def test_token_matches_only_the_configured_token():
    assert token_matches("hemlig", "hemlig")
    assert not token_matches("hemlig", "Hemlig")
    assert not token_matches(None, "hemlig") and not token_matches("hemlig", "")


def test_check_upload_reasons():
    assert check_upload("a.exe", 10, 1) == "filtypen stöds inte (bara PDF, .txt och .md)"
    assert check_upload("a.txt", 0, 1) == "filen är tom"
    assert "större än 1 MB" in check_upload("a.pdf", 1024 * 1024 + 1, 1)
    assert check_upload("a.md", 1024 * 1024, 1) is None


def test_save_uploads_stays_inside_the_uploads_folder(tmp_path: Path):
    saved, skipped = save_uploads([("../../ut.txt", b"hej"), ("virus.exe", b"x"), ("ut.txt", b"annat")],
                                  tmp_path, max_file_mb=1)
    assert [p.relative_to(tmp_path).as_posix() for p in saved] == ["uploads/ut.txt", "uploads/ut-2.txt"]
    assert [s.name for s in skipped] == ["virus.exe"]
    assert (tmp_path / "uploads" / "ut.txt").read_bytes() == b"hej"
    again, _ = save_uploads([("ut.txt", b"hej")], tmp_path, max_file_mb=1)  # same content: same file
    assert again == [tmp_path / "uploads" / "ut.txt"]


@pytest.mark.parametrize("name, expected", [
    (".txt", "dokument.txt"), ("..txt", "dokument.txt"), ("-.md", "dokument.md"), ("---x.PDF", "x.pdf"),
    ("a.\ud800txt", "a.txt"), ("\x00.md", "dokument.md"), ("ö" * 300 + ".md", "ö" * 100 + ".md"),
])
def test_odd_names_keep_their_extension(name: str, expected: str) -> None:
    assert sanitize_filename(name) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40).map(lambda s: s + ".txt"), st.binary(min_size=1, max_size=8))
def test_any_name_is_saved_inside_uploads_or_skipped_with_a_reason(tmp_path_factory: pytest.TempPathFactory,
                                                                    name: str, data: bytes) -> None:
    corpus = tmp_path_factory.mktemp("c")
    saved, skipped = save_uploads([(name, data), (name, data + b"!")], corpus, max_file_mb=1)
    for path in saved:
        assert path.parent == corpus / "uploads" and path.suffix == ".txt" and not path.name.startswith((".", "-"))
        assert path.read_bytes() in (data, data + b"!")
    assert len(saved) + len(skipped) == 2
