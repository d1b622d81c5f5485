/* sc-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-chart.h"
#include "sc-format.h"
#include "sc-kpi.h"
#include "sc-l10n.h"

G_DEFINE_QUARK (sc-chart-error-quark, sc_chart_error)

G_DEFINE_BOXED_TYPE (ScChartData, sc_chart_data, sc_chart_data_copy, sc_chart_data_free)

/* Data -------------------------------------------------------------------- */

ScChartData *
sc_chart_data_new (ScLang        lang,
                   ScUnit        unit,
                   const char   *currency,
                   ScDirection   direction,
                   double        tolerance,
                   ScPeriodKind  period_kind)
{
  ScChartData *data = g_new0 (ScChartData, 1);

  data->lang = lang;
  data->unit = unit;
  data->currency = g_strdup (currency);
  data->direction = direction;
  data->tolerance = isfinite (tolerance) && tolerance >= 0 ? tolerance : 0;
  data->period_kind = period_kind;
  data->points = g_array_new (FALSE, FALSE, sizeof (ScChartPoint));
  return data;
}

ScChartData *
sc_chart_data_copy (const ScChartData *data)
{
  ScChartData *copy;

  g_return_val_if_fail (data != NULL, NULL);

  copy = sc_chart_data_new (data->lang, data->unit, data->currency, data->direction,
                            data->tolerance, data->period_kind);
  g_array_append_vals (copy->points, data->points->data, data->points->len);
  return copy;
}

void
sc_chart_data_free (ScChartData *data)
{
  if (data == NULL)
    return;

  g_array_unref (data->points);
  g_free (data->currency);
  g_free (data);
}

/* NAN == NAN here: both points are missing. */
static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static gboolean
same_point (const ScChartPoint *a,
            const ScChartPoint *b)
{
  return a->period == b->period && same_double (a->value, b->value) &&
         same_double (a->target, b->target) && a->status == b->status &&
         !a->provisional == !b->provisional;
}

gboolean
sc_chart_data_equal (const ScChartData *a,
                     const ScChartData *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  if (a->lang != b->lang || a->unit != b->unit || a->direction != b->direction ||
      a->tolerance != b->tolerance || a->period_kind != b->period_kind ||
      g_strcmp0 (a->currency, b->currency) != 0 || a->points->len != b->points->len)
    return FALSE;

  for (guint i = 0; i < a->points->len; i++)
    if (!same_point (&g_array_index (a->points, ScChartPoint, i),
                     &g_array_index (b->points, ScChartPoint, i)))
      return FALSE;

  return TRUE;
}

void
sc_chart_data_add (ScChartData *data,
                   ScDay        period,
                   double       value,
                   double       target,
                   ScStatus     status,
                   gboolean     provisional)
{
  ScChartPoint point = { period, value, target, status, !!provisional };

  g_return_if_fail (data != NULL);

  /* Infinities cannot be placed on an axis: they count as missing. */
  if (!isfinite (point.value))
    point.value = NAN;
  if (!isfinite (point.target))
    point.target = NAN;
  g_array_append_val (data->points, point);
}

guint
sc_chart_data_get_n_points (const ScChartData *data)
{
  return data != NULL ? data->points->len : 0;
}

const ScChartPoint *
sc_chart_data_get_point (const ScChartData *data,
                         guint              index)
{
  g_return_val_if_fail (data != NULL && index < data->points->len, NULL);

  return &g_array_index (data->points, ScChartPoint, index);
}

int
sc_chart_data_last_valued (const ScChartData *data)
{
  for (int i = (int) sc_chart_data_get_n_points (data) - 1; i >= 0; i--)
    if (!isnan (g_array_index (data->points, ScChartPoint, i).value))
      return i;
  return -1;
}

/* Texts ------------------------------------------------------------------- */

/* Callouts give the figure whole (148 400 $) where axes say 148 k$. */
static char *
format_precise (const ScChartData *data,
                double             value)
{
  if (data->unit == SC_UNIT_CURRENCY && isfinite (value))
    return sc_format_money (data->lang, data->currency, (gint64) llround (value * 100),
                            SC_MONEY_WHOLE);
  return sc_format_value (data->lang, data->unit, data->currency, value, FALSE, FALSE);
}

char *
sc_chart_format_compact (const ScChartData *data,
                         double             value)
{
  g_return_val_if_fail (data != NULL, NULL);

  return sc_format_value (data->lang, data->unit, data->currency, value, TRUE, FALSE);
}

static char *
format_period (const ScChartData *data,
               ScDay              period)
{
  int year, month;

  if (data->period_kind == SC_PERIOD_MONTH && sc_day_to_ymd (period, &year, &month, NULL))
    return sc_format_month_year (data->lang, year, month);
  return sc_format_week_label (data->lang, period);
}

void
sc_chart_point_text_init (ScChartPointText  *text,
                          const ScChartData *data,
                          guint              index)
{
  const ScChartPoint *point = sc_chart_data_get_point (data, index);

  memset (text, 0, sizeof *text);
  g_return_if_fail (point != NULL);

  text->period = format_period (data, point->period);
  text->actual = format_precise (data, point->value);
  if (!isnan (point->target))
    text->target = format_precise (data, point->target);
  if (point->status != SC_STATUS_NONE && !isnan (point->value))
    text->status = sc_status_get_label (point->status, data->lang);
  text->provisional = point->provisional && !isnan (point->value);
}

void
sc_chart_point_text_clear (ScChartPointText *text)
{
  g_clear_pointer (&text->period, g_free);
  g_clear_pointer (&text->actual, g_free);
  g_clear_pointer (&text->target, g_free);
  text->status = NULL;
}

char *
sc_chart_describe_point (const ScChartData *data,
                         guint              index)
{
  ScChartPointText text;
  GString *out;

  g_return_val_if_fail (data != NULL && index < data->points->len, NULL);

  sc_chart_point_text_init (&text, data, index);
  out = g_string_new (text.period);
  g_string_append_printf (out, ", %s %s", LC_ (data->lang, "chart", "Actual"), text.actual);
  if (text.provisional)
    g_string_append_printf (out, " (%s)", LC_ (data->lang, "chart", "provisional"));
  if (text.target != NULL)
    g_string_append_printf (out, ", %s %s", LC_ (data->lang, "chart", "Target"), text.target);
  if (text.status != NULL)
    g_string_append_printf (out, ", %s", text.status);
  sc_chart_point_text_clear (&text);
  return g_string_free (out, FALSE);
}

/* Style ------------------------------------------------------------------- */

gboolean
sc_chart_color_parse (ScChartColor *color,
                      const char   *hex)
{
  guint64 v;
  gsize len = hex != NULL ? strlen (hex) : 0;
  char *end;

  *color = (ScChartColor) { 0, 0, 0, 1 };
  if ((len != 7 && len != 9) || hex[0] != '#')
    return FALSE;

  v = g_ascii_strtoull (hex + 1, &end, 16);
  if (*end != '\0')
    return FALSE;
  if (len == 7)
    v = (v << 8) | 0xff;

  color->red = ((v >> 24) & 0xff) / 255.0;
  color->green = ((v >> 16) & 0xff) / 255.0;
  color->blue = ((v >> 8) & 0xff) / 255.0;
  color->alpha = (v & 0xff) / 255.0;
  return TRUE;
}

typedef struct
{
  const char *background, *surface, *foreground, *dim, *grid, *series, *target;
  const char *on_target, *watch, *off_target, *bar;
} Palette;

/* GNOME palette: blue 3/2, green 5/4, yellow 5/orange 3, red 3/2. The dark
 * variants are lighter so that lines and markers keep their contrast on a
 * dark background. */
static const Palette light_palette = {
  "#ffffff", "#ffffff", "#1e1e1ef0", "#1e1e1e99", "#1e1e1e1c", "#3584e4", "#5e5c64",
  "#26a269", "#d18b00", "#e01b24", "#3584e4",
};

static const Palette dark_palette = {
  "#1e1e1e", "#303030", "#fffffff0", "#ffffff99", "#ffffff24", "#62a0ea", "#c0bfbc",
  "#33d17a", "#f5c211", "#ff5f55", "#62a0ea",
};

static void
style_init (ScChartStyle  *style,
            const Palette *p,
            double         size_pt)
{
  memset (style, 0, sizeof *style);
  sc_chart_color_parse (&style->background, p->background);
  sc_chart_color_parse (&style->surface, p->surface);
  sc_chart_color_parse (&style->foreground, p->foreground);
  sc_chart_color_parse (&style->dim, p->dim);
  sc_chart_color_parse (&style->grid, p->grid);
  sc_chart_color_parse (&style->series, p->series);
  sc_chart_color_parse (&style->target, p->target);
  sc_chart_color_parse (&style->on_target, p->on_target);
  sc_chart_color_parse (&style->watch, p->watch);
  sc_chart_color_parse (&style->off_target, p->off_target);
  sc_chart_color_parse (&style->bar, p->bar);
  style->font = pango_font_description_from_string ("Sans");
  pango_font_description_set_size (style->font,
                                   (int) (CLAMP (size_pt, 4, 72) * PANGO_SCALE + 0.5));
}

void
sc_chart_style_init_light (ScChartStyle *style,
                           double        size_pt)
{
  style_init (style, &light_palette, size_pt);
}

void
sc_chart_style_init_dark (ScChartStyle *style,
                          double        size_pt)
{
  style_init (style, &dark_palette, size_pt);
}

void
sc_chart_style_clear (ScChartStyle *style)
{
  g_clear_pointer (&style->font, pango_font_description_free);
}

const ScChartColor *
sc_chart_style_status_color (const ScChartStyle *style,
                             ScStatus            status)
{
  switch (status)
    {
    case SC_STATUS_ON_TARGET:
      return &style->on_target;
    case SC_STATUS_WATCH:
      return &style->watch;
    case SC_STATUS_OFF_TARGET:
      return &style->off_target;
    case SC_STATUS_NONE:
    default:
      return &style->series;
    }
}

static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const ScChartColor *c)
{
  return 0.2126 * channel_luminance (c->red) + 0.7152 * channel_luminance (c->green) +
         0.0722 * channel_luminance (c->blue);
}

double
sc_chart_color_contrast (const ScChartColor *a,
                         const ScChartColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

void
sc_chart_color_ensure_contrast (ScChartColor       *color,
                                const ScChartColor *background,
                                const ScChartColor *towards,
                                double              min_ratio)
{
  ScChartColor start = *color;

  /* Ten small steps keep the hue recognisable: green stays green. */
  for (int step = 1; step <= 10 && sc_chart_color_contrast (color, background) < min_ratio;
       step++)
    {
      double t = step / 10.0;

      color->red = start.red + (towards->red - start.red) * t;
      color->green = start.green + (towards->green - start.green) * t;
      color->blue = start.blue + (towards->blue - start.blue) * t;
    }
}
