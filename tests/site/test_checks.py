"""Start-up fails loudly when the H5P player's files are missing."""

from pathlib import Path

from courses.checks import h5p_player_installed


def test_missing_player_files_are_an_error(settings, tmp_path):
    settings.NPM_STATIC = {"h5p-standalone": tmp_path / "missing" / "dist"}
    errors = h5p_player_installed()
    assert [e.id for e in errors] == ["courses.E001"]
    assert "npm ci" in errors[0].hint


def test_installed_player_passes(settings):
    assert Path(settings.NPM_STATIC["h5p-standalone"], "main.bundle.js").is_file()
    assert h5p_player_installed() == []
