#pragma once

#include "sandbox/state/InstanceRecord.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

// How an InstanceRecord maps onto a row of the instances table (shared by the StateStore files).
namespace vzsandbox::rows {

// Column order shared by every SELECT and INSERT of instances.
extern const QString kColumns;
constexpr int kColumnCount = 25;

QVariant nullableText(const QString &text);
QVariant nullableTime(qint64 ms);
// Binds the record's values to positions 0..kColumnCount-1, in kColumns order.
void bindRecord(QSqlQuery &query, const InstanceRecord &record);
// Reads a row selected with kColumns (in that order) from the query's current position.
InstanceRecord readRecord(const QSqlQuery &query);
// "?, ?, ?" for `count` values.
QString placeholders(int count);

} // namespace vzsandbox::rows
