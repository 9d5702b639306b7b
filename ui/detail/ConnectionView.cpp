#include "ui/detail/ConnectionView.h"

#include "core/presentation/DisplayText.h"
#include "ui/detail/ConnectedView.h"
#include "ui/detail/PairingView.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ConnectionView::ConnectionView(ApiClient &client, QWidget *parent)
    : QWidget(parent)
    , m_watcher(new SessionWatcher(client, this))
    , m_pages(new QWidget(this))
    , m_loading(new QLabel(tr("Checking the WhatsApp connection…"), this))
    , m_connected(new ConnectedView(client.network(), this))
    , m_pairing(new PairingView(this))
    , m_errorPage(new QWidget(this))
    , m_errorText(new QLabel(m_errorPage))
    , m_retry(new QPushButton(tr("Retry"), m_errorPage))
{
    setObjectName(u"connectionView"_s);
    setAccessibleName(tr("WhatsApp connection"));
    m_watcher->setObjectName(u"sessionWatcher"_s);
    m_pages->setObjectName(u"connectionPages"_s);
    m_pages->setAccessibleName(tr("WhatsApp connection"));

    m_loading->setObjectName(u"connectionLoading"_s);
    m_loading->setAccessibleName(tr("Checking the WhatsApp connection"));
    m_loading->setForegroundRole(QPalette::PlaceholderText);

    m_errorPage->setObjectName(u"connectionError"_s);
    m_errorPage->setAccessibleName(tr("Connection status error"));
    m_errorText->setObjectName(u"connectionErrorText"_s);
    m_errorText->setAccessibleName(tr("Error message"));
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"connectionRetryButton"_s);
    m_retry->setAccessibleName(tr("Retry fetching the connection status"));
    m_retry->setAutoDefault(false);
    auto *errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorText);
    errorLayout->addWidget(m_retry, 0, Qt::AlignLeft);
    errorLayout->addStretch();

    // One page visible at a time. Not a QStackedWidget: its height-for-width is the tallest
    // page's, which left a tall gap under the short connected view.
    auto *pageLayout = new QVBoxLayout(m_pages);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *page : pages()) {
        page->setParent(m_pages);
        pageLayout->addWidget(page);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_retry, &QPushButton::clicked, m_watcher, &SessionWatcher::retry);
    connect(m_watcher, &SessionWatcher::viewChanged, this, &ConnectionView::onViewChanged);
    connect(m_watcher, &SessionWatcher::statusChanged, this, [this] {
        if (m_watcher->view() == SessionWatcher::View::Connected)
            showConnected();
    });
    connect(m_watcher, &SessionWatcher::qrChanged, this, [this] {
        if (!m_watcher->qr().isPaired())
            m_pairing->setQrImage(m_watcher->qr().imageBytes());
    });
    connect(m_pairing, &PairingView::codeRequested, m_watcher, &SessionWatcher::requestPairingCode);
    connect(m_watcher, &SessionWatcher::pairingCodeReady, m_pairing, &PairingView::showCode);
    connect(m_watcher, &SessionWatcher::pairingCodeFailed, this, [this](const ApiError &error) {
        m_pairing->showCodeError(error.describe());
        Q_EMIT message(error.describe());
    });
    connect(m_connected, &ConnectedView::openUrl, this, &ConnectionView::openUrl);
    showPage(m_loading);
}

void ConnectionView::setInstance(const Instance &instance)
{
    m_instanceName = instance.name;
    if (instance.id != m_instanceId) {
        m_instanceId = instance.id;
        m_connectedAt = instance.connectedAt;
        m_sawPairing = false;
        m_pairing->reset();
        m_connected->clear();
        showPage(m_loading);
    } else if (instance.connectedAt.isValid()) {
        m_connectedAt = instance.connectedAt;
    }
    // The instance now says otherwise than the session shown (a disconnect, a pairing
    // elsewhere): what is shown is out of date, so it is asked for again at once.
    using View = SessionWatcher::View;
    const View view = m_watcher->view();
    if (m_watcher->instanceId() == instance.id && instance.connected.has_value() &&
        ((view == View::Connected && !*instance.connected) ||
         (view == View::Pairing && *instance.connected))) {
        m_connected->clear();
        m_watcher->retry();
        return;
    }
    m_watcher->watch(instance.id, instance.token);
    if (m_watcher->view() == SessionWatcher::View::Connected)
        showConnected();
}

void ConnectionView::clear()
{
    m_instanceId.clear();
    m_instanceName.clear();
    m_connectedAt = {};
    m_watcher->stop();
    m_pairing->reset();
    m_connected->clear();
}

void ConnectionView::setActive(bool active)
{
    m_watcher->setActive(active);
}

void ConnectionView::refreshTimes()
{
    m_connected->refreshTimes();
}

void ConnectionView::onViewChanged(SessionWatcher::View view)
{
    switch (view) {
    case SessionWatcher::View::None:
    case SessionWatcher::View::Loading:
        showPage(m_loading);
        break;
    case SessionWatcher::View::Connected:
        // Paired while we watched: it is connected since about now.
        if (m_sawPairing && !m_connectedAt.isValid())
            m_connectedAt = QDateTime::currentDateTimeUtc();
        showConnected();
        break;
    case SessionWatcher::View::Pairing:
        m_sawPairing = true;
        m_connectedAt = {};
        m_pairing->setQrImage(m_watcher->qr().isPaired() ? QByteArray()
                                                         : m_watcher->qr().imageBytes());
        showPage(m_pairing);
        break;
    case SessionWatcher::View::Error:
        m_errorText->setText(display::cut(m_watcher->error().describe(), 1000));
        showPage(m_errorPage);
        Q_EMIT message(m_watcher->error().describe());
        break;
    }
}

QList<QWidget *> ConnectionView::pages() const
{
    return {m_loading, m_connected, m_pairing, m_errorPage};
}

void ConnectionView::showPage(QWidget *page)
{
    for (QWidget *each : pages()) {
        if (each != page)
            each->hide();
    }
    page->show();
    m_current = page;
}

void ConnectionView::showConnected()
{
    m_connected->setSession(m_watcher->status(), m_instanceName, m_connectedAt);
    showPage(m_connected);
}

} // namespace vzaps::ui
