"""What every attempt page shares of a question version (``quizzes.cache.version_view``):
made once per version by each process, and never stale for a snapshot it was not made from."""

from quizzes import cache, grading

SNAPSHOT = {"type": "truefalse", "text": "Wniosek <b>składa</b> się przez MOS.", "correct": True}


def test_a_version_is_made_once_and_then_held():
    first = cache.version_view(987001, dict(SNAPSHOT))
    assert first["digest"] == grading.snapshot_digest(SNAPSHOT)
    assert first["text_html"] == "Wniosek &lt;b&gt;składa&lt;/b&gt; się przez MOS."
    assert cache.version_view(987001, dict(SNAPSHOT)) is first


def test_the_same_id_with_another_snapshot_gets_its_own_view():
    cache.version_view(987002, dict(SNAPSHOT))
    changed = {**SNAPSHOT, "text": "Inna treść", "text_format": "html"}
    view = cache.version_view(987002, changed)
    assert view["digest"] == grading.snapshot_digest(changed)
    assert view["text_html"] == "Inna treść"


def test_without_a_version_it_is_made_each_time_and_not_held():
    before = len(cache._versions)
    a, b = cache.version_view(None, dict(SNAPSHOT)), cache.version_view(None, dict(SNAPSHOT))
    assert a == b and a is not b and len(cache._versions) == before


def test_the_process_holds_a_bounded_number(monkeypatch):
    monkeypatch.setattr(cache, "VERSIONS_HELD", 3)
    for n in range(10):
        cache.version_view(988000 + n, {**SNAPSHOT, "text": str(n)})
    assert len(cache._versions) == 3 and 988009 in cache._versions
