#include "ui/help/ShortcutsDialog.h"

#include "ui/common/WidgetHelpers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_list(named(new QTreeWidget, u"shortcutsList"_s, tr("Keyboard shortcuts")))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *intro = new QLabel(tr("Besides these keys, Alt and an underlined letter open a menu, "
                                "or choose the item or field of a dialog that has that letter."));
    intro->setObjectName(u"shortcutsIntro"_s);
    intro->setWordWrap(true);
    intro->setAccessibleName(intro->text());

    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &entry : entries) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_list, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &sequence : entry.keys)
            keys.append(sequence.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(group, {entry.action, keys.join(tr(" or "))});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_list->expandAll();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeShortcutsButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 460);
}

} // namespace vzaps::ui
