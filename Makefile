# Kadra: two commands do everything.
#   make run   - install, migrate, load the demo office and serve on http://127.0.0.1:8000
#   make test  - install what the tests need and run the whole suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
LOCK := requirements/lock.txt
H5P_DIR ?= ../shared/h5p
HOST ?= 127.0.0.1:8000
export DJANGO_SETTINGS_MODULE ?= lms.settings.dev

.PHONY: run test sysdeps install install-test browser lint lock messages bench clean

$(VENV)/.installed: $(LOCK) pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r $(LOCK)
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# WeasyPrint (certificates, attendance lists) renders with Debian's Pango and DejaVu fonts.
sysdeps:
	@dpkg -s libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core; \
	  else echo "Install Debian's libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core for PDF rendering." >&2; exit 1; fi; }

install: sysdeps $(VENV)/.installed node_modules/.installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo $(if $(wildcard $(H5P_DIR)/*.h5p),--h5p-dir $(H5P_DIR))
	@echo ""
	@echo "Kadra is starting on http://$(HOST)/"
	@echo "Demo logins (password: kadra-demo):"
	@echo "  employee@demo.kadra  leader@demo.kadra  hr@demo.kadra  editor@demo.kadra"
	$(PY) manage.py runserver $(HOST)

# Debian's chromium drives the browser tests (never a downloaded browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core; \
	  else echo "Install Debian's chromium package (apt-get install chromium) for browser tests." >&2; exit 1; fi; }

install-test: install browser

# Browser journeys run in their own pytest process: their live-server database is flushed
# and restored between tests, which must not interleave with the other transactional tests.
test: install-test
	DJANGO_SETTINGS_MODULE=lms.settings.test $(VENV)/bin/pytest -m "not e2e" $(PYTEST_ARGS)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(VENV)/bin/pytest -m e2e tests/e2e $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Regenerate the pinned lock file from pyproject.toml (commit the result).
lock: $(VENV)/.installed
	$(PIP) install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --strip-extras --extra test --no-emit-index-url \
	  --no-emit-find-links -o $(LOCK) pyproject.toml

messages: install
	$(PY) manage.py makemessages -l pl -l en --no-obsolete --ignore=.venv --ignore=node_modules \
	  --ignore=var --ignore=tests --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv

bench: install
	$(PY) bench/people_import.py

clean:
	rm -rf $(VENV) node_modules var
