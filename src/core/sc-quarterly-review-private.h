/* sc-quarterly-review-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files that implement sc-quarterly-review.h: the
 * session (sc-quarterly-review.c), finishing it (…-finish.c) and what it
 * says (…-content.c).
 */

#pragma once

#include "sc-quarterly-review.h"

G_BEGIN_DECLS

struct _ScQuarterlyReviewSession
{
  GObject     parent_instance;

  ScStore    *store;
  ScPeriod    quarter;
  ScPeriod    next;
  gint64      review_id;
  ScDay       done_on;
  gboolean    read_only;
  GListStore *items;      /* ScQuarterlyDecision drafts, in order */
  GArray     *required;   /* gboolean per item */
};

gboolean   _sc_quarterly_review_fail        (GError                  **error,
                                             ScQuarterlyReviewError    code,
                                             const char               *message);
/* The item's draft (borrowed). */
ScRecord  *_sc_quarterly_review_item        (ScQuarterlyReviewSession *self,
                                             guint                     index);
/* The checks of sc_quarterly_review_session_decide (), also run again
 * before finishing. */
gboolean   _sc_quarterly_review_check       (ScQuarterlyReviewSession *self,
                                             guint                     index,
                                             ScDecision                decision,
                                             const char               *reason,
                                             const ScReviewChange     *change,
                                             GError                  **error);
/* The review row as the change should write it. */
ScRecord  *_sc_quarterly_review_row         (ScQuarterlyReviewSession *self,
                                             ScDay                     done_on);
/* Puts the decided items' rows and deletes the rows of items no longer
 * decided; copies (in item order, NULL where nothing was put) get the ids
 * to give the drafts after the commit. */
gboolean   _sc_quarterly_review_put_items   (ScQuarterlyReviewSession *self,
                                             ScChange                 *change,
                                             gint64                    review_id,
                                             GPtrArray                *written,
                                             GError                  **error);
/* After a commit: the drafts take the ids of what was written. */
void       _sc_quarterly_review_took_ids    (ScQuarterlyReviewSession *self,
                                             GPtrArray                *written);
/* The item's title in lang (a KPI's name, an objective's or action's
 * wording). */
const char *_sc_quarterly_review_item_title (ScQuarterlyReviewSession *self,
                                             guint                     index,
                                             ScLang                    lang);

G_END_DECLS
