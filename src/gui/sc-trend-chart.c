/* sc-trend-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-trend-chart.h"

struct _ScTrendChart
{
  ScChartView parent_instance;
};

G_DEFINE_FINAL_TYPE (ScTrendChart, sc_trend_chart, SC_TYPE_CHART_VIEW)

static void
sc_trend_chart_class_init (ScTrendChartClass *klass)
{
  ScChartViewClass *view_class = SC_CHART_VIEW_CLASS (klass);

  view_class->kind = SC_CHART_TREND;
  view_class->interactive = TRUE;
  view_class->accessible_label = N_("Trend chart");
  view_class->min_width = 240;
  view_class->min_height = 160;
  view_class->natural_width = 560;
  view_class->natural_height = 260;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "trendchart");
}

static void
sc_trend_chart_init (ScTrendChart *self)
{
}

GtkWidget *
sc_trend_chart_new (void)
{
  return g_object_new (SC_TYPE_TREND_CHART, NULL);
}
