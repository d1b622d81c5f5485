/* sc-minutes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-minutes"

#include "config.h"

#include <stdlib.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-meeting.h"
#include "sc-minutes.h"

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  ScRecord *x = *(ScRecord **) a;
  ScRecord *y = *(ScRecord **) b;
  int order = g_strcmp0 (sc_record_get_text (y, SC_MEETING_STARTED),
                         sc_record_get_text (x, SC_MEETING_STARTED));

  if (order != 0)
    return order;
  return (sc_record_get_id (y) > sc_record_get_id (x)) -
         (sc_record_get_id (y) < sc_record_get_id (x));
}

GPtrArray *
sc_minutes_list_meetings (ScStore *store)
{
  GListModel *meetings;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SC_IS_STORE (store), result);

  meetings = sc_store_get_list (store, &sc_meeting_table);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    g_ptr_array_add (result, g_list_model_get_item (meetings, i));
  g_ptr_array_sort (result, compare_newest_first);
  return result;
}

/* Building ------------------------------------------------------------------ */

static void
segment_free (gpointer data)
{
  ScMinutesSegment *s = data;

  g_free (s->title);
  g_free (s->notes);
  g_free (s);
}

static void
attendee_free (gpointer data)
{
  ScMinutesAttendee *a = data;

  g_free (a->name);
  g_free (a);
}

static void
topic_free (gpointer data)
{
  ScMinutesTopic *t = data;

  g_free (t->title);
  g_free (t->decision);
  g_free (t);
}

static void
action_free (gpointer data)
{
  ScMinutesAction *a = data;

  g_free (a->ref);
  g_free (a->title);
  g_free (a->owner);
  g_free (a);
}

void
sc_minutes_free (ScMinutes *minutes)
{
  if (minutes == NULL)
    return;
  g_free (minutes->notes);
  g_clear_pointer (&minutes->segments, g_ptr_array_unref);
  g_clear_pointer (&minutes->attendees, g_ptr_array_unref);
  g_clear_pointer (&minutes->decided, g_ptr_array_unref);
  g_clear_pointer (&minutes->dropped, g_ptr_array_unref);
  g_clear_pointer (&minutes->carried, g_ptr_array_unref);
  g_clear_pointer (&minutes->actions, g_ptr_array_unref);
  g_free (minutes);
}

static const char *
person_name (ScStore *store,
             gint64   person_id)
{
  ScRecord *person = sc_store_lookup (store, &sc_person_table, person_id);

  return person ? sc_record_get_text (person, SC_PERSON_NAME) : "";
}

static gboolean
add_segments (ScMinutes  *minutes,
              ScStore    *store,
              GError    **error)
{
  g_autoptr(GPtrArray) rows = sc_store_query_children (store, &sc_segment_table,
                                                       SC_SEGMENT_MEETING_ID,
                                                       minutes->meeting_id, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      ScRecord *row = g_ptr_array_index (rows, i);
      ScMinutesSegment *s = g_new0 (ScMinutesSegment, 1);

      s->kind = sc_record_get_int (row, SC_SEGMENT_KIND);
      s->title = g_strdup (sc_meeting_segment_title (row, minutes->lang));
      s->planned = sc_record_get_int (row, SC_SEGMENT_PLANNED);
      s->used = sc_record_get_int (row, SC_SEGMENT_USED);
      s->notes = g_strdup (sc_record_get_text (row, SC_SEGMENT_NOTES));
      g_ptr_array_add (minutes->segments, s);
    }
  return TRUE;
}

static int
compare_present_first (gconstpointer a,
                       gconstpointer b)
{
  const ScMinutesAttendee *x = *(ScMinutesAttendee **) a;
  const ScMinutesAttendee *y = *(ScMinutesAttendee **) b;

  return y->present - x->present;
}

static gboolean
add_attendees (ScMinutes  *minutes,
               ScStore    *store,
               GError    **error)
{
  g_autoptr(GPtrArray) rows = sc_store_query_children (store, &sc_attendance_table,
                                                       SC_ATTENDANCE_MEETING_ID,
                                                       minutes->meeting_id, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      ScRecord *row = g_ptr_array_index (rows, i);
      ScMinutesAttendee *a = g_new0 (ScMinutesAttendee, 1);

      a->person_id = sc_record_get_ref (row, SC_ATTENDANCE_PERSON_ID);
      a->name = g_strdup (person_name (store, a->person_id));
      a->present = sc_record_get_bool (row, SC_ATTENDANCE_PRESENT);
      g_ptr_array_add (minutes->attendees, a);
    }
  /* Stable: the meeting's order is kept within each group. */
  g_ptr_array_sort (minutes->attendees, compare_present_first);
  return TRUE;
}

/* Which list of the minutes a topic belongs to. Meeting ids grow with
 * time: a topic first put on the agenda at or before this meeting and
 * still open, or closed only later, was carried from this meeting. */
static GPtrArray *
topic_list (ScMinutes *minutes,
            ScRecord  *topic)
{
  gint64 id = minutes->meeting_id;
  gint64 first = sc_record_get_ref (topic, SC_TOPIC_MEETING_ID);
  gint64 closed = sc_record_get_ref (topic, SC_TOPIC_DECIDED_MEETING_ID);
  ScTopicStatus status = sc_record_get_int (topic, SC_TOPIC_STATUS);

  if (closed == id)
    return status == SC_TOPIC_DECIDED ? minutes->decided : minutes->dropped;
  if (first != 0 && first <= id && (status == SC_TOPIC_OPEN || closed > id))
    return minutes->carried;
  return NULL;
}

struct _ScMinutesReader
{
  ScStore    *store;
  GPtrArray  *topics;              /* ScRecord: every topic of the file */
  GHashTable *actions_by_meeting;  /* meeting id → GPtrArray of ScRecord */
};

ScMinutesReader *
sc_minutes_reader_new (ScStore *store)
{
  ScMinutesReader *reader;
  GListModel *topics, *actions;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  reader = g_new0 (ScMinutesReader, 1);
  reader->store = g_object_ref (store);
  reader->topics = g_ptr_array_new_with_free_func (g_object_unref);
  reader->actions_by_meeting = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      (GDestroyNotify) g_ptr_array_unref);
  topics = sc_store_get_list (store, &sc_topic_table);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    g_ptr_array_add (reader->topics, g_list_model_get_item (topics, i));

  actions = sc_store_get_list (store, &sc_action_table);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      ScRecord *row = g_list_model_get_item (actions, i);
      gint64 meeting_id = sc_record_get_ref (row, SC_ACTION_MEETING_ID);
      GPtrArray *list;

      if (meeting_id == 0)
        {
          g_object_unref (row);
          continue;
        }
      list = g_hash_table_lookup (reader->actions_by_meeting, &meeting_id);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (reader->actions_by_meeting, g_memdup2 (&meeting_id, sizeof meeting_id),
                               list);
        }
      g_ptr_array_add (list, row);
    }
  return reader;
}

void
sc_minutes_reader_free (ScMinutesReader *reader)
{
  if (reader == NULL)
    return;
  g_object_unref (reader->store);
  g_ptr_array_unref (reader->topics);
  g_hash_table_unref (reader->actions_by_meeting);
  g_free (reader);
}

static void
add_topics (ScMinutes       *minutes,
            ScMinutesReader *reader)
{
  for (guint i = 0; i < reader->topics->len; i++)
    {
      ScRecord *row = g_ptr_array_index (reader->topics, i);
      GPtrArray *list = topic_list (minutes, row);
      ScMinutesTopic *t;

      if (list == NULL)
        continue;
      t = g_new0 (ScMinutesTopic, 1);
      t->topic_id = sc_record_get_id (row);
      t->title = g_strdup (sc_record_get_text (row, SC_TOPIC_TITLE));
      t->decision = g_strdup (list == minutes->decided
                              ? sc_record_get_text (row, SC_TOPIC_DECISION) : "");
      t->status = list == minutes->carried ? SC_TOPIC_OPEN : sc_record_get_int (row, SC_TOPIC_STATUS);
      t->carried = sc_record_get_int (row, SC_TOPIC_CARRIED);
      g_ptr_array_add (list, t);
    }
}

static void
add_actions (ScMinutes       *minutes,
             ScMinutesReader *reader)
{
  GPtrArray *actions = g_hash_table_lookup (reader->actions_by_meeting, &minutes->meeting_id);
  ScStore *store = reader->store;

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      ScRecord *row = g_ptr_array_index (actions, i);
      ScMinutesAction *a;

      a = g_new0 (ScMinutesAction, 1);
      a->action_id = sc_record_get_id (row);
      a->ref = g_strdup (sc_record_get_text (row, SC_ACTION_REF));
      a->title = g_strdup (sc_record_get_text (row, SC_ACTION_TITLE));
      a->owner = g_strdup (person_name (store, sc_record_get_ref (row, SC_ACTION_OWNER_ID)));
      a->due = sc_record_get_date (row, SC_ACTION_DUE);
      g_ptr_array_add (minutes->actions, a);
    }
}

/* "2025-09-22T08:31:05" → the day and the minute of the day. */
static void
parse_started (ScMinutes  *minutes,
               const char *started)
{
  char day[11] = "";

  g_strlcpy (day, started, sizeof day);
  minutes->day = sc_day_from_iso (day);
  if (strlen (started) >= 16 && started[10] == 'T')
    minutes->start_minute = atoi (started + 11) * 60 + atoi (started + 14);
}

ScMinutes *
sc_minutes_new (ScStore  *store,
                gint64    meeting_id,
                ScLang    lang,
                GError  **error)
{
  g_autoptr(ScMinutesReader) reader = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  reader = sc_minutes_reader_new (store);
  return sc_minutes_reader_read (reader, meeting_id, lang, error);
}

ScMinutes *
sc_minutes_reader_read (ScMinutesReader  *reader,
                        gint64            meeting_id,
                        ScLang            lang,
                        GError          **error)
{
  g_autoptr(ScMinutes) minutes = NULL;
  ScStore *store;
  ScRecord *meeting;

  g_return_val_if_fail (reader != NULL, NULL);

  store = reader->store;
  meeting = sc_store_lookup (store, &sc_meeting_table, meeting_id);
  if (meeting == NULL)
    {
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_NOT_FOUND,
                   "%s", L_(lang, "This meeting is no longer in the company file."));
      return NULL;
    }

  minutes = g_new0 (ScMinutes, 1);
  minutes->lang = lang;
  minutes->meeting_id = meeting_id;
  parse_started (minutes, sc_record_get_text (meeting, SC_MEETING_STARTED));
  minutes->duration = sc_record_get_int (meeting, SC_MEETING_DURATION);
  minutes->planned_minutes = sc_record_get_int (meeting, SC_MEETING_PLANNED_MINUTES);
  minutes->notes = g_strdup (sc_record_get_text (meeting, SC_MEETING_NOTES));
  minutes->segments = g_ptr_array_new_with_free_func (segment_free);
  minutes->attendees = g_ptr_array_new_with_free_func (attendee_free);
  minutes->decided = g_ptr_array_new_with_free_func (topic_free);
  minutes->dropped = g_ptr_array_new_with_free_func (topic_free);
  minutes->carried = g_ptr_array_new_with_free_func (topic_free);
  minutes->actions = g_ptr_array_new_with_free_func (action_free);

  if (!add_segments (minutes, store, error) || !add_attendees (minutes, store, error))
    return NULL;
  add_topics (minutes, reader);
  add_actions (minutes, reader);
  return g_steal_pointer (&minutes);
}

guint
sc_minutes_count_present (const ScMinutes *minutes)
{
  guint n = 0;

  g_return_val_if_fail (minutes != NULL, 0);

  for (guint i = 0; i < minutes->attendees->len; i++)
    n += ((ScMinutesAttendee *) g_ptr_array_index (minutes->attendees, i))->present;
  return n;
}

/* Text ---------------------------------------------------------------------- */

/* The formats below come from the catalogue of the minutes' language
 * (L_ () is not gettext, so the compiler cannot see the literal);
 * msgfmt --check-format keeps the translations' conversions identical. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

char *
sc_minutes_dup_length (ScLang lang,
                       gint64 duration,
                       int    planned_minutes)
{
  g_autofree char *used = sc_format_minutes (lang, (int) ((duration + 30) / 60));
  g_autofree char *planned = sc_format_minutes (lang, planned_minutes);

  /* Translators: a meeting's length against its plan, "31 min of 30 min". */
  return g_strdup_printf (L_(lang, "%s of %s"), used, planned);
}


static void
append_people (GString         *text,
               const ScMinutes *minutes,
               gboolean         present)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint i = 0; i < minutes->attendees->len; i++)
    {
      ScMinutesAttendee *a = g_ptr_array_index (minutes->attendees, i);

      if (a->present == present)
        g_ptr_array_add (names, a->name);
    }
  if (names->len == 0)
    return;
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);
  /* Translators: "Present (4): Nathalie Bergeron, …" in the minutes. */
  g_string_append_printf (text, present ? L_(minutes->lang, "Present (%u): %s\n")
                                        : L_(minutes->lang, "Absent (%u): %s\n"),
                          names->len - 1, joined);
}

static void
append_segments (GString         *text,
                 const ScMinutes *minutes)
{
  g_string_append_printf (text, "\n%s\n", L_(minutes->lang, "Agenda"));
  for (guint i = 0; i < minutes->segments->len; i++)
    {
      ScMinutesSegment *s = g_ptr_array_index (minutes->segments, i);
      g_autofree char *used = sc_format_clock (s->used);
      g_autofree char *planned = sc_format_clock (s->planned);

      /* Translators: a segment in the minutes: "1. KPIs of the week (05:12 of 05:00)". */
      g_string_append_printf (text, L_(minutes->lang, "%u. %s (%s of %s)\n"), i + 1, s->title,
                              used, planned);
      if (*s->notes != '\0')
        {
          g_auto(GStrv) lines = g_strsplit (s->notes, "\n", -1);

          for (guint j = 0; lines[j] != NULL; j++)
            g_string_append_printf (text, "   %s\n", lines[j]);
        }
    }
}

static void
append_topics (GString         *text,
               const ScMinutes *minutes)
{
  ScLang lang = minutes->lang;

  if (minutes->decided->len > 0)
    g_string_append_printf (text, "\n%s\n", L_(lang, "Decisions"));
  for (guint i = 0; i < minutes->decided->len; i++)
    {
      ScMinutesTopic *t = g_ptr_array_index (minutes->decided, i);

      /* Translators: a decision in the minutes: topic, then what was decided. */
      g_string_append_printf (text, L_(lang, "• %s: %s\n"), t->title, t->decision);
    }

  if (minutes->carried->len > 0)
    g_string_append_printf (text, "\n%s\n", L_(lang, "Carried to the next meeting"));
  for (guint i = 0; i < minutes->carried->len; i++)
    {
      ScMinutesTopic *t = g_ptr_array_index (minutes->carried, i);
      g_autofree char *times = g_strdup_printf (LN_(lang, "carried %u time", "carried %u times",
                                                    t->carried), t->carried);

      g_string_append_printf (text, "• %s (%s)\n", t->title, times);
    }

  if (minutes->dropped->len > 0)
    g_string_append_printf (text, "\n%s\n", L_(lang, "Topics closed without a decision"));
  for (guint i = 0; i < minutes->dropped->len; i++)
    g_string_append_printf (text, "• %s\n",
                            ((ScMinutesTopic *) g_ptr_array_index (minutes->dropped, i))->title);
}

static void
append_actions (GString         *text,
                const ScMinutes *minutes)
{
  if (minutes->actions->len > 0)
    g_string_append_printf (text, "\n%s\n", L_(minutes->lang, "New actions"));
  for (guint i = 0; i < minutes->actions->len; i++)
    {
      ScMinutesAction *a = g_ptr_array_index (minutes->actions, i);
      g_autofree char *due = sc_format_date_long (minutes->lang, a->due, FALSE);

      /* Translators: an action in the minutes: ref, title, owner, due date. */
      g_string_append_printf (text, L_(minutes->lang, "• %s %s: %s, due %s\n"), a->ref, a->title,
                              a->owner, due);
    }
}

char *
sc_minutes_to_text (const ScMinutes *minutes)
{
  GString *text;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  g_autofree char *length = NULL;

  g_return_val_if_fail (minutes != NULL, NULL);

  text = g_string_new (NULL);
  day = sc_format_date_long (minutes->lang, minutes->day, TRUE);
  time = sc_format_time_of_day (minutes->lang, minutes->start_minute);
  length = sc_minutes_dup_length (minutes->lang, minutes->duration, minutes->planned_minutes);
  /* Translators: the first line of the minutes: "Weekly meeting: Monday, September 22, 2025". */
  g_string_append_printf (text, L_(minutes->lang, "Weekly meeting: %s\n"), day);
  /* Translators: "Started at 8:30 a.m. · 31 min of 30 min". */
  g_string_append_printf (text, L_(minutes->lang, "Started at %s · %s\n\n"), time, length);
  append_people (text, minutes, TRUE);
  append_people (text, minutes, FALSE);
  append_segments (text, minutes);
  append_topics (text, minutes);
  append_actions (text, minutes);
  if (*minutes->notes != '\0')
    g_string_append_printf (text, "\n%s\n%s\n", L_(minutes->lang, "Notes"), minutes->notes);
  return g_string_free (text, FALSE);
}

#pragma GCC diagnostic pop
