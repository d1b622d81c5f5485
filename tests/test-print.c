/* test-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing and exporting the reports under a virtual display: a print
 * operation exported to a PDF file draws the same one page as the PDF
 * export; the main window's "Print the Weekly Meeting Sheet…" opens the
 * print dialog and "Export Reports as PDF…" the window that writes a
 * report with the language and paper chosen; a review on screen prints
 * and exports what it shows, saved or not.
 *
 * SC_TEST_SHOTS_DIR=/some/dir keeps PNG renderings of the window there.
 */

#include "config.h"

#include <string.h>

#include "sc-monthly-review-view.h"
#include "sc-print.h"
#include "sc-report-window.h"
#include "sc-test-utils.h"

static GtkWindow *
find_toplevel (const char *type_name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (w), type_name) &&
          gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static char *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* One page of paper; its text, spaces made single. */
static char *
check_pdf (const char *path,
           const char *paper)
{
  const char *info_argv[] = { "/usr/bin/pdfinfo", path, NULL };
  const char *text_argv[] = { "/usr/bin/pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *info = run_tool (info_argv);
  g_autofree char *text = run_tool (text_argv);
  g_auto(GStrv) words = NULL;

  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, paper));
  g_strdelimit (text, "\n\r\t\f", ' ');
  words = g_regex_split_simple ("(?: |\u00a0|\u202f)+", text, 0, 0);
  return g_strjoinv (" ", words);
}

/* Cancels the print dialog that should be open; FALSE when there is none. */
static gboolean
cancel_print_dialog (void)
{
  GtkWindow *dialog = NULL;

  for (guint i = 0; i < 100 && dialog == NULL; i++)
    {
      sc_test_flush ();
      dialog = find_toplevel ("GtkPrintUnixDialog");
    }
  if (dialog == NULL)
    return FALSE;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  sc_test_flush ();
  return TRUE;
}

/* The print operation, exported to a file ------------------------------------------ */

static void
test_print_export (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  g_autofree char *dir = sc_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "imprimé.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
  ScReportSubject subject = { SC_REPORT_MEETING_SHEET, SC_DAY_NONE, 0, 0 };
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) letter = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  operation = sc_print_operation_new (sc_report_new (store, &subject, SC_LANG_FR, &error));
  g_assert_no_error (error);
  gtk_page_setup_set_paper_size_and_default_margins (letter, paper);
  gtk_print_operation_set_default_page_setup (operation, letter);
  gtk_print_operation_set_export_filename (operation, pdf);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  text = check_pdf (pdf, "612 x 792 pts (letter)");
  g_assert_nonnull (strstr (text, "Réunion hebdomadaire — Semaine du 29 septembre 2025"));
  g_assert_nonnull (strstr (text, " 119 "));
  g_assert_nonnull (strstr (text, "Jean-Philippe Gagnon"));
  g_assert_nonnull (strstr (text, "Page 1 de 1"));
}

/* The main window's menu ------------------------------------------------------------- */

static void
test_print_menu (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);

  /* The sheet of the next meeting goes to the print dialog, from the menu
   * and from the Meetings page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-meeting-sheet",
                                             NULL));
  g_assert_true (cancel_print_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "meetings"));
  sc_test_keep_shot (GTK_WIDGET (window), "meetings-page.png");
}

static ScReportWindow *
find_report_window (void)
{
  return (ScReportWindow *) find_toplevel ("ScReportWindow");
}

/* The toast names the file and offers to open it. */
static void
check_saved (ScWindow   *window,
             const char *toast,
             const char *path)
{
  GActionMap *actions = g_object_get_data (G_OBJECT (window), "sc-export-actions");
  GAction *open = actions ? g_action_map_lookup_action (actions, "open-file") : NULL;

  g_assert_cmpstr (sc_window_get_toast (window), ==, toast);
  g_assert_nonnull (open);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (open), "path"), ==, path);
}

static void
test_print_export_window (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  g_autofree char *dir = sc_test_make_dir ();
  g_autofree char *target = g_build_filename (dir, "revue d'août", NULL);
  g_autofree char *written = g_strconcat (target, ".pdf", NULL);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  ScWindow *window = sc_test_window (path);
  ScReportWindow *reports;
  ScReportSubject subject;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-reports", NULL));
  reports = find_report_window ();
  g_assert_nonnull (reports);
  sc_test_flush ();

  /* The next meeting's sheet, in the company's report language, on the
   * locale's paper (A4 for the C locale of the tests). */
  g_assert_cmpint (sc_report_window_get_kind (reports), ==, SC_REPORT_MEETING_SHEET);
  g_assert_cmpint (sc_report_window_get_lang (reports), ==, SC_LANG_FR);
  g_assert_cmpint (sc_report_window_get_paper (reports), ==, sc_paper_default ());
  sc_test_keep_shot (GTK_WIDGET (reports), "report-window.png");

  /* The months over, the last one first; the quarters whose last week
   * has begun. */
  sc_report_window_set_kind (reports, SC_REPORT_MONTHLY_REVIEW);
  sc_report_window_get_subject (reports, &subject);
  g_assert_cmpint (subject.kind, ==, SC_REPORT_MONTHLY_REVIEW);
  g_assert_cmpint (subject.year, ==, 2025);
  g_assert_cmpint (subject.index, ==, 8);
  name = sc_report_window_dup_file_name (reports);
  g_assert_cmpstr (name, ==, "Atelier Boréalis Métal inc. — Revue mensuelle des écarts — "
                             "août 2025.pdf");
  sc_report_window_set_kind (reports, SC_REPORT_QUARTERLY_REVIEW);
  sc_report_window_get_subject (reports, &subject);
  g_assert_cmpint (subject.year, ==, 2025);
  g_assert_cmpint (subject.index, ==, 2);
  g_assert_true (sc_report_window_set_period (reports, 2025, 1));
  sc_test_keep_shot (GTK_WIDGET (reports), "report-window-quarterly.png");

  /* July in English on Letter. */
  sc_report_window_set_kind (reports, SC_REPORT_MONTHLY_REVIEW);
  g_assert_true (sc_report_window_set_period (reports, 2025, 7));
  g_assert_false (sc_report_window_set_period (reports, 2025, 9));
  sc_report_window_set_lang (reports, SC_LANG_EN);
  sc_report_window_set_paper (reports, SC_PAPER_LETTER);
  g_assert_true (sc_report_window_save_to (reports, target));
  sc_test_flush ();
  g_assert_null (find_report_window ());
  text = check_pdf (written, "612 x 792 pts (letter)");
  g_assert_nonnull (strstr (text, "Monthly Variance Review — July 2025"));
  g_assert_nonnull (strstr (text, "Not reviewed yet"));

  check_saved (window, "Report “revue d'août.pdf” saved.", written);
}

/* A review on screen ------------------------------------------------------------------ */

static void
test_print_review (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  g_autofree char *dir = sc_test_make_dir ();
  g_autofree char *target = g_build_filename (dir, "en cours.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_autoptr(ScMonthlyReviewSession) session = NULL;
  GtkWindow *host = GTK_WINDOW (gtk_window_new ());
  ScMonthlyReviewView *view = g_object_new (SC_TYPE_MONTHLY_REVIEW_VIEW, NULL);
  g_autofree char *text = NULL;
  ScReportWindow *reports;
  ScReportSubject subject;

  g_assert_no_error (error);
  session = sc_monthly_review_session_new (store, 2025, 8, &error);
  g_assert_no_error (error);
  /* Typed, not saved. */
  sc_monthly_review_session_set_cause (session, 1, "Acier plus cher que prévu");
  sc_monthly_review_view_set_session (view, session);
  gtk_window_set_child (host, GTK_WIDGET (view));
  gtk_window_set_default_size (host, 1100, 700);
  gtk_window_present (host);
  sc_test_keep_shot (GTK_WIDGET (host), "monthly-review-view.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "monthly.print", NULL));
  g_assert_true (cancel_print_dialog ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "monthly.export-pdf", NULL));
  reports = find_report_window ();
  g_assert_nonnull (reports);
  sc_report_window_get_subject (reports, &subject);
  g_assert_cmpint (subject.kind, ==, SC_REPORT_MONTHLY_REVIEW);
  g_assert_cmpint (subject.index, ==, 8);
  g_assert_true (sc_report_window_save_to (reports, target));
  text = check_pdf (target, sc_paper_default () == SC_PAPER_A4 ? "(A4)" : "(letter)");
  g_assert_nonnull (strstr (text, "Acier plus cher que prévu"));
  g_assert_nonnull (strstr (text, "Pas encore enregistrée"));
  gtk_window_destroy (host);
}

int
main (int   argc,
      char *argv[])
{
  sc_test_init (&argc, &argv);

  g_test_add_func ("/print/export", test_print_export);
  g_test_add_func ("/print/menu", test_print_menu);
  g_test_add_func ("/print/export-window", test_print_export_window);
  g_test_add_func ("/print/review", test_print_review);

  return g_test_run ();
}
