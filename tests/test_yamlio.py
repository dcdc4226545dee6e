from pydantic import BaseModel, ConfigDict

from terpadu import yamlio


class Sample(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    when: __import__("datetime").date
    items: list[int] = []


TEXT = "name: x\nwhen: 2023-02-30\nitems:\n  - 1\n  - two\nextra: 1\n"


def test_line_index_maps_keys_and_items_to_lines():
    index = yamlio.line_index(TEXT, first_line=10)
    assert index[("name",)] == 10
    assert index[("when",)] == 11
    assert index[("items", 1)] == 14
    assert yamlio.line_of(index, ("items", 1, "deeper")) == 14
    assert yamlio.line_of(index, ("missing",)) == 10


def test_dates_stay_text_so_a_bad_date_gets_its_line():
    assert yamlio.load("when: 2023-03-28\n") == {"when": "2023-03-28"}
    model, errors = yamlio.validate_text(Sample, TEXT)
    assert model is None
    messages = dict((msg.split(":")[0], line) for line, msg in errors)
    assert messages == {"when": 2, "items.1": 5, "unknown field 'extra'": 6}


def test_missing_field_points_at_the_start_of_the_document():
    _, errors = yamlio.validate_text(Sample, "when: 2023-03-28\n", first_line=2)
    assert errors == [(2, "missing required field 'name'")]


def test_syntax_error_reports_the_file_line():
    _, errors = yamlio.validate_text(Sample, "name: x\nwhen: [1, 2\n", first_line=2)
    assert len(errors) == 1 and errors[0][1].startswith("invalid YAML")
    assert errors[0][0] >= 3


def test_a_list_where_a_mapping_is_expected():
    _, errors = yamlio.validate_text(Sample, "- a\n- b\n")
    assert errors == [(1, "expected a mapping of 'key: value' lines")]
