/* sc-person-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person on the People page: name, role, email, what they own and how
 * late it is, whether they are inactive (in words, and dimmed), and the
 * people.* actions of the page for them.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_PERSON_ROW (sc_person_row_get_type ())

G_DECLARE_FINAL_TYPE (ScPersonRow, sc_person_row, SC, PERSON_ROW, GtkListBoxRow)

ScPersonRow *sc_person_row_new        (ScStore     *store,
                                       ScPerson    *person);
ScPerson    *sc_person_row_get_person (ScPersonRow *self);
/* Reads the person and what they own again. */
void         sc_person_row_refresh    (ScPersonRow *self);
/* What the row says the person owns (tests). */
const char  *sc_person_row_get_load_text (ScPersonRow *self);

G_END_DECLS
