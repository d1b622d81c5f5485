/* sc-kpi-detail.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One KPI in depth: its trend over 52 weeks against the target line and
 * watch band, the months of the fiscal year against their targets, its
 * definition, owner and target history. Hover or keyboard focus on the
 * charts tells the value, target and period.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-metrics.h"

G_BEGIN_DECLS

#define SC_TYPE_KPI_DETAIL (sc_kpi_detail_get_type ())

G_DECLARE_FINAL_TYPE (ScKpiDetail, sc_kpi_detail, SC, KPI_DETAIL, GtkWidget)

/* Shows kpi of metrics's store (NULL: nothing). */
void       sc_kpi_detail_set_kpi      (ScKpiDetail *self,
                                       ScMetrics   *metrics,
                                       ScKpi       *kpi);
ScKpi     *sc_kpi_detail_get_kpi      (ScKpiDetail *self);
/* Reads the figures again. */
void       sc_kpi_detail_refresh      (ScKpiDetail *self);
GtkWidget *sc_kpi_detail_get_trend    (ScKpiDetail *self);
GtkWidget *sc_kpi_detail_get_bars     (ScKpiDetail *self);
const char *sc_kpi_detail_get_targets (ScKpiDetail *self);

G_END_DECLS
