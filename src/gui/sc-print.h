/* sc-print.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Printing the one-page reports. GTK 4.8 has no GtkPrintDialog (4.14):
 * a GtkPrintOperation of one page whose draw-page paints the report with
 * sc_report_draw (), the drawing the PDF export uses, on the paper chosen
 * in the print dialog (the locale's by default: Letter in Canada, A4
 * elsewhere). The printer and the paper chosen are kept for the next
 * print while the application runs.
 *
 * The main window's actions live here too: win.print-meeting-sheet (the
 * sheet of the next meeting) and win.export-reports (the window that
 * writes a report as PDF).
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-report.h"

G_BEGIN_DECLS

/* An operation that prints report (which it takes) on one page. */
GtkPrintOperation *sc_print_operation_new   (ScReport          *report);
/* Shows the print dialog for report (taken) on from's window; a failure
 * is said in the main window. */
void               sc_print_report          (GtkWidget         *from,
                                             ScReport          *report);
/* The report of a review on screen (an ScMonthlyReviewSession or an
 * ScQuarterlyReviewSession), in the company's report language. */
void               sc_print_review          (GtkWidget         *from,
                                             GObject           *session);

/* For ScWindow's class_init: win.print-meeting-sheet and
 * win.export-reports. */
void               sc_print_install_actions (GtkWidgetClass    *window_class);

G_END_DECLS
