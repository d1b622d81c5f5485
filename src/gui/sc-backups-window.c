/* sc-backups-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-backups-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-alert-window.h"
#include "sc-backups-window.h"
#include "sc-format.h"
#include "sc-l10n.h"

struct _ScBackupsWindow
{
  GtkWindow        parent_instance;

  ScWindow        *window;
  GListStore      *backups;
  GtkNativeDialog *chooser;

  /* Template children */
  GtkStack        *list_stack;
  GtkListBox      *list_box;
  GtkLabel        *folder_label;
};

G_DEFINE_FINAL_TYPE (ScBackupsWindow, sc_backups_window, GTK_TYPE_WINDOW)

static ScStore *
get_store (ScBackupsWindow *self)
{
  return self->window ? sc_window_get_store (self->window) : NULL;
}

static ScBackup *
get_selected (ScBackupsWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);

  if (row == NULL)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->backups), gtk_list_box_row_get_index (row));
}

static void
update_actions (ScBackupsWindow *self)
{
  ScStore *store = get_store (self);
  g_autoptr(ScBackup) selected = get_selected (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.back-up-now", store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.restore-new", selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.restore-over",
                                 selected != NULL && store != NULL &&
                                 !sc_store_get_read_only (store));
}

static void
on_selection_changed_cb (ScBackupsWindow *self)
{
  /* The list box says so again while it is disposed. */
  if (self->list_box != NULL)
    update_actions (self);
}

/* Rows -------------------------------------------------------------------- */

char *
sc_backups_window_dup_title (ScBackup *backup)
{
  GDateTime *time = sc_backup_get_time (backup);
  ScLang lang = sc_l10n_ui_lang ();
  ScDay day = sc_day_from_ymd (g_date_time_get_year (time), g_date_time_get_month (time),
                               g_date_time_get_day_of_month (time));
  g_autofree char *date = sc_format_date_long (lang, day, TRUE);
  g_autofree char *clock = sc_format_time_of_day (lang, g_date_time_get_hour (time) * 60 +
                                                        g_date_time_get_minute (time));

  /* Translators: when a backup was made: a date, then a time of day. */
  return g_strdup_printf (_("%s at %s"), date, clock);
}

char *
sc_backups_window_dup_subtitle (ScBackup *backup)
{
  g_autofree char *size = g_format_size (sc_backup_get_size (backup));
  const char *why;

  switch (sc_backup_get_kind (backup))
    {
    case SC_BACKUP_DAILY:
      why = _("Made when the file was first opened that day");
      break;
    case SC_BACKUP_CLOSE:
      why = _("Made when the file was closed after changes");
      break;
    case SC_BACKUP_MIGRATION:
      why = _("Made before the file was upgraded to a new format");
      break;
    case SC_BACKUP_RESTORE:
      why = _("Made before a backup replaced the file");
      break;
    case SC_BACKUP_MANUAL:
    default:
      why = _("Made on request");
      break;
    }
  /* Translators: why a backup was made, then its size ("160.0 kB"). */
  return g_strdup_printf (_("%s · %s"), why, size);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  g_autofree char *title = sc_backups_window_dup_title (item);
  g_autofree char *subtitle = sc_backups_window_dup_subtitle (item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label;

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  label = gtk_label_new (subtitle);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
reload (ScBackupsWindow *self)
{
  ScStore *store = get_store (self);
  g_autoptr(GListStore) found = store ? sc_backup_list (store) : NULL;
  g_autofree char *folder = store ? sc_backup_dup_folder (store) : NULL;
  g_autofree char *shown = folder ? g_filename_display_name (folder) : NULL;
  g_autofree char *where = NULL;
  guint n = found ? g_list_model_get_n_items (G_LIST_MODEL (found)) : 0;

  g_list_store_remove_all (self->backups);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) backup = g_list_model_get_item (G_LIST_MODEL (found), i);

      g_list_store_append (self->backups, backup);
    }
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");

  /* Translators: %s is a folder. */
  where = shown ? g_strdup_printf (_("Kept in %s"), shown) : NULL;
  gtk_label_set_label (self->folder_label, where ? where : "");
  if (n > 0)
    sc_backups_window_select (self, 0);
  update_actions (self);
}

static void
show_error (ScBackupsWindow *self,
            const char      *heading,
            const GError    *error)
{
  ScAlertWindow *alert = sc_alert_window_new (GTK_WINDOW (self), heading,
                                              error ? error->message : NULL);

  sc_alert_window_add_response (alert, "close", _("_Close"), SC_ALERT_SUGGESTED);
  gtk_window_present (GTK_WINDOW (alert));
}

/* Actions ---------------------------------------------------------------- */

static void
sc_backups_window_back_up_now_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  ScBackupsWindow *self = SC_BACKUPS_WINDOW (widget);
  g_autoptr(ScBackup) made = NULL;
  g_autoptr(GError) error = NULL;

  if (get_store (self) == NULL)
    return;
  made = sc_backup_make (get_store (self), SC_BACKUP_MANUAL, NULL, &error);
  if (made == NULL)
    show_error (self, _("The backup could not be made"), error);
  reload (self);
}

gboolean
sc_backups_window_restore_as (ScBackupsWindow  *self,
                              const char       *path,
                              GError          **error)
{
  g_autoptr(ScBackup) selected = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  ScWindow *window;

  g_return_val_if_fail (SC_IS_BACKUPS_WINDOW (self), FALSE);

  selected = get_selected (self);
  g_return_val_if_fail (selected != NULL, FALSE);

  if (!sc_backup_restore_as (selected, path, error))
    return FALSE;

  /* Opening it changes the window's file, and this window goes. */
  window = self->window;
  if (!sc_window_open_file (window, path))
    return TRUE;
  name = g_filename_display_basename (path);
  /* Translators: %s is a file name. */
  message = g_strdup_printf (_("The backup was restored as “%s”."), name);
  sc_window_show_toast (window, message, NULL, NULL);
  return TRUE;
}

static void
on_restore_as_response_cb (ScBackupsWindow      *self,
                           int                   response,
                           GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autofree char *path = sc_window_dup_chosen_path (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (path != NULL && !sc_backups_window_restore_as (self, path, &error))
        show_error (self, _("The backup could not be restored"), error);
    }
  g_clear_object (&self->chooser);
}

static void
sc_backups_window_restore_new_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  ScBackupsWindow *self = SC_BACKUPS_WINDOW (widget);
  g_autoptr(ScBackup) selected = get_selected (self);
  ScStore *store = get_store (self);
  g_autofree char *proposed = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GFile) dir = NULL;
  GtkFileChooserNative *chooser;

  if (selected == NULL || store == NULL)
    return;

  proposed = sc_backup_dup_restore_path (selected, sc_store_get_path (store), NULL);
  folder = g_path_get_dirname (proposed);
  base = g_path_get_basename (proposed);
  dir = g_file_new_for_path (folder);
  chooser = gtk_file_chooser_native_new (_("Restore as New File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Restore"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), base);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_restore_as_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
on_restore_over_response_cb (ScAlertWindow   *alert,
                             const char      *response,
                             ScBackupsWindow *self)
{
  ScBackup *backup = g_object_get_data (G_OBJECT (alert), "backup");
  g_autoptr(ScStore) restored = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  ScWindow *window = self->window;

  if (g_strcmp0 (response, "replace") != 0 || get_store (self) == NULL)
    return;

  restored = sc_backup_restore_over (get_store (self), backup, &error);
  if (restored == NULL)
    {
      /* Restored but not open again: the window must not keep showing
       * the closed file. */
      if (g_error_matches (error, SC_BACKUP_ERROR, SC_BACKUP_ERROR_REOPEN))
        {
          sc_window_set_store (window, NULL);
          sc_window_show_error (window, _("The backup could not be restored"), error);
        }
      else
        show_error (self, _("The backup could not be restored"), error);
      return;
    }

  title = sc_backups_window_dup_title (backup);
  /* Translators: %s says when the backup was made. */
  message = g_strdup_printf (_("The file is back as it was on %s."), title);
  sc_window_set_store (window, restored);
  sc_window_show_toast (window, message, NULL, NULL);
}

static void
sc_backups_window_restore_over_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  ScBackupsWindow *self = SC_BACKUPS_WINDOW (widget);
  g_autoptr(ScBackup) selected = get_selected (self);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  ScAlertWindow *alert;

  if (selected == NULL || get_store (self) == NULL)
    return;

  title = sc_backups_window_dup_title (selected);
  /* Translators: %s says when the backup was made. */
  body = g_strdup_printf (_("Everything changed since %s will be replaced by this backup. "
                            "The file as it is now is backed up first: you can come back "
                            "to it from this window."), title);
  alert = sc_alert_window_new (GTK_WINDOW (self), _("Replace the company file with this backup?"),
                               body);
  g_object_set_data_full (G_OBJECT (alert), "backup", g_object_ref (selected), g_object_unref);
  sc_alert_window_add_response (alert, "cancel", _("_Cancel"), SC_ALERT_DEFAULT);
  sc_alert_window_add_response (alert, "replace", _("_Replace"), SC_ALERT_DESTRUCTIVE);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_restore_over_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (alert));
}

/* The object ------------------------------------------------------------- */

/* Backups belong to one file: when the window changes files, this list
 * no longer applies. */
static void
on_window_store_changed_cb (ScBackupsWindow *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
sc_backups_window_dispose (GObject *object)
{
  ScBackupsWindow *self = SC_BACKUPS_WINDOW (object);

  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_BACKUPS_WINDOW);

  G_OBJECT_CLASS (sc_backups_window_parent_class)->dispose (object);
}

static void
sc_backups_window_finalize (GObject *object)
{
  ScBackupsWindow *self = SC_BACKUPS_WINDOW (object);

  g_clear_object (&self->backups);

  G_OBJECT_CLASS (sc_backups_window_parent_class)->finalize (object);
}

static void
sc_backups_window_class_init (ScBackupsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_backups_window_dispose;
  object_class->finalize = sc_backups_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-backups-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScBackupsWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, ScBackupsWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, ScBackupsWindow, folder_label);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "backups.back-up-now", NULL,
                                   sc_backups_window_back_up_now_action);
  gtk_widget_class_install_action (widget_class, "backups.restore-new", NULL,
                                   sc_backups_window_restore_new_action);
  gtk_widget_class_install_action (widget_class, "backups.restore-over", NULL,
                                   sc_backups_window_restore_over_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_backups_window_init (ScBackupsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->backups = g_list_store_new (SC_TYPE_BACKUP);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->backups), create_row, NULL, NULL);
}

ScBackupsWindow *
sc_backups_window_new (ScWindow *window)
{
  ScBackupsWindow *self;

  g_return_val_if_fail (SC_IS_WINDOW (window), NULL);

  self = g_object_new (SC_TYPE_BACKUPS_WINDOW, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  g_signal_connect_object (window, "notify::store", G_CALLBACK (on_window_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
  return self;
}

GListModel *
sc_backups_window_get_backups (ScBackupsWindow *self)
{
  g_return_val_if_fail (SC_IS_BACKUPS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->backups);
}

void
sc_backups_window_select (ScBackupsWindow *self,
                          guint            position)
{
  g_return_if_fail (SC_IS_BACKUPS_WINDOW (self));

  gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box,
                                                                          position));
  update_actions (self);
}
