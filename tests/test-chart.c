/* test-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts without a display: nice scales, the pure layout, hit testing,
 * decimation of long series, and the painters checked pixel by pixel on
 * image surfaces, plus the PNG and PDF output.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sc-calendar.h"
#include "sc-chart-paint.h"

#define NB "\xc2\xa0"  /* U+00A0 NO-BREAK SPACE */

/* The sample company's weekly sales from 2025-03-31 (k$), with the
 * targets of its holiday and shutdown weeks (reference data, §4.4). */
static const double sample_sales[26] = {
  148, 156, 128, 131, 162, 171, 158, 134, 166, 174, 169, 177, 121,
  118, 182, 196, 18, 12, 139, 163, 170, 158, 133, 172, 178, 181,
};

static double
sample_target (guint week)
{
  switch (week)
    {
    case 2: case 3: case 7: case 12: case 13: case 22:
      return 120000;
    case 16: case 17:
      return 20000;
    default:
      return 150000;
    }
}

static ScStatus
status_of (double value,
           double target)
{
  if (isnan (value) || isnan (target))
    return SC_STATUS_NONE;
  if (value >= target)
    return SC_STATUS_ON_TARGET;
  return value >= target * 0.9 ? SC_STATUS_WATCH : SC_STATUS_OFF_TARGET;
}

static ScChartData *
sample_weeks (ScLang lang,
              guint  n)
{
  ScChartData *data = sc_chart_data_new (lang, SC_UNIT_CURRENCY, NULL, SC_DIRECTION_HIGHER,
                                         0.10, SC_PERIOD_WEEK);
  ScDay monday = sc_day_from_ymd (2025, 3, 31);

  for (guint i = 0; i < n; i++)
    {
      double value = sample_sales[i % 26] * 1000, target = sample_target (i % 26);

      sc_chart_data_add (data, monday + 7 * i, value, target, status_of (value, target), FALSE);
    }
  return data;
}

/* Scales ------------------------------------------------------------------- */

typedef struct
{
  double lo, hi;
  guint  max_ticks;
  double min_step;
  double min, max, step;
  guint  n_ticks;
} ScaleCase;

static void
test_scale_nice (void)
{
  static const ScaleCase cases[] = {
    { 0, 196000, 6, 0, 0, 200000, 50000, 5 },
    { 12000, 196000, 6, 0, 0, 200000, 50000, 5 },
    { 0, 1, 6, 0, 0, 1, 0.2, 6 },
    { -37, 42, 6, 0, -40, 60, 20, 6 },
    { -5, -1, 6, 0, -5, -1, 1, 5 },
    { 0, 0, 6, 0, 0, 1, 0.2, 6 },
    { 150, 150, 6, 0, 130, 170, 10, 5 },
    { -150, -150, 6, 0, -170, -130, 10, 5 },
    { 0, 7.3e12, 6, 0, 0, 8e12, 2e12, 5 },
    { 1.2e15, 1.9e15, 8, 0, 1.2e15, 1.9e15, 1e14, 8 },
    { 10, 0, 6, 0, 0, 10, 2, 6 },
    { 0, 3, 6, 1, 0, 3, 1, 4 },
    { 21.9, 27.1, 6, 0.1, 20, 28, 2, 5 },
    { 0.001, 0.0042, 5, 0, 0.001, 0.005, 0.001, 5 },
    { 0, 100, 2, 0, 0, 100, 100, 2 },
    { 0, 100, 0, 0, 0, 100, 100, 2 },
    { -40, 30, 2, 0, -50, 50, 50, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const ScaleCase *c = &cases[i];
      ScChartScale s;

      sc_chart_scale_compute (&s, c->lo, c->hi, c->max_ticks, c->min_step);
      g_test_message ("case %u: %g..%g gives %g..%g by %g (%u)", i, c->lo, c->hi, s.min, s.max,
                      s.step, s.n_ticks);
      g_assert_cmpfloat_with_epsilon (s.min, c->min, fabs (c->step) * 1e-9);
      g_assert_cmpfloat_with_epsilon (s.max, c->max, fabs (c->step) * 1e-9);
      g_assert_cmpfloat_with_epsilon (s.step, c->step, fabs (c->step) * 1e-9);
      g_assert_cmpuint (s.n_ticks, ==, c->n_ticks);
    }
}

static void
test_scale_mended (void)
{
  ScChartScale s;

  sc_chart_scale_compute (&s, NAN, NAN, 6, 0);
  g_assert_cmpfloat (s.min, ==, 0);
  g_assert_cmpfloat (s.max, ==, 1);
  sc_chart_scale_compute (&s, -INFINITY, 40, 6, 0);
  g_assert_cmpfloat (s.min, <=, 40);
  g_assert_cmpfloat (s.max, >=, 40);
  g_assert_cmpfloat (s.max, >, s.min);
}

/* Ticks are exact decimals: formatting never meets 0.30000000000000004. */
static void
test_scale_exact_ticks (void)
{
  ScChartScale s;

  sc_chart_scale_compute (&s, 0, 0.3, 4, 0);
  g_assert_cmpfloat (s.step, ==, 0.1);
  g_assert_cmpfloat (sc_chart_scale_tick (&s, 3), ==, 0.3);
  sc_chart_scale_compute (&s, 0.7, 1.3, 7, 0);
  g_assert_cmpfloat (sc_chart_scale_tick (&s, 0), ==, 0.7);
  g_assert_cmpfloat (sc_chart_scale_tick (&s, 6), ==, 1.3);
}

/* Any range: at most max_ticks ticks, covering it, a 1-2-5 step. */
static void
test_scale_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251126);

  for (guint i = 0; i < 5000; i++)
    {
      double magnitude = pow (10, g_rand_int_range (rand, -4, 13));
      double lo = g_rand_double_range (rand, -1, 1) * magnitude;
      double hi = lo + g_rand_double (rand) * magnitude;
      guint max_ticks = g_rand_int_range (rand, 2, 12);
      ScChartScale s;
      double mantissa;

      sc_chart_scale_compute (&s, lo, hi, max_ticks, 0);
      mantissa = s.step / pow (10, floor (log10 (s.step) + 1e-9));
      g_assert_cmpuint (s.n_ticks, <=, lo < 0 && hi > 0 ? MAX (max_ticks, 3) : max_ticks);
      g_assert_cmpuint (s.n_ticks, >=, 2);
      g_assert_cmpfloat (s.min, <=, lo + s.step * 1e-6);
      g_assert_cmpfloat (s.max, >=, hi - s.step * 1e-6);
      g_assert_true (fabs (mantissa - 1) < 1e-6 || fabs (mantissa - 2) < 1e-6 ||
                     fabs (mantissa - 5) < 1e-6);
      g_assert_cmpfloat_with_epsilon ((s.max - s.min) / s.step + 1, s.n_ticks, 1e-6);
    }
}

static void
test_scale_min_step (void)
{
  g_assert_cmpfloat (sc_chart_scale_min_step (SC_UNIT_CURRENCY, 0, 196000), ==, 1000);
  g_assert_cmpfloat (sc_chart_scale_min_step (SC_UNIT_CURRENCY, -1.2e6, 0), ==, 100000);
  g_assert_cmpfloat (sc_chart_scale_min_step (SC_UNIT_CURRENCY, 0, 850), ==, 1);
  g_assert_cmpfloat (sc_chart_scale_min_step (SC_UNIT_COUNT, 0, 3), ==, 1);
  g_assert_cmpfloat (sc_chart_scale_min_step (SC_UNIT_PERCENT, 21, 28), ==, 0.1);
}

/* Layout ------------------------------------------------------------------- */

static const ScChartExtents test_extents = { 14, 42, 40 };

static void
layout_for (ScChartLayout     *layout,
            ScChartKind        kind,
            const ScChartData *data,
            const ScChartRect *bounds)
{
  ScChartScale scale;

  sc_chart_layout_scale (&scale, kind, data, bounds->height, test_extents.text_height);
  sc_chart_layout_compute (layout, kind, data, bounds, &scale, &test_extents);
}

static void
assert_inside (const ScChartRect *inner,
               const ScChartRect *outer)
{
  g_assert_cmpfloat (inner->x, >=, outer->x);
  g_assert_cmpfloat (inner->y, >=, outer->y);
  g_assert_cmpfloat (inner->x + inner->width, <=, outer->x + outer->width);
  g_assert_cmpfloat (inner->y + inner->height, <=, outer->y + outer->height);
  g_assert_cmpfloat (inner->width, >, 0);
  g_assert_cmpfloat (inner->height, >, 0);
}

static void
test_layout_trend (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_FR, 26);
  ScChartRect bounds = { 10, 20, 600, 300 };
  ScChartLayout layout;
  double last_x = -G_MAXDOUBLE;

  layout_for (&layout, SC_CHART_TREND, data, &bounds);
  assert_inside (&layout.plot, &bounds);
  g_assert_cmpfloat (layout.plot.x, >=, bounds.x + test_extents.y_label_width);

  for (guint i = 0; i < layout.n_points; i++)
    {
      double x = sc_chart_layout_x (&layout, i);

      g_assert_cmpfloat (x, >, last_x);
      g_assert_cmpfloat (x, >, layout.plot.x);
      g_assert_cmpfloat (x, <, layout.plot.x + layout.plot.width);
      last_x = x;
    }

  /* Sales start near zero: the axis starts at zero, 0 … 200 k$. */
  g_assert_cmpfloat (layout.scale.min, ==, 0);
  g_assert_cmpfloat (layout.scale.max, ==, 200000);
  g_assert_cmpfloat (sc_chart_layout_y (&layout, 200000), ==, layout.plot.y);
  g_assert_cmpfloat (sc_chart_layout_y (&layout, 0), ==, layout.plot.y + layout.plot.height);

  /* Week labels: spaced by their width, the latest week labelled. */
  g_assert_cmpint (layout.labels, ==, SC_CHART_LABELS_DAY);
  g_assert_cmpuint (layout.n_labels, >=, 5);
  g_assert_cmpuint (layout.label_index[layout.n_labels - 1], ==, 25);
  for (guint k = 1; k < layout.n_labels; k++)
    g_assert_cmpfloat (sc_chart_layout_x (&layout, layout.label_index[k]) -
                       sc_chart_layout_x (&layout, layout.label_index[k - 1]), >=,
                       test_extents.x_label_width);
}

static void
test_layout_percent_no_false_zero (void)
{
  g_autoptr(ScChartData) data = sc_chart_data_new (SC_LANG_EN, SC_UNIT_PERCENT, NULL,
                                                   SC_DIRECTION_HIGHER, 0.05, SC_PERIOD_MONTH);
  static const double margins[] = { 26.4, 27.1, 25.8, 21.9, 24.8, 26.3 };
  ScChartLayout layout;

  for (guint i = 0; i < G_N_ELEMENTS (margins); i++)
    sc_chart_data_add (data, sc_day_from_ymd (2025, 4 + i, 1), margins[i], 27,
                       status_of (margins[i], 27), FALSE);
  layout_for (&layout, SC_CHART_TREND, data, &(ScChartRect) { 0, 0, 500, 250 });
  g_assert_cmpfloat (layout.scale.min, >, 15);
  g_assert_cmpfloat (layout.scale.min, <=, 21.9);
  g_assert_cmpfloat (layout.scale.max, >=, 27.1);

  /* Bars always stand on zero. */
  layout_for (&layout, SC_CHART_BARS, data, &(ScChartRect) { 0, 0, 500, 250 });
  g_assert_cmpfloat (layout.scale.min, ==, 0);
}

static void
test_layout_hit_test (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_EN, 13);
  g_autoptr(ScChartData) empty = sc_chart_data_new (SC_LANG_EN, SC_UNIT_COUNT, NULL,
                                                    SC_DIRECTION_HIGHER, 0.1, SC_PERIOD_WEEK);
  ScChartRect bounds = { 0, 0, 520, 240 };
  ScChartLayout layout;
  double mid_y;

  layout_for (&layout, SC_CHART_TREND, data, &bounds);
  mid_y = layout.plot.y + layout.plot.height / 2;
  for (guint i = 0; i < 13; i++)
    {
      double x = sc_chart_layout_x (&layout, i);

      g_assert_cmpint (sc_chart_layout_hit_test (&layout, x, mid_y), ==, i);
      g_assert_cmpint (sc_chart_layout_hit_test (&layout, x + layout.slot * 0.45, mid_y), ==, i);
      g_assert_cmpint (sc_chart_layout_hit_test (&layout, x - layout.slot * 0.45, mid_y), ==, i);
    }
  /* On the period labels under the plot: still the week. */
  g_assert_cmpint (sc_chart_layout_hit_test (&layout, sc_chart_layout_x (&layout, 4),
                                             bounds.height - 2), ==, 4);
  g_assert_cmpint (sc_chart_layout_hit_test (&layout, layout.plot.x - 3, mid_y), ==, -1);
  g_assert_cmpint (sc_chart_layout_hit_test (&layout, 519.9, mid_y), ==, -1);
  g_assert_cmpint (sc_chart_layout_hit_test (&layout, 200, 241), ==, -1);
  g_assert_cmpint (sc_chart_layout_hit_test (&layout, 200, -1), ==, -1);

  layout_for (&layout, SC_CHART_TREND, empty, &bounds);
  g_assert_cmpint (sc_chart_layout_hit_test (&layout, 200, 100), ==, -1);

  /* A sparkline's ends are on its edges; its whole width answers. */
  layout_for (&layout, SC_CHART_SPARKLINE, data, &(ScChartRect) { 0, 0, 120, 32 });
  g_assert_cmpfloat (sc_chart_layout_x (&layout, 0), ==, layout.plot.x);
  g_assert_cmpfloat (sc_chart_layout_x (&layout, 12), ==, layout.plot.x + layout.plot.width);
  g_assert_cmpint (sc_chart_layout_hit_test (&layout, 1, 16), ==, 0);
  g_assert_cmpint (sc_chart_layout_hit_test (&layout, 119, 16), ==, 12);
}

static void
test_layout_labels (void)
{
  g_autoptr(ScChartData) quarter = sample_weeks (SC_LANG_FR, 13);
  g_autoptr(ScChartData) year = sample_weeks (SC_LANG_FR, 52);
  g_autoptr(ScChartData) decade = sample_weeks (SC_LANG_EN, 520);
  g_autofree char *day = NULL, *month = NULL, *july = NULL;
  ScChartLayout layout;
  int last_year = 0;

  g_assert_cmpint (sc_chart_layout_labels_for (SC_CHART_TREND, quarter), ==, SC_CHART_LABELS_DAY);
  g_assert_cmpint (sc_chart_layout_labels_for (SC_CHART_TREND, year), ==, SC_CHART_LABELS_MONTH);
  g_assert_cmpint (sc_chart_layout_labels_for (SC_CHART_TREND, decade), ==, SC_CHART_LABELS_YEAR);
  g_assert_cmpint (sc_chart_layout_labels_for (SC_CHART_SPARKLINE, year), ==, SC_CHART_LABELS_NONE);

  day = sc_chart_label_text (SC_CHART_LABELS_DAY, quarter, 0);
  g_assert_cmpstr (day, ==, "31 mars");
  /* The week of 2025-03-31 belongs to April by its Thursday. */
  month = sc_chart_label_text (SC_CHART_LABELS_MONTH, quarter, 0);
  g_assert_cmpstr (month, ==, "avr.");
  /* So does the week of 2025-06-30 to July. */
  july = sc_chart_label_text (SC_CHART_LABELS_MONTH, year, 13);
  g_assert_cmpstr (july, ==, "juill.");

  /* Ten years: a label at most per year, each on the first week of its
   * year, in order. */
  layout_for (&layout, SC_CHART_TREND, decade, &(ScChartRect) { 0, 0, 900, 300 });
  g_assert_cmpuint (layout.n_labels, >=, 5);
  g_assert_cmpuint (layout.n_labels, <=, 11);
  for (guint k = 0; k < layout.n_labels; k++)
    {
      guint i = layout.label_index[k];
      g_autofree char *label = sc_chart_label_text (SC_CHART_LABELS_YEAR, decade, i);
      int y = atoi (label);
      int m;

      g_assert_cmpint (y, >, last_year);
      sc_day_to_ymd (sc_chart_data_get_point (decade, i)->period + 3, NULL, &m, NULL);
      g_assert_cmpint (m, ==, 1);
      last_year = y;
    }
}

/* Decimation --------------------------------------------------------------- */

static void
test_decimation (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_EN, 1040);
  g_autoptr(GArray) vertices = g_array_new (FALSE, FALSE, sizeof (ScChartVertex));
  ScChartRect bounds = { 0, 0, 366, 200 };
  ScChartLayout layout;
  guint moves = 0, columns;

  layout_for (&layout, SC_CHART_TREND, data, &bounds);
  g_assert_cmpfloat (layout.plot.width, <=, 300);
  g_assert_cmpfloat (layout.plot.width, >, 280);
  columns = (guint) ceil (layout.plot.width) + 1;
  sc_chart_layout_trace (&layout, data, vertices);

  for (guint k = 0; k < vertices->len; k++)
    moves += g_array_index (vertices, ScChartVertex, k).move;
  g_test_message ("%u points: %u vertices, %u moves on %.0f px", 1040, vertices->len, moves,
                  layout.plot.width);
  g_assert_cmpuint (moves, ==, 1);
  g_assert_cmpuint (vertices->len - moves, <=, 2 * columns);

  /* The extremes of each column are among the vertices. */
  for (guint i = 0; i < 1040; )
    {
      double column = floor (sc_chart_layout_x (&layout, i)), lo = INFINITY, hi = -INFINITY;
      gboolean has_lo = FALSE, has_hi = FALSE;

      for (; i < 1040 && floor (sc_chart_layout_x (&layout, i)) == column; i++)
        {
          lo = MIN (lo, sc_chart_data_get_point (data, i)->value);
          hi = MAX (hi, sc_chart_data_get_point (data, i)->value);
        }
      for (guint k = 0; k < vertices->len; k++)
        {
          const ScChartVertex *v = &g_array_index (vertices, ScChartVertex, k);
          double value = sc_chart_data_get_point (data, v->index)->value;

          if (floor (v->x) != column)
            continue;
          has_lo |= value == lo && v->y == sc_chart_layout_y (&layout, lo);
          has_hi |= value == hi && v->y == sc_chart_layout_y (&layout, hi);
        }
      g_assert_true (has_lo && has_hi);
    }
}

static void
test_decimation_gaps (void)
{
  g_autoptr(ScChartData) data = sc_chart_data_new (SC_LANG_EN, SC_UNIT_COUNT, NULL,
                                                   SC_DIRECTION_HIGHER, 0.1, SC_PERIOD_WEEK);
  g_autoptr(GArray) vertices = g_array_new (FALSE, FALSE, sizeof (ScChartVertex));
  static const double values[] = { 3, 4, NAN, 5, NAN, NAN, 6, 7, 8 };
  ScChartLayout layout;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    sc_chart_data_add (data, sc_day_from_ymd (2025, 1, 6) + 7 * i, values[i], 5,
                       SC_STATUS_NONE, FALSE);
  layout_for (&layout, SC_CHART_TREND, data, &(ScChartRect) { 0, 0, 400, 200 });
  sc_chart_layout_trace (&layout, data, vertices);

  /* Pieces: 3-4, the lone 5, 6-7-8. */
  g_assert_cmpuint (vertices->len, ==, 6);
  g_assert_true (g_array_index (vertices, ScChartVertex, 0).move);
  g_assert_false (g_array_index (vertices, ScChartVertex, 1).move);
  g_assert_true (g_array_index (vertices, ScChartVertex, 2).move);
  g_assert_cmpuint (g_array_index (vertices, ScChartVertex, 2).index, ==, 3);
  g_assert_true (g_array_index (vertices, ScChartVertex, 3).move);
  g_assert_cmpuint (g_array_index (vertices, ScChartVertex, 3).index, ==, 6);
}

/* Data and texts ----------------------------------------------------------- */

static void
test_data (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_EN, 13);
  g_autoptr(ScChartData) copy = NULL;
  g_autofree char *en = NULL, *fr = NULL;

  sc_chart_data_add (data, sc_day_from_ymd (2025, 6, 30), NAN, NAN, SC_STATUS_NONE, FALSE);
  sc_chart_data_add (data, sc_day_from_ymd (2025, 7, 7), INFINITY, 150000, SC_STATUS_NONE, TRUE);
  g_assert_true (isnan (sc_chart_data_get_point (data, 14)->value));
  g_assert_cmpint (sc_chart_data_last_valued (data), ==, 12);

  copy = sc_chart_data_copy (data);
  g_assert_true (sc_chart_data_equal (data, copy));
  g_array_index (copy->points, ScChartPoint, 3).provisional = TRUE;
  g_assert_false (sc_chart_data_equal (data, copy));
  g_assert_false (sc_chart_data_equal (data, NULL));

  en = sc_chart_describe_point (data, 0);
  g_assert_cmpstr (en, ==, "Week of March 31, 2025, Actual $148,000, Target $150,000, To watch");
  data->lang = SC_LANG_FR;
  fr = sc_chart_describe_point (data, 2);
  g_assert_true (g_str_has_prefix (fr, "Semaine du 14 avril 2025, Réel 128" NB "000" NB "$, "
                                   "Cible 120" NB "000" NB "$, "));
}

static void
test_contrast (void)
{
  ScChartColor white, black, green, towards;

  g_assert_true (sc_chart_color_parse (&white, "#ffffff"));
  g_assert_true (sc_chart_color_parse (&black, "#000000"));
  g_assert_false (sc_chart_color_parse (&green, "green"));
  g_assert_cmpfloat_with_epsilon (sc_chart_color_contrast (&white, &black), 21, 1e-6);

  /* GTK 4.8 Adwaita's success colour is too pale for a marker on white. */
  sc_chart_color_parse (&green, "#33d17a");
  sc_chart_color_parse (&towards, "#1e1e1e");
  g_assert_cmpfloat (sc_chart_color_contrast (&green, &white), <, 3);
  sc_chart_color_ensure_contrast (&green, &white, &towards, 3);
  g_assert_cmpfloat (sc_chart_color_contrast (&green, &white), >=, 3);
  g_assert_cmpfloat (green.green, >, green.red);
}

/* Painters ----------------------------------------------------------------- */

typedef struct
{
  cairo_surface_t *surface;
  ScChartLayout    layout;
  ScChartStyle     style;
} Canvas;

static void
paint_on (Canvas            *canvas,
          ScChartKind        kind,
          const ScChartData *data,
          gboolean           dark,
          int                width,
          int                height,
          int                highlight)
{
  cairo_t *cr;

  if (dark)
    sc_chart_style_init_dark (&canvas->style, 9);
  else
    sc_chart_style_init_light (&canvas->style, 9);
  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (canvas->surface);
  sc_chart_prepare (&canvas->layout, cr, kind, data, &canvas->style,
                    &(ScChartRect) { 0, 0, width, height });
  sc_chart_paint (cr, &canvas->layout, data, &canvas->style, highlight);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (canvas->surface);
}

static void
canvas_clear (Canvas *canvas)
{
  g_clear_pointer (&canvas->surface, cairo_surface_destroy);
  sc_chart_style_clear (&canvas->style);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Canvas, canvas_clear)

static ScChartColor
pixel (const Canvas *canvas,
       int           x,
       int           y)
{
  const guint8 *data = cairo_image_surface_get_data (canvas->surface);
  int stride = cairo_image_surface_get_stride (canvas->surface);
  guint32 p = *(const guint32 *) (data + y * stride + x * 4);

  /* Opaque background: premultiplied is plain. */
  return (ScChartColor) { ((p >> 16) & 0xff) / 255.0, ((p >> 8) & 0xff) / 255.0,
                          (p & 0xff) / 255.0, 1 };
}

static double
distance (ScChartColor a,
          ScChartColor b)
{
  return fabs (a.red - b.red) + fabs (a.green - b.green) + fabs (a.blue - b.blue);
}

/* Whether a pixel of the rectangle is within tolerance of color. */
static gboolean
has_color (const Canvas       *canvas,
           int                 x0,
           int                 y0,
           int                 width,
           int                 height,
           const ScChartColor *color,
           double              tolerance)
{
  for (int y = MAX (y0, 0); y < y0 + height; y++)
    for (int x = MAX (x0, 0); x < x0 + width; x++)
      if (distance (pixel (canvas, x, y), *color) <= tolerance)
        return TRUE;
  return FALSE;
}

static void
test_paint_trend (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_EN, 13);
  g_auto(Canvas) canvas = { 0 };
  const ScChartLayout *l;
  int x, y;

  g_array_index (data->points, ScChartPoint, 6).value = NAN;
  paint_on (&canvas, SC_CHART_TREND, data, FALSE, 640, 280, -1);
  l = &canvas.layout;

  /* The target of week 1 (150 k$) along its slot, dashed. */
  x = (int) sc_chart_layout_x (l, 0);
  y = (int) round (sc_chart_layout_y (l, 150000));
  g_assert_true (has_color (&canvas, x - 8, y - 1, 16, 3, &canvas.style.target, 0.15));
  /* Its holiday step (120 k$) under week 3. */
  y = (int) round (sc_chart_layout_y (l, 120000));
  x = (int) sc_chart_layout_x (l, 2);
  g_assert_true (has_color (&canvas, x - 8, y - 1, 16, 3, &canvas.style.target, 0.15));

  /* The missing week leaves a gap: no series colour in its column. */
  x = (int) sc_chart_layout_x (l, 6);
  g_assert_false (has_color (&canvas, x - 2, (int) l->plot.y, 5, (int) l->plot.height,
                             &canvas.style.series, 0.3));
  /* … where its neighbours' line does have it. */
  x = (int) ((sc_chart_layout_x (l, 3) + sc_chart_layout_x (l, 4)) / 2);
  g_assert_true (has_color (&canvas, x - 1, (int) l->plot.y, 3, (int) l->plot.height,
                            &canvas.style.series, 0.15));

  /* Week 1, 148 k$ for 150 k$, is to watch: an amber marker. */
  x = (int) round (sc_chart_layout_x (l, 0));
  y = (int) round (sc_chart_layout_y (l, 148000));
  g_assert_cmpint (sc_chart_data_get_point (data, 0)->status, ==, SC_STATUS_WATCH);
  g_assert_true (has_color (&canvas, x - 1, y - 1, 3, 3, &canvas.style.watch, 0.1));
}

static void
test_paint_off_target (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_EN, 26);
  g_auto(Canvas) canvas = { 0 };
  int x, y;

  /* Week 18 of the shutdown: 12 k$ for 20 k$. */
  g_assert_cmpint (sc_chart_data_get_point (data, 17)->status, ==, SC_STATUS_OFF_TARGET);
  paint_on (&canvas, SC_CHART_TREND, data, FALSE, 800, 300, -1);
  x = (int) round (sc_chart_layout_x (&canvas.layout, 17));
  y = (int) round (sc_chart_layout_y (&canvas.layout, 12000));
  g_assert_true (has_color (&canvas, x - 1, y - 1, 3, 3, &canvas.style.off_target, 0.1));
  /* The week before, 18 k$ for 20 k$, is only to watch. */
  x = (int) round (sc_chart_layout_x (&canvas.layout, 16));
  g_assert_false (has_color (&canvas, x - 6, 0, 13, 300, &canvas.style.off_target, 0.1));
}

static gboolean
has_light_text (const Canvas *canvas,
                int           x0,
                int           width)
{
  guint light = 0;

  for (int y = 0; y < cairo_image_surface_get_height (canvas->surface); y++)
    for (int x = x0; x < x0 + width; x++)
      {
        ScChartColor c = pixel (canvas, x, y);

        light += c.red > 0.55 && c.green > 0.55 && c.blue > 0.55;
      }
  return light > 20;
}

static void
test_paint_dark (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_FR, 13);
  g_auto(Canvas) canvas = { 0 };
  ScChartColor background;

  paint_on (&canvas, SC_CHART_TREND, data, TRUE, 640, 280, 5);
  background = pixel (&canvas, 2, 2);
  g_assert_cmpfloat (distance (background, canvas.style.background), <, 0.02);
  /* The value labels left of the plot are light on the dark background. */
  g_assert_true (has_light_text (&canvas, 0, (int) canvas.layout.plot.x - 2));
}

static void
test_paint_bars (void)
{
  g_autoptr(ScChartData) data = sc_chart_data_new (SC_LANG_FR, SC_UNIT_CURRENCY, NULL,
                                                   SC_DIRECTION_HIGHER, 0.1, SC_PERIOD_MONTH);
  static const double actual[] = { 563, 791, 641, 526, 630, 664 };
  static const double target[] = { 540, 720, 570, 600, 600, 570 };
  g_auto(Canvas) canvas = { 0 };
  const ScChartLayout *l;
  ScChartColor white = { 1, 1, 1, 1 }, over;
  int x, y;

  for (guint i = 0; i < G_N_ELEMENTS (actual); i++)
    sc_chart_data_add (data, sc_day_from_ymd (2025, 4 + i, 1), actual[i] * 1000,
                       target[i] * 1000, status_of (actual[i] * 1000, target[i] * 1000), FALSE);
  paint_on (&canvas, SC_CHART_BARS, data, FALSE, 640, 280, -1);
  l = &canvas.layout;

  /* July, 526 k$ for 600 k$: an off-target bar. */
  x = (int) sc_chart_layout_x (l, 3);
  y = (int) ((sc_chart_layout_y (l, 526000) + sc_chart_layout_y (l, 0)) / 2);
  over = pixel (&canvas, x, y);
  g_assert_cmpfloat (over.red, >, over.green + 0.3);
  /* Its target tick across the bar, above it. */
  y = (int) round (sc_chart_layout_y (l, 600000));
  g_assert_true (has_color (&canvas, x - 2, y - 1, 5, 3, &canvas.style.target, 0.15));
  /* Above an on-target bar, nothing but the label area: plain white just
   * under the plot's top. */
  g_assert_cmpfloat (distance (pixel (&canvas, x, (int) l->plot.y + 1), white), <, 0.05);
  /* Months are labelled "avr." … "sept.". */
  g_assert_cmpuint (l->n_labels, ==, 6);
}

static void
test_paint_sparkline (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_EN, 18);
  g_auto(Canvas) canvas = { 0 };
  int x, y;

  /* The last of the 18 weeks, 12 k$ in a shutdown week: off target. */
  paint_on (&canvas, SC_CHART_SPARKLINE, data, FALSE, 120, 32, -1);
  x = (int) round (sc_chart_layout_x (&canvas.layout, 17));
  y = (int) round (sc_chart_layout_y (&canvas.layout, 12000));
  g_assert_cmpint (x, <, 120);
  g_assert_true (has_color (&canvas, x - 1, y - 1, 3, 3, &canvas.style.off_target, 0.1));
  g_assert_true (has_color (&canvas, 0, 0, 60, 32, &canvas.style.series, 0.15));
}

/* Output ------------------------------------------------------------------- */

static void
test_render_files (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_FR, 26);
  g_autoptr(GError) error = NULL;
  g_auto(ScChartStyle) style = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("sc-chart-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "trend.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "trend.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "trend.png", NULL);
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  gsize length;

  sc_chart_style_init_light (&style, 9);
  g_assert_true (sc_chart_render_png (data, SC_CHART_TREND, 600, 240, &style, png, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 600);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 240);
  cairo_surface_destroy (surface);

  g_assert_true (sc_chart_render_pdf (data, SC_CHART_BARS, 400, 200, &style, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  g_assert_false (sc_chart_render_png (data, SC_CHART_TREND, 600, 240, &style, bad, &error));
  g_assert_error (error, SC_CHART_ERROR, SC_CHART_ERROR_FAILED);

  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* A report draws in a rectangle of its page: nothing outside it. */
static void
test_draw_in_rectangle (void)
{
  g_autoptr(ScChartData) data = sample_weeks (SC_LANG_EN, 26);
  g_auto(ScChartStyle) style = { 0 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  const guint8 *pixels;
  int stride;

  sc_chart_style_init_light (&style, 9);
  sc_chart_draw (cr, SC_CHART_TREND, data, &style, &(ScChartRect) { 50, 100, 300, 150 }, 20);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 300; y++)
    for (int x = 0; x < 400; x++)
      if (x < 50 || x >= 350 || y < 100 || y >= 250)
        g_assert_cmpuint (*(const guint32 *) (pixels + y * stride + 4 * x), ==, 0);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/scale/nice", test_scale_nice);
  g_test_add_func ("/chart/scale/mended", test_scale_mended);
  g_test_add_func ("/chart/scale/exact-ticks", test_scale_exact_ticks);
  g_test_add_func ("/chart/scale/random", test_scale_random);
  g_test_add_func ("/chart/scale/min-step", test_scale_min_step);
  g_test_add_func ("/chart/layout/trend", test_layout_trend);
  g_test_add_func ("/chart/layout/percent", test_layout_percent_no_false_zero);
  g_test_add_func ("/chart/layout/hit-test", test_layout_hit_test);
  g_test_add_func ("/chart/layout/labels", test_layout_labels);
  g_test_add_func ("/chart/decimation/extremes", test_decimation);
  g_test_add_func ("/chart/decimation/gaps", test_decimation_gaps);
  g_test_add_func ("/chart/data", test_data);
  g_test_add_func ("/chart/style/contrast", test_contrast);
  g_test_add_func ("/chart/paint/trend", test_paint_trend);
  g_test_add_func ("/chart/paint/off-target", test_paint_off_target);
  g_test_add_func ("/chart/paint/dark", test_paint_dark);
  g_test_add_func ("/chart/paint/bars", test_paint_bars);
  g_test_add_func ("/chart/paint/sparkline", test_paint_sparkline);
  g_test_add_func ("/chart/render/files", test_render_files);
  g_test_add_func ("/chart/render/rectangle", test_draw_in_rectangle);

  return g_test_run ();
}
