/* sc-test-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sc-sample.h"
#include "sc-test-files.h"

static GPtrArray *dirs;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* Folders made read-only by a test must be opened again first. */
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_dirs (void)
{
  for (guint i = 0; dirs != NULL && i < dirs->len; i++)
    remove_tree (g_ptr_array_index (dirs, i));
  g_clear_pointer (&dirs, g_ptr_array_unref);
}

void
sc_test_files_init (int    *argc,
                    char ***argv)
{
  static const char *const folders[][2] = {
    { "XDG_CONFIG_HOME", ".config" },
    { "XDG_DATA_HOME", ".local/share" },
    { "XDG_CACHE_HOME", ".cache" },
    { "XDG_STATE_HOME", ".local/state" },
  };
  g_autofree char *home = g_dir_make_tmp ("sc-safety-home-XXXXXX", NULL);

  setlocale (LC_ALL, "C.UTF-8");
  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *dir = g_build_filename (home, folders[i][1], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (folders[i][0], dir, TRUE);
    }
  g_test_init (argc, argv, NULL);
  if (dirs == NULL)
    {
      dirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_dirs);
    }
  g_ptr_array_add (dirs, g_steal_pointer (&home));
}

gboolean
sc_test_files_is_root (void)
{
  return geteuid () == 0;
}

void
sc_test_files_give (const char *path,
                    int         mode)
{
  if (sc_test_files_is_root ())
    g_assert_cmpint (chown (path, SC_TEST_NOBODY, SC_TEST_NOBODY), ==, 0);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

char *
sc_test_files_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("sc-safety-XXXXXX", &error);

  g_assert_no_error (error);
  sc_test_files_give (dir, 0755);
  if (dirs == NULL)
    {
      dirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_dirs);
    }
  g_ptr_array_add (dirs, g_strdup (dir));
  return dir;
}

char *
sc_test_files_sample (const char *dir,
                      const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (sc_sample_write (path, 0, &error));
  g_assert_no_error (error);
  return path;
}

GBytes *
sc_test_files_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

void
sc_test_files_assert_bytes (const char *path,
                            GBytes     *bytes)
{
  g_autoptr(GBytes) now = sc_test_files_read (path);

  g_assert_cmpuint (g_bytes_get_size (now), ==, g_bytes_get_size (bytes));
  g_assert_true (g_bytes_equal (now, bytes));
}

void
sc_test_files_damage (const char *path,
                      guint       page)
{
  guint8 garbage[4096];
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);

  memset (garbage, 0x5a, sizeof garbage);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, garbage, sizeof garbage, (off_t) page * sizeof garbage), ==,
                   sizeof garbage);
  close (fd);
}

char *
sc_test_files_program (const char *name)
{
  const char *builddir = g_getenv ("G_TEST_BUILDDIR");
  char *path;

  g_assert_nonnull (builddir);
  path = g_build_filename (builddir, name, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE));
  return path;
}

GStrv
sc_test_files_as_user_argv (const char * const *argv)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (sc_test_files_is_root ())
    {
      g_autofree char *uid = g_strdup_printf ("--reuid=%d", SC_TEST_NOBODY);
      g_autofree char *gid = g_strdup_printf ("--regid=%d", SC_TEST_NOBODY);

      g_strv_builder_add_many (builder, "setpriv", uid, gid, "--clear-groups", NULL);
    }
  g_strv_builder_addv (builder, (const char **) argv);
  return g_strv_builder_end (builder);
}

int
sc_test_files_run (const char * const  *argv,
                   char               **output)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                output, &err, &status, &error);
  g_assert_no_error (error);
  if (err != NULL && *err != '\0')
    g_test_message ("%s: %s", argv[0], err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}
