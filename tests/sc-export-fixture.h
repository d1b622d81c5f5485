/* sc-export-fixture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A company file for the workbook tests: the sample company plus what it
 * lacks to fill every sheet and to try the workbook's safety: an action
 * titled "=1+1", text that looks like formulas, a note longer than a cell
 * can hold, a meeting with its attendance and a decision, a monthly review
 * and a quarterly review.
 */

#pragma once

#include "sc-store.h"

G_BEGIN_DECLS

/* Length of the long note: more than Excel's 32 767 characters. */
#define SC_EXPORT_FIXTURE_LONG_NOTE 40000

gboolean  sc_export_fixture_write     (const char  *path,
                                       GError     **error);
/* The expected figures of the sample, from sc-metrics, as JSON for the
 * Python checks: April 2025 sales and August 2025 gross margin. */
char     *sc_export_fixture_figures   (ScStore     *store);

G_END_DECLS
