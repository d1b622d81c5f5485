/* sc-sample.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample company, Atelier Boréalis Métal inc. (reference/domain.md §4):
 * its people, seven KPIs with targets, the 26 published weeks of figures
 * (fiscal year starting in April 2025) with their notes, the monthly gross
 * margins, objectives O1–O3 and actions A01–A10. Its clock is fixed at
 * 2025-09-26, the Friday of the last published week, so the figures are
 * "this week's" whenever it is opened.
 *
 * With years > 1 the history is extended backwards to that many years of
 * plausible figures (same seasonality, holidays and shutdowns, a fixed
 * random seed), with an archived KPI, a plan, meetings and reviews for
 * every past quarter: files for benchmarks.
 */

#pragma once

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_SAMPLE_TODAY_ISO "2025-09-26"

gboolean sc_sample_write          (const char  *path,
                                   guint        years,
                                   GError     **error);
/* The same history counted in quarters of 13 weeks, the last one ending
 * with the last published week: 1 is the current quarter alone (a
 * company in its first quarter), 4 a year as with years = 1. */
gboolean sc_sample_write_quarters (const char  *path,
                                   guint        quarters,
                                   GError     **error);

G_END_DECLS
