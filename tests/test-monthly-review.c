/* test-monthly-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The monthly variance review (sc-monthly-review.h) on temporary copies of
 * the sample company, whose today is 2025-09-26: the review of August 2025
 * with its figures worked out by hand from reference/domain.md §4.4,
 * saving its lines, a countermeasure made an action in the same
 * transaction, refusals that write nothing, and the snapshot that a saved
 * review keeps when a figure changes afterwards.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <glib/gstdio.h>

#include "sc-l10n.h"
#include "sc-monthly-review.h"
#include "sc-plan.h"
#include "sc-sample.h"
#include "sc-test-records.h"
#include "sc-test-sample.h"

typedef ScSampleCopy Fixture;

static ScKpi *
kpi (ScStore    *store,
     const char *key)
{
  ScRecord *k = find (store, &sc_kpi_table, SC_KPI_CATALOG_KEY, key);

  g_assert_nonnull (k);
  return SC_KPI (k);
}

static gint64
kpi_id (ScStore    *store,
        const char *key)
{
  return sc_record_get_id (SC_RECORD (kpi (store, key)));
}

static gint64
person (ScStore    *store,
        const char *name)
{
  ScRecord *p = find (store, &sc_person_table, SC_PERSON_NAME, name);

  g_assert_nonnull (p);
  return sc_record_get_id (p);
}

static const ScVarianceLine *
line_of (ScMonthlyReviewSession *session,
         ScStore                *store,
         const char             *key)
{
  int index = sc_monthly_review_session_find_line (session, kpi_id (store, key));

  g_assert_cmpint (index, >=, 0);
  return sc_monthly_review_session_get_line (session, index);
}

static guint
index_of (ScMonthlyReviewSession *session,
          ScStore                *store,
          const char             *key)
{
  int index = sc_monthly_review_session_find_line (session, kpi_id (store, key));

  g_assert_cmpint (index, >=, 0);
  return (guint) index;
}

static ScMonthlyReviewSession *
august (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  ScMonthlyReviewSession *session = sc_monthly_review_session_new (f->store, 2025, 8, &error);

  g_assert_no_error (error);
  g_assert_nonnull (session);
  return session;
}

#define K(thousands) ((thousands) * 1000.0)

static void
test_monthly_review_august (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(ScMonthlyReviewSession) session = NULL;
  const ScVarianceLine *sales, *margin;
  const ScPeriod *month;
  int year = 0, m = 0;

  /* On 2025-09-26 September's last week has not ended: August is due. */
  g_assert_true (sc_monthly_review_due_month (f->store, &year, &m));
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (m, ==, 8);

  session = august (f);
  month = sc_monthly_review_session_get_month (session);
  g_assert_cmpuint (month->n_weeks, ==, 4);
  g_assert_cmpuint (month->first_week, ==, day ("2025-08-04"));
  g_assert_cmpuint (month->last_week, ==, day ("2025-08-25"));
  g_assert_cmpuint (sc_monthly_review_session_get_n_lines (session), ==, 7);
  g_assert_false (sc_monthly_review_session_get_read_only (session));

  /* Sales by the Thursday rule: 139 + 163 + 170 + 158 against 4 × 150. */
  sales = line_of (session, f->store, "K01");
  g_assert_cmpfloat_with_epsilon (sales->month.actual, K (630), 1e-6);
  g_assert_cmpfloat_with_epsilon (sales->month.target, K (600), 1e-6);
  g_assert_cmpfloat_with_epsilon (sc_figure_variance (&sales->month), K (30), 1e-6);
  g_assert_cmpfloat_with_epsilon (sc_figure_variance_percent (&sales->month), 5.0, 1e-9);
  g_assert_cmpint (sales->month.status, ==, SC_STATUS_ON_TARGET);
  g_assert_true (sc_monthly_review_favourable (sales->kpi, &sales->month));
  g_assert_false (sales->month.provisional);

  /* Gross margin: 24.8 % against 27 %, 2.2 points under, beyond its 5 %
   * band: off target. */
  margin = line_of (session, f->store, "K02");
  g_assert_cmpfloat_with_epsilon (margin->month.actual, 24.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (margin->month.target, 27.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sc_figure_variance (&margin->month), -2.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (sc_figure_variance_percent (&margin->month), -2.2 / 27 * 100,
                                  1e-9);
  g_assert_cmpint (margin->month.status, ==, SC_STATUS_OFF_TARGET);
  g_assert_false (sc_monthly_review_favourable (margin->kpi, &margin->month));

  /* Year to date (FY2025 from 2025-03-31 to August): T1 1 995 + July 526
   * + August 630; targets: 9 × 150 + 4 holiday weeks × 120 in T1, then
   * July 120 + 2 × 150 + 2 shutdown weeks × 20, August 4 × 150. */
  g_assert_cmpfloat_with_epsilon (sales->year_to_date.actual, K (3151), 1e-6);
  g_assert_cmpfloat_with_epsilon (sales->year_to_date.target, K (1830 + 460 + 600), 1e-6);
  /* The margin over the year is margin $ over sales $, April to August. */
  g_assert_cmpfloat_with_epsilon (margin->year_to_date.actual,
                                  (563 * 26.4 + 791 * 27.1 + 641 * 25.8 + 526 * 21.9 +
                                   630 * 24.8) / 3151, 1e-9);
}

static void
test_monthly_review_pace (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ScMonthlyReviewSession) session = august (f);
  const ScVarianceLine *sales = line_of (session, f->store, "K01");
  const ScVarianceLine *margin = line_of (session, f->store, "K02");
  const ScVarianceLine *win_rate = line_of (session, f->store, "K08");
  const ScVarianceLine *opportunities = line_of (session, f->store, "K23");
  double expected;
  ScPace pace;

  /* Q2 sales: 9 × 150 + 2 holiday weeks × 120 + 2 shutdown weeks × 20 =
   * 1 630 k$; done by August: 526 + 630 = 1 156 k$; four weeks left in
   * September: (1 630 − 1 156) ÷ 4 = 118.5 k$ a week, where the targets
   * planned (120 + 3 × 150) ÷ 4 = 142.5 k$. */
  g_assert_cmpint (sales->pace.state, ==, SC_PACE_NEEDED);
  g_assert_cmpuint (sales->pace.n_remaining, ==, 4);
  g_assert_cmpint (sales->pace.per, ==, SC_FREQUENCY_WEEKLY);
  g_assert_cmpfloat_with_epsilon (sales->pace.quarter.target, K (1630), 1e-6);
  g_assert_cmpfloat_with_epsilon (sales->pace.to_date.actual, K (1156), 1e-6);
  g_assert_cmpfloat_with_epsilon (sales->pace.value, K (118.5), 1e-6);
  g_assert_cmpfloat_with_epsilon (sales->pace.planned, K (142.5), 1e-6);

  /* Gross margin, one month left: margin $ to date 115 194 + 156 240 on
   * 1 156 000 of sales; September's sales expected at the mean of July
   * and August, 578 000; 27 % of 1 734 000 is 468 180, so September needs
   * (468 180 − 271 434) ÷ 578 000 = 34.04 %. */
  g_assert_cmpint (margin->pace.state, ==, SC_PACE_NEEDED);
  g_assert_cmpuint (margin->pace.n_remaining, ==, 1);
  g_assert_cmpint (margin->pace.per, ==, SC_FREQUENCY_MONTHLY);
  g_assert_cmpfloat_with_epsilon (margin->pace.value, (468180.0 - 271434.0) / 578000.0 * 100,
                                  1e-9);

  /* Win rate, a ratio of weekly counts: 19 won of 68 decided in 9 weeks,
   * 4 weeks left expecting 68 ÷ 9 × 4 decisions. */
  expected = (0.30 * (68 + 68.0 / 9 * 4) - 19) / (68.0 / 9 * 4) * 100;
  g_assert_cmpfloat_with_epsilon (win_rate->pace.value, expected, 1e-9);

  /* A count in shutdown weeks drops to 20 % of its target: Q2 asks
   * 11 × 12 + 2 × 2.4 new opportunities; 32 + 50 are in. */
  g_assert_cmpfloat_with_epsilon (opportunities->pace.quarter.target, 136.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (opportunities->pace.value, (136.8 - 82) / 4, 1e-9);

  /* June closes Q1: no week left to pace. */
  {
    ScCalendar cal;
    ScPeriod june;

    sc_store_get_calendar (f->store, &cal);
    sc_calendar_month (&cal, 2025, 6, &june);
    sc_monthly_review_pace (sc_metrics_for_store (f->store), kpi (f->store, "K01"), &june, &pace);
    g_assert_cmpint (pace.state, ==, SC_PACE_NONE);
    g_assert_cmpuint (pace.n_remaining, ==, 0);
  }
}

/* Sets a stored figure (hundredths) as the scorecard would. */
static void
set_value (ScStore    *store,
           const char *key,
           const char *period,
           gint64      value)
{
  g_autoptr(ScKpiValue) stored = sc_store_get_value (store, kpi_id (store, key), day (period));
  g_autoptr(ScRecord) row = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (stored);
  row = sc_record_copy (SC_RECORD (stored));
  sc_record_set_int (row, SC_VALUE_VALUE, value);
  g_assert_true (sc_store_put (store, "Edit value", row, &error));
  g_assert_no_error (error);
}

static void
test_monthly_review_pace_reached (Fixture       *f,
                                  gconstpointer  data)
{
  ScCalendar cal;
  ScPeriod month;
  ScPace pace;

  /* A week of 1 000 k$ puts Q2's sales over their target by August. */
  set_value (f->store, "K01", "2025-08-25", 100000000);
  sc_store_get_calendar (f->store, &cal);
  sc_calendar_month (&cal, 2025, 8, &month);
  sc_monthly_review_pace (sc_metrics_for_store (f->store), kpi (f->store, "K01"), &month, &pace);
  g_assert_cmpint (pace.state, ==, SC_PACE_REACHED);
}

static void
fill_off_target (ScMonthlyReviewSession *session,
                 ScStore                *store)
{
  guint margin = index_of (session, store, "K02");
  guint win_rate = index_of (session, store, "K08");

  /* Spaces around are trimmed. */
  sc_monthly_review_session_set_cause (session, margin, "  Hausse de l'acier non refilée sur les "
                                       "soumissions du printemps ");
  sc_monthly_review_session_set_countermeasure (session, margin,
                                                "Réviser les prix des soumissions ouvertes");
  sc_monthly_review_session_set_cause (session, win_rate, "3 soumissions perdues sur le prix");
  sc_monthly_review_session_set_countermeasure (session, win_rate,
                                                "Relancer les soumissions perdues");
}

/* The saved review of August on disk: its lines, and the action the
 * margin's countermeasure became. */
static void
check_saved (ScStore *store,
             gint64   review_id,
             gint64   nathalie)
{
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  gint64 action_id = 0;
  ScRecord *action;

  lines = sc_store_query_children (store, &sc_review_line_table, SC_REVIEW_LINE_REVIEW_ID,
                                   review_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 7);
  for (guint i = 0; i < lines->len; i++)
    {
      ScRecord *row = g_ptr_array_index (lines, i);

      if (sc_record_get_ref (row, SC_REVIEW_LINE_KPI_ID) == kpi_id (store, "K02"))
        {
          g_assert_cmpint (sc_record_get_int (row, SC_REVIEW_LINE_TARGET), ==, 2700);
          g_assert_cmpint (sc_record_get_int (row, SC_REVIEW_LINE_ACTUAL), ==, 2480);
          g_assert_cmpint (sc_record_get_int (row, SC_REVIEW_LINE_STATUS), ==,
                           SC_STATUS_OFF_TARGET);
          g_assert_cmpstr (sc_record_get_text (row, SC_REVIEW_LINE_COUNTERMEASURE), ==,
                           "Réviser les prix des soumissions ouvertes");
          action_id = sc_record_get_ref (row, SC_REVIEW_LINE_ACTION_ID);
        }
      if (sc_record_get_ref (row, SC_REVIEW_LINE_KPI_ID) == kpi_id (store, "K01"))
        {
          g_assert_cmpint (sc_record_get_int (row, SC_REVIEW_LINE_TARGET), ==, 60000000);
          g_assert_cmpint (sc_record_get_int (row, SC_REVIEW_LINE_ACTUAL), ==, 63000000);
          g_assert_cmpint (sc_record_get_int (row, SC_REVIEW_LINE_ACTION_ID), ==, 0);
        }
    }

  action = sc_store_lookup (store, &sc_action_table, action_id);
  g_assert_nonnull (action);
  g_assert_cmpstr (sc_record_get_text (action, SC_ACTION_TITLE), ==,
                   "Réviser les prix des soumissions ouvertes");
  g_assert_cmpint (sc_record_get_ref (action, SC_ACTION_OWNER_ID), ==, nathalie);
  g_assert_cmpuint (sc_record_get_date (action, SC_ACTION_DUE), ==, day ("2025-10-10"));
  g_assert_cmpuint (sc_record_get_date (action, SC_ACTION_ORIGINAL_DUE), ==, day ("2025-10-10"));
  g_assert_cmpint (sc_record_get_ref (action, SC_ACTION_KPI_ID), ==, kpi_id (store, "K02"));
  g_assert_cmpint (sc_record_get_int (action, SC_ACTION_FISCAL_YEAR), ==, 2025);
  g_assert_cmpint (sc_record_get_int (action, SC_ACTION_QUARTER), ==, 2);
  g_assert_true (sc_plan_action_is_open (SC_ACTION (action)));
}

static void
test_monthly_review_save (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ScMonthlyReviewSession) session = august (f);
  g_autoptr(GError) error = NULL;
  guint margin = index_of (session, f->store, "K02");
  guint n_actions = sc_store_count_rows (f->store, &sc_action_table);
  gint64 nathalie = person (f->store, "Nathalie Bergeron");
  gint64 review_id;
  ScAction *draft;

  /* Off-target KPIs must say why and what is done: nothing is written. */
  g_assert_cmpuint (sc_monthly_review_session_count_missing (session), ==, 2);
  g_assert_false (sc_monthly_review_session_save (session, &error));
  g_assert_error (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_NO_CAUSE);
  g_clear_error (&error);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_monthly_review_table), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_review_line_table), ==, 0);

  fill_off_target (session, f->store);
  g_assert_cmpuint (sc_monthly_review_session_count_missing (session), ==, 0);
  g_assert_cmpstr (sc_monthly_review_session_get_line (session, margin)->cause, ==,
                   "Hausse de l'acier non refilée sur les soumissions du printemps");

  /* The countermeasure becomes an action only with an owner and a date. */
  g_assert_null (sc_monthly_review_session_make_action (session, margin, 0,
                                                        day ("2025-10-10"), &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_OWNER);
  g_clear_error (&error);
  g_assert_null (sc_monthly_review_session_make_action (session, margin, nathalie,
                                                        SC_DAY_NONE, &error));
  g_assert_error (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_DUE);
  g_clear_error (&error);
  g_assert_null (sc_monthly_review_session_get_line (session, margin)->action);
  draft = sc_monthly_review_session_make_action (session, margin, nathalie, day ("2025-10-10"),
                                                 &error);
  g_assert_no_error (error);
  g_assert_nonnull (draft);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, n_actions);

  g_assert_true (sc_monthly_review_session_save (session, &error));
  g_assert_no_error (error);
  g_assert_true (sc_monthly_review_session_get_read_only (session));
  review_id = sc_monthly_review_session_get_review_id (session);
  g_assert_cmpint (review_id, >, 0);
  /* The draft now is the action written: its ref in Q2 FY2025's plan. */
  g_assert_cmpstr (sc_record_get_text (SC_RECORD (draft), SC_ACTION_REF), ==, "A01");

  /* One change: undo takes the review, its lines and the action away,
   * redo brings them back. */
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_review_line_table), ==, 7);
  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_monthly_review_table), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_review_line_table), ==, 0);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, n_actions);
  g_assert_true (sc_store_redo (f->store, &error));
  g_assert_no_error (error);

  /* The session holds the store: let it go before the file is opened again. */
  g_clear_object (&session);
  sc_sample_copy_reopen (f);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_monthly_review_table), ==, 1);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, n_actions + 1);
  check_saved (f->store, review_id, nathalie);
}

static void
test_monthly_review_refusals (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(ScMonthlyReviewSession) session = august (f);
  g_autoptr(ScMonthlyReviewSession) again = NULL;
  g_autoptr(GError) error = NULL;
  int year, month;

  /* September's last week is still running. */
  g_assert_null (sc_monthly_review_session_new (f->store, 2025, 9, &error));
  g_assert_error (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_NOT_OVER);
  g_clear_error (&error);

  /* Without a countermeasure there is nothing to make an action of. */
  g_assert_null (sc_monthly_review_session_make_action (session,
                                                        index_of (session, f->store, "K02"),
                                                        person (f->store, "Nathalie Bergeron"),
                                                        day ("2025-10-10"), &error));
  g_assert_error (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_NO_COUNTERMEASURE);
  g_clear_error (&error);

  fill_off_target (session, f->store);
  g_assert_true (sc_monthly_review_session_save (session, &error));
  g_assert_no_error (error);

  /* A month has one review; none is due until September is over. */
  again = sc_monthly_review_session_new (f->store, 2025, 8, &error);
  g_assert_null (again);
  g_assert_error (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_EXISTS);
  g_assert_false (sc_monthly_review_due_month (f->store, &year, &month));
}

/* What the printer gets of the review saved: the snapshot, and a word
 * about the figure that changed after it. */
static void
check_content (ScStore *store,
               gint64   review_id)
{
  g_autoptr(ScMonthlyReviewContent) content = NULL;
  g_autoptr(GError) error = NULL;
  ScMonthlyReviewContentLine *text = NULL;

  content = sc_monthly_review_get_content (store, review_id, SC_LANG_EN, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (content->title, ==, "Monthly Variance Review — August 2025");
  g_assert_cmpstr (content->held, ==, "Held on September 26, 2025");
  g_assert_cmpstr (content->summary, ==,
                   "7 indicators: 4 on target, 1 to watch, 2 off target");
  g_assert_cmpuint (content->lines->len, ==, 7);
  for (guint i = 0; i < content->lines->len; i++)
    if (((ScMonthlyReviewContentLine *) g_ptr_array_index (content->lines, i))->kpi_id ==
        kpi_id (store, "K02"))
      text = g_ptr_array_index (content->lines, i);
  g_assert_nonnull (text);
  g_assert_cmpstr (text->actual, ==, "24.8%");
  g_assert_cmpstr (text->target, ==, "27.0%");
  g_assert_cmpstr (text->variance, ==, "−2.2 pts");
  g_assert_cmpstr (text->variance_word, ==, "unfavourable");
  g_assert_cmpstr (text->status_label, ==, "Off target");
  g_assert_cmpstr (text->changed, ==, "Now 25.1%: changed after the review");
  /* The file does not keep the pace: it follows today's figures, the
   * 25.1 % of August leaving less for September to make up. */
  g_assert_cmpstr (text->pace, ==, "33.7% a month");
}

static void
test_monthly_review_snapshot (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(ScMonthlyReviewSession) session = august (f);
  g_autoptr(ScMonthlyReviewSession) saved = NULL;
  g_autoptr(GError) error = NULL;
  const ScVarianceLine *margin;
  gint64 review_id;

  fill_off_target (session, f->store);
  sc_monthly_review_session_set_notes (session, "Revue tenue avec Luc Fortin, CPA.");
  g_assert_true (sc_monthly_review_session_save (session, &error));
  g_assert_no_error (error);
  review_id = sc_monthly_review_session_get_review_id (session);

  /* The accountant's final August margin comes in after the review:
   * 25.1 % of 630 000 $. */
  set_value (f->store, "K02", "2025-08-01", 15813000);
  g_clear_object (&session);
  sc_sample_copy_reopen (f);

  saved = sc_monthly_review_session_open (f->store, review_id, &error);
  g_assert_no_error (error);
  g_assert_true (sc_monthly_review_session_get_read_only (saved));
  g_assert_cmpuint (sc_monthly_review_session_get_done_on (saved), ==, day (SC_SAMPLE_TODAY_ISO));
  g_assert_cmpstr (sc_monthly_review_session_get_notes (saved), ==,
                   "Revue tenue avec Luc Fortin, CPA.");
  margin = line_of (saved, f->store, "K02");
  g_assert_cmpfloat_with_epsilon (margin->month.actual, 24.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (margin->month.target, 27.0, 1e-9);
  g_assert_cmpint (margin->month.status, ==, SC_STATUS_OFF_TARGET);
  g_assert_true (margin->changed);
  g_assert_cmpfloat_with_epsilon (margin->month_now.actual, 25.1, 1e-9);
  g_assert_false (line_of (saved, f->store, "K01")->changed);
  g_assert_cmpstr (margin->cause, ==,
                   "Hausse de l'acier non refilée sur les soumissions du printemps");

  /* Read-only: nothing changes it any more. */
  sc_monthly_review_session_set_cause (saved, 0, "autre chose");
  g_assert_cmpstr (margin->cause, ==,
                   "Hausse de l'acier non refilée sur les soumissions du printemps");
  g_assert_false (sc_monthly_review_session_save (saved, &error));
  g_assert_error (error, SC_MONTHLY_REVIEW_ERROR, SC_MONTHLY_REVIEW_ERROR_READ_ONLY);
  g_clear_error (&error);

  check_content (f->store, review_id);
}

static void
test_monthly_review_content_sales (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(ScMonthlyReviewSession) session = august (f);
  g_autoptr(ScMonthlyReviewContent) en =
    sc_monthly_review_session_dup_content (session, SC_LANG_EN);
  g_autoptr(ScMonthlyReviewContent) fr =
    sc_monthly_review_session_dup_content (session, SC_LANG_FR);
  ScMonthlyReviewContentLine *sales = g_ptr_array_index (en->lines, 0);
  ScMonthlyReviewContentLine *ventes = g_ptr_array_index (fr->lines, 0);

  g_assert_cmpint (sales->kpi_id, ==, kpi_id (f->store, "K01"));
  g_assert_cmpstr (en->period, ==, "4 weeks, August 4, 2025 to August 31, 2025 · Q2 FY2025");
  g_assert_cmpstr (en->held, ==, "Not saved yet");
  g_assert_cmpstr (sales->actual, ==, "$630K");
  g_assert_cmpstr (sales->target, ==, "$600K");
  g_assert_cmpstr (sales->variance_word, ==, "favourable");
  g_assert_cmpstr (sales->variance_percent, ==, "+5.0%");
  g_assert_cmpstr (sales->pace_detail, ==, "4 weeks left · plan $143K");
  g_assert_cmpstr (sales->owner, ==, "Marc-André Pelletier");

  if (!sc_l10n_has_catalogue (SC_LANG_FR))
    {
      g_test_skip ("no French catalogue");
      return;
    }
  g_assert_cmpstr (fr->title, ==, "Revue mensuelle des écarts — août 2025");
  g_assert_cmpstr (ventes->variance_word, ==, "favorable");
  g_assert_cmpstr (ventes->actual, ==, "630\u00a0k$");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, sc_sample_copy_set_up, func, sc_sample_copy_tear_down)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/monthly-review/august", test_monthly_review_august);
  ADD ("/monthly-review/pace", test_monthly_review_pace);
  ADD ("/monthly-review/pace/reached", test_monthly_review_pace_reached);
  ADD ("/monthly-review/save", test_monthly_review_save);
  ADD ("/monthly-review/refusals", test_monthly_review_refusals);
  ADD ("/monthly-review/snapshot", test_monthly_review_snapshot);
  ADD ("/monthly-review/content", test_monthly_review_content_sales);

  return g_test_run ();
}
