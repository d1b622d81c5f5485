/* sc-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-record"

#include "config.h"

#include <string.h>

#include "sc-calendar.h"
#include "sc-record.h"

typedef struct
{
  gboolean  null;
  gint64    i;
  char     *s;
} Cell;

typedef struct
{
  Cell *cells;
} ScRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (ScRecord, sc_record, G_TYPE_OBJECT)

static const ScTableInfo *
table_of (ScRecord *self)
{
  return SC_RECORD_GET_CLASS (self)->table;
}

static Cell *
cell_of (ScRecord *self,
         guint     column)
{
  ScRecordPrivate *priv = sc_record_get_instance_private (self);

  g_assert (column < table_of (self)->n_columns);
  return &priv->cells[column];
}

static void
notify_column (ScRecord *self,
               guint     column)
{
  ScRecordClass *klass = SC_RECORD_GET_CLASS (self);

  g_object_notify_by_pspec (G_OBJECT (self), klass->column_pspecs[column]);
  if (klass->column_changed != NULL)
    klass->column_changed (self, column);
}

static char *
kebab_case (const char *name)
{
  char *kebab = g_strdup (name);

  g_strdelimit (kebab, "_", '-');
  return kebab;
}

static void
sc_record_constructed (GObject *object)
{
  ScRecord *self = SC_RECORD (object);
  ScRecordPrivate *priv = sc_record_get_instance_private (self);
  const ScTableInfo *table = table_of (self);

  G_OBJECT_CLASS (sc_record_parent_class)->constructed (object);

  g_return_if_fail (table != NULL);

  priv->cells = g_new0 (Cell, table->n_columns);
  /* Nullable columns start out NULL; the rest start at 0 or "". */
  for (guint c = 0; c < table->n_columns; c++)
    priv->cells[c].null = table->columns[c].nullable ||
                          table->columns[c].type == SC_COLUMN_REF ||
                          table->columns[c].type == SC_COLUMN_DATE;
}

static void
sc_record_finalize (GObject *object)
{
  ScRecord *self = SC_RECORD (object);
  ScRecordPrivate *priv = sc_record_get_instance_private (self);

  if (priv->cells != NULL)
    {
      for (guint c = 0; c < table_of (self)->n_columns; c++)
        g_free (priv->cells[c].s);
      g_free (priv->cells);
    }

  G_OBJECT_CLASS (sc_record_parent_class)->finalize (object);
}

static void
sc_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ScRecord *self = SC_RECORD (object);
  const ScTableInfo *table = table_of (self);
  guint column = prop_id - 1;

  if (prop_id == 0 || column >= table->n_columns)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  switch (table->columns[column].type)
    {
    case SC_COLUMN_INT:
    case SC_COLUMN_REF:
      g_value_set_int64 (value, sc_record_get_int (self, column));
      break;
    case SC_COLUMN_BOOL:
      g_value_set_boolean (value, sc_record_get_bool (self, column));
      break;
    case SC_COLUMN_TEXT:
      g_value_set_string (value, sc_record_get_text (self, column));
      break;
    case SC_COLUMN_DATE:
      g_value_set_uint (value, sc_record_get_date (self, column));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
sc_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ScRecord *self = SC_RECORD (object);
  const ScTableInfo *table = table_of (self);
  guint column = prop_id - 1;

  if (prop_id == 0 || column >= table->n_columns)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  switch (table->columns[column].type)
    {
    case SC_COLUMN_INT:
    case SC_COLUMN_REF:
      sc_record_set_int (self, column, g_value_get_int64 (value));
      break;
    case SC_COLUMN_BOOL:
      sc_record_set_bool (self, column, g_value_get_boolean (value));
      break;
    case SC_COLUMN_TEXT:
      sc_record_set_text (self, column, g_value_get_string (value));
      break;
    case SC_COLUMN_DATE:
      sc_record_set_date (self, column, g_value_get_uint (value));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
sc_record_class_init (ScRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sc_record_constructed;
  object_class->finalize = sc_record_finalize;
  object_class->get_property = sc_record_get_property;
  object_class->set_property = sc_record_set_property;
}

static void
sc_record_init (ScRecord *self)
{
}

void
sc_record_class_set_table (ScRecordClass     *klass,
                           const ScTableInfo *table)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  g_return_if_fail (table != NULL && table->n_columns > 0);
  g_return_if_fail (g_str_equal (table->columns[0].name, "id"));

  /* GObject does not inherit these two: every class that installs
   * properties must set them. */
  object_class->get_property = sc_record_get_property;
  object_class->set_property = sc_record_set_property;

  klass->table = table;
  klass->column_pspecs = g_new0 (GParamSpec *, table->n_columns);

  for (guint c = 0; c < table->n_columns; c++)
    {
      /* Property names must outlive the class: classes are never freed. */
      char *name = kebab_case (table->columns[c].name);
      GParamSpec *pspec = NULL;

      switch (table->columns[c].type)
        {
        case SC_COLUMN_INT:
          pspec = g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                      flags & ~G_PARAM_STATIC_NAME);
          break;
        case SC_COLUMN_REF:
          pspec = g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0,
                                      flags & ~G_PARAM_STATIC_NAME);
          break;
        case SC_COLUMN_BOOL:
          pspec = g_param_spec_boolean (name, NULL, NULL, FALSE, flags & ~G_PARAM_STATIC_NAME);
          break;
        case SC_COLUMN_TEXT:
          pspec = g_param_spec_string (name, NULL, NULL, "", flags & ~G_PARAM_STATIC_NAME);
          break;
        case SC_COLUMN_DATE:
          pspec = g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT32, 0,
                                     flags & ~G_PARAM_STATIC_NAME);
          break;
        default:
          g_assert_not_reached ();
        }

      klass->column_pspecs[c] = pspec;
      g_object_class_install_property (object_class, c + 1, pspec);
      g_free (name);
    }
}

const ScTableInfo *
sc_record_get_table (ScRecord *self)
{
  g_return_val_if_fail (SC_IS_RECORD (self), NULL);

  return table_of (self);
}

ScRecord *
sc_record_new (GType type)
{
  g_return_val_if_fail (g_type_is_a (type, SC_TYPE_RECORD), NULL);

  return g_object_new (type, NULL);
}

ScRecord *
sc_record_copy (ScRecord *self)
{
  ScRecord *copy;

  g_return_val_if_fail (SC_IS_RECORD (self), NULL);

  copy = sc_record_new (G_OBJECT_TYPE (self));
  sc_record_assign (copy, self);
  return copy;
}

static gboolean
cell_equal (const Cell *a,
            const Cell *b)
{
  if (a->null || b->null)
    return a->null == b->null;
  /* A text cell never set reads as "", like one set to "". */
  return a->i == b->i && g_strcmp0 (a->s ? a->s : "", b->s ? b->s : "") == 0;
}

void
sc_record_assign (ScRecord *self,
                  ScRecord *src)
{
  const ScTableInfo *table;

  g_return_if_fail (SC_IS_RECORD (self));
  g_return_if_fail (SC_IS_RECORD (src));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (src));

  table = table_of (self);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint c = 0; c < table->n_columns; c++)
    {
      Cell *to = cell_of (self, c);
      const Cell *from = cell_of (src, c);

      if (cell_equal (to, from))
        continue;

      to->null = from->null;
      to->i = from->i;
      g_free (to->s);
      to->s = g_strdup (from->s);
      notify_column (self, c);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
sc_record_equal (ScRecord *a,
                 ScRecord *b)
{
  g_return_val_if_fail (SC_IS_RECORD (a) && SC_IS_RECORD (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  for (guint c = 0; c < table_of (a)->n_columns; c++)
    if (!cell_equal (cell_of (a, c), cell_of (b, c)))
      return FALSE;

  return TRUE;
}

gint64
sc_record_get_id (ScRecord *self)
{
  return sc_record_get_int (self, 0);
}

void
sc_record_set_id (ScRecord *self,
                  gint64    id)
{
  sc_record_set_int (self, 0, id);
}

gboolean
sc_record_is_null (ScRecord *self,
                   guint     column)
{
  g_return_val_if_fail (SC_IS_RECORD (self), TRUE);

  return cell_of (self, column)->null;
}

gint64
sc_record_get_int (ScRecord *self,
                   guint     column)
{
  const Cell *cell;

  g_return_val_if_fail (SC_IS_RECORD (self), 0);

  cell = cell_of (self, column);
  return cell->null ? 0 : cell->i;
}

gboolean
sc_record_get_bool (ScRecord *self,
                    guint     column)
{
  return sc_record_get_int (self, column) != 0;
}

const char *
sc_record_get_text (ScRecord *self,
                    guint     column)
{
  const Cell *cell;

  g_return_val_if_fail (SC_IS_RECORD (self), "");

  cell = cell_of (self, column);
  return (cell->null || cell->s == NULL) ? "" : cell->s;
}

ScDay
sc_record_get_date (ScRecord *self,
                    guint     column)
{
  return (ScDay) sc_record_get_int (self, column);
}

void
sc_record_set_null (ScRecord *self,
                    guint     column)
{
  Cell *cell;

  g_return_if_fail (SC_IS_RECORD (self));

  cell = cell_of (self, column);
  if (cell->null)
    return;

  cell->null = TRUE;
  cell->i = 0;
  g_clear_pointer (&cell->s, g_free);
  notify_column (self, column);
}

void
sc_record_set_int (ScRecord *self,
                   guint     column,
                   gint64    value)
{
  ScColumnType type;
  Cell *cell;

  g_return_if_fail (SC_IS_RECORD (self));

  type = table_of (self)->columns[column].type;
  if ((type == SC_COLUMN_REF || type == SC_COLUMN_DATE) && value == 0)
    {
      sc_record_set_null (self, column);
      return;
    }

  cell = cell_of (self, column);
  if (!cell->null && cell->i == value)
    return;

  cell->null = FALSE;
  cell->i = value;
  notify_column (self, column);
}

void
sc_record_set_bool (ScRecord *self,
                    guint     column,
                    gboolean  value)
{
  sc_record_set_int (self, column, value ? 1 : 0);
}

void
sc_record_set_text (ScRecord   *self,
                    guint       column,
                    const char *value)
{
  Cell *cell;

  g_return_if_fail (SC_IS_RECORD (self));

  if (value == NULL)
    {
      if (table_of (self)->columns[column].nullable)
        sc_record_set_null (self, column);
      else
        sc_record_set_text (self, column, "");
      return;
    }

  cell = cell_of (self, column);
  if (!cell->null && g_strcmp0 (cell->s, value) == 0)
    return;

  cell->null = FALSE;
  g_free (cell->s);
  cell->s = g_strdup (value);
  notify_column (self, column);
}

void
sc_record_set_date (ScRecord *self,
                    guint     column,
                    ScDay     value)
{
  sc_record_set_int (self, column, (gint64) value);
}
