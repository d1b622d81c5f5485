/* sc-chart-paint-trend.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The trend of a KPI: the actual series as a line, the target as a step
 * line (holiday and shutdown weeks have their own), the watch band, status
 * markers, gaps for missing weeks, hollow provisional points, and the
 * highlighted point with its callout.
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <math.h>

#include "sc-chart-paint-private.h"

/* Consecutive points with the same target: one step of the target line. */
typedef struct
{
  guint  first;
  guint  last;
  double target;
} Run;

static gboolean
next_run (const ScChartData *data,
          guint              n,
          guint             *i,
          Run               *run)
{
  while (*i < n && isnan (sc_chart_data_get_point (data, *i)->target))
    (*i)++;
  if (*i >= n)
    return FALSE;

  run->first = *i;
  run->target = sc_chart_data_get_point (data, *i)->target;
  while (*i < n && sc_chart_data_get_point (data, *i)->target == run->target)
    (*i)++;
  run->last = *i - 1;
  return TRUE;
}

static void
run_edges (const ScChartLayout *layout,
           const Run           *run,
           double              *left,
           double              *right)
{
  double plot_right = layout->plot.x + layout->plot.width;

  *left = CLAMP (sc_chart_layout_x (layout, run->first) - layout->slot / 2, layout->plot.x,
                 plot_right);
  *right = CLAMP (sc_chart_layout_x (layout, run->last) + layout->slot / 2, layout->plot.x,
                  plot_right);
}

/* Watch: within the tolerance below the target (above it when lower is
 * better). */
static void
band_path (const ScChartPainter *painter,
           const Run            *run)
{
  const ScChartLayout *layout = painter->layout;
  double width = fabs (run->target) * painter->data->tolerance;
  double lo = painter->data->direction == SC_DIRECTION_LOWER ? run->target : run->target - width;
  double left, right, top, bottom;

  /* On whole pixels (an even width snaps to edges): crisp edges. */
  run_edges (layout, run, &left, &right);
  left = _sc_chart_snap (painter->cr, left, TRUE, 2);
  right = _sc_chart_snap (painter->cr, right, TRUE, 2);
  top = _sc_chart_snap (painter->cr, sc_chart_layout_y (layout, lo + width), FALSE, 2);
  bottom = _sc_chart_snap (painter->cr, sc_chart_layout_y (layout, lo), FALSE, 2);
  cairo_rectangle (painter->cr, left, top, right - left, bottom - top);
}

void
_sc_chart_paint_target (const ScChartPainter *painter,
                        gboolean              band,
                        double                width)
{
  static const double dashes[] = { 5, 3 };
  cairo_t *cr = painter->cr;
  guint n = painter->layout->n_points, i = 0;
  gboolean has_previous = FALSE;
  guint previous_last = 0;
  Run run;

  if (band && painter->data->tolerance > 0)
    {
      while (next_run (painter->data, n, &i, &run))
        band_path (painter, &run);
      _sc_chart_set_color (cr, &painter->style->watch, 0.16);
      cairo_fill (cr);
    }

  for (i = 0; next_run (painter->data, n, &i, &run); )
    {
      /* On a pixel's middle: the line has a crisp core whatever its width. */
      double left, right, y = _sc_chart_snap (cr, sc_chart_layout_y (painter->layout, run.target),
                                              FALSE, 1);

      run_edges (painter->layout, &run, &left, &right);
      left = _sc_chart_snap (cr, left, TRUE, 1);
      right = _sc_chart_snap (cr, right, TRUE, 1);
      /* Adjacent runs join with a vertical step; a gap in the targets
       * leaves a gap in the line. */
      if (has_previous && run.first == previous_last + 1)
        cairo_line_to (cr, left, y);
      else
        cairo_move_to (cr, left, y);
      cairo_line_to (cr, right, y);
      has_previous = TRUE;
      previous_last = run.last;
    }
  cairo_save (cr);
  /* Dashes on steps narrower than a dash are noise: solid then. */
  if (painter->layout->slot >= 4)
    cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  _sc_chart_set_color (cr, &painter->style->target, 1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_sc_chart_paint_series (const ScChartPainter *painter,
                        double                width)
{
  cairo_t *cr = painter->cr;
  guint n = painter->layout->n_points;
  g_autoptr(GArray) vertices = NULL;

  vertices = g_array_sized_new (FALSE, FALSE, sizeof (ScChartVertex),
                                MIN (n, 2 * (guint) painter->layout->plot.width + 8));
  sc_chart_layout_trace (painter->layout, painter->data, vertices);

  for (guint k = 0; k < vertices->len; k++)
    {
      const ScChartVertex *v = &g_array_index (vertices, ScChartVertex, k);
      gboolean alone = v->move && (k + 1 == vertices->len ||
                                   g_array_index (vertices, ScChartVertex, k + 1).move);

      if (v->move)
        cairo_move_to (cr, v->x, v->y);
      /* A point between two gaps: a zero-length segment with a round cap
       * draws it as a dot. */
      if (!v->move || alone)
        cairo_line_to (cr, v->x, v->y);
    }
  cairo_set_line_width (cr, width);
  /* Round joins cost an arc each: only where points are far apart enough
   * to show them; bevels never spike like miters on a dense zigzag. */
  cairo_set_line_join (cr, painter->layout->slot >= 4 ? CAIRO_LINE_JOIN_ROUND
                                                      : CAIRO_LINE_JOIN_BEVEL);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  _sc_chart_set_color (cr, &painter->style->series, 1);
  cairo_stroke (cr);
}

static void
paint_markers (const ScChartPainter *painter)
{
  const ScChartLayout *layout = painter->layout;
  double radius = layout->slot >= 20 ? SC_CHART_MARKER_R + 0.5 : SC_CHART_MARKER_R;

  if (layout->slot < SC_CHART_MARKER_SLOT)
    return;

  for (guint i = 0; i < layout->n_points; i++)
    {
      const ScChartPoint *p = sc_chart_data_get_point (painter->data, i);

      if (!isnan (p->value))
        _sc_chart_paint_marker (painter, p->status, sc_chart_layout_x (layout, i),
                                sc_chart_layout_y (layout, p->value), radius, p->provisional);
    }
}

static void
paint_highlight (const ScChartPainter *painter,
                 guint                 index)
{
  cairo_t *cr = painter->cr;
  const ScChartLayout *layout = painter->layout;
  const ScChartPoint *p = sc_chart_data_get_point (painter->data, index);
  double x = sc_chart_layout_x (layout, index);
  double y = isnan (p->value) ? layout->plot.y + layout->plot.height / 2
                              : sc_chart_layout_y (layout, p->value);
  double sx = _sc_chart_snap (cr, x, TRUE, 1);

  cairo_set_line_width (cr, 1);
  _sc_chart_set_color (cr, &painter->style->dim, 0.6);
  cairo_move_to (cr, sx, layout->plot.y);
  cairo_line_to (cr, sx, layout->plot.y + layout->plot.height);
  cairo_stroke (cr);

  if (!isnan (p->value))
    _sc_chart_paint_marker (painter, p->status, x, y, SC_CHART_MARKER_R + 2, p->provisional);
  _sc_chart_paint_callout (painter, index, x, y);
}

void
sc_chart_paint_trend (cairo_t             *cr,
                      const ScChartLayout *layout,
                      const ScChartData   *data,
                      const ScChartStyle  *style,
                      int                  highlight)
{
  ScChartPainter painter;
  const ScChartRect *plot = &layout->plot;
  double margin = SC_CHART_MARKER_R + 3;

  g_return_if_fail (cr != NULL && layout != NULL && data != NULL && style != NULL);
  g_return_if_fail (layout->n_points == sc_chart_data_get_n_points (data));

  _sc_chart_painter_init (&painter, cr, layout, data, style);
  cairo_save (cr);
  _sc_chart_paint_frame (&painter);

  /* Markers at the top of the scale may stand out of the plot a little. */
  cairo_rectangle (cr, plot->x - margin, plot->y - margin, plot->width + 2 * margin,
                   plot->height + 2 * margin);
  cairo_clip (cr);
  _sc_chart_paint_target (&painter, TRUE, layout->slot >= 4 ? 1.5 : 1);
  _sc_chart_paint_series (&painter, layout->slot >= 4 ? SC_CHART_LINE_WIDTH : 1.5);
  paint_markers (&painter);
  cairo_reset_clip (cr);

  if (highlight >= 0 && (guint) highlight < layout->n_points)
    paint_highlight (&painter, highlight);
  cairo_restore (cr);
  _sc_chart_painter_clear (&painter);
}
