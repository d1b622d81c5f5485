/* sc-save-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-save-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-alert-window.h"
#include "sc-save-dialog.h"

/* Asking where -------------------------------------------------------------- */

static void
on_response_cb (GtkNativeDialog *dialog,
                int              response,
                GObject         *owner)
{
  ScSaveFunc func = g_object_get_data (G_OBJECT (dialog), "sc-save-func");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = file ? g_file_get_path (file) : NULL;
  if (path != NULL)
    func (owner, path);
}

static void
destroy_dialog (gpointer data)
{
  gtk_native_dialog_destroy (data);
  g_object_unref (data);
}

/* A window going away takes its dialog with it at once. */
static void
on_owner_destroy_cb (GObject *owner)
{
  g_object_set_data (owner, "sc-save-dialog", NULL);
}

void
sc_save_dialog_show (GtkWindow  *parent,
                     const char *title,
                     const char *name,
                     const char *filter_name,
                     const char *suffix,
                     ScSaveFunc  func,
                     GObject    *owner)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = g_file_new_for_path (documents ? documents : g_get_home_dir ());
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (func != NULL && G_IS_OBJECT (owner));

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, suffix);
  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data (G_OBJECT (chooser), "sc-save-func", func);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_response_cb), owner, 0);
  if (GTK_IS_WIDGET (owner) && g_object_get_data (owner, "sc-save-dialog") == NULL)
    g_signal_connect (owner, "destroy", G_CALLBACK (on_owner_destroy_cb), NULL);
  /* Replaces (and destroys) owner's earlier dialog, if any. */
  g_object_set_data_full (owner, "sc-save-dialog", chooser, destroy_dialog);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

char *
sc_save_dialog_with_suffix (const char *path,
                            const char *suffix)
{
  g_autofree char *ending = g_strconcat (".", suffix, NULL);

  return g_str_has_suffix (path, ending) ? g_strdup (path) : g_strconcat (path, ending, NULL);
}

void
sc_save_dialog_show_error (GtkWindow    *parent,
                           const char   *heading,
                           const GError *error)
{
  ScAlertWindow *alert = sc_alert_window_new (parent, heading, error->message);

  sc_alert_window_add_response (alert, "close", _("_Close"), SC_ALERT_SUGGESTED);
  gtk_window_present (GTK_WINDOW (alert));
}

/* Opening the file saved ------------------------------------------------------- */

static void
on_shown_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ScWindow) window = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    sc_window_show_error (window, _("The file could not be opened"), error);
}

static void
on_open_file_cb (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  ScWindow *window = user_data;
  const char *path = g_object_get_data (G_OBJECT (action), "path");
  g_autofree char *uri = path ? g_filename_to_uri (path, NULL, NULL) : NULL;

  /* GTK 4.8: GtkFileLauncher arrives in 4.10. */
  if (uri != NULL)
    gtk_show_uri_full (GTK_WINDOW (window), uri, GDK_CURRENT_TIME, NULL, on_shown_cb,
                       g_object_ref (window));
}

/* The toast's "Open" button activates export.open-file on the main window:
 * an action group of ours, so the window needs no part of it. */
void
sc_save_dialog_show_saved (ScWindow   *window,
                           const char *message,
                           const char *path)
{
  GSimpleActionGroup *group;
  GAction *action;

  g_return_if_fail (SC_IS_WINDOW (window));

  group = g_object_get_data (G_OBJECT (window), "sc-export-actions");
  if (group == NULL)
    {
      g_autoptr(GSimpleAction) open = g_simple_action_new ("open-file", NULL);

      group = g_simple_action_group_new ();
      g_signal_connect_object (open, "activate", G_CALLBACK (on_open_file_cb), window, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open));
      gtk_widget_insert_action_group (GTK_WIDGET (window), "export", G_ACTION_GROUP (group));
      g_object_set_data_full (G_OBJECT (window), "sc-export-actions", group, g_object_unref);
    }
  action = g_action_map_lookup_action (G_ACTION_MAP (group), "open-file");
  g_object_set_data_full (G_OBJECT (action), "path", g_strdup (path), g_free);
  sc_window_show_toast (window, message, _("_Open"), "export.open-file");
}
