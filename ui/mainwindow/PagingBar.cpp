#include "ui/mainwindow/PagingBar.h"

#include "core/presentation/InstanceListController.h"
#include "core/settings/AppSettings.h"
#include "ui/common/WidgetHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

PagingBar::PagingBar(InstanceListController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_pageSize(named(new QComboBox, u"pageSizeCombo"_s, tr("Rows per page")))
    , m_range(named(new QLabel, u"rangeLabel"_s, tr("Shown range")))
    , m_previous(named(new QToolButton, u"previousPageButton"_s, tr("Previous page")))
    , m_next(named(new QToolButton, u"nextPageButton"_s, tr("Next page")))
{
    named(this, u"pagingBar"_s, tr("Paging"));
    auto *sizeLabel = new QLabel(tr("Rows per page:"));
    for (int size : Preferences::pageSizeChoices())
        m_pageSize->addItem(QString::number(size), size);
    sizeLabel->setBuddy(m_pageSize);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_controller.setPageSize(m_pageSize->itemData(index).toInt());
    });

    // Wide enough for the longest range, so the buttons do not move while paging.
    m_range->setMinimumWidth(fontMetrics().horizontalAdvance(u"00,000–00,000 of 00,000"_s));
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_previous->setText(tr("‹ Previous"));
    m_previous->setToolTip(tr("Previous page"));
    connect(m_previous, &QToolButton::clicked, this, [this] { m_controller.previousPage(); });
    m_next->setText(tr("Next ›"));
    m_next->setToolTip(tr("Next page"));
    connect(m_next, &QToolButton::clicked, this, [this] { m_controller.nextPage(); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sizeLabel);
    layout->addWidget(m_pageSize);
    layout->addStretch(1);
    layout->addWidget(m_range);
    layout->addSpacing(8);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
}

int PagingBar::pageSize() const
{
    return m_pageSize->currentData().toInt();
}

void PagingBar::setPageSize(int size, bool reload)
{
    const int index = m_pageSize->findData(size);
    if (index < 0)
        return;
    const QSignalBlocker blocker(reload ? nullptr : m_pageSize);
    m_pageSize->setCurrentIndex(index);
}

void PagingBar::refresh()
{
    m_range->setText(m_controller.hasLoaded() ? m_controller.rangeText() : QString());
    m_previous->setEnabled(m_controller.hasPreviousPage());
    m_next->setEnabled(m_controller.hasNextPage());
}

} // namespace vzaps::ui
