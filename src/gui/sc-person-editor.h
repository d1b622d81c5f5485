/* sc-person-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person in a modal window: name, role, optional email (checked for its
 * shape), whether they take part in the weekly meeting.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

typedef enum
{
  SC_PERSON_FIELD_NAME,
  SC_PERSON_FIELD_EMAIL,
} ScPersonField;

#define SC_TYPE_PERSON_EDITOR (sc_person_editor_get_type ())

G_DECLARE_FINAL_TYPE (ScPersonEditor, sc_person_editor, SC, PERSON_EDITOR, GtkWindow)

/* person NULL: someone new. */
ScPersonEditor *sc_person_editor_new         (GtkWindow      *parent,
                                              ScStore        *store,
                                              ScPerson       *person);
gboolean        sc_person_editor_save        (ScPersonEditor *self);
GtkEntry       *sc_person_editor_get_entry   (ScPersonEditor *self,
                                              guint           column);
/* The message at a field, NULL when there is none (tests). */
const char     *sc_person_editor_get_message (ScPersonEditor *self,
                                              ScPersonField   field);

G_END_DECLS
