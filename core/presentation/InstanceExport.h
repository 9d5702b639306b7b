#pragma once

#include "core/types/CsvText.h"
#include "core/types/Instance.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace vzaps::exporting {

// The instances of a view as a file, the same in vzaps-desk's File ▸ Export view and in
// `vzapsctl instances list --all --format csv`.
//
// CSV: one header row (csvHeader()) and one row per instance in the order given, in the
// dialect asked for (RFC 4180, or Excel pt-BR with ";" and a byte order mark), formula-safe
// (csv::row()). Times are ISO 8601 in UTC; connected is yes, no or empty when unknown; the
// phone is the digits of the WhatsApp JID.
QStringList csvHeader();
QStringList csvFields(const Instance &instance);
QByteArray csv(const QList<Instance> &instances, CsvDialect dialect);

// JSON: an array of the instance objects (Instance::toJson(): the server's members with what
// was learned since, unknown members kept), UTF-8, indented. The instance token, a secret that
// opens the customer's WhatsApp line, is left out: a file travels further than the app.
QByteArray json(const QList<Instance> &instances);

} // namespace vzaps::exporting
