# dotvox -- see README.md.  `make` builds, `make check` tests, `make demo`
# converts the samples, `make bench` measures, `make deps` installs the
# Debian packages all of these need.

CC      ?= cc
PKGS    := liblouis sqlite3 libcrypto libxml-2.0 sndfile libebur128 espeak-ng libmicrohttpd jansson
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Isrc
ifeq ($(SAN),1)
CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer -O1
LDFLAGS += -fsanitize=address,undefined
BUILD   := build-san
else
BUILD   := build
endif
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lmp3lame -lm

LIB_SRC := $(filter-out src/main.c,$(wildcard src/*.c))
LIB_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/%.o)
TEST_SRC := $(wildcard tests/test_*.c)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
BIN     := $(BUILD)/dotvox

.PHONY: all deps check demo bench clean dotvox

all: $(BIN) dotvox tables/generated/words.tsv

# The reading layer's dictionary (zh.dict, words.tsv, chars.tsv), from
# Debian's jieba, Unihan and terra-pinyin data; see the script.
tables/generated/words.tsv: tools/gen-zhdata.py
	python3 tools/gen-zhdata.py tables/generated

dotvox: $(BIN)
	ln -sf $(BIN) dotvox

$(BUILD)/%.o: src/%.c $(wildcard src/*.h) | $(BUILD)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -c $< -o $@

$(BUILD)/libdotvox.a: $(LIB_OBJ)
	ar rcs $@ $^

$(BIN): $(BUILD)/main.o $(BUILD)/libdotvox.a
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(BUILD)/tests/%: tests/%.c tests/t.h $(BUILD)/libdotvox.a | $(BUILD)
	@mkdir -p $(BUILD)/tests
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -Itests $< -o $@ $(BUILD)/libdotvox.a $(LDFLAGS) $(PKG_LIBS)

$(BUILD):
	mkdir -p $(BUILD)

deps:
	@sh .ci/deps.sh

# The two README commands.  Both pull in deps.
demo: deps
	$(MAKE) all
	./dotvox convert samples/*.txt --braille --audio -o out/

check: deps
	$(MAKE) all
	$(MAKE) $(TEST_BIN)
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	    sh tests/run.sh $(TEST_BIN)

bench: deps
	$(MAKE) all
	sh bench/run.sh

clean:
	rm -rf build build-san dotvox
