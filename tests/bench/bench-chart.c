/* bench-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How much the trend painter costs over the floor: a bare Cairo polyline of
 * the same points on the same surface. Ten and twenty years of weeks (520
 * and 1 040 points) on 900 × 300 pixels; the painter decimates to the
 * pixel columns, so the goal is to stay within 3× of the polyline. Prints
 * medians and ratios; the time never fails the run (meson test
 * --benchmark).
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "bench-stats.h"
#include "sc-chart-paint.h"

#define WIDTH  900
#define HEIGHT 300

/* Weekly sales around 150 k$ with seasons, holiday weeks at 120 k$ and a
 * two-week shutdown every summer. */
static ScChartData *
make_series (guint n)
{
  ScChartData *data = sc_chart_data_new (SC_LANG_FR, SC_UNIT_CURRENCY, NULL,
                                         SC_DIRECTION_HIGHER, 0.10, SC_PERIOD_WEEK);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_JANUARY, 2005);
  for (guint i = 0; i < n; i++)
    {
      guint week = i % 52;
      double target = week == 29 || week == 30 ? 20000 : week % 9 == 0 ? 120000 : 150000;
      double value = target * (1 + 0.18 * sin (i * 0.61) + 0.07 * cos (i * 2.3));
      ScStatus status = value >= target ? SC_STATUS_ON_TARGET
                      : value >= 0.9 * target ? SC_STATUS_WATCH : SC_STATUS_OFF_TARGET;

      sc_chart_data_add (data, g_date_get_julian (&date) + 7 * i, value, target, status, FALSE);
    }
  return data;
}

static void
clear (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
}

static void
draw_trend (cairo_t            *cr,
            const ScChartData  *data,
            const ScChartStyle *style)
{
  sc_chart_draw (cr, SC_CHART_TREND, data, style, &(ScChartRect) { 0, 0, WIDTH, HEIGHT }, -1);
}

/* The floor: every point joined, in the plot the painter would use. */
static void
draw_polyline (cairo_t             *cr,
               const ScChartData   *data,
               const ScChartLayout *layout)
{
  for (guint i = 0; i < sc_chart_data_get_n_points (data); i++)
    {
      double x = sc_chart_layout_x (layout, i);
      double y = sc_chart_layout_y (layout, sc_chart_data_get_point (data, i)->value);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_set_line_width (cr, 2);
  cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
  cairo_stroke (cr);
}

/* Milliseconds of one drawing; painter 0 is the trend, 1 the polyline. */
static double
time_ms (cairo_t             *cr,
         int                  painter,
         const ScChartData   *data,
         const ScChartStyle  *style,
         const ScChartLayout *layout)
{
  gint64 start = g_get_monotonic_time ();

  clear (cr);
  if (painter == 0)
    draw_trend (cr, data, style);
  else
    draw_polyline (cr, data, layout);
  cairo_surface_flush (cairo_get_target (cr));
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  static const guint lengths[] = { 520, 1040 };
  guint iterations = argc > 1 ? (guint) MAX (atoi (argv[1]), 1) : 300;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_auto(ScChartStyle) style = { 0 };

  sc_chart_style_init_light (&style, 9);
  g_print ("Trend painter against a bare polyline, %d x %d px, median of %u runs\n",
           WIDTH, HEIGHT, iterations);

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autoptr(ScChartData) data = make_series (lengths[i]);
      g_autoptr(GArray) trend = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) line = g_array_new (FALSE, FALSE, sizeof (double));
      ScChartLayout layout;
      double trend_ms, line_ms;

      sc_chart_prepare (&layout, cr, SC_CHART_TREND, data, &style,
                        &(ScChartRect) { 0, 0, WIDTH, HEIGHT });
      /* Warm up the glyph and font caches, as a second frame would; then
       * the two painters alternate, so both see the same machine. */
      for (guint k = 0; k < 5; k++)
        {
          time_ms (cr, 0, data, &style, &layout);
          time_ms (cr, 1, data, &style, &layout);
        }
      for (guint k = 0; k < iterations; k++)
        {
          double t = time_ms (cr, 0, data, &style, &layout);
          double l = time_ms (cr, 1, data, &style, &layout);

          g_array_append_val (trend, t);
          g_array_append_val (line, l);
        }
      trend_ms = bench_median (trend);
      line_ms = bench_median (line);
      g_print ("%5u points: trend %.3f ms, polyline %.3f ms, ratio %.2fx (target <= 3)\n",
               lengths[i], trend_ms, line_ms, line_ms > 0 ? trend_ms / line_ms : 0);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
