/* sc-store-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing to the company file: every change is one transaction, and every
 * row it touches is recorded as a before and an after image. Undo writes
 * the before images back in reverse order, in one transaction of its own;
 * redo writes the after images again. Rows deleted by ON DELETE CASCADE
 * are not recorded: the rules modules delete dependent rows explicitly.
 */

#define G_LOG_DOMAIN "sc-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-store-private.h"

#define UNDO_DEPTH 100

typedef struct
{
  const ScTableInfo *table;
  gint64             id;
  ScRecord          *before;  /* NULL: the row did not exist */
  ScRecord          *after;   /* NULL: the row was deleted */
} RowChange;

struct _ScChange
{
  ScStore   *store;
  char      *label;
  GPtrArray *rows;            /* RowChange* */
};

typedef struct
{
  char      *label;
  GPtrArray *rows;
} UndoEntry;

static void
row_change_free (gpointer data)
{
  RowChange *row = data;

  g_clear_object (&row->before);
  g_clear_object (&row->after);
  g_free (row);
}

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_free (entry->label);
  g_ptr_array_unref (entry->rows);
  g_free (entry);
}

static void
change_free (ScChange *change)
{
  g_free (change->label);
  g_ptr_array_unref (change->rows);
  g_free (change);
}

void
_sc_store_clear_undo (ScStore *self)
{
  g_queue_clear_full (self->undo, undo_entry_free);
  g_queue_clear_full (self->redo, undo_entry_free);
}

static ScChange *
begin (ScStore     *self,
       const char  *label,
       GError     **error)
{
  ScChange *change;

  if (self->read_only)
    {
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_READ_ONLY, "%s",
                   _("This company file is open read-only: the change was not saved."));
      return NULL;
    }
  g_return_val_if_fail (self->current == NULL, NULL);

  /* Values read ahead may be about to change. */
  sc_store_prefetch_values (self, 0, SC_DAY_NONE, SC_DAY_NONE);
  if (!_sc_store_exec (self, "BEGIN IMMEDIATE", error))
    return NULL;

  change = g_new0 (ScChange, 1);
  change->store = self;
  change->label = g_strdup (label);
  change->rows = g_ptr_array_new_with_free_func (row_change_free);
  self->current = change;
  return change;
}

ScChange *
sc_store_begin (ScStore     *self,
                const char  *label,
                GError     **error)
{
  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return begin (self, label, error);
}

ScStore *
sc_change_get_store (ScChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);
  return change->store;
}

static void
record_row (ScChange          *change,
            const ScTableInfo *table,
            gint64             id,
            ScRecord          *before,
            ScRecord          *after)
{
  RowChange *row;

  if (before != NULL && after != NULL && sc_record_equal (before, after))
    {
      g_object_unref (before);
      g_object_unref (after);
      return;
    }

  row = g_new0 (RowChange, 1);
  row->table = table;
  row->id = id;
  row->before = before;
  row->after = after;
  g_ptr_array_add (change->rows, row);
}

static gboolean
step_done (ScStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _sc_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
sc_change_put (ScChange  *change,
               ScRecord  *record,
               GError   **error)
{
  ScStore *self;
  const ScTableInfo *table;
  g_autoptr(ScRecord) before = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (change != NULL, FALSE);
  g_return_val_if_fail (SC_IS_RECORD (record), FALSE);

  self = change->store;
  table = sc_record_get_table (record);
  id = sc_record_get_id (record);

  if (id != 0)
    {
      before = _sc_store_read_row (self, table, id, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (before == NULL)
    {
      stmt = _sc_store_table_statement (self, table, SC_SQL_INSERT, error);
      if (stmt == NULL)
        return FALSE;
      _sc_store_bind_record (stmt, record, 1, TRUE);
      if (!step_done (self, stmt, error))
        return FALSE;
      if (id == 0)
        {
          id = sqlite3_last_insert_rowid (self->db);
          sc_record_set_id (record, id);
        }
    }
  else
    {
      stmt = _sc_store_table_statement (self, table, SC_SQL_UPDATE, error);
      if (stmt == NULL)
        return FALSE;
      _sc_store_bind_record (stmt, record, 1, FALSE);
      sqlite3_bind_int64 (stmt, table->n_columns, id);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  /* The after image is what the database holds, defaults included. */
  {
    ScRecord *after = _sc_store_read_row (self, table, id, error);

    if (after == NULL)
      return FALSE;
    record_row (change, table, id, g_steal_pointer (&before), after);
  }

  return TRUE;
}

gboolean
sc_change_delete (ScChange          *change,
                  const ScTableInfo *table,
                  gint64             id,
                  GError           **error)
{
  ScStore *self;
  g_autoptr(GError) local_error = NULL;
  ScRecord *before;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (change != NULL, FALSE);

  self = change->store;
  before = _sc_store_read_row (self, table, id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (before == NULL)
    return TRUE;

  stmt = _sc_store_table_statement (self, table, SC_SQL_DELETE, error);
  if (stmt == NULL || (sqlite3_bind_int64 (stmt, 1, id), !step_done (self, stmt, error)))
    {
      g_object_unref (before);
      return FALSE;
    }

  record_row (change, table, id, before, NULL);
  return TRUE;
}

void
sc_store_rollback (ScStore  *self,
                   ScChange *change)
{
  g_return_if_fail (SC_IS_STORE (self));
  g_return_if_fail (change != NULL && change == self->current);

  if (self->db != NULL && !sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->current = NULL;
  change_free (change);
}

/* Commits the open transaction and brings the objects up to date; returns
 * the recorded rows (transfer full) or NULL on failure. */
static GPtrArray *
commit (ScStore   *self,
        ScChange  *change,
        GError   **error)
{
  GPtrArray *rows;

  if (!_sc_store_exec (self, "COMMIT", error))
    {
      sc_store_rollback (self, change);
      return NULL;
    }

  self->current = NULL;
  rows = g_steal_pointer (&change->rows);
  change->rows = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      RowChange *row = g_ptr_array_index (rows, i);

      _sc_store_refresh_row (self, row->table, row->id, row->after);
    }

  return rows;
}

gboolean
sc_store_commit (ScStore   *self,
                 ScChange  *change,
                 GError   **error)
{
  GPtrArray *rows;

  g_return_val_if_fail (SC_IS_STORE (self), FALSE);
  g_return_val_if_fail (change != NULL && change == self->current, FALSE);

  rows = commit (self, change, error);
  if (rows == NULL)
    return FALSE;

  if (rows->len > 0 && change->label != NULL)
    {
      UndoEntry *entry = g_new0 (UndoEntry, 1);

      entry->label = g_strdup (change->label);
      entry->rows = rows;
      g_queue_push_head (self->undo, entry);
      while (g_queue_get_length (self->undo) > UNDO_DEPTH)
        undo_entry_free (g_queue_pop_tail (self->undo));
      g_queue_clear_full (self->redo, undo_entry_free);
    }
  else
    g_ptr_array_unref (rows);

  change_free (change);
  _sc_store_notify_undo (self);
  return TRUE;
}

gboolean
sc_store_put (ScStore     *self,
              const char  *label,
              ScRecord    *record,
              GError     **error)
{
  ScChange *change = sc_store_begin (self, label, error);

  if (change == NULL)
    return FALSE;
  if (!sc_change_put (change, record, error))
    {
      sc_store_rollback (self, change);
      return FALSE;
    }
  return sc_store_commit (self, change, error);
}

/* Writes one image back: NULL deletes the row, else the row gets the
 * image's columns (inserted under its old id if it was deleted). */
static gboolean
write_image (ScChange          *change,
             const ScTableInfo *table,
             gint64             id,
             ScRecord          *image,
             GError           **error)
{
  g_autoptr(ScRecord) copy = NULL;

  if (image == NULL)
    return sc_change_delete (change, table, id, error);

  copy = sc_record_copy (image);
  return sc_change_put (change, copy, error);
}

/* Applies the before (undo) or after (redo) images of entry in one
 * transaction; entry moves from one stack to the other. */
static gboolean
replay (ScStore   *self,
        GQueue    *from,
        GQueue    *to,
        gboolean   undo,
        GError   **error)
{
  UndoEntry *entry = g_queue_peek_head (from);
  GPtrArray *rows;
  ScChange *change;

  if (entry == NULL)
    return TRUE;

  change = begin (self, NULL, error);
  if (change == NULL)
    return FALSE;

  for (guint i = 0; i < entry->rows->len; i++)
    {
      guint index = undo ? entry->rows->len - 1 - i : i;
      RowChange *row = g_ptr_array_index (entry->rows, index);

      if (!write_image (change, row->table, row->id, undo ? row->before : row->after, error))
        {
          sc_store_rollback (self, change);
          return FALSE;
        }
    }

  rows = commit (self, change, error);
  if (rows == NULL)
    return FALSE;
  g_ptr_array_unref (rows);
  change_free (change);

  g_queue_push_head (to, g_queue_pop_head (from));
  _sc_store_notify_undo (self);
  return TRUE;
}

gboolean
sc_store_can_undo (ScStore *self)
{
  g_return_val_if_fail (SC_IS_STORE (self), FALSE);
  return !self->read_only && !g_queue_is_empty (self->undo);
}

gboolean
sc_store_can_redo (ScStore *self)
{
  g_return_val_if_fail (SC_IS_STORE (self), FALSE);
  return !self->read_only && !g_queue_is_empty (self->redo);
}

const char *
sc_store_get_undo_label (ScStore *self)
{
  UndoEntry *entry;

  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  entry = g_queue_peek_head (self->undo);
  return entry != NULL ? entry->label : NULL;
}

const char *
sc_store_get_redo_label (ScStore *self)
{
  UndoEntry *entry;

  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  entry = g_queue_peek_head (self->redo);
  return entry != NULL ? entry->label : NULL;
}

gboolean
sc_store_undo (ScStore  *self,
               GError  **error)
{
  g_return_val_if_fail (SC_IS_STORE (self), FALSE);
  return replay (self, self->undo, self->redo, TRUE, error);
}

gboolean
sc_store_redo (ScStore  *self,
               GError  **error)
{
  g_return_val_if_fail (SC_IS_STORE (self), FALSE);
  return replay (self, self->redo, self->undo, FALSE, error);
}
