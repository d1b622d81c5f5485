/* sc-person-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-person-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-person-editor.h"
#include "sc-plan-ui.h"

struct _ScPersonEditor
{
  GtkWindow       parent_instance;

  ScStore        *store;
  ScPerson       *person;   /* NULL for someone new */

  /* Template children */
  GtkEntry       *name_entry;
  GtkLabel       *name_message;
  GtkEntry       *role_entry;
  GtkEntry       *email_entry;
  GtkLabel       *email_message;
  GtkCheckButton *meeting_check;
};

G_DEFINE_FINAL_TYPE (ScPersonEditor, sc_person_editor, GTK_TYPE_WINDOW)

static const char *
text_of (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

gboolean
sc_person_editor_save (ScPersonEditor *self)
{
  g_autoptr(ScRecord) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean is_new;

  g_return_val_if_fail (SC_IS_PERSON_EDITOR (self), FALSE);

  sc_plan_ui_field_error (GTK_WIDGET (self->name_entry), self->name_message, NULL);
  sc_plan_ui_field_error (GTK_WIDGET (self->email_entry), self->email_message, NULL);

  is_new = self->person == NULL;
  draft = is_new ? SC_RECORD (sc_plan_new_person (self->store))
                 : sc_record_copy (SC_RECORD (self->person));
  sc_record_set_text (draft, SC_PERSON_NAME, text_of (self->name_entry));
  sc_record_set_text (draft, SC_PERSON_ROLE, text_of (self->role_entry));
  sc_record_set_text (draft, SC_PERSON_EMAIL, text_of (self->email_entry));
  sc_record_set_bool (draft, SC_PERSON_IN_MEETING,
                      gtk_check_button_get_active (self->meeting_check));

  if (!sc_plan_save_person (self->store, SC_PERSON (draft), &error))
    {
      if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_BAD_EMAIL))
        {
          sc_plan_ui_field_error (GTK_WIDGET (self->email_entry), self->email_message,
                                  error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->email_entry));
        }
      else if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_NAME))
        {
          sc_plan_ui_field_error (GTK_WIDGET (self->name_entry), self->name_message,
                                  error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
        }
      else
        sc_plan_ui_error (GTK_WIDGET (self), _("The person could not be saved"), error);
      return FALSE;
    }

  /* Translators: %s is a person's name. */
  message = g_strdup_printf (is_new ? _("%s added.") : _("%s saved."),
                             sc_record_get_text (draft, SC_PERSON_NAME));
  sc_plan_ui_toast (GTK_WIDGET (self), message, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
sc_person_editor_save_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  sc_person_editor_save (SC_PERSON_EDITOR (widget));
}

static void
sc_person_editor_dispose (GObject *object)
{
  ScPersonEditor *self = SC_PERSON_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_PERSON_EDITOR);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_person_editor_parent_class)->dispose (object);
}

static void
sc_person_editor_class_init (ScPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_person_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ScPersonEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, ScPersonEditor, name_message);
  gtk_widget_class_bind_template_child (widget_class, ScPersonEditor, role_entry);
  gtk_widget_class_bind_template_child (widget_class, ScPersonEditor, email_entry);
  gtk_widget_class_bind_template_child (widget_class, ScPersonEditor, email_message);
  gtk_widget_class_bind_template_child (widget_class, ScPersonEditor, meeting_check);

  gtk_widget_class_install_action (widget_class, "person.save", NULL,
                                   sc_person_editor_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_person_editor_init (ScPersonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScPersonEditor *
sc_person_editor_new (GtkWindow *parent,
                      ScStore   *store,
                      ScPerson  *person)
{
  ScPersonEditor *self;
  ScRecord *p = SC_RECORD (person);

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_new (SC_TYPE_PERSON_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->person = person ? g_object_ref (person) : NULL;
  if (p != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry),
                             sc_record_get_text (p, SC_PERSON_NAME));
      gtk_editable_set_text (GTK_EDITABLE (self->role_entry),
                             sc_record_get_text (p, SC_PERSON_ROLE));
      gtk_editable_set_text (GTK_EDITABLE (self->email_entry),
                             sc_record_get_text (p, SC_PERSON_EMAIL));
      gtk_check_button_set_active (self->meeting_check,
                                   sc_record_get_bool (p, SC_PERSON_IN_MEETING));
    }
  gtk_window_set_title (GTK_WINDOW (self), p ? sc_record_get_text (p, SC_PERSON_NAME)
                                             : _("New Person"));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  return self;
}

GtkEntry *
sc_person_editor_get_entry (ScPersonEditor *self,
                            guint           column)
{
  g_return_val_if_fail (SC_IS_PERSON_EDITOR (self), NULL);

  switch (column)
    {
    case SC_PERSON_ROLE:
      return self->role_entry;
    case SC_PERSON_EMAIL:
      return self->email_entry;
    default:
      return self->name_entry;
    }
}

const char *
sc_person_editor_get_message (ScPersonEditor *self,
                              ScPersonField   field)
{
  GtkLabel *label;

  g_return_val_if_fail (SC_IS_PERSON_EDITOR (self), NULL);

  label = field == SC_PERSON_FIELD_EMAIL ? self->email_message : self->name_message;
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_label (label) : NULL;
}
