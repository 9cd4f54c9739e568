"""Bulk writing of the gram fields: the writer half of search.whoosh_adapter (Whoosh's private writer
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

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length

_BLOCK = 128  # W3Codec's default block limit: postings per block
# Terms with at most this many postings keep them inline in the terms table (W3TermInfo's inlined
# form, read back as a ListMatcher): a separate block costs about 40 bytes more.
_INLINE = 4


def _write_terms(fw, keys, starts, ends, docs, weights, lbytes, values, compression: int, fixed: int = 0):
    """Terms' postings as W3PostingsWriter writes them: per term a header, blocks of _BLOCK postings
    (a pickled info tuple and the zlib-compressed pickle of delta ids, weights and values), and its
    W3TermInfo row in the terms table. keys: the terms' UTF-8 bytes; values: one bytes per posting,
    or, for a format of `fixed` bytes a value (Frequency: 4), all of them joined, as W3 blocks keep
    them. Plain lists: most terms have a few postings, where NumPy's per-call cost would dominate."""
    import pickle
    import zlib

    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
    from whoosh.system import pack_ushort

    postfile, tindex, prefix = fw._postfile, fw._tindex, pack_ushort(fw._fieldid)
    write, write_int, tell, dumps, compress = (
        postfile.write,
        postfile.write_int,
        postfile.tell,
        pickle.dumps,
        zlib.compress,
    )
    ids_all, w64_all = docs.tolist(), weights.tolist()
    w32_all, lb_all = weights.astype(np.float32).tolist(), lbytes.tolist()
    pack_info = W3TermInfo._struct.pack
    for key, a, b in zip(keys, starts.tolist(), ends.tolist(), strict=True):
        key = prefix + key
        if b - a <= _INLINE:  # a rare term: its postings live in its terms-table row
            w = w32_all[a:b]
            lbs = lb_all[a:b]
            row = pack_info(
                True, sum(w), b - a, min(lbs), max(lbs), max(w64_all[a:b]), ids_all[a], ids_all[b - 1]
            )
            # No weights stored when all are 1.0 (ListMatcher's default): 9 bytes a posting.
            vals = [values[i * fixed : (i + 1) * fixed] for i in range(a, b)] if fixed else values[a:b]
            inline = (ids_all[a:b], () if w.count(1.0) == len(w) else w, vals)
            tindex.add(key, row + dumps(inline, 3))
            continue
        start = tell()
        write(WHOOSH3_HEADER_MAGIC)
        info = W3TermInfo()
        total = 0.0
        maxweight = 0.0
        minlb = maxlb = None
        for lo in range(a, b, _BLOCK):
            hi = min(lo + _BLOCK, b)
            ids = ids_all[lo:hi]
            deltas = (ids[0], *[y - x for x, y in zip(ids, ids[1:], strict=False)])
            w = w32_all[lo:hi]
            first = w[0]
            if w.count(first) == len(w):
                mini_weights = None if first == 1.0 else first
            else:
                mini_weights = tuple(w)
            # Pickle protocol 3 (readers load any protocol): bytes values cost 2 bytes more than their
            # length, not the ~15 of protocol 2's codecs.encode call. Compressed only when smaller.
            vals = values[lo * fixed : hi * fixed] if fixed else tuple(values[lo:hi])
            plain = dumps((deltas, mini_weights, vals), 3)
            data = compress(plain, compression)
            comp = compression
            if len(data) >= len(plain):
                data, comp = plain, 0
            block_max = max(w64_all[lo:hi])
            lbs = lb_all[lo:hi]
            bmin, bmax = min(lbs), max(lbs)
            infobytes = dumps((hi - lo, ids[-1], block_max, comp, bmin, bmax), 2)
            length = len(infobytes) + len(data)
            write_int(-length if hi == b else length)
            write(infobytes)
            write(data)
            total += sum(w)
            maxweight = max(maxweight, block_max)
            minlb = bmin if minlb is None else min(minlb, bmin)
            maxlb = bmax if maxlb is None else max(maxlb, bmax)
        info._weight, info._df, info._maxweight = total, b - a, maxweight
        info._minlength, info._maxlength = byte_to_length(minlb), byte_to_length(maxlb)
        info._minid, info._maxid = ids_all[a], ids_all[b - 1]
        info.set_extent(start, tell() - start)
        tindex.add(key, info.to_bytes())


class BulkGramWriter:
    """Built lazily (whoosh.writing is imported only when an index is written)."""

    def __new__(
        cls,
        ix,
        gram_fields: frozenset[str],
        segment_tokens: int = 0,
        word_fields: frozenset[str] = frozenset(),
        run_tokens: int = 8_000_000,
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

    from search.analyzers import CODE_BITS, MAX_GRAM, gram_arrays, gram_code_texts, word_counts
    from search.whoosh_adapter import _byte_column
    from search.whoosh_adapter.buffers import GramBuffer, WordBuffer

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
            limitmb=128,
            **kwargs,
        ):
            super().__init__(ix, limitmb=limitmb, **kwargs)
            self._gram_names = frozenset(gram_fields)
            # (only fields of Whoosh's Frequency format: what WordBuffer writes)
            self._word_names = frozenset(n for n in word_fields if type(self.schema[n].format) is Frequency)
            self._vocab: dict[str, int] = {}  # the word fields' terms, numbered as first seen
            self.gram_fields, self.word_fields = self._gram_names, self._word_names  # written in bulk
            self._segment_tokens = segment_tokens
            self._run_tokens = run_tokens
            self.spilled_runs = 0  # sorted runs written to disk (see GramBuffer.spill)
            self._limitmb = limitmb
            self._done_segments = []
            self._new_buffers()

        def _new_buffers(self):
            self._grams = {
                name: GramBuffer(
                    getattr(self.schema[name].format, "field_boost", 1.0),
                    getattr(self.schema[name].format, "positions_from", 1),
                    CODE_BITS,
                    MAX_GRAM,
                )
                for name in self._gram_names
            }
            self._words = {name: WordBuffer(self._vocab) for name in self._word_names}
            self._tokens = 0

        def add_document(self, **fields):
            """As SegmentWriter.add_document; `_analysis` may hold the bulk fields' analysis done
            elsewhere (search.bulk_analysis: gram_arrays / word_counts of each), else it is done here."""
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
                        codes, positions = gram_arrays(value) if found is None else found
                        length = len(codes)
                        if length:
                            self._grams[fieldname].add(docnum, codes, positions)
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
                self.spilled_runs += folder is not None
                self._tokens = 0

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
            self.perdocwriter.close()
            pdr = self.per_document_reader()
            fw = self.fieldwriter
            fw.add_postings(self.schema, pdr, self.pool.iter_postings())
            for name in sorted(self._grams):
                started = False
                for codes, docs, weights, counts, positions in self._grams[name].merged():
                    if not started:
                        column = pdr._cached_reader(_lenfield(name), LENGTHS_COLUMN)
                        lengths = _byte_column(column, self.docnum)
                        fw.start_field(name, self.schema[name])
                        started = True
                    self._write_field(fw, codes, docs, weights, counts, positions, lengths[docs])
                if started:
                    fw.finish_field()
            for name in sorted(self._words):
                found = self._words[name].postings()
                if found is None:
                    continue
                keys, ends, docs, weights, counts = found
                column = pdr._cached_reader(_lenfield(name), LENGTHS_COLUMN)
                fw.start_field(name, self.schema[name])
                _write_terms(
                    fw,
                    keys,
                    np.r_[0, ends[:-1]],
                    ends,
                    docs,
                    weights,
                    _byte_column(column, self.docnum)[docs],
                    counts.astype(">u4").tobytes(),  # Frequency's values: the frequency, 4 bytes
                    self.codec._compression,
                    fixed=4,
                )
                fw.finish_field()
            fw.close()
            pdr.close()

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
