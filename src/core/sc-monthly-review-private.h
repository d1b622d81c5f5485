/* sc-monthly-review-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files that implement sc-monthly-review.h: the
 * session (sc-monthly-review.c) and its actions and saving
 * (sc-monthly-review-save.c).
 */

#pragma once

#include "sc-monthly-review.h"

G_BEGIN_DECLS

struct _ScMonthlyReviewSession
{
  GObject     parent_instance;

  ScStore    *store;
  ScPeriod    month;
  gint64      review_id;
  ScDay       done_on;
  char       *notes;
  gboolean    read_only;
  GPtrArray  *lines;       /* ScVarianceLine* */
};

/* The line at index of a session that may still change, else NULL. */
ScVarianceLine *_sc_monthly_review_editable_line (ScMonthlyReviewSession *self,
                                                  guint                   index);
/* An off-target KPI still lacking its cause or countermeasure. */
gboolean        _sc_monthly_review_is_missing    (const ScVarianceLine   *line);

G_END_DECLS
