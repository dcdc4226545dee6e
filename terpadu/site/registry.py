"""The list of site features, in the order their pages and sections are made."""

from __future__ import annotations

from terpadu.search.feature import SearchFeature
from terpadu.site.articles import ArticleDecoration
from terpadu.site.catalogue import ServiceCatalogue
from terpadu.site.editlinks import EditLinks
from terpadu.site.features import Feature
from terpadu.site.feeds import Feeds
from terpadu.site.home import HomePage
from terpadu.site.listings import Listings
from terpadu.site.units import UnitPages


def build_features() -> list[Feature]:
    """Content features first; the landing pages collect sections from all of them."""
    content: list[Feature] = [
        ArticleDecoration(),
        ServiceCatalogue(),
        Listings(),
        Feeds(),
        SearchFeature(),
    ]
    units = UnitPages(content)
    return [*content, units, HomePage([*content, units]), EditLinks()]
