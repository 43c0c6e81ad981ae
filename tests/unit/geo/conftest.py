"""A small hand-made gazetteer: enough places to exercise folding, ranking and chains quickly."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer, GazetteerRow
from sitrep.models import Entity

R = GazetteerRow
ROWS = [
    R(1, "Syria", "SY", "country", 35.0, 38.0, 17_000_000, names=("Syrian Arab Republic",),
      demonyms=("Syrian",)),
    R(2, "Jordan", "JO", "country", 31.0, 36.0, 10_000_000, demonyms=("Jordanian",)),
    R(3, "Libya", "LY", "country", 25.0, 17.0, 6_000_000),
    R(4, "Türkiye", "TR", "country", 39.0, 35.0, 80_000_000, names=("Turkey",), demonyms=("Turkish",)),
    R(5, "Nigeria", "NG", "country", 10.0, 8.0, 190_000_000),
    R(6, "Niger", "NE", "country", 16.0, 8.0, 22_000_000),
    R(7, "United States", "US", "country", 39.8, -98.6, 327_000_000, names=("US", "U.S.", "USA")),
    R(8, "France", "FR", "country", 46.0, 2.0, 67_000_000),
    R(11, "Ḩimş", "SY", "admin1", 34.6, 37.9, 1_060_000, admin1_code="SY.11", admin1="Ḩimş",
      names=("Homs", "Homs Governorate")),
    R(12, "Aleppo", "SY", "admin1", 36.2, 37.6, 4_000_000, admin1_code="SY.09", admin1="Aleppo"),
    R(13, "Ar Raqqah", "SY", "admin1", 35.9, 38.9, 620_000, admin1_code="SY.04", admin1="Ar Raqqah",
      names=("Raqqa",)),
    R(14, "Al ‘Āşimah", "JO", "admin1", 31.9, 36.3, 2_100_000, admin1_code="JO.16", admin1="Amman",
      names=("Amman", "Amman Governorate")),
    R(15, "Niger", "NG", "admin1", 10.0, 6.0, 1_300_000, admin1_code="NG.31", admin1="Niger",
      names=("Niger State",)),
    R(16, "Missouri", "US", "admin1", 38.3, -92.4, 6_000_000, admin1_code="US.MO", admin1="Missouri",
      abbreviations=("Mo.", "MO")),
    R(17, "Illinois", "US", "admin1", 40.0, -89.2, 12_000_000, admin1_code="US.IL", admin1="Illinois",
      abbreviations=("Ill.", "IL")),
    R(21, "Shiroro", "NG", "admin2", 10.0, 6.0, admin1_code="NG.31", admin1="Niger",
      names=("Shiroro District",)),
    R(101, "Homs", "SY", "city", 34.72, 36.72, 775_404, admin1_code="SY.11", admin1="Ḩimş",
      weak_names=("Hims", "Ḩimş")),
    R(102, "I‘zāz", "SY", "city", 36.58, 37.04, 66_138, admin1_code="SY.09", admin1="Aleppo",
      weak_names=("Azaz",)),
    R(103, "Ar Raqqah", "SY", "city", 35.95, 39.01, 531_952, admin1_code="SY.04",
      admin1="Ar Raqqah", weak_names=("Raqqa", "Rakka")),
    R(104, "Amman", "JO", "city", 31.95, 35.93, 1_275_857, admin1_code="JO.16", admin1="Amman",
      capital=True),
    R(105, "Al Khums", "LY", "city", 32.65, 14.26, 201_943, weak_names=("Homs", "Khoms")),
    R(106, "Kauri", "NG", "city", 10.1, 6.4, 3_000, admin1_code="NG.31", admin1="Niger"),
    R(107, "Springfield", "US", "city", 37.2, -93.3, 170_188, admin1_code="US.MO", admin1="Missouri"),
    R(108, "Springfield", "US", "city", 39.8, -89.6, 114_394, admin1_code="US.IL", admin1="Illinois"),
    R(109, "Paris", "FR", "city", 48.85, 2.35, 2_100_000, admin1_code="FR.11", capital=True),
    R(110, "Paris", "US", "city", 33.66, -95.55, 25_000, admin1_code="US.TX"),
    R(111, "Aleppo", "SY", "city", 36.2, 37.16, 1_600_000, admin1_code="SY.09", admin1="Aleppo"),
    R(112, "Jordan", "US", "city", 44.67, -93.63, 6_000, admin1_code="US.MN"),
    R(113, "Sango", "NG", "city", 12.1, 8.5, 2_000, admin1_code="NG.19", admin1="Kano"),
    R(114, "Nancang", "CN", "city", 30.1, 114.2, 3_500),
    R(115, "Pinaryayla", "TR", "city", 37.9, 38.5, 1_200, weak_names=("Artan",)),
    R(30, "Jamaica", "JM", "country", 18.1, -77.3, 2_800_000),
    R(31, "United Kingdom", "GB", "country", 54.0, -2.0, 66_000_000, names=("UK", "Britain")),
    R(32, "Manchester", "JM", "admin1", 18.04, -77.49, 61_946, admin1_code="JM.06", admin1="Manchester"),
    R(116, "Manchester", "GB", "city", 53.48, -2.24, 568_996, admin1_code="GB.ENG", admin1="England"),
    R(117, "Mandeville", "JM", "city", 18.04, -77.51, 47_000, admin1_code="JM.06", admin1="Manchester"),
    R(9, "Congo, The Democratic Republic of the", "CD", "country", -2.9, 23.7, 89_000_000,
      names=("Congo",)),
]


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_rows(ROWS)


@pytest.fixture(scope="session")
def rows() -> list[GazetteerRow]:
    return list(ROWS)


@pytest.fixture(scope="session")
def ents():
    return _ents


def _ents(text: str, *spans: tuple[str, str]) -> list[Entity]:
    """Entities for the first occurrence of each (surface, label) after the previous one."""
    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        out.append(Entity(start, start + len(surface), label, surface))
        pos = start + len(surface)
    return out
