# brief: common tasks. `make site` builds the sample site; `make test` runs the tests.
SWIFT ?= swift
BRIEF := .build/release/brief

.PHONY: deps test-deps release site theme test site-test screenshots eval bench clean

deps:
	@scripts/install-deps.sh

# What `make test` needs besides the build: headless Chromium, its driver, Java, python3-venv.
test-deps:
	@scripts/install-deps.sh --test

release: deps
	$(SWIFT) build -c release --product brief

site: release
	$(BRIEF) build

# After editing templates/: regenerate the built-in theme compiled into brief.
theme:
	python3 scripts/embed-theme.py

# Everything: unit tests, then the sample site built in release mode and checked as a browser
# sees it (Nu HTML checker, links and anchors, headless-Chromium tests with axe-core).
test: test-deps
	$(SWIFT) test
	$(SWIFT) build -c release --product brief
	$(BRIEF) build --quiet
	scripts/site-tests.sh public

eval: release
	scripts/eval.sh $(BRIEF)

# Sizes and runs can be narrowed: make bench BENCH_ARGS="--sizes 10000 --runs 3"
bench: release
	@scripts/install-deps.sh --bench
	python3 scripts/bench.py $(BRIEF) $(BENCH_ARGS)

site-test: site
	scripts/site-tests.sh public

# PNGs of the home page, a briefing and an entity page at 1280 and 390 px into docs/screenshots/.
# Other pages: make screenshots PAGES="index.html tags/index.html"
screenshots: site
	scripts/screenshots.sh public $(PAGES)

clean:
	rm -rf .build public
