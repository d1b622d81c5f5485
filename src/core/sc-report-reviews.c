/* sc-report-reviews.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The monthly variance review and the quarterly review as one page each,
 * from what their content modules say (the screen shows the same words):
 * for the month, each KPI's target, actual, variance, year to date, pace
 * needed and status, with its cause and countermeasure under it, and the
 * sales of the fiscal year month by month against their target; for the
 * quarter, the keep / modify / drop decisions with their reasons and
 * changes, by KPIs, priority objectives and actions.
 */

#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include "sc-format.h"
#include "sc-kpi.h"
#include "sc-l10n.h"
#include "sc-metrics-chart.h"
#include "sc-report-private.h"

/* The formats come from the catalogue of the document's language. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

#define BARS_HEIGHT 112.0

/* Monthly review ---------------------------------------------------------------- */

static void
write_notes (ScReportRow                      *row,
             const ScMonthlyReviewContentLine *line,
             ScLang                            lang)
{
  gboolean asked = line->status == SC_STATUS_OFF_TARGET;

  /* An off-target KPI asks for both: a blank says it is still missing. */
  if (asked || *line->cause != '\0')
    _sc_report_add_note (row, LC_(lang, "report", "Cause:"), *line->cause ? line->cause : "—");
  if (asked || *line->countermeasure != '\0')
    _sc_report_add_note (row, LC_(lang, "report", "Countermeasure:"),
                         *line->countermeasure ? line->countermeasure : "—");
  if (*line->action != '\0')
    _sc_report_add_note (row, LC_(lang, "report", "Action:"), line->action);
  if (line->changed != NULL)
    _sc_report_add_note (row, LC_(lang, "report", "Since then:"), line->changed);
}

static void
write_line (ScReportBlock                    *table,
            const ScMonthlyReviewContentLine *line,
            ScLang                            lang)
{
  ScReportRow *row = _sc_report_add_row (table);
  ScReportTextFlags figure = line->provisional ? SC_REPORT_TEXT_ITALIC : SC_REPORT_TEXT_PLAIN;
  g_autofree char *variance = NULL;
  g_autofree char *ytd = NULL;

  if (line->has_variance)
    /* Translators: under a variance: "−8.1% · unfavourable". */
    variance = g_strdup_printf (L_(lang, "%s · %s"), line->variance_percent,
                                line->variance_word);
  /* Translators: under the year to date: "of $7,050K · −3.4%". */
  ytd = g_strdup_printf (L_(lang, "of %s · %s"), line->ytd_target, line->ytd_variance);

  _sc_report_set_cell (table, row, 0, line->name, line->owner, SC_REPORT_TEXT_BOLD);
  _sc_report_set_cell (table, row, 1, line->target, NULL, SC_REPORT_TEXT_PLAIN);
  _sc_report_set_cell (table, row, 2, line->actual, NULL, figure | SC_REPORT_TEXT_BOLD);
  _sc_report_set_cell (table, row, 3, line->has_variance ? line->variance : "—", variance,
                       SC_REPORT_TEXT_PLAIN);
  _sc_report_set_cell (table, row, 4, line->ytd_actual, ytd, SC_REPORT_TEXT_PLAIN);
  _sc_report_set_cell (table, row, 5, line->pace, line->pace_detail, SC_REPORT_TEXT_PLAIN);
  _sc_report_set_status (table, row, 6, line->status, line->provisional, lang);
  write_notes (row, line, lang);
}

static void
write_variances (ScReport                     *report,
                 const ScMonthlyReviewContent *content)
{
  ScLang lang = report->lang;
  ScReportBlock *table;

  _sc_report_add_heading (report, LC_(lang, "report", "Indicators of the month"), NULL)->legend =
    TRUE;
  table = _sc_report_add_table (report, 7, L_(lang, "No active indicator this month."));
  _sc_report_add_column (table, LC_(lang, "report", "Indicator"), 2.25, FALSE, 3);
  _sc_report_add_column (table, LC_(lang, "report", "Target"), 0.8, TRUE, 1);
  _sc_report_add_column (table, LC_(lang, "report", "Actual"), 0.85, TRUE, 1);
  _sc_report_add_column (table, LC_(lang, "report", "Variance"), 1.45, TRUE, 2);
  _sc_report_add_column (table, LC_(lang, "report", "Year to date"), 1.6, TRUE, 2);
  _sc_report_add_column (table, LC_(lang, "report", "Pace needed"), 2.2, TRUE, 2);
  _sc_report_add_column (table, LC_(lang, "report", "Status"), 1.4, FALSE, 2);
  for (guint i = 0; i < content->lines->len; i++)
    write_line (table, g_ptr_array_index (content->lines, i), lang);
}

/* The KPI the bars show: the first in the scorecard counted in money and
 * summed, the sales; NULL when there is none. */
static ScKpi *
sales_kpi (ScMetrics *metrics)
{
  g_autoptr(GPtrArray) kpis = sc_metrics_active_kpis (metrics);

  for (guint i = 0; i < kpis->len; i++)
    {
      ScKpi *kpi = g_ptr_array_index (kpis, i);

      if (sc_kpi_get_unit (kpi) == SC_UNIT_CURRENCY && sc_kpi_get_rollup (kpi) == SC_ROLLUP_SUM)
        return kpi;
    }
  return NULL;
}

/* The months of the fiscal year up to the reviewed one, against target. */
static void
write_bars (ScReport       *report,
            ScStore        *store,
            const ScPeriod *month)
{
  ScMetrics *metrics = sc_metrics_for_store (store);
  ScKpi *kpi = sales_kpi (metrics);
  g_autofree char *title = NULL;
  g_autofree char *year_name = NULL;
  ScCalendar cal;
  ScPeriod year;

  if (kpi == NULL)
    return;
  sc_store_get_calendar (store, &cal);
  sc_calendar_year (&cal, month->fiscal_year, &year);
  year_name = sc_format_fiscal_year (report->lang, &cal, month->fiscal_year);
  /* Translators: the heading of the bar chart: "Sales, month by month,
   * against the target". */
  title = g_strdup_printf (L_(report->lang, "%s, month by month, against the target"),
                           sc_kpi_get_name (kpi, report->lang));
  _sc_report_add_heading (report, title, year_name);
  _sc_report_add_chart (report, SC_CHART_BARS,
                        sc_metrics_chart_data (metrics, kpi, report->lang, SC_PERIOD_MONTH,
                                               year.first_week, month->last_week),
                        BARS_HEIGHT);
}

ScReport *
_sc_report_monthly (ScMonthlyReviewSession *session,
                    ScLang                  lang)
{
  g_autoptr(ScMonthlyReviewContent) content = sc_monthly_review_session_dup_content (session,
                                                                                     lang);
  ScStore *store = sc_monthly_review_session_get_store (session);
  ScReport *report = _sc_report_new_empty (store, SC_REPORT_MONTHLY_REVIEW, lang);

  report->title = g_strdup (content->title);
  report->period = g_strdup (content->period);
  report->tag = g_strdup (content->held);
  report->summary = g_strdup (content->summary);
  write_variances (report, content);
  write_bars (report, store, sc_monthly_review_session_get_month (session));
  if (content->notes != NULL && *content->notes != '\0')
    {
      _sc_report_add_heading (report, LC_(lang, "report", "Notes of the review"), NULL);
      _sc_report_add_paragraph (report, content->notes, SC_REPORT_TEXT_PLAIN);
    }
  if (*content->footnote != '\0')
    _sc_report_add_paragraph (report, content->footnote,
                              SC_REPORT_TEXT_SMALL | SC_REPORT_TEXT_DIM);
  return report;
}

/* Quarterly review ---------------------------------------------------------------- */

static void
write_item (ScReportBlock                      *table,
            const ScQuarterlyReviewContentItem *item)
{
  ScReportRow *row = _sc_report_add_row (table);
  g_autofree char *title = *item->ref ? g_strdup_printf ("%s · %s", item->ref, item->title)
                                      : g_strdup (item->title);
  /* A finished action needs no decision: "To decide" would mislead. */
  gboolean idle = item->decision == SC_DECISION_NONE && !item->required;

  _sc_report_set_cell (table, row, 0, title, item->owner, SC_REPORT_TEXT_PLAIN);
  _sc_report_set_cell (table, row, 1, item->state, NULL, SC_REPORT_TEXT_PLAIN);
  _sc_report_set_cell (table, row, 2, idle ? "—" : item->decision_label, NULL,
                       idle ? SC_REPORT_TEXT_DIM : SC_REPORT_TEXT_BOLD);
  _sc_report_set_cell (table, row, 3, *item->reason ? item->reason : "—", item->changes,
                       *item->reason ? SC_REPORT_TEXT_PLAIN : SC_REPORT_TEXT_DIM);
}

static void
write_decisions (ScReport                       *report,
                 const ScQuarterlyReviewContent *content,
                 ScItemKind                      kind,
                 const char                     *heading,
                 guint                           keep)
{
  ScLang lang = report->lang;
  ScReportBlock *table;

  _sc_report_add_heading (report, heading, NULL);
  table = _sc_report_add_table (report, keep, L_(lang, "Nothing to decide."));
  _sc_report_add_column (table, LC_(lang, "report", "Item"), 3.5, FALSE, 2);
  _sc_report_add_column (table, LC_(lang, "report", "At the review"), 2.1, FALSE, 2);
  _sc_report_add_column (table, LC_(lang, "report", "Decision"), 1.3, FALSE, 1);
  _sc_report_add_column (table, LC_(lang, "report", "Reason and changes"), 3.5, FALSE, 3);
  for (guint i = 0; i < content->items->len; i++)
    {
      const ScQuarterlyReviewContentItem *item = g_ptr_array_index (content->items, i);

      if (item->kind == kind)
        write_item (table, item);
    }
}

ScReport *
_sc_report_quarterly (ScQuarterlyReviewSession *session,
                      ScLang                    lang)
{
  g_autoptr(ScQuarterlyReviewContent) content =
    sc_quarterly_review_session_dup_content (session, lang);
  ScStore *store = sc_quarterly_review_session_get_store (session);
  ScReport *report = _sc_report_new_empty (store, SC_REPORT_QUARTERLY_REVIEW, lang);

  report->title = g_strdup (content->title);
  report->period = g_strdup (content->period);
  report->tag = g_strdup (content->held);
  /* Translators: "12 decisions: 9 kept, 3 modified, 1 dropped · Plan of Q2
   * FY2025: 3 objectives and 3 actions carried over". */
  report->summary = g_strdup_printf (L_(lang, "%s · %s"), content->summary, content->next_plan);
  write_decisions (report, content, SC_ITEM_KPI, LC_(lang, "report", "Indicators"), 7);
  write_decisions (report, content, SC_ITEM_PRIORITY, L_(lang, "Priority objectives"), 5);
  write_decisions (report, content, SC_ITEM_ACTION, L_(lang, "Actions"), 4);
  return report;
}
