/* test-sample.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample company against its published figures (reference/domain.md
 * §4): quarter totals computed from the file by the Thursday rule.
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "sc-calendar.h"
#include "sc-cli.h"
#include "sc-kpi.h"
#include "sc-minutes.h"
#include "sc-monthly-review.h"
#include "sc-quarterly-review.h"
#include "sc-sample.h"
#include "sc-store.h"

#define K(thousands) ((gint64) (thousands) * 100000)
#define N(count)     ((gint64) (count) * 100)

typedef struct
{
  char    *dir;
  char    *path;
  ScStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint years = GPOINTER_TO_UINT (data);

  f->dir = g_dir_make_tmp ("sc-sample-XXXXXX", &error);
  f->path = g_build_filename (f->dir, "sample.salescadence", NULL);
  g_assert_true (sc_sample_write (f->path, years, &error));
  g_assert_no_error (error);
  g_assert_true (sc_store_check_file (f->path, &error));
  g_assert_no_error (error);
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static ScRecord *
kpi_by_key (ScStore    *store,
            const char *key)
{
  GListModel *kpis = sc_store_get_list (store, &sc_kpi_table);

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(ScRecord) kpi = g_list_model_get_item (kpis, i);

      if (g_str_equal (sc_record_get_text (kpi, SC_KPI_CATALOG_KEY), key))
        return kpi;
    }
  g_assert_not_reached ();
}

static ScRecord *
person_by_name (ScStore    *store,
                const char *name)
{
  GListModel *people = sc_store_get_list (store, &sc_person_table);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(ScRecord) p = g_list_model_get_item (people, i);

      if (g_str_equal (sc_record_get_text (p, SC_PERSON_NAME), name))
        return p;
    }
  g_assert_not_reached ();
}

static void
period_sum (ScStore        *store,
            const char     *key,
            const ScPeriod *period,
            ScAggregate    *agg)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_store_aggregate (store, sc_record_get_id (kpi_by_key (store, key)),
                                     period->first_week, period->last_week, agg, &error));
  g_assert_no_error (error);
}

static void
test_sample_quarter_totals (Fixture       *f,
                            gconstpointer  data)
{
  static const struct {
    int q;
    int sales, bookings, opportunities, quotes, won, decided, follow_ups;
  } published[] = {
    { 1, 1995, 1987, 159, 137, 38, 126, 141 },
    { 2, 1820, 1695, 139, 122, 32, 109, 159 },
  };
  ScCalendar cal;

  sc_store_get_calendar (f->store, &cal);
  g_assert_cmpint (cal.fiscal_start_month, ==, 4);

  for (guint i = 0; i < G_N_ELEMENTS (published); i++)
    {
      ScPeriod quarter;
      ScAggregate agg;

      sc_calendar_quarter (&cal, 2025, published[i].q, &quarter);
      g_assert_cmpuint (quarter.n_weeks, ==, 13);

      period_sum (f->store, "K01", &quarter, &agg);
      g_assert_cmpuint (agg.n, ==, 13);
      g_assert_cmpint (agg.sum, ==, K (published[i].sales));
      period_sum (f->store, "K04", &quarter, &agg);
      g_assert_cmpint (agg.sum, ==, K (published[i].bookings));
      period_sum (f->store, "K23", &quarter, &agg);
      g_assert_cmpint (agg.sum, ==, N (published[i].opportunities));
      period_sum (f->store, "K24", &quarter, &agg);
      g_assert_cmpint (agg.sum, ==, N (published[i].quotes));
      period_sum (f->store, "K08", &quarter, &agg);
      g_assert_cmpint (agg.sum, ==, N (published[i].won));
      g_assert_cmpint (agg.sum_den, ==, N (published[i].decided));
      period_sum (f->store, "K25", &quarter, &agg);
      g_assert_cmpint (agg.sum, ==, N (published[i].follow_ups));
    }
}

/* Monthly sales by the Thursday rule and the accountant's margins. */
static void
test_sample_months (Fixture       *f,
                    gconstpointer  data)
{
  static const struct { int month; int sales; int margin; int weeks; } months[] = {
    { 4, 563, 2640, 4 }, { 5, 791, 2710, 5 }, { 6, 641, 2580, 4 },
    { 7, 526, 2190, 5 }, { 8, 630, 2480, 4 }, { 9, 664, 2630, 4 },
  };
  gint64 margin_id = sc_record_get_id (kpi_by_key (f->store, "K02"));
  ScCalendar cal;

  sc_store_get_calendar (f->store, &cal);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      ScPeriod month;
      ScAggregate agg;
      ScDay first_day = sc_day_from_ymd (2025, months[i].month, 1);
      g_autoptr(ScKpiValue) margin = NULL;
      gint64 num, den;

      sc_calendar_month (&cal, 2025, months[i].month, &month);
      g_assert_cmpuint (month.n_weeks, ==, months[i].weeks);
      period_sum (f->store, "K01", &month, &agg);
      g_assert_cmpint (agg.sum, ==, K (months[i].sales));

      margin = sc_store_get_value (f->store, margin_id, first_day);
      g_assert_nonnull (margin);
      num = sc_record_get_int (SC_RECORD (margin), SC_VALUE_VALUE);
      den = sc_record_get_int (SC_RECORD (margin), SC_VALUE_DEN);
      /* Gross margin is margin $ over the month's sales $. */
      g_assert_cmpint (den, ==, K (months[i].sales));
      g_assert_cmpint ((num * 10000 + den / 2) / den, ==, months[i].margin);
    }
}

static void
test_sample_people_and_kpis (Fixture       *f,
                             gconstpointer  data)
{
  static const char *const starter[] = { "K01", "K02", "K08", "K23", "K24", "K25", "K04" };
  GListModel *kpis = sc_store_get_list (f->store, &sc_kpi_table);
  ScRecord *company = SC_RECORD (sc_store_get_company (f->store));
  ScRecord *sales;
  g_autoptr(GPtrArray) values = NULL;

  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_NAME), ==, "Atelier Boréalis Métal inc.");
  g_assert_cmpuint (sc_store_get_today (f->store), ==, sc_day_from_iso (SC_SAMPLE_TODAY_ISO));
  g_assert_cmpuint (g_list_model_get_n_items (sc_store_get_list (f->store, &sc_person_table)), ==, 7);
  g_assert_false (sc_record_get_bool (person_by_name (f->store, "Luc Fortin, CPA"),
                                      SC_PERSON_IN_MEETING));
  g_assert_cmpuint (g_list_model_get_n_items (kpis), ==, G_N_ELEMENTS (starter));

  for (guint i = 0; i < G_N_ELEMENTS (starter); i++)
    {
      ScRecord *kpi = kpi_by_key (f->store, starter[i]);

      g_assert_true (sc_kpi_is_active (SC_KPI (kpi)));
      g_assert_cmpint (sc_record_get_ref (kpi, SC_KPI_OWNER_ID), >, 0);
      g_assert_cmpint (sc_kpi_get_direction (SC_KPI (kpi)), ==, SC_DIRECTION_HIGHER);
    }
  g_assert_cmpint (sc_kpi_get_rollup (SC_KPI (kpi_by_key (f->store, "K08"))), ==, SC_ROLLUP_RATIO);
  g_assert_cmpint (sc_kpi_get_frequency (SC_KPI (kpi_by_key (f->store, "K02"))), ==,
                   SC_FREQUENCY_MONTHLY);

  /* The weeks' notes and the provisional estimates of the last weeks. */
  sales = kpi_by_key (f->store, "K01");
  values = sc_store_get_values (f->store, sc_record_get_id (sales), sc_day_from_iso ("2025-07-21"),
                                sc_day_from_iso ("2025-09-22"), NULL);
  g_assert_cmpuint (values->len, ==, 10);
  g_assert_cmpstr (sc_record_get_text (g_ptr_array_index (values, 0), SC_VALUE_NOTE), ==,
                   "Vacances de la construction\u00a0: usine fermée");
  g_assert_cmpint (sc_record_get_int (g_ptr_array_index (values, 0), SC_VALUE_VALUE), ==, K (18));
  g_assert_false (sc_record_get_bool (g_ptr_array_index (values, 7), SC_VALUE_PROVISIONAL));
  g_assert_true (sc_record_get_bool (g_ptr_array_index (values, 8), SC_VALUE_PROVISIONAL));
  g_assert_true (sc_record_get_bool (g_ptr_array_index (values, 9), SC_VALUE_PROVISIONAL));
}

static void
test_sample_targets (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *targets = sc_store_get_list (f->store, &sc_target_table);
  GListModel *overrides = sc_store_get_list (f->store, &sc_override_table);
  GListModel *shutdowns = sc_store_get_list (f->store, &sc_shutdown_table);
  gint64 sales = sc_record_get_id (kpi_by_key (f->store, "K01"));
  guint n_holiday = 0, n_shutdown = 0, n_sales_targets = 0;

  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      g_autoptr(ScRecord) t = g_list_model_get_item (targets, i);

      if (sc_record_get_ref (t, SC_TARGET_KPI_ID) != sales)
        continue;
      n_sales_targets++;
      g_assert_cmpint (sc_record_get_int (t, SC_TARGET_VALUE), ==, K (150));
      g_assert_cmpuint (sc_record_get_date (t, SC_TARGET_EFFECTIVE), ==, sc_day_from_iso ("2025-03-31"));
    }
  g_assert_cmpuint (n_sales_targets, ==, 1);

  for (guint i = 0; i < g_list_model_get_n_items (overrides); i++)
    {
      g_autoptr(ScRecord) o = g_list_model_get_item (overrides, i);
      ScDay week = sc_record_get_date (o, SC_OVERRIDE_PERIOD);

      if (sc_record_get_ref (o, SC_OVERRIDE_KPI_ID) != sales || week > sc_day_from_iso ("2025-09-22"))
        continue;
      if (sc_record_get_int (o, SC_OVERRIDE_VALUE) == K (20))
        n_shutdown++;
      else if (sc_record_get_int (o, SC_OVERRIDE_VALUE) == K (120))
        n_holiday++;
    }
  /* Good Friday, Easter Monday, Patriotes, Fête nationale, Canada Day,
   * Labour Day; and the two weeks of the construction holiday. */
  g_assert_cmpuint (n_holiday, ==, 6);
  g_assert_cmpuint (n_shutdown, ==, 2);
  /* Construction holiday and Christmas shutdown of fiscal 2025. */
  g_assert_cmpuint (g_list_model_get_n_items (shutdowns), ==, 4);
}

static void
test_sample_plan (Fixture       *f,
                  gconstpointer  data)
{
  static const struct {
    const char *ref, *owner, *due;
    ScActionStatus status;
  } expected[] = {
    { "A01", "Marc-André Pelletier", "2025-04-25", SC_ACTION_DONE },
    { "A02", "Jean-Philippe Gagnon", "2025-05-02", SC_ACTION_DONE },
    { "A03", "Jean-Philippe Gagnon", "2025-05-30", SC_ACTION_OPEN },
    { "A04", "Sophie Lachance", "2025-04-18", SC_ACTION_DONE },
    { "A05", "Sophie Lachance", "2025-06-27", SC_ACTION_OPEN },
    { "A06", "Émilie Ouellet", "2025-06-06", SC_ACTION_DONE },
    { "A07", "Émilie Ouellet", "2025-05-30", SC_ACTION_DONE },
    { "A08", "Jean-Philippe Gagnon", "2025-04-30", SC_ACTION_DONE },
    { "A09", "Nathalie Bergeron", "2025-05-09", SC_ACTION_DONE },
    { "A10", "Nathalie Bergeron", "2025-05-28", SC_ACTION_DROPPED },
  };
  GListModel *actions = sc_store_get_list (f->store, &sc_action_table);
  GListModel *priorities = sc_store_get_list (f->store, &sc_priority_table);

  g_assert_cmpuint (g_list_model_get_n_items (priorities), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(ScRecord) a = g_list_model_get_item (actions, i);
      ScRecord *owner = sc_store_lookup (f->store, &sc_person_table,
                                         sc_record_get_ref (a, SC_ACTION_OWNER_ID));

      g_assert_cmpstr (sc_record_get_text (a, SC_ACTION_REF), ==, expected[i].ref);
      g_assert_cmpstr (sc_record_get_text (owner, SC_PERSON_NAME), ==, expected[i].owner);
      g_assert_cmpuint (sc_record_get_date (a, SC_ACTION_DUE), ==, sc_day_from_iso (expected[i].due));
      g_assert_cmpint (sc_record_get_int (a, SC_ACTION_STATUS), ==, expected[i].status);
      g_assert_cmpint (sc_record_get_int (a, SC_ACTION_FISCAL_YEAR), ==, 2025);
      g_assert_cmpint (sc_record_get_int (a, SC_ACTION_QUARTER), ==, 1);
      g_assert_cmpint (sc_record_get_ref (a, SC_ACTION_PRIORITY_ID), >, 0);
    }
  /* A03 slipped once: the original date is kept. */
  {
    g_autoptr(ScRecord) a03 = g_list_model_get_item (actions, 2);

    g_assert_cmpuint (sc_record_get_date (a03, SC_ACTION_ORIGINAL_DUE), ==,
                      sc_day_from_iso ("2025-05-16"));
    g_assert_cmpuint (g_list_model_get_n_items (sc_store_get_list (f->store, &sc_due_change_table)),
                      ==, 1);
  }
}

/* A long history: as many years as asked, published weeks unchanged. */
static void
test_sample_years (Fixture       *f,
                   gconstpointer  data)
{
  guint years = GPOINTER_TO_UINT (data);
  ScDay first, last;
  ScCalendar cal;
  ScPeriod q1;
  ScAggregate agg;
  gint64 sales = sc_record_get_id (kpi_by_key (f->store, "K01"));
  gboolean archived = FALSE;
  GListModel *kpis = sc_store_get_list (f->store, &sc_kpi_table);

  g_assert_true (sc_store_value_span (f->store, &first, &last));
  g_assert_cmpuint (last, ==, sc_day_from_iso ("2025-09-22"));
  g_assert_true (sc_store_aggregate (f->store, sales, first, last, &agg, NULL));
  g_assert_cmpuint (agg.n, ==, years * 52);

  sc_store_get_calendar (f->store, &cal);
  sc_calendar_quarter (&cal, 2025, 1, &q1);
  period_sum (f->store, "K01", &q1, &agg);
  g_assert_cmpint (agg.sum, ==, K (1995));

  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(ScKpi) kpi = g_list_model_get_item (kpis, i);

      archived |= !sc_kpi_is_active (kpi);
    }
  g_assert_true (archived);
  /* A plan for every whole past quarter: 50 actions each (and up to
   * three left open, carried or dropped at the review), plus A01–A10. */
  {
    guint n_quarters = 0;
    ScPeriod q;

    sc_calendar_period_at (&cal, SC_PERIOD_QUARTER, first, &q);
    for (; q.fiscal_year < 2025; sc_calendar_period_shift (&cal, &q, 1, &q))
      if (q.first_week >= first)
        n_quarters++;
    g_assert_cmpuint (n_quarters, >=, years * 4 - 3);
    g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), >=, 10 + 50 * n_quarters);
    g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), <=, 10 + 56 * n_quarters);
  }
}

/* Ten years of use: meetings, reviews and thousands of actions, written as
 * the sessions write them, so that they read back through the same code. */
static void
test_sample_history (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = sc_minutes_list_meetings (f->store);
  g_autoptr(ScMinutes) minutes = NULL;
  g_autoptr(ScMonthlyReviewSession) monthly = NULL;
  g_autoptr(ScQuarterlyReviewSession) quarterly = NULL;
  g_autoptr(ScRecord) first_review = NULL;
  guint n_meetings = sc_store_count_rows (f->store, &sc_meeting_table);

  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), >=, 1500);
  /* Every week of the 37 past quarters but holiday and shutdown weeks. */
  g_assert_cmpuint (n_meetings, >=, 380);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_segment_table), ==, 4 * n_meetings);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_attendance_table), ==, 5 * n_meetings);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_monthly_review_table), >=, 100);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_quarterly_review_table), >=, 35);

  /* The Meetings page's list and minutes. */
  g_assert_cmpuint (meetings->len, ==, n_meetings);
  minutes = sc_minutes_new (f->store, sc_record_get_id (g_ptr_array_index (meetings, 0)),
                            SC_LANG_FR, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (minutes->segments->len, ==, 4);
  g_assert_cmpuint (minutes->attendees->len, ==, 5);
  g_assert_cmpuint (sc_minutes_count_present (minutes), >=, 4);
  g_assert_cmpint (minutes->planned_minutes, ==, 30);
  g_assert_cmpint (minutes->duration, >=, 24 * 60);
  g_assert_cmpint (minutes->duration, <=, 38 * 60);

  /* A saved monthly review opens read-only with a line per KPI; a past
   * quarter's review is finished. */
  first_review = g_list_model_get_item (sc_store_get_list (f->store, &sc_monthly_review_table), 0);
  monthly = sc_monthly_review_session_open (f->store, sc_record_get_id (first_review), &error);
  g_assert_no_error (error);
  g_assert_true (sc_monthly_review_session_get_read_only (monthly));
  g_assert_cmpuint (sc_monthly_review_session_get_n_lines (monthly), >=, 7);
  quarterly = sc_quarterly_review_session_new (f->store, 2024, 2, &error);
  g_assert_no_error (error);
  g_assert_true (sc_quarterly_review_session_get_read_only (quarterly));
  g_assert_cmpuint (sc_quarterly_review_session_get_n_items (quarterly), >=, 10);
}

/* One quarter (--quarters=1): the 13 published weeks of Q2 and nothing
 * before, for the smallest file of the benchmarks. */
static void
test_sample_one_quarter (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sc-sample-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "quarter.salescadence", NULL);
  g_autofree char *option = g_strconcat ("--new-sample=", path, NULL);
  char *args[] = { (char *) "salescadence", option, (char *) "--quarters=1", NULL };
  char *alone[] = { (char *) "salescadence", (char *) "--quarters=1", NULL };
  g_autoptr(ScStore) store = NULL;
  ScAggregate agg;
  ScCalendar cal;
  ScPeriod q1, q2;
  ScDay first, last;
  int status = -1;

  g_assert_true (sc_cli_run (3, args, &status));
  g_assert_cmpint (status, ==, 0);
  g_assert_true (sc_store_check_file (path, &error));
  g_assert_no_error (error);
  store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  g_assert_true (sc_store_value_span (store, &first, &last));
  g_assert_cmpuint (first, ==, sc_day_from_iso ("2025-06-30"));
  g_assert_cmpuint (last, ==, sc_day_from_iso ("2025-09-22"));
  sc_store_get_calendar (store, &cal);
  sc_calendar_quarter (&cal, 2025, 1, &q1);
  sc_calendar_quarter (&cal, 2025, 2, &q2);
  period_sum (store, "K01", &q1, &agg);
  g_assert_cmpuint (agg.n, ==, 0);
  period_sum (store, "K01", &q2, &agg);
  g_assert_cmpuint (agg.n, ==, 13);
  g_assert_cmpint (agg.sum, ==, K (1820));
  period_sum (store, "K08", &q2, &agg);
  g_assert_cmpint (agg.sum_den, ==, N (109));
  /* The margins of July, August and September; no archived KPI. */
  period_sum (store, "K02", &(ScPeriod) { .first_week = first, .last_week = last }, &agg);
  g_assert_cmpuint (agg.n, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (sc_store_get_list (store, &sc_kpi_table)), ==, 7);
  g_clear_object (&store);

  /* Without --new-sample, or with --years, it is refused. */
  g_assert_true (sc_cli_run (2, alone, &status));
  g_assert_cmpint (status, ==, 2);
  g_unlink (path);
  g_rmdir (dir);
}

/* Same seed, same file. */
static void
test_sample_deterministic (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sc-sample-XXXXXX", &error);
  g_autofree char *a = g_build_filename (dir, "a.salescadence", NULL);
  g_autofree char *b = g_build_filename (dir, "b.salescadence", NULL);
  g_autoptr(ScStore) sa = NULL;
  g_autoptr(ScStore) sb = NULL;
  ScAggregate x, y;

  g_assert_true (sc_sample_write (a, 3, &error));
  g_assert_true (sc_sample_write (b, 3, &error));
  g_assert_no_error (error);
  sa = sc_store_open (a, SC_STORE_OPEN_READ_ONLY, &error);
  sb = sc_store_open (b, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sc_store_aggregate (sa, 1, 0 + 1, sc_day_from_iso ("2030-01-01"), &x, NULL));
  g_assert_true (sc_store_aggregate (sb, 1, 0 + 1, sc_day_from_iso ("2030-01-01"), &y, NULL));
  g_assert_cmpint (x.sum, ==, y.sum);
  g_assert_cmpuint (x.n, ==, y.n);
  g_clear_object (&sa);
  g_clear_object (&sb);
  g_unlink (a);
  g_unlink (b);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/sample/quarter-totals", Fixture, NULL, fixture_set_up,
              test_sample_quarter_totals, fixture_tear_down);
  g_test_add ("/sample/months", Fixture, NULL, fixture_set_up, test_sample_months,
              fixture_tear_down);
  g_test_add ("/sample/people-and-kpis", Fixture, NULL, fixture_set_up,
              test_sample_people_and_kpis, fixture_tear_down);
  g_test_add ("/sample/targets", Fixture, NULL, fixture_set_up, test_sample_targets,
              fixture_tear_down);
  g_test_add ("/sample/plan", Fixture, NULL, fixture_set_up, test_sample_plan,
              fixture_tear_down);
  g_test_add ("/sample/years/2", Fixture, GUINT_TO_POINTER (2), fixture_set_up,
              test_sample_years, fixture_tear_down);
  g_test_add ("/sample/years/10", Fixture, GUINT_TO_POINTER (10), fixture_set_up,
              test_sample_years, fixture_tear_down);
  g_test_add ("/sample/history/10", Fixture, GUINT_TO_POINTER (10), fixture_set_up,
              test_sample_history, fixture_tear_down);
  g_test_add ("/sample/years/2-totals", Fixture, GUINT_TO_POINTER (2), fixture_set_up,
              test_sample_quarter_totals, fixture_tear_down);
  g_test_add_func ("/sample/one-quarter", test_sample_one_quarter);
  g_test_add_func ("/sample/deterministic", test_sample_deterministic);

  return g_test_run ();
}
