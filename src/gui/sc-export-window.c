/* sc-export-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-export-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date-entry.h"
#include "sc-export-window.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-parse.h"
#include "sc-save-dialog.h"

/* The last choice of the period dropdown. */
#define CUSTOM_PERIOD (SC_EXPORT_LAST_YEAR + 1)

struct _ScExportWindow
{
  GtkWindow        parent_instance;

  ScWindow        *main_window;   /* weak: it destroys us with it */
  ScStore         *store;

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

/* Saving ---------------------------------------------------------------------- */

gboolean
sc_export_window_save_to (ScExportWindow *self,
                          const char     *path)
{
  g_autofree char *target = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  ScDay from, to;

  g_return_val_if_fail (SC_IS_EXPORT_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!sc_export_window_get_range (self, &from, &to))
    return FALSE;

  target = sc_save_dialog_with_suffix (path, "xlsx");
  if (!sc_export_workbook (self->store, target, from, to, sc_export_window_get_lang (self),
                           &error))
    {
      sc_save_dialog_show_error (GTK_WINDOW (self), _("The workbook could not be saved"), error);
      return FALSE;
    }

  name = g_filename_display_basename (target);
  /* Translators: %s is the workbook's file name. */
  message = g_strdup_printf (_("Workbook “%s” saved."), name);
  if (self->main_window != NULL)
    sc_save_dialog_show_saved (self->main_window, message, target);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_chosen (GObject    *owner,
             const char *path)
{
  sc_export_window_save_to (SC_EXPORT_WINDOW (owner), path);
}

static void
sc_export_window_choose_file_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  ScExportWindow *self = SC_EXPORT_WINDOW (widget);
  g_autofree char *name = sc_export_window_dup_file_name (self);

  if (name != NULL)
    sc_save_dialog_show (GTK_WINDOW (self), _("Save the Workbook"), name, _("Excel workbooks"),
                         "xlsx", save_chosen, G_OBJECT (self));
}

/* The object -------------------------------------------------------------------- */

static void
sc_export_window_dispose (GObject *object)
{
  ScExportWindow *self = SC_EXPORT_WINDOW (object);

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
