/* sc-actions-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two short lists for the dashboard (PRODUCT.md C3): overdue actions by
 * owner, with each owner's days late added up, and the open actions due in
 * the company's current week. The numbers come from sc-plan.h, so they are
 * the plan page's numbers. Embed it and set its store.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_ACTIONS_SUMMARY (sc_actions_summary_get_type ())

G_DECLARE_FINAL_TYPE (ScActionsSummary, sc_actions_summary, SC, ACTIONS_SUMMARY, GtkWidget)

ScActionsSummary *sc_actions_summary_new             (void);
void              sc_actions_summary_set_store       (ScActionsSummary *self,
                                                      ScStore          *store);
ScStore          *sc_actions_summary_get_store       (ScActionsSummary *self);
/* Rows shown: owners with overdue actions, actions due this week (tests). */
guint             sc_actions_summary_count_overdue_owners (ScActionsSummary *self);
guint             sc_actions_summary_count_due_this_week  (ScActionsSummary *self);
/* The text of an overdue owner's row (tests). */
char             *sc_actions_summary_dup_overdue_text     (ScActionsSummary *self,
                                                           guint             index);

G_END_DECLS
