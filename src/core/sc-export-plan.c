/* sc-export-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheets of the cadence: the action plan (days late and slips from
 * sc-plan.h), the meetings held, the monthly variance reviews and the
 * quarterly keep/modify/drop reviews. Every table has its header row even
 * when there is nothing to list yet.
 */

#define G_LOG_DOMAIN "sc-export"

#include "config.h"

#include <math.h>

#include "sc-export-private.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-minutes.h"
#include "sc-plan.h"

/* Names of what records point to ---------------------------------------------- */

static const char *
person_name (ScExport *ex,
             gint64    id)
{
  ScRecord *person = sc_store_lookup (ex->store, &sc_person_table, id);

  return person ? sc_record_get_text (person, SC_PERSON_NAME) : NULL;
}

static char *
kpi_name (ScExport *ex,
          gint64    id)
{
  ScRecord *kpi = sc_store_lookup (ex->store, &sc_kpi_table, id);

  return kpi ? sc_export_kpi_name (ex, SC_KPI (kpi)) : NULL;
}

/* "A03 — Ramener le délai…", "O1 — Faire passer…". */
static char *
ref_and_title (ScRecord *record,
               guint     ref_column,
               guint     title_column)
{
  const char *ref = sc_record_get_text (record, ref_column);
  const char *title = sc_record_get_text (record, title_column);

  if (ref[0] == '\0')
    return g_strdup (title);
  return g_strconcat (ref, " — ", title, NULL);
}

static char *
action_name (ScExport *ex,
             gint64    id)
{
  ScRecord *action = sc_store_lookup (ex->store, &sc_action_table, id);

  return action ? ref_and_title (action, SC_ACTION_REF, SC_ACTION_TITLE) : NULL;
}

static char *
priority_name (ScExport *ex,
               gint64    id)
{
  ScRecord *priority = sc_store_lookup (ex->store, &sc_priority_table, id);

  return priority ? ref_and_title (priority, SC_PRIORITY_REF, SC_PRIORITY_TITLE) : NULL;
}

static gboolean
overlaps (ScExport       *ex,
          const ScPeriod *period)
{
  return period->first_week <= ex->whole.last_week && period->last_week >= ex->whole.first_week;
}

/* Action plan ----------------------------------------------------------------- */

static const char *
action_status (ScExport *ex,
               gint64    status)
{
  switch (status)
    {
    case SC_ACTION_DONE:
      return LC_ (ex->lang, "action status", "Done");
    case SC_ACTION_DROPPED:
      return LC_ (ex->lang, "action status", "Dropped");
    case SC_ACTION_OPEN:
    default:
      return LC_ (ex->lang, "action status", "Open");
    }
}

static int
compare_actions (gconstpointer a,
                 gconstpointer b)
{
  ScRecord *x = *(ScRecord **) a, *y = *(ScRecord **) b;
  gint64 qx = sc_record_get_int (x, SC_ACTION_FISCAL_YEAR) * 4 + sc_record_get_int (x, SC_ACTION_QUARTER);
  gint64 qy = sc_record_get_int (y, SC_ACTION_FISCAL_YEAR) * 4 + sc_record_get_int (y, SC_ACTION_QUARTER);

  if (qx != qy)
    return qx < qy ? -1 : 1;
  return g_strcmp0 (sc_record_get_text (x, SC_ACTION_REF), sc_record_get_text (y, SC_ACTION_REF));
}

/* The actions of the plans of the period's quarters, and the open ones
 * of earlier plans: work still in progress. */
static GPtrArray *
period_actions (ScExport *ex)
{
  GListModel *list = sc_store_get_list (ex->store, &sc_action_table);
  GPtrArray *actions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      ScAction *action = g_list_model_get_item (list, i);
      ScPeriod quarter;

      sc_plan_action_quarter (ex->store, action, &quarter);
      if (overlaps (ex, &quarter) ||
          (sc_plan_action_is_open (action) && quarter.first_week <= ex->whole.last_week))
        g_ptr_array_add (actions, action);
      else
        g_object_unref (action);
    }
  g_ptr_array_sort (actions, compare_actions);
  return actions;
}

/* The notes, then why the action was dropped. */
static char *
action_notes (ScExport *ex,
              ScRecord *action)
{
  const char *notes = sc_record_get_text (action, SC_ACTION_NOTES);
  const char *reason = sc_record_get_text (action, SC_ACTION_DROP_REASON);
  g_autofree char *dropped = NULL;

  if (reason[0] == '\0')
    return g_strdup (notes);
  /* Translators: why an action was dropped, in the action plan sheet. */
  dropped = sc_export_expand (LC_ (ex->lang, "workbook", "Dropped: {reason}"),
                              "reason", reason, NULL);
  if (notes[0] == '\0')
    return g_steal_pointer (&dropped);
  return g_strconcat (notes, "\n", dropped, NULL);
}

static void
action_row (ScExport   *ex,
            ScSheet    *sheet,
            ScAction   *action,
            GHashTable *slips)
{
  ScRecord *r = SC_RECORD (action);
  gint64 id = sc_record_get_id (r);
  lxw_row_t row = sheet->row++;
  g_autofree char *priority = priority_name (ex, sc_record_get_ref (r, SC_ACTION_PRIORITY_ID));
  g_autofree char *kpi = kpi_name (ex, sc_record_get_ref (r, SC_ACTION_KPI_ID));
  g_autofree char *plan = sc_format_quarter (ex->lang, &ex->cal,
                                             sc_record_get_int (r, SC_ACTION_FISCAL_YEAR),
                                             sc_record_get_int (r, SC_ACTION_QUARTER));
  g_autofree char *notes = action_notes (ex, r);
  guint late = sc_plan_days_late (action, ex->today);

  sc_sheet_text (sheet, row, 0, sc_record_get_text (r, SC_ACTION_REF), SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 1, sc_record_get_text (r, SC_ACTION_TITLE), SC_CELL_WRAP);
  sc_sheet_text (sheet, row, 2, person_name (ex, sc_record_get_ref (r, SC_ACTION_OWNER_ID)),
                 SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 3, priority, SC_CELL_WRAP);
  sc_sheet_text (sheet, row, 4, kpi, SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 5, plan, SC_CELL_PLAIN);
  sc_sheet_date (sheet, row, 6, sc_record_get_date (r, SC_ACTION_CREATED), SC_CELL_PLAIN);
  sc_sheet_date (sheet, row, 7, sc_record_get_date (r, SC_ACTION_ORIGINAL_DUE), SC_CELL_PLAIN);
  sc_sheet_date (sheet, row, 8, sc_record_get_date (r, SC_ACTION_DUE), SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 9, action_status (ex, sc_record_get_int (r, SC_ACTION_STATUS)),
                 SC_CELL_PLAIN);
  sc_sheet_date (sheet, row, 10, sc_record_get_date (r, SC_ACTION_DONE_ON), SC_CELL_PLAIN);
  sc_sheet_integer (sheet, row, 11, GPOINTER_TO_UINT (g_hash_table_lookup (slips, &id)),
                    SC_CELL_PLAIN);
  if (late > 0)
    sc_sheet_integer (sheet, row, 12, late, SC_CELL_BOLD);
  else
    sc_sheet_text (sheet, row, 12, NULL, SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 13, notes, SC_CELL_WRAP);
}

void
sc_export_actions_sheet (ScExport *ex)
{
  g_autoptr(ScSheet) sheet = sc_sheet_new (ex, LC_ (ex->lang, "sheet name", "Action plan"));
  const ScColumnSpec columns[] = {
    { LC_ (ex->lang, "workbook", "Ref."), 0 },
    { LC_ (ex->lang, "workbook", "Action"), 40 },
    { LC_ (ex->lang, "workbook", "Owner"), 18 },
    { LC_ (ex->lang, "workbook", "Priority objective"), 24 },
    { LC_ (ex->lang, "workbook", "KPI"), 18 },
    { LC_ (ex->lang, "workbook", "Plan"), 0 },
    { LC_ (ex->lang, "workbook", "Created"), 0 },
    { LC_ (ex->lang, "workbook", "Original due date"), 0 },
    { LC_ (ex->lang, "workbook", "Due date"), 0 },
    { LC_ (ex->lang, "workbook", "Status"), 0 },
    { LC_ (ex->lang, "workbook", "Done or dropped on"), 0 },
    { LC_ (ex->lang, "workbook", "Slips"), 0 },
    { LC_ (ex->lang, "workbook", "Days late"), 0 },
    { LC_ (ex->lang, "workbook", "Notes and reason dropped"), 36 },
  };
  g_autoptr(GPtrArray) actions = period_actions (ex);
  g_autoptr(GHashTable) slips = sc_plan_slip_counts (ex->store);

  sc_sheet_columns (sheet, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < actions->len; i++)
    action_row (ex, sheet, g_ptr_array_index (actions, i), slips);
  sc_sheet_finish (sheet);
}

/* Meetings ---------------------------------------------------------------------- */

/* Names of those present (or absent), "A, B, C". */
static char *
attendees (const ScMinutes *minutes,
           gboolean         present)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < minutes->attendees->len; i++)
    {
      const ScMinutesAttendee *a = g_ptr_array_index (minutes->attendees, i);

      if (a->present == present)
        g_string_append_printf (list, "%s%s", list->len ? ", " : "", a->name);
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static char *
decisions (const ScMinutes *minutes)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < minutes->decided->len; i++)
    {
      const ScMinutesTopic *t = g_ptr_array_index (minutes->decided, i);

      g_string_append_printf (text, "%s%s%s%s", text->len ? "\n" : "", t->title,
                              t->decision[0] ? " — " : "", t->decision);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The record of the meeting as sc-minutes.h gives it: the same minutes
 * as on screen and in the email. */
static void
meeting_row (ScExport        *ex,
             ScSheet         *sheet,
             ScMinutesReader *reader,
             ScRecord        *meeting)
{
  g_autoptr(ScMinutes) minutes = sc_minutes_reader_read (reader, sc_record_get_id (meeting),
                                                         ex->lang, NULL);
  g_autofree char *present = NULL;
  g_autofree char *absent = NULL;
  g_autofree char *decided = NULL;
  g_autofree char *text = NULL;
  lxw_row_t row;
  int y, m, d;

  if (minutes == NULL)
    return;
  row = sheet->row++;
  present = attendees (minutes, TRUE);
  absent = attendees (minutes, FALSE);
  decided = decisions (minutes);
  text = sc_minutes_to_text (minutes);

  if (sc_day_to_ymd (minutes->day, &y, &m, &d))
    {
      g_autoptr(GDateTime) started = g_date_time_new_local (y, m, d, minutes->start_minute / 60,
                                                            minutes->start_minute % 60, 0);

      sc_sheet_datetime (sheet, row, 0, started, SC_CELL_PLAIN);
    }
  sc_sheet_date (sheet, row, 1, sc_record_get_date (meeting, SC_MEETING_WEEK), SC_CELL_PLAIN);
  sc_sheet_integer (sheet, row, 2, (minutes->duration + 30) / 60, SC_CELL_PLAIN);
  sc_sheet_integer (sheet, row, 3, minutes->planned_minutes, SC_CELL_PLAIN);
  sc_sheet_integer (sheet, row, 4, sc_minutes_count_present (minutes), SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 5, present, SC_CELL_WRAP);
  sc_sheet_text (sheet, row, 6, absent, SC_CELL_WRAP);
  sc_sheet_text (sheet, row, 7, decided, SC_CELL_WRAP);
  sc_sheet_text (sheet, row, 8, text, SC_CELL_WRAP);
}

void
sc_export_meetings_sheet (ScExport *ex)
{
  g_autoptr(ScSheet) sheet = sc_sheet_new (ex, LC_ (ex->lang, "sheet name", "Meetings"));
  const ScColumnSpec columns[] = {
    { LC_ (ex->lang, "workbook", "Date"), 0 },
    { LC_ (ex->lang, "workbook", "Week of"), 0 },
    { LC_ (ex->lang, "workbook", "Length (min)"), 0 },
    { LC_ (ex->lang, "workbook", "Planned (min)"), 0 },
    { LC_ (ex->lang, "workbook", "Present"), 0 },
    { LC_ (ex->lang, "workbook", "Attendees"), 40 },
    { LC_ (ex->lang, "workbook", "Absent"), 30 },
    { LC_ (ex->lang, "workbook", "Decisions"), 50 },
    { LC_ (ex->lang, "workbook", "Minutes"), 70 },
  };
  g_autoptr(GPtrArray) meetings = sc_minutes_list_meetings (ex->store);
  g_autoptr(ScMinutesReader) reader = sc_minutes_reader_new (ex->store);

  sc_sheet_columns (sheet, columns, G_N_ELEMENTS (columns));
  /* Newest first in the list; oldest first in a ledger. */
  for (guint i = meetings->len; i > 0; i--)
    {
      ScRecord *m = g_ptr_array_index (meetings, i - 1);
      ScDay week = sc_record_get_date (m, SC_MEETING_WEEK);

      if (week >= ex->whole.first_week && week <= ex->until)
        meeting_row (ex, sheet, reader, m);
    }
  sc_sheet_finish (sheet);
}

/* Monthly reviews ---------------------------------------------------------------- */

static double
stored_amount (ScRecord *record,
               guint     column)
{
  if (sc_record_is_null (record, column))
    return NAN;
  return sc_amount_to_double (sc_record_get_int (record, column));
}

static void
review_line_row (ScExport   *ex,
                 ScSheet    *sheet,
                 ScRecord   *review,
                 const char *month,
                 ScRecord   *line)
{
  lxw_row_t row = sheet->row++;
  ScRecord *kpi = sc_store_lookup (ex->store, &sc_kpi_table,
                                   line ? sc_record_get_ref (line, SC_REVIEW_LINE_KPI_ID) : 0);
  g_autofree char *name = kpi ? sc_export_kpi_name (ex, SC_KPI (kpi)) : NULL;
  g_autofree char *action = NULL;
  ScFigure fig = { .actual = NAN, .target = NAN };

  sc_sheet_text (sheet, row, 0, month, SC_CELL_PLAIN);
  sc_sheet_date (sheet, row, 1, sc_record_get_date (review, SC_MONTHLY_REVIEW_DONE_ON),
                 SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 2, name, SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 11, sc_record_get_text (review, SC_MONTHLY_REVIEW_NOTES),
                 SC_CELL_WRAP);
  if (line == NULL || kpi == NULL)
    return;

  /* The figures as the review saw them, not as they are today. */
  fig.target = stored_amount (line, SC_REVIEW_LINE_TARGET);
  fig.actual = stored_amount (line, SC_REVIEW_LINE_ACTUAL);
  fig.status = sc_record_get_int (line, SC_REVIEW_LINE_STATUS);
  action = action_name (ex, sc_record_get_ref (line, SC_REVIEW_LINE_ACTION_ID));
  sc_sheet_figure (sheet, SC_KPI (kpi), &fig, row, 3, FALSE, SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 7, fig.status == SC_STATUS_NONE ? NULL
                                : sc_status_get_label (fig.status, ex->lang), SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 8, sc_record_get_text (line, SC_REVIEW_LINE_CAUSE), SC_CELL_WRAP);
  sc_sheet_text (sheet, row, 9, sc_record_get_text (line, SC_REVIEW_LINE_COUNTERMEASURE),
                 SC_CELL_WRAP);
  sc_sheet_text (sheet, row, 10, action, SC_CELL_WRAP);
}

static gboolean
month_in_period (ScExport *ex,
                 int       year,
                 int       month)
{
  for (guint i = 0; i < ex->months->len; i++)
    {
      const ScPeriod *m = &g_array_index (ex->months, ScPeriod, i);

      if (m->year == year && m->index == month)
        return TRUE;
    }
  return FALSE;
}

static void
monthly_review_rows (ScExport *ex,
                     ScSheet  *sheet,
                     ScRecord *review)
{
  int year = sc_record_get_int (review, SC_MONTHLY_REVIEW_YEAR);
  int month = sc_record_get_int (review, SC_MONTHLY_REVIEW_MONTH);
  g_autofree char *label = sc_format_month_year (ex->lang, year, month);
  g_autoptr(GPtrArray) lines = sc_store_query_children (ex->store, &sc_review_line_table,
                                                        SC_REVIEW_LINE_REVIEW_ID,
                                                        sc_record_get_id (review), NULL);

  if (lines == NULL || lines->len == 0)
    review_line_row (ex, sheet, review, label, NULL);
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    review_line_row (ex, sheet, review, label, g_ptr_array_index (lines, i));
}

static int
compare_monthly_reviews (gconstpointer a,
                         gconstpointer b)
{
  ScRecord *x = *(ScRecord **) a, *y = *(ScRecord **) b;
  gint64 mx = sc_record_get_int (x, SC_MONTHLY_REVIEW_YEAR) * 12 + sc_record_get_int (x, SC_MONTHLY_REVIEW_MONTH);
  gint64 my = sc_record_get_int (y, SC_MONTHLY_REVIEW_YEAR) * 12 + sc_record_get_int (y, SC_MONTHLY_REVIEW_MONTH);

  return (mx > my) - (mx < my);
}

void
sc_export_monthly_reviews_sheet (ScExport *ex)
{
  g_autoptr(ScSheet) sheet = sc_sheet_new (ex, LC_ (ex->lang, "sheet name", "Monthly reviews"));
  const ScColumnSpec columns[] = {
    { LC_ (ex->lang, "workbook", "Month"), 0 },
    { LC_ (ex->lang, "workbook", "Held on"), 0 },
    { LC_ (ex->lang, "workbook", "KPI"), 32 },
    { LC_ (ex->lang, "workbook", "Target"), 0 },
    { LC_ (ex->lang, "workbook", "Actual"), 0 },
    { LC_ (ex->lang, "workbook", "Variance"), 0 },
    { LC_ (ex->lang, "workbook", "Variance %"), 0 },
    { LC_ (ex->lang, "workbook", "Status"), 0 },
    { LC_ (ex->lang, "workbook", "Cause"), 45 },
    { LC_ (ex->lang, "workbook", "Countermeasure"), 45 },
    { LC_ (ex->lang, "workbook", "Action"), 40 },
    { LC_ (ex->lang, "workbook", "Review notes"), 45 },
  };
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list = sc_store_get_list (ex->store, &sc_monthly_review_table);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      ScRecord *r = g_list_model_get_item (list, i);

      if (month_in_period (ex, sc_record_get_int (r, SC_MONTHLY_REVIEW_YEAR),
                           sc_record_get_int (r, SC_MONTHLY_REVIEW_MONTH)))
        g_ptr_array_add (reviews, r);
      else
        g_object_unref (r);
    }
  g_ptr_array_sort (reviews, compare_monthly_reviews);

  sc_sheet_columns (sheet, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < reviews->len; i++)
    monthly_review_rows (ex, sheet, g_ptr_array_index (reviews, i));
  sc_sheet_finish (sheet);
}

/* Quarterly reviews -------------------------------------------------------------- */

static const char *
decision_label (ScExport *ex,
                gint64    decision)
{
  switch (decision)
    {
    case SC_DECISION_KEEP:
      return LC_ (ex->lang, "quarterly decision", "Keep");
    case SC_DECISION_MODIFY:
      return LC_ (ex->lang, "quarterly decision", "Modify");
    case SC_DECISION_DROP:
      return LC_ (ex->lang, "quarterly decision", "Drop");
    case SC_DECISION_NONE:
    default:
      return NULL;
    }
}

static const char *
item_kind_label (ScExport *ex,
                 gint64    kind)
{
  switch (kind)
    {
    case SC_ITEM_KPI:
      return LC_ (ex->lang, "workbook", "KPI");
    case SC_ITEM_PRIORITY:
      return LC_ (ex->lang, "workbook", "Priority objective");
    case SC_ITEM_ACTION:
    default:
      return LC_ (ex->lang, "workbook", "Action");
    }
}

static char *
item_name (ScExport *ex,
           gint64    kind,
           gint64    id)
{
  switch (kind)
    {
    case SC_ITEM_KPI:
      return kpi_name (ex, id);
    case SC_ITEM_PRIORITY:
      return priority_name (ex, id);
    case SC_ITEM_ACTION:
    default:
      return action_name (ex, id);
    }
}

static void
append_change (GString    *text,
               const char *pattern,
               const char *value)
{
  g_autofree char *part = sc_export_expand (pattern, "value", value, NULL);

  g_string_append_printf (text, "%s%s", text->len ? "\n" : "", part);
}

/* What a "modify" changes: new target, owner, due date, title. */
static char *
decision_change (ScExport *ex,
                 ScRecord *d)
{
  g_autoptr(GString) text = g_string_new (NULL);
  ScRecord *kpi = sc_record_get_int (d, SC_DECISION_ITEM_KIND) == SC_ITEM_KPI
                  ? sc_store_lookup (ex->store, &sc_kpi_table, sc_record_get_int (d, SC_DECISION_ITEM_ID))
                  : NULL;
  const char *owner = person_name (ex, sc_record_get_ref (d, SC_DECISION_NEW_OWNER_ID));
  ScDay due = sc_record_get_date (d, SC_DECISION_NEW_DUE);

  if (kpi != NULL && !sc_record_is_null (d, SC_DECISION_NEW_TARGET))
    {
      g_autofree char *target = sc_format_value (ex->lang, sc_kpi_get_unit (SC_KPI (kpi)),
                                                 ex->currency,
                                                 stored_amount (d, SC_DECISION_NEW_TARGET),
                                                 FALSE, FALSE);

      append_change (text, LC_ (ex->lang, "workbook", "New target: {value}"), target);
    }
  if (owner != NULL)
    append_change (text, LC_ (ex->lang, "workbook", "New owner: {value}"), owner);
  if (due != SC_DAY_NONE)
    {
      g_autofree char *date = sc_format_date_iso (due);

      append_change (text, LC_ (ex->lang, "workbook", "New due date: {value}"), date);
    }
  if (!sc_record_is_null (d, SC_DECISION_NEW_TITLE) &&
      sc_record_get_text (d, SC_DECISION_NEW_TITLE)[0] != '\0')
    append_change (text, LC_ (ex->lang, "workbook", "New title: {value}"),
                   sc_record_get_text (d, SC_DECISION_NEW_TITLE));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
decision_row (ScExport   *ex,
              ScSheet    *sheet,
              ScRecord   *review,
              const char *quarter,
              ScRecord   *d)
{
  lxw_row_t row = sheet->row++;
  gint64 kind = d ? sc_record_get_int (d, SC_DECISION_ITEM_KIND) : 0;
  g_autofree char *item = NULL;
  g_autofree char *change = NULL;

  sc_sheet_text (sheet, row, 0, quarter, SC_CELL_PLAIN);
  sc_sheet_date (sheet, row, 1, sc_record_get_date (review, SC_QUARTERLY_REVIEW_DONE_ON),
                 SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 7, sc_record_get_text (review, SC_QUARTERLY_REVIEW_NOTES),
                 SC_CELL_WRAP);
  if (d == NULL)
    return;

  item = item_name (ex, kind, sc_record_get_int (d, SC_DECISION_ITEM_ID));
  change = decision_change (ex, d);
  sc_sheet_text (sheet, row, 2, item_kind_label (ex, kind), SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 3, item, SC_CELL_WRAP);
  sc_sheet_text (sheet, row, 4, decision_label (ex, sc_record_get_int (d, SC_DECISION_DECISION)),
                 SC_CELL_PLAIN);
  sc_sheet_text (sheet, row, 5, sc_record_get_text (d, SC_DECISION_REASON), SC_CELL_WRAP);
  sc_sheet_text (sheet, row, 6, change, SC_CELL_WRAP);
}

static void
quarterly_review_rows (ScExport *ex,
                       ScSheet  *sheet,
                       ScRecord *review)
{
  g_autofree char *label = sc_format_quarter (ex->lang, &ex->cal,
                                              sc_record_get_int (review, SC_QUARTERLY_REVIEW_FISCAL_YEAR),
                                              sc_record_get_int (review, SC_QUARTERLY_REVIEW_QUARTER));
  g_autoptr(GPtrArray) decisions = sc_store_query_children (ex->store, &sc_decision_table,
                                                            SC_DECISION_REVIEW_ID,
                                                            sc_record_get_id (review), NULL);

  if (decisions == NULL || decisions->len == 0)
    decision_row (ex, sheet, review, label, NULL);
  for (guint i = 0; decisions != NULL && i < decisions->len; i++)
    decision_row (ex, sheet, review, label, g_ptr_array_index (decisions, i));
}

static int
compare_quarterly_reviews (gconstpointer a,
                           gconstpointer b)
{
  ScRecord *x = *(ScRecord **) a, *y = *(ScRecord **) b;
  gint64 qx = sc_record_get_int (x, SC_QUARTERLY_REVIEW_FISCAL_YEAR) * 4 + sc_record_get_int (x, SC_QUARTERLY_REVIEW_QUARTER);
  gint64 qy = sc_record_get_int (y, SC_QUARTERLY_REVIEW_FISCAL_YEAR) * 4 + sc_record_get_int (y, SC_QUARTERLY_REVIEW_QUARTER);

  return (qx > qy) - (qx < qy);
}

void
sc_export_quarterly_reviews_sheet (ScExport *ex)
{
  g_autoptr(ScSheet) sheet = sc_sheet_new (ex, LC_ (ex->lang, "sheet name", "Quarterly reviews"));
  const ScColumnSpec columns[] = {
    { LC_ (ex->lang, "workbook", "Quarter"), 0 },
    { LC_ (ex->lang, "workbook", "Held on"), 0 },
    { LC_ (ex->lang, "workbook", "Item"), 0 },
    { LC_ (ex->lang, "workbook", "Name"), 50 },
    { LC_ (ex->lang, "workbook", "Decision"), 0 },
    { LC_ (ex->lang, "workbook", "Reason"), 45 },
    { LC_ (ex->lang, "workbook", "Change"), 40 },
    { LC_ (ex->lang, "workbook", "Review notes"), 45 },
  };
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *list = sc_store_get_list (ex->store, &sc_quarterly_review_table);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      ScRecord *r = g_list_model_get_item (list, i);
      ScPeriod quarter;

      sc_calendar_quarter (&ex->cal, sc_record_get_int (r, SC_QUARTERLY_REVIEW_FISCAL_YEAR),
                           sc_record_get_int (r, SC_QUARTERLY_REVIEW_QUARTER), &quarter);
      if (overlaps (ex, &quarter))
        g_ptr_array_add (reviews, r);
      else
        g_object_unref (r);
    }
  g_ptr_array_sort (reviews, compare_quarterly_reviews);

  sc_sheet_columns (sheet, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < reviews->len; i++)
    quarterly_review_rows (ex, sheet, g_ptr_array_index (reviews, i));
  sc_sheet_finish (sheet);
}
