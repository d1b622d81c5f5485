/* sc-meeting-kpis.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meeting's point "KPIs of the week": each active KPI's figure for the
 * week under review, its target and status (icon and words, never colour
 * alone). A missing figure is typed right there, in a scorecard cell.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-meeting.h"
#include "sc-scorecard-cell.h"

G_BEGIN_DECLS

#define SC_TYPE_MEETING_KPIS (sc_meeting_kpis_get_type ())

G_DECLARE_FINAL_TYPE (ScMeetingKpis, sc_meeting_kpis, SC, MEETING_KPIS, GtkWidget)

ScMeetingKpis   *sc_meeting_kpis_new         (ScMeetingSession *session);
/* The cell of the KPI in row (scorecard order), NULL past the end. */
ScScorecardCell *sc_meeting_kpis_get_cell    (ScMeetingKpis    *self,
                                              guint             row);
/* "5 on target · 1 to watch · 1 missing" (tests). */
const char      *sc_meeting_kpis_get_summary (ScMeetingKpis    *self);

G_END_DECLS
