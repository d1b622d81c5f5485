/* sc-export-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Export for the Accountant…": the period and the language of the
 * workbook, then where to save it. When it is saved, the main window says
 * so with a button that opens it.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-export.h"
#include "sc-window.h"

G_BEGIN_DECLS

#define SC_TYPE_EXPORT_WINDOW (sc_export_window_get_type ())

G_DECLARE_FINAL_TYPE (ScExportWindow, sc_export_window, SC, EXPORT_WINDOW, GtkWindow)

ScExportWindow *sc_export_window_new            (ScWindow        *parent,
                                                 ScStore         *store);
/* The choice of the period dropdown; custom dates are typed. */
void            sc_export_window_set_period     (ScExportWindow  *self,
                                                 ScExportPeriod   period);
void            sc_export_window_set_custom     (ScExportWindow  *self,
                                                 ScDay            from,
                                                 ScDay            to);
void            sc_export_window_set_lang       (ScExportWindow  *self,
                                                 ScLang           lang);
ScLang          sc_export_window_get_lang       (ScExportWindow  *self);
/* The period chosen; FALSE (and the message at the dates) when the
 * custom dates are not a period. */
gboolean        sc_export_window_get_range      (ScExportWindow  *self,
                                                 ScDay           *from,
                                                 ScDay           *to);
/* The file name the save dialog proposes. */
char           *sc_export_window_dup_file_name  (ScExportWindow  *self);
/* What the save dialog's answer does: writes the workbook to path, then
 * closes the window and shows the toast; on failure says why and stays.
 * ".xlsx" is added to a name without it. */
gboolean        sc_export_window_save_to        (ScExportWindow  *self,
                                                 const char      *path);

G_END_DECLS
