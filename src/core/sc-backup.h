/* sc-backup.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Automatic, rotating backups of company files (PRODUCT.md §6).
 *
 * Where: $XDG_DATA_HOME/salescadence/backups/<id>/, one folder per company
 * file. The schema (version 1) has no column for a stored identifier, so
 * the id is a hash of the file's absolute path and the company's name: a
 * file moved or a company renamed starts a new folder. A key file in the
 * folder ("company.ini") records the path and the name, so that the
 * backups of a file are also found by its path alone: the name of a
 * damaged file may no longer be readable, and a renamed company keeps its
 * earlier backups in the list.
 *
 * What: a complete company file written with SQLite's backup API under a
 * temporary name, synced, then renamed (sc_store_save_copy()), 0600, named
 * after its local time and why it was made:
 * "2026-11-26_083015_daily.salescadence".
 *
 * When: before a schema migration, at the first open of a day, on close
 * after changes, before a restore replaces the file, and on request.
 *
 * How long: the newest backup of each day is kept for 7 days and the
 * newest of each ISO week for 8 weeks; those made before a migration or a
 * restore, or on request, are kept 8 weeks; the newest backup is never
 * deleted. Files in
 * the folder that are not ours are never touched.
 */

#pragma once

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_BACKUP_ERROR (sc_backup_error_quark ())

typedef enum
{
  SC_BACKUP_ERROR_EXISTS,   /* restoring over a file that exists */
  SC_BACKUP_ERROR_UNSOUND,  /* the backup itself does not pass the check */
  SC_BACKUP_ERROR_REOPEN,   /* restored, but the file could not be opened again */
  SC_BACKUP_ERROR_FAILED,
} ScBackupError;

typedef enum
{
  SC_BACKUP_DAILY,          /* the first open of a day */
  SC_BACKUP_CLOSE,          /* closing after changes */
  SC_BACKUP_MIGRATION,      /* before the file format was upgraded */
  SC_BACKUP_RESTORE,        /* before a restore replaced the file */
  SC_BACKUP_MANUAL,         /* "Back Up Now" */
} ScBackupKind;

#define SC_BACKUP_KEEP_DAYS  7
#define SC_BACKUP_KEEP_WEEKS 8

#define SC_TYPE_BACKUP (sc_backup_get_type ())

G_DECLARE_FINAL_TYPE (ScBackup, sc_backup, SC, BACKUP, GObject)

GQuark        sc_backup_error_quark     (void);

const char   *sc_backup_get_path        (ScBackup     *self);
/* Local time the backup was made (from its name). */
GDateTime    *sc_backup_get_time        (ScBackup     *self);
goffset       sc_backup_get_size        (ScBackup     *self);
ScBackupKind  sc_backup_get_kind        (ScBackup     *self);

/* The folder that holds all backups. */
char         *sc_backup_dup_root        (void);
/* The stable id of a company file: 32 hex digits of the SHA-256 of its
 * absolute path and the company's name. */
char         *sc_backup_dup_company_id  (const char   *path,
                                         const char   *company_name);
/* The folder of the store's backups (not created). */
char         *sc_backup_dup_folder      (ScStore      *store);

/* Writes a backup of store now (now NULL: the clock), then applies the
 * rotation to its folder. */
ScBackup     *sc_backup_make            (ScStore      *store,
                                         ScBackupKind  kind,
                                         GDateTime    *now,
                                         GError      **error);
/* At open: a backup unless the folder has one of today. Read-only and
 * closed stores are left alone. TRUE when nothing was needed. */
gboolean      sc_backup_make_daily      (ScStore      *store,
                                         GDateTime    *now,
                                         GError      **error);
/* Called by the store before it upgrades the format of a file: no
 * migration without a copy of the file as it was. */
gboolean      sc_backup_before_migration (ScStore     *store,
                                          GError     **error);
/* At close: a backup when the file changed since it was opened. */
gboolean      sc_backup_make_on_close   (ScStore      *store,
                                         GError      **error);
/* Deletes the backups of folder the rotation no longer keeps, and
 * leftovers of backups interrupted more than a day ago. */
void          sc_backup_prune           (const char   *folder,
                                         GDateTime    *now);

/* The backups of the store's file, newest first (ScBackup). */
GListStore   *sc_backup_list            (ScStore      *store);
/* The same found by the file's path only. */
GListStore   *sc_backup_list_for_path   (const char   *path);
/* The newest backup of path that passes sc_store_check_file(); NULL when
 * there is none. */
ScBackup     *sc_backup_find_latest_sound (const char *path);

/* A free name for the backup restored next to original (in folder when
 * not NULL): "<name> (backup of 2026-11-25).salescadence", numbered when
 * taken. */
char         *sc_backup_dup_restore_path (ScBackup    *backup,
                                          const char  *original,
                                          const char  *folder);
/* Writes the backup as a new company file at path; never over a file
 * that exists (SC_BACKUP_ERROR_EXISTS). */
gboolean      sc_backup_restore_as      (ScBackup     *backup,
                                         const char   *path,
                                         GError      **error);
/* Replaces the contents of the store's file with the backup, in one
 * transaction, after backing up the file as it is (SC_BACKUP_RESTORE).
 * store is closed and the file opened again: the new store is returned.
 * When the backup is unusable or the copy fails, store and its file are
 * as they were; SC_BACKUP_ERROR_REOPEN says the backup is in the file
 * but opening it again failed (store is closed). */
ScStore      *sc_backup_restore_over    (ScStore      *store,
                                         ScBackup     *backup,
                                         GError      **error);

G_END_DECLS
