# The two commands of the README: `make run` and `make test`. Both install
# what is missing (Debian packages by name), configure and build with CMake.
BUILD ?= build
CMAKE_FLAGS ?=
ARGS ?=

.PHONY: all run test build deps-run deps-test sanitize valgrind fuzz format clean
.PHONY: install uninstall deb deps-package package-check

all: build

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$$(nproc)

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

# The packages come first, even under make -j.
run: deps-run
	$(MAKE) build
	$(BUILD)/limber $(ARGS)

test: deps-test
	$(MAKE) build
	cd $(BUILD) && ctest --output-on-failure -j$$(nproc)

deps-run:
	@scripts/install-deps run

deps-test:
	@scripts/install-deps test

# The same tests under AddressSanitizer and UBSan, in a separate folder. A
# leak or undefined behaviour fails the test that hit it.
sanitize:
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizer/lsan.supp \
	    $(MAKE) test BUILD=build-sanitize CMAKE_FLAGS=-DLIMBER_SANITIZE=ON

# memcheck over the headless drive, the tools and the terminal player.
valgrind: deps-test
	$(MAKE) build
	tests/valgrind/run.sh $(BUILD)

# The routine loader under libFuzzer for FUZZ_SECONDS, seeded from the
# bundled routines and the test data; crashes land in build-fuzz/crashes/.
FUZZ_SECONDS ?= 600
FUZZ = build-fuzz/tests/fuzz/fuzz_routine_load
fuzz:
	@scripts/install-deps fuzz
	CC=clang cmake -S . -B build-fuzz -DLIMBER_FUZZ=ON -DBUILD_TESTING=OFF
	cmake --build build-fuzz --target fuzz_routine_load -j$$(nproc)
	mkdir -p build-fuzz/corpus build-fuzz/crashes
	$(FUZZ) -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -dict=tests/fuzz/routine.dict -print_final_stats=1 \
	    -artifact_prefix=build-fuzz/crashes/ \
	    build-fuzz/corpus routines tests/data/good tests/data/bad

# Installing from source (README, "Install"): PREFIX is any prefix, e.g.
# /usr/local (the default) or ~/.local; DESTDIR stages it elsewhere.
# `make uninstall` removes what the last install put in place
# ($(BUILD)/install_manifest.txt).
PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

uninstall:
	cmake -DMANIFEST=$(CURDIR)/$(BUILD)/install_manifest.txt \
	    -P cmake/Uninstall.cmake

# The Debian package, build-deb/limber_<version>_<arch>.deb, built by
# debhelper and checked by lintian (scripts/build-deb); package-check
# also installs it with apt into a fresh debootstrap root (this machine
# when the mirror cannot be reached), uses it and purges it.
deb: deps-package
	scripts/build-deb

package-check: deb
	tests/install/deb_check.sh build-deb

deps-package:
	@scripts/install-deps package

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD) build-sanitize build-fuzz build-deb
