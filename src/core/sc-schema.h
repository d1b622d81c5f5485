/* sc-schema.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The company file's tables, described once: the column lists below give
 * the objects' properties (ScRecord), the store's SQL and the undo log's
 * row images; the migrations in sc-schema.c create them. Column order here
 * is the order in the CREATE TABLE statements.
 *
 * Units: amounts are integers in hundredths of their unit (cents for money,
 * hundredths of a point for percentages, hundredths of a count, a day or a
 * plain number). Dates are ISO "YYYY-MM-DD" text; weekly periods are the
 * first day of the week, monthly periods the first day of the month.
 */

#pragma once

#include "sc-record.h"

G_BEGIN_DECLS

#define SC_APPLICATION_ID    0x53434144  /* "SCAD" */
#define SC_SCHEMA_VERSION    1
#define SC_SCALE             100         /* stored amounts are hundredths */

typedef enum
{
  SC_COMPANY_ID,
  SC_COMPANY_NAME,
  SC_COMPANY_CURRENCY,
  SC_COMPANY_FISCAL_START_MONTH,
  SC_COMPANY_WEEK_START,
  SC_COMPANY_MEETING_WEEKDAY,
  SC_COMPANY_MEETING_TIME,        /* minutes after midnight */
  SC_COMPANY_MEETING_MINUTES,
  SC_COMPANY_REPORT_LANG,         /* "fr" or "en" */
  SC_COMPANY_TOLERANCE,           /* default watch tolerance, hundredths of % */
  SC_COMPANY_CREATED,
  SC_COMPANY_AS_OF,               /* a fixed "today" (the sample company); NULL: the clock */
  SC_COMPANY_N_COLUMNS
} ScCompanyColumn;

typedef enum
{
  SC_AGENDA_ID,
  SC_AGENDA_POSITION,
  SC_AGENDA_KIND,                 /* ScSegmentKind */
  SC_AGENDA_TITLE,                /* empty: the default title of the kind */
  SC_AGENDA_MINUTES,
  SC_AGENDA_N_COLUMNS
} ScAgendaColumn;

typedef enum
{
  SC_SHUTDOWN_ID,
  SC_SHUTDOWN_PERIOD,
  SC_SHUTDOWN_LABEL,
  SC_SHUTDOWN_LEVEL,              /* hundredths of % of the normal target */
  SC_SHUTDOWN_N_COLUMNS
} ScShutdownColumn;

typedef enum
{
  SC_PERSON_ID,
  SC_PERSON_NAME,
  SC_PERSON_ROLE,
  SC_PERSON_EMAIL,
  SC_PERSON_ACTIVE,
  SC_PERSON_IN_MEETING,
  SC_PERSON_POSITION,
  SC_PERSON_N_COLUMNS
} ScPersonColumn;

typedef enum
{
  SC_KPI_ID,
  SC_KPI_CATALOG_KEY,             /* "K01" … or "" for a KPI made from scratch */
  SC_KPI_NAME,                    /* "" = the catalogue name, in the reader's language */
  SC_KPI_DEFINITION,              /* "" = the catalogue definition */
  SC_KPI_KIND,                    /* ScKpiKind */
  SC_KPI_UNIT,                    /* ScUnit */
  SC_KPI_DIRECTION,               /* ScDirection */
  SC_KPI_FREQUENCY,               /* ScFrequency */
  SC_KPI_ROLLUP,                  /* ScRollup */
  SC_KPI_ROLLING_WEEKS,           /* weekly figure shown over N weeks (0: the week) */
  SC_KPI_OWNER_ID,
  SC_KPI_TOLERANCE,               /* hundredths of % */
  SC_KPI_POSITION,
  SC_KPI_ARCHIVED,                /* date it was dropped; NULL while active */
  SC_KPI_NUM_LABEL,               /* ratio KPIs: what the two figures count */
  SC_KPI_DEN_LABEL,
  SC_KPI_CREATED,
  SC_KPI_N_COLUMNS
} ScKpiColumn;

typedef enum
{
  SC_TARGET_ID,
  SC_TARGET_KPI_ID,
  SC_TARGET_EFFECTIVE,            /* in force from this day on */
  SC_TARGET_VALUE,                /* per period of the KPI's frequency */
  SC_TARGET_NOTE,
  SC_TARGET_N_COLUMNS
} ScTargetColumn;

typedef enum
{
  SC_OVERRIDE_ID,
  SC_OVERRIDE_KPI_ID,
  SC_OVERRIDE_PERIOD,
  SC_OVERRIDE_VALUE,
  SC_OVERRIDE_NOTE,
  SC_OVERRIDE_N_COLUMNS
} ScOverrideColumn;

typedef enum
{
  SC_VALUE_ID,
  SC_VALUE_KPI_ID,
  SC_VALUE_PERIOD,
  SC_VALUE_VALUE,                 /* ratio KPIs: the numerator */
  SC_VALUE_DEN,                   /* ratio KPIs: the denominator; else NULL */
  SC_VALUE_PROVISIONAL,
  SC_VALUE_NOTE,
  SC_VALUE_UPDATED,
  SC_VALUE_N_COLUMNS
} ScValueColumn;

typedef enum
{
  SC_PRIORITY_ID,
  SC_PRIORITY_FISCAL_YEAR,
  SC_PRIORITY_QUARTER,
  SC_PRIORITY_REF,                /* "O1" */
  SC_PRIORITY_TITLE,
  SC_PRIORITY_OWNER_ID,
  SC_PRIORITY_KPI_ID,
  SC_PRIORITY_POSITION,
  SC_PRIORITY_STATUS,             /* ScActionStatus */
  SC_PRIORITY_CLOSE_REASON,
  SC_PRIORITY_CARRIED_FROM,
  SC_PRIORITY_N_COLUMNS
} ScPriorityColumn;

typedef enum
{
  SC_ACTION_ID,
  SC_ACTION_REF,                  /* "A01" */
  SC_ACTION_TITLE,
  SC_ACTION_OWNER_ID,
  SC_ACTION_DUE,
  SC_ACTION_ORIGINAL_DUE,
  SC_ACTION_STATUS,               /* ScActionStatus */
  SC_ACTION_DONE_ON,
  SC_ACTION_DROP_REASON,
  SC_ACTION_PRIORITY_ID,
  SC_ACTION_KPI_ID,
  SC_ACTION_NOTES,
  SC_ACTION_FISCAL_YEAR,          /* the quarter's plan it belongs to */
  SC_ACTION_QUARTER,
  SC_ACTION_MEETING_ID,           /* created during that meeting */
  SC_ACTION_CARRIED_FROM,
  SC_ACTION_CREATED,
  SC_ACTION_N_COLUMNS
} ScActionColumn;

typedef enum
{
  SC_DUE_CHANGE_ID,
  SC_DUE_CHANGE_ACTION_ID,
  SC_DUE_CHANGE_CHANGED_ON,
  SC_DUE_CHANGE_OLD_DUE,
  SC_DUE_CHANGE_NEW_DUE,
  SC_DUE_CHANGE_REASON,
  SC_DUE_CHANGE_N_COLUMNS
} ScDueChangeColumn;

typedef enum
{
  SC_MEETING_ID,
  SC_MEETING_WEEK,
  SC_MEETING_STARTED,             /* ISO 8601 date and time */
  SC_MEETING_ENDED,
  SC_MEETING_PLANNED_MINUTES,
  SC_MEETING_DURATION,            /* seconds */
  SC_MEETING_NOTES,
  SC_MEETING_N_COLUMNS
} ScMeetingColumn;

typedef enum
{
  SC_SEGMENT_ID,
  SC_SEGMENT_MEETING_ID,
  SC_SEGMENT_POSITION,
  SC_SEGMENT_KIND,                /* ScSegmentKind */
  SC_SEGMENT_TITLE,
  SC_SEGMENT_PLANNED,             /* seconds */
  SC_SEGMENT_USED,                /* seconds */
  SC_SEGMENT_NOTES,
  SC_SEGMENT_N_COLUMNS
} ScSegmentColumn;

typedef enum
{
  SC_ATTENDANCE_ID,
  SC_ATTENDANCE_MEETING_ID,
  SC_ATTENDANCE_PERSON_ID,
  SC_ATTENDANCE_PRESENT,
  SC_ATTENDANCE_N_COLUMNS
} ScAttendanceColumn;

typedef enum
{
  SC_TOPIC_ID,
  SC_TOPIC_TITLE,
  SC_TOPIC_OWNER_ID,
  SC_TOPIC_CREATED,
  SC_TOPIC_MEETING_ID,            /* first put on the agenda for that meeting */
  SC_TOPIC_STATUS,                /* ScTopicStatus */
  SC_TOPIC_DECISION,
  SC_TOPIC_DECIDED_MEETING_ID,
  SC_TOPIC_CARRIED,               /* times carried to the next meeting */
  SC_TOPIC_N_COLUMNS
} ScTopicColumn;

typedef enum
{
  SC_MONTHLY_REVIEW_ID,
  SC_MONTHLY_REVIEW_YEAR,
  SC_MONTHLY_REVIEW_MONTH,
  SC_MONTHLY_REVIEW_DONE_ON,
  SC_MONTHLY_REVIEW_NOTES,
  SC_MONTHLY_REVIEW_N_COLUMNS
} ScMonthlyReviewColumn;

typedef enum
{
  SC_REVIEW_LINE_ID,
  SC_REVIEW_LINE_REVIEW_ID,
  SC_REVIEW_LINE_KPI_ID,
  SC_REVIEW_LINE_TARGET,          /* snapshot at the review; NULL: none */
  SC_REVIEW_LINE_ACTUAL,
  SC_REVIEW_LINE_STATUS,          /* ScStatus */
  SC_REVIEW_LINE_CAUSE,
  SC_REVIEW_LINE_COUNTERMEASURE,
  SC_REVIEW_LINE_ACTION_ID,
  SC_REVIEW_LINE_N_COLUMNS
} ScReviewLineColumn;

typedef enum
{
  SC_QUARTERLY_REVIEW_ID,
  SC_QUARTERLY_REVIEW_FISCAL_YEAR,
  SC_QUARTERLY_REVIEW_QUARTER,
  SC_QUARTERLY_REVIEW_DONE_ON,    /* NULL while in progress */
  SC_QUARTERLY_REVIEW_NOTES,
  SC_QUARTERLY_REVIEW_N_COLUMNS
} ScQuarterlyReviewColumn;

typedef enum
{
  SC_DECISION_ID,
  SC_DECISION_REVIEW_ID,
  SC_DECISION_ITEM_KIND,          /* ScItemKind */
  SC_DECISION_ITEM_ID,
  SC_DECISION_DECISION,           /* ScDecision */
  SC_DECISION_REASON,
  SC_DECISION_NEW_TARGET,
  SC_DECISION_NEW_OWNER_ID,
  SC_DECISION_NEW_DUE,
  SC_DECISION_NEW_TITLE,
  SC_DECISION_N_COLUMNS
} ScDecisionColumn;

typedef enum
{
  SC_SEGMENT_KIND_KPIS,
  SC_SEGMENT_KIND_ACTIONS,
  SC_SEGMENT_KIND_TOPICS,
  SC_SEGMENT_KIND_WRAP_UP,
} ScSegmentKind;

typedef enum
{
  SC_TOPIC_OPEN,
  SC_TOPIC_DECIDED,
  SC_TOPIC_DROPPED,
} ScTopicStatus;

typedef enum
{
  SC_ITEM_KPI,
  SC_ITEM_PRIORITY,
  SC_ITEM_ACTION,
} ScItemKind;

extern const ScTableInfo sc_company_table;
extern const ScTableInfo sc_agenda_table;
extern const ScTableInfo sc_shutdown_table;
extern const ScTableInfo sc_person_table;
extern const ScTableInfo sc_kpi_table;
extern const ScTableInfo sc_target_table;
extern const ScTableInfo sc_override_table;
extern const ScTableInfo sc_value_table;
extern const ScTableInfo sc_priority_table;
extern const ScTableInfo sc_action_table;
extern const ScTableInfo sc_due_change_table;
extern const ScTableInfo sc_meeting_table;
extern const ScTableInfo sc_segment_table;
extern const ScTableInfo sc_attendance_table;
extern const ScTableInfo sc_topic_table;
extern const ScTableInfo sc_monthly_review_table;
extern const ScTableInfo sc_review_line_table;
extern const ScTableInfo sc_quarterly_review_table;
extern const ScTableInfo sc_decision_table;

/* The SQL that brings a file from version (i - 1) to version i, for
 * i = 1 … SC_SCHEMA_VERSION. */
const char *sc_schema_migration (guint version);

G_END_DECLS
