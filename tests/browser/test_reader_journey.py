"""A reader's path through the archive in a real browser."""

from __future__ import annotations

import re

import pytest

from archive.models import Article, Person
from tests.browser.conftest import ACTION_TIMEOUT_MS
from tests.conftest import SAMPLES, run_import

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def archive(transactional_db):
    code, _out, err = run_import(SAMPLES)
    assert code == 0, err


def test_search_a_name_open_the_article_follow_the_person_switch_language(
    archive, live_server, page, artifacts
):
    from playwright.sync_api import expect

    page.goto(live_server.url + "/")
    expect(page).to_have_title(re.compile("社区抗疫故事档案"))
    expect(page.locator("h2#latest-h")).to_have_text("最新文章")
    page.screenshot(path=str(artifacts / "01-home.png"), full_page=True)

    page.get_by_role("searchbox", name="检索全部文章").fill("潘晓喆")
    page.get_by_role("searchbox", name="检索全部文章").press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q="))
    first = page.locator("li.hit h2 a").first
    expect(first).to_contain_text("履职中见真情")
    expect(page.locator("li.hit mark").first).to_have_text("潘晓喆")
    page.screenshot(path=str(artifacts / "02-search.png"), full_page=True)

    first.click()
    article = Article.objects.get(title="履职中见真情")
    expect(page).to_have_url(live_server.url + article.get_absolute_url())
    expect(page.locator("h1#article-title")).to_contain_text("履职中见真情")
    page.screenshot(path=str(artifacts / "03-article.png"), full_page=True)

    person = Person.objects.get(name="潘晓喆")
    page.locator(f'a.mention.m-person[href="{person.get_absolute_url()}"]').first.click()
    expect(page).to_have_url(live_server.url + person.get_absolute_url())
    expect(page.locator("h1")).to_contain_text("潘晓喆")
    expect(page.locator("ul.roles")).to_contain_text("崇文社区党支部书记")
    expect(page.locator("section.mentioning h3 a").first).to_have_text("履职中见真情")
    page.screenshot(path=str(artifacts / "04-person.png"), full_page=True)

    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(live_server.url + person.get_absolute_url())
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="Roles")).to_be_visible()
    page.screenshot(path=str(artifacts / "05-person-en.png"), full_page=True)
    page.get_by_role("button", name="中文").click()
    expect(page.get_by_role("heading", name="职务")).to_be_visible()


def test_pages_work_at_phone_width_and_by_keyboard(archive, live_server, browser, artifacts):
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        article = Article.objects.get(title="履职中见真情")
        page.goto(live_server.url + article.get_absolute_url())
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375 + 1, f"the article page scrolls sideways at phone width ({width}px)"
        page.screenshot(path=str(artifacts / "06-article-phone.png"), full_page=True)
        page.keyboard.press("Tab")
        expect(page.locator("a.skip")).to_be_focused()
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile("#content$"))
        assert not errors, errors
    finally:
        context.close()
