/* sc-chart-paint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the painters share, the sparkline, and the PNG and PDF output.
 */

#define G_LOG_DOMAIN "sc-chart"

#include "config.h"

#include <math.h>
#include <cairo-pdf.h>

#include "sc-chart-paint-private.h"
#include <glib/gi18n.h>

#include "sc-l10n.h"

/* Drawing context --------------------------------------------------------- */

void
_sc_chart_painter_init (ScChartPainter      *painter,
                        cairo_t             *cr,
                        const ScChartLayout *layout,
                        const ScChartData   *data,
                        const ScChartStyle  *style)
{
  painter->cr = cr;
  painter->layout = layout;
  painter->data = data;
  painter->style = style;
  painter->text = pango_cairo_create_layout (cr);
  pango_layout_set_font_description (painter->text, style->font);
}

void
_sc_chart_painter_clear (ScChartPainter *painter)
{
  g_clear_object (&painter->text);
}

void
_sc_chart_set_color (cairo_t            *cr,
                     const ScChartColor *color,
                     double              opacity)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * opacity);
}

double
_sc_chart_snap (cairo_t  *cr,
                double    v,
                gboolean  vertical,
                double    width)
{
  double x = vertical ? v : 0, y = vertical ? 0 : v;
  double dx = vertical ? width : 0, dy = vertical ? 0 : width;
  double *d = vertical ? &x : &y;
  int pixels;

  cairo_user_to_device_distance (cr, &dx, &dy);
  pixels = MAX (1, (int) round (fabs (vertical ? dx : dy)));
  cairo_user_to_device (cr, &x, &y);
  /* An odd width is centred on a pixel's middle, an even one on an edge. */
  *d = pixels % 2 ? floor (*d) + 0.5 : round (*d);
  cairo_device_to_user (cr, &x, &y);
  return *d;
}

/* Text -------------------------------------------------------------------- */

void
_sc_chart_text_size (PangoLayout *text,
                     const char  *string,
                     double      *width,
                     double      *height)
{
  PangoRectangle logical;

  pango_layout_set_text (text, string, -1);
  pango_layout_get_extents (text, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
_sc_chart_draw_text (cairo_t            *cr,
                     PangoLayout        *text,
                     const char         *string,
                     double              x,
                     double              y,
                     double              xalign,
                     double              yalign,
                     const ScChartColor *color)
{
  double width, height;

  _sc_chart_text_size (text, string, &width, &height);
  _sc_chart_set_color (cr, color, 1);
  cairo_move_to (cr, round (x - width * xalign), round (y - height * yalign));
  pango_cairo_show_layout (cr, text);
}

/* Markers ----------------------------------------------------------------- */

static void
marker_path (cairo_t  *cr,
             ScStatus  status,
             double    x,
             double    y,
             double    r)
{
  switch (status)
    {
    case SC_STATUS_WATCH:
      /* A triangle looks smaller than a circle of the same radius. */
      r *= 1.3;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r * 0.866, y + r * 0.5);
      cairo_line_to (cr, x - r * 0.866, y + r * 0.5);
      cairo_close_path (cr);
      break;
    case SC_STATUS_OFF_TARGET:
      r *= 1.25;
      cairo_move_to (cr, x, y - r);
      cairo_line_to (cr, x + r, y);
      cairo_line_to (cr, x, y + r);
      cairo_line_to (cr, x - r, y);
      cairo_close_path (cr);
      break;
    case SC_STATUS_ON_TARGET:
    case SC_STATUS_NONE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

void
_sc_chart_paint_marker (const ScChartPainter *painter,
                        ScStatus              status,
                        double                x,
                        double                y,
                        double                radius,
                        gboolean              hollow)
{
  cairo_t *cr = painter->cr;
  const ScChartColor *color = sc_chart_style_status_color (painter->style, status);

  /* A ring of the surface colour sets the marker off the line under it. */
  marker_path (cr, status, x, y, radius + 1.5);
  _sc_chart_set_color (cr, &painter->style->surface, 1);
  cairo_fill (cr);

  marker_path (cr, status, x, y, hollow ? radius - 0.75 : radius);
  _sc_chart_set_color (cr, color, 1);
  if (hollow)
    {
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
}

void
sc_chart_paint_status_marker (cairo_t            *cr,
                              const ScChartStyle *style,
                              ScStatus            status,
                              double              x,
                              double              y,
                              double              radius,
                              gboolean            hollow)
{
  /* The marker needs only the context and the style of a painter. */
  ScChartPainter painter = { .cr = cr, .style = style };

  g_return_if_fail (cr != NULL && style != NULL);
  _sc_chart_paint_marker (&painter, status, x, y, radius, hollow);
}

/* Frame ------------------------------------------------------------------- */

static void
paint_value_axis (const ScChartPainter *painter)
{
  cairo_t *cr = painter->cr;
  const ScChartLayout *layout = painter->layout;
  const ScChartRect *plot = &layout->plot;
  double pad = layout->plot.x - layout->bounds.x - ceil (layout->extents.y_label_width);

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < layout->scale.n_ticks; i++)
    {
      double tick = sc_chart_scale_tick (&layout->scale, i);
      double y = _sc_chart_snap (cr, sc_chart_layout_y (layout, tick), FALSE, 1);
      g_autofree char *label = sc_chart_format_compact (painter->data, tick);
      /* The origin and the bottom line read as the axis: a little stronger. */
      gboolean axis = i == 0 || tick == 0;

      _sc_chart_set_color (cr, axis ? &painter->style->dim : &painter->style->grid,
                           axis ? 0.45 : 1);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
      _sc_chart_draw_text (cr, painter->text, label, plot->x - pad, y, 1, 0.5,
                           &painter->style->dim);
    }
}

/* Period labels: centred under their point, or, for the months and years
 * of a weekly series, starting at the boundary line of their period. */
static void
paint_period_axis (const ScChartPainter *painter)
{
  cairo_t *cr = painter->cr;
  const ScChartLayout *layout = painter->layout;
  const ScChartRect *plot = &layout->plot, *b = &layout->bounds;
  gboolean boundary = layout->labels == SC_CHART_LABELS_YEAR ||
                      (layout->labels == SC_CHART_LABELS_MONTH &&
                       painter->data->period_kind != SC_PERIOD_MONTH);
  double bottom = plot->y + plot->height, end = -G_MAXDOUBLE;

  cairo_set_line_width (cr, 1);
  for (guint k = 0; k < layout->n_labels; k++)
    {
      guint i = layout->label_index[k];
      g_autofree char *label = sc_chart_label_text (layout->labels, painter->data, i);
      double x = sc_chart_layout_x (layout, i) - (boundary ? layout->slot / 2 : 0);
      double sx = _sc_chart_snap (cr, x, TRUE, 1), width;

      _sc_chart_set_color (cr, &painter->style->grid, 1);
      cairo_move_to (cr, sx, boundary ? plot->y : bottom);
      cairo_line_to (cr, sx, bottom + 4);
      cairo_stroke (cr);

      _sc_chart_text_size (painter->text, label, &width, NULL);
      x = boundary ? x + 3 : x - width / 2;
      /* Not under the value labels, not out of bounds; pushed back so, a
       * label may meet its neighbour: then it is left out. */
      x = CLAMP (x, plot->x - 4, b->x + b->width - width);
      if (x < end + 4)
        continue;
      _sc_chart_draw_text (cr, painter->text, label, x, bottom + 3, 0, 0, &painter->style->dim);
      end = x + width;
    }
}

void
_sc_chart_paint_frame (const ScChartPainter *painter)
{
  const ScChartRect *b = &painter->layout->bounds;

  if (painter->style->background.alpha > 0)
    {
      _sc_chart_set_color (painter->cr, &painter->style->background, 1);
      cairo_rectangle (painter->cr, b->x, b->y, b->width, b->height);
      cairo_fill (painter->cr);
    }
  paint_value_axis (painter);
  paint_period_axis (painter);
}

/* Callout ----------------------------------------------------------------- */

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   w,
                   double   h,
                   double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

typedef struct
{
  ScChartPointText text;
  char            *status_line;  /* status, then "provisional" */
  const char      *labels[2];
  const char      *values[2];
  guint            n_rows;
  double           width;
  double           height;
  double           line;
} Callout;

static void
callout_init (Callout              *c,
              const ScChartPainter *painter,
              PangoLayout          *bold,
              guint                 index)
{
  ScLang lang = painter->data->lang;
  double w, title_w, label_w = 0, value_w = 0, status_w = 0;

  sc_chart_point_text_init (&c->text, painter->data, index);
  c->n_rows = 0;
  c->labels[c->n_rows] = LC_ (lang, "chart", "Actual");
  c->values[c->n_rows++] = c->text.actual;
  if (c->text.target != NULL)
    {
      c->labels[c->n_rows] = LC_ (lang, "chart", "Target");
      c->values[c->n_rows++] = c->text.target;
    }
  c->status_line = c->text.provisional
    ? g_strdup_printf ("%s%s%s", c->text.status != NULL ? c->text.status : "",
                       c->text.status != NULL ? " · " : "", LC_ (lang, "chart", "provisional"))
    : g_strdup (c->text.status);

  _sc_chart_text_size (bold, c->text.period, &title_w, &c->line);
  for (guint i = 0; i < c->n_rows; i++)
    {
      _sc_chart_text_size (painter->text, c->labels[i], &w, NULL);
      label_w = MAX (label_w, w);
      _sc_chart_text_size (bold, c->values[i], &w, NULL);
      value_w = MAX (value_w, w);
    }
  if (c->status_line != NULL)
    _sc_chart_text_size (painter->text, c->status_line, &status_w, NULL);

  c->width = MAX (title_w, MAX (label_w + 16 + value_w,
                                2 * SC_CHART_MARKER_R + 12 + status_w));
  c->height = c->line * (1 + c->n_rows + (c->status_line != NULL)) + 4;
}

static void
callout_clear (Callout *c)
{
  sc_chart_point_text_clear (&c->text);
  g_clear_pointer (&c->status_line, g_free);
}

static void
callout_place (const ScChartLayout *layout,
               const Callout       *c,
               double               x,
               double               y,
               double              *bx,
               double              *by)
{
  const ScChartRect *b = &layout->bounds, *plot = &layout->plot;
  double w = c->width + 20, h = c->height + 16;

  /* Beside the point, on the side with room, over the plot only: the
   * period labels under it stay readable. */
  *bx = x + 14 + w <= b->x + b->width ? x + 14 : x - 14 - w;
  *bx = round (CLAMP (*bx, b->x, MAX (b->x, b->x + b->width - w)));
  *by = round (CLAMP (y - h / 2, b->y, MAX (b->y, plot->y + plot->height - h)));
}

void
_sc_chart_paint_callout (const ScChartPainter *painter,
                         guint                 index,
                         double                x,
                         double                y)
{
  cairo_t *cr = painter->cr;
  const ScChartStyle *style = painter->style;
  g_autoptr(PangoLayout) bold = pango_layout_copy (painter->text);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (style->font);
  Callout c;
  double bx, by, ty;

  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (bold, font);
  callout_init (&c, painter, bold, index);
  callout_place (painter->layout, &c, x, y, &bx, &by);

  rounded_rectangle (cr, bx, by + 1, c.width + 20, c.height + 16, 6);
  _sc_chart_set_color (cr, &style->foreground, 0.12);
  cairo_fill (cr);
  rounded_rectangle (cr, bx + 0.5, by + 0.5, c.width + 19, c.height + 15, 6);
  _sc_chart_set_color (cr, &style->surface, 1);
  cairo_fill_preserve (cr);
  _sc_chart_set_color (cr, &style->foreground, 0.2);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  bx += 10;
  ty = by + 8;
  _sc_chart_draw_text (cr, bold, c.text.period, bx, ty, 0, 0, &style->foreground);
  ty += c.line + 4;
  for (guint i = 0; i < c.n_rows; i++, ty += c.line)
    {
      _sc_chart_draw_text (cr, painter->text, c.labels[i], bx, ty, 0, 0, &style->dim);
      _sc_chart_draw_text (cr, bold, c.values[i], bx + c.width, ty, 1, 0, &style->foreground);
    }
  if (c.status_line != NULL)
    {
      const ScChartPoint *p = sc_chart_data_get_point (painter->data, index);

      _sc_chart_paint_marker (painter, p->status, bx + SC_CHART_MARKER_R + 1, ty + c.line / 2,
                              SC_CHART_MARKER_R, p->provisional);
      _sc_chart_draw_text (cr, painter->text, c.status_line, bx + 2 * SC_CHART_MARKER_R + 8, ty,
                           0, 0, &style->foreground);
    }
  callout_clear (&c);
}

/* Preparing --------------------------------------------------------------- */

static double
widest_value_label (PangoLayout       *text,
                    const ScChartData *data,
                    const ScChartScale *scale)
{
  double widest = 0, w;

  for (guint i = 0; i < scale->n_ticks; i++)
    {
      g_autofree char *label = sc_chart_format_compact (data, sc_chart_scale_tick (scale, i));

      _sc_chart_text_size (text, label, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

/* Measuring every label of a long series would cost more than drawing it:
 * years all have four digits, and the weeks of a month share its name. */
static double
widest_period_label (PangoLayout       *text,
                     ScChartLabels      labels,
                     const ScChartData *data)
{
  guint n = sc_chart_data_get_n_points (data);
  g_autofree char *previous = NULL;
  double widest = 0, w;

  for (guint i = labels == SC_CHART_LABELS_YEAR ? n - 1 : 0; i < n; i++)
    {
      char *label = sc_chart_label_text (labels, data, i);

      if (g_strcmp0 (label, previous) != 0)
        {
          _sc_chart_text_size (text, label, &w, NULL);
          widest = MAX (widest, w);
        }
      g_free (previous);
      previous = label;
    }
  return widest;
}

void
sc_chart_prepare (ScChartLayout      *layout,
                  cairo_t            *cr,
                  ScChartKind         kind,
                  const ScChartData  *data,
                  const ScChartStyle *style,
                  const ScChartRect  *area)
{
  g_autoptr(PangoLayout) text = NULL;
  ScChartLabels labels = sc_chart_layout_labels_for (kind, data);
  ScChartExtents extents = { 0 };
  ScChartScale scale;

  g_return_if_fail (layout != NULL && cr != NULL && data != NULL && style != NULL);
  g_return_if_fail (area != NULL);

  text = pango_cairo_create_layout (cr);
  pango_layout_set_font_description (text, style->font);
  _sc_chart_text_size (text, "0", NULL, &extents.text_height);

  sc_chart_layout_scale (&scale, kind, data, area->height, extents.text_height);
  if (kind != SC_CHART_SPARKLINE)
    {
      extents.y_label_width = widest_value_label (text, data, &scale);
      extents.x_label_width = widest_period_label (text, labels, data);
    }
  sc_chart_layout_compute (layout, kind, data, area, &scale, &extents);
}

/* Painting ---------------------------------------------------------------- */

void
sc_chart_paint_sparkline (cairo_t             *cr,
                          const ScChartLayout *layout,
                          const ScChartData   *data,
                          const ScChartStyle  *style)
{
  ScChartPainter painter;
  int last = sc_chart_data_last_valued (data);
  const ScChartRect *b = &layout->bounds;

  g_return_if_fail (cr != NULL && layout != NULL && data != NULL && style != NULL);

  _sc_chart_painter_init (&painter, cr, layout, data, style);
  if (style->background.alpha > 0)
    {
      _sc_chart_set_color (cr, &style->background, 1);
      cairo_rectangle (cr, b->x, b->y, b->width, b->height);
      cairo_fill (cr);
    }
  _sc_chart_paint_target (&painter, FALSE, 1);
  _sc_chart_paint_series (&painter, 1.5);
  if (last >= 0)
    {
      const ScChartPoint *p = sc_chart_data_get_point (data, last);

      _sc_chart_paint_marker (&painter, p->status, sc_chart_layout_x (layout, last),
                              sc_chart_layout_y (layout, p->value), 3, p->provisional);
    }
  _sc_chart_painter_clear (&painter);
}

void
sc_chart_paint (cairo_t             *cr,
                const ScChartLayout *layout,
                const ScChartData   *data,
                const ScChartStyle  *style,
                int                  highlight)
{
  g_return_if_fail (layout != NULL);

  switch (layout->kind)
    {
    case SC_CHART_TREND:
      sc_chart_paint_trend (cr, layout, data, style, highlight);
      break;
    case SC_CHART_BARS:
      sc_chart_paint_bars (cr, layout, data, style, highlight);
      break;
    case SC_CHART_SPARKLINE:
    default:
      sc_chart_paint_sparkline (cr, layout, data, style);
      break;
    }
}

void
sc_chart_draw (cairo_t            *cr,
               ScChartKind         kind,
               const ScChartData  *data,
               const ScChartStyle *style,
               const ScChartRect  *area,
               int                 highlight)
{
  ScChartLayout layout;

  cairo_save (cr);
  sc_chart_prepare (&layout, cr, kind, data, style, area);
  sc_chart_paint (cr, &layout, data, style, highlight);
  cairo_restore (cr);
}

/* Output ------------------------------------------------------------------ */

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, SC_CHART_ERROR, SC_CHART_ERROR_FAILED,
               _("Could not write the chart to “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

gboolean
sc_chart_render_png (const ScChartData   *data,
                     ScChartKind          kind,
                     int                  width,
                     int                  height,
                     const ScChartStyle  *style,
                     const char          *path,
                     GError             **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (data != NULL && style != NULL && path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  sc_chart_draw (cr, kind, data, style, &(ScChartRect) { 0, 0, width, height }, -1);
  cairo_destroy (cr);
  ok = check_status (cairo_surface_status (surface), path, error) &&
       check_status (cairo_surface_write_to_png (surface, path), path, error);
  cairo_surface_destroy (surface);
  return ok;
}

gboolean
sc_chart_render_pdf (const ScChartData   *data,
                     ScChartKind          kind,
                     double               width,
                     double               height,
                     const ScChartStyle  *style,
                     const char          *path,
                     GError             **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (data != NULL && style != NULL && path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  sc_chart_draw (cr, kind, data, style, &(ScChartRect) { 0, 0, width, height }, -1);
  cairo_show_page (cr);
  cairo_destroy (cr);
  /* The PDF is written when the surface finishes: check after that. */
  cairo_surface_finish (surface);
  ok = check_status (cairo_surface_status (surface), path, error);
  cairo_surface_destroy (surface);
  return ok;
}
