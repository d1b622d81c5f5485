/* sc-kpi.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a KPI record means: its name and definition in a language (from the
 * catalogue until the owner renames it), whether it is active, how its
 * stored amounts convert to natural units.
 */

#pragma once

#include <gio/gio.h>

#include "sc-kpi-catalog.h"
#include "sc-records.h"

G_BEGIN_DECLS

/* A new, unsaved KPI with the catalogue entry's settings. */
ScKpi       *sc_kpi_new_from_catalog (const ScCatalogEntry *entry);

const ScCatalogEntry *sc_kpi_get_catalog_entry (ScKpi *kpi);

/* The name and definition in lang: the owner's own wording when there is
 * one, else the catalogue's. */
const char  *sc_kpi_get_name         (ScKpi       *kpi,
                                      ScLang       lang);
const char  *sc_kpi_get_definition   (ScKpi       *kpi,
                                      ScLang       lang);
const char  *sc_kpi_get_num_label    (ScKpi       *kpi,
                                      ScLang       lang);
const char  *sc_kpi_get_den_label    (ScKpi       *kpi,
                                      ScLang       lang);

gboolean     sc_kpi_is_active        (ScKpi       *kpi);
ScUnit       sc_kpi_get_unit         (ScKpi       *kpi);
ScRollup     sc_kpi_get_rollup       (ScKpi       *kpi);
ScFrequency  sc_kpi_get_frequency    (ScKpi       *kpi);
ScDirection  sc_kpi_get_direction    (ScKpi       *kpi);
ScKpiKind    sc_kpi_get_kind         (ScKpi       *kpi);
/* The watch band as a fraction (0.10 for 10 %). */
double       sc_kpi_get_tolerance    (ScKpi       *kpi);

/* A figure of kpi in its unit, for lang: compact shortens money (563 k$)
 * for cells and tiles. currency is the company's ISO code. */
char        *sc_kpi_format_value     (ScKpi       *kpi,
                                      ScLang       lang,
                                      const char  *currency,
                                      double       value,
                                      gboolean     compact);
/* The name of a status in lang: "On target", "To watch", "Off target",
 * "No status". */
const char  *sc_status_get_label     (ScStatus     status,
                                      ScLang       lang);

/* The rule of 5 to 7 (PRODUCT.md §3.2): what to tell the owner about the
 * active KPIs of store, in the interface language, or NULL when their
 * number and mix are right. too_many is set when there are more than 7. */
char        *sc_kpi_dup_rule_advice  (GListModel  *kpis,
                                      gboolean    *too_many);
/* What adding one more active KPI would mean: the "too many indicators"
 * pitfall from the 8th on, else NULL. */
char        *sc_kpi_dup_add_warning  (GListModel  *kpis);

/* Stored hundredths ↔ natural units (dollars, counts, percent points…). */
double       sc_amount_to_double     (gint64       amount);
gint64       sc_amount_from_double   (double       value);

G_END_DECLS
