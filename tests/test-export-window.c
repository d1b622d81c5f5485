/* test-export-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Export for the Accountant…" under a virtual display: the menu's action
 * opens the window with the company's report language and its fiscal
 * year; custom dates are checked where they are typed; saving writes the
 * workbook and the main window says so with an "Open" button.
 *
 * SC_TEST_SHOTS_DIR=/some/dir keeps PNG renderings of the window there.
 */

#include "config.h"

#include <string.h>

#include "sc-export-window.h"
#include "sc-test-utils.h"

static ScExportWindow *
find_export_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (SC_IS_EXPORT_WINDOW (w))
        return SC_EXPORT_WINDOW (w);
    }
  return NULL;
}

static GtkWidget *
child (ScExportWindow *window,
       const char     *id)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), SC_TYPE_EXPORT_WINDOW, id);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
test_export_window_saves (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  g_autofree char *dir = sc_test_make_dir ();
  g_autofree char *target = g_build_filename (dir, "pour la comptable", NULL);
  g_autofree char *written = g_strconcat (target, ".xlsx", NULL);
  g_autofree char *name = NULL;
  ScWindow *window = sc_test_window (path);
  ScExportWindow *export;
  ScDay from, to;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-workbook", NULL));
  export = find_export_window ();
  g_assert_nonnull (export);
  sc_test_flush ();

  /* The company's report language and its fiscal year. */
  g_assert_cmpint (sc_export_window_get_lang (export), ==, SC_LANG_FR);
  g_assert_true (sc_export_window_get_range (export, &from, &to));
  g_assert_cmpuint (from, ==, sc_day_from_iso ("2025-04-01"));
  g_assert_cmpuint (to, ==, sc_day_from_iso ("2026-03-31"));
  g_assert_false (gtk_widget_get_visible (child (export, "from_entry")));
  name = sc_export_window_dup_file_name (export);
  g_assert_cmpstr (name, ==, "Atelier Boréalis Métal inc. — exercice 2025-2026.xlsx");
  sc_test_keep_shot (GTK_WIDGET (export), "export-window.png");
  g_clear_pointer (&name, g_free);
  sc_export_window_set_lang (export, SC_LANG_EN);
  sc_export_window_set_period (export, SC_EXPORT_LAST_QUARTER);
  name = sc_export_window_dup_file_name (export);
  g_assert_cmpstr (name, ==, "Atelier Boréalis Métal inc. — Q1 FY2025.xlsx");

  /* Custom dates are checked before anything is written. */
  sc_export_window_set_custom (export, sc_day_from_iso ("2025-06-30"),
                               sc_day_from_iso ("2025-04-01"));
  g_assert_true (gtk_widget_get_visible (child (export, "from_entry")));
  g_assert_false (sc_export_window_save_to (export, target));
  g_assert_true (gtk_widget_get_visible (child (export, "dates_message")));
  g_assert_false (g_file_test (written, G_FILE_TEST_EXISTS));
  sc_test_keep_shot (GTK_WIDGET (export), "export-window-custom.png");

  sc_export_window_set_custom (export, sc_day_from_iso ("2025-04-01"),
                               sc_day_from_iso ("2025-06-30"));
  g_assert_true (sc_export_window_save_to (export, target));
  g_assert_true (g_file_test (written, G_FILE_TEST_IS_REGULAR));
  sc_test_flush ();
  g_assert_null (find_export_window ());

  /* The toast names the workbook and offers to open it. */
  g_assert_cmpstr (sc_window_get_toast (window), ==, "Workbook “pour la comptable.xlsx” saved.");
  {
    GActionMap *actions = g_object_get_data (G_OBJECT (window), "sc-export-actions");
    GAction *open = actions ? g_action_map_lookup_action (actions, "open-file") : NULL;

    g_assert_nonnull (open);
    g_assert_cmpstr (g_object_get_data (G_OBJECT (open), "path"), ==, written);
  }
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  g_test_add_func ("/export-window/saves", test_export_window_saves);

  return g_test_run ();
}
