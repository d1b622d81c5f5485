/* sc-meeting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The running meeting: clock, segments, attendance, topics, new actions.
 * Writing its record is in sc-meeting-save.c.
 */

#define G_LOG_DOMAIN "sc-meeting"

#include "config.h"

#include <math.h>

#include "sc-l10n.h"
#include "sc-meeting-private.h"
#include "sc-plan.h"

#define USEC G_USEC_PER_SEC

G_DEFINE_QUARK (sc-meeting-error-quark, sc_meeting_error)

G_DEFINE_FINAL_TYPE (ScMeetingSession, sc_meeting_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_CURRENT,
  PROP_SEGMENT_REMAINING,
  PROP_SEGMENT_OVERRUN,
  PROP_MEETING_REMAINING,
  PROP_MEETING_OVERRUN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Titles ------------------------------------------------------------------ */

const char *
sc_meeting_kind_title (ScSegmentKind kind,
                       ScLang        lang)
{
  switch (kind)
    {
    case SC_SEGMENT_KIND_KPIS:
      return L_(lang, "KPIs of the week");
    case SC_SEGMENT_KIND_ACTIONS:
      return L_(lang, "Actions due and overdue");
    case SC_SEGMENT_KIND_TOPICS:
      return L_(lang, "Topics and decisions");
    case SC_SEGMENT_KIND_WRAP_UP:
    default:
      return L_(lang, "New actions and wrap-up");
    }
}

const char *
sc_meeting_segment_title (ScRecord *segment,
                          ScLang    lang)
{
  gboolean agenda;
  const char *title;

  g_return_val_if_fail (SC_IS_AGENDA_SEGMENT (segment) || SC_IS_MEETING_SEGMENT (segment), "");

  agenda = SC_IS_AGENDA_SEGMENT (segment);
  title = sc_record_get_text (segment, agenda ? SC_AGENDA_TITLE : SC_SEGMENT_TITLE);
  if (*title != '\0')
    return title;
  return sc_meeting_kind_title (sc_record_get_int (segment, agenda ? SC_AGENDA_KIND
                                                                   : SC_SEGMENT_KIND), lang);
}

/* What the meeting looks at -------------------------------------------------- */

ScDay
sc_meeting_review_week (ScStore *store,
                        ScDay    today)
{
  ScCalendar cal;

  g_return_val_if_fail (SC_IS_STORE (store), SC_DAY_NONE);

  /* Four days back from a Monday is last week's Thursday; from a Friday,
   * this week's Monday: a week is reviewed once it has reached its
   * Friday, so that most of its figures are in. */
  sc_store_get_calendar (store, &cal);
  return sc_calendar_week_start (&cal, today - 4);
}

GPtrArray *
sc_meeting_actions_to_review (ScStore *store,
                              ScDay    today)
{
  GPtrArray *result;
  g_autoptr(GPtrArray) this_week = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  /* Both lists are by due day; the late ones come first. */
  result = sc_plan_overdue_actions (store, today);
  this_week = sc_plan_due_this_week (store, today);
  for (guint i = 0; i < this_week->len; i++)
    {
      ScAction *a = g_ptr_array_index (this_week, i);

      if (!sc_plan_action_is_overdue (a, today))
        g_ptr_array_add (result, g_object_ref (a));
    }
  return result;
}

/* The clock ------------------------------------------------------------------ */

static double
real_clock (gpointer data)
{
  return g_get_monotonic_time () / (double) USEC;
}

gint64
_sc_meeting_session_now (ScMeetingSession *self)
{
  return llround (self->clock (self->clock_data) * USEC);
}

static ScSessionSegment *
segment_at (ScMeetingSession *self,
            guint             index)
{
  return &g_array_index (self->segments, ScSessionSegment, index);
}

void
_sc_meeting_session_count (ScMeetingSession *self)
{
  gint64 now = _sc_meeting_session_now (self);

  if (self->state == SC_MEETING_STATE_RUNNING && self->segments->len > 0)
    segment_at (self, self->current)->used_us += MAX (now - self->last_us, 0);
  self->last_us = now;
}

gint64
_sc_meeting_session_total_us (ScMeetingSession *self)
{
  gint64 total = 0;

  for (guint i = 0; i < self->segments->len; i++)
    total += segment_at (self, i)->used_us;
  return total;
}

/* Notifies the countdowns and overrun flags that changed. */
static void
update (ScMeetingSession *self)
{
  gint64 segment = self->segments->len ? sc_meeting_session_get_remaining (self, self->current)
                                       : 0;
  gint64 meeting = sc_meeting_session_get_meeting_remaining (self);
  GObject *object = G_OBJECT (self);

  g_object_freeze_notify (object);
  if (segment != self->shown_segment_remaining)
    {
      self->shown_segment_remaining = segment;
      g_object_notify_by_pspec (object, properties[PROP_SEGMENT_REMAINING]);
    }
  if ((segment < 0) != self->shown_segment_overrun)
    {
      self->shown_segment_overrun = segment < 0;
      g_object_notify_by_pspec (object, properties[PROP_SEGMENT_OVERRUN]);
    }
  if (meeting != self->shown_meeting_remaining)
    {
      self->shown_meeting_remaining = meeting;
      g_object_notify_by_pspec (object, properties[PROP_MEETING_REMAINING]);
    }
  if ((meeting < 0) != self->shown_meeting_overrun)
    {
      self->shown_meeting_overrun = meeting < 0;
      g_object_notify_by_pspec (object, properties[PROP_MEETING_OVERRUN]);
    }
  g_object_thaw_notify (object);
}

static void
set_state (ScMeetingSession *self,
           ScMeetingState    state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

void
sc_meeting_session_start (ScMeetingSession *self)
{
  g_autoptr(GDateTime) now = NULL;
  int y, m, d;

  g_return_if_fail (SC_IS_MEETING_SESSION (self));
  g_return_if_fail (self->state == SC_MEETING_STATE_READY);

  /* The company's day (fixed for the sample company) at the time of day
   * of the wall clock. */
  now = g_date_time_new_now_local ();
  sc_day_to_ymd (self->day, &y, &m, &d);
  self->started = g_date_time_new_local (y, m, d, g_date_time_get_hour (now),
                                         g_date_time_get_minute (now),
                                         g_date_time_get_second (now));
  self->start_us = self->last_us = _sc_meeting_session_now (self);
  set_state (self, SC_MEETING_STATE_RUNNING);
  update (self);
}

void
sc_meeting_session_pause (ScMeetingSession *self)
{
  g_return_if_fail (SC_IS_MEETING_SESSION (self));

  if (self->state != SC_MEETING_STATE_RUNNING)
    return;
  _sc_meeting_session_count (self);
  set_state (self, SC_MEETING_STATE_PAUSED);
  update (self);
}

void
sc_meeting_session_resume (ScMeetingSession *self)
{
  g_return_if_fail (SC_IS_MEETING_SESSION (self));

  if (self->state != SC_MEETING_STATE_PAUSED)
    return;
  _sc_meeting_session_count (self);
  set_state (self, SC_MEETING_STATE_RUNNING);
}

void
sc_meeting_session_tick (ScMeetingSession *self)
{
  g_return_if_fail (SC_IS_MEETING_SESSION (self));

  _sc_meeting_session_count (self);
  update (self);
}

guint
sc_meeting_session_get_tick_delay (ScMeetingSession *self)
{
  gint64 now, segment_us, total_us, wait;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);

  if (self->state != SC_MEETING_STATE_RUNNING || self->segments->len == 0)
    return 0;

  /* The segment's and the meeting's seconds turn at different moments:
   * wake at the first of the two. */
  now = _sc_meeting_session_now (self);
  segment_us = segment_at (self, self->current)->used_us + (now - self->last_us);
  total_us = _sc_meeting_session_total_us (self) + (now - self->last_us);
  wait = MIN (USEC - segment_us % USEC, USEC - total_us % USEC);
  return (guint) ((wait + 999) / 1000);
}

ScMeetingState
sc_meeting_session_get_state (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), SC_MEETING_STATE_READY);
  return self->state;
}

ScDay
sc_meeting_session_get_day (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), SC_DAY_NONE);
  return self->day;
}

ScDay
sc_meeting_session_get_review_week (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), SC_DAY_NONE);
  return self->review_week;
}

ScStore *
sc_meeting_session_get_store (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), NULL);
  return self->store;
}

/* Segments ----------------------------------------------------------------- */

guint
sc_meeting_session_get_n_segments (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  return self->segments->len;
}

guint
sc_meeting_session_get_current (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  return self->current;
}

void
sc_meeting_session_set_current (ScMeetingSession *self,
                                guint             index)
{
  g_return_if_fail (SC_IS_MEETING_SESSION (self));
  g_return_if_fail (index < self->segments->len);

  if (self->current == index)
    return;
  _sc_meeting_session_count (self);
  self->current = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  update (self);
}

gboolean
sc_meeting_session_next (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), FALSE);

  if (self->current + 1 >= self->segments->len)
    return FALSE;
  sc_meeting_session_set_current (self, self->current + 1);
  return TRUE;
}

gboolean
sc_meeting_session_previous (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), FALSE);

  if (self->current == 0)
    return FALSE;
  sc_meeting_session_set_current (self, self->current - 1);
  return TRUE;
}

ScSegmentKind
sc_meeting_session_get_kind (ScMeetingSession *self,
                             guint             index)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), SC_SEGMENT_KIND_KPIS);
  g_return_val_if_fail (index < self->segments->len, SC_SEGMENT_KIND_KPIS);

  return segment_at (self, index)->kind;
}

const char *
sc_meeting_session_get_title (ScMeetingSession *self,
                              guint             index,
                              ScLang            lang)
{
  ScSessionSegment *segment;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), "");
  g_return_val_if_fail (index < self->segments->len, "");

  segment = segment_at (self, index);
  return *segment->title ? segment->title : sc_meeting_kind_title (segment->kind, lang);
}

gint64
sc_meeting_session_get_planned (ScMeetingSession *self,
                                guint             index)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  g_return_val_if_fail (index < self->segments->len, 0);

  return segment_at (self, index)->planned;
}

gint64
sc_meeting_session_get_used (ScMeetingSession *self,
                             guint             index)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  g_return_val_if_fail (index < self->segments->len, 0);

  return segment_at (self, index)->used_us / USEC;
}

gint64
sc_meeting_session_get_remaining (ScMeetingSession *self,
                                  guint             index)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  g_return_val_if_fail (index < self->segments->len, 0);

  /* Whole seconds used: the countdown shows 5:00 during the first
   * second, 0:00 during the 300th, and is over from 301 s on. */
  return segment_at (self, index)->planned - segment_at (self, index)->used_us / USEC;
}

gboolean
sc_meeting_session_is_overrun (ScMeetingSession *self,
                               guint             index)
{
  return sc_meeting_session_get_remaining (self, index) < 0;
}

const char *
sc_meeting_session_get_notes (ScMeetingSession *self,
                              guint             index)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), "");
  g_return_val_if_fail (index < self->segments->len, "");

  return segment_at (self, index)->notes;
}

void
sc_meeting_session_set_notes (ScMeetingSession *self,
                              guint             index,
                              const char       *notes)
{
  ScSessionSegment *segment;

  g_return_if_fail (SC_IS_MEETING_SESSION (self));
  g_return_if_fail (index < self->segments->len);

  segment = segment_at (self, index);
  g_free (segment->notes);
  segment->notes = g_strdup (notes ? notes : "");
}

gint64
sc_meeting_session_get_meeting_planned (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  return self->planned;
}

gint64
sc_meeting_session_get_meeting_elapsed (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  return _sc_meeting_session_total_us (self) / USEC;
}

gint64
sc_meeting_session_get_meeting_remaining (ScMeetingSession *self)
{
  g_return_val_if_fail (SC_IS_MEETING_SESSION (self), 0);
  return self->planned - sc_meeting_session_get_meeting_elapsed (self);
}

gboolean
sc_meeting_session_get_meeting_overrun (ScMeetingSession *self)
{
  return sc_meeting_session_get_meeting_remaining (self) < 0;
}

void
_sc_meeting_session_ended (ScMeetingSession *self,
                           gint64            meeting_id)
{
  self->meeting_id = meeting_id;
  set_state (self, SC_MEETING_STATE_ENDED);
}

/* Loading ----------------------------------------------------------------------- */

static int
compare_position (gconstpointer a,
                  gconstpointer b,
                  gpointer      column)
{
  ScRecord *x = *(ScRecord **) a;
  ScRecord *y = *(ScRecord **) b;
  gint64 px = sc_record_get_int (x, GPOINTER_TO_UINT (column));
  gint64 py = sc_record_get_int (y, GPOINTER_TO_UINT (column));

  if (px != py)
    return px < py ? -1 : 1;
  return (sc_record_get_id (x) > sc_record_get_id (y)) -
         (sc_record_get_id (x) < sc_record_get_id (y));
}

/* The rows of a cached table that pass keep, by position (new references). */
static GPtrArray *
sorted_rows (ScStore           *store,
             const ScTableInfo *table,
             guint              position_column,
             gboolean         (*keep) (ScRecord *row))
{
  GListModel *model = sc_store_get_list (store, table);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      ScRecord *row = g_list_model_get_item (model, i);

      if (keep == NULL || keep (row))
        g_ptr_array_add (rows, row);
      else
        g_object_unref (row);
    }
  g_ptr_array_sort_with_data (rows, compare_position, GUINT_TO_POINTER (position_column));
  return rows;
}

static void
segment_clear (gpointer data)
{
  ScSessionSegment *segment = data;

  g_free (segment->title);
  g_free (segment->notes);
}

GPtrArray *
sc_meeting_get_agenda (ScStore *store)
{
  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  return sorted_rows (store, &sc_agenda_table, SC_AGENDA_POSITION, NULL);
}

static void
load_agenda (ScMeetingSession *self)
{
  g_autoptr(GPtrArray) rows = sc_meeting_get_agenda (self->store);

  for (guint i = 0; i < rows->len; i++)
    {
      ScRecord *row = g_ptr_array_index (rows, i);
      ScSessionSegment segment = {
        .kind = sc_record_get_int (row, SC_AGENDA_KIND),
        .title = g_strdup (sc_record_get_text (row, SC_AGENDA_TITLE)),
        .planned = sc_record_get_int (row, SC_AGENDA_MINUTES) * 60,
        .notes = g_strdup (""),
      };

      g_array_append_val (self->segments, segment);
    }

  /* A file without an agenda still gets a timed meeting. */
  if (self->segments->len == 0)
    {
      ScSessionSegment segment = { SC_SEGMENT_KIND_TOPICS, g_strdup (""), self->planned, 0,
                                   g_strdup ("") };

      g_array_append_val (self->segments, segment);
    }
}

static gboolean
is_expected (ScRecord *person)
{
  return sc_record_get_bool (person, SC_PERSON_ACTIVE) &&
         sc_record_get_bool (person, SC_PERSON_IN_MEETING);
}

static gboolean
is_open_topic (ScRecord *topic)
{
  return sc_record_get_int (topic, SC_TOPIC_STATUS) == SC_TOPIC_OPEN;
}

static void
load (ScMeetingSession *self)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  ScRecord *company = SC_RECORD (sc_store_get_company (self->store));

  self->day = sc_store_get_today (self->store);
  self->review_week = sc_meeting_review_week (self->store, self->day);
  self->planned = sc_record_get_int (company, SC_COMPANY_MEETING_MINUTES) * 60;
  load_agenda (self);

  people = sorted_rows (self->store, &sc_person_table, SC_PERSON_POSITION, is_expected);
  for (guint i = 0; i < people->len; i++)
    {
      ScSessionAttendee attendee = { sc_record_get_id (g_ptr_array_index (people, i)), TRUE };

      g_array_append_val (self->attendance, attendee);
    }

  /* Drafts: the file's topics change only when the meeting ends. */
  topics = sorted_rows (self->store, &sc_topic_table, SC_TOPIC_ID, is_open_topic);
  for (guint i = 0; i < topics->len; i++)
    {
      g_autoptr(ScRecord) draft = sc_record_copy (g_ptr_array_index (topics, i));

      g_list_store_append (self->topics, draft);
    }

  self->shown_segment_remaining = sc_meeting_session_get_remaining (self, 0);
  self->shown_meeting_remaining = self->planned;
}

/* The object ------------------------------------------------------------------------ */

static void
sc_meeting_session_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ScMeetingSession *self = SC_MEETING_SESSION (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_CURRENT:
      g_value_set_uint (value, self->current);
      break;
    case PROP_SEGMENT_REMAINING:
      g_value_set_int64 (value, self->shown_segment_remaining);
      break;
    case PROP_SEGMENT_OVERRUN:
      g_value_set_boolean (value, self->shown_segment_overrun);
      break;
    case PROP_MEETING_REMAINING:
      g_value_set_int64 (value, self->shown_meeting_remaining);
      break;
    case PROP_MEETING_OVERRUN:
      g_value_set_boolean (value, self->shown_meeting_overrun);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_meeting_session_dispose (GObject *object)
{
  ScMeetingSession *self = SC_MEETING_SESSION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->topics);
  g_clear_object (&self->new_actions);

  G_OBJECT_CLASS (sc_meeting_session_parent_class)->dispose (object);
}

static void
sc_meeting_session_finalize (GObject *object)
{
  ScMeetingSession *self = SC_MEETING_SESSION (object);

  g_clear_pointer (&self->segments, g_array_unref);
  g_clear_pointer (&self->attendance, g_array_unref);
  g_clear_pointer (&self->left, g_hash_table_unref);
  g_clear_pointer (&self->figures, g_hash_table_unref);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_free (self->notes);

  G_OBJECT_CLASS (sc_meeting_session_parent_class)->finalize (object);
}

static void
sc_meeting_session_class_init (ScMeetingSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = sc_meeting_session_get_property;
  object_class->dispose = sc_meeting_session_dispose;
  object_class->finalize = sc_meeting_session_finalize;

  /* ScMeetingState */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, SC_MEETING_STATE_READY, SC_MEETING_STATE_ENDED,
                      SC_MEETING_STATE_READY, flags);
  properties[PROP_CURRENT] =
    g_param_spec_uint ("current", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* Seconds, negative when over; they notify once a second while running. */
  properties[PROP_SEGMENT_REMAINING] =
    g_param_spec_int64 ("segment-remaining", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_SEGMENT_OVERRUN] =
    g_param_spec_boolean ("segment-overrun", NULL, NULL, FALSE, flags);
  properties[PROP_MEETING_REMAINING] =
    g_param_spec_int64 ("meeting-remaining", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_MEETING_OVERRUN] =
    g_param_spec_boolean ("meeting-overrun", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sc_meeting_session_init (ScMeetingSession *self)
{
  self->segments = g_array_new (FALSE, TRUE, sizeof (ScSessionSegment));
  g_array_set_clear_func (self->segments, segment_clear);
  self->attendance = g_array_new (FALSE, TRUE, sizeof (ScSessionAttendee));
  self->topics = g_list_store_new (SC_TYPE_TOPIC);
  self->left = g_hash_table_new (NULL, NULL);
  self->new_actions = g_list_store_new (SC_TYPE_ACTION);
  self->figures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->notes = g_strdup ("");
}

ScMeetingSession *
sc_meeting_session_new (ScStore            *store,
                        ScMeetingClockFunc  clock,
                        gpointer            clock_data)
{
  ScMeetingSession *self;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_new (SC_TYPE_MEETING_SESSION, NULL);
  self->store = g_object_ref (store);
  self->clock = clock ? clock : real_clock;
  self->clock_data = clock_data;
  load (self);
  return self;
}
