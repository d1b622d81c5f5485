/* sc-backups-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Backups window (primary menu): the backups of the open company file
 * with their dates and sizes, "Back Up Now", "Restore as New File…" (never
 * over an existing file) and "Restore Over This File…" (confirmed, after a
 * backup of the file as it is).
 */

#pragma once

#include "sc-backup.h"
#include "sc-window.h"

G_BEGIN_DECLS

#define SC_TYPE_BACKUPS_WINDOW (sc_backups_window_get_type ())

G_DECLARE_FINAL_TYPE (ScBackupsWindow, sc_backups_window, SC, BACKUPS_WINDOW, GtkWindow)

ScBackupsWindow *sc_backups_window_new          (ScWindow        *window);
/* The backups listed, newest first (ScBackup). */
GListModel      *sc_backups_window_get_backups  (ScBackupsWindow *self);
void             sc_backups_window_select       (ScBackupsWindow *self,
                                                 guint            position);
/* What a row says: "Thursday, November 26, 2026 at 8:30 a.m." and
 * "Made when the file was closed after changes · 160.0 kB". */
char            *sc_backups_window_dup_title    (ScBackup        *backup);
char            *sc_backups_window_dup_subtitle (ScBackup        *backup);
/* Restores the selected backup as a new file at path and opens it in the
 * window (what the file chooser of "Restore as New File…" does). */
gboolean         sc_backups_window_restore_as   (ScBackupsWindow *self,
                                                 const char      *path,
                                                 GError         **error);

G_END_DECLS
