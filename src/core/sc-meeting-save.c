/* sc-meeting-save.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ending a meeting writes its record as one change of the store: the
 * meeting row first (the others refer to it), then its segments and
 * attendance, the topics (decided ones closed, the others carried to next
 * week) and the actions created on the spot. Undo takes the rows back in
 * reverse order, so one Undo removes the whole meeting.
 */

#define G_LOG_DOMAIN "sc-meeting"

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "sc-meeting-private.h"
#include "sc-plan.h"

static char *
format_time (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S");
}

static gint64
put_meeting (ScMeetingSession  *self,
             ScChange          *change,
             GError           **error)
{
  g_autoptr(ScRecord) row = sc_record_new (SC_TYPE_MEETING);
  g_autoptr(GDateTime) ended = NULL;
  g_autofree char *started_text = format_time (self->started);
  g_autofree char *ended_text = NULL;
  ScCalendar cal;

  /* The wall clock at the end: the start plus the time that passed,
   * pauses included (the duration counts only the time the meeting ran). */
  ended = g_date_time_add_seconds (self->started,
                                   (_sc_meeting_session_now (self) - self->start_us) /
                                   (double) G_USEC_PER_SEC);
  ended_text = format_time (ended);

  sc_store_get_calendar (self->store, &cal);
  sc_record_set_date (row, SC_MEETING_WEEK, sc_calendar_week_start (&cal, self->day));
  sc_record_set_text (row, SC_MEETING_STARTED, started_text);
  sc_record_set_text (row, SC_MEETING_ENDED, ended_text);
  sc_record_set_int (row, SC_MEETING_PLANNED_MINUTES, self->planned / 60);
  sc_record_set_int (row, SC_MEETING_DURATION, sc_meeting_session_get_meeting_elapsed (self));
  sc_record_set_text (row, SC_MEETING_NOTES, self->notes);
  if (!sc_change_put (change, row, error))
    return 0;
  return sc_record_get_id (row);
}

static gboolean
put_segments (ScMeetingSession  *self,
              ScChange          *change,
              gint64             meeting_id,
              GError           **error)
{
  for (guint i = 0; i < self->segments->len; i++)
    {
      ScSessionSegment *segment = &g_array_index (self->segments, ScSessionSegment, i);
      g_autoptr(ScRecord) row = sc_record_new (SC_TYPE_MEETING_SEGMENT);

      sc_record_set_ref (row, SC_SEGMENT_MEETING_ID, meeting_id);
      sc_record_set_int (row, SC_SEGMENT_POSITION, i);
      sc_record_set_int (row, SC_SEGMENT_KIND, segment->kind);
      sc_record_set_text (row, SC_SEGMENT_TITLE, segment->title);
      sc_record_set_int (row, SC_SEGMENT_PLANNED, segment->planned);
      sc_record_set_int (row, SC_SEGMENT_USED, segment->used_us / G_USEC_PER_SEC);
      sc_record_set_text (row, SC_SEGMENT_NOTES, segment->notes);
      if (!sc_change_put (change, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
put_attendance (ScMeetingSession  *self,
                ScChange          *change,
                gint64             meeting_id,
                GError           **error)
{
  for (guint i = 0; i < self->attendance->len; i++)
    {
      ScSessionAttendee *attendee = &g_array_index (self->attendance, ScSessionAttendee, i);
      g_autoptr(ScRecord) row = sc_record_new (SC_TYPE_ATTENDANCE);

      sc_record_set_ref (row, SC_ATTENDANCE_MEETING_ID, meeting_id);
      sc_record_set_ref (row, SC_ATTENDANCE_PERSON_ID, attendee->person_id);
      sc_record_set_bool (row, SC_ATTENDANCE_PRESENT, attendee->present);
      if (!sc_change_put (change, row, error))
        return FALSE;
    }
  return TRUE;
}

/* The topic as the file keeps it after this meeting: closed with the
 * meeting that closed it, or carried once more. NULL when the topic was
 * deleted from the file meanwhile. The draft itself is left as it is, so
 * that a failed save can be tried again. */
static ScRecord *
settle_topic (ScMeetingSession *self,
              ScRecord         *draft,
              gint64            meeting_id)
{
  gint64 id = sc_record_get_id (draft);
  ScRecord *stored = id ? sc_store_lookup (self->store, &sc_topic_table, id) : NULL;
  ScRecord *row;

  if (id != 0 && stored == NULL)
    return NULL;

  row = sc_record_copy (draft);
  if (sc_record_get_ref (row, SC_TOPIC_MEETING_ID) == 0)
    sc_record_set_ref (row, SC_TOPIC_MEETING_ID, meeting_id);
  if (sc_record_get_int (row, SC_TOPIC_STATUS) == SC_TOPIC_OPEN)
    sc_record_set_int (row, SC_TOPIC_CARRIED,
                       (stored ? sc_record_get_int (stored, SC_TOPIC_CARRIED) : 0) + 1);
  else
    sc_record_set_ref (row, SC_TOPIC_DECIDED_MEETING_ID, meeting_id);
  return row;
}

static gboolean
put_topics (ScMeetingSession  *self,
            ScChange          *change,
            gint64             meeting_id,
            GError           **error)
{
  GListModel *topics = G_LIST_MODEL (self->topics);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(ScRecord) draft = g_list_model_get_item (topics, i);
      g_autoptr(ScRecord) row = settle_topic (self, draft, meeting_id);

      if (row != NULL && !sc_change_put (change, row, error))
        return FALSE;
    }
  return TRUE;
}

/* sc_plan_save_action () writes an action in a change of its own; these
 * join the meeting's change, with the columns it would give them. */
static gboolean
put_actions (ScMeetingSession  *self,
             ScChange          *change,
             gint64             meeting_id,
             GPtrArray         *rows,
             GError           **error)
{
  GListModel *actions = G_LIST_MODEL (self->new_actions);
  guint next = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(ScAction) draft = g_list_model_get_item (actions, i);
      ScRecord *row = sc_record_copy (SC_RECORD (draft));
      g_autofree char *ref = NULL;

      g_ptr_array_add (rows, row);
      if (!sc_plan_validate_action (self->store, draft, error))
        return FALSE;

      /* The store's lists only learn of these rows at the commit. */
      if (next == 0)
        {
          g_autofree char *first = sc_plan_next_action_ref (self->store,
                                                            sc_record_get_int (row, SC_ACTION_FISCAL_YEAR),
                                                            sc_record_get_int (row, SC_ACTION_QUARTER));

          next = (guint) strtoul (first + 1, NULL, 10);
        }
      ref = g_strdup_printf ("A%02u", next++);
      sc_record_set_text (row, SC_ACTION_REF, ref);
      sc_record_set_date (row, SC_ACTION_ORIGINAL_DUE, sc_record_get_date (row, SC_ACTION_DUE));
      sc_record_set_date (row, SC_ACTION_CREATED, self->day);
      sc_record_set_ref (row, SC_ACTION_MEETING_ID, meeting_id);
      if (!sc_change_put (change, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
put_all (ScMeetingSession  *self,
         ScChange          *change,
         GPtrArray         *action_rows,
         gint64            *meeting_id,
         GError           **error)
{
  *meeting_id = put_meeting (self, change, error);
  return *meeting_id != 0 &&
         put_segments (self, change, *meeting_id, error) &&
         put_attendance (self, change, *meeting_id, error) &&
         put_topics (self, change, *meeting_id, error) &&
         put_actions (self, change, *meeting_id, action_rows, error);
}

gboolean
sc_meeting_session_end (ScMeetingSession  *self,
                        GError           **error)
{
  g_autoptr(GPtrArray) action_rows = g_ptr_array_new_with_free_func (g_object_unref);
  ScChange *change;
  gint64 meeting_id = 0;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), FALSE);

  if (self->state != SC_MEETING_STATE_RUNNING && self->state != SC_MEETING_STATE_PAUSED)
    {
      g_set_error_literal (error, SC_MEETING_ERROR, SC_MEETING_ERROR_NOT_RUNNING,
                           _("The meeting has not started, or it has already ended."));
      return FALSE;
    }

  _sc_meeting_session_count (self);
  change = sc_store_begin (self->store, _("Weekly meeting"), error);
  if (change == NULL)
    return FALSE;
  if (!put_all (self, change, action_rows, &meeting_id, error))
    {
      sc_store_rollback (self->store, change);
      return FALSE;
    }
  if (!sc_store_commit (self->store, change, error))
    return FALSE;

  /* The drafts now show what was written: refs and ids. */
  for (guint i = 0; i < action_rows->len; i++)
    {
      g_autoptr(ScRecord) draft = g_list_model_get_item (G_LIST_MODEL (self->new_actions), i);

      sc_record_assign (draft, g_ptr_array_index (action_rows, i));
    }
  _sc_meeting_session_ended (self, meeting_id);
  return TRUE;
}
