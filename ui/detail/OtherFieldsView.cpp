#include "ui/detail/OtherFieldsView.h"

#include "core/presentation/DisplayText.h"

#include "ui/common/WidgetHelpers.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

OtherFieldsView::OtherFieldsView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
{
    setObjectName(u"detailOtherSection"_s);
    setAccessibleName(tr("Other fields"));
    auto *heading = new QLabel(tr("Other"), this);
    heading->setObjectName(u"detailOtherHeading"_s);
    setPurpose(heading, tr("Other fields"));
    heading->setToolTip(tr("Fields the server sent that this version does not know."));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(m_form);
    hide();
}

void OtherFieldsView::setFields(const QJsonObject &raw, const QStringList &names)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    QStringList sorted = names;
    sorted.sort(Qt::CaseInsensitive);
    // A reply may carry any number of unknown members: the first few dozen are shown.
    const qsizetype shown = qMin(sorted.size(), kMaxFields);
    for (const QString &name : sorted.first(shown)) {
        const QString text = valueText(raw.value(name));
        const QString caption = display::cut(name, kMaxCaptionChars);
        auto *value = new QLabel(this);
        value->setObjectName(u"detailOther_"_s + caption);
        setPurpose(value, caption);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        value->setText(display::cut(text, kMaxShown));
        if (value->text() != text)
            value->setToolTip(display::toolTip(text));
        auto *label = new QLabel(caption + u':', this);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(u"detailOtherLabel_"_s + caption);
        setPurpose(label, caption);
        label->setBuddy(value);
        m_form->addRow(label, value);
    }
    if (sorted.size() > shown) {
        auto *more = new QLabel(tr("and %n more", nullptr, int(sorted.size() - shown)), this);
        more->setObjectName(u"detailOtherMore"_s);
        more->setForegroundRole(QPalette::PlaceholderText);
        m_form->addRow(more);
    }
    setVisible(!sorted.isEmpty());
}

QString OtherFieldsView::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return u"null"_s;
}

} // namespace vzaps::ui
