"""Open the zip inside a .docx or .odt without trusting it, and parse its XML without trusting it.

A zip states each member's size in its directory, but a forged directory can lie: a zip bomb is
refused first by the sizes it declares (and their compression ratio), then by the bytes it actually
produces, counted while decompressing in small chunks, so that no member is ever expanded into memory
beyond the limits. Every failure is an :class:`~nlp.model.errors.InputError` naming the file.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from lxml import etree

from nlp.model.errors import InputError

MAX_MEMBERS = 5000
# one part, decompressed: a long resolution's document.xml is ~1 MB; 32 MB of XML already takes
# some 15 s and 600 MB to read
MAX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts together
MAX_RATIO = 200  # deflate reaches 20-80x on Word XML; a bomb reaches 1000x and more
RATIO_FLOOR = 2 * 1024 * 1024  # below this size a high ratio is harmless (tiny repetitive parts)
_CHUNK = 64 * 1024

_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError)


class SafeZip:
    """A zip archive held in memory whose declared sizes were checked when it was opened."""

    def __init__(self, data: bytes, path: str, kind: str = "zip archive"):
        self.path = path
        self.kind = kind
        self._data = data
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _ZIP_ERRORS:
            raise InputError(path, f"corrupt or truncated {kind} (its zip structure cannot be read)") from None
        if len(infos) > MAX_MEMBERS:
            raise InputError(path, f"refused: {kind} has {len(infos)} parts (the limit is {MAX_MEMBERS})")
        _check_unique(infos, path, kind)
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise InputError(path, "file is encrypted")
            _check_declared(info, path, kind)
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise InputError(path, f"refused: {kind} would expand to {total // 2**20} MB (the limit is {MAX_TOTAL_BYTES // 2**20} MB; a zip bomb?)")
        self.infos = {info.filename: info for info in infos}

    def names(self) -> list[str]:
        return list(self.infos)

    def __contains__(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
        """One member's bytes, refused as soon as it produces more than declared or than ``limit``."""
        info = self.infos.get(name)
        if info is None:
            raise InputError(self.path, f"{self.kind} lacks its part '{name}'")
        cap = min(limit, info.file_size)
        out = bytearray()
        try:
            with self._zip.open(info) as member:
                while True:
                    chunk = member.read(_CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    if len(out) > cap:
                        raise InputError(self.path, f"refused: part '{name}' expands beyond its declared size (a zip bomb?)")
        except InputError:
            raise
        except _ZIP_ERRORS:
            raise InputError(self.path, f"corrupt or truncated {self.kind} (part '{name}' cannot be decompressed)") from None
        return bytes(out)

    def verify(self) -> None:
        """Inflate every member in chunks, keeping nothing: proves the actual sizes and checksums.

        Deflated members are inflated here from their raw bytes rather than through ``zipfile``, which
        stops at the declared size: a member whose stream goes on past what it declares is a bomb
        with a forged directory, and is refused as one. XML parts that declare entities are refused
        before any XML parser sees them.
        """
        produced = 0
        for info in self.infos.values():
            if info.compress_type == zipfile.ZIP_DEFLATED:
                size = self._inflate(info)
            else:
                size = self._stream(info)
            produced += size
            if produced > MAX_TOTAL_BYTES:
                raise InputError(self.path, f"refused: {self.kind} expands beyond {MAX_TOTAL_BYTES // 2**20} MB (a zip bomb?)")

    def _raw(self, info: zipfile.ZipInfo) -> memoryview:
        data = self._data
        offset = info.header_offset
        if data[offset : offset + 4] != b"PK\x03\x04":
            raise InputError(self.path, f"corrupt or truncated {self.kind} (part '{info.filename}' is not where the directory says)")
        name_len, extra_len = struct.unpack_from("<HH", data, offset + 26)
        start = offset + 30 + name_len + extra_len
        if start + info.compress_size > len(data):
            raise InputError(self.path, f"corrupt or truncated {self.kind} (part '{info.filename}' is cut short)")
        return memoryview(data)[start : start + info.compress_size]

    def _inflate(self, info: zipfile.ZipInfo) -> int:
        raw = self._raw(info)
        inflater = zlib.decompressobj(-15)
        size, crc, first = 0, 0, True
        try:
            for i in range(0, len(raw), _CHUNK):
                pending = raw[i : i + _CHUNK]
                while pending:
                    out = inflater.decompress(pending, _CHUNK)
                    pending = inflater.unconsumed_tail
                    self._check_chunk(info, out, first)
                    first = first and not out
                    size += len(out)
                    crc = zlib.crc32(out, crc)
                    if size > info.file_size:
                        raise InputError(self.path, f"refused: part '{info.filename}' expands beyond its declared size (a zip bomb?)")
                    if inflater.eof:
                        break
        except zlib.error:
            raise InputError(self.path, f"corrupt or truncated {self.kind} (part '{info.filename}' cannot be decompressed)") from None
        if size != info.file_size or crc != info.CRC:
            raise InputError(self.path, f"corrupt or truncated {self.kind} (part '{info.filename}' fails its checksum)")
        return size

    def _stream(self, info: zipfile.ZipInfo) -> int:
        size, first = 0, True
        try:
            with self._zip.open(info) as member:
                while True:
                    chunk = member.read(_CHUNK)
                    if not chunk:
                        break
                    self._check_chunk(info, chunk, first)
                    first = False
                    size += len(chunk)
                    if size > info.file_size or size > MAX_MEMBER_BYTES:
                        raise InputError(self.path, f"refused: part '{info.filename}' expands beyond its declared size (a zip bomb?)")
        except InputError:
            raise
        except _ZIP_ERRORS:
            raise InputError(self.path, f"corrupt or truncated {self.kind} (part '{info.filename}' cannot be decompressed)") from None
        return size

    def _check_chunk(self, info: zipfile.ZipInfo, chunk: bytes, first: bool) -> None:
        if first and info.filename.endswith((".xml", ".rels")) and b"<!ENTITY" in chunk:
            # Office and OpenDocument parts never declare entities; a part that does is an entity bomb
            raise InputError(self.path, f"refused: part '{info.filename}' declares XML entities (an entity bomb?)")


def _check_unique(infos: list[zipfile.ZipInfo], path: str, kind: str) -> None:
    """Two parts of one name are refused: Word and unzip read the first, Python's zipfile the last, so
    the text read here could differ from the one Word shows. Part names are compared as Office does
    (case-insensitively, ``\\`` as ``/``)."""
    seen: set[str] = set()
    for info in infos:
        key = info.filename.replace("\\", "/").lstrip("/").lower()
        if key in seen:
            raise InputError(path, f"refused: {kind} has two parts named '{info.filename[:80]}' (a forged file?)")
        seen.add(key)


def _check_declared(info: zipfile.ZipInfo, path: str, kind: str) -> None:
    if info.file_size > MAX_MEMBER_BYTES:
        raise InputError(
            path,
            f"refused: part '{info.filename}' would expand to {info.file_size // 2**20} MB "
            f"(the limit is {MAX_MEMBER_BYTES // 2**20} MB; a zip bomb?)",
        )
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise InputError(path, f"refused: part '{info.filename}' is compressed {info.file_size // max(info.compress_size, 1)} times (a zip bomb?)")


def parse_xml(data: bytes, path: str, what: str) -> etree._Element:
    """Parse untrusted XML: no entity expansion, no DTD, no network, no huge trees."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True)
    if b"<!ENTITY" in data[:65536]:
        raise InputError(path, f"refused: {what} declares XML entities (an entity bomb?)")
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise InputError(path, f"malformed XML in {what} ({_first_line(str(e))})") from None
    except ValueError as e:
        raise InputError(path, f"malformed XML in {what} ({_first_line(str(e))})") from None
    if root is None:
        raise InputError(path, f"malformed XML in {what} (empty)")
    return root


def _first_line(message: str) -> str:
    return message.splitlines()[0][:160] if message else "unreadable"
