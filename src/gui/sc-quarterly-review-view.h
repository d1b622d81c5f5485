/* sc-quarterly-review-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A quarterly review on screen, step by step: the items on the left (the
 * KPIs, the objectives, the open actions, then the finished ones, each
 * with its decision so far), the current item and its decision on the
 * right (ScDecisionPane). Save Draft keeps the decisions to take up later;
 * "Finish and Create the Plan of Q2" writes the next quarter's plan. A
 * finished review shows its decisions read-only.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-decision-pane.h"
#include "sc-quarterly-review.h"

G_BEGIN_DECLS

#define SC_TYPE_QUARTERLY_REVIEW_VIEW (sc_quarterly_review_view_get_type ())

G_DECLARE_FINAL_TYPE (ScQuarterlyReviewView, sc_quarterly_review_view, SC,
                      QUARTERLY_REVIEW_VIEW, GtkWidget)

void                      sc_quarterly_review_view_set_session (ScQuarterlyReviewView    *self,
                                                                ScQuarterlyReviewSession *session);
ScQuarterlyReviewSession *sc_quarterly_review_view_get_session (ScQuarterlyReviewView    *self);
/* Shows item index in the pane. */
void                      sc_quarterly_review_view_select      (ScQuarterlyReviewView    *self,
                                                                guint                     index);
ScDecisionPane           *sc_quarterly_review_view_get_pane    (ScQuarterlyReviewView    *self);
/* What quarterly.finish does; FALSE with the reason shown in the view. */
gboolean                  sc_quarterly_review_view_finish      (ScQuarterlyReviewView    *self);
/* What the notice says (tests). */
const char               *sc_quarterly_review_view_get_notice  (ScQuarterlyReviewView    *self);

G_END_DECLS
