/* sc-fuzz.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the fuzz targets share: the oracle, set up once, and the input as
 * a C string (the parsers take text; a NUL byte ends it, as it would in
 * an entry).
 */

#pragma once

#include <stdint.h>
#include <stddef.h>

#include "sc-parse-checks.h"

int             LLVMFuzzerTestOneInput (const uint8_t *data,
                                        size_t         size);

static inline ScParseChecks *
sc_fuzz_checks (void)
{
  static ScParseChecks checks;
  static gboolean ready;

  if (!ready)
    {
      sc_parse_checks_init (&checks);
      ready = TRUE;
    }
  return &checks;
}

static inline char *
sc_fuzz_text (const uint8_t *data,
              size_t         size)
{
  return g_strndup ((const char *) data, size);
}
