"""Unit categories and tags onto the shared vocabulary; unmapped ones reported."""

from __future__ import annotations

from terpadu.extract.tags import map_tags, tag_key
from terpadu.registry.models import Sector, Vocabulary

VOCABULARY = Vocabulary(
    sectors=[Sector(id="sda", name="Sumber Daya Air")],
    tags={"bendungan": "Bendungan", "jalan-tol": "Jalan Tol", "balai-wilayah-sungai": "Balai Wilayah Sungai"},
    tag_aliases={"Tol": "jalan-tol", "Berita": None},
    unit_tag_aliases={"sda": {"BBWS Citarum": "balai-wilayah-sungai"}},
)


def test_ids_labels_and_aliases_map():
    tags, unmapped = map_tags(["bendungan", "JALAN TOL", " Tol ", "Bendungan"], "bpjt", VOCABULARY)
    assert tags == ("bendungan", "jalan-tol")
    assert unmapped == ()


def test_an_alias_to_nothing_drops_the_label_on_purpose():
    assert map_tags(["Berita"], "bpjt", VOCABULARY) == ((), ())


def test_unit_aliases_hold_for_that_unit_only():
    assert map_tags(["BBWS Citarum"], "sda", VOCABULARY) == (("balai-wilayah-sungai",), ())
    assert map_tags(["BBWS Citarum"], "binamarga", VOCABULARY) == ((), ("BBWS Citarum",))


def test_unmapped_tags_are_reported_not_dropped():
    tags, unmapped = map_tags(["Bendungan", "Mudik Lebaran", "mudik  lebaran", ""], "sda", VOCABULARY)
    assert tags == ("bendungan",)
    assert unmapped == ("Mudik Lebaran",)


def test_keys_fold_case_accents_and_punctuation():
    assert tag_key("Café – Jalan_Tol!") == tag_key("cafe jalan tol")
