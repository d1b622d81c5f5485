/* test-file-safety.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files we cannot write, full disks and failing disks, at the level of the
 * store: every case says what happened and leaves the file byte for byte
 * as it was. Read-only files and folders are tried by another process as
 * an unprivileged user (root may write anything); "in use" by two
 * processes; full and failing disks through a VFS that fails at every
 * write, sync and journal deletion of a change in turn.
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sc-plan.h"
#include "sc-test-files.h"
#include "sc-test-vfs.h"
#include "sc-values.h"

/* "key=value" lines of sc-safety-helper. */
static GHashTable *
parse_report (const char *out)
{
  GHashTable *report = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *eq = strchr (lines[i], '=');

      if (eq != NULL)
        g_hash_table_insert (report, g_strndup (lines[i], eq - lines[i]), g_strdup (eq + 1));
      else if (*lines[i] != '\0')
        g_hash_table_insert (report, g_strdup (lines[i]), g_strdup (""));
    }
  return report;
}

static GHashTable *
run_helper (gboolean    as_user,
            const char *command,
            const char *path,
            const char *copy)
{
  g_autofree char *helper = sc_test_files_program ("sc-safety-helper");
  const char *argv[] = { helper, command, path, copy, NULL };
  g_auto(GStrv) full = as_user ? sc_test_files_as_user_argv (argv) : g_strdupv ((char **) argv);
  g_autofree char *out = NULL;

  g_assert_cmpint (sc_test_files_run ((const char * const *) full, &out), ==, 0);
  g_test_message ("%s", out);
  return parse_report (out);
}

/* Read-only file and folder ----------------------------------------------------- */

static void
check_read_only (gboolean    folder,
                 const char *reason)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *sub = g_build_filename (dir, "company", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.salescadence", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) report = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  path = sc_test_files_sample (sub, "Lecture seule.salescadence");
  sc_test_files_give (path, folder ? 0600 : 0400);
  sc_test_files_give (sub, folder ? 0555 : 0755);
  bytes = sc_test_files_read (path);

  report = run_helper (TRUE, "open", path, copy);
  g_assert_cmpstr (g_hash_table_lookup (report, "open"), ==, "ok");
  /* Root writes read-only files: the case only means something as
   * another user. */
  g_assert_cmpstr (g_hash_table_lookup (report, "uid"), !=, "0");
  g_assert_cmpstr (g_hash_table_lookup (report, "read-only"), ==, "1");
  g_assert_cmpstr (g_hash_table_lookup (report, "reason"), ==, reason);
  g_assert_cmpstr (g_hash_table_lookup (report, "put"), ==, "read-only");
  g_assert_cmpstr (g_hash_table_lookup (report, "copy"), ==, "ok");

  sc_test_files_assert_bytes (path, bytes);
  g_assert_true (sc_store_check_file (copy, &error));
  g_assert_no_error (error);
}

static void
test_read_only_file (void)
{
  check_read_only (FALSE, "The file is read-only.");
}

static void
test_read_only_folder (void)
{
  check_read_only (TRUE, "The folder that holds the file is read-only.");
}

/* Two processes ------------------------------------------------------------------ */

static GSubprocess *
hold (const char *path)
{
  g_autofree char *helper = sc_test_files_program ("sc-safety-helper");
  const char *argv[] = { helper, "hold", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  GSubprocess *holder;
  char *line = NULL;

  holder = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                              &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  while ((line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error)) != NULL &&
         !g_str_equal (line, "held"))
    g_free (line);
  g_assert_nonnull (line);
  g_free (line);
  return holder;
}

static void
release (GSubprocess *holder)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_close (g_subprocess_get_stdin_pipe (holder), NULL, NULL);
  g_assert_true (g_subprocess_wait_check (holder, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (holder);
}

/* Never two writers, whichever process came first. */
static void
test_busy_two_processes (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "company.salescadence");
  g_autofree char *copy = g_build_filename (dir, "copy.salescadence", NULL);
  g_autoptr(GBytes) bytes = sc_test_files_read (path);
  g_autoptr(GHashTable) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = NULL;
  GSubprocess *holder;

  holder = hold (path);
  store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "in use by another program"));
  g_clear_error (&error);
  /* Not even to read: the writer holds it exclusively. */
  g_assert_false (sc_store_check_file (path, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_BUSY);
  g_clear_error (&error);
  release (holder);
  sc_test_files_assert_bytes (path, bytes);

  store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  report = run_helper (FALSE, "open", path, copy);
  g_assert_cmpstr (g_hash_table_lookup (report, "open"), ==, "busy");
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_clear_object (&store);
  sc_test_files_assert_bytes (path, bytes);
}

/* Full and failing disks --------------------------------------------------------- */

typedef struct
{
  guint changes;
  guint points;      /* failure points tried */
  guint full;        /* changes refused for a full disk */
  guint io;          /* changes refused for an I/O error */
  guint past_commit; /* failed after SQLite's commit point: in the file */
} DiskStats;

/* Rows in the file (not in memory) the changes add to. */
static guint
rows_in_file (ScStore *store)
{
  return sc_store_count_rows (store, &sc_person_table) +
         sc_store_count_rows (store, &sc_value_table);
}

static gboolean
make_change (ScStore  *store,
             guint     n,
             GError  **error)
{
  g_autoptr(ScPerson) person = NULL;
  g_autofree char *name = NULL;
  ScKpi *kpi;

  if (n % 2 == 0)
    {
      /* A figure for a week with none: an insertion that grows the file. */
      kpi = g_list_model_get_item (sc_store_get_list (store, &sc_kpi_table), 0);
      g_object_unref (kpi);
      return sc_values_set_text (store, kpi, sc_day_from_iso ("2025-09-29") + 7 * n, SC_LANG_EN,
                                 "123 456", error);
    }
  person = sc_plan_new_person (store);
  name = g_strdup_printf ("Personne %u avec un nom assez long pour remplir une page, "
                          "encore et encore, %u", n, n);
  sc_record_set_text (SC_RECORD (person), SC_PERSON_NAME, name);
  return sc_plan_save_person (store, person, error);
}

/* Tries change n with the disk failing at `after`; when it failed, the
 * file and the objects are as before and the next attempt works. Returns
 * whether the failure was met. */
static gboolean
change_with_failure (DiskStats     *stats,
                     const char    *path,
                     ScStore       *store,
                     ScTestVfsMode  mode,
                     guint          after,
                     guint          n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = sc_test_files_read (path);
  guint people = g_list_model_get_n_items (sc_store_get_list (store, &sc_person_table));
  gboolean can_undo = sc_store_can_undo (store);
  const char *undo_label = sc_store_get_undo_label (store);
  guint rows = rows_in_file (store);
  gboolean ok;

  sc_test_vfs_fail (mode, after);
  ok = make_change (store, n, &error);
  sc_test_vfs_fail (SC_TEST_VFS_OK, 0);
  stats->points++;
  if (ok)
    {
      stats->changes++;
      return FALSE;
    }

  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_IO);
  if (mode == SC_TEST_VFS_DISK_FULL)
    {
      g_assert_nonnull (strstr (error->message, "The disk is full"));
      stats->full++;
    }
  else
    stats->io++;
  g_clear_error (&error);

  /* Nothing changed in memory, and the file is sound. */
  g_assert_cmpuint (g_list_model_get_n_items (sc_store_get_list (store, &sc_person_table)), ==,
                    people);
  g_assert_cmpint (sc_store_can_undo (store), ==, can_undo);
  g_assert_cmpstr (sc_store_get_undo_label (store), ==, undo_label);
  g_assert_true (sc_store_verify (store, &error));
  g_assert_no_error (error);

  /* All or nothing: rolled back to the byte; or, when the disk failed
   * the sync after SQLite's commit point (the journal already marked
   * done), nothing can be rolled back and the whole change is there. */
  if (rows_in_file (store) == rows)
    sc_test_files_assert_bytes (path, bytes);
  else
    {
      g_assert_cmpuint (rows_in_file (store), ==, rows + 1);
      g_assert_cmpint (mode, ==, SC_TEST_VFS_IO_ERROR);
      stats->past_commit++;
    }
  return TRUE;
}

static void
run_disk_failures (ScTestVfsMode mode)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "company.salescadence");
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  DiskStats stats = { 0 };

  g_assert_no_error (error);
  /* Each change fails at its first point, then its second … until it
   * goes through. */
  for (guint n = 0; n < 12; n++)
    for (guint after = 0; change_with_failure (&stats, path, store, mode, after, n); after++)
      g_assert_cmpuint (after, <, 200);

  g_test_message ("%u changes through %u failure points: %u refused for a full disk, "
                  "%u for an I/O error (%u of them after the commit point, in the file)",
                  stats.changes, stats.points, stats.full, stats.io, stats.past_commit);
  g_assert_cmpuint (stats.changes, ==, 12);
  /* Every write can fail; only writes that need room meet a full disk
   * (in exclusive mode the journal keeps its size between changes). */
  if (mode == SC_TEST_VFS_IO_ERROR)
    g_assert_cmpuint (stats.io, >=, 12 * 3);
  else
    g_assert_cmpuint (stats.full, >, 0);
  sc_store_close (store);
  g_assert_true (sc_store_check_file (path, &error));
  g_assert_no_error (error);
}

static void
test_disk_full (void)
{
  run_disk_failures (SC_TEST_VFS_DISK_FULL);
}

static void
test_io_errors (void)
{
  run_disk_failures (SC_TEST_VFS_IO_ERROR);
}

/* Damaged files ------------------------------------------------------------------ */

/* Bytes flipped at random all over the file, many times: each copy is
 * refused (and says so) or opens sound; either way not a byte changes. */
static void
test_random_damage (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *good = sc_test_files_sample (dir, "good.salescadence");
  g_autofree char *path = g_build_filename (dir, "damaged.salescadence", NULL);
  g_autoptr(GBytes) original = sc_test_files_read (good);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gsize size = g_bytes_get_size (original);
  guint refused = 0, opened = 0;

  for (guint round = 0; round < 300; round++)
    {
      g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (original, NULL), size);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(ScStore) store = NULL;
      guint flips = g_rand_int_range (rand, 1, 40);

      for (guint i = 0; i < flips; i++)
        data[g_rand_int_range (rand, 0, size)] ^= (guint8) g_rand_int_range (rand, 1, 256);
      g_assert_true (g_file_set_contents (path, (char *) data, size, NULL));
      bytes = sc_test_files_read (path);

      store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
      if (store == NULL)
        {
          g_assert_true (error->domain == SC_STORE_ERROR);
          g_assert_true (error->code == SC_STORE_ERROR_DAMAGED ||
                         error->code == SC_STORE_ERROR_NOT_OURS ||
                         error->code == SC_STORE_ERROR_NEWER);
          g_assert_nonnull (strstr (error->message, "damaged.salescadence"));
          refused++;
        }
      else
        opened++;
      g_clear_object (&store);
      sc_test_files_assert_bytes (path, bytes);
      g_unlink (path);
    }
  g_test_message ("300 damaged copies: %u refused, %u opened (damage in unused bytes)",
                  refused, opened);
  g_assert_cmpuint (refused, >, 150);
}

/* A program killed in the middle of a commit leaves a journal, and a
 * first page that may already count pages it had no time to write: the
 * file looks truncated, yet it is sound once SQLite plays the journal
 * back. The next open does so, and the file is byte for byte as before
 * the change. */
static void
test_interrupted_commit (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "company.salescadence");
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *killed = g_build_filename (dir, "killed.salescadence", NULL);
  g_autofree char *killed_journal = g_strconcat (killed, "-journal", NULL);
  g_autoptr(GBytes) before = sc_test_files_read (path);
  g_autoptr(GBytes) journal_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = NULL;
  g_autofree char *contents = NULL;
  sqlite3 *db = NULL;
  gsize length;
  guint32 pages;

  /* A change too big for a two-page cache: SQLite writes pages into the
   * file before the commit. The file and its journal are copied as they
   * are at that moment, as a program killed then leaves them. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA cache_size = 2; BEGIN;"
                                 "CREATE TABLE spill (x);"
                                 "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                 "WHERE i < 2000) INSERT INTO spill SELECT randomblob (500) FROM n;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  journal_bytes = sc_test_files_read (journal);
  g_assert_cmpuint (g_bytes_get_size (journal_bytes), >, 0);
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  sc_test_files_assert_bytes (path, before);

  /* The first page, written first, counts ten pages more than the file
   * has. */
  g_assert_cmpuint (length, >, g_bytes_get_size (before));
  pages = length / (((guint8) contents[16] << 8) | (guint8) contents[17]) + 10;
  contents[28] = (char) (pages >> 24);
  contents[29] = (char) (pages >> 16);
  contents[30] = (char) (pages >> 8);
  contents[31] = (char) pages;
  g_assert_true (g_file_set_contents (killed, contents, length, NULL));
  g_assert_true (g_file_set_contents (killed_journal, g_bytes_get_data (journal_bytes, NULL),
                                      g_bytes_get_size (journal_bytes), NULL));

  store = sc_store_open (killed, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sc_store_get_company (store));
  g_clear_object (&store);
  sc_test_files_assert_bytes (killed, before);
  g_assert_true (sc_store_check_file (killed, &error));
  g_assert_no_error (error);
}

/* A damaged file SQLite can still read opens for salvage, read-only. */
static void
test_salvage (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "company.salescadence");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = NULL;
  g_autoptr(ScRecord) person = sc_record_new (SC_TYPE_PERSON);
  guint page;

  for (page = 39; page > 1; page--)
    {
      g_autoptr(GBytes) good = sc_test_files_read (path);

      sc_test_files_damage (path, page);
      store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY | SC_STORE_OPEN_SALVAGE, NULL);
      if (store != NULL && !sc_store_check_file (path, NULL))
        break;
      g_clear_object (&store);
      g_assert_true (g_file_set_contents (path, g_bytes_get_data (good, NULL),
                                          g_bytes_get_size (good), NULL));
    }
  g_assert_nonnull (store);
  g_clear_object (&store);
  bytes = sc_test_files_read (path);

  store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_DAMAGED);
  g_clear_error (&error);
  store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY | SC_STORE_OPEN_SALVAGE, &error);
  g_assert_no_error (error);
  g_assert_true (sc_store_get_read_only (store));
  g_assert_nonnull (strstr (sc_store_get_read_only_reason (store), "damaged"));
  g_assert_nonnull (sc_store_get_company (store));
  sc_record_set_text (person, SC_PERSON_NAME, "Nouveau");
  g_assert_false (sc_store_put (store, "Add person", person, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_READ_ONLY);
  g_clear_object (&store);
  sc_test_files_assert_bytes (path, bytes);
}

int
main (int   argc,
      char *argv[])
{
  sc_test_files_init (&argc, &argv);
  sc_test_vfs_install ();

  g_test_add_func ("/file-safety/read-only-file", test_read_only_file);
  g_test_add_func ("/file-safety/read-only-folder", test_read_only_folder);
  g_test_add_func ("/file-safety/busy-two-processes", test_busy_two_processes);
  g_test_add_func ("/file-safety/disk-full", test_disk_full);
  g_test_add_func ("/file-safety/io-errors", test_io_errors);
  g_test_add_func ("/file-safety/random-damage", test_random_damage);
  g_test_add_func ("/file-safety/salvage", test_salvage);
  g_test_add_func ("/file-safety/interrupted-commit", test_interrupted_commit);

  return g_test_run ();
}
