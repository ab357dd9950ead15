"""The CAMEO codebook: labels, Goldstein weights, QuadClass and PLOVER types."""

from __future__ import annotations

import pytest

from eventwire.cameo import get_codebook


@pytest.mark.parametrize(
    ("code", "root", "quad_class", "goldstein", "plover"),
    [
        ("0874", "08", 2, 10.0, "RETREAT"),
        ("041", "04", 1, 1.0, "CONSULT"),
        ("195", "19", 4, -10.0, "ASSAULT"),
        ("051", "05", 1, 3.4, "SUPPORT"),
        ("163", "16", 4, -8.0, "COERCE"),
        ("032", "03", 1, 4.5, "AGREE"),
        ("020", "02", 1, 3.0, "REQUEST"),
    ],
)
def test_code_info(code, root, quad_class, goldstein, plover):
    info = get_codebook().info(code)
    assert (info.code, info.root, info.quad_class, info.plover) == (code, root, quad_class, plover)
    assert info.goldstein == pytest.approx(goldstein)


def test_every_code_has_label_weight_and_quad_class():
    book = get_codebook()
    for code in book.labels:
        info = book.info(code)
        assert info.label and 1 <= info.quad_class <= 4
        assert -10.0 <= info.goldstein <= 10.0


def test_statements_have_no_plover_type():
    # PLOVER drops CAMEO 01 (make public statement)
    assert get_codebook().info("010").plover is None


def test_plover_mode_and_context():
    info = get_codebook().info("041")
    assert info.plover_mode == "phone"


def test_unknown_code_falls_back_to_parent_and_rejects_nonsense():
    assert get_codebook().info("0879").code == "087"
    with pytest.raises(KeyError):
        get_codebook().info("99")


def test_codebook_is_read_once():
    assert get_codebook() is get_codebook()
