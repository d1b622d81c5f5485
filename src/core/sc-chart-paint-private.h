/* sc-chart-paint-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the painters of sc-chart-paint*.c share: one drawing context per
 * frame, text, markers, the frame of axes and the callout.
 */

#pragma once

#include <pango/pangocairo.h>

#include "sc-chart-paint.h"

G_BEGIN_DECLS

/* Series lines, and the radius of point markers. */
#define SC_CHART_LINE_WIDTH   2.0
#define SC_CHART_MARKER_R     3.5
/* Markers only where points are this far apart. */
#define SC_CHART_MARKER_SLOT  9.0

typedef struct
{
  cairo_t             *cr;
  const ScChartLayout *layout;
  const ScChartData   *data;
  const ScChartStyle  *style;
  PangoLayout         *text;   /* in the style's font */
} ScChartPainter;

void    _sc_chart_painter_init   (ScChartPainter      *painter,
                                  cairo_t             *cr,
                                  const ScChartLayout *layout,
                                  const ScChartData   *data,
                                  const ScChartStyle  *style);
void    _sc_chart_painter_clear  (ScChartPainter      *painter);

void    _sc_chart_set_color      (cairo_t             *cr,
                                  const ScChartColor  *color,
                                  double               opacity);
/* The coordinate nearest to v on which a line of width (user units)
 * covers whole device pixels; vertical: v is an x. */
double  _sc_chart_snap           (cairo_t             *cr,
                                  double               v,
                                  gboolean             vertical,
                                  double               width);

void    _sc_chart_text_size      (PangoLayout         *text,
                                  const char          *string,
                                  double              *width,
                                  double              *height);
/* Draws string with its box aligned on (x, y): xalign 0 left, 0.5 centre,
 * 1 right; likewise yalign. */
void    _sc_chart_draw_text      (cairo_t             *cr,
                                  PangoLayout         *text,
                                  const char          *string,
                                  double               x,
                                  double               y,
                                  double               xalign,
                                  double               yalign,
                                  const ScChartColor  *color);

/* A marker whose shape tells the status without its colour: a circle on
 * target (or without status), a triangle to watch, a diamond off target.
 * A hollow marker is a provisional figure. */
void    _sc_chart_paint_marker   (const ScChartPainter *painter,
                                  ScStatus             status,
                                  double               x,
                                  double               y,
                                  double               radius,
                                  gboolean             hollow);

/* Background, grid lines with their value labels, period labels. */
void    _sc_chart_paint_frame    (const ScChartPainter *painter);
/* The target as a step line (dashed: it must not pass for the series),
 * with the watch band under it when band is TRUE. */
void    _sc_chart_paint_target   (const ScChartPainter *painter,
                                  gboolean             band,
                                  double               width);
/* The series line, decimated to the pixel columns, broken at gaps. */
void    _sc_chart_paint_series   (const ScChartPainter *painter,
                                  double               width);
/* The box with the period, actual, target and status of point index,
 * next to (x, y). */
void    _sc_chart_paint_callout  (const ScChartPainter *painter,
                                  guint                index,
                                  double               x,
                                  double               y);

G_END_DECLS
