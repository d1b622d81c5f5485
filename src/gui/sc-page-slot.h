/* sc-page-slot.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A place for a page that is built only when it is first needed (issue 8:
 * start-up builds what the first screen shows and nothing more). The slot
 * knows the page's type and builds the page, filling the slot, on the
 * first call of sc_page_slot_get_page ().
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SC_TYPE_PAGE_SLOT (sc_page_slot_get_type ())

G_DECLARE_FINAL_TYPE (ScPageSlot, sc_page_slot, SC, PAGE_SLOT, GtkWidget)

/* The page, built now if it was not yet. */
GtkWidget *sc_page_slot_get_page  (ScPageSlot *self);
/* The page if it is built, else NULL. */
GtkWidget *sc_page_slot_peek_page (ScPageSlot *self);

G_END_DECLS
