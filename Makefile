# brief: common tasks. `make site` builds the sample site; `make test` runs the tests.
SWIFT ?= swift
BRIEF := .build/release/brief
# Release builds link the Swift runtime and Foundation into the executable: calls into the runtime
# (retain, release, ...) are direct instead of through the dynamic linker's tables, and the
# 50-odd shared libraries are not bound at each start (README, Performance).
RELEASE_FLAGS ?= --static-swift-stdlib

.PHONY: deps test-deps release site theme test test-unit test-asan test-tsan fuzz fuzz-build site-test screenshots eval bench clean

deps:
	@scripts/install-deps.sh

# What `make test` needs besides the build: headless Chromium, its driver, Java, python3-venv.
test-deps:
	@scripts/install-deps.sh --test

release: deps
	$(SWIFT) build -c release --product brief $(RELEASE_FLAGS)

site: release
	$(BRIEF) build

# After editing templates/: regenerate the built-in theme compiled into brief.
theme:
	python3 scripts/embed-theme.py

# Everything: unit tests, then the sample site built in release mode and checked as a browser
# sees it (Nu HTML checker, links and anchors, headless-Chromium tests with axe-core), then the
# suite under AddressSanitizer and the parallel build tests under ThreadSanitizer.
# The dev-server tests run on their own: on 2 cores the suite's heavy builds (50 MB articles,
# killed builds) would hold every thread of the shared pool their HTTP probes wait on.
test: test-deps
	$(SWIFT) test --skip BriefServeTests
	$(SWIFT) test --filter BriefServeTests
	$(SWIFT) build -c release --product brief $(RELEASE_FLAGS)
	$(BRIEF) build --quiet
	@# The release build runs on jemalloc with its settings read back (Sources/BriefAllocator).
	$(BRIEF) build --verbose 2>&1 | grep -F "memory allocator: jemalloc (dirty_decay_ms:500"
	scripts/site-tests.sh public
	$(MAKE) test-asan
	$(MAKE) test-tsan

test-unit: deps
	$(SWIFT) test

# Sanitizer builds get their own scratch folders so they never invalidate the normal one.
# Leak checks are off: XCTest's own harness leaks a few hundred bytes at exit in every run
# (the fuzz targets keep them on).
# The dev-server tests run on their own here too: under ASan's slowdown on 2 cores the rest of
# the suite would starve their HTTP probes (5 s) of threads.
test-asan: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --scratch-path .build-asan --sanitize=address --skip BriefServeTests
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --scratch-path .build-asan --sanitize=address --filter BriefServeTests

# Only the tests that run builds in parallel: TSan over the whole suite would not fit in CI time.
TSAN_FILTER ?= SiteBuilderTests|BuildRunTests
test-tsan: deps
	$(SWIFT) test --scratch-path .build-tsan --sanitize=thread --filter '$(TSAN_FILTER)'

# libFuzzer: each target runs FUZZ_SECONDS from the seeds in fuzz/corpus/<target>/; new inputs go
# to .build-fuzz/corpus/<target>/, crashes to fuzz/crashes/ (each one becomes a regression test).
FUZZ_SECONDS ?= 75
FUZZ_TARGETS := FuzzFrontMatter FuzzRawArticle FuzzAnnotator FuzzMarkdownHTML
FUZZ_BUILD := .build-fuzz
FUZZ_FLAGS := -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld

fuzz-build: deps
	for target in $(FUZZ_TARGETS); do \
		BRIEF_FUZZ=1 $(SWIFT) build -c release --scratch-path $(FUZZ_BUILD) --product $$target $(FUZZ_FLAGS) || exit 1; \
	done

fuzz: fuzz-build
	mkdir -p fuzz/crashes
	for target in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_BUILD)/corpus/$$target; \
		$(FUZZ_BUILD)/release/$$target $(FUZZ_BUILD)/corpus/$$target fuzz/corpus/$$target \
			-max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
			-print_final_stats=1 -artifact_prefix=fuzz/crashes/$$target- || exit 1; \
	done

eval: release
	scripts/eval.sh $(BRIEF)

# Sizes and runs can be narrowed: make bench BENCH_ARGS="--sizes 10000 --runs 5"
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
	rm -rf .build .build-asan .build-tsan .build-fuzz public
