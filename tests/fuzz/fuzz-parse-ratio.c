/* fuzz-parse-ratio.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target: any bytes through sc_parse_ratio () in both languages
 * must be refused with a message or give a sane result
 * (tests/sc-parse-checks.c). Built with -Dfuzzing=true and clang; run by
 * build-aux/run-fuzzers.
 */

#include "config.h"

#include "sc-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  ScParseChecks *checks = sc_fuzz_checks ();
  g_autofree char *text = sc_fuzz_text (data, size);

  sc_parse_checks_ratio (checks, SC_LANG_EN, text);
  sc_parse_checks_ratio (checks, SC_LANG_FR, text);
  return 0;
}
