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
    m_showAll = m_menu->addAction(tr("Show &all"));
    m_showAll->setObjectName(u"filterShowAll"_s);
    connect(m_showAll, &QAction::triggered, this, [this] {
        setFilter({});
        Q_EMIT filterChanged({});
    });
    setMenu(m_menu);
    updateText();
}

QAction *StatusFilterButton::addCheck(const QString &text, const QString &objectName)
{
    QAction *action = m_menu->addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    connect(action, &QAction::triggered, this, [this] {
        updateText();
        Q_EMIT filterChanged(filter());
    });
    return action;
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
    return result;
}

void StatusFilterButton::setFilter(const StatusFilter &filter)
{
    m_connected->setChecked(filter.connected == true);
    m_disconnected->setChecked(filter.connected == false);
    for (const auto &[status, action] : m_billing)
        action->setChecked(filter.billing.contains(status));
    m_cancelsSoon->setChecked(filter.cancelsSoon);
    updateText();
}

QAction *StatusFilterButton::actionFor(const QString &objectName) const
{
    return m_menu->findChild<QAction *>(objectName);
}

void StatusFilterButton::updateText()
{
    QStringList on;
    for (QAction *check : m_menu->actions()) {
        if (check->isCheckable() && check->isChecked())
            on.append(QString(check->text()).remove(u'&'));
    }
    const QString text = on.isEmpty() ? tr("Status: all") : tr("Status: %1").arg(on.join(u", "_s));
    // The button stays narrow; its tooltip and accessible name say all of it.
    setText(fontMetrics().elidedText(text, Qt::ElideRight, 220));
    setAccessibleName(text);
    setToolTip(on.isEmpty() ? tr("Show only the instances in these states, from the whole account")
                            : text);
}

} // namespace vzaps::ui
