/* sc-kpi-tile.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A KPI on the dashboard: its latest figure, target and status (a word and
 * an icon, not colour alone) and its 13-week sparkline. Activating it
 * (click, Enter, Space) shows the KPI's detail.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-metrics.h"

G_BEGIN_DECLS

#define SC_TYPE_KPI_TILE (sc_kpi_tile_get_type ())

G_DECLARE_FINAL_TYPE (ScKpiTile, sc_kpi_tile, SC, KPI_TILE, GtkWidget)

ScKpiTile  *sc_kpi_tile_new          (ScMetrics *metrics,
                                      ScKpi     *kpi);
ScKpi      *sc_kpi_tile_get_kpi      (ScKpiTile *self);
/* Reads the figures again (after a change in the store). */
void        sc_kpi_tile_refresh      (ScKpiTile *self);
const char *sc_kpi_tile_get_value    (ScKpiTile *self);
ScStatus    sc_kpi_tile_get_status   (ScKpiTile *self);

G_END_DECLS
