/* sc-plan-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The 90-day plan (PRODUCT.md C4): one fiscal quarter at a time, with its
 * dates, its 1 to 5 priority objectives and its actions (typed in one line
 * at the top, listed by owner, objective, lateness or completion). Opens
 * on the current quarter; when that one has no plan yet and an earlier one
 * has, it says so and offers to show it.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-action-list.h"
#include "sc-action-quick-entry.h"
#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_PLAN_PAGE (sc_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (ScPlanPage, sc_plan_page, SC, PLAN_PAGE, GtkWidget)

void                sc_plan_page_set_store       (ScPlanPage *self,
                                                  ScStore    *store);
ScStore            *sc_plan_page_get_store       (ScPlanPage *self);
void                sc_plan_page_set_quarter     (ScPlanPage *self,
                                                  int         fiscal_year,
                                                  int         quarter);
void                sc_plan_page_get_quarter     (ScPlanPage *self,
                                                  int        *fiscal_year,
                                                  int        *quarter);
ScActionQuickEntry *sc_plan_page_get_quick_entry (ScPlanPage *self);
ScActionList       *sc_plan_page_get_action_list (ScPlanPage *self);
/* The note about an earlier quarter's plan, NULL when hidden (tests). */
const char         *sc_plan_page_get_notice      (ScPlanPage *self);
/* The refusal shown for a sixth objective, NULL when hidden (tests). */
const char         *sc_plan_page_get_limit_message (ScPlanPage *self);

G_END_DECLS
