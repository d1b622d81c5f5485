/* sc-people-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The team (PRODUCT.md §3.3): add, edit, deactivate and delete people.
 * Someone who still owns open work hands it over first; someone the
 * history names is deactivated, never deleted; inactive people stay
 * listed, dimmed and marked, under the active ones.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_PEOPLE_PAGE (sc_people_page_get_type ())

G_DECLARE_FINAL_TYPE (ScPeoplePage, sc_people_page, SC, PEOPLE_PAGE, GtkWidget)

void        sc_people_page_set_store   (ScPeoplePage *self,
                                        ScStore      *store);
ScStore    *sc_people_page_get_store   (ScPeoplePage *self);
/* The rows of active (TRUE) or inactive people, in order (tests). */
GtkListBox *sc_people_page_get_list    (ScPeoplePage *self,
                                        gboolean      active);
/* The window the last people.* action opened (editor, hand-over,
 * question), while it is open (tests). */
GtkWindow  *sc_people_page_get_dialog  (ScPeoplePage *self);

G_END_DECLS
