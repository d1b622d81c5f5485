/* sc-open-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-open-error"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-alert-window.h"
#include "sc-backup.h"
#include "sc-backups-window.h"
#include "sc-open-error.h"

static ScApplication *
get_app (ScWindow *window)
{
  return SC_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
}

static void
open_latest_backup (ScWindow   *window,
                    const char *path,
                    ScBackup   *backup)
{
  g_autofree char *target = sc_backup_dup_restore_path (backup, path, NULL);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  /* Next to the damaged file when its folder takes it, else with the
   * company files. */
  if (!sc_backup_restore_as (backup, target, &error))
    {
      g_autofree char *folder = sc_application_dup_company_folder ();

      g_clear_pointer (&target, g_free);
      g_clear_error (&error);
      target = sc_backup_dup_restore_path (backup, path, folder);
      if (!sc_backup_restore_as (backup, target, &error))
        {
          sc_window_show_error (window, _("The backup could not be opened"), error);
          return;
        }
    }

  if (!sc_window_open_file (window, target))
    return;
  name = g_filename_display_basename (target);
  /* Translators: %s is the name of the new file. */
  message = g_strdup_printf (_("The latest backup was opened as “%s”. The damaged file was "
                               "left as it is."), name);
  sc_window_show_toast (window, message, NULL, NULL);
}

static void
on_damaged_response_cb (ScAlertWindow *alert,
                        const char    *response,
                        ScWindow      *window)
{
  const char *path = g_object_get_data (G_OBJECT (alert), "path");
  ScBackup *backup = g_object_get_data (G_OBJECT (alert), "backup");
  ScStore *salvage = g_object_get_data (G_OBJECT (alert), "salvage");

  if (g_strcmp0 (response, "backup") == 0 && backup != NULL)
    open_latest_backup (window, path, backup);
  else if (g_strcmp0 (response, "read-only") == 0 && salvage != NULL)
    {
      sc_window_set_store (window, salvage);
      sc_application_remember_file (get_app (window), path);
    }
}

/* The body of the damaged-file message: what happened, then the ways
 * out this file has. */
static char *
damaged_body (const GError *error,
              ScBackup     *backup,
              ScStore      *salvage)
{
  GString *body = g_string_new (error->message);

  g_string_append (body, "\n\n");
  g_string_append (body, _("The file was left as it is."));
  g_string_append_c (body, ' ');
  if (backup != NULL)
    {
      g_autofree char *when = sc_backups_window_dup_title (backup);

      /* Translators: %s is the date and time of the backup. */
      g_string_append_printf (body, _("“Open the Latest Backup” copies the latest sound backup, "
                                      "of %s, next to it as a new file and opens that."), when);
    }
  else
    g_string_append (body, _("No backup of this file was found."));
  if (salvage != NULL)
    {
      g_string_append_c (body, ' ');
      g_string_append (body, _("“Open Read-Only” shows what can still be read: save a copy "
                               "to keep it."));
    }
  return g_string_free (body, FALSE);
}

static ScAlertWindow *
present_damaged (ScWindow     *window,
                 const char   *path,
                 const GError *error)
{
  g_autoptr(ScBackup) backup = sc_backup_find_latest_sound (path);
  g_autoptr(ScStore) salvage = sc_store_open (path, SC_STORE_OPEN_READ_ONLY |
                                                    SC_STORE_OPEN_SALVAGE, NULL);
  g_autofree char *body = damaged_body (error, backup, salvage);
  ScAlertWindow *alert;

  alert = sc_alert_window_new (GTK_WINDOW (window), _("This company file is damaged"), body);
  g_object_set_data_full (G_OBJECT (alert), "path", g_strdup (path), g_free);
  sc_alert_window_add_response (alert, "cancel", _("_Cancel"), SC_ALERT_DEFAULT);
  if (salvage != NULL)
    {
      sc_alert_window_add_response (alert, "read-only", _("Open _Read-Only"),
                                    backup ? SC_ALERT_DEFAULT : SC_ALERT_SUGGESTED);
      g_object_set_data_full (G_OBJECT (alert), "salvage", g_steal_pointer (&salvage),
                              g_object_unref);
    }
  if (backup != NULL)
    {
      sc_alert_window_add_response (alert, "backup", _("Open the Latest _Backup"),
                                    SC_ALERT_SUGGESTED);
      g_object_set_data_full (G_OBJECT (alert), "backup", g_steal_pointer (&backup),
                              g_object_unref);
    }
  g_signal_connect_object (alert, "response", G_CALLBACK (on_damaged_response_cb), window, 0);
  return alert;
}

/* The window of this program that has path open, if any. */
static ScWindow *
find_window_with (ScWindow   *window,
                  const char *path)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (get_app (window)));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      ScStore *store = SC_IS_WINDOW (l->data) ? sc_window_get_store (l->data) : NULL;

      if (store != NULL && l->data != window && g_strcmp0 (sc_store_get_path (store), path) == 0)
        return l->data;
    }
  return NULL;
}

GtkWindow *
sc_open_error_present (ScWindow     *window,
                       const char   *path,
                       const GError *error)
{
  g_autofree char *body = NULL;
  const char *heading;
  const char *advice;
  ScAlertWindow *alert;
  ScWindow *other;

  g_return_val_if_fail (SC_IS_WINDOW (window), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, SC_STORE_ERROR, SC_STORE_ERROR_DAMAGED))
    {
      alert = present_damaged (window, path, error);
      gtk_window_present (GTK_WINDOW (alert));
      return GTK_WINDOW (alert);
    }

  /* Never two writers, but the other one may be this program. */
  if (g_error_matches (error, SC_STORE_ERROR, SC_STORE_ERROR_BUSY) &&
      get_app (window) != NULL && (other = find_window_with (window, path)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (other));
      sc_window_show_toast (other, _("This company file is open in this window."), NULL, NULL);
      return GTK_WINDOW (other);
    }

  heading = _("The company file could not be opened");
  advice = _("The file was left as it is.");
  if (g_error_matches (error, SC_STORE_ERROR, SC_STORE_ERROR_NOT_OURS))
    {
      heading = _("This is not a SalesCadence company file");
      advice = _("The file was left as it is. Company files end in “.salescadence”: open one of "
                 "those, or create a new company.");
    }
  else if (g_error_matches (error, SC_STORE_ERROR, SC_STORE_ERROR_BUSY))
    {
      heading = _("This company file is in use");
      advice = _("The file was left as it is. Only one program at a time may change a company "
                 "file: close it in the other program or on the other computer, then open it "
                 "again.");
    }
  else if (g_error_matches (error, SC_STORE_ERROR, SC_STORE_ERROR_NOT_FOUND))
    {
      heading = _("This company file is no longer there");
      advice = _("It may have been moved, renamed or deleted. Open it from where it is now.");
    }

  body = g_strdup_printf ("%s\n\n%s", error->message, advice);
  alert = sc_alert_window_new (GTK_WINDOW (window), heading, body);
  sc_alert_window_add_response (alert, "close", _("_Close"), SC_ALERT_SUGGESTED);
  gtk_window_present (GTK_WINDOW (alert));
  return GTK_WINDOW (alert);
}
