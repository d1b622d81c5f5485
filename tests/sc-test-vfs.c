/* sc-test-vfs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "sc-test-vfs.h"

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;   /* allocated right after this struct */
} ShimFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs shim_vfs;
static ScTestVfsMode mode;
static guint countdown;
static guint failures;

void
sc_test_vfs_fail (ScTestVfsMode new_mode,
                  guint         after)
{
  mode = new_mode;
  countdown = after;
  failures = 0;
}

guint
sc_test_vfs_get_failures (void)
{
  return failures;
}

/* Whether this operation fails; grows: a write past the end of a file. */
static gboolean
should_fail (gboolean grows)
{
  switch (mode)
    {
    case SC_TEST_VFS_DISK_FULL:
      if (!grows)
        return FALSE;
      if (countdown > 0)
        {
          countdown--;
          return FALSE;
        }
      failures++;
      return TRUE;
    case SC_TEST_VFS_IO_ERROR:
      if (countdown > 0)
        {
          countdown--;
          return FALSE;
        }
      mode = SC_TEST_VFS_OK;
      failures++;
      return TRUE;
    case SC_TEST_VFS_OK:
    default:
      return FALSE;
    }
}

/* Files ------------------------------------------------------------------- */

#define REAL(f) (((ShimFile *) (f))->real)

static int
shim_close (sqlite3_file *f)
{
  return REAL (f)->pMethods->xClose (REAL (f));
}

static int
shim_read (sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
  return REAL (f)->pMethods->xRead (REAL (f), buf, amount, offset);
}

static int
shim_write (sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
  sqlite3_int64 size = 0;

  REAL (f)->pMethods->xFileSize (REAL (f), &size);
  if (should_fail (offset + amount > size))
    return mode == SC_TEST_VFS_DISK_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
  return REAL (f)->pMethods->xWrite (REAL (f), buf, amount, offset);
}

static int
shim_truncate (sqlite3_file *f, sqlite3_int64 size)
{
  return REAL (f)->pMethods->xTruncate (REAL (f), size);
}

static int
shim_sync (sqlite3_file *f, int flags)
{
  if (should_fail (FALSE))
    return SQLITE_IOERR_FSYNC;
  return REAL (f)->pMethods->xSync (REAL (f), flags);
}

static int
shim_file_size (sqlite3_file *f, sqlite3_int64 *size)
{
  return REAL (f)->pMethods->xFileSize (REAL (f), size);
}

static int
shim_lock (sqlite3_file *f, int level)
{
  return REAL (f)->pMethods->xLock (REAL (f), level);
}

static int
shim_unlock (sqlite3_file *f, int level)
{
  return REAL (f)->pMethods->xUnlock (REAL (f), level);
}

static int
shim_check_reserved_lock (sqlite3_file *f, int *out)
{
  return REAL (f)->pMethods->xCheckReservedLock (REAL (f), out);
}

static int
shim_file_control (sqlite3_file *f, int op, void *arg)
{
  return REAL (f)->pMethods->xFileControl (REAL (f), op, arg);
}

static int
shim_sector_size (sqlite3_file *f)
{
  return REAL (f)->pMethods->xSectorSize (REAL (f));
}

static int
shim_device_characteristics (sqlite3_file *f)
{
  return REAL (f)->pMethods->xDeviceCharacteristics (REAL (f));
}

/* Version 1: no shared memory (rollback journal) and no memory mapping,
 * so that every write goes through shim_write (). */
static const sqlite3_io_methods shim_methods = {
  1,
  shim_close, shim_read, shim_write, shim_truncate, shim_sync, shim_file_size,
  shim_lock, shim_unlock, shim_check_reserved_lock, shim_file_control,
  shim_sector_size, shim_device_characteristics,
};

/* The VFS ----------------------------------------------------------------- */

static int
shim_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *out_flags)
{
  ShimFile *p = (ShimFile *) f;
  int rc;

  p->real = (sqlite3_file *) &p[1];
  rc = real_vfs->xOpen (real_vfs, name, p->real, flags, out_flags);
  p->base.pMethods = p->real->pMethods != NULL ? &shim_methods : NULL;
  return rc;
}

static int
shim_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  /* Deleting the journal is what commits a transaction. */
  if (should_fail (FALSE))
    return SQLITE_IOERR_DELETE;
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
shim_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
shim_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n, out);
}

static int
shim_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
shim_sleep (sqlite3_vfs *vfs, int microseconds)
{
  return real_vfs->xSleep (real_vfs, microseconds);
}

static int
shim_current_time (sqlite3_vfs *vfs, double *out)
{
  return real_vfs->xCurrentTime (real_vfs, out);
}

static int
shim_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xGetLastError (real_vfs, n, out);
}

static int
shim_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

void
sc_test_vfs_install (void)
{
  if (real_vfs != NULL)
    return;

  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);
  g_assert_cmpint (real_vfs->iVersion, >=, 2);

  shim_vfs.iVersion = 2;
  shim_vfs.szOsFile = sizeof (ShimFile) + real_vfs->szOsFile;
  shim_vfs.mxPathname = real_vfs->mxPathname;
  shim_vfs.zName = "sc-test";
  shim_vfs.xOpen = shim_open;
  shim_vfs.xDelete = shim_delete;
  shim_vfs.xAccess = shim_access;
  shim_vfs.xFullPathname = shim_full_pathname;
  shim_vfs.xRandomness = shim_randomness;
  shim_vfs.xSleep = shim_sleep;
  shim_vfs.xCurrentTime = shim_current_time;
  shim_vfs.xGetLastError = shim_get_last_error;
  shim_vfs.xCurrentTimeInt64 = shim_current_time_int64;
  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);
}
