/* sc-shutdown-weeks-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-shutdown-weeks-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-date-entry.h"
#include "sc-format.h"
#include "sc-kpi-editing.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"
#include "sc-shutdown-weeks-window.h"

struct _ScShutdownWeeksWindow
{
  GtkWindow     parent_instance;

  ScStore      *store;

  /* Template children */
  GtkListBox   *weeks_list;
  ScDateEntry  *date_entry;
  GtkEntry     *label_entry;
  GtkEntry     *level_entry;
  GtkLabel     *error_label;
};

G_DEFINE_FINAL_TYPE (ScShutdownWeeksWindow, sc_shutdown_weeks_window, GTK_TYPE_WINDOW)

static char *
level_text (gint64 level)
{
  return sc_format_percent (sc_l10n_ui_lang (), level / 100.0, level % 100 ? 1 : 0);
}

static void
on_remove_clicked_cb (GtkButton             *button,
                      ScShutdownWeeksWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!sc_kpi_editing_remove_shutdown (self->store,
                                       *(gint64 *) g_object_get_data (G_OBJECT (button), "id"),
                                       &error))
    sc_plan_ui_error (GTK_WIDGET (self), _("The week could not be removed"), error);
  else
    sc_plan_ui_toast (GTK_WIDGET (self), _("Shutdown week removed."), TRUE);
}

static GtkWidget *
week_row (ScShutdownWeeksWindow *self,
          ScRecord              *week)
{
  ScLang lang = sc_l10n_ui_lang ();
  gint64 id = sc_record_get_id (week);
  g_autofree char *label = sc_format_week_label (lang, sc_record_get_date (week, SC_SHUTDOWN_PERIOD));
  g_autofree char *level = level_text (sc_record_get_int (week, SC_SHUTDOWN_LEVEL));
  /* Translators: %s is a percentage, "20 %". */
  g_autofree char *level_line = g_strdup_printf (_("Targets at %s"), level);
  /* Translators: accessible name of a button; %s is "Week of July 21, 2025". */
  g_autofree char *remove = g_strdup_printf (_("Remove this shutdown week: %s"), label);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *note = gtk_label_new (sc_record_get_text (week, SC_SHUTDOWN_LABEL));
  GtkWidget *amount = gtk_label_new (level_line);
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_set_visible (note, *sc_record_get_text (week, SC_SHUTDOWN_LABEL) != '\0');
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), note);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), amount);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, remove);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  gtk_widget_set_sensitive (button, !sc_store_get_read_only (self->store));
  g_object_set_data_full (G_OBJECT (button), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  gtk_widget_add_css_class (box, "prefs-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
rebuild (ScShutdownWeeksWindow *self)
{
  g_autoptr(GPtrArray) weeks = sc_kpi_editing_get_shutdowns (self->store);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->weeks_list, 0)) != NULL)
    gtk_list_box_remove (self->weeks_list, GTK_WIDGET (row));
  for (guint i = 0; i < weeks->len; i++)
    gtk_list_box_append (self->weeks_list, week_row (self, g_ptr_array_index (weeks, i)));
}

static void
on_store_changed_cb (ScShutdownWeeksWindow *self,
                     const ScTableInfo     *table,
                     gint64                 id,
                     ScStore               *store)
{
  if (table == &sc_shutdown_table)
    rebuild (self);
}

static void
show_error (ScShutdownWeeksWindow *self,
            GtkWidget             *field,
            const char            *message)
{
  sc_plan_ui_field_error (field, self->error_label, message);
  gtk_widget_grab_focus (field);
}

gboolean
sc_shutdown_weeks_window_add (ScShutdownWeeksWindow *self)
{
  g_autoptr(GError) error = NULL;
  ScDay day;
  gint64 level;

  g_return_val_if_fail (SC_IS_SHUTDOWN_WEEKS_WINDOW (self), FALSE);

  sc_plan_ui_field_error (GTK_WIDGET (sc_date_entry_get_entry (self->date_entry)), NULL, NULL);
  sc_plan_ui_field_error (GTK_WIDGET (self->level_entry), self->error_label, NULL);

  if (!sc_date_entry_parse (self->date_entry, &day, &error))
    {
      show_error (self, GTK_WIDGET (sc_date_entry_get_entry (self->date_entry)), error->message);
      return FALSE;
    }
  if (!sc_kpi_editing_parse_percent (sc_l10n_ui_lang (),
                                     gtk_editable_get_text (GTK_EDITABLE (self->level_entry)),
                                     10000, SC_KPI_ERROR_LEVEL, &level, &error) ||
      !sc_kpi_editing_add_shutdown (self->store, day,
                                    gtk_editable_get_text (GTK_EDITABLE (self->label_entry)),
                                    level, &error))
    {
      show_error (self, GTK_WIDGET (self->level_entry), error->message);
      return FALSE;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->label_entry), "");
  sc_plan_ui_toast (GTK_WIDGET (self), _("Shutdown week declared."), TRUE);
  return TRUE;
}

static void
sc_shutdown_weeks_window_add_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  sc_shutdown_weeks_window_add (SC_SHUTDOWN_WEEKS_WINDOW (widget));
}

static void
sc_shutdown_weeks_window_dispose (GObject *object)
{
  ScShutdownWeeksWindow *self = SC_SHUTDOWN_WEEKS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_SHUTDOWN_WEEKS_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_shutdown_weeks_window_parent_class)->dispose (object);
}

static void
sc_shutdown_weeks_window_class_init (ScShutdownWeeksWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_shutdown_weeks_window_dispose;

  g_type_ensure (SC_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-shutdown-weeks-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScShutdownWeeksWindow, weeks_list);
  gtk_widget_class_bind_template_child (widget_class, ScShutdownWeeksWindow, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ScShutdownWeeksWindow, label_entry);
  gtk_widget_class_bind_template_child (widget_class, ScShutdownWeeksWindow, level_entry);
  gtk_widget_class_bind_template_child (widget_class, ScShutdownWeeksWindow, error_label);

  gtk_widget_class_install_action (widget_class, "shutdown.add", NULL,
                                   sc_shutdown_weeks_window_add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_shutdown_weeks_window_init (ScShutdownWeeksWindow *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No shutdown week declared."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "prefs-row");
  gtk_list_box_set_placeholder (self->weeks_list, placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sc_date_entry_get_entry (self->date_entry)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("A day of the shutdown week"), -1);
}

ScShutdownWeeksWindow *
sc_shutdown_weeks_window_new (GtkWindow *parent,
                              ScStore   *store)
{
  ScShutdownWeeksWindow *self;
  g_autofree char *level = level_text (SC_KPI_SHUTDOWN_LEVEL);

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_new (SC_TYPE_SHUTDOWN_WEEKS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  sc_date_entry_set_today (self->date_entry, sc_store_get_today (store));
  gtk_editable_set_text (GTK_EDITABLE (self->level_entry), level);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shutdown.add", !sc_store_get_read_only (store));
  rebuild (self);
  return self;
}
