"""The facts scorer on tiny hand-made records with known answers."""

from eventwire.eval.seed import distance_km, fold, score_record

TEXT = 'Gondor said on Monday it "will not yield". He did not give a deadline.'

RECORD = {
    "article": {"title": "Gondor", "published": "2016-03-14", "sources": ["Reuters"], "text": TEXT},
    "actors": [
        {"name": "Gondor", "code": "GON", "mentions": [{"start": 0, "end": 6, "text": "Gondor"}]}
    ],
    "times": [{"text": "Monday", "start": 15, "end": 21, "value": "2016-03-14"}],
    "places": [
        {
            "name": "Moscow",
            "lat": 55.75,
            "lon": 37.62,
            "country": "RUS",
            "mentions": [{"start": 0, "end": 6, "text": "Moscow"}],
        }
    ],
    "quotes": [{"text": "will not yield", "speaker_name": "Gondor"}],
    "claims": [{"value": 250000, "source": "the UN"}],
    "events": [
        {
            "code": "0874",
            "root": "08",
            "date": "2016-03-14",
            "source": {"code": "RUSGOV"},
            "target": {"code": "SYR"},
            "trigger": {"start": 7, "end": 11},
        }
    ],
}


def test_every_category_counts_hits_and_misses():
    facts = {
        "article": {
            "title": "Gondor",
            "published": "2016-03-14",
            "sources": ["Reuters"],
            "not_body": ["Photo by: Reuters"],
        },
        "actors": [{"mention": "Gondor", "code": "GON"}, {"mention": "Arnor", "code": "ARN"}],
        "events": [
            {"source": "RUS", "target": "SYR", "code": "0874", "date": "2016-03-14"},
            {"source": "RUS", "target": "SYR", "root": "08", "date": "2016-03-15"},
        ],
        "not_events": [{"trigger": "did not give a deadline"}, {"trigger": "said on"}],
        "quotes": [{"starts": "Will not", "speaker": "King Gondor"}],
        "not_quotes": [{"text": "will not yield"}],
        "times": [{"text": "Monday", "value": "2016-03-14"}],
        "places": [
            {"mention": "Moscow", "lat": 55.756, "lon": 37.617, "km": 50},
            {"mention": "Moscow", "country": "USA"},
        ],
        "claims": [{"value": 250000, "source": "UN"}, {"value": 470000, "source": "x"}],
    }
    score = score_record(RECORD, facts)
    got = {name: (c.found, c.total) for name, c in score.categories.items()}
    assert got == {
        "article": (4, 4),
        "actors": (1, 2),
        "events": (1, 2),
        "not_events": (1, 2),
        "quotes": (1, 1),
        "not_quotes": (0, 1),
        "times": (1, 1),
        "places": (1, 2),
        "claims": (1, 2),
    }
    assert score.found == 11 and score.total == 17


def test_fold_ignores_case_and_punctuation():
    assert fold("“If there is,” he said…") == fold("if there is he said")


def test_distance_km_moscow_to_damascus():
    assert 2400 < distance_km(55.756, 37.617, 33.513, 36.292) < 2500
