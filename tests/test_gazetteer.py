"""The offline gazetteer: cached city index, curated additions, countries (gazetteer.py)."""

from __future__ import annotations

import pytest

from eventwire import gazetteer as gz


@pytest.fixture(scope="module")
def gazetteer():
    return gz.get_gazetteer()


def test_fold_strips_accents_and_case():
    assert gz.fold("  Ţarţūs ") == "tartus"
    assert gz.fold("Côte d’Ivoire") == "cote d'ivoire"


def test_cache_dir_honours_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("EVENTWIRE_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gz.cache_dir() == tmp_path / "eventwire"


def test_index_cache_is_written_atomically_and_reused(monkeypatch, tmp_path):
    small = tmp_path / "cities.json"
    small.write_text(
        '{"1": {"geonameid": 1, "name": "Ţarţūs", "latitude": 34.9, "longitude": 35.9,'
        ' "countrycode": "SY", "population": 100, "admin1code": "10",'
        ' "alternatenames": ["Tartous", "Tartus", "طرطوس", "TR"]}}'
    )
    index = gz.build_city_index(small)
    assert set(index.keys) == {"tartus", "tartous"}
    assert index.keys["tartous"] == (-1,)  # an alternate name of row 0
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(gz, "build_city_index", lambda path=None: index)
    first = gz.load_city_index()
    files = list((tmp_path / "cache").iterdir())
    assert len(files) == 1 and files[0].suffix == ".pickle"
    monkeypatch.setattr(gz, "build_city_index", lambda path=None: pytest.fail("rebuilt"))
    assert gz.load_city_index().keys == first.keys


def test_moscow_candidates_include_russia_and_idaho(gazetteer):
    countries = {c.country for c in gazetteer.lookup("Moscow")}
    assert {"RUS", "USA"} <= countries


def test_curated_base_and_admin1(gazetteer):
    (base,) = [c for c in gazetteer.lookup("Khmeimim") if c.feature == "site"]
    assert (round(base.lat, 2), round(base.lon, 2)) == (35.40, 35.95)
    assert any(c.feature == "admin1" and c.country == "SYR" for c in gazetteer.lookup("Latakia"))


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Syria", "SYR"), ("U.S.", "USA"), ("Britain", "GBR"), ("DRC", "COD"), ("Burma", "MMR")],
)
def test_country_names(gazetteer, name, iso3):
    country = gazetteer.country_named(name)
    assert country is not None and country.iso3 == iso3
    assert -90 <= country.lat <= 90 and -180 <= country.lon <= 180


def test_every_country_has_a_centroid(gazetteer):
    assert len(gazetteer.countries) >= 240


def test_airports_by_name_with_or_without_suffix(gazetteer):
    assert gazetteer.airports_named("Incirlik Air Base")
    assert gazetteer.airports_named("Incirlik")


def test_startup_figures_for_bench(gazetteer):
    figures = gz.gazetteer_startup()
    assert set(figures) == {
        "build_or_load_s",
        "cache_load_s",
        "first_use_tables_s",
        "rss_mb",
        "was_cached",
    }
    assert figures["was_cached"] is True  # the fixture loaded (and so cached) it
    assert 0 < figures["cache_load_s"] < 30 and figures["rss_mb"] >= 0
