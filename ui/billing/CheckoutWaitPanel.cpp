#include "ui/billing/CheckoutWaitPanel.h"

#include "core/presentation/CheckoutWatcher.h"
#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceFormat.h"
#include "ui/common/BrowserHandOff.h"
#include "ui/common/GrowToFit.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/style/ToneStyle.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

CheckoutWaitPanel::CheckoutWaitPanel(ApiClient &client, const Instance &instance,
                                     const QUrl &checkoutUrl, QWidget *parent)
    : QWidget(parent, Qt::Tool)
    , m_instance(instance)
    , m_url(checkoutUrl)
    , m_watcher(new CheckoutWatcher(client, instance.id, instance.billingStatus, this))
    , m_handOff(new BrowserHandOff(this))
    , m_heading(named(new QLabel(tr("Waiting for payment in your browser")), u"checkoutHeading"_s,
                      tr("What this window waits for")))
    , m_link(named(new QLineEdit, u"checkoutLink"_s, tr("Checkout link")))
    , m_copy(named(new QPushButton(tr("&Copy link")), u"copyCheckoutLinkButton"_s, tr("Copy link")))
    , m_open(named(new QPushButton(tr("&Open again")), u"openCheckoutButton"_s, tr("Open again")))
    , m_progress(named(new QProgressBar, u"checkoutProgress"_s, tr("Waiting")))
    , m_status(named(wrappedLabel(u"checkoutStatus"_s, Qt::AlignLeft | Qt::AlignVCenter),
                     u"checkoutStatus"_s, tr("Payment status")))
    , m_done(named(new QPushButton(tr("&Done")), u"checkoutDoneButton"_s, tr("Done")))
{
    named(this, u"checkoutWaitPanel"_s, tr("Waiting for payment"));
    setWindowTitle(tr("Waiting for payment – %1").arg(display::cut(instance.name, 80)));
    setAttribute(Qt::WA_DeleteOnClose);

    m_heading->setFont(scaledFont(font(), 1.15, true));
    auto *about = named(wrappedLabel(u"checkoutInstance"_s, Qt::AlignLeft), u"checkoutInstance"_s,
                        tr("Instance"));
    about->setTextFormat(Qt::PlainText);
    about->setText(tr("“%1” (%2)\nBilling status when the checkout started: %3")
                       .arg(display::cut(instance.name), display::cut(instance.id, 100),
                            instance.billingStatus.isEmpty()
                                ? tr("unknown")
                                : display::cut(format::billingLabel(instance.billingStatus))));

    m_link->setReadOnly(true);
    m_link->setText(m_url.toString());
    m_link->setCursorPosition(0);
    m_link->setToolTip(display::toolTip(m_url.toString()));
    m_link->setMinimumWidth(360);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    linkRow->addWidget(m_open);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumSize(48, 8);
    m_status->setTextFormat(Qt::PlainText);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 0, Qt::AlignVCenter);
    statusRow->addWidget(m_status, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    m_done->setToolTip(tr("Stop checking and close this window"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(about);
    layout->addLayout(linkRow);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);

    connect(m_copy, &QPushButton::clicked, this, &CheckoutWaitPanel::copyLink);
    connect(m_open, &QPushButton::clicked, this, &CheckoutWaitPanel::openInBrowser);
    connect(m_done, &QPushButton::clicked, this, &QWidget::close);
    connect(m_handOff, &BrowserHandOff::refused, this,
            [this](const QString &reason) { setStatus(reason, format::Tone::Bad); });
    connect(m_watcher, &CheckoutWatcher::unchanged, this, &CheckoutWaitPanel::onUnchanged);
    connect(m_watcher, &CheckoutWatcher::billingStatusChanged, this, &CheckoutWaitPanel::onChanged);
    connect(m_watcher, &CheckoutWatcher::pollFailed, this, &CheckoutWaitPanel::onPollFailed);
    connect(m_watcher, &CheckoutWatcher::instanceGone, this, &CheckoutWaitPanel::onGone);

    setStatus(tr("Checking the billing status every few seconds…"));
    m_watcher->start();
}

CheckoutWaitPanel::~CheckoutWaitPanel() = default;

void CheckoutWaitPanel::setCheckoutUrl(const QUrl &url)
{
    m_url = url;
    m_link->setText(url.toString());
    m_link->setToolTip(display::toolTip(url.toString()));
    m_link->setCursorPosition(0);
}

void CheckoutWaitPanel::setPollInterval(std::chrono::milliseconds interval)
{
    m_watcher->setInterval(interval);
}

bool CheckoutWaitPanel::isWatching() const
{
    return m_watcher->isWatching();
}

void CheckoutWaitPanel::closeEvent(QCloseEvent *event)
{
    // Nobody looks at a closed panel: stop asking the server.
    m_watcher->stop();
    QWidget::closeEvent(event);
}

void CheckoutWaitPanel::copyLink()
{
    QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
    setStatus(tr("Link copied. Still waiting for the payment…"));
}

QString CheckoutWaitPanel::openInBrowser()
{
    // The hand-off reports a refusal, or a browser that would not start, synchronously.
    QString refusal;
    const auto catchRefusal = connect(m_handOff, &BrowserHandOff::refused, this,
                                      [&refusal](const QString &reason) { refusal = reason; });
    if (m_handOff->open(m_url))
        setStatus(tr("Checkout page opened in your browser. Checking the billing status every "
                     "few seconds…"));
    disconnect(catchRefusal);
    return refusal;
}

void CheckoutWaitPanel::onUnchanged(const Instance &instance)
{
    setStatus(tr("Still waiting: billing status %1 (checked at %2).")
                  .arg(format::billingLabel(instance.billingStatus),
                       QTime::currentTime().toString(u"HH:mm:ss"_s)));
}

void CheckoutWaitPanel::onChanged(const Instance &instance)
{
    const QString status = instance.billingStatus;
    stopWaiting(status == "ACTIVE"_L1 ? tr("Payment received") : tr("Billing status changed"));
    // ACTIVE is what a paid checkout leads to; any other change is news the user must
    // read, so it is said differently.
    if (status == "ACTIVE"_L1)
        setStatus(tr("Payment received: %1").arg(status), format::Tone::Good);
    else
        setStatus(tr("Billing status changed: %1 → %2")
                      .arg(m_watcher->startStatus(), status.isEmpty() ? tr("none") : status),
                  format::Tone::Warning);
    m_instance = instance;
    Q_EMIT billingStatusChanged(instance);
    Q_EMIT instanceChanged(instance.id);
}

void CheckoutWaitPanel::onPollFailed(const ApiError &error)
{
    setStatus(tr("Could not check the billing status: %1 Trying again in a few seconds.")
                  .arg(error.describe()),
              format::Tone::Bad);
}

void CheckoutWaitPanel::onGone()
{
    stopWaiting(tr("Stopped waiting"));
    setStatus(tr("The instance no longer exists; stopped waiting for the payment."),
              format::Tone::Bad);
    Q_EMIT instanceRemoved(m_instance.id);
}

void CheckoutWaitPanel::setStatus(const QString &text, format::Tone tone)
{
    m_status->setText(display::cut(text));
    const QColor color = toneColors(tone).foreground;
    m_status->setStyleSheet(color.isValid() ? u"color: %1;"_s.arg(color.name()) : QString());
    growToFit(this); // make room for a long error
}

void CheckoutWaitPanel::stopWaiting(const QString &heading)
{
    m_heading->setText(heading);
    m_progress->hide();
    // The checkout is finished: its link is of no more use.
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_done->setDefault(true);
    m_done->setFocus();
}

} // namespace vzaps::ui
