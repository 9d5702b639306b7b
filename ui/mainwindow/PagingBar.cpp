#include "ui/mainwindow/PagingBar.h"

#include "core/presentation/InstanceFormat.h"
#include "core/presentation/InstanceListController.h"
#include "core/settings/AppSettings.h"
#include "ui/common/WidgetHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

PagingBar::PagingBar(InstanceListController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_pageSize(named(new QComboBox, u"pageSizeCombo"_s, tr("Rows per page")))
    , m_range(named(new QLabel, u"rangeLabel"_s, tr("Shown range")))
    , m_first(pageButton(u"firstPageButton"_s, tr("«"), tr("First page")))
    , m_previous(pageButton(u"previousPageButton"_s, tr("‹"), tr("Previous page")))
    , m_page(named(new QSpinBox, u"pageNumberSpin"_s, tr("Page number")))
    , m_pageCount(named(new QLabel, u"pageCountLabel"_s, tr("Number of pages")))
    , m_next(pageButton(u"nextPageButton"_s, tr("›"), tr("Next page")))
    , m_last(pageButton(u"lastPageButton"_s, tr("»"), tr("Last page")))
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

    // Right-aligned after a stretch: a longer range grows to the left, and the page
    // controls beside it stay where the mouse is while paging.
    m_range->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    connect(m_first, &QToolButton::clicked, this, [this] { m_controller.setPage(1); });
    connect(m_previous, &QToolButton::clicked, this, [this] { m_controller.previousPage(); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_controller.nextPage(); });
    connect(m_last, &QToolButton::clicked, this,
            [this] { m_controller.setPage(m_controller.totalPages()); });

    // "Page [12] of 201": a typed number goes to that page on Enter (or when the field is
    // left), not at every digit; the arrows and Up/Down step one page.
    auto *pageLabel = new QLabel(tr("&Page"));
    pageLabel->setBuddy(m_page);
    m_page->setKeyboardTracking(false);
    m_page->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_page->setAlignment(Qt::AlignRight);
    m_page->setRange(1, 1);
    m_page->setMinimumWidth(fontMetrics().horizontalAdvance(u"00000"_s) + 12);
    // The line inside the field is what a screen reader lands on: it says what it is too.
    if (auto *edit = m_page->findChild<QLineEdit *>())
        edit->setAccessibleName(tr("Page number"));
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_controller.query().page)
            m_controller.setPage(page);
    });
    connect(&m_controller, &InstanceListController::queryChanged, this, &PagingBar::refresh);
    connect(&m_controller, &InstanceListController::pageLoaded, this, &PagingBar::refresh);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sizeLabel);
    layout->addWidget(m_pageSize);
    layout->addStretch(1);
    layout->addWidget(m_range);
    layout->addSpacing(4);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(pageLabel);
    layout->addWidget(m_page);
    layout->addWidget(m_pageCount);
    layout->addWidget(m_next);
    layout->addWidget(m_last);
    refresh();
}

QToolButton *PagingBar::pageButton(const QString &objectName, const QString &text,
                                   const QString &toolTip)
{
    auto *button = named(new QToolButton, objectName, toolTip);
    button->setText(text);
    button->setToolTip(toolTip);
    return button;
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
    const bool loaded = m_controller.hasLoaded();
    const int pages = std::max(1, m_controller.totalPages());
    m_range->setText(loaded ? m_controller.rangeText() : QString());
    m_first->setEnabled(m_controller.hasPreviousPage());
    m_previous->setEnabled(m_controller.hasPreviousPage());
    m_next->setEnabled(m_controller.hasNextPage());
    m_last->setEnabled(m_controller.hasNextPage());
    {
        const QSignalBlocker blocker(m_page); // showing the page is not asking for it
        m_page->setRange(1, pages);
        m_page->setValue(m_controller.query().page);
    }
    m_page->setEnabled(loaded && pages > 1);
    m_pageCount->setText(tr("of %1").arg(format::count(pages)));
}

QList<QWidget *> PagingBar::focusChain() const
{
    return {m_pageSize, m_first, m_previous, m_page, m_next, m_last};
}

} // namespace vzaps::ui
