/* sc-chart-paint-bars.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Monthly bars of the actual against the target: a bar per month in the
 * colour of its status, the target as a tick across the bar, the value
 * above it with the status marker.
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <math.h>

#include "sc-chart-paint-private.h"

#define MAX_BAR_WIDTH 56.0

static double
bar_width (const ScChartLayout *layout)
{
  return MIN (round (layout->slot * 0.6), MAX_BAR_WIDTH);
}

static void
paint_bar (const ScChartPainter *painter,
           guint                 index,
           double                base)
{
  cairo_t *cr = painter->cr;
  const ScChartPoint *p = sc_chart_data_get_point (painter->data, index);
  const ScChartColor *color = p->status == SC_STATUS_NONE
    ? &painter->style->bar : sc_chart_style_status_color (painter->style, p->status);
  double w = bar_width (painter->layout);
  double left = round (sc_chart_layout_x (painter->layout, index) - w / 2);
  double top = round (sc_chart_layout_y (painter->layout, p->value));

  cairo_rectangle (cr, left, MIN (top, base), w, fabs (base - top));
  /* A provisional figure is an outline over a pale fill. */
  _sc_chart_set_color (cr, color, p->provisional ? 0.3 : 0.85);
  cairo_fill (cr);
  if (p->provisional)
    {
      cairo_rectangle (cr, left + 0.5, MIN (top, base) + 0.5, w - 1, fabs (base - top) - 1);
      _sc_chart_set_color (cr, color, 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
}

static void
paint_target_tick (const ScChartPainter *painter,
                   guint                 index)
{
  cairo_t *cr = painter->cr;
  const ScChartLayout *layout = painter->layout;
  double target = sc_chart_data_get_point (painter->data, index)->target;
  double x = sc_chart_layout_x (layout, index);
  double half = MIN (bar_width (layout) / 2 + 6, layout->slot * 0.45);
  double y = _sc_chart_snap (cr, sc_chart_layout_y (layout, target), FALSE, 2);

  if (isnan (target))
    return;
  cairo_move_to (cr, round (x - half), y);
  cairo_line_to (cr, round (x + half), y);
  cairo_set_line_width (cr, 2);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  _sc_chart_set_color (cr, &painter->style->target, 1);
  cairo_stroke (cr);
}

/* The value over its bar (under it when negative), behind the marker of
 * its status; where the slot is too narrow for the value, the marker
 * alone, so that the status never rests on the colour only. */
static void
paint_value_label (const ScChartPainter *painter,
                   guint                 index)
{
  const ScChartLayout *layout = painter->layout;
  const ScChartPoint *p = sc_chart_data_get_point (painter->data, index);
  g_autofree char *label = sc_chart_format_compact (painter->data, p->value);
  gboolean marked = p->status == SC_STATUS_WATCH || p->status == SC_STATUS_OFF_TARGET;
  double marker = marked ? 2 * SC_CHART_MARKER_R + 4 : 0;
  double x = sc_chart_layout_x (layout, index), y, width, height;

  _sc_chart_text_size (painter->text, label, &width, &height);
  if (width + marker > layout->slot - 2)
    width = 0;
  if (width + marker == 0)
    return;

  y = sc_chart_layout_y (layout, p->value);
  if (!isnan (p->target) && p->value >= 0)
    y = MIN (y, sc_chart_layout_y (layout, p->target) - 1);
  y = p->value >= 0 ? y - 3 - height : y + 3;

  x -= (width + marker - (width > 0 ? 0 : 4)) / 2;
  if (marked)
    _sc_chart_paint_marker (painter, p->status, x + SC_CHART_MARKER_R, y + height / 2,
                            SC_CHART_MARKER_R, p->provisional);
  if (width > 0)
    _sc_chart_draw_text (painter->cr, painter->text, label, x + marker, y, 0, 0,
                         &painter->style->foreground);
}

void
sc_chart_paint_bars (cairo_t             *cr,
                     const ScChartLayout *layout,
                     const ScChartData   *data,
                     const ScChartStyle  *style,
                     int                  highlight)
{
  ScChartPainter painter;
  double base;

  g_return_if_fail (cr != NULL && layout != NULL && data != NULL && style != NULL);
  g_return_if_fail (layout->n_points == sc_chart_data_get_n_points (data));

  _sc_chart_painter_init (&painter, cr, layout, data, style);
  cairo_save (cr);
  _sc_chart_paint_frame (&painter);

  if (highlight >= 0 && (guint) highlight < layout->n_points)
    {
      double x = sc_chart_layout_x (layout, highlight) - layout->slot / 2;

      cairo_rectangle (cr, round (x), layout->plot.y, round (layout->slot), layout->plot.height);
      _sc_chart_set_color (cr, &style->foreground, 0.07);
      cairo_fill (cr);
    }

  base = round (sc_chart_layout_y (layout, CLAMP (0, layout->scale.min, layout->scale.max)));
  for (guint i = 0; i < layout->n_points; i++)
    if (!isnan (sc_chart_data_get_point (data, i)->value))
      paint_bar (&painter, i, base);
  for (guint i = 0; i < layout->n_points; i++)
    paint_target_tick (&painter, i);
  for (guint i = 0; i < layout->n_points; i++)
    if (!isnan (sc_chart_data_get_point (data, i)->value))
      paint_value_label (&painter, i);

  if (highlight >= 0 && (guint) highlight < layout->n_points)
    {
      double value = sc_chart_data_get_point (data, highlight)->value;

      _sc_chart_paint_callout (&painter, highlight, sc_chart_layout_x (layout, highlight),
                               isnan (value) ? base : sc_chart_layout_y (layout, value));
    }
  cairo_restore (cr);
  _sc_chart_painter_clear (&painter);
}
