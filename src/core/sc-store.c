/* sc-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening and checking company files, and reading them. Writing is in
 * sc-store-change.c.
 */

#define G_LOG_DOMAIN "sc-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-backup.h"
#include "sc-store-private.h"

G_DEFINE_FINAL_TYPE (ScStore, sc_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (sc-store-error-quark, sc_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_DIRTY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The tables kept in memory: small, and read by most screens. */
static const ScTableInfo *const cached_tables[] = {
  &sc_company_table, &sc_agenda_table, &sc_shutdown_table, &sc_person_table,
  &sc_kpi_table, &sc_target_table, &sc_override_table, &sc_priority_table,
  &sc_action_table, &sc_due_change_table, &sc_meeting_table, &sc_topic_table,
  &sc_monthly_review_table, &sc_quarterly_review_table,
};

/* Every table, for the schema check. */
static const ScTableInfo *const all_tables[] = {
  &sc_company_table, &sc_agenda_table, &sc_shutdown_table, &sc_person_table,
  &sc_kpi_table, &sc_target_table, &sc_override_table, &sc_value_table,
  &sc_priority_table, &sc_action_table, &sc_due_change_table, &sc_meeting_table,
  &sc_segment_table, &sc_attendance_table, &sc_topic_table, &sc_monthly_review_table,
  &sc_review_line_table, &sc_quarterly_review_table, &sc_decision_table,
};

static gboolean
is_cached (const ScTableInfo *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (cached_tables); i++)
    if (cached_tables[i] == table)
      return TRUE;
  return FALSE;
}

static void
cached_table_free (gpointer data)
{
  ScCachedTable *cached = data;

  g_clear_object (&cached->list);
  g_clear_pointer (&cached->by_id, g_hash_table_unref);
  g_free (cached);
}

/* Errors ----------------------------------------------------------------- */

static char *
display_name (const char *path)
{
  return g_filename_display_name (path);
}

static gboolean
file_error (GError     **error,
            ScStoreError code,
            const char  *path,
            const char  *format)
{
  g_autofree char *name = display_name (path);

  /* format is one of the translated sentences below, with one %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, SC_STORE_ERROR, code, format, name);
#pragma GCC diagnostic pop
  return FALSE;
}

gboolean
_sc_store_set_error (ScStore  *self,
                     int       rc,
                     GError  **error)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  g_autofree char *name = display_name (self->path);

  /* A journal left by a program stopped in the middle of a change: only
   * a connection that may write can roll it back. */
  if (rc == SQLITE_READONLY_ROLLBACK)
    {
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_READ_ONLY,
                   _("“%s” holds a change that was interrupted when the program writing it "
                     "stopped. Open it normally once: SalesCadence undoes the unfinished change."),
                   name);
      return FALSE;
    }

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_IO,
                   _("The disk is full: the change to “%s” was not saved."), name);
      break;
    case SQLITE_IOERR:
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_IO,
                   _("The disk could not be written: the change to “%s” was not saved (%s)."),
                   name, detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be written: the file or its folder is read-only."), name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_BUSY,
                   _("“%s” is in use by another program; close it there first."), name);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_DAMAGED,
                   _("“%s” is damaged and cannot be used safely (%s)."), name, detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_INVALID,
                   _("The change was refused because it breaks a rule of the company file (%s)."),
                   detail);
      break;
    default:
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_FAILED,
                   _("The company file “%s” reported an error: %s."), name, detail);
      break;
    }

  return FALSE;
}

/* Statements ------------------------------------------------------------- */

sqlite3_stmt *
_sc_store_statement (ScStore     *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_assert (SC_IS_STORE (self));

  if (self->db == NULL)
    {
      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_FAILED,
                   _("The company file is closed."));
      return NULL;
    }

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _sc_store_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static char *
build_table_sql (const ScTableInfo *table,
                 ScSqlOp            op)
{
  GString *sql = g_string_new (NULL);
  g_autoptr(GString) cols = g_string_new (NULL);

  /* Identifiers come from the static table descriptions, never from
   * input; values are always bound. */
  for (guint c = 0; c < table->n_columns; c++)
    g_string_append_printf (cols, "%s%s", c ? ", " : "", table->columns[c].name);

  switch (op)
    {
    case SC_SQL_SELECT_ONE:
      g_string_printf (sql, "SELECT %s FROM %s WHERE id = ?1", cols->str, table->name);
      break;
    case SC_SQL_SELECT_ALL:
      g_string_printf (sql, "SELECT %s FROM %s ORDER BY id", cols->str, table->name);
      break;
    case SC_SQL_INSERT:
      g_string_printf (sql, "INSERT INTO %s (%s) VALUES (", table->name, cols->str);
      for (guint c = 0; c < table->n_columns; c++)
        g_string_append_printf (sql, "%s?%u", c ? ", " : "", c + 1);
      g_string_append (sql, ")");
      break;
    case SC_SQL_UPDATE:
      g_string_printf (sql, "UPDATE %s SET ", table->name);
      for (guint c = 1; c < table->n_columns; c++)
        g_string_append_printf (sql, "%s%s = ?%u", c > 1 ? ", " : "", table->columns[c].name, c);
      g_string_append_printf (sql, " WHERE id = ?%u", table->n_columns);
      break;
    case SC_SQL_DELETE:
      g_string_printf (sql, "DELETE FROM %s WHERE id = ?1", table->name);
      break;
    default:
      g_assert_not_reached ();
    }

  return g_string_free (sql, FALSE);
}

sqlite3_stmt *
_sc_store_table_statement (ScStore           *self,
                           const ScTableInfo *table,
                           ScSqlOp            op,
                           GError           **error)
{
  g_autofree char *key = g_strdup_printf ("%d\t%s", op, table->name);
  const char *sql = g_hash_table_lookup (self->table_sql, key);

  if (sql == NULL)
    {
      char *built = build_table_sql (table, op);

      g_hash_table_insert (self->table_sql, g_steal_pointer (&key), built);
      sql = built;
    }

  return _sc_store_statement (self, sql, error);
}

gboolean
_sc_store_exec (ScStore     *self,
                const char  *sql,
                GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _sc_store_set_error (self, rc, error);
  return TRUE;
}

/* Rows ↔ records --------------------------------------------------------- */

void
_sc_store_bind_record (sqlite3_stmt *stmt,
                       ScRecord     *record,
                       int           first,
                       gboolean      with_id)
{
  const ScTableInfo *table = sc_record_get_table (record);
  int index = first;

  for (guint c = with_id ? 0 : 1; c < table->n_columns; c++, index++)
    {
      const ScColumn *col = &table->columns[c];
      char iso[16];

      if (c == 0 && sc_record_get_id (record) == 0)
        {
          sqlite3_bind_null (stmt, index);
          continue;
        }
      if (sc_record_is_null (record, c))
        {
          sqlite3_bind_null (stmt, index);
          continue;
        }

      switch (col->type)
        {
        case SC_COLUMN_INT:
        case SC_COLUMN_BOOL:
        case SC_COLUMN_REF:
          sqlite3_bind_int64 (stmt, index, sc_record_get_int (record, c));
          break;
        case SC_COLUMN_TEXT:
          sqlite3_bind_text (stmt, index, sc_record_get_text (record, c), -1, SQLITE_TRANSIENT);
          break;
        case SC_COLUMN_DATE:
          sc_day_to_iso (sc_record_get_date (record, c), iso);
          sqlite3_bind_text (stmt, index, iso, -1, SQLITE_TRANSIENT);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

ScRecord *
_sc_store_record_from_statement (const ScTableInfo *table,
                                 sqlite3_stmt      *stmt)
{
  ScRecord *record = sc_record_new (sc_records_type_for_table (table));

  for (guint c = 0; c < table->n_columns; c++)
    {
      if (sqlite3_column_type (stmt, c) == SQLITE_NULL)
        {
          sc_record_set_null (record, c);
          continue;
        }

      switch (table->columns[c].type)
        {
        case SC_COLUMN_INT:
        case SC_COLUMN_BOOL:
        case SC_COLUMN_REF:
          sc_record_set_int (record, c, sqlite3_column_int64 (stmt, c));
          break;
        case SC_COLUMN_TEXT:
          sc_record_set_text (record, c, (const char *) sqlite3_column_text (stmt, c));
          break;
        case SC_COLUMN_DATE:
          sc_record_set_date (record, c,
                              sc_day_from_iso ((const char *) sqlite3_column_text (stmt, c)));
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return record;
}

ScRecord *
_sc_store_read_row (ScStore           *self,
                    const ScTableInfo *table,
                    gint64             id,
                    GError           **error)
{
  sqlite3_stmt *stmt = _sc_store_table_statement (self, table, SC_SQL_SELECT_ONE, error);
  ScRecord *record = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = _sc_store_record_from_statement (table, stmt);
  else if (rc != SQLITE_DONE)
    _sc_store_set_error (self, rc, error);
  sqlite3_reset (stmt);

  return record;
}

static GPtrArray *
read_rows (ScStore            *self,
           sqlite3_stmt       *stmt,
           const ScTableInfo  *table,
           GError            **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, _sc_store_record_from_statement (table, stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _sc_store_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&rows);
}

/* The object ------------------------------------------------------------- */

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
sc_store_finalize (GObject *object)
{
  ScStore *self = SC_STORE (object);

  sc_store_close (self);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->prefetch, g_hash_table_unref);
  g_clear_pointer (&self->table_sql, g_hash_table_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  _sc_store_clear_undo (self);
  g_queue_free (self->undo);
  g_queue_free (self->redo);
  g_free (self->read_only_reason);
  g_free (self->path);

  G_OBJECT_CLASS (sc_store_parent_class)->finalize (object);
}

static void
sc_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ScStore *self = SC_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sc_store_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sc_store_can_redo (self));
      break;
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_store_class_init (ScStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sc_store_finalize;
  object_class->get_property = sc_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScStore::changed:
   * @table: (type gpointer): the ScTableInfo of the row
   * @id: the row's id
   *
   * A row was written, deleted, or restored by undo/redo.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_INT64);
}

static void
sc_store_init (ScStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->table_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cache = g_hash_table_new_full (NULL, NULL, NULL, cached_table_free);
  self->undo = g_queue_new ();
  self->redo = g_queue_new ();
}

void
_sc_store_notify_undo (ScStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (!self->dirty)
    {
      self->dirty = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
    }
}

/* The header of a SQLite file, read before SQLite sees it ------------------ */

typedef struct
{
  guint32 page_size;
  guint32 page_count;
  guint32 user_version;
  guint32 application_id;
  goffset file_size;
} FileHeader;

static guint32
be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Whether path has a rollback journal with something in it, left by a
 * change that did not finish. */
static gboolean
has_hot_journal (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  GStatBuf st;

  return g_stat (journal, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0;
}

/* Refuses, without opening it with SQLite, a file that is not a SQLite
 * database of ours or that is shorter than its header says (truncated). */
static gboolean
read_file_header (const char  *path,
                  FileHeader  *header,
                  GError     **error)
{
  guint8 buf[100];
  GStatBuf st;
  ssize_t n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        return file_error (error, SC_STORE_ERROR_NOT_FOUND, path, _("“%s” does not exist."));
      if (saved == EACCES)
        return file_error (error, SC_STORE_ERROR_READ_ONLY, path,
                           _("“%s” cannot be read: permission denied."));
      if (saved == EISDIR)
        return file_error (error, SC_STORE_ERROR_NOT_OURS, path,
                           _("“%s” is a folder, not a SalesCadence company file."));
      return file_error (error, SC_STORE_ERROR_FAILED, path, _("“%s” cannot be opened."));
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return file_error (error, SC_STORE_ERROR_NOT_OURS, path,
                         _("“%s” is not a SalesCadence company file."));
    }

  n = read (fd, buf, sizeof buf);
  close (fd);

  if (n != (ssize_t) sizeof buf || memcmp (buf, "SQLite format 3", 16) != 0)
    return file_error (error, SC_STORE_ERROR_NOT_OURS, path,
                       _("“%s” is not a SalesCadence company file."));

  header->page_size = ((guint32) buf[16] << 8) | buf[17];
  if (header->page_size == 1)
    header->page_size = 65536;
  header->page_count = be32 (buf + 28);
  header->user_version = be32 (buf + 60);
  header->application_id = be32 (buf + 68);
  header->file_size = st.st_size;

  if (header->application_id != SC_APPLICATION_ID)
    return file_error (error, SC_STORE_ERROR_NOT_OURS, path,
                       _("“%s” is a database of another program, not a SalesCadence company file."));

  /* A program killed while it wrote a change leaves a journal: until
   * SQLite plays it back, the file may be shorter than its new header says
   * (the first page is written first). That is no damage: SQLite restores
   * the file as it was before the change when it opens it. */
  if (header->page_size >= 512 && has_hot_journal (path))
    return TRUE;

  if (header->page_size < 512 || (header->page_size & (header->page_size - 1)) != 0 ||
      header->file_size % header->page_size != 0 ||
      (goffset) header->page_count * header->page_size > header->file_size)
    return file_error (error, SC_STORE_ERROR_DAMAGED, path,
                       _("“%s” is damaged: the file is shorter than its contents (truncated)."));

  return TRUE;
}

/* Opening ---------------------------------------------------------------- */

static gboolean
pragma_int (ScStore     *self,
            const char  *sql,
            gint64      *value,
            GError     **error)
{
  sqlite3_stmt *stmt = _sc_store_statement (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    return _sc_store_set_error (self, rc, error);
  return TRUE;
}

static gboolean
run_integrity_check (ScStore  *self,
                     gboolean  full,
                     GError  **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *first = NULL;
  int rc;

  stmt = _sc_store_statement (self, full ? "PRAGMA integrity_check (20)" : "PRAGMA quick_check (20)",
                              error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (first == NULL && g_strcmp0 (line, "ok") != 0)
        first = g_strdup (line);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _sc_store_set_error (self, rc, error);

  if (first != NULL)
    {
      g_autofree char *name = display_name (self->path);

      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_DAMAGED,
                   _("“%s” is damaged and cannot be used safely (%s)."), name, first);
      return FALSE;
    }

  if (full)
    {
      stmt = _sc_store_statement (self, "PRAGMA foreign_key_check", error);
      if (stmt == NULL)
        return FALSE;
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_ROW)
        return file_error (error, SC_STORE_ERROR_DAMAGED, self->path,
                           _("“%s” is damaged: some records point to records that do not exist."));
      if (rc != SQLITE_DONE)
        return _sc_store_set_error (self, rc, error);
    }

  return TRUE;
}

/* Every table we know must be there with its columns in order. */
static gboolean
check_tables (ScStore  *self,
              GError  **error)
{
  for (guint t = 0; t < G_N_ELEMENTS (all_tables); t++)
    {
      const ScTableInfo *table = all_tables[t];
      sqlite3_stmt *stmt;
      guint c = 0;
      gboolean match = TRUE;
      int rc;

      stmt = _sc_store_statement (self, "SELECT name FROM pragma_table_info (?1)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, table->name, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (stmt, 0);

          if (c >= table->n_columns || g_strcmp0 (name, table->columns[c].name) != 0)
            match = FALSE;
          c++;
        }
      sqlite3_reset (stmt);

      if (rc != SQLITE_DONE)
        return _sc_store_set_error (self, rc, error);
      if (!match || c != table->n_columns)
        return file_error (error, SC_STORE_ERROR_DAMAGED, self->path,
                           _("“%s” is damaged: its tables are not those of a SalesCadence company file."));
    }

  return TRUE;
}

static gboolean
migrate (ScStore  *self,
         guint     from,
         GError  **error)
{
  g_autofree char *set_version = NULL;

  if (!_sc_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (guint v = from + 1; v <= SC_SCHEMA_VERSION; v++)
    if (!_sc_store_exec (self, sc_schema_migration (v), error))
      goto fail;

  /* PRAGMA takes no bound parameters; the number is ours. */
  set_version = g_strdup_printf ("PRAGMA user_version = %d", SC_SCHEMA_VERSION);
  if (!_sc_store_exec (self, set_version, error))
    goto fail;
  if (from == 0)
    {
      g_autofree char *set_app = g_strdup_printf ("PRAGMA application_id = %d", SC_APPLICATION_ID);

      if (!_sc_store_exec (self, set_app, error))
        goto fail;
    }

  if (!_sc_store_exec (self, "COMMIT", error))
    goto fail;
  return TRUE;

fail:
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gboolean
folder_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (dir, W_OK) == 0;
}

/* Takes the lock that keeps every other program out while the file is
 * open: in exclusive locking mode SQLite keeps the lock of the first
 * transaction until the connection closes. */
static gboolean
take_lock (ScStore  *self,
           GError  **error)
{
  if (!_sc_store_exec (self, "PRAGMA locking_mode = EXCLUSIVE", error))
    return FALSE;

  if (self->read_only)
    {
      gint64 ignored;

      /* A read keeps a shared lock: no one writes under our feet. */
      return pragma_int (self, "SELECT count(*) FROM sqlite_schema", &ignored, error);
    }

  if (!_sc_store_exec (self, "BEGIN EXCLUSIVE", error))
    return FALSE;
  return _sc_store_exec (self, "COMMIT", error);
}

static gboolean
open_database (ScStore           *self,
               ScStoreOpenFlags   flags,
               const FileHeader  *header,
               GError           **error)
{
  int open_flags = SQLITE_OPEN_EXRESCODE;
  int rc;

  if (!self->read_only && g_access (self->path, W_OK) != 0)
    {
      self->read_only = TRUE;
      self->read_only_reason = g_strdup (_("The file is read-only."));
    }
  else if (!self->read_only && !folder_writable (self->path))
    {
      self->read_only = TRUE;
      self->read_only_reason = g_strdup (_("The folder that holds the file is read-only."));
    }

  open_flags |= self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  rc = sqlite3_open_v2 (self->path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      _sc_store_set_error (self, rc, error);
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 1500);

  if (!self->read_only && sqlite3_db_readonly (self->db, "main") == 1)
    {
      self->read_only = TRUE;
      self->read_only_reason = g_strdup (_("The file is read-only."));
    }

  return _sc_store_exec (self, "PRAGMA foreign_keys = ON", error) &&
         (self->read_only || _sc_store_exec (self, "PRAGMA synchronous = FULL", error)) &&
         take_lock (self, error) &&
         (((flags & SC_STORE_OPEN_SALVAGE) && self->read_only) ||
          run_integrity_check (self, (flags & SC_STORE_OPEN_FULL_CHECK) != 0, error));
}

static ScStore *
open_path (const char        *path,
           ScStoreOpenFlags   flags,
           gboolean           creating,
           GError           **error)
{
  g_autoptr(ScStore) self = NULL;
  FileHeader header = { 0 };
  gint64 version = 0, app_id = 0;

  if (!creating && !read_file_header (path, &header, error))
    return NULL;

  if (!creating && header.user_version > SC_SCHEMA_VERSION && !(flags & SC_STORE_OPEN_READ_ONLY))
    {
      g_autofree char *name = display_name (path);

      g_set_error (error, SC_STORE_ERROR, SC_STORE_ERROR_NEWER,
                   _("“%s” was written by a newer version of SalesCadence (file format %u; this version reads up to %u)."),
                   name, header.user_version, SC_SCHEMA_VERSION);
      return NULL;
    }

  self = g_object_new (SC_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = (flags & SC_STORE_OPEN_READ_ONLY) != 0;
  if (self->read_only)
    self->read_only_reason = g_strdup ((flags & SC_STORE_OPEN_SALVAGE) ?
                                       _("The file is damaged: only what could still be read is shown.") :
                                       _("The file was opened read-only."));

  if (!open_database (self, flags, &header, error))
    return NULL;

  if (!pragma_int (self, "PRAGMA application_id", &app_id, error) ||
      !pragma_int (self, "PRAGMA user_version", &version, error))
    return NULL;

  self->file_version = (guint) version;
  if (creating && version == 0 && app_id == 0)
    {
      if (!migrate (self, 0, error))
        return NULL;
    }
  else if (app_id != SC_APPLICATION_ID || version == 0)
    {
      file_error (error, SC_STORE_ERROR_NOT_OURS, path,
                  _("“%s” is not a SalesCadence company file."));
      return NULL;
    }
  else if (version < SC_SCHEMA_VERSION)
    {
      if (self->read_only)
        {
          file_error (error, SC_STORE_ERROR_READ_ONLY, path,
                      _("“%s” was written by an older version and must be upgraded, but it is read-only."));
          return NULL;
        }
      if (!sc_backup_before_migration (self, error) || !migrate (self, (guint) version, error))
        return NULL;
    }
  else if (version > SC_SCHEMA_VERSION)
    {
      g_free (self->read_only_reason);
      self->read_only_reason = g_strdup (_("The file was written by a newer version of SalesCadence."));
    }

  if (!check_tables (self, error))
    return NULL;

  if (!creating && sc_store_get_company (self) == NULL)
    {
      file_error (error, SC_STORE_ERROR_DAMAGED, path,
                  _("“%s” is damaged: it holds no company."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

ScStore *
sc_store_open (const char        *path,
               ScStoreOpenFlags   flags,
               GError           **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return open_path (path, flags, FALSE, error);
}

gboolean
sc_store_check_file (const char  *path,
                     GError     **error)
{
  g_autoptr(ScStore) store = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  store = open_path (path, SC_STORE_OPEN_READ_ONLY | SC_STORE_OPEN_FULL_CHECK, FALSE, error);
  if (store == NULL)
    return FALSE;

  if (store->file_version != SC_SCHEMA_VERSION)
    {
      g_autofree char *name = display_name (path);

      g_set_error (error, SC_STORE_ERROR, store->file_version > SC_SCHEMA_VERSION ?
                   SC_STORE_ERROR_NEWER : SC_STORE_ERROR_FAILED,
                   _("“%s” is in file format %u; this version of SalesCadence writes format %u."),
                   name, store->file_version, SC_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

gboolean
sc_store_verify (ScStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (SC_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  return run_integrity_check (self, TRUE, error);
}

/* Creating --------------------------------------------------------------- */

static void
add_standard_agenda (ScChange *change)
{
  static const struct { ScSegmentKind kind; int minutes; } agenda[] = {
    { SC_SEGMENT_KIND_KPIS, 5 },
    { SC_SEGMENT_KIND_ACTIONS, 10 },
    { SC_SEGMENT_KIND_TOPICS, 10 },
    { SC_SEGMENT_KIND_WRAP_UP, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (agenda); i++)
    {
      g_autoptr(ScRecord) seg = sc_record_new (SC_TYPE_AGENDA_SEGMENT);

      sc_record_set_int (seg, SC_AGENDA_POSITION, i);
      sc_record_set_int (seg, SC_AGENDA_KIND, agenda[i].kind);
      sc_record_set_int (seg, SC_AGENDA_MINUTES, agenda[i].minutes);
      sc_change_put (change, seg, NULL);
    }
}

static gboolean
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);
  return ok;
}

/* Puts the finished temporary file in place without ever replacing an
 * existing file: link() fails when the name is taken. */
static gboolean
link_into_place (const char  *temp,
                 const char  *path,
                 GError     **error)
{
  if (link (temp, path) != 0)
    {
      int saved = errno;

      if (saved == EEXIST)
        return file_error (error, SC_STORE_ERROR_EXISTS, path,
                           _("“%s” already exists; choose another name."));
      return file_error (error, SC_STORE_ERROR_IO, path, _("“%s” could not be written."));
    }

  g_unlink (temp);
  sync_folder (path);
  return TRUE;
}

static char *
make_temp_file (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *pattern = g_strdup_printf (".%s.XXXXXX", base);
  char *temp = g_build_filename (dir, pattern, NULL);
  int fd;

  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_free (temp);
      if (saved == EACCES || saved == EROFS || saved == EPERM)
        file_error (error, SC_STORE_ERROR_READ_ONLY, path,
                    _("“%s” cannot be created: the folder is read-only."));
      else if (saved == ENOENT)
        file_error (error, SC_STORE_ERROR_NOT_FOUND, path,
                    _("“%s” cannot be created: its folder does not exist."));
      else
        file_error (error, SC_STORE_ERROR_IO, path, _("“%s” could not be written."));
      return NULL;
    }
  close (fd);
  return temp;
}

gboolean
sc_store_create_full (const char       *path,
                      ScCompany        *company,
                      ScStoreFillFunc   fill,
                      gpointer          user_data,
                      GError          **error)
{
  g_autofree char *temp = NULL;
  g_autoptr(ScStore) store = NULL;
  g_autoptr(ScRecord) row = NULL;
  ScChange *change;
  gboolean ok = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (SC_IS_COMPANY (company), FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return file_error (error, SC_STORE_ERROR_EXISTS, path,
                       _("“%s” already exists; choose another name."));

  temp = make_temp_file (path, error);
  if (temp == NULL)
    return FALSE;

  store = open_path (temp, SC_STORE_OPEN_DEFAULT, TRUE, error);
  if (store == NULL)
    goto out;

  row = sc_record_copy (SC_RECORD (company));
  sc_record_set_id (row, 1);
  if (sc_record_get_date (row, SC_COMPANY_CREATED) == SC_DAY_NONE)
    sc_record_set_date (row, SC_COMPANY_CREATED, sc_day_today ());

  change = sc_store_begin (store, NULL, error);
  if (change == NULL)
    goto out;
  if (!sc_change_put (change, row, error))
    {
      sc_store_rollback (store, change);
      goto out;
    }
  add_standard_agenda (change);
  if (!sc_store_commit (store, change, error))
    goto out;

  if (fill != NULL && !fill (store, user_data, error))
    goto out;

  sc_store_close (store);
  ok = link_into_place (temp, path, error);

out:
  if (store != NULL)
    sc_store_close (store);
  g_unlink (temp);
  return ok;
}

gboolean
sc_store_create (const char  *path,
                 ScCompany   *company,
                 GError     **error)
{
  return sc_store_create_full (path, company, NULL, NULL, error);
}

void
sc_store_close (ScStore *self)
{
  g_return_if_fail (SC_IS_STORE (self));

  g_hash_table_remove_all (self->statements);
  g_clear_pointer (&self->db, sqlite3_close);
}

/* Reading ---------------------------------------------------------------- */

const char *
sc_store_get_path (ScStore *self)
{
  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  return self->path;
}

gboolean
sc_store_get_read_only (ScStore *self)
{
  g_return_val_if_fail (SC_IS_STORE (self), TRUE);
  return self->read_only;
}

const char *
sc_store_get_read_only_reason (ScStore *self)
{
  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  return self->read_only ? self->read_only_reason : NULL;
}

guint
sc_store_get_file_version (ScStore *self)
{
  g_return_val_if_fail (SC_IS_STORE (self), 0);
  return self->file_version;
}

gboolean
sc_store_get_dirty (ScStore *self)
{
  g_return_val_if_fail (SC_IS_STORE (self), FALSE);
  return self->dirty;
}

static ScCachedTable *
load_cached (ScStore           *self,
             const ScTableInfo *table)
{
  ScCachedTable *cached = g_hash_table_lookup (self->cache, table);
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;

  if (cached != NULL)
    return cached;

  cached = g_new0 (ScCachedTable, 1);
  cached->list = g_list_store_new (sc_records_type_for_table (table));
  cached->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_hash_table_insert (self->cache, (gpointer) table, cached);

  stmt = _sc_store_table_statement (self, table, SC_SQL_SELECT_ALL, NULL);
  if (stmt != NULL)
    rows = read_rows (self, stmt, table, NULL);
  if (rows == NULL)
    return cached;

  for (guint i = 0; i < rows->len; i++)
    {
      ScRecord *record = g_ptr_array_index (rows, i);

      g_hash_table_insert (cached->by_id, g_memdup2 (&(gint64) { sc_record_get_id (record) },
                                                     sizeof (gint64)), record);
    }
  g_list_store_splice (cached->list, 0, 0, rows->pdata, rows->len);

  return cached;
}

GListModel *
sc_store_get_list (ScStore           *self,
                   const ScTableInfo *table)
{
  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  g_return_val_if_fail (is_cached (table), NULL);

  return G_LIST_MODEL (load_cached (self, table)->list);
}

ScRecord *
sc_store_lookup (ScStore           *self,
                 const ScTableInfo *table,
                 gint64             id)
{
  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  g_return_val_if_fail (is_cached (table), NULL);

  if (id == 0)
    return NULL;
  return g_hash_table_lookup (load_cached (self, table)->by_id, &id);
}

ScCompany *
sc_store_get_company (ScStore *self)
{
  return SC_COMPANY (sc_store_lookup (self, &sc_company_table, 1));
}

void
sc_store_get_calendar (ScStore    *self,
                       ScCalendar *calendar)
{
  ScRecord *company = SC_RECORD (sc_store_get_company (self));

  calendar->fiscal_start_month = sc_record_get_int (company, SC_COMPANY_FISCAL_START_MONTH);
  calendar->week_start = sc_record_get_int (company, SC_COMPANY_WEEK_START) == 7 ?
                         G_DATE_SUNDAY : G_DATE_MONDAY;
}

ScDay
sc_store_get_today (ScStore *self)
{
  ScRecord *company = SC_RECORD (sc_store_get_company (self));
  ScDay as_of = company ? sc_record_get_date (company, SC_COMPANY_AS_OF) : SC_DAY_NONE;

  return as_of != SC_DAY_NONE ? as_of : sc_day_today ();
}

void
_sc_store_refresh_row (ScStore           *self,
                       const ScTableInfo *table,
                       gint64             id,
                       ScRecord          *after)
{
  ScCachedTable *cached = g_hash_table_lookup (self->cache, table);

  if (cached != NULL)
    {
      ScRecord *current = g_hash_table_lookup (cached->by_id, &id);

      if (after == NULL && current != NULL)
        {
          guint position;

          g_hash_table_remove (cached->by_id, &id);
          if (g_list_store_find (cached->list, current, &position))
            g_list_store_remove (cached->list, position);
        }
      else if (after != NULL && current != NULL)
        {
          sc_record_assign (current, after);
        }
      else if (after != NULL)
        {
          g_autoptr(ScRecord) copy = sc_record_copy (after);

          g_hash_table_insert (cached->by_id, g_memdup2 (&id, sizeof id), copy);
          g_list_store_append (cached->list, copy);
        }
    }

  g_signal_emit (self, signals[CHANGED], 0, table, id);
}

ScRecord *
sc_store_read (ScStore           *self,
               const ScTableInfo *table,
               gint64             id,
               GError           **error)
{
  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  return _sc_store_read_row (self, table, id, error);
}

/* A statement that reads the columns of table's rows matching where, in
 * the order of sc_store_query_children(). */
static sqlite3_stmt *
query_rows (ScStore           *self,
            const ScTableInfo *table,
            const char        *where,
            GError           **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(GString) cols = g_string_new (NULL);
  const char *order = "id";

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_string_append_printf (cols, "%s%s", c ? ", " : "", table->columns[c].name);
      if (g_str_equal (table->columns[c].name, "position"))
        order = "position, id";
    }

  /* Identifiers from the static descriptions only. */
  sql = g_strdup_printf ("SELECT %s FROM %s WHERE %s ORDER BY %s", cols->str, table->name, where,
                         order);
  return _sc_store_statement (self, sql, error);
}

GPtrArray *
sc_store_query_children (ScStore           *self,
                         const ScTableInfo *table,
                         guint              column,
                         gint64             id,
                         GError           **error)
{
  g_autofree char *where = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  g_return_val_if_fail (column < table->n_columns, NULL);

  where = g_strdup_printf ("%s = ?1", table->columns[column].name);
  stmt = query_rows (self, table, where, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  return read_rows (self, stmt, table, error);
}

GPtrArray *
sc_store_query_between (ScStore           *self,
                        const ScTableInfo *table,
                        guint              column,
                        ScDay              from,
                        ScDay              to,
                        GError           **error)
{
  g_autofree char *where = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_STORE (self), NULL);
  g_return_val_if_fail (column < table->n_columns, NULL);
  g_return_val_if_fail (table->columns[column].type == SC_COLUMN_DATE, NULL);
  g_return_val_if_fail (from != SC_DAY_NONE && to != SC_DAY_NONE, NULL);

  /* Days are ISO 8601 text: their order is the text's order. */
  where = g_strdup_printf ("%s BETWEEN ?1 AND ?2", table->columns[column].name);
  stmt = query_rows (self, table, where, error);
  if (stmt == NULL)
    return NULL;

  first = sc_day_dup_iso (from);
  last = sc_day_dup_iso (to);
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
  return read_rows (self, stmt, table, error);
}

guint
sc_store_count_rows (ScStore           *self,
                     const ScTableInfo *table)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (SC_IS_STORE (self), 0);

  /* The table name comes from the static descriptions. */
  sql = g_strdup_printf ("SELECT count(*) FROM %s", table->name);
  stmt = _sc_store_statement (self, sql, NULL);
  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
bind_range (sqlite3_stmt *stmt,
            gint64        kpi_id,
            ScDay         from,
            ScDay         to)
{
  char a[16], b[16];

  sqlite3_bind_int64 (stmt, 1, kpi_id);
  sqlite3_bind_text (stmt, 2, sc_day_to_iso (from, a), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, sc_day_to_iso (to, b), -1, SQLITE_TRANSIENT);
}

/* A statement on the values of a KPI with from <= period <= to (?1, ?2, ?3). */
static sqlite3_stmt *
range_statement (ScStore     *self,
                 const char  *sql,
                 gint64       kpi_id,
                 ScDay        from,
                 ScDay        to,
                 GError     **error)
{
  sqlite3_stmt *stmt = _sc_store_statement (self, sql, error);

  if (stmt != NULL)
    bind_range (stmt, kpi_id, from, to);
  return stmt;
}

GPtrArray *
sc_store_get_values (ScStore  *self,
                     gint64    kpi_id,
                     ScDay     from,
                     ScDay     to,
                     GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (SC_IS_STORE (self), NULL);

  stmt = range_statement (self,
                          "SELECT id, kpi_id, period, value, den, provisional, note, updated "
                          "FROM kpi_value WHERE kpi_id = ?1 AND period BETWEEN ?2 AND ?3 "
                          "ORDER BY period",
                          kpi_id, from, to, error);
  if (stmt == NULL)
    return NULL;

  return read_rows (self, stmt, &sc_value_table, error);
}

GHashTable *
sc_store_get_value_notes (ScStore  *self,
                          gint64    kpi_id,
                          ScDay     from,
                          ScDay     to,
                          GError  **error)
{
  g_autoptr(GHashTable) notes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_STORE (self), NULL);

  stmt = range_statement (self,
                          "SELECT period, note FROM kpi_value "
                          "WHERE kpi_id = ?1 AND period BETWEEN ?2 AND ?3 AND note <> ''",
                          kpi_id, from, to, error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScDay period = sc_day_from_iso ((const char *) sqlite3_column_text (stmt, 0));

      g_hash_table_insert (notes, GUINT_TO_POINTER (period),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _sc_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&notes);
}

ScKpiValue *
sc_store_get_value (ScStore *self,
                    gint64   kpi_id,
                    ScDay    period)
{
  g_autoptr(GPtrArray) values = sc_store_get_values (self, kpi_id, period, period, NULL);

  if (values == NULL || values->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (values, 0));
}

typedef struct
{
  gint64   value;
  gint64   den;       /* 0 for none, as SQL's total() counts NULL */
  gboolean provisional;
} ScPrefetched;

void
sc_store_prefetch_values (ScStore *self,
                          gint64   kpi_id,
                          ScDay    from,
                          ScDay    to)
{
  sqlite3_stmt *stmt;

  g_return_if_fail (SC_IS_STORE (self));

  g_clear_pointer (&self->prefetch, g_hash_table_unref);
  self->prefetch_kpi = 0;
  if (kpi_id == 0 || from == SC_DAY_NONE || to == SC_DAY_NONE)
    return;

  stmt = range_statement (self,
                          "SELECT period, provisional, value, den FROM kpi_value "
                          "WHERE kpi_id = ?1 AND period BETWEEN ?2 AND ?3",
                          kpi_id, from, to, NULL);
  if (stmt == NULL)
    return;
  self->prefetch = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ScPrefetched *row = g_new (ScPrefetched, 1);
      ScDay period = sc_day_from_iso ((const char *) sqlite3_column_text (stmt, 0));

      row->provisional = sqlite3_column_int (stmt, 1) != 0;
      row->value = sqlite3_column_int64 (stmt, 2);
      row->den = sqlite3_column_int64 (stmt, 3);
      g_hash_table_insert (self->prefetch, GUINT_TO_POINTER (period), row);
    }
  if (sqlite3_reset (stmt) != SQLITE_OK)
    {
      /* Read badly: read from the file as usual. */
      g_clear_pointer (&self->prefetch, g_hash_table_unref);
      return;
    }
  self->prefetch_kpi = kpi_id;
  self->prefetch_from = from;
  self->prefetch_to = to;
}

/* The aggregate of one entry period (a week's cell, a month's figure):
 * one row found through the unique (kpi_id, period) index, without an
 * aggregate query. The same figures as sc_store_aggregate()'s query. */
static gboolean
aggregate_one (ScStore      *self,
               gint64        kpi_id,
               ScDay         period,
               ScAggregate  *aggregate,
               GError      **error)
{
  sqlite3_stmt *stmt;
  char iso[16];
  int rc;

  if (self->prefetch != NULL && kpi_id == self->prefetch_kpi &&
      period >= self->prefetch_from && period <= self->prefetch_to)
    {
      const ScPrefetched *row = g_hash_table_lookup (self->prefetch, GUINT_TO_POINTER (period));

      if (row != NULL)
        {
          aggregate->n = 1;
          aggregate->n_provisional = row->provisional;
          aggregate->sum = row->value;
          aggregate->sum_den = row->den;
          aggregate->last = row->value;
          aggregate->last_den = row->den;
          aggregate->last_period = period;
        }
      return TRUE;
    }

  stmt = _sc_store_statement (self,
                              "SELECT provisional, value, den FROM kpi_value "
                              "WHERE kpi_id = ?1 AND period = ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, kpi_id);
  sqlite3_bind_text (stmt, 2, sc_day_to_iso (period, iso), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      aggregate->n = 1;
      aggregate->n_provisional = (guint) sqlite3_column_double (stmt, 0);
      aggregate->sum = (gint64) sqlite3_column_double (stmt, 1);
      aggregate->sum_den = (gint64) sqlite3_column_double (stmt, 2);
      aggregate->last = sqlite3_column_int64 (stmt, 1);
      aggregate->last_den = sqlite3_column_int64 (stmt, 2);
      aggregate->last_period = period;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _sc_store_set_error (self, rc, error);
  return TRUE;
}

gboolean
sc_store_aggregate (ScStore      *self,
                    gint64        kpi_id,
                    ScDay         from,
                    ScDay         to,
                    ScAggregate  *aggregate,
                    GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (SC_IS_STORE (self), FALSE);

  memset (aggregate, 0, sizeof *aggregate);
  if (from == to)
    return aggregate_one (self, kpi_id, from, aggregate, error);

  /* One pass: with a single max() in an aggregate query, SQLite takes the
   * bare columns (value, den) from the row that holds the maximum, the
   * latest period. */
  stmt = range_statement (self,
                          "SELECT count(*), total(provisional), total(value), total(den), "
                          "max(period), value, den "
                          "FROM kpi_value WHERE kpi_id = ?1 AND period BETWEEN ?2 AND ?3",
                          kpi_id, from, to, error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      aggregate->n = sqlite3_column_int (stmt, 0);
      aggregate->n_provisional = (guint) sqlite3_column_double (stmt, 1);
      aggregate->sum = (gint64) sqlite3_column_double (stmt, 2);
      aggregate->sum_den = (gint64) sqlite3_column_double (stmt, 3);
      if (aggregate->n > 0)
        {
          aggregate->last_period = sc_day_from_iso ((const char *) sqlite3_column_text (stmt, 4));
          aggregate->last = sqlite3_column_int64 (stmt, 5);
          aggregate->last_den = sqlite3_column_int64 (stmt, 6);
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return _sc_store_set_error (self, rc, error);

  return TRUE;
}

/* A count needs no row of the table: SQLite answers it from the
 * (kpi_id, period) index alone. */
guint
sc_store_count_values (ScStore *self,
                       gint64   kpi_id,
                       ScDay    from,
                       ScDay    to)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  g_return_val_if_fail (SC_IS_STORE (self), 0);

  stmt = range_statement (self,
                          "SELECT count(*) FROM kpi_value "
                          "WHERE kpi_id = ?1 AND period BETWEEN ?2 AND ?3",
                          kpi_id, from, to, NULL);
  if (stmt == NULL)
    return 0;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

gboolean
sc_store_value_span (ScStore *self,
                     ScDay   *first,
                     ScDay   *last)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  g_return_val_if_fail (SC_IS_STORE (self), FALSE);

  stmt = _sc_store_statement (self, "SELECT min(period), max(period) FROM kpi_value", NULL);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      *first = sc_day_from_iso ((const char *) sqlite3_column_text (stmt, 0));
      *last = sc_day_from_iso ((const char *) sqlite3_column_text (stmt, 1));
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/* Copies ----------------------------------------------------------------- */

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

gboolean
sc_store_save_copy (ScStore     *self,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *temp = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (SC_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->db == NULL)
    return _sc_store_set_error (self, SQLITE_MISUSE, error);

  if (same_file (path, self->path))
    return file_error (error, SC_STORE_ERROR_EXISTS, path,
                       _("“%s” is the file that is open: choose another name for the copy."));

  temp = make_temp_file (path, error);
  if (temp == NULL)
    return FALSE;

  rc = sqlite3_open_v2 (temp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          rc = sqlite3_backup_finish (backup);
        }
      else
        rc = sqlite3_errcode (dest);
    }
  sqlite3_close (dest);

  if (rc != SQLITE_OK)
    {
      g_unlink (temp);
      return _sc_store_set_error (self, rc, error);
    }

  if (g_rename (temp, path) != 0)
    {
      g_unlink (temp);
      return file_error (error, SC_STORE_ERROR_IO, path, _("“%s” could not be written."));
    }
  sync_folder (path);
  return TRUE;
}
