#include "ui/detail/ConnectionView.h"

#include "core/actions/ActionAvailability.h"
#include "core/presentation/DisplayText.h"
#include "ui/detail/ConnectedView.h"
#include "ui/detail/PairingView.h"

#include "ui/common/WidgetHelpers.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ConnectionView::ConnectionView(ApiClient &client, QWidget *parent)
    : QWidget(parent)
    , m_watcher(new SessionWatcher(client, this))
    , m_pages(new QWidget(this))
    , m_loading(new QLabel(tr("Checking the WhatsApp connection…"), this))
    , m_connected(new ConnectedView(client.network(), this))
    , m_notPaired(new QWidget(this))
    , m_notPairedText(new QLabel(m_notPaired))
    , m_pair(new QPushButton(tr("Pair &WhatsApp"), m_notPaired))
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
    setPurpose(m_loading, tr("Checking the WhatsApp connection"));
    m_loading->setForegroundRole(QPalette::PlaceholderText);

    m_notPaired->setObjectName(u"notPairedView"_s);
    m_notPaired->setAccessibleName(tr("Not connected to WhatsApp"));
    m_notPairedText->setObjectName(u"notPairedText"_s);
    setPurpose(m_notPairedText, tr("Not connected to WhatsApp"));
    m_pair->setAccessibleName(tr("Pair WhatsApp"));
    m_notPairedText->setTextFormat(Qt::PlainText);
    m_notPairedText->setWordWrap(true);
    m_pair->setObjectName(u"pairButton"_s);
    m_pair->setAutoDefault(false);
    auto *notPairedLayout = new QVBoxLayout(m_notPaired);
    notPairedLayout->setContentsMargins(0, 0, 0, 0);
    notPairedLayout->addWidget(m_notPairedText);
    notPairedLayout->addWidget(m_pair, 0, Qt::AlignLeft);

    m_errorPage->setObjectName(u"connectionError"_s);
    m_errorPage->setAccessibleName(tr("Connection status error"));
    m_errorText->setObjectName(u"connectionErrorText"_s);
    setPurpose(m_errorText, tr("Error message"));
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
    connect(m_pair, &QPushButton::clicked, this, &ConnectionView::startPairing);
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
    m_canPair = canBePaired(instance);
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
    const bool showsNotConnected =
        view == View::Disconnected || view == View::Pairing || view == View::Expired;
    if (m_watcher->instanceId() == instance.id && instance.connected.has_value() &&
        ((view == View::Connected && !*instance.connected) ||
         (showsNotConnected && *instance.connected))) {
        m_connected->clear();
        m_watcher->retry();
        return;
    }
    m_watcher->watch(instance.id, instance.token);
    if (m_current == m_notPaired) // the billing may have changed what it can offer
        showNotPaired(view == View::Expired);
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
    case SessionWatcher::View::Disconnected:
        m_sawPairing = false;
        m_connectedAt = {};
        m_pairing->reset();
        showNotPaired(false);
        break;
    case SessionWatcher::View::Expired:
        m_pairing->reset();
        showNotPaired(true);
        break;
    case SessionWatcher::View::Pairing: {
        const bool askedHere = std::exchange(m_focusPairingForm, false);
        m_sawPairing = true;
        m_connectedAt = {};
        m_pairing->setQrImage(m_watcher->qr().isPaired() ? QByteArray()
                                                         : m_watcher->qr().imageBytes());
        showPage(m_pairing);
        m_pairing->reveal(askedHere);
        break;
    }
    case SessionWatcher::View::Error:
        m_errorText->setText(display::cut(m_watcher->error().describe(), 1000));
        showPage(m_errorPage);
        Q_EMIT message(m_watcher->error().describe());
        break;
    }
}

void ConnectionView::startPairing()
{
    if (!m_canPair)
        return;
    // The button goes away with the page: its focus moves on to the pairing form.
    m_focusPairingForm = true;
    m_watcher->startPairing();
}

QList<QWidget *> ConnectionView::pages() const
{
    return {m_loading, m_connected, m_notPaired, m_pairing, m_errorPage};
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

void ConnectionView::showNotPaired(bool expired)
{
    if (!m_canPair) {
        m_notPairedText->setText(
            tr("Not connected to WhatsApp. Its subscription is canceled or expired, so it "
               "cannot be paired."));
        m_pair->hide();
    } else if (expired) {
        m_notPairedText->setText(
            tr("The QR code expired before it was scanned. Show a new one to try again."));
        m_pair->setText(tr("Show a new &QR code"));
        m_pair->show();
    } else {
        m_notPairedText->setText(tr("Not connected to WhatsApp. Pairing shows a QR code to "
                                    "scan with the phone's WhatsApp, or a pairing code."));
        m_pair->setText(tr("Pair &WhatsApp"));
        m_pair->show();
    }
    // A screen reader hears the sentence itself (a label's name is its text), and the button
    // says what it does and why.
    setPurpose(m_notPairedText, tr("Not connected to WhatsApp"));
    m_pair->setAccessibleName(QString(m_pair->text()).remove(u'&'));
    m_pair->setAccessibleDescription(m_notPairedText->text());
    showPage(m_notPaired);
}

} // namespace vzaps::ui
