"""axe-core (WCAG 2.0/2.1 A and AA rules) on every kind of public page, in a real browser: no serious
or critical violation. axe-core comes from the npm registry through bin/fetch-axe."""

from __future__ import annotations

import pytest

from archive.models import Article, Organization, Person, Place
from tests.browser.conftest import axe_violations
from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


def test_no_public_page_has_a_serious_or_critical_accessibility_violation(
    live_server, page, axe_source, artifacts
):
    assert run_import(SAMPLES)[0] == 0
    article = Article.objects.get(title="履职中见真情")
    person = Person.objects.get(name="潘晓喆")
    organization = Organization.objects.filter(mentions__isnull=False).order_by("pk").first()
    place = max(Place.objects.filter(mentions__isnull=False).distinct(), key=lambda p: p.mentions.count())
    pages = {
        "home": "/",
        "article list": "/articles/",
        "article list, filtered": f"/articles/?place={place.pk}",
        "article": article.get_absolute_url(),
        "person": person.get_absolute_url(),
        "organisation": organization.get_absolute_url(),
        "place": place.get_absolute_url(),
        "people": "/people/",
        "organisations": "/organizations/?name=社区",
        "places": "/places/",
        "search results": "/search/?q=党员",
        "search, facets open, a year left out": "/search/?q=社区&facet_limit=all&not_year=2020",
        "search, no match": "/search/?q=没有这样的词语",
        "KWIC": "/search/kwic/?q=社区",
        "404": "/no-such-page/",
    }
    found = {}
    for n, (name, path) in enumerate(pages.items()):
        page.goto(live_server.url + path)
        page.screenshot(path=str(artifacts / f"40-axe-{n:02d}.png"), full_page=True)
        violations = axe_violations(page, axe_source)
        if name == "404":  # the browser logs the 404 status itself; that is this page's point
            page.errors[:] = [e for e in page.errors if "404" not in e]
        if violations:
            found[name] = violations
    assert not found, found
    assert page.locator("svg.graph").count() == 0  # the 404 page; the network was checked on the person page
