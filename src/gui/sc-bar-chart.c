/* sc-bar-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-bar-chart.h"

struct _ScBarChart
{
  ScChartView parent_instance;
};

G_DEFINE_FINAL_TYPE (ScBarChart, sc_bar_chart, SC_TYPE_CHART_VIEW)

static void
sc_bar_chart_class_init (ScBarChartClass *klass)
{
  ScChartViewClass *view_class = SC_CHART_VIEW_CLASS (klass);

  view_class->kind = SC_CHART_BARS;
  view_class->interactive = TRUE;
  view_class->accessible_label = N_("Monthly bar chart");
  view_class->min_width = 240;
  view_class->min_height = 160;
  view_class->natural_width = 480;
  view_class->natural_height = 240;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "barchart");
}

static void
sc_bar_chart_init (ScBarChart *self)
{
}

GtkWidget *
sc_bar_chart_new (void)
{
  return g_object_new (SC_TYPE_BAR_CHART, NULL);
}
