#include "ui/mainwindow/StatusFilterButton.h"

#include "core/presentation/InstanceFormat.h"
#include "ui/common/WidgetHelpers.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

StatusFilterButton::StatusFilterButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(u"statusFilterButton"_s);
    setPopupMode(QToolButton::InstantPopup);
    setFocusPolicy(Qt::StrongFocus); // on the Tab path from the search field to the table
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setToolTip(tr("Show only the instances in these states, from the whole account"));
    m_menu->setObjectName(u"statusFilterMenu"_s);
    m_countsFrom = m_menu->addAction(QString());
    m_countsFrom->setObjectName(u"filterCountsFrom"_s);
    m_countsFrom->setEnabled(false);
    m_menu->addSeparator();
    m_connected = addCheck(tr("&Connected"), u"filterConnected"_s);
    m_disconnected = addCheck(tr("&Disconnected"), u"filterDisconnected"_s);
    m_menu->addSeparator();
    for (const QString &status : StatusFilter::billingStatuses())
        m_billing.append({status, addCheck(format::billingLabel(status),
                                           u"filterBilling_"_s + status.toLower())});
    m_menu->addSeparator();
    m_cancelsSoon =
        addCheck(tr("Cancels &soon (within %n days)", nullptr, StatusFilter::kCancelsSoonDays),
                 u"filterCancelsSoon"_s);
    m_menu->addSeparator();
    m_anyState = m_menu->addAction(tr("&Match any checked state"));
    m_anyState->setObjectName(u"filterAnyState"_s);
    m_anyState->setCheckable(true);
    m_anyState->setToolTip(tr("Show the instances in any one of the checked states, not only "
                              "those in all of them"));
    connect(m_anyState, &QAction::triggered, this, [this] {
        updateText();
        Q_EMIT filterChanged(filter());
    });
    m_showAll = m_menu->addAction(tr("Show &all"));
    m_showAll->setObjectName(u"filterShowAll"_s);
    connect(m_showAll, &QAction::triggered, this, [this] {
        setFilter({});
        Q_EMIT filterChanged({});
    });
    m_menu->setToolTipsVisible(true);
    connect(m_menu, &QMenu::aboutToShow, this, &StatusFilterButton::showCounts);
    setMenu(m_menu);
    updateText();
    showCounts();
}

QAction *StatusFilterButton::addCheck(const QString &text, const QString &objectName)
{
    QAction *action = m_menu->addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    m_titles.insert(action, text);
    connect(action, &QAction::triggered, this, [this] {
        updateText();
        Q_EMIT filterChanged(filter());
    });
    return action;
}

void StatusFilterButton::addMenuAction(QAction *action)
{
    m_menu->insertAction(m_showAll, action);
}

void StatusFilterButton::setCountsSource(std::function<FilterCounts()> counts)
{
    m_counts = std::move(counts);
}

StatusFilter StatusFilterButton::filter() const
{
    StatusFilter result;
    // Both connection checks: either, which is no filter on connection.
    if (m_connected->isChecked() != m_disconnected->isChecked())
        result.connected = m_connected->isChecked();
    for (const auto &[status, action] : m_billing) {
        if (action->isChecked())
            result.billing.insert(status);
    }
    result.cancelsSoon = m_cancelsSoon->isChecked();
    result.anyState = m_anyState->isChecked();
    result.ids = m_beyondChecks.ids;
    result.text = m_beyondChecks.text;
    return result;
}

void StatusFilterButton::setFilter(const StatusFilter &filter)
{
    m_connected->setChecked(filter.connected == true);
    m_disconnected->setChecked(filter.connected == false);
    for (const auto &[status, action] : m_billing)
        action->setChecked(filter.billing.contains(status));
    m_cancelsSoon->setChecked(filter.cancelsSoon);
    m_anyState->setChecked(filter.anyState);
    m_beyondChecks = {};
    m_beyondChecks.ids = filter.ids;
    m_beyondChecks.text = filter.text;
    updateText();
}

QAction *StatusFilterButton::actionFor(const QString &objectName) const
{
    return m_menu->findChild<QAction *>(objectName);
}

void StatusFilterButton::showCounts()
{
    const FilterCounts counts = m_counts ? m_counts() : FilterCounts{};
    // The count goes where a menu shows shortcuts: after a tab, aligned on the right.
    const auto show = [this](QAction *check, std::optional<qint64> count) {
        const QString title = m_titles.value(check);
        check->setText(count ? title + u'\t' + format::count(*count) : title);
    };
    show(m_connected, counts.connected);
    show(m_disconnected, counts.disconnected);
    for (const auto &[status, action] : m_billing) {
        const auto found = counts.billing.constFind(status);
        show(action,
             found == counts.billing.cend() ? std::nullopt : std::optional<qint64>(found.value()));
    }
    show(m_cancelsSoon, counts.cancelsSoon);
    switch (counts.source) {
    case FilterCounts::Source::None:
        m_countsFrom->setText(tr("Counts: not known yet"));
        break;
    case FilterCounts::Source::ServerSummary:
        m_countsFrom->setText(tr("Counts: the server's summary of this search"));
        break;
    case FilterCounts::Source::Reading:
        m_countsFrom->setText(
            tr("Counts: read from the whole account, %1")
                .arg(format::relativeTime(counts.readAt, QDateTime::currentDateTimeUtc())));
        break;
    }
}

void StatusFilterButton::updateText()
{
    QStringList on;
    for (QAction *check : m_menu->actions()) {
        if (m_titles.contains(check) && check->isChecked())
            on.append(QString(m_titles.value(check)).remove(u'&'));
    }
    const QString text = on.isEmpty() ? tr("Status: all")
                         : m_anyState->isChecked() && on.size() > 1
                             ? tr("Status: any of %1").arg(on.join(u", "_s))
                             : tr("Status: %1").arg(on.join(u", "_s));
    // The button stays narrow; its tooltip and accessible name say all of it.
    setText(fontMetrics().elidedText(text, Qt::ElideRight, 220));
    setAccessibleName(text);
    setToolTip(on.isEmpty() ? tr("Show only the instances in these states, from the whole account")
                            : text);
}

} // namespace vzaps::ui
