/* sc-meeting-topics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-meeting-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-meeting-topic-row.h"
#include "sc-meeting-topics.h"
#include "sc-plan-ui.h"

struct _ScMeetingTopics
{
  GtkWidget         parent_instance;

  ScMeetingSession *session;

  /* Template children */
  GtkEntry         *topic_entry;
  GtkLabel         *topic_message;
  GtkLabel         *summary_label;
  GtkListBox       *list;
};

G_DEFINE_FINAL_TYPE (ScMeetingTopics, sc_meeting_topics, GTK_TYPE_WIDGET)

static void
update_summary (ScMeetingTopics *self)
{
  GListModel *topics = sc_meeting_session_get_topics (self->session);
  guint n = g_list_model_get_n_items (topics);
  guint decided = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ScRecord) topic = g_list_model_get_item (topics, i);

      decided += sc_record_get_int (topic, SC_TOPIC_STATUS) != SC_TOPIC_OPEN;
    }

  if (n == 0)
    text = g_strdup (_("No topic yet. Add what needs a decision: what the meeting does not "
                       "reach goes to next week's meeting."));
  else
    /* Translators: above the topics: "2 of 5 topics settled; the others go to next week". */
    text = g_strdup_printf (ngettext ("%u of %u topic settled; the others go to next week.",
                                      "%u of %u topics settled; the others go to next week.", n),
                            decided, n);
  gtk_label_set_label (self->summary_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  ScMeetingTopics *self = user_data;
  ScMeetingTopicRow *row = sc_meeting_topic_row_new (self->session, SC_TOPIC (item));

  g_signal_connect_object (item, "notify", G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static void
on_add_cb (ScMeetingTopics *self)
{
  g_autoptr(GError) error = NULL;

  if (sc_meeting_session_add_topic (self->session,
                                    gtk_editable_get_text (GTK_EDITABLE (self->topic_entry)), 0,
                                    &error) == NULL)
    {
      sc_plan_ui_field_error (GTK_WIDGET (self->topic_entry), self->topic_message, error->message);
      return;
    }
  sc_plan_ui_field_error (GTK_WIDGET (self->topic_entry), self->topic_message, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->topic_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_entry));
}

static void
sc_meeting_topics_dispose (GObject *object)
{
  ScMeetingTopics *self = SC_MEETING_TOPICS (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_MEETING_TOPICS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sc_meeting_topics_parent_class)->dispose (object);
}

static void
sc_meeting_topics_class_init (ScMeetingTopicsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_meeting_topics_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-meeting-topics.ui");
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopics, topic_entry);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopics, topic_message);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopics, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingTopics, list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingtopics");
}

static void
sc_meeting_topics_init (ScMeetingTopics *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScMeetingTopics *
sc_meeting_topics_new (ScMeetingSession *session)
{
  ScMeetingTopics *self;
  GListModel *topics;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (session), NULL);

  self = g_object_new (SC_TYPE_MEETING_TOPICS, NULL);
  self->session = g_object_ref (session);
  topics = sc_meeting_session_get_topics (session);
  gtk_list_box_bind_model (self->list, topics, create_row_cb, self, NULL);
  g_signal_connect_object (topics, "items-changed", G_CALLBACK (update_summary), self,
                           G_CONNECT_SWAPPED);
  update_summary (self);
  return self;
}

GtkEntry *
sc_meeting_topics_get_entry (ScMeetingTopics *self)
{
  g_return_val_if_fail (SC_IS_MEETING_TOPICS (self), NULL);
  return self->topic_entry;
}

GtkWidget *
sc_meeting_topics_get_row (ScMeetingTopics *self,
                           guint            position)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SC_IS_MEETING_TOPICS (self), NULL);

  row = gtk_list_box_get_row_at_index (self->list, position);
  return row ? GTK_WIDGET (row) : NULL;
}
