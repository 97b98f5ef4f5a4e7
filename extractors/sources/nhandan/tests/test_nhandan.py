"""Nhan Dan's own rules: its CMS is VietnamPlus's, so the same real-page structure reads it."""

from extractors.sources.nhandan import NhanDan


def test_ad_slots_and_the_source_line_inside_the_body_are_removed():
    page = """<html><head><title>t</title></head><body><h1 class="article__title cms-title">Hue restores its citadel gates</h1>
    <div class="article__sapo cms-desc">Two gates of the citadel will reopen in June.</div>
    <div class="article__meta"><time class="time" datetime="2026-05-02T08:00:00+07:00">02/05/2026 08:00</time></div>
    <div class="article__body zce-content-body cms-body"><p>Two gates of the citadel will reopen in June.</p>
    <div class="sda_middle"><div class="rennab fyi">Advertisement</div></div>
    <p>Craftsmen used bricks fired in the old way.</p><div class="article__source"><div class="source">NDO</div></div></div>
    </body></html>"""
    article = NhanDan().clean_html(page, url="https://en.nhandan.vn/hue-citadel-gates-post160999.html")
    assert article.paragraphs == ["Two gates of the citadel will reopen in June.", "Craftsmen used bricks fired in the old way."]
    assert article.published_at.isoformat() == "2026-05-02T08:00:00+07:00"
