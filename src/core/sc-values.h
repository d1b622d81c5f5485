/* sc-values.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typing a KPI's figure for a week or a month: the text is parsed in the
 * user's conventions by the KPI's unit ("148 000", "1,234.56", "26,4 %",
 * "3 / 11" for a ratio) and written as one undoable transaction. Nonsense
 * is refused with a sentence that says what is expected; nothing is
 * written then.
 */

#pragma once

#include "sc-kpi.h"
#include "sc-store.h"

G_BEGIN_DECLS

#define SC_VALUES_ERROR (sc_values_error_quark ())

typedef enum
{
  SC_VALUES_ERROR_INVALID,
} ScValuesError;

GQuark      sc_values_error_quark   (void);

/* Parses text for kpi. An empty text sets *empty (the figure is to be
 * cleared). Amounts come back in stored hundredths; *den is -1 for KPIs
 * that are not ratios. */
gboolean    sc_values_parse         (ScKpi        *kpi,
                                     ScLang        lang,
                                     const char   *text,
                                     gint64       *value,
                                     gint64       *den,
                                     gboolean     *empty,
                                     GError      **error);
/* The text to put in an entry to edit a stored figure (no thousands
 * separators: "148000", "26,4", "3 / 11"). */
char       *sc_values_dup_edit_text (ScKpi        *kpi,
                                     ScLang        lang,
                                     ScKpiValue   *value);
/* Parses and writes (or clears) the figure of kpi for period. The note
 * and the provisional mark of an existing figure are kept. */
gboolean    sc_values_set_text      (ScStore      *store,
                                     ScKpi        *kpi,
                                     ScDay         period,
                                     ScLang        lang,
                                     const char   *text,
                                     GError      **error);
/* Sets the note and the provisional mark of an existing figure. */
gboolean    sc_values_set_details   (ScStore      *store,
                                     ScKpi        *kpi,
                                     ScDay         period,
                                     const char   *note,
                                     gboolean      provisional,
                                     GError      **error);

G_END_DECLS
