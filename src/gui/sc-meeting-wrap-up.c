/* sc-meeting-wrap-up.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-meeting-wrap-up"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-meeting-wrap-up.h"
#include "sc-parse.h"
#include "sc-plan-ui.h"

struct _ScMeetingWrapUp
{
  GtkWidget         parent_instance;

  ScMeetingSession *session;

  /* Template children */
  GtkEntry         *title_entry;
  ScRecordChooser  *owner_chooser;
  ScDateEntry      *date_entry;
  GtkLabel         *title_message;
  GtkLabel         *owner_message;
  GtkLabel         *due_message;
  GtkLabel         *actions_label;
  GtkListBox       *actions_list;
  GtkLabel         *decisions_label;
  GtkLabel         *carried_label;
};

G_DEFINE_FINAL_TYPE (ScMeetingWrapUp, sc_meeting_wrap_up, GTK_TYPE_WIDGET)

static ScStore *
store (ScMeetingWrapUp *self)
{
  return sc_meeting_session_get_store (self->session);
}

/* Summary ------------------------------------------------------------------- */

static void
update_actions_label (ScMeetingWrapUp *self)
{
  guint n = g_list_model_get_n_items (sc_meeting_session_get_new_actions (self->session));
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("No new action yet. Each one needs an owner and a due date; they are "
                       "saved with the meeting."));
  else
    text = g_strdup_printf (ngettext ("%u new action, saved with the meeting:",
                                      "%u new actions, saved with the meeting:", n), n);
  gtk_label_set_label (self->actions_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->actions_list), n > 0);
}

static void
update_topics (ScMeetingWrapUp *self)
{
  GListModel *topics = sc_meeting_session_get_topics (self->session);
  g_autoptr(GString) decisions = g_string_new (NULL);
  g_autofree char *carried_text = NULL;
  guint carried = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(ScRecord) topic = g_list_model_get_item (topics, i);
      ScTopicStatus status = sc_record_get_int (topic, SC_TOPIC_STATUS);

      if (status == SC_TOPIC_OPEN)
        carried++;
      else if (status == SC_TOPIC_DECIDED)
        {
          if (decisions->len > 0)
            g_string_append_c (decisions, '\n');
          /* Translators: a decision in the wrap-up: "• Topic: decision". */
          g_string_append_printf (decisions, _("• %s: %s"),
                                  sc_record_get_text (topic, SC_TOPIC_TITLE),
                                  sc_record_get_text (topic, SC_TOPIC_DECISION));
        }
    }
  gtk_label_set_label (self->decisions_label,
                       decisions->len ? decisions->str : _("No decision recorded yet."));
  if (carried > 0)
    carried_text = g_strdup_printf (ngettext ("%u topic goes to next week's meeting.",
                                              "%u topics go to next week's meeting.", carried),
                                    carried);
  gtk_label_set_label (self->carried_label, carried_text ? carried_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->carried_label), carried > 0);
}

static void
on_map_cb (ScMeetingWrapUp *self)
{
  update_topics (self);
}

/* New actions ---------------------------------------------------------------- */

static void
on_remove_clicked_cb (GtkButton       *button,
                      ScMeetingWrapUp *self)
{
  ScAction *action = g_object_get_data (G_OBJECT (button), "action");

  sc_meeting_session_remove_action (self->session, action);
}

static GtkWidget *
create_action_row_cb (gpointer item,
                      gpointer user_data)
{
  ScMeetingWrapUp *self = user_data;
  ScRecord *action = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (sc_record_get_text (action, SC_ACTION_TITLE));
  g_autofree char *owner = sc_plan_ui_person_name (store (self),
                                                   sc_record_get_ref (action, SC_ACTION_OWNER_ID));
  g_autofree char *due = sc_format_date_long (sc_l10n_ui_lang (),
                                              sc_record_get_date (action, SC_ACTION_DUE), TRUE);
  /* Translators: owner and due date of a new action, "Sophie Lachance · due Friday, October 3, 2025". */
  g_autofree char *meta_text = g_strdup_printf (_("%s · due %s"), owner, due);
  GtkWidget *meta = gtk_label_new (meta_text);
  GtkWidget *icon = gtk_image_new_from_icon_name ("task-due-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), meta);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove this action"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove this action"), -1);
  g_object_set_data (G_OBJECT (remove), "action", action);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  gtk_widget_set_sensitive (remove, sc_meeting_session_get_state (self->session) !=
                                    SC_MEETING_STATE_ENDED);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_widget_add_css_class (box, "meeting-new-action");
  return box;
}

static GtkLabel *
message_of_error (ScMeetingWrapUp *self,
                  const GError    *error,
                  GtkWidget      **field)
{
  if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_OWNER) ||
      g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_INACTIVE_OWNER))
    {
      *field = GTK_WIDGET (self->owner_chooser);
      return self->owner_message;
    }
  if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_DUE) ||
      error->domain == SC_PARSE_ERROR)
    {
      *field = GTK_WIDGET (sc_date_entry_get_entry (self->date_entry));
      return self->due_message;
    }
  *field = GTK_WIDGET (self->title_entry);
  return self->title_message;
}

static void
clear_messages (ScMeetingWrapUp *self)
{
  sc_plan_ui_field_error (GTK_WIDGET (self->title_entry), self->title_message, NULL);
  sc_plan_ui_field_error (GTK_WIDGET (self->owner_chooser), self->owner_message, NULL);
  sc_plan_ui_field_error (GTK_WIDGET (sc_date_entry_get_entry (self->date_entry)),
                          self->due_message, NULL);
}

static void
refuse (ScMeetingWrapUp *self,
        const GError    *error)
{
  GtkWidget *field = NULL;
  GtkLabel *message = message_of_error (self, error, &field);

  sc_plan_ui_field_error (field, message, error->message);
  gtk_widget_grab_focus (field);
}

gboolean
sc_meeting_wrap_up_add (ScMeetingWrapUp *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *date = GTK_EDITABLE (sc_date_entry_get_entry (self->date_entry));
  ScDay due = SC_DAY_NONE;

  g_return_val_if_fail (SC_IS_MEETING_WRAP_UP (self), FALSE);

  clear_messages (self);
  /* Something typed that is not a date says so; nothing typed is the
   * plan's own "no due date" refusal. */
  if (*gtk_editable_get_text (date) != '\0' && !sc_date_entry_parse (self->date_entry, &due, &error))
    {
      refuse (self, error);
      return FALSE;
    }
  if (sc_meeting_session_add_action (self->session,
                                     gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                                     sc_record_chooser_get_selected_id (self->owner_chooser), due,
                                     &error) == NULL)
    {
      refuse (self, error);
      return FALSE;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), "");
  gtk_editable_set_text (date, "");
  sc_record_chooser_set_selected_id (self->owner_chooser, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  return TRUE;
}

static void
on_add_cb (ScMeetingWrapUp *self)
{
  sc_meeting_wrap_up_add (self);
}

/* The object ------------------------------------------------------------------- */

static void
sc_meeting_wrap_up_dispose (GObject *object)
{
  ScMeetingWrapUp *self = SC_MEETING_WRAP_UP (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_MEETING_WRAP_UP);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sc_meeting_wrap_up_parent_class)->dispose (object);
}

static void
sc_meeting_wrap_up_class_init (ScMeetingWrapUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_meeting_wrap_up_dispose;

  g_type_ensure (SC_TYPE_RECORD_CHOOSER);
  g_type_ensure (SC_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-meeting-wrap-up.ui");
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, title_entry);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, owner_chooser);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, title_message);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, owner_message);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, due_message);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, actions_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, actions_list);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, decisions_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingWrapUp, carried_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_map_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingwrapup");
}

static void
sc_meeting_wrap_up_init (ScMeetingWrapUp *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScMeetingWrapUp *
sc_meeting_wrap_up_new (ScMeetingSession *session)
{
  ScMeetingWrapUp *self;
  GListModel *actions;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (session), NULL);

  self = g_object_new (SC_TYPE_MEETING_WRAP_UP, NULL);
  self->session = g_object_ref (session);
  sc_record_chooser_set_store (self->owner_chooser, store (self));
  sc_date_entry_set_today (self->date_entry, sc_meeting_session_get_day (session));
  actions = sc_meeting_session_get_new_actions (session);
  gtk_list_box_bind_model (self->actions_list, actions, create_action_row_cb, self, NULL);
  g_signal_connect_object (actions, "items-changed", G_CALLBACK (update_actions_label), self,
                           G_CONNECT_SWAPPED);
  update_actions_label (self);
  update_topics (self);
  return self;
}

GtkEntry *
sc_meeting_wrap_up_get_title (ScMeetingWrapUp *self)
{
  g_return_val_if_fail (SC_IS_MEETING_WRAP_UP (self), NULL);
  return self->title_entry;
}

ScRecordChooser *
sc_meeting_wrap_up_get_owner (ScMeetingWrapUp *self)
{
  g_return_val_if_fail (SC_IS_MEETING_WRAP_UP (self), NULL);
  return self->owner_chooser;
}

ScDateEntry *
sc_meeting_wrap_up_get_date (ScMeetingWrapUp *self)
{
  g_return_val_if_fail (SC_IS_MEETING_WRAP_UP (self), NULL);
  return self->date_entry;
}

const char *
sc_meeting_wrap_up_get_message (ScMeetingWrapUp *self)
{
  GtkLabel *labels[] = { self->title_message, self->owner_message, self->due_message };

  g_return_val_if_fail (SC_IS_MEETING_WRAP_UP (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (labels[i])))
      return gtk_label_get_label (labels[i]);
  return NULL;
}
