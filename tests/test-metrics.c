/* test-metrics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures every screen and document shows, on the sample company:
 * roll-ups by rule, targets with holiday and shutdown weeks, statuses.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <glib/gstdio.h>

#include "sc-metrics.h"
#include "sc-sample.h"
#include "sc-values.h"

typedef struct
{
  char      *dir;
  char      *path;
  ScStore   *store;
  ScMetrics *metrics;
  ScCalendar cal;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sc-metrics-XXXXXX", &error);
  f->path = g_build_filename (f->dir, "sample.salescadence", NULL);
  g_assert_true (sc_sample_write (f->path, 0, &error));
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->metrics = sc_metrics_for_store (f->store);
  sc_store_get_calendar (f->store, &f->cal);
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

static ScKpi *
kpi (Fixture    *f,
     const char *key)
{
  g_autoptr(GPtrArray) kpis = sc_metrics_active_kpis (f->metrics);

  for (guint i = 0; i < kpis->len; i++)
    if (g_str_equal (sc_record_get_text (g_ptr_array_index (kpis, i), SC_KPI_CATALOG_KEY), key))
      return g_ptr_array_index (kpis, i);
  g_assert_not_reached ();
}

static void
assert_close (double actual,
              double expected)
{
  g_assert_cmpfloat_with_epsilon (actual, expected, 1e-6);
}

static void
test_metrics_quarters (Fixture       *f,
                       gconstpointer  data)
{
  ScPeriod q1, q2;
  ScFigure fig;

  sc_calendar_quarter (&f->cal, 2025, 1, &q1);
  sc_calendar_quarter (&f->cal, 2025, 2, &q2);

  /* Sales: a sum. Q1's target: 9 weeks at 150 k$, 4 holiday weeks at 120. */
  sc_metrics_figure (f->metrics, kpi (f, "K01"), &q1, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 1995000);
  assert_close (fig.target, 9 * 150000 + 4 * 120000);
  g_assert_cmpint (fig.status, ==, SC_STATUS_ON_TARGET);
  g_assert_cmpuint (fig.n_values, ==, 13);
  g_assert_false (fig.provisional);

  /* Q2: two holiday weeks and the two-week shutdown at 20 k$. */
  sc_metrics_figure (f->metrics, kpi (f, "K01"), &q2, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 1820000);
  assert_close (fig.target, 9 * 150000 + 2 * 120000 + 2 * 20000);
  g_assert_true (fig.provisional);

  /* Win rate: won ÷ decided over the quarter, not a mean of weekly rates. */
  sc_metrics_figure (f->metrics, kpi (f, "K08"), &q1, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 38.0 / 126.0 * 100.0);
  assert_close (fig.numerator, 38);
  assert_close (fig.denominator, 126);
  assert_close (fig.target, 30);
  g_assert_cmpint (fig.status, ==, SC_STATUS_ON_TARGET);
  sc_metrics_figure (f->metrics, kpi (f, "K08"), &q2, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 32.0 / 109.0 * 100.0);
  g_assert_cmpint (fig.status, ==, SC_STATUS_WATCH);

  sc_metrics_figure (f->metrics, kpi (f, "K23"), &q1, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 159);
  sc_metrics_figure (f->metrics, kpi (f, "K24"), &q2, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 122);
  sc_metrics_figure (f->metrics, kpi (f, "K25"), &q2, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 159);
  sc_metrics_figure (f->metrics, kpi (f, "K04"), &q2, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 1695000);

  /* Gross margin over a quarter: margin $ over sales $, weighted. */
  sc_metrics_figure (f->metrics, kpi (f, "K02"), &q1, SC_DAY_NONE, &fig);
  assert_close (fig.actual, (563 * 26.4 + 791 * 27.1 + 641 * 25.8) / 1995.0);
  g_assert_cmpuint (fig.n_periods, ==, 3);
}

static void
test_metrics_months (Fixture       *f,
                     gconstpointer  data)
{
  ScPeriod month;
  ScFigure fig;

  /* By the Thursday rule, April has 4 weeks (two with a holiday). */
  sc_calendar_month (&f->cal, 2025, 4, &month);
  sc_metrics_figure (f->metrics, kpi (f, "K01"), &month, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 563000);
  assert_close (fig.target, 2 * 150000 + 2 * 120000);
  sc_calendar_month (&f->cal, 2025, 5, &month);
  sc_metrics_figure (f->metrics, kpi (f, "K01"), &month, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 791000);
  assert_close (fig.target, 4 * 150000 + 120000);

  /* August 2025: gross margin 24.8 % against 27 %: −2.2 points, off. */
  sc_calendar_month (&f->cal, 2025, 8, &month);
  sc_metrics_figure (f->metrics, kpi (f, "K02"), &month, SC_DAY_NONE, &fig);
  assert_close (fig.actual, 24.8);
  assert_close (fig.target, 27);
  assert_close (sc_figure_variance (&fig), -2.2);
  g_assert_cmpint (fig.status, ==, SC_STATUS_OFF_TARGET);
  /* July is worse; April only to watch; May on target. */
  sc_calendar_month (&f->cal, 2025, 7, &month);
  sc_metrics_figure (f->metrics, kpi (f, "K02"), &month, SC_DAY_NONE, &fig);
  g_assert_cmpint (fig.status, ==, SC_STATUS_OFF_TARGET);
  sc_calendar_month (&f->cal, 2025, 4, &month);
  sc_metrics_figure (f->metrics, kpi (f, "K02"), &month, SC_DAY_NONE, &fig);
  g_assert_cmpint (fig.status, ==, SC_STATUS_WATCH);
  sc_calendar_month (&f->cal, 2025, 5, &month);
  sc_metrics_figure (f->metrics, kpi (f, "K02"), &month, SC_DAY_NONE, &fig);
  g_assert_cmpint (fig.status, ==, SC_STATUS_ON_TARGET);
  /* September is still the weekly estimate. */
  sc_calendar_month (&f->cal, 2025, 9, &month);
  sc_metrics_figure (f->metrics, kpi (f, "K02"), &month, SC_DAY_NONE, &fig);
  g_assert_true (fig.provisional);
}

/* The scorecard's cells: weeks, rolling windows, shutdown weeks. */
static void
test_metrics_week_cells (Fixture       *f,
                         gconstpointer  data)
{
  ScFigure fig;
  ScDay shutdown1 = sc_day_from_iso ("2025-07-21");
  ScDay shutdown2 = sc_day_from_iso ("2025-07-28");
  ScDay last = sc_day_from_iso ("2025-09-22");

  g_assert_true (sc_metrics_is_shutdown (f->metrics, shutdown1));
  g_assert_false (sc_metrics_is_shutdown (f->metrics, last));

  /* Construction holiday: 18 k$ against 20 k$ is to watch, not red. */
  sc_metrics_week_cell (f->metrics, kpi (f, "K01"), shutdown1, &fig);
  assert_close (fig.actual, 18000);
  assert_close (fig.target, 20000);
  g_assert_cmpint (fig.status, ==, SC_STATUS_WATCH);
  sc_metrics_week_cell (f->metrics, kpi (f, "K01"), shutdown2, &fig);
  g_assert_cmpint (fig.status, ==, SC_STATUS_OFF_TARGET);

  /* Flows without their own override drop to the shutdown level (20 %). */
  sc_metrics_week_cell (f->metrics, kpi (f, "K23"), shutdown1, &fig);
  assert_close (fig.actual, 3);
  assert_close (fig.target, 12 * 0.20);
  g_assert_cmpint (fig.status, ==, SC_STATUS_ON_TARGET);
  /* A rate keeps its level in a shutdown week. */
  g_assert_true (isnan (sc_metrics_entry_target (f->metrics, kpi (f, "K02"), shutdown1)) ||
                 sc_metrics_entry_target (f->metrics, kpi (f, "K02"), shutdown1) == 27);

  /* A holiday week. */
  sc_metrics_week_cell (f->metrics, kpi (f, "K01"), sc_day_from_iso ("2025-09-01"), &fig);
  assert_close (fig.actual, 133000);
  assert_close (fig.target, 120000);
  g_assert_cmpint (fig.status, ==, SC_STATUS_ON_TARGET);

  /* The 13-week win rate, as published: 29.4 % in the last week, 30.3 %
   * in the week of 2025-06-30. */
  sc_metrics_week_cell (f->metrics, kpi (f, "K08"), last, &fig);
  assert_close (fig.actual, 32.0 / 109.0 * 100.0);
  g_assert_cmpint (fig.status, ==, SC_STATUS_WATCH);
  sc_metrics_week_cell (f->metrics, kpi (f, "K08"), sc_day_from_iso ("2025-06-30"), &fig);
  assert_close (fig.actual, 37.0 / 122.0 * 100.0);
  g_assert_cmpint (fig.status, ==, SC_STATUS_ON_TARGET);

  /* A week with no figure has no status. */
  sc_metrics_week_cell (f->metrics, kpi (f, "K01"), last + 7, &fig);
  g_assert_true (isnan (fig.actual));
  g_assert_cmpint (fig.status, ==, SC_STATUS_NONE);
  sc_metrics_week_cell (f->metrics, kpi (f, "K08"), last + 7, &fig);
  g_assert_true (isnan (fig.actual));

  /* A monthly KPI's cell is its month. */
  sc_metrics_week_cell (f->metrics, kpi (f, "K02"), sc_day_from_iso ("2025-08-11"), &fig);
  assert_close (fig.actual, 24.8);
  g_assert_cmpuint (sc_metrics_entry_period (f->metrics, kpi (f, "K02"),
                                             sc_day_from_iso ("2025-06-30")), ==,
                    sc_day_from_iso ("2025-07-01"));
}

/* A period in progress is compared with its target to date. */
static void
test_metrics_to_date (Fixture       *f,
                      gconstpointer  data)
{
  ScPeriod q2;
  ScFigure fig;

  sc_calendar_quarter (&f->cal, 2025, 2, &q2);
  sc_metrics_figure (f->metrics, kpi (f, "K01"), &q2, sc_day_from_iso ("2025-07-14"), &fig);
  g_assert_cmpuint (fig.n_periods, ==, 3);
  assert_close (fig.actual, (118 + 182 + 196) * 1000);
  assert_close (fig.target, 120000 + 2 * 150000);
}

static void
test_metrics_status_rules (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(ScKpi) lower = sc_kpi_new_from_catalog (sc_kpi_catalog_lookup ("K26"));
  ScKpi *higher = kpi (f, "K01");

  g_assert_cmpint (sc_kpi_get_direction (lower), ==, SC_DIRECTION_LOWER);
  g_assert_cmpint (sc_metrics_status (higher, 100, 100), ==, SC_STATUS_ON_TARGET);
  g_assert_cmpint (sc_metrics_status (higher, 90, 100), ==, SC_STATUS_WATCH);
  g_assert_cmpint (sc_metrics_status (higher, 89.99, 100), ==, SC_STATUS_OFF_TARGET);
  g_assert_cmpint (sc_metrics_status (higher, NAN, 100), ==, SC_STATUS_NONE);
  g_assert_cmpint (sc_metrics_status (higher, 100, NAN), ==, SC_STATUS_NONE);
  g_assert_cmpint (sc_metrics_status (lower, 3, 3), ==, SC_STATUS_ON_TARGET);
  g_assert_cmpint (sc_metrics_status (lower, 3.3, 3), ==, SC_STATUS_WATCH);
  g_assert_cmpint (sc_metrics_status (lower, 3.31, 3), ==, SC_STATUS_OFF_TARGET);
  g_assert_cmpint (sc_metrics_status (lower, 1, 3), ==, SC_STATUS_ON_TARGET);
}

/* A new target version applies from its day on and never rewrites the
 * past; an undo brings the old one back. */
static void
test_metrics_target_versions (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRecord) t = sc_record_new (SC_TYPE_TARGET);
  ScKpi *sales = kpi (f, "K01");
  ScDay june = sc_day_from_iso ("2025-06-09");
  ScDay august = sc_day_from_iso ("2025-08-18");

  sc_record_set_ref (t, SC_TARGET_KPI_ID, sc_record_get_id (SC_RECORD (sales)));
  sc_record_set_date (t, SC_TARGET_EFFECTIVE, sc_day_from_iso ("2025-08-04"));
  sc_record_set_int (t, SC_TARGET_VALUE, 16000000);
  g_assert_true (sc_store_put (f->store, "New target", t, &error));
  g_assert_no_error (error);

  assert_close (sc_metrics_entry_target (f->metrics, sales, june), 150000);
  assert_close (sc_metrics_entry_target (f->metrics, sales, august), 160000);
  g_assert_true (sc_store_undo (f->store, &error));
  assert_close (sc_metrics_entry_target (f->metrics, sales, august), 150000);
}

static void
test_metrics_latest_and_missing (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) missing = NULL;
  ScDay week = sc_day_from_iso ("2025-09-22");
  ScFigure fig;
  ScDay period;

  g_assert_true (sc_metrics_latest (f->metrics, kpi (f, "K01"), week + 7, &period, &fig));
  g_assert_cmpuint (period, ==, week);
  assert_close (fig.actual, 181000);
  g_assert_true (fig.provisional);
  g_assert_true (sc_metrics_latest (f->metrics, kpi (f, "K02"), week, &period, &fig));
  g_assert_cmpuint (period, ==, sc_day_from_iso ("2025-09-01"));
  assert_close (fig.actual, 26.3);
  g_assert_false (sc_metrics_latest (f->metrics, kpi (f, "K01"), sc_day_from_iso ("2025-03-24"),
                                     &period, &fig));

  /* Every finished week of the sample is complete. */
  missing = sc_metrics_missing (f->metrics, week - 12 * 7, week);
  g_assert_cmpuint (missing->len, ==, 0);
  g_clear_pointer (&missing, g_array_unref);

  /* Clear two figures: they are missing, oldest first. */
  g_assert_true (sc_values_set_text (f->store, kpi (f, "K24"), week - 7, SC_LANG_EN, "", &error));
  g_assert_true (sc_values_set_text (f->store, kpi (f, "K01"), week - 14, SC_LANG_EN, " ", &error));
  g_assert_no_error (error);
  missing = sc_metrics_missing (f->metrics, week - 12 * 7, week);
  g_assert_cmpuint (missing->len, ==, 2);
  g_assert_cmpuint (g_array_index (missing, ScMissing, 0).period, ==, week - 14);
  g_assert_true (g_array_index (missing, ScMissing, 0).kpi == kpi (f, "K01"));
  g_assert_cmpuint (g_array_index (missing, ScMissing, 1).period, ==, week - 7);
  g_clear_pointer (&missing, g_array_unref);

  /* A monthly figure is due once the month's last week is over: October
   * 2025 ends with the week of 2025-10-27, over on 2025-11-02. */
  missing = sc_metrics_missing (f->metrics, sc_day_from_iso ("2025-09-29"),
                                sc_day_from_iso ("2025-11-02"));
  for (guint i = 0; i < missing->len; i++)
    g_assert_true (g_array_index (missing, ScMissing, i).kpi != kpi (f, "K02"));
  g_clear_pointer (&missing, g_array_unref);
  missing = sc_metrics_missing (f->metrics, sc_day_from_iso ("2025-09-29"),
                                sc_day_from_iso ("2025-11-03"));
  {
    guint margins = 0;

    for (guint i = 0; i < missing->len; i++)
      if (g_array_index (missing, ScMissing, i).kpi == kpi (f, "K02"))
        {
          margins++;
          g_assert_cmpuint (g_array_index (missing, ScMissing, i).period, ==,
                            sc_day_from_iso ("2025-10-01"));
        }
    g_assert_cmpuint (margins, ==, 1);
  }
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add ("/metrics/quarters", test_metrics_quarters);
  add ("/metrics/months", test_metrics_months);
  add ("/metrics/week-cells", test_metrics_week_cells);
  add ("/metrics/to-date", test_metrics_to_date);
  add ("/metrics/status-rules", test_metrics_status_rules);
  add ("/metrics/target-versions", test_metrics_target_versions);
  add ("/metrics/latest-and-missing", test_metrics_latest_and_missing);

  return g_test_run ();
}
