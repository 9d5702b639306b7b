#pragma once

#include <QString>

// What the programs write (settings with client tokens, the action log with customer names)
// is for the user who runs them: files 0600, folders 0700.
namespace vzaps::privatefiles {

// From now on, files and folders this process creates are its user's alone (umask 077),
// whatever writes them (QSettings, SQLite, an export).
void restrictNewFiles();

// Makes `folder` and any missing parents, new ones owner-only (0700). True if it exists.
bool makeFolder(const QString &folder);

// Makes `path` owner-only (0600), creating it empty first if it is missing, so that nothing
// else opens it with wider permissions in between. True if it exists and is private now.
bool makeFile(const QString &path);

// Makes `path` owner-only (0600) if it exists: a file written before files were private
// keeps its mode when rewritten (QSettings replaces it with one of the same mode).
void tightenIfPresent(const QString &path);

} // namespace vzaps::privatefiles
