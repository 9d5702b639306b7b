#pragma once

#include "sandbox/routes/FieldReader.h"
#include "sandbox/state/StateStore.h"

namespace vzsandbox {

// Reads the POST /instances/list body of docs/api-contract.md §2 into a ListQuery: 1-based page,
// size 1–100, filter.query, sort by any instance field in snake_case or camelCase, and the
// sort_desc flag under either spelling. Problems land in `reader`.
ListQuery readListRequest(FieldReader &reader);

// "createdAt" → "created_at"; snake_case stays as it is.
QString toSnakeCase(const QString &name);

} // namespace vzsandbox
