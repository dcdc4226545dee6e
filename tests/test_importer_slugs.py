"""Slugs: safe, readable, Unicode folded, stable."""

from terpadu.importer.slugs import slug_for, slugify, suffixed


def test_slugify_folds_unicode_and_drops_everything_unsafe():
    assert slugify("Ólah Raga di Tepi Waduk: 2023!") == "olah-raga-di-tepi-waduk-2023"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("/absolute/path") == "absolute-path"
    assert slugify("日本語") == ""


def test_slugify_cuts_long_titles_at_a_word():
    slug = slugify("kata " * 40)
    assert len(slug) <= 80 and not slug.endswith("-") and slug.startswith("kata-kata")


def test_slug_comes_from_the_old_url_when_it_is_readable():
    assert slug_for("https://binamarga.pu.go.id/index.php/berita/flyover-brebes", "X") == "flyover-brebes"
    assert slug_for("https://bpjt.pu.go.id/2023/03/28/tol-baru/", "X") == "tol-baru"
    assert slug_for("https://pu.go.id/berita/123/bendungan-sepaku", "X") == "bendungan-sepaku"
    assert slug_for("https://perumahan.pu.go.id/berita/rusun.html", "X") == "rusun"


def test_slug_falls_back_to_the_title():
    assert slug_for("https://bpjt.pu.go.id/?p=1391", "Tarif Tol Baru") == "tarif-tol-baru"
    assert slug_for("https://x.pu.go.id/index.php?id=7", "") == "halaman"


def test_suffix_is_stable_per_url():
    assert suffixed("a", "https://x/1") == suffixed("a", "https://x/1") != suffixed("a", "https://x/2")
