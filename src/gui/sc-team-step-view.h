/* sc-team-step-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Who is on the sales team?", the step right after a company is created:
 * people typed one after the other (name, role, optional email), each one
 * saved at once (one change, undoable). ::done says the step is over.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_TEAM_STEP_VIEW (sc_team_step_view_get_type ())

G_DECLARE_FINAL_TYPE (ScTeamStepView, sc_team_step_view, SC, TEAM_STEP_VIEW, GtkWidget)

void        sc_team_step_view_set_store (ScTeamStepView *self,
                                         ScStore        *store);
/* Adds the person typed in the fields; FALSE with the reason under them. */
gboolean    sc_team_step_view_add       (ScTeamStepView *self);
const char *sc_team_step_view_get_error (ScTeamStepView *self);

G_END_DECLS
