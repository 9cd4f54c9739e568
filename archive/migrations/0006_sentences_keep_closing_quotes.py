"""Recompute every mention's sentence with the rule that keeps a closing quote after 。 in the sentence
it closes (issue 15: sentences began with a stray ”). The rule is copied here, as migrations must not
import code that may change later (archive/ingest/store.py::sentence_at)."""

import re

from django.db import migrations

SENTENCE_END = re.compile(r"[。！？!?][”’」』)）》]*|\n")


def sentence_at(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    m = SENTENCE_END.search(text, end)
    right = m.end() if m and m.group() != "\n" else (m.start() if m else len(text))
    return text[left:right].strip()


def recompute(apps, schema_editor):
    Article = apps.get_model("archive", "Article")
    Mention = apps.get_model("archive", "Mention")
    ids = list(Article.objects.filter(mentions__isnull=False).values_list("id", flat=True).distinct())
    for pk in ids:
        article = Article.objects.only("id", "body").get(pk=pk)
        changed = []
        for mention in Mention.objects.filter(article_id=article.pk).only("id", "start", "end", "sentence"):
            sentence = sentence_at(article.body, mention.start, mention.end)
            if sentence != mention.sentence:
                mention.sentence = sentence
                changed.append(mention)
        Mention.objects.bulk_update(changed, ["sentence"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("archive", "0005_verbose_names")]
    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
