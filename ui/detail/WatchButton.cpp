#include "ui/detail/WatchButton.h"

#include "core/presentation/WatchList.h"
#include "ui/style/BundledIcon.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

WatchButton::WatchButton(WatchList &list, QWidget *parent)
    : QToolButton(parent)
    , m_list(list)
{
    setObjectName(u"detailWatchButton"_s);
    setText(tr("Watch live"));
    setAccessibleName(tr("Watch live"));
    setIcon(themedIcon(u"view-pin"_s));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setCheckable(true);
    setAutoRaise(true);
    connect(this, &QToolButton::clicked, this, &WatchButton::toggleWatched);
    connect(&m_list, &WatchList::changed, this, &WatchButton::showWhetherWatched);
    showWhetherWatched();
}

void WatchButton::setInstance(const QString &id, const QString &name)
{
    m_id = id;
    m_name = name;
    showWhetherWatched();
}

void WatchButton::showWhetherWatched()
{
    const bool watched = !m_id.isEmpty() && m_list.contains(m_id);
    setChecked(watched);
    // Where no icon theme draws the pin, the text alone must tell the two states apart.
    setText(watched ? tr("✓ Watching live") : tr("Watch live"));
    setEnabled(!m_id.isEmpty());
    setToolTip(watched ? tr("Stop watching this instance live")
                       : tr("Watch this instance live, also while another one is shown (up to "
                            "%1)")
                             .arg(WatchList::kMaximum));
}

void WatchButton::toggleWatched()
{
    if (m_id.isEmpty())
        return showWhetherWatched();
    if (m_list.contains(m_id)) {
        m_list.unpin(m_id);
        showWhetherWatched();
        return Q_EMIT message(tr("Stopped watching “%1” live.").arg(m_name));
    }
    const bool pinned = m_list.pin(m_id);
    showWhetherWatched();
    if (!pinned)
        return Q_EMIT message(
            tr("%1 instances are watched already, the most there can be. Stop watching one "
               "first.")
                .arg(WatchList::kMaximum));
    Q_EMIT message(tr("Watching “%1” live (%2 of %3).")
                       .arg(m_name)
                       .arg(m_list.size())
                       .arg(WatchList::kMaximum));
}

} // namespace vzaps::ui
