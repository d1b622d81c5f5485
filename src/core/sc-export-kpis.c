/* sc-export-kpis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The KPI sheets of the workbook: the summary (target, actual and
 * variance per month and for the whole period, with the sales chart), the
 * values per month and per week, and the trend charts. Every figure is
 * sc-metrics.h's: months and the period with sc_metrics_figure(), weeks
 * with sc_metrics_week_cell(), as the scorecard shows them.
 */

#define G_LOG_DOMAIN "sc-export"

#include "config.h"

#include <math.h>

#include "sc-export-private.h"
#include "sc-format.h"
#include "sc-l10n.h"

#define ACTUAL_COLOR 0x2E5A88
#define TARGET_COLOR 0xA0A7B0

/* Trend charts: two side by side, two rows of them per printed page. */
#define CHART_ROWS        18
#define CHARTS_PER_PAGE   4
#define CHART_ROW(i)      (3 + ((i) / 2) * CHART_ROWS)

char *
sc_export_kpi_name (ScExport *ex,
                    ScKpi    *kpi)
{
  const char *name = sc_kpi_get_name (kpi, ex->lang);

  if (sc_kpi_is_active (kpi))
    return g_strdup (name);
  /* Translators: a KPI that was dropped but has figures in the period. */
  return sc_export_expand (LC_ (ex->lang, "workbook", "{name} (archived)"), "name", name, NULL);
}

static const char *
status_text (ScExport       *ex,
             const ScFigure *figure)
{
  return figure->status == SC_STATUS_NONE ? NULL : sc_status_get_label (figure->status, ex->lang);
}

static const char *
yes_if (ScExport *ex,
        gboolean  yes)
{
  return yes ? LC_ (ex->lang, "workbook", "Yes") : NULL;
}

static const ScPeriod *
month_at (ScExport *ex,
          guint     i)
{
  return &g_array_index (ex->months, ScPeriod, i);
}

/* The figure of the k-th KPI for the m-th month, or for the whole period
 * when m is the number of months. The summary, its list of provisional
 * figures and the monthly sheet show the same ones: they are computed
 * once, on first use. */
static const ScFigure *
month_figure (ScExport *ex,
              guint     k,
              guint     m)
{
  guint per_kpi = ex->months->len + 1;

  if (ex->figures == NULL)
    {
      ex->figures = g_new (ScFigure, ex->kpis->len * per_kpi);
      for (guint i = 0; i < ex->kpis->len; i++)
        for (guint j = 0; j < per_kpi; j++)
          sc_metrics_figure (ex->metrics, g_ptr_array_index (ex->kpis, i),
                             j < ex->months->len ? month_at (ex, j) : &ex->whole, ex->until,
                             &ex->figures[i * per_kpi + j]);
    }
  return &ex->figures[k * per_kpi + m];
}

/* Charts ------------------------------------------------------------------ */

typedef struct
{
  lxw_row_t first_row, last_row;
  lxw_col_t first_col, last_col;
} Range;

/* A series of the values in values against the categories; NULL when the
 * chart refused it (the error is kept). */
static lxw_chart_series *
add_series (ScExport    *ex,
            lxw_chart   *chart,
            const char  *sheet,
            const Range *categories,
            const Range *values,
            const char  *name)
{
  lxw_chart_series *series = chart_add_series (chart, NULL, NULL);

  if (series == NULL)
    {
      sc_export_check (ex, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart series");
      return NULL;
    }
  chart_series_set_categories (series, sheet, categories->first_row, categories->first_col,
                               categories->last_row, categories->last_col);
  chart_series_set_values (series, sheet, values->first_row, values->first_col,
                           values->last_row, values->last_col);
  chart_series_set_name (series, name);
  return series;
}

/* Summary ----------------------------------------------------------------- */

/* The sales KPI of the chart: the catalogue's, else the first sum of money. */
static ScKpi *
sales_kpi (ScExport *ex)
{
  for (guint i = 0; i < ex->kpis->len; i++)
    if (g_strcmp0 (sc_record_get_text (g_ptr_array_index (ex->kpis, i), SC_KPI_CATALOG_KEY),
                   "K01") == 0)
      return g_ptr_array_index (ex->kpis, i);
  for (guint i = 0; i < ex->kpis->len; i++)
    {
      ScKpi *kpi = g_ptr_array_index (ex->kpis, i);

      if (sc_kpi_get_unit (kpi) == SC_UNIT_CURRENCY && sc_kpi_get_rollup (kpi) == SC_ROLLUP_SUM)
        return kpi;
    }
  return NULL;
}

/* "Gross margin (September 2025), Sales (September 2025)". */
static char *
provisional_list (ScExport *ex)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint k = 0; k < ex->kpis->len; k++)
    for (guint m = 0; m < ex->months->len; m++)
      {
        ScKpi *kpi = g_ptr_array_index (ex->kpis, k);
        g_autofree char *name = NULL;
        g_autofree char *month = NULL;

        if (!month_figure (ex, k, m)->provisional)
          continue;
        name = sc_export_kpi_name (ex, kpi);
        month = sc_format_month_year (ex->lang, month_at (ex, m)->year, month_at (ex, m)->index);
        g_string_append_printf (list, "%s%s (%s)", list->len ? ", " : "", name, month);
      }

  if (list->len == 0)
    return g_strdup (LC_ (ex->lang, "workbook", "None: all figures are final."));
  /* Translators: {list} names the provisional figures of the summary. */
  return sc_export_expand (LC_ (ex->lang, "workbook", "In italics: {list}."),
                           "list", list->str, NULL);
}

static void
summary_heading (ScExport *ex,
                 ScSheet  *sheet)
{
  g_autofree char *first = sc_format_date_long (ex->lang, ex->whole.first_week, FALSE);
  g_autofree char *last = sc_format_date_long (ex->lang, ex->whole.last_day, FALSE);
  g_autofree char *title = NULL;
  g_autofree char *weeks = NULL;
  g_autofree char *provisional = provisional_list (ex);
  GDateTime *now = ex->now;

  /* Translators: the summary's subtitle, {period} is "FY2025". */
  title = sc_export_expand (LC_ (ex->lang, "workbook", "KPI summary — {period}"),
                            "period", ex->period_label, NULL);
  /* Translators: the weeks a workbook covers. */
  weeks = sc_export_expand (LC_ (ex->lang, "workbook",
                                 "Weeks from {first} to {last}; a week counts in the month "
                                 "that contains its Thursday."),
                            "first", first, "last", last, NULL);

  sc_sheet_text (sheet, 0, 0, ex->company, SC_CELL_TITLE);
  sc_sheet_text (sheet, 1, 0, title, SC_CELL_BOLD);
  sc_sheet_text (sheet, 2, 0, LC_ (ex->lang, "workbook", "Period"), SC_CELL_BOLD);
  sc_sheet_text (sheet, 2, 1, weeks, SC_CELL_PLAIN);
  sc_sheet_text (sheet, 3, 0, LC_ (ex->lang, "workbook", "Figures as of"), SC_CELL_BOLD);
  sc_sheet_date (sheet, 3, 1, MIN (ex->today, ex->whole.last_day), SC_CELL_PLAIN);
  sc_sheet_text (sheet, 4, 0, LC_ (ex->lang, "workbook", "Exported on"), SC_CELL_BOLD);
  sc_sheet_date (sheet, 4, 1, sc_day_from_ymd (g_date_time_get_year (now),
                                               g_date_time_get_month (now),
                                               g_date_time_get_day_of_month (now)),
                 SC_CELL_PLAIN);
  sc_sheet_text (sheet, 5, 0, LC_ (ex->lang, "workbook", "Provisional figures"), SC_CELL_BOLD);
  sc_sheet_text (sheet, 5, 1, provisional, SC_CELL_PLAIN);
  sheet->row = 7;
}

/* Five rows per KPI: target, actual, variance, variance %, status; one
 * column per month, then the whole period. */
static void
summary_kpi (ScExport *ex,
             ScSheet  *sheet,
             guint     k)
{
  ScKpi *kpi = g_ptr_array_index (ex->kpis, k);
  const char *labels[] = {
    LC_ (ex->lang, "workbook", "Target"),
    LC_ (ex->lang, "workbook", "Actual"),
    LC_ (ex->lang, "workbook", "Variance"),
    LC_ (ex->lang, "workbook", "Variance %"),
    LC_ (ex->lang, "workbook", "Status"),
  };
  g_autofree char *name = sc_export_kpi_name (ex, kpi);
  lxw_row_t row = sheet->row;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      ScCellFlags rule = i == 0 ? SC_CELL_RULE : 0;

      /* The name on every row, so that a filter keeps it; grey after
       * the first. */
      sc_sheet_text (sheet, row + i, 0, name, i == 0 ? SC_CELL_BOLD | rule : SC_CELL_MUTED);
      sc_sheet_text (sheet, row + i, 1, labels[i], rule);
    }

  for (guint m = 0; m <= ex->months->len; m++)
    {
      ScCellFlags flags = m == ex->months->len ? SC_CELL_TOTAL : 0;
      const ScFigure *fig = month_figure (ex, k, m);
      g_autofree char *status = NULL;

      sc_sheet_figure (sheet, kpi, fig, row, 2 + m, TRUE, flags | SC_CELL_RULE);
      if (fig->provisional && status_text (ex, fig) != NULL)
        /* Translators: a KPI status in the summary when the figure is an
         * estimate. */
        status = sc_export_expand (LC_ (ex->lang, "workbook", "{status} (provisional)"),
                                   "status", status_text (ex, fig), NULL);
      sc_sheet_text (sheet, row + 4, 2 + m, status ? status : status_text (ex, fig), flags);
    }
  sheet->row += G_N_ELEMENTS (labels);
}

static void
summary_chart (ScExport  *ex,
               ScSheet   *sheet,
               ScKpi     *kpi,
               lxw_row_t  target_row)
{
  lxw_chart *chart = workbook_add_chart (ex->workbook, LXW_CHART_COLUMN);
  g_autofree char *name = sc_export_kpi_name (ex, kpi);
  g_autofree char *title = NULL;
  lxw_col_t last = 2 + ex->months->len - 1;
  Range months = { sheet->header_row, sheet->header_row, 2, last };
  lxw_chart_series *actual, *target;
  lxw_chart_options options = { .x_scale = 1.9, .y_scale = 1.25 };
  lxw_row_t breaks[2] = { 0, 0 };

  if (chart == NULL)
    {
      sc_export_check (ex, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart");
      return;
    }
  /* Translators: the summary chart's title; {name} is the sales KPI. */
  title = sc_export_expand (LC_ (ex->lang, "workbook", "{name}: actual and target per month"),
                            "name", name, NULL);
  chart_title_set_name (chart, title);

  actual = add_series (ex, chart, sheet->name, &months,
                       &(Range) { target_row + 1, target_row + 1, 2, last },
                       LC_ (ex->lang, "workbook", "Actual"));
  target = add_series (ex, chart, sheet->name, &months, &(Range) { target_row, target_row, 2, last },
                       LC_ (ex->lang, "workbook", "Target"));
  if (actual == NULL || target == NULL)
    return;
  chart_series_set_fill (actual, &(lxw_chart_fill) { .color = ACTUAL_COLOR });
  chart_series_set_fill (target, &(lxw_chart_fill) { .color = TARGET_COLOR });

  chart_axis_set_num_format (chart->y_axis, sc_export_axis_format (ex, kpi));
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  options.description = title;
  /* The chart prints on a page of its own, whole. */
  breaks[0] = sheet->row + 1;
  sc_export_check (ex, worksheet_set_h_pagebreaks (sheet->ws, breaks), "page break");
  sc_export_check (ex, worksheet_insert_chart_opt (sheet->ws, sheet->row + 1, 0, chart, &options),
                   "summary chart");
}

void
sc_export_summary_sheet (ScExport *ex)
{
  g_autoptr(ScSheet) sheet = sc_sheet_new (ex, LC_ (ex->lang, "sheet name", "Summary"));
  g_autofree ScColumnSpec *columns = g_new0 (ScColumnSpec, ex->months->len + 3);
  g_autofree char **titles = g_new0 (char *, ex->months->len + 1);
  ScKpi *sales = sales_kpi (ex);
  lxw_row_t sales_row = 0;

  summary_heading (ex, sheet);

  columns[0].title = LC_ (ex->lang, "workbook", "KPI");
  columns[0].max_width = 40;
  columns[1].title = LC_ (ex->lang, "workbook", "Figure");
  for (guint m = 0; m < ex->months->len; m++)
    {
      titles[m] = sc_format_month_year (ex->lang, month_at (ex, m)->year, month_at (ex, m)->index);
      columns[2 + m].title = titles[m];
    }
  columns[2 + ex->months->len].title = LC_ (ex->lang, "workbook", "Whole period");
  sc_sheet_columns (sheet, columns, ex->months->len + 3);

  for (guint k = 0; k < ex->kpis->len; k++)
    {
      if (g_ptr_array_index (ex->kpis, k) == sales)
        sales_row = sheet->row;
      summary_kpi (ex, sheet, k);
    }
  for (guint m = 0; m < ex->months->len; m++)
    g_free (titles[m]);

  if (sales != NULL && !sc_export_failed (ex))
    summary_chart (ex, sheet, sales, sales_row);
  sc_sheet_finish (sheet);
  /* Room for the KPI names beside the frozen labels. */
  worksheet_freeze_panes (sheet->ws, sheet->header_row + 1, 2);
  worksheet_activate (sheet->ws);
}

/* Values per month ---------------------------------------------------------- */

/* The columns of a table of values: first, then the figure and its notes,
 * as sc_sheet_figure() and the rows write them. */
static GArray *
value_columns (ScExport           *ex,
               const ScColumnSpec *first,
               guint               n_first)
{
  const ScColumnSpec figure[] = {
    { LC_ (ex->lang, "workbook", "Target"), 0 },
    { LC_ (ex->lang, "workbook", "Actual"), 0 },
    { LC_ (ex->lang, "workbook", "Variance"), 0 },
    { LC_ (ex->lang, "workbook", "Variance %"), 0 },
    { LC_ (ex->lang, "workbook", "Status"), 0 },
    { LC_ (ex->lang, "workbook", "Provisional"), 0 },
    { LC_ (ex->lang, "workbook", "Note"), 50 },
  };
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (ScColumnSpec));

  g_array_append_vals (columns, first, n_first);
  g_array_append_vals (columns, figure, G_N_ELEMENTS (figure));
  return columns;
}

static char *
value_note (GHashTable *notes,
            ScDay       period)
{
  return notes ? g_strdup (g_hash_table_lookup (notes, GUINT_TO_POINTER (period))) : NULL;
}

/* period → note of the KPI's values in the period. */
static GHashTable *
notes_by_period (ScExport *ex,
                 ScKpi    *kpi,
                 ScDay     from)
{
  return sc_store_get_value_notes (ex->store, sc_record_get_id (SC_RECORD (kpi)), from, ex->until,
                                   NULL);
}

static void
monthly_kpi (ScExport *ex,
             ScSheet  *sheet,
             guint     k)
{
  ScKpi *kpi = g_ptr_array_index (ex->kpis, k);
  g_autofree char *name = sc_export_kpi_name (ex, kpi);
  g_autoptr(GHashTable) notes = NULL;
  ScKpiRange range = { kpi, sheet->row, 0 };
  gboolean monthly = sc_kpi_get_frequency (kpi) == SC_FREQUENCY_MONTHLY;

  notes = notes_by_period (ex, kpi, MIN (month_at (ex, 0)->first_day, ex->whole.first_week));
  for (guint m = 0; m < ex->months->len; m++)
    {
      const ScPeriod *month = month_at (ex, m);
      lxw_row_t row = sheet->row++;
      ScDay last_week = MIN (month->last_week, ex->until);
      g_autofree char *label = sc_format_month_year (ex->lang, month->year, month->index);
      g_autofree char *note = NULL;
      const ScFigure *fig = month_figure (ex, k, m);

      sc_sheet_text (sheet, row, 0, name, SC_CELL_PLAIN);
      sc_sheet_text (sheet, row, 1, label, SC_CELL_PLAIN);
      sc_sheet_date (sheet, row, 2, month->first_week, SC_CELL_PLAIN);
      sc_sheet_date (sheet, row, 3, MIN (month->last_week + 6, ex->whole.last_day), SC_CELL_PLAIN);
      sc_sheet_integer (sheet, row, 4, (last_week - month->first_week) / 7 + 1, SC_CELL_PLAIN);
      sc_sheet_figure (sheet, kpi, fig, row, 5, FALSE, SC_CELL_PLAIN);
      sc_sheet_text (sheet, row, 9, status_text (ex, fig), SC_CELL_PLAIN);
      sc_sheet_text (sheet, row, 10, yes_if (ex, fig->provisional), SC_CELL_PLAIN);
      if (monthly)
        note = value_note (notes, sc_day_from_ymd (month->year, month->index, 1));
      sc_sheet_text (sheet, row, 11, note, SC_CELL_WRAP);
    }
  range.last = sheet->row - 1;
  g_array_append_val (ex->monthly_ranges, range);
}

void
sc_export_monthly_sheet (ScExport *ex)
{
  g_autoptr(ScSheet) sheet = sc_sheet_new (ex, LC_ (ex->lang, "sheet name", "Monthly values"));
  const ScColumnSpec first[] = {
    { LC_ (ex->lang, "workbook", "KPI"), 40 },
    { LC_ (ex->lang, "workbook", "Month"), 0 },
    { LC_ (ex->lang, "workbook", "From"), 0 },
    { LC_ (ex->lang, "workbook", "To"), 0 },
    { LC_ (ex->lang, "workbook", "Weeks"), 0 },
  };
  g_autoptr(GArray) columns = value_columns (ex, first, G_N_ELEMENTS (first));

  sc_sheet_columns (sheet, (ScColumnSpec *) columns->data, columns->len);
  for (guint k = 0; k < ex->kpis->len; k++)
    monthly_kpi (ex, sheet, k);
  ex->monthly_sheet = g_strdup (sheet->name);
  sc_sheet_finish (sheet);
}

/* Values per week ------------------------------------------------------------ */

static void
weekly_kpi (ScExport *ex,
            ScSheet  *sheet,
            ScKpi    *kpi)
{
  g_autofree char *name = sc_export_kpi_name (ex, kpi);
  g_autoptr(GHashTable) notes = notes_by_period (ex, kpi, ex->whole.first_week);
  g_autofree char *month = NULL;
  ScPeriod m = { 0 };

  /* A row per week: the KPI's values are read once, not once a row. */
  sc_store_prefetch_values (ex->store, sc_record_get_id (SC_RECORD (kpi)), ex->whole.first_week,
                            ex->until);
  for (ScDay week = ex->whole.first_week; week <= ex->until; week += 7)
    {
      lxw_row_t row = sheet->row++;
      g_autofree char *note = value_note (notes, week);
      ScPeriod w;
      ScFigure fig;

      sc_calendar_week (&ex->cal, week, &w);
      /* Four or five weeks in a row share their month's name. */
      if (week > m.last_week)
        {
          sc_calendar_period_at (&ex->cal, SC_PERIOD_MONTH, week, &m);
          g_free (month);
          month = sc_format_month_year (ex->lang, m.year, m.index);
        }
      sc_metrics_week_cell (ex->metrics, kpi, week, &fig);

      sc_sheet_text (sheet, row, 0, name, SC_CELL_PLAIN);
      sc_sheet_date (sheet, row, 1, week, SC_CELL_PLAIN);
      sc_sheet_integer (sheet, row, 2, w.index, SC_CELL_PLAIN);
      sc_sheet_text (sheet, row, 3, month, SC_CELL_PLAIN);
      sc_sheet_figure (sheet, kpi, &fig, row, 4, FALSE, SC_CELL_PLAIN);
      sc_sheet_text (sheet, row, 8, status_text (ex, &fig), SC_CELL_PLAIN);
      sc_sheet_text (sheet, row, 9, yes_if (ex, fig.provisional), SC_CELL_PLAIN);
      sc_sheet_text (sheet, row, 10, note, SC_CELL_WRAP);
    }
  sc_store_prefetch_values (ex->store, 0, SC_DAY_NONE, SC_DAY_NONE);
}

/* Weekly KPIs only: a monthly KPI has no weekly figure of its own. */
void
sc_export_weekly_sheet (ScExport *ex)
{
  g_autoptr(ScSheet) sheet = sc_sheet_new (ex, LC_ (ex->lang, "sheet name", "Weekly values"));
  const ScColumnSpec first[] = {
    { LC_ (ex->lang, "workbook", "KPI"), 40 },
    { LC_ (ex->lang, "workbook", "Week of"), 0 },
    { LC_ (ex->lang, "workbook", "Week no."), 0 },
    { LC_ (ex->lang, "workbook", "Month"), 0 },
  };
  g_autoptr(GArray) columns = value_columns (ex, first, G_N_ELEMENTS (first));

  sc_sheet_columns (sheet, (ScColumnSpec *) columns->data, columns->len);
  for (guint k = 0; k < ex->kpis->len; k++)
    if (sc_kpi_get_frequency (g_ptr_array_index (ex->kpis, k)) == SC_FREQUENCY_WEEKLY)
      weekly_kpi (ex, sheet, g_ptr_array_index (ex->kpis, k));
  sc_sheet_finish (sheet);
}

/* Trends ---------------------------------------------------------------------- */

static void
add_line (lxw_chart        *chart,
          ScExport         *ex,
          const ScKpiRange *range,
          lxw_col_t         col,
          const char       *name,
          lxw_color_t       color,
          gboolean          dashed)
{
  lxw_chart_series *series = add_series (ex, chart, ex->monthly_sheet,
                                         &(Range) { range->first, range->last, 1, 1 },
                                         &(Range) { range->first, range->last, col, col }, name);
  lxw_chart_line line = { .color = color, .width = 2.25,
                          .dash_type = dashed ? LXW_CHART_LINE_DASH_DASH : 0 };

  if (series == NULL)
    return;
  chart_series_set_line (series, &line);
  if (!dashed)
    {
      chart_series_set_marker_type (series, LXW_CHART_MARKER_CIRCLE);
      chart_series_set_marker_fill (series, &(lxw_chart_fill) { .color = color });
      chart_series_set_marker_line (series, &(lxw_chart_line) { .color = color });
    }
}

static void
trend_chart (ScExport         *ex,
             ScSheet          *sheet,
             const ScKpiRange *range,
             guint             index)
{
  lxw_chart *chart = workbook_add_chart (ex->workbook, LXW_CHART_LINE);
  g_autofree char *name = sc_export_kpi_name (ex, range->kpi);
  lxw_chart_options options = { .x_scale = 1.15, .y_scale = 1.1, .description = name };

  if (chart == NULL)
    {
      sc_export_check (ex, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart");
      return;
    }
  chart_title_set_name (chart, name);
  chart_title_set_name_font (chart, &(lxw_chart_font) { .size = 12, .bold = LXW_TRUE });
  /* The monthly sheet's columns: target in 5, actual in 6. */
  add_line (chart, ex, range, 6, LC_ (ex->lang, "workbook", "Actual"), ACTUAL_COLOR, FALSE);
  add_line (chart, ex, range, 5, LC_ (ex->lang, "workbook", "Target"), TARGET_COLOR, TRUE);
  chart_axis_set_num_format (chart->y_axis, sc_export_axis_format (ex, range->kpi));
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_show_blanks_as (chart, LXW_CHART_BLANKS_AS_GAP);
  sc_export_check (ex, worksheet_insert_chart_opt (sheet->ws, CHART_ROW (index),
                                                   (index % 2) * 9, chart, &options),
                   "trend chart");
}

void
sc_export_trends_sheet (ScExport *ex)
{
  g_autoptr(ScSheet) sheet = sc_sheet_new (ex, LC_ (ex->lang, "sheet name", "Trends"));
  guint n = ex->monthly_ranges->len;
  g_autofree lxw_row_t *breaks = g_new0 (lxw_row_t, n / CHARTS_PER_PAGE + 2);
  g_autofree char *title = NULL;

  /* Translators: the title of the sheet of trend charts. */
  title = sc_export_expand (LC_ (ex->lang, "workbook", "Actual and target per month — {period}"),
                            "period", ex->period_label, NULL);
  sc_sheet_text (sheet, 0, 0, ex->company, SC_CELL_TITLE);
  sc_sheet_text (sheet, 1, 0, title, SC_CELL_BOLD);

  for (guint i = 0; i < n && ex->monthly_sheet != NULL; i++)
    {
      if (i > 0 && i % CHARTS_PER_PAGE == 0)
        breaks[i / CHARTS_PER_PAGE - 1] = CHART_ROW (i);
      if (!sc_export_failed (ex))
        trend_chart (ex, sheet, &g_array_index (ex->monthly_ranges, ScKpiRange, i), i);
    }
  if (breaks[0] != 0 && sheet->ws != NULL)
    sc_export_check (ex, worksheet_set_h_pagebreaks (sheet->ws, breaks), "page breaks");
  sheet->no_gridlines = TRUE;
  sc_sheet_finish (sheet);
}
