"""The geoparsing scorer and its loaders (eval/geo.py)."""

from __future__ import annotations

import math

import pytest

from conftest import shared_path
from eventwire.eval import geo
from eventwire.record import Place, Span

PARIS = (48.8566, 2.3522)
LONDON = (51.5074, -0.1278)  # 344 km from Paris


def place(name: str, point: tuple[float, float] | None, *spans: tuple[int, int]) -> Place:
    lat, lon = point if point else (None, None)
    return Place(
        id="P1", name=name, lat=lat, lon=lon, mentions=[Span(start=s, end=e) for s, e in spans]
    )


def gold(start: int, end: int, point: tuple[float, float]) -> geo.GoldToponym:
    return geo.GoldToponym(start, end, "", *point)


def test_exact_answer_is_found_with_zero_error():
    score = geo.score_places([gold(0, 5, PARIS)], [place("Paris", PARIS, (0, 5))])
    assert (score.gold, score.found, score.accuracy_161) == (1, 1, 1.0)
    assert score.median_km == pytest.approx(0.0, abs=1e-6)
    assert score.auc == pytest.approx(0.0, abs=1e-6)


def test_partial_overlap_counts_as_found():
    # gold "Latakia", predicted "Latakia province"
    score = geo.score_places([gold(10, 17, PARIS)], [place("x", PARIS, (10, 26))])
    assert score.found == 1


def test_unmatched_gold_lowers_recall_not_accuracy():
    score = geo.score_places(
        [gold(0, 5, PARIS), gold(20, 26, LONDON)], [place("Paris", PARIS, (0, 5))]
    )
    assert score.recall == 0.5
    assert score.accuracy_161 == 1.0


def test_wrong_place_beyond_161_km_is_an_error():
    score = geo.score_places([gold(0, 5, PARIS)], [place("London", LONDON, (0, 5))])
    assert score.found == 1 and score.accuracy_161 == 0.0
    assert score.median_km == pytest.approx(344, abs=3)
    expected = math.log1p(score.errors_km[0]) / math.log1p(geo.MAX_ERROR_KM)
    assert score.auc == pytest.approx(expected)


def test_places_without_coordinates_are_not_answers():
    score = geo.score_places([gold(0, 5, PARIS)], [place("Paris", None, (0, 5))])
    assert score.found == 0


def test_auc_of_antipodal_error_is_one_and_median_of_several():
    assert geo.error_auc([geo.MAX_ERROR_KM]) == pytest.approx(1.0)
    total = geo.GeoScore()
    for errors in ([0.0], [100.0], [1000.0]):
        total.add(geo.GeoScore(gold=1, found=1, errors_km=list(errors)))
    assert total.median_km == 100.0
    assert total.accuracy_161 == pytest.approx(2 / 3)


def test_load_lgl_dev():
    docs = geo.load_lgl(shared_path("eval", "places", "lgl", "dev.xml"))
    assert docs and all(d.text for d in docs)
    t = next(t for d in docs for t in d.toponyms)
    assert t.text and -90 <= t.lat <= 90


def test_load_geowebnews():
    docs = geo.load_geowebnews(shared_path("eval", "places", "geowebnews", "data", "GWN.xml"))
    assert len(docs) == 200
    doc = next(d for d in docs if d.toponyms)
    t = doc.toponyms[0]
    assert doc.text[t.start : t.end] == t.text


def test_load_geovirus():
    docs = geo.load_geovirus(shared_path("eval", "places", "GeoVirus.xml"))
    assert len(docs) > 200
    doc = next(d for d in docs if d.toponyms)
    t = doc.toponyms[0]
    assert doc.text[t.start : t.end] == t.text and -90 <= t.lat <= 90


def test_evaluate_geo_on_a_small_sample():
    # A floor on the first 8 GeoWebNews articles (full runs: `eventwire eval --set geowebnews`);
    # measured 0.65 recall, 0.85 acc@161 km.
    shared = shared_path("eval", "places").parents[1]
    result = geo.evaluate_geo("geowebnews", shared, limit=8)
    assert result["documents"] == 8 and result["gold"] > 0
    assert {"recall", "acc_161", "median_km", "auc", "errors"} <= set(result)
    assert result["recall"] >= 0.6 and result["acc_161"] >= 0.8


def test_unknown_geo_set_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown"):
        geo.load_geo_set("nowhere", tmp_path)
