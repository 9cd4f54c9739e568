"""Bulk writing of the gram and word fields: the writer half of search.whoosh_adapter (Whoosh's private writer
internals, pinned to the same Whoosh version).

Whoosh's SegmentWriter sends every posting through a pickled external sort and then through
W3PostingsWriter one Python call at a time (at 1,000 articles about 2.2 million postings: most of the
index batch). BulkGramWriter keeps the gram fields out of that path: their terms are computed as NumPy
arrays (search.analyzers.gram_arrays), sorted once per segment, and written block by block in the W3
codec's own layout (pickle protocol 3 instead of 2, and rare terms inline in the terms table, both of
which the W3 reader reads as it is), so every Whoosh reader reads them and segments written either
way merge with each other. Every other field goes through Whoosh as before.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

from search.whoosh_adapter.w3 import _add_captured, _Captured, _write_terms


class BulkGramWriter:
    """Built lazily (whoosh.writing is imported only when an index is written)."""

    def __new__(
        cls,
        ix,
        gram_fields: frozenset[str],
        segment_tokens: int = 0,
        word_fields: frozenset[str] = frozenset(),
        run_tokens: int = 4_000_000,
        **kwargs,
    ):
        return _bulk_writer_class()(ix, gram_fields, segment_tokens, word_fields, run_tokens, **kwargs)


_BULK_CLASS = None


def _bulk_writer_class():
    global _BULK_CLASS
    if _BULK_CLASS is not None:
        return _BULK_CLASS
    from whoosh.formats import Frequency
    from whoosh.writing import PostingPool, SegmentWriter

    from search.analyzers import gram_arrays, gram_code_texts, word_counts
    from search.whoosh_adapter import _byte_column
    from search.whoosh_adapter.buffers import GramBuffer, WordBuffer, reduce_grams, release_freed_memory

    class _BulkGramWriter(SegmentWriter):
        """A SegmentWriter whose gram and word fields bypass the posting pool (see the comment above).
        A batch ends in one segment: every `run_tokens` gram tokens (about 40 bytes each in memory) the
        gram postings held so far are sorted into a run on disk, and the runs are merged, a range of
        terms at a time, when the segment is written, so memory stays bounded and the terms table is
        not repeated in several segments. With `segment_tokens`, a batch is instead split into segments
        of that many gram tokens, all committed at once."""

        def __init__(
            self,
            ix,
            gram_fields,
            segment_tokens,
            word_fields=frozenset(),
            run_tokens=0,
            limitmb=32,  # Whoosh's pool, which holds only the small fields here (ids, facets, dates)
            range_postings=500_000,  # (the writer and its forked child each hold one range)
            **kwargs,
        ):
            super().__init__(ix, limitmb=limitmb, **kwargs)
            self._gram_names = frozenset(gram_fields)
            # (only fields of Whoosh's Frequency format: what WordBuffer writes)
            self._word_names = frozenset(n for n in word_fields if type(self.schema[n].format) is Frequency)
            self._vocab: dict[str, int] = {}  # the word fields' terms, numbered as first seen
            # Written in bulk: the gram fields (with the gram length from which positions are kept)
            # and the word fields; search.bulk_analysis analyses them for this writer.
            self.gram_fields = {
                name: getattr(self.schema[name].format, "positions_from", 1) for name in self._gram_names
            }
            self.word_fields = self._word_names
            self._segment_tokens = segment_tokens
            self._run_tokens = run_tokens
            self._range_postings = range_postings  # postings written a range of terms at a time
            self.spilled_runs = 0  # sorted runs written to disk (see GramBuffer.spill)
            self._limitmb = limitmb
            self._done_segments = []
            self._new_buffers()

        def _new_buffers(self):
            self._grams = {
                name: GramBuffer(getattr(self.schema[name].format, "field_boost", 1.0))
                for name in self._gram_names
            }
            self._words = {name: WordBuffer(self._vocab) for name in self._word_names}
            self._tokens = 0

        def add_document(self, **fields):
            """As SegmentWriter.add_document; `_analysis` may hold the bulk fields' analysis done
            elsewhere (search.bulk_analysis.analyse), else it is done here."""
            self._check_state()
            analysis = fields.get("_analysis") or {}
            schema, perdocwriter, docnum = self.schema, self.perdocwriter, self.docnum
            docboost = self._doc_boost(fields)
            fieldnames = sorted(name for name in fields if not name.startswith("_"))
            self._check_fields(schema, fieldnames)
            perdocwriter.start_doc(docnum)
            try:
                for fieldname in fieldnames:
                    value = fields.get(fieldname)
                    if value is None:
                        continue
                    field = schema[fieldname]
                    length = 0
                    vbytes = None
                    if fieldname in self._grams:
                        found = analysis.get(fieldname)
                        if found is None:
                            found = reduce_grams(*gram_arrays(value), self.gram_fields[fieldname])
                        length = int(found[1].sum())  # every occurrence of every gram
                        if length:
                            self._grams[fieldname].add(docnum, found)
                            self._tokens += length
                    elif fieldname in self._words:
                        found = analysis.get(fieldname)
                        terms, counts = word_counts(value) if found is None else found
                        length = int(counts.sum())
                        if terms:
                            boost = self._field_boost(fields, fieldname, docboost)
                            self._words[fieldname].add(docnum, terms, counts, field.format.field_boost, boost)
                    elif field.indexed:
                        fieldboost = self._field_boost(fields, fieldname, docboost)
                        for tbytes, freq, weight, vbytes in field.index(value):
                            if field.scorable:
                                length += freq
                            self.pool.add((fieldname, tbytes, docnum, weight * fieldboost, vbytes))
                    if field.separate_spelling():  # as SegmentWriter.add_document: words for suggestions
                        # (with the last posting's value, as Whoosh does; nothing reads it)
                        spellfield = field.spelling_fieldname(fieldname)
                        for word in field.spellable_words(value):
                            self.pool.add((spellfield, word.encode("utf-8"), 0, 1, vbytes))
                    if field.vector:
                        vitems = field.vector.word_values(value, field.analyzer, mode="index")
                        perdocwriter.add_vector_items(
                            fieldname, field, sorted((t, w, v) for t, _f, w, v in vitems)
                        )
                    customval = fields.get(f"_stored_{fieldname}", value)
                    perdocwriter.add_field(fieldname, field, customval if field.stored else None, length)
                    if field.column_type and customval is not None:
                        perdocwriter.add_column_value(
                            fieldname, field.column_type, field.to_column_value(customval)
                        )
            except Exception:
                perdocwriter.cancel_doc()
                raise
            perdocwriter.finish_doc()
            self._added = True
            self.docnum += 1
            if self._segment_tokens and self._tokens >= self._segment_tokens:
                self._next_segment()
            elif self._run_tokens and self._tokens >= self._run_tokens:
                folder = getattr(self._tempstorage, "folder", None)
                if folder is not None:
                    self._tempstorage.create()
                for buffer in self._grams.values():
                    buffer.spill(folder)
                if folder is not None:
                    for words in self._words.values():
                        words.spill(folder)
                self.spilled_runs += folder is not None
                self._tokens = 0
                release_freed_memory()  # the sort's arrays: freed, and now given back

        def _next_segment(self):
            self._done_segments.append(self._finalize_segment())
            codec = self.codec
            self.newsegment = codec.new_segment(self.storage, self.indexname)
            self.pool = PostingPool(self._tempstorage, self.newsegment, limitmb=self._limitmb)
            self.perdocwriter = codec.per_document_writer(self.storage, self.newsegment)
            self.fieldwriter = codec.field_writer(self.storage, self.newsegment)
            self.docnum = self.docbase = 0
            self._added = False
            self._new_buffers()

        def add_postings_to_pool(self, reader, startdoc, docmap):
            # Segments merged into this one: their bulk fields' postings join the arrays, the rest the pool.
            for item in self._process_posts(reader.iter_postings(), startdoc, docmap):
                fieldname, tbytes, docnum, weight, vbytes = item
                if fieldname in self._grams:
                    self._grams[fieldname].copied.append((tbytes, docnum, weight, vbytes))
                elif fieldname in self._words:
                    count = self.schema[fieldname].format.decode_frequency(vbytes)
                    self._words[fieldname].add_copied(tbytes.decode("utf-8"), docnum, weight, count)
                else:
                    self.pool.add(item)

        def _flush_segment(self):
            """Every field's postings, in field-name order like Whoosh's own writer: the terms table
            numbers fields in the order they are written, and a MultiReader merging segments whose
            numbering differs stops a field's lexicon early (a year missing from the facet)."""
            self.perdocwriter.close()
            pdr = self.per_document_reader()
            fw = self.fieldwriter
            bulk = sorted(
                [(name, self._write_gram_field) for name in self._grams]
                + [(name, self._write_words_field) for name in self._words]
            )
            for fieldname, items in groupby(self.pool.iter_postings(), key=itemgetter(0)):
                while bulk and bulk[0][0] < fieldname:
                    name, write = bulk.pop(0)
                    write(fw, pdr, name)
                fw.add_postings(self.schema, pdr, items)
            for name, write in bulk:
                write(fw, pdr, name)
            fw.close()
            pdr.close()

        def _write_gram_field(self, fw, pdr, name):
            buffer = self._grams[name]
            ranges = buffer.ranges(self._range_postings)
            if ranges:
                column = pdr._cached_reader(_lenfield(name), LENGTHS_COLUMN)
                lengths = _byte_column(column, self.docnum)
                fw.start_field(name, self.schema[name])
                self._write_ranges(fw, buffer, ranges, lengths)
                fw.finish_field()
            buffer.runs = []

        def _write_words_field(self, fw, pdr, name):
            column = pdr._cached_reader(_lenfield(name), LENGTHS_COLUMN)
            lengths = None
            for keys, ends, docs, weights, counts in self._words[name].postings(self._range_postings):
                if lengths is None:
                    lengths = _byte_column(column, self.docnum)
                    fw.start_field(name, self.schema[name])
                starts = np.r_[0, ends[:-1]]
                first = 0
                while first < len(ends):  # terms of about 200,000 postings at a time (Python lists)
                    lo = int(starts[first])
                    last = max(first + 1, int(np.searchsorted(ends, lo + 200_000, side="right")))
                    hi = int(ends[last - 1])
                    _write_terms(
                        fw,
                        keys[first:last],
                        starts[first:last] - lo,
                        ends[first:last] - lo,
                        docs[lo:hi],
                        weights[lo:hi],
                        lengths[docs[lo:hi]],
                        counts[lo:hi].astype(">u4").tobytes(),  # Frequency's values: 4 bytes each
                        self.codec._compression,
                        fixed=4,
                    )
                    first = last
            if lengths is not None:
                fw.finish_field()

        def _write_ranges(self, fw, buffer, ranges, lengths):
            """The postings of each range of terms (GramBuffer.ranges), in order. With more than one
            range and a second core, a forked child encodes every other range (blocks and terms-table
            rows, offsets from 0) while this process writes the others, then adds the child's in order."""
            from search.bulk_analysis import worker_count

            def write(target, lo, hi):
                found = buffer.range_postings(lo, hi)
                if found is not None:
                    codes, docs, weights, counts, positions = found
                    self._write_field(target, codes, docs, weights, counts, positions, lengths[docs])
                    del found, codes, docs, weights, counts, positions
                    release_freed_memory()  # (in the child too: a range's lists, freed, given back)

            if len(ranges) < 2 or worker_count() == 0:
                for lo, hi in ranges:
                    write(fw, lo, hi)
                return
            import gc
            import os
            import traceback
            from multiprocessing.connection import Pipe

            reader, sender = Pipe(duplex=False)
            # Before the fork: free heap pages given back (not shared, then copied, by the child), and
            # the objects there are frozen so that the child's garbage collector does not write to (and
            # so copy) every page holding one.
            release_freed_memory()
            # Frozen until the child has ended (the parent's collections would copy those pages too),
            # then always unfrozen, whatever happened: a frozen object is never collected.
            gc.freeze()
            try:
                pid = os.fork()
                if pid == 0:  # the child: the odd ranges, each sent as (postings bytes, terms-table rows)
                    code = 0
                    try:
                        reader.close()
                        for lo, hi in ranges[1::2]:
                            capture = _Captured(fw._fieldid)
                            write(capture, lo, hi)
                            sender.send((capture._postfile.getvalue(), capture._tindex.rows))
                    except BaseException:
                        code = 1
                        sender.send(traceback.format_exc())
                    finally:
                        os._exit(code)  # (never returns: the child runs none of the parent's cleanup)
                try:
                    sender.close()
                    for i, (lo, hi) in enumerate(ranges):
                        if i % 2 == 0:
                            write(fw, lo, hi)
                            continue
                        try:
                            found = reader.recv()
                        except EOFError:
                            found = "the process writing part of the index ended without a word"
                        if isinstance(found, str):
                            raise RuntimeError(f"writing the index failed in a child process: {found}")
                        _add_captured(fw, *found)
                finally:
                    reader.close()
                    os.waitpid(pid, 0)
            finally:
                gc.unfreeze()

        def _write_field(self, fw, codes, docs, weights, counts, positions, lbytes):
            from search.phrase import NO_POSITIONS

            ends = np.flatnonzero(np.r_[codes[1:] != codes[:-1], True]) + 1
            starts = np.r_[0, ends[:-1]]
            pend = np.cumsum(counts.astype(np.int64))
            pbeg = pend - counts
            # Terms in groups of about 200,000 postings: Python lists of a whole segment would not fit.
            group_ends = np.searchsorted(ends, np.arange(200_000, len(codes) + 200_000, 200_000), side="left")
            first = 0
            for last in np.unique(np.minimum(group_ends + 1, len(ends))).tolist():
                if last <= first:
                    continue
                lo, hi = int(starts[first]), int(ends[last - 1])
                raw = positions[pbeg[lo] : pend[hi - 1]].astype("<u4").tobytes() if hi > lo else b""
                base = int(pbeg[lo])
                values = [
                    raw[(b - base) * 4 : (e - base) * 4] if e > b else NO_POSITIONS
                    for b, e in zip(pbeg[lo:hi].tolist(), pend[lo:hi].tolist(), strict=True)
                ]
                _write_terms(
                    fw,
                    [t.encode("utf-8") for t in gram_code_texts(codes[starts[first:last]])],
                    starts[first:last] - lo,
                    ends[first:last] - lo,
                    docs[lo:hi],
                    weights[lo:hi],
                    lbytes[lo:hi],
                    values,
                    self.codec._compression,
                )
                first = last

        def commit(self, mergetype=None, optimize=None, merge=None):
            self._check_state()
            final = self._merge_segments(mergetype, optimize, merge)
            final += self._done_segments
            if self._added:
                final.append(self._finalize_segment())
            else:
                self._close_segment()
            self._commit_toc(final)
            self._finish()

    _BULK_CLASS = _BulkGramWriter
    return _BULK_CLASS
