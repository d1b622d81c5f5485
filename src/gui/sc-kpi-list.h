/* sc-kpi-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The KPIs of the company: the active ones in scorecard order (moved up
 * and down in place), then the dropped ones, which can be restored; "Add
 * Indicator…" opens the catalogue, a row opens the editor. What the rule
 * of 5 to 7 says about the active ones is shown on top. It follows the
 * file as it changes.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_KPI_LIST (sc_kpi_list_get_type ())

G_DECLARE_FINAL_TYPE (ScKpiList, sc_kpi_list, SC, KPI_LIST, GtkWidget)

void      sc_kpi_list_set_store  (ScKpiList *self,
                                  ScStore   *store);
ScStore  *sc_kpi_list_get_store  (ScKpiList *self);
/* The advice shown on top, or NULL (tests). */
const char *sc_kpi_list_get_advice (ScKpiList *self);

G_END_DECLS
