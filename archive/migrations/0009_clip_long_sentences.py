"""Mentions stored before sentences were clipped: a sentence far longer than its mention (a page
written as one paragraph stored its whole text once per mention) becomes the clipped window that
`sentence_at` now gives. The current function is used on purpose: the mend is to today's form."""

from django.db import migrations
from django.db.models.functions import Length

# only a sentence stored before clipping runs longer (a mention is ≤ 200 characters, plus 100 each side)
LONGEST_KEPT = 400


def clip(apps, schema_editor):
    from archive.ingest.store import sentence_at

    Mention = apps.get_model("archive", "Mention")
    Article = apps.get_model("archive", "Article")
    long = Mention.objects.annotate(n=Length("sentence")).filter(n__gt=LONGEST_KEPT, in_title=False)
    for pk in long.values_list("article_id", flat=True).distinct().order_by("article_id"):
        body = Article.objects.only("id", "body").get(pk=pk).body
        changed = []
        for mention in long.filter(article_id=pk).only("id", "start", "end", "sentence"):
            mention.sentence = sentence_at(body, mention.start, mention.end)
            changed.append(mention)
        Mention.objects.bulk_update(changed, ["sentence"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("archive", "0008_mention_in_title")]
    operations = [migrations.RunPython(clip, migrations.RunPython.noop)]
