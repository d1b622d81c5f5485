/* sc-export-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-export-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-alert-window.h"
#include "sc-date-entry.h"
#include "sc-export-window.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-parse.h"

/* The last choice of the period dropdown. */
#define CUSTOM_PERIOD (SC_EXPORT_LAST_YEAR + 1)

struct _ScExportWindow
{
  GtkWindow        parent_instance;

  ScWindow        *main_window;   /* weak: it destroys us with it */
  ScStore         *store;
  GtkNativeDialog *chooser;

  /* Template children */
  GtkDropDown     *period_dropdown;
  GtkLabel        *range_label;
  GtkWidget       *from_label;
  ScDateEntry     *from_entry;
  GtkWidget       *to_label;
  ScDateEntry     *to_entry;
  GtkLabel        *dates_message;
  GtkDropDown     *lang_dropdown;
};

G_DEFINE_FINAL_TYPE (ScExportWindow, sc_export_window, GTK_TYPE_WINDOW)

static gboolean
is_custom (ScExportWindow *self)
{
  return gtk_drop_down_get_selected (self->period_dropdown) == CUSTOM_PERIOD;
}

static void
show_dates_message (ScExportWindow *self,
                    const char     *message)
{
  gtk_label_set_label (self->dates_message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->dates_message), message != NULL);
}

/* The custom dates as typed; the message says what is wrong. */
static gboolean
custom_range (ScExportWindow *self,
              ScDay          *from,
              ScDay          *to,
              const char    **message)
{
  g_autoptr(GError) error = NULL;

  if (!sc_date_entry_parse (self->from_entry, from, &error) ||
      !sc_date_entry_parse (self->to_entry, to, &error))
    {
      *message = g_error_matches (error, SC_PARSE_ERROR, SC_PARSE_ERROR_EMPTY)
                 ? _("Type the first and the last day of the period.")
                 : _("Type the dates as 2025-04-01, or as “April 1”.");
      return FALSE;
    }
  if (*from > *to)
    {
      *message = _("The period ends before it starts.");
      return FALSE;
    }
  *message = NULL;
  return TRUE;
}

gboolean
sc_export_window_get_range (ScExportWindow *self,
                            ScDay          *from,
                            ScDay          *to)
{
  const char *message = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (SC_IS_EXPORT_WINDOW (self), FALSE);

  if (is_custom (self))
    ok = custom_range (self, from, to, &message);
  else
    sc_export_period_range (self->store, gtk_drop_down_get_selected (self->period_dropdown),
                            from, to);
  show_dates_message (self, message);
  return ok;
}

static void
update_range (ScExportWindow *self)
{
  gboolean custom = is_custom (self);
  ScDay from, to;

  gtk_widget_set_visible (self->from_label, custom);
  gtk_widget_set_visible (GTK_WIDGET (self->from_entry), custom);
  gtk_widget_set_visible (self->to_label, custom);
  gtk_widget_set_visible (GTK_WIDGET (self->to_entry), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->range_label), !custom);
  show_dates_message (self, NULL);

  if (!custom)
    {
      ScLang ui = sc_l10n_ui_lang ();
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      g_autofree char *text = NULL;

      sc_export_window_get_range (self, &from, &to);
      first = sc_format_date_long (ui, from, FALSE);
      last = sc_format_date_long (ui, to, FALSE);
      /* Translators: the days of the chosen period, "April 1, 2025 –
       * March 31, 2026"; a period not over yet has its figures to date. */
      if (to >= sc_store_get_today (self->store))
        text = g_strdup_printf (_("%s – %s, figures to date"), first, last);
      else
        text = g_strdup_printf (C_("period", "%s – %s"), first, last);
      gtk_label_set_label (self->range_label, text);
    }
}

static void
on_period_changed_cb (ScExportWindow *self)
{
  ScDay from, to;

  /* Custom dates start from the period shown before. */
  if (is_custom (self) && sc_date_entry_get_day (self->from_entry) == SC_DAY_NONE)
    {
      sc_export_period_range (self->store, SC_EXPORT_THIS_YEAR, &from, &to);
      sc_date_entry_set_day (self->from_entry, from);
      sc_date_entry_set_day (self->to_entry, MIN (to, sc_store_get_today (self->store)));
    }
  update_range (self);
}

static void
on_custom_changed_cb (ScExportWindow *self)
{
  show_dates_message (self, NULL);
}

void
sc_export_window_set_period (ScExportWindow *self,
                             ScExportPeriod  period)
{
  g_return_if_fail (SC_IS_EXPORT_WINDOW (self));

  gtk_drop_down_set_selected (self->period_dropdown, period);
}

void
sc_export_window_set_custom (ScExportWindow *self,
                             ScDay           from,
                             ScDay           to)
{
  g_return_if_fail (SC_IS_EXPORT_WINDOW (self));

  gtk_drop_down_set_selected (self->period_dropdown, CUSTOM_PERIOD);
  sc_date_entry_set_day (self->from_entry, from);
  sc_date_entry_set_day (self->to_entry, to);
}

void
sc_export_window_set_lang (ScExportWindow *self,
                           ScLang          lang)
{
  g_return_if_fail (SC_IS_EXPORT_WINDOW (self));

  gtk_drop_down_set_selected (self->lang_dropdown, lang == SC_LANG_FR ? 0 : 1);
}

ScLang
sc_export_window_get_lang (ScExportWindow *self)
{
  g_return_val_if_fail (SC_IS_EXPORT_WINDOW (self), SC_LANG_FR);

  return gtk_drop_down_get_selected (self->lang_dropdown) == 0 ? SC_LANG_FR : SC_LANG_EN;
}

char *
sc_export_window_dup_file_name (ScExportWindow *self)
{
  ScDay from, to;

  g_return_val_if_fail (SC_IS_EXPORT_WINDOW (self), NULL);

  if (!sc_export_window_get_range (self, &from, &to))
    return NULL;
  return sc_export_suggest_name (self->store, from, to, sc_export_window_get_lang (self));
}

/* Opening the saved workbook ------------------------------------------------ */

static void
on_shown_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ScWindow) window = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    sc_window_show_error (window, _("The workbook could not be opened"), error);
}

static void
on_open_workbook_cb (GSimpleAction *action,
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

/* The toast's "Open" button activates export.open-workbook on the main
 * window: an action group of ours, so the window needs no part of it. */
static void
set_saved_workbook (ScWindow   *window,
                    const char *path)
{
  GSimpleActionGroup *group = g_object_get_data (G_OBJECT (window), "sc-export-actions");
  GAction *action;

  if (group == NULL)
    {
      g_autoptr(GSimpleAction) open = g_simple_action_new ("open-workbook", NULL);

      group = g_simple_action_group_new ();
      g_signal_connect_object (open, "activate", G_CALLBACK (on_open_workbook_cb), window, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open));
      gtk_widget_insert_action_group (GTK_WIDGET (window), "export", G_ACTION_GROUP (group));
      g_object_set_data_full (G_OBJECT (window), "sc-export-actions", group, g_object_unref);
    }
  action = g_action_map_lookup_action (G_ACTION_MAP (group), "open-workbook");
  g_object_set_data_full (G_OBJECT (action), "path", g_strdup (path), g_free);
}

/* Saving ---------------------------------------------------------------------- */

gboolean
sc_export_window_save_to (ScExportWindow *self,
                          const char     *path)
{
  g_autofree char *target = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  ScAlertWindow *alert;
  ScDay from, to;

  g_return_val_if_fail (SC_IS_EXPORT_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!sc_export_window_get_range (self, &from, &to))
    return FALSE;

  target = g_str_has_suffix (path, ".xlsx") ? g_strdup (path) : g_strconcat (path, ".xlsx", NULL);
  if (!sc_export_workbook (self->store, target, from, to, sc_export_window_get_lang (self),
                           &error))
    {
      alert = sc_alert_window_new (GTK_WINDOW (self), _("The workbook could not be saved"),
                                   error->message);
      sc_alert_window_add_response (alert, "close", _("_Close"), SC_ALERT_SUGGESTED);
      gtk_window_present (GTK_WINDOW (alert));
      return FALSE;
    }

  name = g_filename_display_basename (target);
  /* Translators: %s is the workbook's file name. */
  message = g_strdup_printf (_("Workbook “%s” saved."), name);
  if (self->main_window != NULL)
    {
      set_saved_workbook (self->main_window, target);
      sc_window_show_toast (self->main_window, message, _("_Open"), "export.open-workbook");
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_chooser_response_cb (ScExportWindow       *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file ? g_file_get_path (file) : NULL;
    }
  g_clear_object (&self->chooser);
  if (path != NULL)
    sc_export_window_save_to (self, path);
}

static void
sc_export_window_choose_file_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  ScExportWindow *self = SC_EXPORT_WINDOW (widget);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = g_file_new_for_path (documents ? documents : g_get_home_dir ());
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = sc_export_window_dup_file_name (self);
  GtkFileChooserNative *chooser;

  if (name == NULL)
    return;

  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  /* GTK 4.8: GtkFileDialog arrives in 4.10. */
  chooser = gtk_file_chooser_native_new (_("Save the Workbook"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_object (&self->chooser, GTK_NATIVE_DIALOG (chooser));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

/* The object -------------------------------------------------------------------- */

static void
sc_export_window_dispose (GObject *object)
{
  ScExportWindow *self = SC_EXPORT_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->main_window);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_EXPORT_WINDOW);

  G_OBJECT_CLASS (sc_export_window_parent_class)->dispose (object);
}

static void
sc_export_window_class_init (ScExportWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_export_window_dispose;

  g_type_ensure (SC_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-export-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScExportWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ScExportWindow, range_label);
  gtk_widget_class_bind_template_child (widget_class, ScExportWindow, from_label);
  gtk_widget_class_bind_template_child (widget_class, ScExportWindow, from_entry);
  gtk_widget_class_bind_template_child (widget_class, ScExportWindow, to_label);
  gtk_widget_class_bind_template_child (widget_class, ScExportWindow, to_entry);
  gtk_widget_class_bind_template_child (widget_class, ScExportWindow, dates_message);
  gtk_widget_class_bind_template_child (widget_class, ScExportWindow, lang_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL,
                                   sc_export_window_choose_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_export_window_init (ScExportWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScExportWindow *
sc_export_window_new (ScWindow *parent,
                      ScStore  *store)
{
  ScExportWindow *self;

  g_return_val_if_fail (SC_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_new (SC_TYPE_EXPORT_WINDOW, "transient-for", parent, NULL);
  g_set_weak_pointer (&self->main_window, parent);
  self->store = g_object_ref (store);
  sc_date_entry_set_today (self->from_entry, sc_store_get_today (store));
  sc_date_entry_set_today (self->to_entry, sc_store_get_today (store));
  sc_export_window_set_lang (self, sc_export_default_lang (store));
  /* The fiscal year to date: what the accountant asks for most. */
  gtk_drop_down_set_selected (self->period_dropdown, SC_EXPORT_THIS_YEAR);
  update_range (self);
  return self;
}
