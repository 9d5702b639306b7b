#include "ui/mainwindow/BusySign.h"

#include "core/presentation/DisplayText.h"
#include "core/presentation/InstanceListController.h"
#include "ui/common/WidgetHelpers.h"

#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

namespace {
constexpr int kLineHeight = 3;
constexpr qsizetype kMaxSearchChars = 60;
} // namespace

BusySign::BusySign(const InstanceListController &controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_strip(named(new QWidget, u"busyStrip"_s, tr("Loading")))
    , m_line(named(new QProgressBar(m_strip), u"busyLine"_s, tr("Loading")))
{
    // The strip keeps its height while the line is hidden: the table never jumps.
    m_strip->setFixedHeight(kLineHeight);
    auto *layout = new QVBoxLayout(m_strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line);
    m_line->setRange(0, 0); // moving, no percentage: the server says nothing of its progress
    m_line->setTextVisible(false);
    m_line->setFixedHeight(kLineHeight);
    m_line->hide();

    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelay);
    connect(&m_delay, &QTimer::timeout, this, &BusySign::update);
    connect(&controller, &InstanceListController::busyChanged, this, [this](bool busy) {
        if (busy && !m_shown)
            m_delay.start();
        update();
    });
    // Typing on while a search is under way: the sentence follows the text.
    connect(&controller, &InstanceListController::queryChanged, this, [this] {
        if (m_shown)
            Q_EMIT changed();
    });
}

bool BusySign::rowsAreOutdated() const
{
    return m_shown && m_controller.hasLoaded() &&
           m_controller.shownSearch() != m_controller.query().search.trimmed();
}

QString BusySign::text() const
{
    if (!m_shown)
        return {};
    const QString search = m_controller.query().search.trimmed();
    if (rowsAreOutdated() && !search.isEmpty())
        return tr("Searching for “%1”…").arg(display::cut(search, kMaxSearchChars));
    return tr("Loading…");
}

void BusySign::update()
{
    const bool busy = m_controller.isBusy();
    if (!busy)
        m_delay.stop();
    const bool shown = busy && !m_delay.isActive();
    if (shown == m_shown)
        return;
    m_shown = shown;
    m_line->setVisible(shown);
    Q_EMIT changed();
}

} // namespace vzaps::ui
