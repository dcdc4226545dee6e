"""Per-file re-sync decisions on real files."""

import datetime as dt

from terpadu.importer import document
from terpadu.importer.sync import Outcome, sync_file

META = {"title": "Judul", "type": "berita", "date": dt.date(2023, 3, 28), "unit": "sda"}


def test_each_outcome(tmp_path):
    target = tmp_path / "content/sda/berita/2023/x.md"
    v1, v2 = document.render(META, "Versi satu.\n"), document.render(META, "Versi dua.\n")
    assert sync_file(tmp_path, target, v1, False).outcome is Outcome.CREATED
    assert sync_file(tmp_path, target, v1, True).outcome is Outcome.UNCHANGED
    assert sync_file(tmp_path, target, v2, True).outcome is Outcome.UPDATED
    assert target.read_text(encoding="utf-8") == v2
    edited = v2.replace("Versi dua", "Versi dua, disunting")
    target.write_text(edited, encoding="utf-8")
    assert sync_file(tmp_path, target, v2, True).outcome is Outcome.EDITED
    result = sync_file(tmp_path, target, v1, True)
    assert result.outcome is Outcome.CONFLICT
    assert target.read_text(encoding="utf-8") == edited
    assert result.conflict_file == tmp_path / "migration/conflicts/content/sda/berita/2023/x.md"
    assert result.conflict_file.read_text(encoding="utf-8") == v1
    target.unlink()
    assert sync_file(tmp_path, target, v1, True).outcome is Outcome.DELETED and not target.exists()


def test_a_file_written_by_hand_is_never_overwritten(tmp_path):
    target = tmp_path / "content/sda/berita/2023/x.md"
    target.parent.mkdir(parents=True)
    target.write_text("---\ntitle: Tulisan editor\n---\n", encoding="utf-8")
    assert sync_file(tmp_path, target, document.render(META, "x"), False).outcome is Outcome.CONFLICT
    assert target.read_text(encoding="utf-8") == "---\ntitle: Tulisan editor\n---\n"
    assert not list(target.parent.glob(".*.tmp"))
