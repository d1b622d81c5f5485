/* sc-test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-l10n.h"
#include "sc-sample.h"
#include "sc-test-utils.h"

static GPtrArray *temp_dirs;
static ScApplication *test_app;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

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
cleanup (void)
{
  if (temp_dirs != NULL)
    for (guint i = 0; i < temp_dirs->len; i++)
      remove_tree (g_ptr_array_index (temp_dirs, i));
}

/* A home of our own for the whole run. Not G_TEST_OPTION_ISOLATE_DIRS: it
 * also empties XDG_DATA_DIRS, and without the system's MIME database
 * GdkPixbuf no longer recognizes SVG icons. */
static void
isolate_home (void)
{
  g_autofree char *home = g_dir_make_tmp ("sc-test-home-XXXXXX", NULL);
  static const char *const subdirs[][2] = {
    { "XDG_CONFIG_HOME", ".config" },
    { "XDG_DATA_HOME", ".local/share" },
    { "XDG_CACHE_HOME", ".cache" },
    { "XDG_STATE_HOME", ".local/state" },
  };

  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (subdirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, subdirs[i][1], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (subdirs[i][0], dir, TRUE);
    }
  g_unsetenv ("XDG_DOCUMENTS_DIR");
  if (temp_dirs == NULL)
    temp_dirs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (temp_dirs, g_steal_pointer (&home));
}

void
sc_test_init (int    *argc,
              char ***argv)
{
  isolate_home ();
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, sc_l10n_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (argc, argv, NULL);
  gtk_disable_setlocale ();
  gtk_init ();
  atexit (cleanup);
}

char *
sc_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("sc-test-XXXXXX", &error);

  g_assert_no_error (error);
  if (temp_dirs == NULL)
    temp_dirs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (temp_dirs, g_strdup (dir));
  return dir;
}

char *
sc_test_make_sample (guint years)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sc_test_make_dir ();
  char *path = g_build_filename (dir, "sample.salescadence", NULL);

  g_assert_true (sc_sample_write (path, years, &error));
  g_assert_no_error (error);
  return path;
}

ScApplication *
sc_test_application (void)
{
  g_autoptr(GError) error = NULL;

  if (test_app != NULL)
    return test_app;

  test_app = sc_application_new ();
  g_application_set_flags (G_APPLICATION (test_app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);
  return test_app;
}

ScWindow *
sc_test_window (const char *path)
{
  ScWindow *window = sc_window_new (sc_test_application ());

  if (path != NULL)
    g_assert_true (sc_window_open_file (window, path));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  sc_test_flush ();
  return window;
}

static void
on_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
}

gboolean
sc_test_wait_for (gboolean *flag,
                  guint     timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_once (timeout_ms, on_timeout_cb, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return *flag;
}

void
sc_test_flush (void)
{
  gboolean never = FALSE;

  /* A few frames' worth: layout, then drawing; then what is still
   * pending (the idle refreshes), however slow the machine (sanitizers). */
  sc_test_wait_for (&never, 120);
  for (int i = 0; i < 1000 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

void
sc_test_keep_shot (GtkWidget  *widget,
                   const char *name)
{
  const char *dir = g_getenv ("SC_TEST_SHOTS_DIR");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  sc_test_flush ();
  path = g_build_filename (dir, name, NULL);
  g_assert_true (sc_test_render_png (widget, path, &error));
  g_assert_no_error (error);
}

gboolean
sc_test_render_png (GtkWidget   *widget,
                    const char  *path,
                    GError     **error)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  GskRenderer *renderer;

  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "nothing was drawn");
      return FALSE;
    }

  renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (renderer, NULL, error))
    {
      gsk_render_node_unref (node);
      g_object_unref (renderer);
      return FALSE;
    }
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);
  g_object_unref (renderer);
  gsk_render_node_unref (node);

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not write %s", path);
      return FALSE;
    }
  return TRUE;
}

gboolean
sc_test_press_key (GtkWidget *widget,
                   guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

GtkWidget *
sc_test_find_child (GtkWidget *root,
                    GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        return child;
      found = sc_test_find_child (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}
