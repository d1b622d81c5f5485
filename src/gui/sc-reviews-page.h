/* sc-reviews-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Reviews page (PRODUCT.md C6): the monthly variance review and the
 * quarterly review that are due, with the buttons that start (or resume)
 * them, and the reviews held before, which open read-only. A review runs
 * in the page itself (ScMonthlyReviewView, ScQuarterlyReviewView); Back
 * (or Escape) returns to the list.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-monthly-review-view.h"
#include "sc-quarterly-review-view.h"
#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_REVIEWS_PAGE (sc_reviews_page_get_type ())

G_DECLARE_FINAL_TYPE (ScReviewsPage, sc_reviews_page, SC, REVIEWS_PAGE, GtkWidget)

void                   sc_reviews_page_set_store          (ScReviewsPage *self,
                                                           ScStore       *store);
ScStore               *sc_reviews_page_get_store          (ScReviewsPage *self);
/* "list", "monthly" or "quarterly". */
const char            *sc_reviews_page_get_shown          (ScReviewsPage *self);
ScMonthlyReviewView   *sc_reviews_page_get_monthly_view   (ScReviewsPage *self);
ScQuarterlyReviewView *sc_reviews_page_get_quarterly_view (ScReviewsPage *self);
/* The list of past reviews (tests). */
GtkListBox            *sc_reviews_page_get_past_list      (ScReviewsPage *self);
/* What the cards say is due (tests). */
const char            *sc_reviews_page_get_monthly_due    (ScReviewsPage *self);
const char            *sc_reviews_page_get_quarterly_due  (ScReviewsPage *self);

G_END_DECLS
