"""Offline mirror of the 12 old Kementerian PU websites (test world for the importer).

See ``terpadu/mirror/README.md``.  Public API::

    from terpadu.mirror import MirrorServer, serve_forever, SITES_DIR, TRUTH_DIR
"""
from pathlib import Path

MIRROR_DIR = Path(__file__).resolve().parent
SITES_DIR = MIRROR_DIR / "sites"
TRUTH_DIR = MIRROR_DIR / "truth"
XSS_VECTORS_FILE = MIRROR_DIR / "xss_vectors.txt"



def __getattr__(name):  # lazy, so `python -m terpadu.mirror.server` runs without a warning
    if name in ("MirrorServer", "serve_forever"):
        from . import server
        return getattr(server, name)
    raise AttributeError(name)


__all__ = ["MirrorServer", "serve_forever", "SITES_DIR", "TRUTH_DIR", "MIRROR_DIR",
           "XSS_VECTORS_FILE"]
