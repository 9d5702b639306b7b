#include "ui/mainwindow/InstanceActions.h"

#include "core/presentation/WatchList.h"

#include "ui/common/BrowserHandOff.h"
#include "ui/common/WidgetHelpers.h"
#include "ui/style/BundledIcon.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

InstanceActions::InstanceActions(Selection selection, BrowserHandOff &handOff, WatchList &watchList,
                                 QObject *parent)
    : QObject(parent)
    , m_selection(std::move(selection))
    , m_handOff(handOff)
    , m_watchList(watchList)
    , m_copyId(named(new QAction(tr("Copy &ID"), this), u"copyIdAction"_s, tr("Copy ID")))
    , m_copyToken(named(new QAction(tr("Copy instance &token"), this), u"copyTokenAction"_s,
                        tr("Copy instance token")))
    , m_copyUrl(
          named(new QAction(tr("Copy web &URL"), this), u"copyUrlAction"_s, tr("Copy web URL")))
    , m_openWeb(named(new QAction(tr("&Open in VZaps web app"), this), u"openWebAction"_s,
                      tr("Open in VZaps web app")))
    , m_watchLive(
          named(new QAction(tr("&Watch live"), this), u"watchLiveAction"_s, tr("Watch live")))
{
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyId->setIcon(themedIcon(u"edit-copy"_s));
    m_copyToken->setIcon(themedIcon(u"dialog-password"_s));
    m_copyUrl->setIcon(themedIcon(u"insert-link"_s));
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyId->setToolTip(tr("Copy the ids of the selected instances, one per line"));
    m_openWeb->setIcon(themedIcon(u"internet-web-browser"_s));
    connect(m_copyId, &QAction::triggered, this, &InstanceActions::copyIds);
    connect(m_copyToken, &QAction::triggered, this, &InstanceActions::copyTokenOfCurrent);
    connect(m_copyUrl, &QAction::triggered, this, &InstanceActions::copyUrlOfCurrent);
    connect(m_openWeb, &QAction::triggered, this, &InstanceActions::openCurrent);
    m_watchLive->setCheckable(true);
    m_watchLive->setEnabled(false); // until something is selected
    m_watchLive->setIcon(themedIcon(u"view-pin"_s));
    // Checking it is what the list says, never the click: the list decides.
    connect(m_watchLive, &QAction::triggered, this, &InstanceActions::toggleWatched);
    connect(&m_watchList, &WatchList::changed, this, &InstanceActions::updateWatchAction);
}

void InstanceActions::updateForSelection(int selectedCount)
{
    m_copyId->setEnabled(selectedCount > 0);
    m_copyId->setText(selectedCount > 1 ? tr("Copy %1 &IDs").arg(selectedCount) : tr("Copy &ID"));
    m_copyToken->setEnabled(selectedCount == 1);
    m_copyUrl->setEnabled(selectedCount == 1);
    m_openWeb->setEnabled(selectedCount == 1);
    m_watchLive->setEnabled(selectedCount > 0);
    updateWatchAction();
}

void InstanceActions::updateWatchAction()
{
    const QList<Instance> selected = m_watchLive->isEnabled() ? m_selection() : QList<Instance>();
    const bool allWatched =
        !selected.isEmpty() &&
        std::all_of(selected.cbegin(), selected.cend(),
                    [this](const Instance &instance) { return m_watchList.contains(instance.id); });
    m_watchLive->setChecked(allWatched);
    m_watchLive->setToolTip(
        allWatched ? tr("Stop watching the selected instances live")
                   : tr("Watch the selected instances live, whichever is shown (up to %1)")
                         .arg(WatchList::kMaximum));
}

void InstanceActions::addTo(QMenu *menu) const
{
    menu->addAction(m_copyId);
    menu->addAction(m_copyToken);
    menu->addAction(m_copyUrl);
    menu->addSeparator();
    menu->addAction(m_watchLive);
    menu->addAction(m_openWeb);
}

std::optional<Instance> InstanceActions::single() const
{
    const QList<Instance> selected = m_selection();
    if (selected.size() != 1)
        return std::nullopt;
    return selected.first();
}

void InstanceActions::copyIds()
{
    const QList<Instance> instances = m_selection();
    if (instances.isEmpty())
        return;
    QStringList ids;
    for (const Instance &instance : instances)
        ids.append(instance.id);
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    Q_EMIT message(ids.size() == 1 ? tr("Copied the id of “%1”.").arg(instances.first().name)
                                   : tr("Copied %1 ids.").arg(ids.size()));
}

void InstanceActions::copyTokenOfCurrent()
{
    const auto instance = single();
    if (!instance)
        return;
    if (instance->token.isEmpty())
        return Q_EMIT message(tr("“%1” has no instance token to copy.").arg(instance->name));
    // The token itself never goes to a message or a log.
    QGuiApplication::clipboard()->setText(instance->token);
    Q_EMIT message(tr("Copied the instance token of “%1”. Keep it secret.").arg(instance->name));
}

void InstanceActions::copyUrlOfCurrent()
{
    const auto instance = single();
    if (!instance)
        return;
    if (instance->url.isEmpty())
        return Q_EMIT message(tr("“%1” has no web URL.").arg(instance->name));
    QGuiApplication::clipboard()->setText(instance->url);
    Q_EMIT message(tr("Copied %1.").arg(instance->url));
}

void InstanceActions::openCurrent()
{
    const auto instance = single();
    if (!instance)
        return;
    if (instance->url.isEmpty())
        return Q_EMIT message(tr("“%1” has no web URL to open.").arg(instance->name));
    m_handOff.open(QUrl(instance->url, QUrl::StrictMode));
}

} // namespace vzaps::ui

namespace vzaps::ui {

void InstanceActions::toggleWatched()
{
    const QList<Instance> selected = m_selection();
    updateWatchAction(); // the list, not the click, says whether it is checked
    if (selected.isEmpty())
        return;
    const bool allWatched =
        std::all_of(selected.cbegin(), selected.cend(),
                    [this](const Instance &instance) { return m_watchList.contains(instance.id); });
    if (allWatched) {
        for (const Instance &instance : selected)
            m_watchList.unpin(instance.id);
        return Q_EMIT message(
            selected.size() == 1
                ? tr("Stopped watching “%1” live.").arg(selected.first().name)
                : tr("Stopped watching %n instances live.", nullptr, int(selected.size())));
    }
    int pinned = 0;
    int refused = 0;
    for (const Instance &instance : selected) {
        if (m_watchList.contains(instance.id))
            continue;
        if (m_watchList.pin(instance.id))
            ++pinned;
        else
            ++refused;
    }
    if (refused > 0)
        return Q_EMIT message(
            tr("%1 instances are watched already, the most there can be; %n not added. Stop "
               "watching one first.",
               nullptr, refused)
                .arg(WatchList::kMaximum));
    Q_EMIT message(selected.size() == 1
                       ? tr("Watching “%1” live (%2 of %3).")
                             .arg(selected.first().name)
                             .arg(m_watchList.size())
                             .arg(WatchList::kMaximum)
                       : tr("Watching %n more instances live (%1 of %2).", nullptr, pinned)
                             .arg(m_watchList.size())
                             .arg(WatchList::kMaximum));
}

} // namespace vzaps::ui
