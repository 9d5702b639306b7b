#include "ui/mainwindow/StatePages.h"

#include "core/presentation/DisplayText.h"
#include "ui/common/WidgetHelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

LoadingPage::LoadingPage(QWidget *parent)
    : QWidget(parent)
{
    named(this, u"loadingPage"_s, tr("Loading"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *label = wrappedLabel(u"loadingText"_s);
    label->setTextInteractionFlags(Qt::NoTextInteraction); // nothing worth copying
    label->setText(tr("Loading instances…"));
    label->setFont(scaledFont(font(), 1.2, false));
    auto *bar = named(new QProgressBar, u"loadingProgress"_s, tr("Loading"));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumWidth(260);
    layout->addWidget(label);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

EmptyPage::EmptyPage(QWidget *parent)
    : QWidget(parent)
    , m_title(wrappedLabel(u"emptyTitle"_s))
    , m_hint(wrappedLabel(u"emptyHint"_s))
    , m_clearSearch(
          named(new QPushButton(tr("Clear search")), u"clearSearchButton"_s, tr("Clear search")))
{
    named(this, u"emptyPage"_s, tr("No instances"));
    m_title->setAccessibleName(tr("No instances"));
    m_title->setFont(scaledFont(font(), 1.3, true));
    m_hint->setAccessibleName(tr("Hint"));
    connect(m_clearSearch, &QPushButton::clicked, this, &EmptyPage::clearSearchRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addSpacing(8);
    layout->addWidget(m_clearSearch, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyPage::setSearch(const QString &search, bool allFields, bool statusFilterOn)
{
    if (search.isEmpty() && !statusFilterOn) {
        m_title->setText(tr("No instances yet — create one"));
        m_hint->setText(
            tr("Instances you create in the VZaps web app or with vzapsctl show up here."));
    } else {
        m_title->setText(search.isEmpty()
                             ? tr("No instance of the account is in these states")
                             : tr("No instances match “%1”").arg(display::cut(search, 100)));
        QStringList hints;
        if (!search.isEmpty())
            hints.append(allFields ? tr("Check the spelling. Every field was searched: name, id, "
                                        "phone, push name, webhook, labels and events.")
                                   : tr("Check the spelling, or search for part of a name or "
                                        "id."));
        if (statusFilterOn)
            hints.append(tr("Only the states checked under Status show; Status ▸ Show all shows "
                            "every state."));
        m_hint->setText(hints.join(u' '));
    }
    m_clearSearch->setVisible(!search.isEmpty());
}

ErrorPage::ErrorPage(QWidget *parent)
    : QWidget(parent)
    , m_title(wrappedLabel(u"errorTitle"_s))
    , m_text(wrappedLabel(u"errorText"_s))
{
    named(this, u"errorPage"_s, tr("Error"));
    m_title->setAccessibleName(tr("Error"));
    m_title->setFont(scaledFont(font(), 1.3, true));
    setPurpose(m_text, tr("Error message"));
    auto *retry = named(new QPushButton(tr("Retry")), u"retryButton"_s, tr("Retry"));
    connect(retry, &QPushButton::clicked, this, &ErrorPage::retryRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_text); // no alignment: it would cut wrapped lines
    layout->addSpacing(8);
    layout->addWidget(retry, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void ErrorPage::setError(const ApiError &error)
{
    m_title->setText(error.httpStatus
                         ? tr("Could not load the instances (HTTP %1)").arg(error.httpStatus)
                         : tr("Could not load the instances"));
    m_text->setText(display::cut(error.describe(), 2000));
}

StaleBanner::StaleBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(wrappedLabel(u"errorBannerText"_s, Qt::AlignLeft | Qt::AlignVCenter))
{
    named(this, u"errorBanner"_s, tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colors = palette();
    colors.setColor(QPalette::Window, QColor(0xfb, 0xdc, 0xdc));
    colors.setColor(QPalette::WindowText, QColor(0x6a, 0x10, 0x10));
    setPalette(colors);
    setPurpose(m_text, tr("Error message"));
    m_text->setTextFormat(Qt::RichText); // our bold lead-in; the error itself is escaped
    auto *retry = named(new QPushButton(tr("Retry")), u"errorBannerRetry"_s, tr("Retry"));
    connect(retry, &QPushButton::clicked, this, &StaleBanner::retryRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(retry, 0, Qt::AlignVCenter);
}

void StaleBanner::setError(const ApiError &error)
{
    m_text->setText(tr("<b>Could not refresh; the rows below may be out of date.</b> %1")
                        .arg(display::cut(error.describe()).toHtmlEscaped()));
}

} // namespace vzaps::ui
