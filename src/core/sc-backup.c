/* sc-backup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of the storage layer: it copies whole databases, so it reads the
 * store's connection (sc-store-private.h) to restore into it under the
 * lock the store already holds.
 */

#define G_LOG_DOMAIN "sc-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-backup.h"
#include "sc-store-private.h"

#define INFO_NAME   "company.ini"
#define INFO_GROUP  "Company"
/* Leftovers of a backup interrupted (a crash, a kill) this long ago go. */
#define STALE_SECONDS (24 * 3600)

struct _ScBackup
{
  GObject       parent_instance;

  char         *path;
  GDateTime    *time;
  goffset       size;
  ScBackupKind  kind;
  guint         seq;     /* 2, 3 … for backups made in the same second */
};

G_DEFINE_FINAL_TYPE (ScBackup, sc_backup, G_TYPE_OBJECT)
G_DEFINE_QUARK (sc-backup-error-quark, sc_backup_error)

/* The words in file names, by ScBackupKind: never translated. */
static const char *const kind_words[] = {
  "daily", "close", "upgrade", "restore", "manual",
};

static void
sc_backup_finalize (GObject *object)
{
  ScBackup *self = SC_BACKUP (object);

  g_free (self->path);
  g_clear_pointer (&self->time, g_date_time_unref);

  G_OBJECT_CLASS (sc_backup_parent_class)->finalize (object);
}

static void
sc_backup_class_init (ScBackupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sc_backup_finalize;
}

static void
sc_backup_init (ScBackup *self)
{
}

const char *
sc_backup_get_path (ScBackup *self)
{
  g_return_val_if_fail (SC_IS_BACKUP (self), NULL);
  return self->path;
}

GDateTime *
sc_backup_get_time (ScBackup *self)
{
  g_return_val_if_fail (SC_IS_BACKUP (self), NULL);
  return self->time;
}

goffset
sc_backup_get_size (ScBackup *self)
{
  g_return_val_if_fail (SC_IS_BACKUP (self), 0);
  return self->size;
}

ScBackupKind
sc_backup_get_kind (ScBackup *self)
{
  g_return_val_if_fail (SC_IS_BACKUP (self), SC_BACKUP_MANUAL);
  return self->kind;
}

/* Names ------------------------------------------------------------------ */

/* "2026-11-26_083015_daily.salescadence", or with "-2" … before the
 * extension when two are made in the same second. */
static ScBackup *
backup_from_name (const char *folder,
                  const char *name)
{
  g_autoptr(ScBackup) self = NULL;
  g_autofree char *word = NULL;
  int y, mo, d, h, mi, s, used = 0;
  GStatBuf st;
  gsize len;

  if (!g_str_has_suffix (name, SC_FILE_EXTENSION) || name[0] == '.')
    return NULL;
  len = strlen (name) - strlen (SC_FILE_EXTENSION);
  if (sscanf (name, "%4d-%2d-%2d_%2d%2d%2d_%n", &y, &mo, &d, &h, &mi, &s, &used) != 6 ||
      used != 18 || len <= (gsize) used)
    return NULL;

  self = g_object_new (SC_TYPE_BACKUP, NULL);
  word = g_strndup (name + used, len - used);
  if (strchr (word, '-') != NULL)
    {
      self->seq = (guint) g_ascii_strtoull (strchr (word, '-') + 1, NULL, 10);
      *strchr (word, '-') = '\0';
    }
  self->kind = G_N_ELEMENTS (kind_words);
  for (guint k = 0; k < G_N_ELEMENTS (kind_words); k++)
    if (g_str_equal (word, kind_words[k]))
      self->kind = k;
  if (self->kind == G_N_ELEMENTS (kind_words))
    return NULL;

  self->time = g_date_time_new_local (y, mo, d, h, mi, s);
  self->path = g_build_filename (folder, name, NULL);
  if (self->time == NULL || g_stat (self->path, &st) != 0 || !S_ISREG (st.st_mode))
    return NULL;
  self->size = st.st_size;
  return g_steal_pointer (&self);
}

static char *
backup_name (GDateTime    *time,
             ScBackupKind  kind,
             guint         n)
{
  g_autofree char *stamp = g_date_time_format (time, "%Y-%m-%d_%H%M%S");

  if (n <= 1)
    return g_strdup_printf ("%s_%s%s", stamp, kind_words[kind], SC_FILE_EXTENSION);
  return g_strdup_printf ("%s_%s-%u%s", stamp, kind_words[kind], n, SC_FILE_EXTENSION);
}

static ScDay
day_of (GDateTime *time)
{
  return sc_day_from_ymd (g_date_time_get_year (time), g_date_time_get_month (time),
                          g_date_time_get_day_of_month (time));
}

/* Folders ---------------------------------------------------------------- */

char *
sc_backup_dup_root (void)
{
  return g_build_filename (g_get_user_data_dir (), "salescadence", "backups", NULL);
}

/* The same file always gives the same string: absolute, without "." and
 * "..", through symbolic links when it exists. */
static char *
absolute_path (const char *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);
  char *real = realpath (canonical, NULL);

  if (real != NULL)
    {
      char *copy = g_strdup (real);

      free (real);
      return copy;
    }
  return g_steal_pointer (&canonical);
}

char *
sc_backup_dup_company_id (const char *path,
                          const char *company_name)
{
  g_autofree char *absolute = absolute_path (path);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  char *id;

  g_checksum_update (sum, (const guchar *) absolute, strlen (absolute) + 1);
  g_checksum_update (sum, (const guchar *) (company_name ? company_name : ""), -1);
  id = g_strdup (g_checksum_get_string (sum));
  id[32] = '\0';
  return id;
}

/* What the file holds now (not the cache): before a migration the cache
 * is not loaded yet and must not be. */
static char *
dup_company_name (ScStore *store)
{
  g_autoptr(ScRecord) company = NULL;

  if (store->db != NULL)
    company = _sc_store_read_row (store, &sc_company_table, 1, NULL);
  return g_strdup (company ? sc_record_get_text (company, SC_COMPANY_NAME) : "");
}

char *
sc_backup_dup_folder (ScStore *store)
{
  g_autofree char *root = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  root = sc_backup_dup_root ();
  name = dup_company_name (store);
  id = sc_backup_dup_company_id (sc_store_get_path (store), name);
  return g_build_filename (root, id, NULL);
}

/* Creates the folder (0700) and records which file it is for. */
static char *
prepare_folder (ScStore  *store,
                GError  **error)
{
  g_autofree char *folder = sc_backup_dup_folder (store);
  g_autofree char *info = g_build_filename (folder, INFO_NAME, NULL);
  g_autofree char *absolute = absolute_path (sc_store_get_path (store));
  g_autofree char *name = dup_company_name (store);
  g_autofree char *data = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_FAILED,
                   _("The backup folder “%s” could not be created (%s)."),
                   folder, g_strerror (saved));
      return NULL;
    }

  g_key_file_set_string (key_file, INFO_GROUP, "path", absolute);
  g_key_file_set_string (key_file, INFO_GROUP, "name", name);
  data = g_key_file_to_data (key_file, NULL, NULL);
  /* Only a help to find backups again: a failure here is not one. */
  g_file_set_contents_full (info, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
  return g_steal_pointer (&folder);
}

/* Whether the folder's key file says it holds backups of absolute. */
static gboolean
folder_is_for (const char *folder,
               const char *absolute)
{
  g_autofree char *info = g_build_filename (folder, INFO_NAME, NULL);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = NULL;

  if (!g_key_file_load_from_file (key_file, info, G_KEY_FILE_NONE, NULL))
    return FALSE;
  path = g_key_file_get_string (key_file, INFO_GROUP, "path", NULL);
  return g_strcmp0 (path, absolute) == 0;
}

/* Listing ---------------------------------------------------------------- */

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  ScBackup *x = SC_BACKUP ((gpointer) a);
  ScBackup *y = SC_BACKUP ((gpointer) b);
  int by_time = g_date_time_compare (y->time, x->time);

  if (by_time != 0)
    return by_time;
  if (x->seq != y->seq)
    return x->seq < y->seq ? 1 : -1;
  return g_strcmp0 (y->path, x->path);
}

static void
add_folder (GListStore *list,
            const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(ScBackup) backup = backup_from_name (folder, name);

      if (backup != NULL)
        g_list_store_insert_sorted (list, backup, compare_newest_first, NULL);
    }
}

/* Every folder recorded for absolute, plus extra (may be NULL). */
static GListStore *
list_folders (const char *absolute,
              const char *extra)
{
  GListStore *list = g_list_store_new (SC_TYPE_BACKUP);
  g_autofree char *root = sc_backup_dup_root ();
  g_autoptr(GDir) dir = g_dir_open (root, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *folder = g_build_filename (root, name, NULL);

      if (g_strcmp0 (folder, extra) == 0 || folder_is_for (folder, absolute))
        add_folder (list, folder);
    }
  return list;
}

GListStore *
sc_backup_list (ScStore *store)
{
  g_autofree char *folder = NULL;
  g_autofree char *absolute = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  folder = sc_backup_dup_folder (store);
  absolute = absolute_path (sc_store_get_path (store));
  return list_folders (absolute, folder);
}

GListStore *
sc_backup_list_for_path (const char *path)
{
  g_autofree char *absolute = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  absolute = absolute_path (path);
  return list_folders (absolute, NULL);
}

ScBackup *
sc_backup_find_latest_sound (const char *path)
{
  g_autoptr(GListStore) list = sc_backup_list_for_path (path);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(ScBackup) backup = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (sc_store_check_file (backup->path, NULL))
        return g_steal_pointer (&backup);
    }
  return NULL;
}

/* Rotation --------------------------------------------------------------- */

/* Monday of the ISO week of day. */
static ScDay
iso_week_start (ScDay day)
{
  return day - (sc_day_weekday (day) - G_DATE_MONDAY);
}

static gboolean
keep_backup (ScBackup   *backup,
             ScDay       today,
             GHashTable *days_taken,
             GHashTable *weeks_taken)
{
  ScDay day = day_of (backup->time);
  ScDay week = iso_week_start (day);
  gboolean keep = FALSE;

  /* A clock set back: never delete what may be the newest. */
  if (day > today)
    return TRUE;
  /* Rare, and each the only copy of a moment that mattered: kept apart
   * from the rotation, which they do not count in. */
  if (backup->kind != SC_BACKUP_DAILY && backup->kind != SC_BACKUP_CLOSE)
    return today - day < 7 * SC_BACKUP_KEEP_WEEKS;
  /* The list is newest first: the first of a day or week is its newest. */
  if (today - day < SC_BACKUP_KEEP_DAYS && g_hash_table_add (days_taken, GUINT_TO_POINTER (day)))
    keep = TRUE;
  if ((iso_week_start (today) - week) / 7 < SC_BACKUP_KEEP_WEEKS &&
      g_hash_table_add (weeks_taken, GUINT_TO_POINTER (week)))
    keep = TRUE;
  return keep;
}

static void
remove_stale_temporaries (const char *folder,
                          GDateTime  *now)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  /* sc_store_save_copy() writes ".<name>.XXXXXX" then renames it. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf st;

      if (name[0] == '.' && strstr (name, SC_FILE_EXTENSION ".") != NULL &&
          g_stat (path, &st) == 0 && S_ISREG (st.st_mode) &&
          g_date_time_to_unix (now) - st.st_mtime > STALE_SECONDS)
        g_unlink (path);
    }
}

void
sc_backup_prune (const char *folder,
                 GDateTime  *now)
{
  g_autoptr(GListStore) list = g_list_store_new (SC_TYPE_BACKUP);
  g_autoptr(GHashTable) days = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) weeks = g_hash_table_new (NULL, NULL);
  g_autoptr(GDateTime) clock = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  ScDay today = day_of (clock);

  g_return_if_fail (folder != NULL);

  add_folder (list, folder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(ScBackup) backup = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (!keep_backup (backup, today, days, weeks) && i > 0)
        g_unlink (backup->path);
    }
  remove_stale_temporaries (folder, clock);
}

/* Making ----------------------------------------------------------------- */

static gboolean
store_is_writable (ScStore *store)
{
  return store->db != NULL && !store->read_only;
}

/* Backups made in the same second are numbered, whatever made them, so
 * that the last one made sorts as the newest. */
static guint
next_seq (const char *folder,
          GDateTime  *time)
{
  g_autoptr(GListStore) list = g_list_store_new (SC_TYPE_BACKUP);
  guint seq = 0;

  add_folder (list, folder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(ScBackup) backup = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_date_time_to_unix (backup->time) == g_date_time_to_unix (time))
        seq = MAX (seq, MAX (backup->seq, 1));
    }
  return seq + 1;
}

ScBackup *
sc_backup_make (ScStore       *store,
                ScBackupKind   kind,
                GDateTime     *now,
                GError       **error)
{
  g_autoptr(GDateTime) clock = NULL;
  g_autoptr(ScBackup) made = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_words), NULL);

  clock = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  folder = prepare_folder (store, error);
  if (folder == NULL)
    return NULL;

  name = backup_name (clock, kind, next_seq (folder, clock));
  path = g_build_filename (folder, name, NULL);
  if (!sc_store_save_copy (store, path, error))
    {
      g_prefix_error (error, _("The backup could not be made. "));
      return NULL;
    }

  sc_backup_prune (folder, clock);
  made = backup_from_name (folder, name);
  if (made == NULL)
    g_set_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_FAILED,
                 _("The backup “%s” could not be read back."), path);
  return g_steal_pointer (&made);
}

static gboolean
make (ScStore       *store,
      ScBackupKind   kind,
      GDateTime     *now,
      GError       **error)
{
  g_autoptr(ScBackup) made = sc_backup_make (store, kind, now, error);

  return made != NULL;
}

gboolean
sc_backup_make_daily (ScStore    *store,
                      GDateTime  *now,
                      GError    **error)
{
  g_autoptr(GDateTime) clock = NULL;
  g_autoptr(GListStore) list = g_list_store_new (SC_TYPE_BACKUP);
  g_autofree char *folder = NULL;
  ScDay today;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if (!store_is_writable (store))
    return TRUE;

  clock = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  today = day_of (clock);
  folder = sc_backup_dup_folder (store);
  add_folder (list, folder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(ScBackup) backup = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (day_of (backup->time) == today)
        return TRUE;
    }

  return make (store, SC_BACKUP_DAILY, clock, error);
}

gboolean
sc_backup_before_migration (ScStore  *store,
                            GError  **error)
{
  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  return make (store, SC_BACKUP_MIGRATION, NULL, error);
}

gboolean
sc_backup_make_on_close (ScStore  *store,
                         GError  **error)
{
  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if (!store_is_writable (store) || !sc_store_get_dirty (store))
    return TRUE;
  return make (store, SC_BACKUP_CLOSE, NULL, error);
}

/* Restoring -------------------------------------------------------------- */

/* The backup opened read-only after a full check, or an error that says
 * the backup cannot be used. */
static ScStore *
open_sound (ScBackup  *backup,
            GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(ScStore) source = NULL;

  if (sc_store_check_file (backup->path, &local_error))
    source = sc_store_open (backup->path, SC_STORE_OPEN_READ_ONLY, &local_error);
  if (source == NULL)
    {
      g_set_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_UNSOUND,
                   _("This backup cannot be used: %s"), local_error->message);
      return NULL;
    }
  return g_steal_pointer (&source);
}

static void
sync_folder_of (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

static gboolean
exists_error (const char  *path,
              GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_EXISTS,
               _("“%s” already exists: a backup is never restored over another file. "
                 "Choose another name."), name);
  return FALSE;
}

/* A free name next to path for the copy before it is linked into place. */
static char *
make_temp_name (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  char *temp = g_build_filename (dir, ".restore-XXXXXX", NULL);
  int fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_FAILED,
                   _("“%s” cannot be created: %s."), name, g_strerror (saved));
      g_free (temp);
      return NULL;
    }
  close (fd);
  return temp;
}

char *
sc_backup_dup_restore_path (ScBackup   *backup,
                            const char *original,
                            const char *folder)
{
  g_autofree char *dir = folder ? g_strdup (folder) : g_path_get_dirname (original);
  g_autofree char *base = g_path_get_basename (original);
  g_autofree char *day = g_date_time_format (backup->time, "%Y-%m-%d");
  g_autofree char *stem = NULL;
  char *path = NULL;

  g_return_val_if_fail (SC_IS_BACKUP (backup), NULL);
  g_return_val_if_fail (original != NULL, NULL);

  if (g_str_has_suffix (base, SC_FILE_EXTENSION))
    base[strlen (base) - strlen (SC_FILE_EXTENSION)] = '\0';
  /* Translators: a file name: the company file's name, then a date. */
  stem = g_strdup_printf (_("%s (backup of %s)"), base, day);
  for (guint n = 1; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = n == 1 ? g_strconcat (stem, SC_FILE_EXTENSION, NULL)
                                     : g_strdup_printf ("%s (%u)%s", stem, n, SC_FILE_EXTENSION);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }
  return path;
}

gboolean
sc_backup_restore_as (ScBackup    *backup,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(ScStore) source = NULL;
  g_autofree char *temp = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (SC_IS_BACKUP (backup), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return exists_error (path, error);

  source = open_sound (backup, error);
  if (source == NULL)
    return FALSE;

  temp = make_temp_name (path, error);
  if (temp == NULL)
    return FALSE;

  /* link () never replaces a file, unlike the rename of the copy. */
  if (sc_store_save_copy (source, temp, error))
    {
      if (link (temp, path) == 0)
        ok = TRUE;
      else if (errno == EEXIST)
        exists_error (path, error);
      else
        {
          int saved = errno;
          g_autofree char *name = g_filename_display_name (path);

          g_set_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_FAILED,
                       _("“%s” cannot be created: %s."), name, g_strerror (saved));
        }
    }
  g_unlink (temp);
  if (ok)
    sync_folder_of (path);
  return ok;
}

/* Copies source over the store's database in one transaction of the
 * backup API, under the exclusive lock the store holds. */
static gboolean
copy_into (ScStore  *store,
           ScStore  *source,
           GError  **error)
{
  sqlite3_backup *copy = sqlite3_backup_init (store->db, "main", source->db, "main");
  int rc;

  if (copy == NULL)
    return _sc_store_set_error (store, sqlite3_extended_errcode (store->db), error);
  sqlite3_backup_step (copy, -1);
  rc = sqlite3_backup_finish (copy);
  if (rc != SQLITE_OK)
    return _sc_store_set_error (store, rc, error);
  return TRUE;
}

ScStore *
sc_backup_restore_over (ScStore   *store,
                        ScBackup  *backup,
                        GError   **error)
{
  g_autoptr(ScStore) source = NULL;
  g_autoptr(ScBackup) safety = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  ScStore *reopened;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (SC_IS_BACKUP (backup), NULL);
  g_return_val_if_fail (store->current == NULL, NULL);

  if (!store_is_writable (store))
    {
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_READ_ONLY, "%s",
                   _("This company file is open read-only: it cannot be replaced by a backup."));
      return NULL;
    }

  source = open_sound (backup, error);
  if (source == NULL)
    return NULL;
  safety = sc_backup_make (store, SC_BACKUP_RESTORE, NULL, error);
  if (safety == NULL || !copy_into (store, source, error))
    return NULL;

  /* The objects in memory and the undo history describe the file as it
   * was: start again from the file. */
  path = g_strdup (sc_store_get_path (store));
  _sc_store_clear_undo (store);
  sc_store_close (store);
  sc_store_close (source);
  reopened = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &local_error);
  if (reopened == NULL)
    g_set_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_REOPEN,
                 _("The backup is back in the file, but the file could not be opened again: %s"),
                 local_error->message);
  return reopened;
}
