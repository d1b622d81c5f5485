/* sc-records.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The objects of the company file, one final ScRecord type per table of
 * sc-schema.h. They add nothing to ScRecord but their table: read and
 * write them with sc_record_get_*() / sc_record_set_*() and the column
 * enums of sc-schema.h; bind their kebab-case properties in .ui files.
 * What is computed from them lives in the modules that compute it
 * (sc-kpi.h, sc-plan.h, sc-metrics.h, …).
 */

#pragma once

#include "sc-schema.h"

G_BEGIN_DECLS

/* The company's settings (one row). */
#define SC_TYPE_COMPANY (sc_company_get_type ())
G_DECLARE_FINAL_TYPE (ScCompany, sc_company, SC, COMPANY, ScRecord)

/* A timed segment of the weekly meeting's standard agenda. */
#define SC_TYPE_AGENDA_SEGMENT (sc_agenda_segment_get_type ())
G_DECLARE_FINAL_TYPE (ScAgendaSegment, sc_agenda_segment, SC, AGENDA_SEGMENT, ScRecord)

/* A week the plant is shut: targets drop to a declared level. */
#define SC_TYPE_SHUTDOWN_WEEK (sc_shutdown_week_get_type ())
G_DECLARE_FINAL_TYPE (ScShutdownWeek, sc_shutdown_week, SC, SHUTDOWN_WEEK, ScRecord)

/* Someone on the team: owner of KPIs, priorities and actions. */
#define SC_TYPE_PERSON (sc_person_get_type ())
G_DECLARE_FINAL_TYPE (ScPerson, sc_person, SC, PERSON, ScRecord)

/* A key performance indicator (see sc-kpi.h for what is derived from it). */
#define SC_TYPE_KPI (sc_kpi_get_type ())
G_DECLARE_FINAL_TYPE (ScKpi, sc_kpi, SC, KPI, ScRecord)

/* A version of a KPI's target, in force from its effective day. */
#define SC_TYPE_TARGET (sc_target_get_type ())
G_DECLARE_FINAL_TYPE (ScTarget, sc_target, SC, TARGET, ScRecord)

/* A KPI's target for one period (a holiday week), over the version in force. */
#define SC_TYPE_TARGET_OVERRIDE (sc_target_override_get_type ())
G_DECLARE_FINAL_TYPE (ScTargetOverride, sc_target_override, SC, TARGET_OVERRIDE, ScRecord)

/* A KPI's figure for one week or one month. */
#define SC_TYPE_KPI_VALUE (sc_kpi_value_get_type ())
G_DECLARE_FINAL_TYPE (ScKpiValue, sc_kpi_value, SC, KPI_VALUE, ScRecord)

/* One of a quarter's 1 to 5 priority objectives. */
#define SC_TYPE_PRIORITY (sc_priority_get_type ())
G_DECLARE_FINAL_TYPE (ScPriority, sc_priority, SC, PRIORITY, ScRecord)

/* An action of the 90-day plan: one owner, one due date. */
#define SC_TYPE_ACTION (sc_action_get_type ())
G_DECLARE_FINAL_TYPE (ScAction, sc_action, SC, ACTION, ScRecord)

/* One move of an action's due date: a slip. */
#define SC_TYPE_DUE_CHANGE (sc_due_change_get_type ())
G_DECLARE_FINAL_TYPE (ScDueChange, sc_due_change, SC, DUE_CHANGE, ScRecord)

/* The record of a weekly meeting held. */
#define SC_TYPE_MEETING (sc_meeting_get_type ())
G_DECLARE_FINAL_TYPE (ScMeeting, sc_meeting, SC, MEETING, ScRecord)

/* A segment of a meeting held: time planned and used, notes. */
#define SC_TYPE_MEETING_SEGMENT (sc_meeting_segment_get_type ())
G_DECLARE_FINAL_TYPE (ScMeetingSegment, sc_meeting_segment, SC, MEETING_SEGMENT, ScRecord)

/* Whether a person attended a meeting. */
#define SC_TYPE_ATTENDANCE (sc_attendance_get_type ())
G_DECLARE_FINAL_TYPE (ScAttendance, sc_attendance, SC, ATTENDANCE, ScRecord)

/* A topic for the meeting: discussed, decided, or carried to next week. */
#define SC_TYPE_TOPIC (sc_topic_get_type ())
G_DECLARE_FINAL_TYPE (ScTopic, sc_topic, SC, TOPIC, ScRecord)

/* A monthly variance review held. */
#define SC_TYPE_MONTHLY_REVIEW (sc_monthly_review_get_type ())
G_DECLARE_FINAL_TYPE (ScMonthlyReview, sc_monthly_review, SC, MONTHLY_REVIEW, ScRecord)

/* One KPI of a monthly review: target, actual, cause, countermeasure. */
#define SC_TYPE_REVIEW_LINE (sc_review_line_get_type ())
G_DECLARE_FINAL_TYPE (ScReviewLine, sc_review_line, SC, REVIEW_LINE, ScRecord)

/* A quarterly keep/modify/drop review. */
#define SC_TYPE_QUARTERLY_REVIEW (sc_quarterly_review_get_type ())
G_DECLARE_FINAL_TYPE (ScQuarterlyReview, sc_quarterly_review, SC, QUARTERLY_REVIEW, ScRecord)

/* A keep/modify/drop decision on a KPI, priority or action. */
#define SC_TYPE_QUARTERLY_DECISION (sc_quarterly_decision_get_type ())
G_DECLARE_FINAL_TYPE (ScQuarterlyDecision, sc_quarterly_decision, SC, QUARTERLY_DECISION, ScRecord)

/* The record type that holds rows of table. */
GType sc_records_type_for_table (const ScTableInfo *table);

G_END_DECLS
