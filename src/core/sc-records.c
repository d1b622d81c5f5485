/* sc-records.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-records"

#include "config.h"

#include "sc-records.h"

SC_RECORD_DEFINE (ScCompany, sc_company, sc_company_table)
SC_RECORD_DEFINE (ScAgendaSegment, sc_agenda_segment, sc_agenda_table)
SC_RECORD_DEFINE (ScShutdownWeek, sc_shutdown_week, sc_shutdown_table)
SC_RECORD_DEFINE (ScPerson, sc_person, sc_person_table)
SC_RECORD_DEFINE (ScKpi, sc_kpi, sc_kpi_table)
SC_RECORD_DEFINE (ScTarget, sc_target, sc_target_table)
SC_RECORD_DEFINE (ScTargetOverride, sc_target_override, sc_override_table)
SC_RECORD_DEFINE (ScKpiValue, sc_kpi_value, sc_value_table)
SC_RECORD_DEFINE (ScPriority, sc_priority, sc_priority_table)
SC_RECORD_DEFINE (ScAction, sc_action, sc_action_table)
SC_RECORD_DEFINE (ScDueChange, sc_due_change, sc_due_change_table)
SC_RECORD_DEFINE (ScMeeting, sc_meeting, sc_meeting_table)
SC_RECORD_DEFINE (ScMeetingSegment, sc_meeting_segment, sc_segment_table)
SC_RECORD_DEFINE (ScAttendance, sc_attendance, sc_attendance_table)
SC_RECORD_DEFINE (ScTopic, sc_topic, sc_topic_table)
SC_RECORD_DEFINE (ScMonthlyReview, sc_monthly_review, sc_monthly_review_table)
SC_RECORD_DEFINE (ScReviewLine, sc_review_line, sc_review_line_table)
SC_RECORD_DEFINE (ScQuarterlyReview, sc_quarterly_review, sc_quarterly_review_table)
SC_RECORD_DEFINE (ScQuarterlyDecision, sc_quarterly_decision, sc_decision_table)

GType
sc_records_type_for_table (const ScTableInfo *table)
{
  static const struct {
    const ScTableInfo *table;
    GType (*get_type) (void);
  } types[] = {
    { &sc_company_table, sc_company_get_type },
    { &sc_agenda_table, sc_agenda_segment_get_type },
    { &sc_shutdown_table, sc_shutdown_week_get_type },
    { &sc_person_table, sc_person_get_type },
    { &sc_kpi_table, sc_kpi_get_type },
    { &sc_target_table, sc_target_get_type },
    { &sc_override_table, sc_target_override_get_type },
    { &sc_value_table, sc_kpi_value_get_type },
    { &sc_priority_table, sc_priority_get_type },
    { &sc_action_table, sc_action_get_type },
    { &sc_due_change_table, sc_due_change_get_type },
    { &sc_meeting_table, sc_meeting_get_type },
    { &sc_segment_table, sc_meeting_segment_get_type },
    { &sc_attendance_table, sc_attendance_get_type },
    { &sc_topic_table, sc_topic_get_type },
    { &sc_monthly_review_table, sc_monthly_review_get_type },
    { &sc_review_line_table, sc_review_line_get_type },
    { &sc_quarterly_review_table, sc_quarterly_review_get_type },
    { &sc_decision_table, sc_quarterly_decision_get_type },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (types[i].table == table)
      return types[i].get_type ();

  g_return_val_if_reached (G_TYPE_INVALID);
}
