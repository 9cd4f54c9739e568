"""The ranking field's dictionary follows the archive's names, also when ids are given again."""

from __future__ import annotations

import pytest

from archive.models import Person
from search.analyzers import words
from search.indexing import load_archive_words


@pytest.mark.django_db
def test_a_name_under_an_id_given_again_reaches_the_ranking_words():
    first = Person.objects.create(name="韦晓岚")
    load_archive_words()
    assert "韦晓岚" in words("韦晓岚在社区值守")
    pk = first.pk
    first.delete()  # a restore, a flush or a rolled-back transaction gives the id again
    Person.objects.create(pk=pk, name="骆春岚")
    load_archive_words()
    assert "骆春岚" in words("骆春岚在社区值守")


@pytest.mark.django_db
def test_a_renamed_entity_is_read_again():
    person = Person.objects.create(name="韦晓岚")
    load_archive_words()
    person.name = "欧阳春晓"
    person.save()  # same count and highest id: the save itself tells
    load_archive_words()
    assert "欧阳春晓" in words("欧阳春晓在社区值守")
