# The two commands of the README: `make run` and `make test`. Both install
# what is missing (Debian packages by name), configure and build with CMake.
BUILD ?= build
CMAKE_FLAGS ?=
ARGS ?=

.PHONY: all run test build deps-run deps-test sanitize format clean

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

# The same tests under AddressSanitizer and UBSan, in a separate folder.
sanitize:
	$(MAKE) test BUILD=build-sanitize CMAKE_FLAGS=-DLIMBER_SANITIZE=ON

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD) build-sanitize
