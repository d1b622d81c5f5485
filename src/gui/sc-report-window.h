/* sc-report-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Export Reports as PDF…": which report (the weekly meeting sheet of the
 * next meeting, the monthly review of a month, the quarterly review of a
 * quarter), its language (the company's report language by default) and
 * its paper (the locale's), then where to save it. When it is saved, the
 * main window says so with a button that opens it.
 *
 * Opened from a review on screen, the window starts on that review, and
 * its report is what the screen shows, saved or not.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-report.h"

G_BEGIN_DECLS

#define SC_TYPE_REPORT_WINDOW (sc_report_window_get_type ())

G_DECLARE_FINAL_TYPE (ScReportWindow, sc_report_window, SC, REPORT_WINDOW, GtkWindow)

/* parent: the main window (ScWindow) shows the toast; another window
 * does without. */
ScReportWindow *sc_report_window_new           (GtkWindow       *parent,
                                                ScStore         *store);
/* The window for a review on screen (an ScMonthlyReviewSession or an
 * ScQuarterlyReviewSession), transient for from's window, presented. */
ScReportWindow *sc_report_window_show_review   (GtkWidget       *from,
                                                GObject         *session);

void            sc_report_window_set_kind      (ScReportWindow  *self,
                                                ScReportKind     kind);
ScReportKind    sc_report_window_get_kind      (ScReportWindow  *self);
/* Chooses the month (calendar year, month) or the quarter (fiscal year,
 * quarter) in the list of the kind shown; FALSE when it is not there. */
gboolean        sc_report_window_set_period    (ScReportWindow  *self,
                                                int              year,
                                                int              index);
/* What the report is about, as chosen. */
void            sc_report_window_get_subject   (ScReportWindow  *self,
                                                ScReportSubject *subject);
void            sc_report_window_set_lang      (ScReportWindow  *self,
                                                ScLang           lang);
ScLang          sc_report_window_get_lang      (ScReportWindow  *self);
void            sc_report_window_set_paper     (ScReportWindow  *self,
                                                ScPaper          paper);
ScPaper         sc_report_window_get_paper     (ScReportWindow  *self);

/* The report chosen. */
ScReport       *sc_report_window_dup_report    (ScReportWindow  *self,
                                                GError         **error);
/* The file name the save dialog proposes. */
char           *sc_report_window_dup_file_name (ScReportWindow  *self);
/* What the save dialog's answer does: writes the report to path (".pdf"
 * added to a name without it), then closes the window and shows the
 * toast; on failure says why and stays. */
gboolean        sc_report_window_save_to       (ScReportWindow  *self,
                                                const char      *path);

G_END_DECLS
