/* sc-reassign-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before someone who still owns open actions, objectives or KPIs is made
 * inactive or deleted: who takes them over? One choice, one change, one
 * undo (sc_plan_reassign_person()).
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-plan.h"
#include "sc-record-chooser.h"

G_BEGIN_DECLS

#define SC_TYPE_REASSIGN_WINDOW (sc_reassign_window_get_type ())

G_DECLARE_FINAL_TYPE (ScReassignWindow, sc_reassign_window, SC, REASSIGN_WINDOW, GtkWindow)

ScReassignWindow *sc_reassign_window_new         (GtkWindow        *parent,
                                                  ScStore          *store,
                                                  gint64            person_id,
                                                  ScPersonFate      fate);
ScRecordChooser  *sc_reassign_window_get_chooser (ScReassignWindow *self);
/* What the confirm button does; FALSE when the choice was refused. */
gboolean          sc_reassign_window_confirm     (ScReassignWindow *self);
const char       *sc_reassign_window_get_body    (ScReassignWindow *self);
/* The message at the chooser, NULL when there is none (tests). */
const char       *sc_reassign_window_get_message (ScReassignWindow *self);

G_END_DECLS
