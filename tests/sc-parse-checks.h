/* sc-parse-checks.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The oracle for bad input, shared by the fuzzers (tests/fuzz) and the
 * deterministic random test (test-bad-input): any text through a parser
 * either is refused with a message (valid UTF-8, a sentence) or gives a
 * sane result, and a KPI's figure reads back from its edit text as the
 * same figure. A violation aborts.
 */

#pragma once

#include "sc-kpi.h"

G_BEGIN_DECLS

typedef struct
{
  guint      accepted;
  guint      refused;
  GPtrArray *kpis;     /* one ScKpi of each unit and roll-up */
} ScParseChecks;

void  sc_parse_checks_init    (ScParseChecks *checks);
void  sc_parse_checks_clear   (ScParseChecks *checks);

void  sc_parse_checks_number  (ScParseChecks *checks,
                               ScLang         lang,
                               const char    *text);
void  sc_parse_checks_ratio   (ScParseChecks *checks,
                               ScLang         lang,
                               const char    *text);
void  sc_parse_checks_date    (ScParseChecks *checks,
                               ScLang         lang,
                               const char    *text);
/* Through sc_values_parse () for every KPI of checks. */
void  sc_parse_checks_figure  (ScParseChecks *checks,
                               ScLang         lang,
                               const char    *text);
/* All of the above, in both languages. */
void  sc_parse_checks_all     (ScParseChecks *checks,
                               const char    *text);

G_END_DECLS
