/* sc-quarterly-review.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The quarterly review (PRODUCT.md §3.4, C6): item by item, a decision to
 * keep, modify or drop every active KPI, every priority objective of the
 * quarter and every action of its plan still open, with its reason
 * (required to modify or to drop). Actions the quarter finished (done or
 * dropped) may be decided on too, but need not be: keeping one changes
 * nothing, modifying one carries a follow-up into the next quarter, and a
 * done action cannot be dropped.
 *
 * Modify says what changes: a KPI's new target (a new target version in
 * force from the first entry period of the next quarter: the past is
 * never rewritten), owner or name; an objective's or an action's new
 * wording or owner; an action's new due date (counted as a slip).
 *
 * Finishing writes, in one transaction (one Undo entry), the next
 * quarter's plan from the decisions:
 *  - kept and modified objectives and open actions carry over: new rows in
 *    the next quarter whose carried_from is the original, with the
 *    changes; a carried action keeps its original due date, and its
 *    objective is the carried objective;
 *  - the original of a carried action is closed in its own quarter
 *    (dropped, the reason saying where it went), so that only the copy is
 *    still open; done actions stay in their quarter;
 *  - dropped objectives and actions are closed with their reason, dropped
 *    KPIs archived (their history stays);
 *  - the review gets its day; it is then read-only.
 * Before finishing, the decisions so far can be saved as a draft and
 * taken up again later.
 */

#pragma once

#include "sc-metrics.h"

G_BEGIN_DECLS

#define SC_QUARTERLY_REVIEW_ERROR (sc_quarterly_review_error_quark ())

typedef enum
{
  SC_QUARTERLY_REVIEW_ERROR_NOT_OVER,    /* the quarter's last week has not begun */
  SC_QUARTERLY_REVIEW_ERROR_READ_ONLY,   /* a finished review */
  SC_QUARTERLY_REVIEW_ERROR_UNDECIDED,   /* finishing with items left to decide */
  SC_QUARTERLY_REVIEW_ERROR_NO_REASON,   /* modify or drop without a reason */
  SC_QUARTERLY_REVIEW_ERROR_NO_CHANGE,   /* modify without saying what changes */
  SC_QUARTERLY_REVIEW_ERROR_NOT_ALLOWED, /* a change the item cannot take */
  SC_QUARTERLY_REVIEW_ERROR_OWNER,       /* an owner unknown or no longer active */
  SC_QUARTERLY_REVIEW_ERROR_TOO_MANY,    /* more than five objectives next quarter */
  SC_QUARTERLY_REVIEW_ERROR_NOT_FOUND,
} ScQuarterlyReviewError;

/* What Modify changes; the defaults change nothing. */
typedef struct
{
  double      new_target;     /* NAN: unchanged (KPIs, natural units) */
  gint64      new_owner_id;   /* 0: unchanged */
  ScDay       new_due;        /* SC_DAY_NONE: unchanged (actions) */
  const char *new_title;      /* NULL or "": unchanged */
} ScReviewChange;

#define SC_REVIEW_CHANGE_INIT { NAN, 0, SC_DAY_NONE, NULL }

#define SC_TYPE_QUARTERLY_REVIEW_SESSION (sc_quarterly_review_session_get_type ())

G_DECLARE_FINAL_TYPE (ScQuarterlyReviewSession, sc_quarterly_review_session, SC,
                      QUARTERLY_REVIEW_SESSION, GObject)

GQuark      sc_quarterly_review_error_quark (void);

/* The quarter to review now: the latest one whose last week has begun,
 * unless the quarter before it had a plan and still lacks its finished
 * review (that review comes first: it carries the open work forward);
 * FALSE when the review is finished (or the company did not exist yet).
 * *draft says whether a draft of it is saved. */
gboolean    sc_quarterly_review_due_quarter (ScStore        *store,
                                             int            *fiscal_year,
                                             int            *quarter,
                                             gboolean       *draft);
/* The review of a quarter (finished or a draft), NULL when none. */
ScQuarterlyReview *sc_quarterly_review_find (ScStore        *store,
                                             int             fiscal_year,
                                             int             quarter);

/* The review of a quarter: the finished one (read-only), the saved draft
 * with its decisions, or a new one. */
ScQuarterlyReviewSession *sc_quarterly_review_session_new (ScStore  *store,
                                                           int       fiscal_year,
                                                           int       quarter,
                                                           GError  **error);

ScStore    *sc_quarterly_review_session_get_store     (ScQuarterlyReviewSession *self);
const ScPeriod *sc_quarterly_review_session_get_quarter (ScQuarterlyReviewSession *self);
/* The quarter whose plan finishing creates. */
const ScPeriod *sc_quarterly_review_session_get_next  (ScQuarterlyReviewSession *self);
gboolean    sc_quarterly_review_session_get_read_only (ScQuarterlyReviewSession *self);
/* 0 until a draft is saved. */
gint64      sc_quarterly_review_session_get_review_id (ScQuarterlyReviewSession *self);
ScDay       sc_quarterly_review_session_get_done_on   (ScQuarterlyReviewSession *self);

/* The items in order (KPIs, objectives, open actions, then finished
 * actions): a list of ScQuarterlyDecision whose item_kind and item_id
 * name the item and whose other columns hold the decision so far. They
 * notify as decisions are taken. */
GListModel *sc_quarterly_review_session_get_items     (ScQuarterlyReviewSession *self);
guint       sc_quarterly_review_session_get_n_items   (ScQuarterlyReviewSession *self);
/* The index of an item, or -1. */
int         sc_quarterly_review_session_find_item     (ScQuarterlyReviewSession *self,
                                                       ScItemKind                kind,
                                                       gint64                    item_id);
/* The KPI, objective or action an item stands for (borrowed; NULL when it
 * is no longer in the file). */
ScRecord   *sc_quarterly_review_session_get_record    (ScQuarterlyReviewSession *self,
                                                       guint                     index);
/* Whether finishing needs a decision on the item (not on a finished
 * action). */
gboolean    sc_quarterly_review_session_is_required   (ScQuarterlyReviewSession *self,
                                                       guint                     index);
/* Required items without a decision. */
guint       sc_quarterly_review_session_count_undecided (ScQuarterlyReviewSession *self);
/* The first required item without a decision, or -1. */
int         sc_quarterly_review_session_first_undecided (ScQuarterlyReviewSession *self);

/* Records a decision on an item, or (SC_DECISION_NONE) takes it back.
 * Refused, leaving the item as it was: a missing reason (modify, drop),
 * modify without a change or with a new owner who is not active, a new
 * target that is not a number, dropping a done action. change may be NULL
 * (nothing changes). */
gboolean    sc_quarterly_review_session_decide        (ScQuarterlyReviewSession *self,
                                                       guint                     index,
                                                       ScDecision                decision,
                                                       const char               *reason,
                                                       const ScReviewChange     *change,
                                                       GError                  **error);

/* What an item's Modify changes (an item of the list above). */
void        sc_quarterly_review_get_change            (ScQuarterlyDecision      *item,
                                                       ScReviewChange           *change);

/* Writes the decisions so far (one transaction) to take them up later. */
gboolean    sc_quarterly_review_session_save_draft    (ScQuarterlyReviewSession *self,
                                                       GError                  **error);
/* Writes the decisions and the next quarter's plan (one transaction);
 * refused (nothing written) while a required item is undecided. Then the
 * session is read-only. */
gboolean    sc_quarterly_review_session_finish        (ScQuarterlyReviewSession *self,
                                                       GError                  **error);

/* For the printer and the screen ------------------------------------------ */

typedef struct
{
  ScItemKind  kind;
  gint64      item_id;
  gboolean    required;
  char       *ref;        /* "A03", "O1"; "" for a KPI */
  char       *title;      /* the item as it was reviewed */
  char       *owner;
  char       *state;      /* "Open, due May 30, 2025", "Done on May 2, 2025",
                           * "Target 12 a week" */
  ScDecision  decision;
  char       *decision_label;  /* "Keep", "Modify", "Drop", "To decide" */
  char       *reason;
  char       *changes;    /* "New target: 14 a week from June 30, 2025 · …"; "" */
} ScQuarterlyReviewContentItem;

typedef struct
{
  ScLang      lang;
  char       *company;
  char       *title;      /* "Quarterly Review — Q1 FY2025" */
  char       *period;     /* "March 31 to June 29, 2025 · 13 weeks" */
  char       *held;       /* "Finished on September 26, 2025"; "Draft"; "Not saved yet" */
  char       *summary;    /* "12 decisions: 9 kept, 3 modified, 1 dropped" */
  char       *next_plan;  /* "Plan of Q2 FY2025: 3 objectives, 3 actions carried over" */
  GPtrArray  *items;      /* ScQuarterlyReviewContentItem */
} ScQuarterlyReviewContent;

ScQuarterlyReviewContent *sc_quarterly_review_session_dup_content (ScQuarterlyReviewSession *self,
                                                                   ScLang                    lang);
/* The same for a saved review (the printer's entry point). */
ScQuarterlyReviewContent *sc_quarterly_review_get_content  (ScStore  *store,
                                                            gint64    review_id,
                                                            ScLang    lang,
                                                            GError  **error);
void        sc_quarterly_review_content_free  (ScQuarterlyReviewContent *content);
/* What one item says (the screen's details pane). */
ScQuarterlyReviewContentItem *sc_quarterly_review_session_dup_item (ScQuarterlyReviewSession *self,
                                                                    guint                     index,
                                                                    ScLang                    lang);
void        sc_quarterly_review_content_item_free (ScQuarterlyReviewContentItem *item);
/* "Keep", "Modify", "Drop", "To decide" in lang. */
const char *sc_decision_get_label             (ScDecision    decision,
                                               ScLang        lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuarterlyReviewContent, sc_quarterly_review_content_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScQuarterlyReviewContentItem, sc_quarterly_review_content_item_free)

G_END_DECLS
