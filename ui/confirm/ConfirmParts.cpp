#include "ui/confirm/ConfirmParts.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceFormat.h"
#include "ui/common/WidgetHelpers.h"

#include <QCoreApplication>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace vzaps::ui::confirm {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("vzaps::ui::confirm", text);
}
} // namespace

QString instanceLabel(const Instance &instance)
{
    if (instance.name.trimmed().isEmpty())
        return display::cut(instance.id, 100);
    return tr("“%1” (%2)").arg(display::cut(instance.name), display::cut(instance.id, 100));
}

QLabel *questionLabel(const QString &text)
{
    auto *label = named(new QLabel, u"questionLabel"_s, tr("Question"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // names come from the server: never markup
    label->setText(display::cut(text, 1000));
    return label;
}

QString actionResultText(const QString &lead, const ActionResult &result)
{
    // Each thing said once: a bare "ok" adds nothing to the lead, nor does a status that
    // the lead or the server's details already say, nor details that repeat the rest.
    const auto says = [](const QString &text, const QString &part) {
        return text.contains(part, Qt::CaseInsensitive);
    };
    const QString status = result.status.trimmed();
    const QString details = result.details.trimmed();
    const bool plainOk = status.compare("ok"_L1, Qt::CaseInsensitive) == 0 ||
                         status.compare("success"_L1, Qt::CaseInsensitive) == 0;
    QString text = lead;
    if (!status.isEmpty() && !plainOk && !says(lead, status) && !says(details, status))
        text = tr("%1 Status: %2.").arg(lead, status);
    if (!details.isEmpty() && !says(text, details))
        text += u'\n' + details;
    return text;
}

QString whenText(const QDateTime &when)
{
    return tr("%1, %2").arg(format::exactTime(when),
                            format::relativeTime(when, QDateTime::currentDateTimeUtc()));
}

} // namespace vzaps::ui::confirm
