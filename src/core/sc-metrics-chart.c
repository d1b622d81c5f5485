/* sc-metrics-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-metrics-chart"

#include "config.h"

#include "sc-metrics-chart.h"

ScChartData *
sc_metrics_chart_data (ScMetrics    *metrics,
                       ScKpi        *kpi,
                       ScLang        lang,
                       ScPeriodKind  kind,
                       ScDay         from,
                       ScDay         to)
{
  ScStore *store;
  ScChartData *data;
  ScCalendar cal;
  ScFigure figure;

  g_return_val_if_fail (SC_IS_METRICS (metrics), NULL);
  g_return_val_if_fail (SC_IS_KPI (kpi), NULL);
  g_return_val_if_fail (kind == SC_PERIOD_WEEK || kind == SC_PERIOD_MONTH, NULL);

  store = sc_metrics_get_store (metrics);
  sc_store_get_calendar (store, &cal);
  data = sc_chart_data_new (lang, sc_kpi_get_unit (kpi),
                            sc_record_get_text (SC_RECORD (sc_store_get_company (store)),
                                                SC_COMPANY_CURRENCY),
                            sc_kpi_get_direction (kpi), sc_kpi_get_tolerance (kpi), kind);

  if (kind == SC_PERIOD_WEEK)
    {
      for (ScDay week = sc_calendar_week_start (&cal, from); week <= to; week += 7)
        {
          sc_metrics_week_cell (metrics, kpi, week, &figure);
          sc_chart_data_add (data, week, figure.actual, figure.target, figure.status,
                             figure.provisional);
        }
      return data;
    }

  {
    ScPeriod month;

    sc_calendar_period_at (&cal, SC_PERIOD_MONTH, from, &month);
    for (; month.first_week <= to; sc_calendar_period_shift (&cal, &month, 1, &month))
      {
        sc_metrics_figure (metrics, kpi, &month, SC_DAY_NONE, &figure);
        sc_chart_data_add (data, sc_day_from_ymd (month.year, month.index, 1), figure.actual,
                           figure.target, figure.status, figure.provisional);
      }
  }
  return data;
}
