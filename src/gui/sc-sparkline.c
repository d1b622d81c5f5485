/* sc-sparkline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-sparkline.h"

struct _ScSparkline
{
  ScChartView parent_instance;
};

G_DEFINE_FINAL_TYPE (ScSparkline, sc_sparkline, SC_TYPE_CHART_VIEW)

static void
sc_sparkline_class_init (ScSparklineClass *klass)
{
  ScChartViewClass *view_class = SC_CHART_VIEW_CLASS (klass);

  view_class->kind = SC_CHART_SPARKLINE;
  view_class->interactive = FALSE;
  view_class->accessible_label = N_("Sparkline");
  view_class->min_width = 48;
  view_class->min_height = 20;
  view_class->natural_width = 96;
  view_class->natural_height = 28;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "sparkline");
}

static void
sc_sparkline_init (ScSparkline *self)
{
}

GtkWidget *
sc_sparkline_new (void)
{
  return g_object_new (SC_TYPE_SPARKLINE, NULL);
}
