"""HTTP message bodies as a crawler stored them → the payload, decoded as a browser would, streaming.

Contract: `read_body(stream, headers, limit)` undoes chunked transfer coding and any Content-Encoding
(gzip, x-gzip, deflate, br, in the order the header lists them) a block at a time, and raises
`BodyTooLarge` as soon as the DECODED payload passes `limit` bytes: a compressed record that inflates
to gigabytes costs one block of memory, never the whole. A body a crawler stored already decoded
(the header still says gzip or chunked, the bytes are plain) is passed through as it is.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO

BLOCK = 64 * 1024
_CHUNK_SIZE_RE = re.compile(rb"^[0-9a-fA-F]{1,16}[ \t]*(;[^\r\n]*)?\r?\n$")


class BodyTooLarge(Exception):
    """The decoded payload is bigger than the limit (reading stopped there)."""


class BodyError(Exception):
    """The body cannot be decoded (a damaged compressed stream)."""


def read_body(stream: BinaryIO, headers: dict[str, str], limit: int | None) -> bytes:
    """Decoded payload of one HTTP message body.

    >>> import gzip, io
    >>> read_body(io.BytesIO(gzip.compress(b"<p>x</p>")), {"content-encoding": "gzip"}, 100)
    b'<p>x</p>'
    """
    blocks: Iterable[bytes] = _raw(stream)
    if "chunked" in headers.get("transfer-encoding", "").lower():
        blocks = _dechunk(stream)
    codings = [c.strip().lower() for c in headers.get("content-encoding", "").split(",")]
    for coding in reversed([c for c in codings if c and c != "identity"]):
        blocks = _decode(blocks, coding)
    out = bytearray()
    for block in blocks:
        out += block
        if limit is not None and len(out) > limit:
            raise BodyTooLarge(f"decoded payload is over the {limit:,}-byte limit for one page")
    return bytes(out)


def _raw(stream: BinaryIO) -> Iterator[bytes]:
    while block := stream.read(BLOCK):
        yield block


def _dechunk(stream: BinaryIO) -> Iterator[bytes]:
    first = stream.readline(1024)
    if not _CHUNK_SIZE_RE.match(first):  # stored de-chunked under a chunked header: take it as it is
        yield first
        yield from _raw(stream)
        return
    line = first
    while True:
        size = int(line.split(b";")[0].strip(), 16)
        if size == 0:
            return  # trailers (if any) are not payload
        while size:
            block = stream.read(min(size, BLOCK))
            if not block:
                return  # cut short: what arrived is what we have
            size -= len(block)
            yield block
        stream.readline(1024)  # the CRLF after the chunk
        line = stream.readline(1024)
        if not _CHUNK_SIZE_RE.match(line):
            return


def _decode(blocks: Iterable[bytes], coding: str) -> Iterator[bytes]:
    if coding == "br":
        yield from _brotli(blocks)
    elif coding in ("gzip", "x-gzip", "deflate"):
        yield from _inflate(blocks, coding)
    else:
        raise BodyError(f"unknown Content-Encoding {coding!r}")


def _inflate(blocks: Iterable[bytes], coding: str) -> Iterator[bytes]:
    # gzip: wbits 16+15 (gzip header); deflate: zlib-wrapped, or raw deflate as some servers send it
    decoder = zlib.decompressobj(31 if coding != "deflate" else 15)
    started = False
    for block in blocks:
        if not started:
            started = True
            try:
                out = decoder.decompress(block, BLOCK)
            except zlib.error:
                if coding == "deflate":
                    decoder = zlib.decompressobj(-15)
                    try:
                        out = decoder.decompress(block, BLOCK)
                    except zlib.error:
                        yield block
                        yield from blocks
                        return
                else:  # a crawler stored the payload decoded and kept the header: pass it through
                    yield block
                    yield from blocks
                    return
        else:
            try:
                out = decoder.decompress(block, BLOCK)
            except zlib.error as exc:
                raise BodyError(f"damaged {coding} stream: {exc}") from None
        yield out
        while decoder.unconsumed_tail:
            try:
                yield decoder.decompress(decoder.unconsumed_tail, BLOCK)
            except zlib.error as exc:
                raise BodyError(f"damaged {coding} stream: {exc}") from None
        if decoder.eof:
            return


def _brotli(blocks: Iterable[bytes]) -> Iterator[bytes]:
    import brotli

    decoder = brotli.Decompressor()
    for block in blocks:
        try:
            yield decoder.process(block, output_buffer_limit=BLOCK)
            while not decoder.can_accept_more_data():
                yield decoder.process(b"", output_buffer_limit=BLOCK)
        except brotli.error as exc:
            raise BodyError(f"damaged br stream: {exc}") from None
        if decoder.is_finished():
            return
