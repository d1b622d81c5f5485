/* sc-chart-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the chart widgets share (ScTrendChart, ScBarChart, ScSparkline): a
 * copy of the data, the colours and font of the theme gathered into a
 * chart style at each frame, the core painters drawing into the snapshot,
 * and for the interactive ones a highlighted point that follows the
 * pointer and the keyboard (Left, Right, Home, End; actions
 * chart.previous, chart.next, chart.first, chart.last) and is told to
 * assistive technologies as the widget's accessible description.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-chart-paint.h"

G_BEGIN_DECLS

#define SC_TYPE_CHART_VIEW (sc_chart_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (ScChartView, sc_chart_view, SC, CHART_VIEW, GtkWidget)

struct _ScChartViewClass
{
  GtkWidgetClass  parent_class;

  /* Set by the subclass in its class_init. */
  ScChartKind     kind;
  gboolean        interactive;
  const char     *accessible_label;  /* N_() */
  int             min_width;
  int             min_height;
  int             natural_width;
  int             natural_height;
};

/* Copies data (NULL: no chart) and redraws; the highlight is kept when
 * it is still a point of the new data. */
void                sc_chart_view_set_data         (ScChartView       *self,
                                                    const ScChartData *data);
const ScChartData  *sc_chart_view_get_data         (ScChartView       *self);

/* The highlighted point, or -1. Out of range means -1. */
int                 sc_chart_view_get_highlight    (ScChartView       *self);
void                sc_chart_view_set_highlight    (ScChartView       *self,
                                                    int                index);
/* Highlights the point under (x, y) in widget coordinates, as the pointer
 * does; returns it, or -1. */
int                 sc_chart_view_highlight_at     (ScChartView       *self,
                                                    double             x,
                                                    double             y);
/* What the accessible description says: the highlighted point, else the
 * latest value; NULL without data. */
char               *sc_chart_view_dup_description  (ScChartView       *self);

/* The theme's colours and font as a chart style (the caller clears it). */
void                sc_chart_view_get_style        (ScChartView       *self,
                                                    ScChartStyle      *style);

G_END_DECLS
