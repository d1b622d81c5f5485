/* bench-typing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typing a value (issue 8): a figure typed in the scorecard grid of the
 * real window, from Enter to the painted frame that shows it — the
 * store's write, the models and the view — on a one-quarter file and on a
 * 20-year file. Also until the main loop has nothing left to do for it
 * (the pages not shown refresh when idle, after the frame). The two
 * windows are open together and the entries alternate between them, so a
 * slower moment of the machine weighs on both alike. Every entry must be
 * exactly one SQLite transaction (counted by a commit hook on the store's
 * connection). Prints medians, the worst, and the ratio of the medians;
 * it never fails on time.
 *
 * Usage: bench-typing   (under a display; SC_BENCH_ENTRIES=N per file)
 */

#include "config.h"

#include <stdlib.h>

#include "bench-stats.h"
#include "sc-l10n.h"
#include "sc-sample.h"
#include "sc-scorecard-page.h"
#include "sc-store-private.h"   /* the connection, for the commit hook */
#include "sc-test-utils.h"

/* Entries of the first pass over the cells warm the caches (fonts, CSS,
 * statements) and are not counted. */
#define WARM_UP 12
/* Time to raise and paint a window; and more than a frame at 60 Hz
 * before Enter: the frame clock has no pacing left to wait for, so
 * Enter → painted is all work. */
#define PAUSE_MS 40

typedef struct
{
  const char      *label;
  char            *path;
  ScWindow        *window;
  ScScorecardPage *page;
  ScStore         *store;
  GArray          *cells;        /* guint row * 256 + column: weekly cells */
  guint            commits;      /* SQLite transactions committed */
  guint            statements;   /* SQL statements run */
  gboolean         painted;
  GArray          *sync_ms;      /* Enter → the key handler returns */
  GArray          *painted_ms;   /* Enter → the frame that shows it */
  GArray          *settled_ms;   /* Enter → nothing left to do */
  guint            values;
  guint            transactions; /* of the counted entries */
  guint            reads;
} Subject;

static int
on_commit_cb (void *data)
{
  ((Subject *) data)->commits++;
  return 0;   /* let the commit go on */
}

static int
on_trace_cb (unsigned  mask,
             void     *data,
             void     *p,
             void     *x)
{
  ((Subject *) data)->statements++;
  return 0;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Subject       *s)
{
  s->painted = TRUE;
}

static void
pause_ms (guint ms)
{
  gboolean never = FALSE;

  sc_test_wait_for (&never, ms);
}

static void
open_subject (Subject *s)
{
  GtkWidget *window;
  GtkNative *native;

  s->window = sc_test_window (s->path);
  window = GTK_WIDGET (s->window);
  g_assert_true (gtk_widget_activate_action (window, "win.show-page", "s", "scorecard"));
  s->page = SC_SCORECARD_PAGE (sc_window_get_page (s->window, "scorecard"));
  s->store = sc_window_get_store (s->window);
  sqlite3_commit_hook (s->store->db, on_commit_cb, s);
  sqlite3_trace_v2 (s->store->db, SQLITE_TRACE_STMT, on_trace_cb, s);
  native = gtk_widget_get_native (window);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (native)), "after-paint",
                    G_CALLBACK (on_after_paint_cb), s);

  /* The cells of the weekly KPIs: the monthly ones have a cell per month. */
  s->cells = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint c = 0; c < 13; c++)
    for (guint r = 0; r < sc_scorecard_page_get_n_rows (s->page); r++)
      if (sc_kpi_get_frequency (sc_scorecard_page_get_row_kpi (s->page, r)) ==
          SC_FREQUENCY_WEEKLY)
        {
          guint cell = r * 256 + c;

          g_array_append_val (s->cells, cell);
        }
  g_assert_cmpuint (s->cells->len, >, 0);
  s->sync_ms = g_array_new (FALSE, FALSE, sizeof (double));
  s->painted_ms = g_array_new (FALSE, FALSE, sizeof (double));
  s->settled_ms = g_array_new (FALSE, FALSE, sizeof (double));
  pause_ms (200);
}

/* The text to type for entry i, never the figure already stored (that
 * would write nothing); *expected is what the cell must then show. */
static char *
next_text (Subject  *s,
           ScKpi    *kpi,
           ScDay     week,
           guint     i,
           char    **expected)
{
  g_autoptr(ScKpiValue) old = sc_store_get_value (s->store, sc_record_get_id (SC_RECORD (kpi)),
                                                  week);
  gint64 before = old ? sc_record_get_int (SC_RECORD (old), SC_VALUE_VALUE) / 100 : -1;
  const char *currency = sc_record_get_text (SC_RECORD (sc_store_get_company (s->store)),
                                             SC_COMPANY_CURRENCY);
  guint value;

  *expected = NULL;
  if (sc_kpi_get_rollup (kpi) == SC_ROLLUP_RATIO)
    {
      /* The cell shows the rolling rate, not the pair typed. */
      value = 2 + i % 3;
      if (value == before)
        value++;
      return g_strdup_printf ("%u / %u", value, 9 + i % 5);
    }

  value = sc_kpi_get_unit (kpi) == SC_UNIT_CURRENCY ? 100000 + 1000 * (i % 400) : 5 + i % 20;
  if (value == before)
    value++;
  *expected = sc_kpi_format_value (kpi, sc_l10n_ui_lang (), currency, value, TRUE);
  return g_strdup_printf ("%u", value);
}

/* Types one figure and waits for the frame that shows it. */
static void
type_one (Subject *s,
          guint    i,
          gboolean counted)
{
  guint cell_index = g_array_index (s->cells, guint, i % s->cells->len);
  guint row = cell_index / 256, column = cell_index % 256;
  ScScorecardCell *cell = sc_scorecard_page_get_cell (s->page, row, column);
  ScKpi *kpi = sc_scorecard_page_get_row_kpi (s->page, row);
  ScDay week = sc_scorecard_page_get_column (s->page, column)->first_week;
  GtkWidget *entry = GTK_WIDGET (sc_scorecard_cell_get_editable (cell));
  g_autofree char *expected = NULL;
  g_autofree char *text = next_text (s, kpi, week, i, &expected);
  guint commits, statements;
  gint64 start, returned, painted;
  double ms;

  /* Typed in the window in front, as a person does: both windows cover
   * the same part of the screen. */
  gtk_window_present (GTK_WINDOW (s->window));
  pause_ms (PAUSE_MS);
  sc_scorecard_cell_focus (cell);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  pause_ms (PAUSE_MS);

  commits = s->commits;
  statements = s->statements;
  s->painted = FALSE;
  start = g_get_monotonic_time ();
  g_assert_true (sc_test_press_key (entry, GDK_KEY_Return));
  returned = g_get_monotonic_time ();
  while (!s->painted)
    g_main_context_iteration (NULL, TRUE);
  painted = g_get_monotonic_time ();
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  ms = (g_get_monotonic_time () - start) / 1000.0;

  /* The view shows it, and it is in the file. */
  g_assert_null (sc_scorecard_cell_get_error (cell));
  if (expected != NULL)
    g_assert_true (g_str_has_suffix (sc_scorecard_cell_get_display (cell), expected));
  {
    g_autoptr(ScKpiValue) stored = sc_store_get_value (s->store,
                                                       sc_record_get_id (SC_RECORD (kpi)), week);

    g_assert_nonnull (stored);
  }
  if (!counted)
    return;
  g_array_append_val (s->settled_ms, ms);
  ms = (painted - start) / 1000.0;
  g_array_append_val (s->painted_ms, ms);
  ms = (returned - start) / 1000.0;
  g_array_append_val (s->sync_ms, ms);
  s->values++;
  s->transactions += s->commits - commits;
  s->reads += s->statements - statements;
}

int
main (int   argc,
      char *argv[])
{
  Subject subjects[] = { { "one quarter" }, { "20 years" } };
  guint entries = g_getenv ("SC_BENCH_ENTRIES") ? atoi (g_getenv ("SC_BENCH_ENTRIES")) : 200;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  double painted[G_N_ELEMENTS (subjects)], settled[G_N_ELEMENTS (subjects)];

  sc_test_init (&argc, &argv);
  dir = sc_test_make_dir ();
  subjects[0].path = g_build_filename (dir, "quarter.salescadence", NULL);
  subjects[1].path = g_build_filename (dir, "20-years.salescadence", NULL);
  if (!sc_sample_write_quarters (subjects[0].path, 1, &error) ||
      !sc_sample_write (subjects[1].path, 20, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    open_subject (&subjects[s]);

  for (guint i = 0; i < WARM_UP + entries; i++)
    for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
      type_one (&subjects[s], i, i >= WARM_UP);

  g_print ("Typing a value in the scorecard of the window: %u values per file, entries\n"
           "alternating between the two files; milliseconds from Enter\n\n", entries);
  g_print ("%-12s %9s %9s %9s %9s %9s %13s %10s\n", "", "returned", "painted", "painted",
           "settled", "settled", "transactions", "SQL stmts");
  g_print ("%-12s %9s %9s %9s %9s %9s %13s %10s\n", "file", "median", "median", "worst",
           "median", "worst", "per value", "per value");
  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      Subject *sub = &subjects[s];

      painted[s] = bench_median (sub->painted_ms);
      settled[s] = bench_median (sub->settled_ms);
      g_print ("%-12s %9.2f %9.2f %9.2f %9.2f %9.2f %13.2f %10.1f\n", sub->label,
               bench_median (sub->sync_ms), painted[s], bench_worst (sub->painted_ms), settled[s],
               bench_worst (sub->settled_ms), (double) sub->transactions / sub->values,
               (double) sub->reads / sub->values);
    }
  g_print ("\ntyping a value, 20-year file ÷ one-quarter file (median, painted): %.2f "
           "(target ≤ 1.10)\n", painted[1] / painted[0]);
  g_print ("the same until settled:                                            %.2f\n",
           settled[1] / settled[0]);
  g_print ("SQLite transactions per value: %.2f and %.2f (target: exactly 1)\n",
           (double) subjects[0].transactions / subjects[0].values,
           (double) subjects[1].transactions / subjects[1].values);

  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      gtk_window_destroy (GTK_WINDOW (subjects[s].window));
      g_array_unref (subjects[s].cells);
      g_array_unref (subjects[s].sync_ms);
      g_array_unref (subjects[s].painted_ms);
      g_array_unref (subjects[s].settled_ms);
      g_free (subjects[s].path);
    }
  return 0;
}
