/* sc-cadence-monitor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keeps the cadence going in a main window: the action win.start-meeting
 * (Ctrl+M, the header bar, the dashboard, reminders) that opens the
 * meeting window; the cadence card on the dashboard; and the reminders,
 * on opening a company and every ten minutes while the app runs, when
 * this week's meeting is due today, figures are missing or a review is
 * due: a toast with its button in the window and a desktop notification
 * (one id per kind, so it replaces rather than repeats), each at most
 * once a day per company file.
 *
 * The window owns its monitor (sc_cadence_monitor_attach()); the monitor
 * only borrows the window.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-cadence-card.h"
#include "sc-cadence.h"
#include "sc-dashboard-page.h"
#include "sc-meeting-window.h"
#include "sc-window.h"

G_BEGIN_DECLS

#define SC_TYPE_CADENCE_MONITOR (sc_cadence_monitor_get_type ())

G_DECLARE_FINAL_TYPE (ScCadenceMonitor, sc_cadence_monitor, SC, CADENCE_MONITOR, GObject)

/* For ScWindow's class_init: win.start-meeting (Ctrl+M) and
 * win.show-meetings. */
void              sc_cadence_monitor_install_actions (GtkWidgetClass   *window_class);
/* For ScWindow's init: the window's monitor, and its card on the
 * dashboard. */
ScCadenceMonitor *sc_cadence_monitor_attach         (ScWindow         *window,
                                                     ScDashboardPage  *dashboard);
ScCadenceMonitor *sc_cadence_monitor_get            (ScWindow         *window);

ScCadenceCard    *sc_cadence_monitor_get_card       (ScCadenceMonitor *self);
/* The meeting window open, NULL when none. */
ScMeetingWindow  *sc_cadence_monitor_get_meeting_window (ScCadenceMonitor *self);
/* The clock of the meetings started from now on (tests). */
void              sc_cadence_monitor_set_clock      (ScCadenceMonitor  *self,
                                                     ScMeetingClockFunc clock,
                                                     gpointer           clock_data);
/* Looks for reminders now, as the timer does; returns the kinds shown
 * (toast or notification). */
ScReminders       sc_cadence_monitor_check          (ScCadenceMonitor *self);

G_END_DECLS
