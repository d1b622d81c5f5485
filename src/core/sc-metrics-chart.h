/* sc-metrics-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures of a KPI as chart data: the sparkline of a tile, the trend
 * and the monthly bars of the KPI detail, the charts of the reports. Each
 * point is the figure sc-metrics computes for that week or month.
 */

#pragma once

#include "sc-chart.h"
#include "sc-metrics.h"

G_BEGIN_DECLS

/* Points for the weeks (SC_PERIOD_WEEK: week starts from … to) or the
 * months (SC_PERIOD_MONTH: the months whose weeks fall in from … to) of
 * kpi, labelled in lang. */
ScChartData *sc_metrics_chart_data (ScMetrics    *metrics,
                                    ScKpi        *kpi,
                                    ScLang        lang,
                                    ScPeriodKind  kind,
                                    ScDay         from,
                                    ScDay         to);

G_END_DECLS
