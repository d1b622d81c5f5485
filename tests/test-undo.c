/* test-undo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo through the window's actions (Ctrl+Z, Ctrl+Shift+Z) for
 * figures typed in the scorecard, KPIs, people and actions: each step is
 * one transaction, the file passes the full check after each, and what
 * the file holds (read with SQL, not from the objects in memory) is what
 * the user expects.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-kpi-editing.h"
#include "sc-plan.h"
#include "sc-scorecard-page.h"
#include "sc-test-utils.h"

#define LAST_COLUMN 12

typedef struct
{
  char     *path;
  ScWindow *window;
  ScStore  *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->path = sc_test_make_sample (0);
  f->window = sc_test_window (f->path);
  f->store = sc_window_get_store (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  gtk_window_destroy (GTK_WINDOW (f->window));
  sc_test_flush ();
  /* Closed: the file passes the check any other program would run. */
  sc_store_check_file (f->path, &error);
  g_assert_no_error (error);
  g_free (f->path);
}

/* The file is sound after every step. */
static void
check_file (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sc_store_verify (f->store, &error));
  g_assert_no_error (error);
}

static void
undo (Fixture    *f,
      const char *label)
{
  g_autofree char *expected = g_strdup_printf ("Undone: %s", label);

  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, label);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, expected);
  check_file (f);
}

static void
redo (Fixture    *f,
      const char *label)
{
  g_autofree char *expected = g_strdup_printf ("Redone: %s", label);

  g_assert_cmpstr (sc_store_get_redo_label (f->store), ==, label);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, expected);
  check_file (f);
}

/* The keys are those of every desktop program. */
static void
test_undo_shortcuts (void)
{
  ScApplication *app = sc_test_application ();
  g_auto(GStrv) undo_keys = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.undo");
  g_auto(GStrv) redo_keys = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.redo");

  g_assert_true (g_strv_contains ((const char * const *) undo_keys, "<Control>z"));
  g_assert_true (g_strv_contains ((const char * const *) redo_keys, "<Shift><Control>z") ||
                 g_strv_contains ((const char * const *) redo_keys, "<Control><Shift>z"));
}

static gint64
stored_figure (Fixture *f,
               ScKpi   *kpi,
               ScDay    week)
{
  g_autoptr(ScKpiValue) value = sc_store_get_value (f->store, sc_record_get_id (SC_RECORD (kpi)),
                                                    week);

  return value ? sc_record_get_int (SC_RECORD (value), SC_VALUE_VALUE) : -1;
}

static void
press_enter (ScScorecardCell *cell)
{
  g_assert_true (sc_test_press_key (GTK_WIDGET (sc_scorecard_cell_get_editable (cell)),
                                    GDK_KEY_Return));
}

/* A figure typed in the scorecard, then undone and redone. */
static void
test_undo_figure (Fixture       *f,
                  gconstpointer  data)
{
  ScScorecardPage *page = SC_SCORECARD_PAGE (sc_window_get_page (f->window, "scorecard"));
  g_autofree char *shown = NULL;
  g_autofree char *typed = NULL;
  ScScorecardCell *cell;
  gint64 published;
  ScKpi *kpi;
  ScDay week;

  /* A page gets the file when it is first shown. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "scorecard");
  sc_test_flush ();
  kpi = sc_scorecard_page_get_row_kpi (page, 0);
  cell = sc_scorecard_page_get_cell (page, 0, LAST_COLUMN);
  week = sc_scorecard_page_get_column (page, LAST_COLUMN)->first_week;
  published = stored_figure (f, kpi, week);
  shown = g_strdup (sc_scorecard_cell_get_display (cell));
  sc_scorecard_cell_focus (cell);
  gtk_editable_set_text (sc_scorecard_cell_get_editable (cell), "199 000");
  press_enter (cell);
  g_assert_cmpint (stored_figure (f, kpi, week), ==, 19900000);
  typed = g_strdup (sc_scorecard_cell_get_display (cell));
  g_assert_cmpstr (typed, !=, shown);
  check_file (f);

  undo (f, "Enter a figure");
  g_assert_cmpint (stored_figure (f, kpi, week), ==, published);
  g_assert_cmpstr (sc_scorecard_cell_get_display (cell), ==, shown);
  redo (f, "Enter a figure");
  g_assert_cmpint (stored_figure (f, kpi, week), ==, 19900000);
  g_assert_cmpstr (sc_scorecard_cell_get_display (cell), ==, typed);
}

static void
test_undo_kpi (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScKpi) draft = sc_kpi_editing_new_draft (f->store, NULL);
  guint before = sc_store_count_rows (f->store, &sc_kpi_table);
  ScRecord *kpi;
  gint64 id;
  g_autofree char *label = NULL;

  sc_record_set_text (SC_RECORD (draft), SC_KPI_NAME, "Visites d'usine");
  g_assert_true (sc_kpi_editing_create (f->store, draft, 4, SC_DAY_NONE, &error));
  g_assert_no_error (error);
  id = sc_record_get_id (SC_RECORD (draft));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_kpi_table), ==, before + 1);
  label = g_strdup (sc_store_get_undo_label (f->store));
  check_file (f);

  undo (f, label);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_kpi_table), ==, before);
  g_assert_null (sc_store_lookup (f->store, &sc_kpi_table, id));
  redo (f, label);
  kpi = sc_store_lookup (f->store, &sc_kpi_table, id);
  g_assert_nonnull (kpi);
  g_assert_cmpstr (sc_record_get_text (kpi, SC_KPI_NAME), ==, "Visites d'usine");

  /* Dropping it, then taking that back. */
  g_assert_true (sc_kpi_editing_drop (f->store, id, &error));
  g_assert_false (sc_record_is_null (kpi, SC_KPI_ARCHIVED));
  g_free (label);
  label = g_strdup (sc_store_get_undo_label (f->store));
  undo (f, label);
  g_assert_true (sc_record_is_null (kpi, SC_KPI_ARCHIVED));
}

static void
test_undo_person (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScPerson) person = sc_plan_new_person (f->store);
  guint before = sc_store_count_rows (f->store, &sc_person_table);
  g_autofree char *label = NULL;
  gint64 id;

  sc_record_set_text (SC_RECORD (person), SC_PERSON_NAME, "Marie-Ève Lapointe");
  g_assert_true (sc_plan_save_person (f->store, person, &error));
  g_assert_no_error (error);
  id = sc_record_get_id (SC_RECORD (person));
  label = g_strdup (sc_store_get_undo_label (f->store));
  check_file (f);

  undo (f, label);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_person_table), ==, before);
  redo (f, label);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_person_table), ==, before + 1);

  /* Deleting her, and undoing that: back under the same id. */
  g_assert_true (sc_plan_delete_person (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (sc_store_lookup (f->store, &sc_person_table, id));
  g_free (label);
  label = g_strdup (sc_store_get_undo_label (f->store));
  undo (f, label);
  g_assert_cmpstr (sc_record_get_text (sc_store_lookup (f->store, &sc_person_table, id),
                                       SC_PERSON_NAME), ==, "Marie-Ève Lapointe");
}

static void
test_undo_action (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScAction) action = sc_plan_new_action (f->store, 0, 0);
  GListModel *people = sc_store_get_list (f->store, &sc_person_table);
  g_autoptr(ScRecord) owner = g_list_model_get_item (people, 0);
  guint before = sc_store_count_rows (f->store, &sc_action_table);
  g_autofree char *label = NULL;
  ScRecord *live;
  gint64 id;

  sc_record_set_text (SC_RECORD (action), SC_ACTION_TITLE, "Appeler les 10 meilleurs clients");
  sc_record_set_ref (SC_RECORD (action), SC_ACTION_OWNER_ID, sc_record_get_id (owner));
  sc_record_set_date (SC_RECORD (action), SC_ACTION_DUE, sc_day_from_iso ("2025-10-10"));
  g_assert_true (sc_plan_save_action (f->store, action, NULL, &error));
  g_assert_no_error (error);
  id = sc_record_get_id (SC_RECORD (action));
  label = g_strdup (sc_store_get_undo_label (f->store));
  check_file (f);

  undo (f, label);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, before);
  redo (f, label);
  live = sc_store_lookup (f->store, &sc_action_table, id);
  g_assert_nonnull (live);

  /* Marked done, then not. */
  g_assert_true (sc_plan_complete_action (f->store, id, &error));
  g_assert_cmpint (sc_record_get_int (live, SC_ACTION_STATUS), ==, SC_ACTION_DONE);
  g_free (label);
  label = g_strdup (sc_store_get_undo_label (f->store));
  undo (f, label);
  g_assert_cmpint (sc_record_get_int (live, SC_ACTION_STATUS), ==, SC_ACTION_OPEN);
  redo (f, label);
  g_assert_cmpint (sc_record_get_int (live, SC_ACTION_STATUS), ==, SC_ACTION_DONE);
}

/* Nothing to undo: the actions are off, and the file untouched. */
static void
test_undo_nothing (Fixture       *f,
                   gconstpointer  data)
{
  const char *before = sc_window_get_toast (f->window);
  g_autofree char *shown = g_strdup (before);

  g_assert_false (sc_store_can_undo (f->store));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  /* No "Undone: …": nothing happened (the toast, if any, is older). */
  g_assert_cmpstr (sc_window_get_toast (f->window), ==, shown);
  g_assert_false (sc_store_get_dirty (f->store));
  check_file (f);
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
  sc_test_init (&argc, &argv);

  g_test_add_func ("/undo/shortcuts", test_undo_shortcuts);
  add ("/undo/figure", test_undo_figure);
  add ("/undo/kpi", test_undo_kpi);
  add ("/undo/person", test_undo_person);
  add ("/undo/action", test_undo_action);
  add ("/undo/nothing", test_undo_nothing);

  return g_test_run ();
}
