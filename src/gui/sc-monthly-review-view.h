/* sc-monthly-review-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A monthly variance review on screen: the month, one row per KPI
 * (ScVarianceRow), the notes, and Save, which writes it all at once. A
 * saved review shows read-only what was seen when it was held.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-monthly-review.h"
#include "sc-variance-row.h"

G_BEGIN_DECLS

#define SC_TYPE_MONTHLY_REVIEW_VIEW (sc_monthly_review_view_get_type ())

G_DECLARE_FINAL_TYPE (ScMonthlyReviewView, sc_monthly_review_view, SC, MONTHLY_REVIEW_VIEW,
                      GtkWidget)

void                    sc_monthly_review_view_set_session (ScMonthlyReviewView    *self,
                                                            ScMonthlyReviewSession *session);
ScMonthlyReviewSession *sc_monthly_review_view_get_session (ScMonthlyReviewView    *self);
/* Saves the review (what monthly.save does); FALSE with the reason shown
 * in the view when it cannot be saved yet. */
gboolean                sc_monthly_review_view_save        (ScMonthlyReviewView    *self);
/* The row of line index (tests). */
ScVarianceRow          *sc_monthly_review_view_get_row     (ScMonthlyReviewView    *self,
                                                            guint                   index);
/* What the notice at the top says (tests). */
const char             *sc_monthly_review_view_get_notice  (ScMonthlyReviewView    *self);

G_END_DECLS
