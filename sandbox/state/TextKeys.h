#pragma once

#include <QString>

// How the sandbox reads names as a Brazilian does, for search and for sorting: letters
// without their accents and without case, so "otica" finds "Ótica Visão Clara" and "Ótica"
// sorts between "Oficina" and "Padaria", not after "Z". (The API says only that
// `filter.query` is a free-text search and `sort` a field name: this is the sandbox's
// reading, docs/api-contract.md §4.)
namespace vzsandbox::textkeys {

// `text` with every accent and other combining mark taken off (after Unicode
// decomposition, so "ç" is "c" and "ã" is "a") and case-folded.
QString folded(const QString &text);

// What a name sorts by: its folded form first; the case-folded name breaks ties, so
// "Otica" and "Ótica" still come in one order every time.
QString nameSortKey(const QString &name);

} // namespace vzsandbox::textkeys
