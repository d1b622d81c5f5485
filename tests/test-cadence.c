/* test-cadence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cadence health (sc-cadence.h) on temporary copies of the sample company
 * (today 2025-09-26, a Friday; 30-minute meetings on Mondays; fiscal year
 * from April; the construction holiday shut the plant the weeks of July 21
 * and 28), with meetings, actions and reviews the tests add.
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "sc-cadence.h"
#include "sc-metrics.h"
#include "sc-plan.h"
#include "sc-sample.h"
#include "sc-test-records.h"
#include "sc-test-sample.h"
#include "sc-values.h"

typedef ScSampleCopy Fixture;

static void
put (Fixture  *f,
     ScRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_store_put (f->store, "Test", record, &error));
  g_assert_no_error (error);
}

static void
add_meeting (Fixture    *f,
             const char *week,
             gint64      duration)
{
  g_autoptr(ScRecord) m = sc_record_new (SC_TYPE_MEETING);
  g_autofree char *started = g_strconcat (week, "T08:30:00", NULL);

  sc_record_set_date (m, SC_MEETING_WEEK, day (week));
  sc_record_set_text (m, SC_MEETING_STARTED, started);
  sc_record_set_text (m, SC_MEETING_ENDED, started);
  sc_record_set_int (m, SC_MEETING_PLANNED_MINUTES, 30);
  sc_record_set_int (m, SC_MEETING_DURATION, duration);
  put (f, m);
}

static gint64
person_id (Fixture    *f,
           const char *name)
{
  ScRecord *p = find (f->store, &sc_person_table, SC_PERSON_NAME, name);

  g_assert_nonnull (p);
  return sc_record_get_id (p);
}

/* An action of the current quarter due on `due`, in the state given. */
static void
add_action (Fixture        *f,
            const char     *title,
            const char     *due,
            ScActionStatus  status,
            const char     *closed_on)
{
  g_autoptr(ScAction) draft = sc_plan_new_action (f->store, 0, 0);
  g_autoptr(GError) error = NULL;
  ScRecord *r = SC_RECORD (draft);

  sc_record_set_text (r, SC_ACTION_TITLE, title);
  sc_record_set_ref (r, SC_ACTION_OWNER_ID, person_id (f, "Sophie Lachance"));
  sc_record_set_date (r, SC_ACTION_DUE, day (due));
  sc_record_set_int (r, SC_ACTION_STATUS, status);
  sc_record_set_text (r, SC_ACTION_DROP_REASON, status == SC_ACTION_DROPPED ? "Plus utile" : "");
  if (closed_on != NULL)
    sc_record_set_date (r, SC_ACTION_DONE_ON, day (closed_on));
  g_assert_true (sc_plan_save_action (f->store, draft, NULL, &error));
  g_assert_no_error (error);
}

/* The sample as it ships ---------------------------------------------------- */

static void
test_cadence_sample (Fixture       *f,
                     gconstpointer  data)
{
  ScCadenceHealth health;
  g_autoptr(GArray) missing = NULL;

  sc_cadence_health (f->store, day ("2025-09-26"), &health);

  /* Monday's meeting day has come: this week is the 13th. */
  g_assert_cmpuint (health.last_week, ==, day ("2025-09-22"));
  g_assert_cmpuint (health.first_week, ==, day ("2025-06-30"));
  g_assert_cmpuint (health.n_weeks, ==, 13);
  g_assert_cmpuint (health.n_shutdown, ==, 2);
  g_assert_cmpuint (health.n_expected, ==, 11);
  g_assert_cmpuint (health.n_held, ==, 0);
  g_assert_cmpuint (health.n_meetings, ==, 0);
  g_assert_cmpint (health.average_duration, ==, 0);
  g_assert_cmpint (health.planned_minutes, ==, 30);

  /* A01–A10 were all due by the end of June: nothing due since. */
  g_assert_cmpuint (health.actions_due, ==, 0);
  g_assert_cmpint (sc_cadence_on_time_percent (&health), ==, -1);

  /* The dashboard's count, the same weeks: the sample is complete. */
  missing = sc_metrics_missing (sc_metrics_for_store (f->store), day ("2025-06-23"),
                                day ("2025-09-22"));
  g_assert_cmpuint (health.missing_figures, ==, missing->len);
  g_assert_cmpuint (health.missing_figures, ==, 0);

  /* No review in the sample: August's and Q1's are late. */
  g_assert_cmpint (health.monthly.state, ==, SC_REVIEW_LATE);
  g_assert_cmpint (health.monthly.year, ==, 2025);
  g_assert_cmpint (health.monthly.index, ==, 8);
  g_assert_cmpuint (health.monthly.due, ==, day ("2025-09-01"));
  g_assert_cmpuint (health.monthly.late, ==, day ("2025-09-16"));
  g_assert_cmpint (health.quarterly.state, ==, SC_REVIEW_LATE);
  g_assert_cmpint (health.quarterly.year, ==, 2025);
  g_assert_cmpint (health.quarterly.index, ==, 1);
  g_assert_cmpuint (health.quarterly.due, ==, day ("2025-06-30"));
  g_assert_cmpuint (health.quarterly.late, ==, day ("2025-07-15"));

  /* With Friday meetings, on Thursday this week is not counted yet. */
  {
    g_autoptr(ScRecord) company = sc_record_copy (SC_RECORD (sc_store_get_company (f->store)));

    sc_record_set_int (company, SC_COMPANY_MEETING_WEEKDAY, 5);
    put (f, company);
  }
  sc_cadence_health (f->store, day ("2025-09-25"), &health);
  g_assert_cmpuint (health.last_week, ==, day ("2025-09-15"));
  sc_cadence_health (f->store, day ("2025-09-26"), &health);
  g_assert_cmpuint (health.last_week, ==, day ("2025-09-22"));
}

static void
test_cadence_meetings (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { const char *week; gint64 duration; } held[] = {
    { "2025-06-30", 1800 }, { "2025-07-07", 1920 }, { "2025-07-14", 1680 },
    { "2025-08-04", 2100 }, { "2025-08-11", 1800 }, { "2025-08-18", 1750 },
    { "2025-08-25", 1860 }, { "2025-09-08", 1790 }, { "2025-09-22", 1800 },
  };
  ScCadenceHealth health;
  gint64 total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    {
      add_meeting (f, held[i].week, held[i].duration);
      total += held[i].duration;
    }
  /* Before the 13 weeks: not counted. */
  add_meeting (f, "2025-06-23", 3600);

  sc_cadence_health (f->store, day ("2025-09-26"), &health);
  g_assert_cmpuint (health.n_held, ==, 9);
  g_assert_cmpuint (health.n_meetings, ==, 9);
  g_assert_cmpuint (health.n_expected, ==, 11);
  /* (1800 + 1920 + 1680 + 2100 + 1800 + 1750 + 1860 + 1790 + 1800) / 9
   * = 16500 / 9 = 1833.3 s, about 30 min 33 s. */
  g_assert_cmpint (total, ==, 16500);
  g_assert_cmpint (health.average_duration, ==, 1833);

  /* A second meeting the same week counts as a meeting, not as a week; a
   * meeting in a shutdown week makes that week expected. */
  add_meeting (f, "2025-09-08", 900);
  add_meeting (f, "2025-07-21", 1200);
  sc_cadence_health (f->store, day ("2025-09-26"), &health);
  g_assert_cmpuint (health.n_held, ==, 10);
  g_assert_cmpuint (health.n_meetings, ==, 11);
  g_assert_cmpuint (health.n_shutdown, ==, 1);
  g_assert_cmpuint (health.n_expected, ==, 12);
  g_assert_cmpint (health.average_duration, ==, (16500 + 900 + 1200 + 5) / 11);

  /* On Sunday 09-21 the 13 weeks are 06-23 … 09-15: the meeting of
   * 06-23 comes in, the one of 09-22 has not happened yet. */
  sc_cadence_health (f->store, day ("2025-09-21"), &health);
  g_assert_cmpuint (health.first_week, ==, day ("2025-06-23"));
  g_assert_cmpuint (health.last_week, ==, day ("2025-09-15"));
  g_assert_cmpuint (health.n_held, ==, 10);
}

/* Thirteen weeks without a shutdown: every week expects its meeting. */
static void
test_cadence_meetings_no_shutdown (Fixture       *f,
                                   gconstpointer  data)
{
  static const char *const weeks[] = {
    "2025-08-25", "2025-09-01", "2025-09-08", "2025-09-22", "2025-09-29", "2025-10-06",
    "2025-10-20", "2025-11-03", "2025-11-17",
  };
  ScCadenceHealth health;

  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    add_meeting (f, weeks[i], 1800 + 60 * i);
  sc_cadence_health (f->store, day ("2025-11-21"), &health);
  g_assert_cmpuint (health.first_week, ==, day ("2025-08-25"));
  g_assert_cmpuint (health.last_week, ==, day ("2025-11-17"));
  g_assert_cmpuint (health.n_shutdown, ==, 0);
  g_assert_cmpuint (health.n_expected, ==, 13);
  g_assert_cmpuint (health.n_held, ==, 9);
  /* 1800 + 60 × (0 + 1 + … + 8) / 9 = 1800 + 240. */
  g_assert_cmpint (health.average_duration, ==, 2040);
}

/* Actions on time ------------------------------------------------------------ */

static void
test_cadence_on_time_sample (Fixture       *f,
                             gconstpointer  data)
{
  guint n_due, n_on_time;

  /* The sample's first quarter, seen today: A01 (done 04-24 for 04-25),
   * A02 (05-02 for 05-02), A04 (04-17 for 04-18), A06 (06-06 for 06-06),
   * A08 (04-29 for 04-30) and A09 (05-08 for 05-09) on time; A07 done
   * 06-13 for 05-30, late; A03 and A05 still open and past due, late; A10
   * dropped, not counted. 6 of 9. */
  sc_cadence_on_time (f->store, day ("2025-04-01"), day ("2025-06-30"), day ("2025-09-26"),
                      &n_due, &n_on_time);
  g_assert_cmpuint (n_due, ==, 9);
  g_assert_cmpuint (n_on_time, ==, 6);

  /* May alone: A02, A09 on time; A03 (05-30) and A07 (05-30) late; A10
   * (05-28) dropped. */
  sc_cadence_on_time (f->store, day ("2025-05-01"), day ("2025-05-31"), day ("2025-09-26"),
                      &n_due, &n_on_time);
  g_assert_cmpuint (n_due, ==, 4);
  g_assert_cmpuint (n_on_time, ==, 2);
}

static void
test_cadence_on_time_window (Fixture       *f,
                             gconstpointer  data)
{
  ScCadenceHealth health;

  add_action (f, "Faite à temps", "2025-08-15", SC_ACTION_DONE, "2025-08-14");
  add_action (f, "Faite le jour même", "2025-09-05", SC_ACTION_DONE, "2025-09-05");
  add_action (f, "Faite en retard", "2025-09-12", SC_ACTION_DONE, "2025-09-19");
  add_action (f, "Encore ouverte", "2025-09-19", SC_ACTION_OPEN, NULL);
  add_action (f, "Due aujourd'hui", "2025-09-26", SC_ACTION_OPEN, NULL);
  add_action (f, "Abandonnée", "2025-09-10", SC_ACTION_DROPPED, "2025-09-10");
  add_action (f, "Plus tard", "2025-10-03", SC_ACTION_OPEN, NULL);
  /* Due before the 13 weeks. */
  add_action (f, "Trop ancienne", "2025-06-27", SC_ACTION_DONE, "2025-07-04");

  sc_cadence_health (f->store, day ("2025-09-26"), &health);
  g_assert_cmpuint (health.actions_due, ==, 4);
  g_assert_cmpuint (health.actions_on_time, ==, 2);
  g_assert_cmpint (sc_cadence_on_time_percent (&health), ==, 50);
}

/* Figures missing -------------------------------------------------------------- */

static void
test_cadence_missing (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *kpis = sc_store_get_list (f->store, &sc_kpi_table);
  g_autoptr(GError) error = NULL;
  ScCadenceHealth health;
  guint cleared = 0;

  /* Clear the figure of week 2025-09-08 of two weekly KPIs. */
  for (guint i = 0; i < g_list_model_get_n_items (kpis) && cleared < 2; i++)
    {
      g_autoptr(ScKpi) kpi = g_list_model_get_item (kpis, i);

      if (!sc_kpi_is_active (kpi) || sc_kpi_get_frequency (kpi) != SC_FREQUENCY_WEEKLY)
        continue;
      g_assert_true (sc_values_set_text (f->store, kpi, day ("2025-09-08"), SC_LANG_EN, "",
                                         &error));
      g_assert_no_error (error);
      cleared++;
    }
  g_assert_cmpuint (cleared, ==, 2);

  sc_cadence_health (f->store, day ("2025-09-26"), &health);
  g_assert_cmpuint (health.missing_figures, ==, 2);
  g_assert_cmpint (sc_cadence_reminders (f->store, day ("2025-09-26"), &health) &
                   SC_REMINDER_FIGURES, ==, SC_REMINDER_FIGURES);
}

/* Reviews ------------------------------------------------------------------------ */

static void
set_meeting_weekday (Fixture *f,
                     int      weekday)
{
  g_autoptr(ScRecord) company = sc_record_copy (SC_RECORD (sc_store_get_company (f->store)));

  sc_record_set_int (company, SC_COMPANY_MEETING_WEEKDAY, weekday);
  put (f, company);
}

static void
test_cadence_monthly_review (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(ScRecord) review = sc_record_new (SC_TYPE_MONTHLY_REVIEW);
  ScReviewDue due;

  /* With Wednesday meetings, on Monday 09-01 August's review is not due
   * yet: its first meeting day is 09-03. */
  set_meeting_weekday (f, 3);
  sc_cadence_monthly_review (f->store, day ("2025-09-01"), &due);
  g_assert_cmpint (due.state, ==, SC_REVIEW_NOT_DUE);
  g_assert_cmpuint (due.due, ==, day ("2025-09-03"));
  set_meeting_weekday (f, 1);

  /* August's weeks end on Sunday 08-31: due on Monday 09-01, late after
   * fourteen days, from 09-16. */
  sc_cadence_monthly_review (f->store, day ("2025-09-01"), &due);
  g_assert_cmpint (due.year, ==, 2025);
  g_assert_cmpint (due.index, ==, 8);
  g_assert_cmpint (due.state, ==, SC_REVIEW_DUE);
  sc_cadence_monthly_review (f->store, day ("2025-09-15"), &due);
  g_assert_cmpint (due.state, ==, SC_REVIEW_DUE);
  sc_cadence_monthly_review (f->store, day ("2025-09-16"), &due);
  g_assert_cmpint (due.state, ==, SC_REVIEW_LATE);

  /* A file begun after August asks for no review of it. */
  {
    g_autoptr(ScRecord) company = sc_record_copy (SC_RECORD (sc_store_get_company (f->store)));

    sc_record_set_date (company, SC_COMPANY_CREATED, day ("2025-09-10"));
    put (f, company);
    sc_cadence_monthly_review (f->store, day ("2025-09-16"), &due);
    g_assert_cmpint (due.state, ==, SC_REVIEW_NONE);
    sc_record_set_date (company, SC_COMPANY_CREATED, day ("2025-03-31"));
    put (f, company);
  }

  /* On 09-29, September has ended (its last week began 09-22): the
   * review asked for is September's. */
  sc_cadence_monthly_review (f->store, day ("2025-09-29"), &due);
  g_assert_cmpint (due.index, ==, 9);
  g_assert_cmpint (due.state, ==, SC_REVIEW_DUE);

  sc_record_set_int (review, SC_MONTHLY_REVIEW_YEAR, 2025);
  sc_record_set_int (review, SC_MONTHLY_REVIEW_MONTH, 8);
  sc_record_set_date (review, SC_MONTHLY_REVIEW_DONE_ON, day ("2025-09-15"));
  put (f, review);
  sc_cadence_monthly_review (f->store, day ("2025-09-26"), &due);
  g_assert_cmpint (due.state, ==, SC_REVIEW_DONE);
  g_assert_cmpuint (due.done_on, ==, day ("2025-09-15"));
  sc_record_set_date (review, SC_MONTHLY_REVIEW_DONE_ON, day ("2025-09-16"));
  put (f, review);
  sc_cadence_monthly_review (f->store, day ("2025-09-26"), &due);
  g_assert_cmpint (due.state, ==, SC_REVIEW_DONE_LATE);
}

static void
test_cadence_quarterly_review (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(ScRecord) review = sc_record_new (SC_TYPE_QUARTERLY_REVIEW);
  ScReviewDue due;

  /* Q1 FY2025 (April to June) ends with the week of 06-23: due on Monday
   * 06-30, late from 07-15. */
  sc_cadence_quarterly_review (f->store, day ("2025-07-14"), &due);
  g_assert_cmpint (due.year, ==, 2025);
  g_assert_cmpint (due.index, ==, 1);
  g_assert_cmpuint (due.due, ==, day ("2025-06-30"));
  g_assert_cmpint (due.state, ==, SC_REVIEW_DUE);
  sc_cadence_quarterly_review (f->store, day ("2025-07-15"), &due);
  g_assert_cmpint (due.state, ==, SC_REVIEW_LATE);

  /* A review in progress is not done. */
  sc_record_set_int (review, SC_QUARTERLY_REVIEW_FISCAL_YEAR, 2025);
  sc_record_set_int (review, SC_QUARTERLY_REVIEW_QUARTER, 1);
  put (f, review);
  sc_cadence_quarterly_review (f->store, day ("2025-07-15"), &due);
  g_assert_cmpint (due.state, ==, SC_REVIEW_LATE);
  sc_record_set_date (review, SC_QUARTERLY_REVIEW_DONE_ON, day ("2025-07-08"));
  put (f, review);
  sc_cadence_quarterly_review (f->store, day ("2025-09-26"), &due);
  g_assert_cmpint (due.state, ==, SC_REVIEW_DONE);

  /* Q2 ends with the week of 09-22: on 09-29 it is due. */
  sc_cadence_quarterly_review (f->store, day ("2025-09-29"), &due);
  g_assert_cmpint (due.index, ==, 2);
  g_assert_cmpint (due.state, ==, SC_REVIEW_DUE);
}

/* Reminders ------------------------------------------------------------------------ */

static void
test_cadence_reminders (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ScRecord) monthly = sc_record_new (SC_TYPE_MONTHLY_REVIEW);
  g_autoptr(ScRecord) quarterly = sc_record_new (SC_TYPE_QUARTERLY_REVIEW);
  ScCadenceHealth health;
  ScDay monday = day ("2025-09-22");

  /* Friday: no meeting today; the sample's reviews are late. */
  sc_cadence_health (f->store, day ("2025-09-26"), &health);
  g_assert_cmpint (sc_cadence_reminders (f->store, day ("2025-09-26"), &health), ==,
                   SC_REMINDER_REVIEW);

  /* With both reviews done, Monday the meeting day is the only reminder,
   * until this week's meeting is held. */
  sc_record_set_int (monthly, SC_MONTHLY_REVIEW_YEAR, 2025);
  sc_record_set_int (monthly, SC_MONTHLY_REVIEW_MONTH, 8);
  sc_record_set_date (monthly, SC_MONTHLY_REVIEW_DONE_ON, day ("2025-09-03"));
  put (f, monthly);
  sc_record_set_int (quarterly, SC_QUARTERLY_REVIEW_FISCAL_YEAR, 2025);
  sc_record_set_int (quarterly, SC_QUARTERLY_REVIEW_QUARTER, 1);
  sc_record_set_date (quarterly, SC_QUARTERLY_REVIEW_DONE_ON, day ("2025-07-02"));
  put (f, quarterly);

  sc_cadence_health (f->store, monday, &health);
  g_assert_cmpint (sc_cadence_reminders (f->store, monday, &health), ==, SC_REMINDER_MEETING);
  g_assert_false (sc_cadence_meeting_held (f->store, monday));
  add_meeting (f, "2025-09-22", 1800);
  g_assert_true (sc_cadence_meeting_held (f->store, day ("2025-09-25")));
  sc_cadence_health (f->store, monday, &health);
  g_assert_cmpint (sc_cadence_reminders (f->store, monday, &health), ==, 0);
  g_assert_cmpuint (sc_cadence_meeting_day (f->store, day ("2025-09-29")), ==,
                    day ("2025-09-29"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, sc_sample_copy_set_up, func, sc_sample_copy_tear_down)

  ADD ("/cadence/sample", test_cadence_sample);
  ADD ("/cadence/meetings", test_cadence_meetings);
  ADD ("/cadence/meetings/no-shutdown", test_cadence_meetings_no_shutdown);
  ADD ("/cadence/on-time/sample", test_cadence_on_time_sample);
  ADD ("/cadence/on-time/window", test_cadence_on_time_window);
  ADD ("/cadence/missing", test_cadence_missing);
  ADD ("/cadence/review/monthly", test_cadence_monthly_review);
  ADD ("/cadence/review/quarterly", test_cadence_quarterly_review);
  ADD ("/cadence/reminders", test_cadence_reminders);

  return g_test_run ();
}
