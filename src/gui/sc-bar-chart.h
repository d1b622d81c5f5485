/* sc-bar-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Monthly bars of the actual against the target, for the KPI detail page
 * and the monthly review: hover, click or the arrow keys highlight a month
 * and its callout. Give it its data with sc_chart_view_set_data().
 */

#pragma once

#include "sc-chart-view.h"

G_BEGIN_DECLS

#define SC_TYPE_BAR_CHART (sc_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (ScBarChart, sc_bar_chart, SC, BAR_CHART, ScChartView)

GtkWidget *sc_bar_chart_new (void);

G_END_DECLS
