/* sc-action-quick-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line to type an action without the mouse: what, who, when, Enter.
 * Tab moves from the title to the owner (type to search) to the date;
 * Enter in the title or the date saves. An action without title, owner or
 * date is not written: the field says what is missing.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-date-entry.h"
#include "sc-record-chooser.h"
#include "sc-store.h"

G_BEGIN_DECLS

typedef enum
{
  SC_QUICK_FIELD_TITLE,
  SC_QUICK_FIELD_OWNER,
  SC_QUICK_FIELD_DUE,
} ScQuickField;

#define SC_TYPE_ACTION_QUICK_ENTRY (sc_action_quick_entry_get_type ())

G_DECLARE_FINAL_TYPE (ScActionQuickEntry, sc_action_quick_entry, SC, ACTION_QUICK_ENTRY, GtkWidget)

void             sc_action_quick_entry_set_store     (ScActionQuickEntry *self,
                                                      ScStore            *store);
/* The plan new actions join. */
void             sc_action_quick_entry_set_quarter   (ScActionQuickEntry *self,
                                                      int                 fiscal_year,
                                                      int                 quarter);
/* Saves what is typed, as Enter does; FALSE when a field refused it. */
gboolean         sc_action_quick_entry_add           (ScActionQuickEntry *self);

GtkEntry        *sc_action_quick_entry_get_title_entry (ScActionQuickEntry *self);
ScRecordChooser *sc_action_quick_entry_get_owner     (ScActionQuickEntry *self);
ScDateEntry     *sc_action_quick_entry_get_date      (ScActionQuickEntry *self);
/* The message shown at a field, NULL when there is none (tests). */
const char      *sc_action_quick_entry_get_message   (ScActionQuickEntry *self,
                                                      ScQuickField        field);

G_END_DECLS
