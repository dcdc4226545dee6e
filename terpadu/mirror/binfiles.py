"""Tiny but valid binary files (PNG, GIF, JPEG, PDF) made with the stdlib."""
from __future__ import annotations

import struct
import zlib


def png(seed: int, w: int = 4, h: int = 3) -> bytes:
    r, g, b = (seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256
    raw = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def gif(seed: int = 0) -> bytes:
    """1x1 GIF89a (the classic lazy-load placeholder)."""
    c = bytes([(seed * 71) % 256, (seed * 29) % 256, (seed * 13) % 256])
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + c + b"\xff\xff\xff"
            + b"\x21\xf9\x04\x01\x00\x00\x00\x00"
            + b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3b")


def jpeg(seed: int) -> bytes:
    """8x8 grey baseline JPEG: one block, DC only, one-symbol Huffman tables."""
    grey = 40 + (seed * 67) % 180
    dc = 8 * (grey - 128)            # DCT DC of a flat block with q=1
    cat = abs(dc).bit_length()
    bits_val = dc if dc >= 0 else dc + (1 << cat) - 1
    bits = "0" + (format(bits_val, f"0{cat}b") if cat else "") + "0"  # DC code, value, EOB
    bits += "1" * (-len(bits) % 8)
    data = bytearray()
    for i in range(0, len(bits), 8):
        byte = int(bits[i:i + 8], 2)
        data.append(byte)
        if byte == 0xFF:
            data.append(0)

    def seg(marker: int, payload: bytes) -> bytes:
        return struct.pack(">HH", marker, len(payload) + 2) + payload
    app0 = seg(0xFFE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    dqt = seg(0xFFDB, b"\x00" + b"\x01" * 64)
    sof = seg(0xFFC0, struct.pack(">BHHB", 8, 8, 8, 1) + b"\x01\x11\x00")
    counts = b"\x01" + b"\x00" * 15
    dht = seg(0xFFC4, b"\x00" + counts + bytes([cat]) + b"\x10" + counts + b"\x00")
    sos = seg(0xFFDA, b"\x01\x01\x00\x00\x3f\x00")
    return b"\xff\xd8" + app0 + dqt + sof + dht + sos + bytes(data) + b"\xff\xd9"


def _pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(title: str, lines: list[str]) -> bytes:
    """One-page PDF with Helvetica text; correct xref offsets."""
    text = ["BT", "/F1 14 Tf", "50 790 Td", f"({_pdf_escape(_latin(title))}) Tj", "/F1 10 Tf"]
    for line in lines:
        text += ["0 -18 Td", f"({_pdf_escape(_latin(line))}) Tj"]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + _pdf_escape(_latin(title)).encode("latin-1") + b") /Producer (terpadu mirror) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _latin(s: str) -> str:
    s = s.replace("–", "-").replace("“", '"').replace("”", '"').replace("’", "'")
    return s.encode("latin-1", "replace").decode("latin-1")
