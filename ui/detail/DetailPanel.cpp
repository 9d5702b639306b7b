#include "ui/detail/DetailPanel.h"

#include "core/api/ApiClient.h"
#include "core/presentation/InstanceStore.h"
#include "ui/common/BrowserHandOff.h"
#include "ui/detail/ConnectionView.h"
#include "ui/detail/InstanceFieldsView.h"
#include "ui/detail/OtherFieldsView.h"
#include "ui/detail/TokenField.h"
#include "ui/detail/WatchButton.h"

#include "ui/common/WidgetHelpers.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {
QLabel *sectionHeading(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    heading->setObjectName(objectName);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

DetailPanel::DetailPanel(ApiClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_handOff(new BrowserHandOff(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"detailPanel"_s);
    setAccessibleName(tr("Instance details"));
    m_stack->setObjectName(u"detailStack"_s);
    m_stack->setAccessibleName(tr("Instance details"));

    m_empty->setObjectName(u"detailEmptyState"_s);
    setPurpose(m_empty, tr("No instance selected"));
    m_empty->setText(tr("Select an instance to see its details."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_scroll->setObjectName(u"detailScrollArea"_s);
    m_scroll->setAccessibleName(tr("Instance details"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never so narrow that a revealed token or an ID is cut: room for a whole token, the
    // content's margins (12 each side) and the vertical scroll bar.
    setMinimumWidth(TokenField::widthForToken(this) + 2 * 12 +
                    style()->pixelMetric(QStyle::PM_ScrollBarExtent));

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    connect(m_handOff, &BrowserHandOff::refused, this, &DetailPanel::message);

    // Relative times ("5 min ago") age while the panel is open.
    m_clock->setObjectName(u"detailClock"_s);
    m_clock->setInterval(std::chrono::seconds(30));
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (!m_content)
            return;
        m_fields->refreshTimes();
        m_connection->refreshTimes();
    });
    showInstance(std::nullopt);
}

void DetailPanel::buildContent()
{
    // Built for the first instance shown, not with the window: its many labels and fields
    // would otherwise cost every start (bench/desk) and take part in the first layout.
    auto *content = new QWidget;
    m_content = content;
    content->setObjectName(u"detailContent"_s);
    content->setAccessibleName(tr("Instance details"));
    m_fields = new InstanceFieldsView(content);
    if (m_watchList) {
        m_watch = new WatchButton(*m_watchList, content);
        m_fields->addTitleTool(m_watch);
        connect(m_watch, &WatchButton::message, this, &DetailPanel::message);
    }
    m_connection = new ConnectionView(m_client, content);
    m_connection->watcher()->setStore(m_store);
    m_other = new OtherFieldsView(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_fields);
    layout->addWidget(separator(content));
    layout->addWidget(
        sectionHeading(tr("WhatsApp connection"), u"detailConnectionHeading"_s, content));
    layout->addWidget(m_connection);
    m_otherSeparator = separator(content);
    layout->addWidget(m_otherSeparator);
    layout->addWidget(m_other);
    layout->addStretch(1);

    connect(m_fields, &InstanceFieldsView::message, this, &DetailPanel::message);
    connect(m_fields, &InstanceFieldsView::openUrl, this, &DetailPanel::openUrl);
    connect(m_connection, &ConnectionView::openUrl, this, &DetailPanel::openUrl);
    connect(m_connection, &ConnectionView::message, this, &DetailPanel::message);

    if (m_qrPollInterval)
        m_connection->watcher()->setQrPollInterval(*m_qrPollInterval);
    // Polls only while the panel is on screen (showEvent / hideEvent from here on).
    m_connection->setActive(isVisible());
    m_scroll->setWidget(content);
}

DetailPanel::~DetailPanel() = default;

void DetailPanel::setStore(InstanceStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_connection)
        m_connection->watcher()->setStore(store);
    if (!store)
        return;
    // The shown instance is the store's: whatever it learns (a refresh, an action's
    // result, the session) is shown at once, and a removed instance is shown no more.
    connect(store, &InstanceStore::changed, this, [this](const QString &id) {
        if (id == m_instanceId)
            showInstance(*m_store->find(id));
    });
    connect(store, &InstanceStore::removed, this, [this](const QString &id) {
        if (id == m_instanceId)
            showInstance(std::nullopt);
    });
    connect(store, &InstanceStore::cleared, this, [this] { showInstance(std::nullopt); });
}

void DetailPanel::showInstance(const std::optional<Instance> &instance)
{
    if (!instance) {
        m_instanceId.clear();
        if (m_content) {
            m_fields->clear();
            if (m_watch)
                m_watch->setInstance({}, {});
            m_connection->clear();
        }
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (!m_content)
        buildContent();
    const bool another = instance->id != m_instanceId;
    m_instanceId = instance->id;
    m_fields->setInstance(*instance);
    if (m_watch)
        m_watch->setInstance(instance->id, instance->name);
    const QStringList unknown = instance->unknownFieldNames();
    m_other->setFields(instance->raw, unknown);
    m_otherSeparator->setVisible(!unknown.isEmpty());
    m_connection->setInstance(*instance);
    m_stack->setCurrentWidget(m_scroll);
    if (another)
        m_scroll->verticalScrollBar()->setValue(0);
}

void DetailPanel::setQrPollInterval(std::chrono::milliseconds interval)
{
    m_qrPollInterval = interval;
    if (m_connection)
        m_connection->watcher()->setQrPollInterval(interval);
}

void DetailPanel::startPairing(const QString &instanceId)
{
    if (!m_content || instanceId.isEmpty() || instanceId != m_instanceId)
        return;
    m_connection->startPairing();
}

void DetailPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_clock->start();
    if (!m_content)
        return;
    m_connection->setActive(true);
    m_fields->refreshTimes();
    m_connection->refreshTimes();
}

void DetailPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clock->stop();
    if (m_content)
        m_connection->setActive(false);
}

void DetailPanel::openUrl(const QUrl &url)
{
    m_handOff->open(url);
}

} // namespace vzaps::ui
