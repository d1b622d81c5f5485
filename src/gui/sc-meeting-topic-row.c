/* sc-meeting-topic-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-meeting-topic-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-meeting-topic-row.h"
#include "sc-plan-ui.h"

struct _ScMeetingTopicRow
{
  GtkListBoxRow     parent_instance;

  ScMeetingSession *session;
  ScTopic          *topic;

  /* Template children */
  GtkImage         *state_image;
  GtkLabel         *title_label;
  GtkLabel         *carried_label;
  GtkLabel         *state_label;
  GtkWidget        *buttons_box;
  GtkPopover       *decide_popover;
  GtkEntry         *decision_entry;
  GtkLabel         *decision_message;
  GtkWidget        *leave_button;
};

G_DEFINE_FINAL_TYPE (ScMeetingTopicRow, sc_meeting_topic_row, GTK_TYPE_LIST_BOX_ROW)

static ScRecord *
record (ScMeetingTopicRow *self)
{
  return SC_RECORD (self->topic);
}

/* What the meeting did with the topic, in words and icon. */
static char *
describe (ScMeetingTopicRow  *self,
          const char        **icon)
{
  ScRecord *r = record (self);

  switch (sc_record_get_int (r, SC_TOPIC_STATUS))
    {
    case SC_TOPIC_DECIDED:
      *icon = "emblem-ok-symbolic";
      /* Translators: under a topic, "Decision: we book the booth." */
      return g_strdup_printf (_("Decision: %s"), sc_record_get_text (r, SC_TOPIC_DECISION));
    case SC_TOPIC_DROPPED:
      *icon = "action-unavailable-symbolic";
      return g_strdup (_("Closed without a decision"));
    default:
      if (sc_meeting_session_topic_is_left (self->session, self->topic))
        {
          *icon = "mail-forward-symbolic";
          return g_strdup (_("Goes to next week's meeting"));
        }
      *icon = "chat-message-new-symbolic";
      return NULL;
    }
}

static void
refresh (ScMeetingTopicRow *self)
{
  ScRecord *r = record (self);
  guint carried = sc_record_get_int (r, SC_TOPIC_CARRIED);
  g_autofree char *badge = NULL;
  g_autofree char *state = NULL;
  g_autofree char *label = NULL;
  const char *icon = NULL;
  gboolean open = sc_record_get_int (r, SC_TOPIC_STATUS) == SC_TOPIC_OPEN;

  gtk_label_set_label (self->title_label, sc_record_get_text (r, SC_TOPIC_TITLE));
  if (carried > 0)
    /* Translators: a badge on a topic that was not reached before. */
    badge = g_strdup_printf (ngettext ("Carried %u time", "Carried %u times", carried), carried);
  gtk_label_set_label (self->carried_label, badge ? badge : "");
  gtk_widget_set_visible (GTK_WIDGET (self->carried_label), badge != NULL);
  state = describe (self, &icon);
  gtk_image_set_from_icon_name (self->state_image, icon);
  gtk_label_set_label (self->state_label, state ? state : "");
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), state != NULL);
  sc_plan_ui_set_tone (GTK_WIDGET (self->state_label), open ? SC_TONE_NORMAL : SC_TONE_DONE);
  gtk_widget_set_visible (self->leave_button,
                          !open || !sc_meeting_session_topic_is_left (self->session, self->topic));
  gtk_widget_set_sensitive (self->buttons_box,
                            sc_meeting_session_get_state (self->session) != SC_MEETING_STATE_ENDED);

  /* Translators: what a screen reader says for a topic: title, badge, state. */
  label = g_strdup_printf (_("%s, %s, %s"), sc_record_get_text (r, SC_TOPIC_TITLE),
                           badge ? badge : "", state ? state : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
on_decide_popover_show_cb (ScMeetingTopicRow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->decision_entry),
                         sc_record_get_text (record (self), SC_TOPIC_DECISION));
  sc_plan_ui_field_error (GTK_WIDGET (self->decision_entry), self->decision_message, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->decision_entry));
}

static gboolean
decide (ScMeetingTopicRow *self)
{
  g_autoptr(GError) error = NULL;

  if (!sc_meeting_session_decide_topic (self->session, self->topic,
                                        gtk_editable_get_text (GTK_EDITABLE (self->decision_entry)),
                                        &error))
    {
      sc_plan_ui_field_error (GTK_WIDGET (self->decision_entry), self->decision_message,
                              error->message);
      return FALSE;
    }
  gtk_popover_popdown (self->decide_popover);
  refresh (self);
  return TRUE;
}

static void
on_decide_cb (ScMeetingTopicRow *self)
{
  decide (self);
}

static void
sc_meeting_topic_row_leave_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  ScMeetingTopicRow *self = SC_MEETING_TOPIC_ROW (widget);

  sc_meeting_session_leave_topic (self->session, self->topic);
  refresh (self);
}

static void
sc_meeting_topic_row_drop_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  ScMeetingTopicRow *self = SC_MEETING_TOPIC_ROW (widget);
  g_autoptr(ScMeetingTopicRow) hold = g_object_ref (self);

  /* A topic added in this meeting goes away with its row. */
  sc_meeting_session_drop_topic (self->session, self->topic);
  refresh (self);
}

static void
sc_meeting_topic_row_dispose (GObject *object)
{
  ScMeetingTopicRow *self = SC_MEETING_TOPIC_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_MEETING_TOPIC_ROW);
  g_clear_object (&self->topic);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sc_meeting_topic_row_parent_class)->dispose (object);
}

static void
sc_meeting_topic_row_class_init (ScMeetingTopicRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_meeting_topic_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-meeting-topic-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopicRow, state_image);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopicRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopicRow, carried_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopicRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopicRow, buttons_box);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopicRow, decide_popover);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopicRow, decision_entry);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopicRow, decision_message);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopicRow, leave_button);
  gtk_widget_class_bind_template_callback (widget_class, on_decide_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_decide_cb);

  gtk_widget_class_install_action (widget_class, "topic.leave", NULL,
                                   sc_meeting_topic_row_leave_action);
  gtk_widget_class_install_action (widget_class, "topic.drop", NULL,
                                   sc_meeting_topic_row_drop_action);
}

static void
sc_meeting_topic_row_init (ScMeetingTopicRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScMeetingTopicRow *
sc_meeting_topic_row_new (ScMeetingSession *session,
                          ScTopic          *topic)
{
  ScMeetingTopicRow *self;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (session), NULL);
  g_return_val_if_fail (SC_IS_TOPIC (topic), NULL);

  self = g_object_new (SC_TYPE_MEETING_TOPIC_ROW, NULL);
  self->session = g_object_ref (session);
  self->topic = g_object_ref (topic);
  g_signal_connect_object (topic, "notify", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  refresh (self);
  return self;
}

ScTopic *
sc_meeting_topic_row_get_topic (ScMeetingTopicRow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_TOPIC_ROW (self), NULL);
  return self->topic;
}

gboolean
sc_meeting_topic_row_decide (ScMeetingTopicRow *self,
                             const char        *decision)
{
  g_return_val_if_fail (SC_IS_MEETING_TOPIC_ROW (self), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->decision_entry), decision);
  return decide (self);
}

const char *
sc_meeting_topic_row_get_carried (ScMeetingTopicRow *self)
{
  g_return_val_if_fail (SC_IS_MEETING_TOPIC_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->carried_label)))
    return NULL;
  return gtk_label_get_label (self->carried_label);
}
