/* sc-sparkline.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The 13-week line of a dashboard tile, its last value marked with its
 * status; not focusable (the tile is). Give it its data with
 * sc_chart_view_set_data().
 */

#pragma once

#include "sc-chart-view.h"

G_BEGIN_DECLS

#define SC_TYPE_SPARKLINE (sc_sparkline_get_type ())

G_DECLARE_FINAL_TYPE (ScSparkline, sc_sparkline, SC, SPARKLINE, ScChartView)

GtkWidget *sc_sparkline_new (void);

G_END_DECLS
