/* sc-meeting.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ScMeetingSession runs one weekly meeting (PRODUCT.md §3.4): the timed
 * segments of the company's agenda, the countdowns of the segment and of
 * the whole meeting, the overrun signals, pause, attendance, notes per
 * segment, the topics (decided, left for next week, dropped) and the
 * actions created on the spot.
 *
 * Time comes from an injected clock, so a test runs a whole meeting in
 * milliseconds. The session is passive: whoever shows it calls
 * sc_meeting_session_tick() (sc_meeting_session_get_tick_delay() says when
 * the next second falls), and the properties notify when their value
 * changes: "segment-overrun" exactly when the segment's remaining time goes
 * below zero (at planned + 1 s), "meeting-overrun" likewise.
 *
 * Nothing of the meeting's own record is written before it ends: ending
 * writes the meeting, its segments, attendance, topics and new actions in
 * one transaction (one Undo entry); a session dropped without ending
 * writes nothing. Figures typed during the meeting are the company's
 * figures: they are written as they are typed, like in the scorecard.
 */

#pragma once

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_MEETING_ERROR (sc_meeting_error_quark ())

typedef enum
{
  SC_MEETING_ERROR_NO_TITLE,      /* a topic without a title */
  SC_MEETING_ERROR_NO_DECISION,   /* deciding without saying what */
  SC_MEETING_ERROR_NOT_RUNNING,   /* ending a meeting not started or already ended */
} ScMeetingError;

typedef enum
{
  SC_MEETING_STATE_READY,      /* not started: the clock shows the full length */
  SC_MEETING_STATE_RUNNING,
  SC_MEETING_STATE_PAUSED,
  SC_MEETING_STATE_ENDED,      /* saved */
} ScMeetingState;

/* Monotonic time in seconds (fractions allowed), like
 * g_get_monotonic_time () / G_USEC_PER_SEC. */
typedef double (*ScMeetingClockFunc) (gpointer user_data);

#define SC_TYPE_MEETING_SESSION (sc_meeting_session_get_type ())

G_DECLARE_FINAL_TYPE (ScMeetingSession, sc_meeting_session, SC, MEETING_SESSION, GObject)

GQuark            sc_meeting_error_quark            (void);

/* The default title of a segment kind ("KPIs of the week"). */
const char       *sc_meeting_kind_title             (ScSegmentKind     kind,
                                                     ScLang            lang);
/* The title of an agenda or meeting segment row: its own or its kind's. */
const char       *sc_meeting_segment_title          (ScRecord         *segment,
                                                     ScLang            lang);
/* The company's standard agenda, by position (new references to
 * ScAgendaSegment). */
GPtrArray        *sc_meeting_get_agenda             (ScStore          *store);
/* The week whose figures the meeting reviews: the last week that has
 * reached its Friday (a Monday meeting reviews last week). */
ScDay             sc_meeting_review_week            (ScStore          *store,
                                                     ScDay             today);
/* Open actions due in today's week or late, most days late first, then
 * by due day (new references). */
GPtrArray        *sc_meeting_actions_to_review      (ScStore          *store,
                                                     ScDay             today);

/* A session with the store's agenda, people and open topics. clock NULL:
 * the real monotonic clock. */
ScMeetingSession *sc_meeting_session_new            (ScStore          *store,
                                                     ScMeetingClockFunc clock,
                                                     gpointer          clock_data);
ScStore          *sc_meeting_session_get_store      (ScMeetingSession *self);
ScMeetingState    sc_meeting_session_get_state      (ScMeetingSession *self);
/* The meeting's day (the company's today) and the week under review. */
ScDay             sc_meeting_session_get_day        (ScMeetingSession *self);
ScDay             sc_meeting_session_get_review_week (ScMeetingSession *self);

/* The clock ------------------------------------------------------------ */

void              sc_meeting_session_start          (ScMeetingSession *self);
void              sc_meeting_session_pause          (ScMeetingSession *self);
void              sc_meeting_session_resume         (ScMeetingSession *self);
/* Reads the clock and notifies what changed. */
void              sc_meeting_session_tick           (ScMeetingSession *self);
/* Milliseconds until the displayed seconds next change (for a timer that
 * wakes exactly then); 0 when nothing runs. */
guint             sc_meeting_session_get_tick_delay (ScMeetingSession *self);

/* Segments ------------------------------------------------------------- */

guint             sc_meeting_session_get_n_segments (ScMeetingSession *self);
guint             sc_meeting_session_get_current    (ScMeetingSession *self);
/* Moves to another segment (time counts for the segment shown). */
void              sc_meeting_session_set_current    (ScMeetingSession *self,
                                                     guint             index);
gboolean          sc_meeting_session_next           (ScMeetingSession *self);
gboolean          sc_meeting_session_previous       (ScMeetingSession *self);
ScSegmentKind     sc_meeting_session_get_kind       (ScMeetingSession *self,
                                                     guint             index);
const char       *sc_meeting_session_get_title      (ScMeetingSession *self,
                                                     guint             index,
                                                     ScLang            lang);
/* Seconds: planned, used (whole seconds), planned − used (negative when
 * over). */
gint64            sc_meeting_session_get_planned    (ScMeetingSession *self,
                                                     guint             index);
gint64            sc_meeting_session_get_used       (ScMeetingSession *self,
                                                     guint             index);
gint64            sc_meeting_session_get_remaining  (ScMeetingSession *self,
                                                     guint             index);
gboolean          sc_meeting_session_is_overrun     (ScMeetingSession *self,
                                                     guint             index);
const char       *sc_meeting_session_get_notes      (ScMeetingSession *self,
                                                     guint             index);
void              sc_meeting_session_set_notes      (ScMeetingSession *self,
                                                     guint             index,
                                                     const char       *notes);

/* The whole meeting, in seconds: its planned length (the company's
 * meeting length), the time it has run (pauses excluded) and what is left. */
gint64            sc_meeting_session_get_meeting_planned   (ScMeetingSession *self);
gint64            sc_meeting_session_get_meeting_elapsed   (ScMeetingSession *self);
gint64            sc_meeting_session_get_meeting_remaining (ScMeetingSession *self);
gboolean          sc_meeting_session_get_meeting_overrun   (ScMeetingSession *self);

/* Attendance ----------------------------------------------------------- */

/* The people expected (active, in the meeting), in their order: new
 * references to ScPerson. Everyone is present until marked absent. */
GPtrArray        *sc_meeting_session_get_people     (ScMeetingSession *self);
gboolean          sc_meeting_session_get_present    (ScMeetingSession *self,
                                                     gint64            person_id);
void              sc_meeting_session_set_present    (ScMeetingSession *self,
                                                     gint64            person_id,
                                                     gboolean          present);
guint             sc_meeting_session_count_present  (ScMeetingSession *self);

/* Topics --------------------------------------------------------------- */

/* The topics of the meeting: open ones from the file (oldest first) and
 * those added now, as drafts (ScTopic, id 0 for new ones) whose status and
 * decision follow what the meeting does. */
GListModel       *sc_meeting_session_get_topics     (ScMeetingSession *self);
ScTopic          *sc_meeting_session_add_topic      (ScMeetingSession *self,
                                                     const char       *title,
                                                     gint64            owner_id,
                                                     GError          **error);
gboolean          sc_meeting_session_decide_topic   (ScMeetingSession *self,
                                                     ScTopic          *topic,
                                                     const char       *decision,
                                                     GError          **error);
/* Back to open, to be carried to next week (also undoes a decision). */
void              sc_meeting_session_leave_topic    (ScMeetingSession *self,
                                                     ScTopic          *topic);
gboolean          sc_meeting_session_topic_is_left  (ScMeetingSession *self,
                                                     ScTopic          *topic);
/* No longer relevant: closed without a decision; a topic added in this
 * meeting is simply removed. */
void              sc_meeting_session_drop_topic     (ScMeetingSession *self,
                                                     ScTopic          *topic);

/* Actions created on the spot ------------------------------------------ */

/* Refuses (SC_PLAN_ERROR, translated) an action without title, owner or
 * due date; else returns the draft (borrowed) that ending the meeting
 * writes, with the next refs of the plan and this meeting's id. */
ScAction         *sc_meeting_session_add_action     (ScMeetingSession *self,
                                                     const char       *title,
                                                     gint64            owner_id,
                                                     ScDay             due,
                                                     GError          **error);
void              sc_meeting_session_remove_action  (ScMeetingSession *self,
                                                     ScAction         *action);
GListModel       *sc_meeting_session_get_new_actions (ScMeetingSession *self);

/* Figures ---------------------------------------------------------------- */

/* Types kpi's figure for the week under review (sc_values_set_text()). */
gboolean          sc_meeting_session_set_figure     (ScMeetingSession *self,
                                                     ScKpi            *kpi,
                                                     const char       *text,
                                                     GError          **error);
guint             sc_meeting_session_count_figures  (ScMeetingSession *self);

/* Ending --------------------------------------------------------------- */

/* Notes on the meeting as a whole (the meeting row's). */
void              sc_meeting_session_set_meeting_notes (ScMeetingSession *self,
                                                        const char       *notes);
/* Writes the record in one transaction; FALSE (nothing written, the
 * meeting goes on) on failure. */
gboolean          sc_meeting_session_end            (ScMeetingSession *self,
                                                     GError          **error);
/* The meeting row written by sc_meeting_session_end(), 0 before. */
gint64            sc_meeting_session_get_meeting_id (ScMeetingSession *self);

G_END_DECLS
