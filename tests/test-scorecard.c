/* test-scorecard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scorecard and the dashboard under a virtual display, on the sample
 * company: a week of figures typed with the keyboard only lands in the
 * file; bad entries are refused at the cell and change nothing.
 */

#include "config.h"

#include <math.h>

#include "sc-dashboard-page.h"
#include "sc-chart-view.h"
#include "sc-kpi-tile.h"
#include "sc-metrics.h"
#include "sc-scorecard-page.h"
#include "sc-test-utils.h"
#include "sc-values.h"

#define LAST_COLUMN 12

static ScScorecardPage *
scorecard (ScWindow *window)
{
  /* The page gets the file when it is first shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "scorecard"));
  return SC_SCORECARD_PAGE (sc_window_get_page (window, "scorecard"));
}

/* Presses a key in the cell the way the keyboard does: through the key
 * controller of its entry. */
static void
press (ScScorecardCell *cell,
       guint            keyval)
{
  GtkWidget *entry = GTK_WIDGET (sc_scorecard_cell_get_editable (cell));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
}

static gboolean
has_focus (ScScorecardCell *cell)
{
  GtkWidget *entry = GTK_WIDGET (sc_scorecard_cell_get_editable (cell));
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (entry));

  /* The entry hands its focus to the text widget inside it. */
  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

/* Types text in the focused cell and presses Enter. */
static void
type_and_enter (ScScorecardCell *cell,
                const char      *text)
{
  g_assert_true (has_focus (cell));
  if (text != NULL)
    gtk_editable_set_text (sc_scorecard_cell_get_editable (cell), text);
  press (cell, GDK_KEY_Return);
}

static ScKpi *
row_kpi (ScScorecardPage *page,
         const char      *key)
{
  for (guint r = 0; r < sc_scorecard_page_get_n_rows (page); r++)
    if (g_str_equal (sc_record_get_text (SC_RECORD (sc_scorecard_page_get_row_kpi (page, r)),
                                         SC_KPI_CATALOG_KEY), key))
      return sc_scorecard_page_get_row_kpi (page, r);
  g_assert_not_reached ();
}

static gint64
stored (ScStore    *store,
        ScKpi      *kpi,
        ScDay       period,
        gint64     *den)
{
  g_autoptr(ScKpiValue) value = sc_store_get_value (store, sc_record_get_id (SC_RECORD (kpi)), period);

  g_assert_nonnull (value);
  if (den != NULL)
    *den = sc_record_get_int (SC_RECORD (value), SC_VALUE_DEN);
  return sc_record_get_int (SC_RECORD (value), SC_VALUE_VALUE);
}

static void
test_scorecard_shows_published_weeks (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScScorecardPage *page = scorecard (window);
  ScScorecardCell *cell;

  g_assert_cmpuint (sc_scorecard_page_get_n_rows (page), ==, 7);
  g_assert_cmpuint (sc_scorecard_page_get_column (page, 0)->first_week, ==,
                    sc_day_from_iso ("2025-06-30"));
  g_assert_cmpuint (sc_scorecard_page_get_column (page, LAST_COLUMN)->first_week, ==,
                    sc_day_from_iso ("2025-09-22"));

  /* Row 0 is sales; the published figures, k$ with the estimate marked. */
  cell = sc_scorecard_page_get_cell (page, 0, 0);
  g_assert_cmpstr (sc_scorecard_cell_get_display (cell), ==, "$118K");
  cell = sc_scorecard_page_get_cell (page, 0, 3);
  g_assert_cmpstr (sc_scorecard_cell_get_display (cell), ==, "$18K");
  cell = sc_scorecard_page_get_cell (page, 0, LAST_COLUMN);
  g_assert_cmpstr (sc_scorecard_cell_get_display (cell), ==, "≈$181K");
  /* The 13-week win rate of the last week, as published. */
  cell = sc_scorecard_page_get_cell (page, 2, LAST_COLUMN);
  g_assert_cmpstr (sc_scorecard_cell_get_display (cell), ==, "29.4%");
  /* Gross margin is monthly: one cell per month, in its last week. */
  g_assert_null (sc_scorecard_page_get_cell (page, 1, 0));
  cell = sc_scorecard_page_get_cell (page, 1, 4);
  g_assert_cmpstr (sc_scorecard_cell_get_display (cell), ==, "21.9%");

  /* Quarters: Q1 sales 1 995 k$, win rate 30.2 %. */
  sc_scorecard_page_set_view (page, "quarters");
  g_assert_cmpstr (sc_scorecard_cell_get_display (sc_scorecard_page_get_cell (page, 0, 0)), ==,
                   "$1,995K");
  g_assert_cmpstr (sc_scorecard_cell_get_display (sc_scorecard_page_get_cell (page, 2, 0)), ==,
                   "30.2%");
  sc_scorecard_page_set_view (page, "months");
  g_assert_cmpstr (sc_scorecard_cell_get_display (sc_scorecard_page_get_cell (page, 0, 0)), ==,
                   "$563K");
  g_assert_cmpstr (sc_scorecard_cell_get_display (sc_scorecard_page_get_cell (page, 0, 1)), ==,
                   "$791K");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_scorecard_type_a_week (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScStore *store = sc_window_get_store (window);
  ScScorecardPage *page = scorecard (window);
  ScDay week = sc_day_from_iso ("2025-09-22");
  g_autoptr(ScStore) reopened = NULL;
  g_autoptr(GError) error = NULL;
  gint64 den;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "scorecard");
  /* This week's figures are not in yet. */
  for (guint r = 0; r < sc_scorecard_page_get_n_rows (page); r++)
    {
      ScKpi *kpi = sc_scorecard_page_get_row_kpi (page, r);

      if (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_WEEKLY)
        g_assert_true (sc_values_set_text (store, kpi, week, SC_LANG_EN, "", &error));
    }
  g_assert_no_error (error);
  sc_test_flush ();

  /* Down the column: sales, (margin: skipped), win rate, bookings,
   * opportunities, quotes, follow-ups. */
  sc_scorecard_cell_focus (sc_scorecard_page_get_cell (page, 0, LAST_COLUMN));
  type_and_enter (sc_scorecard_page_get_cell (page, 0, LAST_COLUMN), "182,500");
  type_and_enter (sc_scorecard_page_get_cell (page, 1, LAST_COLUMN), NULL);
  type_and_enter (sc_scorecard_page_get_cell (page, 2, LAST_COLUMN), "4 / 11");
  type_and_enter (sc_scorecard_page_get_cell (page, 3, LAST_COLUMN), "$199,500.50");
  type_and_enter (sc_scorecard_page_get_cell (page, 4, LAST_COLUMN), "15");
  type_and_enter (sc_scorecard_page_get_cell (page, 5, LAST_COLUMN), "13");
  type_and_enter (sc_scorecard_page_get_cell (page, 6, LAST_COLUMN), "17");

  g_assert_cmpstr (sc_scorecard_cell_get_display (sc_scorecard_page_get_cell (page, 0, LAST_COLUMN)),
                   ==, "$183K");
  /* Each figure was its own undoable transaction. */
  g_assert_cmpstr (sc_store_get_undo_label (store), ==, "Enter a figure");

  gtk_window_destroy (GTK_WINDOW (window));
  reopened = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  page = NULL;
  {
    ScMetrics *metrics = sc_metrics_for_store (reopened);
    g_autoptr(GPtrArray) kpis = sc_metrics_active_kpis (metrics);
    static const struct { const char *key; gint64 value; gint64 den; } expected[] = {
      { "K01", 18250000, -1 }, { "K08", 400, 1100 }, { "K04", 19950050, -1 },
      { "K23", 1500, -1 }, { "K24", 1300, -1 }, { "K25", 1700, -1 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      for (guint k = 0; k < kpis->len; k++)
        {
          ScKpi *kpi = g_ptr_array_index (kpis, k);

          if (!g_str_equal (sc_record_get_text (SC_RECORD (kpi), SC_KPI_CATALOG_KEY), expected[i].key))
            continue;
          g_assert_cmpint (stored (reopened, kpi, week, &den), ==, expected[i].value);
          if (expected[i].den >= 0)
            g_assert_cmpint (den, ==, expected[i].den);
        }
  }
}

static void
test_scorecard_refuses_nonsense (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScStore *store = sc_window_get_store (window);
  ScScorecardPage *page = scorecard (window);
  ScScorecardCell *opportunities = sc_scorecard_page_get_cell (page, 4, 0);
  ScScorecardCell *rate = sc_scorecard_page_get_cell (page, 2, 0);
  ScDay week = sc_scorecard_page_get_column (page, 0)->first_week;
  gboolean could_undo = sc_store_can_undo (store);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "scorecard");
  sc_test_flush ();

  static const char *const bad[] = { "abc", "12abc", "-3", "2.5", "12 %", "1,2,3" };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      sc_scorecard_cell_focus (opportunities);
      type_and_enter (opportunities, bad[i]);
      /* Refused: the message is at the cell, the focus stays there. */
      g_assert_nonnull (sc_scorecard_cell_get_error (opportunities));
      g_assert_true (has_focus (opportunities));
      g_assert_cmpint (stored (store, row_kpi (page, "K23"), week, NULL), ==, 700);
      press (opportunities, GDK_KEY_Escape);
      g_assert_null (sc_scorecard_cell_get_error (opportunities));
    }

  /* Leaving a refused entry (a click elsewhere): the stored figure stays,
   * and so does what was typed, with its message, to be corrected. */
  sc_scorecard_cell_focus (opportunities);
  gtk_editable_set_text (sc_scorecard_cell_get_editable (opportunities), "12abc");
  sc_scorecard_cell_focus (rate);
  sc_test_flush ();
  g_assert_false (has_focus (opportunities));
  g_assert_cmpstr (gtk_editable_get_text (sc_scorecard_cell_get_editable (opportunities)), ==,
                   "12abc");
  g_assert_nonnull (sc_scorecard_cell_get_error (opportunities));
  g_assert_cmpint (stored (store, row_kpi (page, "K23"), week, NULL), ==, 700);
  sc_scorecard_cell_focus (opportunities);
  g_assert_cmpstr (gtk_editable_get_text (sc_scorecard_cell_get_editable (opportunities)), ==,
                   "12abc");
  type_and_enter (opportunities, NULL);
  g_assert_nonnull (sc_scorecard_cell_get_error (opportunities));
  g_assert_true (has_focus (opportunities));
  press (opportunities, GDK_KEY_Escape);
  g_assert_null (sc_scorecard_cell_get_error (opportunities));
  g_assert_cmpstr (gtk_editable_get_text (sc_scorecard_cell_get_editable (opportunities)), ==, "7");

  sc_scorecard_cell_focus (rate);
  type_and_enter (rate, "4");
  g_assert_true (g_str_has_prefix (sc_scorecard_cell_get_error (rate), "Type the two figures"));
  press (rate, GDK_KEY_Escape);
  g_assert_cmpstr (gtk_editable_get_text (sc_scorecard_cell_get_editable (rate)), ==, "2 / 7");
  g_assert_cmpint (sc_store_can_undo (store), ==, could_undo);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab goes right, arrows move, and an unchanged cell writes nothing. */
static void
test_scorecard_keyboard_moves (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScScorecardPage *page = scorecard (window);
  ScStore *store = sc_window_get_store (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "scorecard");
  sc_test_flush ();
  sc_scorecard_cell_focus (sc_scorecard_page_get_cell (page, 0, 0));
  press (sc_scorecard_page_get_cell (page, 0, 0), GDK_KEY_Tab);
  g_assert_true (has_focus (sc_scorecard_page_get_cell (page, 0, 1)));
  press (sc_scorecard_page_get_cell (page, 0, 1), GDK_KEY_Down);
  /* Row 1 is monthly: no cell in that week, the focus goes on down. */
  g_assert_true (has_focus (sc_scorecard_page_get_cell (page, 2, 1)));
  press (sc_scorecard_page_get_cell (page, 2, 1), GDK_KEY_Up);
  g_assert_true (has_focus (sc_scorecard_page_get_cell (page, 0, 1)));
  press (sc_scorecard_page_get_cell (page, 0, 1), GDK_KEY_ISO_Left_Tab);
  g_assert_true (has_focus (sc_scorecard_page_get_cell (page, 0, 0)));
  g_assert_false (sc_store_can_undo (store));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A note and the provisional mark, from the cell (Ctrl+Enter). */
static void
test_scorecard_note (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScStore *store = sc_window_get_store (window);
  ScScorecardPage *page = scorecard (window);
  ScScorecardCell *sales = sc_scorecard_page_get_cell (page, 0, 1);
  ScKpi *kpi = row_kpi (page, "K01");
  ScDay week = sc_scorecard_page_get_column (page, 1)->first_week;
  g_autoptr(ScKpiValue) value = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "scorecard");
  sc_test_flush ();
  sc_scorecard_cell_focus (sales);
  g_assert_true (sc_scorecard_cell_save_details (sales, "Livraisons « urgentes » : 3", TRUE));
  value = sc_store_get_value (store, sc_record_get_id (SC_RECORD (kpi)), week);
  g_assert_cmpstr (sc_record_get_text (SC_RECORD (value), SC_VALUE_NOTE), ==,
                   "Livraisons « urgentes » : 3");
  g_assert_true (sc_record_get_bool (SC_RECORD (value), SC_VALUE_PROVISIONAL));
  g_assert_cmpstr (sc_scorecard_cell_get_display (sales), ==, "≈$182K");
  g_assert_cmpstr (sc_store_get_undo_label (store), ==, "Edit a figure's note");

  /* No figure, no note: said at the cell. */
  g_assert_true (sc_values_set_text (store, kpi, week, SC_LANG_EN, "", &error));
  g_assert_false (sc_scorecard_cell_save_details (sales, "x", FALSE));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_scorecard_kpi_detail (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScScorecardPage *page = scorecard (window);
  ScKpi *sales = row_kpi (page, "K01");
  ScKpiDetail *detail = sc_scorecard_page_get_detail (page);
  ScChartView *trend, *bars;
  const ScChartData *data;
  g_autofree char *said = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-kpi", "x",
                                             sc_record_get_id (SC_RECORD (sales))));
  sc_test_flush ();
  g_assert_true (sc_kpi_detail_get_kpi (detail) == sales);
  trend = SC_CHART_VIEW (sc_kpi_detail_get_trend (detail));
  bars = SC_CHART_VIEW (sc_kpi_detail_get_bars (detail));

  /* Up to 52 weeks, from the first figure: the sample's 26 weeks. */
  data = sc_chart_view_get_data (trend);
  g_assert_cmpuint (sc_chart_data_get_n_points (data), ==, 26);
  g_assert_cmpfloat (sc_chart_data_get_point (data, 0)->value, ==, 148000);
  g_assert_cmpfloat (sc_chart_data_get_point (data, 25)->value, ==, 181000);
  g_assert_cmpfloat (sc_chart_data_get_point (data, 25)->target, ==, 150000);
  g_assert_true (sc_chart_data_get_point (data, 25)->provisional);

  /* Twelve fiscal months: April 563 k$ against 540 k$. */
  data = sc_chart_view_get_data (bars);
  g_assert_cmpuint (sc_chart_data_get_n_points (data), ==, 12);
  g_assert_cmpfloat (sc_chart_data_get_point (data, 0)->value, ==, 563000);
  g_assert_cmpfloat (sc_chart_data_get_point (data, 0)->target, ==, 540000);

  /* The keyboard walks the trend; the point is told. */
  sc_chart_view_set_highlight (trend, 25);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (trend), "chart.previous", NULL));
  said = sc_chart_view_dup_description (trend);
  g_assert_true (g_str_has_prefix (said, "Week of September 15, 2025"));

  g_assert_true (g_str_has_prefix (sc_kpi_detail_get_targets (detail),
                                   "From March 31, 2025: $150,000.00"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.back", NULL));
  g_assert_null (sc_kpi_detail_get_kpi (detail));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dashboard_tiles (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScStore *store = sc_window_get_store (window);
  ScDashboardPage *page = SC_DASHBOARD_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                            SC_TYPE_WINDOW,
                                                                            "dashboard_page"));
  GPtrArray *tiles = sc_dashboard_page_get_tiles (page);
  static const struct { const char *value; ScStatus status; } expected[] = {
    { "≈ $181K", SC_STATUS_ON_TARGET },   /* sales, the weekly estimate */
    { "≈ 26.3%", SC_STATUS_WATCH },       /* gross margin, September */
    { "29.4%", SC_STATUS_WATCH },         /* 13-week win rate */
    { "$187K", SC_STATUS_ON_TARGET },     /* bookings */
    { "14", SC_STATUS_ON_TARGET },
    { "12", SC_STATUS_ON_TARGET },
    { "15", SC_STATUS_ON_TARGET },
  };
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (tiles->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < tiles->len; i++)
    {
      g_assert_cmpstr (sc_kpi_tile_get_value (g_ptr_array_index (tiles, i)), ==, expected[i].value);
      g_assert_cmpint (sc_kpi_tile_get_status (g_ptr_array_index (tiles, i)), ==, expected[i].status);
    }
  g_assert_cmpstr (sc_dashboard_page_get_missing (page), ==, "Every figure of the last 13 weeks is in.");
  /* Seven indicators: within the rule, no note. */
  g_assert_null (sc_dashboard_page_get_advice (page));

  /* A figure cleared in a past week shows as missing. */
  g_assert_true (sc_values_set_text (store, sc_kpi_tile_get_kpi (g_ptr_array_index (tiles, 4)),
                                     sc_day_from_iso ("2025-09-08"), SC_LANG_EN, "", &error));
  sc_test_flush ();
  g_assert_cmpstr (sc_dashboard_page_get_missing (page), ==, "1 figure is missing in the last 13 weeks");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  g_test_add_func ("/scorecard/shows-published-weeks", test_scorecard_shows_published_weeks);
  g_test_add_func ("/scorecard/type-a-week", test_scorecard_type_a_week);
  g_test_add_func ("/scorecard/refuses-nonsense", test_scorecard_refuses_nonsense);
  g_test_add_func ("/scorecard/keyboard-moves", test_scorecard_keyboard_moves);
  g_test_add_func ("/scorecard/note", test_scorecard_note);
  g_test_add_func ("/scorecard/kpi-detail", test_scorecard_kpi_detail);
  g_test_add_func ("/dashboard/tiles", test_dashboard_tiles);

  return g_test_run ();
}
