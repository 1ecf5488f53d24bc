# `make demo` and `make test` install first when needed. They use the active virtualenv if there is one,
# else they create .venv with Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
ifdef VIRTUAL_ENV
ENV := $(VIRTUAL_ENV)
else
ENV := $(CURDIR)/.venv
endif
PY := $(ENV)/bin/python
STAMP := $(ENV)/.arabic_release_nlp-installed
SHARED ?= ../shared
PIP := $(PY) -m pip install --no-compile --disable-pip-version-check -q
# Packages whose wheels carry debug symbols. Only these are stripped: bundled libraries such as numpy.libs were
# rewritten by auditwheel and break if touched.
DEBUG_SYMBOL_PACKAGES := spacy thinc blis srsly preshed cymem murmurhash

.PHONY: install test demo benchmark clean

install: $(STAMP)

# camel-tools goes in without its declared dependencies (torch, transformers: several GB we never import);
# everything else comes from pyproject.toml. spaCy's Linux wheels ship their extension modules with debug
# symbols (about 120 MB); stripping the debug sections changes no code and keeps the environment small.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(ENV)
	$(PIP) --no-deps camel-tools==1.6.0
	$(PIP) -e '.[dev]'
	if command -v strip >/dev/null; then for package in $(DEBUG_SYMBOL_PACKAGES); do \
		find $(ENV)/lib/python3*/site-packages/$$package -name '*.so' -exec strip --strip-debug {} + 2>/dev/null || true; \
		done; fi
	touch $(STAMP)

test: install
	$(PY) -m pytest

demo: install
	$(ENV)/bin/arn analyze --pretty examples/*.txt

benchmark: install
	$(PY) benchmarks/tokenizer.py --raw $(SHARED)/data/raw/saudinewsnet/articles.jsonl.gz
	$(PY) benchmarks/ner.py --raw $(SHARED)/data/raw/saudinewsnet/articles.jsonl.gz

clean:
	rm -rf build dist *.egg-info .pytest_cache .hypothesis
