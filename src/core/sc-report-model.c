/* sc-report-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page model of a report: blocks, tables, cells, notes.
 */

#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include "sc-kpi.h"
#include "sc-l10n.h"
#include "sc-report-private.h"

static void
row_free (gpointer data)
{
  ScReportRow *row = data;

  g_clear_pointer (&row->notes, g_ptr_array_unref);
  g_free (row->cells);
  g_free (row);
}

static void
note_free (gpointer data)
{
  ScReportNote *note = data;

  g_free (note->label);
  g_free (note->text);
  g_free (note);
}

static void
cells_clear (ScReportBlock *table,
             ScReportRow   *row)
{
  for (guint i = 0; i < table->columns->len; i++)
    {
      g_free (row->cells[i].text);
      g_free (row->cells[i].detail);
      g_clear_pointer (&row->cells[i].chart, sc_chart_data_free);
    }
}

static void
block_free (gpointer data)
{
  ScReportBlock *block = data;

  if (block->rows != NULL)
    for (guint i = 0; i < block->rows->len; i++)
      cells_clear (block, g_ptr_array_index (block->rows, i));
  if (block->columns != NULL)
    for (guint i = 0; i < block->columns->len; i++)
      g_free (g_array_index (block->columns, ScReportColumn, i).title);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->columns, g_array_unref);
  g_clear_pointer (&block->chart, sc_chart_data_free);
  g_free (block->text);
  g_free (block->aside);
  g_free (block->empty);
  g_free (block);
}

ScReport *
_sc_report_new_empty (ScStore      *store,
                      ScReportKind  kind,
                      ScLang        lang)
{
  ScReport *report = g_new0 (ScReport, 1);
  ScRecord *company = SC_RECORD (sc_store_get_company (store));

  report->kind = kind;
  report->lang = lang;
  report->company_path = g_strdup (sc_store_get_path (store));
  report->company = g_strdup (company ? sc_record_get_text (company, SC_COMPANY_NAME) : "");
  report->blocks = g_ptr_array_new_with_free_func (block_free);
  /* The day the page comes out of the printer, not the company's "today"
   * (a file may have a fixed one): the reader wants to know how fresh it is. */
  report->printed_on = sc_day_today ();
  report->max_scale = 1;
  report->scale = 1;
  return report;
}

void
sc_report_free (ScReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->blocks, g_ptr_array_unref);
  g_free (report->company_path);
  g_free (report->company);
  g_free (report->title);
  g_free (report->period);
  g_free (report->tag);
  g_free (report->summary);
  g_free (report);
}

static ScReportBlock *
add_block (ScReport          *report,
           ScReportBlockKind  kind,
           const char        *text)
{
  ScReportBlock *block = g_new0 (ScReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (report->blocks, block);
  return block;
}

ScReportBlock *
_sc_report_add_heading (ScReport   *report,
                        const char *text,
                        const char *aside)
{
  ScReportBlock *block = add_block (report, SC_REPORT_BLOCK_HEADING, text);

  block->aside = g_strdup (aside);
  return block;
}

ScReportBlock *
_sc_report_add_paragraph (ScReport          *report,
                          const char        *text,
                          ScReportTextFlags  flags)
{
  ScReportBlock *block = add_block (report, SC_REPORT_BLOCK_PARAGRAPH, text);

  block->flags = flags;
  return block;
}

ScReportBlock *
_sc_report_add_table (ScReport   *report,
                      guint       keep,
                      const char *empty)
{
  ScReportBlock *block = add_block (report, SC_REPORT_BLOCK_TABLE, NULL);

  block->columns = g_array_new (FALSE, TRUE, sizeof (ScReportColumn));
  block->rows = g_ptr_array_new_with_free_func (row_free);
  block->keep = keep;
  block->empty = g_strdup (empty);
  return block;
}

void
_sc_report_add_column (ScReportBlock *table,
                       const char    *title,
                       double         weight,
                       gboolean       numeric,
                       guint          max_lines)
{
  ScReportColumn column = { g_strdup (title), weight, numeric, MAX (max_lines, 1) };

  g_return_if_fail (table->kind == SC_REPORT_BLOCK_TABLE && table->rows->len == 0);
  g_array_append_val (table->columns, column);
}

ScReportRow *
_sc_report_add_row (ScReportBlock *table)
{
  ScReportRow *row = g_new0 (ScReportRow, 1);

  g_return_val_if_fail (table->kind == SC_REPORT_BLOCK_TABLE, NULL);

  row->cells = g_new0 (ScReportCell, table->columns->len);
  for (guint i = 0; i < table->columns->len; i++)
    row->cells[i].text = g_strdup ("");
  row->notes = g_ptr_array_new_with_free_func (note_free);
  g_ptr_array_add (table->rows, row);
  return row;
}

ScReportCell *
_sc_report_set_cell (ScReportBlock     *table,
                     ScReportRow       *row,
                     guint              column,
                     const char        *text,
                     const char        *detail,
                     ScReportTextFlags  flags)
{
  ScReportCell *cell;

  g_return_val_if_fail (column < table->columns->len, NULL);

  cell = &row->cells[column];
  g_free (cell->text);
  cell->text = g_strdup (text ? text : "");
  g_free (cell->detail);
  cell->detail = detail && *detail ? g_strdup (detail) : NULL;
  cell->flags = flags;
  return cell;
}

void
_sc_report_set_status (ScReportBlock *table,
                       ScReportRow   *row,
                       guint          column,
                       ScStatus       status,
                       gboolean       provisional,
                       ScLang         lang)
{
  ScReportCell *cell = _sc_report_set_cell (table, row, column,
                                            status == SC_STATUS_NONE
                                            ? "—" : sc_status_get_label (status, lang),
                                            NULL, SC_REPORT_TEXT_PLAIN);

  if (cell == NULL)
    return;
  cell->marker = status != SC_STATUS_NONE;
  cell->status = status;
  cell->hollow = provisional;
  if (provisional)
    {
      g_free (cell->detail);
      cell->detail = g_strdup (LC_ (lang, "chart", "provisional"));
    }
}

void
_sc_report_set_chart (ScReportBlock *table,
                      ScReportRow   *row,
                      guint          column,
                      ScChartData   *data)
{
  ScReportCell *cell = _sc_report_set_cell (table, row, column, NULL, NULL, SC_REPORT_TEXT_PLAIN);

  if (cell == NULL)
    {
      sc_chart_data_free (data);
      return;
    }
  g_clear_pointer (&cell->chart, sc_chart_data_free);
  cell->chart = data;
}

void
_sc_report_add_note (ScReportRow *row,
                     const char  *label,
                     const char  *text)
{
  ScReportNote *note = g_new0 (ScReportNote, 1);

  note->label = g_strdup (label);
  note->text = g_strdup (text ? text : "");
  g_ptr_array_add (row->notes, note);
}

ScReportBlock *
_sc_report_add_chart (ScReport    *report,
                      ScChartKind  kind,
                      ScChartData *data,
                      double       height)
{
  ScReportBlock *block = add_block (report, SC_REPORT_BLOCK_CHART, NULL);

  block->chart_kind = kind;
  block->chart = data;
  block->chart_height = height;
  return block;
}

void
_sc_report_add_notes_area (ScReport   *report,
                           const char *title)
{
  add_block (report, SC_REPORT_BLOCK_NOTES_AREA, title);
}
