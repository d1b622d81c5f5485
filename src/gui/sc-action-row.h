/* sc-action-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One action in a list: its state in words and icon (never colour alone),
 * ref, title, owner, objective and KPI, due date, days late, slips; and
 * what can be done with it: mark it done, drop it (with its reason, typed
 * in the row), reopen, edit, delete. Closing and deleting confirm with a
 * toast that can undo them.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_ACTION_ROW (sc_action_row_get_type ())

G_DECLARE_FINAL_TYPE (ScActionRow, sc_action_row, SC, ACTION_ROW, GtkListBoxRow)

ScActionRow *sc_action_row_new            (ScStore     *store,
                                           ScAction    *action);
ScAction    *sc_action_row_get_action     (ScActionRow *self);
/* The quarter whose plan the list shows: an action of another quarter
 * says which one it comes from (at the next refresh). */
void         sc_action_row_set_viewed_quarter (ScActionRow *self,
                                               int          fiscal_year,
                                               int          quarter);
/* Reads names, slips and today again (after other tables changed). */
void         sc_action_row_refresh        (ScActionRow *self);
/* The words the row shows for the state ("119 days late") (tests). */
const char  *sc_action_row_get_state_text (ScActionRow *self);

G_END_DECLS
