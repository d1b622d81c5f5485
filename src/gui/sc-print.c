/* sc-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-print"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-export.h"
#include "sc-plan-ui.h"
#include "sc-print.h"
#include "sc-report-window.h"
#include "sc-window.h"

/* The printer and paper of the last print, for the next one. */
static GtkPrintSettings *last_settings;

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 ScReport          *report)
{
  /* The full page in points (use-full-page, GTK_UNIT_POINTS): the report
   * keeps margins wider than any printer's. */
  sc_report_draw (report, gtk_print_context_get_cairo_context (context),
                  gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static GtkPageSetup *
default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (sc_paper_default () == SC_PAPER_A4
                                                      ? GTK_PAPER_NAME_A4
                                                      : GTK_PAPER_NAME_LETTER);

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

GtkPrintOperation *
sc_print_operation_new (ScReport *report)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  operation = gtk_print_operation_new ();
  setup = default_page_setup ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, sc_report_get_title (report));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "sc-report", report,
                          (GDestroyNotify) sc_report_free);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), report);
  return operation;
}

static void
on_done_cb (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            GtkWidget               *from)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      sc_plan_ui_error (from, _("The report could not be printed"), error);
    }
}

void
sc_print_report (GtkWidget *from,
                 ScReport  *report)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (report != NULL);

  root = gtk_widget_get_root (from);
  operation = sc_print_operation_new (report);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* The answer may come after from is gone: then there is nobody to tell. */
  g_signal_connect_object (operation, "done", G_CALLBACK (on_done_cb), from, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    sc_plan_ui_error (from, _("The report could not be printed"), error);
}

void
sc_print_review (GtkWidget *from,
                 GObject   *session)
{
  ScReport *report;
  ScStore *store;

  if (SC_IS_MONTHLY_REVIEW_SESSION (session))
    {
      store = sc_monthly_review_session_get_store (SC_MONTHLY_REVIEW_SESSION (session));
      report = sc_report_new_monthly (SC_MONTHLY_REVIEW_SESSION (session),
                                      sc_export_default_lang (store));
    }
  else
    {
      g_return_if_fail (SC_IS_QUARTERLY_REVIEW_SESSION (session));
      store = sc_quarterly_review_session_get_store (SC_QUARTERLY_REVIEW_SESSION (session));
      report = sc_report_new_quarterly (SC_QUARTERLY_REVIEW_SESSION (session),
                                        sc_export_default_lang (store));
    }
  sc_print_report (from, report);
}

/* The main window's actions ---------------------------------------------------------- */

static void
print_meeting_sheet_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  ScStore *store = sc_window_get_store (SC_WINDOW (widget));
  ScReportSubject subject = { SC_REPORT_MEETING_SHEET, SC_DAY_NONE, 0, 0 };

  if (store != NULL)
    sc_print_report (widget, sc_report_new (store, &subject, sc_export_default_lang (store), NULL));
}

static void
export_reports_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  ScStore *store = sc_window_get_store (SC_WINDOW (widget));

  if (store != NULL)
    gtk_window_present (GTK_WINDOW (sc_report_window_new (GTK_WINDOW (widget), store)));
}

void
sc_print_install_actions (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.print-meeting-sheet", NULL,
                                   print_meeting_sheet_action);
  gtk_widget_class_install_action (window_class, "win.export-reports", NULL,
                                   export_reports_action);
}
