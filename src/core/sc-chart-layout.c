/* sc-chart-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-calendar.h"
#include "sc-chart-layout.h"
#include "sc-format.h"

/* Sparkline markers (radius 3 and their ring) must not be cut at the
 * edges. */
#define SPARKLINE_INSET 5.0

/* Labels ------------------------------------------------------------------ */

ScChartLabels
sc_chart_layout_labels_for (ScChartKind        kind,
                            const ScChartData *data)
{
  guint n = sc_chart_data_get_n_points (data);

  if (kind == SC_CHART_SPARKLINE || n == 0)
    return SC_CHART_LABELS_NONE;
  if (data->period_kind == SC_PERIOD_MONTH)
    return n <= 24 ? SC_CHART_LABELS_MONTH : SC_CHART_LABELS_YEAR;
  if (n <= 26)
    return SC_CHART_LABELS_DAY;
  return n <= 60 ? SC_CHART_LABELS_MONTH : SC_CHART_LABELS_YEAR;
}

/* The calendar date a period stands for: a week is dated by its Thursday
 * (the Thursday rule), whatever day the company's weeks start on. */
static void
period_date (const ScChartData *data,
             guint              index,
             int               *year,
             int               *month,
             int               *mday)
{
  ScDay day = g_array_index (data->points, ScChartPoint, index).period;

  *year = *month = *mday = 0;
  if (!sc_day_valid (day))
    return;
  if (data->period_kind != SC_PERIOD_MONTH)
    day += (G_DATE_THURSDAY - sc_day_weekday (day) + 7) % 7;
  sc_day_to_ymd (day, year, month, mday);
}

/* Whether point index opens a month (or a year): the periods before it
 * belong to another one. The first point only counts when it is the first
 * period of its month, so that a half month does not take a label. */
static gboolean
opens_period (const ScChartData *data,
              guint              index,
              ScChartLabels      labels,
              int               *key)
{
  int y, m, d, py, pm, pd;

  period_date (data, index, &y, &m, &d);
  *key = labels == SC_CHART_LABELS_YEAR ? y : m - 1;
  if (y == 0)
    return FALSE;
  if (index == 0)
    return (data->period_kind == SC_PERIOD_MONTH || d <= 7) &&
           (labels == SC_CHART_LABELS_MONTH || m == 1);

  period_date (data, index - 1, &py, &pm, &pd);
  return labels == SC_CHART_LABELS_YEAR ? py != y : pm != m || py != y;
}

char *
sc_chart_label_text (ScChartLabels      labels,
                     const ScChartData *data,
                     guint              index)
{
  int y, m, d;

  g_return_val_if_fail (index < sc_chart_data_get_n_points (data), NULL);

  period_date (data, index, &y, &m, &d);
  switch (labels)
    {
    case SC_CHART_LABELS_DAY:
      return sc_format_date_short (data->lang,
                                   g_array_index (data->points, ScChartPoint, index).period);
    case SC_CHART_LABELS_MONTH:
      return m > 0 ? sc_format_month_name (data->lang, m, TRUE) : g_strdup ("");
    case SC_CHART_LABELS_YEAR:
      return y > 0 ? g_strdup_printf ("%d", y) : g_strdup ("");
    case SC_CHART_LABELS_NONE:
    default:
      return g_strdup ("");
    }
}

static gboolean
candidate (const ScChartLayout *layout,
           const ScChartData   *data,
           guint                index,
           int                 *key)
{
  if (layout->labels == SC_CHART_LABELS_DAY)
    {
      /* Count from the end: the latest week always has its label. */
      *key = (int) (layout->n_points - 1 - index);
      return TRUE;
    }
  if (layout->labels == SC_CHART_LABELS_MONTH && data->period_kind == SC_PERIOD_MONTH)
    {
      int y, m, d;

      period_date (data, index, &y, &m, &d);
      *key = m - 1;
      return TRUE;
    }
  return opens_period (data, index, layout->labels, key);
}

/* Keeps the candidates whose key is a multiple of stride; FALSE when two
 * labels would touch or there would be too many. */
static gboolean
choose_labels (ScChartLayout     *layout,
               const ScChartData *data,
               int                stride)
{
  double room = layout->extents.x_label_width + MAX (6, layout->extents.text_height * 0.6);
  double last_x = -G_MAXDOUBLE;
  int key;

  layout->n_labels = 0;
  for (guint i = 0; i < layout->n_points; i++)
    {
      double x;

      if (!candidate (layout, data, i, &key) || key % stride != 0)
        continue;
      x = sc_chart_layout_x (layout, i);
      if (x - last_x < room || layout->n_labels == SC_CHART_MAX_LABELS)
        return FALSE;
      layout->label_index[layout->n_labels++] = i;
      last_x = x;
    }
  return TRUE;
}

static void
place_labels (ScChartLayout     *layout,
              const ScChartData *data)
{
  static const int month_strides[] = { 1, 2, 3, 6, 12 };
  static const int year_strides[] = { 1, 2, 5, 10, 20, 50, 100, 1000 };

  layout->n_labels = 0;
  switch (layout->labels)
    {
    case SC_CHART_LABELS_DAY:
      for (int stride = 1; stride <= (int) layout->n_points; stride++)
        if (choose_labels (layout, data, stride))
          return;
      break;
    case SC_CHART_LABELS_MONTH:
      for (guint i = 0; i < G_N_ELEMENTS (month_strides); i++)
        if (choose_labels (layout, data, month_strides[i]))
          return;
      break;
    case SC_CHART_LABELS_YEAR:
      for (guint i = 0; i < G_N_ELEMENTS (year_strides); i++)
        if (choose_labels (layout, data, year_strides[i]))
          return;
      break;
    case SC_CHART_LABELS_NONE:
    default:
      return;
    }
  /* Not even one label in ten fits: better none than a smear. */
  layout->n_labels = 0;
}

/* Scale ------------------------------------------------------------------- */

static void
data_range (const ScChartData *data,
            double            *lo,
            double            *hi)
{
  *lo = INFINITY;
  *hi = -INFINITY;
  for (guint i = 0; i < sc_chart_data_get_n_points (data); i++)
    {
      const ScChartPoint *p = &g_array_index (data->points, ScChartPoint, i);

      if (!isnan (p->value))
        {
          *lo = MIN (*lo, p->value);
          *hi = MAX (*hi, p->value);
        }
      if (!isnan (p->target))
        {
          *lo = MIN (*lo, p->target);
          *hi = MAX (*hi, p->target);
        }
    }
}

void
sc_chart_layout_scale (ScChartScale      *scale,
                       ScChartKind        kind,
                       const ScChartData *data,
                       double             height,
                       double             text_height)
{
  double lo, hi, plot_height = MAX (1, height - 2.5 * text_height);
  guint max_ticks;

  data_range (data, &lo, &hi);
  if (kind == SC_CHART_SPARKLINE)
    {
      /* No axis to read: the line fills the height exactly. */
      sc_chart_scale_compute (scale, lo, hi, 2, 0);
      if (isfinite (lo) && hi > lo)
        *scale = (ScChartScale) { lo, hi, hi - lo, 2 };
      return;
    }

  if (kind == SC_CHART_BARS && isfinite (lo))
    {
      lo = MIN (lo, 0);
      hi = MAX (hi, 0);
      /* Room above the tallest bar for its label. */
      if (hi > 0)
        hi += (hi - lo) * (text_height + 6) / plot_height;
    }
  else if (isfinite (lo) && lo > 0 && lo < hi - lo)
    lo = 0;  /* close enough to zero that a false origin would mislead */
  else if (isfinite (hi) && hi < 0 && -hi < hi - lo)
    hi = 0;

  /* Grid lines two lines of text apart, and never closer than 40 units:
   * five or six ticks on a chart of usual size. */
  max_ticks = (guint) CLAMP (plot_height / MAX (2 * text_height, 40) + 1, 2, 11);
  sc_chart_scale_compute (scale, lo, hi, max_ticks,
                          sc_chart_scale_min_step (data != NULL ? data->unit : SC_UNIT_NUMBER,
                                                   lo, hi));
}

/* Layout ------------------------------------------------------------------ */

static void
compute_sparkline (ScChartLayout *layout)
{
  const ScChartRect *b = &layout->bounds;
  double inset = MIN (SPARKLINE_INSET, MIN (b->width, b->height) / 4);

  layout->plot = (ScChartRect) { b->x + inset, b->y + inset,
                                 MAX (b->width - 2 * inset, 1), MAX (b->height - 2 * inset, 1) };
  if (layout->n_points > 1)
    {
      layout->slot = layout->plot.width / (layout->n_points - 1);
      layout->x0 = layout->plot.x;
    }
  else
    {
      layout->slot = layout->plot.width;
      layout->x0 = layout->plot.x + layout->plot.width / 2;
    }
}

/* The right margin that lets the last period's label, centred under its
 * slot, end inside bounds: the label may overhang its half slot. */
static double
right_margin (const ScChartLayout *layout,
              double               available,
              double               pad)
{
  double n = MAX (layout->n_points, 1);
  double half_label = layout->labels != SC_CHART_LABELS_NONE
                      ? layout->extents.x_label_width / 2 : 0;
  double r = (half_label - available / (2 * n)) / (1 - 1 / (2 * n));

  return MAX (pad, r);
}

void
sc_chart_layout_compute (ScChartLayout        *layout,
                         ScChartKind           kind,
                         const ScChartData    *data,
                         const ScChartRect    *bounds,
                         const ScChartScale   *scale,
                         const ScChartExtents *extents)
{
  double pad, left, top, bottom, right;

  g_return_if_fail (layout != NULL && bounds != NULL && scale != NULL && extents != NULL);

  memset (layout, 0, sizeof *layout);
  layout->kind = kind;
  layout->bounds = *bounds;
  layout->scale = *scale;
  layout->extents = *extents;
  layout->n_points = sc_chart_data_get_n_points (data);
  layout->labels = sc_chart_layout_labels_for (kind, data);

  if (kind == SC_CHART_SPARKLINE)
    {
      compute_sparkline (layout);
      return;
    }

  pad = MAX (4, round (extents->text_height * 0.5));
  left = bounds->x + ceil (extents->y_label_width) + pad;
  top = bounds->y + ceil (extents->text_height / 2) + 3;
  bottom = bounds->y + bounds->height - ceil (extents->text_height) - pad;
  right = bounds->x + bounds->width - right_margin (layout, bounds->x + bounds->width - left, pad);

  layout->plot = (ScChartRect) { left, top, MAX (right - left, 1), MAX (bottom - top, 1) };
  layout->slot = layout->plot.width / MAX (layout->n_points, 1);
  layout->x0 = layout->plot.x + layout->slot / 2;
  place_labels (layout, data);
}

double
sc_chart_layout_x (const ScChartLayout *layout,
                   guint                index)
{
  return layout->x0 + index * layout->slot;
}

double
sc_chart_layout_y (const ScChartLayout *layout,
                   double               value)
{
  double span = layout->scale.max - layout->scale.min;

  if (!(span > 0))
    return layout->plot.y + layout->plot.height / 2;
  return layout->plot.y + layout->plot.height * (layout->scale.max - value) / span;
}

int
sc_chart_layout_hit_test (const ScChartLayout *layout,
                          double               x,
                          double               y)
{
  double reach = layout->kind == SC_CHART_SPARKLINE ? layout->slot / 2 : 0;
  double index;

  if (layout->n_points == 0 || layout->slot <= 0 ||
      x < layout->plot.x - reach || x > layout->plot.x + layout->plot.width + reach ||
      y < layout->bounds.y || y > layout->bounds.y + layout->bounds.height)
    return -1;

  index = round ((x - layout->x0) / layout->slot);
  return (int) CLAMP (index, 0, layout->n_points - 1);
}

/* Trace ------------------------------------------------------------------- */

typedef struct
{
  double column;    /* floor of x; NAN: no group */
  guint  count;
  guint  first;
  guint  min_index;
  guint  max_index;
  double min;
  double max;
} Group;

static void
push_vertex (GArray   *vertices,
             double    x,
             double    y,
             gboolean  move,
             guint     index)
{
  ScChartVertex v = { x, y, move, index };

  g_array_append_val (vertices, v);
}

static void
flush_group (const ScChartLayout *layout,
             Group               *group,
             gboolean            *move,
             GArray              *vertices)
{
  double x = group->column + 0.5;
  guint a = MIN (group->min_index, group->max_index);
  guint b = MAX (group->min_index, group->max_index);
  const double values[2] = { a == group->min_index ? group->min : group->max,
                             b == group->max_index ? group->max : group->min };

  if (group->count == 0)
    return;

  if (group->count == 1)
    push_vertex (vertices, sc_chart_layout_x (layout, group->first),
                 sc_chart_layout_y (layout, group->min), *move, group->first);
  else
    {
      push_vertex (vertices, x, sc_chart_layout_y (layout, values[0]), *move, a);
      push_vertex (vertices, x, sc_chart_layout_y (layout, values[1]), FALSE, b);
    }
  *move = FALSE;
  group->count = 0;
}

void
sc_chart_layout_trace (const ScChartLayout *layout,
                       const ScChartData   *data,
                       GArray              *vertices)
{
  Group group = { NAN, 0 };
  gboolean move = TRUE;

  g_return_if_fail (layout != NULL && vertices != NULL);

  for (guint i = 0; i < MIN (layout->n_points, sc_chart_data_get_n_points (data)); i++)
    {
      double v = g_array_index (data->points, ScChartPoint, i).value;
      double column = floor (sc_chart_layout_x (layout, i));

      if (isnan (v))
        {
          flush_group (layout, &group, &move, vertices);
          move = TRUE;
          continue;
        }
      if (group.count > 0 && column != group.column)
        flush_group (layout, &group, &move, vertices);
      if (group.count++ == 0)
        group = (Group) { column, 1, i, i, i, v, v };
      if (v < group.min)
        {
          group.min = v;
          group.min_index = i;
        }
      if (v > group.max)
        {
          group.max = v;
          group.max_index = i;
        }
    }
  flush_group (layout, &group, &move, vertices);
}
