# brief: common tasks. `make site` builds the sample site; `make test` runs the tests.
SWIFT ?= swift
BRIEF := .build/release/brief

.PHONY: deps release site theme test site-test eval bench clean

deps:
	@scripts/install-deps.sh

release: deps
	$(SWIFT) build -c release --product brief

site: release
	$(BRIEF) build

# After editing templates/: regenerate the built-in theme compiled into brief.
theme:
	python3 scripts/embed-theme.py

test: deps
	$(SWIFT) test

eval: release
	scripts/eval.sh $(BRIEF)

# Sizes and runs can be narrowed: make bench BENCH_ARGS="--sizes 10000 --runs 3"
bench: release
	@scripts/install-deps.sh --bench
	python3 scripts/bench.py $(BRIEF) $(BENCH_ARGS)

site-test: site
	scripts/site-tests.sh public

clean:
	rm -rf .build public
