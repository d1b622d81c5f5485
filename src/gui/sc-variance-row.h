/* sc-variance-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One KPI of a monthly variance review: target, actual, variance (sign and
 * word), year to date, the pace needed on the rest of the quarter and the
 * status; for a KPI off target or to watch, its cause, its countermeasure
 * and the owner and due date that make the countermeasure an action.
 * What it types goes straight into the review's session; a saved review
 * shows it read-only.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-date-entry.h"
#include "sc-monthly-review.h"
#include "sc-record-chooser.h"

G_BEGIN_DECLS

#define SC_TYPE_VARIANCE_ROW (sc_variance_row_get_type ())

G_DECLARE_FINAL_TYPE (ScVarianceRow, sc_variance_row, SC, VARIANCE_ROW, GtkListBoxRow)

/* The row of line index of session, showing text (what the session says
 * of that line, in the interface language). */
ScVarianceRow   *sc_variance_row_new                 (ScMonthlyReviewSession           *session,
                                                      guint                             index,
                                                      const ScMonthlyReviewContentLine *text);
guint            sc_variance_row_get_index           (ScVarianceRow                    *self);
/* Whether the KPI asks for a cause and a countermeasure. */
gboolean         sc_variance_row_asks_followup       (ScVarianceRow                    *self);
/* Puts the focus where the review still needs something typed. */
void             sc_variance_row_focus_missing       (ScVarianceRow                    *self);

/* The fields (tests). */
GtkEditable     *sc_variance_row_get_cause           (ScVarianceRow                    *self);
GtkEditable     *sc_variance_row_get_countermeasure  (ScVarianceRow                    *self);
ScRecordChooser *sc_variance_row_get_owner_chooser   (ScVarianceRow                    *self);
ScDateEntry     *sc_variance_row_get_due_entry       (ScVarianceRow                    *self);
/* The message under the fields, NULL when there is none (tests). */
const char      *sc_variance_row_get_message         (ScVarianceRow                    *self);
/* What the action line says, NULL when hidden (tests). */
const char      *sc_variance_row_get_action_text     (ScVarianceRow                    *self);

G_END_DECLS
