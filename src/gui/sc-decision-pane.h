/* sc-decision-pane.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One item of a quarterly review: what it is (a KPI, an objective, an
 * action), its owner and state, and the decision to take on it: Keep,
 * Modify (revealing what can change: a new target, wording, owner, due
 * date) or Drop, with the reason. "Record and Next" hands the decision to
 * the session, which says at the field what is missing; a finished review
 * shows the decision read-only.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-date-entry.h"
#include "sc-quarterly-review.h"
#include "sc-record-chooser.h"

G_BEGIN_DECLS

#define SC_TYPE_DECISION_PANE (sc_decision_pane_get_type ())

G_DECLARE_FINAL_TYPE (ScDecisionPane, sc_decision_pane, SC, DECISION_PANE, GtkWidget)

/* Shows item index of session. */
void             sc_decision_pane_show              (ScDecisionPane           *self,
                                                     ScQuarterlyReviewSession *session,
                                                     guint                     index);
guint            sc_decision_pane_get_index         (ScDecisionPane           *self);
/* Chooses a decision as its button does. */
void             sc_decision_pane_choose            (ScDecisionPane           *self,
                                                     ScDecision                decision);
/* Records what the pane says (what "Record and Next" does); emits
 * "recorded" on success, else says why at the field. */
gboolean         sc_decision_pane_record            (ScDecisionPane           *self);

/* The fields (tests). */
GtkEditable     *sc_decision_pane_get_reason        (ScDecisionPane           *self);
GtkEditable     *sc_decision_pane_get_title_entry   (ScDecisionPane           *self);
GtkEditable     *sc_decision_pane_get_target_entry  (ScDecisionPane           *self);
ScRecordChooser *sc_decision_pane_get_owner_chooser (ScDecisionPane           *self);
ScDateEntry     *sc_decision_pane_get_due_entry     (ScDecisionPane           *self);
/* The message under the fields, NULL when there is none (tests). */
const char      *sc_decision_pane_get_message       (ScDecisionPane           *self);

G_END_DECLS
