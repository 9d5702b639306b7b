#pragma once

#include "core/types/InstanceInput.h"

#include <QStringList>

// Checks done before a request is sent, so bad input costs no round trip and gets
// one clear sentence. Each returns an empty string when the input is fine.
namespace vzaps::validation {

constexpr int kNameMinLength = 3;
constexpr int kNameMaxLength = 255;
constexpr int kPageSizeMax = 100;

// The complete set of event names (docs/api-contract.md §5).
const QStringList &eventNames();

QString checkName(const QString &name);
QString checkHttpUrl(const QString &url, const QString &what);   // http(s) with a host
QString checkSocketUrl(const QString &url, const QString &what); // ws(s) with a host
QString checkEvents(const QStringList &events);
QString checkPage(int page);
QString checkPageSize(int size);
constexpr qsizetype kMaxInstanceIdLength = 128;
// Empty when `id` may be sent: not blank, at most kMaxInstanceIdLength, no control characters.
QString checkInstanceId(const QString &id);

QString checkNewInstance(const NewInstance &instance);
QString checkChanges(const InstanceChanges &changes);
QString checkListQuery(const ListQuery &query);
QString checkSubscribeOptions(const SubscribeOptions &options);

} // namespace vzaps::validation
