#pragma once

#include <QJsonObject>
#include <QString>

namespace vzaps {

// Labels as one line a person types: "team=sales, region=BR". Keys and values are trimmed;
// a key is needed before each "=", and no key twice. A value with a comma cannot be typed
// here (it would start another label).

// "key=value, key=value", in key order; values that are not strings as JSON text.
QString labelsToText(const QJsonObject &labels);

struct ParsedLabels {
    QJsonObject labels;
    QString problem; // why the text is not labels, in plain words; empty when it is
};

// Reads typed labels. A label of `original` whose value is not a string (a number, an
// object) keeps its JSON value while its text is left as labelsToText() wrote it.
ParsedLabels labelsFromText(const QString &text, const QJsonObject &original = {});

} // namespace vzaps
