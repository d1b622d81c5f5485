/* sc-meeting-items.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a meeting records besides its time: attendance, topics, actions
 * created on the spot, figures typed, notes.
 */

#define G_LOG_DOMAIN "sc-meeting"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-l10n.h"
#include "sc-meeting-private.h"
#include "sc-metrics.h"
#include "sc-plan.h"
#include "sc-values.h"

/* Attendance ------------------------------------------------------------------ */

static ScSessionAttendee *
find_attendee (ScMeetingSession *self,
               gint64            person_id)
{
  for (guint i = 0; i < self->attendance->len; i++)
    if (g_array_index (self->attendance, ScSessionAttendee, i).person_id == person_id)
      return &g_array_index (self->attendance, ScSessionAttendee, i);
  return NULL;
}

GPtrArray *
sc_meeting_session_get_people (ScMeetingSession *self)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), people);

  for (guint i = 0; i < self->attendance->len; i++)
    {
      gint64 id = g_array_index (self->attendance, ScSessionAttendee, i).person_id;
      ScRecord *person = sc_store_lookup (self->store, &sc_person_table, id);

      if (person != NULL)
        g_ptr_array_add (people, g_object_ref (person));
    }
  return people;
}

gboolean
sc_meeting_session_get_present (ScMeetingSession *self,
                                gint64            person_id)
{
  ScSessionAttendee *attendee;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), FALSE);

  attendee = find_attendee (self, person_id);
  return attendee != NULL && attendee->present;
}

void
sc_meeting_session_set_present (ScMeetingSession *self,
                                gint64            person_id,
                                gboolean          present)
{
  ScSessionAttendee *attendee;

  g_return_if_fail (SC_IS_MEETING_SESSION (self));

  attendee = find_attendee (self, person_id);
  g_return_if_fail (attendee != NULL);
  attendee->present = !!present;
}

guint
sc_meeting_session_count_present (ScMeetingSession *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);

  for (guint i = 0; i < self->attendance->len; i++)
    n += g_array_index (self->attendance, ScSessionAttendee, i).present;
  return n;
}

/* Topics ------------------------------------------------------------------------ */

static gboolean
fail (GError         **error,
      ScMeetingError   code,
      const char      *message)
{
  g_set_error_literal (error, SC_MEETING_ERROR, code, message);
  return FALSE;
}

GListModel *
sc_meeting_session_get_topics (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), NULL);
  return G_LIST_MODEL (self->topics);
}

ScTopic *
sc_meeting_session_add_topic (ScMeetingSession  *self,
                              const char        *title,
                              gint64             owner_id,
                              GError           **error)
{
  g_autoptr(ScRecord) topic = NULL;
  g_autofree char *text = g_strstrip (g_strdup (title ? title : ""));

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), NULL);

  if (*text == '\0')
    {
      fail (error, SC_MEETING_ERROR_NO_TITLE, _("Type the topic to discuss."));
      return NULL;
    }

  topic = sc_record_new (SC_TYPE_TOPIC);
  sc_record_set_text (topic, SC_TOPIC_TITLE, text);
  sc_record_set_ref (topic, SC_TOPIC_OWNER_ID, owner_id);
  sc_record_set_date (topic, SC_TOPIC_CREATED, self->day);
  sc_record_set_int (topic, SC_TOPIC_STATUS, SC_TOPIC_OPEN);
  g_list_store_append (self->topics, topic);
  return SC_TOPIC (topic);
}

static gboolean
has_topic (ScMeetingSession *self,
           ScTopic          *topic,
           guint            *position)
{
  return g_list_store_find (self->topics, topic, position);
}

gboolean
sc_meeting_session_decide_topic (ScMeetingSession  *self,
                                 ScTopic           *topic,
                                 const char        *decision,
                                 GError           **error)
{
  g_autofree char *text = g_strstrip (g_strdup (decision ? decision : ""));

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), FALSE);
  g_return_val_if_fail (has_topic (self, topic, NULL), FALSE);

  if (*text == '\0')
    return fail (error, SC_MEETING_ERROR_NO_DECISION,
                 _("Say what was decided: the decision is kept in the minutes."));

  g_hash_table_remove (self->left, topic);
  sc_record_set_text (SC_RECORD (topic), SC_TOPIC_DECISION, text);
  sc_record_set_int (SC_RECORD (topic), SC_TOPIC_STATUS, SC_TOPIC_DECIDED);
  return TRUE;
}

void
sc_meeting_session_leave_topic (ScMeetingSession *self,
                                ScTopic          *topic)
{
  g_return_if_fail (SC_IS_MEETING_SESSION (self));
  g_return_if_fail (has_topic (self, topic, NULL));

  g_hash_table_add (self->left, topic);
  sc_record_set_text (SC_RECORD (topic), SC_TOPIC_DECISION, "");
  sc_record_set_int (SC_RECORD (topic), SC_TOPIC_STATUS, SC_TOPIC_OPEN);
}

gboolean
sc_meeting_session_topic_is_left (ScMeetingSession *self,
                                  ScTopic          *topic)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), FALSE);
  return g_hash_table_contains (self->left, topic);
}

void
sc_meeting_session_drop_topic (ScMeetingSession *self,
                               ScTopic          *topic)
{
  guint position;

  g_return_if_fail (SC_IS_MEETING_SESSION (self));
  g_return_if_fail (has_topic (self, topic, &position));

  g_hash_table_remove (self->left, topic);
  if (sc_record_get_id (SC_RECORD (topic)) == 0)
    {
      g_list_store_remove (self->topics, position);
      return;
    }
  sc_record_set_text (SC_RECORD (topic), SC_TOPIC_DECISION, "");
  sc_record_set_int (SC_RECORD (topic), SC_TOPIC_STATUS, SC_TOPIC_DROPPED);
}

/* Actions and figures ------------------------------------------------------------ */

ScAction *
sc_meeting_session_add_action (ScMeetingSession  *self,
                               const char        *title,
                               gint64             owner_id,
                               ScDay              due,
                               GError           **error)
{
  g_autoptr(ScAction) draft = NULL;
  g_autofree char *text = g_strstrip (g_strdup (title ? title : ""));

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), NULL);

  draft = sc_plan_new_action (self->store, 0, 0);
  sc_record_set_text (SC_RECORD (draft), SC_ACTION_TITLE, text);
  sc_record_set_ref (SC_RECORD (draft), SC_ACTION_OWNER_ID, owner_id);
  sc_record_set_date (SC_RECORD (draft), SC_ACTION_DUE, due);
  if (!sc_plan_validate_action (self->store, draft, error))
    return NULL;

  g_list_store_append (self->new_actions, draft);
  return draft;
}

void
sc_meeting_session_remove_action (ScMeetingSession *self,
                                  ScAction         *action)
{
  guint position;

  g_return_if_fail (SC_IS_MEETING_SESSION (self));

  if (g_list_store_find (self->new_actions, action, &position))
    g_list_store_remove (self->new_actions, position);
}

GListModel *
sc_meeting_session_get_new_actions (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), NULL);
  return G_LIST_MODEL (self->new_actions);
}

gboolean
sc_meeting_session_set_figure (ScMeetingSession  *self,
                               ScKpi             *kpi,
                               const char        *text,
                               GError           **error)
{
  ScDay period;
  gint64 id;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), FALSE);
  g_return_val_if_fail (SC_IS_KPI (kpi), FALSE);

  period = sc_metrics_entry_period (sc_metrics_for_store (self->store), kpi, self->review_week);
  if (!sc_values_set_text (self->store, kpi, period, sc_l10n_ui_lang (), text, error))
    return FALSE;

  id = sc_record_get_id (SC_RECORD (kpi));
  g_hash_table_add (self->figures, g_memdup2 (&id, sizeof id));
  return TRUE;
}

guint
sc_meeting_session_count_figures (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  return g_hash_table_size (self->figures);
}

void
sc_meeting_session_set_meeting_notes (ScMeetingSession *self,
                                      const char       *notes)
{
  g_return_if_fail (SC_IS_MEETING_SESSION (self));

  g_free (self->notes);
  self->notes = g_strdup (notes ? notes : "");
}

gint64
sc_meeting_session_get_meeting_id (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  return self->meeting_id;
}
