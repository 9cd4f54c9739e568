"""Bidi controls and zero-width characters (security finding 7 of issue 14): removed at import and from
curator input, removed on the pages for anything stored earlier, shown as marks in the original capture."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from archive.models import Article, Organization, Person
from archive.originals import original_path
from archive.text import INVISIBLE, mark_invisible, strip_invisible
from tests.conftest import run_import

RLO, PDF, ZWSP, BOM, LRI, PDI, ALM = "\u202e", "\u202c", "\u200b", "\ufeff", "\u2066", "\u2069", "\u061c"
PAGE = f"""社区{RLO}txt.exe{PDF}通知

发布时间:2022-04-05 09:00:00 来源:浦东{ZWSP}日报

4月5日，阳二居民区党总支书记赵{ZWSP}丽{BOM}娜说，居民们排队做核酸检测{LRI}。{PDI}
"""


def test_every_listed_character_is_removed_and_nothing_else():
    bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    controls = "".join(chr(c) for c in range(0xA0) if c < 0x20 or c >= 0x7F) + "\ufffe\uffff"
    listed = bidi + "\u200b\u200c\u200d\u2060\ufeff" + controls.translate({9: None, 10: None, 13: None})
    assert set(INVISIBLE) == set(listed)
    line_ends = "\x0b\x0c\x85"
    assert strip_invisible(f"a{listed}b") == "a" + "\n" * len(line_ends) + "b"
    assert strip_invisible("a\tb\nc\r\n") == "a\tb\nc\r\n"
    assert strip_invisible("潘晓喆 — 居委会 (2022) ‘引号’ ·") == "潘晓喆 — 居委会 (2022) ‘引号’ ·"
    assert mark_invisible(f"x{RLO}y{ALM}") == "x⟨U+202E⟩y⟨U+061C⟩"


@pytest.fixture
def imported(db, tmp_path) -> Article:
    page = tmp_path / "bidi.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, _out, err = run_import(page)
    assert code == 0, err
    return Article.objects.get()


def test_the_import_removes_them_from_headline_outlet_body_and_names(imported):
    assert imported.title == "社区txt.exe通知"
    assert imported.outlet.name == "浦东日报"
    assert not set(imported.body) & set(INVISIBLE)
    assert Person.objects.filter(name="赵丽娜", mentions__article=imported).exists()  # found, unbroken
    # The original bytes are kept as they were (provenance).
    assert RLO.encode() in original_path(imported.captures.get().sha256).read_bytes()


def test_curator_input_loses_them_in_the_admin_form_check_and_on_save(db):
    person = Person(name=f"王{RLO}芳", aliases=[f"{ZWSP}小王"], note=f"注{LRI}释{PDI}")
    person.full_clean()
    assert (person.name, person.aliases, person.note) == ("王芳", ["小王"], "注释")
    Person.objects.create(name="甄明")
    twin = Person(name=f"甄{ZWSP}明")
    with pytest.raises(Exception, match="already exists|已经存在"):
        twin.full_clean()  # the cleaned name meets the uniqueness check, not the database
    org = Organization.objects.create(name=f"{BOM}洋泾街道{ALM}", aliases=[f"洋泾{RLO}"])
    org.refresh_from_db()
    assert (org.name, org.aliases) == ("洋泾街道", ["洋泾"])
    article = Article(
        title=f"标题{RLO}",
        subtitle=f"副{ZWSP}题",
        body="正文",
        paragraph_kinds=["text"],
        content_hash="x" * 64,
    )
    article.full_clean()
    assert (article.title, article.subtitle) == ("标题", "副题")


def test_pages_remove_them_from_what_was_stored_before(imported, client):
    # As if stored by an earlier version: written past the model's save().
    person = Person.objects.get(name="赵丽娜")
    Person.objects.filter(pk=person.pk).update(
        name=f"赵丽娜{RLO}", aliases=[f"小{ZWSP}赵"], note=f"社区{LRI}书记{PDI}"
    )
    Article.objects.filter(pk=imported.pk).update(title=f"社区{RLO}txt.exe{PDF}通知", subtitle=f"副{BOM}题")
    pages = [
        imported.get_absolute_url(),
        person.get_absolute_url(),
        reverse("archive:article-list"),
        reverse("archive:person-list"),
        "/",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert not set(html) & set(INVISIBLE), [
            html[max(0, i - 60) : i + 20] for i, c in enumerate(html) if c in INVISIBLE
        ]
    html = client.get(person.get_absolute_url()).content.decode()
    assert "赵丽娜" in html and "小赵" in html and "社区书记" in html


def test_the_original_capture_shows_them_as_visible_marks(imported):
    capture = imported.captures.get()
    user = User.objects.create_superuser("root", password="root-2022")
    client = Client()
    client.force_login(user)
    html = client.get(reverse("archive:capture-text", args=[capture.sha256])).content.decode()
    assert "社区⟨U+202E⟩txt.exe⟨U+202C⟩通知" in html and not set(html) & set(INVISIBLE)
