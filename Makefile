# Plainly's two set-up commands are `make demo` and `make test`; everything else is a helper.
SHELL := /bin/bash
PREFIX ?= /usr/local
# `plainly` runs `check` itself and hands every other command to `plainly-full`, beside it.
RELEASE_BIN = .build/release/plainly
RELEASE_FULL_BIN = .build/release/plainly-full
SAMPLES := $(sort $(wildcard Content/*/))

.PHONY: setup venv build release demo test install bench clean

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

# The whole test suite: unit, golden and CLI tests, then the checks that look at real output.
test: venv
	swift build --build-tests
	swift test --skip-build
	@scripts/check-output

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
	rm -rf .build out
