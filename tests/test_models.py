import datetime as dt

import jsonschema
import pytest

from sitrep.models import (Actor, Attribution, Count, DateInfo, Event, Location, Span,
                           event_json_schema)


def _event(**changes):
    values = dict(
        document_id="d1", event="ASSAULT", modes=("explosives",),
        acled_event_type="Explosions/Remote violence", acled_sub_event_type="Remote explosive/landmine/IED",
        date=DateInfo(dt.date(2016, 2, 21), dt.date(2016, 2, 21), "day", "Sunday"),
        location=Location("Homs", "Homs", "SY", 34.73, 36.72, admin1="Homs", geonameid=169577, precision=1),
        actors=(Actor("ISIS", "Islamic State", "Rebel group", None),),
        killed=Count(46, 46, "46 people were killed"), attribution=Attribution("suspected", "Islamic State", "likely culprit"),
        evidence=(Span(10, 50),),
    )
    values.update(changes)
    return Event(**values)


def test_event_serialises_to_the_contract_schema():
    jsonschema.validate(_event().to_dict(), event_json_schema())


def test_id_is_stable_and_depends_on_evidence():
    assert _event().id == _event().id
    assert _event().id != _event(evidence=(Span(11, 50),)).id


@pytest.mark.parametrize("change", [
    {"event": "BOMBING"}, {"status": "happened"},
])
def test_schema_rejects_values_outside_the_contract(change):
    data = _event().to_dict()
    data.update(change)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, event_json_schema())
