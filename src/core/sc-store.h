/* sc-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ScStore is a company file: a SQLite database in rollback-journal mode
 * with synchronous=FULL and foreign keys on. It is the only code that runs
 * SQL. It refuses files that are not ours, damaged or newer without ever
 * writing to them, holds an exclusive lock while open (never two writers),
 * keeps the small tables in memory as GListModels of ScRecords, and writes
 * every change as one transaction that it can undo and redo.
 *
 * Writing: sc_store_begin() a change, sc_change_put() / sc_change_delete()
 * records, sc_store_commit(). Only after the commit succeeded are the
 * in-memory objects updated (they notify the widgets bound to them) and the
 * "changed" signal emitted. A failed commit leaves file and objects as they
 * were.
 */

#pragma once

#include <gio/gio.h>

#include "sc-calendar.h"
#include "sc-records.h"

G_BEGIN_DECLS

#define SC_STORE_ERROR (sc_store_error_quark ())

typedef enum
{
  SC_STORE_ERROR_NOT_FOUND,
  SC_STORE_ERROR_EXISTS,
  SC_STORE_ERROR_NOT_OURS,
  SC_STORE_ERROR_DAMAGED,
  SC_STORE_ERROR_NEWER,
  SC_STORE_ERROR_READ_ONLY,
  SC_STORE_ERROR_BUSY,
  SC_STORE_ERROR_INVALID,
  SC_STORE_ERROR_IO,
  SC_STORE_ERROR_FAILED,
} ScStoreError;

typedef enum
{
  SC_STORE_OPEN_DEFAULT   = 0,
  SC_STORE_OPEN_READ_ONLY = 1 << 0,  /* never write, not even a migration */
  SC_STORE_OPEN_FULL_CHECK = 1 << 1, /* integrity_check instead of quick_check */
  SC_STORE_OPEN_SALVAGE   = 1 << 2,  /* with READ_ONLY: no check, to read what a damaged file still holds */
} ScStoreOpenFlags;

#define SC_FILE_EXTENSION ".salescadence"

#define SC_TYPE_STORE (sc_store_get_type ())

G_DECLARE_FINAL_TYPE (ScStore, sc_store, SC, STORE, GObject)

typedef struct _ScChange ScChange;

GQuark        sc_store_error_quark   (void);

/* Writes a new company file at path (0600, created under a temporary name
 * then linked into place, so a half-written file never appears and an
 * existing file is never replaced). company's columns are copied; the
 * standard meeting agenda is added. */
gboolean      sc_store_create        (const char        *path,
                                      ScCompany         *company,
                                      GError           **error);
/* The same, filling the new file through fill before it is put in place. */
typedef gboolean (*ScStoreFillFunc) (ScStore   *store,
                                     gpointer   user_data,
                                     GError   **error);
gboolean      sc_store_create_full   (const char        *path,
                                      ScCompany         *company,
                                      ScStoreFillFunc    fill,
                                      gpointer           user_data,
                                      GError           **error);
ScStore      *sc_store_open          (const char        *path,
                                      ScStoreOpenFlags   flags,
                                      GError           **error);
/* Verifies a file without writing to it: header, application id, schema
 * version and tables, full integrity check. */
gboolean      sc_store_check_file    (const char        *path,
                                      GError           **error);
/* The full check of sc_store_check_file() on an open store, through its
 * own connection (another one would find the file locked). */
gboolean      sc_store_verify        (ScStore           *self,
                                      GError           **error);
/* Closes the database; the object stays usable for reading its lists. */
void          sc_store_close         (ScStore           *self);

const char   *sc_store_get_path      (ScStore           *self);
gboolean      sc_store_get_read_only (ScStore           *self);
/* Why the file is read-only, for the banner; NULL when writable. */
const char   *sc_store_get_read_only_reason (ScStore    *self);
/* user_version of the file as it was found (before any migration). */
guint         sc_store_get_file_version (ScStore        *self);
ScCompany    *sc_store_get_company   (ScStore           *self);
void          sc_store_get_calendar  (ScStore           *self,
                                      ScCalendar        *calendar);
/* Today for this company: the clock's day, or the fixed day of a file that
 * has one (the sample company). */
ScDay         sc_store_get_today     (ScStore           *self);

/* The cached tables as list models (sorted by id; sort in the view).
 * Not for kpi_value, meeting_segment, meeting_attendance,
 * monthly_review_line, quarterly_decision: query those. */
GListModel   *sc_store_get_list      (ScStore           *self,
                                      const ScTableInfo *table);
ScRecord     *sc_store_lookup        (ScStore           *self,
                                      const ScTableInfo *table,
                                      gint64             id);
/* One row of any table, read from the file (NULL when there is none). */
ScRecord     *sc_store_read          (ScStore           *self,
                                      const ScTableInfo *table,
                                      gint64             id,
                                      GError           **error);
/* Rows of table whose column equals id, as a new array of new records
 * ordered by id (or by "position" when the table has one). */
GPtrArray    *sc_store_query_children (ScStore          *self,
                                       const ScTableInfo *table,
                                       guint              column,
                                       gint64             id,
                                       GError           **error);

/* Rows of table whose date column lies between from and to, both
 * included, as for sc_store_query_children(): the part of a long history
 * a screen needs, read without loading the whole table. */
GPtrArray    *sc_store_query_between (ScStore           *self,
                                      const ScTableInfo *table,
                                      guint              column,
                                      ScDay              from,
                                      ScDay              to,
                                      GError           **error);

/* Rows of table in the file (not in memory): a SQL count. */
guint         sc_store_count_rows    (ScStore           *self,
                                      const ScTableInfo *table);

/* KPI values ------------------------------------------------------------ */

/* Values of a KPI with from <= period <= to, ordered by period. */
GPtrArray    *sc_store_get_values    (ScStore           *self,
                                      gint64             kpi_id,
                                      ScDay              from,
                                      ScDay              to,
                                      GError           **error);
ScKpiValue   *sc_store_get_value     (ScStore           *self,
                                      gint64             kpi_id,
                                      ScDay              period);
/* The notes of a KPI's values with from <= period <= to: period
 * (GUINT_TO_POINTER) → text, values without a note left out. Lighter than
 * sc_store_get_values() over a long history. */
GHashTable   *sc_store_get_value_notes (ScStore         *self,
                                        gint64           kpi_id,
                                        ScDay            from,
                                        ScDay            to,
                                        GError         **error);

typedef struct
{
  guint   n;                /* values in the range */
  guint   n_provisional;
  gint64  sum;              /* Σ value */
  gint64  sum_den;          /* Σ den (ratio KPIs) */
  gint64  last;             /* value of the latest period */
  gint64  last_den;
  ScDay   last_period;
} ScAggregate;

/* Aggregates in SQL over from <= period <= to. */
gboolean      sc_store_aggregate     (ScStore           *self,
                                      gint64             kpi_id,
                                      ScDay              from,
                                      ScDay              to,
                                      ScAggregate       *aggregate,
                                      GError           **error);
/* Reads the values of one KPI with from <= period <= to into memory, so
 * that sc_store_aggregate() of a single period in that range runs no
 * query (a workbook asks for thousands, one week at a time). They are
 * forgotten at the next change, at the next call, or with kpi_id 0. */
void          sc_store_prefetch_values (ScStore         *self,
                                        gint64           kpi_id,
                                        ScDay            from,
                                        ScDay            to);
/* The first and last periods that have a value, any KPI; FALSE if none. */
gboolean      sc_store_value_span    (ScStore           *self,
                                      ScDay             *first,
                                      ScDay             *last);
/* Periods (ascending) in from … to at which the KPI has a value. */
guint         sc_store_count_values  (ScStore           *self,
                                      gint64             kpi_id,
                                      ScDay              from,
                                      ScDay              to);

/* Changes ---------------------------------------------------------------- */

/* label names the change in the Undo menu ("Edit value"). */
ScChange     *sc_store_begin         (ScStore           *self,
                                      const char        *label,
                                      GError           **error);
/* Inserts record when its id is 0 (and sets the new id on it), else
 * updates the row with its id. */
gboolean      sc_change_put          (ScChange          *change,
                                      ScRecord          *record,
                                      GError           **error);
gboolean      sc_change_delete       (ScChange          *change,
                                      const ScTableInfo *table,
                                      gint64             id,
                                      GError           **error);
/* The store a change belongs to (for rules that read while writing). */
ScStore      *sc_change_get_store    (ScChange          *change);
/* Commits and frees change. On failure the change is rolled back. */
gboolean      sc_store_commit        (ScStore           *self,
                                      ScChange          *change,
                                      GError           **error);
void          sc_store_rollback      (ScStore           *self,
                                      ScChange          *change);
/* Convenience: one record in one transaction. */
gboolean      sc_store_put           (ScStore           *self,
                                      const char        *label,
                                      ScRecord          *record,
                                      GError           **error);

gboolean      sc_store_can_undo      (ScStore           *self);
gboolean      sc_store_can_redo      (ScStore           *self);
const char   *sc_store_get_undo_label (ScStore          *self);
const char   *sc_store_get_redo_label (ScStore          *self);
gboolean      sc_store_undo          (ScStore           *self,
                                      GError           **error);
gboolean      sc_store_redo          (ScStore           *self,
                                      GError           **error);

/* Whether the file changed since it was opened (for the backup on close). */
gboolean      sc_store_get_dirty     (ScStore           *self);

/* Copies the whole database to path with SQLite's backup API (used by
 * "Save a copy" and backups): written under a temporary name, synced,
 * then renamed; 0600. */
gboolean      sc_store_save_copy     (ScStore           *self,
                                      const char        *path,
                                      GError           **error);

G_END_DECLS
