/* sc-save-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the windows that save a document (the workbook for the accountant,
 * the PDF reports) share: the save dialog in the Documents folder with the
 * proposed name, the message when the file could not be written, and the
 * main window's toast with a button that opens the file saved.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-window.h"

G_BEGIN_DECLS

/* What the dialog's answer does: path is the file chosen. */
typedef void (*ScSaveFunc) (GObject    *owner,
                            const char *path);

/* Shows a native save dialog (GTK 4.8: GtkFileDialog arrives in 4.10)
 * transient for parent, in the Documents folder, proposing name and
 * showing the files ending in suffix ("pdf") as filter_name. When a file
 * is chosen, func is called with owner. The dialog belongs to owner: it
 * goes with it, or with owner's next dialog. */
void             sc_save_dialog_show        (GtkWindow   *parent,
                                             const char  *title,
                                             const char  *name,
                                             const char  *filter_name,
                                             const char  *suffix,
                                             ScSaveFunc   func,
                                             GObject     *owner);
/* path with ".suffix" added when it does not end so. */
char            *sc_save_dialog_with_suffix (const char  *path,
                                             const char  *suffix);
/* Says on parent why the file could not be written, under heading. */
void             sc_save_dialog_show_error  (GtkWindow   *parent,
                                             const char  *heading,
                                             const GError *error);
/* The toast of the main window with message and an "Open" button
 * (export.open-file) that opens path in its application. */
void             sc_save_dialog_show_saved  (ScWindow    *window,
                                             const char  *message,
                                             const char  *path);

G_END_DECLS
