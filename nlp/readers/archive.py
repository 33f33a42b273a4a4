"""Open the zip inside a .docx or .odt without trusting it, and parse its XML without trusting it.

A zip states each member's size in its directory, but a forged directory can lie: a zip bomb is
refused first by the sizes it declares (and their compression ratio), then by the bytes it actually
produces, counted while decompressing in small chunks, so that no member is ever expanded into memory
beyond the limits. Every failure is an :class:`~nlp.errors.InputError` naming the file.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from lxml import etree

from nlp.errors import InputError

MAX_MEMBERS = 5000
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one part, decompressed (a long resolution's document.xml is ~1 MB)
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts together
MAX_RATIO = 200  # deflate reaches ~20x on XML; a bomb reaches 1000x and more
RATIO_FLOOR = 2 * 1024 * 1024  # below this size a high ratio is harmless (tiny repetitive parts)
_CHUNK = 64 * 1024

_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError)


class SafeZip:
    """A zip archive held in memory whose declared sizes were checked when it was opened."""

    def __init__(self, data: bytes, path: str, kind: str = "zip archive"):
        self.path = path
        self.kind = kind
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _ZIP_ERRORS:
            raise InputError(path, f"corrupt or truncated {kind} (its zip structure cannot be read)") from None
        if len(infos) > MAX_MEMBERS:
            raise InputError(path, f"refused: {kind} has {len(infos)} parts (the limit is {MAX_MEMBERS})")
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
        """Decompress every member in chunks, keeping nothing: proves the actual sizes and checksums."""
        produced = 0
        for name, info in self.infos.items():
            size = 0
            try:
                with self._zip.open(info) as member:
                    while True:
                        chunk = member.read(_CHUNK)
                        if not chunk:
                            break
                        size += len(chunk)
                        produced += len(chunk)
                        if size > info.file_size or size > MAX_MEMBER_BYTES or produced > MAX_TOTAL_BYTES:
                            raise InputError(self.path, f"refused: part '{name}' expands beyond its declared size (a zip bomb?)")
            except InputError:
                raise
            except _ZIP_ERRORS:
                raise InputError(self.path, f"corrupt or truncated {self.kind} (part '{name}' cannot be decompressed)") from None


def _check_declared(info: zipfile.ZipInfo, path: str, kind: str) -> None:
    if info.file_size > MAX_MEMBER_BYTES:
        raise InputError(path, f"refused: part '{info.filename}' would expand to {info.file_size // 2**20} MB (the limit is {MAX_MEMBER_BYTES // 2**20} MB; a zip bomb?)")
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
