# brief: common tasks. `make site` builds the sample site; `make test` runs the tests.
SWIFT ?= swift
BRIEF := .build/release/brief

.PHONY: deps release site theme test eval bench clean

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

clean:
	rm -rf .build public
