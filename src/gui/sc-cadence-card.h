/* sc-cadence-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cadence health on the dashboard (PRODUCT.md §3.4, sc-cadence.h): the
 * weeks with a meeting, their average length against the plan, the share
 * of actions done on time, the figures missing, the monthly and quarterly
 * reviews; and, on the meeting day, the reminder with a Start Meeting
 * button. Each figure has an icon and words, never colour alone.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_CADENCE_CARD (sc_cadence_card_get_type ())

G_DECLARE_FINAL_TYPE (ScCadenceCard, sc_cadence_card, SC, CADENCE_CARD, GtkWidget)

typedef enum
{
  SC_CADENCE_MEETINGS,
  SC_CADENCE_LENGTH,
  SC_CADENCE_ON_TIME,
  SC_CADENCE_MISSING,
  SC_CADENCE_MONTHLY,
  SC_CADENCE_QUARTERLY,
  SC_CADENCE_REMINDER,
} ScCadenceField;

ScCadenceCard *sc_cadence_card_new       (void);
void           sc_cadence_card_set_store (ScCadenceCard  *self,
                                          ScStore        *store);
ScStore       *sc_cadence_card_get_store (ScCadenceCard  *self);
/* Brings the card up to date now rather than at the next idle (tests). */
void           sc_cadence_card_refresh   (ScCadenceCard  *self);
/* The text shown for a field: the value of a figure ("9 of 11"), the line
 * of a review, the reminder (NULL when hidden). */
const char    *sc_cadence_card_get_text  (ScCadenceCard  *self,
                                          ScCadenceField  field);

G_END_DECLS
