"""The admin as a Chinese curator sees it (Django test client, real database): model and field names in
Chinese, name lists edited one per line, a record's mentions on its change page, read-only captures,
and a reason on every history record (import, edit, merge, split, revert)."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.timezone import localtime

from archive import curation
from archive.apps import CURATOR_GROUP
from archive.forms import LinesField
from archive.models import Article, Mention, Outlet, Person

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def curator_client(client, db):
    user = User.objects.create_user("curator", password="curate-2022", is_staff=True)
    user.groups.add(Group.objects.get(name=CURATOR_GROUP))
    client.force_login(user)
    client.user = user
    return client


def test_the_lines_field_turns_lines_into_a_list_and_back():
    field = LinesField(required=False)
    assert field.clean("潘书记\n\n  小潘 \n潘书记") == ["潘书记", "小潘"]
    assert field.clean('["潘书记", "潘晓喆同志"]') == ["潘书记", "潘晓喆同志"]
    with pytest.raises(ValidationError):  # a malformed list is refused, never stored as a name
        field.clean("[不是 JSON")
    assert field.prepare_value(["潘书记", "小潘"]) == "潘书记\n小潘"
    assert not field.has_changed(["潘书记"], "潘书记\n")
    assert field.has_changed([], "潘书记")


def test_model_and_field_names_are_chinese_everywhere_in_the_admin(curator_client, imported_samples):
    index = curator_client.get(reverse("admin:index")).content.decode()
    for name in ("人物", "机构", "地点", "文章", "提及", "来源", "网站", "合并与拆分"):
        assert name in index
    assert not re.search(r"\b(Persons|People|Articles|Mentions|Outlets)\b", index)
    changelist = curator_client.get(reverse("admin:archive_person_changelist")).content.decode()
    assert "选择 人物 来修改" in changelist and "person" not in re.sub(r"<[^>]+>", "", changelist)
    person = Person.objects.filter(mentions__isnull=False).first()
    change = curator_client.get(reverse("admin:archive_person_change", args=[person.pk])).content.decode()
    for label in ("名称", "地区", "别名", "说明", "此人的其他称呼，每行一个（例如 潘书记）"):
        assert label in change
    for english in ("Name:", "Region:", "Aliases:", "Note:"):
        assert english not in change
    article = Article.objects.first()
    change = curator_client.get(reverse("admin:archive_article_change", args=[article.pk])).content.decode()
    for label in ("标题", "副标题", "作者", "编辑", "原文链接", "只有已发布的文章公开并可检索"):
        assert label in change


def test_aliases_authors_and_editors_are_edited_one_per_line(curator_client, imported_samples):
    person = Person.objects.get(name="潘晓喆")
    change = reverse("admin:archive_person_change", args=[person.pk])
    form = curator_client.get(change).content.decode()
    assert re.search(r'<textarea name="aliases"[^>]*>\s*</textarea>', form)
    data = {"name": person.name, "region": person.region, "aliases": "潘书记\r\n小潘\r\n", "note": ""}
    assert curator_client.post(change, data).status_code == 302
    person.refresh_from_db()
    assert person.aliases == ["潘书记", "小潘"]
    form = curator_client.get(change).content.decode()
    assert re.search(r'<textarea name="aliases"[^>]*>\s*潘书记\n小潘</textarea>', form)

    article = Article.objects.exclude(authors=[]).first()
    form = curator_client.get(reverse("admin:archive_article_change", args=[article.pk])).content.decode()
    assert "\n".join(article.authors) in form and '["' not in form.split('name="authors"')[1][:200]


def test_a_persons_change_page_lists_their_mentions_with_a_link_to_all(curator_client, imported_samples):
    person = max(Person.objects.filter(mentions__isnull=False).distinct(), key=lambda p: p.mentions.count())
    page = curator_client.get(reverse("admin:archive_person_change", args=[person.pk])).content.decode()
    mentions = list(person.mentions.select_related("article"))
    assert f"全部 {len(mentions)} 处提及" in page
    for m in mentions[:20]:
        assert reverse("admin:archive_mention_change", args=[m.pk]) in page
    everything = reverse("admin:archive_mention_changelist") + f"?person__id__exact={person.pk}"
    assert everything.replace("&", "&amp;") in page
    listed = curator_client.get(everything)
    assert listed.status_code == 200
    assert listed.context["cl"].result_count == len(mentions)


def test_captures_are_read_only_and_offer_no_add_another(curator_client, imported_samples):
    article = Article.objects.first()
    capture = article.captures.first()
    page = curator_client.get(reverse("admin:archive_article_change", args=[article.pk])).content.decode()
    assert capture.sha256[:12] + "…" in page and f'title="{capture.sha256}"' in page
    assert "添加另一个" not in page.split('id="captures-group"')[1]
    assert 'name="captures-0-file_name"' not in page


def test_every_history_record_says_why(curator_client, imported_samples):
    article = Article.objects.first()
    assert article.history.earliest().history_change_reason == "created by import"
    assert Outlet.objects.first().history.earliest().history_change_reason == "created by import"

    change = reverse("admin:archive_article_change", args=[article.pk])
    form = curator_client.get(change).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data.update(
        title=article.title + "（修订）",
        paragraph_kinds=json.dumps(article.paragraph_kinds),
        authors="\n".join(article.authors),
        editors="\n".join(article.editors),
        published_at_0=localtime(article.published_at).strftime("%Y-%m-%d") if article.published_at else "",
        published_at_1=localtime(article.published_at).strftime("%H:%M:%S") if article.published_at else "",
        outlet=article.outlet_id or "",
        site=article.site_id or "",
    )
    for prefix, total in (("mentions", article.mentions.count()), ("captures", article.captures.count())):
        data.update({f"{prefix}-TOTAL_FORMS": total, f"{prefix}-INITIAL_FORMS": total})
        data.update({f"{prefix}-MIN_NUM_FORMS": 0, f"{prefix}-MAX_NUM_FORMS": 1000})
    for i, m in enumerate(article.mentions.all()):
        data.update(
            {
                f"mentions-{i}-id": m.pk,
                f"mentions-{i}-article": article.pk,
                f"mentions-{i}-person": m.person_id or "",
                f"mentions-{i}-organization": m.organization_id or "",
                f"mentions-{i}-place": m.place_id or "",
                f"mentions-{i}-role": m.role,
                f"mentions-{i}-status": m.status,
            }
        )
    for i, c in enumerate(article.captures.all()):
        data.update({f"captures-{i}-id": c.pk, f"captures-{i}-article": article.pk})
    response = curator_client.post(change, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert article.history.latest().history_change_reason.startswith("edited in the admin: title")

    people = list(Person.objects.filter(mentions__isnull=False).distinct().order_by("pk")[:2])
    curation.merge(Person, people[0], people, user=curator_client.user, reason="同一人")
    assert people[0].history.latest().history_change_reason.startswith("merged #")
    survivor = Person.objects.get(pk=people[0].pk)
    if survivor.mentions.count() > 1:
        new = curation.split(
            Person,
            survivor,
            [survivor.mentions.first().pk],
            name=survivor.name,
            region="另一地",
            user=curator_client.user,
            reason="两个人",
        )
        assert new.history.latest().history_change_reason.startswith("split from #")

    first = article.history.earliest()
    revert = reverse("admin:archive_article_simple_history", args=[article.pk, first.history_id])
    data["title"] = first.title
    assert curator_client.post(revert, data).status_code == 302
    shown = f"{timezone.localtime(first.history_date):%Y-%m-%d %H:%M:%S}"  # as the history list dates it
    assert article.history.latest().history_change_reason == f"reverted to the version of {shown}"
    history = curator_client.get(reverse("admin:archive_article_history", args=[article.pk])).content.decode()
    assert (
        "导入时创建" in history and "在管理后台修改：标题" in history and f"恢复到 {shown} 的版本" in history
    )  # stored in English, shown translated, fields by their labels
    assert "无用户（导入或命令）" in history  # the import's record has no user
    assert "style=" not in history
    assert None not in set(article.history.values_list("history_change_reason", flat=True))
    reasons = Mention.history.filter(article_id=article.pk).values_list("history_change_reason", flat=True)
    assert None not in set(reasons)
