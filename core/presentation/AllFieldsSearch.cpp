#include "core/presentation/AllFieldsSearch.h"

#include "core/presentation/InstanceFormat.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace vzaps {

namespace {

// A text that is only digits and what phone numbers are written with.
QString phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!(c.isSpace() || c == u'+' || c == u'-' || c == u'(' || c == u')' || c == u'.'))
            return {};
    }
    return digits.size() >= 3 ? digits : QString();
}

void appendValueText(const QJsonValue &value, QStringList &into)
{
    if (value.isString())
        into.append(value.toString());
    else if (value.isDouble())
        into.append(QString::number(value.toDouble(), 'g', 15));
    else if (value.isBool())
        into.append(value.toBool() ? u"true"_s : u"false"_s);
    else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            appendValueText(item, into);
    }
}

} // namespace

AllFieldsSearch::AllFieldsSearch(const QString &text)
    : m_text(text.trimmed())
    , m_folded(folded(text))
    , m_digits(phoneDigits(text.trimmed()))
{}

QString AllFieldsSearch::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            space = !result.isEmpty();
            continue;
        }
        if (space)
            result.append(u' ');
        space = false;
        result.append(c);
    }
    return result.toCaseFolded();
}

bool AllFieldsSearch::matches(const Instance &instance) const
{
    if (m_folded.isEmpty())
        return true;
    if (!m_digits.isEmpty() && format::phoneDigitsOfJid(instance.whatsappJid).contains(m_digits))
        return true;
    QStringList fields{instance.name, instance.id, instance.whatsappPushName, instance.whatsappJid,
                       instance.webhook};
    fields += instance.eventsSubscribe;
    for (auto it = instance.labels.begin(); it != instance.labels.end(); ++it) {
        fields.append(it.key());
        appendValueText(it.value(), fields);
    }
    for (const QString &field : std::as_const(fields)) {
        if (!field.isEmpty() && folded(field).contains(m_folded))
            return true;
    }
    return false;
}

} // namespace vzaps
