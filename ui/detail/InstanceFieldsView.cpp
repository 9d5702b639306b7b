#include "ui/detail/InstanceFieldsView.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceFormat.h"
#include "ui/detail/ChipLabel.h"
#include "ui/detail/FlowLayout.h"
#include "ui/detail/OtherFieldsView.h"
#include "ui/detail/ReadOnlyField.h"
#include "ui/detail/TokenField.h"

#include "ui/common/WidgetHelpers.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {
QLabel *newValueLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *value = new QLabel(parent);
    value->setObjectName(objectName);
    setPurpose(value, accessibleName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long URLs and ids wrap instead of widening the panel.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return value;
}

QPushButton *newSmallButton(const QString &text, QWidget *parent, const QString &objectName,
                            const QString &accessibleName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}
} // namespace

InstanceFieldsView::InstanceFieldsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_titleRow(new QHBoxLayout)
    , m_form(new QFormLayout)
{
    setObjectName(u"detailFields"_s);
    setAccessibleName(tr("Instance details"));

    m_title->setObjectName(u"detailTitle"_s);
    setPurpose(m_title, tr("Instance name"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    // A narrow panel puts a field under its label rather than cutting it.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    // ID, selectable, with Copy.
    m_id = newReadOnlyField(this, u"detailIdValue"_s, tr("Instance ID"));
    m_id->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyId = newSmallButton(tr("Copy"), this, u"detailCopyIdButton"_s, tr("Copy instance ID"));
    m_copyId->setToolTip(tr("Copy the instance ID to the clipboard"));
    connect(m_copyId, &QPushButton::clicked, this,
            [this] { copy(m_instance.id, tr("Instance ID")); });
    // Under the title, as wide as the id: ids are long and must not be cut. Where the panel
    // is too narrow for the id and Copy side by side, Copy wraps to the next line.
    auto *idRow = new QWidget(this);
    idRow->setObjectName(u"detailIdRow"_s);
    auto *idFlow = new FlowLayout(idRow, 6);
    idFlow->setContentsMargins(0, 0, 0, 0);
    auto *idCaption = new QLabel(tr("ID"), idRow);
    idCaption->setForegroundRole(QPalette::PlaceholderText);
    idCaption->setBuddy(m_id);
    idCaption->setMinimumHeight(m_copyId->sizeHint().height()); // centred like the field
    m_id->setParent(idRow);
    m_copyId->setParent(idRow);
    idFlow->addWidget(idCaption);
    idFlow->addWidget(m_id);
    idFlow->addWidget(m_copyId);

    m_status = addValueRow(tr("Status:"), u"detailStatusValue"_s, tr("Status"));

    m_connection = new ChipLabel({}, format::Tone::Neutral, this);
    m_connection->setObjectName(u"detailConnectionBadge"_s);
    m_form->addRow(tr("Connection:"), m_connection);
    m_billing = new ChipLabel({}, format::Tone::Neutral, this);
    m_billing->setObjectName(u"detailBillingBadge"_s);
    m_form->addRow(tr("Billing:"), m_billing);

    m_token = new TokenField(this);
    m_token->setObjectName(u"detailTokenField"_s);
    m_token->setAccessibleName(tr("Instance token"));
    connect(m_token, &TokenField::message, this, &InstanceFieldsView::message);
    // The caption on its row, the token under it across the whole width.
    auto *tokenCaption = new QLabel(tr("Token:"), this);
    tokenCaption->setBuddy(m_token);
    m_form->addRow(tokenCaption);
    m_form->addRow(m_token);

    // Web app link: through the browser hand-off guard, never opened directly.
    m_webUrl = newValueLabel(this, u"detailWebUrlLink"_s, tr("Open in the VZaps web app"));
    m_webUrl->setTextFormat(Qt::RichText);
    m_webUrl->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_webUrl->setOpenExternalLinks(false);
    m_webUrl->setWordWrap(false);
    connect(m_webUrl, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT openUrl(QUrl(link)); });
    m_copyWebUrl =
        newSmallButton(tr("Copy"), this, u"detailCopyWebUrlButton"_s, tr("Copy web app link"));
    connect(m_copyWebUrl, &QPushButton::clicked, this,
            [this] { copy(m_instance.url, tr("Web app link")); });
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_webUrl, 1);
    urlRow->addWidget(m_copyWebUrl, 0, Qt::AlignTop);
    m_form->addRow(tr("Web app:"), urlRow);

    m_webhook = addValueRow(tr("Webhook:"), u"detailWebhookValue"_s, tr("Webhook URL"));
    m_webhook->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_eventsBox =
        addChipRow(tr("Events:"), u"detailEventsChips"_s, tr("Subscribed events"), &m_events);
    m_rejectCalls =
        addValueRow(tr("Reject calls:"), u"detailRejectCallsValue"_s, tr("Reject calls"));
    m_autoRead =
        addValueRow(tr("Auto-read messages:"), u"detailAutoReadValue"_s, tr("Auto-read messages"));
    m_labelsBox = addChipRow(tr("Labels:"), u"detailLabelsChips"_s, tr("Labels"), &m_labels);
    m_created = addValueRow(tr("Created:"), u"detailCreatedValue"_s, tr("Created"));
    m_updated = addValueRow(tr("Updated:"), u"detailUpdatedValue"_s, tr("Updated"));
    m_cancelAt = addValueRow(tr("Cancels at:"), u"detailCancelAtValue"_s, tr("Cancels at"));
    m_expires = addValueRow(tr("Expires:"), u"detailExpiresValue"_s, tr("Expires"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_titleRow->setContentsMargins(0, 0, 0, 0);
    m_titleRow->addWidget(m_title, 1);
    layout->addLayout(m_titleRow);
    layout->addWidget(idRow);
    layout->addSpacing(4);
    layout->addLayout(m_form);
}

void InstanceFieldsView::addTitleTool(QWidget *tool)
{
    m_titleRow->addWidget(tool, 0, Qt::AlignTop);
}

void InstanceFieldsView::setInstance(const Instance &instance)
{
    const bool sameInstance = instance.id == m_instance.id;
    m_instance = instance;
    m_title->setText(instance.name.isEmpty() ? tr("Unnamed instance")
                                             : display::cut(instance.name));
    setFieldText(m_id, display::cut(instance.id, kMaxIdChars)); // Copy ID copies all of it
    // As wide as the id, up to a token's width (the panel's least); a longer one scrolls and
    // shows whole in its tooltip.
    m_id->setFixedWidth(std::min(m_id->fontMetrics().horizontalAdvance(m_id->text()) + 16,
                                 TokenField::widthForToken(this)));
    m_copyId->setEnabled(!instance.id.isEmpty());
    setValue(m_status, instance.status, tr("Unknown"));
    setConnected(instance.connected);
    m_billing->setChip(display::cut(format::billingBadge(instance.billingStatus, instance.cancelAt,
                                                         QDateTime::currentDateTimeUtc()),
                                    kMaxChipChars),
                       format::billingTone(instance.billingStatus));
    m_billing->setToolTip(display::toolTip(instance.billingStatus));
    m_billing->setAccessibleName(tr("Billing: %1").arg(m_billing->text()));

    const bool keepRevealed = sameInstance && m_token->isRevealed();
    m_token->setToken(instance.token);
    m_token->setRevealed(keepRevealed);

    // An address longer than any browser takes is no link: shown as text, cut.
    const bool linkable = instance.url.size() <= kMaxUrlChars;
    const QUrl url = linkable ? QUrl(instance.url) : QUrl();
    if (instance.url.isEmpty()) {
        setValue(m_webUrl, {}, tr("None"));
    } else if (!linkable) {
        m_webUrl->setText(display::cut(instance.url).toHtmlEscaped());
        m_webUrl->setForegroundRole(QPalette::WindowText);
        m_webUrl->setToolTip({});
    } else {
        // Short: the row says "Web app", and a narrow panel must not break the link up.
        m_webUrl->setText(
            u"<a href=\"%1\">%2</a>"_s.arg(url.toString().toHtmlEscaped(), tr("Open")));
        m_webUrl->setForegroundRole(QPalette::WindowText);
        m_webUrl->setToolTip(display::toolTip(instance.url));
    }
    m_copyWebUrl->setEnabled(!instance.url.isEmpty());

    setValue(m_webhook, instance.webhook, tr("None"));
    setChips(m_events, instance.eventsSubscribe, u"detailEventChip"_s);
    m_rejectCalls->setText(instance.rejectCalls ? tr("Yes") : tr("No"));
    m_autoRead->setText(instance.autoReadMessages ? tr("Yes") : tr("No"));
    QStringList labels;
    for (auto it = instance.labels.constBegin(); it != instance.labels.constEnd(); ++it)
        labels.append(u"%1: %2"_s.arg(it.key(), OtherFieldsView::valueText(it.value())));
    setChips(m_labels, labels, u"detailLabelChip"_s);
    refreshTimes();
}

void InstanceFieldsView::clear()
{
    m_instance = {};
    m_token->setToken({});
}

void InstanceFieldsView::setConnected(std::optional<bool> connected)
{
    m_connection->setChip(format::connectionLabel(connected), format::connectionTone(connected));
    m_connection->setAccessibleName(tr("Connection: %1").arg(m_connection->text()));
}

void InstanceFieldsView::refreshTimes()
{
    setTime(m_created, m_instance.createdAt);
    setTime(m_updated, m_instance.updatedAt);
    setTime(m_cancelAt, m_instance.cancelAt);
    setTime(m_expires, m_instance.expiredAt);
}

QLabel *InstanceFieldsView::addValueRow(const QString &label, const QString &objectName,
                                        const QString &accessibleName)
{
    QLabel *value = newValueLabel(this, objectName, accessibleName);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    return value;
}

QWidget *InstanceFieldsView::addChipRow(const QString &label, const QString &objectName,
                                        const QString &accessibleName, FlowLayout **flow)
{
    auto *box = new QWidget(this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    *flow = new FlowLayout(box, 4);
    m_form->addRow(label, box);
    return box;
}

void InstanceFieldsView::setValue(QLabel *value, const QString &text, const QString &emptyText)
{
    value->setText(text.isEmpty() ? emptyText : display::cut(text));
    value->setForegroundRole(text.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
}

void InstanceFieldsView::setChips(FlowLayout *flow, const QStringList &texts,
                                  const QString &chipName)
{
    flow->clear();
    QWidget *box = flow->parentWidget();
    if (texts.isEmpty()) {
        auto *none = new QLabel(tr("None"), box);
        none->setObjectName(chipName + u"None"_s);
        setPurpose(none, tr("None"));
        none->setForegroundRole(QPalette::PlaceholderText);
        flow->addWidget(none);
    }
    // Chips do not wrap: each shows a short text, and a few dozen at most.
    constexpr qsizetype kMaxChips = 30;
    for (const QString &text : texts.first(qMin(texts.size(), kMaxChips))) {
        auto *chip = new ChipLabel(display::cut(text, kMaxChipChars), format::Tone::Neutral, box);
        chip->setObjectName(chipName);
        chip->setToolTip(display::toolTip(text));
        flow->addWidget(chip);
    }
    if (texts.size() > kMaxChips) {
        auto *more = new QLabel(tr("and %n more", nullptr, int(texts.size() - kMaxChips)), box);
        more->setObjectName(chipName + u"More"_s);
        more->setForegroundRole(QPalette::PlaceholderText);
        flow->addWidget(more);
    }
    box->updateGeometry();
}

void InstanceFieldsView::setTime(QLabel *value, const QDateTime &when)
{
    // The detail panel says exactly when (local, with the zone); the table says how long ago.
    setValue(value, format::exactTime(when), tr("Not set"));
    value->setToolTip(format::relativeTime(when, QDateTime::currentDateTimeUtc()));
}

void InstanceFieldsView::copy(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT message(tr("%1 copied to the clipboard.").arg(what));
}

} // namespace vzaps::ui
