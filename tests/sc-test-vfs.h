/* sc-test-vfs.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A SQLite VFS over the system's default one that fails the way a full or
 * failing disk does, for the tests: no test hook in the store, the store
 * meets the same errors it would meet on a real disk, at every point of a
 * transaction (journal writes, database writes, syncs, the deletion of
 * the journal that commits).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SC_TEST_VFS_OK,
  /* After `after` writes that make a file grow, every such write fails
   * with SQLITE_FULL (what the unix VFS reports on ENOSPC) until
   * sc_test_vfs_fail (SC_TEST_VFS_OK, 0); writes inside a file's size
   * still succeed, as on a real disk. */
  SC_TEST_VFS_DISK_FULL,
  /* The write, sync or delete number `after` (0: the next one) fails
   * with an SQLITE_IOERR_* code, once. */
  SC_TEST_VFS_IO_ERROR,
} ScTestVfsMode;

/* Makes the shim the default VFS of the process (once). */
void   sc_test_vfs_install       (void);
void   sc_test_vfs_fail          (ScTestVfsMode  mode,
                                  guint          after);
/* How many operations failed since the last sc_test_vfs_fail (). */
guint  sc_test_vfs_get_failures  (void);

G_END_DECLS
