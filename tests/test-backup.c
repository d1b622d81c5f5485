/* test-backup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Automatic backups: where they go and how they are named, once a day at
 * open and on close after changes, the rotation (7 days, 8 weeks), and
 * restoring one as a new file or over the open file.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "sc-backup.h"
#include "sc-plan.h"
#include "sc-test-files.h"

typedef struct
{
  char    *dir;
  char    *path;
  ScStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = sc_test_files_make_dir ();
  f->path = sc_test_files_sample (f->dir, "company.salescadence");
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_free (f->path);
  g_free (f->dir);
}

static GDateTime *
local (const char *iso)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  GDateTime *time = g_date_time_new_from_iso8601 (iso, tz);

  g_assert_nonnull (time);
  return time;
}

static gint64
add_person (ScStore    *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScPerson) person = sc_plan_new_person (store);

  sc_record_set_text (SC_RECORD (person), SC_PERSON_NAME, name);
  g_assert_true (sc_plan_save_person (store, person, &error));
  g_assert_no_error (error);
  return sc_record_get_id (SC_RECORD (person));
}

static guint
n_backups (ScStore *store)
{
  g_autoptr(GListStore) list = sc_backup_list (store);

  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static ScBackup *
nth_backup (ScStore *store,
            guint    n)
{
  g_autoptr(GListStore) list = sc_backup_list (store);

  return g_list_model_get_item (G_LIST_MODEL (list), n);
}

/* The id is stable for a file and its company, and tells others apart. */
static void
test_backup_company_id (void)
{
  g_autofree char *a = sc_backup_dup_company_id ("/home/u/Documents/A.salescadence", "A inc.");
  g_autofree char *b = sc_backup_dup_company_id ("/home/u/Documents/./x/../A.salescadence",
                                                 "A inc.");
  g_autofree char *c = sc_backup_dup_company_id ("/home/u/Documents/A.salescadence", "B inc.");
  g_autofree char *d = sc_backup_dup_company_id ("/home/u/Documents/B.salescadence", "A inc.");

  g_assert_cmpuint (strlen (a), ==, 32);
  g_assert_true (strspn (a, "0123456789abcdef") == 32);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpstr (a, !=, d);
}

static void
test_backup_make (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = local ("2026-11-26T08:30:15");
  g_autoptr(ScBackup) backup = NULL;
  g_autoptr(ScStore) copy = NULL;
  g_autofree char *folder = sc_backup_dup_folder (f->store);
  g_autofree char *root = sc_backup_dup_root ();
  g_autofree char *base = NULL;
  g_autofree char *ini = NULL;
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "salescadence",
                                                "backups", NULL);
  GStatBuf st;

  add_person (f->store, "Avant la copie");
  backup = sc_backup_make (f->store, SC_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (backup);

  /* $XDG_DATA_HOME/salescadence/backups/<id>/<local time>_<why>.salescadence */
  g_assert_cmpstr (root, ==, data_dir);
  g_assert_true (g_str_has_prefix (folder, root));
  base = g_path_get_basename (sc_backup_get_path (backup));
  g_assert_cmpstr (base, ==, "2026-11-26_083015_manual.salescadence");
  g_assert_true (g_date_time_equal (sc_backup_get_time (backup), now));
  g_assert_cmpint (sc_backup_get_kind (backup), ==, SC_BACKUP_MANUAL);
  g_assert_cmpint (g_stat (sc_backup_get_path (backup), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (sc_backup_get_size (backup), ==, st.st_size);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* The folder says whose backups it holds. */
  ini = g_build_filename (folder, "company.ini", NULL);
  g_assert_true (g_file_test (ini, G_FILE_TEST_IS_REGULAR));

  /* A complete, sound company file with what was typed. */
  g_assert_true (sc_store_check_file (sc_backup_get_path (backup), &error));
  g_assert_no_error (error);
  copy = sc_store_open (sc_backup_get_path (backup), SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sc_store_get_list (copy, &sc_person_table)), ==,
                    g_list_model_get_n_items (sc_store_get_list (f->store, &sc_person_table)));

  /* Two in the same second do not overwrite each other. */
  g_clear_object (&backup);
  backup = sc_backup_make (f->store, SC_BACKUP_MANUAL, now, &error);
  g_assert_no_error (error);
  g_free (base);
  base = g_path_get_basename (sc_backup_get_path (backup));
  g_assert_cmpstr (base, ==, "2026-11-26_083015_manual-2.salescadence");
}

static void
test_backup_daily_once (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) morning = local ("2026-11-26T08:00:00");
  g_autoptr(GDateTime) evening = local ("2026-11-26T18:00:00");
  g_autoptr(GDateTime) tomorrow = local ("2026-11-27T08:00:00");

  g_assert_cmpuint (n_backups (f->store), ==, 0);
  g_assert_true (sc_backup_make_daily (f->store, morning, &error));
  g_assert_cmpuint (n_backups (f->store), ==, 1);
  g_assert_true (sc_backup_make_daily (f->store, evening, &error));
  g_assert_cmpuint (n_backups (f->store), ==, 1);
  g_assert_true (sc_backup_make_daily (f->store, tomorrow, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_backups (f->store), ==, 2);
}

static void
test_backup_on_close (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScBackup) latest = NULL;
  g_autoptr(ScStore) copy = NULL;
  gint64 id;

  /* Nothing changed: nothing to keep. */
  g_assert_true (sc_backup_make_on_close (f->store, &error));
  g_assert_cmpuint (n_backups (f->store), ==, 0);

  id = add_person (f->store, "Gisèle Tremblay");
  g_assert_true (sc_backup_make_on_close (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_backups (f->store), ==, 1);
  latest = nth_backup (f->store, 0);
  g_assert_cmpint (sc_backup_get_kind (latest), ==, SC_BACKUP_CLOSE);
  copy = sc_store_open (sc_backup_get_path (latest), SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_nonnull (sc_store_lookup (copy, &sc_person_table, id));

  /* A closed or read-only store is left alone. */
  sc_store_close (f->store);
  g_assert_true (sc_backup_make_on_close (f->store, &error));
  g_assert_true (sc_backup_make_daily (copy, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_backups (copy), ==, 0);
}

/* Backups named as ours, made at the given local times, in folder. */
static void
plant (const char          *folder,
       const char * const  *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);

      g_assert_true (g_file_set_contents (path, "x", 1, NULL));
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
test_backup_rotation (void)
{
  static const char *const planted[] = {
    /* Today, Thursday 2026-11-26, and this week. */
    "2026-11-26_180000_close.salescadence",      /* newest: kept */
    "2026-11-26_080000_daily.salescadence",      /* same day, older: goes */
    "2026-11-25_170000_close.salescadence",      /* kept: one a day */
    "2026-11-25_090000_daily.salescadence",      /* goes */
    "2026-11-20_090000_daily.salescadence",      /* 6 days ago: kept */
    "2026-11-19_090000_daily.salescadence",      /* 7 days ago, the 20th is newer: goes */
    "2026-11-16_090000_daily.salescadence",      /* 10 days ago, same week: goes */
    "2026-11-17_090000_restore.salescadence",    /* before a restore: kept 8 weeks */
    "2026-11-16_120000_manual.salescadence",     /* on request: kept 8 weeks */
    "2026-09-28_120000_manual.salescadence",     /* 59 days: goes */
    "2026-10-12_090000_daily.salescadence",      /* week of Oct 12: newest, kept */
    "2026-10-11_090000_daily.salescadence",      /* Sunday: week of Oct 5, kept */
    "2026-10-06_090000_daily.salescadence",      /* same week, older: goes */
    "2026-10-05_090000_upgrade.salescadence",    /* before a migration: kept */
    "2026-10-04_090000_daily.salescadence",      /* week of Sep 28: 8 weeks ago, goes */
    "2026-09-29_090000_upgrade.salescadence",    /* 58 days: goes */
    "2026-12-01_090000_daily.salescadence",      /* the future (clock): kept */
    "notes.txt",                                 /* not ours: never touched */
    "2026-11-26_080000_unknown.salescadence",    /* not ours either */
    NULL
  };
  static const char *const kept[] = {
    "2026-10-05_090000_upgrade.salescadence",
    "2026-10-11_090000_daily.salescadence",
    "2026-10-12_090000_daily.salescadence",
    "2026-11-16_120000_manual.salescadence",
    "2026-11-17_090000_restore.salescadence",
    "2026-11-20_090000_daily.salescadence",
    "2026-11-25_170000_close.salescadence",
    "2026-11-26_080000_unknown.salescadence",
    "2026-11-26_180000_close.salescadence",
    "2026-12-01_090000_daily.salescadence",
    "notes.txt",
    NULL
  };
  g_autofree char *folder = sc_test_files_make_dir ();
  g_autoptr(GDateTime) now = local ("2026-11-26T18:30:00");
  g_autoptr(GPtrArray) left = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  plant (folder, planted);
  sc_backup_prune (folder, now);

  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (left, g_strdup (name));
  g_ptr_array_sort (left, compare_names);
  g_ptr_array_add (left, NULL);
  g_assert_cmpstrv ((const char * const *) left->pdata, kept);
}

/* Everyday use over three months keeps 7 daily and 8 weekly backups. */
static void
test_backup_rotation_over_months (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = local ("2026-08-01T09:00:00");
  g_autofree char *folder = sc_backup_dup_folder (f->store);
  guint n;

  for (int day = 0; day < 100; day++)
    {
      g_autoptr(GDateTime) now = g_date_time_add_days (start, day);

      g_assert_true (sc_backup_make_daily (f->store, now, &error));
      g_assert_no_error (error);
    }

  /* 7 days, plus the newest of the 8 weeks that are not all in them. */
  n = n_backups (f->store);
  g_assert_cmpuint (n, >=, SC_BACKUP_KEEP_DAYS + SC_BACKUP_KEEP_WEEKS - 2);
  g_assert_cmpuint (n, <=, SC_BACKUP_KEEP_DAYS + SC_BACKUP_KEEP_WEEKS);
}

static void
test_backup_restore_as (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScBackup) backup = NULL;
  g_autoptr(ScStore) restored = NULL;
  g_autofree char *target = g_build_filename (f->dir, "restored.salescadence", NULL);
  g_autofree char *spoiled = g_build_filename (f->dir, "spoiled.salescadence", NULL);
  g_autoptr(GBytes) existing = NULL;
  gint64 kept, later;
  GStatBuf st;

  kept = add_person (f->store, "Dans la copie");
  backup = sc_backup_make (f->store, SC_BACKUP_MANUAL, NULL, &error);
  g_assert_no_error (error);
  later = add_person (f->store, "Après la copie");

  g_assert_true (sc_backup_restore_as (backup, target, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  restored = sc_store_open (target, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sc_store_lookup (restored, &sc_person_table, kept));
  g_assert_null (sc_store_lookup (restored, &sc_person_table, later));

  /* Never over a file that exists, not even the open one. */
  existing = sc_test_files_read (target);
  g_assert_false (sc_backup_restore_as (backup, target, &error));
  g_assert_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_EXISTS);
  g_clear_error (&error);
  sc_test_files_assert_bytes (target, existing);
  g_assert_false (sc_backup_restore_as (backup, f->path, &error));
  g_assert_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_EXISTS);
  g_clear_error (&error);

  /* A spoiled backup is refused, and no file appears. */
  sc_test_files_damage (sc_backup_get_path (backup), 3);
  g_assert_false (sc_backup_restore_as (backup, spoiled, &error));
  g_assert_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_UNSOUND);
  g_assert_false (g_file_test (spoiled, G_FILE_TEST_EXISTS));
}

static void
test_backup_restore_over (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScBackup) backup = NULL;
  g_autoptr(ScBackup) safety = NULL;
  g_autoptr(ScStore) restored = NULL;
  g_autoptr(ScStore) before = NULL;
  gint64 kept, later;

  kept = add_person (f->store, "Dans la copie");
  backup = sc_backup_make (f->store, SC_BACKUP_MANUAL, NULL, &error);
  g_assert_no_error (error);
  later = add_person (f->store, "Après la copie");
  g_assert_true (sc_store_can_undo (f->store));

  restored = sc_backup_restore_over (f->store, backup, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_cmpstr (sc_store_get_path (restored), ==, f->path);
  g_assert_nonnull (sc_store_lookup (restored, &sc_person_table, kept));
  g_assert_null (sc_store_lookup (restored, &sc_person_table, later));
  g_assert_false (sc_store_can_undo (restored));
  g_assert_true (sc_store_verify (restored, &error));
  g_assert_no_error (error);

  /* What was replaced was backed up first. */
  safety = nth_backup (restored, 0);
  g_assert_cmpint (sc_backup_get_kind (safety), ==, SC_BACKUP_RESTORE);
  before = sc_store_open (sc_backup_get_path (safety), SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sc_store_lookup (before, &sc_person_table, later));

  /* The restored file goes on like any other. */
  add_person (restored, "Ensuite");
  sc_store_close (restored);
  g_assert_true (sc_store_check_file (f->path, &error));
  g_assert_no_error (error);
}

/* A spoiled backup is refused before anything is touched. */
static void
test_backup_restore_over_refuses_unsound (Fixture       *f,
                                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScBackup) backup = sc_backup_make (f->store, SC_BACKUP_MANUAL, NULL, NULL);
  g_autoptr(ScStore) restored = NULL;
  gint64 id = add_person (f->store, "Toujours là");

  sc_test_files_damage (sc_backup_get_path (backup), 3);
  restored = sc_backup_restore_over (f->store, backup, &error);
  g_assert_null (restored);
  g_assert_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_UNSOUND);
  g_assert_nonnull (sc_store_lookup (f->store, &sc_person_table, id));
  g_assert_true (sc_store_verify (f->store, NULL));
  g_assert_cmpuint (n_backups (f->store), ==, 1);
}

/* The backups of a damaged file are found by its path; a damaged backup
 * is passed over. */
static void
test_backup_latest_sound (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GDateTime) monday = local ("2026-11-23T09:00:00");
  g_autoptr(GDateTime) tuesday = local ("2026-11-24T09:00:00");
  g_autoptr(ScBackup) older = sc_backup_make (f->store, SC_BACKUP_DAILY, monday, NULL);
  g_autoptr(ScBackup) newer = sc_backup_make (f->store, SC_BACKUP_DAILY, tuesday, NULL);
  g_autoptr(ScBackup) found = NULL;
  g_autofree char *elsewhere = g_build_filename (f->dir, "other.salescadence", NULL);

  g_assert_nonnull (older);
  g_assert_nonnull (newer);
  sc_store_close (f->store);
  sc_test_files_damage (f->path, 0);

  found = sc_backup_find_latest_sound (f->path);
  g_assert_nonnull (found);
  g_assert_cmpstr (sc_backup_get_path (found), ==, sc_backup_get_path (newer));
  g_clear_object (&found);

  sc_test_files_damage (sc_backup_get_path (newer), 3);
  found = sc_backup_find_latest_sound (f->path);
  g_assert_cmpstr (sc_backup_get_path (found), ==, sc_backup_get_path (older));
  g_assert_null (sc_backup_find_latest_sound (elsewhere));
}

/* Where backups cannot be written, the error says so and nothing else
 * changes. */
static void
test_backup_folder_unwritable (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = sc_backup_dup_folder (f->store);
  g_autofree char *parent = g_path_get_dirname (blocker);
  g_autoptr(ScBackup) backup = NULL;

  /* A file where this company's folder of backups should be. */
  g_mkdir_with_parents (parent, 0700);
  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, NULL));
  add_person (f->store, "Quelqu'un");

  backup = sc_backup_make (f->store, SC_BACKUP_MANUAL, NULL, &error);
  g_assert_null (backup);
  g_assert_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "backup"));
  g_clear_error (&error);
  g_assert_false (sc_backup_make_on_close (f->store, &error));
  g_assert_nonnull (error);
  g_assert_true (sc_store_verify (f->store, NULL));
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  sc_test_files_init (&argc, &argv);

  g_test_add_func ("/backup/company-id", test_backup_company_id);
  add ("/backup/make", test_backup_make);
  add ("/backup/daily-once", test_backup_daily_once);
  add ("/backup/on-close", test_backup_on_close);
  g_test_add_func ("/backup/rotation", test_backup_rotation);
  add ("/backup/rotation-over-months", test_backup_rotation_over_months);
  add ("/backup/restore-as", test_backup_restore_as);
  add ("/backup/restore-over", test_backup_restore_over);
  add ("/backup/restore-over-refuses-unsound", test_backup_restore_over_refuses_unsound);
  add ("/backup/latest-sound", test_backup_latest_sound);
  add ("/backup/folder-unwritable", test_backup_folder_unwritable);

  return g_test_run ();
}
