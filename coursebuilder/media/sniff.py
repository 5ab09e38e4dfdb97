"""Tell a file's type from its first bytes, never from its name."""

from __future__ import annotations

SNIFF_BYTES = 64

#: Extension used when a file of this type is stored in a bundle.
EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/bmp": ".bmp",
    "image/tiff": ".tif",
    "image/heic": ".heic",
    "image/avif": ".avif",
    "audio/mpeg": ".mp3",
    "audio/ogg": ".ogg",
    "audio/wav": ".wav",
    "audio/flac": ".flac",
    "audio/mp4": ".m4a",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "application/pdf": ".pdf",
    "application/zip": ".zip",
    "text/plain": ".txt",
    "text/html": ".html",
    "image/svg+xml": ".svg",
    "application/xhtml+xml": ".xhtml",
    "application/octet-stream": ".bin",
}

#: ISO base media brands of still pictures (iPhone photos are HEIC), and of videos.
HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1"})
AVIF_BRANDS = frozenset({b"avif", b"avis"})
VIDEO_BRANDS = frozenset({b"isom", b"iso2", b"mp41", b"mp42", b"avc1", b"M4V ", b"qt  ", b"3gp4", b"3gp5", b"dash"})
#: What to tell a lecturer whose phone saves HEIC photos.
HEIC_HINT = ("HEIC photos from an iPhone cannot be used yet; on the phone choose Settings › Camera › Formats › "
             "Most Compatible for new photos, or share these as JPEG (AirDrop/Mail convert them)")

#: Image types every browser and PowerPoint can show directly.
WEB_IMAGES = {"image/jpeg", "image/png", "image/gif", "image/webp"}


def sniff_mime(head: bytes) -> str:
    """Return the MIME type the leading bytes of a file show."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith(b"BM") and len(head) > 14:
        return "image/bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head[4:8] == b"ftyp":
        # The major brand, then the compatible brands, say what the ISO box file holds.
        size = int.from_bytes(head[:4], "big")
        brands = [head[8:12]] + [head[i:i + 4] for i in range(16, min(size, len(head)) - 3, 4)]
        if brands[0] in AVIF_BRANDS:
            return "image/avif"
        if brands[0] in HEIF_BRANDS or (brands[0] not in VIDEO_BRANDS and any(b in HEIF_BRANDS for b in brands)):
            return "image/heic"
        if brands[0] in (b"M4A ", b"M4B ", b"M4P "):
            return "audio/mp4"
        if brands[0] == b"qt  ":
            return "video/quicktime"
        return "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return "application/zip"
    if _looks_like_text(head):
        return _markup_type(head) or "text/plain"
    return "application/octet-stream"


#: Types a browser runs scripts in when it opens them: never served as pages from a package.
ACTIVE_TYPES = frozenset({"text/html", "image/svg+xml", "application/xhtml+xml"})


def _markup_type(head: bytes) -> str | None:
    """Tell web pages and SVG drawings from plain text by how they start."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<iframe")):
        return "text/html"
    if start.startswith((b"<svg", b"<!doctype svg")):
        return "image/svg+xml"
    if start.startswith(b"<?xml"):
        # A browser runs scripts in any XML it shows as XHTML or SVG; the first bytes rarely say which.
        return "image/svg+xml" if b"<svg" in start else "application/xhtml+xml"
    return None


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        return exc.start >= len(head) - 3
    return True
