"""Draw the application icon: resources/icons/travaux.svg, PNGs 16–512 px, .ico and .icns.

    python packaging/make_icon.py

Two pages side by side — the old with a struck-through red line, the new with an underlined green
one — and a raised ▲ for a strengthened commitment. The SVG is the source; the rest is rendered from it.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2b64b3"/>
      <stop offset="1" stop-color="#163f7a"/>
    </linearGradient>
  </defs>
  <rect x="16" y="16" width="480" height="480" rx="104" fill="url(#bg)"/>
  <!-- old page -->
  <g transform="rotate(-4 160 262)">
    <rect x="70" y="98" width="178" height="300" rx="18" fill="#e8edf5"/>
    <rect x="98" y="140" width="122" height="16" rx="8" fill="#9aa8bd"/>
    <rect x="98" y="180" width="104" height="16" rx="8" fill="#9aa8bd"/>
    <rect x="98" y="220" width="122" height="16" rx="8" fill="#f3b2b8"/>
    <rect x="90" y="224" width="138" height="8" rx="4" fill="#c62a3a"/>
    <rect x="98" y="260" width="92" height="16" rx="8" fill="#9aa8bd"/>
    <rect x="98" y="300" width="116" height="16" rx="8" fill="#9aa8bd"/>
  </g>
  <!-- new page -->
  <g transform="rotate(4 352 262)">
    <rect x="264" y="98" width="178" height="300" rx="18" fill="#ffffff"/>
    <rect x="292" y="140" width="122" height="16" rx="8" fill="#9aa8bd"/>
    <rect x="292" y="180" width="104" height="16" rx="8" fill="#9aa8bd"/>
    <rect x="292" y="216" width="122" height="20" rx="8" fill="#bfeccc"/>
    <rect x="292" y="242" width="122" height="8" rx="4" fill="#17813f"/>
    <rect x="292" y="268" width="92" height="16" rx="8" fill="#9aa8bd"/>
    <rect x="292" y="308" width="116" height="16" rx="8" fill="#9aa8bd"/>
  </g>
  <!-- strengthened -->
  <circle cx="392" cy="392" r="78" fill="#f4b400" stroke="#163f7a" stroke-width="14"/>
  <path d="M392 344 L436 414 L348 414 Z" fill="#163f7a"/>
</svg>
"""


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (allowed since Windows Vista)."""
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    kinds = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for s, kind in kinds.items() if s in pngs)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  QImage needs one
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "travaux.svg").write_text(SVG, encoding="utf-8")
    pngs = {s: render_png(s) for s in SIZES}
    for s, data in pngs.items():
        (ICONS / f"travaux-{s}.png").write_bytes(data)
    (ICONS / "travaux.ico").write_bytes(ico(pngs))
    (ICONS / "travaux.icns").write_bytes(icns(pngs))
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
