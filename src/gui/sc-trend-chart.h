/* sc-trend-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The trend of one KPI over weeks or months against its target, for the
 * KPI detail page: hover, click or the arrow keys highlight a point and
 * its callout. Give it its data with sc_chart_view_set_data().
 */

#pragma once

#include "sc-chart-view.h"

G_BEGIN_DECLS

#define SC_TYPE_TREND_CHART (sc_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (ScTrendChart, sc_trend_chart, SC, TREND_CHART, ScChartView)

GtkWidget *sc_trend_chart_new (void);

G_END_DECLS
