"""The W3 codec's postings and terms-table rows, encoded from arrays: the encoding half of
search.whoosh_adapter.bulk (Whoosh's private writer internals, pinned to the same Whoosh version),
and the capture of a range's encoding in a child process (bulk._write_ranges).
"""

from __future__ import annotations

import numpy as np
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


class _Captured:
    """Stands for a W3 field writer in a child process (see _write_ranges): postings written to bytes
    from offset 0, terms-table rows collected in order."""

    class _Bytes:
        def __init__(self):
            import io

            self._io = io.BytesIO()
            self.write, self.tell, self.getvalue = self._io.write, self._io.tell, self._io.getvalue

        def write_int(self, n: int) -> None:
            from whoosh.system import pack_int

            self._io.write(pack_int(n))

    class _Rows:
        def __init__(self):
            self.rows: list[tuple[bytes, bytes]] = []

        def add(self, key: bytes, value: bytes) -> None:
            self.rows.append((key, value))

    def __init__(self, fieldid: int):
        self._fieldid = fieldid
        self._postfile = self._Bytes()
        self._tindex = self._Rows()


def _add_captured(fw, postings: bytes, rows: list[tuple[bytes, bytes]]) -> None:
    """A child's encoded range appended to the field writer: its postings at the end of the postings
    file, and the offsets in its rows (W3TermInfo: the struct, then the offset and length of the
    postings unless they are inline) moved by where they landed."""
    from whoosh.codec.whoosh3 import W3TermInfo
    from whoosh.system import pack_long, unpack_long

    base = fw._postfile.tell()
    fw._postfile.write(postings)
    size = W3TermInfo._struct.size
    add = fw._tindex.add
    for key, row in rows:
        if row[0]:  # inline postings: no offset
            add(key, row)
        else:
            add(key, row[:size] + pack_long(unpack_long(row[size : size + 8])[0] + base) + row[size + 8 :])
