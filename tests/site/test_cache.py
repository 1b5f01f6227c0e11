"""The shared cache: Redis through REDIS_URL, and lookups one request holds itself."""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.caching import cache_settings
from tests.factories import CoursePageFactory, LessonPageFactory

REDIS_SERVER = shutil.which("redis-server")


def test_redis_url_selects_django_redis_cache_and_fallback_otherwise():
    redis = cache_settings("redis://127.0.0.1:6379/1", fallback={"BACKEND": "x"})
    assert redis["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert redis["default"]["LOCATION"] == "redis://127.0.0.1:6379/1"
    assert cache_settings(None, fallback={"BACKEND": "x"}) == {"default": {"BACKEND": "x"}}


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    """A real redis-server from Debian's package on a free loopback port, stopped by PID."""
    if REDIS_SERVER is None:
        pytest.fail("redis-server is not installed (apt-get install redis-server).", pytrace=False)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    folder = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", folder],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)


def test_the_redis_backend_stores_and_expires_values(redis_server):
    cache = RedisCache(redis_server, {"KEY_PREFIX": "kadra-test", "TIMEOUT": 60})
    cache.set("klucz", {"zażółć": [1, 2]})
    assert cache.get("klucz") == {"zażółć": [1, 2]}
    cache.set("krótki", 1, timeout=1)
    time.sleep(1.2)
    assert cache.get("krótki") is None
    assert cache.add("raz", 1) and not cache.add("raz", 2)
    cache.clear()


@pytest.mark.django_db
def test_site_root_paths_come_from_the_database_cache_once_per_request(client, settings, org):
    """With the database cache as the fallback, Wagtail's several lookups of the site root
    paths on one page cost one cache query, not one each."""
    from django.core.cache import caches
    from django.core.management import call_command

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "t_cache"}
    }
    call_command("createcachetable", verbosity=0)
    caches["default"].clear()
    course = CoursePageFactory()
    LessonPageFactory(parent=course)
    client.force_login(org.employee)
    client.get(course.url)  # fills the cache
    with CaptureQueriesContext(connection) as queries:
        assert client.get(course.url).status_code == 200
    cache_reads = [
        q["sql"] for q in queries if "t_cache" in q["sql"] and "wagtail_site_root_paths" in q["sql"]
    ]
    assert len(cache_reads) <= 1, cache_reads
