/* sc-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared between the files that implement ScStore: sc-store.c (opening,
 * checking, reading) and sc-store-change.c (transactions and undo).
 */

#pragma once

#include <sqlite3.h>

#include "sc-store.h"

G_BEGIN_DECLS

typedef struct
{
  GListStore *list;
  GHashTable *by_id;   /* gint64* → ScRecord* (borrowed from list) */
} ScCachedTable;

struct _ScStore
{
  GObject      parent_instance;

  char        *path;
  sqlite3     *db;
  gboolean     read_only;
  char        *read_only_reason;
  guint        file_version;
  gboolean     dirty;

  GHashTable  *statements;   /* SQL text → sqlite3_stmt* */
  GHashTable  *table_sql;    /* "op\ttable" → SQL text */
  GHashTable  *cache;        /* const ScTableInfo* → ScCachedTable* */

  /* sc_store_prefetch_values(): period (GUINT_TO_POINTER) → ScPrefetched
   * of one KPI's values with from <= period <= to. */
  GHashTable  *prefetch;
  gint64       prefetch_kpi;
  ScDay        prefetch_from;
  ScDay        prefetch_to;

  GQueue      *undo;         /* ScUndoEntry*, newest at head */
  GQueue      *redo;
  ScChange    *current;
};

typedef enum
{
  SC_SQL_SELECT_ONE,
  SC_SQL_SELECT_ALL,
  SC_SQL_INSERT,
  SC_SQL_UPDATE,
  SC_SQL_DELETE,
} ScSqlOp;

sqlite3_stmt *_sc_store_statement      (ScStore           *self,
                                        const char        *sql,
                                        GError           **error);
sqlite3_stmt *_sc_store_table_statement (ScStore          *self,
                                         const ScTableInfo *table,
                                         ScSqlOp           op,
                                         GError          **error);
gboolean      _sc_store_set_error      (ScStore           *self,
                                        int                rc,
                                        GError           **error);
gboolean      _sc_store_exec           (ScStore           *self,
                                        const char        *sql,
                                        GError           **error);
ScRecord     *_sc_store_read_row       (ScStore           *self,
                                        const ScTableInfo *table,
                                        gint64             id,
                                        GError           **error);
ScRecord     *_sc_store_record_from_statement (const ScTableInfo *table,
                                               sqlite3_stmt      *stmt);
void          _sc_store_bind_record    (sqlite3_stmt      *stmt,
                                        ScRecord          *record,
                                        int                first,
                                        gboolean           with_id);
/* Brings the in-memory lists up to date with a row's new image (NULL: the
 * row is gone) and emits "changed". */
void          _sc_store_refresh_row    (ScStore           *self,
                                        const ScTableInfo *table,
                                        gint64             id,
                                        ScRecord          *after);
void          _sc_store_clear_undo     (ScStore           *self);
void          _sc_store_notify_undo    (ScStore           *self);

G_END_DECLS
