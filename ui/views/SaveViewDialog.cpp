#include "ui/views/SaveViewDialog.h"

#include "core/presentation/SavedViews.h"
#include "ui/common/WidgetHelpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vzaps::ui {

SaveViewDialog::SaveViewDialog(const SavedViews &views, const QString &suggestedName,
                               QWidget *parent)
    : QDialog(parent)
    , m_views(views)
    , m_name(new QLineEdit(suggestedName))
    , m_note(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setObjectName(u"saveViewDialog"_s);
    setWindowTitle(tr("Save view"));
    m_name->setObjectName(u"viewNameField"_s);
    m_name->setMaxLength(SavedViews::kMaxNameLength);
    m_name->selectAll();
    m_note->setObjectName(u"viewNameNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    auto *intro = new QLabel(tr("The search, the status filter, the sort and the visible "
                                "columns are saved under this name, for this account."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveViewDialog::validate);
    validate();
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

QString SaveViewDialog::name() const
{
    return m_name->text().trimmed();
}

void SaveViewDialog::validate()
{
    const QString problem = m_views.problemWithName(name());
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(problem.isEmpty());
    const QString note = !problem.isEmpty() ? problem
                         : m_views.hasOwnView(name())
                             ? tr("A view named “%1” exists; saving replaces it.").arg(name())
                             : QString();
    m_note->setText(note);
    m_note->setAccessibleName(note);
    save->setToolTip(problem);
    save->setAccessibleDescription(problem);
}

} // namespace vzaps::ui
