/* test-welcome.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The welcome view under a virtual display: create my company, open the
 * sample company; checked in the files written.
 */

#include "config.h"

#include "sc-test-utils.h"
#include "sc-choose-kpis-view.h"
#include "sc-team-step-view.h"
#include "sc-welcome-view.h"

static GtkWidget *
child (gpointer     widget,
       GType        type,
       const char  *id)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, id);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_welcome_shown_without_file (void)
{
  ScWindow *window = sc_test_window (NULL);
  GtkStack *main_stack = GTK_STACK (child (window, SC_TYPE_WINDOW, "main_stack"));

  g_assert_null (sc_window_get_store (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "welcome");
  /* Shown, so built, with its content (drawn by sc_test_window). */
  g_assert_true (sc_window_has_page (window, "welcome"));
  g_assert_true (gtk_widget_get_mapped (sc_window_get_page (window, "welcome")));
  g_assert_false (sc_window_has_page (window, "team"));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-copy", NULL) &&
                  sc_window_get_store (window) != NULL);
  /* The help overlay is there (Ctrl+?). */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Start-up on a company file builds what it shows: the dashboard, not the
 * welcome view, the steps of a new company or the other pages (issue 8);
 * a page is built when first shown. */
static void
test_welcome_not_built_with_file (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  static const char *const unbuilt[] = {
    "welcome", "team", "choose-kpis", "scorecard", "plan", "meetings", "reviews", "people",
  };

  g_assert_nonnull (sc_window_get_store (window));
  g_assert_true (sc_window_has_page (window, "dashboard"));
  for (guint i = 0; i < G_N_ELEMENTS (unbuilt); i++)
    g_assert_false (sc_window_has_page (window, unbuilt[i]));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan");
  sc_test_flush ();
  g_assert_true (sc_window_has_page (window, "plan"));
  g_assert_false (sc_window_has_page (window, "people"));

  /* New Company: the welcome view now, with its form. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-company", NULL);
  sc_test_flush ();
  g_assert_true (sc_window_has_page (window, "welcome"));
  g_assert_true (gtk_widget_get_mapped (sc_window_get_page (window, "welcome")));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_welcome_create_refuses_empty_name (void)
{
  ScWindow *window = sc_test_window (NULL);
  GtkWidget *view = sc_window_get_page (window, "welcome");
  GtkWidget *entry = child (view, SC_TYPE_WELCOME_VIEW, "name_entry");
  GtkWidget *error_label = child (view, SC_TYPE_WELCOME_VIEW, "name_error");
  g_autofree char *folder = sc_application_dup_company_folder ();
  guint before = count_files (folder);

  g_assert_true (gtk_widget_activate_action (view, "welcome.show-create", NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_assert_true (gtk_widget_activate_action (view, "welcome.create", NULL));

  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), ==, "Type the name of your company.");
  g_assert_null (sc_window_get_store (window));
  g_assert_cmpuint (count_files (folder), ==, before);

  /* Typing again clears the message. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "U");
  g_assert_false (gtk_widget_get_visible (error_label));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_welcome_create_company (void)
{
  ScWindow *window = sc_test_window (NULL);
  GtkWidget *view = sc_window_get_page (window, "welcome");
  g_autofree char *folder = sc_application_dup_company_folder ();
  g_autofree char *path = g_build_filename (folder, "Usinage Précis inc.salescadence", NULL);
  g_autofree char *last = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) reopened = NULL;
  GSettings *settings = sc_application_get_settings (sc_test_application ());
  ScRecord *company;

  gtk_widget_activate_action (view, "welcome.show-create", NULL);
  gtk_editable_set_text (GTK_EDITABLE (child (view, SC_TYPE_WELCOME_VIEW, "name_entry")),
                         "  Usinage Précis inc.  ");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (view, SC_TYPE_WELCOME_VIEW, "currency_dropdown")), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (view, SC_TYPE_WELCOME_VIEW, "fiscal_dropdown")), 3);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (child (view, SC_TYPE_WELCOME_VIEW, "week_dropdown")), 1);
  g_assert_true (gtk_widget_activate_action (view, "welcome.create", NULL));

  g_assert_nonnull (sc_window_get_store (window));
  g_assert_cmpstr (sc_store_get_path (sc_window_get_store (window)), ==, path);
  g_assert_cmpstr (sc_window_get_toast (window), ==, "Your company file is ready.");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Usinage Précis inc. — SalesCadence");
  last = g_settings_get_string (settings, "last-file");
  g_assert_cmpstr (last, ==, path);

  /* Then the team: a bad email is refused at the field, nothing written. */
  {
    GtkStack *main_stack = GTK_STACK (child (window, SC_TYPE_WINDOW, "main_stack"));
    GtkWidget *team = sc_window_get_page (window, "team");
    GtkWidget *choose = sc_window_get_page (window, "choose-kpis");
    ScStore *store = sc_window_get_store (window);

    g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "team");
    gtk_editable_set_text (GTK_EDITABLE (child (team, SC_TYPE_TEAM_STEP_VIEW, "name_entry")),
                           "Marie Tremblay");
    gtk_editable_set_text (GTK_EDITABLE (child (team, SC_TYPE_TEAM_STEP_VIEW, "email_entry")),
                           "marie at usinage");
    g_assert_false (sc_team_step_view_add (SC_TEAM_STEP_VIEW (team)));
    g_assert_nonnull (sc_team_step_view_get_error (SC_TEAM_STEP_VIEW (team)));
    g_assert_cmpuint (sc_store_count_rows (store, &sc_person_table), ==, 0);
    gtk_editable_set_text (GTK_EDITABLE (child (team, SC_TYPE_TEAM_STEP_VIEW, "email_entry")),
                           "marie@usinage.example");
    gtk_editable_set_text (GTK_EDITABLE (child (team, SC_TYPE_TEAM_STEP_VIEW, "role_entry")),
                           "Directrice des ventes");
    g_assert_true (sc_team_step_view_add (SC_TEAM_STEP_VIEW (team)));
    /* A name left in the field when going on is added too. */
    gtk_editable_set_text (GTK_EDITABLE (child (team, SC_TYPE_TEAM_STEP_VIEW, "name_entry")),
                           "Paul Gagné");
    g_assert_true (gtk_widget_activate_action (team, "team.done", NULL));
    g_assert_cmpuint (sc_store_count_rows (store, &sc_person_table), ==, 2);

    /* Then the indicators: the six of the starter set. */
    g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "choose-kpis");
    g_assert_cmpuint (sc_choose_kpis_view_count_chosen (SC_CHOOSE_KPIS_VIEW (choose)), ==, 6);
    g_assert_true (sc_choose_kpis_view_create (SC_CHOOSE_KPIS_VIEW (choose)));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "company");
    g_assert_cmpuint (sc_store_count_rows (store, &sc_kpi_table), ==, 6);
  }

  /* In the file. */
  gtk_window_destroy (GTK_WINDOW (window));
  reopened = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  company = SC_RECORD (sc_store_get_company (reopened));
  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_NAME), ==, "Usinage Précis inc.");
  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_CURRENCY), ==, "USD");
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_FISCAL_START_MONTH), ==, 4);
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_WEEK_START), ==, 7);
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_MEETING_MINUTES), ==, 30);
  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_REPORT_LANG), ==, "en");
  g_assert_cmpuint (sc_store_count_rows (reopened, &sc_person_table), ==, 2);
  g_assert_cmpuint (sc_store_count_rows (reopened, &sc_kpi_table), ==, 6);

  /* A second company of the same name gets a file of its own. */
  g_clear_object (&reopened);
  window = sc_test_window (NULL);
  view = sc_window_get_page (window, "welcome");
  gtk_widget_activate_action (view, "welcome.show-create", NULL);
  gtk_editable_set_text (GTK_EDITABLE (child (view, SC_TYPE_WELCOME_VIEW, "name_entry")),
                         "Usinage Précis inc.");
  gtk_widget_activate_action (view, "welcome.create", NULL);
  g_assert_true (g_str_has_suffix (sc_store_get_path (sc_window_get_store (window)),
                                   "Usinage Précis inc (2).salescadence"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_welcome_open_sample (void)
{
  ScWindow *window = sc_test_window (NULL);
  ScStore *store;
  GtkStack *main_stack = GTK_STACK (child (window, SC_TYPE_WINDOW, "main_stack"));
  g_auto(GStrv) recent = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  store = sc_window_get_store (window);
  g_assert_nonnull (store);
  g_assert_cmpstr (sc_record_get_text (SC_RECORD (sc_store_get_company (store)), SC_COMPANY_NAME),
                   ==, "Atelier Boréalis Métal inc.");
  g_assert_true (g_str_has_suffix (sc_store_get_path (store), "Sample Company.salescadence"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "company");

  recent = sc_application_dup_recent_files (sc_test_application ());
  g_assert_cmpstr (recent[0], ==, sc_store_get_path (store));

  /* New company closes it (nothing to save: every change is saved) and
   * shows the form. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-company", NULL));
  g_assert_null (sc_window_get_store (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (main_stack), ==, "welcome");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Opening a file that is not ours says so in a message, and the file is
 * left as it was. */
static void
test_welcome_open_foreign_file (void)
{
  ScWindow *window = sc_test_window (NULL);
  g_autofree char *dir = sc_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.salescadence", NULL);
  g_autofree char *after = NULL;
  GtkWindow *alert = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (g_file_set_contents (path, "pas une entreprise", -1, NULL));
  g_assert_false (sc_window_open_file (window, path));
  g_assert_null (sc_window_get_store (window));

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (w), "ScAlertWindow"))
        alert = w;
    }
  g_assert_nonnull (alert);
  g_assert_cmpstr (gtk_window_get_title (alert), ==, "This is not a SalesCadence company file");
  gtk_window_destroy (alert);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "pas une entreprise");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The keyboard shortcuts window opens from the window, with a group for
 * each part of the program that has keys of its own. */
static void
test_welcome_shortcuts_window (void)
{
  ScWindow *window = sc_test_window (NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *shortcuts = NULL;
  guint groups = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  sc_test_flush ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && shortcuts == NULL; i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (w) && gtk_widget_get_visible (w))
        shortcuts = w;
    }
  g_assert_nonnull (shortcuts);
  for (GtkWidget *w = gtk_widget_get_first_child (shortcuts); w != NULL; )
    {
      GtkWidget *next = gtk_widget_get_first_child (w);

      if (GTK_IS_SHORTCUTS_GROUP (w))
        groups++;
      while (next == NULL && w != NULL && w != shortcuts)
        {
          next = gtk_widget_get_next_sibling (w);
          w = gtk_widget_get_parent (w);
        }
      w = next;
    }
  /* Company file, General, Weekly meeting, Scorecard, Plan, Reviews. */
  g_assert_cmpuint (groups, ==, 6);
  sc_test_keep_shot (shortcuts, "shortcuts.png");
  gtk_window_destroy (GTK_WINDOW (shortcuts));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  g_test_add_func ("/welcome/shown-without-file", test_welcome_shown_without_file);
  g_test_add_func ("/welcome/not-built-with-file", test_welcome_not_built_with_file);
  g_test_add_func ("/welcome/create-refuses-empty-name", test_welcome_create_refuses_empty_name);
  g_test_add_func ("/welcome/create-company", test_welcome_create_company);
  g_test_add_func ("/welcome/open-sample", test_welcome_open_sample);
  g_test_add_func ("/welcome/open-foreign-file", test_welcome_open_foreign_file);
  g_test_add_func ("/welcome/shortcuts-window", test_welcome_shortcuts_window);

  return g_test_run ();
}
