/* sc-agenda-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The company's standard meeting agenda, in Preferences: each point's
 * title (empty: the default one) and minutes, saved as they change, and
 * their total against the meeting's length.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_AGENDA_EDITOR (sc_agenda_editor_get_type ())

G_DECLARE_FINAL_TYPE (ScAgendaEditor, sc_agenda_editor, SC, AGENDA_EDITOR, GtkWidget)

void         sc_agenda_editor_set_store  (ScAgendaEditor *self,
                                          ScStore        *store);
ScStore     *sc_agenda_editor_get_store  (ScAgendaEditor *self);
/* The spin button and title entry of a point (tests). */
GtkSpinButton *sc_agenda_editor_get_minutes (ScAgendaEditor *self,
                                             guint           index);
GtkEntry    *sc_agenda_editor_get_title  (ScAgendaEditor *self,
                                          guint           index);
/* "Total: 35 min, 5 min more than the 30 min meeting" (tests). */
const char  *sc_agenda_editor_get_total  (ScAgendaEditor *self);

G_END_DECLS
