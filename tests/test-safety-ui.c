/* test-safety-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Data safety as the user meets it, under a virtual display: the message
 * for each file that cannot be written (not ours, damaged, newer, in use
 * by another process, read-only file or folder — those two as an
 * unprivileged user, since root may write anything), each time with the
 * file's bytes unchanged; the Backups window; a full disk while typing a
 * figure; and text of any kind shown as typed.
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sc-alert-window.h"
#include "sc-backup.h"
#include "sc-backups-window.h"
#include "sc-dashboard-page.h"
#include "sc-plan.h"
#include "sc-scorecard-page.h"
#include "sc-test-files.h"
#include "sc-test-utils.h"
#include "sc-test-vfs.h"
#include "sc-values.h"

static const char *self_path;

/* Windows ------------------------------------------------------------------ */

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_type_is_a (G_OBJECT_TYPE (window), type))
        found = window;
    }
  return found;
}

static ScAlertWindow *
find_alert (void)
{
  ScAlertWindow *alert = SC_ALERT_WINDOW (find_toplevel (SC_TYPE_ALERT_WINDOW));

  g_assert_nonnull (alert);
  return alert;
}

/* Whether the alert offers a button whose label is label. */
static gboolean
alert_offers (ScAlertWindow *alert,
              const char    *label)
{
  GtkWidget *first = sc_test_find_child (GTK_WIDGET (alert), GTK_TYPE_BUTTON);

  /* The buttons are siblings in the alert's button box. */
  g_assert_nonnull (first);
  for (GtkWidget *b = gtk_widget_get_first_child (gtk_widget_get_parent (first)); b != NULL;
       b = gtk_widget_get_next_sibling (b))
    if (GTK_IS_BUTTON (b) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (b)), label) == 0)
      return TRUE;
  return FALSE;
}

static GtkWidget *
template_child (ScWindow   *window,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), SC_TYPE_WINDOW, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static const char *
banner_text (ScWindow *window)
{
  GtkRevealer *revealer = GTK_REVEALER (template_child (window, "banner_revealer"));

  if (!gtk_revealer_get_reveal_child (revealer))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (template_child (window, "banner_label")));
}

static void
raw_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Not ours, newer ------------------------------------------------------------- */

static void
test_not_ours (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = g_build_filename (dir, "Notes.salescadence", NULL);
  g_autoptr(GBytes) bytes = NULL;
  ScWindow *window = sc_test_window (NULL);
  ScAlertWindow *alert;

  g_assert_true (g_file_set_contents (path, "Liste d'épicerie : lait, œufs\n", -1, NULL));
  bytes = sc_test_files_read (path);
  g_assert_false (sc_window_open_file (window, path));
  alert = find_alert ();
  g_assert_cmpstr (sc_alert_window_get_heading (alert), ==,
                   "This is not a SalesCadence company file");
  g_assert_nonnull (strstr (sc_alert_window_get_body (alert), "Notes.salescadence"));
  g_assert_nonnull (strstr (sc_alert_window_get_body (alert), "left as it is"));
  sc_alert_window_respond (alert, "close");
  g_assert_null (sc_window_get_store (window));
  sc_test_files_assert_bytes (path, bytes);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_newer (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "newer.salescadence");
  g_autoptr(GBytes) bytes = NULL;
  ScWindow *window = sc_test_window (NULL);
  ScAlertWindow *alert;

  raw_sql (path, "PRAGMA user_version = 7");
  bytes = sc_test_files_read (path);
  g_assert_false (sc_window_open_file (window, path));
  alert = find_alert ();
  g_assert_nonnull (strstr (sc_alert_window_get_body (alert), "newer version"));
  sc_alert_window_respond (alert, "read-only");
  g_assert_nonnull (sc_window_get_store (window));
  g_assert_true (sc_store_get_read_only (sc_window_get_store (window)));
  g_assert_nonnull (strstr (banner_text (window), "newer version"));
  gtk_window_destroy (GTK_WINDOW (window));
  sc_test_flush ();
  sc_test_files_assert_bytes (path, bytes);
}

/* Damaged ----------------------------------------------------------------- */

/* Spoils a page of path that SQLite can still open around: the check on
 * open fails, a salvage open does not. Returns the page. */
static guint
damage_salvageable (const char *path)
{
  g_autoptr(GBytes) good = sc_test_files_read (path);
  guint pages = g_bytes_get_size (good) / 4096;

  for (guint page = pages - 1; page > 1; page--)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ScStore) normal = NULL;
      g_autoptr(ScStore) salvage = NULL;

      sc_test_files_damage (path, page);
      normal = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
      if (normal == NULL && g_error_matches (error, SC_STORE_ERROR, SC_STORE_ERROR_DAMAGED))
        salvage = sc_store_open (path, SC_STORE_OPEN_READ_ONLY | SC_STORE_OPEN_SALVAGE, NULL);
      if (salvage != NULL)
        return page;
      g_assert_true (g_file_set_contents (path, g_bytes_get_data (good, NULL),
                                          g_bytes_get_size (good), NULL));
    }
  g_assert_not_reached ();
}

static void
test_damaged_latest_backup (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "Atelier.salescadence");
  g_autofree char *restored = g_build_filename (dir, "Atelier (backup of ", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ScPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  ScWindow *window = sc_test_window (path);
  ScAlertWindow *alert;
  ScStore *store;
  gint64 id;

  /* Typed, then closed: the backup on close keeps it. */
  person = sc_plan_new_person (sc_window_get_store (window));
  sc_record_set_text (SC_RECORD (person), SC_PERSON_NAME, "Hélène Vachon");
  g_assert_true (sc_plan_save_person (sc_window_get_store (window), person, &error));
  id = sc_record_get_id (SC_RECORD (person));
  gtk_window_destroy (GTK_WINDOW (window));

  damage_salvageable (path);
  bytes = sc_test_files_read (path);
  window = sc_test_window (NULL);
  g_assert_false (sc_window_open_file (window, path));
  alert = find_alert ();
  g_assert_cmpstr (sc_alert_window_get_heading (alert), ==, "This company file is damaged");
  g_assert_nonnull (strstr (sc_alert_window_get_body (alert), "left as it is"));
  g_assert_true (alert_offers (alert, "Open the Latest _Backup"));
  g_assert_true (alert_offers (alert, "Open _Read-Only"));
  sc_alert_window_respond (alert, "backup");
  g_assert_nonnull (strstr (sc_window_get_toast (window), "damaged file was left as it is"));

  /* A new file next to the damaged one, opened, with what was typed. */
  store = sc_window_get_store (window);
  g_assert_nonnull (store);
  g_assert_true (g_str_has_prefix (sc_store_get_path (store), restored));
  g_assert_false (sc_store_get_read_only (store));
  g_assert_nonnull (sc_store_lookup (store, &sc_person_table, id));
  gtk_window_destroy (GTK_WINDOW (window));
  sc_test_flush ();
  sc_test_files_assert_bytes (path, bytes);
}

static void
test_damaged_read_only (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "Sans copie.salescadence");
  g_autoptr(GBytes) bytes = NULL;
  ScWindow *window = sc_test_window (NULL);
  ScAlertWindow *alert;
  ScStore *store;

  damage_salvageable (path);
  bytes = sc_test_files_read (path);
  g_assert_false (sc_window_open_file (window, path));
  alert = find_alert ();
  g_assert_nonnull (strstr (sc_alert_window_get_body (alert), "No backup of this file"));
  g_assert_false (alert_offers (alert, "Open the Latest _Backup"));
  sc_alert_window_respond (alert, "read-only");

  store = sc_window_get_store (window);
  g_assert_nonnull (store);
  g_assert_true (sc_store_get_read_only (store));
  g_assert_nonnull (sc_store_get_company (store));
  g_assert_nonnull (strstr (banner_text (window), "damaged"));
  gtk_window_destroy (GTK_WINDOW (window));
  sc_test_flush ();
  sc_test_files_assert_bytes (path, bytes);
}

/* A file SQLite cannot read at all: only the backup, or nothing. */
static void
test_damaged_beyond_reading (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "Tronqué.salescadence");
  g_autoptr(GBytes) good = sc_test_files_read (path);
  g_autoptr(GBytes) bytes = NULL;
  ScWindow *window = sc_test_window (NULL);
  ScAlertWindow *alert;

  /* Truncated: refused before SQLite reads it. */
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (good, NULL),
                                      g_bytes_get_size (good) - 8192, NULL));
  bytes = sc_test_files_read (path);
  g_assert_false (sc_window_open_file (window, path));
  alert = find_alert ();
  g_assert_cmpstr (sc_alert_window_get_heading (alert), ==, "This company file is damaged");
  g_assert_nonnull (strstr (sc_alert_window_get_body (alert), "truncated"));
  g_assert_false (alert_offers (alert, "Open _Read-Only"));
  sc_alert_window_respond (alert, "cancel");
  g_assert_null (sc_window_get_store (window));
  gtk_window_destroy (GTK_WINDOW (window));
  sc_test_files_assert_bytes (path, bytes);
}

/* In use ------------------------------------------------------------------- */

static void
test_busy_other_process (void)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *path = sc_test_files_sample (dir, "Partagé.salescadence");
  g_autofree char *helper = sc_test_files_program ("sc-safety-helper");
  const char *argv[] = { helper, "hold", path, NULL };
  g_autoptr(GBytes) bytes = sc_test_files_read (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GSubprocess) holder = NULL;
  g_autofree char *line = NULL;
  ScWindow *window = sc_test_window (NULL);
  ScAlertWindow *alert;

  holder = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                              &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  do
    {
      g_free (line);
      line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (line);
    }
  while (!g_str_equal (line, "held"));

  g_assert_false (sc_window_open_file (window, path));
  alert = find_alert ();
  g_assert_cmpstr (sc_alert_window_get_heading (alert), ==, "This company file is in use");
  g_assert_nonnull (strstr (sc_alert_window_get_body (alert), "another program"));
  sc_alert_window_respond (alert, "close");
  g_assert_null (sc_window_get_store (window));

  /* Once the other process lets go, it opens, and nothing had changed. */
  g_output_stream_close (g_subprocess_get_stdin_pipe (holder), NULL, NULL);
  g_assert_true (g_subprocess_wait_check (holder, NULL, &error));
  g_assert_no_error (error);
  sc_test_files_assert_bytes (path, bytes);
  g_assert_true (sc_window_open_file (window, path));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The other writer is this program: go to its window. */
static void
test_busy_other_window (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *first = sc_test_window (path);
  ScWindow *second = sc_test_window (NULL);

  g_assert_false (sc_window_open_file (second, path));
  g_assert_nonnull (strstr (sc_window_get_toast (first), "open in this window"));
  g_assert_null (sc_window_get_store (second));
  gtk_window_destroy (GTK_WINDOW (second));
  gtk_window_destroy (GTK_WINDOW (first));
}

/* Read-only file and folder, as an unprivileged user ------------------------ */

/* Runs in a child process as that user: the window opens the file
 * read-only, says why in the banner, offers "Save a Copy", refuses
 * changes, and a copy can be saved where the user may write. */
static void
child_read_only (void)
{
  const char *path = g_getenv ("SC_SAFETY_CHILD_PATH");
  const char *copy = g_getenv ("SC_SAFETY_CHILD_COPY");
  const char *reason = g_getenv ("SC_SAFETY_CHILD_REASON");
  g_autoptr(GError) error = NULL;
  ScWindow *window = sc_test_window (path);
  ScStore *store = sc_window_get_store (window);
  GtkWidget *button = sc_test_find_child (template_child (window, "banner_revealer"),
                                          GTK_TYPE_BUTTON);
  GListModel *kpis = sc_store_get_list (store, &sc_kpi_table);
  g_autoptr(ScKpi) kpi = g_list_model_get_item (kpis, 0);

  /* Root writes read-only files: the case only means something as
   * another user. */
  g_assert_cmpint (geteuid (), !=, 0);
  g_assert_true (sc_store_get_read_only (store));
  g_assert_cmpstr (sc_store_get_read_only_reason (store), ==, reason);
  g_assert_nonnull (strstr (banner_text (window), reason));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.save-copy");
  g_assert_true (gtk_widget_is_sensitive (button));

  g_assert_false (sc_values_set_text (store, kpi, sc_day_from_iso ("2025-09-22"), SC_LANG_EN,
                                      "1234", &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_true (sc_store_save_copy (store, copy, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
  sc_test_flush ();
}

/* The X display's key, readable by the unprivileged user. */
static char *
share_display_key (const char *dir)
{
  const char *key = g_getenv ("XAUTHORITY");
  g_autofree char *contents = NULL;
  char *copy;
  gsize len;

  if (key == NULL || !g_file_get_contents (key, &contents, &len, NULL))
    return NULL;
  copy = g_build_filename (dir, "Xauthority", NULL);
  g_assert_true (g_file_set_contents (copy, contents, len, NULL));
  sc_test_files_give (copy, 0600);
  return copy;
}

/* Copies from into dir/name, readable by all (mode for the file). */
static char *
copy_readable (const char *from,
               const char *dir,
               const char *name,
               int         mode)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  char *to = g_build_filename (dir, name, NULL);
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (to, contents, length, &error));
  g_assert_no_error (error);
  sc_test_files_give (to, mode);
  return to;
}

/* LeakSanitizer's options for a child that runs from dir: the same, with
 * a copy of the suppressions file it reads at exit; NULL without them. */
static char *
lsan_options_for (const char *dir)
{
  const char *options = g_getenv ("LSAN_OPTIONS");
  const char *start = options ? strstr (options, "suppressions=") : NULL;
  g_autofree char *file = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *head = NULL;
  const char *end;

  if (start == NULL)
    return NULL;
  start += strlen ("suppressions=");
  end = strchr (start, ':');
  file = end ? g_strndup (start, end - start) : g_strdup (start);
  copy = copy_readable (file, dir, "lsan.supp", 0644);
  head = g_strndup (options, start - options);
  return g_strconcat (head, copy, end ? end : "", NULL);
}

static void
run_read_only_case (gboolean    folder,
                    const char *reason)
{
  g_autofree char *dir = sc_test_files_make_dir ();
  g_autofree char *sub = g_build_filename (dir, "company", NULL);
  g_autofree char *copies = g_build_filename (dir, "copies", NULL);
  g_autofree char *copy = g_build_filename (copies, "copy.salescadence", NULL);
  g_autofree char *path = NULL;
  g_autofree char *key = NULL;
  g_autofree char *program = NULL;
  g_autofree char *schemas = NULL;
  g_autofree char *lsan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GStrvBuilder) command = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (copies, 0700), ==, 0);
  path = sc_test_files_sample (sub, "Lecture seule.salescadence");
  sc_test_files_give (path, folder ? 0600 : 0400);
  sc_test_files_give (sub, folder ? 0555 : 0755);
  sc_test_files_give (copies, 0700);
  bytes = sc_test_files_read (path);

  program = g_strdup (self_path);
  if (sc_test_files_is_root ())
    {
      g_autofree char *schema = g_build_filename (g_getenv ("GSETTINGS_SCHEMA_DIR"),
                                                  "gschemas.compiled", NULL);

      /* Its own session bus, and the display's key. */
      key = share_display_key (dir);
      g_strv_builder_add (command, "dbus-run-session");
      g_strv_builder_add (command, "--");
      /* The other user may not enter the build's or the sources' folder
       * (a checkout in /root, a folder of mktemp): it runs a copy of this
       * program, of the settings' schema and of the leak suppressions
       * from the case's folder. */
      g_free (program);
      program = copy_readable (self_path, dir, "test-safety-ui", 0755);
      schemas = copy_readable (schema, dir, "gschemas.compiled", 0644);
      lsan = lsan_options_for (dir);
    }
  g_strv_builder_add_many (command, program, "-p", "/safety-ui/child/read-only", NULL);
  argv = g_strv_builder_end (command);
  {
    g_auto(GStrv) as_user = sc_test_files_as_user_argv ((const char * const *) argv);
    g_autoptr(GSubprocessLauncher) launcher = NULL;
    g_autoptr(GSubprocess) child = NULL;
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    /* Its test report is not ours: keep it out of our output. */
    launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                          G_SUBPROCESS_FLAGS_STDERR_PIPE);
    g_subprocess_launcher_setenv (launcher, "SC_SAFETY_CHILD_PATH", path, TRUE);
    g_subprocess_launcher_setenv (launcher, "SC_SAFETY_CHILD_COPY", copy, TRUE);
    g_subprocess_launcher_setenv (launcher, "SC_SAFETY_CHILD_REASON", reason, TRUE);
    if (key != NULL)
      g_subprocess_launcher_setenv (launcher, "XAUTHORITY", key, TRUE);
    if (schemas != NULL)
      g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", dir, TRUE);
    if (lsan != NULL)
      g_subprocess_launcher_setenv (launcher, "LSAN_OPTIONS", lsan, TRUE);
    g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
    child = g_subprocess_launcher_spawnv (launcher, (const char * const *) as_user, &error);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_communicate_utf8 (child, NULL, NULL, &out, &err, &error));
    g_assert_no_error (error);
    if (!g_subprocess_get_if_exited (child) || g_subprocess_get_exit_status (child) != 0)
      g_error ("the unprivileged check failed:\n%s\n%s", out, err);
  }

  sc_test_files_assert_bytes (path, bytes);
  g_assert_true (sc_store_check_file (copy, &error));
  g_assert_no_error (error);
}

static void
test_read_only_file (void)
{
  run_read_only_case (FALSE, "The file is read-only.");
}

static void
test_read_only_folder (void)
{
  run_read_only_case (TRUE, "The folder that holds the file is read-only.");
}

/* The Backups window --------------------------------------------------------- */

static ScBackupsWindow *
open_backups (ScWindow *window)
{
  ScBackupsWindow *backups;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.backups", NULL));
  backups = SC_BACKUPS_WINDOW (find_toplevel (SC_TYPE_BACKUPS_WINDOW));
  g_assert_nonnull (backups);
  return backups;
}

static void
test_backups_window (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *as_new = g_build_filename (dir, "Restored.salescadence", NULL);
  g_autoptr(ScPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(ScBackup) first = NULL;
  g_autoptr(ScBackup) newest = NULL;
  ScWindow *window = sc_test_window (path);
  ScBackupsWindow *backups;
  GListModel *list;
  gint64 id;

  /* The first open of the day made one. */
  backups = open_backups (window);
  list = sc_backups_window_get_backups (backups);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  first = g_list_model_get_item (list, 0);
  subtitle = sc_backups_window_dup_subtitle (first);
  g_assert_true (g_str_has_prefix (subtitle, "Made when the file was first opened that day · "));
  g_assert_true (g_str_has_suffix (subtitle, "kB"));

  person = sc_plan_new_person (sc_window_get_store (window));
  sc_record_set_text (SC_RECORD (person), SC_PERSON_NAME, "Après la copie");
  g_assert_true (sc_plan_save_person (sc_window_get_store (window), person, &error));
  id = sc_record_get_id (SC_RECORD (person));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (backups), "backups.back-up-now", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  /* Over this file: asked first, and the file as it is is kept. */
  sc_backups_window_select (backups, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (backups), "backups.restore-over", NULL));
  g_assert_cmpstr (sc_alert_window_get_heading (find_alert ()), ==,
                   "Replace the company file with this backup?");
  sc_alert_window_respond (find_alert (), "replace");
  g_assert_nonnull (strstr (sc_window_get_toast (window), "back as it was"));
  sc_test_flush ();
  g_assert_null (find_toplevel (SC_TYPE_BACKUPS_WINDOW));
  g_assert_null (sc_store_lookup (sc_window_get_store (window), &sc_person_table, id));
  g_assert_true (sc_store_verify (sc_window_get_store (window), &error));
  g_assert_no_error (error);

  /* The newest backup is the file before the restore: as a new file. */
  backups = open_backups (window);
  list = sc_backups_window_get_backups (backups);
  newest = g_list_model_get_item (list, 0);
  g_assert_cmpint (sc_backup_get_kind (newest), ==, SC_BACKUP_RESTORE);
  sc_backups_window_select (backups, 0);
  g_assert_false (sc_backups_window_restore_as (backups, path, &error));
  g_assert_error (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (sc_backups_window_restore_as (backups, as_new, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sc_store_get_path (sc_window_get_store (window)), ==, as_new);
  g_assert_nonnull (sc_store_lookup (sc_window_get_store (window), &sc_person_table, id));
  gtk_window_destroy (GTK_WINDOW (window));
  sc_test_flush ();
  g_assert_true (sc_store_check_file (path, &error));
  g_assert_no_error (error);
}

/* A full disk while typing ------------------------------------------------------ */

/* The scorecard, shown (a page gets the file when it is first shown). */
static ScScorecardPage *
show_scorecard (ScWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "scorecard");
  sc_test_flush ();
  return SC_SCORECARD_PAGE (sc_window_get_page (window, "scorecard"));
}

static void
press_enter (ScScorecardCell *cell)
{
  g_assert_true (sc_test_press_key (GTK_WIDGET (sc_scorecard_cell_get_editable (cell)),
                                    GDK_KEY_Return));
}

static void
test_disk_full_at_cell (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScStore *store = sc_window_get_store (window);
  ScScorecardPage *page = show_scorecard (window);
  ScKpi *kpi = sc_scorecard_page_get_row_kpi (page, 0);
  ScDay week = sc_day_from_iso ("2025-09-22");
  g_autoptr(ScKpiValue) before = sc_store_get_value (store, sc_record_get_id (SC_RECORD (kpi)), week);
  g_autoptr(ScKpiValue) after = NULL;
  g_autoptr(GError) error = NULL;
  ScScorecardCell *cell = sc_scorecard_page_get_cell (page, 0, 12);
  GtkEditable *editable = sc_scorecard_cell_get_editable (cell);
  gint64 stored = sc_record_get_int (SC_RECORD (before), SC_VALUE_VALUE);

  sc_scorecard_cell_focus (cell);

  /* The disk fills up as the figure is typed. */
  gtk_editable_set_text (editable, "182,500");
  sc_test_vfs_fail (SC_TEST_VFS_DISK_FULL, 0);
  press_enter (cell);
  g_assert_cmpuint (sc_test_vfs_get_failures (), >, 0);
  sc_test_vfs_fail (SC_TEST_VFS_OK, 0);

  /* What was typed stays on screen, with why it was not saved. */
  g_assert_nonnull (strstr (sc_scorecard_cell_get_error (cell), "The disk is full"));
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "182,500");
  after = sc_store_get_value (store, sc_record_get_id (SC_RECORD (kpi)), week);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (after), SC_VALUE_VALUE), ==, stored);
  g_assert_true (sc_store_verify (store, &error));
  g_assert_no_error (error);

  /* Room again: Enter saves the same text. */
  press_enter (cell);
  g_assert_null (sc_scorecard_cell_get_error (cell));
  g_clear_object (&after);
  after = sc_store_get_value (store, sc_record_get_id (SC_RECORD (kpi)), week);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (after), SC_VALUE_VALUE), ==, 18250000);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Text shown as typed ------------------------------------------------------------ */

static const char *const hostile[] = {
  "<b>bold</b> &amp; <i>", "%s %n %x %% %1$s", "'; DROP TABLE company; --",
  "=HYPERLINK(\"http://example.com\")", "Tab\tand\nnew line", "\u202eRTL override\u202c",
  "Réal Côté « Québec » 中文 العربية 😀 👨‍👩‍👧", "e\xcc\x81 (e + accent)", "\x01\x1b[31m",
};

/* Entries, labels and text views give back exactly what they were
 * given; an entry holds at most 65 535 bytes (a limit of GTK 4.8's
 * GtkEntryBuffer), so the longest text goes to labels and text views. */
static void
test_text_widgets (void)
{
  GtkWidget *entry = g_object_ref_sink (gtk_entry_new ());
  GtkWidget *label = g_object_ref_sink (gtk_label_new (NULL));
  GtkWidget *view = g_object_ref_sink (gtk_text_view_new ());
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autoptr(GString) fits = g_string_new (NULL);
  g_autoptr(GString) longest = g_string_new (NULL);

  /* "Écart 😀 " is 12 bytes. */
  for (guint i = 0; i < 5000; i++)
    g_string_append (fits, "Écart 😀 ");
  for (guint i = 0; i < 20000; i++)
    g_string_append (longest, "Écart 😀 ");

  for (guint i = 0; i <= G_N_ELEMENTS (hostile) + 1; i++)
    {
      const char *text = i < G_N_ELEMENTS (hostile) ? hostile[i] : i == G_N_ELEMENTS (hostile) ?
                         fits->str : longest->str;
      g_autofree char *back = NULL;
      GtkTextIter start, end;

      if (text != longest->str)
        {
          gtk_editable_set_text (GTK_EDITABLE (entry), text);
          g_assert_true (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), text));
        }
      gtk_label_set_text (GTK_LABEL (label), text);
      g_assert_true (g_str_equal (gtk_label_get_text (GTK_LABEL (label)), text));
      gtk_text_buffer_set_text (buffer, text, -1);
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      back = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
      g_assert_true (g_str_equal (back, text));
    }
  g_object_unref (entry);
  g_object_unref (label);
  g_object_unref (view);
}

/* Hostile text typed as the company's name is stored and shown as typed,
 * on the dashboard and in the window's title. */
static void
test_text_shown_as_typed (void)
{
  g_autofree char *path = sc_test_make_sample (0);
  ScWindow *window = sc_test_window (path);
  ScStore *store = sc_window_get_store (window);
  GtkWidget *dashboard = template_child (window, "dashboard_page");
  GtkLabel *title = GTK_LABEL (gtk_widget_get_template_child (dashboard, SC_TYPE_DASHBOARD_PAGE,
                                                              "company_label"));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(ScRecord) draft = sc_record_copy (SC_RECORD (sc_store_get_company (store)));

      sc_record_set_text (draft, SC_COMPANY_NAME, hostile[i]);
      g_assert_true (sc_store_put (store, "Rename", draft, &error));
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), hostile[i]));
      /* The dashboard reads the name when it gets the file. */
      g_object_ref (store);
      sc_window_set_store (window, NULL);
      sc_window_set_store (window, store);
      g_object_unref (store);
      g_assert_cmpstr (gtk_label_get_text (title), ==, hostile[i]);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  sc_test_flush ();
  store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sc_record_get_text (SC_RECORD (sc_store_get_company (store)), SC_COMPANY_NAME),
                   ==, hostile[G_N_ELEMENTS (hostile) - 1]);
  g_object_unref (store);
}

int
main (int   argc,
      char *argv[])
{
  self_path = argv[0];
  sc_test_init (&argc, &argv);
  sc_test_vfs_install ();

  if (g_getenv ("SC_SAFETY_CHILD_PATH") != NULL)
    {
      g_test_add_func ("/safety-ui/child/read-only", child_read_only);
      return g_test_run ();
    }

  g_test_add_func ("/safety-ui/not-ours", test_not_ours);
  g_test_add_func ("/safety-ui/newer", test_newer);
  g_test_add_func ("/safety-ui/damaged-latest-backup", test_damaged_latest_backup);
  g_test_add_func ("/safety-ui/damaged-read-only", test_damaged_read_only);
  g_test_add_func ("/safety-ui/damaged-beyond-reading", test_damaged_beyond_reading);
  g_test_add_func ("/safety-ui/busy-other-process", test_busy_other_process);
  g_test_add_func ("/safety-ui/busy-other-window", test_busy_other_window);
  g_test_add_func ("/safety-ui/read-only-file", test_read_only_file);
  g_test_add_func ("/safety-ui/read-only-folder", test_read_only_folder);
  g_test_add_func ("/safety-ui/backups-window", test_backups_window);
  g_test_add_func ("/safety-ui/disk-full-at-cell", test_disk_full_at_cell);
  g_test_add_func ("/safety-ui/text-widgets", test_text_widgets);
  g_test_add_func ("/safety-ui/text-shown-as-typed", test_text_shown_as_typed);

  return g_test_run ();
}
