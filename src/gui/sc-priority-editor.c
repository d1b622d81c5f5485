/* sc-priority-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-priority-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-plan-ui.h"
#include "sc-priority-editor.h"
#include "sc-record-chooser.h"

struct _ScPriorityEditor
{
  GtkWindow        parent_instance;

  ScStore         *store;
  ScPriority      *priority;   /* NULL for a new objective */
  int              fiscal_year;
  int              quarter;

  /* Template children */
  GtkLabel        *intro_label;
  GtkEntry        *title_entry;
  GtkLabel        *title_message;
  ScRecordChooser *owner_chooser;
  GtkLabel        *owner_message;
  ScRecordChooser *kpi_chooser;
};

G_DEFINE_FINAL_TYPE (ScPriorityEditor, sc_priority_editor, GTK_TYPE_WINDOW)

gboolean
sc_priority_editor_save (ScPriorityEditor *self)
{
  g_autoptr(ScRecord) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean is_new;

  g_return_val_if_fail (SC_IS_PRIORITY_EDITOR (self), FALSE);

  sc_plan_ui_field_error (GTK_WIDGET (self->title_entry), self->title_message, NULL);
  sc_plan_ui_field_error (GTK_WIDGET (self->owner_chooser), self->owner_message, NULL);

  is_new = self->priority == NULL;
  draft = is_new ? SC_RECORD (sc_plan_new_priority (self->store, self->fiscal_year, self->quarter))
                 : sc_record_copy (SC_RECORD (self->priority));
  sc_record_set_text (draft, SC_PRIORITY_TITLE,
                      gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
  sc_record_set_ref (draft, SC_PRIORITY_OWNER_ID,
                     sc_record_chooser_get_selected_id (self->owner_chooser));
  sc_record_set_ref (draft, SC_PRIORITY_KPI_ID,
                     sc_record_chooser_get_selected_id (self->kpi_chooser));

  if (!sc_plan_save_priority (self->store, SC_PRIORITY (draft), &error))
    {
      if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_OWNER) ||
          g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_INACTIVE_OWNER))
        {
          sc_plan_ui_field_error (GTK_WIDGET (self->owner_chooser), self->owner_message,
                                  error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->owner_chooser));
        }
      else if (error->domain == SC_PLAN_ERROR)
        {
          sc_plan_ui_field_error (GTK_WIDGET (self->title_entry), self->title_message,
                                  error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
        }
      else
        sc_plan_ui_error (GTK_WIDGET (self), _("The objective could not be saved"), error);
      return FALSE;
    }

  /* Translators: %s is an objective's ref, "O4". */
  message = g_strdup_printf (is_new ? _("Objective %s added.") : _("Objective %s saved."),
                             sc_record_get_text (draft, SC_PRIORITY_REF));
  sc_plan_ui_toast (GTK_WIDGET (self), message, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
sc_priority_editor_save_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  sc_priority_editor_save (SC_PRIORITY_EDITOR (widget));
}

static void
sc_priority_editor_dispose (GObject *object)
{
  ScPriorityEditor *self = SC_PRIORITY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PRIORITY_EDITOR);
  g_clear_object (&self->priority);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_priority_editor_parent_class)->dispose (object);
}

static void
sc_priority_editor_class_init (ScPriorityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_priority_editor_dispose;

  g_type_ensure (SC_TYPE_RECORD_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-priority-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ScPriorityEditor, intro_label);
  gtk_widget_class_bind_template_child (widget_class, ScPriorityEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, ScPriorityEditor, title_message);
  gtk_widget_class_bind_template_child (widget_class, ScPriorityEditor, owner_chooser);
  gtk_widget_class_bind_template_child (widget_class, ScPriorityEditor, owner_message);
  gtk_widget_class_bind_template_child (widget_class, ScPriorityEditor, kpi_chooser);

  gtk_widget_class_install_action (widget_class, "priority.save", NULL,
                                   sc_priority_editor_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_priority_editor_init (ScPriorityEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScPriorityEditor *
sc_priority_editor_new (GtkWindow  *parent,
                        ScStore    *store,
                        ScPriority *priority,
                        int         fiscal_year,
                        int         quarter)
{
  ScPriorityEditor *self;
  g_autofree char *quarter_name = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *title = NULL;
  ScRecord *p = SC_RECORD (priority);

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_new (SC_TYPE_PRIORITY_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->priority = priority ? g_object_ref (priority) : NULL;
  self->fiscal_year = p ? sc_record_get_int (p, SC_PRIORITY_FISCAL_YEAR) : fiscal_year;
  self->quarter = p ? sc_record_get_int (p, SC_PRIORITY_QUARTER) : quarter;

  sc_record_chooser_set_store (self->owner_chooser, store);
  sc_record_chooser_set_store (self->kpi_chooser, store);
  quarter_name = sc_plan_ui_quarter_name (store, self->fiscal_year, self->quarter);
  /* Translators: %s is a quarter, "Q2 FY2025". */
  intro = g_strdup_printf (_("One of the few things %s is about. A quarter has 1 to 5 priority "
                             "objectives, each with one owner."), quarter_name);
  gtk_label_set_label (self->intro_label, intro);

  if (p != NULL)
    {
      /* Translators: the editor's title, %s is an objective's ref, "O2". */
      title = g_strdup_printf (_("Objective %s"), sc_record_get_text (p, SC_PRIORITY_REF));
      gtk_editable_set_text (GTK_EDITABLE (self->title_entry),
                             sc_record_get_text (p, SC_PRIORITY_TITLE));
      sc_record_chooser_set_selected_id (self->owner_chooser,
                                         sc_record_get_ref (p, SC_PRIORITY_OWNER_ID));
      sc_record_chooser_set_selected_id (self->kpi_chooser,
                                         sc_record_get_ref (p, SC_PRIORITY_KPI_ID));
    }
  gtk_window_set_title (GTK_WINDOW (self), title ? title : _("New Objective"));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  return self;
}

const char *
sc_priority_editor_get_message (ScPriorityEditor *self,
                                guint             field)
{
  GtkLabel *label;

  g_return_val_if_fail (SC_IS_PRIORITY_EDITOR (self), NULL);

  label = field == 0 ? self->title_message : self->owner_message;
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_label (label) : NULL;
}
