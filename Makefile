# Plainly's two set-up commands are `make demo` and `make test`; everything else is a helper.
SHELL := /bin/bash
PREFIX ?= /usr/local
# `plainly` runs `check` itself and hands every other command to `plainly-full`, beside it.
RELEASE_BIN = .build/release/plainly
RELEASE_FULL_BIN = .build/release/plainly-full
SAMPLES := $(sort $(wildcard Content/*/))

.PHONY: setup venv build release demo test fuzz install bench clean

setup:
	@scripts/setup

venv:
	@scripts/setup --venv

build: setup
	swift build

release: setup
	@scripts/build-release

# Builds a release, renders every sample in Content/ into out/<name>/ in every format, and
# prints a short readability summary.
demo: release
	@scripts/demo $(RELEASE_BIN) $(SAMPLES)

# The whole test suite: unit, golden and CLI tests, the checks that look at real output, a short
# run of every fuzz target and the checker's workers under ThreadSanitizer.
test: venv
	swift build --build-tests
	swift test --skip-build
	@scripts/check-output
	@scripts/fuzz --smoke
	@scripts/race-check

# Every fuzz target for FUZZ_RUNS executions (a million), at most FUZZ_SECONDS each; see scripts/fuzz.
FUZZ_RUNS ?= 1000000
FUZZ_SECONDS ?= 3600
fuzz: setup
	@FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz

install: release
	install -d $(PREFIX)/bin $(PREFIX)/share/plainly/Fonts
	install -m 755 $(RELEASE_BIN) $(PREFIX)/bin/plainly
	install -m 755 $(RELEASE_FULL_BIN) $(PREFIX)/bin/plainly-full
	install -m 644 Fonts/*.ttf Fonts/OFL.txt $(PREFIX)/share/plainly/Fonts/
	@for bundle in .build/release/*.resources; do \
		[ -d "$$bundle" ] && cp -R "$$bundle" $(PREFIX)/bin/ || true; done

bench: release
	@scripts/setup --bench
	@scripts/bench

clean:
	rm -rf .build .build-fuzz .build-tsan .fuzz out
