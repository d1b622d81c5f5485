/* sc-report-sheet.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The weekly meeting sheet, for people without a screen: when the meeting
 * is, its agenda with the minutes of each segment, every active KPI with
 * its latest figure, target, status and trend, the open actions due that
 * week or late with their owners and days late, the topics carried to the
 * meeting, and room for notes.
 *
 * The figures are those the meeting reviews (sc_meeting_review_week ());
 * days late are counted on the company's today, the day the sheet is
 * made, which the sheet states.
 */

#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include "sc-cadence.h"
#include "sc-format.h"
#include "sc-kpi.h"
#include "sc-l10n.h"
#include "sc-meeting.h"
#include "sc-metrics-chart.h"
#include "sc-plan.h"
#include "sc-report-private.h"

/* The formats come from the catalogue of the document's language. */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

typedef struct
{
  ScStore    *store;
  ScMetrics  *metrics;
  ScReport   *report;
  ScLang      lang;
  const char *currency;
  ScCalendar  cal;
  ScDay       week;          /* the meeting's */
  ScDay       meeting;       /* its day */
  ScDay       review_week;   /* whose figures it reviews */
  ScDay       today;
} Sheet;

static const char *
person_name (ScStore *store,
             gint64   id)
{
  ScRecord *person = id ? sc_store_lookup (store, &sc_person_table, id) : NULL;

  return person ? sc_record_get_text (person, SC_PERSON_NAME) : "";
}

/* Header ------------------------------------------------------------------------ */

static void
write_header (Sheet *sheet)
{
  ScReport *report = sheet->report;
  ScRecord *company = SC_RECORD (sc_store_get_company (sheet->store));
  g_autofree char *week = sc_format_week_label (sheet->lang, sheet->week);
  g_autofree char *day = sc_format_date_long (sheet->lang, sheet->meeting, TRUE);
  g_autofree char *time = sc_format_time_of_day (sheet->lang,
                                                 sc_record_get_int (company,
                                                                    SC_COMPANY_MEETING_TIME));
  g_autofree char *length = sc_format_minutes (sheet->lang,
                                               sc_record_get_int (company,
                                                                  SC_COMPANY_MEETING_MINUTES));
  g_autofree char *figures = sc_format_date_long (sheet->lang, sheet->review_week, FALSE);
  g_autofree char *as_of = sc_format_date_long (sheet->lang, sheet->today, FALSE);

  /* Translators: the title of the printed sheet, "Weekly Meeting Sheet —
   * Week of September 29, 2025". */
  report->title = g_strdup_printf (L_(sheet->lang, "Weekly Meeting Sheet — %s"), week);
  /* Translators: "Monday, September 29, 2025 at 8:30 a.m. · 30 min". */
  report->period = g_strdup_printf (L_(sheet->lang, "%s at %s · %s"), day, time, length);
  /* Translators: what the sheet shows: "Figures of the week of September
   * 22, 2025 · actions as of September 26, 2025". */
  report->summary = g_strdup_printf (L_(sheet->lang,
                                        "Figures of the week of %s · actions as of %s"),
                                     figures, as_of);
  /* A sheet posted on a wall is read from a step away. */
  report->max_scale = 1.12;
}

/* Agenda ------------------------------------------------------------------------ */

static void
write_agenda (Sheet *sheet)
{
  ScRecord *company = SC_RECORD (sc_store_get_company (sheet->store));
  g_autoptr(GPtrArray) agenda = sc_meeting_get_agenda (sheet->store);
  int start = sc_record_get_int (company, SC_COMPANY_MEETING_TIME), total = 0;
  g_autofree char *length = NULL;
  ScReportBlock *table;

  for (guint i = 0; i < agenda->len; i++)
    total += sc_record_get_int (g_ptr_array_index (agenda, i), SC_AGENDA_MINUTES);
  length = sc_format_minutes (sheet->lang, total);
  _sc_report_add_heading (sheet->report, L_(sheet->lang, "Agenda"), length);
  table = _sc_report_add_table (sheet->report, G_MAXUINT, NULL);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Time"), 1.1, FALSE, 1);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Segment"), 6, FALSE, 1);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Length"), 1, TRUE, 1);
  for (guint i = 0; i < agenda->len; i++)
    {
      ScRecord *segment = g_ptr_array_index (agenda, i);
      int minutes = sc_record_get_int (segment, SC_AGENDA_MINUTES);
      g_autofree char *time = sc_format_time_of_day (sheet->lang, start);
      g_autofree char *span = sc_format_minutes (sheet->lang, minutes);
      ScReportRow *row = _sc_report_add_row (table);

      _sc_report_set_cell (table, row, 0, time, NULL, SC_REPORT_TEXT_DIM);
      _sc_report_set_cell (table, row, 1, sc_meeting_segment_title (segment, sheet->lang), NULL,
                           SC_REPORT_TEXT_BOLD);
      _sc_report_set_cell (table, row, 2, span, NULL, SC_REPORT_TEXT_PLAIN);
      start += minutes;
    }
}

/* Indicators ---------------------------------------------------------------------- */

/* "Sep 22" for a week (the heading says which week the figures are of),
 * "August 2025" for a month. */
static char *
period_text (Sheet *sheet,
             ScKpi *kpi,
             ScDay  period)
{
  int y, m, d;

  if (sc_kpi_get_frequency (kpi) != SC_FREQUENCY_MONTHLY)
    return sc_format_date_short (sheet->lang, period);
  sc_day_to_ymd (period, &y, &m, &d);
  return sc_format_month_year (sheet->lang, y, m);
}

/* The 13 weeks up to the latest figure, 13 months for a monthly KPI: what
 * the dashboard's tile shows. */
static ScChartData *
trend (Sheet *sheet,
       ScKpi *kpi,
       ScDay  latest)
{
  if (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_MONTHLY)
    return sc_metrics_chart_data (sheet->metrics, kpi, sheet->lang, SC_PERIOD_MONTH,
                                  latest - 12 * 31, latest);
  return sc_metrics_chart_data (sheet->metrics, kpi, sheet->lang, SC_PERIOD_WEEK,
                                latest - 12 * 7, latest);
}

static void
write_kpi (Sheet         *sheet,
           ScReportBlock *table,
           ScKpi         *kpi)
{
  ScReportRow *row = _sc_report_add_row (table);
  g_autofree char *value = NULL;
  g_autofree char *target = NULL;
  g_autofree char *when = NULL;
  ScFigure figure;
  ScDay period;

  _sc_report_set_cell (table, row, 0, sc_kpi_get_name (kpi, sheet->lang),
                       person_name (sheet->store,
                                    sc_record_get_ref (SC_RECORD (kpi), SC_KPI_OWNER_ID)),
                       SC_REPORT_TEXT_BOLD);
  if (!sc_metrics_latest (sheet->metrics, kpi, sheet->review_week, &period, &figure))
    {
      _sc_report_set_cell (table, row, 1, "—", L_(sheet->lang, "No figure yet"),
                           SC_REPORT_TEXT_PLAIN);
      _sc_report_set_status (table, row, 3, SC_STATUS_NONE, FALSE, sheet->lang);
      return;
    }
  value = sc_kpi_format_value (kpi, sheet->lang, sheet->currency, figure.actual, TRUE);
  if (figure.provisional)
    {
      char *marked = g_strconcat ("≈ ", value, NULL);

      g_free (value);
      value = marked;
    }
  target = sc_figure_has_target (&figure)
           ? sc_kpi_format_value (kpi, sheet->lang, sheet->currency, figure.target, TRUE)
           : g_strdup ("—");
  when = period_text (sheet, kpi, period);
  _sc_report_set_cell (table, row, 1, value, when,
                       figure.provisional ? SC_REPORT_TEXT_BOLD | SC_REPORT_TEXT_ITALIC
                                          : SC_REPORT_TEXT_BOLD);
  _sc_report_set_cell (table, row, 2, target, NULL, SC_REPORT_TEXT_PLAIN);
  _sc_report_set_status (table, row, 3, figure.status, figure.provisional, sheet->lang);
  _sc_report_set_chart (table, row, 4, trend (sheet, kpi, period));
}

static void
write_kpis (Sheet *sheet)
{
  g_autoptr(GPtrArray) kpis = sc_metrics_active_kpis (sheet->metrics);
  ScReportBlock *table;

  _sc_report_add_heading (sheet->report, LC_(sheet->lang, "report", "Indicators"), NULL)->legend =
    TRUE;
  table = _sc_report_add_table (sheet->report, 5,
                                L_(sheet->lang, "No active indicator: choose 5 to 7 in the "
                                                "Scorecard."));
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Indicator"), 3.9, FALSE, 2);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Latest"), 1.5, TRUE, 1);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Target"), 1.0, TRUE, 1);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Status"), 1.7, FALSE, 1);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Trend"), 2.4, FALSE, 1);
  for (guint i = 0; i < kpis->len; i++)
    write_kpi (sheet, table, g_ptr_array_index (kpis, i));
}

/* Actions ------------------------------------------------------------------------ */

static gboolean
has_action (GPtrArray *actions,
            ScAction  *action)
{
  for (guint i = 0; i < actions->len; i++)
    if (sc_record_get_id (g_ptr_array_index (actions, i)) == sc_record_get_id (SC_RECORD (action)))
      return TRUE;
  return FALSE;
}

/* What the meeting will go through: late today, due this week, and due in
 * the meeting's week when the sheet is made the week before. */
static GPtrArray *
actions_to_review (Sheet *sheet)
{
  GPtrArray *actions = sc_meeting_actions_to_review (sheet->store, sheet->today);
  g_autoptr(GPtrArray) meeting_week = sc_plan_due_this_week (sheet->store, sheet->meeting);

  for (guint i = 0; i < meeting_week->len; i++)
    if (!has_action (actions, g_ptr_array_index (meeting_week, i)))
      g_ptr_array_add (actions, g_object_ref (g_ptr_array_index (meeting_week, i)));
  return actions;
}

static void
write_action (Sheet         *sheet,
              ScReportBlock *table,
              ScAction      *action)
{
  ScRecord *r = SC_RECORD (action);
  ScReportRow *row = _sc_report_add_row (table);
  guint late = sc_plan_days_late (action, sheet->today);
  g_autofree char *due = sc_format_date_short (sheet->lang, sc_record_get_date (r, SC_ACTION_DUE));
  g_autofree char *days = late > 0 ? g_strdup_printf ("%u", late) : g_strdup ("—");

  _sc_report_set_cell (table, row, 0, sc_record_get_text (r, SC_ACTION_REF), NULL,
                       SC_REPORT_TEXT_DIM);
  _sc_report_set_cell (table, row, 1, sc_record_get_text (r, SC_ACTION_TITLE), NULL,
                       SC_REPORT_TEXT_PLAIN);
  _sc_report_set_cell (table, row, 2, person_name (sheet->store,
                                                   sc_record_get_ref (r, SC_ACTION_OWNER_ID)),
                       NULL, SC_REPORT_TEXT_PLAIN);
  _sc_report_set_cell (table, row, 3, due, NULL, SC_REPORT_TEXT_PLAIN);
  _sc_report_set_cell (table, row, 4, days, NULL,
                       late > 0 ? SC_REPORT_TEXT_BOLD : SC_REPORT_TEXT_DIM);
}

static void
write_actions (Sheet *sheet)
{
  g_autoptr(GPtrArray) actions = actions_to_review (sheet);
  g_autofree char *as_of = sc_format_date_long (sheet->lang, sheet->today, FALSE);
  /* Translators: beside the heading of the actions: "As of September 26, 2025". */
  g_autofree char *aside = g_strdup_printf (L_(sheet->lang, "As of %s"), as_of);
  ScReportBlock *table;

  _sc_report_add_heading (sheet->report, L_(sheet->lang, "Actions due this week or late"), aside);
  table = _sc_report_add_table (sheet->report, 3,
                                L_(sheet->lang, "No action due this week, none late."));
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Ref."), 0.55, FALSE, 1);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Action"), 4.7, FALSE, 2);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Owner"), 2.4, FALSE, 1);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Due"), 0.9, TRUE, 1);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Days late"), 0.85, TRUE, 1);
  for (guint i = 0; i < actions->len; i++)
    write_action (sheet, table, g_ptr_array_index (actions, i));
}

/* Topics ------------------------------------------------------------------------- */

static void
write_topics (Sheet *sheet)
{
  GListModel *topics = sc_store_get_list (sheet->store, &sc_topic_table);
  ScReportBlock *table;

  _sc_report_add_heading (sheet->report, LC_(sheet->lang, "report", "Topics"), NULL);
  table = _sc_report_add_table (sheet->report, 2,
                                L_(sheet->lang, "No topic carried over: bring yours to the "
                                                "meeting."));
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Topic"), 5.25, FALSE, 2);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Owner"), 2.4, FALSE, 1);
  _sc_report_add_column (table, LC_(sheet->lang, "report", "Carried"), 1.6, TRUE, 1);
  /* The list is by id: the oldest topics first, as the meeting takes them. */
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(ScRecord) topic = g_list_model_get_item (topics, i);
      guint carried = sc_record_get_int (topic, SC_TOPIC_CARRIED);
      g_autofree char *times = NULL;
      ScReportRow *row;

      if (sc_record_get_int (topic, SC_TOPIC_STATUS) != SC_TOPIC_OPEN)
        continue;
      times = carried > 0
              ? g_strdup_printf (LN_(sheet->lang, "carried %u time", "carried %u times", carried),
                                 carried)
              : g_strdup (LC_(sheet->lang, "topic", "new"));
      row = _sc_report_add_row (table);
      _sc_report_set_cell (table, row, 0, sc_record_get_text (topic, SC_TOPIC_TITLE), NULL,
                           SC_REPORT_TEXT_PLAIN);
      _sc_report_set_cell (table, row, 1, person_name (sheet->store,
                                                       sc_record_get_ref (topic,
                                                                          SC_TOPIC_OWNER_ID)),
                           NULL, SC_REPORT_TEXT_PLAIN);
      _sc_report_set_cell (table, row, 2, times, NULL,
                           carried > 1 ? SC_REPORT_TEXT_BOLD : SC_REPORT_TEXT_PLAIN);
    }
}

ScReport *
_sc_report_meeting_sheet (ScStore *store,
                          ScDay    day,
                          ScLang   lang)
{
  Sheet sheet = { 0 };

  sheet.store = store;
  sheet.metrics = sc_metrics_for_store (store);
  sheet.lang = lang;
  sheet.currency = sc_record_get_text (SC_RECORD (sc_store_get_company (store)),
                                       SC_COMPANY_CURRENCY);
  sc_store_get_calendar (store, &sheet.cal);
  sheet.week = sc_calendar_week_start (&sheet.cal, day);
  sheet.meeting = sc_cadence_meeting_day (store, sheet.week);
  sheet.review_week = sc_meeting_review_week (store, sheet.meeting);
  sheet.today = sc_store_get_today (store);
  sheet.report = _sc_report_new_empty (store, SC_REPORT_MEETING_SHEET, lang);

  write_header (&sheet);
  write_agenda (&sheet);
  write_kpis (&sheet);
  write_actions (&sheet);
  write_topics (&sheet);
  _sc_report_add_notes_area (sheet.report, L_(lang, "Notes"));
  return sheet.report;
}
