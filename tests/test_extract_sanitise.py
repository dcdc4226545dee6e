"""The allowlist sanitiser: only content markup, safe URLs and known video embeds survive."""

from __future__ import annotations

import pytest
from lxml import html

from terpadu.extract.sanitise import safe_url, sanitise, video_watch_url


def clean(fragment: str) -> str:
    root = html.fragment_fromstring(fragment, create_parent="div")
    sanitise(root)
    return html.tostring(root, encoding="unicode")


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "file:///etc/passwd",
])
def test_unsafe_urls(url):
    assert safe_url(url) is None


@pytest.mark.parametrize("url", ["https://pu.go.id/a", "http://x.go.id", "mailto:humas@pu.go.id",
                                 "tel:+62217392262", "/relatif"])
def test_safe_urls(url):
    assert safe_url(url) == url


def test_active_elements_go_with_their_content_and_handlers_go():
    out = clean('<p onclick="x()" style="color:red" class="a">Teks <b onmouseover="y()">tebal</b></p>'
                '<script>alert(1)</script><style>p{}</style><form><input value="Kirim"></form>'
                '<svg onload="z()"><text>svg</text></svg><object data="x"></object>')
    assert out == "<div><p>Teks <b>tebal</b></p></div>"


def test_layout_tags_are_unwrapped_and_their_text_kept():
    assert clean('<font color="red">Merah</font> <center>Tengah</center>') == "<div>Merah Tengah</div>"


def test_void_elements_do_not_swallow_what_follows():
    assert "Sesudah" in clean('<embed src="javascript:alert(1)"><p>Sesudah</p>')


def test_unsafe_links_and_images():
    out = clean('<a href="javascript:alert(1)">Tautan</a><img src="data:image/gif;base64,R0l" alt="x">'
                '<img src="https://pu.go.id/a.jpg" onerror="x()" alt="Foto">')
    assert out == '<div>Tautan<img src="https://pu.go.id/a.jpg" alt="Foto"></div>'


def test_only_known_video_embeds_stay():
    out = clean('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" onload="x()"></iframe>'
                '<iframe src="https://evil.example/frame"></iframe><iframe srcdoc="<script>x</script>"></iframe>')
    assert out == '<div><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe></div>'


@pytest.mark.parametrize("src, watch", [
    ("https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
    ("//www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
    ("https://player.vimeo.com/video/76979871", "https://vimeo.com/76979871"),
    ("https://evil.example/embed/x", None),
])
def test_video_watch_urls(src, watch):
    assert video_watch_url(src) == watch
