/* sc-cadence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-cadence"

#include "config.h"

#include <string.h>

#include "sc-cadence.h"
#include "sc-metrics.h"
#include "sc-plan.h"

ScDay
sc_cadence_meeting_day (ScStore *store,
                        ScDay    week_start)
{
  ScRecord *company;
  int weekday;

  g_return_val_if_fail (SC_IS_STORE (store), SC_DAY_NONE);

  company = SC_RECORD (sc_store_get_company (store));
  weekday = sc_record_get_int (company, SC_COMPANY_MEETING_WEEKDAY);
  return week_start + (weekday - sc_day_weekday (week_start) + 7) % 7;
}

gboolean
sc_cadence_meeting_held (ScStore *store,
                         ScDay    day)
{
  g_autoptr(GPtrArray) meetings = NULL;
  ScCalendar cal;
  ScDay week;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  sc_store_get_calendar (store, &cal);
  week = sc_calendar_week_start (&cal, day);
  meetings = sc_store_query_between (store, &sc_meeting_table, SC_MEETING_WEEK, week, week, NULL);
  return meetings != NULL && meetings->len > 0;
}

void
sc_cadence_on_time (ScStore *store,
                    ScDay    from,
                    ScDay    to,
                    ScDay    today,
                    guint   *n_due,
                    guint   *n_on_time)
{
  g_autoptr(GPtrArray) actions = NULL;

  g_return_if_fail (SC_IS_STORE (store));

  *n_due = *n_on_time = 0;
  /* The actions due in the period only, not the file's history. */
  actions = sc_store_query_between (store, &sc_action_table, SC_ACTION_DUE, from, to, NULL);
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      ScRecord *a = g_ptr_array_index (actions, i);
      ScDay due = sc_record_get_date (a, SC_ACTION_DUE);

      switch (sc_record_get_int (a, SC_ACTION_STATUS))
        {
        case SC_ACTION_DONE:
          (*n_due)++;
          *n_on_time += sc_record_get_date (a, SC_ACTION_DONE_ON) <= due;
          break;
        case SC_ACTION_OPEN:
          /* Late once past its due day; due today, it may still be done. */
          *n_due += sc_plan_action_is_overdue (SC_ACTION (a), today);
          break;
        default:
          break;
        }
    }
}

/* Reviews ------------------------------------------------------------------- */

static void
settle_review (ScStore        *store,
               const ScPeriod *period,
               ScDay           today,
               ScDay           done_on,
               ScReviewDue    *review)
{
  ScDay created = sc_record_get_date (SC_RECORD (sc_store_get_company (store)),
                                      SC_COMPANY_CREATED);

  /* The week after the period's last week holds the first meeting day
   * after it. */
  review->due = sc_cadence_meeting_day (store, period->last_week + 7);
  review->late = review->due + SC_CADENCE_GRACE_DAYS + 1;
  review->done_on = done_on;
  if (done_on != SC_DAY_NONE)
    review->state = done_on < review->late ? SC_REVIEW_DONE : SC_REVIEW_DONE_LATE;
  else if (period->last_week + 6 < created)
    review->state = SC_REVIEW_NONE;
  else if (today < review->due)
    review->state = SC_REVIEW_NOT_DUE;
  else
    review->state = today < review->late ? SC_REVIEW_DUE : SC_REVIEW_LATE;
}

/* The period of kind just before the one that contains today. */
static void
last_ended (ScStore      *store,
            ScPeriodKind  kind,
            ScDay         today,
            ScPeriod     *period)
{
  ScCalendar cal;

  sc_store_get_calendar (store, &cal);
  sc_calendar_period_at (&cal, kind, today, period);
  sc_calendar_period_shift (&cal, period, -1, period);
}

static ScDay
review_done_on (ScStore           *store,
                const ScTableInfo *table,
                guint              year_column,
                guint              index_column,
                guint              done_column,
                int                year,
                int                index)
{
  g_autoptr(GPtrArray) reviews = sc_store_query_children (store, table, year_column, year, NULL);

  for (guint i = 0; reviews != NULL && i < reviews->len; i++)
    {
      ScRecord *r = g_ptr_array_index (reviews, i);

      if (sc_record_get_int (r, index_column) == index)
        return sc_record_get_date (r, done_column);
    }
  return SC_DAY_NONE;
}

void
sc_cadence_monthly_review (ScStore     *store,
                           ScDay        today,
                           ScReviewDue *review)
{
  ScPeriod month;

  g_return_if_fail (SC_IS_STORE (store));

  last_ended (store, SC_PERIOD_MONTH, today, &month);
  review->year = month.year;
  review->index = month.index;
  settle_review (store, &month, today,
                 review_done_on (store, &sc_monthly_review_table, SC_MONTHLY_REVIEW_YEAR,
                                 SC_MONTHLY_REVIEW_MONTH, SC_MONTHLY_REVIEW_DONE_ON,
                                 month.year, month.index),
                 review);
}

void
sc_cadence_quarterly_review (ScStore     *store,
                             ScDay        today,
                             ScReviewDue *review)
{
  ScPeriod quarter;

  g_return_if_fail (SC_IS_STORE (store));

  last_ended (store, SC_PERIOD_QUARTER, today, &quarter);
  review->year = quarter.fiscal_year;
  review->index = quarter.index;
  settle_review (store, &quarter, today,
                 review_done_on (store, &sc_quarterly_review_table,
                                 SC_QUARTERLY_REVIEW_FISCAL_YEAR, SC_QUARTERLY_REVIEW_QUARTER,
                                 SC_QUARTERLY_REVIEW_DONE_ON, quarter.fiscal_year,
                                 quarter.index),
                 review);
}

/* Health ---------------------------------------------------------------------- */

static void
count_meetings (ScStore         *store,
                ScCadenceHealth *health)
{
  ScMetrics *metrics = sc_metrics_for_store (store);
  g_autoptr(GPtrArray) meetings = sc_store_query_between (store, &sc_meeting_table,
                                                          SC_MEETING_WEEK, health->first_week,
                                                          health->last_week, NULL);
  g_autoptr(GHashTable) weeks = g_hash_table_new (NULL, NULL);
  gint64 total = 0;

  for (guint i = 0; meetings != NULL && i < meetings->len; i++)
    {
      ScRecord *m = g_ptr_array_index (meetings, i);
      ScDay week = sc_record_get_date (m, SC_MEETING_WEEK);

      g_hash_table_add (weeks, GUINT_TO_POINTER (week));
      total += sc_record_get_int (m, SC_MEETING_DURATION);
      health->n_meetings++;
    }

  health->n_held = g_hash_table_size (weeks);
  for (ScDay week = health->first_week; week <= health->last_week; week += 7)
    if (!g_hash_table_contains (weeks, GUINT_TO_POINTER (week)) &&
        sc_metrics_is_shutdown (metrics, week))
      health->n_shutdown++;
  health->n_expected = health->n_weeks - health->n_shutdown;
  health->average_duration = health->n_meetings ? (total + health->n_meetings / 2) / health->n_meetings
                                                : 0;
}

void
sc_cadence_health (ScStore         *store,
                   ScDay            today,
                   ScCadenceHealth *health)
{
  g_autoptr(GArray) missing = NULL;
  ScCalendar cal;
  ScDay this_week;

  g_return_if_fail (SC_IS_STORE (store));

  memset (health, 0, sizeof *health);
  sc_store_get_calendar (store, &cal);
  this_week = sc_calendar_week_start (&cal, today);

  /* This week counts once its meeting day has come. */
  health->last_week = sc_cadence_meeting_day (store, this_week) <= today ? this_week
                                                                         : this_week - 7;
  health->n_weeks = SC_CADENCE_WEEKS;
  health->first_week = health->last_week - 7 * (SC_CADENCE_WEEKS - 1);
  health->planned_minutes = sc_record_get_int (SC_RECORD (sc_store_get_company (store)),
                                               SC_COMPANY_MEETING_MINUTES);
  count_meetings (store, health);

  sc_cadence_on_time (store, health->first_week, today, today, &health->actions_due,
                      &health->actions_on_time);

  /* The same weeks as the dashboard's missing figures. */
  missing = sc_metrics_missing (sc_metrics_for_store (store), this_week - 7 * SC_CADENCE_WEEKS,
                                this_week);
  health->missing_figures = missing->len;

  sc_cadence_monthly_review (store, today, &health->monthly);
  sc_cadence_quarterly_review (store, today, &health->quarterly);
}

int
sc_cadence_on_time_percent (const ScCadenceHealth *health)
{
  g_return_val_if_fail (health != NULL, -1);

  if (health->actions_due == 0)
    return -1;
  return (int) ((health->actions_on_time * 200 + health->actions_due) / (2 * health->actions_due));
}

static gboolean
review_pending (const ScReviewDue *review)
{
  return review->state == SC_REVIEW_DUE || review->state == SC_REVIEW_LATE;
}

ScReminders
sc_cadence_reminders (ScStore               *store,
                      ScDay                  today,
                      const ScCadenceHealth *health)
{
  ScReminders reminders = 0;
  ScCalendar cal;

  g_return_val_if_fail (SC_IS_STORE (store), 0);
  g_return_val_if_fail (health != NULL, 0);

  sc_store_get_calendar (store, &cal);
  if (sc_cadence_meeting_day (store, sc_calendar_week_start (&cal, today)) == today &&
      !sc_cadence_meeting_held (store, today))
    reminders |= SC_REMINDER_MEETING;
  if (health->missing_figures > 0)
    reminders |= SC_REMINDER_FIGURES;
  if (review_pending (&health->monthly) || review_pending (&health->quarterly))
    reminders |= SC_REMINDER_REVIEW;
  return reminders;
}
