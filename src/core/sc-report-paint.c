/* sc-report-paint.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of a report's page around its tables: the header (company,
 * title, period, the tag that says whether the review was held, the
 * summary), the headings (with the legend of the status markers beside
 * the tables that show them), the ruled
 * notes area and the footer. Each part measures and paints with the same
 * code, so what is painted is what was measured.
 */

#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include "sc-format.h"
#include "sc-kpi.h"
#include "sc-l10n.h"
#include "sc-report-layout-private.h"

/* The formats come from the catalogue of the document's language. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

/* Header ----------------------------------------------------------------------- */

static const ScStatus legend_statuses[] = {
  SC_STATUS_ON_TARGET, SC_STATUS_WATCH, SC_STATUS_OFF_TARGET,
};

/* The markers and their words on one line, right-aligned at right, in
 * the report's language; its width. */
static double
paint_legend (ScReportTs *ts,
              double      right,
              double      y,
              gboolean    paint)
{
  double s = ts->scale, r = SC_REPORT_MARKER_R * s, width = 0, x;
  double widths[G_N_ELEMENTS (legend_statuses)];

  for (guint i = 0; i < G_N_ELEMENTS (legend_statuses); i++)
    {
      _sc_report_ts_set (ts, sc_status_get_label (legend_statuses[i], ts->lang),
                         SC_REPORT_DETAIL_PT, SC_REPORT_TEXT_DIM, 0, 1, PANGO_ALIGN_LEFT);
      widths[i] = _sc_report_ts_width (ts);
      width += 2 * r + 4 * s + widths[i] + (i > 0 ? 10 * s : 0);
    }
  if (!paint)
    return width;

  x = right - width;
  for (guint i = 0; i < G_N_ELEMENTS (legend_statuses); i++)
    {
      _sc_report_ts_set (ts, sc_status_get_label (legend_statuses[i], ts->lang),
                         SC_REPORT_DETAIL_PT, SC_REPORT_TEXT_DIM, 0, 1, PANGO_ALIGN_LEFT);
      sc_chart_paint_status_marker (ts->cr, &ts->chart, legend_statuses[i], x + r,
                                    y + _sc_report_ts_line_height (ts) / 2, r, FALSE);
      _sc_report_ts_show (ts, x + 2 * r + 4 * s, y, &sc_report_dim);
      x += 2 * r + 4 * s + widths[i] + 10 * s;
    }
  return width;
}

/* The tag in the top right corner ("Held on September 8, 2025"), in a
 * frame; its width, and its height in *height. */
static double
paint_tag (ScReportTs        *ts,
           const ScReport    *report,
           const ScChartRect *area,
           gboolean           paint,
           double            *height)
{
  double s = ts->scale, pad = 4 * s, w, h;

  if (report->tag == NULL || *report->tag == '\0')
    return 0;
  _sc_report_ts_set (ts, report->tag, SC_REPORT_DETAIL_PT, SC_REPORT_TEXT_BOLD,
                     area->width / 3, 2, PANGO_ALIGN_RIGHT);
  w = _sc_report_ts_width (ts) + 2 * pad;
  h = _sc_report_ts_height (ts) + pad;
  *height = h;
  if (paint)
    {
      double x = area->x + area->width - w;

      cairo_set_source_rgba (ts->cr, sc_report_ink.red, sc_report_ink.green, sc_report_ink.blue,
                             1);
      cairo_set_line_width (ts->cr, 0.8);
      cairo_rectangle (ts->cr, x + 0.4, area->y + 0.4, w - 0.8, h - 0.8);
      cairo_stroke (ts->cr);
      _sc_report_ts_set (ts, report->tag, SC_REPORT_DETAIL_PT, SC_REPORT_TEXT_BOLD, w - 2 * pad,
                         2, PANGO_ALIGN_RIGHT);
      _sc_report_ts_show (ts, x + pad, area->y + pad / 2, &sc_report_ink);
    }
  return w;
}

/* One line of the header: text within width at (x, y); its height. */
static double
header_line (ScReportTs         *ts,
             const char         *text,
             double              size,
             ScReportTextFlags   flags,
             double              x,
             double              y,
             double              width,
             gboolean            paint)
{
  if (text == NULL || *text == '\0')
    return 0;
  _sc_report_ts_set (ts, text, size, flags, width, 2, PANGO_ALIGN_LEFT);
  if (paint)
    _sc_report_ts_show (ts, x, y, flags & SC_REPORT_TEXT_DIM ? &sc_report_dim : &sc_report_ink);
  return _sc_report_ts_height (ts);
}

double
_sc_report_paint_header (ScReportTs        *ts,
                         const ScReport    *report,
                         const ScChartRect *area,
                         gboolean           paint)
{
  double s = ts->scale, x = area->x, w = area->width, y = area->y, title_scale = s;
  double tag_height = 0, tag = paint_tag (ts, report, area, paint, &tag_height);

  /* The tag shares the company's line: the title has the whole width. */
  y += MAX (header_line (ts, report->company, SC_REPORT_COMPANY_PT,
                         SC_REPORT_TEXT_BOLD | SC_REPORT_TEXT_DIM, x, y, w - tag - 12 * s, paint),
            tag_height);
  y += 2 * s;
  /* A title that grew would break into two lines for a few characters. */
  ts->scale = MIN (s, 1);
  y += header_line (ts, report->title, SC_REPORT_TITLE_PT, SC_REPORT_TEXT_BOLD, x, y, w, paint);
  ts->scale = title_scale;
  y += 2 * s;
  y += header_line (ts, report->period, SC_REPORT_PERIOD_PT, SC_REPORT_TEXT_DIM, x, y, w, paint);
  if (report->summary != NULL)
    y += s + header_line (ts, report->summary, SC_REPORT_PERIOD_PT, SC_REPORT_TEXT_PLAIN, x, y, w,
                          paint);
  y += 5 * s;
  if (paint)
    _sc_report_hline (ts->cr, x, y, w, 1.6 * s, &sc_report_accent);
  return y + 3 * s - area->y;
}

/* Footer ----------------------------------------------------------------------- */

double
_sc_report_paint_footer (ScReportTs        *ts,
                         const ScReport    *report,
                         const ScChartRect *area,
                         gboolean           paint)
{
  g_autofree char *day = sc_format_date_long (report->lang, report->printed_on, FALSE);
  /* Translators: the footer of a printed report, "SalesCadence · printed
   * on September 26, 2025". */
  g_autofree char *printed = g_strdup_printf (L_(report->lang, "SalesCadence · printed on %s"),
                                              day);
  /* Translators: the page number of a printed report. */
  g_autofree char *page = g_strdup_printf (L_(report->lang, "Page %u of %u"), 1u, 1u);
  double scale = ts->scale, height;

  /* The footer keeps its size whatever the scale: it is small already. */
  ts->scale = 1;
  _sc_report_ts_set (ts, page, SC_REPORT_FOOTER_PT, SC_REPORT_TEXT_DIM, area->width, 1,
                     PANGO_ALIGN_RIGHT);
  height = 5 + _sc_report_ts_height (ts);
  if (paint)
    {
      double y = area->y + area->height - height;

      _sc_report_hline (ts->cr, area->x, y, area->width, 0.6, &sc_report_rule);
      _sc_report_ts_show (ts, area->x, y + 4, &sc_report_dim);
      _sc_report_ts_set (ts, printed, SC_REPORT_FOOTER_PT, SC_REPORT_TEXT_DIM, area->width * 0.7,
                         1, PANGO_ALIGN_LEFT);
      _sc_report_ts_show (ts, area->x, y + 4, &sc_report_dim);
    }
  ts->scale = scale;
  return height + 4;
}

/* Headings and the notes area ----------------------------------------------------- */

double
_sc_report_paint_heading (ScReportTs          *ts,
                          const ScReportBlock *block,
                          const ScChartRect   *area)
{
  double s = ts->scale, y = area->y + SC_REPORT_HEADING_GAP * s, bar = 3 * s, h, aside = 0;

  if (block->legend)
    aside = paint_legend (ts, 0, 0, FALSE) + 12 * s;
  else if (block->aside != NULL)
    {
      _sc_report_ts_set (ts, block->aside, SC_REPORT_DETAIL_PT, SC_REPORT_TEXT_DIM,
                         area->width / 2, 1, PANGO_ALIGN_RIGHT);
      aside = _sc_report_ts_width (ts) + 12 * s;
    }
  _sc_report_ts_set (ts, block->text, SC_REPORT_HEADING_PT, SC_REPORT_TEXT_BOLD,
                     area->width - aside, 1, PANGO_ALIGN_LEFT);
  h = _sc_report_ts_height (ts);
  _sc_report_ts_set (ts, block->text, SC_REPORT_HEADING_PT, SC_REPORT_TEXT_BOLD,
                     area->width - aside - bar - 5 * s, 1, PANGO_ALIGN_LEFT);
  _sc_report_ts_show (ts, area->x + bar + 5 * s, y, &sc_report_ink);
  cairo_set_source_rgba (ts->cr, sc_report_accent.red, sc_report_accent.green,
                         sc_report_accent.blue, 1);
  cairo_rectangle (ts->cr, area->x, y + h * 0.18, bar, h * 0.64);
  cairo_fill (ts->cr);

  if (block->legend)
    {
      _sc_report_ts_set (ts, "0", SC_REPORT_DETAIL_PT, SC_REPORT_TEXT_DIM, 0, 1,
                         PANGO_ALIGN_LEFT);
      paint_legend (ts, area->x + area->width, y + h - _sc_report_ts_height (ts) - s, TRUE);
    }
  else if (block->aside != NULL)
    {
      _sc_report_ts_set (ts, block->aside, SC_REPORT_DETAIL_PT, SC_REPORT_TEXT_DIM,
                         area->width / 2, 1, PANGO_ALIGN_RIGHT);
      /* On the heading's baseline, more or less: its bottom. */
      _sc_report_ts_show (ts, area->x + area->width / 2, y + h - _sc_report_ts_height (ts) - s,
                          &sc_report_dim);
    }
  return y + h + 3 * s;
}

double
_sc_report_paint_notes_area (ScReportTs          *ts,
                             const ScReportBlock *block,
                             const ScChartRect   *area)
{
  double s = ts->scale, gap = 20 * s, y = area->y + SC_REPORT_HEADING_GAP * s, title;
  double bottom = area->y + area->height;

  _sc_report_ts_set (ts, block->text, SC_REPORT_PERIOD_PT, SC_REPORT_TEXT_BOLD | SC_REPORT_TEXT_DIM,
                     area->width, 1, PANGO_ALIGN_LEFT);
  title = _sc_report_ts_height (ts);
  /* Two lines at least, or it is not worth a title. */
  if (y + title + 2 * gap > bottom)
    return area->y;
  _sc_report_ts_show (ts, area->x, y, &sc_report_dim);
  for (y += title + gap; y <= bottom - 2; y += gap)
    _sc_report_hline (ts->cr, area->x, y, area->width, 0.5, &sc_report_rule);
  return bottom;
}
