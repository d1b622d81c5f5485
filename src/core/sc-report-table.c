/* sc-report-table.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report's tables: column titles, rows of cells (text with a smaller
 * detail line under it, a status marker and its word, or a sparkline),
 * notes across the whole width under a row (a cause, a countermeasure),
 * every other row shaded, and a "… N more" line when the page had no
 * room for every row. Measured and painted by the same code.
 */

#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include "sc-l10n.h"
#include "sc-report-layout-private.h"

/* The formats come from the catalogue of the document's language. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

#define MAX_COLUMNS   12
#define NOTE_INDENT   8.0
#define NOTE_LINES    3

typedef struct
{
  guint  n;
  double x[MAX_COLUMNS];
  double width[MAX_COLUMNS];
} Columns;

static void
columns_init (Columns             *c,
              const ScReportBlock *table,
              double               x,
              double               width,
              double               scale)
{
  double total = 0, gutter = SC_REPORT_GUTTER * scale;

  c->n = MIN (table->columns->len, MAX_COLUMNS);
  for (guint i = 0; i < c->n; i++)
    total += g_array_index (table->columns, ScReportColumn, i).weight;
  for (guint i = 0; i < c->n; i++)
    {
      const ScReportColumn *column = &g_array_index (table->columns, ScReportColumn, i);

      c->width[i] = (width - gutter * (c->n - 1)) * column->weight / MAX (total, 1e-6);
      c->x[i] = x;
      x += c->width[i] + gutter;
    }
}

static const ScReportColumn *
column_at (const ScReportBlock *table,
           guint                i)
{
  return &g_array_index (table->columns, ScReportColumn, i);
}

/* Cells ------------------------------------------------------------------------ */

static double
marker_space (ScReportTs         *ts,
              const ScReportCell *cell)
{
  return cell->marker ? 2 * SC_REPORT_MARKER_R * ts->scale + 4 * ts->scale : 0;
}

/* Paints (or only measures) a cell whose top left corner is (x, y);
 * returns its height. */
static double
paint_cell (ScReportTs           *ts,
            const ScReportColumn *column,
            const ScReportCell   *cell,
            double                x,
            double                y,
            double                width,
            gboolean              paint)
{
  PangoAlignment align = column->numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  double s = ts->scale, indent = marker_space (ts, cell), height;

  if (cell->chart != NULL)
    {
      if (paint)
        sc_chart_draw (ts->cr, SC_CHART_SPARKLINE, cell->chart, &ts->chart,
                       &(ScChartRect) { x, y, width, SC_REPORT_SPARK_H * s }, -1);
      return SC_REPORT_SPARK_H * s;
    }

  _sc_report_ts_set (ts, cell->text, SC_REPORT_BODY_PT, cell->flags, width - indent,
                     column->max_lines, align);
  height = _sc_report_ts_height (ts);
  if (paint)
    {
      if (cell->marker)
        sc_chart_paint_status_marker (ts->cr, &ts->chart, cell->status,
                                      x + SC_REPORT_MARKER_R * s + 0.5,
                                      y + _sc_report_ts_line_height (ts) / 2,
                                      SC_REPORT_MARKER_R * s, cell->hollow);
      _sc_report_ts_show (ts, x + indent, y,
                          cell->flags & SC_REPORT_TEXT_DIM ? &sc_report_dim : &sc_report_ink);
    }
  if (cell->detail != NULL)
    {
      _sc_report_ts_set (ts, cell->detail, SC_REPORT_DETAIL_PT, SC_REPORT_TEXT_DIM, width - indent,
                         column->max_lines, align);
      if (paint)
        _sc_report_ts_show (ts, x + indent, y + height, &sc_report_dim);
      height += _sc_report_ts_height (ts);
    }
  return height;
}

/* "Cause: …" in bold then the text, across the row. */
static double
paint_note (ScReportTs         *ts,
            const ScReportNote *note,
            double              x,
            double              y,
            double              width,
            gboolean            paint)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", note->label, note->text);

  _sc_report_ts_set_markup (ts, markup, SC_REPORT_DETAIL_PT + 0.3, width, NOTE_LINES);
  if (paint)
    _sc_report_ts_show (ts, x, y, &sc_report_ink);
  return _sc_report_ts_height (ts);
}

/* A row's cells and notes; its height, padding included. */
static double
paint_row (ScReportTs          *ts,
           const ScReportBlock *table,
           const Columns       *c,
           const ScReportRow   *row,
           double               y,
           gboolean             paint)
{
  double s = ts->scale, pad = SC_REPORT_PAD_V * s, cells = 0, notes = 0;
  double x = c->x[0], width = c->x[c->n - 1] + c->width[c->n - 1] - x;

  for (guint i = 0; i < c->n; i++)
    cells = MAX (cells, paint_cell (ts, column_at (table, i), &row->cells[i], c->x[i], y + pad,
                                    c->width[i], paint));
  for (guint i = 0; i < row->notes->len; i++)
    notes += paint_note (ts, g_ptr_array_index (row->notes, i), x + NOTE_INDENT * s,
                         y + pad + cells + s + notes, width - NOTE_INDENT * s, paint);
  return cells + (notes > 0 ? notes + s : 0) + 2 * pad;
}

static double
paint_titles (ScReportTs          *ts,
              const ScReportBlock *table,
              const Columns       *c,
              double               y,
              gboolean             paint)
{
  double height = 0;

  for (guint i = 0; i < c->n; i++)
    {
      const ScReportColumn *column = column_at (table, i);

      _sc_report_ts_set (ts, column->title, SC_REPORT_HEAD_PT,
                         SC_REPORT_TEXT_BOLD | SC_REPORT_TEXT_DIM, c->width[i], 2,
                         column->numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      height = MAX (height, _sc_report_ts_height (ts));
    }
  if (!paint)
    return height;
  /* Titles sit on the rule under them, whatever their number of lines. */
  for (guint i = 0; i < c->n; i++)
    {
      const ScReportColumn *column = column_at (table, i);

      _sc_report_ts_set (ts, column->title, SC_REPORT_HEAD_PT,
                         SC_REPORT_TEXT_BOLD | SC_REPORT_TEXT_DIM, c->width[i], 2,
                         column->numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      _sc_report_ts_show (ts, c->x[i], y + height - _sc_report_ts_height (ts), &sc_report_dim);
    }
  return height;
}

/* "… 12 more" (the rows the page had no room for), or what an empty
 * table says. */
static double
paint_remark (ScReportTs    *ts,
              const char    *text,
              const Columns *c,
              double         y,
              gboolean       paint)
{
  double pad = SC_REPORT_PAD_V * ts->scale;

  _sc_report_ts_set (ts, text, SC_REPORT_BODY_PT, SC_REPORT_TEXT_ITALIC | SC_REPORT_TEXT_DIM,
                     c->x[c->n - 1] + c->width[c->n - 1] - c->x[0], 2, PANGO_ALIGN_LEFT);
  if (paint)
    _sc_report_ts_show (ts, c->x[0], y + pad, &sc_report_dim);
  return _sc_report_ts_height (ts) + 2 * pad;
}

static char *
more_text (const ScReportBlock *table,
           ScLang               lang)
{
  guint n = table->rows->len - table->shown;

  /* Translators: the last line of a table cut for lack of room on the
   * page: "… 12 more". */
  return g_strdup_printf (LN_ (lang, "… %u more", "… %u more", n), n);
}

/* Measuring and painting ------------------------------------------------------------ */

static double
table_top (ScReportTs          *ts,
           const ScReportBlock *table,
           const Columns       *c,
           double               y,
           gboolean             paint)
{
  double s = ts->scale, titles = paint_titles (ts, table, c, y + 2 * s, paint);

  if (paint)
    _sc_report_hline (ts->cr, c->x[0], y + titles + 3.5 * s,
                      c->x[c->n - 1] + c->width[c->n - 1] - c->x[0], 0.8 * s, &sc_report_ink);
  return titles + 4 * s;
}

double
_sc_report_measure_table (ScReportTs          *ts,
                          const ScReportBlock *table,
                          double               width,
                          ScReportSize        *size)
{
  double s = ts->scale, fixed;
  Columns c;

  columns_init (&c, table, 0, width, s);
  size->rows = g_array_sized_new (FALSE, FALSE, sizeof (double), table->rows->len);
  for (guint i = 0; i < table->rows->len; i++)
    {
      double h = paint_row (ts, table, &c, g_ptr_array_index (table->rows, i), 0, FALSE);

      g_array_append_val (size->rows, h);
    }
  size->more = paint_remark (ts, "…", &c, 0, FALSE);
  fixed = table_top (ts, table, &c, 0, FALSE) + 6 * s;
  if (table->rows->len == 0)
    fixed += paint_remark (ts, table->empty ? table->empty : "—", &c, 0, FALSE);
  return fixed;
}

double
_sc_report_paint_table (ScReportTs          *ts,
                        const ScReportBlock *table,
                        const ScReportSize  *size,
                        const ScChartRect   *area)
{
  double s = ts->scale, y = area->y;
  Columns c;

  columns_init (&c, table, area->x, area->width, s);
  y += table_top (ts, table, &c, y, TRUE);
  for (guint i = 0; i < table->shown; i++)
    {
      double h = g_array_index (size->rows, double, i);

      if (i % 2 == 1)
        {
          cairo_set_source_rgba (ts->cr, sc_report_shade.red, sc_report_shade.green,
                                 sc_report_shade.blue, 1);
          cairo_rectangle (ts->cr, area->x, y, area->width, h);
          cairo_fill (ts->cr);
        }
      paint_row (ts, table, &c, g_ptr_array_index (table->rows, i), y, TRUE);
      y += h;
    }
  if (table->shown < table->rows->len)
    {
      g_autofree char *more = more_text (table, ts->lang);

      y += paint_remark (ts, more, &c, y, TRUE);
    }
  if (table->rows->len == 0)
    y += paint_remark (ts, table->empty ? table->empty : "—", &c, y, TRUE);
  _sc_report_hline (ts->cr, area->x, y + 0.5 * s, area->width, 0.6 * s, &sc_report_rule);
  return y + 6 * s;
}
