/* test-preferences.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences under a virtual display: each change is written to the
 * company file at once (one undoable transaction); changes that would
 * misfile what the file holds are refused with a message.
 */

#include "config.h"

#include "sc-appearance.h"
#include "sc-dashboard-page.h"
#include "sc-preferences-window.h"
#include "sc-test-utils.h"

static GtkWidget *
child (gpointer    widget,
       const char *id)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget),
                                                   SC_TYPE_PREFERENCES_WINDOW, id);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static ScPreferencesWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (SC_IS_PREFERENCES_WINDOW (w))
        return SC_PREFERENCES_WINDOW (w);
    }
  return NULL;
}

static ScRecord *
reopen_company (const char *path,
                ScStore   **store)
{
  g_autoptr(GError) error = NULL;

  *store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  return SC_RECORD (sc_store_get_company (*store));
}

static void
test_preferences_saved_in_file (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScStore *store = sc_window_get_store (window);
  ScRecord *company = SC_RECORD (sc_store_get_company (store));
  ScPreferencesWindow *prefs;
  GtkLabel *heading;
  g_autoptr(ScStore) reopened = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (sc_test_application ()), "preferences", NULL);
  prefs = find_preferences ();
  g_assert_nonnull (prefs);
  sc_test_flush ();

  /* The widgets show the file's settings. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (prefs, "name_entry"))), ==,
                   "Atelier Boréalis Métal inc.");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (child (prefs, "fiscal_dropdown"))), ==, 3);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (prefs, "length_spin"))), ==, 30);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (prefs, "report_lang_dropdown")), 1);
  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_REPORT_LANG), ==, "en");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (prefs, "length_spin")), 45);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (prefs, "weekday_dropdown")), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (prefs, "hour_spin")), 7);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (prefs, "minute_spin")), 45);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (prefs, "tolerance_spin")), 8);
  gtk_editable_set_text (GTK_EDITABLE (child (prefs, "name_entry")), "Atelier Boréal inc.");
  g_signal_emit_by_name (child (prefs, "name_entry"), "activate");
  g_assert_null (sc_preferences_window_get_error (prefs));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Atelier Boréal inc. — SalesCadence");
  /* The dashboard's heading follows the name (when idle: a slow machine
   * may need more than one flush). */
  heading = GTK_LABEL (gtk_widget_get_template_child (sc_window_get_page (window, "dashboard"),
                                                      SC_TYPE_DASHBOARD_PAGE, "company_label"));
  for (int i = 0; i < 50 && g_strcmp0 (gtk_label_get_label (heading), "Atelier Boréal inc.") != 0; i++)
    sc_test_flush ();
  g_assert_cmpstr (gtk_label_get_label (heading), ==, "Atelier Boréal inc.");

  /* Each change is its own undoable step. */
  g_assert_cmpstr (sc_store_get_undo_label (store), ==, "Change company settings");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_NAME), ==, "Atelier Boréalis Métal inc.");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (prefs, "name_entry"))), ==,
                   "Atelier Boréalis Métal inc.");

  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (window));

  company = reopen_company (path, &reopened);
  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_NAME), ==, "Atelier Boréalis Métal inc.");
  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_REPORT_LANG), ==, "en");
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_MEETING_MINUTES), ==, 45);
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_MEETING_WEEKDAY), ==, G_DATE_TUESDAY);
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_MEETING_TIME), ==, 7 * 60 + 45);
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_TOLERANCE), ==, 800);
}

/* The sample's weeks hold figures and its quarters hold plans: the week
 * start and the fiscal year start are refused, with the reason. */
static void
test_preferences_refusals (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScStore *store = sc_window_get_store (window);
  ScRecord *company = SC_RECORD (sc_store_get_company (store));
  ScPreferencesWindow *prefs = sc_preferences_window_new (GTK_WINDOW (window), store, NULL);
  GtkDropDown *week = GTK_DROP_DOWN (child (prefs, "week_dropdown"));
  GtkDropDown *fiscal = GTK_DROP_DOWN (child (prefs, "fiscal_dropdown"));

  gtk_window_present (GTK_WINDOW (prefs));
  gtk_drop_down_set_selected (week, 1);
  g_assert_nonnull (sc_preferences_window_get_error (prefs));
  g_assert_true (g_str_has_prefix (sc_preferences_window_get_error (prefs),
                                   "The first day of the week cannot change"));
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_WEEK_START), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (week), ==, 0);

  gtk_drop_down_set_selected (fiscal, 0);
  g_assert_true (g_str_has_prefix (sc_preferences_window_get_error (prefs),
                                   "The start of the fiscal year cannot change"));
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_FISCAL_START_MONTH), ==, 4);
  g_assert_false (sc_store_can_undo (store));

  gtk_editable_set_text (GTK_EDITABLE (child (prefs, "name_entry")), "   ");
  g_signal_emit_by_name (child (prefs, "name_entry"), "activate");
  g_assert_cmpstr (sc_preferences_window_get_error (prefs), ==, "The company needs a name.");
  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_NAME), ==, "Atelier Boréalis Métal inc.");

  /* The interface language has no effect without settings. */
  g_assert_false (gtk_widget_get_sensitive (child (prefs, "ui_lang_dropdown")));
  gtk_window_destroy (GTK_WINDOW (prefs));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_interface_language (void)
{
  ScApplication *app = sc_test_application ();
  GSettings *settings = sc_application_get_settings (app);
  ScPreferencesWindow *prefs = sc_preferences_window_new (NULL, NULL, settings);
  g_autofree char *lang = NULL;

  /* Without a company, only the interface language can change. */
  g_assert_false (gtk_widget_get_sensitive (child (prefs, "company_group")));
  g_assert_true (gtk_widget_get_visible (child (prefs, "company_note")));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (prefs, "ui_lang_dropdown")), 1);
  lang = g_settings_get_string (settings, "interface-language");
  g_assert_cmpstr (lang, ==, "fr");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (prefs, "ui_lang_note"))), ==,
                   "Restart SalesCadence to see the interface in the new language.");
  g_settings_reset (settings, "interface-language");

  /* The style applies at once. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (prefs, "style_dropdown")), 2);
  g_clear_pointer (&lang, g_free);
  lang = g_settings_get_string (settings, "style");
  g_assert_cmpstr (lang, ==, "dark");
  g_assert_true (sc_appearance_is_dark ());
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (prefs, "style_dropdown")), 1);
  g_assert_false (sc_appearance_is_dark ());
  g_settings_reset (settings, "style");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

/* A read-only file: everything about the company is shown but locked. */
static void
test_preferences_read_only (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
  ScPreferencesWindow *prefs;

  g_assert_no_error (error);
  prefs = sc_preferences_window_new (NULL, store, NULL);
  g_assert_false (gtk_widget_get_sensitive (child (prefs, "company_group")));
  g_assert_false (gtk_widget_get_sensitive (child (prefs, "meeting_group")));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child (prefs, "company_note"))), ==,
                   "This company file is open read-only: its settings cannot change.");
  gtk_window_destroy (GTK_WINDOW (prefs));
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  g_test_add_func ("/preferences/saved-in-file", test_preferences_saved_in_file);
  g_test_add_func ("/preferences/refusals", test_preferences_refusals);
  g_test_add_func ("/preferences/interface-language", test_preferences_interface_language);
  g_test_add_func ("/preferences/read-only", test_preferences_read_only);

  return g_test_run ();
}
