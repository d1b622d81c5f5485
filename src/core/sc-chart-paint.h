/* sc-chart-paint.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Cairo painters of the charts: one set for the screen, PNG, PDF and
 * print. They draw inside a rectangle of any cairo_t, so that a report
 * places a chart on its page:
 *
 *   ScChartRect area = { x, y, width, height };
 *
 *   sc_chart_draw (cr, SC_CHART_TREND, data, &style, &area, -1);
 *
 * A widget that also hit-tests keeps the layout of its last frame:
 *
 *   sc_chart_prepare (&self->layout, cr, kind, data, &style, &area);
 *   sc_chart_paint (cr, &self->layout, data, &style, self->highlight);
 *
 * Labels are set with PangoCairo in the style's font; their text comes
 * from the formatting module in the data's language. Lines of one unit
 * width are aligned on device pixels.
 */

#pragma once

#include <cairo.h>

#include "sc-chart.h"
#include "sc-chart-layout.h"

G_BEGIN_DECLS

/* Measures the labels on cr and computes the layout of kind in area. */
void      sc_chart_prepare          (ScChartLayout       *layout,
                                     cairo_t             *cr,
                                     ScChartKind          kind,
                                     const ScChartData   *data,
                                     const ScChartStyle  *style,
                                     const ScChartRect   *area);

/* highlight: the point with the callout (hover or keyboard), or -1. */
void      sc_chart_paint_trend      (cairo_t             *cr,
                                     const ScChartLayout *layout,
                                     const ScChartData   *data,
                                     const ScChartStyle  *style,
                                     int                  highlight);
void      sc_chart_paint_bars       (cairo_t             *cr,
                                     const ScChartLayout *layout,
                                     const ScChartData   *data,
                                     const ScChartStyle  *style,
                                     int                  highlight);
/* The marker of a status alone (a legend, a report's table): a circle on
 * target, a triangle to watch, a diamond off target; hollow when
 * provisional. */
void      sc_chart_paint_status_marker (cairo_t            *cr,
                                        const ScChartStyle *style,
                                        ScStatus            status,
                                        double              x,
                                        double              y,
                                        double              radius,
                                        gboolean            hollow);
/* No axes, no labels; the last value's marker shows its status. */
void      sc_chart_paint_sparkline  (cairo_t             *cr,
                                     const ScChartLayout *layout,
                                     const ScChartData   *data,
                                     const ScChartStyle  *style);
/* The painter of layout->kind. */
void      sc_chart_paint            (cairo_t             *cr,
                                     const ScChartLayout *layout,
                                     const ScChartData   *data,
                                     const ScChartStyle  *style,
                                     int                  highlight);
/* sc_chart_prepare() then sc_chart_paint(), inside cairo_save/restore. */
void      sc_chart_draw             (cairo_t             *cr,
                                     ScChartKind          kind,
                                     const ScChartData   *data,
                                     const ScChartStyle  *style,
                                     const ScChartRect   *area,
                                     int                  highlight);

/* The chart alone in a PNG of width × height pixels (on the style's
 * background), or a one-page PDF of width × height points. */
gboolean  sc_chart_render_png       (const ScChartData   *data,
                                     ScChartKind          kind,
                                     int                  width,
                                     int                  height,
                                     const ScChartStyle  *style,
                                     const char          *path,
                                     GError             **error);
gboolean  sc_chart_render_pdf       (const ScChartData   *data,
                                     ScChartKind          kind,
                                     double               width,
                                     double               height,
                                     const ScChartStyle  *style,
                                     const char          *path,
                                     GError             **error);

G_END_DECLS
