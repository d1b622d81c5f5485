/* sc-kpi-catalog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bilingual catalogue of sales and marketing KPIs for manufacturers
 * (reference/domain.md §1). Names, definitions and ratio labels are English
 * msgids: show them with L_(lang, …) in the language wanted, or _() in the
 * interface language. A KPI made from the catalogue stores its key and,
 * until renamed, takes its name from here: the same file reads in French
 * and in English.
 */

#pragma once

#include <glib.h>

#include "sc-types.h"

G_BEGIN_DECLS

typedef struct
{
  const char  *key;            /* "K01" … */
  const char  *name;           /* msgid */
  const char  *definition;     /* msgid: what is counted, where it comes from */
  ScKpiKind    kind;
  ScUnit       unit;
  ScDirection  direction;
  ScFrequency  frequency;
  ScRollup     rollup;
  guint        rolling_weeks;  /* weekly figure shown over N weeks; 0 = the week */
  guint        tolerance;      /* watch band, hundredths of % (1000 = 10 %) */
  const char  *num_label;      /* ratio KPIs: msgids naming the two figures */
  const char  *den_label;
  gboolean     starter;        /* one of the six of the starter set */
} ScCatalogEntry;

const ScCatalogEntry *sc_kpi_catalog_get_entries (guint       *n_entries);
const ScCatalogEntry *sc_kpi_catalog_lookup      (const char  *key);

G_END_DECLS
